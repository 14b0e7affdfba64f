/* The private heap's entry points and their accounting (CPython: Objects/obmalloc.c,
 * pymalloc_alloc/_PyObject_Malloc, pymalloc_free/_PyObject_Free, pymalloc_realloc and the
 * PyMem_Raw* layer).
 *   small (1..512 bytes)  a block of the size class (n-1)>>4 from a pool; the fast path is
 *                         inline here, pool and arena changes are in pool.c and arena.c;
 *   large (0 or > 512)    the C library, with a 16-byte header that keeps the requested size,
 *                         as CPython hands such requests to PyMem_RawMalloc;
 *   raw (hs_mem_raw_*)    the C library with the same header, counted apart.
 * A pointer is small exactly when the arena map says its 1 MiB region is one of our arenas;
 * nothing else is read to decide. While tracemalloc traces (hs_mem_trace_on), the object
 * layer's entry points take an out-of-line path that also records or forgets the block
 * (tracemalloc.c); otherwise that costs one predictable branch.
 * Accounting invariant, true between any two calls:
 *   bytes_in_use = sum of class sizes of small blocks + requested bytes of large and raw.
 * No locking: the GIL guards all of it. See docs/internals/memory.md. */
#include "internal/hs_mem_pool.h"
#include "internal/hs_mem_trace.h"

#include <stdlib.h>
#include <string.h>

/* ==== constants and state ==== */

/* Header before every large and raw block: the requested size and which layer owns it. */
typedef struct HsMemBigHeader {
    size_t big_size; /* bytes requested */
    size_t big_kind; /* BIG_LARGE or BIG_RAW */
} HsMemBigHeader;

#define BIG_LARGE ((size_t)0x4c41524745424c4bu) /* "LARGEBLK" */
#define BIG_RAW ((size_t)0x5241572d424c4f43u)   /* "RAW-BLOC" */
#define BIG_DEAD ((size_t)0xddddddddddddddddu)
#define BIG_MAX ((size_t)HS_SSIZE_T_MAX - sizeof(HsMemBigHeader))

#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif

#define USED_HEAD(i)                                                                               \
    { .pool_next = &hs_mem_state.usedpools[i], .pool_prev = &hs_mem_state.usedpools[i] }
#define USED_HEADS4(i) USED_HEAD(i), USED_HEAD(i + 1), USED_HEAD(i + 2), USED_HEAD(i + 3)

HsMemState hs_mem_state = {
    .limit = SIZE_MAX,
    .usedpools = {USED_HEADS4(0), USED_HEADS4(4), USED_HEADS4(8), USED_HEADS4(12), USED_HEADS4(16),
                  USED_HEADS4(20), USED_HEADS4(24), USED_HEADS4(28)},
};

/* ==== static helpers: accounting ==== */

static inline int over_limit(size_t add) {
    return hs_mem_state.bytes_in_use + add > hs_mem_state.limit;
}

static inline void bytes_add(size_t n) {
    size_t now = hs_mem_state.bytes_in_use + n;
    size_t peak = hs_mem_state.bytes_peak;
    hs_mem_state.bytes_in_use = now;
    hs_mem_state.bytes_peak = now > peak ? now : peak; /* branch-free: peaks come at random */
}

/* ==== static helpers: small blocks ==== */

/* Slow paths of small_alloc, out of line so that the fast path needs no stack frame. */
static NOINLINE void *small_alloc_new_pool(unsigned szidx) {
    hs_block *bp = hs_mem_pool_alloc_new(szidx);
    if (HS_UNLIKELY(bp == NULL)) {
        return NULL;
    }
    bytes_add(HS_MEM_INDEX2SIZE(szidx));
    hs_mem_state.small_in_use++;
    return bp;
}

static NOINLINE void *small_alloc_extend(HsMemPool *pool, unsigned szidx, hs_block *bp) {
    hs_mem_pool_extend(pool, szidx);
    bytes_add(HS_MEM_INDEX2SIZE(szidx));
    hs_mem_state.small_in_use++;
    return bp;
}

