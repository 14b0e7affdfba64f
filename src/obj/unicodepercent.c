/* printf-style formatting of str: 'fmt % args' (CPython 3.11: PyUnicode_Format and its
 * unicode_format_arg_* helpers in Objects/unicodeobject.c), wired as str's nb_remainder.
 * args is a tuple (consumed item by item), a mapping (for '%(key)s') or a single object.
 * Each '%' spec is parsed (flags -+ #0, width, precision, '*', h/l/L ignored), its value
 * converted to a str (s r a via str/repr/ascii; d i u o x X via int formatting with
 * precision as minimum digits; e E f F g G via float formatting; c), then padded with the
 * sign and '0x'/'0o' prefix placed as CPython does. Error messages are CPython's.
 * bytes and bytearray % (CPython: _PyBytes_FormatEx) run the same machinery on the
 * latin-1 view of the format, with %b/%s taking bytes-like values, %r/%a ascii(), %c one
 * byte, and the result encoded back to latin-1 (every code point written is < 256).
 * Invariant: the Ctx owns 'args' only while 'args_owned' (a value looked up by key). */
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_strmeth.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"
#include "hs/refcount.h"

#include <limits.h>
#include <stdio.h>

/* ==== state ==== */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct Ctx {
    HsObject *fmt;
    Hs_ssize_t pos, cnt;
    HsObject *args, *dict;
    Hs_ssize_t arglen, argidx;
    int args_owned;
    int bytes; /* formatting bytes: the format is its latin-1 view */
    HsStrWriter w;
} Ctx;

typedef struct Arg {
    uint32_t ch;
    int flags;
    Hs_ssize_t width;
    int prec;
    int sign;
} Arg;

/* The code point at 'i' (0 past the end, like CPython's NUL terminator). */
static uint32_t fread_at(Ctx *c, Hs_ssize_t i) {
    return i < HS_STR_LEN(c->fmt) ? HS_STR_READ_CHAR(c->fmt, i) : 0;
}

/* Advance to the next format character into a->ch; 0 if none is left. */
static int next_ch(Ctx *c, Arg *a) {
    if (--c->cnt >= 0) {
        a->ch = fread_at(c, c->pos++);
        return 1;
    }
    return 0;
}

/* Return: borrowed reference to the next argument. */
static HsObject *next_arg(Ctx *c) {
    Hs_ssize_t i = c->argidx;
    if (i < c->arglen) {
        c->argidx++;
        return c->arglen < 0 ? c->args : HS_TUPLE_GET(c->args, i);
    }
    HsErr_SetString(HsExc_TypeError, "not enough arguments for format string");
    return NULL;
}

/* ==== parsing one spec ==== */

/* '%(key)': look the key up in the mapping. 0 or -1. */
static int parse_key(Ctx *c) {
    if (c->dict == NULL) {
        HsErr_SetString(HsExc_TypeError, "format requires a mapping");
        return -1;
    }
    ++c->pos;
    --c->cnt;
    Hs_ssize_t keystart = c->pos;
    int pcount = 1;
    while (pcount > 0 && --c->cnt >= 0) {
        uint32_t ch = fread_at(c, c->pos);
        pcount += ch == ')' ? -1 : ch == '(' ? 1 : 0;
        c->pos++;
    }
    if (c->cnt < 0 || pcount > 0) {
        HsErr_SetString(HsExc_ValueError, "incomplete format key");
        return -1;
    }
    HsObject *key = HsUnicode_Substring(c->fmt, keystart, c->pos - 1);
    if (key != NULL && c->bytes) {
        HsObject *b = HsBytes_FromStringAndSize((const char *)HS_STR_1BYTE(key), HS_STR_LEN(key));
        Hs_DECREF(key);
        key = b;
    }
    if (key == NULL) {
        return -1;
    }
    HsObject *v = HsObject_GetItem(c->dict, key);
    Hs_DECREF(key);
    if (v == NULL) {
        return -1;
    }
    if (c->args_owned) {
        Hs_DECREF(c->args);
    }
    c->args = v;
    c->args_owned = 1;
    c->arglen = -1;
    c->argidx = -2;
    return 0;
}

