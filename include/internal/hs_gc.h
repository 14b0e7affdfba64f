/* The cycle collector (CPython 3.11: Modules/gcmodule.c, Include/internal/pycore_gc.h).
 * Every GC object carries an HsGCHead just before its HsObject. While tracked, the head
 * links it into the list of its generation. Collection is CPython's trial deletion over
 * the young generations, with PEP 442 finalizers and weakref clearing in CPython's order.
 * See docs/internals/gc.md for the phases and the bit layout. */
#ifndef HS_INTERNAL_HS_GC_H
#define HS_INTERNAL_HS_GC_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

/* 16 bytes, as PyGC_Head. Low bits carry flags; layout and meaning in gc.md:
 *   gc_next  pointer to next head | bit0 NEXT_MASK_UNREACHABLE (during a collection)
 *   gc_prev  pointer to previous head | bit0 FINALIZED | bit1 COLLECTING;
 *            during a collection the pointer bits hold gc_refs instead. */
typedef struct HsGCHead {
    uintptr_t gc_next;
    uintptr_t gc_prev;
} HsGCHead;

#define HS_GC_HEAD(op) (((HsGCHead *)(op)) - 1)
#define HS_GC_OBJ(g) ((HsObject *)(((HsGCHead *)(g)) + 1))

#define HS_GC_NUM_GENERATIONS 3

/* ==== allocation (used by GC types) ==== */

/* Allocate a GC object of 'size' bytes (not counting the head) of type 'tp', untracked,
 * with refcount 1. Counts toward generation 0 and may run an automatic collection first.
 * Return: new reference, or NULL on memory failure. CPython: _PyObject_GC_New/NewVar. */
HsObject *hs_gc_alloc(HsTypeObject *tp, size_t size);

/* Resize a GC var-object; 'op' must be untracked. Return: the moved object, or NULL (the
 * old one is then still valid). CPython: _PyObject_GC_Resize. */
HsObject *hs_gc_resize(HsObject *op, size_t size);

/* Free a GC object's memory (untracking it if needed); uncounts it from generation 0.
 * CPython: PyObject_GC_Del. */
void hs_gc_free(HsObject *op);

/* ==== tracking ==== */
void hs_gc_track(HsObject *op);   /* CPython: PyObject_GC_Track (must be untracked) */
void hs_gc_untrack(HsObject *op); /* CPython: PyObject_GC_UnTrack (no-op if untracked) */
int hs_gc_is_tracked(HsObject *op);
int hs_gc_is_finalized(HsObject *op);
void hs_gc_set_finalized(HsObject *op); /* CPython: _PyGC_SET_FINALIZED */

/* ==== collecting ==== */

/* Collect generations 0..'generation' (2 = full). Returns the number of unreachable objects
 * found (collected + uncollectable), as gc.collect(). Returns 0 without collecting when a
 * collection is already running. CPython: gc_collect_main via PyGC_Collect. */
Hs_ssize_t hs_gc_collect(int generation);

int hs_gc_enable(int on); /* returns the previous state */
int hs_gc_is_enabled(void);
void hs_gc_set_threshold(int gen, int threshold);
int hs_gc_get_threshold(int gen);
int hs_gc_get_count(int gen);
int hs_gc_is_collecting(void);

/* The long-lived figures that gate full collections from allocation: 'total' is the size
 * of the oldest generation after the last full collection, 'pending' the number of objects
 * promoted into it since. A full collection runs from allocation only when gen 2's count is
 * over its threshold and pending >= total / 4. Either pointer may be NULL. */
void hs_gc_get_long_lived(Hs_ssize_t *total, Hs_ssize_t *pending);

/* Debug flags, as gc.DEBUG_*: only SAVEALL changes what the collector does here; the
 * printing flags are honoured by the gc module above. */
#define HS_GC_DEBUG_STATS (1 << 0)
#define HS_GC_DEBUG_COLLECTABLE (1 << 1)
#define HS_GC_DEBUG_UNCOLLECTABLE (1 << 2)
#define HS_GC_DEBUG_SAVEALL (1 << 5)
void hs_gc_set_debug(int flags);
int hs_gc_get_debug(void);

/* ==== statistics ==== */
typedef struct HsGCGenStats {
    Hs_ssize_t collections;
    Hs_ssize_t collected;
    Hs_ssize_t uncollectable;
} HsGCGenStats;

void hs_gc_get_stats(int gen, HsGCGenStats *out);

/* What one collection did; passed to the start/stop hook and kept as the last record. */
typedef struct HsGCCollectionInfo {
    int generation;
    Hs_ssize_t candidates;   /* objects examined (sizes of the generations collected) */
    Hs_ssize_t collected;
    Hs_ssize_t uncollectable;
    uint64_t pause_ns;       /* wall time of the collection, stop phase only */
} HsGCCollectionInfo;

enum { HS_GC_PHASE_START = 0, HS_GC_PHASE_STOP = 1 };

/* One hook, called at the start and stop of each collection (gc.callbacks sits on it).
 * Must not collect. NULL removes it. */
typedef void (*hs_gc_hook)(int phase, const HsGCCollectionInfo *info, void *arg);
void hs_gc_set_hook(hs_gc_hook hook, void *arg);

/* Called for each object a collection finds unreachable under DEBUG_COLLECTABLE (msg
 * "collectable") and each uncollectable one under DEBUG_UNCOLLECTABLE ("uncollectable");
 * the gc module prints CPython's "gc: <msg> <type addr>" line. Must not collect. */
