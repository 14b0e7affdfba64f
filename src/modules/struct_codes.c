/* The format characters of the `struct` module (CPython 3.11: Modules/_struct.c, the nu_/np_,
 * lu_/lp_ and bu_/bp_ functions and their three formatdef tables; PyFloat_Pack2/4 and
 * PyFloat_Unpack2/4 of Objects/floatobject.c). Each function converts one value with CPython's
 * exception and message; which message a value gets depends on the table, because CPython
 * swaps the native functions into the host-order table where the sizes agree (so '<h' says
 * "short format requires ..." on x86-64 but '>h' says "'h' format requires ..."). That swap
 * is done once, by hs_struct_table. Integer arguments go through get_pylong (an int, or an
 * object with __index__, else "required argument is not an integer"); an OverflowError of the
 * C API becomes struct.error "argument out of range".
 * See docs/internals/struct.md. */
#include "internal/hs_modules_struct.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_long.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ==== integer conversions (CPython: get_pylong, get_long, get_ulong, ...) ==== */

/* 'v' as an int: itself, or its __index__. Return: new reference, or NULL with struct.error
 * "required argument is not an integer" (or __index__'s error). */
static HsObject *get_pylong(HsObject *v) {
    if (HsLong_Check(v)) {
        return Hs_NewRef(v);
    }
    if (Hs_TYPE(v)->tp_as_number != NULL && Hs_TYPE(v)->tp_as_number->nb_index != NULL) {
        return HsNumber_Index(v);
    }
    HsErr_SetString(HS_STRUCT_ERROR, "required argument is not an integer");
    return NULL;
}

static int out_of_range(void) {
    HsErr_SetString(HS_STRUCT_ERROR, "argument out of range");
    return -1;
}

/* 'v' as a signed C value in [lo, hi] (the C type's range, at most 64 bits), else
 * "argument out of range". 0 or -1. CPython: get_long, get_ssize_t, get_longlong */
static int get_signed(HsObject *v, long long lo, long long hi, long long *out) {
    HsObject *n = get_pylong(v);
    if (n == NULL) {
        return -1;
    }
    int overflow = 0;
    long long x = hs_int_as_longlong_and_overflow(n, &overflow);
    Hs_DECREF(n);
    if (overflow || x < lo || x > hi) {
        return out_of_range();
    }
    *out = x;
    return 0;
}

/* 'v' as an unsigned C value <= 'hi', else "argument out of range" (negatives too, as the C
 * API's OverflowError). 0 or -1. CPython: get_ulong, get_size_t, get_ulonglong */
static int get_unsigned(HsObject *v, unsigned long long hi, unsigned long long *out) {
    HsObject *n = get_pylong(v);
    if (n == NULL) {
        return -1;
    }
    uint64_t x = 0;
    int bad = Hs_SIZE(n) < 0 ||
              hs_obj_long_to_uint64(((HsLongObject *)n)->ob_digit, Hs_SIZE(n), &x) != HS_LONG_OK;
    Hs_DECREF(n);
    if (bad || x > hi) {
        return out_of_range();
    }
    *out = x;
    return 0;
}

static int get_long(HsObject *v, long *out) {
    long long x;
    if (get_signed(v, LONG_MIN, LONG_MAX, &x) < 0) {
        return -1;
    }
    *out = (long)x;
    return 0;
}

static int get_ulong(HsObject *v, unsigned long *out) {
    unsigned long long x;
    if (get_unsigned(v, ULONG_MAX, &x) < 0) {
        return -1;
    }
    *out = (unsigned long)x;
    return 0;
}

/* struct.error "'c' format requires LO <= number <= HI" for a code of f->size bytes.
 * Returns -1. CPython: _range_error */
