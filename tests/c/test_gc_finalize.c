/* What the collector does with finalizers, resurrection and weak references
 * (src/gc/gc.c: finalize_garbage, handle_resurrected_objects, handle_weakrefs): tp_finalize
 * runs exactly once per object even across collections; an object its finalizer resurrects
 * survives, goes back to the old generation and is freed by a later collection without a
 * second call; weakrefs to garbage are cleared before any finalizer runs and only callbacks
 * of reachable weakrefs run, in CPython's order; the per-type untrack hook; and a
 * collection asked for during a collection does nothing. */
#include "hs_test.h"
#include "support/gccheck.h"
#include "support/testnode.h"

#include <string.h>

/* ==== helpers ==== */

static void gc_reset(void) {
    hs_gc_set_hook(NULL, NULL);
    hs_gc_set_debug(0);
    hs_gc_enable(1);
    hs_gc_collect(2);
    hs_testnode_set_finalize_hook(NULL, NULL);
    hs_testnode_reset_counters();
}

/* An event log shared by finalizers and weakref callbacks: "f<id>" / "w<tag>". */
static char events[256];

static void log_event(char kind, long id) {
    size_t n = strlen(events);
    snprintf(events + n, sizeof events - n, "%s%c%ld", n ? " " : "", kind, id);
}

static void fin_log(HsObject *op, void *arg) {
    (void)arg;
    log_event('f', HS_TESTNODE(op)->tn_id);
}

/* ==== finalizers and resurrection ==== */

static HsObject *holder; /* a reference a finalizer may take */

static void fin_hold_arg(HsObject *op, void *arg) {
    (void)op;
    if (holder == NULL) {
        holder = Hs_NewRef(arg);
    }
}

static void test_finalizer_once_over_two_collections(void) {
    gc_reset();
    Hs_ssize_t live = hs_testnode_counters.live;
    HsObject *a = hs_testnode_new(&HsTestNodeFin_Type, 1);
    HsObject *b = hs_testnode_new(&HsTestNode_Type, 1);
    hs_testnode_set(a, 0, b);
    hs_testnode_set(b, 0, a);
    // a's finalizer stores b, which refers to a: the whole cycle comes back
    hs_testnode_set_finalize_hook(fin_hold_arg, b);
    Hs_DECREF(a);
    Hs_DECREF(b);
    HS_CHECK_EQ(hs_gc_collect(2), 0); // resurrected objects are not counted
    HS_CHECK_EQ(hs_testnode_counters.finalized, 1);
    HS_CHECK_EQ(hs_testnode_counters.live, live + 2);
    HS_CHECK(hs_gc_is_finalized(a));
    HS_CHECK(!hs_gc_is_finalized(b)); // b has no finalizer
    HS_CHECK_EQ(gen_of(a), 2);
    HS_CHECK_EQ(gen_of(b), 2);
    HS_CHECK_EQ(Hs_REFCNT(a), 1);
    HS_CHECK_EQ(Hs_REFCNT(b), 2);
    Hs_CLEAR(holder);
    HS_CHECK_EQ(hs_gc_collect(2), 2);
    HS_CHECK_EQ(hs_testnode_counters.finalized, 1); // not again
    HS_CHECK_EQ(hs_testnode_counters.live, live);
}

static void test_finalizer_runs_before_clear(void) {
    gc_reset();
    events[0] = '\0';
    hs_testnode_set_finalize_hook(fin_log, NULL);
    HsObject *a = hs_testnode_new(&HsTestNodeFin_Type, 1);
    HsObject *b = hs_testnode_new(&HsTestNodeFin_Type, 1);
    long ida = HS_TESTNODE(a)->tn_id, idb = HS_TESTNODE(b)->tn_id;
    hs_testnode_set(a, 0, b);
    hs_testnode_set(b, 0, a);
    Hs_DECREF(a);
    Hs_DECREF(b);
    HS_CHECK_EQ(hs_gc_collect(2), 2);
    char want[64];
    snprintf(want, sizeof want, "f%ld f%ld", ida, idb); // list order, each once
    HS_CHECK(strcmp(events, want) == 0);
    HS_CHECK_EQ(hs_testnode_counters.finalized, 2);
    HS_CHECK_EQ(hs_testnode_counters.cleared, 1);
}

