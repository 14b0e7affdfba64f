/* Short value summaries for the step tracer: what repr() would show, computed in C without
 * running Python code or allocating objects (CPython's reprs: Objects/longobject.c,
 * floatobject.c's float_repr via the 'r' format, unicodeobject.c's unicode_repr,
 * bytesobject.c's PyBytes_Repr, listobject.c/tupleobject.c/dictobject.c/setobject.c).
 * Containers show their items one level deep; nested containers are abbreviated ("[…]").
 * Instances and other objects are "<C object>", functions "<function f>", classes
 * "<class 'C'>", modules "<module 'm'>".
 * Invariant: the output is NUL-terminated UTF-8 of at most HS_TRACE_REPR_CHARS characters;
 * a longer summary is cut to HS_TRACE_REPR_CHARS - 1 characters and "…". */
#include "internal/hs_trace.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_long.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_unicode.h"
#include "internal/hs_obj_type.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== types ==== */

typedef struct Sum {
    char *out;
    size_t cap, len; /* bytes */
    int chars;       /* characters written */
    int full;        /* more than HS_TRACE_REPR_CHARS characters were asked for */
    size_t cut_len;  /* byte length after HS_TRACE_REPR_CHARS - 1 characters */
} Sum;

/* ==== static helpers: output ==== */

