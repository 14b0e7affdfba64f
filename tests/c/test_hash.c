/* Hash kernels (src/obj/pyhash.c) against CPython 3.11 vectors in tests/data/numfmt/
 * (tools/gen_numfmt_vectors.py): hash() of str (PEP 393 canonical bytes of each kind) and
 * bytes under PYTHONHASHSEED 0, 1, 42 and 4294967295; hash() of floats, complex numbers and
 * tuples. Also the seed parsing, the lcg secret and the random secret. Run from the root. */
#include "internal/hs_obj_hash.h"

#include "hs_test.h"
#include "support/vectors.h"

#include <math.h>
#include <stdint.h>

/* ==== tests ==== */

static size_t unhex(const char *s, unsigned char *out) {
    size_t n = strlen(s) / 2;
    for (size_t i = 0; i < n; i++) {
        char b[3] = {s[2 * i], s[2 * i + 1], 0};
        out[i] = (unsigned char)strtoul(b, NULL, 16);
    }
    return n;
}

static void test_hash_bytes(void) {
    HsVecFile v;
    HS_CHECK(vec_open(&v, "hash_bytes.txt") == 0);
    int ok = 1;
    long cur_seed = -1;
    static unsigned char data[4096];
    for (size_t i = 0; i < v.nlines && ok; i++) {
        vec_line(&v, i);
        long seed = strtol(v.f[0], NULL, 10);
        if (seed != cur_seed) {
            HS_CHECK(hs_obj_hash_secret_init(1, (uint32_t)seed) == 0);
            cur_seed = seed;
        }
        size_t n = unhex(v.f[2], data);
        HsHash want = strtoll(v.f[3], NULL, 10), got = hs_obj_hash_bytes(data, n);
        if (got != want) {
            printf("hash line %zu: seed %s kind %s bytes %s: want %lld got %lld\n", i + 1,
                   v.f[0], v.f[1], v.f[2], (long long)want, (long long)got);
            ok = 0;
        }
    }
    printf("hash_bytes: %zu vectors\n", v.nlines);
    vec_close(&v);
    hs_obj_hash_secret_init(1, 0);
    HS_CHECK(ok);
}

static void test_hash_numbers(void) {
    HsVecFile v;
    HS_CHECK(vec_open(&v, "hash_num.txt") == 0);
    int ok = 1;
    for (size_t i = 0; i < v.nlines && ok; i++) {
        vec_line(&v, i);
        HsHash got = 0, want = strtoll(v.f[v.nf - 1], NULL, 10);
        if (v.f[0][0] == 'f') {
            got = hs_obj_hash_double(bits_to_double(v.f[1]), NULL);
        } else if (v.f[0][0] == 'c') {
            got = hs_obj_hash_complex(hs_obj_hash_double(bits_to_double(v.f[1]), NULL),
                                      hs_obj_hash_double(bits_to_double(v.f[2]), NULL));
        } else {
            HsHash items[16];
            size_t n = 0;
            for (char *p = v.f[1]; *p; p += *p == ',') {
                items[n++] = strtoll(p, &p, 10);
            }
            got = hs_obj_hash_tuple(items, n);
        }
        if (got != want) {
            printf("hash_num line %zu: %s %s: want %lld got %lld\n", i + 1, v.f[0], v.f[1],
                   (long long)want, (long long)got);
            ok = 0;
        }
    }
    printf("hash_num: %zu vectors\n", v.nlines);
    vec_close(&v);
    HS_CHECK(ok);
}

/* The figures of the brief: PYTHONHASHSEED=0 python3 -c "print(hash('abc'), hash(b'abc'),
 * hash('é'), hash('€'), hash('😀'))", and the secret rules. */
