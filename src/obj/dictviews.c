/* The dict's iterators and views (CPython 3.11: Objects/dictobject.c, dictiterobject and
 * _PyDictViewObject): dict_keyiterator, dict_valueiterator, dict_itemiterator and their
 * reversed forms (72 bytes with the GC head), and the views dict_keys, dict_values,
 * dict_items (40 bytes) with len, iteration, reversed, `in`, repr, and for keys and items
 * the set operations (returning sets), comparisons with sets and isdisjoint.
 * Invariants: an iterator holds its dict until exhausted (di_dict NULL afterwards); it
 * raises "dictionary changed size during iteration" once ma_used differs from the size it
 * started with, and stays failed (di_used = -1) as CPython's does. The item iterator
 * reuses its result tuple when nobody else holds it, as CPython does. Arguments are
 * borrowed; functions returning HsObject* return a new reference, or NULL with an
 * exception set. See docs/internals/dict.md. */
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "hs/ceval.h"
#include "hs/errors.h"

/* ==== constants and types ==== */

typedef struct DictIterObject {
    HsObject ob_base;
    HsObject *di_dict; /* NULL once exhausted */
    Hs_ssize_t di_used;
    Hs_ssize_t di_pos;
    HsObject *di_result; /* the reusable (key, value) tuple of item iterators */
    Hs_ssize_t len;
} DictIterObject;

typedef struct DictViewObject {
    HsObject ob_base;
    HsObject *dv_dict;
} DictViewObject;

enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS };

/* ==== iterators ==== */

static int is_reversed(HsTypeObject *tp) {
    return tp == &HsDictRevIterKey_Type || tp == &HsDictRevIterValue_Type ||
           tp == &HsDictRevIterItem_Type;
}

static int iter_kind(HsTypeObject *tp) {
    if (tp == &HsDictIterKey_Type || tp == &HsDictRevIterKey_Type) {
        return KIND_KEYS;
    }
    if (tp == &HsDictIterValue_Type || tp == &HsDictRevIterValue_Type) {
        return KIND_VALUES;
    }
    return KIND_ITEMS;
}

static void dictiter_dealloc(HsObject *op) {
    DictIterObject *di = (DictIterObject *)op;
    hs_gc_untrack(op);
    Hs_XDECREF(di->di_dict);
    Hs_XDECREF(di->di_result);
    hs_gc_free(op);
}

static int dictiter_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    DictIterObject *di = (DictIterObject *)op;
    if (di->di_dict != NULL && visit(di->di_dict, arg) != 0) {
        return 1;
    }
    return di->di_result != NULL ? visit(di->di_result, arg) : 0;
}

static HsObject *dictiter_self(HsObject *op) {
    return Hs_NewRef(op);
}

/* The iterator is done: drop the dict. Returns 'r'. */
static int iter_finish(DictIterObject *di, int r) {
    Hs_CLEAR(di->di_dict);
    return r;
}

/* Find the next item: 1 with borrowed *key and *value, 0 at the end, -1 with an exception.
 * CPython: dictiter_iternextkey and friends (forward) and dictreviter_iternext. */
static int dictiter_advance(DictIterObject *di, HsObject **key, HsObject **value) {
    HsObject *d = di->di_dict;
    if (d == NULL) {
        return 0;
    }
    if (di->di_used != HsDict_Size(d)) {
        HsErr_SetString(HsExc_RuntimeError, "dictionary changed size during iteration");
        di->di_used = -1; /* sticky */
        return -1;
    }
    Hs_ssize_t i = di->di_pos, n = hs_dict_nentries(d);
    if (is_reversed(Hs_TYPE(di))) {
        if (i >= n) {
            i = n - 1; /* the table was rebuilt smaller: CPython would read past it */
        }
        for (;; i--) {
            if (i < 0) {
                return iter_finish(di, 0);
            }
            if (hs_dict_entry(d, i, key, value, NULL)) {
                break;
            }
        }
        di->di_pos = i - 1;
        di->len--;
        return 1;
    }
    while (i < n && !hs_dict_entry(d, i, key, value, NULL)) {
        i++;
    }
    if (i >= n) {
        return iter_finish(di, 0);
    }
    if (di->len == 0) { /* an item we did not expect: keys were replaced */
        HsErr_SetString(HsExc_RuntimeError, "dictionary keys changed during iteration");
        return iter_finish(di, -1);
    }
    di->di_pos = i + 1;
    di->len--;
    return 1;
}

