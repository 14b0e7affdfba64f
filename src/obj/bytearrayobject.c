/* The bytearray object (CPython 3.11: Objects/bytearrayobject.c): a mutable byte buffer
 * kept apart from the object, resized with CPython's PyByteArray_Resize policy (so
 * sys.getsizeof, which counts ob_alloc, gives 56, 58, 61, 61, 61, 64 ... as bytes are
 * appended), the logical-start trick for deleting at the front, mutation (item and slice
 * assignment, append/extend/insert/pop/remove/clear/reverse, += and *=), the constructor
 * forms, repr "bytearray(b'...')", and the slot table. Not hashable; not a GC type (it
 * holds no references), as in CPython. Methods shared with bytes: bytesmethods.c.
 * Invariants: ob_bytes is NULL iff ob_alloc == 0; otherwise ob_bytes <= ob_start and
 * ob_start + ob_size + 1 <= ob_bytes + ob_alloc, with ob_start[ob_size] == '\0'. */
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_mem.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

/* ==== constants ==== */

static char empty_buffer[1] = {0};

#define BA(op) ((HsByteArrayObject *)(op))

/* ==== static helpers ==== */

static int can_resize(HsObject *op) {
    if (BA(op)->ob_exports > 0) {
        HsErr_SetString(HsExc_BufferError, "Existing exports of data: object cannot be re-sized");
        return 0;
    }
    return 1;
}

/* Replace self[lo:hi) by 'len' bytes at 'bytes' (which must not point into self).
 * CPython: bytearray_setslice_linear. */
static int setslice_linear(HsObject *self, Hs_ssize_t lo, Hs_ssize_t hi, const char *bytes,
                           Hs_ssize_t len) {
    Hs_ssize_t growth = len - (hi - lo);
    char *buf = HsByteArray_AS_STRING(self);
    if (growth < 0) {
        if (!can_resize(self)) {
            return -1;
        }
        if (lo == 0) {
            BA(self)->ob_start -= growth; /* shrink by advancing the logical start */
        } else {
            memmove(buf + lo + len, buf + hi, (size_t)(Hs_SIZE(self) - hi));
        }
        if (HsByteArray_Resize(self, Hs_SIZE(self) + growth) < 0) {
            if (lo == 0) {
                BA(self)->ob_start += growth;
                return -1;
            }
            Hs_SIZE(self) += growth;
            return -1;
        }
        buf = HsByteArray_AS_STRING(self);
    } else if (growth > 0) {
        if (Hs_SIZE(self) > HS_SSIZE_T_MAX - growth) {
            HsErr_NoMemory();
            return -1;
        }
        if (HsByteArray_Resize(self, Hs_SIZE(self) + growth) < 0) {
            return -1;
        }
        buf = HsByteArray_AS_STRING(self);
        memmove(buf + lo + len, buf + hi, (size_t)(Hs_SIZE(self) - lo - len));
    }
    if (len > 0) {
        memcpy(buf + lo, bytes, (size_t)len);
    }
    return 0;
}

/* The bytes of 'values' for a slice assignment, as a new bytes (copied, so it may be
 * self). CPython: the PyByteArray_FromObject step of bytearray_setslice. */
static HsObject *assign_source(HsObject *values) {
    HsNumberMethods *nb = Hs_TYPE(values)->tp_as_number;
    if (HsLong_Check(values) || (nb != NULL && nb->nb_index != NULL) || HsUnicode_Check(values)) {
        return HsErr_Format(HsExc_TypeError,
                            "can assign only bytes, buffers, or iterables of ints in range(0, "
                            "256)");
    }
    return HsBytes_FromObject(values);
}

/* Delete the extended slice (step > 0 after normalisation) in place. */
static int delete_extended(HsObject *self, Hs_ssize_t start, Hs_ssize_t step, Hs_ssize_t slicelen) {
    if (!can_resize(self)) {
        return -1;
    }
    if (step < 0) {
        start = start + step * (slicelen - 1);
        step = -step;
    }
    char *buf = HsByteArray_AS_STRING(self);
    Hs_ssize_t n = Hs_SIZE(self), at = start, next = start;
    for (Hs_ssize_t i = start; i < n; i++) {
        if (i == next && (i - start) / step < slicelen) {
            next += step;
            continue;
        }
        buf[at++] = buf[i];
    }
    return HsByteArray_Resize(self, n - slicelen);
}

