/* The integer functions of the `math` module (CPython 3.11: Modules/mathmodule.c): gcd, lcm,
 * isqrt, factorial, comb, perm and prod, exact on arbitrary-size ints. gcd and isqrt run the
 * digit kernels of src/obj/longdiv.c; factorial multiplies a balanced product tree; comb and
 * perm use the running product r = r * (n - i) // (i + 1), which stays exact. Arguments go
 * through __index__ (HsNumber_Index), so floats give "'float' object cannot be interpreted as
 * an integer", and the error messages are CPython's. Every hs_math_* function: arguments
 * borrowed; Return: new reference, or NULL with an exception set. */
#include "internal/hs_modules.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_long.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <limits.h>
#include <stddef.h>

/* ==== digit kernels ==== */

#define DIGITS(o) (((HsLongObject *)(o))->ob_digit)

/* A fresh int of capacity 'cap' digits for a kernel to fill. Return: new reference. */
static HsLongObject *new_digits(Hs_ssize_t cap) {
    return hs_int_new(cap > 0 ? cap : 1);
}

/* Finish a kernel result: size 'nz' (signed) after status 'rc'. Steals: 'z'. Return: new
 * reference, or NULL with MemoryError. */
static HsObject *finish(HsLongObject *z, int rc, Hs_ssize_t nz) {
    if (rc != 0) {
        Hs_DECREF(z);
        return HsErr_NoMemory();
    }
    Hs_SIZE(z) = nz;
    return hs_int_normalize(z);
}

/* gcd(|a|, |b|) of two ints. Return: new reference, or NULL. */
static HsObject *int_gcd(HsObject *a, HsObject *b) {
    Hs_ssize_t na = Hs_SIZE(a), nb = Hs_SIZE(b);
    Hs_ssize_t ca = na < 0 ? -na : na, cb = nb < 0 ? -nb : nb;
    HsLongObject *z = new_digits(ca > cb ? ca : cb);
    if (z == NULL) {
        return NULL;
    }
    Hs_ssize_t nz = 0;
    int rc = hs_obj_long_gcd(DIGITS(a), na, DIGITS(b), nb, z->ob_digit, &nz);
    return finish(z, rc, nz);
}

/* ==== gcd, lcm ==== */

HsObject *hs_math_gcd(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (nargs == 0) {
        return HsLong_FromLong(0);
    }
    HsObject *res = HsNumber_Index(args[0]);
    if (res == NULL) {
        return NULL;
    }
    if (nargs == 1) {
        HsObject *r = HsNumber_Absolute(res);
        Hs_DECREF(res);
        return r;
    }
    for (Hs_ssize_t i = 1; i < nargs; i++) {
        HsObject *x = HsNumber_Index(args[i]);
        if (x == NULL) {
            Hs_DECREF(res);
            return NULL;
        }
        HsObject *g = int_gcd(res, x);
        Hs_DECREF(x);
        Hs_DECREF(res);
        if (g == NULL) {
            return NULL;
        }
        res = g;
    }
    return res;
}

/* |a // gcd(a, b) * b|, 0 if either is 0. Return: new reference, or NULL. */
static HsObject *int_lcm(HsObject *a, HsObject *b) {
    if (Hs_SIZE(a) == 0 || Hs_SIZE(b) == 0) {
        return HsLong_FromLong(0);
    }
    HsObject *g = int_gcd(a, b);
    if (g == NULL) {
        return NULL;
    }
    HsObject *q = HsNumber_FloorDivide(a, g);
    Hs_DECREF(g);
    if (q == NULL) {
        return NULL;
    }
    HsObject *ab = HsNumber_Multiply(q, b);
    Hs_DECREF(q);
    if (ab == NULL) {
        return NULL;
    }
    HsObject *r = HsNumber_Absolute(ab);
    Hs_DECREF(ab);
    return r;
}

