/* collections.OrderedDict (CPython 3.11: Objects/odictobject.c), a static C subtype of dict.
 * Departure from CPython: no separate linked list of nodes. heapscope's dict already keeps
 * insertion order, and OrderedDict's order rules are the same (a new key goes last, a
 * replaced value keeps its place, a deleted key leaves), so the dict's entry order IS the
 * OrderedDict order. move_to_end(last=True) re-inserts the key; move_to_end(last=False)
 * rebuilds the table with the key first (O(n), where CPython is O(1)).
 * The struct keeps CPython's size (112 bytes, 128 with the GC head) and __sizeof__ follows
 * CPython's formula (dict + 8 bytes per table slot + 32 per node), so getsizeof matches until
 * a move_to_end or deletions make the two tables diverge.
 * Views are odict_keys / odict_values / odict_items, subtypes of the dict views.
 * Slots returning HsObject* return a new reference, or NULL with an exception; arguments are
 * borrowed.
 */
#include "internal/hs_modules.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>

/* ==== layout ==== */

typedef struct ODictObject {
    HsDictObject od_dict;
    void *od_reserved[6]; /* CPython's first/last node, fast-node table, sentinel, state */
    HsObject *od_inst_dict;
    HsObject *od_weakreflist;
} ODictObject;

#define ODICT_NODE_SIZE 32 /* CPython's _ODictNode: key, hash, next, prev */

/* ==== helpers ==== */

/* The key of the first item, or NULL if empty. Return: borrowed reference. */
static HsObject *first_key(HsObject *od) {
    HsObject *key, *value;
    for (Hs_ssize_t i = 0; i < hs_dict_nentries(od); i++) {
        if (hs_dict_entry(od, i, &key, &value, NULL)) {
            return key;
        }
    }
    return NULL;
}

/* The key of the last item, or NULL if empty. Return: borrowed reference. */
static HsObject *last_key(HsObject *od) {
    HsObject *key, *value;
    for (Hs_ssize_t i = hs_dict_nentries(od) - 1; i >= 0; i--) {
        if (hs_dict_entry(od, i, &key, &value, NULL)) {
            return key;
        }
    }
    return NULL;
}

/* The items as a list of (key, value) tuples, in order. Return: new reference. */
static HsObject *item_list(HsObject *od) {
    HsObject *list = HsList_New(0), *key, *value;
    if (list == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < hs_dict_nentries(od); i++) {
        if (!hs_dict_entry(od, i, &key, &value, NULL)) {
            continue;
        }
        HsObject *pair = HsTuple_Pack(2, key, value);
        if (pair == NULL || HsList_Append(list, pair) < 0) {
            Hs_XDECREF(pair);
            Hs_DECREF(list);
            return NULL;
        }
        Hs_DECREF(pair);
    }
    return list;
}

/* The key object stored in 'od' that equals 'key' (found by hash, then identity or ==).
 * Return: borrowed reference; NULL without an exception if absent, with one on error. */
static HsObject *stored_key(HsObject *od, HsObject *key) {
    Hs_ssize_t hash = HsObject_Hash(key), h;
    HsObject *k, *value;
    if (hash == -1) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < hs_dict_nentries(od); i++) {
        if (hs_dict_entry(od, i, &k, &value, &h) && h == hash) {
            int eq = k == key ? 1 : HsObject_RichCompareBool(k, key, HS_EQ);
            if (eq != 0) {
                return eq > 0 ? k : NULL;
            }
        }
    }
    return NULL;
}

/* Re-insert every item with the stored key 'key' first (move_to_end(key, last=False)).
 * Returns 0 or -1. */
static int move_to_front(HsObject *od, HsObject *key) {
    HsObject *items = item_list(od);
    if (items == NULL) {
        return -1;
    }
    HsDict_Clear(od);
    int rc = 0;
    Hs_ssize_t n = HsList_Size(items);
    for (int pass = 0; pass < 2 && rc == 0; pass++) {
        for (Hs_ssize_t i = 0; i < n && rc == 0; i++) {
            HsObject *pair = HsList_GetItem(items, i);
            int is_key = HS_TUPLE_GET(pair, 0) == key;
            if (is_key == (pass == 0)) {
                rc = HsDict_SetItem(od, HS_TUPLE_GET(pair, 0), HS_TUPLE_GET(pair, 1));
            }
        }
    }
    Hs_DECREF(items);
    return rc;
}

/* ==== methods ==== */