/* Return: new reference to the (key, value) tuple, reusing di_result if only we hold it. */
static HsObject *item_result(DictIterObject *di, HsObject *key, HsObject *value) {
    HsObject *result = di->di_result;
    if (result != NULL && Hs_REFCNT(result) == 1) {
        HsObject *oldkey = HS_TUPLE_GET(result, 0), *oldvalue = HS_TUPLE_GET(result, 1);
        Hs_INCREF(result);
        HS_TUPLE_SET(result, 0, Hs_NewRef(key));
        HS_TUPLE_SET(result, 1, Hs_NewRef(value));
        Hs_DECREF(oldkey);
        Hs_DECREF(oldvalue);
        if (!hs_gc_is_tracked(result)) {
            hs_gc_track(result); /* the collector may have untracked it */
        }
        return result;
    }
    return HsTuple_Pack(2, key, value);
}

static HsObject *dictiter_iternext(HsObject *op) {
    DictIterObject *di = (DictIterObject *)op;
    HsObject *key, *value;
    if (dictiter_advance(di, &key, &value) <= 0) {
        return NULL;
    }
    switch (iter_kind(Hs_TYPE(op))) {
    case KIND_KEYS:
        return Hs_NewRef(key);
    case KIND_VALUES:
        return Hs_NewRef(value);
    default:
        return item_result(di, key, value);
    }
}

static HsObject *dictiter_len(HsObject *op, HsObject *unused) {
    (void)unused;
    DictIterObject *di = (DictIterObject *)op;
    Hs_ssize_t len = 0;
    if (di->di_dict != NULL && di->di_used == HsDict_Size(di->di_dict)) {
        len = di->len;
    }
    return HsLong_FromSsize_t(len);
}

static HsMethodDef dictiter_methods[] = {
    {"__length_hint__", HS_CFUNC(dictiter_len), HS_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

#define DICTITER_TYPE(cname, pyname)                                                               \
    HsTypeObject cname = {                                                                         \
        .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),                                         \
        .tp_name = pyname,                                                                         \
        .tp_basicsize = sizeof(DictIterObject),                                                    \
        .tp_dealloc = dictiter_dealloc,                                                            \
        .tp_flags = HS_TPFLAGS_HAVE_GC,                                                            \
        .tp_traverse = dictiter_traverse,                                                          \
        .tp_iter = dictiter_self,                                                                  \
        .tp_iternext = dictiter_iternext,                                                          \
        .tp_methods = dictiter_methods,                                                            \
    }

DICTITER_TYPE(HsDictIterKey_Type, "dict_keyiterator");
DICTITER_TYPE(HsDictIterValue_Type, "dict_valueiterator");
DICTITER_TYPE(HsDictIterItem_Type, "dict_itemiterator");
DICTITER_TYPE(HsDictRevIterKey_Type, "dict_reversekeyiterator");
DICTITER_TYPE(HsDictRevIterValue_Type, "dict_reversevalueiterator");
DICTITER_TYPE(HsDictRevIterItem_Type, "dict_reverseitemiterator");

/* ==== views: size, iteration, membership, repr ==== */

static HsObject *view_dict(HsObject *view) {
    return ((DictViewObject *)view)->dv_dict;
}

static void dictview_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    Hs_XDECREF(view_dict(op));
    hs_gc_free(op);
}

static int dictview_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    return visit(view_dict(op), arg);
}

static Hs_ssize_t dictview_len(HsObject *op) {
    return HsDict_Size(view_dict(op));
}

