/* The `sys` module (CPython 3.11: Python/sysmodule.c): interpreter facts (version,
 * version_info, hexversion, maxsize, byteorder, platform, implementation), argv/path/modules,
 * the standard streams (src/modules/stdio.c), and the functions exit, getrecursionlimit,
 * setrecursionlimit, getrefcount, getsizeof, intern, getdefaultencoding, exc_info,
 * is_finalizing. version_info, float_info, int_info, hash_info and flags are minimal
 * structseqs (tuple subtypes with named fields). Departure, documented in
 * docs/internals/builtins.md: implementation is a module object named 'heapscope'.
 * Invariant: 'sys_module' is the module made by the last hs_sys_init (owned), or NULL.
 * Every sys_* function: arguments borrowed; Return: new reference, or NULL with an exception.
 */
#include "internal/hs_modules.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_long.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_vm.h"
#include "internal/hs_vm_frameobject.h"
#include "hs/abstract.h"
#include "hs/ceval.h"
#include "hs/errors.h"

#include <float.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ==== constants ==== */

#define HS_VERSION_STR "3.11.7 (main, heapscope) [GCC]"
#define HS_HEXVERSION 0x030b07f0 /* 3.11.7 final 0 */

static HsObject *sys_module;

/* ==== functions ==== */

/* exit(status=None, /): raise SystemExit(status). */
static HsObject *sys_exit(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("exit", nargs, 0, 1) < 0) {
        return NULL;
    }
    /* as PyErr_SetObject: None gives no args, a tuple is the args, anything else one arg */
    HsObject *code = nargs == 1 ? args[0] : Hs_None, *exc;
    if (code == Hs_None) {
        exc = HsObject_CallNoArgs(HsExc_SystemExit);
    } else if (HsObject_TypeCheck(code, &HsTuple_Type)) {
        exc = HsObject_Call(HsExc_SystemExit, code, NULL);
    } else {
        exc = HsObject_CallOneArg(HsExc_SystemExit, code);
    }
    if (exc != NULL) {
        HsErr_SetRaisedException(exc);
    }
    return NULL;
}

static HsObject *sys_getrecursionlimit(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsLong_FromLong(HsSys_GetRecursionLimit());
}

/* setrecursionlimit(limit, /): an int (via __index__), at least 1. */
static HsObject *sys_setrecursionlimit(HsObject *self, HsObject *arg) {
    (void)self;
    HsObject *idx = HsNumber_Index(arg);
    if (idx == NULL) {
        return NULL;
    }
    int overflow = 0;
    long long v = hs_int_as_longlong_and_overflow(idx, &overflow);
    Hs_DECREF(idx);
    if (v == -1 && HsErr_Occurred()) {
        return NULL;
    }
    if (overflow || v > 0x7fffffffLL || v < -0x7fffffffLL - 1) { // as _PyLong_AsInt
        return HsErr_Format(HsExc_OverflowError, "Python int too large to convert to C int");
    }
    if (v < 1) {
        return HsErr_Format(HsExc_ValueError, "recursion limit must be greater or equal than 1");
    }
    if (HsSys_SetRecursionLimit((int)v) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

static HsObject *sys_get_int_max_str_digits(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsLong_FromLong(hs_int_get_max_str_digits());
}

/* set_int_max_str_digits(maxdigits): 0 (no limit) or more than the 640-digit threshold.
 * sys.flags.int_max_str_digits keeps its start-up value, as in CPython 3.11. */
static HsObject *sys_set_int_max_str_digits(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                            HsObject *kwnames) {
    (void)self;
    static const char *const kw[] = {"maxdigits", NULL};
    static const HsArgParser parser = {"set_int_max_str_digits", kw};
    HsObject *a[1];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 1, 1, a) < 0) {
        return NULL;
    }
    HsObject *idx = HsNumber_Index(a[0]);
    if (idx == NULL) {
        return NULL;
    }
    int overflow = 0;
    long long v = hs_int_as_longlong_and_overflow(idx, &overflow);
    Hs_DECREF(idx);
    if (v == -1 && HsErr_Occurred()) {
        return NULL;
    }
    if (overflow || v > 0x7fffffffLL || v < -0x7fffffffLL - 1) { // as _PyLong_AsInt
        return HsErr_Format(HsExc_OverflowError, "Python int too large to convert to C int");
    }
    if (v != 0 && v < HS_LONG_MAX_STR_DIGITS_THRESHOLD) {
        return HsErr_Format(HsExc_ValueError, "maxdigits must be 0 or larger than %d",
                            HS_LONG_MAX_STR_DIGITS_THRESHOLD);
    }
    hs_int_set_max_str_digits((int)v);
    Hs_RETURN_NONE;
}

