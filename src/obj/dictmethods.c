/* The dict's Python-facing behaviour (CPython 3.11: Objects/dictobject.c): d[k], d[k] = v,
 * del d[k], `in`, repr, == / !=, iteration, the methods (keys, values, items, get,
 * setdefault, pop, popitem, clear, copy, update, fromkeys, __reversed__, __sizeof__,
 * __contains__, __getitem__), | and |=, and the constructor's __init__.
 * The table itself is in dictobject.c; views and iterators in dictviews.c.
 * Each method has CPython's calling convention, so wrong calls get CPython's messages:
 * get/pop/setdefault/fromkeys are positional-only FASTCALL ("get expected at least 1
 * argument, got 0"), update is VARARGS|KEYWORDS, the rest NOARGS or O.
 * Arguments are borrowed; functions returning HsObject* return a new reference, or NULL
 * with an exception set. See docs/internals/dict.md. */
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "hs/abstract.h"
#include "hs/ceval.h"
#include "hs/errors.h"

#include <string.h>

/* ==== static helpers ==== */

/* KeyError(key), with a tuple key wrapped so it is not taken as the args. */
static void set_key_error(HsObject *key) {
    HsObject *args = HsTuple_Pack(1, key);
    if (args != NULL) {
        HsErr_SetObject(HsExc_KeyError, args);
        Hs_DECREF(args);
    }
}

/* Return: new reference to a tuple of the items of 'item' (a tuple is returned as is);
 * TypeError from iter() when it is not iterable. CPython: PySequence_Fast. */
static HsObject *as_tuple(HsObject *item) {
    if (HsTuple_CheckExact(item)) {
        return Hs_NewRef(item);
    }
    HsObject *it = HsObject_GetIter(item);
    if (it == NULL) {
        return NULL;
    }
    HsObject *buf[4], **items = buf, *x;
    Hs_ssize_t n = 0, cap = 4;
    while ((x = HsIter_Next(it)) != NULL) {
        if (n == cap) {
            HsObject **bigger = hs_mem_malloc((size_t)cap * 2 * sizeof(HsObject *));
            if (bigger == NULL) {
                Hs_DECREF(x);
                HsErr_NoMemory();
                break;
            }
            memcpy(bigger, items, (size_t)n * sizeof(HsObject *));
            if (items != buf) {
                hs_mem_free(items);
            }
            items = bigger;
            cap *= 2;
        }
        items[n++] = x;
    }
    Hs_DECREF(it);
    HsObject *result = HsErr_Occurred() ? NULL : HsTuple_FromArray(items, n);
    for (Hs_ssize_t i = 0; i < n; i++) {
        Hs_DECREF(items[i]);
    }
    if (items != buf) {
        hs_mem_free(items);
    }
    return result;
}

/* Insert each (key, value) pair of the iterable 'seq2'. CPython: PyDict_MergeFromSeq2. */
static int merge_from_seq2(HsObject *d, HsObject *seq2) {
    HsObject *it = HsObject_GetIter(seq2), *item;
    if (it == NULL) {
        return -1;
    }
    for (Hs_ssize_t i = 0;; i++) {
        if ((item = HsIter_Next(it)) == NULL) {
            break;
        }
        HsObject *fast = as_tuple(item);
        Hs_DECREF(item);
        if (fast == NULL) {
            if (HsErr_ExceptionMatches(HsExc_TypeError)) {
                HsErr_Clear();
                HsErr_Format(HsExc_TypeError,
                             "cannot convert dictionary update sequence element #%zd to a "
                             "sequence",
                             i);
            }
            break;
        }
        int r = 0;
        if (Hs_SIZE(fast) != 2) {
            HsErr_Format(HsExc_ValueError,
                         "dictionary update sequence element #%zd has length %zd; 2 is required", i,
                         Hs_SIZE(fast));
            r = -1;
        } else {
            HsObject *key = Hs_NewRef(HS_TUPLE_GET(fast, 0));
            HsObject *value = Hs_NewRef(HS_TUPLE_GET(fast, 1));
            r = HsDict_SetItem(d, key, value);
            Hs_DECREF(key);
            Hs_DECREF(value);
        }
        Hs_DECREF(fast);
        if (r < 0) {
            break;
        }
    }
    Hs_DECREF(it);
    return HsErr_Occurred() ? -1 : 0;
}

/* Merge a mapping that is not an exact dict: for k in b.keys(): d[k] = b[k].
 * CPython: dict_merge's generic path (PyMapping_Keys, then PyObject_GetItem). */
