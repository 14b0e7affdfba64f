/* set and frozenset methods and operators against CPython 3.11 (each figure, order and
 * message read off python3): add/remove/discard/pop/clear/copy, the algebra in method and
 * operator form (results' order and sizes), the _update forms with several arguments,
 * subset tests and comparisons, `in` with a set argument, reprs, constructors and their
 * errors, unhashable sets, argument-count messages of each calling convention. */
#include "hs_test.h"
#include "test_set_support.h"

static HsObject *ints3(long long a, long long b, long long c, int n) {
    long long v[3] = {a, b, c};
    return int_set(0, v, n);
}

static HsNumberMethods *nb(HsObject *o) {
    return Hs_TYPE(o)->tp_as_number;
}

static void test_add_remove_discard(void) {
    test_init();
    HsObject *s = HsSet_New(NULL), *one = I(1), *two = I(2);
    HS_CHECK(is_none(callm(s, "add", 1, one)));
    HS_CHECK(is_none(callm(s, "add", 1, one)));
    HS_CHECK_EQ(HsSet_Size(s), 1);
    HS_CHECK(is_none(callm(s, "discard", 1, two)));
    HS_CHECK(callm(s, "remove", 1, two) == NULL);
    HS_CHECK(exc_is(HsExc_KeyError, "2"));
    HS_CHECK(is_none(callm(s, "remove", 1, one)));
    HS_CHECK_EQ(HsSet_Size(s), 0);
    /* remove({2}) from a set: the key is converted to frozenset({2}) and the KeyError
     * carries the original set */
    HsObject *k = ints3(2, 0, 0, 1);
    HS_CHECK(callm(s, "remove", 1, k) == NULL);
    HS_CHECK(exc_is(HsExc_KeyError, "{2}"));
    Hs_DECREF(k);
    Hs_DECREF(one);
    Hs_DECREF(two);
    Hs_DECREF(s);
}

static void test_method_argument_errors(void) {
    test_init();
    HsObject *s = HsSet_New(NULL), *one = I(1);
    HS_CHECK(callm(s, "add", 0) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "set.add() takes exactly one argument (0 given)"));
    HS_CHECK(callm(s, "copy", 1, one) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "set.copy() takes no arguments (1 given)"));
    HS_CHECK(callm(s, "symmetric_difference", 0) == NULL);
    HS_CHECK(
        exc_is(HsExc_TypeError, "set.symmetric_difference() takes exactly one argument (0 given)"));
    HsObject *pos[1] = {one};
    HS_CHECK(callm_kw(s, "union", 1, pos, "a", one) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "set.union() takes no keyword arguments"));
    HS_CHECK(callm(s, "update", 1, one) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "'int' object is not iterable"));
    HS_CHECK(callm(s, "issubset", 1, one) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "'int' object is not iterable"));
    Hs_DECREF(one);
    Hs_DECREF(s);
}

static void test_unhashable(void) {
    test_init();
    HsObject *s = HsSet_New(NULL), *inner = HsSet_New(NULL), *d = HsDict_New();
    HS_CHECK(HsObject_Hash(s) == -1);
    HS_CHECK(exc_is(HsExc_TypeError, "unhashable type: 'set'"));
    HS_CHECK(HsSet_Add(s, d) == -1);
    HS_CHECK(exc_is(HsExc_TypeError, "unhashable type: 'dict'"));
    HS_CHECK(HsSet_Add(s, inner) == -1);
    HS_CHECK(exc_is(HsExc_TypeError, "unhashable type: 'set'"));
    HS_CHECK(HsSequence_Contains(s, d) == -1);
    HS_CHECK(exc_is(HsExc_TypeError, "unhashable type: 'dict'"));
    HS_CHECK(callm(s, "discard", 1, d) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "unhashable type: 'dict'"));
    Hs_DECREF(d);
    Hs_DECREF(inner);
    Hs_DECREF(s);
}

