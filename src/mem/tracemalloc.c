/* tracemalloc's tables (CPython: Python/tracemalloc.c, the traces and tracebacks hash tables,
 * traceback_new/traceback_hash, add_trace/remove_trace, tracemalloc_clear_traces).
 *   traces      open addressing with linear probing, address -> (size, traceback); deletion
 *               shifts the following entries back, so there are no tombstones;
 *   tracebacks  open addressing set of interned tracebacks, keyed by their frames.
 * Invariants, true between any two calls:
 *   traced_bytes = sum of the sizes in 'traces'; peak >= traced_bytes;
 *   every traceback holds one 'retain' of each non-NULL filename it names, dropped when the
 *   tracebacks are cleared; no trace outlives its traceback;
 *   the tables use the C library's memory only (never hs_mem, which would recurse).
 * The GIL guards all of it. See docs/internals/tracemalloc.md. */
#include "internal/hs_mem_trace.h"

#include <stdlib.h>
#include <string.h>

/* ==== types and state ==== */

typedef struct TraceEntry {
    uintptr_t te_ptr; /* 0 = empty slot */
    size_t te_size;
    HsMemTraceback *te_tb;
} TraceEntry;

typedef struct TraceState {
    HsMemTraceHooks hooks;
    int max_nframe;           /* traceback limit */
    int in_hook;              /* a hook is running: allocations are not traced */
    HsMemTraceFrame *scratch; /* room for max_nframe frames */
    TraceEntry *traces;       /* capacity 'traces_cap' (a power of two, or 0) */
    size_t traces_cap, traces_len;
    HsMemTraceback **tbs; /* capacity 'tbs_cap' (a power of two, or 0) */
    size_t tbs_cap, tbs_len;
    size_t tbs_bytes; /* bytes of the interned tracebacks */
    size_t traced_bytes, peak_bytes;
} TraceState;

#define MIN_CAP 1024

int hs_mem_trace_on;

static TraceState tstate = {.max_nframe = 1};

/* The frame of an allocation made while no Python frame runs (CPython:
 * tracemalloc_empty_traceback, one frame "<unknown>" line 0); interned like any other. */
static const HsMemTraceFrame unknown_frame = {NULL, 0};

/* ==== static helpers: hashing ==== */

static inline size_t ptr_hash(uintptr_t p) {
    uint64_t h = (uint64_t)(p >> 4) * 0x9E3779B97F4A7C15ull;
    return (size_t)(h ^ (h >> 29));
}

/* CPython's traceback_hash: an xxHash-like mix of every frame's filename and line. */
static size_t frames_hash(const HsMemTraceFrame *f, int n, int total) {
    uint64_t x = 0x345678u, mult = 1000003u;
    for (int i = 0; i < n; i++) {
        uint64_t y = ptr_hash((uintptr_t)f[i].tf_filename) ^ (uint64_t)(unsigned)f[i].tf_lineno;
        x = (x ^ y) * mult;
        mult += (uint64_t)(82520u + (unsigned)(n - i) + (unsigned)(n - i));
    }
    x ^= (uint64_t)(unsigned)total;
    x += 97531u;
    return (size_t)x;
}

/* ==== static helpers: traces table ==== */

/* Slot holding 'p', or the empty slot where it would go. Requires traces_cap > 0. */
static TraceEntry *trace_slot(uintptr_t p) {
    size_t mask = tstate.traces_cap - 1;
    size_t i = ptr_hash(p) & mask;
    while (tstate.traces[i].te_ptr != 0 && tstate.traces[i].te_ptr != p) {
        i = (i + 1) & mask;
    }
    return &tstate.traces[i];
}

/* Rehash into 'cap' slots. Returns 0 or -1 (table unchanged). */
static int traces_resize(size_t cap) {
    TraceEntry *old = tstate.traces;
    size_t oldcap = tstate.traces_cap;
    TraceEntry *t = calloc(cap, sizeof(TraceEntry));
    if (t == NULL) {
        return -1;
    }
    tstate.traces = t;
    tstate.traces_cap = cap;
    for (size_t i = 0; i < oldcap; i++) {
        if (old[i].te_ptr != 0) {
            *trace_slot(old[i].te_ptr) = old[i];
        }
    }
    free(old);
    return 0;
}

/* Empty slot 'i' and move later entries of the same run back (no tombstones). */
static void trace_delete_at(size_t i) {
    size_t mask = tstate.traces_cap - 1;
    size_t j = i;
    for (;;) {
        tstate.traces[i].te_ptr = 0;
        for (;;) {
            j = (j + 1) & mask;
            if (tstate.traces[j].te_ptr == 0) {
                return;
            }
            size_t home = ptr_hash(tstate.traces[j].te_ptr) & mask;
            /* the entry at j may move to i unless its home lies cyclically in (i, j] */
            int stays = i <= j ? (home > i && home <= j) : (home > i || home <= j);
            if (!stays) {
                break;
            }
        }
        tstate.traces[i] = tstate.traces[j];
        i = j;
    }
}

