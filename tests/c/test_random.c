/* The random module's kernels (src/modules/randommodule.c) against CPython 3.11 vectors in
 * tests/c/data/random_vectors.h (tools/gen_random_vectors.py): SHA-512 across the padding
 * edges, MT19937 outputs after seeding from ints of every width and sign (the reference
 * init_by_array({0x123, 0x234, 0x345, 0x456}) case among them), the 53-bit double, wide
 * getrandbits, and a getstate/setstate round trip. */
#include "internal/hs_modules_random.h"
#include "internal/hs_modules.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
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

/* ==== reference leaks (debug builds count every reference in hs_ref_total) ==== */

/* inst.name(*args), or inst(*args) for a NULL name, with 'kw' naming the last argument (or
 * NULL); the result and any exception are dropped. Steals: the references in args[0:n]. */
static int calls_ok; /* calls that returned a value (so the checks are not vacuous) */

static void callv(HsObject *inst, const char *name, int n, HsObject **args, const char *kw) {
    while (n > 0 && args[n - 1] == NULL) { /* CALL(name, kw, NULL): no arguments */
        n--;
    }
    HsObject *f = name != NULL ? HsObject_GetAttrString(inst, name) : Hs_NewRef(inst);
    HsObject *kwnames = NULL;
    int nkw = 0;
    if (kw != NULL) {
        HsObject *k = HsUnicode_FromString(kw);
        kwnames = k != NULL ? HsTuple_Pack(1, k) : NULL;
        Hs_XDECREF(k);
        nkw = 1;
    }
    HsObject *r = f != NULL ? HsObject_Vectorcall(f, args, (size_t)(n - nkw), kwnames) : NULL;
    calls_ok += r != NULL;
    Hs_XDECREF(r);
    HsErr_Clear();
    Hs_XDECREF(f);
    Hs_XDECREF(kwnames);
    for (int i = 0; i < n; i++) {
        Hs_XDECREF(args[i]);
    }
}

#define I(v) HsLong_FromLong(v)
#define F(v) HsFloat_FromDouble(v)
#define CALL(name, kw, ...)                                                                        \
    do {                                                                                           \
        HsObject *a_[] = {NULL, __VA_ARGS__};                                                      \
        callv(inst, name, (int)(sizeof a_ / sizeof a_[0]) - 1, a_ + 1, kw);                        \
    } while (0)

/* A list [0, 1, ..., n-1]. Return: new reference. */
static HsObject *int_list(long n) {
    HsObject *l = HsList_New(0);
    for (long i = 0; l != NULL && i < n; i++) {
        HsObject *v = I(i);
        HsList_Append(l, v);
        Hs_XDECREF(v);
    }
    return l;
}

/* Every method once, on success and error paths. */
static void exercise(HsObject *inst) {
    CALL("seed", NULL, I(12345));
    CALL("seed", NULL, HsUnicode_FromString("abc"));
    CALL("seed", NULL, F(1.5));
    CALL("seed", NULL, int_list(1)); /* TypeError */
    CALL("seed", NULL, I(7), I(1));
    CALL("random", NULL, NULL);
    CALL("getrandbits", NULL, I(100));
    CALL("getrandbits", NULL, F(1.0)); /* TypeError */
    CALL("randbytes", NULL, I(9));
    CALL("randrange", NULL, I(10));
    CALL("randrange", NULL, I(0), I(100), I(7));
    CALL("randrange", NULL, I(100), I(0), I(-3));
    CALL("randrange", NULL, I(5), I(5)); /* ValueError with the three values */
    CALL("randrange", NULL, I(1), I(5), I(0));
    CALL("randrange", NULL, F(2.5));
    CALL("randint", NULL, I(1), I(6));
    CALL("randint", NULL, I(1)); /* missing argument */
    CALL("choice", NULL, int_list(5));
    CALL("choice", NULL, int_list(0));
    CALL("shuffle", NULL, int_list(10));
    CALL("sample", NULL, int_list(30), I(5));
    CALL("sample", NULL, int_list(200), I(5));
    CALL("sample", NULL, int_list(3), I(5));
    CALL("sample", "counts", int_list(3), I(2), int_list(3));
    CALL("choices", "k", int_list(4), I(6));
    CALL("choices", NULL, int_list(4), int_list(4));
    CALL("choices", NULL, int_list(4), I(3)); /* the k hint */
    CALL("uniform", NULL, I(1), F(2.5));
    CALL("triangular", NULL, F(0.0), F(10.0), F(3.0));
    CALL("triangular", NULL, I(1), I(1), I(1));
    CALL("gauss", NULL, NULL);
    CALL("gauss", NULL, F(1.0), F(2.0));
    CALL("normalvariate", NULL, I(0), I(1));
    CALL("lognormvariate", NULL, I(0), I(1));
    CALL("expovariate", NULL, I(1));
    CALL("expovariate", NULL, I(0)); /* ZeroDivisionError */
    CALL("vonmisesvariate", NULL, I(1), I(2));
    CALL("vonmisesvariate", NULL, I(1), I(0));
    CALL("gammavariate", NULL, F(0.5), I(1));
    CALL("gammavariate", NULL, I(1), I(1));
    CALL("gammavariate", NULL, I(3), I(2));
    CALL("gammavariate", NULL, I(0), I(2));
    CALL("betavariate", NULL, I(2), I(3));
    CALL("paretovariate", NULL, I(2));
    CALL("weibullvariate", NULL, I(1), I(2));
    HsObject *f = HsObject_GetAttrString(inst, "getstate");
    HsObject *st = f != NULL ? HsObject_CallNoArgs(f) : NULL;
    Hs_XDECREF(f);
    CALL("setstate", NULL, st);
    CALL("setstate", NULL, I(5));
}

