/* Exception groups at the C level (src/obj/exceptiongroup.c): ExceptionGroup's two bases,
 * MRO and layout (python3: ExceptionGroup.__basicsize__ 96, __weakrefoffset__ 88,
 * BaseExceptionGroup.__basicsize__ 88), the BaseExceptionGroup -> ExceptionGroup
 * promotion, the except* helpers (matching one clause, computing what is re-raised), and,
 * under BUILD=debug, that running them all leaves the total reference count unchanged. */
#include "hs_test.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_vm.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

static Hs_ssize_t refs(void) {
#if HS_DEBUG_REFS
    return hs_ref_total;
#else
    return 0;
#endif
}

static void init(void) {
    static int done;
    if (!done && hs_vm_init() < 0) {
        printf("runtime start failed\n");
        exit(1);
    }
    done = 1;
}

/* An instance of 'type' with one int argument. Return: new reference. */
static HsObject *exc(HsObject *type, long v) {
    HsObject *n = HsLong_FromLong(v), *args = HsTuple_Pack(1, n);
    HsObject *e = hs_exc_create(type, args);
    Hs_DECREF(n);
    Hs_DECREF(args);
    return e;
}

/* hs_exc_group_create over a tuple of the given members; steals them. */
static HsObject *group(const char *msg, int n, HsObject *a, HsObject *b, HsObject *c) {
    HsObject *items[3] = {a, b, c};
    HsObject *t = HsTuple_FromArray(items, n);
    for (int i = 0; i < n; i++) {
        Hs_DECREF(items[i]);
    }
    HsObject *g = hs_exc_group_create(msg, t);
    Hs_DECREF(t);
    return g;
}

static int str_is(HsObject *o, const char *want) {
    HsObject *s = HsObject_Str(o);
    int ok = s != NULL && strcmp(HsUnicode_AsUTF8(s), want) == 0;
    Hs_XDECREF(s);
    return ok;
}

static HsObject *member(HsObject *eg, Hs_ssize_t i) {
    return HS_TUPLE_GET(((HsBaseExceptionGroupObject *)eg)->excs, i);
}

static Hs_ssize_t nmembers(HsObject *eg) {
    return Hs_SIZE(((HsBaseExceptionGroupObject *)eg)->excs);
}

static void test_layout(void) {
    init();
    HsTypeObject *eg = (HsTypeObject *)HsExc_ExceptionGroup;
    HsTypeObject *beg = (HsTypeObject *)HsExc_BaseExceptionGroup;
    HS_CHECK_EQ(eg->tp_basicsize, 96);
    HS_CHECK_EQ(eg->tp_weaklistoffset, 88);
    HS_CHECK_EQ(beg->tp_basicsize, 88);
    HS_CHECK_EQ(Hs_SIZE(eg->tp_bases), 2);
    HS_CHECK(HS_TUPLE_GET(eg->tp_bases, 0) == HsExc_BaseExceptionGroup);
    HS_CHECK(HS_TUPLE_GET(eg->tp_bases, 1) == HsExc_Exception);
    HsObject *want[] = {HsExc_ExceptionGroup, HsExc_BaseExceptionGroup, HsExc_Exception,
                        HsExc_BaseException, (HsObject *)&HsBaseObject_Type};
    HS_CHECK_EQ(Hs_SIZE(eg->tp_mro), 5);
    for (int i = 0; i < 5 && i < Hs_SIZE(eg->tp_mro); i++) {
        HS_CHECK(HS_TUPLE_GET(eg->tp_mro, i) == want[i]);
    }
    HS_CHECK(HsType_IsSubtype(eg, (HsTypeObject *)HsExc_Exception));
    HS_CHECK(!HsType_IsSubtype(beg, (HsTypeObject *)HsExc_Exception));
}

static void test_create_and_promote(void) {
    init();
    HsObject *g = group("m", 1, exc(HsExc_ValueError, 1), NULL, NULL);
    HS_CHECK(g != NULL && Hs_TYPE(g) == (HsTypeObject *)HsExc_ExceptionGroup);
    HS_CHECK(str_is(g, "m (1 sub-exception)"));
    HsObject *b = group("b", 2, exc(HsExc_ValueError, 1), exc(HsExc_KeyboardInterrupt, 2), NULL);
    HS_CHECK(b != NULL && Hs_TYPE(b) == (HsTypeObject *)HsExc_BaseExceptionGroup);
    HS_CHECK(str_is(b, "b (2 sub-exceptions)"));
    HsObject *empty = HsTuple_New(0);
    HS_CHECK(hs_exc_group_create("e", empty) == NULL);
    HS_CHECK(HsErr_ExceptionMatches(HsExc_ValueError));
    HsErr_Clear();
    Hs_DECREF(empty);
    Hs_XDECREF(g);
    Hs_XDECREF(b);
}

