/* The sys module and the standard text streams: sys's facts (argv, path, modules, version,
 * hexversion, maxsize, ...), its functions with CPython 3.11's results and messages
 * (tools/gen_builtins_messages.py), stream writes/reads/buffering on files, pipes and a
 * pseudo-terminal, and input() over a pipe. */
#include "test_builtins_support.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_module.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

static HsObject *attr(const char *name) {
    return HsObject_GetAttrString(tb_sys, name);
}

/* o.name(*args) with 'n' stolen arguments. Return: new reference. */
static HsObject *M(HsObject *o, const char *name, int n, ...) {
    va_list va;
    va_start(va, n);
    HsObject *r = tb_callv(o, name, n, 0, NULL, va);
    va_end(va);
    return r;
}

static void test_sys_argv_path_modules(void) {
    tb_init();
    CHECK_REPR(attr("argv"), "['/tmp/dir/script.py', '-x']");
    CHECK_REPR(attr("path"), "['/tmp/dir']");
    CHECK_REPR(attr("builtin_module_names"), "('builtins', 'sys')");
    HsObject *mods = attr("modules");
    HS_CHECK(mods != NULL && HsDict_Check(mods));
    HS_CHECK(HsDict_GetItemString(mods, "sys") == tb_sys);
    HS_CHECK(HsDict_GetItemString(mods, "builtins") == tb_builtins);
    Hs_DECREF(mods);
    CHECK_REPR(attr("__name__"), "'sys'");
}

static void test_sys_facts(void) {
    tb_init();
    HsObject *v = attr("version");
    HS_CHECK(v != NULL && strncmp(HsUnicode_AsUTF8(v), "3.11.7 ", 7) == 0);
    Hs_DECREF(v);
    CHECK_REPR(attr("version_info"),
               "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)");
    CHECK_REPR(attr("hexversion"), "51054576");
    CHECK_REPR(attr("maxsize"), "9223372036854775807");
    CHECK_REPR(attr("maxunicode"), "1114111");
    CHECK_REPR(attr("byteorder"), "'little'");
    CHECK_REPR(attr("platform"), "'linux'");
    HsObject *impl = attr("implementation");
    CHECK_REPR(HsObject_GetAttrString(impl, "name"), "'heapscope'");
    HsObject *iv = HsObject_GetAttrString(impl, "version"), *sv = attr("version_info");
    HS_CHECK(iv != NULL && iv == sv);
    Hs_XDECREF(iv);
    Hs_XDECREF(sv);
    Hs_DECREF(impl);
    CHECK_REPR(SYS("getdefaultencoding", 0), "'utf-8'");
    CHECK_REPR(SYS("is_finalizing", 0), "False");
    CHECK_REPR(HsObject_GetAttrString(attr("float_info"), "max"), "1.7976931348623157e+308");
}

/* version_info behaves as a tuple too: compare, index, hash, len; no instances from Python. */
static void test_sys_structseq(void) {
    tb_init();
    HsObject *vi = attr("version_info");
    CHECK_REPR(HsObject_GetAttrString(vi, "major"), "3");
    CHECK_REPR(HsObject_GetAttrString(vi, "releaselevel"), "'final'");
    HsObject *t38 = T(2, I(3), I(8)), *t312 = T(2, I(3), I(12));
    HS_CHECK(HsObject_RichCompareBool(vi, t38, HS_GE) == 1);
    HS_CHECK(HsObject_RichCompareBool(vi, t312, HS_LT) == 1);
    Hs_DECREF(t38);
    Hs_DECREF(t312);
    CHECK_REPR(HsSequence_GetItem(vi, 1), "11");
    CHECK_REPR(HsObject_GetItem(vi, HsObject_GetAttrString(vi, "serial")), "3");
    HsObject *plain = HsSequence_Tuple(vi);
    HS_CHECK(plain != NULL && HsObject_Hash(plain) == HsObject_Hash(vi));
    Hs_XDECREF(plain);
    HS_CHECK(HsObject_Size(vi) == 5);
    CHECK_RAISES(HsObject_CallNoArgs((HsObject *)Hs_TYPE(vi)), TypeError,
                 "cannot create 'sys.version_info' instances");
    Hs_DECREF(vi);
}

