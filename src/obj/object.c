/* The object header's life cycle (CPython: Objects/object.c): allocation of non-GC objects,
 * Hs_Dealloc, the debug refcount total, finalizer calls from dealloc
 * (PyObject_CallFinalizerFromDealloc), the trashcan (_PyTrash_begin/_end,
 * _PyTrash_thread_deposit_object/_destroy_chain), and the static type 'type'.
 * Invariants: every object is freed through its type's tp_dealloc, exactly once, when its
 * count reaches zero; static objects never reach zero. An object on the trashcan's
 * deferred list has count 0, is untracked, and is chained through its GC head's gc_prev
 * (FINALIZED bit kept); trash_nesting is the number of deallocs running inside a
 * trashcan, never above HS_TRASHCAN_LIMIT. Trashcan design: docs/internals/gc.md. */
#include "internal/hs_obj.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_trace.h"

#include <stdio.h>
#include <stdlib.h>

/* ==== debug refcount total ==== */
#if HS_DEBUG_REFS
Hs_ssize_t hs_ref_total;

void hs_obj_negative_refcnt(const char *file, int line, HsObject *op) {
    char msg[256];
    snprintf(msg, sizeof msg, "negative reference count %zd on an object of type '%s'",
             (ssize_t)op->ob_refcnt, Hs_TYPE(op)->tp_name);
    hs_fatal(file, line, msg);
}
#endif

/* ==== internal API ==== */

HsObject *hs_obj_new(HsTypeObject *tp, size_t size) {
    HsObject *op = hs_mem_malloc(size);
    if (op == NULL) {
        return NULL;
    }
    op->ob_refcnt = 1;
    op->ob_type = tp;
    HS_REF_TOTAL_INC();
    hs_obj_trace_alloc(op);
    return op;
}

void hs_obj_free(HsObject *op) {
    hs_mem_free(op);
}

/* ==== finalizers ==== */

void hs_obj_call_finalizer(HsObject *op) {
    HsTypeObject *tp = Hs_TYPE(op);
    if (tp->tp_finalize == NULL) {
        return;
    }
    int is_gc = HsType_IS_GC(tp);
    if (is_gc && hs_gc_is_finalized(op)) {
        return; // tp_finalize runs at most once (PEP 442)
    }
    tp->tp_finalize(op);
    if (is_gc) {
        hs_gc_set_finalized(op);
    }
}

int hs_obj_call_finalizer_from_dealloc(HsObject *op) {
    HS_ASSERT(Hs_REFCNT(op) == 0);
    // Resurrect for the call without touching hs_ref_total: the count goes 0 -> 1 -> 0.
    op->ob_refcnt = 1;
    hs_obj_call_finalizer(op);
    HS_ASSERT(Hs_REFCNT(op) > 0);
    op->ob_refcnt--;
    if (op->ob_refcnt == 0) {
        return 0;
    }
    // Resurrected: whoever stored it took its own (counted) reference; leave it be.
    HS_ASSERT(!HsObject_IS_GC(op) || hs_gc_is_tracked(op));
    return -1;
}

/* ==== trashcan ==== */

static int trash_nesting;           /* deallocs now running between begin and end */
static HsObject *trash_delete_later; /* deferred objects, chained through gc_prev */

/* Put 'op' on the deferred list. CPython: _PyTrash_thread_deposit_object. */
static void trash_deposit(HsObject *op) {
    HsGCHead *g = HS_GC_HEAD(op);
    HS_ASSERT(HsObject_IS_GC(op));
    HS_ASSERT(g->gc_next == 0);
    HS_ASSERT(Hs_REFCNT(op) == 0);
    g->gc_prev = (g->gc_prev & (uintptr_t)3) | (uintptr_t)trash_delete_later;
    trash_delete_later = op;
}

/* Free the deferred objects, one dealloc at a time; each may defer more. The nesting is
 * held at 1 so a dealloc run from here never starts a second chain.
 * CPython: _PyTrash_thread_destroy_chain. */
static void trash_destroy_chain(void) {
    HS_ASSERT(trash_nesting == 0);
    ++trash_nesting;
    while (trash_delete_later != NULL) {
        HsObject *op = trash_delete_later;
        HsGCHead *g = HS_GC_HEAD(op);
        trash_delete_later = (HsObject *)(g->gc_prev & ~(uintptr_t)3);
        g->gc_prev &= (uintptr_t)3;
        HS_ASSERT(Hs_REFCNT(op) == 0);
        Hs_TYPE(op)->tp_dealloc(op);
        HS_ASSERT(trash_nesting == 1);
    }
    --trash_nesting;
}

int hs_trashcan_begin(HsObject *op) {
    if (trash_nesting >= HS_TRASHCAN_LIMIT) {
        trash_deposit(op);
        return 0;
    }
    ++trash_nesting;
    return 1;
}

void hs_trashcan_end(void) {
    --trash_nesting;
    if (trash_delete_later != NULL && trash_nesting <= 0) {
        trash_destroy_chain();
    }
}

int hs_trashcan_nesting(void) {
    return trash_nesting;
}

/* ==== tracer hooks (hs_obj_trace.h) ==== */

int hs_obj_trace_on;
hs_obj_trace_fn hs_obj_trace_alloc_hook;
hs_obj_trace_fn hs_obj_trace_free_hook;

void hs_obj_trace_set(hs_obj_trace_fn alloc, hs_obj_trace_fn free_fn) {
    hs_obj_trace_alloc_hook = alloc;
    hs_obj_trace_free_hook = free_fn;
    hs_obj_trace_on = alloc != NULL && free_fn != NULL;
}

/* ==== public API ==== */

void Hs_Dealloc(HsObject *op) {
    if (HS_UNLIKELY(hs_obj_trace_on)) {
        hs_obj_trace_free_hook(op);
    }
    Hs_TYPE(op)->tp_dealloc(op);
}