static HsTypeObject *view_iter_type(HsObject *view, int reversed) {
    if (HsObject_TypeCheck(view, &HsDictKeys_Type)) { /* subtypes: OrderedDict's views */
        return reversed ? &HsDictRevIterKey_Type : &HsDictIterKey_Type;
    }
    if (HsObject_TypeCheck(view, &HsDictValues_Type)) {
        return reversed ? &HsDictRevIterValue_Type : &HsDictIterValue_Type;
    }
    return reversed ? &HsDictRevIterItem_Type : &HsDictIterItem_Type;
}

static HsObject *dictview_iter(HsObject *op) {
    return hs_dictiter_new(view_dict(op), view_iter_type(op, 0));
}

static HsObject *dictview_reversed(HsObject *op, HsObject *unused) {
    (void)unused;
    return hs_dictiter_new(view_dict(op), view_iter_type(op, 1));
}

static int dictkeys_contains(HsObject *op, HsObject *key) {
    return HsDict_Contains(view_dict(op), key);
}

/* (key, value) in d.items(). CPython: dictitems_contains. */
static int dictitems_contains(HsObject *op, HsObject *obj) {
    if (!HsTuple_Check(obj) || Hs_SIZE(obj) != 2) {
        return 0;
    }
    HsObject *found = HsDict_GetItemWithError(view_dict(op), HS_TUPLE_GET(obj, 0));
    if (found == NULL) {
        return HsErr_Occurred() ? -1 : 0;
    }
    Hs_INCREF(found);
    int r = HsObject_RichCompareBool(found, HS_TUPLE_GET(obj, 1), HS_EQ);
    Hs_DECREF(found);
    return r;
}

/* "dict_keys([1, 2])"; "..." for a view already being repr'd. CPython: dictview_repr. */
static HsObject *dictview_repr(HsObject *op) {
    int rc = hs_repr_enter(op);
    if (rc != 0) {
        return rc > 0 ? HsUnicode_FromString("...") : NULL;
    }
    HsStrWriter w;
    hs_str_writer_init(&w);
    HsObject *it = NULL, *x;
    if (hs_str_writer_ascii(&w, Hs_TYPE(op)->tp_name) < 0 || hs_str_writer_ascii(&w, "([") < 0 ||
        HsEnter_RecursiveCall(" while getting the repr of an object") < 0) {
        goto error;
    }
    it = HsObject_GetIter(op);
    for (int first = 1; it != NULL && (x = HsIter_Next(it)) != NULL; first = 0) {
        HsObject *s = HsObject_Repr(x);
        Hs_DECREF(x);
        int bad = s == NULL || (!first && hs_str_writer_ascii(&w, ", ") < 0) ||
                  hs_str_writer_str(&w, s) < 0;
        Hs_XDECREF(s);
        if (bad) {
            break;
        }
    }
    HsLeave_RecursiveCall();
    if (HsErr_Occurred() || hs_str_writer_ascii(&w, "])") < 0) {
        goto error;
    }
    Hs_DECREF(it);
    hs_repr_leave(op);
    return hs_str_writer_finish(&w);
error:
    Hs_XDECREF(it);
    hs_str_writer_discard(&w);
    hs_repr_leave(op);
    return NULL;
}

/* ==== views: set operations and comparisons ==== */

static int is_viewset(HsObject *op) {
    return HsObject_TypeCheck(op, &HsDictKeys_Type) || HsObject_TypeCheck(op, &HsDictItems_Type);
}

/* Return: new reference to set(self); a keys view of an exact dict gives set(dict), which
 * presizes as CPython's does. CPython: dictviews_to_set. */
static HsObject *dictviews_to_set(HsObject *self) {
    HsObject *left = self;
    if (Hs_TYPE(self) == &HsDictKeys_Type && HsDict_CheckExact(view_dict(self))) {
        left = view_dict(self);
    }
    return HsSet_New(left);
}