static int range_error(const HsStructFormatDef *f, int is_unsigned) {
    const unsigned long long ulargest = ULLONG_MAX >> ((8 - f->size) * 8);
    char msg[96];
    if (is_unsigned) {
        snprintf(msg, sizeof msg, "'%c' format requires 0 <= number <= %llu", f->format,
                 ulargest);
    } else {
        long long largest = (long long)(ulargest >> 1);
        snprintf(msg, sizeof msg, "'%c' format requires %lld <= number <= %lld", f->format,
                 -largest - 1, largest);
    }
    HsErr_SetString(HS_STRUCT_ERROR, msg);
    return -1;
}

/* float(v) for 'e', 'f' and 'd', any failure becoming "required argument is not a float".
 * 0 or -1. */
static int get_double(HsObject *v, double *out) {
    double x = HsFloat_AsDouble(v);
    if (x == -1.0 && HsErr_Occurred()) {
        HsErr_SetString(HS_STRUCT_ERROR, "required argument is not a float");
        return -1;
    }
    *out = x;
    return 0;
}

/* ==== IEEE 754 encodings (CPython: PyFloat_Pack2/4, PyFloat_Unpack2/4) ==== */

/* (float)x, with the IEEE rounding of a finite value beyond FLT_MAX made explicit (C leaves
 * that conversion undefined): below FLT_MAX + half an ulp it rounds to FLT_MAX, else to inf. */
static float to_float(double x) {
    if (isfinite(x) && fabs(x) > FLT_MAX) {
        float big = fabs(x) >= 0x1.ffffffp+127 ? INFINITY : FLT_MAX;
        return x < 0 ? -big : big;
    }
    return (float)x;
}

/* Write the 'n' bytes of 'src' (host order) to 'p' in little- or big-endian order. */
static void put_bytes(char *p, const void *src, int n, int little) {
    const unsigned char *s = src;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    int host_little = 1;
#else
    int host_little = 0;
#endif
    for (int i = 0; i < n; i++) {
        p[i] = (char)s[little == host_little ? i : n - 1 - i];
    }
}

static void get_bytes(void *dst, const char *p, int n, int little) {
    unsigned char tmp[8];
    for (int i = 0; i < n; i++) {
        tmp[i] = (unsigned char)p[i];
    }
    put_bytes(dst, tmp, n, little); // the same reversal, in the other direction
}

/* The binary16 bits of 'x', rounding half to even; -1 with OverflowError when |x| rounds
 * beyond 65504. CPython: PyFloat_Pack2 */