/* A block of class 'szidx', or NULL (heap limit, or no arena to be had).
 * Models pymalloc_alloc(). */
static inline void *small_alloc(unsigned szidx) {
    HsMemState *st = &hs_mem_state;
    size_t size = HS_MEM_INDEX2SIZE(szidx);
    if (HS_UNLIKELY(over_limit(size))) {
        return NULL;
    }
    HsMemPool *head = &st->usedpools[szidx];
    HsMemPool *pool = head->pool_next;
    if (HS_UNLIKELY(pool == head)) {
        return small_alloc_new_pool(szidx); /* no used pool of this class */
    }
    hs_block *bp = pool->pool_freeblock;
    HS_MEM_UNPOISON(bp, size);
    hs_block *next = *(hs_block **)(void *)bp;
    pool->pool_count++;
    pool->pool_freeblock = next;
    if (HS_UNLIKELY(next == NULL)) {
        return small_alloc_extend(pool, szidx, bp); /* free list ran out */
    }
    bytes_add(size);
    st->small_in_use++;
    return bp;
}

#if HS_DEBUG_ASSERT
/* Abort unless 'p' is the start of a block handed out from its pool. */
static void check_small_block(const HsMemPool *pool, uintptr_t a) {
    size_t off = a & HS_MEM_POOL_MASK;
    HS_ASSERT(pool->pool_szidx < HS_MEM_NB_CLASSES);
    size_t size = HS_MEM_INDEX2SIZE(pool->pool_szidx);
    HS_ASSERT(pool->pool_count > 0);
    HS_ASSERT(off >= HS_MEM_POOL_OVERHEAD && off < pool->pool_nextoffset);
    HS_ASSERT((off - HS_MEM_POOL_OVERHEAD) % size == 0);
}
#endif

/* Give back the small block 'p'. Models pymalloc_free(). */
static inline void small_free(void *p) {
    HsMemState *st = &hs_mem_state;
    HsMemPool *pool = (HsMemPool *)((uintptr_t)p & ~(uintptr_t)HS_MEM_POOL_MASK);
#if HS_DEBUG_ASSERT
    check_small_block(pool, (uintptr_t)p);
#endif
    size_t size = HS_MEM_INDEX2SIZE(pool->pool_szidx);
    hs_block *lastfree = pool->pool_freeblock;
    *(hs_block **)p = lastfree;
#if HS_DEBUG_ASSERT
    memset((hs_block *)p + sizeof(hs_block *), 0xDD, size - sizeof(hs_block *));
#endif
    HS_MEM_POISON(p, size);
    pool->pool_freeblock = (hs_block *)p;
    unsigned count = --pool->pool_count;
    st->bytes_in_use -= size;
    st->small_in_use--;
    if (HS_UNLIKELY(lastfree == NULL)) {
        hs_mem_pool_unfull(pool); /* was full: in no list */
    } else if (HS_UNLIKELY(count == 0)) {
        hs_mem_pool_release(pool); /* now empty */
    }
}

static inline int is_small(const void *p) {
    return hs_mem_map_lookup((uintptr_t)p) != 0;
}

/* ==== static helpers: large and raw blocks ==== */

static void big_count(size_t kind, long blocks, size_t bytes_plus, size_t bytes_minus) {
    HsMemState *st = &hs_mem_state;
    if (kind == BIG_LARGE) {
        st->large_in_use += (size_t)blocks;
        st->large_bytes = st->large_bytes + bytes_plus - bytes_minus;
    } else {
        st->raw_in_use += (size_t)blocks;
        st->raw_bytes = st->raw_bytes + bytes_plus - bytes_minus;
    }
    st->bytes_in_use -= bytes_minus;
    bytes_add(bytes_plus);
}

static HsMemBigHeader *big_header(void *p) {
    HsMemBigHeader *h = (HsMemBigHeader *)p - 1;
    HS_ASSERT(h->big_kind == BIG_LARGE || h->big_kind == BIG_RAW);
    return h;
}

