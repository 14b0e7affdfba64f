/* The slice object (CPython 3.11: Objects/sliceobject.c): creation with the one-slice cache
 * CPython 3.11 keeps, repr, comparison as (start, stop, step) tuples, no hash, the
 * indices() method, and the index helpers PySlice_Unpack / PySlice_AdjustIndices /
 * _PyEval_SliceIndex that every sequence's subscript uses.
 * Invariants: start, stop and step are never NULL (None when not given); a slice is tracked
 * while alive (as in 3.11); the cached slice is untracked, refcount 0, and holds no
 * references. */
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem_trace.h"
#include "internal/hs_obj_trace.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_range.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>

/* ==== state ==== */

/* One freed slice kept for reuse (CPython 3.11: interp->slice_cache). */
static HsSliceObject *slice_cache;

#define SLICE(op) ((HsSliceObject *)(op))

/* ==== creation and GC support ==== */

HsObject *HsSlice_New(HsObject *start, HsObject *stop, HsObject *step) {
    HsSliceObject *obj;
    if (slice_cache != NULL) {
        obj = slice_cache;
        slice_cache = NULL;
        Hs_REFCNT(obj) = 1;
        HS_REF_TOTAL_INC();
        hs_mem_trace_new_reference(HS_GC_HEAD(obj)); // CPython: _Py_NewReference
        hs_obj_trace_alloc((HsObject *)obj);
    } else {
        obj = (HsSliceObject *)hs_gc_alloc(&HsSlice_Type, sizeof(HsSliceObject));
        if (obj == NULL) {
            return HsErr_NoMemory();
        }
    }
    obj->start = Hs_NewRef(start != NULL ? start : Hs_None);
    obj->stop = Hs_NewRef(stop != NULL ? stop : Hs_None);
    obj->step = Hs_NewRef(step != NULL ? step : Hs_None);
    hs_gc_track((HsObject *)obj);
    return (HsObject *)obj;
}

void hs_slice_cache_clear(void) {
    if (slice_cache != NULL) {
        HsSliceObject *r = slice_cache;
        slice_cache = NULL;
        hs_gc_free((HsObject *)r);
    }
}

static void slice_dealloc(HsObject *op) {
    HsSliceObject *r = SLICE(op);
    hs_gc_untrack(op);
    Hs_DECREF(r->step);
    Hs_DECREF(r->start);
    Hs_DECREF(r->stop);
    if (slice_cache == NULL) {
        slice_cache = r;
    } else {
        hs_gc_free(op);
    }
}

static int slice_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *fields[3] = {SLICE(op)->start, SLICE(op)->stop, SLICE(op)->step};
    for (int i = 0; i < 3; i++) {
        int r = visit(fields[i], arg);
        if (r != 0) {
            return r;
        }
    }
    return 0;
}

/* Not in CPython (which relies on the container in the cycle): fields become None. */
static int slice_clear(HsObject *op) {
    Hs_SETREF(SLICE(op)->start, Hs_NewRef(Hs_None));
    Hs_SETREF(SLICE(op)->stop, Hs_NewRef(Hs_None));
    Hs_SETREF(SLICE(op)->step, Hs_NewRef(Hs_None));
    return 0;
}

HsObject *hs_slice_tp_new(HsTypeObject *type, HsObject *args, HsObject *kwargs) {
    (void)type;
    if (hs_arg_no_kwargs_dict("slice", kwargs) < 0) {
        return NULL;
    }
    Hs_ssize_t n = args != NULL ? Hs_SIZE(args) : 0;
    if (hs_arg_check_positional("slice", n, 1, 3) < 0) {
        return NULL;
    }
    if (n == 1) {
        return HsSlice_New(NULL, HS_TUPLE_GET(args, 0), NULL);
    }
    return HsSlice_New(HS_TUPLE_GET(args, 0), HS_TUPLE_GET(args, 1),
                       n == 3 ? HS_TUPLE_GET(args, 2) : NULL);
}

/* ==== index helpers ==== */

