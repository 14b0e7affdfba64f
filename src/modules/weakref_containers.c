/* What WeakValueDictionary, WeakKeyDictionary and WeakSet share (CPython 3.11: Lib/weakref.py,
 * Lib/_weakrefset.py; see include/internal/hs_modules_weakref.h for the model): allocation,
 * the removal callback each entry's weakref carries, committing pending removals, the
 * iteration guard and the lazy iterator standing in for the Python generator methods.
 * Invariants: 'wc_iterating' counts iterators between their first next() and their end
 * (exhaustion, error or deallocation), each counted once; while it is nonzero the removal
 * callback only appends to 'wc_pending'. An iterator holds a strong reference to its
 * container. Functions returning HsObject* return a new reference, or NULL with an
 * exception; arguments are borrowed. */
#include "internal/hs_modules_weakref.h"
#include "internal/hs_gc.h"
#include "internal/hs_modules.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_weakref.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* ==== types ==== */

typedef struct WeakIterObject {
    HsObject ob_base;
    HsObject *wi_container; /* strong */
    HsObject *wi_inner;     /* iterator over data.items() or the set; NULL until started */
    int wi_what;            /* HS_WI_* */
    int wi_state;           /* 0 not started, 1 guarded (counted in wc_iterating), 2 done */
    HsObject *wi_last;      /* the referent behind the last item, held as the generator's
                             * local (v = wr()) holds it in CPython, or NULL */
} WeakIterObject;

static HsTypeObject weakiter_type;

/* ==== static helpers: removal ==== */

/* The callback on every entry's weakref: remove the entry now, or later if iterating.
 * 'selfref' is the weakref to the container the callback is bound to.
 * CPython: the 'remove' closures made in __init__. */
static HsObject *wc_remove_cb(HsObject *selfref, HsObject *wr) {
    HsObject *self = HsWeakref_GetObject(selfref);
    if (self == NULL || self == Hs_None) {
        return self == NULL ? NULL : Hs_NewRef(Hs_None);
    }
    HsWeakContainer *wc = HS_WC(self);
    int kind = hs_weakc_kind(self);
    HsObject *key = wr;
    int rc = 0;
    Hs_INCREF(self);
    if (kind == HS_WC_VALUEDICT) {
        key = HsObject_GetAttrString(wr, "key");
        if (key == NULL) {
            Hs_DECREF(self);
            return NULL;
        }
    } else {
        Hs_INCREF(key);
    }
    if (wc->wc_iterating > 0) {
        rc = HsList_Append(wc->wc_pending, key);
    } else if (kind == HS_WC_VALUEDICT) {
        HsObject *v = HsDict_GetItemWithError(wc->wc_data, key);
        if (v != NULL && HsWeakref_Check(v) && HsWeakref_GetObject(v) == Hs_None) {
            rc = HsDict_DelItem(wc->wc_data, key);
        } else if (v == NULL && HsErr_Occurred()) {
            rc = -1;
        }
    } else if (kind == HS_WC_KEYDICT) {
        if (HsDict_DelItem(wc->wc_data, key) < 0 && HsErr_ExceptionMatches(HsExc_KeyError)) {
            HsErr_Clear();
        }
        rc = HsErr_Occurred() ? -1 : 0;
    } else {
        rc = HsSet_Discard(wc->wc_data, key) < 0 ? -1 : 0;
    }
    Hs_DECREF(key);
    Hs_DECREF(self);
    return rc < 0 ? NULL : Hs_NewRef(Hs_None);
}

static HsMethodDef remove_def = {"remove", HS_CFUNC(wc_remove_cb), HS_METH_O, NULL};

/* ==== static helpers: the iterator ==== */

/* Replace it->wi_last by 'val' (a new reference or NULL). */
static void set_last(WeakIterObject *it, HsObject *val) {
    HsObject *old = it->wi_last;
    it->wi_last = val;
    Hs_XDECREF(old);
}

/* End the guard of 'it' if it holds one: the last iterator to end commits. Returns 0/-1. */
static int iter_leave(WeakIterObject *it) {
    if (it->wi_state != 1) {
        it->wi_state = 2;
        return 0;
    }
    it->wi_state = 2;
    HsWeakContainer *wc = HS_WC(it->wi_container);
    wc->wc_iterating--;
    if (wc->wc_iterating == 0) {
        return hs_weakc_commit(it->wi_container);
    }
    return 0;
}

