/* Integer kernel, part 2: division (one-digit divisor and Knuth's algorithm D), floor
 * division and modulo with Python's signs, powers (plain and modular, with the modular
 * inverse for negative exponents), gcd and integer square root.
 * Models CPython 3.11 Objects/longobject.c: inplace_divrem1, x_divrem, long_divrem, l_divmod,
 * long_pow, long_invmod, _PyLong_GCD (Lehmer); Modules/mathmodule.c: math_isqrt.
 * Invariants: operands and results are normalised (digits, signed size) pairs; temporaries
 * come from hs_mem_raw_malloc and are freed on every path. See docs/internals/int.md. */
#include "internal/hs_obj_long.h"

#include "internal/hs_mem.h"

#include <math.h>
#include <string.h>

/* ==== static helpers ==== */

static hs_digit *alloc_digits(Hs_ssize_t n) {
    return hs_mem_raw_malloc((size_t)(n > 0 ? n : 1) * sizeof(hs_digit));
}

/* Knuth's trial quotient digit for one step of algorithm D: divide the window's top two
 * digits by the divisor's top digit, then correct with the divisor's second digit while
 * the trial is visibly too large. The trial that survives is exact or one too large
 * (Knuth, TAOCP 4.3.1, Theorem B); the caller repairs the second case. */
static hs_digit trial_quotient_digit(const hs_digit *window, const hs_digit *divisor,
                                     Hs_ssize_t nd) {
    const hs_digit top = divisor[nd - 1], second = divisor[nd - 2];
    hs_twodigits head = ((hs_twodigits)window[nd] << HS_LONG_SHIFT) | window[nd - 1];
    hs_digit trial = (hs_digit)(head / top);
    hs_twodigits rest = head % top; // head - trial * top
    // Once 'rest' reaches BASE the test below can no longer succeed: stop there.
    while (rest < HS_LONG_BASE &&
           (hs_twodigits)second * trial > ((rest << HS_LONG_SHIFT) | window[nd - 2])) {
        trial--;
        rest += top;
    }
    return trial;
}

/* window[0..nd) -= 'factor' * divisor[0..nd), digit by digit with a signed borrow; returns
 * what the window's top digit window[nd] becomes (0, or -1 when 'factor' was too large). */
static hs_stwodigits subtract_multiple(hs_digit *window, const hs_digit *divisor, Hs_ssize_t nd,
                                       hs_digit factor) {
    hs_stwodigits borrow = 0; // always in [-BASE, 0]
    for (Hs_ssize_t k = 0; k < nd; k++) {
        hs_stwodigits t = (hs_stwodigits)window[k] + borrow - (hs_stwodigits)factor * divisor[k];
        hs_stwodigits low = t & HS_LONG_MASK;
        window[k] = (hs_digit)low;
        borrow = (t - low) / HS_LONG_BASE; // exact: floor(t / BASE) without a signed shift
    }
    return (hs_stwodigits)window[nd] + borrow;
}

/* window[0..nd) += divisor[0..nd), dropping the carry out of the top (it cancels the borrow
 * left by subtract_multiple). */
static void add_divisor_back(hs_digit *window, const hs_digit *divisor, Hs_ssize_t nd) {
    hs_digit carry = 0;
    for (Hs_ssize_t k = 0; k < nd; k++) {
        hs_digit sum = window[k] + divisor[k] + carry;
        window[k] = sum & HS_LONG_MASK;
        carry = sum >> HS_LONG_SHIFT;
    }
}

/* One step of algorithm D: the quotient digit of window[0..nd] / divisor[0..nd) (divisor
 * normalised: top digit >= BASE/2), leaving the remainder in window[0..nd). */
static hs_digit divrem_step(hs_digit *window, const hs_digit *divisor, Hs_ssize_t nd) {
    hs_digit q = trial_quotient_digit(window, divisor, nd);
    if (subtract_multiple(window, divisor, nd, q) < 0) { // the trial was one too large
        add_divisor_back(window, divisor, nd);
        q--;
    }
    return q;
}

