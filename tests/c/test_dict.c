/* The dict core against CPython 3.11: getsizeof after each growth step for str and int
 * keys (and of copies), the str-to-general conversion, deletion and re-insertion, CPython's
 * tracking rules, KeyError with tuple keys, 1 == True as keys, int hashes, ordering,
 * collection of dict cycles and untracking in full collections. Figures from python3. */
#include "hs_test.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "support/testnode.h"

#include <stdio.h>

#define GC_HEAD 16

static HsObject *str_of(long i) {
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", i);
    return HsUnicode_FromString(buf);
}

/* A dict with keys str(0..n-1) (or ints 0..n-1) mapped to ints, inserted in order. */
static HsObject *build(long n, int str_keys) {
    HsObject *d = HsDict_New();
    for (long i = 0; i < n; i++) {
        HsObject *k = str_keys ? str_of(i) : HsLong_FromLong(i);
        HsObject *v = HsLong_FromLong(i);
        if (HsDict_SetItem(d, k, v) < 0) {
            return NULL;
        }
        Hs_DECREF(k);
        Hs_DECREF(v);
    }
    return d;
}

static void test_sizes_match_cpython(void) {
    /* n, getsizeof(str-keyed), getsizeof(int-keyed); copies have the same sizes. */
    static const long cases[][3] = {{0, 64, 64},     {1, 184, 224},   {5, 184, 224},
                                    {6, 272, 352},   {10, 272, 352},  {11, 464, 632},
                                    {21, 464, 632},  {22, 832, 1168}, {100, 3328, 4688}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (int kind = 0; kind < 2; kind++) {
            HsObject *d = build(cases[i][0], kind == 0);
            HS_CHECK(d != NULL);
            HS_CHECK_EQ(HsDict_Size(d), cases[i][0]);
            HS_CHECK_EQ(hs_dict_sizeof(d) + GC_HEAD, cases[i][1 + kind]);
            HsObject *c = HsDict_Copy(d);
            HS_CHECK(c != NULL);
            HS_CHECK_EQ(hs_dict_sizeof(c) + GC_HEAD, cases[i][1 + kind]);
            Hs_DECREF(c);
            Hs_DECREF(d);
        }
    }
}

static void test_mixed_keys_convert_to_general(void) {
    HsObject *d = build(1, 1); /* {'0': 0}: 184 */
    HsObject *one = HsLong_FromLong(1);
    HS_CHECK(HsDict_SetItem(d, one, one) == 0);
    HS_CHECK_EQ(hs_dict_sizeof(d) + GC_HEAD, 352); /* {'a': 1, 1: 2} in CPython */
    HsObject *k = HsUnicode_FromString("0");
    HsObject *v = HsDict_GetItemWithError(d, k);
    HS_CHECK(v != NULL && hs_int_compact_value(v) == 0);
    Hs_DECREF(k);
    Hs_DECREF(one);
    Hs_DECREF(d);
}

static void test_delete_and_reinsert(void) {
    HsObject *d = build(10, 1);
    for (long i = 0; i < 8; i++) {
        HsObject *k = str_of(i);
        HS_CHECK(HsDict_DelItem(d, k) == 0);
        Hs_DECREF(k);
    }
    HS_CHECK_EQ(HsDict_Size(d), 2);
    HS_CHECK_EQ(hs_dict_sizeof(d) + GC_HEAD, 272);
    HsObject *c = HsDict_Copy(d);
    HS_CHECK_EQ(hs_dict_sizeof(c) + GC_HEAD, 272);
    /* Insertion order survives deletions: '8' then '9'. */
    Hs_ssize_t pos = 0;
    HsObject *key, *value;
    HS_CHECK(HsDict_Next(d, &pos, &key, &value) && hs_str_eq_ascii(key, "8"));
    HS_CHECK(HsDict_Next(d, &pos, &key, &value) && hs_str_eq_ascii(key, "9"));
    HS_CHECK(!HsDict_Next(d, &pos, &key, &value));
    HsObject *missing = str_of(3);
    HS_CHECK(HsDict_DelItem(d, missing) == -1);
    HS_CHECK(HsErr_ExceptionMatches(HsExc_KeyError));
    HsErr_Clear();
    HS_CHECK(HsDict_SetItem(d, missing, missing) == 0); /* goes to the end */
    pos = 0;
    HsDict_Next(d, &pos, NULL, NULL);
    HsDict_Next(d, &pos, NULL, NULL);
    HS_CHECK(HsDict_Next(d, &pos, &key, NULL) && hs_str_eq_ascii(key, "3"));
    Hs_DECREF(missing);
    Hs_DECREF(c);
    Hs_DECREF(d);
}

