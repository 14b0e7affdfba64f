/* The `math` module (CPython 3.11: Modules/mathmodule.c): the float functions over libm with
 * CPython's error mapping (a NaN result from non-NaN input is ValueError "math domain error";
 * an infinite result from finite input is OverflowError "math range error" for functions that
 * can overflow, else ValueError), log* on arbitrary-size ints, fsum (Shewchuk's exact
 * partials), hypot/dist, isclose, and the integer functions (gcd, lcm, isqrt, factorial, comb,
 * perm, prod) on arbitrary-size ints, which live in mathmodule_int.c.
 * Arguments are converted as CPython does: floats directly, anything else through
 * HsFloat_AsDouble (ints, __float__, __index__), so wrong types give "must be real number,
 * not T". Every math_* function: arguments borrowed; Return: new reference, or NULL with an
 * exception set. */
#include "internal/hs_modules.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_long.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_mem.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <float.h>
#include <math.h>
#include <stddef.h>
#include <string.h>

/* ==== conversion and errors ==== */

/* o as a double (CPython: PyFloat_AsDouble). Returns 0, or -1 with an exception. */
int hs_math_as_double(HsObject *o, double *out) {
    if (HsFloat_CheckExact(o)) {
        *out = HS_FLOAT_AS_DOUBLE(o);
        return 0;
    }
    double x = HsFloat_AsDouble(o);
    if (x == -1.0 && HsErr_Occurred() != NULL) {
        return -1;
    }
    *out = x;
    return 0;
}

static HsObject *domain_error(void) {
    HsErr_SetString(HsExc_ValueError, "math domain error");
    return NULL;
}

static HsObject *range_error(void) {
    HsErr_SetString(HsExc_OverflowError, "math range error");
    return NULL;
}

/* Check r = f(x...) as CPython's is_error after errno: 'finite_in' says every input was
 * finite, 'nan_in' that some input was a NaN. Return: new reference, or NULL. */
static HsObject *float_result(double r, int finite_in, int nan_in, int can_overflow) {
    if (isnan(r) && !nan_in) {
        return domain_error();
    }
    if (isinf(r) && finite_in) {
        return can_overflow ? range_error() : domain_error();
    }
    return HsFloat_FromDouble(r);
}

/* One-argument function 'f' (CPython: math_1). Return: new reference, or NULL. */
static HsObject *math_1(HsObject *arg, double (*f)(double), int can_overflow) {
    double x;
    if (hs_math_as_double(arg, &x) < 0) {
        return NULL;
    }
    return float_result(f(x), isfinite(x), isnan(x), can_overflow);
}

/* ==== one-argument float functions ==== */

#define MATH_FUNC1(name, cfunc, can_overflow)                                                     \
    static HsObject *math_##name(HsObject *self, HsObject *arg) {                                  \
        (void)self;                                                                                \
        return math_1(arg, cfunc, can_overflow);                                                   \
    }

MATH_FUNC1(acos, acos, 0)
MATH_FUNC1(acosh, acosh, 0)
MATH_FUNC1(asin, asin, 0)
MATH_FUNC1(asinh, asinh, 0)
MATH_FUNC1(atan, atan, 0)
MATH_FUNC1(atanh, atanh, 0)
MATH_FUNC1(cbrt, cbrt, 0)
MATH_FUNC1(cos, cos, 0)
MATH_FUNC1(cosh, cosh, 1)
MATH_FUNC1(erf, erf, 0)
MATH_FUNC1(erfc, erfc, 0)
MATH_FUNC1(exp, exp, 1)
MATH_FUNC1(exp2, exp2, 1)
MATH_FUNC1(expm1, expm1, 1)
MATH_FUNC1(fabs, fabs, 0)
MATH_FUNC1(log1p, log1p, 0)
MATH_FUNC1(sin, sin, 0)
MATH_FUNC1(sinh, sinh, 1)
MATH_FUNC1(sqrt, sqrt, 0)
MATH_FUNC1(tan, tan, 0)
MATH_FUNC1(tanh, tanh, 0)

/* ==== gamma, lgamma (CPython's Lanczos approximation, not libm's) ==== */

#define LANCZOS_N 13
#define LOG_PI 1.144729885849400174143427351353058711647
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* The denominator is x * (x + 1) * ... * (x + LANCZOS_N - 2). */
static const double lanczos_den_coeffs[LANCZOS_N] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0,
};
#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
};

/* sum c[k] * x^k by Horner's rule, highest coefficient first. */
static double poly_in_x(const double *c, double x) {
    double acc = 0.0;
    for (int k = LANCZOS_N - 1; k >= 0; k--) {
        acc = acc * x + c[k];
    }
    return acc;
}

/* The same polynomial divided by x^(LANCZOS_N - 1), i.e. a polynomial in 1/x, lowest
 * coefficient first; dividing by x at each step (rather than multiplying by 1/x) is part
 * of the bit pattern we must reproduce. */
