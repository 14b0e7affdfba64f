/* The methods bytes and bytearray share (CPython 3.11: Objects/bytes_methods.c, the
 * stringlib templates and the shared parts of bytesobject.c / bytearrayobject.c): search,
 * split, join, strip, replace, partition, case mapping, padding, the is*() predicates,
 * translate/maketrans and hex, plus the helpers both types need (buffer view, `in`,
 * byte values, comparison, slicing, the slice and list hooks; repr and fromhex are in
 * bytesobject.c).
 * Each method reads self's bytes through hs_bytes_view and builds its result with
 * hs_bytes_new_like, so one implementation serves both types. Calling conventions and
 * messages follow CPython 3.11's per method (see the table at the end and bytes.md).
 * Invariant: methods convert their arguments (which may run __index__ code) before taking
 * pointers into any buffer, and hold no buffer pointer across a call that can run code
 * (only bytearray can be resized; join collects its items before reading them). */
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_memory.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_mem.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <limits.h>
#include <string.h>

/* ==== state: hooks ==== */


/* ASCII classes as CPython's pyctype.h. */
#define IS_SPACE(c) ((c) == ' ' || ((c) >= '\t' && (c) <= '\r'))
#define IS_LOWER(c) ((c) >= 'a' && (c) <= 'z')
#define IS_UPPER(c) ((c) >= 'A' && (c) <= 'Z')
#define IS_ALPHA(c) (IS_LOWER(c) || IS_UPPER(c))
#define IS_DIGIT(c) ((c) >= '0' && (c) <= '9')
#define IS_ALNUM(c) (IS_ALPHA(c) || IS_DIGIT(c))
#define TO_LOWER(c) (IS_UPPER(c) ? (c) + 32 : (c))
#define TO_UPPER(c) (IS_LOWER(c) ? (c)-32 : (c))

/* ==== static helpers ==== */

/* self's bytes; self is always a bytes or bytearray here. */
static void self_view(HsObject *self, const char **p, Hs_ssize_t *n) {
    *p = "";
    *n = 0;
    int ok = hs_bytes_view_check(self, p, n);
    (void)ok;
}

/* For an exact bytes: self when [s, s+n) is all of it; else a new object like self. */
static HsObject *same_or_new(HsObject *self, const char *s, Hs_ssize_t n) {
    if (HsBytes_CheckExact(self) && n == Hs_SIZE(self) && s == HsBytes_AS_STRING(self)) {
        return Hs_NewRef(self);
    }
    return hs_bytes_new_like(self, s, n);
}

/* A slice bound: None leaves *out alone; else __index__, clamped. CPython:
 * _PyEval_SliceIndex. */
static int slice_index(HsObject *o, Hs_ssize_t *out) {
    return o == NULL || hs_slice_index(o, out) ? 0 : -1;
}

/* Clamp [*start, *end) to a buffer of 'len' as slice bounds. */
static void adjust_indices(Hs_ssize_t *start, Hs_ssize_t *end, Hs_ssize_t len) {
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) {
            *end = 0;
        }
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) {
            *start = 0;
        }
    }
}

/* An integer argument via __index__ (clinic's Py_ssize_t converter). */
static int ssize_arg(HsObject *o, Hs_ssize_t *out) {
    HsNumberMethods *nb = Hs_TYPE(o)->tp_as_number;
    if (!HsLong_Check(o) && (nb == NULL || nb->nb_index == NULL)) {
        HsErr_Format(HsExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     Hs_TYPE(o)->tp_name);
        return -1;
    }
    Hs_ssize_t v = HsNumber_AsSsize_t(o, HsExc_OverflowError);
    if (v == -1 && HsErr_Occurred()) {
        return -1;
    }
    *out = v;
    return 0;
}

