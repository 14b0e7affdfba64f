/* The functools module's C part (CPython 3.11: Modules/_functoolsmodule.c): reduce, partial
 * and cmp_to_key with its KeyWrapper type. lru_cache, cache, wraps and update_wrapper are in
 * functools_cache.c; total_ordering, singledispatch and partialmethod are not provided.
 * Invariants: a partial's 'args' is always a tuple and 'kw' always a dict (possibly empty);
 * a partial of an exact partial is flattened at construction, as CPython does. A KeyWrapper
 * made by cmp_to_key has obj NULL; calling it makes one wrapping the object.
 * Slots returning HsObject* return a new reference, or NULL with an exception; arguments
 * are borrowed.
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
#include "internal/hs_obj_weakref.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>

/* ==== reduce ==== */

/* reduce(function, iterable[, initial]). Return: new reference. */
static HsObject *functools_reduce(HsObject *self, HsObject *args, HsObject *kwargs) {
    (void)self;
    Hs_ssize_t n = Hs_SIZE(args);
    if (hs_arg_no_kwargs_dict("reduce", kwargs) < 0 ||
        hs_arg_check_positional("reduce", n, 2, 3) < 0) {
        return NULL;
    }
    HsObject *func = HS_TUPLE_GET(args, 0);
    HsObject *result = n == 3 ? Hs_NewRef(HS_TUPLE_GET(args, 2)) : NULL;
    HsObject *it = HsObject_GetIter(HS_TUPLE_GET(args, 1));
    if (it == NULL) {
        if (HsErr_ExceptionMatches(HsExc_TypeError)) {
            HsErr_Clear();
            HsErr_Format(HsExc_TypeError, "reduce() arg 2 must support iteration");
        }
        Hs_XDECREF(result);
        return NULL;
    }
    for (;;) {
        HsObject *item = HsIter_Next(it);
        if (item == NULL) {
            break;
        }
        if (result == NULL) {
            result = item;
            continue;
        }
        HsObject *pair[2] = {result, item};
        HsObject *r = HsObject_Vectorcall(func, pair, 2, NULL);
        Hs_DECREF(result);
        Hs_DECREF(item);
        result = r;
        if (result == NULL) {
            break;
        }
    }
    Hs_DECREF(it);
    if (HsErr_Occurred()) {
        Hs_XDECREF(result);
        return NULL;
    }
    if (result == NULL) {
        HsErr_Format(HsExc_TypeError, "reduce() of empty iterable with no initial value");
    }
    return result;
}

/* ==== partial ==== */

typedef struct PartialObject {
    HsObject ob_base;
    HsObject *fn;
    HsObject *args; /* tuple */
    HsObject *kw;   /* dict */
    HsObject *dict; /* unused (kept for CPython's layout) */
    HsObject *weakreflist; /* head of the weakrefs to this partial (hs_obj_weakref.h) */
} PartialObject;

static HsTypeObject partial_type;

/* a + b for tuples. Return: new reference. */
static HsObject *tuple_concat(HsObject *a, Hs_ssize_t from, HsObject *b) {
    Hs_ssize_t na = Hs_SIZE(a), nb = Hs_SIZE(b) - from;
    HsObject *t = HsTuple_New(na + nb);
    if (t == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < na; i++) {
        HS_TUPLE_SET(t, i, Hs_NewRef(HS_TUPLE_GET(a, i)));
    }
    for (Hs_ssize_t i = 0; i < nb; i++) {
        HS_TUPLE_SET(t, na + i, Hs_NewRef(HS_TUPLE_GET(b, from + i)));
    }
    return t;
}

/* base (a dict or NULL) updated with extra (a dict or NULL), as a new dict. Return: new ref. */
static HsObject *dict_merged(HsObject *base, HsObject *extra) {
    HsObject *d = base != NULL ? HsDict_Copy(base) : HsDict_New();
    if (d != NULL && extra != NULL && HsDict_Merge(d, extra, 1) < 0) {
        Hs_CLEAR(d);
    }
    return d;
}

static HsObject *partial_new(HsTypeObject *type, HsObject *args, HsObject *kw) {
    if (Hs_SIZE(args) < 1) {
        return HsErr_Format(HsExc_TypeError, "type 'partial' takes at least one argument");
    }
    HsObject *func = HS_TUPLE_GET(args, 0), *pargs = NULL, *pkw = NULL;
    if (Hs_TYPE(func) == &partial_type && type == &partial_type) {
        PartialObject *part = (PartialObject *)func;
        if (part->dict == NULL) {
            pargs = part->args;
            pkw = part->kw;
            func = part->fn;
        }
    }
    if (!HsCallable_Check(func)) {
        return HsErr_Format(HsExc_TypeError, "the first argument must be callable");
    }
    HsObject *empty = HsTuple_New(0);
    HsObject *nargs = empty != NULL ? tuple_concat(pargs != NULL ? pargs : empty, 1, args) : NULL;
    Hs_XDECREF(empty);
    HsObject *nkw = nargs != NULL ? dict_merged(pkw, kw) : NULL;
    PartialObject *pto = nkw != NULL ? (PartialObject *)type->tp_alloc(type, 0) : NULL;
    if (pto == NULL) {
        Hs_XDECREF(nargs);
        Hs_XDECREF(nkw);
        return NULL;
    }
    pto->fn = Hs_NewRef(func);
    pto->args = nargs;
    pto->kw = nkw;
    return (HsObject *)pto;
}

