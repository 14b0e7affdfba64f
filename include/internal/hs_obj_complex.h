/* The complex object (CPython 3.11: Include/cpython/complexobject.h,
 * Objects/complexobject.c): {HsObject; double real, imag}, 32 bytes, so
 * sys.getsizeof(1j) == 32; not a GC type, no free list (as CPython 3.11).
 * See docs/internals/numbers.md. */
#ifndef HS_INTERNAL_HS_OBJ_COMPLEX_H
#define HS_INTERNAL_HS_OBJ_COMPLEX_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"
#include "internal/hs_obj_type.h"

typedef struct HsComplex {
    double real;
    double imag;
} HsComplex;

typedef struct HsComplexObject {
    HsObject ob_base;
    HsComplex cval;
} HsComplexObject;

extern HsTypeObject HsComplex_Type;

#define HsComplex_CheckExact(op) (Hs_TYPE(op) == &HsComplex_Type)
#define HsComplex_Check(op) HsObject_TypeCheck((op), &HsComplex_Type)

/* Return: new reference. CPython: PyComplex_FromDoubles / PyComplex_FromCComplex. */
HsObject *HsComplex_FromDoubles(double real, double imag);
HsObject *HsComplex_FromCComplex(HsComplex c);

/* The C arithmetic (CPython: _Py_c_sum ... _Py_c_pow). hs_complex_quot and hs_complex_pow
 * set errno to EDOM for a zero divisor / 0 to a negative or complex power, as CPython. */
HsComplex hs_complex_prod(HsComplex a, HsComplex b);
HsComplex hs_complex_quot(HsComplex a, HsComplex b);
HsComplex hs_complex_pow(HsComplex a, HsComplex b);

#endif /* HS_INTERNAL_HS_OBJ_COMPLEX_H */
