/* The `collections` and `_collections` modules (CPython 3.11: Modules/_collectionsmodule.c
 * and Lib/collections/__init__.py): defaultdict and _count_elements live here; deque is in
 * collections_deque.c, OrderedDict in collections_odict.c, Counter in collections_counter.c.
 * Sizes and departures: docs/internals/collections.md.
 * defaultdict is a static C subtype of dict (CPython's defdictobject: the dict struct plus
 * 'default_factory', 72 bytes with the GC head). dict's subscript calls __missing__ for any
 * non-exact dict, which is how defaultdict and Counter fill in missing keys.
 * Invariants: default_factory is NULL (reads as None) or a callable / None; the dict part is
 * managed by dict's own slots (dealloc, traverse and clear chain to them).
 * ChainMap is in collections_chainmap.c.
 * Departures: namedtuple, UserDict/UserList/UserString and collections.abc are not provided
 * (they need Python classes).
 * Slots returning HsObject* return a new reference, or NULL with an exception; arguments are
 * borrowed.
 */
#include "internal/hs_modules.h"
#include "internal/hs_vm.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>

/* ==== defaultdict ==== */

typedef struct DefDictObject {
    HsDictObject dict;
    HsObject *default_factory;
} DefDictObject;

#define DD(op) ((DefDictObject *)(op))

/* d.__missing__(key): store and return default_factory(), or KeyError((key,)). */
static HsObject *defdict_missing(HsObject *op, HsObject *key) {
    HsObject *factory = DD(op)->default_factory;
    if (factory == NULL || factory == Hs_None) {
        HsObject *tup = HsTuple_Pack(1, key);
        if (tup != NULL) {
            HsErr_SetObject(HsExc_KeyError, tup);
            Hs_DECREF(tup);
        }
        return NULL;
    }
    HsObject *value = HsObject_CallNoArgs(factory);
    if (value == NULL) {
        return NULL;
    }
    if (HsObject_SetItem(op, key, value) < 0) {
        Hs_DECREF(value);
        return NULL;
    }
    return value;
}

/* type(dd)(dd.default_factory, arg): copy() and | call the object's class. */
static HsObject *new_defdict(HsObject *dd, HsObject *arg) {
    HsObject *factory = DD(dd)->default_factory != NULL ? DD(dd)->default_factory : Hs_None;
    HsObject *argv[2] = {factory, arg};
    return HsObject_Vectorcall((HsObject *)Hs_TYPE(dd), argv, 2, NULL);
}

static HsObject *defdict_copy(HsObject *op, HsObject *unused) {
    (void)unused;
    return new_defdict(op, op);
}

/* "defaultdict(<class 'list'>, {...})". */
static HsObject *defdict_repr(HsObject *op) {
    HsObject *baserepr = hs_dict_repr(op);
    if (baserepr == NULL) {
        return NULL;
    }
    HsObject *factory = DD(op)->default_factory, *defrepr;
    if (factory == NULL) {
        defrepr = HsUnicode_FromString("None");
    } else {
        int status = hs_repr_enter(factory);
        if (status < 0) {
            Hs_DECREF(baserepr);
            return NULL;
        }
        defrepr = status > 0 ? HsUnicode_FromString("...") : HsObject_Repr(factory);
        if (status == 0) {
            hs_repr_leave(factory);
        }
    }
    if (defrepr == NULL) {
        Hs_DECREF(baserepr);
        return NULL;
    }
    const char *name = Hs_TYPE(op)->tp_name;
    for (const char *p = name; *p != '\0'; p++) {
        if (*p == '.') {
            name = p + 1;
        }
    }
    HsObject *r = HsUnicode_FromFormat("%s(%U, %U)", name, defrepr, baserepr);
    Hs_DECREF(defrepr);
    Hs_DECREF(baserepr);
    return r;
}

/* dd | other and other | dd: a new object of dd's class. */
static HsObject *defdict_or(HsObject *left, HsObject *right) {
    HsObject *self = left, *other = right;
    if (!HsObject_TypeCheck(left, &HsDefaultDict_Type)) {
        self = right;
        other = left;
    }
    if (!HsDict_Check(other)) {
        return Hs_NewRef(Hs_NotImplemented);
    }
    HsObject *result = new_defdict(self, left);
    if (result == NULL) {
        return NULL;
    }
    if (hs_dict_update_arg(result, right) < 0) {
        Hs_DECREF(result);
        return NULL;
    }
    return result;
}

