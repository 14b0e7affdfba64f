/* functools.lru_cache / cache (CPython 3.11: Modules/_functoolsmodule.c, _lru_cache_wrapper,
 * and Lib/functools.py, lru_cache) and update_wrapper / wraps with WRAPPER_ASSIGNMENTS and
 * WRAPPER_UPDATES (Lib/functools.py).
 * A _lru_cache_wrapper keeps its results in a dict ('cache'). Three call strategies as
 * CPython: maxsize 0 (no caching, only counts misses), maxsize None (the dict maps key ->
 * result) and bounded (the dict maps key -> a link; links form a circular doubly linked list
 * through the embedded 'root', least recently used first, and the oldest link is reused for
 * the new key when the cache is full).
 * Invariants: each link in the list is owned once by the list and once by the dict; links
 * are not GC objects, so the wrapper's traverse visits their key and result itself. The
 * struct has CPython 3.11's size (152 bytes, getsizeof 168).
 * Keys follow CPython's lru_cache_make_key: a lone exact int/str argument is its own key,
 * positional-only calls use the args tuple, otherwise args + (kwd_mark, k1, v1, ...) and, if
 * typed, the argument types.
 * Functions returning HsObject* return a new reference, or NULL with an exception;
 * arguments are borrowed.
 */
#include "internal/hs_modules.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <stdint.h>

/* ==== types ==== */

typedef struct LinkObject {
    HsObject ob_base;
    struct LinkObject *prev;
    struct LinkObject *next;
    Hs_ssize_t hash;
    HsObject *key;
    HsObject *result;
} LinkObject;

typedef struct LruObject LruObject;
typedef HsObject *(*lru_call_fn)(LruObject *self, HsObject *args, HsObject *kwds);

struct LruObject {
    HsObject ob_base;
    LinkObject root; /* list head: root.next is the least recently used link */
    lru_call_fn wrapper;
    int typed;
    HsObject *cache; /* dict */
    Hs_ssize_t hits;
    HsObject *func;
    Hs_ssize_t maxsize; /* -1: unbounded */
    Hs_ssize_t misses;
    HsObject *cache_info_type;
    HsObject *dict; /* instance __dict__ (update_wrapper fills it) */
    HsObject *weakreflist;
};

static HsObject *kwd_mark; /* object() separating positional from keyword parts of keys */

/* ==== CacheInfo (a named tuple, as functools._CacheInfo) ==== */

static HsGetSetDef cacheinfo_fields[] = {
    {"hits", hs_structseq_get, NULL, NULL, (void *)(intptr_t)0},
    {"misses", hs_structseq_get, NULL, NULL, (void *)(intptr_t)1},
    {"maxsize", hs_structseq_get, NULL, NULL, (void *)(intptr_t)2},
    {"currsize", hs_structseq_get, NULL, NULL, (void *)(intptr_t)3},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsTypeObject cacheinfo_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "CacheInfo", /* a namedtuple in CPython: repr "CacheInfo(hits=0, ...)" */
    .tp_basicsize = offsetof(HsTupleObject, ob_item),
    .tp_itemsize = sizeof(HsObject *),
    .tp_dealloc = hs_structseq_dealloc,
    .tp_repr = hs_structseq_repr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_TUPLE_SUBCLASS,
    .tp_doc = "CacheInfo(hits, misses, maxsize, currsize)",
    .tp_traverse = hs_structseq_traverse,
    .tp_getset = cacheinfo_fields,
    .tp_base = &HsTuple_Type,
    .tp_new = hs_structseq_no_new,
};

/* ==== links ==== */

static void link_dealloc(HsObject *op) {
    Hs_XDECREF(((LinkObject *)op)->key);
    Hs_XDECREF(((LinkObject *)op)->result);
    Hs_TYPE(op)->tp_free(op);
}

