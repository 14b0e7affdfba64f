/* The str object's core (CPython: Objects/unicodeobject.c): PEP 393 compact layout,
 * creation from UTF-8 and from code point arrays, the empty-string singleton and the
 * latin-1 one-character cache, cached UTF-8, equality, ordering, hashing, concatenation,
 * slicing and interning. Methods (split, join, ...) and formatting live in other files.
 * Invariants (see include/internal/hs_obj_str.h): the kind is always the narrowest that holds
 * the string's largest code point; 'ascii' is set exactly when every code point is < 128;
 * data is NUL-terminated in its kind's width; the interned table never owns its strings. */
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_args.h"
#include "hs/abstract.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_hash.h"
#include "internal/hs_obj_strmeth.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_mem.h"
#include "internal/hs_gc.h"
#include "hs/errors.h"

#include <string.h>

/* ==== constants and state ==== */

static HsObject *empty_str;            /* '' singleton, created on first use */
static HsObject *latin1_cache[256];    /* one-character strings, created on first use */

/* Interned strings: open addressing on the string hash, tombstones for deletions. */
#define INTERN_DELETED ((HsObject *)1)
static HsObject **intern_table;
static size_t intern_mask; /* capacity - 1; capacity is a power of two */
static size_t intern_used; /* live entries */
static size_t intern_fill; /* live + tombstones */

/* ==== static helpers ==== */

static size_t struct_size(int ascii) {
    return ascii ? sizeof(HsASCIIObject) : sizeof(HsCompactUnicodeObject);
}

static int kind_for(uint32_t maxchar) {
    return maxchar < 256 ? HS_STR_1BYTE_KIND : maxchar < 65536 ? HS_STR_2BYTE_KIND
                                                              : HS_STR_4BYTE_KIND;
}

/* Largest code point among 'size' units of width 'kind'. */
static uint32_t find_maxchar(int kind, const void *buf, Hs_ssize_t size) {
    uint32_t m = 0;
    for (Hs_ssize_t i = 0; i < size; i++) {
        uint32_t c = hs_str_read(kind, buf, i);
        if (c > m) {
            m = c;
        }
    }
    return m;
}

/* Copy 'n' code points from (skind, src) into (dkind, dst) starting at index 'at'. The
 * destination kind must be at least as wide as every copied code point. */
static void copy_chars(int dkind, void *dst, Hs_ssize_t at, int skind, const void *src,
                       Hs_ssize_t n) {
    if (dkind == skind) {
        memcpy((char *)dst + at * dkind, src, (size_t)n * (size_t)skind);
        return;
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        hs_str_write(dkind, dst, at + i, hs_str_read(skind, src, i));
    }
}

/* Length in bytes of the UTF-8 sequence that starts with 'b', or 0 if 'b' cannot start
 * one. */
static int utf8_seq_len(unsigned char b) {
    if (b < 0x80) {
        return 1;
    }
    if (b >= 0xc2 && b <= 0xdf) {
        return 2;
    }
    if (b >= 0xe0 && b <= 0xef) {
        return 3;
    }
    if (b >= 0xf0 && b <= 0xf4) {
        return 4;
    }
    return 0;
}

/* Decode one UTF-8 sequence at 's' (with 'avail' bytes left). Returns its length and sets
 * *cp, or 0 if it is invalid. Lone surrogates (ED A0..BF xx) are accepted only when
 * 'surrogates' is set. */
static int utf8_decode_one(const unsigned char *s, Hs_ssize_t avail, int surrogates,
                           uint32_t *cp) {
    int n = utf8_seq_len(s[0]);
    if (n == 0 || n > avail) {
        return 0;
    }
    if (n == 1) {
        *cp = s[0];
        return 1;
    }
    uint32_t c = s[0] & (0x7f >> n);
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80) {
            return 0;
        }
        c = (c << 6) | (s[i] & 0x3f);
    }
    if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10ffff))) {
        return 0; /* overlong or out of range */
    }
    if (c >= 0xd800 && c <= 0xdfff && !surrogates) {
        return 0;
    }
    *cp = c;
    return n;
}

