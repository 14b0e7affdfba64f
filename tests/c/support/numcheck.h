/* Helpers shared by the number-object tests (test_int.c, test_float.c, test_complex.c):
 * checking the raised exception and a repr, building big ints from text, calling methods and
 * constructors through vectorcall, and TWICE, which runs a test body twice and checks that
 * the second run leaves hs_ref_total unchanged (debug builds).
 *
 *     static void test_x_body(void) {
 *         HsObject *z = HsLong_FromLong(0), *q = HsNumber_TrueDivide(z, z);
 *         HS_CHECK(q == NULL && raised(HsExc_ZeroDivisionError, "division by zero"));
 *         HS_CHECK(repr_is(big("12345678901234567890"), "12345678901234567890"));
 *         Hs_DECREF(z);
 *     }
 *     TWICE(test_x)                      // defines test_x(); list it in HS_TEST_MAIN
 *
 * TWICE expands HS_CHECK_EQ and hs_test_failed_now, so a file using it includes "hs_test.h"
 * before this header. Every argument is borrowed unless a comment says otherwise. */
#ifndef HS_TESTS_SUPPORT_NUMCHECK_H
#define HS_TESTS_SUPPORT_NUMCHECK_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"
#include "internal/hs_obj_type.h"

/* hs_ref_total where builds keep it, else 0 (so TWICE's check is trivially true). */
#if HS_DEBUG_REFS
#define REF_TOTAL() hs_ref_total
#else
#define REF_TOTAL() ((Hs_ssize_t)0)
#endif

/* Define test 'name' as: init the object layer, run name##_body; unless it failed, run it
 * again (the first run fills caches: one-character strings, attribute names, free lists) and
 * check that the second run leaves hs_ref_total where it found it. */
#define TWICE(name)                                                                                \
    static void name(void) {                                                                       \
        hs_obj_init();                                                                             \
        name##_body();                                                                             \
        if (hs_test_failed_now) {                                                                  \
            return;                                                                                \
        }                                                                                          \
        Hs_ssize_t before_ = REF_TOTAL();                                                          \
        name##_body();                                                                             \
        HS_CHECK_EQ(REF_TOTAL() - before_, 0);                                                     \
    }

/* 1 if the current exception is exactly of 'type' and str() of it is 'msg', else 0 (printing
 * what was raised, or "no exception"). Clears the exception either way. */
int hs_numcheck_raised(HsObject *type, const char *msg);

/* 1 if repr('o') == 'expect', else 0 (printing the repr). Steals: 'o'. NULL 'o' gives 0 and
 * leaves the exception set. */
int hs_numcheck_repr_is(HsObject *o, const char *expect);

/* int('text') in base 10. Return: new reference. */
HsObject *hs_numcheck_big(const char *text);

/* o.name(*args) with 'nargs' positional arguments. Return: new reference. */
HsObject *hs_numcheck_call(HsObject *o, const char *name, Hs_ssize_t nargs, HsObject **args);

/* tp(*args, **{kw: kwvalue}) with 'nargs' <= 3 and at most one keyword ('kw' NULL: none).
 * Return: new reference. */
HsObject *hs_numcheck_construct(HsTypeObject *tp, Hs_ssize_t nargs, HsObject **args,
                                const char *kw, HsObject *kwvalue);

/* Short names the test files call (kept so their checks read as before). */
static inline int raised(HsObject *type, const char *msg) {
    return hs_numcheck_raised(type, msg);
}
/* Steals: 'o'. */
static inline int repr_is(HsObject *o, const char *expect) {
    return hs_numcheck_repr_is(o, expect);
}
/* Return: new reference. */
static inline HsObject *big(const char *text) {
    return hs_numcheck_big(text);
}
/* Return: new reference. */
static inline HsObject *call(HsObject *o, const char *name, Hs_ssize_t nargs, HsObject **args) {
    return hs_numcheck_call(o, name, nargs, args);
}
/* Return: new reference. */
static inline HsObject *construct(HsTypeObject *tp, Hs_ssize_t nargs, HsObject **args,
                                  const char *kw, HsObject *kwvalue) {
    return hs_numcheck_construct(tp, nargs, args, kw, kwvalue);
}

#endif /* HS_TESTS_SUPPORT_NUMCHECK_H */
