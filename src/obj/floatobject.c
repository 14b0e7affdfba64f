/* The float object's core (CPython 3.11: Objects/floatobject.c): the free list, creation and
 * conversion, repr, hash, comparison (exact between floats and ints of any size, ported from
 * float_richcompare) and every nb_* slot (float_add ... float_pow). Shortest repr, Python-sign
 * modulo / floor division and the numeric hash come from the kernels (hs_obj_fmt.h,
 * hs_obj_hash.h). Methods and float() are in floatmethods.c.
 * Invariants: the free list holds at most HS_FLOAT_MAXFREELIST exact floats, chained through
 * ob_type, with refcounts of 0; a float's value never changes once handed out. */
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_mem.h"
#include "internal/hs_mem_trace.h"
#include "internal/hs_obj_trace.h"
#include "internal/hs_obj_complex.h"
#include "internal/hs_obj_hash.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_long.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <errno.h>
#include <math.h>
#include <string.h>

/* ==== the free list ==== */

static HsFloatObject *free_list;
static int numfree;

int hs_float_freelist_count(void) {
    return numfree;
}

void hs_float_freelist_clear(void) {
    while (free_list != NULL) {
        HsFloatObject *op = free_list;
        free_list = (HsFloatObject *)Hs_TYPE(op);
        numfree--;
        hs_obj_free((HsObject *)op);
    }
}

HsObject *HsFloat_FromDouble(double v) {
    HsFloatObject *op = free_list;
    if (op != NULL) {
        free_list = (HsFloatObject *)Hs_TYPE(op);
        numfree--;
        Hs_TYPE(op) = &HsFloat_Type;
        Hs_REFCNT(op) = 1;
        HS_REF_TOTAL_INC();
        hs_mem_trace_new_reference(op); // CPython: _Py_NewReference
        hs_obj_trace_alloc((HsObject *)op);
    } else {
        op = (HsFloatObject *)hs_obj_new(&HsFloat_Type, sizeof(HsFloatObject));
        if (op == NULL) {
            return HsErr_NoMemory();
        }
    }
    op->ob_fval = v;
    return (HsObject *)op;
}

static void float_dealloc(HsObject *op) {
    if (HsFloat_CheckExact(op)) {
        if (numfree >= HS_FLOAT_MAXFREELIST) {
            hs_obj_free(op);
            return;
        }
        numfree++;
        Hs_TYPE(op) = (HsTypeObject *)free_list;
        free_list = (HsFloatObject *)op;
    } else {
        Hs_TYPE(op)->tp_free(op);
    }
}

/* ==== conversions ==== */

double HsFloat_AsDouble(HsObject *op) {
    if (HsFloat_Check(op)) {
        return HS_FLOAT_AS_DOUBLE(op);
    }
    HsNumberMethods *nb = Hs_TYPE(op)->tp_as_number;
    if (nb == NULL || (nb->nb_float == NULL && nb->nb_index == NULL)) {
        HsErr_Format(HsExc_TypeError, "must be real number, not %.50s", Hs_TYPE(op)->tp_name);
        return -1.0;
    }
    if (nb->nb_float == NULL) {
        HsObject *i = HsNumber_Index(op);
        if (i == NULL) {
            return -1.0;
        }
        double v = HsLong_AsDouble(i);
        Hs_DECREF(i);
        return v;
    }
    HsObject *f = nb->nb_float(op);
    if (f == NULL) {
        return -1.0;
    }
    if (!HsFloat_Check(f)) {
        HsErr_Format(HsExc_TypeError, "%.50s.__float__ returned non-float (type %.50s)",
                     Hs_TYPE(op)->tp_name, Hs_TYPE(f)->tp_name);
        Hs_DECREF(f);
        return -1.0;
    }
    double v = HS_FLOAT_AS_DOUBLE(f);
    Hs_DECREF(f);
    return v;
}

/* The double of a float or int operand: 1 done, 0 not a float or int (NotImplemented),
 * -1 error (an int too large). CPython: convert_to_double. */
static inline int to_double(HsObject *o, double *d) {
    if (HsFloat_Check(o)) {
        *d = HS_FLOAT_AS_DOUBLE(o);
        return 1;
    }
    if (!HsLong_Check(o)) {
        return 0;
    }
    if (hs_int_is_compact(o)) {
        *d = (double)hs_int_compact_value(o);
        return 1;
    }
    *d = HsLong_AsDouble(o);
    return *d == -1.0 && HsErr_Occurred() ? -1 : 1;
}

