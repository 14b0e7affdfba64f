/* The modules `_weakref` (CPython 3.11: Modules/_weakref.c) and `weakref` (Lib/weakref.py,
 * whose Python classes are written in C in weakref_classes.c). Both share the object
 * layer's types (src/obj/weakrefobject.c, weakrefproxy.c): ref, proxy, getweakrefcount,
 * getweakrefs, ReferenceType, ProxyType, CallableProxyType; `weakref` adds ProxyTypes and
 * the classes. Importing either installs the unraisable hook that reports callback
 * exceptions as CPython's PyErr_WriteUnraisable does (through sys.stderr, with the current
 * frame as traceback when the exception has none).
 * Functions returning HsObject* return a new reference, or NULL with an exception;
 * arguments are borrowed. */
#include "internal/hs_modules.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_weakref.h"
#include "internal/hs_vm.h"
#include "hs/abstract.h"
#include "hs/errors.h"

/* ==== static helpers: unraisable exceptions ==== */

/* sys.stderr.write(text); errors are dropped (as PySys_WriteStderr). */
static void write_stderr(const char *text) {
    HsObject *err = hs_sys_get_object("stderr");
    HsObject *s = HsUnicode_FromString(text);
    HsObject *name = hs_builtins_name("write");
    if (err != NULL && err != Hs_None && s != NULL && name != NULL) {
        HsObject *r = HsObject_CallMethodOneArg(err, name, s);
        Hs_XDECREF(r);
    }
    Hs_XDECREF(s);
    HsErr_Clear();
}

/* "Exception ignored in: <repr of where>" then the traceback; clears the exception.
 * CPython: PyErr_WriteUnraisable with the default sys.unraisablehook. */
static void write_unraisable(HsObject *where) {
    HsObject *exc = HsErr_GetRaisedException();
    HsFrame *frame = hs_vm_tstate()->frame;
    if (exc != NULL && ((HsBaseExceptionObject *)exc)->traceback == NULL && frame != NULL) {
        HsErr_SetRaisedException(exc);
        (void)hs_vm_traceback_here(frame);
        exc = HsErr_GetRaisedException();
    }
    HsObject *r = HsObject_Repr(where);
    HsErr_Clear();
    write_stderr("Exception ignored in: ");
    write_stderr(r != NULL && HsUnicode_Check(r) ? HsUnicode_AsUTF8(r) : "<object repr() failed>");
    write_stderr("\n");
    Hs_XDECREF(r);
    HsErr_SetRaisedException(exc);
    HsErr_Print();
}

/* ==== _weakref functions ==== */

/* getweakrefcount(object). Return: new reference. */
static HsObject *weakref_getweakrefcount(HsObject *self, HsObject *object) {
    (void)self;
    return HsLong_FromSsize_t(HsWeakref_GetCount(object));
}

/* getweakrefs(object): the weakrefs and proxies to object, in list order. */
static HsObject *weakref_getweakrefs(HsObject *self, HsObject *object) {
    (void)self;
    if (!HsType_SupportsWeakrefs(Hs_TYPE(object))) {
        return HsList_New(0);
    }
    Hs_ssize_t count = HsWeakref_GetCount(object);
    HsObject *result = HsList_New(count);
    if (result == NULL) {
        return NULL;
    }
    HsWeakReference *current = (HsWeakReference *)*hs_weakref_listptr(object);
    for (Hs_ssize_t i = 0; i < count; i++) {
        HS_LIST_SET(result, i, Hs_NewRef((HsObject *)current));
        current = current->wr_next;
    }
    return result;
}

/* proxy(object[, callback]). */
static HsObject *weakref_proxy(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("proxy", nargs, 1, 2) < 0) {
        return NULL;
    }
    return HsWeakref_NewProxy(args[0], nargs == 2 ? args[1] : NULL);
}

