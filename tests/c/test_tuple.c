/* The tuple core: CPython 3.11's sizes, the untracked empty singleton, tracking at
 * creation, per-size free lists (a freed 3-tuple's memory is the next 3-tuple), CPython's
 * untracking of atom-only tuples by the collector, and tuples inside collected cycles. */
#include "hs_test.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_gc.h"
#include "hs/errors.h"
#include "support/testnode.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"

#include <string.h>

static void test_sizes_match_cpython(void) {
    /* sys.getsizeof(()) == 40 and each item adds 8: basicsize 24 + GC head 16. */
    HS_CHECK_EQ(HsTuple_Type.tp_basicsize + (Hs_ssize_t)sizeof(HsGCHead), 40);
    HS_CHECK_EQ(HsTuple_Type.tp_itemsize, 8);
}

static void test_empty_singleton_untracked(void) {
    HsObject *a = HsTuple_New(0), *b = HsTuple_New(0);
    HS_CHECK(a == b);
    HS_CHECK(!hs_gc_is_tracked(a)); /* gc.is_tracked(()) is False */
    Hs_DECREF(a);
    Hs_DECREF(b);
}

static void test_new_is_tracked_and_freelist_reuses(void) {
    HsObject *s = HsUnicode_FromString("xyz"); /* not a cached one-char string */
    HsObject *t = HsTuple_Pack(3, s, s, s);
    HS_CHECK(t != NULL && hs_gc_is_tracked(t));
    HS_CHECK_EQ(Hs_REFCNT(s), 4);
    Hs_ssize_t before = hs_tuple_freelist_count(3);
    HsObject *addr = t;
    Hs_DECREF(t);
    HS_CHECK_EQ(Hs_REFCNT(s), 1);
    HS_CHECK_EQ(hs_tuple_freelist_count(3), before + 1);
    HsObject *u = HsTuple_Pack(3, s, s, s);
    HS_CHECK(u == addr); /* the same memory comes back */
    HS_CHECK_EQ(hs_tuple_freelist_count(3), before);
    HS_CHECK(hs_gc_is_tracked(u));
    Hs_DECREF(u);
    Hs_DECREF(s);
}

static void test_getitem_bounds(void) {
    HsObject *s = HsUnicode_FromString("y");
    HsObject *t = HsTuple_Pack(1, s);
    HS_CHECK(HsTuple_GetItem(t, 0) == s);
    HS_CHECK(HsTuple_GetItem(t, 1) == NULL);
    HS_CHECK(HsErr_ExceptionMatches(HsExc_IndexError));
    HsErr_Clear();
    Hs_DECREF(t);
    Hs_DECREF(s);
}

