/* The built-in modules (src/modules): `builtins`, `sys`, and the text streams behind
 * sys.stdout/stderr/stdin (CPython: Python/bltinmodule.c, Python/sysmodule.c,
 * Modules/_io/textio.c). See docs/internals/builtins.md. */
#ifndef HS_INTERNAL_HS_MODULES_H
#define HS_INTERNAL_HS_MODULES_H
#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif
#include "internal/hs_obj.h"

/* ==== builtins (src/modules/builtins*.c) ==== */
/* Create the `builtins` module (readies the iterator types first). Returns 0 with
 * *module_out a new reference, or -1 with an exception set. */
int hs_builtins_init(HsObject **module_out);
/* The running frame's locals as a dict (the namespace itself for module and class bodies,
 * a snapshot for functions). Return: new reference. CPython: PyEval_GetLocals */
HsObject *hs_builtins_frame_locals(void);
/* eval(), exec() and compile() (src/modules/builtins_eval.c), for builtins' method table. */
HsObject *hs_builtins_eval(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                           HsObject *kwnames);
HsObject *hs_builtins_exec(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                           HsObject *kwnames);
HsObject *hs_builtins_compile(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                              HsObject *kwnames);
/* __import__(name, globals=None, locals=None, fromlist=(), level=0) (builtins_eval.c). */
HsObject *hs_builtins_import(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                             HsObject *kwnames);

/* The iterator types of builtins_iter.c (CPython's names and sizes). */
extern HsTypeObject HsEnum_Type;     /* 'enumerate', getsizeof 72 */
extern HsTypeObject HsZip_Type;      /* 'zip', 64 */
extern HsTypeObject HsMap_Type;      /* 'map', 48 */
extern HsTypeObject HsFilter_Type;   /* 'filter', 48 */
extern HsTypeObject HsReversed_Type; /* 'reversed', 48 */
extern HsTypeObject HsCallIter_Type; /* 'callable_iterator', 48 */
/* iter(callable, sentinel). Return: new reference. CPython: PyCallIter_New */
HsObject *HsCallIter_New(HsObject *callable, HsObject *sentinel);

/* The interned str 's', kept alive for the process (the type lookup cache keys on name
 * pointers, so names used for lookups must not die and be reused). Return: borrowed
 * reference, or NULL with MemoryError. */
HsObject *hs_builtins_name(const char *s);

/* Functions shared between the builtins files (the module table lives in builtins.c), with
 * the module function signatures (HS_METH_FASTCALL[|KEYWORDS]); arguments are borrowed.
 * Return: new reference, or NULL with an exception. */
HsObject *hs_builtins_min(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                          HsObject *kwnames);
HsObject *hs_builtins_max(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                          HsObject *kwnames);
HsObject *hs_builtins_sum(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                          HsObject *kwnames);
HsObject *hs_builtins_sorted(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                             HsObject *kwnames);
HsObject *hs_builtins_isinstance(HsObject *self, HsObject *const *args, Hs_ssize_t nargs);
HsObject *hs_builtins_issubclass(HsObject *self, HsObject *const *args, Hs_ssize_t nargs);
/* isinstance(inst, cls) / issubclass(derived, cls) with type or (nested) tuple 'cls':
 * 1, 0, or -1 with CPython's TypeError. */
int hs_builtins_isinstance_impl(HsObject *inst, HsObject *cls);
int hs_builtins_issubclass_impl(HsObject *derived, HsObject *cls);
/* dir(o) for o != NULL, a sorted list. Return: new reference. */
HsObject *hs_builtins_dir_of(HsObject *o);
/* format(value, spec) (spec a str). Return: new reference. CPython: PyObject_Format */
HsObject *hs_builtins_format(HsObject *value, HsObject *spec);

/* ==== sys (src/modules/sysmodule.c) ==== */
/* Create `sys` (registering 'builtins' and 'sys' in sys.modules); 'argv' of 'argc' strings
 * becomes sys.argv and argv[0]'s directory sys.path[0]. Returns 0 with *module_out a new
 * reference, or -1. */
int hs_sys_init(HsObject *builtins, int argc, char **argv, HsObject **module_out);
/* sys.<name>, or NULL without an exception if sys or the attribute does not exist.
 * Return: borrowed reference (owned by sys's dict). CPython: _PySys_GetAttr */
HsObject *hs_sys_get_object(const char *name);