/* od.move_to_end(key, last=True). Return: new reference to None. */
static HsObject *odict_move_to_end(HsObject *od, HsObject *const *args, Hs_ssize_t nargs,
                                   HsObject *kwnames) {
    static const char *const kw[] = {"key", "last", NULL};
    static const HsArgParser parser = {"move_to_end", kw};
    HsObject *a[2] = {NULL, NULL};
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 2, 1, a) < 0) {
        return NULL;
    }
    int last = a[1] != NULL ? HsObject_IsTrue(a[1]) : 1;
    if (last < 0) {
        return NULL;
    }
    HsObject *key = stored_key(od, a[0]);
    if (key == NULL) {
        if (!HsErr_Occurred()) {
            HsErr_SetObject(HsExc_KeyError, a[0]);
        }
        return NULL;
    }
    Hs_INCREF(key);
    HsObject *end = last ? last_key(od) : first_key(od);
    int rc = 0;
    if (end != key) {
        if (last) {
            HsObject *value = hs_dict_pop(od, key);
            rc = value != NULL ? HsDict_SetItem(od, key, value) : -1;
            Hs_XDECREF(value);
        } else {
            rc = move_to_front(od, key);
        }
    }
    Hs_DECREF(key);
    return rc < 0 ? NULL : Hs_NewRef(Hs_None);
}

/* od.popitem(last=True): (key, value) from the end or the front. Return: new reference. */
static HsObject *odict_popitem(HsObject *od, HsObject *const *args, Hs_ssize_t nargs,
                               HsObject *kwnames) {
    static const char *const kw[] = {"last", NULL};
    static const HsArgParser parser = {"popitem", kw};
    HsObject *a[1] = {NULL};
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 1, 0, a) < 0) {
        return NULL;
    }
    int last = a[0] != NULL ? HsObject_IsTrue(a[0]) : 1;
    if (last < 0) {
        return NULL;
    }
    HsObject *key = last ? last_key(od) : first_key(od);
    if (key == NULL) {
        return HsErr_Format(HsExc_KeyError, "dictionary is empty");
    }
    Hs_INCREF(key);
    HsObject *value = hs_dict_pop(od, key);
    HsObject *r = value != NULL ? HsTuple_Pack(2, key, value) : NULL;
    Hs_DECREF(key);
    Hs_XDECREF(value);
    return r;
}

static HsTypeObject odict_keys_type, odict_values_type, odict_items_type;

static HsObject *odict_keys(HsObject *od, HsObject *unused) {
    (void)unused;
    return hs_dictview_new(od, &odict_keys_type);
}

static HsObject *odict_values(HsObject *od, HsObject *unused) {
    (void)unused;
    return hs_dictview_new(od, &odict_values_type);
}

static HsObject *odict_items(HsObject *od, HsObject *unused) {
    (void)unused;
    return hs_dictview_new(od, &odict_items_type);
}

/* od.copy(): type(od)(od) for subtypes, else a new OrderedDict with the same items. */
static HsObject *odict_copy(HsObject *od, HsObject *unused) {
    (void)unused;
    if (Hs_TYPE(od) != &HsODict_Type) {
        return HsObject_CallOneArg((HsObject *)Hs_TYPE(od), od);
    }
    HsObject *copy = HsObject_CallNoArgs((HsObject *)&HsODict_Type);
    if (copy == NULL) {
        return NULL;
    }
    if (HsDict_Merge(copy, od, 1) < 0) {
        Hs_DECREF(copy);
        return NULL;
    }
    return copy;
}

/* CPython's odict_sizeof: the dict, one node pointer per table slot, one node per item. */
static HsObject *odict_sizeof(HsObject *od, HsObject *unused) {
    (void)unused;
    Hs_ssize_t res = hs_dict_sizeof(od) + (Hs_ssize_t)sizeof(void *) * hs_dict_table_size(od);
    res += ODICT_NODE_SIZE * HsDict_Size(od);
    return HsLong_FromSsize_t(res);
}

/* ==== slots ==== */

/* "OrderedDict([('a', 1)])", "OrderedDict()", "..." when recursive (3.11 format). */
static HsObject *odict_repr(HsObject *od) {
    const char *name = Hs_TYPE(od)->tp_name;
    for (const char *p = name; *p != '\0'; p++) {
        if (*p == '.') {
            name = p + 1;
        }
    }
    if (HsDict_Size(od) == 0) {
        return HsUnicode_FromFormat("%s()", name);
    }
    int rc = hs_repr_enter(od);
    if (rc != 0) {
        return rc > 0 ? HsUnicode_FromString("...") : NULL;
    }
    HsObject *pieces = item_list(od);
    HsObject *r = pieces != NULL ? HsUnicode_FromFormat("%s(%R)", name, pieces) : NULL;
    Hs_XDECREF(pieces);
    hs_repr_leave(od);
    return r;
}

