/* The descriptor types Python code uses by name (CPython 3.11: Objects/descrobject.c for
 * property and mappingproxy, Objects/funcobject.c for classmethod and staticmethod,
 * Objects/typeobject.c for super). Layouts are CPython's so sys.getsizeof matches:
 * property 72 (+16 GC head), classmethod/staticmethod 32 (+16 + dict), super 40 (+16),
 * mappingproxy 24 (+16).
 * Invariants: every field is an owned reference or NULL; super's zero-argument form asks
 * the vm (through a hook set at start-up) for the running method's class and self. */
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <string.h>

/* ==== property ==== */

typedef struct HsPropertyObject {
    HsObject ob_base;
    HsObject *prop_get, *prop_set, *prop_del, *prop_doc, *prop_name;
    int getter_doc;
} HsPropertyObject;

static void property_dealloc(HsObject *op) {
    HsPropertyObject *p = (HsPropertyObject *)op;
    hs_gc_untrack(op);
    Hs_XDECREF(p->prop_get);
    Hs_XDECREF(p->prop_set);
    Hs_XDECREF(p->prop_del);
    Hs_XDECREF(p->prop_doc);
    Hs_XDECREF(p->prop_name);
    Hs_TYPE(op)->tp_free(op);
}

static int property_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsPropertyObject *p = (HsPropertyObject *)op;
    HsObject *f[] = {p->prop_get, p->prop_set, p->prop_del, p->prop_doc, p->prop_name};
    for (size_t i = 0; i < 5; i++) {
        if (f[i] != NULL && visit(f[i], arg) != 0) {
            return 1;
        }
    }
    return 0;
}

static int property_clear(HsObject *op) {
    HsPropertyObject *p = (HsPropertyObject *)op;
    Hs_CLEAR(p->prop_get);
    Hs_CLEAR(p->prop_set);
    Hs_CLEAR(p->prop_del);
    Hs_CLEAR(p->prop_doc);
    return 0;
}

/* "property 'x' of 'A' object has no setter" (the name part only when known). */
static void property_error(HsPropertyObject *p, HsObject *obj, const char *what) {
    if (p->prop_name != NULL) {
        HsErr_Format(HsExc_AttributeError, "property %R of '%s' object has no %s", p->prop_name,
                     Hs_TYPE(obj)->tp_name, what);
    } else {
        HsErr_Format(HsExc_AttributeError, "property of '%s' object has no %s",
                     Hs_TYPE(obj)->tp_name, what);
    }
}

static HsObject *property_get(HsObject *self, HsObject *obj, HsObject *type) {
    (void)type;
    HsPropertyObject *p = (HsPropertyObject *)self;
    if (obj == NULL || obj == Hs_None) {
        return Hs_NewRef(self);
    }
    if (p->prop_get == NULL) {
        property_error(p, obj, "getter");
        return NULL;
    }
    return HsObject_Vectorcall(p->prop_get, &obj, 1, NULL);
}

static int property_set(HsObject *self, HsObject *obj, HsObject *value) {
    HsPropertyObject *p = (HsPropertyObject *)self;
    HsObject *func = value == NULL ? p->prop_del : p->prop_set;
    if (func == NULL) {
        property_error(p, obj, value == NULL ? "deleter" : "setter");
        return -1;
    }
    HsObject *args[2] = {obj, value};
    HsObject *r = HsObject_Vectorcall(func, args, value == NULL ? 1 : 2, NULL);
    if (r == NULL) {
        return -1;
    }
    Hs_DECREF(r);
    return 0;
}

/* hs_arg_unpack_keywords for a tp_init's (tuple, dict) arguments. */
static int unpack_tuple_dict(HsObject *args, HsObject *kwds, const HsArgParser *parser,
                             int minpos, int maxpos, int minkw, HsObject **out) {
    Hs_ssize_t n = Hs_SIZE(args), nk = kwds != NULL ? HsDict_Size(kwds) : 0;
    HsObject *stack[16];
    if (n + nk > 16) {
        HsErr_Format(HsExc_TypeError, "%s() takes at most %d arguments (%zd given)",
                     parser->fname, maxpos, n + nk);
        return -1;
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        stack[i] = HS_TUPLE_GET(args, i);
    }
    HsObject *kwnames = NULL;
    if (nk > 0) {
        if ((kwnames = HsTuple_New(nk)) == NULL) {
            return -1;
        }
        Hs_ssize_t pos = 0, i = 0;
        HsObject *k, *v;
        while (HsDict_Next(kwds, &pos, &k, &v)) {
            HS_TUPLE_SET(kwnames, i, Hs_NewRef(k));
            stack[n + i++] = v;
        }
    }
    int r = hs_arg_unpack_keywords(stack, n, kwnames, parser, minpos, maxpos, minkw, out);
    Hs_XDECREF(kwnames);
    return r;
}