/* ==== interactive hooks (src/modules/builtins_site.c) ==== */
/* Add sys.displayhook, breakpointhook and their __dunder__ copies to 'sys'. Returns 0/-1. */
int hs_sys_add_hooks(HsObject *sys);
/* Add the builtins aiter, anext and breakpoint to 'builtins'. Returns 0 or -1. */
int hs_builtins_add_site(HsObject *builtins);

/* The rest of sys's functions and constants (src/modules/sysmodule_more.c). Returns 0 or -1. */
int hs_sys_add_more(HsObject *m);

/* ==== text streams (src/modules/stdio.c) ==== */
extern HsTypeObject HsTextIO_Type; /* '_io.TextIOWrapper' (a minimal one) */
/* A text stream on file descriptor 'fd' ("<stdout>" etc. as its name); 'writable'
 * selects write or read mode. Return: new reference. */
HsObject *hs_stdio_new(int fd, const char *name, int writable);
/* Flush every stream made by hs_stdio_new that is still alive, after hs_io_flush_all (the exit
 * path). */
void hs_stdio_flush_all(void);
/* Set before the sys module is made: stdout and stderr write each write() through at once
 * (CPython: -u / PYTHONUNBUFFERED, write_through=True). */
extern int hs_stdio_unbuffered;
/* The step tracer's hook (src/trace sets it; NULL, the default, costs one branch per
 * write): called with the UTF-8 bytes of each write() to a stream on fd 1 or 2, before
 * they are buffered. Must not run Python code nor allocate through hs_mem. */
extern void (*hs_stdio_write_hook)(int fd, const char *data, Hs_ssize_t len);

/* ==== gc (src/modules/gcmodule.c) ==== */
/* Create the `gc` module; the first call also installs the collector's garbage sink and
 * start/stop hook. Returns 0 with *module_out a new reference, or -1 with an exception. */
int hs_gcmodule_init(HsObject **module_out);

/* ==== math (src/modules/mathmodule*.c) ==== */
/* Create the `math` module. Returns 0 with *module_out a new reference, or -1. */
int hs_mathmodule_init(HsObject **module_out);
/* o as a double as CPython's PyFloat_AsDouble ("must be real number, not T"). Returns 0, or
 * -1 with an exception. */
int hs_math_as_double(HsObject *o, double *out);
/* The integer functions of mathmodule_int.c, with the module function signatures (METH_O or
 * METH_FASTCALL[|KEYWORDS]); arguments borrowed. Return: new reference, or NULL. */
HsObject *hs_math_gcd(HsObject *self, HsObject *const *args, Hs_ssize_t nargs);
HsObject *hs_math_lcm(HsObject *self, HsObject *const *args, Hs_ssize_t nargs);
HsObject *hs_math_isqrt(HsObject *self, HsObject *n);
HsObject *hs_math_factorial(HsObject *self, HsObject *n);
HsObject *hs_math_comb(HsObject *self, HsObject *const *args, Hs_ssize_t nargs);
HsObject *hs_math_perm(HsObject *self, HsObject *const *args, Hs_ssize_t nargs);
HsObject *hs_math_prod(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                       HsObject *kwnames);

/* ==== time (src/modules/timemodule.c) ==== */
/* Create the `time` module. Returns 0 with *module_out a new reference, or -1. */
int hs_timemodule_init(HsObject **module_out);

/* ==== named tuples (src/modules/structseq.c) ==== */
/* The slots of a structseq type (a tuple subtype; see structseq.c). Getter for field i, with
 * closure (void *)(intptr_t)i. Return: new reference. */
HsObject *hs_structseq_get(HsObject *self, void *closure);
void hs_structseq_dealloc(HsObject *op);
int hs_structseq_traverse(HsObject *op, hs_visitproc visit, void *arg);
/* "sys.float_info(max=1.79e+308, ...)": the type name, then field=repr pairs named by the
 * type's tp_getset. Return: new reference. */
HsObject *hs_structseq_repr(HsObject *op);
/* tp_new of a structseq that cannot be instantiated ("cannot create 'T' instances", CPython's
 * Py_TPFLAGS_DISALLOW_INSTANTIATION). Return: NULL with TypeError. */
HsObject *hs_structseq_no_new(HsTypeObject *type, HsObject *args, HsObject *kwds);
/* An instance of 'type' from 'n' items (stolen; a NULL item means an allocation failed, and
 * the others are released). Return: new reference. */
