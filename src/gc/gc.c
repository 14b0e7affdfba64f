/* The cycle collector proper (CPython 3.11: Modules/gcmodule.c): GC allocation and
 * tracking, the generation schedule (collect_generations, long-lived pending rule), and
 * gc_collect_main with its phases in CPython's order: update_refs, subtract_refs,
 * move_unreachable, survivor untrack hooks, promotion, legacy finalizers, weakrefs,
 * PEP 442 finalizers, the resurrection check, and delete_garbage.
 * Invariants: between collections the state of gc_internal.h holds; during one,
 * 'collecting' is 1 and no other collection starts. Statistics, freeze, foreach and the
 * validators live in gcinspect.c. Design and departures: docs/internals/gc.md. */
#include "gc_internal.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_trace.h"

#include <string.h>
#include <time.h>

/* ==== state ==== */

/* The generation heads point to themselves (empty lists); thresholds 700/10/10. */
HsGCState hs_gc_state = {
    .generations =
        {
            {{(uintptr_t)&hs_gc_state.generations[0].head,
              (uintptr_t)&hs_gc_state.generations[0].head},
             700,
             0},
            {{(uintptr_t)&hs_gc_state.generations[1].head,
              (uintptr_t)&hs_gc_state.generations[1].head},
             10,
             0},
            {{(uintptr_t)&hs_gc_state.generations[2].head,
              (uintptr_t)&hs_gc_state.generations[2].head},
             10,
             0},
        },
    .permanent = {(uintptr_t)&hs_gc_state.permanent, (uintptr_t)&hs_gc_state.permanent},
    .enabled = 1,
};

#define GEN_HEAD(n) (&hs_gc_state.generations[(n)].head)

/* ==== static helpers: finding the unreachable set ==== */

/* Copy each refcount into gc_refs and set COLLECTING. Returns the list's size. */
static Hs_ssize_t update_refs(HsGCHead *containers) {
    Hs_ssize_t n = 0;
    for (HsGCHead *gc = gc_next_of(containers); gc != containers; gc = gc_next_of(gc)) {
        gc_reset_refs(gc, Hs_REFCNT(HS_GC_OBJ(gc)));
        // A zero count here means someone decref'ed to 0 without freeing: a broken type.
        HS_ASSERT(gc_get_refs(gc) != 0);
        n++;
    }
    return n;
}

static int visit_decref(HsObject *op, void *parent) {
    (void)parent;
    if (HsObject_IS_GC(op)) {
        HsGCHead *gc = HS_GC_HEAD(op);
        // Only objects of the generations being collected have COLLECTING set.
        if (gc_is_collecting(gc)) {
            gc_decref(gc);
        }
    }
    return 0;
}

/* Subtract the references internal to 'containers': afterwards gc_refs counts only the
 * references from outside the set. */
static void subtract_refs(HsGCHead *containers) {
    for (HsGCHead *gc = gc_next_of(containers); gc != containers; gc = gc_next_of(gc)) {
        HsObject *op = HS_GC_OBJ(gc);
        (void)Hs_TYPE(op)->tp_traverse(op, visit_decref, op);
    }
}

static int visit_decref_all(HsObject *op, void *arg) {
    (void)arg;
    if (HsObject_IS_GC(op)) {
        HsGCHead *gc = HS_GC_HEAD(op);
        if (gc->gc_next != 0) { // tracked, hence in the set
            if (!gc_is_collecting(gc)) {
                gc_reset_refs(gc, Hs_REFCNT(op)); // first touch
            }
            gc_decref(gc);
        }
    }
    return 0;
}

/* update_refs and subtract_refs fused into one pass, for a set holding every tracked
 * object (a full collection with an empty permanent generation): there, "tracked" means
 * "in the set", so an object can be initialised on first touch, whether the walk reaches
 * it in list order or as a referent. Same gc_refs as the two passes; one walk less.
 * Returns the set's size. */
