/* The cycle collector's core results (src/gc/gc.c): cycles of 1, 2 and 100,000 nodes are
 * found and freed with exact counts; cycles reachable from a live object survive and are
 * promoted; legacy tp_del cycles are uncollectable and go to gc.garbage; DEBUG_SAVEALL keeps
 * everything; freeze; referrers; statistics, pause time and the start/stop hook; the
 * refcount total balances. Every test starts from a full collection. */
#include "hs_test.h"
#include "support/gccheck.h"
#include "support/testnode.h"

#include <stdlib.h>

/* ==== helpers ==== */

static void gc_reset(void) {
    hs_gc_set_hook(NULL, NULL);
    hs_gc_set_debug(0);
    hs_gc_enable(1);
    hs_gc_set_threshold(0, 700);
    hs_gc_set_threshold(1, 10);
    hs_gc_set_threshold(2, 10);
    hs_gc_collect(2);
    hs_testnode_reset_counters();
}

/* Build a ring of 'n' plain nodes and drop every external reference. */
static void make_ring(Hs_ssize_t n) {
    HsObject *first = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *cur = first;
    for (Hs_ssize_t i = 1; i < n; i++) {
        HsObject *next = hs_testnode_new(&HsTestNode_Type, 1);
        hs_testnode_put(cur, 0, next); // cur owns next now
        cur = next;
    }
    hs_testnode_set(cur, 0, first);
    Hs_DECREF(first);
}

/* ==== tests ==== */

static void test_head_layout(void) {
    HS_CHECK_EQ(sizeof(HsGCHead), 16);
    HsObject *a = hs_testnode_new(&HsTestNode_Type, 0);
    HS_CHECK((char *)a - (char *)HS_GC_HEAD(a) == 16);
    HS_CHECK(HS_GC_OBJ(HS_GC_HEAD(a)) == a);
    HS_CHECK(hs_gc_is_tracked(a));
    HS_CHECK(!hs_gc_is_finalized(a));
    HS_CHECK_EQ(HS_GC_HEAD(a)->gc_prev & 3, 0); // no flag bits outside a collection
    HS_CHECK_EQ(HS_GC_HEAD(a)->gc_next & 1, 0);
    hs_gc_set_finalized(a);
    HS_CHECK_EQ(HS_GC_HEAD(a)->gc_prev & 1, 1); // FINALIZED is bit 0 of gc_prev
    hs_gc_untrack(a);
    HS_CHECK(!hs_gc_is_tracked(a));
    HS_CHECK_EQ(HS_GC_HEAD(a)->gc_next, 0);
    HS_CHECK_EQ(HS_GC_HEAD(a)->gc_prev, 1); // untrack keeps only FINALIZED
    hs_gc_untrack(a);                       // no-op when untracked
    hs_gc_track(a);
    HS_CHECK(hs_gc_is_tracked(a));
    HS_CHECK(hs_gc_is_finalized(a));
    Hs_DECREF(a);
}

static void test_self_cycle(void) {
    gc_reset();
    Hs_ssize_t live = hs_testnode_counters.live;
    HsObject *a = hs_testnode_new(&HsTestNode_Type, 1);
    hs_testnode_set(a, 0, a);
    HS_CHECK_EQ(Hs_REFCNT(a), 2);
    Hs_DECREF(a);
    HS_CHECK_EQ(hs_testnode_counters.live, live + 1); // count 1: alive, unreachable
    HS_CHECK_EQ(hs_gc_collect(2), 1);
    HS_CHECK_EQ(hs_testnode_counters.live, live);
    HS_CHECK_EQ(hs_testnode_counters.cleared, 1);
}

