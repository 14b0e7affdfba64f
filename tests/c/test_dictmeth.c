/* dict methods, slots and views against CPython 3.11 (each figure, order and message read
 * off python3): d[k] and KeyError, `in`, repr with recursion, == and !=, get/setdefault/
 * pop/popitem/clear/copy/update/fromkeys and their errors, the views (len, iteration,
 * reversed, `in`, repr, set operations, comparisons, isdisjoint), iterator sizes and the
 * iteration-mutation errors, | and |=, the constructor, refcount balance and cycles. */
#include "hs_test.h"
#include "test_set_support.h"
#include "support/testnode.h"
#include "data/dictmeth_data.h"

/* {1: 10, 2: 20, ..., n: n*10} */
static HsObject *tens(int n) {
    HsObject *d = HsDict_New();
    for (int i = 1; i <= n; i++) {
        HsObject *k = I(i), *v = I(i * 10);
        HsDict_SetItem(d, k, v);
        Hs_DECREF(k);
        Hs_DECREF(v);
    }
    return d;
}

/* An ordered iterable of the given objects (tuples are not iterable yet in the object
 * layer): the keys view of a fresh dict holding them. Return: new reference. */
static HsObject *seq_of(int n, ...) {
    HsObject *d = HsDict_New();
    va_list va;
    va_start(va, n);
    for (int i = 0; i < n; i++) {
        HsDict_SetItem(d, va_arg(va, HsObject *), Hs_None);
    }
    va_end(va);
    HsObject *k = hs_dictview_new(d, &HsDictKeys_Type);
    Hs_DECREF(d);
    return k;
}

static HsObject *call_type(HsTypeObject *tp, HsObject *args, HsObject *kw) {
    return HsObject_Call((HsObject *)tp, args, kw);
}

static void test_subscript_and_key_error(void) {
    test_init();
    HsObject *d = tens(3), *one = I(1), *nine = I(9);
    HsObject *v = HsObject_GetItem(d, one);
    HS_CHECK(v != NULL && hs_int_compact_value(v) == 10);
    Hs_DECREF(v);
    HS_CHECK(HsObject_GetItem(d, nine) == NULL);
    HS_CHECK(exc_is(HsExc_KeyError, "9"));
    HsObject *tk = HsTuple_Pack(2, one, nine);
    HS_CHECK(HsObject_GetItem(d, tk) == NULL);
    HS_CHECK(exc_is(HsExc_KeyError, "(1, 9)")); /* str(KeyError((1, 9))) */
    HsObject *lst = HsSet_New(NULL);
    HS_CHECK(HsObject_GetItem(d, lst) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "unhashable type: 'set'"));
    v = callm(d, "__getitem__", 1, one);
    HS_CHECK(v != NULL && hs_int_compact_value(v) == 10);
    Hs_DECREF(v);
    /* d[k] = v and del d[k] through the mapping slot */
    HsMappingMethods *mp = Hs_TYPE(d)->tp_as_mapping;
    HS_CHECK(mp->mp_ass_subscript(d, nine, one) == 0);
    HS_CHECK_EQ(HsObject_Size(d), 4);
    HS_CHECK(mp->mp_ass_subscript(d, nine, NULL) == 0);
    HS_CHECK(mp->mp_ass_subscript(d, nine, NULL) == -1);
    HS_CHECK(exc_is(HsExc_KeyError, "9"));
    Hs_DECREF(lst);
    Hs_DECREF(tk);
    Hs_DECREF(one);
    Hs_DECREF(nine);
    Hs_DECREF(d);
}

static void test_contains(void) {
    test_init();
    HsObject *d = tens(3), *one = I(1), *ten = I(10);
    HS_CHECK_EQ(HsSequence_Contains(d, one), 1);
    HS_CHECK_EQ(HsSequence_Contains(d, ten), 0);
    HS_CHECK(is_true(callm(d, "__contains__", 1, one)));
    HS_CHECK(is_false(callm(d, "__contains__", 1, ten)));
    HsObject *s = HsSet_New(NULL);
    HS_CHECK_EQ(HsSequence_Contains(d, s), -1);
    HS_CHECK(exc_is(HsExc_TypeError, "unhashable type: 'set'"));
    Hs_DECREF(s);
    Hs_DECREF(one);
    Hs_DECREF(ten);
    Hs_DECREF(d);
}

static void test_repr(void) {
    test_init();
    HsObject *d = tens(3), *e = HsDict_New(), *two = I(2), *one = I(1);
    HS_CHECK(repr_is(d, "{1: 10, 2: 20, 3: 30}"));
    HS_CHECK(repr_is(e, "{}"));
    HsObject *r = HsDict_New();
    HsDict_SetItem(r, one, one);
    HsDict_SetItem(r, two, r); /* d[2] = d */
    HS_CHECK(repr_is(r, "{1: 1, 2: {...}}"));
    HsObject *a = S("a");
    HsDict_SetItem(e, a, one);
    HS_CHECK(repr_is(e, "{'a': 1}"));
    HsDict_Clear(r); /* break the cycle */
    Hs_DECREF(a);
    Hs_DECREF(r);
    Hs_DECREF(one);
    Hs_DECREF(two);
    Hs_DECREF(e);
    Hs_DECREF(d);
}

