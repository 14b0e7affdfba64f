/* Private to src/gc: the collector's state and its list primitives (CPython:
 * Include/internal/pycore_gc.h and the gc_list_* helpers of Modules/gcmodule.c).
 * The list operations are static inline so the collection passes stay tight.
 * Head bit layout (docs/internals/gc.md, "The GC head"):
 *
 *   field    bit 0                     bit 1               bits 2..63
 *   gc_next  NEXT_MASK_UNREACHABLE     0                   next head (0: untracked)
 *   gc_prev  PREV_MASK_FINALIZED       PREV_MASK_COLLECTING previous head, or gc_refs
 *
 * gc_refs replaces the prev pointer between update_refs and the end of move_unreachable;
 * COLLECTING is set only on the objects of the generations being collected, UNREACHABLE
 * only on the tentatively-unreachable list during move_unreachable. */
#ifndef HS_SRC_GC_GC_INTERNAL_H
#define HS_SRC_GC_GC_INTERNAL_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_gc.h"

/* ==== head bits (values as CPython 3.11) ==== */
#define HS_GC_PREV_MASK_FINALIZED ((uintptr_t)1)
#define HS_GC_PREV_MASK_COLLECTING ((uintptr_t)2)
#define HS_GC_PREV_SHIFT 2
#define HS_GC_PREV_MASK (((uintptr_t)-1) << HS_GC_PREV_SHIFT)
#define HS_GC_NEXT_MASK_UNREACHABLE ((uintptr_t)1)

/* ==== state ==== */
typedef struct HsGCGeneration {
    HsGCHead head;  /* list head; never an object */
    int threshold;
    int count; /* gen 0: GC allocations - deallocations; others: younger collections */
} HsGCGeneration;

typedef struct HsGCUntrackHook {
    HsTypeObject *tp;
    void (*fn)(HsObject *op);
    int full_only;
} HsGCUntrackHook;

/* The collector's state (CPython: struct _gc_runtime_state). Invariants between
 * collections: every tracked object is on exactly one of the four lists (3 generations +
 * permanent); no object has COLLECTING or UNREACHABLE set; untracked objects have
 * gc_next == 0 and only FINALIZED possibly set in gc_prev. */
typedef struct HsGCState {
    HsGCGeneration generations[HS_GC_NUM_GENERATIONS];
    HsGCHead permanent;
    int enabled;
    int debug;
    int collecting;
    Hs_ssize_t long_lived_total;
    Hs_ssize_t long_lived_pending;
    HsGCGenStats stats[HS_GC_NUM_GENERATIONS];
    HsGCCollectionInfo last;
    hs_gc_hook hook;
    void *hook_arg;
    hs_gc_debug_cycle_hook debug_cycle; /* DEBUG_COLLECTABLE/UNCOLLECTABLE reporter, or NULL */
    hs_gc_garbage_fn garbage_fn;
    void *garbage_arg;
    HsObject **garbage_items; /* internal garbage list (new references) */
    Hs_ssize_t garbage_len, garbage_cap;
    int have_weakref_hooks;
    HsGCWeakrefHooks weakref_hooks;
    int n_untrack_hooks;
    HsGCUntrackHook untrack_hooks[HS_GC_MAX_UNTRACK_HOOKS];
    int (*auto_guard)(void);
} HsGCState;

extern HsGCState hs_gc_state;

/* ==== head accessors ==== */
static inline HsGCHead *gc_next_of(HsGCHead *g) {
    return (HsGCHead *)g->gc_next;
}
static inline HsGCHead *gc_prev_of(HsGCHead *g) {
    return (HsGCHead *)(g->gc_prev & HS_GC_PREV_MASK);
}
static inline void gc_set_next(HsGCHead *g, HsGCHead *next) {
    g->gc_next = (uintptr_t)next;
}
static inline void gc_set_prev(HsGCHead *g, HsGCHead *prev) {
    g->gc_prev = (g->gc_prev & ~HS_GC_PREV_MASK) | (uintptr_t)prev;
}
/* During a collection gc_prev holds, above the flag bits, the object's count of references
 * from outside the generation being collected (gc_refs):
 *   gc_reset_refs   start: refs = ob_refcnt, COLLECTING set, FINALIZED kept
 *   gc_decref       one internal reference found
 *   gc_get_refs / gc_set_refs
 *   gc_is_collecting / gc_clear_collecting   membership of the collected generation */
