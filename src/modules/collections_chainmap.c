/* collections.ChainMap as a C type with the behaviour of CPython 3.11's Python class
 * (Lib/collections/__init__.py, ChainMap, with the MutableMapping mixins it inherits):
 * lookups search 'maps' in order, writes and deletions go to maps[0], len and iteration
 * cover the union of the keys (iteration order: the last map's keys first, as CPython's
 * dict.fromkeys over reversed(maps)), == compares as dict(self.items()).
 * Invariants: 'maps' is whatever was assigned (a list of mappings as built here; Python code
 * may replace it); it is never NULL after __init__.
 * Departures: keys()/items()/values() are dict views of a snapshot merging the maps (CPython:
 * live KeysView/ItemsView/ValuesView of the ChainMap, whose repr differs); only dicts and
 * ChainMaps count as Mappings for ==, | and update's mapping path. getsizeof matches
 * CPython's instance (56: a heap type with __weakref__ and the managed-dict pre-header).
 * Functions returning HsObject* return a new reference, or NULL with an exception;
 * arguments are borrowed.
 */
#include "internal/hs_modules.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>

/* ==== layout and helpers ==== */

typedef struct ChainMapObject {
    HsObject ob_base;
    HsObject *maps;
    void *cm_reserved[2]; /* stands for CPython's __weakref__ slot and managed-dict header */
} ChainMapObject;

#define MAPS(op) (((ChainMapObject *)(op))->maps)
#define IS_CHAINMAP(op) HsObject_TypeCheck((op), &HsChainMap_Type)
#define IS_MAPPING(op) (HsDict_Check(op) || IS_CHAINMAP(op))

/* self.maps as a list (a copy of any other sequence). Return: new reference. */
static HsObject *maps_list(HsObject *self) {
    if (MAPS(self) == NULL) {
        return HsErr_Format(HsExc_AttributeError, "'ChainMap' object has no attribute 'maps'");
    }
    return HsSequence_List(MAPS(self));
}

/* self.maps[0]. Return: new reference. */
static HsObject *first_map(HsObject *self) {
    HsObject *list = maps_list(self);
    if (list == NULL) {
        return NULL;
    }
    HsObject *m = HsList_Size(list) > 0 ? Hs_NewRef(HsList_GetItem(list, 0)) : NULL;
    if (m == NULL) {
        HsErr_Format(HsExc_IndexError, "list index out of range");
    }
    Hs_DECREF(list);
    return m;
}

/* type(self)(*maps). Return: new reference. */
static HsObject *new_like(HsObject *self, HsObject *maps) {
    HsObject *args = HsSequence_Tuple(maps);
    if (args == NULL) {
        return NULL;
    }
    HsObject *r = HsObject_Call((HsObject *)Hs_TYPE(self), args, NULL);
    Hs_DECREF(args);
    return r;
}

/* A dict of every key, the first map holding a key giving its value, in iteration order
 * (built from the last map to the first). Return: new reference. */
static HsObject *merged(HsObject *self) {
    HsObject *list = maps_list(self), *d = list != NULL ? HsDict_New() : NULL;
    for (Hs_ssize_t i = d != NULL ? HsList_Size(list) - 1 : -1; i >= 0; i--) {
        if (hs_dict_update_arg(d, HsList_GetItem(list, i)) < 0) {
            Hs_CLEAR(d);
            break;
        }
    }
    Hs_XDECREF(list);
    return d;
}

/* ==== mapping protocol ==== */

static HsObject *chainmap_subscript(HsObject *self, HsObject *key) {
    HsObject *list = maps_list(self);
    if (list == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < HsList_Size(list); i++) {
        HsObject *v = HsObject_GetItem(HsList_GetItem(list, i), key);
        if (v != NULL || !HsErr_ExceptionMatches(HsExc_KeyError)) {
            Hs_DECREF(list);
            return v;
        }
        HsErr_Clear();
    }
    Hs_DECREF(list);
    HsErr_SetObject(HsExc_KeyError, key);
    return NULL;
}