static void test_equality(void) {
    test_init();
    HsObject *a = tens(3), *b = tens(3), *c = tens(2), *e = HsDict_New();
    HS_CHECK_EQ(HsObject_RichCompareBool(a, b, HS_EQ), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(a, b, HS_NE), 0);
    HS_CHECK_EQ(HsObject_RichCompareBool(a, c, HS_EQ), 0);
    HS_CHECK_EQ(HsObject_RichCompareBool(e, e, HS_EQ), 1);
    /* same keys, one different value */
    HsObject *three = I(3), *x = I(31);
    HsDict_SetItem(b, three, x);
    HS_CHECK_EQ(HsObject_RichCompareBool(a, b, HS_EQ), 0);
    HS_CHECK_EQ(HsObject_RichCompareBool(a, b, HS_NE), 1);
    /* insertion order does not matter */
    HsObject *r = HsDict_New();
    for (int i = 3; i >= 1; i--) {
        HsObject *k = I(i), *v = I(i * 10);
        HsDict_SetItem(r, k, v);
        Hs_DECREF(k);
        Hs_DECREF(v);
    }
    HS_CHECK_EQ(HsObject_RichCompareBool(a, r, HS_EQ), 1);
    HS_CHECK(HsObject_RichCompareBool(a, r, HS_LT) == -1);
    HS_CHECK(exc_is(HsExc_TypeError, "'<' not supported between instances of 'dict' and 'dict'"));
    HsObject *res = Hs_TYPE(a)->tp_richcompare(a, three, HS_EQ);
    HS_CHECK(res == Hs_NotImplemented);
    Hs_DECREF(res);
    Hs_DECREF(r);
    Hs_DECREF(three);
    Hs_DECREF(x);
    Hs_DECREF(a);
    Hs_DECREF(b);
    Hs_DECREF(c);
    Hs_DECREF(e);
}

static void test_get_setdefault_pop(void) {
    test_init();
    HsObject *d = tens(3), *one = I(1), *nine = I(9), *four = I(4), *x = S("x");
    HsObject *five = I(5);
    HsObject *v = callm(d, "get", 1, one);
    HS_CHECK(v != NULL && hs_int_compact_value(v) == 10);
    Hs_DECREF(v);
    HS_CHECK(is_none(callm(d, "get", 1, nine)));
    v = callm(d, "get", 2, nine, x);
    HS_CHECK(v == x);
    Hs_DECREF(v);
    HS_CHECK(callm(d, "get", 0) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "get expected at least 1 argument, got 0"));
    HS_CHECK(callm(d, "get", 3, one, one, one) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "get expected at most 2 arguments, got 3"));
    HS_CHECK(is_none(callm(d, "setdefault", 1, four)));
    HS_CHECK(is_none(callm(d, "setdefault", 2, four, five))); /* already there: None */
    HS_CHECK_EQ(HsDict_Size(d), 4);
    HS_CHECK(callm(d, "setdefault", 0) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "setdefault expected at least 1 argument, got 0"));
    HS_CHECK(is_none(callm(d, "pop", 1, four)));
    v = callm(d, "pop", 2, nine, x);
    HS_CHECK(v == x);
    Hs_DECREF(v);
    HS_CHECK(callm(d, "pop", 1, nine) == NULL);
    HS_CHECK(exc_is(HsExc_KeyError, "9"));
    HS_CHECK(callm(d, "pop", 0) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "pop expected at least 1 argument, got 0"));
    HsObject *e = HsDict_New();
    v = callm(e, "pop", 2, nine, x); /* empty dict with a default */
    HS_CHECK(v == x);
    Hs_DECREF(v);
    HS_CHECK(callm(e, "pop", 1, nine) == NULL);
    HS_CHECK(exc_is(HsExc_KeyError, "9"));
    Hs_DECREF(e);
    Hs_DECREF(five);
    Hs_DECREF(x);
    Hs_DECREF(four);
    Hs_DECREF(nine);
    Hs_DECREF(one);
    Hs_DECREF(d);
}

static void test_popitem_lifo_and_reuse(void) {
    test_init();
    HsObject *d = tens(3);
    HsObject *p = callm(d, "popitem", 0);
    HS_CHECK(repr_is(p, "(3, 30)"));
    Hs_DECREF(p);
    p = callm(d, "popitem", 0);
    HS_CHECK(repr_is(p, "(2, 20)"));
    Hs_DECREF(p);
    HS_CHECK(repr_is(d, "{1: 10}"));
    HsObject *nine = I(9);
    HsDict_SetItem(d, nine, nine);
    HS_CHECK(repr_is(d, "{1: 10, 9: 9}"));
    HS_CHECK_EQ(hs_dict_sizeof(d) + GC_HEAD, 224);
    HsObject *one = I(1);
    HS_CHECK(callm(d, "popitem", 1, one) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "dict.popitem() takes no arguments (1 given)"));
    HsObject *e = HsDict_New();
    HS_CHECK(callm(e, "popitem", 0) == NULL);
    HS_CHECK(exc_is(HsExc_KeyError, "'popitem(): dictionary is empty'"));
    /* popitem + reinsert, 20 times, on a 5-item dict: it grows once, as in CPython */
    HsObject *f = tens(5);
    for (int round = 0; round < 20; round++) {
        p = callm(f, "popitem", 0);
        HsDict_SetItem(f, HS_TUPLE_GET(p, 0), HS_TUPLE_GET(p, 1));
        Hs_DECREF(p);
    }
    HS_CHECK_EQ(hs_dict_sizeof(f) + GC_HEAD, 352); /* python3: popitem does not free usable */
    Hs_DECREF(f);
    Hs_DECREF(e);
    Hs_DECREF(one);
    Hs_DECREF(nine);
    Hs_DECREF(d);
}

static void test_clear_copy_sizeof(void) {
    test_init();
    HsObject *d = tens(3);
    HsObject *c = callm(d, "copy", 0);
    HS_CHECK(c != NULL && c != d && HsObject_RichCompareBool(c, d, HS_EQ) == 1);
    HsObject *sz = callm(d, "__sizeof__", 0);
    HS_CHECK(sz != NULL && hs_int_compact_value(sz) == 208);
    Hs_DECREF(sz);
    HS_CHECK(is_none(callm(d, "clear", 0)));
    HS_CHECK_EQ(HsDict_Size(d), 0);
    sz = callm(d, "__sizeof__", 0);
    HS_CHECK(sz != NULL && hs_int_compact_value(sz) == 48);
    Hs_DECREF(sz);
    HS_CHECK_EQ(HsDict_Size(c), 3);
    Hs_DECREF(c);
    Hs_DECREF(d);
}

