/* Type objects (CPython 3.11: Objects/typeobject.c): readying C types (slot inheritance,
 * the MRO, the type's dict of descriptors), the MRO lookup with its method cache, and the
 * two roots of the object model: 'object' and 'type'. Classes made by `class` statements
 * (heap types, slot wrappers calling dunders) build on this in a later file.
 * Invariants: a readied type has HS_TPFLAGS_READY, a tp_dict dict, a tp_bases tuple and a
 * tp_mro tuple starting with the type itself; the lookup cache holds borrowed references
 * valid until hs_type_modified() bumps the epoch. */
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_hash.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_fini.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

/* ==== the method cache (CPython: type_cache, 4096 entries) ====
 * Keyed by (type, name) and valid for one epoch: any change to a type's dict or bases, and
 * any type's deallocation, starts a new epoch. CPython keeps a version tag per type instead;
 * one global epoch is simpler and costs nothing while classes are not being mutated. */
#define CACHE_SIZE 4096

typedef struct CacheEntry {
    HsTypeObject *type;
    HsObject *name;  /* owned */
    HsObject *value; /* borrowed; NULL caches a miss */
    uint64_t epoch;
} CacheEntry;

static CacheEntry method_cache[CACHE_SIZE];
uint64_t hs_type_epoch = 1;

/* ==== static helpers ==== */

static const char *short_name(HsTypeObject *tp) {
    const char *dot = strrchr(tp->tp_name, '.');
    return dot != NULL ? dot + 1 : tp->tp_name;
}

/* Walk the MRO without the cache. */
static HsObject *find_in_mro(HsTypeObject *type, HsObject *name, int *err) {
    *err = 0;
    HsObject *mro = type->tp_mro;
    if (mro == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < Hs_SIZE(mro); i++) {
        HsObject *dict = ((HsTypeObject *)HS_TUPLE_GET(mro, i))->tp_dict;
        HsObject *v = dict != NULL ? HsDict_GetItemWithError(dict, name) : NULL;
        if (v != NULL) {
            return v;
        }
        if (HsErr_Occurred()) {
            *err = 1;
            return NULL;
        }
    }
    return NULL;
}

/* ==== slot inheritance (CPython: inherit_special, inherit_slots) ==== */

#define COPY(slot)                                                                                 \
    do {                                                                                           \
        if (!type->slot) {                                                                         \
            type->slot = base->slot;                                                               \
        }                                                                                          \
    } while (0)

/* Copy each number slot 't' lacks from 'b' (CPython: COPYNUM). */
static void inherit_number(HsNumberMethods *t, const HsNumberMethods *b) {
#define NB(slot)                                                                                   \
    if (!t->slot) {                                                                                \
        t->slot = b->slot;                                                                         \
    }
    NB(nb_add) NB(nb_subtract) NB(nb_multiply) NB(nb_remainder) NB(nb_divmod) NB(nb_power)
    NB(nb_negative) NB(nb_positive) NB(nb_absolute) NB(nb_bool) NB(nb_invert) NB(nb_lshift)
    NB(nb_rshift) NB(nb_and) NB(nb_xor) NB(nb_or) NB(nb_int) NB(nb_float) NB(nb_inplace_add)
    NB(nb_inplace_subtract) NB(nb_inplace_multiply) NB(nb_inplace_remainder)
    NB(nb_inplace_power) NB(nb_inplace_lshift) NB(nb_inplace_rshift) NB(nb_inplace_and)
    NB(nb_inplace_xor) NB(nb_inplace_or) NB(nb_floor_divide) NB(nb_true_divide)
    NB(nb_inplace_floor_divide) NB(nb_inplace_true_divide) NB(nb_index)
    NB(nb_matrix_multiply) NB(nb_inplace_matrix_multiply)
#undef NB
}

static void inherit_special(HsTypeObject *type, HsTypeObject *base) {
    if (!(type->tp_flags & HS_TPFLAGS_HAVE_GC) && (base->tp_flags & HS_TPFLAGS_HAVE_GC) &&
        type->tp_traverse == NULL && type->tp_clear == NULL) {
        type->tp_flags |= HS_TPFLAGS_HAVE_GC;
        type->tp_traverse = base->tp_traverse;
        type->tp_clear = base->tp_clear;
    }
    if (type->tp_basicsize == 0) {
        type->tp_basicsize = base->tp_basicsize;
    }
    COPY(tp_itemsize);
    COPY(tp_weaklistoffset);
    COPY(tp_dictoffset);
    type->tp_flags |= base->tp_flags & HS_TPFLAGS_MANAGED_DICT;
    type->tp_flags |= base->tp_flags & (HS_TPFLAGS_LONG_SUBCLASS | HS_TPFLAGS_LIST_SUBCLASS |
                                        HS_TPFLAGS_TUPLE_SUBCLASS | HS_TPFLAGS_BYTES_SUBCLASS |
                                        HS_TPFLAGS_UNICODE_SUBCLASS | HS_TPFLAGS_DICT_SUBCLASS |
                                        HS_TPFLAGS_BASE_EXC_SUBCLASS | HS_TPFLAGS_TYPE_SUBCLASS);
}