/* ==== slots ==== */

static void bytearray_dealloc(HsObject *op) {
    if (BA(op)->ob_bytes != NULL) {
        hs_mem_free(BA(op)->ob_bytes);
    }
    if (Hs_TYPE(op) == &HsByteArray_Type) {
        hs_obj_free(op);
    } else {
        Hs_TYPE(op)->tp_free(op); /* an instance of a class deriving from bytearray */
    }
}

static HsObject *bytearray_repr(HsObject *op) {
    char prefix[200];
    snprintf(prefix, sizeof prefix, "%s(", Hs_TYPE(op)->tp_name);
    return hs_bytes_repr_buf(HsByteArray_AS_STRING(op), Hs_SIZE(op), prefix, ")");
}

static HsObject *bytearray_richcompare(HsObject *a, HsObject *b, int op) {
    const char *pa, *pb;
    Hs_ssize_t la, lb;
    if (!hs_bytes_view_check(a, &pa, &la) || !hs_bytes_view_check(b, &pb, &lb)) {
        return Hs_NewRef(Hs_NotImplemented);
    }
    return HsBool_FromLong(hs_bytes_compare_buf(pa, la, pb, lb, op));
}

static Hs_ssize_t bytearray_length(HsObject *op) {
    return Hs_SIZE(op);
}

static HsObject *bytearray_concat(HsObject *a, HsObject *b) {
    const char *pa, *pb;
    Hs_ssize_t la, lb;
    if (!hs_bytes_view_check(b, &pb, &lb)) {
        return HsErr_Format(HsExc_TypeError, "can't concat %.100s to %.100s", Hs_TYPE(b)->tp_name,
                            Hs_TYPE(a)->tp_name);
    }
    hs_bytes_view_check(a, &pa, &la);
    if (la > HS_SSIZE_T_MAX - lb) {
        return HsErr_NoMemory();
    }
    HsObject *r = HsByteArray_FromStringAndSize(NULL, la + lb);
    if (r != NULL && la + lb > 0) {
        memcpy(HsByteArray_AS_STRING(r), pa, (size_t)la);
        memcpy(HsByteArray_AS_STRING(r) + la, pb, (size_t)lb);
    }
    return r;
}

static HsObject *bytearray_repeat(HsObject *a, Hs_ssize_t n) {
    Hs_ssize_t len = Hs_SIZE(a);
    n = n < 0 ? 0 : n;
    if (len > 0 && n > HS_SSIZE_T_MAX / len) {
        return HsErr_NoMemory();
    }
    HsObject *r = HsByteArray_FromStringAndSize(NULL, len * n);
    if (r == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        memcpy(HsByteArray_AS_STRING(r) + i * len, HsByteArray_AS_STRING(a), (size_t)len);
    }
    return r;
}

static HsObject *bytearray_item(HsObject *op, Hs_ssize_t i) {
    if (i < 0 || i >= Hs_SIZE(op)) {
        return HsErr_Format(HsExc_IndexError, "bytearray index out of range");
    }
    return HsLong_FromLong((unsigned char)HsByteArray_AS_STRING(op)[i]);
}

static int is_index(HsObject *key) {
    HsNumberMethods *nb = Hs_TYPE(key)->tp_as_number;
    return HsLong_Check(key) || (nb != NULL && nb->nb_index != NULL);
}

static HsObject *bytearray_subscript(HsObject *op, HsObject *key) {
    if (is_index(key)) {
        Hs_ssize_t i = HsNumber_AsSsize_t(key, HsExc_IndexError);
        if (i == -1 && HsErr_Occurred()) {
            return NULL;
        }
        return bytearray_item(op, i < 0 ? i + Hs_SIZE(op) : i);
    }
    Hs_ssize_t start, step, slicelen;
    int r = hs_bytes_slice_unpack(key, Hs_SIZE(op), &start, &step, &slicelen);
    if (r <= 0) {
        return r < 0 ? NULL
                     : HsErr_Format(HsExc_TypeError,
                                    "bytearray indices must be integers or slices, not %.200s",
                                    Hs_TYPE(key)->tp_name);
    }
    return hs_bytes_get_slice(op, start, step, slicelen);
}