static int merge_mapping(HsObject *d, HsObject *b) {
    HsObject *name = HsUnicode_InternFromString("keys");
    HsObject *keys = name != NULL ? HsObject_CallMethodNoArgs(b, name) : NULL;
    Hs_XDECREF(name);
    if (keys == NULL) {
        return -1;
    }
    HsObject *it = HsObject_GetIter(keys), *key;
    if (it == NULL) {
        if (HsErr_ExceptionMatches(HsExc_TypeError)) {
            HsErr_Clear();
            HsErr_Format(HsExc_TypeError, "%.200s.keys() returned a non-iterable (type %.200s)",
                         Hs_TYPE(b)->tp_name, Hs_TYPE(keys)->tp_name);
        }
        Hs_DECREF(keys);
        return -1;
    }
    Hs_DECREF(keys);
    while ((key = HsIter_Next(it)) != NULL) {
        HsObject *value = HsObject_GetItem(b, key);
        int r = value != NULL ? HsDict_SetItem(d, key, value) : -1;
        Hs_XDECREF(value);
        Hs_DECREF(key);
        if (r < 0) {
            break;
        }
    }
    Hs_DECREF(it);
    return HsErr_Occurred() ? -1 : 0;
}

/* Insert the keyword arguments (a dict) into 'd'. */
static int merge_kwargs(HsObject *d, HsObject *kwds) {
    return kwds != NULL && HsDict_Size(kwds) > 0 ? HsDict_Merge(d, kwds, 1) : 0;
}

/* CPython: dict_update_common: ([arg], **kwds) for update() and __init__. */
static int update_common(HsObject *self, HsObject *args, HsObject *kwds, const char *name) {
    if (hs_arg_check_positional(name, Hs_SIZE(args), 0, 1) < 0) {
        return -1;
    }
    if (Hs_SIZE(args) == 1 && hs_dict_update_arg(self, HS_TUPLE_GET(args, 0)) < 0) {
        return -1;
    }
    return merge_kwargs(self, kwds);
}

/* ==== mapping and sequence slots ==== */

static int dict_contains_slot(HsObject *d, HsObject *key) {
    return HsDict_Contains(d, key);
}

HsSequenceMethods hs_dict_as_sequence = {
    .sq_contains = dict_contains_slot,
};

/* ==== the | and |= operators (PEP 584) ==== */

static HsObject *dict_or(HsObject *self, HsObject *other) {
    if (!HsDict_Check(self) || !HsDict_Check(other)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    HsObject *result = HsDict_Copy(self);
    if (result != NULL && hs_dict_update_arg(result, other) < 0) {
        Hs_CLEAR(result);
    }
    return result;
}

static HsObject *dict_ior(HsObject *self, HsObject *other) {
    if (hs_dict_update_arg(self, other) < 0) {
        return NULL;
    }
    return Hs_NewRef(self);
}

HsNumberMethods hs_dict_as_number = {
    .nb_or = dict_or,
    .nb_inplace_or = dict_ior,
};

/* ==== methods ==== */

static HsObject *dict_getitem_meth(HsObject *d, HsObject *key) {
    return hs_dict_subscript(d, key);
}

static HsObject *dict_contains_meth(HsObject *d, HsObject *key) {
    int r = HsDict_Contains(d, key);
    return r < 0 ? NULL : HsBool_FromLong(r);
}

static HsObject *dict_sizeof_meth(HsObject *d, HsObject *unused) {
    (void)unused;
    return HsLong_FromSsize_t(hs_dict_sizeof(d));
}

/* dict.get(key, default=None, /). */
static HsObject *dict_get(HsObject *d, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("get", nargs, 1, 2) < 0) {
        return NULL;
    }
    HsObject *v = HsDict_GetItemWithError(d, args[0]);
    if (v == NULL && HsErr_Occurred()) {
        return NULL;
    }
    if (v == NULL) {
        v = nargs > 1 ? args[1] : Hs_None;
    }
    return Hs_NewRef(v);
}

/* dict.setdefault(key, default=None, /). */
static HsObject *dict_setdefault(HsObject *d, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("setdefault", nargs, 1, 2) < 0) {
        return NULL;
    }
    HsObject *v = HsDict_GetItemWithError(d, args[0]);
    if (v != NULL) {
        return Hs_NewRef(v);
    }
    if (HsErr_Occurred()) {
        return NULL;
    }
    HsObject *dflt = nargs > 1 ? args[1] : Hs_None;
    if (HsDict_SetItem(d, args[0], dflt) < 0) {
        return NULL;
    }
    return Hs_NewRef(dflt);
}

