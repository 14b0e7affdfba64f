/* The int and bool objects (src/obj/longobject.c, longmethods.c): compact fast paths against
 * the kernel at the 2**30 digit boundary, the small-int cache, sizes, the int/str limit and
 * its setter, int() argument handling, method calling conventions and their messages, bool's
 * operators and constructor, and reference-count balance. Figures read off CPython 3.11.7. */
#include "hs_test.h"
#include "support/numcheck.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>

/* ==== helpers ==== */

static HsObject *I(long long v) {
    return HsLong_FromLongLong(v);
}

/* ==== compact fast paths and the kernel ==== */

static void test_small_int_cache_results_body(void) {
    HsObject *a = I(100), *b = I(156), *c = I(157);
    HsObject *s = HsNumber_Add(a, b), *t = HsNumber_Add(a, c);
    HsObject *two56 = I(256), *two57 = I(257);
    HS_CHECK(s == two56);          // 256 comes from the cache
    HS_CHECK(t != two57);          // 257 does not
    HS_CHECK_EQ(hs_int_compare(t, two57), 0);
    HsObject *m = HsNumber_Subtract(a, a);
    HsObject *zero = I(0);
    HS_CHECK(m == zero);
    HsObject *neg5 = I(-5), *neg6 = I(-6);
    HsObject *five = I(5), *one = I(1);
    HsObject *x = HsNumber_Negative(five);
    HS_CHECK(x == neg5);
    HsObject *y = HsNumber_Subtract(neg5, one);
    HS_CHECK(y != neg6 && hs_int_compare(y, neg6) == 0);
    HsObject *objs[] = {a, b, c, s, t, two56, two57, m, zero, neg5, neg6, x, y, five, one};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_digit_boundary_add_body(void) {
    HsObject *a = I((1 << 30) - 1), *one = I(1), *m = I(-(1 << 30) + 1);
    HsObject *s = HsNumber_Add(a, one);
    HS_CHECK_EQ(Hs_SIZE(s), 2); // 2**30 needs two digits
    HS_CHECK(repr_is(HsNumber_Add(a, a), "2147483646"));
    HsObject *d = HsNumber_Subtract(m, one);
    HS_CHECK_EQ(Hs_SIZE(d), -2);
    HS_CHECK(repr_is(Hs_NewRef(d), "-1073741824"));
    HsObject *back = HsNumber_Subtract(s, one); // kernel path back to one digit
    HS_CHECK_EQ(Hs_SIZE(back), 1);
    HS_CHECK_EQ(hs_int_compare(back, a), 0);
    HsObject *z = HsNumber_Subtract(s, s);
    HsObject *zero = I(0);
    HS_CHECK(z == zero); // normalised into the cache
    Hs_DECREF(a); Hs_DECREF(one); Hs_DECREF(m); Hs_DECREF(s); Hs_DECREF(d); Hs_DECREF(back);
    Hs_DECREF(z); Hs_DECREF(zero);
}

static void test_compact_multiply_extremes_body(void) {
    HsObject *a = I((1 << 30) - 1), *b = I(-(1 << 30) + 1);
    HS_CHECK(repr_is(HsNumber_Multiply(a, a), "1152921502459363329"));
    HS_CHECK(repr_is(HsNumber_Multiply(a, b), "-1152921502459363329"));
    HsObject *p = HsNumber_Multiply(a, a);
    HS_CHECK_EQ(Hs_SIZE(p), 2);
    HsObject *q = HsNumber_Multiply(p, p);
    HS_CHECK(repr_is(Hs_NewRef(q), "1329227990833155722679814984029962241"));
    HsObject *r = HsNumber_FloorDivide(q, p);
    HS_CHECK_EQ(hs_int_compare(r, p), 0);
    Hs_DECREF(a); Hs_DECREF(b); Hs_DECREF(p); Hs_DECREF(q); Hs_DECREF(r);
}

static void test_floor_division_signs_body(void) {
    HsObject *v7 = I(7), *m7 = I(-7), *v2 = I(2), *m2 = I(-2);
    HS_CHECK(repr_is(HsNumber_Divmod(v7, v2), "(3, 1)"));
    HS_CHECK(repr_is(HsNumber_Divmod(m7, v2), "(-4, 1)"));
    HS_CHECK(repr_is(HsNumber_Divmod(v7, m2), "(-4, -1)"));
    HS_CHECK(repr_is(HsNumber_Divmod(m7, m2), "(3, -1)"));
    HS_CHECK(repr_is(HsNumber_Remainder(m7, v2), "1"));
    HsObject *b = big("-100000000000000000000000");
    HS_CHECK(repr_is(HsNumber_Divmod(b, v7), "(-14285714285714285714286, 2)"));
    HS_CHECK(repr_is(HsNumber_Remainder(b, m7), "-5"));
    Hs_DECREF(v7); Hs_DECREF(m7); Hs_DECREF(v2); Hs_DECREF(m2); Hs_DECREF(b);
}

static void test_division_by_zero_messages_body(void) {
    HsObject *one = I(1), *zero = I(0), *b = big("10000000000000000000000");
    HS_CHECK(HsNumber_FloorDivide(one, zero) == NULL);
    HS_CHECK(raised(HsExc_ZeroDivisionError, "integer division or modulo by zero"));
    HS_CHECK(HsNumber_Remainder(b, zero) == NULL);
    HS_CHECK(raised(HsExc_ZeroDivisionError, "integer modulo by zero"));
    HS_CHECK(HsNumber_Divmod(b, zero) == NULL);
    HS_CHECK(raised(HsExc_ZeroDivisionError, "integer division or modulo by zero"));
    HS_CHECK(HsNumber_TrueDivide(one, zero) == NULL);
    HS_CHECK(raised(HsExc_ZeroDivisionError, "division by zero"));
    HS_CHECK(HsNumber_TrueDivide(b, zero) == NULL);
    HS_CHECK(raised(HsExc_ZeroDivisionError, "division by zero"));
    Hs_DECREF(one); Hs_DECREF(zero); Hs_DECREF(b);
}

static void test_true_divide_body(void) {
    HsObject *one = I(1), *three = I(3), *b = big("1" "000000000000000000000000000001");
    HS_CHECK(repr_is(HsNumber_TrueDivide(one, three), "0.3333333333333333"));
    HS_CHECK(repr_is(HsNumber_TrueDivide(b, three), "3.333333333333333e+29"));
    HsObject *huge = big("179769313486231590772930519078902473361797697894230657273430081157"
                         "732675805500963132708477322407536021120113879871393357658789768814"
                         "416622492847430639474124377767893424865485276302219601246094119453"
                         "082952085005768838150682342462881473913110540827237163350510684586"
                         "298239947245938479716304835356329624224137216");
    HS_CHECK(HsNumber_TrueDivide(huge, one) == NULL);
    HS_CHECK(raised(HsExc_OverflowError, "integer division result too large for a float"));
    HS_CHECK(repr_is(HsNumber_TrueDivide(one, huge), "5.562684646268003e-309"));
    Hs_DECREF(one); Hs_DECREF(three); Hs_DECREF(b); Hs_DECREF(huge);
}

static void test_pow_cases_body(void) {
    HsObject *two = I(2), *m1 = I(-1), *zero = I(0), *four = I(4), *three = I(3), *seven = I(7);
    HS_CHECK(repr_is(HsNumber_Power(two, m1, Hs_None), "0.5"));
    HS_CHECK(HsNumber_Power(zero, m1, Hs_None) == NULL);
    HS_CHECK(raised(HsExc_ZeroDivisionError, "0.0 cannot be raised to a negative power"));
    HS_CHECK(HsNumber_Power(two, three, zero) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "pow() 3rd argument cannot be 0"));
    HS_CHECK(HsNumber_Power(two, m1, four) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "base is not invertible for the given modulus"));
    HS_CHECK(repr_is(HsNumber_Power(three, m1, seven), "5"));
    HsObject *hundred = I(100);
    HS_CHECK(repr_is(HsNumber_Power(two, hundred, Hs_None), "1267650600228229401496703205376"));
    HsObject *f = HsFloat_FromDouble(2.0);
    HS_CHECK(HsNumber_Power(two, two, f) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "pow() 3rd argument not allowed unless all arguments "
                                     "are integers"));
    Hs_DECREF(two); Hs_DECREF(m1); Hs_DECREF(zero); Hs_DECREF(four); Hs_DECREF(three);
    Hs_DECREF(seven); Hs_DECREF(hundred); Hs_DECREF(f);
}