static int partial_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    PartialObject *p = (PartialObject *)op;
    HsObject *f[4] = {p->fn, p->args, p->kw, p->dict};
    for (int i = 0; i < 4; i++) {
        if (f[i] != NULL && visit(f[i], arg) < 0) {
            return -1;
        }
    }
    return 0;
}

static int partial_clear(HsObject *op) {
    PartialObject *p = (PartialObject *)op;
    Hs_CLEAR(p->fn);
    Hs_CLEAR(p->args);
    Hs_CLEAR(p->kw);
    Hs_CLEAR(p->dict);
    return 0;
}

static void generic_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    if (HsType_SupportsWeakrefs(Hs_TYPE(op)) && *hs_weakref_listptr(op) != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    Hs_TYPE(op)->tp_clear(op);
    hs_gc_free(op);
}

static HsObject *partial_call(HsObject *op, HsObject *args, HsObject *kw) {
    PartialObject *p = (PartialObject *)op;
    HsObject *all = tuple_concat(p->args, 0, args);
    if (all == NULL) {
        return NULL;
    }
    HsObject *kwd = NULL;
    if (HsDict_Size(p->kw) == 0) {
        kwd = kw != NULL ? Hs_NewRef(kw) : NULL;
    } else {
        kwd = dict_merged(p->kw, kw);
        if (kwd == NULL) {
            Hs_DECREF(all);
            return NULL;
        }
    }
    HsObject *r = HsObject_Call(p->fn, all, kwd);
    Hs_DECREF(all);
    Hs_XDECREF(kwd);
    return r;
}

/* "functools.partial(fn, a1, ..., k1=v1, ...)". Return: new reference. */
static HsObject *partial_repr(HsObject *op) {
    PartialObject *p = (PartialObject *)op;
    HsObject *acc = HsUnicode_FromFormat("%s(%R", Hs_TYPE(op)->tp_name, p->fn);
    for (Hs_ssize_t i = 0; acc != NULL && i < Hs_SIZE(p->args); i++) {
        HsObject *next = HsUnicode_FromFormat("%U, %R", acc, HS_TUPLE_GET(p->args, i));
        Hs_DECREF(acc);
        acc = next;
    }
    Hs_ssize_t pos = 0;
    HsObject *key, *value;
    while (acc != NULL && HsDict_Next(p->kw, &pos, &key, &value)) {
        HsObject *next = HsUnicode_FromFormat("%U, %S=%R", acc, key, value);
        Hs_DECREF(acc);
        acc = next;
    }
    if (acc == NULL) {
        return NULL;
    }
    HsObject *r = HsUnicode_FromFormat("%U)", acc);
    Hs_DECREF(acc);
    return r;
}

static HsMemberDef partial_members[] = {
    {"func", HS_T_OBJECT, offsetof(PartialObject, fn), HS_READONLY,
     "function object to use in future partial calls"},
    {"args", HS_T_OBJECT, offsetof(PartialObject, args), HS_READONLY,
     "tuple of arguments to future partial calls"},
    {"keywords", HS_T_OBJECT, offsetof(PartialObject, kw), HS_READONLY,
     "dictionary of keyword arguments to future partial calls"},
    {NULL, 0, 0, 0, NULL},
};

static HsTypeObject partial_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "functools.partial",
    .tp_basicsize = sizeof(PartialObject),
    .tp_dealloc = generic_dealloc,
    .tp_repr = partial_repr,
    .tp_call = partial_call,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "partial(func, *args, **keywords) - new function with partial application\n"
              "    of the given arguments and keywords.\n",
    .tp_traverse = partial_traverse,
    .tp_clear = partial_clear,
    .tp_members = partial_members,
    .tp_weaklistoffset = offsetof(PartialObject, weakreflist),
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = partial_new,
};

/* ==== cmp_to_key ==== */

typedef struct KeyObject {
    HsObject ob_base;
    HsObject *cmp;
    HsObject *object; /* NULL for the wrapper cmp_to_key returns */
} KeyObject;

static HsTypeObject keyobject_type;

