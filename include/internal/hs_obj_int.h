/* The int and bool objects, and the None / NotImplemented / Ellipsis singletons
 * (CPython 3.11: Include/cpython/longintrepr.h, Objects/longobject.c, boolobject.c,
 * object.c). An int is an HsVarObject whose ob_size is sign x number of 30-bit digits
 * (0 for zero), digits least significant first, normalised; sys.getsizeof is
 * 24 + 4 * max(|ob_size|, 1) as in 3.11. Ints -5..256 are preallocated and shared (the
 * small-int cache); bool is an int subtype whose two instances are True (1) and False (0). */
#ifndef HS_INTERNAL_HS_OBJ_INT_H
#define HS_INTERNAL_HS_OBJ_INT_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"

#include <stdint.h>

#define HS_INT_SHIFT 30
#define HS_INT_MASK ((uint32_t)((1u << HS_INT_SHIFT) - 1))
#define HS_INT_SMALL_NEG 5    /* cached ints are -HS_INT_SMALL_NEG .. HS_INT_SMALL_POS-1 */
#define HS_INT_SMALL_POS 257

typedef struct HsLongObject {
    HsVarObject ob_base;
    uint32_t ob_digit[1]; /* |ob_size| digits (one, zero, for 0) */
} HsLongObject;

extern HsTypeObject HsLong_Type;
extern HsTypeObject HsBool_Type;
extern HsTypeObject HsNone_Type;
extern HsTypeObject HsNotImplemented_Type;
extern HsTypeObject HsEllipsis_Type;

/* The singletons: borrowed references, valid for the process lifetime. */
extern HsLongObject hs_true_struct, hs_false_struct;
extern HsObject hs_none_struct, hs_notimplemented_struct, hs_ellipsis_struct;
#define Hs_True ((HsObject *)&hs_true_struct)
#define Hs_False ((HsObject *)&hs_false_struct)
#define Hs_None (&hs_none_struct)
#define Hs_NotImplemented (&hs_notimplemented_struct)
#define Hs_Ellipsis (&hs_ellipsis_struct)
#define Hs_RETURN_NONE return Hs_NewRef(Hs_None)
#define Hs_RETURN_TRUE return Hs_NewRef(Hs_True)
#define Hs_RETURN_FALSE return Hs_NewRef(Hs_False)
#define Hs_RETURN_NOTIMPLEMENTED return Hs_NewRef(Hs_NotImplemented)

#define HsLong_CheckExact(op) (Hs_TYPE(op) == &HsLong_Type)
#define HsLong_Check(op) HsType_HasFeature(Hs_TYPE(op), HS_TPFLAGS_LONG_SUBCLASS)
#define HsBool_Check(op) (Hs_TYPE(op) == &HsBool_Type)

/* A one-digit int (|value| < 2**30), the case the eval loop's fast paths take. */
static inline int hs_int_is_compact(HsObject *op) {
    Hs_ssize_t n = Hs_SIZE(op);
    return n >= -1 && n <= 1;
}
/* The value of a compact int. */
static inline long hs_int_compact_value(HsObject *op) {
    Hs_ssize_t n = Hs_SIZE(op);
    return n == 0 ? 0 : (long)n * (long)((HsLongObject *)op)->ob_digit[0];
}

/* A new int with room for 'ndigits' digits, ob_size set to 'ndigits' (the caller fills the
 * digits and normalises). Return: new reference. CPython: _PyLong_New. */
HsLongObject *hs_int_new(Hs_ssize_t ndigits);
/* Drop leading zero digits of a fresh int and return it, or the cached small int equal to
 * it (dropping 'v'). Steals: 'v'. Return: new reference. CPython: long_normalize+maybe_small */
HsObject *hs_int_normalize(HsLongObject *v);

/* Return: new reference. CPython: PyLong_FromLong, PyLong_FromLongLong, ... */
HsObject *HsLong_FromLong(long v);
HsObject *HsLong_FromSsize_t(Hs_ssize_t v);
HsObject *HsLong_FromLongLong(long long v);
HsObject *HsLong_FromUnsignedLongLong(unsigned long long v);