static void test_secret(void) {
    HS_CHECK(hs_obj_hash_secret_init(1, 0) == 0);
    HS_CHECK_EQ(hs_obj_hash_bytes("abc", 3), -4594863902769663758LL);
    HS_CHECK_EQ(hs_obj_hash_bytes("\xe9", 1), 6047309291227476195LL);
    HS_CHECK_EQ(hs_obj_hash_bytes("\xac\x20", 2), -5529981157763016009LL);
    HS_CHECK_EQ(hs_obj_hash_bytes("\x00\xf6\x01\x00", 4), -3536540696076613844LL);
    HS_CHECK_EQ(hs_obj_hash_bytes("", 0), 0);
    unsigned char sec[HS_HASH_SECRET_SIZE], lcg[HS_HASH_SECRET_SIZE];
    hs_obj_hash_secret_get(sec);
    for (int i = 0; i < HS_HASH_SECRET_SIZE; i++) {
        HS_CHECK(sec[i] == 0);
    }
    HS_CHECK(hs_obj_hash_secret_init(1, 1) == 0);
    hs_obj_hash_secret_get(sec);
    hs_obj_hash_lcg(1, lcg, sizeof lcg);
    HS_CHECK(memcmp(sec, lcg, sizeof sec) == 0);
    HS_CHECK_EQ(lcg[0], 0x29); /* (214013 + 2531011) >> 16 & 0xff */
    HS_CHECK(hs_obj_hash_secret_init(0, 0) == 0);
    unsigned char r1[HS_HASH_SECRET_SIZE], r2[HS_HASH_SECRET_SIZE];
    hs_obj_hash_secret_get(r1);
    HS_CHECK(hs_obj_hash_secret_init(0, 0) == 0);
    hs_obj_hash_secret_get(r2);
    HS_CHECK(memcmp(r1, r2, sizeof r1) != 0);
    int use = -1;
    uint32_t seed = 7;
    HS_CHECK(hs_obj_hash_parse_seed(NULL, &use, &seed) == 0 && use == 0);
    HS_CHECK(hs_obj_hash_parse_seed("random", &use, &seed) == 0 && use == 0);
    HS_CHECK(hs_obj_hash_parse_seed("", &use, &seed) == 0 && use == 0);
    HS_CHECK(hs_obj_hash_parse_seed("4294967295", &use, &seed) == 0 && use == 1);
    HS_CHECK(seed == 4294967295u);
    HS_CHECK(hs_obj_hash_parse_seed("4294967296", &use, &seed) < 0);
    HS_CHECK(hs_obj_hash_parse_seed("12x", &use, &seed) < 0);
    HS_CHECK(hs_obj_hash_secret_init(1, 0) == 0);
}

/* NaN hashes by identity; -1 never comes out; special values. */
static void test_number_specials(void) {
    int a = 0, b = 0;
    HS_CHECK(hs_obj_hash_double(NAN, &a) == hs_obj_hash_pointer(&a));
    HS_CHECK(hs_obj_hash_double(NAN, &a) != hs_obj_hash_double(NAN, &b));
    HS_CHECK_EQ(hs_obj_hash_pointer((void *)(uintptr_t)0x1230), 0x123);
    HS_CHECK_EQ(hs_obj_hash_double(INFINITY, NULL), 314159);
    HS_CHECK_EQ(hs_obj_hash_double(-INFINITY, NULL), -314159);
    HS_CHECK_EQ(hs_obj_hash_double(-1.0, NULL), -2);
    HS_CHECK_EQ(hs_obj_hash_double(-0.0, NULL), 0);
    HS_CHECK_EQ(hs_obj_hash_double(0.5, NULL), 1152921504606846976LL);
    HS_CHECK_EQ(hs_obj_hash_complex(-1, 0), -2);
    HS_CHECK_EQ(hs_obj_hash_tuple(NULL, 0), 5740354900026072187LL);
    HsTupleHasher h;
    hs_obj_hash_tuple_init(&h);
    hs_obj_hash_tuple_add(&h, 1);
    hs_obj_hash_tuple_add(&h, 2);
    HsHash items[2] = {1, 2};
    HS_CHECK_EQ(hs_obj_hash_tuple_finish(&h, 2), hs_obj_hash_tuple(items, 2));
    HS_CHECK_EQ(hs_obj_hash_tuple(items, 2), -3550055125485641917LL);
}

HS_TEST_MAIN(test_secret, test_hash_bytes, test_hash_numbers, test_number_specials)