/* A C int argument (clinic's int converter): OverflowError outside int's range. */
static int int_arg(HsObject *o, Hs_ssize_t *out) {
    HsNumberMethods *nb = Hs_TYPE(o)->tp_as_number;
    if (!HsLong_Check(o) && (nb == NULL || nb->nb_index == NULL)) {
        HsErr_Format(HsExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     Hs_TYPE(o)->tp_name);
        return -1;
    }
    HsObject *idx = HsNumber_Index(o);
    if (idx == NULL) {
        return -1;
    }
    int overflow = 0;
    long long v = hs_int_as_longlong_and_overflow(idx, &overflow);
    Hs_DECREF(idx);
    if (overflow || v > INT_MAX || v < INT_MIN) {
        HsErr_SetString(HsExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (Hs_ssize_t)v;
    return 0;
}

/* Naive forward search for 'sub' in s[start:end); -1 if absent. */
static Hs_ssize_t find_in(const char *s, Hs_ssize_t start, Hs_ssize_t end, const char *sub,
                          Hs_ssize_t m) {
    if (end - start < m) {
        return -1;
    }
    if (m == 0) {
        return start;
    }
    if (m == 1) {
        const char *p = memchr(s + start, sub[0], (size_t)(end - start));
        return p != NULL ? p - s : -1;
    }
    for (Hs_ssize_t i = start; i + m <= end; i++) {
        if (s[i] == sub[0] && memcmp(s + i, sub, (size_t)m) == 0) {
            return i;
        }
    }
    return -1;
}

static Hs_ssize_t rfind_in(const char *s, Hs_ssize_t start, Hs_ssize_t end, const char *sub,
                           Hs_ssize_t m) {
    if (end - start < m) {
        return -1;
    }
    for (Hs_ssize_t i = end - m; i >= start; i--) {
        if (memcmp(s + i, sub, (size_t)m) == 0) {
            return i;
        }
    }
    return -1;
}

/* The 'sub' argument of find/count/index: a bytes-like object or an int byte value.
 * 'byte' holds the int's byte when it is one. */
static int sub_arg(HsObject *o, const char **sub, Hs_ssize_t *m, char *byte) {
    if (hs_bytes_view_check(o, sub, m)) {
        return 0;
    }
    HsNumberMethods *nb = Hs_TYPE(o)->tp_as_number;
    if (HsLong_Check(o) || (nb != NULL && nb->nb_index != NULL)) {
        int v;
        if (hs_bytes_byte_value(o, &v) < 0) {
            return -1;
        }
        *byte = (char)v;
        *sub = byte;
        *m = 1;
        return 0;
    }
    HsErr_Format(HsExc_TypeError, "argument should be integer or bytes-like object, not '%.200s'",
                 Hs_TYPE(o)->tp_name);
    return -1;
}

/* The shared argument handling of find/rfind/index/rindex/count (CPython:
 * stringlib_parse_args_finds): fills sub, start and end. */
static int parse_finds(const char *name, HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames,
                       const char **sub, Hs_ssize_t *m, char *byte, Hs_ssize_t *start,
                       Hs_ssize_t *end) {
    if (hs_arg_no_keywords(name, kwnames) < 0 || hs_arg_count_varargs(name, nargs, 1, 3) < 0) {
        return -1;
    }
    *start = 0;
    *end = HS_SSIZE_T_MAX;
    if (nargs > 1 && slice_index(args[1], start) < 0) {
        return -1;
    }
    if (nargs > 2 && slice_index(args[2], end) < 0) {
        return -1;
    }
    return sub_arg(args[0], sub, m, byte);
}

enum { FIND, RFIND, INDEX, RINDEX, COUNT };

static HsObject *find_family(int which, const char *name, HsObject *self, HsObject *const *args,
                             Hs_ssize_t nargs, HsObject *kwnames) {
    const char *s = "", *sub = "";
    Hs_ssize_t n = 0, m = 0, start, end;
    char byte;
    if (parse_finds(name, args, nargs, kwnames, &sub, &m, &byte, &start, &end) < 0) {
        return NULL;
    }
    self_view(self, &s, &n);
    adjust_indices(&start, &end, n);
    if (which == COUNT) {
        if (start > n || end - start < m) {
            return HsLong_FromLong(0);
        }
        if (m == 0) {
            return HsLong_FromSsize_t(end - start + 1);
        }
        Hs_ssize_t c = 0;
        for (Hs_ssize_t i = find_in(s, start, end, sub, m); i >= 0;
             i = find_in(s, i + m, end, sub, m)) {
            c++;
        }
        return HsLong_FromSsize_t(c);
    }
    Hs_ssize_t pos = -1;
    if (start <= n) {
        pos = (which == FIND || which == INDEX) ? find_in(s, start, end, sub, m)
                                                : rfind_in(s, start, end, sub, m);
    }
    if (pos < 0 && (which == INDEX || which == RINDEX)) {
        return HsErr_Format(HsExc_ValueError, "subsection not found");
    }
    return HsLong_FromSsize_t(pos);
}

/* ==== search methods ==== */

static HsObject *bm_find(HsObject *self, HsObject *const *a, Hs_ssize_t n, HsObject *kw) {
    return find_family(FIND, "find", self, a, n, kw);
}
static HsObject *bm_rfind(HsObject *self, HsObject *const *a, Hs_ssize_t n, HsObject *kw) {
    return find_family(RFIND, "rfind", self, a, n, kw);
}
static HsObject *bm_index(HsObject *self, HsObject *const *a, Hs_ssize_t n, HsObject *kw) {
    return find_family(INDEX, "index", self, a, n, kw);
}
static HsObject *bm_rindex(HsObject *self, HsObject *const *a, Hs_ssize_t n, HsObject *kw) {
    return find_family(RINDEX, "rindex", self, a, n, kw);
}
static HsObject *bm_count(HsObject *self, HsObject *const *a, Hs_ssize_t n, HsObject *kw) {
    return find_family(COUNT, "count", self, a, n, kw);
}

/* Does s[start:end) start (or end) with 'sub'? CPython: tailmatch. */
static int tailmatch(const char *s, Hs_ssize_t len, const char *sub, Hs_ssize_t m, Hs_ssize_t start,
                     Hs_ssize_t end, int at_end) {
    adjust_indices(&start, &end, len);
    if (end - start < m || start > len) {
        return 0;
    }
    Hs_ssize_t at = at_end ? end - m : start;
    return m == 0 || memcmp(s + at, sub, (size_t)m) == 0;
}

static HsObject *with_family(int at_end, HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                             HsObject *kwnames) {
    const char *name = at_end ? "endswith" : "startswith";
    if (hs_arg_no_keywords(name, kwnames) < 0 || hs_arg_count_varargs(name, nargs, 1, 3) < 0) {
        return NULL;
    }
    Hs_ssize_t start = 0, end = HS_SSIZE_T_MAX;
    if ((nargs > 1 && slice_index(args[1], &start) < 0) ||
        (nargs > 2 && slice_index(args[2], &end) < 0)) {
        return NULL;
    }
    const char *s, *sub;
    Hs_ssize_t len, m;
    self_view(self, &s, &len);
    HsObject *x = args[0];
    int tuple = HsTuple_Check(x);
    Hs_ssize_t count = tuple ? Hs_SIZE(x) : 1;
    for (Hs_ssize_t i = 0; i < count; i++) {
        HsObject *item = tuple ? HS_TUPLE_GET(x, i) : x;
        if (!hs_bytes_view_check(item, &sub, &m)) {
            if (tuple) {
                return HsErr_Format(HsExc_TypeError,
                                    "a bytes-like object is required, not '%.100s'",
                                    Hs_TYPE(item)->tp_name);
            }
            return HsErr_Format(HsExc_TypeError,
                                "%s first arg must be bytes or a tuple of bytes, not %.100s", name,
                                Hs_TYPE(item)->tp_name);
        }
        if (tailmatch(s, len, sub, m, start, end, at_end)) {
            return HsBool_FromLong(1);
        }
    }
    return HsBool_FromLong(0);
}

static HsObject *bm_startswith(HsObject *self, HsObject *const *a, Hs_ssize_t n, HsObject *kw) {
    return with_family(0, self, a, n, kw);
}
static HsObject *bm_endswith(HsObject *self, HsObject *const *a, Hs_ssize_t n, HsObject *kw) {
    return with_family(1, self, a, n, kw);
}

/* ==== split family ==== */

/* A growable array of new references that becomes the result list. */
typedef struct Parts {
    HsObject **items;
    Hs_ssize_t n, cap;
} Parts;

static int parts_add(Parts *p, HsObject *item) {
    if (item == NULL) {
        return -1;
    }
    if (p->n == p->cap) {
        Hs_ssize_t cap = p->cap ? p->cap * 2 : 8;
        HsObject **items = hs_mem_realloc(p->items, (size_t)cap * sizeof(HsObject *));
        if (items == NULL) {
            Hs_DECREF(item);
            HsErr_NoMemory();
            return -1;
        }
        p->items = items;
        p->cap = cap;
    }
    p->items[p->n++] = item;
    return 0;
}

/* Build the result (reversed first when 'reverse'), and free the parts. */
static HsObject *parts_finish(Parts *p, int ok, int reverse) {
    HsObject *r = NULL;
    if (ok) {
        for (Hs_ssize_t i = 0; reverse && i < p->n / 2; i++) {
            HsObject *t = p->items[i];
            p->items[i] = p->items[p->n - 1 - i];
            p->items[p->n - 1 - i] = t;
        }
        r = hs_bytes_make_list(p->items, p->n);
    }
    for (Hs_ssize_t i = 0; i < p->n; i++) {
        Hs_DECREF(p->items[i]);
    }
    hs_mem_free(p->items);
    return r;
}

static int split_whitespace(HsObject *self, const char *s, Hs_ssize_t len, Hs_ssize_t maxsplit,
                            Parts *p) {
    Hs_ssize_t i = 0;
    while (maxsplit-- != 0) {
        while (i < len && IS_SPACE((unsigned char)s[i])) {
            i++;
        }
        if (i == len) {
            return 0;
        }
        Hs_ssize_t j = i;
        while (i < len && !IS_SPACE((unsigned char)s[i])) {
            i++;
        }
        if (i == len && j == 0) {
            return parts_add(p, same_or_new(self, s, len));
        }
        if (parts_add(p, hs_bytes_new_like(self, s + j, i - j)) < 0) {
            return -1;
        }
    }
    while (i < len && IS_SPACE((unsigned char)s[i])) {
        i++;
    }
    return i < len ? parts_add(p, hs_bytes_new_like(self, s + i, len - i)) : 0;
}

static int rsplit_whitespace(HsObject *self, const char *s, Hs_ssize_t len, Hs_ssize_t maxsplit,
                             Parts *p) {
    Hs_ssize_t i = len - 1;
    while (maxsplit-- != 0) {
        while (i >= 0 && IS_SPACE((unsigned char)s[i])) {
            i--;
        }
        if (i < 0) {
            return 0;
        }
        Hs_ssize_t j = i;
        while (i >= 0 && !IS_SPACE((unsigned char)s[i])) {
            i--;
        }
        if (i < 0 && j == len - 1) {
            return parts_add(p, same_or_new(self, s, len));
        }
        if (parts_add(p, hs_bytes_new_like(self, s + i + 1, j - i)) < 0) {
            return -1;
        }
    }
    while (i >= 0 && IS_SPACE((unsigned char)s[i])) {
        i--;
    }
    return i >= 0 ? parts_add(p, hs_bytes_new_like(self, s, i + 1)) : 0;
}

static int split_sep(HsObject *self, const char *s, Hs_ssize_t len, const char *sep, Hs_ssize_t m,
                     Hs_ssize_t maxsplit, int reverse, Parts *p) {
    Hs_ssize_t lo = 0, hi = len;
    while (maxsplit-- != 0) {
        Hs_ssize_t pos = reverse ? rfind_in(s, lo, hi, sep, m) : find_in(s, lo, hi, sep, m);
        if (pos < 0) {
            break;
        }
        HsObject *piece = reverse ? hs_bytes_new_like(self, s + pos + m, hi - pos - m)
                                  : hs_bytes_new_like(self, s + lo, pos - lo);
        if (parts_add(p, piece) < 0) {
            return -1;
        }
        if (reverse) {
            hi = pos;
        } else {
            lo = pos + m;
        }
    }
    return parts_add(p, same_or_new(self, s + lo, hi - lo));
}

static HsObject *split_family(int reverse, HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                              HsObject *kwnames) {
    static const char *const kwlist[] = {"sep", "maxsplit", NULL};
    static const HsArgParser sp = {"split", kwlist}, rsp = {"rsplit", kwlist};
    HsObject *out[2];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, reverse ? &rsp : &sp, 0, 2, 0, out) < 0) {
        return NULL;
    }
    Hs_ssize_t maxsplit = -1;
    if (out[1] != NULL && ssize_arg(out[1], &maxsplit) < 0) {
        return NULL;
    }
    if (maxsplit < 0) {
        maxsplit = HS_SSIZE_T_MAX;
    }
    const char *s, *sep = NULL;
    Hs_ssize_t len, m = 0;
    self_view(self, &s, &len);
    if (out[0] != NULL && out[0] != Hs_None) {
        if (hs_bytes_view(out[0], &sep, &m) < 0) {
            return NULL;
        }
        if (m == 0) {
            return HsErr_Format(HsExc_ValueError, "empty separator");
        }
    }
    Parts p = {NULL, 0, 0};
    int rc = sep == NULL ? (reverse ? rsplit_whitespace(self, s, len, maxsplit, &p)
                                    : split_whitespace(self, s, len, maxsplit, &p))
                         : split_sep(self, s, len, sep, m, maxsplit, reverse, &p);
    return parts_finish(&p, rc == 0, reverse);
}

