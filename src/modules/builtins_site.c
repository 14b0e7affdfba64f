/* The hooks the interactive interpreter and debuggers go through (CPython 3.11:
 * Python/sysmodule.c sys_displayhook and sys_breakpointhook; Python/bltinmodule.c
 * builtin_breakpoint, builtin_aiter, builtin_anext): sys.displayhook / sys.__displayhook__
 * (PRINT_EXPR's target: print repr(value) to sys.stdout and keep it in builtins._),
 * sys.breakpointhook / sys.__breakpointhook__ (PYTHONBREAKPOINT: '0' does nothing, else
 * import 'module.attr' - default pdb.set_trace - and call it; an unimportable one is
 * ignored with CPython's RuntimeWarning), and the builtins breakpoint, aiter and anext.
 * Also the builtins CPython's site.py adds (exit, quit, copyright, credits, license, help):
 * the real objects live in the bundled lib/_sitebuiltins.py, which costs a few milliseconds
 * to compile, so builtins first holds stand-ins that build the real object on first use
 * (repr, call or attribute), put it in builtins in their place and delegate to it.
 * Departures: heapscope has no pdb (so a bare breakpoint() prints the warning and returns
 * None), no warnings module (the warning is printed directly, as the default filter would)
 * and no coroutines, so anext(it, default) raises NotImplementedError after the checks.
 * Every function here: arguments borrowed; Return: new reference, or NULL with an exception.
 */
#include "internal/hs_modules.h"
#include "internal/hs_compile.h"
#include "internal/hs_compile_codegen.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_vm.h"
#include "internal/hs_vm_frameobject.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== helpers ==== */

/* The module 'name' (dotted: the innermost one, as CPython's PyImport_Import with its
 * non-empty fromlist). Return: new reference. */
static HsObject *import_named(const char *name) {
    HsObject *n = HsUnicode_FromString(name);
    HsObject *from = n != NULL ? HsTuple_Pack(1, hs_builtins_name("__doc__")) : NULL;
    HsObject *m = from != NULL ? hs_vm_import_name(n, NULL, from, 0) : NULL;
    Hs_XDECREF(from);
    Hs_XDECREF(n);
    return m;
}

/* The source line 'lineno' of 'path', stripped, into 'buf'; "" when unreadable. */
static void source_line(const char *path, int lineno, char *buf, size_t size) {
    buf[0] = '\0';
    FILE *fp = path[0] != '<' ? fopen(path, "r") : NULL;
    if (fp == NULL) {
        return;
    }
    for (int i = 1; i <= lineno && fgets(buf, (int)size, fp) != NULL; i++) {
        if (i == lineno) {
            char *s = buf;
            while (*s == ' ' || *s == '\t') {
                s++;
            }
            memmove(buf, s, strlen(s) + 1);
            buf[strcspn(buf, "\r\n")] = '\0';
            fclose(fp);
            return;
        }
    }
    buf[0] = '\0';
    fclose(fp);
}

/* The RuntimeWarning CPython's default filter prints for an unusable $PYTHONBREAKPOINT,
 * attributed to the calling Python frame. */
static void warn_unimportable(const char *envar) {
    HsFrame *frame = hs_vm_tstate()->frame;
    const char *file = "sys";
    int line = 1;
    if (frame != NULL) {
        file = HsUnicode_AsUTF8(frame->f_code->co_filename);
        line = hs_vm_frame_lineno(frame);
    }
    char text[512];
    source_line(file != NULL ? file : "<unknown>", line, text, sizeof text);
    hs_stdio_flush_all();
    fprintf(stderr, "%s:%d: RuntimeWarning: Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"\n",
            file != NULL ? file : "<unknown>", line, envar);
    if (text[0] != '\0') {
        fprintf(stderr, "  %s\n", text);
    }
    fflush(stderr);
}

/* ==== sys hooks ==== */

/* displayhook(object, /): print repr(object) to sys.stdout and keep it in builtins._ (None
 * is neither printed nor kept). */
