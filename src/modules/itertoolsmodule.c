/* The itertools module (CPython 3.11: Modules/itertoolsmodule.c): count, repeat, cycle,
 * chain, islice, accumulate, starmap, takewhile, dropwhile, compress, filterfalse, pairwise,
 * zip_longest, groupby, tee (the combinatoric ones are in itertools_comb.c).
 * Every iterator type is a GC type allocated through tp_alloc and tracked from birth, with
 * tp_traverse/tp_clear over its object fields.
 * Invariants: each struct lists its HsObject* fields first, right after ob_base, so the
 * OBJ_FIELDS helpers can visit and clear them; a field set to NULL means "exhausted" or
 * "not given" as in CPython. Slots: *_new and *_next return a new reference, or NULL (an
 * exception set, or for _next none at the end); arguments are borrowed.
 */
#include "internal/hs_modules.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_complex.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_weakref.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>

/* ==== shared helpers ==== */

#define iter_self hs_itertools_iter_self
#define iter_dealloc hs_itertools_iter_dealloc
#define alloc_with hs_itertools_alloc_with

/* Traverse and clear the first 'n' HsObject* fields after ob_base of struct T. */
#define OBJ_FIELDS(T, n)                                                                       \
    static int T##_traverse(HsObject *op, hs_visitproc visit, void *arg) {                     \
        HsObject **f = (HsObject **)((char *)op + sizeof(HsObject));                           \
        for (int i = 0; i < (n); i++) {                                                        \
            if (f[i] != NULL && visit(f[i], arg) < 0) {                                        \
                return -1;                                                                     \
            }                                                                                  \
        }                                                                                      \
        return 0;                                                                              \
    }                                                                                          \
    static int T##_clear(HsObject *op) {                                                       \
        HsObject **f = (HsObject **)((char *)op + sizeof(HsObject));                           \
        for (int i = 0; i < (n); i++) {                                                        \
            Hs_CLEAR(f[i]);                                                                    \
        }                                                                                      \
        return 0;                                                                              \
    }

/* A static iterator type named "itertools.NAME" over struct T with T_new, T_next and the
 * OBJ_FIELDS functions; 'repr' is its tp_repr or NULL. */
#define ITER_TYPE(T, name, doc, repr) ITER_TYPE_D(T, name, doc, repr, iter_dealloc)
/* The same with tp_dealloc 'dealloc'. */
#define ITER_TYPE_D(T, name, doc, repr, dealloc)                                               \
    static HsTypeObject T##_type = {                                                           \
        .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),                                     \
        .tp_name = "itertools." name,                                                          \
        .tp_basicsize = sizeof(T),                                                             \
        .tp_dealloc = dealloc,                                                                 \
        .tp_repr = repr,                                                                       \
        .tp_getattro = HsObject_GenericGetAttr,                                                \
        .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,                                  \
        .tp_doc = doc,                                                                         \
        .tp_traverse = T##_traverse,                                                           \
        .tp_clear = T##_clear,                                                                 \
        .tp_iter = iter_self,                                                                  \
        .tp_iternext = T##_next,                                                               \
        .tp_alloc = HsType_GenericAlloc,                                                       \
        .tp_new = T##_new,                                                                     \
    }

HsObject *hs_itertools_iter_self(HsObject *op) {
    return Hs_NewRef(op);
}

void hs_itertools_iter_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    if (HsType_SupportsWeakrefs(Hs_TYPE(op)) && *hs_weakref_listptr(op) != NULL) {
        HsObject_ClearWeakRefs(op); // _tee is weakrefable, as in CPython
    }
    Hs_TYPE(op)->tp_clear(op);
    hs_gc_free(op);
}

/* The next item of iterator 'it' (borrowed). Return: new reference, or NULL at the end (a
 * StopIteration it raised is swallowed) or with an exception. */
static HsObject *next_of(HsObject *it) {
    HsObject *item = Hs_TYPE(it)->tp_iternext(it);
    if (item == NULL && HsErr_Occurred() && HsErr_ExceptionMatches(HsExc_StopIteration)) {
        HsErr_Clear();
    }
    return item;
}

/* Allocate a 'type' object holding 'n' new references in its leading fields (stolen; any
 * NULL among the first 'need' means failure and all are released). Return: new reference. */
HsObject *hs_itertools_alloc_with(HsTypeObject *type, int n, int need, HsObject **vals) {
    int ok = 1;
    for (int i = 0; i < need; i++) {
        ok = ok && vals[i] != NULL;
    }
    HsObject *op = ok ? type->tp_alloc(type, 0) : NULL;
    HsObject **f = op != NULL ? (HsObject **)((char *)op + sizeof(HsObject)) : NULL;
    for (int i = 0; i < n; i++) {
        if (f != NULL) {
            f[i] = vals[i];
        } else {
            Hs_XDECREF(vals[i]);
        }
    }
    return op;
}

/* CPython's PyNumber_Check: int, float, complex or anything with __index__/__int__/__float__. */
static int number_check(HsObject *o) {
    HsNumberMethods *nb = Hs_TYPE(o)->tp_as_number;
    return (nb != NULL && (nb->nb_index != NULL || nb->nb_int != NULL || nb->nb_float != NULL)) ||
           HsComplex_Check(o);
}

/* 1 if 'o' is an int equal to 1, 0 if not, -1 on error. */
static int is_int_one(HsObject *o) {
    if (!HsLong_Check(o)) {
        return 0;
    }
    HsObject *one = HsLong_FromLong(1);
    int r = one != NULL ? HsObject_RichCompareBool(o, one, HS_EQ) : -1;
    Hs_XDECREF(one);
    return r;
}