/* Raise "KeyError: <msg with the key's repr>" for a failed maps[0] operation. */
static void first_map_key_error(HsObject *key) {
    HsObject *msg = HsUnicode_FromFormat("Key not found in the first mapping: %R", key);
    if (msg != NULL) {
        HsErr_SetObject(HsExc_KeyError, msg);
        Hs_DECREF(msg);
    }
}

static int chainmap_ass_subscript(HsObject *self, HsObject *key, HsObject *value) {
    HsObject *m = first_map(self);
    if (m == NULL) {
        return -1;
    }
    int rc = value != NULL ? HsObject_SetItem(m, key, value) : HsObject_DelItem(m, key);
    Hs_DECREF(m);
    if (rc < 0 && value == NULL && HsErr_ExceptionMatches(HsExc_KeyError)) {
        HsErr_Clear();
        first_map_key_error(key);
    }
    return rc;
}

/* len(set().union(*maps)). */
static Hs_ssize_t chainmap_length(HsObject *self) {
    HsObject *list = maps_list(self), *keys = list != NULL ? HsSet_New(NULL) : NULL;
    Hs_ssize_t n = -1;
    for (Hs_ssize_t i = 0; keys != NULL && i < HsList_Size(list); i++) {
        HsObject *it = HsObject_GetIter(HsList_GetItem(list, i)), *k;
        while (it != NULL && (k = HsIter_Next(it)) != NULL) {
            int rc = HsSet_Add(keys, k);
            Hs_DECREF(k);
            if (rc < 0) {
                break;
            }
        }
        Hs_XDECREF(it);
        if (HsErr_Occurred()) {
            Hs_CLEAR(keys);
        }
    }
    if (keys != NULL) {
        n = HsSet_Size(keys);
        Hs_DECREF(keys);
    }
    Hs_XDECREF(list);
    return n;
}

static int chainmap_contains(HsObject *self, HsObject *key) {
    HsObject *list = maps_list(self);
    int found = list != NULL ? 0 : -1;
    for (Hs_ssize_t i = 0; found == 0 && list != NULL && i < HsList_Size(list); i++) {
        found = HsSequence_Contains(HsList_GetItem(list, i), key);
    }
    Hs_XDECREF(list);
    return found;
}

/* any(self.maps) */
static int chainmap_bool(HsObject *self) {
    HsObject *list = maps_list(self);
    int any = list != NULL ? 0 : -1;
    for (Hs_ssize_t i = 0; any == 0 && list != NULL && i < HsList_Size(list); i++) {
        any = HsObject_IsTrue(HsList_GetItem(list, i));
    }
    Hs_XDECREF(list);
    return any;
}

static HsObject *chainmap_iter(HsObject *self) {
    HsObject *d = merged(self);
    HsObject *it = d != NULL ? HsObject_GetIter(d) : NULL;
    Hs_XDECREF(d);
    return it;
}

/* "ChainMap({'a': 1}, {})", "..." for a ChainMap already being repr'd. */
static HsObject *chainmap_repr(HsObject *self) {
    int rc = hs_repr_enter(self);
    if (rc != 0) {
        return rc > 0 ? HsUnicode_FromString("...") : NULL;
    }
    HsObject *list = maps_list(self), *r = NULL;
    HsStrWriter w;
    hs_str_writer_init(&w);
    int bad = list == NULL || hs_str_writer_ascii(&w, Hs_TYPE(self)->tp_name) < 0 ||
              hs_str_writer_char(&w, '(') < 0;
    for (Hs_ssize_t i = 0; !bad && i < HsList_Size(list); i++) {
        HsObject *piece = HsObject_Repr(HsList_GetItem(list, i));
        bad = piece == NULL || (i > 0 && hs_str_writer_ascii(&w, ", ") < 0) ||
              hs_str_writer_str(&w, piece) < 0;
        Hs_XDECREF(piece);
    }
    if (!bad && hs_str_writer_char(&w, ')') == 0) {
        r = hs_str_writer_finish(&w);
    } else {
        hs_str_writer_discard(&w);
    }
    Hs_XDECREF(list);
    hs_repr_leave(self);
    return r;
}