static Hs_ssize_t update_subtract_refs_all(HsGCHead *containers) {
    Hs_ssize_t n = 0;
    for (HsGCHead *gc = gc_next_of(containers); gc != containers; gc = gc_next_of(gc)) {
        HsObject *op = HS_GC_OBJ(gc);
        if (!gc_is_collecting(gc)) {
            HS_ASSERT(Hs_REFCNT(op) != 0);
            gc_reset_refs(gc, Hs_REFCNT(op));
        }
        (void)Hs_TYPE(op)->tp_traverse(op, visit_decref_all, NULL);
        n++;
    }
    return n;
}

/* move_unreachable's visitor: 'op' is reachable. CPython: visit_reachable. */
static int visit_reachable(HsObject *op, void *arg) {
    HsGCHead *reachable = arg;
    if (!HsObject_IS_GC(op)) {
        return 0;
    }
    HsGCHead *gc = HS_GC_HEAD(op);
    // Other generations, and objects already scanned, have no COLLECTING flag.
    if (!gc_is_collecting(gc)) {
        return 0;
    }
    HS_ASSERT(gc->gc_next != 0);
    if (gc->gc_next & HS_GC_NEXT_MASK_UNREACHABLE) {
        // Tentatively unreachable after all: unlink by hand (flags in the way) and put it
        // back at the end of young, where move_unreachable will scan it again.
        HsGCHead *prev = gc_prev_of(gc);
        HsGCHead *next = (HsGCHead *)(gc->gc_next & ~HS_GC_NEXT_MASK_UNREACHABLE);
        prev->gc_next = gc->gc_next; // keeps NEXT_MASK_UNREACHABLE
        gc_set_prev(next, prev);
        gc_list_append(gc, reachable);
        gc_set_refs(gc, 1);
    } else if (gc_get_refs(gc) == 0) {
        // Still ahead in young's scan: just tell it it's reachable.
        gc_set_refs(gc, 1);
    }
    // else gc_refs > 0: ahead in young and already known reachable.
    return 0;
}

/* CPython's single pass: walk 'young'; an object with gc_refs > 0 is reachable, so traverse
 * it (making what it refers to reachable) and relink its prev pointer; one with 0 moves to
 * 'unreachable' with NEXT_MASK_UNREACHABLE, to come back if something later reaches it.
 * Post: 'young' is a normal list of reachable objects (COLLECTING cleared); 'unreachable'
 * has COLLECTING and NEXT_MASK_UNREACHABLE on every object. */
static void move_unreachable(HsGCHead *young, HsGCHead *unreachable) {
    HsGCHead *prev = young;
    HsGCHead *gc = gc_next_of(young);
    while (gc != young) {
        if (gc_get_refs(gc)) {
            HsObject *op = HS_GC_OBJ(gc);
            // traverse may append to young (and so change gc->gc_next): read it after.
            (void)Hs_TYPE(op)->tp_traverse(op, visit_reachable, young);
            gc_set_prev(gc, prev);
            gc_clear_collecting(gc);
            prev = gc;
        } else {
            prev->gc_next = gc->gc_next; // young is singly linked during this pass
            HsGCHead *last = (HsGCHead *)unreachable->gc_prev;
            // Sets the mask on the list head too when it is 'last'; repaired below.
            last->gc_next = HS_GC_NEXT_MASK_UNREACHABLE | (uintptr_t)gc;
            gc_set_prev(gc, last);
            gc->gc_next = HS_GC_NEXT_MASK_UNREACHABLE | (uintptr_t)unreachable;
            unreachable->gc_prev = (uintptr_t)gc;
        }
        gc = (HsGCHead *)prev->gc_next;
    }
    young->gc_prev = (uintptr_t)prev;
    unreachable->gc_next &= ~HS_GC_NEXT_MASK_UNREACHABLE;
}

/* update_refs + subtract_refs + move_unreachable. 'all_tracked': 'base' holds every
 * tracked object (see update_subtract_refs_all). CPython: deduce_unreachable.
 * Returns the number of objects examined. */