static HsObject *sys_displayhook(HsObject *self, HsObject *o) {
    (void)self;
    if (o == Hs_None) {
        Hs_RETURN_NONE;
    }
    HsObject *builtins = import_named("builtins");
    if (builtins == NULL) {
        return NULL;
    }
    HsObject *outf = NULL, *text = NULL, *r = NULL, *nl = NULL;
    if (HsObject_SetAttrString(builtins, "_", Hs_None) < 0) { // no recursion through '_'
        goto done;
    }
    outf = hs_sys_get_object("stdout");
    if (outf == NULL || outf == Hs_None) {
        outf = NULL;
        HsErr_SetString(HsExc_RuntimeError, "lost sys.stdout");
        goto done;
    }
    Hs_INCREF(outf);
    text = HsObject_Repr(o);
    if (text == NULL || (r = HsObject_CallMethodOneArg(outf, hs_builtins_name("write"), text))
                            == NULL) {
        goto done;
    }
    Hs_CLEAR(r);
    nl = HsUnicode_FromString("\n");
    r = nl != NULL ? HsObject_CallMethodOneArg(outf, hs_builtins_name("write"), nl) : NULL;
    Hs_XDECREF(nl);
    if (r == NULL || HsObject_SetAttrString(builtins, "_", o) < 0) {
        Hs_CLEAR(r);
        goto done;
    }
done:
    Hs_DECREF(builtins);
    Hs_XDECREF(outf);
    Hs_XDECREF(text);
    if (r == NULL) {
        return NULL;
    }
    Hs_DECREF(r);
    Hs_RETURN_NONE;
}

/* Import 'envar' ("mod.attr", or a builtin's name) and call it with the arguments; an
 * import or attribute failure warns and returns None, as CPython's does. */
static HsObject *call_named_hook(const char *envar, HsObject *const *args, Hs_ssize_t nargs,
                                 HsObject *kwnames) {
    const char *dot = strrchr(envar, '.');
    if (dot == envar) {
        warn_unimportable(envar);
        Hs_RETURN_NONE;
    }
    char modname[256];
    snprintf(modname, sizeof modname, "%.*s", dot != NULL ? (int)(dot - envar) : 8,
             dot != NULL ? envar : "builtins");
    HsObject *module = import_named(modname);
    if (module == NULL) {
        if (!HsErr_ExceptionMatches(HsExc_ImportError)) {
            return NULL;
        }
        HsErr_Clear();
        warn_unimportable(envar);
        Hs_RETURN_NONE;
    }
    HsObject *hook = HsObject_GetAttrString(module, dot != NULL ? dot + 1 : envar);
    Hs_DECREF(module);
    if (hook == NULL) {
        if (!HsErr_ExceptionMatches(HsExc_AttributeError)) {
            return NULL;
        }
        HsErr_Clear();
        warn_unimportable(envar);
        Hs_RETURN_NONE;
    }
    HsObject *r = HsObject_Vectorcall(hook, args, (size_t)nargs, kwnames);
    Hs_DECREF(hook);
    return r;
}

/* breakpointhook(*args, **kws): the debugger named by $PYTHONBREAKPOINT. */
static HsObject *sys_breakpointhook(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                    HsObject *kwnames) {
    (void)self;
    const char *env = getenv("PYTHONBREAKPOINT");
    if (env == NULL || env[0] == '\0') {
        env = "pdb.set_trace";
    } else if (strcmp(env, "0") == 0) {
        Hs_RETURN_NONE;
    }
    char envar[512]; // importing may call getenv again: keep a copy, as CPython does
    snprintf(envar, sizeof envar, "%s", env);
    return call_named_hook(envar, args, nargs, kwnames);
}

static HsMethodDef sys_hook_methods[] = {
    {"displayhook", HS_CFUNC(sys_displayhook), HS_METH_O,
     "Print an object to sys.stdout and also save it in builtins._"},
    {"breakpointhook", HS_CFUNC(sys_breakpointhook), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "This hook function is called by built-in breakpoint()."},
    {NULL, NULL, 0, NULL},
};

/* ==== builtins ==== */

