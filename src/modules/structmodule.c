/* The `_struct` module and Lib/struct.py's `struct` (CPython 3.11: Modules/_struct.c): format
 * parsing into format codes (prepare_s), _struct.Struct (pack, pack_into, unpack,
 * unpack_from, iter_unpack, format, size, __sizeof__), the unpack iterator, the module
 * functions with their cache of Struct objects keyed by format (cleared at 100 entries, as
 * CPython's MAXCACHE), and struct.error. The per-character conversions are in
 * struct_codes.c.
 * Invariants: an initialised Struct has s_codes (ending with a code whose fmtdef is NULL),
 * s_size bytes and s_len items; s_format is its format as bytes. s_busy counts the packs and
 * unpacks running on it, during which __init__ refuses to replace the codes (the packing
 * functions can run Python code). An unpack iterator holds a buffer export of its object and
 * the Struct until it is exhausted. See docs/internals/struct.md. */
#include "internal/hs_modules_struct.h"
#include "internal/hs_modules.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_memory.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_weakref.h"
#include "internal/hs_vm.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* ==== types ==== */

/* One run of a format (CPython: formatcode, 32 bytes): 'repeat' items of 'size' bytes from
 * 'offset', or for 's' / 'p' one item of 'size' bytes. */
typedef struct FormatCode {
    const HsStructFormatDef *fmtdef;
    Hs_ssize_t offset;
    Hs_ssize_t size;
    Hs_ssize_t repeat;
} FormatCode;

/* CPython: PyStructObject (56 bytes). */
typedef struct StructObject {
    HsObject ob_base;
    Hs_ssize_t s_size;
    Hs_ssize_t s_len;
    FormatCode *s_codes;
    HsObject *s_format;
    HsObject *weakreflist;
} StructObject;

#define SO(op) ((StructObject *)(op))
#define MAXCACHE 100

/* The packs/unpacks running per Struct: kept outside the object so its size stays CPython's.
 * A small open table keyed by address is enough; nesting is rare. */
#define BUSY_SLOTS 16
static struct {
    StructObject *so;
    int count;
} busy[BUSY_SLOTS];

HsTypeObject HsStructError_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "struct.error",
    .tp_basicsize = sizeof(HsBaseExceptionObject),
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE | HS_TPFLAGS_BASE_EXC_SUBCLASS,
};

/* ==== static helpers ==== */

static int busy_enter(StructObject *so) {
    for (int i = 0; i < BUSY_SLOTS; i++) {
        if (busy[i].so == so) {
            busy[i].count++;
            return 0;
        }
    }
    for (int i = 0; i < BUSY_SLOTS; i++) {
        if (busy[i].so == NULL) {
            busy[i].so = so;
            busy[i].count = 1;
            return 0;
        }
    }
    HsErr_SetString(HsExc_RuntimeError, "too many nested struct operations");
    return -1;
}

static void busy_leave(StructObject *so) {
    for (int i = 0; i < BUSY_SLOTS; i++) {
        if (busy[i].so == so) {
            if (--busy[i].count == 0) {
                busy[i].so = NULL;
            }
            return;
        }
    }
}

static int is_busy(StructObject *so) {
    for (int i = 0; i < BUSY_SLOTS; i++) {
        if (busy[i].so == so) {
            return 1;
        }
    }
    return 0;
}

static int is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static int struct_error(const char *msg) {
    HsErr_SetString(HS_STRUCT_ERROR, msg);
    return -1;
}

/* 'size' rounded up to e's alignment (native table only). -1 on overflow. CPython: align */
static Hs_ssize_t align(Hs_ssize_t size, const HsStructFormatDef *e) {
    if (e->alignment && size > 0) {
        Hs_ssize_t extra = (e->alignment - 1) - (size - 1) % e->alignment;
        if (extra > HS_SSIZE_T_MAX - size) {
            return -1;
        }
        size += extra;
    }
    return size;
}

/* Read an optional repeat count at '*s' (already past its first character 'c'); *num gets it
 * (1 without one) and *c the format character after it. 0, or -1 with struct.error. */
static int read_count(const char **s, char *c, Hs_ssize_t *num) {
    if (*c < '0' || *c > '9') {
        *num = 1;
        return 0;
    }
    Hs_ssize_t n = *c - '0';
    while ((*c = *(*s)++) >= '0' && *c <= '9') {
        if (n >= HS_SSIZE_T_MAX / 10 &&
            (n > HS_SSIZE_T_MAX / 10 || (*c - '0') > HS_SSIZE_T_MAX % 10)) {
            return struct_error("total struct size too long");
        }
        n = n * 10 + (*c - '0');
    }
    if (*c == '\0') {
        return struct_error("repeat count given without format specifier");
    }
    *num = n;
    return 0;
}

/* First pass over 'fmt': the total size, item count and number of codes. 0 or -1.
 * CPython: prepare_s */
