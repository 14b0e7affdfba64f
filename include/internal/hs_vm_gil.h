/* The global interpreter lock and the thread states (CPython 3.11: Python/ceval_gil.h,
 * Python/pystate.c). One thread at a time holds the GIL and runs bytecode or touches any
 * runtime structure; the others wait in hs_vm_gil_take or sit in a blocking call between
 * HS_BEGIN_ALLOW_THREADS and HS_END_ALLOW_THREADS. See docs/internals/threads.md.
 *
 * Hook for the tracer: 'hs_gil_holder' is the number of the thread holding the GIL (1 = the
 * main thread, 2, 3, ... in the order threads were created; 0 while nobody holds it), read
 * under the GIL. On every change of holder the thread taking the GIL, with the GIL held,
 * reports hs_vm_trace_thread_switch(from, to) to the tracer (internal/hs_vm_trace.h; one
 * predictable branch while no tracer is installed). */
#ifndef HS_INTERNAL_HS_VM_GIL_H
#define HS_INTERNAL_HS_VM_GIL_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_vm.h"

#include <stdatomic.h>

/* ==== the tracer's hook ==== */

extern unsigned long hs_gil_holder;

/* ==== the eval breaker ==== */

/* Nonzero when the holder must stop at its next eval-breaker point (backward jump, function
 * entry, return from a C call): a drop request from a waiting thread (bit 1). Written by any
 * thread, so atomic; SIGINT keeps its own flag (hs_vm_interrupt_pending). */
extern atomic_int hs_vm_eval_breaker;
#define HS_EVAL_BREAKER()                                                                          \
    (hs_vm_interrupt_pending | atomic_load_explicit(&hs_vm_eval_breaker, memory_order_relaxed))

/* The eval loop's slow path when HS_EVAL_BREAKER() is set: raise KeyboardInterrupt for a
 * pending SIGINT (returns -1), else drop the GIL for a waiting thread and take it back
 * (returns 0). */
int hs_vm_eval_breaker_handle(void);

/* ==== taking and dropping ==== */

/* Take the GIL for 'ts' (blocks; asks the holder to drop it after the switch interval) and
 * make 'ts' the calling OS thread's current state. A thread that finds the runtime
 * finalizing and is not the main thread never returns (as CPython's daemon threads). */
void hs_vm_gil_take(HsThreadState *ts);
/* Drop the GIL held by the calling thread (its state stays current but must not be used). */
void hs_vm_gil_drop(HsThreadState *ts);

/* Around a blocking call that touches no runtime structure (no object, no allocation):
 *     HsThreadState *save_ = hs_vm_gil_release(); ... hs_vm_gil_acquire(save_);
 * CPython: Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS. */
HsThreadState *hs_vm_gil_release(void);
void hs_vm_gil_acquire(HsThreadState *ts);
#define HS_BEGIN_ALLOW_THREADS                                                                     \
    {                                                                                              \
        HsThreadState *hs_save_ = hs_vm_gil_release();
#define HS_END_ALLOW_THREADS                                                                       \
    hs_vm_gil_acquire(hs_save_);                                                                   \
    }

/* Deterministic mode only: give the GIL to the next runnable thread in creation order and
 * take it back when it comes round again, staying runnable (a lock waiter polls this way so
 * that the order of events does not depend on the OS). Returns 0 when no other thread is
 * runnable (the caller should block for real), 1 after a turn. */
int hs_vm_gil_yield(void);

/* An ending thread, GIL held, before its state is unlinked (src/vm/state.c). */
void hs_vm_gil_thread_exiting(HsThreadState *ts);

/* ==== configuration ==== */

/* sys.setswitchinterval / getswitchinterval, in seconds (default 0.005). */
void hs_vm_gil_set_interval(double seconds);
double hs_vm_gil_get_interval(void);
/* --switch=instructions:N: drop the GIL every 'n' instructions and hand it to the next
 * runnable thread in creation order (n = 0: back to the time-based switch). Call before
 * any thread is started. */
void hs_vm_gil_set_deterministic(long n);
/* N of the deterministic mode, or 0. Read by the eval loop at each entry. */
extern long hs_gil_switch_every;
/* The deterministic mode's instruction countdown and its switch (eval loop only). */
extern long hs_gil_countdown;
void hs_vm_gil_instruction_switch(void);

/* ==== thread states (src/vm/state.c) ==== */

/* A new thread state, numbered and linked into the list of all states (runnable in the
 * deterministic order from now). Called with the GIL held by the creating thread. Returns
 * NULL with MemoryError. */
HsThreadState *hs_vm_tstate_new(void);
/* Clear what 'ts' owns (exceptions, its dict, its data stack), unlink and free it, and drop
 * the GIL: the end of a thread (CPython: PyThreadState_Clear + _PyThreadState_DeleteCurrent).
 * Called by the thread itself with the GIL held; the state is gone afterwards. */
void hs_vm_tstate_delete_current(HsThreadState *ts);
/* Unlink and free a state whose thread never ran (start failed). */
void hs_vm_tstate_unlink(HsThreadState *ts);
/* The first thread state (main thread's), then each other in creation order; NULL at the
 * end. Walk only with the GIL held. */
HsThreadState *hs_vm_tstate_first(void);
HsThreadState *hs_vm_tstate_next(HsThreadState *ts);
/* Number of thread states alive (threads started and not finished, the main one included). */
int hs_vm_tstate_count(void);
/* The OS-level identifiers of the calling thread (threading.get_ident, get_native_id). */
unsigned long hs_vm_thread_ident(void);
unsigned long hs_vm_thread_native_id(void);

#endif /* HS_INTERNAL_HS_VM_GIL_H */