/* Copy 'n' digits (n >= 0). */
static void copy_digits(hs_digit *z, const hs_digit *a, Hs_ssize_t n) {
    if (n > 0) {
        memmove(z, a, (size_t)n * sizeof(hs_digit));
    }
}

/* Truncating division of magnitudes: q = |a| // |b| (capacity max(na-nb+1, 1)), r = |a| % |b|
 * (capacity nb); either may be NULL. 'scratch' is NULL or holds na + 1 digits. */
static int mag_divmod(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                      hs_digit *q, Hs_ssize_t *nq, hs_digit *r, Hs_ssize_t *nr, hs_digit *scratch) {
    int cmp = na != nb ? (na < nb ? -1 : 1) : 0;
    for (Hs_ssize_t i = na - 1; cmp == 0 && i >= 0; i--) {
        cmp = a[i] == b[i] ? 0 : (a[i] < b[i] ? -1 : 1);
    }
    if (cmp < 0) {
        *nq = 0;
        if (r != NULL) {
            copy_digits(r, a, na);
        }
        *nr = na;
        return HS_LONG_OK;
    }
    if (nb == 1) {
        hs_digit rem;
        if (q != NULL) {
            rem = hs_obj_long_mag_divrem1(q, a, na, b[0]);
            *nq = hs_obj_long_mag_normalize(q, na);
        } else {
            hs_twodigits acc = 0;
            for (Hs_ssize_t i = na - 1; i >= 0; i--) {
                acc = ((acc << HS_LONG_SHIFT) | a[i]) % b[0];
            }
            rem = (hs_digit)acc;
            *nq = 0;
        }
        if (r != NULL) {
            r[0] = rem;
        }
        *nr = rem ? 1 : 0;
        return HS_LONG_OK;
    }
    hs_digit *tq = q, *tr = r, *own = NULL;
    if (q == NULL || r == NULL) {
        own = alloc_digits(na - nb + 1 + nb);
        if (own == NULL) {
            return HS_LONG_ERR_NOMEM;
        }
        tq = q ? q : own;
        tr = r ? r : own + (na - nb + 1);
    }
    int rc = hs_obj_long_mag_divrem(a, na, b, nb, tq, nq, tr, nr, scratch);
    hs_mem_raw_free(own);
    return rc;
}

/* z = |a| mod |m| into z (capacity nm); returns the length, or -1 on memory error. */
static Hs_ssize_t mag_mod(const hs_digit *a, Hs_ssize_t na, const hs_digit *m, Hs_ssize_t nm,
                          hs_digit *z, hs_digit *scratch) {
    Hs_ssize_t nq, nr;
    if (mag_divmod(a, na, m, nm, NULL, &nq, z, &nr, scratch) < 0) {
        return -1;
    }
    return nr;
}

/* z = x * y mod m on magnitudes < m; 'prod' holds 2 * nm digits, 'scratch' 2 * nm + 1. */
static Hs_ssize_t mulmod(const hs_digit *x, Hs_ssize_t nx, const hs_digit *y, Hs_ssize_t ny,
                         const hs_digit *m, Hs_ssize_t nm, hs_digit *z, hs_digit *prod,
                         hs_digit *scratch) {
    if (hs_obj_long_mag_mul(x, nx, y, ny, prod) < 0) {
        return -1;
    }
    Hs_ssize_t np = hs_obj_long_mag_normalize(prod, nx + ny);
    return mag_mod(prod, np, m, nm, z, scratch);
}

/* Bit 'i' of the magnitude e. */
static int exp_bit(const hs_digit *e, uint64_t i) {
    return (int)((e[i / HS_LONG_SHIFT] >> (i % HS_LONG_SHIFT)) & 1U);
}

/* ==== internal API ==== */

