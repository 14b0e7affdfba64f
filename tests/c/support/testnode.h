/* A small GC container type for tests, benchmarks and demos: a "node" with N object slots.
 * Three variants share the layout:
 *   HsTestNode_Type     plain container (traverse, clear, dealloc with trashcan);
 *   HsTestNodeFin_Type  plus a PEP 442 finalizer (tp_finalize) that counts its calls, calls
 *                       the optional finalize hook, and, if the node has HS_TN_RESURRECT,
 *                       resurrects it by storing a new reference in the "lifeboat";
 *   HsTestNodeDel_Type  plus a legacy tp_del (counted): a cycle through one of these is
 *                       uncollectable and ends in gc.garbage.
 * Every node is counted in hs_testnode_counters (live, created, freed, finalizer calls...),
 * so a test can check exactly what a collection freed.
 *
 *     HsObject *a = hs_testnode_new(&HsTestNode_Type, 1);   // tracked, refcount 1
 *     hs_testnode_set(a, 0, a);                             // self-cycle, refcount 2
 *     Hs_DECREF(a);                                         // still alive: garbage
 *     hs_gc_collect(2);                                     // returns 1; live back down
 */
#ifndef HS_TESTS_SUPPORT_TESTNODE_H
#define HS_TESTS_SUPPORT_TESTNODE_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_gc.h"

/* tn_flags bits */
#define HS_TN_RESURRECT 1u /* the Fin variant's finalizer puts the node in the lifeboat */

typedef struct HsTestNode {
    HsVarObject ob_base;  /* ob_size = number of slots */
    int tn_id;            /* free for tests; set to the creation serial number (wraps) */
    unsigned tn_flags;    /* HS_TN_* */
    HsObject *tn_weaklist; /* head of weakrefs to this node, for test weakref types; not owned */
    HsObject *tn_slots[]; /* ob_size references, each owned or NULL */
} HsTestNode;

#define HS_TESTNODE(op) ((HsTestNode *)(op))

extern HsTypeObject HsTestNode_Type;
extern HsTypeObject HsTestNodeFin_Type;
extern HsTypeObject HsTestNodeDel_Type;

typedef struct HsTestNodeCounters {
    Hs_ssize_t live;      /* nodes allocated and not yet freed (never reset) */
    Hs_ssize_t created;   /* nodes allocated */
    Hs_ssize_t freed;     /* nodes freed */
    Hs_ssize_t finalized; /* tp_finalize calls */
    Hs_ssize_t deleted;   /* tp_del calls */
    Hs_ssize_t cleared;   /* tp_clear calls */
    int max_trash_depth;  /* highest hs_trashcan_nesting() seen inside a node dealloc */
} HsTestNodeCounters;

extern HsTestNodeCounters hs_testnode_counters;

/* Zero every counter except 'live'. */
void hs_testnode_reset_counters(void);

/* 1 if 'op' is a node of any of the three types. */
int hs_testnode_check(HsObject *op);

/* A new node of type 'tp' (one of the three) with 'nslots' NULL slots, tracked in gen 0.
 * Return: new reference, or NULL on memory failure. */
HsObject *hs_testnode_new(HsTypeObject *tp, Hs_ssize_t nslots);

/* Store 'value' (may be NULL) in slot 'i', dropping the old one. Borrowed: 'value' is
 * increfed. */
void hs_testnode_set(HsObject *node, Hs_ssize_t i, HsObject *value);

/* As hs_testnode_set, but Steals: 'value'. */
void hs_testnode_put(HsObject *node, Hs_ssize_t i, HsObject *value);

/* Return: borrowed reference (owned by the node), or NULL for an empty slot. */
HsObject *hs_testnode_get(HsObject *node, Hs_ssize_t i);

/* Called by the Fin variant's finalizer for each call (after counting, before the
 * resurrection step); NULL removes it. 'op' is borrowed. */
void hs_testnode_set_finalize_hook(void (*fn)(HsObject *op, void *arg), void *arg);

/* The lifeboat: nodes resurrected by their finalizer, each held by a new reference. */
Hs_ssize_t hs_testnode_lifeboat_count(void);
/* Return: borrowed reference (owned by the lifeboat), or NULL if out of range. */
HsObject *hs_testnode_lifeboat_get(Hs_ssize_t i);
/* Drop every lifeboat reference (the nodes may be freed, or become cyclic garbage). */
void hs_testnode_lifeboat_release(void);

#endif /* HS_TESTS_SUPPORT_TESTNODE_H */
