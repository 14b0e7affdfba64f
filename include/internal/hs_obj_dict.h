/* The dict object (CPython 3.11: Include/cpython/dictobject.h, Objects/dictobject.c):
 * the compact, insertion-ordered table. An HsDictObject (48 bytes) points to a keys object
 * holding a hash index (1, 2, 4 or 8 bytes per slot) and an entries array in insertion order;
 * a dict whose keys are all exact str uses 16-byte entries (key, value; the hash lives in
 * the str), any other 24-byte ones (hash, key, value). Growth and sizes follow CPython 3.11
 * exactly, so sys.getsizeof({}) == 64, ({'a': 1}) == 184, ({1: 2}) == 224.
 * Departure: split (shared-key) tables are a size model only: an instance dict is always a
 * combined table, and records which class keys CPython would share so that getsizeof and
 * the split-to-combined conversions match (see docs/internals/dict.md). */
#ifndef HS_INTERNAL_HS_OBJ_DICT_H
#define HS_INTERNAL_HS_OBJ_DICT_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"
#include "internal/hs_obj_descr.h"

#include <stdint.h>

typedef struct HsDictKeysObject HsDictKeysObject; /* defined in dictobject.c */

typedef struct HsDictObject {
    HsObject ob_base;
    Hs_ssize_t ma_used;       /* number of items */
    uint64_t ma_version_tag;  /* changes on every mutation (for lookup caches) */
    HsDictKeysObject *ma_keys;
    void *ma_values;          /* NULL, or a split dict's HsSharedKeys, bit 0 = embedded */
} HsDictObject;

/* A class's shared keys (CPython 3.11: ht_cached_keys, made by _PyDict_NewKeysForClass for
 * every class whose instances have a managed dict), kept as the figures getsizeof needs.
 * A split dict's CPython size is 48 + 8 * (nentries + usable), plus the 768-byte keys
 * object when the dict is its only user. Invariant: nentries + usable only changes when
 * object.__new__ makes an instance (usable drops while above 1); adding a key moves one
 * from usable to nentries. */
#define HS_SHARED_KEYS_MAX 30 /* CPython: SHARED_KEYS_MAX_SIZE */
typedef struct HsSharedKeys {
    Hs_ssize_t refcnt;                  /* the class and each split dict */
    Hs_ssize_t usable;                  /* dk_usable */
    Hs_ssize_t nentries;                /* keys added so far */
    HsObject *keys[HS_SHARED_KEYS_MAX]; /* the keys added, exact str (owned) */
} HsSharedKeys;

/* The shared keys of a split dict 'd' (borrowed, owned by the dict), or NULL when combined.
 * Invariant: every key of a split dict is one of sk->keys[0..nentries), and keys are only
 * ever appended there, so a name absent from those entries is absent from every split dict
 * using 'sk' until nentries changes (the eval loop's LOAD_METHOD cache relies on it). */
static inline HsSharedKeys *hs_dict_split_keys(HsObject *d) {
    return (HsSharedKeys *)((uintptr_t)((HsDictObject *)d)->ma_values & ~(uintptr_t)1);
}

/* A new set of shared keys with one reference, or NULL with MemoryError set. */
HsSharedKeys *hs_shared_keys_new(void);
void hs_shared_keys_decref(HsSharedKeys *sk);
/* object.__new__ made an instance of a class using 'sk' (CPython: init_inline_values). */
void hs_shared_keys_instance_made(HsSharedKeys *sk);
/* A new empty split dict using 'sk' (borrowed; NULL makes a combined dict), embedded or
 * not. Return: new reference. */
HsObject *hs_dict_new_split(HsSharedKeys *sk, int embedded);

extern HsTypeObject HsDict_Type;

