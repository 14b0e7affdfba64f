/* Private structures of the small-object allocator, shared by the files of src/mem only
 * (arena.c, pool.c, obmalloc.c, debugstats.c). Nothing above src/mem may include this header:
 * the layers above see only internal/hs_mem.h. Models the declarations at the top of CPython
 * 3.11's Objects/obmalloc.c (pool_header, arena_object, usedpools, nfp2lasta).
 *
 * Geometry (64-bit, as CPython 3.11 with large arenas and pools):
 *   | thing  | size      | alignment | count                                   |
 *   |--------|-----------|-----------|-----------------------------------------|
 *   | arena  | 1 MiB     | 1 MiB     | as many as needed, mmap'ed one by one   |
 *   | pool   | 16 KiB    | 16 KiB    | 64 per arena (no pool lost to alignment) |
 *   | header | 48 bytes  | at pool start | one per pool                          |
 *   | block  | 16..512 B | 16 bytes  | (16384 - 48) / size per pool            |
 * See docs/internals/memory.md. */
#ifndef HS_INTERNAL_HS_MEM_POOL_H
#define HS_INTERNAL_HS_MEM_POOL_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_mem.h"

#include <stdint.h>

/* ==== geometry ==== */
#define HS_MEM_ALIGNMENT_SHIFT 4
#define HS_MEM_ARENA_MASK (HS_MEM_ARENA_SIZE - 1)
#define HS_MEM_POOL_MASK (HS_MEM_POOL_SIZE - 1)
#define HS_MEM_POOLS_PER_ARENA ((unsigned)(HS_MEM_ARENA_SIZE / HS_MEM_POOL_SIZE)) /* 64 */
#define HS_MEM_POOL_OVERHEAD ((unsigned)sizeof(HsMemPool))                        /* 48 */
#define HS_MEM_INDEX2SIZE(i) (((size_t)(i) + 1) << HS_MEM_ALIGNMENT_SHIFT)
#define HS_MEM_NUMBLOCKS(i) ((HS_MEM_POOL_SIZE - HS_MEM_POOL_OVERHEAD) / HS_MEM_INDEX2SIZE(i))
#define HS_MEM_DUMMY_SIZE_IDX 0xffffu /* szidx of a freshly carved pool: matches no class */

typedef uint8_t hs_block;

/* ==== pool header ====
 * A pool holds blocks of one size class. Its state follows from pool_count and pool_freeblock:
 *   | state | pool_count        | pool_freeblock | lists                           |
 *   |-------|-------------------|----------------|---------------------------------|
 *   | used  | 1..NUMBLOCKS-1    | non-NULL       | doubly linked in usedpools[szidx] |
 *   | full  | NUMBLOCKS         | NULL           | in no list                      |
 *   | empty | 0                 | (stale)        | singly linked on arena_freepools |
 * Transitions: alloc in used -> used|full; free in full -> used (front of usedpools);
 * free of the last block -> empty; alloc from an empty pool -> used (its free list is kept
 * when the class is the same, rebuilt otherwise).
 * Free blocks: the pool_freeblock list, then the never-used tail from pool_nextoffset up to
 * pool_maxnextoffset (blocks are carved lazily, so untouched pages stay untouched). */
typedef struct HsMemPool {
    unsigned pool_count;         /* blocks allocated from this pool */
    unsigned pool_pad;           /* keeps the CPython layout: 48-byte header */
    hs_block *pool_freeblock;    /* first free block, NULL when full */
    struct HsMemPool *pool_next; /* usedpools list, or arena_freepools list when empty */
    struct HsMemPool *pool_prev; /* usedpools list only */
    unsigned pool_arenaindex;    /* index of the arena in hs_mem_state.arenas */
    unsigned pool_szidx;         /* size class 0..31, or HS_MEM_DUMMY_SIZE_IDX */
    unsigned pool_nextoffset;    /* offset of the next never-used block */
    unsigned pool_maxnextoffset; /* largest valid pool_nextoffset */
} HsMemPool;

