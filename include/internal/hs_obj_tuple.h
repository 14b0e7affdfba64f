/* The tuple object (CPython: Include/cpython/tupleobject.h, Objects/tupleobject.c):
 * an HsVarObject whose ob_size items follow inline, so sys.getsizeof(()) == 40 and each
 * item adds 8. The empty tuple is a singleton; tuples of 1..19 items are recycled through
 * per-size free lists, as CPython 3.11. */
#ifndef HS_INTERNAL_HS_OBJ_TUPLE_H
#define HS_INTERNAL_HS_OBJ_TUPLE_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"
#include "internal/hs_obj_descr.h"

typedef struct HsTupleObject {
    HsVarObject ob_base;
    HsObject *ob_item[1]; /* ob_size items; the array is sized at allocation */
} HsTupleObject;

extern HsTypeObject HsTuple_Type;

#define HsTuple_CheckExact(op) (Hs_TYPE(op) == &HsTuple_Type)
#define HsTuple_Check(op) HsType_HasFeature(Hs_TYPE(op), HS_TPFLAGS_TUPLE_SUBCLASS)
#define HS_TUPLE_ITEMS(op) (((HsTupleObject *)(op))->ob_item)
#define HS_TUPLE_GET(op, i) (((HsTupleObject *)(op))->ob_item[i])
/* Steals: 'v'. Only for filling a tuple just created. */
#define HS_TUPLE_SET(op, i, v) (((HsTupleObject *)(op))->ob_item[i] = (v))

/* The free lists hold tuples of 1..HS_TUPLE_MAXSAVESIZE-1 items, at most
 * HS_TUPLE_MAXFREELIST of each size (CPython 3.11: PyTuple_MAXSAVESIZE, PyTuple_MAXFREELIST). */
#define HS_TUPLE_MAXSAVESIZE 20
#define HS_TUPLE_MAXFREELIST 2000

/* A tuple of 'size' NULL items, tracked by the collector (fill it with HS_TUPLE_SET before
 * anything can see it). Return: new reference. CPython: PyTuple_New. */
HsObject *HsTuple_New(Hs_ssize_t size);

/* Return: new reference to a tuple of the 'n' arguments (each gets a new reference).
 * CPython: PyTuple_Pack. */
HsObject *HsTuple_Pack(Hs_ssize_t n, ...);

/* Return: new reference to a tuple of the 'n' objects of 'items'. CPython: _PyTuple_FromArray */
HsObject *HsTuple_FromArray(HsObject *const *items, Hs_ssize_t n);

/* Return: borrowed reference (owned by the tuple); NULL with IndexError when out of range. */
HsObject *HsTuple_GetItem(HsObject *op, Hs_ssize_t i);

/* Number of tuples on the free list of size 'size' (for tests and heap summaries). */
Hs_ssize_t hs_tuple_freelist_count(Hs_ssize_t size);

/* Untrack 'op' if no item can be part of a cycle (CPython: _PyTuple_MaybeUntrack); the
 * collector calls it on young survivors through its untrack hook. */
void hs_tuple_maybe_untrack(HsObject *op);

/* The tuple type's slots and tables, defined in tuplemethods.c for the type object in
 * tupleobject.c. */

Hs_ssize_t hs_tuple_hash(HsObject *op);
HsObject *hs_tuple_richcompare(HsObject *v, HsObject *w, int op);
HsObject *hs_tuple_repr(HsObject *op);
HsObject *hs_tuple_iter(HsObject *op);
HsObject *hs_tuple_new(HsTypeObject *type, HsObject *args, HsObject *kwds);
/* tuple(...) without an argument tuple (tuple's tp_vectorcall). Return: new reference. */
HsObject *hs_tuple_vectorcall(HsObject *type, HsObject *const *args, size_t nargsf,
                              HsObject *kwnames);
extern HsMethodDef hs_tuple_methods[];
extern HsSequenceMethods hs_tuple_as_sequence;
extern HsMappingMethods hs_tuple_as_mapping;
extern HsTypeObject HsTupleIter_Type;

/* Register the tuple's untrack hook with the collector (called once at start-up). */
int hs_tuple_init(void);

#endif /* HS_INTERNAL_HS_OBJ_TUPLE_H */
