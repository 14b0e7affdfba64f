/* weakref.WeakValueDictionary and weakref.WeakKeyDictionary in C, with the behaviour of
 * CPython 3.11's Lib/weakref.py classes (the shared machinery is in weakref_containers.c):
 * a WeakValueDictionary maps keys to KeyedRefs of the values, a WeakKeyDictionary maps
 * ref(key) to values; an entry goes when its referent dies (at once, or when the last
 * running iterator ends). Methods follow the Python code line by line, including where it
 * commits pending removals; errors are the ones the Python code raises (KeyError(key),
 * TypeError "cannot create weak reference to 'int' object", ...).
 * Not modelled: the classes are not collections.abc.MutableMapping subclasses (there is no
 * collections.abc here), and their iterators are not generator objects.
 * Functions returning HsObject* return a new reference, or NULL with an exception;
 * arguments are borrowed. */
#include "internal/hs_modules_weakref.h"
#include "internal/hs_modules.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_weakref.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <stdio.h>

/* ==== static helpers ==== */

#define DATA(op) (HS_WC(op)->wc_data)

static int is_weak_dict(HsObject *op) {
    return HsType_IsSubtype(Hs_TYPE(op), &HsWeakValueDictionary_Type) ||
           HsType_IsSubtype(Hs_TYPE(op), &HsWeakKeyDictionary_Type);
}

/* Split a 2-item iterable into *a, *b (new references), with the unpacking messages.
 * Returns 0 or -1. */
static int unpack2(HsObject *pair, HsObject **a, HsObject **b) {
    HsObject *t = HsSequence_Tuple(pair);
    if (t == NULL) {
        if (HsErr_ExceptionMatches(HsExc_TypeError)) {
            HsErr_Clear();
            HsErr_Format(HsExc_TypeError, "cannot unpack non-iterable %s object",
                         Hs_TYPE(pair)->tp_name);
        }
        return -1;
    }
    Hs_ssize_t n = Hs_SIZE(t);
    if (n != 2) {
        if (n > 2) {
            HsErr_Format(HsExc_ValueError, "too many values to unpack (expected 2)");
        } else {
            HsErr_Format(HsExc_ValueError, "not enough values to unpack (expected 2, got %zd)",
                         n);
        }
        Hs_DECREF(t);
        return -1;
    }
    *a = Hs_NewRef(HS_TUPLE_GET(t, 0));
    *b = Hs_NewRef(HS_TUPLE_GET(t, 1));
    Hs_DECREF(t);
    return 0;
}

/* self[key] = value for either kind (no commit). Returns 0 or -1. */
static int raw_set(HsObject *self, HsObject *key, HsObject *value) {
    HsObject *remove = HS_WC(self)->wc_remove;
    if (hs_weakc_kind(self) == HS_WC_VALUEDICT) {
        HsObject *kr = hs_keyedref_new(value, remove, key);
        int rc = kr != NULL ? HsDict_SetItem(DATA(self), key, kr) : -1;
        Hs_XDECREF(kr);
        return rc;
    }
    HsObject *wr = HsWeakref_NewRef(key, remove);
    int rc = wr != NULL ? HsDict_SetItem(DATA(self), wr, value) : -1;
    Hs_XDECREF(wr);
    return rc;
}

/* update(other, **kwargs) of either kind: 'other' may be NULL or None. Returns 0 or -1.
 * CPython: WeakValueDictionary.update / WeakKeyDictionary.update. */