hs_digit hs_obj_long_mag_divrem1(hs_digit *q, const hs_digit *a, Hs_ssize_t n, hs_digit b) {
    hs_twodigits rem = 0;
    for (Hs_ssize_t i = n - 1; i >= 0; i--) {
        rem = (rem << HS_LONG_SHIFT) | a[i];
        hs_digit hi = (hs_digit)(rem / b);
        q[i] = hi;
        rem -= (hs_twodigits)hi * b;
    }
    return (hs_digit)rem;
}

int hs_obj_long_mag_divrem(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                           hs_digit *q, Hs_ssize_t *nq, hs_digit *r, Hs_ssize_t *nr,
                           hs_digit *scratch) {
    hs_digit *v = scratch ? scratch : alloc_digits(na + 1);
    if (v == NULL) {
        return HS_LONG_ERR_NOMEM;
    }
    // normalise: shift b so its top digit is >= BASE/2; r holds the shifted divisor
    int d = HS_LONG_SHIFT - hs_obj_long_digit_bits(b[nb - 1]);
    hs_obj_long_mag_lshift(r, b, nb, d);
    Hs_ssize_t nv = na;
    hs_digit carry = hs_obj_long_mag_lshift(v, a, na, d);
    if (carry != 0 || v[na - 1] >= r[nb - 1]) {
        v[nv++] = carry;
    }
    Hs_ssize_t k = nv - nb;
    for (Hs_ssize_t j = k - 1; j >= 0; j--) {
        q[j] = divrem_step(v + j, r, nb);
    }
    hs_obj_long_mag_rshift(r, v, nb, d);
    *nq = hs_obj_long_mag_normalize(q, k);
    *nr = hs_obj_long_mag_normalize(r, nb);
    if (scratch == NULL) {
        hs_mem_raw_free(v);
    }
    return HS_LONG_OK;
}

/* ==== public API: division ==== */

/* Truncated quotient and remainder, then CPython's l_divmod correction: when the remainder
 * is nonzero and its sign differs from b's, q -= 1 and r += b. */
int hs_obj_long_divmod(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                       hs_digit *q, Hs_ssize_t *nq, hs_digit *r, Hs_ssize_t *nr) {
    Hs_ssize_t ua = hs_obj_long_ndigits(na), ub = hs_obj_long_ndigits(nb);
    if (ub == 0) {
        return HS_LONG_ERR_ZERO_DIV;
    }
    int fix = (na < 0) != (nb < 0);
    hs_digit *tr = r, *own = NULL;
    if (r == NULL && fix) {
        own = tr = alloc_digits(ub); // the sign fix needs to know whether r == 0
        if (own == NULL) {
            return HS_LONG_ERR_NOMEM;
        }
    }
    Hs_ssize_t mq, mr;
    int rc = mag_divmod(a, ua, b, ub, q, &mq, tr, &mr, NULL);
    if (rc < 0) {
        hs_mem_raw_free(own);
        return rc;
    }
    if (fix && mr != 0) {
        if (q != NULL) {
            q[mq] = 0;
            for (Hs_ssize_t i = 0; i <= mq; i++) { // |q| += 1
                if (++q[i] < HS_LONG_BASE) {
                    break;
                }
                q[i] = 0;
            }
            mq = hs_obj_long_mag_normalize(q, mq + 1);
        }
        if (r != NULL) {
            mr = hs_obj_long_sub(b, ub, r, mr, r); // |b| - |r| > 0
        }
    }
    hs_mem_raw_free(own);
    if (q != NULL) {
        *nq = fix ? -mq : mq;
    }
    if (r != NULL) {
        *nr = nb < 0 ? -mr : mr;
    }
    return HS_LONG_OK;
}

/* ==== public API: powers ==== */

