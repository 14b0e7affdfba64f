/* The iterator types of builtins (enumerate, zip, map, filter, reversed, callable_iterator):
 * results, strict zip's messages, argument errors, sizes (sys.getsizeof as CPython 3.11's),
 * and print()'s output bytes through a text stream on a temporary file. Expected values from
 * tools/gen_builtins_messages.py (python3). */
#include "test_builtins_support.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_set.h"

#include <stdlib.h>
#include <unistd.h>

/* list(x), consuming x. Return: new reference. */
static HsObject *LIST(HsObject *x) {
    if (x == NULL) {
        return NULL;
    }
    HsObject *r = HsObject_CallOneArg((HsObject *)&HsList_Type, x);
    Hs_DECREF(x);
    return r;
}

static HsObject *bget(const char *name) {
    return HsObject_GetAttrString(tb_builtins, name);
}

static void test_enumerate(void) {
    tb_init();
    CHECK_REPR(LIST(B("enumerate", 2, S("ab"), I(5))), "[(5, 'a'), (6, 'b')]");
    CHECK_REPR(LIST(B("enumerate", 1, L(2, I(7), I(8)))), "[(0, 7), (1, 8)]");
    CHECK_REPR(LIST(BK("enumerate", 0, 2, "iterable start", S("x"), I(-1))), "[(-1, 'x')]");
    HsObject *big = HsNumber_Lshift(I(1), I(70));
    CHECK_REPR(LIST(B("enumerate", 2, S("ab"), big)),
               "[(1180591620717411303424, 'a'), (1180591620717411303425, 'b')]");
    CHECK_REPR(LIST(B("enumerate", 2, S("ab"), I(9223372036854775806L))),
               "[(9223372036854775806, 'a'), (9223372036854775807, 'b')]");
    CHECK_RAISES(B("enumerate", 0), TypeError, "enumerate() missing required argument 'iterable'");
    CHECK_RAISES(B("enumerate", 1, I(1)), TypeError, "'int' object is not iterable");
    CHECK_RAISES(B("enumerate", 2, L(0), S("a")), TypeError,
                 "'str' object cannot be interpreted as an integer");
    CHECK_RAISES(BK("enumerate", 0, 1, "x", I(1)), TypeError,
                 "'x' is an invalid keyword argument for enumerate()");
    CHECK_REPR(bget("enumerate"), "<class 'enumerate'>");
}

static void test_zip(void) {
    tb_init();
    CHECK_REPR(LIST(B("zip", 2, S("ab"), L(3, I(1), I(2), I(3)))), "[('a', 1), ('b', 2)]");
    CHECK_REPR(LIST(B("zip", 0)), "[]");
    CHECK_REPR(LIST(B("zip", 1, S("ab"))), "[('a',), ('b',)]");
    CHECK_REPR(LIST(BK("zip", 2, 1, "strict", S("ab"), S("cd"), HsBool_FromLong(1))),
               "[('a', 'c'), ('b', 'd')]");
    CHECK_RAISES(LIST(BK("zip", 2, 1, "strict", L(1, I(1)), L(2, I(1), I(2)), HsBool_FromLong(1))),
                 ValueError, "zip() argument 2 is longer than argument 1");
    CHECK_RAISES(LIST(BK("zip", 2, 1, "strict", L(2, I(1), I(2)), L(1, I(1)), HsBool_FromLong(1))),
                 ValueError, "zip() argument 2 is shorter than argument 1");
    CHECK_RAISES(LIST(BK("zip", 3, 1, "strict", L(1, I(1)), L(1, I(1)), L(2, I(1), I(2)),
                         HsBool_FromLong(1))),
                 ValueError, "zip() argument 3 is longer than arguments 1-2");
    CHECK_RAISES(LIST(BK("zip", 3, 1, "strict", L(2, I(1), I(2)), L(2, I(1), I(2)), L(1, I(1)),
                         HsBool_FromLong(1))),
                 ValueError, "zip() argument 3 is shorter than arguments 1-2");
    CHECK_RAISES(B("zip", 1, I(1)), TypeError, "'int' object is not iterable");
    CHECK_RAISES(BK("zip", 0, 1, "x", I(1)), TypeError,
                 "'x' is an invalid keyword argument for zip()");
    CHECK_REPR(bget("zip"), "<class 'zip'>");
}

