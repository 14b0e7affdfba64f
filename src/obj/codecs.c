/* The built-in codecs (CPython 3.11: the utf-8/ascii/latin-1/utf-16/utf-32 codecs of
 * Objects/unicodeobject.c and the error handlers of Python/codecs.c), without a registry:
 * encoding names are normalised as encodings.normalize_encoding does and looked up in the
 * aliases of encodings/aliases.py. Decoders find errors exactly where CPython's do (same
 * start, end and reason), encoders report the same unencodable ranges, and the handlers
 * strict, ignore, replace, backslashreplace, surrogateescape, surrogatepass,
 * xmlcharrefreplace and namereplace produce CPython's output. Errors raise properly
 * built UnicodeDecodeError / UnicodeEncodeError objects (fields and args filled).
 * Invariant: an error handler is looked up only when an error happens, as in CPython
 * (so b'a'.decode('utf-8', 'bogus') succeeds). */
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_unicode.h"
#include "internal/hs_mem.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdio.h>
#include <string.h>

/* ==== constants ==== */

typedef enum Handler {
    H_STRICT,
    H_IGNORE,
    H_REPLACE,
    H_BACKSLASH,
    H_SURROGATEESCAPE,
    H_SURROGATEPASS,
    H_XMLCHARREF,
    H_NAMEREPLACE,
    H_UNKNOWN
} Handler;

static const struct {
    const char *name;
    HsCodec codec;
} aliases[] = {
    {"utf_8", HS_CODEC_UTF8},
    {"utf8", HS_CODEC_UTF8},
    {"u8", HS_CODEC_UTF8},
    {"utf", HS_CODEC_UTF8},
    {"utf8_ucs2", HS_CODEC_UTF8},
    {"utf8_ucs4", HS_CODEC_UTF8},
    {"cp65001", HS_CODEC_UTF8},
    {"ascii", HS_CODEC_ASCII},
    {"646", HS_CODEC_ASCII},
    {"ansi_x3.4_1968", HS_CODEC_ASCII},
    {"ansi_x3_4_1968", HS_CODEC_ASCII},
    {"ansi_x3.4_1986", HS_CODEC_ASCII},
    {"cp367", HS_CODEC_ASCII},
    {"csascii", HS_CODEC_ASCII},
    {"ibm367", HS_CODEC_ASCII},
    {"iso646_us", HS_CODEC_ASCII},
    {"iso_646.irv_1991", HS_CODEC_ASCII},
    {"iso_ir_6", HS_CODEC_ASCII},
    {"us", HS_CODEC_ASCII},
    {"us_ascii", HS_CODEC_ASCII},
    {"latin_1", HS_CODEC_LATIN1},
    {"8859", HS_CODEC_LATIN1},
    {"cp819", HS_CODEC_LATIN1},
    {"csisolatin1", HS_CODEC_LATIN1},
    {"ibm819", HS_CODEC_LATIN1},
    {"iso8859", HS_CODEC_LATIN1},
    {"iso8859_1", HS_CODEC_LATIN1},
    {"iso_8859_1", HS_CODEC_LATIN1},
    {"iso_8859_1_1987", HS_CODEC_LATIN1},
    {"iso_ir_100", HS_CODEC_LATIN1},
    {"l1", HS_CODEC_LATIN1},
    {"latin", HS_CODEC_LATIN1},
    {"latin1", HS_CODEC_LATIN1},
    {"cp1252", HS_CODEC_CP1252},
    {"windows_1252", HS_CODEC_CP1252},
    {"utf_16", HS_CODEC_UTF16},
    {"u16", HS_CODEC_UTF16},
    {"utf16", HS_CODEC_UTF16},
    {"utf_16_le", HS_CODEC_UTF16_LE},
    {"utf_16le", HS_CODEC_UTF16_LE},
    {"unicodelittleunmarked", HS_CODEC_UTF16_LE},
    {"utf_16_be", HS_CODEC_UTF16_BE},
    {"utf_16be", HS_CODEC_UTF16_BE},
    {"unicodebigunmarked", HS_CODEC_UTF16_BE},
    {"utf_32", HS_CODEC_UTF32},
    {"u32", HS_CODEC_UTF32},
    {"utf32", HS_CODEC_UTF32},
    {"utf_32_le", HS_CODEC_UTF32_LE},
    {"utf_32le", HS_CODEC_UTF32_LE},
    {"utf_32_be", HS_CODEC_UTF32_BE},
    {"utf_32be", HS_CODEC_UTF32_BE},
};

#define IS_SURROGATE(c) ((c) >= 0xd800 && (c) <= 0xdfff)

