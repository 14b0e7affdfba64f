/* When the collector runs by itself (src/gc/gc.c, CPython's _PyObject_GC_Link and
 * gc_collect_generations): the 701st GC allocation with threshold 700 runs a gen 0
 * collection; gen 1 is collected once its count passes its threshold; full collections wait
 * for long_lived_pending >= long_lived_total / 4; disable and the auto guard stop automatic
 * collections but not explicit ones; and the whole schedule matches CPython 3.11 allocation
 * for allocation (tests/c/data/gc_schedule.h, made by tools/gen_gc_schedule.py). */
#include "hs_test.h"
#include "support/testnode.h"

#include "data/gc_schedule.h"

#include <stdlib.h>

/* ==== helpers ==== */

static void gc_reset(void) {
    hs_gc_set_hook(NULL, NULL);
    hs_gc_set_auto_guard(NULL);
    hs_gc_set_debug(0);
    hs_gc_enable(1);
    hs_gc_set_threshold(0, 700);
    hs_gc_set_threshold(1, 10);
    hs_gc_set_threshold(2, 10);
    hs_gc_collect(2);
    hs_testnode_reset_counters();
}

#define LOG_MAX 64

typedef struct HookLog {
    int n;      /* stop events */
    int gen[LOG_MAX];
    Hs_ssize_t candidates[LOG_MAX];
    Hs_ssize_t allocs_at[LOG_MAX]; /* nodes created when the collection ran */
} HookLog;

static void log_hook(int phase, const HsGCCollectionInfo *info, void *arg) {
    HookLog *log = arg;
    if (phase != HS_GC_PHASE_STOP) {
        return;
    }
    if (log->n < LOG_MAX) {
        log->gen[log->n] = info->generation;
        log->candidates[log->n] = info->candidates;
        log->allocs_at[log->n] = hs_testnode_counters.created;
    }
    log->n++;
}

/* A batch of 'n' live nodes, kept in a malloc'ed array. */
static HsObject **alloc_nodes(Hs_ssize_t n) {
    HsObject **v = malloc((size_t)(n ? n : 1) * sizeof *v);
    for (Hs_ssize_t i = 0; i < n; i++) {
        v[i] = hs_testnode_new(&HsTestNode_Type, 0);
    }
    return v;
}

static void free_nodes(HsObject **v, Hs_ssize_t n) {
    for (Hs_ssize_t i = 0; i < n; i++) {
        Hs_DECREF(v[i]);
    }
    free(v);
}

/* ==== tests ==== */

static void test_trigger_exactly_at_threshold(void) {
    gc_reset();
    HS_CHECK_EQ(hs_gc_get_count(0), 0);
    HookLog log = {0};
    hs_gc_set_hook(log_hook, &log);
    HsGCGenStats before, after;
    hs_gc_get_stats(0, &before);
    HsObject **v = alloc_nodes(700);
    HS_CHECK_EQ(hs_gc_get_count(0), 700);
    HS_CHECK_EQ(log.n, 0); // count 700 is not over the threshold
    HsObject *last = hs_testnode_new(&HsTestNode_Type, 0);
    HS_CHECK_EQ(log.n, 1); // the 701st allocation collected gen 0 ...
    HS_CHECK_EQ(log.gen[0], 0);
    HS_CHECK_EQ(log.candidates[0], 700); // ... before the new object was tracked
    hs_gc_get_stats(0, &after);
    HS_CHECK_EQ(after.collections, before.collections + 1);
    HS_CHECK_EQ(hs_gc_get_count(0), 0);
    HS_CHECK_EQ(hs_gc_get_count(1), 1);
    Hs_DECREF(last);
    HS_CHECK_EQ(hs_gc_get_count(0), 0); // a free never takes the count below 0
    free_nodes(v, 700);
    hs_gc_set_hook(NULL, NULL);
}

static void test_count_is_allocations_minus_frees(void) {
    gc_reset();
    HsObject *a = hs_testnode_new(&HsTestNode_Type, 0);
    HsObject *b = hs_testnode_new(&HsTestNode_Type, 0);
    hs_gc_untrack(b); // untracked objects count as well
    HS_CHECK_EQ(hs_gc_get_count(0), 2);
    Hs_DECREF(a);
    HS_CHECK_EQ(hs_gc_get_count(0), 1);
    Hs_DECREF(b);
    HS_CHECK_EQ(hs_gc_get_count(0), 0);
}

