/* collections.deque and its two iterators (CPython 3.11: Modules/_collectionsmodule.c, the
 * deque part). The items live in a doubly linked list of 64-slot blocks, laid out as
 * CPython's, so sys.getsizeof (the struct plus one 528-byte block per block in use) matches.
 * Invariants (as CPython's):
 *   - the block list is never empty; the deque's first item is leftblock->data[leftindex]
 *     and its last rightblock->data[rightindex]; (leftindex + len - 1) % 64 == rightindex;
 *   - an empty deque has leftindex == CENTER + 1 and rightindex == CENTER in one block;
 *   - 'state' changes whenever the indices move, so iterators detect mutation;
 *   - maxlen is -1 when unbounded; after every append the deque is trimmed to maxlen;
 *   - up to MAXFREEBLOCKS emptied blocks are kept per deque for reuse (3.11's block cache).
 * Slots returning HsObject* return a new reference, or NULL with an exception set;
 * arguments are borrowed.
 */
#include "internal/hs_modules.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>

/* ==== layout ==== */

#define BLOCKLEN 64
#define CENTER ((BLOCKLEN - 1) / 2)
#define MAXFREEBLOCKS 16

typedef struct Block {
    struct Block *leftlink;
    HsObject *data[BLOCKLEN];
    struct Block *rightlink;
} Block; /* 528 bytes, as CPython's 'block' */

typedef struct DequeObject {
    HsVarObject ob_base; /* ob_size: the number of items */
    Block *leftblock;
    Block *rightblock;
    Hs_ssize_t leftindex;  /* 0 <= leftindex < BLOCKLEN */
    Hs_ssize_t rightindex; /* 0 <= rightindex < BLOCKLEN */
    size_t state;          /* incremented whenever the indices move */
    Hs_ssize_t maxlen;     /* -1 for unbounded deques */
    Hs_ssize_t numfreeblocks;
    Block *freeblocks[MAXFREEBLOCKS];
    HsObject *weakreflist;
} DequeObject; /* 216 bytes + the 16-byte GC head, as CPython 3.11 */

#define DQ(op) ((DequeObject *)(op))
#define NEEDS_TRIM(d, maxlen) ((size_t)(maxlen) < (size_t)Hs_SIZE(d))

/* ==== blocks ==== */

static Block *newblock(DequeObject *d) {
    if (d->numfreeblocks > 0) {
        return d->freeblocks[--d->numfreeblocks];
    }
    Block *b = hs_mem_malloc(sizeof(Block));
    if (b == NULL) {
        HsErr_NoMemory();
    }
    return b;
}

static void freeblock(DequeObject *d, Block *b) {
    if (d->numfreeblocks < MAXFREEBLOCKS) {
        d->freeblocks[d->numfreeblocks++] = b;
    } else {
        hs_mem_free(b);
    }
}

/* ==== pops and appends ==== */

/* Remove the rightmost item. Return: new reference (the deque's), NULL with IndexError. */
static HsObject *deque_pop(HsObject *op, HsObject *unused) {
    (void)unused;
    DequeObject *d = DQ(op);
    if (Hs_SIZE(d) == 0) {
        return HsErr_Format(HsExc_IndexError, "pop from an empty deque");
    }
    HsObject *item = d->rightblock->data[d->rightindex];
    d->rightindex--;
    Hs_SIZE(d)--;
    d->state++;
    if (d->rightindex < 0) {
        if (Hs_SIZE(d) > 0) {
            Block *prev = d->rightblock->leftlink;
            freeblock(d, d->rightblock);
            prev->rightlink = NULL;
            d->rightblock = prev;
            d->rightindex = BLOCKLEN - 1;
        } else {
            d->leftindex = CENTER + 1; /* re-center instead of freeing the block */
            d->rightindex = CENTER;
        }
    }
    return item;
}

/* Remove the leftmost item. Return: new reference, NULL with IndexError. */
static HsObject *deque_popleft(HsObject *op, HsObject *unused) {
    (void)unused;
    DequeObject *d = DQ(op);
    if (Hs_SIZE(d) == 0) {
        return HsErr_Format(HsExc_IndexError, "pop from an empty deque");
    }
    HsObject *item = d->leftblock->data[d->leftindex];
    d->leftindex++;
    Hs_SIZE(d)--;
    d->state++;
    if (d->leftindex == BLOCKLEN) {
        if (Hs_SIZE(d) > 0) {
            Block *next = d->leftblock->rightlink;
            freeblock(d, d->leftblock);
            next->leftlink = NULL;
            d->leftblock = next;
            d->leftindex = 0;
        } else {
            d->leftindex = CENTER + 1;
            d->rightindex = CENTER;
        }
    }
    return item;
}

/* Append 'item' (stolen) on the right, trimming to 'maxlen'. Returns 0, or -1 (the item
 * is not stolen then). */
static int append_internal(DequeObject *d, HsObject *item, Hs_ssize_t maxlen) {
    if (d->rightindex == BLOCKLEN - 1) {
        Block *b = newblock(d);
        if (b == NULL) {
            return -1;
        }
        b->leftlink = d->rightblock;
        d->rightblock->rightlink = b;
        d->rightblock = b;
        b->rightlink = NULL;
        d->rightindex = -1;
    }
    Hs_SIZE(d)++;
    d->rightindex++;
    d->rightblock->data[d->rightindex] = item;
    if (NEEDS_TRIM(d, maxlen)) {
        Hs_DECREF(deque_popleft((HsObject *)d, NULL));
    } else {
        d->state++;
    }
    return 0;
}