static void test_two_cycle(void) {
    gc_reset();
    Hs_ssize_t live = hs_testnode_counters.live;
    HsObject *a = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *b = hs_testnode_new(&HsTestNode_Type, 1);
    hs_testnode_set(a, 0, b);
    hs_testnode_set(b, 0, a);
    Hs_DECREF(a);
    Hs_DECREF(b);
    HS_CHECK_EQ(Hs_REFCNT(a), 1);
    HS_CHECK_EQ(hs_gc_collect(0), 2);
    HS_CHECK_EQ(hs_testnode_counters.live, live);
    // one tp_clear broke the cycle; the other node died by refcount
    HS_CHECK_EQ(hs_testnode_counters.cleared, 1);
    HS_CHECK_EQ(hs_gc_collect(2), 0);
}

static void test_ring_100k(void) {
    gc_reset();
    hs_gc_enable(0);
    Hs_ssize_t live = hs_testnode_counters.live;
    make_ring(100000);
    HS_CHECK_EQ(hs_testnode_counters.live, live + 100000);
    HS_CHECK_EQ(hs_gc_collect(2), 100000);
    HS_CHECK_EQ(hs_testnode_counters.live, live);
    HS_CHECK_EQ(hs_testnode_counters.freed, 100000);
    HS_CHECK(hs_testnode_counters.max_trash_depth <= HS_TRASHCAN_LIMIT);
    HsGCCollectionInfo info;
    hs_gc_last_collection(&info);
    HS_CHECK_EQ(info.candidates, 100000);
    HS_CHECK_EQ(info.collected, 100000);
    hs_gc_enable(1);
}

static void test_cycle_from_live_object_survives(void) {
    gc_reset();
    Hs_ssize_t live = hs_testnode_counters.live;
    HsObject *root = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *a = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *b = hs_testnode_new(&HsTestNode_Type, 1);
    hs_testnode_set(a, 0, b);
    hs_testnode_put(b, 0, a); // b owns our reference to a
    hs_testnode_put(root, 0, b);
    HS_CHECK_EQ(gen_of(a), 0);
    HS_CHECK_EQ(hs_gc_collect(0), 0);
    HS_CHECK_EQ(hs_testnode_counters.live, live + 3);
    HS_CHECK_EQ(gen_of(root), 1);
    HS_CHECK_EQ(gen_of(a), 1);
    HS_CHECK_EQ(gen_of(b), 1);
    HS_CHECK_EQ(gen_size(0), 0);
    HS_CHECK_EQ(gen_size(1), 3);
    HS_CHECK_EQ(Hs_REFCNT(a), 1);
    HS_CHECK_EQ(Hs_REFCNT(b), 2);
    Hs_DECREF(root); // root freed by refcount; the cycle is now garbage in gen 1
    HS_CHECK_EQ(hs_testnode_counters.live, live + 2);
    HS_CHECK_EQ(hs_gc_collect(0), 0); // gen 0 does not look at gen 1
    HS_CHECK_EQ(hs_gc_collect(1), 2);
    HS_CHECK_EQ(hs_testnode_counters.live, live);
}

static void test_promotion(void) {
    gc_reset();
    HsObject *a = hs_testnode_new(&HsTestNode_Type, 0);
    HS_CHECK_EQ(gen_of(a), 0);
    hs_gc_collect(0);
    HS_CHECK_EQ(gen_of(a), 1);
    hs_gc_collect(0); // gen 1 untouched by a gen 0 collection
    HS_CHECK_EQ(gen_of(a), 1);
    hs_gc_collect(1);
    HS_CHECK_EQ(gen_of(a), 2);
    hs_gc_collect(2); // the oldest generation keeps its survivors
    HS_CHECK_EQ(gen_of(a), 2);
    HsObject *b = hs_testnode_new(&HsTestNode_Type, 0);
    hs_gc_collect(1); // merges gen 0 into gen 1, survivors go to gen 2
    HS_CHECK_EQ(gen_of(b), 2);
    Hs_DECREF(a);
    Hs_DECREF(b);
}