static void test_maybe_untrack_rules(void) {
    HsObject *s = HsUnicode_FromString("atom");
    HsObject *atoms = HsTuple_Pack(2, s, s);
    HsObject *node = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *holds_node = HsTuple_Pack(1, node);
    HsObject *nested = HsTuple_Pack(1, atoms);
    hs_tuple_maybe_untrack(nested); /* 'atoms' is still tracked: keep tracking */
    HS_CHECK(hs_gc_is_tracked(nested));
    hs_tuple_maybe_untrack(atoms);
    HS_CHECK(!hs_gc_is_tracked(atoms));
    hs_tuple_maybe_untrack(nested); /* now every item is untracked */
    HS_CHECK(!hs_gc_is_tracked(nested));
    hs_tuple_maybe_untrack(holds_node);
    HS_CHECK(hs_gc_is_tracked(holds_node));
    HsObject *partial = HsTuple_New(2);
    HS_TUPLE_SET(partial, 0, Hs_NewRef(s));
    hs_tuple_maybe_untrack(partial); /* a NULL item: not fully built */
    HS_CHECK(hs_gc_is_tracked(partial));
    HS_TUPLE_SET(partial, 1, Hs_NewRef(s));
    HsObject *objs[] = {atoms, node, holds_node, nested, partial, s};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_collector_untracks_atom_tuples(void) {
    HS_CHECK(hs_tuple_init() == 0);
    HsObject *s = HsUnicode_FromString("atom");
    HsObject *t = HsTuple_Pack(2, s, s);
    HS_CHECK(hs_gc_is_tracked(t));
    hs_gc_collect(0);
    HS_CHECK(!hs_gc_is_tracked(t)); /* as CPython's untrack_tuples */
    Hs_DECREF(t);
    Hs_DECREF(s);
}

static void test_cycle_through_tuple_collected(void) {
    hs_gc_collect(2);
    Hs_ssize_t live = hs_testnode_counters.live;
    HsObject *node = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *t = HsTuple_Pack(1, node); /* node -> tuple -> node */
    hs_testnode_put(node, 0, t);
    Hs_DECREF(node);
    HS_CHECK_EQ(hs_testnode_counters.live, live + 1);
    HS_CHECK_EQ(hs_gc_collect(2), 2);
    HS_CHECK_EQ(hs_testnode_counters.live, live);
}

static void test_deep_nesting_dealloc(void) {
    /* ((((...)))) 200,000 deep: freeing it must not overflow the C stack (trashcan). */
    HsObject *s = HsUnicode_FromString("leaf");
    HsObject *t = HsTuple_Pack(1, s);
    Hs_DECREF(s);
    for (int i = 0; i < 200000; i++) {
        HsObject *outer = HsTuple_Pack(1, t);
        HS_CHECK(outer != NULL);
        Hs_DECREF(t);
        t = outer;
    }
    Hs_DECREF(t);
    HS_CHECK_EQ(hs_trashcan_nesting(), 0);
}


static HsObject *ints(int n, ...) {
    va_list va;
    va_start(va, n);
    HsObject *t = HsTuple_New(n);
    for (int i = 0; i < n; i++) {
        HS_TUPLE_SET(t, i, HsLong_FromLong(va_arg(va, int)));
    }
    va_end(va);
    return t;
}

static int str_is(HsObject *o, const char *expect) {
    int ok = o != NULL && strcmp(HsUnicode_AsUTF8(o), expect) == 0;
    if (!ok) {
        printf("  got: %s\n", o ? HsUnicode_AsUTF8(o) : "(error)");
    }
    Hs_XDECREF(o);
    return ok;
}

/* The current exception has this message; clears it. */
static int raised(const char *msg) {
    HsObject *exc = HsErr_GetRaisedException();
    HsObject *s = exc != NULL ? HsObject_Str(exc) : NULL;
    int ok = str_is(s, msg);
    Hs_XDECREF(exc);
    return ok;
}

static void test_hash_repr_compare_match_cpython(void) {
    HS_CHECK(hs_obj_init() == 0);
    HsObject *t12 = ints(2, 1, 2), *empty = HsTuple_New(0), *t1 = ints(1, 1);
    HS_CHECK_EQ(HsObject_Hash(t12), -3550055125485641917LL); /* hash((1, 2)) */
    HS_CHECK_EQ(HsObject_Hash(empty), 5740354900026072187LL); /* hash(()) */
    HS_CHECK(str_is(HsObject_Repr(empty), "()"));
    HsObject *tn = HsTuple_Pack(1, Hs_None), *tbn = HsTuple_Pack(2, Hs_True, Hs_None);
    HS_CHECK(str_is(HsObject_Repr(tn), "(None,)"));
    HS_CHECK(str_is(HsObject_Repr(tbn), "(True, None)"));
    Hs_DECREF(tn);
    Hs_DECREF(tbn);
    HS_CHECK(HsObject_RichCompareBool(t1, t12, HS_LT) == 1);
    HS_CHECK(HsObject_RichCompareBool(t12, t12, HS_GE) == 1);
    HsObject *t13 = ints(2, 1, 3);
    HS_CHECK(HsObject_RichCompareBool(t12, t13, HS_EQ) == 0);
    HS_CHECK(HsObject_RichCompareBool(t13, t12, HS_GT) == 1);
    HsObject *a = HsUnicode_FromString("a"), *one = HsLong_FromLong(1);
    HsObject *t1a = HsTuple_Pack(2, one, a);
    HS_CHECK(HsObject_RichCompareBool(t12, t1a, HS_LT) == -1);
    HS_CHECK(raised("'<' not supported between instances of 'int' and 'str'"));
    HsObject *objs[] = {t12, empty, t1, t13, a, one, t1a};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_sequence_protocol_and_methods(void) {
    HsObject *t = ints(3, 5, 6, 5), *five = HsLong_FromLong(5), *nine = HsLong_FromLong(9);
    HS_CHECK_EQ(HsObject_Size(t), 3);
    HS_CHECK_EQ(HsSequence_Contains(t, five), 1);
    HS_CHECK_EQ(HsSequence_Contains(t, nine), 0);
    HsObject *minus1 = HsLong_FromLong(-1);
    HsObject *last = HsObject_GetItem(t, minus1);
    HS_CHECK(last != NULL && hs_int_compact_value(last) == 5);
    Hs_DECREF(last);
    HsObject *big = HsLong_FromLong(7);
    HS_CHECK(HsObject_GetItem(t, big) == NULL);
    HS_CHECK(raised("tuple index out of range"));
    HsObject *cat = HsNumber_Add(t, t);
    HS_CHECK(cat != NULL && Hs_SIZE(cat) == 6);
    HS_CHECK(HsNumber_Add(t, five) == NULL);
    HS_CHECK(raised("can only concatenate tuple (not \"int\") to tuple"));
    HsObject *rep = HsNumber_Multiply(t, big);
    HS_CHECK(rep != NULL && Hs_SIZE(rep) == 21);
    HsObject *name = HsUnicode_InternFromString("count");
    HsObject *c = HsObject_CallMethodOneArg(t, name, five);
    HS_CHECK(c != NULL && hs_int_compact_value(c) == 2);
    HsObject *idx = HsUnicode_InternFromString("index");
    HsObject *i = HsObject_CallMethodOneArg(t, idx, nine);
    HS_CHECK(i == NULL && raised("tuple.index(x): x not in tuple"));
    HsObject *none[1] = {t};
    HS_CHECK(HsObject_VectorcallMethod(idx, none, 1, NULL) == NULL);
    HS_CHECK(raised("index expected at least 1 argument, got 0"));
    HS_CHECK(HsObject_VectorcallMethod(name, none, 1, NULL) == NULL);
    HS_CHECK(raised("tuple.count() takes exactly one argument (0 given)"));
    /* iteration and tuple(iterable) */
    HsObject *copy = HsSequence_Tuple(t);
    HS_CHECK(copy == t); /* an exact tuple comes back as is */
    HsObject *it = HsObject_GetIter(t), *x;
    long sum = 0;
    while ((x = HsIter_Next(it)) != NULL) {
        sum += hs_int_compact_value(x);
        Hs_DECREF(x);
    }
    HS_CHECK(sum == 16 && !HsErr_Occurred());
    HsObject *objs[] = {t, five, nine, minus1, big, cat, rep, name, c, idx, copy, it};
    for (size_t k = 0; k < sizeof objs / sizeof objs[0]; k++) {
        Hs_DECREF(objs[k]);
    }
}

static void test_recursive_and_deep_repr(void) {
    HsObject *node = hs_testnode_new(&HsTestNode_Type, 1);
    HsObject *t = HsTuple_Pack(1, node);
    HsObject *r = HsObject_Repr(t); /* a tuple holding a non-tuple: fine */
    HS_CHECK(r != NULL);
    Hs_DECREF(r);
    Hs_DECREF(t);
    Hs_DECREF(node);
    HsObject *deep = HsTuple_New(0);
    for (int k = 0; k < 5000; k++) {
        HsObject *outer = HsTuple_Pack(1, deep);
        Hs_DECREF(deep);
        deep = outer;
    }
    HS_CHECK(HsObject_Repr(deep) == NULL); /* RecursionError, not a crash */
    HS_CHECK(raised("maximum recursion depth exceeded while getting the repr of an object"));
    Hs_DECREF(deep);
}

HS_TEST_MAIN(test_sizes_match_cpython, test_empty_singleton_untracked,
             test_new_is_tracked_and_freelist_reuses, test_getitem_bounds,
             test_maybe_untrack_rules, test_collector_untracks_atom_tuples,
             test_cycle_through_tuple_collected, test_deep_nesting_dealloc,
             test_hash_repr_compare_match_cpython, test_sequence_protocol_and_methods,
             test_recursive_and_deep_repr)