static inline void gc_reset_refs(HsGCHead *g, Hs_ssize_t refs) {
    uintptr_t kept = g->gc_prev & HS_GC_PREV_MASK_FINALIZED;
    g->gc_prev = kept | HS_GC_PREV_MASK_COLLECTING | ((uintptr_t)refs << HS_GC_PREV_SHIFT);
}
static inline void gc_decref(HsGCHead *g) {
    g->gc_prev -= (uintptr_t)1 << HS_GC_PREV_SHIFT;
}
static inline Hs_ssize_t gc_get_refs(HsGCHead *g) {
    return (Hs_ssize_t)(g->gc_prev >> HS_GC_PREV_SHIFT);
}
static inline void gc_set_refs(HsGCHead *g, Hs_ssize_t refs) {
    uintptr_t flags = g->gc_prev & ~HS_GC_PREV_MASK;
    g->gc_prev = flags | ((uintptr_t)refs << HS_GC_PREV_SHIFT);
}
static inline int gc_is_collecting(HsGCHead *g) {
    return (g->gc_prev & HS_GC_PREV_MASK_COLLECTING) != 0;
}
static inline void gc_clear_collecting(HsGCHead *g) {
    g->gc_prev &= ~HS_GC_PREV_MASK_COLLECTING;
}

/* ==== lists (a head whose next and prev point to itself is empty) ==== */
static inline void gc_list_init(HsGCHead *list) {
    list->gc_next = (uintptr_t)list;
    list->gc_prev = (uintptr_t)list;
}
static inline int gc_list_is_empty(HsGCHead *list) {
    return list->gc_next == (uintptr_t)list;
}
/* Makes 'second' follow 'first' (both link words; the flag bits of gc_prev are kept). */
static inline void gc_link(HsGCHead *first, HsGCHead *second) {
    gc_set_next(first, second);
    gc_set_prev(second, first);
}
/* Joins the neighbours of 'node' to each other; 'node' keeps its now stale links. */
static inline void gc_list_unlink(HsGCHead *node) {
    gc_link(gc_prev_of(node), gc_next_of(node));
}
/* Append 'node' (not on any list) to 'list': it goes between the old tail and the head. */
static inline void gc_list_append(HsGCHead *node, HsGCHead *list) {
    HsGCHead *old_tail = gc_prev_of(list);
    gc_link(old_tail, node);
    gc_link(node, list);
}
/* Unlink 'node' from its list; it becomes untracked-looking (gc_next 0). */
static inline void gc_list_remove(HsGCHead *node) {
    gc_list_unlink(node);
    node->gc_next = 0;
}
/* Move 'node' from its list to the end of 'list'. */
static inline void gc_list_move(HsGCHead *node, HsGCHead *list) {
    gc_list_unlink(node);
    gc_list_append(node, list);
}
/* Append all of 'from' to 'to'; 'from' is left empty. */
static inline void gc_list_merge(HsGCHead *from, HsGCHead *to) {
    if (!gc_list_is_empty(from)) {
        HsGCHead *first_moved = gc_next_of(from), *last_moved = gc_prev_of(from);
        gc_link(gc_prev_of(to), first_moved);
        gc_link(last_moved, to);
    }
    gc_list_init(from);
}
static inline Hs_ssize_t gc_list_size(HsGCHead *list) {
    Hs_ssize_t n = 0;
    for (HsGCHead *g = gc_next_of(list); g != list; g = gc_next_of(g)) {
        n++;
    }
    return n;
}

/* ==== shared between gc.c and gcinspect.c ==== */

/* Give 'op' to gc.garbage (the sink, or the internal list). Returns 0 or -1 (no memory). */
int hs_gc_garbage_append(HsObject *op);

/* Append one collection's record to the log ring (gcinspect.c; see hs_gc_log_get). */
void hs_gc_log_record(const HsGCCollectionInfo *info);

#if HS_DEBUG_GC
/* Check one list: links consistent both ways; 'flags' says which bits must be set:
 * bit0 COLLECTING everywhere, bit1 NEXT_MASK_UNREACHABLE everywhere (else both clear). */
void hs_gc_validate_list(HsGCHead *head, int flags);
#define HS_GC_VALIDATE_LIST(head, flags) hs_gc_validate_list((head), (flags))
#else
#define HS_GC_VALIDATE_LIST(head, flags) ((void)0)
#endif

#endif /* HS_SRC_GC_GC_INTERNAL_H */
