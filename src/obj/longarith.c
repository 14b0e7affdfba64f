/* Integer kernel, part 1: addition, subtraction, multiplication (schoolbook, squaring,
 * Karatsuba), shifts, bitwise operations, comparison, bit counts, hash, C-integer and byte
 * conversions.
 * Models CPython 3.11 Objects/longobject.c: x_add, x_sub, x_mul, k_mul, k_lopsided_mul,
 * long_lshift/long_rshift, long_bitwise, long_hash, _PyLong_AsByteArray/_FromByteArray.
 * Invariants: operands are (digits, signed size) pairs, normalised; every digit of every
 * result is < 2**30; results are normalised and zero has size 0. Inner loops work on
 * magnitudes; signs are applied by the public wrappers. See docs/internals/int.md. */
#include "internal/hs_obj_long.h"

#include "internal/hs_mem.h"

#include <string.h>

/* ==== constants and types ==== */
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

/* Digit i of the infinite two's complement of a signed value, produced in order i = 0, 1, ...
 * For a negative value, digit = (~m_i & MASK) + carry with the carry starting at 1. */
typedef struct TwosStream {
    const hs_digit *d;
    Hs_ssize_t n;
    int neg;
    hs_digit carry;
} TwosStream;

/* ==== static helpers: magnitudes ==== */

/* -1, 0, 1 comparing magnitudes a[0:na], b[0:nb] (both normalised). */
static int mag_cmp(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb) {
    if (na != nb) {
        return na < nb ? -1 : 1;
    }
    for (Hs_ssize_t i = na - 1; i >= 0; i--) {
        if (a[i] != b[i]) {
            return a[i] < b[i] ? -1 : 1;
        }
    }
    return 0;
}

/* z = |a| + |b|, z of capacity max(na, nb) + 1; z may alias a or b. CPython: x_add. */
static Hs_ssize_t mag_add(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                          hs_digit *z) {
    if (na < nb) {
        const hs_digit *t = a;
        a = b;
        b = t;
        Hs_ssize_t tn = na;
        na = nb;
        nb = tn;
    }
    hs_digit carry = 0;
    Hs_ssize_t i = 0;
    for (; i < nb; i++) {
        carry += a[i] + b[i];
        z[i] = carry & HS_LONG_MASK;
        carry >>= HS_LONG_SHIFT;
    }
    for (; i < na; i++) {
        carry += a[i];
        z[i] = carry & HS_LONG_MASK;
        carry >>= HS_LONG_SHIFT;
    }
    z[i] = carry;
    return hs_obj_long_mag_normalize(z, na + 1);
}

/* z = ||a| - |b||; *neg set when |a| < |b|. Capacity max(na, nb); z may alias a or b.
 * CPython: x_sub. */
static Hs_ssize_t mag_sub(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                          hs_digit *z, int *neg) {
    *neg = 0;
    if (na < nb || (na == nb && mag_cmp(a, na, b, nb) < 0)) {
        const hs_digit *t = a;
        a = b;
        b = t;
        Hs_ssize_t tn = na;
        na = nb;
        nb = tn;
        *neg = 1;
    }
    hs_digit borrow = 0;
    Hs_ssize_t i = 0;
    for (; i < nb; i++) {
        borrow = a[i] - b[i] - borrow;
        z[i] = borrow & HS_LONG_MASK;
        borrow = (borrow >> HS_LONG_SHIFT) & 1;
    }
    for (; i < na; i++) {
        borrow = a[i] - borrow;
        z[i] = borrow & HS_LONG_MASK;
        borrow = (borrow >> HS_LONG_SHIFT) & 1;
    }
    return hs_obj_long_mag_normalize(z, na);
}

/* x[0:m] += y[0:n] (m >= n); returns the carry out. CPython: v_iadd. */
static hs_digit v_iadd(hs_digit *x, Hs_ssize_t m, const hs_digit *y, Hs_ssize_t n) {
    hs_digit carry = 0;
    Hs_ssize_t i = 0;
    for (; i < n; i++) {
        carry += x[i] + y[i];
        x[i] = carry & HS_LONG_MASK;
        carry >>= HS_LONG_SHIFT;
    }
    for (; carry && i < m; i++) {
        carry += x[i];
        x[i] = carry & HS_LONG_MASK;
        carry >>= HS_LONG_SHIFT;
    }
    return carry;
}