/* Append 'item' (stolen) on the left; as append_internal. */
static int appendleft_internal(DequeObject *d, HsObject *item, Hs_ssize_t maxlen) {
    if (d->leftindex == 0) {
        Block *b = newblock(d);
        if (b == NULL) {
            return -1;
        }
        b->rightlink = d->leftblock;
        d->leftblock->leftlink = b;
        d->leftblock = b;
        b->leftlink = NULL;
        d->leftindex = BLOCKLEN;
    }
    Hs_SIZE(d)++;
    d->leftindex--;
    d->leftblock->data[d->leftindex] = item;
    if (NEEDS_TRIM(d, maxlen)) {
        Hs_DECREF(deque_pop((HsObject *)d, NULL));
    } else {
        d->state++;
    }
    return 0;
}

static HsObject *deque_append(HsObject *op, HsObject *item) {
    if (append_internal(DQ(op), Hs_NewRef(item), DQ(op)->maxlen) < 0) {
        Hs_DECREF(item);
        return NULL;
    }
    return Hs_NewRef(Hs_None);
}

static HsObject *deque_appendleft(HsObject *op, HsObject *item) {
    if (appendleft_internal(DQ(op), Hs_NewRef(item), DQ(op)->maxlen) < 0) {
        Hs_DECREF(item);
        return NULL;
    }
    return Hs_NewRef(Hs_None);
}

/* ==== extend ==== */

/* Drain 'it' (stolen) and end the way CPython's finalize_iterator does: StopIteration
 * is swallowed. Return: new reference to None, or NULL. */
static HsObject *finish_iterator(HsObject *it) {
    Hs_DECREF(it);
    if (HsErr_Occurred()) {
        if (!HsErr_ExceptionMatches(HsExc_StopIteration)) {
            return NULL;
        }
        HsErr_Clear();
    }
    return Hs_NewRef(Hs_None);
}

/* extend (left == 0) or extendleft (left == 1). Return: new reference to None. */
static HsObject *extend_impl(HsObject *op, HsObject *iterable, int left) {
    DequeObject *d = DQ(op);
    if (op == iterable) {
        HsObject *s = HsSequence_List(iterable);
        if (s == NULL) {
            return NULL;
        }
        HsObject *r = extend_impl(op, s, left);
        Hs_DECREF(s);
        return r;
    }
    HsObject *it = HsObject_GetIter(iterable);
    if (it == NULL) {
        return NULL;
    }
    HsObject *item;
    if (d->maxlen == 0) {
        while ((item = HsIter_Next(it)) != NULL) {
            Hs_DECREF(item);
        }
        return finish_iterator(it);
    }
    if (Hs_SIZE(d) == 0) { /* space saving heuristic: start filling from the far end */
        d->leftindex = left ? BLOCKLEN - 1 : 1;
        d->rightindex = left ? BLOCKLEN - 2 : 0;
    }
    while ((item = HsIter_Next(it)) != NULL) {
        int rc =
            left ? appendleft_internal(d, item, d->maxlen) : append_internal(d, item, d->maxlen);
        if (rc < 0) {
            Hs_DECREF(item);
            Hs_DECREF(it);
            return NULL;
        }
    }
    return finish_iterator(it);
}

static HsObject *deque_extend(HsObject *op, HsObject *iterable) {
    return extend_impl(op, iterable, 0);
}

static HsObject *deque_extendleft(HsObject *op, HsObject *iterable) {
    return extend_impl(op, iterable, 1);
}

static HsObject *deque_inplace_concat(HsObject *op, HsObject *other) {
    HsObject *r = deque_extend(op, other);
    if (r == NULL) {
        return NULL;
    }
    Hs_DECREF(r);
    return Hs_NewRef(op);
}

/* ==== clear, copy, concat, repeat ==== */

/* Empty the deque. It is made empty (on a fresh block) before any item is released, since
 * a release can run code that looks at the deque. Always returns 0. */
static int deque_clear(HsObject *op) {
    DequeObject *d = DQ(op);
    if (Hs_SIZE(d) == 0) {
        return 0;
    }
    Block *b = newblock(d);
    if (b == NULL) {
        HsErr_Clear();
        while (Hs_SIZE(d) > 0) {
            Hs_DECREF(deque_pop(op, NULL));
        }
        return 0;
    }
    Hs_ssize_t n = Hs_SIZE(d);
    Block *leftblock = d->leftblock;
    Hs_ssize_t index = d->leftindex;
    b->leftlink = b->rightlink = NULL;
    Hs_SIZE(d) = 0;
    d->leftblock = d->rightblock = b;
    d->leftindex = CENTER + 1;
    d->rightindex = CENTER;
    d->state++;
    while (n > 0) {
        HsObject *item = leftblock->data[index++];
        n--;
        if (index == BLOCKLEN && n > 0) {
            Block *prev = leftblock;
            leftblock = leftblock->rightlink;
            index = 0;
            freeblock(d, prev);
        }
        Hs_DECREF(item);
    }
    freeblock(d, leftblock);
    return 0;
}

static HsObject *deque_clearmethod(HsObject *op, HsObject *unused) {
    (void)unused;
    deque_clear(op);
    return Hs_NewRef(Hs_None);
}

static HsObject *deque_new(HsTypeObject *type, HsObject *args, HsObject *kwds);

