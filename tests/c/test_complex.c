/* The complex object (src/obj/complexobject.c): layout and size, repr's rules, arithmetic
 * with ints, floats and bools, Smith's division and its zero-division message, abs with
 * C99 infinities and its overflow, c_powi and _Py_c_pow with their errors, == / != against
 * every numeric type and the TypeError for ordering, hashes agreeing with int and float,
 * complex() with numbers, keywords and strings, and the methods. Each test runs twice and
 * checks hs_ref_total on the second run. Figures read off CPython 3.11.7. */
#include "hs_test.h"
#include "support/numcheck.h"
#include "internal/hs_obj_complex.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <math.h>
#include <stddef.h>

/* ==== helpers ==== */

static HsObject *C(double re, double im) {
    return HsComplex_FromDoubles(re, im);
}

/* ==== tests ==== */

static void test_layout_body(void) {
    HsObject *z = C(1.0, 2.0);
    HsObject *sz = call(z, "__sizeof__", 0, NULL);
    HS_CHECK_EQ(HsLong_AsLong(sz), 32);
    HS_CHECK_EQ(sizeof(HsComplexObject), 32);
    HS_CHECK(!HsObject_IS_GC(z));
    Hs_DECREF(sz);
    Hs_DECREF(z);
}

static void test_repr_rules_body(void) {
    HS_CHECK(repr_is(C(1, 2), "(1+2j)"));
    HS_CHECK(repr_is(C(0.0, 2), "2j"));
    HS_CHECK(repr_is(C(-0.0, 2), "(-0+2j)"));
    HS_CHECK(repr_is(C(-0.0, -0.0), "(-0-0j)"));
    HS_CHECK(repr_is(C(0.0, -0.0), "-0j"));
    HS_CHECK(repr_is(C(NAN, INFINITY), "(nan+infj)"));
    HS_CHECK(repr_is(C(1e16, -1e-7), "(1e+16-1e-07j)"));
    HS_CHECK(repr_is(C(2.5, 0), "(2.5+0j)"));
    HS_CHECK(repr_is(C(0, -INFINITY), "-infj"));
    HsObject *z = C(0.1, 0.2);
    HsObject *str = HsObject_Str(z);
    HS_CHECK(str != NULL && strcmp(HsUnicode_AsUTF8(str), "(0.1+0.2j)") == 0);
    Hs_XDECREF(str);
    Hs_DECREF(z);
}

static void test_arithmetic_mixed_body(void) {
    HsObject *z = C(1, 2), *i = HsLong_FromLong(3), *f = HsFloat_FromDouble(0.5);
    HS_CHECK(repr_is(HsNumber_Add(z, i), "(4+2j)"));
    HS_CHECK(repr_is(HsNumber_Subtract(f, z), "(-0.5-2j)"));
    HS_CHECK(repr_is(HsNumber_Multiply(z, z), "(-3+4j)"));
    HS_CHECK(repr_is(HsNumber_Add(Hs_True, z), "(2+2j)"));
    HS_CHECK(repr_is(HsNumber_Negative(z), "(-1-2j)"));
    HsObject *p = HsNumber_Positive(z);
    HS_CHECK(p == z);
    Hs_DECREF(p);
    HsObject *a = C(2, 3), *b = C(4, -5);
    HS_CHECK(repr_is(HsNumber_TrueDivide(a, b), "(-0.17073170731707318+0.5365853658536587j)"));
    HsObject *zero = HsLong_FromLong(0);
    HS_CHECK(HsNumber_TrueDivide(z, zero) == NULL);
    HS_CHECK(raised(HsExc_ZeroDivisionError, "complex division by zero"));
    HS_CHECK(HsNumber_Remainder(z, i) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "unsupported operand type(s) for %: 'complex' and 'int'"));
    HS_CHECK(HsNumber_FloorDivide(z, i) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "unsupported operand type(s) for //: 'complex' and 'int'"));
    HS_CHECK(HsNumber_Divmod(z, i) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "unsupported operand type(s) for divmod(): 'complex' and "
                                     "'int'"));
    HsObject *ten = HsLong_FromLong(2), *e = HsLong_FromLong(1024);
    HsObject *huge = HsNumber_Power(ten, e, Hs_None);
    HS_CHECK(HsNumber_Multiply(z, huge) == NULL);
    HS_CHECK(raised(HsExc_OverflowError, "int too large to convert to float"));
    Hs_DECREF(z); Hs_DECREF(i); Hs_DECREF(f); Hs_DECREF(a); Hs_DECREF(b); Hs_DECREF(zero);
    Hs_DECREF(ten); Hs_DECREF(e); Hs_DECREF(huge);
}

