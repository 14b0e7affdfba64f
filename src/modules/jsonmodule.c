/* The `_json` accelerator (CPython 3.11: Modules/_json.c, the string parts): scanstring,
 * encode_basestring and encode_basestring_ascii, which lib/json.py uses in place of its
 * Python versions. Same results and errors as those: a decoding error raises json's
 * JSONDecodeError (looked up in sys.modules['json'] when needed) with CPython's C scanner
 * messages and positions.
 * Invariants: every function takes borrowed arguments; Return: new reference, or NULL with an
 * exception. Strings are read through their PEP 393 kind, never copied to UCS-4. */
#include "internal/hs_modules.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdio.h>

/* ==== errors ==== */

/* Raise json.JSONDecodeError(msg, doc, pos). Returns NULL. */
static HsObject *decode_error(const char *msg, HsObject *doc, Hs_ssize_t pos) {
    HsObject *modules = hs_sys_get_object("modules");
    HsObject *json = modules != NULL ? HsDict_GetItemString(modules, "json") : NULL;
    HsObject *cls = json != NULL ? HsObject_GetAttrString(json, "JSONDecodeError") : NULL;
    if (cls == NULL) {
        HsErr_Clear();
        HsErr_SetString(HsExc_ValueError, msg); /* json is not importable: still an error */
        return NULL;
    }
    HsObject *m = HsUnicode_FromString(msg), *p = HsLong_FromSsize_t(pos);
    HsObject *exc = NULL;
    if (m != NULL && p != NULL) {
        HsObject *argv[3] = {m, doc, p};
        exc = HsObject_Vectorcall(cls, argv, 3, NULL);
    }
    Hs_XDECREF(m);
    Hs_XDECREF(p);
    Hs_DECREF(cls);
    if (exc != NULL) {
        HsErr_SetObject((HsObject *)Hs_TYPE(exc), exc);
        Hs_DECREF(exc);
    }
    return NULL;
}

/* ==== encoding ==== */

/* Append the JSON escape of 'c' (which needs one) to 'w'. Returns 0 or -1. */
static int write_escape(HsStrWriter *w, uint32_t c) {
    char buf[16];
    switch (c) {
    case '\\': return hs_str_writer_ascii(w, "\\\\");
    case '"': return hs_str_writer_ascii(w, "\\\"");
    case '\b': return hs_str_writer_ascii(w, "\\b");
    case '\f': return hs_str_writer_ascii(w, "\\f");
    case '\n': return hs_str_writer_ascii(w, "\\n");
    case '\r': return hs_str_writer_ascii(w, "\\r");
    case '\t': return hs_str_writer_ascii(w, "\\t");
    default: break;
    }
    if (c >= 0x10000) {
        uint32_t v = c - 0x10000;
        snprintf(buf, sizeof buf, "\\u%04x\\u%04x", 0xd800 | ((v >> 10) & 0x3ff),
                 0xdc00 | (v & 0x3ff));
    } else {
        snprintf(buf, sizeof buf, "\\u%04x", c);
    }
    return hs_str_writer_ascii(w, buf);
}

/* '"' + s escaped + '"'; 'ascii' also escapes every non-ASCII character. */
static HsObject *encode_string(HsObject *s, int ascii) {
    if (!HsUnicode_Check(s)) {
        return HsErr_Format(HsExc_TypeError, "first argument must be a string, not %.80s",
                            Hs_TYPE(s)->tp_name);
    }
    int kind = HS_STR_KIND(s);
    const void *data = HS_STR_DATA(s);
    Hs_ssize_t n = HS_STR_LEN(s);
    HsStrWriter w;
    hs_str_writer_init(&w);
    if (hs_str_writer_ascii(&w, "\"") < 0) {
        goto error;
    }
    Hs_ssize_t run = 0; /* start of the pending run of characters copied as they are */
    for (Hs_ssize_t i = 0; i <= n; i++) {
        uint32_t c = i < n ? hs_str_read(kind, data, i) : 0;
        int plain = i < n && c >= ' ' && c != '"' && c != '\\' && (!ascii || c <= '~');
        if (plain) {
            continue;
        }
        if (i > run) {
            HsObject *part = HsUnicode_Substring(s, run, i);
            if (part == NULL || hs_str_writer_str(&w, part) < 0) {
                Hs_XDECREF(part);
                goto error;
            }
            Hs_DECREF(part);
        }
        if (i < n && write_escape(&w, c) < 0) {
            goto error;
        }
        run = i + 1;
    }
    if (hs_str_writer_ascii(&w, "\"") < 0) {
        goto error;
    }
    return hs_str_writer_finish(&w);
error:
    hs_str_writer_discard(&w);
    return NULL;
}

static HsObject *json_encode_basestring_ascii(HsObject *self, HsObject *s) {
    (void)self;
    return encode_string(s, 1);
}

static HsObject *json_encode_basestring(HsObject *self, HsObject *s) {
    (void)self;
    return encode_string(s, 0);
}

/* ==== decoding ==== */

static int hexval(uint32_t c) {
    if (c >= '0' && c <= '9') {
        return (int)(c - '0');
    }
    if (c >= 'a' && c <= 'f') {
        return (int)(c - 'a' + 10);
    }
    if (c >= 'A' && c <= 'F') {
        return (int)(c - 'A' + 10);
    }
    return -1;
}