int hs_slice_index(HsObject *v, Hs_ssize_t *pi) {
    if (v == Hs_None) {
        return 1;
    }
    HsNumberMethods *nb = Hs_TYPE(v)->tp_as_number;
    if (!HsLong_Check(v) && (nb == NULL || nb->nb_index == NULL)) {
        HsErr_SetString(HsExc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
        return 0;
    }
    Hs_ssize_t x = HsNumber_AsSsize_t(v, NULL);
    if (x == -1 && HsErr_Occurred()) {
        return 0;
    }
    *pi = x;
    return 1;
}

int hs_slice_index_not_none(HsObject *v, Hs_ssize_t *pi) {
    HsNumberMethods *nb = Hs_TYPE(v)->tp_as_number;
    if (!HsLong_Check(v) && (nb == NULL || nb->nb_index == NULL)) {
        HsErr_SetString(HsExc_TypeError,
                        "slice indices must be integers or have an __index__ method");
        return 0;
    }
    return hs_slice_index(v, pi);
}

int hs_slice_unpack(HsObject *slice, Hs_ssize_t *start, Hs_ssize_t *stop, Hs_ssize_t *step) {
    HsSliceObject *r = SLICE(slice);
    if (r->step == Hs_None) {
        *step = 1;
    } else {
        if (!hs_slice_index(r->step, step)) {
            return -1;
        }
        if (*step == 0) {
            HsErr_SetString(HsExc_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* so that -step can't overflow */
        if (*step < -HS_SSIZE_T_MAX) {
            *step = -HS_SSIZE_T_MAX;
        }
    }
    if (r->start == Hs_None) {
        *start = *step < 0 ? HS_SSIZE_T_MAX : 0;
    } else if (!hs_slice_index(r->start, start)) {
        return -1;
    }
    if (r->stop == Hs_None) {
        *stop = *step < 0 ? -HS_SSIZE_T_MAX - 1 : HS_SSIZE_T_MAX;
    } else if (!hs_slice_index(r->stop, stop)) {
        return -1;
    }
    return 0;
}

Hs_ssize_t hs_slice_adjust_indices(Hs_ssize_t length, Hs_ssize_t *start, Hs_ssize_t *stop,
                                   Hs_ssize_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) {
            *start = step < 0 ? -1 : 0;
        }
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) {
            *stop = step < 0 ? -1 : 0;
        }
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) {
            return (*start - *stop - 1) / (-step) + 1;
        }
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

/* ==== methods ==== */

/* slice.indices(length): CPython computes with arbitrary ints (_PySlice_GetLongIndices).
 * For a length that fits Hs_ssize_t, the clamping of PySlice_Unpack cannot change the
 * adjusted start and stop, and the step is returned as given (after __index__). */
HsObject *hs_slice_indices(HsObject *self, HsObject *len) {
    HsObject *length = HsNumber_Index(len);
    if (length == NULL) {
        return NULL;
    }
    if (Hs_SIZE(length) < 0) {
        Hs_DECREF(length);
        HsErr_SetString(HsExc_ValueError, "length should not be negative");
        return NULL;
    }
    Hs_ssize_t n = HsLong_AsSsize_t(length);
    Hs_DECREF(length);
    if (n == -1 && HsErr_Occurred()) {
        return NULL;
    }
    Hs_ssize_t start, stop, step;
    if (hs_slice_unpack(self, &start, &stop, &step) < 0) {
        return NULL;
    }
    hs_slice_adjust_indices(n, &start, &stop, step);
    HsObject *step_obj =
        SLICE(self)->step == Hs_None ? HsLong_FromLong(1) : HsNumber_Index(SLICE(self)->step);
    HsObject *a = HsLong_FromSsize_t(start), *b = HsLong_FromSsize_t(stop);
    HsObject *res = NULL;
    if (step_obj != NULL && a != NULL && b != NULL) {
        res = HsTuple_Pack(3, a, b, step_obj);
    }
    Hs_XDECREF(step_obj);
    Hs_XDECREF(a);
    Hs_XDECREF(b);
    return res;
}

static HsObject *slice_reduce(HsObject *self, HsObject *unused) {
    (void)unused;
    HsSliceObject *r = SLICE(self);
    HsObject *args = HsTuple_Pack(3, r->start, r->stop, r->step);
    if (args == NULL) {
        return NULL;
    }
    HsObject *res = HsTuple_Pack(2, (HsObject *)&HsSlice_Type, args);
    Hs_DECREF(args);
    return res;
}

/* ==== repr, comparison, hash ==== */

static HsObject *slice_repr(HsObject *op) {
    HsObject *parts[3] = {NULL, NULL, NULL};
    HsObject *fields[3] = {SLICE(op)->start, SLICE(op)->stop, SLICE(op)->step};
    HsObject *res = NULL;
    for (int i = 0; i < 3; i++) {
        if ((parts[i] = HsObject_Repr(fields[i])) == NULL) {
            goto done;
        }
    }
    res = HsUnicode_FromFormat("slice(%U, %U, %U)", parts[0], parts[1], parts[2]);
done:
    for (int i = 0; i < 3; i++) {
        Hs_XDECREF(parts[i]);
    }
    return res;
}

/* Compare the 3-tuples (start, stop, step) of two slices as tuple's richcompare does. */
static HsObject *slice_richcompare(HsObject *v, HsObject *w, int op) {
    if (!HsSlice_Check(v) || !HsSlice_Check(w)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    if (v == w) {
        return HsBool_FromLong(op == HS_EQ || op == HS_LE || op == HS_GE);
    }
    HsObject *t1 = HsTuple_Pack(3, SLICE(v)->start, SLICE(v)->stop, SLICE(v)->step);
    HsObject *t2 = HsTuple_Pack(3, SLICE(w)->start, SLICE(w)->stop, SLICE(w)->step);
    HsObject *res = NULL;
    if (t1 == NULL || t2 == NULL) {
        goto done;
    }
    int i;
    for (i = 0; i < 3; i++) {
        int k = HsObject_RichCompareBool(HS_TUPLE_GET(t1, i), HS_TUPLE_GET(t2, i), HS_EQ);
        if (k < 0) {
            goto done;
        }
        if (!k) {
            break;
        }
    }
    if (i == 3) {
        res = HsBool_FromLong(op == HS_EQ || op == HS_LE || op == HS_GE);
    } else if (op == HS_EQ || op == HS_NE) {
        res = HsBool_FromLong(op == HS_NE);
    } else {
        res = HsObject_RichCompare(HS_TUPLE_GET(t1, i), HS_TUPLE_GET(t2, i), op);
    }
done:
    Hs_XDECREF(t1);
    Hs_XDECREF(t2);
    return res;
}

/* ==== the type ==== */

static HsMemberDef slice_members[] = {
    {"start", HS_T_OBJECT, offsetof(HsSliceObject, start), HS_READONLY, NULL},
    {"stop", HS_T_OBJECT, offsetof(HsSliceObject, stop), HS_READONLY, NULL},
    {"step", HS_T_OBJECT, offsetof(HsSliceObject, step), HS_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static HsMethodDef slice_methods[] = {
    {"indices", HS_CFUNC(hs_slice_indices), HS_METH_O, "S.indices(len) -> (start, stop, stride)"},
    {"__reduce__", HS_CFUNC(slice_reduce), HS_METH_NOARGS,
     "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsSlice_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "slice",
    .tp_getattro = HsObject_GenericGetAttr, /* as CPython: its own __getattribute__ */
    .tp_basicsize = sizeof(HsSliceObject),
    .tp_dealloc = slice_dealloc,
    .tp_repr = slice_repr,
    .tp_hash = HsObject_HashNotImplemented, /* slice.__hash__ is None in 3.11 */
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_doc = "slice(stop)\nslice(start, stop[, step])",
    .tp_traverse = slice_traverse,
    .tp_clear = slice_clear,
    .tp_richcompare = slice_richcompare,
    .tp_methods = slice_methods,
    .tp_members = slice_members,
    .tp_new = hs_slice_tp_new,
};
