/* The float object (src/obj/floatobject.c, floatmethods.c): the free list (reuse and its cap
 * of 100), sizes, conversions, float() arguments, exact comparison with ints of any size and
 * with nan/inf, hashes agreeing across int/float/complex, float_pow's special cases and its
 * complex results, the division family's messages, round/trunc/floor/ceil, as_integer_ratio,
 * hex/fromhex, __format__, repr. Each test (but the free-list one) runs twice and checks that
 * the second run leaves hs_ref_total unchanged. Figures read off CPython 3.11.7. */
#include "hs_test.h"
#include "support/numcheck.h"
#include "internal/hs_obj_complex.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_hash.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <math.h>
#include <stddef.h>

/* ==== the object ==== */

static void test_free_list_reuse(void) {
    hs_obj_init();
    // Drain without leaking: take every free float, then give them back.
    HsObject *taken[HS_FLOAT_MAXFREELIST];
    int n = 0;
    while (hs_float_freelist_count() > 0) {
        taken[n++] = HsFloat_FromDouble(0.0);
    }
    HsObject *a = HsFloat_FromDouble(1.25);
    HsObject *keep = a;
    Hs_DECREF(a);
    HS_CHECK_EQ(hs_float_freelist_count(), 1);
    HsObject *b = HsFloat_FromDouble(2.5);
    HS_CHECK(b == keep); // the freed float comes back
    HS_CHECK_EQ(hs_float_freelist_count(), 0);
    HS_CHECK(repr_is(b, "2.5"));
    HsObject *many[150];
    for (int i = 0; i < 150; i++) {
        many[i] = HsFloat_FromDouble(i + 0.5);
    }
    for (int i = 0; i < 150; i++) {
        Hs_DECREF(many[i]);
    }
    HS_CHECK_EQ(hs_float_freelist_count(), HS_FLOAT_MAXFREELIST); // capped at 100
    while (n > 0) {
        Hs_DECREF(taken[--n]);
    }
}

static void test_sizes_body(void) {
    HsObject *f = HsFloat_FromDouble(1.0);
    HsObject *sz = call(f, "__sizeof__", 0, NULL);
    HS_CHECK_EQ(HsLong_AsLong(sz), 24);
    HS_CHECK_EQ(sizeof(HsFloatObject), 24);
    HS_CHECK(!HsObject_IS_GC(f));
    HS_CHECK(HsType_HasFeature(&HsFloat_Type, HS_TPFLAGS_BASETYPE));
    Hs_DECREF(sz);
    Hs_DECREF(f);
}

static void test_as_double_body(void) {
    HsObject *i = HsLong_FromLong(-7);
    HS_CHECK(HsFloat_AsDouble(i) == -7.0);
    HsObject *ten = HsLong_FromLong(10), *e = HsLong_FromLong(400);
    HsObject *huge = HsNumber_Power(ten, e, Hs_None);
    HS_CHECK(HsFloat_AsDouble(huge) == -1.0);
    HS_CHECK(raised(HsExc_OverflowError, "int too large to convert to float"));
    HS_CHECK(HsFloat_AsDouble(Hs_None) == -1.0);
    HS_CHECK(raised(HsExc_TypeError, "must be real number, not NoneType"));
    HS_CHECK(HsNumber_Float(huge) == NULL);
    HS_CHECK(raised(HsExc_OverflowError, "int too large to convert to float"));
    HsObject *one = HsLong_FromLong(1);
    HsObject *f = HsFloat_FromDouble(1.0);
    HS_CHECK(HsNumber_Add(f, huge) == NULL);
    HS_CHECK(raised(HsExc_OverflowError, "int too large to convert to float"));
    HS_CHECK(repr_is(HsNumber_Float(one), "1.0"));
    HS_CHECK(repr_is(HsNumber_Float(Hs_True), "1.0"));
    Hs_DECREF(i); Hs_DECREF(ten); Hs_DECREF(e); Hs_DECREF(huge); Hs_DECREF(one); Hs_DECREF(f);
}

