/* What the allocator can tell about itself: the HsMemStats snapshot, the report of CPython's
 * sys._debugmallocstats(), and where a block lives (arena, pool, class, index).
 * Models CPython 3.11's _PyObject_DebugMallocStats() and its printone() helper in
 * Objects/obmalloc.c. Per-class and per-pool figures are not kept as counters (that would
 * slow the fast path): they are derived here by walking every carved pool of every arena,
 * as CPython does; the running counters (bytes, blocks, arenas) are copied as they are.
 * Reads only pool headers, never block contents, so it is ASan-clean with poisoned blocks.
 * See docs/internals/memory.md. */
#include "internal/hs_mem_pool.h"

#include <string.h>

/* ==== static helpers ==== */

/* Per-class walk of all carved pools; fills the pool and class fields of 'out'. */
static void scan_pools(HsMemStats *out) {
    const HsMemState *st = &hs_mem_state;
    for (unsigned i = 0; i < st->maxarenas; i++) {
        const HsMemArena *ao = &st->arenas[i];
        if (ao->arena_address == 0) {
            continue;
        }
        if (ao->arena_nfreepools == ao->arena_ntotalpools) {
            out->arenas_free++;
        }
        for (uintptr_t base = ao->arena_address; base < (uintptr_t)ao->arena_pool_address;
             base += HS_MEM_POOL_SIZE) {
            const HsMemPool *pool = (const HsMemPool *)base;
            out->pools_total++;
            if (pool->pool_count == 0) {
                out->pools_empty++;
                continue;
            }
            HS_ASSERT(pool->pool_szidx < HS_MEM_NB_CLASSES);
            HsMemClassStats *c = &out->classes[pool->pool_szidx];
            out->pools_used++;
            c->pools_in_use++;
            c->blocks_in_use += pool->pool_count;
            c->blocks_free += HS_MEM_NUMBLOCKS(pool->pool_szidx) - pool->pool_count;
        }
    }
}

/* 'value' in decimal with a comma between each group of three digits, built right to left
 * at the end of 'text' (20 digits and 6 commas at most, for a 64-bit size_t). Returns where
 * the string starts inside 'text'. */
static const char *with_thousands_commas(size_t value, char text[32]) {
    char *start = text + 31;
    *start = '\0';
    int group = 0; // digits written since the last comma
    do {
        if (group == 3) {
            *--start = ',';
            group = 0;
        }
        *--start = (char)('0' + value % 10);
        value /= 10;
        group++;
    } while (value != 0);
    return start;
}

/* One "name = value" line of the report: 'msg' padded to 35 columns, '=', then 'value' with
 * thousands commas right-aligned in 21 columns. A longer number keeps its last 21 characters,
 * as CPython's printone() does. Returns 'value', so callers can total the figures. */
static size_t printone(FILE *out, const char *msg, size_t value) {
    char text[32];
    const char *grouped = with_thousands_commas(value, text);
    size_t len = strlen(grouped);
    const int field = 21;
    fprintf(out, "%-35s=%*s\n", msg, field, len > (size_t)field ? grouped + (len - field) : grouped);
    return value;
}

/* The per-class table; adds to sums[] the allocated bytes, available bytes and bytes lost
 * to quantization of each class. */
static void print_classes(FILE *out, const HsMemStats *s, size_t sums[3]) {
    fputc('\n', out);
    fputs("class   size   num pools   blocks in use  avail blocks\n"
          "-----   ----   ---------   -------------  ------------\n",
          out);
    for (unsigned i = 0; i < HS_MEM_NB_CLASSES; ++i) {
        const HsMemClassStats *c = &s->classes[i];
        if (c->pools_in_use == 0) {
            continue;
        }
        fprintf(out, "%5u %6u %11zu %15zu %13zu\n", i, (unsigned)c->block_size, c->pools_in_use,
                c->blocks_in_use, c->blocks_free);
        sums[0] += c->blocks_in_use * c->block_size;
        sums[1] += c->blocks_free * c->block_size;
        sums[2] += c->pools_in_use * ((HS_MEM_POOL_SIZE - HS_MEM_POOL_OVERHEAD) % c->block_size);
    }
    fputc('\n', out);
}

/* CPython's radix-tree section, with the nodes CPython 3.11's three-level map would hold for
 * these arenas (heapscope's own map is two-level: see docs/internals/memory.md). */
static void print_arena_map(FILE *out) {
    const size_t root = (size_t)1 << 15, mid = (size_t)1 << 15, bot = (size_t)1 << 14;
    fputs("\narena map counts\n", out);
    (void)printone(out, "# arena map mid nodes", hs_mem_cpython_map_mid);
    (void)printone(out, "# arena map bot nodes", hs_mem_cpython_map_bot);
    fputc('\n', out);
    size_t total = printone(out, "# bytes lost to arena map root", root * sizeof(void *));
    total += printone(out, "# bytes lost to arena map mid",
                      hs_mem_cpython_map_mid * mid * sizeof(void *));
    total += printone(out, "# bytes lost to arena map bot",
                      hs_mem_cpython_map_bot * bot * 2 * sizeof(int32_t));
    (void)printone(out, "Total", total);
}

/* ==== public API ==== */

void hs_mem_debug_allocator_stats(FILE *out, const char *block_name, int num_blocks,
                                  size_t sizeof_block) {
    char buf1[128], buf2[160];
    snprintf(buf1, sizeof buf1, "%d %ss * %zu bytes each", num_blocks, block_name,
             sizeof_block);
    snprintf(buf2, sizeof buf2, "%48s ", buf1);
    (void)printone(out, buf2, (size_t)num_blocks * sizeof_block);
}

