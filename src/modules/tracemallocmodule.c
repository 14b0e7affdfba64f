/* The `_tracemalloc` module (CPython 3.11: Modules/_tracemalloc.c and the Python-facing half
 * of Python/tracemalloc.c): start/stop/is_tracing, clear_traces, get_traceback_limit,
 * get_traced_memory, reset_peak, get_tracemalloc_memory, _get_traces and
 * _get_object_traceback. The classes (Snapshot, Statistic, Traceback...) are the bundled
 * lib/tracemalloc.py over this module, as in CPython.
 * The bookkeeping is in the mem layer (src/mem/tracemalloc.c); this file gives it the hooks
 * it cannot have itself: the walk over the running thread's frames (HsThreadState.frame, each
 * frame's line from its code's location table) and the holds on filename strings.
 * Invariant: while tracing, every filename named by an interned traceback holds one
 * reference per naming traceback (taken by 'filename_retain', dropped at clear/stop).
 * Every tm_* function: arguments borrowed; Return: new reference, or NULL with an exception.
 * See docs/internals/tracemalloc.md. */
#include "internal/hs_obj_fini.h"
#include "internal/hs_modules.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem_trace.h"
#include "internal/hs_compile_opcode.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_vm.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <limits.h>
#include <stdlib.h>

/* ==== state ==== */

static HsObject *unknown_filename; /* "<unknown>", owned for the process once made */

/* A deep copy of the traces, made before any Python object is built (building allocates,
 * which changes the tables). Filenames in 'frames' hold a reference each. */
typedef struct TraceCopy {
    size_t ntraces, ntbs, nframes;
    size_t *sizes; /* per trace */
    size_t *tb_of; /* per trace: traceback index */
    int *tb_nframe, *tb_total;
    size_t *tb_first; /* per traceback: index of its first frame in 'frames' */
    HsMemTraceFrame *frames;
    size_t fill; /* filling cursor (traces, then frames) */
    int failed;
} TraceCopy;

/* ==== static helpers: the mem layer's hooks ==== */

/* The line the frame is at (CPython: tracemalloc_get_frame; a frame that has not started
 * yet reports its first line, as PyCode_Addr2Line with a negative offset). */
static int frame_line(HsFrame *f) {
    HsCodeObject *co = f->f_code;
    Hs_ssize_t index = f->prev_instr - co->co_code;
    int line = index < 0 ? co->co_firstlineno : hs_code_addr2line(co, index);
    return line < 0 ? 0 : line;
}

/* A frame that has not reached its RESUME yet (CPython: _PyFrame_IsIncomplete), e.g. a
 * generator function's frame running RETURN_GENERATOR. */
static int frame_incomplete(const HsFrame *f) {
    if (f->owner == HS_FRAME_OWNED_BY_GENERATOR) {
        return 0;
    }
    const hs_codeunit *code = f->f_code->co_code;
    Hs_ssize_t n = Hs_SIZE(f->f_code), first = 0;
    while (first < n && HS_CU_OPCODE(code[first]) != HS_OP_RESUME) {
        first++;
    }
    return f->prev_instr - code < first;
}

/* CPython 3.11: traceback_get_frames, which walks PyThreadState_GetFrame/PyFrame_GetBack and
 * so skips incomplete frames. Most recent frame first. Allocates nothing. */
static int walk_frames(HsMemTraceFrame *out, int max, int *total) {
    HsThreadState *ts = hs_vm_tstate();
    int n = 0, all = 0;
    for (HsFrame *f = ts != NULL ? ts->frame : NULL; f != NULL; f = f->previous) {
        if (frame_incomplete(f)) {
            continue;
        }
        if (n < max) {
            HsObject *fn = f->f_code->co_filename;
            out[n].tf_filename = fn != NULL && HsUnicode_Check(fn) ? (void *)fn : NULL;
            out[n].tf_lineno = frame_line(f);
            n++;
        }
        if (all < HS_MEM_TRACE_MAX_NFRAME) {
            all++;
        }
    }
    *total = all;
    return n;
}

static void filename_retain(void *filename) {
    Hs_INCREF((HsObject *)filename);
}

static void filename_release(void *filename) {
    Hs_DECREF((HsObject *)filename);
}

static const HsMemTraceHooks trace_hooks = {walk_frames, filename_retain, filename_release};

/* ==== static helpers: copying the traces ==== */

