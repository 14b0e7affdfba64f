/* random.Random's integer and sequence methods (CPython 3.11: Lib/random.py): randrange,
 * randint, choice, shuffle, sample (with counts= and the set-size heuristic that picks
 * between the pool and the rejection-set algorithms), choices (weights / cum_weights with
 * bisect_right). Each follows the Python code step by step, with generic number, sequence and
 * comparison operations, so argument types, error messages and the number of random draws --
 * hence seeded sequences -- are CPython's. One difference: the DeprecationWarning that
 * randrange() gives for integral floats is not emitted (heapscope has no warnings module).
 * Every method: arguments borrowed; Return: new reference, or NULL with an exception. */
#include "internal/hs_modules_random.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_range.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <math.h>
#include <string.h>

/* ==== helpers ==== */

/* a OP b for an int constant 'b'. Returns 1, 0 or -1. */
static int cmp_long(HsObject *a, long b, int op) {
    HsObject *o = HsLong_FromLong(b);
    int r = o != NULL ? HsObject_RichCompareBool(a, o, op) : -1;
    Hs_XDECREF(o);
    return r;
}

/* f(a, b), releasing both; a NULL operand (an earlier failure) gives NULL. Steals: 'a', 'b'.
 * Return: new reference. */
static HsObject *op2(HsObject *(*f)(HsObject *, HsObject *), HsObject *a, HsObject *b) {
    HsObject *r = a != NULL && b != NULL ? f(a, b) : NULL;
    Hs_XDECREF(a);
    Hs_XDECREF(b);
    return r;
}

/* randrange's _index(x), falling back to int(x) when that equals x ('what' names the
 * argument: "arg 1", "stop", "step"). Return: new reference. */
static HsObject *range_index(HsObject *x, const char *what) {
    HsObject *i = HsNumber_Index(x);
    if (i != NULL && !HsLong_CheckExact(i)) { /* operator.index gives an exact int */
        Hs_SETREF(i, hs_int_copy(i));
    }
    if (i != NULL || !HsErr_ExceptionMatches(HsExc_TypeError)) {
        return i;
    }
    HsErr_Clear();
    i = HsNumber_Long(x);
    if (i == NULL) {
        return NULL;
    }
    int eq = HsObject_RichCompareBool(i, x, HS_EQ);
    if (eq <= 0) {
        Hs_DECREF(i);
        if (eq == 0) {
            HsErr_Format(HsExc_ValueError, "non-integer %s for randrange()", what);
        }
        return NULL;
    }
    return i; /* CPython also warns (DeprecationWarning) here */
}

/* True for the int 1 object randrange's default step is ('step is _ONE'). */
static int is_one(HsObject *o) {
    return HsLong_CheckExact(o) && Hs_SIZE(o) == 1 && ((HsLongObject *)o)->ob_digit[0] == 1;
}

/* istart + istep * randbelow(n), with istep NULL meaning 1. Steals: nothing. */
static HsObject *start_plus(HsObject *self, HsObject *istart, HsObject *istep, HsObject *n) {
    HsObject *r = hs_random_randbelow(self, n);
    if (r != NULL && istep != NULL) {
        r = op2(HsNumber_Multiply, Hs_NewRef(istep), r);
    }
    return op2(HsNumber_Add, Hs_NewRef(istart), r);
}

