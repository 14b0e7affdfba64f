/* The builtins module's functions, called as Python calls them (module attribute, then
 * vectorcall), with CPython 3.11's results and error messages (tools/gen_builtins_messages.py
 * prints them from python3). The iterator types and print are in test_builtins_iter.c. */
#include "test_builtins_support.h"

static void test_abs_all_any(void) {
    tb_init();
    CHECK_REPR(B("abs", 1, I(-5)), "5");
    CHECK_REPR(B("abs", 1, F(-2.5)), "2.5");
    CHECK_RAISES(B("abs", 1, S("a")), TypeError, "bad operand type for abs(): 'str'");
    CHECK_REPR(B("all", 1, L(2, I(1), I(0))), "False");
    CHECK_REPR(B("all", 1, L(0)), "True");
    CHECK_REPR(B("any", 1, L(3, I(0), I(0), I(3))), "True");
    CHECK_REPR(B("any", 1, L(0)), "False");
    CHECK_RAISES(B("all", 1, I(1)), TypeError, "'int' object is not iterable");
    CHECK_RAISES(B("any", 1, I(1)), TypeError, "'int' object is not iterable");
}

static void test_len_and_arity(void) {
    tb_init();
    CHECK_REPR(B("len", 1, L(2, I(1), I(2))), "2");
    CHECK_REPR(B("len", 1, S("héllo")), "5");
    CHECK_RAISES(B("len", 0), TypeError, "len() takes exactly one argument (0 given)");
    CHECK_RAISES(B("len", 2, L(0), L(0)), TypeError, "len() takes exactly one argument (2 given)");
    CHECK_RAISES(B("len", 1, I(1)), TypeError, "object of type 'int' has no len()");
    CHECK_RAISES(B("repr", 0), TypeError, "repr() takes exactly one argument (0 given)");
    CHECK_RAISES(B("callable", 0), TypeError, "callable() takes exactly one argument (0 given)");
}

static void test_ascii_repr(void) {
    tb_init();
    CHECK_REPR(B("ascii", 1, S("é\n")), "\"'\\\\xe9\\\\n'\"");
    CHECK_REPR(B("ascii", 1, S("λ\xf0\x9f\x98\x80")), "\"'\\\\u03bb\\\\U0001f600'\"");
    CHECK_REPR(B("ascii", 1, I(5)), "'5'");
    CHECK_REPR(B("repr", 1, S("a")), "\"'a'\"");
    CHECK_REPR(B("repr", 1, L(1, S("é"))), "\"['é']\"");
}

static void test_bin_oct_hex(void) {
    tb_init();
    CHECK_REPR(B("bin", 1, I(-10)), "'-0b1010'");
    CHECK_REPR(B("bin", 1, I(0)), "'0b0'");
    CHECK_REPR(B("oct", 1, I(8)), "'0o10'");
    CHECK_REPR(B("hex", 1, I(-255)), "'-0xff'");
    CHECK_REPR(B("hex", 1, HsBool_FromLong(1)), "'0x1'");
    CHECK_RAISES(B("hex", 1, F(1.0)), TypeError,
                 "'float' object cannot be interpreted as an integer");
    CHECK_RAISES(B("bin", 1, S("a")), TypeError,
                 "'str' object cannot be interpreted as an integer");
}

static void test_chr_ord(void) {
    tb_init();
    CHECK_REPR(B("chr", 1, I(955)), "'λ'");
    CHECK_REPR(B("chr", 1, I(65)), "'A'");
    CHECK_RAISES(B("chr", 1, I(-1)), ValueError, "chr() arg not in range(0x110000)");
    CHECK_RAISES(B("chr", 1, I(0x110000)), ValueError, "chr() arg not in range(0x110000)");
    CHECK_RAISES(B("chr", 1, S("a")), TypeError,
                 "'str' object cannot be interpreted as an integer");
    CHECK_REPR(B("ord", 1, S("λ")), "955");
    CHECK_REPR(B("ord", 1, HsBytes_FromStringAndSize("\xff", 1)), "255");
    CHECK_RAISES(B("ord", 1, S("ab")), TypeError,
                 "ord() expected a character, but string of length 2 found");
    CHECK_RAISES(B("ord", 1, S("")), TypeError,
                 "ord() expected a character, but string of length 0 found");
    CHECK_RAISES(B("ord", 1, I(1)), TypeError, "ord() expected string of length 1, but int found");
}