Hs_ssize_t hs_obj_long_pow_capacity(const hs_digit *a, Hs_ssize_t na, const hs_digit *e,
                                    Hs_ssize_t ne) {
    uint64_t bits = hs_obj_long_bit_length(a, na);
    if (ne == 0 || bits == 0 || (bits == 1 && hs_obj_long_ndigits(na) == 1)) {
        return 1; // 1, 0, or +-1
    }
    uint64_t ev;
    if (hs_obj_long_to_uint64(e, ne, &ev) < 0 || ev > ((uint64_t)1 << 40)) {
        return -1;
    }
    uint64_t digits = ev * bits / HS_LONG_SHIFT + 3;
    if (digits > (uint64_t)HS_SSIZE_T_MAX / sizeof(hs_digit) / 2) {
        return -1;
    }
    return (Hs_ssize_t)digits;
}

/* Left-to-right binary exponentiation. Every intermediate is a**k with k <= e, so two
 * buffers of the result's capacity suffice: the caller's z and one temporary. */
int hs_obj_long_pow(const hs_digit *a, Hs_ssize_t na, const hs_digit *e, Hs_ssize_t ne, hs_digit *z,
                    Hs_ssize_t *nz) {
    Hs_ssize_t ua = hs_obj_long_ndigits(na);
    int neg = na < 0 && ne > 0 && (e[0] & 1U);
    if (ne == 0) {
        z[0] = 1;
        *nz = 1;
        return HS_LONG_OK;
    }
    if (ua == 0 || (ua == 1 && a[0] == 1)) {
        z[0] = a[0];
        *nz = ua == 0 ? 0 : (neg ? -1 : 1);
        return HS_LONG_OK;
    }
    Hs_ssize_t cap = hs_obj_long_pow_capacity(a, na, e, ne);
    if (cap < 0) {
        return HS_LONG_ERR_NOMEM;
    }
    hs_digit *tmp = alloc_digits(cap);
    if (tmp == NULL) {
        return HS_LONG_ERR_NOMEM;
    }
    hs_digit *cur = z, *other = tmp;
    copy_digits(cur, a, ua);
    Hs_ssize_t n = ua;
    uint64_t top = hs_obj_long_bit_length(e, ne) - 1;
    for (uint64_t i = top; i-- > 0;) {
        for (int step = 0; step < 2; step++) {
            if (step == 1 && !exp_bit(e, i)) {
                break;
            }
            const hs_digit *y = step == 0 ? cur : a;
            Hs_ssize_t ny = step == 0 ? n : ua;
            if (hs_obj_long_mag_mul(cur, n, y, ny, other) < 0) {
                hs_mem_raw_free(tmp);
                return HS_LONG_ERR_NOMEM;
            }
            n = hs_obj_long_mag_normalize(other, n + ny);
            hs_digit *t = cur;
            cur = other;
            other = t;
        }
    }
    if (cur != z) {
        copy_digits(z, cur, n);
    }
    hs_mem_raw_free(tmp);
    *nz = neg ? -n : n;
    return HS_LONG_OK;
}

/* pow(a, e, m). The base is reduced to [0, m) first (after inverting it for e < 0); the
 * accumulator lives in z; each step is a multiplication and a reduction with a shared
 * workspace, so the loop does not allocate except inside Karatsuba. CPython: long_pow. */
