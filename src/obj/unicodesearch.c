/* Searching in str (CPython: Objects/stringlib/fastsearch.h, find.h, count.h, partition.h
 * and replace()/tailmatch()/any_find_slice() in Objects/unicodeobject.c): the search
 * engine, find/rfind/index/rindex/count, startswith/endswith, replace, partition/rpartition,
 * `in`, plus the argument helpers (slice indices, ssize/int conversion) and the parts
 * collector the splitting methods share.
 * The engine never takes quadratic time: a one-code-point needle is a memchr/memrchr or a
 * plain scan; a needle of at most HORSPOOL_MAX code points goes through CPython's
 * default_find/default_rfind (Horspool with a 64-bit bloom filter: O(n * m) at worst, so
 * linear for such m); a longer needle in a 1-byte haystack goes forward through memmem
 * (two-way in glibc); everything else is Knuth-Morris-Pratt with its table built once.
 * Invariant: a needle wider than the haystack's kind cannot match (kinds are narrowest), so
 * the needle is always converted to the haystack's kind before comparing. */
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_strmeth.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_mem.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <limits.h>
#include <string.h>

/* ==== static helpers: the engine ==== */

#define RD(k, p, i) hs_str_read((k), (p), (i))

/* The needle's j-th code point in search order. */
static inline uint32_t nd_at(const HsStrSearch *s, Hs_ssize_t j) {
    return RD(s->kind, s->nd, s->dir > 0 ? j : s->m - 1 - j);
}

static int build_fail(HsStrSearch *s) {
    s->fail = hs_mem_raw_malloc((size_t)s->m * sizeof(Hs_ssize_t));
    if (s->fail == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    s->fail[0] = 0;
    Hs_ssize_t k = 0;
    for (Hs_ssize_t j = 1; j < s->m; j++) {
        uint32_t c = nd_at(s, j);
        while (k > 0 && nd_at(s, k) != c) {
            k = s->fail[k - 1];
        }
        if (nd_at(s, k) == c) {
            k++;
        }
        s->fail[j] = k;
    }
    return 0;
}

/* One code point: a direct scan (memchr/memrchr on 1-byte strings). */
static Hs_ssize_t search_one(const HsStrSearch *s, Hs_ssize_t lo, Hs_ssize_t hi) {
    uint32_t c = RD(s->kind, s->nd, 0);
    if (s->kind == HS_STR_1BYTE_KIND) {
        const uint8_t *h = s->hay;
        const uint8_t *p = s->dir > 0 ? memchr(h + lo, (int)c, (size_t)(hi - lo))
                                      : memrchr(h + lo, (int)c, (size_t)(hi - lo));
        return p == NULL ? -1 : p - h;
    }
    if (s->dir > 0) {
        for (Hs_ssize_t i = lo; i < hi; i++) {
            if (RD(s->kind, s->hay, i) == c) {
                return i;
            }
        }
    } else {
        for (Hs_ssize_t i = hi - 1; i >= lo; i--) {
            if (RD(s->kind, s->hay, i) == c) {
                return i;
            }
        }
    }
    return -1;
}

static Hs_ssize_t search_kmp(HsStrSearch *s, Hs_ssize_t lo, Hs_ssize_t hi) {
    if (s->fail == NULL && build_fail(s) < 0) {
        return -2;
    }
    Hs_ssize_t j = 0, n = hi - lo;
    for (Hs_ssize_t t = 0; t < n; t++) {
        Hs_ssize_t i = s->dir > 0 ? lo + t : hi - 1 - t;
        uint32_t c = RD(s->kind, s->hay, i);
        while (j > 0 && nd_at(s, j) != c) {
            j = s->fail[j - 1];
        }
        if (nd_at(s, j) == c) {
            j++;
        }
        if (j == s->m) {
            return s->dir > 0 ? i - s->m + 1 : i;
        }
    }
    return -1;
}

/* Needles of 2..HORSPOOL_MAX code points use the Horspool search below. */
#define HORSPOOL_MAX 32
#define BLOOM(mask, c) (((mask) >> ((c)&63)) & 1)

/* CPython's default_find (forward, dir > 0) and default_rfind (backward) for one kind,
 * on 'h' = hay + lo, n = hi - lo. Forward with 'count' set, it counts up to 'maxcount'
 * non-overlapping matches and returns how many; otherwise it returns the match's index in
 * 'h' or -1. The forward skip test reads h[n], which is inside the string or its NUL. */
#define HS_DEFINE_HORSPOOL(NAME, T)                                                                \
    static Hs_ssize_t NAME##_fwd(const T *h, Hs_ssize_t n, const HsStrSearch *s,                   \
                                 Hs_ssize_t maxcount, int count) {                                 \
        const T *p = s->nd;                                                                        \
        const Hs_ssize_t m = s->m, mlast = m - 1, w = n - m, gap = s->gap;                         \
        const uint64_t mask = s->bloom;                                                            \
        const T last = p[mlast], *ss = h + mlast;                                                  \
        Hs_ssize_t found = 0;                                                                      \
        for (Hs_ssize_t i = 0; i <= w; i++) {                                                      \
            if (ss[i] != last) {                                                                   \
                i += BLOOM(mask, ss[i + 1]) ? 0 : m;                                               \
                continue;                                                                          \
            }                                                                                      \
            Hs_ssize_t j = 0;                                                                      \
            while (j < mlast && h[i + j] == p[j]) {                                                \
                j++;                                                                               \
            }                                                                                      \
            if (j == mlast) {                                                                      \
                if (!count) {                                                                      \
                    return i;                                                                      \
                }                                                                                  \
                if (++found == maxcount) {                                                         \
                    return found;                                                                  \
                }                                                                                  \
                i += mlast;                                                                        \
                continue;                                                                          \
            }                                                                                      \
            i += BLOOM(mask, ss[i + 1]) ? gap : m;                                                 \
        }                                                                                          \
        return count ? found : -1;                                                                 \
    }                                                                                              \
    static Hs_ssize_t NAME##_bwd(const T *h, Hs_ssize_t n, const HsStrSearch *s) {                 \
        const T *p = s->nd;                                                                        \
        const Hs_ssize_t m = s->m, mlast = m - 1, skip = s->gap;                                   \
        const uint64_t mask = s->bloom;                                                            \
        for (Hs_ssize_t i = n - m; i >= 0; i--) {                                                  \
            if (h[i] != p[0]) {                                                                    \
                i -= i > 0 && !BLOOM(mask, h[i - 1]) ? m : 0;                                      \
                continue;                                                                          \
            }                                                                                      \
            Hs_ssize_t j = mlast;                                                                  \
            while (j > 0 && h[i + j] == p[j]) {                                                    \
                j--;                                                                               \
            }                                                                                      \
            if (j == 0) {                                                                          \
                return i;                                                                          \
            }                                                                                      \
            i -= i > 0 && !BLOOM(mask, h[i - 1]) ? m : skip;                                       \
        }                                                                                          \
        return -1;                                                                                 \
    }

