/* A builder for str objects (CPython: _PyUnicodeWriter in Objects/unicodeobject.c).
 * It keeps the code points written so far in the narrowest kind that holds them all and
 * widens the buffer when a wider code point arrives, so building an ASCII repr costs one
 * byte per character. Invariant: 'kind' holds every code point written; the buffer has room
 * for 'cap' code points; finishing narrows the result to its exact kind. */
#include "internal/hs_obj_str.h"
#include "internal/hs_mem.h"
#include "hs/errors.h"

#include <string.h>

/* ==== static helpers ==== */

static int kind_of(uint32_t c) {
    return c < 256 ? HS_STR_1BYTE_KIND : c < 65536 ? HS_STR_2BYTE_KIND : HS_STR_4BYTE_KIND;
}

/* Make room for 'extra' more code points at width 'kind' (which may be wider). */
static int writer_prepare(HsStrWriter *w, Hs_ssize_t extra, int kind) {
    if (extra > HS_SSIZE_T_MAX / 4 - w->len) {
        HsErr_NoMemory();
        return -1;
    }
    Hs_ssize_t need = w->len + extra;
    if (kind <= w->kind && need <= w->cap) {
        return 0;
    }
    int nkind = kind > w->kind ? kind : w->kind;
    Hs_ssize_t ncap = need <= w->cap ? w->cap : (need < 64 ? 64 : need + need / 2);
    void *nbuf = hs_mem_malloc((size_t)ncap * (size_t)nkind);
    if (nbuf == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    if (nkind == w->kind) {
        if (w->len > 0) {
            memcpy(nbuf, w->buf, (size_t)w->len * (size_t)nkind);
        }
    } else {
        for (Hs_ssize_t i = 0; i < w->len; i++) { /* widening: one code point at a time */
            hs_str_write(nkind, nbuf, i, hs_str_read(w->kind, w->buf, i));
        }
    }
    hs_mem_free(w->buf);
    w->buf = nbuf;
    w->cap = ncap;
    w->kind = nkind;
    return 0;
}

/* ==== internal API ==== */

void hs_str_writer_init(HsStrWriter *w) {
    w->buf = NULL;
    w->len = 0;
    w->cap = 0;
    w->kind = HS_STR_1BYTE_KIND;
}

int hs_str_writer_char(HsStrWriter *w, uint32_t c) {
    if (writer_prepare(w, 1, kind_of(c)) < 0) {
        return -1;
    }
    hs_str_write(w->kind, w->buf, w->len++, c);
    return 0;
}

int hs_str_writer_ascii(HsStrWriter *w, const char *s) {
    Hs_ssize_t n = (Hs_ssize_t)strlen(s);
    if (writer_prepare(w, n, HS_STR_1BYTE_KIND) < 0) {
        return -1;
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        hs_str_write(w->kind, w->buf, w->len++, (unsigned char)s[i]);
    }
    return 0;
}

int hs_str_writer_str(HsStrWriter *w, HsObject *str) {
    Hs_ssize_t n = HS_STR_LEN(str);
    int skind = HS_STR_KIND(str);
    const void *src = HS_STR_DATA(str);
    if (n == 0) {
        return 0; /* nothing to copy, and the buffer may still be NULL */
    }
    if (writer_prepare(w, n, skind) < 0) {
        return -1;
    }
    if (skind == w->kind) {
        memcpy((char *)w->buf + w->len * w->kind, src, (size_t)n * (size_t)skind);
    } else {
        for (Hs_ssize_t i = 0; i < n; i++) {
            hs_str_write(w->kind, w->buf, w->len + i, hs_str_read(skind, src, i));
        }
    }
    w->len += n;
    return 0;
}

HsObject *hs_str_writer_finish(HsStrWriter *w) {
    HsObject *s = HsUnicode_FromKindAndData(w->kind, w->buf, w->len);
    hs_str_writer_discard(w);
    return s;
}

void hs_str_writer_discard(HsStrWriter *w) {
    hs_mem_free(w->buf);
    hs_str_writer_init(w);
}