int hs_obj_long_powmod(const hs_digit *a, Hs_ssize_t na, const hs_digit *e, Hs_ssize_t ne,
                       const hs_digit *m, Hs_ssize_t nm, hs_digit *z, Hs_ssize_t *nz) {
    Hs_ssize_t um = hs_obj_long_ndigits(nm), ue = hs_obj_long_ndigits(ne);
    if (um == 0) {
        return HS_LONG_ERR_ZERO_DIV;
    }
    *nz = 0;
    if (um == 1 && m[0] == 1) {
        return HS_LONG_OK;
    }
    hs_digit *ws = alloc_digits(5 * um + 1);
    if (ws == NULL) {
        return HS_LONG_ERR_NOMEM;
    }
    hs_digit *base = ws, *prod = ws + um, *scratch = ws + 3 * um;
    Hs_ssize_t nbase;
    int rc = HS_LONG_OK;
    if (ne < 0) {
        rc = hs_obj_long_invmod(a, na, m, um, base, &nbase);
    } else {
        Hs_ssize_t nq;
        rc = hs_obj_long_divmod(a, na, m, um, NULL, &nq, base, &nbase);
    }
    Hs_ssize_t n = 1;
    z[0] = 1;
    if (rc == 0 && ue > 0) {
        copy_digits(z, base, nbase);
        n = nbase;
        for (uint64_t i = hs_obj_long_bit_length(e, ue) - 1; i-- > 0 && n >= 0;) {
            n = mulmod(z, n, z, n, m, um, z, prod, scratch);
            if (n >= 0 && exp_bit(e, i)) {
                n = mulmod(z, n, base, nbase, m, um, z, prod, scratch);
            }
        }
        rc = n < 0 ? HS_LONG_ERR_NOMEM : HS_LONG_OK;
    }
    hs_mem_raw_free(ws);
    if (rc < 0) {
        return rc;
    }
    if (nm < 0 && n != 0) {
        n = -hs_obj_long_sub(m, um, z, n, z); // z - |m|, in (m, 0)
    }
    *nz = n;
    return HS_LONG_OK;
}

/* Extended Euclid on (m, a mod m) keeping only the coefficient of a; every value stays
 * within m in magnitude, the product q * t within two of m's lengths. CPython: long_invmod. */
int hs_obj_long_invmod(const hs_digit *a, Hs_ssize_t na, const hs_digit *m, Hs_ssize_t nm,
                       hs_digit *z, Hs_ssize_t *nz) {
    Hs_ssize_t cap = 2 * nm + 4;
    hs_digit *ws = alloc_digits(7 * cap);
    if (ws == NULL) {
        return HS_LONG_ERR_NOMEM;
    }
    hs_digit *r0 = ws, *r1 = ws + cap, *rt = ws + 2 * cap, *q = ws + 3 * cap;
    hs_digit *t0 = ws + 4 * cap, *t1 = ws + 5 * cap, *tt = ws + 6 * cap;
    Hs_ssize_t n0 = nm, n1, nt0 = 0, nt1 = 1, nq, nr;
    copy_digits(r0, m, nm);
    t1[0] = 1;
    int rc = hs_obj_long_divmod(a, na, m, nm, NULL, &nq, r1, &n1);
    while (rc == 0 && n1 != 0) {
        rc = hs_obj_long_divmod(r0, n0, r1, n1, q, &nq, rt, &nr);
        if (rc == 0) {
            hs_digit *t = r0;
            r0 = r1, n0 = n1, r1 = rt, n1 = nr, rt = t;
            Hs_ssize_t np;
            rc = hs_obj_long_mul(q, nq, t1, nt1, rt, &np); // rt is free until the next step
            if (rc == 0) {
                Hs_ssize_t ntt = hs_obj_long_sub(t0, nt0, rt, np, tt);
                t = t0;
                t0 = t1, nt0 = nt1, t1 = tt, nt1 = ntt, tt = t;
            }
        }
    }
    if (rc == 0 && (n0 != 1 || r0[0] != 1)) {
        rc = HS_LONG_ERR_NOT_INVERTIBLE;
    }
    if (rc == 0) {
        rc = hs_obj_long_divmod(t0, nt0, m, nm, NULL, &nq, z, nz);
    }
    hs_mem_raw_free(ws);
    return rc;
}

/* ==== public API: gcd, isqrt ==== */

static uint64_t gcd64(uint64_t x, uint64_t y) {
    while (y) {
        uint64_t t = x % y;
        x = y;
        y = t;
    }
    return x;
}