/* A '*' width or precision from the arguments. 0 or -1. */
static int star_arg(Ctx *c, Hs_ssize_t *out) {
    HsObject *v = next_arg(c);
    if (v == NULL) {
        return -1;
    }
    if (!HsLong_Check(v)) {
        HsErr_SetString(HsExc_TypeError, "* wants int");
        return -1;
    }
    *out = HsLong_AsSsize_t(v);
    return *out == -1 && HsErr_Occurred() ? -1 : 0;
}

/* Digits continuing at a->ch into *out (limit 'max'). 0 or -1. */
static int parse_digits(Ctx *c, Arg *a, Hs_ssize_t *out, Hs_ssize_t max, const char *msg) {
    *out = (Hs_ssize_t)(a->ch - '0');
    while (next_ch(c, a)) {
        if (a->ch < '0' || a->ch > '9') {
            break;
        }
        if (*out > (max - (Hs_ssize_t)(a->ch - '0')) / 10) {
            HsErr_SetString(HsExc_ValueError, msg);
            return -1;
        }
        *out = *out * 10 + (Hs_ssize_t)(a->ch - '0');
    }
    return 0;
}

/* CPython: unicode_format_arg_parse. 0 or -1. */
static int parse_arg(Ctx *c, Arg *a) {
    if (fread_at(c, c->pos) == '(' && parse_key(c) < 0) {
        return -1;
    }
    while (next_ch(c, a)) {
        int f = a->ch == '-' ? F_LJUST : a->ch == '+' ? F_SIGN : a->ch == ' ' ? F_BLANK
              : a->ch == '#' ? F_ALT : a->ch == '0' ? F_ZERO : 0;
        if (f == 0) {
            break;
        }
        a->flags |= f;
    }
    if (a->ch == '*') {
        if (star_arg(c, &a->width) < 0) {
            return -1;
        }
        if (a->width < 0) {
            a->flags |= F_LJUST;
            a->width = -a->width;
        }
        next_ch(c, a);
    } else if (a->ch >= '0' && a->ch <= '9') {
        if (parse_digits(c, a, &a->width, HS_SSIZE_T_MAX, "width too big") < 0) {
            return -1;
        }
    }
    if (a->ch == '.') {
        Hs_ssize_t p = 0;
        next_ch(c, a);
        if (a->ch == '*') {
            if (star_arg(c, &p) < 0) {
                return -1;
            }
            p = p < 0 ? 0 : p; /* a negative '*' precision acts as 0 */
            next_ch(c, a);
        } else if (a->ch >= '0' && a->ch <= '9') {
            if (parse_digits(c, a, &p, INT_MAX, "precision too big") < 0) {
                return -1;
            }
        }
        a->prec = p > INT_MAX ? INT_MAX : p < INT_MIN ? INT_MIN : (int)p;
    }
    if (c->cnt >= 0 && (a->ch == 'h' || a->ch == 'l' || a->ch == 'L')) {
        next_ch(c, a);
    }
    if (c->cnt < 0) {
        HsErr_SetString(HsExc_ValueError, "incomplete format");
        return -1;
    }
    return 0;
}

/* ==== converting one value ==== */

/* Return: new reference to the digits of integer 'v' for %d/%o/%x/%X (CPython:
 * mainformatlong and _PyUnicode_FormatLong). */
static HsObject *format_long(HsObject *v, Arg *a) {
    char type = a->ch == 'i' || a->ch == 'u' ? 'd' : (char)a->ch;
    int want_index = type == 'o' || type == 'x' || type == 'X';
    HsNumberMethods *nb = Hs_TYPE(v)->tp_as_number;
    HsObject *iobj = NULL;
    if (HsLong_Check(v)) {
        iobj = Hs_NewRef(v);
    } else if (nb != NULL && (nb->nb_index != NULL || nb->nb_int != NULL ||
                              nb->nb_float != NULL)) {
        iobj = want_index ? HsNumber_Index(v) : HsNumber_Long(v);
        if (iobj == NULL && !HsErr_ExceptionMatches(HsExc_TypeError)) {
            return NULL;
        }
        HsErr_Clear();
    }
    if (iobj == NULL) {
        return HsErr_Format(HsExc_TypeError, "%%%c format: %s is required, not %.200s",
                            (int)a->ch, want_index ? "an integer" : "a real number",
                            Hs_TYPE(v)->tp_name);
    }
    char spec[2] = {type, 0};
    HsObject *specobj = HsUnicode_FromString(spec);
    HsObject *s = specobj != NULL ? HsObject_Format(iobj, specobj) : NULL;
    Hs_XDECREF(specobj);
    Hs_DECREF(iobj);
    if (s == NULL) {
        return NULL;
    }
    int neg = HS_STR_READ_CHAR(s, 0) == '-';
    Hs_ssize_t ndig = HS_STR_LEN(s) - neg;
    HsStrWriter w;
    hs_str_writer_init(&w);
    int r = neg ? hs_str_writer_char(&w, '-') : 0;
    if (r == 0 && (a->flags & F_ALT) && type != 'd') {
        r = hs_str_writer_char(&w, '0') < 0 ? -1 : hs_str_writer_char(&w, (uint32_t)type);
    }
    for (Hs_ssize_t i = ndig; r == 0 && i < a->prec; i++) {
        r = hs_str_writer_char(&w, '0');
    }
    for (Hs_ssize_t i = neg; r == 0 && i < HS_STR_LEN(s); i++) {
        r = hs_str_writer_char(&w, HS_STR_READ_CHAR(s, i));
    }
    Hs_DECREF(s);
    if (r < 0) {
        hs_str_writer_discard(&w);
        return NULL;
    }
    return hs_str_writer_finish(&w);
}

