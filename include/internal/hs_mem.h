/* The private heap (CPython: Objects/obmalloc.c). Three layers, as in the seed notes:
 *   raw      hs_mem_raw_*   the C library allocator, counted;
 *   object   hs_mem_*       blocks of 16..512 bytes in 32 size classes carved from 16 KiB
 *                           pools in 1 MiB arenas mmap'ed from the OS; larger requests fall
 *                           through to the raw layer and are still counted;
 *   per-type free lists live in src/obj above this.
 * All of it runs under the GIL: no locking here. Accounting is exact at every moment.
 * See docs/internals/memory.md. */
#ifndef HS_INTERNAL_HS_MEM_H
#define HS_INTERNAL_HS_MEM_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "hs/config.h"

#include <stdio.h>

/* ==== geometry (CPython 3.11, 64-bit) ==== */
#define HS_MEM_ALIGNMENT 16
#define HS_MEM_SMALL_LIMIT 512
#define HS_MEM_NB_CLASSES (HS_MEM_SMALL_LIMIT / HS_MEM_ALIGNMENT) /* 32 */
#define HS_MEM_ARENA_SIZE ((size_t)1 << 20)                      /* 1 MiB */
#define HS_MEM_POOL_SIZE ((size_t)1 << 14)                       /* 16 KiB */

/* ==== raw layer: malloc/realloc/free, counted ==== */
void *hs_mem_raw_malloc(size_t n);
void *hs_mem_raw_calloc(size_t nelem, size_t elsize);
void *hs_mem_raw_realloc(void *p, size_t n);
void hs_mem_raw_free(void *p);

/* ==== object layer ====
 * Each returns NULL on failure, without setting an exception (the caller raises
 * MemoryError); failure includes going past the heap limit (hs_mem_set_limit) and the OS
 * refusing memory, never an abort. Blocks are 16-byte aligned. 1..512 bytes: a pool block
 * of the size class (n-1)>>4. 0 bytes and >512: the C library, counted as "large" with the
 * requested size (as CPython, whose pymalloc refuses 0 and hands it to PyMem_RawMalloc);
 * so a request of 0 bytes returns a unique non-NULL pointer that counts 0 bytes.
 * hs_mem_realloc follows CPython's pymalloc_realloc: a small block stays in place when the
 * new size fits its class and is more than 3/4 of it, else moves (keeping the contents); a
 * large block stays with the C library even when shrunk to a small size. hs_mem_free and
 * hs_mem_raw_free accept blocks from either layer (a header says which to count). */
void *hs_mem_malloc(size_t n);
void *hs_mem_calloc(size_t nelem, size_t elsize);
void *hs_mem_realloc(void *p, size_t n);
void hs_mem_free(void *p);

/* ==== heap limit ==== */
/* Set the most bytes the heap may hold (blocks in use + large allocations + raw), 0 for no
 * limit. An allocation that would pass it fails with NULL. */
void hs_mem_set_limit(size_t bytes);
size_t hs_mem_get_limit(void);

/* ==== accounting ==== */
typedef struct HsMemClassStats {
    size_t block_size;     /* 16 * (class + 1) */
    size_t pools_in_use;   /* pools of this class, partly or wholly used */
    size_t blocks_in_use;  /* allocated blocks of this class */
    size_t blocks_free;    /* free blocks in the pools of this class */
} HsMemClassStats;

typedef struct HsMemStats {
    size_t arenas_allocated;      /* arenas ever mmap'ed */
    size_t arenas_reclaimed;      /* arenas given back to the OS */
    size_t arenas_highwater;      /* most arenas held at once */
    size_t arenas_current;        /* arenas held now */
    size_t arenas_free;           /* of those, arenas whose pools are all empty (CPython
                                     keeps the last usable one instead of unmapping it) */
    size_t pools_total;           /* pools carved out of the current arenas */
    size_t pools_used;            /* of those, pools holding at least one block */
    size_t pools_empty;           /* of those, pools on the empty list */
    size_t blocks_in_use;         /* small blocks allocated now */
    size_t bytes_in_use;          /* small blocks' class sizes + large and raw requested bytes */
    size_t bytes_peak;            /* highest bytes_in_use so far */
    size_t large_in_use;          /* allocations of 0 or over 512 bytes now */
    size_t large_bytes;           /* and their requested bytes */
    size_t raw_in_use;            /* raw-layer allocations now */
    size_t raw_bytes;             /* and their requested bytes */
    HsMemClassStats classes[HS_MEM_NB_CLASSES];
} HsMemStats;

/* Fill 'out' with the allocator's figures at this moment. */
void hs_mem_get_stats(HsMemStats *out);

/* Number of allocated blocks of all kinds (small + large + raw).
 * CPython: sys.getallocatedblocks (which counts pymalloc blocks only; see memory.md). */
size_t hs_mem_allocated_blocks(void);

/* Reset bytes_peak to bytes_in_use (for tracemalloc.reset_peak-like uses). */
void hs_mem_reset_peak(void);

/* Write the report of CPython's sys._debugmallocstats() to 'out'. */
void hs_mem_debug_stats(FILE *out);
/* One "N <name>s * S bytes each = total" line (CPython: _PyDebugAllocatorStats), for the
 * object layer's free-list part of sys._debugmallocstats(). */
void hs_mem_debug_allocator_stats(FILE *out, const char *block_name, int num_blocks,
                                  size_t sizeof_block);

/* ==== locating a block ==== */
typedef struct HsMemLocation {
    int kind;             /* HS_MEM_LOC_SMALL, HS_MEM_LOC_LARGE or HS_MEM_LOC_UNKNOWN */
    size_t arena_index;   /* small: index of the arena in the arena table */
    uintptr_t arena_base; /* small: arena's first address */
    size_t pool_index;    /* small: pool number inside the arena */
    uintptr_t pool_base;  /* small: pool's first address */
    int size_class;       /* small: 0..31 */
    size_t block_size;    /* small: 16 * (size_class + 1); large: requested size */
    size_t block_index;   /* small: block number inside the pool */
} HsMemLocation;

enum { HS_MEM_LOC_UNKNOWN = 0, HS_MEM_LOC_SMALL = 1, HS_MEM_LOC_LARGE = 2 };

/* Describe where 'p' (a pointer returned by hs_mem_malloc and not yet freed, or a pointer
 * inside such a small block) lives. Returns the kind; fills 'out' (which may be NULL).
 * Addresses inside our arenas that are no block (a pool header, an empty or never-used pool)
 * give HS_MEM_LOC_UNKNOWN, as does NULL; a free block in a used pool still reads as SMALL. */
int hs_mem_locate(const void *p, HsMemLocation *out);

#endif /* HS_INTERNAL_HS_MEM_H */
