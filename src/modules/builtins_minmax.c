/* The builtins that reduce or classify (CPython 3.11: Python/bltinmodule.c min_max,
 * builtin_sum_impl, builtin_sorted; Objects/abstract.c object_isinstance/recursive_issubclass;
 * Objects/object.c _dir_object/PyObject_Format): min, max, sum, sorted, isinstance,
 * issubclass, dir(obj) and format(). sum keeps CPython's int and float fast paths (a C long
 * accumulator while the ints fit, a double while the items are floats or small ints), so
 * sum([0.1]*10) rounds exactly as CPython's. isinstance/issubclass handle types and nested
 * tuples of types; __instancecheck__/__subclasscheck__ and unions come with metaclasses. */
#include "internal/hs_modules.h"
#include "internal/hs_vm.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_fmt.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/ceval.h"
#include "hs/errors.h"

#include <limits.h>

/* ==== min and max ==== */

/* Parse min/max's keywords into *key and *dflt (borrowed, NULL if absent). Returns 0/-1. */
static int minmax_keywords(const char *name, HsObject *const *args, Hs_ssize_t nargs,
                           HsObject *kwnames, HsObject **key, HsObject **dflt) {
    Hs_ssize_t nkw = kwnames != NULL ? Hs_SIZE(kwnames) : 0;
    *key = *dflt = NULL;
    for (Hs_ssize_t i = 0; i < nkw; i++) {
        HsObject *kw = HS_TUPLE_GET(kwnames, i);
        if (hs_str_eq_ascii(kw, "key")) {
            *key = args[nargs + i];
        } else if (hs_str_eq_ascii(kw, "default")) {
            *dflt = args[nargs + i];
        } else {
            HsErr_Format(HsExc_TypeError, "'%U' is an invalid keyword argument for %s()", kw, name);
            return -1;
        }
    }
    if (*key == Hs_None) {
        *key = NULL;
    }
    return 0;
}

/* Walk 'it' keeping the item whose key compares 'op' (HS_LT for min, HS_GT for max) against
 * the best so far. Return: new reference to the best item, or NULL: with an exception set on
 * error, without one when the iterator was empty. */
static HsObject *minmax_scan(HsObject *it, HsObject *key, int op) {
    HsObject *best = NULL, *bestkey = NULL, *item;
    while ((item = HsIter_Next(it)) != NULL) {
        HsObject *k = key != NULL ? HsObject_CallOneArg(key, item) : Hs_NewRef(item);
        if (k == NULL) {
            Hs_DECREF(item);
            goto error;
        }
        if (best == NULL) {
            best = item;
            bestkey = k;
            continue;
        }
        int cmp = HsObject_RichCompareBool(k, bestkey, op);
        if (cmp < 0) {
            Hs_DECREF(item);
            Hs_DECREF(k);
            goto error;
        }
        if (cmp > 0) {
            Hs_SETREF(best, item);
            Hs_SETREF(bestkey, k);
        } else {
            Hs_DECREF(item);
            Hs_DECREF(k);
        }
    }
    if (HsErr_Occurred()) {
        goto error;
    }
    Hs_XDECREF(bestkey);
    return best;
error:
    Hs_XDECREF(best);
    Hs_XDECREF(bestkey);
    return NULL;
}

/* min/max(iterable, *[, default=obj, key=func]) or min/max(arg1, arg2, *args, *[, key=func]).
 * CPython: min_max. */
static HsObject *min_max(const char *name, HsObject *const *args, Hs_ssize_t nargs,
                         HsObject *kwnames, int op) {
    HsObject *key, *dflt;
    if (nargs == 0) {
        return HsErr_Format(HsExc_TypeError, "%s expected at least 1 argument, got 0", name);
    }
    if (minmax_keywords(name, args, nargs, kwnames, &key, &dflt) < 0) {
        return NULL;
    }
    if (nargs > 1 && dflt != NULL) {
        return HsErr_Format(HsExc_TypeError,
                            "Cannot specify a default for %s() with multiple positional "
                            "arguments",
                            name);
    }
    HsObject *it;
    if (nargs == 1) {
        it = HsObject_GetIter(args[0]);
    } else {
        HsObject *t = HsTuple_FromArray(args, nargs);
        it = t != NULL ? HsObject_GetIter(t) : NULL;
        Hs_XDECREF(t);
    }
    if (it == NULL) {
        return NULL;
    }
    HsObject *best = minmax_scan(it, key, op);
    Hs_DECREF(it);
    if (best != NULL || HsErr_Occurred()) {
        return best;
    }
    if (dflt != NULL) {
        return Hs_NewRef(dflt);
    }
    return HsErr_Format(HsExc_ValueError, "%s() arg is an empty sequence", name);
}

