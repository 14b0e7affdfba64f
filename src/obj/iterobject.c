/* The sequence iterator (CPython: Objects/iterobject.c, PySeqIter_Type): what iter(o)
 * returns for an object that supports indexing but not __iter__. It calls o[i] for
 * i = 0, 1, ... and ends at IndexError or StopIteration, after which it drops 'o' (an
 * exhausted iterator stays exhausted, as CPython's).
 * Invariant: it_seq is NULL exactly when the iterator is exhausted. */
#include "internal/hs_obj_type.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "hs/errors.h"

typedef struct SeqIterObject {
    HsObject ob_base;
    Hs_ssize_t it_index;
    HsObject *it_seq;
} SeqIterObject;

/* ==== type slots ==== */

static void seqiter_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    Hs_XDECREF(((SeqIterObject *)op)->it_seq);
    hs_gc_free(op);
}

static int seqiter_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *seq = ((SeqIterObject *)op)->it_seq;
    return seq != NULL ? visit(seq, arg) : 0;
}

static HsObject *seqiter_self(HsObject *op) {
    return Hs_NewRef(op);
}

static HsObject *seqiter_next(HsObject *op) {
    SeqIterObject *it = (SeqIterObject *)op;
    if (it->it_seq == NULL) {
        return NULL;
    }
    HsObject *item = HsSequence_GetItem(it->it_seq, it->it_index);
    if (item != NULL) {
        it->it_index++;
        return item;
    }
    if (HsErr_ExceptionMatches(HsExc_IndexError) || HsErr_ExceptionMatches(HsExc_StopIteration)) {
        HsErr_Clear();
        Hs_CLEAR(it->it_seq);
    }
    return NULL;
}

HsTypeObject HsSeqIter_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "iterator",
    .tp_basicsize = sizeof(SeqIterObject),
    .tp_dealloc = seqiter_dealloc,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = seqiter_traverse,
    .tp_iter = seqiter_self,
    .tp_iternext = seqiter_next,
};

/* ==== public API ==== */

HsObject *HsSeqIter_New(HsObject *seq) {
    SeqIterObject *it = (SeqIterObject *)hs_gc_alloc(&HsSeqIter_Type, sizeof(SeqIterObject));
    if (it == NULL) {
        return HsErr_NoMemory();
    }
    it->it_index = 0;
    it->it_seq = Hs_NewRef(seq);
    hs_gc_track((HsObject *)it);
    return (HsObject *)it;
}