static void test_update_forms(void) {
    test_init();
    HsObject *d = HsDict_New(), *src = tens(2), *one = I(1), *two = I(2), *three = I(3);
    HS_CHECK(is_none(callm(d, "update", 1, src)));
    HS_CHECK(repr_is(d, "{1: 10, 2: 20}"));
    /* an iterable of pairs */
    HsObject *p1 = HsTuple_Pack(2, three, one), *pairs = seq_of(1, p1);
    HS_CHECK(is_none(callm(d, "update", 1, pairs)));
    HS_CHECK(repr_is(d, "{1: 10, 2: 20, 3: 1}"));
    /* keyword arguments */
    HsObject *pos[1] = {pairs};
    HS_CHECK(is_none(callm_kw(d, "update", 1, pos, "b", two)));
    HS_CHECK(repr_is(d, "{1: 10, 2: 20, 3: 1, 'b': 2}"));
    /* errors */
    HsObject *bad3 = HsTuple_Pack(3, one, two, three), *seq3 = seq_of(1, bad3);
    HS_CHECK(callm(d, "update", 1, seq3) == NULL);
    HS_CHECK(exc_is(HsExc_ValueError,
                    "dictionary update sequence element #0 has length 3; 2 is required"));
    HsObject *seq_int = seq_of(2, p1, one);
    HS_CHECK(callm(d, "update", 1, seq_int) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError,
                    "cannot convert dictionary update sequence element #1 to a sequence"));
    HS_CHECK(callm(d, "update", 1, one) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "'int' object is not iterable"));
    HS_CHECK(callm(d, "update", 2, one, one) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "update expected at most 1 argument, got 2"));
    /* a pair given as frozenset({1}), of length 1 */
    HsObject *single = HsFrozenSet_New(NULL);
    HsSet_Add(single, one);
    HsObject *seq_set = seq_of(1, single);
    HS_CHECK(callm(d, "update", 1, seq_set) == NULL);
    HS_CHECK(exc_is(HsExc_ValueError,
                    "dictionary update sequence element #0 has length 1; 2 is required"));
    Hs_DECREF(seq_set);
    Hs_DECREF(single);
    Hs_DECREF(seq_int);
    Hs_DECREF(seq3);
    Hs_DECREF(bad3);
    Hs_DECREF(pairs);
    Hs_DECREF(p1);
    Hs_DECREF(one);
    Hs_DECREF(two);
    Hs_DECREF(three);
    Hs_DECREF(src);
    Hs_DECREF(d);
}

static void test_update_from_keys_view_mapping(void) {
    test_init();
    /* dict.update(x) where x has keys(): here a dict subclass is not available, so use
     * the pairs path with the items view, which yields (k, v) tuples */
    HsObject *src = tens(3), *d = HsDict_New();
    HsObject *items = callm(src, "items", 0);
    HS_CHECK(is_none(callm(d, "update", 1, items)));
    HS_CHECK(repr_is(d, "{1: 10, 2: 20, 3: 30}"));
    Hs_DECREF(items);
    Hs_DECREF(d);
    Hs_DECREF(src);
}

static void test_fromkeys(void) {
    test_init();
    HsObject *cls = (HsObject *)&HsDict_Type, *zero = I(0);
    HsObject *r3 = range_set(0, 3), *r10 = range_set(0, 10), *d10 = tens(10);
    HsObject *d = callm(cls, "fromkeys", 1, r3);
    HS_CHECK(repr_is(d, "{0: None, 1: None, 2: None}"));
    HS_CHECK_EQ(hs_dict_sizeof(d) + GC_HEAD, 352); /* presized from the set */
    Hs_DECREF(d);
    d = callm(cls, "fromkeys", 2, r3, zero);
    HS_CHECK(repr_is(d, "{0: 0, 1: 0, 2: 0}"));
    Hs_DECREF(d);
    d = callm(cls, "fromkeys", 1, r10);
    HS_CHECK_EQ(hs_dict_sizeof(d) + GC_HEAD, 352);
    Hs_DECREF(d);
    d = callm(cls, "fromkeys", 1, d10);
    HS_CHECK_EQ(hs_dict_sizeof(d) + GC_HEAD, 352);
    HS_CHECK(repr_is(d, "{1: None, 2: None, 3: None, 4: None, 5: None, 6: None, 7: None, "
                        "8: None, 9: None, 10: None}"));
    Hs_DECREF(d);
    HsObject *it = HsObject_GetIter(r10); /* the generic path */
    d = callm(cls, "fromkeys", 1, it);
    HS_CHECK_EQ(hs_dict_sizeof(d) + GC_HEAD, 352);
    Hs_DECREF(d);
    Hs_DECREF(it);
    HS_CHECK(callm(cls, "fromkeys", 0) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "fromkeys expected at least 1 argument, got 0"));
    HS_CHECK(callm(cls, "fromkeys", 1, zero) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "'int' object is not iterable"));
    Hs_DECREF(zero);
    Hs_DECREF(r3);
    Hs_DECREF(r10);
    Hs_DECREF(d10);
}

static void test_or_operators(void) {
    test_init();
    HsObject *a = tens(1), *b = HsDict_New(), *three = I(3), *four = I(4);
    HsDict_SetItem(b, three, four);
    HsNumberMethods *nb = Hs_TYPE(a)->tp_as_number;
    HsObject *r = nb->nb_or(a, b);
    HS_CHECK(repr_is(r, "{1: 10, 3: 4}"));
    HS_CHECK(repr_is(a, "{1: 10}"));
    Hs_DECREF(r);
    r = nb->nb_or(a, three);
    HS_CHECK(r == Hs_NotImplemented);
    Hs_DECREF(r);
    r = nb->nb_inplace_or(a, b);
    HS_CHECK(r == a && repr_is(a, "{1: 10, 3: 4}"));
    Hs_DECREF(r);
    HS_CHECK(nb->nb_inplace_or(a, three) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "'int' object is not iterable"));
    Hs_DECREF(three);
    Hs_DECREF(four);
    Hs_DECREF(a);
    Hs_DECREF(b);
}