/* getrefcount(object, /): the count as seen from inside the call. As in CPython this is
 * Py_REFCNT itself: the caller's value stack holds one reference to the argument (LOAD_FAST
 * takes a new reference), which is why Python code sees "one more than expected"
 * (x = []; sys.getrefcount(x) == 2). */
#if HS_DEBUG_REFS
/* gettotalrefcount(): the sum of all reference counts (debug builds only, as CPython). */
static HsObject *sys_gettotalrefcount(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsLong_FromSsize_t(hs_ref_total);
}
#endif

static HsObject *sys_getrefcount(HsObject *self, HsObject *arg) {
    (void)self;
    return HsLong_FromSsize_t(Hs_REFCNT(arg));
}

/* _getframe(depth=0, /): the frame object 'depth' calls below the running one.
 * CPython: sys__getframe_impl. */
static HsObject *sys_getframe(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("_getframe", nargs, 0, 1) < 0) {
        return NULL;
    }
    Hs_ssize_t depth = 0;
    if (nargs == 1) {
        depth = HsNumber_AsSsize_t(args[0], HsExc_OverflowError);
        if (depth == -1 && HsErr_Occurred()) {
            return NULL;
        }
        if (depth > INT_MAX || depth < INT_MIN) {
            return HsErr_Format(HsExc_OverflowError, "Python int too large to convert to C int");
        }
    }
    HsFrame *frame = hs_vm_tstate()->frame;
    while (depth > 0 && frame != NULL) {
        frame = frame->previous;
        --depth;
    }
    if (frame == NULL) {
        return HsErr_Format(HsExc_ValueError, "call stack is not deep enough");
    }
    return Hs_XNewRef(hs_vm_frame_object(frame));
}

/* getsizeof(object, default=<unset>): type(object).__sizeof__(object), plus the GC head
 * for a GC object. CPython: _PySys_GetSizeOf. */
static HsObject *sys_getsizeof(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                               HsObject *kwnames) {
    (void)self;
    static const char *const kw[] = {"object", "default", NULL};
    static const HsArgParser parser = {"getsizeof", kw};
    HsObject *a[2];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 2, 1, a) < 0) {
        return NULL;
    }
    HsObject *o = a[0];
    HsObject *name = hs_builtins_name("__sizeof__");
    HsObject *meth = name != NULL ? hs_type_lookup(Hs_TYPE(o), name) : NULL;
    Hs_ssize_t size;
    if (meth == NULL) {
        HsTypeObject *tp = Hs_TYPE(o);
        Hs_ssize_t n = tp->tp_itemsize != 0 ? Hs_SIZE(o) : 0;
        size = tp->tp_basicsize + (n < 0 ? -n : n) * tp->tp_itemsize;
    } else {
        Hs_INCREF(meth);
        HsObject *r = HsObject_Vectorcall(meth, &o, 1, NULL);
        Hs_DECREF(meth);
        if (r == NULL) {
            if (a[1] != NULL && HsErr_ExceptionMatches(HsExc_TypeError)) {
                HsErr_Clear();
                return Hs_NewRef(a[1]);
            }
            return NULL;
        }
        if (!HsLong_Check(r)) {
            Hs_DECREF(r);
            return HsErr_Format(HsExc_TypeError, "an integer is required");
        }
        size = HsNumber_AsSsize_t(r, HsExc_OverflowError);
        Hs_DECREF(r);
        if (size == -1 && HsErr_Occurred()) {
            return NULL;
        }
        if (size < 0) {
            return HsErr_Format(HsExc_ValueError, "__sizeof__() should return >= 0");
        }
    }
    if (HsObject_IS_GC(o)) {
        size += 16;
    }
    if (Hs_TYPE(o)->tp_flags & HS_TPFLAGS_MANAGED_DICT) {
        size += 16;
    }
    return HsLong_FromSsize_t(size);
}

