/* memoryview, its managed buffer and its iterator, and the buffer protocol of bytes and
 * bytearray (CPython 3.11: Objects/memoryobject.c; bytes_getbuffer, bytearray_getbuffer).
 * A memoryview made from an object holds a 'managedbuffer', which owns the one export taken
 * from the object (one reference to it, and one count in bytearray's ob_exports). Slices,
 * casts and memoryview(view) share the managed buffer; it gives the export back when the
 * last view registered with it is released. Layouts are CPython's, so sys.getsizeof of a
 * 1-D memoryview is 184 and of a managed buffer 128.
 * Invariants: a released view (MV_RELEASED) never touches mv_view.buf again; mv_view.obj
 * is borrowed from the managed buffer; shape and strides point into mv_array; only ndim 1
 * views exist. Item formats are native single characters ("B", "@i", ...), see FORMATS. */
#include "internal/hs_obj_memory.h"
#include "internal/hs_obj_weakref.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_hash.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_long.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ==== types and constants ==== */

/* CPython: _PyManagedBufferObject. mb_exports counts the views registered with it. */
typedef struct ManagedBufferObject {
    HsObject ob_base;
    int mb_flags; /* MB_RELEASED */
    Hs_ssize_t mb_exports;
    HsBuffer mb_master;
} ManagedBufferObject;

/* CPython: PyMemoryViewObject. ob_size is 3 * ndim (the items of mv_array). */
typedef struct MemoryViewObject {
    HsVarObject ob_base;
    ManagedBufferObject *mv_mbuf;
    Hs_ssize_t mv_hash; /* -1 until hashed */
    int mv_flags;       /* MV_RELEASED */
    Hs_ssize_t mv_exports;
    HsBuffer mv_view;
    HsObject *mv_weakreflist;
    Hs_ssize_t mv_array[1]; /* shape[ndim], strides[ndim], suboffsets[ndim] */
} MemoryViewObject;

#define MB_RELEASED 1
#define MV_RELEASED 1
#define MV(op) ((MemoryViewObject *)(op))
#define MV_HEADER ((Hs_ssize_t)offsetof(MemoryViewObject, mv_array))

/* The native formats (CPython: get_native_fmtchar); 'at' is the '@'-prefixed spelling. */
typedef struct Format {
    char code;
    Hs_ssize_t size;
    const char *name, *at;
} Format;

static const Format FORMATS[] = {
    {'B', 1, "B", "@B"}, {'b', 1, "b", "@b"}, {'c', 1, "c", "@c"}, {'?', 1, "?", "@?"},
    {'h', 2, "h", "@h"}, {'H', 2, "H", "@H"}, {'i', 4, "i", "@i"}, {'I', 4, "I", "@I"},
    {'l', 8, "l", "@l"}, {'L', 8, "L", "@L"}, {'q', 8, "q", "@q"}, {'Q', 8, "Q", "@Q"},
    {'n', 8, "n", "@n"}, {'N', 8, "N", "@N"}, {'f', 4, "f", "@f"}, {'d', 8, "d", "@d"},
    {'P', 8, "P", "@P"},
};

static const char MSG_RELEASED[] = "operation forbidden on released memoryview object";

/* ==== static helpers: formats, items ==== */

/* The entry of a native single-character format string, or NULL. */
static const Format *find_format(const char *fmt) {
    if (fmt[0] == '@') {
        fmt++;
    }
    if (fmt[0] == '\0' || fmt[1] != '\0') {
        return NULL;
    }
    for (size_t i = 0; i < sizeof FORMATS / sizeof FORMATS[0]; i++) {
        if (FORMATS[i].code == fmt[0]) {
            return &FORMATS[i];
        }
    }
    return NULL;
}

static char fmt_char(const char *fmt) {
    return fmt[0] == '@' ? fmt[1] : fmt[0];
}

static int is_byte_format(char c) {
    return c == 'B' || c == 'b' || c == 'c';
}

static int check_released(HsObject *self) {
    if (MV(self)->mv_flags & MV_RELEASED) {
        HsErr_SetString(HsExc_ValueError, MSG_RELEASED);
        return -1;
    }
    return 0;
}

/* The item at 'p' as a Python object. Return: new reference. CPython: unpack_single. */
static HsObject *unpack_item(const char *p, char c) {
    union {
        int8_t i8;
        uint16_t u16;
        int16_t i16;
        uint32_t u32;
        int32_t i32;
        uint64_t u64;
        int64_t i64;
        float f;
        double d;
    } u;
    switch (c) {
    case 'B':
        return HsLong_FromLong(*(const unsigned char *)p);
    case 'b':
        memcpy(&u.i8, p, 1);
        return HsLong_FromLong(u.i8);
    case 'c':
        return HsBytes_FromStringAndSize(p, 1);
    case '?':
        return HsBool_FromLong(*p != 0);
    case 'h':
        memcpy(&u.i16, p, 2);
        return HsLong_FromLong(u.i16);
    case 'H':
        memcpy(&u.u16, p, 2);
        return HsLong_FromLong(u.u16);
    case 'i':
        memcpy(&u.i32, p, 4);
        return HsLong_FromLong(u.i32);
    case 'I':
        memcpy(&u.u32, p, 4);
        return HsLong_FromLongLong(u.u32);
    case 'l':
    case 'q':
    case 'n':
        memcpy(&u.i64, p, 8);
        return HsLong_FromLongLong(u.i64);
    case 'f':
        memcpy(&u.f, p, 4);
        return HsFloat_FromDouble(u.f);
    case 'd':
        memcpy(&u.d, p, 8);
        return HsFloat_FromDouble(u.d);
    case 'L':
    case 'Q':
    case 'N':
    case 'P':
        memcpy(&u.u64, p, 8);
        return HsLong_FromUnsignedLongLong(u.u64);
    default: // an exporter's format memoryview cannot read ("w" of array('u'))
        return HsErr_Format(HsExc_NotImplementedError, "memoryview: format %c not supported", c);
    }
}

/* "memoryview: invalid type/value for format 'X'" (CPython: type_error_int,
 * value_error_int). Returns -1. */
static int item_error(int value, const char *fmt) {
    HsErr_Format(value ? HsExc_ValueError : HsExc_TypeError,
                 "memoryview: invalid %s for format '%s'", value ? "value" : "type", fmt);
    return -1;
}