/* breakpoint(*args, **kws): call sys.breakpointhook(*args, **kws). */
static HsObject *builtin_breakpoint(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                    HsObject *kwnames) {
    (void)self;
    HsObject *hook = hs_sys_get_object("breakpointhook");
    if (hook == NULL) {
        return HsErr_Format(HsExc_RuntimeError, "lost sys.breakpointhook");
    }
    Hs_INCREF(hook);
    HsObject *r = HsObject_Vectorcall(hook, args, (size_t)nargs, kwnames);
    Hs_DECREF(hook);
    return r;
}

/* type(o).<name>(o), or NULL without an exception when the type has no such method. */
static HsObject *call_special(HsObject *o, const char *name, int *found) {
    HsObject *n = hs_builtins_name(name);
    HsObject *f = n != NULL ? hs_type_lookup(Hs_TYPE(o), n) : NULL;
    *found = f != NULL;
    if (f == NULL) {
        return NULL;
    }
    Hs_INCREF(f);
    HsObject *r = HsObject_Vectorcall(f, &o, 1, NULL);
    Hs_DECREF(f);
    return r;
}

/* aiter(async_iterable, /): type(o).__aiter__(o), which must have __anext__. */
static HsObject *builtin_aiter(HsObject *self, HsObject *o) {
    (void)self;
    int found;
    HsObject *it = call_special(o, "__aiter__", &found);
    if (!found) {
        return HsErr_Format(HsExc_TypeError, "'%.200s' object is not an async iterable",
                            Hs_TYPE(o)->tp_name);
    }
    if (it != NULL && hs_type_lookup(Hs_TYPE(it), hs_builtins_name("__anext__")) == NULL) {
        HsErr_Format(HsExc_TypeError, "aiter() returned not an async iterator of type '%.100s'",
                     Hs_TYPE(it)->tp_name);
        Hs_CLEAR(it);
    }
    return it;
}

/* anext(aiterator[, default], /): type(it).__anext__(it). */
static HsObject *builtin_anext(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("anext", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (hs_type_lookup(Hs_TYPE(args[0]), hs_builtins_name("__anext__")) == NULL) {
        return HsErr_Format(HsExc_TypeError, "'%.200s' object is not an async iterator",
                            Hs_TYPE(args[0])->tp_name);
    }
    int found;
    HsObject *awaitable = call_special(args[0], "__anext__", &found);
    if (awaitable == NULL || nargs == 1) {
        return awaitable;
    }
    Hs_DECREF(awaitable);
    return HsErr_Format(HsExc_NotImplementedError,
                        "anext() with a default needs coroutines, which heapscope lacks");
}

static HsMethodDef builtin_site_methods[] = {
    {"aiter", HS_CFUNC(builtin_aiter), HS_METH_O,
     "Return an AsyncIterator for an AsyncIterable object."},
    {"anext", HS_CFUNC(builtin_anext), HS_METH_FASTCALL,
     "Return the next item from the async iterator."},
    {"breakpoint", HS_CFUNC(builtin_breakpoint), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Call sys.breakpointhook(*args, **kws)."},
    {NULL, NULL, 0, NULL},
};

/* ==== site builtins, built on first use ==== */

/* A stand-in for builtins.<name>; 'make' is the expression building the real object in
 * _sitebuiltins' namespace. Invariant: 'real' is NULL or that object (owned). */
typedef struct LazyObject {
    HsObject ob_base;
    const char *name;
    const char *make;
    HsObject *real;
} LazyObject;

static const char *const site_names[][2] = {
    {"exit", "Quitter('exit', 'Ctrl-D (i.e. EOF)')"},
    {"quit", "Quitter('quit', 'Ctrl-D (i.e. EOF)')"},
    {"copyright", "_Printer('copyright', COPYRIGHT)"},
    {"credits", "_Printer('credits', CREDITS)"},
    {"license", "_Printer('license', LICENSE)"},
    {"help", "_Helper()"},
};

/* The real object, made once. Return: borrowed reference (owned by 'lz'). */
static HsObject *lazy_real(LazyObject *lz) {
    if (lz->real != NULL) {
        return lz->real;
    }
    HsObject *mod = import_named("_sitebuiltins");
    if (mod == NULL) {
        return NULL;
    }
    HsObject *ns = HS_MODULE_DICT(mod);
    HsCompileError err = {0};
    HsObject *co = hs_comp_compile(lz->make, strlen(lz->make), "<site>", HS_PARSE_EVAL, &err);
    if (co == NULL) {
        hs_vm_raise_compile_error(&err);
        hs_comp_error_clear(&err);
    }
    HsObject *real = co != NULL ? hs_vm_eval_code((HsCodeObject *)co, ns, ns) : NULL;
    Hs_XDECREF(co);
    Hs_DECREF(mod);
    HsObject *builtins = real != NULL ? import_named("builtins") : NULL;
    if (builtins == NULL || HsObject_SetAttrString(builtins, lz->name, real) < 0) {
        Hs_XDECREF(builtins);
        Hs_XDECREF(real);
        return NULL;
    }
    Hs_DECREF(builtins);
    if (lz->real == NULL) {
        lz->real = real;
    } else {
        Hs_DECREF(real);
    }
    return lz->real;
}

static HsObject *lazy_repr(HsObject *op) {
    HsObject *real = lazy_real((LazyObject *)op);
    return real != NULL ? HsObject_Repr(real) : NULL;
}

static HsObject *lazy_call(HsObject *op, HsObject *args, HsObject *kwargs) {
    HsObject *real = lazy_real((LazyObject *)op);
    return real != NULL ? HsObject_Call(real, args, kwargs) : NULL;
}

static HsObject *lazy_getattro(HsObject *op, HsObject *name) {
    HsObject *real = lazy_real((LazyObject *)op);
    return real != NULL ? HsObject_GetAttr(real, name) : NULL;
}

static int lazy_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    LazyObject *lz = (LazyObject *)op;
    return lz->real != NULL ? visit(lz->real, arg) : 0;
}

static int lazy_clear(HsObject *op) {
    Hs_CLEAR(((LazyObject *)op)->real);
    return 0;
}

static void lazy_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    lazy_clear(op);
    hs_gc_free(op);
}