static int measure(const char *fmt, const HsStructFormatDef *table, Hs_ssize_t *size_out,
                   Hs_ssize_t *len_out, Hs_ssize_t *ncodes_out) {
    Hs_ssize_t size = 0, len = 0, ncodes = 0, num;
    const char *s = fmt;
    char c;
    while ((c = *s++) != '\0') {
        if (is_space(c)) {
            continue;
        }
        if (read_count(&s, &c, &num) < 0) {
            return -1;
        }
        const HsStructFormatDef *e = table;
        while (e->format != '\0' && e->format != c) {
            e++;
        }
        if (e->format == '\0') {
            return struct_error("bad char in struct format");
        }
        if (c == 's' || c == 'p') {
            len++;
            ncodes++;
        } else if (c != 'x') {
            len += num;
            ncodes += num != 0;
        }
        size = align(size, e);
        if (size == -1 || num > (HS_SSIZE_T_MAX - size) / e->size) {
            return struct_error("total struct size too long");
        }
        size += num * e->size;
    }
    *size_out = size;
    *len_out = len;
    *ncodes_out = ncodes;
    return 0;
}

/* Second pass: fill 'codes' (ncodes + 1 entries) for a format 'measure' accepted. */
static void fill_codes(const char *fmt, const HsStructFormatDef *table, FormatCode *codes) {
    Hs_ssize_t size = 0, num;
    const char *s = fmt;
    char c;
    while ((c = *s++) != '\0') {
        if (is_space(c)) {
            continue;
        }
        (void)read_count(&s, &c, &num);
        const HsStructFormatDef *e = table;
        while (e->format != c) {
            e++;
        }
        size = align(size, e);
        if (c == 's' || c == 'p') {
            *codes++ = (FormatCode){e, size, num, 1};
            size += num;
        } else if (c == 'x') {
            size += num;
        } else if (num) {
            *codes++ = (FormatCode){e, size, e->size, num};
            size += e->size * num;
        }
    }
    *codes = (FormatCode){NULL, size, 0, 0};
}