/* SystemExit's code field (NULL reads as None, as the member does in CPython).
 * Return: new reference. */
static HsObject *exit_code(HsObject *exc) {
    HsObject *c = ((HsSystemExitObject *)exc)->code;
    return Hs_NewRef(c != NULL ? c : Hs_None);
}

static void test_sys_exit(void) {
    tb_init();
    HsObject *r = SYS("exit", 1, S("bye"));
    HS_CHECK(r == NULL && HsErr_ExceptionMatches(HsExc_SystemExit));
    HsObject *exc = HsErr_GetRaisedException();
    CHECK_REPR(exit_code(exc), "'bye'");
    Hs_DECREF(exc);
    r = SYS("exit", 0);
    exc = HsErr_GetRaisedException();
    HS_CHECK(r == NULL && exc != NULL);
    CHECK_REPR(HsObject_GetAttrString(exc, "args"), "()");
    CHECK_REPR(exit_code(exc), "None");
    Hs_DECREF(exc);
    CHECK_RAISES(SYS("exit", 2, I(1), I(2)), TypeError, "exit expected at most 1 argument, got 2");
}

static void test_sys_recursionlimit(void) {
    tb_init();
    CHECK_REPR(SYS("getrecursionlimit", 0), "1000");
    CHECK_REPR(SYS("setrecursionlimit", 1, I(2000)), "None");
    CHECK_REPR(SYS("getrecursionlimit", 0), "2000");
    CHECK_REPR(SYS("setrecursionlimit", 1, I(1000)), "None");
    CHECK_RAISES(SYS("setrecursionlimit", 1, I(0)), ValueError,
                 "recursion limit must be greater or equal than 1");
    CHECK_RAISES(SYS("setrecursionlimit", 1, S("a")), TypeError,
                 "'str' object cannot be interpreted as an integer");
    CHECK_RAISES(SYS("setrecursionlimit", 1, F(1.5)), TypeError,
                 "'float' object cannot be interpreted as an integer");
    CHECK_REPR(SYS("getrecursionlimit", 0), "1000");
}

static void test_sys_getrefcount_intern(void) {
    tb_init();
    HsObject *x = L(0);
    /* the argument slot holds the second reference, as a Python caller's stack does */
    CHECK_REPR(SYS("getrefcount", 1, Hs_NewRef(x)), "2");
    HsObject *y = Hs_NewRef(x);
    CHECK_REPR(SYS("getrefcount", 1, Hs_NewRef(x)), "3");
    Hs_DECREF(y);
    Hs_DECREF(x);
    CHECK_RAISES(SYS("getrefcount", 0), TypeError,
                 "sys.getrefcount() takes exactly one argument (0 given)");
    HsObject *a = HsUnicode_FromString("not-an-identifier!"),
             *b = HsUnicode_FromString("not-an-identifier!");
    HS_CHECK(a != b);
    HsObject *ia = SYS("intern", 1, a), *ib = SYS("intern", 1, b);
    HS_CHECK(ia != NULL && ia == ib);
    Hs_DECREF(ia);
    Hs_DECREF(ib);
    CHECK_RAISES(SYS("intern", 1, I(1)), TypeError, "intern() argument must be str, not int");
}

static void test_sys_getsizeof(void) {
    tb_init();
    CHECK_REPR(SYS("getsizeof", 1, I(1)), "28");
    CHECK_REPR(SYS("getsizeof", 1, L(0)), "56");
    CHECK_REPR(SYS("getsizeof", 1, T(0)), "40");
    CHECK_REPR(SYS("getsizeof", 1, S("abc")), "52");
    CHECK_REPR(SYS("getsizeof", 1, HsDict_New()), "64");
    CHECK_REPR(SYS("getsizeof", 1, F(1.5)), "24");
    CHECK_REPR(SYS("getsizeof", 1, Hs_NewRef(tb_sys)), "72");
    CHECK_RAISES(SYS("getsizeof", 0), TypeError,
                 "getsizeof() missing required argument 'object' (pos 1)");
}

