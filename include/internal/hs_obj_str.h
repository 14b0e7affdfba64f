/* The str object: PEP 393 compact strings with CPython 3.11's layout (CPython:
 * Include/cpython/unicodeobject.h). An ASCII string is an HsASCIIObject (48 bytes) followed
 * by its characters and a NUL; any other string is an HsCompactUnicodeObject (72 bytes)
 * followed by its code points in the narrowest kind that holds them (1, 2 or 4 bytes each)
 * and a NUL of that width. So sys.getsizeof('') == 49, ('é') == 74, ('€') == 76, as 3.11.
 * Invariants: a str is immutable once returned to a caller; 'kind' is the narrowest that holds
 * its largest code point (so equal strings have equal kinds); hash is -1 until computed;
 * the 'wstr' fields are always NULL/0 and exist only so the layout is CPython 3.11's. */
#ifndef HS_INTERNAL_HS_OBJ_STR_H
#define HS_INTERNAL_HS_OBJ_STR_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

#include <stdarg.h>
#include <stdint.h>

/* ==== layout ==== */
enum { HS_STR_1BYTE_KIND = 1, HS_STR_2BYTE_KIND = 2, HS_STR_4BYTE_KIND = 4 };

/* state.interned values, as CPython 3.11's SSTATE_*. */
enum { HS_STR_NOT_INTERNED = 0, HS_STR_INTERNED_MORTAL = 1 };

typedef struct HsASCIIObject {
    HsObject ob_base;
    Hs_ssize_t length; /* code points */
    Hs_ssize_t hash;   /* -1 until computed */
    struct {
        unsigned int interned : 2;
        unsigned int kind : 3; /* HS_STR_*_KIND */
        unsigned int compact : 1;
        unsigned int ascii : 1;
        unsigned int ready : 1;
        unsigned int : 24;
    } state;
    void *wstr; /* always NULL (CPython 3.11 layout) */
} HsASCIIObject;

typedef struct HsCompactUnicodeObject {
    HsASCIIObject base;
    Hs_ssize_t utf8_length; /* bytes in 'utf8', once made */
    char *utf8;             /* UTF-8 form, made on demand and cached; NULL before */
    Hs_ssize_t wstr_length; /* always 0 (CPython 3.11 layout) */
} HsCompactUnicodeObject;

extern HsTypeObject HsUnicode_Type;

#define HsUnicode_CheckExact(op) (Hs_TYPE(op) == &HsUnicode_Type)
#define HsUnicode_Check(op) HsType_HasFeature(Hs_TYPE(op), HS_TPFLAGS_UNICODE_SUBCLASS)

#define HS_STR_ASCII(op) ((HsASCIIObject *)(op))
#define HS_STR_LEN(op) (HS_STR_ASCII(op)->length)
#define HS_STR_KIND(op) ((int)HS_STR_ASCII(op)->state.kind)
#define HS_STR_IS_ASCII(op) (HS_STR_ASCII(op)->state.ascii)

/* The first code point's address. */
static inline void *hs_str_data(HsObject *op) {
    if (HS_STR_IS_ASCII(op)) {
        return (void *)(HS_STR_ASCII(op) + 1);
    }
    return (void *)(((HsCompactUnicodeObject *)op) + 1);
}
#define HS_STR_DATA(op) hs_str_data(Hs_CAST(op))
#define HS_STR_1BYTE(op) ((uint8_t *)HS_STR_DATA(op))
#define HS_STR_2BYTE(op) ((uint16_t *)HS_STR_DATA(op))
#define HS_STR_4BYTE(op) ((uint32_t *)HS_STR_DATA(op))

static inline uint32_t hs_str_read(int kind, const void *data, Hs_ssize_t i) {
    if (kind == HS_STR_1BYTE_KIND) {
        return ((const uint8_t *)data)[i];
    }
    if (kind == HS_STR_2BYTE_KIND) {
        return ((const uint16_t *)data)[i];
    }
    return ((const uint32_t *)data)[i];
}

static inline void hs_str_write(int kind, void *data, Hs_ssize_t i, uint32_t c) {
    if (kind == HS_STR_1BYTE_KIND) {
        ((uint8_t *)data)[i] = (uint8_t)c;
    } else if (kind == HS_STR_2BYTE_KIND) {
        ((uint16_t *)data)[i] = (uint16_t)c;
    } else {
        ((uint32_t *)data)[i] = c;
    }
}
#define HS_STR_READ_CHAR(op, i) hs_str_read(HS_STR_KIND(op), HS_STR_DATA(op), (i))

/* The largest code point a string of this shape may hold. */
static inline uint32_t hs_str_max_char_value(HsObject *op) {
    if (HS_STR_IS_ASCII(op)) {
        return 0x7f;
    }
    return HS_STR_KIND(op) == 1 ? 0xff : HS_STR_KIND(op) == 2 ? 0xffff : 0x10ffff;
}

/* ==== creation ==== */

/* A new, writable string of 'size' code points able to hold 'maxchar'; its data is
 * uninitialised (the NUL terminator is set). Return: new reference. CPython: PyUnicode_New */
HsObject *HsUnicode_New(Hs_ssize_t size, uint32_t maxchar);