/* An integer item: __index__ of 'v' (TypeError -> invalid type), within [lo, hi] for a
 * signed format, or [0, uhi] for an unsigned one (else invalid value). 0 or -1. */
static int int_item(HsObject *v, const char *fmt, int is_unsigned, long long lo, long long hi,
                    unsigned long long uhi, unsigned long long *out) {
    HsObject *idx = HsNumber_Index(v);
    if (idx == NULL) {
        if (!HsErr_ExceptionMatches(HsExc_TypeError)) {
            return -1;
        }
        HsErr_Clear();
        return item_error(0, fmt);
    }
    int rc = 0;
    if (is_unsigned) {
        uint64_t u = 0;
        int st = hs_obj_long_to_uint64(((HsLongObject *)idx)->ob_digit, Hs_SIZE(idx), &u);
        if (st != HS_LONG_OK || u > uhi) {
            rc = item_error(1, fmt);
        }
        *out = u;
    } else {
        int overflow = 0;
        long long x = hs_int_as_longlong_and_overflow(idx, &overflow);
        if (overflow || x < lo || x > hi) {
            rc = item_error(1, fmt);
        }
        *out = (unsigned long long)x;
    }
    Hs_DECREF(idx);
    return rc;
}

/* Store the integer 'v' as one item of the integer format 'fmt' at 'p': signed for
 * b h i l q n, unsigned for B H I L Q N P, range from the item size. 0 or -1. */
static int pack_int(char *p, HsObject *v, const char *fmt) {
    const Format *f = find_format(fmt);
    int bits = (int)f->size * 8;
    int is_unsigned = (f->code >= 'A' && f->code <= 'Z') || f->code == 'P';
    long long hi = (long long)((1ULL << (bits - 1)) - 1);
    unsigned long long uhi = bits == 64 ? UINT64_MAX : (1ULL << bits) - 1;
    unsigned long long u = 0;
    if (int_item(v, fmt, is_unsigned, -hi - 1, hi, uhi, &u) < 0) {
        return -1;
    }
    uint8_t u8 = (uint8_t)u;
    uint16_t u16 = (uint16_t)u;
    uint32_t u32 = (uint32_t)u;
    uint64_t u64 = (uint64_t)u;
    const void *src = bits == 8    ? (void *)&u8
                      : bits == 16 ? (void *)&u16
                      : bits == 32 ? (void *)&u32
                                   : (void *)&u64;
    memcpy(p, src, (size_t)f->size);
    return 0;
}

/* Store 'v' as one item of format 'fmt' at 'p'. 0, or -1 with CPython's pack_single
 * errors. */
static int pack_item(char *p, HsObject *v, const char *fmt) {
    char c = fmt_char(fmt);
    if (find_format(fmt) == NULL) {
        HsErr_Format(HsExc_NotImplementedError, "memoryview: format %s not supported", fmt);
        return -1;
    }
    if (c == 'c') {
        if (!HsBytes_Check(v)) {
            return item_error(0, fmt);
        }
        if (Hs_SIZE(v) != 1) {
            return item_error(1, fmt);
        }
        *p = HsBytes_AS_STRING(v)[0];
        return 0;
    }
    if (c == '?') {
        int truth = HsObject_IsTrue(v);
        if (truth < 0) {
            return -1;
        }
        *p = (char)truth;
        return 0;
    }
    if (c == 'f' || c == 'd') {
        double d = HsFloat_AsDouble(v);
        if (d == -1.0 && HsErr_Occurred()) {
            if (!HsErr_ExceptionMatches(HsExc_TypeError)) {
                return -1;
            }
            HsErr_Clear();
            return item_error(0, fmt);
        }
        float f = (float)d;
        memcpy(p, c == 'f' ? (void *)&f : (void *)&d, c == 'f' ? 4 : 8);
        return 0;
    }
    return pack_int(p, v, fmt);
}

/* ==== the buffer protocol of bytes, bytearray and memoryview ==== */

/* CPython: memory_getbuf. The view is the memoryview's own; 'obj' is the memoryview. */
static int memory_getbuf(HsObject *self, HsBuffer *view, int flags) {
    if (check_released(self) < 0) {
        return -1;
    }
    if ((flags & HS_BUF_WRITABLE) && MV(self)->mv_view.readonly) {
        HsErr_SetString(HsExc_BufferError, "memoryview: underlying buffer is not writable");
        return -1;
    }
    *view = MV(self)->mv_view;
    view->obj = Hs_NewRef(self);
    MV(self)->mv_exports++;
    return 0;
}

/* The exporters registered by upper layers (array.array). */
#define MAX_EXPORTERS 8
static struct {
    HsTypeObject *type;
    hs_getbufferproc get;
    hs_releasebufferproc release;
} exporters[MAX_EXPORTERS];
static int n_exporters;

int hs_buffer_register_exporter(HsTypeObject *type, hs_getbufferproc get,
                                hs_releasebufferproc release) {
    for (int i = 0; i < n_exporters; i++) {
        if (exporters[i].type == type) {
            return 0;
        }
    }
    if (n_exporters == MAX_EXPORTERS) {
        HsErr_SetString(HsExc_RuntimeError, "too many buffer exporter types");
        return -1;
    }
    exporters[n_exporters].type = type;
    exporters[n_exporters].get = get;
    exporters[n_exporters].release = release;
    n_exporters++;
    return 0;
}

/* The registered exporter entry 'o' is an instance of, or -1. */
static int find_exporter(HsObject *o) {
    for (int i = 0; i < n_exporters; i++) {
        if (HsObject_TypeCheck(o, exporters[i].type)) {
            return i;
        }
    }
    return -1;
}

int hs_buffer_exporter_view(HsObject *o, const char **buf, Hs_ssize_t *len) {
    int k = n_exporters > 0 ? find_exporter(o) : -1;
    HsBuffer view;
    if (k < 0 || exporters[k].get(o, &view, HS_BUF_SIMPLE) < 0) {
        if (k >= 0) {
            HsErr_Clear();
        }
        return 0;
    }
    exporters[k].release(o, &view);
    *buf = view.buf;
    *len = view.len;
    return 1;
}

