/* weakref.ProxyType and weakref.CallableProxyType (CPython 3.11: Objects/weakrefobject.c, the
 * proxy half). A proxy is an HsWeakReference whose every operation is forwarded to the
 * referent: attributes, comparisons, numbers (each operand that is a proxy is unwrapped),
 * len/contains/items, iteration, str, bool, and for the callable kind, calls. Once the
 * referent is gone each forwarded operation raises ReferenceError "weakly-referenced object
 * no longer exists"; repr and the weakref machinery keep working. Proxies are unhashable.
 * Slots returning HsObject* return a new reference, or NULL with an exception; arguments
 * are borrowed. Allocation, lists and clearing live in weakrefobject.c. */
#include "internal/hs_obj_weakref.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

/* ==== static helpers ==== */

#define WR(op) ((HsWeakReference *)(op))

/* 'o' itself, or the referent if 'o' is a proxy (ReferenceError if it is dead).
 * Return: new reference. CPython: the UNWRAP macro with proxy_checkref. */
static HsObject *unwrap(HsObject *o) {
    if (HsWeakref_CheckProxy(o)) {
        o = WR(o)->wr_object;
        if (o == Hs_None) {
            HsErr_SetString(HsExc_ReferenceError, "weakly-referenced object no longer exists");
            return NULL;
        }
    }
    return Hs_NewRef(o);
}

static HsObject *forward1(HsObject *a, hs_unaryfunc fn) {
    HsObject *x = unwrap(a);
    if (x == NULL) {
        return NULL;
    }
    HsObject *r = fn(x);
    Hs_DECREF(x);
    return r;
}

static HsObject *forward2(HsObject *a, HsObject *b, hs_binaryfunc fn) {
    HsObject *x = unwrap(a);
    if (x == NULL) {
        return NULL;
    }
    HsObject *y = unwrap(b);
    if (y == NULL) {
        Hs_DECREF(x);
        return NULL;
    }
    HsObject *r = fn(x, y);
    Hs_DECREF(x);
    Hs_DECREF(y);
    return r;
}

static HsObject *forward3(HsObject *a, HsObject *b, HsObject *c, hs_ternaryfunc fn) {
    HsObject *x = unwrap(a);
    HsObject *y = x != NULL ? unwrap(b) : NULL;
    HsObject *z = y != NULL ? unwrap(c) : NULL;
    HsObject *r = z != NULL ? fn(x, y, z) : NULL;
    Hs_XDECREF(x);
    Hs_XDECREF(y);
    Hs_XDECREF(z);
    return r;
}

#define WRAP_UNARY(name, fn)                                                                       \
    static HsObject *name(HsObject *a) {                                                           \
        return forward1(a, fn);                                                                    \
    }
#define WRAP_BINARY(name, fn)                                                                      \
    static HsObject *name(HsObject *a, HsObject *b) {                                              \
        return forward2(a, b, fn);                                                                 \
    }
#define WRAP_TERNARY(name, fn)                                                                     \
    static HsObject *name(HsObject *a, HsObject *b, HsObject *c) {                                 \
        return forward3(a, b, c, fn);                                                              \
    }

/* ==== static helpers: proxy slots ==== */

WRAP_BINARY(proxy_getattr, HsObject_GetAttr)
WRAP_UNARY(proxy_str, HsObject_Str)
WRAP_UNARY(proxy_iter, HsObject_GetIter)
WRAP_BINARY(proxy_getitem, HsObject_GetItem)
WRAP_BINARY(proxy_add, HsNumber_Add)
WRAP_BINARY(proxy_sub, HsNumber_Subtract)
WRAP_BINARY(proxy_mul, HsNumber_Multiply)
WRAP_BINARY(proxy_floordiv, HsNumber_FloorDivide)
WRAP_BINARY(proxy_truediv, HsNumber_TrueDivide)
WRAP_BINARY(proxy_mod, HsNumber_Remainder)
WRAP_BINARY(proxy_divmod, HsNumber_Divmod)
WRAP_TERNARY(proxy_pow, HsNumber_Power)
WRAP_UNARY(proxy_neg, HsNumber_Negative)
WRAP_UNARY(proxy_pos, HsNumber_Positive)
WRAP_UNARY(proxy_abs, HsNumber_Absolute)
WRAP_UNARY(proxy_invert, HsNumber_Invert)
WRAP_BINARY(proxy_lshift, HsNumber_Lshift)
WRAP_BINARY(proxy_rshift, HsNumber_Rshift)
WRAP_BINARY(proxy_and, HsNumber_And)
WRAP_BINARY(proxy_xor, HsNumber_Xor)
WRAP_BINARY(proxy_or, HsNumber_Or)
WRAP_UNARY(proxy_int, HsNumber_Long)
WRAP_UNARY(proxy_float, HsNumber_Float)
WRAP_UNARY(proxy_index, HsNumber_Index)
WRAP_BINARY(proxy_iadd, HsNumber_InPlaceAdd)
WRAP_BINARY(proxy_isub, HsNumber_InPlaceSubtract)
WRAP_BINARY(proxy_imul, HsNumber_InPlaceMultiply)
WRAP_BINARY(proxy_ifloordiv, HsNumber_InPlaceFloorDivide)
WRAP_BINARY(proxy_itruediv, HsNumber_InPlaceTrueDivide)
WRAP_BINARY(proxy_imod, HsNumber_InPlaceRemainder)
WRAP_TERNARY(proxy_ipow, HsNumber_InPlacePower)
WRAP_BINARY(proxy_ilshift, HsNumber_InPlaceLshift)
WRAP_BINARY(proxy_irshift, HsNumber_InPlaceRshift)
WRAP_BINARY(proxy_iand, HsNumber_InPlaceAnd)
WRAP_BINARY(proxy_ixor, HsNumber_InPlaceXor)
WRAP_BINARY(proxy_ior, HsNumber_InPlaceOr)
WRAP_BINARY(proxy_matmul, HsNumber_MatrixMultiply)
WRAP_BINARY(proxy_imatmul, HsNumber_InPlaceMatrixMultiply)

