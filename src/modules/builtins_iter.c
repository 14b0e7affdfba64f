/* The iterator types of builtins (CPython 3.11: Objects/enumobject.c enumerate and reversed,
 * Python/bltinmodule.c zip/map/filter, Objects/iterobject.c callable_iterator). Layouts keep
 * CPython's fields so sys.getsizeof matches: enumerate 72, zip 64, map/filter/reversed/
 * callable_iterator 48 (16 of them the GC head). All are GC types allocated through
 * tp_alloc (so subclasses work) and tracked from birth.
 * Invariants: an exhausted reversed or callable_iterator has dropped its sequence/callable
 * (NULL fields) and stays exhausted; zip's ittuple holds one iterator per argument.
 * Slots: *_new and *_next return a new reference, or NULL (an exception set, or for _next
 * none at the end); arguments are borrowed.
 */
#include "internal/hs_modules.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>

/* ==== types ==== */

typedef struct EnumObject {
    HsObject ob_base;
    Hs_ssize_t en_index;    /* the next index while it fits */
    HsObject *en_sit;       /* the underlying iterator */
    HsObject *en_result;    /* (None, None) at first: reused while nobody else holds it */
    HsObject *en_longindex; /* the next index as an int once past HS_SSIZE_T_MAX, or NULL */
    HsObject *one;          /* unused: CPython 3.11's cached 1 (kept for the size) */
} EnumObject;

typedef struct ZipObject {
    HsObject ob_base;
    Hs_ssize_t tuplesize;
    HsObject *ittuple; /* tuple of iterators */
    HsObject *result;  /* tuplesize Nones at first: reused while nobody else holds it */
    int strict;
} ZipObject;

typedef struct MapObject {
    HsObject ob_base;
    HsObject *iters; /* tuple of iterators */
    HsObject *func;
} MapObject;

typedef struct FilterObject {
    HsObject ob_base;
    HsObject *func; /* None or bool: truth test */
    HsObject *it;
} FilterObject;

typedef struct ReversedObject {
    HsObject ob_base;
    Hs_ssize_t index; /* next index to read, -1 when exhausted */
    HsObject *seq;    /* NULL when exhausted */
} ReversedObject;

typedef struct CallIterObject {
    HsObject ob_base;
    HsObject *it_callable; /* NULL when exhausted */
    HsObject *it_sentinel; /* NULL when exhausted */
} CallIterObject;

/* ==== static helpers ==== */

static HsObject *iter_self(HsObject *op) {
    return Hs_NewRef(op);
}

/* A dealloc for the types here: untrack, clear the fields with tp_clear, free. */
static void iter_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    Hs_TYPE(op)->tp_clear(op);
    hs_gc_free(op);
}

/* The iterator ended with an error or without: NULL either way; a StopIteration raised by
 * the underlying iterator is kept (tp_iternext callers treat it as the end). */
static int no_keywords(const char *name, HsObject *kwds) {
    return hs_arg_no_kwargs_dict(name, kwds);
}

/* ==== enumerate ==== */

static HsObject *enum_make(HsTypeObject *type, HsObject *iterable, HsObject *startarg);

static HsObject *enum_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"iterable", "start", NULL};
    static const HsArgParser parser = {"enumerate", kw};
    HsObject *a[2];
    if (hs_num_unpack_new_args(args, kwds, &parser, 0, 2, 0, a) < 0) {
        return NULL;
    }
    if (a[0] == NULL) {
        return HsErr_Format(HsExc_TypeError, "enumerate() missing required argument 'iterable'");
    }
    return enum_make(type, a[0], a[1]);
}

