/* The list object against CPython 3.11: getsizeof through append/pop/insert/extend growth
 * and shrinking (figures from tools/gen_list_vectors.py), literal/concat/repeat/copy sizes,
 * the free list, tracking, every method with its error messages, indexing and slicing
 * (simple and extended, get/set/del), concatenation and repetition, comparison, repr with
 * recursion and depth, the iterators, and refcount balance in debug builds. The sort has
 * its own file (test_list_sort.c). */
#include "hs_test.h"
#include "support/seqcheck.h"
#include "data/list_vectors.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_dict.h"
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

#define GETSIZEOF(l) HS_LIST_GETSIZEOF(l)
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* ==== helpers ==== */

static HsObject *I(long v) {
    return HsLong_FromLong(v);
}

/* A list of the n given ints, built by appending. */
static HsObject *ints(int n, const long *v) {
    HsObject *l = HsList_New(0);
    for (int i = 0; i < n; i++) {
        HsObject *x = I(v[i]);
        HsList_Append(l, x);
        Hs_DECREF(x);
    }
    return l;
}

/* list(range(n)) built with HsList_New (exact). */
static HsObject *range_list(long n) {
    HsObject *l = HsList_New(n);
    for (long i = 0; i < n; i++) {
        HS_LIST_SET(l, i, I(i));
    }
    return l;
}

/* The list's ints joined by commas, into buf. */
static const char *dump(HsObject *l, char *buf, size_t cap) {
    size_t len = 0;
    buf[0] = 0;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(l); i++) {
        len += (size_t)snprintf(buf + len, cap - len, "%s%ld", i ? "," : "",
                                hs_int_compact_value(HS_LIST_GET(l, i)));
    }
    return buf;
}

static int is_int(HsObject *o, long v) {
    return o != NULL && HsLong_Check(o) && hs_int_compact_value(o) == v;
}

static HsObject *slice3(long a, long b, long c) {
    HsObject *x = a == HS_NONE_IDX ? Hs_NewRef(Hs_None) : I(a);
    HsObject *y = b == HS_NONE_IDX ? Hs_NewRef(Hs_None) : I(b);
    HsObject *z = c == HS_NONE_IDX ? Hs_NewRef(Hs_None) : I(c);
    HsObject *s = HsSlice_New(x, y, z);
    Hs_DECREF(x);
    Hs_DECREF(y);
    Hs_DECREF(z);
    return s;
}

/* o[k] = v (v NULL: del o[k]) through the mapping slot (abstract.c has no SetItem yet). */
static int set_item(HsObject *o, HsObject *k, HsObject *v) {
    return Hs_TYPE(o)->tp_as_mapping->mp_ass_subscript(o, k, v);
}

/* Refcount balance is checked by test_refs_balance: each test runs once to fill the
 * one-time caches (one-character strings, interned names), then again measured. */

/* ==== sizes ==== */

static void test_literal_sizes(void) {
    /* sys.getsizeof([]), [1], [1, 2, 3]: BUILD_LIST allocates exactly */
    long want[] = {56, 64, 72, 80, 88};
    for (int n = 0; n < 5; n++) {
        HsObject *l = range_list(n);
        HS_CHECK_EQ(GETSIZEOF(l), want[n]);
        HS_CHECK_EQ(HsList_Size(l), n);
        Hs_DECREF(l);
    }
}

static void test_append_growth_matches_cpython(void) {
    HsObject *l = HsList_New(0);
    for (size_t i = 0; i < NELEM(append_sizes); i++) {
        HS_CHECK_EQ(GETSIZEOF(l), append_sizes[i]);
        HsObject *x = I((long)i);
        HS_CHECK(HsList_Append(l, x) == 0);
        Hs_DECREF(x);
    }
    /* pop from the end shrinks when the size drops under half the allocation */
    for (size_t i = 0; i < NELEM(pop_sizes); i++) {
        HsObject *v = hs_list_pop(l, NULL, 0);
        HS_CHECK(v != NULL);
        Hs_DECREF(v);
        HS_CHECK_EQ(GETSIZEOF(l), pop_sizes[i]);
    }
    Hs_DECREF(l);
}

static void test_append_growth_first_steps(void) {
    /* the figures the brief quotes: 88 x4, 120 x4, 184 x8, 248 */
    long want[] = {88, 88, 88, 88, 120, 120, 120, 120, 184, 184, 184, 184, 184, 184, 184, 184, 248};
    HsObject *l = HsList_New(0);
    for (size_t i = 0; i < NELEM(want); i++) {
        HsList_Append(l, Hs_None);
        HS_CHECK_EQ(GETSIZEOF(l), want[i]);
    }
    Hs_DECREF(l);
}

static void test_insert_growth(void) {
    HsObject *l = HsList_New(0);
    for (size_t i = 0; i < NELEM(insert_sizes); i++) {
        HsObject *x = I((long)i);
        HS_CHECK(HsList_Insert(l, 0, x) == 0);
        Hs_DECREF(x);
        HS_CHECK_EQ(GETSIZEOF(l), insert_sizes[i]);
    }
    HS_CHECK(is_int(HS_LIST_GET(l, 0), 99) && is_int(HS_LIST_GET(l, 99), 0));
    Hs_DECREF(l);
}