static double poly_in_inverse_x(const double *c, double x) {
    double acc = 0.0;
    for (int k = 0; k < LANCZOS_N; k++) {
        acc = acc / x + c[k];
    }
    return acc;
}

/* The Lanczos rational function L_g(x) for x > 0 (CPython: lanczos_sum). Both polynomials
 * have degree LANCZOS_N - 1, so for large x they overflow long before their ratio does;
 * from 5.0 up they are evaluated as polynomials in 1/x instead. */
static double lanczos_sum(double x) {
    if (x < 5.0) {
        return poly_in_x(lanczos_num_coeffs, x) / poly_in_x(lanczos_den_coeffs, x);
    }
    return poly_in_inverse_x(lanczos_num_coeffs, x) / poly_in_inverse_x(lanczos_den_coeffs, x);
}

/* sin(pi * x) for finite x (CPython: m_sinpi). Reducing x modulo 2 is exact, and each
 * argument handed to sin or cos below is small and exact too, so the result keeps full
 * accuracy near the integers and half-integers where sin(M_PI * x) would not. */
static double sinpi(double x) {
    double y = fmod(fabs(x), 2.0);
    int halves = (int)round(2.0 * y); // nearest multiple of 1/2 to y, counted in halves: 0..4
    double r;
    if (halves == 1 || halves == 3) { // near a peak: a cosine centred on it
        double c = cos(M_PI * (y - 0.5 * halves));
        r = halves == 1 ? c : -c;
    } else if (halves == 2) { // near 1: sin(pi*y) = sin(pi*(1 - y))
        r = sin(M_PI * (1.0 - y));
    } else { // near 0 or 2
        r = sin(M_PI * (y - (double)(halves / 2)));
    }
    return copysign(1.0, x) * r;
}

/* y = |x| + (g - 1/2) is rounded; Lanczos' formula wants the exact sum. Subtracting the
 * larger addend first recovers the rounding error exactly. Returned: that error's relative
 * effect on y^(|x| - 1/2) / e^y, whose logarithmic derivative in y is -g / y; the caller
 * scales its result by 1 + this. */
static double lanczos_rounding_fix(double absx, double y) {
    double lost;
    if (absx > lanczos_g_minus_half) {
        lost = (y - absx) - lanczos_g_minus_half;
    } else {
        lost = (y - lanczos_g_minus_half) - absx;
    }
    return lost * lanczos_g / y;
}

/* r times (or, with 'divide', over) y^(absx - 1/2). From absx = 140 on that power alone
 * could overflow although the result does not, so it is applied as two equal halves. */
static double scale_by_power(double r, double y, double absx, int divide) {
    if (absx < 140.0) {
        double full = pow(y, absx - 0.5);
        return divide ? r / full : r * full;
    }
    double half = pow(y, absx / 2.0 - 0.25);
    return divide ? r / half / half : r * half * half;
}

/* Gamma for finite x that is not handled by the table or the tiny / huge cases,
 * 1e-20 <= |x| <= 200 (CPython: m_tgamma's Lanczos branch). Positive x:
 * L_g(x) * y^(x - 1/2) / e^y; negative x through the reflection formula
 * gamma(x) = -pi / (sin(pi*|x|) * |x| * gamma(|x|)). */
static double lanczos_gamma(double x) {
    double absx = fabs(x);
    double y = absx + lanczos_g_minus_half;
    double fix = lanczos_rounding_fix(absx, y);
    double r;
    if (x < 0.0) {
        r = -M_PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        fix = -fix; // the y-dependent part sits in the denominator here
    } else {
        r = lanczos_sum(absx) / exp(y);
    }
    r += fix * r;
    return scale_by_power(r, y, absx, x < 0.0);
}

static HsObject *math_gamma(HsObject *self, HsObject *arg) {
    (void)self;
    double x;
    if (hs_math_as_double(arg, &x) < 0) {
        return NULL;
    }
    if (!isfinite(x)) {
        return (isnan(x) || x > 0.0) ? HsFloat_FromDouble(x) : domain_error();
    }
    if (x == 0.0 || (x == floor(x) && x < 0.0)) {
        return domain_error();
    }
    if (x == floor(x) && x <= NGAMMA_INTEGRAL) {
        return HsFloat_FromDouble(gamma_integral[(int)x - 1]);
    }
    double absx = fabs(x), r;
    if (absx < 1e-20) {
        r = 1.0 / x;
    } else if (absx > 200.0) {
        if (x >= 0.0) {
            return range_error();
        }
        r = 0.0 / sinpi(x);
    } else {
        r = lanczos_gamma(x);
    }
    return isinf(r) ? range_error() : HsFloat_FromDouble(r);
}