/* ==== float() ==== */

static void test_ctor_arguments_body(void) {
    HsObject *one = HsLong_FromLong(1), *two = HsLong_FromLong(2);
    HsObject *args[2] = {one, two};
    HS_CHECK(construct(&HsFloat_Type, 2, args, NULL, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "float expected at most 1 argument, got 2"));
    HS_CHECK(construct(&HsFloat_Type, 0, NULL, "x", one) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "float() takes no keyword arguments"));
    HsObject *none = Hs_None;
    HS_CHECK(construct(&HsFloat_Type, 1, &none, NULL, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "float() argument must be a string or a real number, not "
                                     "'NoneType'"));
    HS_CHECK(repr_is(construct(&HsFloat_Type, 0, NULL, NULL, NULL), "0.0"));
    HsObject *f = HsFloat_FromDouble(-3.5);
    HsObject *same = construct(&HsFloat_Type, 1, &f, NULL, NULL);
    HS_CHECK(same == f); // float(x) is x for an exact float
    Hs_DECREF(same);
    HsObject *s = HsUnicode_FromString("  1_0.5 ");
    HS_CHECK(repr_is(construct(&HsFloat_Type, 1, &s, NULL, NULL), "10.5"));
    HsObject *arabic = HsUnicode_FromString("\xd9\xa1\xd9\xa2.5");
    HS_CHECK(repr_is(construct(&HsFloat_Type, 1, &arabic, NULL, NULL), "12.5"));
    HsObject *bad = HsUnicode_FromString("1.5x");
    HS_CHECK(construct(&HsFloat_Type, 1, &bad, NULL, NULL) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "could not convert string to float: '1.5x'"));
    Hs_DECREF(one); Hs_DECREF(two); Hs_DECREF(f); Hs_DECREF(s); Hs_DECREF(arabic);
    Hs_DECREF(bad);
}

/* ==== comparisons ==== */

/* a OP b through HsObject_RichCompare is 'expect' (1/0). */
static int cmp_is(HsObject *a, HsObject *b, int op, int expect) {
    HsObject *r = HsObject_RichCompare(a, b, op);
    int ok = r == (expect ? Hs_True : Hs_False);
    Hs_XDECREF(r);
    return ok;
}

static void test_compare_with_ints_body(void) {
    HsObject *two53p1 = big("9007199254740993"), *f53 = HsFloat_FromDouble(9007199254740992.0);
    HS_CHECK(cmp_is(two53p1, f53, HS_GT, 1));
    HS_CHECK(cmp_is(f53, two53p1, HS_LT, 1));
    HS_CHECK(cmp_is(f53, two53p1, HS_EQ, 0));
    HsObject *two63 = big("9223372036854775808"), *f63 = HsFloat_FromDouble(9223372036854775808.0);
    HS_CHECK(cmp_is(f63, two63, HS_EQ, 1));
    HS_CHECK(cmp_is(two63, f63, HS_GE, 1));
    HsObject *half = HsFloat_FromDouble(9223372036854775808.0 * 2 + 0.0);
    HS_CHECK(cmp_is(half, two63, HS_GT, 1));
    HsObject *b1024 = big("179769313486231590772930519078902473361797697894230657273430081157"
                          "732675805500963132708477322407536021120113879871393357658789768814"
                          "416622492847430639474124377767893424865485276302219601246094119453"
                          "082952085005768838150682342462881473913110540827237163350510684586"
                          "298239947245938479716304835356329624224137216");
    HsObject *fmax = HsFloat_FromDouble(1.7976931348623157e308);
    HsObject *inf = HsFloat_FromDouble(INFINITY), *nan = HsFloat_FromDouble(NAN);
    HsObject *mfrac = HsFloat_FromDouble(-2.5), *mtwo = HsLong_FromLong(-2);
    HS_CHECK(cmp_is(fmax, b1024, HS_LT, 1));
    HS_CHECK(cmp_is(inf, b1024, HS_GT, 1));
    HS_CHECK(cmp_is(nan, b1024, HS_NE, 1));
    HS_CHECK(cmp_is(nan, b1024, HS_LT, 0));
    HS_CHECK(cmp_is(nan, b1024, HS_GE, 0));
    HS_CHECK(cmp_is(nan, nan, HS_EQ, 0));
    HS_CHECK(cmp_is(mfrac, mtwo, HS_LT, 1));
    HS_CHECK(cmp_is(mtwo, mfrac, HS_GT, 1));
    HsObject *objs[] = {two53p1, f53, two63, f63, half, b1024, fmax, inf, nan, mfrac, mtwo};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
        Hs_DECREF(objs[i]);
    }
}

