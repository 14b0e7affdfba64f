/* Weak references (CPython 3.11: Include/cpython/weakrefobject.h, Objects/weakrefobject.c).
 * A weakrefable type sets tp_weaklistoffset > 0 to the offset of an HsObject* field (NULL at
 * allocation) that heads the doubly linked list of weakrefs to the object. The list keeps
 * CPython's order: the callback-less exact ref first, then the callback-less proxy, then the
 * rest (those with callbacks, and subclass instances), newest first.
 *
 * Contract for every weakrefable type (including the heap types of `class` statements):
 * its tp_dealloc, after untracking and before dropping any field, does
 *     if (*(HsObject **)((char *)op + tp->tp_weaklistoffset) != NULL) {
 *         HsObject_ClearWeakRefs(op);
 *     }
 * with the refcount of 'op' at 0. That clears every weakref (they then read as dead) and
 * calls the callbacks of those still alive, as CPython's PyObject_ClearWeakRefs. */
#ifndef HS_INTERNAL_HS_OBJ_WEAKREF_H
#define HS_INTERNAL_HS_OBJ_WEAKREF_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

/* One weak reference or proxy: 64 bytes, as PyWeakReference (80 with the GC head).
 * wr_object is the referent, or Hs_None once the ref is cleared (dead; never NULL).
 * hash is -1 until hash(ref) is first asked while the referent is alive; kept after death.
 * wr_prev/wr_next link the referent's list (both NULL once cleared). */
typedef struct HsWeakReference {
    HsObject ob_base;
    HsObject *wr_object;
    HsObject *wr_callback;
    Hs_ssize_t hash;
    struct HsWeakReference *wr_prev;
    struct HsWeakReference *wr_next;
    hs_vectorcallfunc vectorcall;
} HsWeakReference;

/* weakref.ReferenceType (subclassable), weakref.ProxyType, weakref.CallableProxyType. */
extern HsTypeObject HsWeakrefRef_Type;
extern HsTypeObject HsWeakrefProxy_Type;
extern HsTypeObject HsWeakrefCallableProxy_Type;

/* CPython: _PyType_SUPPORTS_WEAKREFS (3.11: tp_weaklistoffset > 0). */
static inline int HsType_SupportsWeakrefs(HsTypeObject *tp) {
    return tp->tp_weaklistoffset > 0;
}

/* The address of the list head of weakrefable 'op'. CPython: _PyObject_GET_WEAKREFS_LISTPTR */
static inline HsObject **hs_weakref_listptr(HsObject *op) {
    return (HsObject **)((char *)op + Hs_TYPE(op)->tp_weaklistoffset);
}

int HsWeakref_CheckRef(HsObject *op);  /* a ref or an instance of a subclass of ref */
int HsWeakref_CheckProxy(HsObject *op); /* a ProxyType or CallableProxyType */
int HsWeakref_Check(HsObject *op);      /* either of the above */

/* weakref.ref(ob, callback): reuses the callback-less basic ref when 'callback' is NULL or
 * None. TypeError "cannot create weak reference to 'T' object" if 'ob' is not weakrefable.
 * Return: new reference. CPython: PyWeakref_NewRef. */
HsObject *HsWeakref_NewRef(HsObject *ob, HsObject *callback);

/* weakref.proxy(ob, callback): a CallableProxyType if 'ob' is callable, else a ProxyType;
 * reuses the callback-less proxy. Return: new reference. CPython: PyWeakref_NewProxy. */
HsObject *HsWeakref_NewProxy(HsObject *ob, HsObject *callback);

/* The referent of 'ref' (a ref or proxy), or Hs_None once dead.
 * Return: borrowed reference (owned by the caller's own reference to the referent, if any:
 * take one before running code). CPython: PyWeakref_GetObject. */
HsObject *HsWeakref_GetObject(HsObject *ref);

/* The number of weakrefs and proxies to 'ob' (0 if not weakrefable). CPython:
 * _PyWeakref_GetWeakrefCount over the list (weakref.getweakrefcount). */
Hs_ssize_t HsWeakref_GetCount(HsObject *ob);

/* Clear every weakref to 'op', whose refcount is 0, then call the callbacks of the cleared
 * weakrefs that are themselves still alive, in list order, each as callback(ref); an
 * exception in a callback is reported as unraisable ("Exception ignored in: <callback>" and
 * the traceback on stderr) and the current exception, if any, is kept across the calls.
 * CPython: PyObject_ClearWeakRefs. */
void HsObject_ClearWeakRefs(HsObject *op);

/* How an exception raised by a callback is reported: 'where' is the callback (borrowed) and
 * the exception is the current one; the hook must clear it. The object layer's default
 * prints "Exception ignored in: <repr>" and the exception with its traceback; the weakref
 * module installs one that adds the current frame when the exception has no traceback
 * (CPython: PyErr_WriteUnraisable). NULL restores the default. */
typedef void (*hs_weakref_unraisable_fn)(HsObject *where);
void hs_weakref_set_unraisable_hook(hs_weakref_unraisable_fn fn);
/* Report the current exception through the hook above. */
void hs_weakref_write_unraisable(HsObject *where);

/* A new tracked weakref of 'type' (ref or a proxy type) to 'ob', not yet linked into the
 * referent's list. Return: new reference. CPython: new_weakref. */
HsObject *hs_weakref_alloc(HsTypeObject *type, HsObject *ob, HsObject *callback);

/* Ready the three types, make type objects weakrefable (tp_weaklist) and install the
 * collector's weakref hooks (hs_gc_set_weakref_hooks). Called by hs_obj_init. Returns 0/-1.
 * If HsType_Type has a tp_dealloc (heap types), it is wrapped so that a type object's
 * weakrefs are cleared before it is freed; typeobject.c should do this itself (CPython:
 * type_dealloc), after which the wrapper is a no-op and can go. */
int hs_weakref_init(void);

#endif /* HS_INTERNAL_HS_OBJ_WEAKREF_H */