static HsTypeObject link_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "functools._lru_list_elem",
    .tp_basicsize = sizeof(LinkObject),
    .tp_dealloc = link_dealloc,
};

static void extract_link(LinkObject *link) {
    link->prev->next = link->next;
    link->next->prev = link->prev;
}

/* Put 'link' at the most recently used end. */
static void append_link(LruObject *self, LinkObject *link) {
    LinkObject *root = &self->root, *last = root->prev;
    last->next = root->prev = link;
    link->prev = last;
    link->next = root;
}

/* Detach the whole list from root; returns its first link (the chain ends in NULL). */
static LinkObject *unlink_list(LruObject *self) {
    LinkObject *root = &self->root, *link = root->next;
    if (link == root) {
        return NULL;
    }
    root->prev->next = NULL;
    root->next = root->prev = root;
    return link;
}

/* Drop the list's reference to each link of a chain from unlink_list. */
static void clear_list(LinkObject *link) {
    while (link != NULL) {
        LinkObject *next = link->next;
        Hs_DECREF(link);
        link = next;
    }
}

/* ==== keys ==== */

/* CPython's lru_cache_make_key. Return: new reference. */
static HsObject *make_key(HsObject *args, HsObject *kwds, int typed) {
    Hs_ssize_t nargs = Hs_SIZE(args), nkw = kwds != NULL ? HsDict_Size(kwds) : 0;
    if (!typed && nkw == 0) {
        if (nargs == 1) {
            HsObject *only = HS_TUPLE_GET(args, 0);
            if (HsUnicode_CheckExact(only) || HsLong_CheckExact(only)) {
                return Hs_NewRef(only);
            }
        }
        return Hs_NewRef(args);
    }
    Hs_ssize_t size = nargs + (nkw > 0 ? nkw * 2 + 1 : 0) + (typed ? nargs + nkw : 0), at = 0;
    HsObject *key = HsTuple_New(size), *k, *v;
    if (key == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < nargs; i++) {
        HS_TUPLE_SET(key, at++, Hs_NewRef(HS_TUPLE_GET(args, i)));
    }
    if (nkw > 0) {
        HS_TUPLE_SET(key, at++, Hs_NewRef(kwd_mark));
        for (Hs_ssize_t pos = 0; HsDict_Next(kwds, &pos, &k, &v);) {
            HS_TUPLE_SET(key, at++, Hs_NewRef(k));
            HS_TUPLE_SET(key, at++, Hs_NewRef(v));
        }
    }
    if (typed) {
        for (Hs_ssize_t i = 0; i < nargs; i++) {
            HS_TUPLE_SET(key, at++, Hs_NewRef((HsObject *)Hs_TYPE(HS_TUPLE_GET(args, i))));
        }
        for (Hs_ssize_t pos = 0; nkw > 0 && HsDict_Next(kwds, &pos, &k, &v);) {
            HS_TUPLE_SET(key, at++, Hs_NewRef((HsObject *)Hs_TYPE(v)));
        }
    }
    return key;
}

/* ==== the three call strategies ==== */

static HsObject *uncached_call(LruObject *self, HsObject *args, HsObject *kwds) {
    self->misses++;
    return HsObject_Call(self->func, args, kwds);
}

static HsObject *infinite_call(LruObject *self, HsObject *args, HsObject *kwds) {
    HsObject *key = make_key(args, kwds, self->typed);
    if (key == NULL) {
        return NULL;
    }
    Hs_ssize_t hash = HsObject_Hash(key);
    HsObject *result = hash == -1 ? NULL : hs_dict_getitem_known_hash(self->cache, key, hash);
    if (result != NULL) {
        self->hits++;
        Hs_DECREF(key);
        return Hs_NewRef(result);
    }
    if (HsErr_Occurred()) {
        Hs_DECREF(key);
        return NULL;
    }
    self->misses++;
    result = HsObject_Call(self->func, args, kwds);
    if (result != NULL && hs_dict_setitem_known_hash(self->cache, key, hash, result) < 0) {
        Hs_CLEAR(result);
    }
    Hs_DECREF(key);
    return result;
}

