/* The range object against CPython 3.11: size, 125 (start, stop, step) cases from python3
 * (length, first and last item, repr, a slice's repr, iteration forwards and reversed,
 * membership), index/count, equality and hash, the constructor's errors, big-int ranges
 * (len overflow, indexing, slicing, membership, the longrange iterator), bool, and
 * refcount balance in debug builds. Figures from tools/gen_list_vectors.py and python3. */
#include "hs_test.h"
#include "support/seqcheck.h"
#include "data/list_vectors.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_range.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdio.h>
#include <string.h>

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static HsObject *I(long v) {
    return HsLong_FromLong(v);
}

/* range(a, b, c) from C longs. */
static HsObject *rng(long a, long b, long c) {
    HsObject *args[] = {I(a), I(b), I(c)};
    HsObject *r = hs_range_new(args, 3, NULL);
    for (int i = 0; i < 3; i++) {
        Hs_DECREF(args[i]);
    }
    return r;
}

/* 2**n */
static HsObject *pow2(int n) {
    HsObject *r = I(1), *two = I(2);
    for (int i = 0; i < n; i++) {
        Hs_SETREF(r, HsNumber_Multiply(r, two));
    }
    Hs_DECREF(two);
    return r;
}

static int str_is(HsObject *s, const char *want) {
    if (s == NULL) {
        HsErr_Clear();
        printf("  NULL (wanted %s)\n", want);
        return 0;
    }
    int ok = strcmp(HsUnicode_AsUTF8(s), want) == 0;
    if (!ok) {
        printf("  %s (wanted %s)\n", HsUnicode_AsUTF8(s), want);
    }
    Hs_DECREF(s);
    return ok;
}

/* Steals: 'o'. */
static int int_is(HsObject *o, const char *want) {
    if (o == NULL) {
        HsErr_Clear();
        return 0;
    }
    HsObject *s = HsObject_Repr(o);
    Hs_DECREF(o);
    return str_is(s, want);
}

/* Refcount balance is checked by test_refs_balance: each test runs once to fill the
 * one-time caches (one-character strings, interned names), then again measured. */

/* ==== tests ==== */

static void test_size_and_types(void) {
    HS_CHECK_EQ(HsRange_Type.tp_basicsize, 48); /* sys.getsizeof(range(10)) */
    HS_CHECK_EQ(HsRangeIter_Type.tp_basicsize, 48);
    HS_CHECK_EQ(HsLongRangeIter_Type.tp_basicsize, 48);
    HS_CHECK(strcmp(HsRangeIter_Type.tp_name, "range_iterator") == 0);
    HS_CHECK(strcmp(HsLongRangeIter_Type.tp_name, "longrange_iterator") == 0);
    HsObject *r = rng(0, 10, 1);
    HS_CHECK(str_is(HsObject_Repr(r), "range(0, 10)"));
    Hs_DECREF(r);
    r = rng(0, 10, 2);
    HS_CHECK(str_is(HsObject_Repr(r), "range(0, 10, 2)"));
    Hs_DECREF(r);
}

static void test_cases_against_cpython(void) {
    for (size_t c = 0; c < NELEM(range_cases); c++) {
        const RangeCase *k = &range_cases[c];
        HsObject *r = rng(k->start, k->stop, k->step);
        HS_CHECK(r != NULL);
        HS_CHECK_EQ(HsObject_Size(r), k->len);
        HS_CHECK_EQ(HsObject_IsTrue(r), k->len != 0);
        HS_CHECK(str_is(HsObject_Repr(r), k->repr));
        if (k->len > 0) {
            HsObject *i0 = I(0), *im = I(-1);
            HsObject *f = HsObject_GetItem(r, i0), *l = HsObject_GetItem(r, im);
            HS_CHECK(f != NULL && hs_int_compact_value(f) == k->first);
            HS_CHECK(l != NULL && hs_int_compact_value(l) == k->last);
            Hs_DECREF(f);
            Hs_DECREF(l);
            Hs_DECREF(i0);
            Hs_DECREF(im);
        }
        HsObject *sl = HsSlice_New(I(2), I(-1), I(2));
        Hs_DECREF(((HsSliceObject *)sl)->start);
        Hs_DECREF(((HsSliceObject *)sl)->stop);
        Hs_DECREF(((HsSliceObject *)sl)->step);
        HsObject *sub = HsObject_GetItem(r, sl);
        HS_CHECK(sub != NULL && HsRange_Check(sub));
        HS_CHECK(str_is(HsObject_Repr(sub), k->sub));
        Hs_DECREF(sub);
        Hs_DECREF(sl);
        /* iterate forwards and backwards; every item is `in` the range */
        HsObject *fwd = hs_list_from_iterable(r);
        HsObject *rv = hs_range_reversed(r, NULL);
        HsObject *bwd = hs_list_from_iterable(rv);
        HS_CHECK(fwd != NULL && bwd != NULL && Hs_SIZE(fwd) == k->len && Hs_SIZE(bwd) == k->len);
        for (long i = 0; i < k->len; i++) {
            HsObject *x = HS_LIST_GET(fwd, i);
            HS_CHECK_EQ(hs_int_compact_value(x), k->start + i * k->step);
            HS_CHECK(HS_LIST_GET(bwd, k->len - 1 - i) != NULL &&
                     hs_int_compact_value(HS_LIST_GET(bwd, k->len - 1 - i)) ==
                         k->start + i * k->step);
            HS_CHECK_EQ(HsSequence_Contains(r, x), 1);
        }
        HsObject *out = I(k->start + k->len * k->step);
        HS_CHECK_EQ(HsSequence_Contains(r, out), 0);
        Hs_DECREF(out);
        Hs_DECREF(fwd);
        Hs_DECREF(bwd);
        Hs_DECREF(rv);
        Hs_DECREF(r);
    }
}