static int half_bits(double x, unsigned *bits_out) {
    unsigned sign = signbit(x) ? 1 : 0, bits = 0;
    int e;
    if (x == 0.0) {
        e = 0;
    } else if (isinf(x)) {
        e = 0x1f;
    } else if (isnan(x)) {
        e = 0x1f;
        bits = 512; // the quiet NaN, sign kept
    } else {
        double f = frexp(fabs(x), &e) * 2.0; // in [1, 2)
        e--;
        if (e >= 16) {
            goto overflow;
        } else if (e < -25) {
            f = 0.0; // underflow to zero
            e = 0;
        } else if (e < -14) {
            f = ldexp(f, 14 + e); // subnormal
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        bits = (unsigned)f;
        if (f - bits > 0.5 || (f - bits == 0.5 && bits % 2 == 1)) {
            if (++bits == 1024) { // the carry ran out of the 10 fraction bits
                bits = 0;
                if (++e == 31) {
                    goto overflow;
                }
            }
        }
    }
    *bits_out = bits | ((unsigned)e << 10) | (sign << 15);
    return 0;
overflow:
    HsErr_SetString(HsExc_OverflowError, "float too large to pack with e format");
    return -1;
}

static int pack_half(char *p, HsObject *v, int little) {
    double x;
    unsigned bits;
    if (get_double(v, &x) < 0 || half_bits(x, &bits) < 0) {
        return -1;
    }
    p[little ? 0 : 1] = (char)(bits & 0xff);
    p[little ? 1 : 0] = (char)(bits >> 8);
    return 0;
}

/* CPython: PyFloat_Unpack2 (a NaN keeps only its sign). */
static HsObject *unpack_half(const char *p, int little) {
    unsigned hi = (unsigned char)p[little ? 1 : 0], lo = (unsigned char)p[little ? 0 : 1];
    int sign = (hi >> 7) & 1, e = (int)((hi & 0x7c) >> 2);
    unsigned f = ((hi & 0x03) << 8) | lo;
    double x;
    if (e == 0x1f) {
        x = f == 0 ? INFINITY : NAN;
        return HsFloat_FromDouble(sign ? -x : x);
    }
    x = (double)f / 1024.0;
    if (e == 0) {
        e = -14;
    } else {
        x += 1.0;
        e -= 15;
    }
    x = ldexp(x, e);
    return HsFloat_FromDouble(sign ? -x : x);
}

static int pack_float4(char *p, HsObject *v, int little) {
    double x;
    if (get_double(v, &x) < 0) {
        return -1;
    }
    float y = to_float(x);
    if (isinf(y) && !isinf(x)) {
        HsErr_SetString(HsExc_OverflowError, "float too large to pack with f format");
        return -1;
    }
    put_bytes(p, &y, 4, little);
    return 0;
}

static int pack_double8(char *p, HsObject *v, int little) {
    double x;
    if (get_double(v, &x) < 0) {
        return -1;
    }
    put_bytes(p, &x, 8, little);
    return 0;
}

/* ==== native codes (CPython: nu_* / np_*) ==== */

#define NATIVE_UNPACK(name, T, box)                                                            \
    static HsObject *nu_##name(const char *p, const HsStructFormatDef *f) {                    \
        (void)f;                                                                               \
        T x;                                                                                   \
        memcpy(&x, p, sizeof x);                                                               \
        return box(x);                                                                         \
    }

NATIVE_UNPACK(byte, signed char, HsLong_FromLong)
NATIVE_UNPACK(ubyte, unsigned char, HsLong_FromLong)
NATIVE_UNPACK(short, short, HsLong_FromLong)
NATIVE_UNPACK(ushort, unsigned short, HsLong_FromLong)
NATIVE_UNPACK(int, int, HsLong_FromLong)
NATIVE_UNPACK(uint, unsigned int, HsLong_FromUnsignedLongLong)
NATIVE_UNPACK(long, long, HsLong_FromLong)
NATIVE_UNPACK(ulong, unsigned long, HsLong_FromUnsignedLongLong)
NATIVE_UNPACK(ssize_t, Hs_ssize_t, HsLong_FromSsize_t)
NATIVE_UNPACK(size_t, size_t, HsLong_FromUnsignedLongLong)
NATIVE_UNPACK(longlong, long long, HsLong_FromLongLong)
NATIVE_UNPACK(ulonglong, unsigned long long, HsLong_FromUnsignedLongLong)
NATIVE_UNPACK(float, float, HsFloat_FromDouble)
NATIVE_UNPACK(double, double, HsFloat_FromDouble)
NATIVE_UNPACK(void_p, uintptr_t, HsLong_FromUnsignedLongLong)

static HsObject *nu_char(const char *p, const HsStructFormatDef *f) {
    (void)f;
    return HsBytes_FromStringAndSize(p, 1);
}

/* Any non-zero byte is True (CPython reads a _Bool, which is the same on x86-64). */
static HsObject *nu_bool(const char *p, const HsStructFormatDef *f) {
    (void)f;
    return HsBool_FromLong(*p != 0);
}

static HsObject *nu_halffloat(const char *p, const HsStructFormatDef *f) {
    (void)f;
    return unpack_half(p, __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__);
}

/* A signed native code checked against [lo, hi] with the message 'msg' ("short format
 * requires ...") or, when 'msg' is NULL, range_error. */