static int bytearray_ass_subscript(HsObject *op, HsObject *key, HsObject *value) {
    if (is_index(key)) {
        Hs_ssize_t i = HsNumber_AsSsize_t(key, HsExc_IndexError);
        if (i == -1 && HsErr_Occurred()) {
            return -1;
        }
        int v = 0;
        if (value != NULL && hs_bytes_byte_value(value, &v) < 0) {
            return -1; /* the value is checked before the index, as 3.11 (GH-91153) */
        }
        i = i < 0 ? i + Hs_SIZE(op) : i;
        if (i < 0 || i >= Hs_SIZE(op)) {
            HsErr_SetString(HsExc_IndexError, "bytearray index out of range");
            return -1;
        }
        if (value == NULL) {
            return setslice_linear(op, i, i + 1, NULL, 0);
        }
        HsByteArray_AS_STRING(op)[i] = (char)v;
        return 0;
    }
    Hs_ssize_t start, step, slicelen;
    int r = hs_bytes_slice_unpack(key, Hs_SIZE(op), &start, &step, &slicelen);
    if (r <= 0) {
        if (r == 0) {
            HsErr_Format(HsExc_TypeError,
                         "bytearray indices must be integers or slices, not %.200s",
                         Hs_TYPE(key)->tp_name);
        }
        return -1;
    }
    return hs_bytearray_ass_slice(op, start, step, slicelen, value);
}

static int bytearray_ass_item(HsObject *op, Hs_ssize_t i, HsObject *value) {
    HsObject *key = HsLong_FromSsize_t(i);
    if (key == NULL) {
        return -1;
    }
    int r = bytearray_ass_subscript(op, key, value);
    Hs_DECREF(key);
    return r;
}

static int bytearray_contains(HsObject *op, HsObject *item) {
    return hs_bytes_contains_buf(HsByteArray_AS_STRING(op), Hs_SIZE(op), item);
}

static HsObject *bytearray_iconcat(HsObject *op, HsObject *other) {
    const char *p;
    Hs_ssize_t n;
    if (!hs_bytes_view_check(other, &p, &n)) {
        return HsErr_Format(HsExc_TypeError, "can't concat %.100s to %.100s",
                            Hs_TYPE(other)->tp_name, Hs_TYPE(op)->tp_name);
    }
    Hs_ssize_t size = Hs_SIZE(op);
    if (size > HS_SSIZE_T_MAX - n) {
        return HsErr_NoMemory();
    }
    if (other == op) { /* p points into op, which the resize may move */
        if (HsByteArray_Resize(op, size + n) < 0) {
            return NULL;
        }
        memcpy(HsByteArray_AS_STRING(op) + size, HsByteArray_AS_STRING(op), (size_t)n);
        return Hs_NewRef(op);
    }
    if (HsByteArray_Resize(op, size + n) < 0) {
        return NULL;
    }
    memcpy(HsByteArray_AS_STRING(op) + size, p, (size_t)n);
    return Hs_NewRef(op);
}

static HsObject *bytearray_irepeat(HsObject *op, Hs_ssize_t count) {
    Hs_ssize_t len = Hs_SIZE(op);
    count = count < 0 ? 0 : count;
    if (len > 0 && count > HS_SSIZE_T_MAX / len) {
        return HsErr_NoMemory();
    }
    if (HsByteArray_Resize(op, len * count) < 0) {
        return NULL;
    }
    char *buf = HsByteArray_AS_STRING(op);
    for (Hs_ssize_t i = 1; i < count; i++) {
        memcpy(buf + i * len, buf, (size_t)len);
    }
    return Hs_NewRef(op);
}

static HsObject *bytearray_iter(HsObject *op) {
    return hs_bytes_iter_new(op);
}

/* ==== the constructor (CPython: bytearray___init___impl) ==== */

/* Append 'n' bytes one at a time, growing as CPython's append loop in bytearray_init does
 * (so the final ob_alloc matches: bytearray(range(10)).__alloc__() == 12). */