HsObject *hs_builtins_min(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                          HsObject *kwnames) {
    (void)self;
    return min_max("min", args, nargs, kwnames, HS_LT);
}

HsObject *hs_builtins_max(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                          HsObject *kwnames) {
    (void)self;
    return min_max("max", args, nargs, kwnames, HS_GT);
}

/* ==== sum ==== */

/* The int fast path: add exact ints into a C long while they fit. On return *result holds
 * the running total (new reference) and *pending the first item not yet added (new
 * reference or NULL at the end). Returns 0 or -1. CPython: builtin_sum_impl's first loop. */
static int sum_ints(HsObject *it, HsObject **result, HsObject **pending) {
    int overflow = 0;
    long long acc = hs_int_as_longlong_and_overflow(*result, &overflow);
    HsObject *item;
    *pending = NULL;
    if (overflow) {
        return 0; // the total left the C range: the generic loop takes over
    }
    while ((item = HsIter_Next(it)) != NULL) {
        if (HsLong_CheckExact(item) || HsBool_Check(item)) {
            long long b = hs_int_as_longlong_and_overflow(item, &overflow);
            long long x;
            if (!overflow && !__builtin_add_overflow(acc, b, &x) && x >= LONG_MIN &&
                x <= LONG_MAX) {
                acc = x;
                Hs_DECREF(item);
                continue;
            }
        }
        *pending = item;
        break;
    }
    Hs_SETREF(*result, HsLong_FromLongLong(acc));
    if (*result == NULL || HsErr_Occurred()) {
        Hs_CLEAR(*pending);
        return -1;
    }
    return 0;
}

/* The float fast path, entered with the float 'first' (new reference, consumed): adds
 * floats and small exact ints as doubles. Same out-parameters as sum_ints. */
static int sum_floats(HsObject *it, HsObject *first, HsObject **result, HsObject **pending) {
    double acc = HsFloat_AsDouble(*result) + HsFloat_AsDouble(first);
    Hs_DECREF(first);
    HsObject *item;
    *pending = NULL;
    while ((item = HsIter_Next(it)) != NULL) {
        if (HsFloat_CheckExact(item)) {
            acc += HsFloat_AsDouble(item);
            Hs_DECREF(item);
            continue;
        }
        if (HsLong_CheckExact(item)) {
            int overflow = 0;
            long long v = hs_int_as_longlong_and_overflow(item, &overflow);
            if (!overflow && v <= (1LL << 53) && v >= -(1LL << 53)) {
                acc += (double)v;
                Hs_DECREF(item);
                continue;
            }
        }
        *pending = item;
        break;
    }
    Hs_SETREF(*result, HsFloat_FromDouble(acc));
    if (*result == NULL || HsErr_Occurred()) {
        Hs_CLEAR(*pending);
        return -1;
    }
    return 0;
}