/* enumerate(iterable[, start]) once the arguments are known (CPython: enum_new_impl). */
static HsObject *enum_make(HsTypeObject *type, HsObject *iterable, HsObject *startarg) {
    HsObject *start = NULL;
    Hs_ssize_t index = 0;
    if (startarg != NULL) {
        start = HsNumber_Index(startarg);
        if (start == NULL) {
            return NULL;
        }
        index = HsNumber_AsSsize_t(start, NULL);
        if (index != HS_SSIZE_T_MAX) {
            Hs_CLEAR(start);
        }
    }
    HsObject *sit = HsObject_GetIter(iterable);
    if (sit == NULL) {
        Hs_XDECREF(start);
        return NULL;
    }
    HsObject *result = HsTuple_Pack(2, Hs_None, Hs_None);
    EnumObject *en = result != NULL ? (EnumObject *)type->tp_alloc(type, 0) : NULL;
    if (en == NULL) {
        Hs_XDECREF(result);
        Hs_DECREF(sit);
        Hs_XDECREF(start);
        return NULL;
    }
    en->en_index = index;
    en->en_sit = sit;
    en->en_result = result;
    en->en_longindex = start;
    return (HsObject *)en;
}

/* enumerate(x) and enumerate(x, n) without an argument tuple; other forms through tp_call
 * (CPython: enum_vectorcall). */
static HsObject *enum_vectorcall(HsObject *type, HsObject *const *args, size_t nargsf,
                                 HsObject *kwnames) {
    Hs_ssize_t nargs = HsVectorcall_NARGS(nargsf);
    if ((kwnames == NULL || Hs_SIZE(kwnames) == 0) && (nargs == 1 || nargs == 2)) {
        return enum_make((HsTypeObject *)type, args[0], nargs == 2 ? args[1] : NULL);
    }
    return hs_object_make_tp_call(type, args, nargs, kwnames);
}

static int enum_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    EnumObject *en = (EnumObject *)op;
    if ((en->en_sit != NULL && visit(en->en_sit, arg) < 0) ||
        (en->en_result != NULL && visit(en->en_result, arg) < 0)) {
        return -1;
    }
    return en->en_longindex != NULL ? visit(en->en_longindex, arg) : 0;
}

static int enum_clear(HsObject *op) {
    EnumObject *en = (EnumObject *)op;
    Hs_CLEAR(en->en_sit);
    Hs_CLEAR(en->en_result);
    Hs_CLEAR(en->en_longindex);
    return 0;
}

/* The next index as an int (new reference), stepping en_index or en_longindex. */
static HsObject *enum_next_index(EnumObject *en) {
    if (en->en_longindex == NULL) {
        if (en->en_index < HS_SSIZE_T_MAX) {
            return HsLong_FromSsize_t(en->en_index++);
        }
        en->en_longindex = HsLong_FromSsize_t(HS_SSIZE_T_MAX);
        if (en->en_longindex == NULL) {
            return NULL;
        }
    }
    HsObject *one = HsLong_FromLong(1);
    HsObject *next = one != NULL ? HsNumber_Add(en->en_longindex, one) : NULL;
    Hs_XDECREF(one);
    if (next == NULL) {
        return NULL;
    }
    HsObject *cur = en->en_longindex;
    en->en_longindex = next;
    return cur;
}

/* A 2-tuple (a, b), stealing both: the cached result tuple when only the iterator holds it
 * (the caller dropped the previous one), as CPython's enum_next/zip_next do, else a new one.
 * Return: new reference. */
static HsObject *reuse_pair(HsObject *cached, HsObject *a, HsObject *b) {
    if (cached != NULL && Hs_REFCNT(cached) == 1) {
        Hs_INCREF(cached);
        HsObject *olda = HS_TUPLE_GET(cached, 0), *oldb = HS_TUPLE_GET(cached, 1);
        HS_TUPLE_SET(cached, 0, a);
        HS_TUPLE_SET(cached, 1, b);
        Hs_DECREF(olda);
        Hs_DECREF(oldb);
        if (!hs_gc_is_tracked(cached)) { // the collector may have untracked it (bpo-42536)
            hs_gc_track(cached);
        }
        return cached;
    }
    HsObject *r = HsTuple_New(2);
    if (r == NULL) {
        Hs_DECREF(a);
        Hs_DECREF(b);
        return NULL;
    }
    HS_TUPLE_SET(r, 0, a);
    HS_TUPLE_SET(r, 1, b);
    return r;
}