/* randrange after istart/istop: the step logic. */
static HsObject *randrange_step(HsObject *self, HsObject *istart, HsObject *istop, HsObject *step) {
    HsObject *width = HsNumber_Subtract(istop, istart), *res = NULL, *n = NULL;
    HsObject *istep =
        width != NULL ? (step != NULL ? range_index(step, "step") : HsLong_FromLong(1)) : NULL;
    if (istep == NULL) {
        goto done;
    }
    if (cmp_long(istep, 1, HS_EQ) == 1) {
        int pos = cmp_long(width, 0, HS_GT);
        if (pos == 1) {
            res = start_plus(self, istart, NULL, width);
        } else if (pos == 0) {
            HsErr_Format(HsExc_ValueError, "empty range for randrange() (%S, %S, %S)", istart,
                         istop, width);
        }
        goto done;
    }
    int sign = cmp_long(istep, 0, HS_GT) == 1 ? 1 : cmp_long(istep, 0, HS_LT) == 1 ? -1 : 0;
    if (HsErr_Occurred()) {
        goto done;
    }
    if (sign == 0) {
        HsErr_SetString(HsExc_ValueError, "zero step for randrange()");
        goto done;
    }
    HsObject *adj = HsLong_FromLong(sign > 0 ? -1 : 1);
    HsObject *num = op2(HsNumber_Add, op2(HsNumber_Add, Hs_NewRef(width), Hs_NewRef(istep)), adj);
    n = op2(HsNumber_FloorDivide, num, Hs_NewRef(istep));
    int empty = n != NULL ? cmp_long(n, 0, HS_LE) : -1;
    if (empty == 1) {
        HsErr_SetString(HsExc_ValueError, "empty range for randrange()");
    } else if (empty == 0) {
        res = start_plus(self, istart, istep, n);
    }
done:
    Hs_XDECREF(width);
    Hs_XDECREF(istep);
    Hs_XDECREF(n);
    return res;
}

/* Lib/random.py's randrange(start, stop=None, step=1); 'stop'/'step' NULL when not given. */
static HsObject *randrange_impl(HsObject *self, HsObject *start, HsObject *stop, HsObject *step) {
    HsObject *istart = range_index(start, "arg 1");
    if (istart == NULL) {
        return NULL;
    }
    HsObject *res = NULL;
    if (stop == NULL || stop == Hs_None) {
        if (step != NULL && !is_one(step)) {
            HsErr_SetString(HsExc_TypeError, "Missing a non-None stop argument");
        } else {
            int pos = cmp_long(istart, 0, HS_GT);
            if (pos == 1) {
                res = hs_random_randbelow(self, istart);
            } else if (pos == 0) {
                HsErr_SetString(HsExc_ValueError, "empty range for randrange()");
            }
        }
        Hs_DECREF(istart);
        return res;
    }
    HsObject *istop = range_index(stop, "stop");
    if (istop != NULL) {
        res = randrange_step(self, istart, istop, step);
        Hs_DECREF(istop);
    }
    Hs_DECREF(istart);
    return res;
}

HS_RANDOM_METHOD(randrange) {
    static const char *const names[] = {"start", "stop", "step"};
    static const HsRandomSig sig = {"Random.randrange", names, 3, 1, 0};
    HsObject *a[3];
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    return randrange_impl(self, a[0], a[1], a[2]);
}

HS_RANDOM_METHOD(randint) {
    static const char *const names[] = {"a", "b"};
    static const HsRandomSig sig = {"Random.randint", names, 2, 2, 0};
    HsObject *a[2];
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    HsObject *stop = op2(HsNumber_Add, Hs_NewRef(a[1]), HsLong_FromLong(1));
    if (stop == NULL) {
        return NULL;
    }
    HsObject *r = randrange_impl(self, a[0], stop, NULL);
    Hs_DECREF(stop);
    return r;
}

/* ==== choice, shuffle ==== */

/* seq[i] for a C index. Return: new reference. */
static HsObject *item_at(HsObject *seq, Hs_ssize_t i) {
    if (HsList_CheckExact(seq) && i < Hs_SIZE(seq)) {
        return Hs_NewRef(HS_LIST_GET(seq, i));
    }
    HsObject *io = HsLong_FromSsize_t(i);
    HsObject *r = io != NULL ? HsObject_GetItem(seq, io) : NULL;
    Hs_XDECREF(io);
    return r;
}

HS_RANDOM_METHOD(choice) {
    static const char *const names[] = {"seq"};
    static const HsRandomSig sig = {"Random.choice", names, 1, 1, 0};
    HsObject *a[1];
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    Hs_ssize_t n = HsObject_Size(a[0]), j;
    if (n < 0) {
        return NULL;
    }
    if (n == 0) {
        return HsErr_Format(HsExc_IndexError, "Cannot choose from an empty sequence");
    }
    if (hs_random_randbelow_ssize(self, n, &j) < 0) {
        return NULL;
    }
    return item_at(a[0], j);
}

