/* Internals of the object layer: the type object and its slots (CPython:
 * Include/cpython/object.h, PyTypeObject). The layout follows PyTypeObject of CPython 3.11
 * so that later layers can carry CPython's algorithms over slot for slot.
 * Invariants: a type with HS_TPFLAGS_HAVE_GC allocates through hs_gc_alloc and carries an
 * HsGCHead before the object; its tp_traverse visits every HsObject* it owns and tp_clear
 * drops them; tp_dealloc untracks first. */
#ifndef HS_INTERNAL_HS_OBJ_H
#define HS_INTERNAL_HS_OBJ_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "hs/object.h"
#include "hs/refcount.h"

/* ==== slot signatures ==== */
typedef void (*hs_destructor)(HsObject *);
typedef int (*hs_visitproc)(HsObject *, void *);
typedef int (*hs_traverseproc)(HsObject *, hs_visitproc, void *);
typedef int (*hs_inquiry)(HsObject *);
typedef HsObject *(*hs_unaryfunc)(HsObject *);
typedef HsObject *(*hs_binaryfunc)(HsObject *, HsObject *);
typedef HsObject *(*hs_ternaryfunc)(HsObject *, HsObject *, HsObject *);
typedef Hs_ssize_t (*hs_lenfunc)(HsObject *);
typedef HsObject *(*hs_ssizeargfunc)(HsObject *, Hs_ssize_t);
typedef int (*hs_ssizeobjargproc)(HsObject *, Hs_ssize_t, HsObject *);
typedef int (*hs_objobjargproc)(HsObject *, HsObject *, HsObject *);
typedef int (*hs_objobjproc)(HsObject *, HsObject *);
typedef HsObject *(*hs_reprfunc)(HsObject *);
typedef Hs_ssize_t (*hs_hashfunc)(HsObject *);
typedef HsObject *(*hs_richcmpfunc)(HsObject *, HsObject *, int);
typedef HsObject *(*hs_getattrofunc)(HsObject *, HsObject *);
typedef int (*hs_setattrofunc)(HsObject *, HsObject *, HsObject *);
typedef HsObject *(*hs_getiterfunc)(HsObject *);
typedef HsObject *(*hs_iternextfunc)(HsObject *);
typedef HsObject *(*hs_descrgetfunc)(HsObject *, HsObject *, HsObject *);
typedef int (*hs_descrsetfunc)(HsObject *, HsObject *, HsObject *);
typedef int (*hs_initproc)(HsObject *, HsObject *, HsObject *);
typedef HsObject *(*hs_newfunc)(HsTypeObject *, HsObject *, HsObject *);
typedef HsObject *(*hs_allocfunc)(HsTypeObject *, Hs_ssize_t);
typedef void (*hs_freefunc)(void *);
/* Vectorcall: 'nargsf' positional args in args[0..], then the keyword values named by
 * the tuple 'kwnames'. CPython: vectorcallfunc. */
typedef HsObject *(*hs_vectorcallfunc)(HsObject *, HsObject *const *, size_t, HsObject *);

/* Comparison operators for tp_richcompare, as Py_LT..Py_GE. */
enum { HS_LT = 0, HS_LE = 1, HS_EQ = 2, HS_NE = 3, HS_GT = 4, HS_GE = 5 };

typedef struct HsNumberMethods {
    hs_binaryfunc nb_add, nb_subtract, nb_multiply, nb_remainder, nb_divmod;
    hs_ternaryfunc nb_power;
    hs_unaryfunc nb_negative, nb_positive, nb_absolute;
    hs_inquiry nb_bool;
    hs_unaryfunc nb_invert;
    hs_binaryfunc nb_lshift, nb_rshift, nb_and, nb_xor, nb_or;
    hs_unaryfunc nb_int;
    void *nb_reserved;
    hs_unaryfunc nb_float;
    hs_binaryfunc nb_inplace_add, nb_inplace_subtract, nb_inplace_multiply, nb_inplace_remainder;
    hs_ternaryfunc nb_inplace_power;
    hs_binaryfunc nb_inplace_lshift, nb_inplace_rshift, nb_inplace_and, nb_inplace_xor,
        nb_inplace_or;
    hs_binaryfunc nb_floor_divide, nb_true_divide, nb_inplace_floor_divide,
        nb_inplace_true_divide;
    hs_unaryfunc nb_index;
    hs_binaryfunc nb_matrix_multiply, nb_inplace_matrix_multiply;
} HsNumberMethods;

