/* Internals of the virtual machine layer shared between its files: the thread state
 * (CPython: PyThreadState). For now one thread state exists (the main thread's); issue #6
 * gives each OS thread its own, switched under the GIL. */
#ifndef HS_INTERNAL_HS_VM_H
#define HS_INTERNAL_HS_VM_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

/* Per-thread interpreter state. Invariant: 'curexc' is NULL or an exception instance
 * owned by this structure (one reference). */
typedef struct HsThreadState {
    HsObject *curexc;  /* the exception being raised, or NULL */
    int recursion_depth; /* Python calls + guarded C recursion, as 3.11's shared counter */
} HsThreadState;

/* Return: the running thread's state (never NULL once the runtime is initialised). */
HsThreadState *hs_vm_tstate(void);

#endif /* HS_INTERNAL_HS_VM_H */
