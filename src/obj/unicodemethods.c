/* The str methods that cut, pad, join and map (CPython: Objects/unicodeobject.c with
 * Objects/stringlib/split.h): split/rsplit/splitlines, join, strip/lstrip/rstrip,
 * center/ljust/rjust/zfill, expandtabs, removeprefix/removesuffix, translate, maketrans,
 * __sizeof__/__getnewargs__, and the method table HsUnicode_Type exposes. Each table entry
 * has the calling convention CPython 3.11 gives that method, which decides the wording of
 * its argument errors. Searching lives in unicodesearch.c, case mapping in unicodecase.c.
 * Invariants: results are built in the narrowest kind (HsStrWriter, HsUnicode_Substring);
 * a method that changes nothing returns the receiver itself when it is an exact str, as
 * CPython's unicode_result_unchanged. */
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_strmeth.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_fmt.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_unicode.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

/* ==== static helpers ==== */

#define CH(s, i) HS_STR_READ_CHAR((s), (i))

static HsObject *unchanged(HsObject *self) {
    return HsUnicode_Substring(self, 0, HS_STR_LEN(self));
}

static int push_slice(HsStrParts *p, HsObject *s, Hs_ssize_t lo, Hs_ssize_t hi) {
    return hs_strmeth_parts_push(p, HsUnicode_Substring(s, lo, hi));
}

/* CPython: stringlib split_whitespace. */
static int split_ws(HsStrParts *p, HsObject *s, Hs_ssize_t maxcount) {
    Hs_ssize_t n = HS_STR_LEN(s), i = 0;
    while (maxcount-- > 0) {
        while (i < n && hs_uni_isspace(CH(s, i))) {
            i++;
        }
        if (i == n) {
            break;
        }
        Hs_ssize_t j = i++;
        while (i < n && !hs_uni_isspace(CH(s, i))) {
            i++;
        }
        if (push_slice(p, s, j, i) < 0) {
            return -1;
        }
    }
    while (i < n && hs_uni_isspace(CH(s, i))) {
        i++;
    }
    return i < n ? push_slice(p, s, i, n) : 0;
}

/* CPython: stringlib rsplit_whitespace (parts collected right to left). */
static int rsplit_ws(HsStrParts *p, HsObject *s, Hs_ssize_t maxcount) {
    Hs_ssize_t i = HS_STR_LEN(s) - 1;
    while (maxcount-- > 0) {
        while (i >= 0 && hs_uni_isspace(CH(s, i))) {
            i--;
        }
        if (i < 0) {
            break;
        }
        Hs_ssize_t j = i--;
        while (i >= 0 && !hs_uni_isspace(CH(s, i))) {
            i--;
        }
        if (push_slice(p, s, i + 1, j + 1) < 0) {
            return -1;
        }
    }
    while (i >= 0 && hs_uni_isspace(CH(s, i))) {
        i--;
    }
    return i >= 0 ? push_slice(p, s, 0, i + 1) : 0;
}

/* CPython: stringlib split / rsplit with a separator. */
static int split_sep(HsStrParts *p, HsObject *s, HsObject *sep, Hs_ssize_t maxcount, int dir) {
    Hs_ssize_t n = HS_STR_LEN(s), m = HS_STR_LEN(sep), lo = 0, hi = n;
    HsStrSearch se;
    if (hs_strmeth_search_init(&se, s, sep, dir) < 0) {
        return -1;
    }
    int r = 0;
    while (maxcount-- > 0) {
        Hs_ssize_t at = hs_strmeth_search(&se, lo, hi);
        if (at < 0) {
            r = at == -2 ? -1 : 0;
            break;
        }
        if (dir > 0 ? push_slice(p, s, lo, at) < 0 : push_slice(p, s, at + m, hi) < 0) {
            r = -1;
            break;
        }
        if (dir > 0) {
            lo = at + m;
        } else {
            hi = at;
        }
    }
    hs_strmeth_search_free(&se);
    return r < 0 ? -1 : push_slice(p, s, lo, hi);
}