typedef struct HsSequenceMethods {
    hs_lenfunc sq_length;
    hs_binaryfunc sq_concat;
    hs_ssizeargfunc sq_repeat;
    hs_ssizeargfunc sq_item;
    void *was_sq_slice;
    hs_ssizeobjargproc sq_ass_item;
    void *was_sq_ass_slice;
    hs_objobjproc sq_contains;
    hs_binaryfunc sq_inplace_concat;
    hs_ssizeargfunc sq_inplace_repeat;
} HsSequenceMethods;

typedef struct HsMappingMethods {
    hs_lenfunc mp_length;
    hs_binaryfunc mp_subscript;
    hs_objobjargproc mp_ass_subscript;
} HsMappingMethods;

/* ==== type flags (bit positions as CPython 3.11's Py_TPFLAGS_*) ==== */
#define HS_TPFLAGS_MANAGED_DICT (1UL << 4)
#define HS_TPFLAGS_SEQUENCE (1UL << 5)
#define HS_TPFLAGS_MAPPING (1UL << 6)
#define HS_TPFLAGS_IMMUTABLETYPE (1UL << 8)
#define HS_TPFLAGS_HEAPTYPE (1UL << 9)
#define HS_TPFLAGS_BASETYPE (1UL << 10)
#define HS_TPFLAGS_HAVE_VECTORCALL (1UL << 11)
#define HS_TPFLAGS_READY (1UL << 12)
#define HS_TPFLAGS_READYING (1UL << 13)
#define HS_TPFLAGS_HAVE_GC (1UL << 14)
#define HS_TPFLAGS_METHOD_DESCRIPTOR (1UL << 17)
#define HS_TPFLAGS_VALID_VERSION_TAG (1UL << 19)
#define HS_TPFLAGS_IS_ABSTRACT (1UL << 20)
#define HS_TPFLAGS_LONG_SUBCLASS (1UL << 24)
#define HS_TPFLAGS_LIST_SUBCLASS (1UL << 25)
#define HS_TPFLAGS_TUPLE_SUBCLASS (1UL << 26)
#define HS_TPFLAGS_BYTES_SUBCLASS (1UL << 27)
#define HS_TPFLAGS_UNICODE_SUBCLASS (1UL << 28)
#define HS_TPFLAGS_DICT_SUBCLASS (1UL << 29)
#define HS_TPFLAGS_BASE_EXC_SUBCLASS (1UL << 30)
#define HS_TPFLAGS_TYPE_SUBCLASS (1UL << 31)

