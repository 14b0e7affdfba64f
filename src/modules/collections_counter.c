/* collections.Counter as a static C subtype of dict, with the API and observable behaviour of
 * CPython 3.11's Python class (Lib/collections/__init__.py): missing keys count 0 (and
 * `del c[k]` of a missing key is a no-op), update/subtract count, most_common sorts by count
 * with ties in insertion order (a stable sort, as heapq.nlargest is documented to be), the
 * multiset operators keep only positive counts, comparisons are the 3.10+ multiset ones, and
 * repr lists the items in most_common order.
 * The struct is dict's plus three words so sys.getsizeof matches CPython's Counter instance
 * (a heap-type dict subclass with __weakref__ and a managed __dict__ pre-header: 88 empty).
 * Departures: instances have no __dict__; only dicts (not arbitrary Mapping ABC instances) are taken as mappings.
 * Functions returning HsObject* return a new reference, or NULL with an exception; arguments
 * are borrowed.
 */
#include "internal/hs_modules.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_vm.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>

/* ==== layout and helpers ==== */

typedef struct CounterObject {
    HsDictObject cnt_dict;
    HsObject *cnt_weakreflist;
    void *cnt_reserved[2]; /* stands for CPython's managed-dict pre-header (getsizeof) */
} CounterObject;

#define IS_COUNTER(op) HsObject_TypeCheck((op), &HsCounter_Type)

/* c[key] through the type's subscript (so __missing__ gives 0). Return: new reference. */
static HsObject *get_count(HsObject *c, HsObject *key) {
    return HsObject_GetItem(c, key);
}

/* d.get(key, 0) on the dict part. Return: new reference. */
static HsObject *get_or_zero(HsObject *d, HsObject *key) {
    HsObject *v = HsDict_GetItemWithError(d, key);
    if (v != NULL) {
        return Hs_NewRef(v);
    }
    return HsErr_Occurred() ? NULL : HsLong_FromLong(0);
}

/* 1 if v > 0 (or v < 0 when 'negative'), 0 if not, -1 on error. */
static int sign_test(HsObject *v, int negative) {
    HsObject *zero = HsLong_FromLong(0);
    if (zero == NULL) {
        return -1;
    }
    int r = HsObject_RichCompareBool(v, zero, negative ? HS_LT : HS_GT);
    Hs_DECREF(zero);
    return r;
}

/* "Counter.NAME() takes from 1 to 2 positional arguments but N were given" when 'nargs'
 * (not counting self) is over 1. Returns 0 or -1. */
static int check_one_optional(const char *name, Hs_ssize_t nargs) {
    if (nargs > 1) {
        HsErr_Format(HsExc_TypeError,
                     "Counter.%s() takes from 1 to 2 positional arguments but %zd were given", name,
                     nargs + 1);
        return -1;
    }
    return 0;
}

/* ==== update, subtract ==== */

/* self[k] = self.get(k, 0) + count (sign 1) or - count (sign -1) for each (k, count) of
 * the dict 'other'; the Counter.update / subtract mapping path. Returns 0 or -1. */
static int merge_counts(HsObject *self, HsObject *other, int sign) {
    HsObject *items = HsSequence_List(other);
    if (items == NULL) {
        return -1;
    }
    int rc = 0;
    for (Hs_ssize_t i = 0; rc == 0 && i < HsList_Size(items); i++) {
        HsObject *key = HsList_GetItem(items, i);
        HsObject *count = HsObject_GetItem(other, key);
        HsObject *old = count != NULL ? get_or_zero(self, key) : NULL;
        HsObject *nv = NULL;
        if (old != NULL) {
            nv = sign > 0 ? HsNumber_Add(count, old) : HsNumber_Subtract(old, count);
        }
        rc = nv != NULL ? HsObject_SetItem(self, key, nv) : -1;
        Hs_XDECREF(count);
        Hs_XDECREF(old);
        Hs_XDECREF(nv);
    }
    Hs_DECREF(items);
    return rc;
}