static Hs_ssize_t deduce_unreachable(HsGCHead *base, HsGCHead *unreachable, int all_tracked) {
    HS_GC_VALIDATE_LIST(base, 0);
    Hs_ssize_t n;
    if (all_tracked) {
        n = update_subtract_refs_all(base); // gc_prev holds gc_refs from here
    } else {
        n = update_refs(base);
        subtract_refs(base);
    }
    gc_list_init(unreachable);
    move_unreachable(base, unreachable); // gc_prev is a pointer again
    HS_GC_VALIDATE_LIST(base, 0);
    HS_GC_VALIDATE_LIST(unreachable, 3);
    return n;
}

/* Clear NEXT_MASK_UNREACHABLE on a list made by move_unreachable. */
static void clear_unreachable_mask(HsGCHead *unreachable) {
    HsGCHead *next;
    for (HsGCHead *gc = gc_next_of(unreachable); gc != unreachable; gc = next) {
        HS_ASSERT(gc->gc_next & HS_GC_NEXT_MASK_UNREACHABLE);
        gc->gc_next &= ~HS_GC_NEXT_MASK_UNREACHABLE;
        next = (HsGCHead *)gc->gc_next;
    }
    HS_GC_VALIDATE_LIST(unreachable, 1);
}

static void gc_list_clear_collecting(HsGCHead *list) {
    for (HsGCHead *gc = gc_next_of(list); gc != list; gc = gc_next_of(gc)) {
        gc_clear_collecting(gc);
    }
}

/* The per-type survivor hooks standing in for untrack_tuples/untrack_dicts. Returns the
 * number of objects they untracked. */
static Hs_ssize_t run_untrack_hooks(HsGCHead *young, int full) {
    HsGCState *st = &hs_gc_state;
    Hs_ssize_t untracked = 0;
    if (st->n_untrack_hooks == 0) {
        return 0;
    }
    HsGCHead *next;
    for (HsGCHead *gc = gc_next_of(young); gc != young; gc = next) {
        next = gc_next_of(gc);
        HsObject *op = HS_GC_OBJ(gc);
        for (int i = 0; i < st->n_untrack_hooks; i++) {
            HsGCUntrackHook *h = &st->untrack_hooks[i];
            if (h->tp == Hs_TYPE(op) && (full || !h->full_only)) {
                h->fn(op);
                untracked += (gc->gc_next == 0);
                break;
            }
        }
    }
    return untracked;
}

/* ==== static helpers: legacy finalizers ==== */

/* Move unreachable objects whose type has tp_del to 'finalizers', clearing
 * NEXT_MASK_UNREACHABLE on all of 'unreachable' on the way. Returns the number of
 * unreachable objects it walked. CPython: move_legacy_finalizers. */
static Hs_ssize_t move_legacy_finalizers(HsGCHead *unreachable, HsGCHead *finalizers) {
    HsGCHead *next;
    Hs_ssize_t n = 0;
    HS_ASSERT((unreachable->gc_next & HS_GC_NEXT_MASK_UNREACHABLE) == 0);
    for (HsGCHead *gc = gc_next_of(unreachable); gc != unreachable; gc = next) {
        n++;
        HS_ASSERT(gc->gc_next & HS_GC_NEXT_MASK_UNREACHABLE);
        gc->gc_next &= ~HS_GC_NEXT_MASK_UNREACHABLE;
        next = (HsGCHead *)gc->gc_next;
        if (Hs_TYPE(HS_GC_OBJ(gc))->tp_del != NULL) {
            gc_clear_collecting(gc);
            gc_list_move(gc, finalizers);
        }
    }
    return n;
}

static int visit_move(HsObject *op, void *arg) {
    if (HsObject_IS_GC(op)) {
        HsGCHead *gc = HS_GC_HEAD(op);
        if (gc_is_collecting(gc)) {
            gc_list_move(gc, (HsGCHead *)arg);
            gc_clear_collecting(gc);
        }
    }
    return 0;
}

/* Under the debug flag 'flag', report each object of 'list' (CPython: debug_cycle). */
static void debug_cycles(HsGCHead *list, int flag, const char *msg) {
    if (!(hs_gc_state.debug & flag) || hs_gc_state.debug_cycle == NULL) {
        return;
    }
    for (HsGCHead *gc = gc_next_of(list); gc != list; gc = gc_next_of(gc)) {
        hs_gc_state.debug_cycle(msg, HS_GC_OBJ(gc));
    }
}