/* cp1252 bytes 0x80..0x9f (0: undefined); the others are latin-1. */
static const uint16_t cp1252_high[32] = {
    0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160,
    0x2039, 0x152, 0, 0x17d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
    0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178};

/* The cp1252 byte for 'c', or -1 when it has none. */
static int cp1252_encode(uint32_t c) {
    if (c < 0x80 || (c >= 0xa0 && c < 0x100)) {
        return (int)c;
    }
    for (int i = 0; i < 32; i++) {
        if (cp1252_high[i] != 0 && cp1252_high[i] == c) {
            return 0x80 + i;
        }
    }
    return -1;
}

/* ==== static helpers: names and handlers ==== */

/* encodings.normalize_encoding after codecs' lower-casing: runs of characters other than
 * ASCII letters, digits and '.' become one '_', dropped at either end. */
static void normalize(const char *name, char *out, size_t cap) {
    size_t n = 0;
    int punct = 0;
    for (const unsigned char *p = (const unsigned char *)name; *p != '\0'; p++) {
        unsigned char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '.') {
            if (punct && n > 0 && n + 1 < cap) {
                out[n++] = '_';
            }
            if (n + 1 < cap) {
                out[n++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
            }
            punct = 0;
        } else {
            punct = 1;
        }
    }
    out[n] = '\0';
}

static Handler lookup_handler(const char *errors) {
    static const char *const names[] = {
        "strict",          "ignore",        "replace",           "backslashreplace",
        "surrogateescape", "surrogatepass", "xmlcharrefreplace", "namereplace"};
    if (errors == NULL) {
        return H_STRICT;
    }
    for (int i = 0; i < H_UNKNOWN; i++) {
        if (strcmp(errors, names[i]) == 0) {
            return (Handler)i;
        }
    }
    return H_UNKNOWN;
}

static int unknown_handler(const char *errors) {
    HsErr_Format(HsExc_LookupError, "unknown error handler name '%s'", errors);
    return -1;
}

/* Raise a Unicode error built from its parts. Returns -1. */
static int raise_unicode_error(HsObject *type, const char *encoding, HsObject *object,
                               Hs_ssize_t start, Hs_ssize_t end, const char *reason) {
    HsObject *exc = hs_codecs_unicode_error_new(type, encoding, object, start, end, reason);
    if (exc != NULL) {
        HsErr_SetObject(type, exc);
        Hs_DECREF(exc);
    }
    return -1;
}

/* ==== static helpers: a growable byte buffer for encoders ==== */

typedef struct ByteBuf {
    char *p;
    Hs_ssize_t len, cap;
} ByteBuf;