static void test_constructor(void) {
    test_init();
    HsObject *empty = HsTuple_New(0);
    HsObject *d = call_type(&HsDict_Type, empty, NULL);
    HS_CHECK(d != NULL && HsDict_CheckExact(d) && HsDict_Size(d) == 0);
    HS_CHECK(!hs_gc_is_tracked(d)); /* gc.is_tracked(dict()) is False */
    HS_CHECK_EQ(hs_dict_sizeof(d) + GC_HEAD, 64);
    Hs_DECREF(d);
    HsObject *src = tens(2), *args = HsTuple_Pack(1, src);
    d = call_type(&HsDict_Type, args, NULL);
    HS_CHECK(d != NULL && repr_is(d, "{1: 10, 2: 20}"));
    Hs_DECREF(d);
    HsObject *kw = HsDict_New(), *a = S("a"), *one = I(1);
    HsDict_SetItem(kw, a, one);
    d = call_type(&HsDict_Type, args, kw);
    HS_CHECK(d != NULL && repr_is(d, "{1: 10, 2: 20, 'a': 1}"));
    Hs_DECREF(d);
    d = call_type(&HsDict_Type, empty, kw);
    HS_CHECK(d != NULL && repr_is(d, "{'a': 1}"));
    Hs_DECREF(d);
    HsObject *two = HsTuple_Pack(2, one, one);
    HS_CHECK(call_type(&HsDict_Type, two, NULL) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "dict expected at most 1 argument, got 2"));
    HsObject *pairs = seq_of(1, one);
    HsObject *args2 = HsTuple_Pack(1, pairs);
    HS_CHECK(call_type(&HsDict_Type, args2, NULL) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError,
                    "cannot convert dictionary update sequence element #0 to a sequence"));
    Hs_DECREF(args2);
    Hs_DECREF(pairs);
    Hs_DECREF(two);
    Hs_DECREF(one);
    Hs_DECREF(a);
    Hs_DECREF(kw);
    Hs_DECREF(args);
    Hs_DECREF(src);
    Hs_DECREF(empty);
}

static void test_view_basics(void) {
    test_init();
    HsObject *d = tens(3);
    HsObject *k = callm(d, "keys", 0), *v = callm(d, "values", 0), *it = callm(d, "items", 0);
    HS_CHECK(k && v && it);
    HS_CHECK_EQ(Hs_TYPE(k)->tp_basicsize + GC_HEAD, 40);
    HS_CHECK(strcmp(Hs_TYPE(k)->tp_name, "dict_keys") == 0);
    HS_CHECK(strcmp(Hs_TYPE(v)->tp_name, "dict_values") == 0);
    HS_CHECK(strcmp(Hs_TYPE(it)->tp_name, "dict_items") == 0);
    HS_CHECK_EQ(HsObject_Size(k), 3);
    HS_CHECK_EQ(HsObject_Size(v), 3);
    HS_CHECK(repr_is(k, "dict_keys([1, 2, 3])"));
    HS_CHECK(repr_is(v, "dict_values([10, 20, 30])"));
    HS_CHECK(repr_is(it, "dict_items([(1, 10), (2, 20), (3, 30)])"));
    static const long long keys[] = {1, 2, 3}, vals[] = {10, 20, 30};
    HS_CHECK(iter_ints_are(k, keys, 3));
    HS_CHECK(iter_ints_are(v, vals, 3));
    HS_CHECK(iter_ints_are(d, keys, 3));
    /* views are live */
    HsObject *four = I(4);
    HsDict_SetItem(d, four, four);
    HS_CHECK_EQ(HsObject_Size(k), 4);
    HS_CHECK(repr_is(k, "dict_keys([1, 2, 3, 4])"));
    HS_CHECK(HsObject_Hash(k) == -1);
    HS_CHECK(exc_is(HsExc_TypeError, "unhashable type: 'dict_keys'"));
    Hs_DECREF(four);
    Hs_DECREF(k);
    Hs_DECREF(v);
    Hs_DECREF(it);
    Hs_DECREF(d);
}

static void test_view_membership(void) {
    test_init();
    HsObject *d = tens(3), *one = I(1), *ten = I(10), *eleven = I(11), *five = I(5);
    HsObject *k = callm(d, "keys", 0), *v = callm(d, "values", 0), *it = callm(d, "items", 0);
    HS_CHECK_EQ(HsSequence_Contains(k, one), 1);
    HS_CHECK_EQ(HsSequence_Contains(k, ten), 0);
    HS_CHECK_EQ(HsSequence_Contains(v, ten), 1);
    HS_CHECK_EQ(HsSequence_Contains(v, one), 0);
    HsObject *p = HsTuple_Pack(2, one, ten), *q = HsTuple_Pack(2, one, eleven);
    HS_CHECK_EQ(HsSequence_Contains(it, p), 1);
    HS_CHECK_EQ(HsSequence_Contains(it, q), 0);
    HS_CHECK_EQ(HsSequence_Contains(it, five), 0);
    Hs_DECREF(p);
    Hs_DECREF(q);
    Hs_DECREF(k);
    Hs_DECREF(v);
    Hs_DECREF(it);
    Hs_DECREF(one);
    Hs_DECREF(ten);
    Hs_DECREF(eleven);
    Hs_DECREF(five);
    Hs_DECREF(d);
}