/* Compile self->s_format (bytes) into fresh codes. 0 or -1. CPython: prepare_s */
static int prepare(StructObject *self) {
    const char *fmt = HsBytes_AS_STRING(self->s_format);
    if (strlen(fmt) != (size_t)Hs_SIZE(self->s_format)) {
        return struct_error("embedded null character");
    }
    int consumed;
    const HsStructFormatDef *table = hs_struct_table(*fmt, &consumed);
    fmt += consumed;
    Hs_ssize_t size, len, ncodes;
    if (measure(fmt, table, &size, &len, &ncodes) < 0) {
        return -1;
    }
    if ((size_t)ncodes + 1 > SIZE_MAX / sizeof(FormatCode)) {
        HsErr_NoMemory();
        return -1;
    }
    FormatCode *codes = hs_mem_malloc(((size_t)ncodes + 1) * sizeof(FormatCode));
    if (codes == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    fill_codes(fmt, table, codes);
    hs_mem_free(self->s_codes);
    self->s_codes = codes;
    self->s_size = size;
    self->s_len = len;
    return 0;
}

/* Raise for a Struct made by __new__ without __init__ (CPython crashes on those). */
static int check_ready(StructObject *so) {
    if (so->s_codes == NULL) {
        HsErr_SetString(HsExc_ValueError, "Struct object is not initialized");
        return -1;
    }
    return 0;
}

/* TypeError "argument must be read-write bytes-like object, not T" (getargs' converterr, which
 * says None for None). Returns -1. */
static int not_writable(HsObject *o) {
    HsErr_Format(HsExc_TypeError, "argument must be read-write bytes-like object, not %.50s",
                 o == Hs_None ? "None" : Hs_TYPE(o)->tp_name);
    return -1;
}

/* A C-contiguous buffer of 'o' (readable, or 'writable' as "w*"). 0 or -1. */
static int get_buffer(HsObject *o, HsBuffer *view, int writable) {
    if (hs_buffer_get(o, view, writable ? HS_BUF_WRITABLE : HS_BUF_SIMPLE) < 0) {
        if (writable) {
            HsErr_Clear();
            return not_writable(o);
        }
        return -1;
    }
    int contiguous = view->strides == NULL || view->shape == NULL || view->shape[0] <= 1 ||
                     view->strides[0] == view->itemsize;
    if (!contiguous) {
        hs_buffer_release(view);
        if (writable) {
            return not_writable(o);
        }
        HsErr_SetString(HsExc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    return 0;
}

/* Pack the s_len values of 'args' into 'buf' (s_size bytes, zeroed here). 0 or -1.
 * CPython: s_pack_internal */
static int pack_internal(StructObject *so, HsObject *const *args, char *buf) {
    memset(buf, 0, (size_t)so->s_size);
    Hs_ssize_t i = 0;
    for (const FormatCode *code = so->s_codes; code->fmtdef != NULL; code++) {
        const HsStructFormatDef *e = code->fmtdef;
        char *res = buf + code->offset;
        for (Hs_ssize_t j = 0; j < code->repeat; j++, res += code->size) {
            HsObject *v = args[i++];
            if (e->format == 's' || e->format == 'p') {
                if (!HsBytes_Check(v) && !HsByteArray_Check(v)) {
                    return struct_error(e->format == 's' ? "argument for 's' must be a bytes object"
                                                         : "argument for 'p' must be a bytes object");
                }
                const char *p = HsBytes_Check(v) ? HsBytes_AS_STRING(v) : HsByteArray_AS_STRING(v);
                Hs_ssize_t n = Hs_SIZE(v), room = e->format == 's' ? code->size : code->size - 1;
                n = n > room ? room : n;
                if (n > 0) {
                    memcpy(res + (e->format == 'p'), p, (size_t)n);
                }
                if (e->format == 'p' && code->size > 0) { // CPython writes a byte even for '0p'
                    *res = (char)(unsigned char)(n > 255 ? 255 : n);
                }
            } else if (e->pack(res, v, e) < 0) {
                if (HsLong_Check(v) && HsErr_ExceptionMatches(HsExc_OverflowError)) {
                    return struct_error("int too large to convert");
                }
                return -1;
            }
        }
    }
    return 0;
}

/* The s_len values stored at 'p' (s_size readable bytes). Return: new reference (a tuple).
 * Allocation can run finalizers, hence the busy mark. CPython: s_unpack_internal */
static HsObject *unpack_codes(StructObject *so, const char *p);

static HsObject *unpack_internal(StructObject *so, const char *p) {
    if (busy_enter(so) < 0) {
        return NULL;
    }
    HsObject *r = unpack_codes(so, p);
    busy_leave(so);
    return r;
}

static HsObject *unpack_codes(StructObject *so, const char *p) {
    HsObject *result = HsTuple_New(so->s_len);
    Hs_ssize_t i = 0;
    for (const FormatCode *code = so->s_codes; result != NULL && code->fmtdef != NULL; code++) {
        const HsStructFormatDef *e = code->fmtdef;
        const char *res = p + code->offset;
        for (Hs_ssize_t j = 0; j < code->repeat; j++, res += code->size) {
            HsObject *v;
            if (e->format == 's') {
                v = HsBytes_FromStringAndSize(res, code->size);
            } else if (e->format == 'p') {
                Hs_ssize_t n = code->size == 0 ? -1 : *(const unsigned char *)res;
                n = n >= code->size ? code->size - 1 : n;
                v = n < 0 ? HsErr_Format(HsExc_SystemError,
                                         "Negative size passed to PyBytes_FromStringAndSize")
                          : HsBytes_FromStringAndSize(res + 1, n);
            } else {
                v = e->unpack(res, e);
            }
            if (v == NULL) {
                Hs_CLEAR(result);
                break;
            }
            HS_TUPLE_SET(result, i++, v);
        }
    }
    return result;
}

/* ==== Struct methods ==== */

/* pack(v1, v2, ...): bytes. Return: new reference. CPython: s_pack */
static HsObject *s_pack(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    StructObject *so = SO(self);
    if (check_ready(so) < 0) {
        return NULL;
    }
    if (nargs != so->s_len) {
        return HsErr_Format(HS_STRUCT_ERROR, "pack expected %zd items for packing (got %zd)",
                            so->s_len, nargs);
    }
    HsObject *result = HsBytes_FromStringAndSize(NULL, so->s_size);
    if (result == NULL || busy_enter(so) < 0) {
        Hs_XDECREF(result);
        return NULL;
    }
    int rc = pack_internal(so, args, HsBytes_AS_STRING(result));
    busy_leave(so);
    if (rc < 0) {
        Hs_DECREF(result);
        return NULL;
    }
    return result;
}

/* The offset of pack_into after CPython's checks against a buffer of 'len' bytes, or -1 with
 * struct.error. */
static Hs_ssize_t pack_into_offset(StructObject *so, Hs_ssize_t offset, Hs_ssize_t len) {
    if (offset < 0) {
        if (offset + so->s_size > 0) {
            HsErr_Format(HS_STRUCT_ERROR, "no space to pack %zd bytes at offset %zd", so->s_size,
                         offset);
            return -1;
        }
        if (offset + len < 0) {
            HsErr_Format(HS_STRUCT_ERROR, "offset %zd out of range for %zd-byte buffer", offset,
                         len);
            return -1;
        }
        offset += len;
    }
    if (len - offset < so->s_size) {
        HsErr_Format(HS_STRUCT_ERROR,
                     "pack_into requires a buffer of at least %zd bytes for packing %zd bytes at "
                     "offset %zd (actual buffer size is %zd)",
                     so->s_size + offset, so->s_size, offset, len);
        return -1;
    }
    return offset;
}

/* pack_into(buffer, offset, v1, v2, ...). Return: new reference (None). CPython: s_pack_into */
static HsObject *s_pack_into(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    StructObject *so = SO(self);
    if (check_ready(so) < 0) {
        return NULL;
    }
    if (nargs != so->s_len + 2) {
        if (nargs == 0) {
            return HsErr_Format(HS_STRUCT_ERROR, "pack_into expected buffer argument");
        }
        if (nargs == 1) {
            return HsErr_Format(HS_STRUCT_ERROR, "pack_into expected offset argument");
        }
        return HsErr_Format(HS_STRUCT_ERROR, "pack_into expected %zd items for packing (got %zd)",
                            so->s_len, nargs - 2);
    }
    HsBuffer view;
    if (get_buffer(args[0], &view, 1) < 0) {
        return NULL;
    }
    Hs_ssize_t offset = HsNumber_AsSsize_t(args[1], HsExc_IndexError);
    if (!(offset == -1 && HsErr_Occurred())) {
        offset = pack_into_offset(so, offset, view.len);
    }
    if (offset < 0 && HsErr_Occurred()) {
        hs_buffer_release(&view);
        return NULL;
    }
    int rc = busy_enter(so);
    if (rc == 0) {
        rc = pack_internal(so, args + 2, (char *)view.buf + offset);
        busy_leave(so);
    }
    hs_buffer_release(&view);
    return rc < 0 ? NULL : Hs_NewRef(Hs_None);
}

/* unpack(buffer): a tuple. Return: new reference. CPython: Struct_unpack_impl */
static HsObject *s_unpack(HsObject *self, HsObject *buffer) {
    StructObject *so = SO(self);
    HsBuffer view;
    if (check_ready(so) < 0 || get_buffer(buffer, &view, 0) < 0) {
        return NULL;
    }
    HsObject *r = NULL;
    if (view.len != so->s_size) {
        HsErr_Format(HS_STRUCT_ERROR, "unpack requires a buffer of %zd bytes", so->s_size);
    } else {
        r = unpack_internal(so, view.buf);
    }
    hs_buffer_release(&view);
    return r;
}

/* unpack_from(buffer, offset=0) on the buffer 'bufobj' and offset object 'offobj' (NULL: 0).
 * Return: new reference. CPython: Struct_unpack_from_impl */
static HsObject *unpack_from_impl(StructObject *so, HsObject *bufobj, HsObject *offobj) {
    HsBuffer view;
    if (check_ready(so) < 0 || get_buffer(bufobj, &view, 0) < 0) {
        return NULL;
    }
    Hs_ssize_t offset = 0;
    if (offobj != NULL) {
        HsObject *idx = HsNumber_Index(offobj);
        offset = idx != NULL ? HsLong_AsSsize_t(idx) : -1;
        Hs_XDECREF(idx);
        if (offset == -1 && HsErr_Occurred()) {
            hs_buffer_release(&view);
            return NULL;
        }
    }
    HsObject *r = NULL;
    if (offset < 0 && offset + view.len < 0) {
        HsErr_Format(HS_STRUCT_ERROR, "offset %zd out of range for %zd-byte buffer", offset,
                     view.len);
    } else if (offset < 0 && offset + so->s_size > 0) {
        HsErr_Format(HS_STRUCT_ERROR, "not enough data to unpack %zd bytes at offset %zd",
                     so->s_size, offset);
    } else {
        offset += offset < 0 ? view.len : 0;
        if (view.len - offset < so->s_size) {
            HsErr_Format(HS_STRUCT_ERROR,
                         "unpack_from requires a buffer of at least %zd bytes for unpacking %zd "
                         "bytes at offset %zd (actual buffer size is %zd)",
                         so->s_size + offset, so->s_size, offset, view.len);
        } else {
            r = unpack_internal(so, (const char *)view.buf + offset);
        }
    }
    hs_buffer_release(&view);
    return r;
}

static HsObject *s_unpack_from(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                               HsObject *kwnames) {
    static const char *const kw[] = {"buffer", "offset", NULL};
    static const HsArgParser parser = {"unpack_from", kw};
    HsObject *argv[2] = {NULL, NULL};
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 2, 1, argv) < 0) {
        return NULL;
    }
    return unpack_from_impl(SO(self), argv[0], argv[1]);
}

/* ==== the unpack iterator (CPython: unpackiterobject, 112 bytes + the GC head) ==== */

typedef struct UnpackIterObject {
    HsObject ob_base;
    StructObject *so; /* NULL once exhausted */
    HsBuffer buf;
    Hs_ssize_t index;
} UnpackIterObject;

#define UI(op) ((UnpackIterObject *)(op))

/* iter_unpack(buffer). Return: new reference. CPython: Struct_iter_unpack */
static HsObject *s_iter_unpack(HsObject *self, HsObject *buffer) {
    StructObject *so = SO(self);
    if (check_ready(so) < 0) {
        return NULL;
    }
    if (so->s_size == 0) {
        return HsErr_Format(HS_STRUCT_ERROR, "cannot iteratively unpack with a struct of length 0");
    }
    UnpackIterObject *it = (UnpackIterObject *)HsType_GenericAlloc(&HsStructUnpackIter_Type, 0);
    if (it == NULL) {
        return NULL;
    }
    if (get_buffer(buffer, &it->buf, 0) < 0) {
        Hs_DECREF(it);
        return NULL;
    }
    if (it->buf.len % so->s_size != 0) {
        HsErr_Format(HS_STRUCT_ERROR,
                     "iterative unpacking requires a buffer of a multiple of %zd bytes",
                     so->s_size);
        Hs_DECREF(it);
        return NULL;
    }
    it->so = (StructObject *)Hs_NewRef(self);
    it->index = 0;
    return (HsObject *)it;
}

static HsObject *unpackiter_next(HsObject *op) {
    UnpackIterObject *it = UI(op);
    if (it->so == NULL) {
        return NULL;
    }
    // a Struct re-initialised since could need more bytes than are left: stop there
    if (it->index >= it->buf.len || it->so->s_codes == NULL ||
        it->so->s_size > it->buf.len - it->index) {
        Hs_CLEAR(it->so);
        hs_buffer_release(&it->buf);
        return NULL;
    }
    HsObject *r = unpack_internal(it->so, (const char *)it->buf.buf + it->index);
    it->index += it->so->s_size;
    return r;
}

static HsObject *unpackiter_len(HsObject *op, HsObject *unused) {
    (void)unused;
    UnpackIterObject *it = UI(op);
    Hs_ssize_t n = 0;
    if (it->so != NULL && it->so->s_size > 0) {
        n = (it->buf.len - it->index) / it->so->s_size;
    }
    return HsLong_FromSsize_t(n);
}

static HsObject *unpackiter_self(HsObject *op) {
    return Hs_NewRef(op);
}

static void unpackiter_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    Hs_CLEAR(UI(op)->so);
    hs_buffer_release(&UI(op)->buf);
    hs_gc_free(op);
}