/* x[0:m] -= y[0:n] (m >= n); returns the borrow out. CPython: v_isub. */
static hs_digit v_isub(hs_digit *x, Hs_ssize_t m, const hs_digit *y, Hs_ssize_t n) {
    hs_digit borrow = 0;
    Hs_ssize_t i = 0;
    for (; i < n; i++) {
        borrow = x[i] - y[i] - borrow;
        x[i] = borrow & HS_LONG_MASK;
        borrow = (borrow >> HS_LONG_SHIFT) & 1;
    }
    for (; borrow && i < m; i++) {
        borrow = x[i] - borrow;
        x[i] = borrow & HS_LONG_MASK;
        borrow = (borrow >> HS_LONG_SHIFT) & 1;
    }
    return borrow;
}

/* ==== static helpers: multiplication ==== */

/* z[0:na+nb] = a * b, schoolbook; squaring path when a is b (each cross product once,
 * doubled). CPython: x_mul. */
static void school_mul(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                       hs_digit *z) {
    memset(z, 0, (size_t)(na + nb) * sizeof(hs_digit));
    if (a == b && na == nb) {
        for (Hs_ssize_t i = 0; i < na; i++) {
            hs_twodigits f = a[i];
            hs_digit *pz = z + (i << 1);
            const hs_digit *pa = a + i + 1, *paend = a + na;
            hs_twodigits carry = *pz + f * f;
            *pz++ = (hs_digit)(carry & HS_LONG_MASK);
            carry >>= HS_LONG_SHIFT;
            f <<= 1;
            while (pa < paend) {
                carry += *pz + *pa++ * f;
                *pz++ = (hs_digit)(carry & HS_LONG_MASK);
                carry >>= HS_LONG_SHIFT;
            }
            if (carry) {
                carry += *pz;
                *pz++ = (hs_digit)(carry & HS_LONG_MASK);
                carry >>= HS_LONG_SHIFT;
            }
            if (carry) {
                *pz += (hs_digit)(carry & HS_LONG_MASK);
            }
        }
        return;
    }
    for (Hs_ssize_t i = 0; i < na; i++) {
        hs_twodigits f = a[i], carry = 0;
        if (f == 0) {
            continue;
        }
        hs_digit *pz = z + i;
        for (Hs_ssize_t j = 0; j < nb; j++) {
            carry += pz[j] + b[j] * f;
            pz[j] = (hs_digit)(carry & HS_LONG_MASK);
            carry >>= HS_LONG_SHIFT;
        }
        pz[nb] = (hs_digit)carry;
    }
}

static int kmul(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb, hs_digit *z);

/* z[0:na+nb] = a * b where 2 * na <= nb: b is cut into slices of na digits, each multiplied
 * by a with kmul. CPython: k_lopsided_mul. */
static int klopsided(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                     hs_digit *z) {
    hs_digit *prod = hs_mem_raw_malloc((size_t)(2 * na) * sizeof(hs_digit));
    if (prod == NULL) {
        return HS_LONG_ERR_NOMEM;
    }
    memset(z, 0, (size_t)(na + nb) * sizeof(hs_digit));
    Hs_ssize_t done = 0, total = na + nb;
    while (nb > 0) {
        Hs_ssize_t use = nb < na ? nb : na;
        if (kmul(a, na, b, use, prod) < 0) {
            hs_mem_raw_free(prod);
            return HS_LONG_ERR_NOMEM;
        }
        v_iadd(z + done, total - done, prod, na + use);
        nb -= use;
        b += use;
        done += use;
    }
    hs_mem_raw_free(prod);
    return HS_LONG_OK;
}

/* The Karatsuba step for na <= nb, 2 * na > nb, beyond the cutoff. With shift = nb / 2,
 * a = ah*B**shift + al, b likewise: z gets al*bl in its low 2*shift digits and ah*bh above,
 * then (ah+al)(bh+bl) - ah*bh - al*bl is added at digit 'shift'. Unlike CPython, the middle
 * term subtracts the two products from the temporary rather than from z (same result). */