#define CONVERT(o, d)                                                                              \
    do {                                                                                           \
        int r_ = to_double((o), &(d));                                                             \
        if (r_ <= 0) {                                                                             \
            return r_ < 0 ? NULL : Hs_NewRef(Hs_NotImplemented);                                   \
        }                                                                                          \
    } while (0)

/* ==== kernel glue shared with int and complex ==== */

HsObject *hs_float_fmt_raise(const HsFmtError *err, const char *type_name, const uint32_t *spec,
                             size_t spec_len) {
    HsObject *exc;
    switch (hs_obj_fmt_error_exc(err->code)) {
    case HS_FMT_EXC_MEMORY: return HsErr_NoMemory();
    case HS_FMT_EXC_OVERFLOW: exc = HsExc_OverflowError; break;
    case HS_FMT_EXC_ZERODIV: exc = HsExc_ZeroDivisionError; break;
    default: exc = HsExc_ValueError; break;
    }
    char small[256];
    size_t n = hs_obj_fmt_error_message(err, type_name, spec, spec_len, small, sizeof small);
    if (n < sizeof small) {
        HsErr_SetString(exc, small);
        return NULL;
    }
    char *big = hs_mem_raw_malloc(n + 1);
    if (big == NULL) {
        return HsErr_NoMemory();
    }
    hs_obj_fmt_error_message(err, type_name, spec, spec_len, big, n + 1);
    HsErr_SetString(exc, big);
    hs_mem_raw_free(big);
    return NULL;
}

uint32_t *hs_float_str_codepoints(HsObject *s, size_t *n) {
    Hs_ssize_t len = HS_STR_LEN(s);
    uint32_t *cps = hs_mem_raw_malloc((size_t)(len > 0 ? len : 1) * sizeof(uint32_t));
    if (cps == NULL) {
        HsErr_NoMemory();
        return NULL;
    }
    int kind = HS_STR_KIND(s);
    const void *data = hs_str_data(s);
    for (Hs_ssize_t i = 0; i < len; i++) {
        cps[i] = hs_str_read(kind, data, i);
    }
    *n = (size_t)len;
    return cps;
}

HsObject *hs_float_fmt_out_to_str(HsFmtOut *out) {
    HsObject *r = hs_str_from_utf8_surrogatepass(out->utf8 != NULL ? out->utf8 : "",
                                                 (Hs_ssize_t)out->len);
    hs_obj_fmt_out_free(out);
    return r;
}

/* ==== repr, hash, comparison ==== */

static HsObject *float_repr(HsObject *v) {
    char buf[HS_FLOAT_REPR_SIZE];
    size_t n = hs_obj_float_repr(HS_FLOAT_AS_DOUBLE(v), buf);
    return HsUnicode_FromStringAndSize(buf, (Hs_ssize_t)n);
}

static Hs_ssize_t float_hash(HsObject *v) {
    return hs_obj_hash_double(HS_FLOAT_AS_DOUBLE(v), v);
}

static int compare_doubles(double i, double j, int op) {
    switch (op) {
    case HS_LT: return i < j;
    case HS_LE: return i <= j;
    case HS_EQ: return i == j;
    case HS_NE: return i != j;
    case HS_GT: return i > j;
    default: return i >= j;
    }
}

static const int swapped_op[] = {HS_GT, HS_GE, HS_EQ, HS_NE, HS_LT, HS_LE};

/* A finite nonzero float 'i' against an int 'w' of the same sign with more than 48 bits:
 * the outcome, decided on bit counts or on exact integers. CPython: float_richcompare. */
static HsObject *compare_with_big_int(double i, HsObject *w, int op) {
    if (i < 0) {
        i = -i;
        op = swapped_op[op];
    }
    uint64_t nbits = hs_obj_long_bit_length(((HsLongObject *)w)->ob_digit, Hs_SIZE(w));
    int exponent;
    (void)frexp(i, &exponent);
    if (exponent < 0 || (uint64_t)exponent < nbits) {
        return HsBool_FromLong(compare_doubles(1.0, 2.0, op));
    }
    if ((uint64_t)exponent > nbits) {
        return HsBool_FromLong(compare_doubles(2.0, 1.0, op));
    }
    // Same number of bits before the point: compare the integer parts exactly, and let a
    // nonzero fraction break a tie (CPython shifts both left and ors in a 1 bit).
    double intpart, frac = modf(i, &intpart);
    HsObject *vv = HsLong_FromDouble(intpart);
    if (vv == NULL) {
        return NULL;
    }
    Hs_ssize_t nw = Hs_SIZE(w) < 0 ? -Hs_SIZE(w) : Hs_SIZE(w);
    int c = hs_obj_long_compare(((HsLongObject *)vv)->ob_digit, Hs_SIZE(vv),
                                ((HsLongObject *)w)->ob_digit, nw);
    Hs_DECREF(vv);
    if (c == 0 && frac != 0.0) {
        c = 1;
    }
    return HsBool_FromLong(compare_doubles((double)c, 0.0, op));
}