/* ==== hashing ==== */

static void test_hash_agreement_body(void) {
    double vals[] = {1.0, -1.0, 0.5, -0.0, 1e300, 2.0 * 1152921504606846976.0, 123456.75};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        HsObject *f = HsFloat_FromDouble(vals[i]);
        HsObject *c = HsComplex_FromDoubles(vals[i], 0.0);
        HS_CHECK_EQ(HsObject_Hash(f), HsObject_Hash(c));
        HsObject *ratio = call(f, "as_integer_ratio", 0, NULL);
        if (HsLong_AsLong(HS_TUPLE_GET(ratio, 1)) == 1) {
            HS_CHECK_EQ(HsObject_Hash(HS_TUPLE_GET(ratio, 0)), HsObject_Hash(f));
        }
        Hs_DECREF(ratio); Hs_DECREF(f); Hs_DECREF(c);
    }
    HsObject *h = HsFloat_FromDouble(0.5), *m = HsFloat_FromDouble(-1.0);
    HS_CHECK_EQ(HsObject_Hash(h), 1152921504606846976LL);
    HS_CHECK_EQ(HsObject_Hash(m), -2);
    HsObject *n1 = HsFloat_FromDouble(NAN), *n2 = HsFloat_FromDouble(NAN);
    HS_CHECK(HsObject_Hash(n1) != HsObject_Hash(n2)); // identity-based since 3.10
    HS_CHECK_EQ(HsObject_Hash(n1), hs_obj_hash_pointer(n1));
    Hs_DECREF(h); Hs_DECREF(m); Hs_DECREF(n1); Hs_DECREF(n2);
}

/* ==== arithmetic ==== */

static HsObject *F(double v) {
    return HsFloat_FromDouble(v);
}

/* repr(a OP b) == expect, with a and b floats built from doubles. */
static int binop_is(HsObject *(*op)(HsObject *, HsObject *), double a, double b,
                    const char *expect) {
    HsObject *x = F(a), *y = F(b);
    int ok = repr_is(op(x, y), expect);
    Hs_DECREF(x);
    Hs_DECREF(y);
    return ok;
}

static HsObject *pow2(HsObject *a, HsObject *b) {
    return HsNumber_Power(a, b, Hs_None);
}