static int unpackiter_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    if (UI(op)->so != NULL) {
        int rc = visit((HsObject *)UI(op)->so, arg);
        if (rc != 0) {
            return rc;
        }
    }
    return UI(op)->buf.obj != NULL ? visit(UI(op)->buf.obj, arg) : 0;
}

/* "Cannot create 'unpack_iterator objects" (sic, CPython's unpackiter_new). */
static HsObject *unpackiter_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)type;
    (void)args;
    (void)kwds;
    return HsErr_Format(HsExc_TypeError, "Cannot create '%.200s objects", "unpack_iterator");
}

static HsMethodDef unpackiter_methods[] = {
    {"__length_hint__", HS_CFUNC(unpackiter_len), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsStructUnpackIter_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "_struct.unpack_iterator",
    .tp_basicsize = sizeof(UnpackIterObject),
    .tp_dealloc = unpackiter_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_IMMUTABLETYPE,
    .tp_traverse = unpackiter_traverse,
    .tp_iter = unpackiter_self,
    .tp_iternext = unpackiter_next,
    .tp_methods = unpackiter_methods,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = unpackiter_new,
};

/* ==== the Struct type ==== */

/* CPython's footprint: the object plus one 32-byte formatcode per code and the terminator. */
static HsObject *s_sizeof(HsObject *self, HsObject *unused) {
    (void)unused;
    Hs_ssize_t n = 1;
    for (const FormatCode *c = SO(self)->s_codes; c != NULL && c->fmtdef != NULL; c++) {
        n++;
    }
    return HsLong_FromSsize_t(Hs_TYPE(self)->tp_basicsize + n * (Hs_ssize_t)sizeof(FormatCode));
}

static HsObject *s_get_format(HsObject *self, void *closure) {
    (void)closure;
    HsObject *f = SO(self)->s_format;
    if (!HsBytes_Check(f)) {
        return Hs_NewRef(f);
    }
    return HsUnicode_FromStringAndSize(HsBytes_AS_STRING(f), Hs_SIZE(f)); // ASCII once compiled
}

static HsObject *s_get_size(HsObject *self, void *closure) {
    (void)closure;
    return HsLong_FromSsize_t(SO(self)->s_size);
}

static HsObject *s_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)args;
    (void)kwds;
    StructObject *so = (StructObject *)type->tp_alloc(type, 0);
    if (so != NULL) {
        so->s_format = Hs_NewRef(Hs_None);
        so->s_codes = NULL;
        so->s_size = -1;
        so->s_len = -1;
    }
    return (HsObject *)so;
}