/* Mapping.__eq__: dict(self.items()) == dict(other.items()); NotImplemented otherwise. */
static HsObject *chainmap_richcompare(HsObject *v, HsObject *w, int op) {
    if ((op != HS_EQ && op != HS_NE) || !IS_CHAINMAP(v) || !IS_MAPPING(w)) {
        return Hs_NewRef(Hs_NotImplemented);
    }
    HsObject *a = merged(v), *b = a == NULL ? NULL : IS_CHAINMAP(w) ? merged(w) : Hs_NewRef(w);
    HsObject *r = b != NULL ? HsObject_RichCompare(a, b, op) : NULL;
    Hs_XDECREF(a);
    Hs_XDECREF(b);
    return r;
}

/* ==== | and |= ==== */

/* self | other (a copy with maps[0] updated) and other | self (type(self)(merged dict)). */
static HsObject *chainmap_or(HsObject *left, HsObject *right) {
    if (IS_CHAINMAP(left) && IS_MAPPING(right)) {
        HsObject *copy = HsObject_CallMethodNoArgs(left, hs_builtins_name("copy"));
        HsObject *m = copy != NULL ? first_map(copy) : NULL;
        HsObject *r =
            m != NULL ? HsObject_CallMethodOneArg(m, hs_builtins_name("update"), right) : NULL;
        Hs_XDECREF(m);
        if (r == NULL) {
            Hs_XDECREF(copy);
            return NULL;
        }
        Hs_DECREF(r);
        return copy;
    }
    if (IS_CHAINMAP(right) && IS_MAPPING(left)) {
        HsObject *d = HsDict_New(), *list = maps_list(right);
        int rc = d != NULL && list != NULL ? hs_dict_update_arg(d, left) : -1;
        for (Hs_ssize_t i = rc == 0 ? HsList_Size(list) - 1 : -1; i >= 0 && rc == 0; i--) {
            rc = hs_dict_update_arg(d, HsList_GetItem(list, i));
        }
        HsObject *r = rc == 0 ? HsObject_CallOneArg((HsObject *)Hs_TYPE(right), d) : NULL;
        Hs_XDECREF(d);
        Hs_XDECREF(list);
        return r;
    }
    return Hs_NewRef(Hs_NotImplemented);
}

static HsObject *chainmap_ior(HsObject *self, HsObject *other) {
    HsObject *m = first_map(self);
    HsObject *r =
        m != NULL ? HsObject_CallMethodOneArg(m, hs_builtins_name("update"), other) : NULL;
    Hs_XDECREF(m);
    if (r == NULL) {
        return NULL;
    }
    Hs_DECREF(r);
    return Hs_NewRef(self);
}

/* ==== methods ==== */

static HsObject *chainmap_get(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("get", nargs, 1, 2) < 0) {
        return NULL;
    }
    int has = chainmap_contains(self, args[0]);
    if (has < 0) {
        return NULL;
    }
    return has ? chainmap_subscript(self, args[0]) : Hs_NewRef(nargs > 1 ? args[1] : Hs_None);
}

static HsObject *chainmap_missing(HsObject *self, HsObject *key) {
    (void)self;
    HsErr_SetObject(HsExc_KeyError, key);
    return NULL;
}

/* maps[0].popitem() / maps[0].pop(key[, default]) with ChainMap's KeyError messages. */
static HsObject *chainmap_popitem(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *m = first_map(self);
    HsObject *r = m != NULL ? HsObject_CallMethodNoArgs(m, hs_builtins_name("popitem")) : NULL;
    Hs_XDECREF(m);
    if (r == NULL && HsErr_ExceptionMatches(HsExc_KeyError)) {
        HsErr_Clear();
        HsErr_Format(HsExc_KeyError, "No keys found in the first mapping.");
    }
    return r;
}