/* d = {str(i): i for i in range(n)}; del the first 'dele'; sizes of d, d.copy() and a
 * merge into an empty dict ({}.update(d) / dict(d)), as python3 prints them. */
static void test_copy_and_merge_sizes_after_deletions(void) {
    static const long cases[][5] = {{10, 8, 272, 272, 272}, {10, 5, 272, 184, 184},
                                    {10, 4, 272, 272, 272}, {6, 5, 272, 272, 272},
                                    {6, 1, 272, 272, 184},  {5, 4, 184, 272, 272},
                                    {3, 1, 184, 184, 272}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HsObject *d = build(cases[i][0], 1);
        for (long j = 0; j < cases[i][1]; j++) {
            HsObject *k = str_of(j);
            HS_CHECK(HsDict_DelItem(d, k) == 0);
            Hs_DECREF(k);
        }
        HsObject *c = HsDict_Copy(d), *m = HsDict_New();
        HS_CHECK(c != NULL && m != NULL && HsDict_Merge(m, d, 1) == 0);
        HS_CHECK_EQ(hs_dict_sizeof(d) + GC_HEAD, cases[i][2]);
        HS_CHECK_EQ(hs_dict_sizeof(c) + GC_HEAD, cases[i][3]);
        HS_CHECK_EQ(hs_dict_sizeof(m) + GC_HEAD, cases[i][4]);
        HS_CHECK_EQ(HsDict_Size(c), cases[i][0] - cases[i][1]);
        HS_CHECK_EQ(HsDict_Size(m), cases[i][0] - cases[i][1]);
        Hs_DECREF(c);
        Hs_DECREF(m);
        Hs_DECREF(d);
    }
}

static void test_key_error_keeps_tuple_key_whole(void) {
    HsObject *d = HsDict_New();
    HsObject *a = HsLong_FromLong(1), *b = HsLong_FromLong(2);
    HsObject *key = HsTuple_Pack(2, a, b);
    HS_CHECK(HsDict_DelItem(d, key) == -1);
    HsObject *exc = HsErr_GetRaisedException();
    HS_CHECK(exc != NULL && Hs_TYPE(exc) == (HsTypeObject *)HsExc_KeyError);
    HsObject *args = ((HsBaseExceptionObject *)exc)->args;
    HS_CHECK(Hs_SIZE(args) == 1 && HS_TUPLE_GET(args, 0) == key);
    Hs_DECREF(exc);
    Hs_DECREF(key);
    Hs_DECREF(a);
    Hs_DECREF(b);
    Hs_DECREF(d);
}