static void test_abs_body(void) {
    HsObject *z = C(3, 4), *inf = C(INFINITY, NAN), *nan = C(NAN, 1), *big = C(1.7e308, 1.7e308);
    HS_CHECK(repr_is(HsNumber_Absolute(z), "5.0"));
    HS_CHECK(repr_is(HsNumber_Absolute(inf), "inf"));
    HS_CHECK(repr_is(HsNumber_Absolute(nan), "nan"));
    HS_CHECK(HsNumber_Absolute(big) == NULL);
    HS_CHECK(raised(HsExc_OverflowError, "absolute value too large"));
    Hs_DECREF(z); Hs_DECREF(inf); Hs_DECREF(nan); Hs_DECREF(big);
}

static HsObject *zpow(HsObject *a, HsObject *b) {
    return HsNumber_Power(a, b, Hs_None);
}

static void test_power_body(void) {
    HsObject *z = C(1, 1), *two = HsLong_FromLong(2), *m2 = HsLong_FromLong(-2);
    HsObject *half = HsFloat_FromDouble(0.5), *j = C(0, 1), *zero = C(0, 0);
    HsObject *m1 = HsLong_FromLong(-1), *big = C(0, 1e200);
    HS_CHECK(repr_is(zpow(z, two), "2j"));
    HS_CHECK(repr_is(zpow(z, m2), "-0.5j"));
    HS_CHECK(repr_is(zpow(j, half), "(0.7071067811865476+0.7071067811865475j)"));
    HS_CHECK(zpow(zero, m1) == NULL);
    HS_CHECK(raised(HsExc_ZeroDivisionError, "0.0 to a negative or complex power"));
    HS_CHECK(zpow(zero, j) == NULL);
    HS_CHECK(raised(HsExc_ZeroDivisionError, "0.0 to a negative or complex power"));
    HS_CHECK(zpow(big, two) == NULL);
    HS_CHECK(raised(HsExc_OverflowError, "complex exponentiation"));
    HS_CHECK(HsNumber_Power(j, j, j) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "complex modulo"));
    HS_CHECK(repr_is(zpow(zero, zero), "(1+0j)"));
    Hs_DECREF(z); Hs_DECREF(two); Hs_DECREF(m2); Hs_DECREF(half); Hs_DECREF(j);
    Hs_DECREF(zero); Hs_DECREF(m1); Hs_DECREF(big);
}

static void test_compare_body(void) {
    HsObject *z1 = C(1, 0), *one = HsLong_FromLong(1), *onef = HsFloat_FromDouble(1.0);
    HsObject *zi = C(1, 1), *b = big("9007199254740993"), *zb = C(9007199254740992.0, 0);
    HsObject *r = HsObject_RichCompare(z1, one, HS_EQ);
    HS_CHECK(r == Hs_True);
    Hs_DECREF(r);
    r = HsObject_RichCompare(one, z1, HS_EQ); // int defers to complex
    HS_CHECK(r == Hs_True);
    Hs_DECREF(r);
    r = HsObject_RichCompare(onef, z1, HS_NE);
    HS_CHECK(r == Hs_False);
    Hs_DECREF(r);
    r = HsObject_RichCompare(zi, one, HS_EQ);
    HS_CHECK(r == Hs_False);
    Hs_DECREF(r);
    r = HsObject_RichCompare(zb, b, HS_EQ); // exact, through float == int
    HS_CHECK(r == Hs_False);
    Hs_DECREF(r);
    HS_CHECK(HsObject_RichCompare(z1, zi, HS_LT) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "'<' not supported between instances of 'complex' and "
                                     "'complex'"));
    HS_CHECK(HsObject_RichCompare(one, zi, HS_GE) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "'>=' not supported between instances of 'int' and "
                                     "'complex'"));
    Hs_DECREF(z1); Hs_DECREF(one); Hs_DECREF(onef); Hs_DECREF(zi); Hs_DECREF(b); Hs_DECREF(zb);
}

static void test_hash_body(void) {
    HsObject *z = C(1, 0), *one = HsLong_FromLong(1), *onef = HsFloat_FromDouble(1.0);
    HS_CHECK_EQ(HsObject_Hash(z), HsObject_Hash(one));
    HS_CHECK_EQ(HsObject_Hash(z), HsObject_Hash(onef));
    HsObject *w = C(1, 1), *m = C(-1, 0), *n = C(0, -1);
    HS_CHECK_EQ(HsObject_Hash(w), 1000004);
    HS_CHECK_EQ(HsObject_Hash(m), -2);
    HS_CHECK_EQ(HsObject_Hash(n), -2000006); // hash(-1.0) is -2, times 1000003
    Hs_DECREF(z); Hs_DECREF(one); Hs_DECREF(onef); Hs_DECREF(w); Hs_DECREF(m); Hs_DECREF(n);
}

