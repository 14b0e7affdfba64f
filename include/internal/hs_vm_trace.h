/* The eval loop's hooks for the step tracer (src/trace installs them; the vm layer owns
 * them, so the vm never includes a trace header). The idea of CPython 3.11's DO_TRACING
 * pseudo-opcode, without its per-instruction test: DISPATCH() jumps through a table the loop
 * switches when hs_vm_trace_mask changes (checked once per C-level entry of the loop, and
 * in DO_TRACING). With tracing off the table holds the opcodes' own targets and the loop
 * runs exactly as without a tracer; with it on every entry leads to DO_TRACING, which calls
 * 'instruction' and then runs the real opcode. The 'exception' hook is called at the loop's
 * error label (once per frame an exception is raised in or passes through), behind one
 * predictable branch on the flag. Threads: the GIL code calls hs_vm_trace_thread_switch when another thread takes
 * the GIL (one predictable branch; nothing happens while no tracer is installed).
 * Hooks must not run Python code, collect, or free the program's objects (temporaries of
 * their own, made and freed at once, are allowed: the tracer's built-in __sizeof__ calls).
 * See docs/internals/trace.md. */
#ifndef HS_INTERNAL_HS_VM_TRACE_H
#define HS_INTERNAL_HS_VM_TRACE_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_vm.h"

typedef struct HsVmTraceHooks {
    /* Before the instruction at frame->prev_instr runs ('frame''s value stack saved). */
    void (*instruction)(HsThreadState *ts, HsFrame *frame);
    /* An exception (ts->curexc, set) was raised in or is passing through 'frame'. */
    void (*exception)(HsThreadState *ts, HsFrame *frame);
    /* The GIL went from thread 'from' to thread 'to' (thread numbers, 1 = main). */
    void (*thread_switch)(long from, long to);
} HsVmTraceHooks;

/* 0 while no tracer is installed, nonzero while one is. */
extern int hs_vm_trace_mask;
extern HsVmTraceHooks hs_vm_trace_hooks;

/* Install 'hooks' (copied; every member non-NULL) and turn tracing on, or with NULL turn it
 * off. Defined in src/vm/state.c. */
void hs_vm_trace_set_hooks(const HsVmTraceHooks *hooks);

/* For the GIL (src/vm/gil.c): report a switch from thread 'from' to thread 'to'. */
static inline void hs_vm_trace_thread_switch(long from, long to) {
    if (HS_UNLIKELY(hs_vm_trace_mask)) {
        hs_vm_trace_hooks.thread_switch(from, to);
    }
}

#endif /* HS_INTERNAL_HS_VM_TRACE_H */