/* dict.pop(key, default=<unrepresentable>, /). */
static HsObject *dict_pop(HsObject *d, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("pop", nargs, 1, 2) < 0) {
        return NULL;
    }
    HsObject *v = hs_dict_pop(d, args[0]);
    if (v != NULL || HsErr_Occurred()) {
        return v;
    }
    if (nargs > 1) {
        return Hs_NewRef(args[1]);
    }
    set_key_error(args[0]);
    return NULL;
}

static HsObject *dict_popitem(HsObject *d, HsObject *unused) {
    (void)unused;
    HsObject *res = HsTuple_New(2); /* first, so a failure leaves the dict alone */
    if (res == NULL) {
        return NULL;
    }
    HsObject *key, *value;
    if (!hs_dict_popitem(d, &key, &value)) {
        Hs_DECREF(res);
        HsErr_SetString(HsExc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    HS_TUPLE_SET(res, 0, key);
    HS_TUPLE_SET(res, 1, value);
    return res;
}

static HsObject *dict_keys(HsObject *d, HsObject *unused) {
    (void)unused;
    return hs_dictview_new(d, &HsDictKeys_Type);
}

static HsObject *dict_values(HsObject *d, HsObject *unused) {
    (void)unused;
    return hs_dictview_new(d, &HsDictValues_Type);
}

static HsObject *dict_items(HsObject *d, HsObject *unused) {
    (void)unused;
    return hs_dictview_new(d, &HsDictItems_Type);
}

static HsObject *dict_clear(HsObject *d, HsObject *unused) {
    (void)unused;
    HsDict_Clear(d);
    Hs_RETURN_NONE;
}

static HsObject *dict_copy(HsObject *d, HsObject *unused) {
    (void)unused;
    return HsDict_Copy(d);
}

static HsObject *dict_update(HsObject *self, HsObject *args, HsObject *kwds) {
    if (update_common(self, args, kwds, "update") < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

static HsObject *dict_reversed(HsObject *d, HsObject *unused) {
    (void)unused;
    return hs_dictiter_new(d, &HsDictRevIterKey_Type);
}

/* Presized fill of the fresh exact dict 'd' from a dict or set (CPython: _PyDict_FromKeys
 * fast paths). Returns 1 done, 0 not applicable, -1 error. */
static int fromkeys_fast(HsObject *d, HsObject *iterable, HsObject *value) {
    if (!HsDict_CheckExact(d)) {
        return 0;
    }
    HsObject *key, *v;
    Hs_ssize_t pos = 0, hash;
    if (HsDict_CheckExact(iterable)) {
        if (hs_dict_presize(d, HsDict_Size(iterable), iterable) < 0) {
            return -1;
        }
        for (Hs_ssize_t i = 0; i < hs_dict_nentries(iterable); i++) {
            if (hs_dict_entry(iterable, i, &key, &v, &hash) &&
                hs_dict_setitem_known_hash(d, key, hash, value) < 0) {
                return -1;
            }
        }
        return 1;
    }
    if (HsAnySet_CheckExact(iterable)) {
        if (hs_dict_presize(d, HsSet_Size(iterable), NULL) < 0) {
            return -1;
        }
        while (hs_set_next_entry(iterable, &pos, &key, &hash)) {
            if (hs_dict_setitem_known_hash(d, key, hash, value) < 0) {
                return -1;
            }
        }
        return 1;
    }
    return 0;
}

/* d[key] = value through the mapping slot (HsObject_SetItem is not there yet). */
static int set_item(HsObject *d, HsObject *key, HsObject *value) {
    HsMappingMethods *mp = Hs_TYPE(d)->tp_as_mapping;
    if (mp == NULL || mp->mp_ass_subscript == NULL) {
        HsErr_Format(HsExc_TypeError, "'%.200s' object does not support item assignment",
                     Hs_TYPE(d)->tp_name);
        return -1;
    }
    return mp->mp_ass_subscript(d, key, value);
}

/* dict.fromkeys(iterable, value=None, /), a classmethod. CPython: _PyDict_FromKeys. */
static HsObject *dict_fromkeys(HsObject *cls, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("fromkeys", nargs, 1, 2) < 0) {
        return NULL;
    }
    HsObject *iterable = args[0], *value = nargs > 1 ? args[1] : Hs_None;
    HsObject *d = HsObject_CallNoArgs(cls);
    if (d == NULL) {
        return NULL;
    }
    int fast = fromkeys_fast(d, iterable, value);
    if (fast != 0) {
        if (fast < 0) {
            Hs_CLEAR(d);
        }
        return d;
    }
    HsObject *it = HsObject_GetIter(iterable), *key;
    if (it == NULL) {
        Hs_DECREF(d);
        return NULL;
    }
    while ((key = HsIter_Next(it)) != NULL) {
        int r = set_item(d, key, value);
        Hs_DECREF(key);
        if (r < 0) {
            break;
        }
    }
    Hs_DECREF(it);
    if (HsErr_Occurred()) {
        Hs_CLEAR(d);
    }
    return d;
}

#define M(name, fn, flags, doc)                                                                    \
    { name, HS_CFUNC(fn), flags, doc }
HsMethodDef hs_dict_methods[] = {
    M("__contains__", dict_contains_meth, HS_METH_O | HS_METH_COEXIST,
      "True if the dictionary has the specified key, else False."),
    M("__getitem__", dict_getitem_meth, HS_METH_O | HS_METH_COEXIST, "x.__getitem__(y) <==> x[y]"),
    M("__sizeof__", dict_sizeof_meth, HS_METH_NOARGS,
      "D.__sizeof__() -> size of D in memory, in bytes"),
    M("get", dict_get, HS_METH_FASTCALL,
      "Return the value for key if key is in the dictionary, else default."),
    M("setdefault", dict_setdefault, HS_METH_FASTCALL,
      "Insert key with a value of default if key is not in the dictionary."),
    M("pop", dict_pop, HS_METH_FASTCALL,
      "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."),
    M("popitem", dict_popitem, HS_METH_NOARGS,
      "Remove and return a (key, value) pair as a 2-tuple."),
    M("keys", dict_keys, HS_METH_NOARGS,
      "D.keys() -> a set-like object providing a view on D's keys"),
    M("items", dict_items, HS_METH_NOARGS,
      "D.items() -> a set-like object providing a view on D's items"),
    M("values", dict_values, HS_METH_NOARGS,
      "D.values() -> an object providing a view on D's values"),
    M("update", dict_update, HS_METH_VARARGS | HS_METH_KEYWORDS,
      "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."),
    M("fromkeys", dict_fromkeys, HS_METH_FASTCALL | HS_METH_CLASS,
      "Create a new dictionary with keys from iterable and values set to value."),
    M("clear", dict_clear, HS_METH_NOARGS, "D.clear() -> None.  Remove all items from D."),
    M("copy", dict_copy, HS_METH_NOARGS, "D.copy() -> a shallow copy of D"),
    M("__reversed__", dict_reversed, HS_METH_NOARGS,
      "Return a reverse iterator over the dict keys."),
    {NULL, NULL, 0, NULL},
};
#undef M

/* ==== internal API ==== */

/* A subclass's __missing__(key), looked up on the type and bound as special methods are
 * (CPython: _PyObject_LookupSpecial in dict_subscript). Return: new reference; NULL
 * without an exception when the type has no __missing__. */
static HsObject *call_missing(HsObject *d, HsObject *key) {
    HsObject *name = HsUnicode_InternFromString("__missing__");
    if (name == NULL) {
        return NULL;
    }
    HsObject *missing = hs_type_lookup(Hs_TYPE(d), name);
    Hs_DECREF(name);
    if (missing == NULL) {
        return NULL;
    }
    hs_descrgetfunc get = Hs_TYPE(missing)->tp_descr_get;
    HsObject *bound = get != NULL ? get(missing, d, (HsObject *)Hs_TYPE(d)) : Hs_NewRef(missing);
    if (bound == NULL) {
        return NULL;
    }
    HsObject *r = HsObject_CallOneArg(bound, key);
    Hs_DECREF(bound);
    return r;
}

HsObject *hs_dict_subscript(HsObject *d, HsObject *key) {
    HsObject *v = HsDict_GetItemWithError(d, key);
    if (v != NULL) {
        return Hs_NewRef(v);
    }
    if (HsErr_Occurred()) {
        return NULL;
    }
    if (!HsDict_CheckExact(d)) {
        v = call_missing(d, key);
        if (v != NULL || HsErr_Occurred()) {
            return v;
        }
    }
    set_key_error(key);
    return NULL;
}

int hs_dict_ass_subscript(HsObject *d, HsObject *key, HsObject *value) {
    return value == NULL ? HsDict_DelItem(d, key) : HsDict_SetItem(d, key, value);
}

/* "{'a': 1}", "{}" and "{...}" for a dict already being repr'd. CPython: dict_repr. */
HsObject *hs_dict_repr(HsObject *d) {
    int rc = hs_repr_enter(d);
    if (rc != 0) {
        return rc > 0 ? HsUnicode_FromString("{...}") : NULL;
    }
    if (HsDict_Size(d) == 0) {
        hs_repr_leave(d);
        return HsUnicode_FromString("{}");
    }
    HsStrWriter w;
    hs_str_writer_init(&w);
    if (hs_str_writer_ascii(&w, "{") < 0) {
        goto error;
    }
    Hs_ssize_t pos = 0;
    HsObject *key, *value;
    int bad = 0;
    for (int first = 1; !bad && HsDict_Next(d, &pos, &key, &value); first = 0) {
        Hs_INCREF(key); /* a repr may change the dict */
        Hs_INCREF(value);
        HsObject *ks = HsObject_Repr(key), *vs = ks != NULL ? HsObject_Repr(value) : NULL;
        bad = vs == NULL || (!first && hs_str_writer_ascii(&w, ", ") < 0) ||
              hs_str_writer_str(&w, ks) < 0 || hs_str_writer_ascii(&w, ": ") < 0 ||
              hs_str_writer_str(&w, vs) < 0;
        Hs_XDECREF(ks);
        Hs_XDECREF(vs);
        Hs_DECREF(key);
        Hs_DECREF(value);
    }
    if (bad || hs_str_writer_ascii(&w, "}") < 0) {
        goto error;
    }
    hs_repr_leave(d);
    return hs_str_writer_finish(&w);
error:
    hs_str_writer_discard(&w);
    hs_repr_leave(d);
    return NULL;
}

/* 1 if a and b hold equal items, 0 if not, -1 on error. CPython: dict_equal. */
static int dict_equal(HsObject *a, HsObject *b) {
    if (HsDict_Size(a) != HsDict_Size(b)) {
        return 0;
    }
    for (Hs_ssize_t i = 0; i < hs_dict_nentries(a); i++) {
        HsObject *key, *aval;
        Hs_ssize_t hash;
        if (!hs_dict_entry(a, i, &key, &aval, &hash)) {
            continue;
        }
        Hs_INCREF(aval); /* the comparison may change either dict */
        Hs_INCREF(key);
        HsObject *bval = hs_dict_getitem_known_hash(b, key, hash);
        if (bval == NULL) {
            Hs_DECREF(key);
            Hs_DECREF(aval);
            return HsErr_Occurred() ? -1 : 0;
        }
        Hs_INCREF(bval);
        int cmp = HsObject_RichCompareBool(aval, bval, HS_EQ);
        Hs_DECREF(key);
        Hs_DECREF(aval);
        Hs_DECREF(bval);
        if (cmp <= 0) {
            return cmp;
        }
    }
    return 1;
}

HsObject *hs_dict_richcompare(HsObject *a, HsObject *b, int op) {
    if (!HsDict_Check(a) || !HsDict_Check(b) || (op != HS_EQ && op != HS_NE)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    int cmp = dict_equal(a, b);
    if (cmp < 0) {
        return NULL;
    }
    return HsBool_FromLong(cmp == (op == HS_EQ));
}

HsObject *hs_dict_iter(HsObject *d) {
    return hs_dictiter_new(d, &HsDictIterKey_Type);
}

int hs_dict_update_arg(HsObject *d, HsObject *arg) {
    if (HsDict_CheckExact(arg)) {
        return HsDict_Merge(d, arg, 1);
    }
    static HsObject *name_keys;
    HsObject *func = NULL;
    if (name_keys == NULL && hs_obj_static_name(&name_keys, "keys") == NULL) {
        return -1;
    }
    int r = HsObject_LookupAttr(arg, name_keys, &func);
    if (r < 0) {
        return -1;
    }
    if (func != NULL) {
        Hs_DECREF(func);
        return HsDict_Check(arg) && Hs_TYPE(arg)->tp_iter == hs_dict_iter ? HsDict_Merge(d, arg, 1)
                                                                          : merge_mapping(d, arg);
    }
    return merge_from_seq2(d, arg);
}

int hs_dict_init_slot(HsObject *self, HsObject *args, HsObject *kwds) {
    return update_common(self, args, kwds, "dict");
}