static HsObject *float_richcompare(HsObject *v, HsObject *w, int op) {
    double i = HS_FLOAT_AS_DOUBLE(v), j;
    if (HsFloat_Check(w)) {
        return HsBool_FromLong(compare_doubles(i, HS_FLOAT_AS_DOUBLE(w), op));
    }
    if (!HsLong_Check(w)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    if (!isfinite(i)) {
        return HsBool_FromLong(compare_doubles(i, 0.0, op));
    }
    int vsign = i == 0.0 ? 0 : i < 0.0 ? -1 : 1;
    int wsign = Hs_SIZE(w) == 0 ? 0 : Hs_SIZE(w) < 0 ? -1 : 1;
    if (vsign != wsign) {
        return HsBool_FromLong(compare_doubles((double)vsign, (double)wsign, op));
    }
    if (hs_obj_long_bit_length(((HsLongObject *)w)->ob_digit, Hs_SIZE(w)) <= 48) {
        j = HsLong_AsDouble(w);
        return HsBool_FromLong(compare_doubles(i, j, op));
    }
    return compare_with_big_int(i, w, op);
}

/* ==== arithmetic ====
 * Operands are borrowed; every slot returns a new reference (NotImplemented unless both
 * operands are floats or ints), or NULL with an exception set. */

static HsObject *float_add(HsObject *v, HsObject *w) {
    double a, b;
    CONVERT(v, a);
    CONVERT(w, b);
    return HsFloat_FromDouble(a + b);
}

static HsObject *float_sub(HsObject *v, HsObject *w) {
    double a, b;
    CONVERT(v, a);
    CONVERT(w, b);
    return HsFloat_FromDouble(a - b);
}

static HsObject *float_mul(HsObject *v, HsObject *w) {
    double a, b;
    CONVERT(v, a);
    CONVERT(w, b);
    return HsFloat_FromDouble(a * b);
}

static HsObject *float_div(HsObject *v, HsObject *w) {
    double a, b;
    CONVERT(v, a);
    CONVERT(w, b);
    if (b == 0.0) {
        HsErr_SetString(HsExc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return HsFloat_FromDouble(a / b);
}

static HsObject *float_rem(HsObject *v, HsObject *w) {
    double a, b, r;
    CONVERT(v, a);
    CONVERT(w, b);
    HsFmtError err;
    if (hs_obj_float_mod(a, b, &r, &err) < 0) {
        return hs_float_fmt_raise(&err, "float", NULL, 0);
    }
    return HsFloat_FromDouble(r);
}

static HsObject *float_floor_div(HsObject *v, HsObject *w) {
    double a, b, q;
    CONVERT(v, a);
    CONVERT(w, b);
    HsFmtError err;
    if (hs_obj_float_floordiv(a, b, &q, &err) < 0) {
        return hs_float_fmt_raise(&err, "float", NULL, 0);
    }
    return HsFloat_FromDouble(q);
}

static HsObject *float_divmod(HsObject *v, HsObject *w) {
    double a, b, q, r;
    CONVERT(v, a);
    CONVERT(w, b);
    HsFmtError err;
    if (hs_obj_float_divmod(a, b, &q, &r, &err) < 0) {
        return hs_float_fmt_raise(&err, "float", NULL, 0);
    }
    HsObject *fq = HsFloat_FromDouble(q), *fr = HsFloat_FromDouble(r), *t = NULL;
    if (fq != NULL && fr != NULL) {
        t = HsTuple_Pack(2, fq, fr);
    }
    Hs_XDECREF(fq);
    Hs_XDECREF(fr);
    return t;
}

#define DOUBLE_IS_ODD_INTEGER(x) (fmod(fabs(x), 2.0) == 1.0)

/* The special cases of float_pow that never reach libm's pow; 1 when '*r' is the result. */
static int pow_special(double iv, double iw, double *r) {
    if (iw == 0) {
        *r = 1.0;
    } else if (isnan(iv)) {
        *r = iv;
    } else if (isnan(iw)) {
        *r = iv == 1.0 ? 1.0 : iw;
    } else if (isinf(iw)) {
        iv = fabs(iv);
        *r = iv == 1.0 ? 1.0 : ((iw > 0.0) == (iv > 1.0)) ? fabs(iw) : 0.0;
    } else if (isinf(iv)) {
        int odd = DOUBLE_IS_ODD_INTEGER(iw);
        *r = iw > 0.0 ? (odd ? iv : fabs(iv)) : (odd ? copysign(0.0, iv) : 0.0);
    } else {
        return 0;
    }
    return 1;
}

/* OverflowError(34, 'Numerical result out of range'), as PyErr_SetFromErrno(ERANGE). */
static HsObject *raise_errno(int err) {
    HsObject *code = HsLong_FromLong(err);
    HsObject *msg = HsUnicode_FromString(strerror(err));
    HsObject *args = code != NULL && msg != NULL ? HsTuple_Pack(2, code, msg) : NULL;
    if (args != NULL) {
        HsErr_SetObject(err == ERANGE ? HsExc_OverflowError : HsExc_ValueError, args);
    }
    Hs_XDECREF(code);
    Hs_XDECREF(msg);
    Hs_XDECREF(args);
    return NULL;
}

static HsObject *float_pow(HsObject *v, HsObject *w, HsObject *z) {
    if (z != Hs_None) {
        HsErr_SetString(HsExc_TypeError, "pow() 3rd argument not allowed unless all arguments "
                        "are integers");
        return NULL;
    }
    double iv, iw, ix;
    CONVERT(v, iv);
    CONVERT(w, iw);
    if (pow_special(iv, iw, &ix)) {
        return HsFloat_FromDouble(ix);
    }
    int negate = 0;
    if (iv == 0.0) {
        if (iw < 0.0) {
            HsErr_SetString(HsExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return NULL;
        }
        return HsFloat_FromDouble(DOUBLE_IS_ODD_INTEGER(iw) ? iv : 0.0);
    }
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            return HsComplex_Type.tp_as_number->nb_power(v, w, z); // a complex result
        }
        iv = -iv;
        negate = DOUBLE_IS_ODD_INTEGER(iw);
    }
    if (iv == 1.0) {
        return HsFloat_FromDouble(negate ? -1.0 : 1.0);
    }
    errno = 0;
    ix = pow(iv, iw);
    if (errno == 0 && isinf(ix)) {
        errno = ERANGE;
    } else if (errno == ERANGE && ix == 0.0) {
        errno = 0;
    }
    if (errno != 0) {
        return raise_errno(errno);
    }
    return HsFloat_FromDouble(negate ? -ix : ix);
}

static HsObject *float_neg(HsObject *v) {
    return HsFloat_FromDouble(-HS_FLOAT_AS_DOUBLE(v));
}

static HsObject *float_abs(HsObject *v) {
    return HsFloat_FromDouble(fabs(HS_FLOAT_AS_DOUBLE(v)));
}

/* +x and float(x): the same object for an exact float, a copy for a subclass. */
static HsObject *float_float(HsObject *v) {
    if (HsFloat_CheckExact(v)) {
        return Hs_NewRef(v);
    }
    return HsFloat_FromDouble(HS_FLOAT_AS_DOUBLE(v));
}

static int float_bool(HsObject *v) {
    return HS_FLOAT_AS_DOUBLE(v) != 0.0;
}

HsObject *hs_float_trunc(HsObject *v) {
    return HsLong_FromDouble(HS_FLOAT_AS_DOUBLE(v));
}

static HsNumberMethods float_as_number = {
    .nb_add = float_add,
    .nb_subtract = float_sub,
    .nb_multiply = float_mul,
    .nb_remainder = float_rem,
    .nb_divmod = float_divmod,
    .nb_power = float_pow,
    .nb_negative = float_neg,
    .nb_positive = float_float,
    .nb_absolute = float_abs,
    .nb_bool = float_bool,
    .nb_int = hs_float_trunc,
    .nb_float = float_float,
    .nb_floor_divide = float_floor_div,
    .nb_true_divide = float_div,
};

/* ==== the type ==== */

HsTypeObject HsFloat_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "float",
    .tp_getattro = HsObject_GenericGetAttr, /* as CPython: its own __getattribute__ */
    .tp_basicsize = sizeof(HsFloatObject),
    .tp_dealloc = float_dealloc,
    .tp_repr = float_repr,
    .tp_as_number = &float_as_number,
    .tp_hash = float_hash,
    .tp_flags = HS_TPFLAGS_BASETYPE,
    .tp_doc = "Convert a string or number to a floating point number, if possible.",
    .tp_richcompare = float_richcompare,
    .tp_methods = hs_float_methods,
    .tp_getset = hs_float_getset,
    .tp_new = hs_float_new,
    .tp_vectorcall = hs_float_vectorcall,
};