static HsObject *bm_split(HsObject *self, HsObject *const *a, Hs_ssize_t n, HsObject *kw) {
    return split_family(0, self, a, n, kw);
}
static HsObject *bm_rsplit(HsObject *self, HsObject *const *a, Hs_ssize_t n, HsObject *kw) {
    return split_family(1, self, a, n, kw);
}

/* splitlines(keepends=False): \n, \r and \r\n end lines. */
static HsObject *bm_splitlines(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                               HsObject *kwnames) {
    static const char *const kwlist[] = {"keepends", NULL};
    static const HsArgParser parser = {"splitlines", kwlist};
    HsObject *out[1];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 1, 0, out) < 0) {
        return NULL;
    }
    Hs_ssize_t keepends = 0;
    if (out[0] != NULL) {
        if (ssize_arg(out[0], &keepends) < 0) {
            return NULL;
        }
    }
    const char *s;
    Hs_ssize_t len;
    self_view(self, &s, &len);
    Parts p = {NULL, 0, 0};
    int rc = 0;
    for (Hs_ssize_t i = 0, j; rc == 0 && i < len; i = j) {
        Hs_ssize_t eol;
        for (j = i; j < len && s[j] != '\n' && s[j] != '\r'; j++) {
        }
        eol = j;
        if (j < len) {
            j += (s[j] == '\r' && j + 1 < len && s[j + 1] == '\n') ? 2 : 1;
            if (keepends) {
                eol = j;
            }
        }
        rc = i == 0 && j == len && eol == len
                 ? parts_add(&p, same_or_new(self, s, len))
                 : parts_add(&p, hs_bytes_new_like(self, s + i, eol - i));
    }
    return parts_finish(&p, rc == 0, 0);
}

/* ==== join, strip, replace, partition ==== */

/* Every item of 'iterable' (new references) into 'p'. */
static int collect(HsObject *iterable, Parts *p) {
    if (HsTuple_Check(iterable)) {
        for (Hs_ssize_t i = 0; i < Hs_SIZE(iterable); i++) {
            if (parts_add(p, Hs_NewRef(HS_TUPLE_GET(iterable, i))) < 0) {
                return -1;
            }
        }
        return 0;
    }
    if (Hs_TYPE(iterable)->tp_iter == NULL &&
        (Hs_TYPE(iterable)->tp_as_sequence == NULL ||
         Hs_TYPE(iterable)->tp_as_sequence->sq_item == NULL)) {
        HsErr_SetString(HsExc_TypeError, "can only join an iterable");
        return -1;
    }
    HsObject *it = HsObject_GetIter(iterable);
    if (it == NULL) {
        return -1;
    }
    HsObject *item;
    while ((item = HsIter_Next(it)) != NULL) {
        if (parts_add(p, item) < 0) {
            Hs_DECREF(it);
            return -1;
        }
    }
    Hs_DECREF(it);
    return HsErr_Occurred() ? -1 : 0;
}

/* The joined bytes of the collected items, with self's bytes between them. */
static HsObject *join_parts(HsObject *self, Parts *p) {
    const char *sep, *q;
    Hs_ssize_t seplen, total = 0, m;
    self_view(self, &sep, &seplen);
    for (Hs_ssize_t i = 0; i < p->n; i++) {
        if (!hs_bytes_view_check(p->items[i], &q, &m)) {
            return HsErr_Format(HsExc_TypeError,
                                "sequence item %zd: expected a bytes-like object, %.80s found", i,
                                Hs_TYPE(p->items[i])->tp_name);
        }
        total += m + (i > 0 ? seplen : 0);
    }
    if (p->n == 1 && HsBytes_CheckExact(self) && HsBytes_CheckExact(p->items[0])) {
        return Hs_NewRef(p->items[0]);
    }
    char *buf = hs_mem_malloc((size_t)total + 1);
    if (buf == NULL) {
        return HsErr_NoMemory();
    }
    Hs_ssize_t at = 0;
    for (Hs_ssize_t i = 0; i < p->n; i++) {
        hs_bytes_view_check(p->items[i], &q, &m);
        if (i > 0) {
            memcpy(buf + at, sep, (size_t)seplen);
            at += seplen;
        }
        memcpy(buf + at, q, (size_t)m);
        at += m;
    }
    HsObject *r = hs_bytes_new_like(self, buf, total);
    hs_mem_free(buf);
    return r;
}

static HsObject *bm_join(HsObject *self, HsObject *iterable) {
    Parts p = {NULL, 0, 0};
    HsObject *r = collect(iterable, &p) < 0 ? NULL : join_parts(self, &p);
    for (Hs_ssize_t i = 0; i < p.n; i++) {
        Hs_DECREF(p.items[i]);
    }
    hs_mem_free(p.items);
    return r;
}

enum { LEFT = 1, RIGHT = 2, BOTH = 3 };

