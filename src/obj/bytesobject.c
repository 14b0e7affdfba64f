/* The bytes object (CPython 3.11: Objects/bytesobject.c): creation with the empty and
 * one-byte singletons (3.11's static characters[] cache, so b'a'[0:1] is b'a'), repr,
 * hash (the str hash function over the bytes, so hash(b'ab') == hash('ab')), ordering,
 * concatenation and repetition, indexing (ints) and slicing (through the slice hook of
 * hs_obj_bytes.h), `in`, iteration, the constructor, fromhex and the slot table. The
 * methods shared with bytearray are in bytesmethods.c; codecs in codecs.c.
 * Invariants: ob_sval[ob_size] == '\0'; a bytes is never written after it is handed out;
 * every bytes of length 0 or 1 made from data is a singleton (bytes are only ever written
 * when fresh from bytes_alloc, which never returns a singleton). */
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_hash.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_memory.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_mem.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <string.h>

/* ==== constants and state ==== */

/* A static bytes with room for one byte and the NUL (CPython: _Py_SINGLETON(bytes_*)). */
typedef struct StaticBytes {
    HsVarObject ob_base;
    Hs_ssize_t ob_shash;
    char ob_sval[2];
} StaticBytes;

static StaticBytes empty_bytes = {HsVarObject_HEAD_INIT(&HsBytes_Type, 0), -1, {0, 0}};
static StaticBytes characters[256];
static int characters_ready;

#define BYTES_HEADER ((Hs_ssize_t)offsetof(HsBytesObject, ob_sval))
#define IS_SPACE(c) ((c) == ' ' || ((c) >= '\t' && (c) <= '\r'))

/* ==== static helpers ==== */

static HsObject *char_singleton(unsigned char c) {
    if (!characters_ready) {
        for (int i = 0; i < 256; i++) {
            StaticBytes *b = &characters[i];
            b->ob_base.ob_base.ob_refcnt = 1;
            b->ob_base.ob_base.ob_type = &HsBytes_Type;
            b->ob_base.ob_size = 1;
            b->ob_shash = -1;
            b->ob_sval[0] = (char)i;
            b->ob_sval[1] = '\0';
        }
        characters_ready = 1;
    }
    return Hs_NewRef((HsObject *)&characters[c]);
}