static void test_sys_exc_info(void) {
    tb_init();
    CHECK_REPR(SYS("exc_info", 0), "(None, None, None)");
    HsThreadState *ts = hs_vm_tstate();
    HsObject *args = T(1, I(3));
    HsObject *exc = HsObject_Call(HsExc_KeyError, args, NULL);
    Hs_DECREF(args);
    HsObject *saved = ts->exc_info;
    ts->exc_info = exc;
    HsObject *info = SYS("exc_info", 0);
    HS_CHECK(info != NULL && Hs_SIZE(info) == 3);
    HS_CHECK(HS_TUPLE_GET(info, 0) == HsExc_KeyError && HS_TUPLE_GET(info, 1) == exc &&
             HS_TUPLE_GET(info, 2) == Hs_None);
    Hs_DECREF(info);
    ts->exc_info = saved;
    Hs_DECREF(exc);
}

/* ==== streams ==== */

static void test_stdio_attributes(void) {
    tb_init();
    HsObject *out = attr("stdout"), *dunder = attr("__stdout__");
    HS_CHECK(out != NULL && out == dunder);
    CHECK_REPR(HsObject_GetAttrString(out, "encoding"), "'utf-8'");
    CHECK_REPR(HsObject_GetAttrString(out, "errors"), "'strict'");
    CHECK_REPR(HsObject_GetAttrString(out, "name"), "'<stdout>'");
    CHECK_REPR(M(out, "fileno", 0), "1");
    CHECK_REPR(HsObject_Repr(out),
               "\"<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\"");
    Hs_DECREF(out);
    Hs_DECREF(dunder);
    HsObject *err = attr("stderr"), *in = attr("stdin");
    CHECK_REPR(M(err, "fileno", 0), "2");
    CHECK_REPR(M(in, "fileno", 0), "0");
    CHECK_REPR(HsObject_GetAttrString(err, "line_buffering"), "True");
    CHECK_RAISES(M(err, "write", 1, I(1)), TypeError, "write() argument must be str, not int");
    CHECK_RAISES(M(in, "write", 1, S("x")), OSError, "not writable");
    Hs_DECREF(err);
    Hs_DECREF(in);
}

static void test_stdio_write_buffering(void) {
    tb_init();
    char path[] = "/tmp/hs_sys_XXXXXX";
    int fd = mkstemp(path);
    unlink(path);
    HsObject *f = hs_stdio_new(fd, "<tmp>", 1);
    CHECK_REPR(M(f, "isatty", 0), "False");
    CHECK_REPR(HsObject_GetAttrString(f, "line_buffering"), "False");
    CHECK_REPR(M(f, "write", 1, S("h\xc3\xa9llo\n")), "6"); /* characters, not bytes */
    HS_CHECK(lseek(fd, 0, SEEK_END) == 0);                  /* still in the buffer */
    static char big[8191];
    memset(big, 'x', 8000);
    CHECK_REPR(M(f, "write", 1, S(big)), "8000");
    HS_CHECK(lseek(fd, 0, SEEK_END) == 0); /* 7 + 8000 bytes fit in 8 KiB */
    memset(big, 'y', 8190);
    CHECK_REPR(M(f, "write", 1, S(big)), "8190");
    HS_CHECK(lseek(fd, 0, SEEK_END) == 8007); /* would pass 8192: the buffer went out */
    hs_stdio_flush_all();
    HS_CHECK(lseek(fd, 0, SEEK_END) == 16197);
    CHECK_RAISES(M(f, "write", 0), TypeError,
                 "TextIOWrapper.write() takes exactly one argument (0 given)");
    Hs_DECREF(f);
    close(fd);
}

static void test_stdio_tty_line_buffering(void) {
    tb_init();
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    HS_CHECK(master >= 0 && grantpt(master) == 0 && unlockpt(master) == 0);
    int slave = open(ptsname(master), O_RDWR | O_NOCTTY);
    HS_CHECK(slave >= 0);
    HsObject *f = hs_stdio_new(slave, "<tty>", 1);
    CHECK_REPR(M(f, "isatty", 0), "True");
    CHECK_REPR(HsObject_GetAttrString(f, "line_buffering"), "True");
    CHECK_REPR(M(f, "write", 1, S("ab\n")), "3");
    char buf[16];
    ssize_t n = read(master, buf, sizeof buf); /* written at once: the tty echoes "ab\r\n" */
    HS_CHECK(n == 4 && memcmp(buf, "ab\r\n", 4) == 0);
    Hs_DECREF(f);
    close(slave);
    close(master);
}