static HsObject *enum_next(HsObject *op) {
    EnumObject *en = (EnumObject *)op;
    HsObject *item = Hs_TYPE(en->en_sit)->tp_iternext(en->en_sit);
    if (item == NULL) {
        return NULL;
    }
    HsObject *index = enum_next_index(en);
    if (index == NULL) {
        Hs_DECREF(item);
        return NULL;
    }
    return reuse_pair(en->en_result, index, item);
}

HsTypeObject HsEnum_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "enumerate",
    .tp_basicsize = sizeof(EnumObject),
    .tp_dealloc = iter_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "Return an enumerate object.",
    .tp_traverse = enum_traverse,
    .tp_clear = enum_clear,
    .tp_iter = iter_self,
    .tp_iternext = enum_next,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = enum_new,
    .tp_vectorcall = enum_vectorcall,
};

/* ==== zip ==== */

/* Collect 'strict' from zip()'s keywords. Returns 0/1, or -1 with TypeError. */
static int zip_strict_arg(HsObject *kwds) {
    if (kwds == NULL || HsDict_Size(kwds) == 0) {
        return 0;
    }
    Hs_ssize_t pos = 0;
    HsObject *key, *value;
    int strict = 0;
    while (HsDict_Next(kwds, &pos, &key, &value)) {
        if (!hs_str_eq_ascii(key, "strict")) {
            HsErr_Format(HsExc_TypeError, "'%U' is an invalid keyword argument for zip()", key);
            return -1;
        }
        strict = HsObject_IsTrue(value);
        if (strict < 0) {
            return -1;
        }
    }
    return strict;
}

/* A tuple of iter(x) for each x in the tuple 'args' from index 'from'. Return: new ref. */
static HsObject *iter_array(HsObject *const *args, Hs_ssize_t n) {
    HsObject *t = HsTuple_New(n);
    if (t == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsObject *it = HsObject_GetIter(args[i]);
        if (it == NULL) {
            Hs_DECREF(t);
            return NULL;
        }
        HS_TUPLE_SET(t, i, it);
    }
    return t;
}

static HsObject *zip_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    int strict = zip_strict_arg(kwds);
    if (strict < 0) {
        return NULL;
    }
    HsObject *its = iter_array(HS_TUPLE_ITEMS(args), Hs_SIZE(args));
    if (its == NULL) {
        return NULL;
    }
    HsObject *result = HsTuple_New(Hs_SIZE(its));
    for (Hs_ssize_t i = 0; result != NULL && i < Hs_SIZE(its); i++) {
        HS_TUPLE_SET(result, i, Hs_NewRef(Hs_None));
    }
    ZipObject *z = result != NULL ? (ZipObject *)type->tp_alloc(type, 0) : NULL;
    if (z == NULL) {
        Hs_XDECREF(result);
        Hs_DECREF(its);
        return NULL;
    }
    z->tuplesize = Hs_SIZE(its);
    z->ittuple = its;
    z->result = result;
    z->strict = strict;
    return (HsObject *)z;
}

static int zip_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    ZipObject *z = (ZipObject *)op;
    if (z->ittuple != NULL && visit(z->ittuple, arg) < 0) {
        return -1;
    }
    return z->result != NULL ? visit(z->result, arg) : 0;
}

static int zip_clear(HsObject *op) {
    Hs_CLEAR(((ZipObject *)op)->ittuple);
    Hs_CLEAR(((ZipObject *)op)->result);
    return 0;
}

/* strict=True: iterator 'i' ran out; raise if the others disagree. CPython: zip_next's
 * 'check' label, same messages. Return: NULL always. */