/* The shared body of update (sign 1) and subtract (sign -1). Returns 0 or -1. */
static int count_from(HsObject *self, HsObject *iterable, HsObject *kwds, int sign) {
    if (iterable != NULL && iterable != Hs_None) {
        if (HsDict_Check(iterable)) {
            if (sign > 0 && HsDict_Size(self) == 0) {
                if (hs_dict_update_arg(self, iterable) < 0) {
                    return -1;
                }
            } else if (merge_counts(self, iterable, sign) < 0) {
                return -1;
            }
        } else if (sign > 0) {
            if (hs_collections_count_elements(self, iterable) < 0) {
                return -1;
            }
        } else {
            HsObject *it = HsObject_GetIter(iterable), *elem;
            if (it == NULL) {
                return -1;
            }
            HsObject *one = HsLong_FromLong(1);
            int rc = one != NULL ? 0 : -1;
            while (rc == 0 && (elem = HsIter_Next(it)) != NULL) {
                HsObject *old = get_or_zero(self, elem);
                HsObject *nv = old != NULL ? HsNumber_Subtract(old, one) : NULL;
                rc = nv != NULL ? HsObject_SetItem(self, elem, nv) : -1;
                Hs_XDECREF(old);
                Hs_XDECREF(nv);
                Hs_DECREF(elem);
            }
            Hs_XDECREF(one);
            Hs_DECREF(it);
            if (rc < 0 || HsErr_Occurred()) {
                return -1;
            }
        }
    }
    if (kwds != NULL && HsDict_Size(kwds) > 0) {
        return count_from(self, kwds, NULL, sign);
    }
    return 0;
}

static HsObject *counter_update(HsObject *self, HsObject *args, HsObject *kwds) {
    if (check_one_optional("update", Hs_SIZE(args)) < 0) {
        return NULL;
    }
    HsObject *iterable = Hs_SIZE(args) > 0 ? HS_TUPLE_GET(args, 0) : NULL;
    return count_from(self, iterable, kwds, 1) < 0 ? NULL : Hs_NewRef(Hs_None);
}

static HsObject *counter_subtract(HsObject *self, HsObject *args, HsObject *kwds) {
    if (check_one_optional("subtract", Hs_SIZE(args)) < 0) {
        return NULL;
    }
    HsObject *iterable = Hs_SIZE(args) > 0 ? HS_TUPLE_GET(args, 0) : NULL;
    return count_from(self, iterable, kwds, -1) < 0 ? NULL : Hs_NewRef(Hs_None);
}

static int counter_init(HsObject *self, HsObject *args, HsObject *kwds) {
    if (check_one_optional("__init__", Hs_SIZE(args)) < 0) {
        return -1;
    }
    HsObject *iterable = Hs_SIZE(args) > 0 ? HS_TUPLE_GET(args, 0) : NULL;
    return count_from(self, iterable, kwds, 1);
}

/* ==== most_common, elements, total ==== */

/* The key function itemgetter(1). Return: new reference. */
static HsObject *second_item(HsObject *self, HsObject *pair) {
    (void)self;
    return HsSequence_GetItem(pair, 1);
}

static HsMethodDef second_item_def = {"_count_of", HS_CFUNC(second_item), HS_METH_O, NULL};

/* The (elem, count) pairs sorted by count, largest first, ties in insertion order; the
 * first 'n' of them when 'n' is not NULL / None. Return: new reference (a list). */