/* result.<method>(other) on a set made from 'self'. Return: new reference. */
static HsObject *set_then(HsObject *self, const char *method, HsObject *other) {
    HsObject *result = dictviews_to_set(self);
    if (result == NULL) {
        return NULL;
    }
    HsObject *name = HsUnicode_InternFromString(method);
    HsObject *tmp = name != NULL ? HsObject_CallMethodOneArg(result, name, other) : NULL;
    Hs_XDECREF(name);
    if (tmp == NULL) {
        Hs_DECREF(result);
        return NULL;
    }
    Hs_DECREF(tmp);
    return result;
}

static HsObject *dictviews_sub(HsObject *self, HsObject *other) {
    return set_then(self, "difference_update", other);
}

/* d1.items() ^ d2.items(): pairs of d2 not equal in d1, then what is left of d1.
 * CPython: dictitems_xor. Return: new reference. */
static HsObject *dictitems_xor(HsObject *self, HsObject *other) {
    HsObject *d2 = view_dict(other);
    HsObject *temp = HsDict_Copy(view_dict(self)), *result = HsSet_New(NULL);
    if (temp == NULL || result == NULL) {
        goto error;
    }
    for (Hs_ssize_t i = 0; i < hs_dict_nentries(d2); i++) {
        HsObject *key, *val2;
        Hs_ssize_t hash;
        if (!hs_dict_entry(d2, i, &key, &val2, &hash)) {
            continue;
        }
        Hs_INCREF(key);
        Hs_INCREF(val2);
        HsObject *val1 = Hs_XNewRef(hs_dict_getitem_known_hash(temp, key, hash));
        int to_delete = 0, r = 0;
        if (val1 == NULL) {
            r = HsErr_Occurred() ? -1 : 0;
        } else {
            to_delete = HsObject_RichCompareBool(val1, val2, HS_EQ);
            r = to_delete < 0 ? -1 : 0;
        }
        if (r == 0 && to_delete) {
            r = HsDict_DelItem(temp, key);
        } else if (r == 0) {
            HsObject *pair = HsTuple_Pack(2, key, val2);
            r = pair != NULL ? HsSet_Add(result, pair) : -1;
            Hs_XDECREF(pair);
        }
        Hs_DECREF(key);
        Hs_XDECREF(val1);
        Hs_DECREF(val2);
        if (r < 0) {
            goto error;
        }
    }
    HsObject *remaining = hs_dictview_new(temp, &HsDictItems_Type);
    if (remaining == NULL || hs_set_update(result, remaining) < 0) {
        Hs_XDECREF(remaining);
        goto error;
    }
    Hs_DECREF(remaining);
    Hs_DECREF(temp);
    return result;
error:
    Hs_XDECREF(temp);
    Hs_XDECREF(result);
    return NULL;
}

static HsObject *dictviews_xor(HsObject *self, HsObject *other) {
    if (Hs_TYPE(self) == &HsDictItems_Type && Hs_TYPE(other) == &HsDictItems_Type) {
        return dictitems_xor(self, other);
    }
    return set_then(self, "symmetric_difference_update", other);
}

static HsObject *dictviews_or(HsObject *self, HsObject *other) {
    HsObject *result = dictviews_to_set(self);
    if (result != NULL && hs_set_update(result, other) < 0) {
        Hs_CLEAR(result);
    }
    return result;
}