static HsObject *zip_strict_check(ZipObject *z, Hs_ssize_t i) {
    if (HsErr_Occurred()) {
        if (!HsErr_ExceptionMatches(HsExc_StopIteration)) {
            return NULL;
        }
        HsErr_Clear();
    }
    if (i > 0) {
        return HsErr_Format(HsExc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                            i + 1, i == 1 ? " " : "s 1-", i);
    }
    for (i = 1; i < z->tuplesize; i++) {
        HsObject *it = HS_TUPLE_GET(z->ittuple, i);
        HsObject *item = Hs_TYPE(it)->tp_iternext(it);
        if (item != NULL) {
            Hs_DECREF(item);
            return HsErr_Format(HsExc_ValueError, "zip() argument %zd is longer than argument%s%zd",
                                i + 1, i == 1 ? " " : "s 1-", i);
        }
        if (HsErr_Occurred()) {
            if (!HsErr_ExceptionMatches(HsExc_StopIteration)) {
                return NULL;
            }
            HsErr_Clear();
        }
    }
    return NULL;
}

/* Fill the cached result tuple in place (only the zip holds it). Return: new reference. */
static HsObject *zip_next_reuse(ZipObject *z) {
    HsObject *result = z->result;
    Hs_INCREF(result);
    for (Hs_ssize_t i = 0; i < z->tuplesize; i++) {
        HsObject *it = HS_TUPLE_GET(z->ittuple, i);
        HsObject *item = Hs_TYPE(it)->tp_iternext(it);
        if (item == NULL) {
            Hs_DECREF(result);
            return z->strict ? zip_strict_check(z, i) : NULL;
        }
        HsObject *old = HS_TUPLE_GET(result, i);
        HS_TUPLE_SET(result, i, item);
        Hs_DECREF(old);
    }
    if (!hs_gc_is_tracked(result)) { // the collector may have untracked it (bpo-42536)
        hs_gc_track(result);
    }
    return result;
}

static HsObject *zip_next(HsObject *op) {
    ZipObject *z = (ZipObject *)op;
    if (z->tuplesize == 0) {
        return NULL;
    }
    if (z->result != NULL && Hs_REFCNT(z->result) == 1) {
        return zip_next_reuse(z);
    }
    HsObject *result = HsTuple_New(z->tuplesize);
    if (result == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < z->tuplesize; i++) {
        HsObject *it = HS_TUPLE_GET(z->ittuple, i);
        HsObject *item = Hs_TYPE(it)->tp_iternext(it);
        if (item == NULL) {
            Hs_DECREF(result);
            return z->strict ? zip_strict_check(z, i) : NULL;
        }
        HS_TUPLE_SET(result, i, item);
    }
    return result;
}

HsTypeObject HsZip_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "zip",
    .tp_basicsize = sizeof(ZipObject),
    .tp_dealloc = iter_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
    .tp_traverse = zip_traverse,
    .tp_clear = zip_clear,
    .tp_iter = iter_self,
    .tp_iternext = zip_next,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = zip_new,
};

/* ==== map ==== */

static HsObject *map_make(HsTypeObject *type, HsObject *const *args, Hs_ssize_t nargs);

static HsObject *map_vectorcall(HsObject *type, HsObject *const *args, size_t nargsf,
                                HsObject *kwnames) {
    if (kwnames != NULL && Hs_SIZE(kwnames) > 0) {
        return hs_object_make_tp_call(type, args, HsVectorcall_NARGS(nargsf), kwnames);
    }
    return map_make((HsTypeObject *)type, args, HsVectorcall_NARGS(nargsf));
}

static HsObject *map_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    if (no_keywords("map", kwds) < 0) {
        return NULL;
    }
    return map_make(type, HS_TUPLE_ITEMS(args), Hs_SIZE(args));
}