static void test_pow_special_cases_body(void) {
    HS_CHECK(binop_is(pow2, -8.0, 1.0 / 3, "(1.0000000000000002+1.7320508075688772j)"));
    HS_CHECK(binop_is(pow2, -2.0, 0.5, "(8.659560562354934e-17+1.4142135623730951j)"));
    HS_CHECK(binop_is(pow2, -1.0, 1e300, "1.0"));
    HS_CHECK(binop_is(pow2, INFINITY, -1.0, "0.0"));
    HS_CHECK(binop_is(pow2, -INFINITY, 3.0, "-inf"));
    HS_CHECK(binop_is(pow2, -INFINITY, -3.0, "-0.0"));
    HS_CHECK(binop_is(pow2, -0.0, 3.0, "-0.0"));
    HS_CHECK(binop_is(pow2, -0.0, 0.5, "0.0"));
    HS_CHECK(binop_is(pow2, 2.0, -1074.0, "5e-324"));
    HS_CHECK(binop_is(pow2, NAN, 0.0, "1.0"));
    HS_CHECK(binop_is(pow2, 1.0, NAN, "1.0"));
    HS_CHECK(binop_is(pow2, 0.0, -1.0, "?") == 0);
    HS_CHECK(raised(HsExc_ZeroDivisionError, "0.0 cannot be raised to a negative power"));
    HS_CHECK(binop_is(pow2, 10.0, 400.0, "?") == 0);
    HS_CHECK(raised(HsExc_OverflowError, "(34, 'Numerical result out of range')"));
    HsObject *a = F(2.0), *b = HsLong_FromLong(2), *c = HsLong_FromLong(3);
    HS_CHECK(HsNumber_Power(a, b, c) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "pow() 3rd argument not allowed unless all arguments are "
                                     "integers"));
    Hs_DECREF(a); Hs_DECREF(b); Hs_DECREF(c);
}

static void test_division_family_body(void) {
    HS_CHECK(binop_is(HsNumber_Remainder, 1.5, -1.0, "-0.5"));
    HS_CHECK(binop_is(HsNumber_Remainder, -1.5, 1.0, "0.5"));
    HS_CHECK(binop_is(HsNumber_Remainder, -0.0, 1.0, "0.0"));
    HS_CHECK(binop_is(HsNumber_FloorDivide, 5.5, -2.0, "-3.0"));
    HS_CHECK(binop_is(HsNumber_Divmod, -7.5, 2.0, "(-4.0, 0.5)"));
    HS_CHECK(binop_is(HsNumber_TrueDivide, 1.0, 0.0, "?") == 0);
    HS_CHECK(raised(HsExc_ZeroDivisionError, "float division by zero"));
    HS_CHECK(binop_is(HsNumber_FloorDivide, 1.0, -0.0, "?") == 0);
    HS_CHECK(raised(HsExc_ZeroDivisionError, "float floor division by zero"));
    HS_CHECK(binop_is(HsNumber_Remainder, 1.0, 0.0, "?") == 0);
    HS_CHECK(raised(HsExc_ZeroDivisionError, "float modulo"));
    HS_CHECK(binop_is(HsNumber_Divmod, 1.0, 0.0, "?") == 0);
    HS_CHECK(raised(HsExc_ZeroDivisionError, "float divmod()"));
    HsObject *one = HsLong_FromLong(1), *z = F(0.0);
    HS_CHECK(HsNumber_TrueDivide(one, z) == NULL);
    HS_CHECK(raised(HsExc_ZeroDivisionError, "float division by zero"));
    Hs_DECREF(one); Hs_DECREF(z);
}

/* ==== methods ==== */

static void test_round_body(void) {
    struct {
        double x;
        const char *expect;
    } ints[] = {{2.5, "2"}, {3.5, "4"}, {-0.5, "0"}, {-1.5, "-2"}, {1e20, "100000000000000000000"}};
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        HsObject *f = F(ints[i].x);
        HsObject *r = call(f, "__round__", 0, NULL);
        HS_CHECK(r != NULL && Hs_TYPE(r) == &HsLong_Type);
        HS_CHECK(repr_is(r, ints[i].expect));
        Hs_DECREF(f);
    }
    HsObject *f = F(2.675), *two = HsLong_FromLong(2), *none = Hs_None;
    HS_CHECK(repr_is(call(f, "__round__", 1, &two), "2.67"));
    HsObject *r = call(f, "__round__", 1, &none);
    HS_CHECK(r != NULL && Hs_TYPE(r) == &HsLong_Type);
    HS_CHECK(repr_is(r, "3"));
    HsObject *p100 = big("1267650600228229401496703205376"), *m100 = HsNumber_Negative(p100);
    HsObject *g = F(-1.5);
    HS_CHECK(repr_is(call(g, "__round__", 1, &p100), "-1.5"));
    HS_CHECK(repr_is(call(g, "__round__", 1, &m100), "-0.0"));
    HsObject *inf = F(INFINITY), *nan = F(NAN);
    HS_CHECK(call(inf, "__round__", 0, NULL) == NULL);
    HS_CHECK(raised(HsExc_OverflowError, "cannot convert float infinity to integer"));
    HS_CHECK(call(nan, "__round__", 0, NULL) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "cannot convert float NaN to integer"));
    HS_CHECK(repr_is(call(inf, "__round__", 1, &two), "inf"));
    HsObject *s = HsUnicode_FromString("x");
    HS_CHECK(call(f, "__round__", 1, &s) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "'str' object cannot be interpreted as an integer"));
    Hs_DECREF(f); Hs_DECREF(two); Hs_DECREF(p100); Hs_DECREF(m100); Hs_DECREF(g);
    Hs_DECREF(inf); Hs_DECREF(nan); Hs_DECREF(s);
}