static HsObject *strip_family(int where, const char *name, HsObject *self, HsObject *const *args,
                              Hs_ssize_t nargs) {
    if (hs_arg_check_positional(name, nargs, 0, 1) < 0) {
        return NULL;
    }
    const char *s, *chars = NULL;
    Hs_ssize_t len, nchars = 0;
    if (nargs == 1 && args[0] != Hs_None && hs_bytes_view(args[0], &chars, &nchars) < 0) {
        return NULL;
    }
    self_view(self, &s, &len);
    Hs_ssize_t i = 0, j = len;
#define STRIPPED(c)                                                                                \
    (chars == NULL ? IS_SPACE((unsigned char)(c)) : memchr(chars, (c), (size_t)nchars) != NULL)
    if (where & LEFT) {
        while (i < j && STRIPPED(s[i])) {
            i++;
        }
    }
    if (where & RIGHT) {
        while (j > i && STRIPPED(s[j - 1])) {
            j--;
        }
    }
#undef STRIPPED
    return same_or_new(self, s + i, j - i);
}

static HsObject *bm_strip(HsObject *self, HsObject *const *a, Hs_ssize_t n) {
    return strip_family(BOTH, "strip", self, a, n);
}
static HsObject *bm_lstrip(HsObject *self, HsObject *const *a, Hs_ssize_t n) {
    return strip_family(LEFT, "lstrip", self, a, n);
}
static HsObject *bm_rstrip(HsObject *self, HsObject *const *a, Hs_ssize_t n) {
    return strip_family(RIGHT, "rstrip", self, a, n);
}

/* The result length of replace(), or -1 with OverflowError. */
static Hs_ssize_t replace_count(const char *s, Hs_ssize_t len, const char *old, Hs_ssize_t m,
                                Hs_ssize_t maxcount) {
    if (m == 0) {
        return len + 1 < maxcount ? len + 1 : maxcount;
    }
    Hs_ssize_t c = 0;
    for (Hs_ssize_t i = find_in(s, 0, len, old, m); i >= 0 && c < maxcount;
         i = find_in(s, i + m, len, old, m)) {
        c++;
    }
    return c;
}

static HsObject *bm_replace(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("replace", nargs, 2, 3) < 0) {
        return NULL;
    }
    const char *s, *old, *new;
    Hs_ssize_t len, m, k, maxcount = -1;
    if (!hs_bytes_view_check(args[0], &old, &m)) {
        return hs_bytes_view(args[0], &old, &m) < 0 ? NULL : NULL;
    }
    if (!hs_bytes_view_check(args[1], &new, &k)) {
        return hs_bytes_view(args[1], &new, &k) < 0 ? NULL : NULL;
    }
    /* the count's __index__ may run code: take the buffer pointers after it */
    if ((nargs == 3 && ssize_arg(args[2], &maxcount) < 0)) {
        return NULL;
    }
    hs_bytes_view_check(args[0], &old, &m);
    hs_bytes_view_check(args[1], &new, &k);
    if (maxcount < 0) {
        maxcount = HS_SSIZE_T_MAX;
    }
    self_view(self, &s, &len);
    Hs_ssize_t count = replace_count(s, len, old, m, maxcount);
    if (count == 0) {
        return same_or_new(self, s, len);
    }
    if (k > m && count > (HS_SSIZE_T_MAX - len) / (k - m)) {
        return HsErr_Format(HsExc_OverflowError, "replace bytes is too long");
    }
    Hs_ssize_t total = len + count * (k - m);
    char *buf = hs_mem_malloc((size_t)total + 1);
    if (buf == NULL) {
        return HsErr_NoMemory();
    }
    Hs_ssize_t i = 0, at = 0;
    for (Hs_ssize_t done = 0; done < count; done++) {
        Hs_ssize_t pos = m == 0 ? i : find_in(s, i, len, old, m);
        memcpy(buf + at, s + i, (size_t)(pos - i));
        at += pos - i;
        memcpy(buf + at, new, (size_t)k);
        at += k;
        i = pos + m;
        if (m == 0 && i < len) {
            buf[at++] = s[i++];
        }
    }
    memcpy(buf + at, s + i, (size_t)(len - i));
    HsObject *r = hs_bytes_new_like(self, buf, total);
    hs_mem_free(buf);
    return r;
}

static HsObject *partition_family(int reverse, HsObject *self, HsObject *sepobj) {
    const char *s, *sep;
    Hs_ssize_t len, m;
    if (hs_bytes_view(sepobj, &sep, &m) < 0) {
        return NULL;
    }
    if (m == 0) {
        return HsErr_Format(HsExc_ValueError, "empty separator");
    }
    self_view(self, &s, &len);
    Hs_ssize_t pos = reverse ? rfind_in(s, 0, len, sep, m) : find_in(s, 0, len, sep, m);
    HsObject *a, *b, *c;
    if (pos < 0) {
        HsObject *whole = same_or_new(self, s, len);
        HsObject *e1 = hs_bytes_new_like(self, "", 0), *e2 = hs_bytes_new_like(self, "", 0);
        a = reverse ? e1 : whole;
        b = reverse ? e2 : e1;
        c = reverse ? whole : e2;
    } else {
        a = hs_bytes_new_like(self, s, pos);
        // bytes hands back the separator object itself (CPython: sep->obj); bytearray a copy
        b = HsByteArray_Check(self) ? hs_bytes_new_like(self, sep, m) : Hs_NewRef(sepobj);
        c = hs_bytes_new_like(self, s + pos + m, len - pos - m);
    }
    HsObject *r = a != NULL && b != NULL && c != NULL ? HsTuple_Pack(3, a, b, c) : NULL;
    Hs_XDECREF(a);
    Hs_XDECREF(b);
    Hs_XDECREF(c);
    return r;
}

static HsObject *bm_partition(HsObject *self, HsObject *sep) {
    return partition_family(0, self, sep);
}
static HsObject *bm_rpartition(HsObject *self, HsObject *sep) {
    return partition_family(1, self, sep);
}

static HsObject *remove_affix(int suffix, HsObject *self, HsObject *affix) {
    const char *s, *a;
    Hs_ssize_t len, m;
    if (hs_bytes_view(affix, &a, &m) < 0) {
        return NULL;
    }
    self_view(self, &s, &len);
    if (m > 0 && m <= len && memcmp(suffix ? s + len - m : s, a, (size_t)m) == 0) {
        return hs_bytes_new_like(self, suffix ? s : s + m, len - m);
    }
    return same_or_new(self, s, len);
}

static HsObject *bm_removeprefix(HsObject *self, HsObject *a) {
    return remove_affix(0, self, a);
}
static HsObject *bm_removesuffix(HsObject *self, HsObject *a) {
    return remove_affix(1, self, a);
}

/* ==== case mapping ==== */

enum { UPPER, LOWER, SWAPCASE, TITLE, CAPITALIZE };

static HsObject *case_map(int how, HsObject *self) {
    const char *s;
    Hs_ssize_t len;
    self_view(self, &s, &len);
    HsObject *r = hs_bytes_new_like(self, NULL, len);
    if (r == NULL || len == 0) {
        return r;
    }
    char *d = HsBytes_Check(r) ? HsBytes_AS_STRING(r) : HsByteArray_AS_STRING(r);
    int prev_cased = 0;
    for (Hs_ssize_t i = 0; i < len; i++) {
        int c = (unsigned char)s[i];
        switch (how) {
        case UPPER:
            c = TO_UPPER(c);
            break;
        case LOWER:
            c = TO_LOWER(c);
            break;
        case SWAPCASE:
            c = IS_UPPER(c) ? c + 32 : IS_LOWER(c) ? c - 32 : c;
            break;
        case TITLE:
            c = prev_cased ? TO_LOWER(c) : TO_UPPER(c);
            prev_cased = IS_ALPHA(c);
            break;
        default:
            c = i == 0 ? TO_UPPER(c) : TO_LOWER(c);
            break;
        }
        d[i] = (char)c;
    }
    return r;
}