static void test_untracked_not_examined(void) {
    gc_reset();
    Hs_ssize_t live = hs_testnode_counters.live;
    HsObject *a = hs_testnode_new(&HsTestNode_Type, 1);
    hs_testnode_set(a, 0, a);
    hs_gc_untrack(a);
    Hs_DECREF(a);
    HS_CHECK_EQ(hs_gc_collect(2), 0); // untracked: invisible, leaks as in CPython
    HS_CHECK_EQ(hs_testnode_counters.live, live + 1);
    hs_gc_track(a);
    HS_CHECK_EQ(hs_gc_collect(2), 1);
    HS_CHECK_EQ(hs_testnode_counters.live, live);
}

static void test_legacy_tp_del_uncollectable(void) {
    gc_reset();
    Hs_ssize_t live = hs_testnode_counters.live;
    Hs_ssize_t garbage = hs_gc_internal_garbage_count();
    HsGCGenStats before, after;
    hs_gc_get_stats(2, &before);
    HsObject *a = hs_testnode_new(&HsTestNodeDel_Type, 1);
    HsObject *b = hs_testnode_new(&HsTestNode_Type, 2);
    HsObject *c = hs_testnode_new(&HsTestNode_Type, 0);
    hs_testnode_set(a, 0, b);
    hs_testnode_set(b, 0, a);
    hs_testnode_put(b, 1, c);
    Hs_DECREF(a);
    Hs_DECREF(b);
    // a has tp_del; b and c are reachable from it: all three uncollectable
    HS_CHECK_EQ(hs_gc_collect(2), 3);
    hs_gc_get_stats(2, &after);
    HS_CHECK_EQ(after.collections, before.collections + 1);
    HS_CHECK_EQ(after.uncollectable, before.uncollectable + 3);
    HS_CHECK_EQ(after.collected, before.collected);
    HS_CHECK_EQ(hs_testnode_counters.live, live + 3);
    HS_CHECK_EQ(hs_gc_internal_garbage_count(), garbage + 1); // only a itself is appended
    HS_CHECK(hs_gc_internal_garbage_get(garbage) == a);
    HS_CHECK_EQ(Hs_REFCNT(a), 2);
    HS_CHECK_EQ(gen_of(a), 2);
    HS_CHECK_EQ(gen_of(c), 2);
    HS_CHECK_EQ(hs_testnode_counters.deleted, 0);
    // gc.garbage's reference makes them reachable: a second collection finds nothing
    HS_CHECK_EQ(hs_gc_collect(2), 0);
    HS_CHECK_EQ(hs_gc_internal_garbage_count(), garbage + 1);
    // the programmer breaks the cycle by hand, as with gc.garbage
    hs_testnode_set(b, 0, NULL);
    hs_gc_internal_garbage_clear();
    HS_CHECK_EQ(hs_gc_internal_garbage_count(), 0);
    HS_CHECK_EQ(hs_testnode_counters.live, live);
    HS_CHECK_EQ(hs_testnode_counters.deleted, 1);
}

static void test_saveall_keeps_everything(void) {
    gc_reset();
    Hs_ssize_t live = hs_testnode_counters.live;
    hs_gc_set_debug(HS_GC_DEBUG_SAVEALL);
    HS_CHECK_EQ(hs_gc_get_debug(), HS_GC_DEBUG_SAVEALL);
    HsObject *a = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *b = hs_testnode_new(&HsTestNode_Type, 1);
    hs_testnode_set(a, 0, b);
    hs_testnode_set(b, 0, a);
    Hs_DECREF(a);
    Hs_DECREF(b);
    HsGCGenStats before, after;
    hs_gc_get_stats(2, &before);
    HS_CHECK_EQ(hs_gc_collect(2), 2);
    hs_gc_get_stats(2, &after);
    HS_CHECK_EQ(after.collected, before.collected + 2); // counted as collected, as CPython
    HS_CHECK_EQ(hs_gc_internal_garbage_count(), 2);
    HS_CHECK(hs_gc_internal_garbage_get(0) == a);
    HS_CHECK(hs_gc_internal_garbage_get(1) == b);
    HS_CHECK_EQ(hs_testnode_counters.live, live + 2);
    HS_CHECK_EQ(hs_testnode_counters.cleared, 0);
    HS_CHECK_EQ(gen_of(a), 2);
    hs_gc_set_debug(0);
    hs_gc_internal_garbage_clear();
    HS_CHECK_EQ(hs_testnode_counters.live, live + 2); // still a cycle
    HS_CHECK_EQ(hs_gc_collect(2), 2);
    HS_CHECK_EQ(hs_testnode_counters.live, live);
}