static void inherit_slots(HsTypeObject *type, HsTypeObject *base) {
    if (base->tp_as_number != NULL) {
        if (type->tp_as_number == NULL) {
            type->tp_as_number = base->tp_as_number;
        } else if (type->tp_as_number != base->tp_as_number) {
            inherit_number(type->tp_as_number, base->tp_as_number);
        }
    }
    if (base->tp_as_sequence != NULL) {
        if (type->tp_as_sequence == NULL) {
            type->tp_as_sequence = base->tp_as_sequence;
        } else if (type->tp_as_sequence != base->tp_as_sequence) {
            HsSequenceMethods *t = type->tp_as_sequence, *b = base->tp_as_sequence;
            void **tp = (void **)t, **bp = (void **)b;
            for (size_t i = 0; i < sizeof *t / sizeof(void *); i++) {
                if (tp[i] == NULL) {
                    tp[i] = bp[i];
                }
            }
        }
    }
    if (base->tp_as_mapping != NULL) {
        if (type->tp_as_mapping == NULL) {
            type->tp_as_mapping = base->tp_as_mapping;
        } else if (type->tp_as_mapping != base->tp_as_mapping) {
            HsMappingMethods *t = type->tp_as_mapping, *b = base->tp_as_mapping;
            if (t->mp_length == NULL) {
                t->mp_length = b->mp_length;
            }
            if (t->mp_subscript == NULL) {
                t->mp_subscript = b->mp_subscript;
            }
            if (t->mp_ass_subscript == NULL) {
                t->mp_ass_subscript = b->mp_ass_subscript;
            }
        }
    }
    COPY(tp_dealloc);
    COPY(tp_repr);
    COPY(tp_str);
    COPY(tp_call);
    COPY(tp_getattro); /* each on its own, as CPython's inherit_slots */
    COPY(tp_setattro);
    /* Comparison and hashing are inherited together, unless the type's dict defines
     * __eq__ or __hash__ (CPython: overrides_hash). */
    if (type->tp_richcompare == NULL && type->tp_hash == NULL) {
        int own = type->tp_dict != NULL &&
                  (HsDict_GetItemString(type->tp_dict, "__eq__") != NULL ||
                   HsDict_GetItemString(type->tp_dict, "__hash__") != NULL);
        if (!own) {
            type->tp_richcompare = base->tp_richcompare;
            type->tp_hash = base->tp_hash;
        }
    }
    COPY(tp_iter);
    COPY(tp_iternext);
    COPY(tp_descr_get);
    COPY(tp_descr_set);
    COPY(tp_init);
    COPY(tp_alloc);
    COPY(tp_is_gc);
    COPY(tp_finalize);
    COPY(tp_free); /* object_free tells GC from non-GC objects itself */
    if (!(type->tp_flags & HS_TPFLAGS_HAVE_VECTORCALL) &&
        (base->tp_flags & HS_TPFLAGS_HAVE_VECTORCALL) && type->tp_call == base->tp_call) {
        type->tp_flags |= HS_TPFLAGS_HAVE_VECTORCALL;
        COPY(tp_vectorcall_offset);
    }
}
#undef COPY

/* ==== readying ==== */

/* Put 'value' (stolen) in the type's dict under 'name' unless already there. */
static int dict_add(HsTypeObject *type, const char *name, HsObject *value, int override) {
    if (value == NULL) {
        return -1;
    }
    HsObject *key = HsUnicode_InternFromString(name);
    int r = 0;
    if (key == NULL) {
        r = -1;
    } else if (override || HsDict_GetItemWithError(type->tp_dict, key) == NULL) {
        r = HsErr_Occurred() ? -1 : HsDict_SetItem(type->tp_dict, key, value);
    }
    Hs_XDECREF(key);
    Hs_DECREF(value);
    return r;
}

static int add_methods(HsTypeObject *type) {
    for (HsMethodDef *m = type->tp_methods; m != NULL && m->ml_name != NULL; m++) {
        HsObject *d;
        if (m->ml_flags & HS_METH_CLASS) {
            d = HsDescr_NewClassMethod(type, m);
        } else if (m->ml_flags & HS_METH_STATIC) {
            d = HsCFunction_NewEx(m, (HsObject *)type, NULL); /* not a descriptor: as is */
        } else {
            d = HsDescr_NewMethod(type, m);
        }
        if (dict_add(type, m->ml_name, d, (m->ml_flags & HS_METH_COEXIST) != 0) < 0) {
            return -1;
        }
    }
    for (HsMemberDef *m = type->tp_members; m != NULL && m->name != NULL; m++) {
        if (dict_add(type, m->name, HsDescr_NewMember(type, m), 0) < 0) {
            return -1;
        }
    }
    for (HsGetSetDef *g = type->tp_getset; g != NULL && g->name != NULL; g++) {
        if (dict_add(type, g->name, HsDescr_NewGetSet(type, g), 0) < 0) {
            return -1;
        }
    }
    return 0;
}

/* (type,) + base.__mro__ for a single-base C type. */
static HsObject *static_mro(HsTypeObject *type) {
    HsTypeObject *base = type->tp_base;
    Hs_ssize_t n = base != NULL ? Hs_SIZE(base->tp_mro) : 0;
    HsObject *mro = HsTuple_New(n + 1);
    if (mro == NULL) {
        return NULL;
    }
    HS_TUPLE_SET(mro, 0, Hs_NewRef((HsObject *)type));
    for (Hs_ssize_t i = 0; i < n; i++) {
        HS_TUPLE_SET(mro, i + 1, Hs_NewRef(HS_TUPLE_GET(base->tp_mro, i)));
    }
    return mro;
}

static int ready_dict_and_mro(HsTypeObject *type) {
    if (type->tp_bases == NULL) {
        type->tp_bases = type->tp_base != NULL ? HsTuple_Pack(1, (HsObject *)type->tp_base)
                                               : HsTuple_New(0);
        if (type->tp_bases == NULL) {
            return -1;
        }
    }
    if (type->tp_dict == NULL && (type->tp_dict = HsDict_New()) == NULL) {
        return -1;
    }
    if (!(type->tp_flags & HS_TPFLAGS_HEAPTYPE) && hs_type_add_operators(type) < 0) {
        return -1;
    }
    if (add_methods(type) < 0) {
        return -1;
    }
    HsObject *doc = type->tp_doc != NULL ? HsUnicode_FromString(type->tp_doc)
                                         : Hs_NewRef(Hs_None);
    if (dict_add(type, "__doc__", doc, 0) < 0) {
        return -1;
    }
    if (type->tp_hash == HsObject_HashNotImplemented &&
        dict_add(type, "__hash__", Hs_NewRef(Hs_None), 0) < 0) {
        return -1;
    }
    if (type->tp_mro == NULL) {
        type->tp_mro = (type->tp_flags & HS_TPFLAGS_HEAPTYPE) ? hs_type_compute_mro(type)
                                                              : static_mro(type);
        if (type->tp_mro == NULL) {
            return -1;
        }
    }
    return 0;
}