static HsObject *split_common(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                              HsObject *kwnames, const HsArgParser *parser, int dir) {
    HsObject *a[2];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, parser, 0, 2, 0, a) < 0) {
        return NULL;
    }
    HsObject *sep = a[0] == NULL ? Hs_None : a[0];
    Hs_ssize_t maxsplit = -1;
    if (a[1] != NULL && hs_strmeth_as_ssize(a[1], &maxsplit) < 0) {
        return NULL; /* Argument Clinic converts maxsplit before the body checks sep */
    }
    if (sep != Hs_None && !HsUnicode_Check(sep)) {
        return HsErr_Format(HsExc_TypeError, "must be str or None, not %.100s",
                            Hs_TYPE(sep)->tp_name);
    }
    if (maxsplit < 0) {
        maxsplit = HS_SSIZE_T_MAX;
    }
    if (sep != Hs_None && HS_STR_LEN(sep) == 0) {
        HsErr_SetString(HsExc_ValueError, "empty separator");
        return NULL;
    }
    HsStrParts p;
    hs_strmeth_parts_init(&p);
    int r = sep == Hs_None
                ? (dir > 0 ? split_ws(&p, self, maxsplit) : rsplit_ws(&p, self, maxsplit))
                : split_sep(&p, self, sep, maxsplit, dir);
    if (r < 0) {
        hs_strmeth_parts_discard(&p);
        return NULL;
    }
    if (dir < 0) {
        hs_strmeth_parts_reverse(&p);
    }
    return hs_strmeth_parts_finish(&p);
}

/* CPython: do_strip / _PyUnicode_XStrip. 'how': 1 left, 2 right, 3 both. */
static int in_chars(HsObject *chars, uint32_t c) {
    for (Hs_ssize_t k = 0; k < HS_STR_LEN(chars); k++) {
        if (CH(chars, k) == c) {
            return 1;
        }
    }
    return 0;
}

static HsObject *strip_common(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                              const char *name, int how) {
    if (hs_arg_check_positional(name, nargs, 0, 1) < 0) {
        return NULL;
    }
    HsObject *chars = nargs > 0 && args[0] != Hs_None ? args[0] : NULL;
    if (chars != NULL && !HsUnicode_Check(chars)) {
        return HsErr_Format(HsExc_TypeError, "%s arg must be None or str", name);
    }
    Hs_ssize_t i = 0, j = HS_STR_LEN(self);
    if (how & 1) {
        while (i < j && (chars ? in_chars(chars, CH(self, i)) : hs_uni_isspace(CH(self, i)))) {
            i++;
        }
    }
    if (how & 2) {
        while (j > i &&
               (chars ? in_chars(chars, CH(self, j - 1)) : hs_uni_isspace(CH(self, j - 1)))) {
            j--;
        }
    }
    return HsUnicode_Substring(self, i, j);
}

/* CPython: pad(). */
static HsObject *pad(HsObject *self, Hs_ssize_t left, Hs_ssize_t right, uint32_t fill) {
    Hs_ssize_t n = HS_STR_LEN(self);
    left = left < 0 ? 0 : left;
    right = right < 0 ? 0 : right;
    if (left == 0 && right == 0) {
        return unchanged(self);
    }
    if (left > HS_SSIZE_T_MAX - n || right > HS_SSIZE_T_MAX - (left + n)) {
        HsErr_SetString(HsExc_OverflowError, "padded string is too long");
        return NULL;
    }
    uint32_t maxc = hs_str_max_char_value(self);
    HsObject *r = HsUnicode_New(left + n + right, fill > maxc ? fill : maxc);
    if (r == NULL) {
        return NULL;
    }
    int kind = HS_STR_KIND(r);
    void *d = HS_STR_DATA(r);
    for (Hs_ssize_t i = 0; i < left; i++) {
        hs_str_write(kind, d, i, fill);
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        hs_str_write(kind, d, left + i, CH(self, i));
    }
    for (Hs_ssize_t i = 0; i < right; i++) {
        hs_str_write(kind, d, left + n + i, fill);
    }
    return r;
}