static void test_set_argument_looked_up_as_frozenset(void) {
    test_init();
    HsObject *k = ints3(1, 2, 0, 2), *fk = HsFrozenSet_New(k);
    HsObject *s = HsSet_New(NULL);
    HS_CHECK(HsSet_Add(s, fk) == 0);
    HS_CHECK_EQ(HsSequence_Contains(s, k), 1); /* {1, 2} in {frozenset({1, 2})} */
    HS_CHECK(is_true(callm(s, "__contains__", 1, k)));
    HS_CHECK(is_none(callm(s, "discard", 1, k)));
    HS_CHECK_EQ(HsSet_Size(s), 0);
    HS_CHECK(repr_is(s, "set()"));
    HsSet_Add(s, fk);
    HS_CHECK(repr_is(s, "{frozenset({1, 2})}"));
    Hs_DECREF(s);
    Hs_DECREF(fk);
    Hs_DECREF(k);
}

static void test_reprs(void) {
    test_init();
    HsObject *e = HsSet_New(NULL), *f = HsFrozenSet_New(NULL), *s = ints3(3, 0, 0, 1);
    HsObject *fs = ints3(1, 2, 0, 2);
    HsObject *ff = HsFrozenSet_New(fs);
    HS_CHECK(repr_is(e, "set()"));
    HS_CHECK(repr_is(f, "frozenset()"));
    HS_CHECK(repr_is(s, "{3}"));
    HS_CHECK(repr_is(ff, "frozenset({1, 2})"));
    static const long long neg[] = {-1, -2, 300};
    HsObject *n = int_set(0, neg, 3);
    HS_CHECK(repr_is(n, "{300, -1, -2}")); /* python3: {300, -1, -2} */
    Hs_DECREF(n);
    Hs_DECREF(ff);
    Hs_DECREF(fs);
    Hs_DECREF(s);
    Hs_DECREF(f);
    Hs_DECREF(e);
}

static void test_operators(void) {
    test_init();
    HsObject *a = ints3(1, 2, 3, 3), *b = ints3(3, 4, 0, 2);
    HsObject *r;
    r = nb(a)->nb_or(a, b);
    HS_CHECK(repr_is(r, "{1, 2, 3, 4}"));
    Hs_DECREF(r);
    r = nb(a)->nb_and(a, b);
    HS_CHECK(repr_is(r, "{3}"));
    Hs_DECREF(r);
    r = nb(a)->nb_subtract(a, b);
    HS_CHECK(repr_is(r, "{1, 2}"));
    Hs_DECREF(r);
    r = nb(a)->nb_xor(a, b);
    HS_CHECK(repr_is(r, "{1, 2, 4}"));
    Hs_DECREF(r);
    r = nb(b)->nb_subtract(b, a);
    HS_CHECK(repr_is(r, "{4}"));
    Hs_DECREF(r);
    /* a set and a non-set: NotImplemented (the caller raises "unsupported operand") */
    HsObject *d = HsDict_New();
    r = nb(a)->nb_or(a, d);
    HS_CHECK(r == Hs_NotImplemented);
    Hs_DECREF(r);
    r = nb(a)->nb_inplace_or(a, d);
    HS_CHECK(r == Hs_NotImplemented);
    Hs_DECREF(r);
    Hs_DECREF(d);
    /* frozenset | set is a frozenset */
    HsObject *f = HsFrozenSet_New(a), *t = ints3(5, 0, 0, 1);
    r = nb(f)->nb_or(f, t);
    HS_CHECK(r != NULL && Hs_TYPE(r) == &HsFrozenSet_Type);
    HS_CHECK(repr_is(r, "frozenset({1, 2, 3, 5})"));
    Hs_DECREF(r);
    HS_CHECK(nb(f)->nb_inplace_or == NULL);
    Hs_DECREF(t);
    Hs_DECREF(f);
    Hs_DECREF(a);
    Hs_DECREF(b);
}