static void test_callable_id_hash(void) {
    tb_init();
    CHECK_REPR(B("callable", 1, HsObject_GetAttrString(tb_builtins, "len")), "True");
    CHECK_REPR(B("callable", 1, Hs_NewRef((HsObject *)&HsLong_Type)), "True");
    CHECK_REPR(B("callable", 1, I(1)), "False");
    HsObject *x = S("x");
    HsObject *id = B("id", 1, Hs_NewRef(x));
    HS_CHECK(id != NULL);
    HS_CHECK((uintptr_t)HsLong_AsSsize_t(id) == (uintptr_t)x);
    Hs_DECREF(id);
    Hs_DECREF(x);
    CHECK_REPR(B("hash", 1, T(2, I(1), I(2))), "-3550055125485641917");
    CHECK_REPR(B("hash", 1, F(1.0)), "1");
    CHECK_RAISES(B("hash", 1, L(0)), TypeError, "unhashable type: 'list'");
}

static void test_divmod_pow(void) {
    tb_init();
    CHECK_REPR(B("divmod", 2, I(-7), I(2)), "(-4, 1)");
    CHECK_REPR(B("divmod", 2, F(7.5), I(2)), "(3.0, 1.5)");
    CHECK_RAISES(B("divmod", 1, I(1)), TypeError, "divmod expected 2 arguments, got 1");
    CHECK_RAISES(B("divmod", 2, I(7), I(0)), ZeroDivisionError,
                 "integer division or modulo by zero");
    CHECK_REPR(B("pow", 3, I(3), I(4), I(5)), "1");
    CHECK_REPR(B("pow", 2, I(2), I(-1)), "0.5");
    CHECK_REPR(B("pow", 2, I(-2), I(3)), "-8");
    CHECK_REPR(B("pow", 2, I(2), F(0.5)), "1.4142135623730951");
    CHECK_REPR(B("pow", 3, I(2), I(-1), I(5)), "3");
    CHECK_REPR(BK("pow", 0, 2, "base exp", I(2), I(10)), "1024");
    CHECK_RAISES(B("pow", 1, I(2)), TypeError, "pow() missing required argument 'exp' (pos 2)");
    CHECK_RAISES(B("pow", 3, I(2), I(3), I(0)), ValueError, "pow() 3rd argument cannot be 0");
    CHECK_RAISES(B("pow", 3, F(2.0), I(3), I(5)), TypeError,
                 "pow() 3rd argument not allowed unless all arguments are integers");
}

static void test_round(void) {
    tb_init();
    CHECK_REPR(B("round", 1, F(2.5)), "2");
    CHECK_REPR(B("round", 1, F(-0.5)), "0");
    CHECK_REPR(B("round", 2, F(2.675), I(2)), "2.67");
    CHECK_REPR(B("round", 2, F(1.25), I(1)), "1.2");
    CHECK_REPR(B("round", 2, I(1234), I(-2)), "1200");
    CHECK_REPR(B("round", 2, F(2.5), Hs_NewRef(Hs_None)), "2");
    CHECK_REPR(BK("round", 1, 1, "ndigits", F(3.14159), I(3)), "3.142");
    CHECK_RAISES(B("round", 1, S("a")), TypeError, "type str doesn't define __round__ method");
    CHECK_RAISES(B("round", 2, F(1.5), S("a")), TypeError,
                 "'str' object cannot be interpreted as an integer");
}

static void test_attr_functions(void) {
    tb_init();
    CHECK_REPR(B("getattr", 2, I(5), S("real")), "5");
    CHECK_REPR(B("getattr", 3, I(1), S("x"), I(9)), "9");
    CHECK_RAISES(B("getattr", 1, I(1)), TypeError, "getattr expected at least 2 arguments, got 1");
    CHECK_RAISES(B("getattr", 2, I(1), S("x")), AttributeError,
                 "'int' object has no attribute 'x'");
    CHECK_RAISES(B("getattr", 2, I(1), I(2)), TypeError,
                 "attribute name must be string, not 'int'");
    CHECK_REPR(B("hasattr", 2, I(1), S("real")), "True");
    CHECK_REPR(B("hasattr", 2, I(1), S("x")), "False");
    CHECK_RAISES(B("hasattr", 2, I(1), I(2)), TypeError,
                 "attribute name must be string, not 'int'");
    CHECK_RAISES(B("delattr", 1, I(1)), TypeError, "delattr expected 2 arguments, got 1");
    /* a module's attributes can be set and deleted */
    HsObject *m = HsObject_GetAttrString(tb_sys, "implementation");
    CHECK_REPR(B("setattr", 3, Hs_NewRef(m), S("extra"), I(7)), "None");
    CHECK_REPR(B("getattr", 2, Hs_NewRef(m), S("extra")), "7");
    CHECK_REPR(B("delattr", 2, Hs_NewRef(m), S("extra")), "None");
    CHECK_REPR(B("hasattr", 2, Hs_NewRef(m), S("extra")), "False");
    Hs_DECREF(m);
}