static int append_each(HsObject *self, const char *buf, Hs_ssize_t n) {
    for (Hs_ssize_t i = 0; i < n; i++) {
        Hs_ssize_t size = Hs_SIZE(self);
        if (size + 1 < BA(self)->ob_alloc) {
            Hs_SIZE(self) = size + 1;
            BA(self)->ob_start[size + 1] = '\0';
        } else if (HsByteArray_Resize(self, size + 1) < 0) {
            return -1;
        }
        HsByteArray_AS_STRING(self)[size] = buf[i];
    }
    return 0;
}

/* The list/tuple fast path: resize once to the exact size. 1 done, 0 use the slow path. */
static int init_from_sequence(HsObject *self, HsObject *seq) {
    int tuple = HsTuple_Check(seq);
    Hs_ssize_t n = tuple ? Hs_SIZE(seq) : HsObject_Size(seq);
    if (n < 0 || HsByteArray_Resize(self, n) < 0) {
        return -1;
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsObject *item = tuple ? Hs_NewRef(HS_TUPLE_GET(seq, i)) : HsSequence_GetItem(seq, i);
        if (item == NULL) {
            return -1;
        }
        int v, exact = HsLong_CheckExact(item), rc = 0;
        if (exact) {
            rc = hs_bytes_byte_value(item, &v);
        }
        Hs_DECREF(item);
        if (!exact) {
            return HsByteArray_Resize(self, 0) < 0 ? -1 : 0;
        }
        if (rc < 0) {
            return -1;
        }
        HsByteArray_AS_STRING(self)[i] = (char)v;
    }
    return 1;
}

static int init_from_source(HsObject *self, HsObject *x) {
    const char *p;
    Hs_ssize_t n;
    if (is_index(x)) {
        Hs_ssize_t count = HsNumber_AsSsize_t(x, HsExc_OverflowError);
        if (count == -1 && HsErr_Occurred()) {
            return -1;
        }
        if (count < 0) {
            HsErr_SetString(HsExc_ValueError, "negative count");
            return -1;
        }
        if (count > 0) {
            if (HsByteArray_Resize(self, count) < 0) {
                return -1;
            }
            memset(HsByteArray_AS_STRING(self), 0, (size_t)count);
        }
        return 0;
    }
    if (hs_bytes_view_check(x, &p, &n)) {
        if (x == self) {
            return 0;
        }
        return setslice_linear(self, 0, 0, p, n);
    }
    if (HsTuple_CheckExact(x) || (HsType_HasFeature(Hs_TYPE(x), HS_TPFLAGS_LIST_SUBCLASS) &&
                                  strcmp(Hs_TYPE(x)->tp_name, "list") == 0)) {
        int r = init_from_sequence(self, x);
        if (r != 0) {
            return r < 0 ? -1 : 0;
        }
    }
    char *buf;
    int rc = hs_bytes_collect_ints(x, &buf, &n);
    if (rc == -2) {
        HsErr_Format(HsExc_TypeError, "cannot convert '%.200s' object to bytearray",
                     Hs_TYPE(x)->tp_name);
        return -1;
    }
    if (rc < 0) {
        return -1;
    }
    rc = append_each(self, buf, n);
    hs_mem_free(buf);
    return rc;
}