/* One outer step of Lehmer's algorithm (CPython: _PyLong_GCD) on x >= y, nx > 2: run Euclid
 * on the top 60 bits of x and the matching bits of y while the cofactors stay exact, then
 * apply the 2x2 cofactor matrix to x and y in place (each digit of both is read before either
 * is written). Returns 0 when no step was possible (the caller does a full Euclidean step). */
static int lehmer_step(hs_digit *x, Hs_ssize_t *nxp, hs_digit *y, Hs_ssize_t *nyp) {
    Hs_ssize_t nx = *nxp, ny = *nyp;
    int nbits = hs_obj_long_digit_bits(x[nx - 1]);
    hs_stwodigits u = (hs_stwodigits)(((hs_twodigits)x[nx - 1] << (2 * HS_LONG_SHIFT - nbits)) |
                                      ((hs_twodigits)x[nx - 2] << (HS_LONG_SHIFT - nbits)) |
                                      (x[nx - 3] >> nbits));
    hs_stwodigits v =
        (hs_stwodigits)((ny >= nx - 2 ? y[nx - 3] >> nbits : 0) |
                        (ny >= nx - 1 ? (hs_twodigits)y[nx - 2] << (HS_LONG_SHIFT - nbits) : 0) |
                        (ny >= nx ? (hs_twodigits)y[nx - 1] << (2 * HS_LONG_SHIFT - nbits) : 0));
    hs_stwodigits A = 1, B = 0, C = 0, D = 1, T;
    int k = 0;
    for (;; k++) {
        if (v - C == 0) {
            break;
        }
        hs_stwodigits q = (u + (A - 1)) / (v - C), s = B + q * D, t = u - q * v;
        if (s > t) {
            break;
        }
        u = v, v = t;
        t = A + q * C, A = D, B = C, C = s, D = t;
    }
    if (k == 0) {
        return 0;
    }
    if (k % 2) { // x, y = A*y - B*x, D*x - C*y  when k is odd
        T = -A, A = -B, B = T;
        T = -C, C = -D, D = T;
    }
    hs_stwodigits cc = 0, dc = 0;
    for (Hs_ssize_t i = 0; i < nx; i++) {
        hs_stwodigits xi = x[i], yi = i < ny ? y[i] : 0;
        cc += A * xi - B * yi;
        dc += D * yi - C * xi;
        x[i] = (hs_digit)(cc & HS_LONG_MASK);
        y[i] = (hs_digit)(dc & HS_LONG_MASK);
        cc >>= HS_LONG_SHIFT; // arithmetic shift (gcc, clang), as CPython
        dc >>= HS_LONG_SHIFT;
    }
    *nxp = hs_obj_long_mag_normalize(x, nx);
    *nyp = hs_obj_long_mag_normalize(y, nx);
    return 1;
}

/* Lehmer's gcd while x has more than two digits (a Euclidean step when Lehmer makes no
 * progress), then 64-bit Euclid. CPython: _PyLong_GCD. */
int hs_obj_long_gcd(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb, hs_digit *z,
                    Hs_ssize_t *nz) {
    Hs_ssize_t ua = hs_obj_long_ndigits(na), ub = hs_obj_long_ndigits(nb);
    if (ua < ub || (ua == ub && hs_obj_long_compare(a, ua, b, ub) < 0)) {
        const hs_digit *t = a;
        a = b, b = t;
        Hs_ssize_t tn = ua;
        ua = ub, ub = tn;
    }
    hs_digit *ws = alloc_digits(4 * (ua + 1));
    if (ws == NULL) {
        return HS_LONG_ERR_NOMEM;
    }
    hs_digit *x = ws, *y = ws + ua + 1, *t = ws + 2 * (ua + 1), *scratch = ws + 3 * (ua + 1);
    Hs_ssize_t nx = ua, ny = ub;
    copy_digits(x, a, ua);
    copy_digits(y, b, ub);
    while (ny != 0 && nx > 2) {
        if (lehmer_step(x, &nx, y, &ny)) {
            continue;
        }
        Hs_ssize_t nt = mag_mod(x, nx, y, ny, t, scratch);
        if (nt < 0) {
            hs_mem_raw_free(ws);
            return HS_LONG_ERR_NOMEM;
        }
        hs_digit *old = x;
        x = y, nx = ny, y = t, ny = nt, t = old;
    }
    if (ny != 0) {
        uint64_t gx, gy;
        hs_obj_long_to_uint64(x, nx, &gx);
        hs_obj_long_to_uint64(y, ny, &gy);
        nx = hs_obj_long_from_uint64(gcd64(gx, gy), x);
    }
    copy_digits(z, x, nx);
    *nz = nx;
    hs_mem_raw_free(ws);
    return HS_LONG_OK;
}

