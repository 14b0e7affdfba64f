/* The int object's core (CPython 3.11: Objects/longobject.c): layout, the small-int cache
 * -5..256 (statically allocated, as 3.11's _PyLong_SMALL_INTS), creation from and
 * conversion to C integers, normalisation and comparison. Arithmetic, hashing, str() and
 * parsing of big values call the digit kernel (include/internal/hs_obj_long.h).
 * Invariants: ob_size is sign x digit count with no leading zero digit; every value in
 * -5..256 handed out is the cached object; cached objects are never freed. */
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_long.h"
#include "hs/errors.h"

#include <limits.h>
#include <stddef.h>

/* ==== the small-int cache ==== */

static void int_dealloc(HsObject *op);

HsTypeObject HsLong_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "int",
    .tp_basicsize = offsetof(HsLongObject, ob_digit),
    .tp_itemsize = sizeof(uint32_t),
    .tp_dealloc = int_dealloc,
    .tp_richcompare = hs_int_richcompare,
    .tp_hash = hs_int_hash,
    .tp_flags = HS_TPFLAGS_BASETYPE | HS_TPFLAGS_LONG_SUBCLASS,
};

#define SMALL(v)                                                                                   \
    {{{1, &HsLong_Type}, (v) < 0 ? -1 : (v) > 0 ? 1 : 0}, {(uint32_t)((v) < 0 ? -(v) : (v))}}
#define S4(b) SMALL(b), SMALL((b) + 1), SMALL((b) + 2), SMALL((b) + 3)
#define S16(b) S4(b), S4((b) + 4), S4((b) + 8), S4((b) + 12)
#define S64(b) S16(b), S16((b) + 16), S16((b) + 32), S16((b) + 48)

static HsLongObject small_ints[HS_INT_SMALL_NEG + HS_INT_SMALL_POS] = {
    SMALL(-5), SMALL(-4), SMALL(-3), SMALL(-2), SMALL(-1),
    S64(0), S64(64), S64(128), S64(192), SMALL(256),
};

#undef S64
#undef S16
#undef S4
#undef SMALL

static inline int is_small(long long v) {
    return v >= -HS_INT_SMALL_NEG && v < HS_INT_SMALL_POS;
}

static inline HsObject *get_small(long long v) {
    return Hs_NewRef((HsObject *)&small_ints[v + HS_INT_SMALL_NEG]);
}

/* ==== static helpers ==== */

static void int_dealloc(HsObject *op) {
    hs_obj_free(op);
}

/* hash(int), as CPython's long_hash (the kernel's). */
Hs_ssize_t hs_int_hash(HsObject *op) {
    return hs_obj_long_hash(((HsLongObject *)op)->ob_digit, Hs_SIZE(op));
}

