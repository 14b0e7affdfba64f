/* list.sort, modelled on CPython 3.11's list_sort_impl (Objects/listobject.c; the algorithm
 * is explained in CPython's Objects/listsort.txt and in docs/internals/list.md).
 * Timsort: the array is cut into natural runs (a strictly falling run is flipped in place),
 * runs shorter than the minimum length are grown by binary insertion, and the runs are
 * merged in the order powersort prescribes. A merge moves one entry per comparison until one
 * side keeps winning, then gallops (probes at growing distances, then bisects); the streak
 * needed to start galloping adapts to the data. Every comparison is the one CPython makes,
 * in the same order, so a user's __lt__ sees exactly CPython's sequence of calls.
 * Invariants: while sorting, the list object looks empty (no items, allocated -1), so code
 * run by a key or a comparison cannot reach the array; finding it changed afterwards raises
 * ValueError "list modified during sort". Whatever happens, the array ends as a permutation
 * of what it held. With a key function the keys are computed once, up front, and every move
 * of a key moves its item with it. */
#include "internal/hs_obj_list.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

/* ==== constants and types ==== */

#define SORT_MAX_RUNS 85       /* pending runs at most: powersort's stack for 2**64 entries */
#define SORT_MIN_GALLOP 7      /* first gallop threshold, and the burst that keeps galloping */
#define SORT_INLINE_SLOTS 256  /* scratch pointers held inside the Sorter (on the C stack) */

/* A place in the array being sorted. 'vals' is NULL without a key function; with one,
 * vals[i] is the list item whose key is keys[i], and every move applies to both arrays. */
typedef struct {
    HsObject **keys;
    HsObject **vals;
} SortSpan;

/* A sorted run waiting on the stack. Runs on the stack are adjacent, in array order. */
typedef struct {
    SortSpan first;   /* its first entry */
    Hs_ssize_t count;
    int depth;        /* powersort depth of the boundary between this run and the next */
} PendingRun;

typedef struct Sorter Sorter;

/* 1 if a < b, 0 if not, -1 with an exception set. */
typedef int (*SortLessFn)(Sorter *s, HsObject *a, HsObject *b);

struct Sorter {
    SortLessFn less;              /* picked by pick_less() from what all keys share */
    SortLessFn first_item_less;   /* tuple keys: the comparison for the items at index 0 */
    hs_richcmpfunc shared_richcmp; /* the tp_richcompare every key's type has */
    HsObject **origin;            /* keys[0] of the whole array; run offsets count from it */
    Hs_ssize_t total;             /* entries in the whole array */
    Hs_ssize_t gallop_threshold;  /* wins in a row that switch a merge to galloping */
    SortSpan scratch;             /* where a merge puts the run it copies aside */
    Hs_ssize_t scratch_cap;       /* entries the scratch can hold */
    int nruns;
    PendingRun runs[SORT_MAX_RUNS];
    HsObject *inline_buf[SORT_INLINE_SLOTS];
};

/* ==== spans ==== */

static inline SortSpan span_offset(SortSpan span, Hs_ssize_t by) {
    span.keys += by;
    if (span.vals != NULL) {
        span.vals += by;
    }
    return span;
}

/* Copy 'count' entries from 'src' to 'dst'; the two ranges may overlap. */
static void span_move(SortSpan dst, SortSpan src, Hs_ssize_t count) {
    size_t bytes = (size_t)count * sizeof(HsObject *);
    memmove(dst.keys, src.keys, bytes);
    if (dst.vals != NULL) {
        memmove(dst.vals, src.vals, bytes);
    }
}

static void span_flip(SortSpan span, Hs_ssize_t count) {
    hs_list_reverse_slice(span.keys, span.keys + count);
    if (span.vals != NULL) {
        hs_list_reverse_slice(span.vals, span.vals + count);
    }
}

/* Put arr[from] at arr[to] (to <= from), moving arr[to, from) up one place. */
static void slide_into(HsObject **arr, Hs_ssize_t to, Hs_ssize_t from) {
    HsObject *moving = arr[from];
    memmove(&arr[to + 1], &arr[to], (size_t)(from - to) * sizeof(HsObject *));
    arr[to] = moving;
}