/* The format argument as bytes (a str is encoded as ASCII). Return: new reference. */
static HsObject *format_bytes(HsObject *format) {
    if (HsUnicode_Check(format)) {
        return hs_codecs_encode(format, "ascii", "strict");
    }
    if (!HsBytes_Check(format)) {
        return HsErr_Format(HsExc_TypeError,
                            "Struct() argument 1 must be a str or bytes object, not %.200s",
                            Hs_TYPE(format)->tp_name);
    }
    return Hs_NewRef(format);
}

/* Struct(format): compile 'format'. 0 or -1. CPython: Struct___init___impl */
static int s_init(HsObject *self, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"format", NULL};
    static const HsArgParser parser = {"Struct", kw};
    HsObject *stack[2], *argv[1] = {NULL}, *kwnames = NULL;
    Hs_ssize_t nargs = Hs_SIZE(args), nkw = kwds != NULL ? HsDict_Size(kwds) : 0;
    if (nargs + nkw > 1) {
        HsErr_Format(HsExc_TypeError, "Struct() takes at most 1 %sargument (%zd given)",
                     nkw > 1 ? "keyword " : "", nargs + nkw);
        return -1;
    }
    if (nargs == 1) {
        stack[0] = HS_TUPLE_GET(args, 0);
    } else if (nkw == 1) {
        HsObject *key, *value;
        Hs_ssize_t pos = 0;
        HsDict_Next(kwds, &pos, &key, &value);
        stack[0] = value;
        kwnames = HsTuple_Pack(1, key);
        if (kwnames == NULL) {
            return -1;
        }
    }
    int rc = hs_arg_unpack_keywords(stack, nargs, kwnames, &parser, 0, 1, 1, argv);
    Hs_XDECREF(kwnames);
    if (rc < 0) {
        return -1;
    }
    if (is_busy(SO(self))) {
        HsErr_SetString(HsExc_RuntimeError, "cannot re-initialize a Struct that is packing");
        return -1;
    }
    HsObject *format = format_bytes(argv[0]);
    if (format == NULL) {
        return -1;
    }
    HsObject *old = SO(self)->s_format;
    SO(self)->s_format = format;
    Hs_DECREF(old);
    return prepare(SO(self));
}