static void test_index_count(void) {
    HsObject *r = rng(-7, 25, 3);
    for (long x = -10; x <= 30; x++) {
        HsObject *v = I(x);
        HsObject *idx = hs_range_index(r, v);
        HsObject *cnt = hs_range_count(r, v);
        long want = range_index_of[x + 10];
        if (want < 0) {
            HS_CHECK(idx == NULL && raised(HsExc_ValueError, NULL));
            HS_CHECK(cnt != NULL && hs_int_compact_value(cnt) == 0);
        } else {
            HS_CHECK(idx != NULL && hs_int_compact_value(idx) == want);
            HS_CHECK(cnt != NULL && hs_int_compact_value(cnt) == 1);
        }
        Hs_XDECREF(idx);
        Hs_XDECREF(cnt);
        Hs_DECREF(v);
    }
    HsObject *three = I(3);
    HsObject *r2 = rng(0, 10, 2);
    HS_CHECK(hs_range_index(r2, three) == NULL && raised(HsExc_ValueError, "3 is not in range"));
    /* non-int: linear search; True == 1 */
    HsObject *r3 = rng(0, 3, 1);
    HsObject *c = hs_range_count(r3, Hs_True);
    HS_CHECK(c != NULL && hs_int_compact_value(c) == 1);
    Hs_DECREF(c);
    HS_CHECK(hs_range_index(r3, Hs_None) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "sequence.index(x): x not in sequence"));
    HS_CHECK_EQ(HsSequence_Contains(r3, Hs_None), 0);
    Hs_DECREF(three);
    Hs_DECREF(r);
    Hs_DECREF(r2);
    Hs_DECREF(r3);
}

