/* The step tracer (src/trace; docs/internals/trace.md, format in docs/trace-format.md).
 * Two parts:
 *   - snapshots: the state of the running thread as plain C data (frames with their
 *     variables, the main module's globals, every object reachable from them with type,
 *     summary, size, refcount, mutability, GC state and allocator location, and labelled
 *     edges). Taking one runs no Python code, holds no reference and frees nothing; the
 *     records live in the C library's memory and stay valid after the objects die.
 *   - a session: installs the vm/obj/stdio hooks, makes a step per line (or instruction),
 *     keeps the previous snapshot and writes each step as a delta (JSON, text diagram,
 *     DOT), with the events that happened between steps.
 * Nothing here is thread-safe: everything runs with the GIL held. */
#ifndef HS_INTERNAL_HS_TRACE_H
#define HS_INTERNAL_HS_TRACE_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_vm.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ==== snapshots (src/trace/snapshot.c) ==== */

/* At most this many objects per snapshot (the rest: ts_capped), and edges per object. */
#define HS_TRACE_MAX_OBJECTS 10000
#define HS_TRACE_MAX_EDGES 1000
/* A summary holds at most this many characters ("…" included when cut). */
#define HS_TRACE_REPR_CHARS 60

typedef struct HsTraceVar {
    const char *tv_name; /* UTF-8 */
    uintptr_t tv_id;     /* the referent's id() */
} HsTraceVar;

typedef struct HsTraceEdge {
    const char *te_label; /* "[0]", "['k']", "key [0]", "{0}", ".name", "cell" */
    uintptr_t te_id;
} HsTraceEdge;

typedef struct HsTraceObject {
    uintptr_t to_id;       /* id(obj): its address */
    const char *to_type;   /* type(obj).__name__ */
    const char *to_repr;   /* summary, <= HS_TRACE_REPR_CHARS characters, UTF-8 */
    Hs_ssize_t to_size;    /* sys.getsizeof(obj) */
    Hs_ssize_t to_refcnt;  /* ob_refcnt: sys.getrefcount(obj) - 1 */
    char to_mutable;
    char to_is_gc;         /* a GC type: the three fields below mean something */
    char to_tracked, to_finalized;
    signed char to_generation; /* 0..2, 3 = permanent, -1 untracked */
    char to_has_alloc;         /* in a pool: the three fields below mean something */
    int to_arena, to_pool, to_size_class; /* size class as the block size in bytes */
    HsTraceEdge *to_edges;
    int to_nedges, to_omitted;
    const void *to_typeptr; /* the type object (identity only; never dereferenced later) */
} HsTraceObject;

typedef struct HsTraceFrame {
    HsFrame *tf_frame;       /* identity only: valid while the frame runs */
    long tf_serial;          /* set by the session ("f<serial>"); 0 outside a session */
    const char *tf_function, *tf_qualname, *tf_file;
    int tf_firstline, tf_line;
    int tf_is_module;        /* the <module> frame: its names are the globals */
    HsTraceVar *tf_vars;
    int tf_nvars;
} HsTraceFrame;

typedef struct HsTraceSnapshot {
    long ts_thread;          /* 1 = main */
    HsTraceFrame *ts_frames; /* outermost first */
    int ts_nframes;
    HsTraceVar *ts_globals;
    int ts_nglobals;
    HsTraceObject *ts_objects; /* roots' referents first, then breadth first */
    size_t ts_nobjects;
    int ts_capped;
    void *ts_priv; /* id index and string storage */
} HsTraceSnapshot;

/* Which code a snapshot shows frames of (and a session makes steps in): NULL = every
 * frame whose file name does not start with "<frozen". */
typedef int (*hs_trace_code_filter)(HsCodeObject *co);
int hs_trace_code_is_user(HsCodeObject *co);