/* The 4 hex digits after "\u" at s[pos+1..pos+4] ('pos' indexes the 'u'), or -1. */
static int32_t read_u4(int kind, const void *data, Hs_ssize_t n, Hs_ssize_t pos) {
    if (pos + 4 >= n) {
        return -1;
    }
    int32_t v = 0;
    for (Hs_ssize_t k = 1; k <= 4; k++) {
        int h = hexval(hs_str_read(kind, data, pos + k));
        if (h < 0) {
            return -1;
        }
        v = v * 16 + h;
    }
    return v;
}

/* One backslash escape; s[*pos] is the character after the backslash. Advances *pos past
 * it and appends the character. Returns 0, or -1 with JSONDecodeError set. */
static int scan_escape(HsObject *s, int kind, const void *data, Hs_ssize_t n, Hs_ssize_t *pos,
                       HsStrWriter *w) {
    uint32_t esc = hs_str_read(kind, data, *pos), c;
    switch (esc) {
    case '"': c = '"'; break;
    case '\\': c = '\\'; break;
    case '/': c = '/'; break;
    case 'b': c = '\b'; break;
    case 'f': c = '\f'; break;
    case 'n': c = '\n'; break;
    case 'r': c = '\r'; break;
    case 't': c = '\t'; break;
    case 'u': {
        int32_t u = read_u4(kind, data, n, *pos);
        if (u < 0) {
            decode_error("Invalid \\uXXXX escape", s, *pos);
            return -1;
        }
        *pos += 5;
        if (u >= 0xd800 && u <= 0xdbff && *pos + 1 < n && hs_str_read(kind, data, *pos) == '\\' &&
            hs_str_read(kind, data, *pos + 1) == 'u') {
            int32_t u2 = read_u4(kind, data, n, *pos + 1);
            if (u2 < 0) {
                decode_error("Invalid \\uXXXX escape", s, *pos + 1);
                return -1;
            }
            if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00));
                *pos += 6;
            }
        }
        return hs_str_writer_char(w, (uint32_t)u);
    }
    default:
        decode_error("Invalid \\escape", s, *pos - 1);
        return -1;
    }
    *pos += 1;
    return hs_str_writer_char(w, c);
}

/* scanstring(s, end, strict=True) -> (str, end): the JSON string whose opening quote is at
 * end - 1. CPython: scanstring_unicode. */
static HsObject *json_scanstring(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("scanstring", nargs, 2, 3) < 0) {
        return NULL;
    }
    HsObject *s = args[0];
    if (!HsUnicode_Check(s)) {
        return HsErr_Format(HsExc_TypeError, "first argument must be a string, not %.80s",
                            Hs_TYPE(s)->tp_name);
    }
    Hs_ssize_t end = HsNumber_AsSsize_t(args[1], HsExc_OverflowError);
    int strict = nargs > 2 ? HsObject_IsTrue(args[2]) : 1;
    if ((end == -1 && HsErr_Occurred()) || strict < 0) {
        return NULL;
    }
    int kind = HS_STR_KIND(s);
    const void *data = HS_STR_DATA(s);
    Hs_ssize_t n = HS_STR_LEN(s), begin = end - 1;
    if (end < 0 || end > n) {
        HsErr_SetString(HsExc_ValueError, "end is out of bounds");
        return NULL;
    }
    HsStrWriter w;
    hs_str_writer_init(&w);
    for (;;) {
        Hs_ssize_t start = end;
        uint32_t c = 0;
        while (end < n && (c = hs_str_read(kind, data, end)) != '"' && c != '\\' &&
               !(strict && c < ' ')) {
            end++;
        }
        if (end >= n) {
            decode_error("Unterminated string starting at", s, begin);
            goto error;
        }
        if (end > start) {
            HsObject *part = HsUnicode_Substring(s, start, end);
            if (part == NULL || hs_str_writer_str(&w, part) < 0) {
                Hs_XDECREF(part);
                goto error;
            }
            Hs_DECREF(part);
        }
        end++;
        if (c == '"') {
            break;
        }
        if (c != '\\') {
            decode_error("Invalid control character at", s, end - 1);
            goto error;
        }
        if (end >= n) {
            decode_error("Unterminated string starting at", s, begin);
            goto error;
        }
        if (scan_escape(s, kind, data, n, &end, &w) < 0) {
            goto error;
        }
    }
    HsObject *str = hs_str_writer_finish(&w);
    if (str == NULL) {
        return NULL;
    }
    HsObject *pos = HsLong_FromSsize_t(end);
    HsObject *r = pos != NULL ? HsTuple_Pack(2, str, pos) : NULL;
    Hs_DECREF(str);
    Hs_XDECREF(pos);
    return r;
error:
    hs_str_writer_discard(&w);
    return NULL;
}

/* ==== module ==== */

static HsMethodDef json_methods[] = {
    {"scanstring", HS_CFUNC(json_scanstring), HS_METH_FASTCALL,
     "scanstring(string, end, strict=True) -> (string, end)"},
    {"encode_basestring_ascii", HS_CFUNC(json_encode_basestring_ascii), HS_METH_O,
     "encode_basestring_ascii(string) -> string"},
    {"encode_basestring", HS_CFUNC(json_encode_basestring), HS_METH_O,
     "encode_basestring(string) -> string"},
    {NULL, NULL, 0, NULL},
};

int hs_json_init(HsObject **module_out) {
    *module_out = NULL;
    HsObject *m = HsModule_New("_json");
    if (m == NULL) {
        return -1;
    }
    if (HsModule_AddFunctions(m, json_methods) < 0) {
        Hs_DECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}