/* d.copy() / d.__copy__(). Return: new reference. */
static HsObject *deque_copy(HsObject *op, HsObject *unused) {
    (void)unused;
    DequeObject *old = DQ(op);
    if (Hs_TYPE(op) != &HsDeque_Type) {
        HsObject *type = (HsObject *)Hs_TYPE(op);
        if (old->maxlen < 0) {
            return HsObject_CallOneArg(type, op);
        }
        HsObject *ml = HsLong_FromSsize_t(old->maxlen);
        if (ml == NULL) {
            return NULL;
        }
        HsObject *argv[2] = {op, ml};
        HsObject *r = HsObject_Vectorcall(type, argv, 2, NULL);
        Hs_DECREF(ml);
        return r;
    }
    HsObject *nd = deque_new(&HsDeque_Type, NULL, NULL);
    if (nd == NULL) {
        return NULL;
    }
    DQ(nd)->maxlen = old->maxlen;
    HsObject *rv = Hs_SIZE(old) == 1 ? deque_append(nd, old->leftblock->data[old->leftindex])
                                     : deque_extend(nd, op);
    if (rv == NULL) {
        Hs_DECREF(nd);
        return NULL;
    }
    Hs_DECREF(rv);
    return nd;
}

static HsObject *deque_concat(HsObject *op, HsObject *other) {
    if (!HsObject_TypeCheck(other, &HsDeque_Type)) {
        return HsErr_Format(HsExc_TypeError, "can only concatenate deque (not \"%.200s\") to deque",
                            Hs_TYPE(other)->tp_name);
    }
    HsObject *nd = deque_copy(op, NULL);
    if (nd == NULL) {
        return NULL;
    }
    HsObject *r = deque_extend(nd, other);
    if (r == NULL) {
        Hs_DECREF(nd);
        return NULL;
    }
    Hs_DECREF(r);
    return nd;
}

/* Repeat the single item of 'd' until it holds 'n' (CPython's fast path). */
static int repeat_one(DequeObject *d, Hs_ssize_t n) {
    HsObject *item = d->leftblock->data[d->leftindex];
    if (d->maxlen >= 0 && n > d->maxlen) {
        n = d->maxlen;
    }
    d->state++;
    for (Hs_ssize_t i = 0; i < n - 1;) {
        if (d->rightindex == BLOCKLEN - 1) {
            Block *b = newblock(d);
            if (b == NULL) {
                Hs_SIZE(d) += i;
                return -1;
            }
            b->leftlink = d->rightblock;
            d->rightblock->rightlink = b;
            d->rightblock = b;
            b->rightlink = NULL;
            d->rightindex = -1;
        }
        Hs_ssize_t m = n - 1 - i;
        if (m > BLOCKLEN - 1 - d->rightindex) {
            m = BLOCKLEN - 1 - d->rightindex;
        }
        i += m;
        Hs_SIZE(d) += m;
        while (m-- > 0) {
            d->rightindex++;
            d->rightblock->data[d->rightindex] = Hs_NewRef(item);
        }
    }
    return 0;
}

static HsObject *deque_inplace_repeat(HsObject *op, Hs_ssize_t n) {
    DequeObject *d = DQ(op);
    Hs_ssize_t size = Hs_SIZE(d);
    if (size == 0 || n == 1) {
        return Hs_NewRef(op);
    }
    if (n <= 0) {
        deque_clear(op);
        return Hs_NewRef(op);
    }
    if (size == 1) {
        return repeat_one(d, n) < 0 ? NULL : Hs_NewRef(op);
    }
    if ((size_t)size > (size_t)HS_SSIZE_T_MAX / (size_t)n) {
        return HsErr_NoMemory();
    }
    HsObject *seq = HsSequence_List(op);
    if (seq == NULL) {
        return NULL;
    }
    if (d->maxlen >= 0 && n * size > d->maxlen) {
        n = (d->maxlen + size - 1) / size;
    }
    for (Hs_ssize_t i = 0; i < n - 1; i++) {
        HsObject *rv = deque_extend(op, seq);
        if (rv == NULL) {
            Hs_DECREF(seq);
            return NULL;
        }
        Hs_DECREF(rv);
    }
    Hs_DECREF(seq);
    return Hs_NewRef(op);
}

static HsObject *deque_repeat(HsObject *op, Hs_ssize_t n) {
    HsObject *nd = deque_copy(op, NULL);
    if (nd == NULL) {
        return NULL;
    }
    HsObject *r = deque_inplace_repeat(nd, n);
    Hs_DECREF(nd);
    return r;
}

/* ==== rotate and reverse ==== */

/* Move 'n' (> 0) items from the right end to the left end, block-wise. */
static int rotate_right(DequeObject *d, Hs_ssize_t n, Block **spare) {
    while (n > 0) {
        if (d->leftindex == 0) {
            Block *b = *spare != NULL ? *spare : newblock(d);
            if (b == NULL) {
                return -1;
            }
            *spare = NULL;
            b->rightlink = d->leftblock;
            d->leftblock->leftlink = b;
            d->leftblock = b;
            b->leftlink = NULL;
            d->leftindex = BLOCKLEN;
        }
        Hs_ssize_t m = n;
        if (m > d->rightindex + 1) {
            m = d->rightindex + 1;
        }
        if (m > d->leftindex) {
            m = d->leftindex;
        }
        d->rightindex -= m;
        d->leftindex -= m;
        HsObject **src = &d->rightblock->data[d->rightindex + 1];
        HsObject **dest = &d->leftblock->data[d->leftindex];
        n -= m;
        while (m-- > 0) {
            *dest++ = *src++;
        }
        if (d->rightindex < 0) {
            *spare = d->rightblock;
            d->rightblock = d->rightblock->leftlink;
            d->rightblock->rightlink = NULL;
            d->rightindex = BLOCKLEN - 1;
        }
    }
    return 0;
}