static int kmul_split(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                      hs_digit *z) {
    int square = (a == b && na == nb);
    Hs_ssize_t shift = nb >> 1;
    Hs_ssize_t nal = hs_obj_long_mag_normalize(a, shift), nah = na - shift;
    Hs_ssize_t nbl = hs_obj_long_mag_normalize(b, shift), nbh = nb - shift;
    Hs_ssize_t capa = (nah > shift ? nah : shift) + 1, capb = nbh + 1;
    hs_digit *tmp = hs_mem_raw_malloc((size_t)(2 * (capa + capb)) * sizeof(hs_digit));
    if (tmp == NULL) {
        return HS_LONG_ERR_NOMEM;
    }
    hs_digit *sa = tmp, *sb = tmp + capa, *t3 = tmp + capa + capb;
    int rc = kmul(a + shift, nah, b + shift, nbh, z + 2 * shift);
    if (rc == 0) {
        rc = kmul(a, nal, b, nbl, z);
    }
    if (rc == 0) {
        memset(z + nal + nbl, 0, (size_t)(2 * shift - nal - nbl) * sizeof(hs_digit));
        Hs_ssize_t nsa = mag_add(a, nal, a + shift, nah, sa), nsb = nsa;
        if (square) {
            sb = sa;
        } else {
            nsb = mag_add(b, nbl, b + shift, nbh, sb);
        }
        rc = kmul(sa, nsa, sb, nsb, t3);
        if (rc == 0) {
            Hs_ssize_t n3 = hs_obj_long_mag_normalize(t3, nsa + nsb);
            Hs_ssize_t nhi = hs_obj_long_mag_normalize(z + 2 * shift, na + nb - 2 * shift);
            v_isub(t3, n3, z + 2 * shift, nhi);
            v_isub(t3, n3, z, hs_obj_long_mag_normalize(z, 2 * shift));
            n3 = hs_obj_long_mag_normalize(t3, n3);
            v_iadd(z + shift, na + nb - shift, t3, n3);
        }
    }
    hs_mem_raw_free(tmp);
    return rc;
}

/* z[0:na+nb] = a * b, any sizes (zero allowed). CPython: k_mul. */
static int kmul(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb, hs_digit *z) {
    if (na > nb) {
        const hs_digit *t = a;
        a = b;
        b = t;
        Hs_ssize_t tn = na;
        na = nb;
        nb = tn;
    }
    int square = (a == b && na == nb);
    if (na <= (square ? HS_LONG_KARATSUBA_SQUARE_CUTOFF : HS_LONG_KARATSUBA_CUTOFF)) {
        if (na == 0) {
            memset(z, 0, (size_t)nb * sizeof(hs_digit));
            return HS_LONG_OK;
        }
        school_mul(a, na, b, nb, z);
        return HS_LONG_OK;
    }
    if (2 * na <= nb) {
        return klopsided(a, na, b, nb, z);
    }
    return kmul_split(a, na, b, nb, z);
}

/* ==== static helpers: two's complement streams ==== */

static hs_digit twos_next(TwosStream *s, Hs_ssize_t i) {
    hs_digit m = i < s->n ? s->d[i] : 0;
    if (!s->neg) {
        return m;
    }
    hs_digit v = (~m & HS_LONG_MASK) + s->carry;
    s->carry = v >> HS_LONG_SHIFT;
    return v & HS_LONG_MASK;
}

/* op: 0 and, 1 or, 2 xor. CPython: long_bitwise. */
static Hs_ssize_t bitwise(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                          int op, hs_digit *z) {
    TwosStream sa = {a, hs_obj_long_ndigits(na), na < 0, 1};
    TwosStream sb = {b, hs_obj_long_ndigits(nb), nb < 0, 1};
    int negz = op == 0 ? (sa.neg && sb.neg) : op == 1 ? (sa.neg || sb.neg) : (sa.neg != sb.neg);
    Hs_ssize_t n = (sa.n > sb.n ? sa.n : sb.n) + 1;
    hs_digit carry = 1;
    for (Hs_ssize_t i = 0; i < n; i++) {
        hs_digit x = twos_next(&sa, i), y = twos_next(&sb, i);
        hs_digit v = op == 0 ? (x & y) : op == 1 ? (x | y) : (x ^ y);
        if (negz) {
            v = (~v & HS_LONG_MASK) + carry;
            carry = v >> HS_LONG_SHIFT;
            v &= HS_LONG_MASK;
        }
        z[i] = v;
    }
    n = hs_obj_long_mag_normalize(z, n);
    return negz ? -n : n;
}