static void test_equal_keys_share_a_slot(void) {
    HsObject *d = HsDict_New();
    HsObject *one = HsLong_FromLong(1);
    HsObject *a = HsUnicode_FromString("a"), *b = HsUnicode_FromString("b");
    HS_CHECK(HsDict_SetItem(d, one, a) == 0);
    HS_CHECK(HsDict_SetItem(d, Hs_True, b) == 0); /* {1: 'a', True: 'b'} == {1: 'b'} */
    HS_CHECK_EQ(HsDict_Size(d), 1);
    HS_CHECK(HsDict_GetItemWithError(d, one) == b);
    Hs_ssize_t pos = 0;
    HsObject *key;
    HS_CHECK(HsDict_Next(d, &pos, &key, NULL) && key == one); /* the first key stays */
    HsObject *big1 = HsLong_FromLongLong(1LL << 40), *big2 = HsLong_FromLongLong(1LL << 40);
    HS_CHECK(big1 != big2);
    HS_CHECK(HsDict_SetItem(d, big1, a) == 0);
    HS_CHECK(HsDict_GetItemWithError(d, big2) == a); /* equal, not identical */
    HsObject *objs[] = {big1, big2, a, b, one, d};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_int_hashes_match_cpython(void) {
    static const struct {
        long long v;
        Hs_ssize_t h;
    } cases[] = {{0, 0}, {1, 1}, {-1, -2}, {-2, -2}, {(1LL << 61) - 1, 0}, {1LL << 61, 1},
                 {-(1LL << 61), -2}, {(1LL << 61) + 5, 6}, {1LL << 62, 2}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HsObject *o = HsLong_FromLongLong(cases[i].v);
        HS_CHECK_EQ(HsObject_Hash(o), cases[i].h);
        Hs_DECREF(o);
    }
    HS_CHECK_EQ(HsObject_Hash(Hs_True), 1);
}

static void test_tracking_rules(void) {
    /* gc.is_tracked: {} False, {'a': 1} False, {'a': []} True, {'a': (1, 2)} True. */
    HsObject *d = HsDict_New();
    HS_CHECK(!hs_gc_is_tracked(d));
    HsObject *k = HsUnicode_FromString("a"), *one = HsLong_FromLong(1);
    HS_CHECK(HsDict_SetItem(d, k, one) == 0);
    HS_CHECK(!hs_gc_is_tracked(d));
    HsObject *t = HsTuple_Pack(2, one, one);
    HsObject *k2 = HsUnicode_FromString("t");
    HS_CHECK(HsDict_SetItem(d, k2, t) == 0);
    HS_CHECK(hs_gc_is_tracked(d)); /* a fresh tuple is tracked */
    HS_CHECK(hs_tuple_init() == 0 && hs_dict_init() == 0);
    hs_gc_collect(0);
    HS_CHECK(!hs_gc_is_tracked(t)); /* tuples are untracked in any collection */
    HS_CHECK(hs_gc_is_tracked(d));  /* dicts only in full ones */
    hs_gc_collect(2);
    HS_CHECK(!hs_gc_is_tracked(d));
    HsObject *objs[] = {d, k, k2, one, t};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_cycle_through_dict_collected(void) {
    hs_gc_collect(2);
    Hs_ssize_t live = hs_testnode_counters.live;
    HsObject *d = HsDict_New();
    HsObject *node = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *k = HsUnicode_FromString("node");
    HS_CHECK(HsDict_SetItem(d, k, node) == 0); /* d -> node -> d */
    HS_CHECK(hs_gc_is_tracked(d));
    hs_testnode_set(node, 0, d);
    Hs_DECREF(d);
    Hs_DECREF(node);
    Hs_DECREF(k);
    HS_CHECK_EQ(hs_testnode_counters.live, live + 1);
    HS_CHECK_EQ(hs_gc_collect(2), 2);
    HS_CHECK_EQ(hs_testnode_counters.live, live);
}

static void test_free_list_and_refs(void) {
    HsObject *d = build(3, 1);
    Hs_ssize_t before = hs_dict_freelist_count();
    HsObject *addr = d;
    Hs_DECREF(d);
    HS_CHECK_EQ(hs_dict_freelist_count(), before + 1);
    HsObject *e = HsDict_New();
    HS_CHECK(e == addr);
    Hs_DECREF(e);
#if HS_DEBUG_REFS
    HsObject *warm = build(50, 0);
    Hs_DECREF(warm);
    Hs_ssize_t total = hs_ref_total;
    HsObject *x = build(50, 1), *y = HsDict_Copy(x);
    HsDict_Clear(x);
    Hs_DECREF(x);
    Hs_DECREF(y);
    HS_CHECK_EQ(hs_ref_total, total);
#endif
}

HS_TEST_MAIN(test_sizes_match_cpython, test_mixed_keys_convert_to_general,
             test_delete_and_reinsert, test_copy_and_merge_sizes_after_deletions,
             test_key_error_keeps_tuple_key_whole,
             test_equal_keys_share_a_slot, test_int_hashes_match_cpython, test_tracking_rules,
             test_cycle_through_dict_collected, test_free_list_and_refs)