static int update_from(HsObject *self, HsObject *other, HsObject *kwargs) {
    if (hs_weakc_kind(self) == HS_WC_VALUEDICT && hs_weakc_commit_if_pending(self) < 0) {
        return -1;
    }
    HsObject *items = NULL;
    if (other != NULL && other != Hs_None) {
        HsObject *name = HsUnicode_FromString("items");
        int has = name != NULL ? HsObject_HasAttr(other, name) : -1;
        HsObject *src = has == 1 ? Hs_NewRef(other) : NULL;
        if (has == 0) {
            HsObject *d = HsDict_New();
            src = d != NULL && hs_dict_update_arg(d, other) == 0 ? d : NULL;
            if (src == NULL) {
                Hs_XDECREF(d);
            }
        }
        HsObject *view = src != NULL ? HsObject_CallMethodNoArgs(src, name) : NULL;
        items = view != NULL ? HsObject_GetIter(view) : NULL;
        Hs_XDECREF(view);
        Hs_XDECREF(src);
        Hs_XDECREF(name);
        if (items == NULL) {
            return -1;
        }
        HsObject *pair;
        while ((pair = HsIter_Next(items)) != NULL) {
            HsObject *k, *v;
            int rc = unpack2(pair, &k, &v);
            Hs_DECREF(pair);
            rc = rc == 0 ? raw_set(self, k, v) : -1;
            if (rc == 0) {
                Hs_DECREF(k);
                Hs_DECREF(v);
            }
            if (rc < 0) {
                Hs_DECREF(items);
                return -1;
            }
        }
        Hs_DECREF(items);
        if (HsErr_Occurred()) {
            return -1;
        }
    }
    Hs_ssize_t pos = 0;
    HsObject *k, *v;
    while (kwargs != NULL && HsDict_Next(kwargs, &pos, &k, &v)) {
        if (raw_set(self, k, v) < 0) {
            return -1;
        }
    }
    return 0;
}

/* The key to look up in data: the key itself (WeakValueDictionary) or ref(key) (Weak-
 * KeyDictionary, TypeError if 'key' is not weakrefable). Return: new reference. */
static HsObject *data_key(HsObject *self, HsObject *key) {
    if (hs_weakc_kind(self) == HS_WC_VALUEDICT) {
        return Hs_NewRef(key);
    }
    return HsWeakref_NewRef(key, NULL);
}

/* ==== static helpers: slots ==== */

/* __init__(other=(), /, **kw) and __init__(dict=None, /, **kw) (CPython: WeakKeyDictionary
 * takes no keywords but passes them to update(); here both take them). */
static int wd_init(HsObject *self, HsObject *args, HsObject *kwds) {
    static const char *const value_names[] = {"other", NULL}, *const key_names[] = {"dict", NULL};
    HsObject *a[1];
    HsObject *const *items = &HS_TUPLE_GET(args, 0);
    if (hs_weakc_kind(self) == HS_WC_VALUEDICT) {
        if (hs_weakref_py_args("WeakValueDictionary.__init__", items, Hs_SIZE(args), kwds,
                               value_names, 1, 0, 1, a) < 0) {
            return -1;
        }
        return update_from(self, a[0], kwds);
    }
    if (hs_weakref_py_args("WeakKeyDictionary.__init__", items, Hs_SIZE(args), kwds, key_names,
                           0, 0, 0, a) < 0) {
        return -1;
    }
    return update_from(self, a[0], NULL);
}

/* The qualified name of method 'm' of self's class, for messages. */
static const char *qualname(HsObject *self, const char *m) {
    static char buf[64];
    snprintf(buf, sizeof buf, "%s.%s",
             hs_weakc_kind(self) == HS_WC_VALUEDICT ? "WeakValueDictionary" : "WeakKeyDictionary",
             m);
    return buf;
}

/* self[key]. CPython: __getitem__ of each class. */
static HsObject *wd_getitem(HsObject *self, HsObject *key) {
    if (hs_weakc_kind(self) == HS_WC_KEYDICT) {
        HsObject *wr = HsWeakref_NewRef(key, NULL);
        HsObject *r = wr != NULL ? HsObject_GetItem(DATA(self), wr) : NULL;
        Hs_XDECREF(wr);
        return r;
    }
    if (hs_weakc_commit_if_pending(self) < 0) {
        return NULL;
    }
    HsObject *wr = HsObject_GetItem(DATA(self), key);
    if (wr == NULL) {
        return NULL;
    }
    HsObject *o = HsObject_CallNoArgs(wr);
    Hs_DECREF(wr);
    if (o == Hs_None) {
        Hs_DECREF(o);
        HsErr_SetObject(HsExc_KeyError, key);
        return NULL;
    }
    return o;
}