/* The bounded miss path after the call: store 'result' under 'key' (both stolen), reusing
 * the oldest link when full. Return: new reference to the result. */
static HsObject *bounded_store(LruObject *self, HsObject *key, Hs_ssize_t hash, HsObject *result) {
    HsObject *test = hs_dict_getitem_known_hash(self->cache, key, hash);
    if (test != NULL || HsErr_Occurred()) { /* added during the call (or error) */
        Hs_DECREF(key);
        if (test == NULL) {
            Hs_DECREF(result);
            return NULL;
        }
        return result;
    }
    if (HsDict_Size(self->cache) < self->maxsize || self->root.next == &self->root) {
        LinkObject *link = (LinkObject *)HsType_GenericAlloc(&link_type, 0);
        if (link == NULL) {
            Hs_DECREF(key);
            Hs_DECREF(result);
            return NULL;
        }
        link->hash = hash;
        link->key = key;
        link->result = result;
        if (hs_dict_setitem_known_hash(self->cache, key, hash, (HsObject *)link) < 0) {
            Hs_DECREF(link);
            return NULL;
        }
        append_link(self, link);
        return Hs_NewRef(result);
    }
    LinkObject *old = self->root.next;
    extract_link(old);
    HsObject *popped = hs_dict_pop(self->cache, old->key);
    if (popped == NULL) { /* the call removed the old key: leave the link out */
        Hs_DECREF(key);
        return HsErr_Occurred() ? (Hs_DECREF(result), NULL) : result;
    }
    HsObject *oldkey = old->key, *oldresult = old->result;
    old->hash = hash;
    old->key = key;
    old->result = result;
    if (hs_dict_setitem_known_hash(self->cache, key, hash, (HsObject *)old) < 0) {
        Hs_DECREF(popped);
        Hs_DECREF(old);
        Hs_DECREF(oldkey);
        Hs_DECREF(oldresult);
        return NULL;
    }
    append_link(self, old);
    Hs_INCREF(result);
    Hs_DECREF(popped);
    Hs_DECREF(oldkey);
    Hs_DECREF(oldresult);
    return result;
}

static HsObject *bounded_call(LruObject *self, HsObject *args, HsObject *kwds) {
    HsObject *key = make_key(args, kwds, self->typed);
    if (key == NULL) {
        return NULL;
    }
    Hs_ssize_t hash = HsObject_Hash(key);
    HsObject *found = hash == -1 ? NULL : hs_dict_getitem_known_hash(self->cache, key, hash);
    if (found != NULL) {
        LinkObject *link = (LinkObject *)found;
        extract_link(link);
        append_link(self, link);
        self->hits++;
        Hs_DECREF(key);
        return Hs_NewRef(link->result);
    }
    if (HsErr_Occurred()) {
        Hs_DECREF(key);
        return NULL;
    }
    self->misses++;
    HsObject *result = HsObject_Call(self->func, args, kwds);
    if (result == NULL) {
        Hs_DECREF(key);
        return NULL;
    }
    return bounded_store(self, key, hash, result);
}

/* ==== the wrapper type ==== */

static HsTypeObject lru_type;

/* A wrapper of 'func' ('maxsize_o' None or an index; 'typed' truth) of type 'type', whose
 * cache_info() makes 'info_type' tuples. Return: new ref. */