HsObject *hs_math_lcm(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (nargs == 0) {
        return HsLong_FromLong(1);
    }
    HsObject *res = HsNumber_Index(args[0]);
    if (res == NULL) {
        return NULL;
    }
    if (nargs == 1) {
        HsObject *r = HsNumber_Absolute(res);
        Hs_DECREF(res);
        return r;
    }
    for (Hs_ssize_t i = 1; i < nargs; i++) {
        HsObject *x = HsNumber_Index(args[i]);
        if (x == NULL) {
            Hs_DECREF(res);
            return NULL;
        }
        HsObject *l = int_lcm(res, x);
        Hs_DECREF(x);
        Hs_DECREF(res);
        if (l == NULL) {
            return NULL;
        }
        res = l;
    }
    return res;
}

/* ==== isqrt ==== */

HsObject *hs_math_isqrt(HsObject *self, HsObject *n) {
    (void)self;
    HsObject *a = HsNumber_Index(n);
    if (a == NULL) {
        return NULL;
    }
    Hs_ssize_t na = Hs_SIZE(a);
    if (na < 0) {
        Hs_DECREF(a);
        HsErr_SetString(HsExc_ValueError, "isqrt() argument must be nonnegative");
        return NULL;
    }
    HsLongObject *z = new_digits(na / 2 + 1);
    if (z == NULL) {
        Hs_DECREF(a);
        return NULL;
    }
    Hs_ssize_t nz = 0;
    int rc = hs_obj_long_isqrt(DIGITS(a), na, z->ob_digit, &nz);
    Hs_DECREF(a);
    return finish(z, rc, nz);
}

/* ==== factorial ==== */

/* The product lo * (lo + 1) * ... * hi for 1 <= lo <= hi, split in halves so the big
 * multiplications are balanced. Return: new reference, or NULL. */
static HsObject *range_product(long long lo, long long hi) {
    if (hi - lo < 8) {
        HsObject *r = HsLong_FromLongLong(lo);
        for (long long i = lo + 1; r != NULL && i <= hi; i++) {
            HsObject *k = HsLong_FromLongLong(i);
            HsObject *t = k == NULL ? NULL : HsNumber_Multiply(r, k);
            Hs_XDECREF(k);
            Hs_DECREF(r);
            r = t;
        }
        return r;
    }
    long long mid = lo + (hi - lo) / 2;
    HsObject *a = range_product(lo, mid);
    if (a == NULL) {
        return NULL;
    }
    HsObject *b = range_product(mid + 1, hi);
    if (b == NULL) {
        Hs_DECREF(a);
        return NULL;
    }
    HsObject *r = HsNumber_Multiply(a, b);
    Hs_DECREF(a);
    Hs_DECREF(b);
    return r;
}

/* o as a long long through __index__; *overflow set instead of raising. Returns 0, or -1
 * with an exception (a non-integer). */
static int index_as_longlong(HsObject *o, long long *out, int *overflow) {
    HsObject *v = HsNumber_Index(o);
    if (v == NULL) {
        return -1;
    }
    *out = hs_int_as_longlong_and_overflow(v, overflow);
    Hs_DECREF(v);
    return 0;
}

HsObject *hs_math_factorial(HsObject *self, HsObject *n) {
    (void)self;
    long long x;
    int overflow;
    if (index_as_longlong(n, &x, &overflow) < 0) {
        return NULL;
    }
    if (overflow > 0) {
        return HsErr_Format(HsExc_OverflowError, "factorial() argument should not exceed %ld",
                            LONG_MAX);
    }
    if (overflow < 0 || x < 0) {
        HsErr_SetString(HsExc_ValueError, "factorial() not defined for negative values");
        return NULL;
    }
    if (x < 2) {
        return HsLong_FromLong(1);
    }
    return range_product(1, x);
}

/* ==== comb, perm ==== */

/* Convert n and k (CPython's messages: "n must be a non-negative integer"). Returns 0 with
 * new references in *n / *k, or -1. */
static int get_n_k(HsObject *narg, HsObject *karg, HsObject **n, HsObject **k) {
    *n = HsNumber_Index(narg);
    if (*n == NULL) {
        return -1;
    }
    *k = HsNumber_Index(karg);
    if (*k == NULL) {
        Hs_CLEAR(*n);
        return -1;
    }
    const char *bad = Hs_SIZE(*n) < 0 ? "n must be a non-negative integer"
                      : Hs_SIZE(*k) < 0 ? "k must be a non-negative integer"
                                        : NULL;
    if (bad != NULL) {
        HsErr_SetString(HsExc_ValueError, bad);
        Hs_CLEAR(*n);
        Hs_CLEAR(*k);
        return -1;
    }
    return 0;
}