HsObject *hs_structseq_new(HsTypeObject *type, int n, HsObject **items);

/* ==== itertools ==== */
/* Create the `itertools` module (src/modules/itertoolsmodule.c). Returns 0 with *module_out
 * a new reference, or -1. */
int hs_itertools_init(HsObject **module_out);
/* Shared by itertoolsmodule.c and itertools_comb.c: tp_iter returning self (new reference);
 * a GC iterator's dealloc (untrack, tp_clear, free); a new 'type' object whose first 'n'
 * HsObject* fields after the header get vals[] (stolen; if any of the first 'need' is NULL
 * all are released and NULL returned). Return: new reference. */
HsObject *hs_itertools_iter_self(HsObject *op);
void hs_itertools_iter_dealloc(HsObject *op);
HsObject *hs_itertools_alloc_with(HsTypeObject *type, int n, int need, HsObject **vals);
/* Add product, permutations, combinations and combinations_with_replacement to module m.
 * Returns 0 or -1. */
int hs_itertools_add_combinatorics(HsObject *m);

/* ==== functools ==== */
/* Create the `functools` module (src/modules/functoolsmodule.c): reduce, partial,
 * cmp_to_key. Returns 0 with *module_out a new reference, or -1. */
int hs_functools_init(HsObject **module_out);
/* Add lru_cache, cache, update_wrapper, wraps, WRAPPER_ASSIGNMENTS / WRAPPER_UPDATES and
 * _lru_cache_wrapper to the functools module 'm' (src/modules/functools_cache.c); needs
 * 'partial' already in it. Returns 0 or -1. */
int hs_functools_add_cache(HsObject *m);

/* ==== collections (src/modules/collections*.c) ==== */
/* Create `collections` (deque, defaultdict, OrderedDict, Counter, ChainMap) and `_collections` (deque,
 * defaultdict, OrderedDict, _count_elements, the deque iterators). Return 0 with *module_out
 * a new reference, or -1. */
int hs_collections_init(HsObject **module_out);
int hs_collections_c_init(HsObject **module_out);
extern HsTypeObject HsDeque_Type;       /* 'collections.deque', getsizeof 760 when empty */
extern HsTypeObject HsDefaultDict_Type; /* 'collections.defaultdict', a dict subtype */
extern HsTypeObject HsODict_Type;       /* 'collections.OrderedDict', a dict subtype */
extern HsTypeObject HsCounter_Type;     /* 'collections.Counter', a dict subtype */
extern HsTypeObject HsChainMap_Type;    /* 'collections.ChainMap' */
/* Ready deque and its iterators (collections_deque.c). Returns 0 or -1. */
int hs_collections_deque_ready(void);
/* The deque iterator type (reverse == 0) or reverse iterator type. */
HsTypeObject *hs_collections_deque_iter_type(int reverse);
/* Ready OrderedDict's view and iterator types (collections_odict.c). Returns 0 or -1. */
int hs_collections_odict_ready(void);
/* Ready Counter (collections_counter.c) / ChainMap (collections_chainmap.c). Return 0 or -1. */
int hs_collections_counter_ready(void);
int hs_collections_chainmap_ready(void);
/* For each item of 'iterable': mapping[item] = mapping.get(item, 0) + 1, with dict's own
 * lookup and store ('mapping' a dict or subtype). Returns 0 or -1. CPython: _count_elements */
int hs_collections_count_elements(HsObject *mapping, HsObject *iterable);

/* ==== random ==== */
/* Create the `_random` and `random` modules (src/modules/randommodule*.c, see
 * internal/hs_modules_random.h). Return 0 with *module_out a new reference, or -1. */
int hs_random_core_init(HsObject **module_out);
int hs_random_init(HsObject **module_out);

/* ==== os (src/modules/osmodule.c, os_environ.c, ospath.c) ==== */
/* Create `os` (with os.path = the posixpath module, also entered as sys.modules['os.path']).
 * Returns 0 with *module_out a new reference, or -1. */
int hs_osmodule_init(HsObject **module_out);
/* Create `posixpath` (os.path), or return the one in sys.modules. Returns 0 or -1. */
int hs_posixpath_init(HsObject **module_out);
/* Raise OSError(err, strerror(err)[, filename[, None, filename2]]) -- the errno's subclass
 * (CPython: PyErr_SetFromErrnoWithFilenameObjects). 'filename'/'filename2' borrowed, may be
 * NULL. Returns NULL always. */