#define NATIVE_PACK_SMALL(name, T, lo, hi, msg)                                                \
    static int np_##name(char *p, HsObject *v, const HsStructFormatDef *f) {                   \
        long x;                                                                                \
        if (get_long(v, &x) < 0) {                                                             \
            return -1;                                                                         \
        }                                                                                      \
        if (x < (lo) || x > (hi)) {                                                            \
            if ((msg) == NULL) {                                                               \
                return range_error(f, 0);                                                      \
            }                                                                                  \
            HsErr_SetString(HS_STRUCT_ERROR, (msg));                                           \
            return -1;                                                                         \
        }                                                                                      \
        T y = (T)x;                                                                            \
        memcpy(p, &y, sizeof y);                                                               \
        return 0;                                                                              \
    }

NATIVE_PACK_SMALL(byte, signed char, -128, 127, "byte format requires -128 <= number <= 127")
NATIVE_PACK_SMALL(ubyte, unsigned char, 0, 255, "ubyte format requires 0 <= number <= 255")
NATIVE_PACK_SMALL(short, short, SHRT_MIN, SHRT_MAX,
                  "short format requires -32768 <= number <= 32767")
NATIVE_PACK_SMALL(ushort, unsigned short, 0, USHRT_MAX,
                  "ushort format requires 0 <= number <= 65535")
NATIVE_PACK_SMALL(int, int, INT_MIN, INT_MAX, (const char *)NULL)

static int np_uint(char *p, HsObject *v, const HsStructFormatDef *f) {
    unsigned long x;
    if (get_ulong(v, &x) < 0) {
        return -1;
    }
    if (x > UINT_MAX) {
        return range_error(f, 1);
    }
    unsigned int y = (unsigned int)x;
    memcpy(p, &y, sizeof y);
    return 0;
}

/* A native code whose C type's whole range is accepted ('l', 'n', 'q' signed; 'L', 'N', 'Q'
 * unsigned): only the C API's overflow, as "argument out of range". */
#define NATIVE_PACK_SIGNED(name, T, lo, hi)                                                    \
    static int np_##name(char *p, HsObject *v, const HsStructFormatDef *f) {                   \
        (void)f;                                                                               \
        long long x;                                                                           \
        if (get_signed(v, (lo), (hi), &x) < 0) {                                               \
            return -1;                                                                         \
        }                                                                                      \
        T y = (T)x;                                                                            \
        memcpy(p, &y, sizeof y);                                                               \
        return 0;                                                                              \
    }

#define NATIVE_PACK_UNSIGNED(name, T, hi)                                                      \
    static int np_##name(char *p, HsObject *v, const HsStructFormatDef *f) {                   \
        (void)f;                                                                               \
        unsigned long long x;                                                                  \
        if (get_unsigned(v, (hi), &x) < 0) {                                                   \
            return -1;                                                                         \
        }                                                                                      \
        T y = (T)x;                                                                            \
        memcpy(p, &y, sizeof y);                                                               \
        return 0;                                                                              \
    }

NATIVE_PACK_SIGNED(long, long, LONG_MIN, LONG_MAX)
NATIVE_PACK_UNSIGNED(ulong, unsigned long, ULONG_MAX)
NATIVE_PACK_SIGNED(ssize_t, Hs_ssize_t, -HS_SSIZE_T_MAX - 1, HS_SSIZE_T_MAX)
NATIVE_PACK_UNSIGNED(size_t, size_t, SIZE_MAX)
NATIVE_PACK_SIGNED(longlong, long long, LLONG_MIN, LLONG_MAX)
NATIVE_PACK_UNSIGNED(ulonglong, unsigned long long, ULLONG_MAX)

static int np_char(char *p, HsObject *v, const HsStructFormatDef *f) {
    (void)f;
    if (!HsBytes_Check(v) || Hs_SIZE(v) != 1) {
        HsErr_SetString(HS_STRUCT_ERROR, "char format requires a bytes object of length 1");
        return -1;
    }
    *p = *HsBytes_AS_STRING(v);
    return 0;
}

