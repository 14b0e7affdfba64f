/* Module objects (CPython 3.11: Objects/moduleobject.c): a name and a namespace dict.
 * Attribute lookup reads the dict (after the type's own attributes), and a missing name
 * gives CPython's "module 'm' has no attribute 'x'". Built-in modules add their C
 * functions with HsModule_AddFunctions.
 * Invariant: md_dict is a dict for the module's whole life (cleared, not dropped, when the
 * module is finalized by the runtime). */
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_weakref.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <string.h>

/* ==== type slots ==== */

static void module_dealloc(HsObject *op) {
    HsModuleObject *m = (HsModuleObject *)op;
    hs_gc_untrack(op);
    if (m->md_weaklist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    Hs_XDECREF(m->md_dict);
    Hs_XDECREF(m->md_name);
    hs_gc_free(op);
}

static int module_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsModuleObject *m = (HsModuleObject *)op;
    if (m->md_dict != NULL && visit(m->md_dict, arg) != 0) {
        return 1;
    }
    return m->md_name != NULL ? visit(m->md_name, arg) : 0;
}

static int module_clear(HsObject *op) {
    Hs_CLEAR(((HsModuleObject *)op)->md_dict);
    return 0;
}

/* module.__new__: an empty namespace, named by __init__ (CPython: new_module). */
static HsObject *module_tp_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)args;
    (void)kwds;
    HsModuleObject *m = (HsModuleObject *)type->tp_alloc(type, 0);
    if (m != NULL && (m->md_dict = HsDict_New()) == NULL) {
        Hs_CLEAR(m);
    }
    return (HsObject *)m;
}

/* module.__init__(name, doc=None): __name__, __doc__ and None for __package__, __loader__
 * and __spec__ (CPython: module___init___impl, module_init_dict). */
static int module_tp_init(HsObject *op, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"name", "doc", NULL};
    static const HsArgParser parser = {"module", kw};
    HsModuleObject *m = (HsModuleObject *)op;
    HsObject *a[2];
    if (hs_num_unpack_new_args(args, kwds, &parser, 0, 2, 1, a) < 0) {
        return -1;
    }
    if (!HsUnicode_Check(a[0])) {
        hs_arg_bad_argument("module", 0, "name", "str", a[0]);
        return -1;
    }
    if (m->md_dict == NULL && (m->md_dict = HsDict_New()) == NULL) {
        return -1;
    }
    HsObject *doc = a[1] != NULL ? a[1] : Hs_None;
    if (HsDict_SetItemString(m->md_dict, "__name__", a[0]) < 0 ||
        HsDict_SetItemString(m->md_dict, "__doc__", doc) < 0 ||
        HsDict_SetItemString(m->md_dict, "__package__", Hs_None) < 0 ||
        HsDict_SetItemString(m->md_dict, "__loader__", Hs_None) < 0 ||
        HsDict_SetItemString(m->md_dict, "__spec__", Hs_None) < 0) {
        return -1;
    }
    Hs_XSETREF(m->md_name, Hs_NewRef(a[0]));
    return 0;
}

/* "<module 'sys' (built-in)>" or "<module 'm' from 'path'>" or "<module 'm'>". */
/* repr(module), 'name' being __name__ as made ('?' for a module made by module.__new__
 * alone, as CPython). Return: new reference. */
static HsObject *module_repr_named(HsModuleObject *m, HsObject *name) {
    HsObject *file = m->md_dict != NULL ? HsDict_GetItemString(m->md_dict, "__file__") : NULL;
    if (file != NULL && HsUnicode_Check(file)) {
        return HsUnicode_FromFormat("<module %R from %R>", name, file);
    }
    if (m->md_def != NULL) {
        return HsUnicode_FromFormat("<module %R (built-in)>", name);
    }
    HsObject *spec = m->md_dict != NULL ? HsDict_GetItemString(m->md_dict, "__spec__") : NULL;
    if (spec != NULL && spec != Hs_None) {
        HsObject *origin = HsObject_GetAttrString(spec, "origin");
        const char *o = origin != NULL && HsUnicode_Check(origin) ? HsUnicode_AsUTF8(origin)
                                                                  : NULL;
        HsObject *r = NULL;
        if (o != NULL && (strcmp(o, "built-in") == 0 || strcmp(o, "frozen") == 0)) {
            r = HsUnicode_FromFormat("<module %R (%s)>", name, o);
        }
        Hs_XDECREF(origin);
        HsErr_Clear();
        if (r != NULL) {
            return r;
        }
    }
    return HsUnicode_FromFormat("<module %R>", name);
}

