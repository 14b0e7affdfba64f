/* What the files of src/trace share and nothing else sees: a pointer map, the events
 * recorded between steps, and one step's description handed from the session
 * (session.c) to the JSON writer (json.c). */
#ifndef HS_TRACE_TRACE_INTERNAL_H
#define HS_TRACE_TRACE_INTERNAL_H

#include "internal/hs_trace.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"

#include <stdint.h>
#include <stdio.h>

/* ==== pointer map (src/trace/snapshot.c): key -> value, key 0 never stored ==== */
typedef struct HsTraceMap {
    uintptr_t *keys;
    size_t *vals;
    size_t cap, len;
} HsTraceMap;

int hs_trace_map_put(HsTraceMap *m, uintptr_t key, size_t val); /* 0, or -1 out of memory */
size_t hs_trace_map_get(const HsTraceMap *m, uintptr_t key);    /* 0 when absent */
void hs_trace_map_clear(HsTraceMap *m);                          /* empty, storage kept */
void hs_trace_map_free(HsTraceMap *m);

/* ==== events ==== */
enum {
    HS_TEV_GC, HS_TEV_CALL, HS_TEV_RETURN, HS_TEV_EXCEPTION, HS_TEV_STDOUT, HS_TEV_STDERR,
    HS_TEV_THREAD
};

typedef struct HsTraceEvent {
    int ev_kind;
    long ev_frame;          /* call/return/exception: frame serial; thread: from */
    long ev_to;             /* thread: to */
    char *ev_text;          /* call: function; exception: type; stdout/stderr: text (malloc) */
    char *ev_message;       /* exception: message (malloc) */
    size_t ev_len;          /* stdout/stderr: bytes in ev_text */
    HsGCCollectionInfo ev_gc;
} HsTraceEvent;

/* Objects allocated or freed of one type since the previous step. */
typedef struct HsTraceTypeCount {
    const void *tc_type;
    char tc_name[64];
    long tc_count;
} HsTraceTypeCount;

typedef struct HsTraceAllocState {
    size_t arenas, pools_used, blocks_used;
    size_t classes[HS_MEM_NB_CLASSES];
} HsTraceAllocState;

/* One step as the JSON writer needs it. */
typedef struct HsTraceStep {
    long index;
    const char *file; /* shown name */
    int line, offset; /* offset -1: line mode */
    long thread;
    int final;
    int write_file, write_thread, write_stack; /* changed since the previous step */
    const long *stack; /* frame serials, outermost first */
    int nstack;
    const HsTraceTypeCount *allocs, *frees;
    int nallocs, nfrees;
    const HsTraceEvent *events;
    int nevents;
    const HsTraceAllocState *alloc_prev, *alloc_cur; /* alloc_prev NULL at step 0 */
    const HsTraceMap *reborn; /* ids freed (and maybe reused) since the previous step */
} HsTraceStep;

/* ==== JSON (src/trace/json.c) ==== */

void hs_trace_json_begin(FILE *out, const char *script, int instruction);
/* Write step 'st' as the delta from 'prev' (NULL at step 0) to 'cur'. Returns 0, or -1
 * when out of memory (nothing written). */
int hs_trace_json_step(FILE *out, const HsTraceStep *st, const HsTraceSnapshot *prev,
                       const HsTraceSnapshot *cur);
/* Free the step buffer. */
void hs_trace_json_release(void);
/* A JSON string literal for 'len' bytes of UTF-8 'p' (invalid bytes become U+FFFD). */
void hs_trace_json_string(FILE *out, const char *p, size_t len);

#endif /* HS_TRACE_TRACE_INTERNAL_H */