/* ==== arena object ====
 * One per arena slot; slots live in the growable table hs_mem_state.arenas.
 *   arena_address == 0: slot unused, on the unused_arenas list (singly linked by arena_next).
 *   otherwise the arena is mapped; if arena_nfreepools > 0 it is on usable_arenas, a doubly
 *   linked list sorted by arena_nfreepools ascending (fullest first, so that lightly used
 *   arenas drain and can be returned); nfp2lasta[n] is the rightmost arena with n free pools.
 * arena_nfreepools counts pools on arena_freepools plus pools never carved (those from
 * arena_pool_address to the arena's end). */
typedef struct HsMemArena {
    uintptr_t arena_address;      /* base (1 MiB aligned), 0 if slot unused */
    hs_block *arena_pool_address; /* next pool never carved */
    unsigned arena_nfreepools;    /* empty pools + never-carved pools */
    unsigned arena_ntotalpools;   /* 64 */
    HsMemPool *arena_freepools;   /* empty pools, singly linked by pool_next */
    struct HsMemArena *arena_next;
    struct HsMemArena *arena_prev;
} HsMemArena;

/* ==== allocator state ==== (one per process; the GIL guards it) */
typedef struct HsMemState {
    /* hot: read or written by every small allocation */
    size_t bytes_in_use; /* small blocks' class sizes + large + raw requested bytes */
    size_t limit;        /* effective heap limit, SIZE_MAX for none */
    size_t bytes_peak;   /* highest bytes_in_use since start or the last reset */
    size_t small_in_use; /* small blocks allocated */
    HsMemPool usedpools[HS_MEM_NB_CLASSES]; /* list heads (only pool_next/pool_prev used) */
    /* arenas */
    HsMemArena *arenas;        /* table of arena slots (realloc'ed: keep indices) */
    unsigned maxarenas;        /* slots in the table */
    HsMemArena *unused_arenas; /* slots with no arena */
    HsMemArena *usable_arenas; /* arenas with a free pool, fewest free pools first */
    HsMemArena *nfp2lasta[HS_MEM_POOLS_PER_ARENA + 1];
    size_t arenas_allocated; /* arenas ever mapped */
    size_t arenas_current;   /* arenas mapped now */
    size_t arenas_highwater; /* most arenas mapped at once */
    /* large and raw blocks (both from the C library, with an HsMemBigHeader) */
    size_t large_in_use, large_bytes;
    size_t raw_in_use, raw_bytes;
    size_t user_limit; /* as set by hs_mem_set_limit (0 = none) */
} HsMemState;

extern HsMemState hs_mem_state;

/* ==== arena map ====
 * Arenas are 1 MiB aligned, so (address >> 20) names the arena slot of the address space an
 * address lies in. A two-level radix map from that number to (index in the arena table + 1),
 * 0 meaning "not one of our arenas", answers "is this a small block?" exactly without
 * touching the block: root indexed by address bits 36..47, leaves by bits 20..35. Addresses
 * at or above 2^48 are never ours. */
#define HS_MEM_MAP_ROOT_BITS 12
#define HS_MEM_MAP_LEAF_BITS 16
#define HS_MEM_MAP_ROOT_LEN ((size_t)1 << HS_MEM_MAP_ROOT_BITS)
#define HS_MEM_MAP_LEAF_LEN ((size_t)1 << HS_MEM_MAP_LEAF_BITS)

typedef struct HsMemMapLeaf {
    uint32_t leaf_slot[HS_MEM_MAP_LEAF_LEN]; /* arena index + 1, or 0 */
} HsMemMapLeaf;

extern HsMemMapLeaf *hs_mem_map_root[HS_MEM_MAP_ROOT_LEN];
extern size_t hs_mem_map_leaves; /* leaves allocated (never freed) */
/* CPython 3.11's radix-tree nodes for the same arenas (mid, bot), for _debugmallocstats. */
extern size_t hs_mem_cpython_map_mid, hs_mem_cpython_map_bot;

