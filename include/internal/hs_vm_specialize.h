/* Inline caches for the eval loop (CPython 3.11: Python/specialize.c and the cache entries
 * of Include/internal/pycore_code.h, reduced). A code object gets, on first use, one cache
 * record per LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR, LOAD_METHOD and CALL instruction; the records
 * live beside the code (co_extra: one hs_mem_raw block, freed with the code), so co_code is
 * never rewritten and dis shows it unchanged. A record remembers the last lookup and the
 * versions that make it valid:
 *   LOAD_GLOBAL                      globals' and builtins' ma_version_tag -> the value
 *   LOAD_ATTR/STORE_ATTR/LOAD_METHOD (type, hs_type_epoch) -> the type attribute, plus the
 *                                    entry number of the name in the instance dict (a hint)
 *   CALL of a class                  (class, hs_type_epoch) -> its __init__
 * See docs/internals/vm.md, "Inline caches". */
#ifndef HS_INTERNAL_HS_VM_SPECIALIZE_H
#define HS_INTERNAL_HS_VM_SPECIALIZE_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_vm.h"

#include <stdint.h>

/* Each takes the frame and the position of the instruction's first inline cache unit. */

/* LOAD_GLOBAL. Return: new reference; NULL without an exception when the name is in
 * neither dict (the caller raises NameError), with one when a lookup failed. */
HsObject *hs_vm_load_global(HsFrame *f, HsObject *name, const hs_codeunit *cache);
/* LOAD_ATTR. Return: new reference, or NULL with an exception. */
HsObject *hs_vm_load_attr(HsFrame *f, HsObject *owner, HsObject *name, const hs_codeunit *cache);
/* STORE_ATTR (owner.name = value, both borrowed). Returns 0, or -1 with an exception. */
int hs_vm_store_attr(HsFrame *f, HsObject *owner, HsObject *name, HsObject *value,
                     const hs_codeunit *cache);
/* LOAD_METHOD's lookup: the method descriptor on owner's type that a call may use unbound
 * (CPython: _PyObject_GetMethod's fast case), and for super() objects the method found
 * after the class, with *owner_io replaced by the instance (the super object's reference is
 * released; 3.12's LOAD_SUPER_ATTR). Return: new reference, or NULL when the ordinary
 * attribute lookup must be used (never an exception; *owner_io then unchanged). */
HsObject *hs_vm_method_descr(HsFrame *f, HsObject **owner_io, HsObject *name,
                             const hs_codeunit *cache);

/* Calling a type ('type' is an instance of exactly type) without type_call's argument tuple:
 * str(x), type(x) and super() directly; a class made by a class statement whose instances
 * come from object.__new__ and whose __init__ is a Python function: allocate and run
 * __init__ directly. 'args' has 'nargs' positional values, then the keyword values
 * named by 'kwnames'; args[-1] must be writable (it is restored). Returns 0 when the class
 * does not qualify (nothing done), else 1 with *result a new reference or NULL with an
 * exception. */
int hs_vm_call_class(HsFrame *f, HsObject *type, HsObject **args, Hs_ssize_t nargs,
                     HsObject *kwnames, HsObject **result, const hs_codeunit *cache);

#endif