HsObject *hs_int_richcompare(HsObject *a, HsObject *b, int op) {
    if (!HsLong_Check(a) || !HsLong_Check(b)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    int c = a == b ? 0 : hs_int_compare(a, b);
    int r;
    switch (op) {
    case HS_LT: r = c < 0; break;
    case HS_LE: r = c <= 0; break;
    case HS_EQ: r = c == 0; break;
    case HS_NE: r = c != 0; break;
    case HS_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return HsBool_FromLong(r);
}

/* An int holding the magnitude 'mag' with sign 'neg'. */
static HsObject *from_magnitude(unsigned long long mag, int neg) {
    Hs_ssize_t n = 0;
    for (unsigned long long t = mag; t != 0; t >>= HS_INT_SHIFT) {
        n++;
    }
    HsLongObject *v = hs_int_new(n);
    if (v == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < n; i++, mag >>= HS_INT_SHIFT) {
        v->ob_digit[i] = (uint32_t)(mag & HS_INT_MASK);
    }
    Hs_SIZE(v) = neg ? -n : n;
    return (HsObject *)v;
}

/* ==== internal API ==== */

HsLongObject *hs_int_new(Hs_ssize_t ndigits) {
    if (ndigits < 0 || (size_t)ndigits > (SIZE_MAX - sizeof(HsLongObject)) / sizeof(uint32_t)) {
        HsErr_SetString(HsExc_OverflowError, "too many digits in integer");
        return NULL;
    }
    size_t n = (size_t)(ndigits > 0 ? ndigits : 1);
    size_t bytes = offsetof(HsLongObject, ob_digit) + n * sizeof(uint32_t);
    HsLongObject *v = (HsLongObject *)hs_obj_new(&HsLong_Type, bytes);
    if (v == NULL) {
        return (HsLongObject *)HsErr_NoMemory();
    }
    Hs_SIZE(v) = ndigits;
    v->ob_digit[0] = 0;
    return v;
}

HsObject *hs_int_normalize(HsLongObject *v) {
    Hs_ssize_t n = Hs_SIZE(v) < 0 ? -Hs_SIZE(v) : Hs_SIZE(v);
    while (n > 0 && v->ob_digit[n - 1] == 0) {
        n--;
    }
    Hs_SIZE(v) = Hs_SIZE(v) < 0 ? -n : n;
    if (n <= 1 && Hs_TYPE(v) == &HsLong_Type) {
        long value = hs_int_compact_value((HsObject *)v);
        if (is_small(value)) {
            Hs_DECREF(v);
            return get_small(value);
        }
    }
    return (HsObject *)v;
}

long long hs_int_as_longlong_and_overflow(HsObject *op, int *overflow) {
    Hs_ssize_t size = Hs_SIZE(op);
    *overflow = 0;
    if (size >= -1 && size <= 1) {
        return hs_int_compact_value(op);
    }
    int neg = size < 0;
    Hs_ssize_t n = neg ? -size : size;
    const uint32_t *d = ((HsLongObject *)op)->ob_digit;
    unsigned long long x = 0;
    for (Hs_ssize_t i = n - 1; i >= 0; i--) {
        if (x > (ULLONG_MAX >> HS_INT_SHIFT)) {
            *overflow = neg ? -1 : 1;
            return -1;
        }
        x = (x << HS_INT_SHIFT) | d[i];
    }
    if (!neg && x <= (unsigned long long)LLONG_MAX) {
        return (long long)x;
    }
    if (neg && x <= (unsigned long long)LLONG_MAX + 1) {
        return x == (unsigned long long)LLONG_MAX + 1 ? LLONG_MIN : -(long long)x;
    }
    *overflow = neg ? -1 : 1;
    return -1;
}

int hs_int_compare(HsObject *a, HsObject *b) {
    Hs_ssize_t sa = Hs_SIZE(a), sb = Hs_SIZE(b);
    if (sa != sb) {
        return sa < sb ? -1 : 1;
    }
    Hs_ssize_t n = sa < 0 ? -sa : sa;
    const uint32_t *da = ((HsLongObject *)a)->ob_digit, *db = ((HsLongObject *)b)->ob_digit;
    for (Hs_ssize_t i = n - 1; i >= 0; i--) {
        if (da[i] != db[i]) {
            int c = da[i] < db[i] ? -1 : 1;
            return sa < 0 ? -c : c;
        }
    }
    return 0;
}

/* ==== public API ==== */

HsObject *HsLong_FromLongLong(long long v) {
    if (is_small(v)) {
        return get_small(v);
    }
    unsigned long long mag = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    return from_magnitude(mag, v < 0);
}

HsObject *HsLong_FromLong(long v) {
    return HsLong_FromLongLong(v);
}

HsObject *HsLong_FromSsize_t(Hs_ssize_t v) {
    return HsLong_FromLongLong(v);
}

HsObject *HsLong_FromUnsignedLongLong(unsigned long long v) {
    if (v < HS_INT_SMALL_POS) {
        return get_small((long long)v);
    }
    return from_magnitude(v, 0);
}

long HsLong_AsLong(HsObject *op) {
    if (!HsLong_Check(op)) {
        HsErr_Format(HsExc_TypeError, "an integer is required (got type %.200s)",
                     Hs_TYPE(op)->tp_name);
        return -1;
    }
    int overflow;
    long long v = hs_int_as_longlong_and_overflow(op, &overflow);
    if (overflow != 0 || v < LONG_MIN || v > LONG_MAX) {
        HsErr_SetString(HsExc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return (long)v;
}

Hs_ssize_t HsLong_AsSsize_t(HsObject *op) {
    if (!HsLong_Check(op)) {
        HsErr_Format(HsExc_TypeError, "an integer is required (got type %.200s)",
                     Hs_TYPE(op)->tp_name);
        return -1;
    }
    int overflow;
    long long v = hs_int_as_longlong_and_overflow(op, &overflow);
    if (overflow != 0) {
        HsErr_SetString(HsExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (Hs_ssize_t)v;
}