static HsObject *chainmap_pop(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("pop", nargs, 1, 2) < 0) {
        return NULL;
    }
    HsObject *m = first_map(self), *r = NULL;
    if (m != NULL) {
        HsObject *name = hs_builtins_name("pop");
        HsObject *argv[3] = {m, args[0], nargs > 1 ? args[1] : NULL};
        r = name != NULL ? HsObject_VectorcallMethod(name, argv, (size_t)nargs + 1, NULL) : NULL;
        Hs_DECREF(m);
    }
    if (r == NULL && HsErr_ExceptionMatches(HsExc_KeyError)) {
        HsErr_Clear();
        first_map_key_error(args[0]);
    }
    return r;
}

static HsObject *chainmap_clear(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *m = first_map(self);
    HsObject *r = m != NULL ? HsObject_CallMethodNoArgs(m, hs_builtins_name("clear")) : NULL;
    Hs_XDECREF(m);
    return r;
}

/* New ChainMap (of the same type) with a copy of maps[0] and the other maps shared. */
static HsObject *chainmap_copy(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *list = maps_list(self);
    HsObject *m0 = list != NULL && HsList_Size(list) > 0 ? HsList_GetItem(list, 0) : NULL;
    HsObject *c = m0 != NULL ? HsObject_CallMethodNoArgs(m0, hs_builtins_name("copy")) : NULL;
    HsObject *r = NULL;
    if (c != NULL && HsList_SetItem(list, 0, c) == 0) {
        r = new_like(self, list);
    } else if (list != NULL && m0 == NULL) {
        HsErr_Format(HsExc_IndexError, "list index out of range");
    }
    Hs_XDECREF(list);
    return r;
}

/* new_child(m=None, **kwargs): type(self)(m or kwargs, *maps). */
static HsObject *chainmap_new_child(HsObject *self, HsObject *args, HsObject *kwds) {
    if (hs_arg_count_varargs("new_child", Hs_SIZE(args), 0, 1) < 0) {
        return NULL;
    }
    HsObject *m = Hs_SIZE(args) > 0 ? HS_TUPLE_GET(args, 0) : Hs_None, *child;
    if (m == Hs_None) {
        child = kwds != NULL ? HsDict_Copy(kwds) : HsDict_New();
    } else {
        child = Hs_NewRef(m);
        HsObject *r = NULL;
        if (kwds != NULL && HsDict_Size(kwds) > 0 &&
            (r = HsObject_CallMethodOneArg(m, hs_builtins_name("update"), kwds)) == NULL) {
            Hs_CLEAR(child);
        }
        Hs_XDECREF(r);
    }
    HsObject *list = child != NULL ? maps_list(self) : NULL;
    HsObject *r = list != NULL && HsList_Insert(list, 0, child) == 0 ? new_like(self, list) : NULL;
    Hs_XDECREF(list);
    Hs_XDECREF(child);
    return r;
}

static HsObject *chainmap_parents(HsObject *self, void *closure) {
    (void)closure;
    HsObject *list = maps_list(self);
    HsObject *rest = list != NULL ? HsList_GetSlice(list, 1, HsList_Size(list)) : NULL;
    HsObject *r = rest != NULL ? new_like(self, rest) : NULL;
    Hs_XDECREF(list);
    Hs_XDECREF(rest);
    return r;
}

/* cls(dict.fromkeys(iterable[, value])). */
static HsObject *chainmap_fromkeys(HsObject *cls, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("fromkeys", nargs, 1, 2) < 0) {
        return NULL;
    }
    HsObject *fk = HsObject_GetAttrString((HsObject *)&HsDict_Type, "fromkeys");
    HsObject *d = fk != NULL ? HsObject_Vectorcall(fk, args, (size_t)nargs, NULL) : NULL;
    HsObject *r = d != NULL ? HsObject_CallOneArg(cls, d) : NULL;
    Hs_XDECREF(fk);
    Hs_XDECREF(d);
    return r;
}

