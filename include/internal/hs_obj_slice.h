/* The slice object (CPython 3.11: Include/sliceobject.h, Objects/sliceobject.c): a GC object
 * holding start, stop and step (each any object, None when omitted), so
 * sys.getsizeof(slice(1, 2)) == 56. Slices compare as (start, stop, step) tuples and are
 * unhashable in 3.11. Also the index helpers every sequence uses: CPython's PySlice_Unpack
 * and PySlice_AdjustIndices. */
#ifndef HS_INTERNAL_HS_OBJ_SLICE_H
#define HS_INTERNAL_HS_OBJ_SLICE_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

typedef struct HsSliceObject {
    HsObject ob_base;
    HsObject *start, *stop, *step; /* never NULL: None when not given */
} HsSliceObject;

extern HsTypeObject HsSlice_Type;

#define HsSlice_Check(op) (Hs_TYPE(op) == &HsSlice_Type)

/* slice(start, stop, step); a NULL argument means None. Arguments are borrowed.
 * Return: new reference. CPython: PySlice_New. */
HsObject *HsSlice_New(HsObject *start, HsObject *stop, HsObject *step);

/* Convert a slice's fields to C indices, None giving the defaults for the step's sign
 * (start 0 / HS_SSIZE_T_MAX, stop HS_SSIZE_T_MAX / HS_SSIZE_T_MIN), huge values clamped.
 * -1 with ValueError "slice step cannot be zero" or TypeError "slice indices must be
 * integers or None or have an __index__ method". CPython: PySlice_Unpack. */
int hs_slice_unpack(HsObject *slice, Hs_ssize_t *start, Hs_ssize_t *stop, Hs_ssize_t *step);

/* Clip unpacked indices to a sequence of 'length' items; returns the slice length.
 * CPython: PySlice_AdjustIndices. */
Hs_ssize_t hs_slice_adjust_indices(Hs_ssize_t length, Hs_ssize_t *start, Hs_ssize_t *stop,
                                   Hs_ssize_t step);

/* 'v' as a slice index: None leaves *pi alone and returns 1; an int (or __index__) is
 * clamped to Hs_ssize_t. 0 with TypeError otherwise. CPython: _PyEval_SliceIndex. */
int hs_slice_index(HsObject *v, Hs_ssize_t *pi);
/* The same, but None is refused too ("slice indices must be integers or have an __index__
 * method"). CPython: _PyEval_SliceIndexNotNone. 1 on success, 0 with TypeError. */
int hs_slice_index_not_none(HsObject *v, Hs_ssize_t *pi);

/* slice.indices(length) (METH_O). Return: new reference to a 3-tuple of ints. */
HsObject *hs_slice_indices(HsObject *self, HsObject *length);

/* slice(...) as a type call (tp_new): 1 to 3 positional arguments, no keywords. */
HsObject *hs_slice_tp_new(HsTypeObject *type, HsObject *args, HsObject *kwargs);

#endif /* HS_INTERNAL_HS_OBJ_SLICE_H */