static void test_format(void) {
    tb_init();
    CHECK_REPR(B("format", 2, F(3.14159), S(".2f")), "'3.14'");
    CHECK_REPR(B("format", 1, I(42)), "'42'");
    CHECK_REPR(B("format", 2, I(42), S("x")), "'2a'");
    CHECK_REPR(B("format", 2, I(42), S("#010b")), "'0b00101010'");
    CHECK_REPR(B("format", 2, S("ab"), S(">5")), "'   ab'");
    CHECK_REPR(B("format", 2, S("ab"), S("*^6")), "'**ab**'");
    CHECK_REPR(B("format", 1, L(1, I(1))), "'[1]'");
    CHECK_RAISES(B("format", 2, I(1), I(2)), TypeError, "format() argument 2 must be str, not int");
    CHECK_RAISES(B("format", 2, L(0), S("x")), TypeError,
                 "unsupported format string passed to list.__format__");
    CHECK_RAISES(B("format", 2, HsObject_CallNoArgs((HsObject *)&HsBaseObject_Type), S("x")),
                 TypeError, "unsupported format string passed to object.__format__");
}

static void test_isinstance_issubclass(void) {
    tb_init();
    HsObject *intt = (HsObject *)&HsLong_Type, *strt = (HsObject *)&HsUnicode_Type;
    HsObject *boolt = (HsObject *)&HsBool_Type;
    CHECK_REPR(B("isinstance", 2, I(1), Hs_NewRef(intt)), "True");
    CHECK_REPR(B("isinstance", 2, HsBool_FromLong(1), Hs_NewRef(intt)), "True");
    CHECK_REPR(B("isinstance", 2, I(1), Hs_NewRef(strt)), "False");
    CHECK_REPR(B("isinstance", 2, I(1), T(2, Hs_NewRef(strt), T(1, Hs_NewRef(intt)))), "True");
    CHECK_REPR(B("isinstance", 2, I(1), T(0)), "False");
    CHECK_RAISES(B("isinstance", 2, I(1), I(1)), TypeError,
                 "isinstance() arg 2 must be a type, a tuple of types, or a union");
    CHECK_RAISES(B("isinstance", 1, I(1)), TypeError, "isinstance expected 2 arguments, got 1");
    CHECK_REPR(B("issubclass", 2, Hs_NewRef(boolt), T(2, Hs_NewRef(strt), Hs_NewRef(intt))),
               "True");
    CHECK_REPR(B("issubclass", 2, Hs_NewRef(intt), Hs_NewRef(boolt)), "False");
    CHECK_REPR(B("issubclass", 2, Hs_NewRef(boolt), Hs_NewRef((HsObject *)&HsBaseObject_Type)),
               "True");
    CHECK_RAISES(B("issubclass", 2, I(1), Hs_NewRef(intt)), TypeError,
                 "issubclass() arg 1 must be a class");
    CHECK_RAISES(B("issubclass", 2, Hs_NewRef(intt), I(1)), TypeError,
                 "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

static void test_iter_next(void) {
    tb_init();
    HsObject *it = B("iter", 1, L(2, I(1), I(2)));
    CHECK_REPR(B("next", 1, Hs_NewRef(it)), "1");
    CHECK_REPR(B("next", 1, Hs_NewRef(it)), "2");
    CHECK_REPR(B("next", 2, Hs_NewRef(it), I(5)), "5");
    CHECK_RAISES(B("next", 1, Hs_NewRef(it)), StopIteration, "");
    Hs_DECREF(it);
    CHECK_RAISES(B("iter", 0), TypeError, "iter expected at least 1 argument, got 0");
    CHECK_RAISES(B("iter", 1, I(1)), TypeError, "'int' object is not iterable");
    CHECK_RAISES(B("iter", 2, I(1), I(2)), TypeError, "iter(v, w): v must be callable");
    CHECK_RAISES(B("next", 1, I(1)), TypeError, "'int' object is not an iterator");
}

static void test_min_max(void) {
    tb_init();
    CHECK_REPR(B("max", 3, I(1), I(2), I(3)), "3");
    CHECK_REPR(B("min", 3, S("b"), S("a"), S("c")), "'a'");
    CHECK_REPR(B("max", 1, S("hello")), "'o'");
    CHECK_REPR(B("max", 1, L(3, I(2), I(3), I(3))), "3");
    HsObject *absf = HsObject_GetAttrString(tb_builtins, "abs");
    CHECK_REPR(BK("max", 1, 1, "key", L(3, I(3), I(-5), I(2)), Hs_NewRef(absf)), "-5");
    CHECK_REPR(BK("min", 1, 1, "key", L(3, I(3), I(-5), I(2)), Hs_NewRef(absf)), "2");
    /* ties keep the first: max([-3, 3], key=abs) is -3 */
    CHECK_REPR(BK("max", 1, 1, "key", L(2, I(-3), I(3)), Hs_NewRef(absf)), "-3");
    Hs_DECREF(absf);
    CHECK_REPR(BK("min", 1, 1, "default", L(0), I(5)), "5");
    CHECK_REPR(BK("max", 1, 1, "default", L(0), Hs_NewRef(Hs_None)), "None");
    CHECK_RAISES(B("max", 0), TypeError, "max expected at least 1 argument, got 0");
    CHECK_RAISES(B("max", 1, L(0)), ValueError, "max() arg is an empty sequence");
    CHECK_RAISES(B("min", 1, L(0)), ValueError, "min() arg is an empty sequence");
    CHECK_RAISES(B("max", 1, I(1)), TypeError, "'int' object is not iterable");
    CHECK_RAISES(BK("max", 2, 1, "default", I(1), I(2), I(0)), TypeError,
                 "Cannot specify a default for max() with multiple positional arguments");
    CHECK_RAISES(BK("max", 1, 1, "x", L(0), I(1)), TypeError,
                 "'x' is an invalid keyword argument for max()");
    CHECK_RAISES(BK("min", 2, 1, "key", I(1), I(2), I(1)), TypeError,
                 "'int' object is not callable");
    CHECK_RAISES(B("max", 2, I(1), S("a")), TypeError,
                 "'>' not supported between instances of 'str' and 'int'");
}

static void test_sum(void) {
    tb_init();
    CHECK_REPR(B("sum", 1, L(3, I(1), I(2), I(3))), "6");
    CHECK_REPR(B("sum", 2, B("range", 1, I(5)), I(10)), "20");
    CHECK_REPR(BK("sum", 1, 1, "start", L(0), I(7)), "7");
    CHECK_REPR(B("sum", 1, L(2, I(1), F(2.5))), "3.5");
    HsObject *tenth =
        L(10, F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1));
    CHECK_REPR(B("sum", 1, tenth), "0.9999999999999999");
    CHECK_REPR(B("sum", 2, L(2, L(1, I(1)), L(1, I(2))), L(0)), "[1, 2]");
    CHECK_REPR(B("sum", 1, L(2, I(9223372036854775807L), I(1))), "9223372036854775808");
    CHECK_REPR(B("sum", 1, L(3, HsBool_FromLong(1), HsBool_FromLong(1), F(0.5))), "2.5");
    CHECK_RAISES(B("sum", 2, L(1, S("a")), S("b")), TypeError,
                 "sum() can't sum strings [use ''.join(seq) instead]");
    CHECK_RAISES(B("sum", 2, L(0), HsBytes_FromStringAndSize("", 0)), TypeError,
                 "sum() can't sum bytes [use b''.join(seq) instead]");
    CHECK_RAISES(B("sum", 0), TypeError, "sum() takes at least 1 positional argument (0 given)");
    CHECK_RAISES(B("sum", 1, L(2, I(1), S("a"))), TypeError,
                 "unsupported operand type(s) for +: 'int' and 'str'");
}

static void test_sorted(void) {
    tb_init();
    CHECK_REPR(B("sorted", 1, L(3, I(3), I(1), I(2))), "[1, 2, 3]");
    CHECK_REPR(BK("sorted", 1, 1, "reverse", L(3, I(3), I(1), I(2)), HsBool_FromLong(1)),
               "[3, 2, 1]");
    CHECK_REPR(B("sorted", 1, S("cab")), "['a', 'b', 'c']");
    HsObject *absf = HsObject_GetAttrString(tb_builtins, "abs");
    CHECK_REPR(BK("sorted", 1, 1, "key", L(3, I(-3), I(1), I(-2)), absf), "[1, -2, -3]");
    CHECK_RAISES(B("sorted", 0), TypeError, "sorted expected 1 argument, got 0");
    CHECK_RAISES(B("sorted", 2, L(0), I(1)), TypeError, "sorted expected 1 argument, got 2");
    CHECK_RAISES(BK("sorted", 1, 1, "x", L(0), I(1)), TypeError,
                 "'x' is an invalid keyword argument for sort()");
}

static void test_dir_vars(void) {
    tb_init();
    HsObject *d = B("dir", 1, Hs_NewRef(tb_sys));
    HS_CHECK(d != NULL && HsList_Check(d));
    /* sorted: CPython 3.11 also starts with sys.__breakpointhook__ */
    HsObject *first = HsList_GetItem(d, 0);
    HS_CHECK(hs_str_eq_ascii(first, "__breakpointhook__"));
    Hs_DECREF(d);
    /* dir(int) holds the MRO dicts' keys: int's and object's */
    d = B("dir", 1, Hs_NewRef((HsObject *)&HsLong_Type));
    HsObject *k = S("bit_length"), *k2 = S("__class__");
    HS_CHECK(HsSequence_Contains(d, k) == 1 && HsSequence_Contains(d, k2) == 1);
    Hs_DECREF(d);
    d = B("dir", 1, I(5));
    HS_CHECK(HsSequence_Contains(d, k) == 1);
    Hs_DECREF(d);
    Hs_DECREF(k);
    Hs_DECREF(k2);
    CHECK_RAISES(B("dir", 2, I(1), I(2)), TypeError, "dir expected at most 1 argument, got 2");
    HsObject *v = B("vars", 1, Hs_NewRef(tb_sys));
    HS_CHECK(v == HS_MODULE_DICT(tb_sys));
    Hs_XDECREF(v);
    CHECK_RAISES(B("vars", 1, I(1)), TypeError, "vars() argument must have __dict__ attribute");
    CHECK_RAISES(B("vars", 2, I(1), I(2)), TypeError, "vars expected at most 1 argument, got 2");
    CHECK_REPR(B("globals", 0), "None");
}

static void test_names(void) {
    tb_init();
    static const char *const types[] = {
        "bool",  "bytearray", "bytes",     "complex", "dict", "float",  "frozenset",
        "int",   "list",      "object",    "range",   "set",  "slice",  "str",
        "tuple", "type",      "enumerate", "zip",     "map",  "filter", "reversed"};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        HsObject *t = HsObject_GetAttrString(tb_builtins, types[i]);
        HS_CHECK(t != NULL && HsType_Check(t));
        HsObject *name = HsObject_GetAttrString(t, "__name__");
        HS_CHECK(name != NULL && hs_str_eq_ascii(name, types[i]));
        Hs_DECREF(name);
        Hs_DECREF(t);
    }
    CHECK_REPR(HsObject_GetAttrString(tb_builtins, "ZeroDivisionError"),
               "<class 'ZeroDivisionError'>");
    CHECK_REPR(HsObject_GetAttrString(tb_builtins, "UnicodeWarning"), "<class 'UnicodeWarning'>");
    CHECK_REPR(HsObject_GetAttrString(tb_builtins, "__debug__"), "True");
    CHECK_REPR(HsObject_GetAttrString(tb_builtins, "Ellipsis"), "Ellipsis");
    CHECK_REPR(HsObject_GetAttrString(tb_builtins, "NotImplemented"), "NotImplemented");
    CHECK_REPR(HsObject_GetAttrString(tb_builtins, "None"), "None");
    CHECK_REPR(HsObject_GetAttrString(tb_builtins, "__name__"), "'builtins'");
    CHECK_REPR(HsObject_GetAttrString(tb_builtins, "len"), "<built-in function len>");
    CHECK_REPR(HsObject_GetAttrString(tb_builtins, "open"), "<built-in function open>");
}

HS_TEST_MAIN(test_abs_all_any, test_len_and_arity, test_ascii_repr, test_bin_oct_hex, test_chr_ord,
             test_callable_id_hash, test_divmod_pow, test_round, test_attr_functions, test_format,
             test_isinstance_issubclass, test_iter_next, test_min_max, test_sum, test_sorted,
             test_dir_vars, test_names)