static void test_map_filter(void) {
    tb_init();
    CHECK_REPR(LIST(B("map", 3, bget("pow"), L(2, I(2), I(3)), L(3, I(3), I(2), I(9)))), "[8, 9]");
    CHECK_REPR(LIST(B("map", 2, bget("abs"), L(2, I(-1), F(-2.5)))), "[1, 2.5]");
    CHECK_RAISES(B("map", 1, bget("abs")), TypeError, "map() must have at least two arguments.");
    CHECK_RAISES(B("map", 0), TypeError, "map() must have at least two arguments.");
    CHECK_RAISES(LIST(B("map", 2, I(1), L(1, I(1)))), TypeError, "'int' object is not callable");
    CHECK_REPR(LIST(B("filter", 2, Hs_NewRef(Hs_None), L(4, I(0), I(1), S(""), S("a")))),
               "[1, 'a']");
    CHECK_REPR(LIST(B("filter", 2, bget("bool"), L(3, I(0), I(2), L(0)))), "[2]");
    CHECK_REPR(LIST(B("filter", 2, bget("abs"), L(3, I(0), I(-2), I(0)))), "[-2]");
    CHECK_RAISES(B("filter", 1, Hs_NewRef(Hs_None)), TypeError,
                 "filter expected 2 arguments, got 1");
    CHECK_RAISES(BK("filter", 2, 1, "x", Hs_NewRef(Hs_None), L(0), I(1)), TypeError,
                 "filter() takes no keyword arguments");
}

static void test_reversed(void) {
    tb_init();
    CHECK_REPR(LIST(B("reversed", 1, T(3, I(1), I(2), I(3)))), "[3, 2, 1]");
    CHECK_REPR(LIST(B("reversed", 1, S("abc"))), "['c', 'b', 'a']");
    CHECK_REPR(LIST(B("reversed", 1, B("range", 1, I(3)))), "[2, 1, 0]");
    CHECK_REPR(LIST(B("reversed", 1, L(2, I(1), I(2)))), "[2, 1]");
    HsObject *r = B("reversed", 1, T(1, I(1)));
    HS_CHECK(r != NULL && Hs_TYPE(r) == &HsReversed_Type);
    CHECK_REPR(HsObject_CallMethodNoArgs(r, S("__length_hint__")), "1");
    Hs_DECREF(r);
    r = B("reversed", 1, L(0));
    CHECK_REPR(HsObject_GetAttrString((HsObject *)Hs_TYPE(r), "__name__"),
               "'list_reverseiterator'");
    Hs_DECREF(r);
    CHECK_RAISES(B("reversed", 1, I(1)), TypeError, "'int' object is not reversible");
    CHECK_RAISES(B("reversed", 1, HsSet_New(NULL)), TypeError, "'set' object is not reversible");
    CHECK_RAISES(B("reversed", 0), TypeError, "reversed expected 1 argument, got 0");
}

static void test_callable_iterator(void) {
    tb_init();
    HsObject *lst = L(4, I(1), I(2), I(3), I(0));
    HsObject *pop = HsObject_GetAttrString(lst, "pop");
    HsObject *it = B("iter", 2, pop, I(1));
    HS_CHECK(it != NULL && Hs_TYPE(it) == &HsCallIter_Type);
    CHECK_REPR(HsObject_GetAttrString((HsObject *)Hs_TYPE(it), "__name__"), "'callable_iterator'");
    CHECK_REPR(LIST(Hs_NewRef(it)), "[0, 3, 2]");
    CHECK_REPR(Hs_NewRef(lst), "[]");
    /* exhausted stays exhausted even though the callable would now raise */
    CHECK_REPR(LIST(it), "[]");
    Hs_DECREF(lst);
}

/* enumerate and zip reuse their result tuple when the caller has dropped the previous one
 * (CPython: id(next(e)) == id(next(e))), and make a new one while it is still held. */
static void test_result_tuple_reuse(void) {
    tb_init();
    HsObject *e = B("enumerate", 1, S("abc"));
    HsObject *t1 = B("next", 1, Hs_NewRef(e));
    HsObject *t1_addr = t1;
    Hs_DECREF(t1);
    HsObject *t2 = B("next", 1, Hs_NewRef(e));
    HS_CHECK(t2 == t1_addr);
    CHECK_REPR(Hs_NewRef(t2), "(1, 'b')");
    HsObject *t3 = B("next", 1, Hs_NewRef(e)); /* t2 still held: a new tuple */
    HS_CHECK(t3 != t2);
    CHECK_REPR(Hs_NewRef(t2), "(1, 'b')");
    CHECK_REPR(t3, "(2, 'c')");
    Hs_DECREF(t2);
    Hs_DECREF(e);
    HsObject *z = B("zip", 2, S("ab"), S("xy"));
    HsObject *p1 = B("next", 1, Hs_NewRef(z));
    HsObject *p1_addr = p1;
    Hs_DECREF(p1);
    HsObject *p2 = B("next", 1, Hs_NewRef(z));
    HS_CHECK(p2 == p1_addr);
    CHECK_REPR(p2, "('b', 'y')");
    Hs_DECREF(z);
}