static void test_reversed(void) {
    test_init();
    HsObject *d = tens(3);
    HsObject *r = callm(d, "__reversed__", 0);
    HS_CHECK(r != NULL && strcmp(Hs_TYPE(r)->tp_name, "dict_reversekeyiterator") == 0);
    HS_CHECK_EQ(Hs_TYPE(r)->tp_basicsize + GC_HEAD, 72);
    static const long long rk[] = {3, 2, 1}, rv[] = {30, 20, 10};
    HS_CHECK(iter_ints_are(r, rk, 3));
    Hs_DECREF(r);
    HsObject *v = callm(d, "values", 0), *it = callm(d, "items", 0);
    r = callm(v, "__reversed__", 0);
    HS_CHECK(strcmp(Hs_TYPE(r)->tp_name, "dict_reversevalueiterator") == 0);
    HS_CHECK(iter_ints_are(r, rv, 3));
    Hs_DECREF(r);
    r = callm(it, "__reversed__", 0);
    HS_CHECK(strcmp(Hs_TYPE(r)->tp_name, "dict_reverseitemiterator") == 0);
    HsObject *first = HsIter_Next(r);
    HS_CHECK(repr_is(first, "(3, 30)"));
    Hs_DECREF(first);
    Hs_DECREF(r);
    /* deleted entries are skipped both ways */
    HsObject *two = I(2);
    HsDict_DelItem(d, two);
    r = callm(d, "__reversed__", 0);
    static const long long rk2[] = {3, 1};
    HS_CHECK(iter_ints_are(r, rk2, 2));
    Hs_DECREF(r);
    HsObject *e = HsDict_New();
    r = callm(e, "__reversed__", 0);
    HS_CHECK(iter_ints_are(r, rk, 0));
    Hs_DECREF(r);
    Hs_DECREF(e);
    Hs_DECREF(two);
    Hs_DECREF(v);
    Hs_DECREF(it);
    Hs_DECREF(d);
}

static void test_iterator_types_and_sizes(void) {
    test_init();
    HsObject *d = tens(2);
    HsObject *k = HsObject_GetIter(d);
    HS_CHECK(strcmp(Hs_TYPE(k)->tp_name, "dict_keyiterator") == 0);
    HS_CHECK_EQ(Hs_TYPE(k)->tp_basicsize + GC_HEAD, 72);
    HsObject *h = callm(k, "__length_hint__", 0);
    HS_CHECK(h != NULL && hs_int_compact_value(h) == 2);
    Hs_DECREF(h);
    HsObject *v = callm(d, "values", 0), *vi = HsObject_GetIter(v);
    HS_CHECK(strcmp(Hs_TYPE(vi)->tp_name, "dict_valueiterator") == 0);
    HsObject *it = callm(d, "items", 0), *ii = HsObject_GetIter(it);
    HS_CHECK(strcmp(Hs_TYPE(ii)->tp_name, "dict_itemiterator") == 0);
    /* the item iterator reuses its tuple when the caller dropped it */
    HsObject *t1 = HsIter_Next(ii);
    HsObject *addr = t1;
    HS_CHECK(repr_is(t1, "(1, 10)"));
    Hs_DECREF(t1);
    HsObject *t2 = HsIter_Next(ii);
    HS_CHECK(t2 == addr && repr_is(t2, "(2, 20)"));
    Hs_DECREF(t2);
    Hs_DECREF(ii);
    Hs_DECREF(it);
    Hs_DECREF(vi);
    Hs_DECREF(v);
    Hs_DECREF(k);
    Hs_DECREF(d);
}

static void test_iteration_mutation_errors(void) {
    test_init();
    HsObject *d = tens(3), *five = I(5), *one = I(1), *seven = I(7);
    HsObject *it = HsObject_GetIter(d), *x = HsIter_Next(it);
    Hs_DECREF(x);
    HsDict_SetItem(d, five, five);
    HS_CHECK(HsIter_Next(it) == NULL);
    HS_CHECK(exc_is(HsExc_RuntimeError, "dictionary changed size during iteration"));
    HS_CHECK(HsIter_Next(it) == NULL); /* sticky */
    HS_CHECK(exc_is(HsExc_RuntimeError, "dictionary changed size during iteration"));
    Hs_DECREF(it);
    Hs_DECREF(d);
    /* same size, keys replaced: {0:0, 1:1, 2:2}, next, del d[0], d[7] = 7 */
    d = HsDict_New();
    for (int i = 0; i < 3; i++) {
        HsObject *k = I(i);
        HsDict_SetItem(d, k, k);
        Hs_DECREF(k);
    }
    it = HsObject_GetIter(d);
    x = HsIter_Next(it);
    Hs_DECREF(x);
    HsObject *zero = I(0);
    HsDict_DelItem(d, zero);
    HsDict_SetItem(d, seven, seven);
    int got = 0;
    while ((x = HsIter_Next(it)) != NULL) {
        got++;
        Hs_DECREF(x);
    }
    HS_CHECK_EQ(got, 2);
    HS_CHECK(exc_is(HsExc_RuntimeError, "dictionary keys changed during iteration"));
    Hs_DECREF(it);
    /* reversed iterators check the size too */
    it = callm(d, "__reversed__", 0);
    HsDict_DelItem(d, seven);
    HS_CHECK(HsIter_Next(it) == NULL);
    HS_CHECK(exc_is(HsExc_RuntimeError, "dictionary changed size during iteration"));
    Hs_DECREF(it);
    Hs_DECREF(zero);
    Hs_DECREF(d);
    Hs_DECREF(five);
    Hs_DECREF(one);
    Hs_DECREF(seven);
}

