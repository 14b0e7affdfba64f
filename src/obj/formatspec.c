/* The format-spec mini-language and the int/str formatting kernels, byte for byte as
 * CPython 3.11's Python/formatter_unicode.c (parse_internal_render_format_spec,
 * calc_number_widths, fill_number, format_string_internal, format_long_internal),
 * Objects/unicodeobject.c (_PyUnicode_InsertThousandsGrouping, _PyUnicode_FormatLong,
 * unicode_format_arg_output) and the error messages of those files.
 * Invariants: every HsFmtOut is either empty (utf8 == NULL) or NUL-terminated after
 * hs_obj_fmt_out_finish; ints arrive as digit strings so no bigint is needed here; the
 * locale is always C (so 'n' never groups). See docs/internals/numbers-and-hashing.md. */
#include "internal/hs_obj_fmt.h"
#include "internal/hs_mem.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== constants ==== */

/* The code points whose Unicode decimal value is 0 (Unicode 14.0, as CPython 3.11's
 * unicodedata); each starts a run of ten decimal digits. Py_UNICODE_TODECIMAL. */
static const uint32_t decimal_zeros[] = {
    0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,
    0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,
    0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,
    0xa8d0,  0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066,
    0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0,
    0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};

/* ==== static helpers: output buffer ==== */

static int out_reserve(HsFmtOut *out, size_t extra) {
    if (out->failed) {
        return -1;
    }
    if (extra > SIZE_MAX / 4 - out->len) {
        out->failed = 1; /* absurd widths: CPython's MemoryError */
        return -1;
    }
    if (out->len + extra + 1 <= out->cap) {
        return 0;
    }
    size_t cap = out->cap ? out->cap : 32;
    while (cap < out->len + extra + 1) {
        cap *= 2;
    }
    char *p = hs_mem_raw_realloc(out->utf8, cap);
    if (p == NULL) {
        out->failed = 1;
        return -1;
    }
    out->utf8 = p;
    out->cap = cap;
    return 0;
}

