/* Unit tests for the str methods beyond the vectors: the method table's names and calling
 * conventions, repr/ascii of each kind, the two iterator types (names, sizes, GC tracking,
 * shared latin-1 items, exhaustion), identity of unchanged results, narrowest-kind results,
 * repetition limits, linear-time searching on long strings, and reference-count balance
 * (HS_DEBUG_REFS). Expected values were read off python3 (3.11.7). */
#include "hs_test.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_strmeth.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>
#include <time.h>

/* ==== helpers ==== */

static HsObject *u(const char *utf8) {
    return HsUnicode_FromString(utf8);
}

static const HsMethodDef *meth(const char *name) {
    for (const HsMethodDef *m = hs_str_methods; m->ml_name != NULL; m++) {
        if (strcmp(m->ml_name, name) == 0) {
            return m;
        }
    }
    return NULL;
}

/* self.name(*args) for a FASTCALL method (positional only). Return: new reference. */
static HsObject *call_fast(const char *name, HsObject *self, HsObject **args, Hs_ssize_t n) {
    const HsMethodDef *m = meth(name);
    if (m->ml_flags & HS_METH_KEYWORDS) {
        return ((hs_cfunction_fast_kw)(void (*)(void))m->ml_meth)(self, args, n, NULL);
    }
    return ((hs_cfunction_fast)(void (*)(void))m->ml_meth)(self, args, n);
}

static HsObject *call_varargs(const char *name, HsObject *self, HsObject **args, Hs_ssize_t n) {
    HsObject *t = HsTuple_FromArray(args, n);
    HsObject *r = meth(name)->ml_meth(self, t);
    Hs_DECREF(t);
    return r;
}

static int eq_utf8(HsObject *s, const char *utf8) {
    const char *p = s ? HsUnicode_AsUTF8(s) : NULL;
    return p != NULL && strcmp(p, utf8) == 0;
}

/* ==== tests ==== */

static void test_method_table(void) {
    static const char *const names[] = {
        "__format__",     "__getnewargs__", "__sizeof__", "capitalize", "casefold", "center",
        "count",          "encode",     "endswith",   "expandtabs", "find",    "format",
        "format_map",     "index",
        "isalnum",        "isalpha",    "isascii",    "isdecimal",    "isdigit",
        "isidentifier",   "islower",    "isnumeric",  "isprintable",  "isspace",
        "istitle",        "isupper",    "join",       "ljust",        "lower",
        "lstrip",         "maketrans",  "partition",  "removeprefix", "removesuffix",
        "replace",        "rfind",      "rindex",     "rjust",        "rpartition",
        "rsplit",         "rstrip",     "split",      "splitlines",   "startswith",
        "strip",          "swapcase",   "title",      "translate",    "upper",
        "zfill"};
    int n = 0;
    for (const HsMethodDef *m = hs_str_methods; m->ml_name != NULL; m++) {
        n++;
    }
    HS_CHECK_EQ(n, (int)(sizeof names / sizeof names[0]));
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        HS_CHECK(meth(names[i]) != NULL);
    }
    HS_CHECK_EQ(meth("find")->ml_flags, HS_METH_VARARGS);
    HS_CHECK_EQ(meth("startswith")->ml_flags, HS_METH_VARARGS);
    HS_CHECK_EQ(meth("center")->ml_flags, HS_METH_FASTCALL);
    HS_CHECK_EQ(meth("replace")->ml_flags, HS_METH_FASTCALL);
    HS_CHECK_EQ(meth("split")->ml_flags, HS_METH_FASTCALL | HS_METH_KEYWORDS);
    HS_CHECK_EQ(meth("join")->ml_flags, HS_METH_O);
    HS_CHECK_EQ(meth("upper")->ml_flags, HS_METH_NOARGS);
    HS_CHECK_EQ(meth("maketrans")->ml_flags, HS_METH_FASTCALL | HS_METH_STATIC);
    HS_CHECK(HsUnicode_Type.tp_methods == hs_str_methods);
    HS_CHECK(HsUnicode_Type.tp_repr == hs_str_repr);
    HS_CHECK(HsUnicode_Type.tp_iter == hs_str_iter);
    HS_CHECK(HsUnicode_Type.tp_as_sequence == &hs_str_as_sequence);
}

