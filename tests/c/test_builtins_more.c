/* More builtins behaviour against CPython 3.11 (values from python3; see
 * tools/gen_builtins_messages.py): edge values, short-circuiting and consumption of
 * iterators, argument-count messages of each family, and print's rendering of objects. */
#include "test_builtins_support.h"

#include <stdlib.h>
#include <unistd.h>

static HsObject *bget(const char *name) {
    return HsObject_GetAttrString(tb_builtins, name);
}

static void test_arity_messages(void) {
    tb_init();
    CHECK_RAISES(B("abs", 0), TypeError, "abs() takes exactly one argument (0 given)");
    CHECK_RAISES(B("next", 0), TypeError, "next expected at least 1 argument, got 0");
    CHECK_RAISES(B("getattr", 4, I(1), S("x"), I(2), I(3)), TypeError,
                 "getattr expected at most 3 arguments, got 4");
    CHECK_RAISES(B("iter", 3, I(1), I(2), I(3)), TypeError,
                 "iter expected at most 2 arguments, got 3");
    CHECK_RAISES(B("round", 3, F(1.5), I(2), I(3)), TypeError,
                 "round() takes at most 2 arguments (3 given)");
    CHECK_RAISES(B("sum", 3, L(1, I(1)), I(2), I(3)), TypeError,
                 "sum() takes at most 2 arguments (3 given)");
    CHECK_RAISES(B("sorted", 1, L(2, I(1), S("a"))), TypeError,
                 "'<' not supported between instances of 'str' and 'int'");
}

static void test_any_all_consume(void) {
    tb_init();
    HsObject *it = B("iter", 1, L(3, I(0), I(1), I(2)));
    CHECK_REPR(B("any", 1, Hs_NewRef(it)), "True");
    CHECK_REPR(B("next", 1, Hs_NewRef(it)), "2"); /* any stopped at the first true item */
    Hs_DECREF(it);
    it = B("iter", 1, L(3, I(1), I(0), I(5)));
    CHECK_REPR(B("all", 1, Hs_NewRef(it)), "False");
    CHECK_REPR(B("next", 1, Hs_NewRef(it)), "5");
    Hs_DECREF(it);
}

static void test_zip_map_consume(void) {
    tb_init();
    HsObject *it = B("iter", 1, L(3, I(1), I(2), I(3)));
    HsObject *z = B("zip", 2, Hs_NewRef(it), L(0));
    CHECK_REPR(B("list", 1, z), "[]");
    CHECK_REPR(B("next", 1, Hs_NewRef(it)), "2"); /* zip took one from the first iterator */
    Hs_DECREF(it);
    CHECK_REPR(B("list", 1, B("map", 3, bget("divmod"), L(3, I(7), I(9), I(11)), L(2, I(2), I(4)))),
               "[(3, 1), (2, 1)]");
    CHECK_RAISES(B("list", 1, B("filter", 2, bget("len"), L(1, I(1)))), TypeError,
                 "object of type 'int' has no len()");
}

static void test_edge_numbers(void) {
    tb_init();
    CHECK_REPR(B("round", 2, I(15), I(-1)), "20");
    CHECK_REPR(B("round", 2, I(25), I(-1)), "20");
    CHECK_REPR(B("round", 1, HsBool_FromLong(1)), "1");
    CHECK_REPR(B("divmod", 2, F(-7.5), I(2)), "(-4.0, 0.5)");
    CHECK_REPR(B("hex", 1, HsNumber_Lshift(I(1), I(70))), "'0x400000000000000000'");
    CHECK_REPR(B("abs", 1, F(-0.0)), "0.0");
    CHECK_REPR(B("abs", 1, HsBool_FromLong(1)), "1");
    CHECK_REPR(B("sum", 1, L(2, HsNumber_Lshift(I(1), I(62)), HsNumber_Lshift(I(1), I(62)))),
               "9223372036854775808");
    CHECK_REPR(B("sum", 1, L(2, HsBool_FromLong(1), HsBool_FromLong(1))), "2");
    CHECK_REPR(B("sum", 2, L(2, F(1.5), I(2)), I(1)), "4.5");
    CHECK_REPR(B("chr", 1, I(0x10ffff)), "'\\U0010ffff'");
}