/* ==== internal API: magnitudes ==== */

Hs_ssize_t hs_obj_long_mag_normalize(const hs_digit *d, Hs_ssize_t n) {
    while (n > 0 && d[n - 1] == 0) {
        n--;
    }
    return n;
}

hs_digit hs_obj_long_mag_lshift(hs_digit *z, const hs_digit *a, Hs_ssize_t m, int d) {
    hs_digit carry = 0;
    for (Hs_ssize_t i = 0; i < m; i++) {
        hs_twodigits acc = ((hs_twodigits)a[i] << d) | carry;
        z[i] = (hs_digit)acc & HS_LONG_MASK;
        carry = (hs_digit)(acc >> HS_LONG_SHIFT);
    }
    return carry;
}

hs_digit hs_obj_long_mag_rshift(hs_digit *z, const hs_digit *a, Hs_ssize_t m, int d) {
    hs_digit carry = 0, mask = ((hs_digit)1 << d) - 1U;
    for (Hs_ssize_t i = m - 1; i >= 0; i--) {
        hs_twodigits acc = ((hs_twodigits)carry << HS_LONG_SHIFT) | a[i];
        carry = (hs_digit)acc & mask;
        z[i] = (hs_digit)(acc >> d);
    }
    return carry;
}

int hs_obj_long_mag_mul(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                        hs_digit *z) {
    return kmul(a, na, b, nb, z);
}

/* ==== public API: arithmetic ==== */

int hs_obj_long_compare(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb) {
    if ((na < 0) != (nb < 0)) {
        return na < 0 ? -1 : 1;
    }
    int c = mag_cmp(a, hs_obj_long_ndigits(na), b, hs_obj_long_ndigits(nb));
    return na < 0 ? -c : c;
}

Hs_ssize_t hs_obj_long_add(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                           hs_digit *z) {
    Hs_ssize_t ua = hs_obj_long_ndigits(na), ub = hs_obj_long_ndigits(nb), n;
    if ((na < 0) == (nb < 0)) {
        n = mag_add(a, ua, b, ub, z);
        return na < 0 ? -n : n;
    }
    int neg;
    n = mag_sub(a, ua, b, ub, z, &neg); // |a| - |b|, negated when a < 0
    return (neg != (na < 0)) ? -n : n;
}

Hs_ssize_t hs_obj_long_sub(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                           hs_digit *z) {
    return hs_obj_long_add(a, na, b, -nb, z);
}

int hs_obj_long_mul(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb, hs_digit *z,
                    Hs_ssize_t *nz) {
    Hs_ssize_t ua = hs_obj_long_ndigits(na), ub = hs_obj_long_ndigits(nb);
    if (ua == 0 || ub == 0) {
        *nz = 0;
        return HS_LONG_OK;
    }
    int rc = kmul(a, ua, b, ub, z);
    if (rc < 0) {
        return rc;
    }
    Hs_ssize_t n = hs_obj_long_mag_normalize(z, ua + ub);
    *nz = ((na < 0) != (nb < 0)) ? -n : n;
    return HS_LONG_OK;
}

Hs_ssize_t hs_obj_long_lshift_capacity(Hs_ssize_t na, size_t s) {
    size_t words = s / HS_LONG_SHIFT;
    size_t limit = (size_t)HS_SSIZE_T_MAX / sizeof(hs_digit) - 64;
    size_t n = (size_t)hs_obj_long_ndigits(na);
    if (n == 0) {
        return 1;
    }
    if (words > limit - n) {
        return -1;
    }
    return (Hs_ssize_t)(n + words + 1);
}

Hs_ssize_t hs_obj_long_lshift(const hs_digit *a, Hs_ssize_t na, size_t s, hs_digit *z) {
    Hs_ssize_t n = hs_obj_long_ndigits(na);
    if (n == 0) {
        return 0;
    }
    Hs_ssize_t words = (Hs_ssize_t)(s / HS_LONG_SHIFT);
    memset(z, 0, (size_t)words * sizeof(hs_digit));
    z[words + n] = hs_obj_long_mag_lshift(z + words, a, n, (int)(s % HS_LONG_SHIFT));
    Hs_ssize_t nz = hs_obj_long_mag_normalize(z, words + n + 1);
    return na < 0 ? -nz : nz;
}

