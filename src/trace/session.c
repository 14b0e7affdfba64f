/* A tracing session (no CPython counterpart; the step rule is CPython 3.11's sys.settrace
 * line event, Python/ceval.c maybe_call_line_trace). hs_trace_start installs the hooks the
 * lower layers own (hs_vm_trace.h: every instruction and exception; hs_obj_trace.h: object
 * births and deaths; stdio's write hook) and hs_trace_finish removes them. A step is made
 * before each new line of user code (hs_trace_code_is_user) — or each instruction — and
 * is a snapshot written as the delta from the previous one, with the events since: object
 * counts by type, collections (from the collector's log), calls and returns (frames that
 * came and went; a function's activation is numbered at its RESUME), exceptions, output.
 * Invariants: the tracer holds no reference to the program's objects (only to the code
 * objects whose line tables it caches, released at finish); while the tracer's own code runs
 * ('busy'), its hooks ignore allocations, frees and instructions; every step's frames,
 * objects and events are in C-library memory. Design: docs/internals/trace.md. */
#include "trace_internal.h"
#include "internal/hs_gc.h"
#include "internal/hs_modules.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_trace.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_vm_trace.h"
#include "internal/hs_compile_opcode.h"
#include "hs/errors.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ==== types ==== */

/* A code object seen running: its line per code unit, and whether steps are made in it. */
typedef struct CodeInfo {
    HsCodeObject *ci_code; /* owned (keeps the address from being reused) */
    int *ci_lines;         /* Hs_SIZE(code) entries, -1 for none */
    int ci_user;
    const char *ci_file;   /* shown name (owned by the session's file table) */
} CodeInfo;

/* An activation being traced: numbered at its RESUME, with its last line. */
typedef struct FrameInfo {
    long fi_serial;
    int fi_line, fi_offset;
} FrameInfo;

typedef struct SourceFile {
    char *sf_path;  /* as in co_filename */
    char *sf_shown; /* relative to the working directory when under it */
    int sf_stepped; /* some step is in it */
} SourceFile;

typedef struct Session {
    HsTraceOptions opts;
    HsObject *globals; /* borrowed */
    int busy;          /* the tracer's own code is running */
    int recording;     /* steps are still being made (not past --max-steps) */
    long nsteps;
    HsTraceSnapshot prev;
    int have_prev;
    HsTraceAllocState alloc_prev;
    const char *prev_file;
    long *prev_stack;
    int prev_nstack;
    long prev_thread, thread;
    int prev_line;
    /* code and frames */
    HsTraceMap codes; /* code -> index + 1 into 'code_infos' */
    CodeInfo *code_infos;
    size_t ncodes, capcodes;
    HsTraceMap frames; /* HsFrame* -> index + 1 into 'frame_infos' */
    FrameInfo *frame_infos;
    size_t nframes, capframes;
    long next_serial;
    SourceFile *files;
    size_t nfiles;
    char cwd[4096];
    /* since the previous step */
    HsTraceTypeCount *allocs, *frees;
    int nallocs, nfrees, capallocs, capfrees;
    HsTraceEvent *events;
    int nevents, capevents;
    HsTraceMap reborn;
    Hs_ssize_t gc_seen;
    /* totals */
    long total_allocs, total_frees, collections;
    size_t max_live;
    char *exit_exception;
    int failed;
} Session;

static Session *S;

/* ==== static helpers: code, files, frames ==== */

static const char *file_shown(const char *path) {
    for (size_t i = 0; i < S->nfiles; i++) {
        if (strcmp(S->files[i].sf_path, path) == 0) {
            return S->files[i].sf_shown;
        }
    }
    SourceFile *nf = realloc(S->files, (S->nfiles + 1) * sizeof *nf);
    if (nf == NULL) {
        return NULL;
    }
    S->files = nf;
    size_t n = strlen(S->cwd);
    const char *shown = path;
    if (n > 0 && strncmp(path, S->cwd, n) == 0 && path[n] == '/') {
        shown = path + n + 1;
    }
    SourceFile *f = &S->files[S->nfiles];
    f->sf_path = strdup(path);
    f->sf_shown = strdup(shown);
    f->sf_stepped = 0;
    if (f->sf_path == NULL || f->sf_shown == NULL) {
        free(f->sf_path);
        free(f->sf_shown);
        return NULL;
    }
    S->nfiles++;
    return f->sf_shown;
}

