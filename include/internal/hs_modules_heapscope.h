/* Shared between the two files of the `heapscope` module (src/modules/heapscopemodule.c, the
 * Python-facing functions; src/modules/heapscope_walk.c, the heap walk and reference
 * attribution). No CPython counterpart: CPython cannot tell who holds a reference.
 * See docs/heapscope-module.md. */
#ifndef HS_INTERNAL_HS_MODULES_HEAPSCOPE_H
#define HS_INTERNAL_HS_MODULES_HEAPSCOPE_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_vm.h"

#include <stddef.h>
#include <stdint.h>

/* ==== pointer map (open addressing, raw memory; key 0 is never stored) ==== */
typedef struct HsPtrMap {
    uintptr_t *pm_keys; /* 0 = empty slot */
    uintptr_t *pm_vals;
    size_t pm_cap, pm_len; /* pm_cap a power of two, pm_len <= pm_cap / 2 */
} HsPtrMap;

/* Insert 'key' -> 'val' unless 'key' is there. Returns 1 if inserted, 0 if present, -1 when
 * out of memory (no exception set). */
int hs_heapscope_map_put(HsPtrMap *m, uintptr_t key, uintptr_t val);
/* 1 and *val (may be NULL) if 'key' is present, else 0. */
int hs_heapscope_map_get(const HsPtrMap *m, uintptr_t key, uintptr_t *val);
void hs_heapscope_map_free(HsPtrMap *m);

/* ==== the heap walk ====
 * Every object the walk can find: the tracked objects of the three generations and the
 * permanent one (in list order), the variables of the running frames, then everything their
 * references reach (tp_traverse of GC objects, tracked or not; code objects' constants and
 * names), each once, in discovery order. Borrowed pointers: valid only while nothing runs,
 * allocates objects or frees. */
typedef struct HsHeapWalk {
    HsObject **hw_objs;
    size_t hw_len, hw_cap;
    HsPtrMap hw_seen;
} HsHeapWalk;

/* Fill 'w' (zero it first). Returns 0, or -1 with MemoryError set. */
int hs_heapscope_walk(HsHeapWalk *w);
void hs_heapscope_walk_free(HsHeapWalk *w);

/* ==== references ====
 * One reference to an object, by its holder. Kinds and their names (HS_REF_NAMES order). */
enum {
    HS_REF_FRAME_LOCAL, HS_REF_FRAME_STACK, HS_REF_FRAME_ATTR, HS_REF_THREAD,
    HS_REF_LIST_INDEX, HS_REF_TUPLE_INDEX, HS_REF_DICT_KEY, HS_REF_DICT_VALUE,
    HS_REF_SET_ELEMENT, HS_REF_MODULE_GLOBAL, HS_REF_CLASS_ATTR, HS_REF_INSTANCE_ATTR,
    HS_REF_SLOT, HS_REF_INSTANCE_TYPE, HS_REF_CELL, HS_REF_CLOSURE_CELL, HS_REF_FUNC_DEFAULT,
    HS_REF_FUNC_KWDEFAULT, HS_REF_FUNC_ATTR, HS_REF_CODE_CONST, HS_REF_CODE_NAME,
    HS_REF_CODE_VARNAME, HS_REF_CODE_ATTR, HS_REF_MODULE_ATTR, HS_REF_TYPE_ATTR,
    HS_REF_METHOD_ATTR, HS_REF_GENERATOR, HS_REF_OTHER, HS_REF_UNKNOWN, HS_REF_NKINDS
};
/* The kind names, as heapscope shows them ("list index", ...), indexed by HS_REF_*. */
extern const char *const hs_heapscope_ref_names[HS_REF_NKINDS];

typedef struct HsHeapRef {
    HsObject *hr_holder; /* owned; NULL when the holder is a running frame or the thread */
    HsFrame *hr_frame;   /* the running frame holding it (hr_holder NULL), or NULL */
    int hr_kind;         /* HS_REF_* */
    Hs_ssize_t hr_index; /* list/tuple/stack/constant index, or -1 */
    HsObject *hr_key;    /* owned: dict key, attribute or variable name; or NULL */
    const char *hr_name; /* static name of a field ("__code__") when hr_key is NULL, or NULL */
} HsHeapRef;

typedef struct HsRefVec {
    HsHeapRef *rv_items;
    size_t rv_len, rv_cap;
} HsRefVec;

/* Release the references the records hold and the storage. */
void hs_heapscope_refs_free(HsRefVec *v);

/* Every reference to 'target' the walk can attribute, in a deterministic order (running
 * frames innermost first, then the heap in walk order), dict/tuple/cell holders replaced by
 * their owner where one is known (module global, instance attribute, function default, code
 * constant, ...). *unknown is set to the references left unexplained: refcount - 1 (the
 * caller's own argument reference) - attributed, never below 0. Returns 0, or -1 with an
 * exception set. */
int hs_heapscope_holders(HsObject *target, HsRefVec *out, Hs_ssize_t *unknown);

/* A shortest path from a root (running frames innermost first, sys.modules, the thread's
 * exceptions) to 'target', one record per step, the last one holding 'target'. Returns 1 with
 * 'out' filled, 0 when unreachable, -1 with an exception set. */
int hs_heapscope_why_alive(HsObject *target, HsRefVec *out);

#endif /* HS_INTERNAL_HS_MODULES_HEAPSCOPE_H */