/* keys(), values(), items(): views of a merged snapshot (see the file comment). */
static HsObject *snapshot_view(HsObject *self, HsTypeObject *type) {
    HsObject *d = merged(self);
    HsObject *v = d != NULL ? hs_dictview_new(d, type) : NULL;
    Hs_XDECREF(d);
    return v;
}

static HsObject *chainmap_keys(HsObject *self, HsObject *unused) {
    (void)unused;
    return snapshot_view(self, &HsDictKeys_Type);
}

static HsObject *chainmap_values(HsObject *self, HsObject *unused) {
    (void)unused;
    return snapshot_view(self, &HsDictValues_Type);
}

static HsObject *chainmap_items(HsObject *self, HsObject *unused) {
    (void)unused;
    return snapshot_view(self, &HsDictItems_Type);
}

/* MutableMapping.update(other=(), /, **kwds): self[k] = v for each item. */
static HsObject *chainmap_update(HsObject *self, HsObject *args, HsObject *kwds) {
    if (hs_arg_count_varargs("update", Hs_SIZE(args), 0, 1) < 0) {
        return NULL;
    }
    HsObject *tmp = HsDict_New(); /* collect first: same result for a ChainMap target */
    int rc = tmp != NULL ? 0 : -1;
    if (rc == 0 && Hs_SIZE(args) > 0) {
        HsObject *other = HS_TUPLE_GET(args, 0);
        HsObject *src = IS_CHAINMAP(other) ? merged(other) : Hs_NewRef(other);
        rc = src != NULL ? hs_dict_update_arg(tmp, src) : -1;
        Hs_XDECREF(src);
    }
    if (rc == 0 && kwds != NULL) {
        rc = HsDict_Merge(tmp, kwds, 1);
    }
    HsObject *k, *v;
    for (Hs_ssize_t pos = 0; rc == 0 && HsDict_Next(tmp, &pos, &k, &v);) {
        rc = chainmap_ass_subscript(self, k, v);
    }
    Hs_XDECREF(tmp);
    return rc < 0 ? NULL : Hs_NewRef(Hs_None);
}

/* MutableMapping.setdefault(key, default=None). */
static HsObject *chainmap_setdefault(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("setdefault", nargs, 1, 2) < 0) {
        return NULL;
    }
    HsObject *v = chainmap_subscript(self, args[0]);
    if (v != NULL || !HsErr_ExceptionMatches(HsExc_KeyError)) {
        return v;
    }
    HsErr_Clear();
    HsObject *dflt = nargs > 1 ? args[1] : Hs_None;
    return chainmap_ass_subscript(self, args[0], dflt) < 0 ? NULL : Hs_NewRef(dflt);
}

/* ==== the type ==== */

static int chainmap_init(HsObject *self, HsObject *args, HsObject *kwds) {
    if (hs_arg_no_kwargs_dict("ChainMap", kwds) < 0) {
        return -1;
    }
    HsObject *list = HsSequence_List(args);
    if (list != NULL && HsList_Size(list) == 0) {
        HsObject *empty = HsDict_New();
        if (empty == NULL || HsList_Append(list, empty) < 0) {
            Hs_CLEAR(list);
        }
        Hs_XDECREF(empty);
    }
    if (list == NULL) {
        return -1;
    }
    HsObject *old = MAPS(self);
    MAPS(self) = list;
    Hs_XDECREF(old);
    return 0;
}

static int chainmap_traverse(HsObject *self, hs_visitproc visit, void *arg) {
    return MAPS(self) != NULL ? visit(MAPS(self), arg) : 0;
}

static int chainmap_tp_clear(HsObject *self) {
    Hs_CLEAR(MAPS(self));
    return 0;
}

static void chainmap_dealloc(HsObject *self) {
    hs_gc_untrack(self);
    Hs_CLEAR(MAPS(self));
    hs_gc_free(self);
}

