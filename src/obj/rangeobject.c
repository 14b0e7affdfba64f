/* The range object and its iterators (CPython 3.11: Objects/rangeobject.c): construction
 * with CPython's argument rules, the length computed once with arbitrary ints, len()
 * (OverflowError past Hs_ssize_t), indexing with negative and big indices, slicing into a
 * new range, the O(1) `in`/count/index for ints, equality as sequences, hash, repr,
 * reversed(), and the two iterator types (range_iterator over C longs, longrange_iterator
 * over ints). Small int-arithmetic helpers over the digit kernel live here too, until int's
 * number slots exist (they would be HsNumber_Add & co.).
 * Invariants: start, stop, step and length are exact ints; step != 0; length >= 0 and equals
 * max(0, ceil((stop - start) / step)). A range is immutable and not GC-tracked. */
#include "internal/hs_obj_range.h"
#include "internal/hs_obj_hash.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_long.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <limits.h>
#include <stddef.h>

#define RANGE(op) ((HsRangeObject *)(op))
#define DIGITS(op) (((HsLongObject *)(op))->ob_digit)
#define ABS_SIZE(n) ((n) < 0 ? -(n) : (n))

/* ==== construction ==== */

static HsObject *small(long v) {
    return HsLong_FromLong(v);
}

/* The number of items of range(start, stop, step). CPython: compute_range_length. */
static HsObject *compute_range_length(HsObject *start, HsObject *stop, HsObject *step) {
    HsObject *lo, *hi, *st;
    if (Hs_SIZE(step) > 0) {
        lo = start;
        hi = stop;
        st = Hs_NewRef(step);
    } else {
        lo = stop;
        hi = start;
        if ((st = HsNumber_Negative(step)) == NULL) {
            return NULL;
        }
    }
    if (hs_int_compare(lo, hi) >= 0) {
        Hs_DECREF(st);
        return small(0);
    }
    HsObject *one = small(1), *res = NULL;
    HsObject *diff = HsNumber_Subtract(hi, lo), *diff1 = NULL, *q = NULL;
    if (diff != NULL && (diff1 = HsNumber_Subtract(diff, one)) != NULL &&
        (q = HsNumber_FloorDivide(diff1, st)) != NULL) {
        res = HsNumber_Add(q, one);
    }
    Hs_XDECREF(diff);
    Hs_XDECREF(diff1);
    Hs_XDECREF(q);
    Hs_DECREF(one);
    Hs_DECREF(st);
    return res;
}

