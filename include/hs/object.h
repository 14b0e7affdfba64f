/* The object header every heap value starts with (CPython: Include/object.h, PyObject).
 * A fixed-size object starts with HsObject; a variable-size one with HsVarObject, whose
 * ob_size counts items. GC-tracked objects also carry a 16-byte HsGCHead just before the
 * HsObject (include/internal/hs_gc.h); a pointer to an object always points past it. */
#ifndef HS_HS_OBJECT_H
#define HS_HS_OBJECT_H

#include "hs/config.h"

typedef struct HsTypeObject HsTypeObject;

/* 16 bytes on 64-bit, as PyObject: the refcount, then the type. */
typedef struct HsObject {
    Hs_ssize_t ob_refcnt;
    HsTypeObject *ob_type;
} HsObject;

/* 24 bytes on 64-bit, as PyVarObject. */
typedef struct HsVarObject {
    HsObject ob_base;
    Hs_ssize_t ob_size;
} HsVarObject;

#define Hs_CAST(op) ((HsObject *)(op))
#define Hs_TYPE(op) (Hs_CAST(op)->ob_type)
#define Hs_REFCNT(op) (Hs_CAST(op)->ob_refcnt)
#define Hs_SIZE(op) (((HsVarObject *)(op))->ob_size)
#define Hs_IS_TYPE(op, tp) (Hs_TYPE(op) == (tp))

/* A statically allocated object's header: refcount 1, the given type. */
#define HsObject_HEAD_INIT(type) {1, (type)}
#define HsVarObject_HEAD_INIT(type, size) {HsObject_HEAD_INIT(type), (size)}

#endif /* HS_HS_OBJECT_H */
