/* The slice object against CPython 3.11: size and tracking, the one-slice cache, repr,
 * comparison as tuples, unhashability, the constructor's argument errors, and
 * hs_slice_unpack + hs_slice_adjust_indices and slice.indices() on ~4800 (start, stop,
 * step, len) combinations whose answers come from python3's slice.indices
 * (tools/gen_list_vectors.py), plus the error messages. */
#include "hs_test.h"
#include "support/seqcheck.h"
#include "data/list_vectors.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_range.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdio.h>
#include <string.h>

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static HsObject *opt(long v) {
    return v == HS_NONE_IDX ? Hs_NewRef(Hs_None) : HsLong_FromLong(v);
}

static HsObject *slice3(long a, long b, long c) {
    HsObject *x = opt(a), *y = opt(b), *z = opt(c);
    HsObject *s = HsSlice_New(x, y, z);
    Hs_DECREF(x);
    Hs_DECREF(y);
    Hs_DECREF(z);
    return s;
}

static void test_size_tracking_and_cache(void) {
    HsObject *s = slice3(1, 2, HS_NONE_IDX);
    HS_CHECK_EQ(HsSlice_Type.tp_basicsize + 16, 56); /* sys.getsizeof(slice(1, 2)) */
    HS_CHECK(hs_gc_is_tracked(s));
    void *addr = s;
    Hs_DECREF(s);
    HsObject *t = HsSlice_New(NULL, NULL, NULL); /* reuses the cached slice */
    HS_CHECK((void *)t == addr);
    HS_CHECK(((HsSliceObject *)t)->start == Hs_None && ((HsSliceObject *)t)->stop == Hs_None &&
             ((HsSliceObject *)t)->step == Hs_None);
    Hs_DECREF(t);
}

static void test_repr(void) {
    HsObject *s = slice3(1, HS_NONE_IDX, HS_NONE_IDX);
    HS_CHECK(repr_is(s, "slice(1, None, None)"));
    HsObject *t = slice3(-5, 10, 2);
    HS_CHECK(repr_is(t, "slice(-5, 10, 2)"));
    HsObject *u = HsSlice_New(Hs_True, Hs_False, NULL);
    HS_CHECK(repr_is(u, "slice(True, False, None)"));
    Hs_DECREF(s);
    Hs_DECREF(t);
    Hs_DECREF(u);
}

static void test_compare_and_hash(void) {
    HsObject *a = slice3(1, 2, HS_NONE_IDX), *b = slice3(1, 3, HS_NONE_IDX);
    HsObject *c = slice3(1, 2, HS_NONE_IDX);
    HS_CHECK(HsObject_RichCompareBool(a, b, HS_LT) == 1); /* slice(1,2) < slice(1,3) */
    HS_CHECK(HsObject_RichCompareBool(a, c, HS_EQ) == 1);
    HS_CHECK(HsObject_RichCompareBool(a, c, HS_NE) == 0);
    HS_CHECK(HsObject_RichCompareBool(b, a, HS_GE) == 1);
    HS_CHECK(HsObject_RichCompareBool(a, a, HS_LE) == 1);
    HS_CHECK(HsObject_Hash(a) == -1 && raised(HsExc_TypeError, "unhashable type: 'slice'"));
    HsObject *n = slice3(HS_NONE_IDX, 2, HS_NONE_IDX);
    HS_CHECK(HsObject_RichCompareBool(a, n, HS_LT) == -1);
    HS_CHECK(raised(HsExc_TypeError, NULL)); /* int < None */
    Hs_DECREF(a);
    Hs_DECREF(b);
    Hs_DECREF(c);
    Hs_DECREF(n);
}

static void test_constructor(void) {
    HsObject *e = HsTuple_New(0);
    HS_CHECK(hs_slice_tp_new(&HsSlice_Type, e, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "slice expected at least 1 argument, got 0"));
    HsObject *four = HsTuple_Pack(4, Hs_None, Hs_None, Hs_None, Hs_None);
    HS_CHECK(hs_slice_tp_new(&HsSlice_Type, four, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "slice expected at most 3 arguments, got 4"));
    HsObject *five = HsLong_FromLong(5);
    HsObject *one = HsTuple_Pack(1, five);
    HsObject *s = hs_slice_tp_new(&HsSlice_Type, one, NULL); /* slice(5): stop only */
    HS_CHECK(s != NULL && ((HsSliceObject *)s)->stop == five);
    HS_CHECK(((HsSliceObject *)s)->start == Hs_None);
    HS_CHECK(repr_is(s, "slice(None, 5, None)"));
    Hs_DECREF(s);
    Hs_DECREF(one);
    Hs_DECREF(five);
    Hs_DECREF(four);
    Hs_DECREF(e);
}

