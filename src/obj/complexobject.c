/* The complex object (CPython 3.11: Objects/complexobject.c): the C arithmetic (_Py_c_prod,
 * _Py_c_quot, _Py_c_pow, c_powi), repr (complex_repr over the kernel's 'r' float format),
 * hash (the kernel's complex combination), == / != against int, float and complex, the
 * nb_* slots, complex(real=0, imag=0) including strings (complex_from_string_inner and
 * _Py_string_to_number_with_underscores), conjugate, __complex__, real / imag.
 * Invariants: values never change once handed out; errno is only read right after the C
 * arithmetic that CPython checks it after. */
#include "internal/hs_obj_complex.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_hash.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_fmt.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <errno.h>
#include <math.h>
#include <string.h>

/* ==== C arithmetic ==== */

static const HsComplex c_1 = {1.0, 0.0};

HsComplex hs_complex_prod(HsComplex a, HsComplex b) {
    HsComplex r = {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
    return r;
}

/* num / den without forming |den|^2 (which overflows or underflows long before the quotient
 * does): Smith's method. Divide through by the divisor's larger component, so the scaled
 * divisor is 1 + t*t times that component with |t| <= 1. The two cases below are the same
 * formula with the roles of den's parts exchanged; each keeps CPython's operand order, so
 * the results, signed zeros included, are the same bits. A zero divisor sets errno to
 * EDOM and yields 0; a NaN anywhere in the divisor yields NaN + NaN*j. */
HsComplex hs_complex_quot(HsComplex num, HsComplex den) {
    HsComplex out;
    double re_size = fabs(den.real), im_size = fabs(den.imag);
    if (re_size >= im_size && re_size != 0.0) { // |den.real| dominates: scale by den.real
        double t = den.imag / den.real;
        double scaled = den.real + den.imag * t;
        out.imag = (num.imag - num.real * t) / scaled;
        out.real = (num.real + num.imag * t) / scaled;
    } else if (im_size >= re_size && im_size != 0.0) { // |den.imag| dominates
        double t = den.real / den.imag;
        double scaled = den.real * t + den.imag;
        out.real = (num.real * t + num.imag) / scaled;
        out.imag = (num.imag * t - num.real) / scaled;
    } else if (re_size == 0.0 && im_size == 0.0) { // a zero divisor
        errno = EDOM;
        out.real = out.imag = 0.0;
    } else { // a NaN part: every comparison above was false
        out.real = out.imag = NAN;
    }
    return out;
}

/* base ** expo for a nonzero base, in polar form: with base = m * e^(i*theta),
 * base ** (x + iy) = m^x * e^(-theta*y)  *  e^(i*(theta*x + y*ln m)).
 * The libm calls may set errno (ERANGE on overflow); the caller inspects it. */
static HsComplex pow_polar(HsComplex base, HsComplex expo) {
    double modulus = hypot(base.real, base.imag);
    double theta = atan2(base.imag, base.real);
    double out_modulus = pow(modulus, expo.real);
    double out_angle = theta * expo.real;
    if (expo.imag != 0.0) { // the imaginary part of the exponent rotates and rescales
        out_modulus /= exp(theta * expo.imag);
        out_angle += expo.imag * log(modulus);
    }
    HsComplex out = {out_modulus * cos(out_angle), out_modulus * sin(out_angle)};
    return out;
}

/* The general power (CPython: _Py_c_pow). Anything ** 0 is exactly 1; 0 ** expo is 0 and
 * flags EDOM (the caller's ZeroDivisionError) unless expo is real and not negative. */
HsComplex hs_complex_pow(HsComplex base, HsComplex expo) {
    static const HsComplex zero = {0.0, 0.0};
    if (expo.real == 0.0 && expo.imag == 0.0) {
        return c_1;
    }
    if (base.real != 0.0 || base.imag != 0.0) {
        return pow_polar(base, expo);
    }
    int complex_or_negative = expo.imag != 0.0 || expo.real < 0.0;
    if (complex_or_negative) {
        errno = EDOM;
    }
    return zero;
}

/* x ** n for n >= 0 by repeated squaring, consuming n's bits from the low end: 'acc' picks
 * up x^(2^k) for every set bit k. The multiplications happen in the same order as CPython's
 * c_powu, so the rounding of each partial product is the same. */
static HsComplex pow_unsigned(HsComplex x, unsigned long n) {
    HsComplex acc = c_1, square = x;
    while (n != 0) {
        if (n & 1UL) {
            acc = hs_complex_prod(acc, square);
        }
        n >>= 1;
        square = hs_complex_prod(square, square);
    }
    return acc;
}

/* x ** n for a small integer n (|n| <= 100); negative and zero n go through 1 / x^|n|, as
 * CPython's c_powi does (so x ** 0 is 1 / 1). */
static HsComplex pow_small_int(HsComplex x, long n) {
    if (n > 0) {
        return pow_unsigned(x, (unsigned long)n);
    }
    return hs_complex_quot(c_1, pow_unsigned(x, (unsigned long)-n));
}

/* ==== creation ==== */

HsObject *HsComplex_FromCComplex(HsComplex c) {
    HsComplexObject *op = (HsComplexObject *)hs_obj_new(&HsComplex_Type, sizeof(HsComplexObject));
    if (op == NULL) {
        return HsErr_NoMemory();
    }
    op->cval = c;
    return (HsObject *)op;
}

HsObject *HsComplex_FromDoubles(double real, double imag) {
    HsComplex c = {real, imag};
    return HsComplex_FromCComplex(c);
}

static HsObject *complex_subtype_from_doubles(HsTypeObject *type, double real, double imag) {
    if (type == &HsComplex_Type) {
        return HsComplex_FromDoubles(real, imag);
    }
    HsObject *op = type->tp_alloc(type, 0);
    if (op != NULL) {
        ((HsComplexObject *)op)->cval.real = real;
        ((HsComplexObject *)op)->cval.imag = imag;
    }
    return op;
}

static void complex_dealloc(HsObject *op) {
    if (HsComplex_CheckExact(op)) {
        hs_obj_free(op);
    } else {
        Hs_TYPE(op)->tp_free(op);
    }
}

#define CVAL(op) (((HsComplexObject *)(op))->cval)

/* An int, float or complex operand as a C complex: 1 done, 0 NotImplemented, -1 error.
 * CPython: to_complex. */
static int to_complex(HsObject *o, HsComplex *c) {
    c->imag = 0.0;
    if (HsComplex_Check(o)) {
        *c = CVAL(o);
        return 1;
    }
    if (HsLong_Check(o)) {
        c->real = HsLong_AsDouble(o);
        return c->real == -1.0 && HsErr_Occurred() ? -1 : 1;
    }
    if (HsFloat_Check(o)) {
        c->real = HS_FLOAT_AS_DOUBLE(o);
        return 1;
    }
    return 0;
}

#define TO_COMPLEX(o, c)                                                                           \
    do {                                                                                           \
        int r_ = to_complex((o), &(c));                                                            \
        if (r_ <= 0) {                                                                             \
            return r_ < 0 ? NULL : Hs_NewRef(Hs_NotImplemented);                                   \
        }                                                                                          \
    } while (0)

/* ==== repr, hash, comparison ==== */

/* PyOS_double_to_string(x, 'r', 0, flags) appended to 'w'. */
static int write_double(HsStrWriter *w, double x, int flags) {
    HsFmtOut out;
    HsFmtError err;
    if (hs_obj_float_to_string(x, 'r', 0, flags, &out, &err) < 0) {
        HsErr_NoMemory();
        return -1;
    }
    int r = hs_str_writer_ascii(w, out.utf8 != NULL ? out.utf8 : "");
    hs_obj_fmt_out_free(&out);
    return r;
}

static HsObject *complex_repr(HsObject *v) {
    HsComplex c = CVAL(v);
    HsStrWriter w;
    hs_str_writer_init(&w);
    int bare = c.real == 0. && copysign(1.0, c.real) == 1.0;
    if ((!bare && (hs_str_writer_ascii(&w, "(") < 0 || write_double(&w, c.real, 0) < 0)) ||
        write_double(&w, c.imag, bare ? 0 : HS_DTSF_SIGN) < 0 ||
        hs_str_writer_ascii(&w, bare ? "j" : "j)") < 0) {
        hs_str_writer_discard(&w);
        return NULL;
    }
    return hs_str_writer_finish(&w);
}

static Hs_ssize_t complex_hash(HsObject *v) {
    HsHash hr = hs_obj_hash_double(CVAL(v).real, v);
    HsHash hi = hs_obj_hash_double(CVAL(v).imag, v);
    return hs_obj_hash_complex(hr, hi);
}

static HsObject *complex_richcompare(HsObject *v, HsObject *w, int op) {
    if ((op != HS_EQ && op != HS_NE) || !HsComplex_Check(v)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    HsComplex i = CVAL(v);
    int equal;
    if (HsLong_Check(w)) {
        if (i.imag == 0.0) {
            HsObject *j = HsFloat_FromDouble(i.real);
            if (j == NULL) {
                return NULL;
            }
            HsObject *r = HsObject_RichCompare(j, w, op);
            Hs_DECREF(j);
            return r;
        }
        equal = 0;
    } else if (HsFloat_Check(w)) {
        equal = i.real == HS_FLOAT_AS_DOUBLE(w) && i.imag == 0.0;
    } else if (HsComplex_Check(w)) {
        equal = i.real == CVAL(w).real && i.imag == CVAL(w).imag;
    } else {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    return HsBool_FromLong(equal == (op == HS_EQ));
}

/* ==== arithmetic ====
 * Operands are borrowed; every slot returns a new reference (NotImplemented unless both
 * operands are ints, floats or complexes), or NULL with an exception set. */

static HsObject *complex_add(HsObject *v, HsObject *w) {
    HsComplex a, b;
    TO_COMPLEX(v, a);
    TO_COMPLEX(w, b);
    return HsComplex_FromDoubles(a.real + b.real, a.imag + b.imag);
}

static HsObject *complex_sub(HsObject *v, HsObject *w) {
    HsComplex a, b;
    TO_COMPLEX(v, a);
    TO_COMPLEX(w, b);
    return HsComplex_FromDoubles(a.real - b.real, a.imag - b.imag);
}

static HsObject *complex_mul(HsObject *v, HsObject *w) {
    HsComplex a, b;
    TO_COMPLEX(v, a);
    TO_COMPLEX(w, b);
    return HsComplex_FromCComplex(hs_complex_prod(a, b));
}

static HsObject *complex_div(HsObject *v, HsObject *w) {
    HsComplex dividend, divisor;
    TO_COMPLEX(v, dividend);
    TO_COMPLEX(w, divisor);
    errno = 0; // hs_complex_quot reports a zero divisor only through errno
    HsComplex quotient = hs_complex_quot(dividend, divisor);
    if (errno != EDOM) {
        return HsComplex_FromCComplex(quotient);
    }
    HsErr_SetString(HsExc_ZeroDivisionError, "complex division by zero");
    return NULL;
}

/* An exponent that takes the exact integer path: real, integral and |e| <= 100 (the
 * repeated-squaring result is both faster and more accurate than the polar form). */
static int small_int_exponent(HsComplex e, long *n) {
    if (e.imag != 0.0 || e.real != floor(e.real) || fabs(e.real) > 100.0) {
        return 0;
    }
    *n = (long)e.real;
    return 1;
}

/* Turn the errno left by a power computation into CPython's exception: EDOM is 0 to a
 * negative or complex power; an infinite part with errno clear (or ERANGE) is an overflow;
 * ERANGE with finite parts was an underflow and is ignored. 0 = no error. */
static int pow_errno_to_exception(HsComplex result, int err) {
    if (err == EDOM) {
        HsErr_SetString(HsExc_ZeroDivisionError, "0.0 to a negative or complex power");
        return -1;
    }
    int overflowed = isinf(result.real) || isinf(result.imag);
    if (overflowed && (err == 0 || err == ERANGE)) {
        HsErr_SetString(HsExc_OverflowError, "complex exponentiation");
        return -1;
    }
    return 0;
}

/* v ** w (three-argument pow is refused): the exact integer path for small integral real
 * exponents, the polar form otherwise. CPython: complex_pow. */
static HsObject *complex_pow(HsObject *v, HsObject *w, HsObject *z) {
    HsComplex base, expo, result;
    TO_COMPLEX(v, base);
    TO_COMPLEX(w, expo);
    if (z != Hs_None) {
        HsErr_SetString(HsExc_ValueError, "complex modulo");
        return NULL;
    }
    long n;
    errno = 0;
    result = small_int_exponent(expo, &n) ? pow_small_int(base, n) : hs_complex_pow(base, expo);
    if (pow_errno_to_exception(result, errno) < 0) {
        return NULL;
    }
    return HsComplex_FromCComplex(result);
}

static HsObject *complex_neg(HsObject *v) {
    return HsComplex_FromDoubles(-CVAL(v).real, -CVAL(v).imag);
}

static HsObject *complex_pos(HsObject *v) {
    if (HsComplex_CheckExact(v)) {
        return Hs_NewRef(v);
    }
    return HsComplex_FromCComplex(CVAL(v));
}

/* abs(z): C99's rules for infinities, hypot otherwise, OverflowError past DBL_MAX. */
static HsObject *complex_abs(HsObject *v) {
    HsComplex c = CVAL(v);
    double result;
    if (!isfinite(c.real) || !isfinite(c.imag)) {
        result = isinf(c.real) ? fabs(c.real) : isinf(c.imag) ? fabs(c.imag) : NAN;
    } else {
        result = hypot(c.real, c.imag);
        if (!isfinite(result)) {
            HsErr_SetString(HsExc_OverflowError, "absolute value too large");
            return NULL;
        }
    }
    return HsFloat_FromDouble(result);
}

static int complex_bool(HsObject *v) {
    return CVAL(v).real != 0.0 || CVAL(v).imag != 0.0;
}

static HsNumberMethods complex_as_number = {
    .nb_add = complex_add,
    .nb_subtract = complex_sub,
    .nb_multiply = complex_mul,
    .nb_power = complex_pow,
    .nb_negative = complex_neg,
    .nb_positive = complex_pos,
    .nb_absolute = complex_abs,
    .nb_bool = complex_bool,
    .nb_true_divide = complex_div,
};

/* ==== complex() from a string ==== */

/* Length of the float at 's' as PyOS_string_to_double would take it ([sign] digits with an
 * optional point and exponent, or inf / infinity / nan), 0 if none. The text of that token
 * is then converted by the kernel's parser. */
static size_t float_token(const char *s) {
    size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
    if (strncasecmp(s + i, "infinity", 8) == 0) {
        return i + 8;
    }
    if (strncasecmp(s + i, "inf", 3) == 0 || strncasecmp(s + i, "nan", 3) == 0) {
        return i + 3;
    }
    size_t digits = 0;
    for (; s[i] >= '0' && s[i] <= '9'; i++) {
        digits++;
    }
    if (s[i] == '.') {
        for (i++; s[i] >= '0' && s[i] <= '9'; i++) {
            digits++;
        }
    }
    if (digits == 0) {
        return 0;
    }
    if (s[i] == 'e' || s[i] == 'E') {
        size_t j = i + 1 + ((s[i + 1] == '+' || s[i + 1] == '-') ? 1 : 0);
        if (s[j] >= '0' && s[j] <= '9') {
            while (s[j] >= '0' && s[j] <= '9') {
                j++;
            }
            i = j;
        }
    }
    return i;
}

/* The float at 's' into '*x': the token's length (0: no float there). */
static size_t parse_float(const char *s, double *x) {
    size_t n = float_token(s);
    HsFmtError err;
    if (n > 0 && hs_obj_float_parse(s, n, x, &err) < 0) {
        return 0;
    }
    return n;
}

static int is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* complex_from_string_inner: 0 with *x, *y set, -1 when malformed. */
static int parse_complex(const char *s, size_t len, double *x, double *y) {
    const char *start = s;
    int got_bracket = 0;
    double z;
    *x = *y = 0.0;
    while (is_space(*s)) {
        s++;
    }
    if (*s == '(') {
        got_bracket = 1;
        for (s++; is_space(*s); s++) {
        }
    }
    size_t n = parse_float(s, &z);
    if (n > 0) {
        s += n;
        if (*s == '+' || *s == '-') {
            *x = z;
            size_t m = parse_float(s, y);
            if (m > 0) {
                s += m;
            } else {
                *y = *s++ == '+' ? 1.0 : -1.0;
            }
            if (!(*s == 'j' || *s == 'J')) {
                return -1;
            }
            s++;
        } else if (*s == 'j' || *s == 'J') {
            s++;
            *y = z;
        } else {
            *x = z;
        }
    } else {
        if (*s == '+' || *s == '-') {
            *y = *s++ == '+' ? 1.0 : -1.0;
        } else {
            *y = 1.0;
        }
        if (!(*s == 'j' || *s == 'J')) {
            return -1;
        }
        s++;
    }
    while (is_space(*s)) {
        s++;
    }
    if (got_bracket) {
        if (*s != ')') {
            return -1;
        }
        for (s++; is_space(*s); s++) {
        }
    }
    return (size_t)(s - start) == len ? 0 : -1;
}

/* Drop the underscores of 's' in place if each sits between two digits; -1 if one does not.
 * CPython: _Py_string_to_number_with_underscores. */
static int strip_underscores(char *s, size_t *len) {
    if (memchr(s, '_', *len) == NULL) {
        return 0;
    }
    char prev = '\0', *end = s;
    for (size_t i = 0; i < *len; i++) {
        char c = s[i];
        if (c == '\0') {
            return -1; // no embedded NULs
        }
        if (c == '_') {
            if (!(prev >= '0' && prev <= '9')) {
                return -1;
            }
        } else {
            if (prev == '_' && !(c >= '0' && c <= '9')) {
                return -1;
            }
            *end++ = c;
        }
        prev = c;
    }
    if (prev == '_') {
        return -1;
    }
    *end = '\0';
    *len = (size_t)(end - s);
    return 0;
}

static HsObject *complex_from_string(HsTypeObject *type, HsObject *v) {
    size_t len;
    char *s = hs_num_str_to_ascii(v, &len);
    if (s == NULL) {
        return NULL;
    }
    double x, y;
    HsObject *r = NULL;
    if (strip_underscores(s, &len) < 0) {
        HsErr_Format(HsExc_ValueError, "could not convert string to complex: %R", v);
    } else if (parse_complex(s, len, &x, &y) < 0) {
        HsErr_SetString(HsExc_ValueError, "complex() arg is a malformed string");
    } else {
        r = complex_subtype_from_doubles(type, x, y);
    }
    hs_mem_raw_free(s);
    return r;
}

/* ==== complex() ==== */

/* Does 'o' have what complex() needs of a number argument? */
static int is_number_arg(HsObject *o) {
    HsNumberMethods *nb = Hs_TYPE(o)->tp_as_number;
    return nb != NULL && (nb->nb_float != NULL || nb->nb_index != NULL || HsComplex_Check(o));
}

/* A non-complex argument as a double through float(). */
static int arg_as_double(HsObject *o, double *d) {
    HsObject *f = HsNumber_Float(o);
    if (f == NULL) {
        return -1;
    }
    *d = HsFloat_AsDouble(f);
    Hs_DECREF(f);
    return *d == -1.0 && HsErr_Occurred() ? -1 : 0;
}

/* r.__complex__() if type(r) defines it (complex itself excepted), else NULL without an
 * exception. Return: new reference to a complex. CPython: try_complex_special_method */
static HsObject *try_complex_special(HsObject *r) {
    if (HsComplex_CheckExact(r)) {
        return NULL;
    }
    static HsObject *name;
    if (name == NULL && hs_obj_static_name(&name, "__complex__") == NULL) {
        return NULL;
    }
    int found;
    HsObject *res = hs_call_special(r, name, NULL, 0, &found);
    if (!found || res == NULL) {
        return res;
    }
    if (!HsComplex_Check(res)) {
        HsErr_Format(HsExc_TypeError, "__complex__ returned non-complex (type %.200s)",
                     Hs_TYPE(res)->tp_name);
        Hs_DECREF(res);
        return NULL;
    }
    return res;
}

/* complex(real=0, imag=0). CPython: complex_new_impl. */
static HsObject *complex_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"real", "imag", NULL};
    static const HsArgParser parser = {"complex", kw};
    HsObject *a[2];
    if (hs_num_unpack_new_args(args, kwds, &parser, 0, 2, 0, a) < 0) {
        return NULL;
    }
    HsObject *r = a[0], *i = a[1];
    if (r == NULL) {
        r = HsLong_FromLong(0); // the cached 0: stays alive after this decref
        Hs_DECREF(r);
    }
    if (HsComplex_CheckExact(r) && i == NULL && type == &HsComplex_Type) {
        return Hs_NewRef(r);
    }
    if (HsUnicode_Check(r)) {
        if (i != NULL) {
            return HsErr_Format(HsExc_TypeError,
                                "complex() can't take second arg if first is a string");
        }
        return complex_from_string(type, r);
    }
    if (i != NULL && HsUnicode_Check(i)) {
        return HsErr_Format(HsExc_TypeError, "complex() second arg can't be a string");
    }
    HsObject *special = try_complex_special(r); /* before the number checks, as CPython */
    if (special == NULL && HsErr_Occurred()) {
        return NULL;
    }
    if (special != NULL) {
        HsComplex sv = CVAL(special);
        Hs_DECREF(special);
        if (i == NULL) {
            return complex_subtype_from_doubles(type, sv.real, sv.imag);
        }
        HsObject *tmp = HsComplex_FromDoubles(sv.real, sv.imag);
        if (tmp == NULL) {
            return NULL;
        }
        HsObject *res = NULL;
        HsObject *argv[2] = {tmp, i};
        HsObject *t = HsTuple_FromArray(argv, 2);
        if (t != NULL) {
            res = complex_new(type, t, NULL);
            Hs_DECREF(t);
        }
        Hs_DECREF(tmp);
        return res;
    }
    if (!is_number_arg(r)) {
        return HsErr_Format(HsExc_TypeError, "complex() first argument must be a string or a "
                            "number, not '%.200s'", Hs_TYPE(r)->tp_name);
    }
    if (i != NULL && !is_number_arg(i)) {
        return HsErr_Format(HsExc_TypeError, "complex() second argument must be a number, "
                            "not '%.200s'", Hs_TYPE(i)->tp_name);
    }
    /* complex(r, i) is r + i*1j. Either argument may itself be complex, so the real part
     * is r.real - i.imag and the imaginary part r.imag + i.real; each correction is applied
     * only when that component exists, which keeps a -0.0 given by the caller intact. */
    HsComplex first = {0.0, 0.0}, second = {0.0, 0.0};
    int first_complex = HsComplex_Check(r);
    if (first_complex) {
        first = CVAL(r);
    } else if (arg_as_double(r, &first.real) < 0) {
        return NULL;
    }
    if (i == NULL) {
        return complex_subtype_from_doubles(type, first.real, first.imag);
    }
    int second_complex = HsComplex_Check(i);
    if (second_complex) {
        second = CVAL(i);
    } else if (arg_as_double(i, &second.real) < 0) {
        return NULL;
    }
    double re_part = second_complex ? first.real - second.imag : first.real;
    double im_part = first_complex ? second.real + first.imag : second.real;
    return complex_subtype_from_doubles(type, re_part, im_part);
}

/* ==== methods and the type ==== */

static HsObject *complex_conjugate(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsComplex_FromDoubles(CVAL(self).real, -CVAL(self).imag);
}

static HsObject *complex_complex(HsObject *self, HsObject *unused) {
    (void)unused;
    return complex_pos(self);
}

static HsObject *complex_getnewargs(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *re = HsFloat_FromDouble(CVAL(self).real);
    HsObject *im = HsFloat_FromDouble(CVAL(self).imag);
    HsObject *t = re != NULL && im != NULL ? HsTuple_Pack(2, re, im) : NULL;
    Hs_XDECREF(re);
    Hs_XDECREF(im);
    return t;
}

/* ==== format() ==== */

/* One part's text from PyOS_double_to_string, its sign split off. Returns 0 or -1. */
static int format_part(double x, char type, int precision, int flags, HsFmtOut *out,
                       int *negative, HsFmtError *err) {
    if (hs_obj_float_to_string(x, type, precision, flags, out, err) < 0) {
        return -1;
    }
    *negative = out->len > 0 && out->utf8[0] == '-';
    return 0;
}

static void put_sign(HsFmtOut *out, int negative, uint32_t sign) {
    if (negative) {
        hs_obj_fmt_out_bytes(out, "-", 1);
    } else if (sign == '+') {
        hs_obj_fmt_out_bytes(out, "+", 1);
    } else if (sign == ' ') {
        hs_obj_fmt_out_bytes(out, " ", 1);
    }
}

/* format(z, spec): CPython 3.11's format_complex_internal (no grouping). */
static HsObject *complex_format(HsObject *self, HsObject *spec_obj) {
    if (!HsUnicode_Check(spec_obj)) {
        return HsErr_Format(HsExc_TypeError, "__format__() argument must be str, not %.50s",
                            Hs_TYPE(spec_obj)->tp_name);
    }
    if (HS_STR_LEN(spec_obj) == 0) {
        return HsObject_Str(self);
    }
    Hs_ssize_t n = HS_STR_LEN(spec_obj);
    uint32_t *spec = hs_mem_raw_malloc((size_t)n * sizeof(uint32_t));
    if (spec == NULL) {
        return HsErr_NoMemory();
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        spec[i] = HS_STR_READ_CHAR(spec_obj, i);
    }
    HsFmtSpec f;
    HsFmtError err = {0};
    HsObject *result = NULL;
    if (hs_obj_fmt_parse_spec(spec, (size_t)n, 0, '>', &f, &err) < 0) {
        result = hs_float_fmt_raise(&err, "complex", spec, (size_t)n);
        goto done;
    }
    if (f.type != 0 && strchr("eEfFgGn", (int)f.type) == NULL) {
        err.code = HS_FMT_E_UNKNOWN_CODE;
        err.ch = f.type;
        result = hs_float_fmt_raise(&err, "complex", spec, (size_t)n);
        goto done;
    }
    if (f.fill == '0') {
        HsErr_SetString(HsExc_ValueError,
                        "Zero padding is not allowed in complex format specifier");
        goto done;
    }
    if (f.align == '=') {
        HsErr_SetString(HsExc_ValueError,
                        "'=' alignment flag is not allowed in complex format specifier");
        goto done;
    }
    char type = (char)f.type;
    int precision = (int)f.precision, skip_re = 0, parens = 0;
    int flags = (f.alternate ? HS_DTSF_ALT : 0) | (f.no_neg_0 ? HS_DTSF_NO_NEG_0 : 0);
    double re = CVAL(self).real, im = CVAL(self).imag;
    if (type == 0) {
        // No presentation type: like str(z) -- shortest repr digits, or 'g' when a
        // precision is given; a +0.0 real part is left out, otherwise parentheses.
        skip_re = re == 0.0 && copysign(1.0, re) == 1.0;
        parens = !skip_re;
        type = precision < 0 ? 'r' : 'g';
        precision = precision < 0 ? 0 : precision;
    } else {
        type = type == 'n' ? 'g' : type;
        precision = precision < 0 ? 6 : precision;
    }
    HsFmtOut rs, is, body;
    hs_obj_fmt_out_init(&rs);
    hs_obj_fmt_out_init(&is);
    hs_obj_fmt_out_init(&body);
    int rneg = 0, ineg = 0;
    if (format_part(re, type, precision, flags, &rs, &rneg, &err) == 0 &&
        format_part(im, type, precision, flags, &is, &ineg, &err) == 0) {
        if (parens) {
            hs_obj_fmt_out_bytes(&body, "(", 1);
        }
        if (!skip_re) {
            put_sign(&body, rneg, f.sign);
            hs_obj_fmt_out_bytes(&body, rs.utf8 + rneg, rs.len - (size_t)rneg);
        }
        put_sign(&body, ineg, skip_re ? f.sign : '+');
        hs_obj_fmt_out_bytes(&body, is.utf8 + ineg, is.len - (size_t)ineg);
        hs_obj_fmt_out_bytes(&body, "j", 1);
        if (parens) {
            hs_obj_fmt_out_bytes(&body, ")", 1);
        }
        Hs_ssize_t len = (Hs_ssize_t)body.len, pad = f.width > len ? f.width - len : 0;
        Hs_ssize_t left = f.align == '<' ? 0 : f.align == '^' ? pad / 2 : pad;
        HsFmtOut out;
        hs_obj_fmt_out_init(&out);
        hs_obj_fmt_out_repeat(&out, f.fill, left);
        hs_obj_fmt_out_bytes(&out, body.utf8 != NULL ? body.utf8 : "", body.len);
        hs_obj_fmt_out_repeat(&out, f.fill, pad - left);
        if (hs_obj_fmt_out_finish(&out, &err) == 0) {
            result = HsUnicode_FromStringAndSize(out.utf8, (Hs_ssize_t)out.len);
        } else {
            HsErr_NoMemory();
        }
        hs_obj_fmt_out_free(&out);
    } else {
        HsErr_NoMemory();
    }
    hs_obj_fmt_out_free(&rs);
    hs_obj_fmt_out_free(&is);
    hs_obj_fmt_out_free(&body);
done:
    hs_mem_raw_free(spec);
    return result;
}

static HsMethodDef complex_methods[] = {
    {"conjugate", HS_CFUNC(complex_conjugate), HS_METH_NOARGS,
     "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", HS_CFUNC(complex_complex), HS_METH_NOARGS,
     "Convert this value to exact type complex."},
    {"__getnewargs__", HS_CFUNC(complex_getnewargs), HS_METH_NOARGS, NULL},
    {"__format__", HS_CFUNC(complex_format), HS_METH_O, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static HsObject *complex_get_real(HsObject *self, void *closure) {
    (void)closure;
    return HsFloat_FromDouble(CVAL(self).real);
}

static HsObject *complex_get_imag(HsObject *self, void *closure) {
    (void)closure;
    return HsFloat_FromDouble(CVAL(self).imag);
}

static HsGetSetDef complex_getset[] = {
    {"real", complex_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", complex_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

HsTypeObject HsComplex_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "complex",
    .tp_getattro = HsObject_GenericGetAttr, /* as CPython: its own __getattribute__ */
    .tp_basicsize = sizeof(HsComplexObject),
    .tp_dealloc = complex_dealloc,
    .tp_repr = complex_repr,
    .tp_as_number = &complex_as_number,
    .tp_hash = complex_hash,
    .tp_flags = HS_TPFLAGS_BASETYPE,
    .tp_doc = "Create a complex number from a real part and an optional imaginary part.",
    .tp_richcompare = complex_richcompare,
    .tp_methods = complex_methods,
    .tp_getset = complex_getset,
    .tp_new = complex_new,
};