static HsObject *bm_upper(HsObject *self, HsObject *u) {
    (void)u;
    return case_map(UPPER, self);
}
static HsObject *bm_lower(HsObject *self, HsObject *u) {
    (void)u;
    return case_map(LOWER, self);
}
static HsObject *bm_swapcase(HsObject *self, HsObject *u) {
    (void)u;
    return case_map(SWAPCASE, self);
}
static HsObject *bm_title(HsObject *self, HsObject *u) {
    (void)u;
    return case_map(TITLE, self);
}
static HsObject *bm_capitalize(HsObject *self, HsObject *u) {
    (void)u;
    return case_map(CAPITALIZE, self);
}

/* ==== padding ==== */

/* 'left' and 'right' bytes of 'fill' around self's bytes. CPython: pad(). */
static HsObject *pad(HsObject *self, Hs_ssize_t left, Hs_ssize_t right, char fill) {
    const char *s;
    Hs_ssize_t len;
    self_view(self, &s, &len);
    left = left < 0 ? 0 : left;
    right = right < 0 ? 0 : right;
    if (left == 0 && right == 0) {
        return same_or_new(self, s, len);
    }
    HsObject *r = hs_bytes_new_like(self, NULL, left + len + right);
    if (r == NULL) {
        return NULL;
    }
    self_view(self, &s, &len);
    char *d = HsBytes_Check(r) ? HsBytes_AS_STRING(r) : HsByteArray_AS_STRING(r);
    memset(d, fill, (size_t)left);
    memcpy(d + left, s, (size_t)len);
    memset(d + left + len, fill, (size_t)right);
    return r;
}

enum { CENTER, LJUST, RJUST };

static HsObject *justify(int how, const char *name, HsObject *self, HsObject *const *args,
                         Hs_ssize_t nargs) {
    if (hs_arg_check_positional(name, nargs, 1, 2) < 0) {
        return NULL;
    }
    Hs_ssize_t width;
    if (ssize_arg(args[0], &width) < 0) {
        return NULL;
    }
    char fill = ' ';
    if (nargs == 2) {
        const char *f;
        Hs_ssize_t fl;
        if (!(HsBytes_Check(args[1]) || HsByteArray_Check(args[1])) ||
            !hs_bytes_view_check(args[1], &f, &fl) || fl != 1) { // "c" converter: no views
            hs_arg_bad_argument(name, 2, NULL, "a byte string of length 1", args[1]);
            return NULL;
        }
        fill = f[0];
    }
    Hs_ssize_t len = Hs_SIZE(self);
    if (width <= len) {
        const char *s;
        self_view(self, &s, &len);
        return same_or_new(self, s, len);
    }
    Hs_ssize_t marg = width - len;
    if (how == LJUST) {
        return pad(self, 0, marg, fill);
    }
    if (how == RJUST) {
        return pad(self, marg, 0, fill);
    }
    Hs_ssize_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static HsObject *bm_center(HsObject *self, HsObject *const *a, Hs_ssize_t n) {
    return justify(CENTER, "center", self, a, n);
}
static HsObject *bm_ljust(HsObject *self, HsObject *const *a, Hs_ssize_t n) {
    return justify(LJUST, "ljust", self, a, n);
}
static HsObject *bm_rjust(HsObject *self, HsObject *const *a, Hs_ssize_t n) {
    return justify(RJUST, "rjust", self, a, n);
}

static HsObject *bm_zfill(HsObject *self, HsObject *arg) {
    Hs_ssize_t width;
    if (ssize_arg(arg, &width) < 0) {
        return NULL;
    }
    const char *s;
    Hs_ssize_t len;
    self_view(self, &s, &len);
    if (width <= len) {
        return same_or_new(self, s, len);
    }
    HsObject *r = pad(self, width - len, 0, '0');
    if (r == NULL) {
        return NULL;
    }
    char *d = HsBytes_Check(r) ? HsBytes_AS_STRING(r) : HsByteArray_AS_STRING(r);
    Hs_ssize_t fill = width - len;
    if (d[fill] == '+' || d[fill] == '-') {
        d[0] = d[fill];
        d[fill] = '0';
    }
    return r;
}

static HsObject *bm_expandtabs(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                               HsObject *kwnames) {
    static const char *const kwlist[] = {"tabsize", NULL};
    static const HsArgParser parser = {"expandtabs", kwlist};
    HsObject *out[1];
    Hs_ssize_t tabsize = 8;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 1, 0, out) < 0 ||
        (out[0] != NULL && int_arg(out[0], &tabsize) < 0)) {
        return NULL;
    }
    const char *s;
    Hs_ssize_t len, total = 0, col = 0;
    self_view(self, &s, &len);
    for (Hs_ssize_t i = 0; i < len; i++) {
        if (s[i] == '\t') {
            if (tabsize > 0) {
                Hs_ssize_t inc = tabsize - col % tabsize;
                if (total > HS_SSIZE_T_MAX - inc) {
                    return HsErr_Format(HsExc_OverflowError, "result too long");
                }
                total += inc;
                col += inc;
            }
        } else {
            total++;
            col = (s[i] == '\n' || s[i] == '\r') ? 0 : col + 1;
        }
    }
    HsObject *r = hs_bytes_new_like(self, NULL, total);
    if (r == NULL) {
        return NULL;
    }
    char *d = HsBytes_Check(r) ? HsBytes_AS_STRING(r) : HsByteArray_AS_STRING(r);
    Hs_ssize_t at = 0;
    col = 0;
    for (Hs_ssize_t i = 0; i < len; i++) {
        if (s[i] == '\t') {
            Hs_ssize_t inc = tabsize > 0 ? tabsize - col % tabsize : 0;
            memset(d + at, ' ', (size_t)inc);
            at += inc;
            col += inc;
        } else {
            d[at++] = s[i];
            col = (s[i] == '\n' || s[i] == '\r') ? 0 : col + 1;
        }
    }
    return r;
}

/* ==== predicates ==== */

enum { P_ALNUM, P_ALPHA, P_ASCII, P_DIGIT, P_LOWER, P_SPACE, P_TITLE, P_UPPER };

static int predicate_char(int which, int c) {
    switch (which) {
    case P_ALNUM:
        return IS_ALNUM(c);
    case P_ALPHA:
        return IS_ALPHA(c);
    case P_ASCII:
        return c < 128;
    case P_DIGIT:
        return IS_DIGIT(c);
    default:
        return IS_SPACE(c);
    }
}