static void test_keys_view_set_operations(void) {
    test_init();
    HsObject *d = tens(3), *k = callm(d, "keys", 0);
    HsNumberMethods *nb = Hs_TYPE(k)->tp_as_number;
    long long v239[] = {2, 3, 9}, v9[] = {9}, v1[] = {1}, v19[] = {1, 9}, v29[] = {2, 9};
    HsObject *s239 = int_set(0, v239, 3), *s9 = int_set(0, v9, 1), *s1 = int_set(0, v1, 1);
    HsObject *s19 = int_set(0, v19, 2), *s29 = int_set(0, v29, 2);
    HsObject *r = nb->nb_and(k, s239);
    HS_CHECK(r != NULL && Hs_TYPE(r) == &HsSet_Type && repr_is(r, "{2, 3}"));
    Hs_DECREF(r);
    r = nb->nb_or(k, s9);
    HS_CHECK(repr_is(r, "{1, 2, 3, 9}"));
    Hs_DECREF(r);
    r = nb->nb_subtract(k, s1);
    HS_CHECK(repr_is(r, "{2, 3}"));
    Hs_DECREF(r);
    r = nb->nb_xor(k, s19);
    HS_CHECK(repr_is(r, "{9, 2, 3}"));
    Hs_DECREF(r);
    r = nb->nb_and(s29, k); /* {2, 9} & d.keys(): the view on the right */
    HS_CHECK(repr_is(r, "{2}"));
    Hs_DECREF(r);
    r = nb->nb_and(k, k);
    HS_CHECK(repr_is(r, "{1, 2, 3}"));
    Hs_DECREF(r);
    HsObject *one = I(1);
    HS_CHECK(nb->nb_and(k, one) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "'int' object is not iterable"));
    Hs_DECREF(one);
    Hs_DECREF(s239);
    Hs_DECREF(s9);
    Hs_DECREF(s1);
    Hs_DECREF(s19);
    Hs_DECREF(s29);
    Hs_DECREF(k);
    Hs_DECREF(d);
}

static void test_view_comparisons_and_isdisjoint(void) {
    test_init();
    HsObject *d = tens(3), *k = callm(d, "keys", 0), *it = callm(d, "items", 0);
    long long v123[] = {1, 2, 3}, v12[] = {1, 2}, v1234[] = {1, 2, 3, 4}, v4[] = {4};
    HsObject *s123 = int_set(0, v123, 3), *s12 = int_set(0, v12, 2);
    HsObject *s1234 = int_set(0, v1234, 4), *s4 = int_set(0, v4, 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(k, s123, HS_EQ), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(s123, k, HS_EQ), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(k, s12, HS_EQ), 0);
    HS_CHECK_EQ(HsObject_RichCompareBool(k, s12, HS_NE), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(k, s1234, HS_LT), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(k, s12, HS_GT), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(k, s12, HS_LE), 0);
    HsObject *k2 = callm(d, "keys", 0);
    HS_CHECK_EQ(HsObject_RichCompareBool(k, k2, HS_EQ), 1);
    HsObject *res = Hs_TYPE(k)->tp_richcompare(k, d, HS_EQ);
    HS_CHECK(res == Hs_NotImplemented);
    Hs_DECREF(res);
    HsObject *i4 = HsObject_GetIter(s4);
    HS_CHECK(is_true(callm(k, "isdisjoint", 1, i4)));
    Hs_DECREF(i4);
    HS_CHECK(is_false(callm(k, "isdisjoint", 1, s12)));
    HS_CHECK(is_false(callm(k, "isdisjoint", 1, k)));
    HsObject *one = I(1), *ten = I(10);
    HsObject *p = HsTuple_Pack(2, one, ten), *ps = seq_of(1, p);
    HS_CHECK(is_false(callm(it, "isdisjoint", 1, ps)));
    HS_CHECK(is_true(callm(it, "isdisjoint", 1, s4)));
    HS_CHECK(callm(k, "isdisjoint", 1, one) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "'int' object is not iterable"));
    Hs_DECREF(p);
    Hs_DECREF(ps);
    Hs_DECREF(one);
    Hs_DECREF(ten);
    Hs_DECREF(k2);
    Hs_DECREF(s123);
    Hs_DECREF(s12);
    Hs_DECREF(s1234);
    Hs_DECREF(s4);
    Hs_DECREF(k);
    Hs_DECREF(it);
    Hs_DECREF(d);
}

static void test_method_calling_conventions(void) {
    test_init();
    HsObject *d = HsDict_New(), *one = I(1);
    HS_CHECK(callm(d, "keys", 1, one) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "dict.keys() takes no arguments (1 given)"));
    HS_CHECK(callm(d, "__contains__", 0) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "dict.__contains__() takes exactly one argument (0 given)"));
    HsObject *pos[1] = {one};
    HS_CHECK(callm_kw(d, "get", 1, pos, "default", one) == NULL);
    HS_CHECK(exc_is(HsExc_TypeError, "dict.get() takes no keyword arguments"));
    Hs_DECREF(one);
    Hs_DECREF(d);
}

static void test_cycles_and_views_collected(void) {
    test_init();
    hs_gc_collect(2);
    Hs_ssize_t live = hs_testnode_counters.live;
    HsObject *d = HsDict_New(), *node = hs_testnode_new(&HsTestNode_Type, 1), *one = I(1);
    HsDict_SetItem(d, one, node);
    HsObject *view = callm(d, "values", 0);
    hs_testnode_set(node, 0, view); /* d -> node -> view -> d */
    Hs_DECREF(view);
    Hs_DECREF(node);
    Hs_DECREF(d);
    Hs_DECREF(one);
    HS_CHECK_EQ(hs_testnode_counters.live, live + 1);
    HS_CHECK_EQ(hs_gc_collect(2), 3);
    HS_CHECK_EQ(hs_testnode_counters.live, live);
    /* an iterator holding a dict that holds it */
    d = HsDict_New();
    HsObject *it = HsObject_GetIter(d);
    one = I(1);
    HsDict_SetItem(d, one, it);
    Hs_DECREF(it);
    Hs_DECREF(d);
    Hs_DECREF(one);
    HS_CHECK_EQ(hs_gc_collect(2), 2);
}

static void test_view_repr_recursion(void) {
    test_init();
    /* d = {}; d[1] = d.values(); repr(d.values()), repr(d) */
    HsObject *d = HsDict_New(), *one = I(1);
    HsObject *inner = callm(d, "values", 0);
    HsDict_SetItem(d, one, inner);
    HsObject *outer = callm(d, "values", 0);
    HS_CHECK(repr_is(outer, "dict_values([dict_values([...])])"));
    HS_CHECK(repr_is(d, "{1: dict_values([...])}"));
    HsDict_Clear(d);
    Hs_DECREF(outer);
    Hs_DECREF(inner);
    Hs_DECREF(one);
    Hs_DECREF(d);
}