static void test_shifts_body(void) {
    HsObject *one = I(1), *m1 = I(-1), *s31 = I(31), *s64 = I(64);
    HsObject *huge = big("18446744073709551616"); // 2**64
    HS_CHECK(repr_is(HsNumber_Lshift(one, s31), "2147483648"));
    HS_CHECK(repr_is(HsNumber_Lshift(m1, s64), "-18446744073709551616"));
    HS_CHECK(repr_is(HsNumber_Rshift(m1, s64), "-1"));
    HS_CHECK(repr_is(HsNumber_Rshift(m1, huge), "-1"));
    HS_CHECK(repr_is(HsNumber_Rshift(huge, huge), "0"));
    HS_CHECK(repr_is(HsNumber_Rshift(huge, s31), "8589934592"));
    HS_CHECK(HsNumber_Lshift(one, m1) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "negative shift count"));
    HS_CHECK(HsNumber_Rshift(huge, m1) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "negative shift count"));
    HS_CHECK(HsNumber_Lshift(one, huge) == NULL);
    HS_CHECK(raised(HsExc_MemoryError, ""));
    HsObject *zero = I(0);
    HS_CHECK(repr_is(HsNumber_Lshift(zero, huge), "0"));
    Hs_DECREF(one); Hs_DECREF(m1); Hs_DECREF(s31); Hs_DECREF(s64); Hs_DECREF(huge);
    Hs_DECREF(zero);
}