/* ==== count ==== */

typedef struct CountObject {
    HsObject ob_base;
    HsObject *cnt;
    HsObject *step;
} CountObject;
OBJ_FIELDS(CountObject, 2)

static HsObject *CountObject_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"start", "step", NULL};
    static const HsArgParser parser = {"count", kw};
    HsObject *a[2] = {NULL, NULL};
    if (hs_num_unpack_new_args(args, kwds, &parser, 0, 2, 0, a) < 0) {
        return NULL;
    }
    if ((a[0] != NULL && !number_check(a[0])) || (a[1] != NULL && !number_check(a[1]))) {
        return HsErr_Format(HsExc_TypeError, "a number is required");
    }
    HsObject *v[2];
    v[0] = a[0] != NULL ? Hs_NewRef(a[0]) : HsLong_FromLong(0);
    v[1] = a[1] != NULL ? Hs_NewRef(a[1]) : HsLong_FromLong(1);
    int one = v[0] != NULL && v[1] != NULL ? is_int_one(v[1]) : 0;
    if (one < 0) {
        Hs_CLEAR(v[0]);
    } else if (one && HsLong_Check(v[0]) && !HsLong_CheckExact(v[0])) {
        /* CPython's fast mode keeps the start as a C integer: count(True) counts 1, 2, ... */
        Hs_ssize_t start = HsLong_AsSsize_t(v[0]);
        if (start == -1 && HsErr_Occurred()) {
            HsErr_Clear();
        } else {
            Hs_SETREF(v[0], HsLong_FromSsize_t(start));
        }
    }
    return alloc_with(type, 2, 2, v);
}

static HsObject *CountObject_next(HsObject *op) {
    CountObject *c = (CountObject *)op;
    HsObject *next = HsNumber_Add(c->cnt, c->step);
    if (next == NULL) {
        return NULL;
    }
    HsObject *cur = c->cnt;
    c->cnt = next;
    return cur;
}

/* The type's name after its last dot (CPython: _PyType_Name). */
static const char *short_type_name(HsObject *op) {
    const char *name = Hs_TYPE(op)->tp_name, *dot = name;
    for (const char *p = name; *p != '\0'; p++) {
        if (*p == '.') {
            dot = p + 1;
        }
    }
    return dot;
}

static HsObject *count_repr(HsObject *op) {
    CountObject *c = (CountObject *)op;
    int one = is_int_one(c->step);
    if (one < 0) {
        return NULL;
    }
    if (one) {
        return HsUnicode_FromFormat("%s(%R)", short_type_name(op), c->cnt);
    }
    return HsUnicode_FromFormat("%s(%R, %R)", short_type_name(op), c->cnt, c->step);
}

ITER_TYPE(CountObject, "count", "Return a count object whose .__next__() method returns "
          "consecutive values.", count_repr);

/* ==== repeat ==== */

typedef struct RepeatObject {
    HsObject ob_base;
    HsObject *element;
    Hs_ssize_t cnt; /* -1: forever */
} RepeatObject;
OBJ_FIELDS(RepeatObject, 1)

static HsObject *RepeatObject_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"object", "times", NULL};
    static const HsArgParser parser = {"repeat", kw};
    HsObject *a[2] = {NULL, NULL};
    if (hs_num_unpack_new_args(args, kwds, &parser, 0, 2, 0, a) < 0) {
        return NULL;
    }
    if (a[0] == NULL) {
        return HsErr_Format(HsExc_TypeError, "repeat() missing required argument 'object' (pos 1)");
    }
    Hs_ssize_t cnt = -1;
    if (a[1] != NULL) {
        cnt = HsNumber_AsSsize_t(a[1], HsExc_OverflowError);
        if (cnt == -1 && HsErr_Occurred()) {
            return NULL;
        }
        cnt = cnt < 0 ? 0 : cnt;
    }
    HsObject *v[1] = {Hs_NewRef(a[0])};
    HsObject *r = alloc_with(type, 1, 1, v);
    if (r != NULL) {
        ((RepeatObject *)r)->cnt = cnt;
    }
    return r;
}

static HsObject *RepeatObject_next(HsObject *op) {
    RepeatObject *r = (RepeatObject *)op;
    if (r->cnt == 0) {
        return NULL;
    }
    if (r->cnt > 0) {
        r->cnt--;
    }
    return Hs_NewRef(r->element);
}

static HsObject *repeat_repr(HsObject *op) {
    RepeatObject *r = (RepeatObject *)op;
    if (r->cnt == -1) {
        return HsUnicode_FromFormat("%s(%R)", short_type_name(op), r->element);
    }
    return HsUnicode_FromFormat("%s(%R, %zd)", short_type_name(op), r->element, r->cnt);
}
ITER_TYPE(RepeatObject, "repeat", "repeat(object [,times]) -> create an iterator which returns "
          "the object for the specified number of times.", repeat_repr);

/* ==== cycle ==== */

typedef struct CycleObject {
    HsObject ob_base;
    HsObject *it;    /* NULL after the first pass */
    HsObject *saved; /* list */
    Hs_ssize_t index;
} CycleObject;
OBJ_FIELDS(CycleObject, 2)

static HsObject *CycleObject_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    if (hs_arg_no_kwargs_dict("cycle", kwds) < 0 ||
        hs_arg_check_positional("cycle", Hs_SIZE(args), 1, 1) < 0) {
        return NULL;
    }
    HsObject *v[2] = {HsObject_GetIter(HS_TUPLE_GET(args, 0)), NULL};
    v[1] = v[0] != NULL ? HsList_New(0) : NULL;
    return alloc_with(type, 2, 2, v);
}