/* center (0), ljust (1), rjust (2): "n|C" with CPython's fill character messages. */
static HsObject *justify(HsObject *self, HsObject *const *args, Hs_ssize_t nargs, const char *name,
                         int which) {
    Hs_ssize_t width;
    uint32_t fill = ' ';
    if (hs_arg_check_positional(name, nargs, 1, 2) < 0 ||
        hs_strmeth_as_ssize(args[0], &width) < 0) {
        return NULL;
    }
    if (nargs == 2) {
        if (!HsUnicode_Check(args[1])) {
            return HsErr_Format(HsExc_TypeError,
                                "The fill character must be a unicode character, not %.100s",
                                Hs_TYPE(args[1])->tp_name);
        }
        if (HS_STR_LEN(args[1]) != 1) {
            HsErr_SetString(HsExc_TypeError,
                            "The fill character must be exactly one character long");
            return NULL;
        }
        fill = CH(args[1], 0);
    }
    Hs_ssize_t n = HS_STR_LEN(self);
    if (n >= width) {
        return unchanged(self);
    }
    Hs_ssize_t marg = width - n;
    if (which == 0) {
        Hs_ssize_t left = marg / 2 + (marg & width & 1);
        return pad(self, left, marg - left, fill);
    }
    return which == 1 ? pad(self, 0, marg, fill) : pad(self, marg, 0, fill);
}

/* ==== static helpers: methods ==== */

static const char *const split_kw[] = {"sep", "maxsplit", NULL};
static const HsArgParser split_parser = {"split", split_kw};
static const HsArgParser rsplit_parser = {"rsplit", split_kw};
static const char *const splitlines_kw[] = {"keepends", NULL};
static const HsArgParser splitlines_parser = {"splitlines", splitlines_kw};
static const char *const expandtabs_kw[] = {"tabsize", NULL};
static const HsArgParser expandtabs_parser = {"expandtabs", expandtabs_kw};

static HsObject *str_split(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                           HsObject *kwnames) {
    return split_common(self, args, nargs, kwnames, &split_parser, 1);
}

static HsObject *str_rsplit(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                            HsObject *kwnames) {
    return split_common(self, args, nargs, kwnames, &rsplit_parser, -1);
}

/* CPython: stringlib splitlines. */
static HsObject *str_splitlines(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                HsObject *kwnames) {
    HsObject *a[1];
    int keepends = 0;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &splitlines_parser, 0, 1, 0, a) < 0 ||
        (a[0] != NULL && hs_strmeth_as_int(a[0], &keepends) < 0)) {
        return NULL;
    }
    HsStrParts p;
    hs_strmeth_parts_init(&p);
    Hs_ssize_t n = HS_STR_LEN(self), i = 0, j = 0;
    while (i < n) {
        while (i < n && !hs_uni_islinebreak(CH(self, i))) {
            i++;
        }
        Hs_ssize_t eol = i;
        if (i < n) {
            i += CH(self, i) == '\r' && i + 1 < n && CH(self, i + 1) == '\n' ? 2 : 1;
            if (keepends) {
                eol = i;
            }
        }
        if (push_slice(&p, self, j, eol) < 0) {
            hs_strmeth_parts_discard(&p);
            return NULL;
        }
        j = i;
    }
    return hs_strmeth_parts_finish(&p);
}

static HsObject *str_strip(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    return strip_common(self, args, nargs, "strip", 3);
}

static HsObject *str_lstrip(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    return strip_common(self, args, nargs, "lstrip", 1);
}

static HsObject *str_rstrip(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    return strip_common(self, args, nargs, "rstrip", 2);
}

static HsObject *str_center(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    return justify(self, args, nargs, "center", 0);
}

static HsObject *str_ljust(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    return justify(self, args, nargs, "ljust", 1);
}

static HsObject *str_rjust(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    return justify(self, args, nargs, "rjust", 2);
}

/* CPython: unicode_zfill_impl. */
static HsObject *str_zfill(HsObject *self, HsObject *arg) {
    Hs_ssize_t width;
    if (hs_strmeth_as_ssize(arg, &width) < 0) {
        return NULL;
    }
    Hs_ssize_t n = HS_STR_LEN(self);
    if (n >= width) {
        return unchanged(self);
    }
    Hs_ssize_t fill = width - n;
    HsObject *r = pad(self, fill, 0, '0');
    if (r == NULL) {
        return NULL;
    }
    int kind = HS_STR_KIND(r);
    void *d = HS_STR_DATA(r);
    uint32_t c = hs_str_read(kind, d, fill);
    if (c == '+' || c == '-') {
        hs_str_write(kind, d, 0, c);
        hs_str_write(kind, d, fill, '0');
    }
    return r;
}