int hs_buffer_check(HsObject *o) {
    return HsBytes_Check(o) || HsByteArray_Check(o) || HsMemoryView_Check(o) ||
           (n_exporters > 0 && find_exporter(o) >= 0);
}

int hs_buffer_get(HsObject *o, HsBuffer *view, int flags) {
    memset(view, 0, sizeof *view);
    if (HsMemoryView_Check(o)) {
        return memory_getbuf(o, view, flags);
    }
    if (HsBytes_Check(o)) {
        if (flags & HS_BUF_WRITABLE) {
            HsErr_SetString(HsExc_BufferError, "Object is not writable.");
            return -1;
        }
        view->buf = HsBytes_AS_STRING(o);
        view->readonly = 1;
    } else if (HsByteArray_Check(o)) {
        view->buf = HsByteArray_AS_STRING(o);
        ((HsByteArrayObject *)o)->ob_exports++;
    } else if (n_exporters > 0 && find_exporter(o) >= 0) {
        if (exporters[find_exporter(o)].get(o, view, flags) < 0) {
            return -1;
        }
        view->obj = Hs_NewRef(o);
        view->ndim = 1;
        return 0;
    } else {
        HsErr_Format(HsExc_TypeError, "a bytes-like object is required, not '%.100s'",
                     Hs_TYPE(o)->tp_name);
        return -1;
    }
    view->obj = Hs_NewRef(o);
    view->len = Hs_SIZE(o);
    view->itemsize = 1;
    view->ndim = 1;
    view->format = "B";
    return 0;
}

void hs_buffer_release(HsBuffer *view) {
    HsObject *o = view->obj;
    if (o == NULL) {
        return;
    }
    view->obj = NULL;
    if (HsMemoryView_Check(o)) {
        MV(o)->mv_exports--;
    } else if (HsByteArray_Check(o)) {
        ((HsByteArrayObject *)o)->ob_exports--;
    } else if (n_exporters > 0 && find_exporter(o) >= 0) {
        exporters[find_exporter(o)].release(o, view);
    }
    Hs_DECREF(o);
}

/* ==== the managed buffer (CPython: _PyManagedBufferObject) ==== */

/* A managed buffer holding o's export. Return: new reference. CPython: mbuf_from_object */
static ManagedBufferObject *mbuf_from_object(HsObject *o) {
    ManagedBufferObject *mb =
        (ManagedBufferObject *)hs_gc_alloc(&HsManagedBuffer_Type, sizeof(ManagedBufferObject));
    if (mb == NULL) {
        HsErr_NoMemory();
        return NULL;
    }
    mb->mb_flags = 0;
    mb->mb_exports = 0;
    if (hs_buffer_get(o, &mb->mb_master, HS_BUF_SIMPLE) < 0) {
        mb->mb_flags = MB_RELEASED;
        Hs_DECREF(mb);
        return NULL;
    }
    hs_gc_track((HsObject *)mb);
    return mb;
}

/* Give the export back (once). CPython: mbuf_release. */
static void mbuf_release(ManagedBufferObject *mb) {
    if (mb->mb_flags & MB_RELEASED) {
        return;
    }
    mb->mb_flags |= MB_RELEASED;
    hs_gc_untrack((HsObject *)mb);
    hs_buffer_release(&mb->mb_master);
}

static void mbuf_dealloc(HsObject *op) {
    mbuf_release((ManagedBufferObject *)op);
    hs_gc_untrack(op);
    hs_gc_free(op);
}

static int mbuf_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *o = ((ManagedBufferObject *)op)->mb_master.obj;
    return o != NULL ? visit(o, arg) : 0;
}

static int mbuf_clear(HsObject *op) {
    mbuf_release((ManagedBufferObject *)op);
    return 0;
}

HsTypeObject HsManagedBuffer_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "managedbuffer",
    .tp_basicsize = sizeof(ManagedBufferObject),
    .tp_dealloc = mbuf_dealloc,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = mbuf_traverse,
    .tp_clear = mbuf_clear,
};

/* ==== creating views ==== */

/* A new 1-D view registered with 'mb', copying the layout of 'src' (buf, len, format,
 * shape[0], strides[0]...). Return: new reference. CPython: mbuf_add_view. */
static HsObject *mbuf_add_view(ManagedBufferObject *mb, const HsBuffer *src) {
    Hs_ssize_t ndim = 1;
    MemoryViewObject *mv =
        (MemoryViewObject *)hs_gc_alloc(&HsMemoryView_Type, (size_t)(MV_HEADER + 3 * ndim * 8));
    if (mv == NULL) {
        return HsErr_NoMemory();
    }
    Hs_SIZE(mv) = 3 * ndim;
    mv->mv_hash = -1;
    mv->mv_flags = 0;
    mv->mv_exports = 0;
    mv->mv_weakreflist = NULL;
    mv->mv_view = *src;
    mv->mv_view.ndim = 1;
    mv->mv_view.shape = &mv->mv_array[0];
    mv->mv_view.strides = &mv->mv_array[1];
    mv->mv_view.suboffsets = NULL;
    mv->mv_view.internal = NULL;
    mv->mv_array[0] = src->shape != NULL ? src->shape[0] : src->len / src->itemsize;
    mv->mv_array[1] = src->strides != NULL ? src->strides[0] : src->itemsize;
    mv->mv_array[2] = 0;
    mv->mv_mbuf = (ManagedBufferObject *)Hs_NewRef((HsObject *)mb);
    mb->mb_exports++;
    hs_gc_track((HsObject *)mv);
    return (HsObject *)mv;
}

/* A new view like 'self' (which must not be released). Return: new reference. */
static HsObject *view_copy(HsObject *self) {
    return mbuf_add_view(MV(self)->mv_mbuf, &MV(self)->mv_view);
}

HsObject *HsMemoryView_FromObject(HsObject *o) {
    if (HsMemoryView_Check(o)) {
        return check_released(o) < 0 ? NULL : view_copy(o);
    }
    if (!hs_buffer_check(o)) {
        return HsErr_Format(HsExc_TypeError,
                            "memoryview: a bytes-like object is required, not '%.200s'",
                            Hs_TYPE(o)->tp_name);
    }
    ManagedBufferObject *mb = mbuf_from_object(o);
    if (mb == NULL) {
        return NULL;
    }
    HsObject *mv = mbuf_add_view(mb, &mb->mb_master);
    Hs_DECREF(mb);
    return mv;
}