static void test_ratio_hex_fromhex_body(void) {
    HsObject *a = F(0.1), *inf = F(INFINITY), *nan = F(NAN), *mz = F(-0.0);
    HS_CHECK(repr_is(call(a, "as_integer_ratio", 0, NULL),
                     "(3602879701896397, 36028797018963968)"));
    HS_CHECK(call(inf, "as_integer_ratio", 0, NULL) == NULL);
    HS_CHECK(raised(HsExc_OverflowError, "cannot convert Infinity to integer ratio"));
    HS_CHECK(call(nan, "as_integer_ratio", 0, NULL) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "cannot convert NaN to integer ratio"));
    HS_CHECK(repr_is(call(mz, "hex", 0, NULL), "'-0x0.0p+0'"));
    HS_CHECK(repr_is(call(mz, "is_integer", 0, NULL), "True"));
    HS_CHECK(repr_is(call(inf, "is_integer", 0, NULL), "False"));
    HS_CHECK(call(a, "hex", 1, &a) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "float.hex() takes no arguments (1 given)"));
    HsObject *s = HsUnicode_FromString("0x1.8p1"), *one = HsLong_FromLong(1);
    HS_CHECK(repr_is(call((HsObject *)&HsFloat_Type, "fromhex", 1, &s), "3.0"));
    HS_CHECK(repr_is(call(a, "fromhex", 1, &s), "3.0")); // a class method, also via instances
    HS_CHECK(call((HsObject *)&HsFloat_Type, "fromhex", 1, &one) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "bad argument type for built-in operation"));
    HsObject *bad = HsUnicode_FromString("x");
    HS_CHECK(call((HsObject *)&HsFloat_Type, "fromhex", 1, &bad) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "invalid hexadecimal floating-point string"));
    Hs_DECREF(a); Hs_DECREF(inf); Hs_DECREF(nan); Hs_DECREF(mz); Hs_DECREF(s); Hs_DECREF(one);
    Hs_DECREF(bad);
}

static void test_trunc_floor_ceil_body(void) {
    double xs[] = {-2.5, 2.5, -0.0, 1e20};
    const char *t[] = {"-2", "2", "0", "100000000000000000000"};
    const char *fl[] = {"-3", "2", "0", "100000000000000000000"};
    const char *ce[] = {"-2", "3", "0", "100000000000000000000"};
    for (int i = 0; i < 4; i++) {
        HsObject *f = F(xs[i]);
        HS_CHECK(repr_is(call(f, "__trunc__", 0, NULL), t[i]));
        HS_CHECK(repr_is(call(f, "__floor__", 0, NULL), fl[i]));
        HS_CHECK(repr_is(call(f, "__ceil__", 0, NULL), ce[i]));
        HS_CHECK(repr_is(HsNumber_Long(f), t[i]));
        Hs_DECREF(f);
    }
    HsObject *inf = F(-INFINITY);
    HS_CHECK(call(inf, "__floor__", 0, NULL) == NULL);
    HS_CHECK(raised(HsExc_OverflowError, "cannot convert float infinity to integer"));
    Hs_DECREF(inf);
}

