/* The rest of sys (CPython 3.11: Python/sysmodule.c): the allocator's figures
 * (getallocatedblocks, _debugmallocstats), the switch interval, trace/profile hooks kept
 * for the tracer, excepthook, audit hooks (accepted, never called), and the constants a
 * program may read (prefixes, encodings, stdlib_module_names). */
#include "internal/hs_modules.h"
#include "internal/hs_vm.h"
#include "internal/hs_vm_gil.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_fini.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdio.h>
#include <stddef.h>

static HsObject *trace_func, *profile_func; /* owned or NULL: kept for the tracer */

/* Flush sys.stdout/sys.stderr's buffers before writing to the C stream directly. */
static void flush_std_streams(void) {
    const char *names[2] = {"stdout", "stderr"};
    static HsObject *flush;
    if (flush == NULL && hs_obj_static_name(&flush, "flush") == NULL) {
        HsErr_Clear();
        return;
    }
    for (int i = 0; i < 2; i++) {
        HsObject *s = hs_sys_get_object(names[i]);
        if (s != NULL && s != Hs_None) {
            HsObject *r = HsObject_CallMethodNoArgs(s, flush);
            Hs_XDECREF(r);
            HsErr_Clear();
        }
    }
    fflush(stdout);
}

static HsObject *sys_debugmallocstats(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    flush_std_streams();
    hs_mem_debug_stats(stderr);
    /* then the object layer's free lists, as CPython's _PyObject_DebugTypeStats */
    fputc('\n', stderr);
    hs_mem_debug_allocator_stats(stderr, "free PyDictObject", (int)hs_dict_freelist_count(),
                                 sizeof(HsDictObject));
    hs_mem_debug_allocator_stats(stderr, "free PyFloatObject", hs_float_freelist_count(),
                                 sizeof(HsFloatObject));
    hs_mem_debug_allocator_stats(stderr, "free PyListObject", hs_list_freelist_count(),
                                 sizeof(HsListObject));
    for (Hs_ssize_t i = 1; i <= 20; i++) { /* PyTuple_MAXSAVESIZE */
        char name[64];
        snprintf(name, sizeof name, "free %d-sized PyTupleObject", (int)i);
        hs_mem_debug_allocator_stats(stderr, name, (int)hs_tuple_freelist_count(i),
                                     offsetof(HsTupleObject, ob_item) + (size_t)i * sizeof(HsObject *));
    }
    fflush(stderr);
    Hs_RETURN_NONE;
}

static HsObject *sys_getallocatedblocks(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsLong_FromSsize_t((Hs_ssize_t)hs_mem_allocated_blocks());
}

static HsObject *sys_getswitchinterval(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsFloat_FromDouble(hs_vm_gil_get_interval());
}

static HsObject *sys_setswitchinterval(HsObject *self, HsObject *arg) {
    (void)self;
    HsObject *f = HsNumber_Float(arg);
    if (f == NULL) {
        return NULL;
    }
    double d = HsFloat_AsDouble(f);
    Hs_DECREF(f);
    if (d <= 0.0) {
        return HsErr_Format(HsExc_ValueError, "switch interval must be strictly positive");
    }
    hs_vm_gil_set_interval(d); /* the GIL's wait (src/vm/gil.c) */
    Hs_RETURN_NONE;
}

static HsObject *set_hook(HsObject **slot, HsObject *func) {
    Hs_XSETREF(*slot, func == Hs_None ? NULL : Hs_NewRef(func));
    if (*slot != NULL) {
        hs_obj_register_static(slot); /* released at exit */
    }
    Hs_RETURN_NONE;
}

static HsObject *sys_settrace(HsObject *self, HsObject *func) {
    (void)self;
    return set_hook(&trace_func, func);
}

static HsObject *sys_gettrace(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return Hs_NewRef(trace_func != NULL ? trace_func : Hs_None);
}

static HsObject *sys_setprofile(HsObject *self, HsObject *func) {
    (void)self;
    return set_hook(&profile_func, func);
}