HS_DEFINE_HORSPOOL(hp1, uint8_t)
HS_DEFINE_HORSPOOL(hp2, uint16_t)
HS_DEFINE_HORSPOOL(hp4, uint32_t)

/* The bloom mask and the shift after a failed candidate (CPython: 'gap' of default_find,
 * 'skip' of default_rfind), for the needle in the haystack's kind. */
static void horspool_prepare(HsStrSearch *s) {
    Hs_ssize_t mlast = s->m - 1;
    uint64_t mask = 0;
    for (Hs_ssize_t i = 0; i < s->m; i++) {
        mask |= (uint64_t)1 << (RD(s->kind, s->nd, i) & 63);
    }
    s->bloom = mask;
    s->gap = mlast;
    if (s->dir > 0) {
        uint32_t last = RD(s->kind, s->nd, mlast);
        for (Hs_ssize_t i = 0; i < mlast; i++) {
            if (RD(s->kind, s->nd, i) == last) {
                s->gap = mlast - i - 1;
            }
        }
    } else {
        uint32_t first = RD(s->kind, s->nd, 0);
        for (Hs_ssize_t i = mlast; i > 0; i--) {
            if (RD(s->kind, s->nd, i) == first) {
                s->gap = i - 1;
            }
        }
    }
}

/* Horspool over hay[lo:hi] (see HS_DEFINE_HORSPOOL): an index into hay or -1, or, with
 * 'count', the number of matches (at most 'maxcount'). */