/* Return: new reference to the float text for %e %f %g (CPython: formatfloat). */
static HsObject *format_float(HsObject *v, Arg *a) {
    HsNumberMethods *nb = Hs_TYPE(v)->tp_as_number;
    if (!HsFloat_Check(v) && (nb == NULL || (nb->nb_float == NULL && nb->nb_index == NULL))) {
        return HsErr_Format(HsExc_TypeError, "must be real number, not %.200s",
                            Hs_TYPE(v)->tp_name);
    }
    HsObject *f = HsNumber_Float(v);
    if (f == NULL) {
        return NULL;
    }
    char spec[32];
    snprintf(spec, sizeof spec, "%s.%d%c", (a->flags & F_ALT) ? "#" : "",
             a->prec < 0 ? 6 : a->prec, (char)a->ch);
    HsObject *specobj = HsUnicode_FromString(spec);
    HsObject *s = specobj != NULL ? HsObject_Format(f, specobj) : NULL;
    Hs_XDECREF(specobj);
    Hs_DECREF(f);
    return s;
}

/* Return: new reference to the one-character str for %c (CPython: formatchar). */
static HsObject *format_char(HsObject *v) {
    if (HsUnicode_Check(v)) {
        if (HS_STR_LEN(v) == 1) {
            return HsUnicode_FromOrdinal(HS_STR_READ_CHAR(v, 0));
        }
        return HsErr_Format(HsExc_TypeError, "%%c requires int or char");
    }
    HsObject *i = HsLong_Check(v) ? Hs_NewRef(v) : HsNumber_Index(v);
    if (i == NULL) {
        if (HsErr_ExceptionMatches(HsExc_TypeError)) {
            HsErr_Clear();
            return HsErr_Format(HsExc_TypeError, "%%c requires int or char");
        }
        return NULL;
    }
    Hs_ssize_t x = HsLong_AsSsize_t(i);
    Hs_DECREF(i);
    if ((x == -1 && HsErr_Occurred()) || x < 0 || x > 0x10ffff) {
        HsErr_Clear();
        return HsErr_Format(HsExc_OverflowError, "%%c arg not in range(0x110000)");
    }
    return HsUnicode_FromOrdinal((uint32_t)x);
}

/* ==== bytes conversions ==== */

/* Return: new reference to the latin-1 str of bytes-like 'v' for %b/%s of bytes
 * (CPython: format_obj in bytesobject.c). */
static HsObject *bytes_obj(HsObject *v) {
    const char *buf;
    Hs_ssize_t len;
    if (!hs_bytes_view_check(v, &buf, &len)) {
        return HsErr_Format(HsExc_TypeError, "%%b requires a bytes-like object, or an object "
                                             "that implements __bytes__, not '%.100s'",
                            Hs_TYPE(v)->tp_name);
    }
    return HsUnicode_FromKindAndData(HS_STR_1BYTE_KIND, buf, len);
}

