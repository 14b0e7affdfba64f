/* The list object's core (CPython 3.11: Objects/listobject.c): allocation with the free list
 * of 80 lists, list_resize's over-allocation, the C API, extend and construction, slicing
 * and slice assignment, the sequence and mapping slots, comparison, repr, and GC support.
 * The Python-level methods and the iterators are in listmethods.c, the sort in listsort.c.
 * Invariants: 0 <= ob_size <= allocated, except during a sort where allocated is -1 and the
 * list looks empty; items [0, ob_size) are owned, non-NULL references; a list is tracked
 * from creation until dealloc; lists on the free list are untracked, have refcount 0,
 * no item array, and still count in generation 0 (as CPython). Any loop over the items that
 * calls out (comparison, repr) holds its own reference to the item and re-reads ob_size on
 * every step, since user code may mutate the list. See docs/internals/list.md. */
#include "internal/hs_obj_list.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_mem_trace.h"
#include "internal/hs_obj_trace.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/ceval.h"
#include "hs/errors.h"

#include <string.h>

/* ==== state ==== */

/* Lists ready for reuse, used as a stack (CPython 3.11: _Py_list_state). */
static HsListObject *free_list[HS_LIST_MAXFREELIST];
static int numfree;

#define LIST(op) ((HsListObject *)(op))

/* ==== allocation and resizing ==== */

int hs_list_resize(HsObject *op, Hs_ssize_t newsize) {
    HsListObject *self = LIST(op);
    Hs_ssize_t allocated = self->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        Hs_SIZE(self) = newsize;
        return 0;
    }
    /* CPython 3.11: grow by about 1/8 plus 6, rounded down to a multiple of 4; but don't
     * over-allocate when the new size is closer to that than to the old size. */
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - Hs_SIZE(self) > (Hs_ssize_t)(new_allocated - (size_t)newsize)) {
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    }
    if (newsize == 0) {
        new_allocated = 0;
    }
    HsObject **items = NULL;
    if (new_allocated <= (size_t)HS_SSIZE_T_MAX / sizeof(HsObject *)) {
        items = hs_mem_realloc(self->ob_item, new_allocated * sizeof(HsObject *));
    }
    if (items == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    self->ob_item = items;
    Hs_SIZE(self) = newsize;
    self->allocated = (Hs_ssize_t)new_allocated;
    return 0;
}

/* Give an empty list with no item array room for 'size' items, rounded up to an even
 * count (pymalloc's 16-byte granularity). CPython: list_preallocate_exact. */