static HsObject *math_lgamma(HsObject *self, HsObject *arg) {
    (void)self;
    double x;
    if (hs_math_as_double(arg, &x) < 0) {
        return NULL;
    }
    if (!isfinite(x)) {
        return HsFloat_FromDouble(isnan(x) ? x : INFINITY);
    }
    if (x == floor(x) && x <= 2.0) {
        return x <= 0.0 ? domain_error() : HsFloat_FromDouble(0.0);
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        return HsFloat_FromDouble(-log(absx));
    }
    // log|gamma(x)| for x > 0 from the same Lanczos form, in logarithms: no overflow.
    double log_sum = log(lanczos_sum(absx)) - lanczos_g;
    double log_power = (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    double r = log_sum + log_power;
    if (x < 0.0) { // reflection: log(pi) - log|sin(pi*x)| - log|x| - log|gamma(|x|)|
        r = LOG_PI - log(fabs(sinpi(absx))) - log(absx) - r;
    }
    return isinf(r) ? range_error() : HsFloat_FromDouble(r);
}

static HsObject *math_degrees(HsObject *self, HsObject *arg) {
    (void)self;
    double x;
    if (hs_math_as_double(arg, &x) < 0) {
        return NULL;
    }
    return HsFloat_FromDouble(x * (180.0 / M_PI));
}

static HsObject *math_radians(HsObject *self, HsObject *arg) {
    (void)self;
    double x;
    if (hs_math_as_double(arg, &x) < 0) {
        return NULL;
    }
    return HsFloat_FromDouble(x * (M_PI / 180.0));
}

/* isfinite / isinf / isnan share this: 'which' 0, 1, 2. */
static HsObject *classify(HsObject *arg, int which) {
    double x;
    if (hs_math_as_double(arg, &x) < 0) {
        return NULL;
    }
    int r = which == 0 ? isfinite(x) != 0 : which == 1 ? isinf(x) != 0 : isnan(x) != 0;
    return HsBool_FromLong(r);
}

static HsObject *math_isfinite(HsObject *self, HsObject *arg) {
    (void)self;
    return classify(arg, 0);
}

static HsObject *math_isinf(HsObject *self, HsObject *arg) {
    (void)self;
    return classify(arg, 1);
}

static HsObject *math_isnan(HsObject *self, HsObject *arg) {
    (void)self;
    return classify(arg, 2);
}

static HsObject *math_ulp(HsObject *self, HsObject *arg) {
    (void)self;
    double x;
    if (hs_math_as_double(arg, &x) < 0) {
        return NULL;
    }
    if (isnan(x)) {
        return HsFloat_FromDouble(x);
    }
    x = fabs(x);
    if (isinf(x)) {
        return HsFloat_FromDouble(x);
    }
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return HsFloat_FromDouble(x - x2);
    }
    return HsFloat_FromDouble(x2 - x);
}

/* ==== ceil, floor, trunc ==== */

/* type(o).name looked up along the MRO. Return: borrowed reference, or NULL (no error). */
static HsObject *lookup_special(HsObject *o, const char *name) {
    HsObject *n = hs_builtins_name(name);
    if (n == NULL) {
        HsErr_Clear();
        return NULL;
    }
    return hs_type_lookup(Hs_TYPE(o), n);
}

/* math.ceil / math.floor: floats directly, else type(x).__ceil__/__floor__, else via float.
 * Return: new reference, or NULL. */
static HsObject *round_integral(HsObject *arg, const char *dunder, double (*f)(double)) {
    if (!HsFloat_CheckExact(arg)) {
        if (HsLong_CheckExact(arg)) {
            return Hs_NewRef(arg);
        }
        HsObject *meth = lookup_special(arg, dunder);
        if (meth != NULL) {
            Hs_INCREF(meth);
            HsObject *r = HsObject_CallOneArg(meth, arg);
            Hs_DECREF(meth);
            return r;
        }
    }
    double x;
    if (hs_math_as_double(arg, &x) < 0) {
        return NULL;
    }
    return HsLong_FromDouble(f(x));
}

static HsObject *math_ceil(HsObject *self, HsObject *arg) {
    (void)self;
    return round_integral(arg, "__ceil__", ceil);
}

static HsObject *math_floor(HsObject *self, HsObject *arg) {
    (void)self;
    return round_integral(arg, "__floor__", floor);
}

static HsObject *math_trunc(HsObject *self, HsObject *arg) {
    (void)self;
    if (HsFloat_CheckExact(arg)) {
        return HsLong_FromDouble(trunc(HS_FLOAT_AS_DOUBLE(arg)));
    }
    if (HsLong_CheckExact(arg)) {
        return Hs_NewRef(arg);
    }
    HsObject *meth = lookup_special(arg, "__trunc__");
    if (meth == NULL) {
        if (HsLong_Check(arg)) {
            return HsNumber_Long(arg);
        }
        return HsErr_Format(HsExc_TypeError, "type %.100s doesn't define __trunc__ method",
                            Hs_TYPE(arg)->tp_name);
    }
    Hs_INCREF(meth);
    HsObject *r = HsObject_CallOneArg(meth, arg);
    Hs_DECREF(meth);
    return r;
}