static HsObject *CycleObject_next(HsObject *op) {
    CycleObject *c = (CycleObject *)op;
    if (c->it != NULL) {
        HsObject *item = next_of(c->it);
        if (item != NULL) {
            if (HsList_Append(c->saved, item) < 0) {
                Hs_DECREF(item);
                return NULL;
            }
            return item;
        }
        if (HsErr_Occurred()) {
            return NULL;
        }
        Hs_CLEAR(c->it);
    }
    if (Hs_SIZE(c->saved) == 0) {
        return NULL;
    }
    HsObject *item = HS_LIST_GET(c->saved, c->index);
    c->index = (c->index + 1) % Hs_SIZE(c->saved);
    return Hs_NewRef(item);
}
ITER_TYPE(CycleObject, "cycle", "Return elements from the iterable until it is exhausted. Then "
          "repeat the sequence indefinitely.", NULL);

/* ==== chain ==== */

typedef struct ChainObject {
    HsObject ob_base;
    HsObject *source; /* iterator over the iterables, NULL when exhausted */
    HsObject *active; /* the current iterator, or NULL */
} ChainObject;
OBJ_FIELDS(ChainObject, 2)

static HsObject *ChainObject_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    if (hs_arg_no_kwargs_dict("chain", kwds) < 0) {
        return NULL;
    }
    HsObject *v[2] = {HsObject_GetIter(args), NULL};
    return alloc_with(type, 2, 1, v);
}

static HsObject *chain_from_iterable(HsObject *cls, HsObject *arg) {
    HsObject *v[2] = {HsObject_GetIter(arg), NULL};
    return alloc_with((HsTypeObject *)cls, 2, 1, v);
}

static HsObject *ChainObject_next(HsObject *op) {
    ChainObject *c = (ChainObject *)op;
    while (c->source != NULL) {
        if (c->active == NULL) {
            HsObject *iterable = next_of(c->source);
            if (iterable == NULL) {
                Hs_CLEAR(c->source);
                return NULL;
            }
            c->active = HsObject_GetIter(iterable);
            Hs_DECREF(iterable);
            if (c->active == NULL) {
                Hs_CLEAR(c->source);
                return NULL;
            }
        }
        HsObject *item = next_of(c->active);
        if (item != NULL || HsErr_Occurred()) {
            return item;
        }
        Hs_CLEAR(c->active);
    }
    return NULL;
}

static HsMethodDef chain_methods[] = {
    {"from_iterable", HS_CFUNC(chain_from_iterable), HS_METH_O | HS_METH_CLASS,
     "Alternative chain() constructor taking a single iterable argument that evaluates "
     "lazily."},
    {"__class_getitem__", HS_CFUNC(hs_generic_class_getitem), HS_METH_O | HS_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};
ITER_TYPE(ChainObject, "chain", "Return a chain object whose .__next__() method returns "
          "elements from the first iterable until it is exhausted, then elements from the next "
          "iterable, until all of the iterables are exhausted.", NULL);

/* ==== islice ==== */

typedef struct IsliceObject {
    HsObject ob_base;
    HsObject *it; /* NULL when exhausted */
    Hs_ssize_t next;
    Hs_ssize_t stop; /* -1: none */
    Hs_ssize_t step;
    Hs_ssize_t cnt;
} IsliceObject;
OBJ_FIELDS(IsliceObject, 1)

/* An islice index: None gives 'dflt', else an int 0 <= x <= sys.maxsize (a bigger one is
 * clamped). Returns 0, or -1 with ValueError carrying 'msg'. */
static int islice_index(HsObject *o, Hs_ssize_t dflt, const char *msg, Hs_ssize_t *out) {
    *out = dflt;
    if (o == Hs_None) {
        return 0;
    }
    *out = HsNumber_AsSsize_t(o, NULL);
    if (*out == -1 && HsErr_Occurred()) {
        HsErr_Clear();
    }
    if (*out < 0) {
        HsErr_Format(HsExc_ValueError, "%s", msg);
        return -1;
    }
    return 0;
}

static HsObject *IsliceObject_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const stop_msg =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    static const char *const idx_msg =
        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    Hs_ssize_t n = Hs_SIZE(args), start = 0, stop = -1, step = 1;
    if (hs_arg_no_kwargs_dict("islice", kwds) < 0 ||
        hs_arg_check_positional("islice", n, 2, 4) < 0) {
        return NULL;
    }
    if (n == 2) {
        if (islice_index(HS_TUPLE_GET(args, 1), -1, stop_msg, &stop) < 0) {
            return NULL;
        }
    } else {
        if (islice_index(HS_TUPLE_GET(args, 1), 0, idx_msg, &start) < 0 ||
            islice_index(HS_TUPLE_GET(args, 2), -1, idx_msg, &stop) < 0) {
            return NULL;
        }
        if (n == 4 && HS_TUPLE_GET(args, 3) != Hs_None) {
            step = HsNumber_AsSsize_t(HS_TUPLE_GET(args, 3), NULL);
            if (step == -1 && HsErr_Occurred()) {
                HsErr_Clear();
            }
            if (step < 1) {
                return HsErr_Format(HsExc_ValueError,
                                    "Step for islice() must be a positive integer or None.");
            }
        }
    }
    HsObject *v[1] = {HsObject_GetIter(HS_TUPLE_GET(args, 0))};
    IsliceObject *lz = (IsliceObject *)alloc_with(type, 1, 1, v);
    if (lz != NULL) {
        lz->next = start;
        lz->stop = stop;
        lz->step = step;
        lz->cnt = 0;
    }
    return (HsObject *)lz;
}

