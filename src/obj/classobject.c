/* Bound methods (CPython 3.11: Objects/classobject.c, 'method'): the object `a.f` gives for
 * a function f found on a's class. Calling it prepends the instance to the arguments
 * (vectorcall with room before the arguments, so usually without copying); the eval loop
 * unpacks bound methods itself (PRECALL/CALL) and never builds one for `a.f()`.
 * Equality and hash follow 3.11: same function and identical self. Attributes the method
 * type lacks (and __doc__) come from the function; __reduce__ gives (getattr, (self, name)). */
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_weakref.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_hash.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <string.h>

/* ==== static helpers ==== */

#define METH(op) ((HsMethodObject *)(op))

/* Call im_func(im_self, *args): use the caller's spare slot before args when it offers one
 * (HS_VECTORCALL_ARGUMENTS_OFFSET), else copy. CPython: method_vectorcall. */
static HsObject *method_vectorcall(HsObject *op, HsObject *const *args, size_t nargsf,
                                   HsObject *kwnames) {
    HsObject *self = METH(op)->im_self, *func = METH(op)->im_func;
    Hs_ssize_t nargs = HsVectorcall_NARGS(nargsf);
    Hs_ssize_t total = nargs + (kwnames != NULL ? Hs_SIZE(kwnames) : 0);
    if (nargsf & HS_VECTORCALL_ARGUMENTS_OFFSET) {
        HsObject **newargs = (HsObject **)args - 1;
        HsObject *saved = newargs[0];
        newargs[0] = self;
        HsObject *r = HsObject_Vectorcall(func, newargs, (size_t)nargs + 1, kwnames);
        newargs[0] = saved;
        return r;
    }
    HsObject *small[8], **buf = small;
    if (total + 1 > 8 && (buf = hs_mem_malloc((size_t)(total + 1) * sizeof(HsObject *))) == NULL) {
        return HsErr_NoMemory();
    }
    buf[0] = self;
    if (total > 0) {
        memcpy(buf + 1, args, (size_t)total * sizeof(HsObject *));
    }
    HsObject *r = HsObject_Vectorcall(func, buf, (size_t)nargs + 1, kwnames);
    if (buf != small) {
        hs_mem_free(buf);
    }
    return r;
}

/* ==== type slots ==== */

static void method_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    if (METH(op)->im_weakreflist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    Hs_XDECREF(METH(op)->im_func);
    Hs_XDECREF(METH(op)->im_self);
    hs_gc_free(op);
}

static int method_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    if (visit(METH(op)->im_func, arg) != 0) {
        return 1;
    }
    return visit(METH(op)->im_self, arg);
}

/* "<bound method A.f of <__main__.A object at 0x...>>" (CPython: method_repr). */
static HsObject *method_repr(HsObject *op) {
    HsObject *func = METH(op)->im_func;
    HsObject *qual = HsObject_GetAttrString(func, "__qualname__");
    if (qual == NULL) {
        HsErr_Clear();
        qual = HsObject_GetAttrString(func, "__name__");
    }
    if (qual == NULL) {
        HsErr_Clear();
        qual = HsUnicode_FromString("?");
    }
    HsObject *r = HsUnicode_FromFormat("<bound method %S of %R>", qual, METH(op)->im_self);
    Hs_DECREF(qual);
    return r;
}