static Hs_ssize_t search_horspool(const HsStrSearch *s, Hs_ssize_t lo, Hs_ssize_t hi,
                                  Hs_ssize_t maxcount, int count) {
    Hs_ssize_t n = hi - lo, r;
    const char *h = (const char *)s->hay + lo * s->kind;
    if (s->dir > 0) {
        r = s->kind == HS_STR_1BYTE_KIND   ? hp1_fwd((const uint8_t *)h, n, s, maxcount, count)
            : s->kind == HS_STR_2BYTE_KIND ? hp2_fwd((const uint16_t *)h, n, s, maxcount, count)
                                           : hp4_fwd((const uint32_t *)h, n, s, maxcount, count);
    } else {
        r = s->kind == HS_STR_1BYTE_KIND   ? hp1_bwd((const uint8_t *)h, n, s)
            : s->kind == HS_STR_2BYTE_KIND ? hp2_bwd((const uint16_t *)h, n, s)
                                           : hp4_bwd((const uint32_t *)h, n, s);
    }
    return count || r < 0 ? r : r + lo;
}

/* ==== internal API: the engine ==== */

int hs_strmeth_search_init(HsStrSearch *s, HsObject *hay, HsObject *needle, int dir) {
    memset(s, 0, sizeof *s);
    s->kind = HS_STR_KIND(hay);
    s->hay = HS_STR_DATA(hay);
    s->m = HS_STR_LEN(needle);
    s->dir = dir;
    int nk = HS_STR_KIND(needle);
    if (nk > s->kind) {
        s->impossible = 1;
        return 0;
    }
    if (nk == s->kind) {
        s->nd = HS_STR_DATA(needle);
    } else {
        s->nd_owned = hs_mem_raw_malloc((size_t)(s->m ? s->m : 1) * (size_t)s->kind);
        if (s->nd_owned == NULL) {
            HsErr_NoMemory();
            return -1;
        }
        for (Hs_ssize_t j = 0; j < s->m; j++) {
            hs_str_write(s->kind, s->nd_owned, j, HS_STR_READ_CHAR(needle, j));
        }
        s->nd = s->nd_owned;
    }
    if (s->m >= 2 && s->m <= HORSPOOL_MAX) {
        horspool_prepare(s);
    }
    return 0;
}

Hs_ssize_t hs_strmeth_search(HsStrSearch *s, Hs_ssize_t lo, Hs_ssize_t hi) {
    if (s->impossible || hi - lo < s->m) {
        return -1;
    }
    if (s->m == 1) {
        return search_one(s, lo, hi);
    }
    if (s->m <= HORSPOOL_MAX) {
        return search_horspool(s, lo, hi, 0, 0);
    }
    if (s->kind == HS_STR_1BYTE_KIND && s->dir > 0) {
        const uint8_t *h = s->hay;
        const uint8_t *p = memmem(h + lo, (size_t)(hi - lo), s->nd, (size_t)s->m);
        return p == NULL ? -1 : p - h;
    }
    return search_kmp(s, lo, hi);
}

void hs_strmeth_search_free(HsStrSearch *s) {
    hs_mem_raw_free(s->nd_owned);
    hs_mem_raw_free(s->fail);
    s->nd_owned = NULL;
    s->fail = NULL;
}

Hs_ssize_t hs_strmeth_count(HsObject *hay, HsObject *needle, Hs_ssize_t lo, Hs_ssize_t hi,
                            Hs_ssize_t maxcount) {
    Hs_ssize_t m = HS_STR_LEN(needle);
    if (m == 0) {
        Hs_ssize_t n = hi - lo < 0 ? 0 : hi - lo + 1;
        return n < maxcount ? n : maxcount;
    }
    HsStrSearch s;
    if (hs_strmeth_search_init(&s, hay, needle, 1) < 0) {
        return -1;
    }
    Hs_ssize_t count = 0;
    if (s.impossible || hi - lo < m) {
        maxcount = 0;
    } else if (m >= 2 && m <= HORSPOOL_MAX) {
        count = search_horspool(&s, lo, hi, maxcount, 1); // one pass, as CPython's FAST_COUNT
        maxcount = 0;
    }
    while (count < maxcount) {
        Hs_ssize_t at = hs_strmeth_search(&s, lo, hi);
        if (at == -2) {
            count = -1;
            break;
        }
        if (at < 0) {
            break;
        }
        count++;
        lo = at + m;
    }
    hs_strmeth_search_free(&s);
    return count;
}