/* The first next(): commit (WeakValueDictionary only, as its generators do), enter the
 * guard, and start iterating over the data. Returns 0 or -1. */
static int iter_start(WeakIterObject *it) {
    HsObject *c = it->wi_container;
    int kind = hs_weakc_kind(c);
    if (kind == HS_WC_VALUEDICT && hs_weakc_commit_if_pending(c) < 0) {
        return -1;
    }
    HsObject *src = HS_WC(c)->wc_data;
    HsObject *view = NULL;
    if (kind != HS_WC_SET) {
        HsObject *name = HsUnicode_FromString(it->wi_what == HS_WI_REFS ? "values" : "items");
        view = name != NULL ? HsObject_CallMethodNoArgs(src, name) : NULL;
        Hs_XDECREF(name);
        if (view == NULL) {
            return -1;
        }
        src = view;
    }
    HS_WC(c)->wc_iterating++;
    it->wi_state = 1;
    it->wi_inner = HsObject_GetIter(src);
    Hs_XDECREF(view);
    return it->wi_inner != NULL ? 0 : -1;
}

/* From one raw entry, what to yield: NULL without exception to skip a dead entry. Keeps in
 * wi_last what the Python generator keeps in a local until its next step: the referent it
 * got from the weakref, except in WeakValueDictionary.keys() and WeakKeyDictionary.values(),
 * which only test wr() is not None. */
static HsObject *iter_pick(WeakIterObject *it, HsObject *entry) {
    int kind = hs_weakc_kind(it->wi_container);
    if (it->wi_what == HS_WI_REFS) {
        return Hs_NewRef(entry);
    }
    HsObject *k = entry, *v = NULL, *wr = entry;
    if (kind != HS_WC_SET) {
        k = HS_TUPLE_GET(entry, 0);
        v = HS_TUPLE_GET(entry, 1);
        wr = kind == HS_WC_VALUEDICT ? v : k;
    }
    HsObject *obj = HsWeakref_GetObject(wr);
    if (obj == Hs_None) {
        return NULL;
    }
    int tests_only = (kind == HS_WC_VALUEDICT && it->wi_what == HS_WI_KEYS) ||
                     (kind == HS_WC_KEYDICT && it->wi_what == HS_WI_VALUES);
    set_last(it, tests_only ? NULL : Hs_NewRef(obj));
    if (kind == HS_WC_SET) {
        return Hs_NewRef(obj);
    }
    if (kind == HS_WC_VALUEDICT) {
        v = obj;
    } else {
        k = obj;
    }
    switch (it->wi_what) {
    case HS_WI_KEYS:
        return Hs_NewRef(k);
    case HS_WI_VALUES:
        return Hs_NewRef(v);
    default:
        return HsTuple_Pack(2, k, v);
    }
}

static HsObject *weakiter_next(HsObject *op) {
    WeakIterObject *it = (WeakIterObject *)op;
    if (it->wi_state == 2) {
        return NULL;
    }
    if (it->wi_state == 0 && iter_start(it) < 0) {
        HsObject *exc = HsErr_GetRaisedException();
        (void)iter_leave(it);
        HsErr_SetRaisedException(exc);
        return NULL;
    }
    for (;;) {
        HsObject *entry = HsIter_Next(it->wi_inner);
        if (entry == NULL) {
            set_last(it, NULL); // the generator's frame is gone once it finishes
            HsObject *exc = HsErr_GetRaisedException();
            if (iter_leave(it) < 0 && exc == NULL) {
                return NULL; // committing failed: that is the error
            }
            HsErr_Clear();
            HsErr_SetRaisedException(exc);
            return NULL;
        }
        HsObject *r = iter_pick(it, entry);
        Hs_DECREF(entry);
        if (r != NULL || HsErr_Occurred()) {
            return r;
        }
    }
}

static void weakiter_dealloc(HsObject *op) {
    WeakIterObject *it = (WeakIterObject *)op;
    hs_gc_untrack(op);
    if (it->wi_state == 1) {
        HsObject *exc = HsErr_GetRaisedException();
        if (iter_leave(it) < 0) {
            HsErr_Clear();
        }
        HsErr_SetRaisedException(exc);
    }
    Hs_XDECREF(it->wi_last);
    Hs_XDECREF(it->wi_inner);
    Hs_XDECREF(it->wi_container);
    hs_gc_free(op);
}