/* The value as a C long long; sets *overflow to +1/-1 (and returns -1) when it does not fit,
 * else 0. 'op' must be an int. CPython: PyLong_AsLongLongAndOverflow. */
long long hs_int_as_longlong_and_overflow(HsObject *op, int *overflow);
/* -1 with OverflowError "Python int too large to convert to C long" when it does not fit. */
long HsLong_AsLong(HsObject *op);
Hs_ssize_t HsLong_AsSsize_t(HsObject *op);

/* int's tp_hash and tp_richcompare (bool shares them). */
Hs_ssize_t hs_int_hash(HsObject *op);
HsObject *hs_int_richcompare(HsObject *a, HsObject *b, int op);

/* Compare two ints: <0, 0, >0. */
int hs_int_compare(HsObject *a, HsObject *b);

/* Return: new reference to True or False. */
HsObject *HsBool_FromLong(long v);

/* ==== arithmetic, conversions and the constructor (longobject.c, longmethods.c) ==== */

/* sys.get_int_max_str_digits(): the int <-> decimal str limit (0 = none), CPython 3.11's
 * default 4300. The setter takes 0 or a value >= HS_LONG_MAX_STR_DIGITS_THRESHOLD (640);
 * the caller (sys) checks the range and raises. */
int hs_int_get_max_str_digits(void);
void hs_int_set_max_str_digits(int maxdigits);

/* int(x) for a double, truncating: OverflowError "cannot convert float infinity to
 * integer", ValueError "cannot convert float NaN to integer". Return: new reference.
 * CPython: PyLong_FromDouble. */
HsObject *HsLong_FromDouble(double x);
/* float(v) of an int, correctly rounded; -1.0 with OverflowError "int too large to convert
 * to float" when out of range. CPython: PyLong_AsDouble. */
double HsLong_AsDouble(HsObject *v);

/* int(s, base) for a str (base 0 or 2..36): non-ASCII decimal digits and white space are
 * translated first, as CPython. Return: new reference. CPython: PyLong_FromUnicodeObject. */
HsObject *HsLong_FromUnicodeObject(HsObject *s, int base);

/* CPython's _PyUnicode_TransformDecimalAndSpaceToASCII on the str 's': a NUL-terminated
 * hs_mem_raw_malloc'ed ASCII copy (Unicode spaces -> ' ', decimal digits -> '0'..'9', the
 * first other non-ASCII code point -> '?' and the copy ends there); NULL with MemoryError. */
char *hs_num_str_to_ascii(HsObject *s, size_t *len);

/* Match a tp_new's (args tuple, kwargs dict or NULL) to parameters as
 * hs_arg_unpack_keywords does (same messages). 'out' gets borrowed references or NULL. */
int hs_num_unpack_new_args(HsObject *args, HsObject *kwds, const HsArgParser *parser,
                           int minpos, int maxpos, int minkw, HsObject **out);

/* repr() of 'o' cut to 'maxchars' code points, as "%.200R". Return: new reference. */
HsObject *hs_num_repr_cut(HsObject *o, Hs_ssize_t maxchars);

/* int's number slots (longobject.c), methods, computed attributes and int() (longmethods.c). */
extern HsNumberMethods hs_int_as_number;
extern HsMethodDef hs_int_methods[];
extern HsGetSetDef hs_int_getset[];
/* int's tp_new: int(x=0, /, base=10). Return: new reference. CPython: long_new_impl. */
HsObject *hs_int_new_obj(HsTypeObject *type, HsObject *args, HsObject *kwds);
/* A copy of int 'v' as an exact int (int(True) == 1). Return: new reference. */
HsObject *hs_int_copy(HsObject *v);

/* bool's number slots (& | ^ keep bool for bool operands) and its tp_new bool(x=False, /)
 * (both in longmethods.c, used by boolobject.c). Return: new reference (True or False). */
extern HsNumberMethods hs_bool_as_number;
HsObject *hs_bool_new(HsTypeObject *type, HsObject *args, HsObject *kwds);

#endif /* HS_INTERNAL_HS_OBJ_INT_H */