static void test_sizes(void) {
    tb_init();
    CHECK_REPR(SYS("getsizeof", 1, B("enumerate", 1, L(0))), "72");
    CHECK_REPR(SYS("getsizeof", 1, B("zip", 0)), "64");
    CHECK_REPR(SYS("getsizeof", 1, B("map", 2, bget("abs"), L(0))), "48");
    CHECK_REPR(SYS("getsizeof", 1, B("filter", 2, Hs_NewRef(Hs_None), L(0))), "48");
    CHECK_REPR(SYS("getsizeof", 1, B("reversed", 1, T(1, I(1)))), "48");
    CHECK_REPR(SYS("getsizeof", 1, B("iter", 2, bget("len"), I(1))), "48");
    HsObject *e = B("enumerate", 1, L(0));
    HS_CHECK(HsObject_IS_GC(e) && hs_gc_is_tracked(e));
    Hs_DECREF(e);
}

/* ==== print ==== */

static int tmp_fd;
static HsObject *tmp_stream;

static void tmp_open(void) {
    char path[] = "/tmp/hs_print_XXXXXX";
    tmp_fd = mkstemp(path);
    unlink(path);
    tmp_stream = hs_stdio_new(tmp_fd, "<tmp>", 1);
}

/* Everything written to the temporary file so far, then close it. */
static int tmp_contents_are(const char *want, Hs_ssize_t wantlen) {
    char buf[512];
    lseek(tmp_fd, 0, SEEK_SET);
    ssize_t n = read(tmp_fd, buf, sizeof buf);
    Hs_CLEAR(tmp_stream);
    close(tmp_fd);
    int ok = n == wantlen && memcmp(buf, want, (size_t)n) == 0;
    if (!ok) {
        printf("  file holds %zd bytes: %.*s\n", n, (int)(n < 0 ? 0 : n), buf);
    }
    return ok;
}

static void test_print_file(void) {
    tb_init();
    tmp_open();
    CHECK_REPR(BK("print", 3, 1, "file", I(1), S("a"), F(2.5), Hs_NewRef(tmp_stream)), "None");
    CHECK_REPR(
        BK("print", 2, 3, "sep end file", S("x"), S("y"), S("--"), S("|"), Hs_NewRef(tmp_stream)),
        "None");
    CHECK_REPR(BK("print", 0, 1, "file", Hs_NewRef(tmp_stream)), "None");
    CHECK_REPR(BK("print", 2, 3, "sep end file", S("é"), L(1, S("q")), Hs_NewRef(Hs_None),
                  Hs_NewRef(Hs_None), Hs_NewRef(tmp_stream)),
               "None");
    /* full buffering on a file: nothing is written until flush */
    char c;
    HS_CHECK(pread(tmp_fd, &c, 1, 0) == 0);
    CHECK_REPR(BK("print", 1, 2, "file flush", S("!"), Hs_NewRef(tmp_stream), HsBool_FromLong(1)),
               "None");
    const char want[] = "1 a 2.5\nx--y|\n\xc3\xa9 ['q']\n!\n";
    HS_CHECK(tmp_contents_are(want, (Hs_ssize_t)sizeof want - 1));
}

static void test_print_stdout_and_errors(void) {
    tb_init();
    tmp_open();
    HsObject *saved = HsObject_GetAttrString(tb_sys, "stdout");
    HS_CHECK(HsObject_SetAttrString(tb_sys, "stdout", tmp_stream) == 0);
    CHECK_REPR(B("print", 2, S("to"), S("stdout")), "None");
    HsObject *flushed = HsObject_CallMethodNoArgs(tmp_stream, S("flush"));
    Hs_XDECREF(flushed);
    HS_CHECK(HsObject_SetAttrString(tb_sys, "stdout", saved) == 0);
    Hs_DECREF(saved);
    HS_CHECK(tmp_contents_are("to stdout\n", 10));
    CHECK_RAISES(BK("print", 0, 1, "sep", I(1)), TypeError,
                 "sep must be None or a string, not int");
    CHECK_RAISES(BK("print", 0, 1, "end", I(1)), TypeError,
                 "end must be None or a string, not int");
    CHECK_RAISES(BK("print", 0, 1, "file", I(1)), AttributeError,
                 "'int' object has no attribute 'write'");
    CHECK_RAISES(BK("print", 0, 1, "x", I(1)), TypeError,
                 "'x' is an invalid keyword argument for print()");
}

HS_TEST_MAIN(test_enumerate, test_zip, test_map_filter, test_reversed, test_callable_iterator,
             test_result_tuple_reuse, test_sizes, test_print_file, test_print_stdout_and_errors)
