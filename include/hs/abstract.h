/* The object protocols: generic operations on any object, dispatched through its type's
 * slots (CPython: Include/abstract.h, Objects/abstract.c, Objects/object.c).
 * Arguments are borrowed. Functions returning HsObject* return a new reference, or NULL
 * with an exception set; functions returning int return -1 with an exception set. */
#ifndef HS_HS_ABSTRACT_H
#define HS_HS_ABSTRACT_H

#include "hs/object.h"

#include <stddef.h>

/* ==== object protocol ==== */
HsObject *HsObject_Repr(HsObject *o);  /* repr(o) */
HsObject *HsObject_Str(HsObject *o);   /* str(o) */
HsObject *HsObject_ASCII(HsObject *o); /* ascii(o) */
HsObject *HsObject_Format(HsObject *o, HsObject *format_spec); /* format(o, spec) */
Hs_ssize_t HsObject_Hash(HsObject *o); /* hash(o); -1 on error */
/* Raise TypeError "unhashable type: 'T'" and return -1. CPython: PyObject_HashNotImplemented */
Hs_ssize_t HsObject_HashNotImplemented(HsObject *o);
HsObject *HsObject_RichCompare(HsObject *a, HsObject *b, int op); /* op: HS_LT..HS_GE */
/* 1 true, 0 false, -1 error; identity implies equality for HS_EQ/HS_NE, as CPython. */
int HsObject_RichCompareBool(HsObject *a, HsObject *b, int op);
int HsObject_IsTrue(HsObject *o); /* bool(o): 1, 0 or -1 */
int HsObject_Not(HsObject *o);

HsObject *HsObject_GetAttr(HsObject *o, HsObject *name);
HsObject *HsObject_GetAttrString(HsObject *o, const char *name);
/* Like GetAttr, but a missing attribute (AttributeError) gives 0 and *result = NULL with no
 * exception; found gives 1 with a new reference; error gives -1. CPython: _PyObject_LookupAttr */
int HsObject_LookupAttr(HsObject *o, HsObject *name, HsObject **result);
int HsObject_SetAttr(HsObject *o, HsObject *name, HsObject *value); /* value NULL: delete */
int HsObject_SetAttrString(HsObject *o, const char *name, HsObject *value);
int HsObject_DelAttr(HsObject *o, HsObject *name);
int HsObject_HasAttr(HsObject *o, HsObject *name); /* 1/0; errors other than missing: -1 */
HsObject *HsObject_GenericGetAttr(HsObject *o, HsObject *name);
int HsObject_GenericSetAttr(HsObject *o, HsObject *name, HsObject *value);
HsObject *HsObject_Dir(HsObject *o); /* dir(o), a sorted list */

HsObject *HsObject_Type(HsObject *o); /* type(o) */
int HsObject_IsInstance(HsObject *inst, HsObject *cls); /* isinstance(): 1, 0 or -1 */
int HsObject_IsSubclass(HsObject *derived, HsObject *cls);
int HsCallable_Check(HsObject *o);

/* ==== calls ==== */
/* Call 'callable' with the tuple 'args' and the dict 'kwargs' (either may be NULL). */
HsObject *HsObject_Call(HsObject *callable, HsObject *args, HsObject *kwargs);
/* tp_call of a type whose instances have a vectorcall (it makes `__call__` exist).
 * CPython: PyVectorcall_Call. */
HsObject *HsVectorcall_Call(HsObject *callable, HsObject *args, HsObject *kwargs);
/* Vectorcall: 'nargsf' positional arguments in args[0..], keyword values after them named
 * by the tuple 'kwnames' (or NULL). The flag HS_VECTORCALL_ARGUMENTS_OFFSET in nargsf allows
 * the callee to use args[-1] temporarily, as CPython's PY_VECTORCALL_ARGUMENTS_OFFSET. */
#define HS_VECTORCALL_ARGUMENTS_OFFSET ((size_t)1 << (8 * sizeof(size_t) - 1))
#define HsVectorcall_NARGS(n) ((Hs_ssize_t)((n) & ~HS_VECTORCALL_ARGUMENTS_OFFSET))
HsObject *HsObject_Vectorcall(HsObject *callable, HsObject *const *args, size_t nargsf,
                              HsObject *kwnames);
HsObject *HsObject_CallNoArgs(HsObject *callable);
HsObject *HsObject_CallOneArg(HsObject *callable, HsObject *arg);
/* Call o.name(*args): 'args' has 'nargs' positional arguments, 'kwnames' as above. */
HsObject *HsObject_VectorcallMethod(HsObject *name, HsObject *const *args, size_t nargsf,
                                    HsObject *kwnames);