static void test_bitwise_negative_body(void) {
    HsObject *a = I(-12345), *b = I(0xFFFF), *c = big("-1267650600228229401496703205377");
    HS_CHECK(repr_is(HsNumber_And(a, b), "53191"));
    HS_CHECK(repr_is(HsNumber_Or(a, b), "-1"));
    HS_CHECK(repr_is(HsNumber_Xor(a, b), "-53192"));
    HS_CHECK(repr_is(HsNumber_And(c, b), "65535"));
    HS_CHECK(repr_is(HsNumber_Invert(c), "1267650600228229401496703205376"));
    HS_CHECK(repr_is(HsNumber_Invert(a), "12344"));
    Hs_DECREF(a); Hs_DECREF(b); Hs_DECREF(c);
}

static void test_unary_and_copies_body(void) {
    HsObject *a = big("-123456789012345678901234567890");
    HS_CHECK(repr_is(HsNumber_Negative(a), "123456789012345678901234567890"));
    HS_CHECK(repr_is(HsNumber_Absolute(a), "123456789012345678901234567890"));
    HsObject *p = HsNumber_Positive(a);
    HS_CHECK(p == a); // +x is x for an exact int
    HsObject *t = HsNumber_Positive(Hs_True);
    HS_CHECK(Hs_TYPE(t) == &HsLong_Type);
    HS_CHECK(repr_is(t, "1"));
    HsObject *ti = HsNumber_Index(Hs_True);
    HS_CHECK(ti == Hs_True); // operator.index(True) is True
    Hs_DECREF(a); Hs_DECREF(p); Hs_DECREF(ti);
}

/* ==== repr and the str limit ==== */

static void test_repr_limit_and_setter_body(void) {
    HsObject *ten = I(10), *e = I(5000);
    HsObject *v = HsNumber_Power(ten, e, Hs_None);
    HS_CHECK(HsObject_Repr(v) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "Exceeds the limit (4300 digits) for integer string "
                                      "conversion; use sys.set_int_max_str_digits() to increase "
                                      "the limit"));
    HS_CHECK_EQ(hs_int_get_max_str_digits(), 4300);
    hs_int_set_max_str_digits(0);
    HsObject *r = HsObject_Repr(v);
    HS_CHECK(r != NULL && HS_STR_LEN(r) == 5001);
    Hs_XDECREF(r);
    hs_int_set_max_str_digits(4300);
    char *digits = malloc(5001);
    memset(digits, '7', 5000);
    digits[5000] = '\0';
    HS_CHECK(big(digits) == NULL);
    free(digits);
    HS_CHECK(raised(HsExc_ValueError, "Exceeds the limit (4300 digits) for integer string "
                                      "conversion: value has 5000 digits; use "
                                      "sys.set_int_max_str_digits() to increase the limit"));
    Hs_DECREF(ten); Hs_DECREF(e); Hs_DECREF(v);
}