static int proxy_clear(HsObject *op);

static void proxy_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    proxy_clear(op);
    hs_gc_free(op);
}

static int proxy_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *cb = WR(op)->wr_callback;
    return cb != NULL ? visit(cb, arg) : 0;
}

/* tp_clear: as a ref's (unlink from the referent's list, drop the callback). */
static int proxy_clear(HsObject *op) {
    return HsWeakrefRef_Type.tp_clear(op);
}

static int proxy_setattr(HsObject *proxy, HsObject *name, HsObject *value) {
    HsObject *o = unwrap(proxy);
    if (o == NULL) {
        return -1;
    }
    int r = HsObject_SetAttr(o, name, value);
    Hs_DECREF(o);
    return r;
}

static HsObject *proxy_richcompare(HsObject *a, HsObject *b, int op) {
    HsObject *x = unwrap(a);
    HsObject *y = x != NULL ? unwrap(b) : NULL;
    HsObject *r = y != NULL ? HsObject_RichCompare(x, y, op) : NULL;
    Hs_XDECREF(x);
    Hs_XDECREF(y);
    return r;
}

/* "<weakproxy at 0x.. to T at 0x..>" (T is NoneType once dead). CPython: proxy_repr. */
static HsObject *proxy_repr(HsObject *op) {
    HsObject *obj = WR(op)->wr_object;
    return HsUnicode_FromFormat("<weakproxy at %p to %s at %p>", (void *)op,
                                Hs_TYPE(obj)->tp_name, (void *)obj);
}

static HsObject *proxy_call(HsObject *proxy, HsObject *args, HsObject *kw) {
    HsObject *o = unwrap(proxy);
    if (o == NULL) {
        return NULL;
    }
    HsObject *r = HsObject_Call(o, args, kw);
    Hs_DECREF(o);
    return r;
}

static int proxy_bool(HsObject *proxy) {
    HsObject *o = unwrap(proxy);
    if (o == NULL) {
        return -1;
    }
    int r = HsObject_IsTrue(o);
    Hs_DECREF(o);
    return r;
}

static Hs_ssize_t proxy_length(HsObject *proxy) {
    HsObject *o = unwrap(proxy);
    if (o == NULL) {
        return -1;
    }
    Hs_ssize_t r = HsObject_Size(o);
    Hs_DECREF(o);
    return r;
}

static int proxy_contains(HsObject *proxy, HsObject *value) {
    HsObject *o = unwrap(proxy);
    if (o == NULL) {
        return -1;
    }
    int r = HsSequence_Contains(o, value);
    Hs_DECREF(o);
    return r;
}

static int proxy_setitem(HsObject *proxy, HsObject *key, HsObject *value) {
    HsObject *o = unwrap(proxy);
    if (o == NULL) {
        return -1;
    }
    int r = value == NULL ? HsObject_DelItem(o, key) : HsObject_SetItem(o, key, value);
    Hs_DECREF(o);
    return r;
}

/* next() on a proxy to an iterator. CPython: proxy_iternext. */
static HsObject *proxy_iternext(HsObject *proxy) {
    HsObject *o = unwrap(proxy);
    if (o == NULL) {
        return NULL;
    }
    hs_iternextfunc next = Hs_TYPE(o)->tp_iternext;
    if (next == NULL) {
        HsErr_Format(HsExc_TypeError, "Weakref proxy referenced a non-iterator '%.200s' object",
                     Hs_TYPE(o)->tp_name);
        Hs_DECREF(o);
        return NULL;
    }
    HsObject *r = next(o);
    Hs_DECREF(o);
    return r;
}

