/* `make demo`: the collector at work, step by step, on the test container type
 * (tests/c/support/testnode.h). It shows reference counts changing, a cycle that reference
 * counting cannot free, what a full collection finds (with its statistics and pause time),
 * an automatic collection triggered by the 701st allocation, and where the objects live in
 * the allocator (pools, blocks: all zero until the pool allocator replaces the placeholder). */
#include "internal/hs_mem.h"
#include "support/testnode.h"

#include <stdio.h>

/* ==== helpers ==== */

static void show_refcounts(const char *when, HsObject *a, HsObject *b, HsObject *c) {
    printf("  %-34s refcounts: a=%zd b=%zd c=%zd\n", when, (ssize_t)Hs_REFCNT(a),
           (ssize_t)Hs_REFCNT(b), (ssize_t)Hs_REFCNT(c));
}

static void show_gc_state(const char *title) {
    printf("  %s\n", title);
    printf("    counts (allocations since gen 0 was collected, gen 1, gen 2): %d %d %d\n",
           hs_gc_get_count(0), hs_gc_get_count(1), hs_gc_get_count(2));
    printf("    thresholds: %d %d %d\n", hs_gc_get_threshold(0), hs_gc_get_threshold(1),
           hs_gc_get_threshold(2));
    for (int g = 0; g < HS_GC_NUM_GENERATIONS; g++) {
        HsGCGenStats s;
        hs_gc_get_stats(g, &s);
        printf("    gen %d: %zd collections, %zd collected, %zd uncollectable\n", g,
               (ssize_t)s.collections, (ssize_t)s.collected, (ssize_t)s.uncollectable);
    }
    printf("    test nodes alive: %zd\n", (ssize_t)hs_testnode_counters.live);
}

static void show_allocator(HsObject *one) {
    HsMemStats ms;
    hs_mem_get_stats(&ms);
    printf("  allocator: %zu arenas held, %zu pools in use, %zu small blocks in use, "
           "%zu bytes in use\n",
           ms.arenas_current, ms.pools_used, ms.blocks_in_use, ms.bytes_in_use);
    HsMemLocation loc;
    int kind = hs_mem_locate(HS_GC_HEAD(one), &loc); // the block starts at the GC head
    if (kind == HS_MEM_LOC_SMALL) {
        printf("  node a: arena %zu, pool %zu, size class %d (%zu-byte blocks), block %zu\n",
               loc.arena_index, loc.pool_index, loc.size_class, loc.block_size,
               loc.block_index);
    } else if (kind == HS_MEM_LOC_LARGE) {
        printf("  node a: a large allocation of %zu bytes\n", loc.block_size);
    } else {
        printf("  node a: not in a pool (the allocator is still the malloc placeholder)\n");
    }
}

static int gen_of_fn(HsObject *op, void *arg) {
    return op == arg;
}

static int gen_of(HsObject *op) {
    for (int g = 0; g < HS_GC_NUM_GENERATIONS; g++) {
        if (hs_gc_foreach(g, gen_of_fn, op)) {
            return g;
        }
    }
    return -1;
}

static void hook(int phase, const HsGCCollectionInfo *info, void *arg) {
    (void)arg;
    if (phase == HS_GC_PHASE_START) {
        printf("    [gc hook] start: collecting generation %d\n", info->generation);
    } else {
        printf("    [gc hook] stop: examined %zd, collected %zd, uncollectable %zd, "
               "pause %llu ns\n",
               (ssize_t)info->candidates, (ssize_t)info->collected,
               (ssize_t)info->uncollectable, (unsigned long long)info->pause_ns);
    }
}

/* ==== the story ==== */

int main(void) {
    hs_gc_set_hook(hook, NULL);
    printf("1. Three container objects, each with one slot for a reference\n");
    HsObject *a = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *b = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *c = hs_testnode_new(&HsTestNode_Type, 1);
    if (a == NULL || b == NULL || c == NULL) {
        return 1;
    }
    show_refcounts("a, b, c = node(), node(), node()", a, b, c);
    HsObject *alias = Hs_NewRef(a);
    show_refcounts("alias = a", a, b, c);
    Hs_DECREF(alias);
    show_refcounts("del alias", a, b, c);
    printf("  a is at %p; its 16-byte GC head (list links + flags) sits just before, at %p\n",
           (void *)a, (void *)HS_GC_HEAD(a));
    printf("  each is tracked by the collector: %s, in generation %d\n",
           hs_gc_is_tracked(a) ? "yes" : "no", gen_of(a));
    show_allocator(a);

    printf("\n2. A cycle: a.slot = b, b.slot = a, and c.slot = c\n");
    hs_testnode_set(a, 0, b);
    hs_testnode_set(b, 0, a);
    hs_testnode_set(c, 0, c);
    show_refcounts("after linking", a, b, c);

    printf("\n3. Drop our references (del a, b, c)\n");
    Hs_DECREF(a);
    Hs_DECREF(b);
    Hs_DECREF(c);
    printf("  refcounts a=%zd b=%zd c=%zd: never zero, so reference counting frees nothing\n",
           (ssize_t)Hs_REFCNT(a), (ssize_t)Hs_REFCNT(b), (ssize_t)Hs_REFCNT(c));
    show_gc_state("collector state before collecting:");

    printf("\n4. gc.collect(): trial deletion over all generations\n");
    printf("  (gc_refs = refcount - references from inside the set; 0 and unreached = "
           "garbage)\n");
    Hs_ssize_t found = hs_gc_collect(2);
    printf("  hs_gc_collect(2) returned %zd (the unreachable objects it found)\n",
           (ssize_t)found);
    show_gc_state("collector state after collecting:");

    printf("\n5. Survivors are promoted: a live object moves gen 0 -> 1 -> 2\n");
    HsObject *keep = hs_testnode_new(&HsTestNode_Type, 0);
    printf("  new object: generation %d\n", gen_of(keep));
    hs_gc_collect(0);
    printf("  after collecting gen 0: generation %d\n", gen_of(keep));
    hs_gc_collect(1);
    printf("  after collecting gen 1: generation %d\n", gen_of(keep));

    printf("\n6. Automatic collection: gen 0 is collected when its count passes 700\n");
    HsObject *many[701];
    for (int i = 0; i < 700; i++) {
        many[i] = hs_testnode_new(&HsTestNode_Type, 0);
    }
    printf("  700 allocations: gen 0 count is %d, nothing happened yet\n", hs_gc_get_count(0));
    printf("  the 701st allocation:\n");
    many[700] = hs_testnode_new(&HsTestNode_Type, 0);
    printf("  gen 0 count is now %d, gen 1 count %d\n", hs_gc_get_count(0),
           hs_gc_get_count(1));
    for (int i = 0; i < 701; i++) {
        Hs_DECREF(many[i]);
    }
    Hs_DECREF(keep);
    hs_gc_set_hook(NULL, NULL);
    printf("\nAll test nodes freed: %zd alive.\n", (ssize_t)hs_testnode_counters.live);
    return 0;
}