/* Take a snapshot of the running thread: frames of 'ts' passing hs_trace_code_is_user,
 * the variables of 'globals' (borrowed: the main module's dict; may be NULL) without
 * dunder names, and the objects they reach. 'file_of' maps a code object's file name to the
 * name shown (NULL: as is); its result must live as long as the snapshot's user needs.
 * Runs no Python code (sizes come from built-in __sizeof__ methods only); the exception
 * being raised, if any, is kept. Returns 0, or -1 when out of C memory ('s' then empty). */
int hs_trace_snapshot_take(HsTraceSnapshot *s, HsThreadState *ts, HsObject *globals,
                           const char *(*file_of)(HsObject *filename));
void hs_trace_snapshot_free(HsTraceSnapshot *s);
/* The record of object 'id' in 's', or NULL. */
const HsTraceObject *hs_trace_snapshot_find(const HsTraceSnapshot *s, uintptr_t id);

/* The generation of each tracked object is read from a table rebuilt after collections;
 * hs_trace_generations_refresh rebuilds it when a collection happened since the last call,
 * hs_trace_generations_clear forgets it. */
void hs_trace_generations_refresh(void);
void hs_trace_generations_clear(void);

/* Write the summary of 'op' (borrowed) into 'out' (NUL-terminated UTF-8, at most
 * HS_TRACE_REPR_CHARS characters); 'cap' >= 4 * HS_TRACE_REPR_CHARS + 8. Runs no code. */
void hs_trace_summary(HsObject *op, char *out, size_t cap);

/* 'str' (a str object; anything else gives "") as NUL-terminated UTF-8 in 'out' (cut at
 * 'cap' - 5 bytes); returns the length. */
size_t hs_trace_str_utf8(HsObject *str, char *out, size_t cap);

/* ==== sessions (src/trace/session.c) ==== */

enum { HS_TRACE_SHOW_NONE = 0, HS_TRACE_SHOW_FULL = 1, HS_TRACE_SHOW_CHANGES = 2 };

typedef struct HsTraceOptions {
    const char *script;   /* the script path as given (the trace's "script") */
    int instruction;      /* --step=instruction */
    long max_steps;       /* 0 = no limit */
    FILE *json;           /* where the JSON trace goes, or NULL */
    int show;             /* HS_TRACE_SHOW_* */
    int color;            /* ANSI colours in --show output */
    FILE *dot;            /* where the DOT graph goes, or NULL */
    long dot_step;        /* the step the DOT graph shows; -1 = the final step */
} HsTraceOptions;

/* Start tracing the program about to run in 'main_globals' (borrowed; must stay alive
 * until hs_trace_finish). Returns 0, or -1 when out of memory. */
int hs_trace_start(const HsTraceOptions *opts, HsObject *main_globals);
/* Remember the exception being raised (the program's uncaught one) for the trace's "exit";
 * call before it is printed and cleared. No-op when not tracing or none is set. */
void hs_trace_note_exception(void);
/* Make the final step (the program has ended with 'exit_code'), write the trace's tail,
 * remove the hooks and free everything. Returns 0, or -1 if something could not be written
 * or recorded. No-op when not tracing. */
int hs_trace_finish(int exit_code);
/* Nonzero between hs_trace_start and hs_trace_finish. */
int hs_trace_active(void);

/* ==== writers (src/trace/render.c) ==== */

/* The --show text diagram of 'cur' (with 'prev', may be NULL, for what changed) after step
 * 'step' at 'file':'line' (source text 'src', may be NULL). */
void hs_trace_show_step(FILE *out, long step, const char *file, int line, const char *src,
                        const HsTraceSnapshot *prev, const HsTraceSnapshot *cur, int changes_only,
                        int color);
/* Forget the short numbers (#1, #2, ...) --show gives objects. */
void hs_trace_show_reset(void);
/* The object graph of 's' in Graphviz's language. */
void hs_trace_write_dot(FILE *out, const HsTraceSnapshot *s, long step);

#endif /* HS_INTERNAL_HS_TRACE_H */
