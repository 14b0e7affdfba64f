/* The number protocol (CPython 3.11: Objects/abstract.c, binary_op1/binary_iop1/ternary_op
 * and the PyNumber_* functions): dispatch of the operators to the operands' nb_* slots.
 * The right operand's slot goes first when its type is a proper subclass of the left's;
 * NotImplemented from both gives CPython's TypeError; + and * fall back to sequence
 * concatenation and repetition; in-place forms try the nb_inplace_* slot first.
 * Invariant: slots are called as slot(v, w) whichever operand owns them, as in CPython. */
#include "hs/abstract.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_type.h"
#include "hs/errors.h"

#include <stddef.h>

/* ==== static helpers ==== */

#define SLOT(tp, off)                                                                              \
    ((tp)->tp_as_number != NULL ? *(hs_binaryfunc *)((char *)(tp)->tp_as_number + (off)) : NULL)

/* NotImplemented (new reference) when neither operand handles the operation. */
static HsObject *binary_op1(HsObject *v, HsObject *w, size_t off) {
    HsTypeObject *tv = Hs_TYPE(v), *tw = Hs_TYPE(w);
    hs_binaryfunc slotv = SLOT(tv, off), slotw = NULL;
    if (tw != tv) {
        slotw = SLOT(tw, off);
        if (slotw == slotv) {
            slotw = NULL;
        }
    }
    HsObject *x;
    if (slotv != NULL) {
        if (slotw != NULL && HsType_IsSubtype(tw, tv)) {
            x = slotw(v, w);
            if (x != Hs_NotImplemented) {
                return x;
            }
            Hs_DECREF(x);
            slotw = NULL;
        }
        x = slotv(v, w);
        if (x != Hs_NotImplemented) {
            return x;
        }
        Hs_DECREF(x);
    }
    if (slotw != NULL) {
        x = slotw(v, w);
        if (x != Hs_NotImplemented) {
            return x;
        }
        Hs_DECREF(x);
    }
    Hs_RETURN_NOTIMPLEMENTED;
}

static HsObject *binop_type_error(HsObject *v, HsObject *w, const char *name) {
    return HsErr_Format(HsExc_TypeError,
                        "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'", name,
                        Hs_TYPE(v)->tp_name, Hs_TYPE(w)->tp_name);
}

static HsObject *binary_op(HsObject *v, HsObject *w, size_t off, const char *name) {
    HsObject *r = binary_op1(v, w, off);
    if (r == Hs_NotImplemented) {
        Hs_DECREF(r);
        return binop_type_error(v, w, name);
    }
    return r;
}

/* In-place: the left operand's nb_inplace slot, else the binary operation. */
static HsObject *binary_iop1(HsObject *v, HsObject *w, size_t ioff, size_t off) {
    hs_binaryfunc slot = SLOT(Hs_TYPE(v), ioff);
    if (slot != NULL) {
        HsObject *x = slot(v, w);
        if (x != Hs_NotImplemented) {
            return x;
        }
        Hs_DECREF(x);
    }
    return binary_op1(v, w, off);
}

static HsObject *binary_iop(HsObject *v, HsObject *w, size_t ioff, size_t off,
                            const char *name) {
    HsObject *r = binary_iop1(v, w, ioff, off);
    if (r == Hs_NotImplemented) {
        Hs_DECREF(r);
        return binop_type_error(v, w, name);
    }
    return r;
}

/* seq * n for sequences without an nb_multiply answer (CPython: sequence_repeat). */
static HsObject *sequence_repeat(hs_ssizeargfunc repeat, HsObject *seq, HsObject *n) {
    if (!HsLong_Check(n) && (Hs_TYPE(n)->tp_as_number == NULL ||
                             Hs_TYPE(n)->tp_as_number->nb_index == NULL)) {
        return HsErr_Format(HsExc_TypeError, "can't multiply sequence by non-int of type "
                            "'%.200s'", Hs_TYPE(n)->tp_name);
    }
    Hs_ssize_t count = HsNumber_AsSsize_t(n, HsExc_OverflowError);
    if (count == -1 && HsErr_Occurred()) {
        return NULL;
    }
    return repeat(seq, count);
}

