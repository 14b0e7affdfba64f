/* The iterator types under the cycle collector: each keeps what it iterates over alive and
 * reports it to the collector (tp_traverse), so a list that contains an iterator over itself
 * is garbage the collector finds once nothing else refers to it. The counts are CPython
 * 3.11's gc.collect() for the same cycles (python3: l = []; l.append(enumerate(l)); del l):
 * they include the iterators' helper objects (enumerate's and zip's cached result tuples,
 * zip's tuple of iterators, the list iterator). */
#include "test_builtins_support.h"
#include "internal/hs_gc.h"

/* Build lst = []; it = make(lst); lst.append(it); drop both; collect. Returns the count. */
static Hs_ssize_t cycle_count(HsObject *(*make)(HsObject *lst)) {
    hs_gc_collect(2);
    HsObject *lst = L(0);
    HsObject *it = make(lst);
    if (it == NULL) {
        HsErr_Clear();
        Hs_DECREF(lst);
        return -1;
    }
    HsList_Append(lst, it);
    Hs_DECREF(it);
    Hs_DECREF(lst);
    return hs_gc_collect(2);
}

static HsObject *make_enumerate(HsObject *lst) {
    return B("enumerate", 1, Hs_NewRef(lst));
}
static HsObject *make_zip(HsObject *lst) {
    return B("zip", 2, Hs_NewRef(lst), S("ab"));
}
static HsObject *make_map(HsObject *lst) {
    return B("map", 2, HsObject_GetAttrString(tb_builtins, "abs"), Hs_NewRef(lst));
}
static HsObject *make_filter(HsObject *lst) {
    return B("filter", 2, Hs_NewRef(Hs_None), Hs_NewRef(lst));
}
static HsObject *make_reversed(HsObject *lst) {
    /* zip(reversed('abc'), lst): the reversed object (sequence protocol) sits in the cycle */
    HsObject *r = B("reversed", 1, S("abc"));
    HsObject *z = r != NULL ? B("zip", 2, r, Hs_NewRef(lst)) : NULL;
    return z;
}
static HsObject *make_calliter(HsObject *lst) {
    return B("iter", 2, HsObject_GetAttrString(lst, "pop"), I(0));
}

static void test_gc_enumerate_cycle(void) {
    tb_init();
    HS_CHECK_EQ(cycle_count(make_enumerate), 4); /* list, enumerate, result tuple, listiter */
}

static void test_gc_zip_cycle(void) {
    tb_init();
    HS_CHECK_EQ(cycle_count(make_zip), 6); /* list, zip, 2 tuples, 2 iterators */
}

static void test_gc_map_cycle(void) {
    tb_init();
    HS_CHECK_EQ(cycle_count(make_map), 4); /* list, map, its tuple, the list iterator */
}

static void test_gc_filter_cycle(void) {
    tb_init();
    HS_CHECK_EQ(cycle_count(make_filter), 3); /* list, filter, the list iterator */
}

static void test_gc_reversed_cycle(void) {
    tb_init();
    HS_CHECK_EQ(cycle_count(make_reversed), 6); /* list, zip, 2 tuples, reversed, listiter */
}

static void test_gc_calliter_cycle(void) {
    tb_init();
    HS_CHECK_EQ(cycle_count(make_calliter), 3); /* list, bound method, callable_iterator */
}

HS_TEST_MAIN(test_gc_enumerate_cycle, test_gc_zip_cycle, test_gc_map_cycle, test_gc_filter_cycle,
             test_gc_reversed_cycle, test_gc_calliter_cycle)
