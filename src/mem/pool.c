/* Pools: the slow paths of the small-block allocator, where a pool changes state.
 * Models CPython 3.11's Objects/obmalloc.c: allocate_from_new_pool() (pool half),
 * pymalloc_pool_extend(), insert_to_usedpool() and the pool half of insert_to_freepool().
 * The fast paths (a block from the head of a used pool's free list, a block pushed back on
 * it) are static inline in obmalloc.c and call here only when a pool changes state:
 *   used -> full    pool_extend finds no never-used block left: unlink from usedpools
 *   full -> used    hs_mem_pool_unfull: link at the front of usedpools[szidx]
 *   used -> empty   hs_mem_pool_release: unlink, give to the arena's empty list
 *   empty -> used   hs_mem_pool_alloc_new: take from the fullest arena, link first
 * Invariant: usedpools[c] lists exactly the pools of class c that are neither full nor empty.
 * See the pool header in internal/hs_mem_pool.h and docs/internals/memory.md. */
#include "internal/hs_mem_pool.h"

#include <string.h>

/* ==== internal API ==== */

void hs_mem_pool_extend(HsMemPool *pool, unsigned szidx) {
    if (pool->pool_nextoffset <= pool->pool_maxnextoffset) {
        hs_block *b = (hs_block *)pool + pool->pool_nextoffset;
        pool->pool_freeblock = b;
        pool->pool_nextoffset += (unsigned)HS_MEM_INDEX2SIZE(szidx);
        hs_mem_link_set(b, NULL);
        return;
    }
    /* Full: unlink from usedpools[szidx]. */
    HsMemPool *next = pool->pool_next;
    HsMemPool *prev = pool->pool_prev;
    next->pool_prev = prev;
    prev->pool_next = next;
}

hs_block *hs_mem_pool_alloc_new(unsigned szidx) {
    HsMemPool *pool = hs_mem_arena_take_pool();
    if (pool == NULL) {
        return NULL;
    }
    /* Front-link to usedpools[szidx], which is empty (else we would not be here). */
    HsMemPool *head = &hs_mem_state.usedpools[szidx];
    HS_ASSERT(head->pool_next == head);
    pool->pool_next = head;
    pool->pool_prev = head;
    head->pool_next = pool;
    head->pool_prev = pool;
    pool->pool_count = 1;
    size_t size = HS_MEM_INDEX2SIZE(szidx);
    hs_block *bp;
    if (pool->pool_szidx == szidx) {
        /* It last held blocks of this class: header and free list are still right. */
        bp = pool->pool_freeblock;
        HS_ASSERT(bp != NULL);
        HS_MEM_UNPOISON(bp, size);
        pool->pool_freeblock = *(hs_block **)(void *)bp;
        if (pool->pool_freeblock == NULL) {
            hs_mem_pool_extend(pool, szidx); /* only for a class with 1 block per pool */
        }
        return bp;
    }
    /* Set the pool up for the class: first block out, second block on the free list, the
     * rest never used. */
    pool->pool_szidx = szidx;
    bp = (hs_block *)pool + HS_MEM_POOL_OVERHEAD;
    pool->pool_nextoffset = (unsigned)(HS_MEM_POOL_OVERHEAD + (size << 1));
    pool->pool_maxnextoffset = (unsigned)(HS_MEM_POOL_SIZE - size);
    pool->pool_freeblock = bp + size;
    hs_mem_link_set(pool->pool_freeblock, NULL);
    HS_MEM_UNPOISON(bp, size);
    return bp;
}

void hs_mem_pool_unfull(HsMemPool *pool) {
    /* Insert at the front of usedpools: LRU use of pools of one class, as CPython. */
    HS_ASSERT(pool->pool_count > 0);
    HsMemPool *head = &hs_mem_state.usedpools[pool->pool_szidx];
    HsMemPool *next = head->pool_next;
    pool->pool_next = next;
    pool->pool_prev = head;
    next->pool_prev = pool;
    head->pool_next = pool;
}

void hs_mem_pool_release(HsMemPool *pool) {
    HS_ASSERT(pool->pool_count == 0);
    HsMemPool *next = pool->pool_next;
    HsMemPool *prev = pool->pool_prev;
    next->pool_prev = prev;
    prev->pool_next = next;
    hs_mem_arena_give_pool(pool);
}