/* map(func, *iterables) from an argument array (CPython: map_vectorcall). */
static HsObject *map_make(HsTypeObject *type, HsObject *const *args, Hs_ssize_t nargs) {
    if (nargs < 2) {
        return HsErr_Format(HsExc_TypeError, "map() must have at least two arguments.");
    }
    HsObject *its = iter_array(args + 1, nargs - 1);
    if (its == NULL) {
        return NULL;
    }
    MapObject *m = (MapObject *)type->tp_alloc(type, 0);
    if (m == NULL) {
        Hs_DECREF(its);
        return NULL;
    }
    m->iters = its;
    m->func = Hs_NewRef(args[0]);
    return (HsObject *)m;
}

static int map_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    MapObject *m = (MapObject *)op;
    if (m->iters != NULL && visit(m->iters, arg) < 0) {
        return -1;
    }
    return m->func != NULL ? visit(m->func, arg) : 0;
}

static int map_clear(HsObject *op) {
    Hs_CLEAR(((MapObject *)op)->iters);
    Hs_CLEAR(((MapObject *)op)->func);
    return 0;
}

static HsObject *map_next(HsObject *op) {
    MapObject *m = (MapObject *)op;
    Hs_ssize_t n = Hs_SIZE(m->iters);
    HsObject *small[8];
    HsObject **items = small;
    if (n > 8) {
        items = hs_mem_raw_malloc((size_t)n * sizeof(HsObject *));
        if (items == NULL) {
            return HsErr_NoMemory();
        }
    }
    Hs_ssize_t got = 0;
    HsObject *r = NULL;
    for (; got < n; got++) {
        HsObject *it = HS_TUPLE_GET(m->iters, got);
        items[got] = Hs_TYPE(it)->tp_iternext(it);
        if (items[got] == NULL) {
            goto done;
        }
    }
    r = HsObject_Vectorcall(m->func, items, (size_t)n, NULL);
done:
    for (Hs_ssize_t i = 0; i < got; i++) {
        Hs_DECREF(items[i]);
    }
    if (items != small) {
        hs_mem_raw_free(items);
    }
    return r;
}

HsTypeObject HsMap_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "map",
    .tp_basicsize = sizeof(MapObject),
    .tp_dealloc = iter_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "map(func, *iterables) --> map object",
    .tp_traverse = map_traverse,
    .tp_clear = map_clear,
    .tp_iter = iter_self,
    .tp_iternext = map_next,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = map_new,
    .tp_vectorcall = map_vectorcall,
};

/* ==== filter ==== */

static HsObject *filter_make(HsTypeObject *type, HsObject *func, HsObject *seq);

/* filter(f, it) without an argument tuple (CPython: filter_vectorcall). */
static HsObject *filter_vectorcall(HsObject *type, HsObject *const *args, size_t nargsf,
                                   HsObject *kwnames) {
    Hs_ssize_t nargs = HsVectorcall_NARGS(nargsf);
    if ((kwnames != NULL && Hs_SIZE(kwnames) > 0) || nargs != 2) {
        return hs_object_make_tp_call(type, args, nargs, kwnames);
    }
    return filter_make((HsTypeObject *)type, args[0], args[1]);
}

static HsObject *filter_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    if (no_keywords("filter", kwds) < 0 ||
        hs_arg_check_positional("filter", Hs_SIZE(args), 2, 2) < 0) {
        return NULL;
    }
    return filter_make(type, HS_TUPLE_GET(args, 0), HS_TUPLE_GET(args, 1));
}

/* filter(func, iterable) once the arguments are known. */
static HsObject *filter_make(HsTypeObject *type, HsObject *func, HsObject *seq) {
    HsObject *it = HsObject_GetIter(seq);
    if (it == NULL) {
        return NULL;
    }
    FilterObject *f = (FilterObject *)type->tp_alloc(type, 0);
    if (f == NULL) {
        Hs_DECREF(it);
        return NULL;
    }
    f->func = Hs_NewRef(func);
    f->it = it;
    return (HsObject *)f;
}

static int filter_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    FilterObject *f = (FilterObject *)op;
    if (f->func != NULL && visit(f->func, arg) < 0) {
        return -1;
    }
    return f->it != NULL ? visit(f->it, arg) : 0;
}

