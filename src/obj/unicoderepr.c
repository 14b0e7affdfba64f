/* repr()/ascii() of a str, the str iterators and the sequence slots (CPython:
 * Objects/unicodeobject.c: unicode_repr, unicode_str, unicodeiter_* / unicode_ascii_iter_next,
 * unicode_length, unicode_getitem, PyUnicode_Concat's checks, unicode_repeat).
 * repr quotes with ' unless the string holds ' and no ", escapes the quote, backslash, \t \n
 * \r, other C0 controls and DEL as \xhh, and non-ASCII code points the database calls
 * non-printable as \xhh / \uhhhh / \Uhhhhhhhh; ascii() escapes every non-ASCII code point.
 * Invariant: an iterator's it_seq is NULL exactly when it is exhausted; iterators are GC
 * objects of 48 bytes with their head, as CPython's. */
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_strmeth.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_unicode.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_int.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

/* ==== types ==== */

typedef struct StrIterObject {
    HsObject ob_base;
    Hs_ssize_t it_index;
    HsObject *it_seq; /* NULL once exhausted */
} StrIterObject;

/* ==== static helpers: repr ==== */

static int write_hex(HsStrWriter *w, char tag, uint32_t c, int digits) {
    static const char hex[] = "0123456789abcdef";
    char buf[12];
    buf[0] = '\\';
    buf[1] = tag;
    for (int i = 0; i < digits; i++) {
        buf[2 + i] = hex[(c >> (4 * (digits - 1 - i))) & 0xf];
    }
    buf[2 + digits] = '\0';
    return hs_str_writer_ascii(w, buf);
}

/* Append code point 'c' as repr shows it inside 'quote' quotes. */
static int repr_char(HsStrWriter *w, uint32_t c, uint32_t quote, int ascii_only) {
    if (c == quote || c == '\\') {
        return hs_str_writer_char(w, '\\') < 0 ? -1 : hs_str_writer_char(w, c);
    }
    if (c == '\t') {
        return hs_str_writer_ascii(w, "\\t");
    }
    if (c == '\n') {
        return hs_str_writer_ascii(w, "\\n");
    }
    if (c == '\r') {
        return hs_str_writer_ascii(w, "\\r");
    }
    if (c < ' ' || c == 0x7f) {
        return write_hex(w, 'x', c, 2);
    }
    if (c < 0x7f || (!ascii_only && hs_uni_isprintable(c))) {
        return hs_str_writer_char(w, c);
    }
    if (c <= 0xff) {
        return write_hex(w, 'x', c, 2);
    }
    if (c <= 0xffff) {
        return write_hex(w, 'u', c, 4);
    }
    return write_hex(w, 'U', c, 8);
}

static HsObject *repr_impl(HsObject *s, int ascii_only) {
    Hs_ssize_t n = HS_STR_LEN(s);
    int kind = HS_STR_KIND(s);
    const void *data = HS_STR_DATA(s);
    int squote = 0, dquote = 0;
    for (Hs_ssize_t i = 0; i < n; i++) {
        uint32_t c = hs_str_read(kind, data, i);
        squote |= c == '\'';
        dquote |= c == '"';
    }
    uint32_t quote = squote && !dquote ? '"' : '\'';
    HsStrWriter w;
    hs_str_writer_init(&w);
    if (hs_str_writer_char(&w, quote) < 0) {
        goto error;
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        if (repr_char(&w, hs_str_read(kind, data, i), quote, ascii_only) < 0) {
            goto error;
        }
    }
    if (hs_str_writer_char(&w, quote) < 0) {
        goto error;
    }
    return hs_str_writer_finish(&w);
error:
    hs_str_writer_discard(&w);
    return NULL;
}

/* ==== static helpers: iterators ==== */

static void iter_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    Hs_XDECREF(((StrIterObject *)op)->it_seq);
    hs_gc_free(op);
}

static int iter_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *seq = ((StrIterObject *)op)->it_seq;
    return seq != NULL ? visit(seq, arg) : 0;
}

static HsObject *iter_self(HsObject *op) {
    return Hs_NewRef(op);
}

/* Return: new reference to the next one-character string, or NULL (no exception) at the
 * end. Latin-1 characters come from the shared cache. */
static HsObject *iter_next(HsObject *op) {
    StrIterObject *it = (StrIterObject *)op;
    if (it->it_seq == NULL) {
        return NULL;
    }
    if (it->it_index < HS_STR_LEN(it->it_seq)) {
        return HsUnicode_FromOrdinal(HS_STR_READ_CHAR(it->it_seq, it->it_index++));
    }
    Hs_CLEAR(it->it_seq);
    return NULL;
}

/* ==== internal API ==== */

HsTypeObject HsUnicodeIter_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "str_iterator",
    .tp_basicsize = sizeof(StrIterObject),
    .tp_dealloc = iter_dealloc,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = iter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = iter_next,
};

HsTypeObject HsUnicodeASCIIIter_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "str_ascii_iterator",
    .tp_basicsize = sizeof(StrIterObject),
    .tp_dealloc = iter_dealloc,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = iter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = iter_next,
};

HsSequenceMethods hs_str_as_sequence = {
    .sq_length = hs_strmeth_length,
    .sq_concat = hs_strmeth_concat,
    .sq_repeat = hs_strmeth_repeat,
    .sq_item = hs_strmeth_item,
    .sq_contains = hs_strmeth_contains,
};

