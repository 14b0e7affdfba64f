/* The built-in codecs beyond the vectors: name normalisation and aliases, the exception
 * objects (args, fields, str() for every shape CPython formats), round trips across the
 * encodings with non-ASCII / UCS-2 / UCS-4 / surrogate text, BOM handling, the lazy error
 * handler lookup, registry-path error wrapping, and reference balance. Figures from
 * python3 (3.11.7). */
#include "hs_test.h"
#include "support/bytescheck.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

/* str() of the pending Unicode error into 'buf' (cleared); "(none)" if none. */
static const char *uerr_text(char *buf, size_t n) {
    HsObject *exc = HsErr_GetRaisedException();
    if (exc == NULL) {
        return "(none)";
    }
    HsObject *s = hs_codecs_unicode_error_str(exc);
    snprintf(buf, n, "%s", s ? HsUnicode_AsUTF8(s) : "?");
    Hs_XDECREF(s);
    Hs_DECREF(exc);
    return buf;
}

static HsObject *S(const char *utf8) {
    return hs_str_from_utf8_surrogatepass(utf8, (Hs_ssize_t)strlen(utf8));
}

/* ==== names ==== */

static void test_lookup_aliases(void) {
    static const struct {
        const char *name;
        HsCodec codec;
    } cases[] = {
        {"utf-8", HS_CODEC_UTF8},
        {"UTF8", HS_CODEC_UTF8},
        {"u8", HS_CODEC_UTF8},
        {"utf_8", HS_CODEC_UTF8},
        {" UTF--8 ", HS_CODEC_UTF8},
        {"cp65001", HS_CODEC_UTF8},
        {"ascii", HS_CODEC_ASCII},
        {"US-ASCII", HS_CODEC_ASCII},
        {"646", HS_CODEC_ASCII},
        {"ANSI_X3.4-1968", HS_CODEC_ASCII},
        {"latin-1", HS_CODEC_LATIN1},
        {"latin1", HS_CODEC_LATIN1},
        {"iso-8859-1", HS_CODEC_LATIN1},
        {"ISO8859-1", HS_CODEC_LATIN1},
        {"l1", HS_CODEC_LATIN1},
        {"cp819", HS_CODEC_LATIN1},
        {"utf-16", HS_CODEC_UTF16},
        {"UTF-16LE", HS_CODEC_UTF16_LE},
        {"utf_16_be", HS_CODEC_UTF16_BE},
        {"u16", HS_CODEC_UTF16},
        {"utf-32", HS_CODEC_UTF32},
        {"utf-32le", HS_CODEC_UTF32_LE},
        {"UTF_32_BE", HS_CODEC_UTF32_BE},
        {"koi8-r", HS_CODEC_UNKNOWN},
        {"utf-7", HS_CODEC_UNKNOWN},
        {"", HS_CODEC_UNKNOWN},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HS_CHECK_EQ(hs_codecs_lookup(cases[i].name), cases[i].codec);
    }
    HS_CHECK(strcmp(hs_codecs_name(HS_CODEC_LATIN1), "latin-1") == 0);
    HS_CHECK(strcmp(hs_codecs_name(HS_CODEC_UTF32_BE), "utf-32-be") == 0);
}

static void test_unknown_encoding(void) {
    init();
    char buf[200];
    HsObject *s = S("x");
    HS_CHECK(hs_codecs_encode(s, "xyz", NULL) == NULL);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf), "LookupError: unknown encoding: xyz") == 0);
    HS_CHECK(hs_codecs_decode("a", 1, NULL, "Nope-9", NULL) == NULL);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf), "LookupError: unknown encoding: Nope-9") == 0);
    HsObject *e = hs_codecs_decode("", 0, NULL, "Nope-9", NULL); /* b''.decode('x') == '' */
    HS_CHECK(e != NULL && HS_STR_LEN(e) == 0);
    Hs_DECREF(e);
    Hs_DECREF(s);
}

/* ==== the exception objects ==== */