/* Raise CPython's UnicodeDecodeError for invalid UTF-8 in 's': the codec machinery builds
 * the exception object (encoding, object, start, end, reason) exactly as CPython's does. */
static HsObject *decode_error(const unsigned char *s, Hs_ssize_t size) {
    HsObject *r = hs_codecs_decode((const char *)s, size, NULL, "utf-8", "strict");
    if (r != NULL) { /* cannot happen: the caller found an invalid sequence */
        Hs_DECREF(r);
        HsErr_SetString(HsExc_SystemError, "UTF-8 decoders disagree");
    }
    return NULL;
}

static HsObject *decode_error_surrogatepass(const unsigned char *s, Hs_ssize_t size) {
    HsObject *r = hs_codecs_decode((const char *)s, size, NULL, "utf-8", "surrogatepass");
    if (r != NULL) {
        Hs_DECREF(r);
        HsErr_SetString(HsExc_SystemError, "UTF-8 decoders disagree");
    }
    return NULL;
}

static HsObject *decode_utf8(const char *str, Hs_ssize_t size, int surrogates) {
    const unsigned char *s = (const unsigned char *)str;
    /* Pass 1: validate, count code points and find the largest. */
    Hs_ssize_t count = 0;
    uint32_t maxchar = 0;
    for (Hs_ssize_t i = 0; i < size;) {
        uint32_t c;
        if (s[i] < 0x80) {
            i++;
            count++;
            continue;
        }
        int n = utf8_decode_one(s + i, size - i, surrogates, &c);
        if (n == 0) {
            return surrogates ? decode_error_surrogatepass(s, size) : decode_error(s, size);
        }
        if (c > maxchar) {
            maxchar = c;
        }
        i += n;
        count++;
    }
    if (maxchar < 0x80) {
        return HsUnicode_FromKindAndData(HS_STR_1BYTE_KIND, s, size);
    }
    /* Pass 2: write the code points at their final width. */
    HsObject *u = HsUnicode_New(count, maxchar);
    if (u == NULL) {
        return NULL;
    }
    int kind = HS_STR_KIND(u);
    void *data = HS_STR_DATA(u);
    Hs_ssize_t k = 0;
    for (Hs_ssize_t i = 0; i < size; k++) {
        uint32_t c = s[i];
        i += c < 0x80 ? 1 : utf8_decode_one(s + i, size - i, surrogates, &c);
        hs_str_write(kind, data, k, c);
    }
    return u;
}

