/* Descriptors made from C type tables (CPython: Objects/descrobject.c): method descriptors
 * (list.__dict__['append']), class-method descriptors (dict.fromkeys), member descriptors
 * for C struct fields and getset descriptors for computed attributes. Each checks that it
 * is applied to an instance of its owner type, with CPython 3.11's messages.
 * Invariant: d_type is a readied static type that outlives the descriptor; d_name is an
 * interned str. */
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdio.h>
#include <string.h>

/* ==== common ==== */

static void descr_dealloc(HsObject *op) {
    HsDescrObject *d = (HsDescrObject *)op;
    hs_gc_untrack(op);
    Hs_XDECREF(d->d_type);
    Hs_XDECREF(d->d_name);
    Hs_XDECREF(d->d_qualname);
    hs_gc_free(op);
}

static int descr_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *t = (HsObject *)((HsDescrObject *)op)->d_type;
    return t != NULL ? visit(t, arg) : 0;
}

/* The short name of a type, as __qualname__ of a static type: after the module's dot. */
static const char *short_name(HsTypeObject *tp) {
    const char *dot = strrchr(tp->tp_name, '.');
    return dot != NULL ? dot + 1 : tp->tp_name;
}

static HsObject *descr_new(HsTypeObject *descrtype, size_t size, HsTypeObject *type,
                           const char *name) {
    HsDescrObject *d = (HsDescrObject *)hs_gc_alloc(descrtype, size);
    if (d == NULL) {
        return HsErr_NoMemory();
    }
    memset((char *)d + sizeof(HsObject), 0, size - sizeof(HsObject));
    d->d_type = (HsTypeObject *)Hs_XNewRef((HsObject *)type);
    d->d_name = HsUnicode_InternFromString(name);
    if (d->d_name == NULL) {
        Hs_DECREF(d);
        return NULL;
    }
    hs_gc_track((HsObject *)d);
    return (HsObject *)d;
}

/* 1 if 'obj' may use descriptor 'd', else 0 with TypeError set. CPython: descr_check. */
static int descr_check(HsDescrObject *d, HsObject *obj) {
    if (HsObject_TypeCheck(obj, d->d_type)) {
        return 1;
    }
    HsErr_Format(HsExc_TypeError, "descriptor '%U' for '%.100s' objects doesn't apply to a "
                 "'%.100s' object", d->d_name, short_name(d->d_type), Hs_TYPE(obj)->tp_name);
    return 0;
}

/* ==== method descriptors ==== */

static HsObject *method_get(HsObject *op, HsObject *obj, HsObject *type) {
    (void)type;
    HsMethodDescrObject *d = (HsMethodDescrObject *)op;
    if (obj == NULL) {
        return Hs_NewRef(op);
    }
    if (!descr_check((HsDescrObject *)d, obj)) {
        return NULL;
    }
    return HsCFunction_NewEx(d->d_method, obj, NULL);
}

/* list.append(l, x): the first argument is self. */
static HsObject *method_vectorcall(HsObject *op, HsObject *const *args, size_t nargsf,
                                   HsObject *kwnames) {
    HsMethodDescrObject *d = (HsMethodDescrObject *)op;
    Hs_ssize_t nargs = HsVectorcall_NARGS(nargsf);
    HsObject *res;
    if (nargs >= 1) {
        if (!descr_check((HsDescrObject *)d, args[0])) {
            return NULL;
        }
        if (hs_cfunction_call_fast(d->d_method, args[0], args + 1, nargs - 1, kwnames, &res)) {
            return res; /* the name below is only for error messages */
        }
    }
    char qualname[256];
    snprintf(qualname, sizeof qualname, "%s.%s", short_name(d->d_type), d->d_method->ml_name);
    if (nargs < 1) {
        return HsErr_Format(HsExc_TypeError, "unbound method %s() needs an argument", qualname);
    }
    if (!descr_check((HsDescrObject *)d, args[0])) {
        return NULL;
    }
    return hs_cfunction_call(d->d_method, qualname, args[0], args + 1, nargs - 1, kwnames);
}

static HsObject *method_repr(HsObject *op) {
    HsDescrObject *d = (HsDescrObject *)op;
    return HsUnicode_FromFormat("<method '%U' of '%s' objects>", d->d_name,
                                short_name(d->d_type));
}

/* list.append.__reduce__() -> (getattr, (list, 'append')) (CPython: descr_reduce). */
static HsObject *descr_reduce(HsObject *op, HsObject *unused) {
    (void)unused;
    HsDescrObject *d = (HsDescrObject *)op;
    return hs_obj_reduce_getattr((HsObject *)d->d_type, d->d_name);
}