static int weakiter_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    WeakIterObject *it = (WeakIterObject *)op;
    if (it->wi_container != NULL && visit(it->wi_container, arg) < 0) {
        return -1;
    }
    if (it->wi_last != NULL && visit(it->wi_last, arg) < 0) {
        return -1;
    }
    return it->wi_inner != NULL ? visit(it->wi_inner, arg) : 0;
}

static HsObject *weakiter_iter(HsObject *op) {
    return Hs_NewRef(op);
}

static HsTypeObject weakiter_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "weakref._WeakIterator",
    .tp_basicsize = sizeof(WeakIterObject),
    .tp_dealloc = weakiter_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = weakiter_traverse,
    .tp_iter = weakiter_iter,
    .tp_iternext = weakiter_next,
};

/* ==== internal API ==== */

int hs_weakc_kind(HsObject *op) {
    HsTypeObject *tp = Hs_TYPE(op);
    if (HsType_IsSubtype(tp, &HsWeakValueDictionary_Type)) {
        return HS_WC_VALUEDICT;
    }
    return HsType_IsSubtype(tp, &HsWeakKeyDictionary_Type) ? HS_WC_KEYDICT : HS_WC_SET;
}

HsObject *hs_weakc_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)args;
    (void)kwds;
    HsWeakContainer *wc = HS_WC(type->tp_alloc(type, 0));
    if (wc == NULL) {
        return NULL;
    }
    int is_set = HsType_IsSubtype(type, &HsWeakSet_Type);
    wc->wc_data = is_set ? HsSet_New(NULL) : HsDict_New();
    wc->wc_pending = HsList_New(0);
    HsObject *selfref = HsWeakref_NewRef((HsObject *)wc, NULL);
    wc->wc_remove = selfref != NULL ? HsCFunction_NewEx(&remove_def, selfref, NULL) : NULL;
    Hs_XDECREF(selfref);
    if (wc->wc_data == NULL || wc->wc_pending == NULL || wc->wc_remove == NULL) {
        Hs_DECREF(wc);
        return NULL;
    }
    return (HsObject *)wc;
}

void hs_weakc_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    if (HS_WC(op)->wc_weakreflist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    hs_weakc_clear(op);
    Hs_TYPE(op)->tp_free(op);
}

int hs_weakc_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsWeakContainer *wc = HS_WC(op);
    HsObject *f[3] = {wc->wc_data, wc->wc_remove, wc->wc_pending};
    for (int i = 0; i < 3; i++) {
        if (f[i] != NULL && visit(f[i], arg) < 0) {
            return -1;
        }
    }
    return 0;
}

int hs_weakc_clear(HsObject *op) {
    HsWeakContainer *wc = HS_WC(op);
    Hs_CLEAR(wc->wc_data);
    Hs_CLEAR(wc->wc_remove);
    Hs_CLEAR(wc->wc_pending);
    return 0;
}

