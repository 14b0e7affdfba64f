/* _weakrefset.WeakSet in C, with the behaviour of CPython 3.11's Lib/_weakrefset.py (shared
 * machinery in weakref_containers.c): a set of ref(item, remove); an item leaves the set
 * when it dies (at once, or when the last running iterator ends). Methods follow the Python
 * code, including where it commits pending removals and how the set operators build their
 * results (copy() then update, or a new WeakSet from an iterable). repr is the repr of the
 * set of weakrefs, as CPython's.
 * Not modelled: the iterator is not a generator object.
 * Functions returning HsObject* return a new reference, or NULL with an exception;
 * arguments are borrowed. */
#include "internal/hs_modules_weakref.h"
#include "internal/hs_modules.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
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

/* ==== static helpers ==== */

#define DATA(op) (HS_WC(op)->wc_data)

static int is_weakset(HsObject *op) {
    return HsType_IsSubtype(Hs_TYPE(op), &HsWeakSet_Type);
}

/* self.add(item), committing first. Returns 0 or -1. */
static int ws_add_one(HsObject *self, HsObject *item) {
    if (hs_weakc_commit_if_pending(self) < 0) {
        return -1;
    }
    HsObject *wr = HsWeakref_NewRef(item, HS_WC(self)->wc_remove);
    int rc = wr != NULL ? HsSet_Add(DATA(self), wr) : -1;
    Hs_XDECREF(wr);
    return rc;
}

/* self.update(other): add each item of the iterable. Returns 0 or -1. */
static int ws_update_from(HsObject *self, HsObject *other) {
    if (hs_weakc_commit_if_pending(self) < 0) {
        return -1;
    }
    HsObject *it = HsObject_GetIter(other);
    if (it == NULL) {
        return -1;
    }
    HsObject *item;
    while ((item = HsIter_Next(it)) != NULL) {
        int rc = ws_add_one(self, item);
        Hs_DECREF(item);
        if (rc < 0) {
            break;
        }
    }
    Hs_DECREF(it);
    return HsErr_Occurred() ? -1 : 0;
}

/* [ref(x) (with 'callback') for x in other] as a list. Return: new reference. */
static HsObject *refs_of(HsObject *other, HsObject *callback) {
    HsObject *list = HsList_New(0);
    HsObject *it = list != NULL ? HsObject_GetIter(other) : NULL;
    HsObject *item;
    while (it != NULL && (item = HsIter_Next(it)) != NULL) {
        HsObject *wr = HsWeakref_NewRef(item, callback);
        Hs_DECREF(item);
        if (wr == NULL || HsList_Append(list, wr) < 0) {
            Hs_XDECREF(wr);
            break;
        }
        Hs_DECREF(wr);
    }
    Hs_XDECREF(it);
    if (HsErr_Occurred()) {
        Hs_XDECREF(list);
        return NULL;
    }
    return list;
}

/* self.data.<method>(refs of other). Return: new reference (the method's result). */
static HsObject *data_call_with_refs(HsObject *self, const char *method, HsObject *other,
                                     HsObject *callback) {
    HsObject *refs = refs_of(other, callback);
    HsObject *name = refs != NULL ? HsUnicode_FromString(method) : NULL;
    HsObject *r = name != NULL ? HsObject_CallMethodOneArg(DATA(self), name, refs) : NULL;
    Hs_XDECREF(name);
    Hs_XDECREF(refs);
    return r;
}

/* A new WeakSet of self's type from iterable 'src' (NULL: empty). Return: new reference. */
static HsObject *ws_make(HsObject *self, HsObject *src) {
    HsObject *empty = HsTuple_New(0);
    HsObject *ws = empty != NULL ? hs_weakc_new(Hs_TYPE(self), empty, NULL) : NULL;
    Hs_XDECREF(empty);
    if (ws != NULL && src != NULL && ws_update_from(ws, src) < 0) {
        Hs_CLEAR(ws);
    }
    return ws;
}

/* ==== static helpers: slots ==== */

static int ws_init(HsObject *self, HsObject *args, HsObject *kwds) {
    static const char *const names[] = {"data", NULL};
    HsObject *a[1];
    if (hs_weakref_py_args("WeakSet.__init__", &HS_TUPLE_GET(args, 0), Hs_SIZE(args), kwds,
                           names, 0, 0, 0, a) < 0) {
        return -1;
    }
    return a[0] != NULL && a[0] != Hs_None ? ws_update_from(self, a[0]) : 0;
}

static Hs_ssize_t ws_length(HsObject *self) {
    return HsSet_Size(DATA(self)) - HsList_Size(HS_WC(self)->wc_pending);
}

