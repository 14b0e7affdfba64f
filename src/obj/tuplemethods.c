/* The tuple's protocols and methods (CPython 3.11: Objects/tupleobject.c): hash (xxHash
 * based tuplehash, via the hashing kernel), lexicographic comparison, repr with "(...)" for
 * recursion, the sequence slots, the iterator, count/index and the constructor. Slicing
 * goes through the slice object (issue #3). The core (allocation, free lists, GC) is in
 * tupleobject.c.
 * Invariant: a tuple's items are never NULL once it is visible to Python code. */
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_hash.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "hs/abstract.h"
#include "hs/ceval.h"
#include "hs/errors.h"

/* ==== hashing, comparison, repr ==== */

Hs_ssize_t hs_tuple_hash(HsObject *op) {
    HsTupleHasher h;
    hs_obj_hash_tuple_init(&h);
    for (Hs_ssize_t i = 0; i < Hs_SIZE(op); i++) {
        Hs_ssize_t item = HsObject_Hash(HS_TUPLE_GET(op, i));
        if (item == -1) {
            return -1;
        }
        hs_obj_hash_tuple_add(&h, item);
    }
    return hs_obj_hash_tuple_finish(&h, (size_t)Hs_SIZE(op));
}

/* CPython: tuplerichcompare — find the first differing item, then compare it. */
HsObject *hs_tuple_richcompare(HsObject *v, HsObject *w, int op) {
    if (!HsTuple_Check(v) || !HsTuple_Check(w)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    Hs_ssize_t vlen = Hs_SIZE(v), wlen = Hs_SIZE(w), i;
    for (i = 0; i < vlen && i < wlen; i++) {
        int k = HsObject_RichCompareBool(HS_TUPLE_GET(v, i), HS_TUPLE_GET(w, i), HS_EQ);
        if (k < 0) {
            return NULL;
        }
        if (!k) {
            break;
        }
    }
    if (i >= vlen || i >= wlen) {
        int r;
        switch (op) {
        case HS_LT: r = vlen < wlen; break;
        case HS_LE: r = vlen <= wlen; break;
        case HS_EQ: r = vlen == wlen; break;
        case HS_NE: r = vlen != wlen; break;
        case HS_GT: r = vlen > wlen; break;
        default: r = vlen >= wlen; break;
        }
        return HsBool_FromLong(r);
    }
    if (op == HS_EQ) {
        Hs_RETURN_FALSE;
    }
    if (op == HS_NE) {
        Hs_RETURN_TRUE;
    }
    return HsObject_RichCompare(HS_TUPLE_GET(v, i), HS_TUPLE_GET(w, i), op);
}

static int repr_items(HsStrWriter *w, HsObject *op) {
    for (Hs_ssize_t i = 0; i < Hs_SIZE(op); i++) {
        if (i > 0 && hs_str_writer_ascii(w, ", ") < 0) {
            return -1;
        }
        HsObject *r = HsObject_Repr(HS_TUPLE_GET(op, i));
        int bad = r == NULL || hs_str_writer_str(w, r) < 0;
        Hs_XDECREF(r);
        if (bad) {
            return -1;
        }
    }
    return 0;
}

HsObject *hs_tuple_repr(HsObject *op) {
    if (Hs_SIZE(op) == 0) {
        return HsUnicode_FromString("()");
    }
    int entered = hs_repr_enter(op);
    if (entered != 0) {
        return entered > 0 ? HsUnicode_FromString("(...)") : NULL;
    }
    HsStrWriter w;
    hs_str_writer_init(&w);
    int bad = hs_str_writer_char(&w, '(') < 0 || repr_items(&w, op) < 0 ||
              (Hs_SIZE(op) == 1 && hs_str_writer_char(&w, ',') < 0) ||
              hs_str_writer_char(&w, ')') < 0;
    hs_repr_leave(op);
    if (bad) {
        hs_str_writer_discard(&w);
        return NULL;
    }
    return hs_str_writer_finish(&w);
}

/* ==== sequence slots ==== */

static Hs_ssize_t tuple_length(HsObject *op) {
    return Hs_SIZE(op);
}

static HsObject *tuple_item(HsObject *op, Hs_ssize_t i) {
    if (i < 0 || i >= Hs_SIZE(op)) {
        return HsErr_Format(HsExc_IndexError, "tuple index out of range");
    }
    return Hs_NewRef(HS_TUPLE_GET(op, i));
}

static HsObject *tuple_concat(HsObject *a, HsObject *b) {
    if (!HsTuple_Check(b)) {
        return HsErr_Format(HsExc_TypeError, "can only concatenate tuple (not \"%.200s\") to "
                            "tuple", Hs_TYPE(b)->tp_name);
    }
    Hs_ssize_t na = Hs_SIZE(a), nb = Hs_SIZE(b);
    if (nb == 0 && HsTuple_CheckExact(a)) {
        return Hs_NewRef(a);
    }
    if (na == 0 && HsTuple_CheckExact(b)) {
        return Hs_NewRef(b);
    }
    HsObject *t = HsTuple_New(na + nb);
    for (Hs_ssize_t i = 0; t != NULL && i < na + nb; i++) {
        HS_TUPLE_SET(t, i, Hs_NewRef(i < na ? HS_TUPLE_GET(a, i) : HS_TUPLE_GET(b, i - na)));
    }
    return t;
}

static HsObject *tuple_repeat(HsObject *a, Hs_ssize_t n) {
    Hs_ssize_t len = Hs_SIZE(a);
    if (n == 1 && HsTuple_CheckExact(a)) {
        return Hs_NewRef(a);
    }
    if (len == 0 || n <= 0) {
        return HsTuple_New(0);
    }
    if (len > HS_SSIZE_T_MAX / n) {
        return HsErr_NoMemory();
    }
    HsObject *t = HsTuple_New(len * n);
    for (Hs_ssize_t i = 0; t != NULL && i < len * n; i++) {
        HS_TUPLE_SET(t, i, Hs_NewRef(HS_TUPLE_GET(a, i % len)));
    }
    return t;
}

static int tuple_contains(HsObject *op, HsObject *x) {
    int r = 0;
    for (Hs_ssize_t i = 0; r == 0 && i < Hs_SIZE(op); i++) {
        r = HsObject_RichCompareBool(HS_TUPLE_GET(op, i), x, HS_EQ);
    }
    return r;
}

/* t[start:stop:step] (CPython: tuplesubscript's slice branch). */
static HsObject *tuple_slice(HsObject *op, HsObject *key) {
    Hs_ssize_t start, stop, step;
    if (hs_slice_unpack(key, &start, &stop, &step) < 0) {
        return NULL;
    }
    Hs_ssize_t n = hs_slice_adjust_indices(Hs_SIZE(op), &start, &stop, step);
    if (n == Hs_SIZE(op) && step == 1 && HsTuple_CheckExact(op)) {
        return Hs_NewRef(op);
    }
    HsObject *t = HsTuple_New(n);
    for (Hs_ssize_t i = 0, cur = start; t != NULL && i < n; i++, cur += step) {
        HS_TUPLE_SET(t, i, Hs_NewRef(HS_TUPLE_GET(op, cur)));
    }
    return t;
}

/* t[i] for an int (negative from the end) or a slice; other keys raise as CPython's
 * tuplesubscript does. */
static HsObject *tuple_subscript(HsObject *op, HsObject *key) {
    if (HsSlice_Check(key)) {
        return tuple_slice(op, key);
    }
    if (!HsLong_Check(key) && (Hs_TYPE(key)->tp_as_number == NULL ||
                               Hs_TYPE(key)->tp_as_number->nb_index == NULL)) {
        return HsErr_Format(HsExc_TypeError, "tuple indices must be integers or slices, not "
                            "%.200s", Hs_TYPE(key)->tp_name);
    }
    Hs_ssize_t i = HsNumber_AsSsize_t(key, HsExc_IndexError);
    if (i == -1 && HsErr_Occurred()) {
        return NULL;
    }
    return tuple_item(op, i < 0 ? i + Hs_SIZE(op) : i);
}

/* ==== the iterator ==== */

typedef struct TupleIterObject {
    HsObject ob_base;
    Hs_ssize_t it_index;
    HsObject *it_seq; /* NULL once exhausted */
} TupleIterObject;

static void tupleiter_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    Hs_XDECREF(((TupleIterObject *)op)->it_seq);
    hs_gc_free(op);
}