static uint64_t isqrt64(uint64_t n) {
    uint64_t r = (uint64_t)sqrt((double)n);
    if (r > 0xffffffffU) {
        r = 0xffffffffU;
    }
    while (r * r > n) {
        r--;
    }
    while (r < 0xffffffffU && (r + 1) * (r + 1) <= n) {
        r++;
    }
    return r;
}

/* Integer square root (the algorithm of CPython's math_isqrt). Up to 64 bits: isqrt64.
 * Wider n: let c be half the index of n's top bit, rounded down. The root is grown one
 * binary prefix of c at a time: for d = c >> s, with s running from c's top bit down to 0,
 * 'a' approximates the square root of n's top 2*d + 2 bits. Moving from the previous
 * prefix e to d, the old 'a' is shifted left by d - e - 1 bits and a Newton correction is
 * added: n shifted right by 2*c - e - d + 1 bits, floor-divided by the old 'a'. The final
 * 'a' is the root or one more than it; comparing a*a with n decides. */
int hs_obj_long_isqrt(const hs_digit *n, Hs_ssize_t nn, hs_digit *z, Hs_ssize_t *nz) {
    if (nn < 0) {
        return HS_LONG_ERR_NEGATIVE;
    }
    uint64_t bits = hs_obj_long_bit_length(n, nn);
    if (bits <= 64) {
        uint64_t v = 0;
        hs_obj_long_to_uint64(n, nn, &v);
        *nz = hs_obj_long_from_uint64(isqrt64(v), z);
        return HS_LONG_OK;
    }
    Hs_ssize_t cap = nn + 3;
    hs_digit *ws = alloc_digits(6 * cap);
    if (ws == NULL) {
        return HS_LONG_ERR_NOMEM;
    }
    hs_digit *A = ws, *B = ws + cap, *T = ws + 2 * cap, *Q = ws + 3 * cap, *P = ws + 4 * cap;
    uint64_t c = (bits - 1) / 2, d = 0;
    Hs_ssize_t nA = 1, nB, nT, nQ, nP;
    A[0] = 1;
    int rc = HS_LONG_OK;
    for (int s = 63 - __builtin_clzll(c); s >= 0 && rc == 0; s--) {
        uint64_t e = d;
        d = c >> s;
        nT = hs_obj_long_rshift(n, nn, (size_t)(2 * c - e - d + 1), T);
        rc = hs_obj_long_divmod(T, nT, A, nA, Q, &nQ, NULL, NULL);
        nB = hs_obj_long_lshift(A, nA, (size_t)(d - e - 1), B);
        nA = hs_obj_long_add(B, nB, Q, nQ, A);
    }
    if (rc == 0) {
        rc = hs_obj_long_mul(A, nA, A, nA, P, &nP);
    }
    if (rc == 0 && hs_obj_long_compare(P, nP, n, nn) > 0) {
        static const hs_digit one[1] = {1};
        nA = hs_obj_long_sub(A, nA, one, 1, A);
    }
    if (rc == 0) {
        copy_digits(z, A, nA);
        *nz = nA;
    }
    hs_mem_raw_free(ws);
    return rc;
}
