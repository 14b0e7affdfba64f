/* Type objects' internal API (CPython: Objects/typeobject.c). */
#ifndef HS_INTERNAL_HS_OBJ_TYPE_H
#define HS_INTERNAL_HS_OBJ_TYPE_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

/* Is 'sub' the same type as, or a subtype of, 'base'? Walks tp_mro once the type is
 * readied, else the tp_base chain. CPython: PyType_IsSubtype. */
int HsType_IsSubtype(HsTypeObject *sub, HsTypeObject *base);

#define HsObject_TypeCheck(op, tp) (Hs_TYPE(op) == (tp) || HsType_IsSubtype(Hs_TYPE(op), (tp)))

/* ==== repr recursion (CPython: Py_ReprEnter / Py_ReprLeave) ====
 * A container's repr calls hs_repr_enter(self) first: 0 means go on (and call hs_repr_leave
 * afterwards), 1 means 'self' is already being repr'd higher up the stack (write "[...]" or
 * "{...}" instead), -1 means an error is set. */
int hs_repr_enter(HsObject *op);
void hs_repr_leave(HsObject *op);

/* ==== the sequence iterator (CPython: PySeqIter_Type) ====
 * iter(o) for an object with __getitem__ but no __iter__: yields o[0], o[1], ... until
 * IndexError or StopIteration. Return: new reference. */
extern HsTypeObject HsSeqIter_Type;
HsObject *HsSeqIter_New(HsObject *seq);

#endif /* HS_INTERNAL_HS_OBJ_TYPE_H */