/* Move everything unreachable reachable from 'finalizers' into it (it grows as we go). */
static void move_legacy_finalizer_reachable(HsGCHead *finalizers) {
    for (HsGCHead *gc = gc_next_of(finalizers); gc != finalizers; gc = gc_next_of(gc)) {
        HsObject *op = HS_GC_OBJ(gc);
        (void)Hs_TYPE(op)->tp_traverse(op, visit_move, finalizers);
    }
}

/* Append the tp_del objects (all of them under SAVEALL) to gc.garbage, then give the whole
 * list back to 'old'. CPython: handle_legacy_finalizers. */
static void handle_legacy_finalizers(HsGCHead *finalizers, HsGCHead *old) {
    for (HsGCHead *gc = gc_next_of(finalizers); gc != finalizers; gc = gc_next_of(gc)) {
        HsObject *op = HS_GC_OBJ(gc);
        if ((hs_gc_state.debug & HS_GC_DEBUG_SAVEALL) || Hs_TYPE(op)->tp_del != NULL) {
            if (hs_gc_garbage_append(op) < 0) {
                break;
            }
        }
    }
    gc_list_merge(finalizers, old);
}

/* ==== static helpers: weak references ==== */

typedef struct WeakrefScan {
    HsGCHead *to_call;
} WeakrefScan;

/* 'add' of the clear hook: keep 'wr' for a callback only if it is not itself trash. */
static int weakref_add(HsObject *wr, void *arg) {
    WeakrefScan *scan = arg;
    HsGCHead *wrgc = HS_GC_HEAD(wr);
    HS_ASSERT(HsObject_IS_GC(wr) && wrgc->gc_next != 0);
    if (gc_is_collecting(wrgc) || wrgc->gc_next == 0) {
        return 0; // part of the garbage (its own callback never runs), or not trackable
    }
    Hs_INCREF(wr);
    gc_list_move(wrgc, scan->to_call);
    return 0;
}

/* Clear weakrefs to the unreachable set and run the callbacks CPython would run.
 * Returns the number of weakref objects freed by dropping our references after their
 * callbacks (counted as collected, as CPython 3.11 does). CPython: handle_weakrefs. */
static Hs_ssize_t handle_weakrefs(HsGCHead *unreachable, HsGCHead *old) {
    HsGCState *st = &hs_gc_state;
    if (!st->have_weakref_hooks) {
        return 0;
    }
    const HsGCWeakrefHooks *hk = &st->weakref_hooks;
    HsGCHead to_call;
    gc_list_init(&to_call);
    WeakrefScan scan = {&to_call};
    HsGCHead *next;
    for (HsGCHead *gc = gc_next_of(unreachable); gc != unreachable; gc = next) {
        HsObject *op = HS_GC_OBJ(gc);
        next = gc_next_of(gc);
        if (hk->is_weakref != NULL && hk->is_weakref(op)) {
            hk->clear_ref(op);
        }
        if (hk->has_weakrefs != NULL && hk->has_weakrefs(op)) {
            hk->clear(op, weakref_add, &scan);
        }
    }
    Hs_ssize_t freed = 0;
    while (!gc_list_is_empty(&to_call)) {
        HsGCHead *gc = gc_next_of(&to_call);
        HsObject *wr = HS_GC_OBJ(gc);
        hk->call(wr);
        Hs_DECREF(wr);
        if (gc_next_of(&to_call) == gc) {
            gc_list_move(gc, old); // still alive
        } else {
            freed++;
        }
    }
    return freed;
}

/* ==== static helpers: finalizers, resurrection, clearing ==== */

/* Call tp_finalize once on each object not yet FINALIZED. Objects may vanish from the list
 * as finalizers run, so each is moved to 'seen' before its call. CPython: finalize_garbage. */