/* intern(string, /): the interned equal str (exact str only, as CPython). */
static HsObject *sys_intern(HsObject *self, HsObject *s) {
    (void)self;
    if (!HsUnicode_CheckExact(s)) {
        return HsErr_Format(HsExc_TypeError, "intern() argument must be str, not %.50s",
                            Hs_TYPE(s)->tp_name);
    }
    Hs_INCREF(s);
    HsUnicode_InternInPlace(&s);
    return s;
}

static HsObject *sys_getdefaultencoding(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsUnicode_FromString("utf-8");
}

/* exc_info(): (type, value, traceback) of the exception being handled. */
static HsObject *sys_exc_info(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    HsObject *exc = hs_vm_handled_exception(hs_vm_tstate());
    if (exc == NULL) {
        return HsTuple_Pack(3, Hs_None, Hs_None, Hs_None);
    }
    HsObject *tb = ((HsBaseExceptionObject *)exc)->traceback;
    return HsTuple_Pack(3, (HsObject *)Hs_TYPE(exc), exc, tb != NULL ? tb : Hs_None);
}

/* exception(): the exception being handled, or None (new in 3.11). */
static HsObject *sys_exception(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    HsObject *exc = hs_vm_handled_exception(hs_vm_tstate());
    return Hs_NewRef(exc != NULL ? exc : Hs_None);
}

static HsObject *sys_is_finalizing(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsBool_FromLong(hs_vm_is_finalizing());
}

