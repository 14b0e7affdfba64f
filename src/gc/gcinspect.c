/* The collector's settings and everything that looks at its lists without collecting
 * (CPython 3.11: the gc module functions of Modules/gcmodule.c): enable/disable,
 * thresholds, counts, debug flags, statistics and the start/stop hook, gc.garbage,
 * freeze/unfreeze, get_objects/get_referrers as callbacks, the weakref and untrack hook
 * tables, and the list validators of the HS_DEBUG_GC build (CPython: validate_list).
 * Invariant: nothing here moves objects between lists except freeze/unfreeze, and none of
 * it runs during a collection's phases (the hooks run between them). */
#include "gc_internal.h"
#include "internal/hs_mem.h"

#include <stdio.h>

/* ==== static helpers ==== */

static int valid_gen(int gen) {
    return gen >= 0 && gen < HS_GC_NUM_GENERATIONS;
}

/* Grow the internal garbage list to hold one more item. Returns 0 or -1. */
static int garbage_reserve(HsGCState *st) {
    if (st->garbage_len < st->garbage_cap) {
        return 0;
    }
    Hs_ssize_t cap = st->garbage_cap ? st->garbage_cap * 2 : 16;
    HsObject **items = hs_mem_raw_realloc(st->garbage_items, (size_t)cap * sizeof(HsObject *));
    if (items == NULL) {
        return -1;
    }
    st->garbage_items = items;
    st->garbage_cap = cap;
    return 0;
}

/* ==== internal API: gc.garbage ==== */

int hs_gc_garbage_append(HsObject *op) {
    HsGCState *st = &hs_gc_state;
    if (st->garbage_fn != NULL) {
        return st->garbage_fn(op, st->garbage_arg);
    }
    if (garbage_reserve(st) < 0) {
        return -1;
    }
    st->garbage_items[st->garbage_len++] = Hs_NewRef(op);
    return 0;
}

void hs_gc_set_garbage_sink(hs_gc_garbage_fn fn, void *arg) {
    hs_gc_state.garbage_fn = fn;
    hs_gc_state.garbage_arg = arg;
}

Hs_ssize_t hs_gc_internal_garbage_count(void) {
    return hs_gc_state.garbage_len;
}

HsObject *hs_gc_internal_garbage_get(Hs_ssize_t i) {
    if (i < 0 || i >= hs_gc_state.garbage_len) {
        return NULL;
    }
    return hs_gc_state.garbage_items[i];
}

void hs_gc_internal_garbage_clear(void) {
    HsGCState *st = &hs_gc_state;
    // Pop from the end so a destructor that appends meanwhile sees a consistent list.
    while (st->garbage_len > 0) {
        HsObject *op = st->garbage_items[--st->garbage_len];
        Hs_DECREF(op);
    }
}

/* ==== internal API: settings ==== */

int hs_gc_enable(int on) {
    int old = hs_gc_state.enabled;
    hs_gc_state.enabled = on ? 1 : 0;
    return old;
}

int hs_gc_is_enabled(void) {
    return hs_gc_state.enabled;
}

void hs_gc_set_threshold(int gen, int threshold) {
    if (valid_gen(gen)) {
        hs_gc_state.generations[gen].threshold = threshold;
    }
}

int hs_gc_get_threshold(int gen) {
    return valid_gen(gen) ? hs_gc_state.generations[gen].threshold : -1;
}

int hs_gc_get_count(int gen) {
    return valid_gen(gen) ? hs_gc_state.generations[gen].count : -1;
}

void hs_gc_set_debug(int flags) {
    hs_gc_state.debug = flags;
}

int hs_gc_get_debug(void) {
    return hs_gc_state.debug;
}

void hs_gc_set_auto_guard(int (*guard)(void)) {
    hs_gc_state.auto_guard = guard;
}