static HsObject *IsliceObject_next(HsObject *op) {
    IsliceObject *lz = (IsliceObject *)op;
    if (lz->it == NULL) {
        return NULL;
    }
    while (lz->cnt < lz->next) {
        HsObject *item = next_of(lz->it);
        if (item == NULL) {
            goto empty;
        }
        Hs_DECREF(item);
        lz->cnt++;
    }
    if (lz->stop != -1 && lz->cnt >= lz->stop) {
        goto empty;
    }
    HsObject *item = next_of(lz->it);
    if (item == NULL) {
        goto empty;
    }
    lz->cnt++;
    Hs_ssize_t oldnext = lz->next;
    lz->next += lz->step;
    if (lz->next < oldnext || (lz->stop != -1 && lz->next > lz->stop)) {
        lz->next = lz->stop;
    }
    return item;
empty:
    if (!HsErr_Occurred()) {
        Hs_CLEAR(lz->it);
    }
    return NULL;
}
ITER_TYPE(IsliceObject, "islice", "islice(iterable, stop) --> islice object\n"
          "islice(iterable, start, stop[, step]) --> islice object", NULL);

/* ==== accumulate ==== */

typedef struct AccumulateObject {
    HsObject ob_base;
    HsObject *total; /* NULL before the first item */
    HsObject *it;
    HsObject *binop;   /* NULL: addition */
    HsObject *initial; /* yielded first, then dropped */
} AccumulateObject;
OBJ_FIELDS(AccumulateObject, 4)

static HsObject *AccumulateObject_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"iterable", "func", "initial", NULL};
    static const HsArgParser parser = {"accumulate", kw};
    HsObject *a[3] = {NULL, NULL, NULL};
    if (hs_num_unpack_new_args(args, kwds, &parser, 0, 2, 0, a) < 0) {
        return NULL;
    }
    if (a[0] == NULL) {
        return HsErr_Format(HsExc_TypeError,
                            "accumulate() missing required argument 'iterable' (pos 1)");
    }
    HsObject *v[4] = {NULL, HsObject_GetIter(a[0]), NULL, NULL};
    if (a[1] != NULL && a[1] != Hs_None) {
        v[2] = Hs_NewRef(a[1]);
    }
    if (a[2] != NULL && a[2] != Hs_None) {
        v[3] = Hs_NewRef(a[2]);
    }
    if (v[1] == NULL) {
        Hs_XDECREF(v[2]);
        Hs_XDECREF(v[3]);
        return NULL;
    }
    return alloc_with(type, 4, 0, v);
}

static HsObject *AccumulateObject_next(HsObject *op) {
    AccumulateObject *lz = (AccumulateObject *)op;
    if (lz->initial != NULL) {
        lz->total = lz->initial;
        lz->initial = NULL;
        return Hs_NewRef(lz->total);
    }
    HsObject *val = next_of(lz->it);
    if (val == NULL) {
        return NULL;
    }
    HsObject *newtotal = val;
    if (lz->total != NULL) {
        if (lz->binop == NULL) {
            newtotal = HsNumber_Add(lz->total, val);
        } else {
            HsObject *pair[2] = {lz->total, val};
            newtotal = HsObject_Vectorcall(lz->binop, pair, 2, NULL);
        }
        Hs_DECREF(val);
        if (newtotal == NULL) {
            return NULL;
        }
    }
    HsObject *old = lz->total;
    lz->total = Hs_NewRef(newtotal);
    Hs_XDECREF(old);
    return newtotal;
}
ITER_TYPE(AccumulateObject, "accumulate", "Return series of accumulated sums (or other binary "
          "function results).", NULL);

/* ==== starmap, takewhile, dropwhile, filterfalse ==== */

/* These four hold (func, it) and share a constructor. */
typedef struct FuncIterObject {
    HsObject ob_base;
    HsObject *func;
    HsObject *it;
    long state; /* takewhile: stopped; dropwhile: started */
} FuncIterObject;
OBJ_FIELDS(FuncIterObject, 2)

static HsObject *funciter_new(const char *name, HsTypeObject *type, HsObject *args,
                              HsObject *kwds) {
    if (hs_arg_no_kwargs_dict(name, kwds) < 0 ||
        hs_arg_check_positional(name, Hs_SIZE(args), 2, 2) < 0) {
        return NULL;
    }
    HsObject *v[2] = {Hs_NewRef(HS_TUPLE_GET(args, 0)), HsObject_GetIter(HS_TUPLE_GET(args, 1))};
    return alloc_with(type, 2, 2, v);
}

/* func(item) as a truth value ('item' borrowed). Returns 1, 0 or -1. */
static int call_pred(HsObject *func, HsObject *item) {
    HsObject *r = HsObject_CallOneArg(func, item);
    if (r == NULL) {
        return -1;
    }
    int ok = HsObject_IsTrue(r);
    Hs_DECREF(r);
    return ok;
}

/* The per-type slot wrappers of a FuncIterObject type T (named by T##_name). */
#define STARMAP_FIELDS(T)                                                                      \
    static int T##_traverse(HsObject *op, hs_visitproc visit, void *arg) {                     \
        return FuncIterObject_traverse(op, visit, arg);                                        \
    }                                                                                          \
    static int T##_clear(HsObject *op) {                                                       \
        return FuncIterObject_clear(op);                                                       \
    }                                                                                          \
    static HsObject *T##_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {             \
        return funciter_new(T##_name, type, args, kwds);                                       \
    }

typedef FuncIterObject StarmapObject;
static const char StarmapObject_name[] = "starmap";
STARMAP_FIELDS(StarmapObject)

