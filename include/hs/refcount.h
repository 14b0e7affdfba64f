/* Reference-count operations (CPython: Include/object.h, Py_INCREF and friends).
 * An object is freed the moment its count reaches zero: Hs_DECREF calls Hs_Dealloc, which
 * calls the type's tp_dealloc. Debug builds (HS_DEBUG_REFS) keep hs_ref_total, the sum of
 * all counts changed through these macros, and abort on a negative count naming the type. */
#ifndef HS_HS_REFCOUNT_H
#define HS_HS_REFCOUNT_H

#include "hs/object.h"

/* Free 'op' through its type's tp_dealloc. CPython: _Py_Dealloc. */
void Hs_Dealloc(HsObject *op);

#if HS_DEBUG_REFS
extern Hs_ssize_t hs_ref_total;
/* Abort: 'op' has a negative reference count. Never returns. */
void hs_obj_negative_refcnt(const char *file, int line, HsObject *op);
#define HS_REF_TOTAL_INC() (hs_ref_total++)
#define HS_REF_TOTAL_DEC() (hs_ref_total--)
#else
#define HS_REF_TOTAL_INC() ((void)0)
#define HS_REF_TOTAL_DEC() ((void)0)
#endif

static inline void hs_incref(HsObject *op) {
    HS_REF_TOTAL_INC();
    op->ob_refcnt++;
}

static inline void hs_decref(const char *file, int line, HsObject *op) {
    HS_REF_TOTAL_DEC();
    if (--op->ob_refcnt != 0) {
#if HS_DEBUG_REFS
        if (op->ob_refcnt < 0) {
            hs_obj_negative_refcnt(file, line, op);
        }
#endif
        return;
    }
    (void)file;
    (void)line;
    Hs_Dealloc(op);
}

#define Hs_INCREF(op) hs_incref(Hs_CAST(op))
#define Hs_DECREF(op) hs_decref(__FILE__, __LINE__, Hs_CAST(op))

#define Hs_XINCREF(op)                                                                             \
    do {                                                                                           \
        HsObject *hs_tmp_ = Hs_CAST(op);                                                           \
        if (hs_tmp_ != NULL) {                                                                     \
            Hs_INCREF(hs_tmp_);                                                                    \
        }                                                                                          \
    } while (0)

#define Hs_XDECREF(op)                                                                             \
    do {                                                                                           \
        HsObject *hs_tmp_ = Hs_CAST(op);                                                           \
        if (hs_tmp_ != NULL) {                                                                     \
            Hs_DECREF(hs_tmp_);                                                                    \
        }                                                                                          \
    } while (0)

/* Set the variable to NULL before dropping the reference, so a destructor that runs
 * meanwhile never sees a dangling pointer. CPython: Py_CLEAR. */
#define Hs_CLEAR(var)                                                                              \
    do {                                                                                           \
        HsObject *hs_tmp_ = Hs_CAST(var);                                                          \
        if (hs_tmp_ != NULL) {                                                                     \
            (var) = NULL;                                                                          \
            Hs_DECREF(hs_tmp_);                                                                    \
        }                                                                                          \
    } while (0)

/* Replace the reference in 'var' with 'val' (stolen), dropping the old one afterwards.
 * CPython: Py_SETREF. */
#define Hs_SETREF(var, val)                                                                        \
    do {                                                                                           \
        HsObject *hs_old_ = Hs_CAST(var);                                                          \
        (var) = (val);                                                                             \
        Hs_DECREF(hs_old_);                                                                        \
    } while (0)

/* As Hs_SETREF, for a variable that may hold NULL. CPython: Py_XSETREF. */
#define Hs_XSETREF(var, val)                                                                       \
    do {                                                                                           \
        HsObject *hs_old_ = Hs_CAST(var);                                                          \
        (var) = (val);                                                                             \
        Hs_XDECREF(hs_old_);                                                                       \
    } while (0)

/* Return: new reference to 'op'. CPython: Py_NewRef. */
static inline HsObject *Hs_NewRef(HsObject *op) {
    Hs_INCREF(op);
    return op;
}

/* Return: new reference to 'op', or NULL if 'op' is NULL. CPython: Py_XNewRef. */
static inline HsObject *Hs_XNewRef(HsObject *op) {
    Hs_XINCREF(op);
    return op;
}

#endif /* HS_HS_REFCOUNT_H */
