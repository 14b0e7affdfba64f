/* src/mem pools and arenas, as CPython 3.11's obmalloc: a pool of class c holds exactly
 * (16384 - 48) / size blocks and goes used -> full -> used -> empty; blocks come LIFO from a
 * pool's free list; arenas are 1 MiB aligned, 64 pools each, used fullest-first, and a wholly
 * free arena is unmapped at once unless it is the last usable one (CPython 3.9+ keeps that one
 * against thrashing, bpo-37257). hs_mem_locate agrees with the geometry. Deltas throughout,
 * since the tests share one heap. */
#include "hs_test.h"
#include "internal/hs_mem.h"

#include <stdint.h>

#define POOL_HEADER 48
#define NUMBLOCKS(size) ((16384 - POOL_HEADER) / (size))

static HsMemStats snap(void) {
    HsMemStats s;
    hs_mem_get_stats(&s);
    return s;
}

static uintptr_t pool_of(const void *p) {
    return (uintptr_t)p & ~(uintptr_t)16383;
}

/* ==== pools ==== */

static void test_blocks_per_pool(void) {
    HS_CHECK_EQ(NUMBLOCKS(16), 1021);
    HS_CHECK_EQ(NUMBLOCKS(144), 113);
    HS_CHECK_EQ(NUMBLOCKS(512), 31);
    /* get_stats agrees: used + free blocks of a class fill its pools exactly */
    void *p = hs_mem_malloc(50);
    HsMemStats s = snap();
    for (int c = 0; c < HS_MEM_NB_CLASSES; c++) {
        const HsMemClassStats *k = &s.classes[c];
        HS_CHECK_EQ(k->block_size, 16 * (size_t)(c + 1));
        HS_CHECK_EQ(k->blocks_in_use + k->blocks_free, k->pools_in_use * NUMBLOCKS(k->block_size));
    }
    HS_CHECK_EQ(s.pools_total, s.pools_used + s.pools_empty);
    hs_mem_free(p);
}

static void test_pool_life_cycle(void) {
    enum { CLS = 8, SIZE = 144, NB = NUMBLOCKS(144) };
    static void *b[NB + 1];
    HsMemStats s0 = snap();
    HS_CHECK_EQ(s0.classes[CLS].pools_in_use, 0); /* first use of this class here */
    for (int i = 0; i < NB; i++) {
        b[i] = hs_mem_malloc(SIZE);
        HS_CHECK(b[i] != NULL);
        HS_CHECK_EQ(pool_of(b[i]), pool_of(b[0]));
        /* fresh pool: blocks are carved in address order after the 48-byte header */
        HS_CHECK_EQ((uintptr_t)b[i], pool_of(b[0]) + POOL_HEADER + (uintptr_t)i * SIZE);
    }
    HsMemStats s1 = snap();
    HS_CHECK_EQ(s1.classes[CLS].pools_in_use, 1);
    HS_CHECK_EQ(s1.classes[CLS].blocks_in_use, NB);
    HS_CHECK_EQ(s1.classes[CLS].blocks_free, 0); /* full */
    b[NB] = hs_mem_malloc(SIZE);                 /* a full pool is not used: a new pool */
    HS_CHECK(pool_of(b[NB]) != pool_of(b[0]));
    HS_CHECK_EQ(snap().classes[CLS].pools_in_use, 2);
    hs_mem_free(b[NB]); /* that pool is empty again */
    HsMemStats s2 = snap();
    HS_CHECK_EQ(s2.classes[CLS].pools_in_use, 1);
    HS_CHECK_EQ(s2.pools_empty - s1.pools_empty, 1);
    hs_mem_free(b[40]); /* full -> used */
    HsMemStats s3 = snap();
    HS_CHECK_EQ(s3.classes[CLS].blocks_free, 1);
    HS_CHECK_EQ(s3.classes[CLS].blocks_in_use, NB - 1);
    void *again = hs_mem_malloc(SIZE - 10); /* the used pool's free list head: b[40] */
    HS_CHECK(again == b[40]);
    hs_mem_free(b[7]);
    hs_mem_free(b[9]);
    HS_CHECK(hs_mem_malloc(SIZE) == b[9]); /* LIFO */
    HS_CHECK(hs_mem_malloc(SIZE) == b[7]);
    for (int i = 0; i < NB; i++) {
        hs_mem_free(b[i]);
    }
    HsMemStats s4 = snap();
    HS_CHECK_EQ(s4.classes[CLS].pools_in_use, 0);
    HS_CHECK_EQ(s4.classes[CLS].blocks_in_use, 0);
    HS_CHECK_EQ(s4.pools_used, s0.pools_used);
    HS_CHECK_EQ(s4.blocks_in_use, s0.blocks_in_use);
}