static void test_repr(void) {
    HsObject *s = u("\xc2\x85\xc3\xa9\xe2\x80\xa8\xf0\x9f\x98\x80\xf3\xa0\x80\x81'\"\\");
    HsObject *r = HsObject_Repr(s);
    HS_CHECK(eq_utf8(r, "'\\x85\xc3\xa9\\u2028\xf0\x9f\x98\x80\\U000e0001\\'\"\\\\'"));
    HS_CHECK_EQ(HS_STR_KIND(r), 4); /* keeps the emoji */
    HsObject *a = hs_str_ascii(s);
    HS_CHECK(eq_utf8(a, "'\\x85\\xe9\\u2028\\U0001f600\\U000e0001\\'\"\\\\'"));
    HS_CHECK(HS_STR_IS_ASCII(a));
    Hs_DECREF(a);
    Hs_DECREF(r);
    Hs_DECREF(s);
    s = u("it's");
    r = HsObject_Repr(s);
    HS_CHECK(eq_utf8(r, "\"it's\""));
    Hs_DECREF(r);
    HS_CHECK(HsObject_Str(s) == s); /* str(s) is s */
    Hs_DECREF(s);
    Hs_DECREF(s);
}

static void test_iterators(void) {
    HsObject *s = u("a\xc3\xa9"); /* 'aé' */
    HsObject *it = HsObject_GetIter(s);
    HS_CHECK(strcmp(Hs_TYPE(it)->tp_name, "str_iterator") == 0);
    HS_CHECK_EQ(Hs_TYPE(it)->tp_basicsize + 16, 48); /* sys.getsizeof(iter('é')) */
    HS_CHECK(hs_gc_is_tracked(it));
    HsObject *c1 = HsIter_Next(it), *c2 = HsIter_Next(it);
    HS_CHECK(c1 == HsUnicode_FromOrdinal('a')); /* shared latin-1 cache */
    Hs_DECREF(c1);
    HsObject *e = HsUnicode_FromOrdinal(0xe9);
    HS_CHECK(c2 == e);
    Hs_DECREF(e);
    HS_CHECK(HsIter_Next(it) == NULL && !HsErr_Occurred());
    HS_CHECK(HsIter_Next(it) == NULL && !HsErr_Occurred()); /* stays exhausted */
    Hs_DECREF(c1);
    Hs_DECREF(c2);
    Hs_DECREF(it);
    Hs_DECREF(s);
    s = u("abc");
    Hs_ssize_t rc = Hs_REFCNT(s);
    it = HsObject_GetIter(s);
    HS_CHECK(strcmp(Hs_TYPE(it)->tp_name, "str_ascii_iterator") == 0);
    HS_CHECK_EQ(Hs_REFCNT(s), rc + 1);
    for (int i = 0; i < 4; i++) {
        Hs_XDECREF(HsIter_Next(it));
    }
    HS_CHECK_EQ(Hs_REFCNT(s), rc); /* dropped at exhaustion */
    Hs_DECREF(it);
    Hs_DECREF(s);
}

static void test_unchanged_is_self(void) {
    HsObject *s = u("abc"), *w = HsLong_FromLong(2), *sp = u(" ");
    HsObject *r = call_fast("strip", s, NULL, 0);
    HS_CHECK(r == s);
    Hs_DECREF(r);
    r = call_fast("center", s, &w, 1);
    HS_CHECK(r == s);
    Hs_DECREF(r);
    HsObject *args[2] = {sp, sp};
    r = call_fast("replace", s, args, 2);
    HS_CHECK(r == s);
    Hs_DECREF(r);
    r = call_fast("split", s, NULL, 0);
    HS_CHECK(Hs_SIZE(r) == 1 && HS_LIST_GET(r, 0) == s);
    Hs_DECREF(r);
    HsObject *one = HsTuple_Pack(1, s);
    r = meth("join")->ml_meth(sp, one);
    HS_CHECK(r == s);
    Hs_DECREF(r);
    Hs_DECREF(one);
    Hs_DECREF(s);
    Hs_DECREF(w);
    Hs_DECREF(sp);
}

static void test_narrowest_kind(void) {
    HsObject *s = u("\xc3\xa9\xf0\x9f\x98\x80"), *em = u("\xf0\x9f\x98\x80"), *e = u("");
    HsObject *args[2] = {em, e};
    HsObject *r = call_fast("replace", s, args, 2); /* 'é😀' -> 'é': 1 byte */
    HS_CHECK(r != NULL && HS_STR_KIND(r) == 1 && !HS_STR_IS_ASCII(r));
    Hs_DECREF(r);
    Hs_DECREF(s);
    s = u("\xc3\xbf"); /* 'ÿ'.upper() == 'Ÿ' (U+0178): 2 bytes */
    r = meth("upper")->ml_meth(s, NULL);
    HS_CHECK(r != NULL && HS_STR_KIND(r) == 2 && HS_STR_READ_CHAR(r, 0) == 0x178);
    Hs_DECREF(r);
    Hs_DECREF(s);
    s = u("\xc4\xb0"); /* 'İ'.lower() == 'i̇' : two code points, 2 bytes */
    r = meth("lower")->ml_meth(s, NULL);
    HS_CHECK(r != NULL && HS_STR_LEN(r) == 2 && HS_STR_KIND(r) == 2);
    Hs_DECREF(r);
    Hs_DECREF(s);
    Hs_DECREF(em);
    Hs_DECREF(e);
}