/* CPython: _PyDictView_Intersect. The view may be either operand. */
static HsObject *dictviews_and(HsObject *self, HsObject *other) {
    if (!is_viewset(self)) {
        HsObject *tmp = other;
        other = self;
        self = tmp;
    }
    Hs_ssize_t len_self = dictview_len(self);
    if (HsSet_CheckExact(other) && len_self <= HsSet_Size(other)) {
        HsObject *name = HsUnicode_InternFromString("intersection");
        HsObject *r = name != NULL ? HsObject_CallMethodOneArg(other, name, self) : NULL;
        Hs_XDECREF(name);
        return r;
    }
    if (is_viewset(other) && dictview_len(other) > len_self) {
        HsObject *tmp = other;
        other = self;
        self = tmp;
    }
    int (*contains)(HsObject *, HsObject *) =
        HsObject_TypeCheck(self, &HsDictKeys_Type) ? dictkeys_contains : dictitems_contains;
    HsObject *result = HsSet_New(NULL), *it = NULL, *key;
    if (result == NULL || (it = HsObject_GetIter(other)) == NULL) {
        Hs_XDECREF(result);
        return NULL;
    }
    while ((key = HsIter_Next(it)) != NULL) {
        int rv = contains(self, key);
        if (rv > 0) {
            rv = HsSet_Add(result, key);
        }
        Hs_DECREF(key);
        if (rv < 0) {
            break;
        }
    }
    Hs_DECREF(it);
    if (HsErr_Occurred()) {
        Hs_DECREF(result);
        return NULL;
    }
    return result;
}

/* Every element of 'self' is in 'other': 1, 0 or -1. CPython: all_contained_in. */
static int all_contained_in(HsObject *self, HsObject *other) {
    HsObject *it = HsObject_GetIter(self), *next;
    if (it == NULL) {
        return -1;
    }
    int ok = 1;
    while (ok > 0 && (next = HsIter_Next(it)) != NULL) {
        ok = HsSequence_Contains(other, next);
        Hs_DECREF(next);
    }
    Hs_DECREF(it);
    return ok > 0 && HsErr_Occurred() ? -1 : ok;
}