/* ==== release, dealloc, GC ==== */

/* CPython: _memory_release. 0, or -1 with BufferError while the view exports buffers. */
static int memory_release(HsObject *self) {
    MemoryViewObject *mv = MV(self);
    if (mv->mv_flags & MV_RELEASED) {
        return 0;
    }
    if (mv->mv_exports > 0) {
        HsErr_Format(HsExc_BufferError, "memoryview has %zd exported buffer%s", mv->mv_exports,
                     mv->mv_exports == 1 ? "" : "s");
        return -1;
    }
    mv->mv_flags |= MV_RELEASED;
    if (--mv->mv_mbuf->mb_exports == 0) {
        mbuf_release(mv->mv_mbuf);
    }
    return 0;
}

static void memory_dealloc(HsObject *self) {
    hs_gc_untrack(self);
    if (memory_release(self) < 0) { // cannot happen: an export holds a reference to self
        HsErr_Clear();
    }
    if (MV(self)->mv_weakreflist != NULL) {
        HsObject_ClearWeakRefs(self);
    }
    Hs_CLEAR(MV(self)->mv_mbuf);
    hs_gc_free(self);
}

static int memory_traverse(HsObject *self, hs_visitproc visit, void *arg) {
    HsObject *mb = (HsObject *)MV(self)->mv_mbuf;
    return mb != NULL ? visit(mb, arg) : 0;
}

static int memory_clear(HsObject *self) {
    if (memory_release(self) < 0) {
        HsErr_Clear();
    }
    Hs_CLEAR(MV(self)->mv_mbuf);
    return 0;
}

/* ==== items and slices ==== */

static int is_c_contiguous(const HsBuffer *v) {
    return v->shape[0] <= 1 || v->strides[0] == v->itemsize;
}

/* The address of item 'index' (negative counts from the end), or NULL with IndexError.
 * CPython: ptr_from_index. */
static char *item_ptr(HsObject *self, Hs_ssize_t index) {
    HsBuffer *v = &MV(self)->mv_view;
    if (index < 0) {
        index += v->shape[0];
    }
    if (index < 0 || index >= v->shape[0]) {
        HsErr_SetString(HsExc_IndexError, "index out of bounds on dimension 1");
        return NULL;
    }
    return (char *)v->buf + index * v->strides[0];
}

/* The items of 'v' (1-D, any strides) copied in order into 'out' (v->len bytes). */
static void copy_to_contiguous(const HsBuffer *v, char *out) {
    if (v->strides == NULL || is_c_contiguous(v)) {
        memcpy(out, v->buf, (size_t)v->len);
        return;
    }
    for (Hs_ssize_t i = 0; i < v->shape[0]; i++) {
        memcpy(out + i * v->itemsize, (char *)v->buf + i * v->strides[0], (size_t)v->itemsize);
    }
}

/* A sub-view for a slice key (CPython: init_slice on a copy of the view).
 * Return: new reference. */
static HsObject *memory_slice(HsObject *self, HsObject *key) {
    Hs_ssize_t start, stop, step;
    if (hs_slice_unpack(key, &start, &stop, &step) < 0 || check_released(self) < 0) {
        return NULL;
    }
    HsBuffer *v = &MV(self)->mv_view;
    Hs_ssize_t n = hs_slice_adjust_indices(v->shape[0], &start, &stop, step);
    HsObject *r = view_copy(self);
    if (r != NULL) {
        HsBuffer *w = &MV(r)->mv_view;
        w->buf = (char *)v->buf + start * v->strides[0];
        w->shape[0] = n;
        w->strides[0] = v->strides[0] * step;
        w->len = n * v->itemsize;
    }
    return r;
}

/* 1 when 'key' is an int or __index__ object, 0 otherwise. */
static int is_index(HsObject *key) {
    HsNumberMethods *nb = Hs_TYPE(key)->tp_as_number;
    return HsLong_Check(key) || (nb != NULL && nb->nb_index != NULL);
}

/* A tuple key on a 1-D view (CPython: is_multiindex / is_multislice and memory_item_multi):
 * (i,) is the index i (1, the item in *key_out); other tuples raise (-1). 0 when 'key' is
 * no tuple. */
static int tuple_key(HsObject *key, HsObject **key_out) {
    if (!HsTuple_Check(key)) {
        return 0;
    }
    Hs_ssize_t n = Hs_SIZE(key), ints = 0, slices = 0;
    for (Hs_ssize_t i = 0; i < n; i++) {
        ints += is_index(HS_TUPLE_GET(key, i));
        slices += HsSlice_Check(HS_TUPLE_GET(key, i));
    }
    if (ints == n && n == 1) {
        *key_out = HS_TUPLE_GET(key, 0);
        return 1;
    }
    if (ints == n && n > 1) {
        HsErr_Format(HsExc_TypeError, "cannot index 1-dimension view with %zd-element tuple", n);
    } else if (ints == n) {
        HsErr_SetString(HsExc_NotImplementedError, "sub-views are not implemented");
    } else if (ints + slices == n) {
        HsErr_SetString(HsExc_NotImplementedError, "multi-dimensional slicing is not implemented");
    } else {
        HsErr_SetString(HsExc_TypeError, "memoryview: invalid slice key");
    }
    return -1;
}

/* m[key]: an item for an integer, a view for a slice (Ellipsis is for 0-dim views only).
 * CPython: memory_subscript. Return: new reference. */
static HsObject *memory_subscript(HsObject *self, HsObject *key) {
    if (check_released(self) < 0 || tuple_key(key, &key) < 0) {
        return NULL;
    }
    if (is_index(key)) {
        Hs_ssize_t i = HsNumber_AsSsize_t(key, HsExc_IndexError);
        if ((i == -1 && HsErr_Occurred()) || check_released(self) < 0) { // __index__ ran
            return NULL;
        }
        char *p = item_ptr(self, i);
        return p != NULL ? unpack_item(p, fmt_char(MV(self)->mv_view.format)) : NULL;
    }
    if (HsSlice_Check(key)) {
        return memory_slice(self, key);
    }
    return HsErr_Format(HsExc_TypeError, "memoryview: invalid slice key");
}

