/* The `array` module's type (CPython 3.11: Modules/arraymodule.c): the item descriptors of
 * the 13 typecodes with CPython's conversions and error messages, allocation and resizing
 * (array_resize's over-allocation, so sys.getsizeof matches CPython), the sequence and mapping
 * slots (items, slices with steps, slice assignment and deletion, +, *, +=, *=, in),
 * comparison, repr, the arrayiterator, the buffer export behind memoryview(a) and bytes(a),
 * and the module itself. The methods are in array_methods.c.
 * Invariants (hs_modules_array.h): ob_item holds 'allocated' items and is NULL exactly when
 * allocated == 0; ob_size <= allocated; while ob_exports > 0 the size never changes (every
 * resize goes through hs_array_resize, which refuses). array.array is a GC type that owns no
 * object references (CPython 3.11 makes it GC because its type is a heap type), so it is
 * tracked but traverses nothing. See docs/internals/array.md. */
#include "internal/hs_modules_array.h"
#include "internal/hs_modules.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_long.h"
#include "internal/hs_obj_memory.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_weakref.h"
#include "internal/hs_vm.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <wchar.h>

/* ==== integer conversions with CPython's messages ==== */

/* __index__(v) as a C long, as PyLong_AsLong; 'big' is the overflow message. 0 or -1. */
static int as_long(HsObject *v, long *out, const char *big) {
    HsObject *idx = HsNumber_Index(v);
    if (idx == NULL) {
        return -1;
    }
    int overflow = 0;
    long long x = hs_int_as_longlong_and_overflow(idx, &overflow);
    Hs_DECREF(idx);
    if (overflow) {
        HsErr_SetString(HsExc_OverflowError, big);
        return -1;
    }
    *out = (long)x;
    return 0;
}

/* __index__(v) as an unsigned 64-bit value; 'neg' / 'big' are the messages of the C API
 * CPython uses for the typecode (PyLong_AsUnsignedLong or ...LongLong). 0 or -1. */
static int as_unsigned(HsObject *v, uint64_t *out, const char *neg, const char *big) {
    HsObject *idx = HsNumber_Index(v);
    if (idx == NULL) {
        return -1;
    }
    int rc = 0;
    if (Hs_SIZE(idx) < 0) {
        HsErr_SetString(HsExc_OverflowError, neg);
        rc = -1;
    } else if (hs_obj_long_to_uint64(((HsLongObject *)idx)->ob_digit, Hs_SIZE(idx), out) !=
               HS_LONG_OK) {
        HsErr_SetString(HsExc_OverflowError, big);
        rc = -1;
    }
    Hs_DECREF(idx);
    return rc;
}

/* OverflowError "WHAT is less than minimum" / "... greater than maximum" unless lo <= x <= hi
 * (the wording of getargs.c and arraymodule.c). 0 or -1. */
static int check_range(long x, long lo, long hi, const char *what) {
    if (x < lo || x > hi) {
        HsErr_Format(HsExc_OverflowError, "%s is %s", what,
                     x < lo ? "less than minimum" : "greater than maximum");
        return -1;
    }
    return 0;
}

static const char MSG_LONG[] = "Python int too large to convert to C long";
static const char MSG_ULONG[] = "Python int too large to convert to C unsigned long";
static const char MSG_NEG_UINT[] = "can't convert negative value to unsigned int";
static const char MSG_BIG[] = "int too big to convert";
static const char MSG_NEG_ULL[] = "can't convert negative int to unsigned";

/* ==== item descriptors ==== */

#define ITEMS(a, T) ((T *)(a)->ob_item)

/* getitem for a C integer type T, boxed with 'box'. */
#define DEFINE_GETITEM(name, T, box)                                                           \
    static HsObject *name##_getitem(HsArrayObject *a, Hs_ssize_t i) {                          \
        return box(ITEMS(a, T)[i]);                                                            \
    }

DEFINE_GETITEM(b, signed char, HsLong_FromLong)
DEFINE_GETITEM(BB, unsigned char, HsLong_FromLong)
DEFINE_GETITEM(h, short, HsLong_FromLong)
DEFINE_GETITEM(HH, unsigned short, HsLong_FromLong)
DEFINE_GETITEM(i, int, HsLong_FromLong)
DEFINE_GETITEM(II, unsigned int, HsLong_FromLongLong)
DEFINE_GETITEM(l, long, HsLong_FromLong)
DEFINE_GETITEM(LL, unsigned long, HsLong_FromUnsignedLongLong)
DEFINE_GETITEM(q, long long, HsLong_FromLongLong)
DEFINE_GETITEM(QQ, unsigned long long, HsLong_FromUnsignedLongLong)
DEFINE_GETITEM(f, float, HsFloat_FromDouble)
DEFINE_GETITEM(d, double, HsFloat_FromDouble)

static HsObject *u_getitem(HsArrayObject *a, Hs_ssize_t i) {
    return HsUnicode_FromOrdinal((uint32_t)ITEMS(a, wchar_t)[i]);
}

/* Store 'x' (already checked) as item i of type T unless i < 0. */
#define STORE(a, i, T, x)                                                                      \
    do {                                                                                       \
        if ((i) >= 0) {                                                                        \
            ITEMS(a, T)[i] = (T)(x);                                                           \
        }                                                                                      \
    } while (0)

/* 'b': getargs' 'h' first (signed short), then the signed char range. */
static int b_setitem(HsArrayObject *a, Hs_ssize_t i, HsObject *v) {
    long x;
    if (as_long(v, &x, MSG_LONG) < 0 || check_range(x, SHRT_MIN, SHRT_MAX,
                                                    "signed short integer") < 0 ||
        check_range(x, SCHAR_MIN, SCHAR_MAX, "signed char") < 0) {
        return -1;
    }
    STORE(a, i, signed char, x);
    return 0;
}

static int BB_setitem(HsArrayObject *a, Hs_ssize_t i, HsObject *v) {
    long x;
    if (as_long(v, &x, MSG_LONG) < 0 || check_range(x, 0, UCHAR_MAX, "unsigned byte integer") < 0) {
        return -1;
    }
    STORE(a, i, unsigned char, x);
    return 0;
}

static int h_setitem(HsArrayObject *a, Hs_ssize_t i, HsObject *v) {
    long x;
    if (as_long(v, &x, MSG_LONG) < 0 ||
        check_range(x, SHRT_MIN, SHRT_MAX, "signed short integer") < 0) {
        return -1;
    }
    STORE(a, i, short, x);
    return 0;
}

/* 'H': getargs' 'i' first (signed int), then the unsigned short range. */
static int HH_setitem(HsArrayObject *a, Hs_ssize_t i, HsObject *v) {
    long x;
    if (as_long(v, &x, MSG_LONG) < 0 || check_range(x, INT_MIN, INT_MAX, "signed integer") < 0 ||
        check_range(x, 0, USHRT_MAX, "unsigned short") < 0) {
        return -1;
    }
    STORE(a, i, unsigned short, x);
    return 0;
}