static void count_traceback(void *arg, const HsMemTraceback *tb) {
    TraceCopy *c = arg;
    c->nframes += (size_t)tb->tb_nframe;
}

static void copy_trace(void *arg, const void *p, size_t size, const HsMemTraceback *tb) {
    (void)p;
    TraceCopy *c = arg;
    c->sizes[c->fill] = size;
    c->tb_of[c->fill] = tb->tb_index;
    c->fill++;
}

static void copy_traceback(void *arg, const HsMemTraceback *tb) {
    TraceCopy *c = arg;
    size_t i = tb->tb_index;
    c->tb_nframe[i] = tb->tb_nframe;
    c->tb_total[i] = tb->tb_total_nframe;
    c->tb_first[i] = c->fill;
    for (int k = 0; k < tb->tb_nframe; k++) {
        HsMemTraceFrame fr = tb->tb_frames[k];
        if (fr.tf_filename != NULL) {
            Hs_INCREF((HsObject *)fr.tf_filename);
        }
        c->frames[c->fill++] = fr;
    }
}

static void trace_copy_free(TraceCopy *c) {
    if (c->frames != NULL) {
        for (size_t i = 0; i < c->fill; i++) {
            Hs_XDECREF((HsObject *)c->frames[i].tf_filename);
        }
    }
    free(c->sizes);
    free(c->tb_of);
    free(c->tb_nframe);
    free(c->tb_total);
    free(c->tb_first);
    free(c->frames);
}

/* Fill 'c' from the tables; nothing here allocates through hs_mem or runs code. Returns 0,
 * or -1 with MemoryError. */
static int trace_copy_make(TraceCopy *c) {
    *c = (TraceCopy){0};
    c->ntraces = hs_mem_trace_count();
    c->ntbs = hs_mem_trace_ntracebacks();
    hs_mem_trace_foreach_traceback(count_traceback, c);
    c->sizes = malloc((c->ntraces + 1) * sizeof(size_t));
    c->tb_of = malloc((c->ntraces + 1) * sizeof(size_t));
    c->tb_nframe = malloc((c->ntbs + 1) * sizeof(int));
    c->tb_total = malloc((c->ntbs + 1) * sizeof(int));
    c->tb_first = malloc((c->ntbs + 1) * sizeof(size_t));
    HsMemTraceFrame *frames = malloc((c->nframes + 1) * sizeof(HsMemTraceFrame));
    if (c->sizes == NULL || c->tb_of == NULL || c->tb_nframe == NULL || c->tb_total == NULL ||
        c->tb_first == NULL || frames == NULL) {
        free(frames);
        trace_copy_free(c);
        HsErr_NoMemory();
        return -1;
    }
    hs_mem_trace_foreach(copy_trace, c);
    c->fill = 0;
    c->frames = frames;
    hs_mem_trace_foreach_traceback(copy_traceback, c);
    return 0;
}

/* ==== static helpers: Python objects ==== */

/* (filename, lineno). Return: new reference. */
static HsObject *frame_to_tuple(const HsMemTraceFrame *fr) {
    HsObject *name = fr->tf_filename != NULL ? (HsObject *)fr->tf_filename : unknown_filename;
    HsObject *line = HsLong_FromLong(fr->tf_lineno);
    if (line == NULL) {
        return NULL;
    }
    HsObject *t = HsTuple_Pack(2, name, line);
    Hs_DECREF(line);
    return t;
}

/* A tuple of frame tuples, most recent first (CPython: traceback_to_pyobject).
 * Return: new reference. */
static HsObject *frames_to_tuple(const HsMemTraceFrame *frames, int n) {
    HsObject *t = HsTuple_New(n);
    if (t == NULL) {
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        HsObject *f = frame_to_tuple(&frames[i]);
        if (f == NULL) {
            Hs_DECREF(t);
            return NULL;
        }
        HS_TUPLE_SET(t, i, f);
    }
    return t;
}

/* (domain, size, traceback, total_nframe) (CPython: trace_to_pyobject).
 * Return: new reference. */
static HsObject *trace_to_tuple(size_t size, HsObject *tb, int total) {
    HsObject *domain = HsLong_FromLong(0);
    HsObject *sz = HsLong_FromUnsignedLongLong((unsigned long long)size);
    HsObject *tot = HsLong_FromLong(total);
    HsObject *t =
        domain != NULL && sz != NULL && tot != NULL ? HsTuple_Pack(4, domain, sz, tb, tot) : NULL;
    Hs_XDECREF(domain);
    Hs_XDECREF(sz);
    Hs_XDECREF(tot);
    return t;
}