static int filter_clear(HsObject *op) {
    Hs_CLEAR(((FilterObject *)op)->func);
    Hs_CLEAR(((FilterObject *)op)->it);
    return 0;
}

static HsObject *filter_next(HsObject *op) {
    FilterObject *f = (FilterObject *)op;
    int truth_only = f->func == Hs_None || f->func == (HsObject *)&HsBool_Type;
    for (;;) {
        HsObject *item = Hs_TYPE(f->it)->tp_iternext(f->it);
        if (item == NULL) {
            return NULL;
        }
        int ok;
        if (truth_only) {
            ok = HsObject_IsTrue(item);
        } else {
            HsObject *good = HsObject_CallOneArg(f->func, item);
            ok = good != NULL ? HsObject_IsTrue(good) : -1;
            Hs_XDECREF(good);
        }
        if (ok > 0) {
            return item;
        }
        Hs_DECREF(item);
        if (ok < 0) {
            return NULL;
        }
    }
}

HsTypeObject HsFilter_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "filter",
    .tp_basicsize = sizeof(FilterObject),
    .tp_dealloc = iter_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "filter(function or None, iterable) --> filter object",
    .tp_traverse = filter_traverse,
    .tp_clear = filter_clear,
    .tp_iter = iter_self,
    .tp_iternext = filter_next,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = filter_new,
    .tp_vectorcall = filter_vectorcall,
};

/* ==== reversed ==== */

/* reversed(seq): seq.__reversed__() if the type has it (None means not reversible), else a
 * reversed object over the sequence protocol. CPython: reversed_new_impl. */
static HsObject *reversed_make(HsTypeObject *type, HsObject *seq);

/* reversed(seq) without an argument tuple (CPython: reversed_vectorcall). */
static HsObject *reversed_vectorcall(HsObject *type, HsObject *const *args, size_t nargsf,
                                     HsObject *kwnames) {
    Hs_ssize_t nargs = HsVectorcall_NARGS(nargsf);
    if ((kwnames != NULL && Hs_SIZE(kwnames) > 0) || nargs != 1) {
        return hs_object_make_tp_call(type, args, nargs, kwnames);
    }
    return reversed_make((HsTypeObject *)type, args[0]);
}

static HsObject *reversed_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    if (no_keywords("reversed", kwds) < 0 ||
        hs_arg_check_positional("reversed", Hs_SIZE(args), 1, 1) < 0) {
        return NULL;
    }
    return reversed_make(type, HS_TUPLE_GET(args, 0));
}

/* reversed(seq) once the argument is known (CPython: reversed_new_impl). */
static HsObject *reversed_make(HsTypeObject *type, HsObject *seq) {
    HsObject *name = hs_builtins_name("__reversed__");
    if (name == NULL) {
        return NULL;
    }
    HsObject *meth = hs_type_lookup(Hs_TYPE(seq), name);
    if (meth == Hs_None ||
        (meth == NULL && (Hs_TYPE(seq)->tp_as_sequence == NULL ||
                          Hs_TYPE(seq)->tp_as_sequence->sq_item == NULL || HsDict_Check(seq)))) {
        return HsErr_Format(HsExc_TypeError, "'%.200s' object is not reversible",
                            Hs_TYPE(seq)->tp_name);
    }
    if (meth != NULL) {
        Hs_INCREF(meth);
        HsObject *r = HsObject_Vectorcall(meth, &seq, 1, NULL);
        Hs_DECREF(meth);
        return r;
    }
    Hs_ssize_t n = HsObject_Size(seq);
    if (n < 0) {
        return NULL;
    }
    ReversedObject *ro = (ReversedObject *)type->tp_alloc(type, 0);
    if (ro == NULL) {
        return NULL;
    }
    ro->index = n - 1;
    ro->seq = Hs_NewRef(seq);
    return (HsObject *)ro;
}

static int reversed_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *seq = ((ReversedObject *)op)->seq;
    return seq != NULL ? visit(seq, arg) : 0;
}