void hs_gc_set_weakref_hooks(const HsGCWeakrefHooks *hooks) {
    if (hooks == NULL) {
        hs_gc_state.have_weakref_hooks = 0;
        return;
    }
    hs_gc_state.weakref_hooks = *hooks;
    hs_gc_state.have_weakref_hooks = 1;
}

int hs_gc_set_untrack_hook(HsTypeObject *tp, void (*fn)(HsObject *op), int full_only) {
    HsGCState *st = &hs_gc_state;
    for (int i = 0; i < st->n_untrack_hooks; i++) {
        if (st->untrack_hooks[i].tp != tp) {
            continue;
        }
        if (fn == NULL) {
            st->untrack_hooks[i] = st->untrack_hooks[--st->n_untrack_hooks];
        } else {
            st->untrack_hooks[i].fn = fn;
            st->untrack_hooks[i].full_only = full_only;
        }
        return 0;
    }
    if (fn == NULL) {
        return 0;
    }
    if (st->n_untrack_hooks == HS_GC_MAX_UNTRACK_HOOKS) {
        return -1;
    }
    st->untrack_hooks[st->n_untrack_hooks++] = (HsGCUntrackHook){tp, fn, full_only};
    return 0;
}

/* ==== internal API: statistics ==== */

void hs_gc_get_stats(int gen, HsGCGenStats *out) {
    if (valid_gen(gen)) {
        *out = hs_gc_state.stats[gen];
    } else {
        *out = (HsGCGenStats){0, 0, 0};
    }
}

void hs_gc_set_hook(hs_gc_hook hook, void *arg) {
    hs_gc_state.hook = hook;
    hs_gc_state.hook_arg = arg;
}

void hs_gc_set_debug_cycle_hook(hs_gc_debug_cycle_hook hook) {
    hs_gc_state.debug_cycle = hook;
}

void hs_gc_last_collection(HsGCCollectionInfo *out) {
    *out = hs_gc_state.last;
}

/* ==== internal API: the collection log ====
 * A fixed ring in static storage (no allocation, so logging never fails and never shows in
 * the allocator's figures): 'log_total' records ever written, the newest at
 * (log_total - 1) % HS_GC_LOG_CAPACITY. */
static HsGCCollectionInfo gc_log_ring[HS_GC_LOG_CAPACITY];
static Hs_ssize_t gc_log_count_total;

void hs_gc_log_record(const HsGCCollectionInfo *info) {
    gc_log_ring[gc_log_count_total % HS_GC_LOG_CAPACITY] = *info;
    gc_log_count_total++;
}

Hs_ssize_t hs_gc_log_size(void) {
    return gc_log_count_total < HS_GC_LOG_CAPACITY ? gc_log_count_total : HS_GC_LOG_CAPACITY;
}

Hs_ssize_t hs_gc_log_total(void) {
    return gc_log_count_total;
}

int hs_gc_log_get(Hs_ssize_t i, HsGCCollectionInfo *out) {
    Hs_ssize_t size = hs_gc_log_size();
    if (i < 0 || i >= size) {
        return -1;
    }
    *out = gc_log_ring[(gc_log_count_total - size + i) % HS_GC_LOG_CAPACITY];
    return 0;
}

/* ==== internal API: freeze ==== */

void hs_gc_freeze(void) {
    HsGCState *st = &hs_gc_state;
    for (int i = 0; i < HS_GC_NUM_GENERATIONS; i++) {
        gc_list_merge(&st->generations[i].head, &st->permanent);
    }
    st->generations[0].count = 0;
}

void hs_gc_unfreeze(void) {
    HsGCState *st = &hs_gc_state;
    gc_list_merge(&st->permanent, &st->generations[HS_GC_NUM_GENERATIONS - 1].head);
}

Hs_ssize_t hs_gc_get_freeze_count(void) {
    return gc_list_size(&hs_gc_state.permanent);
}

/* ==== internal API: walking the lists ==== */