static int i_setitem(HsArrayObject *a, Hs_ssize_t i, HsObject *v) {
    long x;
    if (as_long(v, &x, MSG_LONG) < 0 || check_range(x, INT_MIN, INT_MAX, "signed integer") < 0) {
        return -1;
    }
    STORE(a, i, int, x);
    return 0;
}

static int II_setitem(HsArrayObject *a, Hs_ssize_t i, HsObject *v) {
    uint64_t x;
    if (as_unsigned(v, &x, MSG_NEG_UINT, MSG_ULONG) < 0) {
        return -1;
    }
    if (x > UINT_MAX) {
        HsErr_SetString(HsExc_OverflowError, "unsigned int is greater than maximum");
        return -1;
    }
    STORE(a, i, unsigned int, x);
    return 0;
}

static int l_setitem(HsArrayObject *a, Hs_ssize_t i, HsObject *v) {
    long x;
    if (as_long(v, &x, MSG_LONG) < 0) {
        return -1;
    }
    STORE(a, i, long, x);
    return 0;
}

static int LL_setitem(HsArrayObject *a, Hs_ssize_t i, HsObject *v) {
    uint64_t x;
    if (as_unsigned(v, &x, MSG_NEG_UINT, MSG_ULONG) < 0) {
        return -1;
    }
    STORE(a, i, unsigned long, x);
    return 0;
}

static int q_setitem(HsArrayObject *a, Hs_ssize_t i, HsObject *v) {
    long x;
    if (as_long(v, &x, MSG_BIG) < 0) {
        return -1;
    }
    STORE(a, i, long long, x);
    return 0;
}

static int QQ_setitem(HsArrayObject *a, Hs_ssize_t i, HsObject *v) {
    uint64_t x;
    if (as_unsigned(v, &x, MSG_NEG_ULL, MSG_BIG) < 0) {
        return -1;
    }
    STORE(a, i, unsigned long long, x);
    return 0;
}

static int f_setitem(HsArrayObject *a, Hs_ssize_t i, HsObject *v) {
    double x = HsFloat_AsDouble(v);
    if (x == -1.0 && HsErr_Occurred()) {
        return -1;
    }
    STORE(a, i, float, x);
    return 0;
}

static int d_setitem(HsArrayObject *a, Hs_ssize_t i, HsObject *v) {
    double x = HsFloat_AsDouble(v);
    if (x == -1.0 && HsErr_Occurred()) {
        return -1;
    }
    STORE(a, i, double, x);
    return 0;
}

/* 'u': a str of exactly one code point (one wchar_t on Linux). */
static int u_setitem(HsArrayObject *a, Hs_ssize_t i, HsObject *v) {
    if (!HsUnicode_Check(v) || HS_STR_LEN(v) != 1) {
        HsErr_SetString(HsExc_TypeError, "array item must be unicode character");
        return -1;
    }
    STORE(a, i, wchar_t, HS_STR_READ_CHAR(v, 0));
    return 0;
}

/* compareitems for a C type T: the sign of the first difference among n items. */
#define DEFINE_COMPARE(name, T)                                                                \
    static int name##_compare(const void *lhs, const void *rhs, Hs_ssize_t n) {                \
        const T *x = lhs, *y = rhs;                                                            \
        for (Hs_ssize_t k = 0; k < n; k++) {                                                   \
            if (x[k] != y[k]) {                                                                \
                return x[k] < y[k] ? -1 : 1;                                                   \
            }                                                                                  \
        }                                                                                      \
        return 0;                                                                              \
    }

DEFINE_COMPARE(b, signed char)
DEFINE_COMPARE(BB, unsigned char)
DEFINE_COMPARE(u, wchar_t)
DEFINE_COMPARE(h, short)
DEFINE_COMPARE(HH, unsigned short)
DEFINE_COMPARE(i, int)
DEFINE_COMPARE(II, unsigned int)
DEFINE_COMPARE(l, long)
DEFINE_COMPARE(LL, unsigned long)
DEFINE_COMPARE(q, long long)
DEFINE_COMPARE(QQ, unsigned long long)