static int buf_reserve(ByteBuf *b, Hs_ssize_t extra) {
    if (b->len + extra <= b->cap) {
        return 0;
    }
    Hs_ssize_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra) {
        cap *= 2;
    }
    char *p = hs_mem_realloc(b->p, (size_t)cap);
    if (p == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

static int buf_put(ByteBuf *b, const void *data, Hs_ssize_t n) {
    if (buf_reserve(b, n) < 0) {
        return -1;
    }
    memcpy(b->p + b->len, data, (size_t)n);
    b->len += n;
    return 0;
}

/* ==== encoders ==== */

typedef struct Encoder {
    HsCodec codec;
    const char *name; /* shown in errors */
    uint32_t limit;   /* first code point not encodable (ascii 128, latin-1 256), or 0 */
    int width;        /* 1 (ascii, latin-1, utf-8), 2 or 4 */
    int big;          /* big-endian units */
} Encoder;

static int put_unit(ByteBuf *b, const Encoder *e, uint32_t u) {
    unsigned char out[4];
    for (int i = 0; i < e->width; i++) {
        int shift = 8 * (e->big ? e->width - 1 - i : i);
        out[i] = (unsigned char)(u >> shift);
    }
    return buf_put(b, out, e->width);
}

/* Write code point 'c', known to be encodable (surrogates included: surrogatepass). */
static int put_char(ByteBuf *b, const Encoder *e, uint32_t c) {
    if (e->codec == HS_CODEC_CP1252) {
        char ch = (char)cp1252_encode(c);
        return buf_put(b, &ch, 1);
    }
    if (e->width == 1 && e->limit != 0) {
        char ch = (char)c;
        return buf_put(b, &ch, 1);
    }
    if (e->width == 1) {
        unsigned char out[4];
        int n;
        if (c < 0x80) {
            out[0] = (unsigned char)c, n = 1;
        } else if (c < 0x800) {
            out[0] = (unsigned char)(0xc0 | (c >> 6)), out[1] = (unsigned char)(0x80 | (c & 0x3f));
            n = 2;
        } else if (c < 0x10000) {
            out[0] = (unsigned char)(0xe0 | (c >> 12));
            out[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
            out[2] = (unsigned char)(0x80 | (c & 0x3f));
            n = 3;
        } else {
            out[0] = (unsigned char)(0xf0 | (c >> 18));
            out[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3f));
            out[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
            out[3] = (unsigned char)(0x80 | (c & 0x3f));
            n = 4;
        }
        return buf_put(b, out, n);
    }
    if (e->width == 2 && c >= 0x10000) {
        c -= 0x10000;
        if (put_unit(b, e, 0xd800 | (c >> 10)) < 0) {
            return -1;
        }
        return put_unit(b, e, 0xdc00 | (c & 0x3ff));
    }
    return put_unit(b, e, c);
}

static int put_ascii(ByteBuf *b, const Encoder *e, const char *s) {
    for (; *s != '\0'; s++) {
        if (put_char(b, e, (unsigned char)*s) < 0) {
            return -1;
        }
    }
    return 0;
}

static int encodable(const Encoder *e, uint32_t c) {
    if (e->codec == HS_CODEC_CP1252) {
        return cp1252_encode(c) >= 0;
    }
    return e->limit != 0 ? c < e->limit : !IS_SURROGATE(c);
}

/* The textual replacement for 'c' by backslashreplace / xmlcharrefreplace / namereplace. */
static void replacement_text(Handler h, uint32_t c, char *out, size_t cap) {
    if (h == H_XMLCHARREF) {
        snprintf(out, cap, "&#%u;", (unsigned)c);
        return;
    }
    if (h == H_NAMEREPLACE) {
        char name[HS_UNI_NAME_MAX];
        if (hs_uni_name(c, name, sizeof name) > 0) {
            snprintf(out, cap, "\\N{%s}", name);
            return;
        }
    }
    snprintf(out, cap, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)c);
}

/* Handle the unencodable characters [start, end) of 'str'; 0 or -1. */
static int encode_error(ByteBuf *b, const Encoder *e, HsObject *str, Hs_ssize_t start,
                        Hs_ssize_t end, const char *errors, const char *reason) {
    Handler h = lookup_handler(errors);
    int kind = HS_STR_KIND(str);
    const void *data = HS_STR_DATA(str);
    switch (h) {
    case H_STRICT:
        break;
    case H_UNKNOWN:
        return unknown_handler(errors);
    case H_IGNORE:
        return 0;
    case H_SURROGATEESCAPE:
    case H_SURROGATEPASS:
        if ((h == H_SURROGATEESCAPE && e->width != 1) || (h == H_SURROGATEPASS && e->limit != 0)) {
            break;
        }
        for (Hs_ssize_t i = start; i < end; i++) {
            uint32_t c = hs_str_read(kind, data, i);
            if (h == H_SURROGATEESCAPE && (c < 0xdc80 || c > 0xdcff)) {
                return raise_unicode_error(HsExc_UnicodeEncodeError, e->name, str, i, end, reason);
            }
            if (h == H_SURROGATEPASS && !IS_SURROGATE(c)) {
                return raise_unicode_error(HsExc_UnicodeEncodeError, e->name, str, start, end,
                                           reason);
            }
            if (h == H_SURROGATEESCAPE) {
                char byte = (char)(c - 0xdc00);
                if (buf_put(b, &byte, 1) < 0) {
                    return -1;
                }
            } else if ((e->width == 1 ? put_char(b, e, c) : put_unit(b, e, c)) < 0) {
                return -1;
            }
        }
        return 0;
    default:
        for (Hs_ssize_t i = start; i < end; i++) {
            char text[HS_UNI_NAME_MAX + 8];
            if (h == H_REPLACE) {
                strcpy(text, "?");
            } else {
                replacement_text(h, hs_str_read(kind, data, i), text, sizeof text);
            }
            if (put_ascii(b, e, text) < 0) {
                return -1;
            }
        }
        return 0;
    }
    return raise_unicode_error(HsExc_UnicodeEncodeError, e->name, str, start, end, reason);
}

static HsObject *encode_with(const Encoder *e, HsObject *str, const char *errors) {
    int kind = HS_STR_KIND(str);
    const void *data = HS_STR_DATA(str);
    Hs_ssize_t len = HS_STR_LEN(str);
    const char *reason = e->codec == HS_CODEC_CP1252 ? "character maps to <undefined>"
                         : e->limit == 128           ? "ordinal not in range(128)"
                         : e->limit == 256           ? "ordinal not in range(256)"
                                                     : "surrogates not allowed";
    ByteBuf b = {NULL, 0, 0};
    if (buf_reserve(&b, len * e->width + 4) < 0) {
        return NULL;
    }
    if (e->codec == HS_CODEC_UTF16 || e->codec == HS_CODEC_UTF32) {
        if (put_unit(&b, e, 0xfeff) < 0) {
            goto error;
        }
    }
    for (Hs_ssize_t i = 0; i < len;) {
        uint32_t c = hs_str_read(kind, data, i);
        if (encodable(e, c)) {
            if (put_char(&b, e, c) < 0) {
                goto error;
            }
            i++;
            continue;
        }
        Hs_ssize_t end = i + 1;
        if (e->width == 1) { /* the run of unencodable characters */
            while (end < len && !encodable(e, hs_str_read(kind, data, end))) {
                end++;
            }
        }
        if (encode_error(&b, e, str, i, end, errors, reason) < 0) {
            goto error;
        }
        i = end;
    }
    HsObject *r = HsBytes_FromStringAndSize(b.p, b.len);
    hs_mem_free(b.p);
    return r;
error:
    hs_mem_free(b.p);
    return NULL;
}

static void make_encoder(HsCodec codec, Encoder *e) {
    e->codec = codec;
    e->name = codec == HS_CODEC_CP1252 ? "charmap" : hs_codecs_name(codec);
    e->limit = codec == HS_CODEC_ASCII ? 128 : codec == HS_CODEC_LATIN1 ? 256 : 0;
    e->width = codec >= HS_CODEC_UTF32 ? 4 : codec >= HS_CODEC_UTF16 ? 2 : 1;
    e->big = codec == HS_CODEC_UTF16_BE || codec == HS_CODEC_UTF32_BE;
}

/* ==== decoders ==== */

typedef struct Decoder {
    HsCodec codec;
    const char *name; /* shown in errors (utf-16/32: the byte order actually used) */
    int width;        /* 1 for utf-8/ascii/latin-1, else 2 or 4 */
    int big;
} Decoder;

/* One step of decoding at s[pos]: returns the bytes consumed (> 0) with *cp set, or 0 for
 * an error with *end and *reason set (CPython's error ranges and messages). */
static Hs_ssize_t utf8_step(const unsigned char *s, Hs_ssize_t len, Hs_ssize_t pos, uint32_t *cp,
                            Hs_ssize_t *end, const char **reason) {
    unsigned char c = s[pos];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int need = c < 0xc2 ? 0 : c < 0xe0 ? 1 : c < 0xf0 ? 2 : c < 0xf5 ? 3 : 0;
    if (need == 0) {
        *end = pos + 1;
        *reason = "invalid start byte";
        return 0;
    }
    unsigned char lo = 0x80, hi = 0xbf; /* the allowed range of the second byte */
    if (c == 0xe0) {
        lo = 0xa0;
    } else if (c == 0xed) {
        hi = 0x9f;
    } else if (c == 0xf0) {
        lo = 0x90;
    } else if (c == 0xf4) {
        hi = 0x8f;
    }
    uint32_t v = c & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07);
    for (int k = 1; k <= need; k++) {
        if (pos + k >= len) {
            *end = len;
            *reason = "unexpected end of data";
            return 0;
        }
        unsigned char b = s[pos + k];
        if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xbf)) {
            *end = pos + k;
            *reason = "invalid continuation byte";
            return 0;
        }
        v = (v << 6) | (b & 0x3f);
    }
    *cp = v;
    return need + 1;
}