static void test_repr_values_body(void) {
    HS_CHECK(repr_is(I(0), "0"));
    HS_CHECK(repr_is(I(-1073741823), "-1073741823"));
    HS_CHECK(repr_is(I(-9223372036854775807LL - 1), "-9223372036854775808"));
    HS_CHECK(repr_is(HsLong_FromUnsignedLongLong(18446744073709551615ULL),
                     "18446744073709551615"));
    HS_CHECK(repr_is(Hs_NewRef(Hs_True), "True"));
    HsObject *s = HsObject_Str(Hs_False);
    HS_CHECK(s != NULL && strcmp(HsUnicode_AsUTF8(s), "False") == 0);
    Hs_XDECREF(s);
}

/* ==== sizes ==== */

static void test_sizes_body(void) {
    struct {
        const char *text;
        long size;
    } cases[] = {{"0", 28}, {"1", 28}, {"1073741823", 28}, {"1073741824", 32},
                 {"-1152921504606846976", 36}, {"1237940039285380274899124224", 40}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HsObject *v = big(cases[i].text);
        HsObject *sz = call(v, "__sizeof__", 0, NULL);
        HS_CHECK(sz != NULL);
        HS_CHECK_EQ(HsLong_AsLong(sz), cases[i].size);
        HS_CHECK(!HsObject_IS_GC(v)); // no GC head: getsizeof == __sizeof__
        Hs_DECREF(sz);
        Hs_DECREF(v);
    }
    HsObject *st = call(Hs_True, "__sizeof__", 0, NULL);
    HsObject *sf = call(Hs_False, "__sizeof__", 0, NULL);
    HS_CHECK_EQ(HsLong_AsLong(st), 28);
    HS_CHECK_EQ(HsLong_AsLong(sf), 28);
    Hs_DECREF(st); Hs_DECREF(sf);
}

/* ==== int() ==== */

static void test_int_ctor_arguments_body(void) {
    HsObject *one = I(1), *two = I(2), *three = I(3), *s12 = HsUnicode_FromString("12");
    HsObject *args[3] = {one, two, three};
    HS_CHECK(construct(&HsLong_Type, 3, args, NULL, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "int() takes at most 2 arguments (3 given)"));
    HS_CHECK(construct(&HsLong_Type, 0, NULL, "x", one) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "'x' is an invalid keyword argument for int()"));
    HS_CHECK(construct(&HsLong_Type, 0, NULL, "base", two) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "int() missing string argument"));
    HS_CHECK(repr_is(construct(&HsLong_Type, 1, &s12, "base", three), "5"));
    HS_CHECK(repr_is(construct(&HsLong_Type, 0, NULL, NULL, NULL), "0"));
    HsObject *f = HsFloat_FromDouble(1.5);
    HsObject *fa[2] = {f, two};
    HS_CHECK(construct(&HsLong_Type, 2, fa, NULL, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "int() can't convert non-string with explicit base"));
    HsObject *sb[2] = {s12, f};
    HS_CHECK(construct(&HsLong_Type, 2, sb, NULL, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "'float' object cannot be interpreted as an integer"));
    HsObject *sn[2] = {s12, Hs_None};
    HS_CHECK(construct(&HsLong_Type, 2, sn, NULL, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "'NoneType' object cannot be interpreted as an integer"));
    HsObject *s37[2] = {s12, I(37)};
    HS_CHECK(construct(&HsLong_Type, 2, s37, NULL, NULL) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "int() base must be >= 2 and <= 36, or 0"));
    Hs_DECREF(s37[1]);
    HsObject *none = Hs_None;
    HS_CHECK(construct(&HsLong_Type, 1, &none, NULL, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "int() argument must be a string, a bytes-like object or a "
                                     "real number, not 'NoneType'"));
    Hs_DECREF(one); Hs_DECREF(two); Hs_DECREF(three); Hs_DECREF(s12); Hs_DECREF(f);
}