/* Floor semantics: for a < 0, a >> s = -ceil(|a| / 2**s). */
Hs_ssize_t hs_obj_long_rshift(const hs_digit *a, Hs_ssize_t na, size_t s, hs_digit *z) {
    Hs_ssize_t n = hs_obj_long_ndigits(na);
    size_t words = s / HS_LONG_SHIFT;
    if (words >= (size_t)n) {
        if (na < 0) {
            z[0] = 1;
            return -1;
        }
        return 0;
    }
    Hs_ssize_t w = (Hs_ssize_t)words, m = n - w;
    hs_digit lost = hs_obj_long_mag_rshift(z, a + w, m, (int)(s % HS_LONG_SHIFT));
    if (na >= 0) {
        return hs_obj_long_mag_normalize(z, m);
    }
    for (Hs_ssize_t i = 0; i < w && !lost; i++) {
        lost = a[i];
    }
    if (lost) {
        z[m] = 0;
        v_iadd(z, m + 1, (const hs_digit[]){1}, 1);
        m++;
    }
    return -hs_obj_long_mag_normalize(z, m);
}

Hs_ssize_t hs_obj_long_and(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                           hs_digit *z) {
    return bitwise(a, na, b, nb, 0, z);
}

Hs_ssize_t hs_obj_long_or(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                          hs_digit *z) {
    return bitwise(a, na, b, nb, 1, z);
}

Hs_ssize_t hs_obj_long_xor(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                           hs_digit *z) {
    return bitwise(a, na, b, nb, 2, z);
}

/* ~a == -(a + 1). CPython: long_invert. */
Hs_ssize_t hs_obj_long_invert(const hs_digit *a, Hs_ssize_t na, hs_digit *z) {
    static const hs_digit one[1] = {1};
    if (na == 0) {
        z[0] = 1;
        return -1;
    }
    return -hs_obj_long_add(a, na, one, 1, z);
}

uint64_t hs_obj_long_bit_length(const hs_digit *a, Hs_ssize_t na) {
    Hs_ssize_t n = hs_obj_long_ndigits(na);
    if (n == 0) {
        return 0;
    }
    return (uint64_t)(n - 1) * HS_LONG_SHIFT + (uint64_t)hs_obj_long_digit_bits(a[n - 1]);
}

uint64_t hs_obj_long_bit_count(const hs_digit *a, Hs_ssize_t na) {
    Hs_ssize_t n = hs_obj_long_ndigits(na);
    uint64_t c = 0;
    for (Hs_ssize_t i = 0; i < n; i++) {
        c += (uint64_t)__builtin_popcount(a[i]);
    }
    return c;
}

Hs_ssize_t hs_obj_long_hash(const hs_digit *a, Hs_ssize_t na) {
    Hs_ssize_t n = hs_obj_long_ndigits(na);
    uint64_t x = 0;
    for (Hs_ssize_t i = n - 1; i >= 0; i--) {
        x = ((x << HS_LONG_SHIFT) & HASH_MODULUS) | (x >> (HASH_BITS - HS_LONG_SHIFT));
        x += a[i];
        if (x >= HASH_MODULUS) {
            x -= HASH_MODULUS;
        }
    }
    Hs_ssize_t h = (Hs_ssize_t)x;
    if (na < 0) {
        h = -h;
    }
    return h == -1 ? -2 : h;
}

/* ==== public API: C integers ==== */

Hs_ssize_t hs_obj_long_from_uint64(uint64_t v, hs_digit *z) {
    Hs_ssize_t n = 0;
    while (v) {
        z[n++] = (hs_digit)(v & HS_LONG_MASK);
        v >>= HS_LONG_SHIFT;
    }
    return n;
}

Hs_ssize_t hs_obj_long_from_int64(int64_t v, hs_digit *z) {
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    Hs_ssize_t n = hs_obj_long_from_uint64(u, z);
    return v < 0 ? -n : n;
}

