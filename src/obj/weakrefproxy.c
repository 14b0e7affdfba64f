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

/* The three ways of forwarding an operator: unwrap every operand that is a proxy (left to
 * right, stopping at the first dead one), call the generic operation, drop the unwrapped
 * references. */
static HsObject *relay_one(hs_unaryfunc generic, HsObject *operand) {
    HsObject *target = unwrap(operand);
    if (target == NULL) {
        return NULL;
    }
    HsObject *result = generic(target);
    Hs_DECREF(target);
    return result;
}

static HsObject *relay_two(hs_binaryfunc generic, HsObject *left, HsObject *right) {
    HsObject *lhs = unwrap(left);
    HsObject *rhs = lhs == NULL ? NULL : unwrap(right);
    HsObject *result = rhs == NULL ? NULL : generic(lhs, rhs);
    Hs_XDECREF(rhs);
    Hs_XDECREF(lhs);
    return result;
}

static HsObject *relay_three(hs_ternaryfunc generic, HsObject *base, HsObject *exp,
                             HsObject *mod) {
    HsObject *unwrapped[3] = {NULL, NULL, NULL};
    HsObject *operands[3] = {base, exp, mod};
    HsObject *result = NULL;
    int ok = 1;
    for (int k = 0; k < 3 && ok; k++) {
        unwrapped[k] = unwrap(operands[k]);
        ok = unwrapped[k] != NULL;
    }
    if (ok) {
        result = generic(unwrapped[0], unwrapped[1], unwrapped[2]);
    }
    for (int k = 0; k < 3; k++) {
        Hs_XDECREF(unwrapped[k]);
    }
    return result;
}

/* The forwarded number slots. Each list entry names the HsNumber_<Op> function; the slot
 * function generated for it is fwd_<Op>. Which operations a proxy forwards is CPython's
 * choice (everything in its proxy_as_number); the grouping here is by arity. */
#define HS_PROXY_UNARY_OPS(X)                                                                      \
    X(Negative) X(Positive) X(Absolute) X(Invert) X(Long) X(Float) X(Index)
#define HS_PROXY_BINARY_OPS(X)                                                                     \
    X(Add) X(Subtract) X(Multiply) X(MatrixMultiply) X(TrueDivide) X(FloorDivide)              \
    X(Remainder) X(Divmod) X(Lshift) X(Rshift) X(And) X(Or) X(Xor)                             \
    X(InPlaceAdd) X(InPlaceSubtract) X(InPlaceMultiply) X(InPlaceMatrixMultiply)               \
    X(InPlaceTrueDivide) X(InPlaceFloorDivide) X(InPlaceRemainder) X(InPlaceLshift)            \
    X(InPlaceRshift) X(InPlaceAnd) X(InPlaceOr) X(InPlaceXor)
#define HS_PROXY_TERNARY_OPS(X) X(Power) X(InPlacePower)

#define HS_DEFINE_FWD1(Op)                                                                         \
    static HsObject *fwd_##Op(HsObject *self) {                                                    \
        return relay_one(HsNumber_##Op, self);                                                     \
    }
#define HS_DEFINE_FWD2(Op)                                                                         \
    static HsObject *fwd_##Op(HsObject *left, HsObject *right) {                                   \
        return relay_two(HsNumber_##Op, left, right);                                              \
    }
#define HS_DEFINE_FWD3(Op)                                                                         \
    static HsObject *fwd_##Op(HsObject *base, HsObject *exp, HsObject *mod) {                      \
        return relay_three(HsNumber_##Op, base, exp, mod);                                         \
    }

HS_PROXY_UNARY_OPS(HS_DEFINE_FWD1)
HS_PROXY_BINARY_OPS(HS_DEFINE_FWD2)
HS_PROXY_TERNARY_OPS(HS_DEFINE_FWD3)

#undef HS_DEFINE_FWD1
#undef HS_DEFINE_FWD2
#undef HS_DEFINE_FWD3

/* ==== static helpers: proxy slots ==== */

/* The non-number operations forwarded through the same helpers. */
static HsObject *proxy_getattr(HsObject *self, HsObject *name) {
    return relay_two(HsObject_GetAttr, self, name);
}

static HsObject *proxy_str(HsObject *self) {
    return relay_one(HsObject_Str, self);
}

static HsObject *proxy_iter(HsObject *self) {
    return relay_one(HsObject_GetIter, self);
}

static HsObject *proxy_getitem(HsObject *self, HsObject *key) {
    return relay_two(HsObject_GetItem, self, key);
}

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

/* Grouped as the lists above; nb_bool is the one number slot that is not a relay. */
static HsNumberMethods proxy_as_number = {
    .nb_bool = proxy_bool,
    // unary
    .nb_negative = fwd_Negative,
    .nb_positive = fwd_Positive,
    .nb_absolute = fwd_Absolute,
    .nb_invert = fwd_Invert,
    .nb_int = fwd_Long,
    .nb_float = fwd_Float,
    .nb_index = fwd_Index,
    // binary
    .nb_add = fwd_Add,
    .nb_subtract = fwd_Subtract,
    .nb_multiply = fwd_Multiply,
    .nb_matrix_multiply = fwd_MatrixMultiply,
    .nb_true_divide = fwd_TrueDivide,
    .nb_floor_divide = fwd_FloorDivide,
    .nb_remainder = fwd_Remainder,
    .nb_divmod = fwd_Divmod,
    .nb_lshift = fwd_Lshift,
    .nb_rshift = fwd_Rshift,
    .nb_and = fwd_And,
    .nb_or = fwd_Or,
    .nb_xor = fwd_Xor,
    .nb_power = fwd_Power,
    // in place
    .nb_inplace_add = fwd_InPlaceAdd,
    .nb_inplace_subtract = fwd_InPlaceSubtract,
    .nb_inplace_multiply = fwd_InPlaceMultiply,
    .nb_inplace_matrix_multiply = fwd_InPlaceMatrixMultiply,
    .nb_inplace_true_divide = fwd_InPlaceTrueDivide,
    .nb_inplace_floor_divide = fwd_InPlaceFloorDivide,
    .nb_inplace_remainder = fwd_InPlaceRemainder,
    .nb_inplace_lshift = fwd_InPlaceLshift,
    .nb_inplace_rshift = fwd_InPlaceRshift,
    .nb_inplace_and = fwd_InPlaceAnd,
    .nb_inplace_or = fwd_InPlaceOr,
    .nb_inplace_xor = fwd_InPlaceXor,
    .nb_inplace_power = fwd_InPlacePower,
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
