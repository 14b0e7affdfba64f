/* The range object and its iterators (CPython 3.11: Include/rangeobject.h,
 * Objects/rangeobject.c): start, stop, step and the length, each an int object (arbitrary
 * size), so sys.getsizeof(range(10)) == 48. Not a GC type. Iteration uses the C-long
 * range_iterator when start, step and the length fit a C long, else longrange_iterator. */
#ifndef HS_INTERNAL_HS_OBJ_RANGE_H
#define HS_INTERNAL_HS_OBJ_RANGE_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"
#include "internal/hs_obj_descr.h"

typedef struct HsRangeObject {
    HsObject ob_base;
    HsObject *start, *stop, *step; /* ints; step != 0 */
    HsObject *length;              /* int >= 0 */
} HsRangeObject;

extern HsTypeObject HsRange_Type;
extern HsTypeObject HsRangeIter_Type;     /* "range_iterator" */
extern HsTypeObject HsLongRangeIter_Type; /* "longrange_iterator" */

#define HsRange_Check(op) (Hs_TYPE(op) == &HsRange_Type)

/* range(*args) with args[0..nargs) (kwnames: keyword names or NULL; any keyword is an
 * error "range() takes no keyword arguments"). Return: new reference. CPython:
 * range_vectorcall. */
HsObject *hs_range_new(HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames);
/* tp_new form of the same. */
HsObject *hs_range_tp_new(HsTypeObject *type, HsObject *args, HsObject *kwargs);

/* Methods with CPython's conventions: count/index METH_O, __reversed__ METH_NOARGS.
 * Return: new reference. */
HsObject *hs_range_count(HsObject *self, HsObject *ob);
HsObject *hs_range_index(HsObject *self, HsObject *ob);
HsObject *hs_range_reversed(HsObject *self, HsObject *unused);
/* The iterators' __length_hint__ (METH_NOARGS). Return: new reference. */
HsObject *hs_rangeiter_length_hint(HsObject *it, HsObject *unused);

#endif /* HS_INTERNAL_HS_OBJ_RANGE_H */