static int bytearray_init_impl(HsObject *self, HsObject *x, HsObject *encoding, HsObject *errors) {
    if (Hs_SIZE(self) != 0 && HsByteArray_Resize(self, 0) < 0) {
        return -1;
    }
    if (x == NULL) {
        if (encoding != NULL || errors != NULL) {
            HsErr_SetString(HsExc_TypeError, encoding != NULL ? "encoding without a string argument"
                                                              : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (encoding != NULL) {
        if (!HsUnicode_Check(x)) {
            HsErr_SetString(HsExc_TypeError, "encoding without a string argument");
            return -1;
        }
        const char *enc = HsUnicode_AsUTF8(encoding);
        const char *err = errors != NULL ? HsUnicode_AsUTF8(errors) : NULL;
        if (enc == NULL || (errors != NULL && err == NULL)) {
            return -1;
        }
        HsObject *b = hs_codecs_encode(x, enc, err);
        if (b == NULL) {
            return -1;
        }
        int r = setslice_linear(self, 0, 0, HsBytes_AS_STRING(b), Hs_SIZE(b));
        Hs_DECREF(b);
        return r;
    }
    if (HsUnicode_Check(x) || errors != NULL) {
        HsErr_SetString(HsExc_TypeError, HsUnicode_Check(x) ? "string argument without an encoding"
                                                            : "errors without a string argument");
        return -1;
    }
    return init_from_source(self, x);
}

static int bytearray_init(HsObject *self, HsObject *args, HsObject *kwds) {
    static const char *const kwlist[] = {"source", "encoding", "errors", NULL};
    static const HsArgParser parser = {"bytearray", kwlist};
    HsObject *stack[8], *out[3], *kwnames = NULL;
    if (hs_bytes_flatten_args(args, kwds, stack, 8, &kwnames) < 0) {
        return -1;
    }
    int rc = hs_arg_unpack_keywords(stack, args != NULL ? Hs_SIZE(args) : 0, kwnames, &parser, 0, 3,
                                    0, out);
    Hs_XDECREF(kwnames);
    if (rc < 0) {
        return -1;
    }
    for (int i = 1; i < 3; i++) {
        if (out[i] != NULL && !HsUnicode_Check(out[i])) {
            return hs_arg_bad_argument("bytearray", 0, kwlist[i], "str", out[i]);
        }
    }
    return bytearray_init_impl(self, out[0], out[1], out[2]);
}

static HsObject *bytearray_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)args;
    (void)kwds;
    return type->tp_alloc != NULL ? type->tp_alloc(type, 0) : HsType_GenericAlloc(type, 0);
}

/* ==== methods only bytearray has (listed in bytesmethods.c's table) ==== */

/* (type, args, state) rebuilding 'self': no args when empty; below protocol 3 the bytes
 * travel as a latin-1 str (as CPython, for Python 2 readers), else as bytes; 'state' is the instance's __dict__ (and
 * slots) as copyreg._getstate gives it. CPython: _common_reduce. Return: new reference. */
static HsObject *bytearray_common_reduce(HsObject *self, long proto) {
    HsObject *getstate = hs_obj_import_attr("copyreg", "_getstate");
    HsObject *state = getstate != NULL ? HsObject_CallOneArg(getstate, self) : NULL;
    Hs_XDECREF(getstate);
    if (state == NULL) {
        return NULL;
    }
    const char *buf = HsByteArray_AS_STRING(self);
    Hs_ssize_t n = Hs_SIZE(self);
    HsObject *args;
    if (n == 0) {
        args = HsTuple_New(0);
    } else if (proto < 3) {
        HsObject *text = HsUnicode_FromKindAndData(1, buf, n);
        HsObject *enc = text != NULL ? HsUnicode_FromString("latin-1") : NULL;
        args = enc != NULL ? HsTuple_Pack(2, text, enc) : NULL;
        Hs_XDECREF(text);
        Hs_XDECREF(enc);
    } else {
        HsObject *data = HsBytes_FromStringAndSize(buf, n);
        args = data != NULL ? HsTuple_Pack(1, data) : NULL;
        Hs_XDECREF(data);
    }
    HsObject *r = args != NULL ? HsTuple_Pack(3, (HsObject *)Hs_TYPE(self), args, state) : NULL;
    Hs_XDECREF(args);
    Hs_DECREF(state);
    return r;
}

HsObject *hs_bytearray_reduce(HsObject *self, HsObject *unused) {
    (void)unused;
    return bytearray_common_reduce(self, 2);
}

HsObject *hs_bytearray_reduce_ex(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("__reduce_ex__", nargs, 0, 1) < 0) {
        return NULL;
    }
    long proto = nargs > 0 ? HsLong_AsLong(args[0]) : 0;
    if (proto == -1 && HsErr_Occurred()) {
        return NULL;
    }
    return bytearray_common_reduce(self, proto);
}

HsObject *hs_bytearray_append(HsObject *self, HsObject *item) {
    int v;
    if (hs_bytes_byte_value(item, &v) < 0) {
        return NULL;
    }
    Hs_ssize_t n = Hs_SIZE(self);
    if (n == HS_SSIZE_T_MAX) {
        return HsErr_Format(HsExc_OverflowError, "cannot add more objects to bytearray");
    }
    if (HsByteArray_Resize(self, n + 1) < 0) {
        return NULL;
    }
    HsByteArray_AS_STRING(self)[n] = (char)v;
    return Hs_NewRef(Hs_None);
}

