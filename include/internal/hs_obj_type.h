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
#define HsType_Check(op) HsType_HasFeature(Hs_TYPE(op), HS_TPFLAGS_TYPE_SUBCLASS)

/* The root of every class: 'object'. */
extern HsTypeObject HsBaseObject_Type;

/* Make 'type' usable from Python (CPython: PyType_Ready): fill in the base ('object' by
 * default), inherit slots from the MRO, compute __mro__ and __bases__, and build the type's
 * dict: a descriptor per tp_methods / tp_members / tp_getset entry, __doc__, and
 * __hash__ = None for unhashable types. Idempotent. Returns 0, or -1 with an exception. */
int HsType_Ready(HsTypeObject *type);

/* Look 'name' up along type's MRO, as attribute lookup does (CPython: _PyType_Lookup).
 * Cached by (type, name) until any type's dict changes. Return: borrowed reference (owned
 * by a type's dict), or NULL without an exception when not found. */
HsObject *hs_type_lookup(HsTypeObject *type, HsObject *name);

/* Forget every cached lookup: call after changing a type's dict or bases. */
void hs_type_modified(HsTypeObject *type);

/* tp_alloc for every type: zeroed memory for 'nitems' items, header set, tracked if GC.
 * Return: new reference. CPython: PyType_GenericAlloc. */
HsObject *HsType_GenericAlloc(HsTypeObject *type, Hs_ssize_t nitems);
/* tp_new that just allocates. CPython: PyType_GenericNew. */
HsObject *HsType_GenericNew(HsTypeObject *type, HsObject *args, HsObject *kwds);

/* Ready every built-in type and register the collector hooks (src/obj/bootstrap.c).
 * Call once at start-up, before any attribute lookup. Returns 0 or -1. */
int hs_obj_init(void);

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
