/* The list's Python-level methods and its two iterators (CPython 3.11: Objects/listobject.c
 * and the Argument Clinic code in Objects/clinic/listobject.c.h). Each method takes its
 * arguments in the calling convention CPython uses for it, so a wrong call gets CPython's
 * message family (see hs_obj_args.h). The list_iterator and list_reverseiterator are GC
 * objects of 48 bytes with getsizeof, holding the list until they are exhausted.
 * Invariants: an iterator's it_seq is NULL once exhausted; every method that compares
 * items holds its own reference to the item across the comparison and re-reads the size. */
#include "internal/hs_obj_list.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_range.h"
#include "internal/hs_obj_slice.h"
#include "hs/abstract.h"
#include "hs/errors.h"

/* ==== static helpers ==== */

/* Argument Clinic's Py_ssize_t converter: __index__, then OverflowError "Python int too
 * large to convert to C ssize_t". Returns 0 or -1. */
static int ssize_arg(HsObject *o, Hs_ssize_t *out) {
    HsObject *v = HsNumber_Index(o);
    if (v == NULL) {
        return -1;
    }
    Hs_ssize_t r = HsLong_AsSsize_t(v);
    Hs_DECREF(v);
    if (r == -1 && HsErr_Occurred()) {
        return -1;
    }
    *out = r;
    return 0;
}

/* _PyEval_SliceIndexNotNone: an int-like clamped to Hs_ssize_t, else TypeError. */
static int slice_index_not_none(HsObject *o, Hs_ssize_t *out) {
    return hs_slice_index_not_none(o, out) ? 0 : -1;
}

/* ==== methods ==== */