/* file_of for snapshots: a code object's file name as shown. */
static const char *file_of(HsObject *filename) {
    char buf[4096];
    hs_trace_str_utf8(filename, buf, sizeof buf);
    const char *r = file_shown(buf);
    return r != NULL ? r : "?";
}

static CodeInfo *code_info(HsCodeObject *co) {
    size_t at = hs_trace_map_get(&S->codes, (uintptr_t)co);
    if (at != 0) {
        return &S->code_infos[at - 1];
    }
    if (S->ncodes == S->capcodes) {
        size_t cap = S->capcodes ? S->capcodes * 2 : 64;
        CodeInfo *n = realloc(S->code_infos, cap * sizeof *n);
        if (n == NULL) {
            return NULL;
        }
        S->code_infos = n;
        S->capcodes = cap;
    }
    Hs_ssize_t len = Hs_SIZE(co);
    int *lines = malloc((size_t)(len > 0 ? len : 1) * sizeof *lines);
    if (lines == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < len; i++) {
        lines[i] = -1;
    }
    HsCodeLocIter it;
    hs_code_loc_init(co, &it);
    Hs_ssize_t start = 0;
    while (hs_code_loc_next(&it)) {
        for (Hs_ssize_t i = start; i < it.stop && i < len; i++) {
            lines[i] = it.line;
        }
        start = it.stop;
    }
    CodeInfo *ci = &S->code_infos[S->ncodes];
    ci->ci_code = (HsCodeObject *)Hs_NewRef((HsObject *)co);
    ci->ci_lines = lines;
    ci->ci_user = hs_trace_code_is_user(co);
    ci->ci_file = ci->ci_user ? file_of(co->co_filename) : NULL;
    if (hs_trace_map_put(&S->codes, (uintptr_t)co, ++S->ncodes) < 0) {
        S->failed = 1;
    }
    return ci;
}

static FrameInfo *frame_info(HsFrame *f, int fresh) {
    size_t at = hs_trace_map_get(&S->frames, (uintptr_t)f);
    FrameInfo *fi;
    if (at != 0) {
        fi = &S->frame_infos[at - 1];
        if (!fresh) {
            return fi;
        }
    } else {
        if (S->nframes == S->capframes) {
            size_t cap = S->capframes ? S->capframes * 2 : 64;
            FrameInfo *n = realloc(S->frame_infos, cap * sizeof *n);
            if (n == NULL) {
                return NULL;
            }
            S->frame_infos = n;
            S->capframes = cap;
        }
        fi = &S->frame_infos[S->nframes];
        if (hs_trace_map_put(&S->frames, (uintptr_t)f, ++S->nframes) < 0) {
            S->nframes--;
            return NULL;
        }
    }
    fi->fi_serial = ++S->next_serial;
    fi->fi_line = -1;
    fi->fi_offset = -1;
    return fi;
}

/* ==== static helpers: events ==== */

static HsTraceEvent *event_new(int kind) {
    if (S->nevents == S->capevents) {
        int cap = S->capevents ? S->capevents * 2 : 16;
        HsTraceEvent *n = realloc(S->events, (size_t)cap * sizeof *n);
        if (n == NULL) {
            return NULL;
        }
        S->events = n;
        S->capevents = cap;
    }
    HsTraceEvent *e = &S->events[S->nevents++];
    memset(e, 0, sizeof *e);
    e->ev_kind = kind;
    return e;
}

static void events_clear(void) {
    for (int i = 0; i < S->nevents; i++) {
        free(S->events[i].ev_text);
        free(S->events[i].ev_message);
    }
    S->nevents = 0;
    S->nallocs = S->nfrees = 0;
    hs_trace_map_clear(&S->reborn);
}

static void count_type(HsTraceTypeCount **arr, int *n, int *cap, HsTypeObject *tp) {
    for (int i = *n - 1; i >= 0; i--) {
        if ((*arr)[i].tc_type == tp) {
            (*arr)[i].tc_count++;
            return;
        }
    }
    if (*n == *cap) {
        int ncap = *cap ? *cap * 2 : 16;
        HsTraceTypeCount *a = realloc(*arr, (size_t)ncap * sizeof *a);
        if (a == NULL) {
            return;
        }
        *arr = a;
        *cap = ncap;
    }
    HsTraceTypeCount *c = &(*arr)[(*n)++];
    const char *name = tp->tp_name, *dot = strrchr(name, '.');
    c->tc_type = tp;
    snprintf(c->tc_name, sizeof c->tc_name, "%s", dot != NULL ? dot + 1 : name);
    c->tc_count = 1;
}