int HsType_Ready(HsTypeObject *type) {
    if (type->tp_flags & HS_TPFLAGS_READY) {
        return 0;
    }
    type->tp_flags |= HS_TPFLAGS_READYING;
    if (Hs_TYPE(type) == NULL) {
        Hs_TYPE(type) = &HsType_Type;
    }
    if (type->tp_base == NULL && type != &HsBaseObject_Type) {
        type->tp_base = &HsBaseObject_Type;
    }
    HsTypeObject *base = type->tp_base;
    if (base != NULL && !(base->tp_flags & HS_TPFLAGS_READY) && HsType_Ready(base) < 0) {
        goto error;
    }
    if (ready_dict_and_mro(type) < 0) {
        goto error;
    }
    if (base != NULL) {
        inherit_special(type, base);
        /* a static type deriving from object without its own tp_new cannot be instantiated
         * ("cannot create 'T' instances"; CPython: type_ready_set_new, bpo-43770) */
        if (type->tp_new == NULL &&
            (base != &HsBaseObject_Type || (type->tp_flags & HS_TPFLAGS_HEAPTYPE))) {
            type->tp_new = base->tp_new;
        }
    }
    for (Hs_ssize_t i = 1; i < Hs_SIZE(type->tp_mro); i++) {
        inherit_slots(type, (HsTypeObject *)HS_TUPLE_GET(type->tp_mro, i));
    }
    if (type->tp_hash == NULL) {
        /* __eq__ without __hash__: unhashable (CPython: type_ready_set_hash) */
        if (dict_add(type, "__hash__", Hs_NewRef(Hs_None), 0) < 0) {
            goto error;
        }
        type->tp_hash = HsObject_HashNotImplemented;
    }
    type->tp_flags = (type->tp_flags & ~HS_TPFLAGS_READYING) | HS_TPFLAGS_READY;
    hs_type_modified(type);
    if (!(type->tp_flags & HS_TPFLAGS_HEAPTYPE)) {
        hs_obj_note_static_type(type);
    }
    return 0;
error:
    type->tp_flags &= ~HS_TPFLAGS_READYING;
    return -1;
}

/* ==== lookup ==== */

HsObject *hs_type_lookup(HsTypeObject *type, HsObject *name) {
    size_t h = ((size_t)type >> 4) ^ ((size_t)name >> 3);
    CacheEntry *e = &method_cache[h & (CACHE_SIZE - 1)];
    if (e->type == type && e->name == name && e->epoch == hs_type_epoch) {
        return e->value;
    }
    int err;
    HsObject *v = find_in_mro(type, name, &err);
    if (err) {
        HsErr_Clear(); /* as _PyType_Lookup: lookup errors are swallowed */
        return NULL;
    }
    if (HsUnicode_CheckExact(name) && HS_STR_ASCII(name)->state.interned) {
        /* The entry owns its name, as CPython's type cache does: a freed name's address
         * could otherwise be reused by another interned string and hit this entry. */
        HsObject *old = e->name;
        *e = (CacheEntry){type, Hs_NewRef(name), v, hs_type_epoch};
        Hs_XDECREF(old);
    }
    return v;
}

void hs_type_cache_clear(void) {
    for (size_t i = 0; i < CACHE_SIZE; i++) {
        HsObject *name = method_cache[i].name;
        method_cache[i] = (CacheEntry){NULL, NULL, NULL, 0};
        Hs_XDECREF(name);
    }
}

void hs_type_modified(HsTypeObject *type) {
    (void)type;
    hs_type_epoch++;
}

/* ==== allocation ==== */

HsObject *HsType_GenericAlloc(HsTypeObject *type, Hs_ssize_t nitems) {
    size_t size = (size_t)type->tp_basicsize + (size_t)(nitems + 1) * (size_t)type->tp_itemsize;
    size = (size + sizeof(void *) - 1) & ~(sizeof(void *) - 1); /* room for a dict at the end */
    HsObject *op;
    if (HsType_IS_GC(type)) {
        op = hs_gc_alloc(type, size);
    } else {
        op = hs_obj_new(type, size);
    }
    if (op == NULL) {
        return HsErr_NoMemory();
    }
    memset((char *)op + sizeof(HsObject), 0, size - sizeof(HsObject));
    if (type->tp_itemsize != 0) {
        Hs_SIZE(op) = nitems;
    }
    if (type->tp_flags & HS_TPFLAGS_HEAPTYPE) {
        Hs_INCREF(type);
    }
    if (HsType_IS_GC(type)) {
        hs_gc_track(op);
    }
    return op;
}

HsObject *HsType_GenericNew(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)args;
    (void)kwds;
    return type->tp_alloc(type, 0);
}

/* ==== 'object' ==== */

static int excess_args(HsObject *args, HsObject *kwds) {
    return (args != NULL && Hs_SIZE(args) > 0) || (kwds != NULL && HsDict_Size(kwds) > 0);
}

static int object_init(HsObject *self, HsObject *args, HsObject *kwds);

/* "Can't instantiate abstract class A with abstract methods f, g" (CPython: object_new). */
static HsObject *abstract_error(HsTypeObject *type) {
    HsObject *methods = HsDict_GetItemString(type->tp_dict, "__abstractmethods__");
    HsObject *sorted = methods != NULL ? HsSequence_List(methods) : NULL;
    if (sorted == NULL || HsList_Sort(sorted) < 0) {
        Hs_XDECREF(sorted);
        return NULL;
    }
    HsObject *sep = HsUnicode_FromString(", ");
    HsObject *joined = sep != NULL ? HsUnicode_Join(sep, sorted) : NULL;
    if (joined != NULL) {
        HsErr_Format(HsExc_TypeError,
                     "Can't instantiate abstract class %s with abstract method%s %U",
                     type->tp_name, Hs_SIZE(sorted) > 1 ? "s" : "", joined);
    }
    Hs_XDECREF(sep);
    Hs_XDECREF(joined);
    Hs_DECREF(sorted);
    return NULL;
}

static HsObject *object_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    if (excess_args(args, kwds)) {
        if (type->tp_new != object_new) {
            return HsErr_Format(HsExc_TypeError, "object.__new__() takes exactly one argument "
                                "(the type to instantiate)");
        }
        if (type->tp_init == object_init) {
            return HsErr_Format(HsExc_TypeError, "%.200s() takes no arguments", type->tp_name);
        }
    }
    if (type->tp_flags & HS_TPFLAGS_IS_ABSTRACT) {
        return abstract_error(type);
    }
    HsObject *obj = type->tp_alloc(type, 0);
    if (obj != NULL) {
        hs_object_inline_values_made(obj);
    }
    return obj;
}