/* istitle: uppercase only after uncased, lowercase only after cased, at least one cased. */
static int is_title(const unsigned char *s, Hs_ssize_t len) {
    int cased = 0, prev_cased = 0;
    for (Hs_ssize_t i = 0; i < len; i++) {
        if (IS_UPPER(s[i])) {
            if (prev_cased) {
                return 0;
            }
            prev_cased = cased = 1;
        } else if (IS_LOWER(s[i])) {
            if (!prev_cased) {
                return 0;
            }
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return cased;
}

static HsObject *predicate(int which, HsObject *self) {
    const char *p;
    Hs_ssize_t len;
    self_view(self, &p, &len);
    const unsigned char *s = (const unsigned char *)p;
    if (which == P_TITLE) {
        return HsBool_FromLong(is_title(s, len));
    }
    if (which == P_LOWER || which == P_UPPER) {
        int cased = 0;
        for (Hs_ssize_t i = 0; i < len; i++) {
            if (which == P_LOWER ? IS_UPPER(s[i]) : IS_LOWER(s[i])) {
                return HsBool_FromLong(0);
            }
            cased |= which == P_LOWER ? IS_LOWER(s[i]) : IS_UPPER(s[i]);
        }
        return HsBool_FromLong(cased);
    }
    if (len == 0) {
        return HsBool_FromLong(which == P_ASCII);
    }
    for (Hs_ssize_t i = 0; i < len; i++) {
        if (!predicate_char(which, s[i])) {
            return HsBool_FromLong(0);
        }
    }
    return HsBool_FromLong(1);
}

#define PREDICATE(fn, which)                                                                       \
    static HsObject *fn(HsObject *self, HsObject *u) {                                             \
        (void)u;                                                                                   \
        return predicate(which, self);                                                             \
    }
PREDICATE(bm_isalnum, P_ALNUM)
PREDICATE(bm_isalpha, P_ALPHA)
PREDICATE(bm_isascii, P_ASCII)
PREDICATE(bm_isdigit, P_DIGIT)
PREDICATE(bm_islower, P_LOWER)
PREDICATE(bm_isspace, P_SPACE)
PREDICATE(bm_istitle, P_TITLE)
PREDICATE(bm_isupper, P_UPPER)
#undef PREDICATE

/* ==== translate, maketrans, hex ==== */

static HsObject *bm_translate(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                              HsObject *kwnames) {
    static const char *const kwlist[] = {"", "delete", NULL};
    static const HsArgParser parser = {"translate", kwlist};
    HsObject *out[2];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 2, 1, out) < 0) {
        return NULL;
    }
    const char *table = NULL, *del = NULL, *s;
    Hs_ssize_t tlen = 0, dlen = 0, len;
    if (out[0] != Hs_None) {
        if (hs_bytes_view(out[0], &table, &tlen) < 0) {
            return NULL;
        }
        if (tlen != 256) {
            return HsErr_Format(HsExc_ValueError, "translation table must be 256 characters long");
        }
    }
    if (out[1] != NULL && hs_bytes_view(out[1], &del, &dlen) < 0) {
        return NULL;
    }
    self_view(self, &s, &len);
    char *buf = hs_mem_malloc((size_t)len + 1);
    if (buf == NULL) {
        return HsErr_NoMemory();
    }
    Hs_ssize_t at = 0;
    int changed = 0;
    for (Hs_ssize_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (dlen > 0 && memchr(del, c, (size_t)dlen) != NULL) {
            changed = 1;
            continue;
        }
        char t = table != NULL ? table[c] : (char)c;
        changed |= t != (char)c;
        buf[at++] = t;
    }
    HsObject *r = changed ? hs_bytes_new_like(self, buf, at) : same_or_new(self, s, len);
    hs_mem_free(buf);
    return r;
}

static HsObject *bm_maketrans(HsObject *unused, HsObject *const *args, Hs_ssize_t nargs) {
    (void)unused;
    if (hs_arg_check_positional("maketrans", nargs, 2, 2) < 0) {
        return NULL;
    }
    const char *frm, *to;
    Hs_ssize_t fl, tl;
    for (int i = 0; i < 2; i++) {
        if (hs_bytes_view(args[i], i ? &to : &frm, i ? &tl : &fl) < 0) {
            return NULL;
        }
    }
    if (fl != tl) {
        return HsErr_Format(HsExc_ValueError, "maketrans arguments must have same length");
    }
    HsObject *r = HsBytes_FromStringAndSize(NULL, 256);
    if (r == NULL) {
        return NULL;
    }
    char *d = HsBytes_AS_STRING(r);
    for (int i = 0; i < 256; i++) {
        d[i] = (char)i;
    }
    for (Hs_ssize_t i = 0; i < fl; i++) {
        d[(unsigned char)frm[i]] = to[i];
    }
    return r;
}

/* The separator argument of hex(): a str or bytes of one ASCII character. */
static int hex_sep(HsObject *o, char *sep) {
    const char *p;
    Hs_ssize_t n;
    if (HsUnicode_Check(o)) {
        if (HS_STR_LEN(o) != 1) {
            HsErr_SetString(HsExc_ValueError, "sep must be length 1.");
            return -1;
        }
        uint32_t c = HS_STR_READ_CHAR(o, 0);
        if (c > 127) {
            HsErr_SetString(HsExc_ValueError, "sep must be ASCII.");
            return -1;
        }
        *sep = (char)c;
        return 0;
    }
    if (!hs_bytes_view_check(o, &p, &n)) {
        HsErr_Format(HsExc_TypeError, "object of type '%.200s' has no len()", Hs_TYPE(o)->tp_name);
        return -1;
    }
    if (n != 1) {
        HsErr_SetString(HsExc_ValueError, "sep must be length 1.");
        return -1;
    }
    if ((unsigned char)p[0] > 127) {
        HsErr_SetString(HsExc_ValueError, "sep must be ASCII.");
        return -1;
    }
    *sep = p[0];
    return 0;
}

/* The hex string of s[0:len), with 'sep' every 'per' bytes (counted from the right when
 * per > 0, from the left when per < 0). CPython: _Py_strhex_impl. Return: new reference. */
static HsObject *strhex(const char *s, Hs_ssize_t len, char sep, Hs_ssize_t per) {
    static const char digits[] = "0123456789abcdef";
    Hs_ssize_t absper = per < 0 ? -per : per;
    Hs_ssize_t nsep = (sep != 0 && absper > 0 && len > 0) ? (len - 1) / absper : 0;
    HsObject *r = HsUnicode_New(len * 2 + nsep, 127);
    if (r == NULL) {
        return NULL;
    }
    char *d = (char *)HS_STR_1BYTE(r);
    Hs_ssize_t at = 0;
    for (Hs_ssize_t i = 0; i < len; i++) {
        if (nsep > 0 && i > 0) {
            Hs_ssize_t k = per > 0 ? len - i : i;
            if (k % absper == 0) {
                d[at++] = sep;
            }
        }
        d[at++] = digits[((unsigned char)s[i]) >> 4];
        d[at++] = digits[s[i] & 0xf];
    }
    return r;
}

static HsObject *bm_hex(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                        HsObject *kwnames) {
    static const char *const kwlist[] = {"sep", "bytes_per_sep", NULL};
    static const HsArgParser parser = {"hex", kwlist};
    HsObject *out[2];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 2, 0, out) < 0) {
        return NULL;
    }
    char sep = 0;
    Hs_ssize_t per = 1;
    if (out[1] != NULL) {
        int overflow = 0;
        HsObject *idx = HsNumber_Index(out[1]);
        if (idx == NULL) {
            return NULL;
        }
        per = (Hs_ssize_t)hs_int_as_longlong_and_overflow(idx, &overflow);
        Hs_DECREF(idx);
        if (overflow || per > 2147483647 || per < -2147483647) {
            return HsErr_Format(HsExc_OverflowError, "Python int too large to convert to C int");
        }
    }
    if (out[0] != NULL && hex_sep(out[0], &sep) < 0) {
        return NULL;
    }
    const char *s;
    Hs_ssize_t len;
    self_view(self, &s, &len);
    return strhex(s, len, sep, per);
}