HsObject *hs_os_error(int err, HsObject *filename, HsObject *filename2);
/* os.fspath(o): a str or bytes. Return: new reference. */
HsObject *hs_os_fspath(HsObject *o);
/* A path argument as a C string. 'obj' is the argument (borrowed), 'conv' the str or bytes
 * it became (owned), 'c' its UTF-8 / bytes (valid while 'conv' lives). */
typedef struct HsOsPath {
    HsObject *obj, *conv;
    const char *c;
    int is_bytes;
} HsOsPath;
/* Convert 'o' (str, bytes or os.PathLike) for function 'fname' ("stat: path should be
 * string, bytes or os.PathLike, not int", embedded NUL is ValueError). Returns 0 or -1;
 * on 0 the caller calls hs_os_path_release. */
int hs_os_path_arg(const char *fname, HsObject *o, HsOsPath *p);
/* Same, naming the argument 'argname' (NULL: "path") and listing what the function accepts:
 * 'allow' 0 "string, bytes or os.PathLike", 1 "..., os.PathLike or integer", 2 "...,
 * integer or None". */
int hs_os_path_arg_ex(const char *fname, const char *argname, int allow, HsObject *o,
                      HsOsPath *p);
void hs_os_path_release(HsOsPath *p);
/* os.stat_result of 'st'. Return: new reference. */
struct stat;
HsObject *hs_os_stat_result(const struct stat *st);
/* os.scandir(path='.') and os.walk(top, topdown=True, onerror=None, followlinks=False)
 * (src/modules/os_walk.c; METH_FASTCALL|METH_KEYWORDS). Return: new reference. */
HsObject *hs_os_scandir(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                        HsObject *kwnames);
HsObject *hs_os_walk(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                     HsObject *kwnames);
/* os.environ (made on first use, kept for the process). Return: new reference. */
HsObject *hs_os_environ_object(void);
/* environ.get(key, dflt) on os.environ / on the environ 'env'. Return: new reference. */
HsObject *hs_os_environ_get(HsObject *key, HsObject *dflt);
HsObject *hs_os_environ_get_from(HsObject *env, HsObject *key, HsObject *dflt);

/* ==== io (src/modules/iomodule.c, io_fileio.c, io_buffered.c, io_textio.c, io_memio.c) ==== */
/* The types, with CPython's names ('_io.FileIO', ...); _IOBase is the base of all. */
extern HsTypeObject HsIOBase_Type, HsRawIOBase_Type, HsBufferedIOBase_Type, HsTextIOBase_Type,
    HsFileIO_Type, HsBufferedReader_Type, HsBufferedWriter_Type,
    HsBufferedRandom_Type, HsTextIOWrapper_Type, HsBytesIO_Type, HsStringIO_Type;
/* Create the `io` module. Returns 0 with *module_out a new reference, or -1. */
int hs_io_init(HsObject **module_out);
/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
 * opener=None), the builtin (METH_FASTCALL|METH_KEYWORDS). Return: new reference. */
HsObject *hs_io_open(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                     HsObject *kwnames);
/* Raise io.UnsupportedOperation(msg) / ValueError(msg). Return NULL always. */
HsObject *hs_io_unsupported(const char *msg);
HsObject *hs_io_closed(const char *msg);
/* o.name(arg) with 0 (arg NULL) or 1 argument. Return: new reference. */
HsObject *hs_io_call(HsObject *o, const char *name, HsObject *arg);
/* bool(o.closed): 1, 0, or -1 with an exception. */
int hs_io_is_closed(HsObject *o);
/* A FileIO on 'file' (path or fd) with raw mode 'mode' ("r", "w+", "ab", ...). Return: new
 * reference. */
HsObject *hs_io_fileio_new(HsObject *file, const char *mode, int closefd);
/* A buffered stream of 'type' (one of the three Buffered types) over 'raw' with a buffer of
 * 'size' bytes. Return: new reference. */
HsObject *hs_io_buffered_new(HsTypeObject *type, HsObject *raw, Hs_ssize_t size);
/* A TextIOWrapper over 'buffer'; encoding/errors/newline may be NULL or None (newline
 * already checked). Return: new reference. */
HsObject *hs_io_textio_new(HsObject *buffer, HsObject *encoding, HsObject *errors,
                           HsObject *newline, int line_buffering);
/* Write the buffered data of every buffered stream still alive (the exit path; errors are
 * ignored). */