static void test_decode_error_object(void) {
    init();
    HsObject *src = HsBytes_FromStringAndSize("\xff"
                                              "abc",
                                              4);
    HS_CHECK(hs_codecs_decode("\xff"
                              "abc",
                              4, src, "utf-8", NULL) == NULL);
    HS_CHECK(HsErr_ExceptionMatches(HsExc_UnicodeDecodeError));
    HsObject *exc = HsErr_GetRaisedException();
    HsUnicodeErrorObject *u = (HsUnicodeErrorObject *)exc;
    HS_CHECK(Hs_TYPE(exc) == (HsTypeObject *)HsExc_UnicodeDecodeError);
    HS_CHECK(hs_str_eq_ascii(u->encoding, "utf-8"));
    HS_CHECK(u->object == src); /* the bytes decoded, as CPython's exc.object */
    HS_CHECK_EQ(u->start, 0);
    HS_CHECK_EQ(u->end, 1);
    HS_CHECK(hs_str_eq_ascii(u->reason, "invalid start byte"));
    HsObject *args = ((HsBaseExceptionObject *)exc)->args;
    HS_CHECK_EQ(Hs_SIZE(args), 5);
    HS_CHECK(HS_TUPLE_GET(args, 1) == src);
    HS_CHECK_EQ(HsLong_AsLong(HS_TUPLE_GET(args, 3)), 1);
    HsObject *s = hs_codecs_unicode_error_str(exc);
    HS_CHECK(strcmp(HsUnicode_AsUTF8(s),
                    "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte") == 0);
    Hs_DECREF(s);
    Hs_DECREF(exc);
    Hs_DECREF(src);
}

static void test_decode_error_range_text(void) {
    init();
    char buf[300];
    HS_CHECK(hs_codecs_decode("\xe2\x82", 2, NULL, "utf-8", NULL) == NULL);
    HS_CHECK(strcmp(uerr_text(buf, sizeof buf),
                    "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data") ==
             0);
}

static void test_encode_error_object(void) {
    init();
    HsObject *s = S("a\xc3\xa9");
    HS_CHECK(hs_codecs_encode(s, "ascii", NULL) == NULL);
    HsObject *exc = HsErr_GetRaisedException();
    HsUnicodeErrorObject *u = (HsUnicodeErrorObject *)exc;
    HS_CHECK(Hs_TYPE(exc) == (HsTypeObject *)HsExc_UnicodeEncodeError);
    HS_CHECK(u->object == s);
    HS_CHECK_EQ(u->start, 1);
    HS_CHECK_EQ(u->end, 2);
    HsObject *t = hs_codecs_unicode_error_str(exc);
    HS_CHECK(strcmp(HsUnicode_AsUTF8(t), "'ascii' codec can't encode character '\\xe9' in "
                                         "position 1: ordinal not in range(128)") == 0);
    Hs_DECREF(t);
    Hs_DECREF(exc);
    Hs_DECREF(s);
}

static void test_encode_error_texts(void) {
    init();
    static const struct {
        const char *in, *enc, *text;
    } cases[] = {
        {"\xe2\x82\xac", "latin-1",
         "'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in "
         "range(256)"},
        {"x\xf0\x9f\x98\x80", "ascii",
         "'ascii' codec can't encode character '\\U0001f600' in position 1: ordinal not in "
         "range(128)"},
        {"\xc3\xa9\xe2\x82\xac!", "ascii",
         "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"},
        {"\xed\xa0\x80", "utf-8",
         "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed"},
        {"\xed\xa0\x80\xed\xb0\x80", "utf-8",
         "'utf-8' codec can't encode characters in position 0-1: surrogates not allowed"},
        {"a\xed\xa0\x80", "utf-16",
         "'utf-16' codec can't encode character '\\ud800' in position 1: surrogates not "
         "allowed"},
    };
    char buf[300];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HsObject *s = S(cases[i].in);
        HS_CHECK(hs_codecs_encode(s, cases[i].enc, NULL) == NULL);
        HS_CHECK(strcmp(uerr_text(buf, sizeof buf), cases[i].text) == 0);
        Hs_DECREF(s);
    }
}

static void test_error_new_directly(void) {
    init();
    HsObject *obj = HsBytes_FromStringAndSize("ab", 2);
    HsObject *exc =
        hs_codecs_unicode_error_new(HsExc_UnicodeDecodeError, "ascii", obj, 0, 2, "custom");
    HS_CHECK(exc != NULL);
    HsObject *s = hs_codecs_unicode_error_str(exc);
    HS_CHECK(strcmp(HsUnicode_AsUTF8(s), "'ascii' codec can't decode bytes in position 0-1: "
                                         "custom") == 0);
    /* UnicodeError derives from ValueError */
    HS_CHECK(HsType_IsSubtype(Hs_TYPE(exc), (HsTypeObject *)HsExc_ValueError));
    Hs_DECREF(s);
    Hs_DECREF(exc);
    Hs_DECREF(obj);
}