/* A fresh, writable bytes of 'size' > 0 bytes (NUL set, data uninitialised). */
static HsObject *bytes_alloc(Hs_ssize_t size) {
    if (size < 0) {
        HsErr_SetString(HsExc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        return NULL;
    }
    if (size > HS_SSIZE_T_MAX - BYTES_HEADER - 1) {
        return HsErr_Format(HsExc_OverflowError, "byte string is too large");
    }
    if (size > HS_BYTES_ALLOC_LIMIT) {
        return HsErr_NoMemory();
    }
    HsObject *op = hs_obj_new(&HsBytes_Type, (size_t)(BYTES_HEADER + size + 1));
    if (op == NULL) {
        return HsErr_NoMemory();
    }
    Hs_SIZE(op) = size;
    ((HsBytesObject *)op)->ob_shash = -1;
    HsBytes_AS_STRING(op)[size] = '\0';
    return op;
}

static void bytes_dealloc(HsObject *op) {
    if (Hs_TYPE(op) != &HsBytes_Type && Hs_TYPE(op)->tp_free != NULL) {
        Hs_TYPE(op)->tp_free(op);
        return;
    }
    hs_obj_free(op);
}

static int hex_value(uint32_t c) {
    return c >= '0' && c <= '9'   ? (int)(c - '0')
           : c >= 'a' && c <= 'f' ? (int)(c - 'a' + 10)
           : c >= 'A' && c <= 'F' ? (int)(c - 'A' + 10)
                                  : -1;
}

/* ==== slots ==== */

static HsObject *bytes_repr(HsObject *op) {
    return hs_bytes_repr_buf(HsBytes_AS_STRING(op), Hs_SIZE(op), "", "");
}

static Hs_ssize_t bytes_hash_slot(HsObject *op) {
    return hs_bytes_hash(op);
}

static HsObject *bytes_richcompare(HsObject *a, HsObject *b, int op) {
    if (!HsBytes_Check(a) || !HsBytes_Check(b)) {
        return Hs_NewRef(Hs_NotImplemented);
    }
    if (a == b && (op == HS_EQ || op == HS_NE || op == HS_LE || op == HS_GE)) {
        return HsBool_FromLong(op != HS_NE);
    }
    return HsBool_FromLong(hs_bytes_compare_buf(HsBytes_AS_STRING(a), Hs_SIZE(a),
                                                HsBytes_AS_STRING(b), Hs_SIZE(b), op));
}

static Hs_ssize_t bytes_length(HsObject *op) {
    return Hs_SIZE(op);
}

static HsObject *bytes_concat_slot(HsObject *a, HsObject *b) {
    return hs_bytes_concat(a, b);
}

/* b * n. CPython: bytes_repeat (b*1 is b for an exact bytes). */
static HsObject *bytes_repeat(HsObject *a, Hs_ssize_t n) {
    Hs_ssize_t len = Hs_SIZE(a);
    if (n < 0) {
        n = 0;
    }
    if (len > 0 && n > (HS_SSIZE_T_MAX - BYTES_HEADER - 1) / len) {
        return HsErr_Format(HsExc_OverflowError, "repeated bytes are too long");
    }
    if (n == 1 && HsBytes_CheckExact(a)) {
        return Hs_NewRef(a);
    }
    Hs_ssize_t size = len * n;
    if (size <= 1) {
        return HsBytes_FromStringAndSize(HsBytes_AS_STRING(a), size);
    }
    HsObject *r = bytes_alloc(size);
    if (r == NULL) {
        return NULL;
    }
    char *p = HsBytes_AS_STRING(r);
    if (len == 1) {
        memset(p, HsBytes_AS_STRING(a)[0], (size_t)size);
        return r;
    }
    memcpy(p, HsBytes_AS_STRING(a), (size_t)len);
    for (Hs_ssize_t done = len; done < size;) {
        Hs_ssize_t chunk = done <= size - done ? done : size - done;
        memcpy(p + done, p, (size_t)chunk);
        done += chunk;
    }
    return r;
}

static HsObject *bytes_item(HsObject *op, Hs_ssize_t i) {
    if (i < 0 || i >= Hs_SIZE(op)) {
        return HsErr_Format(HsExc_IndexError, "index out of range");
    }
    return HsLong_FromLong((unsigned char)HsBytes_AS_STRING(op)[i]);
}

/* b[key]: an int index gives an int, a slice (via the hook) a bytes. */
static HsObject *bytes_subscript(HsObject *op, HsObject *key) {
    HsNumberMethods *nb = Hs_TYPE(key)->tp_as_number;
    if (HsLong_Check(key) || (nb != NULL && nb->nb_index != NULL)) {
        Hs_ssize_t i = HsNumber_AsSsize_t(key, HsExc_IndexError);
        if (i == -1 && HsErr_Occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += Hs_SIZE(op);
        }
        return bytes_item(op, i);
    }
    Hs_ssize_t start, step, slicelen;
    int r = hs_bytes_slice_unpack(key, Hs_SIZE(op), &start, &step, &slicelen);
    if (r < 0) {
        return NULL;
    }
    if (r == 0) {
        return HsErr_Format(HsExc_TypeError, "byte indices must be integers or slices, not %.200s",
                            Hs_TYPE(key)->tp_name);
    }
    return hs_bytes_get_slice(op, start, step, slicelen);
}

static int bytes_contains(HsObject *op, HsObject *item) {
    return hs_bytes_contains_buf(HsBytes_AS_STRING(op), Hs_SIZE(op), item);
}

static HsObject *bytes_iter(HsObject *op) {
    return hs_bytes_iter_new(op);
}

/* ==== the constructor (CPython: bytes_new and its helpers) ==== */

/* bytes(iterable of ints); NULL without an exception when 'o' is not iterable. */
static HsObject *bytes_from_iterable(HsObject *o) {
    char *buf;
    Hs_ssize_t n;
    int rc = hs_bytes_collect_ints(o, &buf, &n);
    if (rc < 0) {
        if (rc == -1 && HsErr_ExceptionMatches(HsExc_ValueError)) {
            HsErr_Clear();
            HsErr_SetString(HsExc_ValueError, "bytes must be in range(0, 256)");
        }
        return NULL;
    }
    HsObject *r = HsBytes_FromStringAndSize(buf, n);
    hs_mem_free(buf);
    return r;
}

HsObject *HsBytes_FromObject(HsObject *o) {
    const char *buf;
    Hs_ssize_t len;
    if (HsBytes_CheckExact(o)) {
        return Hs_NewRef(o);
    }
    if (hs_bytes_view_check(o, &buf, &len)) {
        return HsBytes_FromStringAndSize(buf, len);
    }
    if (HsMemoryView_Check(o)) { // released, or not contiguous
        return hs_buffer_to_bytes(o);
    }
    HsObject *r = HsUnicode_Check(o) ? NULL : bytes_from_iterable(o);
    if (r == NULL && !HsErr_Occurred()) {
        return HsErr_Format(HsExc_TypeError, "cannot convert '%.200s' object to bytes",
                            Hs_TYPE(o)->tp_name);
    }
    return r;
}

/* type(o).__bytes__ bound to 'o' (CPython: _PyObject_LookupSpecial).
 * Return: new reference; NULL without an exception when the type has none. */
static HsObject *lookup_bytes_method(HsObject *o) {
    HsObject *name = HsUnicode_InternFromString("__bytes__");
    if (name == NULL) {
        return NULL;
    }
    HsObject *f = hs_type_lookup(Hs_TYPE(o), name);
    Hs_DECREF(name);
    if (f == NULL) {
        return NULL;
    }
    hs_descrgetfunc get = Hs_TYPE(f)->tp_descr_get;
    return get != NULL ? get(f, o, (HsObject *)Hs_TYPE(o)) : Hs_NewRef(f);
}

/* o.__bytes__() checked to be a bytes; NULL without an exception when there is none.
 * Return: new reference. */
static HsObject *call_bytes_method(HsObject *o) {
    HsObject *f = lookup_bytes_method(o);
    if (f == NULL) {
        return NULL;
    }
    HsObject *r = HsObject_Vectorcall(f, NULL, 0, NULL);
    Hs_DECREF(f);
    if (r != NULL && !HsBytes_Check(r)) {
        HsErr_Format(HsExc_TypeError, "__bytes__ returned non-bytes (type %.200s)",
                     Hs_TYPE(r)->tp_name);
        Hs_CLEAR(r);
    }
    return r;
}

HsObject *HsObject_Bytes(HsObject *o) {
    if (HsBytes_CheckExact(o)) {
        return Hs_NewRef(o);
    }
    HsObject *r = call_bytes_method(o);
    if (r != NULL || HsErr_Occurred()) {
        return r;
    }
    return HsBytes_FromObject(o);
}

/* bytes(source, encoding, errors) once the arguments are unpacked. */
static HsObject *bytes_new_impl(HsObject *x, HsObject *encoding, HsObject *errors) {
    if (x == NULL) {
        if (encoding != NULL || errors != NULL) {
            return HsErr_Format(HsExc_TypeError, encoding != NULL
                                                     ? "encoding without a string argument"
                                                     : "errors without a string argument");
        }
        return HsBytes_FromStringAndSize(NULL, 0);
    }
    if (encoding != NULL) {
        if (!HsUnicode_Check(x)) {
            return HsErr_Format(HsExc_TypeError, "encoding without a string argument");
        }
        const char *enc = HsUnicode_AsUTF8(encoding);
        const char *err = errors != NULL ? HsUnicode_AsUTF8(errors) : NULL;
        if (enc == NULL || (errors != NULL && err == NULL)) {
            return NULL;
        }
        return hs_codecs_encode(x, enc, err);
    }
    if (errors != NULL) {
        return HsErr_Format(HsExc_TypeError, HsUnicode_Check(x)
                                                 ? "string argument without an encoding"
                                                 : "errors without a string argument");
    }
    HsObject *viameth = call_bytes_method(x);
    if (viameth != NULL || HsErr_Occurred()) {
        return viameth;
    }
    if (HsUnicode_Check(x)) {
        return HsErr_Format(HsExc_TypeError, "string argument without an encoding");
    }
    HsNumberMethods *nb = Hs_TYPE(x)->tp_as_number;
    if (HsLong_Check(x) || (nb != NULL && nb->nb_index != NULL)) {
        Hs_ssize_t size = HsNumber_AsSsize_t(x, HsExc_OverflowError);
        if (size == -1 && HsErr_Occurred()) {
            if (!HsErr_ExceptionMatches(HsExc_TypeError)) {
                return NULL;
            }
            HsErr_Clear(); /* not an integer after all: fall through */
        } else {
            if (size < 0) {
                return HsErr_Format(HsExc_ValueError, "negative count");
            }
            HsObject *r = HsBytes_FromStringAndSize(NULL, size);
            if (r != NULL && size > 0) {
                memset(HsBytes_AS_STRING(r), 0, (size_t)size);
            }
            return r;
        }
    }
    return HsBytes_FromObject(x);
}

static HsObject *bytes_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kwlist[] = {"source", "encoding", "errors", NULL};
    static const HsArgParser parser = {"bytes", kwlist};
    HsObject *stack[8], *out[3];
    Hs_ssize_t nargs = args != NULL ? Hs_SIZE(args) : 0;
    HsObject *kwnames = NULL;
    if (hs_bytes_flatten_args(args, kwds, stack, 8, &kwnames) < 0) {
        return NULL;
    }
    int rc = hs_arg_unpack_keywords(stack, nargs, kwnames, &parser, 0, 3, 0, out);
    Hs_XDECREF(kwnames);
    if (rc < 0) {
        return NULL;
    }
    for (int i = 1; i < 3; i++) {
        if (out[i] != NULL && !HsUnicode_Check(out[i])) {
            return hs_arg_bad_argument("bytes", 0, kwlist[i], "str", out[i]) < 0 ? NULL : NULL;
        }
    }
    HsObject *r = bytes_new_impl(out[0], out[1], out[2]);
    if (r == NULL || type == &HsBytes_Type) {
        return r;
    }
    HsObject *sub = type->tp_alloc(type, Hs_SIZE(r));
    if (sub != NULL) {
        ((HsBytesObject *)sub)->ob_shash = -1;
        memcpy(HsBytes_AS_STRING(sub), HsBytes_AS_STRING(r), (size_t)Hs_SIZE(r) + 1);
    }
    Hs_DECREF(r);
    return sub;
}