static void test_conjugate_real_imag_format_body(void) {
    HsObject *f = F(-1.25);
    HsObject *c = call(f, "conjugate", 0, NULL);
    HS_CHECK(c == f);
    Hs_DECREF(c);
    HS_CHECK(repr_is(HsObject_GetAttrString(f, "real"), "-1.25"));
    HS_CHECK(repr_is(HsObject_GetAttrString(f, "imag"), "0.0"));
    HS_CHECK(repr_is(call(f, "__getnewargs__", 0, NULL), "(-1.25,)"));
    HsObject *spec = HsUnicode_FromString("*^12.3e"), *bad = HsUnicode_FromString("d");
    HS_CHECK(repr_is(call(f, "__format__", 1, &spec), "'*-1.250e+00*'"));
    HS_CHECK(call(f, "__format__", 1, &bad) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "Unknown format code 'd' for object of type 'float'"));
    HS_CHECK(call(f, "__format__", 1, &f) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "__format__() argument must be str, not float"));
    Hs_DECREF(f); Hs_DECREF(spec); Hs_DECREF(bad);
}

static void test_repr_values_body(void) {
    struct {
        double x;
        const char *r;
    } cases[] = {{0.1 + 0.2, "0.30000000000000004"}, {1e16, "1e+16"}, {1e15, "1000000000000000.0"},
                 {1e-5, "1e-05"}, {0.0001, "0.0001"}, {-0.0, "-0.0"}, {INFINITY, "inf"},
                 {-INFINITY, "-inf"}, {NAN, "nan"}, {5e-324, "5e-324"},
                 {1.7976931348623157e308, "1.7976931348623157e+308"}, {123.0, "123.0"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HS_CHECK(repr_is(F(cases[i].x), cases[i].r));
    }
}

static void test_mixed_int_float_body(void) {
    HsObject *i = HsLong_FromLong(3), *f = F(0.5);
    HS_CHECK(repr_is(HsNumber_Add(i, f), "3.5"));
    HS_CHECK(repr_is(HsNumber_Subtract(f, i), "-2.5"));
    HS_CHECK(repr_is(HsNumber_Multiply(Hs_True, f), "0.5"));
    HS_CHECK(repr_is(HsNumber_TrueDivide(i, f), "6.0"));
    HS_CHECK(repr_is(HsNumber_Power(i, f, Hs_None), "1.7320508075688772"));
    HS_CHECK(HsNumber_Lshift(f, i) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "unsupported operand type(s) for <<: 'float' and 'int'"));
    HS_CHECK(HsNumber_Invert(f) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "bad operand type for unary ~: 'float'"));
    Hs_DECREF(i); Hs_DECREF(f);
}

static void test_parse_messages_use_original_text_body(void) {
    HsObject *s = HsUnicode_FromString("1\xc3\xa9 5"); // '1é 5': translated to "1?" first
    HS_CHECK(HsFloat_FromString(s) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "could not convert string to float: '1\xc3\xa9 5'"));
    HsObject *sp = HsUnicode_FromString("\xe2\x80\x83-2.5\xe3\x80\x80"); // em space, ideographic
    HS_CHECK(repr_is(HsFloat_FromString(sp), "-2.5"));
    HsObject *one = HsLong_FromLong(1);
    HS_CHECK(HsFloat_FromString(one) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "float() argument must be a string or a real number, not "
                                     "'int'"));
    Hs_DECREF(s); Hs_DECREF(sp); Hs_DECREF(one);
}