static void test_unfull_pool_goes_first(void) {
    /* Pool A of class 9 (160 B, 102 blocks) full, pool B holds one block. Freeing a block of
     * A puts A at the front of usedpools (CPython's insert_to_usedpool), so the next request
     * is served from A, not from B. */
    enum { SIZE = 160, NB = NUMBLOCKS(160) };
    static void *a[NB];
    HS_CHECK_EQ(NB, 102);
    HS_CHECK_EQ(snap().classes[9].pools_in_use, 0);
    for (int i = 0; i < NB; i++) {
        a[i] = hs_mem_malloc(SIZE);
    }
    void *b = hs_mem_malloc(SIZE);
    HS_CHECK(pool_of(b) != pool_of(a[0]));
    void *b2 = hs_mem_malloc(SIZE); /* B is the only used pool: served from B */
    HS_CHECK_EQ(pool_of(b2), pool_of(b));
    hs_mem_free(a[50]);
    void *c = hs_mem_malloc(SIZE);
    HS_CHECK(c == a[50]);
    void *d = hs_mem_malloc(SIZE); /* A is full again and left the list: back to B */
    HS_CHECK_EQ(pool_of(d), pool_of(b));
    hs_mem_free(b);
    hs_mem_free(b2);
    hs_mem_free(d);
    for (int i = 0; i < NB; i++) {
        hs_mem_free(a[i]);
    }
    HS_CHECK_EQ(snap().classes[9].pools_in_use, 0);
}

static void test_empty_pool_reused_by_other_class(void) {
    /* A pool emptied by one class serves the next class that needs a pool. */
    void *p = hs_mem_malloc(400); /* class 24, first use */
    HS_CHECK(p != NULL);
    uintptr_t pool = pool_of(p);
    HS_CHECK_EQ((uintptr_t)p, pool + POOL_HEADER);
    hs_mem_free(p);               /* the pool is empty: first on its arena's empty list */
    void *q = hs_mem_malloc(420); /* class 26, first use: takes that pool */
    HS_CHECK_EQ(pool_of(q), pool);
    HS_CHECK_EQ((uintptr_t)q, pool + POOL_HEADER);
    HsMemLocation loc;
    hs_mem_locate(q, &loc);
    HS_CHECK_EQ(loc.size_class, 26);
    hs_mem_free(q);
}

/* ==== arenas ==== */

static void test_arena_life_cycle(void) {
    enum { PER_ARENA = 64 * NUMBLOCKS(512), N = 4 * PER_ARENA };
    void **b = malloc(N * sizeof *b);
    HS_CHECK(b != NULL);
    HsMemStats s0 = snap();
    HS_CHECK(s0.arenas_free <= 1);
    for (int i = 0; i < N; i++) {
        b[i] = hs_mem_malloc(512);
        HS_CHECK(b[i] != NULL);
        HS_CHECK_EQ((uintptr_t)b[i] % 16, 0);
    }
    HsMemStats s1 = snap();
    size_t added = s1.arenas_allocated - s0.arenas_allocated;
    HS_CHECK(added >= 3);
    HS_CHECK_EQ(s1.arenas_current - s0.arenas_current, added);
    HS_CHECK_EQ(s1.arenas_highwater,
                s1.arenas_current > s0.arenas_highwater ? s1.arenas_current : s0.arenas_highwater);
    HS_CHECK_EQ(s1.arenas_free, 0);
    for (int i = 0; i < N; i++) {
        hs_mem_free(b[i]);
    }
    HsMemStats s2 = snap();
    /* Every new arena was unmapped as it emptied, except that one wholly free arena stays
     * (the last usable one): the one kept before the test, or else the first new one. */
    HS_CHECK_EQ(s2.arenas_free, 1);
    HS_CHECK_EQ(s2.arenas_current, s0.arenas_current - s0.arenas_free + 1);
    HS_CHECK_EQ(s2.arenas_reclaimed - s0.arenas_reclaimed, added - (1 - s0.arenas_free));
    HS_CHECK_EQ(s2.arenas_allocated, s1.arenas_allocated);
    HS_CHECK_EQ(s2.blocks_in_use, s0.blocks_in_use);
    HS_CHECK_EQ(s2.pools_used, s0.pools_used);
    /* The kept arena absorbs an arena's worth of churn without mapping anything. */
    for (int round = 0; round < 5; round++) {
        for (int i = 0; i < PER_ARENA; i++) {
            b[i] = hs_mem_malloc(512);
            HS_CHECK(b[i] != NULL);
        }
        for (int i = 0; i < PER_ARENA; i++) {
            hs_mem_free(b[i]);
        }
    }
    HsMemStats s3 = snap();
    HS_CHECK_EQ(s3.arenas_allocated, s2.arenas_allocated);
    HS_CHECK_EQ(s3.arenas_current, s2.arenas_current);
    HS_CHECK_EQ(s3.arenas_free, 1);
    free(b);
}