/* self[key] = value / del self[key]. */
static int wd_ass_subscript(HsObject *self, HsObject *key, HsObject *value) {
    int kind = hs_weakc_kind(self);
    if (value != NULL) {
        if (kind == HS_WC_VALUEDICT && hs_weakc_commit_if_pending(self) < 0) {
            return -1;
        }
        return raw_set(self, key, value);
    }
    if (kind == HS_WC_VALUEDICT) {
        if (hs_weakc_commit_if_pending(self) < 0) {
            return -1;
        }
        return HsObject_DelItem(DATA(self), key);
    }
    HS_WC(self)->wc_dirty_len = 1;
    HsObject *wr = HsWeakref_NewRef(key, NULL);
    int rc = wr != NULL ? HsObject_DelItem(DATA(self), wr) : -1;
    Hs_XDECREF(wr);
    return rc;
}

/* len(self). WeakKeyDictionary drops stale pending keys first (CPython: _scrub_removals). */
static Hs_ssize_t wd_length(HsObject *self) {
    HsWeakContainer *wc = HS_WC(self);
    if (hs_weakc_kind(self) == HS_WC_VALUEDICT) {
        if (hs_weakc_commit_if_pending(self) < 0) {
            return -1;
        }
        return HsDict_Size(wc->wc_data);
    }
    if (wc->wc_dirty_len && HsList_Size(wc->wc_pending) > 0) {
        HsObject *kept = HsList_New(0);
        for (Hs_ssize_t i = 0; kept != NULL && i < HsList_Size(wc->wc_pending); i++) {
            HsObject *k = HsList_GetItem(wc->wc_pending, i);
            int in = HsDict_Contains(wc->wc_data, k);
            if (in < 0 || (in == 1 && HsList_Append(kept, k) < 0)) {
                Hs_CLEAR(kept);
            }
        }
        if (kept == NULL) {
            return -1;
        }
        Hs_SETREF(wc->wc_pending, kept);
        wc->wc_dirty_len = 0;
    }
    return HsDict_Size(wc->wc_data) - HsList_Size(wc->wc_pending);
}

/* key in self: False for keys that cannot be weakly referenced (WeakKeyDictionary) or whose
 * value is gone (WeakValueDictionary). */
static int wd_contains(HsObject *self, HsObject *key) {
    if (hs_weakc_kind(self) == HS_WC_KEYDICT) {
        HsObject *wr = HsWeakref_NewRef(key, NULL);
        if (wr == NULL) {
            if (HsErr_ExceptionMatches(HsExc_TypeError)) {
                HsErr_Clear();
                return 0;
            }
            return -1;
        }
        int r = HsDict_Contains(DATA(self), wr);
        Hs_DECREF(wr);
        return r;
    }
    if (hs_weakc_commit_if_pending(self) < 0) {
        return -1;
    }
    HsObject *wr = HsDict_GetItemWithError(DATA(self), key);
    if (wr == NULL) {
        return HsErr_Occurred() ? -1 : 0;
    }
    return HsWeakref_GetObject(wr) != Hs_None;
}

static HsObject *wd_iter(HsObject *self) {
    return hs_weakc_iter(self, HS_WI_KEYS);
}