static HsObject *StarmapObject_next(HsObject *op) {
    StarmapObject *lz = (StarmapObject *)op;
    HsObject *args = next_of(lz->it);
    if (args == NULL) {
        return NULL;
    }
    if (!HsTuple_CheckExact(args)) {
        HsObject *t = HsSequence_Tuple(args);
        Hs_DECREF(args);
        if (t == NULL) {
            return NULL;
        }
        args = t;
    }
    HsObject *r = HsObject_Call(lz->func, args, NULL);
    Hs_DECREF(args);
    return r;
}
ITER_TYPE(StarmapObject, "starmap", "Return an iterator whose values are returned from the "
          "function evaluated with an argument tuple taken from the given sequence.", NULL);

typedef FuncIterObject TakewhileObject;
static const char TakewhileObject_name[] = "takewhile";
STARMAP_FIELDS(TakewhileObject)

static HsObject *TakewhileObject_next(HsObject *op) {
    TakewhileObject *lz = (TakewhileObject *)op;
    if (lz->state) {
        return NULL;
    }
    HsObject *item = next_of(lz->it);
    if (item == NULL) {
        return NULL;
    }
    int ok = call_pred(lz->func, item);
    if (ok > 0) {
        return item;
    }
    Hs_DECREF(item);
    if (ok == 0) {
        lz->state = 1;
    }
    return NULL;
}
ITER_TYPE(TakewhileObject, "takewhile", "Return successive entries from an iterable as long as "
          "the predicate evaluates to true for each entry.", NULL);

typedef FuncIterObject DropwhileObject;
static const char DropwhileObject_name[] = "dropwhile";
STARMAP_FIELDS(DropwhileObject)

static HsObject *DropwhileObject_next(HsObject *op) {
    DropwhileObject *lz = (DropwhileObject *)op;
    for (;;) {
        HsObject *item = next_of(lz->it);
        if (item == NULL || lz->state) {
            return item;
        }
        int ok = call_pred(lz->func, item);
        if (ok < 0) {
            Hs_DECREF(item);
            return NULL;
        }
        if (ok == 0) {
            lz->state = 1;
            return item;
        }
        Hs_DECREF(item);
    }
}
ITER_TYPE(DropwhileObject, "dropwhile", "Drop items from the iterable while predicate(item) is "
          "true.", NULL);

typedef FuncIterObject FilterfalseObject;
static const char FilterfalseObject_name[] = "filterfalse";
STARMAP_FIELDS(FilterfalseObject)

static HsObject *FilterfalseObject_next(HsObject *op) {
    FilterfalseObject *lz = (FilterfalseObject *)op;
    for (;;) {
        HsObject *item = next_of(lz->it);
        if (item == NULL) {
            return NULL;
        }
        int ok;
        if (lz->func == Hs_None || lz->func == (HsObject *)&HsBool_Type) {
            ok = HsObject_IsTrue(item);
        } else {
            ok = call_pred(lz->func, item);
        }
        if (ok == 0) {
            return item;
        }
        Hs_DECREF(item);
        if (ok < 0) {
            return NULL;
        }
    }
}
ITER_TYPE(FilterfalseObject, "filterfalse", "Return those items of iterable for which "
          "function(item) is false.", NULL);

/* ==== compress, pairwise ==== */

typedef struct CompressObject {
    HsObject ob_base;
    HsObject *data;
    HsObject *selectors;
} CompressObject;
OBJ_FIELDS(CompressObject, 2)

static HsObject *CompressObject_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"data", "selectors", NULL};
    static const HsArgParser parser = {"compress", kw};
    HsObject *a[2] = {NULL, NULL};
    if (hs_num_unpack_new_args(args, kwds, &parser, 0, 2, 0, a) < 0) {
        return NULL;
    }
    for (int i = 0; i < 2; i++) {
        if (a[i] == NULL) {
            return HsErr_Format(HsExc_TypeError,
                                "compress() missing required argument '%s' (pos %d)", kw[i],
                                i + 1);
        }
    }
    HsObject *v[2] = {HsObject_GetIter(a[0]), NULL};
    v[1] = v[0] != NULL ? HsObject_GetIter(a[1]) : NULL;
    return alloc_with(type, 2, 2, v);
}

static HsObject *CompressObject_next(HsObject *op) {
    CompressObject *lz = (CompressObject *)op;
    for (;;) {
        HsObject *datum = next_of(lz->data);
        if (datum == NULL) {
            return NULL;
        }
        HsObject *sel = next_of(lz->selectors);
        if (sel == NULL) {
            Hs_DECREF(datum);
            return NULL;
        }
        int ok = HsObject_IsTrue(sel);
        Hs_DECREF(sel);
        if (ok > 0) {
            return datum;
        }
        Hs_DECREF(datum);
        if (ok < 0) {
            return NULL;
        }
    }
}
ITER_TYPE(CompressObject, "compress", "Return data elements corresponding to true selector "
          "elements.", NULL);

typedef struct PairwiseObject {
    HsObject ob_base;
    HsObject *it; /* NULL when exhausted */
    HsObject *old;
} PairwiseObject;
OBJ_FIELDS(PairwiseObject, 2)

static HsObject *PairwiseObject_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    if (hs_arg_no_kwargs_dict("pairwise", kwds) < 0 ||
        hs_arg_check_positional("pairwise", Hs_SIZE(args), 1, 1) < 0) {
        return NULL;
    }
    HsObject *v[2] = {HsObject_GetIter(HS_TUPLE_GET(args, 0)), NULL};
    return alloc_with(type, 2, 1, v);
}