static void test_unpack_adjust_against_cpython(void) {
    long n = 0;
    for (size_t c = 0; c < NELEM(slice_cases); c++) {
        const long *k = slice_cases[c];
        HsObject *s = slice3(k[0], k[1], k[2]);
        Hs_ssize_t start, stop, step;
        HS_CHECK(hs_slice_unpack(s, &start, &stop, &step) == 0);
        Hs_ssize_t len = hs_slice_adjust_indices(k[3], &start, &stop, step);
        if (start != k[4] || stop != k[5] || step != k[6] || len != k[7]) {
            printf("  slice(%ld, %ld, %ld) len %ld: %zd %zd %zd %zd\n", k[0], k[1], k[2], k[3],
                   start, stop, step, len);
            HS_CHECK(0);
        }
        Hs_DECREF(s);
        n++;
    }
    HS_CHECK(n > 4000);
}

static void test_indices_method_against_cpython(void) {
    for (size_t c = 0; c < NELEM(slice_cases); c += 7) {
        const long *k = slice_cases[c];
        HsObject *s = slice3(k[0], k[1], k[2]);
        HsObject *len = HsLong_FromLong(k[3]);
        HsObject *t = hs_slice_indices(s, len);
        HS_CHECK(t != NULL && Hs_SIZE(t) == 3);
        for (int i = 0; i < 3; i++) {
            HS_CHECK_EQ(hs_int_compact_value(HS_TUPLE_GET(t, i)), k[4 + i]);
        }
        Hs_DECREF(t);
        Hs_DECREF(len);
        Hs_DECREF(s);
    }
}

static void test_errors(void) {
    HsObject *z = slice3(1, 2, 0);
    Hs_ssize_t a, b, c;
    HS_CHECK(hs_slice_unpack(z, &a, &b, &c) == -1);
    HS_CHECK(raised(HsExc_ValueError, "slice step cannot be zero"));
    HsObject *five = HsLong_FromLong(5), *m1 = HsLong_FromLong(-1);
    HS_CHECK(hs_slice_indices(z, five) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "slice step cannot be zero"));
    HsObject *ok = slice3(1, 2, 3);
    HS_CHECK(hs_slice_indices(ok, m1) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "length should not be negative"));
    HS_CHECK(hs_slice_indices(ok, Hs_None) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "'NoneType' object cannot be interpreted as an integer"));
    HsObject *str = HsUnicode_FromString("a");
    HsObject *bad = HsSlice_New(str, NULL, NULL);
    HS_CHECK(hs_slice_unpack(bad, &a, &b, &c) == -1);
    HS_CHECK(raised(HsExc_TypeError,
                    "slice indices must be integers or None or have an __index__ method"));
    HS_CHECK(hs_slice_indices(bad, five) == NULL);
    HS_CHECK(raised(HsExc_TypeError,
                    "slice indices must be integers or None or have an __index__ method"));
    /* huge indices are clamped by unpack */
    HsObject *big = HsNumber_Multiply(five, five);
    for (int i = 0; i < 5; i++) {
        Hs_SETREF(big, HsNumber_Multiply(big, big)); /* 5**64 */
    }
    HsObject *nbig = HsNumber_Negative(big);
    HsObject *hb = HsSlice_New(nbig, big, NULL);
    HS_CHECK(hs_slice_unpack(hb, &a, &b, &c) == 0);
    HS_CHECK(a == -HS_SSIZE_T_MAX - 1 && b == HS_SSIZE_T_MAX && c == 1);
    HS_CHECK_EQ(hs_slice_adjust_indices(10, &a, &b, c), 10);
    HsObject *objs[] = {z, five, m1, ok, str, bad, big, nbig, hb};
    for (size_t i = 0; i < NELEM(objs); i++) {
        Hs_DECREF(objs[i]);
    }
}

HS_TEST_MAIN(test_size_tracking_and_cache, test_repr, test_compare_and_hash, test_constructor,
             test_unpack_adjust_against_cpython, test_indices_method_against_cpython, test_errors)