static void test_nested_dict_repr_depth(void) {
    test_init();
    HsObject *d = HsDict_New(), *one = I(1);
    for (int i = 0; i < 2000; i++) {
        HsObject *outer = HsDict_New();
        HsDict_SetItem(outer, one, d);
        Hs_DECREF(d);
        d = outer;
    }
    HS_CHECK(HsObject_Repr(d) == NULL);
    HS_CHECK(exc_is(HsExc_RecursionError,
                    "maximum recursion depth exceeded while getting the repr of an object"));
    Hs_DECREF(d);
    /* one level per dict, as in CPython (997 nested dicts fail from a script): 900 print */
    d = HsDict_New();
    for (int i = 0; i < 900; i++) {
        HsObject *outer = HsDict_New();
        HsDict_SetItem(outer, one, d);
        Hs_DECREF(d);
        d = outer;
    }
    HsObject *r = HsObject_Repr(d);
    HS_CHECK(r != NULL);
    Hs_XDECREF(r);
    Hs_DECREF(d);
    Hs_DECREF(one);
}

static void test_equality_compares_values(void) {
    test_init();
    /* {1: {1, 2}} == {1: {2, 1}}; {1: {1}} == {1: frozenset({1})}; {1: {1}} != {1: {2}} */
    static const long long a12[] = {1, 2}, a21[] = {2, 1}, a1[] = {1}, a2[] = {2};
    HsObject *one = I(1);
    HsObject *s12 = int_set(0, a12, 2), *s21 = int_set(0, a21, 2), *s1 = int_set(0, a1, 1);
    HsObject *f1 = int_set(1, a1, 1), *s2 = int_set(0, a2, 1);
    HsObject *d1 = HsDict_New(), *d2 = HsDict_New(), *d3 = HsDict_New(), *d4 = HsDict_New();
    HsObject *d5 = HsDict_New();
    HsDict_SetItem(d1, one, s12);
    HsDict_SetItem(d2, one, s21);
    HsDict_SetItem(d3, one, s1);
    HsDict_SetItem(d4, one, f1);
    HsDict_SetItem(d5, one, s2);
    HS_CHECK_EQ(HsObject_RichCompareBool(d1, d2, HS_EQ), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(d3, d4, HS_EQ), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(d3, d5, HS_EQ), 0);
    HsObject *all[] = {d1, d2, d3, d4, d5, s12, s21, s1, f1, s2, one};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        Hs_DECREF(all[i]);
    }
}

static void test_iteration_skips_deleted(void) {
    test_init();
    HsObject *d = HsDict_New();
    for (int i = 0; i < 100; i++) {
        HsObject *k = I(i);
        HsDict_SetItem(d, k, k);
        Hs_DECREF(k);
    }
    for (int i = 0; i < 100; i += 2) {
        HsObject *k = I(i);
        HsDict_DelItem(d, k);
        Hs_DECREF(k);
    }
    HsObject *r = callm(d, "__reversed__", 0);
    static const long long want[] = {99, 97, 95, 93, 91};
    for (int i = 0; i < 5; i++) {
        HsObject *x = HsIter_Next(r);
        HS_CHECK(x != NULL && hs_int_compact_value(x) == want[i]);
        Hs_DECREF(x);
    }
    Hs_DECREF(r);
    HsObject *it = HsObject_GetIter(d), *x;
    int n = 0;
    while ((x = HsIter_Next(it)) != NULL) {
        HS_CHECK_EQ(hs_int_compact_value(x), 2 * n + 1);
        n++;
        Hs_DECREF(x);
    }
    HS_CHECK_EQ(n, 50);
    Hs_DECREF(it);
    Hs_DECREF(d);
}

static void test_items_xor(void) {
    test_init();
    /* {1: 1, 2: 2, 4: 4}.items() ^ {2: 2, 3: 3, 4: 5}.items() == {(1, 1), (3, 3), (4, 5),
     * (4, 4)}: equal pairs cancel through value comparison */
    HsObject *d1 = HsDict_New(), *d2 = HsDict_New();
    long long a[][2] = {{1, 1}, {2, 2}, {4, 4}}, b[][2] = {{2, 2}, {3, 3}, {4, 5}};
    for (int i = 0; i < 3; i++) {
        HsObject *k = I(a[i][0]), *v = I(a[i][1]), *k2 = I(b[i][0]), *v2 = I(b[i][1]);
        HsDict_SetItem(d1, k, v);
        HsDict_SetItem(d2, k2, v2);
        Hs_DECREF(k);
        Hs_DECREF(v);
        Hs_DECREF(k2);
        Hs_DECREF(v2);
    }
    HsObject *i1 = callm(d1, "items", 0), *i2 = callm(d2, "items", 0);
    HsObject *x = Hs_TYPE(i1)->tp_as_number->nb_xor(i1, i2);
    HS_CHECK(x != NULL && Hs_TYPE(x) == &HsSet_Type);
    HS_CHECK_EQ(HsSet_Size(x), 4);
    long long sum = 0;
    Hs_ssize_t pos = 0, hash;
    HsObject *pair;
    while (hs_set_next_entry(x, &pos, &pair, &hash)) {
        sum += 10 * hs_int_compact_value(HS_TUPLE_GET(pair, 0)) +
               hs_int_compact_value(HS_TUPLE_GET(pair, 1));
    }
    HS_CHECK_EQ(sum, 11 + 33 + 45 + 44);
    Hs_DECREF(x);
    Hs_DECREF(i1);
    Hs_DECREF(i2);
    Hs_DECREF(d1);
    Hs_DECREF(d2);
}