static HsObject *lru_new(HsTypeObject *type, HsObject *func, HsObject *maxsize_o, int typed,
                         HsObject *info_type) {
    lru_call_fn call;
    Hs_ssize_t maxsize = -1;
    if (maxsize_o == Hs_None) {
        call = infinite_call;
    } else if (HsLong_Check(maxsize_o) || (Hs_TYPE(maxsize_o)->tp_as_number != NULL &&
                                           Hs_TYPE(maxsize_o)->tp_as_number->nb_index != NULL)) {
        maxsize = HsNumber_AsSsize_t(maxsize_o, HsExc_OverflowError);
        if (maxsize == -1 && HsErr_Occurred()) {
            return NULL;
        }
        maxsize = maxsize < 0 ? 0 : maxsize;
        call = maxsize == 0 ? uncached_call : bounded_call;
    } else {
        return HsErr_Format(HsExc_TypeError, "maxsize should be integer or None");
    }
    HsObject *cache = HsDict_New();
    LruObject *self = cache != NULL ? (LruObject *)type->tp_alloc(type, 0) : NULL;
    if (self == NULL) {
        Hs_XDECREF(cache);
        return NULL;
    }
    self->root.prev = self->root.next = &self->root;
    self->wrapper = call;
    self->typed = typed;
    self->cache = cache;
    self->func = Hs_NewRef(func);
    self->maxsize = maxsize;
    self->cache_info_type = Hs_NewRef(info_type);
    return (HsObject *)self;
}

/* _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type), as lru_cache() calls
 * it (CPython: lru_cache_new). Return: new reference. */
static HsObject *lru_tp_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"user_function", "maxsize", "typed", "cache_info_type",
                                     NULL};
    static const HsArgParser parser = {"lru_cache", kw};
    HsObject *a[4];
    if (hs_num_unpack_new_args(args, kwds, &parser, 0, 4, 4, a) < 0) {
        return NULL;
    }
    if (!HsCallable_Check(a[0])) {
        HsErr_SetString(HsExc_TypeError, "the first argument must be callable");
        return NULL;
    }
    int typed = HsObject_IsTrue(a[2]);
    if (typed < 0) {
        return NULL;
    }
    return lru_new(type, a[0], a[1], typed, a[3]);
}

static HsObject *lru_call(HsObject *op, HsObject *args, HsObject *kwds) {
    LruObject *self = (LruObject *)op;
    return self->wrapper(self, args, kwds);
}

static int lru_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    LruObject *self = (LruObject *)op;
    for (LinkObject *link = self->root.next; link != NULL && link != &self->root;
         link = link->next) {
        if (visit(link->key, arg) != 0 || visit(link->result, arg) != 0) {
            return 1;
        }
    }
    HsObject *fields[4] = {self->func, self->cache, self->cache_info_type, self->dict};
    for (int i = 0; i < 4; i++) {
        if (fields[i] != NULL && visit(fields[i], arg) != 0) {
            return 1;
        }
    }
    return 0;
}

static int lru_clear(HsObject *op) {
    LruObject *self = (LruObject *)op;
    LinkObject *list = unlink_list(self);
    Hs_CLEAR(self->func);
    Hs_CLEAR(self->cache);
    Hs_CLEAR(self->cache_info_type);
    Hs_CLEAR(self->dict);
    clear_list(list);
    return 0;
}

static void lru_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    lru_clear(op);
    hs_gc_free(op);
}

/* Bound as a method when looked up on an instance, as functions are. */
static HsObject *lru_descr_get(HsObject *self, HsObject *obj, HsObject *type) {
    (void)type;
    if (obj == NULL || obj == Hs_None) {
        return Hs_NewRef(self);
    }
    return HsMethod_New(self, obj);
}

static HsObject *lru_cache_info(HsObject *op, HsObject *unused) {
    (void)unused;
    LruObject *self = (LruObject *)op;
    HsObject *items[4] = {
        HsLong_FromSsize_t(self->hits),
        HsLong_FromSsize_t(self->misses),
        self->maxsize == -1 ? Hs_NewRef(Hs_None) : HsLong_FromSsize_t(self->maxsize),
        HsLong_FromSsize_t(self->cache != NULL ? HsDict_Size(self->cache) : 0),
    };
    if (self->cache_info_type == (HsObject *)&cacheinfo_type) {
        return hs_structseq_new(&cacheinfo_type, 4, items);
    }
    HsObject *r = NULL; /* a type given to _lru_cache_wrapper(): called with the four */
    if (items[0] != NULL && items[1] != NULL && items[2] != NULL && items[3] != NULL) {
        r = HsObject_Vectorcall(self->cache_info_type, items, 4, NULL);
    }
    for (int i = 0; i < 4; i++) {
        Hs_XDECREF(items[i]);
    }
    return r;
}