static void test_operator_result_sizes(void) {
    test_init();
    HsObject *a = range_set(0, 10), *b = range_set(5, 100), *c = range_set(0, 100);
    HsObject *h = range_set(0, 50);
    HsObject *r = nb(a)->nb_and(a, b);
    HS_CHECK_EQ(hs_set_sizeof(r) + GC_HEAD, 728);
    Hs_DECREF(r);
    r = nb(c)->nb_subtract(c, h);
    HS_CHECK_EQ(hs_set_sizeof(r) + GC_HEAD, 2264);
    Hs_DECREF(r);
    r = nb(a)->nb_or(a, c);
    HS_CHECK_EQ(hs_set_sizeof(r) + GC_HEAD, 4312);
    Hs_DECREF(r);
    /* in place: s &= set(range(5, 100)) keeps [5..9] in a 728-byte set */
    r = nb(a)->nb_inplace_and(a, b);
    HS_CHECK(r == a);
    Hs_DECREF(r);
    static const long long want[] = {5, 6, 7, 8, 9};
    HS_CHECK(iter_ints_are(a, want, 5));
    HS_CHECK_EQ(hs_set_sizeof(a) + GC_HEAD, 728);
    Hs_DECREF(h);
    Hs_DECREF(a);
    Hs_DECREF(b);
    Hs_DECREF(c);
}

static void test_inplace_xor_order(void) {
    test_init();
    HsObject *s = range_set(0, 10), *t = ints3(1, 100, 0, 2);
    HsObject *r = nb(s)->nb_inplace_xor(s, t);
    HS_CHECK(r == s);
    Hs_DECREF(r);
    static const long long want[] = {0, 2, 3, 4, 5, 6, 7, 8, 9, 100};
    HS_CHECK(iter_ints_are(s, want, 10));
    r = nb(s)->nb_inplace_subtract(s, s); /* s -= s empties it */
    HS_CHECK(r == s && HsSet_Size(s) == 0);
    Hs_DECREF(r);
    Hs_DECREF(t);
    Hs_DECREF(s);
}

static void test_multi_argument_methods(void) {
    test_init();
    HsObject *s = ints3(1, 2, 0, 2), *l3 = ints3(3, 0, 0, 1), *l45 = ints3(4, 5, 0, 2);
    HS_CHECK(is_none(callm(s, "update", 2, l3, l45)));
    HS_CHECK(repr_is(s, "{1, 2, 3, 4, 5}"));
    HsObject *u = callm(s, "union", 0);
    HS_CHECK(u != NULL && u != s && repr_is(u, "{1, 2, 3, 4, 5}"));
    Hs_DECREF(u);
    HsObject *e = HsSet_New(NULL);
    HsObject *i = callm(e, "intersection", 0), *one = ints3(1, 0, 0, 1);
    HS_CHECK(repr_is(i, "set()"));
    Hs_DECREF(i);
    i = callm(one, "intersection", 0);
    HS_CHECK(repr_is(i, "{1}"));
    Hs_DECREF(i);
    HsObject *r8 = range_set(0, 8), *r4 = range_set(0, 4), *x = ints3(1, 2, 9, 3);
    HS_CHECK(is_none(callm(r8, "intersection_update", 2, r4, x)));
    HS_CHECK(repr_is(r8, "{1, 2}"));
    Hs_DECREF(r8);
    r8 = range_set(0, 8);
    HsObject *o1 = ints3(1, 0, 0, 1), *o23 = ints3(2, 3, 0, 2);
    HS_CHECK(is_none(callm(r8, "difference_update", 2, o1, o23)));
    HS_CHECK(repr_is(r8, "{0, 4, 5, 6, 7}"));
    HsObject *r6 = range_set(0, 6);
    HsObject *d = callm(r6, "difference", 2, o1, o23);
    HS_CHECK(repr_is(d, "{0, 4, 5}"));
    Hs_DECREF(d);
    Hs_DECREF(r6);
    Hs_DECREF(o1);
    Hs_DECREF(o23);
    Hs_DECREF(r8);
    Hs_DECREF(r4);
    Hs_DECREF(x);
    Hs_DECREF(one);
    Hs_DECREF(e);
    Hs_DECREF(s);
    Hs_DECREF(l3);
    Hs_DECREF(l45);
}

