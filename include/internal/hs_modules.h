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

/* ==== text streams (src/modules/stdio.c) ==== */
extern HsTypeObject HsTextIO_Type; /* '_io.TextIOWrapper' (a minimal one) */
/* A text stream on file descriptor 'fd' ("<stdout>" etc. as its name); 'writable'
 * selects write or read mode. Return: new reference. */
HsObject *hs_stdio_new(int fd, const char *name, int writable);
/* Flush every stream made by hs_stdio_new that is still alive (the exit path). */
void hs_stdio_flush_all(void);

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

/* ==== weakref ==== */
/* Create the `_weakref` / `weakref` modules (src/modules/weakrefmodule.c). Each returns 0
 * with *module_out a new reference, or -1. */
int hs_weakref_module_init(HsObject **module_out);
int hs_weakref_py_module_init(HsObject **module_out);
/* Add Lib/weakref.py's classes (WeakMethod, finalize, KeyedRef, WeakValueDictionary,
 * WeakKeyDictionary, WeakSet; src/modules/weakref_classes.c) to module 'm'. Returns 0/-1. */
int hs_weakref_add_classes(HsObject *m);
/* Run the weakref.finalize objects still marked atexit, newest first; after it no finalizer
 * runs (CPython: finalize._exitfunc, an atexit function). Called once by the CLI after the
 * main script ends. */
void hs_weakref_atexit(void);

/* Register the C modules `import` can create (src/modules/registry.c). Returns 0 or -1. */
int hs_modules_register_builtins(void);

#endif /* HS_INTERNAL_HS_MODULES_H */