/* bool(v) as one byte, 0 or 1 (also the standard '?': CPython's lp_bool / bp_bool). */
static int np_bool(char *p, HsObject *v, const HsStructFormatDef *f) {
    (void)f;
    int y = HsObject_IsTrue(v);
    if (y < 0) {
        return -1;
    }
    *p = (char)y;
    return 0;
}

static int np_halffloat(char *p, HsObject *v, const HsStructFormatDef *f) {
    (void)f;
    return pack_half(p, v, __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__);
}

/* Native 'f' has no overflow check: 1e300 packs as inf (CPython casts to float). */
static int np_float(char *p, HsObject *v, const HsStructFormatDef *f) {
    (void)f;
    double x;
    if (get_double(v, &x) < 0) {
        return -1;
    }
    float y = to_float(x);
    memcpy(p, &y, sizeof y);
    return 0;
}

static int np_double(char *p, HsObject *v, const HsStructFormatDef *f) {
    (void)f;
    double x;
    if (get_double(v, &x) < 0) {
        return -1;
    }
    memcpy(p, &x, sizeof x);
    return 0;
}

/* 'P': a negative int as C long, else as unsigned long, with the C API's OverflowError
 * (which the caller turns into "int too large to convert" for an int). CPython:
 * PyLong_AsVoidPtr */
static int np_void_p(char *p, HsObject *v, const HsStructFormatDef *f) {
    (void)f;
    HsObject *n = get_pylong(v);
    if (n == NULL) {
        return -1;
    }
    uintptr_t y = 0;
    int rc = 0;
    if (Hs_SIZE(n) < 0) {
        int overflow = 0;
        long long x = hs_int_as_longlong_and_overflow(n, &overflow);
        if (overflow) {
            HsErr_SetString(HsExc_OverflowError, "Python int too large to convert to C long");
            rc = -1;
        }
        y = (uintptr_t)x;
    } else {
        uint64_t x = 0;
        if (hs_obj_long_to_uint64(((HsLongObject *)n)->ob_digit, Hs_SIZE(n), &x) != HS_LONG_OK ||
            x > UINTPTR_MAX) {
            HsErr_SetString(HsExc_OverflowError,
                            "Python int too large to convert to C unsigned long");
            rc = -1;
        }
        y = (uintptr_t)x;
    }
    Hs_DECREF(n);
    if (rc == 0) {
        memcpy(p, &y, sizeof y);
    }
    return rc;
}

/* ==== standard codes, either byte order (CPython: lu_/lp_ and bu_/bp_) ==== */

/* The unsigned value of f->size bytes at 'p'. */
static unsigned long long std_read(const char *p, Hs_ssize_t size, int little) {
    unsigned long long x = 0;
    for (Hs_ssize_t i = 0; i < size; i++) {
        unsigned char b = (unsigned char)p[little ? size - 1 - i : i];
        x = (x << 8) | b;
    }
    return x;
}

static void std_write(char *p, unsigned long long x, Hs_ssize_t size, int little) {
    for (Hs_ssize_t i = 0; i < size; i++) {
        p[little ? i : size - 1 - i] = (char)(x & 0xff);
        x >>= 8;
    }
}

static HsObject *std_unpack_int(const char *p, const HsStructFormatDef *f, int little) {
    unsigned long long x = std_read(p, f->size, little);
    if (f->size < 8 && (x >> (8 * f->size - 1)) != 0) {
        x |= ~0ULL << (8 * f->size); // sign-extend
    }
    return HsLong_FromLongLong((long long)x);
}