/* ==== internal API: argument helpers ==== */

void hs_strmeth_adjust_indices(Hs_ssize_t *start, Hs_ssize_t *end, Hs_ssize_t len) {
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

int hs_strmeth_slice_index(HsObject *o, Hs_ssize_t *out) {
    return o == NULL || hs_slice_index(o, out) ? 0 : -1;
}

int hs_strmeth_as_ssize(HsObject *o, Hs_ssize_t *out) {
    HsObject *v = HsNumber_Index(o);
    if (v == NULL) {
        return -1;
    }
    Hs_ssize_t r = HsLong_AsSsize_t(v);
    Hs_DECREF(v);
    if (r == -1 && HsErr_Occurred()) {
        return -1;
    }
    *out = r;
    return 0;
}

int hs_strmeth_as_int(HsObject *o, int *out) {
    HsObject *v = HsNumber_Index(o);
    if (v == NULL) {
        return -1;
    }
    int overflow;
    long long r = hs_int_as_longlong_and_overflow(v, &overflow);
    Hs_DECREF(v);
    if (overflow != 0 || r > INT_MAX || r < INT_MIN) {
        HsErr_SetString(HsExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)r;
    return 0;
}

HsObject *hs_strmeth_slice(HsObject *s, Hs_ssize_t start, Hs_ssize_t end) {
    return HsUnicode_Substring(s, start, end);
}

/* ==== internal API: parts ==== */

void hs_strmeth_parts_init(HsStrParts *p) {
    p->items = NULL;
    p->len = p->cap = 0;
}

int hs_strmeth_parts_push(HsStrParts *p, HsObject *item) {
    if (item == NULL) {
        return -1;
    }
    if (p->len == p->cap) {
        Hs_ssize_t cap = p->cap ? p->cap * 2 : 8;
        HsObject **n = hs_mem_raw_realloc(p->items, (size_t)cap * sizeof(HsObject *));
        if (n == NULL) {
            Hs_DECREF(item);
            HsErr_NoMemory();
            return -1;
        }
        p->items = n;
        p->cap = cap;
    }
    p->items[p->len++] = item;
    return 0;
}

void hs_strmeth_parts_reverse(HsStrParts *p) {
    for (Hs_ssize_t i = 0, j = p->len - 1; i < j; i++, j--) {
        HsObject *t = p->items[i];
        p->items[i] = p->items[j];
        p->items[j] = t;
    }
}

HsObject *hs_strmeth_parts_finish(HsStrParts *p) {
    HsObject *r = HsList_New(p->len);
    if (r != NULL) {
        for (Hs_ssize_t i = 0; i < p->len; i++) {
            HS_LIST_SET(r, i, p->items[i]);
        }
        p->len = 0;
    }
    hs_strmeth_parts_discard(p);
    return r;
}

void hs_strmeth_parts_discard(HsStrParts *p) {
    for (Hs_ssize_t i = 0; i < p->len; i++) {
        Hs_DECREF(p->items[i]);
    }
    hs_mem_raw_free(p->items);
    hs_strmeth_parts_init(p);
}

/* ==== static helpers: methods ==== */

static int need_str(HsObject *o) {
    if (HsUnicode_Check(o)) {
        return 0;
    }
    HsErr_Format(HsExc_TypeError, "must be str, not %.100s", Hs_TYPE(o)->tp_name);
    return -1;
}

/* "O|OO:name" then the slice indices (CPython: parse_args_finds_unicode). 0 or -1. */
static int parse_finds(const char *name, HsObject *args, HsObject **sub, Hs_ssize_t *start,
                       Hs_ssize_t *end) {
    Hs_ssize_t n = Hs_SIZE(args);
    if (hs_arg_count_varargs(name, n, 1, 3) < 0) {
        return -1;
    }
    *sub = HS_TUPLE_GET(args, 0);
    *start = 0;
    *end = HS_SSIZE_T_MAX;
    if (n > 1 && hs_strmeth_slice_index(HS_TUPLE_GET(args, 1), start) < 0) {
        return -1;
    }
    if (n > 2 && hs_strmeth_slice_index(HS_TUPLE_GET(args, 2), end) < 0) {
        return -1;
    }
    return 0;
}

/* CPython: any_find_slice. -1 not found, -2 error. */
static Hs_ssize_t find_slice(HsObject *self, HsObject *sub, Hs_ssize_t start, Hs_ssize_t end,
                             int dir) {
    hs_strmeth_adjust_indices(&start, &end, HS_STR_LEN(self));
    Hs_ssize_t m = HS_STR_LEN(sub);
    if (end - start < m) {
        return -1;
    }
    if (m == 0) {
        return dir > 0 ? start : end;
    }
    HsStrSearch s;
    if (hs_strmeth_search_init(&s, self, sub, dir) < 0) {
        return -2;
    }
    Hs_ssize_t r = hs_strmeth_search(&s, start, end);
    hs_strmeth_search_free(&s);
    return r;
}

static HsObject *find_common(HsObject *self, HsObject *args, const char *name, int dir, int raise) {
    HsObject *sub;
    Hs_ssize_t start, end;
    if (parse_finds(name, args, &sub, &start, &end) < 0 || need_str(sub) < 0) {
        return NULL;
    }
    Hs_ssize_t r = find_slice(self, sub, start, end, dir);
    if (r == -2) {
        return NULL;
    }
    if (r == -1 && raise) {
        HsErr_SetString(HsExc_ValueError, "substring not found");
        return NULL;
    }
    return HsLong_FromSsize_t(r);
}

/* CPython: tailmatch. 1 match, 0 not, -1 error. */
static int tailmatch(HsObject *self, HsObject *sub, Hs_ssize_t start, Hs_ssize_t end, int dir) {
    hs_strmeth_adjust_indices(&start, &end, HS_STR_LEN(self));
    Hs_ssize_t m = HS_STR_LEN(sub);
    end -= m;
    if (end < start) {
        return 0;
    }
    if (m == 0) {
        return 1;
    }
    Hs_ssize_t at = dir < 0 ? start : end;
    if (HS_STR_KIND(sub) > HS_STR_KIND(self)) {
        return 0;
    }
    for (Hs_ssize_t j = 0; j < m; j++) {
        if (HS_STR_READ_CHAR(self, at + j) != HS_STR_READ_CHAR(sub, j)) {
            return 0;
        }
    }
    return 1;
}

/* startswith (dir < 0) / endswith (dir > 0). */
static HsObject *xwith(HsObject *self, HsObject *args, const char *name, int dir) {
    HsObject *sub;
    Hs_ssize_t start, end;
    if (parse_finds(name, args, &sub, &start, &end) < 0) {
        return NULL;
    }
    if (HsTuple_Check(sub)) {
        for (Hs_ssize_t i = 0; i < Hs_SIZE(sub); i++) {
            HsObject *p = HS_TUPLE_GET(sub, i);
            if (!HsUnicode_Check(p)) {
                return HsErr_Format(HsExc_TypeError,
                                    "tuple for %s must only contain str, not %.100s", name,
                                    Hs_TYPE(p)->tp_name);
            }
            if (tailmatch(self, p, start, end, dir)) {
                return Hs_NewRef(Hs_True);
            }
        }
        return Hs_NewRef(Hs_False);
    }
    if (!HsUnicode_Check(sub)) {
        return HsErr_Format(HsExc_TypeError,
                            "%s first arg must be str or a tuple of str, not %.100s", name,
                            Hs_TYPE(sub)->tp_name);
    }
    return Hs_NewRef(tailmatch(self, sub, start, end, dir) ? Hs_True : Hs_False);
}

/* ==== public API: find family ==== */

HsObject *hs_strmeth_find(HsObject *self, HsObject *args) {
    return find_common(self, args, "find", 1, 0);
}

HsObject *hs_strmeth_rfind(HsObject *self, HsObject *args) {
    return find_common(self, args, "rfind", -1, 0);
}

HsObject *hs_strmeth_index(HsObject *self, HsObject *args) {
    return find_common(self, args, "index", 1, 1);
}

HsObject *hs_strmeth_rindex(HsObject *self, HsObject *args) {
    return find_common(self, args, "rindex", -1, 1);
}

HsObject *hs_strmeth_count_meth(HsObject *self, HsObject *args) {
    HsObject *sub;
    Hs_ssize_t start, end;
    if (parse_finds("count", args, &sub, &start, &end) < 0 || need_str(sub) < 0) {
        return NULL;
    }
    hs_strmeth_adjust_indices(&start, &end, HS_STR_LEN(self));
    if (end - start < HS_STR_LEN(sub)) {
        return HsLong_FromSsize_t(0);
    }
    Hs_ssize_t n = hs_strmeth_count(self, sub, start, end, HS_SSIZE_T_MAX);
    return n < 0 ? NULL : HsLong_FromSsize_t(n);
}

HsObject *hs_strmeth_startswith(HsObject *self, HsObject *args) {
    return xwith(self, args, "startswith", -1);
}

HsObject *hs_strmeth_endswith(HsObject *self, HsObject *args) {
    return xwith(self, args, "endswith", 1);
}

int hs_strmeth_contains(HsObject *self, HsObject *sub) {
    if (!HsUnicode_Check(sub)) {
        HsErr_Format(HsExc_TypeError, "'in <string>' requires string as left operand, not %.100s",
                     Hs_TYPE(sub)->tp_name);
        return -1;
    }
    Hs_ssize_t r = find_slice(self, sub, 0, HS_STR_LEN(self), 1);
    return r == -2 ? -1 : r >= 0;
}

/* ==== public API: partition ==== */

static HsObject *partition(HsObject *self, HsObject *sep, int dir) {
    if (need_str(sep) < 0) {
        return NULL;
    }
    Hs_ssize_t n = HS_STR_LEN(self), m = HS_STR_LEN(sep);
    if (m == 0) {
        HsErr_SetString(HsExc_ValueError, "empty separator");
        return NULL;
    }
    HsStrSearch s;
    if (hs_strmeth_search_init(&s, self, sep, dir) < 0) {
        return NULL;
    }
    Hs_ssize_t at = hs_strmeth_search(&s, 0, n);
    hs_strmeth_search_free(&s);
    if (at == -2) {
        return NULL;
    }
    HsObject *empty = hs_str_empty();
    if (empty == NULL) {
        return NULL;
    }
    if (at < 0) {
        HsObject *r =
            dir > 0 ? HsTuple_Pack(3, self, empty, empty) : HsTuple_Pack(3, empty, empty, self);
        Hs_DECREF(empty);
        return r;
    }
    Hs_DECREF(empty);
    HsObject *a = HsUnicode_Substring(self, 0, at);
    HsObject *b = a ? HsUnicode_Substring(self, at + m, n) : NULL;
    HsObject *r = b ? HsTuple_Pack(3, a, sep, b) : NULL;
    Hs_XDECREF(a);
    Hs_XDECREF(b);
    return r;
}

HsObject *hs_strmeth_partition(HsObject *self, HsObject *sep) {
    return partition(self, sep, 1);
}

HsObject *hs_strmeth_rpartition(HsObject *self, HsObject *sep) {
    return partition(self, sep, -1);
}

/* ==== public API: replace ==== */

/* Insert 'new' before every code point and at the end, 'maxcount' times at most. */
static HsObject *replace_empty(HsObject *self, HsObject *new, Hs_ssize_t maxcount) {
    HsStrWriter w;
    hs_str_writer_init(&w);
    Hs_ssize_t n = HS_STR_LEN(self);
    for (Hs_ssize_t i = 0; i <= n; i++) {
        if (i < maxcount && hs_str_writer_str(&w, new) < 0) {
            goto error;
        }
        if (i < n && hs_str_writer_char(&w, HS_STR_READ_CHAR(self, i)) < 0) {
            goto error;
        }
    }
    return hs_str_writer_finish(&w);
error:
    hs_str_writer_discard(&w);
    return NULL;
}

/* Copy 'n' code points from (skind, src) to index 'at' of (dkind, dst), dkind >= skind. */
static void copy_units(int dkind, void *dst, Hs_ssize_t at, int skind, const void *src,
                       Hs_ssize_t n) {
    if (dkind == skind) {
        memcpy((char *)dst + at * dkind, src, (size_t)n * (size_t)dkind);
        return;
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        hs_str_write(dkind, dst, at + i, hs_str_read(skind, src, i));
    }
}

/* Up to 'maxcount' non-overlapping match positions of 'old' in 'self', into a new array
 * (*pos, caller frees); returns how many, or -1 with MemoryError. */
static Hs_ssize_t find_all(HsObject *self, HsObject *old, Hs_ssize_t maxcount, Hs_ssize_t **pos) {
    HsStrSearch s;
    Hs_ssize_t n = HS_STR_LEN(self), m = HS_STR_LEN(old), cnt = 0, cap = 0, at = 0;
    *pos = NULL;
    if (hs_strmeth_search_init(&s, self, old, 1) < 0) {
        return -1;
    }
    while (cnt < maxcount && (at = hs_strmeth_search(&s, at, n)) >= 0) {
        if (cnt == cap) {
            cap = cap ? cap * 2 : 16;
            Hs_ssize_t *p = hs_mem_raw_realloc(*pos, (size_t)cap * sizeof(Hs_ssize_t));
            if (p == NULL) {
                at = -2;
                HsErr_NoMemory();
                break;
            }
            *pos = p;
        }
        (*pos)[cnt++] = at;
        at += m;
    }
    hs_strmeth_search_free(&s);
    return at == -2 ? -1 : cnt;
}

/* Splice 'new' over the 'cnt' matches at 'pos' (CPython: replace()). The result is made
 * as wide as 'self' and 'new' need; only when 'old' may have held every one of the widest
 * code points is it narrowed again (by HsUnicode_FromKindAndData). */
static HsObject *splice(HsObject *self, HsObject *old, HsObject *new, const Hs_ssize_t *pos,
                        Hs_ssize_t cnt) {
    Hs_ssize_t n = HS_STR_LEN(self), m = HS_STR_LEN(old), k = HS_STR_LEN(new);
    if (k > m && cnt > (HS_SSIZE_T_MAX - n) / (k - m)) {
        HsErr_SetString(HsExc_OverflowError, "replace string is too long");
        return NULL;
    }
    Hs_ssize_t len = n + cnt * (k - m);
    if (len == 0) {
        return hs_str_empty();
    }
    uint32_t ms = hs_str_max_char_value(self), mn = k ? hs_str_max_char_value(new) : 0;
    HsObject *r = HsUnicode_New(len, ms > mn ? ms : mn);
    if (r == NULL) {
        return NULL;
    }
    int kind = HS_STR_KIND(r), skind = HS_STR_KIND(self), nkind = HS_STR_KIND(new);
    char *buf = HS_STR_DATA(r);
    const char *src = HS_STR_DATA(self);
    Hs_ssize_t at = 0, prev = 0;
    for (Hs_ssize_t i = 0; i < cnt; i++) {
        copy_units(kind, buf, at, skind, src + prev * skind, pos[i] - prev);
        at += pos[i] - prev;
        copy_units(kind, buf, at, nkind, HS_STR_DATA(new), k);
        at += k;
        prev = pos[i] + m;
    }
    copy_units(kind, buf, at, skind, src + prev * skind, n - prev);
    if (ms > mn && hs_str_max_char_value(old) == ms) {
        Hs_SETREF(r, HsUnicode_FromKindAndData(kind, buf, len));
    }
    return r;
}

/* Replace up to 'maxcount' code points 'u1' by 'u2' in the 1-byte buffer [s, end), starting
 * at 's', which holds the first u1 (CPython: stringlib replace_1char_inplace). When the count
 * cannot run out, eight bytes at a time: v = x ^ u1-in-every-byte has a zero byte exactly
 * where x holds u1, and ~(((v & 0x7f..) + 0x7f..) | v) & 0x80.. marks those bytes exactly
 * (no carries cross bytes); the marks widened to 0xff select u2. Otherwise byte by byte. */
static void replace_1char_ucs1(uint8_t *s, uint8_t *end, uint8_t u1, uint8_t u2,
                               Hs_ssize_t maxcount) {
    if (maxcount >= end - s) {
        const uint64_t ones = 0x0101010101010101u, low7 = ones * 0x7f, high = ones * 0x80;
        const uint64_t pat = ones * u1, rep = ones * u2;
        for (; end - s >= 8; s += 8) {
            uint64_t x;
            memcpy(&x, s, 8);
            uint64_t v = x ^ pat, t = ~(((v & low7) + low7) | v) & high;
            if (t != 0) {
                uint64_t m = (t >> 7) * 0xff;
                x = (x & ~m) | (rep & m);
                memcpy(s, &x, 8);
            }
        }
    }
    for (; s != end && maxcount > 0; s++) {
        if (*s == u1) {
            *s = u2;
            maxcount--;
        }
    }
}

/* The same on 'data' of any kind, from index 'pos' (which holds the first u1). */
static void replace_1char(int kind, void *data, Hs_ssize_t n, Hs_ssize_t pos, uint32_t u1,
                          uint32_t u2, Hs_ssize_t maxcount) {
    if (kind == HS_STR_1BYTE_KIND) {
        replace_1char_ucs1((uint8_t *)data + pos, (uint8_t *)data + n, (uint8_t)u1, (uint8_t)u2,
                           maxcount);
        return;
    }
    for (Hs_ssize_t i = pos; i < n && maxcount > 0; i++) {
        if (hs_str_read(kind, data, i) == u1) {
            hs_str_write(kind, data, i, u2);
            maxcount--;
        }
    }
}

/* replace() when 'old' and 'new' have the same length m > 0 (CPython: replace()'s
 * "same length" branch): copy 'self' once into a result of the final width and overwrite
 * the matches in place, with no position list and no per-match copies of the gaps. */
static HsObject *replace_same_len(HsObject *self, HsObject *old, HsObject *new,
                                  Hs_ssize_t maxcount) {
    Hs_ssize_t n = HS_STR_LEN(self), m = HS_STR_LEN(old);
    HsStrSearch s;
    if (hs_strmeth_search_init(&s, self, old, 1) < 0) {
        return NULL;
    }
    Hs_ssize_t at = hs_strmeth_search(&s, 0, n);
    if (at < 0) {
        hs_strmeth_search_free(&s);
        return at == -2 ? NULL : HsUnicode_Substring(self, 0, n);
    }
    uint32_t ms = hs_str_max_char_value(self), mn = hs_str_max_char_value(new);
    HsObject *r = HsUnicode_New(n, ms > mn ? ms : mn);
    if (r == NULL) {
        hs_strmeth_search_free(&s);
        return NULL;
    }
    int kind = HS_STR_KIND(r), nkind = HS_STR_KIND(new);
    char *buf = HS_STR_DATA(r);
    copy_units(kind, buf, 0, HS_STR_KIND(self), HS_STR_DATA(self), n);
    if (m == 1) {
        replace_1char(kind, buf, n, at, HS_STR_READ_CHAR(old, 0), HS_STR_READ_CHAR(new, 0),
                      maxcount);
    } else {
        while (at >= 0 && maxcount-- > 0) {
            copy_units(kind, buf, at, nkind, HS_STR_DATA(new), m);
            at = hs_strmeth_search(&s, at + m, n);
        }
    }
    hs_strmeth_search_free(&s);
    if (at == -2) {
        Hs_DECREF(r);
        return NULL;
    }
    if (ms > mn && hs_str_max_char_value(old) == ms) {
        Hs_SETREF(r, HsUnicode_FromKindAndData(kind, buf, n));
    }
    return r;
}

static HsObject *replace_impl(HsObject *self, HsObject *old, HsObject *new, Hs_ssize_t maxcount) {
    Hs_ssize_t n = HS_STR_LEN(self), m = HS_STR_LEN(old);
    if (maxcount < 0) {
        maxcount = HS_SSIZE_T_MAX;
    }
    if (maxcount == 0 || m > n || hs_str_eq(old, new)) {
        return HsUnicode_Substring(self, 0, n);
    }
    if (m == 0) {
        return replace_empty(self, new, maxcount);
    }
    if (m == HS_STR_LEN(new)) {
        return replace_same_len(self, old, new, maxcount);
    }
    Hs_ssize_t *pos;
    Hs_ssize_t cnt = find_all(self, old, maxcount, &pos);
    HsObject *r = cnt < 0    ? NULL
                  : cnt == 0 ? HsUnicode_Substring(self, 0, n)
                             : splice(self, old, new, pos, cnt);
    hs_mem_raw_free(pos);
    return r;
}

HsObject *hs_strmeth_replace(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("replace", nargs, 2, 3) < 0) {
        return NULL;
    }
    for (int i = 0; i < 2; i++) {
        if (!HsUnicode_Check(args[i])) {
            hs_arg_bad_argument("replace", i + 1, NULL, "str", args[i]);
            return NULL;
        }
    }
    Hs_ssize_t count = -1;
    if (nargs == 3 && hs_strmeth_as_ssize(args[2], &count) < 0) {
        return NULL;
    }
    return replace_impl(self, args[0], args[1], count);
}