/* CPython: unicode_expandtabs_impl. */
static HsObject *str_expandtabs(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                HsObject *kwnames) {
    HsObject *a[1];
    int tabsize = 8;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &expandtabs_parser, 0, 1, 0, a) < 0 ||
        (a[0] != NULL && hs_strmeth_as_int(a[0], &tabsize) < 0)) {
        return NULL;
    }
    HsStrWriter w;
    hs_str_writer_init(&w);
    Hs_ssize_t col = 0;
    for (Hs_ssize_t i = 0; i < HS_STR_LEN(self); i++) {
        uint32_t c = CH(self, i);
        int r = 0;
        if (c == '\t') {
            Hs_ssize_t incr = tabsize > 0 ? tabsize - col % tabsize : 0;
            col += incr;
            while (incr-- > 0 && r == 0) {
                r = hs_str_writer_char(&w, ' ');
            }
        } else {
            col = c == '\n' || c == '\r' ? 0 : col + 1;
            r = hs_str_writer_char(&w, c);
        }
        if (r < 0) {
            hs_str_writer_discard(&w);
            return NULL;
        }
    }
    return hs_str_writer_finish(&w);
}

/* Copy 'n' bytes; the short lengths of typical words as two overlapping loads and stores
 * (within both buffers) instead of a call into memcpy. */
static inline void copy_bytes(uint8_t *d, const uint8_t *s, size_t n) {
    if (n >= 4 && n <= 8) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        memcpy(d, &a, 4);
        memcpy(d + n - 4, &b, 4);
    } else if (n > 8 && n <= 16) {
        uint64_t a, b;
        memcpy(&a, s, 8);
        memcpy(&b, s + n - 8, 8);
        memcpy(d, &a, 8);
        memcpy(d + n - 8, &b, 8);
    } else {
        memcpy(d, s, n);
    }
}

/* The characters of an ASCII str (a compact ASCII object keeps them right after its header). */
#define ASCII_CHARS(op) ((const uint8_t *)(HS_STR_ASCII(op) + 1))

/* join for an ASCII separator and ASCII items: the size is known, so one allocation and
 * plain copies (CPython: _PyUnicode_JoinArray's memcpy path). NULL without an exception
 * when some string is not ASCII. Return: new reference. */
static HsObject *join_ascii(HsObject *self, HsObject *const *items, Hs_ssize_t n) {
    Hs_ssize_t seplen = HS_STR_LEN(self), total = n > 0 ? (n - 1) * seplen : 0;
    if (!HS_STR_IS_ASCII(self)) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        if (!HS_STR_IS_ASCII(items[i]) || total > HS_SSIZE_T_MAX / 2) {
            return NULL;
        }
        total += HS_STR_LEN(items[i]);
    }
    HsObject *r = HsUnicode_New(total, 127);
    if (r == NULL) {
        return NULL;
    }
    uint8_t *out = HS_STR_1BYTE(r);
    const uint8_t *sep = ASCII_CHARS(self);
    copy_bytes(out, ASCII_CHARS(items[0]), (size_t)HS_STR_LEN(items[0]));
    out += HS_STR_LEN(items[0]);
    for (Hs_ssize_t i = 1; i < n; i++) {
        if (seplen == 1) {
            *out++ = sep[0];
        } else {
            copy_bytes(out, sep, (size_t)seplen);
            out += seplen;
        }
        Hs_ssize_t len = HS_STR_LEN(items[i]);
        copy_bytes(out, ASCII_CHARS(items[i]), (size_t)len);
        out += len;
    }
    return r;
}

/* Concatenate 'n' items with 'self' between them; 'items' are known to be str.
 * Return: new reference. */