HsObject *hs_bytearray_extend(HsObject *self, HsObject *iterable) {
    const char *p;
    Hs_ssize_t n;
    if (hs_bytes_view_check(iterable, &p, &n)) {
        HsObject *copy = iterable == self ? HsBytes_FromStringAndSize(p, n) : NULL;
        if (iterable == self && copy == NULL) {
            return NULL;
        }
        int r = setslice_linear(self, Hs_SIZE(self), Hs_SIZE(self),
                                copy != NULL ? HsBytes_AS_STRING(copy) : p, n);
        Hs_XDECREF(copy);
        return r < 0 ? NULL : Hs_NewRef(Hs_None);
    }
    /* Collect first (as CPython's temporary bytearray), then grow self once. */
    char *buf;
    int rc = hs_bytes_collect_ints(iterable, &buf, &n);
    if (rc == -2) {
        return HsErr_Format(HsExc_TypeError, "can't extend bytearray with %.100s",
                            Hs_TYPE(iterable)->tp_name);
    }
    if (rc < 0) {
        return NULL;
    }
    rc = setslice_linear(self, Hs_SIZE(self), Hs_SIZE(self), buf, n);
    hs_mem_free(buf);
    return rc < 0 ? NULL : Hs_NewRef(Hs_None);
}

HsObject *hs_bytearray_insert(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("insert", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (!is_index(args[0])) {
        return HsErr_Format(HsExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                            Hs_TYPE(args[0])->tp_name);
    }
    Hs_ssize_t where = HsNumber_AsSsize_t(args[0], HsExc_OverflowError);
    int v;
    if ((where == -1 && HsErr_Occurred()) || hs_bytes_byte_value(args[1], &v) < 0) {
        return NULL;
    }
    Hs_ssize_t n = Hs_SIZE(self);
    if (n == HS_SSIZE_T_MAX) {
        return HsErr_Format(HsExc_OverflowError, "cannot add more objects to bytearray");
    }
    if (HsByteArray_Resize(self, n + 1) < 0) {
        return NULL;
    }
    where = where < 0 ? (where + n < 0 ? 0 : where + n) : (where > n ? n : where);
    char *buf = HsByteArray_AS_STRING(self);
    memmove(buf + where + 1, buf + where, (size_t)(n - where));
    buf[where] = (char)v;
    return Hs_NewRef(Hs_None);
}

HsObject *hs_bytearray_pop(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("pop", nargs, 0, 1) < 0) {
        return NULL;
    }
    Hs_ssize_t index = -1, n = Hs_SIZE(self);
    if (nargs == 1) {
        if (!is_index(args[0])) {
            return HsErr_Format(HsExc_TypeError,
                                "'%.200s' object cannot be interpreted as an integer",
                                Hs_TYPE(args[0])->tp_name);
        }
        index = HsNumber_AsSsize_t(args[0], HsExc_OverflowError);
        if (index == -1 && HsErr_Occurred()) {
            return NULL;
        }
    }
    if (n == 0) {
        return HsErr_Format(HsExc_IndexError, "pop from empty bytearray");
    }
    index = index < 0 ? index + n : index;
    if (index < 0 || index >= n) {
        return HsErr_Format(HsExc_IndexError, "pop index out of range");
    }
    if (!can_resize(self)) {
        return NULL;
    }
    char *buf = HsByteArray_AS_STRING(self);
    int value = (unsigned char)buf[index];
    memmove(buf + index, buf + index + 1, (size_t)(n - index));
    if (HsByteArray_Resize(self, n - 1) < 0) {
        return NULL;
    }
    return HsLong_FromLong(value);
}