static uint32_t read_unit(const unsigned char *s, int width, int big) {
    uint32_t v = 0;
    for (int i = 0; i < width; i++) {
        int shift = 8 * (big ? width - 1 - i : i);
        v |= (uint32_t)s[i] << shift;
    }
    return v;
}

static Hs_ssize_t utf16_step(const Decoder *d, const unsigned char *s, Hs_ssize_t len,
                             Hs_ssize_t pos, uint32_t *cp, Hs_ssize_t *end, const char **reason) {
    if (len - pos < 2) {
        *end = len;
        *reason = "truncated data";
        return 0;
    }
    uint32_t u = read_unit(s + pos, 2, d->big);
    if (!IS_SURROGATE(u)) {
        *cp = u;
        return 2;
    }
    if (u >= 0xdc00) {
        *end = pos + 2;
        *reason = "illegal encoding";
        return 0;
    }
    if (len - pos < 4) {
        *end = len;
        *reason = "unexpected end of data";
        return 0;
    }
    uint32_t u2 = read_unit(s + pos + 2, 2, d->big);
    if (u2 < 0xdc00 || u2 > 0xdfff) {
        *end = pos + 2;
        *reason = "illegal UTF-16 surrogate";
        return 0;
    }
    *cp = 0x10000 + (((u & 0x3ff) << 10) | (u2 & 0x3ff));
    return 4;
}