/* Steals: 'start', 'stop', 'step' (all ints). Return: new reference. */
static HsObject *make_range(HsObject *start, HsObject *stop, HsObject *step) {
    HsObject *length = compute_range_length(start, stop, step);
    HsRangeObject *r = NULL;
    if (length != NULL) {
        r = (HsRangeObject *)hs_obj_new(&HsRange_Type, sizeof(HsRangeObject));
    }
    if (r == NULL) {
        Hs_XDECREF(length);
        Hs_DECREF(start);
        Hs_DECREF(stop);
        Hs_DECREF(step);
        return length != NULL ? HsErr_NoMemory() : NULL;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    return (HsObject *)r;
}

/* operator.index(o) as an exact int (bools become plain ints). CPython: PyNumber_Index.
 * Return: new reference. */
static HsObject *index_exact(HsObject *o) {
    HsObject *r = HsNumber_Index(o);
    if (r != NULL && !HsLong_CheckExact(r)) {
        HsObject *zero = small(0);
        Hs_SETREF(r, HsNumber_Add(r, zero));
        Hs_DECREF(zero);
    }
    return r;
}

HsObject *hs_range_new(HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames) {
    if (hs_arg_no_keywords("range", kwnames) < 0 ||
        hs_arg_check_positional("range", nargs, 1, 3) < 0) {
        return NULL;
    }
    HsObject *start = NULL, *stop = NULL, *step = NULL;
    if (nargs == 1) {
        if ((stop = index_exact(args[0])) == NULL) {
            return NULL;
        }
        return make_range(small(0), stop, small(1));
    }
    if ((start = index_exact(args[0])) == NULL || (stop = index_exact(args[1])) == NULL) {
        goto error;
    }
    if (nargs == 3) {
        if ((step = index_exact(args[2])) == NULL) {
            goto error;
        }
        if (Hs_SIZE(step) == 0) {
            HsErr_SetString(HsExc_ValueError, "range() arg 3 must not be zero");
            goto error;
        }
    } else {
        step = small(1);
    }
    return make_range(start, stop, step);
error:
    Hs_XDECREF(start);
    Hs_XDECREF(stop);
    Hs_XDECREF(step);
    return NULL;
}

HsObject *hs_range_tp_new(HsTypeObject *type, HsObject *args, HsObject *kwargs) {
    (void)type;
    if (hs_arg_no_kwargs_dict("range", kwargs) < 0) {
        return NULL;
    }
    return hs_range_new(HS_TUPLE_ITEMS(args), Hs_SIZE(args), NULL);
}

/* range(...) called without an argument tuple (CPython: range_vectorcall). */
static HsObject *range_vectorcall(HsObject *type, HsObject *const *args, size_t nargsf,
                                  HsObject *kwnames) {
    (void)type;
    return hs_range_new(args, HsVectorcall_NARGS(nargsf), kwnames);
}

static void range_dealloc(HsObject *op) {
    HsRangeObject *r = RANGE(op);
    Hs_DECREF(r->start);
    Hs_DECREF(r->stop);
    Hs_DECREF(r->step);
    Hs_DECREF(r->length);
    hs_obj_free(op);
}

/* ==== items ==== */

/* start + i * step. Return: new reference. CPython: compute_item. */
static HsObject *compute_item(HsRangeObject *r, HsObject *i) {
    if (Hs_SIZE(r->step) == 1 && DIGITS(r->step)[0] == 1) {
        return HsNumber_Add(r->start, i);
    }
    HsObject *incr = HsNumber_Multiply(i, r->step);
    if (incr == NULL) {
        return NULL;
    }
    HsObject *res = HsNumber_Add(r->start, incr);
    Hs_DECREF(incr);
    return res;
}

/* r[arg] for an int 'arg'. CPython: compute_range_item. */
static HsObject *compute_range_item(HsRangeObject *r, HsObject *arg) {
    HsObject *i = Hs_SIZE(arg) < 0 ? HsNumber_Add(r->length, arg) : Hs_NewRef(arg);
    if (i == NULL) {
        return NULL;
    }
    if (Hs_SIZE(i) < 0 || hs_int_compare(i, r->length) >= 0) {
        Hs_DECREF(i);
        HsErr_SetString(HsExc_IndexError, "range object index out of range");
        return NULL;
    }
    HsObject *res = compute_item(r, i);
    Hs_DECREF(i);
    return res;
}

static Hs_ssize_t range_length(HsObject *op) {
    return HsLong_AsSsize_t(RANGE(op)->length);
}

static HsObject *range_item(HsObject *op, Hs_ssize_t i) {
    HsObject *arg = HsLong_FromSsize_t(i);
    if (arg == NULL) {
        return NULL;
    }
    HsObject *res = compute_range_item(RANGE(op), arg);
    Hs_DECREF(arg);
    return res;
}

/* Clamp 'v' into [lo, hi] (ints). Return: new reference. */
static HsObject *clamp(HsObject *v, HsObject *lo, HsObject *hi) {
    if (hs_int_compare(v, lo) < 0) {
        return Hs_NewRef(lo);
    }
    return Hs_NewRef(hs_int_compare(v, hi) > 0 ? hi : v);
}

/* A slice field as an int (CPython: evaluate_slice_index). Return: new reference. */
static HsObject *slice_int(HsObject *v) {
    HsNumberMethods *nb = Hs_TYPE(v)->tp_as_number;
    if (!HsLong_Check(v) && (nb == NULL || nb->nb_index == NULL)) {
        return HsErr_Format(HsExc_TypeError,
                            "slice indices must be integers or None or have an __index__ method");
    }
    return HsNumber_Index(v);
}

/* One bound of _PySlice_GetLongIndices: None gives 'dflt', negatives count from the end,
 * then clamped to [lower, upper]. Return: new reference. */
static HsObject *long_bound(HsObject *v, HsObject *length, HsObject *lower, HsObject *upper,
                            HsObject *dflt) {
    if (v == Hs_None) {
        return Hs_NewRef(dflt);
    }
    HsObject *x = slice_int(v);
    if (x == NULL) {
        return NULL;
    }
    if (Hs_SIZE(x) < 0) {
        Hs_SETREF(x, HsNumber_Add(x, length));
        if (x == NULL) {
            return NULL;
        }
    }
    HsObject *res = clamp(x, lower, upper);
    Hs_DECREF(x);
    return res;
}

/* The slice's (start, stop, step) for a sequence of 'length' items, with ints of any size.
 * Each out-pointer gets a new reference. CPython: _PySlice_GetLongIndices. */
static int slice_long_indices(HsObject *slice, HsObject *length, HsObject **start, HsObject **stop,
                              HsObject **step) {
    HsSliceObject *s = (HsSliceObject *)slice;
    HsObject *st = NULL, *lower = NULL, *upper = NULL, *b = NULL;
    if (s->step == Hs_None) {
        st = small(1);
    } else {
        if ((st = slice_int(s->step)) == NULL) {
            return -1;
        }
        if (Hs_SIZE(st) == 0) {
            Hs_DECREF(st);
            HsErr_SetString(HsExc_ValueError, "slice step cannot be zero");
            return -1;
        }
    }
    int neg = Hs_SIZE(st) < 0;
    lower = small(neg ? -1 : 0);
    upper = neg ? HsNumber_Add(length, lower) : Hs_NewRef(length);
    if (upper == NULL) {
        goto error;
    }
    if ((b = long_bound(s->start, length, lower, upper, neg ? upper : lower)) == NULL) {
        goto error;
    }
    *start = b;
    if ((b = long_bound(s->stop, length, lower, upper, neg ? lower : upper)) == NULL) {
        Hs_DECREF(*start);
        goto error;
    }
    *stop = b;
    *step = st;
    Hs_DECREF(lower);
    Hs_DECREF(upper);
    return 0;
error:
    Hs_XDECREF(st);
    Hs_XDECREF(lower);
    Hs_XDECREF(upper);
    return -1;
}

/* r[slice] as a new range. CPython: compute_slice. */
static HsObject *compute_slice(HsRangeObject *r, HsObject *slice) {
    HsObject *start, *stop, *step;
    if (slice_long_indices(slice, r->length, &start, &stop, &step) < 0) {
        return NULL;
    }
    HsObject *substep = HsNumber_Multiply(r->step, step);
    HsObject *substart = substep ? compute_item(r, start) : NULL;
    HsObject *substop = substart ? compute_item(r, stop) : NULL;
    Hs_DECREF(start);
    Hs_DECREF(stop);
    Hs_DECREF(step);
    if (substop == NULL) {
        Hs_XDECREF(substep);
        Hs_XDECREF(substart);
        return NULL;
    }
    return make_range(substart, substop, substep);
}

static HsObject *range_subscript(HsObject *op, HsObject *item) {
    HsNumberMethods *nb = Hs_TYPE(item)->tp_as_number;
    if (HsLong_Check(item) || (nb != NULL && nb->nb_index != NULL)) {
        HsObject *i = HsNumber_Index(item);
        if (i == NULL) {
            return NULL;
        }
        HsObject *res = compute_range_item(RANGE(op), i);
        Hs_DECREF(i);
        return res;
    }
    if (HsSlice_Check(item)) {
        return compute_slice(RANGE(op), item);
    }
    return HsErr_Format(HsExc_TypeError, "range indices must be integers or slices, not %.200s",
                        Hs_TYPE(item)->tp_name);
}

/* ==== membership, count, index ==== */

/* 'ob' (an exact int or bool) in r, in O(1). CPython: range_contains_long. */
static int contains_long(HsRangeObject *r, HsObject *ob) {
    int in_bounds;
    if (Hs_SIZE(r->step) > 0) {
        in_bounds = hs_int_compare(r->start, ob) <= 0 && hs_int_compare(ob, r->stop) < 0;
    } else {
        in_bounds = hs_int_compare(ob, r->start) <= 0 && hs_int_compare(r->stop, ob) < 0;
    }
    if (!in_bounds) {
        return 0;
    }
    HsObject *t1 = HsNumber_Subtract(ob, r->start);
    if (t1 == NULL) {
        return -1;
    }
    HsObject *t2 = HsNumber_Remainder(t1, r->step);
    Hs_DECREF(t1);
    if (t2 == NULL) {
        return -1;
    }
    int res = Hs_SIZE(t2) == 0;
    Hs_DECREF(t2);
    return res;
}

#define IS_EXACT_INT(ob) (HsLong_CheckExact(ob) || HsBool_Check(ob))

/* Linear search by iteration: what=0 contains, 1 count, 2 index. CPython:
 * _PySequence_IterSearch. Returns the answer, or -1 on error. */
static Hs_ssize_t iter_search(HsObject *seq, HsObject *ob, int what) {
    HsObject *it = HsObject_GetIter(seq);
    if (it == NULL) {
        return -1;
    }
    Hs_ssize_t n = 0, i = 0;
    HsObject *x;
    while ((x = HsIter_Next(it)) != NULL) {
        int cmp = HsObject_RichCompareBool(x, ob, HS_EQ);
        Hs_DECREF(x);
        if (cmp < 0) {
            goto error;
        }
        if (cmp > 0) {
            if (what != 1) {
                Hs_DECREF(it);
                return what == 0 ? 1 : i;
            }
            n++;
        }
        i++;
    }
    if (HsErr_Occurred()) {
        goto error;
    }
    Hs_DECREF(it);
    if (what == 2) {
        HsErr_SetString(HsExc_ValueError, "sequence.index(x): x not in sequence");
        return -1;
    }
    return what == 1 ? n : 0;
error:
    Hs_DECREF(it);
    return -1;
}

static int range_contains(HsObject *op, HsObject *ob) {
    if (IS_EXACT_INT(ob)) {
        return contains_long(RANGE(op), ob);
    }
    return (int)iter_search(op, ob, 0);
}

HsObject *hs_range_count(HsObject *self, HsObject *ob) {
    if (IS_EXACT_INT(ob)) {
        int r = contains_long(RANGE(self), ob);
        return r < 0 ? NULL : small(r);
    }
    Hs_ssize_t n = iter_search(self, ob, 1);
    return n < 0 ? NULL : HsLong_FromSsize_t(n);
}

HsObject *hs_range_index(HsObject *self, HsObject *ob) {
    HsRangeObject *r = RANGE(self);
    if (!IS_EXACT_INT(ob)) {
        Hs_ssize_t n = iter_search(self, ob, 2);
        return n < 0 ? NULL : HsLong_FromSsize_t(n);
    }
    int contains = contains_long(r, ob);
    if (contains < 0) {
        return NULL;
    }
    if (contains) {
        HsObject *idx = HsNumber_Subtract(ob, r->start);
        if (idx == NULL) {
            return NULL;
        }
        HsObject *res = HsNumber_FloorDivide(idx, r->step);
        Hs_DECREF(idx);
        return res;
    }
    HsObject *s = HsObject_Repr(ob);
    if (s != NULL) {
        HsErr_Format(HsExc_ValueError, "%U is not in range", s);
        Hs_DECREF(s);
    }
    return NULL;
}

/* ==== comparison, hash, repr, bool ==== */

/* Equal as sequences: same length, and (if non-empty) same start and (if longer than 1)
 * same step. CPython: range_equals. */
static int range_equals(HsRangeObject *r0, HsRangeObject *r1) {
    if (r0 == r1) {
        return 1;
    }
    if (hs_int_compare(r0->length, r1->length) != 0) {
        return 0;
    }
    if (Hs_SIZE(r0->length) == 0) {
        return 1;
    }
    if (hs_int_compare(r0->start, r1->start) != 0) {
        return 0;
    }
    if (Hs_SIZE(r0->length) == 1 && DIGITS(r0->length)[0] == 1) {
        return 1;
    }
    return hs_int_compare(r0->step, r1->step) == 0;
}

static HsObject *range_richcompare(HsObject *self, HsObject *other, int op) {
    if (!HsRange_Check(other) || (op != HS_EQ && op != HS_NE)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    int eq = range_equals(RANGE(self), RANGE(other));
    return HsBool_FromLong(op == HS_EQ ? eq : !eq);
}

/* hash((len, start, step)) with None for start when empty and for step when len == 1.
 * CPython: range_hash. */
static Hs_ssize_t range_hash(HsObject *op) {
    HsRangeObject *r = RANGE(op);
    HsObject *items[3] = {r->length, Hs_None, Hs_None};
    if (Hs_SIZE(r->length) != 0) {
        items[1] = r->start;
        if (!(Hs_SIZE(r->length) == 1 && DIGITS(r->length)[0] == 1)) {
            items[2] = r->step;
        }
    }
    Hs_ssize_t lanes[3];
    for (int i = 0; i < 3; i++) {
        if ((lanes[i] = HsObject_Hash(items[i])) == -1) {
            return -1;
        }
    }
    return hs_obj_hash_tuple(lanes, 3);
}

static HsObject *range_repr(HsObject *op) {
    HsRangeObject *r = RANGE(op);
    int with_step = !(Hs_SIZE(r->step) == 1 && DIGITS(r->step)[0] == 1);
    HsObject *a = HsObject_Repr(r->start), *b = NULL, *c = NULL, *res = NULL;
    if (a != NULL && (b = HsObject_Repr(r->stop)) != NULL) {
        if (!with_step) {
            res = HsUnicode_FromFormat("range(%U, %U)", a, b);
        } else if ((c = HsObject_Repr(r->step)) != NULL) {
            res = HsUnicode_FromFormat("range(%U, %U, %U)", a, b, c);
        }
    }
    Hs_XDECREF(a);
    Hs_XDECREF(b);
    Hs_XDECREF(c);
    return res;
}

static int range_bool(HsObject *op) {
    return Hs_SIZE(RANGE(op)->length) != 0;
}

/* ==== iterators ==== */

typedef struct RangeIterObject {
    HsObject ob_base;
    long index, start, step, len;
} RangeIterObject;

typedef struct LongRangeIterObject {
    HsObject ob_base;
    HsObject *index, *start, *step, *len;
} LongRangeIterObject;

static HsObject *fast_range_iter(long start, long step, long len) {
    RangeIterObject *it = (RangeIterObject *)hs_obj_new(&HsRangeIter_Type, sizeof(*it));
    if (it == NULL) {
        return HsErr_NoMemory();
    }
    it->index = 0;
    it->start = start;
    it->step = step;
    it->len = len;
    return (HsObject *)it;
}

/* Steals: all four. Return: new reference. */
static HsObject *long_range_iter(HsObject *start, HsObject *step, HsObject *len) {
    LongRangeIterObject *it = NULL;
    if (start != NULL && step != NULL && len != NULL) {
        it = (LongRangeIterObject *)hs_obj_new(&HsLongRangeIter_Type, sizeof(*it));
    }
    if (it == NULL) {
        Hs_XDECREF(start);
        Hs_XDECREF(step);
        Hs_XDECREF(len);
        return HsErr_Occurred() ? NULL : HsErr_NoMemory();
    }
    it->index = small(0);
    it->start = start;
    it->step = step;
    it->len = len;
    return (HsObject *)it;
}

/* Number of items of range(lo, hi, step) for C longs. CPython: get_len_of_range. */
static unsigned long get_len_of_range(long lo, long hi, long step) {
    if (step > 0 && lo < hi) {
        return 1UL + ((unsigned long)hi - 1UL - (unsigned long)lo) / (unsigned long)step;
    }
    if (step < 0 && lo > hi) {
        return 1UL + ((unsigned long)lo - 1UL - (unsigned long)hi) / (0UL - (unsigned long)step);
    }
    return 0UL;
}

/* The three fields as C longs; 0 if any does not fit. */
static int as_longs(HsRangeObject *r, long *start, long *stop, long *step) {
    int o1, o2, o3;
    long long a = hs_int_as_longlong_and_overflow(r->start, &o1);
    long long b = hs_int_as_longlong_and_overflow(r->stop, &o2);
    long long c = hs_int_as_longlong_and_overflow(r->step, &o3);
    if (o1 || o2 || o3 || a < LONG_MIN || a > LONG_MAX || b < LONG_MIN || b > LONG_MAX ||
        c < LONG_MIN || c > LONG_MAX) {
        return 0;
    }
    *start = (long)a;
    *stop = (long)b;
    *step = (long)c;
    return 1;
}

static HsObject *range_iter(HsObject *op) {
    HsRangeObject *r = RANGE(op);
    long lstart, lstop, lstep;
    if (as_longs(r, &lstart, &lstop, &lstep)) {
        unsigned long ulen = get_len_of_range(lstart, lstop, lstep);
        int fits = ulen <= (unsigned long)LONG_MAX;
        /* lstart + ulen * lstep must not overflow */
        if (fits && ulen) {
            fits = lstep > 0 ? lstop <= LONG_MAX - (lstep - 1) : lstop >= LONG_MIN + (-1 - lstep);
        }
        if (fits) {
            return fast_range_iter(lstart, lstep, (long)ulen);
        }
    }
    return long_range_iter(Hs_NewRef(r->start), Hs_NewRef(r->step), Hs_NewRef(r->length));
}

HsObject *hs_range_reversed(HsObject *self, HsObject *unused) {
    (void)unused;
    HsRangeObject *r = RANGE(self);
    long lstart, lstop, lstep;
    if (as_longs(r, &lstart, &lstop, &lstep) && lstep != LONG_MIN) {
        int ok =
            lstep > 0
                ? !((unsigned long)lstart - (unsigned long)LONG_MIN < (unsigned long)lstep)
                : !((unsigned long)LONG_MAX - (unsigned long)lstart < 0UL - (unsigned long)lstep);
        unsigned long ulen = get_len_of_range(lstart, lstop, lstep);
        if (ok && ulen <= (unsigned long)LONG_MAX) {
            unsigned long new_stop = (unsigned long)lstart - (unsigned long)lstep;
            long new_start = (long)(new_stop + ulen * (unsigned long)lstep);
            return fast_range_iter(new_start, -lstep, (long)ulen);
        }
    }
    /* start + (len - 1) * step, stepping by -step */
    HsObject *one = small(1), *n = HsNumber_Subtract(r->length, one), *start = NULL;
    Hs_DECREF(one);
    if (n != NULL) {
        HsObject *product = HsNumber_Multiply(n, r->step);
        Hs_DECREF(n);
        if (product != NULL) {
            start = HsNumber_Add(r->start, product);
            Hs_DECREF(product);
        }
    }
    if (start == NULL) {
        return NULL;
    }
    return long_range_iter(start, HsNumber_Negative(r->step), Hs_NewRef(r->length));
}

static HsObject *rangeiter_next(HsObject *op) {
    RangeIterObject *r = (RangeIterObject *)op;
    if (r->index < r->len) {
        /* unsigned arithmetic: no signed overflow in the intermediate */
        return HsLong_FromLong(
            (long)((unsigned long)r->start + (unsigned long)(r->index++) * (unsigned long)r->step));
    }
    return NULL;
}

static HsObject *longrangeiter_next(HsObject *op) {
    LongRangeIterObject *r = (LongRangeIterObject *)op;
    if (hs_int_compare(r->index, r->len) >= 0) {
        return NULL;
    }
    HsObject *one = small(1);
    HsObject *new_index = HsNumber_Add(r->index, one);
    Hs_DECREF(one);
    if (new_index == NULL) {
        return NULL;
    }
    HsObject *product = HsNumber_Multiply(r->index, r->step);
    HsObject *result = product ? HsNumber_Add(r->start, product) : NULL;
    Hs_XDECREF(product);
    if (result == NULL) {
        Hs_DECREF(new_index);
        return NULL;
    }
    Hs_SETREF(r->index, new_index);
    return result;
}

HsObject *hs_rangeiter_length_hint(HsObject *op, HsObject *unused) {
    (void)unused;
    if (Hs_TYPE(op) == &HsRangeIter_Type) {
        RangeIterObject *r = (RangeIterObject *)op;
        return HsLong_FromLong(r->len - r->index);
    }
    LongRangeIterObject *r = (LongRangeIterObject *)op;
    return HsNumber_Subtract(r->len, r->index);
}

static void longrangeiter_dealloc(HsObject *op) {
    LongRangeIterObject *r = (LongRangeIterObject *)op;
    Hs_XDECREF(r->index);
    Hs_XDECREF(r->start);
    Hs_XDECREF(r->step);
    Hs_XDECREF(r->len);
    hs_obj_free(op);
}

static HsObject *iter_self(HsObject *op) {
    return Hs_NewRef(op);
}

/* ==== the types ==== */

static HsMethodDef rangeiter_methods[] = {
    {"__length_hint__", HS_CFUNC(hs_rangeiter_length_hint), HS_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsRangeIter_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "range_iterator",
    .tp_basicsize = sizeof(RangeIterObject),
    .tp_dealloc = hs_obj_free,
    .tp_iter = iter_self,
    .tp_iternext = rangeiter_next,
    .tp_methods = rangeiter_methods,
};

HsTypeObject HsLongRangeIter_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "longrange_iterator",
    .tp_basicsize = sizeof(LongRangeIterObject),
    .tp_dealloc = longrangeiter_dealloc,
    .tp_iter = iter_self,
    .tp_iternext = longrangeiter_next,
    .tp_methods = rangeiter_methods,
};

static HsNumberMethods range_as_number = {.nb_bool = range_bool};

static HsSequenceMethods range_as_sequence = {
    .sq_length = range_length,
    .sq_item = range_item,
    .sq_contains = range_contains,
};

static HsMappingMethods range_as_mapping = {
    .mp_length = range_length,
    .mp_subscript = range_subscript,
};

static HsMemberDef range_members[] = {
    {"start", HS_T_OBJECT_EX, offsetof(HsRangeObject, start), HS_READONLY, NULL},
    {"stop", HS_T_OBJECT_EX, offsetof(HsRangeObject, stop), HS_READONLY, NULL},
    {"step", HS_T_OBJECT_EX, offsetof(HsRangeObject, step), HS_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static HsMethodDef range_methods[] = {
    {"__reversed__", HS_CFUNC(hs_range_reversed), HS_METH_NOARGS, "Return a reverse iterator."},
    {"count", HS_CFUNC(hs_range_count), HS_METH_O,
     "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", HS_CFUNC(hs_range_index), HS_METH_O,
     "rangeobject.index(value) -> integer -- return index of value."},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsRange_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "range",
    .tp_getattro = HsObject_GenericGetAttr, /* as CPython: its own __getattribute__ */
    .tp_basicsize = sizeof(HsRangeObject),
    .tp_dealloc = range_dealloc,
    .tp_repr = range_repr,
    .tp_as_number = &range_as_number,
    .tp_as_sequence = &range_as_sequence,
    .tp_as_mapping = &range_as_mapping,
    .tp_hash = range_hash,
    .tp_flags = HS_TPFLAGS_SEQUENCE,
    .tp_richcompare = range_richcompare,
    .tp_iter = range_iter,
    .tp_methods = range_methods,
    .tp_members = range_members,
    .tp_new = hs_range_tp_new,
    .tp_vectorcall = range_vectorcall,
};