static void s_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    if (SO(op)->weakreflist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    hs_mem_free(SO(op)->s_codes);
    SO(op)->s_codes = NULL;
    Hs_CLEAR(SO(op)->s_format);
    Hs_TYPE(op)->tp_free(op);
}

static int s_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    (void)op;
    (void)visit;
    (void)arg;
    return 0; // s_format is a bytes (or None): nothing cyclic
}

static HsMethodDef s_methods[] = {
    {"iter_unpack", HS_CFUNC(s_iter_unpack), HS_METH_O,
     "iter_unpack($self, buffer, /)\n--\n\nReturn an iterator yielding tuples."},
    {"pack", HS_CFUNC(s_pack), HS_METH_FASTCALL,
     "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... "
     "packed according\nto the format string S.format.  See help(struct) for more on format\n"
     "strings."},
    {"pack_into", HS_CFUNC(s_pack_into), HS_METH_FASTCALL,
     "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the "
     "format string S.format\nand write the packed bytes into the writable buffer buf starting "
     "at\noffset.  Note that the offset is a required argument.  See\nhelp(struct) for more on "
     "format strings."},
    {"unpack", HS_CFUNC(s_unpack), HS_METH_O,
     "unpack($self, buffer, /)\n--\n\nReturn a tuple containing unpacked values."},
    {"unpack_from", HS_CFUNC(s_unpack_from), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "unpack_from($self, /, buffer, offset=0)\n--\n\nReturn a tuple containing unpacked "
     "values."},
    {"__sizeof__", HS_CFUNC(s_sizeof), HS_METH_NOARGS,
     "S.__sizeof__() -> size of S in memory, in bytes"},
    {NULL, NULL, 0, NULL},
};