static void finalize_garbage(HsGCHead *collectable) {
    HsGCHead seen;
    gc_list_init(&seen);
    while (!gc_list_is_empty(collectable)) {
        HsGCHead *gc = gc_next_of(collectable);
        HsObject *op = HS_GC_OBJ(gc);
        gc_list_move(gc, &seen);
        hs_destructor finalize = Hs_TYPE(op)->tp_finalize;
        if (!(gc->gc_prev & HS_GC_PREV_MASK_FINALIZED) && finalize != NULL) {
            gc->gc_prev |= HS_GC_PREV_MASK_FINALIZED;
            Hs_INCREF(op);
            finalize(op);
            Hs_DECREF(op);
        }
    }
    gc_list_merge(&seen, collectable);
}

/* Recompute reachability inside 'unreachable' after the finalizers ran: what a finalizer
 * made reachable again goes back to 'old'; the rest lands in 'still_unreachable'
 * (COLLECTING still set). CPython: handle_resurrected_objects. */
static void handle_resurrected_objects(HsGCHead *unreachable, HsGCHead *still_unreachable,
                                       HsGCHead *old) {
    gc_list_clear_collecting(unreachable);
    HsGCHead *resurrected = unreachable;
    (void)deduce_unreachable(resurrected, still_unreachable, 0);
    clear_unreachable_mask(still_unreachable);
    gc_list_merge(resurrected, old);
}

/* Break the cycles: tp_clear on each object (holding a reference meanwhile), so refcounts
 * free them; whatever survives its clear goes back to 'old'. Under SAVEALL append each to
 * gc.garbage instead. CPython: delete_garbage. */
static void delete_garbage(HsGCHead *collectable, HsGCHead *old) {
    while (!gc_list_is_empty(collectable)) {
        HsGCHead *gc = gc_next_of(collectable);
        HsObject *op = HS_GC_OBJ(gc);
        HS_ASSERT(Hs_REFCNT(op) > 0);
        if (hs_gc_state.debug & HS_GC_DEBUG_SAVEALL) {
            (void)hs_gc_garbage_append(op);
        } else {
            hs_inquiry clear = Hs_TYPE(op)->tp_clear;
            if (clear != NULL) {
                Hs_INCREF(op);
                (void)clear(op);
                Hs_DECREF(op);
            }
        }
        if (gc_next_of(collectable) == gc) {
            // still alive: it may die later
            gc_clear_collecting(gc);
            gc_list_move(gc, old);
        }
    }
}

/* ==== static helpers: the collection ==== */

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Merge the younger generations into 'generation', find what is unreachable, promote the
 * survivors, and dispose of the garbage. Fills 'info'; returns collected + uncollectable.
 * CPython: gc_collect_main. */
