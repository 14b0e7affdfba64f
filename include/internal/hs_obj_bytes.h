/* bytes and bytearray (CPython 3.11: Include/cpython/bytesobject.h,
 * Include/cpython/bytearrayobject.h). bytes is an immutable var-object whose characters
 * follow the header inline (sys.getsizeof(b'') == 33, one more per byte); bytearray keeps
 * its bytes in a separate over-allocated buffer (sys.getsizeof(bytearray()) == 56 plus
 * ob_alloc). Invariants: ob_sval / ob_start[ob_size] is always a NUL byte (bytearray: when
 * ob_alloc > 0); a bytes handed out is never written again; ob_shash is -1 until computed.
 * The methods both types share live in src/obj/bytesmethods.c (docs/internals/bytes.md). */
#ifndef HS_INTERNAL_HS_OBJ_BYTES_H
#define HS_INTERNAL_HS_OBJ_BYTES_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"
#include "internal/hs_obj_descr.h"

/* ==== layouts ==== */
typedef struct HsBytesObject {
    HsVarObject ob_base;
    Hs_ssize_t ob_shash; /* -1 until hashed */
    char ob_sval[1];     /* ob_size bytes then a NUL */
} HsBytesObject;

typedef struct HsByteArrayObject {
    HsVarObject ob_base;
    Hs_ssize_t ob_alloc;   /* bytes allocated at ob_bytes (0: ob_bytes is NULL) */
    char *ob_bytes;        /* the buffer (hs_mem_malloc'd) */
    char *ob_start;        /* the first live byte: ob_bytes + a logical offset */
    Hs_ssize_t ob_exports; /* live buffer exports (hs_buffer_get): no resizing while > 0 */
} HsByteArrayObject;

extern HsTypeObject HsBytes_Type;
extern HsTypeObject HsByteArray_Type;

#define HsBytes_CheckExact(op) (Hs_TYPE(op) == &HsBytes_Type)
#define HsBytes_Check(op) HsType_HasFeature(Hs_TYPE(op), HS_TPFLAGS_BYTES_SUBCLASS)
#define HsByteArray_CheckExact(op) (Hs_TYPE(op) == &HsByteArray_Type)
int HsByteArray_Check(HsObject *op); /* bytearray or a subclass */

#define HsBytes_AS_STRING(op) (((HsBytesObject *)(op))->ob_sval)
#define HsBytes_GET_SIZE(op) Hs_SIZE(op)
#define HsByteArray_GET_SIZE(op) Hs_SIZE(op)
/* The bytes of a bytearray (a pointer to a static "" when it holds nothing). */
char *hs_bytearray_as_string(HsObject *op);
#define HsByteArray_AS_STRING(op) hs_bytearray_as_string(Hs_CAST(op))

/* Requests for more bytes than this raise MemoryError without asking the allocator (no
 * machine has 64 TiB; asking would abort under AddressSanitizer instead of failing). */
#define HS_BYTES_ALLOC_LIMIT ((Hs_ssize_t)1 << 46)

/* ==== bytes: creation (src/obj/bytesobject.c) ==== */

/* A bytes of 'size' bytes copied from 's', or uninitialised (NUL-terminated) when 's' is
 * NULL. size 0 and size 1 with 's' given return the cached singletons.
 * Return: new reference. CPython: PyBytes_FromStringAndSize. */
HsObject *HsBytes_FromStringAndSize(const char *s, Hs_ssize_t size);
HsObject *HsBytes_FromString(const char *s); /* Return: new reference. */
/* bytes(o) for a bytes-like object or an iterable of ints. Return: new reference.
 * CPython: PyBytes_FromObject. */
HsObject *HsBytes_FromObject(HsObject *o);
/* bytes(o) as the bytes() of a bytes-like object, of o.__bytes__(), or of an iterable of
 * ints. Return: new reference. CPython: PyObject_Bytes. */