/* An instance's attribute dict that nothing else has seen yet: what CPython 3.11 keeps as
 * "inline values" in the object. Marked through ma_values; never tracked by the collector
 * (the owning instance's traverse visits its items instead), so gc.collect() counts an
 * instance in a cycle as one object, as CPython does. Reading obj.__dict__ materializes
 * it (hs_dict_materialize): the mark goes and the dict is tracked like any other. */
#define HS_DICT_IS_EMBEDDED(d) (((uintptr_t)((HsDictObject *)(d))->ma_values & 1) != 0)
void hs_dict_materialize(HsObject *d);

#define HsDict_CheckExact(op) (Hs_TYPE(op) == &HsDict_Type)
#define HsDict_Check(op) HsType_HasFeature(Hs_TYPE(op), HS_TPFLAGS_DICT_SUBCLASS)
#define HS_DICT_MAXFREELIST 80

/* Return: new reference to an empty dict (untracked). CPython: PyDict_New. */
HsObject *HsDict_New(void);

/* Return: borrowed reference (owned by the dict) to d[key]; NULL without an exception when
 * missing; NULL with one when hashing or comparing failed. CPython: PyDict_GetItemWithError */
HsObject *HsDict_GetItemWithError(HsObject *d, HsObject *key);
/* The same with a known hash. */
HsObject *hs_dict_getitem_known_hash(HsObject *d, HsObject *key, Hs_ssize_t hash);
/* d[key] for an exact str 'key' (attribute names) in a table of str keys only, trying entry
 * number '*hint' first and updating it; runs no code and raises nothing. Returns 1 with
 * *value borrowed, 0 when missing, -1 when it cannot tell (keys of other types, an unhashed
 * key): use HsDict_GetItemWithError. For the eval loop's attribute caches. */
int hs_dict_get_str_hint(HsObject *d, HsObject *key, uint32_t *hint, HsObject **value);
/* d[key] = value (borrowed) for an exact str 'key', replacing in place when entry '*hint'
 * holds the key; exactly HsDict_SetItem otherwise. Returns 0, or -1 with an exception. */
int hs_dict_set_str_hint(HsObject *d, HsObject *key, HsObject *value, uint32_t *hint);
/* Look up a key given as a C string; lookup errors are cleared (CPython's PyDict_GetItemString).
 * Return: borrowed reference, or NULL. */
HsObject *HsDict_GetItemString(HsObject *d, const char *key);

/* d[key] = value (both borrowed). Returns 0, or -1 with an exception. CPython: PyDict_SetItem */
int HsDict_SetItem(HsObject *d, HsObject *key, HsObject *value);
int hs_dict_setitem_known_hash(HsObject *d, HsObject *key, Hs_ssize_t hash, HsObject *value);
int HsDict_SetItemString(HsObject *d, const char *key, HsObject *value);

/* del d[key]; KeyError if missing. CPython: PyDict_DelItem. */
int HsDict_DelItem(HsObject *d, HsObject *key);
/* Remove d[key] and return it (new reference); missing: NULL without an exception.
 * CPython: _PyDict_Pop_KnownHash shape. */
HsObject *hs_dict_pop(HsObject *d, HsObject *key);

/* Iterate: start with *pos = 0; returns 1 and borrowed *key and *value per item, 0 at the end.
 * The dict must not change during the walk. CPython: PyDict_Next. */
int HsDict_Next(HsObject *d, Hs_ssize_t *pos, HsObject **key, HsObject **value);

Hs_ssize_t HsDict_Size(HsObject *d);
void HsDict_Clear(HsObject *d);
/* Return: new reference to a shallow copy. CPython: PyDict_Copy. */
HsObject *HsDict_Copy(HsObject *d);
/* Insert every item of dict 'b' into 'a' (override: replace existing keys). Returns 0/-1. */
int HsDict_Merge(HsObject *a, HsObject *b, int override);
/* 1 if 'key' is in 'd', 0 if not, -1 on error. CPython: PyDict_Contains. */
int HsDict_Contains(HsObject *d, HsObject *key);