static Hs_ssize_t decode_step(const Decoder *d, const unsigned char *s, Hs_ssize_t len,
                              Hs_ssize_t pos, uint32_t *cp, Hs_ssize_t *end, const char **reason) {
    switch (d->codec) {
    case HS_CODEC_ASCII:
        if (s[pos] >= 0x80) {
            *end = pos + 1;
            *reason = "ordinal not in range(128)";
            return 0;
        }
        *cp = s[pos];
        return 1;
    case HS_CODEC_LATIN1:
        *cp = s[pos];
        return 1;
    case HS_CODEC_CP1252:
        *cp = s[pos] >= 0x80 && s[pos] < 0xa0 ? cp1252_high[s[pos] - 0x80] : s[pos];
        if (*cp == 0 && s[pos] != 0) {
            *end = pos + 1;
            *reason = "character maps to <undefined>";
            return 0;
        }
        return 1;
    case HS_CODEC_UTF8:
        return utf8_step(s, len, pos, cp, end, reason);
    default:
        break;
    }
    if (d->width == 2) {
        return utf16_step(d, s, len, pos, cp, end, reason);
    }
    if (len - pos < 4) {
        *end = len;
        *reason = "truncated data";
        return 0;
    }
    uint32_t v = read_unit(s + pos, 4, d->big);
    *end = pos + 4;
    if (v > 0x10ffff) {
        *reason = "code point not in range(0x110000)";
        return 0;
    }
    if (IS_SURROGATE(v)) {
        *reason = "code point in surrogate code point range(0xd800, 0xe000)";
        return 0;
    }
    *cp = v;
    return 4;
}

/* surrogatepass on decoding: the encoded surrogate at s[pos], if there is one (CPython:
 * PyCodec_SurrogatePassErrors). Returns the bytes it takes, or 0. */
static Hs_ssize_t surrogate_at(const Decoder *d, const unsigned char *s, Hs_ssize_t len,
                               Hs_ssize_t pos, uint32_t *cp) {
    if (d->codec == HS_CODEC_UTF8) {
        if (len - pos >= 3 && (s[pos] & 0xf0) == 0xe0 && (s[pos + 1] & 0xc0) == 0x80 &&
            (s[pos + 2] & 0xc0) == 0x80) {
            uint32_t c = ((uint32_t)(s[pos] & 0x0f) << 12) | ((uint32_t)(s[pos + 1] & 0x3f) << 6) |
                         (s[pos + 2] & 0x3f);
            if (IS_SURROGATE(c)) {
                *cp = c;
                return 3;
            }
        }
        return 0;
    }
    if (d->width < 2 || len - pos < d->width) {
        return 0;
    }
    uint32_t c = read_unit(s + pos, d->width, d->big);
    if (!IS_SURROGATE(c)) {
        return 0;
    }
    *cp = c;
    return d->width;
}

/* The exception object's bytes: 'source' when it is a bytes, else a copy. */
static HsObject *source_bytes(const char *s, Hs_ssize_t len, HsObject *source) {
    if (source != NULL && HsBytes_CheckExact(source)) {
        return Hs_NewRef(source);
    }
    return HsBytes_FromStringAndSize(s, len);
}

static int raise_decode_error(const Decoder *d, const char *s, Hs_ssize_t len, HsObject *source,
                              Hs_ssize_t start, Hs_ssize_t end, const char *reason) {
    HsObject *obj = source_bytes(s, len, source);
    if (obj == NULL) {
        return -1;
    }
    raise_unicode_error(HsExc_UnicodeDecodeError, d->name, obj, start, end, reason);
    Hs_DECREF(obj);
    return -1;
}

/* Apply the error handler to the undecodable bytes [pos, end); returns where decoding
 * resumes, or -1 with an exception. */