HsObject *hs_bytearray_remove(HsObject *self, HsObject *arg) {
    int v;
    if (hs_bytes_byte_value(arg, &v) < 0) {
        return NULL;
    }
    Hs_ssize_t n = Hs_SIZE(self);
    char *buf = HsByteArray_AS_STRING(self);
    const char *hit = n > 0 ? memchr(buf, v, (size_t)n) : NULL;
    if (hit == NULL) {
        return HsErr_Format(HsExc_ValueError, "value not found in bytearray");
    }
    if (!can_resize(self)) {
        return NULL;
    }
    Hs_ssize_t where = hit - buf;
    memmove(buf + where, buf + where + 1, (size_t)(n - where));
    if (HsByteArray_Resize(self, n - 1) < 0) {
        return NULL;
    }
    return Hs_NewRef(Hs_None);
}

HsObject *hs_bytearray_clear(HsObject *self, HsObject *u) {
    (void)u;
    return HsByteArray_Resize(self, 0) < 0 ? NULL : Hs_NewRef(Hs_None);
}

HsObject *hs_bytearray_copy(HsObject *self, HsObject *u) {
    (void)u;
    return HsByteArray_FromStringAndSize(HsByteArray_AS_STRING(self), Hs_SIZE(self));
}

HsObject *hs_bytearray_reverse(HsObject *self, HsObject *u) {
    (void)u;
    char *buf = HsByteArray_AS_STRING(self);
    for (Hs_ssize_t i = 0, j = Hs_SIZE(self) - 1; i < j; i++, j--) {
        char t = buf[i];
        buf[i] = buf[j];
        buf[j] = t;
    }
    return Hs_NewRef(Hs_None);
}

HsObject *hs_bytearray_alloc(HsObject *self, HsObject *u) {
    (void)u;
    return HsLong_FromSsize_t(BA(self)->ob_alloc);
}

/* ==== type object ==== */

static HsSequenceMethods bytearray_as_sequence = {
    .sq_length = bytearray_length,
    .sq_concat = bytearray_concat,
    .sq_repeat = bytearray_repeat,
    .sq_item = bytearray_item,
    .sq_ass_item = bytearray_ass_item,
    .sq_contains = bytearray_contains,
    .sq_inplace_concat = bytearray_iconcat,
    .sq_inplace_repeat = bytearray_irepeat,
};

static HsMappingMethods bytearray_as_mapping = {
    .mp_length = bytearray_length,
    .mp_subscript = bytearray_subscript,
    .mp_ass_subscript = bytearray_ass_subscript,
};

HsTypeObject HsByteArray_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "bytearray",
    .tp_getattro = HsObject_GenericGetAttr, /* as CPython: its own __getattribute__ */
    .tp_basicsize = sizeof(HsByteArrayObject),
    .tp_dealloc = bytearray_dealloc,
    .tp_as_sequence = &bytearray_as_sequence,
    .tp_as_mapping = &bytearray_as_mapping,
    .tp_as_number = &hs_bytes_as_number,
    .tp_hash = HsObject_HashNotImplemented,
    .tp_repr = bytearray_repr,
    .tp_str = bytearray_repr,
    .tp_flags = HS_TPFLAGS_BASETYPE | HS_TPFLAGS_SEQUENCE,
    .tp_richcompare = bytearray_richcompare,
    .tp_iter = bytearray_iter,
    .tp_methods = hs_bytearray_methods,
    .tp_init = bytearray_init,
    .tp_new = bytearray_new,
};

/* ==== internal API ==== */

int hs_bytearray_init_type(void) {
    return HsType_Ready(&HsByteArray_Type);
}

int HsByteArray_Check(HsObject *op) {
    return Hs_TYPE(op) == &HsByteArray_Type || HsType_IsSubtype(Hs_TYPE(op), &HsByteArray_Type);
}

char *hs_bytearray_as_string(HsObject *op) {
    return BA(op)->ob_alloc > 0 ? BA(op)->ob_start : empty_buffer;
}

Hs_ssize_t hs_bytearray_sizeof(HsObject *op) {
    return Hs_TYPE(op)->tp_basicsize + BA(op)->ob_alloc;
}

