/* The list object (CPython 3.11: Include/cpython/listobject.h, Objects/listobject.c):
 * an HsVarObject plus a separately allocated item array, so sys.getsizeof([]) == 56
 * (40 + the 16-byte GC head) and each allocated slot adds 8. ob_size is the length,
 * 'allocated' the capacity; list_resize over-allocates as CPython 3.11 does.
 * Invariants: 0 <= ob_size <= allocated; ob_item may be NULL only when allocated == 0; items
 * [0, ob_size) are owned references; during a sort the list looks empty (allocated == -1);
 * a list is always tracked.
 * See docs/internals/list.md. */
#ifndef HS_INTERNAL_HS_OBJ_LIST_H
#define HS_INTERNAL_HS_OBJ_LIST_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"
#include "internal/hs_obj_descr.h"

typedef struct HsListObject {
    HsVarObject ob_base;
    HsObject **ob_item;   /* the items; NULL when allocated == 0 */
    Hs_ssize_t allocated; /* capacity of ob_item */
} HsListObject;

extern HsTypeObject HsList_Type;
extern HsTypeObject HsListIter_Type;    /* "list_iterator" */
extern HsTypeObject HsListRevIter_Type; /* "list_reverseiterator" */

#define HsList_CheckExact(op) (Hs_TYPE(op) == &HsList_Type)
#define HsList_Check(op) HsType_HasFeature(Hs_TYPE(op), HS_TPFLAGS_LIST_SUBCLASS)
#define HS_LIST_ITEMS(op) (((HsListObject *)(op))->ob_item)
#define HS_LIST_GET(op, i) (((HsListObject *)(op))->ob_item[i])
/* Steals: 'v'. Only for filling a list made by HsList_New (the slot must hold NULL). */
#define HS_LIST_SET(op, i, v) (((HsListObject *)(op))->ob_item[i] = (v))

/* Lists kept for reuse by the free list (CPython 3.11: PyList_MAXFREELIST). */
#define HS_LIST_MAXFREELIST 80

/* ==== public C API ==== */

/* A tracked list of 'size' NULL items allocated exactly (as BUILD_LIST); fill it with
 * HS_LIST_SET before anything can see it. Return: new reference. CPython: PyList_New. */
HsObject *HsList_New(Hs_ssize_t size);
/* len(op), or -1 with SystemError if 'op' is not a list. CPython: PyList_Size. */
Hs_ssize_t HsList_Size(HsObject *op);
/* Return: borrowed reference (owned by the list); NULL with IndexError "list index out of
 * range". CPython: PyList_GetItem. */
HsObject *HsList_GetItem(HsObject *op, Hs_ssize_t i);
/* Steals: 'item' (even on error). Replaces op[i]. -1 with IndexError "list assignment index
 * out of range". CPython: PyList_SetItem. */
int HsList_SetItem(HsObject *op, Hs_ssize_t i, HsObject *item);
/* op.insert(i, item); 'item' borrowed. CPython: PyList_Insert. */
int HsList_Insert(HsObject *op, Hs_ssize_t i, HsObject *item);
/* op.append(item); 'item' borrowed. CPython: PyList_Append. */
int HsList_Append(HsObject *op, HsObject *item);
/* op[lo:hi] (clamped). Return: new reference. CPython: PyList_GetSlice. */
HsObject *HsList_GetSlice(HsObject *op, Hs_ssize_t lo, Hs_ssize_t hi);
/* op[lo:hi] = v (v NULL: delete; v any iterable). CPython: PyList_SetSlice. */
int HsList_SetSlice(HsObject *op, Hs_ssize_t lo, Hs_ssize_t hi, HsObject *v);
/* op.sort() / op.reverse(). CPython: PyList_Sort, PyList_Reverse. */
int HsList_Sort(HsObject *op);
int HsList_Reverse(HsObject *op);
/* tuple(op). Return: new reference. CPython: PyList_AsTuple. */
HsObject *HsList_AsTuple(HsObject *op);

/* ==== internal API ==== */

