/* The tuple object's core (CPython 3.11: Objects/tupleobject.c): allocation with per-size
 * free lists, the empty-tuple singleton, dealloc through the trashcan, GC traversal and
 * CPython's rule for untracking tuples that can never be part of a cycle.
 * Invariants: a tuple handed out is fully filled (no NULL items) and immutable; tuples on
 * a free list are untracked, have refcount 0 and are chained through ob_item[0]; the
 * free-listed tuple still counts in generation 0's count (as CPython, whose free list
 * bypasses PyObject_GC_Del), so reuse does not count again. */
#include "hs/abstract.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem_trace.h"
#include "internal/hs_obj_trace.h"
#include "hs/errors.h"

#include <stdarg.h>

/* ==== state ==== */

/* free_list[n]: tuples of n items ready for reuse; numfree[n]: how many. */
static HsTupleObject *free_list[HS_TUPLE_MAXSAVESIZE];
static Hs_ssize_t numfree[HS_TUPLE_MAXSAVESIZE];

static void tuple_dealloc(HsObject *op);
static int tuple_traverse(HsObject *op, hs_visitproc visit, void *arg);

HsTypeObject HsTuple_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "tuple",
    .tp_getattro = HsObject_GenericGetAttr, /* as CPython: its own __getattribute__ */
    .tp_basicsize = sizeof(HsTupleObject) - sizeof(HsObject *),
    .tp_itemsize = sizeof(HsObject *),
    .tp_dealloc = tuple_dealloc,
    .tp_repr = hs_tuple_repr,
    .tp_as_sequence = &hs_tuple_as_sequence,
    .tp_as_mapping = &hs_tuple_as_mapping,
    .tp_hash = hs_tuple_hash,
    .tp_richcompare = hs_tuple_richcompare,
    .tp_iter = hs_tuple_iter,
    .tp_methods = hs_tuple_methods,
    .tp_new = hs_tuple_new,
    .tp_vectorcall = hs_tuple_vectorcall,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE | HS_TPFLAGS_TUPLE_SUBCLASS |
                HS_TPFLAGS_SEQUENCE,
    .tp_traverse = tuple_traverse,
};

/* The empty tuple: static, never freed, never tracked (gc.is_tracked(()) is False). */
static struct {
    HsGCHead gc;
    HsVarObject ob;
} empty_tuple = {{0, 0}, {HsObject_HEAD_INIT(&HsTuple_Type), 0}};

#define EMPTY_TUPLE ((HsObject *)&empty_tuple.ob)

/* ==== static helpers ==== */

/* An uninitialised, untracked tuple of 'size' > 0 items with refcount 1. */
static HsTupleObject *tuple_alloc(Hs_ssize_t size) {
    if (size < HS_TUPLE_MAXSAVESIZE && free_list[size] != NULL) {
        HsTupleObject *op = free_list[size];
        free_list[size] = (HsTupleObject *)op->ob_item[0];
        numfree[size]--;
        Hs_REFCNT(op) = 1;
        HS_REF_TOTAL_INC();
        hs_mem_trace_new_reference(HS_GC_HEAD(op)); // CPython: _Py_NewReference
        hs_obj_trace_alloc((HsObject *)op);
        return op;
    }
    if ((size_t)size > (SIZE_MAX - sizeof(HsTupleObject)) / sizeof(HsObject *)) {
        return (HsTupleObject *)HsErr_NoMemory();
    }
    size_t bytes = sizeof(HsVarObject) + (size_t)size * sizeof(HsObject *);
    HsTupleObject *op = (HsTupleObject *)hs_gc_alloc(&HsTuple_Type, bytes);
    if (op == NULL) {
        return (HsTupleObject *)HsErr_NoMemory();
    }
    Hs_SIZE(op) = size;
    return op;
}

/* Is 'op' possibly part of a cycle? CPython: _PyObject_GC_MAY_BE_TRACKED. */
static int may_be_tracked(HsObject *op) {
    if (!HsObject_IS_GC(op)) {
        return 0;
    }
    if (HsTuple_CheckExact(op)) {
        return hs_gc_is_tracked(op);
    }
    return 1;
}

