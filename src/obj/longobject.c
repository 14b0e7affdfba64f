/* The int object's core (CPython 3.11: Objects/longobject.c): layout, the small-int cache
 * -5..256 (statically allocated, as 3.11's _PyLong_SMALL_INTS), creation from and
 * conversion to C integers and doubles, normalisation, comparison, every nb_* slot and
 * repr (methods and int() are in longmethods.c). Compact (one-digit) operands take C fast
 * paths; big values go through the digit kernel (include/internal/hs_obj_long.h).
 * Invariants: ob_size is sign x digit count with no leading zero digit; every value in
 * -5..256 handed out is the cached object; cached objects are never freed. */
#include "hs/abstract.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_long.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/errors.h"

#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* ==== the small-int cache ==== */

static void int_dealloc(HsObject *op);
static HsObject *int_repr(HsObject *v);

HsTypeObject HsLong_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "int",
    .tp_getattro = HsObject_GenericGetAttr, /* as CPython: its own __getattribute__ */
    .tp_basicsize = offsetof(HsLongObject, ob_digit),
    .tp_itemsize = sizeof(uint32_t),
    .tp_dealloc = int_dealloc,
    .tp_repr = int_repr,
    .tp_as_number = &hs_int_as_number,
    .tp_richcompare = hs_int_richcompare,
    .tp_hash = hs_int_hash,
    .tp_flags = HS_TPFLAGS_BASETYPE | HS_TPFLAGS_LONG_SUBCLASS,
    .tp_methods = hs_int_methods,
    .tp_getset = hs_int_getset,
    .tp_new = hs_int_new_obj,
};

/* A cached int starts with a large count, as in CPython, where the interpreter's own modules
 * hold hundreds of references to each: sys.getrefcount(1) is large there too. */
#define SMALL_INT_BASE_REFCNT 1000
#define SMALL(v)                                                                                   \
    {{{SMALL_INT_BASE_REFCNT, &HsLong_Type}, (v) < 0 ? -1 : (v) > 0 ? 1 : 0}, {(uint32_t)((v) < 0 ? -(v) : (v))}}
#define S4(b) SMALL(b), SMALL((b) + 1), SMALL((b) + 2), SMALL((b) + 3)
#define S16(b) S4(b), S4((b) + 4), S4((b) + 8), S4((b) + 12)
#define S64(b) S16(b), S16((b) + 16), S16((b) + 32), S16((b) + 48)

static HsLongObject small_ints[HS_INT_SMALL_NEG + HS_INT_SMALL_POS] = {
    SMALL(-5), SMALL(-4), SMALL(-3), SMALL(-2), SMALL(-1),
    S64(0), S64(64), S64(128), S64(192), SMALL(256),
};

#undef S64
#undef S16
#undef S4
#undef SMALL

static inline int is_small(long long v) {
    return v >= -HS_INT_SMALL_NEG && v < HS_INT_SMALL_POS;
}

static inline HsObject *get_small(long long v) {
    return Hs_NewRef((HsObject *)&small_ints[v + HS_INT_SMALL_NEG]);
}

/* ==== static helpers ==== */

static void int_dealloc(HsObject *op) {
    if (HsLong_CheckExact(op) || HsBool_Check(op)) {
        hs_obj_free(op);
    } else {
        Hs_TYPE(op)->tp_free(op); /* an instance of a class deriving from int */
    }
}

/* hash(int), as CPython's long_hash (the kernel's). */
Hs_ssize_t hs_int_hash(HsObject *op) {
    return hs_obj_long_hash(((HsLongObject *)op)->ob_digit, Hs_SIZE(op));
}