/* x[i], x[j] = x[j], x[i]. Returns 0 or -1. */
static int swap_items(HsObject *x, Hs_ssize_t i, Hs_ssize_t j) {
    if (HsList_CheckExact(x) && i < Hs_SIZE(x) && j < Hs_SIZE(x)) {
        HsObject *t = HS_LIST_GET(x, i);
        HS_LIST_SET(x, i, HS_LIST_GET(x, j));
        HS_LIST_SET(x, j, t);
        return 0;
    }
    HsObject *io = HsLong_FromSsize_t(i), *jo = HsLong_FromSsize_t(j);
    HsObject *xj = io != NULL && jo != NULL ? HsObject_GetItem(x, jo) : NULL;
    HsObject *xi = xj != NULL ? HsObject_GetItem(x, io) : NULL;
    int rc =
        xi != NULL && HsObject_SetItem(x, io, xj) == 0 && HsObject_SetItem(x, jo, xi) == 0 ? 0 : -1;
    Hs_XDECREF(io);
    Hs_XDECREF(jo);
    Hs_XDECREF(xi);
    Hs_XDECREF(xj);
    return rc;
}

HS_RANDOM_METHOD(shuffle) {
    static const char *const names[] = {"x"};
    static const HsRandomSig sig = {"Random.shuffle", names, 1, 1, 0};
    HsObject *a[1];
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    Hs_ssize_t n = HsObject_Size(a[0]);
    if (n < 0) {
        return NULL;
    }
    for (Hs_ssize_t i = n - 1; i >= 1; i--) {
        Hs_ssize_t j;
        if (hs_random_randbelow_ssize(self, i + 1, &j) < 0 || swap_items(a[0], i, j) < 0) {
            return NULL;
        }
    }
    Hs_RETURN_NONE;
}

/* ==== accumulate and bisect ==== */

/* list(itertools.accumulate(iterable)). Return: new reference. */
static HsObject *accumulate_list(HsObject *iterable) {
    HsObject *it = HsObject_GetIter(iterable);
    if (it == NULL) {
        return NULL;
    }
    HsObject *out = HsList_New(0), *total = NULL, *item;
    while (out != NULL && (item = HsIter_Next(it)) != NULL) {
        HsObject *next = total == NULL ? item : op2(HsNumber_Add, total, item);
        total = next;
        if (total == NULL || HsList_Append(out, total) < 0) {
            Hs_CLEAR(out);
        }
    }
    Hs_XDECREF(total);
    Hs_DECREF(it);
    if (out != NULL && HsErr_Occurred()) {
        Hs_CLEAR(out);
    }
    return out;
}