static int defdict_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    if (DD(op)->default_factory != NULL && visit(DD(op)->default_factory, arg) != 0) {
        return 1;
    }
    return HsDict_Type.tp_traverse(op, visit, arg);
}

static int defdict_clear(HsObject *op) {
    Hs_CLEAR(DD(op)->default_factory);
    return HsDict_Type.tp_clear(op);
}

static void defdict_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    Hs_CLEAR(DD(op)->default_factory);
    HsDict_Type.tp_dealloc(op);
}

/* defaultdict(default_factory=None, /, *args, **kwargs): the rest goes to dict.__init__. */
static int defdict_init(HsObject *op, HsObject *args, HsObject *kwds) {
    HsObject *olddefault = DD(op)->default_factory, *newdefault = NULL;
    Hs_ssize_t n = Hs_SIZE(args);
    if (n > 0) {
        newdefault = HS_TUPLE_GET(args, 0);
        if (!HsCallable_Check(newdefault) && newdefault != Hs_None) {
            HsErr_Format(HsExc_TypeError, "first argument must be callable or None");
            return -1;
        }
    }
    HsObject *newargs = HsTuple_FromArray(n > 0 ? &HS_TUPLE_GET(args, 1) : NULL, n > 0 ? n - 1 : 0);
    if (newargs == NULL) {
        return -1;
    }
    DD(op)->default_factory = newdefault != NULL ? Hs_NewRef(newdefault) : NULL;
    int result = HsDict_Type.tp_init(op, newargs, kwds);
    Hs_DECREF(newargs);
    Hs_XDECREF(olddefault);
    return result;
}

static HsMethodDef defdict_methods[] = {
    {"__missing__", HS_CFUNC(defdict_missing), HS_METH_O,
     "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
     "  if self.default_factory is None: raise KeyError((key,))\n"
     "  self[key] = value = self.default_factory()\n"
     "  return value\n"},
    {"copy", HS_CFUNC(defdict_copy), HS_METH_NOARGS, "D.copy() -> a shallow copy of D."},
    {"__copy__", HS_CFUNC(defdict_copy), HS_METH_NOARGS, "D.copy() -> a shallow copy of D."},
    {NULL, NULL, 0, NULL},
};

static HsMemberDef defdict_members[] = {
    {"default_factory", HS_T_OBJECT, offsetof(DefDictObject, default_factory), 0,
     "Factory for default value called by __missing__()."},
    {NULL, 0, 0, 0, NULL},
};

static HsNumberMethods defdict_as_number = {
    .nb_or = defdict_or,
};

HsTypeObject HsDefaultDict_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "collections.defaultdict",
    .tp_basicsize = sizeof(DefDictObject),
    .tp_dealloc = defdict_dealloc,
    .tp_repr = defdict_repr,
    .tp_as_number = &defdict_as_number,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
              "The default factory is called without arguments to produce\n"
              "a new value when a key is not present, in __getitem__ only.\n"
              "A defaultdict compares equal to a dict with the same items.\n"
              "All remaining arguments are treated the same as if they were\n"
              "passed to the dict constructor, including keyword arguments.\n",
    .tp_traverse = defdict_traverse,
    .tp_clear = defdict_clear,
    .tp_methods = defdict_methods,
    .tp_members = defdict_members,
    .tp_base = &HsDict_Type,
    .tp_init = defdict_init,
    .tp_alloc = HsType_GenericAlloc,
};

/* ==== _count_elements ==== */

/* mapping[elem] = mapping.get(elem, 0) + 1 for each elem, with dict's own get/set for a
 * dict subtype (Counter's update). Returns 0 or -1. */
int hs_collections_count_elements(HsObject *mapping, HsObject *iterable) {
    HsObject *it = HsObject_GetIter(iterable);
    if (it == NULL) {
        return -1;
    }
    HsObject *one = HsLong_FromLong(1), *key;
    int rc = one != NULL ? 0 : -1;
    while (rc == 0 && (key = HsIter_Next(it)) != NULL) {
        Hs_ssize_t hash = HsObject_Hash(key);
        HsObject *old = hash == -1 ? NULL : hs_dict_getitem_known_hash(mapping, key, hash);
        if (hash == -1 || (old == NULL && HsErr_Occurred())) {
            rc = -1;
        } else if (old == NULL) {
            rc = hs_dict_setitem_known_hash(mapping, key, hash, one);
        } else {
            HsObject *nv = HsNumber_Add(old, one);
            rc = nv != NULL ? hs_dict_setitem_known_hash(mapping, key, hash, nv) : -1;
            Hs_XDECREF(nv);
        }
        Hs_DECREF(key);
    }
    Hs_XDECREF(one);
    Hs_DECREF(it);
    return rc == 0 && !HsErr_Occurred() ? 0 : -1;
}