static int ws_contains(HsObject *self, HsObject *item) {
    HsObject *wr = HsWeakref_NewRef(item, NULL);
    if (wr == NULL) {
        if (HsErr_ExceptionMatches(HsExc_TypeError)) {
            HsErr_Clear();
            return 0;
        }
        return -1;
    }
    int r = HsSet_Contains(DATA(self), wr);
    Hs_DECREF(wr);
    return r;
}

static HsObject *ws_iter(HsObject *self) {
    return hs_weakc_iter(self, HS_WI_KEYS);
}

static HsObject *ws_repr(HsObject *self) {
    return HsObject_Repr(DATA(self));
}

/* <, <=, >, >=, ==, != as the Python class: against refs of the other side's items. */
static HsObject *ws_richcompare(HsObject *self, HsObject *other, int op) {
    if (op == HS_EQ || op == HS_NE) {
        if (!HsObject_TypeCheck(other, Hs_TYPE(self))) {
            Hs_RETURN_NOTIMPLEMENTED;
        }
    }
    HsObject *refs = refs_of(other, NULL);
    HsObject *set = refs != NULL ? HsSet_New(refs) : NULL;
    Hs_XDECREF(refs);
    HsObject *r = set != NULL ? HsObject_RichCompare(DATA(self), set, op) : NULL;
    Hs_XDECREF(set);
    return r;
}

/* ==== static helpers: methods ==== */

static HsObject *ws_add(HsObject *self, HsObject *item) {
    return ws_add_one(self, item) < 0 ? NULL : Hs_NewRef(Hs_None);
}

static HsObject *ws_clear(HsObject *self, HsObject *unused) {
    (void)unused;
    if (hs_weakc_commit_if_pending(self) < 0 || HsSet_Clear(DATA(self)) < 0) {
        return NULL;
    }
    return Hs_NewRef(Hs_None);
}

static HsObject *ws_copy(HsObject *self, HsObject *unused) {
    (void)unused;
    return ws_make(self, self);
}

static HsObject *ws_pop(HsObject *self, HsObject *unused) {
    (void)unused;
    if (hs_weakc_commit_if_pending(self) < 0) {
        return NULL;
    }
    for (;;) {
        if (HsSet_Size(DATA(self)) == 0) {
            return HsErr_Format(HsExc_KeyError, "pop from empty WeakSet");
        }
        HsObject *wr = HsSet_Pop(DATA(self));
        if (wr == NULL) {
            return NULL;
        }
        HsObject *item = HsWeakref_GetObject(wr);
        HsObject *r = item != Hs_None ? Hs_NewRef(item) : NULL;
        Hs_DECREF(wr);
        if (r != NULL) {
            return r;
        }
    }
}

/* remove(item) / discard(item): through ref(item) (TypeError if not weakrefable). */
static HsObject *remove_or_discard(HsObject *self, HsObject *item, int strict) {
    if (hs_weakc_commit_if_pending(self) < 0) {
        return NULL;
    }
    HsObject *wr = HsWeakref_NewRef(item, NULL);
    if (wr == NULL) {
        return NULL;
    }
    int r = HsSet_Discard(DATA(self), wr);
    if (r == 0 && strict) {
        HsErr_SetObject(HsExc_KeyError, wr);
    }
    Hs_DECREF(wr);
    return r == 1 || (r == 0 && !strict) ? Hs_NewRef(Hs_None) : NULL;
}

static HsObject *ws_remove(HsObject *self, HsObject *item) {
    return remove_or_discard(self, item, 1);
}

static HsObject *ws_discard(HsObject *self, HsObject *item) {
    return remove_or_discard(self, item, 0);
}

static HsObject *ws_update(HsObject *self, HsObject *other) {
    return ws_update_from(self, other) < 0 ? NULL : Hs_NewRef(Hs_None);
}

/* In-place operators: |=, -=, &=, ^= (and the *_update methods, which return None). */
static HsObject *ws_ior(HsObject *self, HsObject *other) {
    return ws_update_from(self, other) < 0 ? NULL : Hs_NewRef(self);
}

static HsObject *ws_isub(HsObject *self, HsObject *other) {
    if (hs_weakc_commit_if_pending(self) < 0) {
        return NULL;
    }
    if (self == other) {
        HsSet_Clear(DATA(self));
        return Hs_NewRef(self);
    }
    HsObject *r = data_call_with_refs(self, "difference_update", other, NULL);
    Hs_XDECREF(r);
    return r != NULL ? Hs_NewRef(self) : NULL;
}

static HsObject *ws_iand(HsObject *self, HsObject *other) {
    if (hs_weakc_commit_if_pending(self) < 0) {
        return NULL;
    }
    HsObject *r = data_call_with_refs(self, "intersection_update", other, NULL);
    Hs_XDECREF(r);
    return r != NULL ? Hs_NewRef(self) : NULL;
}