static void test_bytearray_source_gives_bytes_object(void) {
    init();
    HsObject *ba = HsByteArray_FromStringAndSize("a\x80", 2);
    HsObject *m = HsObject_GetAttrString(ba, "decode");
    HsObject *enc = S("ascii");
    HS_CHECK(HsObject_CallOneArg(m, enc) == NULL);
    HsObject *exc = HsErr_GetRaisedException();
    HsObject *obj = ((HsUnicodeErrorObject *)exc)->object;
    HS_CHECK(HsBytes_CheckExact(obj) && Hs_SIZE(obj) == 2); /* CPython stores bytes */
    Hs_DECREF(exc);
    Hs_DECREF(enc);
    Hs_DECREF(m);
    Hs_DECREF(ba);
}

/* ==== round trips ==== */

static void test_round_trips(void) {
    init();
    const char *texts[] = {"",
                           "plain ascii",
                           "caf\xc3\xa9 \xc3\xbf",
                           "\xe2\x82\xac \xe4\xb8\xad\xe6\x96\x87",
                           "\xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf x",
                           "\x00\x01\x7f"};
    const char *encs[] = {"utf-8",  "utf-16",    "utf-16-le", "utf-16-be",
                          "utf-32", "utf-32-le", "utf-32-be"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        HsObject *s = i == 5 ? HsUnicode_FromStringAndSize(texts[i], 3) : S(texts[i]);
        for (size_t e = 0; e < sizeof encs / sizeof encs[0]; e++) {
            HsObject *b = hs_codecs_encode(s, encs[e], NULL);
            HS_CHECK(b != NULL);
            HsObject *back = hs_codecs_decode(HsBytes_AS_STRING(b), Hs_SIZE(b), b, encs[e], NULL);
            HS_CHECK(back != NULL && hs_str_eq(back, s));
            Hs_DECREF(back);
            Hs_DECREF(b);
        }
        Hs_DECREF(s);
    }
}

static void test_latin1_round_trip_all_bytes(void) {
    init();
    char all[256];
    for (int i = 0; i < 256; i++) {
        all[i] = (char)i;
    }
    HsObject *s = hs_codecs_decode(all, 256, NULL, "latin-1", NULL);
    HS_CHECK(s != NULL && HS_STR_LEN(s) == 256 && HS_STR_KIND(s) == 1);
    HsObject *b = hs_codecs_encode(s, "iso8859-1", NULL);
    HS_CHECK(b != NULL && Hs_SIZE(b) == 256 && memcmp(HsBytes_AS_STRING(b), all, 256) == 0);
    Hs_DECREF(b);
    Hs_DECREF(s);
}

static void test_surrogateescape_round_trip(void) {
    init();
    const char raw[] = "ok \xff\xfe\x80 end";
    HsObject *s = hs_codecs_decode(raw, 10, NULL, "utf-8", "surrogateescape");
    HS_CHECK(s != NULL && HS_STR_LEN(s) == 10 && HS_STR_READ_CHAR(s, 3) == 0xdcff);
    HsObject *b = hs_codecs_encode(s, "utf-8", "surrogateescape");
    HS_CHECK(b != NULL && Hs_SIZE(b) == 10 && memcmp(HsBytes_AS_STRING(b), raw, 10) == 0);
    Hs_DECREF(b);
    Hs_DECREF(s);
}

static void test_surrogatepass_round_trip(void) {
    init();
    HsObject *s = S("a\xed\xa0\x80"
                    "b");
    const char *encs[] = {"utf-8", "utf-16-le", "utf-32-be"};
    for (size_t e = 0; e < 3; e++) {
        HsObject *b = hs_codecs_encode(s, encs[e], "surrogatepass");
        HS_CHECK(b != NULL);
        HsObject *back =
            hs_codecs_decode(HsBytes_AS_STRING(b), Hs_SIZE(b), b, encs[e], "surrogatepass");
        HS_CHECK(back != NULL && hs_str_eq(back, s));
        Hs_DECREF(back);
        Hs_DECREF(b);
    }
    Hs_DECREF(s);
}

/* ==== BOMs ==== */