static Hs_ssize_t decode_error(const Decoder *d, HsStrWriter *w, const char *s, Hs_ssize_t len,
                               HsObject *source, Hs_ssize_t pos, Hs_ssize_t end, const char *reason,
                               const char *errors) {
    const unsigned char *u = (const unsigned char *)s;
    Handler h = lookup_handler(errors);
    uint32_t cp;
    Hs_ssize_t took;
    switch (h) {
    case H_UNKNOWN:
        return unknown_handler(errors);
    case H_IGNORE:
        return end;
    case H_REPLACE:
        return hs_str_writer_char(w, 0xfffd) < 0 ? -1 : end;
    case H_BACKSLASH:
        for (Hs_ssize_t i = pos; i < end; i++) {
            char text[8];
            snprintf(text, sizeof text, "\\x%02x", u[i]);
            if (hs_str_writer_ascii(w, text) < 0) {
                return -1;
            }
        }
        return end;
    case H_SURROGATEESCAPE: {
        /* up to 4 bytes >= 128 from 'pos', stopping at ASCII (PyCodec_SurrogateEscapeErrors) */
        Hs_ssize_t k = 0;
        while (k < 4 && k < end - pos && u[pos + k] >= 128) {
            if (hs_str_writer_char(w, 0xdc00 + u[pos + k]) < 0) {
                return -1;
            }
            k++;
        }
        if (k == 0) {
            return raise_decode_error(d, s, len, source, pos, end, reason);
        }
        return pos + k;
    }
    case H_XMLCHARREF:
    case H_NAMEREPLACE:
        HsErr_SetString(HsExc_TypeError,
                        "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    case H_SURROGATEPASS:
        took = surrogate_at(d, u, len, pos, &cp);
        if (took > 0 && d->codec != HS_CODEC_ASCII && d->codec != HS_CODEC_LATIN1 &&
            d->codec != HS_CODEC_CP1252) {
            return hs_str_writer_char(w, cp) < 0 ? -1 : pos + took;
        }
        break;
    default:
        break;
    }
    return raise_decode_error(d, s, len, source, pos, end, reason);
}

/* Pick the byte order of utf-16 / utf-32 from a BOM; returns the bytes the BOM takes. */
static Hs_ssize_t read_bom(Decoder *d, const unsigned char *s, Hs_ssize_t len) {
    if (d->codec != HS_CODEC_UTF16 && d->codec != HS_CODEC_UTF32) {
        return 0;
    }
    Hs_ssize_t skip = 0;
    d->big = 0; /* native order (little-endian) without a BOM */
    if (d->width == 2 && len >= 2) {
        if (s[0] == 0xff && s[1] == 0xfe) {
            skip = 2;
        } else if (s[0] == 0xfe && s[1] == 0xff) {
            skip = 2, d->big = 1;
        }
    } else if (d->width == 4 && len >= 4) {
        if (s[0] == 0xff && s[1] == 0xfe && s[2] == 0 && s[3] == 0) {
            skip = 4;
        } else if (s[0] == 0 && s[1] == 0 && s[2] == 0xfe && s[3] == 0xff) {
            skip = 4, d->big = 1;
        }
    }
    d->name =
        d->width == 2 ? (d->big ? "utf-16-be" : "utf-16-le") : (d->big ? "utf-32-be" : "utf-32-le");
    return skip;
}

static HsObject *decode_with(Decoder *d, const char *s, Hs_ssize_t len, HsObject *source,
                             const char *errors) {
    const unsigned char *u = (const unsigned char *)s;
    if (d->codec == HS_CODEC_UTF8 && (errors == NULL || strcmp(errors, "strict") == 0)) {
        Hs_ssize_t i = 0;
        while (i < len && u[i] < 0x80) {
            i++;
        }
        if (i == len) {
            return HsUnicode_FromKindAndData(HS_STR_1BYTE_KIND, s, len);
        }
    }
    HsStrWriter w;
    hs_str_writer_init(&w);
    for (Hs_ssize_t pos = read_bom(d, u, len); pos < len;) {
        uint32_t cp;
        Hs_ssize_t end = pos + 1;
        const char *reason = NULL;
        Hs_ssize_t n = decode_step(d, u, len, pos, &cp, &end, &reason);
        if (n > 0) {
            if (hs_str_writer_char(&w, cp) < 0) {
                goto error;
            }
            pos += n;
            continue;
        }
        pos = decode_error(d, &w, s, len, source, pos, end, reason, errors);
        if (pos < 0) {
            goto error;
        }
    }
    return hs_str_writer_finish(&w);
error:
    hs_str_writer_discard(&w);
    return NULL;
}

/* ==== Unicode error objects ==== */

/* The field values of a Unicode error, or NULL fields when it has none. */
static HsUnicodeErrorObject *uerr(HsObject *exc) {
    return (HsUnicodeErrorObject *)exc;
}

/* Store a new reference to 'value' in '*slot', dropping the old one. */
static void set_field(HsObject **slot, HsObject *value) {
    HsObject *old = *slot;
    *slot = Hs_NewRef(value);
    Hs_XDECREF(old);
}

/* Does CPython take a fast path for 'name' (PyUnicode_Decode / AsEncodedString)? The
 * other names go through the codec registry, which wraps some errors. */
static int fast_path_name(const char *name) {
    static const char *const fast[] = {"utf8",   "utf_8",   "utf16",      "utf_16",
                                       "utf32",  "utf_32",  "ascii",      "us_ascii",
                                       "latin1", "latin_1", "iso_8859_1", "iso8859_1"};
    char norm[64];
    if (name == NULL) {
        return 1;
    }
    if (strlen(name) >= sizeof norm) {
        return 0;
    }
    normalize(name, norm, sizeof norm);
    for (size_t i = 0; i < sizeof fast / sizeof fast[0]; i++) {
        if (strcmp(norm, fast[i]) == 0) {
            return 1;
        }
    }
    return 0;
}

/* Make 'exc' the cause and context of 'wrapped'. Steals: 'exc'. */
static void set_cause(HsBaseExceptionObject *wrapped, HsObject *exc) {
    HsObject *old_cause = wrapped->cause, *old_context = wrapped->context;
    wrapped->context = Hs_NewRef(exc);
    wrapped->cause = exc;
    wrapped->suppress_context = 1;
    Hs_XDECREF(old_cause);
    Hs_XDECREF(old_context);
}

/* The registry path's wrapping of simple errors (CPython: wrap_codec_error /
 * _PyErr_TrySetFromCause): "decoding with 'NAME' codec failed (TypeError: ...)". */
static void wrap_codec_error(const char *operation, const char *encoding) {
    if (fast_path_name(encoding)) {
        return;
    }
    HsObject *exc = HsErr_GetRaisedException();
    HsObject *type = (HsObject *)Hs_TYPE(exc);
    if (type != HsExc_TypeError && type != HsExc_LookupError) {
        HsErr_SetRaisedException(exc);
        return;
    }
    HsObject *msg = HsObject_Str(exc);
    if (msg == NULL) {
        Hs_DECREF(exc);
        return;
    }
    HsErr_Format(type, "%s with '%s' codec failed (%s: %U)", operation, encoding,
                 ((HsTypeObject *)type)->tp_name, msg);
    Hs_DECREF(msg);
    /* the original is both __cause__ and __context__ (CPython: _PyErr_FormatFromCause) */
    HsBaseExceptionObject *wrapped = (HsBaseExceptionObject *)HsErr_GetRaisedException();
    set_cause(wrapped, exc);
    HsErr_SetRaisedException((HsObject *)wrapped);
}

/* ==== internal API ==== */

HsCodec hs_codecs_lookup(const char *name) {
    char norm[64];
    if (strlen(name) >= sizeof norm) {
        return HS_CODEC_UNKNOWN;
    }
    normalize(name, norm, sizeof norm);
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
        if (strcmp(norm, aliases[i].name) == 0) {
            return aliases[i].codec;
        }
    }
    /* encodings' search also tries the name with '.' turned into '_'. */
    for (char *p = norm; *p != '\0'; p++) {
        *p = *p == '.' ? '_' : *p;
    }
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
        if (strcmp(norm, aliases[i].name) == 0) {
            return aliases[i].codec;
        }
    }
    return HS_CODEC_UNKNOWN;
}