static void test_constructor_numbers_body(void) {
    HsObject *one = HsLong_FromLong(1), *two = HsLong_FromLong(2), *three = HsLong_FromLong(3);
    HsObject *j = C(0, 1), *a = C(1, 2), *b = C(3, 4), *f = HsFloat_FromDouble(2.5);
    HS_CHECK(repr_is(construct(&HsComplex_Type, 0, NULL, NULL, NULL), "0j"));
    HsObject *ab[2] = {a, b}, *jj[2] = {j, j}, *oo[2] = {one, two};
    HS_CHECK(repr_is(construct(&HsComplex_Type, 2, ab, NULL, NULL), "(-3+5j)"));
    HS_CHECK(repr_is(construct(&HsComplex_Type, 2, jj, NULL, NULL), "(-1+1j)"));
    HS_CHECK(repr_is(construct(&HsComplex_Type, 2, oo, NULL, NULL), "(1+2j)"));
    HS_CHECK(repr_is(construct(&HsComplex_Type, 1, &f, NULL, NULL), "(2.5+0j)"));
    HS_CHECK(repr_is(construct(&HsComplex_Type, 0, NULL, "imag", j), "(-1+0j)"));
    HS_CHECK(repr_is(construct(&HsComplex_Type, 1, &one, "imag", two), "(1+2j)"));
    HsObject *t = Hs_True;
    HS_CHECK(repr_is(construct(&HsComplex_Type, 1, &t, NULL, NULL), "(1+0j)"));
    HsObject *same = construct(&HsComplex_Type, 1, &a, NULL, NULL);
    HS_CHECK(same == a); // complex(z) is z for an exact complex
    Hs_DECREF(same);
    HsObject *three_args[3] = {one, two, three};
    HS_CHECK(construct(&HsComplex_Type, 3, three_args, NULL, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "complex() takes at most 2 arguments (3 given)"));
    HS_CHECK(construct(&HsComplex_Type, 0, NULL, "x", one) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "'x' is an invalid keyword argument for complex()"));
    HsObject *none = Hs_None, *s = HsUnicode_FromString("1");
    HS_CHECK(construct(&HsComplex_Type, 1, &none, NULL, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "complex() first argument must be a string or a number, "
                                     "not 'NoneType'"));
    HsObject *on[2] = {one, none}, *so[2] = {s, two}, *os[2] = {one, s};
    HS_CHECK(construct(&HsComplex_Type, 2, on, NULL, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "complex() second argument must be a number, not "
                                     "'NoneType'"));
    HS_CHECK(construct(&HsComplex_Type, 2, so, NULL, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "complex() can't take second arg if first is a string"));
    HS_CHECK(construct(&HsComplex_Type, 2, os, NULL, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "complex() second arg can't be a string"));
    Hs_DECREF(one); Hs_DECREF(two); Hs_DECREF(three); Hs_DECREF(j); Hs_DECREF(a); Hs_DECREF(b);
    Hs_DECREF(f); Hs_DECREF(s);
}

static void test_constructor_strings_body(void) {
    struct {
        const char *text;
        const char *expect; // NULL: malformed
    } cases[] = {{" (1+2j) ", "(1+2j)"}, {"-J", "-1j"}, {"1e500j", "infj"},
                 {"1_0+2_0j", "(10+20j)"},
                 {"inf+nanj", "(inf+nanj)"}, {"\xd9\xa1+\xd9\xa2j", "(1+2j)"}, {"1 + 2j", NULL},
                 {"()", NULL}, {"1+2", NULL}, {"", NULL}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HsObject *s = HsUnicode_FromString(cases[i].text);
        HsObject *r = construct(&HsComplex_Type, 1, &s, NULL, NULL);
        if (cases[i].expect != NULL) {
            HS_CHECK(repr_is(r, cases[i].expect));
        } else {
            HS_CHECK(r == NULL);
            HS_CHECK(raised(HsExc_ValueError, "complex() arg is a malformed string"));
        }
        Hs_DECREF(s);
    }
    HsObject *s = HsUnicode_FromString("1__0j");
    HS_CHECK(construct(&HsComplex_Type, 1, &s, NULL, NULL) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "could not convert string to complex: '1__0j'"));
    Hs_DECREF(s);
}

