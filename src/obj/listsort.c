/* list.sort: a port of CPython 3.11's timsort (Objects/listobject.c, "listsort" and
 * Objects/listsort.txt): natural runs (descending ones reversed), short runs extended to
 * minrun by binary insertion, runs merged following 3.11's powersort rule, merge_lo /
 * merge_hi with galloping (min_gallop adapts), keys computed once when a key function is
 * given, reverse=True done by reversing before and after a stable sort (so it stays stable).
 * The pre-sort check picks a specialised comparison when all keys share a type (int, str,
 * tuples), as CPython does.
 * Invariants: while sorting, the list is made empty (ob_item NULL, allocated -1) so user
 * code run by comparisons cannot change the array being sorted; if it finds the list
 * changed afterwards the sort raises ValueError "list modified during sort". On error the
 * array still holds every item exactly once (a permutation), as CPython guarantees. */
#include "internal/hs_obj_list.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

/* ==== types ==== */

#define MAX_MERGE_PENDING 85 /* enough for 2**64 elements */
#define MIN_GALLOP 7
#define MERGESTATE_TEMP_SIZE 256

/* keys and, when a key function is used, the values moved in lockstep with them */
typedef struct {
    HsObject **keys;
    HsObject **values; /* NULL without a key function */
} sortslice;

struct s_slice {
    sortslice base;
    Hs_ssize_t len;
    int power; /* powersort node power of the boundary after this run */
};

typedef struct MergeState MergeState;
struct MergeState {
    Hs_ssize_t min_gallop;
    Hs_ssize_t listlen;
    HsObject **basekeys;
    sortslice a; /* temp space for merges */
    Hs_ssize_t alloced;
    int n; /* pending runs */
    struct s_slice pending[MAX_MERGE_PENDING];
    HsObject *temparray[MERGESTATE_TEMP_SIZE];
    int (*key_compare)(HsObject *, HsObject *, MergeState *);
    HsObject *(*key_richcompare)(HsObject *, HsObject *, int);
    int (*tuple_elem_compare)(HsObject *, HsObject *, MergeState *);
};

/* ISLT: 1 if x < y, 0 if not, -1 on error. */
#define ISLT(X, Y) (*(ms->key_compare))(X, Y, ms)
#define IFLT(X, Y)                                                                                 \
    if ((k = ISLT(X, Y)) < 0) {                                                                    \
        goto fail;                                                                                 \
    }                                                                                              \
    if (k)

/* ==== sortslice helpers ==== */

static void sortslice_copy(sortslice *s1, Hs_ssize_t i, sortslice *s2, Hs_ssize_t j) {
    s1->keys[i] = s2->keys[j];
    if (s1->values != NULL) {
        s1->values[i] = s2->values[j];
    }
}

static void sortslice_copy_incr(sortslice *dst, sortslice *src) {
    *dst->keys++ = *src->keys++;
    if (dst->values != NULL) {
        *dst->values++ = *src->values++;
    }
}

static void sortslice_copy_decr(sortslice *dst, sortslice *src) {
    *dst->keys-- = *src->keys--;
    if (dst->values != NULL) {
        *dst->values-- = *src->values--;
    }
}

static void sortslice_memcpy(sortslice *s1, Hs_ssize_t i, sortslice *s2, Hs_ssize_t j,
                             Hs_ssize_t n) {
    memcpy(&s1->keys[i], &s2->keys[j], sizeof(HsObject *) * (size_t)n);
    if (s1->values != NULL) {
        memcpy(&s1->values[i], &s2->values[j], sizeof(HsObject *) * (size_t)n);
    }
}

static void sortslice_memmove(sortslice *s1, Hs_ssize_t i, sortslice *s2, Hs_ssize_t j,
                              Hs_ssize_t n) {
    memmove(&s1->keys[i], &s2->keys[j], sizeof(HsObject *) * (size_t)n);
    if (s1->values != NULL) {
        memmove(&s1->values[i], &s2->values[j], sizeof(HsObject *) * (size_t)n);
    }
}