/* CPython's dict.__sizeof__ (without the GC head). */
Hs_ssize_t hs_dict_sizeof(HsObject *d);
/* The hash table's slot count (dk_size), 0 for the shared empty table. */
Hs_ssize_t hs_dict_table_size(HsObject *d);
/* Number of dicts on the free list. */
Hs_ssize_t hs_dict_freelist_count(void);
/* Untrack 'd' if no key or value can be part of a cycle (CPython: _PyDict_MaybeUntrack). */
void hs_dict_maybe_untrack(HsObject *d);
/* Register the dict's untrack hook (full collections only, as CPython). */
int hs_dict_init(void);

/* Entry number 'i' of the entries array (0 <= i < hs_dict_nentries): 1 with borrowed *key,
 * *value (and *hash if not NULL) when it holds an item, 0 when deleted or out of range.
 * For the iterators and comparisons of dictmethods.c / dictviews.c. */
int hs_dict_entry(HsObject *d, Hs_ssize_t i, HsObject **key, HsObject **value,
                  Hs_ssize_t *hash);
Hs_ssize_t hs_dict_nentries(HsObject *d);
/* Remove the last item, LIFO (CPython: dict.popitem): 1 with *key and *value as new
 * references (moved out of the dict), 0 if the dict is empty. */
int hs_dict_popitem(HsObject *d, HsObject **key, HsObject **value);
/* Make room for 'n' items in one resize (CPython: dictresize(estimate_log2_keysize(n)) in
 * _PyDict_FromKeys). The new table is str-only if the dict 'like' has a str-only table,
 * general if 'like' is NULL. Returns 0 or -1. */
int hs_dict_presize(HsObject *d, Hs_ssize_t n, HsObject *like);

/* ==== slots and methods, in dictmethods.c and dictviews.c ==== */
extern struct HsMethodDef hs_dict_methods[];
extern HsNumberMethods hs_dict_as_number;     /* | and |= */
extern HsSequenceMethods hs_dict_as_sequence; /* `in` */
/* Return: new reference. d[key] (KeyError with the key wrapped in a tuple when missing). */
HsObject *hs_dict_subscript(HsObject *d, HsObject *key);
/* d[key] = value, or del d[key] when 'value' is NULL. Returns 0 or -1. */
int hs_dict_ass_subscript(HsObject *d, HsObject *key, HsObject *value);
HsObject *hs_dict_repr(HsObject *d);                          /* Return: new reference */
HsObject *hs_dict_richcompare(HsObject *a, HsObject *b, int op); /* Return: new reference */
HsObject *hs_dict_iter(HsObject *d);                          /* Return: new reference */
/* dict.__init__(self, iterable_or_mapping=(), **kwargs). Returns 0 or -1. */
int hs_dict_init_slot(HsObject *self, HsObject *args, HsObject *kwds);
/* d.update(arg): a dict, a mapping with keys(), or an iterable of pairs (CPython:
 * dict_update_arg). Returns 0 or -1. */
int hs_dict_update_arg(HsObject *d, HsObject *arg);

/* The views and iterators (CPython names): dict_keys, dict_values, dict_items (40 bytes with
 * the GC head), dict_keyiterator ... dict_reverseitemiterator (72). */
extern HsTypeObject HsDictKeys_Type, HsDictValues_Type, HsDictItems_Type;
extern HsTypeObject HsDictIterKey_Type, HsDictIterValue_Type, HsDictIterItem_Type;
extern HsTypeObject HsDictRevIterKey_Type, HsDictRevIterValue_Type, HsDictRevIterItem_Type;
/* Return: new reference to a view of 'd' of the given view type. */
HsObject *hs_dictview_new(HsObject *d, HsTypeObject *type);
/* Return: new reference to an iterator of the given iterator type over 'd'. */
HsObject *hs_dictiter_new(HsObject *d, HsTypeObject *type);

#endif /* HS_INTERNAL_HS_OBJ_DICT_H */