static void test_match(void) {
    init();
    HsObject *v = exc(HsExc_ValueError, 1), *match, *rest;
    HS_CHECK_EQ(hs_exc_group_match(v, HsExc_ValueError, &match, &rest), 0);
    HS_CHECK(Hs_TYPE(match) == (HsTypeObject *)HsExc_ExceptionGroup && rest == Hs_None);
    HS_CHECK(nmembers(match) == 1 && member(match, 0) == v && str_is(match, " (1 sub-exception)"));
    HS_CHECK(((HsBaseExceptionObject *)match)->traceback == NULL);
    Hs_DECREF(match);
    Hs_DECREF(rest);
    HS_CHECK_EQ(hs_exc_group_match(v, HsExc_TypeError, &match, &rest), 0);
    HS_CHECK(match == Hs_None && rest == Hs_None);
    Hs_DECREF(match);
    Hs_DECREF(rest);
    HsObject *g = group("g", 3, v, exc(HsExc_TypeError, 2), exc(HsExc_ValueError, 3));
    HS_CHECK_EQ(hs_exc_group_match(g, HsExc_ValueError, &match, &rest), 0);
    HS_CHECK(nmembers(match) == 2 && member(match, 0) == v &&
             str_is(match, "g (2 sub-exceptions)"));
    HS_CHECK(nmembers(rest) == 1 && member(rest, 0) == member(g, 1));
    Hs_DECREF(match);
    Hs_DECREF(rest);
    HS_CHECK_EQ(hs_exc_check_except_star_type(HsExc_ExceptionGroup), -1);
    HS_CHECK(HsErr_ExceptionMatches(HsExc_TypeError));
    HsErr_Clear();
    HS_CHECK_EQ(hs_exc_check_except_star_type(HsExc_ValueError), 0);
    Hs_DECREF(g);
}

/* A re-raised part keeps orig's nesting; a new exception becomes its sibling in ''. */
static void test_prep_reraise(void) {
    init();
    HsObject *inner = group("inner", 2, exc(HsExc_ValueError, 2), exc(HsExc_KeyError, 3), NULL);
    HsObject *orig = group("orig", 2, exc(HsExc_ValueError, 1), inner, NULL);
    HsObject *match, *rest, *excs = HsList_New(0);
    HS_CHECK_EQ(hs_exc_group_match(orig, HsExc_ValueError, &match, &rest), 0);
    HsObject *none = hs_exc_prep_reraise_star(orig, excs);
    HS_CHECK(none == Hs_None);
    Hs_XDECREF(none);
    HsObject *fresh = exc(HsExc_RuntimeError, 9);
    // raised in a handler: its context is the caught group, so its metadata differs
    ((HsBaseExceptionObject *)fresh)->context = Hs_NewRef(orig);
    HsList_Append(excs, match); // re-raised unchanged: same metadata as orig
    HsList_Append(excs, Hs_None);
    HsList_Append(excs, fresh);
    HsObject *r = hs_exc_prep_reraise_star(orig, excs);
    HS_CHECK(r != NULL && Hs_TYPE(r) == (HsTypeObject *)HsExc_ExceptionGroup);
    HS_CHECK(r != NULL && str_is(r, " (2 sub-exceptions)") && member(r, 0) == fresh);
    HsObject *proj = r != NULL ? member(r, 1) : NULL;
    HS_CHECK(proj != NULL && str_is(proj, "orig (2 sub-exceptions)"));
    HS_CHECK(proj != NULL && member(proj, 0) == member(orig, 0));
    HS_CHECK(proj != NULL && nmembers(member(proj, 1)) == 1 &&
             member(member(proj, 1), 0) == member(inner, 0));
    Hs_XDECREF(r);
    HsObject *one = HsList_New(0);
    HsList_Append(one, fresh);
    r = hs_exc_prep_reraise_star(orig, one);
    HS_CHECK(r == fresh); // a single new exception is raised as itself
    Hs_XDECREF(r);
    Hs_DECREF(one);
    Hs_DECREF(fresh);
    Hs_DECREF(excs);
    Hs_DECREF(match);
    Hs_DECREF(rest);
    Hs_DECREF(orig);
}

/* Run every test again and check nothing leaked (exact under BUILD=debug). */
static void test_refs_balance(void) {
    init();
    test_match(); // warm up caches (interned names, method lookups)
    test_prep_reraise();
    Hs_ssize_t before = refs();
    test_create_and_promote();
    test_match();
    test_prep_reraise();
    HS_CHECK_EQ(refs(), before);
}

HS_TEST_MAIN(test_layout, test_create_and_promote, test_match, test_prep_reraise, test_refs_balance)
