/* random.Random's real-valued distributions (CPython 3.11: Lib/random.py): uniform,
 * triangular, normalvariate, gauss (with the cached second value in gauss_next),
 * lognormvariate, expovariate, vonmisesvariate, gammavariate (the three regimes of
 * alpha), betavariate, paretovariate, weibullvariate. Internal arithmetic runs on C doubles
 * in Python's evaluation order (same libm, so the same bits); every operation that touches
 * a caller's argument goes through the generic number protocol, so int arguments, type errors
 * and ZeroDivisionError behave as in CPython. The module constants are computed as
 * Lib/random.py computes them.
 * Every method: arguments borrowed; Return: new reference, or NULL with an exception. */
#include "internal/hs_modules_random.h"
#include "internal/hs_modules.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <math.h>

/* ==== constants and helpers ==== */

#define PI 3.141592653589793
#define TWOPI (2.0 * PI)
#define E_CONST 2.718281828459045

/* f(a, b), releasing both; a NULL operand gives NULL. Steals: 'a', 'b'. Return: new ref. */
static HsObject *op2(HsObject *(*f)(HsObject *, HsObject *), HsObject *a, HsObject *b) {
    HsObject *r = a != NULL && b != NULL ? f(a, b) : NULL;
    Hs_XDECREF(a);
    Hs_XDECREF(b);
    return r;
}

static HsObject *pow2(HsObject *a, HsObject *b) {
    return HsNumber_Power(a, b, Hs_None);
}

/* A new reference to 'o', or a float for an omitted argument. */
static HsObject *arg_or(HsObject *o, double dflt) {
    return o != NULL ? Hs_NewRef(o) : HsFloat_FromDouble(dflt);
}

/* 'a' OP the float 'b'. Returns 1, 0 or -1. */
static int cmp_float(HsObject *a, double b, int op) {
    HsObject *o = HsFloat_FromDouble(b);
    int r = o != NULL ? HsObject_RichCompareBool(a, o, op) : -1;
    Hs_XDECREF(o);
    return r;
}

/* float(o) as math functions take it. Returns 0 or -1. */
static int to_double(HsObject *o, double *out) {
    return hs_math_as_double(o, out);
}

/* math.log(x) for a double: ValueError "math domain error" for x <= 0. Returns 0 or -1. */
static int m_log(double x, double *out) {
    if (!(x > 0.0) && !isnan(x)) {
        HsErr_SetString(HsExc_ValueError, "math domain error");
        return -1;
    }
    *out = log(x);
    return 0;
}

/* math.exp(x) for a double: OverflowError "math range error" on overflow. Returns 0/-1. */
static int m_exp(double x, double *out) {
    *out = exp(x);
    if (isinf(*out) && isfinite(x)) {
        HsErr_SetString(HsExc_OverflowError, "math range error");
        return -1;
    }
    return 0;
}

/* mu + z * sigma. Steals: 'z'. */
static HsObject *mu_plus(HsObject *mu, HsObject *z, HsObject *sigma) {
    return op2(HsNumber_Add, Hs_NewRef(mu), op2(HsNumber_Multiply, z, Hs_NewRef(sigma)));
}

/* ==== uniform, triangular ==== */

HS_RANDOM_METHOD(uniform) {
    static const char *const names[] = {"a", "b"};
    static const HsRandomSig sig = {"Random.uniform", names, 2, 2, 0};
    HsObject *a[2];
    double r;
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    HsObject *width = HsNumber_Subtract(a[1], a[0]);
    if (width == NULL || hs_random_float(self, &r) < 0) {
        Hs_XDECREF(width);
        return NULL;
    }
    return op2(HsNumber_Add, Hs_NewRef(a[0]), op2(HsNumber_Multiply, width, HsFloat_FromDouble(r)));
}

/* c = (mode - low) / (high - low); NULL without an exception for ZeroDivisionError. */
static HsObject *triangular_c(HsObject *mode, HsObject *low, HsObject *high) {
    HsObject *c =
        op2(HsNumber_TrueDivide, HsNumber_Subtract(mode, low), HsNumber_Subtract(high, low));
    if (c == NULL && HsErr_ExceptionMatches(HsExc_ZeroDivisionError)) {
        HsErr_Clear();
    }
    return c;
}