HsObject *HsObject_Bytes(HsObject *o);
/* a + b for bytes-like a and b. Return: new reference (a bytes). CPython: PyBytes_Concat. */
HsObject *hs_bytes_concat(HsObject *a, HsObject *b);
/* sys.getsizeof(b) without GC head (bytes is not GC): 33 + len. */
Hs_ssize_t hs_bytes_sizeof(HsObject *op);
/* hash(b), cached; equal to hash() of the ASCII str with the same characters. */
Hs_ssize_t hs_bytes_hash(HsObject *op);

/* ==== bytearray (src/obj/bytearrayobject.c) ==== */

/* Return: new reference. CPython: PyByteArray_FromStringAndSize ('s' NULL: zeroed). */
HsObject *HsByteArray_FromStringAndSize(const char *s, Hs_ssize_t size);
/* Resize with CPython 3.11's over-allocation (PyByteArray_Resize). 0, or -1 with an error
 * (MemoryError, or BufferError while exported). */
int HsByteArray_Resize(HsObject *op, Hs_ssize_t size);
/* sys.getsizeof(ba): 56 + ob_alloc (bytearray.__sizeof__). */
Hs_ssize_t hs_bytearray_sizeof(HsObject *op);

/* ==== the buffer of a bytes-like object ====
 * Fills buf and len with the bytes of a bytes, a bytearray or a live C-contiguous
 * memoryview (hs_obj_memory.h) and returns 0; otherwise raises TypeError "a bytes-like object is required, not 'T'" and
 * returns -1. The pointer is valid while the object is alive and not resized. */
int hs_bytes_view(HsObject *o, const char **buf, Hs_ssize_t *len);
/* bytes % args and bytearray % args (nb_remainder; src/obj/unicodepercent.c). */
extern HsNumberMethods hs_bytes_as_number;
/* Same, without raising: returns 1 when 'o' is bytes-like, 0 when not. */
int hs_bytes_view_check(HsObject *o, const char **buf, Hs_ssize_t *len);

/* ==== slices and result lists ====
 * hs_bytes_slice_unpack: 1 and start/step/slicelength (adjusted to 'length', as
 * PySlice_Unpack + PySlice_AdjustIndices) when 'key' is a slice, 0 when it is not (no
 * exception), -1 on error. hs_bytes_make_list: the list split()/rsplit()/splitlines()
 * return, from 'n' borrowed items. */
HsObject *hs_bytes_make_list(HsObject *const *items, Hs_ssize_t n); /* new reference */

/* self[start:start+step*slicelength:step] for a bytes or bytearray 'self' (result of the
 * same type). Return: new reference. */
HsObject *hs_bytes_get_slice(HsObject *self, Hs_ssize_t start, Hs_ssize_t step,
                             Hs_ssize_t slicelength);
/* self[slice] = value (NULL: del) for a bytearray. 0 or -1. CPython: bytearray_ass_subscript */
int hs_bytearray_ass_slice(HsObject *self, Hs_ssize_t start, Hs_ssize_t step,
                           Hs_ssize_t slicelength, HsObject *value);

/* ==== iterators (src/obj/bytesobject.c) ====
 * iter(b) is a 'bytes_iterator', iter(ba) a 'bytearray_iterator' (GC objects; 48 bytes with
 * the GC head). Return: new reference. */
extern HsTypeObject HsBytesIter_Type;
extern HsTypeObject HsByteArrayIter_Type;
HsObject *hs_bytes_iter_new(HsObject *seq);

/* ==== methods (src/obj/bytesmethods.c) ====
 * One implementation serves both types: results are bytes for a bytes 'self' and
 * bytearray for a bytearray 'self'. The two tables (tp_methods of each type) list each
 * type's own methods, then the shared ones, in CPython 3.11's calling conventions. */
extern HsMethodDef hs_bytes_methods[];
extern HsMethodDef hs_bytearray_methods[];

/* bytearray's mutating methods (src/obj/bytearrayobject.c), as listed in its table:
 * METH_O append/extend/remove, METH_FASTCALL insert/pop, METH_NOARGS clear/copy/reverse/
 * __alloc__. Return: new reference (None for the mutators). */