static int object_init(HsObject *self, HsObject *args, HsObject *kwds) {
    HsTypeObject *type = Hs_TYPE(self);
    if (excess_args(args, kwds)) {
        if (type->tp_init != object_init) {
            HsErr_SetString(HsExc_TypeError, "object.__init__() takes exactly one argument "
                            "(the instance to initialize)");
            return -1;
        }
        if (type->tp_new == object_new) {
            HsErr_Format(HsExc_TypeError, "%.200s() takes no arguments", type->tp_name);
            return -1;
        }
    }
    return 0;
}

static void object_dealloc(HsObject *self) {
    Hs_TYPE(self)->tp_free(self);
}

static void object_free(void *p) {
    HsObject *op = p;
    if (HsObject_IS_GC(op)) {
        hs_gc_free(op);
    } else {
        hs_obj_free(op);
    }
}

static HsObject *type_module(HsTypeObject *type);
static HsObject *type_qualname(HsTypeObject *type);

/* <module.Qualname object at 0x...> (the module part left out for builtins). */
static HsObject *object_repr(HsObject *self) {
    HsTypeObject *type = Hs_TYPE(self);
    if (!(type->tp_flags & HS_TPFLAGS_HEAPTYPE)) {
        return HsUnicode_FromFormat("<%s object at %p>", type->tp_name, (void *)self);
    }
    HsObject *mod = type_module(type);
    if (mod == NULL) {
        HsErr_Clear();
    }
    HsObject *qual = type_qualname(type);
    HsObject *r;
    if (qual == NULL) {
        r = NULL;
    } else if (mod != NULL && HsUnicode_Check(mod) &&
               strcmp(HsUnicode_AsUTF8(mod), "builtins") != 0) {
        r = HsUnicode_FromFormat("<%U.%U object at %p>", mod, qual, (void *)self);
    } else {
        r = HsUnicode_FromFormat("<%s object at %p>", type->tp_name, (void *)self);
    }
    Hs_XDECREF(mod);
    Hs_XDECREF(qual);
    return r;
}

static HsObject *object_richcompare(HsObject *self, HsObject *other, int op) {
    if (op == HS_EQ) {
        return Hs_NewRef(self == other ? Hs_True : Hs_NotImplemented);
    }
    if (op == HS_NE && Hs_TYPE(self)->tp_richcompare != NULL) {
        /* __ne__ inverts __eq__ unless that returns NotImplemented. */
        HsObject *r = Hs_TYPE(self)->tp_richcompare(self, other, HS_EQ);
        if (r == NULL || r == Hs_NotImplemented) {
            return r;
        }
        int ok = HsObject_IsTrue(r);
        Hs_DECREF(r);
        return ok < 0 ? NULL : HsBool_FromLong(!ok);
    }
    Hs_RETURN_NOTIMPLEMENTED;
}

/* The address, rotated: CPython's _Py_HashPointer. */
static Hs_ssize_t object_hash(HsObject *op) {
    return hs_obj_hash_pointer(op);
}

static HsObject *object_get_class(HsObject *self, void *closure) {
    (void)closure;
    return Hs_NewRef((HsObject *)Hs_TYPE(self));
}

static HsObject *object_sizeof(HsObject *self, HsObject *unused) {
    (void)unused;
    HsTypeObject *tp = Hs_TYPE(self);
    Hs_ssize_t size = tp->tp_basicsize;
    if (tp->tp_itemsize != 0) {
        Hs_ssize_t n = Hs_SIZE(self);
        size += (n < 0 ? -n : n) * tp->tp_itemsize;
    }
    return HsLong_FromSsize_t(size);
}

/* object.__format__(spec): str(self) for an empty spec, else CPython's TypeError. */
static HsObject *object_format(HsObject *self, HsObject *spec) {
    if (!HsUnicode_Check(spec)) {
        return HsErr_Format(HsExc_TypeError, "__format__() argument must be str, not %.50s",
                            Hs_TYPE(spec)->tp_name);
    }
    if (HS_STR_LEN(spec) > 0) {
        return HsErr_Format(HsExc_TypeError, "unsupported format string passed to %.200s.__format__",
                            short_name(Hs_TYPE(self)));
    }
    return HsObject_Str(self);
}

static HsObject *object_str(HsObject *self) {
    hs_reprfunc f = Hs_TYPE(self)->tp_repr;
    return f != NULL ? f(self) : object_repr(self);
}

/* ==== pickling support: object.__reduce_ex__ / __reduce__ ====
 * The algorithm (CPython's reduce_newobj) lives in Python, in the bundled copyreg module;
 * the vm provides the import. */
static HsObject *(*import_hook)(const char *name);

void hs_obj_set_import_hook(HsObject *(*hook)(const char *name)) {
    import_hook = hook;
}

HsObject *hs_obj_import_attr(const char *module, const char *name) {
    if (import_hook == NULL) {
        return HsErr_Format(HsExc_ImportError, "cannot import %s before start-up", module);
    }
    HsObject *mod = import_hook(module);
    if (mod == NULL) {
        return NULL;
    }
    HsObject *r = HsObject_GetAttrString(mod, name);
    Hs_DECREF(mod);
    return r;
}

HsObject *hs_obj_reduce_getattr(HsObject *obj, HsObject *name) {
    HsObject *getattr = hs_obj_import_attr("builtins", "getattr");
    if (getattr == NULL) {
        return NULL;
    }
    HsObject *args = HsTuple_Pack(2, obj, name);
    HsObject *r = args != NULL ? HsTuple_Pack(2, getattr, args) : NULL;
    Hs_XDECREF(args);
    Hs_DECREF(getattr);
    return r;
}

static HsObject *copyreg_reduce(HsObject *self, long proto) {
    /* a type that cannot make instances cannot rebuild one (CPython: reduce_newobj) */
    if (import_hook == NULL || (proto >= 2 && Hs_TYPE(self)->tp_new == NULL)) {
        return HsErr_Format(HsExc_TypeError, "cannot pickle '%s' object", Hs_TYPE(self)->tp_name);
    }
    HsObject *mod = import_hook("copyreg");
    if (mod == NULL) {
        return NULL;
    }
    HsObject *f = HsObject_GetAttrString(mod, "_reduce_newobj");
    Hs_DECREF(mod);
    if (f == NULL) {
        return NULL;
    }
    HsObject *p = HsLong_FromLong(proto);
    HsObject *args[2] = {self, p};
    HsObject *r = p != NULL ? HsObject_Vectorcall(f, args, 2, NULL) : NULL;
    Hs_XDECREF(p);
    Hs_DECREF(f);
    return r;
}