/* Signed 'h', 'i', 'l': C long first, then the code's own range. CPython: bp_int */
static int std_pack_int(char *p, HsObject *v, const HsStructFormatDef *f, int little) {
    long x;
    if (get_long(v, &x) < 0) {
        return -1;
    }
    if ((size_t)f->size != sizeof(long)) {
        long long largest = (long long)(ULLONG_MAX >> ((8 - f->size) * 8 + 1));
        if (x < -largest - 1 || x > largest) {
            return range_error(f, 0);
        }
    }
    std_write(p, (unsigned long long)x, f->size, little);
    return 0;
}

static int std_pack_uint(char *p, HsObject *v, const HsStructFormatDef *f, int little) {
    unsigned long x;
    if (get_ulong(v, &x) < 0) {
        return -1;
    }
    if ((size_t)f->size != sizeof(long) && x > (ULLONG_MAX >> ((8 - f->size) * 8))) {
        return range_error(f, 1);
    }
    std_write(p, x, f->size, little);
    return 0;
}

/* 'q' / 'Q' through the int's bytes, with the OverflowError of int.to_bytes (the caller turns
 * it into "int too large to convert" for an int). CPython: bp_longlong (_PyLong_AsByteArray) */
static int std_pack_longlong(char *p, HsObject *v, const HsStructFormatDef *f, int little) {
    HsObject *n = get_pylong(v);
    if (n == NULL) {
        return -1;
    }
    unsigned long long x = 0;
    const char *err = NULL;
    if (f->format == 'q') {
        int overflow = 0;
        x = (unsigned long long)hs_int_as_longlong_and_overflow(n, &overflow);
        err = overflow ? HS_LONG_MSG_TO_BYTES : NULL;
    } else if (Hs_SIZE(n) < 0) {
        err = HS_LONG_MSG_TO_UNSIGNED;
    } else {
        uint64_t u = 0;
        err = hs_obj_long_to_uint64(((HsLongObject *)n)->ob_digit, Hs_SIZE(n), &u) != HS_LONG_OK
                  ? HS_LONG_MSG_TO_BYTES
                  : NULL;
        x = u;
    }
    Hs_DECREF(n);
    if (err != NULL) {
        HsErr_SetString(HsExc_OverflowError, err);
        return -1;
    }
    std_write(p, x, 8, little);
    return 0;
}

static HsObject *std_unpack(const char *p, const HsStructFormatDef *f, int little) {
    switch (f->format) {
    case 'H':
    case 'I':
    case 'L':
    case 'Q':
        return HsLong_FromUnsignedLongLong(std_read(p, f->size, little));
    case '?':
        return HsBool_FromLong(*p != 0);
    case 'e':
        return unpack_half(p, little);
    case 'f': {
        float x;
        get_bytes(&x, p, 4, little);
        return HsFloat_FromDouble(x);
    }
    case 'd': {
        double x;
        get_bytes(&x, p, 8, little);
        return HsFloat_FromDouble(x);
    }
    default:
        return std_unpack_int(p, f, little);
    }
}

static int std_pack(char *p, HsObject *v, const HsStructFormatDef *f, int little) {
    switch (f->format) {
    case 'h':
    case 'i':
    case 'l':
        return std_pack_int(p, v, f, little);
    case 'H':
    case 'I':
    case 'L':
        return std_pack_uint(p, v, f, little);
    case 'q':
    case 'Q':
        return std_pack_longlong(p, v, f, little);
    case '?':
        return np_bool(p, v, f);
    case 'e':
        return pack_half(p, v, little);
    case 'f':
        return pack_float4(p, v, little);
    default:
        return pack_double8(p, v, little);
    }
}

static HsObject *lu_any(const char *p, const HsStructFormatDef *f) {
    return std_unpack(p, f, 1);
}

static HsObject *bu_any(const char *p, const HsStructFormatDef *f) {
    return std_unpack(p, f, 0);
}

static int lp_any(char *p, HsObject *v, const HsStructFormatDef *f) {
    return std_pack(p, v, f, 1);
}