static void test_resurrection(void) {
    gc_reset();
    Hs_ssize_t live = hs_testnode_counters.live;
    HsObject *a = hs_testnode_new(&HsTestNodeFin_Type, 1);
    HS_TESTNODE(a)->tn_flags |= HS_TN_RESURRECT;
    hs_testnode_set(a, 0, a);
    Hs_DECREF(a);
    HsGCCollectionInfo info;
    HS_CHECK_EQ(hs_gc_collect(1), 0);
    hs_gc_last_collection(&info);
    HS_CHECK_EQ(info.candidates, 1);
    HS_CHECK_EQ(hs_testnode_counters.finalized, 1);
    HS_CHECK_EQ(hs_testnode_lifeboat_count(), 1);
    HS_CHECK(hs_testnode_lifeboat_get(0) == a);
    HS_CHECK_EQ(Hs_REFCNT(a), 2);
    HS_CHECK(hs_gc_is_tracked(a));
    HS_CHECK_EQ(gen_of(a), 2); // back to the old generation of that collection
    HS_CHECK_EQ(hs_testnode_counters.live, live + 1);
    HS_CHECK_EQ(hs_gc_collect(2), 0); // still reachable from the lifeboat
    HS_CHECK_EQ(hs_testnode_counters.finalized, 1);
    hs_testnode_lifeboat_release();
    HS_CHECK_EQ(Hs_REFCNT(a), 1);
    HS_CHECK_EQ(hs_gc_collect(2), 1);
    HS_CHECK_EQ(hs_testnode_counters.finalized, 1); // PEP 442: never twice
    HS_CHECK_EQ(hs_testnode_counters.live, live);
}

static void test_partial_resurrection(void) {
    gc_reset();
    Hs_ssize_t live = hs_testnode_counters.live;
    // ring a -> b -> c -> a plus a separate self-cycle d; b resurrects itself (and so the
    // whole ring it reaches); d is collected in the same collection
    HsObject *a = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *b = hs_testnode_new(&HsTestNodeFin_Type, 1);
    HsObject *c = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *d = hs_testnode_new(&HsTestNodeFin_Type, 1);
    HS_TESTNODE(b)->tn_flags |= HS_TN_RESURRECT;
    hs_testnode_set(a, 0, b);
    hs_testnode_set(b, 0, c);
    hs_testnode_set(c, 0, a);
    hs_testnode_set(d, 0, d);
    Hs_DECREF(a);
    Hs_DECREF(b);
    Hs_DECREF(c);
    Hs_DECREF(d);
    HS_CHECK_EQ(hs_gc_collect(0), 1);
    HS_CHECK_EQ(hs_testnode_counters.finalized, 2);
    HS_CHECK_EQ(hs_testnode_counters.live, live + 3);
    HS_CHECK_EQ(gen_of(a), 1);
    HS_CHECK_EQ(gen_of(c), 1);
    hs_testnode_lifeboat_release();
    HS_CHECK_EQ(hs_gc_collect(1), 3);
    HS_CHECK_EQ(hs_testnode_counters.finalized, 2);
    HS_CHECK_EQ(hs_testnode_counters.live, live);
}

static Hs_ssize_t nested_result = -1;

static void fin_collect(HsObject *op, void *arg) {
    (void)op;
    (void)arg;
    HS_ASSERT(hs_gc_is_collecting());
    nested_result = hs_gc_collect(2);
}