static void test_repeat_limits(void) {
    HsObject *s = u("ab");
    HsObject *r = hs_strmeth_repeat(s, HS_SSIZE_T_MAX / 2 + 1);
    HS_CHECK(r == NULL && HsErr_ExceptionMatches(HsExc_OverflowError));
    HsErr_Clear();
    HsObject *empty = hs_str_empty();
    r = hs_strmeth_repeat(s, -3);
    HS_CHECK(r == empty);
    Hs_DECREF(r);
    r = hs_strmeth_repeat(empty, HS_SSIZE_T_MAX);
    HS_CHECK(r == empty);
    Hs_DECREF(r);
    r = hs_strmeth_repeat(s, 5);
    HS_CHECK(eq_utf8(r, "ababababab"));
    Hs_DECREF(r);
    Hs_DECREF(empty);
    Hs_DECREF(s);
}

/* A needle of 'a'*k + 'b' in 'a'*n: quadratic search would take n*k steps. */
static HsObject *build(uint32_t first, uint32_t fill, Hs_ssize_t n, uint32_t last) {
    uint32_t *buf = malloc((size_t)n * sizeof(uint32_t));
    for (Hs_ssize_t i = 0; i < n; i++) {
        buf[i] = fill;
    }
    buf[0] = first;
    buf[n - 1] = last;
    HsObject *s = HsUnicode_FromKindAndData(4, buf, n);
    free(buf);
    return s;
}

static void test_search_is_linear(void) {
    static const uint32_t firsts[] = {'a', 0xe9, 0x3a3, 0x1F600};
    clock_t t0 = clock();
    for (int k = 0; k < 4; k++) {
        HsObject *hay = build(firsts[k], 'a', 2000000, 'a');
        HsObject *nd = build('a', 'a', 20000, 'b');
        HsObject *r = call_varargs("find", hay, &nd, 1);
        HS_CHECK(r != NULL && HsLong_AsSsize_t(r) == -1);
        Hs_DECREF(r);
        r = call_varargs("rfind", hay, &nd, 1);
        HS_CHECK(r != NULL && HsLong_AsSsize_t(r) == -1);
        Hs_DECREF(r);
        r = call_varargs("count", hay, &nd, 1);
        HS_CHECK(r != NULL && HsLong_AsSsize_t(r) == 0);
        Hs_DECREF(r);
        HS_CHECK_EQ(hs_strmeth_contains(hay, nd), 0);
        Hs_DECREF(nd);
        Hs_DECREF(hay);
    }
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    HS_CHECK(secs < 5.0); /* quadratic would be ~1.6e11 steps */
}

static void test_refcount_balance(void) {
#if HS_DEBUG_REFS
    HsObject *s = u("Hello \xce\xa3\xce\xb1 World \xf0\x9f\x98\x80 x");
    HsObject *sep = u(" "), *old = u("o"), *new = u("\xc3\xa9");
    for (int round = 0; round < 2; round++) {
        Hs_ssize_t before = hs_ref_total;
        HsObject *r = call_fast("split", s, &sep, 1);
        HsObject *j = meth("join")->ml_meth(sep, r);
        HsObject *args[2] = {old, new};
        HsObject *rep = call_fast("replace", j, args, 2);
        HsObject *lo = meth("lower")->ml_meth(rep, NULL);
        HsObject *ti = meth("title")->ml_meth(lo, NULL);
        HsObject *rp = HsObject_Repr(ti);
        HsObject *it = HsObject_GetIter(rp), *c;
        while ((c = HsIter_Next(it)) != NULL) {
            Hs_DECREF(c);
        }
        HsObject *bad = call_varargs("index", s, &new, 1);
        HS_CHECK(bad == NULL);
        HsErr_Clear();
        Hs_DECREF(it);
        Hs_DECREF(rp);
        Hs_DECREF(ti);
        Hs_DECREF(lo);
        Hs_DECREF(rep);
        Hs_DECREF(j);
        Hs_DECREF(r);
        if (round == 1) {
            HS_CHECK_EQ(hs_ref_total, before);
        }
    }
    Hs_DECREF(s);
    Hs_DECREF(sep);
    Hs_DECREF(old);
    Hs_DECREF(new);
#endif
}

HS_TEST_MAIN(test_method_table, test_repr, test_iterators, test_unchanged_is_self,
             test_narrowest_kind, test_repeat_limits, test_search_is_linear, test_refcount_balance)