/* A new container of self's type holding self's live entries. CPython: copy(). */
static HsObject *wd_copy(HsObject *self, HsObject *unused) {
    (void)unused;
    int kind = hs_weakc_kind(self);
    if (kind == HS_WC_VALUEDICT && hs_weakc_commit_if_pending(self) < 0) {
        return NULL;
    }
    HsTypeObject *tp = kind == HS_WC_VALUEDICT ? &HsWeakValueDictionary_Type
                                               : &HsWeakKeyDictionary_Type;
    HsObject *empty = HsTuple_New(0);
    HsObject *copy = empty != NULL ? hs_weakc_new(tp, empty, NULL) : NULL;
    Hs_XDECREF(empty);
    HsObject *it = copy != NULL ? hs_weakc_iter(self, HS_WI_ITEMS) : NULL;
    if (it == NULL) {
        Hs_XDECREF(copy);
        return NULL;
    }
    HsObject *pair;
    while ((pair = HsIter_Next(it)) != NULL) {
        int rc = raw_set(copy, HS_TUPLE_GET(pair, 0), HS_TUPLE_GET(pair, 1));
        Hs_DECREF(pair);
        if (rc < 0) {
            break;
        }
    }
    Hs_DECREF(it);
    if (HsErr_Occurred()) {
        Hs_DECREF(copy);
        return NULL;
    }
    return copy;
}

/* The dict of self's live entries (for == and |). Return: new reference. */
static HsObject *live_dict(HsObject *self) {
    HsObject *d = HsDict_New();
    HsObject *it = d != NULL ? hs_weakc_iter(self, HS_WI_ITEMS) : NULL;
    HsObject *pair;
    while (it != NULL && (pair = HsIter_Next(it)) != NULL) {
        int rc = HsDict_SetItem(d, HS_TUPLE_GET(pair, 0), HS_TUPLE_GET(pair, 1));
        Hs_DECREF(pair);
        if (rc < 0) {
            break;
        }
    }
    Hs_XDECREF(it);
    if (HsErr_Occurred()) {
        Hs_XDECREF(d);
        return NULL;
    }
    return d;
}

/* == and != against any mapping, as Mapping.__eq__: dict(self.items()) == dict(other). */
static HsObject *wd_richcompare(HsObject *self, HsObject *other, int op) {
    if ((op != HS_EQ && op != HS_NE) || !(HsDict_Check(other) || is_weak_dict(other))) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    HsObject *a = live_dict(self);
    HsObject *b = a == NULL ? NULL : is_weak_dict(other) ? live_dict(other) : Hs_NewRef(other);
    HsObject *r = b != NULL ? HsObject_RichCompare(a, b, op) : NULL;
    Hs_XDECREF(a);
    Hs_XDECREF(b);
    return r;
}

/* self | other, other | self (a mapping), self |= other. */
static HsObject *wd_or(HsObject *a, HsObject *b) {
    int a_weak = is_weak_dict(a);
    HsObject *self = a_weak ? a : b, *other = a_weak ? b : a;
    if (!(HsDict_Check(other) || is_weak_dict(other))) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    HsObject *c;
    if (a_weak) {
        c = wd_copy(self, NULL);
        if (c != NULL && update_from(c, other, NULL) < 0) {
            Hs_CLEAR(c);
        }
        return c;
    }
    HsObject *empty = HsTuple_New(0);
    c = empty != NULL ? hs_weakc_new(Hs_TYPE(self), empty, NULL) : NULL;
    Hs_XDECREF(empty);
    if (c != NULL && (update_from(c, other, NULL) < 0 || update_from(c, self, NULL) < 0)) {
        Hs_CLEAR(c);
    }
    return c;
}

static HsObject *wd_ior(HsObject *self, HsObject *other) {
    if (update_from(self, other, NULL) < 0) {
        return NULL;
    }
    return Hs_NewRef(self);
}

/* ==== static helpers: methods ==== */