static HsMethodDef chainmap_methods[] = {
    {"__missing__", HS_CFUNC(chainmap_missing), HS_METH_O, NULL},
    {"get", HS_CFUNC(chainmap_get), HS_METH_FASTCALL, NULL},
    {"fromkeys", HS_CFUNC(chainmap_fromkeys), HS_METH_FASTCALL | HS_METH_CLASS,
     "Create a ChainMap with a single dict created from the iterable."},
    {"copy", HS_CFUNC(chainmap_copy), HS_METH_NOARGS,
     "New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"},
    {"__copy__", HS_CFUNC(chainmap_copy), HS_METH_NOARGS,
     "New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"},
    {"new_child", HS_CFUNC(chainmap_new_child), HS_METH_VARARGS | HS_METH_KEYWORDS,
     "New ChainMap with a new map followed by all previous maps.\n"
     "If no map is provided, an empty dict is used.\n"
     "Keyword arguments update the map or new empty dict."},
    {"popitem", HS_CFUNC(chainmap_popitem), HS_METH_NOARGS,
     "Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty."},
    {"pop", HS_CFUNC(chainmap_pop), HS_METH_FASTCALL,
     "Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in "
     "maps[0]."},
    {"clear", HS_CFUNC(chainmap_clear), HS_METH_NOARGS, "Clear maps[0], leaving maps[1:] intact."},
    {"keys", HS_CFUNC(chainmap_keys), HS_METH_NOARGS, NULL},
    {"values", HS_CFUNC(chainmap_values), HS_METH_NOARGS, NULL},
    {"items", HS_CFUNC(chainmap_items), HS_METH_NOARGS, NULL},
    {"update", HS_CFUNC(chainmap_update), HS_METH_VARARGS | HS_METH_KEYWORDS, NULL},
    {"setdefault", HS_CFUNC(chainmap_setdefault), HS_METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static HsMemberDef chainmap_members[] = {
    {"maps", HS_T_OBJECT, offsetof(ChainMapObject, maps), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static HsGetSetDef chainmap_getset[] = {
    {"parents", chainmap_parents, NULL, "New ChainMap from maps[1:].", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsMappingMethods chainmap_as_mapping = {
    .mp_length = chainmap_length,
    .mp_subscript = chainmap_subscript,
    .mp_ass_subscript = chainmap_ass_subscript,
};

static HsSequenceMethods chainmap_as_sequence = {
    .sq_contains = chainmap_contains,
};

static HsNumberMethods chainmap_as_number = {
    .nb_bool = chainmap_bool,
    .nb_or = chainmap_or,
    .nb_inplace_or = chainmap_ior,
};

HsTypeObject HsChainMap_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "ChainMap", /* a Python class in CPython: messages say 'ChainMap' */
    .tp_basicsize = sizeof(ChainMapObject),
    .tp_dealloc = chainmap_dealloc,
    .tp_repr = chainmap_repr,
    .tp_as_number = &chainmap_as_number,
    .tp_as_sequence = &chainmap_as_sequence,
    .tp_as_mapping = &chainmap_as_mapping,
    .tp_hash = HsObject_HashNotImplemented,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE | HS_TPFLAGS_MAPPING,
    .tp_doc = "A ChainMap groups multiple dicts (or other mappings) together\n"
              "to create a single, updateable view.",
    .tp_traverse = chainmap_traverse,
    .tp_clear = chainmap_tp_clear,
    .tp_richcompare = chainmap_richcompare,
    .tp_iter = chainmap_iter,
    .tp_methods = chainmap_methods,
    .tp_members = chainmap_members,
    .tp_getset = chainmap_getset,
    .tp_init = chainmap_init,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = HsType_GenericNew,
};

int hs_collections_chainmap_ready(void) {
    if (HsType_Ready(&HsChainMap_Type) < 0 || hs_generic_alias_enable(&HsChainMap_Type) < 0) {
        return -1;
    }
    HsObject *mod = HsUnicode_FromString("collections");
    int rc = mod != NULL ? HsDict_SetItemString(HsChainMap_Type.tp_dict, "__module__", mod) : -1;
    Hs_XDECREF(mod);
    hs_type_modified(&HsChainMap_Type);
    return rc;
}