/* ==== type object ==== */

static HsSequenceMethods bytes_as_sequence = {
    .sq_length = bytes_length,
    .sq_concat = bytes_concat_slot,
    .sq_repeat = bytes_repeat,
    .sq_item = bytes_item,
    .sq_contains = bytes_contains,
};

static HsMappingMethods bytes_as_mapping = {
    .mp_length = bytes_length,
    .mp_subscript = bytes_subscript,
};

HsTypeObject HsBytes_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "bytes",
    .tp_getattro = HsObject_GenericGetAttr, /* as CPython: its own __getattribute__ */
    .tp_basicsize = offsetof(HsBytesObject, ob_sval) + 1,
    .tp_itemsize = 1,
    .tp_dealloc = bytes_dealloc,
    .tp_as_sequence = &bytes_as_sequence,
    .tp_as_mapping = &bytes_as_mapping,
    .tp_as_number = &hs_bytes_as_number,
    .tp_hash = bytes_hash_slot,
    .tp_repr = bytes_repr,
    .tp_str = bytes_repr,
    .tp_flags = HS_TPFLAGS_BASETYPE | HS_TPFLAGS_BYTES_SUBCLASS,
    .tp_richcompare = bytes_richcompare,
    .tp_iter = bytes_iter,
    .tp_methods = hs_bytes_methods,
    .tp_new = bytes_new,
};

