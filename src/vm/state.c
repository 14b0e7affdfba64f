/* Runtime and thread state (CPython: Python/pystate.c). Holds the one thread state of the
 * main thread; per-thread states and the GIL arrive with threads (issue #6, DESIGN.md
 * "Threads"). Invariant: hs_vm_tstate() always returns a valid state. */
#include "internal/hs_vm.h"
#include "internal/hs_vm_frameobject.h"
#include "internal/hs_vm_trace.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_mem.h"
#include "hs/ceval.h"
#include "hs/errors.h"

/* ==== state ==== */

static HsThreadState main_tstate;
static int recursion_limit = 1000;

/* ==== internal API ==== */

int hs_vm_init(void) {
    if (hs_obj_init() < 0 || HsType_Ready(&HsTraceback_Type) < 0 ||
        HsType_Ready(&HsFrame_Type) < 0 || HsType_Ready(&HsGen_Type) < 0) {
        return -1;
    }
    hs_func_set_vectorcall(hs_vm_function_vectorcall);
    hs_vm_classes_init();
    return 0;
}

HsThreadState *hs_vm_tstate(void) {
    return &main_tstate;
}

void hs_vm_tstate_clear(void) {
    Hs_CLEAR(main_tstate.curexc);
    Hs_CLEAR(main_tstate.exc_info);
    HsStackChunk *c = main_tstate.datastack_chunk;
    if (main_tstate.frame == NULL && c != NULL && c->previous == NULL) {
        /* the first chunk, kept for reuse as CPython does: give it back at exit */
        main_tstate.datastack_chunk = NULL;
        main_tstate.datastack_top = NULL;
        main_tstate.datastack_limit = NULL;
        hs_mem_raw_free(c);
    }
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
    HsThreadState *ts = &main_tstate;
    if (++ts->recursion_depth > recursion_limit) {
        ts->recursion_depth--;
        HsErr_Format(HsExc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

void HsLeave_RecursiveCall(void) {
    main_tstate.recursion_depth--;
}

int HsSys_GetRecursionLimit(void) {
    return recursion_limit;
}

int HsSys_SetRecursionLimit(int limit) {
    if (limit < 1) {
        HsErr_SetString(HsExc_ValueError, "recursion limit must be greater or equal than 1");
        return -1;
    }
    if (limit <= main_tstate.recursion_depth) {
        HsErr_Format(HsExc_RecursionError,
                     "cannot set the recursion limit to %i at the recursion depth %i: "
                     "the limit is too low",
                     limit, main_tstate.recursion_depth);
        return -1;
    }
    recursion_limit = limit;
    return 0;
}