static HsTypeObject lazy_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "_sitebuiltins.lazy",
    .tp_basicsize = sizeof(LazyObject),
    .tp_dealloc = lazy_dealloc,
    .tp_repr = lazy_repr,
    .tp_call = lazy_call,
    .tp_getattro = lazy_getattro,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_doc = "A builtin from _sitebuiltins, imported on first use.",
    .tp_traverse = lazy_traverse,
    .tp_clear = lazy_clear,
    .tp_alloc = HsType_GenericAlloc,
};

/* builtins.<name> = a stand-in for each site builtin. Returns 0 or -1. */
static int add_lazy_builtins(HsObject *builtins) {
    if (HsType_Ready(&lazy_type) < 0) {
        return -1;
    }
    for (size_t i = 0; i < sizeof site_names / sizeof site_names[0]; i++) {
        LazyObject *lz = (LazyObject *)HsType_GenericAlloc(&lazy_type, 0);
        if (lz == NULL) {
            return -1;
        }
        lz->name = site_names[i][0];
        lz->make = site_names[i][1];
        int rc = HsModule_AddObjectRef(builtins, lz->name, (HsObject *)lz);
        Hs_DECREF(lz);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

/* ==== internal API ==== */

int hs_builtins_add_site(HsObject *builtins) {
    if (HsModule_AddFunctions(builtins, builtin_site_methods) < 0) {
        return -1;
    }
    return add_lazy_builtins(builtins);
}

int hs_sys_add_hooks(HsObject *sys) {
    if (HsModule_AddFunctions(sys, sys_hook_methods) < 0) {
        return -1;
    }
    HsObject *dict = HS_MODULE_DICT(sys);
    HsObject *d = HsDict_GetItemString(dict, "displayhook");
    HsObject *b = HsDict_GetItemString(dict, "breakpointhook");
    if (d == NULL || b == NULL || HsDict_SetItemString(dict, "__displayhook__", d) < 0 ||
        HsDict_SetItemString(dict, "__breakpointhook__", b) < 0) {
        return -1;
    }
    return 0;
}