static int preallocate_exact(HsListObject *self, Hs_ssize_t size) {
    size = (Hs_ssize_t)(((size_t)size + 1) & ~(size_t)1);
    if ((size_t)size > (size_t)HS_SSIZE_T_MAX / sizeof(HsObject *)) {
        HsErr_NoMemory();
        return -1;
    }
    HsObject **items = hs_mem_malloc((size_t)size * sizeof(HsObject *));
    if (items == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    self->ob_item = items;
    self->allocated = size;
    return 0;
}

/* A tracked empty list with no item array, from the free list when it has one. */
static HsListObject *list_alloc(void) {
    HsListObject *op;
    if (numfree > 0) {
        op = free_list[--numfree];
        Hs_REFCNT(op) = 1;
        HS_REF_TOTAL_INC();
        hs_mem_trace_new_reference(HS_GC_HEAD(op)); // CPython: _Py_NewReference
        hs_obj_trace_alloc((HsObject *)op);
    } else {
        op = (HsListObject *)hs_gc_alloc(&HsList_Type, sizeof(HsListObject));
        if (op == NULL) {
            return (HsListObject *)HsErr_NoMemory();
        }
    }
    Hs_SIZE(op) = 0;
    op->ob_item = NULL;
    op->allocated = 0;
    hs_gc_track((HsObject *)op);
    return op;
}

/* An empty list (ob_size 0) whose item array holds exactly 'size' > 0 slots.
 * Return: new reference. CPython: list_new_prealloc. */
static HsListObject *list_new_prealloc(Hs_ssize_t size) {
    HsListObject *op = list_alloc();
    if (op == NULL) {
        return NULL;
    }
    if ((size_t)size > (size_t)HS_SSIZE_T_MAX / sizeof(HsObject *) ||
        (op->ob_item = hs_mem_malloc((size_t)size * sizeof(HsObject *))) == NULL) {
        Hs_DECREF(op);
        return (HsListObject *)HsErr_NoMemory();
    }
    op->allocated = size;
    return op;
}

/* Drop every item and the item array, leaving an empty list. The list is emptied before
 * any reference is dropped, so destructors that look at it see it empty. */
static int list_clear_items(HsListObject *a) {
    HsObject **item = a->ob_item;
    if (item != NULL) {
        Hs_ssize_t i = Hs_SIZE(a);
        Hs_SIZE(a) = 0;
        a->ob_item = NULL;
        a->allocated = 0;
        while (--i >= 0) {
            Hs_XDECREF(item[i]);
        }
        hs_mem_free(item);
    }
    return 0;
}

/* ==== GC support ==== */

static void list_dealloc(HsObject *op) {
    HsListObject *self = LIST(op);
    hs_gc_untrack(op);
    if (!hs_trashcan_begin(op)) {
        return;
    }
    if (self->ob_item != NULL) {
        Hs_ssize_t i = Hs_SIZE(self);
        while (--i >= 0) {
            Hs_XDECREF(self->ob_item[i]);
        }
        hs_mem_free(self->ob_item);
        self->ob_item = NULL;
    }
    if (numfree < HS_LIST_MAXFREELIST && HsList_CheckExact(op)) {
        free_list[numfree++] = self;
    } else {
        hs_gc_free(op);
    }
    hs_trashcan_end();
}

static int list_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    for (Hs_ssize_t i = Hs_SIZE(op); --i >= 0;) {
        HsObject *item = HS_LIST_GET(op, i);
        if (item != NULL) {
            int r = visit(item, arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

static int list_tp_clear(HsObject *op) {
    return list_clear_items(LIST(op));
}

int hs_list_freelist_count(void) {
    return numfree;
}

void hs_list_freelist_clear(void) {
    while (numfree > 0) {
        hs_gc_free((HsObject *)free_list[--numfree]);
    }
}

Hs_ssize_t hs_list_sizeof(HsObject *op) {
    Hs_ssize_t allocated = LIST(op)->allocated;
    return Hs_TYPE(op)->tp_basicsize + (allocated > 0 ? allocated : 0) * 8;
}

/* ==== public C API ==== */

HsObject *HsList_New(Hs_ssize_t size) {
    if (size < 0) {
        HsErr_BAD_INTERNAL_CALL();
        return NULL;
    }
    HsListObject *op = list_alloc();
    if (op == NULL) {
        return NULL;
    }
    if (size > 0) {
        if ((size_t)size > (size_t)HS_SSIZE_T_MAX / sizeof(HsObject *) ||
            (op->ob_item = hs_mem_calloc((size_t)size, sizeof(HsObject *))) == NULL) {
            Hs_DECREF(op);
            return HsErr_NoMemory();
        }
    }
    Hs_SIZE(op) = size;
    op->allocated = size;
    return (HsObject *)op;
}

Hs_ssize_t HsList_Size(HsObject *op) {
    if (!HsList_Check(op)) {
        HsErr_BAD_INTERNAL_CALL();
        return -1;
    }
    return Hs_SIZE(op);
}

HsObject *HsList_GetItem(HsObject *op, Hs_ssize_t i) {
    if (!HsList_Check(op)) {
        HsErr_BAD_INTERNAL_CALL();
        return NULL;
    }
    if ((size_t)i >= (size_t)Hs_SIZE(op)) {
        HsErr_SetString(HsExc_IndexError, "list index out of range");
        return NULL;
    }
    return HS_LIST_GET(op, i);
}

int HsList_SetItem(HsObject *op, Hs_ssize_t i, HsObject *item) {
    if (!HsList_Check(op)) {
        Hs_XDECREF(item);
        HsErr_BAD_INTERNAL_CALL();
        return -1;
    }
    if ((size_t)i >= (size_t)Hs_SIZE(op)) {
        Hs_XDECREF(item);
        HsErr_SetString(HsExc_IndexError, "list assignment index out of range");
        return -1;
    }
    HsObject **p = &HS_LIST_ITEMS(op)[i];
    HsObject *old = *p;
    *p = item;
    Hs_XDECREF(old);
    return 0;
}

/* Insert 'v' before 'where' (clamped like list.insert). CPython: ins1. */
static int ins1(HsListObject *self, Hs_ssize_t where, HsObject *v) {
    Hs_ssize_t n = Hs_SIZE(self);
    if (n == HS_SSIZE_T_MAX) {
        HsErr_SetString(HsExc_OverflowError, "cannot add more objects to list");
        return -1;
    }
    if (hs_list_resize((HsObject *)self, n + 1) < 0) {
        return -1;
    }
    if (where < 0) {
        where += n;
        if (where < 0) {
            where = 0;
        }
    }
    if (where > n) {
        where = n;
    }
    HsObject **items = self->ob_item;
    memmove(&items[where + 1], &items[where], (size_t)(n - where) * sizeof(HsObject *));
    items[where] = Hs_NewRef(v);
    return 0;
}

int HsList_Insert(HsObject *op, Hs_ssize_t i, HsObject *item) {
    if (!HsList_Check(op) || item == NULL) {
        HsErr_BAD_INTERNAL_CALL();
        return -1;
    }
    return ins1(LIST(op), i, item);
}

/* Append, stealing 'item' (dropped on error). CPython: _PyList_AppendTakeRef. */
static int append_take_ref(HsListObject *self, HsObject *item) {
    Hs_ssize_t n = Hs_SIZE(self);
    if (self->allocated > n) {
        self->ob_item[n] = item;
        Hs_SIZE(self) = n + 1;
        return 0;
    }
    if (hs_list_resize((HsObject *)self, n + 1) < 0) {
        Hs_DECREF(item);
        return -1;
    }
    self->ob_item[n] = item;
    return 0;
}

int HsList_Append(HsObject *op, HsObject *item) {
    if (!HsList_Check(op) || item == NULL) {
        HsErr_BAD_INTERNAL_CALL();
        return -1;
    }
    return append_take_ref(LIST(op), Hs_NewRef(item));
}

/* a[ilow:ihigh] with the bounds already clipped. Return: new reference. */
static HsObject *list_slice(HsListObject *a, Hs_ssize_t ilow, Hs_ssize_t ihigh) {
    Hs_ssize_t len = ihigh - ilow;
    if (len <= 0) {
        return HsList_New(0);
    }
    HsListObject *np = list_new_prealloc(len);
    if (np == NULL) {
        return NULL;
    }
    HsObject **src = a->ob_item + ilow;
    for (Hs_ssize_t i = 0; i < len; i++) {
        np->ob_item[i] = Hs_NewRef(src[i]);
    }
    Hs_SIZE(np) = len;
    return (HsObject *)np;
}

HsObject *HsList_GetSlice(HsObject *op, Hs_ssize_t ilow, Hs_ssize_t ihigh) {
    if (!HsList_Check(op)) {
        HsErr_BAD_INTERNAL_CALL();
        return NULL;
    }
    Hs_ssize_t n = Hs_SIZE(op);
    if (ilow < 0) {
        ilow = 0;
    } else if (ilow > n) {
        ilow = n;
    }
    if (ihigh < ilow) {
        ihigh = ilow;
    } else if (ihigh > n) {
        ihigh = n;
    }
    return list_slice(LIST(op), ilow, ihigh);
}

/* ==== extend and construction ==== */

/* A list or tuple holding the items of 'v' (itself when it is one), for code that wants
 * an array. A non-iterable gives TypeError 'msg'. Return: new reference.
 * CPython: PySequence_Fast. */
static HsObject *seq_fast(HsObject *v, const char *msg) {
    if (HsList_CheckExact(v) || HsTuple_CheckExact(v)) {
        return Hs_NewRef(v);
    }
    HsObject *it = HsObject_GetIter(v);
    if (it == NULL) {
        if (HsErr_ExceptionMatches(HsExc_TypeError)) {
            HsErr_SetString(HsExc_TypeError, msg);
        }
        return NULL;
    }
    HsObject *res = HsList_New(0);
    if (res != NULL && hs_list_extend(res, it) < 0) {
        Hs_CLEAR(res);
    }
    Hs_DECREF(it);
    return res;
}

#define FAST_ITEMS(op) (HsList_Check(op) ? HS_LIST_ITEMS(op) : HS_TUPLE_ITEMS(op))

/* extend from a list or tuple (or self): copy the array. CPython: list_extend's fast path. */
static int extend_fast(HsListObject *self, HsObject *iterable) {
    HsObject *seq = seq_fast(iterable, "argument must be iterable");
    if (seq == NULL) {
        return -1;
    }
    Hs_ssize_t n = Hs_SIZE(seq);
    if (n == 0) {
        Hs_DECREF(seq);
        return 0;
    }
    Hs_ssize_t m = Hs_SIZE(self);
    if (self->ob_item == NULL) {
        if (preallocate_exact(self, n) < 0) {
            Hs_DECREF(seq);
            return -1;
        }
        Hs_SIZE(self) = n;
    } else if (hs_list_resize((HsObject *)self, m + n) < 0) {
        Hs_DECREF(seq);
        return -1;
    }
    HsObject **src = FAST_ITEMS(seq);
    HsObject **dest = self->ob_item + m;
    for (Hs_ssize_t i = 0; i < n; i++) {
        dest[i] = Hs_NewRef(src[i]);
    }
    Hs_DECREF(seq);
    return 0;
}

/* A guess at len(o) without calling user code: len() for objects with a length slot, the
 * iterators' own hints, else 'dflt'. CPython: PyObject_LengthHint (see list.md). */
static Hs_ssize_t length_hint(HsObject *o, Hs_ssize_t dflt) {
    HsTypeObject *tp = Hs_TYPE(o);
    if ((tp->tp_as_sequence != NULL && tp->tp_as_sequence->sq_length != NULL) ||
        (tp->tp_as_mapping != NULL && tp->tp_as_mapping->mp_length != NULL)) {
        Hs_ssize_t n = HsObject_Size(o);
        if (n < 0 && HsErr_ExceptionMatches(HsExc_TypeError)) {
            HsErr_Clear();
            return dflt;
        }
        return n;
    }
    if (tp == &HsListIter_Type || tp == &HsListRevIter_Type) {
        HsObject *h = hs_listiter_length_hint(o, NULL);
        if (h == NULL) {
            return -1;
        }
        Hs_ssize_t n = HsLong_AsSsize_t(h);
        Hs_DECREF(h);
        return n;
    }
    return dflt;
}

int hs_list_extend(HsObject *op, HsObject *iterable) {
    HsListObject *self = LIST(op);
    if (HsList_CheckExact(iterable) || HsTuple_CheckExact(iterable) || op == iterable) {
        return extend_fast(self, iterable);
    }
    HsObject *it = HsObject_GetIter(iterable);
    if (it == NULL) {
        return -1;
    }
    hs_iternextfunc iternext = Hs_TYPE(it)->tp_iternext;
    Hs_ssize_t n = length_hint(iterable, 8);
    if (n < 0) {
        goto error;
    }
    Hs_ssize_t m = Hs_SIZE(self);
    if (m > HS_SSIZE_T_MAX - n) {
        /* m + n overflowed: n lied, or we'll run out of memory in the loop */
    } else if (self->ob_item == NULL) {
        if (n != 0 && preallocate_exact(self, n) < 0) {
            goto error;
        }
    } else {
        if (hs_list_resize(op, m + n) < 0) {
            goto error;
        }
        Hs_SIZE(self) = m;
    }
    for (;;) {
        HsObject *item = iternext(it);
        if (item == NULL) {
            if (HsErr_Occurred()) {
                if (!HsErr_ExceptionMatches(HsExc_StopIteration)) {
                    goto error;
                }
                HsErr_Clear();
            }
            break;
        }
        if (append_take_ref(self, item) < 0) {
            goto error;
        }
    }
    if (Hs_SIZE(self) < self->allocated && hs_list_resize(op, Hs_SIZE(self)) < 0) {
        goto error;
    }
    Hs_DECREF(it);
    return 0;
error:
    Hs_DECREF(it);
    return -1;
}

HsObject *hs_list_tp_new(HsTypeObject *type, HsObject *args, HsObject *kwargs) {
    (void)args;
    (void)kwargs;
    if (type != &HsList_Type) {
        return type->tp_alloc(type, 0); /* a class deriving from list */
    }
    /* type.__call__ allocates through tp_alloc, not the free list (as CPython) */
    HsListObject *op = (HsListObject *)hs_gc_alloc(&HsList_Type, sizeof(HsListObject));
    if (op == NULL) {
        return HsErr_NoMemory();
    }
    Hs_SIZE(op) = 0;
    op->ob_item = NULL;
    op->allocated = 0;
    hs_gc_track((HsObject *)op);
    return (HsObject *)op;
}

/* list.__init__ with 'iterable' (NULL: none). */
static int list_init_from(HsObject *self, HsObject *iterable) {
    HsListObject *l = LIST(self);
    if (l->ob_item != NULL) {
        (void)list_clear_items(l);
    }
    if (iterable == NULL) {
        return 0;
    }
    HsTypeObject *tp = Hs_TYPE(iterable);
    if ((tp->tp_as_sequence != NULL && tp->tp_as_sequence->sq_length != NULL) ||
        (tp->tp_as_mapping != NULL && tp->tp_as_mapping->mp_length != NULL)) {
        Hs_ssize_t n = HsObject_Size(iterable);
        if (n == -1) {
            if (!HsErr_ExceptionMatches(HsExc_TypeError)) {
                return -1;
            }
            HsErr_Clear();
        }
        if (n > 0 && l->ob_item == NULL && preallocate_exact(l, n) < 0) {
            return -1;
        }
    }
    return hs_list_extend(self, iterable);
}

int hs_list_tp_init(HsObject *self, HsObject *args, HsObject *kwargs) {
    if (hs_arg_no_kwargs_dict("list", kwargs) < 0) {
        return -1;
    }
    Hs_ssize_t nargs = args != NULL ? Hs_SIZE(args) : 0;
    if (hs_arg_check_positional("list", nargs, 0, 1) < 0) {
        return -1;
    }
    return list_init_from(self, nargs == 1 ? HS_TUPLE_GET(args, 0) : NULL);
}

HsObject *hs_list_from_iterable(HsObject *iterable) {
    HsObject *l = hs_list_tp_new(&HsList_Type, NULL, NULL);
    if (l != NULL && list_init_from(l, iterable) < 0) {
        Hs_CLEAR(l);
    }
    return l;
}

/* list(...) called without an argument tuple (CPython: list_vectorcall). */
static HsObject *list_vectorcall(HsObject *type, HsObject *const *args, size_t nargsf,
                                 HsObject *kwnames) {
    (void)type;
    Hs_ssize_t nargs = HsVectorcall_NARGS(nargsf);
    if (hs_arg_no_keywords("list", kwnames) < 0 ||
        hs_arg_check_positional("list", nargs, 0, 1) < 0) {
        return NULL;
    }
    return hs_list_from_iterable(nargs == 1 ? args[0] : NULL);
}

HsObject *HsList_AsTuple(HsObject *op) {
    if (!HsList_Check(op)) {
        HsErr_BAD_INTERNAL_CALL();
        return NULL;
    }
    return HsTuple_FromArray(HS_LIST_ITEMS(op), Hs_SIZE(op));
}

/* ==== slice assignment ==== */

/* a[ilow:ihigh] = v, v NULL deleting. 'v' is any iterable. CPython: list_ass_slice. */
static int list_ass_slice(HsListObject *a, Hs_ssize_t ilow, Hs_ssize_t ihigh, HsObject *v) {
    HsObject *recycle_on_stack[8];
    HsObject **recycle = recycle_on_stack;
    HsObject **vitem = NULL;
    HsObject *v_as_sf = NULL;
    Hs_ssize_t n = 0;
    int result = -1;
    if (v != NULL) {
        if ((HsObject *)a == v) {
            /* a[i:j] = a: copy first */
            HsObject *copy = list_slice(a, 0, Hs_SIZE(a));
            if (copy == NULL) {
                return -1;
            }
            result = list_ass_slice(a, ilow, ihigh, copy);
            Hs_DECREF(copy);
            return result;
        }
        v_as_sf = seq_fast(v, "can only assign an iterable");
        if (v_as_sf == NULL) {
            return -1;
        }
        n = Hs_SIZE(v_as_sf);
        vitem = FAST_ITEMS(v_as_sf);
    }
    Hs_ssize_t size = Hs_SIZE(a);
    ilow = ilow < 0 ? 0 : ilow > size ? size : ilow;
    ihigh = ihigh < ilow ? ilow : ihigh > size ? size : ihigh;
    Hs_ssize_t norig = ihigh - ilow;
    Hs_ssize_t d = n - norig;
    if (size + d == 0) {
        Hs_XDECREF(v_as_sf);
        return list_clear_items(a);
    }
    HsObject **item = a->ob_item;
    size_t s = (size_t)norig * sizeof(HsObject *);
    if (s != 0) {
        if (s > sizeof(recycle_on_stack) && (recycle = hs_mem_malloc(s)) == NULL) {
            HsErr_NoMemory();
            goto done;
        }
        memcpy(recycle, &item[ilow], s);
    }
    if (d < 0) {
        size_t tail = (size_t)(size - ihigh) * sizeof(HsObject *);
        memmove(&item[ihigh + d], &item[ihigh], tail);
        if (hs_list_resize((HsObject *)a, size + d) < 0) {
            memmove(&item[ihigh], &item[ihigh + d], tail);
            memcpy(&item[ilow], recycle, s);
            goto done;
        }
        item = a->ob_item;
    } else if (d > 0) {
        if (hs_list_resize((HsObject *)a, size + d) < 0) {
            goto done;
        }
        item = a->ob_item;
        memmove(&item[ihigh + d], &item[ihigh], (size_t)(size - ihigh) * sizeof(HsObject *));
    }
    for (Hs_ssize_t k = 0; k < n; k++, ilow++) {
        item[ilow] = Hs_NewRef(vitem[k]);
    }
    for (Hs_ssize_t k = norig - 1; k >= 0; --k) {
        Hs_XDECREF(recycle[k]);
    }
    result = 0;
done:
    if (recycle != recycle_on_stack) {
        hs_mem_free(recycle);
    }
    Hs_XDECREF(v_as_sf);
    return result;
}

int HsList_SetSlice(HsObject *op, Hs_ssize_t ilow, Hs_ssize_t ihigh, HsObject *v) {
    if (!HsList_Check(op)) {
        HsErr_BAD_INTERNAL_CALL();
        return -1;
    }
    return list_ass_slice(LIST(op), ilow, ihigh, v);
}

/* del a[start:stop:step] for step != 1 (slicelength > 0). CPython: list_ass_subscript. */
static int delete_extended(HsListObject *self, Hs_ssize_t start, Hs_ssize_t step,
                           Hs_ssize_t slicelength) {
    if (step < 0) {
        start = start + step * (slicelength - 1);
        step = -step;
    }
    HsObject **garbage = hs_mem_malloc((size_t)slicelength * sizeof(HsObject *));
    if (garbage == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    /* drop d = slicelength items, sliding the kept ones down */
    Hs_ssize_t cur = start, i = 0;
    for (; cur < Hs_SIZE(self) && i < slicelength; cur += step, i++) {
        Hs_ssize_t lim = step - 1;
        garbage[i] = self->ob_item[cur];
        if (cur + step >= Hs_SIZE(self)) {
            lim = Hs_SIZE(self) - cur - 1;
        }
        memmove(self->ob_item + cur - i, self->ob_item + cur + 1, (size_t)lim * sizeof(HsObject *));
    }
    cur = start + slicelength * step;
    if (cur < Hs_SIZE(self)) {
        memmove(self->ob_item + cur - slicelength, self->ob_item + cur,
                (size_t)(Hs_SIZE(self) - cur) * sizeof(HsObject *));
    }
    Hs_SIZE(self) -= slicelength;
    int res = hs_list_resize((HsObject *)self, Hs_SIZE(self));
    for (i = 0; i < slicelength; i++) {
        Hs_DECREF(garbage[i]);
    }
    hs_mem_free(garbage);
    return res;
}

/* a[start:stop:step] = value for step != 1. */
static int assign_extended(HsListObject *self, Hs_ssize_t start, Hs_ssize_t step,
                           Hs_ssize_t slicelength, HsObject *value) {
    HsObject *seq;
    if ((HsObject *)self == value) {
        seq = list_slice(LIST(value), 0, Hs_SIZE(value));
    } else {
        seq = seq_fast(value, "must assign iterable to extended slice");
    }
    if (seq == NULL) {
        return -1;
    }
    if (Hs_SIZE(seq) != slicelength) {
        HsErr_Format(HsExc_ValueError,
                     "attempt to assign sequence of size %zd to extended slice of size %zd",
                     Hs_SIZE(seq), slicelength);
        Hs_DECREF(seq);
        return -1;
    }
    if (slicelength == 0) {
        Hs_DECREF(seq);
        return 0;
    }
    HsObject **garbage = hs_mem_malloc((size_t)slicelength * sizeof(HsObject *));
    if (garbage == NULL) {
        Hs_DECREF(seq);
        HsErr_NoMemory();
        return -1;
    }
    HsObject **seqitems = FAST_ITEMS(seq);
    Hs_ssize_t cur = start;
    for (Hs_ssize_t i = 0; i < slicelength; cur += step, i++) {
        garbage[i] = self->ob_item[cur];
        self->ob_item[cur] = Hs_NewRef(seqitems[i]);
    }
    for (Hs_ssize_t i = 0; i < slicelength; i++) {
        Hs_DECREF(garbage[i]);
    }
    hs_mem_free(garbage);
    Hs_DECREF(seq);
    return 0;
}

/* ==== sequence and mapping slots ==== */

static Hs_ssize_t list_length(HsObject *op) {
    return Hs_SIZE(op);
}

static HsObject *list_item(HsObject *op, Hs_ssize_t i) {
    if ((size_t)i >= (size_t)Hs_SIZE(op)) {
        HsErr_SetString(HsExc_IndexError, "list index out of range");
        return NULL;
    }
    return Hs_NewRef(HS_LIST_GET(op, i));
}

static int list_ass_item(HsObject *op, Hs_ssize_t i, HsObject *v) {
    if ((size_t)i >= (size_t)Hs_SIZE(op)) {
        HsErr_SetString(HsExc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (v == NULL) {
        return list_ass_slice(LIST(op), i, i + 1, v);
    }
    Hs_SETREF(HS_LIST_ITEMS(op)[i], Hs_NewRef(v));
    return 0;
}

static int list_contains(HsObject *op, HsObject *el) {
    int cmp = 0;
    for (Hs_ssize_t i = 0; cmp == 0 && i < Hs_SIZE(op); ++i) {
        HsObject *item = Hs_NewRef(HS_LIST_GET(op, i));
        cmp = HsObject_RichCompareBool(item, el, HS_EQ);
        Hs_DECREF(item);
    }
    return cmp;
}

static HsObject *list_concat(HsObject *a, HsObject *bb) {
    if (!HsList_Check(bb)) {
        return HsErr_Format(HsExc_TypeError, "can only concatenate list (not \"%.200s\") to list",
                            Hs_TYPE(bb)->tp_name);
    }
    Hs_ssize_t na = Hs_SIZE(a), nb = Hs_SIZE(bb);
    if (na > HS_SSIZE_T_MAX - nb) {
        return HsErr_NoMemory();
    }
    if (na + nb == 0) {
        return HsList_New(0);
    }
    HsListObject *np = list_new_prealloc(na + nb);
    if (np == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < na; i++) {
        np->ob_item[i] = Hs_NewRef(HS_LIST_GET(a, i));
    }
    for (Hs_ssize_t i = 0; i < nb; i++) {
        np->ob_item[na + i] = Hs_NewRef(HS_LIST_GET(bb, i));
    }
    Hs_SIZE(np) = na + nb;
    return (HsObject *)np;
}

static HsObject *list_repeat(HsObject *a, Hs_ssize_t n) {
    Hs_ssize_t input = Hs_SIZE(a);
    if (n < 0) {
        n = 0;
    }
    if (n > 0 && input > HS_SSIZE_T_MAX / n) {
        return HsErr_NoMemory();
    }
    Hs_ssize_t size = input * n;
    if (size == 0) {
        return HsList_New(0);
    }
    HsListObject *np = list_new_prealloc(size);
    if (np == NULL) {
        return NULL;
    }
    HsObject **dest = np->ob_item;
    for (Hs_ssize_t j = 0; j < n; j++) {
        for (Hs_ssize_t i = 0; i < input; i++) {
            *dest++ = Hs_NewRef(HS_LIST_GET(a, i));
        }
    }
    Hs_SIZE(np) = size;
    return (HsObject *)np;
}

static HsObject *list_inplace_concat(HsObject *self, HsObject *other) {
    if (hs_list_extend(self, other) < 0) {
        return NULL;
    }
    return Hs_NewRef(self);
}

static HsObject *list_inplace_repeat(HsObject *op, Hs_ssize_t n) {
    Hs_ssize_t size = Hs_SIZE(op);
    if (size == 0 || n == 1) {
        return Hs_NewRef(op);
    }
    if (n < 1) {
        (void)list_clear_items(LIST(op));
        return Hs_NewRef(op);
    }
    if (size > HS_SSIZE_T_MAX / n) {
        return HsErr_NoMemory();
    }
    if (hs_list_resize(op, size * n) < 0) {
        return NULL;
    }
    HsObject **items = HS_LIST_ITEMS(op);
    HsObject **p = items + size;
    for (Hs_ssize_t i = 1; i < n; i++) {
        for (Hs_ssize_t j = 0; j < size; j++) {
            *p++ = Hs_NewRef(items[j]);
        }
    }
    return Hs_NewRef(op);
}

HsObject *hs_list_subscript(HsObject *op, HsObject *item) {
    HsNumberMethods *nb = Hs_TYPE(item)->tp_as_number;
    if (HsLong_Check(item) || (nb != NULL && nb->nb_index != NULL)) {
        Hs_ssize_t i = HsNumber_AsSsize_t(item, HsExc_IndexError);
        if (i == -1 && HsErr_Occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += Hs_SIZE(op);
        }
        return list_item(op, i);
    }
    if (HsSlice_Check(item)) {
        Hs_ssize_t start, stop, step;
        if (hs_slice_unpack(item, &start, &stop, &step) < 0) {
            return NULL;
        }
        Hs_ssize_t len = hs_slice_adjust_indices(Hs_SIZE(op), &start, &stop, step);
        if (step == 1) {
            return list_slice(LIST(op), start, stop);
        }
        if (len <= 0) {
            return HsList_New(0);
        }
        HsListObject *res = list_new_prealloc(len);
        if (res == NULL) {
            return NULL;
        }
        for (Hs_ssize_t cur = start, i = 0; i < len; cur += step, i++) {
            res->ob_item[i] = Hs_NewRef(HS_LIST_GET(op, cur));
        }
        Hs_SIZE(res) = len;
        return (HsObject *)res;
    }
    return HsErr_Format(HsExc_TypeError, "list indices must be integers or slices, not %.200s",
                        Hs_TYPE(item)->tp_name);
}

static int list_ass_subscript(HsObject *op, HsObject *item, HsObject *value) {
    HsNumberMethods *nb = Hs_TYPE(item)->tp_as_number;
    if (HsLong_Check(item) || (nb != NULL && nb->nb_index != NULL)) {
        Hs_ssize_t i = HsNumber_AsSsize_t(item, HsExc_IndexError);
        if (i == -1 && HsErr_Occurred()) {
            return -1;
        }
        if (i < 0) {
            i += Hs_SIZE(op);
        }
        return list_ass_item(op, i, value);
    }
    if (!HsSlice_Check(item)) {
        HsErr_Format(HsExc_TypeError, "list indices must be integers or slices, not %.200s",
                     Hs_TYPE(item)->tp_name);
        return -1;
    }
    Hs_ssize_t start, stop, step;
    if (hs_slice_unpack(item, &start, &stop, &step) < 0) {
        return -1;
    }
    Hs_ssize_t slicelength = hs_slice_adjust_indices(Hs_SIZE(op), &start, &stop, step);
    if (step == 1) {
        return list_ass_slice(LIST(op), start, stop, value);
    }
    /* s[5:2] = [..] inserts before 5, not before 2 */
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) {
        stop = start;
    }
    if (value == NULL) {
        if (slicelength <= 0) {
            return 0;
        }
        return delete_extended(LIST(op), start, step, slicelength);
    }
    return assign_extended(LIST(op), start, step, slicelength, value);
}

/* ==== comparison and repr ==== */

static HsObject *compare_sizes(Hs_ssize_t a, Hs_ssize_t b, int op) {
    int r;
    switch (op) {
    case HS_LT:
        r = a < b;
        break;
    case HS_LE:
        r = a <= b;
        break;
    case HS_EQ:
        r = a == b;
        break;
    case HS_NE:
        r = a != b;
        break;
    case HS_GT:
        r = a > b;
        break;
    default:
        r = a >= b;
        break;
    }
    return HsBool_FromLong(r);
}

static HsObject *list_richcompare(HsObject *v, HsObject *w, int op) {
    if (!HsList_Check(v) || !HsList_Check(w)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    if (Hs_SIZE(v) != Hs_SIZE(w) && (op == HS_EQ || op == HS_NE)) {
        return HsBool_FromLong(op == HS_NE);
    }
    /* find the first index where the items differ (sizes re-read: user code may mutate) */
    Hs_ssize_t i;
    for (i = 0; i < Hs_SIZE(v) && i < Hs_SIZE(w); i++) {
        HsObject *vi = HS_LIST_GET(v, i), *wi = HS_LIST_GET(w, i);
        if (vi == wi) {
            continue;
        }
        Hs_INCREF(vi);
        Hs_INCREF(wi);
        int k = HsObject_RichCompareBool(vi, wi, HS_EQ);
        Hs_DECREF(vi);
        Hs_DECREF(wi);
        if (k < 0) {
            return NULL;
        }
        if (!k) {
            break;
        }
    }
    if (i >= Hs_SIZE(v) || i >= Hs_SIZE(w)) {
        return compare_sizes(Hs_SIZE(v), Hs_SIZE(w), op);
    }
    if (op == HS_EQ) {
        Hs_RETURN_FALSE;
    }
    if (op == HS_NE) {
        Hs_RETURN_TRUE;
    }
    HsObject *vi = Hs_NewRef(HS_LIST_GET(v, i)), *wi = Hs_NewRef(HS_LIST_GET(w, i));
    HsObject *res = HsObject_RichCompare(vi, wi, op);
    Hs_DECREF(vi);
    Hs_DECREF(wi);
    return res;
}

/* Append repr(item) to 'w' (HsObject_Repr guards the depth). */
static int write_item_repr(HsStrWriter *w, HsObject *item) {
    Hs_INCREF(item);
    HsObject *s = HsObject_Repr(item);
    Hs_DECREF(item);
    if (s == NULL) {
        return -1;
    }
    int r = hs_str_writer_str(w, s);
    Hs_DECREF(s);
    return r;
}

static HsObject *list_repr(HsObject *v) {
    if (Hs_SIZE(v) == 0) {
        return HsUnicode_FromString("[]");
    }
    int r = hs_repr_enter(v);
    if (r != 0) {
        return r > 0 ? HsUnicode_FromString("[...]") : NULL;
    }
    HsStrWriter w;
    hs_str_writer_init(&w);
    if (hs_str_writer_char(&w, '[') < 0) {
        goto error;
    }
    for (Hs_ssize_t i = 0; i < Hs_SIZE(v); ++i) {
        if (i > 0 && hs_str_writer_ascii(&w, ", ") < 0) {
            goto error;
        }
        if (write_item_repr(&w, HS_LIST_GET(v, i)) < 0) {
            goto error;
        }
    }
    if (hs_str_writer_char(&w, ']') < 0) {
        goto error;
    }
    hs_repr_leave(v);
    return hs_str_writer_finish(&w);
error:
    hs_str_writer_discard(&w);
    hs_repr_leave(v);
    return NULL;
}

/* ==== the type ==== */

static HsSequenceMethods list_as_sequence = {
    .sq_length = list_length,
    .sq_concat = list_concat,
    .sq_repeat = list_repeat,
    .sq_item = list_item,
    .sq_ass_item = list_ass_item,
    .sq_contains = list_contains,
    .sq_inplace_concat = list_inplace_concat,
    .sq_inplace_repeat = list_inplace_repeat,
};

static HsMappingMethods list_as_mapping = {
    .mp_length = list_length,
    .mp_subscript = hs_list_subscript,
    .mp_ass_subscript = list_ass_subscript,
};

HsTypeObject HsList_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "list",
    .tp_getattro = HsObject_GenericGetAttr, /* as CPython: its own __getattribute__ */
    .tp_basicsize = sizeof(HsListObject),
    .tp_dealloc = list_dealloc,
    .tp_repr = list_repr,
    .tp_as_sequence = &list_as_sequence,
    .tp_as_mapping = &list_as_mapping,
    .tp_hash = HsObject_HashNotImplemented, /* list.__hash__ is None */
    .tp_flags =
        HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE | HS_TPFLAGS_LIST_SUBCLASS | HS_TPFLAGS_SEQUENCE,
    .tp_doc = "Built-in mutable sequence.",
    .tp_traverse = list_traverse,
    .tp_clear = list_tp_clear,
    .tp_richcompare = list_richcompare,
    .tp_iter = hs_list_iter,
    .tp_methods = hs_list_methods,
    .tp_init = hs_list_tp_init,
    .tp_new = hs_list_tp_new,
    .tp_vectorcall = list_vectorcall,
};