static HsObject *ws_ixor(HsObject *self, HsObject *other) {
    if (hs_weakc_commit_if_pending(self) < 0) {
        return NULL;
    }
    if (self == other) {
        HsSet_Clear(DATA(self));
        return Hs_NewRef(self);
    }
    HsObject *r = data_call_with_refs(self, "symmetric_difference_update", other,
                                      HS_WC(self)->wc_remove);
    Hs_XDECREF(r);
    return r != NULL ? Hs_NewRef(self) : NULL;
}

/* The *_update methods: the in-place operator, returning None. */
#define UPDATE_METHOD(name, inplace)                                                               \
    static HsObject *name(HsObject *self, HsObject *other) {                                       \
        HsObject *r = inplace(self, other);                                                        \
        Hs_XDECREF(r);                                                                             \
        return r != NULL ? Hs_NewRef(Hs_None) : NULL;                                              \
    }
UPDATE_METHOD(ws_difference_update, ws_isub)
UPDATE_METHOD(ws_intersection_update, ws_iand)
UPDATE_METHOD(ws_symmetric_difference_update, ws_ixor)

/* copy() then the in-place operator: difference, symmetric_difference. */
static HsObject *copy_then(HsObject *self, HsObject *other, hs_binaryfunc inplace) {
    HsObject *c = ws_copy(self, NULL);
    HsObject *r = c != NULL ? inplace(c, other) : NULL;
    Hs_XDECREF(r);
    if (r == NULL) {
        Hs_XDECREF(c);
        return NULL;
    }
    return c;
}

static HsObject *ws_difference(HsObject *self, HsObject *other) {
    return copy_then(self, other, ws_isub);
}

static HsObject *ws_symmetric_difference(HsObject *self, HsObject *other) {
    return copy_then(self, other, ws_ixor);
}

/* intersection: a WeakSet of the items of other that are in self. */
static HsObject *ws_intersection(HsObject *self, HsObject *other) {
    HsObject *ws = ws_make(self, NULL);
    HsObject *it = ws != NULL ? HsObject_GetIter(other) : NULL;
    HsObject *item;
    while (it != NULL && (item = HsIter_Next(it)) != NULL) {
        int in = ws_contains(self, item);
        int rc = in == 1 ? ws_add_one(ws, item) : in;
        Hs_DECREF(item);
        if (rc < 0) {
            break;
        }
    }
    Hs_XDECREF(it);
    if (HsErr_Occurred()) {
        Hs_XDECREF(ws);
        return NULL;
    }
    return ws;
}

/* union: a WeakSet of the items of self, then of other. */
static HsObject *ws_union(HsObject *self, HsObject *other) {
    HsObject *ws = ws_make(self, self);
    if (ws != NULL && ws_update_from(ws, other) < 0) {
        Hs_CLEAR(ws);
    }
    return ws;
}

/* Binary operators: only between WeakSets (the Python methods would take any iterable, but
 * as operators Python only reaches them with a WeakSet on the left). */
#define BINARY_OP(name, method)                                                                    \
    static HsObject *name(HsObject *a, HsObject *b) {                                              \
        if (!is_weakset(a)) {                                                                      \
            Hs_RETURN_NOTIMPLEMENTED;                                                              \
        }                                                                                          \
        return method(a, b);                                                                       \
    }
BINARY_OP(ws_or, ws_union)
BINARY_OP(ws_and, ws_intersection)
BINARY_OP(ws_sub, ws_difference)
BINARY_OP(ws_xor, ws_symmetric_difference)

static HsObject *ws_issubset(HsObject *self, HsObject *other) {
    return data_call_with_refs(self, "issubset", other, NULL);
}

static HsObject *ws_issuperset(HsObject *self, HsObject *other) {
    return data_call_with_refs(self, "issuperset", other, NULL);
}

static HsObject *ws_isdisjoint(HsObject *self, HsObject *other) {
    HsObject *i = ws_intersection(self, other);
    if (i == NULL) {
        return NULL;
    }
    Hs_ssize_t n = ws_length(i);
    Hs_DECREF(i);
    return Hs_NewRef(n == 0 ? Hs_True : Hs_False);
}

static HsObject *ws_class_getitem(HsObject *cls, HsObject *item) {
    (void)item;
    return Hs_NewRef(cls);
}