static HsObject *PairwiseObject_next(HsObject *op) {
    PairwiseObject *po = (PairwiseObject *)op;
    if (po->it == NULL) {
        return NULL;
    }
    if (po->old == NULL) {
        po->old = next_of(po->it);
        if (po->old == NULL) {
            Hs_CLEAR(po->it);
            return NULL;
        }
    }
    HsObject *item = next_of(po->it);
    if (item == NULL) {
        Hs_CLEAR(po->it);
        Hs_CLEAR(po->old);
        return NULL;
    }
    HsObject *r = HsTuple_Pack(2, po->old, item);
    Hs_DECREF(po->old);
    po->old = item;
    return r;
}
ITER_TYPE(PairwiseObject, "pairwise", "Return an iterator of overlapping pairs taken from the "
          "input iterator.", NULL);

/* ==== zip_longest ==== */

typedef struct ZipLongestObject {
    HsObject ob_base;
    HsObject *ittuple; /* iterators; an exhausted one is replaced by None */
    HsObject *fillvalue;
    Hs_ssize_t numactive;
} ZipLongestObject;
OBJ_FIELDS(ZipLongestObject, 2)

static HsObject *ZipLongestObject_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    HsObject *fill = Hs_None;
    if (kwds != NULL && HsDict_Size(kwds) > 0) {
        Hs_ssize_t pos = 0;
        HsObject *key, *value;
        fill = NULL;
        if (HsDict_Size(kwds) == 1 && HsDict_Next(kwds, &pos, &key, &value) &&
            hs_str_eq_ascii(key, "fillvalue")) {
            fill = value;
        }
        if (fill == NULL) {
            return HsErr_Format(HsExc_TypeError,
                                "zip_longest() got an unexpected keyword argument");
        }
    }
    Hs_ssize_t n = Hs_SIZE(args);
    HsObject *its = HsTuple_New(n);
    for (Hs_ssize_t i = 0; its != NULL && i < n; i++) {
        HsObject *it = HsObject_GetIter(HS_TUPLE_GET(args, i));
        if (it == NULL) {
            Hs_CLEAR(its);
            break;
        }
        HS_TUPLE_SET(its, i, it);
    }
    HsObject *v[2] = {its, its != NULL ? Hs_NewRef(fill) : NULL};
    ZipLongestObject *lz = (ZipLongestObject *)alloc_with(type, 2, 2, v);
    if (lz != NULL) {
        lz->numactive = n;
    }
    return (HsObject *)lz;
}

static HsObject *ZipLongestObject_next(HsObject *op) {
    ZipLongestObject *lz = (ZipLongestObject *)op;
    Hs_ssize_t n = Hs_SIZE(lz->ittuple);
    if (n == 0 || lz->numactive == 0) {
        return NULL;
    }
    HsObject *result = HsTuple_New(n);
    for (Hs_ssize_t i = 0; result != NULL && i < n; i++) {
        HsObject *it = HS_TUPLE_GET(lz->ittuple, i), *item;
        if (it == Hs_None) {
            item = Hs_NewRef(lz->fillvalue);
        } else {
            item = next_of(it);
            if (item == NULL) {
                lz->numactive--;
                if (HsErr_Occurred() || lz->numactive == 0) {
                    lz->numactive = 0;
                    Hs_CLEAR(result);
                    break;
                }
                item = Hs_NewRef(lz->fillvalue);
                HS_TUPLE_SET(lz->ittuple, i, Hs_NewRef(Hs_None));
                Hs_DECREF(it);
            }
        }
        HS_TUPLE_SET(result, i, item);
    }
    return result;
}
ITER_TYPE(ZipLongestObject, "zip_longest", "Return a zip_longest object whose .__next__() "
          "method returns a tuple where the i-th element comes from the i-th iterable "
          "argument.", NULL);

/* ==== groupby ==== */

typedef struct GroupbyObject {
    HsObject ob_base;
    HsObject *it;
    HsObject *keyfunc; /* None: identity */
    HsObject *tgtkey;
    HsObject *currkey;
    HsObject *currvalue;
    HsObject *currgrouper; /* borrowed: the grouper allowed to advance, or NULL */
} GroupbyObject;
OBJ_FIELDS(GroupbyObject, 5)

typedef struct GrouperObject {
    HsObject ob_base;
    HsObject *parent; /* the groupby */
    HsObject *tgtkey;
} GrouperObject;
OBJ_FIELDS(GrouperObject, 2)

static HsObject *GroupbyObject_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"iterable", "key", NULL};
    static const HsArgParser parser = {"groupby", kw};
    HsObject *a[2] = {NULL, NULL};
    if (hs_num_unpack_new_args(args, kwds, &parser, 0, 2, 0, a) < 0) {
        return NULL;
    }
    if (a[0] == NULL) {
        return HsErr_Format(HsExc_TypeError,
                            "groupby() missing required argument 'iterable' (pos 1)");
    }
    HsObject *v[5] = {HsObject_GetIter(a[0]), Hs_NewRef(a[1] != NULL ? a[1] : Hs_None), NULL,
                      NULL, NULL};
    return alloc_with(type, 5, 1, v);
}

/* Advance to the next value and key. Returns 0, or -1 at the end or with an exception. */
static int groupby_step(GroupbyObject *gbo) {
    HsObject *newvalue = HsIter_Next(gbo->it), *newkey;
    if (newvalue == NULL) {
        return -1;
    }
    if (gbo->keyfunc == Hs_None) {
        newkey = Hs_NewRef(newvalue);
    } else {
        newkey = HsObject_CallOneArg(gbo->keyfunc, newvalue);
        if (newkey == NULL) {
            Hs_DECREF(newvalue);
            return -1;
        }
    }
    HsObject *oldvalue = gbo->currvalue, *oldkey = gbo->currkey;
    gbo->currvalue = newvalue;
    gbo->currkey = newkey;
    Hs_XDECREF(oldvalue);
    Hs_XDECREF(oldkey);
    return 0;
}