#define DESCR(c, T, name, fmt, isint, issigned)                                                \
    {c, sizeof(T), name##_getitem, name##_setitem, name##_compare, fmt, isint, issigned}

/* CPython's descriptors table, in typecodes order. */
static const HsArrayDescr descriptors[] = {
    DESCR('b', signed char, b, "b", 1, 1),
    DESCR('B', unsigned char, BB, "B", 1, 0),
    DESCR('u', wchar_t, u, "w", 0, 0),
    DESCR('h', short, h, "h", 1, 1),
    DESCR('H', unsigned short, HH, "H", 1, 0),
    DESCR('i', int, i, "i", 1, 1),
    DESCR('I', unsigned int, II, "I", 1, 0),
    DESCR('l', long, l, "l", 1, 1),
    DESCR('L', unsigned long, LL, "L", 1, 0),
    DESCR('q', long long, q, "q", 1, 1),
    DESCR('Q', unsigned long long, QQ, "Q", 1, 0),
    {'f', sizeof(float), f_getitem, f_setitem, NULL, "f", 0, 0},
    {'d', sizeof(double), d_getitem, d_setitem, NULL, "d", 0, 0},
    {'\0', 0, NULL, NULL, NULL, NULL, 0, 0},
};

static const char TYPECODES[] = "bBuhHiIlLqQfd";

/* ==== allocation and resizing ==== */

HsObject *hs_array_new(HsTypeObject *type, Hs_ssize_t size, const HsArrayDescr *descr) {
    if (size > HS_SSIZE_T_MAX / descr->itemsize) {
        return HsErr_NoMemory();
    }
    HsArrayObject *a = (HsArrayObject *)type->tp_alloc(type, 0);
    if (a == NULL) {
        return NULL;
    }
    a->ob_descr = descr;
    a->allocated = size;
    a->weakreflist = NULL;
    a->ob_exports = 0;
    Hs_SIZE(a) = size;
    a->ob_item = NULL;
    if (size > 0) {
        a->ob_item = hs_mem_malloc((size_t)size * (size_t)descr->itemsize);
        if (a->ob_item == NULL) {
            a->allocated = 0;
            Hs_SIZE(a) = 0;
            Hs_DECREF(a);
            return HsErr_NoMemory();
        }
    }
    return (HsObject *)a;
}

/* CPython's growth pattern 0, 4, 8, 16, 25, 34, 46, 56, 67, 79, ...: like a list's at first,
 * then about 1/16 extra. A shrink to at least 16 items below the size reallocates; a smaller
 * one only moves ob_size. */
int hs_array_resize(HsArrayObject *a, Hs_ssize_t newsize) {
    if (a->ob_exports > 0 && newsize != Hs_SIZE(a)) {
        HsErr_SetString(HsExc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    if (a->allocated >= newsize && Hs_SIZE(a) < newsize + 16 && a->ob_item != NULL) {
        Hs_SIZE(a) = newsize;
        return 0;
    }
    if (newsize == 0) {
        hs_mem_free(a->ob_item);
        a->ob_item = NULL;
        Hs_SIZE(a) = 0;
        a->allocated = 0;
        return 0;
    }
    size_t new_alloc = ((size_t)newsize >> 4) + (Hs_SIZE(a) < 8 ? 3 : 7) + (size_t)newsize;
    size_t itemsize = (size_t)a->ob_descr->itemsize;
    char *items = NULL;
    if (new_alloc <= (SIZE_MAX >> 1) / itemsize) {
        items = hs_mem_realloc(a->ob_item, new_alloc * itemsize);
    }
    if (items == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    a->ob_item = items;
    Hs_SIZE(a) = newsize;
    a->allocated = (Hs_ssize_t)new_alloc;
    return 0;
}

int hs_array_insert(HsArrayObject *a, Hs_ssize_t where, HsObject *v) {
    Hs_ssize_t n = Hs_SIZE(a);
    if (a->ob_descr->setitem(a, -1, v) < 0 || hs_array_resize(a, n + 1) < 0) {
        return -1;
    }
    if (where < 0) {
        where += n;
        if (where < 0) {
            where = 0;
        }
    }
    if (where > n) {
        where = n;
    }
    size_t itemsize = (size_t)a->ob_descr->itemsize;
    if (where != n) {
        memmove(a->ob_item + (size_t)(where + 1) * itemsize, a->ob_item + (size_t)where * itemsize,
                (size_t)(n - where) * itemsize);
    }
    return a->ob_descr->setitem(a, where, v);
}

int hs_array_del_slice(HsArrayObject *a, Hs_ssize_t ilow, Hs_ssize_t ihigh) {
    Hs_ssize_t n = Hs_SIZE(a);
    ilow = ilow < 0 ? 0 : ilow > n ? n : ilow;
    ihigh = ihigh < ilow ? ilow : ihigh > n ? n : ihigh;
    Hs_ssize_t d = ihigh - ilow;
    if (d != 0 && a->ob_exports > 0) {
        HsErr_SetString(HsExc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    if (d > 0) {
        size_t itemsize = (size_t)a->ob_descr->itemsize;
        memmove(a->ob_item + (size_t)ilow * itemsize, a->ob_item + (size_t)ihigh * itemsize,
                (size_t)(n - ihigh) * itemsize);
        return hs_array_resize(a, n - d);
    }
    return 0;
}

/* Append every item of the iterable 'bb'. 0 or -1. CPython: array_iter_extend */
static int iter_extend(HsArrayObject *a, HsObject *bb) {
    HsObject *it = HsObject_GetIter(bb);
    if (it == NULL) {
        return -1;
    }
    HsObject *v;
    while ((v = HsIter_Next(it)) != NULL) {
        int rc = hs_array_insert(a, Hs_SIZE(a), v);
        Hs_DECREF(v);
        if (rc < 0) {
            Hs_DECREF(it);
            return -1;
        }
    }
    Hs_DECREF(it);
    return HsErr_Occurred() ? -1 : 0;
}

int hs_array_do_extend(HsArrayObject *a, HsObject *bb) {
    if (!HsArray_Check(bb)) {
        return iter_extend(a, bb);
    }
    HsArrayObject *b = HS_ARRAY(bb);
    if (a->ob_descr != b->ob_descr) {
        HsErr_SetString(HsExc_TypeError, "can only extend with array of same kind");
        return -1;
    }
    Hs_ssize_t oldsize = Hs_SIZE(a), bbsize = Hs_SIZE(b); // bb may be a itself
    if (oldsize > HS_SSIZE_T_MAX - bbsize ||
        oldsize + bbsize > HS_SSIZE_T_MAX / a->ob_descr->itemsize) {
        HsErr_NoMemory();
        return -1;
    }
    if (hs_array_resize(a, oldsize + bbsize) < 0) {
        return -1;
    }
    if (bbsize > 0) {
        size_t itemsize = (size_t)a->ob_descr->itemsize;
        memcpy(a->ob_item + (size_t)oldsize * itemsize, b->ob_item, (size_t)bbsize * itemsize);
    }
    return 0;
}

/* ==== construction ==== */

static const HsArrayDescr *find_descr(uint32_t c) {
    for (const HsArrayDescr *d = descriptors; d->typecode != '\0'; d++) {
        if ((uint32_t)(unsigned char)d->typecode == c) {
            return d;
        }
    }
    return NULL;
}

/* Fill the new array 'a' from 'initial' (a list, tuple, bytes-like, str for 'u', or array of
 * the same typecode) as CPython's array_new does. 0 or -1. */
static int fill_from_initial(HsArrayObject *a, HsObject *initial) {
    Hs_ssize_t len = Hs_SIZE(a);
    if (len > 0 && !HsArray_Check(initial)) {
        for (Hs_ssize_t i = 0; i < len; i++) {
            HsObject *v = HsSequence_GetItem(initial, i);
            int rc = v == NULL ? -1 : a->ob_descr->setitem(a, i, v);
            Hs_XDECREF(v);
            if (rc < 0) {
                return -1;
            }
        }
    } else if (HsBytes_Check(initial) || HsByteArray_Check(initial)) {
        HsObject *r = hs_array_frombytes((HsObject *)a, initial);
        if (r == NULL) {
            return -1;
        }
        Hs_DECREF(r);
    } else if (HsUnicode_Check(initial)) {
        Hs_ssize_t n = HS_STR_LEN(initial);
        if (n > 0) { // exactly n items, as CPython adopting PyUnicode_AsWideCharString's buffer
            a->ob_item = hs_mem_malloc((size_t)n * sizeof(wchar_t));
            if (a->ob_item == NULL) {
                HsErr_NoMemory();
                return -1;
            }
            a->allocated = n;
            Hs_SIZE(a) = n;
            for (Hs_ssize_t i = 0; i < n; i++) {
                ITEMS(a, wchar_t)[i] = (wchar_t)HS_STR_READ_CHAR(initial, i);
            }
        }
    } else if (HsArray_Check(initial) && len > 0) {
        memcpy(a->ob_item, HS_ARRAY(initial)->ob_item, (size_t)len * (size_t)a->ob_descr->itemsize);
    }
    return 0;
}

/* array(typecode[, initializer]). Return: new reference. CPython: array_new */
static HsObject *array_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    if (type == &HsArray_Type && hs_arg_no_kwargs_dict("array.array", kwds) < 0) {
        return NULL;
    }
    Hs_ssize_t nargs = Hs_SIZE(args);
    if (hs_arg_count_varargs("array", nargs, 1, 2) < 0) {
        return NULL;
    }
    HsObject *tc = HsTuple_GetItem(args, 0), *initial = nargs > 1 ? HsTuple_GetItem(args, 1) : NULL;
    if (!HsUnicode_Check(tc) || HS_STR_LEN(tc) != 1) {
        hs_arg_bad_argument("array", 1, NULL, "a unicode character", tc);
        return NULL;
    }
    uint32_t c = HS_STR_READ_CHAR(tc, 0);
    if (initial != NULL && c != 'u') {
        if (HsUnicode_Check(initial)) {
            return HsErr_Format(HsExc_TypeError,
                                "cannot use a str to initialize an array with typecode '%c'",
                                (int)c);
        }
        if (HsArray_Check(initial) && HS_ARRAY(initial)->ob_descr->typecode == 'u') {
            return HsErr_Format(HsExc_TypeError,
                                "cannot use a unicode array to initialize an array with "
                                "typecode '%c'",
                                (int)c);
        }
    }
    HsObject *it = NULL;
    if (initial != NULL && !HsList_Check(initial) && !HsByteArray_Check(initial) &&
        !HsBytes_Check(initial) && !HsTuple_Check(initial) &&
        !(c == 'u' && HsUnicode_Check(initial)) &&
        !(HsArray_Check(initial) && c == (uint32_t)HS_ARRAY(initial)->ob_descr->typecode)) {
        it = HsObject_GetIter(initial);
        if (it == NULL) {
            return NULL;
        }
        initial = NULL;
    }
    const HsArrayDescr *descr = find_descr(c);
    if (descr == NULL) {
        Hs_XDECREF(it);
        return HsErr_Format(HsExc_ValueError,
                            "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    Hs_ssize_t len = initial == NULL                                     ? 0
                     : HsList_Check(initial)                             ? Hs_SIZE(initial)
                     : HsTuple_Check(initial) || HsArray_Check(initial) ? Hs_SIZE(initial)
                                                                         : 0;
    HsObject *a = hs_array_new(type, len, descr);
    if (a == NULL || (initial != NULL && fill_from_initial(HS_ARRAY(a), initial) < 0) ||
        (it != NULL && iter_extend(HS_ARRAY(a), it) < 0)) {
        Hs_XDECREF(it);
        Hs_XDECREF(a);
        return NULL;
    }
    Hs_XDECREF(it);
    return a;
}

/* ==== sequence and mapping slots ==== */

static Hs_ssize_t array_length(HsObject *op) {
    return Hs_SIZE(op);
}

static HsObject *array_item(HsObject *op, Hs_ssize_t i) {
    if (i < 0 || i >= Hs_SIZE(op)) {
        return HsErr_Format(HsExc_IndexError, "array index out of range");
    }
    return HS_ARRAY(op)->ob_descr->getitem(HS_ARRAY(op), i);
}

/* A new array.array of items [ilow, ihigh) (clamped). Return: new reference. */
static HsObject *array_slice(HsArrayObject *a, Hs_ssize_t ilow, Hs_ssize_t ihigh) {
    Hs_ssize_t n = Hs_SIZE(a);
    ilow = ilow < 0 ? 0 : ilow > n ? n : ilow;
    ihigh = ihigh < ilow ? ilow : ihigh > n ? n : ihigh;
    HsObject *np = hs_array_new(&HsArray_Type, ihigh - ilow, a->ob_descr);
    if (np != NULL && ihigh > ilow) {
        size_t itemsize = (size_t)a->ob_descr->itemsize;
        memcpy(HS_ARRAY(np)->ob_item, a->ob_item + (size_t)ilow * itemsize,
               (size_t)(ihigh - ilow) * itemsize);
    }
    return np;
}

static HsObject *array_concat(HsObject *op, HsObject *bb) {
    HsArrayObject *a = HS_ARRAY(op);
    if (!HsArray_Check(bb)) {
        return HsErr_Format(HsExc_TypeError, "can only append array (not \"%.200s\") to array",
                            Hs_TYPE(bb)->tp_name);
    }
    HsArrayObject *b = HS_ARRAY(bb);
    if (a->ob_descr != b->ob_descr) {
        HsErr_BadArgument();
        return NULL;
    }
    if (Hs_SIZE(a) > HS_SSIZE_T_MAX - Hs_SIZE(b)) {
        return HsErr_NoMemory();
    }
    HsObject *np = hs_array_new(&HsArray_Type, Hs_SIZE(a) + Hs_SIZE(b), a->ob_descr);
    if (np == NULL) {
        return NULL;
    }
    size_t itemsize = (size_t)a->ob_descr->itemsize;
    if (Hs_SIZE(a) > 0) {
        memcpy(HS_ARRAY(np)->ob_item, a->ob_item, (size_t)Hs_SIZE(a) * itemsize);
    }
    if (Hs_SIZE(b) > 0) {
        memcpy(HS_ARRAY(np)->ob_item + (size_t)Hs_SIZE(a) * itemsize, b->ob_item,
               (size_t)Hs_SIZE(b) * itemsize);
    }
    return np;
}

static HsObject *array_repeat(HsObject *op, Hs_ssize_t n) {
    HsArrayObject *a = HS_ARRAY(op);
    if (n < 0) {
        n = 0;
    }
    Hs_ssize_t len = Hs_SIZE(a);
    if (len != 0 && n > HS_SSIZE_T_MAX / len) {
        return HsErr_NoMemory();
    }
    HsObject *np = hs_array_new(&HsArray_Type, len * n, a->ob_descr);
    if (np == NULL || len == 0 || n == 0) {
        return np;
    }
    size_t chunk = (size_t)len * (size_t)a->ob_descr->itemsize;
    char *dst = HS_ARRAY(np)->ob_item;
    for (Hs_ssize_t k = 0; k < n; k++) {
        memcpy(dst + (size_t)k * chunk, a->ob_item, chunk);
    }
    return np;
}

static int array_ass_item(HsObject *op, Hs_ssize_t i, HsObject *v) {
    HsArrayObject *a = HS_ARRAY(op);
    if (i < 0 || i >= Hs_SIZE(a)) {
        HsErr_SetString(HsExc_IndexError, "array assignment index out of range");
        return -1;
    }
    if (v == NULL) {
        return hs_array_del_slice(a, i, i + 1);
    }
    return a->ob_descr->setitem(a, i, v);
}

static int array_contains(HsObject *op, HsObject *v) {
    int cmp = 0;
    for (Hs_ssize_t i = 0; cmp == 0 && i < Hs_SIZE(op); i++) {
        HsObject *item = HS_ARRAY(op)->ob_descr->getitem(HS_ARRAY(op), i);
        if (item == NULL) {
            return -1;
        }
        cmp = HsObject_RichCompareBool(item, v, HS_EQ);
        Hs_DECREF(item);
    }
    return cmp;
}

static HsObject *array_inplace_concat(HsObject *op, HsObject *bb) {
    if (!HsArray_Check(bb)) {
        return HsErr_Format(HsExc_TypeError, "can only extend array with array (not \"%.200s\")",
                            Hs_TYPE(bb)->tp_name);
    }
    if (hs_array_do_extend(HS_ARRAY(op), bb) < 0) {
        return NULL;
    }
    return Hs_NewRef(op);
}

static HsObject *array_inplace_repeat(HsObject *op, Hs_ssize_t n) {
    HsArrayObject *a = HS_ARRAY(op);
    Hs_ssize_t len = Hs_SIZE(a);
    if (len > 0) {
        if (n < 0) {
            n = 0;
        }
        if (len > HS_SSIZE_T_MAX / a->ob_descr->itemsize) {
            return HsErr_NoMemory();
        }
        size_t size = (size_t)len * (size_t)a->ob_descr->itemsize;
        if (n > 0 && size > (size_t)HS_SSIZE_T_MAX / (size_t)n) {
            return HsErr_NoMemory();
        }
        if (hs_array_resize(a, n * len) < 0) {
            return NULL;
        }
        for (Hs_ssize_t k = 1; k < n; k++) {
            memcpy(a->ob_item + (size_t)k * size, a->ob_item, size);
        }
    }
    return Hs_NewRef(op);
}

static int index_check(HsObject *o) {
    HsNumberMethods *nb = Hs_TYPE(o)->tp_as_number;
    return nb != NULL && nb->nb_index != NULL;
}

/* a[i] and a[slice]. Return: new reference. CPython: array_subscr */
static HsObject *array_subscr(HsObject *op, HsObject *item) {
    HsArrayObject *a = HS_ARRAY(op);
    if (index_check(item)) {
        Hs_ssize_t i = HsNumber_AsSsize_t(item, HsExc_IndexError);
        if (i == -1 && HsErr_Occurred()) {
            return NULL;
        }
        return array_item(op, i < 0 ? i + Hs_SIZE(a) : i);
    }
    if (!HsSlice_Check(item)) {
        return HsErr_Format(HsExc_TypeError, "array indices must be integers");
    }
    Hs_ssize_t start, stop, step;
    if (hs_slice_unpack(item, &start, &stop, &step) < 0) {
        return NULL;
    }
    Hs_ssize_t n = hs_slice_adjust_indices(Hs_SIZE(a), &start, &stop, step);
    if (step == 1 || n <= 0) {
        return array_slice(a, start, n > 0 ? start + n : start);
    }
    HsObject *np = hs_array_new(&HsArray_Type, n, a->ob_descr);
    if (np == NULL) {
        return NULL;
    }
    size_t itemsize = (size_t)a->ob_descr->itemsize;
    for (Hs_ssize_t cur = start, k = 0; k < n; cur += step, k++) {
        memcpy(HS_ARRAY(np)->ob_item + (size_t)k * itemsize, a->ob_item + (size_t)cur * itemsize,
               itemsize);
    }
    return np;
}

/* Delete the extended slice (start, step, n) (step != 1), as CPython's loop. 0 or -1. */
static int delete_extended(HsArrayObject *a, Hs_ssize_t start, Hs_ssize_t step, Hs_ssize_t n) {
    size_t itemsize = (size_t)a->ob_descr->itemsize;
    if (step < 0) {
        Hs_ssize_t stop = start + 1;
        start = stop + step * (n - 1) - 1;
        step = -step;
    }
    size_t cur;
    Hs_ssize_t k;
    for (cur = (size_t)start, k = 0; k < n; cur += (size_t)step, k++) {
        Hs_ssize_t lim = step - 1;
        if (cur + (size_t)step >= (size_t)Hs_SIZE(a)) {
            lim = Hs_SIZE(a) - (Hs_ssize_t)cur - 1;
        }
        memmove(a->ob_item + (cur - (size_t)k) * itemsize, a->ob_item + (cur + 1) * itemsize,
                (size_t)lim * itemsize);
    }
    cur = (size_t)start + (size_t)n * (size_t)step;
    if (cur < (size_t)Hs_SIZE(a)) {
        memmove(a->ob_item + (cur - (size_t)n) * itemsize, a->ob_item + cur * itemsize,
                ((size_t)Hs_SIZE(a) - cur) * itemsize);
    }
    return hs_array_resize(a, Hs_SIZE(a) - n);
}

/* Replace the slice (start, stop, step; n items) with the 'needed' items of 'other' (NULL
 * to delete), as CPython's array_ass_subscr after parsing. 0 or -1. */
static int assign_slice(HsArrayObject *a, Hs_ssize_t start, Hs_ssize_t stop, Hs_ssize_t step,
                        Hs_ssize_t n, HsArrayObject *other) {
    Hs_ssize_t needed = other != NULL ? Hs_SIZE(other) : 0;
    size_t itemsize = (size_t)a->ob_descr->itemsize;
    if ((step > 0 && stop < start) || (step < 0 && stop > start)) {
        stop = start;
    }
    if ((needed == 0 || n != needed) && a->ob_exports > 0) {
        HsErr_SetString(HsExc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    if (step == 1) {
        if (n > needed) {
            memmove(a->ob_item + (size_t)(start + needed) * itemsize,
                    a->ob_item + (size_t)stop * itemsize, (size_t)(Hs_SIZE(a) - stop) * itemsize);
            if (hs_array_resize(a, Hs_SIZE(a) + needed - n) < 0) {
                return -1;
            }
        } else if (n < needed) {
            if (hs_array_resize(a, Hs_SIZE(a) + needed - n) < 0) {
                return -1;
            }
            memmove(a->ob_item + (size_t)(start + needed) * itemsize,
                    a->ob_item + (size_t)stop * itemsize,
                    (size_t)(Hs_SIZE(a) - start - needed) * itemsize);
        }
        if (needed > 0) {
            memcpy(a->ob_item + (size_t)start * itemsize, other->ob_item,
                   (size_t)needed * itemsize);
        }
        return 0;
    }
    if (needed == 0) {
        return delete_extended(a, start, step, n);
    }
    if (needed != n) {
        HsErr_Format(HsExc_ValueError,
                     "attempt to assign array of size %zd to extended slice of size %zd", needed,
                     n);
        return -1;
    }
    for (Hs_ssize_t cur = start, k = 0; k < n; cur += step, k++) {
        memcpy(a->ob_item + (size_t)cur * itemsize, other->ob_item + (size_t)k * itemsize,
               itemsize);
    }
    return 0;
}

/* a[i] = v, del a[i], a[slice] = array, del a[slice]. 0 or -1. CPython: array_ass_subscr */
static int array_ass_subscr(HsObject *op, HsObject *item, HsObject *value) {
    HsArrayObject *a = HS_ARRAY(op);
    Hs_ssize_t start, stop, step, n;
    if (index_check(item)) {
        Hs_ssize_t i = HsNumber_AsSsize_t(item, HsExc_IndexError);
        if (i == -1 && HsErr_Occurred()) {
            return -1;
        }
        i = i < 0 ? i + Hs_SIZE(a) : i;
        if (i < 0 || i >= Hs_SIZE(a)) {
            HsErr_SetString(HsExc_IndexError, "array assignment index out of range");
            return -1;
        }
        if (value != NULL) {
            return a->ob_descr->setitem(a, i, value);
        }
        start = i, stop = i + 1, step = 1, n = 1;
    } else if (HsSlice_Check(item)) {
        if (hs_slice_unpack(item, &start, &stop, &step) < 0) {
            return -1;
        }
        n = hs_slice_adjust_indices(Hs_SIZE(a), &start, &stop, step);
    } else {
        HsErr_SetString(HsExc_TypeError, "array indices must be integers");
        return -1;
    }
    if (value == NULL) {
        return assign_slice(a, start, stop, step, n, NULL);
    }
    if (!HsArray_Check(value)) {
        HsErr_Format(HsExc_TypeError, "can only assign array (not \"%.200s\") to array slice",
                     Hs_TYPE(value)->tp_name);
        return -1;
    }
    if (value == op) { // a[i:j] = a: copy first
        HsObject *copy = array_slice(a, 0, Hs_SIZE(a));
        int rc = copy == NULL ? -1 : array_ass_subscr(op, item, copy);
        Hs_XDECREF(copy);
        return rc;
    }
    if (HS_ARRAY(value)->ob_descr != a->ob_descr) {
        HsErr_BadArgument();
        return -1;
    }
    return assign_slice(a, start, stop, step, n, HS_ARRAY(value));
}

/* ==== comparison, repr, lifetime ==== */

/* Element-wise comparison of two arrays, with the raw-buffer fast path for equal integer
 * typecodes. Return: new reference. CPython: array_richcompare */
static HsObject *array_richcompare(HsObject *v, HsObject *w, int op) {
    if (!HsArray_Check(v) || !HsArray_Check(w)) {
        return Hs_NewRef(Hs_NotImplemented);
    }
    HsArrayObject *va = HS_ARRAY(v), *wa = HS_ARRAY(w);
    Hs_ssize_t vs = Hs_SIZE(va), ws = Hs_SIZE(wa);
    if (vs != ws && (op == HS_EQ || op == HS_NE)) {
        return HsBool_FromLong(op == HS_NE);
    }
    int k = 1;
    HsObject *vi = NULL, *wi = NULL;
    if (va->ob_descr == wa->ob_descr && va->ob_descr->compare != NULL) {
        int r = va->ob_descr->compare(va->ob_item, wa->ob_item, vs < ws ? vs : ws);
        if (r != 0) {
            int table[6] = {r < 0, r <= 0, 0, 1, r > 0, r >= 0};
            return HsBool_FromLong(table[op]);
        }
    } else {
        for (Hs_ssize_t i = 0; i < vs && i < ws && i < Hs_SIZE(va) && i < Hs_SIZE(wa); i++) {
            vi = va->ob_descr->getitem(va, i);
            wi = vi != NULL ? wa->ob_descr->getitem(wa, i) : NULL;
            k = wi == NULL ? -1 : HsObject_RichCompareBool(vi, wi, HS_EQ);
            if (k == 0) {
                break; // keeping vi and wi
            }
            Hs_CLEAR(vi);
            Hs_CLEAR(wi);
            if (k < 0) {
                return NULL;
            }
        }
    }
    if (k) {
        vs = Hs_SIZE(va), ws = Hs_SIZE(wa);
        int table[6] = {vs < ws, vs <= ws, 1, 0, vs > ws, vs >= ws};
        return HsBool_FromLong(table[op]);
    }
    HsObject *res = op == HS_EQ   ? Hs_NewRef(Hs_False)
                    : op == HS_NE ? Hs_NewRef(Hs_True)
                                  : HsObject_RichCompare(vi, wi, op);
    Hs_DECREF(vi);
    Hs_DECREF(wi);
    return res;
}

/* "array('i', [1, 2])", "array('u', 'ab')", "array('d')"; the type's own name for
 * subclasses. Return: new reference. */
static HsObject *array_repr(HsObject *op) {
    HsArrayObject *a = HS_ARRAY(op);
    const char *name = Hs_TYPE(op)->tp_name;
    for (const char *p = name; *p != '\0'; p++) {
        if (*p == '.') {
            name = p + 1;
        }
    }
    int c = a->ob_descr->typecode;
    if (Hs_SIZE(a) == 0) {
        return HsUnicode_FromFormat("%s('%c')", name, c);
    }
    HsObject *v = c == 'u' ? hs_array_tounicode(op, NULL) : hs_array_tolist(op, NULL);
    if (v == NULL) {
        return NULL;
    }
    HsObject *s = HsUnicode_FromFormat("%s('%c', %R)", name, c, v);
    Hs_DECREF(v);
    return s;
}

static void array_dealloc(HsObject *op) {
    HsArrayObject *a = HS_ARRAY(op);
    hs_gc_untrack(op);
    if (a->weakreflist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    hs_mem_free(a->ob_item);
    a->ob_item = NULL;
    Hs_TYPE(op)->tp_free(op);
}

static int array_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    (void)op;
    (void)visit;
    (void)arg;
    return 0; // only raw values: nothing to visit
}

/* ==== the buffer export ==== */

/* CPython: array_buffer_getbuf. The view is writable and counts in ob_exports. */
static int array_getbuf(HsObject *op, HsBuffer *view, int flags) {
    static char emptybuf[8];
    (void)flags;
    HsArrayObject *a = HS_ARRAY(op);
    view->buf = a->ob_item != NULL ? (void *)a->ob_item : (void *)emptybuf;
    view->len = Hs_SIZE(a) * a->ob_descr->itemsize;
    view->itemsize = a->ob_descr->itemsize;
    view->readonly = 0;
    view->format = a->ob_descr->format;
    a->ob_exports++;
    return 0;
}

static void array_releasebuf(HsObject *op, HsBuffer *view) {
    (void)view;
    HS_ARRAY(op)->ob_exports--;
}

/* ==== the iterator (CPython: arrayiterobject, 40 bytes + the GC head) ==== */

typedef struct ArrayIterObject {
    HsObject ob_base;
    Hs_ssize_t index;
    HsObject *ao; /* NULL once exhausted */
    HsObject *(*getitem)(HsArrayObject *a, Hs_ssize_t i);
} ArrayIterObject;

static HsObject *array_iter(HsObject *op) {
    ArrayIterObject *it = (ArrayIterObject *)HsType_GenericAlloc(&HsArrayIter_Type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->ao = Hs_NewRef(op);
    it->index = 0;
    it->getitem = HS_ARRAY(op)->ob_descr->getitem;
    return (HsObject *)it;
}

static HsObject *arrayiter_next(HsObject *op) {
    ArrayIterObject *it = (ArrayIterObject *)op;
    if (it->ao == NULL) {
        return NULL;
    }
    if (it->index < Hs_SIZE(it->ao)) {
        return it->getitem(HS_ARRAY(it->ao), it->index++);
    }
    Hs_CLEAR(it->ao);
    return NULL;
}

static HsObject *arrayiter_self(HsObject *op) {
    return Hs_NewRef(op);
}

static void arrayiter_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    Hs_CLEAR(((ArrayIterObject *)op)->ao);
    hs_gc_free(op);
}

static int arrayiter_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *ao = ((ArrayIterObject *)op)->ao;
    return ao != NULL ? visit(ao, arg) : 0;
}

/* __setstate__(index): the next index, clamped to [0, len]. Return: new reference (None). */
static HsObject *arrayiter_setstate(HsObject *op, HsObject *state) {
    ArrayIterObject *it = (ArrayIterObject *)op;
    Hs_ssize_t index = HsLong_AsSsize_t(state);
    if (index == -1 && HsErr_Occurred()) {
        return NULL;
    }
    if (it->ao != NULL) {
        index = index < 0 ? 0 : index > Hs_SIZE(it->ao) ? Hs_SIZE(it->ao) : index;
        it->index = index;
    }
    return Hs_NewRef(Hs_None);
}

static HsMethodDef arrayiter_methods[] = {
    {"__setstate__", HS_CFUNC(arrayiter_setstate), HS_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsArrayIter_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "array.arrayiterator",
    .tp_basicsize = sizeof(ArrayIterObject),
    .tp_dealloc = arrayiter_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = arrayiter_traverse,
    .tp_iter = arrayiter_self,
    .tp_iternext = arrayiter_next,
    .tp_methods = arrayiter_methods,
    .tp_alloc = HsType_GenericAlloc,
};

/* ==== the type ==== */

static HsSequenceMethods array_as_sequence = {
    .sq_length = array_length,
    .sq_concat = array_concat,
    .sq_repeat = array_repeat,
    .sq_item = array_item,
    .sq_ass_item = array_ass_item,
    .sq_contains = array_contains,
    .sq_inplace_concat = array_inplace_concat,
    .sq_inplace_repeat = array_inplace_repeat,
};

static HsMappingMethods array_as_mapping = {
    .mp_length = array_length,
    .mp_subscript = array_subscr,
    .mp_ass_subscript = array_ass_subscr,
};

HsTypeObject HsArray_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "array.array",
    .tp_basicsize = sizeof(HsArrayObject),
    .tp_dealloc = array_dealloc,
    .tp_repr = array_repr,
    .tp_as_sequence = &array_as_sequence,
    .tp_as_mapping = &array_as_mapping,
    .tp_hash = HsObject_HashNotImplemented,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE | HS_TPFLAGS_SEQUENCE |
                HS_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "array(typecode [, initializer]) -> array\n\n"
              "Return a new array whose items are restricted by typecode, and\n"
              "initialized from the optional initializer value, which must be a list,\n"
              "string or iterable over elements of the appropriate type.",
    .tp_traverse = array_traverse,
    .tp_richcompare = array_richcompare,
    .tp_weaklistoffset = offsetof(HsArrayObject, weakreflist),
    .tp_iter = array_iter,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = array_new,
};

/* ==== pickling: machine format codes and _array_reconstructor ==== */

/* CPython's enum machine_format_code, as a table: item size, signedness, big-endian, and
 * kind ('i' integer, 'f' IEEE float, 'u' UTF-16/32 text). Code k is row k. */
static const struct {
    unsigned char size, is_signed, big, kind;
} mformats[] = {
    {1, 0, 0, 'i'}, {1, 1, 0, 'i'},                                 /* 0-1: 8-bit */
    {2, 0, 0, 'i'}, {2, 0, 1, 'i'}, {2, 1, 0, 'i'}, {2, 1, 1, 'i'}, /* 2-5: 16-bit */
    {4, 0, 0, 'i'}, {4, 0, 1, 'i'}, {4, 1, 0, 'i'}, {4, 1, 1, 'i'}, /* 6-9: 32-bit */
    {8, 0, 0, 'i'}, {8, 0, 1, 'i'}, {8, 1, 0, 'i'}, {8, 1, 1, 'i'}, /* 10-13: 64-bit */
    {4, 0, 0, 'f'}, {4, 0, 1, 'f'}, {8, 0, 0, 'f'}, {8, 0, 1, 'f'}, /* 14-17: float, double */
    {4, 0, 0, 'u'}, {4, 0, 1, 'u'}, {8, 0, 0, 'u'}, {8, 0, 1, 'u'}, /* 18-21: UTF-16, UTF-32 */
}; // the UTF rows' sizes are twice the unit, as in CPython's mformat_descriptors
#define N_MFORMATS ((int)(sizeof(mformats) / sizeof(mformats[0])))

int hs_array_mformat_code(char tc) {
    const HsArrayDescr *d = find_descr((unsigned char)tc);
    if (tc == 'u') {
        return sizeof(wchar_t) == 2 ? 18 : 20; // UTF16_LE / UTF32_LE
    }
    int kind = d->is_integer_type ? 'i' : 'f';
    for (int k = 0; k < N_MFORMATS; k++) {
        if (mformats[k].kind == kind && mformats[k].size == d->itemsize && !mformats[k].big &&
            mformats[k].is_signed == (kind == 'i' && d->is_signed)) {
            return k;
        }
    }
    return -1;
}

/* Item 'i' of 'data' in machine format 'k' as a Python int or float. Return: new reference. */
static HsObject *mformat_item(int k, const unsigned char *data, Hs_ssize_t i) {
    unsigned char b[8];
    int n = mformats[k].size;
    for (int j = 0; j < n; j++) { // to little-endian
        b[j] = data[i * n + (mformats[k].big ? n - 1 - j : j)];
    }
    uint64_t u = 0;
    for (int j = n - 1; j >= 0; j--) {
        u = (u << 8) | b[j];
    }
    if (mformats[k].kind == 'f') {
        if (n == 4) {
            float f;
            uint32_t u32 = (uint32_t)u;
            memcpy(&f, &u32, 4);
            return HsFloat_FromDouble(f);
        }
        double d;
        memcpy(&d, &u, 8);
        return HsFloat_FromDouble(d);
    }
    if (mformats[k].is_signed && n < 8 && (u >> (8 * n - 1)) != 0) {
        u |= ~(uint64_t)0 << (8 * n); // sign-extend
    }
    return mformats[k].is_signed ? HsLong_FromLongLong((long long)u)
                                 : HsLong_FromUnsignedLongLong((unsigned long long)u);
}

/* What _array_reconstructor passes to array(): 'items' decoded from machine format 'k' (a
 * list of numbers, or a str for UTF formats); for integers '*tc' becomes the typecode of the
 * same size and signedness, as CPython. Return: new reference. */
static HsObject *mformat_decode(int k, HsObject *items, char *tc) {
    Hs_ssize_t n = Hs_SIZE(items) / mformats[k].size;
    const unsigned char *data = (const unsigned char *)HsBytes_AS_STRING(items);
    if (mformats[k].kind == 'u') {
        static const char *const codecs[] = {"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"};
        HsObject *name = HsUnicode_FromString("decode");
        HsObject *enc = HsUnicode_FromString(codecs[k - 18]);
        HsObject *r = name != NULL && enc != NULL ? HsObject_CallMethodOneArg(items, name, enc)
                                                  : NULL;
        Hs_XDECREF(name);
        Hs_XDECREF(enc);
        return r;
    }
    if (mformats[k].kind == 'i') {
        for (const HsArrayDescr *d = descriptors; d->typecode != '\0'; d++) {
            if (d->is_integer_type && d->itemsize == mformats[k].size &&
                d->is_signed == mformats[k].is_signed) {
                *tc = d->typecode;
            }
        }
    }
    HsObject *list = HsList_New(n);
    for (Hs_ssize_t i = 0; list != NULL && i < n; i++) {
        HsObject *v = mformat_item(k, data, i);
        if (v == NULL) {
            Hs_CLEAR(list);
        } else {
            HS_LIST_SET(list, i, v);
        }
    }
    return list;
}

/* array(typecode 'tc', 'init') of type 'type'. Return: new reference. CPython: make_array */
static HsObject *make_array(HsTypeObject *type, char tc, HsObject *init) {
    HsObject *code = HsUnicode_FromStringAndSize(&tc, 1);
    HsObject *args = code != NULL ? HsTuple_Pack(2, code, init) : NULL;
    HsObject *r = args != NULL ? array_new(type, args, NULL) : NULL;
    Hs_XDECREF(code);
    Hs_XDECREF(args);
    return r;
}

/* Check _array_reconstructor's arguments with CPython's messages; the typecode in '*tc' and
 * the machine format code in '*k'. 0 or -1. */
static int reconstructor_args(HsObject *const *args, char *tc, int *k) {
    if (!HsType_Check(args[0])) {
        HsErr_Format(HsExc_TypeError, "first argument must be a type object, not %.200s",
                     Hs_TYPE(args[0])->tp_name);
        return -1;
    }
    if (!HsType_IsSubtype((HsTypeObject *)args[0], &HsArray_Type)) {
        HsErr_Format(HsExc_TypeError, "%.200s is not a subtype of array.array",
                     ((HsTypeObject *)args[0])->tp_name);
        return -1;
    }
    if (!HsUnicode_Check(args[1]) || HS_STR_LEN(args[1]) != 1) {
        hs_arg_bad_argument("_array_reconstructor", 2, NULL, "a unicode character", args[1]);
        return -1;
    }
    long code;
    if (as_long(args[2], &code, "Python int too large to convert to C int") < 0) {
        return -1;
    }
    if (code < INT_MIN || code > INT_MAX) {
        HsErr_SetString(HsExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    uint32_t c = HS_STR_READ_CHAR(args[1], 0);
    if (find_descr(c) == NULL) {
        HsErr_SetString(HsExc_ValueError, "second argument must be a valid type code");
        return -1;
    }
    if (code < 0 || code >= N_MFORMATS) {
        HsErr_SetString(HsExc_ValueError, "third argument must be a valid machine format code.");
        return -1;
    }
    if (!HsBytes_Check(args[3])) {
        HsErr_Format(HsExc_TypeError, "fourth argument should be bytes, not %.200s",
                     Hs_TYPE(args[3])->tp_name);
        return -1;
    }
    *tc = (char)c;
    *k = (int)code;
    return 0;
}

/* _array_reconstructor(arraytype, typecode, mformat_code, items, /): the array pickled by
 * __reduce_ex__ (protocol >= 3). Return: new reference.
 * CPython: array__array_reconstructor_impl */
static HsObject *array_reconstructor(HsObject *module, HsObject *const *args, Hs_ssize_t nargs) {
    (void)module;
    char tc;
    int k;
    if (hs_arg_check_positional("_array_reconstructor", nargs, 4, 4) < 0 ||
        reconstructor_args(args, &tc, &k) < 0) {
        return NULL;
    }
    HsTypeObject *type = (HsTypeObject *)args[0];
    if (k == hs_array_mformat_code(tc)) {
        return make_array(type, tc, args[3]);
    }
    if (Hs_SIZE(args[3]) % mformats[k].size != 0) {
        return HsErr_Format(HsExc_ValueError, "string length not a multiple of item size");
    }
    HsObject *init = mformat_decode(k, args[3], &tc);
    HsObject *r = init != NULL ? make_array(type, tc, init) : NULL;
    Hs_XDECREF(init);
    return r;
}

static HsMethodDef module_functions[] = {
    {"_array_reconstructor", HS_CFUNC(array_reconstructor), HS_METH_FASTCALL,
     "Internal. Used for pickling support."},
    {NULL, NULL, 0, NULL},
};

HsObject *hs_array_reconstructor_function(void) {
    HsObject *name = HsUnicode_FromString("array");
    HsObject *m = name != NULL ? hs_vm_import_name(name, NULL, NULL, 0) : NULL;
    HsObject *fn = m != NULL ? HsObject_GetAttrString(m, "_array_reconstructor") : NULL;
    Hs_XDECREF(name);
    Hs_XDECREF(m);
    return fn;
}

/* ==== the module ==== */

/* type.__module__ = 'array' in the type's dict, as CPython's heap types have it (so it is in
 * dir(array.array)). 0 or -1. */
static int set_module_name(HsTypeObject *type) {
    HsObject *mod = HsUnicode_FromString("array");
    int rc = mod == NULL ? -1 : HsDict_SetItemString(type->tp_dict, "__module__", mod);
    Hs_XDECREF(mod);
    return rc;
}

int hs_array_init(HsObject **module_out) {
    *module_out = NULL;
    HsArray_Type.tp_methods = hs_array_methods;
    HsArray_Type.tp_getset = hs_array_getset;
    if (HsType_Ready(&HsArray_Type) < 0 || HsType_Ready(&HsArrayIter_Type) < 0 ||
        hs_buffer_register_exporter(&HsArray_Type, array_getbuf, array_releasebuf) < 0) {
        return -1;
    }
    if (set_module_name(&HsArray_Type) < 0 || set_module_name(&HsArrayIter_Type) < 0) {
        return -1;
    }
    HsObject *m = HsModule_New("array");
    HsObject *codes = HsUnicode_FromString(TYPECODES);
    if (m == NULL || codes == NULL || HsModule_AddObjectRef(m, "typecodes", codes) < 0 ||
        HsModule_AddObjectRef(m, "ArrayType", (HsObject *)&HsArray_Type) < 0 ||
        HsModule_AddObjectRef(m, "array", (HsObject *)&HsArray_Type) < 0 ||
        HsModule_AddFunctions(m, module_functions) < 0) {
        Hs_XDECREF(codes);
        Hs_XDECREF(m);
        return -1;
    }
    Hs_DECREF(codes);
    *module_out = m;
    return 0;
}
