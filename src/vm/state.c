/* Runtime and thread states (CPython: Python/pystate.c). One HsThreadState per OS thread
 * running Python code: the main thread's is static and current from the start; each thread
 * started by _thread gets one from hs_vm_tstate_new (made by the starting thread, under the
 * GIL), which it makes current when it first takes the GIL and deletes itself at its end.
 * All states are linked in creation order so the collector's introspection (heapscope,
 * tracemalloc) can walk every thread's frames.
 * Invariants: the list and every field of a state are changed only with the GIL held;
 * hs_vm_tstate() is the calling thread's own state (a thread-local pointer, one load). */
#include "internal/hs_vm.h"
#include "internal/hs_vm_gil.h"
#include "internal/hs_vm_frameobject.h"
#include "internal/hs_vm_trace.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_mem.h"
#include "hs/ceval.h"
#include "hs/errors.h"

#include <pthread.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

/* ==== state ==== */

static HsThreadState main_tstate = {
    .ts_number = 1, .ts_runnable = 1, .ts_gil_cond = PTHREAD_COND_INITIALIZER};
_Thread_local HsThreadState *hs_vm_tstate_current = &main_tstate;
static HsThreadState *tstate_last = &main_tstate; /* the list's tail */
static unsigned long tstate_numbers = 1;          /* the last number given */
static int tstate_alive = 1;
static int recursion_limit = 1000;

/* ==== static helpers ==== */

/* Free the first data-stack chunk (kept for reuse as CPython does) when no frame runs. */
static void release_datastack(HsThreadState *ts) {
    HsStackChunk *c = ts->datastack_chunk;
    if (ts->frame == NULL && c != NULL && c->previous == NULL) {
        ts->datastack_chunk = NULL;
        ts->datastack_top = NULL;
        ts->datastack_limit = NULL;
        hs_mem_raw_free(c);
    }
}

static void clear_state(HsThreadState *ts) {
    Hs_CLEAR(ts->curexc);
    Hs_CLEAR(ts->exc_info);
    Hs_CLEAR(ts->ts_dict);
    release_datastack(ts);
}

/* ==== internal API ==== */

int hs_vm_init(void) {
    if (main_tstate.ts_ident == 0) {
        main_tstate.ts_ident = hs_vm_thread_ident();
        main_tstate.ts_native_id = hs_vm_thread_native_id();
    }
    if (hs_obj_init() < 0 || HsType_Ready(&HsTraceback_Type) < 0 ||
        HsType_Ready(&HsFrame_Type) < 0 || HsType_Ready(&HsGen_Type) < 0) {
        return -1;
    }
    hs_func_set_vectorcall(hs_vm_function_vectorcall);
    hs_vm_classes_init();
    return 0;
}

void hs_vm_tstate_clear(void) {
    HsThreadState *ts = hs_vm_tstate();
    clear_state(ts);
    if (ts->ts_on_delete != NULL) { /* at exit: the main thread's sentinel lock goes too */
        void (*fn)(void *) = ts->ts_on_delete;
        ts->ts_on_delete = NULL;
        fn(ts->ts_on_delete_data);
    }
}

HsThreadState *hs_vm_tstate_new(void) {
    HsThreadState *ts = hs_mem_raw_calloc(1, sizeof *ts);
    if (ts == NULL) {
        HsErr_NoMemory();
        return NULL;
    }
    ts->ts_number = ++tstate_numbers;
    ts->ts_runnable = 1;
    pthread_cond_init(&ts->ts_gil_cond, NULL);
    ts->ts_prev = tstate_last;
    tstate_last->ts_next = ts;
    tstate_last = ts;
    tstate_alive++;
    return ts;
}

void hs_vm_tstate_unlink(HsThreadState *ts) {
    ts->ts_prev->ts_next = ts->ts_next;
    if (ts->ts_next != NULL) {
        ts->ts_next->ts_prev = ts->ts_prev;
    } else {
        tstate_last = ts->ts_prev;
    }
    tstate_alive--;
    pthread_cond_destroy(&ts->ts_gil_cond);
    hs_mem_raw_free(ts);
}

void hs_vm_tstate_delete_current(HsThreadState *ts) {
    clear_state(ts);
    if (ts->ts_on_delete != NULL) {
        ts->ts_on_delete(ts->ts_on_delete_data);
    }
    hs_vm_gil_thread_exiting(ts);
    hs_vm_tstate_unlink(ts); /* the allocator's counts need the GIL: free before dropping it */
    hs_vm_tstate_current = NULL;
    hs_vm_gil_drop(NULL);
}

HsThreadState *hs_vm_tstate_first(void) {
    return &main_tstate;
}

HsThreadState *hs_vm_tstate_next(HsThreadState *ts) {
    return ts->ts_next;
}

int hs_vm_tstate_count(void) {
    return tstate_alive;
}

unsigned long hs_vm_thread_ident(void) {
    return (unsigned long)pthread_self();
}

unsigned long hs_vm_thread_native_id(void) {
    return (unsigned long)syscall(SYS_gettid);
}

/* ==== tracer hooks (hs_vm_trace.h) ==== */

int hs_vm_trace_mask;
HsVmTraceHooks hs_vm_trace_hooks;

void hs_vm_trace_set_hooks(const HsVmTraceHooks *hooks) {
    if (hooks == NULL) {
        hs_vm_trace_mask = 0;
        return;
    }
    hs_vm_trace_hooks = *hooks;
    hs_vm_trace_mask = 255;
}

/* ==== public API: recursion limit ==== */

int HsEnter_RecursiveCall(const char *where) {
    HsThreadState *ts = hs_vm_tstate();
    if (++ts->recursion_depth > recursion_limit) {
        ts->recursion_depth--;
        HsErr_Format(HsExc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

void HsLeave_RecursiveCall(void) {
    hs_vm_tstate()->recursion_depth--;
}

int HsSys_GetRecursionLimit(void) {
    return recursion_limit;
}

int HsSys_SetRecursionLimit(int limit) {
    HsThreadState *ts = hs_vm_tstate();
    if (limit < 1) {
        HsErr_SetString(HsExc_ValueError, "recursion limit must be greater or equal than 1");
        return -1;
    }
    if (limit <= ts->recursion_depth) {
        HsErr_Format(HsExc_RecursionError,
                     "cannot set the recursion limit to %i at the recursion depth %i: "
                     "the limit is too low",
                     limit, ts->recursion_depth);
        return -1;
    }
    recursion_limit = limit;
    return 0;
}