HsObject *hs_int_richcompare(HsObject *a, HsObject *b, int op) {
    if (!HsLong_Check(a) || !HsLong_Check(b)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    int c = a == b ? 0 : hs_int_compare(a, b);
    int r;
    switch (op) {
    case HS_LT: r = c < 0; break;
    case HS_LE: r = c <= 0; break;
    case HS_EQ: r = c == 0; break;
    case HS_NE: r = c != 0; break;
    case HS_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return HsBool_FromLong(r);
}

/* An int holding the magnitude 'mag' with sign 'neg'. */
static HsObject *from_magnitude(unsigned long long mag, int neg) {
    if (mag <= HS_INT_MASK) {
        HsLongObject *one = hs_int_new(1); /* the common one-digit case, without the loops */
        if (one != NULL) {
            one->ob_digit[0] = (uint32_t)mag;
            Hs_SIZE(one) = neg ? -1 : 1;
        }
        return (HsObject *)one;
    }
    Hs_ssize_t n = 0;
    for (unsigned long long t = mag; t != 0; t >>= HS_INT_SHIFT) {
        n++;
    }
    HsLongObject *v = hs_int_new(n);
    if (v == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < n; i++, mag >>= HS_INT_SHIFT) {
        v->ob_digit[i] = (uint32_t)(mag & HS_INT_MASK);
    }
    Hs_SIZE(v) = neg ? -n : n;
    return (HsObject *)v;
}

/* ==== number slots ====
 * Every binary slot is called as slot(v, w) and returns NotImplemented unless both operands
 * are ints. One-digit ("compact") operands take C fast paths that never call the kernel and
 * allocate only the result; everything else goes through the digit kernel into a fresh int
 * of the kernel's documented capacity, then hs_int_normalize (which also hands out cached
 * small ints). Operands are borrowed; every slot returns a new reference, or NULL with an
 * exception set. */

#define DIGITS(op) (((HsLongObject *)(op))->ob_digit)
#define NDIG(op) (Hs_SIZE(op) < 0 ? -Hs_SIZE(op) : Hs_SIZE(op))
#define CHECK_BINOP(v, w)                                                                          \
    do {                                                                                           \
        if (!HsLong_Check(v) || !HsLong_Check(w)) {                                                \
            Hs_RETURN_NOTIMPLEMENTED;                                                              \
        }                                                                                          \
    } while (0)

static int max_str_digits = HS_LONG_MAX_STR_DIGITS;

/* An int for a C value with |v| < 2**62 (results of compact fast paths). */
static HsObject *from_small_result(long long v) {
    if (is_small(v)) {
        return get_small(v);
    }
    unsigned long long m = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    Hs_ssize_t n = m < (1ULL << 30) ? 1 : m < (1ULL << 60) ? 2 : 3;
    HsLongObject *z = hs_int_new(n);
    if (z == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < n; i++, m >>= HS_INT_SHIFT) {
        z->ob_digit[i] = (uint32_t)(m & HS_INT_MASK);
    }
    Hs_SIZE(z) = v < 0 ? -n : n;
    return (HsObject *)z;
}

/* Results above this many digits (256 TiB) cannot be allocated on any machine we run on:
 * MemoryError without asking the allocator (which sanitizers would abort on). */
#define MAX_RESULT_DIGITS ((Hs_ssize_t)1 << 46)

/* A fresh int of 'cap' digits for a kernel result; MemoryError for cap < 0 or absurd. */
static HsLongObject *result_buffer(Hs_ssize_t cap) {
    if (cap < 0 || cap > MAX_RESULT_DIGITS) {
        return (HsLongObject *)HsErr_NoMemory();
    }
    return hs_int_new(cap);
}

/* Set the kernel's signed size on 'z' and normalise. Steals: 'z'. Return: new reference. */
static HsObject *finish(HsLongObject *z, Hs_ssize_t nz) {
    Hs_SIZE(z) = nz;
    return hs_int_normalize(z);
}

/* Raise for a kernel status; 'zero_msg' is the ZeroDivisionError message. Returns NULL. */
static HsObject *kernel_error(int status, const char *zero_msg) {
    switch (status) {
    case HS_LONG_ERR_ZERO_DIV:
        HsErr_SetString(HsExc_ZeroDivisionError, zero_msg);
        return NULL;
    case HS_LONG_ERR_NOT_INVERTIBLE:
        HsErr_SetString(HsExc_ValueError, "base is not invertible for the given modulus");
        return NULL;
    case HS_LONG_ERR_OVERFLOW:
        HsErr_SetString(HsExc_OverflowError, "too many digits in integer");
        return NULL;
    default:
        return HsErr_NoMemory();
    }
}

HsObject *hs_int_copy(HsObject *v) {
    if (HsLong_CheckExact(v)) {
        return Hs_NewRef(v);
    }
    if (hs_int_is_compact(v)) {
        return from_small_result(hs_int_compact_value(v));
    }
    Hs_ssize_t n = NDIG(v);
    HsLongObject *z = hs_int_new(n);
    if (z == NULL) {
        return NULL;
    }
    memcpy(z->ob_digit, DIGITS(v), (size_t)n * sizeof(uint32_t));
    return finish(z, Hs_SIZE(v));
}

/* -v (negate) or |v| (!negate). */
static HsObject *int_sign_op(HsObject *v, int negate) {
    if (hs_int_is_compact(v)) {
        long x = hs_int_compact_value(v);
        return from_small_result(negate ? -x : (x < 0 ? -x : x));
    }
    Hs_ssize_t n = NDIG(v);
    HsLongObject *z = hs_int_new(n);
    if (z == NULL) {
        return NULL;
    }
    memcpy(z->ob_digit, DIGITS(v), (size_t)n * sizeof(uint32_t));
    return finish(z, negate ? -Hs_SIZE(v) : n);
}

static HsObject *int_neg(HsObject *v) {
    return int_sign_op(v, 1);
}

static HsObject *int_abs(HsObject *v) {
    return int_sign_op(v, 0);
}

static int int_bool(HsObject *v) {
    return Hs_SIZE(v) != 0;
}

static HsObject *int_add(HsObject *a, HsObject *b) {
    CHECK_BINOP(a, b);
    if (hs_int_is_compact(a) && hs_int_is_compact(b)) {
        return from_small_result((long long)hs_int_compact_value(a) + hs_int_compact_value(b));
    }
    Hs_ssize_t na = NDIG(a), nb = NDIG(b);
    HsLongObject *z = hs_int_new((na > nb ? na : nb) + 1);
    if (z == NULL) {
        return NULL;
    }
    return finish(z, hs_obj_long_add(DIGITS(a), Hs_SIZE(a), DIGITS(b), Hs_SIZE(b), z->ob_digit));
}

static HsObject *int_sub(HsObject *a, HsObject *b) {
    CHECK_BINOP(a, b);
    if (hs_int_is_compact(a) && hs_int_is_compact(b)) {
        return from_small_result((long long)hs_int_compact_value(a) - hs_int_compact_value(b));
    }
    Hs_ssize_t na = NDIG(a), nb = NDIG(b);
    HsLongObject *z = hs_int_new((na > nb ? na : nb) + 1);
    if (z == NULL) {
        return NULL;
    }
    return finish(z, hs_obj_long_sub(DIGITS(a), Hs_SIZE(a), DIGITS(b), Hs_SIZE(b), z->ob_digit));
}

static HsObject *int_mul(HsObject *a, HsObject *b) {
    CHECK_BINOP(a, b);
    if (hs_int_is_compact(a) && hs_int_is_compact(b)) {
        return from_small_result((long long)hs_int_compact_value(a) * hs_int_compact_value(b));
    }
    HsLongObject *z = hs_int_new(NDIG(a) + NDIG(b));
    if (z == NULL) {
        return NULL;
    }
    Hs_ssize_t nz;
    int st = hs_obj_long_mul(DIGITS(a), Hs_SIZE(a), DIGITS(b), Hs_SIZE(b), z->ob_digit, &nz);
    if (st != HS_LONG_OK) {
        Hs_DECREF(z);
        return kernel_error(st, "");
    }
    return finish(z, nz);
}

/* Floor division and/or modulo: '*q' / '*r' (either may be NULL) get new references.
 * Returns 0, or -1 with ZeroDivisionError('zero_msg') or MemoryError. CPython: l_divmod
 * with fast_floor_div / fast_mod for one-digit operands. */
static int int_divmod_impl(HsObject *a, HsObject *b, HsObject **q, HsObject **r,
                           const char *zero_msg) {
    if (Hs_SIZE(b) == 0) {
        HsErr_SetString(HsExc_ZeroDivisionError, zero_msg);
        return -1;
    }
    if (hs_int_is_compact(a) && hs_int_is_compact(b)) {
        long x = hs_int_compact_value(a), y = hs_int_compact_value(b);
        long qq = x / y, rr = x % y;
        if (rr != 0 && ((rr < 0) != (y < 0))) {
            rr += y;
            qq -= 1;
        }
        if (q != NULL && (*q = from_small_result(qq)) == NULL) {
            return -1;
        }
        if (r != NULL && (*r = from_small_result(rr)) == NULL) {
            if (q != NULL) {
                Hs_CLEAR(*q);
            }
            return -1;
        }
        return 0;
    }
    HsLongObject *zq = NULL, *zr = NULL;
    if (q != NULL && (zq = hs_int_new(hs_obj_long_div_capacity(Hs_SIZE(a), Hs_SIZE(b)))) == NULL) {
        return -1;
    }
    if (r != NULL && (zr = hs_int_new(NDIG(b))) == NULL) {
        Hs_XDECREF(zq);
        return -1;
    }
    Hs_ssize_t nq = 0, nr = 0;
    int st = hs_obj_long_divmod(DIGITS(a), Hs_SIZE(a), DIGITS(b), Hs_SIZE(b),
                                zq ? zq->ob_digit : NULL, &nq, zr ? zr->ob_digit : NULL, &nr);
    if (st != HS_LONG_OK) {
        Hs_XDECREF(zq);
        Hs_XDECREF(zr);
        kernel_error(st, zero_msg);
        return -1;
    }
    if (q != NULL) {
        *q = finish(zq, nq);
    }
    if (r != NULL) {
        *r = finish(zr, nr);
    }
    return 0;
}

static HsObject *int_floordiv(HsObject *a, HsObject *b) {
    CHECK_BINOP(a, b);
    HsObject *q;
    return int_divmod_impl(a, b, &q, NULL, "integer division or modulo by zero") < 0 ? NULL : q;
}

static HsObject *int_mod(HsObject *a, HsObject *b) {
    CHECK_BINOP(a, b);
    HsObject *r;
    return int_divmod_impl(a, b, NULL, &r, "integer modulo by zero") < 0 ? NULL : r;
}

static HsObject *int_divmod(HsObject *a, HsObject *b) {
    CHECK_BINOP(a, b);
    HsObject *q, *r;
    if (int_divmod_impl(a, b, &q, &r, "integer division or modulo by zero") < 0) {
        return NULL;
    }
    HsObject *t = HsTuple_New(2);
    if (t == NULL) {
        Hs_DECREF(q);
        Hs_DECREF(r);
        return NULL;
    }
    HS_TUPLE_SET(t, 0, q);
    HS_TUPLE_SET(t, 1, r);
    return t;
}

/* a / b: exact C division for one-digit operands (both exactly representable, so the
 * quotient is correctly rounded), the kernel's long_true_divide otherwise. */
static HsObject *int_true_divide(HsObject *a, HsObject *b) {
    CHECK_BINOP(a, b);
    if (Hs_SIZE(b) == 0) {
        HsErr_SetString(HsExc_ZeroDivisionError, "division by zero");
        return NULL;
    }
    if (hs_int_is_compact(a) && hs_int_is_compact(b)) {
        return HsFloat_FromDouble((double)hs_int_compact_value(a) /
                                  (double)hs_int_compact_value(b));
    }
    double d;
    int st = hs_obj_long_true_divide(DIGITS(a), Hs_SIZE(a), DIGITS(b), Hs_SIZE(b), &d);
    if (st == HS_LONG_ERR_OVERFLOW) {
        HsErr_SetString(HsExc_OverflowError, HS_LONG_MSG_TRUEDIV);
        return NULL;
    }
    if (st != HS_LONG_OK) {
        return kernel_error(st, "division by zero");
    }
    return HsFloat_FromDouble(d);
}

/* pow(v, w[, x]): a negative exponent without modulus is float's business (CPython hands
 * it to float_pow, which gives "0.0 cannot be raised to a negative power" for 0 ** -1). */
static HsObject *int_pow(HsObject *v, HsObject *w, HsObject *x) {
    CHECK_BINOP(v, w);
    if (x != Hs_None && !HsLong_Check(x)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    if (x == Hs_None) {
        if (Hs_SIZE(w) < 0) {
            return HsFloat_Type.tp_as_number->nb_power(v, w, x);
        }
        Hs_ssize_t cap = hs_obj_long_pow_capacity(DIGITS(v), Hs_SIZE(v), DIGITS(w), Hs_SIZE(w));
        HsLongObject *z = result_buffer(cap);
        if (z == NULL) {
            return NULL;
        }
        Hs_ssize_t nz;
        int st = hs_obj_long_pow(DIGITS(v), Hs_SIZE(v), DIGITS(w), Hs_SIZE(w), z->ob_digit, &nz);
        if (st != HS_LONG_OK) {
            Hs_DECREF(z);
            return kernel_error(st, "");
        }
        return finish(z, nz);
    }
    if (Hs_SIZE(x) == 0) {
        HsErr_SetString(HsExc_ValueError, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    HsLongObject *z = hs_int_new(NDIG(x));
    if (z == NULL) {
        return NULL;
    }
    Hs_ssize_t nz;
    int st = hs_obj_long_powmod(DIGITS(v), Hs_SIZE(v), DIGITS(w), Hs_SIZE(w), DIGITS(x),
                                Hs_SIZE(x), z->ob_digit, &nz);
    if (st != HS_LONG_OK) {
        Hs_DECREF(z);
        return kernel_error(st, "");
    }
    return finish(z, nz);
}

/* The shift count of 'b' (>= 0) as a size_t; SIZE_MAX when it does not fit. -1 with
 * ValueError "negative shift count". */
static int shift_count(HsObject *b, size_t *s) {
    if (Hs_SIZE(b) < 0) {
        HsErr_SetString(HsExc_ValueError, "negative shift count");
        return -1;
    }
    int overflow;
    long long v = hs_int_as_longlong_and_overflow(b, &overflow);
    *s = overflow ? SIZE_MAX : (size_t)v;
    return 0;
}

/* x << b for a nonzero x and a count b beyond 64 bits, which no machine can hold. As
 * CPython: OverflowError "too many digits in integer" when the count of whole digits
 * (b // 30) reaches what a size can count in digits, MemoryError below that. */
static HsObject *huge_lshift_error(HsObject *b) {
    HsObject *shift = HsLong_FromLong(HS_LONG_SHIFT);
    HsObject *words = shift != NULL ? HsNumber_FloorDivide(b, shift) : NULL;
    Hs_XDECREF(shift);
    if (words == NULL) {
        return NULL;
    }
    int overflow;
    long long n = hs_int_as_longlong_and_overflow(words, &overflow);
    Hs_DECREF(words);
    if (overflow || n >= (long long)(HS_SSIZE_T_MAX / (Hs_ssize_t)sizeof(hs_digit))) {
        HsErr_SetString(HsExc_OverflowError, "too many digits in integer");
        return NULL;
    }
    return HsErr_NoMemory();
}

static HsObject *int_lshift(HsObject *a, HsObject *b) {
    CHECK_BINOP(a, b);
    size_t s;
    if (shift_count(b, &s) < 0) {
        return NULL;
    }
    if (Hs_SIZE(a) == 0) {
        return get_small(0);
    }
    if (hs_int_is_compact(a) && s <= 31) {
        return from_small_result((long long)hs_int_compact_value(a) * ((long long)1 << s));
    }
    if (s == SIZE_MAX) {
        return huge_lshift_error(b);
    }
    HsLongObject *z = result_buffer(hs_obj_long_lshift_capacity(Hs_SIZE(a), s));
    if (z == NULL) {
        return NULL;
    }
    return finish(z, hs_obj_long_lshift(DIGITS(a), Hs_SIZE(a), s, z->ob_digit));
}

static HsObject *int_rshift(HsObject *a, HsObject *b) {
    CHECK_BINOP(a, b);
    size_t s;
    if (shift_count(b, &s) < 0) {
        return NULL;
    }
    if (hs_int_is_compact(a)) {
        long x = hs_int_compact_value(a);
        if (s >= 31) {
            return get_small(x < 0 ? -1 : 0);
        }
        return from_small_result(x >= 0 ? x >> s : ~(~x >> s));
    }
    Hs_ssize_t na = NDIG(a), words = (Hs_ssize_t)(s / HS_INT_SHIFT);
    if (s / HS_INT_SHIFT >= (size_t)na) {
        return get_small(Hs_SIZE(a) < 0 ? -1 : 0);
    }
    HsLongObject *z = hs_int_new(na - words + 1);
    if (z == NULL) {
        return NULL;
    }
    return finish(z, hs_obj_long_rshift(DIGITS(a), Hs_SIZE(a), s, z->ob_digit));
}

typedef Hs_ssize_t (*bitwise_fn)(const hs_digit *, Hs_ssize_t, const hs_digit *, Hs_ssize_t,
                                 hs_digit *);

/* &, |, ^ on infinite two's complement: C's own operators for one-digit operands. */
static HsObject *int_bitwise(HsObject *a, HsObject *b, char op, bitwise_fn fn) {
    if (hs_int_is_compact(a) && hs_int_is_compact(b)) {
        long x = hs_int_compact_value(a), y = hs_int_compact_value(b);
        return from_small_result(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    }
    Hs_ssize_t na = NDIG(a), nb = NDIG(b);
    HsLongObject *z = hs_int_new((na > nb ? na : nb) + 1);
    if (z == NULL) {
        return NULL;
    }
    return finish(z, fn(DIGITS(a), Hs_SIZE(a), DIGITS(b), Hs_SIZE(b), z->ob_digit));
}

static HsObject *int_and(HsObject *a, HsObject *b) {
    CHECK_BINOP(a, b);
    return int_bitwise(a, b, '&', hs_obj_long_and);
}

static HsObject *int_or(HsObject *a, HsObject *b) {
    CHECK_BINOP(a, b);
    return int_bitwise(a, b, '|', hs_obj_long_or);
}

static HsObject *int_xor(HsObject *a, HsObject *b) {
    CHECK_BINOP(a, b);
    return int_bitwise(a, b, '^', hs_obj_long_xor);
}

static HsObject *int_invert(HsObject *v) {
    if (hs_int_is_compact(v)) {
        return from_small_result(~hs_int_compact_value(v));
    }
    HsLongObject *z = hs_int_new(NDIG(v) + 1);
    if (z == NULL) {
        return NULL;
    }
    return finish(z, hs_obj_long_invert(DIGITS(v), Hs_SIZE(v), z->ob_digit));
}

static HsObject *int_float(HsObject *v) {
    if (hs_int_is_compact(v)) {
        return HsFloat_FromDouble((double)hs_int_compact_value(v));
    }
    double d = HsLong_AsDouble(v);
    if (d == -1.0 && HsErr_Occurred()) {
        return NULL;
    }
    return HsFloat_FromDouble(d);
}

HsNumberMethods hs_int_as_number = {
    .nb_add = int_add,
    .nb_subtract = int_sub,
    .nb_multiply = int_mul,
    .nb_remainder = int_mod,
    .nb_divmod = int_divmod,
    .nb_power = int_pow,
    .nb_negative = int_neg,
    .nb_positive = hs_int_copy,
    .nb_absolute = int_abs,
    .nb_bool = int_bool,
    .nb_invert = int_invert,
    .nb_lshift = int_lshift,
    .nb_rshift = int_rshift,
    .nb_and = int_and,
    .nb_xor = int_xor,
    .nb_or = int_or,
    .nb_int = hs_int_copy,
    .nb_float = int_float,
    .nb_floor_divide = int_floordiv,
    .nb_true_divide = int_true_divide,
    .nb_index = hs_int_copy,
};

/* ==== repr ==== */

/* str(int) == repr(int): decimal, limited to max_str_digits digits (ValueError past it). */
static HsObject *int_repr(HsObject *v) {
    if (hs_int_is_compact(v)) { /* one digit: written backwards, no printf */
        char buf[16], *p = buf + sizeof buf;
        long x = hs_int_compact_value(v);
        unsigned long u = x < 0 ? 0UL - (unsigned long)x : (unsigned long)x;
        do {
            *--p = (char)('0' + u % 10);
            u /= 10;
        } while (u != 0);
        if (x < 0) {
            *--p = '-';
        }
        return HsUnicode_FromStringAndSize(p, buf + sizeof buf - p);
    }
    size_t cap = hs_obj_long_str_capacity(Hs_SIZE(v), 10), len = 0;
    char *buf = hs_mem_raw_malloc(cap);
    if (buf == NULL) {
        return HsErr_NoMemory();
    }
    int st = hs_obj_long_to_decimal(DIGITS(v), Hs_SIZE(v), max_str_digits, buf, &len);
    HsObject *r = NULL;
    if (st == HS_LONG_ERR_STR_LIMIT) {
        HsErr_Format(HsExc_ValueError, HS_LONG_MSG_LIMIT_TO_STR, max_str_digits);
    } else if (st != HS_LONG_OK) {
        HsErr_NoMemory();
    } else {
        r = HsUnicode_FromStringAndSize(buf, (Hs_ssize_t)len);
    }
    hs_mem_raw_free(buf);
    return r;
}

int hs_int_get_max_str_digits(void) {
    return max_str_digits;
}

void hs_int_set_max_str_digits(int maxdigits) {
    max_str_digits = maxdigits;
}

double HsLong_AsDouble(HsObject *v) {
    if (hs_int_is_compact(v)) {
        return (double)hs_int_compact_value(v);
    }
    double d;
    if (hs_obj_long_to_double(DIGITS(v), Hs_SIZE(v), &d) != HS_LONG_OK) {
        HsErr_SetString(HsExc_OverflowError, HS_LONG_MSG_TO_FLOAT);
        return -1.0;
    }
    return d;
}

HsObject *HsLong_FromDouble(double x) {
    if (x > -9.2e18 && x < 9.2e18) {
        return HsLong_FromLongLong((long long)x);
    }
    HsLongObject *z = hs_int_new(HS_LONG_DOUBLE_DIGITS);
    if (z == NULL) {
        return NULL;
    }
    Hs_ssize_t nz;
    int st = hs_obj_long_from_double(x, z->ob_digit, &nz);
    if (st != HS_LONG_OK) {
        Hs_DECREF(z);
        if (st == HS_LONG_ERR_NAN) {
            HsErr_SetString(HsExc_ValueError, "cannot convert float NaN to integer");
        } else {
            HsErr_SetString(HsExc_OverflowError, "cannot convert float infinity to integer");
        }
        return NULL;
    }
    return finish(z, nz);
}

/* ==== internal API ==== */

HsLongObject *hs_int_new(Hs_ssize_t ndigits) {
    if (ndigits < 0 || (size_t)ndigits > (SIZE_MAX - sizeof(HsLongObject)) / sizeof(uint32_t)) {
        HsErr_SetString(HsExc_OverflowError, "too many digits in integer");
        return NULL;
    }
    size_t n = (size_t)(ndigits > 0 ? ndigits : 1);
    size_t bytes = offsetof(HsLongObject, ob_digit) + n * sizeof(uint32_t);
    HsLongObject *v = (HsLongObject *)hs_obj_new(&HsLong_Type, bytes);
    if (v == NULL) {
        return (HsLongObject *)HsErr_NoMemory();
    }
    Hs_SIZE(v) = ndigits;
    v->ob_digit[0] = 0;
    return v;
}

HsObject *hs_int_normalize(HsLongObject *v) {
    Hs_ssize_t n = Hs_SIZE(v) < 0 ? -Hs_SIZE(v) : Hs_SIZE(v);
    while (n > 0 && v->ob_digit[n - 1] == 0) {
        n--;
    }
    Hs_SIZE(v) = Hs_SIZE(v) < 0 ? -n : n;
    if (n <= 1 && Hs_TYPE(v) == &HsLong_Type) {
        long value = hs_int_compact_value((HsObject *)v);
        if (is_small(value)) {
            Hs_DECREF(v);
            return get_small(value);
        }
    }
    return (HsObject *)v;
}

long long hs_int_as_longlong_and_overflow(HsObject *op, int *overflow) {
    Hs_ssize_t size = Hs_SIZE(op);
    *overflow = 0;
    if (size >= -1 && size <= 1) {
        return hs_int_compact_value(op);
    }
    int neg = size < 0;
    Hs_ssize_t n = neg ? -size : size;
    const uint32_t *d = ((HsLongObject *)op)->ob_digit;
    unsigned long long x = 0;
    for (Hs_ssize_t i = n - 1; i >= 0; i--) {
        if (x > (ULLONG_MAX >> HS_INT_SHIFT)) {
            *overflow = neg ? -1 : 1;
            return -1;
        }
        x = (x << HS_INT_SHIFT) | d[i];
    }
    if (!neg && x <= (unsigned long long)LLONG_MAX) {
        return (long long)x;
    }
    if (neg && x <= (unsigned long long)LLONG_MAX + 1) {
        return x == (unsigned long long)LLONG_MAX + 1 ? LLONG_MIN : -(long long)x;
    }
    *overflow = neg ? -1 : 1;
    return -1;
}

int hs_int_compare(HsObject *a, HsObject *b) {
    Hs_ssize_t sa = Hs_SIZE(a), sb = Hs_SIZE(b);
    if (sa != sb) {
        return sa < sb ? -1 : 1;
    }
    Hs_ssize_t n = sa < 0 ? -sa : sa;
    const uint32_t *da = ((HsLongObject *)a)->ob_digit, *db = ((HsLongObject *)b)->ob_digit;
    for (Hs_ssize_t i = n - 1; i >= 0; i--) {
        if (da[i] != db[i]) {
            int c = da[i] < db[i] ? -1 : 1;
            return sa < 0 ? -c : c;
        }
    }
    return 0;
}

/* ==== public API ==== */

HsObject *HsLong_FromLongLong(long long v) {
    if (is_small(v)) {
        return get_small(v);
    }
    unsigned long long mag = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    return from_magnitude(mag, v < 0);
}

HsObject *HsLong_FromLong(long v) {
    return HsLong_FromLongLong(v);
}

HsObject *HsLong_FromSsize_t(Hs_ssize_t v) {
    return HsLong_FromLongLong(v);
}

HsObject *HsLong_FromUnsignedLongLong(unsigned long long v) {
    if (v < HS_INT_SMALL_POS) {
        return get_small((long long)v);
    }
    return from_magnitude(v, 0);
}

long HsLong_AsLong(HsObject *op) {
    if (!HsLong_Check(op)) {
        HsErr_Format(HsExc_TypeError, "an integer is required (got type %.200s)",
                     Hs_TYPE(op)->tp_name);
        return -1;
    }
    int overflow;
    long long v = hs_int_as_longlong_and_overflow(op, &overflow);
    if (overflow != 0 || v < LONG_MIN || v > LONG_MAX) {
        HsErr_SetString(HsExc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return (long)v;
}

Hs_ssize_t HsLong_AsSsize_t(HsObject *op) {
    if (!HsLong_Check(op)) {
        HsErr_Format(HsExc_TypeError, "an integer is required (got type %.200s)",
                     Hs_TYPE(op)->tp_name);
        return -1;
    }
    int overflow;
    long long v = hs_int_as_longlong_and_overflow(op, &overflow);
    if (overflow != 0) {
        HsErr_SetString(HsExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (Hs_ssize_t)v;
}