static HsObject *GrouperObject_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)type;
    (void)args;
    (void)kwds;
    return HsErr_Format(HsExc_TypeError, "cannot create 'itertools._grouper' instances");
}

static HsObject *GrouperObject_next(HsObject *op) {
    GrouperObject *igo = (GrouperObject *)op;
    GroupbyObject *gbo = (GroupbyObject *)igo->parent;
    if (gbo->currgrouper != op) {
        return NULL;
    }
    if (gbo->currvalue == NULL && groupby_step(gbo) < 0) {
        return NULL;
    }
    int rcmp = HsObject_RichCompareBool(igo->tgtkey, gbo->currkey, HS_EQ);
    if (rcmp <= 0) {
        return NULL;
    }
    HsObject *r = gbo->currvalue;
    gbo->currvalue = NULL;
    Hs_CLEAR(gbo->currkey);
    return r;
}
ITER_TYPE(GrouperObject, "_grouper", NULL, NULL);

static HsObject *GroupbyObject_next(HsObject *op) {
    GroupbyObject *gbo = (GroupbyObject *)op;
    gbo->currgrouper = NULL;
    for (;;) {
        if (gbo->currkey == NULL) {
            /* step */
        } else if (gbo->tgtkey == NULL) {
            break;
        } else {
            int rcmp = HsObject_RichCompareBool(gbo->tgtkey, gbo->currkey, HS_EQ);
            if (rcmp < 0) {
                return NULL;
            }
            if (rcmp == 0) {
                break;
            }
        }
        if (groupby_step(gbo) < 0) {
            return NULL;
        }
    }
    HsObject *old = gbo->tgtkey;
    gbo->tgtkey = Hs_NewRef(gbo->currkey);
    Hs_XDECREF(old);
    HsObject *v[2] = {Hs_NewRef(op), Hs_NewRef(gbo->tgtkey)};
    HsObject *grouper = alloc_with(&GrouperObject_type, 2, 2, v);
    if (grouper == NULL) {
        return NULL;
    }
    gbo->currgrouper = grouper;
    HsObject *r = HsTuple_Pack(2, gbo->currkey, grouper);
    Hs_DECREF(grouper);
    return r;
}
ITER_TYPE(GroupbyObject, "groupby", "make an iterator that returns consecutive keys and groups "
          "from the iterable", NULL);

/* ==== tee ==== */

#define LINKCELLS 57

/* One link of the buffer the tees of one iterator share (CPython: teedataobject). */
typedef struct TeeDataObject {
    HsObject ob_base;
    HsObject *it;
    HsObject *nextlink; /* the next link, made on demand */
    int numread;        /* values[0..numread) are filled */
    int running;        /* inside it.__next__ (re-entry is an error) */
    HsObject *values[LINKCELLS];
} TeeDataObject;

typedef struct TeeObject {
    HsObject ob_base;
    HsObject *dataobj; /* a TeeDataObject */
    int index;         /* next slot of dataobj to read */
    HsObject *weakreflist; /* head of the weakrefs to this tee (hs_obj_weakref.h) */
} TeeObject;
OBJ_FIELDS(TeeObject, 1)

static int teedata_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    TeeDataObject *tdo = (TeeDataObject *)op;
    if ((tdo->it != NULL && visit(tdo->it, arg) < 0) ||
        (tdo->nextlink != NULL && visit(tdo->nextlink, arg) < 0)) {
        return -1;
    }
    for (int i = 0; i < tdo->numread; i++) {
        if (visit(tdo->values[i], arg) < 0) {
            return -1;
        }
    }
    return 0;
}

static int teedata_clear(HsObject *op) {
    TeeDataObject *tdo = (TeeDataObject *)op;
    Hs_CLEAR(tdo->it);
    for (int i = 0; i < tdo->numread; i++) {
        Hs_CLEAR(tdo->values[i]);
    }
    tdo->numread = 0;
    /* Drop a chain of links nobody else holds in a loop, not by recursion (CPython:
     * teedataobject_safe_decref). */
    HsObject *next = tdo->nextlink;
    tdo->nextlink = NULL;
    while (next != NULL && Hs_REFCNT(next) == 1) {
        HsObject *after = ((TeeDataObject *)next)->nextlink;
        ((TeeDataObject *)next)->nextlink = NULL;
        Hs_DECREF(next);
        next = after;
    }
    Hs_XDECREF(next);
    return 0;
}

static HsTypeObject teedata_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "itertools._tee_dataobject",
    .tp_basicsize = sizeof(TeeDataObject),
    .tp_dealloc = iter_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = teedata_traverse,
    .tp_clear = teedata_clear,
    .tp_alloc = HsType_GenericAlloc,
};

/* A fresh link reading from 'it' (borrowed). Return: new reference. */
static HsObject *teedata_new(HsObject *it) {
    TeeDataObject *tdo = (TeeDataObject *)HsType_GenericAlloc(&teedata_type, 0);
    if (tdo != NULL) {
        tdo->it = Hs_NewRef(it);
    }
    return (HsObject *)tdo;
}

/* A tee object over 'dataobj' (borrowed) at 'index'. Return: new reference. */
static HsObject *tee_make(HsTypeObject *type, HsObject *dataobj, int index) {
    TeeObject *to = (TeeObject *)type->tp_alloc(type, 0);
    if (to != NULL) {
        to->dataobj = Hs_NewRef(dataobj);
        to->index = index;
    }
    return (HsObject *)to;
}