static void test_utf16_bom(void) {
    init();
    HsObject *s = S("a");
    HsObject *b = hs_codecs_encode(s, "utf-16", NULL);
    HS_CHECK(b != NULL && Hs_SIZE(b) == 4 &&
             memcmp(HsBytes_AS_STRING(b),
                    "\xff\xfe"
                    "a\x00",
                    4) == 0);
    Hs_DECREF(b);
    b = hs_codecs_encode(s, "utf-16-be", NULL); /* no BOM */
    HS_CHECK(b != NULL && Hs_SIZE(b) == 2 &&
             memcmp(HsBytes_AS_STRING(b),
                    "\x00"
                    "a",
                    2) == 0);
    Hs_DECREF(b);
    HsObject *d = hs_codecs_decode("\xfe\xff\x00"
                                   "a\x00"
                                   "b",
                                   6, NULL, "utf-16", NULL);
    HS_CHECK(d != NULL && HS_STR_LEN(d) == 2 && HS_STR_READ_CHAR(d, 1) == 'b');
    Hs_DECREF(d);
    /* a BOM only counts at the start: later ones are U+FEFF */
    d = hs_codecs_decode("\xff\xfe\xff\xfe", 4, NULL, "utf-16", NULL);
    HS_CHECK(d != NULL && HS_STR_LEN(d) == 1 && HS_STR_READ_CHAR(d, 0) == 0xfeff);
    Hs_DECREF(d);
    Hs_DECREF(s);
}

static void test_utf32_bom(void) {
    init();
    HsObject *s = S("\xf0\x9f\x98\x80");
    HsObject *b = hs_codecs_encode(s, "utf-32", NULL);
    HS_CHECK(b != NULL && Hs_SIZE(b) == 8 &&
             memcmp(HsBytes_AS_STRING(b), "\xff\xfe\x00\x00\x00\xf6\x01\x00", 8) == 0);
    Hs_DECREF(b);
    HsObject *d = hs_codecs_decode("\x00\x00\xfe\xff\x00\x01\xf6\x00", 8, NULL, "utf-32", NULL);
    HS_CHECK(d != NULL && HS_STR_LEN(d) == 1 && HS_STR_READ_CHAR(d, 0) == 0x1f600);
    Hs_DECREF(d);
    Hs_DECREF(s);
}

/* ==== handlers ==== */

static void test_handler_lookup_is_lazy(void) {
    init();
    HsObject *d = hs_codecs_decode("abc", 3, NULL, "utf-8", "no-such-handler");
    HS_CHECK(d != NULL && HS_STR_LEN(d) == 3);
    Hs_DECREF(d);
    char buf[200];
    HS_CHECK(hs_codecs_decode("\xff", 1, NULL, "utf-8", "no-such-handler") == NULL);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf),
                    "LookupError: unknown error handler name 'no-such-handler'") == 0);
}

static void test_registry_path_wraps_errors(void) {
    init();
    char buf[300];
    HsObject *s = S("\xe2\x82\xac");
    HS_CHECK(hs_codecs_encode(s, "l1", "nosuch") == NULL);
    HsObject *peek = HsErr_GetRaisedException();
    HsBaseExceptionObject *w = (HsBaseExceptionObject *)peek;
    HS_CHECK(w->cause != NULL && w->cause == w->context && w->suppress_context == 1);
    HS_CHECK(Hs_TYPE(w->cause) == (HsTypeObject *)HsExc_LookupError);
    HsErr_SetRaisedException(peek);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf),
                    "LookupError: encoding with 'l1' codec failed (LookupError: unknown error "
                    "handler name 'nosuch')") == 0);
    HS_CHECK(hs_codecs_encode(s, "latin_1", "nosuch") == NULL); /* fast path: not wrapped */
    HS_CHECK(
        strcmp(exc_text(buf, sizeof buf), "LookupError: unknown error handler name 'nosuch'") == 0);
    HS_CHECK(hs_codecs_decode("\xff", 1, NULL, "ascii", "xmlcharrefreplace") == NULL);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf),
                    "TypeError: don't know how to handle UnicodeDecodeError in error callback") ==
             0);
    Hs_DECREF(s);
}