static int tupleiter_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *s = ((TupleIterObject *)op)->it_seq;
    return s != NULL ? visit(s, arg) : 0;
}

static HsObject *tupleiter_next(HsObject *op) {
    TupleIterObject *it = (TupleIterObject *)op;
    if (it->it_seq == NULL) {
        return NULL;
    }
    if (it->it_index < Hs_SIZE(it->it_seq)) {
        return Hs_NewRef(HS_TUPLE_GET(it->it_seq, it->it_index++));
    }
    Hs_CLEAR(it->it_seq);
    return NULL;
}

static HsObject *tupleiter_self(HsObject *op) {
    return Hs_NewRef(op);
}

static HsObject *tupleiter_length_hint(HsObject *op, HsObject *unused) {
    (void)unused;
    TupleIterObject *it = (TupleIterObject *)op;
    return HsLong_FromSsize_t(it->it_seq != NULL ? Hs_SIZE(it->it_seq) - it->it_index : 0);
}

static HsMethodDef tupleiter_methods[] = {
    {"__length_hint__", HS_CFUNC(tupleiter_length_hint), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsTupleIter_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "tuple_iterator",
    .tp_basicsize = sizeof(TupleIterObject),
    .tp_dealloc = tupleiter_dealloc,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = tupleiter_traverse,
    .tp_iter = tupleiter_self,
    .tp_iternext = tupleiter_next,
    .tp_methods = tupleiter_methods,
};

HsObject *hs_tuple_iter(HsObject *op) {
    TupleIterObject *it = (TupleIterObject *)hs_gc_alloc(&HsTupleIter_Type,
                                                         sizeof(TupleIterObject));
    if (it == NULL) {
        return HsErr_NoMemory();
    }
    it->it_index = 0;
    it->it_seq = Hs_NewRef(op);
    hs_gc_track((HsObject *)it);
    return (HsObject *)it;
}

/* ==== methods ==== */

static HsObject *tuple_count(HsObject *self, HsObject *value) {
    Hs_ssize_t n = 0;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(self); i++) {
        int r = HsObject_RichCompareBool(HS_TUPLE_GET(self, i), value, HS_EQ);
        if (r < 0) {
            return NULL;
        }
        n += r;
    }
    return HsLong_FromSsize_t(n);
}