static HsGetSetDef s_getset[] = {
    {"format", s_get_format, NULL, "struct format string", NULL},
    {"size", s_get_size, NULL, "struct size in bytes", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

HsTypeObject HsStruct_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "_struct.Struct",
    .tp_basicsize = sizeof(StructObject),
    .tp_dealloc = s_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE | HS_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Struct(format)\n--\n\nCreate a compiled struct object.\n\nReturn a new Struct "
              "object which writes and reads binary data according to\nthe format string.\n\n"
              "See help(struct) for more on format strings.",
    .tp_traverse = s_traverse,
    .tp_weaklistoffset = offsetof(StructObject, weakreflist),
    .tp_methods = s_methods,
    .tp_getset = s_getset,
    .tp_init = s_init,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = s_new,
};

/* ==== the module functions and the cache ==== */

static HsObject *cache; /* format -> Struct, at most MAXCACHE entries (registered static) */

/* The Struct for 'fmt', from the cache or made and cached. Return: new reference.
 * CPython: cache_struct_converter */
static HsObject *cached_struct(HsObject *fmt) {
    if (cache == NULL) {
        cache = HsDict_New();
        if (cache == NULL) {
            return NULL;
        }
        hs_obj_register_static(&cache);
    }
    HsObject *s = HsDict_GetItemWithError(cache, fmt);
    if (s != NULL) {
        return Hs_NewRef(s);
    }
    if (HsErr_Occurred()) {
        return NULL;
    }
    s = HsObject_CallOneArg((HsObject *)&HsStruct_Type, fmt);
    if (s != NULL) {
        if (HsDict_Size(cache) >= MAXCACHE) {
            HsDict_Clear(cache);
        }
        if (HsDict_SetItem(cache, fmt, s) < 0) {
            HsErr_Clear();
        }
    }
    return s;
}

static HsObject *mod_clearcache(HsObject *module, HsObject *unused) {
    (void)module;
    (void)unused;
    if (cache != NULL) {
        HsDict_Clear(cache);
    }
    return Hs_NewRef(Hs_None);
}

static HsObject *mod_calcsize(HsObject *module, HsObject *format) {
    (void)module;
    HsObject *s = cached_struct(format);
    if (s == NULL) {
        return NULL;
    }
    HsObject *r = HsLong_FromSsize_t(SO(s)->s_size);
    Hs_DECREF(s);
    return r;
}

static HsObject *mod_pack(HsObject *module, HsObject *const *args, Hs_ssize_t nargs) {
    (void)module;
    if (nargs == 0) {
        return HsErr_Format(HsExc_TypeError, "missing format argument");
    }
    HsObject *s = cached_struct(args[0]);
    HsObject *r = s != NULL ? s_pack(s, args + 1, nargs - 1) : NULL;
    Hs_XDECREF(s);
    return r;
}

static HsObject *mod_pack_into(HsObject *module, HsObject *const *args, Hs_ssize_t nargs) {
    (void)module;
    if (nargs == 0) {
        return HsErr_Format(HsExc_TypeError, "missing format argument");
    }
    HsObject *s = cached_struct(args[0]);
    HsObject *r = s != NULL ? s_pack_into(s, args + 1, nargs - 1) : NULL;
    Hs_XDECREF(s);
    return r;
}

/* unpack(format, buffer, /) and iter_unpack(format, buffer, /). */
static HsObject *two_args(const char *name, HsObject *const *args, Hs_ssize_t nargs,
                          HsObject *(*fn)(HsObject *, HsObject *)) {
    if (hs_arg_check_positional(name, nargs, 2, 2) < 0) {
        return NULL;
    }
    HsObject *s = cached_struct(args[0]);
    HsObject *r = s != NULL ? fn(s, args[1]) : NULL;
    Hs_XDECREF(s);
    return r;
}

static HsObject *mod_unpack(HsObject *module, HsObject *const *args, Hs_ssize_t nargs) {
    (void)module;
    return two_args("unpack", args, nargs, s_unpack);
}

static HsObject *mod_iter_unpack(HsObject *module, HsObject *const *args, Hs_ssize_t nargs) {
    (void)module;
    return two_args("iter_unpack", args, nargs, s_iter_unpack);
}

/* unpack_from(format, /, buffer, offset=0). */
static HsObject *mod_unpack_from(HsObject *module, HsObject *const *args, Hs_ssize_t nargs,
                                 HsObject *kwnames) {
    (void)module;
    static const char *const kw[] = {"", "buffer", "offset", NULL};
    static const HsArgParser parser = {"unpack_from", kw};
    HsObject *argv[3] = {NULL, NULL, NULL};
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 3, 2, argv) < 0) {
        return NULL;
    }
    HsObject *s = cached_struct(argv[0]);
    HsObject *r = s != NULL ? unpack_from_impl(SO(s), argv[1], argv[2]) : NULL;
    Hs_XDECREF(s);
    return r;
}

static HsMethodDef module_functions[] = {
    {"_clearcache", HS_CFUNC(mod_clearcache), HS_METH_NOARGS, "Clear the internal cache."},
    {"calcsize", HS_CFUNC(mod_calcsize), HS_METH_O,
     "calcsize($module, format, /)\n--\n\nReturn size in bytes of the struct described by the "
     "format string."},
    {"iter_unpack", HS_CFUNC(mod_iter_unpack), HS_METH_FASTCALL,
     "iter_unpack($module, format, buffer, /)\n--\n\nReturn an iterator yielding tuples "
     "unpacked from the given bytes."},
    {"pack", HS_CFUNC(mod_pack), HS_METH_FASTCALL,
     "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, "
     "v2, ... packed according\nto the format string.  See help(struct) for more on format "
     "strings."},
    {"pack_into", HS_CFUNC(mod_pack_into), HS_METH_FASTCALL,
     "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according "
     "to the format string and write\nthe packed bytes into the writable buffer buf starting "
     "at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non "
     "format strings."},
    {"unpack", HS_CFUNC(mod_unpack), HS_METH_FASTCALL,
     "unpack($module, format, buffer, /)\n--\n\nReturn a tuple containing values unpacked "
     "according to the format string."},
    {"unpack_from", HS_CFUNC(mod_unpack_from), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "unpack_from($module, format, /, buffer, offset=0)\n--\n\nReturn a tuple containing "
     "values unpacked according to the format string."},
    {NULL, NULL, 0, NULL},
};