static HsObject *multiply(HsObject *v, HsObject *w, int inplace) {
    HsObject *r = inplace ? binary_iop1(v, w, offsetof(HsNumberMethods, nb_inplace_multiply),
                                        offsetof(HsNumberMethods, nb_multiply))
                          : binary_op1(v, w, offsetof(HsNumberMethods, nb_multiply));
    if (r != Hs_NotImplemented) {
        return r;
    }
    Hs_DECREF(r);
    HsSequenceMethods *mv = Hs_TYPE(v)->tp_as_sequence, *mw = Hs_TYPE(w)->tp_as_sequence;
    if (mv != NULL && inplace && mv->sq_inplace_repeat != NULL) {
        return sequence_repeat(mv->sq_inplace_repeat, v, w);
    }
    if (mv != NULL && mv->sq_repeat != NULL) {
        return sequence_repeat(mv->sq_repeat, v, w);
    }
    if (!inplace && mw != NULL && mw->sq_repeat != NULL) { /* x *= seq never repeats seq */
        return sequence_repeat(mw->sq_repeat, w, v);
    }
    return binop_type_error(v, w, inplace ? "*=" : "*");
}

static HsObject *add(HsObject *v, HsObject *w, int inplace) {
    HsObject *r = inplace ? binary_iop1(v, w, offsetof(HsNumberMethods, nb_inplace_add),
                                        offsetof(HsNumberMethods, nb_add))
                          : binary_op1(v, w, offsetof(HsNumberMethods, nb_add));
    if (r != Hs_NotImplemented) {
        return r;
    }
    Hs_DECREF(r);
    HsSequenceMethods *m = Hs_TYPE(v)->tp_as_sequence;
    if (m != NULL && inplace && m->sq_inplace_concat != NULL) {
        return m->sq_inplace_concat(v, w);
    }
    if (m != NULL && m->sq_concat != NULL) {
        return m->sq_concat(v, w);
    }
    return binop_type_error(v, w, inplace ? "+=" : "+");
}

/* pow(v, w, z): CPython's ternary_op, including its two error wordings. */
static HsObject *power(HsObject *v, HsObject *w, HsObject *z, int inplace) {
    HsTypeObject *tv = Hs_TYPE(v), *tw = Hs_TYPE(w);
    hs_ternaryfunc slotv = NULL, slotw = NULL;
    if (inplace && tv->tp_as_number != NULL) {
        slotv = tv->tp_as_number->nb_inplace_power;
    }
    HsObject *x;
    if (slotv != NULL) {
        x = slotv(v, w, z);
        if (x != Hs_NotImplemented) {
            return x;
        }
        Hs_DECREF(x);
    }
    slotv = tv->tp_as_number != NULL ? tv->tp_as_number->nb_power : NULL;
    if (tw != tv && tw->tp_as_number != NULL) {
        slotw = tw->tp_as_number->nb_power;
        if (slotw == slotv) {
            slotw = NULL;
        }
    }
    if (slotv != NULL) {
        if (slotw != NULL && HsType_IsSubtype(tw, tv)) {
            x = slotw(v, w, z);
            if (x != Hs_NotImplemented) {
                return x;
            }
            Hs_DECREF(x);
            slotw = NULL;
        }
        x = slotv(v, w, z);
        if (x != Hs_NotImplemented) {
            return x;
        }
        Hs_DECREF(x);
    }
    if (slotw != NULL) {
        x = slotw(v, w, z);
        if (x != Hs_NotImplemented) {
            return x;
        }
        Hs_DECREF(x);
    }
    if (z != Hs_None) {
        hs_ternaryfunc slotz = Hs_TYPE(z)->tp_as_number != NULL
                                   ? Hs_TYPE(z)->tp_as_number->nb_power : NULL;
        if (slotz != NULL && slotz != slotv && slotz != slotw) {
            x = slotz(v, w, z);
            if (x != Hs_NotImplemented) {
                return x;
            }
            Hs_DECREF(x);
        }
        return HsErr_Format(HsExc_TypeError, "unsupported operand type(s) for pow(): '%.100s', "
                            "'%.100s', '%.100s'", tv->tp_name, tw->tp_name, Hs_TYPE(z)->tp_name);
    }
    return HsErr_Format(HsExc_TypeError, "unsupported operand type(s) for %s: '%.100s' and "
                        "'%.100s'", inplace ? "**=" : "** or pow()", tv->tp_name, tw->tp_name);
}

