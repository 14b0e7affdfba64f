/* The buffer protocol and memoryview (CPython 3.11: Py_buffer in Include/cpython/object.h,
 * Include/cpython/memoryobject.h, Objects/memoryobject.c). Exporters are known by type, not
 * by a type slot: bytes (read-only), bytearray (writable; counts its exports in ob_exports
 * and refuses to resize while any is alive), memoryview itself, and the types of upper layers
 * registered with hs_buffer_register_exporter (array.array). A memoryview holds a
 * 'managedbuffer' that owns the one export taken from the object, as in CPython, so
 * memoryview(b) adds one reference to b however many slices are made of the view.
 * Only one-dimensional views exist (casts to other shapes are refused). */
#ifndef HS_INTERNAL_HS_OBJ_MEMORY_H
#define HS_INTERNAL_HS_OBJ_MEMORY_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

/* ==== the buffer (CPython: Py_buffer, 80 bytes) ====
 * 'obj' is a strong reference to the exporter between hs_buffer_get and hs_buffer_release.
 * shape/strides NULL mean a contiguous 1-D array of len / itemsize items. */
typedef struct HsBuffer {
    void *buf;
    HsObject *obj;
    Hs_ssize_t len;      /* bytes */
    Hs_ssize_t itemsize; /* bytes per item */
    int readonly;
    int ndim;
    const char *format; /* struct-module format of one item ("B" for bytes) */
    Hs_ssize_t *shape;
    Hs_ssize_t *strides;
    Hs_ssize_t *suboffsets; /* always NULL here */
    void *internal;
} HsBuffer;

/* Request flags for hs_buffer_get (a subset of CPython's PyBUF_*). */
#define HS_BUF_SIMPLE 0
#define HS_BUF_WRITABLE 1

extern HsTypeObject HsMemoryView_Type;    /* 'memoryview' */
extern HsTypeObject HsManagedBuffer_Type; /* 'managedbuffer' (not a builtin name) */
extern HsTypeObject HsMemoryIter_Type;    /* 'memory_iterator' */

#define HsMemoryView_Check(op) (Hs_TYPE(op) == &HsMemoryView_Type)

/* ==== buffer protocol (src/obj/memoryobject.c) ==== */

/* 1 when 'o' can export a buffer (bytes, bytearray, memoryview, a registered exporter, or a
 * subclass), else 0. */
int hs_buffer_check(HsObject *o);
/* Fill 'view' with o's buffer and take one export (view->obj: new reference). 0, or -1
 * with TypeError "a bytes-like object is required, not 'T'", BufferError "Object is not
 * writable." (HS_BUF_WRITABLE on bytes), or ValueError for a released memoryview.
 * CPython: PyObject_GetBuffer. */
int hs_buffer_get(HsObject *o, HsBuffer *view, int flags);
/* Give the export back and drop view->obj (no-op when it is NULL). CPython:
 * PyBuffer_Release. */
void hs_buffer_release(HsBuffer *view);

/* ==== exporters defined above the object layer ====
 * A type of an upper layer (array.array) makes its instances (and its subtypes') exporters by
 * registering, once, a 'get' that fills view->buf, len, itemsize, format and readonly and
 * counts the export (it may fail with an exception: -1), and a 'release' that uncounts it.
 * hs_buffer_get sets obj, ndim and the rest itself. */
typedef int (*hs_getbufferproc)(HsObject *exporter, HsBuffer *view, int flags);
typedef void (*hs_releasebufferproc)(HsObject *exporter, HsBuffer *view);
/* Register 'type' (a static type; at most 8 types in all). 0, or -1 with RuntimeError when the
 * table is full. Registering a type again is a no-op. */
int hs_buffer_register_exporter(HsTypeObject *type, hs_getbufferproc get,
                                hs_releasebufferproc release);
/* For an instance of a registered type: its contiguous bytes in *buf / *len (valid until the
 * exporter is resized or dies), and 1. 0 (no exception) for any other object. */
int hs_buffer_exporter_view(HsObject *o, const char **buf, Hs_ssize_t *len);

/* ==== memoryview ==== */

/* memoryview(o). Return: new reference. CPython: PyMemoryView_FromObject. */
HsObject *HsMemoryView_FromObject(HsObject *o);
/* For a memoryview 'o' that is not released and is C-contiguous: its bytes in *buf and
 * *len, and 1. 0 otherwise (no exception). The pointer lives as long as the view. */
int hs_memoryview_contiguous(HsObject *o, const char **buf, Hs_ssize_t *len);
/* bytes(o) for any buffer exporter, copying a strided view in logical order (CPython:
 * _PyBytes_FromBuffer). NULL without an exception when 'o' exports no buffer.
 * Return: new reference. */
HsObject *hs_buffer_to_bytes(HsObject *o);

#endif /* HS_INTERNAL_HS_OBJ_MEMORY_H */