static void sortslice_advance(sortslice *slice, Hs_ssize_t n) {
    slice->keys += n;
    if (slice->values != NULL) {
        slice->values += n;
    }
}

static void reverse_sortslice(sortslice *s, Hs_ssize_t n) {
    hs_list_reverse_slice(s->keys, &s->keys[n]);
    if (s->values != NULL) {
        hs_list_reverse_slice(s->values, &s->values[n]);
    }
}

/* ==== comparisons (CPython: safe_object_compare and the unsafe_* family) ==== */

static int safe_object_compare(HsObject *v, HsObject *w, MergeState *ms) {
    (void)ms;
    return HsObject_RichCompareBool(v, w, HS_LT);
}

/* All keys have one type whose tp_richcompare is ms->key_richcompare. */
static int unsafe_object_compare(HsObject *v, HsObject *w, MergeState *ms) {
    if (Hs_TYPE(v)->tp_richcompare != ms->key_richcompare) {
        return HsObject_RichCompareBool(v, w, HS_LT);
    }
    HsObject *res_obj = ms->key_richcompare(v, w, HS_LT);
    if (res_obj == Hs_NotImplemented) {
        Hs_DECREF(res_obj);
        return HsObject_RichCompareBool(v, w, HS_LT);
    }
    if (res_obj == NULL) {
        return -1;
    }
    int res = HsBool_Check(res_obj) ? res_obj == Hs_True : HsObject_IsTrue(res_obj);
    Hs_DECREF(res_obj);
    return res;
}

/* All keys are exact str (CPython checks for latin-1 and uses memcmp; code-point order is
 * the same for every kind, so one comparison serves all). */
static int unsafe_str_compare(HsObject *v, HsObject *w, MergeState *ms) {
    (void)ms;
    return hs_str_compare(v, w) < 0;
}

/* All keys are exact ints of at most one digit. */
static int unsafe_long_compare(HsObject *v, HsObject *w, MergeState *ms) {
    (void)ms;
    return hs_int_compact_value(v) < hs_int_compact_value(w);
}

/* All keys are non-empty tuples; elements compared with EQ until they differ. */
static int unsafe_tuple_compare(HsObject *v, HsObject *w, MergeState *ms) {
    Hs_ssize_t vlen = Hs_SIZE(v), wlen = Hs_SIZE(w), i;
    for (i = 0; i < vlen && i < wlen; i++) {
        int k = HsObject_RichCompareBool(HS_TUPLE_GET(v, i), HS_TUPLE_GET(w, i), HS_EQ);
        if (k < 0) {
            return -1;
        }
        if (!k) {
            break;
        }
    }
    if (i >= vlen || i >= wlen) {
        return vlen < wlen;
    }
    if (i == 0) {
        return ms->tuple_elem_compare(HS_TUPLE_GET(v, i), HS_TUPLE_GET(w, i), ms);
    }
    return HsObject_RichCompareBool(HS_TUPLE_GET(v, i), HS_TUPLE_GET(w, i), HS_LT);
}

/* ==== runs and binary insertion ==== */

/* Sort [lo, hi) by binary insertion, knowing [lo, start) is sorted. Stable: equal elements
 * go after their equals. CPython: binarysort. */
static int binarysort(MergeState *ms, sortslice lo, HsObject **hi, HsObject **start) {
    Hs_ssize_t k;
    HsObject **l, **p, **r;
    HsObject *pivot;
    if (lo.keys == start) {
        ++start;
    }
    for (; start < hi; ++start) {
        l = lo.keys;
        r = start;
        pivot = *r;
        do {
            p = l + ((r - l) >> 1);
            IFLT(pivot, *p) {
                r = p;
            }
            else {
                l = p + 1;
            }
        } while (l < r);
        for (p = start; p > l; --p) {
            *p = *(p - 1);
        }
        *l = pivot;
        if (lo.values != NULL) {
            Hs_ssize_t offset = lo.values - lo.keys;
            p = start + offset;
            pivot = *p;
            l += offset;
            for (p = start + offset; p > l; --p) {
                *p = *(p - 1);
            }
            *l = pivot;
        }
    }
    return 0;
fail:
    return -1;
}