/* CPython: dictview_richcompare. Views compare with sets and other keys/items views. */
static HsObject *dictview_richcompare(HsObject *self, HsObject *other, int op) {
    if (!HsAnySet_Check(other) && !is_viewset(other)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    Hs_ssize_t len_self = HsObject_Size(self), len_other;
    if (len_self < 0 || (len_other = HsObject_Size(other)) < 0) {
        return NULL;
    }
    int ok = 0;
    switch (op) {
    case HS_NE:
    case HS_EQ:
        if (len_self == len_other) {
            ok = all_contained_in(self, other);
        }
        if (op == HS_NE && ok >= 0) {
            ok = !ok;
        }
        break;
    case HS_LT:
        ok = len_self < len_other ? all_contained_in(self, other) : 0;
        break;
    case HS_LE:
        ok = len_self <= len_other ? all_contained_in(self, other) : 0;
        break;
    case HS_GT:
        ok = len_self > len_other ? all_contained_in(other, self) : 0;
        break;
    case HS_GE:
        ok = len_self >= len_other ? all_contained_in(other, self) : 0;
        break;
    }
    return ok < 0 ? NULL : HsBool_FromLong(ok);
}

/* CPython: dictviews_isdisjoint. */
static HsObject *dictviews_isdisjoint(HsObject *self, HsObject *other) {
    if (self == other) {
        return HsBool_FromLong(dictview_len(self) == 0);
    }
    if (HsAnySet_Check(other) || is_viewset(other)) {
        Hs_ssize_t len_other = HsObject_Size(other);
        if (len_other == -1) {
            return NULL;
        }
        if (len_other > dictview_len(self)) {
            HsObject *tmp = other;
            other = self;
            self = tmp;
        }
    }
    HsObject *it = HsObject_GetIter(other), *item;
    if (it == NULL) {
        return NULL;
    }
    while ((item = HsIter_Next(it)) != NULL) {
        int contains = HsSequence_Contains(self, item);
        Hs_DECREF(item);
        if (contains != 0) {
            Hs_DECREF(it);
            return contains < 0 ? NULL : HsBool_FromLong(0);
        }
    }
    Hs_DECREF(it);
    return HsErr_Occurred() ? NULL : HsBool_FromLong(1);
}

/* ==== view types ==== */

static HsNumberMethods dictviews_as_number = {
    .nb_subtract = dictviews_sub,
    .nb_and = dictviews_and,
    .nb_xor = dictviews_xor,
    .nb_or = dictviews_or,
};

static HsSequenceMethods dictkeys_as_sequence = {
    .sq_length = dictview_len,
    .sq_contains = dictkeys_contains,
};

static HsSequenceMethods dictitems_as_sequence = {
    .sq_length = dictview_len,
    .sq_contains = dictitems_contains,
};

static HsSequenceMethods dictvalues_as_sequence = {
    .sq_length = dictview_len,
};

static HsMethodDef dictkeys_methods[] = {
    {"isdisjoint", HS_CFUNC(dictviews_isdisjoint), HS_METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", HS_CFUNC(dictview_reversed), HS_METH_NOARGS,
     "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};

static HsMethodDef dictitems_methods[] = {
    {"isdisjoint", HS_CFUNC(dictviews_isdisjoint), HS_METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", HS_CFUNC(dictview_reversed), HS_METH_NOARGS,
     "Return a reverse iterator over the dict items."},
    {NULL, NULL, 0, NULL},
};

static HsMethodDef dictvalues_methods[] = {
    {"__reversed__", HS_CFUNC(dictview_reversed), HS_METH_NOARGS,
     "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, NULL},
};

/* view.mapping: a read-only proxy of the dict (3.10+). */
static HsObject *dictview_mapping(HsObject *op, void *closure) {
    (void)closure;
    return HsDictProxy_New(((DictViewObject *)op)->dv_dict);
}

static HsGetSetDef dictview_getset[] = {
    {"mapping", dictview_mapping, NULL, "dictionary that this view refers to", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

HsTypeObject HsDictKeys_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "dict_keys",
    .tp_basicsize = sizeof(DictViewObject),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_number = &dictviews_as_number,
    .tp_as_sequence = &dictkeys_as_sequence,
    .tp_hash = HsObject_HashNotImplemented,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = dictview_iter,
    .tp_methods = dictkeys_methods,
    .tp_getset = dictview_getset,
};

HsTypeObject HsDictItems_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "dict_items",
    .tp_basicsize = sizeof(DictViewObject),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_number = &dictviews_as_number,
    .tp_as_sequence = &dictitems_as_sequence,
    .tp_hash = HsObject_HashNotImplemented,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = dictview_iter,
    .tp_methods = dictitems_methods,
    .tp_getset = dictview_getset,
};

HsTypeObject HsDictValues_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "dict_values",
    .tp_basicsize = sizeof(DictViewObject),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_sequence = &dictvalues_as_sequence,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_iter = dictview_iter,
    .tp_methods = dictvalues_methods,
    .tp_getset = dictview_getset,
};

/* ==== internal API ==== */

HsObject *hs_dictiter_new(HsObject *d, HsTypeObject *type) {
    DictIterObject *di = (DictIterObject *)hs_gc_alloc(type, sizeof(DictIterObject));
    if (di == NULL) {
        return HsErr_NoMemory();
    }
    di->di_dict = Hs_NewRef(d);
    di->di_used = HsDict_Size(d);
    di->len = di->di_used;
    di->di_pos = is_reversed(type) ? hs_dict_nentries(d) - 1 : 0;
    di->di_result = NULL;
    if (iter_kind(type) == KIND_ITEMS) {
        di->di_result = HsTuple_Pack(2, Hs_None, Hs_None);
        if (di->di_result == NULL) {
            Hs_DECREF(di);
            return NULL;
        }
    }
    hs_gc_track((HsObject *)di);
    return (HsObject *)di;
}

HsObject *hs_dictview_new(HsObject *d, HsTypeObject *type) {
    DictViewObject *dv = (DictViewObject *)hs_gc_alloc(type, sizeof(DictViewObject));
    if (dv == NULL) {
        return HsErr_NoMemory();
    }
    dv->dv_dict = Hs_NewRef(d);
    hs_gc_track((HsObject *)dv);
    return (HsObject *)dv;
}
