/* Helpers shared by test_set*.c and test_dictmeth*.c: int objects, calls of methods by
 * name, exception checks and reprs as C strings. Everything is static: include once. */
#ifndef HS_TESTS_TEST_SET_SUPPORT_H
#define HS_TESTS_TEST_SET_SUPPORT_H

#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define GC_HEAD 16

/* int and str have no tp_repr yet in the object layer: the tests install stand-ins that
 * print small ints, ASCII strs and tuples as CPython does, so container reprs can be checked. */
static inline HsObject *test_int_repr(HsObject *o) {
    int overflow = 0;
    long long v = hs_int_as_longlong_and_overflow(o, &overflow);
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", v);
    return HsUnicode_FromString(buf);
}

static inline HsObject *test_str_repr(HsObject *o) {
    char buf[256];
    snprintf(buf, sizeof buf, "'%s'", HsUnicode_AsUTF8(o));
    return HsUnicode_FromString(buf);
}

static inline HsObject *test_tuple_repr(HsObject *o) {
    HsStrWriter w;
    hs_str_writer_init(&w);
    hs_str_writer_ascii(&w, "(");
    for (Hs_ssize_t i = 0; i < Hs_SIZE(o); i++) {
        HsObject *r = HsObject_Repr(HS_TUPLE_GET(o, i));
        if (r == NULL) {
            hs_str_writer_discard(&w);
            return NULL;
        }
        hs_str_writer_ascii(&w, i > 0 ? ", " : "");
        hs_str_writer_str(&w, r);
        Hs_DECREF(r);
    }
    hs_str_writer_ascii(&w, Hs_SIZE(o) == 1 ? ",)" : ")");
    return hs_str_writer_finish(&w);
}

static inline void test_init(void) {
    static int done;
    if (!done) {
        hs_obj_init();
        if (HsLong_Type.tp_repr == HsBaseObject_Type.tp_repr) {
            HsLong_Type.tp_repr = test_int_repr;
        }
        if (HsTuple_Type.tp_repr == HsBaseObject_Type.tp_repr) {
            HsTuple_Type.tp_repr = test_tuple_repr;
        }
        if (HsUnicode_Type.tp_repr == HsBaseObject_Type.tp_repr) {
            HsUnicode_Type.tp_repr = test_str_repr;
        }
        done = 1;
    }
}

static inline HsObject *I(long long v) {
    return HsLong_FromLongLong(v);
}

static inline HsObject *S(const char *s) {
    return HsUnicode_FromString(s);
}

/* A new set (or frozenset) of the given ints, added in order. */
static inline HsObject *int_set(int frozen, const long long *v, int n) {
    HsObject *s = frozen ? HsFrozenSet_New(NULL) : HsSet_New(NULL);
    for (int i = 0; i < n; i++) {
        HsObject *x = I(v[i]);
        if (HsSet_Add(s, x) < 0) {
            return NULL;
        }
        Hs_DECREF(x);
    }
    return s;
}

/* set(range(lo, hi)) built by adding. */
static inline HsObject *range_set(long lo, long hi) {
    HsObject *s = HsSet_New(NULL);
    for (long i = lo; i < hi; i++) {
        HsObject *x = I(i);
        HsSet_Add(s, x);
        Hs_DECREF(x);
    }
    return s;
}

/* o.name(args...) with 'n' positional arguments (borrowed). Return: new reference. */
static inline HsObject *callm(HsObject *o, const char *name, int n, ...) {
    HsObject *args[8];
    va_list va;
    va_start(va, n);
    args[0] = o;
    for (int i = 0; i < n; i++) {
        args[i + 1] = va_arg(va, HsObject *);
    }
    va_end(va);
    HsObject *nm = HsUnicode_FromString(name);
    HsObject *r = HsObject_VectorcallMethod(nm, args, (size_t)n + 1, NULL);
    Hs_DECREF(nm);
    return r;
}

/* o.name(*args, key=value) with one keyword argument. */
static inline HsObject *callm_kw(HsObject *o, const char *name, int n, HsObject **pos,
                                 const char *kw, HsObject *kwval) {
    HsObject *args[8];
    args[0] = o;
    for (int i = 0; i < n; i++) {
        args[i + 1] = pos[i];
    }
    args[n + 1] = kwval;
    HsObject *k = HsUnicode_FromString(kw);
    HsObject *kwnames = HsTuple_Pack(1, k);
    HsObject *nm = HsUnicode_FromString(name);
    HsObject *r = HsObject_VectorcallMethod(nm, args, (size_t)n + 1, kwnames);
    Hs_DECREF(nm);
    Hs_DECREF(kwnames);
    Hs_DECREF(k);
    return r;
}

/* True if the current exception has type 'type' and str() 'msg'; clears it. */
static inline int exc_is(HsObject *type, const char *msg) {
    HsObject *exc = HsErr_GetRaisedException();
    if (exc == NULL) {
        printf("    (no exception set)\n");
        return 0;
    }
    int ok = Hs_TYPE(exc) == (HsTypeObject *)type;
    HsObject *s = HsObject_Str(exc);
    const char *u = s != NULL ? HsUnicode_AsUTF8(s) : NULL;
    if (u == NULL || strcmp(u, msg) != 0) {
        printf("    got %s: '%s', want '%s'\n", Hs_TYPE(exc)->tp_name, u ? u : "?", msg);
        ok = 0;
    }
    Hs_XDECREF(s);
    Hs_DECREF(exc);
    HsErr_Clear();
    return ok;
}

/* repr(o) compared with 'want'; prints the difference. */
static inline int repr_is(HsObject *o, const char *want) {
    HsObject *r = HsObject_Repr(o);
    if (r == NULL) {
        printf("    repr failed\n");
        HsErr_Clear();
        return 0;
    }
    const char *u = HsUnicode_AsUTF8(r);
    int ok = strcmp(u, want) == 0;
    if (!ok) {
        printf("    repr '%s', want '%s'\n", u, want);
    }
    Hs_DECREF(r);
    return ok;
}

/* Iterating 'o' yields exactly the ints v[0..n). */
static inline int iter_ints_are(HsObject *o, const long long *v, int n) {
    HsObject *it = HsObject_GetIter(o), *x;
    int i = 0, ok = it != NULL;
    while (ok && (x = HsIter_Next(it)) != NULL) {
        int overflow = 0;
        long long got = hs_int_as_longlong_and_overflow(x, &overflow);
        if (i >= n || got != v[i]) {
            printf("    item %d: %lld, want %lld\n", i, got, i < n ? v[i] : 0);
            ok = 0;
        }
        i++;
        Hs_DECREF(x);
    }
    Hs_XDECREF(it);
    return ok && i == n && !HsErr_Occurred();
}

static inline int is_true(HsObject *r) {
    int t = r == Hs_True;
    Hs_XDECREF(r);
    return t;
}

static inline int is_false(HsObject *r) {
    int t = r == Hs_False;
    Hs_XDECREF(r);
    return t;
}

static inline int is_none(HsObject *r) {
    int t = r == Hs_None;
    Hs_XDECREF(r);
    return t;
}

#endif /* HS_TESTS_TEST_SET_SUPPORT_H */