/* ==== the methods only one type has, and the two method tables ==== */

static HsObject *bm_fromhex(HsObject *type, HsObject *string) {
    return hs_bytes_fromhex((HsTypeObject *)type, string);
}

/* bytearray.__sizeof__ (bytes has none of its own: object.__sizeof__ gives 33 + len). */
static HsObject *bm_sizeof(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsLong_FromSsize_t(hs_bytearray_sizeof(self));
}

static HsObject *bm_bytes(HsObject *self, HsObject *unused) {
    (void)unused;
    if (HsBytes_CheckExact(self)) {
        return Hs_NewRef(self);
    }
    return HsBytes_FromStringAndSize(HsBytes_AS_STRING(self), Hs_SIZE(self));
}

static HsObject *bm_getnewargs(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *copy = HsBytes_FromStringAndSize(HsBytes_AS_STRING(self), Hs_SIZE(self));
    if (copy == NULL) {
        return NULL;
    }
    HsObject *t = HsTuple_Pack(1, copy);
    Hs_DECREF(copy);
    return t;
}

#define FASTKW (HS_METH_FASTCALL | HS_METH_KEYWORDS)
/* The entries both types share (each table below repeats them after its own). */
#define SHARED_METHODS                                                                             \
    {"capitalize", bm_capitalize, HS_METH_NOARGS, NULL},                                           \
        {"center", HS_CFUNC(bm_center), HS_METH_FASTCALL, NULL},                                   \
        {"count", HS_CFUNC(bm_count), FASTKW, NULL},                                               \
        {"endswith", HS_CFUNC(bm_endswith), FASTKW, NULL},                                         \
        {"expandtabs", HS_CFUNC(bm_expandtabs), FASTKW, NULL},                                     \
        {"find", HS_CFUNC(bm_find), FASTKW, NULL}, {"hex", HS_CFUNC(bm_hex), FASTKW, NULL},        \
        {"index", HS_CFUNC(bm_index), FASTKW, NULL},                                               \
        {"isalnum", bm_isalnum, HS_METH_NOARGS, NULL},                                             \
        {"isalpha", bm_isalpha, HS_METH_NOARGS, NULL},                                             \
        {"isascii", bm_isascii, HS_METH_NOARGS, NULL},                                             \
        {"isdigit", bm_isdigit, HS_METH_NOARGS, NULL},                                             \
        {"islower", bm_islower, HS_METH_NOARGS, NULL},                                             \
        {"isspace", bm_isspace, HS_METH_NOARGS, NULL},                                             \
        {"istitle", bm_istitle, HS_METH_NOARGS, NULL},                                             \
        {"isupper", bm_isupper, HS_METH_NOARGS, NULL}, {"join", bm_join, HS_METH_O, NULL},         \
        {"ljust", HS_CFUNC(bm_ljust), HS_METH_FASTCALL, NULL},                                     \
        {"lower", bm_lower, HS_METH_NOARGS, NULL},                                                 \
        {"lstrip", HS_CFUNC(bm_lstrip), HS_METH_FASTCALL, NULL},                                   \
        {"maketrans", HS_CFUNC(bm_maketrans), HS_METH_FASTCALL | HS_METH_STATIC, NULL},            \
        {"partition", bm_partition, HS_METH_O, NULL},                                              \
        {"replace", HS_CFUNC(bm_replace), HS_METH_FASTCALL, NULL},                                 \
        {"removeprefix", bm_removeprefix, HS_METH_O, NULL},                                        \
        {"removesuffix", bm_removesuffix, HS_METH_O, NULL},                                        \
        {"rfind", HS_CFUNC(bm_rfind), FASTKW, NULL},                                               \
        {"rindex", HS_CFUNC(bm_rindex), FASTKW, NULL},                                             \
        {"rjust", HS_CFUNC(bm_rjust), HS_METH_FASTCALL, NULL},                                     \
        {"rpartition", bm_rpartition, HS_METH_O, NULL},                                            \
        {"rsplit", HS_CFUNC(bm_rsplit), FASTKW, NULL},                                             \
        {"rstrip", HS_CFUNC(bm_rstrip), HS_METH_FASTCALL, NULL},                                   \
        {"split", HS_CFUNC(bm_split), FASTKW, NULL},                                               \
        {"splitlines", HS_CFUNC(bm_splitlines), FASTKW, NULL},                                     \
        {"startswith", HS_CFUNC(bm_startswith), FASTKW, NULL},                                     \
        {"strip", HS_CFUNC(bm_strip), HS_METH_FASTCALL, NULL},                                     \
        {"swapcase", bm_swapcase, HS_METH_NOARGS, NULL},                                           \
        {"title", bm_title, HS_METH_NOARGS, NULL},                                                 \
        {"translate", HS_CFUNC(bm_translate), FASTKW, NULL},                                       \
        {"upper", bm_upper, HS_METH_NOARGS, NULL}, {"zfill", bm_zfill, HS_METH_O, NULL},

HsMethodDef hs_bytes_methods[] = {
    {"__bytes__", bm_bytes, HS_METH_NOARGS, NULL},
    {"__getnewargs__", bm_getnewargs, HS_METH_NOARGS, NULL},
    {"decode", HS_CFUNC(hs_bytes_decode_method), FASTKW, NULL},
    {"fromhex", bm_fromhex, HS_METH_O | HS_METH_CLASS, NULL},
    SHARED_METHODS{NULL, NULL, 0, NULL},
};

HsMethodDef hs_bytearray_methods[] = {
    {"__alloc__", hs_bytearray_alloc, HS_METH_NOARGS, NULL},
    {"__reduce__", hs_bytearray_reduce, HS_METH_NOARGS, "Return state information for pickling."},
    {"__reduce_ex__", HS_CFUNC(hs_bytearray_reduce_ex), HS_METH_FASTCALL,
     "Return state information for pickling."},
    {"__sizeof__", bm_sizeof, HS_METH_NOARGS, NULL},
    {"append", hs_bytearray_append, HS_METH_O, NULL},
    {"clear", hs_bytearray_clear, HS_METH_NOARGS, NULL},
    {"copy", hs_bytearray_copy, HS_METH_NOARGS, NULL},
    {"decode", HS_CFUNC(hs_bytes_decode_method), FASTKW, NULL},
    {"extend", hs_bytearray_extend, HS_METH_O, NULL},
    {"fromhex", bm_fromhex, HS_METH_O | HS_METH_CLASS, NULL},
    {"insert", HS_CFUNC(hs_bytearray_insert), HS_METH_FASTCALL, NULL},
    {"pop", HS_CFUNC(hs_bytearray_pop), HS_METH_FASTCALL, NULL},
    {"remove", hs_bytearray_remove, HS_METH_O, NULL},
    {"reverse", hs_bytearray_reverse, HS_METH_NOARGS, NULL},
    SHARED_METHODS{NULL, NULL, 0, NULL},
};
#undef SHARED_METHODS
#undef FASTKW

/* ==== internal API: helpers both types use ==== */

int hs_bytes_view_check(HsObject *o, const char **buf, Hs_ssize_t *len) {
    if (HsBytes_Check(o)) {
        *buf = HsBytes_AS_STRING(o);
        *len = Hs_SIZE(o);
        return 1;
    }
    if (HsByteArray_Check(o)) {
        *buf = HsByteArray_AS_STRING(o);
        *len = Hs_SIZE(o);
        return 1;
    }
    return hs_memoryview_contiguous(o, buf, len) || hs_buffer_exporter_view(o, buf, len);
}

