/* Formatting C values into str objects (CPython: PyUnicode_FromFormatV in
 * Objects/unicodeobject.c), used by error messages across the runtime. Numbers go through
 * snprintf; %S and %R call str()/repr() on objects; %s decodes UTF-8 (invalid bytes are
 * replaced by U+FFFD, as CPython's "replace" handler does here).
 * Invariant: on any failure the partial result is discarded and NULL is returned with the
 * exception set. */
#include "internal/hs_obj_str.h"
#include "hs/abstract.h"
#include "hs/errors.h"
#include "hs/refcount.h"

#include <stdio.h>
#include <string.h>

/* ==== static helpers ==== */

/* Append 'len' bytes of UTF-8 at 's', keeping at most 'maxchars' code points (-1: all). */
static int write_utf8(HsStrWriter *w, const char *s, Hs_ssize_t len, Hs_ssize_t maxchars) {
    HsObject *u = hs_str_from_utf8_surrogatepass(s, len);
    if (u == NULL) {
        /* Invalid UTF-8: fall back to replacing non-ASCII bytes, as 'replace' would. */
        HsErr_Clear();
        for (Hs_ssize_t i = 0; i < len && (maxchars < 0 || i < maxchars); i++) {
            uint32_t c = (unsigned char)s[i] < 0x80 ? (unsigned char)s[i] : 0xfffd;
            if (hs_str_writer_char(w, c) < 0) {
                return -1;
            }
        }
        return 0;
    }
    if (maxchars >= 0 && HS_STR_LEN(u) > maxchars) {
        HsObject *cut = HsUnicode_Substring(u, 0, maxchars);
        Hs_DECREF(u);
        if (cut == NULL) {
            return -1;
        }
        u = cut;
    }
    int r = hs_str_writer_str(w, u);
    Hs_DECREF(u);
    return r;
}

/* Append str()/repr() of 'o' (which == 'S' or 'R'). */
static int write_object(HsStrWriter *w, HsObject *o, char which) {
    HsObject *s = which == 'S' ? HsObject_Str(o) : HsObject_Repr(o);
    if (s == NULL) {
        return -1;
    }
    int r = hs_str_writer_str(w, s);
    Hs_DECREF(s);
    return r;
}

/* Format one integer conversion: 'spec' is the C printf spec ('%' flags width length conv). */
static int write_int(HsStrWriter *w, const char *spec, int length, char conv, va_list *va) {
    char buf[96];
    int signed_conv = conv == 'd' || conv == 'i';
    if (length == 'z') {
        if (signed_conv) {
            snprintf(buf, sizeof buf, spec, va_arg(*va, Hs_ssize_t));
        } else {
            snprintf(buf, sizeof buf, spec, va_arg(*va, size_t));
        }
    } else if (length == 'L') {
        if (signed_conv) {
            snprintf(buf, sizeof buf, spec, va_arg(*va, long long));
        } else {
            snprintf(buf, sizeof buf, spec, va_arg(*va, unsigned long long));
        }
    } else if (length == 'l') {
        if (signed_conv) {
            snprintf(buf, sizeof buf, spec, va_arg(*va, long));
        } else {
            snprintf(buf, sizeof buf, spec, va_arg(*va, unsigned long));
        }
    } else if (signed_conv) {
        snprintf(buf, sizeof buf, spec, va_arg(*va, int));
    } else {
        snprintf(buf, sizeof buf, spec, va_arg(*va, unsigned int));
    }
    return hs_str_writer_ascii(w, buf);
}

/* Handle the conversion starting at 'f' (just past '%'); returns the position after it,
 * or NULL with an exception set. */
static const char *format_one(HsStrWriter *w, const char *f, va_list *va) {
    char spec[32] = "%";
    size_t n = 1;
    Hs_ssize_t precision = -1;
    while ((*f == '0' || (*f >= '1' && *f <= '9')) && n < 20) {
        spec[n++] = *f++;
    }
    if (*f == '.') {
        f++;
        precision = 0;
        while (*f >= '0' && *f <= '9') {
            precision = precision * 10 + (*f++ - '0');
        }
    }
    int length = 0;
    if (*f == 'z') {
        length = 'z';
        f++;
    } else if (f[0] == 'l' && f[1] == 'l') {
        length = 'L';
        f += 2;
    } else if (*f == 'l') {
        length = 'l';
        f++;
    }
    char conv = *f++;
    int r;
    switch (conv) {
    case '%':
        r = hs_str_writer_char(w, '%');
        break;
    case 'c':
        r = hs_str_writer_char(w, (uint32_t)va_arg(*va, int));
        break;
    case 'd':
    case 'i':
    case 'u':
    case 'x': {
        const char *mod = length == 'z' ? "z" : length == 'L' ? "ll" : length == 'l' ? "l" : "";
        snprintf(spec + n, sizeof spec - n, "%s%c", mod, conv);
        r = write_int(w, spec, length, conv, va);
        break;
    }
    case 'p': {
        char buf[32];
        snprintf(buf, sizeof buf, "%p", va_arg(*va, void *));
        r = hs_str_writer_ascii(w, buf);
        break;
    }
    case 's':
    {
        const char *cs = va_arg(*va, const char *);
        r = write_utf8(w, cs, (Hs_ssize_t)strlen(cs), precision);
    }
        break;
    case 'U':
        r = hs_str_writer_str(w, va_arg(*va, HsObject *));
        break;
    case 'V': {
        HsObject *s = va_arg(*va, HsObject *);
        const char *cs = va_arg(*va, const char *);
        r = s != NULL ? hs_str_writer_str(w, s)
                      : write_utf8(w, cs, (Hs_ssize_t)strlen(cs), precision);
        break;
    }
    case 'S':
    case 'R':
        r = write_object(w, va_arg(*va, HsObject *), conv);
        break;
    default:
        HsErr_Format(HsExc_SystemError, "invalid format string: %s", f - 1);
        return NULL;
    }
    return r < 0 ? NULL : f;
}

/* ==== public API ==== */

HsObject *HsUnicode_FromFormatV(const char *format, va_list va) {
    HsStrWriter w;
    hs_str_writer_init(&w);
    va_list ap;
    va_copy(ap, va);
    const char *f = format;
    while (*f != '\0') {
        if (*f != '%') {
            const char *start = f;
            while (*f != '\0' && *f != '%') {
                f++;
            }
            if (write_utf8(&w, start, (Hs_ssize_t)(f - start), -1) < 0) {
                goto error;
            }
            continue;
        }
        f = format_one(&w, f + 1, &ap);
        if (f == NULL) {
            goto error;
        }
    }
    va_end(ap);
    return hs_str_writer_finish(&w);
error:
    va_end(ap);
    hs_str_writer_discard(&w);
    return NULL;
}

HsObject *HsUnicode_FromFormat(const char *format, ...) {
    va_list va;
    va_start(va, format);
    HsObject *s = HsUnicode_FromFormatV(format, va);
    va_end(va);
    return s;
}