static HsObject *wd_get(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    static const char *const names[] = {"key", "default", NULL};
    HsObject *a[2];
    if (hs_weakref_py_args(qualname(self, "get"), args, nargs, NULL, names, 0, 1, 0, a) < 0) {
        return NULL;
    }
    HsObject *dflt = nargs == 2 ? args[1] : Hs_None;
    if (hs_weakc_kind(self) == HS_WC_VALUEDICT && hs_weakc_commit_if_pending(self) < 0) {
        return NULL;
    }
    HsObject *k = data_key(self, args[0]);
    HsObject *v = k != NULL ? HsDict_GetItemWithError(DATA(self), k) : NULL;
    Hs_XDECREF(k);
    if (v == NULL) {
        return HsErr_Occurred() ? NULL : Hs_NewRef(dflt);
    }
    if (hs_weakc_kind(self) == HS_WC_KEYDICT) {
        return Hs_NewRef(v);
    }
    HsObject *o = HsWeakref_GetObject(v);
    return Hs_NewRef(o == Hs_None ? dflt : o);
}

static HsObject *wd_pop(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    static const char *const names[] = {"key", NULL};
    HsObject *a[1];
    if (hs_weakref_py_args(qualname(self, "pop"), args, nargs > 1 ? 1 : nargs, NULL, names, 0, 1,
                           0, a) < 0) {
        return NULL;
    }
    if (hs_weakc_kind(self) == HS_WC_KEYDICT && hs_arg_check_positional("pop", nargs, 1, 2) < 0) {
        return NULL; // dict.pop(ref(key), *args)'s own check
    }
    int kind = hs_weakc_kind(self);
    if (kind == HS_WC_VALUEDICT && hs_weakc_commit_if_pending(self) < 0) {
        return NULL;
    }
    HS_WC(self)->wc_dirty_len = kind == HS_WC_KEYDICT ? 1 : HS_WC(self)->wc_dirty_len;
    HsObject *k = data_key(self, args[0]);
    if (k == NULL) {
        return NULL;
    }
    HsObject *v = hs_dict_pop(DATA(self), k);
    if (v == NULL && HsErr_Occurred()) {
        Hs_DECREF(k);
        return NULL;
    }
    if (kind == HS_WC_VALUEDICT && v != NULL) {
        HsObject *o = HsWeakref_GetObject(v);
        Hs_SETREF(v, o != Hs_None ? Hs_NewRef(o) : NULL);
    }
    if (v == NULL) {
        if (nargs == 2) {
            v = Hs_NewRef(args[1]);
        } else {
            HsErr_SetObject(HsExc_KeyError, kind == HS_WC_VALUEDICT ? args[0] : k);
        }
    }
    Hs_DECREF(k);
    return v;
}

static HsObject *wd_popitem(HsObject *self, HsObject *unused) {
    (void)unused;
    int kind = hs_weakc_kind(self);
    if (kind == HS_WC_VALUEDICT && hs_weakc_commit_if_pending(self) < 0) {
        return NULL;
    }
    if (kind == HS_WC_KEYDICT) {
        HS_WC(self)->wc_dirty_len = 1;
    }
    for (;;) {
        HsObject *k, *v;
        if (hs_dict_popitem(DATA(self), &k, &v) == 0) {
            return HsErr_Format(HsExc_KeyError, "popitem(): dictionary is empty");
        }
        HsObject *wr = kind == HS_WC_VALUEDICT ? v : k;
        HsObject *o = HsWeakref_GetObject(wr);
        HsObject *r = NULL;
        if (o != Hs_None) {
            r = kind == HS_WC_VALUEDICT ? HsTuple_Pack(2, k, o) : HsTuple_Pack(2, o, v);
        }
        Hs_DECREF(k);
        Hs_DECREF(v);
        if (r != NULL || HsErr_Occurred()) {
            return r;
        }
    }
}