static HsObject *method_richcompare(HsObject *a, HsObject *b, int op) {
    if ((op != HS_EQ && op != HS_NE) || !HsMethod_Check(a) || !HsMethod_Check(b)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    int eq = METH(a)->im_self == METH(b)->im_self;
    if (eq) {
        eq = HsObject_RichCompareBool(METH(a)->im_func, METH(b)->im_func, HS_EQ);
        if (eq < 0) {
            return NULL;
        }
    }
    return HsBool_FromLong(op == HS_EQ ? eq : !eq);
}

static Hs_ssize_t method_hash(HsObject *op) {
    Hs_ssize_t x = hs_obj_hash_pointer(METH(op)->im_self);
    Hs_ssize_t y = HsObject_Hash(METH(op)->im_func);
    if (y == -1) {
        return -1;
    }
    x ^= y;
    return x == -1 ? -2 : x;
}

/* Attributes not found on the method come from the function (m.__name__, m.__doc__). */
static HsObject *method_getattro(HsObject *op, HsObject *name) {
    HsObject *descr = hs_type_lookup(Hs_TYPE(op), name);
    if (descr != NULL) {
        hs_descrgetfunc get = Hs_TYPE(descr)->tp_descr_get;
        return get != NULL ? get(descr, op, (HsObject *)Hs_TYPE(op)) : Hs_NewRef(descr);
    }
    return HsObject_GetAttr(METH(op)->im_func, name);
}

/* m.__doc__ is the function's: the type's own __doc__ entry would otherwise hide it
 * (CPython: method_get_doc). Return: new reference. */
static HsObject *method_get_doc(HsObject *op, void *closure) {
    (void)closure;
    return HsObject_GetAttrString(METH(op)->im_func, "__doc__");
}

/* m.__reduce__() -> (getattr, (m.__self__, m.__func__.__name__)), so copy and pickle
 * rebuild the method by looking it up again (CPython: method___reduce___impl).
 * Return: new reference. */
static HsObject *method_reduce(HsObject *op, HsObject *unused) {
    (void)unused;
    HsObject *name = HsObject_GetAttrString(METH(op)->im_func, "__name__");
    if (name == NULL) {
        return NULL;
    }
    HsObject *r = hs_obj_reduce_getattr(METH(op)->im_self, name);
    Hs_DECREF(name);
    return r;
}

static HsMethodDef method_methods[] = {
    {"__reduce__", HS_CFUNC(method_reduce), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static HsGetSetDef method_getset[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsMemberDef method_members[] = {
    {"__func__", HS_T_OBJECT, offsetof(HsMethodObject, im_func), HS_READONLY, NULL},
    {"__self__", HS_T_OBJECT, offsetof(HsMethodObject, im_self), HS_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

/* method(function, instance) (CPython: method_new). */
static HsObject *method_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)type;
    if (kwds != NULL && HsDict_Size(kwds) > 0) {
        return HsErr_Format(HsExc_TypeError, "method() takes no keyword arguments");
    }
    if (Hs_SIZE(args) != 2) {
        return HsErr_Format(HsExc_TypeError, "method expected 2 arguments, got %zd",
                            Hs_SIZE(args));
    }
    HsObject *func = HS_TUPLE_GET(args, 0), *self = HS_TUPLE_GET(args, 1);
    if (!HsCallable_Check(func)) {
        return HsErr_Format(HsExc_TypeError, "first argument must be callable");
    }
    if (self == Hs_None) {
        return HsErr_Format(HsExc_TypeError, "instance must not be None");
    }
    return HsMethod_New(func, self);
}

HsTypeObject HsMethod_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "method",
    .tp_basicsize = sizeof(HsMethodObject),
    .tp_dealloc = method_dealloc,
    .tp_vectorcall_offset = offsetof(HsMethodObject, vectorcall),
    .tp_repr = method_repr,
    .tp_hash = method_hash,
    .tp_getattro = method_getattro,
    .tp_call = HsVectorcall_Call,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_HAVE_VECTORCALL,
    .tp_traverse = method_traverse,
    .tp_richcompare = method_richcompare,
    .tp_weaklistoffset = offsetof(HsMethodObject, im_weakreflist),
    .tp_methods = method_methods,
    .tp_members = method_members,
    .tp_getset = method_getset,
    .tp_doc = "Create a bound instance method object.",
    .tp_new = method_new,
};

/* ==== public API ==== */

HsObject *HsMethod_New(HsObject *func, HsObject *self) {
    HsMethodObject *m = (HsMethodObject *)hs_gc_alloc(&HsMethod_Type, sizeof(HsMethodObject));
    if (m == NULL) {
        return HsErr_NoMemory();
    }
    m->im_func = Hs_NewRef(func);
    m->im_self = Hs_NewRef(self);
    m->im_weakreflist = NULL;
    m->vectorcall = method_vectorcall;
    hs_gc_track((HsObject *)m);
    return (HsObject *)m;
}