/* ==== two-argument float functions ==== */

/* Convert args[0], args[1] after checking there are exactly two ('name' for the message).
 * Returns 0, or -1 with an exception. */
static int two_doubles(const char *name, HsObject *const *args, Hs_ssize_t nargs, double *x,
                       double *y) {
    if (hs_arg_check_positional(name, nargs, 2, 2) < 0) {
        return -1;
    }
    if (hs_math_as_double(args[0], x) < 0 || hs_math_as_double(args[1], y) < 0) {
        return -1;
    }
    return 0;
}

static HsObject *math_atan2(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    double x, y;
    if (two_doubles("atan2", args, nargs, &y, &x) < 0) {
        return NULL;
    }
    return HsFloat_FromDouble(atan2(y, x));
}

static HsObject *math_copysign(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    double x, y;
    if (two_doubles("copysign", args, nargs, &x, &y) < 0) {
        return NULL;
    }
    return HsFloat_FromDouble(copysign(x, y));
}

static HsObject *math_nextafter(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    double x, y;
    if (two_doubles("nextafter", args, nargs, &x, &y) < 0) {
        return NULL;
    }
    return HsFloat_FromDouble(nextafter(x, y));
}

static HsObject *math_fmod(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    double x, y;
    if (two_doubles("fmod", args, nargs, &x, &y) < 0) {
        return NULL;
    }
    if (isinf(y) && isfinite(x)) {
        return HsFloat_FromDouble(x);
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        return domain_error();
    }
    return HsFloat_FromDouble(r);
}

static HsObject *math_remainder(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    double x, y;
    if (two_doubles("remainder", args, nargs, &x, &y) < 0) {
        return NULL;
    }
    if (isnan(x) || isnan(y)) {
        return HsFloat_FromDouble(isnan(x) ? x : y);
    }
    if (isinf(x) || y == 0.0) {
        return domain_error();
    }
    return HsFloat_FromDouble(remainder(x, y));
}

/* CPython: math_pow, with its explicit special cases for infinities and NaNs. */
static HsObject *math_pow(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    double x, y;
    if (two_doubles("pow", args, nargs, &x, &y) < 0) {
        return NULL;
    }
    if (!isfinite(x) || !isfinite(y)) {
        return HsFloat_FromDouble(pow(x, y));
    }
    if (x == 0.0 && y < 0.0) {
        return domain_error();
    }
    double r = pow(x, y);
    if (isnan(r)) {
        return domain_error();
    }
    if (isinf(r)) {
        return range_error();
    }
    return HsFloat_FromDouble(r);
}

static HsObject *math_ldexp(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    double x;
    if (hs_arg_check_positional("ldexp", nargs, 2, 2) < 0 || hs_math_as_double(args[0], &x) < 0) {
        return NULL;
    }
    if (!HsLong_Check(args[1])) {
        HsErr_SetString(HsExc_TypeError, "Expected an int as second argument to ldexp.");
        return NULL;
    }
    int overflow = 0;
    long long e = hs_int_as_longlong_and_overflow(args[1], &overflow);
    if (e == -1 && HsErr_Occurred() != NULL) {
        return NULL;
    }
    if (overflow != 0) {
        e = overflow > 0 ? 100000 : -100000;
    } else if (e > 100000) {
        e = 100000;
    } else if (e < -100000) {
        e = -100000;
    }
    if (x == 0.0 || !isfinite(x)) {
        return HsFloat_FromDouble(x);
    }
    double r = ldexp(x, (int)e);
    if (isinf(r)) {
        return range_error();
    }
    return HsFloat_FromDouble(r);
}

/* ==== modf, frexp ==== */

/* (a, b) as a tuple of two new floats. Return: new reference, or NULL. */
static HsObject *float_pair(double a, double b) {
    HsObject *fa = HsFloat_FromDouble(a);
    HsObject *fb = fa == NULL ? NULL : HsFloat_FromDouble(b);
    HsObject *t = fb == NULL ? NULL : HsTuple_Pack(2, fa, fb);
    Hs_XDECREF(fa);
    Hs_XDECREF(fb);
    return t;
}

static HsObject *math_modf(HsObject *self, HsObject *arg) {
    (void)self;
    double x;
    if (hs_math_as_double(arg, &x) < 0) {
        return NULL;
    }
    if (isinf(x)) {
        return float_pair(copysign(0.0, x), x);
    }
    double ip;
    double fp = modf(x, &ip);
    return float_pair(fp, ip);
}

static HsObject *math_frexp(HsObject *self, HsObject *arg) {
    (void)self;
    double x;
    if (hs_math_as_double(arg, &x) < 0) {
        return NULL;
    }
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0) {
        m = frexp(x, &e);
    }
    HsObject *fm = HsFloat_FromDouble(m);
    HsObject *ie = fm == NULL ? NULL : HsLong_FromLong(e);
    HsObject *t = ie == NULL ? NULL : HsTuple_Pack(2, fm, ie);
    Hs_XDECREF(fm);
    Hs_XDECREF(ie);
    return t;
}

