/* The str core: PEP 393 layout and sizes equal to CPython 3.11's sys.getsizeof, kind
 * selection, strict and surrogatepass UTF-8 decoding with CPython's error messages, the
 * one-character cache and empty singleton, interning, ordering, the writer and
 * HsUnicode_FromFormat. Expected sizes were read off python3 (3.11.7). */
#include "hs_test.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_hash.h"
#include "hs/abstract.h"

#include <string.h>

/* The current exception's str(), as a C string in 'buf'; clears the exception. */
static const char *exc_text(char *buf, size_t n) {
    HsObject *exc = HsErr_GetRaisedException();
    if (exc == NULL) {
        return "(none)";
    }
    HsObject *s = HsObject_Str(exc);
    snprintf(buf, n, "%s", s ? HsUnicode_AsUTF8(s) : "(str failed)");
    Hs_XDECREF(s);
    Hs_DECREF(exc);
    return buf;
}

static void test_sizes_match_cpython(void) {
    static const struct {
        const char *utf8;
        Hs_ssize_t size;
    } cases[] = {{"", 49}, {"a", 50}, {"ab", 51}, {"\xc3\xa9", 74}, {"\xc3\xa9" "a", 75},
                 {"\xe2\x82\xac", 76}, {"\xf0\x9f\x98\x80", 80}, {"aaaaaaaaaa", 59}};
    HS_CHECK_EQ(sizeof(HsASCIIObject), 48);
    HS_CHECK_EQ(sizeof(HsCompactUnicodeObject), 72);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HsObject *s = HsUnicode_FromString(cases[i].utf8);
        HS_CHECK(s != NULL);
        HS_CHECK_EQ(hs_str_sizeof(s), cases[i].size);
        Hs_DECREF(s);
    }
}

static void test_kinds(void) {
    HsObject *a = HsUnicode_FromString("h\xc3\xa9llo");        /* latin-1 */
    HsObject *b = HsUnicode_FromString("\xe2\x82\xac" "5");    /* UCS-2 */
    HsObject *c = HsUnicode_FromString("x\xf0\x9f\x98\x80");   /* UCS-4 */
    HS_CHECK(a && b && c);
    HS_CHECK_EQ(HS_STR_KIND(a), 1);
    HS_CHECK(!HS_STR_IS_ASCII(a));
    HS_CHECK_EQ(HS_STR_LEN(a), 5);
    HS_CHECK_EQ(HS_STR_READ_CHAR(a, 1), 0xe9);
    HS_CHECK_EQ(HS_STR_KIND(b), 2);
    HS_CHECK_EQ(HS_STR_READ_CHAR(b, 0), 0x20ac);
    HS_CHECK_EQ(HS_STR_KIND(c), 4);
    HS_CHECK_EQ(HS_STR_READ_CHAR(c, 1), 0x1f600);
    Hs_ssize_t n;
    const char *u8 = HsUnicode_AsUTF8AndSize(c, &n);
    HS_CHECK(u8 != NULL && n == 5 && memcmp(u8, "x\xf0\x9f\x98\x80", 5) == 0);
    HS_CHECK_EQ(hs_str_sizeof(c), 72 + 4 * 3 + 6); /* the cached UTF-8 counts, as 3.11 */
    Hs_DECREF(a);
    Hs_DECREF(b);
    Hs_DECREF(c);
}