void hs_mem_get_stats(HsMemStats *out) {
    const HsMemState *st = &hs_mem_state;
    memset(out, 0, sizeof *out);
    out->arenas_allocated = st->arenas_allocated;
    out->arenas_reclaimed = st->arenas_allocated - st->arenas_current;
    out->arenas_highwater = st->arenas_highwater;
    out->arenas_current = st->arenas_current;
    out->blocks_in_use = st->small_in_use;
    out->bytes_in_use = st->bytes_in_use;
    out->bytes_peak = st->bytes_peak;
    out->large_in_use = st->large_in_use;
    out->large_bytes = st->large_bytes;
    out->raw_in_use = st->raw_in_use;
    out->raw_bytes = st->raw_bytes;
    for (unsigned i = 0; i < HS_MEM_NB_CLASSES; i++) {
        out->classes[i].block_size = HS_MEM_INDEX2SIZE(i);
    }
    scan_pools(out);
#if HS_DEBUG_ASSERT
    size_t blocks = 0, bytes = 0;
    for (unsigned i = 0; i < HS_MEM_NB_CLASSES; i++) {
        blocks += out->classes[i].blocks_in_use;
        bytes += out->classes[i].blocks_in_use * out->classes[i].block_size;
    }
    HS_ASSERT(blocks == st->small_in_use);
    HS_ASSERT(bytes + st->large_bytes + st->raw_bytes == st->bytes_in_use);
    HS_ASSERT(out->pools_total == out->pools_used + out->pools_empty);
#endif
}

void hs_mem_debug_stats(FILE *out) {
    HsMemStats s;
    char buf[128];
    hs_mem_get_stats(&s);
    fprintf(out, "Small block threshold = %d, in %u size classes.\n", HS_MEM_SMALL_LIMIT,
            (unsigned)HS_MEM_NB_CLASSES);
    size_t sums[3] = {0, 0, 0}; /* allocated bytes, available bytes, quantization */
    print_classes(out, &s, sums);
    (void)printone(out, "# arenas allocated total", s.arenas_allocated);
    (void)printone(out, "# arenas reclaimed", s.arenas_reclaimed);
    (void)printone(out, "# arenas highwater mark", s.arenas_highwater);
    (void)printone(out, "# arenas allocated current", s.arenas_current);
    snprintf(buf, sizeof buf, "%zu arenas * %d bytes/arena", s.arenas_current,
             (int)HS_MEM_ARENA_SIZE);
    (void)printone(out, buf, s.arenas_current * HS_MEM_ARENA_SIZE);
    fputc('\n', out);
    /* Unused pools: empty ones plus those never carved, as CPython's nfreepools. */
    size_t unused = s.arenas_current * HS_MEM_POOLS_PER_ARENA - s.pools_used;
    size_t total = printone(out, "# bytes in allocated blocks", sums[0]);
    total += printone(out, "# bytes in available blocks", sums[1]);
    snprintf(buf, sizeof buf, "%u unused pools * %d bytes", (unsigned)unused,
             (int)HS_MEM_POOL_SIZE);
    total += printone(out, buf, unused * HS_MEM_POOL_SIZE);
    total += printone(out, "# bytes lost to pool headers", s.pools_used * HS_MEM_POOL_OVERHEAD);
    total += printone(out, "# bytes lost to quantization", sums[2]);
    total += printone(out, "# bytes lost to arena alignment", 0); /* arenas are aligned */
    (void)printone(out, "Total", total);
    HS_ASSERT(total == s.arenas_current * HS_MEM_ARENA_SIZE);
    print_arena_map(out);
}

int hs_mem_locate(const void *p, HsMemLocation *out) {
    HsMemLocation loc;
    memset(&loc, 0, sizeof loc);
    uintptr_t a = (uintptr_t)p;
    uint32_t slot = hs_mem_map_lookup(a);
    if (slot != 0) {
        const HsMemArena *ao = &hs_mem_state.arenas[slot - 1];
        uintptr_t pool_base = a & ~(uintptr_t)HS_MEM_POOL_MASK;
        const HsMemPool *pool = (const HsMemPool *)pool_base;
        size_t off = a - pool_base;
        /* Never-carved or empty pool, header, or the tail no block fits in: not a block. */
        if (pool_base < (uintptr_t)ao->arena_pool_address && pool->pool_count != 0 &&
            off >= HS_MEM_POOL_OVERHEAD &&
            (off - HS_MEM_POOL_OVERHEAD) / HS_MEM_INDEX2SIZE(pool->pool_szidx) <
                HS_MEM_NUMBLOCKS(pool->pool_szidx)) {
            loc.kind = HS_MEM_LOC_SMALL;
            loc.arena_index = slot - 1;
            loc.arena_base = ao->arena_address;
            loc.pool_index = (pool_base - ao->arena_address) / HS_MEM_POOL_SIZE;
            loc.pool_base = pool_base;
            loc.size_class = (int)pool->pool_szidx;
            loc.block_size = HS_MEM_INDEX2SIZE(pool->pool_szidx);
            loc.block_index = (off - HS_MEM_POOL_OVERHEAD) / loc.block_size;
        }
    } else if (p != NULL) {
        loc.kind = HS_MEM_LOC_LARGE;
        loc.block_size = hs_mem_big_size(p);
    }
    if (out != NULL) {
        *out = loc;
    }
    return loc.kind;
}