static size_t utf8_encode(uint32_t cp, char *b) {
    if (cp < 0x80) {
        b[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        b[0] = (char)(0xc0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        b[0] = (char)(0xe0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        b[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    b[0] = (char)(0xf0 | (cp >> 18));
    b[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    b[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    b[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

/* Decode one UTF-8 sequence at s[0..n); returns its length or 0 if malformed. */
static size_t utf8_decode_one(const unsigned char *s, size_t n, uint32_t *cp) {
    unsigned c = s[0];
    size_t len;
    uint32_t v;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xe0) == 0xc0 && c >= 0xc2) {
        len = 2;
        v = c & 0x1f;
    } else if ((c & 0xf0) == 0xe0) {
        len = 3;
        v = c & 0x0f;
    } else if ((c & 0xf8) == 0xf0 && c <= 0xf4) {
        len = 4;
        v = c & 0x07;
    } else {
        return 0;
    }
    if (len > n) {
        return 0;
    }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80) {
            return 0;
        }
        v = (v << 6) | (s[i] & 0x3f);
    }
    if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10ffff))) {
        return 0;
    }
    *cp = v;
    return len;
}

/* ==== static helpers: spec parsing ==== */

static int to_decimal(uint32_t cp) {
    size_t lo = 0, hi = sizeof decimal_zeros / sizeof decimal_zeros[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (decimal_zeros[mid] + 9 < cp) {
            lo = mid + 1;
        } else if (decimal_zeros[mid] > cp) {
            hi = mid;
        } else {
            return (int)(cp - decimal_zeros[mid]);
        }
    }
    return -1;
}

static int is_alignment_token(uint32_t c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

static int is_sign_element(uint32_t c) {
    return c == ' ' || c == '+' || c == '-';
}

/* get_integer: returns the digit count, or -1 on overflow (TOO_MANY_DIGITS). */
static Hs_ssize_t get_integer(const uint32_t *s, size_t *ppos, size_t end, Hs_ssize_t *result) {
    Hs_ssize_t acc = 0, numdigits = 0;
    size_t pos = *ppos;
    for (; pos < end; pos++, numdigits++) {
        int d = to_decimal(s[pos]);
        if (d < 0) {
            break;
        }
        if (acc > (HS_SSIZE_T_MAX - d) / 10) {
            *ppos = pos;
            return -1;
        }
        acc = acc * 10 + d;
    }
    *ppos = pos;
    *result = acc;
    return numdigits;
}

static int fail(HsFmtError *err, HsFmtCode code, uint32_t ch, uint32_t sep) {
    if (err != NULL) {
        err->code = code;
        err->ch = ch;
        err->sep = sep;
    }
    return -1;
}

/* Validate the grouping against the type (end of parse_internal_render_format_spec). */
static int check_thousands(HsFmtSpec *f, HsFmtError *err) {
    if (f->thousands == HS_FMT_SEP_NONE) {
        return 0;
    }
    switch (f->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        return 0;
    case 'b': case 'o': case 'x': case 'X':
        if (f->thousands == HS_FMT_SEP_UNDERSCORE) {
            f->thousands = HS_FMT_SEP_UNDER_FOUR;
            return 0;
        }
        break;
    default:
        break;
    }
    return fail(err, HS_FMT_E_SEP_WITH_TYPE, f->type, (uint32_t)f->thousands);
}

/* ==== static helpers: number layout ==== */

/* _PyUnicode_InsertThousandsGrouping: the digits grouped by 'group' (0: none) with 'sep',
 * left-padded with zeros to 'min_width'. Appended to 'out'. */
static void group_digits(HsFmtOut *out, const char *digits, Hs_ssize_t n_digits,
                         Hs_ssize_t min_width, int group, char sep, int upper) {
    if (min_width < 0) {
        min_width = 0;
    }
    if (min_width > HS_SSIZE_T_MAX / 8) {
        out->failed = 1;
        return;
    }
    Hs_ssize_t remaining = n_digits, dpos = n_digits;
    Hs_ssize_t total = n_digits + (min_width > n_digits ? min_width : 0) * 2 + 2;
    total += group ? total / group + 1 : 0;
    char *rev = hs_mem_raw_malloc((size_t)total + 1);
    if (rev == NULL) {
        out->failed = 1;
        return;
    }
    Hs_ssize_t r = 0, len;
    int use_sep = 0, broken = 0;
    for (int pass = 0; pass < 2 && !broken; pass++) {
        for (;;) {
            Hs_ssize_t m = remaining > min_width ? remaining : min_width;
            m = m > 1 ? m : 1;
            len = (pass == 0) ? (group < m ? group : m) : m;
            if (pass == 0 && group == 0) {
                break;
            }
            Hs_ssize_t n_zeros = len - remaining > 0 ? len - remaining : 0;
            Hs_ssize_t n_chars = remaining < len ? remaining : len;
            n_chars = n_chars > 0 ? n_chars : 0;
            if (use_sep) {
                rev[r++] = sep;
            }
            for (Hs_ssize_t i = 0; i < n_chars; i++) {
                char c = digits[--dpos];
                rev[r++] = (upper && c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
            }
            for (Hs_ssize_t i = 0; i < n_zeros; i++) {
                rev[r++] = '0';
            }
            use_sep = 1;
            remaining -= n_chars;
            min_width -= len;
            if (pass == 1) {
                break;
            }
            if (remaining <= 0 && min_width <= 0) {
                broken = 1;
                break;
            }
            min_width -= 1;
        }
    }
    for (Hs_ssize_t i = 0; i < r / 2; i++) {
        char t = rev[i];
        rev[i] = rev[r - 1 - i];
        rev[r - 1 - i] = t;
    }
    hs_obj_fmt_out_bytes(out, rev, (size_t)r);
    hs_mem_raw_free(rev);
}

/* ==== static helpers: ints ==== */

static int digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return 99;
}

/* The int's magnitude as a double (correctly rounded); inf when it overflows. */
static double digits_to_double(const char *digits, size_t n, int base) {
    char *hex = NULL;
    const char *src = digits;
    size_t len = n;
    if (base == 2 || base == 8) {
        hex = hs_obj_fmt_convert_base(digits, n, base, 16, &len);
        if (hex == NULL) {
            return -1.0;
        }
        src = hex;
        base = 16;
    }
    char *buf = hs_mem_raw_malloc(len + 3);
    if (buf == NULL) {
        hs_mem_raw_free(hex);
        return -1.0;
    }
    size_t off = 0;
    if (base == 16) {
        buf[0] = '0';
        buf[1] = 'x';
        off = 2;
    }
    memcpy(buf + off, src, len);
    buf[off + len] = '\0';
    double v = strtod(buf, NULL);
    hs_mem_raw_free(buf);
    hs_mem_raw_free(hex);
    return v;
}

/* The 'c' presentation: the code point as UTF-8 with width handling. */
static int format_int_char(const char *digits, size_t n, int base, int negative,
                           const HsFmtSpec *f, HsFmtOut *out, HsFmtError *err) {
    if (f->sign != 0) {
        return fail(err, HS_FMT_E_CHAR_SIGN, 0, 0);
    }
    if (f->alternate) {
        return fail(err, HS_FMT_E_CHAR_ALT, 0, 0);
    }
    size_t i = 0;
    while (i + 1 < n && digits[i] == '0') {
        i++;
    }
    /* PyLong_AsLong: more than 63 bits of magnitude overflows a C long. */
    unsigned long long v = 0;
    int too_big = 0;
    for (; i < n; i++) {
        unsigned d = (unsigned)digit_value(digits[i]);
        if (v > (ULLONG_MAX - d) / (unsigned)base) {
            too_big = 1;
            break;
        }
        v = v * (unsigned)base + d;
    }
    if (too_big || v > (unsigned long long)LONG_MAX + (negative ? 1u : 0u)) {
        return fail(err, HS_FMT_E_CHAR_LONG, 0, 0);
    }
    if ((negative && v != 0) || v > 0x10ffff) {
        return fail(err, HS_FMT_E_CHAR_RANGE, 0, 0);
    }
    char b[4];
    size_t blen = utf8_encode((uint32_t)v, b);
    hs_obj_fmt_number(f, 0, "", 0, b, blen, blen, 0, 0, out);
    return hs_obj_fmt_out_finish(out, err);
}

/* format_long_internal for the digit types b d n o x X. */
static int format_int_digits(const char *digits, size_t n, int base, int negative,
                             const HsFmtSpec *f, HsFmtOut *out, HsFmtError *err) {
    int want = 10;
    const char *prefix = "";
    switch (f->type) {
    case 'b': want = 2; prefix = "0b"; break;
    case 'o': want = 8; prefix = "0o"; break;
    case 'x': case 'X': want = 16; prefix = "0x"; break;
    default: break;
    }
    char *conv = NULL;
    size_t clen = n;
    const char *src = digits;
    if (want != base) {
        conv = hs_obj_fmt_convert_base(digits, n, base, want, &clen);
        if (conv == NULL) {
            return fail(err, HS_FMT_E_NOMEM, 0, 0);
        }
        src = conv;
    } else {
        while (clen > 1 && *src == '0') {
            src++;
            clen--;
        }
    }
    char *low = hs_mem_raw_malloc(clen + 1);
    if (low == NULL) {
        hs_mem_raw_free(conv);
        return fail(err, HS_FMT_E_NOMEM, 0, 0);
    }
    for (size_t i = 0; i < clen; i++) {
        char c = src[i];
        low[i] = (c >= 'A' && c <= 'F') ? (char)(c - 'A' + 'a') : c;
    }
    int is_zero = clen == 1 && low[0] == '0';
    hs_obj_fmt_number(f, (negative && !is_zero) ? '-' : 0, prefix,
                      f->alternate ? strlen(prefix) : 0, low, clen, 0, 0, f->type == 'X', out);
    hs_mem_raw_free(low);
    hs_mem_raw_free(conv);
    return hs_obj_fmt_out_finish(out, err);
}

/* ==== internal API: output buffer ==== */

void hs_obj_fmt_out_init(HsFmtOut *out) {
    memset(out, 0, sizeof *out);
}

void hs_obj_fmt_out_free(HsFmtOut *out) {
    hs_mem_raw_free(out->utf8);
    memset(out, 0, sizeof *out);
}

void hs_obj_fmt_out_bytes(HsFmtOut *out, const char *s, size_t n) {
    if (out_reserve(out, n) < 0) {
        return;
    }
    memcpy(out->utf8 + out->len, s, n);
    out->len += n;
}

void hs_obj_fmt_out_repeat(HsFmtOut *out, uint32_t cp, Hs_ssize_t count) {
    char b[4];
    size_t blen = utf8_encode(cp, b);
    if (count <= 0) {
        return;
    }
    if ((size_t)count > SIZE_MAX / 8 || out_reserve(out, blen * (size_t)count) < 0) {
        out->failed = 1;
        return;
    }
    for (Hs_ssize_t i = 0; i < count; i++) {
        memcpy(out->utf8 + out->len, b, blen);
        out->len += blen;
    }
}

int hs_obj_fmt_out_finish(HsFmtOut *out, HsFmtError *err) {
    if (out_reserve(out, 0) < 0) {
        hs_obj_fmt_out_free(out);
        return fail(err, HS_FMT_E_NOMEM, 0, 0);
    }
    out->utf8[out->len] = '\0';
    out->nchars = 0;
    out->maxchar = 0;
    const unsigned char *s = (const unsigned char *)out->utf8;
    for (size_t i = 0; i < out->len;) {
        uint32_t cp = s[i];
        size_t l = utf8_decode_one(s + i, out->len - i, &cp);
        i += l ? l : 1;
        out->nchars++;
        out->maxchar = cp > out->maxchar ? cp : out->maxchar;
    }
    return 0;
}

Hs_ssize_t hs_obj_fmt_utf8_decode(const char *s, size_t n, uint32_t *out) {
    Hs_ssize_t k = 0;
    for (size_t i = 0; i < n;) {
        size_t l = utf8_decode_one((const unsigned char *)s + i, n - i, &out[k]);
        if (l == 0) {
            return -1;
        }
        i += l;
        k++;
    }
    return k;
}

/* ==== internal API: errors ==== */

HsFmtExc hs_obj_fmt_error_exc(HsFmtCode code) {
    switch (code) {
    case HS_FMT_OK:
        return HS_FMT_EXC_NONE;
    case HS_FMT_E_NOMEM:
        return HS_FMT_EXC_MEMORY;
    case HS_FMT_E_CHAR_RANGE: case HS_FMT_E_CHAR_LONG: case HS_FMT_E_INT_TO_FLOAT:
    case HS_FMT_E_PRECISION_TOO_LARGE: case HS_FMT_E_ROUND_OVERFLOW: case HS_FMT_E_HEX_OVERFLOW:
        return HS_FMT_EXC_OVERFLOW;
    case HS_FMT_E_MODULO: case HS_FMT_E_FLOORDIV: case HS_FMT_E_DIVMOD: case HS_FMT_E_DIV:
        return HS_FMT_EXC_ZERODIV;
    default:
        return HS_FMT_EXC_VALUE;
    }
}

const char *hs_obj_fmt_error_exc_name(HsFmtCode code) {
    static const char *const names[] = {"", "MemoryError", "ValueError", "OverflowError",
                                        "ZeroDivisionError"};
    return names[hs_obj_fmt_error_exc(code)];
}

/* "'c'" for printable ASCII 33..127, else "'\x<hex>'", as CPython's two-case messages. */
static void code_repr(uint32_t c, char *b, size_t n) {
    if (c > 32 && c < 128) {
        snprintf(b, n, "'%c'", (char)c);
    } else {
        snprintf(b, n, "'\\x%x'", (unsigned)c);
    }
}

static const char *fixed_message(HsFmtCode code) {
    switch (code) {
    case HS_FMT_E_MISSING_PRECISION: return "Format specifier missing precision";
    case HS_FMT_E_TOO_MANY_DIGITS: return "Too many decimal digits in format string";
    case HS_FMT_E_COMMA_AND_UNDERSCORE: return "Cannot specify both ',' and '_'.";
    case HS_FMT_E_STR_SPACE: return "Space not allowed in string format specifier";
    case HS_FMT_E_STR_SIGN: return "Sign not allowed in string format specifier";
    case HS_FMT_E_STR_NEG_ZERO:
        return "Negative zero coercion (z) not allowed in string format specifier";
    case HS_FMT_E_STR_ALT: return "Alternate form (#) not allowed in string format specifier";
    case HS_FMT_E_STR_EQ_ALIGN: return "'=' alignment not allowed in string format specifier";
    case HS_FMT_E_INT_PRECISION: return "Precision not allowed in integer format specifier";
    case HS_FMT_E_INT_NEG_ZERO:
        return "Negative zero coercion (z) not allowed in integer format specifier";
    case HS_FMT_E_CHAR_SIGN: return "Sign not allowed with integer format specifier 'c'";
    case HS_FMT_E_CHAR_ALT:
        return "Alternate form (#) not allowed with integer format specifier 'c'";
    case HS_FMT_E_CHAR_RANGE: return "%c arg not in range(0x110000)";
    case HS_FMT_E_CHAR_LONG: return "Python int too large to convert to C long";
    case HS_FMT_E_INT_TO_FLOAT: return "int too large to convert to float";
    case HS_FMT_E_PRECISION_TOO_BIG: return "precision too big";
    case HS_FMT_E_PRECISION_TOO_LARGE: return "precision too large";
    case HS_FMT_E_ROUND_OVERFLOW: return "rounded value too large to represent";
    case HS_FMT_E_HEX_INVALID: return "invalid hexadecimal floating-point string";
    case HS_FMT_E_HEX_OVERFLOW: return "hexadecimal value too large to represent as a float";
    case HS_FMT_E_HEX_TOO_LONG: return "hexadecimal string too long to convert";
    case HS_FMT_E_FLOAT_PARSE: return "could not convert string to float: ";
    case HS_FMT_E_FLOAT_LITERAL: return "invalid float literal";
    case HS_FMT_E_MODULO: return "float modulo";
    case HS_FMT_E_FLOORDIV: return "float floor division by zero";
    case HS_FMT_E_DIVMOD: return "float divmod()";
    case HS_FMT_E_DIV: return "float division by zero";
    default: return "";
    }
}

size_t hs_obj_fmt_error_message(const HsFmtError *err, const char *type_name,
                                const uint32_t *spec, size_t spec_len, char *out, size_t outsz) {
    char code[32];
    int n;
    switch (err->code) {
    case HS_FMT_E_INVALID_SPEC: {
        char *u = hs_mem_raw_malloc(spec_len * 4 + 1);
        size_t k = 0;
        for (size_t i = 0; u != NULL && i < spec_len; i++) {
            k += utf8_encode(spec[i], u + k);
        }
        n = snprintf(out, outsz, "Invalid format specifier '%.*s' for object of type '%.200s'",
                     (int)k, u ? u : "", type_name);
        hs_mem_raw_free(u);
        break;
    }
    case HS_FMT_E_SEP_WITH_TYPE:
        code_repr(err->ch, code, sizeof code);
        n = snprintf(out, outsz, "Cannot specify '%c' with %s.", (char)err->sep, code);
        break;
    case HS_FMT_E_UNKNOWN_CODE:
        code_repr(err->ch, code, sizeof code);
        n = snprintf(out, outsz, "Unknown format code %s for object of type '%.200s'", code,
                     type_name);
        break;
    default:
        n = snprintf(out, outsz, "%s", fixed_message(err->code));
        break;
    }
    return n < 0 ? 0 : (size_t)n;
}

/* ==== internal API: spec parsing ==== */

int hs_obj_fmt_parse_spec(const uint32_t *s, size_t end, uint32_t default_type,
                          uint32_t default_align, HsFmtSpec *f, HsFmtError *err) {
    size_t pos = 0;
    int align_specified = 0, fill_specified = 0;
    f->fill = ' ';
    f->align = default_align;
    f->alternate = 0;
    f->no_neg_0 = 0;
    f->sign = 0;
    f->width = -1;
    f->thousands = HS_FMT_SEP_NONE;
    f->precision = -1;
    f->type = default_type;
    if (end - pos >= 2 && is_alignment_token(s[pos + 1])) {
        f->align = s[pos + 1];
        f->fill = s[pos];
        fill_specified = align_specified = 1;
        pos += 2;
    } else if (end - pos >= 1 && is_alignment_token(s[pos])) {
        f->align = s[pos++];
        align_specified = 1;
    }
    if (end - pos >= 1 && is_sign_element(s[pos])) {
        f->sign = s[pos++];
    }
    if (end - pos >= 1 && s[pos] == 'z') {
        f->no_neg_0 = 1;
        pos++;
    }
    if (end - pos >= 1 && s[pos] == '#') {
        f->alternate = 1;
        pos++;
    }
    if (!fill_specified && end - pos >= 1 && s[pos] == '0') {
        f->fill = '0';
        if (!align_specified && default_align == '>') {
            f->align = '=';
        }
        pos++;
    }
    Hs_ssize_t consumed = get_integer(s, &pos, end, &f->width);
    if (consumed < 0) {
        return fail(err, HS_FMT_E_TOO_MANY_DIGITS, 0, 0);
    }
    if (consumed == 0) {
        f->width = -1;
    }
    if (end - pos && s[pos] == ',') {
        f->thousands = HS_FMT_SEP_COMMA;
        pos++;
    }
    if (end - pos && s[pos] == '_') {
        if (f->thousands != HS_FMT_SEP_NONE) {
            return fail(err, HS_FMT_E_COMMA_AND_UNDERSCORE, 0, 0);
        }
        f->thousands = HS_FMT_SEP_UNDERSCORE;
        pos++;
    }
    if (end - pos && s[pos] == ',' && f->thousands == HS_FMT_SEP_UNDERSCORE) {
        return fail(err, HS_FMT_E_COMMA_AND_UNDERSCORE, 0, 0);
    }
    if (end - pos && s[pos] == '.') {
        pos++;
        consumed = get_integer(s, &pos, end, &f->precision);
        if (consumed < 0) {
            return fail(err, HS_FMT_E_TOO_MANY_DIGITS, 0, 0);
        }
        if (consumed == 0) {
            return fail(err, HS_FMT_E_MISSING_PRECISION, 0, 0);
        }
    }
    if (end - pos > 1) {
        return fail(err, HS_FMT_E_INVALID_SPEC, 0, 0);
    }
    if (end - pos == 1) {
        f->type = s[pos++];
    }
    return check_thousands(f, err);
}

/* ==== internal API: number layout ==== */

void hs_obj_fmt_number(const HsFmtSpec *f, char sign_char, const char *prefix, size_t n_prefix,
                       const char *body, size_t n_body, size_t n_remainder, int has_decimal,
                       int upper, HsFmtOut *out) {
    Hs_ssize_t n_digits = (Hs_ssize_t)(n_body - n_remainder) - (has_decimal ? 1 : 0);
    char sign = 0;
    if (f->sign == '+') {
        sign = sign_char == '-' ? '-' : '+';
    } else if (f->sign == ' ') {
        sign = sign_char == '-' ? '-' : ' ';
    } else if (sign_char == '-') {
        sign = '-';
    }
    /* The remainder counts in code points (it is one char for 'c'). */
    size_t rem_chars = 0;
    for (size_t i = n_body - n_remainder; i < n_body; i++) {
        rem_chars += ((unsigned char)body[i] & 0xc0) != 0x80;
    }
    Hs_ssize_t non_digit = (sign ? 1 : 0) + (Hs_ssize_t)n_prefix + (has_decimal ? 1 : 0) +
                           (Hs_ssize_t)rem_chars;
    Hs_ssize_t min_width = (f->fill == '0' && f->align == '=') ? f->width - non_digit : 0;
    int group = 0;
    char sepc = 0;
    if (f->thousands == HS_FMT_SEP_COMMA || f->thousands == HS_FMT_SEP_UNDERSCORE) {
        group = 3;
        sepc = (char)f->thousands;
    } else if (f->thousands == HS_FMT_SEP_UNDER_FOUR) {
        group = 4;
        sepc = '_';
    }
    HsFmtOut grouped;
    hs_obj_fmt_out_init(&grouped);
    if (n_digits > 0) {
        group_digits(&grouped, body, n_digits, min_width, group, sepc, upper);
    }
    if (grouped.failed) {
        out->failed = 1;
        hs_obj_fmt_out_free(&grouped);
        return;
    }
    Hs_ssize_t n_pad = f->width - (non_digit + (Hs_ssize_t)grouped.len);
    Hs_ssize_t lpad = 0, spad = 0, rpad = 0;
    if (n_pad > 0) {
        switch (f->align) {
        case '<': rpad = n_pad; break;
        case '^': lpad = n_pad / 2; rpad = n_pad - lpad; break;
        case '=': spad = n_pad; break;
        default: lpad = n_pad; break;
        }
    }
    hs_obj_fmt_out_repeat(out, f->fill, lpad);
    if (sign) {
        hs_obj_fmt_out_bytes(out, &sign, 1);
    }
    for (size_t i = 0; i < n_prefix; i++) {
        char c = prefix[i];
        c = (upper && c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
        hs_obj_fmt_out_bytes(out, &c, 1);
    }
    hs_obj_fmt_out_repeat(out, f->fill, spad);
    if (grouped.len) {
        hs_obj_fmt_out_bytes(out, grouped.utf8, grouped.len);
    }
    hs_obj_fmt_out_free(&grouped);
    if (has_decimal) {
        hs_obj_fmt_out_bytes(out, ".", 1);
    }
    hs_obj_fmt_out_bytes(out, body + (n_body - n_remainder), n_remainder);
    hs_obj_fmt_out_repeat(out, f->fill, rpad);
}

/* ==== internal API: str ==== */

int hs_obj_fmt_str_layout(const uint32_t *spec, size_t spec_len, Hs_ssize_t nchars,
                          HsStrLayout *lay, HsFmtError *err) {
    HsFmtSpec f;
    lay->lpad = lay->rpad = 0;
    lay->keep = nchars;
    lay->fill = ' ';
    if (spec_len == 0) {
        return 0;
    }
    if (hs_obj_fmt_parse_spec(spec, spec_len, 's', '<', &f, err) < 0) {
        return -1;
    }
    if (f.type != 's') {
        return fail(err, HS_FMT_E_UNKNOWN_CODE, f.type, 0);
    }
    if (f.sign != 0) {
        return fail(err, f.sign == ' ' ? HS_FMT_E_STR_SPACE : HS_FMT_E_STR_SIGN, 0, 0);
    }
    if (f.no_neg_0) {
        return fail(err, HS_FMT_E_STR_NEG_ZERO, 0, 0);
    }
    if (f.alternate) {
        return fail(err, HS_FMT_E_STR_ALT, 0, 0);
    }
    if (f.align == '=') {
        return fail(err, HS_FMT_E_STR_EQ_ALIGN, 0, 0);
    }
    Hs_ssize_t len = nchars;
    if (f.precision >= 0 && len >= f.precision) {
        len = f.precision;
    }
    Hs_ssize_t total = (f.width >= 0 && f.width > len) ? f.width : len;
    lay->keep = len;
    lay->fill = f.fill;
    if (f.align == '>') {
        lay->lpad = total - len;
    } else if (f.align == '^') {
        lay->lpad = (total - len) / 2;
    }
    lay->rpad = total - len - lay->lpad;
    return 0;
}

int hs_obj_fmt_str(const char *s, size_t len, const uint32_t *spec, size_t spec_len,
                   HsFmtOut *out, HsFmtError *err) {
    Hs_ssize_t nchars = 0;
    for (size_t i = 0; i < len; i++) {
        nchars += ((unsigned char)s[i] & 0xc0) != 0x80;
    }
    HsStrLayout lay;
    hs_obj_fmt_out_init(out);
    if (hs_obj_fmt_str_layout(spec, spec_len, nchars, &lay, err) < 0) {
        return -1;
    }
    size_t nbytes = 0;
    for (Hs_ssize_t k = 0; nbytes < len;) {
        if (((unsigned char)s[nbytes] & 0xc0) != 0x80 && k++ == lay.keep) {
            break;
        }
        nbytes++;
    }
    hs_obj_fmt_out_repeat(out, lay.fill, lay.lpad);
    hs_obj_fmt_out_bytes(out, s, nbytes);
    hs_obj_fmt_out_repeat(out, lay.fill, lay.rpad);
    return hs_obj_fmt_out_finish(out, err);
}

/* ==== internal API: ints ==== */

char *hs_obj_fmt_convert_base(const char *digits, size_t n, int from, int to, size_t *outlen) {
    /* Little-endian limbs in base 'to'; schoolbook multiply-add per input digit. */
    HS_ASSERT((from == 2 || from == 8 || from == 10 || from == 16) &&
              (to == 2 || to == 8 || to == 10 || to == 16));
    size_t cap = n * 4 + 2, used = 1;
    unsigned char *limb = hs_mem_raw_calloc(cap, 1);
    if (limb == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned carry = (unsigned)digit_value(digits[i]);
        HS_ASSERT(carry < (unsigned)from);
        for (size_t k = 0; k < used; k++) {
            unsigned v = limb[k] * (unsigned)from + carry;
            limb[k] = (unsigned char)(v % (unsigned)to);
            carry = v / (unsigned)to;
        }
        while (carry) {
            limb[used++] = (unsigned char)(carry % (unsigned)to);
            carry /= (unsigned)to;
        }
    }
    while (used > 1 && limb[used - 1] == 0) {
        used--;
    }
    char *res = hs_mem_raw_malloc(used + 1);
    if (res != NULL) {
        for (size_t k = 0; k < used; k++) {
            res[k] = "0123456789abcdef"[limb[used - 1 - k]];
        }
        res[used] = '\0';
        *outlen = used;
    }
    hs_mem_raw_free(limb);
    return res;
}

int hs_obj_fmt_int(const char *digits, size_t ndigits, int base, int negative,
                   const uint32_t *spec, size_t spec_len, HsFmtOut *out, HsFmtError *err) {
    HsFmtSpec f;
    HS_ASSERT(ndigits > 0 && (base == 2 || base == 8 || base == 10 || base == 16));
    hs_obj_fmt_out_init(out);
    if (spec_len == 0) {
        static const uint32_t d[1] = {'d'};
        return hs_obj_fmt_int(digits, ndigits, base, negative, d, 1, out, err);
    }
    if (hs_obj_fmt_parse_spec(spec, spec_len, 'd', '>', &f, err) < 0) {
        return -1;
    }
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        if (f.precision != -1) {
            return fail(err, HS_FMT_E_INT_PRECISION, 0, 0);
        }
        if (f.no_neg_0) {
            return fail(err, HS_FMT_E_INT_NEG_ZERO, 0, 0);
        }
        if (f.type == 'c') {
            return format_int_char(digits, ndigits, base, negative, &f, out, err);
        }
        if (f.type == 'n') {
            f.thousands = HS_FMT_SEP_LOCALE;
        }
        return format_int_digits(digits, ndigits, base, negative, &f, out, err);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double v = digits_to_double(digits, ndigits, base);
        if (v < 0) {
            return fail(err, HS_FMT_E_NOMEM, 0, 0);
        }
        if (v > 1.7976931348623157e308) {
            return fail(err, HS_FMT_E_INT_TO_FLOAT, 0, 0);
        }
        return hs_obj_float_format_spec(negative ? -v : v, &f, out, err);
    }
    default:
        return fail(err, HS_FMT_E_UNKNOWN_CODE, f.type, 0);
    }
}

void hs_obj_fmt_percent_output(const HsPercentSpec *ps, const char *p, size_t n, HsFmtOut *out) {
    int zero = (ps->flags & HS_PCT_ZERO) != 0;
    char fill = zero ? '0' : ' ';
    Hs_ssize_t len = (Hs_ssize_t)n, width = ps->width;
    char signchar = 0;
    if (n > 0 && (p[0] == '-' || p[0] == '+')) {
        signchar = p[0];
        p++;
        len--;
    } else if (ps->flags & HS_PCT_SIGN) {
        signchar = '+';
    } else if (ps->flags & HS_PCT_BLANK) {
        signchar = ' ';
    }
    if (width < len) {
        width = len;
    }
    if (signchar && fill != ' ') {
        hs_obj_fmt_out_bytes(out, &signchar, 1);
    }
    if (signchar && width > len) {
        width--;
    }
    int alt = (ps->flags & HS_PCT_ALT) &&
              (ps->type == 'x' || ps->type == 'X' || ps->type == 'o');
    if (alt) {
        if (fill != ' ') {
            hs_obj_fmt_out_bytes(out, p, 2);
            p += 2;
        }
        width = width - 2 < 0 ? 0 : width - 2;
        len -= 2;
    }
    if (width > len && !(ps->flags & HS_PCT_LJUST)) {
        hs_obj_fmt_out_repeat(out, (uint32_t)fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        if (signchar) {
            hs_obj_fmt_out_bytes(out, &signchar, 1);
        }
        if (alt) {
            hs_obj_fmt_out_bytes(out, p, 2);
            p += 2;
        }
    }
    hs_obj_fmt_out_bytes(out, p, (size_t)len);
    if (width > len) {
        hs_obj_fmt_out_repeat(out, ' ', width - len);
    }
}

int hs_obj_fmt_int_percent(const char *digits, size_t ndigits, int base, int negative,
                           const HsPercentSpec *ps, HsFmtOut *out, HsFmtError *err) {
    hs_obj_fmt_out_init(out);
    if (ps->prec > INT_MAX - 3) {
        return fail(err, HS_FMT_E_PRECISION_TOO_LARGE, 0, 0);
    }
    int want = (ps->type == 'o') ? 8 : (ps->type == 'x' || ps->type == 'X') ? 16 : 10;
    size_t clen = 0;
    char *conv = hs_obj_fmt_convert_base(digits, ndigits, base, want, &clen);
    if (conv == NULL) {
        return fail(err, HS_FMT_E_NOMEM, 0, 0);
    }
    int is_zero = clen == 1 && conv[0] == '0';
    int alt = (ps->flags & HS_PCT_ALT) && want != 10;
    size_t prec = ps->prec > 0 && (size_t)ps->prec > clen ? (size_t)ps->prec : clen;
    char *body = hs_mem_raw_malloc(prec + 4);
    if (body == NULL) {
        hs_mem_raw_free(conv);
        return fail(err, HS_FMT_E_NOMEM, 0, 0);
    }
    size_t k = 0;
    if (negative && !is_zero) {
        body[k++] = '-';
    }
    if (alt) {
        body[k++] = '0';
        body[k++] = want == 8 ? 'o' : 'x';
    }
    for (size_t i = clen; i < prec; i++) {
        body[k++] = '0';
    }
    memcpy(body + k, conv, clen);
    k += clen;
    if (ps->type == 'X') {
        for (size_t i = 0; i < k; i++) {
            body[i] = (body[i] >= 'a' && body[i] <= 'x') ? (char)(body[i] - 'a' + 'A') : body[i];
        }
    }
    hs_obj_fmt_percent_output(ps, body, k, out);
    hs_mem_raw_free(body);
    hs_mem_raw_free(conv);
    return hs_obj_fmt_out_finish(out, err);
}