void hs_io_flush_all(void);
/* Set the wrapper's 'mode' attribute (NULL: "r"). Returns 0 or -1. */
int hs_io_textio_set_mode(HsObject *text, HsObject *mode);
/* Check a newline argument: a str among '', '\n', '\r', '\r\n' ("illegal newline value: x").
 * Returns 0 or -1. */
int hs_io_check_newline(HsObject *newline);

/* ==== dis and opcode (src/modules/dismodule.c, dis_engine.c) ==== */
/* Create the `dis` / `opcode` module. Returns 0 with *module_out a new reference, or -1. */
int hs_dis_init(HsObject **module_out);
int hs_opcode_init(HsObject **module_out);

/* ==== weakref ==== */
/* Create the `_weakref` / `weakref` modules (src/modules/weakrefmodule.c). Each returns 0
 * with *module_out a new reference, or -1. */
int hs_weakref_module_init(HsObject **module_out);
int hs_weakref_py_module_init(HsObject **module_out);
/* Add Lib/weakref.py's classes (WeakMethod, finalize, KeyedRef, WeakValueDictionary,
 * WeakKeyDictionary, WeakSet; src/modules/weakref_classes.c) to module 'm'. Returns 0/-1. */
int hs_weakref_add_classes(HsObject *m);
/* Run the weakref.finalize objects still marked atexit, newest first; after it no finalizer
 * runs (CPython: finalize._exitfunc). The first finalizer registers it with atexit
 * (hs_atexit_register), so it runs among the atexit functions. */
void hs_weakref_atexit(void);

/* ==== atexit (src/modules/atexitmodule.c) ==== */
/* Create the `atexit` module. Returns 0 with *module_out a new reference, or -1. */
int hs_atexit_init(HsObject **module_out);
/* Register 'func' to be called with no arguments at exit, as atexit.register(func) (used by
 * weakref.finalize). Returns 0/-1. */
int hs_atexit_register(HsObject *func);
/* Run the registered functions, newest first, and forget them; errors are printed as
 * "Exception ignored in atexit callback". Called once by the CLI after the non-daemon
 * threads are joined. CPython: _PyAtExit_Call. */
void hs_atexit_run(void);

/* ==== _tracemalloc (src/modules/tracemallocmodule.c) ==== */
/* Create the `_tracemalloc` module. Returns 0 with *module_out a new reference, or -1. */
int hs_tracemalloc_init(HsObject **module_out);
/* ==== heapscope (src/modules/heapscopemodule.c, heapscope_walk.c) ==== */
/* Create the `heapscope` module. Returns 0 with *module_out a new reference, or -1. */
int hs_heapscope_init(HsObject **module_out);
/* ==== _sre (src/modules/sremodule.c, sre_engine.c) ==== */
/* Create the `_sre` module. Returns 0 with *module_out a new reference, or -1. */
int hs_sre_init(HsObject **module_out);

/* ==== _json (src/modules/jsonmodule.c): json's string scanner and encoders ==== */
int hs_json_init(HsObject **module_out);

/* ==== _traceback (src/modules/tracebackmodule.c): the printer behind lib/traceback.py ==== */
int hs_traceback_init(HsObject **module_out);

/* ==== _thread (src/modules/threadmodule.c) ==== */
/* Create the `_thread` module. Returns 0 with *module_out a new reference, or -1. */
int hs_thread_init(HsObject **module_out);
/* At the end of the main program: threading._shutdown() (waits for the non-daemon threads),
 * if threading was imported; errors are printed. CPython: wait_for_thread_shutdown. */
void hs_thread_shutdown(void);

/* ==== array (src/modules/arraymodule.c, array_methods.c) ==== */
/* Create `array` (array.array, see internal/hs_modules_array.h): 0 with *module_out a new
 * reference, or -1. */
int hs_array_init(HsObject **module_out);

/* ==== struct (src/modules/structmodule.c, struct_codes.c) ==== */
/* Create `_struct` (Struct, error, pack, unpack, ...; see internal/hs_modules_struct.h) and
 * `struct` (Lib/struct.py: _struct's names and __all__). Each returns 0 with *module_out a
 * new reference, or -1. */
int hs_struct_core_init(HsObject **module_out);
int hs_struct_init(HsObject **module_out);

/* Register the C modules `import` can create (src/modules/registry.c). Returns 0 or -1. */
int hs_modules_register_builtins(void);

#endif /* HS_INTERNAL_HS_MODULES_H */