HsObject *hs_list_append(HsObject *self, HsObject *item) {
    if (HsList_Append(self, item) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

HsObject *hs_list_extend_meth(HsObject *self, HsObject *iterable) {
    if (hs_list_extend(self, iterable) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

HsObject *hs_list_insert(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    Hs_ssize_t index;
    if (hs_arg_check_positional("insert", nargs, 2, 2) < 0 || ssize_arg(args[0], &index) < 0) {
        return NULL;
    }
    if (HsList_Insert(self, index, args[1]) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

HsObject *hs_list_pop(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    Hs_ssize_t index = -1;
    if (hs_arg_check_positional("pop", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1 && ssize_arg(args[0], &index) < 0) {
        return NULL;
    }
    Hs_ssize_t n = Hs_SIZE(self);
    if (n == 0) {
        HsErr_SetString(HsExc_IndexError, "pop from empty list");
        return NULL;
    }
    if (index < 0) {
        index += n;
    }
    if ((size_t)index >= (size_t)n) {
        HsErr_SetString(HsExc_IndexError, "pop index out of range");
        return NULL;
    }
    HsObject *v = HS_LIST_GET(self, index);
    if (index == n - 1) {
        /* v takes over the list's reference */
        if (hs_list_resize(self, n - 1) < 0) {
            return NULL;
        }
        return v;
    }
    Hs_INCREF(v);
    if (HsList_SetSlice(self, index, index + 1, NULL) < 0) {
        Hs_DECREF(v);
        return NULL;
    }
    return v;
}

HsObject *hs_list_remove(HsObject *self, HsObject *value) {
    for (Hs_ssize_t i = 0; i < Hs_SIZE(self); i++) {
        HsObject *obj = Hs_NewRef(HS_LIST_GET(self, i));
        int cmp = HsObject_RichCompareBool(obj, value, HS_EQ);
        Hs_DECREF(obj);
        if (cmp > 0) {
            if (HsList_SetSlice(self, i, i + 1, NULL) < 0) {
                return NULL;
            }
            Hs_RETURN_NONE;
        }
        if (cmp < 0) {
            return NULL;
        }
    }
    HsErr_SetString(HsExc_ValueError, "list.remove(x): x not in list");
    return NULL;
}

HsObject *hs_list_index(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    Hs_ssize_t start = 0, stop = HS_SSIZE_T_MAX;
    if (hs_arg_check_positional("index", nargs, 1, 3) < 0) {
        return NULL;
    }
    if (nargs >= 2 && slice_index_not_none(args[1], &start) < 0) {
        return NULL;
    }
    if (nargs >= 3 && slice_index_not_none(args[2], &stop) < 0) {
        return NULL;
    }
    HsObject *value = args[0];
    if (start < 0) {
        start += Hs_SIZE(self);
        start = start < 0 ? 0 : start;
    }
    if (stop < 0) {
        stop += Hs_SIZE(self);
        stop = stop < 0 ? 0 : stop;
    }
    for (Hs_ssize_t i = start; i < stop && i < Hs_SIZE(self); i++) {
        HsObject *obj = Hs_NewRef(HS_LIST_GET(self, i));
        int cmp = HsObject_RichCompareBool(obj, value, HS_EQ);
        Hs_DECREF(obj);
        if (cmp > 0) {
            return HsLong_FromSsize_t(i);
        }
        if (cmp < 0) {
            return NULL;
        }
    }
    /* "%R is not in list"; ints get their decimal repr until int has tp_repr */
    HsObject *r = HsObject_Repr(value);
    if (r != NULL) {
        HsErr_Format(HsExc_ValueError, "%U is not in list", r);
        Hs_DECREF(r);
    }
    return NULL;
}

HsObject *hs_list_count(HsObject *self, HsObject *value) {
    Hs_ssize_t count = 0;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(self); i++) {
        HsObject *obj = HS_LIST_GET(self, i);
        if (obj == value) {
            count++;
            continue;
        }
        Hs_INCREF(obj);
        int cmp = HsObject_RichCompareBool(obj, value, HS_EQ);
        Hs_DECREF(obj);
        if (cmp > 0) {
            count++;
        } else if (cmp < 0) {
            return NULL;
        }
    }
    return HsLong_FromSsize_t(count);
}

HsObject *hs_list_clear(HsObject *self, HsObject *unused) {
    (void)unused;
    if (HsList_SetSlice(self, 0, Hs_SIZE(self), NULL) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

HsObject *hs_list_copy(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsList_GetSlice(self, 0, Hs_SIZE(self));
}

void hs_list_reverse_slice(HsObject **lo, HsObject **hi) {
    --hi;
    while (lo < hi) {
        HsObject *t = *lo;
        *lo = *hi;
        *hi = t;
        ++lo;
        --hi;
    }
}

HsObject *hs_list_reverse(HsObject *self, HsObject *unused) {
    (void)unused;
    if (Hs_SIZE(self) > 1) {
        hs_list_reverse_slice(HS_LIST_ITEMS(self), HS_LIST_ITEMS(self) + Hs_SIZE(self));
    }
    Hs_RETURN_NONE;
}

int HsList_Reverse(HsObject *op) {
    if (!HsList_Check(op)) {
        HsErr_BAD_INTERNAL_CALL();
        return -1;
    }
    HsObject *r = hs_list_reverse(op, NULL);
    Hs_DECREF(r);
    return 0;
}

HsObject *hs_list_sort(HsObject *self, HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames) {
    static const char *const keywords[] = {"key", "reverse", NULL};
    static const HsArgParser parser = {"sort", keywords};
    HsObject *argsbuf[2] = {NULL, NULL};
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 0, 0, argsbuf) < 0) {
        return NULL;
    }
    int reverse = 0;
    if (argsbuf[1] != NULL) {
        /* _PyLong_AsInt: __index__, then OverflowError if it does not fit an int */
        HsObject *v = HsNumber_Index(argsbuf[1]);
        if (v == NULL) {
            return NULL;
        }
        int overflow;
        long long r = hs_int_as_longlong_and_overflow(v, &overflow);
        Hs_DECREF(v);
        if (overflow != 0 || r > 2147483647LL || r < -2147483647LL - 1) {
            return HsErr_Format(HsExc_OverflowError, "Python int too large to convert to C int");
        }
        reverse = r != 0;
    }
    if (hs_list_sort_impl(self, argsbuf[0], reverse) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

int HsList_Sort(HsObject *op) {
    if (op == NULL || !HsList_Check(op)) {
        HsErr_BAD_INTERNAL_CALL();
        return -1;
    }
    return hs_list_sort_impl(op, NULL, 0);
}

HsObject *hs_list_sizeof_meth(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsLong_FromSsize_t(hs_list_sizeof(self));
}

/* ==== iterators ==== */

typedef struct ListIterObject {
    HsObject ob_base;
    Hs_ssize_t it_index;
    HsObject *it_seq; /* NULL when exhausted */
} ListIterObject;

#define ITER(op) ((ListIterObject *)(op))

static HsObject *iter_new(HsTypeObject *tp, HsObject *seq, Hs_ssize_t index) {
    ListIterObject *it = (ListIterObject *)hs_gc_alloc(tp, sizeof(ListIterObject));
    if (it == NULL) {
        return HsErr_NoMemory();
    }
    it->it_index = index;
    it->it_seq = Hs_NewRef(seq);
    hs_gc_track((HsObject *)it);
    return (HsObject *)it;
}

HsObject *hs_list_iter(HsObject *op) {
    return iter_new(&HsListIter_Type, op, 0);
}

HsObject *hs_list_reversed(HsObject *self, HsObject *unused) {
    (void)unused;
    return iter_new(&HsListRevIter_Type, self, Hs_SIZE(self) - 1);
}

static void iter_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    Hs_XDECREF(ITER(op)->it_seq);
    hs_gc_free(op);
}

static int iter_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *seq = ITER(op)->it_seq;
    return seq != NULL ? visit(seq, arg) : 0;
}

static int iter_clear(HsObject *op) {
    Hs_CLEAR(ITER(op)->it_seq);
    return 0;
}

static HsObject *iter_self(HsObject *op) {
    return Hs_NewRef(op);
}

static HsObject *listiter_next(HsObject *op) {
    ListIterObject *it = ITER(op);
    HsObject *seq = it->it_seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->it_index < Hs_SIZE(seq)) {
        return Hs_NewRef(HS_LIST_GET(seq, it->it_index++));
    }
    it->it_seq = NULL;
    Hs_DECREF(seq);
    return NULL;
}

static HsObject *listreviter_next(HsObject *op) {
    ListIterObject *it = ITER(op);
    HsObject *seq = it->it_seq;
    if (seq == NULL) {
        return NULL;
    }
    Hs_ssize_t index = it->it_index;
    if (index >= 0 && index < Hs_SIZE(seq)) {
        it->it_index--;
        return Hs_NewRef(HS_LIST_GET(seq, index));
    }
    it->it_index = -1;
    it->it_seq = NULL;
    Hs_DECREF(seq);
    return NULL;
}

HsObject *hs_listiter_length_hint(HsObject *op, HsObject *unused) {
    (void)unused;
    ListIterObject *it = ITER(op);
    Hs_ssize_t len = 0;
    if (Hs_TYPE(op) == &HsListIter_Type) {
        if (it->it_seq != NULL) {
            len = Hs_SIZE(it->it_seq) - it->it_index;
            len = len < 0 ? 0 : len;
        }
    } else {
        len = it->it_index + 1;
        if (it->it_seq == NULL || Hs_SIZE(it->it_seq) < len) {
            len = 0;
        }
    }
    return HsLong_FromSsize_t(len);
}

static HsMethodDef listiter_methods[] = {
    {"__length_hint__", HS_CFUNC(hs_listiter_length_hint), HS_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsListIter_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "list_iterator",
    .tp_basicsize = sizeof(ListIterObject),
    .tp_dealloc = iter_dealloc,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = iter_traverse,
    .tp_clear = iter_clear,
    .tp_iter = iter_self,
    .tp_iternext = listiter_next,
    .tp_methods = listiter_methods,
};

HsTypeObject HsListRevIter_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "list_reverseiterator",
    .tp_basicsize = sizeof(ListIterObject),
    .tp_dealloc = iter_dealloc,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = iter_traverse,
    .tp_clear = iter_clear,
    .tp_iter = iter_self,
    .tp_iternext = listreviter_next,
    .tp_methods = listiter_methods,
};

/* ==== the method table ==== */

HsMethodDef hs_list_methods[] = {
    {"__getitem__", HS_CFUNC(hs_list_subscript), HS_METH_O | HS_METH_COEXIST,
     "x.__getitem__(y) <==> x[y]"},
    {"__reversed__", HS_CFUNC(hs_list_reversed), HS_METH_NOARGS,
     "Return a reverse iterator over the list."},
    {"__sizeof__", HS_CFUNC(hs_list_sizeof_meth), HS_METH_NOARGS,
     "Return the size of the list in memory, in bytes."},
    {"clear", HS_CFUNC(hs_list_clear), HS_METH_NOARGS, "Remove all items from list."},
    {"copy", HS_CFUNC(hs_list_copy), HS_METH_NOARGS, "Return a shallow copy of the list."},
    {"append", HS_CFUNC(hs_list_append), HS_METH_O, "Append object to the end of the list."},
    {"insert", HS_CFUNC(hs_list_insert), HS_METH_FASTCALL, "Insert object before index."},
    {"extend", HS_CFUNC(hs_list_extend_meth), HS_METH_O,
     "Extend list by appending elements from the iterable."},
    {"pop", HS_CFUNC(hs_list_pop), HS_METH_FASTCALL,
     "Remove and return item at index (default last)."},
    {"remove", HS_CFUNC(hs_list_remove), HS_METH_O, "Remove first occurrence of value."},
    {"index", HS_CFUNC(hs_list_index), HS_METH_FASTCALL, "Return first index of value."},
    {"count", HS_CFUNC(hs_list_count), HS_METH_O, "Return number of occurrences of value."},
    {"reverse", HS_CFUNC(hs_list_reverse), HS_METH_NOARGS, "Reverse *IN PLACE*."},
    {"sort", HS_CFUNC(hs_list_sort), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Sort the list in ascending order and return None."},
    {NULL, NULL, 0, NULL},
};