static void test_format_defaults(void) {
    tb_init();
    CHECK_REPR(B("format", 1, HsBool_FromLong(1)), "'True'");
    CHECK_REPR(B("format", 2, HsBool_FromLong(1), S("d")), "'1'");
    CHECK_REPR(B("format", 1, Hs_NewRef(Hs_None)), "'None'");
    CHECK_REPR(B("format", 1, F(1.0)), "'1.0'");
    CHECK_REPR(B("format", 1, F(-0.0)), "'-0.0'");
    CHECK_REPR(B("format", 2, I(3), S("")), "'3'");
    CHECK_REPR(B("format", 2, S("abc"), S("")), "'abc'");
    CHECK_RAISES(B("format", 2, S("ab"), S("d")), ValueError,
                 "Unknown format code 'd' for object of type 'str'");
}

static void test_isinstance_deep_tuple(void) {
    tb_init();
    HsObject *t = I(1);
    for (int i = 0; i < 5000; i++) {
        t = T(1, t);
    }
    CHECK_RAISES(B("isinstance", 2, I(1), t), RecursionError,
                 "maximum recursion depth exceeded in __instancecheck__");
    HS_CHECK(hs_vm_tstate()->recursion_depth == 0);
}

static void test_sorted_leaves_input(void) {
    tb_init();
    HsObject *lst = L(3, I(3), I(1), I(2));
    CHECK_REPR(B("sorted", 1, Hs_NewRef(lst)), "[1, 2, 3]");
    CHECK_REPR(Hs_NewRef(lst), "[3, 1, 2]");
    Hs_DECREF(lst);
    CHECK_REPR(B("sorted", 1, T(3, I(3), I(1), I(2))), "[1, 2, 3]");
    CHECK_REPR(B("ascii", 1, L(1, S("é"))), "\"['\\\\xe9']\"");
}

static void test_len_kinds(void) {
    tb_init();
    CHECK_REPR(B("len", 1, B("range", 1, I(10))), "10");
    CHECK_REPR(B("len", 1, HsDict_New()), "0");
    CHECK_REPR(B("len", 1, HsBytes_FromStringAndSize("ab", 2)), "2");
    CHECK_REPR(B("len", 1, T(2, I(1), I(2))), "2");
}

/* print's rendering of objects, into a temporary file. */
static void test_print_objects(void) {
    tb_init();
    char path[] = "/tmp/hs_more_XXXXXX";
    int fd = mkstemp(path);
    unlink(path);
    HsObject *f = hs_stdio_new(fd, "<tmp>", 1);
    CHECK_REPR(BK("print", 4, 1, "file", Hs_NewRef(Hs_None), HsBool_FromLong(1), F(1.0),
                  T(2, I(1), S("a")), Hs_NewRef(f)),
               "None");
    CHECK_REPR(BK("print", 2, 3, "sep end file", I(1), I(2), Hs_NewRef(Hs_None), Hs_NewRef(Hs_None),
                  Hs_NewRef(f)),
               "None");
    CHECK_REPR(BK("print", 1, 2, "end file", S("no newline"), S(""), Hs_NewRef(f)), "None");
    Hs_DECREF(f); /* dealloc flushes */
    char buf[128];
    const char want[] = "None True 1.0 (1, 'a')\n1 2\nno newline";
    ssize_t n = pread(fd, buf, sizeof buf, 0);
    close(fd);
    HS_CHECK(n == (ssize_t)sizeof want - 1 && memcmp(buf, want, sizeof want - 1) == 0);
}

HS_TEST_MAIN(test_arity_messages, test_any_all_consume, test_zip_map_consume, test_edge_numbers,
             test_format_defaults, test_isinstance_deep_tuple, test_sorted_leaves_input,
             test_len_kinds, test_print_objects)