typedef void (*hs_gc_debug_cycle_hook)(const char *msg, HsObject *op);
void hs_gc_set_debug_cycle_hook(hs_gc_debug_cycle_hook hook);

/* The record of the most recent collection. */
void hs_gc_last_collection(HsGCCollectionInfo *out);

/* The log of collections since start: a ring keeping the last HS_GC_LOG_CAPACITY records
 * (heapscope.gc_log). hs_gc_log_size is how many are kept, hs_gc_log_total how many were
 * ever recorded; hs_gc_log_get fills 'out' with record 'i' (0 = oldest kept) and returns 0,
 * or -1 when 'i' is out of range. */
#define HS_GC_LOG_CAPACITY 10000
Hs_ssize_t hs_gc_log_size(void);
Hs_ssize_t hs_gc_log_total(void);
int hs_gc_log_get(Hs_ssize_t i, HsGCCollectionInfo *out);

/* ==== gc.garbage, freeze, object lists ==== */

/* The list of objects kept by DEBUG_SAVEALL or found uncollectable. Set by the gc module
 * (a list object); until then such objects are kept on an internal list instead.
 * hs_gc_garbage_append is the hook for that. */
typedef int (*hs_gc_garbage_fn)(HsObject *op, void *arg);
void hs_gc_set_garbage_sink(hs_gc_garbage_fn fn, void *arg);
/* The internal list (used while no sink is set): it holds a reference to each object. */
Hs_ssize_t hs_gc_internal_garbage_count(void);
/* Return: borrowed reference (owned by the internal list), or NULL if 'i' is out of range. */
HsObject *hs_gc_internal_garbage_get(Hs_ssize_t i);
/* Empty the internal list, dropping its references (may free objects). */
void hs_gc_internal_garbage_clear(void);

void hs_gc_freeze(void);   /* move all tracked objects to the permanent generation */
void hs_gc_unfreeze(void); /* move them back into the oldest generation */
Hs_ssize_t hs_gc_get_freeze_count(void);

/* Call 'fn' for each tracked object in 'generation' (-1: all three generations, as
 * gc.get_objects(), generation 0 first; HS_GC_PERMANENT: the frozen objects), each list in
 * its order (oldest arrival first). Stops early and returns the callback's value when it
 * returns nonzero; returns 0 otherwise. 'fn' gets a borrowed reference and must not track,
 * untrack or free objects. */
#define HS_GC_PERMANENT 3
int hs_gc_foreach(int generation, int (*fn)(HsObject *op, void *arg), void *arg);

/* Call 'fn' for each tracked object of the three generations (not the permanent one) whose
 * tp_traverse visits 'target'. CPython: gc.get_referrers. Same rules as hs_gc_foreach. */
int hs_gc_foreach_referrer(HsObject *target, int (*fn)(HsObject *op, void *arg), void *arg);

/* ==== hooks for weak references (installed by the weakref type) ====
 * The collector knows nothing of weakref objects; the weakref type installs these and the
 * collector calls them in CPython's handle_weakrefs order, after the unreachable set is
 * known and before any finalizer runs (docs/internals/gc.md, "Weak references"):
 *   1. for each unreachable object, in list order: if is_weakref(op), clear_ref(op) (a
 *      weakref that is itself trash never calls back); then, if has_weakrefs(op),
 *      clear(op, add, arg): clear every weakref to 'op' in the referent's list order,
 *      keeping their callbacks, and call add(wr, arg) (borrowed) for each that has one;
 *      the collector keeps those wr that are themselves reachable (not part of this
 *      collection), taking a reference, and ignores the others;
 *   2. then, once every weakref to the unreachable set is cleared, call(wr) runs each kept
 *      weakref's callback (callback(wr)), in the order they were added, and the reference
 *      is dropped. A weakref must be a tracked GC object. With no hooks installed the step
 *      is skipped. CPython: handle_weakrefs, _PyWeakref_ClearRef. */
typedef struct HsGCWeakrefHooks {
    int (*is_weakref)(HsObject *op);
    void (*clear_ref)(HsObject *wr);
    int (*has_weakrefs)(HsObject *op);
    void (*clear)(HsObject *op, int (*add)(HsObject *wr, void *arg), void *arg);
    void (*call)(HsObject *wr);
} HsGCWeakrefHooks;
/* Install the hooks (copied); NULL removes them. */
void hs_gc_set_weakref_hooks(const HsGCWeakrefHooks *hooks);

/* ==== per-type untracking of young survivors ====
 * CPython untracks tuples (each collection) and dicts (full collections) that can no longer
 * be part of a cycle (untrack_tuples, untrack_dicts). Here a type registers a hook instead:
 * after the unreachable set is found, the collector calls 'fn' for every surviving object
 * of exact type 'tp' in the collected generations (only in full collections if 'full_only').
 * 'fn' may call hs_gc_untrack on that object and must do nothing else to the lists.
 * At most HS_GC_MAX_UNTRACK_HOOKS types; 'fn' NULL removes the type's hook.
 * Returns 0, or -1 when the table is full. */
#define HS_GC_MAX_UNTRACK_HOOKS 8
int hs_gc_set_untrack_hook(HsTypeObject *tp, void (*fn)(HsObject *op), int full_only);

/* Asked before an automatic collection; returns 0 to skip it (e.g. an exception is
 * being raised). NULL (the default) always allows. */
void hs_gc_set_auto_guard(int (*guard)(void));

#if HS_DEBUG_GC
/* Abort if any generation list is broken. */
void hs_gc_validate(void);
#endif

#endif /* HS_INTERNAL_HS_GC_H */