static HsObject *call_named(HsObject *proxy, const char *name) {
    HsObject *o = unwrap(proxy);
    HsObject *n = o != NULL ? HsUnicode_FromString(name) : NULL;
    HsObject *r = n != NULL ? HsObject_CallMethodNoArgs(o, n) : NULL;
    Hs_XDECREF(n);
    Hs_XDECREF(o);
    return r;
}

static HsObject *proxy_bytes(HsObject *proxy, HsObject *unused) {
    (void)unused;
    return call_named(proxy, "__bytes__");
}

static HsObject *proxy_reversed(HsObject *proxy, HsObject *unused) {
    (void)unused;
    return call_named(proxy, "__reversed__");
}

static HsMethodDef proxy_methods[] = {
    {"__bytes__", HS_CFUNC(proxy_bytes), HS_METH_NOARGS, NULL},
    {"__reversed__", HS_CFUNC(proxy_reversed), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static HsNumberMethods proxy_as_number = {
    .nb_add = proxy_add,
    .nb_subtract = proxy_sub,
    .nb_multiply = proxy_mul,
    .nb_remainder = proxy_mod,
    .nb_divmod = proxy_divmod,
    .nb_power = proxy_pow,
    .nb_negative = proxy_neg,
    .nb_positive = proxy_pos,
    .nb_absolute = proxy_abs,
    .nb_bool = proxy_bool,
    .nb_invert = proxy_invert,
    .nb_lshift = proxy_lshift,
    .nb_rshift = proxy_rshift,
    .nb_and = proxy_and,
    .nb_xor = proxy_xor,
    .nb_or = proxy_or,
    .nb_int = proxy_int,
    .nb_float = proxy_float,
    .nb_inplace_add = proxy_iadd,
    .nb_inplace_subtract = proxy_isub,
    .nb_inplace_multiply = proxy_imul,
    .nb_inplace_remainder = proxy_imod,
    .nb_inplace_power = proxy_ipow,
    .nb_inplace_lshift = proxy_ilshift,
    .nb_inplace_rshift = proxy_irshift,
    .nb_inplace_and = proxy_iand,
    .nb_inplace_xor = proxy_ixor,
    .nb_inplace_or = proxy_ior,
    .nb_floor_divide = proxy_floordiv,
    .nb_true_divide = proxy_truediv,
    .nb_inplace_floor_divide = proxy_ifloordiv,
    .nb_inplace_true_divide = proxy_itruediv,
    .nb_index = proxy_index,
    .nb_matrix_multiply = proxy_matmul,
    .nb_inplace_matrix_multiply = proxy_imatmul,
};

static HsSequenceMethods proxy_as_sequence = {
    .sq_contains = proxy_contains,
};

static HsMappingMethods proxy_as_mapping = {
    .mp_length = proxy_length,
    .mp_subscript = proxy_getitem,
    .mp_ass_subscript = proxy_setitem,
};

/* ==== the types ==== */

HsTypeObject HsWeakrefProxy_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "weakref.ProxyType",
    .tp_basicsize = sizeof(HsWeakReference),
    .tp_dealloc = proxy_dealloc,
    .tp_as_number = &proxy_as_number,
    .tp_as_sequence = &proxy_as_sequence,
    .tp_as_mapping = &proxy_as_mapping,
    .tp_hash = HsObject_HashNotImplemented,
    .tp_repr = proxy_repr,
    .tp_str = proxy_str,
    .tp_getattro = proxy_getattr,
    .tp_setattro = proxy_setattr,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = proxy_traverse,
    .tp_clear = proxy_clear,
    .tp_richcompare = proxy_richcompare,
    .tp_iter = proxy_iter,
    .tp_iternext = proxy_iternext,
    .tp_methods = proxy_methods,
};

HsTypeObject HsWeakrefCallableProxy_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "weakref.CallableProxyType",
    .tp_basicsize = sizeof(HsWeakReference),
    .tp_dealloc = proxy_dealloc,
    .tp_as_number = &proxy_as_number,
    .tp_as_sequence = &proxy_as_sequence,
    .tp_as_mapping = &proxy_as_mapping,
    .tp_hash = HsObject_HashNotImplemented,
    .tp_call = proxy_call,
    .tp_repr = proxy_repr,
    .tp_str = proxy_str,
    .tp_getattro = proxy_getattr,
    .tp_setattro = proxy_setattr,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = proxy_traverse,
    .tp_clear = proxy_clear,
    .tp_richcompare = proxy_richcompare,
    .tp_iter = proxy_iter,
    .tp_iternext = proxy_iternext,
    .tp_methods = proxy_methods,
};