static void test_collect_during_collection_is_noop(void) {
    gc_reset();
    HsObject *a = hs_testnode_new(&HsTestNodeFin_Type, 1);
    hs_testnode_set(a, 0, a);
    Hs_DECREF(a);
    hs_testnode_set_finalize_hook(fin_collect, NULL);
    HsGCGenStats before, after;
    hs_gc_get_stats(2, &before);
    HS_CHECK(!hs_gc_is_collecting());
    HS_CHECK_EQ(hs_gc_collect(2), 1);
    HS_CHECK_EQ(nested_result, 0);
    hs_gc_get_stats(2, &after);
    HS_CHECK_EQ(after.collections, before.collections + 1);
}

static void test_finalizer_from_dealloc(void) {
    gc_reset();
    Hs_ssize_t live = hs_testnode_counters.live;
    HsObject *a = hs_testnode_new(&HsTestNodeFin_Type, 0);
    Hs_DECREF(a); // no cycle: refcounting frees it, finalizer first
    HS_CHECK_EQ(hs_testnode_counters.finalized, 1);
    HS_CHECK_EQ(hs_testnode_counters.live, live);
    HsObject *b = hs_testnode_new(&HsTestNodeFin_Type, 0);
    HS_TESTNODE(b)->tn_flags |= HS_TN_RESURRECT;
    Hs_DECREF(b); // the finalizer resurrects it from its dealloc
    HS_CHECK_EQ(hs_testnode_counters.finalized, 2);
    HS_CHECK_EQ(hs_testnode_counters.live, live + 1);
    HS_CHECK_EQ(Hs_REFCNT(b), 1);
    HS_CHECK(hs_gc_is_tracked(b));
    HS_CHECK(hs_gc_is_finalized(b));
    hs_testnode_lifeboat_release(); // dies for good, no second finalizer call
    HS_CHECK_EQ(hs_testnode_counters.finalized, 2);
    HS_CHECK_EQ(hs_testnode_counters.live, live);
    HsObject *c = hs_testnode_new(&HsTestNodeFin_Type, 0);
    hs_obj_call_finalizer(c);
    hs_obj_call_finalizer(c);
    HS_CHECK_EQ(hs_testnode_counters.finalized, 3);
    Hs_DECREF(c);
    HS_CHECK_EQ(hs_testnode_counters.finalized, 3);
}

static void test_refcount_totals_with_resurrection(void) {
#if HS_DEBUG_REFS
    gc_reset();
    Hs_ssize_t before = hs_ref_total;
    HsObject *a = hs_testnode_new(&HsTestNodeFin_Type, 1);
    HS_TESTNODE(a)->tn_flags |= HS_TN_RESURRECT;
    hs_testnode_set(a, 0, a);
    Hs_DECREF(a);
    HS_CHECK_EQ(hs_gc_collect(2), 0);
    HS_CHECK_EQ(hs_ref_total, before + 2); // self + lifeboat
    hs_testnode_lifeboat_release();
    HS_CHECK_EQ(hs_gc_collect(2), 1);
    HS_CHECK_EQ(hs_ref_total, before);
    HsObject *b = hs_testnode_new(&HsTestNodeFin_Type, 0);
    HS_TESTNODE(b)->tn_flags |= HS_TN_RESURRECT;
    Hs_DECREF(b);
    HS_CHECK_EQ(hs_ref_total, before + 1);
    hs_testnode_lifeboat_release();
    HS_CHECK_EQ(hs_ref_total, before);
#endif
}

/* ==== weak references (a minimal weakref type for the hooks) ==== */

typedef struct TestWeakref {
    HsObject ob_base;
    HsObject *wr_object; /* borrowed; NULL once cleared */
    int wr_tag;          /* > 0: has a callback, logged as "w<tag>" */
    struct TestWeakref *wr_next;
} TestWeakref;