HS_RANDOM_METHOD(triangular) {
    static const char *const names[] = {"low", "high", "mode"};
    static const HsRandomSig sig = {"Random.triangular", names, 3, 0, 0};
    HsObject *a[3];
    double u;
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0 || hs_random_float(self, &u) < 0) {
        return NULL;
    }
    HsObject *low = arg_or(a[0], 0.0), *high = arg_or(a[1], 1.0), *res = NULL, *c;
    if (low == NULL || high == NULL) {
        goto done;
    }
    c = a[2] == NULL || a[2] == Hs_None ? HsFloat_FromDouble(0.5) : triangular_c(a[2], low, high);
    if (c == NULL) {
        res = HsErr_Occurred() ? NULL : Hs_NewRef(low);
        goto done;
    }
    HsObject *uo = HsFloat_FromDouble(u);
    int gt = uo != NULL ? HsObject_RichCompareBool(uo, c, HS_GT) : -1; /* u > c */
    Hs_XDECREF(uo);
    if (gt == 1) {
        u = 1.0 - u;
        c = op2(HsNumber_Subtract, HsFloat_FromDouble(1.0), c);
        HsObject *t = low;
        low = high;
        high = t;
    }
    double uc;
    HsObject *prod = gt >= 0 ? op2(HsNumber_Multiply, HsFloat_FromDouble(u), c) : NULL;
    if (gt < 0) {
        Hs_XDECREF(c);
    }
    if (prod != NULL && to_double(prod, &uc) == 0) {
        if (uc < 0.0) {
            HsErr_SetString(HsExc_ValueError, "math domain error");
        } else {
            res = op2(
                HsNumber_Add, Hs_NewRef(low),
                op2(HsNumber_Multiply, HsNumber_Subtract(high, low), HsFloat_FromDouble(sqrt(uc))));
        }
    }
    Hs_XDECREF(prod);
done:
    Hs_XDECREF(low);
    Hs_XDECREF(high);
    return res;
}

/* ==== normal, gauss, lognormal, exponential ==== */

/* Kinderman and Monahan's ratio method: z as a double. Returns 0 or -1. */
static int normal_z(HsObject *self, double *z) {
    const double nv_magic = 4 * exp(-0.5) / sqrt(2.0);
    for (;;) {
        double u1, u2;
        if (hs_random_float(self, &u1) < 0 || hs_random_float(self, &u2) < 0) {
            return -1;
        }
        u2 = 1.0 - u2;
        *z = nv_magic * (u1 - 0.5) / u2;
        double zz = *z * *z / 4.0, lg;
        if (m_log(u2, &lg) < 0) {
            return -1;
        }
        if (zz <= -lg) {
            return 0;
        }
    }
}

/* normalvariate(mu=0.0, sigma=1.0) on bound arguments (NULL = default). */
static HsObject *normal_impl(HsObject *self, HsObject *mu_arg, HsObject *sigma_arg) {
    double z;
    if (normal_z(self, &z) < 0) {
        return NULL;
    }
    HsObject *mu = arg_or(mu_arg, 0.0), *sigma = arg_or(sigma_arg, 1.0);
    HsObject *res = mu != NULL && sigma != NULL ? mu_plus(mu, HsFloat_FromDouble(z), sigma) : NULL;
    Hs_XDECREF(mu);
    Hs_XDECREF(sigma);
    return res;
}

HS_RANDOM_METHOD(normalvariate) {
    static const char *const names[] = {"mu", "sigma"};
    static const HsRandomSig sig = {"Random.normalvariate", names, 2, 0, 0};
    HsObject *a[2];
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    return normal_impl(self, a[0], a[1]);
}

/* Box-Muller: returns z and stores the second value in self.gauss_next. Return: new ref. */
static HsObject *gauss_pair(HsObject *self) {
    double u1, u2, lg;
    if (hs_random_float(self, &u1) < 0 || hs_random_float(self, &u2) < 0 ||
        m_log(1.0 - u2, &lg) < 0) {
        return NULL;
    }
    double x2pi = u1 * TWOPI, g2rad = sqrt(-2.0 * lg);
    HsObject *next = HsFloat_FromDouble(sin(x2pi) * g2rad);
    int rc = next != NULL ? HsObject_SetAttr(self, hs_builtins_name("gauss_next"), next) : -1;
    Hs_XDECREF(next);
    return rc < 0 ? NULL : HsFloat_FromDouble(cos(x2pi) * g2rad);
}

HS_RANDOM_METHOD(gauss) {
    static const char *const names[] = {"mu", "sigma"};
    static const HsRandomSig sig = {"Random.gauss", names, 2, 0, 0};
    HsObject *a[2];
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    HsObject *name = hs_builtins_name("gauss_next");
    HsObject *z = name != NULL ? HsObject_GetAttr(self, name) : NULL;
    if (z == NULL || HsObject_SetAttr(self, name, Hs_None) < 0) {
        Hs_XDECREF(z);
        return NULL;
    }
    if (z == Hs_None) {
        Hs_DECREF(z);
        z = gauss_pair(self);
        if (z == NULL) {
            return NULL;
        }
    }
    HsObject *mu = arg_or(a[0], 0.0), *sigma = arg_or(a[1], 1.0);
    HsObject *res = mu != NULL && sigma != NULL ? mu_plus(mu, z, sigma) : NULL;
    if (mu == NULL || sigma == NULL) {
        Hs_DECREF(z);
    }
    Hs_XDECREF(mu);
    Hs_XDECREF(sigma);
    return res;
}