static HsObject *join_items(HsObject *self, HsObject *const *items, Hs_ssize_t n) {
    if (n == 1 && HsUnicode_CheckExact(items[0])) {
        return Hs_NewRef(items[0]);
    }
    if (n > 1) {
        HsObject *r = join_ascii(self, items, n);
        if (r != NULL || HsErr_Occurred()) {
            return r;
        }
    }
    HsStrWriter w;
    hs_str_writer_init(&w);
    for (Hs_ssize_t i = 0; i < n; i++) {
        if ((i > 0 && hs_str_writer_str(&w, self) < 0) ||
            hs_str_writer_str(&w, items[i]) < 0) {
            hs_str_writer_discard(&w);
            return NULL;
        }
    }
    return hs_str_writer_finish(&w);
}

static int join_check(HsObject *item, Hs_ssize_t i) {
    if (HsUnicode_Check(item)) {
        return 0;
    }
    HsErr_Format(HsExc_TypeError, "sequence item %zd: expected str instance, %.80s found", i,
                 Hs_TYPE(item)->tp_name);
    return -1;
}

/* CPython: PyUnicode_Join. An exact list or tuple is read in place (PySequence_Fast: no
 * code runs while its items are borrowed, since str allocation never collects); any other
 * iterable, subclasses included, is collected first through its iterator. */
static HsObject *str_join(HsObject *self, HsObject *iterable);

HsObject *HsUnicode_Join(HsObject *sep, HsObject *iterable) {
    return str_join(sep, iterable);
}

static HsObject *str_join(HsObject *self, HsObject *iterable) {
    if (HsTuple_CheckExact(iterable) || HsList_CheckExact(iterable)) {
        HsObject *const *items =
            HsTuple_CheckExact(iterable) ? HS_TUPLE_ITEMS(iterable) : HS_LIST_ITEMS(iterable);
        for (Hs_ssize_t i = 0; i < Hs_SIZE(iterable); i++) {
            if (join_check(items[i], i) < 0) {
                return NULL;
            }
        }
        return join_items(self, items, Hs_SIZE(iterable));
    }
    HsObject *it = HsObject_GetIter(iterable);
    if (it == NULL) {
        if (HsErr_ExceptionMatches(HsExc_TypeError)) {
            HsErr_SetString(HsExc_TypeError, "can only join an iterable");
        }
        return NULL;
    }
    HsStrParts p;
    hs_strmeth_parts_init(&p);
    HsObject *item, *r = NULL;
    while ((item = HsIter_Next(it)) != NULL) {
        if (join_check(item, p.len) < 0) {
            Hs_DECREF(item);
            goto done;
        }
        if (hs_strmeth_parts_push(&p, item) < 0) {
            goto done;
        }
    }
    if (!HsErr_Occurred()) {
        r = join_items(self, p.items, p.len);
    }
done:
    Hs_DECREF(it);
    hs_strmeth_parts_discard(&p);
    return r;
}

static HsObject *remove_affix(HsObject *self, HsObject *affix, const char *name, int suffix) {
    if (!HsUnicode_Check(affix)) {
        return HsErr_Format(HsExc_TypeError, "%s() argument must be str, not %.100s", name,
                            Hs_TYPE(affix)->tp_name);
    }
    Hs_ssize_t n = HS_STR_LEN(self), m = HS_STR_LEN(affix);
    if (m == 0 || m > n) {
        return unchanged(self);
    }
    Hs_ssize_t at = suffix ? n - m : 0;
    for (Hs_ssize_t j = 0; j < m; j++) {
        if (CH(self, at + j) != CH(affix, j)) {
            return unchanged(self);
        }
    }
    return suffix ? HsUnicode_Substring(self, 0, n - m) : HsUnicode_Substring(self, m, n);
}

static HsObject *str_removeprefix(HsObject *self, HsObject *prefix) {
    return remove_affix(self, prefix, "removeprefix", 0);
}

static HsObject *str_removesuffix(HsObject *self, HsObject *suffix) {
    return remove_affix(self, suffix, "removesuffix", 1);
}