/* An int from decimal digits. Return: new reference. */
static HsObject *big_int(const char *digits) {
    HsObject *s = HsUnicode_FromString(digits);
    HsObject *n = s != NULL ? HsLong_FromUnicodeObject(s, 10) : NULL;
    Hs_XDECREF(s);
    return n;
}

/* Wide ints, keyword paths, SystemRandom and construction. */
static void exercise_more(HsObject *inst, HsObject *sys_inst) {
    CALL("randrange", NULL, big_int("1000000000000000000000000000000"));
    CALL("randrange", NULL, I(-5), big_int("99999999999999999999999"), I(3));
    CALL("getrandbits", NULL, I(1000));
    CALL("seed", NULL, big_int("-123456789012345678901234567890"));
    CALL("seed", NULL, HsBytes_FromStringAndSize("spam", 4));
    CALL("seed", "version", HsUnicode_FromString("spam"), I(1));
    CALL("choices", "cum_weights", int_list(3), int_list(3));
    CALL("choices", "cum_weights", int_list(3), int_list(3), int_list(3)); /* both given */
    CALL("sample", "counts", int_list(2), I(1), int_list(1));              /* mismatch */
    CALL("sample", "k", int_list(2), I(1), I(1));                          /* k twice */
    CALL("gauss", "sigma", F(2.0));
    HsObject *saved = inst;
    inst = sys_inst;
    CALL("random", NULL, NULL);
    CALL("getrandbits", NULL, I(77));
    CALL("randbytes", NULL, I(5));
    CALL("getstate", NULL, NULL);
    CALL("randrange", NULL, I(1000));
    inst = (HsObject *)&HsRandom_Type;
    CALL(NULL, NULL, I(5));
    CALL(NULL, "x", HsUnicode_FromString("seed"));
    CALL(NULL, NULL, I(1), I(2)); /* TypeError */
    inst = saved;
}

static void test_no_reference_leaks(void) {
    HsObject *m = NULL;
    HS_CHECK(hs_random_init(&m) == 0);
    HsObject *inst = HsObject_GetAttrString(m, "_inst");
    HS_CHECK(inst != NULL);
    HsObject *sys_inst = HsObject_CallNoArgs((HsObject *)&HsSystemRandom_Type);
    HS_CHECK(sys_inst != NULL);
    exercise(inst); /* the first run may intern names and fill caches */
    HS_CHECK_EQ(calls_ok, 35);
    exercise_more(inst, sys_inst);
    HS_CHECK_EQ(calls_ok, 35 + 14);
#if HS_DEBUG_REFS
    Hs_ssize_t before = hs_ref_total;
    exercise(inst);
    exercise(inst);
    HS_CHECK_EQ(hs_ref_total, before);
    exercise_more(inst, sys_inst);
    exercise_more(inst, sys_inst);
    HS_CHECK_EQ(hs_ref_total, before);
#endif
    Hs_DECREF(sys_inst);
    HS_CHECK(HsErr_Occurred() == NULL);
    Hs_DECREF(inst);
    Hs_DECREF(m);
}

HS_TEST_MAIN(test_sha512, test_mt_outputs, test_wide_getrandbits, test_state_round_trip,
             test_no_reference_leaks)