/* index(value, start=0, stop=sys.maxsize): FASTCALL, _PyArg_CheckPositional messages. */
static HsObject *tuple_index(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("index", nargs, 1, 3) < 0) {
        return NULL;
    }
    Hs_ssize_t len = Hs_SIZE(self), bounds[2] = {0, HS_SSIZE_T_MAX};
    for (int k = 0; k < 2 && k + 1 < nargs; k++) {
        bounds[k] = HsNumber_AsSsize_t(args[k + 1], NULL);
        if (bounds[k] == -1 && HsErr_Occurred()) {
            return NULL;
        }
        if (bounds[k] < 0) {
            bounds[k] = bounds[k] + len < 0 ? 0 : bounds[k] + len;
        }
    }
    for (Hs_ssize_t i = bounds[0]; i < bounds[1] && i < len; i++) {
        int r = HsObject_RichCompareBool(HS_TUPLE_GET(self, i), args[0], HS_EQ);
        if (r != 0) {
            return r < 0 ? NULL : HsLong_FromSsize_t(i);
        }
    }
    return HsErr_Format(HsExc_ValueError, "tuple.index(x): x not in tuple");
}

/* tuple(iterable=()): CPython's tuple_new (an exact tuple argument comes back as is). */
HsObject *hs_tuple_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    if (hs_arg_no_kwargs_dict("tuple", kwds) < 0 ||
        hs_arg_check_positional("tuple", Hs_SIZE(args), 0, 1) < 0) {
        return NULL;
    }
    HsObject *t = Hs_SIZE(args) == 0 ? HsTuple_New(0) : HsSequence_Tuple(HS_TUPLE_GET(args, 0));
    if (t == NULL || type == &HsTuple_Type) {
        return t;
    }
    /* a class deriving from tuple: the items in an instance of it (CPython:
     * tuple_subtype_new) */
    HsObject *sub = type->tp_alloc(type, Hs_SIZE(t));
    if (sub != NULL) {
        for (Hs_ssize_t i = 0; i < Hs_SIZE(t); i++) {
            HS_TUPLE_SET(sub, i, Hs_NewRef(HS_TUPLE_GET(t, i)));
        }
    }
    Hs_DECREF(t);
    return sub;
}

HsObject *hs_tuple_vectorcall(HsObject *type, HsObject *const *args, size_t nargsf,
                              HsObject *kwnames) {
    (void)type;
    Hs_ssize_t nargs = HsVectorcall_NARGS(nargsf);
    if (hs_arg_no_keywords("tuple", kwnames) < 0 ||
        hs_arg_check_positional("tuple", nargs, 0, 1) < 0) {
        return NULL;
    }
    return nargs == 0 ? HsTuple_New(0) : HsSequence_Tuple(args[0]);
}

HsMethodDef hs_tuple_methods[] = {
    {"count", HS_CFUNC(tuple_count), HS_METH_O, NULL},
    {"index", HS_CFUNC(tuple_index), HS_METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

HsSequenceMethods hs_tuple_as_sequence = {
    .sq_length = tuple_length,
    .sq_concat = tuple_concat,
    .sq_repeat = tuple_repeat,
    .sq_item = tuple_item,
    .sq_contains = tuple_contains,
};

HsMappingMethods hs_tuple_as_mapping = {
    .mp_length = tuple_length,
    .mp_subscript = tuple_subscript,
};

/* ==== public API ==== */

HsObject *HsSequence_Tuple(HsObject *o) {
    if (HsTuple_CheckExact(o)) {
        return Hs_NewRef(o);
    }
    HsObject *it = HsObject_GetIter(o);
    if (it == NULL) {
        return NULL;
    }
    Hs_ssize_t n = 0, cap = 8;
    HsObject **items = hs_mem_raw_malloc((size_t)cap * sizeof(HsObject *)), *x, *t = NULL;
    while (items != NULL && (x = HsIter_Next(it)) != NULL) {
        if (n == cap) {
            HsObject **grown = hs_mem_raw_realloc(items, (size_t)(cap *= 2) * sizeof(HsObject *));
            if (grown == NULL) {
                Hs_DECREF(x);
                break;
            }
            items = grown;
        }
        items[n++] = x;
    }
    if (items == NULL) {
        HsErr_NoMemory();
    } else if (!HsErr_Occurred()) {
        t = HsTuple_New(n);
        for (Hs_ssize_t i = 0; t != NULL && i < n; i++) {
            HS_TUPLE_SET(t, i, items[i]);
            items[i] = NULL;
        }
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        Hs_XDECREF(items != NULL ? items[i] : NULL);
    }
    hs_mem_raw_free(items);
    Hs_DECREF(it);
    return t;
}