const char *hs_codecs_name(HsCodec codec) {
    static const char *const names[] = {"?",         "utf-8",     "ascii",     "latin-1",
                                        "cp1252",    "utf-16",    "utf-16-le", "utf-16-be", "utf-32",
                                        "utf-32-le", "utf-32-be"};
    return names[codec];
}

HsObject *hs_codecs_decode(const char *s, Hs_ssize_t len, HsObject *source, const char *encoding,
                           const char *errors) {
    if (len == 0) {
        return hs_str_empty(); /* CPython: PyUnicode_Decode never looks the codec up */
    }
    HsCodec codec = encoding == NULL ? HS_CODEC_UTF8 : hs_codecs_lookup(encoding);
    if (codec == HS_CODEC_UNKNOWN) {
        return HsErr_Format(HsExc_LookupError, "unknown encoding: %s", encoding);
    }
    Decoder d = {codec, codec == HS_CODEC_CP1252 ? "charmap" : hs_codecs_name(codec),
                 codec >= HS_CODEC_UTF32   ? 4
                 : codec >= HS_CODEC_UTF16 ? 2
                                           : 1,
                 codec == HS_CODEC_UTF16_BE || codec == HS_CODEC_UTF32_BE};
    HsObject *r = decode_with(&d, s, len, source, errors);
    if (r == NULL) {
        wrap_codec_error("decoding", encoding);
    }
    return r;
}

HsObject *hs_codecs_encode(HsObject *str, const char *encoding, const char *errors) {
    HsCodec codec = encoding == NULL ? HS_CODEC_UTF8 : hs_codecs_lookup(encoding);
    if (codec == HS_CODEC_UNKNOWN) {
        return HsErr_Format(HsExc_LookupError, "unknown encoding: %s", encoding);
    }
    Encoder e;
    make_encoder(codec, &e);
    HsObject *r = encode_with(&e, str, errors);
    if (r == NULL) {
        wrap_codec_error("encoding", encoding);
    }
    return r;
}