static void test_extend_sizes(void) {
    for (size_t c = 0; c < NELEM(extend_sizes); c++) {
        HsObject *a = HsList_New(0);
        for (long i = 0; i < extend_sizes[c][0]; i++) {
            HsList_Append(a, Hs_None);
        }
        HsObject *b = range_list(extend_sizes[c][1]);
        HS_CHECK(hs_list_extend(a, b) == 0);
        HS_CHECK_EQ(Hs_SIZE(a), extend_sizes[c][0] + extend_sizes[c][1]);
        HS_CHECK_EQ(GETSIZEOF(a), extend_sizes[c][2]);
        Hs_DECREF(a);
        Hs_DECREF(b);
    }
}

static void test_constructor_sizes(void) {
    HsObject *ten = I(10), *five = I(5);
    HsObject *r10 = hs_range_new(&ten, 1, NULL);
    HsObject *l = hs_list_from_iterable(r10); /* list(range(10)) */
    HS_CHECK_EQ(GETSIZEOF(l), 136);
    HsObject *l3 = range_list(3);
    HsObject *c = hs_list_from_iterable(l3); /* list([0, 1, 2]): rounded up to even */
    HS_CHECK_EQ(GETSIZEOF(c), 88);
    HsObject *it = HsObject_GetIter(l3);
    HsObject *d = hs_list_from_iterable(it); /* list(iter([0, 1, 2])): hint 3 */
    HS_CHECK_EQ(GETSIZEOF(d), 88);
    HsObject *e = hs_list_from_iterable(NULL);
    HS_CHECK_EQ(GETSIZEOF(e), 56);
    HsObject *rv = hs_list_reversed(l, NULL);
    HsObject *f = hs_list_from_iterable(rv);
    HS_CHECK_EQ(GETSIZEOF(f), 136);
    HS_CHECK(is_int(HS_LIST_GET(f, 0), 9));
    /* a = [] ; a += range(5) -> 104; a = [1,2,3]; a.extend(iter(9 items)) -> 152 */
    HsObject *g = HsList_New(0), *r5 = hs_range_new(&five, 1, NULL);
    HsObject *res = Hs_TYPE(g)->tp_as_sequence->sq_inplace_concat(g, r5);
    HS_CHECK(res == g);
    Hs_DECREF(res);
    HS_CHECK_EQ(GETSIZEOF(g), 104);
    HsObject *h = range_list(3), *nine = range_list(9), *it9 = HsObject_GetIter(nine);
    HS_CHECK(hs_list_extend(h, it9) == 0);
    HS_CHECK_EQ(GETSIZEOF(h), 152);
    HsObject *objs[] = {r10, l, l3, it, c, d, e, rv, f, g, r5, h, nine, it9, ten, five};
    for (size_t i = 0; i < NELEM(objs); i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_concat_repeat_copy_sizes(void) {
    HsObject *a = range_list(1), *b = range_list(1), *c = range_list(3);
    HsObject *ab = Hs_TYPE(a)->tp_as_sequence->sq_concat(a, b);
    HS_CHECK_EQ(GETSIZEOF(ab), 72);
    HsObject *c2 = Hs_TYPE(c)->tp_as_sequence->sq_repeat(c, 2);
    HS_CHECK_EQ(GETSIZEOF(c2), 104);
    HsObject *cc = hs_list_copy(c, NULL);
    HS_CHECK_EQ(GETSIZEOF(cc), 80);
    HsObject *c0 = Hs_TYPE(c)->tp_as_sequence->sq_repeat(c, -3);
    HS_CHECK_EQ(GETSIZEOF(c0), 56);
    /* a = list(range(10)) (exact); a *= 3 -> 312; a *= 0 -> 56 */
    HsObject *t = range_list(10);
    HS_CHECK_EQ(GETSIZEOF(t), 136);
    HsObject *r = Hs_TYPE(t)->tp_as_sequence->sq_inplace_repeat(t, 3);
    HS_CHECK(r == t && Hs_SIZE(t) == 30 && is_int(HS_LIST_GET(t, 29), 9));
    HS_CHECK_EQ(GETSIZEOF(t), 312);
    Hs_DECREF(r);
    r = Hs_TYPE(t)->tp_as_sequence->sq_inplace_repeat(t, 0);
    HS_CHECK_EQ(GETSIZEOF(t), 56);
    Hs_DECREF(r);
    HsObject *objs[] = {a, b, c, ab, c2, cc, c0, t};
    for (size_t i = 0; i < NELEM(objs); i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_free_list_reuse(void) {
    hs_list_freelist_clear();
    HS_CHECK_EQ(hs_list_freelist_count(), 0);
    HsObject *a = HsList_New(0);
    void *addr = a;
    Hs_DECREF(a);
    HS_CHECK_EQ(hs_list_freelist_count(), 1);
    HsObject *b = HsList_New(2);
    HS_CHECK(b == addr); /* id() reuse, as CPython */
    HS_CHECK_EQ(hs_list_freelist_count(), 0);
    HS_CHECK(hs_gc_is_tracked(b));
    Hs_DECREF(b);
    /* at most 80 kept */
    HsObject *many[100];
    for (int i = 0; i < 100; i++) {
        many[i] = HsList_New(0);
    }
    for (int i = 0; i < 100; i++) {
        Hs_DECREF(many[i]);
    }
    HS_CHECK_EQ(hs_list_freelist_count(), HS_LIST_MAXFREELIST);
    HS_CHECK_EQ(HS_LIST_MAXFREELIST, 80);
    /* list() through tp_new does not use the free list (CPython: PyType_GenericAlloc) */
    HsObject *args = HsTuple_New(0);
    HsObject *c = hs_list_tp_new(&HsList_Type, args, NULL);
    HS_CHECK_EQ(hs_list_freelist_count(), 80);
    HS_CHECK(hs_gc_is_tracked(c));
    Hs_DECREF(c);
    Hs_DECREF(args);
}

static void test_always_tracked(void) {
    HsObject *l = HsList_New(0);
    HS_CHECK(hs_gc_is_tracked(l));
    HsList_Append(l, Hs_None);
    HS_CHECK(hs_gc_is_tracked(l));
    HS_CHECK_EQ(Hs_TYPE(l)->tp_basicsize, 40);
    Hs_DECREF(l);
}

/* ==== C API ==== */

static void test_capi_get_set_item(void) {
    HsObject *l = range_list(3);
    HsObject *x = HsList_GetItem(l, 2);
    HS_CHECK(is_int(x, 2));
    HS_CHECK(HsList_GetItem(l, 3) == NULL && raised(HsExc_IndexError, "list index out of range"));
    HS_CHECK(HsList_GetItem(l, -1) == NULL && raised(HsExc_IndexError, NULL));
    HS_CHECK(HsList_SetItem(l, 1, I(42)) == 0);
    HS_CHECK(is_int(HS_LIST_GET(l, 1), 42));
    HS_CHECK(HsList_SetItem(l, 5, I(1000)) == -1);
    HS_CHECK(raised(HsExc_IndexError, "list assignment index out of range"));
    HS_CHECK(HsList_Size(Hs_None) == -1 && raised(HsExc_SystemError, NULL));
    HsObject *t = HsList_AsTuple(l);
    HS_CHECK(HsTuple_CheckExact(t) && Hs_SIZE(t) == 3 && is_int(HS_TUPLE_GET(t, 1), 42));
    HsObject *s = HsList_GetSlice(l, -5, 2);
    HS_CHECK(Hs_SIZE(s) == 2 && is_int(HS_LIST_GET(s, 0), 0));
    HS_CHECK(HsList_SetSlice(l, 0, 2, NULL) == 0 && Hs_SIZE(l) == 1);
    HS_CHECK(HsList_SetSlice(l, 1, 1, s) == 0 && Hs_SIZE(l) == 3);
    HS_CHECK(HsList_Reverse(l) == 0 && is_int(HS_LIST_GET(l, 0), 42));
    HS_CHECK(HsList_Sort(l) == 0 && is_int(HS_LIST_GET(l, 2), 42));
    Hs_DECREF(t);
    Hs_DECREF(s);
    Hs_DECREF(l);
}

static void test_init_clears_then_extends(void) {
    HsObject *l = range_list(5);
    HsObject *src = range_list(2);
    HsObject *args = HsTuple_Pack(1, src);
    HS_CHECK(hs_list_tp_init(l, args, NULL) == 0);
    char buf[64];
    HS_CHECK(strcmp(dump(l, buf, sizeof buf), "0,1") == 0);
    HsObject *two = HsTuple_Pack(2, src, src);
    HS_CHECK(hs_list_tp_init(l, two, NULL) == -1);
    HS_CHECK(raised(HsExc_TypeError, "list expected at most 1 argument, got 2"));
    HsObject *kw = HsDict_New(), *kname = HsUnicode_FromString("x");
    HsDict_SetItem(kw, kname, src);
    HS_CHECK(hs_list_tp_init(l, args, kw) == -1);
    HS_CHECK(raised(HsExc_TypeError, "list() takes no keyword arguments"));
    Hs_DECREF(kw);
    Hs_DECREF(kname);
    HsObject *bad = HsTuple_Pack(1, Hs_None);
    HS_CHECK(hs_list_tp_init(l, bad, NULL) == -1);
    HS_CHECK(raised(HsExc_TypeError, "'NoneType' object is not iterable"));
    Hs_DECREF(bad);
    Hs_DECREF(two);
    Hs_DECREF(args);
    Hs_DECREF(src);
    Hs_DECREF(l);
}

/* ==== methods ==== */

static void test_insert_method(void) {
    HsObject *l = range_list(3);
    HsObject *a1[] = {I(-100), I(7)};
    HS_CHECK(hs_list_insert(l, a1, 2) == Hs_None);
    Hs_DECREF(Hs_None);
    HsObject *a2[] = {I(100), I(8)};
    HsObject *r = hs_list_insert(l, a2, 2);
    Hs_DECREF(r);
    HsObject *a3[] = {I(-1), I(9)};
    r = hs_list_insert(l, a3, 2);
    Hs_DECREF(r);
    char buf[64];
    HS_CHECK(strcmp(dump(l, buf, sizeof buf), "7,0,1,2,9,8") == 0);
    HS_CHECK(hs_list_insert(l, a1, 1) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "insert expected 2 arguments, got 1"));
    HsObject *a4[] = {Hs_None, I(1)};
    HS_CHECK(hs_list_insert(l, a4, 2) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "'NoneType' object cannot be interpreted as an integer"));
    HsObject *objs[] = {a1[0], a1[1], a2[0], a2[1], a3[0], a3[1], a4[1], l};
    for (size_t i = 0; i < NELEM(objs); i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_pop_method(void) {
    HsObject *l = range_list(5);
    HsObject *v = hs_list_pop(l, NULL, 0);
    HS_CHECK(is_int(v, 4));
    Hs_DECREF(v);
    HsObject *i0[] = {I(0)}, *im[] = {I(-2)}, *ib[] = {I(2)}, *ih[] = {I(7)};
    v = hs_list_pop(l, i0, 1);
    HS_CHECK(is_int(v, 0));
    Hs_DECREF(v);
    v = hs_list_pop(l, im, 1); /* [1, 2, 3] -> 2 */
    HS_CHECK(is_int(v, 2));
    Hs_DECREF(v);
    HS_CHECK(hs_list_pop(l, ih, 1) == NULL && raised(HsExc_IndexError, "pop index out of range"));
    HsObject *two[] = {ib[0], ib[0]};
    HS_CHECK(hs_list_pop(l, two, 2) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "pop expected at most 1 argument, got 2"));
    HsObject *huge = HsNumber_Multiply(ih[0], ih[0]);
    for (int k = 0; k < 5; k++) {
        Hs_SETREF(huge, HsNumber_Multiply(huge, huge)); /* 7**64 > 2**63 */
    }
    HS_CHECK(hs_list_pop(l, &huge, 1) == NULL);
    HS_CHECK(raised(HsExc_OverflowError, "Python int too large to convert to C ssize_t"));
    HsObject *e = HsList_New(0);
    HS_CHECK(hs_list_pop(e, NULL, 0) == NULL && raised(HsExc_IndexError, "pop from empty list"));
    HsObject *objs[] = {i0[0], im[0], ib[0], ih[0], huge, e, l};
    for (size_t i = 0; i < NELEM(objs); i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_remove_count_index(void) {
    long v[] = {1, 2, 3, 2, 1, 2};
    HsObject *l = ints(6, v);
    HsObject *two = I(2), *five = I(5);
    HsObject *c = hs_list_count(l, two);
    HS_CHECK(is_int(c, 3));
    Hs_DECREF(c);
    HsObject *r = hs_list_remove(l, two);
    HS_CHECK(r == Hs_None);
    Hs_DECREF(r);
    char buf[64];
    HS_CHECK(strcmp(dump(l, buf, sizeof buf), "1,3,2,1,2") == 0);
    HS_CHECK(hs_list_remove(l, five) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "list.remove(x): x not in list"));
    HsObject *a1[] = {two};
    HsObject *idx = hs_list_index(l, a1, 1);
    HS_CHECK(is_int(idx, 2));
    Hs_DECREF(idx);
    HsObject *s3 = I(3), *sm1 = I(-1);
    HsObject *a2[] = {two, s3};
    idx = hs_list_index(l, a2, 2);
    HS_CHECK(is_int(idx, 4));
    Hs_DECREF(idx);
    HsObject *a3[] = {two, s3, sm1};
    HS_CHECK(hs_list_index(l, a3, 3) == NULL && raised(HsExc_ValueError, "2 is not in list"));
    HsObject *a4[] = {Hs_None};
    HS_CHECK(hs_list_index(l, a4, 1) == NULL && raised(HsExc_ValueError, "None is not in list"));
    HS_CHECK(hs_list_index(l, a4, 0) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "index expected at least 1 argument, got 0"));
    HsObject *a5[] = {two, Hs_None};
    HS_CHECK(hs_list_index(l, a5, 2) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "slice indices must be integers or have an __index__ method"));
    Hs_DECREF(two);
    Hs_DECREF(five);
    Hs_DECREF(s3);
    Hs_DECREF(sm1);
    Hs_DECREF(l);
}

static void test_index_not_in_list_message(void) {
    HsObject *l = range_list(3);
    HsObject *a[] = {Hs_None};
    HS_CHECK(hs_list_index(l, a, 1) == NULL);
    HsObject *exc = HsErr_GetRaisedException();
    HS_CHECK(exc != NULL && HsErr_GivenExceptionMatches(exc, HsExc_ValueError));
    Hs_DECREF(exc);
    /* negative start below -len clamps to 0, as CPython */
    HsObject *zero = I(0);
    HsObject *a2[] = {zero, I(-100)};
    HsObject *r = hs_list_index(l, a2, 2);
    HS_CHECK(is_int(r, 0));
    Hs_DECREF(r);
    Hs_DECREF(a2[1]);
    Hs_DECREF(zero);
    Hs_DECREF(l);
}

static void test_clear_copy_reverse(void) {
    HsObject *l = range_list(5);
    HsObject *c = hs_list_copy(l, NULL);
    HsObject *r = hs_list_reverse(l, NULL);
    Hs_DECREF(r);
    char buf[64];
    HS_CHECK(strcmp(dump(l, buf, sizeof buf), "4,3,2,1,0") == 0);
    HS_CHECK(strcmp(dump(c, buf, sizeof buf), "0,1,2,3,4") == 0);
    r = hs_list_clear(l, NULL);
    Hs_DECREF(r);
    HS_CHECK(Hs_SIZE(l) == 0 && GETSIZEOF(l) == 56 && HS_LIST_ITEMS(l) == NULL);
    HsObject *sz = hs_list_sizeof_meth(c, NULL);
    HS_CHECK(is_int(sz, 80)); /* [].__sizeof__ is 40 + 8 per slot */
    Hs_DECREF(sz);
    Hs_DECREF(c);
    Hs_DECREF(l);
}

static void test_extend_any_iterable_and_errors(void) {
    HsObject *l = range_list(2);
    HS_CHECK(hs_list_extend(l, l) == 0 && Hs_SIZE(l) == 4); /* a.extend(a) */
    HsObject *t = HsTuple_Pack(2, Hs_None, Hs_True);
    HS_CHECK(hs_list_extend(l, t) == 0 && Hs_SIZE(l) == 6 && HS_LIST_GET(l, 5) == Hs_True);
    HS_CHECK(hs_list_extend(l, Hs_None) == -1);
    HS_CHECK(raised(HsExc_TypeError, "'NoneType' object is not iterable"));
    HsObject *r = Hs_TYPE(l)->tp_as_sequence->sq_inplace_concat(l, Hs_None);
    HS_CHECK(r == NULL && raised(HsExc_TypeError, "'NoneType' object is not iterable"));
    Hs_DECREF(t);
    Hs_DECREF(l);
}

/* ==== indexing and slicing ==== */

static void test_subscript_errors(void) {
    HsObject *l = range_list(3);
    HsObject *m3 = I(-3), *p3 = I(3);
    HsObject *v = HsObject_GetItem(l, m3);
    HS_CHECK(is_int(v, 0));
    Hs_DECREF(v);
    HS_CHECK(HsObject_GetItem(l, p3) == NULL &&
             raised(HsExc_IndexError, "list index out of range"));
    HsObject *s = HsUnicode_FromString("a");
    HS_CHECK(HsObject_GetItem(l, s) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "list indices must be integers or slices, not str"));
    HsMappingMethods *mp = Hs_TYPE(l)->tp_as_mapping;
    HS_CHECK(mp->mp_ass_subscript(l, p3, Hs_None) == -1);
    HS_CHECK(raised(HsExc_IndexError, "list assignment index out of range"));
    HS_CHECK(mp->mp_ass_subscript(l, s, Hs_None) == -1);
    HS_CHECK(raised(HsExc_TypeError, "list indices must be integers or slices, not str"));
    HsObject *big = HsNumber_Multiply(p3, p3);
    for (int k = 0; k < 6; k++) {
        Hs_SETREF(big, HsNumber_Multiply(big, big));
    }
    HS_CHECK(HsObject_GetItem(l, big) == NULL);
    HS_CHECK(raised(HsExc_IndexError, "cannot fit 'int' into an index-sized integer"));
    HS_CHECK(mp->mp_ass_subscript(l, m3, NULL) == 0 && Hs_SIZE(l) == 2); /* del l[-3] */
    HsObject *z = slice3(HS_NONE_IDX, HS_NONE_IDX, 0);
    HS_CHECK(HsObject_GetItem(l, z) == NULL &&
             raised(HsExc_ValueError, "slice step cannot be zero"));
    HsObject *sn = HsSlice_New(s, NULL, NULL);
    HS_CHECK(HsObject_GetItem(l, sn) == NULL);
    HS_CHECK(raised(HsExc_TypeError,
                    "slice indices must be integers or None or have an __index__ method"));
    HsObject *objs[] = {l, m3, p3, s, big, z, sn};
    for (size_t i = 0; i < NELEM(objs); i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_get_slices_match_cpython(void) {
    HsObject *l = range_list(10);
    int checked = 0;
    for (size_t c = 0; c < NELEM(slice_cases); c++) {
        const long *k = slice_cases[c];
        if (k[3] != 10) {
            continue;
        }
        HsObject *s = slice3(k[0], k[1], k[2]);
        HsObject *r = HsObject_GetItem(l, s);
        HS_CHECK(r != NULL && HsList_CheckExact(r));
        HS_CHECK_EQ(Hs_SIZE(r), k[7]);
        for (long i = 0; i < k[7]; i++) {
            HS_CHECK(is_int(HS_LIST_GET(r, i), k[4] + i * k[6]));
        }
        HS_CHECK_EQ(GETSIZEOF(r), 56 + 8 * k[7]);
        Hs_DECREF(r);
        Hs_DECREF(s);
        checked++;
    }
    HS_CHECK(checked > 900);
    Hs_DECREF(l);
}

static void test_slice_assignment_matches_cpython(void) {
    char buf[256];
    for (size_t c = 0; c < NELEM(slice_assign_cases); c++) {
        const SliceAssignCase *k = &slice_assign_cases[c];
        HsObject *a = range_list(6);
        HsObject *v = HsList_New(k->k);
        for (long i = 0; i < k->k; i++) {
            HS_LIST_SET(v, i, I(100 + i));
        }
        HsObject *s = slice3(k->i, k->j, HS_NONE_IDX);
        HS_CHECK(set_item(a, s, v) == 0);
        if (strcmp(dump(a, buf, sizeof buf), k->result) != 0) {
            printf("  a[%ld:%ld] = %ld items: %s, want %s\n", k->i, k->j, k->k, buf, k->result);
            HS_CHECK(0);
        }
        HS_CHECK_EQ(GETSIZEOF(a), k->size);
        Hs_DECREF(s);
        Hs_DECREF(v);
        Hs_DECREF(a);
    }
}

static void test_extended_delete_matches_cpython(void) {
    for (size_t c = 0; c < NELEM(del_ext_cases); c++) {
        const long *k = del_ext_cases[c];
        HsObject *a = range_list(8);
        HsObject *s = slice3(k[0], k[1], k[2]);
        HS_CHECK(set_item(a, s, NULL) == 0);
        HS_CHECK_EQ(Hs_SIZE(a), k[3]);
        long bits = 0;
        for (Hs_ssize_t i = 0; i < Hs_SIZE(a); i++) {
            bits |= 1L << hs_int_compact_value(HS_LIST_GET(a, i));
            if (i > 0) { /* order kept */
                HS_CHECK(hs_int_compact_value(HS_LIST_GET(a, i - 1)) <
                         hs_int_compact_value(HS_LIST_GET(a, i)));
            }
        }
        HS_CHECK_EQ(bits, k[4]);
        Hs_DECREF(s);
        Hs_DECREF(a);
    }
}

static void test_extended_assign(void) {
    HsObject *a = range_list(6);
    HsObject *s = slice3(HS_NONE_IDX, HS_NONE_IDX, 2);
    HsObject *v3 = HsTuple_Pack(3, Hs_None, Hs_True, Hs_False);
    HS_CHECK(set_item(a, s, v3) == 0);
    HS_CHECK(HS_LIST_GET(a, 0) == Hs_None && HS_LIST_GET(a, 2) == Hs_True &&
             HS_LIST_GET(a, 4) == Hs_False && is_int(HS_LIST_GET(a, 5), 5));
    HsObject *v2 = HsTuple_Pack(2, Hs_None, Hs_None);
    HS_CHECK(set_item(a, s, v2) == -1);
    HS_CHECK(raised(HsExc_ValueError,
                    "attempt to assign sequence of size 2 to extended slice of size 3"));
    HS_CHECK(set_item(a, s, Hs_None) == -1);
    HS_CHECK(raised(HsExc_TypeError, "must assign iterable to extended slice"));
    HsObject *s1 = slice3(0, 1, HS_NONE_IDX);
    HS_CHECK(set_item(a, s1, Hs_None) == -1);
    HS_CHECK(raised(HsExc_TypeError, "can only assign an iterable"));
    /* a[::-1] = a */
    HsObject *b = range_list(5), *rev = slice3(HS_NONE_IDX, HS_NONE_IDX, -1);
    HS_CHECK(set_item(b, rev, b) == 0);
    char buf[64];
    HS_CHECK(strcmp(dump(b, buf, sizeof buf), "4,3,2,1,0") == 0);
    /* a[1:3] = a */
    HS_CHECK(set_item(b, s1, b) == 0 && Hs_SIZE(b) == 9);
    HS_CHECK(strcmp(dump(b, buf, sizeof buf), "4,3,2,1,0,3,2,1,0") == 0);
    /* s[5:2:1]-style: a[4:1] = [x] inserts at 4 (simple slice) */
    HsObject *objs[] = {a, s, v3, v2, s1, b, rev};
    for (size_t i = 0; i < NELEM(objs); i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_concat_repeat_errors(void) {
    HsObject *l = range_list(1);
    HsObject *one = I(1);
    HS_CHECK(Hs_TYPE(l)->tp_as_sequence->sq_concat(l, one) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "can only concatenate list (not \"int\") to list"));
    HsObject *t = HsTuple_New(0);
    HS_CHECK(Hs_TYPE(l)->tp_as_sequence->sq_concat(l, t) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "can only concatenate list (not \"tuple\") to list"));
    HS_CHECK(Hs_TYPE(l)->tp_as_sequence->sq_repeat(l, HS_SSIZE_T_MAX) == NULL);
    HS_CHECK(raised(HsExc_MemoryError, NULL));
    Hs_DECREF(t);
    Hs_DECREF(one);
    Hs_DECREF(l);
}

/* ==== comparison, contains, hash ==== */

static void test_compare_and_contains(void) {
    long a12[] = {1, 2}, a123[] = {1, 2, 3}, a13[] = {1, 3}, a129[] = {1, 2, 9};
    HsObject *x = ints(2, a12), *y = ints(3, a123), *z = ints(2, a13), *w = ints(3, a129);
    HS_CHECK(HsObject_RichCompareBool(x, y, HS_LT) == 1);
    HS_CHECK(HsObject_RichCompareBool(z, w, HS_GT) == 1);
    HS_CHECK(HsObject_RichCompareBool(x, x, HS_EQ) == 1);
    HS_CHECK(HsObject_RichCompareBool(x, y, HS_EQ) == 0);
    HS_CHECK(HsObject_RichCompareBool(y, w, HS_NE) == 1);
    HS_CHECK(HsObject_RichCompareBool(y, w, HS_LE) == 1);
    HsObject *e1 = HsList_New(0), *e2 = HsList_New(0);
    HS_CHECK(HsObject_RichCompareBool(e1, e2, HS_LT) == 0);
    HS_CHECK(HsObject_RichCompareBool(e1, e2, HS_EQ) == 1);
    HsObject *nine = I(9), *four = I(4);
    HS_CHECK(HsSequence_Contains(w, nine) == 1);
    HS_CHECK(HsSequence_Contains(w, four) == 0);
    HS_CHECK(HsObject_Hash(x) == -1 && raised(HsExc_TypeError, "unhashable type: 'list'"));
    HsObject *objs[] = {x, y, z, w, e1, e2, nine, four};
    for (size_t i = 0; i < NELEM(objs); i++) {
        Hs_DECREF(objs[i]);
    }
}

/* ==== repr ==== */

static void test_repr_nested_and_recursive(void) {
    HsObject *e = HsList_New(0);
    HS_CHECK(repr_is(e, "[]"));
    HsObject *in = HsList_New(0);
    HsList_Append(in, Hs_False);
    HsList_Append(in, e);
    HsObject *l = HsList_New(0);
    HsList_Append(l, Hs_None);
    HsList_Append(l, Hs_True);
    HsList_Append(l, in);
    HS_CHECK(repr_is(l, "[None, True, [False, []]]"));
    HsList_Append(l, l); /* l.append(l) */
    HS_CHECK(repr_is(l, "[None, True, [False, []], [...]]"));
    HsList_Append(in, l);
    HS_CHECK(repr_is(in, "[False, [], [None, True, [...], [...]]]"));
    /* break the cycles and free */
    HsObject *r = hs_list_clear(l, NULL);
    Hs_DECREF(r);
    Hs_DECREF(l);
    Hs_DECREF(in);
    Hs_DECREF(e);
}

static void test_deep_nesting_recursion_error_and_free(void) {
    HsObject *top = HsList_New(0);
    HsObject *cur = top;
    for (int i = 0; i < 100000; i++) {
        HsObject *n = HsList_New(0);
        HsList_Append(cur, n);
        Hs_DECREF(n); /* owned by cur */
        cur = n;
    }
    HsObject *r = HsObject_Repr(top);
    HS_CHECK(r == NULL);
    HS_CHECK(raised(HsExc_RecursionError,
                    "maximum recursion depth exceeded while getting the repr of an object"));
    /* a shallow repr still works afterwards (the depth counter was restored) */
    HS_CHECK(repr_is(cur, "[]"));
    Hs_DECREF(top); /* the trashcan keeps the C stack bounded */
    HS_CHECK_EQ(hs_trashcan_nesting(), 0);
}

/* ==== the collector ==== */

static void test_cycles_are_collected(void) {
    hs_gc_collect(2);
    /* l = []; l.append(l); it = iter(l); l.append(it); del l, it -> gc.collect() == 2 */
    HsObject *l = HsList_New(0);
    HsList_Append(l, l);
    HsObject *it = HsObject_GetIter(l);
    HsList_Append(l, it);
    Hs_DECREF(it);
    Hs_DECREF(l);
    HS_CHECK_EQ(hs_gc_collect(2), 2);
    /* a list holding only atoms is never part of garbage */
    HsObject *a = range_list(3);
    HS_CHECK_EQ(hs_gc_collect(2), 0);
    HS_CHECK(hs_gc_is_tracked(a));
    Hs_DECREF(a);
}

/* ==== iterators ==== */

static void test_iterators(void) {
    HsObject *l = range_list(3);
    HsObject *it = HsObject_GetIter(l);
    HS_CHECK(Hs_TYPE(it) == &HsListIter_Type);
    HS_CHECK(strcmp(Hs_TYPE(it)->tp_name, "list_iterator") == 0);
    HS_CHECK_EQ(Hs_TYPE(it)->tp_basicsize + 16, 48); /* sys.getsizeof(iter([])) */
    HsObject *h = hs_listiter_length_hint(it, NULL);
    HS_CHECK(is_int(h, 3));
    Hs_DECREF(h);
    Hs_ssize_t rc = Hs_REFCNT(l);
    for (long i = 0; i < 3; i++) {
        HsObject *x = HsIter_Next(it);
        HS_CHECK(is_int(x, i));
        Hs_DECREF(x);
    }
    HS_CHECK(HsIter_Next(it) == NULL && !HsErr_Occurred());
    HS_CHECK_EQ(Hs_REFCNT(l), rc - 1); /* exhausted: the list was released */
    h = hs_listiter_length_hint(it, NULL);
    HS_CHECK(is_int(h, 0));
    Hs_DECREF(h);
    HsObject *rv = hs_list_reversed(l, NULL);
    HS_CHECK(strcmp(Hs_TYPE(rv)->tp_name, "list_reverseiterator") == 0);
    HsObject *x = HsIter_Next(rv);
    HS_CHECK(is_int(x, 2));
    Hs_DECREF(x);
    HsObject *r = hs_list_clear(l, NULL); /* shrinking under a reverse iterator ends it */
    Hs_DECREF(r);
    h = hs_listiter_length_hint(rv, NULL);
    HS_CHECK(is_int(h, 0));
    Hs_DECREF(h);
    HS_CHECK(HsIter_Next(rv) == NULL && !HsErr_Occurred());
    HS_CHECK(hs_gc_is_tracked(rv));
    Hs_DECREF(rv);
    Hs_DECREF(it);
    Hs_DECREF(l);
}

static void test_method_table_conventions(void) {
    struct {
        const char *name;
        int flags;
    } want[] = {{"append", HS_METH_O},
                {"extend", HS_METH_O},
                {"insert", HS_METH_FASTCALL},
                {"pop", HS_METH_FASTCALL},
                {"remove", HS_METH_O},
                {"index", HS_METH_FASTCALL},
                {"count", HS_METH_O},
                {"clear", HS_METH_NOARGS},
                {"copy", HS_METH_NOARGS},
                {"reverse", HS_METH_NOARGS},
                {"sort", HS_METH_FASTCALL | HS_METH_KEYWORDS},
                {"__reversed__", HS_METH_NOARGS},
                {"__sizeof__", HS_METH_NOARGS},
                {"__getitem__", HS_METH_O | HS_METH_COEXIST}};
    for (size_t i = 0; i < NELEM(want); i++) {
        const HsMethodDef *m = HsList_Type.tp_methods;
        while (m->ml_name != NULL && strcmp(m->ml_name, want[i].name) != 0) {
            m++;
        }
        HS_CHECK(m->ml_name != NULL);
        HS_CHECK_EQ(m->ml_flags, want[i].flags);
    }
    HS_CHECK(HsList_Type.tp_init != NULL && HsList_Type.tp_new != NULL);
}

/* Debug builds: the second run of each test leaves hs_ref_total where it was. */
static void test_refs_balance(void) {
#if HS_DEBUG_REFS
    hs_test_fn fns[] = {test_capi_get_set_item,
                        test_init_clears_then_extends,
                        test_insert_method,
                        test_pop_method,
                        test_remove_count_index,
                        test_clear_copy_reverse,
                        test_extend_any_iterable_and_errors,
                        test_subscript_errors,
                        test_get_slices_match_cpython,
                        test_slice_assignment_matches_cpython,
                        test_extended_delete_matches_cpython,
                        test_extended_assign,
                        test_compare_and_contains,
                        test_repr_nested_and_recursive,
                        test_deep_nesting_recursion_error_and_free,
                        test_iterators,
                        test_constructor_sizes,
                        test_concat_repeat_copy_sizes};
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

HS_TEST_MAIN(test_literal_sizes, test_append_growth_matches_cpython, test_append_growth_first_steps,
             test_insert_growth, test_extend_sizes, test_constructor_sizes,
             test_concat_repeat_copy_sizes, test_free_list_reuse, test_always_tracked,
             test_capi_get_set_item, test_init_clears_then_extends, test_insert_method,
             test_pop_method, test_remove_count_index, test_index_not_in_list_message,
             test_clear_copy_reverse, test_extend_any_iterable_and_errors, test_subscript_errors,
             test_get_slices_match_cpython, test_slice_assignment_matches_cpython,
             test_extended_delete_matches_cpython, test_extended_assign, test_concat_repeat_errors,
             test_compare_and_contains, test_repr_nested_and_recursive,
             test_deep_nesting_recursion_error_and_free, test_iterators,
             test_method_table_conventions, test_cycles_are_collected, test_refs_balance)