static Hs_ssize_t gc_collect_main(int generation, HsGCCollectionInfo *info) {
    HsGCState *st = &hs_gc_state;
    Hs_ssize_t m = 0, n = 0;
    HsGCHead unreachable, finalizers, final_unreachable;
    if (generation + 1 < HS_GC_NUM_GENERATIONS) {
        st->generations[generation + 1].count += 1;
    }
    for (int i = 0; i <= generation; i++) {
        st->generations[i].count = 0;
    }
    for (int i = 0; i < generation; i++) {
        gc_list_merge(GEN_HEAD(i), GEN_HEAD(generation));
    }
    HsGCHead *young = GEN_HEAD(generation);
    HsGCHead *old = generation < HS_GC_NUM_GENERATIONS - 1 ? GEN_HEAD(generation + 1) : young;
    HS_GC_VALIDATE_LIST(old, 0);
    int full = (young == old);
    int all_tracked = full && gc_list_is_empty(&st->permanent);
    info->candidates = deduce_unreachable(young, &unreachable, all_tracked);
    Hs_ssize_t untracked = run_untrack_hooks(young, full);
    if (!full) {
        gc_list_merge(young, old);
    }
    gc_list_init(&finalizers);
    // unreachable is a normal list after this; it also counts it, which gives the number
    // of survivors without walking them again (CPython: gc_list_size(young))
    Hs_ssize_t survivors = info->candidates - untracked -
                           move_legacy_finalizers(&unreachable, &finalizers);
    if (!full) {
        if (generation == HS_GC_NUM_GENERATIONS - 2) {
            st->long_lived_pending += survivors;
        }
    } else {
        st->long_lived_pending = 0;
        st->long_lived_total = survivors;
    }
    move_legacy_finalizer_reachable(&finalizers);
    debug_cycles(&unreachable, HS_GC_DEBUG_COLLECTABLE, "collectable");
    HS_GC_VALIDATE_LIST(&finalizers, 0);
    HS_GC_VALIDATE_LIST(&unreachable, 1);
    m += handle_weakrefs(&unreachable, old);
    HS_GC_VALIDATE_LIST(old, 0);
    HS_GC_VALIDATE_LIST(&unreachable, 1);
    finalize_garbage(&unreachable);
    handle_resurrected_objects(&unreachable, &final_unreachable, old);
    m += gc_list_size(&final_unreachable);
    delete_garbage(&final_unreachable, old);
    n = gc_list_size(&finalizers);
    debug_cycles(&finalizers, HS_GC_DEBUG_UNCOLLECTABLE, "uncollectable");
    handle_legacy_finalizers(&finalizers, old);
    HS_GC_VALIDATE_LIST(old, 0);
    if (generation == HS_GC_NUM_GENERATIONS - 1) {
        /* a full collection also empties the free lists (CPython: clear_freelists) */
        hs_tuple_freelist_clear();
        hs_list_freelist_clear();
        hs_dict_freelist_clear();
        hs_float_freelist_clear();
    }
    HsGCGenStats *stats = &st->stats[generation];
    stats->collections++;
    stats->collected += m;
    stats->uncollectable += n;
    info->collected = m;
    info->uncollectable = n;
    return n + m;
}

/* Run one collection with the start/stop hook around it and record it.
 * CPython: gc_collect_with_callback. Caller has set 'collecting'. */
static Hs_ssize_t collect_with_callback(int generation) {
    HsGCState *st = &hs_gc_state;
    HsGCCollectionInfo info = {generation, 0, 0, 0, 0};
#if HS_DEBUG_GC
    hs_gc_validate();
#endif
    if (st->hook != NULL) {
        st->hook(HS_GC_PHASE_START, &info, st->hook_arg);
    }
    uint64_t t0 = now_ns();
    Hs_ssize_t result = gc_collect_main(generation, &info);
    info.pause_ns = now_ns() - t0;
    if (info.pause_ns == 0) {
        info.pause_ns = 1; // a collection always takes time; clocks may be coarse
    }
    st->last = info;
    hs_gc_log_record(&info);
    if (st->hook != NULL) {
        st->hook(HS_GC_PHASE_STOP, &info, st->hook_arg);
    }
#if HS_DEBUG_GC
    hs_gc_validate();
#endif
    return result;
}

/* Collect the oldest generation whose count is over its threshold, skipping a full
 * collection while long_lived_pending < long_lived_total / 4. CPython:
 * gc_collect_generations. */
static Hs_ssize_t collect_generations(void) {
    HsGCState *st = &hs_gc_state;
    for (int i = HS_GC_NUM_GENERATIONS - 1; i >= 0; i--) {
        if (st->generations[i].count > st->generations[i].threshold) {
            if (i == HS_GC_NUM_GENERATIONS - 1 &&
                st->long_lived_pending < st->long_lived_total / 4) {
                continue;
            }
            return collect_with_callback(i);
        }
    }
    return 0;
}

/* ==== internal API: allocation and tracking ==== */

/* Bytes before the GC head: CPython 3.11's pre-header of a managed-dict object (the
 * instance __dict__ pointer and the unused inline-values pointer). */
static size_t pre_size(HsTypeObject *tp) {
    return (tp->tp_flags & HS_TPFLAGS_MANAGED_DICT) ? 2 * sizeof(HsObject *) : 0;
}