static void test_methods_body(void) {
    HsObject *z = C(1, 2), *j = C(0, 1);
    HS_CHECK(repr_is(call(j, "conjugate", 0, NULL), "-1j"));
    HS_CHECK(repr_is(call(z, "__complex__", 0, NULL), "(1+2j)"));
    HS_CHECK(repr_is(call(z, "__getnewargs__", 0, NULL), "(1.0, 2.0)"));
    HS_CHECK(repr_is(HsObject_GetAttrString(z, "real"), "1.0"));
    HS_CHECK(repr_is(HsObject_GetAttrString(z, "imag"), "2.0"));
    HsObject *one = HsLong_FromLong(1);
    HS_CHECK(call(z, "conjugate", 1, &one) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "complex.conjugate() takes no arguments (1 given)"));
    HS_CHECK(HsNumber_Long(z) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "int() argument must be a string, a bytes-like object or a "
                                     "real number, not 'complex'"));
    HS_CHECK(HsNumber_Float(z) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "float() argument must be a string or a real number, not "
                                     "'complex'"));
    HS_CHECK_EQ(HsObject_IsTrue(j), 1);
    HsObject *zero = C(0.0, -0.0);
    HS_CHECK_EQ(HsObject_IsTrue(zero), 0);
    Hs_DECREF(z); Hs_DECREF(j); Hs_DECREF(one); Hs_DECREF(zero);
}

static void test_signed_zeros_body(void) {
    HsObject *a = C(-0.0, -0.0), *b = C(0.0, 0.0), *m = HsLong_FromLong(-1);
    HS_CHECK(repr_is(HsNumber_Add(a, a), "(-0-0j)"));
    HS_CHECK(repr_is(HsNumber_Add(a, b), "0j"));
    HS_CHECK(repr_is(HsNumber_Negative(b), "(-0-0j)"));
    HS_CHECK(repr_is(HsNumber_Multiply(b, m), "(-0+0j)")); // -1 is (-1+0j): 0*0 + 0*-1 = +0
    Hs_DECREF(a); Hs_DECREF(b); Hs_DECREF(m);
}

static void test_division_algorithm_body(void) {
    HsObject *a = C(1, 1), *b = C(1e-310, 1e-310), *c = C(1e300, 1e300), *n = C(NAN, 0);
    // a subnormal divisor: Smith's method overflows to inf, as in CPython
    HS_CHECK(repr_is(HsNumber_TrueDivide(a, b), "(inf+0j)"));
    HS_CHECK(repr_is(HsNumber_TrueDivide(c, c), "(1+0j)"));
    HS_CHECK(repr_is(HsNumber_TrueDivide(a, n), "(nan+nanj)"));
    HsObject *one = HsLong_FromLong(1), *j = C(0, 1);
    HS_CHECK(repr_is(HsNumber_TrueDivide(one, j), "-1j"));
    HS_CHECK(repr_is(HsNumber_TrueDivide(j, one), "1j"));
    Hs_DECREF(a); Hs_DECREF(b); Hs_DECREF(c); Hs_DECREF(n); Hs_DECREF(one); Hs_DECREF(j);
}

static void test_integer_power_path_body(void) {
    HsObject *z = C(1, 2), *e100 = HsLong_FromLong(10), *fe = HsFloat_FromDouble(10.5);
    HsObject *big = HsLong_FromLong(101), *w = C(0.5, 0.5);
    HS_CHECK(repr_is(HsNumber_Power(z, e100, Hs_None), "(237-3116j)"));
    HS_CHECK(repr_is(HsNumber_Power(z, fe, Hs_None), "(2751.1163500269613-3777.2953513573357j)"));
    HS_CHECK(repr_is(HsNumber_Power(w, big, Hs_None),
                     "(-4.440892098500668e-16-4.440892098500648e-16j)")); // _Py_c_pow past 100
    Hs_DECREF(z); Hs_DECREF(e100); Hs_DECREF(fe); Hs_DECREF(big); Hs_DECREF(w);
}

TWICE(test_signed_zeros)
TWICE(test_division_algorithm)
TWICE(test_integer_power_path)
TWICE(test_layout)
TWICE(test_repr_rules)
TWICE(test_arithmetic_mixed)
TWICE(test_abs)
TWICE(test_power)
TWICE(test_compare)
TWICE(test_hash)
TWICE(test_constructor_numbers)
TWICE(test_constructor_strings)
TWICE(test_methods)

HS_TEST_MAIN(test_layout, test_repr_rules, test_arithmetic_mixed, test_abs, test_power,
             test_compare, test_hash, test_constructor_numbers, test_constructor_strings,
             test_methods, test_signed_zeros, test_division_algorithm, test_integer_power_path)