/* |a| as uint64; HS_LONG_ERR_OVERFLOW if it has more than 64 bits. */
static int mag_to_uint64(const hs_digit *a, Hs_ssize_t n, uint64_t *out) {
    if (hs_obj_long_bit_length(a, n) > 64) {
        return HS_LONG_ERR_OVERFLOW;
    }
    uint64_t x = 0;
    for (Hs_ssize_t i = n - 1; i >= 0; i--) {
        x = (x << HS_LONG_SHIFT) | a[i];
    }
    *out = x;
    return HS_LONG_OK;
}

int hs_obj_long_to_int64(const hs_digit *a, Hs_ssize_t na, int64_t *out) {
    uint64_t u;
    if (mag_to_uint64(a, hs_obj_long_ndigits(na), &u) < 0) {
        return HS_LONG_ERR_OVERFLOW;
    }
    if (na < 0) {
        if (u > (uint64_t)INT64_MAX + 1) {
            return HS_LONG_ERR_OVERFLOW;
        }
        *out = u == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)u;
        return HS_LONG_OK;
    }
    if (u > (uint64_t)INT64_MAX) {
        return HS_LONG_ERR_OVERFLOW;
    }
    *out = (int64_t)u;
    return HS_LONG_OK;
}

int hs_obj_long_to_uint64(const hs_digit *a, Hs_ssize_t na, uint64_t *out) {
    if (na < 0) {
        return HS_LONG_ERR_NEGATIVE;
    }
    return mag_to_uint64(a, na, out);
}

/* ==== public API: bytes ==== */

int hs_obj_long_to_bytes(const hs_digit *a, Hs_ssize_t na, unsigned char *out, size_t n, int little,
                         int is_signed) {
    Hs_ssize_t m = hs_obj_long_ndigits(na);
    if (na < 0 && !is_signed) {
        return HS_LONG_ERR_NEGATIVE;
    }
    uint64_t bits = hs_obj_long_bit_length(a, m);
    if (na < 0 && hs_obj_long_bit_count(a, m) == 1) {
        bits--; // -2**k fits in k + 1 signed bits
    }
    // n == 0 holds only 0 and (signed) -1, as CPython's sign-bit counting gives
    uint64_t room = n == 0 ? 0 : (uint64_t)n * 8 - (is_signed ? 1 : 0);
    if (bits > room) {
        return HS_LONG_ERR_OVERFLOW;
    }
    TwosStream st = {a, m, na < 0, 1};
    uint64_t acc = 0;
    int accbits = 0;
    Hs_ssize_t di = 0;
    for (size_t i = 0; i < n; i++) {
        if (accbits < 8) {
            acc |= (uint64_t)twos_next(&st, di++) << accbits;
            accbits += HS_LONG_SHIFT;
        }
        out[little ? i : n - 1 - i] = (unsigned char)(acc & 0xff);
        acc >>= 8;
        accbits -= 8;
    }
    return HS_LONG_OK;
}

Hs_ssize_t hs_obj_long_from_bytes_capacity(size_t n) {
    return (Hs_ssize_t)(n * 8 / HS_LONG_SHIFT + 2);
}

Hs_ssize_t hs_obj_long_from_bytes(const unsigned char *b, size_t n, int little, int is_signed,
                                  hs_digit *z) {
    int neg = is_signed && n > 0 && (b[little ? n - 1 : 0] & 0x80);
    unsigned carry = 1;
    uint64_t acc = 0;
    int accbits = 0;
    Hs_ssize_t nz = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned byte = b[little ? i : n - 1 - i];
        if (neg) {
            byte = (~byte & 0xffU) + carry;
            carry = byte >> 8;
            byte &= 0xffU;
        }
        acc |= (uint64_t)byte << accbits;
        accbits += 8;
        if (accbits >= HS_LONG_SHIFT) {
            z[nz++] = (hs_digit)(acc & HS_LONG_MASK);
            acc >>= HS_LONG_SHIFT;
            accbits -= HS_LONG_SHIFT;
        }
    }
    if (accbits > 0) {
        z[nz++] = (hs_digit)acc;
    }
    nz = hs_obj_long_mag_normalize(z, nz);
    return neg ? -nz : nz;
}