/* s[start:stop:step]: a contiguous slice is a substring; a stepped one is built char by
 * char in the narrowest kind (CPython: unicode_subscript's slice branch). */
static HsObject *str_slice(HsObject *self, HsObject *key) {
    Hs_ssize_t start, stop, step;
    if (hs_slice_unpack(key, &start, &stop, &step) < 0) {
        return NULL;
    }
    Hs_ssize_t n = hs_slice_adjust_indices(HS_STR_LEN(self), &start, &stop, step);
    if (step == 1) {
        return HsUnicode_Substring(self, start, start + n);
    }
    HsStrWriter w;
    hs_str_writer_init(&w);
    for (Hs_ssize_t i = 0, cur = start; i < n; i++, cur += step) {
        if (hs_str_writer_char(&w, HS_STR_READ_CHAR(self, cur)) < 0) {
            hs_str_writer_discard(&w);
            return NULL;
        }
    }
    return hs_str_writer_finish(&w);
}

/* CPython: unicode_subscript. */
static HsObject *str_subscript(HsObject *self, HsObject *key) {
    if (HsSlice_Check(key)) {
        return str_slice(self, key);
    }
    HsNumberMethods *nb = Hs_TYPE(key)->tp_as_number;
    if (!HsLong_Check(key) && (nb == NULL || nb->nb_index == NULL)) {
        return HsErr_Format(HsExc_TypeError, "string indices must be integers, not '%.200s'",
                            Hs_TYPE(key)->tp_name);
    }
    Hs_ssize_t i = HsNumber_AsSsize_t(key, HsExc_IndexError);
    if (i == -1 && HsErr_Occurred()) {
        return NULL;
    }
    if (i < 0) {
        i += HS_STR_LEN(self);
    }
    return hs_strmeth_item(self, i);
}

HsMappingMethods hs_str_as_mapping = {
    .mp_length = hs_strmeth_length,
    .mp_subscript = str_subscript,
};

HsObject *hs_str_repr(HsObject *s) {
    return repr_impl(s, 0);
}

HsObject *hs_str_ascii(HsObject *s) {
    return repr_impl(s, 1);
}

HsObject *hs_str_str(HsObject *s) {
    if (HsUnicode_CheckExact(s)) {
        return Hs_NewRef(s);
    }
    return HsUnicode_Substring(s, 0, HS_STR_LEN(s)); /* an exact copy of a subclass */
}

HsObject *hs_str_iter(HsObject *s) {
    HsTypeObject *tp = HS_STR_IS_ASCII(s) ? &HsUnicodeASCIIIter_Type : &HsUnicodeIter_Type;
    StrIterObject *it = (StrIterObject *)hs_gc_alloc(tp, sizeof(StrIterObject));
    if (it == NULL) {
        return HsErr_NoMemory();
    }
    it->it_index = 0;
    it->it_seq = Hs_NewRef(s);
    hs_gc_track((HsObject *)it);
    return (HsObject *)it;
}

Hs_ssize_t hs_strmeth_length(HsObject *self) {
    return HS_STR_LEN(self);
}

/* CPython: unicode_getitem (negative indices were adjusted by the caller). */
HsObject *hs_strmeth_item(HsObject *self, Hs_ssize_t i) {
    if (i < 0 || i >= HS_STR_LEN(self)) {
        HsErr_SetString(HsExc_IndexError, "string index out of range");
        return NULL;
    }
    return HsUnicode_FromOrdinal(HS_STR_READ_CHAR(self, i));
}

/* CPython: PyUnicode_Concat. */
HsObject *hs_strmeth_concat(HsObject *a, HsObject *b) {
    if (!HsUnicode_Check(a)) {
        return HsErr_Format(HsExc_TypeError, "must be str, not %.100s", Hs_TYPE(a)->tp_name);
    }
    if (!HsUnicode_Check(b)) {
        return HsErr_Format(HsExc_TypeError, "can only concatenate str (not \"%.200s\") to str",
                            Hs_TYPE(b)->tp_name);
    }
    return HsUnicode_Concat(a, b);
}

/* CPython: unicode_repeat; doubling copies keep it O(n) memcpy work. */
HsObject *hs_strmeth_repeat(HsObject *self, Hs_ssize_t n) {
    Hs_ssize_t len = HS_STR_LEN(self);
    if (n < 1 || len == 0) {
        return hs_str_empty();
    }
    if (n == 1) {
        return HsUnicode_Substring(self, 0, len);
    }
    if (len > HS_SSIZE_T_MAX / n) {
        HsErr_SetString(HsExc_OverflowError, "repeated string is too long");
        return NULL;
    }
    int kind = HS_STR_KIND(self);
    if (len * n > HS_SSIZE_T_MAX / kind) {
        HsErr_SetString(HsExc_OverflowError, "repeated string is too long");
        return NULL;
    }
    HsObject *r = HsUnicode_New(len * n, hs_str_max_char_value(self));
    if (r == NULL) {
        return NULL;
    }
    char *dst = HS_STR_DATA(r);
    size_t chunk = (size_t)len * (size_t)kind, total = chunk * (size_t)n;
    memcpy(dst, HS_STR_DATA(self), chunk);
    for (size_t done = chunk; done < total;) {
        size_t step = done < total - done ? done : total - done;
        memcpy(dst + done, dst, step);
        done += step;
    }
    return r;
}