static HsObject *sorted_items(HsObject *self, HsObject *n) {
    HsObject *list = HsList_New(0), *k, *v;
    if (list == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < hs_dict_nentries(self); i++) {
        HsObject *pair = hs_dict_entry(self, i, &k, &v, NULL) ? HsTuple_Pack(2, k, v) : NULL;
        if (pair != NULL && HsList_Append(list, pair) < 0) {
            Hs_CLEAR(pair);
        }
        if (pair == NULL && HsErr_Occurred()) {
            Hs_DECREF(list);
            return NULL;
        }
        Hs_XDECREF(pair);
    }
    Hs_ssize_t keep = HsList_Size(list);
    if (n != NULL && n != Hs_None) {
        HsObject *size = HsLong_FromSsize_t(keep);
        int ge = size != NULL ? HsObject_RichCompareBool(n, size, HS_GE) : -1;
        Hs_XDECREF(size);
        Hs_ssize_t want = ge >= 0 ? HsNumber_AsSsize_t(n, HsExc_OverflowError) : -1;
        if (ge < 0 || (want == -1 && HsErr_Occurred())) {
            Hs_DECREF(list);
            return NULL;
        }
        keep = want < 0 ? 0 : (want < keep ? want : keep);
    }
    HsObject *key = HsCFunction_NewEx(&second_item_def, NULL, NULL);
    if (key == NULL || hs_list_sort_impl(list, key, 1) < 0 ||
        HsList_SetSlice(list, keep, HsList_Size(list), NULL) < 0) {
        Hs_XDECREF(key);
        Hs_DECREF(list);
        return NULL;
    }
    Hs_DECREF(key);
    return list;
}

static HsObject *counter_most_common(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                     HsObject *kwnames) {
    static const char *const kw[] = {"n", NULL};
    static const HsArgParser parser = {"most_common", kw};
    HsObject *a[1] = {NULL};
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 1, 0, a) < 0) {
        return NULL;
    }
    return sorted_items(self, a[0]);
}

/* chain.from_iterable(starmap(repeat, self.items())), lazily, as CPython's elements(): each
 * element repeated as many times as its count (a count below one gives nothing, a non-int
 * count fails when reached). */
static HsObject *counter_elements(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *name = HsUnicode_FromString("itertools");
    HsObject *it = name != NULL ? hs_vm_import_name(name, NULL, NULL, 0) : NULL;
    Hs_XDECREF(name);
    if (it == NULL) {
        return NULL;
    }
    HsObject *chain = HsObject_GetAttrString(it, "chain");
    HsObject *from = chain != NULL ? HsObject_GetAttrString(chain, "from_iterable") : NULL;
    HsObject *starmap = HsObject_GetAttrString(it, "starmap");
    HsObject *repeat = HsObject_GetAttrString(it, "repeat");
    HsObject *items = hs_dictview_new(self, &HsDictItems_Type), *pairs = NULL, *r = NULL;
    if (from != NULL && starmap != NULL && repeat != NULL && items != NULL) {
        HsObject *argv[2] = {repeat, items};
        pairs = HsObject_Vectorcall(starmap, argv, 2, NULL);
        r = pairs != NULL ? HsObject_CallOneArg(from, pairs) : NULL;
    }
    Hs_DECREF(it);
    Hs_XDECREF(chain);
    Hs_XDECREF(from);
    Hs_XDECREF(starmap);
    Hs_XDECREF(repeat);
    Hs_XDECREF(items);
    Hs_XDECREF(pairs);
    return r;
}

/* sum(self.values()). */
static HsObject *counter_total(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *sum = HsLong_FromLong(0), *key, *value;
    for (Hs_ssize_t i = 0; sum != NULL && i < hs_dict_nentries(self); i++) {
        if (hs_dict_entry(self, i, &key, &value, NULL)) {
            Hs_INCREF(value);
            HsObject *next = HsNumber_Add(sum, value);
            Hs_DECREF(value);
            Hs_DECREF(sum);
            sum = next;
        }
    }
    return sum;
}

static HsObject *counter_missing(HsObject *self, HsObject *key) {
    (void)self;
    (void)key;
    return HsLong_FromLong(0);
}

static HsObject *counter_copy(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsObject_CallOneArg((HsObject *)Hs_TYPE(self), self);
}

