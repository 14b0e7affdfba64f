/* The `array` module (src/modules/arraymodule.c, array_methods.c; CPython 3.11:
 * Modules/arraymodule.c). array.array keeps raw machine values in one separately allocated
 * buffer, not pointers to boxed objects, with CPython's object layout (64 bytes + the GC head)
 * and its over-allocation, so sys.getsizeof matches CPython. The split: arraymodule.c (item
 * descriptors, allocation and resizing, the type's slots, the iterator, the buffer export and
 * the module), array_methods.c (the Python-visible methods). See docs/internals/array.md.
 */
#ifndef HS_INTERNAL_HS_MODULES_ARRAY_H
#define HS_INTERNAL_HS_MODULES_ARRAY_H
#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif
#include "internal/hs_obj.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_type.h"

/* ==== item descriptors (CPython: struct arraydescr) ==== */

struct HsArrayObject;

/* One typecode: 'getitem' returns a new reference to item i; 'setitem' converts 'v' with
 * CPython's messages and stores it at item i, or only checks it when i < 0 (0 or -1).
 * 'compare' (NULL for f and d) compares n raw items as the C type (-1, 0, 1). 'format' is the
 * buffer format exported to memoryview ("w" for 'u', as CPython on Linux). */
typedef struct HsArrayDescr {
    char typecode;
    int itemsize;
    HsObject *(*getitem)(struct HsArrayObject *a, Hs_ssize_t i);
    int (*setitem)(struct HsArrayObject *a, Hs_ssize_t i, HsObject *v);
    int (*compare)(const void *a, const void *b, Hs_ssize_t n);
    const char *format;
    int is_integer_type;
    int is_signed;
} HsArrayDescr;

/* ==== the object (CPython: arrayobject, 64 bytes) ====
 * ob_size items of ob_descr->itemsize bytes live in ob_item[0 .. allocated); ob_item is NULL
 * exactly when allocated == 0. ob_exports counts live buffer exports (memoryviews); while it
 * is non-zero the size never changes. */
typedef struct HsArrayObject {
    HsVarObject ob_base;
    char *ob_item;
    Hs_ssize_t allocated;
    const HsArrayDescr *ob_descr;
    HsObject *weakreflist;
    Hs_ssize_t ob_exports;
} HsArrayObject;

extern HsTypeObject HsArray_Type;     /* 'array.array' (GC, as CPython 3.11's heap type) */
extern HsTypeObject HsArrayIter_Type; /* 'array.arrayiterator' */

#define HsArray_Check(op) HsObject_TypeCheck((op), &HsArray_Type)
#define HS_ARRAY(op) ((HsArrayObject *)(op))

/* ==== shared between arraymodule.c and array_methods.c ==== */

/* A new array.array (exactly 'type') of 'size' uninitialised items of 'descr', with
 * allocated == size. Return: new reference. CPython: newarrayobject */
HsObject *hs_array_new(HsTypeObject *type, Hs_ssize_t size, const HsArrayDescr *descr);
/* Set the size to 'newsize', over-allocating as CPython's array_resize (BufferError while
 * exporting). 0 or -1. */
int hs_array_resize(HsArrayObject *a, Hs_ssize_t newsize);
/* Insert 'v' before index 'where' (clamped as list.insert). 0 or -1. CPython: ins1 */
int hs_array_insert(HsArrayObject *a, Hs_ssize_t where, HsObject *v);
/* Delete items [ilow, ihigh) (clamped). 0 or -1. CPython: array_del_slice */
int hs_array_del_slice(HsArrayObject *a, Hs_ssize_t ilow, Hs_ssize_t ihigh);
/* a.extend(bb): an array of the same typecode is copied, anything else iterated. 0 or -1.
 * CPython: array_do_extend */
int hs_array_do_extend(HsArrayObject *a, HsObject *bb);
/* Append the items of the bytes-like 'buffer' to 'a'. Return: new reference (None).
 * CPython: array_array_frombytes */
HsObject *hs_array_frombytes(HsObject *a, HsObject *buffer);
/* a.tolist() / a.tounicode(). Return: new reference. */
HsObject *hs_array_tolist(HsObject *a, HsObject *unused);
HsObject *hs_array_tounicode(HsObject *a, HsObject *unused);
/* CPython's machine format code of typecode 'tc' on this machine (UNSIGNED_INT8 = 0 ...
 * UTF32_LE = 20), as typecode_to_mformat_code. */
int hs_array_mformat_code(char tc);
/* array._array_reconstructor, looked up in the `array` module as CPython does.
 * Return: new reference. */
HsObject *hs_array_reconstructor_function(void);
/* The methods and attributes of array.array (array_methods.c). */
extern HsMethodDef hs_array_methods[];
extern HsGetSetDef hs_array_getset[];

#endif /* HS_INTERNAL_HS_MODULES_ARRAY_H */