/* m[slice] = value: value's buffer must have the slice's format, item size and length.
 * CPython: the 1-D slice path of memory_ass_sub with copy_single. */
static int assign_slice(HsObject *self, HsObject *key, HsObject *value) {
    HsBuffer src;
    Hs_ssize_t start, stop, step, n = 0;
    if (hs_slice_unpack(key, &start, &stop, &step) < 0 || check_released(self) < 0 ||
        hs_buffer_get(value, &src, HS_BUF_SIMPLE) < 0) {
        return -1;
    }
    HsBuffer *v = &MV(self)->mv_view;
    int rc = 0;
    {
        n = hs_slice_adjust_indices(v->shape[0], &start, &stop, step);
        Hs_ssize_t srcn = src.shape != NULL ? src.shape[0] : src.len / src.itemsize;
        if (strcmp(src.format, v->format) != 0 || src.itemsize != v->itemsize || srcn != n) {
            HsErr_SetString(HsExc_ValueError,
                            "memoryview assignment: lvalue and rvalue have different structures");
            rc = -1;
        }
    }
    char *tmp = rc == 0 ? hs_mem_raw_malloc((size_t)(n * v->itemsize) + 1) : NULL;
    if (rc == 0 && tmp == NULL) {
        HsErr_NoMemory();
        rc = -1;
    }
    if (rc == 0) { // through a copy: source and destination may overlap
        copy_to_contiguous(&src, tmp);
        for (Hs_ssize_t i = 0; i < n; i++) {
            memcpy((char *)v->buf + (start + i * step) * v->strides[0], tmp + i * v->itemsize,
                   (size_t)v->itemsize);
        }
    }
    hs_mem_raw_free(tmp);
    hs_buffer_release(&src);
    return rc;
}

