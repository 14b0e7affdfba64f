/* Placeholder object allocator: forwards to the C library so the layers above can be built
 * and tested before the pool allocator lands. To be replaced by arena.c/pool.c (issue #2). */
#include "internal/hs_mem.h"

#include <stdlib.h>
#include <string.h>

static size_t limit_bytes;

void *hs_mem_raw_malloc(size_t n) { return malloc(n ? n : 1); }
void *hs_mem_raw_calloc(size_t nelem, size_t elsize) { return calloc(nelem ? nelem : 1, elsize ? elsize : 1); }
void *hs_mem_raw_realloc(void *p, size_t n) { return realloc(p, n ? n : 1); }
void hs_mem_raw_free(void *p) { free(p); }
void *hs_mem_malloc(size_t n) { return malloc(n ? n : 1); }
void *hs_mem_calloc(size_t nelem, size_t elsize) { return calloc(nelem ? nelem : 1, elsize ? elsize : 1); }
void *hs_mem_realloc(void *p, size_t n) { return realloc(p, n ? n : 1); }
void hs_mem_free(void *p) { free(p); }
void hs_mem_set_limit(size_t bytes) { limit_bytes = bytes; }
size_t hs_mem_get_limit(void) { return limit_bytes; }
void hs_mem_get_stats(HsMemStats *out) { memset(out, 0, sizeof *out); }
size_t hs_mem_allocated_blocks(void) { return 0; }
void hs_mem_reset_peak(void) {}
void hs_mem_debug_stats(FILE *out) { fprintf(out, "(no pool allocator yet)\n"); }
int hs_mem_locate(const void *p, HsMemLocation *out) {
    (void)p;
    if (out) {
        memset(out, 0, sizeof *out);
    }
    return HS_MEM_LOC_UNKNOWN;
}
