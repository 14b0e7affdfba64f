/* Raising and matching exceptions: the thread state's current exception, CPython 3.11's
 * hierarchy and instance sizes, str() of exceptions, SystemExit's code, the preallocated
 * MemoryError, and reference balance. Sizes are python3's sys.getsizeof(E()) - 16. */
#include "hs_test.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"

#include <string.h>

static int str_is(HsObject *o, const char *expect) {
    HsObject *s = HsObject_Str(o);
    int ok = s != NULL && strcmp(HsUnicode_AsUTF8(s), expect) == 0;
    Hs_XDECREF(s);
    return ok;
}

static void test_set_and_match(void) {
    HS_CHECK(HsErr_Occurred() == NULL);
    HsErr_SetString(HsExc_TypeError, "boom");
    HS_CHECK(HsErr_Occurred() == HsExc_TypeError);
    HS_CHECK(HsErr_ExceptionMatches(HsExc_Exception));
    HS_CHECK(HsErr_ExceptionMatches(HsExc_BaseException));
    HS_CHECK(!HsErr_ExceptionMatches(HsExc_ValueError));
    HsObject *pair = HsTuple_Pack(2, HsExc_ValueError, HsExc_TypeError);
    HS_CHECK(HsErr_ExceptionMatches(pair));
    Hs_DECREF(pair);
    HsObject *exc = HsErr_GetRaisedException();
    HS_CHECK(exc != NULL && HsErr_Occurred() == NULL);
    HS_CHECK(str_is(exc, "boom"));
    HS_CHECK_EQ(Hs_SIZE(((HsBaseExceptionObject *)exc)->args), 1);
    HS_CHECK(HsErr_GivenExceptionMatches(exc, HsExc_TypeError));
    HsErr_SetRaisedException(exc);
    HS_CHECK(HsErr_Occurred() == HsExc_TypeError);
    HsErr_Clear();
    HS_CHECK(HsErr_Occurred() == NULL);
}

static void test_format(void) {
    HsObject *r = HsErr_Format(HsExc_IndexError, "%s index %zd out of range", "list",
                               (Hs_ssize_t)7);
    HS_CHECK(r == NULL);
    HsObject *exc = HsErr_GetRaisedException();
    HS_CHECK(exc != NULL && Hs_TYPE(exc) == (HsTypeObject *)HsExc_IndexError);
    HS_CHECK(str_is(exc, "list index 7 out of range"));
    Hs_DECREF(exc);
}

static void test_hierarchy(void) {
    static const struct {
        HsObject **sub, **base;
        int expect;
    } cases[] = {
        {&HsExc_ZeroDivisionError, &HsExc_ArithmeticError, 1},
        {&HsExc_ModuleNotFoundError, &HsExc_ImportError, 1},
        {&HsExc_KeyError, &HsExc_LookupError, 1},
        {&HsExc_UnboundLocalError, &HsExc_NameError, 1},
        {&HsExc_BrokenPipeError, &HsExc_ConnectionError, 1},
        {&HsExc_FileNotFoundError, &HsExc_OSError, 1},
        {&HsExc_RecursionError, &HsExc_RuntimeError, 1},
        {&HsExc_TabError, &HsExc_SyntaxError, 1},
        {&HsExc_UnicodeDecodeError, &HsExc_ValueError, 1},
        {&HsExc_ExceptionGroup, &HsExc_BaseExceptionGroup, 1},
        {&HsExc_SystemExit, &HsExc_Exception, 0},
        {&HsExc_KeyboardInterrupt, &HsExc_Exception, 0},
        {&HsExc_GeneratorExit, &HsExc_BaseException, 1},
        {&HsExc_StopIteration, &HsExc_Exception, 1},
        {&HsExc_UserWarning, &HsExc_Warning, 1},
        {&HsExc_Warning, &HsExc_Exception, 1},
        {&HsExc_IndexError, &HsExc_KeyError, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HS_CHECK_EQ(HsType_IsSubtype((HsTypeObject *)*cases[i].sub,
                                     (HsTypeObject *)*cases[i].base),
                    cases[i].expect);
    }
}

static void test_instance_sizes_match_cpython(void) {
    static const struct {
        HsObject **type;
        Hs_ssize_t size;
    } cases[] = {
        {&HsExc_BaseException, 72}, {&HsExc_Exception, 72},    {&HsExc_SyntaxError, 136},
        {&HsExc_ImportError, 96},   {&HsExc_OSError, 112},     {&HsExc_SystemExit, 80},
        {&HsExc_StopIteration, 80}, {&HsExc_KeyError, 72},     {&HsExc_UnicodeDecodeError, 112},
        {&HsExc_AttributeError, 88}, {&HsExc_NameError, 80},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HS_CHECK_EQ(((HsTypeObject *)*cases[i].type)->tp_basicsize, cases[i].size);
    }
}

static void test_str_of_exceptions(void) {
    HsObject *a = HsUnicode_FromString("a"), *b = HsUnicode_FromString("b");
    HsObject *none = HsTuple_New(0);
    HsObject *e0 = hs_exc_create(HsExc_ValueError, none);
    HS_CHECK(e0 != NULL && str_is(e0, ""));
    HsObject *one = HsTuple_Pack(1, a);
    HsObject *e1 = hs_exc_create(HsExc_ValueError, one);
    HS_CHECK(e1 != NULL && str_is(e1, "a"));
    HsObject *code = hs_exc_create(HsExc_SystemExit, one);
    HS_CHECK(code != NULL && ((HsSystemExitObject *)code)->code == a);
    HsObject *two = HsTuple_Pack(2, a, b);
    HsObject *exit2 = hs_exc_create(HsExc_SystemExit, two);
    HS_CHECK(exit2 != NULL && ((HsSystemExitObject *)exit2)->code == two);
    HsObject *objs[] = {e0, e1, code, exit2, two, one, none, a, b};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_memory_error_is_preallocated(void) {
    HsErr_NoMemory();
    HsObject *e1 = HsErr_GetRaisedException();
    HsErr_NoMemory();
    HsObject *e2 = HsErr_GetRaisedException();
    HS_CHECK(e1 != NULL && e1 == e2);
    HS_CHECK(Hs_TYPE(e1) == (HsTypeObject *)HsExc_MemoryError);
    Hs_DECREF(e1);
    Hs_DECREF(e2);
}

static void test_refs_balance(void) {
#if HS_DEBUG_REFS
    HsErr_SetString(HsExc_KeyError, "warm-up");
    HsErr_Clear();
    Hs_ssize_t before = hs_ref_total;
    for (int i = 0; i < 100; i++) {
        HsErr_Format(HsExc_ValueError, "value %d", i);
        HsErr_Clear();
    }
    HS_CHECK_EQ(hs_ref_total, before);
#endif
}

HS_TEST_MAIN(test_set_and_match, test_format, test_hierarchy, test_instance_sizes_match_cpython,
             test_str_of_exceptions, test_memory_error_is_preallocated, test_refs_balance)