static void test_symmetric_difference_and_dict_arguments(void) {
    test_init();
    HsObject *r10 = range_set(0, 10), *x = ints3(5, 20, 30, 3);
    HsObject *it = HsObject_GetIter(x); /* a non-set iterable */
    HsObject *sd = callm(r10, "symmetric_difference", 1, it);
    static const long long want[] = {0, 1, 2, 3, 4, 6, 7, 8, 9, 20, 30};
    HS_CHECK(sd != NULL && iter_ints_are(sd, want, 11));
    Hs_DECREF(sd);
    Hs_DECREF(it);
    /* {1, 2, 3}.difference({2: 0}) and .symmetric_difference_update(dict) */
    HsObject *s = ints3(1, 2, 3, 3), *d = HsDict_New(), *two = I(2), *zero = I(0);
    HsObject *seven = I(7);
    HsDict_SetItem(d, two, zero);
    HsObject *df = callm(s, "difference", 1, d);
    HS_CHECK(repr_is(df, "{1, 3}"));
    Hs_DECREF(df);
    HsDict_SetItem(d, seven, zero);
    HS_CHECK(is_none(callm(s, "symmetric_difference_update", 1, d)));
    HS_CHECK(repr_is(s, "{1, 3, 7}"));
    HsObject *fromd = HsSet_New(d);
    HS_CHECK(repr_is(fromd, "{2, 7}"));
    Hs_DECREF(fromd);
    Hs_DECREF(seven);
    Hs_DECREF(two);
    Hs_DECREF(zero);
    Hs_DECREF(d);
    Hs_DECREF(s);
    Hs_DECREF(x);
    Hs_DECREF(r10);
}

static void test_subset_methods(void) {
    test_init();
    HsObject *s12 = ints3(1, 2, 0, 2), *l125 = ints3(1, 2, 5, 3), *one = ints3(1, 0, 0, 1);
    HsObject *s17 = ints3(1, 7, 0, 2), *two = ints3(2, 0, 0, 1);
    HsObject *it = HsObject_GetIter(l125);
    HS_CHECK(is_true(callm(s12, "issubset", 1, it)));
    Hs_DECREF(it);
    it = HsObject_GetIter(one);
    HS_CHECK(is_true(callm(s12, "issuperset", 1, it)));
    Hs_DECREF(it);
    HS_CHECK(is_false(callm(s12, "issuperset", 1, s17)));
    HS_CHECK(is_true(callm(one, "isdisjoint", 1, two)));
    it = HsObject_GetIter(one);
    HS_CHECK(is_false(callm(one, "isdisjoint", 1, it)));
    Hs_DECREF(it);
    HS_CHECK(is_false(callm(one, "isdisjoint", 1, one)));
    HsObject *e = HsSet_New(NULL);
    HS_CHECK(is_true(callm(e, "isdisjoint", 1, e)));
    Hs_DECREF(e);
    Hs_DECREF(s12);
    Hs_DECREF(l125);
    Hs_DECREF(one);
    Hs_DECREF(s17);
    Hs_DECREF(two);
}