/* The list of trace tuples of 'c'; each traceback tuple is made once and shared, as
 * CPython's intern_tracebacks table does. Return: new reference. */
static HsObject *traces_to_list(const TraceCopy *c) {
    HsObject **tbs = calloc(c->ntbs + 1, sizeof(HsObject *));
    HsObject *list = tbs != NULL ? HsList_New((Hs_ssize_t)c->ntraces) : NULL;
    if (list == NULL) {
        free(tbs);
        return tbs == NULL ? HsErr_NoMemory() : NULL;
    }
    for (size_t i = 0; i < c->ntraces; i++) {
        size_t k = c->tb_of[i];
        if (tbs[k] == NULL &&
            (tbs[k] = frames_to_tuple(&c->frames[c->tb_first[k]], c->tb_nframe[k])) == NULL) {
            Hs_CLEAR(list);
            break;
        }
        HsObject *t = trace_to_tuple(c->sizes[i], tbs[k], c->tb_total[k]);
        if (t == NULL) {
            Hs_CLEAR(list);
            break;
        }
        HS_LIST_SET(list, (Hs_ssize_t)i, t);
    }
    for (size_t k = 0; k < c->ntbs; k++) {
        Hs_XDECREF(tbs[k]);
    }
    free(tbs);
    return list;
}

/* ==== module functions ==== */

static HsObject *tm_is_tracing(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsBool_FromLong(hs_mem_trace_on);
}

static HsObject *tm_clear_traces(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    if (hs_mem_trace_on) {
        hs_mem_trace_clear();
    }
    Hs_RETURN_NONE;
}

/* start(nframe=1, /): the nframe argument as Argument Clinic's `int` converter. */
static HsObject *tm_start(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("start", nargs, 0, 1) < 0) {
        return NULL;
    }
    long long nframe = 1;
    if (nargs == 1) {
        HsObject *idx = HsNumber_Index(args[0]);
        if (idx == NULL) {
            return NULL;
        }
        int overflow = 0;
        nframe = hs_int_as_longlong_and_overflow(idx, &overflow);
        Hs_DECREF(idx);
        if (nframe == -1 && HsErr_Occurred()) {
            return NULL;
        }
        if (overflow || nframe > INT_MAX || nframe < INT_MIN) {
            return HsErr_Format(HsExc_OverflowError, "Python int too large to convert to C int");
        }
    }
    if (nframe < 1 || nframe > HS_MEM_TRACE_MAX_NFRAME) {
        return HsErr_Format(HsExc_ValueError, "the number of frames must be in range [1; %d]",
                            HS_MEM_TRACE_MAX_NFRAME);
    }
    if (hs_mem_trace_start(&trace_hooks, (int)nframe) < 0) {
        return HsErr_NoMemory();
    }
    Hs_RETURN_NONE;
}

static HsObject *tm_stop(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    hs_mem_trace_stop();
    Hs_RETURN_NONE;
}

static HsObject *tm_get_traceback_limit(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsLong_FromLong(hs_mem_trace_limit());
}

static HsObject *tm_get_tracemalloc_memory(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsLong_FromUnsignedLongLong((unsigned long long)hs_mem_trace_overhead());
}

static HsObject *tm_get_traced_memory(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    size_t cur = 0, peak = 0;
    if (hs_mem_trace_on) {
        hs_mem_trace_get_memory(&cur, &peak);
    }
    HsObject *a = HsLong_FromUnsignedLongLong((unsigned long long)cur);
    HsObject *b = HsLong_FromUnsignedLongLong((unsigned long long)peak);
    HsObject *t = a != NULL && b != NULL ? HsTuple_Pack(2, a, b) : NULL;
    Hs_XDECREF(a);
    Hs_XDECREF(b);
    return t;
}

static HsObject *tm_reset_peak(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    if (hs_mem_trace_on) {
        hs_mem_trace_reset_peak();
    }
    Hs_RETURN_NONE;
}

static HsObject *tm_get_traces(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    if (!hs_mem_trace_on) {
        return HsList_New(0);
    }
    TraceCopy c;
    if (trace_copy_make(&c) < 0) {
        return NULL;
    }
    HsObject *list = traces_to_list(&c);
    trace_copy_free(&c);
    return list;
}