static HsObject *lru_cache_clear(HsObject *op, HsObject *unused) {
    (void)unused;
    LruObject *self = (LruObject *)op;
    LinkObject *list = unlink_list(self);
    self->hits = self->misses = 0;
    if (self->cache != NULL) {
        HsDict_Clear(self->cache);
    }
    clear_list(list);
    return Hs_NewRef(Hs_None);
}

static HsObject *lru_copy(HsObject *op, HsObject *unused) {
    (void)unused;
    return Hs_NewRef(op);
}

/* {'maxsize': ..., 'typed': ...} (CPython sets a lambda returning this in __dict__). */
static HsObject *lru_cache_parameters(HsObject *op, HsObject *unused) {
    (void)unused;
    LruObject *self = (LruObject *)op;
    HsObject *d = HsDict_New();
    HsObject *m = self->maxsize == -1 ? Hs_NewRef(Hs_None) : HsLong_FromSsize_t(self->maxsize);
    HsObject *t = Hs_NewRef(self->typed ? Hs_True : Hs_False);
    if (d == NULL || m == NULL || HsDict_SetItemString(d, "maxsize", m) < 0 ||
        HsDict_SetItemString(d, "typed", t) < 0) {
        Hs_CLEAR(d);
    }
    Hs_XDECREF(m);
    Hs_DECREF(t);
    return d;
}

static HsObject *lru_get_dict(HsObject *op, void *closure) {
    (void)closure;
    LruObject *self = (LruObject *)op;
    if (self->dict == NULL && (self->dict = HsDict_New()) == NULL) {
        return NULL;
    }
    return Hs_NewRef(self->dict);
}