HsObject *hs_bytearray_append(HsObject *self, HsObject *item);
HsObject *hs_bytearray_extend(HsObject *self, HsObject *iterable);
HsObject *hs_bytearray_remove(HsObject *self, HsObject *value);
HsObject *hs_bytearray_insert(HsObject *self, HsObject *const *args, Hs_ssize_t nargs);
HsObject *hs_bytearray_pop(HsObject *self, HsObject *const *args, Hs_ssize_t nargs);
HsObject *hs_bytearray_clear(HsObject *self, HsObject *unused);
HsObject *hs_bytearray_copy(HsObject *self, HsObject *unused);
HsObject *hs_bytearray_reverse(HsObject *self, HsObject *unused);
HsObject *hs_bytearray_alloc(HsObject *self, HsObject *unused);
/* __reduce__() and __reduce_ex__(proto=0) (CPython: bytearray_reduce*). Return: new ref. */
HsObject *hs_bytearray_reduce(HsObject *self, HsObject *unused);
HsObject *hs_bytearray_reduce_ex(HsObject *self, HsObject *const *args, Hs_ssize_t nargs);
/* A new object of self's kind (bytes or bytearray) from 'len' bytes at 's'.
 * Return: new reference. */
HsObject *hs_bytes_new_like(HsObject *self, const char *s, Hs_ssize_t len);
/* repr(b) / repr(ba) body: b'...' with CPython's quote choice and escapes.
 * Return: new reference (a str). */
HsObject *hs_bytes_repr_buf(const char *s, Hs_ssize_t len, const char *prefix, const char *suffix);
/* `item in self` for an int or a bytes-like 'item': 1, 0 or -1. CPython: _Py_bytes_contains */
int hs_bytes_contains_buf(const char *s, Hs_ssize_t len, HsObject *item);
/* The byte value of an int-like 'o' (0..255): 0, or -1 with ValueError "byte must be in
 * range(0, 256)" / TypeError. CPython: _getbytevalue. */
int hs_bytes_byte_value(HsObject *o, int *value);
/* bytes.fromhex / bytearray.fromhex parsing into a new object of type 'type'.
 * Return: new reference. */
HsObject *hs_bytes_fromhex(HsTypeObject *type, HsObject *string);
/* Rich comparison of two byte buffers for operator 'op' (HS_LT..HS_GE): 1 or 0. */
int hs_bytes_compare_buf(const char *a, Hs_ssize_t alen, const char *b, Hs_ssize_t blen, int op);

/* ==== plumbing between the three files ==== */

/* The byte values of every item of the iterable 'o' (tuples are walked directly) into a
 * new hs_mem_malloc'd buffer *out of *n bytes. Returns 0; -1 with an exception (TypeError
 * for a non-integer item, ValueError "byte must be in range(0, 256)"); -2 without an
 * exception when 'o' is not iterable at all. */
int hs_bytes_collect_ints(HsObject *o, char **out, Hs_ssize_t *n);

/* Ready bytes, bytearray and their iterators (adding the four types to hs_obj_init's list
 * does the same). Returns 0 or -1. */
int hs_bytes_init_types(void);
int hs_bytearray_init_type(void);
/* The slice hook, or 0 (not a slice) when none is installed. */
int hs_bytes_slice_unpack(HsObject *key, Hs_ssize_t length, Hs_ssize_t *start, Hs_ssize_t *step,
                          Hs_ssize_t *slicelength);
/* Turn tp_new's (args tuple, kwargs dict) into vectorcall form in 'stack' (room for 'cap'
 * values; positional then keyword values) and *kwnames (new reference or NULL).
 * Returns 0, or -1 with TypeError when more than 'cap' arguments were given. */
int hs_bytes_flatten_args(HsObject *args, HsObject *kwds, HsObject **stack, Hs_ssize_t cap,
                          HsObject **kwnames);

#endif /* HS_INTERNAL_HS_OBJ_BYTES_H */