/* Move 'n' (> 0) items from the left end to the right end. */
static int rotate_left(DequeObject *d, Hs_ssize_t n, Block **spare) {
    while (n > 0) {
        if (d->rightindex == BLOCKLEN - 1) {
            Block *b = *spare != NULL ? *spare : newblock(d);
            if (b == NULL) {
                return -1;
            }
            *spare = NULL;
            b->leftlink = d->rightblock;
            d->rightblock->rightlink = b;
            d->rightblock = b;
            b->rightlink = NULL;
            d->rightindex = -1;
        }
        Hs_ssize_t m = n;
        if (m > BLOCKLEN - d->leftindex) {
            m = BLOCKLEN - d->leftindex;
        }
        if (m > BLOCKLEN - 1 - d->rightindex) {
            m = BLOCKLEN - 1 - d->rightindex;
        }
        HsObject **src = &d->leftblock->data[d->leftindex];
        HsObject **dest = &d->rightblock->data[d->rightindex + 1];
        d->leftindex += m;
        d->rightindex += m;
        n -= m;
        while (m-- > 0) {
            *dest++ = *src++;
        }
        if (d->leftindex == BLOCKLEN) {
            *spare = d->leftblock;
            d->leftblock = d->leftblock->rightlink;
            d->leftblock->leftlink = NULL;
            d->leftindex = 0;
        }
    }
    return 0;
}

/* An "n" (Py_ssize_t) argument as getargs converts it: __index__, then OverflowError
 * "Python int too large to convert to C ssize_t". Returns 0 or -1. */
static int ssize_arg(HsObject *o, Hs_ssize_t *out) {
    HsObject *idx = HsNumber_Index(o);
    if (idx == NULL) {
        return -1;
    }
    Hs_ssize_t v = HsLong_AsSsize_t(idx);
    Hs_DECREF(idx);
    if (v == -1 && HsErr_Occurred()) {
        return -1;
    }
    *out = v;
    return 0;
}

/* Rotate 'n' steps to the right (left when negative). Returns 0 or -1 (MemoryError). */
static int rotate(DequeObject *d, Hs_ssize_t n) {
    Hs_ssize_t len = Hs_SIZE(d), halflen = len >> 1;
    if (len <= 1) {
        return 0;
    }
    if (n > halflen || n < -halflen) {
        n %= len;
        if (n > halflen) {
            n -= len;
        } else if (n < -halflen) {
            n += len;
        }
    }
    d->state++;
    Block *spare = NULL;
    int rv = n > 0 ? rotate_right(d, n, &spare) : rotate_left(d, -n, &spare);
    if (spare != NULL) {
        freeblock(d, spare);
    }
    return rv;
}