static HsObject *counter_fromkeys(HsObject *type, HsObject *const *args, Hs_ssize_t nargs) {
    (void)type;
    (void)args;
    (void)nargs;
    return HsErr_Format(HsExc_NotImplementedError,
                        "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}

/* ==== repr, deletion ==== */

/* "Counter({'a': 3, 'b': 1})" in most_common order; "Counter()" when empty. */
static HsObject *counter_repr(HsObject *self) {
    const char *name = Hs_TYPE(self)->tp_name;
    for (const char *p = name; *p != '\0'; p++) {
        if (*p == '.') {
            name = p + 1;
        }
    }
    if (HsDict_Size(self) == 0) {
        return HsUnicode_FromFormat("%s()", name);
    }
    HsObject *items = sorted_items(self, NULL), *d = HsDict_New();
    if (items == NULL && d != NULL) {
        if (!HsErr_ExceptionMatches(HsExc_TypeError) || (HsErr_Clear(), 0) ||
            HsDict_Merge(d, self, 1) < 0) { /* unorderable counts: the dict's own order */
            Hs_CLEAR(d);
        }
    }
    for (Hs_ssize_t i = 0; d != NULL && items != NULL && i < HsList_Size(items); i++) {
        HsObject *pair = HsList_GetItem(items, i);
        if (HsDict_SetItem(d, HS_TUPLE_GET(pair, 0), HS_TUPLE_GET(pair, 1)) < 0) {
            Hs_CLEAR(d);
        }
    }
    Hs_XDECREF(items);
    if (d == NULL) {
        return NULL;
    }
    HsObject *r = HsUnicode_FromFormat("%s(%R)", name, d);
    Hs_DECREF(d);
    return r;
}

/* c[key] = value as dict; `del c[key]` ignores a missing key. */
static int counter_ass_subscript(HsObject *self, HsObject *key, HsObject *value) {
    if (value != NULL) {
        return HsDict_SetItem(self, key, value);
    }
    int has = HsDict_Contains(self, key);
    return has <= 0 ? has : HsDict_DelItem(self, key);
}

/* ==== comparisons ==== */

/* all(self[e] OP other[e] for c in (self, other) for e in c): 1, 0 or -1. */
static int all_counts(HsObject *self, HsObject *other, int op) {
    HsObject *sides[2] = {self, other};
    for (int s = 0; s < 2; s++) {
        HsObject *keys = HsSequence_List(sides[s]);
        if (keys == NULL) {
            return -1;
        }
        int r = 1;
        for (Hs_ssize_t i = 0; r == 1 && i < HsList_Size(keys); i++) {
            HsObject *e = HsList_GetItem(keys, i);
            HsObject *a = get_count(self, e), *b = a != NULL ? get_count(other, e) : NULL;
            r = b != NULL ? HsObject_RichCompareBool(a, b, op) : -1;
            Hs_XDECREF(a);
            Hs_XDECREF(b);
        }
        Hs_DECREF(keys);
        if (r != 1) {
            return r;
        }
    }
    return 1;
}

static HsObject *counter_richcompare(HsObject *v, HsObject *w, int op) {
    if (!IS_COUNTER(v) || !IS_COUNTER(w)) {
        return Hs_NewRef(Hs_NotImplemented);
    }
    int r;
    switch (op) {
    case HS_EQ:
    case HS_NE:
        r = all_counts(v, w, HS_EQ);
        if (r >= 0 && op == HS_NE) {
            r = !r;
        }
        break;
    case HS_LE:
    case HS_GE:
        r = all_counts(v, w, op);
        break;
    default: /* < and >: <= (>=) and != */
        r = all_counts(v, w, op == HS_LT ? HS_LE : HS_GE);
        if (r == 1) {
            r = all_counts(v, w, HS_EQ);
            r = r < 0 ? r : !r;
        }
        break;
    }
    return r < 0 ? NULL : Hs_NewRef(r ? Hs_True : Hs_False);
}

/* ==== multiset arithmetic ==== */

enum { OP_ADD, OP_SUB, OP_OR, OP_AND };

/* The count 'op' makes from 'a' (this side) and 'b' (the other side's count): a + b, a - b,
 * max, min (ties and unordered keep CPython's choice). Return: new reference. */
static HsObject *combine(int op, HsObject *a, HsObject *b) {
    int lt;
    switch (op) {
    case OP_ADD:
        return HsNumber_Add(a, b);
    case OP_SUB:
        return HsNumber_Subtract(a, b);
    case OP_OR: /* other_count if count < other_count else count */
        lt = HsObject_RichCompareBool(a, b, HS_LT);
        return lt < 0 ? NULL : Hs_NewRef(lt ? b : a);
    default: /* count if count < other_count else other_count */
        lt = HsObject_RichCompareBool(a, b, HS_LT);
        return lt < 0 ? NULL : Hs_NewRef(lt ? a : b);
    }
}

/* Store 'count' (stolen) under 'key' in 'result' if it is > 0. Returns 0 or -1. */
static int keep_if_positive(HsObject *result, HsObject *key, HsObject *count) {
    if (count == NULL) {
        return -1;
    }
    int pos = sign_test(count, 0);
    int rc = pos <= 0 ? pos : HsDict_SetItem(result, key, count);
    Hs_DECREF(count);
    return rc;
}

/* The items of 'other' whose key is not in 'self', as + (count > 0, kept), - (count < 0,
 * stored negated) and | (count > 0) add them. Returns 0 or -1. */
static int add_others(HsObject *result, HsObject *self, HsObject *other, int op) {
    HsObject *key, *count;
    for (Hs_ssize_t i = 0; i < hs_dict_nentries(other); i++) {
        if (!hs_dict_entry(other, i, &key, &count, NULL)) {
            continue;
        }
        Hs_INCREF(key);
        Hs_INCREF(count);
        int has = HsDict_Contains(self, key), rc = has < 0 ? -1 : 0;
        if (has == 0 && op == OP_SUB) {
            int neg = sign_test(count, 1);
            HsObject *zero = neg > 0 ? HsLong_FromLong(0) : NULL;
            rc = neg <= 0 ? neg : keep_if_positive(result, key, HsNumber_Subtract(zero, count));
            Hs_XDECREF(zero);
        } else if (has == 0) {
            rc = keep_if_positive(result, key, Hs_NewRef(count));
        }
        Hs_DECREF(key);
        Hs_DECREF(count);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

/* Counter + - | & Counter. Return: new reference (NotImplemented unless both Counters). */
static HsObject *counter_binop(HsObject *self, HsObject *other, int op) {
    if (!IS_COUNTER(self) || !IS_COUNTER(other)) {
        return Hs_NewRef(Hs_NotImplemented);
    }
    HsObject *result = HsObject_CallNoArgs((HsObject *)&HsCounter_Type), *key, *count;
    for (Hs_ssize_t i = 0; result != NULL && i < hs_dict_nentries(self); i++) {
        if (!hs_dict_entry(self, i, &key, &count, NULL)) {
            continue;
        }
        Hs_INCREF(key);
        Hs_INCREF(count);
        HsObject *theirs = get_count(other, key);
        HsObject *nv = theirs != NULL ? combine(op, count, theirs) : NULL;
        if (keep_if_positive(result, key, nv) < 0) {
            Hs_CLEAR(result);
        }
        Hs_XDECREF(theirs);
        Hs_DECREF(key);
        Hs_DECREF(count);
    }
    if (result != NULL && op != OP_AND && add_others(result, self, other, op) < 0) {
        Hs_CLEAR(result);
    }
    return result;
}

static HsObject *counter_add(HsObject *a, HsObject *b) {
    return counter_binop(a, b, OP_ADD);
}

static HsObject *counter_sub(HsObject *a, HsObject *b) {
    return counter_binop(a, b, OP_SUB);
}

static HsObject *counter_or(HsObject *a, HsObject *b) {
    return counter_binop(a, b, OP_OR);
}

static HsObject *counter_and(HsObject *a, HsObject *b) {
    return counter_binop(a, b, OP_AND);
}

/* +c (negate == 0: the positive counts) and -c (the negative ones, negated). */
static HsObject *counter_sign(HsObject *self, int negate) {
    HsObject *result = HsObject_CallNoArgs((HsObject *)&HsCounter_Type), *key, *count;
    for (Hs_ssize_t i = 0; result != NULL && i < hs_dict_nentries(self); i++) {
        if (!hs_dict_entry(self, i, &key, &count, NULL)) {
            continue;
        }
        Hs_INCREF(key);
        Hs_INCREF(count);
        int t = sign_test(count, negate);
        HsObject *zero = t > 0 && negate ? HsLong_FromLong(0) : NULL;
        HsObject *nv = t <= 0 ? NULL : negate ? HsNumber_Subtract(zero, count) : Hs_NewRef(count);
        if (t < 0 || (t > 0 && (nv == NULL || HsDict_SetItem(result, key, nv) < 0))) {
            Hs_CLEAR(result);
        }
        Hs_XDECREF(nv);
        Hs_XDECREF(zero);
        Hs_DECREF(key);
        Hs_DECREF(count);
    }
    return result;
}

static HsObject *counter_pos(HsObject *self) {
    return counter_sign(self, 0);
}

static HsObject *counter_neg(HsObject *self) {
    return counter_sign(self, 1);
}

/* Delete every key whose count is not > 0 (CPython: _keep_positive). Returns 0 or -1. */
static int keep_positive(HsObject *self) {
    HsObject *drop = HsList_New(0), *key, *count;
    int rc = drop != NULL ? 0 : -1;
    for (Hs_ssize_t i = 0; rc == 0 && i < hs_dict_nentries(self); i++) {
        if (hs_dict_entry(self, i, &key, &count, NULL)) {
            Hs_INCREF(key);
            int pos = sign_test(count, 0);
            rc = pos < 0 ? -1 : pos == 0 ? HsList_Append(drop, key) : 0;
            Hs_DECREF(key);
        }
    }
    for (Hs_ssize_t i = 0; rc == 0 && i < HsList_Size(drop); i++) {
        rc = HsDict_DelItem(self, HsList_GetItem(drop, i));
    }
    Hs_XDECREF(drop);
    return rc;
}

/* c += other, c -= other, c |= other, c &= other (any dict as 'other'). Return: new
 * reference to self. */
static HsObject *counter_inplace(HsObject *self, HsObject *other, int op) {
    if (!IS_COUNTER(self) || !HsDict_Check(other)) {
        return Hs_NewRef(Hs_NotImplemented);
    }
    HsObject *src = op == OP_AND ? self : other;
    HsObject *pairs = HsSequence_List(src);
    int rc = pairs != NULL ? 0 : -1;
    for (Hs_ssize_t i = 0; rc == 0 && i < HsList_Size(pairs); i++) {
        HsObject *key = HsList_GetItem(pairs, i);
        HsObject *mine = get_count(self, key), *theirs = mine ? get_count(other, key) : NULL;
        HsObject *nv = NULL;
        if (theirs != NULL && (op == OP_ADD || op == OP_SUB)) {
            nv = op == OP_ADD ? HsNumber_Add(mine, theirs) : HsNumber_Subtract(mine, theirs);
            rc = nv != NULL ? HsObject_SetItem(self, key, nv) : -1;
        } else if (theirs != NULL) { /* | : raise to theirs; & : lower to theirs */
            int better = HsObject_RichCompareBool(theirs, mine, op == OP_OR ? HS_GT : HS_LT);
            rc = better < 0 ? -1 : better ? HsObject_SetItem(self, key, theirs) : 0;
        } else {
            rc = -1;
        }
        Hs_XDECREF(mine);
        Hs_XDECREF(theirs);
        Hs_XDECREF(nv);
    }
    Hs_XDECREF(pairs);
    if (rc < 0 || keep_positive(self) < 0) {
        return NULL;
    }
    return Hs_NewRef(self);
}

static HsObject *counter_iadd(HsObject *a, HsObject *b) {
    return counter_inplace(a, b, OP_ADD);
}

static HsObject *counter_isub(HsObject *a, HsObject *b) {
    return counter_inplace(a, b, OP_SUB);
}

static HsObject *counter_ior(HsObject *a, HsObject *b) {
    return counter_inplace(a, b, OP_OR);
}

static HsObject *counter_iand(HsObject *a, HsObject *b) {
    return counter_inplace(a, b, OP_AND);
}

static HsNumberMethods counter_as_number = {
    .nb_add = counter_add,
    .nb_subtract = counter_sub,
    .nb_negative = counter_neg,
    .nb_positive = counter_pos,
    .nb_and = counter_and,
    .nb_or = counter_or,
    .nb_inplace_add = counter_iadd,
    .nb_inplace_subtract = counter_isub,
    .nb_inplace_and = counter_iand,
    .nb_inplace_or = counter_ior,
};

/* ==== the type ==== */

static HsMethodDef counter_methods[] = {
    {"__missing__", HS_CFUNC(counter_missing), HS_METH_O,
     "The count of elements not in the Counter is zero."},
    {"most_common", HS_CFUNC(counter_most_common), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "List the n most common elements and their counts from the most\n"
     "common to the least.  If n is None, then list all element counts."},
    {"elements", HS_CFUNC(counter_elements), HS_METH_NOARGS,
     "Iterator over elements repeating each as many times as its count."},
    {"total", HS_CFUNC(counter_total), HS_METH_NOARGS, "Sum of the counts"},
    {"update", HS_CFUNC(counter_update), HS_METH_VARARGS | HS_METH_KEYWORDS,
     "Like dict.update() but add counts instead of replacing them."},
    {"subtract", HS_CFUNC(counter_subtract), HS_METH_VARARGS | HS_METH_KEYWORDS,
     "Like dict.update() but subtracts counts instead of replacing them."},
    {"copy", HS_CFUNC(counter_copy), HS_METH_NOARGS, "Return a shallow copy."},
    {"fromkeys", HS_CFUNC(counter_fromkeys), HS_METH_FASTCALL | HS_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static HsMappingMethods counter_as_mapping = {
    .mp_subscript = hs_dict_subscript,
    .mp_ass_subscript = counter_ass_subscript,
};

HsTypeObject HsCounter_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "Counter", /* a Python class in CPython: messages say 'Counter' */
    .tp_basicsize = sizeof(CounterObject),
    .tp_repr = counter_repr,
    .tp_as_number = &counter_as_number,
    .tp_as_mapping = &counter_as_mapping,
    .tp_hash = HsObject_HashNotImplemented,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_BASETYPE, /* GC flag, traverse and clear come from dict */
    .tp_doc = "Dict subclass for counting hashable items.  Sometimes called a bag\n"
              "or multiset.  Elements are stored as dictionary keys and their counts\n"
              "are stored as dictionary values.",
    .tp_richcompare = counter_richcompare,
    .tp_weaklistoffset = offsetof(CounterObject, cnt_weakreflist),
    .tp_methods = counter_methods,
    .tp_base = &HsDict_Type,
    .tp_init = counter_init,
    .tp_alloc = HsType_GenericAlloc,
};

int hs_collections_counter_ready(void) {
    counter_as_mapping.mp_length = HsDict_Type.tp_as_mapping->mp_length;
    if (HsType_Ready(&HsCounter_Type) < 0) {
        return -1;
    }
    HsObject *mod = HsUnicode_FromString("collections");
    int rc = mod != NULL ? HsDict_SetItemString(HsCounter_Type.tp_dict, "__module__", mod) : -1;
    Hs_XDECREF(mod);
    hs_type_modified(&HsCounter_Type);
    return rc;
}