/* op.extend(iterable) for any iterable. Returns 0 or -1. CPython: list_extend. */
int hs_list_extend(HsObject *op, HsObject *iterable);
/* list.__new__ and list.__init__ (clears, then extends with the optional iterable; at most
 * one positional argument, no keywords). CPython: list_vectorcall / list___init__. */
HsObject *hs_list_tp_new(HsTypeObject *type, HsObject *args, HsObject *kwargs);
int hs_list_tp_init(HsObject *self, HsObject *args, HsObject *kwargs);
/* list(iterable) ('iterable' may be NULL for list()). Return: new reference. */
HsObject *hs_list_from_iterable(HsObject *iterable);
/* Resize so ob_size == 'newsize', with CPython 3.11's over-allocation (and shrinking when
 * newsize < allocated / 2). New slots are uninitialised. CPython: list_resize. */
int hs_list_resize(HsObject *op, Hs_ssize_t newsize);
/* list.__sizeof__ without the GC head: 40 + 8 * allocated. */
Hs_ssize_t hs_list_sizeof(HsObject *op);
/* sys.getsizeof(op) as CPython reports it (GC head included). */
#define HS_LIST_GETSIZEOF(op) (hs_list_sizeof(op) + 16)
/* Lists waiting on the free list (for tests and heap summaries). */
int hs_list_freelist_count(void);
/* Empty the free list, freeing its lists. */
void hs_list_freelist_clear(void);

/* The sort (src/obj/listsort.c): CPython's timsort. 'keyfunc' may be NULL (or None),
 * 'reverse' 0/1. Returns 0 or -1 (ValueError "list modified during sort" among others). */
int hs_list_sort_impl(HsObject *op, HsObject *keyfunc, int reverse);
/* Reverse items [lo, hi) in place. CPython: reverse_slice. */
void hs_list_reverse_slice(HsObject **lo, HsObject **hi);

/* Method implementations with their CPython calling conventions (for tp_methods and tests).
 *   append/remove/count/index-free: METH_O; pop/index/insert: METH_FASTCALL;
 *   sort: METH_FASTCALL|METH_KEYWORDS; clear/copy/reverse/__reversed__/__sizeof__: NOARGS.
 * Each returns a new reference or NULL. */
HsObject *hs_list_append(HsObject *self, HsObject *item);
HsObject *hs_list_extend_meth(HsObject *self, HsObject *iterable);
HsObject *hs_list_insert(HsObject *self, HsObject *const *args, Hs_ssize_t nargs);
HsObject *hs_list_pop(HsObject *self, HsObject *const *args, Hs_ssize_t nargs);
HsObject *hs_list_remove(HsObject *self, HsObject *value);
HsObject *hs_list_index(HsObject *self, HsObject *const *args, Hs_ssize_t nargs);
HsObject *hs_list_count(HsObject *self, HsObject *value);
HsObject *hs_list_clear(HsObject *self, HsObject *unused);
HsObject *hs_list_copy(HsObject *self, HsObject *unused);
HsObject *hs_list_reverse(HsObject *self, HsObject *unused);
HsObject *hs_list_sort(HsObject *self, HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames);
HsObject *hs_list_reversed(HsObject *self, HsObject *unused);
HsObject *hs_list_sizeof_meth(HsObject *self, HsObject *unused);
/* list.__getitem__ (METH_O | METH_COEXIST, as CPython) and the mp_subscript slot:
 * an int index or a slice. Return: new reference. */
HsObject *hs_list_subscript(HsObject *self, HsObject *item);

/* iter(op) (tp_iter). Return: new reference. */
HsObject *hs_list_iter(HsObject *op);
/* The iterators' __length_hint__ (either iterator type). Return: new reference. */
HsObject *hs_listiter_length_hint(HsObject *it, HsObject *unused);
/* list's tp_methods table (src/obj/listmethods.c). */
extern HsMethodDef hs_list_methods[];

#endif /* HS_INTERNAL_HS_OBJ_LIST_H */