/* Where the object's memory block starts if it has no managed-dict pointers: before its GC
 * head. CPython 3.11's _tracemalloc__get_object_traceback subtracts only sizeof(PyGC_Head),
 * so instances of classes with a managed __dict__ (whose block starts two pointers earlier)
 * are not found and give None; heapscope does the same (docs/internals/tracemalloc.md). */
static const void *object_block(HsObject *obj) {
    return HsType_IS_GC(Hs_TYPE(obj)) ? (const char *)obj - sizeof(HsGCHead) : (const char *)obj;
}

static HsObject *tm_get_object_traceback(HsObject *self, HsObject *obj) {
    (void)self;
    const HsMemTraceback *tb =
        hs_mem_trace_on ? hs_mem_trace_lookup(object_block(obj), NULL) : NULL;
    if (tb == NULL) {
        Hs_RETURN_NONE;
    }
    /* copy the frames first: making the tuples allocates, which may move the tables */
    int n = tb->tb_nframe;
    HsMemTraceFrame *frames = calloc((size_t)n, sizeof(HsMemTraceFrame));
    if (frames == NULL) {
        return HsErr_NoMemory();
    }
    for (int i = 0; i < n; i++) {
        frames[i] = tb->tb_frames[i];
        Hs_XINCREF((HsObject *)frames[i].tf_filename);
    }
    HsObject *t = frames_to_tuple(frames, n);
    for (int i = 0; i < n; i++) {
        Hs_XDECREF((HsObject *)frames[i].tf_filename);
    }
    free(frames);
    return t;
}

/* ==== the module ==== */

static HsMethodDef tm_methods[] = {
    {"is_tracing", HS_CFUNC(tm_is_tracing), HS_METH_NOARGS,
     "Return True if the tracemalloc module is tracing Python memory allocations."},
    {"clear_traces", HS_CFUNC(tm_clear_traces), HS_METH_NOARGS,
     "Clear traces of memory blocks allocated by Python."},
    {"_get_object_traceback", HS_CFUNC(tm_get_object_traceback), HS_METH_O,
     "Get the traceback where the Python object obj was allocated."},
    {"_get_traces", HS_CFUNC(tm_get_traces), HS_METH_NOARGS,
     "Get traces of all memory blocks allocated by Python."},
    {"start", HS_CFUNC(tm_start), HS_METH_FASTCALL, "Start tracing Python memory allocations."},
    {"stop", HS_CFUNC(tm_stop), HS_METH_NOARGS, "Stop tracing Python memory allocations."},
    {"get_traceback_limit", HS_CFUNC(tm_get_traceback_limit), HS_METH_NOARGS,
     "Get the maximum number of frames stored in the traceback of a trace."},
    {"get_tracemalloc_memory", HS_CFUNC(tm_get_tracemalloc_memory), HS_METH_NOARGS,
     "Get the memory usage in bytes of the tracemalloc module."},
    {"get_traced_memory", HS_CFUNC(tm_get_traced_memory), HS_METH_NOARGS,
     "Get the current size and peak size of memory blocks traced by tracemalloc."},
    {"reset_peak", HS_CFUNC(tm_reset_peak), HS_METH_NOARGS,
     "Set the peak size of memory blocks traced by tracemalloc to the current size."},
    {NULL, NULL, 0, NULL},
};

int hs_tracemalloc_init(HsObject **module_out) {
    *module_out = NULL;
    if (unknown_filename == NULL) {
        unknown_filename = HsUnicode_FromString("<unknown>");
        if (unknown_filename != NULL) {
            hs_obj_register_static(&unknown_filename); /* released at exit */
        }
        if (unknown_filename == NULL) {
            return -1;
        }
    }
    HsObject *m = HsModule_New("_tracemalloc");
    if (m == NULL) {
        return -1;
    }
    HsObject *doc =
        HsUnicode_FromString("Debug module to trace memory blocks allocated by Python.");
    int rc = (doc == NULL || HsModule_AddObjectRef(m, "__doc__", doc) < 0 ||
              HsModule_AddFunctions(m, tm_methods) < 0)
                 ? -1
                 : 0;
    Hs_XDECREF(doc);
    if (rc < 0) {
        Hs_DECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}