int hs_bytearray_ass_slice(HsObject *self, Hs_ssize_t start, Hs_ssize_t step,
                           Hs_ssize_t slicelength, HsObject *value) {
    if (value == NULL) {
        if (step == 1 || slicelength <= 1) {
            return slicelength == 0 ? 0
                                    : setslice_linear(self, start, start + slicelength, NULL, 0);
        }
        return delete_extended(self, start, step, slicelength);
    }
    HsObject *src = assign_source(value);
    if (src == NULL) {
        return -1;
    }
    int r = 0;
    if (step == 1) {
        r = setslice_linear(self, start, start + (slicelength > 0 ? slicelength : 0),
                            HsBytes_AS_STRING(src), Hs_SIZE(src));
    } else if (Hs_SIZE(src) != slicelength) {
        HsErr_Format(HsExc_ValueError,
                     "attempt to assign bytes of size %zd to extended slice of size %zd",
                     Hs_SIZE(src), slicelength);
        r = -1;
    } else {
        char *buf = HsByteArray_AS_STRING(self);
        for (Hs_ssize_t i = 0, at = start; i < slicelength; i++, at += step) {
            buf[at] = HsBytes_AS_STRING(src)[i];
        }
    }
    Hs_DECREF(src);
    return r;
}

/* ==== public API ==== */

HsObject *HsByteArray_FromStringAndSize(const char *s, Hs_ssize_t size) {
    if (size < 0) {
        HsErr_SetString(HsExc_SystemError, "Negative size passed to PyByteArray_FromStringAndSize");
        return NULL;
    }
    if (size > HS_BYTES_ALLOC_LIMIT) {
        return HsErr_NoMemory();
    }
    HsObject *op = hs_obj_new(&HsByteArray_Type, sizeof(HsByteArrayObject));
    if (op == NULL) {
        return HsErr_NoMemory();
    }
    HsByteArrayObject *b = BA(op);
    Hs_SIZE(op) = 0;
    b->ob_alloc = 0;
    b->ob_bytes = b->ob_start = NULL;
    b->ob_exports = 0;
    if (size > 0) {
        b->ob_bytes = hs_mem_malloc((size_t)size + 1);
        if (b->ob_bytes == NULL) {
            Hs_DECREF(op);
            return HsErr_NoMemory();
        }
        b->ob_start = b->ob_bytes;
        b->ob_alloc = size + 1;
        Hs_SIZE(op) = size;
        if (s != NULL) {
            memcpy(b->ob_bytes, s, (size_t)size);
        } else {
            memset(b->ob_bytes, 0, (size_t)size);
        }
        b->ob_bytes[size] = '\0';
    }
    return op;
}

/* CPython: PyByteArray_Resize, policy for policy (see the file comment). */
int HsByteArray_Resize(HsObject *op, Hs_ssize_t requested) {
    HsByteArrayObject *b = BA(op);
    size_t alloc = (size_t)b->ob_alloc;
    size_t offset = b->ob_bytes != NULL ? (size_t)(b->ob_start - b->ob_bytes) : 0;
    size_t size = (size_t)requested;
    if (requested == Hs_SIZE(op)) {
        return 0;
    }
    if (!can_resize(op)) {
        return -1;
    }
    if (size + offset + 1 <= alloc) {
        if (size < alloc / 2) {
            alloc = size + 1; /* major downsize: to the exact size */
        } else {
            Hs_SIZE(op) = requested; /* minor downsize: keep the buffer */
            b->ob_start[size] = '\0';
            return 0;
        }
    } else if ((double)size <= (double)alloc * 1.125) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6); /* moderate upsize */
    } else {
        alloc = size + 1; /* major upsize: exact */
    }
    if (alloc > (size_t)HS_BYTES_ALLOC_LIMIT) {
        HsErr_NoMemory();
        return -1;
    }
    char *sval;
    if (offset > 0) {
        sval = hs_mem_malloc(alloc);
        if (sval == NULL) {
            HsErr_NoMemory();
            return -1;
        }
        size_t keep = size < (size_t)Hs_SIZE(op) ? size : (size_t)Hs_SIZE(op);
        memcpy(sval, b->ob_start, keep);
        hs_mem_free(b->ob_bytes);
    } else {
        sval = hs_mem_realloc(b->ob_bytes, alloc);
        if (sval == NULL) {
            HsErr_NoMemory();
            return -1;
        }
    }
    b->ob_bytes = b->ob_start = sval;
    Hs_SIZE(op) = requested;
    b->ob_alloc = (Hs_ssize_t)alloc;
    b->ob_bytes[size] = '\0';
    return 0;
}
