/* The object header's life cycle (CPython: Objects/object.c): allocation of non-GC objects,
 * Hs_Dealloc, the debug refcount total, and the static type 'type'.
 * Invariant: every object is freed through its type's tp_dealloc, exactly once, when its
 * count reaches zero; static objects never reach zero. */
#include "internal/hs_obj.h"
#include "internal/hs_mem.h"

#include <stdio.h>
#include <stdlib.h>

/* ==== debug refcount total ==== */
#if HS_DEBUG_REFS
Hs_ssize_t hs_ref_total;

void hs_obj_negative_refcnt(const char *file, int line, HsObject *op) {
    char msg[256];
    snprintf(msg, sizeof msg, "negative reference count %zd on an object of type '%s'",
             (ssize_t)op->ob_refcnt, Hs_TYPE(op)->tp_name);
    hs_fatal(file, line, msg);
}
#endif

/* ==== internal API ==== */

HsObject *hs_obj_new(HsTypeObject *tp, size_t size) {
    HsObject *op = hs_mem_malloc(size);
    if (op == NULL) {
        return NULL;
    }
    op->ob_refcnt = 1;
    op->ob_type = tp;
    HS_REF_TOTAL_INC();
    return op;
}

void hs_obj_free(HsObject *op) {
    hs_mem_free(op);
}

/* ==== public API ==== */

void Hs_Dealloc(HsObject *op) {
    Hs_TYPE(op)->tp_dealloc(op);
}

HsTypeObject HsType_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "type",
    .tp_basicsize = sizeof(HsTypeObject),
    .tp_flags = HS_TPFLAGS_BASETYPE | HS_TPFLAGS_TYPE_SUBCLASS,
};