typedef struct Sink {
    HsObject *items[8];
    int n;
} Sink;

static int sink_append(HsObject *op, void *arg) {
    Sink *s = arg;
    s->items[s->n++] = Hs_NewRef(op);
    return 0;
}

static void test_garbage_sink(void) {
    gc_reset();
    Hs_ssize_t live = hs_testnode_counters.live;
    Sink sink = {{NULL}, 0};
    hs_gc_set_garbage_sink(sink_append, &sink);
    HsObject *a = hs_testnode_new(&HsTestNodeDel_Type, 1);
    hs_testnode_set(a, 0, a);
    Hs_DECREF(a);
    HS_CHECK_EQ(hs_gc_collect(2), 1);
    HS_CHECK_EQ(sink.n, 1);
    HS_CHECK(sink.items[0] == a);
    HS_CHECK_EQ(hs_gc_internal_garbage_count(), 0);
    hs_gc_set_garbage_sink(NULL, NULL);
    hs_testnode_set(a, 0, NULL);
    Hs_DECREF(sink.items[0]);
    HS_CHECK_EQ(hs_testnode_counters.live, live);
}

static void test_freeze_unfreeze(void) {
    gc_reset();
    Hs_ssize_t live = hs_testnode_counters.live;
    HS_CHECK_EQ(hs_gc_get_freeze_count(), 0);
    HsObject *keep = hs_testnode_new(&HsTestNode_Type, 0);
    HsObject *a = hs_testnode_new(&HsTestNode_Type, 1);
    hs_testnode_set(a, 0, a);
    Hs_DECREF(a);
    Hs_ssize_t tracked = gen_size(-1);
    hs_gc_freeze();
    HS_CHECK_EQ(hs_gc_get_freeze_count(), tracked);
    HS_CHECK_EQ(gen_size(-1), 0);
    HS_CHECK_EQ(hs_gc_get_count(0), 0);
    HS_CHECK_EQ(gen_of(a), HS_GC_PERMANENT);
    HS_CHECK_EQ(hs_gc_collect(2), 0); // the permanent generation is never examined
    HS_CHECK_EQ(hs_testnode_counters.live, live + 2);
    hs_gc_unfreeze();
    HS_CHECK_EQ(hs_gc_get_freeze_count(), 0);
    HS_CHECK_EQ(gen_of(a), 2);
    HS_CHECK_EQ(gen_of(keep), 2);
    HS_CHECK_EQ(hs_gc_collect(2), 1);
    HS_CHECK_EQ(hs_testnode_counters.live, live + 1);
    Hs_DECREF(keep);
}

typedef struct Found {
    HsObject *items[8];
    int n;
    int stop_after;
} Found;

static int found_fn(HsObject *op, void *arg) {
    Found *f = arg;
    f->items[f->n++] = op;
    return f->n == f->stop_after ? 7 : 0;
}