/* ==== logarithms ==== */

/* f(arg) where ints of any size are handled exactly: log(m * 2**e) = f(m) + e * f(2)
 * (CPython: loghelper). Returns 0 with *out, or -1 with an exception. */
static int log_helper(HsObject *arg, double (*f)(double), double *out) {
    if (HsLong_Check(arg)) {
        Hs_ssize_t size = Hs_SIZE(arg);
        if (size <= 0) {
            domain_error();
            return -1;
        }
        const hs_digit *d = ((HsLongObject *)arg)->ob_digit;
        double x;
        if (hs_obj_long_to_double(d, size, &x) == 0) {
            *out = f(x);
            return 0;
        }
        double m;
        Hs_ssize_t e;
        if (hs_obj_long_frexp(d, size, &m, &e) != 0) {
            HsErr_SetString(HsExc_OverflowError, "int too large to convert to float");
            return -1;
        }
        *out = f(m) + f(2.0) * (double)e;
        return 0;
    }
    double x;
    if (hs_math_as_double(arg, &x) < 0) {
        return -1;
    }
    if (isnan(x) || (isinf(x) && x > 0)) {
        *out = x;
        return 0;
    }
    if (x <= 0.0) {
        domain_error();
        return -1;
    }
    *out = f(x);
    return 0;
}