HS_RANDOM_METHOD(lognormvariate) {
    static const char *const names[] = {"mu", "sigma"};
    static const HsRandomSig sig = {"Random.lognormvariate", names, 2, 2, 0};
    HsObject *a[2];
    double x, r;
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    HsObject *n = normal_impl(self, a[0], a[1]);
    int rc = n != NULL ? to_double(n, &x) : -1;
    Hs_XDECREF(n);
    if (rc < 0 || m_exp(x, &r) < 0) {
        return NULL;
    }
    return HsFloat_FromDouble(r);
}

HS_RANDOM_METHOD(expovariate) {
    static const char *const names[] = {"lambd"};
    static const HsRandomSig sig = {"Random.expovariate", names, 1, 1, 0};
    HsObject *a[1];
    double u, lg;
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0 || hs_random_float(self, &u) < 0 ||
        m_log(1.0 - u, &lg) < 0) {
        return NULL;
    }
    return op2(HsNumber_TrueDivide, HsFloat_FromDouble(-lg), Hs_NewRef(a[0]));
}

/* ==== von Mises ==== */

/* The rejection loop and the final angle, for kappa > 1e-6 with s = 0.5 / kappa. */
static HsObject *vonmises_impl(HsObject *self, HsObject *mu, double s) {
    double r = s + sqrt(1.0 + s * s), z;
    for (;;) {
        double u1, u2, ed;
        if (hs_random_float(self, &u1) < 0) {
            return NULL;
        }
        z = cos(PI * u1);
        double d = z / (r + z);
        if (hs_random_float(self, &u2) < 0) {
            return NULL;
        }
        if (u2 < 1.0 - d * d) {
            break;
        }
        if (m_exp(d, &ed) < 0) {
            return NULL;
        }
        if (u2 <= (1.0 - d) * ed) {
            break;
        }
    }
    double q = 1.0 / r, f = (q + z) / (1.0 + q * z), u3;
    if (hs_random_float(self, &u3) < 0) {
        return NULL;
    }
    double ac = acos(f);
    if (isnan(ac) && !isnan(f)) {
        HsErr_SetString(HsExc_ValueError, "math domain error");
        return NULL;
    }
    HsObject *theta = u3 > 0.5 ? op2(HsNumber_Add, Hs_NewRef(mu), HsFloat_FromDouble(ac))
                               : op2(HsNumber_Subtract, Hs_NewRef(mu), HsFloat_FromDouble(ac));
    return op2(HsNumber_Remainder, theta, HsFloat_FromDouble(TWOPI));
}

HS_RANDOM_METHOD(vonmisesvariate) {
    static const char *const names[] = {"mu", "kappa"};
    static const HsRandomSig sig = {"Random.vonmisesvariate", names, 2, 2, 0};
    HsObject *a[2];
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    int small = cmp_float(a[1], 1e-6, HS_LE);
    if (small < 0) {
        return NULL;
    }
    if (small) {
        double u;
        return hs_random_float(self, &u) < 0 ? NULL : HsFloat_FromDouble(TWOPI * u);
    }
    HsObject *so = op2(HsNumber_TrueDivide, HsFloat_FromDouble(0.5), Hs_NewRef(a[1]));
    double s;
    int rc = so != NULL ? to_double(so, &s) : -1;
    Hs_XDECREF(so);
    return rc < 0 ? NULL : vonmises_impl(self, a[0], s);
}

/* ==== gamma, beta, Pareto, Weibull ==== */

/* alpha > 1: Cheng's rejection algorithm (R.C.H. Cheng, 1977). Returns 0 or -1. */
static int gamma_cheng(HsObject *self, double alpha, double *x) {
    const double log4 = log(4.0), sg_magic = 1.0 + log(4.5);
    double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - log4, ccc = alpha + ainv;
    for (;;) {
        double u1, u2, lg, ev, lz;
        if (hs_random_float(self, &u1) < 0) {
            return -1;
        }
        if (!(1e-7 < u1 && u1 < 0.9999999)) {
            continue;
        }
        if (hs_random_float(self, &u2) < 0 || m_log(u1 / (1.0 - u1), &lg) < 0) {
            return -1;
        }
        u2 = 1.0 - u2;
        double v = lg / ainv;
        if (m_exp(v, &ev) < 0) {
            return -1;
        }
        *x = alpha * ev;
        double z = u1 * u1 * u2, r = bbb + ccc * v - *x;
        if (r + sg_magic - 4.5 * z >= 0.0) {
            return 0;
        }
        if (m_log(z, &lz) < 0) {
            return -1;
        }
        if (r >= lz) {
            return 0;
        }
    }
}