static void test_int_ctor_numbers_body(void) {
    HsObject *vals[] = {HsFloat_FromDouble(-2.75), HsFloat_FromDouble(1e20),
                        HsFloat_FromDouble(1.0 / 0.0), HsFloat_FromDouble(0.0 / 0.0),
                        Hs_NewRef(Hs_True)};
    const char *expect[] = {"-2", "100000000000000000000", NULL, NULL, "1"};
    for (int i = 0; i < 5; i++) {
        HsObject *r = construct(&HsLong_Type, 1, &vals[i], NULL, NULL);
        if (expect[i] != NULL) {
            HS_CHECK(r != NULL && Hs_TYPE(r) == &HsLong_Type);
            HS_CHECK(repr_is(r, expect[i]));
        } else {
            HS_CHECK(r == NULL);
            HS_CHECK(i == 2 ? raised(HsExc_OverflowError, "cannot convert float infinity to "
                                                          "integer")
                            : raised(HsExc_ValueError, "cannot convert float NaN to integer"));
        }
        Hs_DECREF(vals[i]);
    }
}

static void test_int_invalid_literal_repr_cut_body(void) {
    char text[302];
    memset(text, 'x', 300);
    text[300] = '\0';
    HsObject *s = HsUnicode_FromString(text);
    HS_CHECK(HsLong_FromUnicodeObject(s, 10) == NULL);
    HsObject *exc = HsErr_GetRaisedException();
    HsObject *msg = HsObject_Str(exc);
    // "invalid literal for int() with base 10: " + the first 200 characters of repr(s)
    HS_CHECK_EQ(HS_STR_LEN(msg), 40 + 200);
    Hs_DECREF(msg); Hs_DECREF(exc); Hs_DECREF(s);
}

/* ==== methods ==== */

static void test_method_conventions_body(void) {
    HsObject *v = I(5), *one = I(1), *two = I(2);
    HS_CHECK(call(v, "bit_length", 1, &one) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "int.bit_length() takes no arguments (1 given)"));
    HsObject *args[2] = {one, two};
    HS_CHECK(call(v, "__round__", 2, args) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "__round__ expected at most 1 argument, got 2"));
    HS_CHECK(call(v, "__format__", 1, &one) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "__format__() argument must be str, not int"));
    HS_CHECK(call(v, "__format__", 0, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "int.__format__() takes exactly one argument (0 given)"));
    HsObject *f = HsFloat_FromDouble(1.5);
    HS_CHECK(call(v, "__round__", 1, &f) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "'float' object cannot be interpreted as an integer"));
    HS_CHECK(call(v, "is_integer", 0, NULL) == NULL); // 3.12 addition: absent in 3.11
    HS_CHECK(raised(HsExc_AttributeError, "'int' object has no attribute 'is_integer'"));
    Hs_DECREF(v); Hs_DECREF(one); Hs_DECREF(two); Hs_DECREF(f);
}