/* Append table[c] (CPython: charmaptranslate_output); LookupError keeps 'c'. 0 or -1. */
static int translate_one(HsStrWriter *w, HsObject *table, uint32_t c) {
    HsObject *key = HsLong_FromLong((long)c);
    if (key == NULL) {
        return -1;
    }
    HsObject *v;
    if (HsDict_CheckExact(table)) { /* until dict and tuple grow their subscript slots */
        v = Hs_XNewRef(HsDict_GetItemWithError(table, key));
        if (v == NULL && !HsErr_Occurred()) {
            HsErr_SetObject(HsExc_KeyError, key);
        }
    } else if (HsTuple_CheckExact(table)) {
        v = (Hs_ssize_t)c < Hs_SIZE(table) ? Hs_NewRef(HS_TUPLE_GET(table, c)) : NULL;
        if (v == NULL) {
            HsErr_SetString(HsExc_IndexError, "tuple index out of range");
        }
    } else {
        v = HsObject_GetItem(table, key);
    }
    Hs_DECREF(key);
    if (v == NULL) {
        if (!HsErr_ExceptionMatches(HsExc_LookupError)) {
            return -1;
        }
        HsErr_Clear();
        return hs_str_writer_char(w, c);
    }
    int r = 0;
    if (v == Hs_None) {
        r = 0;
    } else if (HsLong_Check(v)) {
        int overflow;
        long long x = hs_int_as_longlong_and_overflow(v, &overflow);
        if (overflow != 0 || x < 0 || x > 0x10ffff) {
            HsErr_SetString(HsExc_ValueError, "character mapping must be in range(0x110000)");
            r = -1;
        } else {
            r = hs_str_writer_char(w, (uint32_t)x);
        }
    } else if (HsUnicode_Check(v)) {
        r = hs_str_writer_str(w, v);
    } else {
        HsErr_SetString(HsExc_TypeError, "character mapping must return integer, None or str");
        r = -1;
    }
    Hs_DECREF(v);
    return r;
}

static HsObject *str_translate(HsObject *self, HsObject *table) {
    HsStrWriter w;
    hs_str_writer_init(&w);
    for (Hs_ssize_t i = 0; i < HS_STR_LEN(self); i++) {
        if (translate_one(&w, table, CH(self, i)) < 0) {
            hs_str_writer_discard(&w);
            return NULL;
        }
    }
    return hs_str_writer_finish(&w);
}