/* alpha < 1: ALGORITHM GS of Statistical Computing (Kennedy & Gentle). Returns 0 or -1. */
static int gamma_gs(HsObject *self, double alpha, double *x) {
    for (;;) {
        double u, u1, lg;
        if (hs_random_float(self, &u) < 0) {
            return -1;
        }
        double b = (E_CONST + alpha) / E_CONST, p = b * u;
        if (p <= 1.0) {
            *x = pow(p, 1.0 / alpha);
        } else {
            if (m_log((b - p) / alpha, &lg) < 0) {
                return -1;
            }
            *x = -lg;
        }
        if (hs_random_float(self, &u1) < 0) {
            return -1;
        }
        if (p > 1.0) {
            if (u1 <= pow(*x, alpha - 1.0)) {
                return 0;
            }
        } else if (u1 <= exp(-*x)) {
            return 0;
        }
    }
}

/* gammavariate(alpha, beta) as a float object before the final '* beta' (which the caller
 * applies). Returns 0 with *x, or -1. */
static int gamma_x(HsObject *self, HsObject *alpha_obj, HsObject *beta_obj, double *x) {
    int bad = cmp_float(alpha_obj, 0.0, HS_LE);
    if (bad == 0) {
        bad = cmp_float(beta_obj, 0.0, HS_LE);
    }
    if (bad != 0) {
        if (bad == 1) {
            HsErr_SetString(HsExc_ValueError, "gammavariate: alpha and beta must be > 0.0");
        }
        return -1;
    }
    double alpha;
    if (to_double(alpha_obj, &alpha) < 0) {
        return -1;
    }
    if (alpha > 1.0) {
        return gamma_cheng(self, alpha, x);
    }
    if (alpha == 1.0) {
        double u, lg;
        if (hs_random_float(self, &u) < 0 || m_log(1.0 - u, &lg) < 0) {
            return -1;
        }
        *x = -lg;
        return 0;
    }
    return gamma_gs(self, alpha, x);
}

HS_RANDOM_METHOD(gammavariate) {
    static const char *const names[] = {"alpha", "beta"};
    static const HsRandomSig sig = {"Random.gammavariate", names, 2, 2, 0};
    HsObject *a[2];
    double x;
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0 || gamma_x(self, a[0], a[1], &x) < 0) {
        return NULL;
    }
    return op2(HsNumber_Multiply, HsFloat_FromDouble(x), Hs_NewRef(a[1]));
}

HS_RANDOM_METHOD(betavariate) {
    static const char *const names[] = {"alpha", "beta"};
    static const HsRandomSig sig = {"Random.betavariate", names, 2, 2, 0};
    HsObject *a[2];
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    HsObject *one = HsFloat_FromDouble(1.0);
    double y, y2;
    int rc = one != NULL ? gamma_x(self, a[0], one, &y) : -1;
    if (rc == 0 && y != 0.0) {
        rc = gamma_x(self, a[1], one, &y2);
    }
    Hs_XDECREF(one);
    if (rc < 0) {
        return NULL;
    }
    return HsFloat_FromDouble(y != 0.0 ? y / (y + y2) : 0.0);
}

HS_RANDOM_METHOD(paretovariate) {
    static const char *const names[] = {"alpha"};
    static const HsRandomSig sig = {"Random.paretovariate", names, 1, 1, 0};
    HsObject *a[1];
    double u;
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0 || hs_random_float(self, &u) < 0) {
        return NULL;
    }
    HsObject *e = op2(HsNumber_TrueDivide, HsFloat_FromDouble(-1.0), Hs_NewRef(a[0]));
    return op2(pow2, HsFloat_FromDouble(1.0 - u), e);
}

HS_RANDOM_METHOD(weibullvariate) {
    static const char *const names[] = {"alpha", "beta"};
    static const HsRandomSig sig = {"Random.weibullvariate", names, 2, 2, 0};
    HsObject *a[2];
    double u, lg;
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0 || hs_random_float(self, &u) < 0 ||
        m_log(1.0 - u, &lg) < 0) {
        return NULL;
    }
    HsObject *e = op2(HsNumber_TrueDivide, HsFloat_FromDouble(1.0), Hs_NewRef(a[1]));
    HsObject *p = op2(pow2, HsFloat_FromDouble(-lg), e);
    return op2(HsNumber_Multiply, Hs_NewRef(a[0]), p);
}