static HsObject *math_log(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (nargs < 1 || nargs > 2) {
        HsErr_SetString(HsExc_TypeError, "math.log requires 1 to 2 arguments");
        return NULL;
    }
    double num;
    if (log_helper(args[0], log, &num) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return HsFloat_FromDouble(num);
    }
    double den;
    if (log_helper(args[1], log, &den) < 0) {
        return NULL;
    }
    if (den == 0.0) {
        HsErr_SetString(HsExc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return HsFloat_FromDouble(num / den);
}

static HsObject *math_log2(HsObject *self, HsObject *arg) {
    (void)self;
    double r;
    return log_helper(arg, log2, &r) < 0 ? NULL : HsFloat_FromDouble(r);
}

static HsObject *math_log10(HsObject *self, HsObject *arg) {
    (void)self;
    double r;
    return log_helper(arg, log10, &r) < 0 ? NULL : HsFloat_FromDouble(r);
}

/* ==== hypot, dist ==== */

/* A double-length value hi + lo (CPython: DoubleLength). */
typedef struct {
    double hi, lo;
} DoubleLength;

/* a + b exactly, for |a| >= |b| (Dekker's fast two-sum). */
static DoubleLength dl_fast_sum(double a, double b) {
    double x = a + b;
    double z = x - a;
    return (DoubleLength){x, b - z};
}

/* Veltkamp's split of x into two 26-bit halves. */
static DoubleLength dl_split(double x) {
    double t = x * 134217729.0;
    double hi = t - (t - x);
    return (DoubleLength){hi, x - hi};
}

/* x * y exactly (Dekker's mul12). */
static DoubleLength dl_mul(double x, double y) {
    DoubleLength xx = dl_split(x);
    DoubleLength yy = dl_split(y);
    double p = xx.hi * yy.hi;
    double q = xx.hi * yy.lo + xx.lo * yy.hi;
    double z = p + q;
    double zz = p - z + q + xx.lo * yy.lo;
    return (DoubleLength){z, zz};
}

/* sqrt(sum(v[i]**2)) of the magnitudes v[0..n) whose largest is 'max', with CPython's
 * handling of infinities and NaNs, lossless power-of-two scaling, exact squares and a final
 * correction of the square root (CPython 3.11: vector_norm). May scale 'v' in place. */
static double vector_norm(Hs_ssize_t n, double *v, double max, int found_nan) {
    if (isinf(max)) {
        return max;
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0 || n <= 1) {
        return max;
    }
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* ldexp(1.0, -max_e) would overflow: divide by max instead (3.11's fallback). */
        double sum = 1.0, frac = 0.0;
        for (Hs_ssize_t i = 0; i < n; i++) {
            double x = v[i] / max;
            x = x * x;
            double old = sum;
            sum += x;
            frac += (old - sum) + x;
        }
        return max * sqrt(sum - 1.0 + frac);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (Hs_ssize_t i = 0; i < n; i++) {
        double x = v[i] * scale;
        DoubleLength pr = dl_mul(x, x);
        DoubleLength sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    DoubleLength pr = dl_mul(-h, h);
    DoubleLength sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    return (h + x / (2.0 * h)) / scale;
}

/* hypot of 'n' coordinates from 'get' (0: args as numbers; p/q tuples for dist). */
static HsObject *norm_of(Hs_ssize_t n, HsObject *const *p, HsObject *const *q) {
    double stack[16];
    double *v = n <= 16 ? stack : hs_mem_raw_malloc((size_t)n * sizeof(double));
    if (v == NULL) {
        return HsErr_NoMemory();
    }
    double max = 0.0;
    int found_nan = 0;
    for (Hs_ssize_t i = 0; i < n; i++) {
        double a, b = 0.0;
        if (hs_math_as_double(p[i], &a) < 0 || (q != NULL && hs_math_as_double(q[i], &b) < 0)) {
            if (v != stack) {
                hs_mem_raw_free(v);
            }
            return NULL;
        }
        double x = fabs(a - b);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    double r = vector_norm(n, v, max, found_nan);
    if (v != stack) {
        hs_mem_raw_free(v);
    }
    return HsFloat_FromDouble(r);
}

static HsObject *math_hypot(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    return norm_of(nargs, args, NULL);
}

/* CPython: math_dist_impl; non-tuple points are converted with tuple(). */
static HsObject *math_dist(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("dist", nargs, 2, 2) < 0) {
        return NULL;
    }
    HsObject *p = HsTuple_Check(args[0]) ? Hs_NewRef(args[0]) : HsSequence_Tuple(args[0]);
    if (p == NULL) {
        return NULL;
    }
    HsObject *q = HsTuple_Check(args[1]) ? Hs_NewRef(args[1]) : HsSequence_Tuple(args[1]);
    if (q == NULL) {
        Hs_DECREF(p);
        return NULL;
    }
    HsObject *r = NULL;
    if (Hs_SIZE(p) != Hs_SIZE(q)) {
        HsErr_SetString(HsExc_ValueError, "both points must have the same number of dimensions");
    } else {
        r = norm_of(Hs_SIZE(p), HS_TUPLE_ITEMS(p), HS_TUPLE_ITEMS(q));
    }
    Hs_DECREF(p);
    Hs_DECREF(q);
    return r;
}

/* ==== isclose ==== */

static HsObject *math_isclose(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                              HsObject *kwnames) {
    (void)self;
    static const char *const kw[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    static const HsArgParser parser = {"isclose", kw};
    HsObject *o[4];
    /* CPython: "missing required argument 'b' (pos 2)", but "takes exactly 2 positional
     * arguments" when there are too many. */
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, nargs > 2 ? 2 : 0, 2, 2, o) < 0) {
        return NULL;
    }
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (hs_math_as_double(o[0], &a) < 0 || hs_math_as_double(o[1], &b) < 0 ||
        (o[2] != NULL && hs_math_as_double(o[2], &rel_tol) < 0) ||
        (o[3] != NULL && hs_math_as_double(o[3], &abs_tol) < 0)) {
        return NULL;
    }
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        HsErr_SetString(HsExc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (a == b) {
        Hs_RETURN_TRUE;
    }
    if (isinf(a) || isinf(b)) {
        Hs_RETURN_FALSE;
    }
    double diff = fabs(b - a);
    int close = ((diff <= fabs(rel_tol * b)) || (diff <= fabs(rel_tol * a))) || (diff <= abs_tol);
    return HsBool_FromLong(close);
}

/* ==== fsum ==== */

/* Append 'x' to the growing array *p (capacity *cap, length *n). Returns 0 or -1. */
static int partials_push(double **p, double *stack, Hs_ssize_t *cap, Hs_ssize_t *n, double x) {
    if (*n == *cap) {
        Hs_ssize_t ncap = *cap * 2;
        double *np;
        if (*p == stack) {
            np = hs_mem_raw_malloc((size_t)ncap * sizeof(double));
            if (np != NULL) {
                memcpy(np, stack, (size_t)*n * sizeof(double));
            }
        } else {
            np = hs_mem_raw_realloc(*p, (size_t)ncap * sizeof(double));
        }
        if (np == NULL) {
            HsErr_NoMemory();
            return -1;
        }
        *p = np;
        *cap = ncap;
    }
    (*p)[(*n)++] = x;
    return 0;
}

/* hi + lo == a + b exactly, hi being the rounded sum, provided |a| >= |b| (Dekker's
 * fast two-sum). */
static double two_sum_ordered(double a, double b, double *lo) {
    double hi = a + b;
    *lo = b - (hi - a);
    return hi;
}

/* The correctly rounded value of p[0] + ... + p[n-1], where the partials are nonzero,
 * non-overlapping and increasing in magnitude (CPython: the end of math_fsum). Adding from
 * the top down stays exact until the first addition that loses something; that rounded
 * sum is the answer unless the loss is exactly half an ulp, when round-half-even would be
 * wrong if the partials still below pull the same way: then the true sum is past the
 * halfway point and must round away from where the tie went. */
static double partials_sum(const double *p, Hs_ssize_t n) {
    if (n == 0) {
        return 0.0;
    }
    Hs_ssize_t below = n - 1; // partials p[0..below) not yet added
    double total = p[below], lost = 0.0;
    while (below > 0 && lost == 0.0) {
        below--;
        total = two_sum_ordered(total, p[below], &lost);
    }
    int same_way = below > 0 && ((lost > 0.0 && p[below - 1] > 0.0) ||
                                 (lost < 0.0 && p[below - 1] < 0.0));
    if (same_way) {
        double twice = lost * 2.0;
        double bumped = total + twice;
        if (bumped - total == twice) { // only when 'lost' really was half an ulp
            total = bumped;
        }
    }
    return total;
}

/* Fold 'x' into the partials p[0..n) (Shewchuk's msum): run it up through them, keeping
 * every nonzero rounding error as a new partial in increasing order. The errors overwrite
 * p from the front; returns how many there are, '*xp' is what is left to append. */
static Hs_ssize_t partials_add(double *p, Hs_ssize_t n, double *xp) {
    double carry = *xp;
    Hs_ssize_t kept = 0;
    for (Hs_ssize_t j = 0; j < n; j++) {
        double err;
        if (fabs(carry) < fabs(p[j])) {
            carry = two_sum_ordered(p[j], carry, &err);
        } else {
            carry = two_sum_ordered(carry, p[j], &err);
        }
        if (err != 0.0) {
            p[kept++] = err;
        }
    }
    *xp = carry;
    return kept;
}

/* One item of fsum: 0, or -1 with OverflowError. An infinity or NaN among the items is
 * summed apart in '*special' (and infinities also in '*inf_sum', to tell inf - inf from a
 * NaN item) and the partials are dropped, since the result can only be special now; a
 * non-finite value from finite items is an intermediate overflow. */
static int fsum_step(double x, double **p, double *stack, Hs_ssize_t *cap, Hs_ssize_t *n,
                     double *special, double *inf_sum) {
    double item = x;
    *n = partials_add(*p, *n, &x);
    if (isfinite(x)) {
        return x == 0.0 ? 0 : partials_push(p, stack, cap, n, x);
    }
    if (isfinite(item)) {
        HsErr_SetString(HsExc_OverflowError, "intermediate overflow in fsum");
        return -1;
    }
    if (isinf(item)) {
        *inf_sum += item;
    }
    *special += item;
    *n = 0;
    return 0;
}

static HsObject *math_fsum(HsObject *self, HsObject *seq) {
    (void)self;
    HsObject *it = HsObject_GetIter(seq);
    if (it == NULL) {
        return NULL;
    }
    double stack[32];
    double *p = stack;
    Hs_ssize_t cap = 32, n = 0;
    double special = 0.0, inf_sum = 0.0;
    HsObject *item, *result = NULL;
    int failed = 0;
    while (!failed && (item = HsIter_Next(it)) != NULL) {
        double x;
        failed = hs_math_as_double(item, &x) < 0 ||
                 fsum_step(x, &p, stack, &cap, &n, &special, &inf_sum) < 0;
        Hs_DECREF(item);
    }
    if (!failed && HsErr_Occurred() == NULL) {
        if (special != 0.0) {
            if (isnan(inf_sum)) {
                HsErr_SetString(HsExc_ValueError, "-inf + inf in fsum");
            } else {
                result = HsFloat_FromDouble(special);
            }
        } else {
            result = HsFloat_FromDouble(partials_sum(p, n));
        }
    }
    if (p != stack) {
        hs_mem_raw_free(p);
    }
    Hs_DECREF(it);
    return result;
}

/* ==== module ==== */

#define METH_O_ENTRY(name, doc) {#name, HS_CFUNC(math_##name), HS_METH_O, doc}
#define METH_FAST_ENTRY(name, doc) {#name, HS_CFUNC(math_##name), HS_METH_FASTCALL, doc}
#define METH_O_ENTRY_INT(name, doc) {#name, HS_CFUNC(hs_math_##name), HS_METH_O, doc}
#define METH_FAST_ENTRY_INT(name, doc) {#name, HS_CFUNC(hs_math_##name), HS_METH_FASTCALL, doc}

static HsMethodDef math_methods[] = {
    METH_O_ENTRY(acos, "Return the arc cosine (measured in radians) of x."),
    METH_O_ENTRY(acosh, "Return the inverse hyperbolic cosine of x."),
    METH_O_ENTRY(asin, "Return the arc sine (measured in radians) of x."),
    METH_O_ENTRY(asinh, "Return the inverse hyperbolic sine of x."),
    METH_O_ENTRY(atan, "Return the arc tangent (measured in radians) of x."),
    METH_FAST_ENTRY(atan2, "Return the arc tangent (measured in radians) of y/x."),
    METH_O_ENTRY(atanh, "Return the inverse hyperbolic tangent of x."),
    METH_O_ENTRY(cbrt, "Return the cube root of x."),
    METH_O_ENTRY(ceil, "Return the ceiling of x as an Integral."),
    METH_FAST_ENTRY_INT(comb, "Number of ways to choose k items from n items."),
    METH_FAST_ENTRY(copysign, "Return a float with the magnitude of x but the sign of y."),
    METH_O_ENTRY(cos, "Return the cosine of x (measured in radians)."),
    METH_O_ENTRY(cosh, "Return the hyperbolic cosine of x."),
    METH_O_ENTRY(degrees, "Convert angle x from radians to degrees."),
    METH_FAST_ENTRY(dist, "Return the Euclidean distance between two points p and q."),
    METH_O_ENTRY(erf, "Error function at x."),
    METH_O_ENTRY(erfc, "Complementary error function at x."),
    METH_O_ENTRY(exp, "Return e raised to the power of x."),
    METH_O_ENTRY(exp2, "Return 2 raised to the power of x."),
    METH_O_ENTRY(expm1, "Return exp(x)-1."),
    METH_O_ENTRY(fabs, "Return the absolute value of the float x."),
    METH_O_ENTRY_INT(factorial, "Find x!."),
    METH_O_ENTRY(floor, "Return the floor of x as an Integral."),
    METH_FAST_ENTRY(fmod, "Return fmod(x, y), according to platform C."),
    METH_O_ENTRY(frexp, "Return the mantissa and exponent of x, as pair (m, e)."),
    METH_O_ENTRY(fsum, "Return an accurate floating point sum of values in the iterable seq."),
    METH_O_ENTRY(gamma, "Gamma function at x."),
    METH_FAST_ENTRY_INT(gcd, "Greatest Common Divisor."),
    METH_FAST_ENTRY(hypot, "Multidimensional Euclidean distance from the origin to a point."),
    {"isclose", HS_CFUNC(math_isclose), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Determine whether two floating point numbers are close in value."},
    METH_O_ENTRY(isfinite, "Return True if x is neither an infinity nor a NaN, else False."),
    METH_O_ENTRY(isinf, "Return True if x is a positive or negative infinity, else False."),
    METH_O_ENTRY(isnan, "Return True if x is a NaN (not a number), else False."),
    METH_O_ENTRY_INT(isqrt, "Return the integer part of the square root of the input."),
    METH_FAST_ENTRY_INT(lcm, "Least Common Multiple."),
    METH_FAST_ENTRY(ldexp, "Return x * (2**i)."),
    METH_O_ENTRY(lgamma, "Natural logarithm of absolute value of Gamma function at x."),
    METH_FAST_ENTRY(log, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."),
    METH_O_ENTRY(log10, "Return the base 10 logarithm of x."),
    METH_O_ENTRY(log1p, "Return the natural logarithm of 1+x (base e)."),
    METH_O_ENTRY(log2, "Return the base 2 logarithm of x."),
    METH_O_ENTRY(modf, "Return the fractional and integer parts of x."),
    METH_FAST_ENTRY(nextafter, "Return the next floating-point value after x towards y."),
    METH_FAST_ENTRY_INT(perm, "Number of ways to choose k items from n items without repetition."),
    METH_FAST_ENTRY(pow, "Return x**y (x to the power of y)."),
    {"prod", HS_CFUNC(hs_math_prod), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Calculate the product of all the elements in the input iterable."},
    METH_O_ENTRY(radians, "Convert angle x from degrees to radians."),
    METH_FAST_ENTRY(remainder, "Difference between x and the closest integer multiple of y."),
    METH_O_ENTRY(sin, "Return the sine of x (measured in radians)."),
    METH_O_ENTRY(sinh, "Return the hyperbolic sine of x."),
    METH_O_ENTRY(sqrt, "Return the square root of x."),
    METH_O_ENTRY(tan, "Return the tangent of x (measured in radians)."),
    METH_O_ENTRY(tanh, "Return the hyperbolic tangent of x."),
    METH_O_ENTRY(trunc, "Truncates the Real x to the nearest Integral toward 0."),
    METH_O_ENTRY(ulp, "Return the value of the least significant bit of the float x."),
    {NULL, NULL, 0, NULL},
};

/* Add the float constant 'name' = v to m. Returns 0 or -1. */
static int add_float(HsObject *m, const char *name, double v) {
    HsObject *f = HsFloat_FromDouble(v);
    if (f == NULL) {
        return -1;
    }
    int r = HsModule_AddObjectRef(m, name, f);
    Hs_DECREF(f);
    return r;
}

int hs_mathmodule_init(HsObject **module_out) {
    *module_out = NULL;
    HsObject *m = HsModule_New("math");
    if (m == NULL) {
        return -1;
    }
    if (HsModule_AddFunctions(m, math_methods) < 0 || add_float(m, "pi", M_PI) < 0 ||
        add_float(m, "e", M_E) < 0 || add_float(m, "tau", 2.0 * M_PI) < 0 ||
        add_float(m, "inf", INFINITY) < 0 || add_float(m, "nan", NAN) < 0) {
        Hs_DECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}