static void test_comparisons(void) {
    test_init();
    HsObject *s12 = ints3(1, 2, 0, 2), *s123 = ints3(1, 2, 3, 3), *s1 = ints3(1, 0, 0, 1);
    HsObject *s2 = ints3(2, 0, 0, 1);
    HsObject *f12 = HsFrozenSet_New(s12);
    HS_CHECK_EQ(HsObject_RichCompareBool(s12, s123, HS_LT), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(s12, s12, HS_LT), 0);
    HS_CHECK_EQ(HsObject_RichCompareBool(s12, s12, HS_LE), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(s123, s12, HS_GT), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(s1, s1, HS_GE), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(s1, s2, HS_EQ), 0);
    HS_CHECK_EQ(HsObject_RichCompareBool(s1, s2, HS_NE), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(f12, s12, HS_EQ), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(s12, f12, HS_EQ), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(s1, s12, HS_GT), 0);
    HsObject *d = HsDict_New();
    HS_CHECK(HsObject_RichCompareBool(s1, d, HS_LT) == -1);
    HS_CHECK(exc_is(HsExc_TypeError, "'<' not supported between instances of 'set' and 'dict'"));
    HS_CHECK_EQ(HsObject_RichCompareBool(s1, d, HS_EQ), 0);
    Hs_DECREF(d);
    /* equal frozensets hash equally whatever the insertion history */
    static const long long up[] = {1, 2, 3, 4, 5, 6, 7, 8, 9}, down[] = {9, 8, 7, 6, 5, 4, 3, 2, 1};
    HsObject *fa = int_set(1, up, 9), *fb = int_set(1, down, 9);
    HS_CHECK_EQ(HsObject_Hash(fa), HsObject_Hash(fb));
    HS_CHECK_EQ(HsObject_RichCompareBool(fa, fb, HS_EQ), 1);
    Hs_DECREF(fa);
    Hs_DECREF(fb);
    Hs_DECREF(f12);
    Hs_DECREF(s12);
    Hs_DECREF(s123);
    Hs_DECREF(s1);
    Hs_DECREF(s2);
}

static void test_constructors(void) {
    test_init();
    HsObject *one = I(1), *two = I(2), *src = ints3(7, 8, 0, 2);
    HsObject *args = HsTuple_Pack(2, one, two);
    HS_CHECK(HsObject_Call((HsObject *)&HsSet_Type, args, NULL) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "set expected at most 1 argument, got 2"));
    HS_CHECK(HsObject_Call((HsObject *)&HsFrozenSet_Type, args, NULL) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "frozenset expected at most 1 argument, got 2"));
    Hs_DECREF(args);
    HsObject *kw = HsDict_New(), *empty = HsTuple_New(0), *a = S("a");
    HsDict_SetItem(kw, a, one);
    HS_CHECK(HsObject_Call((HsObject *)&HsSet_Type, empty, kw) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "set() takes no keyword arguments"));
    HS_CHECK(HsObject_Call((HsObject *)&HsFrozenSet_Type, empty, kw) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "frozenset() takes no keyword arguments"));
    args = HsTuple_Pack(1, src);
    HsObject *s = HsObject_Call((HsObject *)&HsSet_Type, args, NULL);
    HS_CHECK(s != NULL && repr_is(s, "{8, 7}"));
    HsObject *f = HsObject_Call((HsObject *)&HsFrozenSet_Type, args, NULL);
    HS_CHECK(f != NULL && repr_is(f, "frozenset({8, 7})"));
    HS_CHECK(HsObject_Hash(f) != -1);
    HsObject *one_t = HsTuple_Pack(1, one);
    HS_CHECK(HsObject_Call((HsObject *)&HsSet_Type, one_t, NULL) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "'int' object is not iterable"));
    Hs_DECREF(one_t);
    Hs_DECREF(f);
    Hs_DECREF(s);
    Hs_DECREF(args);
    Hs_DECREF(a);
    Hs_DECREF(empty);
    Hs_DECREF(kw);
    Hs_DECREF(src);
    Hs_DECREF(one);
    Hs_DECREF(two);
}

static void test_clear_and_copy(void) {
    test_init();
    HsObject *s = range_set(0, 100);
    HsObject *c = callm(s, "copy", 0);
    HS_CHECK(c != NULL && c != s && HsSet_Size(c) == 100);
    HS_CHECK(is_none(callm(s, "clear", 0)));
    HS_CHECK_EQ(HsSet_Size(s), 0);
    HS_CHECK_EQ(hs_set_sizeof(s) + GC_HEAD, 216);
    HS_CHECK_EQ(HsSet_Size(c), 100);
    Hs_DECREF(c);
    Hs_DECREF(s);
}

