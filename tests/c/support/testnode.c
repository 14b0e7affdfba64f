/* The test container type of testnode.h: a GC var-object with N slots in three variants
 * (plain, PEP 442 finalizer, legacy tp_del). Its dealloc follows CPython's subtype_dealloc
 * order: untrack, trashcan begin, finalizer (re-tracked, may resurrect), drop the slots,
 * free, trashcan end. Invariant: hs_testnode_counters.live equals the number of nodes
 * allocated and not yet freed. */
#include "testnode.h"

#include <stddef.h>
#include <stdlib.h>

/* ==== state ==== */

HsTestNodeCounters hs_testnode_counters;

static void (*finalize_hook)(HsObject *op, void *arg);
static void *finalize_hook_arg;

static HsObject **lifeboat;
static Hs_ssize_t lifeboat_len, lifeboat_cap;

/* ==== slots ==== */

static int node_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsTestNode *n = HS_TESTNODE(op);
    Hs_ssize_t size = Hs_SIZE(op);
    for (Hs_ssize_t i = 0; i < size; i++) {
        HsObject *v = n->tn_slots[i];
        if (v != NULL) {
            int r = visit(v, arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

static int node_clear(HsObject *op) {
    HsTestNode *n = HS_TESTNODE(op);
    hs_testnode_counters.cleared++;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(op); i++) {
        Hs_CLEAR(n->tn_slots[i]);
    }
    return 0;
}

static void lifeboat_add(HsObject *op) {
    if (lifeboat_len == lifeboat_cap) {
        Hs_ssize_t cap = lifeboat_cap ? lifeboat_cap * 2 : 16;
        HsObject **items = realloc(lifeboat, (size_t)cap * sizeof *items);
        if (items == NULL) {
            abort();
        }
        lifeboat = items;
        lifeboat_cap = cap;
    }
    lifeboat[lifeboat_len++] = Hs_NewRef(op);
}

static void node_finalize(HsObject *op) {
    hs_testnode_counters.finalized++;
    if (finalize_hook != NULL) {
        finalize_hook(op, finalize_hook_arg);
    }
    if (HS_TESTNODE(op)->tn_flags & HS_TN_RESURRECT) {
        lifeboat_add(op);
    }
}

static void node_del(HsObject *op) {
    (void)op;
    hs_testnode_counters.deleted++;
}

static void node_dealloc(HsObject *op) {
    HsTypeObject *tp = Hs_TYPE(op);
    hs_gc_untrack(op);
    if (!hs_trashcan_begin(op)) {
        return; // deferred: called again from the trashcan's chain
    }
    if (hs_trashcan_nesting() > hs_testnode_counters.max_trash_depth) {
        hs_testnode_counters.max_trash_depth = hs_trashcan_nesting();
    }
    if (tp->tp_finalize != NULL) {
        hs_gc_track(op); // as subtype_dealloc: tracked while the finalizer runs
        if (hs_obj_call_finalizer_from_dealloc(op) < 0) {
            goto done; // resurrected
        }
        hs_gc_untrack(op);
    }
    if (tp->tp_del != NULL) {
        op->ob_refcnt = 1; // temporary resurrection, as slot_tp_del
        tp->tp_del(op);
        op->ob_refcnt = 0;
    }
    HsTestNode *n = HS_TESTNODE(op);
    for (Hs_ssize_t i = 0; i < Hs_SIZE(op); i++) {
        Hs_CLEAR(n->tn_slots[i]);
    }
    hs_testnode_counters.live--;
    hs_testnode_counters.freed++;
    hs_gc_free(op);
done:
    hs_trashcan_end();
}

#define NODE_TYPE_FIELDS(name)                                                                     \
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0), .tp_name = (name),                          \
    .tp_basicsize = (Hs_ssize_t)offsetof(HsTestNode, tn_slots),                                    \
    .tp_itemsize = (Hs_ssize_t)sizeof(HsObject *), .tp_dealloc = node_dealloc,                     \
    .tp_flags = HS_TPFLAGS_HAVE_GC, .tp_traverse = node_traverse, .tp_clear = node_clear

HsTypeObject HsTestNode_Type = {NODE_TYPE_FIELDS("testnode")};
HsTypeObject HsTestNodeFin_Type = {NODE_TYPE_FIELDS("testnode_fin"),
                                   .tp_finalize = node_finalize};
HsTypeObject HsTestNodeDel_Type = {NODE_TYPE_FIELDS("testnode_del"), .tp_del = node_del};

/* ==== API ==== */

void hs_testnode_reset_counters(void) {
    Hs_ssize_t live = hs_testnode_counters.live;
    hs_testnode_counters = (HsTestNodeCounters){0};
    hs_testnode_counters.live = live;
}

int hs_testnode_check(HsObject *op) {
    HsTypeObject *tp = Hs_TYPE(op);
    return tp == &HsTestNode_Type || tp == &HsTestNodeFin_Type || tp == &HsTestNodeDel_Type;
}

HsObject *hs_testnode_new(HsTypeObject *tp, Hs_ssize_t nslots) {
    size_t size = offsetof(HsTestNode, tn_slots) + (size_t)nslots * sizeof(HsObject *);
    HsObject *op = hs_gc_alloc(tp, size);
    if (op == NULL) {
        return NULL;
    }
    HsTestNode *n = HS_TESTNODE(op);
    Hs_SIZE(op) = nslots;
    n->tn_id = (int)hs_testnode_counters.created++;
    n->tn_flags = 0;
    n->tn_weaklist = NULL;
    for (Hs_ssize_t i = 0; i < nslots; i++) {
        n->tn_slots[i] = NULL;
    }
    hs_testnode_counters.live++;
    hs_gc_track(op);
    return op;
}

void hs_testnode_put(HsObject *node, Hs_ssize_t i, HsObject *value) {
    HS_ASSERT(i >= 0 && i < Hs_SIZE(node));
    HsObject *old = HS_TESTNODE(node)->tn_slots[i];
    HS_TESTNODE(node)->tn_slots[i] = value;
    Hs_XDECREF(old);
}

void hs_testnode_set(HsObject *node, Hs_ssize_t i, HsObject *value) {
    Hs_XINCREF(value);
    hs_testnode_put(node, i, value);
}

HsObject *hs_testnode_get(HsObject *node, Hs_ssize_t i) {
    HS_ASSERT(i >= 0 && i < Hs_SIZE(node));
    return HS_TESTNODE(node)->tn_slots[i];
}

void hs_testnode_set_finalize_hook(void (*fn)(HsObject *op, void *arg), void *arg) {
    finalize_hook = fn;
    finalize_hook_arg = arg;
}

Hs_ssize_t hs_testnode_lifeboat_count(void) {
    return lifeboat_len;
}

HsObject *hs_testnode_lifeboat_get(Hs_ssize_t i) {
    return (i >= 0 && i < lifeboat_len) ? lifeboat[i] : NULL;
}

void hs_testnode_lifeboat_release(void) {
    while (lifeboat_len > 0) {
        HsObject *op = lifeboat[--lifeboat_len];
        Hs_DECREF(op);
    }
}