/* Write the UTF-8 form of 'op' into a fresh buffer. Returns NULL with an exception. */
static char *encode_utf8(HsObject *op, Hs_ssize_t *out_len) {
    int kind = HS_STR_KIND(op);
    const void *data = HS_STR_DATA(op);
    Hs_ssize_t len = HS_STR_LEN(op), n = 0;
    for (Hs_ssize_t i = 0; i < len; i++) {
        uint32_t c = hs_str_read(kind, data, i);
        if (c >= 0xd800 && c <= 0xdfff) {
            HsObject *r = hs_codecs_encode(op, "utf-8", "strict"); /* raises CPython's error */
            Hs_XDECREF(r);
            return NULL;
        }
        n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    unsigned char *buf = hs_mem_malloc((size_t)n + 1);
    if (buf == NULL) {
        HsErr_NoMemory();
        return NULL;
    }
    unsigned char *p = buf;
    for (Hs_ssize_t i = 0; i < len; i++) {
        uint32_t c = hs_str_read(kind, data, i);
        if (c < 0x80) {
            *p++ = (unsigned char)c;
        } else if (c < 0x800) {
            *p++ = (unsigned char)(0xc0 | (c >> 6));
            *p++ = (unsigned char)(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            *p++ = (unsigned char)(0xe0 | (c >> 12));
            *p++ = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
            *p++ = (unsigned char)(0x80 | (c & 0x3f));
        } else {
            *p++ = (unsigned char)(0xf0 | (c >> 18));
            *p++ = (unsigned char)(0x80 | ((c >> 12) & 0x3f));
            *p++ = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
            *p++ = (unsigned char)(0x80 | (c & 0x3f));
        }
    }
    *p = 0;
    *out_len = n;
    return (char *)buf;
}

/* ==== interning table ==== */

static int intern_grow(void) {
    size_t cap = intern_table == NULL ? 1024 : (intern_mask + 1) * 2;
    while (intern_used * 2 >= cap) {
        cap *= 2;
    }
    HsObject **table = hs_mem_raw_calloc(cap, sizeof(HsObject *));
    if (table == NULL) {
        return -1;
    }
    for (size_t i = 0; intern_table != NULL && i <= intern_mask; i++) {
        HsObject *s = intern_table[i];
        if (s == NULL || s == INTERN_DELETED) {
            continue;
        }
        size_t j = (size_t)HS_STR_ASCII(s)->hash & (cap - 1);
        while (table[j] != NULL) {
            j = (j + 1) & (cap - 1);
        }
        table[j] = s;
    }
    hs_mem_raw_free(intern_table);
    intern_table = table;
    intern_mask = cap - 1;
    intern_fill = intern_used;
    return 0;
}

/* The slot holding a string equal to 's', or the slot where it would go (NULL entry). */
static HsObject **intern_find(HsObject *s, Hs_ssize_t hash) {
    size_t j = (size_t)hash & intern_mask;
    HsObject **free_slot = NULL;
    for (;;) {
        HsObject **slot = &intern_table[j];
        if (*slot == NULL) {
            return free_slot != NULL ? free_slot : slot;
        }
        if (*slot == INTERN_DELETED) {
            if (free_slot == NULL) {
                free_slot = slot;
            }
        } else if (*slot == s || (HS_STR_ASCII(*slot)->hash == hash && hs_str_eq(*slot, s))) {
            return slot;
        }
        j = (j + 1) & intern_mask;
    }
}

static void intern_remove(HsObject *s) {
    HsObject **slot = intern_find(s, HS_STR_ASCII(s)->hash);
    HS_ASSERT(*slot == s);
    *slot = INTERN_DELETED;
    intern_used--;
}

/* ==== type slots ==== */

static void str_dealloc(HsObject *op) {
    if (HS_STR_ASCII(op)->state.interned != HS_STR_NOT_INTERNED) {
        intern_remove(op);
    }
    if (!HS_STR_IS_ASCII(op)) {
        HsCompactUnicodeObject *cu = (HsCompactUnicodeObject *)op;
        if (cu->utf8 != NULL) {
            hs_mem_free(cu->utf8);
        }
    }
    if (HsUnicode_CheckExact(op)) {
        hs_obj_free(op);
    } else {
        Hs_TYPE(op)->tp_free(op); /* an instance of a class deriving from str */
    }
}

static Hs_ssize_t str_hash_slot(HsObject *op) {
    return hs_str_hash(op);
}

/* Compare two str: NotImplemented for other types, as CPython's PyUnicode_RichCompare. */
static HsObject *str_richcompare(HsObject *a, HsObject *b, int op) {
    if (!HsUnicode_Check(a) || !HsUnicode_Check(b)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    if (op == HS_EQ || op == HS_NE) {
        return HsBool_FromLong(hs_str_eq(a, b) == (op == HS_EQ));
    }
    int c = hs_str_compare(a, b);
    int r = op == HS_LT ? c < 0 : op == HS_LE ? c <= 0 : op == HS_GT ? c > 0 : c >= 0;
    return HsBool_FromLong(r);
}

/* str(object='') / str(object=b'', encoding='utf-8', errors='strict')
 * (CPython: unicode_new_impl). */
static HsObject *str_new_exact(HsObject *args, HsObject *kwds);

/* An instance of a class deriving from str: a copy of the exact str 'r' (its compact
 * layout and data) under the subclass's header; the instance dict lives in the managed
 * pre-header, so the character data stays where every str macro expects it. */
static HsObject *str_subtype_copy(HsTypeObject *type, HsObject *r) {
    size_t head = HS_STR_IS_ASCII(r) ? sizeof(HsASCIIObject) : sizeof(HsCompactUnicodeObject);
    size_t size = head + (size_t)(HS_STR_LEN(r) + 1) * HS_STR_KIND(r);
    HsObject *sub = hs_gc_alloc(type, size);
    if (sub == NULL) {
        return HsErr_NoMemory();
    }
    memcpy((char *)sub + sizeof(HsObject), (char *)r + sizeof(HsObject),
           size - sizeof(HsObject));
    HS_STR_ASCII(sub)->state.interned = HS_STR_NOT_INTERNED;
    if (!HS_STR_IS_ASCII(sub)) {
        ((HsCompactUnicodeObject *)sub)->utf8 = NULL;
        ((HsCompactUnicodeObject *)sub)->utf8_length = 0;
    }
    Hs_INCREF(type);
    hs_gc_track(sub);
    return sub;
}

static HsObject *str_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    HsObject *r = str_new_exact(args, kwds);
    if (r == NULL || type == &HsUnicode_Type) {
        return r;
    }
    HsObject *sub = str_subtype_copy(type, r);
    Hs_DECREF(r);
    return sub;
}

static HsObject *str_new_exact(HsObject *args, HsObject *kwds) {
    static const char *const kwlist[] = {"object", "encoding", "errors", NULL};
    static const HsArgParser parser = {"str", kwlist};
    HsObject *stack[8], *out[3];
    Hs_ssize_t nargs = args != NULL ? Hs_SIZE(args) : 0;
    HsObject *kwnames = NULL;
    if (nargs == 1 && (kwds == NULL || HsDict_Size(kwds) == 0)) {
        return HsObject_Str(HS_TUPLE_GET(args, 0)); /* str(x), the common call */
    }
    if (hs_bytes_flatten_args(args, kwds, stack, 8, &kwnames) < 0) {
        return NULL;
    }
    int rc = hs_arg_unpack_keywords(stack, nargs, kwnames, &parser, 0, 3, 0, out);
    Hs_XDECREF(kwnames);
    if (rc < 0) {
        return NULL;
    }
    HsObject *x = out[0], *encoding = out[1], *errors = out[2];
    if (x == NULL) {
        return hs_str_empty(); // already a new reference (str() leaked one before)
    }
    if (encoding == NULL && errors == NULL) {
        return HsObject_Str(x);
    }
    if (encoding != NULL && !HsUnicode_Check(encoding)) {
        return HsErr_Format(HsExc_TypeError, "str() argument 'encoding' must be str, not %.50s",
                            Hs_TYPE(encoding)->tp_name);
    }
    if (errors != NULL && !HsUnicode_Check(errors)) {
        return HsErr_Format(HsExc_TypeError, "str() argument 'errors' must be str, not %.50s",
                            Hs_TYPE(errors)->tp_name);
    }
    const char *enc = encoding != NULL ? HsUnicode_AsUTF8(encoding) : "utf-8";
    const char *err = errors != NULL ? HsUnicode_AsUTF8(errors) : NULL;
    if (enc == NULL || (errors != NULL && err == NULL)) {
        return NULL;
    }
    const char *buf;
    Hs_ssize_t len;
    if (HsUnicode_Check(x)) {
        return HsErr_Format(HsExc_TypeError, "decoding str is not supported");
    }
    if (!hs_bytes_view_check(x, &buf, &len)) {
        return HsErr_Format(HsExc_TypeError, "decoding to str: need a bytes-like object, %.80s found",
                            Hs_TYPE(x)->tp_name);
    }
    return hs_codecs_decode(buf, len, x, enc, err);
}

HsTypeObject HsUnicode_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "str",
    .tp_getattro = HsObject_GenericGetAttr, /* as CPython: its own __getattribute__ */
    .tp_basicsize = sizeof(HsASCIIObject),
    .tp_dealloc = str_dealloc,
    .tp_hash = str_hash_slot,
    .tp_richcompare = str_richcompare,
    .tp_flags = HS_TPFLAGS_BASETYPE | HS_TPFLAGS_UNICODE_SUBCLASS,
    .tp_repr = hs_str_repr,
    .tp_str = hs_str_str,
    .tp_as_sequence = &hs_str_as_sequence,
    .tp_as_mapping = &hs_str_as_mapping,
    .tp_as_number = &hs_str_as_number,
    .tp_iter = hs_str_iter,
    .tp_methods = hs_str_methods,
    .tp_new = str_new,
};

/* ==== internal API ==== */

HsObject *hs_str_empty(void) {
    if (empty_str == NULL) {
        empty_str = HsUnicode_New(0, 0);
        if (empty_str == NULL) {
            return NULL;
        }
    }
    return Hs_NewRef(empty_str);
}

HsObject *hs_str_from_utf8_surrogatepass(const char *s, Hs_ssize_t size) {
    return decode_utf8(s, size, 1);
}

int hs_str_eq(HsObject *a, HsObject *b) {
    if (a == b) {
        return 1;
    }
    if (HS_STR_LEN(a) != HS_STR_LEN(b) || HS_STR_KIND(a) != HS_STR_KIND(b)) {
        return 0;
    }
    Hs_ssize_t ha = HS_STR_ASCII(a)->hash, hb = HS_STR_ASCII(b)->hash;
    if (ha != -1 && hb != -1 && ha != hb) {
        return 0;
    }
    return memcmp(HS_STR_DATA(a), HS_STR_DATA(b), (size_t)HS_STR_LEN(a) * HS_STR_KIND(a)) == 0;
}

int hs_str_compare(HsObject *a, HsObject *b) {
    Hs_ssize_t la = HS_STR_LEN(a), lb = HS_STR_LEN(b), n = la < lb ? la : lb;
    int ka = HS_STR_KIND(a), kb = HS_STR_KIND(b);
    const void *da = HS_STR_DATA(a), *db = HS_STR_DATA(b);
    if (ka == 1 && kb == 1) {
        int c = memcmp(da, db, (size_t)n);
        if (c != 0) {
            return c < 0 ? -1 : 1;
        }
    } else {
        for (Hs_ssize_t i = 0; i < n; i++) {
            uint32_t ca = hs_str_read(ka, da, i), cb = hs_str_read(kb, db, i);
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
        }
    }
    return la < lb ? -1 : la > lb ? 1 : 0;
}

int hs_str_eq_ascii(HsObject *op, const char *s) {
    size_t n = strlen(s);
    return HS_STR_IS_ASCII(op) && (size_t)HS_STR_LEN(op) == n &&
           memcmp(HS_STR_DATA(op), s, n) == 0;
}

Hs_ssize_t hs_str_hash(HsObject *op) {
    HsASCIIObject *a = HS_STR_ASCII(op);
    if (a->hash != -1) {
        return a->hash;
    }
    a->hash = hs_obj_hash_bytes(HS_STR_DATA(op), (size_t)(a->length * a->state.kind));
    return a->hash;
}

Hs_ssize_t hs_str_sizeof(HsObject *op) {
    Hs_ssize_t size = (Hs_ssize_t)struct_size(HS_STR_IS_ASCII(op)) +
                      (HS_STR_LEN(op) + 1) * HS_STR_KIND(op);
    if (!HS_STR_IS_ASCII(op)) {
        HsCompactUnicodeObject *cu = (HsCompactUnicodeObject *)op;
        if (cu->utf8 != NULL) {
            size += cu->utf8_length + 1;
        }
    }
    return size;
}

Hs_ssize_t hs_str_interned_count(void) {
    return (Hs_ssize_t)intern_used;
}

Hs_ssize_t hs_str_singleton_count(Hs_ssize_t *blocks) {
    Hs_ssize_t n = empty_str != NULL;
    *blocks = n;
    for (int i = 0; i < 256; i++) {
        HsObject *s = latin1_cache[i];
        if (s != NULL) {
            n++;
            *blocks += 1 + (!HS_STR_IS_ASCII(s) && ((HsCompactUnicodeObject *)s)->utf8 != NULL);
        }
    }
    return n;
}

/* ==== public API ==== */

HsObject *HsUnicode_New(Hs_ssize_t size, uint32_t maxchar) {
    if (size == 0 && empty_str != NULL) {
        return Hs_NewRef(empty_str);
    }
    if (maxchar > 0x10ffff) {
        HsErr_SetString(HsExc_SystemError, "invalid maximum character passed to HsUnicode_New");
        return NULL;
    }
    int ascii = maxchar < 0x80, kind = kind_for(maxchar);
    if (size < 0 || (size_t)size > (SIZE_MAX - 128) / 4 - 1) {
        return HsErr_NoMemory();
    }
    size_t bytes = struct_size(ascii) + ((size_t)size + 1) * (size_t)kind;
    HsObject *op = hs_obj_new(&HsUnicode_Type, bytes);
    if (op == NULL) {
        return HsErr_NoMemory();
    }
    HsASCIIObject *a = HS_STR_ASCII(op);
    a->length = size;
    a->hash = -1;
    a->state.interned = HS_STR_NOT_INTERNED;
    a->state.kind = (unsigned)kind;
    a->state.compact = 1;
    a->state.ascii = (unsigned)ascii;
    a->state.ready = 1;
    a->wstr = NULL;
    if (!ascii) {
        HsCompactUnicodeObject *cu = (HsCompactUnicodeObject *)op;
        cu->utf8_length = 0;
        cu->utf8 = NULL;
        cu->wstr_length = 0;
    }
    hs_str_write(kind, HS_STR_DATA(op), size, 0);
    return op;
}

HsObject *HsUnicode_FromKindAndData(int kind, const void *buf, Hs_ssize_t size) {
    if (size == 0) {
        return hs_str_empty();
    }
    uint32_t maxchar = find_maxchar(kind, buf, size);
    if (size == 1 && maxchar < 256) {
        return HsUnicode_FromOrdinal(maxchar);
    }
    HsObject *u = HsUnicode_New(size, maxchar);
    if (u == NULL) {
        return NULL;
    }
    copy_chars(HS_STR_KIND(u), HS_STR_DATA(u), 0, kind, buf, size);
    return u;
}

HsObject *HsUnicode_FromStringAndSize(const char *s, Hs_ssize_t size) {
    return decode_utf8(s, size, 0);
}

HsObject *HsUnicode_FromString(const char *s) {
    return decode_utf8(s, (Hs_ssize_t)strlen(s), 0);
}

HsObject *HsUnicode_FromOrdinal(uint32_t ch) {
    if (ch > 0x10ffff) {
        HsErr_SetString(HsExc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    if (ch < 256 && latin1_cache[ch] != NULL) {
        return Hs_NewRef(latin1_cache[ch]);
    }
    HsObject *u = HsUnicode_New(1, ch);
    if (u == NULL) {
        return NULL;
    }
    hs_str_write(HS_STR_KIND(u), HS_STR_DATA(u), 0, ch);
    if (ch < 256) {
        latin1_cache[ch] = Hs_NewRef(u); /* the cache holds one reference for good */
    }
    return u;
}

const char *HsUnicode_AsUTF8AndSize(HsObject *op, Hs_ssize_t *size) {
    if (!HsUnicode_Check(op)) {
        HsErr_SetString(HsExc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    if (HS_STR_IS_ASCII(op)) {
        if (size != NULL) {
            *size = HS_STR_LEN(op);
        }
        return (const char *)HS_STR_DATA(op);
    }
    HsCompactUnicodeObject *cu = (HsCompactUnicodeObject *)op;
    if (cu->utf8 == NULL) {
        Hs_ssize_t n;
        char *buf = encode_utf8(op, &n);
        if (buf == NULL) {
            return NULL;
        }
        cu->utf8 = buf;
        cu->utf8_length = n;
    }
    if (size != NULL) {
        *size = cu->utf8_length;
    }
    return cu->utf8;
}

const char *HsUnicode_AsUTF8(HsObject *op) {
    return HsUnicode_AsUTF8AndSize(op, NULL);
}

HsObject *HsUnicode_Concat(HsObject *a, HsObject *b) {
    Hs_ssize_t la = HS_STR_LEN(a), lb = HS_STR_LEN(b);
    if (lb == 0) {
        return Hs_NewRef(a);
    }
    if (la == 0) {
        return Hs_NewRef(b);
    }
    if (la > HS_SSIZE_T_MAX - lb) {
        HsErr_SetString(HsExc_OverflowError, "strings are too large to concat");
        return NULL;
    }
    uint32_t ma = hs_str_max_char_value(a), mb = hs_str_max_char_value(b);
    HsObject *u = HsUnicode_New(la + lb, ma > mb ? ma : mb);
    if (u == NULL) {
        return NULL;
    }
    copy_chars(HS_STR_KIND(u), HS_STR_DATA(u), 0, HS_STR_KIND(a), HS_STR_DATA(a), la);
    copy_chars(HS_STR_KIND(u), HS_STR_DATA(u), la, HS_STR_KIND(b), HS_STR_DATA(b), lb);
    return u;
}

HsObject *HsUnicode_Substring(HsObject *s, Hs_ssize_t start, Hs_ssize_t end) {
    Hs_ssize_t len = HS_STR_LEN(s);
    if (start < 0) {
        start = 0;
    }
    if (end > len) {
        end = len;
    }
    if (start == 0 && end == len && HsUnicode_CheckExact(s)) {
        return Hs_NewRef(s);
    }
    if (start >= end) {
        return hs_str_empty();
    }
    int kind = HS_STR_KIND(s);
    return HsUnicode_FromKindAndData(kind, (const char *)HS_STR_DATA(s) + start * kind,
                                     end - start);
}

void HsUnicode_InternInPlace(HsObject **p) {
    HsObject *s = *p;
    if (!HsUnicode_CheckExact(s) || HS_STR_ASCII(s)->state.interned != HS_STR_NOT_INTERNED) {
        return;
    }
    if (intern_table == NULL || (intern_fill + 1) * 3 >= (intern_mask + 1) * 2) {
        if (intern_grow() < 0) {
            return; /* as CPython: interning is an optimisation; failure leaves 's' as is */
        }
    }
    Hs_ssize_t hash = hs_str_hash(s);
    HsObject **slot = intern_find(s, hash);
    if (*slot != NULL && *slot != INTERN_DELETED) {
        Hs_SETREF(*p, Hs_NewRef(*slot));
        return;
    }
    if (*slot == NULL) {
        intern_fill++;
    }
    *slot = s;
    intern_used++;
    HS_STR_ASCII(s)->state.interned = HS_STR_INTERNED_MORTAL;
}

HsObject *HsUnicode_InternFromString(const char *s) {
    HsObject *u = HsUnicode_FromString(s);
    if (u != NULL) {
        HsUnicode_InternInPlace(&u);
    }
    return u;
}
