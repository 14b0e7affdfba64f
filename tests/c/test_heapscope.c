/* The parts of the heapscope module that run without the VM: the collector's log ring
 * (src/gc/gcinspect.c, heapscope.gc_log: every collection recorded in order, the last
 * HS_GC_LOG_CAPACITY kept, with the figures of hs_gc_last_collection) and the pointer map
 * of src/modules/heapscope_walk.c (insert, duplicate insert, lookup, growth). The Python side
 * (holders, why_alive, location, heap_summary) is tested by tests/py/memory/test_heapscope_*. */
#include "hs_test.h"
#include "support/testnode.h"

#include "internal/hs_modules_heapscope.h"

/* ==== the collection log ==== */

static void test_gc_log_records_each_collection(void) {
    hs_gc_set_hook(NULL, NULL);
    Hs_ssize_t total = hs_gc_log_total();
    HsObject *a = hs_testnode_new(&HsTestNode_Type, 1);
    hs_testnode_set(a, 0, a); // a self-cycle: garbage once dropped
    Hs_DECREF(a);
    Hs_ssize_t found = hs_gc_collect(2);
    HS_CHECK_EQ(found, 1);
    HS_CHECK_EQ(hs_gc_log_total(), total + 1);
    HsGCCollectionInfo rec, last;
    HS_CHECK_EQ(hs_gc_log_get(hs_gc_log_size() - 1, &rec), 0);
    hs_gc_last_collection(&last);
    HS_CHECK_EQ(rec.generation, 2);
    HS_CHECK_EQ(rec.collected, 1);
    HS_CHECK_EQ(rec.uncollectable, 0);
    HS_CHECK(rec.candidates >= 1);
    HS_CHECK(rec.pause_ns > 0);
    HS_CHECK_EQ(rec.candidates, last.candidates);
    HS_CHECK_EQ((long long)rec.pause_ns, (long long)last.pause_ns);
    HS_CHECK_EQ(hs_gc_log_get(hs_gc_log_size(), &rec), -1);
    HS_CHECK_EQ(hs_gc_log_get(-1, &rec), -1);
}

static void test_gc_log_ring_keeps_the_last(void) {
    Hs_ssize_t start = hs_gc_log_total();
    Hs_ssize_t n = HS_GC_LOG_CAPACITY + 7;
    for (Hs_ssize_t i = 0; i < n; i++) {
        hs_gc_collect((int)((start + i) % 3)); // generation tells the records apart
    }
    HS_CHECK_EQ(hs_gc_log_total(), start + n);
    HS_CHECK_EQ(hs_gc_log_size(), HS_GC_LOG_CAPACITY);
    int in_order = 1;
    for (Hs_ssize_t i = 0; i < HS_GC_LOG_CAPACITY; i++) {
        HsGCCollectionInfo rec;
        Hs_ssize_t number = start + n - HS_GC_LOG_CAPACITY + i; // collection number
        if (hs_gc_log_get(i, &rec) != 0 || rec.generation != (int)(number % 3)) {
            in_order = 0;
        }
    }
    HS_CHECK(in_order);
    HsGCCollectionInfo newest;
    HS_CHECK_EQ(hs_gc_log_get(HS_GC_LOG_CAPACITY - 1, &newest), 0);
    HS_CHECK_EQ(newest.generation, (int)((start + n - 1) % 3));
    HS_CHECK_EQ(hs_gc_log_get(HS_GC_LOG_CAPACITY, &newest), -1);
}

/* ==== the pointer map ==== */

static void test_ptr_map(void) {
    HsPtrMap m = {0};
    uintptr_t v = 0;
    HS_CHECK_EQ(hs_heapscope_map_get(&m, 16, &v), 0);
    int all_new = 1;
    for (uintptr_t k = 1; k <= 20000; k++) {
        all_new &= hs_heapscope_map_put(&m, k * 16, k) == 1;
    }
    HS_CHECK(all_new);
    HS_CHECK_EQ((long long)m.pm_len, 20000);
    HS_CHECK(m.pm_cap >= 2 * m.pm_len);
    HS_CHECK_EQ(hs_heapscope_map_put(&m, 16 * 77, 5), 0); // present: value kept
    HS_CHECK_EQ(hs_heapscope_map_get(&m, 16 * 77, &v), 1);
    HS_CHECK_EQ((long long)v, 77);
    int all_found = 1;
    for (uintptr_t k = 1; k <= 20000; k++) {
        all_found &= hs_heapscope_map_get(&m, k * 16, &v) == 1 && v == k;
    }
    HS_CHECK(all_found);
    HS_CHECK_EQ(hs_heapscope_map_get(&m, 16 * 20001, NULL), 0);
    HS_CHECK_EQ(hs_heapscope_map_get(&m, 8, NULL), 0);
    hs_heapscope_map_free(&m);
    HS_CHECK_EQ((long long)m.pm_cap, 0);
    HS_CHECK_EQ(hs_heapscope_map_get(&m, 16, NULL), 0);
}

HS_TEST_MAIN(test_gc_log_records_each_collection, test_gc_log_ring_keeps_the_last, test_ptr_map)