static HsObject *wd_setdefault(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    static const char *const names[] = {"key", "default", NULL};
    HsObject *a[2];
    if (hs_weakref_py_args(qualname(self, "setdefault"), args, nargs, NULL, names, 0, 1, 0, a) <
        0) {
        return NULL;
    }
    HsObject *key = args[0], *dflt = nargs == 2 ? args[1] : Hs_None;
    if (hs_weakc_kind(self) == HS_WC_KEYDICT) {
        HsObject *wr = HsWeakref_NewRef(key, HS_WC(self)->wc_remove);
        HsObject *name = HsUnicode_FromString("setdefault");
        HsObject *margs[3] = {DATA(self), wr, dflt};
        HsObject *r = wr != NULL && name != NULL ? HsObject_VectorcallMethod(name, margs, 3, NULL)
                                                 : NULL;
        Hs_XDECREF(wr);
        Hs_XDECREF(name);
        return r;
    }
    HsObject *wr = HsDict_GetItemWithError(DATA(self), key);
    if (wr == NULL && HsErr_Occurred()) {
        return NULL;
    }
    HsObject *o = wr != NULL ? HsWeakref_GetObject(wr) : Hs_None;
    if (o != Hs_None) {
        return Hs_NewRef(o);
    }
    if (hs_weakc_commit_if_pending(self) < 0 || raw_set(self, key, dflt) < 0) {
        return NULL;
    }
    return Hs_NewRef(dflt);
}