static HsMethodDef sys_methods[] = {
    {"exception", HS_CFUNC(sys_exception), HS_METH_NOARGS,
     "Return the current exception."},
    {"exit", HS_CFUNC(sys_exit), HS_METH_FASTCALL,
     "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", HS_CFUNC(sys_getrecursionlimit), HS_METH_NOARGS,
     "Return the current value of the recursion limit."},
    {"setrecursionlimit", HS_CFUNC(sys_setrecursionlimit), HS_METH_O,
     "Set the maximum depth of the Python interpreter stack to n."},
    {"getrefcount", HS_CFUNC(sys_getrefcount), HS_METH_O, "Return the reference count of object."},
#if HS_DEBUG_REFS
    {"gettotalrefcount", HS_CFUNC(sys_gettotalrefcount), HS_METH_NOARGS, NULL},
#endif
    {"getsizeof", HS_CFUNC(sys_getsizeof), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Return the size of object in bytes."},
    {"intern", HS_CFUNC(sys_intern), HS_METH_O, "``Intern'' the given string."},
    {"getdefaultencoding", HS_CFUNC(sys_getdefaultencoding), HS_METH_NOARGS,
     "Return the current default encoding used by the Unicode implementation."},
    {"exc_info", HS_CFUNC(sys_exc_info), HS_METH_NOARGS,
     "Return current exception information: (type, value, traceback)."},
    {"is_finalizing", HS_CFUNC(sys_is_finalizing), HS_METH_NOARGS,
     "Return True if Python is exiting."},
    {"_getframe", HS_CFUNC(sys_getframe), HS_METH_FASTCALL,
     "Return a frame object from the call stack.\n\nIf optional integer depth is given, "
     "return the frame object that many\ncalls below the top of the stack.  If that is "
     "deeper than the call\nstack, ValueError is raised.  The default for depth is zero, "
     "returning\nthe frame at the top of the call stack.\n\nThis function should be used "
     "for internal and specialized purposes\nonly."},
    {"get_int_max_str_digits", HS_CFUNC(sys_get_int_max_str_digits), HS_METH_NOARGS,
     "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", HS_CFUNC(sys_set_int_max_str_digits),
     HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Set the maximum string digits limit for non-binary int<->str conversions."},
    {NULL, NULL, 0, NULL},
};

/* ==== named tuples (a minimal structseq) ====
 * CPython's sys.version_info, float_info, int_info, hash_info and flags are structseqs: tuple
 * subclasses whose items are also attributes and whose repr names them. Here each is a
 * static tuple subtype with one getter per field (closure = index) and its own repr; the
 * tuple slots (indexing, len, comparison, hash, iteration) are inherited. Instances are
 * made only here (calling the type: "cannot create 'sys.float_info' instances", as CPython). */

#define SS_FIELD(name, i)                                                                          \
    { name, hs_structseq_get, NULL, NULL, (void *)(intptr_t)(i) }
#define SS_END                                                                                     \
    { NULL, NULL, NULL, NULL, NULL }
#define SS_TYPE(var, tpname, fields)                                                               \
    static HsTypeObject var = {                                                                    \
        .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),                                         \
        .tp_name = tpname,                                                                         \
        .tp_basicsize = offsetof(HsTupleObject, ob_item),                                          \
        .tp_itemsize = sizeof(HsObject *),                                                         \
        .tp_dealloc = hs_structseq_dealloc,                                                           \
        .tp_repr = hs_structseq_repr,                                                                 \
        .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_TUPLE_SUBCLASS,                                \
        .tp_traverse = hs_structseq_traverse,                                                         \
        .tp_getset = fields,                                                                       \
        .tp_base = &HsTuple_Type,                                                                  \
        .tp_new = hs_structseq_no_new,                                                                \
    }

static HsGetSetDef version_info_fields[] = {
    SS_FIELD("major", 0),        SS_FIELD("minor", 1),  SS_FIELD("micro", 2),
    SS_FIELD("releaselevel", 3), SS_FIELD("serial", 4), SS_END,
};
static HsGetSetDef float_info_fields[] = {
    SS_FIELD("max", 0),   SS_FIELD("max_exp", 1),  SS_FIELD("max_10_exp", 2),
    SS_FIELD("min", 3),   SS_FIELD("min_exp", 4),  SS_FIELD("min_10_exp", 5),
    SS_FIELD("dig", 6),   SS_FIELD("mant_dig", 7), SS_FIELD("epsilon", 8),
    SS_FIELD("radix", 9), SS_FIELD("rounds", 10),  SS_END,
};
static HsGetSetDef int_info_fields[] = {
    SS_FIELD("bits_per_digit", 0),
    SS_FIELD("sizeof_digit", 1),
    SS_FIELD("default_max_str_digits", 2),
    SS_FIELD("str_digits_check_threshold", 3),
    SS_END,
};
static HsGetSetDef hash_info_fields[] = {
    SS_FIELD("width", 0),     SS_FIELD("modulus", 1),
    SS_FIELD("inf", 2),       SS_FIELD("nan", 3),
    SS_FIELD("imag", 4),      SS_FIELD("algorithm", 5),
    SS_FIELD("hash_bits", 6), SS_FIELD("seed_bits", 7),
    SS_FIELD("cutoff", 8),    SS_END,
};

static HsGetSetDef flags_fields[] = {
    SS_FIELD("debug", 0),
    SS_FIELD("inspect", 1),
    SS_FIELD("interactive", 2),
    SS_FIELD("optimize", 3),
    SS_FIELD("dont_write_bytecode", 4),
    SS_FIELD("no_user_site", 5),
    SS_FIELD("no_site", 6),
    SS_FIELD("ignore_environment", 7),
    SS_FIELD("verbose", 8),
    SS_FIELD("bytes_warning", 9),
    SS_FIELD("quiet", 10),
    SS_FIELD("hash_randomization", 11),
    SS_FIELD("isolated", 12),
    SS_FIELD("dev_mode", 13),
    SS_FIELD("utf8_mode", 14),
    SS_FIELD("warn_default_encoding", 15),
    SS_FIELD("safe_path", 16),
    SS_FIELD("int_max_str_digits", 17),
    SS_END,
};

SS_TYPE(version_info_type, "sys.version_info", version_info_fields);
SS_TYPE(float_info_type, "sys.float_info", float_info_fields);
SS_TYPE(int_info_type, "sys.int_info", int_info_fields);
SS_TYPE(hash_info_type, "sys.hash_info", hash_info_fields);
SS_TYPE(flags_type, "sys.flags", flags_fields);


/* ==== building the module ==== */

/* m.name = value, consuming 'value' (a new reference or NULL on error). Returns 0 or -1. */
static int add_new(HsObject *m, const char *name, HsObject *value) {
    if (value == NULL) {
        return -1;
    }
    int r = HsModule_AddObjectRef(m, name, value);
    Hs_DECREF(value);
    return r;
}

/* A tuple of str from a NULL-terminated C array. Return: new reference. */
static HsObject *str_tuple(const char *const *names) {
    Hs_ssize_t n = 0;
    while (names[n] != NULL) {
        n++;
    }
    HsObject *t = HsTuple_New(n);
    for (Hs_ssize_t i = 0; t != NULL && i < n; i++) {
        HsObject *s = HsUnicode_FromString(names[i]);
        if (s == NULL) {
            Hs_CLEAR(t);
            break;
        }
        HS_TUPLE_SET(t, i, s);
    }
    return t;
}

/* sys.argv and sys.path: argv as str; path[0] is the script's directory ('' if none). */
static int add_argv_path(HsObject *m, int argc, char **argv) {
    HsObject *lst = HsList_New(0);
    for (int i = 0; lst != NULL && i < argc; i++) {
        HsObject *s = HsUnicode_FromString(argv[i]);
        if (s == NULL || HsList_Append(lst, s) < 0) {
            Hs_XDECREF(s);
            Hs_CLEAR(lst);
            break;
        }
        Hs_DECREF(s);
    }
    if (argc == 0 && lst != NULL) {
        HsObject *s = hs_str_empty();
        int r = HsList_Append(lst, s);
        Hs_DECREF(s);
        if (r < 0) {
            Hs_CLEAR(lst);
        }
    }
    if (add_new(m, "argv", lst) < 0) {
        return -1;
    }
    const char *script = argc > 0 ? argv[0] : "";
    const char *slash = strrchr(script, '/');
    HsObject *dir =
        slash != NULL ? HsUnicode_FromStringAndSize(script, slash - script) : hs_str_empty();
    if (slash == script && dir != NULL) {
        Hs_SETREF(dir, HsUnicode_FromString("/"));
    }
    HsObject *path = dir != NULL ? HsList_New(0) : NULL;
    if (path != NULL && HsList_Append(path, dir) < 0) {
        Hs_CLEAR(path);
    }
    Hs_XDECREF(dir);
    return add_new(m, "path", path);
}

/* The three streams and their __std*__ twins. */
static int add_streams(HsObject *m) {
    static const struct {
        int fd;
        const char *name, *attr, *dunder;
    } s[] = {
        {0, "<stdin>", "stdin", "__stdin__"},
        {1, "<stdout>", "stdout", "__stdout__"},
        {2, "<stderr>", "stderr", "__stderr__"},
    };
    for (int i = 0; i < 3; i++) {
        HsObject *f = hs_stdio_new(s[i].fd, s[i].name, s[i].fd != 0);
        if (f == NULL || HsModule_AddObjectRef(m, s[i].dunder, f) < 0) {
            Hs_XDECREF(f);
            return -1;
        }
        if (add_new(m, s[i].attr, f) < 0) {
            return -1;
        }
    }
    return 0;
}

/* version, version_info, hexversion, implementation and the size facts. */
static int add_facts(HsObject *m) {
    HsObject *impl = HsModule_New("implementation");
    if (impl == NULL) {
        return -1;
    }
    HsObject *items[5] = {HsLong_FromLong(3), HsLong_FromLong(11), HsLong_FromLong(7),
                          HsUnicode_FromString("final"), HsLong_FromLong(0)};
    HsObject *ver = hs_structseq_new(&version_info_type, 5, items);
    int rc = (ver == NULL || HsModule_AddObjectRef(m, "version_info", ver) < 0 ||
              HsModule_AddObjectRef(impl, "version", ver) < 0 ||
              add_new(impl, "name", HsUnicode_FromString("heapscope")) < 0 ||
              add_new(impl, "cache_tag", HsUnicode_FromString("heapscope-311")) < 0 ||
              add_new(impl, "hexversion", HsLong_FromLong(HS_HEXVERSION)) < 0 ||
              HsModule_AddObjectRef(m, "implementation", impl) < 0)
                 ? -1
                 : 0;
    Hs_XDECREF(ver);
    Hs_DECREF(impl);
    if (rc < 0 || add_new(m, "version", HsUnicode_FromString(HS_VERSION_STR)) < 0 ||
        add_new(m, "hexversion", HsLong_FromLong(HS_HEXVERSION)) < 0 ||
        add_new(m, "api_version", HsLong_FromLong(1013)) < 0 ||
        add_new(m, "maxsize", HsLong_FromSsize_t(HS_SSIZE_T_MAX)) < 0 ||
        add_new(m, "maxunicode", HsLong_FromLong(0x10ffff)) < 0 ||
        add_new(m, "byteorder", HsUnicode_FromString("little")) < 0 ||
        add_new(m, "platform", HsUnicode_FromString("linux")) < 0 ||
        add_new(m, "executable", hs_str_empty()) < 0 ||
        add_new(m, "dont_write_bytecode", HsBool_FromLong(1)) < 0) {
        return -1;
    }
    return 0;
}

/* float_info, int_info and hash_info, with CPython 3.11's values on this platform. */
static int add_number_info(HsObject *m) {
    HsObject *fi[11] = {
        HsFloat_FromDouble(DBL_MAX), HsLong_FromLong(DBL_MAX_EXP),  HsLong_FromLong(DBL_MAX_10_EXP),
        HsFloat_FromDouble(DBL_MIN), HsLong_FromLong(DBL_MIN_EXP),  HsLong_FromLong(DBL_MIN_10_EXP),
        HsLong_FromLong(DBL_DIG),    HsLong_FromLong(DBL_MANT_DIG), HsFloat_FromDouble(DBL_EPSILON),
        HsLong_FromLong(FLT_RADIX),  HsLong_FromLong(FLT_ROUNDS)};
    HsObject *ii[4] = {HsLong_FromLong(30), HsLong_FromLong(4), HsLong_FromLong(4300),
                       HsLong_FromLong(640)};
    HsObject *hi[9] = {HsLong_FromLong(64),      HsLong_FromLongLong(2305843009213693951LL),
                       HsLong_FromLong(314159),  HsLong_FromLong(0),
                       HsLong_FromLong(1000003), HsUnicode_FromString("siphash13"),
                       HsLong_FromLong(64),      HsLong_FromLong(128),
                       HsLong_FromLong(0)};
    int rc = add_new(m, "float_info", hs_structseq_new(&float_info_type, 11, fi));
    rc |= add_new(m, "int_info", hs_structseq_new(&int_info_type, 4, ii));
    rc |= add_new(m, "hash_info", hs_structseq_new(&hash_info_type, 9, hi));
    /* CPython's defaults, except dont_write_bytecode: heapscope writes no bytecode files */
    static const long flag_values[18] = {0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, -1};
    HsObject *fl[18];
    for (int i = 0; i < 18; i++) { // dev_mode and safe_path are bools, the rest ints
        fl[i] = (i == 13 || i == 16) ? HsBool_FromLong(0) : HsLong_FromLong(flag_values[i]);
    }
    rc |= add_new(m, "flags", hs_structseq_new(&flags_type, 18, fl));
    return rc < 0 ? -1 : 0;
}

/* ==== internal API ==== */

HsObject *hs_sys_get_object(const char *name) {
    if (sys_module == NULL) {
        return NULL;
    }
    HsObject *exc = HsErr_GetRaisedException();
    HsObject *r = HsDict_GetItemString(HS_MODULE_DICT(sys_module), name);
    HsErr_SetRaisedException(exc);
    return r;
}

int hs_sys_init(HsObject *builtins, int argc, char **argv, HsObject **module_out) {
    static const char *const builtin_names[] = {"builtins", "sys", NULL};
    *module_out = NULL;
    HsObject *m = HsModule_New("sys");
    if (m == NULL) {
        return -1;
    }
    HsObject *modules = HsDict_New();
    if (modules != NULL &&
        (HsDict_SetItemString(modules, "sys", m) < 0 ||
         (builtins != NULL && HsDict_SetItemString(modules, "builtins", builtins) < 0))) {
        Hs_CLEAR(modules);
    }
    if (add_new(m, "modules", modules) < 0 || HsModule_AddFunctions(m, sys_methods) < 0 ||
        add_new(m, "builtin_module_names", str_tuple(builtin_names)) < 0 ||
        add_argv_path(m, argc, argv) < 0 || add_streams(m) < 0 || add_facts(m) < 0 ||
        add_number_info(m) < 0 || hs_sys_add_hooks(m) < 0 || hs_sys_add_more(m) < 0) {
        Hs_DECREF(m);
        return -1;
    }
    HsObject *old = sys_module;
    sys_module = Hs_NewRef(m);
    if (old == NULL) {
        hs_obj_register_static(&sys_module); /* released at exit */
    }
    Hs_XDECREF(old);
    *module_out = m;
    return 0;
}