/* Arena index + 1 of the arena holding address 'a', or 0 if 'a' is not in one of ours. */
static inline uint32_t hs_mem_map_lookup(uintptr_t a) {
    uintptr_t r = a >> (20 + HS_MEM_MAP_LEAF_BITS);
    const HsMemMapLeaf *leaf;
    if (HS_UNLIKELY(r >= HS_MEM_MAP_ROOT_LEN) || HS_UNLIKELY((leaf = hs_mem_map_root[r]) == NULL)) {
        return 0;
    }
    return leaf->leaf_slot[(a >> 20) & (HS_MEM_MAP_LEAF_LEN - 1)];
}

/* ==== ASan poisoning of free blocks ====
 * Under AddressSanitizer every block not handed out is poisoned, so a use after free or an
 * overflow into a free neighbour of a small block is reported as for malloc'ed memory. */
#if defined(__SANITIZE_ADDRESS__)
#define HS_MEM_WITH_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HS_MEM_WITH_ASAN 1
#endif
#endif
#ifndef HS_MEM_WITH_ASAN
#define HS_MEM_WITH_ASAN 0
#endif

#if HS_MEM_WITH_ASAN
void __asan_poison_memory_region(void const volatile *addr, size_t size);
void __asan_unpoison_memory_region(void const volatile *addr, size_t size);
void __lsan_register_root_region(const void *p, size_t size);
void __lsan_unregister_root_region(const void *p, size_t size);
#define HS_MEM_POISON(p, n) __asan_poison_memory_region((p), (n))
#define HS_MEM_UNPOISON(p, n) __asan_unpoison_memory_region((p), (n))
/* LeakSanitizer does not scan mmap'ed memory: arenas are registered as root regions, so a
 * malloc'ed block referenced only from a small block (a large dict table of a static type's
 * dict, say) is not reported as leaked. */
#define HS_MEM_LSAN_ROOT(p, n) __lsan_register_root_region((p), (n))
#define HS_MEM_LSAN_UNROOT(p, n) __lsan_unregister_root_region((p), (n))
#else
#define HS_MEM_POISON(p, n) ((void)(p), (void)(n))
#define HS_MEM_UNPOISON(p, n) ((void)(p), (void)(n))
#define HS_MEM_LSAN_ROOT(p, n) ((void)(p), (void)(n))
#define HS_MEM_LSAN_UNROOT(p, n) ((void)(p), (void)(n))
#endif

/* Write the free-list link of a free (poisoned) block. */
static inline void hs_mem_link_set(hs_block *b, hs_block *next) {
    HS_MEM_UNPOISON(b, sizeof(hs_block *));
    *(hs_block **)(void *)b = next;
    HS_MEM_POISON(b, sizeof(hs_block *));
}

/* ==== shared between the files of src/mem ==== */
/* pool.c: no used pool of class 'szidx' has a free block: take an empty pool, link it
 * first on usedpools[szidx] and return its first block (unpoisoned), or NULL when no arena
 * can be had. Accounting is left to the caller. */
hs_block *hs_mem_pool_alloc_new(unsigned szidx);
/* pool.c: a used pool's free list has just run out (its head block was handed out): extend
 * it with the next never-used block or, if none is left, unlink the now full pool from
 * usedpools. Models pymalloc_pool_extend(). */
void hs_mem_pool_extend(HsMemPool *pool, unsigned szidx);
/* pool.c: the pool was full and has just had a block freed: put it back on usedpools. */
void hs_mem_pool_unfull(HsMemPool *pool);
/* pool.c: the pool's last block was just freed: move it to its arena's empty list. */
void hs_mem_pool_release(HsMemPool *pool);
/* arena.c: take an empty pool from the fullest usable arena (mapping a new arena if none is
 * usable); NULL if the OS gives no memory. A newly carved pool has pool_szidx ==
 * HS_MEM_DUMMY_SIZE_IDX; a reused one keeps its header and free list. */
HsMemPool *hs_mem_arena_take_pool(void);
/* arena.c: put the empty 'pool' on its arena's empty list; keep usable_arenas sorted; give
 * a wholly free arena back to the OS (unless it is the last usable one, as CPython). */
void hs_mem_arena_give_pool(HsMemPool *pool);
/* obmalloc.c: requested size of a large or raw block 'p' (for hs_mem_locate). */
size_t hs_mem_big_size(const void *p);

#endif /* HS_INTERNAL_HS_MEM_POOL_H */