/* ==== key comparisons (CPython: safe_object_compare and the unsafe_*_compare family) ==== */

/* Any two objects: the full rich-comparison protocol. */
static int less_generic(Sorter *s, HsObject *a, HsObject *b) {
    (void)s;
    return HsObject_RichCompareBool(a, b, HS_LT);
}

/* Keys of one type: call its tp_richcompare directly. A NotImplemented answer, or a type
 * whose slot was replaced meanwhile, falls back to the full protocol (which asks again). */
static int less_same_type(Sorter *s, HsObject *a, HsObject *b) {
    hs_richcmpfunc slot = Hs_TYPE(a)->tp_richcompare;
    if (slot == s->shared_richcmp) {
        HsObject *verdict = slot(a, b, HS_LT);
        if (verdict == NULL) {
            return -1;
        }
        if (verdict != Hs_NotImplemented) {
            int truth = HsBool_Check(verdict) ? verdict == Hs_True : HsObject_IsTrue(verdict);
            Hs_DECREF(verdict);
            return truth;
        }
        Hs_DECREF(verdict);
    }
    return HsObject_RichCompareBool(a, b, HS_LT);
}

/* Exact str keys. CPython takes this path for latin-1 strings only; code-point order is
 * the same for every kind, so it serves them all here. */
static int less_str(Sorter *s, HsObject *a, HsObject *b) {
    (void)s;
    return hs_str_compare(a, b) < 0;
}

/* Exact int keys, each of one digit. */
static int less_small_int(Sorter *s, HsObject *a, HsObject *b) {
    (void)s;
    return hs_int_compact_value(a) < hs_int_compact_value(b);
}

/* Non-empty exact tuples: skip the common prefix (asked with __eq__, as tuple ordering
 * does), then order by the first differing items, or by length if one is a prefix. */
static int less_tuple(Sorter *s, HsObject *a, HsObject *b) {
    Hs_ssize_t alen = Hs_SIZE(a), blen = Hs_SIZE(b);
    Hs_ssize_t common = alen < blen ? alen : blen;
    Hs_ssize_t at = 0;
    for (; at < common; at++) {
        int same = HsObject_RichCompareBool(HS_TUPLE_GET(a, at), HS_TUPLE_GET(b, at), HS_EQ);
        if (same < 0) {
            return -1;
        }
        if (!same) {
            break;
        }
    }
    if (at == common) {
        return alen < blen;
    }
    HsObject *x = HS_TUPLE_GET(a, at), *y = HS_TUPLE_GET(b, at);
    if (at > 0) {
        return HsObject_RichCompareBool(x, y, HS_LT); // only index 0 was vetted
    }
    return s->first_item_less(s, x, y);
}

/* Scan the n > 1 keys once and choose s->less (CPython's pre-sort check). Keys that are
 * all non-empty tuples are judged by their first items. */
static void pick_less(Sorter *s, HsObject **keys, Hs_ssize_t n) {
    HsObject *head = keys[0];
    int tuple_keys = HsTuple_CheckExact(head) && Hs_SIZE(head) > 0;
    HsTypeObject *shared = Hs_TYPE(tuple_keys ? HS_TUPLE_GET(head, 0) : head);
    int uniform = 1, all_compact = 1;
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsObject *probe = keys[i];
        if (tuple_keys) {
            if (!HsTuple_CheckExact(probe) || Hs_SIZE(probe) == 0) {
                tuple_keys = 0;
                uniform = 0;
                break;
            }
            probe = HS_TUPLE_GET(probe, 0);
        }
        if (Hs_TYPE(probe) != shared) {
            uniform = 0;
            if (!tuple_keys) {
                break; // tuple keys go on: every one must still be seen to be a tuple
            }
        } else if (uniform && shared == &HsLong_Type && !hs_int_is_compact(probe)) {
            all_compact = 0;
        }
    }
    SortLessFn chosen = less_generic;
    if (uniform) {
        if (shared == &HsUnicode_Type) {
            chosen = less_str;
        } else if (shared == &HsLong_Type && all_compact) {
            chosen = less_small_int;
        } else if (shared->tp_richcompare != NULL) {
            s->shared_richcmp = shared->tp_richcompare;
            chosen = less_same_type;
        }
    }
    if (tuple_keys) {
        // tuples whose first items are tuples: those items get the general comparison
        s->first_item_less = shared == &HsTuple_Type ? less_generic : chosen;
        chosen = less_tuple;
    }
    s->less = chosen;
}