/* Return: new reference to the one-byte str for %c of bytes (CPython: byte_converter). */
static HsObject *bytes_char(HsObject *v) {
    const char *buf;
    Hs_ssize_t len;
    if ((HsBytes_Check(v) || HsByteArray_Check(v)) && hs_bytes_view_check(v, &buf, &len) &&
        len == 1) {
        return HsUnicode_FromOrdinal((unsigned char)buf[0]);
    }
    HsObject *i = HsLong_Check(v) ? Hs_NewRef(v) : HsNumber_Index(v);
    Hs_ssize_t x = i != NULL ? HsLong_AsSsize_t(i) : -1;
    Hs_XDECREF(i);
    if (i == NULL || (x == -1 && HsErr_Occurred())) {
        if (i == NULL && !HsErr_ExceptionMatches(HsExc_TypeError)) {
            return NULL;
        }
        if (i != NULL && HsErr_ExceptionMatches(HsExc_OverflowError)) {
            x = -1;
        } else {
            HsErr_Clear();
            return HsErr_Format(HsExc_TypeError,
                                "%%c requires an integer in range(256) or a single byte");
        }
    }
    if (x < 0 || x > 255) {
        HsErr_Clear();
        return HsErr_Format(HsExc_OverflowError, "%%c arg not in range(256)");
    }
    return HsUnicode_FromOrdinal((uint32_t)x);
}

/* Return: new reference to the text of a bytes-only conversion; NULL without an error set
 * (in *handled = 0) when 'ch' is not one. */
static HsObject *bytes_value(HsObject *v, uint32_t ch, int *handled) {
    *handled = 1;
    if (ch == 's' || ch == 'b') {
        return bytes_obj(v);
    }
    if (ch == 'r' || ch == 'a') {
        return HsObject_ASCII(v);
    }
    if (ch == 'c') {
        return bytes_char(v);
    }
    *handled = 0;
    return NULL;
}

/* Return: new reference to the unpadded text of one conversion. */
static HsObject *format_value(Ctx *c, Arg *a) {
    HsObject *v = next_arg(c);
    if (v == NULL) {
        return NULL;
    }
    if (c->bytes) {
        int handled;
        HsObject *r = bytes_value(v, a->ch, &handled);
        if (handled) {
            return r;
        }
    }
    switch (a->ch) {
    case 's':
        return HsObject_Str(v);
    case 'r':
        return HsObject_Repr(v);
    case 'a':
        return HsObject_ASCII(v);
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        a->sign = 1;
        return format_long(v, a);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        a->sign = 1;
        return format_float(v, a);
    case 'c':
        return format_char(v);
    default:
        return HsErr_Format(HsExc_ValueError,
                            "unsupported format character '%c' (0x%x) at index %zd",
                            (31 <= a->ch && a->ch <= 126) ? (int)a->ch : '?', (unsigned)a->ch,
                            c->pos - 1);
    }
}

/* ==== output ==== */