/* The one-argument methods with the messages of their Python originals. */
#define PY_METHOD1(wrapper, impl, qual, pname)                                                     \
    static HsObject *wrapper(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {            \
        static const char *const names[] = {pname, NULL};                                          \
        HsObject *a[1];                                                                            \
        if (hs_weakref_py_args(qual, args, nargs, NULL, names, 0, 1, 0, a) < 0) {                  \
            return NULL;                                                                           \
        }                                                                                          \
        return impl(self, a[0]);                                                                   \
    }
PY_METHOD1(py_ws_add, ws_add, "WeakSet.add", "item")
PY_METHOD1(py_ws_remove, ws_remove, "WeakSet.remove", "item")
PY_METHOD1(py_ws_discard, ws_discard, "WeakSet.discard", "item")
PY_METHOD1(py_ws_update, ws_update, "WeakSet.update", "other")
PY_METHOD1(py_ws_difference, ws_difference, "WeakSet.difference", "other")
PY_METHOD1(py_ws_difference_update, ws_difference_update, "WeakSet.difference_update", "other")
PY_METHOD1(py_ws_intersection, ws_intersection, "WeakSet.intersection", "other")
PY_METHOD1(py_ws_intersection_update, ws_intersection_update,
           "WeakSet.intersection_update", "other")
PY_METHOD1(py_ws_symmetric_difference, ws_symmetric_difference,
           "WeakSet.symmetric_difference", "other")
PY_METHOD1(py_ws_symmetric_difference_update, ws_symmetric_difference_update,
           "WeakSet.symmetric_difference_update", "other")
PY_METHOD1(py_ws_union, ws_union, "WeakSet.union", "other")
PY_METHOD1(py_ws_issubset, ws_issubset, "WeakSet.issubset", "other")
PY_METHOD1(py_ws_issuperset, ws_issuperset, "WeakSet.issuperset", "other")
PY_METHOD1(py_ws_isdisjoint, ws_isdisjoint, "WeakSet.isdisjoint", "other")

static HsMethodDef ws_methods[] = {
    {"add", HS_CFUNC(py_ws_add), HS_METH_FASTCALL, NULL},
    {"clear", HS_CFUNC(ws_clear), HS_METH_NOARGS, NULL},
    {"copy", HS_CFUNC(ws_copy), HS_METH_NOARGS, NULL},
    {"pop", HS_CFUNC(ws_pop), HS_METH_NOARGS, NULL},
    {"remove", HS_CFUNC(py_ws_remove), HS_METH_FASTCALL, NULL},
    {"discard", HS_CFUNC(py_ws_discard), HS_METH_FASTCALL, NULL},
    {"update", HS_CFUNC(py_ws_update), HS_METH_FASTCALL, NULL},
    {"difference", HS_CFUNC(py_ws_difference), HS_METH_FASTCALL, NULL},
    {"difference_update", HS_CFUNC(py_ws_difference_update), HS_METH_FASTCALL, NULL},
    {"intersection", HS_CFUNC(py_ws_intersection), HS_METH_FASTCALL, NULL},
    {"intersection_update", HS_CFUNC(py_ws_intersection_update), HS_METH_FASTCALL, NULL},
    {"symmetric_difference", HS_CFUNC(py_ws_symmetric_difference), HS_METH_FASTCALL, NULL},
    {"symmetric_difference_update", HS_CFUNC(py_ws_symmetric_difference_update),
     HS_METH_FASTCALL, NULL},
    {"union", HS_CFUNC(py_ws_union), HS_METH_FASTCALL, NULL},
    {"issubset", HS_CFUNC(py_ws_issubset), HS_METH_FASTCALL, NULL},
    {"issuperset", HS_CFUNC(py_ws_issuperset), HS_METH_FASTCALL, NULL},
    {"isdisjoint", HS_CFUNC(py_ws_isdisjoint), HS_METH_FASTCALL, NULL},
    {"__class_getitem__", HS_CFUNC(ws_class_getitem), HS_METH_O | HS_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static HsMemberDef ws_members[] = {
    {"data", HS_T_OBJECT, offsetof(HsWeakContainer, wc_data), HS_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static HsNumberMethods ws_as_number = {
    .nb_subtract = ws_sub,
    .nb_and = ws_and,
    .nb_xor = ws_xor,
    .nb_or = ws_or,
    .nb_inplace_subtract = ws_isub,
    .nb_inplace_and = ws_iand,
    .nb_inplace_xor = ws_ixor,
    .nb_inplace_or = ws_ior,
};

static HsSequenceMethods ws_as_sequence = {
    .sq_length = ws_length,
    .sq_contains = ws_contains,
};

/* ==== the type ==== */

HsTypeObject HsWeakSet_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "_weakrefset.WeakSet",
    .tp_basicsize = sizeof(HsWeakContainer),
    .tp_dealloc = hs_weakc_dealloc,
    .tp_as_number = &ws_as_number,
    .tp_as_sequence = &ws_as_sequence,
    .tp_hash = HsObject_HashNotImplemented,
    .tp_repr = ws_repr,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_traverse = hs_weakc_traverse,
    .tp_clear = hs_weakc_clear,
    .tp_richcompare = ws_richcompare,
    .tp_weaklistoffset = offsetof(HsWeakContainer, wc_weakreflist),
    .tp_iter = ws_iter,
    .tp_methods = ws_methods,
    .tp_members = ws_members,
    .tp_init = ws_init,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = hs_weakc_new,
};