/* _remove_dead_weakref(dct, key): del dct[key] if it is a dead weakref. */
static HsObject *weakref_remove_dead(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("_remove_dead_weakref", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (!HsDict_Check(args[0])) {
        return HsErr_Format(HsExc_TypeError,
                            "_remove_dead_weakref() argument 1 must be dict, not %.50s",
                            Hs_TYPE(args[0])->tp_name);
    }
    HsObject *v = HsDict_GetItemWithError(args[0], args[1]);
    if (v == NULL) {
        if (HsErr_Occurred()) {
            return NULL;
        }
        return Hs_NewRef(Hs_None);
    }
    if (HsWeakref_Check(v) && ((HsWeakReference *)v)->wr_object == Hs_None &&
        HsDict_DelItem(args[0], args[1]) < 0) {
        return NULL;
    }
    return Hs_NewRef(Hs_None);
}

static HsMethodDef weakref_functions[] = {
    {"getweakrefcount", HS_CFUNC(weakref_getweakrefcount), HS_METH_O,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", HS_CFUNC(weakref_getweakrefs), HS_METH_O,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", HS_CFUNC(weakref_proxy), HS_METH_FASTCALL,
     "Create a proxy object that weakly references 'object'."},
    {"_remove_dead_weakref", HS_CFUNC(weakref_remove_dead), HS_METH_FASTCALL,
     "Atomically remove key from dict if it points to a dead weakref."},
    {NULL, NULL, 0, NULL},
};

/* ==== module ==== */

/* A module 'name' with the _weakref functions and types. Return: new reference. */
static HsObject *make_module(const char *name) {
    hs_weakref_set_unraisable_hook(write_unraisable);
    HsObject *m = HsModule_New(name);
    if (m == NULL) {
        return NULL;
    }
    if (HsModule_AddFunctions(m, weakref_functions) < 0 ||
        HsModule_AddObjectRef(m, "ref", (HsObject *)&HsWeakrefRef_Type) < 0 ||
        HsModule_AddObjectRef(m, "ReferenceType", (HsObject *)&HsWeakrefRef_Type) < 0 ||
        HsModule_AddObjectRef(m, "ProxyType", (HsObject *)&HsWeakrefProxy_Type) < 0 ||
        HsModule_AddObjectRef(m, "CallableProxyType",
                              (HsObject *)&HsWeakrefCallableProxy_Type) < 0) {
        Hs_DECREF(m);
        return NULL;
    }
    return m;
}

int hs_weakref_module_init(HsObject **module_out) {
    *module_out = make_module("_weakref");
    return *module_out != NULL ? 0 : -1;
}

/* Copy the names of `_weakref` (imported, so both modules share the same function objects,
 * as Lib/weakref.py's `from _weakref import ...`) into 'm'. Returns 0 or -1. */
static int copy_from_private(HsObject *m) {
    static const char *const names[] = {"getweakrefcount", "getweakrefs", "proxy",
                                        "_remove_dead_weakref", NULL};
    HsObject *modname = HsUnicode_FromString("_weakref");
    HsObject *priv = modname != NULL ? hs_vm_import_name(modname, NULL, NULL, 0) : NULL;
    Hs_XDECREF(modname);
    if (priv == NULL) {
        return -1;
    }
    int rc = 0;
    for (int i = 0; rc == 0 && names[i] != NULL; i++) {
        HsObject *v = HsObject_GetAttrString(priv, names[i]);
        rc = v != NULL ? HsModule_AddObjectRef(m, names[i], v) : -1;
        Hs_XDECREF(v);
    }
    Hs_DECREF(priv);
    return rc;
}

/* weakref.__all__, as Lib/weakref.py's. Returns 0 or -1. */
static int add_all(HsObject *m) {
    static const char *const names[] = {
        "ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
        "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
        "WeakMethod", "finalize", NULL};
    HsObject *all = HsList_New(0);
    for (int i = 0; all != NULL && names[i] != NULL; i++) {
        HsObject *s = HsUnicode_FromString(names[i]);
        if (s == NULL || HsList_Append(all, s) < 0) {
            Hs_CLEAR(all);
        }
        Hs_XDECREF(s);
    }
    int rc = all != NULL ? HsModule_AddObjectRef(m, "__all__", all) : -1;
    Hs_XDECREF(all);
    return rc;
}

int hs_weakref_py_module_init(HsObject **module_out) {
    *module_out = NULL;
    HsObject *m = make_module("weakref");
    if (m == NULL) {
        return -1;
    }
    HsObject *types = HsTuple_Pack(2, (HsObject *)&HsWeakrefProxy_Type,
                                   (HsObject *)&HsWeakrefCallableProxy_Type);
    if (types == NULL || copy_from_private(m) < 0 ||
        HsModule_AddObjectRef(m, "ProxyTypes", types) < 0 || hs_weakref_add_classes(m) < 0) {
        Hs_XDECREF(types);
        Hs_DECREF(m);
        return -1;
    }
    Hs_DECREF(types);
    if (add_all(m) < 0) {
        Hs_DECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}