static void test_round_half_even_body(void) {
    struct {
        long v, nd;
        const char *expect;
    } cases[] = {{15, -1, "20"}, {25, -1, "20"}, {-25, -1, "-20"}, {35, -1, "40"},
                 {150, -2, "200"}, {250, -2, "200"}, {-5, -1, "0"}, {1234, 2, "1234"},
                 {499, -3, "0"}, {500, -3, "0"}, {1500, -3, "2000"}, {7, -100, "0"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HsObject *v = I(cases[i].v), *nd = I(cases[i].nd);
        HS_CHECK(repr_is(call(v, "__round__", 1, &nd), cases[i].expect));
        Hs_DECREF(v);
        Hs_DECREF(nd);
    }
    HsObject *b = big("12345678901234567890123456789"), *nd = I(-10);
    HS_CHECK(repr_is(call(b, "__round__", 1, &nd), "12345678901234567890000000000"));
    Hs_DECREF(b); Hs_DECREF(nd);
}

static void test_getsets_and_ratio_body(void) {
    HsObject *v = I(-42);
    HS_CHECK(repr_is(HsObject_GetAttrString(v, "real"), "-42"));
    HS_CHECK(repr_is(HsObject_GetAttrString(v, "imag"), "0"));
    HS_CHECK(repr_is(HsObject_GetAttrString(v, "numerator"), "-42"));
    HS_CHECK(repr_is(HsObject_GetAttrString(v, "denominator"), "1"));
    HS_CHECK(repr_is(call(v, "as_integer_ratio", 0, NULL), "(-42, 1)"));
    HS_CHECK(repr_is(call(Hs_True, "as_integer_ratio", 0, NULL), "(1, 1)"));
    HsObject *r = HsObject_GetAttrString(Hs_True, "real");
    HS_CHECK(r != NULL && Hs_TYPE(r) == &HsLong_Type); // True.real is the int 1
    Hs_XDECREF(r);
    HS_CHECK(repr_is(call(v, "conjugate", 0, NULL), "-42"));
    HS_CHECK(repr_is(call(v, "bit_length", 0, NULL), "6"));
    HS_CHECK(repr_is(call(v, "bit_count", 0, NULL), "3"));
    Hs_DECREF(v);
}

static void test_format_ints_body(void) {
    HsObject *v = big("-1234567890123456789012345");
    const char *specs[] = {"", ",", "x", "#b", "_o", ">40", "e", "+.3%"};
    const char *expect[] = {"'-1234567890123456789012345'",
                            "'-1,234,567,890,123,456,789,012,345'",
                            "'-1056e0f36a6443de2df79'",
                            "'-0b10000010101101110000011110011011010100110010001000011110111100"
                            "0101101111101111001'",
                            "'-405_3340_7466_5144_2075_7055_7571'",
                            "'              -1234567890123456789012345'",
                            "'-1.234568e+24'",
                            "'-123456789012345678152597504.000%'"};
    for (int i = 0; i < 8; i++) {
        HsObject *s = HsUnicode_FromString(specs[i]);
        HS_CHECK(repr_is(call(v, "__format__", 1, &s), expect[i]));
        Hs_DECREF(s);
    }
    HsObject *bad = HsUnicode_FromString(".2d");
    HS_CHECK(call(v, "__format__", 1, &bad) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "Precision not allowed in integer format specifier"));
    Hs_DECREF(bad);
    HsObject *tf = HsUnicode_FromString("");
    HS_CHECK(repr_is(call(Hs_True, "__format__", 1, &tf), "'True'"));
    Hs_DECREF(tf);
    Hs_DECREF(v);
}

/* ==== bool ==== */

static void test_bool_operators_body(void) {
    HsObject *r = HsNumber_And(Hs_True, Hs_True);
    HS_CHECK(r == Hs_True);
    Hs_DECREF(r);
    r = HsNumber_Xor(Hs_True, Hs_True);
    HS_CHECK(r == Hs_False);
    Hs_DECREF(r);
    r = HsNumber_Or(Hs_False, Hs_True);
    HS_CHECK(r == Hs_True);
    Hs_DECREF(r);
    HsObject *three = I(3);
    r = HsNumber_And(Hs_True, three);
    HS_CHECK(Hs_TYPE(r) == &HsLong_Type);
    HS_CHECK(repr_is(r, "1"));
    HS_CHECK(repr_is(HsNumber_Or(three, Hs_True), "3"));
    HS_CHECK(repr_is(HsNumber_Invert(Hs_True), "-2"));
    HS_CHECK(repr_is(HsNumber_Add(Hs_True, Hs_True), "2"));
    HS_CHECK(repr_is(HsNumber_Negative(Hs_False), "0"));
    Hs_DECREF(three);
    HS_CHECK(!HsType_HasFeature(&HsBool_Type, HS_TPFLAGS_BASETYPE));
    HS_CHECK(HsType_HasFeature(&HsLong_Type, HS_TPFLAGS_BASETYPE));
}