static int reversed_clear(HsObject *op) {
    Hs_CLEAR(((ReversedObject *)op)->seq);
    return 0;
}

static HsObject *reversed_next(HsObject *op) {
    ReversedObject *ro = (ReversedObject *)op;
    if (ro->index >= 0) {
        HsObject *item = HsSequence_GetItem(ro->seq, ro->index);
        if (item != NULL) {
            ro->index--;
            return item;
        }
        if (HsErr_ExceptionMatches(HsExc_IndexError) ||
            HsErr_ExceptionMatches(HsExc_StopIteration)) {
            HsErr_Clear();
        }
    }
    ro->index = -1;
    Hs_CLEAR(ro->seq);
    return NULL;
}

/* __length_hint__: how many items remain. */
static HsObject *reversed_len(HsObject *op, HsObject *unused) {
    (void)unused;
    ReversedObject *ro = (ReversedObject *)op;
    if (ro->seq == NULL) {
        return HsLong_FromLong(0);
    }
    Hs_ssize_t n = HsObject_Size(ro->seq);
    if (n < 0) {
        return NULL;
    }
    return HsLong_FromSsize_t(n < ro->index + 1 ? 0 : ro->index + 1);
}

static HsMethodDef reversed_methods[] = {
    {"__length_hint__", HS_CFUNC(reversed_len), HS_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsReversed_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "reversed",
    .tp_basicsize = sizeof(ReversedObject),
    .tp_dealloc = iter_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "Return a reverse iterator over the values of the given sequence.",
    .tp_traverse = reversed_traverse,
    .tp_clear = reversed_clear,
    .tp_iter = iter_self,
    .tp_iternext = reversed_next,
    .tp_methods = reversed_methods,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = reversed_new,
    .tp_vectorcall = reversed_vectorcall,
};

/* ==== callable_iterator ==== */

static int calliter_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    CallIterObject *ci = (CallIterObject *)op;
    if (ci->it_callable != NULL && visit(ci->it_callable, arg) < 0) {
        return -1;
    }
    return ci->it_sentinel != NULL ? visit(ci->it_sentinel, arg) : 0;
}

static int calliter_clear(HsObject *op) {
    Hs_CLEAR(((CallIterObject *)op)->it_callable);
    Hs_CLEAR(((CallIterObject *)op)->it_sentinel);
    return 0;
}

/* Call the callable; a result equal to the sentinel (or StopIteration) ends the iterator. */
static HsObject *calliter_next(HsObject *op) {
    CallIterObject *ci = (CallIterObject *)op;
    if (ci->it_callable == NULL) {
        return NULL;
    }
    HsObject *r = HsObject_CallNoArgs(ci->it_callable);
    if (r != NULL) {
        int ok = HsObject_RichCompareBool(r, ci->it_sentinel, HS_EQ);
        if (ok == 0) {
            return r;
        }
        Hs_DECREF(r);
        if (ok > 0) {
            calliter_clear(op);
        }
    } else if (HsErr_ExceptionMatches(HsExc_StopIteration)) {
        HsErr_Clear();
        calliter_clear(op);
    }
    return NULL;
}

HsTypeObject HsCallIter_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "callable_iterator",
    .tp_basicsize = sizeof(CallIterObject),
    .tp_dealloc = iter_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = calliter_traverse,
    .tp_clear = calliter_clear,
    .tp_iter = iter_self,
    .tp_iternext = calliter_next,
    .tp_alloc = HsType_GenericAlloc,
};

/* ==== public API ==== */

HsObject *HsCallIter_New(HsObject *callable, HsObject *sentinel) {
    CallIterObject *ci = (CallIterObject *)HsType_GenericAlloc(&HsCallIter_Type, 0);
    if (ci == NULL) {
        return NULL;
    }
    ci->it_callable = Hs_NewRef(callable);
    ci->it_sentinel = Hs_NewRef(sentinel);
    return (HsObject *)ci;
}