static void on_alloc(HsObject *op) {
    if (S->busy) {
        return;
    }
    S->total_allocs++;
    count_type(&S->allocs, &S->nallocs, &S->capallocs, Hs_TYPE(op));
}

static void on_free(HsObject *op) {
    if (S->busy) {
        return;
    }
    S->total_frees++;
    count_type(&S->frees, &S->nfrees, &S->capfrees, Hs_TYPE(op));
    if (S->have_prev && hs_trace_snapshot_find(&S->prev, (uintptr_t)op) != NULL) {
        (void)hs_trace_map_put(&S->reborn, (uintptr_t)op, 1);
    }
}

static void on_write(int fd, const char *data, Hs_ssize_t len) {
    int kind = fd == 1 ? HS_TEV_STDOUT : HS_TEV_STDERR;
    HsTraceEvent *e = S->nevents > 0 ? &S->events[S->nevents - 1] : NULL;
    if (e == NULL || e->ev_kind != kind) {
        e = event_new(kind);
    }
    char *t = e != NULL ? realloc(e->ev_text, e->ev_len + (size_t)len + 1) : NULL;
    if (t == NULL) {
        return;
    }
    memcpy(t + e->ev_len, data, (size_t)len);
    e->ev_len += (size_t)len;
    t[e->ev_len] = '\0';
    e->ev_text = t;
}

static void on_thread_switch(long from, long to) {
    HsTraceEvent *e = event_new(HS_TEV_THREAD);
    if (e != NULL) {
        e->ev_frame = from;
        e->ev_to = to;
    }
    S->thread = to;
}

/* "Type: message" parts of exception 'exc' without running code: the message is the first
 * argument when it is a str (SyntaxError's msg too), else the summary of the arguments. */
static void exception_text(HsObject *exc, char **type, char **message) {
    const char *name = Hs_TYPE(exc)->tp_name, *dot = strrchr(name, '.');
    *type = strdup(dot != NULL ? dot + 1 : name);
    HsObject *args = ((HsBaseExceptionObject *)exc)->args;
    char buf[1024] = "";
    if (args != NULL && HsTuple_Check(args) && Hs_SIZE(args) >= 1 &&
        HsUnicode_Check(HS_TUPLE_GET(args, 0))) {
        hs_trace_str_utf8(HS_TUPLE_GET(args, 0), buf, sizeof buf);
    } else if (args != NULL && HsTuple_Check(args) && Hs_SIZE(args) == 1) {
        hs_trace_summary(HS_TUPLE_GET(args, 0), buf, sizeof buf);
    } else if (args != NULL && HsTuple_Check(args) && Hs_SIZE(args) > 1) {
        hs_trace_summary(args, buf, sizeof buf);
    }
    *message = strdup(buf);
}

static void on_exception(HsThreadState *ts, HsFrame *frame) {
    if (S->busy || !S->recording || ts->curexc == NULL || !hs_trace_code_is_user(frame->f_code)) {
        return;
    }
    FrameInfo *fi = frame_info(frame, 0);
    HsTraceEvent *e = event_new(HS_TEV_EXCEPTION);
    if (e == NULL || fi == NULL) {
        return;
    }
    e->ev_frame = fi->fi_serial;
    exception_text(ts->curexc, &e->ev_text, &e->ev_message);
    if (e->ev_text == NULL || e->ev_message == NULL) {
        S->nevents--;
        free(e->ev_text);
        free(e->ev_message);
    }
}

/* Collections logged since the last step become events. */
static void gc_events(void) {
    Hs_ssize_t total = hs_gc_log_total(), size = hs_gc_log_size();
    Hs_ssize_t fresh = total - S->gc_seen;
    if (fresh > size) {
        fresh = size;
    }
    for (Hs_ssize_t i = size - fresh; i < size; i++) {
        HsTraceEvent *e = event_new(HS_TEV_GC);
        if (e != NULL && hs_gc_log_get(i, &e->ev_gc) < 0) {
            S->nevents--;
        }
    }
    S->collections += (long)(total - S->gc_seen);
    S->gc_seen = total;
}

