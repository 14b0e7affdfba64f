/* The random module's kernels (src/modules/randommodule.c) against CPython 3.11 vectors in
 * tests/c/data/random_vectors.h (tools/gen_random_vectors.py): SHA-512 across the padding
 * edges, MT19937 outputs after seeding from ints of every width and sign (the reference
 * init_by_array({0x123, 0x234, 0x345, 0x456}) case among them), the 53-bit double, wide
 * getrandbits, and a getstate/setstate round trip. */
#include "internal/hs_modules_random.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_long.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include "data/random_vectors.h"
#include "hs_test.h"

#include <stdint.h>
#include <string.h>

/* ==== helpers ==== */

static void to_hex(const unsigned char *b, size_t n, char *out) {
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[b[i] >> 4];
        out[2 * i + 1] = digits[b[i] & 15];
    }
    out[2 * n] = '\0';
}

/* A _random.Random seeded with the decimal int 'seed'. Return: new reference. */
static HsObject *seeded(const char *seed) {
    if (HsType_Ready(&HsRandomCore_Type) < 0) {
        return NULL;
    }
    HsObject *s = HsUnicode_FromString(seed);
    HsObject *n = s != NULL ? HsLong_FromUnicodeObject(s, 10) : NULL;
    HsObject *r = n != NULL ? HsObject_CallOneArg((HsObject *)&HsRandomCore_Type, n) : NULL;
    Hs_XDECREF(s);
    Hs_XDECREF(n);
    return r;
}

/* obj.name(arg) with a C string name. Return: new reference. */
static HsObject *call1(HsObject *obj, const char *name, HsObject *arg) {
    HsObject *f = HsObject_GetAttrString(obj, name);
    HsObject *r = f != NULL ? HsObject_CallOneArg(f, arg) : NULL;
    Hs_XDECREF(f);
    return r;
}

/* ==== tests ==== */

static void test_sha512(void) {
    static unsigned char msg[1000];
    unsigned char digest[64];
    char hex[129];
    hs_random_sha512((const unsigned char *)"abc", 3, digest);
    to_hex(digest, 64, hex);
    HS_CHECK(strcmp(hex, sha_abc_hex) == 0);
    for (size_t c = 0; c < sizeof sha_cases / sizeof sha_cases[0]; c++) {
        unsigned n = sha_cases[c].len;
        for (unsigned j = 0; j < n; j++) {
            msg[j] = (unsigned char)((j * 7 + 3) & 255);
        }
        hs_random_sha512(msg, n, digest);
        to_hex(digest, 64, hex);
        if (strcmp(hex, sha_cases[c].digest_hex) != 0) {
            printf("sha512 of %u bytes: got %s\n", n, hex);
        }
        HS_CHECK(strcmp(hex, sha_cases[c].digest_hex) == 0);
    }
}

static void test_mt_outputs(void) {
    for (size_t c = 0; c < sizeof mt_cases / sizeof mt_cases[0]; c++) {
        HsObject *obj = seeded(mt_cases[c].seed);
        HS_CHECK(obj != NULL);
        HsRandomObject *r = (HsRandomObject *)obj;
        for (int i = 0; i < 8; i++) {
            HS_CHECK_EQ(hs_random_genrand(r), mt_cases[c].first[i]);
        }
        uint32_t v = 0;
        for (int i = 9; i <= 1000; i++) {
            v = hs_random_genrand(r);
        }
        HS_CHECK_EQ(v, mt_cases[c].nth1000);
        Hs_DECREF(obj);
        obj = seeded(mt_cases[c].seed);
        HS_CHECK(obj != NULL);
        double d = hs_random_next_double((HsRandomObject *)obj);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        HS_CHECK(bits == mt_cases[c].random_bits);
        HS_CHECK(d >= 0.0 && d < 1.0);
        Hs_DECREF(obj);
    }
}

static void test_wide_getrandbits(void) {
    HsObject *obj = seeded("12345");
    HS_CHECK(obj != NULL);
    for (size_t c = 0; c < sizeof wide_cases / sizeof wide_cases[0]; c++) {
        HsObject *k = HsLong_FromLong(wide_cases[c].k);
        HsObject *v = k != NULL ? call1(obj, "getrandbits", k) : NULL;
        HS_CHECK(v != NULL && HsLong_CheckExact(v));
        char hex[300];
        Hs_ssize_t nd = Hs_SIZE(v);
        HS_CHECK(hs_obj_long_str_capacity(nd, 16) <= sizeof hex);
        hs_obj_long_to_base(((HsLongObject *)v)->ob_digit, nd, 16, 0, hex);
        HS_CHECK(strcmp(hex, wide_cases[c].hex) == 0);
        Hs_DECREF(k);
        Hs_DECREF(v);
    }
    Hs_DECREF(obj);
}

static void test_state_round_trip(void) {
    HsObject *obj = seeded("2024");
    HS_CHECK(obj != NULL);
    HsRandomObject *r = (HsRandomObject *)obj;
    for (int i = 0; i < 700; i++) { /* index past one regeneration */
        (void)hs_random_genrand(r);
    }
    HsObject *f = HsObject_GetAttrString(obj, "getstate");
    HsObject *state = f != NULL ? HsObject_CallNoArgs(f) : NULL;
    Hs_XDECREF(f);
    HS_CHECK(state != NULL);
    HS_CHECK_EQ(Hs_SIZE(state), HS_RANDOM_N + 1);
    HS_CHECK_EQ(HsLong_AsLong(HS_TUPLE_GET(state, HS_RANDOM_N)), r->rnd_index);
    uint32_t want[5];
    for (int i = 0; i < 5; i++) {
        want[i] = hs_random_genrand(r);
    }
    HsObject *none = call1(obj, "setstate", state);
    HS_CHECK(none == Hs_None);
    Hs_DECREF(none);
    for (int i = 0; i < 5; i++) {
        HS_CHECK_EQ(hs_random_genrand(r), want[i]);
    }
    HsObject *bad = HsTuple_New(0);
    HS_CHECK(call1(obj, "setstate", bad) == NULL);
    HS_CHECK(HsErr_ExceptionMatches(HsExc_ValueError));
    HsErr_Clear();
    Hs_DECREF(bad);
    Hs_DECREF(state);
    Hs_DECREF(obj);
}

HS_TEST_MAIN(test_sha512, test_mt_outputs, test_wide_getrandbits, test_state_round_trip)