static int foreach_list(HsGCHead *list, int (*fn)(HsObject *op, void *arg), void *arg) {
    for (HsGCHead *gc = gc_next_of(list); gc != list; gc = gc_next_of(gc)) {
        int r = fn(HS_GC_OBJ(gc), arg);
        if (r != 0) {
            return r;
        }
    }
    return 0;
}

int hs_gc_foreach(int generation, int (*fn)(HsObject *op, void *arg), void *arg) {
    HsGCState *st = &hs_gc_state;
    if (generation == HS_GC_PERMANENT) {
        return foreach_list(&st->permanent, fn, arg);
    }
    if (valid_gen(generation)) {
        return foreach_list(&st->generations[generation].head, fn, arg);
    }
    for (int i = 0; i < HS_GC_NUM_GENERATIONS; i++) {
        int r = foreach_list(&st->generations[i].head, fn, arg);
        if (r != 0) {
            return r;
        }
    }
    return 0;
}

typedef struct ReferrerScan {
    HsObject *target;
    int (*fn)(HsObject *op, void *arg);
    void *arg;
} ReferrerScan;

static int visit_is_target(HsObject *op, void *target) {
    return op == target; // nonzero stops the traversal
}

static int check_referrer(HsObject *op, void *arg) {
    ReferrerScan *scan = arg;
    if (Hs_TYPE(op)->tp_traverse(op, visit_is_target, scan->target)) {
        return scan->fn(op, scan->arg);
    }
    return 0;
}

int hs_gc_foreach_referrer(HsObject *target, int (*fn)(HsObject *op, void *arg), void *arg) {
    ReferrerScan scan = {target, fn, arg};
    return hs_gc_foreach(-1, check_referrer, &scan);
}

/* ==== debug: list validators (CPython: validate_list) ==== */
#if HS_DEBUG_GC

static void validate_fail(HsGCHead *head, HsGCHead *gc, const char *what) {
    char msg[200];
    snprintf(msg, sizeof msg, "gc list %p broken at %p: %s", (void *)head, (void *)gc, what);
    HS_FATAL(msg);
}

void hs_gc_validate_list(HsGCHead *head, int flags) {
    uintptr_t want_collecting = (flags & 1) ? HS_GC_PREV_MASK_COLLECTING : 0;
    uintptr_t want_unreachable = (flags & 2) ? HS_GC_NEXT_MASK_UNREACHABLE : 0;
    HsGCHead *prev = head;
    HsGCHead *gc = (HsGCHead *)(head->gc_next & ~HS_GC_NEXT_MASK_UNREACHABLE);
    if (head->gc_next & HS_GC_NEXT_MASK_UNREACHABLE) {
        validate_fail(head, head, "list head carries NEXT_MASK_UNREACHABLE");
    }
    while (gc != head) {
        if (gc == NULL) {
            validate_fail(head, prev, "next is NULL (untracked object on a list)");
        }
        HsGCHead *next = (HsGCHead *)(gc->gc_next & ~HS_GC_NEXT_MASK_UNREACHABLE);
        if (gc_prev_of(gc) != prev) {
            validate_fail(head, gc, "prev does not point at the previous object");
        }
        if ((gc->gc_prev & HS_GC_PREV_MASK_COLLECTING) != want_collecting) {
            validate_fail(head, gc, "COLLECTING flag wrong for this phase");
        }
        if ((gc->gc_next & HS_GC_NEXT_MASK_UNREACHABLE) != want_unreachable) {
            validate_fail(head, gc, "NEXT_MASK_UNREACHABLE wrong for this phase");
        }
        prev = gc;
        gc = next;
    }
    if ((HsGCHead *)head->gc_prev != prev) {
        validate_fail(head, prev, "list head's prev is not the last object");
    }
}

void hs_gc_validate(void) {
    for (int i = 0; i < HS_GC_NUM_GENERATIONS; i++) {
        hs_gc_validate_list(&hs_gc_state.generations[i].head, 0);
    }
    hs_gc_validate_list(&hs_gc_state.permanent, 0);
}

#endif