/* Calls and returns: the frames of 'cur' against those of the previous step. */
static void frame_events(const HsTraceSnapshot *cur) {
    int common = 0;
    while (common < S->prev_nstack && common < cur->ts_nframes &&
           S->prev_stack[common] == cur->ts_frames[common].tf_serial) {
        common++;
    }
    for (int i = S->prev_nstack - 1; i >= common; i--) {
        HsTraceEvent *e = event_new(HS_TEV_RETURN);
        if (e != NULL) {
            e->ev_frame = S->prev_stack[i];
        }
    }
    for (int i = common; i < cur->ts_nframes; i++) {
        HsTraceEvent *e = event_new(HS_TEV_CALL);
        if (e != NULL) {
            e->ev_frame = cur->ts_frames[i].tf_serial;
            e->ev_text = strdup(cur->ts_frames[i].tf_function);
        }
    }
}

static void alloc_state(HsTraceAllocState *a) {
    HsMemStats st;
    hs_mem_get_stats(&st);
    a->arenas = st.arenas_current;
    a->pools_used = st.pools_used;
    a->blocks_used = st.blocks_in_use;
    for (int i = 0; i < HS_MEM_NB_CLASSES; i++) {
        a->classes[i] = st.classes[i].blocks_in_use;
    }
}

/* The source line 'line' of shown file 'file' for --show, or NULL. */
static const char *source_line(const char *file, int line, char *buf, size_t cap) {
    const char *path = NULL;
    for (size_t i = 0; i < S->nfiles; i++) {
        if (strcmp(S->files[i].sf_shown, file) == 0) {
            path = S->files[i].sf_path;
        }
    }
    FILE *f = path != NULL ? fopen(path, "r") : NULL;
    if (f == NULL) {
        return NULL;
    }
    const char *r = NULL;
    for (int n = 1; fgets(buf, (int)cap, f) != NULL; n++) {
        if (n == line) {
            buf[strcspn(buf, "\r\n")] = '\0';
            r = buf;
            break;
        }
    }
    fclose(f);
    return r;
}

/* Serials of the snapshot's frames (from the frame table; new activations numbered). */
static void number_frames(HsTraceSnapshot *cur) {
    for (int i = 0; i < cur->ts_nframes; i++) {
        FrameInfo *fi = frame_info(cur->ts_frames[i].tf_frame, 0);
        cur->ts_frames[i].tf_serial = fi != NULL ? fi->fi_serial : 0;
    }
}

static int stack_changed(const HsTraceSnapshot *cur) {
    if (cur->ts_nframes != S->prev_nstack) {
        return 1;
    }
    for (int i = 0; i < cur->ts_nframes; i++) {
        if (S->prev_stack[i] != cur->ts_frames[i].tf_serial) {
            return 1;
        }
    }
    return 0;
}

static void emit_step(HsTraceSnapshot *cur, const char *file, int line, int offset, int final) {
    HsTraceAllocState now;
    alloc_state(&now);
    gc_events();
    frame_events(cur);
    long *stack = cur->ts_nframes ? malloc((size_t)cur->ts_nframes * sizeof *stack) : NULL;
    for (int i = 0; stack != NULL && i < cur->ts_nframes; i++) {
        stack[i] = cur->ts_frames[i].tf_serial;
    }
    HsTraceStep st = {
        .index = S->nsteps, .file = file, .line = line, .offset = offset, .thread = S->thread,
        .final = final, .write_file = S->prev_file == NULL || strcmp(S->prev_file, file) != 0,
        .write_thread = S->nsteps == 0 || S->thread != S->prev_thread,
        .write_stack = S->nsteps == 0 || stack_changed(cur), .stack = stack,
        .nstack = cur->ts_nframes, .allocs = S->allocs, .frees = S->frees,
        .nallocs = S->nallocs, .nfrees = S->nfrees, .events = S->events,
        .nevents = S->nevents, .alloc_prev = S->nsteps ? &S->alloc_prev : NULL,
        .alloc_cur = &now, .reborn = &S->reborn,
    };
    const HsTraceSnapshot *prev = S->have_prev ? &S->prev : NULL;
    if (S->opts.json != NULL && hs_trace_json_step(S->opts.json, &st, prev, cur) < 0) {
        S->failed = 1;
    }
    if (S->opts.show != HS_TRACE_SHOW_NONE) {
        char buf[1024];
        hs_stdio_flush_all(); /* the program's output so far comes first */
        hs_trace_show_step(stdout, S->nsteps, file, line, source_line(file, line, buf, sizeof buf),
                           prev, cur, S->opts.show == HS_TRACE_SHOW_CHANGES, S->opts.color);
        fflush(stdout);
    }
    if (S->opts.dot != NULL && S->opts.dot_step == S->nsteps) {
        hs_trace_write_dot(S->opts.dot, cur, S->nsteps);
    }
    if (cur->ts_nobjects > S->max_live) {
        S->max_live = cur->ts_nobjects;
    }
    S->alloc_prev = now;
    free(S->prev_stack);
    S->prev_stack = stack;
    S->prev_nstack = stack != NULL ? cur->ts_nframes : 0;
    S->prev_file = file;
    S->prev_line = line;
    S->prev_thread = S->thread;
    if (S->have_prev) {
        hs_trace_snapshot_free(&S->prev);
    }
    S->prev = *cur;
    S->have_prev = 1;
    S->nsteps++;
    events_clear();
}