static void put_cp(Sum *s, uint32_t c) {
    if (s->full) {
        return;
    }
    if (s->chars == HS_TRACE_REPR_CHARS - 1) {
        s->cut_len = s->len;
    }
    if (s->chars == HS_TRACE_REPR_CHARS) {
        s->full = 1;
        return;
    }
    char b[4];
    size_t n;
    if (c < 0x80) {
        b[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        b[0] = (char)(0xC0 | (c >> 6));
        b[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        b[0] = (char)(0xE0 | (c >> 12));
        b[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        b[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | (c >> 18));
        b[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        b[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    if (s->len + n + 4 > s->cap) {
        s->full = 1;
        return;
    }
    memcpy(s->out + s->len, b, n);
    s->len += n;
    s->chars++;
}

/* Put the UTF-8 text 'p', character by character. */
static void put_str(Sum *s, const char *p) {
    const unsigned char *u = (const unsigned char *)p;
    while (*u != '\0' && !s->full) {
        uint32_t c = *u++;
        int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        c &= more == 3 ? 0x07 : more == 2 ? 0x0F : more == 1 ? 0x1F : 0x7F;
        for (; more > 0 && (*u & 0xC0) == 0x80; more--) {
            c = (c << 6) | (*u++ & 0x3F);
        }
        put_cp(s, c);
    }
}

static void put_hex_escape(Sum *s, const char *prefix, uint32_t c, int digits) {
    char b[16];
    snprintf(b, sizeof b, "%s%0*x", prefix, digits, (unsigned)c);
    put_str(s, b);
}

/* ==== static helpers: scalars ==== */

static void sum_int(Sum *s, HsObject *op) {
    HsLongObject *v = (HsLongObject *)op;
    Hs_ssize_t size = Hs_SIZE(op), na = size < 0 ? -size : size;
    if (na > 40) {
        char b[64];
        snprintf(b, sizeof b, "<int of %zd digits (base 2**30)>", (ssize_t)na);
        put_str(s, b);
        return;
    }
    char buf[512];
    size_t len = 0;
    if (size < 0) {
        put_cp(s, '-');
    }
    if (na == 0) {
        put_cp(s, '0');
        return;
    }
    if (hs_obj_long_to_decimal((const hs_digit *)v->ob_digit, na, 0, buf, &len) != 0) {
        put_str(s, "<int>");
        return;
    }
    put_str(s, buf);
}

/* repr(float): the shortest round-tripping digits, in Python's 'r' layout (exponent form
 * when the decimal exponent is < -4 or >= 16). */
static void sum_float(Sum *s, double x) {
    if (isnan(x)) {
        put_str(s, "nan");
        return;
    }
    if (isinf(x)) {
        put_str(s, x < 0 ? "-inf" : "inf");
        return;
    }
    char e[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(e, sizeof e, "%.*e", prec - 1, x);
        if (strtod(e, NULL) == x) {
            break;
        }
    }
    /* e: [-]d[.ddd]e[+-]XX */
    char digits[24];
    int nd = 0, neg = e[0] == '-';
    const char *p = e + neg;
    for (; *p != 'e'; p++) {
        if (*p != '.') {
            digits[nd++] = *p;
        }
    }
    while (nd > 1 && digits[nd - 1] == '0') {
        nd--;
    }
    digits[nd] = '\0';
    int exp10 = atoi(p + 1);
    char out[64];
    size_t o = 0;
    if (neg) {
        out[o++] = '-';
    }
    if (exp10 < -4 || exp10 >= 16) {
        out[o++] = digits[0];
        if (nd > 1) {
            out[o++] = '.';
            memcpy(out + o, digits + 1, (size_t)nd - 1);
            o += (size_t)nd - 1;
        }
        o += (size_t)snprintf(out + o, sizeof out - o, "e%c%02d", exp10 < 0 ? '-' : '+',
                              exp10 < 0 ? -exp10 : exp10);
    } else if (exp10 < 0) {
        out[o++] = '0';
        out[o++] = '.';
        for (int i = 0; i < -exp10 - 1; i++) {
            out[o++] = '0';
        }
        memcpy(out + o, digits, (size_t)nd);
        o += (size_t)nd;
    } else {
        for (int i = 0; i <= exp10; i++) {
            out[o++] = i < nd ? digits[i] : '0';
        }
        out[o++] = '.';
        if (nd > exp10 + 1) {
            memcpy(out + o, digits + exp10 + 1, (size_t)(nd - exp10 - 1));
            o += (size_t)(nd - exp10 - 1);
        } else {
            out[o++] = '0';
        }
    }
    out[o] = '\0';
    put_str(s, out);
}

static void sum_str(Sum *s, HsObject *op) {
    Hs_ssize_t n = HS_STR_LEN(op);
    int kind = HS_STR_KIND(op);
    const void *data = HS_STR_DATA(op);
    int sq = 0, dq = 0;
    for (Hs_ssize_t i = 0; i < n; i++) {
        uint32_t c = hs_str_read(kind, data, i);
        sq |= c == '\'';
        dq |= c == '"';
    }
    uint32_t quote = sq && !dq ? '"' : '\'';
    put_cp(s, quote);
    for (Hs_ssize_t i = 0; i < n && !s->full; i++) {
        uint32_t c = hs_str_read(kind, data, i);
        if (c == quote || c == '\\') {
            put_cp(s, '\\');
            put_cp(s, c);
        } else if (c == '\n' || c == '\t' || c == '\r') {
            put_cp(s, '\\');
            put_cp(s, c == '\n' ? 'n' : c == '\t' ? 't' : 'r');
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && !hs_uni_isprintable(c))) {
            put_hex_escape(s, c < 0x100 ? "\\x" : c < 0x10000 ? "\\u" : "\\U", c,
                           c < 0x100 ? 2 : c < 0x10000 ? 4 : 8);
        } else {
            put_cp(s, c);
        }
    }
    put_cp(s, quote);
}

static void sum_bytes(Sum *s, const unsigned char *p, Hs_ssize_t n) {
    int sq = memchr(p, '\'', (size_t)n) != NULL, dq = memchr(p, '"', (size_t)n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    put_cp(s, 'b');
    put_cp(s, (unsigned char)quote);
    for (Hs_ssize_t i = 0; i < n && !s->full; i++) {
        unsigned char c = p[i];
        if (c == (unsigned char)quote || c == '\\') {
            put_cp(s, '\\');
            put_cp(s, c);
        } else if (c == '\n' || c == '\t' || c == '\r') {
            put_cp(s, '\\');
            put_cp(s, c == '\n' ? 'n' : c == '\t' ? 't' : 'r');
        } else if (c < 0x20 || c >= 0x7F) {
            put_hex_escape(s, "\\x", c, 2);
        } else {
            put_cp(s, c);
        }
    }
    put_cp(s, (unsigned char)quote);
}

/* "<module 'm'>"-like forms around a str field. */
static void sum_named(Sum *s, const char *before, HsObject *name, const char *after) {
    put_str(s, before);
    if (name != NULL && HsUnicode_Check(name)) {
        Hs_ssize_t n = HS_STR_LEN(name);
        for (Hs_ssize_t i = 0; i < n && !s->full; i++) {
            put_cp(s, HS_STR_READ_CHAR(name, i));
        }
    } else {
        put_cp(s, '?');
    }
    put_str(s, after);
}

/* ==== static helpers: containers ==== */

static void sum_any(Sum *s, HsObject *op, int depth);

static void sum_items(Sum *s, HsObject *const *items, Hs_ssize_t n, const char *open,
                      const char *close, int depth) {
    put_str(s, open);
    for (Hs_ssize_t i = 0; i < n && !s->full; i++) {
        if (i > 0) {
            put_str(s, ", ");
        }
        sum_any(s, items[i], depth + 1);
    }
    put_str(s, close);
}

static void sum_dict(Sum *s, HsObject *op, int depth) {
    put_cp(s, '{');
    Hs_ssize_t pos = 0;
    HsObject *k, *v;
    int first = 1;
    while (!s->full && HsDict_Next(op, &pos, &k, &v)) {
        if (!first) {
            put_str(s, ", ");
        }
        first = 0;
        sum_any(s, k, depth + 1);
        put_str(s, ": ");
        sum_any(s, v, depth + 1);
    }
    put_cp(s, '}');
}

static void sum_set(Sum *s, HsObject *op, int depth) {
    int frozen = HsFrozenSet_Check(op);
    Hs_ssize_t pos = 0, hash;
    HsObject *k;
    if (HS_SET_SIZE(op) == 0) {
        put_str(s, frozen ? "frozenset()" : "set()");
        return;
    }
    put_str(s, frozen ? "frozenset({" : "{");
    int first = 1;
    while (!s->full && hs_set_next_entry(op, &pos, &k, &hash)) {
        if (!first) {
            put_str(s, ", ");
        }
        first = 0;
        sum_any(s, k, depth + 1);
    }
    put_str(s, frozen ? "})" : "}");
}

static void sum_any(Sum *s, HsObject *op, int depth) {
    HsTypeObject *tp = Hs_TYPE(op);
    if (op == Hs_None) {
        put_str(s, "None");
    } else if (tp == &HsBool_Type) {
        put_str(s, op == Hs_True ? "True" : "False");
    } else if (HsLong_Check(op)) {
        sum_int(s, op);
    } else if (HsFloat_Check(op)) {
        sum_float(s, ((HsFloatObject *)op)->ob_fval);
    } else if (HsUnicode_Check(op)) {
        sum_str(s, op);
    } else if (HsBytes_Check(op)) {
        sum_bytes(s, (const unsigned char *)((HsBytesObject *)op)->ob_sval, Hs_SIZE(op));
    } else if (HsList_Check(op)) {
        if (depth > 0) {
            put_str(s, Hs_SIZE(op) ? "[…]" : "[]");
        } else {
            sum_items(s, HS_LIST_ITEMS(op), Hs_SIZE(op), "[", "]", depth);
        }
    } else if (HsTuple_Check(op)) {
        HsObject *const *items = ((HsTupleObject *)op)->ob_item;
        if (depth > 0) {
            put_str(s, Hs_SIZE(op) ? "(…)" : "()");
        } else {
            sum_items(s, items, Hs_SIZE(op), "(", Hs_SIZE(op) == 1 ? ",)" : ")", depth);
        }
    } else if (HsDict_Check(op)) {
        if (depth > 0) {
            put_str(s, HsDict_Size(op) ? "{…}" : "{}");
        } else {
            sum_dict(s, op, depth);
        }
    } else if (HsAnySet_Check(op)) {
        if (depth > 0) {
            put_str(s, HS_SET_SIZE(op) ? "{…}" : "set()");
        } else {
            sum_set(s, op, depth);
        }
    } else if (HsModule_Check(op)) {
        sum_named(s, "<module '", ((HsModuleObject *)op)->md_name, "'>");
    } else if (HsFunction_Check(op)) {
        sum_named(s, "<function ", ((HsFunctionObject *)op)->func_qualname, ">");
    } else if (HsType_Check(op)) {
        put_str(s, "<class '");
        put_str(s, ((HsTypeObject *)op)->tp_name);
        put_str(s, "'>");
    } else {
        const char *name = tp->tp_name, *dot = strrchr(name, '.');
        put_cp(s, '<');
        put_str(s, dot != NULL ? dot + 1 : name);
        put_str(s, " object>");
    }
}

/* ==== internal API ==== */

size_t hs_trace_str_utf8(HsObject *str, char *out, size_t cap) {
    size_t o = 0;
    if (HsUnicode_Check(str)) {
        Sum s = {out, cap, 0, 0, 0, 0};
        Hs_ssize_t n = HS_STR_LEN(str);
        for (Hs_ssize_t i = 0; i < n; i++) {
            s.chars = 0; /* no character limit here, only the byte capacity */
            put_cp(&s, HS_STR_READ_CHAR(str, i));
            if (s.full) {
                break;
            }
        }
        o = s.len;
    }
    out[o] = '\0';
    return o;
}

void hs_trace_summary(HsObject *op, char *out, size_t cap) {
    Sum s = {out, cap, 0, 0, 0, 0};
    sum_any(&s, op, 0);
    if (s.full) {
        s.len = s.cut_len;
        memcpy(out + s.len, "\xE2\x80\xA6", 3); /* … */
        s.len += 3;
    }
    out[s.len] = '\0';
}
