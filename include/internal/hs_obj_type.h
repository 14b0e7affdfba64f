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

#endif /* HS_INTERNAL_HS_OBJ_TYPE_H */