/* bisect.bisect_right(a, x, lo, hi). Returns the index, or -1 with an exception. */
static Hs_ssize_t bisect_right(HsObject *a, HsObject *x, Hs_ssize_t lo, Hs_ssize_t hi) {
    while (lo < hi) {
        Hs_ssize_t mid = (Hs_ssize_t)(((size_t)lo + (size_t)hi) / 2);
        HsObject *item = HsSequence_GetItem(a, mid);
        if (item == NULL) {
            return -1;
        }
        int lt = HsObject_RichCompareBool(x, item, HS_LT);
        Hs_DECREF(item);
        if (lt < 0) {
            return -1;
        }
        if (lt) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

/* ==== sample ==== */

/* isinstance(o, collections.abc.Sequence) for the types heapscope has. */
static int is_sequence(HsObject *o) {
    HsTypeObject *tp = Hs_TYPE(o);
    return HsList_Check(o) || HsTuple_Check(o) || HsUnicode_Check(o) || HsBytes_Check(o) ||
           HsByteArray_Check(o) || HsObject_TypeCheck(o, &HsRange_Type) ||
           (tp->tp_flags & HS_TPFLAGS_SEQUENCE) != 0;
}

/* A set of indices (open addressing, linear probing; -1 marks a free slot). */
typedef struct IndexSet {
    Hs_ssize_t *slots;
    size_t mask;
} IndexSet;

/* Add 'j' unless present: 1 if added, 0 if it was there. */
static int index_set_add(IndexSet *s, Hs_ssize_t j) {
    size_t h = ((size_t)j * 0x9E3779B97F4A7C15ULL) & s->mask;
    while (s->slots[h] != -1) {
        if (s->slots[h] == j) {
            return 0;
        }
        h = (h + 1) & s->mask;
    }
    s->slots[h] = j;
    return 1;
}

/* The rejection branch: k distinct indices below n, drawn until unseen. */
static int sample_by_set(HsObject *self, HsObject *population, Hs_ssize_t n, HsObject *result,
                         Hs_ssize_t k) {
    size_t cap = 8;
    while (cap < (size_t)k * 2 + 2) {
        cap <<= 1;
    }
    IndexSet s = {hs_mem_raw_malloc(cap * sizeof(Hs_ssize_t)), cap - 1};
    if (s.slots == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    memset(s.slots, 0xff, cap * sizeof(Hs_ssize_t));
    int rc = 0;
    for (Hs_ssize_t i = 0; i < k && rc == 0; i++) {
        Hs_ssize_t j;
        do {
            rc = hs_random_randbelow_ssize(self, n, &j);
        } while (rc == 0 && !index_set_add(&s, j));
        HsObject *item = rc == 0 ? item_at(population, j) : NULL;
        if (item == NULL) {
            rc = -1;
            break;
        }
        Hs_SETREF(HS_LIST_ITEMS(result)[i], item);
    }
    hs_mem_raw_free(s.slots);
    return rc;
}

/* The pool branch: a partial Fisher-Yates over list(population). */
static int sample_by_pool(HsObject *self, HsObject *population, Hs_ssize_t n, HsObject *result,
                          Hs_ssize_t k) {
    HsObject *pool = HsSequence_List(population);
    if (pool == NULL) {
        return -1;
    }
    int rc = 0;
    for (Hs_ssize_t i = 0; i < k && rc == 0; i++) {
        Hs_ssize_t j;
        rc = hs_random_randbelow_ssize(self, n - i, &j);
        if (rc == 0 && (j >= Hs_SIZE(pool) || n - i - 1 >= Hs_SIZE(pool))) {
            HsErr_SetString(HsExc_IndexError, "list index out of range");
            rc = -1;
        }
        if (rc == 0) {
            Hs_SETREF(HS_LIST_ITEMS(result)[i], Hs_NewRef(HS_LIST_GET(pool, j)));
            Hs_SETREF(HS_LIST_ITEMS(pool)[j], Hs_NewRef(HS_LIST_GET(pool, n - i - 1)));
        }
    }
    Hs_DECREF(pool);
    return rc;
}

/* sample(population, k) without counts. */
static HsObject *sample_plain(HsObject *self, HsObject *population, Hs_ssize_t n, HsObject *k) {
    HsObject *zero = HsLong_FromLong(0);
    int ok = zero != NULL ? HsObject_RichCompareBool(zero, k, HS_LE) : -1; /* 0 <= k <= n */
    Hs_XDECREF(zero);
    if (ok == 1) {
        HsObject *no = HsLong_FromSsize_t(n);
        ok = no != NULL ? HsObject_RichCompareBool(k, no, HS_LE) : -1;
        Hs_XDECREF(no);
    }
    if (ok <= 0) {
        if (ok == 0) {
            HsErr_SetString(HsExc_ValueError, "Sample larger than population or is negative");
        }
        return NULL;
    }
    HsObject *one = HsList_New(1);
    if (one == NULL) {
        return NULL;
    }
    HS_LIST_SET(one, 0, Hs_NewRef(Hs_None));
    HsObject *result = op2(HsNumber_Multiply, one, Hs_NewRef(k));
    if (result == NULL) {
        return NULL;
    }
    Hs_ssize_t kk = Hs_SIZE(result);
    double setsize = 21.0; /* size of a small set minus size of an empty list */
    if (kk > 5) {
        setsize += pow(4.0, ceil(log((double)(kk * 3)) / log(4.0)));
    }
    int rc = (double)n <= setsize ? sample_by_pool(self, population, n, result, kk)
                                  : sample_by_set(self, population, n, result, kk);
    if (rc < 0) {
        Hs_CLEAR(result);
    }
    return result;
}

/* sample(population, k, counts=counts): sample range(total) and map through bisect. */
static HsObject *sample_counts(HsObject *self, HsObject *population, Hs_ssize_t n, HsObject *k,
                               HsObject *counts) {
    HsObject *cum = accumulate_list(counts), *total = NULL, *res = NULL, *sel = NULL;
    if (cum == NULL) {
        return NULL;
    }
    if (Hs_SIZE(cum) != n) {
        HsErr_SetString(HsExc_ValueError, "The number of counts does not match the population");
        goto done;
    }
    if (n == 0) {
        HsErr_SetString(HsExc_IndexError, "pop from empty list");
        goto done;
    }
    total = HS_LIST_GET(cum, n - 1); /* cum.pop(): the list's reference moves to 'total' */
    HS_LIST_SET(cum, n - 1, NULL);
    if (hs_list_resize(cum, n - 1) < 0) {
        goto done;
    }
    if (!HsLong_Check(total)) {
        HsErr_SetString(HsExc_TypeError, "Counts must be integers");
        goto done;
    }
    if (cmp_long(total, 0, HS_LE) == 1) {
        HsErr_SetString(HsExc_ValueError, "Total of counts must be greater than zero");
        goto done;
    }
    HsObject *range = HsObject_CallOneArg((HsObject *)&HsRange_Type, total);
    Hs_ssize_t rn = range != NULL ? HsObject_Size(range) : -1;
    sel = rn >= 0 ? sample_plain(self, range, rn, k) : NULL;
    Hs_XDECREF(range);
    res = sel != NULL ? HsList_New(Hs_SIZE(sel)) : NULL;
    for (Hs_ssize_t i = 0; res != NULL && i < Hs_SIZE(sel); i++) {
        Hs_ssize_t at = bisect_right(cum, HS_LIST_GET(sel, i), 0, Hs_SIZE(cum));
        HsObject *item = at >= 0 ? item_at(population, at) : NULL;
        if (item == NULL) {
            Hs_CLEAR(res);
            break;
        }
        HS_LIST_SET(res, i, item);
    }
done:
    Hs_DECREF(cum);
    Hs_XDECREF(total);
    Hs_XDECREF(sel);
    return res;
}

HS_RANDOM_METHOD(sample) {
    static const char *const names[] = {"population", "k", "counts"};
    static const HsRandomSig sig = {"Random.sample", names, 2, 2, 1};
    HsObject *a[3];
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    if (!is_sequence(a[0])) {
        return HsErr_Format(HsExc_TypeError, "Population must be a sequence.  "
                                             "For dicts or sets, use sorted(d).");
    }
    Hs_ssize_t n = HsObject_Size(a[0]);
    if (n < 0) {
        return NULL;
    }
    if (a[2] != NULL && a[2] != Hs_None) {
        return sample_counts(self, a[0], n, a[1], a[2]);
    }
    return sample_plain(self, a[0], n, a[1]);
}

/* ==== choices ==== */

/* itertools.repeat's count: an index, negative meaning 0. Returns 0 or -1. */
static int repeat_count(HsObject *k, Hs_ssize_t *out) {
    Hs_ssize_t v = HsNumber_AsSsize_t(k, HsExc_OverflowError);
    if (v == -1 && HsErr_Occurred()) {
        return -1;
    }
    *out = v < 0 ? 0 : v;
    return 0;
}

/* [population[floor(random() * n)] for i in repeat(None, k)]. */
static HsObject *choices_uniform(HsObject *self, HsObject *population, Hs_ssize_t n, HsObject *k) {
    Hs_ssize_t kk;
    if (repeat_count(k, &kk) < 0) {
        return NULL;
    }
    HsObject *res = HsList_New(0);
    double nf = (double)n;
    for (Hs_ssize_t i = 0; res != NULL && i < kk; i++) {
        double r;
        HsObject *item =
            hs_random_float(self, &r) == 0 ? item_at(population, (Hs_ssize_t)floor(r * nf)) : NULL;
        if (item == NULL || HsList_Append(res, item) < 0) {
            Hs_CLEAR(res);
        }
        Hs_XDECREF(item);
    }
    return res;
}

/* The weighted selection loop over cumulative weights 'cum'. */
static HsObject *choices_weighted(HsObject *self, HsObject *population, Hs_ssize_t n, HsObject *cum,
                                  HsObject *k) {
    HsObject *m1 = HsLong_FromLong(-1);
    HsObject *total =
        op2(HsNumber_Add, m1 != NULL ? HsObject_GetItem(cum, m1) : NULL, HsFloat_FromDouble(0.0));
    Hs_XDECREF(m1);
    if (total == NULL) {
        return NULL;
    }
    HsObject *res = NULL;
    HsObject *zero = HsFloat_FromDouble(0.0);
    int le = zero != NULL ? HsObject_RichCompareBool(total, zero, HS_LE) : -1;
    Hs_XDECREF(zero);
    double tf = le == 0 ? HsFloat_AsDouble(total) : 0.0;
    Hs_ssize_t kk;
    if (le == 1) {
        HsErr_SetString(HsExc_ValueError, "Total of weights must be greater than zero");
    } else if (le == 0 && !HsErr_Occurred() && !isfinite(tf)) {
        HsErr_SetString(HsExc_ValueError, "Total of weights must be finite");
    } else if (le == 0 && !HsErr_Occurred() && repeat_count(k, &kk) == 0) {
        res = HsList_New(0);
        for (Hs_ssize_t i = 0; res != NULL && i < kk; i++) {
            double r;
            HsObject *x = hs_random_float(self, &r) == 0
                              ? op2(HsNumber_Multiply, HsFloat_FromDouble(r), Hs_NewRef(total))
                              : NULL;
            Hs_ssize_t at = x != NULL ? bisect_right(cum, x, 0, n - 1) : -1;
            HsObject *item = at >= 0 ? item_at(population, at) : NULL;
            Hs_XDECREF(x);
            if (item == NULL || HsList_Append(res, item) < 0) {
                Hs_CLEAR(res);
            }
            Hs_XDECREF(item);
        }
    }
    Hs_DECREF(total);
    return res;
}

/* cum_weights = list(accumulate(weights)), with the "k as weights" hint. */
static HsObject *cum_from_weights(HsObject *weights) {
    HsObject *cum = accumulate_list(weights);
    if (cum == NULL && HsErr_ExceptionMatches(HsExc_TypeError) && HsLong_Check(weights)) {
        HsErr_Clear();
        HsErr_Format(HsExc_TypeError, "The number of choices must be a keyword argument: k=%R",
                     weights);
    }
    return cum;
}

HS_RANDOM_METHOD(choices) {
    static const char *const names[] = {"population", "weights", "cum_weights", "k"};
    static const HsRandomSig sig = {"Random.choices", names, 2, 1, 2};
    HsObject *a[4];
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    HsObject *population = a[0], *weights = a[1], *cum = a[2], *res = NULL;
    HsObject *k = a[3] != NULL ? Hs_NewRef(a[3]) : HsLong_FromLong(1);
    Hs_ssize_t n = k != NULL ? HsObject_Size(population) : -1;
    if (n < 0) {
        Hs_XDECREF(k);
        return NULL;
    }
    weights = weights == Hs_None ? NULL : weights;
    if (cum == NULL || cum == Hs_None) {
        if (weights == NULL) {
            res = choices_uniform(self, population, n, k);
            Hs_DECREF(k);
            return res;
        }
        cum = cum_from_weights(weights);
    } else if (weights != NULL) {
        HsErr_SetString(HsExc_TypeError, "Cannot specify both weights and cumulative weights");
        cum = NULL;
    } else {
        Hs_INCREF(cum);
    }
    Hs_ssize_t nc = cum != NULL ? HsObject_Size(cum) : -1;
    if (nc >= 0 && nc != n) {
        HsErr_SetString(HsExc_ValueError, "The number of weights does not match the population");
    } else if (nc >= 0) {
        res = choices_weighted(self, population, n, cum, k);
    }
    Hs_XDECREF(cum);
    Hs_DECREF(k);
    return res;
}