static void test_signed_zero_arithmetic_body(void) {
    HS_CHECK(binop_is(HsNumber_Add, -0.0, -0.0, "-0.0"));
    HS_CHECK(binop_is(HsNumber_Add, -0.0, 0.0, "0.0"));
    HS_CHECK(binop_is(HsNumber_Multiply, -1.0, 0.0, "-0.0"));
    HS_CHECK(binop_is(HsNumber_Remainder, -0.0, -1.0, "-0.0"));
    HS_CHECK(binop_is(HsNumber_FloorDivide, -0.0, 1.0, "-0.0"));
    HS_CHECK(binop_is(HsNumber_TrueDivide, 1.0, -INFINITY, "-0.0"));
    HsObject *mz = F(-0.0);
    HS_CHECK(repr_is(HsNumber_Negative(mz), "0.0"));
    HS_CHECK(repr_is(HsNumber_Absolute(mz), "0.0"));
    HS_CHECK_EQ(HsObject_IsTrue(mz), 0);
    Hs_DECREF(mz);
}

static void test_nan_inf_arithmetic_body(void) {
    HS_CHECK(binop_is(HsNumber_Subtract, INFINITY, INFINITY, "nan"));
    HS_CHECK(binop_is(HsNumber_Multiply, INFINITY, 0.0, "nan"));
    HS_CHECK(binop_is(HsNumber_Remainder, 1.0, INFINITY, "1.0"));
    HS_CHECK(binop_is(HsNumber_Remainder, -1.0, INFINITY, "inf"));
    HS_CHECK(binop_is(HsNumber_Divmod, INFINITY, 1.0, "(nan, nan)"));
    HS_CHECK(binop_is(HsNumber_FloorDivide, 1e308, 1e-308, "inf"));
    HS_CHECK(binop_is(pow2, INFINITY, 0.5, "inf"));
    HS_CHECK(binop_is(pow2, 0.5, -INFINITY, "inf"));
    HsObject *nan = F(NAN);
    HS_CHECK_EQ(HsObject_IsTrue(nan), 1);
    Hs_DECREF(nan);
}

static void test_int_float_result_types_body(void) {
    HsObject *two = HsLong_FromLong(2), *f = F(2.0), *three = HsLong_FromLong(3);
    HsObject *r = HsNumber_TrueDivide(two, three);
    HS_CHECK(r != NULL && HsFloat_CheckExact(r));
    HS_CHECK(repr_is(r, "0.6666666666666666"));
    r = HsNumber_FloorDivide(three, f);
    HS_CHECK(r != NULL && HsFloat_CheckExact(r));
    HS_CHECK(repr_is(r, "1.0"));
    HS_CHECK(repr_is(HsNumber_Remainder(three, f), "1.0"));
    HsObject *m = HsLong_FromLong(-1);
    HS_CHECK(repr_is(HsNumber_Power(f, m, Hs_None), "0.5"));
    HS_CHECK(repr_is(HsNumber_Power(m, f, Hs_None), "1.0"));
    Hs_DECREF(two); Hs_DECREF(f); Hs_DECREF(three); Hs_DECREF(m);
}

TWICE(test_parse_messages_use_original_text)
TWICE(test_signed_zero_arithmetic)
TWICE(test_nan_inf_arithmetic)
TWICE(test_int_float_result_types)
TWICE(test_sizes)
TWICE(test_as_double)
TWICE(test_ctor_arguments)
TWICE(test_compare_with_ints)
TWICE(test_hash_agreement)
TWICE(test_pow_special_cases)
TWICE(test_division_family)
TWICE(test_round)
TWICE(test_ratio_hex_fromhex)
TWICE(test_trunc_floor_ceil)
TWICE(test_conjugate_real_imag_format)
TWICE(test_repr_values)
TWICE(test_mixed_int_float)

HS_TEST_MAIN(test_free_list_reuse, test_sizes, test_as_double, test_ctor_arguments,
             test_compare_with_ints, test_hash_agreement, test_pow_special_cases,
             test_division_family, test_round, test_ratio_hex_fromhex, test_trunc_floor_ceil,
             test_conjugate_real_imag_format, test_repr_values, test_mixed_int_float,
             test_parse_messages_use_original_text, test_signed_zero_arithmetic,
             test_nan_inf_arithmetic, test_int_float_result_types)
