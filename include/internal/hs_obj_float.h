/* The float object (CPython 3.11: Include/cpython/floatobject.h, Objects/floatobject.c):
 * {HsObject; double ob_fval}, 24 bytes, so sys.getsizeof(1.0) == 24; not a GC type. Freed
 * exact floats go to a free list of at most HS_FLOAT_MAXFREELIST (PyFloat_MAXFREELIST) and
 * are handed out again by HsFloat_FromDouble. Formatting, parsing, rounding and hashing use
 * the kernels of hs_obj_fmt.h / hs_obj_hash.h. See docs/internals/numbers.md. */
#ifndef HS_INTERNAL_HS_OBJ_FLOAT_H
#define HS_INTERNAL_HS_OBJ_FLOAT_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_fmt.h"
#include "internal/hs_obj_type.h"

#include <stdint.h>

#define HS_FLOAT_MAXFREELIST 100

typedef struct HsFloatObject {
    HsObject ob_base;
    double ob_fval;
} HsFloatObject;

extern HsTypeObject HsFloat_Type;

#define HsFloat_CheckExact(op) (Hs_TYPE(op) == &HsFloat_Type)
#define HsFloat_Check(op) HsObject_TypeCheck((op), &HsFloat_Type)
#define HS_FLOAT_AS_DOUBLE(op) (((HsFloatObject *)(op))->ob_fval)

/* Return: new reference (from the free list when it has one). CPython: PyFloat_FromDouble. */
HsObject *HsFloat_FromDouble(double v);

/* The value of a float, or of an int (exactly rounded; OverflowError "int too large to
 * convert to float"), or of anything with __float__ / __index__; -1.0 with an exception set
 * on failure. CPython: PyFloat_AsDouble. */
double HsFloat_AsDouble(HsObject *op);

/* float(s) for a str (CPython: PyFloat_FromString): ValueError "could not convert string to
 * float: 'x'" with repr(s). Return: new reference. */
HsObject *HsFloat_FromString(HsObject *s);

/* How many floats wait on the free list (for tests and the heap viewer). */
int hs_float_freelist_count(void);

/* Raise the exception a formatting kernel reported: 'type_name' and the spec (code points)
 * are used by the messages that name them. Returns NULL. */
HsObject *hs_float_fmt_raise(const HsFmtError *err, const char *type_name, const uint32_t *spec,
                             size_t spec_len);

/* A str's code points as a hs_mem_raw_malloc'ed array (n may be 0; never NULL on success);
 * NULL with MemoryError. */
uint32_t *hs_float_str_codepoints(HsObject *s, size_t *n);

/* A str made from a kernel's output (freed here). Return: new reference. */
HsObject *hs_float_fmt_out_to_str(HsFmtOut *out);

/* The float methods and computed attributes (floatmethods.c), and float's tp_new
 * float(x=0.0, /). Return: new reference. CPython: float_new_impl. */
extern HsMethodDef hs_float_methods[];
extern HsGetSetDef hs_float_getset[];
HsObject *hs_float_new(HsTypeObject *type, HsObject *args, HsObject *kwds);
/* float(...) without an argument tuple (float's tp_vectorcall). Return: new reference. */
HsObject *hs_float_vectorcall(HsObject *type, HsObject *const *args, size_t nargsf,
                              HsObject *kwnames);
/* float's nb_int / __trunc__: int(x) truncated. Return: new reference. */
HsObject *hs_float_trunc(HsObject *v);

#endif /* HS_INTERNAL_HS_OBJ_FLOAT_H */