static int bp_any(char *p, HsObject *v, const HsStructFormatDef *f) {
    return std_pack(p, v, f, 0);
}

/* ==== the tables (CPython: native_table, lilendian_table, bigendian_table) ==== */

#define NATIVE(c, T, name) {c, sizeof(T), _Alignof(T), nu_##name, np_##name}

static HsStructFormatDef native_table[] = {
    {'x', sizeof(char), 0, NULL, NULL},
    NATIVE('b', signed char, byte),
    NATIVE('B', unsigned char, ubyte),
    NATIVE('c', char, char),
    {'s', sizeof(char), 0, NULL, NULL},
    {'p', sizeof(char), 0, NULL, NULL},
    NATIVE('h', short, short),
    NATIVE('H', unsigned short, ushort),
    NATIVE('i', int, int),
    NATIVE('I', unsigned int, uint),
    NATIVE('l', long, long),
    NATIVE('L', unsigned long, ulong),
    NATIVE('n', size_t, ssize_t),
    NATIVE('N', size_t, size_t),
    NATIVE('q', long long, longlong),
    NATIVE('Q', unsigned long long, ulonglong),
    NATIVE('?', _Bool, bool),
    NATIVE('e', short, halffloat),
    NATIVE('f', float, float),
    NATIVE('d', double, double),
    NATIVE('P', void *, void_p),
    {'\0', 0, 0, NULL, NULL},
};

/* The standard sizes; 'b', 'B', 'c' always use the native functions, as in CPython. */
#define STANDARD_TABLE(u, p)                                                                   \
    {                                                                                          \
        {'x', 1, 0, NULL, NULL}, {'b', 1, 0, nu_byte, np_byte}, {'B', 1, 0, nu_ubyte, np_ubyte}, \
            {'c', 1, 0, nu_char, np_char}, {'s', 1, 0, NULL, NULL}, {'p', 1, 0, NULL, NULL},   \
            {'h', 2, 0, u, p}, {'H', 2, 0, u, p}, {'i', 4, 0, u, p}, {'I', 4, 0, u, p},        \
            {'l', 4, 0, u, p}, {'L', 4, 0, u, p}, {'q', 8, 0, u, p}, {'Q', 8, 0, u, p},        \
            {'?', 1, 0, u, p}, {'e', 2, 0, u, p}, {'f', 4, 0, u, p}, {'d', 8, 0, u, p},        \
            {'\0', 0, 0, NULL, NULL},                                                          \
    }

static HsStructFormatDef lilendian_table[] = STANDARD_TABLE(lu_any, lp_any);
static HsStructFormatDef bigendian_table[] = STANDARD_TABLE(bu_any, bp_any);

/* ==== internal API ==== */

/* Give the host-order table the native functions of every code of the same size, except
 * 'f', 'd' and '?' (CPython's module init does this; it decides which messages '<' gets). */
static void swap_in_native(void) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    HsStructFormatDef *other = lilendian_table;
#else
    HsStructFormatDef *other = bigendian_table;
#endif
    for (HsStructFormatDef *o = other; o->format != '\0'; o++) {
        if (o->format == 'f' || o->format == 'd' || o->format == '?' || o->pack == NULL) {
            continue;
        }
        for (const HsStructFormatDef *n = native_table; n->format != '\0'; n++) {
            if (n->format == o->format && n->size == o->size) {
                o->pack = n->pack;
                o->unpack = n->unpack;
            }
        }
    }
}

const HsStructFormatDef *hs_struct_table(char c, int *consumed) {
    static int swapped;
    if (!swapped) {
        swap_in_native();
        swapped = 1;
    }
    *consumed = 1;
    switch (c) {
    case '<':
        return lilendian_table;
    case '>':
    case '!':
        return bigendian_table;
    case '=':
        return __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? lilendian_table : bigendian_table;
    case '@':
        return native_table;
    default:
        *consumed = 0;
        return native_table;
    }
}
