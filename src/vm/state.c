/* Runtime and thread state (CPython: Python/pystate.c). Holds the one thread state of the
 * main thread; per-thread states and the GIL arrive with threads (issue #6, DESIGN.md
 * "Threads"). Invariant: hs_vm_tstate() always returns a valid state. */
#include "internal/hs_vm.h"

/* ==== state ==== */

static HsThreadState main_tstate;

/* ==== internal API ==== */

HsThreadState *hs_vm_tstate(void) {
    return &main_tstate;
}