static void test_bool_constructor_body(void) {
    HsObject *zero = HsFloat_FromDouble(0.0), *s = HsUnicode_FromString("x"), *one = I(1);
    HsObject *r = construct(&HsBool_Type, 0, NULL, NULL, NULL);
    HS_CHECK(r == Hs_False);
    Hs_DECREF(r);
    r = construct(&HsBool_Type, 1, &zero, NULL, NULL);
    HS_CHECK(r == Hs_False);
    Hs_DECREF(r);
    r = construct(&HsBool_Type, 1, &s, NULL, NULL);
    HS_CHECK(r == Hs_True);
    Hs_DECREF(r);
    HsObject *two[2] = {one, one};
    HS_CHECK(construct(&HsBool_Type, 2, two, NULL, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "bool expected at most 1 argument, got 2"));
    HS_CHECK(construct(&HsBool_Type, 0, NULL, "x", one) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "bool() takes no keyword arguments"));
    Hs_DECREF(zero); Hs_DECREF(s); Hs_DECREF(one);
}

static void test_hash_values_body(void) {
    HsObject *m1 = I(-1), *m2 = I(-2), *b = big("2305843009213693951"); // 2**61 - 1
    HS_CHECK_EQ(HsObject_Hash(m1), -2);
    HS_CHECK_EQ(HsObject_Hash(m2), -2);
    HS_CHECK_EQ(HsObject_Hash(b), 0);
    HS_CHECK_EQ(HsObject_Hash(Hs_True), 1);
    Hs_DECREF(m1); Hs_DECREF(m2); Hs_DECREF(b);
}

static void test_limit_only_for_decimal_bases_body(void) {
    char *digits = malloc(5001);
    memset(digits, '1', 5000);
    digits[5000] = '\0';
    HsObject *s = HsUnicode_FromString(digits);
    free(digits);
    HsObject *h = HsLong_FromUnicodeObject(s, 16); // power-of-two bases are never limited
    HS_CHECK(h != NULL && Hs_SIZE(h) == 667);
    Hs_XDECREF(h);
    HS_CHECK(HsLong_FromUnicodeObject(s, 0) == NULL);
    HS_CHECK(raised(HsExc_ValueError, "Exceeds the limit (4300 digits) for integer string "
                                      "conversion: value has 5000 digits; use "
                                      "sys.set_int_max_str_digits() to increase the limit"));
    Hs_DECREF(s);
}

static void test_double_conversions_body(void) {
    HsObject *a = big("9007199254740993"), *b = big("9007199254740995");
    HS_CHECK(HsLong_AsDouble(a) == 9007199254740992.0); // ties to even
    HS_CHECK(HsLong_AsDouble(b) == 9007199254740996.0);
    HS_CHECK(repr_is(HsLong_FromDouble(-9.3e18), "-9300000000000000000"));
    HS_CHECK(repr_is(HsLong_FromDouble(1e19), "10000000000000000000"));
    HS_CHECK(repr_is(HsLong_FromDouble(-9223372036854775808.0), "-9223372036854775808"));
    HS_CHECK(repr_is(HsLong_FromDouble(-0.99), "0"));
    HS_CHECK(repr_is(HsNumber_Float(a), "9007199254740992.0"));
    Hs_DECREF(a); Hs_DECREF(b);
}

static void test_compact_shifts_body(void) {
    HsObject *m7 = I(-7), *one = I(1), *m1 = I(-1), *s30 = I(30), *s29 = I(29), *s31 = I(31);
    HsObject *lo = I(-(1 << 30) + 1), *hi = I((1 << 30) - 1);
    HS_CHECK(repr_is(HsNumber_Rshift(m7, one), "-4"));
    HS_CHECK(repr_is(HsNumber_Rshift(m1, s30), "-1"));
    HS_CHECK(repr_is(HsNumber_Rshift(lo, s29), "-2"));
    HS_CHECK(repr_is(HsNumber_Lshift(hi, s31), "2305843007066210304"));
    HS_CHECK(repr_is(HsNumber_Lshift(lo, s31), "-2305843007066210304"));
    HsObject *r = HsNumber_Rshift(hi, s30);
    HsObject *zero = I(0);
    HS_CHECK(r == zero);
    Hs_DECREF(r); Hs_DECREF(zero);
    Hs_DECREF(m7); Hs_DECREF(one); Hs_DECREF(m1); Hs_DECREF(s30); Hs_DECREF(s29);
    Hs_DECREF(s31); Hs_DECREF(lo); Hs_DECREF(hi);
}