/* One-argument maketrans: a dict whose keys become ordinals. 0 or -1. */
static int maketrans_dict(HsObject *out, HsObject *x) {
    Hs_ssize_t pos = 0;
    HsObject *key, *value;
    while (HsDict_Next(x, &pos, &key, &value)) {
        int r;
        if (HsUnicode_Check(key)) {
            if (HS_STR_LEN(key) != 1) {
                HsErr_SetString(HsExc_ValueError,
                                "string keys in translate table must be of length 1");
                return -1;
            }
            HsObject *k = HsLong_FromLong((long)CH(key, 0));
            if (k == NULL) {
                return -1;
            }
            r = HsDict_SetItem(out, k, value);
            Hs_DECREF(k);
        } else if (HsLong_Check(key)) {
            r = HsDict_SetItem(out, key, value);
        } else {
            HsErr_SetString(HsExc_TypeError, "keys in translate table must be strings or integers");
            return -1;
        }
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

/* out[ord(k)] = v for each code point, v = ord of 'y' at the same index or None. */
static int maketrans_pairs(HsObject *out, HsObject *x, HsObject *y) {
    for (Hs_ssize_t i = 0; i < HS_STR_LEN(x); i++) {
        HsObject *k = HsLong_FromLong((long)CH(x, i));
        HsObject *v = y == NULL ? Hs_NewRef(Hs_None) : HsLong_FromLong((long)CH(y, i));
        int r = k != NULL && v != NULL ? HsDict_SetItem(out, k, v) : -1;
        Hs_XDECREF(k);
        Hs_XDECREF(v);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

/* CPython: unicode_maketrans_impl (a static method). */
static HsObject *str_maketrans(HsObject *null, HsObject *const *args, Hs_ssize_t nargs) {
    (void)null;
    if (hs_arg_check_positional("maketrans", nargs, 1, 3) < 0) {
        return NULL;
    }
    for (Hs_ssize_t i = 1; i < nargs; i++) {
        if (!HsUnicode_Check(args[i])) {
            hs_arg_bad_argument("maketrans", (int)i + 1, NULL, "str", args[i]);
            return NULL;
        }
    }
    HsObject *x = args[0];
    if (nargs == 1 && !HsDict_CheckExact(x)) {
        HsErr_SetString(HsExc_TypeError,
                        "if you give only one argument to maketrans it must be a dict");
        return NULL;
    }
    if (nargs > 1 && !HsUnicode_Check(x)) {
        HsErr_SetString(HsExc_TypeError,
                        "first maketrans argument must be a string if there is a second argument");
        return NULL;
    }
    if (nargs > 1 && HS_STR_LEN(x) != HS_STR_LEN(args[1])) {
        HsErr_SetString(HsExc_ValueError,
                        "the first two maketrans arguments must have equal length");
        return NULL;
    }
    HsObject *out = HsDict_New();
    if (out == NULL) {
        return NULL;
    }
    int r = nargs == 1 ? maketrans_dict(out, x) : maketrans_pairs(out, x, args[1]);
    if (r == 0 && nargs == 3) {
        r = maketrans_pairs(out, args[2], NULL);
    }
    if (r < 0) {
        Hs_DECREF(out);
        return NULL;
    }
    return out;
}

static HsObject *str_sizeof(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsLong_FromSsize_t(hs_str_sizeof(self));
}

/* (a copy of self,) for pickling (CPython: unicode_getnewargs). */
static HsObject *str_getnewargs(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *copy =
        HsUnicode_FromKindAndData(HS_STR_KIND(self), HS_STR_DATA(self), HS_STR_LEN(self));
    if (copy == NULL) {
        return NULL;
    }
    HsObject *r = HsTuple_Pack(1, copy);
    Hs_DECREF(copy);
    return r;
}

/* ==== internal API: the method table ==== */

#define FAST HS_METH_FASTCALL
#define FASTKW (HS_METH_FASTCALL | HS_METH_KEYWORDS)

/* In CPython 3.11's order (Objects/unicodeobject.c, unicode_methods). */
/* str.__format__(spec): the format-spec mini-language for strings (the kernel's
 * hs_obj_fmt_str, CPython's unicode__format__). */
static HsObject *str_format_spec(HsObject *self, HsObject *spec) {
    if (!HsUnicode_Check(spec)) {
        return HsErr_Format(HsExc_TypeError, "__format__() argument must be str, not %.50s",
                            Hs_TYPE(spec)->tp_name);
    }
    if (HS_STR_LEN(spec) == 0) {
        return HsUnicode_CheckExact(self) ? Hs_NewRef(self) : HsObject_Str(self);
    }
    size_t n;
    uint32_t *cps = hs_float_str_codepoints(spec, &n);
    Hs_ssize_t len;
    const char *utf8 = cps != NULL ? HsUnicode_AsUTF8AndSize(self, &len) : NULL;
    if (utf8 == NULL) {
        hs_mem_raw_free(cps);
        return NULL;
    }
    HsFmtOut out;
    HsFmtError err;
    HsObject *r = hs_obj_fmt_str(utf8, (size_t)len, cps, n, &out, &err) < 0
                      ? hs_float_fmt_raise(&err, "str", cps, n)
                      : hs_float_fmt_out_to_str(&out);
    hs_mem_raw_free(cps);
    return r;
}

HsMethodDef hs_str_methods[] = {
    {"replace", HS_CFUNC(hs_strmeth_replace), FAST, NULL},
    {"split", HS_CFUNC(str_split), FASTKW, NULL},
    {"rsplit", HS_CFUNC(str_rsplit), FASTKW, NULL},
    {"join", HS_CFUNC(str_join), HS_METH_O, NULL},
    {"capitalize", HS_CFUNC(hs_strmeth_capitalize), HS_METH_NOARGS, NULL},
    {"casefold", HS_CFUNC(hs_strmeth_casefold), HS_METH_NOARGS, NULL},
    {"title", HS_CFUNC(hs_strmeth_title), HS_METH_NOARGS, NULL},
    {"center", HS_CFUNC(str_center), FAST, NULL},
    {"count", HS_CFUNC(hs_strmeth_count_meth), HS_METH_VARARGS, NULL},
    {"expandtabs", HS_CFUNC(str_expandtabs), FASTKW, NULL},
    {"find", HS_CFUNC(hs_strmeth_find), HS_METH_VARARGS, NULL},
    {"partition", HS_CFUNC(hs_strmeth_partition), HS_METH_O, NULL},
    {"index", HS_CFUNC(hs_strmeth_index), HS_METH_VARARGS, NULL},
    {"ljust", HS_CFUNC(str_ljust), FAST, NULL},
    {"lower", HS_CFUNC(hs_strmeth_lower), HS_METH_NOARGS, NULL},
    {"lstrip", HS_CFUNC(str_lstrip), FAST, NULL},
    {"rfind", HS_CFUNC(hs_strmeth_rfind), HS_METH_VARARGS, NULL},
    {"rindex", HS_CFUNC(hs_strmeth_rindex), HS_METH_VARARGS, NULL},
    {"rjust", HS_CFUNC(str_rjust), FAST, NULL},
    {"rstrip", HS_CFUNC(str_rstrip), FAST, NULL},
    {"rpartition", HS_CFUNC(hs_strmeth_rpartition), HS_METH_O, NULL},
    {"splitlines", HS_CFUNC(str_splitlines), FASTKW, NULL},
    {"strip", HS_CFUNC(str_strip), FAST, NULL},
    {"swapcase", HS_CFUNC(hs_strmeth_swapcase), HS_METH_NOARGS, NULL},
    {"translate", HS_CFUNC(str_translate), HS_METH_O, NULL},
    {"encode", HS_CFUNC(hs_str_encode_method), HS_METH_FASTCALL | HS_METH_KEYWORDS, NULL},
    {"upper", HS_CFUNC(hs_strmeth_upper), HS_METH_NOARGS, NULL},
    {"startswith", HS_CFUNC(hs_strmeth_startswith), HS_METH_VARARGS, NULL},
    {"endswith", HS_CFUNC(hs_strmeth_endswith), HS_METH_VARARGS, NULL},
    {"removeprefix", HS_CFUNC(str_removeprefix), HS_METH_O, NULL},
    {"removesuffix", HS_CFUNC(str_removesuffix), HS_METH_O, NULL},
    {"isascii", HS_CFUNC(hs_strmeth_isascii), HS_METH_NOARGS, NULL},
    {"islower", HS_CFUNC(hs_strmeth_islower), HS_METH_NOARGS, NULL},
    {"isupper", HS_CFUNC(hs_strmeth_isupper), HS_METH_NOARGS, NULL},
    {"istitle", HS_CFUNC(hs_strmeth_istitle), HS_METH_NOARGS, NULL},
    {"isspace", HS_CFUNC(hs_strmeth_isspace), HS_METH_NOARGS, NULL},
    {"isdecimal", HS_CFUNC(hs_strmeth_isdecimal), HS_METH_NOARGS, NULL},
    {"isdigit", HS_CFUNC(hs_strmeth_isdigit), HS_METH_NOARGS, NULL},
    {"isnumeric", HS_CFUNC(hs_strmeth_isnumeric), HS_METH_NOARGS, NULL},
    {"isalpha", HS_CFUNC(hs_strmeth_isalpha), HS_METH_NOARGS, NULL},
    {"isalnum", HS_CFUNC(hs_strmeth_isalnum), HS_METH_NOARGS, NULL},
    {"isidentifier", HS_CFUNC(hs_strmeth_isidentifier), HS_METH_NOARGS, NULL},
    {"isprintable", HS_CFUNC(hs_strmeth_isprintable), HS_METH_NOARGS, NULL},
    {"zfill", HS_CFUNC(str_zfill), HS_METH_O, NULL},
    {"__format__", HS_CFUNC(str_format_spec), HS_METH_O, NULL},
    {"format", HS_CFUNC(hs_strmeth_format), HS_METH_VARARGS | HS_METH_KEYWORDS, NULL},
    {"format_map", HS_CFUNC(hs_strmeth_format_map), HS_METH_O, NULL},
    {"maketrans", HS_CFUNC(str_maketrans), FAST | HS_METH_STATIC, NULL},
    {"__sizeof__", HS_CFUNC(str_sizeof), HS_METH_NOARGS, NULL},
    {"__getnewargs__", HS_CFUNC(str_getnewargs), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};