static HsObject *object_reduce(HsObject *self, HsObject *unused) {
    (void)unused;
    return copyreg_reduce(self, 0);
}

static HsObject *object_reduce_ex(HsObject *self, HsObject *arg) {
    long proto = HsLong_AsLong(arg);
    if (proto == -1 && HsErr_Occurred()) {
        return NULL;
    }
    static HsObject *name, *base_reduce;
    if (name == NULL && hs_obj_static_name(&name, "__reduce__") == NULL) {
        return NULL;
    }
    if (base_reduce == NULL) {
        base_reduce = HsDict_GetItemWithError(HsBaseObject_Type.tp_dict, name);
    }
    HsObject *own = hs_type_lookup(Hs_TYPE(self), name);
    if (own != NULL && own != base_reduce) {
        HsObject *meth = HsObject_GetAttr(self, name);
        if (meth == NULL) {
            return NULL;
        }
        HsObject *r = HsObject_CallNoArgs(meth);
        Hs_DECREF(meth);
        return r;
    }
    return copyreg_reduce(self, proto);
}

static HsObject *object_dir(HsObject *self, HsObject *unused) {
    (void)unused;
    return hs_object_dir_default(self);
}

static HsObject *object_init_subclass(HsObject *cls, HsObject *unused) {
    (void)cls;
    (void)unused;
    Hs_RETURN_NONE;
}

static HsObject *object_subclasshook(HsObject *cls, HsObject *const *args, Hs_ssize_t nargs) {
    (void)cls;
    (void)args;
    (void)nargs;
    Hs_RETURN_NOTIMPLEMENTED;
}