static void test_decode_errors_have_cpython_messages(void) {
    char buf[256];
    static const struct {
        const char *bytes;
        const char *msg;
    } cases[] = {
        {"\xff", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
        {"ab\xc3", "'utf-8' codec can't decode byte 0xc3 in position 2: unexpected end of data"},
        {"a\xc3(", "'utf-8' codec can't decode byte 0xc3 in position 1: invalid continuation byte"},
        {"\xed\xa0\x80", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HsObject *s = HsUnicode_FromString(cases[i].bytes);
        HS_CHECK(s == NULL);
        HS_CHECK(HsErr_ExceptionMatches(HsExc_UnicodeDecodeError));
        HS_CHECK(HsErr_ExceptionMatches(HsExc_ValueError));
        HS_CHECK(strcmp(exc_text(buf, sizeof buf), cases[i].msg) == 0);
    }
}

static void test_surrogatepass(void) {
    char buf[256];
    HsObject *s = hs_str_from_utf8_surrogatepass("a\xed\xa0\x80", 4);
    HS_CHECK(s != NULL);
    HS_CHECK_EQ(HS_STR_KIND(s), 2);
    HS_CHECK_EQ(HS_STR_READ_CHAR(s, 1), 0xd800);
    HS_CHECK(HsUnicode_AsUTF8(s) == NULL);
    HS_CHECK(HsErr_ExceptionMatches(HsExc_UnicodeEncodeError));
    HS_CHECK(strcmp(exc_text(buf, sizeof buf),
                    "'utf-8' codec can't encode character '\\ud800' in position 1: "
                    "surrogates not allowed") == 0);
    Hs_DECREF(s);
}

static void test_singletons_and_char_cache(void) {
    HsObject *e1 = HsUnicode_FromString("");
    HsObject *e2 = hs_str_empty();
    HS_CHECK(e1 == e2);
    HsObject *a1 = HsUnicode_FromOrdinal(200), *a2 = HsUnicode_FromOrdinal(200);
    HS_CHECK(a1 == a2); /* chr(200) is chr(200) */
    HsObject *b1 = HsUnicode_FromOrdinal(300), *b2 = HsUnicode_FromOrdinal(300);
    HS_CHECK(b1 != b2); /* chr(300) is not chr(300) */
    HS_CHECK(hs_str_eq(b1, b2));
    HsObject *ab = HsUnicode_FromString("ab");
    HsObject *first = HsUnicode_Substring(ab, 0, 1);
    HsObject *a = HsUnicode_FromOrdinal('a');
    HS_CHECK(first == a); /* "ab"[0] is "a" */
    HsObject *none = HsUnicode_Substring(ab, 1, 1);
    HS_CHECK(none == e1);
    HS_CHECK(HsUnicode_FromOrdinal(0x110000) == NULL);
    HS_CHECK(HsErr_ExceptionMatches(HsExc_ValueError));
    HsErr_Clear();
    HsObject *objs[] = {e1, e2, a1, a2, b1, b2, ab, first, a, none};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_concat_and_substring_kinds(void) {
    HsObject *ab = HsUnicode_FromString("ab");
    HsObject *euro = HsUnicode_FromString("\xe2\x82\xac");
    HsObject *s = HsUnicode_Concat(ab, euro);
    HS_CHECK(s != NULL && HS_STR_KIND(s) == 2 && HS_STR_LEN(s) == 3);
    HsObject *back = HsUnicode_Substring(s, 0, 2);
    HS_CHECK(back != NULL && HS_STR_IS_ASCII(back) && hs_str_eq(back, ab));
    HS_CHECK(hs_str_compare(ab, s) < 0);
    HS_CHECK(hs_str_compare(s, ab) > 0);
    HS_CHECK(hs_str_compare(euro, ab) > 0); /* by code point: 0x20ac > 'a' */
    HS_CHECK(hs_str_eq_ascii(back, "ab"));
    Hs_DECREF(ab);
    Hs_DECREF(euro);
    Hs_DECREF(s);
    Hs_DECREF(back);
}

static void test_interning(void) {
    Hs_ssize_t before = hs_str_interned_count();
    HsObject *a = HsUnicode_InternFromString("spam_identifier");
    HsObject *b = HsUnicode_FromString("spam_identifier");
    HS_CHECK(a != b);
    HsUnicode_InternInPlace(&b);
    HS_CHECK(a == b); /* sys.intern(y) is x */
    HS_CHECK_EQ(hs_str_interned_count(), before + 1);
    HS_CHECK_EQ(Hs_REFCNT(a), 2); /* the table owns no reference */
    Hs_DECREF(b);
    Hs_DECREF(a);
    HS_CHECK_EQ(hs_str_interned_count(), before); /* left the table when freed */
    for (int i = 0; i < 5000; i++) { /* growth and tombstones */
        char name[32];
        snprintf(name, sizeof name, "name_%d", i);
        HsObject *s = HsUnicode_InternFromString(name);
        HS_CHECK(s != NULL);
        Hs_DECREF(s);
    }
    HS_CHECK_EQ(hs_str_interned_count(), before);
}

static void test_writer_widens(void) {
    HsStrWriter w;
    hs_str_writer_init(&w);
    HsObject *euro = HsUnicode_FromString("\xe2\x82\xac");
    HS_CHECK(hs_str_writer_ascii(&w, "x=") == 0);
    HS_CHECK(hs_str_writer_str(&w, euro) == 0);
    HS_CHECK(hs_str_writer_char(&w, 0x1f600) == 0);
    HsObject *s = hs_str_writer_finish(&w);
    HS_CHECK(s != NULL && HS_STR_KIND(s) == 4 && HS_STR_LEN(s) == 4);
    HS_CHECK_EQ(HS_STR_READ_CHAR(s, 2), 0x20ac);
    Hs_DECREF(s);
    hs_str_writer_init(&w);
    HS_CHECK(hs_str_writer_ascii(&w, "plain") == 0);
    s = hs_str_writer_finish(&w);
    HS_CHECK(s != NULL && HS_STR_IS_ASCII(s) && hs_str_eq_ascii(s, "plain"));
    Hs_DECREF(s);
    Hs_DECREF(euro);
}

static void test_from_format(void) {
    HsObject *u = HsUnicode_FromString("\xc3\xa9t\xc3\xa9");
    HsObject *s = HsUnicode_FromFormat("%s=%d|%05zd|%x|%U|%.3s|%c|%%|%llu", "k", -7,
                                       (Hs_ssize_t)42, 255u, u, "abcdef", 0x20ac, 1ULL << 40);
    HS_CHECK(s != NULL);
    HS_CHECK(strcmp(HsUnicode_AsUTF8(s),
                    "k=-7|00042|ff|\xc3\xa9t\xc3\xa9|abc|\xe2\x82\xac|%|1099511627776") == 0);
    Hs_DECREF(s);
    Hs_DECREF(u);
}

/* With PYTHONHASHSEED=0 (a zero secret) str hashes are CPython's: SipHash-1-3 over the
 * 1-, 2- or 4-byte canonical form. Values from `PYTHONHASHSEED=0 python3 -c "hash(...)"`. */
static void test_hashes_match_cpython_seed0(void) {
    static const struct {
        const char *utf8;
        Hs_ssize_t hash;
    } cases[] = {{"abc", -4594863902769663758LL}, {"\xc3\xa9", 6047309291227476195LL},
                 {"\xe2\x82\xac", -5529981157763016009LL},
                 {"\xf0\x9f\x98\x80", -3536540696076613844LL}, {"", 0}};
    HS_CHECK(hs_obj_hash_secret_init(1, 0) == 0);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HsObject *u = HsUnicode_FromString(cases[i].utf8);
        HS_CHECK(u != NULL);
        HS_CHECK_EQ(hs_str_hash(u), cases[i].hash);
        Hs_DECREF(u);
    }
}

static void test_refs_balance(void) {
#if HS_DEBUG_REFS
    HsObject *warm = HsUnicode_FromString("warm");
    Hs_DECREF(warm);
    Hs_ssize_t before = hs_ref_total;
    HsObject *a = HsUnicode_FromString("balance \xe2\x82\xac");
    HsObject *b = HsUnicode_Substring(a, 2, 5);
    HsObject *c = HsUnicode_Concat(a, b);
    HsUnicode_AsUTF8(c);
    Hs_DECREF(a);
    Hs_DECREF(b);
    Hs_DECREF(c);
    HS_CHECK_EQ(hs_ref_total, before);
#endif
}

HS_TEST_MAIN(test_sizes_match_cpython, test_kinds, test_decode_errors_have_cpython_messages,
             test_surrogatepass, test_singletons_and_char_cache, test_concat_and_substring_kinds,
             test_interning, test_writer_widens, test_from_format, test_hashes_match_cpython_seed0,
             test_refs_balance)