int hs_bytes_view(HsObject *o, const char **buf, Hs_ssize_t *len) {
    if (hs_bytes_view_check(o, buf, len)) {
        return 0;
    }
    HsErr_Format(HsExc_TypeError, "a bytes-like object is required, not '%.100s'",
                 Hs_TYPE(o)->tp_name);
    return -1;
}

HsObject *hs_bytes_new_like(HsObject *self, const char *s, Hs_ssize_t len) {
    if (HsByteArray_Check(self)) {
        return HsByteArray_FromStringAndSize(s, len);
    }
    return HsBytes_FromStringAndSize(s, len);
}

int hs_bytes_byte_value(HsObject *o, int *value) {
    HsNumberMethods *nb = Hs_TYPE(o)->tp_as_number;
    if (!HsLong_Check(o) && (nb == NULL || nb->nb_index == NULL)) {
        HsErr_Format(HsExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     Hs_TYPE(o)->tp_name);
        return -1;
    }
    int overflow = 0;
    HsObject *idx = HsNumber_Index(o);
    if (idx == NULL) {
        return -1;
    }
    long long v = hs_int_as_longlong_and_overflow(idx, &overflow);
    Hs_DECREF(idx);
    if (overflow || v < 0 || v > 255) {
        HsErr_SetString(HsExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *value = (int)v;
    return 0;
}

int hs_bytes_contains_buf(const char *s, Hs_ssize_t len, HsObject *item) {
    const char *sub;
    Hs_ssize_t m;
    char byte;
    if (sub_arg(item, &sub, &m, &byte) < 0) {
        if (HsErr_ExceptionMatches(HsExc_TypeError) && !HsLong_Check(item)) {
            HsErr_Clear();
            HsErr_Format(HsExc_TypeError, "a bytes-like object is required, not '%.100s'",
                         Hs_TYPE(item)->tp_name);
        }
        return -1;
    }
    return find_in(s, 0, len, sub, m) >= 0;
}

int hs_bytes_compare_buf(const char *a, Hs_ssize_t alen, const char *b, Hs_ssize_t blen, int op) {
    if ((op == HS_EQ || op == HS_NE) && alen != blen) {
        return op == HS_NE;
    }
    Hs_ssize_t minlen = alen < blen ? alen : blen;
    int c = minlen > 0 ? memcmp(a, b, (size_t)minlen) : 0;
    if (c == 0) {
        c = alen < blen ? -1 : alen > blen ? 1 : 0;
    }
    switch (op) {
    case HS_LT:
        return c < 0;
    case HS_LE:
        return c <= 0;
    case HS_EQ:
        return c == 0;
    case HS_NE:
        return c != 0;
    case HS_GT:
        return c > 0;
    default:
        return c >= 0;
    }
}

HsObject *hs_bytes_get_slice(HsObject *self, Hs_ssize_t start, Hs_ssize_t step,
                             Hs_ssize_t slicelength) {
    const char *s;
    Hs_ssize_t len;
    self_view(self, &s, &len);
    if (step == 1) {
        return same_or_new(self, s + start, slicelength);
    }
    HsObject *r = hs_bytes_new_like(self, NULL, slicelength);
    if (r == NULL) {
        return NULL;
    }
    char *d = HsBytes_Check(r) ? HsBytes_AS_STRING(r) : HsByteArray_AS_STRING(r);
    for (Hs_ssize_t i = 0, at = start; i < slicelength; i++, at += step) {
        d[i] = s[at];
    }
    if (slicelength == 1 && HsBytes_Check(r)) {
        HsObject *one = HsBytes_FromStringAndSize(d, 1); /* the singleton */
        Hs_DECREF(r);
        return one;
    }
    return r;
}

int hs_bytes_collect_ints(HsObject *o, char **out, Hs_ssize_t *n) {
    Parts p = {NULL, 0, 0};
    *out = NULL;
    *n = 0;
    if (HsUnicode_Check(o)) { /* iterating a str yields strs: the first one is refused */
        if (HS_STR_LEN(o) == 0) {
            *out = hs_mem_malloc(1);
            return *out != NULL ? 0 : (HsErr_NoMemory(), -1);
        }
        HsErr_SetString(HsExc_TypeError, "'str' object cannot be interpreted as an integer");
        return -1;
    }
    if (!HsTuple_Check(o) && Hs_TYPE(o)->tp_iter == NULL &&
        (Hs_TYPE(o)->tp_as_sequence == NULL || Hs_TYPE(o)->tp_as_sequence->sq_item == NULL)) {
        return -2;
    }
    int rc = collect(o, &p);
    char *buf = rc == 0 ? hs_mem_malloc((size_t)p.n + 1) : NULL;
    if (rc == 0 && buf == NULL) {
        HsErr_NoMemory();
        rc = -1;
    }
    for (Hs_ssize_t i = 0; rc == 0 && i < p.n; i++) {
        int v;
        rc = hs_bytes_byte_value(p.items[i], &v);
        buf[i] = (char)v;
    }
    for (Hs_ssize_t i = 0; i < p.n; i++) {
        Hs_DECREF(p.items[i]);
    }
    if (rc < 0) {
        hs_mem_free(buf);
        hs_mem_free(p.items);
        return -1;
    }
    *out = buf;
    *n = p.n;
    hs_mem_free(p.items);
    return 0;
}

/* ==== internal API: slices and result lists ==== */

int hs_bytes_slice_unpack(HsObject *key, Hs_ssize_t length, Hs_ssize_t *start, Hs_ssize_t *step,
                          Hs_ssize_t *slicelength) {
    if (!HsSlice_Check(key)) {
        return 0;
    }
    Hs_ssize_t stop;
    if (hs_slice_unpack(key, start, &stop, step) < 0) {
        return -1;
    }
    *slicelength = hs_slice_adjust_indices(length, start, &stop, *step);
    return 1;
}

HsObject *hs_bytes_make_list(HsObject *const *items, Hs_ssize_t n) {
    HsObject *list = HsList_New(n);
    for (Hs_ssize_t i = 0; list != NULL && i < n; i++) {
        HS_LIST_SET(list, i, Hs_NewRef(items[i]));
    }
    return list;
}

int hs_bytes_flatten_args(HsObject *args, HsObject *kwds, HsObject **stack, Hs_ssize_t cap,
                          HsObject **kwnames) {
    Hs_ssize_t nargs = args != NULL ? Hs_SIZE(args) : 0;
    Hs_ssize_t nkw = kwds != NULL ? HsDict_Size(kwds) : 0;
    *kwnames = NULL;
    if (nargs + nkw > cap) {
        HsErr_Format(HsExc_TypeError, "too many arguments (%zd given)", nargs + nkw);
        return -1;
    }
    for (Hs_ssize_t i = 0; i < nargs; i++) {
        stack[i] = HS_TUPLE_GET(args, i);
    }
    if (nkw == 0) {
        return 0;
    }
    HsObject *names = HsTuple_New(nkw);
    if (names == NULL) {
        return -1;
    }
    Hs_ssize_t pos = 0, k = 0;
    HsObject *key, *value;
    while (HsDict_Next(kwds, &pos, &key, &value)) {
        HS_TUPLE_SET(names, k, Hs_NewRef(key));
        stack[nargs + k++] = value;
    }
    *kwnames = names;
    return 0;
}
