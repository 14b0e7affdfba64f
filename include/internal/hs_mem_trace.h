/* tracemalloc's bookkeeping in the mem layer (CPython: Python/tracemalloc.c's tables). While
 * tracing is on, every block handed out by the object and raw layers (hs_mem_malloc/calloc/
 * realloc, hs_mem_raw_*) is recorded as (address -> requested size, traceback) and forgotten
 * when it is freed.
 * The traceback is the running thread's Python frames, which live in the vm layer: the
 * layer that starts tracing passes a 'walk' hook that fills in (filename, line) pairs, and
 * 'retain'/'release' hooks that keep the filenames (opaque here) alive while a traceback
 * names them. Tracebacks are interned: equal ones are stored once. Traces and tracebacks
 * live in the C library's memory, outside the counted heap.
 * When tracing is off, the allocator pays one predictable branch on hs_mem_trace_on.
 * See docs/internals/tracemalloc.md. */
#ifndef HS_INTERNAL_HS_MEM_TRACE_H
#define HS_INTERNAL_HS_MEM_TRACE_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_mem.h"

#include <stddef.h>
#include <stdint.h>

/* ==== types ==== */

/* Most frames a traceback may keep (CPython: MAX_NFRAME). */
#define HS_MEM_TRACE_MAX_NFRAME 65535

typedef struct HsMemTraceFrame {
    void *tf_filename; /* opaque (a str object for the vm), NULL for "<unknown>" */
    int tf_lineno;     /* 0 when unknown */
} HsMemTraceFrame;

/* An interned traceback. tb_frames[0] is the most recent call. A traceback captured with no
 * running frame is the shared one-frame traceback ("<unknown>", 0), as in CPython. */
typedef struct HsMemTraceback {
    size_t tb_hash;
    size_t tb_index;     /* 0 .. hs_mem_trace_ntracebacks()-1, in order of creation */
    int tb_nframe;       /* frames kept, 1..limit */
    int tb_total_nframe; /* frames there were (capped at HS_MEM_TRACE_MAX_NFRAME) */
    HsMemTraceFrame tb_frames[];
} HsMemTraceback;

typedef struct HsMemTraceHooks {
    /* Write up to 'max' frames of the running thread into 'out', most recent first; return
     * how many were written and set *total to how many frames there are. Must not allocate
     * through hs_mem (allocations it makes anyway are not traced). */
    int (*walk)(HsMemTraceFrame *out, int max, int *total);
    /* Take / drop a hold on a frame's filename (never called with NULL). */
    void (*retain)(void *filename);
    void (*release)(void *filename);
} HsMemTraceHooks;

/* Nonzero while tracing (read by the allocator's fast path). */
extern int hs_mem_trace_on;

/* ==== control ==== */

/* Start tracing with 'hooks' (copied) keeping at most 'nframe' frames per traceback
 * (1..HS_MEM_TRACE_MAX_NFRAME, checked by the caller). Already tracing: nothing changes, as
 * CPython's tracemalloc_start. Returns 0, or -1 when the tables cannot be had. */
int hs_mem_trace_start(const HsMemTraceHooks *hooks, int nframe);
/* Stop tracing and forget every trace and traceback. */
void hs_mem_trace_stop(void);
/* Forget every trace and traceback (tracing goes on); resets current and peak to 0. */
void hs_mem_trace_clear(void);
/* The frame limit of the last start (1 before any start). */
int hs_mem_trace_limit(void);

/* ==== figures ==== */

/* Bytes in traced blocks now, and the most since tracing started or reset_peak. */
void hs_mem_trace_get_memory(size_t *current, size_t *peak);
/* Set the peak to the current figure. */
void hs_mem_trace_reset_peak(void);
/* Bytes of C-library memory the tables and tracebacks use. */
size_t hs_mem_trace_overhead(void);
/* Number of traced blocks / of interned tracebacks. */
size_t hs_mem_trace_count(void);
size_t hs_mem_trace_ntracebacks(void);

/* ==== queries ==== */

/* The traceback of the traced block at 'p' (its size into *size if 'size' is not NULL), or
 * NULL when 'p' is not traced. Valid until the next allocation, free or clear. */
const HsMemTraceback *hs_mem_trace_lookup(const void *p, size_t *size);
/* Give the block at 'p', if traced, the traceback of the code running now (CPython:
 * _PyTraceMalloc_NewReference, for objects reused from a free list). Returns 0 if updated,
 * -1 if 'p' is not traced or the traceback cannot be made. */
int hs_mem_trace_renew(const void *p);
/* Call 'fn' on every trace. 'fn' must not allocate through hs_mem nor free. */
void hs_mem_trace_foreach(void (*fn)(void *arg, const void *p, size_t size,
                                     const HsMemTraceback *tb),
                          void *arg);
/* Call 'fn' on every interned traceback, with the same restriction. */
void hs_mem_trace_foreach_traceback(void (*fn)(void *arg, const HsMemTraceback *tb), void *arg);

/* ==== allocator hooks (src/mem/obmalloc.c, only while hs_mem_trace_on) ==== */

/* Record the new block 'p' of 'size' requested bytes. Returns 0, or -1 when the trace
 * cannot be stored (the caller frees the block and fails, as CPython). */
int hs_mem_trace_add(const void *p, size_t size);
/* Forget the block 'p' if traced. */
void hs_mem_trace_remove(const void *p);

/* Give the object-layer block at 'p' a fresh traceback if tracing (free-list reuse). */
static inline void hs_mem_trace_new_reference(const void *p) {
    if (HS_UNLIKELY(hs_mem_trace_on)) {
        (void)hs_mem_trace_renew(p);
    }
}

#endif /* HS_INTERNAL_HS_MEM_TRACE_H */
