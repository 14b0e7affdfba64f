/* The object layer's hooks for the step tracer (src/trace installs them; the object layer
 * owns them, so no lower layer includes a trace header). While the tracer is on, every
 * object birth (hs_obj_new, hs_gc_alloc, and the free lists' reuse of tuple, list, dict,
 * float and slice objects) calls the alloc hook with the new object (type set), and
 * Hs_Dealloc calls the free hook just before the type's tp_dealloc. Off (the default), each
 * site pays one predictable branch on hs_obj_trace_on. The hooks must not allocate through
 * hs_mem, run Python code or touch reference counts. See docs/internals/trace.md. */
#ifndef HS_INTERNAL_HS_OBJ_TRACE_H
#define HS_INTERNAL_HS_OBJ_TRACE_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "hs/object.h"

typedef void (*hs_obj_trace_fn)(HsObject *op);

/* Nonzero while hooks are installed. */
extern int hs_obj_trace_on;
extern hs_obj_trace_fn hs_obj_trace_alloc_hook;
extern hs_obj_trace_fn hs_obj_trace_free_hook;

/* Install both hooks (non-NULL), or remove them (both NULL). Defined in src/obj/object.c. */
void hs_obj_trace_set(hs_obj_trace_fn alloc, hs_obj_trace_fn free_fn);

/* Report the birth of 'op' (borrowed; refcount 1, type set) to the tracer if it is on. */
static inline void hs_obj_trace_alloc(HsObject *op) {
    if (HS_UNLIKELY(hs_obj_trace_on)) {
        hs_obj_trace_alloc_hook(op);
    }
}

#endif /* HS_INTERNAL_HS_OBJ_TRACE_H */