static void wr_unlink(TestWeakref *wr) {
    if (wr->wr_object == NULL) {
        return;
    }
    HsObject **pp = &HS_TESTNODE(wr->wr_object)->tn_weaklist;
    while (*pp != (HsObject *)wr) {
        pp = (HsObject **)&((TestWeakref *)*pp)->wr_next;
    }
    *pp = (HsObject *)wr->wr_next;
    wr->wr_next = NULL;
    wr->wr_object = NULL;
}

static int wr_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    (void)op;
    (void)visit;
    (void)arg;
    return 0;
}

static int wr_freed;

static void wr_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    wr_unlink((TestWeakref *)op);
    wr_freed++;
    hs_gc_free(op);
}

static HsTypeObject TestWeakref_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "test_weakref",
    .tp_basicsize = sizeof(TestWeakref),
    .tp_dealloc = wr_dealloc,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = wr_traverse,
};

/* Return: new reference to a weakref to 'node' (pushed at the end of its list). */
static HsObject *wr_new(HsObject *node, int tag) {
    TestWeakref *wr = (TestWeakref *)hs_gc_alloc(&TestWeakref_Type, sizeof(TestWeakref));
    wr->wr_object = node;
    wr->wr_tag = tag;
    wr->wr_next = NULL;
    HsObject **pp = &HS_TESTNODE(node)->tn_weaklist;
    while (*pp != NULL) {
        pp = (HsObject **)&((TestWeakref *)*pp)->wr_next;
    }
    *pp = (HsObject *)wr;
    hs_gc_track((HsObject *)wr);
    return (HsObject *)wr;
}

static int hook_is_weakref(HsObject *op) {
    return Hs_TYPE(op) == &TestWeakref_Type;
}

static void hook_clear_ref(HsObject *wr) {
    wr_unlink((TestWeakref *)wr);
}

static int hook_has_weakrefs(HsObject *op) {
    return hs_testnode_check(op) && HS_TESTNODE(op)->tn_weaklist != NULL;
}

static void hook_clear(HsObject *op, int (*add)(HsObject *wr, void *arg), void *arg) {
    while (HS_TESTNODE(op)->tn_weaklist != NULL) {
        TestWeakref *wr = (TestWeakref *)HS_TESTNODE(op)->tn_weaklist;
        wr_unlink(wr);
        if (wr->wr_tag > 0) {
            add((HsObject *)wr, arg);
        }
    }
}

static HsObject *w4_owner; /* the only reference to weakref 4, dropped by its callback */

static void hook_call(HsObject *wr) {
    TestWeakref *w = (TestWeakref *)wr;
    HS_ASSERT(w->wr_object == NULL); // cleared before its callback runs
    log_event('w', w->wr_tag);
    if (w->wr_tag == 4) {
        Hs_CLEAR(w4_owner);
    }
}

static const HsGCWeakrefHooks hooks = {hook_is_weakref, hook_clear_ref, hook_has_weakrefs,
                                       hook_clear, hook_call};

