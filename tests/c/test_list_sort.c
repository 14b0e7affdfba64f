/* list.sort (the timsort port) against CPython 3.11: 100k random ints against a qsort'ed
 * copy, many input shapes (runs, descending runs, saw teeth, few distinct values), stability
 * with a key function and with reverse=True (expected orders from python3 via
 * tools/gen_list_vectors.py), keys computed once, errors from the key function and from
 * comparisons, "list modified during sort", the argument errors, and str and tuple keys. */
#include "hs_test.h"
#include "support/seqcheck.h"
#include "data/list_vectors.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_range.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* ==== helpers ==== */

static long val(HsObject *o) {
    return hs_int_compact_value(o);
}

/* A callable test object: calls fn(arg). */
typedef struct {
    HsObject ob_base;
    HsObject *(*fn)(HsObject *);
} KeyFunc;

static long key_calls;

static HsObject *keyfunc_call(HsObject *self, HsObject *args, HsObject *kwargs) {
    (void)kwargs;
    key_calls++;
    return ((KeyFunc *)self)->fn(HS_TUPLE_GET(args, 0));
}

static HsTypeObject KeyFunc_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "keyfunc",
    .tp_basicsize = sizeof(KeyFunc),
    .tp_dealloc = hs_obj_free,
    .tp_call = keyfunc_call,
};

static HsObject *make_key(HsObject *(*fn)(HsObject *)) {
    KeyFunc *k = (KeyFunc *)hs_obj_new(&KeyFunc_Type, sizeof(KeyFunc));
    k->fn = fn;
    return (HsObject *)k;
}

/* key for stability: stab_keys[i] for item i */
static HsObject *stab_key(HsObject *item) {
    return HsLong_FromLong(stab_keys[val(item)]);
}

static HsObject *neg_key(HsObject *item) {
    return HsNumber_Negative(item);
}

static HsObject *failing_key(HsObject *item) {
    if (val(item) == 7) {
        HsErr_SetString(HsExc_ValueError, "bad key");
        return NULL;
    }
    return Hs_NewRef(item);
}

/* An object whose < appends to 'victim' (mutating the list under sort), or raises. */
typedef struct {
    HsObject ob_base;
    long v;
} Evil;

static HsObject *victim;
static int evil_raise;
static long evil_lt_calls;

static HsObject *evil_richcompare(HsObject *a, HsObject *b, int op);

static HsTypeObject Evil_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "Evil",
    .tp_basicsize = sizeof(Evil),
    .tp_dealloc = hs_obj_free,
    .tp_richcompare = evil_richcompare,
};

static HsObject *evil_richcompare(HsObject *a, HsObject *b, int op) {
    if (Hs_TYPE(b) != &Evil_Type || op != HS_LT) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    if (evil_raise) {
        HsErr_SetString(HsExc_TypeError, "no order");
        return NULL;
    }
    if (victim != NULL) {
        HsList_Append(victim, Hs_None);
    }
    evil_lt_calls++;
    return HsBool_FromLong(((Evil *)a)->v < ((Evil *)b)->v);
}

static HsObject *evil(long v) {
    Evil *e = (Evil *)hs_obj_new(&Evil_Type, sizeof(Evil));
    e->v = v;
    return (HsObject *)e;
}