/* ==== searching a sorted range ==== */

/* Does 'entry' belong before 'key'? With 'ties_first', an entry equal to the key does:
 * asked as "not key < entry"; otherwise as "entry < key". These are CPython's questions,
 * argument order included (gallop_right's and gallop_left's). 1, 0, or -1 on error. */
static int goes_first(Sorter *s, HsObject *entry, HsObject *key, int ties_first) {
    if (!ties_first) {
        return s->less(s, entry, key);
    }
    int key_smaller = s->less(s, key, entry);
    return key_smaller < 0 ? -1 : !key_smaller;
}

/* arr[lo, hi) is sorted and every entry before lo goes first, none from hi on: bisect for
 * the first entry of [lo, hi) that does not go before 'key'. Its index, or -1. */
static Hs_ssize_t bisect(Sorter *s, HsObject *key, HsObject **arr, Hs_ssize_t lo, Hs_ssize_t hi,
                         int ties_first) {
    while (lo < hi) {
        Hs_ssize_t mid = lo + ((hi - lo) >> 1);
        int first = goes_first(s, arr[mid], key, ties_first);
        if (first < 0) {
            return -1;
        }
        if (first) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return hi;
}

/* How many entries of the sorted arr[0, n) go before 'key' (see goes_first), searching out
 * from arr[hint]: probes at distances 1, 3, 7, 15, ... bracket the answer, then bisect()
 * finishes inside the bracket. Cheap when the answer is near the hint. -1 on error.
 * CPython: gallop_left (ties_first 0) and gallop_right (ties_first 1). */
static Hs_ssize_t gallop(Sorter *s, HsObject *key, HsObject **arr, Hs_ssize_t n, Hs_ssize_t hint,
                         int ties_first) {
    Hs_ssize_t lo, hi; // the answer is in [lo, hi]
    Hs_ssize_t dist = 1;
    int first = goes_first(s, arr[hint], key, ties_first);
    if (first < 0) {
        return -1;
    }
    if (first) {
        lo = hint + 1;
        hi = n;
        for (; dist < n - hint; dist = 2 * dist + 1) {
            int probe = goes_first(s, arr[hint + dist], key, ties_first);
            if (probe < 0) {
                return -1;
            }
            if (!probe) {
                hi = hint + dist;
                break;
            }
            lo = hint + dist + 1;
        }
    } else {
        lo = 0;
        hi = hint;
        for (; dist <= hint; dist = 2 * dist + 1) {
            int probe = goes_first(s, arr[hint - dist], key, ties_first);
            if (probe < 0) {
                return -1;
            }
            if (probe) {
                lo = hint - dist + 1;
                break;
            }
            hi = hint - dist;
        }
    }
    return bisect(s, key, arr, lo, hi, ties_first);
}

/* ==== building runs ==== */

/* The run at the start of keys[0, avail): the longest non-descending prefix, or, when
 * keys[1] < keys[0], the longest strictly descending one (*falling set). Strictness lets
 * a flip keep equal keys in order. Its length, or -1. CPython: count_run. */
static Hs_ssize_t run_length(Sorter *s, HsObject **keys, Hs_ssize_t avail, int *falling) {
    *falling = 0;
    if (avail < 2) {
        return avail;
    }
    int direction = s->less(s, keys[1], keys[0]);
    if (direction < 0) {
        return -1;
    }
    Hs_ssize_t len = 2;
    for (; len < avail; len++) {
        int drop = s->less(s, keys[len], keys[len - 1]);
        if (drop < 0) {
            return -1;
        }
        if (drop != direction) {
            break;
        }
    }
    *falling = direction;
    return len;
}

/* Extend the sorted prefix span[0, sorted) (sorted >= 1) to span[0, n): each next entry
 * is bisected into place after its equals, so the result is stable. -1 on error, the span
 * still a permutation. CPython: binarysort. */
static int insertion_extend(Sorter *s, SortSpan span, Hs_ssize_t sorted, Hs_ssize_t n) {
    HS_ASSERT(sorted >= 1);
    for (; sorted < n; sorted++) {
        Hs_ssize_t slot = bisect(s, span.keys[sorted], span.keys, 0, sorted, 1);
        if (slot < 0) {
            return -1;
        }
        slide_into(span.keys, slot, sorted);
        if (span.vals != NULL) {
            slide_into(span.vals, slot, sorted);
        }
    }
    return 0;
}

/* The minimum run length for n entries: n's six leading bits, plus one if any bit below
 * them is set. Between 32 and 64 for n >= 64, so n / result is a power of two or a little
 * under one. CPython: merge_compute_minrun. */
static Hs_ssize_t min_run_length(Hs_ssize_t n) {
    int shift = 0;
    while ((n >> shift) >= 64) {
        shift++;
    }
    Hs_ssize_t dropped = n & (((Hs_ssize_t)1 << shift) - 1);
    return (n >> shift) + (dropped != 0);
}

/* ==== scratch space ==== */

/* Scratch starts in the inline buffer. With a key function the buffer is shared: scratch
 * keys and items take at most its first half (a merge sets aside at most half of the
 * array), and a short list's keys live at its far end (see hs_list_sort_impl). */
static void sorter_init(Sorter *s, SortSpan whole, Hs_ssize_t n) {
    s->scratch.keys = s->inline_buf;
    s->scratch.vals = NULL;
    s->scratch_cap = SORT_INLINE_SLOTS;
    if (whole.vals != NULL) {
        Hs_ssize_t half = (n + 1) / 2;
        s->scratch_cap = half < SORT_INLINE_SLOTS / 2 ? half : SORT_INLINE_SLOTS / 2;
        s->scratch.vals = s->inline_buf + s->scratch_cap;
    }
    s->origin = whole.keys;
    s->total = n;
    s->gallop_threshold = SORT_MIN_GALLOP;
    s->nruns = 0;
}

/* Free a heap scratch block (NULL after a failed scratch_reserve: nothing to free). */
static void scratch_release(Sorter *s) {
    if (s->scratch.keys == s->inline_buf) {
        return;
    }
    if (s->scratch.keys != NULL) {
        hs_mem_free(s->scratch.keys);
    }
    s->scratch.keys = NULL;
    s->scratch_cap = 0;
}

/* Make the scratch hold 'need' entries. Its contents are dead between merges, so a new
 * block replaces the old one (no copy). -1 with MemoryError. CPython: merge_getmem. */
static int scratch_reserve(Sorter *s, Hs_ssize_t need) {
    if (need <= s->scratch_cap) {
        return 0;
    }
    int paired = s->scratch.vals != NULL;
    size_t entry_bytes = paired ? 2 * sizeof(HsObject *) : sizeof(HsObject *);
    scratch_release(s);
    if ((size_t)need > (size_t)HS_SSIZE_T_MAX / entry_bytes) {
        HsErr_NoMemory();
        return -1;
    }
    HsObject **block = hs_mem_malloc((size_t)need * entry_bytes);
    if (block == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    s->scratch.keys = block;
    s->scratch.vals = paired ? block + need : NULL;
    s->scratch_cap = need;
    return 0;
}

/* ==== merging two runs ==== */

/* One of the two runs being merged. */
typedef struct {
    SortSpan next;     /* the entry this run gives up next */
    Hs_ssize_t left;   /* its entries not yet placed */
} RunCursor;

/* A merge of adjacent runs 'a' (lower addresses) and 'b'. The shorter one is copied to the
 * scratch ('aside') and the output grows over the gap it leaves: from the low end upwards
 * (step +1, smallest first) when a is aside, from the high end downwards (step -1, largest
 * first) when b is. CPython: merge_lo and merge_hi, folded into one. */
typedef struct {
    RunCursor a, b;
    RunCursor *aside, *in_place;
    SortSpan out;         /* the next slot to fill */
    Hs_ssize_t step;
    Hs_ssize_t threshold; /* the gallop threshold while this merge runs */
} Merge;

/* Merge phase results. */
enum { MERGE_FAILED = -1, MERGE_SWITCH = 0, MERGE_ENDED = 1 };

/* Copy *src's first entry to *dst's, then advance both by 'step'. */
static inline void move_entry(SortSpan *dst, SortSpan *src, Hs_ssize_t step) {
    *dst->keys = *src->keys;
    dst->keys += step;
    src->keys += step;
    if (dst->vals != NULL) {
        *dst->vals = *src->vals;
        dst->vals += step;
        src->vals += step;
    }
}

static void pass_one(Merge *m, RunCursor *from) {
    move_entry(&m->out, &from->next, m->step);
    from->left--;
}

static void pass_block(Merge *m, RunCursor *from, Hs_ssize_t count) {
    if (count == 0) {
        return;
    }
    Hs_ssize_t back = m->step > 0 ? 0 : count - 1; // going down, the block ends at the cursor
    span_move(span_offset(m->out, -back), span_offset(from->next, -back), count);
    m->out = span_offset(m->out, m->step * count);
    from->next = span_offset(from->next, m->step * count);
    from->left -= count;
}

/* After 'run' gave up entries: is the merge over? It is when the in-place run is used up
 * (the rest of the aside run fills the gap), or when the aside run is down to its last
 * entry, which belongs at the far end of everything (run order guarantees it; an empty
 * aside run happens only with an inconsistent __lt__). */
static int merge_over(const Merge *m, const RunCursor *run) {
    return run == m->aside ? run->left <= 1 : run->left == 0;
}

/* Close the merge: a finished merge moves the in-place rest to the output, then the aside
 * rest after it; a failed one only puts the aside entries back into the gap, which leaves
 * the array a permutation. */
static void merge_finish(Merge *m, int outcome) {
    if (outcome != MERGE_FAILED) {
        pass_block(m, m->in_place, m->in_place->left);
    }
    pass_block(m, m->aside, m->aside->left);
}

/* How many entries at 'run''s moving end leave before 'key' does; 'ties_first' as for
 * goes_first. Going down these are the entries of the run that do not go before it. */
static Hs_ssize_t burst_length(Sorter *s, const Merge *m, const RunCursor *run, HsObject *key,
                               int ties_first) {
    if (m->step > 0) {
        return gallop(s, key, run->next.keys, run->left, 0, ties_first);
    }
    HsObject **low = run->next.keys - (run->left - 1);
    Hs_ssize_t below = gallop(s, key, low, run->left, run->left - 1, ties_first);
    return below < 0 ? -1 : run->left - below;
}

/* One entry per comparison, until a run wins m->threshold times in a row. Each side has
 * its own branch, and the cursors live in locals: choosing the side without a branch made
 * each comparison's loads wait for the previous one's, and large merges ran at half speed. */
static int merge_by_one(Sorter *s, Merge *m) {
    const Hs_ssize_t step = m->step;
    const int down = step < 0;
    const Hs_ssize_t a_floor = !down, b_floor = down; // the aside run ends at 1, in-place at 0
    const Hs_ssize_t threshold = m->threshold;
    SortSpan a = m->a.next, b = m->b.next, out = m->out;
    Hs_ssize_t na = m->a.left, nb = m->b.left;
    Hs_ssize_t streak = 0; // b's wins in a row if > 0, a's (negated) if < 0
    int outcome;
    for (;;) {
        int b_smaller = s->less(s, b.keys[0], a.keys[0]);
        if (b_smaller < 0) {
            outcome = MERGE_FAILED;
            break;
        }
        /* going up the smaller entry leaves first, going down the larger; on a tie a's entry
         * goes up first or b's goes down first, so equal keys keep their order */
        if (b_smaller ^ down) {
            move_entry(&out, &b, step);
            if (--nb <= b_floor) {
                outcome = MERGE_ENDED;
                break;
            }
            streak = streak > 0 ? streak + 1 : 1;
            if (streak >= threshold) {
                outcome = MERGE_SWITCH;
                break;
            }
        } else {
            move_entry(&out, &a, step);
            if (--na <= a_floor) {
                outcome = MERGE_ENDED;
                break;
            }
            streak = streak < 0 ? streak - 1 : -1;
            if (-streak >= threshold) {
                outcome = MERGE_SWITCH;
                break;
            }
        }
    }
    m->a.next = a;
    m->b.next = b;
    m->out = out;
    m->a.left = na;
    m->b.left = nb;
    return outcome;
}

/* Galloping: each round moves a burst of a's entries, one of b's, a burst of b's, one of
 * a's; it stops when neither burst reaches SORT_MIN_GALLOP. The threshold drops by one per
 * round (not below 1) and rises by one on the way out, so data that gallops well keeps
 * galloping sooner. The sorter sees each new value (it carries over to later merges). */
static int merge_galloping(Sorter *s, Merge *m) {
    Hs_ssize_t a_burst, b_burst;
    m->threshold++;
    do {
        if (m->threshold > 1) {
            m->threshold--;
        }
        s->gallop_threshold = m->threshold;
        a_burst = burst_length(s, m, &m->a, m->b.next.keys[0], 1);
        if (a_burst < 0) {
            return MERGE_FAILED;
        }
        pass_block(m, &m->a, a_burst);
        if (merge_over(m, &m->a)) {
            return MERGE_ENDED;
        }
        pass_one(m, &m->b);
        if (merge_over(m, &m->b)) {
            return MERGE_ENDED;
        }
        b_burst = burst_length(s, m, &m->b, m->a.next.keys[0], 0);
        if (b_burst < 0) {
            return MERGE_FAILED;
        }
        pass_block(m, &m->b, b_burst);
        if (merge_over(m, &m->b)) {
            return MERGE_ENDED;
        }
        pass_one(m, &m->a);
        if (merge_over(m, &m->a)) {
            return MERGE_ENDED;
        }
    } while (a_burst >= SORT_MIN_GALLOP || b_burst >= SORT_MIN_GALLOP);
    m->threshold++;
    s->gallop_threshold = m->threshold;
    return MERGE_SWITCH;
}

/* Merge the adjacent sorted runs a[0, na) and b[0, nb) in place, given b[0] < a[0] and
 * b[nb-1] < a[na-1] (merge_pair trimmed them so). 0, or -1 with the array a permutation. */
static int merge_runs(Sorter *s, SortSpan a, Hs_ssize_t na, SortSpan b, Hs_ssize_t nb) {
    int upward = na <= nb;
    Hs_ssize_t set_aside = upward ? na : nb;
    if (scratch_reserve(s, set_aside) < 0) {
        return -1;
    }
    span_move(s->scratch, upward ? a : b, set_aside);
    Merge m;
    m.a.left = na;
    m.b.left = nb;
    m.threshold = s->gallop_threshold;
    if (upward) {
        m.step = 1;
        m.out = a;
        m.a.next = s->scratch;
        m.b.next = b;
        m.aside = &m.a;
        m.in_place = &m.b;
    } else {
        m.step = -1;
        m.out = span_offset(b, nb - 1);
        m.a.next = span_offset(a, na - 1);
        m.b.next = span_offset(s->scratch, nb - 1);
        m.aside = &m.b;
        m.in_place = &m.a;
    }
    pass_one(&m, m.in_place); // the preconditions say its end entry leaves first
    int outcome = MERGE_SWITCH;
    if (merge_over(&m, m.in_place) || m.aside->left == 1) {
        outcome = MERGE_ENDED;
    }
    while (outcome == MERGE_SWITCH) {
        outcome = merge_by_one(s, &m);
        if (outcome == MERGE_SWITCH) {
            outcome = merge_galloping(s, &m);
        }
    }
    merge_finish(&m, outcome);
    return outcome == MERGE_FAILED ? -1 : 0;
}

/* ==== the run stack ==== */

/* Merge runs[i] and runs[i+1] into runs[i]; i is the top pair or the pair below it.
 * CPython: merge_at. */
static int merge_pair(Sorter *s, int i) {
    SortSpan a = s->runs[i].first, b = s->runs[i + 1].first;
    Hs_ssize_t na = s->runs[i].count, nb = s->runs[i + 1].count;
    s->runs[i].count = na + nb;
    for (int j = i + 1; j + 1 < s->nruns; j++) {
        s->runs[j] = s->runs[j + 1];
    }
    s->nruns--;
    // a's entries up to b[0] (equals included) are already in their final places...
    Hs_ssize_t settled = gallop(s, b.keys[0], a.keys, na, 0, 1);
    if (settled < 0) {
        return -1;
    }
    a = span_offset(a, settled);
    na -= settled;
    if (na == 0) {
        return 0;
    }
    // ...and so are b's entries from a's last one (equals included) on
    nb = gallop(s, a.keys[na - 1], b.keys, nb, nb - 1, 0);
    if (nb <= 0) {
        return (int)nb;
    }
    return merge_runs(s, a, na, b, nb);
}

/* Powersort depth of the boundary between adjacent runs [start, start + n1) and
 * [start + n1, start + n1 + n2) of a 'total'-entry array: the position of the first binary
 * digit where the runs' midpoints, as fractions of the array, differ. The sums below are
 * twice the midpoints, compared against 2 * total one digit at a time. CPython: powerloop. */
static int boundary_depth(Hs_ssize_t start, Hs_ssize_t n1, Hs_ssize_t n2, Hs_ssize_t total) {
    Hs_ssize_t mid1 = 2 * start + n1;
    Hs_ssize_t mid2 = mid1 + n1 + n2;
    int depth = 1;
    for (;; depth++) {
        int digit1 = mid1 >= total, digit2 = mid2 >= total;
        if (digit1 != digit2) {
            return depth;
        }
        if (digit1) {
            mid1 -= total;
            mid2 -= total;
        }
        mid1 <<= 1;
        mid2 <<= 1;
    }
}

/* Push the run span[0, count), which starts where the top run ends. First, pending runs
 * whose right boundary is deeper than the new run's left boundary are merged (top pair
 * first), which keeps the stack's depths increasing upwards. CPython 3.11: found_new_run
 * and the push that follows it. */
static int push_run(Sorter *s, SortSpan span, Hs_ssize_t count) {
    if (s->nruns > 0) {
        const PendingRun *top = &s->runs[s->nruns - 1];
        int depth = boundary_depth(top->first.keys - s->origin, top->count, count, s->total);
        while (s->nruns > 1 && s->runs[s->nruns - 2].depth > depth) {
            if (merge_pair(s, s->nruns - 2) < 0) {
                return -1;
            }
        }
        s->runs[s->nruns - 1].depth = depth;
    }
    HS_ASSERT(s->nruns < SORT_MAX_RUNS);
    PendingRun *slot = &s->runs[s->nruns++];
    slot->first = span;
    slot->count = count;
    slot->depth = 0;
    return 0;
}

/* At the end, merge the stack down to one run: the top pair each time, except that the
 * pair below goes first when the run under it is shorter than the top run.
 * CPython: merge_force_collapse. */
static int collapse_all(Sorter *s) {
    while (s->nruns > 1) {
        int i = s->nruns - 2;
        if (i > 0 && s->runs[i - 1].count < s->runs[i + 1].count) {
            i--;
        }
        if (merge_pair(s, i) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Sort span[0, n), n > 1: walk it once left to right, taking each natural run (flipped if
 * falling, extended to the minimum length if short) onto the stack, then merge it down. */
static int sort_span(Sorter *s, SortSpan span, Hs_ssize_t n) {
    Hs_ssize_t min_run = min_run_length(n);
    Hs_ssize_t done = 0;
    while (done < n) {
        SortSpan here = span_offset(span, done);
        Hs_ssize_t avail = n - done;
        int falling;
        Hs_ssize_t len = run_length(s, here.keys, avail, &falling);
        if (len < 0) {
            return -1;
        }
        if (falling) {
            span_flip(here, len);
        }
        if (len < min_run) {
            Hs_ssize_t grown = avail < min_run ? avail : min_run;
            if (insertion_extend(s, here, len, grown) < 0) {
                return -1;
            }
            len = grown;
        }
        if (push_run(s, here, len) < 0) {
            return -1;
        }
        done += len;
    }
    return collapse_all(s);
}

/* ==== the list ==== */

/* Fill keys[i] = keyfunc(items[i]) in order. -1 on error, with the keys made so far
 * released (last first). */
static int compute_keys(HsObject *keyfunc, HsObject **items, HsObject **keys, Hs_ssize_t n) {
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsObject *key = HsObject_CallOneArg(keyfunc, items[i]);
        if (key == NULL) {
            while (i > 0) {
                Hs_DECREF(keys[--i]);
            }
            return -1;
        }
        keys[i] = key;
    }
    return 0;
}

/* Give the list back its items, dropping (last first) whatever user code stored in it
 * while it was hidden. */
static void reattach_items(HsListObject *self, HsObject **items, Hs_ssize_t size,
                           Hs_ssize_t capacity) {
    HsObject **intruders = self->ob_item;
    Hs_ssize_t nintruders = Hs_SIZE(self);
    self->ob_item = items;
    Hs_SIZE(self) = size;
    self->allocated = capacity;
    if (intruders == NULL) {
        return;
    }
    while (nintruders > 0) {
        Hs_XDECREF(intruders[--nintruders]);
    }
    hs_mem_free(intruders);
}

/* list.sort(key=keyfunc, reverse=reverse) on 'op' (a list); 'keyfunc' may be NULL or None.
 * 0, or -1 with an exception set; the list always keeps all its items.
 * CPython: list_sort_impl. */
int hs_list_sort_impl(HsObject *op, HsObject *keyfunc, int reverse) {
    HsListObject *self = (HsListObject *)op;
    Sorter s;
    if (keyfunc == Hs_None) {
        keyfunc = NULL;
    }
    HsObject **items = self->ob_item;
    Hs_ssize_t n = Hs_SIZE(self), capacity = self->allocated;
    self->ob_item = NULL;
    Hs_SIZE(self) = 0;
    self->allocated = -1;

    SortSpan whole = {items, NULL};
    HsObject **keys = NULL;
    int keys_on_heap = keyfunc != NULL && n >= SORT_INLINE_SLOTS / 2;
    if (keyfunc != NULL) {
        // a short list's keys fit in the inline buffer's upper half, which scratch leaves free
        keys = keys_on_heap ? hs_mem_malloc(sizeof(HsObject *) * (size_t)n)
                            : s.inline_buf + (SORT_INLINE_SLOTS - n);
        if (keys == NULL) {
            HsErr_NoMemory();
            reattach_items(self, items, n, capacity);
            return -1;
        }
        if (compute_keys(keyfunc, items, keys, n) < 0) {
            if (keys_on_heap) {
                hs_mem_free(keys);
            }
            reattach_items(self, items, n, capacity);
            return -1;
        }
        whole.keys = keys;
        whole.vals = items;
    }

    int status = 0;
    sorter_init(&s, whole, n);
    if (n > 1) {
        pick_less(&s, whole.keys, n);
        if (reverse) {
            span_flip(whole, n); // sorting the flipped array keeps equal keys in input order
        }
        status = sort_span(&s, whole, n);
    }
    if (keys != NULL) {
        for (Hs_ssize_t i = 0; i < n; i++) {
            Hs_DECREF(keys[i]);
        }
        if (keys_on_heap) {
            hs_mem_free(keys);
        }
    }
    if (status == 0 && self->allocated != -1) {
        HsErr_SetString(HsExc_ValueError, "list modified during sort");
        status = -1;
    }
    if (reverse && n > 1) {
        hs_list_reverse_slice(items, items + n);
    }
    scratch_release(&s);
    reattach_items(self, items, n, capacity);
    return status;
}
