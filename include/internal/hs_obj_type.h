/* Type objects' internal API (CPython: Objects/typeobject.c). */
#ifndef HS_INTERNAL_HS_OBJ_TYPE_H
#define HS_INTERNAL_HS_OBJ_TYPE_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

#include <stdint.h>

/* Is 'sub' the same type as, or a subtype of, 'base'? Walks tp_mro once the type is
 * readied, else the tp_base chain. CPython: PyType_IsSubtype. */
int HsType_IsSubtype(HsTypeObject *sub, HsTypeObject *base);

#define HsObject_TypeCheck(op, tp) (Hs_TYPE(op) == (tp) || HsType_IsSubtype(Hs_TYPE(op), (tp)))
#define HsType_Check(op) HsType_HasFeature(Hs_TYPE(op), HS_TPFLAGS_TYPE_SUBCLASS)

/* The root of every class: 'object'. */
extern HsTypeObject HsBaseObject_Type;

/* Make 'type' usable from Python (CPython: PyType_Ready): fill in the base ('object' by
 * default), inherit slots from the MRO, compute __mro__ and __bases__, and build the type's
 * dict: a descriptor per tp_methods / tp_members / tp_getset entry, __doc__, and
 * __hash__ = None for unhashable types. Idempotent. Returns 0, or -1 with an exception. */
int HsType_Ready(HsTypeObject *type);

/* Look 'name' up along type's MRO, as attribute lookup does (CPython: _PyType_Lookup).
 * Cached by (type, name) until any type's dict changes. Return: borrowed reference (owned
 * by a type's dict), or NULL without an exception when not found. */
HsObject *hs_type_lookup(HsTypeObject *type, HsObject *name);

/* Forget every cached lookup: call after changing a type's dict or bases. */
void hs_type_modified(HsTypeObject *type);
/* The lookup cache's epoch: changes whenever a cached lookup may have become stale, so an
 * (type, epoch) pair read before is still valid while the epoch is unchanged. */
extern uint64_t hs_type_epoch;

/* tp_alloc for every type: zeroed memory for 'nitems' items, header set, tracked if GC.
 * Return: new reference. CPython: PyType_GenericAlloc. */
HsObject *HsType_GenericAlloc(HsTypeObject *type, Hs_ssize_t nitems);
/* tp_new that just allocates. CPython: PyType_GenericNew. */
HsObject *HsType_GenericNew(HsTypeObject *type, HsObject *args, HsObject *kwds);

/* Ready every built-in type and register the collector hooks (src/obj/bootstrap.c).
 * Call once at start-up, before any attribute lookup. Returns 0 or -1. */
int hs_obj_init(void);

/* ==== repr recursion (CPython: Py_ReprEnter / Py_ReprLeave) ====
 * A container's repr calls hs_repr_enter(self) first: 0 means go on (and call hs_repr_leave
 * afterwards), 1 means 'self' is already being repr'd higher up the stack (write "[...]" or
 * "{...}" instead), -1 means an error is set. */
int hs_repr_enter(HsObject *op);
void hs_repr_leave(HsObject *op);

/* ==== the sequence iterator (CPython: PySeqIter_Type) ====
 * iter(o) for an object with __getitem__ but no __iter__: yields o[0], o[1], ... until
 * IndexError or StopIteration. Return: new reference. */
extern HsTypeObject HsSeqIter_Type;
HsObject *HsSeqIter_New(HsObject *seq);

/* ==== classes made by `class` statements (src/obj/typenew.c, typeslots.c) ====
 * A heap type carries its own number/mapping/sequence slot tables (so a class defining
 * __add__ gets nb_add without touching its bases), its names, its __slots__ members and a
 * list of its direct subclasses (borrowed pointers; a subclass removes itself when freed)
 * so that assigning a dunder to a class updates the slots of every class below it.
 * CPython: PyHeapTypeObject. */
typedef struct HsHeapTypeObject {
    HsTypeObject ht_type;
    HsNumberMethods as_number;
    HsMappingMethods as_mapping;
    HsSequenceMethods as_sequence;
    HsObject *ht_name;     /* str: __name__ (owned) */
    HsObject *ht_qualname; /* str: __qualname__ (owned) */
    HsObject *ht_slots;    /* tuple of the mangled __slots__ names, or NULL (owned) */
    char *ht_tpname;       /* tp_name's storage (UTF-8 copy of ht_name) */
    struct HsMemberDef *ht_members; /* one per __slots__ name, NULL-terminated, or NULL */
    HsTypeObject **ht_subclasses; /* direct subclasses, borrowed */
    Hs_ssize_t ht_nsubclasses, ht_subclasses_cap;
    struct HsSharedKeys *ht_cached_keys; /* managed-dict classes: CPython's shared keys, or NULL */
} HsHeapTypeObject;