/* ==== the type object ==== */
struct HsTypeObject {
    HsVarObject ob_base;
    const char *tp_name; /* "module.Name" for static types, as tp_name in CPython */
    Hs_ssize_t tp_basicsize, tp_itemsize;
    hs_destructor tp_dealloc;
    Hs_ssize_t tp_vectorcall_offset;
    HsNumberMethods *tp_as_number;
    HsSequenceMethods *tp_as_sequence;
    HsMappingMethods *tp_as_mapping;
    hs_hashfunc tp_hash;
    hs_ternaryfunc tp_call;
    hs_reprfunc tp_repr;
    hs_reprfunc tp_str;
    hs_getattrofunc tp_getattro;
    hs_setattrofunc tp_setattro;
    unsigned long tp_flags;
    const char *tp_doc;
    hs_traverseproc tp_traverse;
    hs_inquiry tp_clear;
    hs_richcmpfunc tp_richcompare;
    Hs_ssize_t tp_weaklistoffset;
    hs_getiterfunc tp_iter;
    hs_iternextfunc tp_iternext;
    struct HsMethodDef *tp_methods;
    struct HsMemberDef *tp_members;
    struct HsGetSetDef *tp_getset;
    HsTypeObject *tp_base;
    HsObject *tp_dict;
    hs_descrgetfunc tp_descr_get;
    hs_descrsetfunc tp_descr_set;
    Hs_ssize_t tp_dictoffset;
    hs_initproc tp_init;
    hs_allocfunc tp_alloc;
    hs_newfunc tp_new;
    hs_freefunc tp_free;
    hs_inquiry tp_is_gc; /* NULL: every instance of a HAVE_GC type is a GC object */
    HsObject *tp_bases;
    HsObject *tp_mro;
    HsObject *tp_cache;
    HsObject *tp_subclasses;
    HsObject *tp_weaklist;
    hs_destructor tp_del; /* legacy finalizer: makes a cycle uncollectable (gc.garbage) */
    unsigned int tp_version_tag;
    hs_destructor tp_finalize; /* PEP 442 finalizer, called at most once per object */
    hs_vectorcallfunc tp_vectorcall;
};

#define HsType_HasFeature(tp, f) (((tp)->tp_flags & (f)) != 0)
#define HsType_IS_GC(tp) HsType_HasFeature((tp), HS_TPFLAGS_HAVE_GC)

/* True if 'op' is a GC object (carries an HsGCHead). CPython: _PyObject_IS_GC. */
static inline int HsObject_IS_GC(HsObject *op) {
    HsTypeObject *tp = Hs_TYPE(op);
    return HsType_IS_GC(tp) && (tp->tp_is_gc == NULL || tp->tp_is_gc(op));
}

/* The type of all static types. */
extern HsTypeObject HsType_Type;

/* ==== object-layer internal API (src/obj/object.c) ==== */

/* Allocate an uninitialised non-GC object of 'size' bytes through the object allocator and
 * set its header (refcount 1, type 'tp', counted in hs_ref_total).
 * Return: new reference, or NULL (MemoryError set once the error layer exists). */
HsObject *hs_obj_new(HsTypeObject *tp, size_t size);

/* Free the memory of a non-GC object allocated by hs_obj_new (no finalization). */
void hs_obj_free(HsObject *op);

/* Call 'op''s tp_finalize unless it has none or (GC object) was already finalized; mark a
 * GC object FINALIZED afterwards. CPython: PyObject_CallFinalizer. */
void hs_obj_call_finalizer(HsObject *op);

/* For a tp_dealloc whose type has tp_finalize, called with the count at 0 (and the object
 * tracked again if it is a GC object, as CPython's subtype_dealloc does): resurrects 'op'
 * for the call, runs hs_obj_call_finalizer, and undoes the resurrection. Returns 0 when
 * the object can be freed, -1 when the finalizer resurrected it (the dealloc must then
 * return without freeing). CPython: PyObject_CallFinalizerFromDealloc. */
int hs_obj_call_finalizer_from_dealloc(HsObject *op);

/* Trashcan (CPython: Py_TRASHCAN_BEGIN/END): bounds the C stack used by a dealloc that
 * drops a long chain of containers. Use in a GC type's tp_dealloc, after untracking:
 *     if (!hs_trashcan_begin(op)) { return; }   // deferred: will be called again later
 *     ... drop references, free ...
 *     hs_trashcan_end();
 * While the nesting depth is below HS_TRASHCAN_LIMIT begin returns 1 and dealloc proceeds;
 * past it 'op' is put on a deferred list (linked through its HsGCHead) and freed by the
 * outermost end, so the depth never exceeds the limit. */
#define HS_TRASHCAN_LIMIT 50
int hs_trashcan_begin(HsObject *op);
void hs_trashcan_end(void);
/* The current nesting depth (0 outside any trashcan'ed dealloc); for tests and tracing. */
int hs_trashcan_nesting(void);

#endif /* HS_INTERNAL_HS_OBJ_H */