static void test_getnewargs_and_bool_hash_body(void) {
    HsObject *v = I(1);
    HS_CHECK(repr_is(call(v, "__getnewargs__", 0, NULL), "(1,)"));
    HsObject *t = call(Hs_True, "__getnewargs__", 0, NULL);
    HS_CHECK(t != NULL && Hs_TYPE(HS_TUPLE_GET(t, 0)) == &HsLong_Type);
    HS_CHECK(repr_is(t, "(1,)"));
    HS_CHECK_EQ(HsObject_Hash(Hs_True), 1);
    HS_CHECK_EQ(HsObject_Hash(Hs_False), 0);
    HsObject *half = HsFloat_FromDouble(0.5);
    HS_CHECK(repr_is(HsNumber_Add(Hs_True, half), "1.5"));
    HS_CHECK(repr_is(HsNumber_Multiply(Hs_False, half), "0.0"));
    Hs_DECREF(v); Hs_DECREF(half);
}

static void test_divmod_types_body(void) {
    HsObject *seven = I(7), *two = HsFloat_FromDouble(2.0), *three = I(3);
    HS_CHECK(repr_is(HsNumber_Divmod(seven, two), "(3.0, 1.0)"));
    HsObject *qr = HsNumber_Divmod(seven, three);
    HS_CHECK(qr != NULL && HsTuple_CheckExact(qr));
    HS_CHECK(Hs_TYPE(HS_TUPLE_GET(qr, 0)) == &HsLong_Type);
    HS_CHECK(repr_is(qr, "(2, 1)"));
    HsObject *z = I(0);
    HS_CHECK(repr_is(HsNumber_Power(z, z, Hs_None), "1"));
    Hs_DECREF(seven); Hs_DECREF(two); Hs_DECREF(three); Hs_DECREF(z);
}

TWICE(test_limit_only_for_decimal_bases)
TWICE(test_double_conversions)
TWICE(test_compact_shifts)
TWICE(test_getnewargs_and_bool_hash)
TWICE(test_divmod_types)
TWICE(test_small_int_cache_results)
TWICE(test_digit_boundary_add)
TWICE(test_compact_multiply_extremes)
TWICE(test_floor_division_signs)
TWICE(test_division_by_zero_messages)
TWICE(test_true_divide)
TWICE(test_pow_cases)
TWICE(test_shifts)
TWICE(test_bitwise_negative)
TWICE(test_unary_and_copies)
TWICE(test_repr_limit_and_setter)
TWICE(test_repr_values)
TWICE(test_sizes)
TWICE(test_int_ctor_arguments)
TWICE(test_int_ctor_numbers)
TWICE(test_int_invalid_literal_repr_cut)
TWICE(test_method_conventions)
TWICE(test_round_half_even)
TWICE(test_getsets_and_ratio)
TWICE(test_format_ints)
TWICE(test_bool_operators)
TWICE(test_bool_constructor)
TWICE(test_hash_values)

HS_TEST_MAIN(test_small_int_cache_results, test_digit_boundary_add, test_compact_multiply_extremes,
             test_floor_division_signs, test_division_by_zero_messages, test_true_divide,
             test_pow_cases, test_shifts, test_bitwise_negative, test_unary_and_copies,
             test_repr_limit_and_setter, test_repr_values, test_sizes, test_int_ctor_arguments,
             test_int_ctor_numbers, test_int_invalid_literal_repr_cut, test_method_conventions,
             test_round_half_even, test_getsets_and_ratio, test_format_ints, test_bool_operators,
             test_bool_constructor, test_hash_values, test_limit_only_for_decimal_bases,
             test_double_conversions, test_compact_shifts, test_getnewargs_and_bool_hash,
             test_divmod_types)