static HsMethodDef lru_methods[] = {
    {"cache_info", HS_CFUNC(lru_cache_info), HS_METH_NOARGS, "Report cache statistics"},
    {"cache_clear", HS_CFUNC(lru_cache_clear), HS_METH_NOARGS,
     "Clear the cache and cache statistics"},
    {"cache_parameters", HS_CFUNC(lru_cache_parameters), HS_METH_NOARGS, NULL},
    {"__copy__", HS_CFUNC(lru_copy), HS_METH_NOARGS, NULL},
    {"__deepcopy__", HS_CFUNC(lru_copy), HS_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static HsGetSetDef lru_getset[] = {
    {"__dict__", lru_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsTypeObject lru_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "functools._lru_cache_wrapper",
    .tp_basicsize = sizeof(LruObject),
    .tp_dealloc = lru_dealloc,
    .tp_call = lru_call,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE | HS_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_doc = "Create a cached callable that wraps another function.\n\n"
              "user_function:      the function being cached\n\n"
              "maxsize:  0         for no caching\n"
              "          None      for unlimited cache size\n"
              "          n         for a bounded cache\n\n"
              "typed:    False     cache f(3) and f(3.0) as identical calls\n"
              "          True      cache f(3) and f(3.0) as distinct calls\n\n"
              "cache_info_type:    namedtuple class with the fields:\n"
              "                        hits misses currsize maxsize\n",
    .tp_traverse = lru_traverse,
    .tp_clear = lru_clear,
    .tp_weaklistoffset = offsetof(LruObject, weakreflist),
    .tp_methods = lru_methods,
    .tp_getset = lru_getset,
    .tp_descr_get = lru_descr_get,
    .tp_dictoffset = offsetof(LruObject, dict),
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = lru_tp_new,
};

/* ==== update_wrapper and wraps ==== */

static const char *const wrapper_assignments[] = {"__module__", "__name__",        "__qualname__",
                                                  "__doc__",    "__annotations__", NULL};

/* The body of update_wrapper. Return: new reference to 'wrapper'. */
static HsObject *update_wrapper_impl(HsObject *wrapper, HsObject *wrapped, HsObject *assigned,
                                     HsObject *updated) {
    HsObject *it = HsObject_GetIter(assigned), *attr, *value;
    while (it != NULL && (attr = HsIter_Next(it)) != NULL) {
        int rc = HsObject_LookupAttr(wrapped, attr, &value);
        rc = rc > 0 ? HsObject_SetAttr(wrapper, attr, value) : rc;
        Hs_XDECREF(value);
        Hs_DECREF(attr);
        if (rc < 0) {
            Hs_CLEAR(it);
        }
    }
    Hs_XDECREF(it);
    it = HsErr_Occurred() ? NULL : HsObject_GetIter(updated);
    while (it != NULL && (attr = HsIter_Next(it)) != NULL) {
        HsObject *mine = HsObject_GetAttr(wrapper, attr), *theirs = NULL, *r = NULL;
        int rc = mine != NULL ? HsObject_LookupAttr(wrapped, attr, &theirs) : -1;
        if (rc == 0) {
            theirs = HsDict_New();
        }
        if (rc >= 0 && theirs != NULL) {
            r = HsObject_CallMethodOneArg(mine, hs_builtins_name("update"), theirs);
        }
        Hs_XDECREF(r);
        Hs_XDECREF(mine);
        Hs_XDECREF(theirs);
        Hs_DECREF(attr);
        if (r == NULL) {
            Hs_CLEAR(it);
        }
    }
    Hs_XDECREF(it);
    if (HsErr_Occurred() || HsObject_SetAttrString(wrapper, "__wrapped__", wrapped) < 0) {
        return NULL;
    }
    return Hs_NewRef(wrapper);
}

/* The tuple WRAPPER_ASSIGNMENTS or WRAPPER_UPDATES of module 'm'. Return: borrowed. */
static HsObject *module_const(HsObject *m, const char *name) {
    HsObject *v = HsDict_GetItemString(HS_MODULE_DICT(m), name);
    if (v == NULL) {
        HsErr_Format(HsExc_AttributeError, "module 'functools' has no attribute '%s'", name);
    }
    return v;
}

static HsObject *functools_update_wrapper(HsObject *m, HsObject *const *args, Hs_ssize_t nargs,
                                          HsObject *kwnames) {
    static const char *const kw[] = {"wrapper", "wrapped", "assigned", "updated", NULL};
    static const HsArgParser parser = {"update_wrapper", kw};
    HsObject *a[4] = {NULL, NULL, NULL, NULL};
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 4, 0, a) < 0) {
        return NULL;
    }
    if (a[0] == NULL || a[1] == NULL) { /* a Python function in CPython: its wording */
        if (a[0] == NULL && a[1] == NULL) {
            return HsErr_Format(HsExc_TypeError, "update_wrapper() missing 2 required "
                                                 "positional arguments: 'wrapper' and 'wrapped'");
        }
        return HsErr_Format(HsExc_TypeError,
                            "update_wrapper() missing 1 required positional argument: '%s'",
                            a[0] == NULL ? "wrapper" : "wrapped");
    }
    HsObject *assigned = a[2] != NULL ? a[2] : module_const(m, "WRAPPER_ASSIGNMENTS");
    HsObject *updated = a[3] != NULL ? a[3] : module_const(m, "WRAPPER_UPDATES");
    if (assigned == NULL || updated == NULL) {
        return NULL;
    }
    return update_wrapper_impl(a[0], a[1], assigned, updated);
}

/* wraps(wrapped, assigned=..., updated=...): partial(update_wrapper, wrapped=wrapped, ...). */
static HsObject *functools_wraps(HsObject *m, HsObject *const *args, Hs_ssize_t nargs,
                                 HsObject *kwnames) {
    static const char *const kw[] = {"wrapped", "assigned", "updated", NULL};
    static const HsArgParser parser = {"wraps", kw};
    HsObject *a[3] = {NULL, NULL, NULL};
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 3, 0, a) < 0) {
        return NULL;
    }
    if (a[0] == NULL) {
        return HsErr_Format(HsExc_TypeError,
                            "wraps() missing 1 required positional argument: 'wrapped'");
    }
    HsObject *partial = HsDict_GetItemString(HS_MODULE_DICT(m), "partial");
    HsObject *uw = HsDict_GetItemString(HS_MODULE_DICT(m), "update_wrapper");
    HsObject *assigned = a[1] != NULL ? a[1] : module_const(m, "WRAPPER_ASSIGNMENTS");
    HsObject *updated = a[2] != NULL ? a[2] : module_const(m, "WRAPPER_UPDATES");
    if (partial == NULL || uw == NULL || assigned == NULL || updated == NULL) {
        return HsErr_Occurred() ? NULL : HsErr_Format(HsExc_RuntimeError, "functools is broken");
    }
    HsObject *kwds = HsDict_New(), *pargs = HsTuple_Pack(1, uw), *r = NULL;
    if (kwds != NULL && pargs != NULL && HsDict_SetItemString(kwds, "wrapped", a[0]) == 0 &&
        HsDict_SetItemString(kwds, "assigned", assigned) == 0 &&
        HsDict_SetItemString(kwds, "updated", updated) == 0) {
        r = HsObject_Call(partial, pargs, kwds);
    }
    Hs_XDECREF(kwds);
    Hs_XDECREF(pargs);
    return r;
}