/* Make a step before 'line' of 'file' in the running thread. */
static void make_step(HsThreadState *ts, const char *file, int line, int offset) {
    HsTraceSnapshot cur;
    hs_trace_generations_refresh();
    if (hs_trace_snapshot_take(&cur, ts, S->globals, file_of) < 0) {
        S->failed = 1;
        return;
    }
    cur.ts_thread = S->thread;
    number_frames(&cur);
    for (size_t i = 0; i < S->nfiles; i++) {
        if (S->files[i].sf_shown == file) {
            S->files[i].sf_stepped = 1;
        }
    }
    emit_step(&cur, file, line, offset, 0);
    if (S->opts.max_steps > 0 && S->nsteps >= S->opts.max_steps) {
        S->recording = 0;
        hs_vm_trace_set_hooks(NULL); /* the rest runs at full speed */
    }
}

/* The instruction hook: a RESUME numbers a new activation; a new line (or, in instruction
 * mode, any instruction) of user code makes a step. */
static void on_instruction(HsThreadState *ts, HsFrame *frame) {
    if (S->busy || !S->recording) {
        return;
    }
    S->busy = 1;
    HsCodeObject *co = frame->f_code;
    CodeInfo *ci = code_info(co);
    if (ci == NULL || !ci->ci_user) {
        S->busy = 0;
        return;
    }
    Hs_ssize_t off = frame->prev_instr - co->co_code;
    hs_codeunit word = *frame->prev_instr;
    int line = off >= 0 && off < Hs_SIZE(co) ? ci->ci_lines[off] : -1;
    if (HS_CU_OPCODE(word) == HS_OP_RESUME) {
        if (HS_CU_OPARG(word) == 0) {
            (void)frame_info(frame, 1); /* a new call */
        }
        S->busy = 0;
        return;
    }
    FrameInfo *fi = frame_info(frame, 0);
    if (fi == NULL || line <= 0) {
        S->busy = 0;
        return;
    }
    int step = S->opts.instruction || line != fi->fi_line ||
               (off < fi->fi_offset && (off == 0 || ci->ci_lines[off - 1] != line));
    fi->fi_line = line;
    fi->fi_offset = (int)off;
    if (step) {
        make_step(ts, ci->ci_file, line, S->opts.instruction ? (int)off * 2 : -1);
    }
    S->busy = 0;
}

/* ==== static helpers: the trace's tail ==== */

/* "sources": each file a step is in, line by line. */
static void write_sources(FILE *out) {
    fputs(",\n\"sources\":{", out);
    int n = 0;
    for (size_t i = 0; i < S->nfiles; i++) {
        if (!S->files[i].sf_stepped) {
            continue;
        }
        fputs(n++ ? ",\n" : "\n", out);
        hs_trace_json_string(out, S->files[i].sf_shown, strlen(S->files[i].sf_shown));
        fputs(":[", out);
        FILE *f = fopen(S->files[i].sf_path, "r");
        char line[8192];
        for (int k = 0; f != NULL && fgets(line, sizeof line, f) != NULL; k++) {
            size_t len = strcspn(line, "\r\n");
            if (k > 0) {
                putc(',', out);
            }
            hs_trace_json_string(out, line, len);
            if (line[len] == '\0' && len == sizeof line - 1) { /* a longer line: skip the rest */
                int c;
                while ((c = getc(f)) != EOF && c != '\n') {
                }
            }
        }
        if (f != NULL) {
            fclose(f);
        }
        putc(']', out);
    }
    fputs("}", out);
}