static void test_stdio_read_and_input(void) {
    tb_init();
    int p[2];
    HS_CHECK(pipe(p) == 0);
    HS_CHECK(write(p[1], "hello\nw\xc3\xb6rld", 12) == 12);
    close(p[1]);
    char path[] = "/tmp/hs_in_XXXXXX";
    int ofd = mkstemp(path);
    unlink(path);
    HsObject *in = hs_stdio_new(p[0], "<pipe>", 0), *out = hs_stdio_new(ofd, "<out>", 1);
    HsObject *saved_in = attr("stdin"), *saved_out = attr("stdout");
    HS_CHECK(HsObject_SetAttrString(tb_sys, "stdin", in) == 0);
    HS_CHECK(HsObject_SetAttrString(tb_sys, "stdout", out) == 0);
    CHECK_REPR(B("input", 1, S("? ")), "'hello'");
    CHECK_REPR(B("input", 0), "'wörld'");
    CHECK_RAISES(B("input", 0), EOFError, "EOF when reading a line");
    CHECK_RAISES(B("input", 2, I(1), I(2)), TypeError, "input expected at most 1 argument, got 2");
    char buf[8];
    HS_CHECK(pread(ofd, buf, sizeof buf, 0) == 2 && memcmp(buf, "? ", 2) == 0); /* flushed */
    CHECK_REPR(M(in, "readline", 0), "''");
    CHECK_RAISES(M(out, "readline", 0), OSError, "not readable");
    HS_CHECK(HsObject_SetAttrString(tb_sys, "stdin", saved_in) == 0);
    HS_CHECK(HsObject_SetAttrString(tb_sys, "stdout", saved_out) == 0);
    Hs_DECREF(saved_in);
    Hs_DECREF(saved_out);
    Hs_DECREF(in);
    Hs_DECREF(out);
    close(p[0]);
    close(ofd);
}

static void test_stdio_surrogate_and_read(void) {
    tb_init();
    char path[] = "/tmp/hs_sur_XXXXXX";
    int fd = mkstemp(path);
    unlink(path);
    HsObject *f = hs_stdio_new(fd, "<tmp>", 1);
    HsObject *sur = HsUnicode_FromOrdinal(0xd800);
    CHECK_RAISES(M(f, "write", 1, sur), UnicodeEncodeError,
                 "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates "
                 "not allowed");
    CHECK_REPR(M(f, "write", 1, S("\xf0\x9f\x98\x80!")), "2"); /* one astral char + '!' */
    CHECK_REPR(M(f, "flush", 0), "None");
    CHECK_REPR(M(f, "writable", 0), "True");
    CHECK_REPR(M(f, "readable", 0), "False");
    HS_CHECK(lseek(fd, 0, SEEK_END) == 5);
    Hs_DECREF(f);
    close(fd);
    int p[2];
    HS_CHECK(pipe(p) == 0);
    HS_CHECK(write(p[1], "a\nb\nc", 5) == 5);
    close(p[1]);
    HsObject *in = hs_stdio_new(p[0], "<pipe>", 0);
    CHECK_REPR(M(in, "readline", 0), "'a\\n'");
    CHECK_REPR(M(in, "read", 0), "'b\\nc'");
    CHECK_REPR(M(in, "read", 0), "''");
    Hs_DECREF(in);
    close(p[0]);
}

HS_TEST_MAIN(test_sys_argv_path_modules, test_sys_facts, test_sys_structseq, test_sys_exit,
             test_sys_recursionlimit, test_sys_getrefcount_intern, test_sys_getsizeof,
             test_sys_exc_info, test_stdio_attributes, test_stdio_write_buffering,
             test_stdio_tty_line_buffering, test_stdio_read_and_input,
             test_stdio_surrogate_and_read)