/* 'n' bytes from the C library behind a header, zeroed if 'zero'. NULL on failure. */
static void *big_alloc(size_t n, size_t kind, int zero) {
    if (n > BIG_MAX || over_limit(n)) {
        return NULL;
    }
    size_t total = n + sizeof(HsMemBigHeader);
    HsMemBigHeader *h = zero ? calloc(1, total) : malloc(total);
    if (h == NULL) {
        return NULL;
    }
    h->big_size = n;
    h->big_kind = kind;
    big_count(kind, 1, n, 0);
    return h + 1;
}

static void *big_realloc(void *p, size_t n) {
    HsMemBigHeader *h = big_header(p);
    size_t old = h->big_size, kind = h->big_kind;
    if (n > BIG_MAX || (n > old && over_limit(n - old))) {
        return NULL;
    }
    HsMemBigHeader *h2 = realloc(h, n + sizeof(HsMemBigHeader));
    if (h2 == NULL) {
        return NULL;
    }
    h2->big_size = n;
    big_count(kind, 0, n, old);
    return h2 + 1;
}

static void big_free(void *p) {
    HsMemBigHeader *h = big_header(p);
    big_count(h->big_kind, -1, 0, h->big_size);
    h->big_kind = BIG_DEAD;
    free(h);
}

/* ==== static helpers: the object layer, untraced ==== */

static void *malloc_untraced(size_t n);

/* Move the small block 'p' as CPython's pymalloc_realloc(): keep it when 'n' still fits
 * its class and shaves off less than a quarter; else copy into a new block. */
static void *small_realloc(void *p, size_t n) {
    const HsMemPool *pool = (const HsMemPool *)((uintptr_t)p & ~(uintptr_t)HS_MEM_POOL_MASK);
    size_t size = HS_MEM_INDEX2SIZE(pool->pool_szidx);
    if (n <= size) {
        if (4 * n > 3 * size) {
            return p; /* same, or shrinking by less than 25% */
        }
        size = n;
    }
    void *bp = malloc_untraced(n);
    if (bp != NULL) {
        memcpy(bp, p, size);
        small_free(p);
    }
    return bp;
}

static inline void *malloc_untraced(size_t n) {
    if (HS_LIKELY(n - 1 < HS_MEM_SMALL_LIMIT)) {
        return small_alloc((unsigned)(n - 1) >> HS_MEM_ALIGNMENT_SHIFT);
    }
    return big_alloc(n, BIG_LARGE, 0);
}

/* 'n' zeroed bytes ('n' already checked for overflow). */
static void *calloc_untraced(size_t n) {
    if (n - 1 < HS_MEM_SMALL_LIMIT) {
        void *p = small_alloc((unsigned)(n - 1) >> HS_MEM_ALIGNMENT_SHIFT);
        if (p != NULL) {
            memset(p, 0, n);
        }
        return p;
    }
    return big_alloc(n, BIG_LARGE, 1);
}

static void *realloc_untraced(void *p, size_t n) {
    if (p == NULL) {
        return malloc_untraced(n);
    }
    if (is_small(p)) {
        return small_realloc(p, n);
    }
    /* Not ours to move into a pool (CPython lets the C library keep it). */
    return big_realloc(p, n);
}

static inline void free_untraced(void *p) {
    if (HS_LIKELY(is_small(p))) {
        small_free(p);
    } else if (p != NULL) {
        big_free(p);
    }
}

/* ==== static helpers: the object layer, traced (CPython: tracemalloc_alloc etc.) ==== */

/* A block recorded with the current traceback; a block whose trace cannot be stored is
 * given back and the call fails, as CPython's tracemalloc_alloc. */
static NOINLINE void *traced_malloc(size_t n, int zero) {
    void *p = zero ? calloc_untraced(n) : malloc_untraced(n);
    if (p != NULL && hs_mem_trace_add(p, n) < 0) {
        free_untraced(p);
        return NULL;
    }
    return p;
}