/* m[key] = value (value NULL: del). CPython: memory_ass_sub. */
static int memory_ass_subscript(HsObject *self, HsObject *key, HsObject *value) {
    if (check_released(self) < 0) {
        return -1;
    }
    HsBuffer *v = &MV(self)->mv_view;
    if (v->readonly) {
        HsErr_SetString(HsExc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (value == NULL) {
        HsErr_SetString(HsExc_TypeError, "cannot delete memory");
        return -1;
    }
    if (tuple_key(key, &key) < 0) {
        return -1;
    }
    if (is_index(key)) {
        Hs_ssize_t i = HsNumber_AsSsize_t(key, HsExc_IndexError);
        char packed[8]; // packed first: __index__ / __bool__ of 'value' may release the view
        if ((i == -1 && HsErr_Occurred()) || check_released(self) < 0 ||
            item_ptr(self, i) == NULL || pack_item(packed, value, v->format) < 0 ||
            check_released(self) < 0) {
            return -1;
        }
        char *p = item_ptr(self, i);
        if (p != NULL) {
            memcpy(p, packed, (size_t)v->itemsize);
        }
        return p != NULL ? 0 : -1;
    }
    if (HsSlice_Check(key)) {
        return assign_slice(self, key, value);
    }
    HsErr_SetString(HsExc_TypeError, "memoryview: invalid slice key");
    return -1;
}

static Hs_ssize_t memory_length(HsObject *self) {
    return check_released(self) < 0 ? -1 : MV(self)->mv_view.shape[0];
}

/* ==== repr, comparison, hash ==== */

static HsObject *memory_repr(HsObject *self) {
    if (MV(self)->mv_flags & MV_RELEASED) {
        return HsUnicode_FromFormat("<released memory at %p>", (void *)self);
    }
    return HsUnicode_FromFormat("<memory at %p>", (void *)self);
}

/* Items of two 1-D buffers of equal length compared as Python values (so 'B' 1 equals
 * 'd' 1.0 and a NaN never equals itself): 1, 0 or -1. CPython: cmp_base / unpack_cmp. */
static int items_equal(const HsBuffer *a, Hs_ssize_t astride, const HsBuffer *b, Hs_ssize_t bstride,
                       Hs_ssize_t n) {
    char ac = fmt_char(a->format), bc = fmt_char(b->format);
    for (Hs_ssize_t i = 0; i < n; i++) {
        const char *pa = (const char *)a->buf + i * astride;
        const char *pb = (const char *)b->buf + i * bstride;
        if (ac == bc && ac != 'f' && ac != 'd' && memcmp(pa, pb, (size_t)a->itemsize) == 0) {
            continue;
        }
        HsObject *x = unpack_item(pa, ac), *y = x != NULL ? unpack_item(pb, bc) : NULL;
        int eq = y != NULL ? HsObject_RichCompareBool(x, y, HS_EQ) : -1;
        Hs_XDECREF(x);
        Hs_XDECREF(y);
        if (eq <= 0) {
            return eq;
        }
    }
    return 1;
}

/* == and != with another view or exporter; NotImplemented otherwise. A released view
 * equals only itself. CPython: memory_richcompare. */
static HsObject *memory_richcompare(HsObject *v, HsObject *w, int op) {
    if ((op != HS_EQ && op != HS_NE) || !hs_buffer_check(w)) {
        return Hs_NewRef(Hs_NotImplemented);
    }
    int equal;
    if ((MV(v)->mv_flags & MV_RELEASED) ||
        (HsMemoryView_Check(w) && (MV(w)->mv_flags & MV_RELEASED))) {
        equal = v == w;
    } else {
        HsBuffer wb;
        if (hs_buffer_get(w, &wb, HS_BUF_SIMPLE) < 0) {
            HsErr_Clear();
            return Hs_NewRef(Hs_NotImplemented);
        }
        const HsBuffer *vb = &MV(v)->mv_view;
        Hs_ssize_t wn = wb.shape != NULL ? wb.shape[0] : wb.len / wb.itemsize;
        Hs_ssize_t ws = wb.strides != NULL ? wb.strides[0] : wb.itemsize;
        equal = vb->shape[0] != wn ? 0 : items_equal(vb, vb->strides[0], &wb, ws, wn);
        hs_buffer_release(&wb);
        if (equal < 0) {
            return NULL;
        }
    }
    return HsBool_FromLong(op == HS_EQ ? equal : !equal);
}

/* hash(m) of a read-only byte-format view: hash(m.tobytes()), cached. CPython: memory_hash */
static Hs_ssize_t memory_hash(HsObject *self) {
    MemoryViewObject *mv = MV(self);
    if (mv->mv_hash != -1) {
        return mv->mv_hash;
    }
    if (check_released(self) < 0) {
        return -1;
    }
    if (!mv->mv_view.readonly) {
        HsErr_SetString(HsExc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (!is_byte_format(fmt_char(mv->mv_view.format))) {
        HsErr_SetString(HsExc_ValueError,
                        "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    if (mv->mv_view.obj != NULL && HsObject_Hash(mv->mv_view.obj) == -1) {
        return -1;
    }
    char *tmp = hs_mem_raw_malloc((size_t)mv->mv_view.len + 1);
    if (tmp == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    copy_to_contiguous(&mv->mv_view, tmp);
    mv->mv_hash = hs_obj_hash_bytes(tmp, (size_t)mv->mv_view.len);
    hs_mem_raw_free(tmp);
    return mv->mv_hash;
}

/* ==== methods ==== */

/* m.tobytes() for a live view. Return: new reference. */
static HsObject *view_tobytes(HsObject *self) {
    HsBuffer *v = &MV(self)->mv_view;
    if (is_c_contiguous(v)) {
        return HsBytes_FromStringAndSize(v->buf, v->len);
    }
    HsObject *r = HsBytes_FromStringAndSize(NULL, v->len);
    if (r != NULL) {
        copy_to_contiguous(v, HsBytes_AS_STRING(r));
    }
    return r;
}

/* tobytes(order=None): order is None, 'C', 'F' or 'A' (all the same in one dimension). */
static HsObject *memory_tobytes(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                HsObject *kwnames) {
    static const char *const kw[] = {"order", NULL};
    static const HsArgParser parser = {"tobytes", kw};
    HsObject *a[1];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 1, 0, a) < 0 ||
        check_released(self) < 0) {
        return NULL;
    }
    if (a[0] != NULL && a[0] != Hs_None) {
        if (!HsUnicode_Check(a[0])) {
            return hs_arg_bad_argument("tobytes", 0, "order", "str or None", a[0]) < 0 ? NULL
                                                                                       : NULL;
        }
        const char *o = HsUnicode_AsUTF8(a[0]);
        if (o == NULL) {
            return NULL;
        }
        if (strcmp(o, "C") != 0 && strcmp(o, "F") != 0 && strcmp(o, "A") != 0) {
            return HsErr_Format(HsExc_ValueError, "order must be 'C', 'F' or 'A'");
        }
    }
    return view_tobytes(self);
}

static HsObject *memory_tolist(HsObject *self, HsObject *unused) {
    (void)unused;
    if (check_released(self) < 0) {
        return NULL;
    }
    HsBuffer *v = &MV(self)->mv_view;
    HsObject *list = HsList_New(v->shape[0]);
    char c = fmt_char(v->format);
    for (Hs_ssize_t i = 0; list != NULL && i < v->shape[0]; i++) {
        HsObject *item = unpack_item((const char *)v->buf + i * v->strides[0], c);
        if (item == NULL) {
            Hs_CLEAR(list);
            break;
        }
        HS_LIST_SET(list, i, item);
    }
    return list;
}

/* hex(sep=<unset>, bytes_per_sep=1): bytes.hex of m.tobytes(), with its arguments. */
static HsObject *memory_hex(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                            HsObject *kwnames) {
    if (check_released(self) < 0) {
        return NULL;
    }
    Hs_ssize_t nkw = kwnames != NULL ? Hs_SIZE(kwnames) : 0;
    if (nargs + nkw > 2) {
        return HsErr_Format(HsExc_TypeError, "hex() takes at most 2 arguments (%zd given)",
                            nargs + nkw);
    }
    HsObject *stack[3];
    stack[0] = view_tobytes(self);
    HsObject *name = HsUnicode_InternFromString("hex");
    HsObject *r = NULL;
    if (stack[0] != NULL && name != NULL) {
        for (Hs_ssize_t i = 0; i < nargs + nkw; i++) {
            stack[i + 1] = args[i];
        }
        r = HsObject_VectorcallMethod(name, stack, (size_t)(nargs + 1), kwnames);
    }
    Hs_XDECREF(stack[0]);
    Hs_XDECREF(name);
    return r;
}

static HsObject *memory_release_meth(HsObject *self, HsObject *unused) {
    (void)unused;
    if (memory_release(self) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

static HsObject *memory_enter(HsObject *self, HsObject *unused) {
    (void)unused;
    return check_released(self) < 0 ? NULL : Hs_NewRef(self);
}

static HsObject *memory_exit(HsObject *self, HsObject *args) {
    (void)args;
    return memory_release_meth(self, NULL);
}

static HsObject *memory_toreadonly(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *r = check_released(self) < 0 ? NULL : view_copy(self);
    if (r != NULL) {
        MV(r)->mv_view.readonly = 1;
    }
    return r;
}

/* The 'shape' argument of cast() for a view of 'len' bytes and items of 'itemsize':
 * 0 when it is one dimension of the right length, -1 with CPython's errors (or
 * NotImplementedError for the 0-dimensional and multi-dimensional views heapscope lacks).
 * CPython: cast_to_ND. */
static int cast_shape(HsObject *shape, Hs_ssize_t len, Hs_ssize_t itemsize) {
    if (!HsList_Check(shape) && !HsTuple_Check(shape)) {
        HsErr_SetString(HsExc_TypeError, "shape must be a list or a tuple");
        return -1;
    }
    Hs_ssize_t n = Hs_SIZE(shape), product = 1;
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsObject *item = HsList_Check(shape) ? HS_LIST_ITEMS(shape)[i] : HS_TUPLE_GET(shape, i);
        if (!HsLong_Check(item)) {
            HsErr_SetString(HsExc_TypeError,
                            "memoryview.cast(): elements of shape must be integers");
            return -1;
        }
        Hs_ssize_t x = HsLong_AsSsize_t(item);
        if (x == -1 && HsErr_Occurred()) {
            return -1;
        }
        if (x <= 0) {
            HsErr_SetString(HsExc_ValueError,
                            "memoryview.cast(): elements of shape must be integers > 0");
            return -1;
        }
        product = x > HS_SSIZE_T_MAX / product ? HS_SSIZE_T_MAX : product * x;
    }
    if (product > HS_SSIZE_T_MAX / itemsize || product * itemsize != len) {
        HsErr_SetString(HsExc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
        return -1;
    }
    if (n != 1) {
        HsErr_SetString(HsExc_NotImplementedError,
                        "heapscope: memoryview.cast() to a shape of other than one dimension");
        return -1;
    }
    return 0;
}

/* cast(format, shape=<unset>): the same bytes seen as items of another native format.
 * CPython: memory_cast, cast_to_1D. Return: new reference. */
static HsObject *memory_cast(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                             HsObject *kwnames) {
    static const char *const kw[] = {"format", "shape", NULL};
    static const HsArgParser parser = {"cast", kw};
    HsObject *a[2];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 2, 1, a) < 0) {
        return NULL;
    }
    if (!HsUnicode_Check(a[0])) {
        return hs_arg_bad_argument("cast", 0, "format", "str", a[0]) < 0 ? NULL : NULL;
    }
    if (check_released(self) < 0) {
        return NULL;
    }
    HsBuffer *v = &MV(self)->mv_view;
    if (!is_c_contiguous(v)) {
        return HsErr_Format(HsExc_TypeError,
                            "memoryview: casts are restricted to C-contiguous views");
    }
    if (a[1] != NULL && v->shape[0] == 0) {
        return HsErr_Format(HsExc_TypeError,
                            "memoryview: cannot cast view with zeros in shape or strides");
    }
    HsObject *ascii = hs_codecs_encode(a[0], "ascii", NULL);
    if (ascii == NULL) {
        return NULL;
    }
    const Format *f = find_format(HsBytes_AS_STRING(ascii));
    int at = HsBytes_AS_STRING(ascii)[0] == '@';
    Hs_DECREF(ascii);
    if (f == NULL) {
        return HsErr_Format(HsExc_ValueError,
                            "memoryview: destination format must be a native single character "
                            "format prefixed with an optional '@'");
    }
    if (!is_byte_format(fmt_char(v->format)) && !is_byte_format(f->code)) {
        return HsErr_Format(HsExc_TypeError,
                            "memoryview: cannot cast between two non-byte formats");
    }
    if (v->len % f->size != 0) {
        return HsErr_Format(HsExc_TypeError, "memoryview: length is not a multiple of itemsize");
    }
    if (a[1] != NULL && cast_shape(a[1], v->len, f->size) < 0) {
        return NULL;
    }
    HsObject *r = view_copy(self);
    if (r != NULL) {
        HsBuffer *w = &MV(r)->mv_view;
        w->format = at ? f->at : f->name;
        w->itemsize = f->size;
        w->shape[0] = v->len / f->size;
        w->strides[0] = f->size;
    }
    return r;
}

/* ==== attributes ==== */

/* Each getter checks that the view is not released, as CPython's do. */
#define LIVE(self)                                                                                 \
    do {                                                                                           \
        if (check_released(self) < 0) {                                                            \
            return NULL;                                                                           \
        }                                                                                          \
    } while (0)

static HsObject *get_obj(HsObject *self, void *closure) {
    (void)closure;
    LIVE(self);
    HsObject *o = MV(self)->mv_view.obj;
    return Hs_NewRef(o != NULL ? o : Hs_None);
}

static HsObject *get_nbytes(HsObject *self, void *closure) {
    (void)closure;
    LIVE(self);
    return HsLong_FromSsize_t(MV(self)->mv_view.len);
}

static HsObject *get_readonly(HsObject *self, void *closure) {
    (void)closure;
    LIVE(self);
    return HsBool_FromLong(MV(self)->mv_view.readonly);
}

static HsObject *get_itemsize(HsObject *self, void *closure) {
    (void)closure;
    LIVE(self);
    return HsLong_FromSsize_t(MV(self)->mv_view.itemsize);
}

static HsObject *get_format(HsObject *self, void *closure) {
    (void)closure;
    LIVE(self);
    return HsUnicode_FromString(MV(self)->mv_view.format);
}

static HsObject *get_ndim(HsObject *self, void *closure) {
    (void)closure;
    LIVE(self);
    return HsLong_FromLong(MV(self)->mv_view.ndim);
}

/* shape and strides: one-item tuples; suboffsets: (). closure: 0, 1 or 2. */
static HsObject *get_dims(HsObject *self, void *closure) {
    LIVE(self);
    int which = (int)(intptr_t)closure;
    if (which == 2) {
        return HsTuple_New(0);
    }
    HsBuffer *v = &MV(self)->mv_view;
    HsObject *x = HsLong_FromSsize_t(which == 0 ? v->shape[0] : v->strides[0]);
    if (x == NULL) {
        return NULL;
    }
    HsObject *t = HsTuple_Pack(1, x);
    Hs_DECREF(x);
    return t;
}

/* c_contiguous, f_contiguous, contiguous: the same in one dimension. */
static HsObject *get_contiguous(HsObject *self, void *closure) {
    (void)closure;
    LIVE(self);
    return HsBool_FromLong(is_c_contiguous(&MV(self)->mv_view));
}
#undef LIVE

static HsGetSetDef memory_getset[] = {
    {"obj", get_obj, NULL, "The underlying object of the memoryview.", NULL},
    {"nbytes", get_nbytes, NULL,
     "The amount of space in bytes that the array would use in\n"
     " a contiguous representation.",
     NULL},
    {"readonly", get_readonly, NULL, "A bool indicating whether the memory is read only.", NULL},
    {"itemsize", get_itemsize, NULL, "The size in bytes of each element of the memoryview.", NULL},
    {"format", get_format, NULL,
     "A string containing the format (in struct module style)\n"
     " for each element in the view.",
     NULL},
    {"ndim", get_ndim, NULL,
     "An integer indicating how many dimensions of a multi-dimensional\n"
     " array the memory represents.",
     NULL},
    {"shape", get_dims, NULL, NULL, (void *)(intptr_t)0},
    {"strides", get_dims, NULL, NULL, (void *)(intptr_t)1},
    {"suboffsets", get_dims, NULL, NULL, (void *)(intptr_t)2},
    {"c_contiguous", get_contiguous, NULL, "A bool indicating whether the memory is C contiguous.",
     NULL},
    {"f_contiguous", get_contiguous, NULL,
     "A bool indicating whether the memory is Fortran contiguous.", NULL},
    {"contiguous", get_contiguous, NULL, "A bool indicating whether the memory is contiguous.",
     NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsMethodDef memory_methods[] = {
    {"release", HS_CFUNC(memory_release_meth), HS_METH_NOARGS,
     "Release the underlying buffer exposed by the memoryview object."},
    {"tobytes", HS_CFUNC(memory_tobytes), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Return the data in the buffer as a byte string."},
    {"hex", HS_CFUNC(memory_hex), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Return the data in the buffer as a str of hexadecimal numbers."},
    {"tolist", HS_CFUNC(memory_tolist), HS_METH_NOARGS,
     "Return the data in the buffer as a list of elements."},
    {"cast", HS_CFUNC(memory_cast), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Cast a memoryview to a new format or shape."},
    {"toreadonly", HS_CFUNC(memory_toreadonly), HS_METH_NOARGS,
     "Return a readonly version of the memoryview."},
    {"__enter__", HS_CFUNC(memory_enter), HS_METH_NOARGS, NULL},
    {"__exit__", HS_CFUNC(memory_exit), HS_METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* ==== the iterator (CPython: memory_iterator) ==== */

typedef struct MemoryIterObject {
    HsObject ob_base;
    Hs_ssize_t it_index;
    HsObject *it_seq; /* the view; NULL once exhausted */
} MemoryIterObject;

static void memiter_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    Hs_XDECREF(((MemoryIterObject *)op)->it_seq);
    hs_gc_free(op);
}

static int memiter_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *seq = ((MemoryIterObject *)op)->it_seq;
    return seq != NULL ? visit(seq, arg) : 0;
}

static HsObject *memiter_self(HsObject *op) {
    return Hs_NewRef(op);
}

/* The next item; NULL without an exception at the end. CPython: memoryiter_next. */
static HsObject *memiter_next(HsObject *op) {
    MemoryIterObject *it = (MemoryIterObject *)op;
    HsObject *seq = it->it_seq;
    if (seq == NULL) {
        return NULL;
    }
    if (check_released(seq) < 0) {
        return NULL;
    }
    HsBuffer *v = &MV(seq)->mv_view;
    if (it->it_index < v->shape[0]) {
        const char *p = (const char *)v->buf + it->it_index++ * v->strides[0];
        return unpack_item(p, fmt_char(v->format));
    }
    Hs_CLEAR(it->it_seq);
    return NULL;
}

HsTypeObject HsMemoryIter_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "memory_iterator",
    .tp_basicsize = sizeof(MemoryIterObject),
    .tp_dealloc = memiter_dealloc,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = memiter_traverse,
    .tp_iter = memiter_self,
    .tp_iternext = memiter_next,
};

static HsObject *memory_iter(HsObject *self) {
    if (check_released(self) < 0) {
        return NULL;
    }
    MemoryIterObject *it =
        (MemoryIterObject *)hs_gc_alloc(&HsMemoryIter_Type, sizeof(MemoryIterObject));
    if (it == NULL) {
        return HsErr_NoMemory();
    }
    it->it_index = 0;
    it->it_seq = Hs_NewRef(self);
    hs_gc_track((HsObject *)it);
    return (HsObject *)it;
}

/* ==== the type ==== */

/* memoryview(object). CPython: memoryview_impl. */
static HsObject *memory_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)type;
    static const char *const kw[] = {"object", NULL};
    static const HsArgParser parser = {"memoryview", kw};
    HsObject *a[1];
    if (hs_num_unpack_new_args(args, kwds, &parser, 0, 1, 1, a) < 0) {
        return NULL;
    }
    return HsMemoryView_FromObject(a[0]);
}

/* m[i] through the sequence protocol (reversed(), the C API). CPython: memory_item. */
static HsObject *memory_item(HsObject *self, Hs_ssize_t i) {
    if (check_released(self) < 0) {
        return NULL;
    }
    char *p = item_ptr(self, i);
    return p != NULL ? unpack_item(p, fmt_char(MV(self)->mv_view.format)) : NULL;
}

static HsSequenceMethods memory_as_sequence = {
    .sq_length = memory_length,
    .sq_item = memory_item,
};

static HsMappingMethods memory_as_mapping = {
    .mp_length = memory_length,
    .mp_subscript = memory_subscript,
    .mp_ass_subscript = memory_ass_subscript,
};

HsTypeObject HsMemoryView_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "memoryview",
    .tp_getattro = HsObject_GenericGetAttr, /* as CPython: its own __getattribute__ */
    .tp_basicsize = offsetof(MemoryViewObject, mv_array),
    .tp_itemsize = sizeof(Hs_ssize_t),
    .tp_dealloc = memory_dealloc,
    .tp_as_sequence = &memory_as_sequence,
    .tp_as_mapping = &memory_as_mapping,
    .tp_hash = memory_hash,
    .tp_repr = memory_repr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_SEQUENCE,
    .tp_doc = "Create a new memoryview object which references the given object.",
    .tp_traverse = memory_traverse,
    .tp_clear = memory_clear,
    .tp_richcompare = memory_richcompare,
    .tp_weaklistoffset = offsetof(MemoryViewObject, mv_weakreflist),
    .tp_iter = memory_iter,
    .tp_methods = memory_methods,
    .tp_getset = memory_getset,
    .tp_new = memory_new,
};

/* ==== internal API ==== */

int hs_memoryview_contiguous(HsObject *o, const char **buf, Hs_ssize_t *len) {
    if (!HsMemoryView_Check(o) || (MV(o)->mv_flags & MV_RELEASED) ||
        !is_c_contiguous(&MV(o)->mv_view)) {
        return 0;
    }
    *buf = MV(o)->mv_view.buf;
    *len = MV(o)->mv_view.len;
    return 1;
}

HsObject *hs_buffer_to_bytes(HsObject *o) {
    if (!hs_buffer_check(o)) {
        return NULL;
    }
    if (HsMemoryView_Check(o)) {
        return check_released(o) < 0 ? NULL : view_tobytes(o);
    }
    HsBuffer v;
    if (hs_buffer_get(o, &v, HS_BUF_SIMPLE) < 0) {
        return NULL;
    }
    HsObject *r = HsBytes_FromStringAndSize(v.buf, v.len);
    hs_buffer_release(&v);
    return r;
}