/* Length of the run starting at lo: non-descending, or strictly descending (*descending
 * set), so reversing a descending run keeps stability. CPython: count_run. */
static Hs_ssize_t count_run(MergeState *ms, HsObject **lo, HsObject **hi, int *descending) {
    Hs_ssize_t k, n;
    *descending = 0;
    ++lo;
    if (lo == hi) {
        return 1;
    }
    n = 2;
    IFLT(*lo, *(lo - 1)) {
        *descending = 1;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1)) {
                continue;
            }
            break;
        }
    }
    else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1)) {
                break;
            }
        }
    }
    return n;
fail:
    return -1;
}

/* ==== galloping ==== */

/* Where 'key' belongs in the sorted a[0:n], leftmost among equals, starting the search at
 * a[hint]. Returns k with a[k-1] < key <= a[k], or -1. CPython: gallop_left. */
static Hs_ssize_t gallop_left(MergeState *ms, HsObject *key, HsObject **a, Hs_ssize_t n,
                              Hs_ssize_t hint) {
    Hs_ssize_t ofs = 1, lastofs = 0, k;
    a += hint;
    IFLT(*a, key) {
        const Hs_ssize_t maxofs = n - hint; /* a[hint] < key: gallop right */
        while (ofs < maxofs) {
            IFLT(a[ofs], key) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            else {
                break;
            }
        }
        ofs = ofs > maxofs ? maxofs : ofs;
        lastofs += hint;
        ofs += hint;
    }
    else {
        const Hs_ssize_t maxofs = hint + 1; /* key <= a[hint]: gallop left */
        while (ofs < maxofs) {
            IFLT(*(a - ofs), key) {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs > maxofs ? maxofs : ofs;
        k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    a -= hint;
    ++lastofs; /* binary search with a[lastofs-1] < key <= a[ofs] */
    while (lastofs < ofs) {
        Hs_ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(a[m], key) {
            lastofs = m + 1;
        }
        else {
            ofs = m;
        }
    }
    return ofs;
fail:
    return -1;
}

/* As gallop_left, but rightmost among equals: a[k-1] <= key < a[k]. CPython: gallop_right */
static Hs_ssize_t gallop_right(MergeState *ms, HsObject *key, HsObject **a, Hs_ssize_t n,
                               Hs_ssize_t hint) {
    Hs_ssize_t ofs = 1, lastofs = 0, k;
    a += hint;
    IFLT(key, *a) {
        const Hs_ssize_t maxofs = hint + 1; /* key < a[hint]: gallop left */
        while (ofs < maxofs) {
            IFLT(key, *(a - ofs)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            else {
                break;
            }
        }
        ofs = ofs > maxofs ? maxofs : ofs;
        k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    else {
        const Hs_ssize_t maxofs = n - hint; /* a[hint] <= key: gallop right */
        while (ofs < maxofs) {
            IFLT(key, a[ofs]) {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs > maxofs ? maxofs : ofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        Hs_ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(key, a[m]) {
            ofs = m;
        }
        else {
            lastofs = m + 1;
        }
    }
    return ofs;
fail:
    return -1;
}

/* ==== merge state ==== */

static void merge_init(MergeState *ms, Hs_ssize_t list_size, int has_keyfunc, sortslice *lo) {
    if (has_keyfunc) {
        /* merges need at most half the list; the rest of temparray may hold the keys */
        ms->alloced = (list_size + 1) / 2;
        if (MERGESTATE_TEMP_SIZE / 2 < ms->alloced) {
            ms->alloced = MERGESTATE_TEMP_SIZE / 2;
        }
        ms->a.values = &ms->temparray[ms->alloced];
    } else {
        ms->alloced = MERGESTATE_TEMP_SIZE;
        ms->a.values = NULL;
    }
    ms->a.keys = ms->temparray;
    ms->n = 0;
    ms->min_gallop = MIN_GALLOP;
    ms->listlen = list_size;
    ms->basekeys = lo->keys;
}

static void merge_freemem(MergeState *ms) {
    if (ms->a.keys != ms->temparray) {
        hs_mem_free(ms->a.keys);
        ms->a.keys = NULL;
    }
}

/* Ensure room for 'need' temp keys (and values). CPython: merge_getmem. */
static int merge_getmem(MergeState *ms, Hs_ssize_t need) {
    if (need <= ms->alloced) {
        return 0;
    }
    int multiplier = ms->a.values != NULL ? 2 : 1;
    merge_freemem(ms); /* no realloc: the old contents don't matter */
    if ((size_t)need > (size_t)HS_SSIZE_T_MAX / sizeof(HsObject *) / (size_t)multiplier) {
        HsErr_NoMemory();
        return -1;
    }
    ms->a.keys = hs_mem_malloc((size_t)multiplier * (size_t)need * sizeof(HsObject *));
    if (ms->a.keys == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    ms->alloced = need;
    if (ms->a.values != NULL) {
        ms->a.values = &ms->a.keys[need];
    }
    return 0;
}

/* ==== merge_lo ==== */

/* Outcome of one phase of a merge. */
enum { PH_CONTINUE = 0, PH_SUCCEED = 1, PH_COPY = 2, PH_FAIL = -1 };

typedef struct {
    sortslice dest, ssa, ssb; /* merge_hi also uses basea/baseb */
    sortslice basea, baseb;
    Hs_ssize_t na, nb, min_gallop;
} MergeRun;

/* merge_lo's one-at-a-time phase, until a run wins min_gallop times in a row. */
static int lo_linear(MergeState *ms, MergeRun *m) {
    Hs_ssize_t acount = 0, bcount = 0;
    for (;;) {
        int k = ISLT(m->ssb.keys[0], m->ssa.keys[0]);
        if (k < 0) {
            return PH_FAIL;
        }
        if (k) {
            sortslice_copy_incr(&m->dest, &m->ssb);
            ++bcount;
            acount = 0;
            if (--m->nb == 0) {
                return PH_SUCCEED;
            }
            if (bcount >= m->min_gallop) {
                return PH_CONTINUE;
            }
        } else {
            sortslice_copy_incr(&m->dest, &m->ssa);
            ++acount;
            bcount = 0;
            if (--m->na == 1) {
                return PH_COPY;
            }
            if (acount >= m->min_gallop) {
                return PH_CONTINUE;
            }
        }
    }
}

/* merge_lo's galloping phase, until neither run wins MIN_GALLOP times. */
static int lo_gallop(MergeState *ms, MergeRun *m) {
    Hs_ssize_t acount, bcount, k;
    ++m->min_gallop;
    do {
        m->min_gallop -= m->min_gallop > 1;
        ms->min_gallop = m->min_gallop;
        k = gallop_right(ms, m->ssb.keys[0], m->ssa.keys, m->na, 0);
        acount = k;
        if (k) {
            if (k < 0) {
                return PH_FAIL;
            }
            sortslice_memcpy(&m->dest, 0, &m->ssa, 0, k);
            sortslice_advance(&m->dest, k);
            sortslice_advance(&m->ssa, k);
            m->na -= k;
            if (m->na == 1) {
                return PH_COPY;
            }
            if (m->na == 0) { /* only with an inconsistent comparison */
                return PH_SUCCEED;
            }
        }
        sortslice_copy_incr(&m->dest, &m->ssb);
        if (--m->nb == 0) {
            return PH_SUCCEED;
        }
        k = gallop_left(ms, m->ssa.keys[0], m->ssb.keys, m->nb, 0);
        bcount = k;
        if (k) {
            if (k < 0) {
                return PH_FAIL;
            }
            sortslice_memmove(&m->dest, 0, &m->ssb, 0, k);
            sortslice_advance(&m->dest, k);
            sortslice_advance(&m->ssb, k);
            m->nb -= k;
            if (m->nb == 0) {
                return PH_SUCCEED;
            }
        }
        sortslice_copy_incr(&m->dest, &m->ssa);
        if (--m->na == 1) {
            return PH_COPY;
        }
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    ++m->min_gallop; /* penalise leaving galloping mode */
    ms->min_gallop = m->min_gallop;
    return PH_CONTINUE;
}

/* Merge the adjacent runs ssa[0:na] and ssb[0:nb] in place, na <= nb, with ssa copied to
 * the temp area (ssa[0] > ssb[0] and ssa[na-1] > ssb[nb-1] on entry). CPython: merge_lo. */
static Hs_ssize_t merge_lo(MergeState *ms, sortslice ssa, Hs_ssize_t na, sortslice ssb,
                           Hs_ssize_t nb) {
    if (merge_getmem(ms, na) < 0) {
        return -1;
    }
    MergeRun m = {.na = na, .nb = nb};
    sortslice_memcpy(&ms->a, 0, &ssa, 0, na);
    m.dest = ssa;
    m.ssa = ms->a;
    m.ssb = ssb;
    sortslice_copy_incr(&m.dest, &m.ssb);
    int ph = PH_CONTINUE;
    if (--m.nb == 0) {
        ph = PH_SUCCEED;
    } else if (m.na == 1) {
        ph = PH_COPY;
    }
    m.min_gallop = ms->min_gallop;
    while (ph == PH_CONTINUE) {
        ph = lo_linear(ms, &m);
        if (ph == PH_CONTINUE) {
            ph = lo_gallop(ms, &m);
        }
    }
    if (ph == PH_COPY) {
        /* the last element of ssa belongs at the end of the merge */
        sortslice_memmove(&m.dest, 0, &m.ssb, 0, m.nb);
        sortslice_copy(&m.dest, m.nb, &m.ssa, 0);
        return 0;
    }
    if (m.na) {
        sortslice_memcpy(&m.dest, 0, &m.ssa, 0, m.na);
    }
    return ph == PH_SUCCEED ? 0 : -1;
}

/* ==== merge_hi ==== */

static int hi_linear(MergeState *ms, MergeRun *m) {
    Hs_ssize_t acount = 0, bcount = 0;
    for (;;) {
        int k = ISLT(m->ssb.keys[0], m->ssa.keys[0]);
        if (k < 0) {
            return PH_FAIL;
        }
        if (k) {
            sortslice_copy_decr(&m->dest, &m->ssa);
            ++acount;
            bcount = 0;
            if (--m->na == 0) {
                return PH_SUCCEED;
            }
            if (acount >= m->min_gallop) {
                return PH_CONTINUE;
            }
        } else {
            sortslice_copy_decr(&m->dest, &m->ssb);
            ++bcount;
            acount = 0;
            if (--m->nb == 1) {
                return PH_COPY;
            }
            if (bcount >= m->min_gallop) {
                return PH_CONTINUE;
            }
        }
    }
}

static int hi_gallop(MergeState *ms, MergeRun *m) {
    Hs_ssize_t acount, bcount, k;
    ++m->min_gallop;
    do {
        m->min_gallop -= m->min_gallop > 1;
        ms->min_gallop = m->min_gallop;
        k = gallop_right(ms, m->ssb.keys[0], m->basea.keys, m->na, m->na - 1);
        if (k < 0) {
            return PH_FAIL;
        }
        k = m->na - k;
        acount = k;
        if (k) {
            sortslice_advance(&m->dest, -k);
            sortslice_advance(&m->ssa, -k);
            sortslice_memmove(&m->dest, 1, &m->ssa, 1, k);
            m->na -= k;
            if (m->na == 0) {
                return PH_SUCCEED;
            }
        }
        sortslice_copy_decr(&m->dest, &m->ssb);
        if (--m->nb == 1) {
            return PH_COPY;
        }
        k = gallop_left(ms, m->ssa.keys[0], m->baseb.keys, m->nb, m->nb - 1);
        if (k < 0) {
            return PH_FAIL;
        }
        k = m->nb - k;
        bcount = k;
        if (k) {
            sortslice_advance(&m->dest, -k);
            sortslice_advance(&m->ssb, -k);
            sortslice_memcpy(&m->dest, 1, &m->ssb, 1, k);
            m->nb -= k;
            if (m->nb == 1) {
                return PH_COPY;
            }
            if (m->nb == 0) { /* only with an inconsistent comparison */
                return PH_SUCCEED;
            }
        }
        sortslice_copy_decr(&m->dest, &m->ssa);
        if (--m->na == 0) {
            return PH_SUCCEED;
        }
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    ++m->min_gallop;
    ms->min_gallop = m->min_gallop;
    return PH_CONTINUE;
}

/* As merge_lo, for na > nb: ssb goes to the temp area and the merge runs right to left.
 * CPython: merge_hi. */
static Hs_ssize_t merge_hi(MergeState *ms, sortslice ssa, Hs_ssize_t na, sortslice ssb,
                           Hs_ssize_t nb) {
    if (merge_getmem(ms, nb) < 0) {
        return -1;
    }
    MergeRun m = {.na = na, .nb = nb};
    m.dest = ssb;
    sortslice_advance(&m.dest, nb - 1);
    sortslice_memcpy(&ms->a, 0, &ssb, 0, nb);
    m.basea = ssa;
    m.baseb = ms->a;
    m.ssb.keys = ms->a.keys + nb - 1;
    m.ssb.values = ssb.values != NULL ? ms->a.values + nb - 1 : NULL;
    m.ssa = ssa;
    sortslice_advance(&m.ssa, na - 1);
    sortslice_copy_decr(&m.dest, &m.ssa);
    int ph = PH_CONTINUE;
    if (--m.na == 0) {
        ph = PH_SUCCEED;
    } else if (m.nb == 1) {
        ph = PH_COPY;
    }
    m.min_gallop = ms->min_gallop;
    while (ph == PH_CONTINUE) {
        ph = hi_linear(ms, &m);
        if (ph == PH_CONTINUE) {
            ph = hi_gallop(ms, &m);
        }
    }
    if (ph == PH_COPY) {
        /* the first element of ssb belongs at the front of the merge */
        sortslice_memmove(&m.dest, 1 - m.na, &m.ssa, 1 - m.na, m.na);
        sortslice_advance(&m.dest, -m.na);
        sortslice_advance(&m.ssa, -m.na);
        sortslice_copy(&m.dest, 0, &m.ssb, 0);
        return 0;
    }
    if (m.nb) {
        sortslice_memcpy(&m.dest, -(m.nb - 1), &m.baseb, 0, m.nb);
    }
    return ph == PH_SUCCEED ? 0 : -1;
}

/* ==== the run stack ==== */

/* Merge pending runs i and i+1. CPython: merge_at. */
static Hs_ssize_t merge_at(MergeState *ms, Hs_ssize_t i) {
    sortslice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
    Hs_ssize_t na = ms->pending[i].len, nb = ms->pending[i + 1].len, k;
    ms->pending[i].len = na + nb;
    if (i == ms->n - 3) {
        ms->pending[i + 1] = ms->pending[i + 2];
    }
    --ms->n;
    /* elements of a before where b[0] goes are already in place */
    k = gallop_right(ms, *ssb.keys, ssa.keys, na, 0);
    if (k < 0) {
        return -1;
    }
    sortslice_advance(&ssa, k);
    na -= k;
    if (na == 0) {
        return 0;
    }
    /* elements of b after where a[-1] goes are already in place */
    nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) {
        return nb;
    }
    return na <= nb ? merge_lo(ms, ssa, na, ssb, nb) : merge_hi(ms, ssa, na, ssb, nb);
}

/* Powersort's node power of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2)
 * in a list of n items. CPython 3.11: powerloop. */
static int powerloop(Hs_ssize_t s1, Hs_ssize_t n1, Hs_ssize_t n2, Hs_ssize_t n) {
    int result = 0;
    Hs_ssize_t a = 2 * s1 + n1; /* 2 * midpoint of the first run */
    Hs_ssize_t b = a + n1 + n2; /* 2 * midpoint of the second */
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

/* A run of n2 items was found after the last pending one: merge while the run below has a
 * greater power. CPython 3.11: found_new_run. */
static int found_new_run(MergeState *ms, Hs_ssize_t n2) {
    if (ms->n) {
        struct s_slice *p = ms->pending;
        Hs_ssize_t s1 = p[ms->n - 1].base.keys - ms->basekeys;
        Hs_ssize_t n1 = p[ms->n - 1].len;
        int power = powerloop(s1, n1, n2, ms->listlen);
        while (ms->n > 1 && p[ms->n - 2].power > power) {
            if (merge_at(ms, ms->n - 2) < 0) {
                return -1;
            }
        }
        p[ms->n - 1].power = power;
    }
    return 0;
}

static int merge_force_collapse(MergeState *ms) {
    struct s_slice *p = ms->pending;
    while (ms->n > 1) {
        Hs_ssize_t n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len) {
            --n;
        }
        if (merge_at(ms, n) < 0) {
            return -1;
        }
    }
    return 0;
}

/* minrun in [32, 64] such that n / minrun is a power of 2 or just under one.
 * CPython: merge_compute_minrun. */
static Hs_ssize_t merge_compute_minrun(Hs_ssize_t n) {
    Hs_ssize_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* ==== the sort ==== */

/* Pick ms->key_compare after checking what all the keys have in common (CPython's pre-sort
 * check in list_sort_impl). n > 1. */
static void choose_compare(MergeState *ms, HsObject **keys, Hs_ssize_t n) {
    int in_tuples = HsTuple_CheckExact(keys[0]) && Hs_SIZE(keys[0]) > 0;
    HsTypeObject *key_type = in_tuples ? Hs_TYPE(HS_TUPLE_GET(keys[0], 0)) : Hs_TYPE(keys[0]);
    int same_type = 1, ints_bounded = 1;
    for (Hs_ssize_t i = 0; i < n; i++) {
        if (in_tuples && !(HsTuple_CheckExact(keys[i]) && Hs_SIZE(keys[i]) != 0)) {
            in_tuples = 0;
            same_type = 0;
            break;
        }
        HsObject *key = in_tuples ? HS_TUPLE_GET(keys[i], 0) : keys[i];
        if (Hs_TYPE(key) != key_type) {
            same_type = 0;
            if (!in_tuples) {
                break;
            }
        }
        if (same_type && key_type == &HsLong_Type && !hs_int_is_compact(key)) {
            ints_bounded = 0;
        }
    }
    ms->key_compare = safe_object_compare;
    if (same_type) {
        if (key_type == &HsUnicode_Type) {
            ms->key_compare = unsafe_str_compare;
        } else if (key_type == &HsLong_Type && ints_bounded) {
            ms->key_compare = unsafe_long_compare;
        } else if ((ms->key_richcompare = key_type->tp_richcompare) != NULL) {
            ms->key_compare = unsafe_object_compare;
        }
    }
    if (in_tuples) {
        ms->tuple_elem_compare = key_type == &HsTuple_Type ? safe_object_compare : ms->key_compare;
        ms->key_compare = unsafe_tuple_compare;
    }
}


/* The run loop: find runs, extend short ones, merge per powersort. */
static int sort_runs(MergeState *ms, sortslice lo, Hs_ssize_t nremaining) {
    Hs_ssize_t minrun = merge_compute_minrun(nremaining);
    do {
        int descending;
        Hs_ssize_t n = count_run(ms, lo.keys, lo.keys + nremaining, &descending);
        if (n < 0) {
            return -1;
        }
        if (descending) {
            reverse_sortslice(&lo, n);
        }
        if (n < minrun) {
            const Hs_ssize_t force = nremaining <= minrun ? nremaining : minrun;
            if (binarysort(ms, lo, lo.keys + force, lo.keys + n) < 0) {
                return -1;
            }
            n = force;
        }
        if (found_new_run(ms, n) < 0) {
            return -1;
        }
        ms->pending[ms->n].base = lo;
        ms->pending[ms->n].len = n;
        ++ms->n;
        sortslice_advance(&lo, n);
        nremaining -= n;
    } while (nremaining);
    return merge_force_collapse(ms);
}

/* Compute keys[i] = keyfunc(items[i]); on error drop the ones made. */
static int compute_keys(HsObject *keyfunc, HsObject **items, HsObject **keys, Hs_ssize_t n) {
    for (Hs_ssize_t i = 0; i < n; i++) {
        keys[i] = HsObject_CallOneArg(keyfunc, items[i]);
        if (keys[i] == NULL) {
            while (--i >= 0) {
                Hs_DECREF(keys[i]);
            }
            return -1;
        }
    }
    return 0;
}

/* Put the saved array back; drop whatever user code put in the list meanwhile. */
static void restore_list(HsListObject *self, HsObject **items, Hs_ssize_t size,
                         Hs_ssize_t allocated) {
    HsObject **final_items = self->ob_item;
    Hs_ssize_t i = Hs_SIZE(self);
    Hs_SIZE(self) = size;
    self->ob_item = items;
    self->allocated = allocated;
    if (final_items != NULL) {
        while (--i >= 0) {
            Hs_XDECREF(final_items[i]);
        }
        hs_mem_free(final_items);
    }
}

int hs_list_sort_impl(HsObject *op, HsObject *keyfunc, int reverse) {
    HsListObject *self = (HsListObject *)op;
    MergeState ms;
    sortslice lo;
    HsObject **keys = NULL;
    int result = -1;
    if (keyfunc == Hs_None) {
        keyfunc = NULL;
    }
    /* empty the list while sorting, so comparisons can't touch the array */
    Hs_ssize_t saved_size = Hs_SIZE(self), saved_allocated = self->allocated;
    HsObject **saved_items = self->ob_item;
    Hs_SIZE(self) = 0;
    self->ob_item = NULL;
    self->allocated = -1;
    if (keyfunc == NULL) {
        lo.keys = saved_items;
        lo.values = NULL;
    } else {
        if (saved_size < MERGESTATE_TEMP_SIZE / 2) {
            keys = &ms.temparray[saved_size + 1]; /* stack space merges won't use */
        } else if ((keys = hs_mem_malloc(sizeof(HsObject *) * (size_t)saved_size)) == NULL) {
            HsErr_NoMemory();
            restore_list(self, saved_items, saved_size, saved_allocated);
            return -1;
        }
        if (compute_keys(keyfunc, saved_items, keys, saved_size) < 0) {
            if (saved_size >= MERGESTATE_TEMP_SIZE / 2) {
                hs_mem_free(keys);
            }
            restore_list(self, saved_items, saved_size, saved_allocated);
            return -1;
        }
        lo.keys = keys;
        lo.values = saved_items;
    }
    if (saved_size > 1) {
        choose_compare(&ms, lo.keys, saved_size);
    }
    merge_init(&ms, saved_size, keys != NULL, &lo);
    if (saved_size > 1) {
        if (reverse) {
            if (keys != NULL) {
                hs_list_reverse_slice(&keys[0], &keys[saved_size]);
            }
            hs_list_reverse_slice(&saved_items[0], &saved_items[saved_size]);
        }
        if (sort_runs(&ms, lo, saved_size) < 0) {
            goto fail;
        }
    }
    result = 0;
fail:
    if (keys != NULL) {
        for (Hs_ssize_t i = 0; i < saved_size; i++) {
            Hs_DECREF(keys[i]);
        }
        if (saved_size >= MERGESTATE_TEMP_SIZE / 2) {
            hs_mem_free(keys);
        }
    }
    if (self->allocated != -1 && result == 0) {
        HsErr_SetString(HsExc_ValueError, "list modified during sort");
        result = -1;
    }
    if (reverse && saved_size > 1) {
        hs_list_reverse_slice(saved_items, saved_items + saved_size);
    }
    merge_freemem(&ms);
    restore_list(self, saved_items, saved_size, saved_allocated);
    return result;
}