static int keyobject_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    KeyObject *ko = (KeyObject *)op;
    if (ko->cmp != NULL && visit(ko->cmp, arg) < 0) {
        return -1;
    }
    return ko->object != NULL ? visit(ko->object, arg) : 0;
}

static int keyobject_clear(HsObject *op) {
    Hs_CLEAR(((KeyObject *)op)->cmp);
    Hs_CLEAR(((KeyObject *)op)->object);
    return 0;
}

/* A KeyWrapper of cmp and object (either may be NULL). Return: new reference. */
static HsObject *keyobject_make(HsObject *cmp, HsObject *object) {
    KeyObject *ko = (KeyObject *)HsType_GenericAlloc(&keyobject_type, 0);
    if (ko == NULL) {
        return NULL;
    }
    ko->cmp = Hs_NewRef(cmp);
    ko->object = object != NULL ? Hs_NewRef(object) : NULL;
    return (HsObject *)ko;
}

static HsObject *keyobject_call(HsObject *op, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"obj", NULL};
    static const HsArgParser parser = {"K", kw};
    HsObject *a[1] = {NULL};
    if (hs_num_unpack_new_args(args, kwds, &parser, 0, 1, 0, a) < 0) {
        return NULL;
    }
    if (a[0] == NULL) {
        return HsErr_Format(HsExc_TypeError, "K() missing required argument 'obj' (pos 1)");
    }
    return keyobject_make(((KeyObject *)op)->cmp, a[0]);
}

static HsObject *keyobject_richcompare(HsObject *ko, HsObject *other, int op) {
    if (Hs_TYPE(other) != &keyobject_type) {
        return HsErr_Format(HsExc_TypeError, "other argument must be K instance");
    }
    HsObject *x = ((KeyObject *)ko)->object, *y = ((KeyObject *)other)->object;
    if (x == NULL || y == NULL) {
        return HsErr_Format(HsExc_AttributeError, "object");
    }
    HsObject *pair[2] = {x, y};
    HsObject *res = HsObject_Vectorcall(((KeyObject *)ko)->cmp, pair, 2, NULL);
    if (res == NULL) {
        return NULL;
    }
    HsObject *zero = HsLong_FromLong(0);
    HsObject *answer = zero != NULL ? HsObject_RichCompare(res, zero, op) : NULL;
    Hs_XDECREF(zero);
    Hs_DECREF(res);
    return answer;
}

static HsMemberDef keyobject_members[] = {
    {"obj", HS_T_OBJECT, offsetof(KeyObject, object), 0, "Value wrapped by a key function."},
    {NULL, 0, 0, 0, NULL},
};

static HsTypeObject keyobject_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "functools.KeyWrapper",
    .tp_basicsize = sizeof(KeyObject),
    .tp_dealloc = generic_dealloc,
    .tp_call = keyobject_call,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = keyobject_traverse,
    .tp_clear = keyobject_clear,
    .tp_richcompare = keyobject_richcompare,
    .tp_members = keyobject_members,
    .tp_alloc = HsType_GenericAlloc,
};

/* cmp_to_key(mycmp). Return: new reference. */
static HsObject *functools_cmp_to_key(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                      HsObject *kwnames) {
    static const char *const kw[] = {"mycmp", NULL};
    static const HsArgParser parser = {"cmp_to_key", kw};
    HsObject *a[1] = {NULL};
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 1, 0, a) < 0) {
        return NULL;
    }
    if (a[0] == NULL) {
        return HsErr_Format(HsExc_TypeError,
                            "cmp_to_key() missing required argument 'mycmp' (pos 1)");
    }
    return keyobject_make(a[0], NULL);
}

/* ==== module ==== */

static HsMethodDef functools_methods[] = {
    {"reduce", HS_CFUNC(functools_reduce), HS_METH_VARARGS | HS_METH_KEYWORDS,
     "reduce(function, iterable[, initial]) -> value"},
    {"cmp_to_key", HS_CFUNC(functools_cmp_to_key), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Convert a cmp= function into a key= function."},
    {NULL, NULL, 0, NULL},
};

int hs_functools_init(HsObject **module_out) {
    *module_out = NULL;
    if (HsType_Ready(&partial_type) < 0 || HsType_Ready(&keyobject_type) < 0 ||
        hs_generic_alias_enable(&partial_type) < 0) {
        return -1;
    }
    HsObject *m = HsModule_New("functools");
    if (m == NULL) {
        return -1;
    }
    if (HsModule_AddFunctions(m, functools_methods) < 0 ||
        HsModule_AddObjectRef(m, "partial", (HsObject *)&partial_type) < 0 ||
        hs_functools_add_cache(m) < 0 ||
        hs_vm_exec_frozen("_functools_py", HS_MODULE_DICT(m)) < 0) { /* total_ordering & co */
        Hs_DECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}