static int property_init(HsObject *self, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"fget", "fset", "fdel", "doc", NULL};
    static const HsArgParser parser = {"property", kw};
    HsObject *a[4] = {NULL, NULL, NULL, NULL};
    if (unpack_tuple_dict(args, kwds, &parser, 0, 4, 0, a) < 0) {
        return -1;
    }
    HsPropertyObject *p = (HsPropertyObject *)self;
    for (int i = 0; i < 4; i++) {
        if (a[i] == Hs_None) {
            a[i] = NULL;
        }
    }
    Hs_XSETREF(p->prop_get, Hs_XNewRef(a[0]));
    Hs_XSETREF(p->prop_set, Hs_XNewRef(a[1]));
    Hs_XSETREF(p->prop_del, Hs_XNewRef(a[2]));
    Hs_XSETREF(p->prop_doc, Hs_XNewRef(a[3]));
    p->getter_doc = 0;
    if (a[3] == NULL && a[0] != NULL) {
        HsObject *doc = HsObject_GetAttrString(a[0], "__doc__");
        if (doc == NULL) {
            HsErr_Clear();
        } else if (doc == Hs_None) {
            Hs_DECREF(doc);
        } else {
            Hs_XSETREF(p->prop_doc, doc);
            p->getter_doc = 1;
        }
    }
    if (Hs_TYPE(self) != &HsProperty_Type && p->prop_doc != NULL) {
        /* a subclass instance keeps its __doc__ in its dict */
        HsObject **dp = hs_object_dict_ptr(self);
        if (dp != NULL) {
            if (*dp == NULL && (*dp = HsDict_New()) == NULL) {
                return -1;
            }
            if (HsDict_SetItemString(*dp, "__doc__", p->prop_doc) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

/* property.getter/setter/deleter: a copy with one accessor replaced. */
static HsObject *property_copy(HsObject *self, HsObject *get, HsObject *set, HsObject *del) {
    HsPropertyObject *p = (HsPropertyObject *)self;
    HsObject *g = get != NULL ? get : p->prop_get, *s = set != NULL ? set : p->prop_set;
    HsObject *d = del != NULL ? del : p->prop_del;
    HsObject *doc = p->getter_doc && get != NULL ? Hs_None : p->prop_doc;
    HsObject *args[4] = {g != NULL ? g : Hs_None, s != NULL ? s : Hs_None,
                         d != NULL ? d : Hs_None, doc != NULL ? doc : Hs_None};
    HsObject *r = HsObject_Vectorcall((HsObject *)Hs_TYPE(self), args, 4, NULL);
    if (r != NULL && HsObject_TypeCheck(r, &HsProperty_Type)) {
        Hs_XSETREF(((HsPropertyObject *)r)->prop_name, Hs_XNewRef(p->prop_name));
    }
    return r;
}

static HsObject *property_getter(HsObject *self, HsObject *f) {
    return property_copy(self, f, NULL, NULL);
}

static HsObject *property_setter(HsObject *self, HsObject *f) {
    return property_copy(self, NULL, f, NULL);
}

static HsObject *property_deleter(HsObject *self, HsObject *f) {
    return property_copy(self, NULL, NULL, f);
}

static HsObject *property_set_name(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (nargs != 2) {
        return HsErr_Format(HsExc_TypeError, "__set_name__() takes 2 positional arguments but %zd were given", nargs);
    }
    Hs_XSETREF(((HsPropertyObject *)self)->prop_name, Hs_NewRef(args[1]));
    Hs_RETURN_NONE;
}

static HsMethodDef property_methods[] = {
    {"getter", HS_CFUNC(property_getter), HS_METH_O, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", HS_CFUNC(property_setter), HS_METH_O, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", HS_CFUNC(property_deleter), HS_METH_O, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", HS_CFUNC(property_set_name), HS_METH_FASTCALL, "Method to set name of a property."},
    {NULL, NULL, 0, NULL},
};

static HsMemberDef property_members[] = {
    {"fget", HS_T_OBJECT, offsetof(HsPropertyObject, prop_get), HS_READONLY, NULL},
    {"fset", HS_T_OBJECT, offsetof(HsPropertyObject, prop_set), HS_READONLY, NULL},
    {"fdel", HS_T_OBJECT, offsetof(HsPropertyObject, prop_del), HS_READONLY, NULL},
    {"__doc__", HS_T_OBJECT, offsetof(HsPropertyObject, prop_doc), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

/* True if any accessor is abstract (CPython: property_get___isabstractmethod__). */
static HsObject *property_get_isabstract(HsObject *self, void *closure) {
    (void)closure;
    HsPropertyObject *p = (HsPropertyObject *)self;
    static HsObject *name;
    if (name == NULL && hs_obj_static_name(&name, "__isabstractmethod__") == NULL) {
        return NULL;
    }
    HsObject *fs[3] = {p->prop_get, p->prop_set, p->prop_del};
    for (int i = 0; i < 3; i++) {
        HsObject *v = NULL;
        if (fs[i] == NULL) {
            continue;
        }
        if (HsObject_LookupAttr(fs[i], name, &v) < 0) {
            return NULL;
        }
        if (v != NULL) {
            int t = HsObject_IsTrue(v);
            Hs_DECREF(v);
            if (t != 0) {
                return t < 0 ? NULL : Hs_NewRef(Hs_True);
            }
        }
    }
    return Hs_NewRef(Hs_False);
}

static HsGetSetDef property_getset[] = {
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

HsTypeObject HsProperty_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "property",
    .tp_basicsize = sizeof(HsPropertyObject),
    .tp_dealloc = property_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "Property attribute.",
    .tp_traverse = property_traverse,
    .tp_clear = property_clear,
    .tp_methods = property_methods,
    .tp_members = property_members,
    .tp_getset = property_getset,
    .tp_descr_get = property_get,
    .tp_descr_set = property_set,
    .tp_init = property_init,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = HsType_GenericNew,
};

/* ==== classmethod and staticmethod ==== */

typedef struct HsWrappingObject {
    HsObject ob_base;
    HsObject *cm_callable;
    HsObject *cm_dict;
} HsWrappingObject;

static void wrapping_dealloc(HsObject *op) {
    HsWrappingObject *w = (HsWrappingObject *)op;
    hs_gc_untrack(op);
    Hs_XDECREF(w->cm_callable);
    Hs_XDECREF(w->cm_dict);
    Hs_TYPE(op)->tp_free(op);
}

static int wrapping_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsWrappingObject *w = (HsWrappingObject *)op;
    if (w->cm_callable != NULL && visit(w->cm_callable, arg) != 0) {
        return 1;
    }
    return w->cm_dict != NULL ? visit(w->cm_dict, arg) : 0;
}

static int wrapping_clear(HsObject *op) {
    HsWrappingObject *w = (HsWrappingObject *)op;
    Hs_CLEAR(w->cm_callable);
    Hs_CLEAR(w->cm_dict);
    return 0;
}

/* Copy __module__, __name__, __qualname__, __doc__ from the callable into our dict, as
 * functools.update_wrapper would (CPython 3.10+: functools_wraps). */
static int copy_wrapped_attrs(HsObject *self, HsObject *callable) {
    static const char *const names[] = {"__module__", "__name__", "__qualname__", "__doc__"};
    HsWrappingObject *w = (HsWrappingObject *)self;
    if (w->cm_dict == NULL && (w->cm_dict = HsDict_New()) == NULL) {
        return -1;
    }
    for (size_t i = 0; i < 4; i++) {
        HsObject *v = HsObject_GetAttrString(callable, names[i]);
        if (v == NULL) {
            if (!HsErr_ExceptionMatches(HsExc_AttributeError)) {
                return -1;
            }
            HsErr_Clear();
            continue;
        }
        int r = HsDict_SetItemString(w->cm_dict, names[i], v);
        Hs_DECREF(v);
        if (r < 0) {
            return -1;
        }
    }
    return HsDict_SetItemString(w->cm_dict, "__wrapped__", callable);
}

static int wrapping_init(HsObject *self, HsObject *args, HsObject *kwds, const char *name) {
    if (hs_arg_no_kwargs_dict(name, kwds) < 0 ||
        hs_arg_count_varargs(name, Hs_SIZE(args), 1, 1) < 0) {
        return -1;
    }
    HsObject *callable = HS_TUPLE_GET(args, 0);
    Hs_XSETREF(((HsWrappingObject *)self)->cm_callable, Hs_NewRef(callable));
    return copy_wrapped_attrs(self, callable);
}

static int classmethod_init(HsObject *self, HsObject *args, HsObject *kwds) {
    return wrapping_init(self, args, kwds, "classmethod");
}

static int staticmethod_init(HsObject *self, HsObject *args, HsObject *kwds) {
    return wrapping_init(self, args, kwds, "staticmethod");
}

static HsObject *wrapping_new(HsTypeObject *type, HsObject *callable) {
    HsObject *self = type->tp_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    ((HsWrappingObject *)self)->cm_callable = Hs_NewRef(callable);
    if (copy_wrapped_attrs(self, callable) < 0) {
        Hs_DECREF(self);
        return NULL;
    }
    return self;
}

HsObject *HsClassMethod_New(HsObject *callable) {
    return wrapping_new(&HsClassMethod_Type, callable);
}

HsObject *HsStaticMethod_New(HsObject *callable) {
    return wrapping_new(&HsStaticMethod_Type, callable);
}

static HsObject *uninitialized(const char *what) {
    return HsErr_Format(HsExc_RuntimeError, "uninitialized %s object", what);
}

static HsObject *classmethod_get(HsObject *self, HsObject *obj, HsObject *type) {
    HsObject *f = ((HsWrappingObject *)self)->cm_callable;
    if (f == NULL) {
        return uninitialized("classmethod");
    }
    if (type == NULL) {
        type = (HsObject *)Hs_TYPE(obj);
    }
    hs_descrgetfunc get = Hs_TYPE(f)->tp_descr_get;
    if (get != NULL && !HsFunction_Check(f) && !HsCFunction_Check(f)) {
        return get(f, type, type); /* chained descriptors, as 3.9-3.12 */
    }
    return HsMethod_New(f, type);
}

static HsObject *staticmethod_get(HsObject *self, HsObject *obj, HsObject *type) {
    (void)obj;
    (void)type;
    HsObject *f = ((HsWrappingObject *)self)->cm_callable;
    return f != NULL ? Hs_NewRef(f) : uninitialized("staticmethod");
}

static HsObject *staticmethod_call(HsObject *self, HsObject *args, HsObject *kwds) {
    HsObject *f = ((HsWrappingObject *)self)->cm_callable;
    return f != NULL ? HsObject_Call(f, args, kwds) : uninitialized("staticmethod");
}

static HsObject *wrapping_repr(HsObject *self) {
    HsObject *f = ((HsWrappingObject *)self)->cm_callable;
    const char *name = Hs_TYPE(self)->tp_name;
    return HsUnicode_FromFormat("<%s(%R)>", name, f != NULL ? f : Hs_None);
}

static HsObject *wrapping_get_isabstract(HsObject *self, void *closure) {
    (void)closure;
    HsObject *f = ((HsWrappingObject *)self)->cm_callable;
    HsObject *v = NULL;
    static HsObject *name;
    if (name == NULL && hs_obj_static_name(&name, "__isabstractmethod__") == NULL) {
        return NULL;
    }
    if (f != NULL && HsObject_LookupAttr(f, name, &v) < 0) {
        return NULL;
    }
    if (v == NULL) {
        return Hs_NewRef(Hs_False);
    }
    int t = HsObject_IsTrue(v);
    Hs_DECREF(v);
    return t < 0 ? NULL : HsBool_FromLong(t);
}

static HsObject *wrapping_get_dict(HsObject *self, void *closure) {
    (void)closure;
    HsWrappingObject *w = (HsWrappingObject *)self;
    if (w->cm_dict == NULL && (w->cm_dict = HsDict_New()) == NULL) {
        return NULL;
    }
    return Hs_NewRef(w->cm_dict);
}

static HsMemberDef wrapping_members[] = {
    {"__func__", HS_T_OBJECT, offsetof(HsWrappingObject, cm_callable), HS_READONLY, NULL},
    {"__wrapped__", HS_T_OBJECT, offsetof(HsWrappingObject, cm_callable), HS_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static HsGetSetDef wrapping_getset[] = {
    {"__isabstractmethod__", wrapping_get_isabstract, NULL, NULL, NULL},
    {"__dict__", wrapping_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

HsTypeObject HsClassMethod_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "classmethod",
    .tp_basicsize = sizeof(HsWrappingObject),
    .tp_dealloc = wrapping_dealloc,
    .tp_repr = wrapping_repr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "classmethod(function) -> method",
    .tp_traverse = wrapping_traverse,
    .tp_clear = wrapping_clear,
    .tp_members = wrapping_members,
    .tp_getset = wrapping_getset,
    .tp_descr_get = classmethod_get,
    .tp_dictoffset = offsetof(HsWrappingObject, cm_dict),
    .tp_init = classmethod_init,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = HsType_GenericNew,
};

HsTypeObject HsStaticMethod_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "staticmethod",
    .tp_basicsize = sizeof(HsWrappingObject),
    .tp_dealloc = wrapping_dealloc,
    .tp_repr = wrapping_repr,
    .tp_call = staticmethod_call,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "staticmethod(function) -> method",
    .tp_traverse = wrapping_traverse,
    .tp_clear = wrapping_clear,
    .tp_members = wrapping_members,
    .tp_getset = wrapping_getset,
    .tp_descr_get = staticmethod_get,
    .tp_dictoffset = offsetof(HsWrappingObject, cm_dict),
    .tp_init = staticmethod_init,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = HsType_GenericNew,
};

/* ==== super ==== */

typedef struct HsSuperObject {
    HsObject ob_base;
    HsTypeObject *type;     /* the class super() was given (or __class__) */
    HsObject *obj;          /* the instance or class, or NULL when unbound */
    HsTypeObject *obj_type; /* the type whose MRO is searched */
} HsSuperObject;

static hs_super_frame_hook super_hook;

void hs_super_set_frame_hook(hs_super_frame_hook hook) {
    super_hook = hook;
}

static void super_dealloc(HsObject *op) {
    HsSuperObject *su = (HsSuperObject *)op;
    hs_gc_untrack(op);
    Hs_XDECREF(su->obj);
    Hs_XDECREF(su->type);
    Hs_XDECREF(su->obj_type);
    Hs_TYPE(op)->tp_free(op);
}

static int super_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsSuperObject *su = (HsSuperObject *)op;
    HsObject *f[] = {su->obj, (HsObject *)su->type, (HsObject *)su->obj_type};
    for (size_t i = 0; i < 3; i++) {
        if (f[i] != NULL && visit(f[i], arg) != 0) {
            return 1;
        }
    }
    return 0;
}

/* The type to search for super(type, obj). CPython: supercheck */
static HsTypeObject *supercheck(HsTypeObject *type, HsObject *obj) {
    if (HsType_Check(obj) && HsType_IsSubtype((HsTypeObject *)obj, type)) {
        return (HsTypeObject *)Hs_NewRef(obj);
    }
    if (HsType_IsSubtype(Hs_TYPE(obj), type)) {
        return (HsTypeObject *)Hs_NewRef((HsObject *)Hs_TYPE(obj));
    }
    HsObject *cls = HsObject_GetAttrString(obj, "__class__");
    if (cls == NULL) {
        HsErr_Clear();
    } else if (HsType_Check(cls) && cls != (HsObject *)Hs_TYPE(obj) &&
               HsType_IsSubtype((HsTypeObject *)cls, type)) {
        return (HsTypeObject *)cls;
    } else {
        Hs_DECREF(cls);
    }
    HsErr_SetString(HsExc_TypeError,
                    "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_init_array(HsObject *self, HsObject *const *args, Hs_ssize_t nargs);

static int super_init(HsObject *self, HsObject *args, HsObject *kwds) {
    if (hs_arg_no_kwargs_dict("super", kwds) < 0 ||
        hs_arg_count_varargs("super", Hs_SIZE(args), 0, 2) < 0) {
        return -1;
    }
    return super_init_array(self, HS_TUPLE_ITEMS(args), Hs_SIZE(args));
}

/* super() / super(type) / super(type, obj) with the arguments in an array (CPython:
 * super_init_impl). Returns 0 or -1. */
static int super_init_array(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    HsSuperObject *su = (HsSuperObject *)self;
    HsObject *type = NULL, *obj = NULL;
    if (nargs == 0) {
        HsTypeObject *t = NULL;
        if (super_hook == NULL) {
            HsErr_SetString(HsExc_RuntimeError, "super(): no arguments");
            return -1;
        }
        if (super_hook(&t, &obj) < 0) {
            return -1;
        }
        type = (HsObject *)t;
    } else {
        type = args[0];
        obj = nargs > 1 ? args[1] : NULL;
    }
    if (!HsType_Check(type)) {
        HsErr_Format(HsExc_TypeError, "super() argument 1 must be a type, not %.200s",
                     Hs_TYPE(type)->tp_name);
        return -1;
    }
    if (obj == Hs_None) {
        obj = NULL;
    }
    HsTypeObject *obj_type = NULL;
    if (obj != NULL && (obj_type = supercheck((HsTypeObject *)type, obj)) == NULL) {
        return -1;
    }
    Hs_XSETREF(su->type, (HsTypeObject *)Hs_NewRef(type));
    Hs_XSETREF(su->obj, Hs_XNewRef(obj));
    Hs_XSETREF(su->obj_type, obj_type);
    return 0;
}

/* super(...) without an argument tuple (CPython: super_vectorcall). */
static HsObject *super_vectorcall(HsObject *type, HsObject *const *args, size_t nargsf,
                                  HsObject *kwnames) {
    Hs_ssize_t nargs = HsVectorcall_NARGS(nargsf);
    if (hs_arg_no_keywords("super", kwnames) < 0 ||
        hs_arg_count_varargs("super", nargs, 0, 2) < 0) {
        return NULL;
    }
    HsTypeObject *tp = (HsTypeObject *)type;
    HsObject *self = tp->tp_alloc(tp, 0);
    if (self != NULL && super_init_array(self, args, nargs) < 0) {
        Hs_CLEAR(self);
    }
    return self;
}

HsObject *hs_super_new_noargs(void) {
    HsObject *self = HsSuper_Type.tp_alloc(&HsSuper_Type, 0);
    if (self == NULL || super_init_array(self, NULL, 0) < 0) {
        Hs_XDECREF(self);
        return NULL;
    }
    return self;
}

/* dict[name] for an exact str 'name' in a class dict: 1 with *res borrowed, 0 missing, -1
 * with an exception. Str-keyed dicts take the attribute-cache lookup (no code runs). */
static int class_dict_get(HsObject *dict, HsObject *name, HsObject **res) {
    uint32_t hint = 0;
    int r = hs_dict_get_str_hint(dict, name, &hint, res);
    if (r >= 0) {
        return r;
    }
    *res = HsDict_GetItemWithError(dict, name);
    return *res != NULL ? 1 : HsErr_Occurred() ? -1 : 0;
}

HsObject *hs_super_lookup_method(HsObject *self, HsObject *name, HsObject **obj) {
    HsSuperObject *su = (HsSuperObject *)self;
    HsTypeObject *start = su->obj_type;
    if (Hs_TYPE(self) != &HsSuper_Type || start == NULL || su->obj == NULL ||
        su->obj == (HsObject *)start || !HsUnicode_CheckExact(name) ||
        (HS_STR_LEN(name) == 9 && hs_str_eq_ascii(name, "__class__"))) {
        return NULL;
    }
    HsObject *mro = start->tp_mro;
    Hs_ssize_t n = mro != NULL ? Hs_SIZE(mro) : 0, i = 0;
    while (i < n && HS_TUPLE_GET(mro, i) != (HsObject *)su->type) {
        i++;
    }
    for (i++; i < n; i++) {
        HsObject *dict = ((HsTypeObject *)HS_TUPLE_GET(mro, i))->tp_dict, *res = NULL;
        int found = dict != NULL ? class_dict_get(dict, name, &res) : 0;
        if (found > 0) {
            if (!(Hs_TYPE(res)->tp_flags & HS_TPFLAGS_METHOD_DESCRIPTOR)) {
                return NULL;
            }
            *obj = su->obj;
            return Hs_NewRef(res);
        }
        if (found < 0) {
            HsErr_Clear(); /* super_getattro meets it again */
            return NULL;
        }
    }
    return NULL;
}

static HsObject *super_getattro(HsObject *self, HsObject *name) {
    HsSuperObject *su = (HsSuperObject *)self;
    HsTypeObject *start = su->obj_type;
    if (start != NULL && !(HsUnicode_Check(name) && strcmp(HsUnicode_AsUTF8(name), "__class__") == 0)) {
        HsObject *mro = start->tp_mro;
        Hs_ssize_t n = mro != NULL ? Hs_SIZE(mro) : 0, i = 0;
        while (i < n && HS_TUPLE_GET(mro, i) != (HsObject *)su->type) {
            i++;
        }
        Hs_INCREF(mro);
        for (i++; i < n; i++) {
            HsObject *dict = ((HsTypeObject *)HS_TUPLE_GET(mro, i))->tp_dict;
            HsObject *res = dict != NULL ? HsDict_GetItemWithError(dict, name) : NULL;
            if (res != NULL) {
                Hs_INCREF(res);
                hs_descrgetfunc f = Hs_TYPE(res)->tp_descr_get;
                if (f != NULL) {
                    HsObject *obj = su->obj == (HsObject *)start ? NULL : su->obj;
                    HsObject *bound = f(res, obj, (HsObject *)start);
                    Hs_SETREF(res, bound);
                }
                Hs_DECREF(mro);
                return res;
            }
            if (HsErr_Occurred()) {
                Hs_DECREF(mro);
                return NULL;
            }
        }
        Hs_DECREF(mro);
    }
    return HsObject_GenericGetAttr(self, name);
}

static HsObject *super_descr_get(HsObject *self, HsObject *obj, HsObject *type) {
    (void)type;
    HsSuperObject *su = (HsSuperObject *)self;
    if (obj == NULL || obj == Hs_None || su->obj != NULL) {
        return Hs_NewRef(self);
    }
    HsObject *args[2] = {(HsObject *)su->type, obj};
    return HsObject_Vectorcall((HsObject *)Hs_TYPE(self), args, 2, NULL);
}

static HsObject *super_repr(HsObject *self) {
    HsSuperObject *su = (HsSuperObject *)self;
    if (su->obj_type != NULL) {
        return HsUnicode_FromFormat("<super: <class '%s'>, <%s object>>",
                                    su->type != NULL ? su->type->tp_name : "NULL",
                                    su->obj_type->tp_name);
    }
    return HsUnicode_FromFormat("<super: <class '%s'>, NULL>",
                                su->type != NULL ? su->type->tp_name : "NULL");
}

static HsMemberDef super_members[] = {
    {"__thisclass__", HS_T_OBJECT, offsetof(HsSuperObject, type), HS_READONLY, NULL},
    {"__self__", HS_T_OBJECT, offsetof(HsSuperObject, obj), HS_READONLY, NULL},
    {"__self_class__", HS_T_OBJECT, offsetof(HsSuperObject, obj_type), HS_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

HsTypeObject HsSuper_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "super",
    .tp_basicsize = sizeof(HsSuperObject),
    .tp_dealloc = super_dealloc,
    .tp_repr = super_repr,
    .tp_getattro = super_getattro,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "super() -> same as super(__class__, <first argument>)",
    .tp_traverse = super_traverse,
    .tp_members = super_members,
    .tp_descr_get = super_descr_get,
    .tp_init = super_init,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = HsType_GenericNew,
    .tp_vectorcall = super_vectorcall,
};

/* ==== mappingproxy ==== */

typedef struct HsDictProxyObject {
    HsObject ob_base;
    HsObject *mapping;
} HsDictProxyObject;

HsObject *HsDictProxy_New(HsObject *mapping) {
    HsDictProxyObject *p = (HsDictProxyObject *)hs_gc_alloc(&HsDictProxy_Type, sizeof *p);
    if (p == NULL) {
        return HsErr_NoMemory();
    }
    p->mapping = Hs_NewRef(mapping);
    hs_gc_track((HsObject *)p);
    return (HsObject *)p;
}

static void proxy_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    Hs_DECREF(((HsDictProxyObject *)op)->mapping);
    hs_gc_free(op);
}

static int proxy_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    return visit(((HsDictProxyObject *)op)->mapping, arg);
}

#define MAPPING(op) (((HsDictProxyObject *)(op))->mapping)

static Hs_ssize_t proxy_len(HsObject *op) {
    return HsObject_Size(MAPPING(op));
}

static HsObject *proxy_getitem(HsObject *op, HsObject *key) {
    return HsObject_GetItem(MAPPING(op), key);
}

static int proxy_contains(HsObject *op, HsObject *key) {
    return HsSequence_Contains(MAPPING(op), key);
}

static HsObject *proxy_iter(HsObject *op) {
    return HsObject_GetIter(MAPPING(op));
}

static HsObject *proxy_repr(HsObject *op) {
    return HsUnicode_FromFormat("mappingproxy(%R)", MAPPING(op));
}

static HsObject *proxy_str(HsObject *op) {
    return HsObject_Str(MAPPING(op));
}

static HsObject *proxy_richcompare(HsObject *a, HsObject *b, int op) {
    return HsObject_RichCompare(MAPPING(a), b, op);
}

static HsObject *proxy_call_method(HsObject *op, const char *name, HsObject *const *args,
                                   Hs_ssize_t nargs) {
    HsObject *m = HsObject_GetAttrString(MAPPING(op), name);
    if (m == NULL) {
        return NULL;
    }
    HsObject *r = HsObject_Vectorcall(m, args, (size_t)nargs, NULL);
    Hs_DECREF(m);
    return r;
}

static HsObject *proxy_get(HsObject *op, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("get", nargs, 1, 2) < 0) {
        return NULL;
    }
    return proxy_call_method(op, "get", args, nargs);
}

static HsObject *proxy_keys(HsObject *op, HsObject *unused) {
    (void)unused;
    return proxy_call_method(op, "keys", NULL, 0);
}

static HsObject *proxy_values(HsObject *op, HsObject *unused) {
    (void)unused;
    return proxy_call_method(op, "values", NULL, 0);
}

static HsObject *proxy_items(HsObject *op, HsObject *unused) {
    (void)unused;
    return proxy_call_method(op, "items", NULL, 0);
}

static HsObject *proxy_copy(HsObject *op, HsObject *unused) {
    (void)unused;
    return proxy_call_method(op, "copy", NULL, 0);
}

static HsMethodDef proxy_methods[] = {
    {"get", HS_CFUNC(proxy_get), HS_METH_FASTCALL, NULL},
    {"keys", HS_CFUNC(proxy_keys), HS_METH_NOARGS, NULL},
    {"values", HS_CFUNC(proxy_values), HS_METH_NOARGS, NULL},
    {"items", HS_CFUNC(proxy_items), HS_METH_NOARGS, NULL},
    {"copy", HS_CFUNC(proxy_copy), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* mappingproxy(mapping) (CPython: mappingproxy_new). */
static HsObject *proxy_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)type;
    static const char *const kw[] = {"mapping", NULL};
    static const HsArgParser parser = {"mappingproxy", kw};
    HsObject *m[1] = {NULL};
    if (unpack_tuple_dict(args, kwds, &parser, 1, 1, 1, m) < 0) {
        return NULL;
    }
    HsMappingMethods *mp = Hs_TYPE(m[0])->tp_as_mapping;
    if (mp == NULL || mp->mp_subscript == NULL || HsList_Check(m[0]) || HsTuple_Check(m[0])) {
        return HsErr_Format(HsExc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                            Hs_TYPE(m[0])->tp_name);
    }
    return HsDictProxy_New(m[0]);
}

static HsMappingMethods proxy_as_mapping = {proxy_len, proxy_getitem, NULL};
static HsSequenceMethods proxy_as_sequence = {.sq_contains = proxy_contains};

HsTypeObject HsDictProxy_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "mappingproxy",
    .tp_basicsize = sizeof(HsDictProxyObject),
    .tp_dealloc = proxy_dealloc,
    .tp_as_sequence = &proxy_as_sequence,
    .tp_as_mapping = &proxy_as_mapping,
    .tp_repr = proxy_repr,
    .tp_str = proxy_str,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_MAPPING,
    .tp_traverse = proxy_traverse,
    .tp_richcompare = proxy_richcompare,
    .tp_iter = proxy_iter,
    .tp_methods = proxy_methods,
    .tp_new = proxy_new,
};