/* ==== static helpers: tracebacks ==== */

static int frames_equal(const HsMemTraceback *tb, const HsMemTraceFrame *f, int n, int total) {
    if (tb->tb_nframe != n || tb->tb_total_nframe != total) {
        return 0;
    }
    for (int i = 0; i < n; i++) {
        if (tb->tb_frames[i].tf_filename != f[i].tf_filename ||
            tb->tb_frames[i].tf_lineno != f[i].tf_lineno) {
            return 0;
        }
    }
    return 1;
}

static int tbs_resize(size_t cap) {
    HsMemTraceback **t = calloc(cap, sizeof(HsMemTraceback *));
    if (t == NULL) {
        return -1;
    }
    for (size_t i = 0; i < tstate.tbs_cap; i++) {
        HsMemTraceback *tb = tstate.tbs[i];
        if (tb != NULL) {
            size_t j = tb->tb_hash & (cap - 1);
            while (t[j] != NULL) {
                j = (j + 1) & (cap - 1);
            }
            t[j] = tb;
        }
    }
    free(tstate.tbs);
    tstate.tbs = t;
    tstate.tbs_cap = cap;
    return 0;
}

/* The interned traceback of 'n' frames 'f', made if new. NULL when out of memory. */
static HsMemTraceback *traceback_intern(const HsMemTraceFrame *f, int n, int total) {
    if ((tstate.tbs_len + 1) * 2 > tstate.tbs_cap &&
        tbs_resize(tstate.tbs_cap ? tstate.tbs_cap * 2 : MIN_CAP) < 0) {
        return NULL;
    }
    size_t h = frames_hash(f, n, total), mask = tstate.tbs_cap - 1;
    size_t i = h & mask;
    for (; tstate.tbs[i] != NULL; i = (i + 1) & mask) {
        if (tstate.tbs[i]->tb_hash == h && frames_equal(tstate.tbs[i], f, n, total)) {
            return tstate.tbs[i];
        }
    }
    size_t bytes = sizeof(HsMemTraceback) + (size_t)n * sizeof(HsMemTraceFrame);
    HsMemTraceback *tb = malloc(bytes);
    if (tb == NULL) {
        return NULL;
    }
    tb->tb_hash = h;
    tb->tb_index = tstate.tbs_len;
    tb->tb_nframe = n;
    tb->tb_total_nframe = total;
    memcpy(tb->tb_frames, f, (size_t)n * sizeof(HsMemTraceFrame));
    tstate.in_hook++;
    for (int k = 0; k < n; k++) {
        if (f[k].tf_filename != NULL) {
            tstate.hooks.retain(f[k].tf_filename);
        }
    }
    tstate.in_hook--;
    tstate.tbs[i] = tb;
    tstate.tbs_len++;
    tstate.tbs_bytes += bytes;
    return tb;
}

/* The traceback of the code running now (CPython: traceback_new). NULL: out of memory. */
static HsMemTraceback *traceback_now(void) {
    int total = 0;
    tstate.in_hook++;
    int n = tstate.hooks.walk(tstate.scratch, tstate.max_nframe, &total);
    tstate.in_hook--;
    if (n <= 0) {
        return traceback_intern(&unknown_frame, 1, 1);
    }
    if (total > HS_MEM_TRACE_MAX_NFRAME) {
        total = HS_MEM_TRACE_MAX_NFRAME;
    }
    return traceback_intern(tstate.scratch, n, total < n ? n : total);
}

/* Detach both tables, then release the filenames and free the tracebacks. Releasing may
 * free objects (and so call hs_mem_trace_remove), which then sees empty tables. */
static void tables_clear(void) {
    HsMemTraceback **tbs = tstate.tbs;
    size_t cap = tstate.tbs_cap;
    free(tstate.traces);
    tstate.traces = NULL;
    tstate.traces_cap = tstate.traces_len = 0;
    tstate.tbs = NULL;
    tstate.tbs_cap = tstate.tbs_len = tstate.tbs_bytes = 0;
    tstate.traced_bytes = tstate.peak_bytes = 0;
    tstate.in_hook++;
    for (size_t i = 0; i < cap; i++) {
        HsMemTraceback *tb = tbs[i];
        if (tb == NULL) {
            continue;
        }
        for (int k = 0; k < tb->tb_nframe; k++) {
            if (tb->tb_frames[k].tf_filename != NULL) {
                tstate.hooks.release(tb->tb_frames[k].tf_filename);
            }
        }
        free(tb);
    }
    tstate.in_hook--;
    free(tbs);
}

/* ==== internal API: control ==== */