static void test_sizeof_via_attribute(void) {
    test_init();
    HsObject *f = HsFrozenSet_New(NULL);
    HsObject *r = callm(f, "__sizeof__", 0);
    HS_CHECK(r != NULL && hs_int_compact_value(r) == 200);
    Hs_DECREF(r);
    HS_CHECK(callm(f, "add", 1, f) == NULL);
    HS_CHECK(exc_is(HsExc_AttributeError, "'frozenset' object has no attribute 'add'"));
    Hs_DECREF(f);
}

/* C-level subclasses standing in for `class S(set): pass` and `class F(frozenset): pass`. */
static HsTypeObject S_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "S",
    .tp_basicsize = sizeof(HsSetObject),
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_base = &HsSet_Type,
};

static HsTypeObject F_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "F",
    .tp_basicsize = sizeof(HsSetObject),
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_base = &HsFrozenSet_Type,
};

static void test_subclasses(void) {
    test_init();
    HS_CHECK(HsType_Ready(&S_Type) == 0 && HsType_Ready(&F_Type) == 0);
    HsObject *one = ints3(1, 0, 0, 1), *two = ints3(2, 0, 0, 1), *empty = HsTuple_New(0);
    HsObject *args = HsTuple_Pack(1, one);
    HsObject *s = HsObject_Call((HsObject *)&S_Type, args, NULL);
    HsObject *se = HsObject_Call((HsObject *)&S_Type, empty, NULL);
    HsObject *f = HsObject_Call((HsObject *)&F_Type, args, NULL);
    HsObject *fe = HsObject_Call((HsObject *)&F_Type, empty, NULL);
    HS_CHECK(s && se && f && fe);
    HS_CHECK(repr_is(s, "S({1})"));
    HS_CHECK(repr_is(se, "S()"));
    HS_CHECK(repr_is(f, "F({1})"));
    HS_CHECK(repr_is(fe, "F()"));
    HS_CHECK(hs_gc_is_tracked(se));
    /* results of operations and copies are of the base type */
    HsObject *r = Hs_TYPE(s)->tp_as_number->nb_or(s, two);
    HS_CHECK(r != NULL && Hs_TYPE(r) == &HsSet_Type);
    Hs_DECREF(r);
    r = callm(s, "copy", 0);
    HS_CHECK(r != NULL && Hs_TYPE(r) == &HsSet_Type);
    Hs_DECREF(r);
    r = callm(f, "copy", 0);
    HS_CHECK(r != NULL && r != f && Hs_TYPE(r) == &HsFrozenSet_Type);
    Hs_DECREF(r);
    HsObject *fargs = HsTuple_Pack(1, f);
    r = HsObject_Call((HsObject *)&HsFrozenSet_Type, fargs, NULL);
    HS_CHECK(r != NULL && r != f && Hs_TYPE(r) == &HsFrozenSet_Type);
    HS_CHECK_EQ(HsObject_Hash(r), HsObject_Hash(f));
    Hs_DECREF(r);
    Hs_DECREF(fargs);
    /* constructor errors name the subclass, except set's keyword check */
    HsObject *args2 = HsTuple_Pack(2, one, two);
    HS_CHECK(HsObject_Call((HsObject *)&S_Type, args2, NULL) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "S expected at most 1 argument, got 2"));
    HS_CHECK(HsObject_Call((HsObject *)&F_Type, args2, NULL) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "F expected at most 1 argument, got 2"));
    HsObject *kw = HsDict_New(), *a = S("a");
    HsDict_SetItem(kw, a, one);
    HS_CHECK(HsObject_Call((HsObject *)&S_Type, empty, kw) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "set() takes no keyword arguments"));
    HsObject *all[] = {a, kw, args2, s, se, f, fe, args, empty, one, two};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        Hs_DECREF(all[i]);
    }
}

HS_TEST_MAIN(test_add_remove_discard, test_method_argument_errors, test_unhashable,
             test_set_argument_looked_up_as_frozenset, test_reprs, test_operators,
             test_operator_result_sizes, test_inplace_xor_order, test_multi_argument_methods,
             test_symmetric_difference_and_dict_arguments, test_subset_methods, test_comparisons,
             test_constructors, test_clear_and_copy, test_sizeof_via_attribute, test_subclasses)