static void test_foreach_referrer(void) {
    gc_reset();
    HsObject *target = hs_testnode_new(&HsTestNode_Type, 0);
    HsObject *a = hs_testnode_new(&HsTestNode_Type, 2);
    HsObject *b = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *c = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *d = hs_testnode_new(&HsTestNode_Type, 2);
    hs_testnode_set(a, 1, target);
    hs_testnode_set(c, 0, target);
    hs_testnode_set(d, 0, target); // twice in one object: reported once
    hs_testnode_set(d, 1, target);
    hs_testnode_set(b, 0, a);      // refers to a, not to target
    hs_gc_collect(0);              // a..d to gen 1; the walk covers every generation
    HsObject *e = hs_testnode_new(&HsTestNode_Type, 1);
    hs_testnode_set(e, 0, target);
    Found f = {{NULL}, 0, 0};
    HS_CHECK_EQ(hs_gc_foreach_referrer(target, found_fn, &f), 0);
    HS_CHECK_EQ(f.n, 4);
    HS_CHECK(f.items[0] == e); // gen 0 first
    HS_CHECK(f.items[1] == a);
    HS_CHECK(f.items[2] == c);
    HS_CHECK(f.items[3] == d);
    Found g = {{NULL}, 0, 2};
    HS_CHECK_EQ(hs_gc_foreach_referrer(target, found_fn, &g), 7); // stops early
    HS_CHECK_EQ(g.n, 2);
    Found h = {{NULL}, 0, 0};
    HS_CHECK_EQ(hs_gc_foreach_referrer(e, found_fn, &h), 0);
    HS_CHECK_EQ(h.n, 0);
    Hs_DECREF(target);
    Hs_DECREF(a);
    Hs_DECREF(b);
    Hs_DECREF(c);
    Hs_DECREF(d);
    Hs_DECREF(e);
}

static void test_foreach_generations(void) {
    gc_reset();
    HsObject *a = hs_testnode_new(&HsTestNode_Type, 0);
    HsObject *b = hs_testnode_new(&HsTestNode_Type, 0);
    Found f = {{NULL}, 0, 0};
    HS_CHECK_EQ(hs_gc_foreach(0, found_fn, &f), 0);
    HS_CHECK_EQ(f.n, 2);
    HS_CHECK(f.items[0] == a && f.items[1] == b); // list order = tracking order
    hs_gc_collect(0);
    HS_CHECK_EQ(gen_size(0), 0);
    HS_CHECK_EQ(gen_size(1), 2);
    HS_CHECK_EQ(gen_size(-1), gen_size(0) + gen_size(1) + gen_size(2));
    Hs_DECREF(a);
    Hs_DECREF(b);
    HS_CHECK_EQ(gen_size(1), 0);
}

static void test_stats_and_pause(void) {
    gc_reset();
    HsGCGenStats s0, s1, t0, t1;
    hs_gc_get_stats(0, &s0);
    hs_gc_get_stats(1, &s1);
    make_ring(10);
    make_ring(5);
    HS_CHECK_EQ(hs_gc_collect(1), 15);
    hs_gc_get_stats(0, &t0);
    hs_gc_get_stats(1, &t1);
    HS_CHECK_EQ(t0.collections, s0.collections); // only the collected generation counts
    HS_CHECK_EQ(t1.collections, s1.collections + 1);
    HS_CHECK_EQ(t1.collected, s1.collected + 15);
    HS_CHECK_EQ(t1.uncollectable, s1.uncollectable);
    HsGCCollectionInfo info;
    hs_gc_last_collection(&info);
    HS_CHECK_EQ(info.generation, 1);
    HS_CHECK_EQ(info.collected, 15);
    HS_CHECK_EQ(info.uncollectable, 0);
    HS_CHECK_EQ(info.candidates, 15);
    HS_CHECK(info.pause_ns > 0);
    // counts after collecting gen 1: gen 0 and 1 reset, gen 2 counts one more collection
    HS_CHECK_EQ(hs_gc_get_count(0), 0);
    HS_CHECK_EQ(hs_gc_get_count(1), 0);
    HS_CHECK_EQ(hs_gc_get_count(2), 1);
}

typedef struct HookLog {
    int calls;
    int phase[8];
    HsGCCollectionInfo info[8];
} HookLog;

static void log_hook(int phase, const HsGCCollectionInfo *info, void *arg) {
    HookLog *log = arg;
    if (log->calls < 8) {
        log->phase[log->calls] = phase;
        log->info[log->calls] = *info;
    }
    log->calls++;
}