/* r = prod(n - i for i < k), divided step by step by (i + 1) when 'divide'. Steals nothing.
 * Return: new reference, or NULL. */
static HsObject *falling_product(HsObject *n, long long k, int divide) {
    HsObject *r = HsLong_FromLong(1);
    for (long long i = 0; r != NULL && i < k; i++) {
        HsObject *ii = HsLong_FromLongLong(i);
        HsObject *f = ii == NULL ? NULL : HsNumber_Subtract(n, ii);
        Hs_XDECREF(ii);
        HsObject *t = f == NULL ? NULL : HsNumber_Multiply(r, f);
        Hs_XDECREF(f);
        Hs_DECREF(r);
        r = t;
        if (r != NULL && divide) {
            HsObject *d = HsLong_FromLongLong(i + 1);
            t = d == NULL ? NULL : HsNumber_FloorDivide(r, d);
            Hs_XDECREF(d);
            Hs_DECREF(r);
            r = t;
        }
    }
    return r;
}

/* Shared tail of comb and perm: k > n gives 0, else the falling product over 'k' (reduced
 * to min(k, n - k) for comb). Steals: n, k. Return: new reference, or NULL. */
static HsObject *comb_perm(HsObject *n, HsObject *k, int is_comb) {
    HsObject *r = NULL;
    int gt = HsObject_RichCompareBool(k, n, HS_GT);
    if (gt != 0) {
        r = gt < 0 ? NULL : HsLong_FromLong(0);
        goto done;
    }
    if (is_comb) {
        HsObject *nk = HsNumber_Subtract(n, k);
        if (nk == NULL) {
            goto done;
        }
        if (HsObject_RichCompareBool(nk, k, HS_LT) == 1) {
            Hs_SETREF(k, nk);
        } else {
            Hs_DECREF(nk);
        }
    }
    int overflow;
    long long kk = hs_int_as_longlong_and_overflow(k, &overflow);
    if (overflow != 0) {
        HsErr_Format(HsExc_OverflowError,
                     is_comb ? "min(n - k, k) must not exceed %lld" : "k must not exceed %lld",
                     LLONG_MAX);
        goto done;
    }
    r = falling_product(n, kk, is_comb);
done:
    Hs_DECREF(n);
    Hs_DECREF(k);
    return r;
}

HsObject *hs_math_comb(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    HsObject *n, *k;
    if (hs_arg_check_positional("comb", nargs, 2, 2) < 0 || get_n_k(args[0], args[1], &n, &k) < 0) {
        return NULL;
    }
    return comb_perm(n, k, 1);
}

HsObject *hs_math_perm(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("perm", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (nargs == 1 || args[1] == Hs_None) {
        return hs_math_factorial(NULL, args[0]);
    }
    HsObject *n, *k;
    if (get_n_k(args[0], args[1], &n, &k) < 0) {
        return NULL;
    }
    return comb_perm(n, k, 0);
}

/* ==== prod ==== */

HsObject *hs_math_prod(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                       HsObject *kwnames) {
    (void)self;
    static const char *const kw[] = {"", "start", NULL};
    static const HsArgParser parser = {"prod", kw};
    HsObject *a[2];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 1, 1, a) < 0) {
        return NULL;
    }
    HsObject *it = HsObject_GetIter(a[0]);
    if (it == NULL) {
        return NULL;
    }
    HsObject *r = a[1] != NULL ? Hs_NewRef(a[1]) : HsLong_FromLong(1);
    HsObject *item;
    while (r != NULL && (item = HsIter_Next(it)) != NULL) {
        HsObject *t = HsNumber_Multiply(r, item);
        Hs_DECREF(item);
        Hs_DECREF(r);
        r = t;
    }
    if (r != NULL && HsErr_Occurred() != NULL) {
        Hs_CLEAR(r);
    }
    Hs_DECREF(it);
    return r;
}