static HsMethodDef descr_methods[] = {
    {"__reduce__", HS_CFUNC(descr_reduce), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsMethodDescr_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "method_descriptor",
    .tp_basicsize = sizeof(HsMethodDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_vectorcall_offset = offsetof(HsMethodDescrObject, vectorcall),
    .tp_repr = method_repr,
    .tp_call = HsVectorcall_Call,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_HAVE_VECTORCALL | HS_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = descr_traverse,
    .tp_methods = descr_methods,
    .tp_descr_get = method_get,
};

/* ==== class-method descriptors ==== */

static HsObject *classmethod_get(HsObject *op, HsObject *obj, HsObject *type) {
    HsMethodDescrObject *d = (HsMethodDescrObject *)op;
    if (type == NULL) {
        type = (HsObject *)Hs_TYPE(obj);
    }
    if (!HsType_IsSubtype((HsTypeObject *)type, d->d_type)) {
        return HsErr_Format(HsExc_TypeError, "descriptor '%U' for type '%.100s' needs a subtype "
                            "of '%.100s', not '%.100s'", d->d_name, short_name(d->d_type),
                            short_name(d->d_type), ((HsTypeObject *)type)->tp_name);
    }
    return HsCFunction_NewEx(d->d_method, type, NULL);
}

HsTypeObject HsClassMethodDescr_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "classmethod_descriptor",
    .tp_basicsize = sizeof(HsMethodDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = method_repr,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_descr_get = classmethod_get,
};

/* ==== member descriptors ==== */

static HsObject *member_read(HsObject *obj, HsMemberDef *m) {
    char *addr = (char *)obj + m->offset;
    switch (m->type) {
    case HS_T_OBJECT: {
        HsObject *v = *(HsObject **)addr;
        return Hs_NewRef(v != NULL ? v : Hs_None);
    }
    case HS_T_OBJECT_EX: {
        HsObject *v = *(HsObject **)addr;
        if (v == NULL) {
            return HsErr_Format(HsExc_AttributeError, "'%.200s' object has no attribute '%s'",
                                Hs_TYPE(obj)->tp_name, m->name);
        }
        return Hs_NewRef(v);
    }
    case HS_T_BOOL:
        return HsBool_FromLong(*(char *)addr);
    case HS_T_INT:
        return HsLong_FromLong(*(int *)addr);
    case HS_T_UINT:
        return HsLong_FromUnsignedLongLong(*(unsigned int *)addr);
    case HS_T_LONG:
        return HsLong_FromLong(*(long *)addr);
    case HS_T_ULONG:
        return HsLong_FromUnsignedLongLong(*(unsigned long *)addr);
    case HS_T_PYSSIZET:
        return HsLong_FromSsize_t(*(Hs_ssize_t *)addr);
    case HS_T_LONGLONG:
        return HsLong_FromLongLong(*(long long *)addr);
    case HS_T_STRING:
        return *(char **)addr != NULL ? HsUnicode_FromString(*(char **)addr)
                                      : Hs_NewRef(Hs_None);
    case HS_T_NONE:
        return Hs_NewRef(Hs_None);
    default:
        return HsErr_Format(HsExc_SystemError, "bad memberdescr type for %s", m->name);
    }
}

static int member_write(HsObject *obj, HsMemberDef *m, HsObject *value) {
    char *addr = (char *)obj + m->offset;
    if (m->flags & HS_READONLY) {
        HsErr_SetString(HsExc_AttributeError, "readonly attribute");
        return -1;
    }
    switch (m->type) {
    case HS_T_OBJECT:
    case HS_T_OBJECT_EX: {
        HsObject *old = *(HsObject **)addr;
        if (value == NULL && m->type == HS_T_OBJECT_EX && old == NULL) {
            HsErr_SetString(HsExc_AttributeError, m->name);
            return -1;
        }
        *(HsObject **)addr = Hs_XNewRef(value);
        Hs_XDECREF(old);
        return 0;
    }
    default:
        break;
    }
    if (value == NULL) {
        HsErr_SetString(HsExc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (m->type == HS_T_BOOL) {
        if (!HsBool_Check(value)) {
            HsErr_SetString(HsExc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)addr = value == Hs_True;
        return 0;
    }
    Hs_ssize_t v = HsNumber_AsSsize_t(value, HsExc_OverflowError);
    if (v == -1 && HsErr_Occurred()) {
        return -1;
    }
    if (m->type == HS_T_INT) {
        *(int *)addr = (int)v;
    } else if (m->type == HS_T_PYSSIZET || m->type == HS_T_LONG || m->type == HS_T_LONGLONG) {
        *(Hs_ssize_t *)addr = v;
    } else {
        HsErr_Format(HsExc_SystemError, "bad memberdescr type for %s", m->name);
        return -1;
    }
    return 0;
}

static HsObject *member_get(HsObject *op, HsObject *obj, HsObject *type) {
    (void)type;
    HsMemberDescrObject *d = (HsMemberDescrObject *)op;
    if (obj == NULL) {
        return Hs_NewRef(op);
    }
    if (!descr_check((HsDescrObject *)d, obj)) {
        return NULL;
    }
    return member_read(obj, d->d_member);
}

static int member_set(HsObject *op, HsObject *obj, HsObject *value) {
    HsMemberDescrObject *d = (HsMemberDescrObject *)op;
    if (!descr_check((HsDescrObject *)d, obj)) {
        return -1;
    }
    return member_write(obj, d->d_member, value);
}

static HsObject *member_repr(HsObject *op) {
    HsDescrObject *d = (HsDescrObject *)op;
    return HsUnicode_FromFormat("<member '%U' of '%s' objects>", d->d_name,
                                short_name(d->d_type));
}

HsTypeObject HsMemberDescr_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "member_descriptor",
    .tp_basicsize = sizeof(HsMemberDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = member_repr,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_methods = descr_methods,
    .tp_descr_get = member_get,
    .tp_descr_set = member_set,
};

/* ==== getset descriptors ==== */

static HsObject *getset_get(HsObject *op, HsObject *obj, HsObject *type) {
    (void)type;
    HsGetSetDescrObject *d = (HsGetSetDescrObject *)op;
    if (obj == NULL) {
        return Hs_NewRef(op);
    }
    if (!descr_check((HsDescrObject *)d, obj)) {
        return NULL;
    }
    if (d->d_getset->get == NULL) {
        return HsErr_Format(HsExc_AttributeError, "attribute '%U' of '%.100s' objects is not "
                            "readable", d->d_name, short_name(d->d_type));
    }
    return d->d_getset->get(obj, d->d_getset->closure);
}

static int getset_set(HsObject *op, HsObject *obj, HsObject *value) {
    HsGetSetDescrObject *d = (HsGetSetDescrObject *)op;
    if (!descr_check((HsDescrObject *)d, obj)) {
        return -1;
    }
    if (d->d_getset->set == NULL) {
        HsErr_Format(HsExc_AttributeError, "attribute '%U' of '%.100s' objects is not writable",
                     d->d_name, short_name(d->d_type));
        return -1;
    }
    return d->d_getset->set(obj, value, d->d_getset->closure);
}

static HsObject *getset_repr(HsObject *op) {
    HsDescrObject *d = (HsDescrObject *)op;
    return HsUnicode_FromFormat("<attribute '%U' of '%s' objects>", d->d_name,
                                short_name(d->d_type));
}

HsTypeObject HsGetSetDescr_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "getset_descriptor",
    .tp_basicsize = sizeof(HsGetSetDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = getset_repr,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_descr_get = getset_get,
    .tp_descr_set = getset_set,
};

/* ==== constructors ==== */

HsObject *HsDescr_NewMethod(HsTypeObject *type, HsMethodDef *def) {
    HsMethodDescrObject *d = (HsMethodDescrObject *)descr_new(
        &HsMethodDescr_Type, sizeof(HsMethodDescrObject), type, def->ml_name);
    if (d != NULL) {
        d->d_method = def;
        d->vectorcall = method_vectorcall;
    }
    return (HsObject *)d;
}

HsObject *HsDescr_NewClassMethod(HsTypeObject *type, HsMethodDef *def) {
    HsMethodDescrObject *d = (HsMethodDescrObject *)descr_new(
        &HsClassMethodDescr_Type, sizeof(HsMethodDescrObject), type, def->ml_name);
    if (d != NULL) {
        d->d_method = def;
    }
    return (HsObject *)d;
}

HsObject *HsDescr_NewMember(HsTypeObject *type, HsMemberDef *def) {
    HsMemberDescrObject *d = (HsMemberDescrObject *)descr_new(
        &HsMemberDescr_Type, sizeof(HsMemberDescrObject), type, def->name);
    if (d != NULL) {
        d->d_member = def;
    }
    return (HsObject *)d;
}

HsObject *HsDescr_NewGetSet(HsTypeObject *type, HsGetSetDef *def) {
    HsGetSetDescrObject *d = (HsGetSetDescrObject *)descr_new(
        &HsGetSetDescr_Type, sizeof(HsGetSetDescrObject), type, def->name);
    if (d != NULL) {
        d->d_getset = def;
    }
    return (HsObject *)d;
}