/* Reject a str/bytes/bytearray start value with CPython's messages. Returns 0 or -1. */
static int sum_check_start(HsObject *start) {
    if (HsUnicode_Check(start)) {
        HsErr_Format(HsExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        return -1;
    }
    if (HsBytes_Check(start)) {
        HsErr_Format(HsExc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        return -1;
    }
    if (HsByteArray_Check(start)) {
        HsErr_Format(HsExc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
        return -1;
    }
    return 0;
}

/* The generic loop: result = result + item for the remaining items, with the fast paths
 * re-entered while the total is an exact int or float. Consumes 'pending'. */
static HsObject *sum_loop(HsObject *it, HsObject *result, HsObject *pending) {
    for (;;) {
        if (pending == NULL) {
            pending = HsIter_Next(it);
            if (pending == NULL) {
                if (HsErr_Occurred()) {
                    Hs_CLEAR(result);
                }
                return result;
            }
        }
        int rc = 0;
        if (HsLong_CheckExact(result) && (HsLong_CheckExact(pending) || HsBool_Check(pending))) {
            HsObject *sum = HsNumber_Add(result, pending);
            Hs_DECREF(pending);
            Hs_SETREF(result, sum);
            rc = result != NULL ? sum_ints(it, &result, &pending) : -1;
        } else if (HsFloat_CheckExact(result) && HsFloat_CheckExact(pending)) {
            rc = sum_floats(it, pending, &result, &pending);
        } else if (HsLong_CheckExact(result) && HsFloat_CheckExact(pending)) {
            Hs_SETREF(result, HsFloat_FromDouble(HsLong_AsDouble(result)));
            rc = result != NULL && !HsErr_Occurred() ? sum_floats(it, pending, &result, &pending)
                                                     : -1;
        } else {
            HsObject *sum = HsNumber_Add(result, pending);
            Hs_CLEAR(pending);
            Hs_SETREF(result, sum);
            rc = result != NULL ? 0 : -1;
        }
        if (rc < 0) {
            Hs_XDECREF(result);
            Hs_XDECREF(pending);
            return NULL;
        }
    }
}

/* sum(iterable, /, start=0) */
HsObject *hs_builtins_sum(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                          HsObject *kwnames) {
    (void)self;
    static const char *const kw[] = {"", "start", NULL};
    static const HsArgParser parser = {"sum", kw};
    HsObject *a[2];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 2, 1, a) < 0) {
        return NULL;
    }
    HsObject *start = a[1] != NULL ? a[1] : NULL;
    if (start != NULL && sum_check_start(start) < 0) {
        return NULL;
    }
    HsObject *it = HsObject_GetIter(a[0]);
    if (it == NULL) {
        return NULL;
    }
    HsObject *result = start != NULL ? Hs_NewRef(start) : HsLong_FromLong(0);
    HsObject *r = result != NULL ? sum_loop(it, result, NULL) : NULL;
    Hs_DECREF(it);
    return r;
}

/* ==== sorted ==== */

/* sorted(iterable, /, *, key=None, reverse=False): list(iterable).sort(key, reverse), the
 * keywords passed through so that list.sort reports bad ones, as in CPython. */
HsObject *hs_builtins_sorted(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                             HsObject *kwnames) {
    (void)self;
    if (nargs != 1) {
        return HsErr_Format(HsExc_TypeError, "sorted expected 1 argument, got %zd", nargs);
    }
    HsObject *list = hs_list_from_iterable(args[0]);
    if (list == NULL) {
        return NULL;
    }
    HsObject *r = hs_list_sort(list, args + 1, 0, kwnames);
    if (r == NULL) {
        Hs_DECREF(list);
        return NULL;
    }
    Hs_DECREF(r);
    return list;
}

/* ==== isinstance and issubclass ==== */

/* Call cls.__instancecheck__ / __subclasscheck__ (looked up on type(cls)) with 'arg':
 * 1, 0, -1 with an exception, or 2 when type(cls) has no such method. */
static int call_check(HsObject *cls, const char *name, HsObject *arg) {
    HsObject *n = hs_builtins_name(name);
    HsObject *checker = n != NULL ? hs_vm_lookup_special(cls, n) : NULL;
    if (checker == NULL) {
        return HsErr_Occurred() ? -1 : 2;
    }
    if (HsEnter_RecursiveCall(name[2] == 'i' ? " in __instancecheck__" : " in __subclasscheck__") <
        0) {
        Hs_DECREF(checker);
        return -1;
    }
    HsObject *r = HsObject_CallOneArg(checker, arg);
    HsLeave_RecursiveCall();
    Hs_DECREF(checker);
    if (r == NULL) {
        return -1;
    }
    int t = HsObject_IsTrue(r);
    Hs_DECREF(r);
    return t;
}

/* isinstance() when cls is a class: the type, or inst.__class__. CPython: object_isinstance */
static int object_isinstance(HsObject *inst, HsObject *cls) {
    if (!HsType_Check(cls)) {
        HsErr_Format(HsExc_TypeError,
                     "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    if (HsObject_TypeCheck(inst, (HsTypeObject *)cls)) {
        return 1;
    }
    HsObject *icls = HsObject_GetAttrString(inst, "__class__");
    if (icls == NULL) {
        HsErr_Clear();
        return 0;
    }
    int r = icls != (HsObject *)Hs_TYPE(inst) && HsType_Check(icls) &&
            HsType_IsSubtype((HsTypeObject *)icls, (HsTypeObject *)cls);
    Hs_DECREF(icls);
    return r;
}

int hs_builtins_isinstance_impl(HsObject *inst, HsObject *cls) {
    if ((HsObject *)Hs_TYPE(inst) == cls) {
        return 1;
    }
    if (Hs_TYPE(cls) == &HsType_Type) {
        return HsObject_TypeCheck(inst, (HsTypeObject *)cls);
    }
    HsObject *uargs = hs_union_args(cls);
    if (uargs != NULL) {
        cls = uargs;
    }
    if (HsTuple_Check(cls)) {
        if (HsEnter_RecursiveCall(" in __instancecheck__") < 0) {
            return -1;
        }
        int r = 0;
        for (Hs_ssize_t i = 0; i < Hs_SIZE(cls) && r == 0; i++) {
            r = hs_builtins_isinstance_impl(inst, HS_TUPLE_GET(cls, i));
        }
        HsLeave_RecursiveCall();
        return r;
    }
    int r = call_check(cls, "__instancecheck__", inst);
    return r != 2 ? r : object_isinstance(inst, cls);
}

int hs_builtins_issubclass_impl(HsObject *derived, HsObject *cls) {
    if (Hs_TYPE(cls) == &HsType_Type) {
        if (derived == cls) {
            return 1;
        }
        if (!HsType_Check(derived)) {
            HsErr_Format(HsExc_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return HsType_IsSubtype((HsTypeObject *)derived, (HsTypeObject *)cls);
    }
    HsObject *uargs = hs_union_args(cls);
    if (uargs != NULL) {
        cls = uargs;
    }
    if (HsTuple_Check(cls)) {
        if (HsEnter_RecursiveCall(" in __subclasscheck__") < 0) {
            return -1;
        }
        int r = 0;
        for (Hs_ssize_t i = 0; i < Hs_SIZE(cls) && r == 0; i++) {
            r = hs_builtins_issubclass_impl(derived, HS_TUPLE_GET(cls, i));
        }
        HsLeave_RecursiveCall();
        return r;
    }
    int r = call_check(cls, "__subclasscheck__", derived);
    if (r != 2) {
        return r;
    }
    if (!HsType_Check(derived)) {
        HsErr_Format(HsExc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!HsType_Check(cls)) {
        HsErr_Format(HsExc_TypeError,
                     "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return HsType_IsSubtype((HsTypeObject *)derived, (HsTypeObject *)cls);
}

HsObject *hs_builtins_isinstance(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("isinstance", nargs, 2, 2) < 0) {
        return NULL;
    }
    int r = hs_builtins_isinstance_impl(args[0], args[1]);
    return r < 0 ? NULL : HsBool_FromLong(r);
}

HsObject *hs_builtins_issubclass(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("issubclass", nargs, 2, 2) < 0) {
        return NULL;
    }
    int r = hs_builtins_issubclass_impl(args[0], args[1]);
    return r < 0 ? NULL : HsBool_FromLong(r);
}

/* ==== dir ==== */

HsObject *hs_builtins_dir_of(HsObject *o) {
    return HsObject_Dir(o);
}

/* ==== format ==== */

/* str.__format__ (str has no method of its own yet): the layout from the format kernel. */
static HsObject *format_str(HsObject *value, HsObject *spec) {
    size_t n;
    uint32_t *cps = hs_float_str_codepoints(spec, &n);
    if (cps == NULL) {
        return NULL;
    }
    Hs_ssize_t len;
    const char *utf8 = HsUnicode_AsUTF8AndSize(value, &len);
    HsObject *r = NULL;
    if (utf8 != NULL) {
        HsFmtOut out;
        HsFmtError err;
        if (hs_obj_fmt_str(utf8, (size_t)len, cps, n, &out, &err) < 0) {
            r = hs_float_fmt_raise(&err, Hs_TYPE(value)->tp_name, cps, n);
        } else {
            r = hs_float_fmt_out_to_str(&out);
        }
    }
    hs_mem_raw_free(cps);
    return r;
}

HsObject *hs_builtins_format(HsObject *value, HsObject *spec) {
    if (HsUnicode_CheckExact(value) && HS_STR_LEN(spec) == 0) {
        return Hs_NewRef(value);
    }
    HsObject *name = hs_builtins_name("__format__");
    if (name == NULL) {
        return NULL;
    }
    HsObject *meth = hs_type_lookup(Hs_TYPE(value), name);
    if (meth != NULL) {
        HsObject *callargs[2] = {value, spec};
        Hs_INCREF(meth);
        HsObject *r = HsObject_Vectorcall(meth, callargs, 2, NULL);
        Hs_DECREF(meth);
        if (r != NULL && !HsUnicode_Check(r)) {
            HsErr_Format(HsExc_TypeError, "__format__ must return a str, not %.200s",
                         Hs_TYPE(r)->tp_name);
            Hs_CLEAR(r);
        }
        return r;
    }
    if (HsUnicode_Check(value)) {
        return format_str(value, spec);
    }
    if (HS_STR_LEN(spec) > 0) {
        return HsErr_Format(HsExc_TypeError,
                            "unsupported format string passed to %.200s.__format__",
                            Hs_TYPE(value)->tp_name);
    }
    return HsObject_Str(value);
}