static int put_n(HsStrWriter *w, uint32_t ch, Hs_ssize_t n) {
    for (Hs_ssize_t i = 0; i < n; i++) {
        if (hs_str_writer_char(w, ch) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Pad 'str' to the width with sign and prefix placed (CPython: unicode_format_arg_output). */
static int output_arg(HsStrWriter *w, Arg *a, HsObject *str) {
    Hs_ssize_t len = HS_STR_LEN(str), pindex = 0;
    uint32_t sign = 0, fill = (a->flags & F_ZERO) ? '0' : ' ';
    if ((a->ch == 's' || a->ch == 'r' || a->ch == 'a') && a->prec >= 0 && len > a->prec) {
        len = a->prec;
    }
    if (a->sign) {
        uint32_t ch = len > 0 ? HS_STR_READ_CHAR(str, 0) : 0;
        if (ch == '-' || ch == '+') {
            sign = ch;
            len--;
            pindex++;
        } else if (a->flags & F_SIGN) {
            sign = '+';
        } else if (a->flags & F_BLANK) {
            sign = ' ';
        }
    }
    Hs_ssize_t width = a->width < len ? len : a->width;
    int alt = (a->flags & F_ALT) && (a->ch == 'x' || a->ch == 'X' || a->ch == 'o');
    int r = 0;
    if (sign) {
        r |= fill != ' ' ? hs_str_writer_char(w, sign) : 0;
        width -= width > len ? 1 : 0;
    }
    if (alt) {
        if (fill != ' ') {
            r |= put_n(w, '0', 1) | put_n(w, a->ch, 1);
            pindex += 2;
        }
        width = width - 2 < 0 ? 0 : width - 2;
        len -= 2;
    }
    if (width > len && !(a->flags & F_LJUST)) {
        r |= put_n(w, fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        r |= sign ? hs_str_writer_char(w, sign) : 0;
        if (alt) {
            r |= put_n(w, '0', 1) | put_n(w, a->ch, 1);
            pindex += 2;
        }
    }
    for (Hs_ssize_t i = 0; r == 0 && i < len; i++) {
        r = hs_str_writer_char(w, HS_STR_READ_CHAR(str, pindex + i));
    }
    if (r == 0 && width > len) {
        r = put_n(w, ' ', width - len);
    }
    return r < 0 ? -1 : 0;
}

/* One '%' spec, after the '%' (CPython: unicode_format_arg). 0 or -1. */
static int format_arg(Ctx *c) {
    Arg a = {0, 0, -1, -1, 0};
    if (fread_at(c, c->pos) == '%') {
        /* only "%%" is a literal percent: "%5%" asks for an argument and fails below */
        c->pos++;
        c->cnt--;
        return hs_str_writer_char(&c->w, '%');
    }
    if (parse_arg(c, &a) < 0) {
        return -1;
    }
    HsObject *str = format_value(c, &a);
    if (str == NULL) {
        return -1;
    }
    int r = output_arg(&c->w, &a, str);
    Hs_DECREF(str);
    return r;
}

/* ==== entry point ==== */

/* Return: new reference to fmt % args (CPython: PyUnicode_Format); with 'bytes', 'fmt' is
 * the latin-1 view of a bytes format and the result is its latin-1 str. */
static HsObject *str_percent(HsObject *fmt, HsObject *args, int bytes) {
    Ctx c = {fmt, 0, HS_STR_LEN(fmt), args, NULL, -1, -2, 0, bytes, {NULL, 0, 0, 0}};
    hs_str_writer_init(&c.w);
    if (HsTuple_Check(args)) {
        c.arglen = Hs_SIZE(args);
        c.argidx = 0;
    }
    HsMappingMethods *mp = Hs_TYPE(args)->tp_as_mapping;
    if (mp != NULL && mp->mp_subscript != NULL && !HsTuple_Check(args) &&
        !HsUnicode_Check(args) && !(bytes && HsBytes_Check(args))) {
        c.dict = args;
    }
    int r = 0;
    while (r == 0 && --c.cnt >= 0) {
        uint32_t ch = fread_at(&c, c.pos);
        if (ch != '%') {
            r = hs_str_writer_char(&c.w, ch);
            c.pos++;
        } else {
            c.pos++;
            r = format_arg(&c);
        }
    }
    if (r == 0 && c.argidx < c.arglen && c.dict == NULL) {
        HsErr_Format(HsExc_TypeError, "not all arguments converted during %s formatting",
                     bytes ? "bytes" : "string");
        r = -1;
    }
    if (c.args_owned) {
        Hs_DECREF(c.args);
    }
    if (r < 0) {
        hs_str_writer_discard(&c.w);
        return NULL;
    }
    return hs_str_writer_finish(&c.w);
}

/* nb_remainder: NotImplemented unless the left operand is a str. Return: new reference. */
static HsObject *str_remainder(HsObject *v, HsObject *w) {
    if (!HsUnicode_Check(v)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    return str_percent(v, w, 0);
}

HsNumberMethods hs_str_as_number = {
    .nb_remainder = str_remainder,
};

/* nb_remainder of bytes and bytearray: the result has the left operand's type.
 * Return: new reference. */
static HsObject *bytes_remainder(HsObject *v, HsObject *w) {
    const char *buf;
    Hs_ssize_t len;
    if (!(HsBytes_Check(v) || HsByteArray_Check(v)) || !hs_bytes_view_check(v, &buf, &len)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    HsObject *fmt = HsUnicode_FromKindAndData(HS_STR_1BYTE_KIND, buf, len);
    HsObject *s = fmt != NULL ? str_percent(fmt, w, 1) : NULL;
    Hs_XDECREF(fmt);
    if (s == NULL) {
        return NULL;
    }
    HsObject *r = HsBytes_Check(v)
                      ? HsBytes_FromStringAndSize((const char *)HS_STR_1BYTE(s), HS_STR_LEN(s))
                      : HsByteArray_FromStringAndSize((const char *)HS_STR_1BYTE(s),
                                                      HS_STR_LEN(s));
    Hs_DECREF(s);
    return r;
}

HsNumberMethods hs_bytes_as_number = {
    .nb_remainder = bytes_remainder,
};