static void test_weakref_hooks(void) {
    gc_reset();
    Hs_ssize_t live = hs_testnode_counters.live;
    events[0] = '\0';
    wr_freed = 0;
    hs_gc_set_weakref_hooks(&hooks);
    hs_testnode_set_finalize_hook(fin_log, NULL);
    // garbage: a (finalizer) <-> b, a holds w2 (a weakref to b with a callback)
    HsObject *a = hs_testnode_new(&HsTestNodeFin_Type, 2);
    HsObject *b = hs_testnode_new(&HsTestNode_Type, 1);
    long ida = HS_TESTNODE(a)->tn_id;
    hs_testnode_set(a, 0, b);
    hs_testnode_set(b, 0, a);
    HsObject *w1 = wr_new(a, 1); // reachable (we hold it), callback: runs
    HsObject *w3 = wr_new(a, 0); // reachable, no callback: just cleared
    HsObject *w2 = wr_new(b, 2); // trash itself: cleared, callback never runs
    hs_testnode_put(a, 1, w2);
    w4_owner = wr_new(b, 4); // reachable; its callback drops the last other reference
    Hs_DECREF(a);
    Hs_DECREF(b);
    // a, b, w2 collected, plus w4 freed when the collector drops its reference
    HS_CHECK_EQ(hs_gc_collect(2), 4);
    char want[64];
    snprintf(want, sizeof want, "w1 w4 f%ld", ida); // callbacks, then finalizers
    HS_CHECK(strcmp(events, want) == 0);
    HS_CHECK(((TestWeakref *)w1)->wr_object == NULL);
    HS_CHECK(((TestWeakref *)w3)->wr_object == NULL);
    HS_CHECK_EQ(Hs_REFCNT(w1), 1);
    HS_CHECK_EQ(wr_freed, 2); // w2 and w4
    HS_CHECK(w4_owner == NULL);
    HS_CHECK_EQ(hs_testnode_counters.live, live);
    HS_CHECK_EQ(gen_of(w1), 2); // moved back to old after its callback
    Hs_DECREF(w1);
    Hs_DECREF(w3);
    hs_gc_set_weakref_hooks(NULL);
}

static void test_no_weakref_hooks_skips(void) {
    gc_reset();
    hs_gc_set_weakref_hooks(NULL);
    HsObject *a = hs_testnode_new(&HsTestNode_Type, 1);
    hs_testnode_set(a, 0, a);
    HsObject *w = wr_new(a, 1);
    // without hooks nobody clears w: take it out by hand before a dies
    Hs_DECREF(a);
    events[0] = '\0';
    wr_unlink((TestWeakref *)w);
    HS_CHECK_EQ(hs_gc_collect(2), 1);
    HS_CHECK_EQ(strlen(events), 0);
    Hs_DECREF(w);
}

/* ==== untrack hook ==== */

static int untrack_calls;

static void untrack_if_empty(HsObject *op) {
    untrack_calls++;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(op); i++) {
        if (hs_testnode_get(op, i) != NULL) {
            return;
        }
    }
    hs_gc_untrack(op);
}

static void test_untrack_hook(void) {
    gc_reset();
    HsObject *leaf = hs_testnode_new(&HsTestNode_Type, 2);
    HsObject *inner = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *fin = hs_testnode_new(&HsTestNodeFin_Type, 0);
    hs_testnode_set(inner, 0, leaf);
    HS_CHECK_EQ(hs_gc_set_untrack_hook(&HsTestNode_Type, untrack_if_empty, 0), 0);
    untrack_calls = 0;
    hs_gc_collect(0);
    HS_CHECK_EQ(untrack_calls, 2); // survivors of that exact type only
    HS_CHECK(!hs_gc_is_tracked(leaf));
    HS_CHECK(hs_gc_is_tracked(inner));
    HS_CHECK(hs_gc_is_tracked(fin));
    HS_CHECK_EQ(hs_gc_set_untrack_hook(&HsTestNode_Type, untrack_if_empty, 1), 0);
    hs_gc_collect(1); // full_only: not run
    HS_CHECK_EQ(untrack_calls, 2);
    hs_gc_collect(2);
    HS_CHECK_EQ(untrack_calls, 3);
    HS_CHECK_EQ(hs_gc_set_untrack_hook(&HsTestNode_Type, NULL, 0), 0);
    hs_gc_collect(2);
    HS_CHECK_EQ(untrack_calls, 3);
    Hs_DECREF(inner);
    Hs_DECREF(leaf);
    Hs_DECREF(fin);
}

HS_TEST_MAIN(test_finalizer_once_over_two_collections, test_finalizer_runs_before_clear,
             test_resurrection, test_partial_resurrection, test_collect_during_collection_is_noop,
             test_finalizer_from_dealloc, test_refcount_totals_with_resurrection,
             test_weakref_hooks, test_no_weakref_hooks_skips, test_untrack_hook)