HsObject *hs_gc_alloc(HsTypeObject *tp, size_t size) {
    size_t pre = pre_size(tp);
    if (size > (size_t)HS_SSIZE_T_MAX - sizeof(HsGCHead) - pre) {
        return NULL;
    }
    char *mem = hs_mem_malloc(pre + sizeof(HsGCHead) + size);
    if (mem == NULL) {
        return NULL;
    }
    memset(mem, 0, pre);
    HsGCHead *g = (HsGCHead *)(mem + pre);
    g->gc_next = 0;
    g->gc_prev = 0;
    HsObject *op = HS_GC_OBJ(g);
    op->ob_refcnt = 1;
    op->ob_type = tp;
    HS_REF_TOTAL_INC();
    hs_obj_trace_alloc(op);
    HsGCState *st = &hs_gc_state;
    st->generations[0].count++; // CPython: _PyObject_GC_Link
    if (st->generations[0].count > st->generations[0].threshold && st->enabled &&
        st->generations[0].threshold != 0 && !st->collecting &&
        (st->auto_guard == NULL || st->auto_guard())) {
        st->collecting = 1;
        (void)collect_generations();
        st->collecting = 0;
    }
    return op;
}

HsObject *hs_gc_resize(HsObject *op, size_t size) {
    HsGCHead *g = HS_GC_HEAD(op);
    HS_ASSERT(g->gc_next == 0);
    HS_ASSERT(pre_size(Hs_TYPE(op)) == 0);
    if (size > (size_t)HS_SSIZE_T_MAX - sizeof(HsGCHead)) {
        return NULL;
    }
    g = hs_mem_realloc(g, sizeof(HsGCHead) + size);
    if (g == NULL) {
        return NULL;
    }
    return HS_GC_OBJ(g);
}

void hs_gc_free(HsObject *op) {
    HsGCHead *g = HS_GC_HEAD(op);
    if (g->gc_next != 0) {
        gc_list_remove(g);
    }
    if (hs_gc_state.generations[0].count > 0) {
        hs_gc_state.generations[0].count--;
    }
    hs_mem_free((char *)g - pre_size(Hs_TYPE(op)));
}

void hs_gc_track(HsObject *op) {
    HsGCHead *gc = HS_GC_HEAD(op);
    HS_ASSERT(gc->gc_next == 0);                             // already tracked
    HS_ASSERT((gc->gc_prev & HS_GC_PREV_MASK_COLLECTING) == 0); // in a collection's list
    HsGCHead *gen0 = GEN_HEAD(0);
    HsGCHead *last = (HsGCHead *)gen0->gc_prev;
    gc_set_next(last, gc);
    gc_set_prev(gc, last);
    gc_set_next(gc, gen0);
    gen0->gc_prev = (uintptr_t)gc;
}

void hs_gc_untrack(HsObject *op) {
    HsGCHead *gc = HS_GC_HEAD(op);
    if (gc->gc_next != 0) {
        gc_list_remove(gc);
        gc->gc_prev &= HS_GC_PREV_MASK_FINALIZED;
    }
}

int hs_gc_is_tracked(HsObject *op) {
    return HS_GC_HEAD(op)->gc_next != 0;
}

int hs_gc_is_finalized(HsObject *op) {
    return (HS_GC_HEAD(op)->gc_prev & HS_GC_PREV_MASK_FINALIZED) != 0;
}

void hs_gc_set_finalized(HsObject *op) {
    HS_GC_HEAD(op)->gc_prev |= HS_GC_PREV_MASK_FINALIZED;
}

/* ==== internal API: collecting ==== */

Hs_ssize_t hs_gc_collect(int generation) {
    HS_ASSERT(generation >= 0 && generation < HS_GC_NUM_GENERATIONS);
    if (generation < 0 || generation >= HS_GC_NUM_GENERATIONS) {
        return 0;
    }
    HsGCState *st = &hs_gc_state;
    if (st->collecting) {
        return 0;
    }
    st->collecting = 1;
    Hs_ssize_t n = collect_with_callback(generation);
    st->collecting = 0;
    return n;
}

int hs_gc_is_collecting(void) {
    return hs_gc_state.collecting;
}

void hs_gc_get_long_lived(Hs_ssize_t *total, Hs_ssize_t *pending) {
    if (total != NULL) {
        *total = hs_gc_state.long_lived_total;
    }
    if (pending != NULL) {
        *pending = hs_gc_state.long_lived_pending;
    }
}