static void test_gen1_after_gen0_collections(void) {
    gc_reset();
    HookLog log = {0};
    hs_gc_set_hook(log_hook, &log);
    Hs_ssize_t created0 = hs_testnode_counters.created;
    HsObject **v = alloc_nodes(12 * 701);
    HS_CHECK_EQ(log.n, 12);
    for (int i = 0; i < 11; i++) {
        HS_CHECK_EQ(log.gen[i], 0);
        HS_CHECK_EQ(log.allocs_at[i] - created0, 701 * (i + 1) - 1); // the 701st alloc
    }
    // gen 1's count must be over 10: it is collected at the 12th trigger, after 11 gen 0
    // collections (CPython: count > threshold, so threshold + 1 younger collections)
    HS_CHECK_EQ(log.gen[11], 1);
    HS_CHECK_EQ(log.candidates[11], 12 * 701 - 1);
    HS_CHECK_EQ(hs_gc_get_count(1), 0);
    HS_CHECK_EQ(hs_gc_get_count(2), 1);
    free_nodes(v, 12 * 701);
    hs_gc_set_hook(NULL, NULL);
}

static void test_long_lived_pending_rule(void) {
    gc_reset();
    hs_gc_freeze(); // leave only this test's objects in the generations
    hs_gc_enable(0);
    HsObject **base = alloc_nodes(100);
    hs_gc_collect(2);
    Hs_ssize_t total, pending;
    hs_gc_get_long_lived(&total, &pending);
    HS_CHECK_EQ(total, 100);
    HS_CHECK_EQ(pending, 0);
    hs_gc_set_threshold(0, 10);
    hs_gc_set_threshold(1, 0);
    hs_gc_set_threshold(2, 0);
    HookLog log = {0};
    hs_gc_set_hook(log_hook, &log);
    hs_gc_enable(1);
    HsObject **v = alloc_nodes(54);
    HS_CHECK_EQ(log.n, 4);
    HS_CHECK_EQ(log.gen[0], 0); // gen 1 count 0, not over 0
    HS_CHECK_EQ(log.gen[1], 1); // 21 objects promoted: pending 21
    HS_CHECK_EQ(log.gen[2], 0); // gen 2 count 1 > 0 but 21 < 100 / 4: skipped
    HS_CHECK_EQ(log.gen[3], 1); // pending 21 + 22 = 43
    hs_gc_get_long_lived(&total, &pending);
    HS_CHECK_EQ(total, 100);
    HS_CHECK_EQ(pending, 43);
    HsObject *last = hs_testnode_new(&HsTestNode_Type, 0); // 55th: 43 >= 25, full
    HS_CHECK_EQ(log.n, 5);
    HS_CHECK_EQ(log.gen[4], 2);
    hs_gc_get_long_lived(&total, &pending);
    HS_CHECK_EQ(total, 154);
    HS_CHECK_EQ(pending, 0);
    hs_gc_enable(0);
    Hs_DECREF(last);
    free_nodes(v, 54);
    free_nodes(base, 100);
    hs_gc_unfreeze();
    gc_reset();
}

static void test_disable_stops_automatic_only(void) {
    gc_reset();
    HookLog log = {0};
    hs_gc_set_hook(log_hook, &log);
    HS_CHECK_EQ(hs_gc_enable(0), 1);
    HS_CHECK_EQ(hs_gc_is_enabled(), 0);
    HsObject **v = alloc_nodes(2000);
    HS_CHECK_EQ(log.n, 0);
    HS_CHECK_EQ(hs_gc_get_count(0), 2000);
    HS_CHECK_EQ(hs_gc_collect(0), 0); // explicit collections still run
    HS_CHECK_EQ(log.n, 1);
    HS_CHECK_EQ(log.candidates[0], 2000);
    HS_CHECK_EQ(hs_gc_enable(1), 0);
    free_nodes(v, 2000);
    hs_gc_set_hook(NULL, NULL);
}

static void test_threshold_zero_disables(void) {
    gc_reset();
    HookLog log = {0};
    hs_gc_set_hook(log_hook, &log);
    hs_gc_set_threshold(0, 0);
    HS_CHECK_EQ(hs_gc_get_threshold(0), 0);
    HsObject **v = alloc_nodes(1500);
    HS_CHECK_EQ(log.n, 0);
    free_nodes(v, 1500);
    gc_reset();
}