/* ==== lru_cache and cache ==== */

/* The wrapper of 'func' for maxsize/typed, with update_wrapper applied. */
static HsObject *decorate(HsObject *m, HsObject *func, HsObject *maxsize, HsObject *typed) {
    int t = HsObject_IsTrue(typed);
    if (t < 0) {
        return NULL;
    }
    HsObject *w = lru_new(&lru_type, func, maxsize, t, (HsObject *)&cacheinfo_type);
    if (w == NULL) {
        return NULL;
    }
    HsObject *assigned = module_const(m, "WRAPPER_ASSIGNMENTS");
    HsObject *updated = module_const(m, "WRAPPER_UPDATES");
    HsObject *r = assigned != NULL && updated != NULL
                      ? update_wrapper_impl(w, func, assigned, updated)
                      : NULL;
    Hs_DECREF(w);
    return r;
}

/* The decorator lru_cache(maxsize, typed) returns: self is (module, maxsize, typed). */
static HsObject *decorating_function(HsObject *self, HsObject *func) {
    return decorate(HS_TUPLE_GET(self, 0), func, HS_TUPLE_GET(self, 1), HS_TUPLE_GET(self, 2));
}

static HsMethodDef decorating_def = {"decorating_function", HS_CFUNC(decorating_function),
                                     HS_METH_O, NULL};