static void test_equality_and_hash(void) {
    HsObject *a = rng(0, 3, 1), *b = rng(0, 3, 1), *c = rng(0, 4, 1);
    HsObject *d = rng(5, 6, 1), *e = rng(5, 7, 2), *f = rng(0, 0, 1), *g = rng(10, 3, 2);
    HS_CHECK(HsObject_RichCompareBool(a, b, HS_EQ) == 1);
    HS_CHECK(HsObject_RichCompareBool(a, c, HS_NE) == 1);
    HS_CHECK(HsObject_RichCompareBool(d, e, HS_EQ) == 1); /* both [5] */
    HS_CHECK(HsObject_RichCompareBool(f, g, HS_EQ) == 1); /* both empty */
    HS_CHECK(HsObject_RichCompareBool(a, c, HS_LT) == -1);
    HS_CHECK(raised(HsExc_TypeError, NULL)); /* ranges have no ordering */
    HS_CHECK(HsObject_Hash(a) == HsObject_Hash(b));
    HS_CHECK_EQ(HsObject_Hash(a), -8338477496398685190LL); /* hash(range(3)) */
    HsObject *h = rng(0, 10, 2);
    HS_CHECK_EQ(HsObject_Hash(h), -6143170332311272345LL); /* hash(range(0, 10, 2)) */
    HS_CHECK(HsObject_Hash(d) == HsObject_Hash(e));
    HS_CHECK(HsObject_Hash(f) == HsObject_Hash(g));
    HsObject *objs[] = {a, b, c, d, e, f, g, h};
    for (size_t i = 0; i < NELEM(objs); i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_constructor_errors(void) {
    HsObject *one = I(1), *two = I(2), *zero = I(0);
    HsObject *args[] = {one, two, zero, one};
    HS_CHECK(hs_range_new(args, 3, NULL) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "range() arg 3 must not be zero"));
    HS_CHECK(hs_range_new(args, 0, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "range expected at least 1 argument, got 0"));
    HS_CHECK(hs_range_new(args, 4, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "range expected at most 3 arguments, got 4"));
    HsObject *bad[] = {Hs_None};
    HS_CHECK(hs_range_new(bad, 1, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "'NoneType' object cannot be interpreted as an integer"));
    HsObject *s = HsUnicode_FromString("a");
    HsObject *bad2[] = {one, s};
    HS_CHECK(hs_range_new(bad2, 2, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "'str' object cannot be interpreted as an integer"));
    HsObject *kw = HsTuple_Pack(1, s);
    HS_CHECK(hs_range_new(args, 1, kw) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "range() takes no keyword arguments"));
    /* bools become plain ints: repr(range(True)) == "range(0, 1)" */
    HsObject *bt[] = {Hs_True};
    HsObject *r = hs_range_new(bt, 1, NULL);
    HS_CHECK(str_is(HsObject_Repr(r), "range(0, 1)"));
    HS_CHECK_EQ(HsObject_Size(r), 1);
    HsObject *key = HsUnicode_FromString("k");
    HS_CHECK(HsObject_GetItem(r, key) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "range indices must be integers or slices, not str"));
    HsObject *ten = I(10);
    HS_CHECK(HsObject_GetItem(r, ten) == NULL);
    HS_CHECK(raised(HsExc_IndexError, "range object index out of range"));
    HsObject *objs[] = {one, two, zero, s, kw, r, key, ten};
    for (size_t i = 0; i < NELEM(objs); i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_big_ranges(void) {
    HsObject *p70 = pow2(70), *p71 = pow2(71), *p65 = pow2(65), *p69 = pow2(69);
    HsObject *p10 = pow2(10);
    HsObject *a1[] = {p70};
    HsObject *r = hs_range_new(a1, 1, NULL); /* range(2**70) */
    HS_CHECK(HsObject_Size(r) == -1);
    HS_CHECK(raised(HsExc_OverflowError, "Python int too large to convert to C ssize_t"));
    HsObject *m1 = I(-1);
    HS_CHECK(int_is(HsObject_GetItem(r, m1), "1180591620717411303423"));
    HS_CHECK(HsObject_GetItem(r, p70) == NULL);
    HS_CHECK(raised(HsExc_IndexError, "range object index out of range"));
    HS_CHECK_EQ(HsObject_IsTrue(r), 1);
    /* range(2**70, 2**71, 2**65)[1:3] */
    HsObject *a3[] = {p70, p71, p65};
    HsObject *r3 = hs_range_new(a3, 3, NULL);
    HsObject *one = I(1), *three = I(3);
    HsObject *sl = HsSlice_New(one, three, NULL);
    HsObject *sub = HsObject_GetItem(r3, sl);
    HS_CHECK(str_is(HsObject_Repr(sub), "range(1217485108864830406656, 1291272085159668613120, "
                                        "36893488147419103232)"));
    /* range(-2**70, 0)[2**69] */
    HsObject *n70 = HsNumber_Negative(p70), *zero = I(0);
    HsObject *a2[] = {n70, zero};
    HsObject *rn = hs_range_new(a2, 2, NULL);
    HS_CHECK(int_is(HsObject_GetItem(rn, p69), "-590295810358705651712"));
    /* 2**70 in range(0, 2**71, 2**10); its index */
    HsObject *a4[] = {zero, p71, p10};
    HsObject *rs = hs_range_new(a4, 3, NULL);
    HS_CHECK_EQ(HsSequence_Contains(rs, p70), 1);
    HS_CHECK(int_is(hs_range_index(rs, p70), "1152921504606846976"));
    HsObject *odd = HsNumber_Add(p70, one);
    HS_CHECK_EQ(HsSequence_Contains(rs, odd), 0);
    HsObject *objs[] = {p70,   p71, p65, p69, p10,  r,  m1, r3, one,
                        three, sl,  sub, n70, zero, rn, rs, odd};
    for (size_t i = 0; i < NELEM(objs); i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_iterators_long_and_fast(void) {
    /* reversed(range(2**63 - 3, 2**63 + 2)) goes through longrange_iterator */
    HsObject *p63 = pow2(63), *three = I(3), *two = I(2);
    HsObject *lo = HsNumber_Subtract(p63, three), *hi = HsNumber_Add(p63, two);
    HsObject *a[] = {lo, hi};
    HsObject *r = hs_range_new(a, 2, NULL);
    HsObject *it = HsObject_GetIter(r);
    HS_CHECK(Hs_TYPE(it) == &HsLongRangeIter_Type);
    HsObject *rv = hs_range_reversed(r, NULL);
    HS_CHECK(Hs_TYPE(rv) == &HsLongRangeIter_Type);
    HsObject *hint = hs_rangeiter_length_hint(rv, NULL);
    HS_CHECK(int_is(hint, "5"));
    const char *want[] = {"9223372036854775809", "9223372036854775808", "9223372036854775807",
                          "9223372036854775806", "9223372036854775805"};
    for (int i = 0; i < 5; i++) {
        HS_CHECK(int_is(HsIter_Next(rv), want[i]));
    }
    HS_CHECK(HsIter_Next(rv) == NULL && !HsErr_Occurred());
    /* C-long ranges use range_iterator, with __length_hint__ */
    HsObject *small = rng(0, 3, 1);
    HsObject *fit = HsObject_GetIter(small);
    HS_CHECK(Hs_TYPE(fit) == &HsRangeIter_Type);
    HS_CHECK(int_is(hs_rangeiter_length_hint(fit, NULL), "3"));
    HsObject *x = HsIter_Next(fit);
    HS_CHECK(int_is(x, "0"));
    HS_CHECK(int_is(hs_rangeiter_length_hint(fit, NULL), "2"));
    /* reversed(range(-10, 10, 3)) -> 8, 5, ..., -10 */
    HsObject *r2 = rng(-10, 10, 3);
    HsObject *rv2 = hs_range_reversed(r2, NULL);
    HS_CHECK(Hs_TYPE(rv2) == &HsRangeIter_Type);
    HsObject *l = hs_list_from_iterable(rv2);
    long w2[] = {8, 5, 2, -1, -4, -7, -10};
    HS_CHECK_EQ(Hs_SIZE(l), 7);
    for (int i = 0; i < 7; i++) {
        HS_CHECK_EQ(hs_int_compact_value(HS_LIST_GET(l, i)), w2[i]);
    }
    HsObject *objs[] = {p63, three, two, lo, hi, r, it, rv, small, fit, r2, rv2, l};
    for (size_t i = 0; i < NELEM(objs); i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_negative_step_slices(void) {
    HsObject *r = rng(0, 5, 1);
    HsObject *m1 = I(-1);
    HsObject *sl = HsSlice_New(NULL, NULL, m1);
    HsObject *rev = HsObject_GetItem(r, sl);
    HS_CHECK(str_is(HsObject_Repr(rev), "range(4, -1, -1)"));
    HsObject *z = I(0);
    HsObject *bad = HsSlice_New(NULL, NULL, z);
    HS_CHECK(HsObject_GetItem(r, bad) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "slice step cannot be zero"));
    HsObject *objs[] = {r, m1, sl, rev, z, bad};
    for (size_t i = 0; i < NELEM(objs); i++) {
        Hs_DECREF(objs[i]);
    }
}

/* Debug builds: the second run of each test leaves hs_ref_total where it was. */
static void test_refs_balance(void) {
#if HS_DEBUG_REFS
    hs_test_fn fns[] = {test_cases_against_cpython, test_index_count, test_equality_and_hash,
                        test_constructor_errors,    test_big_ranges,  test_iterators_long_and_fast,
                        test_negative_step_slices};
    for (size_t i = 0; i < NELEM(fns); i++) {
        fns[i]();
        Hs_ssize_t before = hs_ref_total;
        fns[i]();
        if (hs_ref_total != before) {
            printf("  test #%zu leaks %zd references\n", i, hs_ref_total - before);
        }
        HS_CHECK_EQ(hs_ref_total, before);
    }
#endif
}

HS_TEST_MAIN(test_size_and_types, test_cases_against_cpython, test_index_count,
             test_equality_and_hash, test_constructor_errors, test_big_ranges,
             test_iterators_long_and_fast, test_negative_step_slices, test_refs_balance)