static HsObject *wd_update(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                           HsObject *kwnames) {
    static const char *const names[] = {"other", NULL};
    HsObject *a[1];
    if (hs_weakref_py_args(qualname(self, "update"), args, nargs, NULL, names, 1, 0, 0, a) < 0) {
        return NULL;
    }
    HsObject *kw = NULL;
    if (kwnames != NULL && Hs_SIZE(kwnames) > 0) {
        kw = HsDict_New();
        for (Hs_ssize_t i = 0; kw != NULL && i < Hs_SIZE(kwnames); i++) {
            if (HsDict_SetItem(kw, HS_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                Hs_CLEAR(kw);
            }
        }
        if (kw == NULL) {
            return NULL;
        }
    }
    int rc = update_from(self, nargs == 1 ? args[0] : NULL, kw);
    Hs_XDECREF(kw);
    return rc < 0 ? NULL : Hs_NewRef(Hs_None);
}

static HsObject *wd_clear(HsObject *self, HsObject *unused) {
    (void)unused;
    if (hs_weakc_kind(self) == HS_WC_VALUEDICT && hs_weakc_commit_if_pending(self) < 0) {
        return NULL;
    }
    HsDict_Clear(DATA(self));
    return Hs_NewRef(Hs_None);
}

static HsObject *wd_keys(HsObject *self, HsObject *unused) {
    (void)unused;
    return hs_weakc_iter(self, HS_WI_KEYS);
}

static HsObject *wd_values(HsObject *self, HsObject *unused) {
    (void)unused;
    return hs_weakc_iter(self, HS_WI_VALUES);
}

static HsObject *wd_items(HsObject *self, HsObject *unused) {
    (void)unused;
    return hs_weakc_iter(self, HS_WI_ITEMS);
}

/* WeakValueDictionary.itervaluerefs() / valuerefs(); WeakKeyDictionary.keyrefs(). */
static HsObject *wd_itervaluerefs(HsObject *self, HsObject *unused) {
    (void)unused;
    return hs_weakc_iter(self, HS_WI_REFS);
}

static HsObject *wd_valuerefs(HsObject *self, HsObject *unused) {
    (void)unused;
    if (hs_weakc_commit_if_pending(self) < 0) {
        return NULL;
    }
    HsObject *name = HsUnicode_FromString("values");
    HsObject *view = name != NULL ? HsObject_CallMethodNoArgs(DATA(self), name) : NULL;
    HsObject *r = view != NULL ? HsSequence_List(view) : NULL;
    Hs_XDECREF(view);
    Hs_XDECREF(name);
    return r;
}

static HsObject *wd_keyrefs(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsSequence_List(DATA(self));
}

static HsObject *wd_class_getitem(HsObject *cls, HsObject *item) {
    (void)item;
    return Hs_NewRef(cls);
}

#define COMMON_METHODS                                                                             \
    {"get", HS_CFUNC(wd_get), HS_METH_FASTCALL, NULL},                                             \
        {"pop", HS_CFUNC(wd_pop), HS_METH_FASTCALL, NULL},                                         \
        {"popitem", HS_CFUNC(wd_popitem), HS_METH_NOARGS, NULL},                                   \
        {"setdefault", HS_CFUNC(wd_setdefault), HS_METH_FASTCALL, NULL},                           \
        {"update", HS_CFUNC(wd_update), HS_METH_FASTCALL | HS_METH_KEYWORDS, NULL},                \
        {"clear", HS_CFUNC(wd_clear), HS_METH_NOARGS, NULL},                                       \
        {"copy", HS_CFUNC(wd_copy), HS_METH_NOARGS, NULL},                                         \
        {"__copy__", HS_CFUNC(wd_copy), HS_METH_NOARGS, NULL},                                     \
        {"keys", HS_CFUNC(wd_keys), HS_METH_NOARGS, NULL},                                         \
        {"values", HS_CFUNC(wd_values), HS_METH_NOARGS, NULL},                                     \
        {"items", HS_CFUNC(wd_items), HS_METH_NOARGS, NULL},                                       \
    {                                                                                              \
        "__class_getitem__", HS_CFUNC(wd_class_getitem), HS_METH_O | HS_METH_CLASS, NULL           \
    }

static HsMethodDef wvd_methods[] = {
    COMMON_METHODS,
    {"itervaluerefs", HS_CFUNC(wd_itervaluerefs), HS_METH_NOARGS, NULL},
    {"valuerefs", HS_CFUNC(wd_valuerefs), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static HsMethodDef wkd_methods[] = {
    COMMON_METHODS,
    {"keyrefs", HS_CFUNC(wd_keyrefs), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static HsMemberDef wd_members[] = {
    {"data", HS_T_OBJECT, offsetof(HsWeakContainer, wc_data), HS_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static HsMappingMethods wd_as_mapping = {
    .mp_length = wd_length,
    .mp_subscript = wd_getitem,
    .mp_ass_subscript = wd_ass_subscript,
};

static HsSequenceMethods wd_as_sequence = {
    .sq_contains = wd_contains,
};

static HsNumberMethods wd_as_number = {
    .nb_or = wd_or,
    .nb_inplace_or = wd_ior,
};

/* ==== the types ==== */

#define WEAK_DICT_TYPE(cname, pyname, methods)                                                    \
    HsTypeObject cname = {                                                                         \
        .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),                                         \
        .tp_name = pyname,                                                                         \
        .tp_basicsize = sizeof(HsWeakContainer),                                                   \
        .tp_dealloc = hs_weakc_dealloc,                                                            \
        .tp_as_number = &wd_as_number,                                                             \
        .tp_as_sequence = &wd_as_sequence,                                                         \
        .tp_as_mapping = &wd_as_mapping,                                                           \
        .tp_hash = HsObject_HashNotImplemented,                                                    \
        .tp_repr = hs_weakc_repr,                                                                  \
        .tp_getattro = HsObject_GenericGetAttr,                                                    \
        .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,                                      \
        .tp_traverse = hs_weakc_traverse,                                                          \
        .tp_clear = hs_weakc_clear,                                                                \
        .tp_richcompare = wd_richcompare,                                                          \
        .tp_weaklistoffset = offsetof(HsWeakContainer, wc_weakreflist),                            \
        .tp_iter = wd_iter,                                                                        \
        .tp_methods = methods,                                                                     \
        .tp_members = wd_members,                                                                  \
        .tp_init = wd_init,                                                                        \
        .tp_alloc = HsType_GenericAlloc,                                                           \
        .tp_new = hs_weakc_new,                                                                    \
    }

WEAK_DICT_TYPE(HsWeakValueDictionary_Type, "weakref.WeakValueDictionary", wvd_methods);
WEAK_DICT_TYPE(HsWeakKeyDictionary_Type, "weakref.WeakKeyDictionary", wkd_methods);