/* Bytes kept before a managed-dict object's GC head, as CPython 3.11's pre-header: the
 * instance __dict__ pointer sits at ((HsObject **)op)[-3]. */
#define HS_MANAGED_DICT_PRESIZE (2 * sizeof(HsObject *))
#define HS_MANAGED_DICT_PTR(op) (((HsObject **)(op)) - 3)

/* Where 'obj''s instance dict pointer lives, or NULL if its type gives it none.
 * CPython: _PyObject_GetDictPtr. */
HsObject **hs_object_dict_ptr(HsObject *obj);

/* Call 'callable' through its tp_call with an argument tuple and keyword dict built from
 * the vector (CPython: _PyObject_MakeTpCall). The fallback of a type's tp_vectorcall for
 * the forms it does not handle. Return: new reference. */
HsObject *hs_object_make_tp_call(HsObject *callable, HsObject *const *args, Hs_ssize_t nargs,
                                 HsObject *kwnames);

/* Does CPython 3.11 keep this class's instance attributes as inline values (instances made
 * by object.__new__ of a managed-dict class whose C base is object)? */
int hs_object_uses_inline_values(HsTypeObject *tp);

/* object.__new__ made 'obj': count it against its class's shared keys, as CPython's
 * init_inline_values does. */
void hs_object_inline_values_made(HsObject *obj);

/* HsObject_GenericGetAttr / SetAttr with the type's attribute 'descr' (borrowed, may be
 * NULL) already looked up, for the eval loop's inline caches. 'name' must be a str.
 * Get: Return: new reference. Set ('value' NULL deletes): 0 or -1. */
HsObject *hs_object_generic_getattr_descr(HsObject *obj, HsObject *name, HsObject *descr);
int hs_object_generic_setattr_descr(HsObject *obj, HsObject *name, HsObject *value,
                                    HsObject *descr);

/* type.__new__(metatype, name, bases, dict, **kwds): a new class. Return: new reference.
 * CPython: type_new. */
HsObject *hs_type_new(HsTypeObject *metatype, HsObject *args, HsObject *kwds);
/* The most derived metaclass of 'metatype' and the types of 'bases' (a tuple), or NULL with
 * TypeError "metaclass conflict". Return: borrowed. CPython: _PyType_CalculateMetaclass. */
HsTypeObject *hs_type_calculate_metaclass(HsTypeObject *metatype, HsObject *bases);

/* Fill in name/obj of a just-raised AttributeError (for "Did you mean" suggestions).
 * CPython: set_attribute_error_context. */
void hs_attribute_error_set_context(HsObject *obj, HsObject *name);

/* dir(o) without __dir__ overrides: o's __dict__ keys plus its type's MRO (a class: its own
 * MRO), sorted. Return: new reference. */
HsObject *hs_object_dir_default(HsObject *o);

/* The MRO of a class: C3 over its bases' MROs, or the metaclass's own mro().
 * Return: new reference to a tuple. */
HsObject *hs_type_compute_mro(HsTypeObject *type);
/* tp_dealloc / tp_clear of 'type' for classes (static types are never freed). */
void hs_heaptype_dealloc(HsObject *op);
int hs_heaptype_clear(HsObject *op);
/* The vm tells type() where the running code's globals are (for __module__ of classes
 * made by a 3-argument type() call). */
void hs_type_set_globals_hook(HsObject *(*hook)(void));
/* The vm's import, for the object layer's few needs of Python-level helpers (copyreg for
 * object.__reduce_ex__). The hook returns a new reference or NULL with an exception. */
void hs_obj_set_import_hook(HsObject *(*hook)(const char *name));
/* module.name through that hook (builtins.getattr for the methods' __reduce__).
 * Return: new reference. */
HsObject *hs_obj_import_attr(const char *module, const char *name);
/* (getattr, (obj, name)): the __reduce__ value of methods and descriptors, which pickle
 * and copy rebuild by looking the attribute up again. Return: new reference. */
HsObject *hs_obj_reduce_getattr(HsObject *obj, HsObject *name);