static HsObject *functools_lru_cache(HsObject *m, HsObject *const *args, Hs_ssize_t nargs,
                                     HsObject *kwnames) {
    static const char *const kw[] = {"maxsize", "typed", NULL};
    static const HsArgParser parser = {"lru_cache", kw};
    HsObject *a[2] = {NULL, NULL};
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 2, 0, a) < 0) {
        return NULL;
    }
    HsObject *maxsize = a[0], *typed = a[1] != NULL ? a[1] : Hs_False, *own = NULL;
    if (maxsize == NULL) {
        maxsize = own = HsLong_FromLong(128);
    } else if (HsLong_Check(maxsize)) {
        // a negative size means 0: lru_new clamps it
    } else if (HsCallable_Check(maxsize) && HsBool_Check(typed)) { /* bare @lru_cache */
        HsObject *size = HsLong_FromLong(128);
        HsObject *r = size != NULL ? decorate(m, maxsize, size, typed) : NULL;
        Hs_XDECREF(size);
        return r;
    } else if (maxsize != Hs_None) {
        return HsErr_Format(HsExc_TypeError,
                            "Expected first argument to be an integer, a callable, or None");
    }
    HsObject *state = maxsize != NULL ? HsTuple_Pack(3, m, maxsize, typed) : NULL;
    Hs_XDECREF(own);
    if (state == NULL) {
        return NULL;
    }
    HsObject *deco = HsCFunction_NewEx(&decorating_def, state, NULL);
    Hs_DECREF(state);
    return deco;
}

/* cache(user_function): lru_cache(maxsize=None)(user_function). */
static HsObject *functools_cache(HsObject *m, HsObject *func) {
    return decorate(m, func, Hs_None, Hs_False);
}

static HsMethodDef cache_methods[] = {
    {"update_wrapper", HS_CFUNC(functools_update_wrapper), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Update a wrapper function to look like the wrapped function"},
    {"wraps", HS_CFUNC(functools_wraps), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Decorator factory to apply update_wrapper() to a wrapper function"},
    {"lru_cache", HS_CFUNC(functools_lru_cache), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Least-recently-used cache decorator."},
    {"cache", HS_CFUNC(functools_cache), HS_METH_O,
     "Simple lightweight unbounded cache.  Sometimes called \"memoize\"."},
    {NULL, NULL, 0, NULL},
};

/* A tuple of str from a NULL-terminated C array. Return: new reference. */
static HsObject *str_tuple(const char *const *names) {
    Hs_ssize_t n = 0;
    while (names[n] != NULL) {
        n++;
    }
    HsObject *t = HsTuple_New(n);
    for (Hs_ssize_t i = 0; t != NULL && i < n; i++) {
        HsObject *s = HsUnicode_FromString(names[i]);
        if (s == NULL) {
            Hs_CLEAR(t);
            break;
        }
        HS_TUPLE_SET(t, i, s);
    }
    return t;
}

int hs_functools_add_cache(HsObject *m) {
    static const char *const updates[] = {"__dict__", NULL};
    if (HsType_Ready(&link_type) < 0 || HsType_Ready(&lru_type) < 0 ||
        HsType_Ready(&cacheinfo_type) < 0) {
        return -1;
    }
    if (kwd_mark == NULL &&
        (kwd_mark = HsObject_CallNoArgs((HsObject *)&HsBaseObject_Type)) == NULL) {
        return -1;
    }
    hs_obj_register_static(&kwd_mark); // released by finalization
    HsObject *mod = HsUnicode_FromString("functools");
    int rc = mod != NULL ? HsDict_SetItemString(cacheinfo_type.tp_dict, "__module__", mod) : -1;
    Hs_XDECREF(mod);
    hs_type_modified(&cacheinfo_type);
    HsObject *wa = str_tuple(wrapper_assignments), *wu = str_tuple(updates);
    rc |= wa != NULL ? HsModule_AddObjectRef(m, "WRAPPER_ASSIGNMENTS", wa) : -1;
    rc |= wu != NULL ? HsModule_AddObjectRef(m, "WRAPPER_UPDATES", wu) : -1;
    Hs_XDECREF(wa);
    Hs_XDECREF(wu);
    rc |= HsModule_AddFunctions(m, cache_methods);
    rc |= HsModule_AddObjectRef(m, "_lru_cache_wrapper", (HsObject *)&lru_type);
    rc |= HsModule_AddObjectRef(m, "_CacheInfo", (HsObject *)&cacheinfo_type);
    return rc < 0 ? -1 : 0;
}