static HsObject *collections_count_elements(HsObject *self, HsObject *const *args,
                                            Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("_count_elements", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (HsDict_Check(args[0])) {
        return hs_collections_count_elements(args[0], args[1]) < 0 ? NULL : Hs_NewRef(Hs_None);
    }
    HsObject *get = HsObject_GetAttrString(args[0], "get");
    HsObject *it = get != NULL ? HsObject_GetIter(args[1]) : NULL;
    HsObject *zero = HsLong_FromLong(0), *one = HsLong_FromLong(1), *key;
    int rc = it != NULL && zero != NULL && one != NULL ? 0 : -1;
    while (rc == 0 && (key = HsIter_Next(it)) != NULL) {
        HsObject *argv[2] = {key, zero};
        HsObject *old = HsObject_Vectorcall(get, argv, 2, NULL);
        HsObject *nv = old != NULL ? HsNumber_Add(old, one) : NULL;
        rc = nv != NULL ? HsObject_SetItem(args[0], key, nv) : -1;
        Hs_XDECREF(old);
        Hs_XDECREF(nv);
        Hs_DECREF(key);
    }
    Hs_XDECREF(get);
    Hs_XDECREF(it);
    Hs_XDECREF(zero);
    Hs_XDECREF(one);
    return rc == 0 && !HsErr_Occurred() ? Hs_NewRef(Hs_None) : NULL;
}

/* ==== modules ==== */

static HsMethodDef collections_methods[] = {
    {"_count_elements", HS_CFUNC(collections_count_elements), HS_METH_FASTCALL,
     "Count elements in the iterable, updating the mapping"},
    {NULL, NULL, 0, NULL},
};

static int ready_types(void) {
    if (hs_collections_deque_ready() < 0 || HsType_Ready(&HsDefaultDict_Type) < 0 ||
        hs_collections_odict_ready() < 0 || hs_collections_counter_ready() < 0 ||
        hs_collections_chainmap_ready() < 0) {
        return -1;
    }
    return 0;
}

/* A module called 'name' holding deque, defaultdict and OrderedDict, plus Counter and
 * ChainMap (for `collections`, 'is_public') or _count_elements and the iterator types (for
 * `_collections`). */
static int make_module(const char *name, int is_public, HsObject **module_out) {
    *module_out = NULL;
    if (ready_types() < 0) {
        return -1;
    }
    HsObject *m = HsModule_New(name);
    if (m == NULL) {
        return -1;
    }
    int rc = HsModule_AddObjectRef(m, "deque", (HsObject *)&HsDeque_Type);
    rc |= HsModule_AddObjectRef(m, "defaultdict", (HsObject *)&HsDefaultDict_Type);
    rc |= HsModule_AddObjectRef(m, "OrderedDict", (HsObject *)&HsODict_Type);
    if (is_public) {
        rc |= HsModule_AddObjectRef(m, "Counter", (HsObject *)&HsCounter_Type);
        rc |= HsModule_AddObjectRef(m, "ChainMap", (HsObject *)&HsChainMap_Type);
    } else {
        rc |= HsModule_AddFunctions(m, collections_methods);
        rc |= HsModule_AddObjectRef(m, "_deque_iterator",
                                    (HsObject *)hs_collections_deque_iter_type(0));
        rc |= HsModule_AddObjectRef(m, "_deque_reverse_iterator",
                                    (HsObject *)hs_collections_deque_iter_type(1));
    }
    if (rc == 0 && is_public) {
        /* namedtuple, User*; collections is in sys.modules meanwhile, for collections.abc */
        rc = hs_vm_exec_frozen_in_module("_collections_py", m);
    }
    if (rc != 0) {
        Hs_DECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}

int hs_collections_init(HsObject **module_out) {
    return make_module("collections", 1, module_out);
}

int hs_collections_c_init(HsObject **module_out) {
    return make_module("_collections", 0, module_out);
}
