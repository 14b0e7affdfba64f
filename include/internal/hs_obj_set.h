/* The set and frozenset objects (CPython 3.11: Include/cpython/setobject.h,
 * Objects/setobject.c): an open-addressing hash table of (key, hash) entries with linear
 * probing (9 probes) then perturbation, 8 entries held inline (smalltable), deleted keys
 * left as a dummy with hash -1. The layout is CPython's, so sys.getsizeof(set()) == 216 and
 * the table grows as CPython's does (when fill*5 >= mask*3, to used*4 or used*2 past 50000),
 * which is what makes iteration order (and so printed sets) match CPython's.
 * See docs/internals/set.md. */
#ifndef HS_INTERNAL_HS_OBJ_SET_H
#define HS_INTERNAL_HS_OBJ_SET_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"
#include "internal/hs_obj_type.h"

#define HS_SET_MINSIZE 8

/* One slot: key NULL and hash 0 = never used; key the dummy and hash -1 = deleted. */
typedef struct HsSetEntry {
    HsObject *key;
    Hs_ssize_t hash;
} HsSetEntry;

/* 200 bytes, as PySetObject in 3.11 (216 with the GC head). */
typedef struct HsSetObject {
    HsObject ob_base;
    Hs_ssize_t fill;   /* active + dummy entries */
    Hs_ssize_t used;   /* active entries */
    Hs_ssize_t mask;   /* table size - 1 (a power of two minus one) */
    HsSetEntry *table; /* smalltable or a separately allocated array */
    Hs_ssize_t hash;   /* frozenset hash cache, -1 until computed */
    Hs_ssize_t finger; /* where pop() looks next */
    HsSetEntry smalltable[HS_SET_MINSIZE];
    HsObject *weakreflist; /* head of the weakrefs to this set (hs_obj_weakref.h) */
} HsSetObject;

extern HsTypeObject HsSet_Type;
extern HsTypeObject HsFrozenSet_Type;
extern HsTypeObject HsSetIter_Type; /* 'set_iterator' */

#define HsFrozenSet_CheckExact(op) (Hs_TYPE(op) == &HsFrozenSet_Type)
#define HsSet_CheckExact(op) (Hs_TYPE(op) == &HsSet_Type)
#define HsAnySet_CheckExact(op) (HsSet_CheckExact(op) || HsFrozenSet_CheckExact(op))
#define HsSet_Check(op) HsObject_TypeCheck(op, &HsSet_Type)
#define HsFrozenSet_Check(op) HsObject_TypeCheck(op, &HsFrozenSet_Type)
#define HsAnySet_Check(op) (HsSet_Check(op) || HsFrozenSet_Check(op))
#define HS_SET_SIZE(op) (((HsSetObject *)(op))->used)

/* set(iterable) / frozenset(iterable); 'iterable' may be NULL for an empty one.
 * Return: new reference. CPython: PySet_New, PyFrozenSet_New. */
HsObject *HsSet_New(HsObject *iterable);
HsObject *HsFrozenSet_New(HsObject *iterable);

/* Add 'key' (borrowed). Returns 0, or -1 with an exception. CPython: PySet_Add. */
int HsSet_Add(HsObject *set, HsObject *key);
/* 1 removed, 0 not present, -1 error. CPython: PySet_Discard. */
int HsSet_Discard(HsObject *set, HsObject *key);
/* 1 present, 0 absent, -1 error. CPython: PySet_Contains. */
int HsSet_Contains(HsObject *set, HsObject *key);
/* Number of elements; -1 with SystemError if 'set' is not a set. CPython: PySet_Size. */
Hs_ssize_t HsSet_Size(HsObject *set);
/* Remove every element. Returns 0. CPython: PySet_Clear. */
int HsSet_Clear(HsObject *set);
/* Return: new reference to an arbitrary element, removed; KeyError if empty. PySet_Pop. */
HsObject *HsSet_Pop(HsObject *set);
/* set.update(iterable) in C. Returns 0 or -1. CPython: _PySet_Update. */
int hs_set_update(HsObject *set, HsObject *iterable);

/* Walk the entries: start with *pos = 0; returns 1 with a borrowed *key and its *hash per
 * element, 0 at the end. The set must not change during the walk. CPython: _PySet_NextEntry */
int hs_set_next_entry(HsObject *set, Hs_ssize_t *pos, HsObject **key, Hs_ssize_t *hash);

/* tp_iter and tp_repr of set and frozenset (setiter.c). Return: new reference. */
HsObject *hs_set_iter(HsObject *set);
HsObject *hs_set_repr(HsObject *set);

/* CPython's set.__sizeof__ (without the GC head). */
Hs_ssize_t hs_set_sizeof(HsObject *set);

#endif /* HS_INTERNAL_HS_OBJ_SET_H */