/* ==== the modules ==== */

static const char module_doc[] =
    "Functions to convert between Python values and C structs.\n"
    "Python bytes objects are used to hold the data representing the C struct\n"
    "and also as format strings (explained below) to describe the layout of data\n"
    "in the C struct.\n\n"
    "The optional first format char indicates byte order, size and alignment:\n"
    "  @: native order, size & alignment (default)\n"
    "  =: native order, std. size & alignment\n"
    "  <: little-endian, std. size & alignment\n"
    "  >: big-endian, std. size & alignment\n"
    "  !: same as >\n\n"
    "The remaining chars indicate types of args and must match exactly;\n"
    "these can be preceded by a decimal repeat count:\n"
    "  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n"
    "  ?: _Bool (requires C99; if not available, char is used instead)\n"
    "  h:short; H:unsigned short; i:int; I:unsigned int;\n"
    "  l:long; L:unsigned long; f:float; d:double; e:half-float.\n"
    "Special cases (preceding decimal count indicates length):\n"
    "  s:string (array of char); p: pascal string (with count byte).\n"
    "Special cases (only available in native format):\n"
    "  n:ssize_t; N:size_t;\n"
    "  P:an integer type that is wide enough to hold a pointer.\n"
    "Special case (not in native mode unless 'long long' in platform C):\n"
    "  q:long long; Q:unsigned long long\n"
    "Whitespace between formats is ignored.\n\n"
    "The variable struct.error is an exception raised on errors.\n";

/* Ready struct.error (a subclass of Exception) and the two types. 0 or -1. */
static int ready_types(void) {
    if (!(HsStructError_Type.tp_flags & HS_TPFLAGS_READY)) {
        HsStructError_Type.tp_base = (HsTypeObject *)HsExc_Exception;
        if (HsType_Ready(&HsStructError_Type) < 0) {
            return -1;
        }
    }
    if (HsType_Ready(&HsStruct_Type) < 0 || HsType_Ready(&HsStructUnpackIter_Type) < 0) {
        return -1;
    }
    HsObject *mod = HsUnicode_FromString("_struct");
    int rc = mod == NULL ? -1 : HsDict_SetItemString(HsStruct_Type.tp_dict, "__module__", mod);
    rc = rc < 0 ? -1 : HsDict_SetItemString(HsStructUnpackIter_Type.tp_dict, "__module__", mod);
    Hs_XDECREF(mod);
    return rc;
}

int hs_struct_core_init(HsObject **module_out) {
    *module_out = NULL;
    if (ready_types() < 0) {
        return -1;
    }
    HsObject *m = HsModule_New("_struct");
    HsObject *doc = HsUnicode_FromString(module_doc);
    if (m == NULL || doc == NULL || HsModule_AddObjectRef(m, "__doc__", doc) < 0 ||
        HsModule_AddFunctions(m, module_functions) < 0 ||
        HsModule_AddObjectRef(m, "Struct", (HsObject *)&HsStruct_Type) < 0 ||
        HsModule_AddObjectRef(m, "error", HS_STRUCT_ERROR) < 0) {
        Hs_XDECREF(doc);
        Hs_XDECREF(m);
        return -1;
    }
    Hs_DECREF(doc);
    *module_out = m;
    return 0;
}

/* Lib/struct.py: `from _struct import *`, _clearcache and __doc__, and __all__. */
int hs_struct_init(HsObject **module_out) {
    static const char *const names[] = {"calcsize", "pack", "pack_into", "unpack",
                                        "unpack_from", "iter_unpack", "Struct", "error",
                                        "_clearcache", "__doc__", NULL};
    *module_out = NULL;
    HsObject *name = HsUnicode_FromString("_struct");
    HsObject *core = name != NULL ? hs_vm_import_name(name, NULL, NULL, 0) : NULL;
    Hs_XDECREF(name);
    HsObject *m = core != NULL ? HsModule_New("struct") : NULL;
    HsObject *all = m != NULL ? HsList_New(0) : NULL;
    int rc = all != NULL ? 0 : -1;
    for (int i = 0; rc == 0 && names[i] != NULL; i++) {
        HsObject *v = HsObject_GetAttrString(core, names[i]);
        rc = v != NULL ? HsModule_AddObjectRef(m, names[i], v) : -1;
        Hs_XDECREF(v);
        if (rc == 0 && i < 8) {
            HsObject *s = HsUnicode_FromString(names[i]);
            rc = s != NULL ? HsList_Append(all, s) : -1;
            Hs_XDECREF(s);
        }
    }
    if (rc == 0) {
        rc = HsModule_AddObjectRef(m, "__all__", all);
    }
    Hs_XDECREF(all);
    Hs_XDECREF(core);
    if (rc < 0) {
        Hs_XDECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}