static HsObject *unary(HsObject *o, size_t off, const char *what) {
    HsNumberMethods *nb = Hs_TYPE(o)->tp_as_number;
    hs_unaryfunc f = nb != NULL ? *(hs_unaryfunc *)((char *)nb + off) : NULL;
    if (f != NULL) {
        return f(o);
    }
    return HsErr_Format(HsExc_TypeError, "bad operand type for %s: '%.200s'", what,
                        Hs_TYPE(o)->tp_name);
}

/* ==== public API ==== */

#define OFF(slot) offsetof(HsNumberMethods, slot)

HsObject *HsNumber_Add(HsObject *a, HsObject *b) { return add(a, b, 0); }
HsObject *HsNumber_InPlaceAdd(HsObject *a, HsObject *b) { return add(a, b, 1); }
HsObject *HsNumber_Multiply(HsObject *a, HsObject *b) { return multiply(a, b, 0); }
HsObject *HsNumber_InPlaceMultiply(HsObject *a, HsObject *b) { return multiply(a, b, 1); }
HsObject *HsNumber_Power(HsObject *a, HsObject *b, HsObject *z) { return power(a, b, z, 0); }
HsObject *HsNumber_InPlacePower(HsObject *a, HsObject *b, HsObject *z) {
    return power(a, b, z, 1);
}

#define BINARY(func, slot, name)                                                                   \
    HsObject *func(HsObject *a, HsObject *b) { return binary_op(a, b, OFF(slot), name); }
#define INPLACE(func, islot, slot, name)                                                           \
    HsObject *func(HsObject *a, HsObject *b) {                                                     \
        return binary_iop(a, b, OFF(islot), OFF(slot), name);                                      \
    }

BINARY(HsNumber_Subtract, nb_subtract, "-")
BINARY(HsNumber_MatrixMultiply, nb_matrix_multiply, "@")
BINARY(HsNumber_TrueDivide, nb_true_divide, "/")
BINARY(HsNumber_FloorDivide, nb_floor_divide, "//")
BINARY(HsNumber_Remainder, nb_remainder, "%")
BINARY(HsNumber_Divmod, nb_divmod, "divmod()")
BINARY(HsNumber_Lshift, nb_lshift, "<<")
BINARY(HsNumber_Rshift, nb_rshift, ">>")
BINARY(HsNumber_And, nb_and, "&")
BINARY(HsNumber_Or, nb_or, "|")
BINARY(HsNumber_Xor, nb_xor, "^")
INPLACE(HsNumber_InPlaceSubtract, nb_inplace_subtract, nb_subtract, "-=")
INPLACE(HsNumber_InPlaceMatrixMultiply, nb_inplace_matrix_multiply, nb_matrix_multiply, "@=")
INPLACE(HsNumber_InPlaceTrueDivide, nb_inplace_true_divide, nb_true_divide, "/=")
INPLACE(HsNumber_InPlaceFloorDivide, nb_inplace_floor_divide, nb_floor_divide, "//=")
INPLACE(HsNumber_InPlaceRemainder, nb_inplace_remainder, nb_remainder, "%=")
INPLACE(HsNumber_InPlaceLshift, nb_inplace_lshift, nb_lshift, "<<=")
INPLACE(HsNumber_InPlaceRshift, nb_inplace_rshift, nb_rshift, ">>=")
INPLACE(HsNumber_InPlaceAnd, nb_inplace_and, nb_and, "&=")
INPLACE(HsNumber_InPlaceOr, nb_inplace_or, nb_or, "|=")
INPLACE(HsNumber_InPlaceXor, nb_inplace_xor, nb_xor, "^=")

HsObject *HsNumber_Negative(HsObject *o) { return unary(o, OFF(nb_negative), "unary -"); }
HsObject *HsNumber_Positive(HsObject *o) { return unary(o, OFF(nb_positive), "unary +"); }
HsObject *HsNumber_Invert(HsObject *o) { return unary(o, OFF(nb_invert), "unary ~"); }
HsObject *HsNumber_Absolute(HsObject *o) { return unary(o, OFF(nb_absolute), "abs()"); }