/* A tee reading from iterator 'it' (borrowed). Return: new reference. */
static HsObject *tee_fromiterable(HsTypeObject *type, HsObject *it) {
    HsObject *data = teedata_new(it);
    if (data == NULL) {
        return NULL;
    }
    HsObject *to = tee_make(type, data, 0);
    Hs_DECREF(data);
    return to;
}

static HsObject *TeeObject_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    if (hs_arg_no_kwargs_dict("_tee", kwds) < 0 ||
        hs_arg_check_positional("_tee", Hs_SIZE(args), 1, 1) < 0) {
        return NULL;
    }
    HsObject *it = HsObject_GetIter(HS_TUPLE_GET(args, 0));
    if (it == NULL) {
        return NULL;
    }
    HsObject *to = tee_fromiterable(type, it);
    Hs_DECREF(it);
    return to;
}

static HsObject *TeeObject_next(HsObject *op) {
    TeeObject *to = (TeeObject *)op;
    if (to->index >= LINKCELLS) {
        TeeDataObject *tdo = (TeeDataObject *)to->dataobj;
        if (tdo->nextlink == NULL) {
            tdo->nextlink = teedata_new(tdo->it);
            if (tdo->nextlink == NULL) {
                return NULL;
            }
        }
        HsObject *link = Hs_NewRef(tdo->nextlink);
        Hs_DECREF(to->dataobj);
        to->dataobj = link;
        to->index = 0;
    }
    TeeDataObject *tdo = (TeeDataObject *)to->dataobj;
    if (to->index >= tdo->numread) {
        if (tdo->running) {
            return HsErr_Format(HsExc_RuntimeError, "cannot re-enter the tee iterator");
        }
        tdo->running = 1;
        HsObject *value = HsIter_Next(tdo->it);
        tdo->running = 0;
        if (value == NULL) {
            return NULL;
        }
        tdo->values[tdo->numread++] = value;
    }
    return Hs_NewRef(tdo->values[to->index++]);
}

static HsObject *tee_copy(HsObject *op, HsObject *unused) {
    (void)unused;
    return tee_make(Hs_TYPE(op), ((TeeObject *)op)->dataobj, ((TeeObject *)op)->index);
}

static HsMethodDef tee_methods[] = {
    {"__copy__", HS_CFUNC(tee_copy), HS_METH_NOARGS, "Returns an independent iterator."},
    {NULL, NULL, 0, NULL},
};
ITER_TYPE(TeeObject, "_tee", "Iterator wrapped to make it copyable.", NULL);

/* tee(iterable, n=2, /). Return: new reference (a tuple of n tees). */
static HsObject *itertools_tee(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("tee", nargs, 1, 2) < 0) {
        return NULL;
    }
    Hs_ssize_t n = 2;
    if (nargs == 2) {
        n = HsNumber_AsSsize_t(args[1], HsExc_OverflowError);
        if (n == -1 && HsErr_Occurred()) {
            return NULL;
        }
        if (n < 0) {
            return HsErr_Format(HsExc_ValueError, "n must be >= 0");
        }
    }
    HsObject *result = HsTuple_New(n);
    if (result == NULL || n == 0) {
        return result;
    }
    HsObject *it = HsObject_GetIter(args[0]);
    HsObject *first = NULL;
    if (it != NULL) {
        first = Hs_TYPE(it) == &TeeObject_type ? Hs_NewRef(it)
                                               : tee_fromiterable(&TeeObject_type, it);
        Hs_DECREF(it);
    }
    if (first == NULL) {
        Hs_DECREF(result);
        return NULL;
    }
    HS_TUPLE_SET(result, 0, first);
    for (Hs_ssize_t i = 1; i < n; i++) {
        HsObject *copy = tee_copy(first, NULL);
        if (copy == NULL) {
            Hs_DECREF(result);
            return NULL;
        }
        HS_TUPLE_SET(result, i, copy);
    }
    return result;
}

static HsMethodDef itertools_methods[] = {
    {"tee", HS_CFUNC(itertools_tee), HS_METH_FASTCALL,
     "Returns a tuple of n independent iterators."},
    {NULL, NULL, 0, NULL},
};

/* ==== module ==== */

static HsTypeObject *const itertools_types[] = {
    &AccumulateObject_type, &ChainObject_type,   &CompressObject_type, &CountObject_type,
    &CycleObject_type,      &DropwhileObject_type, &FilterfalseObject_type,
    &IsliceObject_type,     &PairwiseObject_type, &RepeatObject_type,  &StarmapObject_type,
    &TakewhileObject_type,
    &ZipLongestObject_type, &GroupbyObject_type, &GrouperObject_type,
    &TeeObject_type, &teedata_type, NULL,
};

int hs_itertools_init(HsObject **module_out) {
    *module_out = NULL;
    ChainObject_type.tp_methods = chain_methods;
    TeeObject_type.tp_methods = tee_methods;
    TeeObject_type.tp_weaklistoffset = offsetof(TeeObject, weakreflist);
    for (int i = 0; itertools_types[i] != NULL; i++) {
        if (HsType_Ready(itertools_types[i]) < 0) {
            return -1;
        }
    }
    HsObject *m = HsModule_New("itertools");
    if (m == NULL || HsModule_AddFunctions(m, itertools_methods) < 0) {
        Hs_XDECREF(m);
        return -1;
    }
    for (int i = 0; itertools_types[i] != NULL; i++) {
        const char *name = itertools_types[i]->tp_name + sizeof("itertools.") - 1;
        if (HsModule_AddObjectRef(m, name, (HsObject *)itertools_types[i]) < 0) {
            Hs_DECREF(m);
            return -1;
        }
    }
    if (hs_itertools_add_combinatorics(m) < 0) {
        Hs_DECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}