/* ==== type slots ==== */

static void tuple_dealloc(HsObject *op) {
    Hs_ssize_t n = Hs_SIZE(op);
    if (op == EMPTY_TUPLE) {
        HS_FATAL("deallocating the empty tuple singleton");
    }
    hs_gc_untrack(op);
    if (!hs_trashcan_begin(op)) {
        return;
    }
    for (Hs_ssize_t i = n - 1; i >= 0; i--) {
        Hs_XDECREF(HS_TUPLE_GET(op, i));
    }
    if (n < HS_TUPLE_MAXSAVESIZE && numfree[n] < HS_TUPLE_MAXFREELIST &&
        HsTuple_CheckExact(op)) {
        HsTupleObject *t = (HsTupleObject *)op;
        t->ob_item[0] = (HsObject *)free_list[n];
        free_list[n] = t;
        numfree[n]++;
    } else {
        hs_gc_free(op);
    }
    hs_trashcan_end();
}

static int tuple_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    for (Hs_ssize_t i = Hs_SIZE(op) - 1; i >= 0; i--) {
        HsObject *item = HS_TUPLE_GET(op, i);
        if (item != NULL) {
            int r = visit(item, arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

/* ==== internal API ==== */

void hs_tuple_maybe_untrack(HsObject *op) {
    if (!HsTuple_CheckExact(op) || !hs_gc_is_tracked(op)) {
        return;
    }
    for (Hs_ssize_t i = 0; i < Hs_SIZE(op); i++) {
        HsObject *item = HS_TUPLE_GET(op, i);
        if (item == NULL || may_be_tracked(item)) {
            return; /* not fully built yet, or may be part of a cycle */
        }
    }
    hs_gc_untrack(op);
}

int hs_tuple_init(void) {
    return hs_gc_set_untrack_hook(&HsTuple_Type, hs_tuple_maybe_untrack, 0);
}

Hs_ssize_t hs_tuple_freelist_count(Hs_ssize_t size) {
    return size > 0 && size < HS_TUPLE_MAXSAVESIZE ? numfree[size] : 0;
}

void hs_tuple_freelist_clear(void) {
    for (Hs_ssize_t n = 0; n < HS_TUPLE_MAXSAVESIZE; n++) {
        while (free_list[n] != NULL) {
            HsTupleObject *t = free_list[n];
            free_list[n] = (HsTupleObject *)t->ob_item[0];
            numfree[n]--;
            hs_gc_free((HsObject *)t);
        }
    }
}

/* ==== public API ==== */

HsObject *HsTuple_New(Hs_ssize_t size) {
    if (size < 0) {
        HsErr_BAD_INTERNAL_CALL();
        return NULL;
    }
    if (size == 0) {
        return Hs_NewRef(EMPTY_TUPLE);
    }
    HsTupleObject *op = tuple_alloc(size);
    if (op == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < size; i++) {
        op->ob_item[i] = NULL;
    }
    hs_gc_track((HsObject *)op);
    return (HsObject *)op;
}

HsObject *HsTuple_FromArray(HsObject *const *items, Hs_ssize_t n) {
    HsObject *t = HsTuple_New(n);
    if (t == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        HS_TUPLE_SET(t, i, Hs_NewRef(items[i]));
    }
    return t;
}

HsObject *HsTuple_Pack(Hs_ssize_t n, ...) {
    HsObject *t = HsTuple_New(n);
    if (t == NULL) {
        return NULL;
    }
    va_list va;
    va_start(va, n);
    for (Hs_ssize_t i = 0; i < n; i++) {
        HS_TUPLE_SET(t, i, Hs_NewRef(va_arg(va, HsObject *)));
    }
    va_end(va);
    return t;
}

HsObject *HsTuple_GetItem(HsObject *op, Hs_ssize_t i) {
    if (!HsTuple_Check(op)) {
        HsErr_BAD_INTERNAL_CALL();
        return NULL;
    }
    if (i < 0 || i >= Hs_SIZE(op)) {
        HsErr_SetString(HsExc_IndexError, "tuple index out of range");
        return NULL;
    }
    return HS_TUPLE_GET(op, i);
}