static HsObject *deque_rotate(HsObject *op, HsObject *const *args, Hs_ssize_t nargs) {
    Hs_ssize_t n = 1;
    if (hs_arg_check_positional("deque.rotate", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        if (ssize_arg(args[0], &n) < 0) {
            return NULL;
        }
    }
    return rotate(DQ(op), n) < 0 ? NULL : Hs_NewRef(Hs_None);
}

static HsObject *deque_reverse(HsObject *op, HsObject *unused) {
    (void)unused;
    DequeObject *d = DQ(op);
    Block *lb = d->leftblock, *rb = d->rightblock;
    Hs_ssize_t li = d->leftindex, ri = d->rightindex;
    for (Hs_ssize_t n = Hs_SIZE(d) >> 1; n > 0; n--) {
        HsObject *tmp = lb->data[li];
        lb->data[li] = rb->data[ri];
        rb->data[ri] = tmp;
        if (++li == BLOCKLEN) {
            lb = lb->rightlink;
            li = 0;
        }
        if (--ri < 0) {
            rb = rb->leftlink;
            ri = BLOCKLEN - 1;
        }
    }
    return Hs_NewRef(Hs_None);
}

/* ==== searching ==== */

/* Walk the items comparing each to 'v': mode 0 counts matches (returns the count), mode 1
 * stops at the first (returns 1 or 0). -1 on error, RuntimeError if the deque mutates. */
static Hs_ssize_t scan(DequeObject *d, HsObject *v, int mode) {
    Block *b = d->leftblock;
    Hs_ssize_t index = d->leftindex, count = 0;
    size_t start_state = d->state;
    for (Hs_ssize_t n = Hs_SIZE(d); n > 0; n--) {
        HsObject *item = Hs_NewRef(b->data[index]);
        int cmp = HsObject_RichCompareBool(item, v, HS_EQ);
        Hs_DECREF(item);
        if (cmp < 0) {
            return -1;
        }
        if (mode == 1 && cmp > 0) {
            return 1;
        }
        count += cmp;
        if (start_state != d->state) {
            HsErr_Format(HsExc_RuntimeError, "deque mutated during iteration");
            return -1;
        }
        if (++index == BLOCKLEN) {
            b = b->rightlink;
            index = 0;
        }
    }
    return count;
}

static HsObject *deque_count(HsObject *op, HsObject *v) {
    Hs_ssize_t n = scan(DQ(op), v, 0);
    return n < 0 ? NULL : HsLong_FromSsize_t(n);
}

static int deque_contains(HsObject *op, HsObject *v) {
    return (int)scan(DQ(op), v, 1);
}

static Hs_ssize_t deque_len(HsObject *op) {
    return Hs_SIZE(op);
}

/* An index argument of index() (CPython: _PyEval_SliceIndexNotNone). Returns 0 or -1. */
static int slice_index(HsObject *o, Hs_ssize_t *out) {
    if (!HsLong_Check(o) &&
        (Hs_TYPE(o)->tp_as_number == NULL || Hs_TYPE(o)->tp_as_number->nb_index == NULL)) {
        HsErr_Format(HsExc_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    Hs_ssize_t v = HsNumber_AsSsize_t(o, NULL);
    if (v == -1 && HsErr_Occurred()) {
        return -1;
    }
    *out = v;
    return 0;
}

/* Clamp [start, stop) to [0, len] as CPython's deque.index. */
static void clamp_range(Hs_ssize_t len, Hs_ssize_t *start, Hs_ssize_t *stop) {
    if (*start < 0 && (*start += len) < 0) {
        *start = 0;
    }
    if (*stop < 0 && (*stop += len) < 0) {
        *stop = 0;
    }
    if (*stop > len) {
        *stop = len;
    }
    if (*start > *stop) {
        *start = *stop;
    }
}

static HsObject *deque_index(HsObject *op, HsObject *const *args, Hs_ssize_t nargs) {
    DequeObject *d = DQ(op);
    Hs_ssize_t start = 0, stop = Hs_SIZE(d);
    if (hs_arg_count_varargs("index", nargs, 1, 3) < 0 ||
        (nargs > 1 && slice_index(args[1], &start) < 0) ||
        (nargs > 2 && slice_index(args[2], &stop) < 0)) {
        return NULL;
    }
    HsObject *v = args[0];
    clamp_range(Hs_SIZE(d), &start, &stop);
    Block *b = d->leftblock;
    Hs_ssize_t index = d->leftindex, i = 0;
    size_t start_state = d->state;
    for (; i < start; i++) {
        if (++index == BLOCKLEN) {
            b = b->rightlink;
            index = 0;
        }
    }
    for (; i < stop; i++) {
        int cmp = HsObject_RichCompareBool(b->data[index], v, HS_EQ);
        if (cmp > 0) {
            return HsLong_FromSsize_t(i);
        }
        if (cmp < 0) {
            return NULL;
        }
        if (start_state != d->state) {
            return HsErr_Format(HsExc_RuntimeError, "deque mutated during iteration");
        }
        if (++index == BLOCKLEN) {
            b = b->rightlink;
            index = 0;
        }
    }
    return HsErr_Format(HsExc_ValueError, "%R is not in deque", v);
}

/* ==== insert, remove, item access ==== */

static HsObject *deque_insert(HsObject *op, HsObject *const *args, Hs_ssize_t nargs) {
    DequeObject *d = DQ(op);
    Hs_ssize_t n = Hs_SIZE(d), index;
    if (hs_arg_count_varargs("insert", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (ssize_arg(args[0], &index) < 0) {
        return NULL;
    }
    HsObject *value = args[1];
    if (d->maxlen == n) {
        return HsErr_Format(HsExc_IndexError, "deque already at its maximum size");
    }
    if (index >= n) {
        return deque_append(op, value);
    }
    if (index <= -n || index == 0) {
        return deque_appendleft(op, value);
    }
    if (rotate(d, -index) < 0) {
        return NULL;
    }
    HsObject *rv = index < 0 ? deque_append(op, value) : deque_appendleft(op, value);
    if (rv == NULL) {
        return NULL;
    }
    Hs_DECREF(rv);
    return rotate(d, index) < 0 ? NULL : Hs_NewRef(Hs_None);
}

static HsObject *deque_remove(HsObject *op, HsObject *value) {
    DequeObject *d = DQ(op);
    Hs_ssize_t n = Hs_SIZE(d);
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsObject *item = d->leftblock->data[d->leftindex];
        int cmp = HsObject_RichCompareBool(item, value, HS_EQ);
        if (Hs_SIZE(d) != n) {
            return HsErr_Format(HsExc_IndexError, "deque mutated during remove().");
        }
        if (cmp > 0) {
            HsObject *tgt = deque_popleft(op, NULL);
            if (rotate(d, i) < 0) {
                Hs_DECREF(tgt);
                return NULL;
            }
            Hs_DECREF(tgt);
            return Hs_NewRef(Hs_None);
        }
        if (cmp < 0) {
            rotate(d, i);
            return NULL;
        }
        rotate(d, -1);
    }
    return HsErr_Format(HsExc_ValueError, "%R is not in deque", value);
}

/* The block holding item 'i' (0 <= i < len) and, in *slot, its index there; walks from
 * the nearer end. */
static Block *locate(DequeObject *d, Hs_ssize_t i, Hs_ssize_t *slot, int from_left) {
    Hs_ssize_t pos = i + d->leftindex;
    Hs_ssize_t n = pos / BLOCKLEN;
    *slot = pos % BLOCKLEN;
    Block *b;
    if (from_left) {
        for (b = d->leftblock; n > 0; n--) {
            b = b->rightlink;
        }
    } else {
        n = (d->leftindex + Hs_SIZE(d) - 1) / BLOCKLEN - n;
        for (b = d->rightblock; n > 0; n--) {
            b = b->leftlink;
        }
    }
    return b;
}

static HsObject *deque_item(HsObject *op, Hs_ssize_t i) {
    DequeObject *d = DQ(op);
    if ((size_t)i >= (size_t)Hs_SIZE(d)) {
        return HsErr_Format(HsExc_IndexError, "deque index out of range");
    }
    Hs_ssize_t slot;
    Block *b;
    if (i == 0) {
        b = d->leftblock;
        slot = d->leftindex;
    } else if (i == Hs_SIZE(d) - 1) {
        b = d->rightblock;
        slot = d->rightindex;
    } else {
        b = locate(d, i, &slot, i < (Hs_SIZE(d) >> 1));
    }
    return Hs_NewRef(b->data[slot]);
}

static int del_item(DequeObject *d, Hs_ssize_t i) {
    if (rotate(d, -i) < 0) {
        return -1;
    }
    HsObject *item = deque_popleft((HsObject *)d, NULL);
    int rv = rotate(d, i);
    Hs_DECREF(item);
    return rv;
}

static int deque_ass_item(HsObject *op, Hs_ssize_t i, HsObject *v) {
    DequeObject *d = DQ(op);
    Hs_ssize_t len = Hs_SIZE(d);
    if ((size_t)i >= (size_t)len) {
        HsErr_Format(HsExc_IndexError, "deque index out of range");
        return -1;
    }
    if (v == NULL) {
        return del_item(d, i);
    }
    Hs_ssize_t slot;
    Block *b = locate(d, i, &slot, i <= ((len + 1) >> 1));
    HsObject *old = b->data[slot];
    b->data[slot] = Hs_NewRef(v);
    Hs_DECREF(old);
    return 0;
}

/* ==== type slots ==== */

static HsObject *deque_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)args;
    (void)kwds;
    DequeObject *d = (DequeObject *)type->tp_alloc(type, 0);
    if (d == NULL) {
        return NULL;
    }
    Block *b = newblock(d);
    if (b == NULL) {
        Hs_DECREF(d);
        return NULL;
    }
    b->leftlink = b->rightlink = NULL;
    Hs_SIZE(d) = 0;
    d->leftblock = d->rightblock = b;
    d->leftindex = CENTER + 1;
    d->rightindex = CENTER;
    d->state = 0;
    d->maxlen = -1;
    return (HsObject *)d;
}

static void deque_dealloc(HsObject *op) {
    DequeObject *d = DQ(op);
    hs_gc_untrack(op);
    if (!hs_trashcan_begin(op)) {
        return;
    }
    if (d->leftblock != NULL) {
        deque_clear(op);
        hs_mem_free(d->leftblock);
    }
    d->leftblock = d->rightblock = NULL;
    for (Hs_ssize_t i = 0; i < d->numfreeblocks; i++) {
        hs_mem_free(d->freeblocks[i]);
    }
    d->numfreeblocks = 0;
    Hs_TYPE(op)->tp_free(op);
    hs_trashcan_end();
}

static int deque_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    DequeObject *d = DQ(op);
    Block *b = d->leftblock;
    Hs_ssize_t index = d->leftindex;
    for (Hs_ssize_t n = Hs_SIZE(d); n > 0; n--) {
        if (visit(b->data[index], arg) != 0) {
            return 1;
        }
        if (++index == BLOCKLEN) {
            b = b->rightlink;
            index = 0;
        }
    }
    return 0;
}

/* "deque([1, 2])", "deque([1], maxlen=5)", "[...]" when recursive. */
static HsObject *deque_repr(HsObject *op) {
    int rc = hs_repr_enter(op);
    if (rc != 0) {
        return rc > 0 ? HsUnicode_FromString("[...]") : NULL;
    }
    HsObject *aslist = HsSequence_List(op);
    if (aslist == NULL) {
        hs_repr_leave(op);
        return NULL;
    }
    const char *name = Hs_TYPE(op)->tp_name;
    for (const char *p = name; *p != '\0'; p++) {
        if (*p == '.') {
            name = p + 1;
        }
    }
    HsObject *r = DQ(op)->maxlen >= 0
                      ? HsUnicode_FromFormat("%s(%R, maxlen=%zd)", name, aslist, DQ(op)->maxlen)
                      : HsUnicode_FromFormat("%s(%R)", name, aslist);
    hs_repr_leave(op);
    Hs_DECREF(aslist);
    return r;
}

/* Lexicographic comparison of two deques, as CPython's deque_richcompare. Return: new
 * reference. */
static HsObject *deque_richcompare(HsObject *v, HsObject *w, int op) {
    if (!HsObject_TypeCheck(v, &HsDeque_Type) || !HsObject_TypeCheck(w, &HsDeque_Type)) {
        return Hs_NewRef(Hs_NotImplemented);
    }
    Hs_ssize_t vs = Hs_SIZE(v), ws = Hs_SIZE(w);
    if ((op == HS_EQ || op == HS_NE) && (v == w || vs != ws)) {
        return Hs_NewRef(((v == w) == (op == HS_EQ)) ? Hs_True : Hs_False);
    }
    HsObject *it1 = HsObject_GetIter(v), *it2 = it1 != NULL ? HsObject_GetIter(w) : NULL;
    HsObject *x = NULL, *y = NULL;
    int cmp = -1;
    if (it2 == NULL) {
        goto done;
    }
    for (;;) {
        x = HsIter_Next(it1);
        if (x == NULL && HsErr_Occurred()) {
            goto done;
        }
        y = HsIter_Next(it2);
        if (x == NULL || y == NULL) {
            break;
        }
        int b = HsObject_RichCompareBool(x, y, HS_EQ);
        if (b == 0) {
            cmp = HsObject_RichCompareBool(x, y, op);
        }
        Hs_CLEAR(x);
        Hs_CLEAR(y);
        if (b <= 0) {
            goto done;
        }
    }
    if (!HsErr_Occurred()) {
        int xe = x == NULL, ye = y == NULL;
        int table[6] = {!ye, xe, xe == ye, xe != ye, !xe, ye};
        cmp = table[op];
    }
    Hs_XDECREF(x);
    Hs_XDECREF(y);
done:
    Hs_XDECREF(it1);
    Hs_XDECREF(it2);
    return cmp < 0 ? NULL : Hs_NewRef(cmp ? Hs_True : Hs_False);
}

/* deque(iterable=(), maxlen=None). Returns 0 or -1. */
static int deque_init(HsObject *op, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"iterable", "maxlen", NULL};
    static const HsArgParser parser = {"deque", kw};
    HsObject *a[2] = {NULL, NULL};
    if (hs_num_unpack_new_args(args, kwds, &parser, 0, 2, 0, a) < 0) {
        return -1;
    }
    Hs_ssize_t maxlen = -1;
    if (a[1] != NULL && a[1] != Hs_None) {
        if (!HsLong_Check(a[1])) {
            HsErr_Format(HsExc_TypeError, "an integer is required");
            return -1;
        }
        maxlen = HsLong_AsSsize_t(a[1]);
        if (maxlen == -1 && HsErr_Occurred()) {
            return -1;
        }
        if (maxlen < 0) {
            HsErr_Format(HsExc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    DQ(op)->maxlen = maxlen;
    if (Hs_SIZE(op) > 0) {
        deque_clear(op);
    }
    if (a[0] != NULL) {
        HsObject *rv = deque_extend(op, a[0]);
        if (rv == NULL) {
            return -1;
        }
        Hs_DECREF(rv);
    }
    return 0;
}

/* CPython's deque.__sizeof__: the struct plus one block per block spanned. */
/* d.__reduce__() -> (type(d), () or ((), maxlen), state, iter(d)): copy and pickle rebuild
 * an empty deque and extend it (CPython: deque___reduce___impl). Return: new reference. */
static HsObject *deque_reduce(HsObject *op, HsObject *unused) {
    (void)unused;
    HsObject *getstate = hs_obj_import_attr("copyreg", "_getstate");
    HsObject *state = getstate != NULL ? HsObject_CallOneArg(getstate, op) : NULL;
    Hs_XDECREF(getstate);
    HsObject *it = state != NULL ? HsObject_GetIter(op) : NULL;
    HsObject *args = NULL;
    if (it != NULL && DQ(op)->maxlen < 0) {
        args = HsTuple_New(0);
    } else if (it != NULL) {
        HsObject *empty = HsTuple_New(0);
        HsObject *maxlen = empty != NULL ? HsLong_FromSsize_t(DQ(op)->maxlen) : NULL;
        args = maxlen != NULL ? HsTuple_Pack(2, empty, maxlen) : NULL;
        Hs_XDECREF(empty);
        Hs_XDECREF(maxlen);
    }
    HsObject *r = args != NULL ? HsTuple_Pack(4, (HsObject *)Hs_TYPE(op), args, state, it) : NULL;
    Hs_XDECREF(args);
    Hs_XDECREF(it);
    Hs_XDECREF(state);
    return r;
}

static HsObject *deque_sizeof(HsObject *op, HsObject *unused) {
    (void)unused;
    DequeObject *d = DQ(op);
    Hs_ssize_t blocks = (d->leftindex + Hs_SIZE(d) + BLOCKLEN - 1) / BLOCKLEN;
    return HsLong_FromSsize_t(Hs_TYPE(op)->tp_basicsize + blocks * (Hs_ssize_t)sizeof(Block));
}

static int deque_bool(HsObject *op) {
    return Hs_SIZE(op) != 0;
}

static HsObject *deque_get_maxlen(HsObject *op, void *closure) {
    (void)closure;
    return DQ(op)->maxlen < 0 ? Hs_NewRef(Hs_None) : HsLong_FromSsize_t(DQ(op)->maxlen);
}

/* ==== iterators ==== */

typedef struct DequeIterObject {
    HsObject ob_base;
    Block *b;
    Hs_ssize_t index;
    HsObject *deque;
    size_t state;       /* the deque's state when the iterator was made */
    Hs_ssize_t counter; /* items left */
} DequeIterObject;

static HsTypeObject dequeiter_type, dequereviter_type;

/* An iterator from the left (reverse == 0) or the right. Return: new reference. */
static HsObject *make_iter(HsObject *op, int reverse) {
    DequeObject *d = DQ(op);
    DequeIterObject *it =
        (DequeIterObject *)HsType_GenericAlloc(reverse ? &dequereviter_type : &dequeiter_type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->b = reverse ? d->rightblock : d->leftblock;
    it->index = reverse ? d->rightindex : d->leftindex;
    it->deque = Hs_NewRef(op);
    it->state = d->state;
    it->counter = Hs_SIZE(d);
    return (HsObject *)it;
}

static HsObject *deque_iter(HsObject *op) {
    return make_iter(op, 0);
}

static HsObject *deque_reviter(HsObject *op, HsObject *unused) {
    (void)unused;
    return make_iter(op, 1);
}

static HsObject *dequeiter_next(HsObject *op) {
    DequeIterObject *it = (DequeIterObject *)op;
    if (DQ(it->deque)->state != it->state) {
        it->counter = 0;
        return HsErr_Format(HsExc_RuntimeError, "deque mutated during iteration");
    }
    if (it->counter == 0) {
        return NULL;
    }
    HsObject *item = it->b->data[it->index];
    it->index++;
    it->counter--;
    if (it->index == BLOCKLEN && it->counter > 0) {
        it->b = it->b->rightlink;
        it->index = 0;
    }
    return Hs_NewRef(item);
}

static HsObject *dequereviter_next(HsObject *op) {
    DequeIterObject *it = (DequeIterObject *)op;
    if (it->counter == 0) {
        return NULL;
    }
    if (DQ(it->deque)->state != it->state) {
        it->counter = 0;
        return HsErr_Format(HsExc_RuntimeError, "deque mutated during iteration");
    }
    HsObject *item = it->b->data[it->index];
    it->index--;
    it->counter--;
    if (it->index < 0 && it->counter > 0) {
        it->b = it->b->leftlink;
        it->index = BLOCKLEN - 1;
    }
    return Hs_NewRef(item);
}

static int dequeiter_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *d = ((DequeIterObject *)op)->deque;
    return d != NULL ? visit(d, arg) : 0;
}

static void dequeiter_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    Hs_CLEAR(((DequeIterObject *)op)->deque);
    hs_gc_free(op);
}

static HsObject *dequeiter_len(HsObject *op, HsObject *unused) {
    (void)unused;
    return HsLong_FromSsize_t(((DequeIterObject *)op)->counter);
}

static HsMethodDef dequeiter_methods[] = {
    {"__length_hint__", HS_CFUNC(dequeiter_len), HS_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

#define DEQUEITER_TYPE(var, name, next)                                                            \
    static HsTypeObject var = {                                                                    \
        .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),                                         \
        .tp_name = name,                                                                           \
        .tp_basicsize = sizeof(DequeIterObject),                                                   \
        .tp_dealloc = dequeiter_dealloc,                                                           \
        .tp_getattro = HsObject_GenericGetAttr,                                                    \
        .tp_flags = HS_TPFLAGS_HAVE_GC,                                                            \
        .tp_traverse = dequeiter_traverse,                                                         \
        .tp_iter = hs_itertools_iter_self,                                                         \
        .tp_iternext = next,                                                                       \
        .tp_methods = dequeiter_methods,                                                           \
        .tp_alloc = HsType_GenericAlloc,                                                           \
    }

DEQUEITER_TYPE(dequeiter_type, "_collections._deque_iterator", dequeiter_next);
DEQUEITER_TYPE(dequereviter_type, "_collections._deque_reverse_iterator", dequereviter_next);

/* ==== the type ==== */

static HsGetSetDef deque_getset[] = {
    {"maxlen", deque_get_maxlen, NULL, "maximum size of a deque or None if unbounded", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsSequenceMethods deque_as_sequence = {
    .sq_length = deque_len,
    .sq_concat = deque_concat,
    .sq_repeat = deque_repeat,
    .sq_item = deque_item,
    .sq_ass_item = deque_ass_item,
    .sq_contains = deque_contains,
    .sq_inplace_concat = deque_inplace_concat,
    .sq_inplace_repeat = deque_inplace_repeat,
};

static HsNumberMethods deque_as_number = {
    .nb_bool = deque_bool,
};

static HsMethodDef deque_methods[] = {
    {"append", HS_CFUNC(deque_append), HS_METH_O, "Add an element to the right side of the deque."},
    {"appendleft", HS_CFUNC(deque_appendleft), HS_METH_O,
     "Add an element to the left side of the deque."},
    {"clear", HS_CFUNC(deque_clearmethod), HS_METH_NOARGS, "Remove all elements from the deque."},
    {"__copy__", HS_CFUNC(deque_copy), HS_METH_NOARGS, "Return a shallow copy of a deque."},
    {"copy", HS_CFUNC(deque_copy), HS_METH_NOARGS, "Return a shallow copy of a deque."},
    {"count", HS_CFUNC(deque_count), HS_METH_O,
     "D.count(value) -> integer -- return number of occurrences of value"},
    {"extend", HS_CFUNC(deque_extend), HS_METH_O,
     "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", HS_CFUNC(deque_extendleft), HS_METH_O,
     "Extend the left side of the deque with elements from the iterable"},
    {"index", HS_CFUNC(deque_index), HS_METH_FASTCALL,
     "D.index(value, [start, [stop]]) -> integer -- return first index of value.\n"
     "Raises ValueError if the value is not present."},
    {"insert", HS_CFUNC(deque_insert), HS_METH_FASTCALL,
     "D.insert(index, object) -- insert object before index"},
    {"pop", HS_CFUNC(deque_pop), HS_METH_NOARGS, "Remove and return the rightmost element."},
    {"popleft", HS_CFUNC(deque_popleft), HS_METH_NOARGS, "Remove and return the leftmost element."},
    {"remove", HS_CFUNC(deque_remove), HS_METH_O,
     "D.remove(value) -- remove first occurrence of value."},
    {"__reversed__", HS_CFUNC(deque_reviter), HS_METH_NOARGS,
     "D.__reversed__() -- return a reverse iterator over the deque"},
    {"reverse", HS_CFUNC(deque_reverse), HS_METH_NOARGS, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", HS_CFUNC(deque_rotate), HS_METH_FASTCALL,
     "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__sizeof__", HS_CFUNC(deque_sizeof), HS_METH_NOARGS,
     "D.__sizeof__() -- size of D in memory, in bytes"},
    {"__reduce__", HS_CFUNC(deque_reduce), HS_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsDeque_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "collections.deque",
    .tp_basicsize = sizeof(DequeObject),
    .tp_dealloc = deque_dealloc,
    .tp_repr = deque_repr,
    .tp_as_number = &deque_as_number,
    .tp_as_sequence = &deque_as_sequence,
    .tp_hash = HsObject_HashNotImplemented,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE | HS_TPFLAGS_SEQUENCE,
    .tp_doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
              "A list-like sequence optimized for data accesses near its endpoints.",
    .tp_traverse = deque_traverse,
    .tp_clear = deque_clear,
    .tp_richcompare = deque_richcompare,
    .tp_weaklistoffset = offsetof(DequeObject, weakreflist),
    .tp_iter = deque_iter,
    .tp_methods = deque_methods,
    .tp_getset = deque_getset,
    .tp_init = deque_init,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = deque_new,
};

int hs_collections_deque_ready(void) {
    if (HsType_Ready(&HsDeque_Type) < 0 || HsType_Ready(&dequeiter_type) < 0 ||
        HsType_Ready(&dequereviter_type) < 0 || hs_generic_alias_enable(&HsDeque_Type) < 0) {
        return -1;
    }
    return 0;
}

HsTypeObject *hs_collections_deque_iter_type(int reverse) {
    return reverse ? &dequereviter_type : &dequeiter_type;
}