/* ==== slot wrappers and slot dispatch (src/obj/typeslots.c) ==== */
extern HsTypeObject HsWrapperDescr_Type; /* 'wrapper_descriptor': int.__add__ */
extern HsTypeObject HsMethodWrapper_Type; /* 'method-wrapper': (1).__add__ */
/* Add a slot wrapper to the dict of static type 'type' for each slot it defines itself
 * (__add__ for nb_add, __len__ for sq_length, __new__ for tp_new, ...), unless the dict
 * already has the name. Called by HsType_Ready before inheritance. CPython: add_operators */
int hs_type_add_operators(HsTypeObject *type);
/* Point every slot of heap type 'type' at the C function its MRO's dunders call for (the
 * wrapped C slot when a dunder is an unchanged slot wrapper, else a slot_* function calling
 * the dunder). CPython: fixup_slot_dispatchers. Returns 0 or -1. */
int hs_type_fixup_slots(HsTypeObject *type);
/* After `cls.<name> = value` (or del) on heap type 'type': update the slots 'name' feeds in
 * 'type' and its subclasses. CPython: update_slot. */
int hs_type_update_slot(HsTypeObject *type, HsObject *name);
/* Is 'name' a dunder that feeds a slot? */
int hs_type_is_slot_name(HsObject *name);

/* Look up special method 'name' (interned str) on type(self) and call it with 'self' then
 * 'args'. *found is set to 0 (and NULL returned without an exception) when the type has no
 * such attribute. Return: new reference. CPython: vectorcall_maybe. */
HsObject *hs_call_special(HsObject *self, HsObject *name, HsObject *const *args,
                          Hs_ssize_t nargs, int *found);

/* ==== property, classmethod, staticmethod, super (src/obj/descrtypes.c) ==== */
extern HsTypeObject HsProperty_Type, HsClassMethod_Type, HsStaticMethod_Type, HsSuper_Type;
/* Return: new reference to staticmethod(f) / classmethod(f). */
HsObject *HsStaticMethod_New(HsObject *callable);
HsObject *HsClassMethod_New(HsObject *callable);
/* For zero-argument super(): the vm answers the running function's __class__ and its first
 * argument (borrowed), or returns -1 with CPython's RuntimeError. */
typedef int (*hs_super_frame_hook)(HsTypeObject **type, HsObject **obj);
void hs_super_set_frame_hook(hs_super_frame_hook hook);
/* super() without arguments, as calling the type does, for the eval loop's CALL (CPython
 * 3.11: super_vectorcall). Return: new reference. */
HsObject *hs_super_new_noargs(void);
/* For LOAD_METHOD on a super object: the method descriptor super_getattro would bind to
 * the instance, and that instance, so the call needs no bound method. Return: new
 * reference, with *obj borrowed (owned by the super object); NULL without an exception when
 * the ordinary lookup must decide. */
HsObject *hs_super_lookup_method(HsObject *self, HsObject *name, HsObject **obj);

/* ==== types.GenericAlias and types.UnionType (src/obj/genericalias.c) ==== */
extern HsTypeObject HsGenericAlias_Type, HsUnion_Type;
/* GenericAlias(origin, args). Return: new reference. CPython: Py_GenericAlias */
HsObject *Hs_GenericAlias(HsObject *origin, HsObject *args);
/* cls.__class_getitem__(args) for the built-in containers. Return: new reference. */
HsObject *hs_generic_class_getitem(HsObject *cls, HsObject *args);
/* Give the ready type 'tp' CPython's `__class_getitem__ = classmethod(GenericAlias)` (PEP 585),
 * so that tp[int] is a GenericAlias. Returns 0 or -1. */
int hs_generic_alias_enable(HsTypeObject *tp);
/* a | b for types, aliases, unions and None (NotImplemented otherwise). Return: new ref. */
HsObject *hs_union_or(HsObject *a, HsObject *b);
/* A union's members (borrowed tuple), or NULL if 'op' is no union. */
HsObject *hs_union_args(HsObject *op);
/* Ready both types and give the built-in containers __class_getitem__. Returns 0 or -1. */
int hs_generic_alias_init(void);

/* ==== mappingproxy (src/obj/descrtypes.c) ==== */
extern HsTypeObject HsDictProxy_Type;
/* A read-only view of 'mapping'. Return: new reference. CPython: PyDictProxy_New */
HsObject *HsDictProxy_New(HsObject *mapping);

#endif /* HS_INTERNAL_HS_OBJ_TYPE_H */