static HsObject *module_repr(HsObject *op) {
    HsModuleObject *m = (HsModuleObject *)op;
    HsObject *name = m->md_name != NULL ? Hs_NewRef(m->md_name) : HsUnicode_FromString("?");
    if (name == NULL) {
        return NULL;
    }
    HsObject *r = module_repr_named(m, name);
    Hs_DECREF(name);
    return r;
}

static HsObject *module_getattro(HsObject *op, HsObject *name) {
    HsModuleObject *m = (HsModuleObject *)op;
    HsObject *r = HsObject_GenericGetAttr(op, name);
    if (r != NULL || !HsErr_ExceptionMatches(HsExc_AttributeError)) {
        return r;
    }
    HsErr_Clear();
    if (m->md_name == NULL) {
        return HsErr_Format(HsExc_AttributeError, "module has no attribute '%U'", name);
    }
    HsErr_Format(HsExc_AttributeError, "module '%U' has no attribute '%U'", m->md_name, name);
    return NULL;
}

static HsMemberDef module_members[] = {
    {"__dict__", HS_T_OBJECT, offsetof(HsModuleObject, md_dict), HS_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

HsTypeObject HsModule_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "module",
    .tp_basicsize = sizeof(HsModuleObject),
    .tp_dealloc = module_dealloc,
    .tp_repr = module_repr,
    .tp_getattro = module_getattro,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_traverse = module_traverse,
    .tp_clear = module_clear,
    .tp_weaklistoffset = offsetof(HsModuleObject, md_weaklist),
    .tp_members = module_members,
    .tp_dictoffset = offsetof(HsModuleObject, md_dict),
    .tp_init = module_tp_init,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = module_tp_new,
};

/* ==== public API ==== */

HsObject *HsModule_New(const char *name) {
    HsModuleObject *m = (HsModuleObject *)hs_gc_alloc(&HsModule_Type, sizeof(HsModuleObject));
    if (m == NULL) {
        return HsErr_NoMemory();
    }
    memset((char *)m + sizeof(HsObject), 0, sizeof(HsModuleObject) - sizeof(HsObject));
    m->md_name = HsUnicode_InternFromString(name);
    m->md_dict = HsDict_New();
    hs_gc_track((HsObject *)m);
    if (m->md_name == NULL || m->md_dict == NULL ||
        HsDict_SetItemString(m->md_dict, "__name__", m->md_name) < 0 ||
        HsDict_SetItemString(m->md_dict, "__doc__", Hs_None) < 0 ||
        HsDict_SetItemString(m->md_dict, "__package__", Hs_None) < 0 ||
        HsDict_SetItemString(m->md_dict, "__loader__", Hs_None) < 0 ||
        HsDict_SetItemString(m->md_dict, "__spec__", Hs_None) < 0) {
        Hs_DECREF(m);
        return NULL;
    }
    return (HsObject *)m;
}

int HsModule_AddFunctions(HsObject *module, HsMethodDef *methods) {
    HsModuleObject *m = (HsModuleObject *)module;
    for (HsMethodDef *def = methods; def->ml_name != NULL; def++) {
        HsObject *f = HsCFunction_NewEx(def, module, m->md_name);
        if (f == NULL) {
            return -1;
        }
        int r = HsDict_SetItemString(m->md_dict, def->ml_name, f);
        Hs_DECREF(f);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

int HsModule_AddObjectRef(HsObject *module, const char *name, HsObject *value) {
    return HsDict_SetItemString(((HsModuleObject *)module)->md_dict, name, value);
}