/* 1 if the two OrderedDicts list equal keys in the same order, 0 if not, -1 on error. */
static int keys_in_same_order(HsObject *a, HsObject *b) {
    HsObject *ka = HsSequence_List(a), *kb = ka != NULL ? HsSequence_List(b) : NULL;
    int r = kb != NULL ? 1 : -1;
    if (kb != NULL && HsList_Size(ka) != HsList_Size(kb)) {
        r = 0;
    }
    for (Hs_ssize_t i = 0; r == 1 && i < HsList_Size(ka); i++) {
        HsObject *x = HsList_GetItem(ka, i), *y = HsList_GetItem(kb, i);
        r = x == y ? 1 : HsObject_RichCompareBool(x, y, HS_EQ);
    }
    Hs_XDECREF(ka);
    Hs_XDECREF(kb);
    return r;
}

/* == and != are order-sensitive between two OrderedDicts; otherwise as dict. */
static HsObject *odict_richcompare(HsObject *v, HsObject *w, int op) {
    if (!HsObject_TypeCheck(v, &HsODict_Type) || !HsDict_Check(w)) {
        return Hs_NewRef(Hs_NotImplemented);
    }
    if ((op != HS_EQ && op != HS_NE) || !HsObject_TypeCheck(w, &HsODict_Type)) {
        return hs_dict_richcompare(v, w, op);
    }
    HsObject *res = hs_dict_richcompare(v, w, HS_EQ);
    if (res == NULL || res == Hs_NotImplemented) {
        return res;
    }
    int eq = res == Hs_True;
    Hs_DECREF(res);
    if (eq) {
        eq = keys_in_same_order(v, w);
        if (eq < 0) {
            return NULL;
        }
    }
    return Hs_NewRef((eq == (op == HS_EQ)) ? Hs_True : Hs_False);
}

/* od | other and other | od: type(od)(left) updated with right. */
static HsObject *odict_or(HsObject *left, HsObject *right) {
    HsObject *self = left, *other = right;
    if (!HsObject_TypeCheck(left, &HsODict_Type)) {
        self = right;
        other = left;
    }
    if (!HsDict_Check(other)) {
        return Hs_NewRef(Hs_NotImplemented);
    }
    HsObject *result = HsObject_CallOneArg((HsObject *)Hs_TYPE(self), left);
    if (result == NULL) {
        return NULL;
    }
    if (hs_dict_update_arg(result, right) < 0) {
        Hs_DECREF(result);
        return NULL;
    }
    return result;
}

/* ==== the types ==== */

#define ODICT_VIEW_TYPE(var, name, base)                                                           \
    static HsTypeObject var = {                                                                    \
        .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),                                         \
        .tp_name = name,                                                                           \
        .tp_base = &base,                                                                          \
    }

ODICT_VIEW_TYPE(odict_keys_type, "odict_keys", HsDictKeys_Type);
ODICT_VIEW_TYPE(odict_values_type, "odict_values", HsDictValues_Type);
ODICT_VIEW_TYPE(odict_items_type, "odict_items", HsDictItems_Type);

static HsMethodDef odict_methods[] = {
    {"move_to_end", HS_CFUNC(odict_move_to_end), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Move an existing element to the end (or beginning if last is false).\n\n"
     "Raise KeyError if the element does not exist."},
    {"popitem", HS_CFUNC(odict_popitem), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Remove and return a (key, value) pair from the dictionary.\n\n"
     "Pairs are returned in LIFO order if last is true or FIFO order if false."},
    {"keys", HS_CFUNC(odict_keys), HS_METH_NOARGS, NULL},
    {"values", HS_CFUNC(odict_values), HS_METH_NOARGS, NULL},
    {"items", HS_CFUNC(odict_items), HS_METH_NOARGS, NULL},
    {"copy", HS_CFUNC(odict_copy), HS_METH_NOARGS, "od.copy() -> a shallow copy of od"},
    {"__sizeof__", HS_CFUNC(odict_sizeof), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static HsNumberMethods odict_as_number = {
    .nb_or = odict_or,
};

HsTypeObject HsODict_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "collections.OrderedDict",
    .tp_basicsize = sizeof(ODictObject),
    .tp_repr = odict_repr,
    .tp_as_number = &odict_as_number,
    .tp_hash = HsObject_HashNotImplemented,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_BASETYPE, /* GC flag, traverse and clear come from dict */
    .tp_doc = "Dictionary that remembers insertion order",
    .tp_richcompare = odict_richcompare,
    .tp_weaklistoffset = offsetof(ODictObject, od_weakreflist),
    .tp_methods = odict_methods,
    .tp_base = &HsDict_Type,
    .tp_alloc = HsType_GenericAlloc,
};

int hs_collections_odict_ready(void) {
    if (HsType_Ready(&odict_keys_type) < 0 || HsType_Ready(&odict_values_type) < 0 ||
        HsType_Ready(&odict_items_type) < 0 || HsType_Ready(&HsODict_Type) < 0) {
        return -1;
    }
    return 0;
}