int hs_mem_trace_start(const HsMemTraceHooks *hooks, int nframe) {
    if (hs_mem_trace_on) {
        return 0;
    }
    HS_ASSERT(nframe >= 1 && nframe <= HS_MEM_TRACE_MAX_NFRAME);
    HsMemTraceFrame *scratch = malloc((size_t)nframe * sizeof(HsMemTraceFrame));
    if (scratch == NULL) {
        return -1;
    }
    free(tstate.scratch);
    tstate.scratch = scratch;
    tstate.hooks = *hooks;
    tstate.max_nframe = nframe;
    hs_mem_trace_on = 1;
    return 0;
}

void hs_mem_trace_stop(void) {
    if (!hs_mem_trace_on) {
        return;
    }
    hs_mem_trace_on = 0;
    tables_clear();
    free(tstate.scratch);
    tstate.scratch = NULL;
}

void hs_mem_trace_clear(void) {
    tables_clear();
}

int hs_mem_trace_limit(void) {
    return tstate.max_nframe;
}

/* ==== internal API: figures ==== */

void hs_mem_trace_get_memory(size_t *current, size_t *peak) {
    *current = tstate.traced_bytes;
    *peak = tstate.peak_bytes;
}

void hs_mem_trace_reset_peak(void) {
    tstate.peak_bytes = tstate.traced_bytes;
}

size_t hs_mem_trace_overhead(void) {
    size_t scratch = tstate.scratch != NULL ? (size_t)tstate.max_nframe : 0;
    return tstate.traces_cap * sizeof(TraceEntry) + tstate.tbs_cap * sizeof(HsMemTraceback *) +
           tstate.tbs_bytes + scratch * sizeof(HsMemTraceFrame);
}

size_t hs_mem_trace_count(void) {
    return tstate.traces_len;
}

size_t hs_mem_trace_ntracebacks(void) {
    return tstate.tbs_len;
}

/* ==== internal API: queries ==== */

const HsMemTraceback *hs_mem_trace_lookup(const void *p, size_t *size) {
    if (tstate.traces_len == 0 || p == NULL) {
        return NULL;
    }
    TraceEntry *e = trace_slot((uintptr_t)p);
    if (e->te_ptr == 0) {
        return NULL;
    }
    if (size != NULL) {
        *size = e->te_size;
    }
    return e->te_tb;
}

int hs_mem_trace_renew(const void *p) {
    if (!hs_mem_trace_on || tstate.in_hook || tstate.traces_len == 0 || p == NULL) {
        return -1;
    }
    TraceEntry *e = trace_slot((uintptr_t)p);
    if (e->te_ptr == 0) {
        return -1;
    }
    HsMemTraceback *tb = traceback_now(); /* may grow the tracebacks, never the traces */
    if (tb == NULL) {
        return -1;
    }
    e->te_tb = tb;
    return 0;
}

void hs_mem_trace_foreach(void (*fn)(void *arg, const void *p, size_t size,
                                     const HsMemTraceback *tb),
                          void *arg) {
    for (size_t i = 0; i < tstate.traces_cap; i++) {
        const TraceEntry *e = &tstate.traces[i];
        if (e->te_ptr != 0) {
            fn(arg, (const void *)e->te_ptr, e->te_size, e->te_tb);
        }
    }
}

void hs_mem_trace_foreach_traceback(void (*fn)(void *arg, const HsMemTraceback *tb), void *arg) {
    for (size_t i = 0; i < tstate.tbs_cap; i++) {
        if (tstate.tbs[i] != NULL) {
            fn(arg, tstate.tbs[i]);
        }
    }
}

/* ==== internal API: allocator hooks ==== */

int hs_mem_trace_add(const void *p, size_t size) {
    if (tstate.in_hook) {
        return 0; /* an allocation made by a hook: not traced (CPython: the reentrant flag) */
    }
    HsMemTraceback *tb = traceback_now();
    if (tb == NULL) {
        return -1;
    }
    if ((tstate.traces_len + 1) * 3 > tstate.traces_cap * 2 &&
        traces_resize(tstate.traces_cap ? tstate.traces_cap * 2 : MIN_CAP) < 0) {
        return -1;
    }
    TraceEntry *e = trace_slot((uintptr_t)p);
    if (e->te_ptr != 0) {
        tstate.traced_bytes -= e->te_size; /* the same address again (realloc in place) */
    } else {
        e->te_ptr = (uintptr_t)p;
        tstate.traces_len++;
    }
    e->te_size = size;
    e->te_tb = tb;
    tstate.traced_bytes += size;
    if (tstate.traced_bytes > tstate.peak_bytes) {
        tstate.peak_bytes = tstate.traced_bytes;
    }
    return 0;
}

void hs_mem_trace_remove(const void *p) {
    if (tstate.traces_len == 0 || p == NULL) {
        return;
    }
    TraceEntry *e = trace_slot((uintptr_t)p);
    if (e->te_ptr == 0) {
        return;
    }
    tstate.traced_bytes -= e->te_size;
    tstate.traces_len--;
    trace_delete_at((size_t)(e - tstate.traces));
}