HsObject *HsObject_CallMethodNoArgs(HsObject *o, HsObject *name);
HsObject *HsObject_CallMethodOneArg(HsObject *o, HsObject *name, HsObject *arg);

/* ==== iteration ==== */
HsObject *HsObject_GetIter(HsObject *o); /* iter(o) */
/* Next item: new reference; NULL with no exception set at the end (StopIteration is
 * swallowed); NULL with an exception on error. CPython: PyIter_Next. */
HsObject *HsIter_Next(HsObject *it);

/* ==== sequences and mappings ==== */
Hs_ssize_t HsObject_Size(HsObject *o); /* len(o); -1 on error */
HsObject *HsObject_GetItem(HsObject *o, HsObject *key);
int HsObject_SetItem(HsObject *o, HsObject *key, HsObject *value);
int HsObject_DelItem(HsObject *o, HsObject *key);
int HsSequence_Contains(HsObject *seq, HsObject *item); /* `item in seq`: 1, 0 or -1 */
HsObject *HsSequence_GetItem(HsObject *seq, Hs_ssize_t i);
HsObject *HsSequence_Tuple(HsObject *o); /* tuple(o) */
HsObject *HsSequence_List(HsObject *o);  /* list(o) */

/* ==== numbers ==== */
HsObject *HsNumber_Add(HsObject *a, HsObject *b);
HsObject *HsNumber_Subtract(HsObject *a, HsObject *b);
HsObject *HsNumber_Multiply(HsObject *a, HsObject *b);
HsObject *HsNumber_MatrixMultiply(HsObject *a, HsObject *b);
HsObject *HsNumber_TrueDivide(HsObject *a, HsObject *b);
HsObject *HsNumber_FloorDivide(HsObject *a, HsObject *b);
HsObject *HsNumber_Remainder(HsObject *a, HsObject *b);
HsObject *HsNumber_Divmod(HsObject *a, HsObject *b);
HsObject *HsNumber_Power(HsObject *a, HsObject *b, HsObject *mod); /* mod: None for none */
HsObject *HsNumber_Lshift(HsObject *a, HsObject *b);
HsObject *HsNumber_Rshift(HsObject *a, HsObject *b);
HsObject *HsNumber_And(HsObject *a, HsObject *b);
HsObject *HsNumber_Or(HsObject *a, HsObject *b);
HsObject *HsNumber_Xor(HsObject *a, HsObject *b);
HsObject *HsNumber_InPlaceAdd(HsObject *a, HsObject *b);
HsObject *HsNumber_InPlaceSubtract(HsObject *a, HsObject *b);
HsObject *HsNumber_InPlaceMultiply(HsObject *a, HsObject *b);
HsObject *HsNumber_InPlaceMatrixMultiply(HsObject *a, HsObject *b);
HsObject *HsNumber_InPlaceTrueDivide(HsObject *a, HsObject *b);
HsObject *HsNumber_InPlaceFloorDivide(HsObject *a, HsObject *b);
HsObject *HsNumber_InPlaceRemainder(HsObject *a, HsObject *b);
HsObject *HsNumber_InPlacePower(HsObject *a, HsObject *b, HsObject *mod);
HsObject *HsNumber_InPlaceLshift(HsObject *a, HsObject *b);
HsObject *HsNumber_InPlaceRshift(HsObject *a, HsObject *b);
HsObject *HsNumber_InPlaceAnd(HsObject *a, HsObject *b);
HsObject *HsNumber_InPlaceOr(HsObject *a, HsObject *b);
HsObject *HsNumber_InPlaceXor(HsObject *a, HsObject *b);
HsObject *HsNumber_Negative(HsObject *o);
HsObject *HsNumber_Positive(HsObject *o);
HsObject *HsNumber_Absolute(HsObject *o);
HsObject *HsNumber_Invert(HsObject *o);
HsObject *HsNumber_Index(HsObject *o); /* operator.index(o): an int */
HsObject *HsNumber_Long(HsObject *o);  /* int(o) */
HsObject *HsNumber_Float(HsObject *o); /* float(o) */
/* o as a C Hs_ssize_t via __index__; on overflow raise 'exc' (or clamp if exc is NULL). */
Hs_ssize_t HsNumber_AsSsize_t(HsObject *o, HsObject *exc);

#endif /* HS_HS_ABSTRACT_H */