static void write_tail(FILE *out, int exit_code) {
    write_sources(out);
    fprintf(out, ",\n\"truncated\":%s,\n\"exit\":{\"code\":%d,\"exception\":",
            S->opts.max_steps > 0 && !S->recording ? "true" : "false", exit_code);
    if (S->exit_exception != NULL) {
        hs_trace_json_string(out, S->exit_exception, strlen(S->exit_exception));
    } else {
        fputs("null", out);
    }
    fprintf(out, "},\n\"summary\":{\"steps\":%ld,\"max_live_objects\":%zu,\"collections\":%ld,"
                 "\"allocations\":%ld,\"frees\":%ld}}\n",
            S->nsteps, S->max_live, S->collections, S->total_allocs, S->total_frees);
}

static void session_free(void) {
    events_clear();
    free(S->events);
    free(S->allocs);
    free(S->frees);
    hs_trace_map_free(&S->reborn);
    if (S->have_prev) {
        hs_trace_snapshot_free(&S->prev);
    }
    free(S->prev_stack);
    for (size_t i = 0; i < S->ncodes; i++) {
        free(S->code_infos[i].ci_lines);
        Hs_DECREF(S->code_infos[i].ci_code);
    }
    free(S->code_infos);
    hs_trace_map_free(&S->codes);
    free(S->frame_infos);
    hs_trace_map_free(&S->frames);
    for (size_t i = 0; i < S->nfiles; i++) {
        free(S->files[i].sf_path);
        free(S->files[i].sf_shown);
    }
    free(S->files);
    free(S->exit_exception);
    hs_trace_json_release();
    hs_trace_generations_clear();
    hs_trace_show_reset();
    free(S);
    S = NULL;
}

/* ==== internal API ==== */

int hs_trace_start(const HsTraceOptions *opts, HsObject *main_globals) {
    if (S != NULL) {
        return 0;
    }
    S = calloc(1, sizeof *S);
    if (S == NULL) {
        return -1;
    }
    S->opts = *opts;
    S->globals = main_globals;
    S->recording = 1;
    S->thread = S->prev_thread = 1;
    S->gc_seen = hs_gc_log_total();
    if (getcwd(S->cwd, sizeof S->cwd) == NULL) {
        S->cwd[0] = '\0';
    }
    if (opts->json != NULL) {
        hs_trace_json_begin(opts->json, opts->script, opts->instruction);
    }
    static const HsVmTraceHooks hooks = {on_instruction, on_exception, on_thread_switch};
    hs_vm_trace_set_hooks(&hooks);
    hs_obj_trace_set(on_alloc, on_free);
    hs_stdio_write_hook = on_write;
    return 0;
}

int hs_trace_active(void) {
    return S != NULL;
}

void hs_trace_note_exception(void) {
    HsThreadState *ts = hs_vm_tstate();
    if (S == NULL || ts->curexc == NULL) {
        return;
    }
    char *type, *message;
    exception_text(ts->curexc, &type, &message);
    size_t n = (type ? strlen(type) : 0) + (message ? strlen(message) : 0) + 3;
    free(S->exit_exception);
    S->exit_exception = type != NULL && message != NULL ? malloc(n) : NULL;
    if (S->exit_exception != NULL) {
        snprintf(S->exit_exception, n, message[0] ? "%s: %s" : "%s", type, message);
    }
    free(type);
    free(message);
}

int hs_trace_finish(int exit_code) {
    if (S == NULL) {
        return 0;
    }
    hs_vm_trace_set_hooks(NULL);
    S->busy = 1;
    HsTraceSnapshot cur;
    hs_trace_generations_refresh();
    int rc = 0;
    if (hs_trace_snapshot_take(&cur, hs_vm_tstate(), S->globals, file_of) == 0) {
        number_frames(&cur);
        emit_step(&cur, S->prev_file != NULL ? S->prev_file : "", S->prev_line, -1, 1);
    } else {
        rc = -1;
    }
    hs_obj_trace_set(NULL, NULL);
    hs_stdio_write_hook = NULL;
    if (S->opts.dot != NULL && (S->opts.dot_step < 0 || S->opts.dot_step >= S->nsteps)) {
        hs_trace_write_dot(S->opts.dot, &S->prev, S->nsteps - 1);
    }
    if (S->opts.json != NULL) {
        fputs("\n]", S->opts.json);
        write_tail(S->opts.json, exit_code);
        if (fflush(S->opts.json) != 0 || ferror(S->opts.json)) {
            rc = -1;
        }
    }
    rc = S->failed ? -1 : rc;
    session_free();
    return rc;
}