static int cmp_long(const void *a, const void *b) {
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

/* Sort n values with list.sort and compare with qsort. */
static int sort_matches_qsort(long *v, long n) {
    HsObject *l = HsList_New(n);
    for (long i = 0; i < n; i++) {
        HS_LIST_SET(l, i, HsLong_FromLong(v[i]));
    }
    int ok = HsList_Sort(l) == 0;
    qsort(v, (size_t)n, sizeof(long), cmp_long);
    for (long i = 0; ok && i < n; i++) {
        int overflow;
        ok = hs_int_as_longlong_and_overflow(HS_LIST_GET(l, i), &overflow) == v[i];
    }
    Hs_DECREF(l);
    return ok;
}

/* ==== tests ==== */

static void test_sort_100k_random_ints(void) {
    long n = 100000;
    long *v = malloc((size_t)n * sizeof(long));
    srand(42);
    for (long i = 0; i < n; i++) {
        v[i] = (long)(rand() % 2000000) - 1000000; /* one digit: the int fast path */
    }
    HS_CHECK(sort_matches_qsort(v, n));
    /* big ints (two digits) take the generic comparison */
    for (long i = 0; i < n; i++) {
        v[i] = ((long)rand() << 31) ^ rand();
        v[i] = (i & 1) ? -v[i] : v[i];
    }
    HS_CHECK(sort_matches_qsort(v, n));
    free(v);
}

static void test_sort_shapes(void) {
    long n = 5000;
    long *v = malloc((size_t)n * sizeof(long));
    for (int shape = 0; shape < 8; shape++) {
        for (long i = 0; i < n; i++) {
            switch (shape) {
            case 0:
                v[i] = i;
                break; /* sorted */
            case 1:
                v[i] = n - i;
                break; /* descending */
            case 2:
                v[i] = i % 100;
                break; /* saw teeth */
            case 3:
                v[i] = (i * 7919) % 13;
                break; /* few distinct */
            case 4:
                v[i] = i < n / 2 ? i * 2 : (i - n / 2) * 2 + 1;
                break; /* two runs */
            case 5:
                v[i] = (i % 500 < 250) ? i : n - i;
                break; /* mixed runs */
            case 6:
                v[i] = 5;
                break; /* all equal */
            default:
                v[i] = (i * 2654435761UL) % 100003;
                break; /* scrambled */
            }
        }
        HS_CHECK(sort_matches_qsort(v, n));
    }
    for (long m = 0; m < 70; m++) { /* every small size, through binary insertion */
        for (long i = 0; i < m; i++) {
            v[i] = (i * 37) % 11;
        }
        HS_CHECK(sort_matches_qsort(v, m));
    }
    free(v);
}

/* The values of shape 'k' (as sort_shapes() in tools/gen_list_vectors.py); returns n. */
static long lt_count_shape(int k, long *v) {
    long n = 0;
    switch (k) {
    case 0:
        for (; n < 2000; n++) {
            v[n] = (n * 7919) % 2003;
        }
        return n;
    case 1:
        for (; n < 3000; n++) {
            v[n] = n % 300;
        }
        return n;
    case 2:
        for (long i = 1000; i > 0; i--) {
            v[n++] = i;
        }
        for (long i = 0; i < 1000; i++) {
            v[n++] = i;
        }
        return n;
    case 3:
        for (; n < 1500; n++) {
            v[n] = (n * 31) % 7;
        }
        return n;
    case 4: {
        unsigned long long x = 12345;
        for (; n < 5000; n++) {
            x = (x * 1103515245ULL + 12345ULL) % 2147483648ULL;
            v[n] = (long)(x % 10000);
        }
        return n;
    }
    case 5:
        for (long i = 0; i < 2000; i += 2) {
            v[n++] = i;
        }
        for (long i = 1; i < 2000; i += 2) {
            v[n++] = i;
        }
        return n;
    default:
        for (long i = 500; i < 1000; i++) {
            v[n++] = i;
        }
        for (long i = 0; i < 500; i++) {
            v[n++] = i;
        }
        return n;
    }
}

/* Same number of < calls as CPython on each shape: the runs, the powersort merge order
 * and the galloping decisions are CPython's. */
static void test_comparison_counts_match_cpython(void) {
    static long v[5000];
    for (int k = 0; k < 7; k++) {
        long n = lt_count_shape(k, v);
        for (int rev = 0; rev < 2; rev++) {
            HsObject *l = HsList_New(n);
            for (long i = 0; i < n; i++) {
                HS_LIST_SET(l, i, evil(v[i]));
            }
            evil_lt_calls = 0;
            HS_CHECK(hs_list_sort_impl(l, NULL, rev) == 0);
            if (evil_lt_calls != sort_lt_counts[2 * k + rev]) {
                printf("  shape %d reverse %d: %ld calls, CPython %ld\n", k, rev, evil_lt_calls,
                       sort_lt_counts[2 * k + rev]);
            }
            HS_CHECK_EQ(evil_lt_calls, sort_lt_counts[2 * k + rev]);
            for (long i = 1; i < n; i++) {
                long a = ((Evil *)HS_LIST_GET(l, i - 1))->v, b = ((Evil *)HS_LIST_GET(l, i))->v;
                HS_CHECK(rev ? a >= b : a <= b);
            }
            Hs_DECREF(l);
        }
    }
}

static void test_stability_with_key_and_reverse(void) {
    HsObject *key = make_key(stab_key);
    for (int rev = 0; rev < 2; rev++) {
        HsObject *l = HsList_New(300);
        for (long i = 0; i < 300; i++) {
            HS_LIST_SET(l, i, HsLong_FromLong(i));
        }
        key_calls = 0;
        HS_CHECK(hs_list_sort_impl(l, key, rev) == 0);
        HS_CHECK_EQ(key_calls, 300); /* each key computed once */
        const long *want = rev ? stab_rorder : stab_order;
        for (long i = 0; i < 300; i++) {
            HS_CHECK_EQ(val(HS_LIST_GET(l, i)), want[i]);
        }
        Hs_DECREF(l);
    }
    Hs_DECREF(key);
}

static void test_sort_method_with_keywords(void) {
    HsObject *key = make_key(neg_key);
    HsObject *l = HsList_New(200);
    for (long i = 0; i < 200; i++) {
        HS_LIST_SET(l, i, HsLong_FromLong((i * 31) % 200));
    }
    HsObject *kwnames =
        HsTuple_Pack(2, HsUnicode_FromString("key"), HsUnicode_FromString("reverse"));
    Hs_DECREF(HS_TUPLE_GET(kwnames, 0));
    Hs_DECREF(HS_TUPLE_GET(kwnames, 1));
    HsObject *one = HsLong_FromLong(1);
    HsObject *args[] = {key, one};
    /* sort(key=neg, reverse=1): ascending */
    HsObject *r = hs_list_sort(l, args, 0, kwnames);
    HS_CHECK(r == Hs_None);
    Hs_DECREF(r);
    for (long i = 0; i < 200; i++) {
        HS_CHECK_EQ(val(HS_LIST_GET(l, i)), i);
    }
    HS_CHECK(hs_list_sort(l, args, 1, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "sort() takes no positional arguments"));
    HsObject *badkw = HsTuple_Pack(1, HsUnicode_FromString("x"));
    Hs_DECREF(HS_TUPLE_GET(badkw, 0));
    HS_CHECK(hs_list_sort(l, args, 0, badkw) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "'x' is an invalid keyword argument for sort()"));
    HsObject *revonly = HsTuple_Pack(1, HS_TUPLE_GET(kwnames, 1));
    HsObject *none_arg[] = {Hs_None};
    HS_CHECK(hs_list_sort(l, none_arg, 0, revonly) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "'NoneType' object cannot be interpreted as an integer"));
    HsObject *huge_arg[] = {HsLong_FromLongLong(1LL << 40)};
    HS_CHECK(hs_list_sort(l, huge_arg, 0, revonly) == NULL);
    HS_CHECK(raised(HsExc_OverflowError, "Python int too large to convert to C int"));
    Hs_DECREF(huge_arg[0]);
    HsObject *keyonly = HsTuple_Pack(1, HS_TUPLE_GET(kwnames, 0));
    HS_CHECK(hs_list_sort(l, &one, 0, keyonly) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "'int' object is not callable"));
    /* key=None is no key */
    r = hs_list_sort(l, none_arg, 0, keyonly);
    HS_CHECK(r == Hs_None);
    Hs_DECREF(r);
    HsObject *objs[] = {key, l, kwnames, one, badkw, revonly, keyonly};
    for (size_t i = 0; i < NELEM(objs); i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_small_list_key_on_the_stack(void) {
    /* < 128 items: the keys live in the merge state's temp array */
    HsObject *key = make_key(neg_key);
    HsObject *l = HsList_New(100);
    for (long i = 0; i < 100; i++) {
        HS_LIST_SET(l, i, HsLong_FromLong((i * 37) % 100));
    }
    key_calls = 0;
    HS_CHECK(hs_list_sort_impl(l, key, 0) == 0);
    HS_CHECK_EQ(key_calls, 100);
    for (long i = 0; i < 100; i++) {
        HS_CHECK_EQ(val(HS_LIST_GET(l, i)), 99 - i);
    }
    Hs_DECREF(l);
    Hs_DECREF(key);
}

static void test_key_error_leaves_list_intact(void) {
    HsObject *key = make_key(failing_key);
    HsObject *l = HsList_New(10);
    for (long i = 0; i < 10; i++) {
        HS_LIST_SET(l, i, HsLong_FromLong(9 - i));
    }
    HS_CHECK(hs_list_sort_impl(l, key, 0) == -1 && raised(HsExc_ValueError, "bad key"));
    HS_CHECK_EQ(Hs_SIZE(l), 10);
    for (long i = 0; i < 10; i++) {
        HS_CHECK_EQ(val(HS_LIST_GET(l, i)), 9 - i);
    }
    Hs_DECREF(l);
    Hs_DECREF(key);
}

static void test_compare_error_keeps_a_permutation(void) {
    HsObject *l = HsList_New(100);
    for (long i = 0; i < 100; i++) {
        HS_LIST_SET(l, i, evil((i * 37) % 100));
    }
    evil_raise = 1;
    HS_CHECK(HsList_Sort(l) == -1 && raised(HsExc_TypeError, "no order"));
    evil_raise = 0;
    long seen[100] = {0};
    HS_CHECK_EQ(Hs_SIZE(l), 100);
    for (long i = 0; i < 100; i++) {
        seen[((Evil *)HS_LIST_GET(l, i))->v]++;
    }
    for (long i = 0; i < 100; i++) {
        HS_CHECK_EQ(seen[i], 1);
    }
    /* a mixed list refuses to sort: int < Evil has no answer */
    HsObject *m = HsList_New(2);
    HS_LIST_SET(m, 0, HsLong_FromLong(1));
    HS_LIST_SET(m, 1, evil(1));
    HS_CHECK(HsList_Sort(m) == -1 && raised(HsExc_TypeError, NULL));
    Hs_DECREF(m);
    Hs_DECREF(l);
}

static void test_list_modified_during_sort(void) {
    HsObject *l = HsList_New(50);
    for (long i = 0; i < 50; i++) {
        HS_LIST_SET(l, i, evil(50 - i));
    }
    victim = l;
    int r = HsList_Sort(l);
    victim = NULL;
    HS_CHECK(r == -1 && raised(HsExc_ValueError, "list modified during sort"));
    /* the appended items were dropped; the original items remain, all 50 */
    HS_CHECK_EQ(Hs_SIZE(l), 50);
    HS_CHECK(HS_LIST_GET(l, 0) != Hs_None);
    Hs_DECREF(l);
    /* during the sort the list looks empty */
    HsObject *k = HsList_New(3);
    for (long i = 0; i < 3; i++) {
        HS_LIST_SET(k, i, evil(i));
    }
    Hs_DECREF(k);
}

static void test_sort_strings_and_tuples(void) {
    const char *words[] = {"pear",
                           "apple",
                           "fig",
                           "\xc3\xa9"
                           "clair",
                           "banana",
                           "apple",
                           "Zed"};
    const char *want[] = {"Zed",
                          "apple",
                          "apple",
                          "banana",
                          "fig",
                          "pear",
                          "\xc3\xa9"
                          "clair"};
    HsObject *l = HsList_New(7);
    for (int i = 0; i < 7; i++) {
        HS_LIST_SET(l, i, HsUnicode_FromString(words[i]));
    }
    HS_CHECK(HsList_Sort(l) == 0);
    for (int i = 0; i < 7; i++) {
        HS_CHECK(strcmp(HsUnicode_AsUTF8(HS_LIST_GET(l, i)), want[i]) == 0);
    }
    Hs_DECREF(l);
    /* tuples (int, serial): sorted by int then serial, i.e. stable by the first field */
    HsObject *t = HsList_New(40);
    for (long i = 0; i < 40; i++) {
        HsObject *a = HsLong_FromLong((i * 7) % 5), *b = HsLong_FromLong(i);
        HS_LIST_SET(t, i, HsTuple_Pack(2, a, b));
        Hs_DECREF(a);
        Hs_DECREF(b);
    }
    HS_CHECK(HsList_Sort(t) == 0);
    for (long i = 1; i < 40; i++) {
        HsObject *p = HS_LIST_GET(t, i - 1), *q = HS_LIST_GET(t, i);
        long p0 = val(HS_TUPLE_GET(p, 0)), q0 = val(HS_TUPLE_GET(q, 0));
        HS_CHECK(p0 < q0 || (p0 == q0 && val(HS_TUPLE_GET(p, 1)) < val(HS_TUPLE_GET(q, 1))));
    }
    Hs_DECREF(t);
}

static void test_sort_refcounts_balance(void) {
#if HS_DEBUG_REFS
    Hs_ssize_t before = hs_ref_total;
#endif
    HsObject *key = make_key(neg_key);
    HsObject *l = HsList_New(1000);
    for (long i = 0; i < 1000; i++) {
        HS_LIST_SET(l, i, HsLong_FromLong((i * 7919) % 1000));
    }
    HS_CHECK(hs_list_sort_impl(l, key, 1) == 0);
    HS_CHECK(hs_list_sort_impl(l, NULL, 1) == 0);
    HS_CHECK_EQ(val(HS_LIST_GET(l, 0)), 999);
    Hs_DECREF(l);
    Hs_DECREF(key);
#if HS_DEBUG_REFS
    HS_CHECK_EQ(hs_ref_total, before);
#endif
}

HS_TEST_MAIN(test_sort_100k_random_ints, test_sort_shapes, test_stability_with_key_and_reverse,
             test_sort_method_with_keywords, test_small_list_key_on_the_stack,
             test_comparison_counts_match_cpython, test_key_error_leaves_list_intact,
             test_compare_error_keeps_a_permutation, test_list_modified_during_sort,
             test_sort_strings_and_tuples, test_sort_refcounts_balance)
