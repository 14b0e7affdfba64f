/* The tuple core: CPython 3.11's sizes, the untracked empty singleton, tracking at
 * creation, per-size free lists (a freed 3-tuple's memory is the next 3-tuple), CPython's
 * untracking of atom-only tuples by the collector, and tuples inside collected cycles. */
#include "hs_test.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_gc.h"
#include "hs/errors.h"
#include "support/testnode.h"

static void test_sizes_match_cpython(void) {
    /* sys.getsizeof(()) == 40 and each item adds 8: basicsize 24 + GC head 16. */
    HS_CHECK_EQ(HsTuple_Type.tp_basicsize + (Hs_ssize_t)sizeof(HsGCHead), 40);
    HS_CHECK_EQ(HsTuple_Type.tp_itemsize, 8);
}

static void test_empty_singleton_untracked(void) {
    HsObject *a = HsTuple_New(0), *b = HsTuple_New(0);
    HS_CHECK(a == b);
    HS_CHECK(!hs_gc_is_tracked(a)); /* gc.is_tracked(()) is False */
    Hs_DECREF(a);
    Hs_DECREF(b);
}

static void test_new_is_tracked_and_freelist_reuses(void) {
    HsObject *s = HsUnicode_FromString("xyz"); /* not a cached one-char string */
    HsObject *t = HsTuple_Pack(3, s, s, s);
    HS_CHECK(t != NULL && hs_gc_is_tracked(t));
    HS_CHECK_EQ(Hs_REFCNT(s), 4);
    Hs_ssize_t before = hs_tuple_freelist_count(3);
    HsObject *addr = t;
    Hs_DECREF(t);
    HS_CHECK_EQ(Hs_REFCNT(s), 1);
    HS_CHECK_EQ(hs_tuple_freelist_count(3), before + 1);
    HsObject *u = HsTuple_Pack(3, s, s, s);
    HS_CHECK(u == addr); /* the same memory comes back */
    HS_CHECK_EQ(hs_tuple_freelist_count(3), before);
    HS_CHECK(hs_gc_is_tracked(u));
    Hs_DECREF(u);
    Hs_DECREF(s);
}

static void test_getitem_bounds(void) {
    HsObject *s = HsUnicode_FromString("y");
    HsObject *t = HsTuple_Pack(1, s);
    HS_CHECK(HsTuple_GetItem(t, 0) == s);
    HS_CHECK(HsTuple_GetItem(t, 1) == NULL);
    HS_CHECK(HsErr_ExceptionMatches(HsExc_IndexError));
    HsErr_Clear();
    Hs_DECREF(t);
    Hs_DECREF(s);
}

static void test_maybe_untrack_rules(void) {
    HsObject *s = HsUnicode_FromString("atom");
    HsObject *atoms = HsTuple_Pack(2, s, s);
    HsObject *node = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *holds_node = HsTuple_Pack(1, node);
    HsObject *nested = HsTuple_Pack(1, atoms);
    hs_tuple_maybe_untrack(nested); /* 'atoms' is still tracked: keep tracking */
    HS_CHECK(hs_gc_is_tracked(nested));
    hs_tuple_maybe_untrack(atoms);
    HS_CHECK(!hs_gc_is_tracked(atoms));
    hs_tuple_maybe_untrack(nested); /* now every item is untracked */
    HS_CHECK(!hs_gc_is_tracked(nested));
    hs_tuple_maybe_untrack(holds_node);
    HS_CHECK(hs_gc_is_tracked(holds_node));
    HsObject *partial = HsTuple_New(2);
    HS_TUPLE_SET(partial, 0, Hs_NewRef(s));
    hs_tuple_maybe_untrack(partial); /* a NULL item: not fully built */
    HS_CHECK(hs_gc_is_tracked(partial));
    HS_TUPLE_SET(partial, 1, Hs_NewRef(s));
    HsObject *objs[] = {atoms, node, holds_node, nested, partial, s};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_collector_untracks_atom_tuples(void) {
    HS_CHECK(hs_tuple_init() == 0);
    HsObject *s = HsUnicode_FromString("atom");
    HsObject *t = HsTuple_Pack(2, s, s);
    HS_CHECK(hs_gc_is_tracked(t));
    hs_gc_collect(0);
    HS_CHECK(!hs_gc_is_tracked(t)); /* as CPython's untrack_tuples */
    Hs_DECREF(t);
    Hs_DECREF(s);
}

static void test_cycle_through_tuple_collected(void) {
    hs_gc_collect(2);
    Hs_ssize_t live = hs_testnode_counters.live;
    HsObject *node = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *t = HsTuple_Pack(1, node); /* node -> tuple -> node */
    hs_testnode_put(node, 0, t);
    Hs_DECREF(node);
    HS_CHECK_EQ(hs_testnode_counters.live, live + 1);
    HS_CHECK_EQ(hs_gc_collect(2), 2);
    HS_CHECK_EQ(hs_testnode_counters.live, live);
}

static void test_deep_nesting_dealloc(void) {
    /* ((((...)))) 200,000 deep: freeing it must not overflow the C stack (trashcan). */
    HsObject *s = HsUnicode_FromString("leaf");
    HsObject *t = HsTuple_Pack(1, s);
    Hs_DECREF(s);
    for (int i = 0; i < 200000; i++) {
        HsObject *outer = HsTuple_Pack(1, t);
        HS_CHECK(outer != NULL);
        Hs_DECREF(t);
        t = outer;
    }
    Hs_DECREF(t);
    HS_CHECK_EQ(hs_trashcan_nesting(), 0);
}

HS_TEST_MAIN(test_sizes_match_cpython, test_empty_singleton_untracked,
             test_new_is_tracked_and_freelist_reuses, test_getitem_bounds,
             test_maybe_untrack_rules, test_collector_untracks_atom_tuples,
             test_cycle_through_tuple_collected, test_deep_nesting_dealloc)