/* Decode UTF-8 strictly. Return: new reference; NULL with UnicodeDecodeError.
 * CPython: PyUnicode_DecodeUTF8 with errors=NULL. */
HsObject *HsUnicode_FromStringAndSize(const char *s, Hs_ssize_t size);
HsObject *HsUnicode_FromString(const char *s);

/* Decode UTF-8 that may hold lone surrogates written as 3-byte sequences (what the
 * tokenizer makes of "\ud800"): the 'surrogatepass' error handler. Return: new reference. */
HsObject *hs_str_from_utf8_surrogatepass(const char *s, Hs_ssize_t size);

/* Build a string from code points of width 'kind' (1, 2 or 4), narrowing the kind to what
 * the data needs. Return: new reference. CPython: PyUnicode_FromKindAndData. */
HsObject *HsUnicode_FromKindAndData(int kind, const void *buf, Hs_ssize_t size);

/* The one-character string for 'ch' (cached for latin-1, as CPython).
 * Return: new reference; NULL with ValueError if ch > 0x10ffff. CPython: PyUnicode_FromOrdinal */
HsObject *HsUnicode_FromOrdinal(uint32_t ch);

/* Return: new reference to the empty string singleton. */
HsObject *hs_str_empty(void);

/* ==== access ==== */

/* The UTF-8 form, cached in the object (ASCII strings are their own UTF-8). Sets *size if
 * 'size' is not NULL. Return: pointer owned by 'op'; NULL with UnicodeEncodeError if the
 * string holds a lone surrogate. CPython: PyUnicode_AsUTF8AndSize. */
const char *HsUnicode_AsUTF8AndSize(HsObject *op, Hs_ssize_t *size);
const char *HsUnicode_AsUTF8(HsObject *op);

/* ==== operations ==== */
HsObject *HsUnicode_Concat(HsObject *a, HsObject *b);            /* Return: new reference */
HsObject *HsUnicode_Substring(HsObject *s, Hs_ssize_t start, Hs_ssize_t end); /* new ref */
/* Equality of two str objects (no error possible). */
int hs_str_eq(HsObject *a, HsObject *b);
/* Compare as Python orders strings: by code point. Returns <0, 0, >0. */
int hs_str_compare(HsObject *a, HsObject *b);
/* True if 'op' equals the ASCII C string 's'. */
int hs_str_eq_ascii(HsObject *op, const char *s);
/* hash(str), cached in the object: SipHash-1-3 over the canonical (kind-width) data,
 * keyed by the hash secret (PYTHONHASHSEED), as CPython 3.11. */
Hs_ssize_t hs_str_hash(HsObject *op);
/* sys.getsizeof without the GC head (str is not a GC type): CPython's unicode.__sizeof__. */
Hs_ssize_t hs_str_sizeof(HsObject *op);

/* ==== interning (CPython: PyUnicode_InternInPlace) ====
 * The table does not own its strings (as CPython 3.11's mortal interning): a string leaves
 * it when its count reaches zero. */
void HsUnicode_InternInPlace(HsObject **p);
/* Return: new reference to the interned string equal to 's'. */
HsObject *HsUnicode_InternFromString(const char *s);
/* Number of strings in the table (for tests and heap summaries). */
Hs_ssize_t hs_str_interned_count(void);

/* ==== building strings (CPython: _PyUnicodeWriter) ====
 * Accumulates code points in the narrowest kind seen so far, widening when needed.
 *     HsStrWriter w; hs_str_writer_init(&w);
 *     if (hs_str_writer_ascii(&w, "(") < 0) goto error;  ...
 *     HsObject *s = hs_str_writer_finish(&w);   // or hs_str_writer_discard(&w) on error
 * Every append returns 0, or -1 with MemoryError set. */
typedef struct HsStrWriter {
    void *buf;
    Hs_ssize_t len, cap;
    int kind;
} HsStrWriter;

void hs_str_writer_init(HsStrWriter *w);
int hs_str_writer_char(HsStrWriter *w, uint32_t c);
int hs_str_writer_ascii(HsStrWriter *w, const char *s);
int hs_str_writer_str(HsStrWriter *w, HsObject *str); /* 'str' must be a str */
/* Return: new reference to the built string; the writer is left empty. */
HsObject *hs_str_writer_finish(HsStrWriter *w);
void hs_str_writer_discard(HsStrWriter *w);

/* ==== formatting C values into a str (CPython: PyUnicode_FromFormat) ====
 * Conversions: %% %c (int code point) %d %i %u %x with l/ll/z modifiers and optional
 * width/zero flag, %p, %s (UTF-8 C string; %.Ns keeps at most N code points), %U (a str),
 * %V (a str, or the C string if the str is NULL), %S (str() of an object), %R (repr()).
 * Return: new reference. */
HsObject *HsUnicode_FromFormat(const char *format, ...);
/* sep.join(iterable). Return: new reference. CPython: PyUnicode_Join */
HsObject *HsUnicode_Join(HsObject *sep, HsObject *iterable);
HsObject *HsUnicode_FromFormatV(const char *format, va_list va);

#endif /* HS_INTERNAL_HS_OBJ_STR_H */