/* obj.__class__ = other: only between classes whose instances have the same layout. */
static int object_set_class(HsObject *self, HsObject *value, void *closure) {
    (void)closure;
    if (value == NULL) {
        HsErr_SetString(HsExc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!HsType_Check(value)) {
        HsErr_Format(HsExc_TypeError, "__class__ must be set to a class, not '%s' object",
                     Hs_TYPE(value)->tp_name);
        return -1;
    }
    HsTypeObject *newto = (HsTypeObject *)value, *oldto = Hs_TYPE(self);
    if (!(newto->tp_flags & HS_TPFLAGS_HEAPTYPE) || !(oldto->tp_flags & HS_TPFLAGS_HEAPTYPE)) {
        HsErr_SetString(HsExc_TypeError, "__class__ assignment only supported for mutable types "
                                         "or ModuleType subclasses");
        return -1;
    }
    if (newto->tp_basicsize != oldto->tp_basicsize || newto->tp_itemsize != oldto->tp_itemsize ||
        newto->tp_dictoffset != oldto->tp_dictoffset ||
        newto->tp_weaklistoffset != oldto->tp_weaklistoffset ||
        ((newto->tp_flags ^ oldto->tp_flags) & HS_TPFLAGS_MANAGED_DICT) ||
        newto->tp_dealloc != oldto->tp_dealloc) {
        HsErr_Format(HsExc_TypeError,
                     "__class__ assignment: '%s' object layout differs from '%s'",
                     newto->tp_name, oldto->tp_name);
        return -1;
    }
    Hs_INCREF(newto);
    Hs_TYPE(self) = newto;
    Hs_DECREF(oldto);
    return 0;
}

static HsGetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class, "the object's class", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsMethodDef object_methods[] = {
    {"__sizeof__", HS_CFUNC(object_sizeof), HS_METH_NOARGS, "Size of object in memory, in bytes."},
    {"__format__", HS_CFUNC(object_format), HS_METH_O, "Default object formatter."},
    {"__dir__", HS_CFUNC(object_dir), HS_METH_NOARGS, "Default dir() implementation."},
    {"__reduce__", HS_CFUNC(object_reduce), HS_METH_NOARGS, "Helper for pickle."},
    {"__reduce_ex__", HS_CFUNC(object_reduce_ex), HS_METH_O, "Helper for pickle."},
    {"__init_subclass__", HS_CFUNC(object_init_subclass), HS_METH_CLASS | HS_METH_NOARGS,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", HS_CFUNC(object_subclasshook), HS_METH_CLASS | HS_METH_FASTCALL,
     "Abstract classes can override this to customize issubclass()."},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsBaseObject_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "object",
    .tp_basicsize = sizeof(HsObject),
    .tp_dealloc = object_dealloc,
    .tp_repr = object_repr,
    .tp_hash = object_hash,
    .tp_str = object_str,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_BASETYPE,
    .tp_doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments "
              "and returns a new featureless\ninstance that has no instance attributes and "
              "cannot be given any.\n",
    .tp_richcompare = object_richcompare,
    .tp_methods = object_methods,
    .tp_getset = object_getset,
    .tp_init = object_init,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = object_new,
    .tp_free = object_free,
};

/* ==== 'type' ==== */

#define IS_HEAP(t) ((((HsTypeObject *)(t))->tp_flags & HS_TPFLAGS_HEAPTYPE) != 0)

/* __module__ of a class: its dict's entry, or the part of tp_name before the last dot.
 * Return: new reference. */
static HsObject *type_module(HsTypeObject *type) {
    if (IS_HEAP(type)) {
        HsObject *m = HsDict_GetItemString(type->tp_dict, "__module__");
        if (m != NULL) {
            return Hs_NewRef(m);
        }
        if (HsErr_Occurred()) {
            return NULL;
        }
        return HsErr_Format(HsExc_AttributeError, "__module__");
    }
    if (type->tp_dict != NULL) {
        HsObject *m = HsDict_GetItemString(type->tp_dict, "__module__");
        if (m != NULL && HsUnicode_Check(m)) {
            return Hs_NewRef(m); /* a C type that names its module (collections.Counter); not
                                  * the member descriptor of its instances' __module__ */
        }
    }
    const char *name = type->tp_name, *dot = strrchr(name, '.');
    if (dot == NULL) {
        return HsUnicode_FromString("builtins");
    }
    return HsUnicode_FromKindAndData(HS_STR_1BYTE_KIND, name, dot - name);
}

static HsObject *type_qualname(HsTypeObject *type) {
    if (IS_HEAP(type)) {
        return Hs_NewRef(((HsHeapTypeObject *)type)->ht_qualname);
    }
    return HsUnicode_FromString(short_name(type));
}

static HsObject *type_repr(HsObject *self) {
    HsTypeObject *type = (HsTypeObject *)self;
    HsObject *mod = type_module(type);
    if (mod == NULL) {
        HsErr_Clear();
    } else if (!HsUnicode_Check(mod)) {
        Hs_CLEAR(mod);
    }
    HsObject *qual = type_qualname(type);
    HsObject *r;
    if (mod != NULL && strcmp(HsUnicode_AsUTF8(mod), "builtins") != 0) {
        r = IS_HEAP(type) ? HsUnicode_FromFormat("<class '%U.%U'>", mod, qual)
                          : HsUnicode_FromFormat("<class '%U.%s'>", mod, short_name(type));
    } else {
        r = HsUnicode_FromFormat("<class '%s'>", type->tp_name);
    }
    Hs_XDECREF(mod);
    Hs_XDECREF(qual);
    return r;
}

/* Calling a type: __new__, then __init__ if the result is an instance. CPython: type_call */
static HsObject *type_call(HsObject *self, HsObject *args, HsObject *kwds) {
    HsTypeObject *type = (HsTypeObject *)self;
    if (type == &HsType_Type) {
        /* type(x) answers x's type; type(name, bases, dict) makes a class */
        Hs_ssize_t n = args != NULL ? Hs_SIZE(args) : 0;
        if (n == 1 && (kwds == NULL || HsDict_Size(kwds) == 0)) {
            return Hs_NewRef((HsObject *)Hs_TYPE(HS_TUPLE_GET(args, 0)));
        }
        if (n != 3) {
            return HsErr_Format(HsExc_TypeError, "type() takes 1 or 3 arguments");
        }
    }
    if (type->tp_new == NULL) {
        return HsErr_Format(HsExc_TypeError, "cannot create '%s' instances", type->tp_name);
    }
    HsObject *obj = type->tp_new(type, args, kwds);
    if (obj == NULL || !HsObject_TypeCheck(obj, type)) {
        return obj;
    }
    if (Hs_TYPE(obj)->tp_init != NULL && Hs_TYPE(obj)->tp_init(obj, args, kwds) < 0) {
        Hs_DECREF(obj);
        return NULL;
    }
    return obj;
}

/* type(x): x's type without an argument tuple; anything else through type_call.
 * CPython: type_vectorcall. */
static HsObject *type_vectorcall(HsObject *metatype, HsObject *const *args, size_t nargsf,
                                 HsObject *kwnames) {
    Hs_ssize_t nargs = HsVectorcall_NARGS(nargsf);
    if (nargs == 1 && metatype == (HsObject *)&HsType_Type &&
        (kwnames == NULL || Hs_SIZE(kwnames) == 0)) {
        return Hs_NewRef((HsObject *)Hs_TYPE(args[0]));
    }
    return hs_object_make_tp_call(metatype, args, nargs, kwnames);
}

static HsObject *type_new_entry(HsTypeObject *metatype, HsObject *args, HsObject *kwds) {
    return hs_type_new(metatype, args, kwds);
}

static int type_init(HsObject *self, HsObject *args, HsObject *kwds) {
    (void)self;
    Hs_ssize_t n = Hs_SIZE(args);
    if (kwds != NULL && n == 1 && HsDict_Size(kwds) != 0) {
        HsErr_SetString(HsExc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (n != 1 && n != 3) {
        HsErr_SetString(HsExc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* Attribute lookup on a class (CPython: type_getattro): data descriptors of the metatype,
 * then the class's own MRO (binding with instance NULL), then the metatype's others. */
static HsObject *type_getattro(HsObject *self, HsObject *name) {
    HsTypeObject *type = (HsTypeObject *)self, *meta = Hs_TYPE(self);
    HsObject *meta_attr = hs_type_lookup(meta, name);
    hs_descrgetfunc meta_get = NULL;
    if (meta_attr != NULL) {
        meta_get = Hs_TYPE(meta_attr)->tp_descr_get;
        if (meta_get != NULL && Hs_TYPE(meta_attr)->tp_descr_set != NULL) {
            return meta_get(meta_attr, self, (HsObject *)meta);
        }
    }
    HsObject *attr = hs_type_lookup(type, name);
    if (attr != NULL) {
        hs_descrgetfunc get = Hs_TYPE(attr)->tp_descr_get;
        if (get == NULL) {
            return Hs_NewRef(attr);
        }
        Hs_INCREF(attr);
        HsObject *r = get(attr, NULL, self);
        Hs_DECREF(attr);
        return r;
    }
    if (meta_get != NULL) {
        return meta_get(meta_attr, self, (HsObject *)meta);
    }
    if (meta_attr != NULL) {
        return Hs_NewRef(meta_attr);
    }
    HsErr_Format(HsExc_AttributeError, "type object '%.50s' has no attribute '%U'",
                 type->tp_name, name);
    hs_attribute_error_set_context(self, name);
    return NULL;
}

static int type_setattro(HsObject *self, HsObject *name, HsObject *value) {
    HsTypeObject *type = (HsTypeObject *)self;
    if (!IS_HEAP(type)) {
        HsErr_Format(HsExc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name,
                     type->tp_name);
        return -1;
    }
    HsObject *interned = name;
    if (HsUnicode_CheckExact(name)) {
        interned = HsUnicode_InternFromString(HsUnicode_AsUTF8(name));
        if (interned == NULL) {
            return -1;
        }
    } else {
        Hs_INCREF(interned);
    }
    int r = HsObject_GenericSetAttr(self, interned, value);
    hs_type_modified(type);
    if (r == 0 && hs_type_is_slot_name(interned)) {
        r = hs_type_update_slot(type, interned);
    }
    Hs_DECREF(interned);
    return r;
}

static HsObject *type_get_name(HsObject *self, void *closure) {
    (void)closure;
    if (IS_HEAP(self)) {
        return Hs_NewRef(((HsHeapTypeObject *)self)->ht_name);
    }
    return HsUnicode_FromString(short_name((HsTypeObject *)self));
}

static int check_set_special(HsTypeObject *type, HsObject *value, const char *name) {
    if (!IS_HEAP(type)) {
        HsErr_Format(HsExc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name,
                     type->tp_name);
        return -1;
    }
    if (value == NULL) {
        HsErr_Format(HsExc_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                     name, type->tp_name);
        return -1;
    }
    return 0;
}

static int type_set_name(HsObject *self, HsObject *value, void *closure) {
    (void)closure;
    HsHeapTypeObject *et = (HsHeapTypeObject *)self;
    if (check_set_special(&et->ht_type, value, "__name__") < 0) {
        return -1;
    }
    if (!HsUnicode_Check(value)) {
        HsErr_Format(HsExc_TypeError, "can only assign string to %s.__name__, not '%s'",
                     et->ht_type.tp_name, Hs_TYPE(value)->tp_name);
        return -1;
    }
    const char *utf8 = HsUnicode_AsUTF8(value);
    size_t len = strlen(utf8);
    char *copy = hs_mem_malloc(len + 1);
    if (copy == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    memcpy(copy, utf8, len + 1);
    hs_mem_free(et->ht_tpname);
    et->ht_tpname = copy;
    et->ht_type.tp_name = copy;
    Hs_SETREF(et->ht_name, Hs_NewRef(value));
    return 0;
}

static HsObject *type_get_qualname(HsObject *self, void *closure) {
    (void)closure;
    return type_qualname((HsTypeObject *)self);
}

static int type_set_qualname(HsObject *self, HsObject *value, void *closure) {
    (void)closure;
    HsHeapTypeObject *et = (HsHeapTypeObject *)self;
    if (check_set_special(&et->ht_type, value, "__qualname__") < 0) {
        return -1;
    }
    if (!HsUnicode_Check(value)) {
        HsErr_Format(HsExc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                     et->ht_type.tp_name, Hs_TYPE(value)->tp_name);
        return -1;
    }
    Hs_SETREF(et->ht_qualname, Hs_NewRef(value));
    return 0;
}

static HsObject *type_get_module(HsObject *self, void *closure) {
    (void)closure;
    return type_module((HsTypeObject *)self);
}

static int type_set_module(HsObject *self, HsObject *value, void *closure) {
    (void)closure;
    HsTypeObject *type = (HsTypeObject *)self;
    if (check_set_special(type, value, "__module__") < 0) {
        return -1;
    }
    hs_type_modified(type);
    return HsDict_SetItemString(type->tp_dict, "__module__", value);
}

static HsObject *type_get_mro(HsObject *self, void *closure) {
    (void)closure;
    HsObject *mro = ((HsTypeObject *)self)->tp_mro;
    return Hs_NewRef(mro != NULL ? mro : Hs_None);
}

static HsObject *type_get_bases(HsObject *self, void *closure) {
    (void)closure;
    HsObject *bases = ((HsTypeObject *)self)->tp_bases;
    return Hs_NewRef(bases != NULL ? bases : Hs_None);
}

static HsObject *type_get_base(HsObject *self, void *closure) {
    (void)closure;
    HsTypeObject *base = ((HsTypeObject *)self)->tp_base;
    return Hs_NewRef(base != NULL ? (HsObject *)base : Hs_None);
}

static HsObject *type_get_dict(HsObject *self, void *closure) {
    (void)closure;
    HsObject *d = ((HsTypeObject *)self)->tp_dict;
    return d != NULL ? HsDictProxy_New(d) : Hs_NewRef(Hs_None);
}

static HsObject *type_get_doc(HsObject *self, void *closure) {
    (void)closure;
    HsTypeObject *type = (HsTypeObject *)self;
    if (!IS_HEAP(type) && type->tp_doc != NULL) {
        return HsUnicode_FromString(type->tp_doc);
    }
    HsObject *doc = HsDict_GetItemString(type->tp_dict, "__doc__");
    if (doc == NULL) {
        return HsErr_Occurred() ? NULL : Hs_NewRef(Hs_None);
    }
    hs_descrgetfunc get = Hs_TYPE(doc)->tp_descr_get;
    return get != NULL ? get(doc, NULL, self) : Hs_NewRef(doc);
}

static int type_set_doc(HsObject *self, HsObject *value, void *closure) {
    (void)closure;
    HsTypeObject *type = (HsTypeObject *)self;
    if (check_set_special(type, value, "__doc__") < 0) {
        return -1;
    }
    hs_type_modified(type);
    return HsDict_SetItemString(type->tp_dict, "__doc__", value);
}

/* __abstractmethods__ lives in the class dict; setting it also sets the flag object.__new__
 * checks (CPython: type_set_abstractmethods). */
static HsObject *type_get_abstractmethods(HsObject *self, void *closure) {
    (void)closure;
    HsObject *v = NULL;
    if (self != (HsObject *)&HsType_Type) {
        v = HsDict_GetItemString(((HsTypeObject *)self)->tp_dict, "__abstractmethods__");
    }
    if (v == NULL) {
        if (!HsErr_Occurred()) {
            HsErr_SetString(HsExc_AttributeError, "__abstractmethods__");
        }
        return NULL;
    }
    return Hs_NewRef(v);
}

static int type_set_abstractmethods(HsObject *self, HsObject *value, void *closure) {
    (void)closure;
    HsTypeObject *type = (HsTypeObject *)self;
    int abstract = 0, r;
    if (value != NULL) {
        abstract = HsObject_IsTrue(value);
        if (abstract < 0) {
            return -1;
        }
        r = HsDict_SetItemString(type->tp_dict, "__abstractmethods__", value);
    } else {
        HsObject *key = HsUnicode_FromString("__abstractmethods__");
        r = key != NULL ? HsDict_DelItem(type->tp_dict, key) : -1;
        Hs_XDECREF(key);
        if (r < 0 && HsErr_ExceptionMatches(HsExc_KeyError)) {
            HsErr_Clear();
            HsErr_SetString(HsExc_AttributeError, "__abstractmethods__");
        }
    }
    if (r < 0) {
        return -1;
    }
    hs_type_modified(type);
    if (abstract) {
        type->tp_flags |= HS_TPFLAGS_IS_ABSTRACT;
    } else {
        type->tp_flags &= ~HS_TPFLAGS_IS_ABSTRACT;
    }
    return 0;
}

static HsGetSetDef type_getset[] = {
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, NULL, NULL},
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__bases__", type_get_bases, NULL, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsMemberDef type_members[] = {
    {"__basicsize__", HS_T_PYSSIZET, offsetof(HsTypeObject, tp_basicsize), HS_READONLY, NULL},
    {"__itemsize__", HS_T_PYSSIZET, offsetof(HsTypeObject, tp_itemsize), HS_READONLY, NULL},
    {"__flags__", HS_T_ULONG, offsetof(HsTypeObject, tp_flags), HS_READONLY, NULL},
    {"__weakrefoffset__", HS_T_PYSSIZET, offsetof(HsTypeObject, tp_weaklistoffset), HS_READONLY,
     NULL},
    {"__dictoffset__", HS_T_PYSSIZET, offsetof(HsTypeObject, tp_dictoffset), HS_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static HsObject *type_mro_method(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *mro = hs_type_compute_mro((HsTypeObject *)self);
    if (mro == NULL) {
        return NULL;
    }
    HsObject *list = HsSequence_List(mro);
    Hs_DECREF(mro);
    return list;
}

static HsObject *type_subclasses(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *list = HsList_New(0);
    if (list == NULL || !IS_HEAP(self)) {
        return list;
    }
    HsHeapTypeObject *et = (HsHeapTypeObject *)self;
    for (Hs_ssize_t i = 0; i < et->ht_nsubclasses; i++) {
        if (HsList_Append(list, (HsObject *)et->ht_subclasses[i]) < 0) {
            Hs_DECREF(list);
            return NULL;
        }
    }
    return list;
}

static HsObject *type_prepare(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                              HsObject *kwnames) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return HsDict_New();
}

static HsObject *type_instancecheck(HsObject *self, HsObject *inst) {
    int r = HsObject_TypeCheck(inst, (HsTypeObject *)self);
    if (!r) {
        HsObject *cls = HsObject_GetAttrString(inst, "__class__");
        if (cls == NULL) {
            HsErr_Clear();
        } else {
            r = HsType_Check(cls) && HsType_IsSubtype((HsTypeObject *)cls, (HsTypeObject *)self);
            Hs_DECREF(cls);
        }
    }
    return HsBool_FromLong(r);
}

static HsObject *type_subclasscheck(HsObject *self, HsObject *sub) {
    if (!HsType_Check(sub)) {
        return HsErr_Format(HsExc_TypeError, "issubclass() arg 1 must be a class");
    }
    return HsBool_FromLong(HsType_IsSubtype((HsTypeObject *)sub, (HsTypeObject *)self));
}

static HsObject *type_sizeof(HsObject *self, HsObject *unused) {
    (void)unused;
    /* CPython 3.11's figures: sizeof(PyHeapTypeObject) for a class, sizeof(PyTypeObject)
     * for a static type (heapscope's own structs differ in size). */
    return HsLong_FromSsize_t(IS_HEAP(self) ? 904 : 408);
}

static HsMethodDef type_methods[] = {
    {"mro", HS_CFUNC(type_mro_method), HS_METH_NOARGS, "Return a type's method resolution order."},
    {"__subclasses__", HS_CFUNC(type_subclasses), HS_METH_NOARGS,
     "Return a list of immediate subclasses."},
    {"__prepare__", HS_CFUNC(type_prepare), HS_METH_FASTCALL | HS_METH_KEYWORDS | HS_METH_CLASS,
     "Create the namespace for the class statement"},
    {"__instancecheck__", HS_CFUNC(type_instancecheck), HS_METH_O,
     "Check if an object is an instance."},
    {"__subclasscheck__", HS_CFUNC(type_subclasscheck), HS_METH_O,
     "Check if a class is a subclass."},
    {"__sizeof__", HS_CFUNC(type_sizeof), HS_METH_NOARGS, "Return memory consumption of the type object."},
    {"__dir__", HS_CFUNC(object_dir), HS_METH_NOARGS, "Specialized __dir__ implementation for types."},
    {NULL, NULL, 0, NULL},
};

static HsNumberMethods type_as_number = {.nb_or = hs_union_or};

static int type_traverse(HsObject *self, hs_visitproc visit, void *arg) {
    HsTypeObject *t = (HsTypeObject *)self;
    if (!IS_HEAP(t)) {
        return 0; /* static types are roots, never garbage */
    }
    HsObject *fields[] = {t->tp_dict, t->tp_mro, t->tp_bases, (HsObject *)t->tp_base};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (fields[i] != NULL && visit(fields[i], arg) != 0) {
            return 1;
        }
    }
    return 0;
}

static int type_is_gc(HsObject *self) {
    return IS_HEAP(self);
}

HsTypeObject HsType_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "type",
    .tp_basicsize = sizeof(HsHeapTypeObject),
    .tp_dealloc = hs_heaptype_dealloc,
    .tp_as_number = &type_as_number,
    .tp_repr = type_repr,
    .tp_call = type_call,
    .tp_getattro = type_getattro,
    .tp_setattro = type_setattro,
    /* calling a type goes through its tp_vectorcall when it has one (range, list, ...),
     * else tp_call (CPython: PyType_Type.tp_vectorcall_offset) */
    .tp_vectorcall_offset = offsetof(HsTypeObject, tp_vectorcall),
    .tp_vectorcall = type_vectorcall,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE | HS_TPFLAGS_TYPE_SUBCLASS |
                HS_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .tp_traverse = type_traverse,
    .tp_clear = hs_heaptype_clear,
    .tp_weaklistoffset = offsetof(HsTypeObject, tp_weaklist),
    .tp_methods = type_methods,
    .tp_members = type_members,
    .tp_getset = type_getset,
    .tp_dictoffset = offsetof(HsTypeObject, tp_dict),
    .tp_init = type_init,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = type_new_entry,
    .tp_free = object_free,
    .tp_is_gc = type_is_gc,
};

/* ==== public API ==== */

int HsType_IsSubtype(HsTypeObject *sub, HsTypeObject *base) {
    HsObject *mro = sub->tp_mro;
    if (mro != NULL) {
        for (Hs_ssize_t i = 0; i < Hs_SIZE(mro); i++) {
            if (HS_TUPLE_GET(mro, i) == (HsObject *)base) {
                return 1;
            }
        }
        return 0;
    }
    for (HsTypeObject *t = sub; t != NULL; t = t->tp_base) {
        if (t == base) {
            return 1;
        }
    }
    return base == &HsBaseObject_Type; /* every type derives from object */
}