static void test_start_stop_hook(void) {
    gc_reset();
    HookLog log = {0, {0}, {{0, 0, 0, 0, 0}}};
    hs_gc_set_hook(log_hook, &log);
    make_ring(3);
    HsObject *a = hs_testnode_new(&HsTestNodeDel_Type, 1);
    hs_testnode_set(a, 0, a);
    Hs_DECREF(a);
    HS_CHECK_EQ(hs_gc_collect(1), 4);
    HS_CHECK_EQ(log.calls, 2);
    HS_CHECK_EQ(log.phase[0], HS_GC_PHASE_START);
    HS_CHECK_EQ(log.info[0].generation, 1);
    HS_CHECK_EQ(log.info[0].collected, 0);
    HS_CHECK_EQ(log.phase[1], HS_GC_PHASE_STOP);
    HS_CHECK_EQ(log.info[1].generation, 1);
    HS_CHECK_EQ(log.info[1].collected, 3);
    HS_CHECK_EQ(log.info[1].uncollectable, 1);
    HS_CHECK_EQ(log.info[1].candidates, 4);
    HS_CHECK(log.info[1].pause_ns > 0);
    hs_gc_set_hook(NULL, NULL);
    HS_CHECK_EQ(hs_gc_collect(0), 0);
    HS_CHECK_EQ(log.calls, 2);
    hs_testnode_set(a, 0, NULL);
    hs_gc_internal_garbage_clear();
}

static void test_collected_and_uncollectable_mixed(void) {
    gc_reset();
    Hs_ssize_t live = hs_testnode_counters.live;
    make_ring(7);
    HsObject *d = hs_testnode_new(&HsTestNodeDel_Type, 1);
    HsObject *x = hs_testnode_new(&HsTestNode_Type, 1);
    hs_testnode_set(d, 0, x);
    hs_testnode_set(x, 0, d);
    Hs_DECREF(d);
    Hs_DECREF(x);
    HS_CHECK_EQ(hs_gc_collect(2), 9); // 7 collected + 2 uncollectable
    HsGCCollectionInfo info;
    hs_gc_last_collection(&info);
    HS_CHECK_EQ(info.collected, 7);
    HS_CHECK_EQ(info.uncollectable, 2);
    HS_CHECK_EQ(hs_testnode_counters.live, live + 2);
    hs_testnode_set(x, 0, NULL);
    hs_gc_internal_garbage_clear();
    HS_CHECK_EQ(hs_testnode_counters.live, live);
}

static void test_refcount_totals_balance(void) {
#if HS_DEBUG_REFS
    gc_reset();
    hs_gc_enable(0); // no automatic collection in the middle of the figures
    Hs_ssize_t before = hs_ref_total;
    HsObject *a = hs_testnode_new(&HsTestNode_Type, 1);
    HS_CHECK_EQ(hs_ref_total, before + 1);
    hs_testnode_set(a, 0, a);
    HS_CHECK_EQ(hs_ref_total, before + 2);
    Hs_DECREF(a);
    HS_CHECK_EQ(hs_ref_total, before + 1); // the cycle's internal reference
    make_ring(1000);
    HS_CHECK_EQ(hs_ref_total, before + 1001);
    HS_CHECK_EQ(hs_gc_collect(2), 1001);
    HS_CHECK_EQ(hs_ref_total, before);
    // uncollectable + garbage list + manual cleanup
    HsObject *d = hs_testnode_new(&HsTestNodeDel_Type, 1);
    hs_testnode_set(d, 0, d);
    Hs_DECREF(d);
    HS_CHECK_EQ(hs_gc_collect(2), 1);
    HS_CHECK_EQ(hs_ref_total, before + 2); // self reference + gc.garbage's
    hs_testnode_set(d, 0, NULL);
    hs_gc_internal_garbage_clear();
    HS_CHECK_EQ(hs_ref_total, before);
    hs_gc_enable(1);
#endif
}

/* A random graph of 'n' nodes with 3 slots each and a held subset; returns the number of
 * nodes left alive but not reachable from the held ones (reachability computed here by a
 * plain graph walk), and leaves the held references in 'held' (count in *nheld). The
 * graph is built with the collector off. */