/* CPython's tracemalloc_realloc: the new block is traced with the current traceback,
 * whether or not the old one was. If that trace cannot be stored the block stays
 * untraced (CPython aborts there). */
static NOINLINE void *traced_realloc(void *p, size_t n) {
    void *p2 = realloc_untraced(p, n);
    if (p2 == NULL) {
        return NULL;
    }
    if (p != NULL && p2 != p) {
        hs_mem_trace_remove(p);
    }
    if (hs_mem_trace_add(p2, n) < 0) {
        hs_mem_trace_remove(p2);
    }
    return p2;
}

/* ==== public API: object layer ==== */

void *hs_mem_malloc(size_t n) {
    if (HS_UNLIKELY(hs_mem_trace_on)) {
        return traced_malloc(n, 0);
    }
    return malloc_untraced(n);
}

void *hs_mem_calloc(size_t nelem, size_t elsize) {
    if (elsize != 0 && nelem > (size_t)HS_SSIZE_T_MAX / elsize) {
        return NULL;
    }
    if (HS_UNLIKELY(hs_mem_trace_on)) {
        return traced_malloc(nelem * elsize, 1);
    }
    return calloc_untraced(nelem * elsize);
}

void *hs_mem_realloc(void *p, size_t n) {
    if (HS_UNLIKELY(hs_mem_trace_on)) {
        return traced_realloc(p, n);
    }
    return realloc_untraced(p, n);
}

void hs_mem_free(void *p) {
    if (HS_UNLIKELY(hs_mem_trace_on)) {
        hs_mem_trace_remove(p);
    }
    free_untraced(p);
}

/* ==== public API: raw layer ====
 * Traced too, as CPython's tracemalloc hooks the raw domain (everything here runs under the
 * GIL, so the frames can be read). */

static NOINLINE void *traced_raw(void *p, size_t n) {
    if (p != NULL && hs_mem_trace_add(p, n) < 0) {
        big_free(p);
        return NULL;
    }
    return p;
}

void *hs_mem_raw_malloc(size_t n) {
    void *p = big_alloc(n, BIG_RAW, 0);
    return HS_UNLIKELY(hs_mem_trace_on) ? traced_raw(p, n) : p;
}

void *hs_mem_raw_calloc(size_t nelem, size_t elsize) {
    if (elsize != 0 && nelem > (size_t)HS_SSIZE_T_MAX / elsize) {
        return NULL;
    }
    void *p = big_alloc(nelem * elsize, BIG_RAW, 1);
    return HS_UNLIKELY(hs_mem_trace_on) ? traced_raw(p, nelem * elsize) : p;
}

void *hs_mem_raw_realloc(void *p, size_t n) {
    if (p == NULL) {
        return hs_mem_raw_malloc(n);
    }
    HS_ASSERT(!is_small(p));
    if (HS_UNLIKELY(hs_mem_trace_on)) {
        return traced_realloc(p, n);
    }
    return big_realloc(p, n);
}

void hs_mem_raw_free(void *p) {
    if (p != NULL) {
        HS_ASSERT(!is_small(p));
        if (HS_UNLIKELY(hs_mem_trace_on)) {
            hs_mem_trace_remove(p);
        }
        big_free(p);
    }
}

/* ==== public API: limit and counters ==== */

void hs_mem_set_limit(size_t bytes) {
    hs_mem_state.user_limit = bytes;
    hs_mem_state.limit = bytes ? bytes : SIZE_MAX;
}

size_t hs_mem_get_limit(void) {
    return hs_mem_state.user_limit;
}

size_t hs_mem_allocated_blocks(void) {
    const HsMemState *st = &hs_mem_state;
    return st->small_in_use + st->large_in_use + st->raw_in_use;
}

void hs_mem_reset_peak(void) {
    hs_mem_state.bytes_peak = hs_mem_state.bytes_in_use;
}

size_t hs_mem_big_size(const void *p) {
    return big_header((void *)p)->big_size;
}