static HsObject *sys_getprofile(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return Hs_NewRef(profile_func != NULL ? profile_func : Hs_None);
}

/* excepthook(type, value, traceback): print as an uncaught exception. */
static HsObject *sys_excepthook(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("excepthook", nargs, 3, 3) < 0) {
        return NULL;
    }
    HsObject *value = args[1];
    if (!HsObject_TypeCheck(value, (HsTypeObject *)HsExc_BaseException)) {
        flush_std_streams();
        fprintf(stderr, "TypeError: print_exception(): Exception expected for value, %s "
                        "found\n", Hs_TYPE(value)->tp_name);
        Hs_RETURN_NONE;
    }
    flush_std_streams();
    hs_vm_print_exception(value, stderr);
    fflush(stderr);
    Hs_RETURN_NONE;
}

static HsObject *sys_audit(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    (void)args;
    if (nargs < 1) {
        return HsErr_Format(HsExc_TypeError, "audit() missing 1 required positional argument: "
                                             "'event'");
    }
    Hs_RETURN_NONE;
}

static HsObject *sys_addaudithook(HsObject *self, HsObject *hook) {
    (void)self;
    (void)hook;
    Hs_RETURN_NONE;
}

static HsObject *sys_call_tracing(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("call_tracing", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (!HsTuple_Check(args[1])) {
        return HsErr_Format(HsExc_TypeError, "call_tracing(): argument 2 must be tuple, not %s",
                            Hs_TYPE(args[1])->tp_name);
    }
    return HsObject_Call(args[0], args[1], NULL);
}

static HsObject *sys_getfilesystemencoding(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsUnicode_FromString("utf-8");
}

static HsObject *sys_getfilesystemencodeerrors(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsUnicode_FromString("surrogateescape");
}

static HsObject *sys_clear_type_cache(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    hs_type_modified(&HsBaseObject_Type);
    Hs_RETURN_NONE;
}

static HsMethodDef more_methods[] = {
    {"_debugmallocstats", HS_CFUNC(sys_debugmallocstats), HS_METH_NOARGS,
     "Print summary info to stderr about the state of the object allocator."},
    {"getallocatedblocks", HS_CFUNC(sys_getallocatedblocks), HS_METH_NOARGS,
     "Return the number of memory blocks currently allocated."},
    {"getswitchinterval", HS_CFUNC(sys_getswitchinterval), HS_METH_NOARGS,
     "Return the current thread switch interval; see sys.setswitchinterval()."},
    {"setswitchinterval", HS_CFUNC(sys_setswitchinterval), HS_METH_O,
     "Set the ideal thread switching delay inside the Python interpreter."},
    {"settrace", HS_CFUNC(sys_settrace), HS_METH_O, "Set the global debug tracing function."},
    {"gettrace", HS_CFUNC(sys_gettrace), HS_METH_NOARGS, "Return the global debug tracing "
                                                          "function set with sys.settrace."},
    {"setprofile", HS_CFUNC(sys_setprofile), HS_METH_O, "Set the profiling function."},
    {"getprofile", HS_CFUNC(sys_getprofile), HS_METH_NOARGS, "Return the profiling function "
                                                              "set with sys.setprofile."},
    {"excepthook", HS_CFUNC(sys_excepthook), HS_METH_FASTCALL,
     "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"audit", HS_CFUNC(sys_audit), HS_METH_FASTCALL, "Passes the event to any audit hooks."},
    {"addaudithook", HS_CFUNC(sys_addaudithook), HS_METH_O, "Adds a new audit hook callback."},
    {"call_tracing", HS_CFUNC(sys_call_tracing), HS_METH_FASTCALL,
     "Call func(*args), while tracing is enabled."},
    {"getfilesystemencoding", HS_CFUNC(sys_getfilesystemencoding), HS_METH_NOARGS,
     "Return the encoding used to convert Unicode filenames to OS filenames."},
    {"getfilesystemencodeerrors", HS_CFUNC(sys_getfilesystemencodeerrors), HS_METH_NOARGS,
     "Return the error mode used Unicode to OS filename conversion."},
    {"_clear_type_cache", HS_CFUNC(sys_clear_type_cache), HS_METH_NOARGS,
     "Clear the internal type lookup cache."},
    {NULL, NULL, 0, NULL},
};

static int add_new(HsObject *m, const char *name, HsObject *value) {
    if (value == NULL) {
        return -1;
    }
    int r = HsModule_AddObjectRef(m, name, value);
    Hs_DECREF(value);
    return r;
}

/* sys.stdlib_module_names: the modules written in C and the bundled ones. */
static HsObject *stdlib_names(void) {
    HsObject *list = HsList_New(0);
    for (const HsFrozenModule *f = hs_frozen_modules; list != NULL && f->name != NULL; f++) {
        if (f->name[0] == '_' && f->name[1] == 'h' && f->name[2] == 's') {
            continue; /* heapscope's own helpers */
        }
        HsObject *s = HsUnicode_FromString(f->name);
        if (s == NULL || HsList_Append(list, s) < 0) {
            Hs_XDECREF(s);
            Hs_CLEAR(list);
        }
        Hs_XDECREF(s);
    }
    static const char *const c_modules[] = {
        "builtins", "sys", "gc", "math", "time", "itertools", "functools", "_random",
        "random", "collections", "_collections", "io", "os", "posixpath", "opcode", "dis",
        "_weakref", "weakref", "heapscope", NULL};
    for (int i = 0; list != NULL && c_modules[i] != NULL; i++) {
        HsObject *s = HsUnicode_FromString(c_modules[i]);
        if (s == NULL || HsList_Append(list, s) < 0) {
            Hs_XDECREF(s);
            Hs_CLEAR(list);
        }
        Hs_XDECREF(s);
    }
    if (list == NULL) {
        return NULL;
    }
    HsObject *fs = HsFrozenSet_New(list);
    Hs_DECREF(list);
    return fs;
}

int hs_sys_add_more(HsObject *m) {
    if (HsModule_AddFunctions(m, more_methods) < 0) {
        return -1;
    }
    HsObject *hook = HsDict_GetItemString(HS_MODULE_DICT(m), "excepthook");
    if (hook == NULL || HsModule_AddObjectRef(m, "__excepthook__", hook) < 0) {
        return -1;
    }
    const char *prefix = "/usr/local";
    int rc = add_new(m, "prefix", HsUnicode_FromString(prefix));
    rc |= add_new(m, "exec_prefix", HsUnicode_FromString(prefix));
    rc |= add_new(m, "base_prefix", HsUnicode_FromString(prefix));
    rc |= add_new(m, "base_exec_prefix", HsUnicode_FromString(prefix));
    rc |= add_new(m, "platlibdir", HsUnicode_FromString("lib"));
    rc |= add_new(m, "pycache_prefix", Hs_NewRef(Hs_None));
    rc |= add_new(m, "float_repr_style", HsUnicode_FromString("short"));
    rc |= add_new(m, "abiflags", HsUnicode_FromString(""));
    rc |= add_new(m, "warnoptions", HsList_New(0));
    rc |= add_new(m, "_xoptions", HsDict_New());
    rc |= add_new(m, "meta_path", HsList_New(0));
    rc |= add_new(m, "path_hooks", HsList_New(0));
    rc |= add_new(m, "path_importer_cache", HsDict_New());
    rc |= add_new(m, "stdlib_module_names", stdlib_names());
    rc |= add_new(m, "copyright",
                  HsUnicode_FromString("Copyright (c) heapscope authors.\nPython language "
                                       "and CPython 3.11 semantics: Copyright (c) 2001-2023 "
                                       "Python Software Foundation.\nAll Rights Reserved."));
    return rc < 0 ? -1 : 0;
}