static Hs_ssize_t make_random_graph(unsigned seed, int n, HsObject **held, int *nheld) {
    HsObject **v = malloc((size_t)n * sizeof *v);
    char *seen = calloc((size_t)n, 1);
    int *stack = malloc((size_t)n * sizeof *stack);
    unsigned x = seed;
    Hs_ssize_t live0 = hs_testnode_counters.live;
    for (int i = 0; i < n; i++) {
        v[i] = hs_testnode_new(&HsTestNode_Type, 3);
        HS_TESTNODE(v[i])->tn_id = i;
    }
    for (int i = 0; i < n; i++) {
        for (int k = 0; k < 3; k++) {
            x = x * 1103515245u + 12345u;
            if ((x >> 16) % 4 != 0) { // three in four slots used
                x = x * 1103515245u + 12345u;
                // edges stay inside clusters of 30, so whole clusters become garbage
                hs_testnode_set(v[i], k, v[i / 30 * 30 + (int)((x >> 8) % 30u)]);
            }
        }
    }
    int top = 0;
    *nheld = 0;
    for (int i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        if ((x >> 16) % 100 < 3) { // 3% held from outside
            held[(*nheld)++] = Hs_NewRef(v[i]);
            if (!seen[i]) {
                seen[i] = 1;
                stack[top++] = i;
            }
        }
    }
    Hs_ssize_t reachable = 0;
    while (top > 0) {
        HsObject *op = v[stack[--top]];
        reachable++;
        for (int k = 0; k < 3; k++) {
            HsObject *c = hs_testnode_get(op, k);
            if (c != NULL && !seen[HS_TESTNODE(c)->tn_id]) {
                seen[HS_TESTNODE(c)->tn_id] = 1;
                stack[top++] = HS_TESTNODE(c)->tn_id;
            }
        }
    }
    for (int i = 0; i < n; i++) {
        Hs_DECREF(v[i]); // unheld nodes outside every cycle die here, by refcount
    }
    free(v);
    free(seen);
    free(stack);
    // what is still alive but not reachable from the held nodes is cyclic garbage
    return hs_testnode_counters.live - live0 - reachable;
}

static void test_random_graphs_all_paths(void) {
    HsObject *held[400];
    int nheld = 0;
    for (int path = 0; path < 3; path++) {
        for (unsigned seed = 1; seed <= 5; seed++) {
            gc_reset();
            hs_gc_enable(0);
            HsObject *frozen = NULL;
            if (path == 2) { // a non-empty permanent generation: the two-pass full path
                frozen = hs_testnode_new(&HsTestNode_Type, 0);
                hs_gc_freeze();
            }
            Hs_ssize_t live = hs_testnode_counters.live;
            Hs_ssize_t want = make_random_graph(seed * 7919u, 3000, held, &nheld);
            HS_CHECK(want > 100);
            Hs_ssize_t alive = hs_testnode_counters.live;
            // path 0: gen 1 (update_refs + subtract_refs); 1: full, fused single pass
            HS_CHECK_EQ(hs_gc_collect(path == 0 ? 1 : 2), want);
            HS_CHECK_EQ(hs_testnode_counters.live, alive - want);
            for (int i = 0; i < nheld; i++) {
                Hs_DECREF(held[i]);
            }
            hs_gc_collect(2); // the rest: whatever the held nodes kept, now cyclic or freed
            HS_CHECK_EQ(hs_testnode_counters.live, live);
            if (frozen != NULL) {
                hs_gc_unfreeze();
                Hs_DECREF(frozen);
            }
            hs_gc_enable(1);
        }
    }
}

HS_TEST_MAIN(test_head_layout, test_self_cycle, test_two_cycle, test_ring_100k,
             test_cycle_from_live_object_survives, test_promotion, test_untracked_not_examined,
             test_legacy_tp_del_uncollectable, test_saveall_keeps_everything, test_garbage_sink,
             test_freeze_unfreeze, test_foreach_referrer, test_foreach_generations,
             test_stats_and_pause, test_start_stop_hook, test_collected_and_uncollectable_mixed,
             test_refcount_totals_balance, test_random_graphs_all_paths)