static void test_replace_handlers_output(void) {
    init();
    HsObject *s = S("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
    static const struct {
        const char *errors, *want;
    } cases[] = {
        {"ignore", "a"},
        {"replace", "a???"},
        {"backslashreplace", "a\\xe9\\u20ac\\U0001f600"},
        {"xmlcharrefreplace", "a&#233;&#8364;&#128512;"},
        {"namereplace", "a\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{EURO SIGN}\\N{GRINNING FACE}"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HsObject *b = hs_codecs_encode(s, "ascii", cases[i].errors);
        HS_CHECK(b != NULL && Hs_SIZE(b) == (Hs_ssize_t)strlen(cases[i].want));
        HS_CHECK(memcmp(HsBytes_AS_STRING(b), cases[i].want, strlen(cases[i].want)) == 0);
        Hs_DECREF(b);
    }
    Hs_DECREF(s);
}

static void test_decode_replace_counts(void) {
    init();
    /* python3: each maximal invalid prefix becomes one U+FFFD */
    HsObject *d = hs_codecs_decode("\xf0\x9f\x98"
                                   "a\xed\xa0\x80"
                                   "b\xff",
                                   9, NULL, "utf-8", "replace");
    HS_CHECK(d != NULL && HS_STR_LEN(d) == 7);
    HS_CHECK(HS_STR_READ_CHAR(d, 0) == 0xfffd && HS_STR_READ_CHAR(d, 1) == 'a');
    HS_CHECK(HS_STR_READ_CHAR(d, 2) == 0xfffd && HS_STR_READ_CHAR(d, 4) == 0xfffd);
    HS_CHECK(HS_STR_READ_CHAR(d, 5) == 'b' && HS_STR_READ_CHAR(d, 6) == 0xfffd);
    Hs_DECREF(d);
}

/* ==== the str.encode entry point ==== */

static void test_str_encode_method(void) {
    init();
    HsObject *s = S("h\xc3\xa9"), *enc = S("latin-1"), *errs = S("strict");
    HsObject *args[2] = {enc, errs};
    HsObject *b = hs_str_encode_method(s, args, 2, NULL);
    HS_CHECK(b != NULL && Hs_SIZE(b) == 2 && HsBytes_AS_STRING(b)[1] == '\xe9');
    Hs_DECREF(b);
    b = hs_str_encode_method(s, NULL, 0, NULL); /* default utf-8 */
    HS_CHECK(b != NULL && Hs_SIZE(b) == 3);
    Hs_DECREF(b);
    HsObject *kw = HsTuple_Pack(1, S("errors"));
    Hs_DECREF(HS_TUPLE_GET(kw, 0));
    HsObject *kwargs[1] = {errs};
    b = hs_str_encode_method(s, kwargs, 0, kw);
    HS_CHECK(b != NULL && Hs_SIZE(b) == 3);
    Hs_DECREF(b);
    Hs_DECREF(kw);
    Hs_DECREF(s);
    Hs_DECREF(enc);
    Hs_DECREF(errs);
}

static void test_embedded_null_in_encoding(void) {
    init();
    HsObject *s = S("x"), *enc = HsUnicode_FromStringAndSize("utf\0"
                                                             "8",
                                                             5);
    char buf[200];
    HS_CHECK(hs_str_encode_method(s, &enc, 1, NULL) == NULL);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf), "ValueError: embedded null character") == 0);
    Hs_DECREF(enc);
    Hs_DECREF(s);
}

/* ==== reference balance ==== */

static void test_refs_balance(void) {
    init();
    HsObject *w = hs_codecs_decode("\xff", 1, NULL, "utf-8", "replace"); /* warm */
    Hs_XDECREF(w);
    Hs_ssize_t before = refs();
    HsObject *s = S("a\xc3\xa9\xed\xa0\x80");
    const char *encs[] = {"ascii", "latin-1", "utf-8", "utf-16", "utf-32-be"};
    const char *errs[] = {NULL,
                          "ignore",
                          "replace",
                          "backslashreplace",
                          "surrogatepass",
                          "surrogateescape",
                          "xmlcharrefreplace",
                          "namereplace",
                          "bad"};
    for (size_t e = 0; e < 5; e++) {
        for (size_t h = 0; h < 9; h++) {
            HsObject *b = hs_codecs_encode(s, encs[e], errs[h]);
            if (b == NULL) {
                HsErr_Clear();
                continue;
            }
            HsObject *d = hs_codecs_decode(HsBytes_AS_STRING(b), Hs_SIZE(b), b, encs[e], errs[h]);
            Hs_XDECREF(d);
            HsErr_Clear();
            Hs_DECREF(b);
        }
    }
    Hs_DECREF(s);
    HS_CHECK_EQ(refs(), before);
}

HS_TEST_MAIN(test_lookup_aliases, test_unknown_encoding, test_decode_error_object,
             test_decode_error_range_text, test_encode_error_object, test_encode_error_texts,
             test_error_new_directly, test_bytearray_source_gives_bytes_object, test_round_trips,
             test_latin1_round_trip_all_bytes, test_surrogateescape_round_trip,
             test_surrogatepass_round_trip, test_utf16_bom, test_utf32_bom,
             test_handler_lookup_is_lazy, test_registry_path_wraps_errors,
             test_replace_handlers_output, test_decode_replace_counts, test_str_encode_method,
             test_embedded_null_in_encoding, test_refs_balance)