static void test_fromkeys_sizes_match_cpython(void) {
    test_init();
    HsObject *cls = (HsObject *)&HsDict_Type;
    char buf[16];
    for (int n = 0; n < 200; n++) {
        HsObject *di = HsDict_New(), *ds = HsDict_New(), *one = I(1);
        for (int i = 0; i < n; i++) {
            HsObject *k = I(i);
            snprintf(buf, sizeof buf, "%d", i);
            HsObject *sk = S(buf);
            HsDict_SetItem(di, k, one);
            HsDict_SetItem(ds, sk, one);
            Hs_DECREF(k);
            Hs_DECREF(sk);
        }
        HsObject *set = HsSet_New(di), *it = HsObject_GetIter(di), *its = HsObject_GetIter(ds);
        HsObject *src[5] = {di, set, it, ds, its};
        for (int j = 0; j < 5; j++) {
            HsObject *d = callm(cls, "fromkeys", 1, src[j]);
            HS_CHECK(d != NULL && HsDict_Size(d) == n);
            if (hs_dict_sizeof(d) + GC_HEAD != fromkeys_sizes[n][j]) {
                printf("    n=%d source %d\n", n, j);
            }
            HS_CHECK_EQ(hs_dict_sizeof(d) + GC_HEAD, fromkeys_sizes[n][j]);
            Hs_DECREF(d);
        }
        Hs_DECREF(its);
        Hs_DECREF(it);
        Hs_DECREF(set);
        Hs_DECREF(one);
        Hs_DECREF(di);
        Hs_DECREF(ds);
    }
}

/* A C-level dict subclass with __missing__(key) returning key * 2 (an int). */
static HsObject *sub_missing(HsObject *self, HsObject *key) {
    (void)self;
    return I(hs_int_compact_value(key) * 2);
}

static HsMethodDef sub_methods[] = {
    {"__missing__", HS_CFUNC(sub_missing), HS_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static HsTypeObject SubDict_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "SubDict",
    .tp_basicsize = sizeof(HsDictObject),
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE | HS_TPFLAGS_DICT_SUBCLASS,
    .tp_methods = sub_methods,
    .tp_base = &HsDict_Type,
};

static HsTypeObject PlainSubDict_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "PlainSubDict",
    .tp_basicsize = sizeof(HsDictObject),
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE | HS_TPFLAGS_DICT_SUBCLASS,
    .tp_base = &HsDict_Type,
};

static void test_subclass_missing(void) {
    test_init();
    HS_CHECK(HsType_Ready(&SubDict_Type) == 0 && HsType_Ready(&PlainSubDict_Type) == 0);
    HsObject *empty = HsTuple_New(0);
    HsObject *d = call_type(&SubDict_Type, empty, NULL);
    HsObject *p = call_type(&PlainSubDict_Type, empty, NULL);
    HS_CHECK(d != NULL && p != NULL && Hs_TYPE(d) == &SubDict_Type);
    HS_CHECK(hs_gc_is_tracked(d)); /* subclass instances are tracked from the start */
    HsObject *one = I(1), *twenty = I(21);
    HsDict_SetItem(d, one, one);
    HsObject *v = HsObject_GetItem(d, twenty); /* missing: __missing__(21) */
    HS_CHECK(v != NULL && hs_int_compact_value(v) == 42);
    HS_CHECK_EQ(HsDict_Size(d), 1); /* __missing__ does not insert */
    Hs_XDECREF(v);
    v = HsObject_GetItem(d, one);
    HS_CHECK(v == one);
    Hs_XDECREF(v);
    HS_CHECK(is_none(callm(d, "get", 1, twenty))); /* get() does not call __missing__ */
    HS_CHECK(HsObject_GetItem(p, twenty) == NULL);
    HS_CHECK(exc_is(HsExc_KeyError, "21"));
    HS_CHECK(repr_is(d, "{1: 1}"));
    Hs_DECREF(one);
    Hs_DECREF(twenty);
    Hs_DECREF(p);
    Hs_DECREF(d);
    Hs_DECREF(empty);
}

static void test_refcounts_balance(void) {
    test_init();
#if HS_DEBUG_REFS
    Hs_ssize_t before = hs_ref_total;
    for (int round = 0; round < 4; round++) {
        if (round == 1) {
            before = hs_ref_total; /* round 0 warms the method-lookup cache */
        }
        HsObject *d = tens(20), *k = callm(d, "keys", 0), *it = callm(d, "items", 0);
        HsObject *r = HsObject_Repr(it);
        Hs_XDECREF(r);
        HsObject *iter = HsObject_GetIter(it), *x;
        while ((x = HsIter_Next(iter)) != NULL) {
            Hs_DECREF(x);
        }
        Hs_DECREF(iter);
        HsObject *s = HsSet_New(k);
        HsObject *andv = Hs_TYPE(k)->tp_as_number->nb_and(k, s);
        HsObject *c = HsDict_Copy(d), *p = callm(c, "popitem", 0);
        HsObject *u = Hs_TYPE(d)->tp_as_number->nb_or(d, c);
        HsObject *cls = (HsObject *)&HsDict_Type, *fk = callm(cls, "fromkeys", 1, s);
        Hs_DECREF(fk);
        Hs_DECREF(u);
        Hs_DECREF(p);
        Hs_DECREF(c);
        Hs_DECREF(andv);
        Hs_DECREF(s);
        Hs_DECREF(k);
        Hs_DECREF(it);
        Hs_DECREF(d);
    }
    HS_CHECK_EQ(hs_ref_total, before);
#endif
}

HS_TEST_MAIN(test_subscript_and_key_error, test_contains, test_repr, test_equality,
             test_get_setdefault_pop, test_popitem_lifo_and_reuse, test_clear_copy_sizeof,
             test_update_forms, test_update_from_keys_view_mapping, test_fromkeys,
             test_or_operators, test_constructor, test_view_basics, test_view_membership,
             test_reversed, test_iterator_types_and_sizes, test_iteration_mutation_errors,
             test_keys_view_set_operations, test_view_comparisons_and_isdisjoint,
             test_method_calling_conventions, test_cycles_and_views_collected,
             test_view_repr_recursion, test_nested_dict_repr_depth, test_equality_compares_values,
             test_iteration_skips_deleted, test_items_xor, test_fromkeys_sizes_match_cpython,
             test_subclass_missing, test_refcounts_balance)