/* The (encoding, errors) arguments of encode/decode as C strings (NULL when absent). */
static int codec_args(const char *fname, HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames,
                      const char **encoding, const char **errors) {
    static const char *const kwlist[] = {"encoding", "errors", NULL};
    HsArgParser parser = {fname, kwlist};
    HsObject *out[2];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 2, 0, out) < 0) {
        return -1;
    }
    const char **dst[2] = {encoding, errors};
    for (int i = 0; i < 2; i++) {
        *dst[i] = NULL;
        if (out[i] == NULL) {
            continue;
        }
        if (!HsUnicode_Check(out[i])) {
            return hs_arg_bad_argument(fname, 0, kwlist[i], "str", out[i]);
        }
        Hs_ssize_t n;
        *dst[i] = HsUnicode_AsUTF8AndSize(out[i], &n);
        if (*dst[i] == NULL) {
            return -1;
        }
        if ((size_t)n != strlen(*dst[i])) {
            HsErr_SetString(HsExc_ValueError, "embedded null character");
            return -1;
        }
    }
    return 0;
}

HsObject *hs_str_encode_method(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                               HsObject *kwnames) {
    const char *encoding, *errors;
    if (codec_args("encode", args, nargs, kwnames, &encoding, &errors) < 0) {
        return NULL;
    }
    return hs_codecs_encode(self, encoding, errors);
}

HsObject *hs_bytes_decode_method(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                 HsObject *kwnames) {
    const char *encoding, *errors, *s;
    Hs_ssize_t len;
    if (codec_args("decode", args, nargs, kwnames, &encoding, &errors) < 0 ||
        hs_bytes_view(self, &s, &len) < 0) {
        return NULL;
    }
    return hs_codecs_decode(s, len, self, encoding, errors);
}

HsObject *hs_codecs_unicode_error_new(HsObject *type, const char *encoding, HsObject *object,
                                      Hs_ssize_t start, Hs_ssize_t end, const char *reason) {
    HsObject *enc = HsUnicode_FromString(encoding);
    HsObject *why = HsUnicode_FromString(reason);
    HsObject *st = HsLong_FromSsize_t(start), *en = HsLong_FromSsize_t(end);
    HsObject *args = NULL, *exc = NULL;
    if (enc == NULL || why == NULL || st == NULL || en == NULL) {
        goto done;
    }
    args = HsTuple_Pack(5, enc, object, st, en, why);
    if (args == NULL) {
        goto done;
    }
    exc = hs_exc_create(type, args);
    if (exc != NULL) {
        HsUnicodeErrorObject *u = uerr(exc);
        set_field(&u->encoding, enc);
        set_field(&u->object, object);
        set_field(&u->reason, why);
        u->start = start;
        u->end = end;
    }
done:
    Hs_XDECREF(enc);
    Hs_XDECREF(why);
    Hs_XDECREF(st);
    Hs_XDECREF(en);
    Hs_XDECREF(args);
    return exc;
}

HsObject *hs_codecs_unicode_error_str(HsObject *exc) {
    HsUnicodeErrorObject *u = uerr(exc);
    if (u->object == NULL || u->encoding == NULL || u->reason == NULL) {
        return hs_str_empty();
    }
    Hs_ssize_t start = u->start, end = u->end;
    if (HsBytes_Check(u->object)) {
        if (start < Hs_SIZE(u->object) && end == start + 1) {
            int byte = (unsigned char)HsBytes_AS_STRING(u->object)[start];
            return HsUnicode_FromFormat("'%U' codec can't decode byte 0x%02x in position %zd: %U",
                                        u->encoding, byte, start, u->reason);
        }
        return HsUnicode_FromFormat("'%U' codec can't decode bytes in position %zd-%zd: %U",
                                    u->encoding, start, end - 1, u->reason);
    }
    if (HsUnicode_Check(u->object) && start < HS_STR_LEN(u->object) && end == start + 1) {
        uint32_t c = HS_STR_READ_CHAR(u->object, start);
        const char *fmt = c <= 0xff     ? "'%U' codec can't encode character '\\x%02x' in "
                                          "position %zd: %U"
                          : c <= 0xffff ? "'%U' codec can't encode character '\\u%04x' in "
                                          "position %zd: %U"
                                        : "'%U' codec can't encode character '\\U%08x' in "
                                          "position %zd: %U";
        return HsUnicode_FromFormat(fmt, u->encoding, (int)c, start, u->reason);
    }
    return HsUnicode_FromFormat("'%U' codec can't encode characters in position %zd-%zd: %U",
                                u->encoding, start, end - 1, u->reason);
}