int hs_weakc_commit(HsObject *op) {
    HsWeakContainer *wc = HS_WC(op);
    int kind = hs_weakc_kind(op);
    while (wc->wc_pending != NULL && HsList_Size(wc->wc_pending) > 0) {
        Hs_ssize_t n = HsList_Size(wc->wc_pending);
        HsObject *key = Hs_NewRef(HsList_GetItem(wc->wc_pending, n - 1));
        if (HsList_SetSlice(wc->wc_pending, n - 1, n, NULL) < 0) {
            Hs_DECREF(key);
            return -1;
        }
        int rc = 0;
        if (kind == HS_WC_VALUEDICT) {
            HsObject *v = HsDict_GetItemWithError(wc->wc_data, key);
            if (v != NULL && HsWeakref_Check(v) && HsWeakref_GetObject(v) == Hs_None) {
                rc = HsDict_DelItem(wc->wc_data, key);
            } else if (v == NULL && HsErr_Occurred()) {
                rc = -1;
            }
        } else if (kind == HS_WC_KEYDICT) {
            rc = HsDict_DelItem(wc->wc_data, key);
            if (rc < 0 && HsErr_ExceptionMatches(HsExc_KeyError)) {
                HsErr_Clear();
                rc = 0;
            }
        } else {
            rc = HsSet_Discard(wc->wc_data, key) < 0 ? -1 : 0;
        }
        Hs_DECREF(key);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

int hs_weakc_commit_if_pending(HsObject *op) {
    HsObject *p = HS_WC(op)->wc_pending;
    return p != NULL && HsList_Size(p) > 0 ? hs_weakc_commit(op) : 0;
}

HsObject *hs_weakc_iter(HsObject *op, int what) {
    WeakIterObject *it = (WeakIterObject *)HsType_GenericAlloc(&weakiter_type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->wi_container = Hs_NewRef(op);
    it->wi_what = what;
    return (HsObject *)it;
}

HsObject *hs_weakc_repr(HsObject *op) {
    const char *name = Hs_TYPE(op)->tp_name;
    const char *dot = strrchr(name, '.');
    return HsUnicode_FromFormat("<%s at %p>", dot != NULL ? dot + 1 : name, (void *)op);
}

int hs_weakc_ready(void) {
    if (HsType_Ready(&weakiter_type) < 0 || HsType_Ready(&HsKeyedRef_Type) < 0 ||
        HsType_Ready(&HsWeakValueDictionary_Type) < 0 ||
        HsType_Ready(&HsWeakKeyDictionary_Type) < 0 || HsType_Ready(&HsWeakSet_Type) < 0 ||
        hs_generic_alias_enable(&HsWeakValueDictionary_Type) < 0 ||
        hs_generic_alias_enable(&HsWeakKeyDictionary_Type) < 0 ||
        hs_generic_alias_enable(&HsWeakSet_Type) < 0) {
        return -1;
    }
    return 0;
}

/* "Q() missing N required positional argument(s): 'a', 'b' and 'c'" for the missing ones
 * among names[0..nreq). */
static void missing_args(const char *qualname, const char *const *names, HsObject **out,
                         int nreq) {
    char list[256] = "";
    int count = 0, total = 0;
    for (int i = 0; i < nreq; i++) {
        total += out[i] == NULL;
    }
    for (int i = 0; i < nreq; i++) {
        if (out[i] != NULL) {
            continue;
        }
        size_t n = strlen(list);
        const char *sep = count == 0 ? "" : count == total - 1 ? (total > 2 ? ", and " : " and ")
                                                                : ", ";
        snprintf(list + n, sizeof list - n, "%s'%s'", sep, names[i]);
        count++;
    }
    HsErr_Format(HsExc_TypeError, "%s() missing %d required positional argument%s: %s",
                 qualname, total, total == 1 ? "" : "s", list);
}

int hs_weakref_py_args(const char *qualname, HsObject *const *args, Hs_ssize_t nargs,
                       HsObject *kwargs, const char *const *names, int nposonly, int nreq,
                       int extra_kw, HsObject **out) {
    int nparams = 0;
    while (names[nparams] != NULL) {
        out[nparams++] = NULL;
    }
    if (nargs > nparams) {
        if (nreq == nparams) {
            HsErr_Format(HsExc_TypeError, "%s() takes %d positional arguments but %zd were given",
                         qualname, nparams + 1, nargs + 1);
        } else {
            HsErr_Format(HsExc_TypeError,
                         "%s() takes from %d to %d positional arguments but %zd were given",
                         qualname, nreq + 1, nparams + 1, nargs + 1);
        }
        return -1;
    }
    for (Hs_ssize_t i = 0; i < nargs; i++) {
        out[i] = args[i];
    }
    Hs_ssize_t pos = 0;
    HsObject *k, *v;
    while (kwargs != NULL && HsDict_Next(kwargs, &pos, &k, &v)) {
        const char *ks = HsUnicode_Check(k) ? HsUnicode_AsUTF8(k) : "";
        int found = -1;
        for (int i = nposonly; ks != NULL && i < nparams; i++) {
            if (strcmp(ks, names[i]) == 0) {
                found = i;
            }
        }
        if (found < 0 && extra_kw) {
            continue;
        }
        if (found < 0) {
            HsErr_Format(HsExc_TypeError, "%s() got an unexpected keyword argument '%U'",
                         qualname, k);
            return -1;
        }
        if (out[found] != NULL) {
            HsErr_Format(HsExc_TypeError, "%s() got multiple values for argument '%s'", qualname,
                         names[found]);
            return -1;
        }
        out[found] = v;
    }
    for (int i = 0; i < nreq; i++) {
        if (out[i] == NULL) {
            missing_args(qualname, names, out, nreq);
            return -1;
        }
    }
    return 0;
}
