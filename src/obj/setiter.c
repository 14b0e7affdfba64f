/* The set iterator ('set_iterator', CPython 3.11: setiterobject in Objects/setobject.c)
 * and the repr of sets and frozensets (set_repr). The iterator walks the table in slot
 * order, which is what fixes the order in which a set prints; it raises "Set changed size
 * during iteration" once the set's size differs from the size it started with, and stays
 * failed (si_used = -1), as CPython's does. 48 bytes, 64 with the GC head.
 * The table itself is in setobject.c. Arguments are borrowed; functions returning
 * HsObject* return a new reference, or NULL with an exception set. */
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "hs/ceval.h"
#include "hs/errors.h"

/* ==== constants and types ==== */

typedef struct SetIterObject {
    HsObject ob_base;
    HsSetObject *si_set; /* NULL once exhausted */
    Hs_ssize_t si_used;
    Hs_ssize_t si_pos;
    Hs_ssize_t len;
} SetIterObject;

/* ==== repr ==== */

/* "{1, 2}", "set()", "frozenset({1})", "Sub({1})"; recursion gives "set(...)".
 * CPython: set_repr (which goes through a list's repr). */
HsObject *hs_set_repr(HsObject *op) {
    HsSetObject *so = (HsSetObject *)op;
    const char *name = Hs_TYPE(op)->tp_name;
    int status = hs_repr_enter(op);
    if (status != 0) {
        return status < 0 ? NULL : HsUnicode_FromFormat("%s(...)", name);
    }
    if (so->used == 0) {
        hs_repr_leave(op);
        return HsUnicode_FromFormat("%s()", name);
    }
    HsStrWriter w;
    hs_str_writer_init(&w);
    HsObject *keys = NULL;
    int exact = HsSet_CheckExact(op);
    if ((!exact && (hs_str_writer_ascii(&w, name) < 0 || hs_str_writer_ascii(&w, "(") < 0)) ||
        hs_str_writer_ascii(&w, "{") < 0) {
        goto error;
    }
    keys = HsTuple_New(so->used); /* a snapshot: the reprs may change the set */
    if (keys == NULL) {
        goto error;
    }
    Hs_ssize_t pos = 0, n = 0, hash;
    HsObject *key;
    while (hs_set_next_entry(op, &pos, &key, &hash)) {
        HS_TUPLE_SET(keys, n++, Hs_NewRef(key));
    }
    /* one more level, as CPython's repr of a set goes through the repr of a list */
    if (HsEnter_RecursiveCall(" while getting the repr of an object") < 0) {
        goto error;
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsObject *s = HsObject_Repr(HS_TUPLE_GET(keys, i));
        int bad = s == NULL || (i > 0 && hs_str_writer_ascii(&w, ", ") < 0) ||
                  hs_str_writer_str(&w, s) < 0;
        Hs_XDECREF(s);
        if (bad) {
            HsLeave_RecursiveCall();
            goto error;
        }
    }
    HsLeave_RecursiveCall();
    if (hs_str_writer_ascii(&w, exact ? "}" : "})") < 0) {
        goto error;
    }
    Hs_DECREF(keys);
    hs_repr_leave(op);
    return hs_str_writer_finish(&w);
error:
    Hs_XDECREF(keys);
    hs_str_writer_discard(&w);
    hs_repr_leave(op);
    return NULL;
}

/* ==== the iterator ==== */

HsObject *hs_set_iter(HsObject *op) {
    HsSetObject *so = (HsSetObject *)op;
    SetIterObject *si = (SetIterObject *)hs_gc_alloc(&HsSetIter_Type, sizeof(SetIterObject));
    if (si == NULL) {
        return HsErr_NoMemory();
    }
    si->si_set = (HsSetObject *)Hs_NewRef(op);
    si->si_used = so->used;
    si->si_pos = 0;
    si->len = so->used;
    hs_gc_track((HsObject *)si);
    return (HsObject *)si;
}

static void setiter_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    Hs_XDECREF(((SetIterObject *)op)->si_set);
    hs_gc_free(op);
}

static int setiter_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *so = (HsObject *)((SetIterObject *)op)->si_set;
    return so != NULL ? visit(so, arg) : 0;
}

static HsObject *setiter_self(HsObject *op) {
    return Hs_NewRef(op);
}

/* CPython: setiter_iternext. A size change is reported once and stays sticky. */
static HsObject *setiter_iternext(HsObject *op) {
    SetIterObject *si = (SetIterObject *)op;
    HsSetObject *so = si->si_set;
    if (so == NULL) {
        return NULL;
    }
    if (si->si_used != so->used) {
        HsErr_SetString(HsExc_RuntimeError, "Set changed size during iteration");
        si->si_used = -1;
        return NULL;
    }
    HsObject *key;
    Hs_ssize_t hash;
    if (!hs_set_next_entry((HsObject *)so, &si->si_pos, &key, &hash)) {
        si->si_set = NULL;
        Hs_DECREF(so);
        return NULL;
    }
    si->len--;
    return Hs_NewRef(key);
}

static HsObject *setiter_len(HsObject *op, HsObject *unused) {
    (void)unused;
    SetIterObject *si = (SetIterObject *)op;
    Hs_ssize_t len = 0;
    if (si->si_set != NULL && si->si_used == si->si_set->used) {
        len = si->len;
    }
    return HsLong_FromSsize_t(len);
}

static HsMethodDef setiter_methods[] = {
    {"__length_hint__", HS_CFUNC(setiter_len), HS_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsSetIter_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "set_iterator",
    .tp_basicsize = sizeof(SetIterObject),
    .tp_dealloc = setiter_dealloc,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = setiter_traverse,
    .tp_iter = setiter_self,
    .tp_iternext = setiter_iternext,
    .tp_methods = setiter_methods,
};