/* ==== the iterators (CPython: striterobject in bytesobject.c, bytearrayiterobject) ====
 * 'bytes_iterator' and 'bytearray_iterator': GC objects of 48 bytes with the GC head, as
 * sys.getsizeof(iter(b'')) in 3.11. it_seq is dropped (NULL) once exhausted. */
typedef struct BytesIterObject {
    HsObject ob_base;
    Hs_ssize_t it_index;
    HsObject *it_seq;
} BytesIterObject;

static void bytesiter_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    Hs_XDECREF(((BytesIterObject *)op)->it_seq);
    hs_gc_free(op);
}

static int bytesiter_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *seq = ((BytesIterObject *)op)->it_seq;
    return seq != NULL ? visit(seq, arg) : 0;
}

static int bytesiter_clear(HsObject *op) {
    Hs_CLEAR(((BytesIterObject *)op)->it_seq);
    return 0;
}

static HsObject *bytesiter_self(HsObject *op) {
    return Hs_NewRef(op);
}

/* The next byte as an int; NULL without an exception at the end. The length is read at
 * each step, so a bytearray that grows or shrinks while iterated is seen as it is. */
static HsObject *bytesiter_next(HsObject *op) {
    BytesIterObject *it = (BytesIterObject *)op;
    const char *p;
    Hs_ssize_t n;
    if (it->it_seq == NULL) {
        return NULL;
    }
    if (hs_bytes_view_check(it->it_seq, &p, &n) && it->it_index < n) {
        return HsLong_FromLong((unsigned char)p[it->it_index++]);
    }
    Hs_CLEAR(it->it_seq);
    return NULL;
}

