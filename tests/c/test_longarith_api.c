/* The integer kernel's contracts beyond the CPython vectors (test_longarith.c): in-place
 * addition, exact buffer capacities (ASan builds catch any write past them), algebraic
 * cross-checks of Karatsuba and Knuth division on operands far larger than the vectors',
 * modular identities, round trips through decimal strings, and the error codes. It also
 * prints a few timings (informational lines, not checks). */
#include "hs_test.h"
#include "internal/hs_obj_long.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ==== helpers ==== */

static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;

static hs_digit rand_digit(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (hs_digit)(rng_state & HS_LONG_MASK);
}

/* A random positive value of exactly n digits, in a fresh buffer of 'cap' >= n digits. */
static hs_digit *rand_num(Hs_ssize_t n, Hs_ssize_t cap) {
    hs_digit *d = malloc((size_t)cap * sizeof(hs_digit));
    for (Hs_ssize_t i = 0; i < n; i++) {
        d[i] = rand_digit();
    }
    if (d[n - 1] == 0) {
        d[n - 1] = 1;
    }
    return d;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ==== tests ==== */

static void test_add_sub_in_place(void) {
    hs_digit a[4] = {HS_LONG_MASK, HS_LONG_MASK, 0, 0}, b[2] = {1, 0};
    Hs_ssize_t n = hs_obj_long_add(a, 2, b, 1, a); // (2**60 - 1) + 1, into a
    HS_CHECK_EQ(n, 3);
    HS_CHECK(a[0] == 0 && a[1] == 0 && a[2] == 1);
    n = hs_obj_long_sub(a, n, b, 1, a); // back to 2**60 - 1
    HS_CHECK_EQ(n, 2);
    HS_CHECK(a[0] == HS_LONG_MASK && a[1] == HS_LONG_MASK);
    n = hs_obj_long_sub(b, 1, a, 2, a); // 1 - (2**60 - 1) = -(2**60 - 2)
    HS_CHECK_EQ(n, -2);
    HS_CHECK(a[0] == HS_LONG_MASK - 1 && a[1] == HS_LONG_MASK);
    n = hs_obj_long_add(a, -2, a, -2, a); // doubled, still in place
    HS_CHECK_EQ(n, -3);
}

/* p = a * b by Karatsuba (and the lopsided path); then p // b == a, p % b == 0,
 * (p + r) // b == a with remainder r, and a*a by the squaring path equals a*copy(a). */
static void test_karatsuba_and_division_cross_check(void) {
    static const Hs_ssize_t sizes[][2] = {{3000, 2500}, {141, 141}, {200, 5000}, {71, 72}};
    for (int k = 0; k < 4; k++) {
        Hs_ssize_t na = sizes[k][0], nb = sizes[k][1], np;
        hs_digit *a = rand_num(na, na), *b = rand_num(nb, nb), *r = rand_num(nb - 1, nb);
        hs_digit *p = malloc((size_t)(na + (nb > na ? nb : na) + 1) * sizeof(hs_digit));
        hs_digit *q = malloc((size_t)hs_obj_long_div_capacity(na + nb + 1, nb) * sizeof(hs_digit));
        hs_digit *rem = malloc((size_t)nb * sizeof(hs_digit));
        HS_CHECK_EQ(hs_obj_long_mul(a, na, b, nb, p, &np), HS_LONG_OK);
        Hs_ssize_t nq, nr;
        HS_CHECK_EQ(hs_obj_long_divmod(p, np, b, nb, q, &nq, rem, &nr), HS_LONG_OK);
        HS_CHECK(hs_obj_long_compare(q, nq, a, na) == 0 && nr == 0);
        Hs_ssize_t nr0 = hs_obj_long_mag_normalize(r, nb - 1);
        np = hs_obj_long_add(p, np, r, nr0, p);
        HS_CHECK_EQ(hs_obj_long_divmod(p, np, b, nb, q, &nq, rem, &nr), HS_LONG_OK);
        HS_CHECK(hs_obj_long_compare(q, nq, a, na) == 0);
        HS_CHECK(hs_obj_long_compare(rem, nr, r, nr0) == 0);
        hs_digit *sq = malloc((size_t)(2 * na) * sizeof(hs_digit));
        hs_digit *ac = malloc((size_t)na * sizeof(hs_digit));
        memcpy(ac, a, (size_t)na * sizeof(hs_digit));
        Hs_ssize_t ns1, ns2;
        HS_CHECK_EQ(hs_obj_long_mul(a, na, a, na, sq, &ns1), HS_LONG_OK);
        HS_CHECK_EQ(hs_obj_long_mul(a, na, ac, na, p, &ns2), HS_LONG_OK);
        HS_CHECK(hs_obj_long_compare(sq, ns1, p, ns2) == 0);
        free(a), free(b), free(r), free(p), free(q), free(rem), free(sq), free(ac);
    }
}

/* 2**127 - 1 is prime: a**(m-1) == 1 and a * pow(a, -1, m) == 1 (mod m); with m negated
 * the results move into (m, 0]. */
static void test_powmod_identities(void) {
    hs_digit m[6], e[6], a[2] = {12345, 678}, z[5], w[10], inv[5];
    Hs_ssize_t nm = hs_obj_long_from_uint64(1, m), ne, nz, nw, ninv;
    hs_digit tmp[6];
    nm = hs_obj_long_lshift(m, nm, 127, tmp);
    static const hs_digit one[1] = {1};
    nm = hs_obj_long_sub(tmp, nm, one, 1, m);
    ne = hs_obj_long_sub(m, nm, one, 1, e);
    HS_CHECK_EQ(hs_obj_long_powmod(a, 2, e, ne, m, nm, z, &nz), HS_LONG_OK);
    HS_CHECK(nz == 1 && z[0] == 1);
    static const hs_digit minus_one_mag[1] = {1};
    HS_CHECK_EQ(hs_obj_long_powmod(a, 2, minus_one_mag, -1, m, nm, inv, &ninv), HS_LONG_OK);
    HS_CHECK_EQ(hs_obj_long_mul(a, 2, inv, ninv, w, &nw), HS_LONG_OK);
    hs_digit r[5];
    Hs_ssize_t nr;
    HS_CHECK_EQ(hs_obj_long_divmod(w, nw, m, nm, NULL, NULL, r, &nr), HS_LONG_OK);
    HS_CHECK(nr == 1 && r[0] == 1);
    HS_CHECK_EQ(hs_obj_long_powmod(a, 2, e, ne, m, -nm, z, &nz), HS_LONG_OK);
    HS_CHECK_EQ(hs_obj_long_compare(z, nz, m, nm), -1); // 1 - m: negative
    HS_CHECK_EQ(nz, -nm);
    hs_digit zero_m[1] = {0}, six[1] = {6}, four[1] = {4};
    HS_CHECK_EQ(hs_obj_long_powmod(a, 2, e, ne, zero_m, 0, z, &nz), HS_LONG_ERR_ZERO_DIV);
    HS_CHECK_EQ(hs_obj_long_powmod(six, 1, minus_one_mag, -1, four, 1, z, &nz),
                HS_LONG_ERR_NOT_INVERTIBLE);
}

/* A 20000-digit decimal string parses and prints back identically with the limit off, and
 * both directions refuse it under the default limit. */
static void test_decimal_round_trip_and_limit(void) {
    size_t len = 20000;
    char *s = malloc(len + 2), *back = NULL;
    s[0] = '-';
    for (size_t i = 1; i <= len; i++) {
        s[i] = (char)('0' + (i * 7 + i / 13) % 10);
    }
    s[1] = '9';
    s[len + 1] = '\0';
    hs_digit *z = malloc((size_t)hs_obj_long_from_string_capacity(len + 1) * sizeof(hs_digit));
    Hs_ssize_t nz, nd = 0;
    double t0 = now();
    HS_CHECK_EQ(hs_obj_long_from_string(s, len + 1, 10, 0, z, &nz, NULL), HS_LONG_OK);
    double t1 = now();
    back = malloc(hs_obj_long_str_capacity(nz, 10));
    size_t blen;
    HS_CHECK_EQ(hs_obj_long_to_decimal(z, nz, 0, back, &blen), HS_LONG_OK);
    double t2 = now();
    HS_CHECK(blen == len + 1 && strcmp(s, back) == 0);
    HS_CHECK_EQ(hs_obj_long_from_string(s, len + 1, 10, HS_LONG_MAX_STR_DIGITS, z, &nz, &nd),
                HS_LONG_ERR_STR_LIMIT);
    HS_CHECK_EQ(nd, 20000);
    HS_CHECK_EQ(hs_obj_long_from_string(s, len + 1, 10, 0, z, &nz, NULL), HS_LONG_OK);
    HS_CHECK_EQ(hs_obj_long_to_decimal(z, nz, HS_LONG_MAX_STR_DIGITS, back, &blen),
                HS_LONG_ERR_STR_LIMIT);
    printf("# figures: 20000-digit decimal parse %.2f ms, print %.2f ms\n", (t1 - t0) * 1e3,
           (t2 - t1) * 1e3);
    free(s), free(back), free(z);
}

/* Parsing with buffers of exactly the documented capacity: every length, the densest base. */
static void test_parse_capacity_is_enough(void) {
    char s[301];
    for (size_t len = 1; len <= 300; len++) {
        memset(s, 'z', len);
        hs_digit *z = malloc((size_t)hs_obj_long_from_string_capacity(len) * sizeof(hs_digit));
        Hs_ssize_t nz;
        HS_CHECK_EQ(hs_obj_long_from_string(s, len, 36, 0, z, &nz, NULL), HS_LONG_OK);
        HS_CHECK(nz <= hs_obj_long_from_string_capacity(len));
        free(z);
    }
}

static void test_error_codes(void) {
    hs_digit z[8], one[1] = {1};
    Hs_ssize_t nz;
    HS_CHECK_EQ(hs_obj_long_from_string("1", 1, 1, 0, z, &nz, NULL), HS_LONG_ERR_BASE);
    HS_CHECK_EQ(hs_obj_long_from_string("1", 1, 37, 0, z, &nz, NULL), HS_LONG_ERR_BASE);
    HS_CHECK_EQ(hs_obj_long_divmod(one, 1, z, 0, z, &nz, NULL, NULL), HS_LONG_ERR_ZERO_DIV);
    double d;
    HS_CHECK_EQ(hs_obj_long_true_divide(one, 1, z, 0, &d), HS_LONG_ERR_ZERO_DIV);
    uint64_t u;
    HS_CHECK_EQ(hs_obj_long_to_uint64(one, -1, &u), HS_LONG_ERR_NEGATIVE);
    HS_CHECK_EQ(hs_obj_long_isqrt(one, -1, z, &nz), HS_LONG_ERR_NEGATIVE);
    HS_CHECK_EQ(hs_obj_long_lshift_capacity(1, (size_t)1 << 62), ((Hs_ssize_t)1 << 62) / 30 + 2);
    HS_CHECK_EQ(hs_obj_long_lshift_capacity(HS_SSIZE_T_MAX / 4 - 70, 3000), -1);
    HS_CHECK_EQ(hs_obj_long_lshift_capacity(0, (size_t)1 << 62), 1);
    hs_digit two[1] = {2}, big_e[3] = {0, 0, 1};
    HS_CHECK_EQ(hs_obj_long_pow_capacity(two, 1, big_e, 3), -1); // 2 ** 2**60
    HS_CHECK_EQ(hs_obj_long_pow_capacity(one, -1, big_e, 3), 1); // (-1) ** 2**60
}

/* Informational timings of the quadratic and sub-quadratic paths. */
static void test_figures(void) {
    Hs_ssize_t n = 10000, np, nq, nr;
    hs_digit *a = rand_num(n, n), *b = rand_num(n, n),
             *p = malloc((size_t)(2 * n) * sizeof(hs_digit));
    hs_digit *q = malloc((size_t)(n + 2) * sizeof(hs_digit)),
             *r = malloc((size_t)n * sizeof(hs_digit));
    double t0 = now();
    HS_CHECK_EQ(hs_obj_long_mul(a, n, b, n, p, &np), HS_LONG_OK);
    double t1 = now();
    HS_CHECK_EQ(hs_obj_long_divmod(p, np, a, n, q, &nq, r, &nr), HS_LONG_OK);
    double t2 = now();
    HS_CHECK(hs_obj_long_compare(q, nq, b, n) == 0 && nr == 0);
    printf("# figures: 10000x10000-digit mul %.2f ms, 20000/10000-digit divmod %.2f ms\n",
           (t1 - t0) * 1e3, (t2 - t1) * 1e3);
    free(a), free(b), free(p), free(q), free(r);
}

HS_TEST_MAIN(test_add_sub_in_place, test_karatsuba_and_division_cross_check, test_powmod_identities,
             test_decimal_round_trip_and_limit, test_parse_capacity_is_enough, test_error_codes,
             test_figures)