static void test_fullest_arena_used_first(void) {
    /* Two arenas' worth, then free all of the first arena's blocks but one: that arena
     * has 63 free pools, the other none. New pools then come from the fuller one. */
    enum { PER_ARENA = 64 * NUMBLOCKS(512), N = 3 * PER_ARENA };
    void **b = malloc(N * sizeof *b);
    HS_CHECK(b != NULL);
    for (int i = 0; i < N; i++) {
        b[i] = hs_mem_malloc(512);
        HS_CHECK(b[i] != NULL);
    }
    HsMemLocation l0, l1, ln;
    hs_mem_locate(b[PER_ARENA], &l0);
    hs_mem_locate(b[2 * PER_ARENA], &l1);
    uintptr_t arena_a = l0.arena_base, arena_b = l1.arena_base;
    HS_CHECK(arena_a != arena_b);
    /* Free half the pools of arena A and a quarter of arena B (whole pools). */
    int freed_a = 0, freed_b = 0;
    for (int i = 0; i < N; i++) {
        HsMemLocation l;
        hs_mem_locate(b[i], &l);
        if ((l.arena_base == arena_a && l.pool_index % 2 == 0) ||
            (l.arena_base == arena_b && l.pool_index % 4 == 0)) {
            freed_a += l.arena_base == arena_a;
            freed_b += l.arena_base == arena_b;
            hs_mem_free(b[i]);
            b[i] = NULL;
        }
    }
    HS_CHECK_EQ(freed_a, 32 * NUMBLOCKS(512));
    HS_CHECK_EQ(freed_b, 16 * NUMBLOCKS(512));
    /* B has 16 free pools, A 32: the next pool comes from B. */
    void *x = hs_mem_malloc(512);
    hs_mem_locate(x, &ln);
    HS_CHECK_EQ(ln.arena_base, arena_b);
    hs_mem_free(x);
    for (int i = 0; i < N; i++) {
        hs_mem_free(b[i]);
    }
    free(b);
}

static void test_arenas_are_aligned_megabytes(void) {
    void *p = hs_mem_malloc(64);
    HsMemLocation loc;
    HS_CHECK_EQ(hs_mem_locate(p, &loc), HS_MEM_LOC_SMALL);
    HS_CHECK_EQ(loc.arena_base % (1u << 20), 0);
    HS_CHECK_EQ(loc.arena_base, (uintptr_t)p & ~(uintptr_t)((1u << 20) - 1));
    HS_CHECK(loc.pool_index < 64);
    HS_CHECK_EQ(loc.pool_base, loc.arena_base + loc.pool_index * 16384);
    hs_mem_free(p);
}

/* ==== locate ==== */

static void test_locate_is_consistent(void) {
    enum { N = 2500 };
    static void *b[N];
    for (int i = 0; i < N; i++) {
        b[i] = hs_mem_malloc(1 + (size_t)(i * 53) % 512);
        HS_CHECK(b[i] != NULL);
    }
    HsMemStats s = snap();
    for (int i = 0; i < N; i++) {
        HsMemLocation l;
        HS_CHECK_EQ(hs_mem_locate(b[i], &l), HS_MEM_LOC_SMALL);
        uintptr_t a = (uintptr_t)b[i];
        HS_CHECK_EQ(l.pool_base, pool_of(b[i]));
        HS_CHECK_EQ(l.arena_base, a & ~(uintptr_t)((1u << 20) - 1));
        HS_CHECK_EQ(l.pool_index, (l.pool_base - l.arena_base) / 16384);
        HS_CHECK(l.arena_index < s.arenas_allocated);
        HS_CHECK_EQ(l.block_size, 16 * (size_t)(l.size_class + 1));
        HS_CHECK_EQ(a, l.pool_base + POOL_HEADER + l.block_index * l.block_size);
        HS_CHECK(l.block_index < (size_t)NUMBLOCKS(l.block_size));
        /* an interior pointer names the same block */
        HsMemLocation m;
        HS_CHECK_EQ(hs_mem_locate((char *)b[i] + l.block_size - 1, &m), HS_MEM_LOC_SMALL);
        HS_CHECK_EQ(m.block_index, l.block_index);
        for (int j = i + 1; j < N && j < i + 40; j++) {
            HsMemLocation k;
            hs_mem_locate(b[j], &k);
            if (k.pool_base == l.pool_base) {
                HS_CHECK_EQ(k.size_class, l.size_class);
                HS_CHECK_EQ(k.arena_index, l.arena_index);
                HS_CHECK(k.block_index != l.block_index);
            }
            if (k.arena_base == l.arena_base) {
                HS_CHECK_EQ(k.arena_index, l.arena_index);
            }
        }
    }
    HS_CHECK_EQ(hs_mem_locate(NULL, NULL), HS_MEM_LOC_UNKNOWN);
    HsMemLocation l;
    hs_mem_locate(b[0], &l);
    HS_CHECK_EQ(hs_mem_locate((void *)l.pool_base, NULL), HS_MEM_LOC_UNKNOWN); /* header */
    for (int i = 0; i < N; i++) {
        hs_mem_free(b[i]);
    }
}

HS_TEST_MAIN(test_blocks_per_pool, test_pool_life_cycle, test_unfull_pool_goes_first,
             test_empty_pool_reused_by_other_class, test_arena_life_cycle,
             test_fullest_arena_used_first, test_arenas_are_aligned_megabytes,
             test_locate_is_consistent)