static HsObject *bytesiter_length_hint(HsObject *op, HsObject *unused) {
    (void)unused;
    BytesIterObject *it = (BytesIterObject *)op;
    Hs_ssize_t n = it->it_seq != NULL ? Hs_SIZE(it->it_seq) - it->it_index : 0;
    return HsLong_FromSsize_t(n < 0 ? 0 : n);
}

static HsMethodDef bytesiter_methods[] = {
    {"__length_hint__", bytesiter_length_hint, HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

#define BYTES_ITER_TYPE(cname, pyname)                                                             \
    HsTypeObject cname = {                                                                         \
        .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),                                         \
        .tp_name = pyname,                                                                         \
        .tp_basicsize = sizeof(BytesIterObject),                                                   \
        .tp_dealloc = bytesiter_dealloc,                                                           \
        .tp_flags = HS_TPFLAGS_HAVE_GC,                                                            \
        .tp_traverse = bytesiter_traverse,                                                         \
        .tp_clear = bytesiter_clear,                                                               \
        .tp_iter = bytesiter_self,                                                                 \
        .tp_iternext = bytesiter_next,                                                             \
        .tp_methods = bytesiter_methods,                                                           \
    };
BYTES_ITER_TYPE(HsBytesIter_Type, "bytes_iterator")
BYTES_ITER_TYPE(HsByteArrayIter_Type, "bytearray_iterator")
#undef BYTES_ITER_TYPE

/* ==== internal API ==== */

HsObject *hs_bytes_iter_new(HsObject *seq) {
    HsTypeObject *tp = HsByteArray_Check(seq) ? &HsByteArrayIter_Type : &HsBytesIter_Type;
    BytesIterObject *it = (BytesIterObject *)hs_gc_alloc(tp, sizeof(BytesIterObject));
    if (it == NULL) {
        return HsErr_NoMemory();
    }
    it->it_index = 0;
    it->it_seq = Hs_NewRef(seq);
    hs_gc_track((HsObject *)it);
    return (HsObject *)it;
}

int hs_bytes_init_types(void) {
    if (HsType_Ready(&HsBytes_Type) < 0 || HsType_Ready(&HsBytesIter_Type) < 0 ||
        HsType_Ready(&HsByteArrayIter_Type) < 0) {
        return -1;
    }
    return hs_bytearray_init_type();
}

HsObject *hs_bytes_repr_buf(const char *s, Hs_ssize_t len, const char *prefix, const char *suffix) {
    int squote_always = prefix[0] != '\0'; /* bytearray_repr escapes ' even inside "..." */
    static const char hexdigits[] = "0123456789abcdef";
    int quote = '\'';
    if (memchr(s, '\'', (size_t)len) != NULL && memchr(s, '"', (size_t)len) == NULL) {
        quote = '"';
    }
    HsStrWriter w;
    hs_str_writer_init(&w);
    char q[2] = {(char)quote, 0};
    if (hs_str_writer_ascii(&w, prefix) < 0 || hs_str_writer_ascii(&w, "b") < 0 ||
        hs_str_writer_ascii(&w, q) < 0) {
        goto error;
    }
    for (Hs_ssize_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        char esc[5] = {0};
        if (c == quote || c == '\\' || (c == '\'' && squote_always)) {
            esc[0] = '\\', esc[1] = (char)c;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            esc[0] = '\\', esc[1] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        } else if (c < ' ' || c >= 0x7f) {
            esc[0] = '\\', esc[1] = 'x', esc[2] = hexdigits[c >> 4], esc[3] = hexdigits[c & 15];
        } else {
            esc[0] = (char)c;
        }
        if (hs_str_writer_ascii(&w, esc) < 0) {
            goto error;
        }
    }
    if (hs_str_writer_ascii(&w, q) < 0 || hs_str_writer_ascii(&w, suffix) < 0) {
        goto error;
    }
    return hs_str_writer_finish(&w);
error:
    hs_str_writer_discard(&w);
    return NULL;
}

HsObject *hs_bytes_fromhex(HsTypeObject *type, HsObject *string) {
    if (!HsUnicode_Check(string)) {
        return HsErr_Format(HsExc_TypeError, "fromhex() argument must be str, not %.50s",
                            Hs_TYPE(string)->tp_name);
    }
    Hs_ssize_t n = HS_STR_LEN(string), at = 0;
    char *buf = hs_mem_malloc((size_t)n / 2 + 1);
    if (buf == NULL) {
        return HsErr_NoMemory();
    }
    for (Hs_ssize_t i = 0; i < n;) {
        uint32_t c = HS_STR_READ_CHAR(string, i);
        if (c < 128 && IS_SPACE(c)) {
            i++;
            continue;
        }
        int hi = hex_value(c);
        int lo = i + 1 < n ? hex_value(HS_STR_READ_CHAR(string, i + 1)) : -1;
        if (hi < 0 || lo < 0) {
            hs_mem_free(buf);
            return HsErr_Format(HsExc_ValueError,
                                "non-hexadecimal number found in fromhex() arg at position %zd",
                                hi < 0 ? i : i + 1);
        }
        buf[at++] = (char)(hi * 16 + lo);
        i += 2;
    }
    HsObject *r = HsType_IsSubtype(type, &HsByteArray_Type) ? HsByteArray_FromStringAndSize(buf, at)
                                                            : HsBytes_FromStringAndSize(buf, at);
    hs_mem_free(buf);
    return r;
}

Hs_ssize_t hs_bytes_sizeof(HsObject *op) {
    return BYTES_HEADER + 1 + Hs_SIZE(op);
}

Hs_ssize_t hs_bytes_hash(HsObject *op) {
    HsBytesObject *b = (HsBytesObject *)op;
    if (b->ob_shash == -1) {
        b->ob_shash = hs_obj_hash_bytes(b->ob_sval, (size_t)Hs_SIZE(op));
    }
    return b->ob_shash;
}

HsObject *hs_bytes_concat(HsObject *a, HsObject *b) {
    const char *pa, *pb;
    Hs_ssize_t la, lb;
    if (!hs_bytes_view_check(a, &pa, &la) || !hs_bytes_view_check(b, &pb, &lb)) {
        HsObject *bad = hs_bytes_view_check(a, &pa, &la) ? b : a;
        return HsErr_Format(HsExc_TypeError, "can't concat %.100s to %.100s", Hs_TYPE(bad)->tp_name,
                            Hs_TYPE(a)->tp_name);
    }
    if (lb == 0 && HsBytes_CheckExact(a)) {
        return Hs_NewRef(a);
    }
    if (la == 0 && HsBytes_CheckExact(b)) {
        return Hs_NewRef(b);
    }
    if (la > HS_SSIZE_T_MAX - lb) {
        return HsErr_NoMemory();
    }
    if (la + lb <= 1) {
        return HsBytes_FromStringAndSize(la ? pa : pb, la + lb);
    }
    HsObject *r = bytes_alloc(la + lb);
    if (r != NULL) {
        memcpy(HsBytes_AS_STRING(r), pa, (size_t)la);
        memcpy(HsBytes_AS_STRING(r) + la, pb, (size_t)lb);
    }
    return r;
}

/* ==== public API ==== */

HsObject *HsBytes_FromStringAndSize(const char *s, Hs_ssize_t size) {
    if (size == 0) {
        return Hs_NewRef((HsObject *)&empty_bytes);
    }
    if (size == 1 && s != NULL) {
        return char_singleton((unsigned char)s[0]);
    }
    HsObject *op = bytes_alloc(size);
    if (op != NULL && s != NULL) {
        memcpy(HsBytes_AS_STRING(op), s, (size_t)size);
    }
    return op;
}

HsObject *HsBytes_FromString(const char *s) {
    return HsBytes_FromStringAndSize(s, (Hs_ssize_t)strlen(s));
}