static int guard_calls;
static int refuse(void) {
    guard_calls++;
    return 0;
}

static void test_auto_guard(void) {
    gc_reset();
    HookLog log = {0};
    hs_gc_set_hook(log_hook, &log);
    guard_calls = 0;
    hs_gc_set_auto_guard(refuse);
    HsObject **v = alloc_nodes(703);
    HS_CHECK_EQ(log.n, 0);
    HS_CHECK_EQ(guard_calls, 3); // asked at the 701st, 702nd and 703rd allocations
    hs_gc_set_auto_guard(NULL);
    HsObject *x = hs_testnode_new(&HsTestNode_Type, 0);
    HS_CHECK_EQ(log.n, 1);
    Hs_DECREF(x);
    free_nodes(v, 703);
    gc_reset();
}

static void test_collect_resets_counts(void) {
    gc_reset();
    HsObject **v = alloc_nodes(5);
    HS_CHECK_EQ(hs_gc_get_count(0), 5);
    hs_gc_collect(0);
    HS_CHECK_EQ(hs_gc_get_count(0), 0);
    HS_CHECK_EQ(hs_gc_get_count(1), 1);
    hs_gc_collect(0);
    HS_CHECK_EQ(hs_gc_get_count(1), 2);
    hs_gc_collect(1);
    HS_CHECK_EQ(hs_gc_get_count(1), 0);
    HS_CHECK_EQ(hs_gc_get_count(2), 1);
    hs_gc_collect(2);
    HS_CHECK_EQ(hs_gc_get_count(2), 0);
    free_nodes(v, 5);
}

/* Replay one row of CPython's recorded schedule. */
static void test_matches_cpython_schedule(void) {
    int rows = (int)(sizeof gc_schedule / sizeof gc_schedule[0]);
    for (int r = 0; r < rows; r++) {
        const long *row = gc_schedule[r];
        gc_reset();
        hs_gc_enable(0);
        hs_gc_freeze();
        Hs_ssize_t base = row[3] + 2, n = row[4], start0 = row[5];
        HsObject **b = alloc_nodes(base);
        hs_gc_collect(2);
        hs_gc_set_threshold(0, (int)row[0]);
        hs_gc_set_threshold(1, (int)row[1]);
        hs_gc_set_threshold(2, (int)row[2]);
        // CPython's gen 0 starts at start0 (temporaries freed to free lists stay counted)
        // (one of them is the list 'before' = [... gc.get_stats()], alive and tracked)
        HsObject **pre = alloc_nodes(start0);
        for (Hs_ssize_t i = 1; i < start0; i++) {
            hs_gc_untrack(pre[i]);
        }
        // its first list comes from the free list: tracked, not counted, no check
        HsObject *first = hs_testnode_new(&HsTestNode_Type, 0);
        Hs_DECREF(pre[start0 - 1]); // a free gives the count back
        HS_CHECK_EQ(hs_gc_get_count(0), start0);
        HsGCGenStats s[3], t[3];
        for (int g = 0; g < 3; g++) {
            hs_gc_get_stats(g, &s[g]);
        }
        hs_gc_enable(1);
        HsObject **v = alloc_nodes(n - 1);
        hs_gc_enable(0);
        if (getenv("HS_TEST_VERBOSE")) {
            for (int g = 0; g < 3; g++) {
                hs_gc_get_stats(g, &t[g]);
                printf("row %d gen %d: collections %ld count %d\n", r, g,
                       (long)(t[g].collections - s[g].collections), hs_gc_get_count(g));
            }
        }
        for (int g = 0; g < 3; g++) {
            hs_gc_get_stats(g, &t[g]);
            HS_CHECK_EQ(r * 100 + t[g].collections - s[g].collections, r * 100 + row[6 + g]);
            HS_CHECK_EQ(r * 100 + hs_gc_get_count(g), r * 100 + row[9 + g]);
        }
        free_nodes(v, n - 1);
        free_nodes(pre, start0 - 1);
        Hs_DECREF(first);
        free_nodes(b, base);
        hs_gc_unfreeze();
    }
    gc_reset();
}

HS_TEST_MAIN(test_trigger_exactly_at_threshold, test_count_is_allocations_minus_frees,
             test_gen1_after_gen0_collections, test_long_lived_pending_rule,
             test_disable_stops_automatic_only, test_threshold_zero_disables, test_auto_guard,
             test_collect_resets_counts, test_matches_cpython_schedule)
