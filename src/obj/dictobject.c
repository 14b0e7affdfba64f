/* The dict object's core (CPython 3.11: Objects/dictobject.c): the compact table, lookup
 * by open addressing with CPython's perturbation, insertion with CPython's growth rule,
 * deletion with dummies, resizing, iteration, free lists, version tags and the tracking
 * rules (a dict is tracked only once it holds something that may be part of a cycle).
 * Methods and repr live in dictmethods.c, views and iterators in dictviews.c.
 * Invariants: indices hold DKIX_EMPTY, DKIX_DUMMY or an entry number below dk_nentries;
 * deleted entries keep their slot with key and value NULL; a unicode-kind table holds only
 * exact str keys; ma_used counts entries with a value; the shared empty keys object is
 * never written to or freed. See docs/internals/dict.md. */
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_mem_trace.h"
#include "internal/hs_obj_trace.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

/* ==== constants and types ==== */

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define DKIX_CHANGED (-4) /* the table changed under a comparison: look up again */
#define LOG_MINSIZE 3
#define MINSIZE 8
#define PERTURB_SHIFT 5
#define USABLE_FRACTION(n) (((n) << 1) / 3)

enum { KEYS_GENERAL = 0, KEYS_UNICODE = 1 };

/* 32 bytes, as PyDictKeysObject in 3.11; the indices and then the entries follow. */
struct HsDictKeysObject {
    Hs_ssize_t dk_refcnt;
    uint8_t dk_log2_size;
    uint8_t dk_log2_index_bytes;
    uint8_t dk_kind;
    uint32_t dk_version;
    Hs_ssize_t dk_usable;   /* entries that can still be added before a resize */
    Hs_ssize_t dk_nentries; /* entries used, including deleted ones */
    char dk_indices[];
};

typedef struct GeneralEntry {
    Hs_ssize_t me_hash;
    HsObject *me_key;
    HsObject *me_value;
} GeneralEntry;

typedef struct UnicodeEntry {
    HsObject *me_key;
    HsObject *me_value;
} UnicodeEntry;

/* The shared empty table of new dicts: as CPython 3.11's Py_EMPTY_KEYS, log2 size 0 (one
 * slot), nothing usable. That size is what makes a merge into an empty dict resize once to
 * estimate_log2_keysize(n) (so dict(d) of a 1-item d has 16 slots, as in CPython). */
static struct {
    HsDictKeysObject k;
    int8_t indices[8];
} empty_keys_struct = {{1, 0, 0, KEYS_UNICODE, 1, 0, 0}, {-1, -1, -1, -1, -1, -1, -1, -1}};
#define EMPTY_KEYS (&empty_keys_struct.k)

static uint64_t global_version;
static HsDictObject *free_list[HS_DICT_MAXFREELIST];
static int numfree;
static HsDictKeysObject *keys_free_list[HS_DICT_MAXFREELIST];
static int keys_numfree;

#define DK_SIZE(dk) ((size_t)1 << (dk)->dk_log2_size)
#define DK_MASK(dk) (DK_SIZE(dk) - 1)
#define DK_IS_UNICODE(dk) ((dk)->dk_kind == KEYS_UNICODE)
#define DK_ENTRIES_START(dk) ((void *)((dk)->dk_indices + ((size_t)1 << (dk)->dk_log2_index_bytes)))
#define DK_ENTRIES(dk) ((GeneralEntry *)DK_ENTRIES_START(dk))
#define DK_UENTRIES(dk) ((UnicodeEntry *)DK_ENTRIES_START(dk))
#define NEXT_VERSION() (++global_version)

/* ==== index access ==== */

static inline Hs_ssize_t get_index(const HsDictKeysObject *dk, size_t i) {
    switch (dk->dk_log2_index_bytes - dk->dk_log2_size) {
    case 0: return ((const int8_t *)dk->dk_indices)[i];
    case 1: return ((const int16_t *)dk->dk_indices)[i];
    case 2: return ((const int32_t *)dk->dk_indices)[i];
    default: return ((const int64_t *)dk->dk_indices)[i];
    }
}

static inline void set_index(HsDictKeysObject *dk, size_t i, Hs_ssize_t ix) {
    switch (dk->dk_log2_index_bytes - dk->dk_log2_size) {
    case 0: ((int8_t *)dk->dk_indices)[i] = (int8_t)ix; break;
    case 1: ((int16_t *)dk->dk_indices)[i] = (int16_t)ix; break;
    case 2: ((int32_t *)dk->dk_indices)[i] = (int32_t)ix; break;
    default: ((int64_t *)dk->dk_indices)[i] = ix; break;
    }
}

/* CPython: calculate_log2_keysize — note (n | 8) - 1, which makes 3 items ask for 16. */
static uint8_t log2_keysize(Hs_ssize_t minsize) {
    size_t n = ((size_t)minsize | MINSIZE) - 1;
    n |= MINSIZE - 1;
    uint8_t bits = 0;
    while (n != 0) {
        bits++;
        n >>= 1;
    }
    return bits;
}

static size_t entry_size(int unicode) {
    return unicode ? sizeof(UnicodeEntry) : sizeof(GeneralEntry);
}

/* sizeof(keys) + index bytes + usable entries: CPython's _PyDict_KeysSize. */
static size_t keys_bytes(uint8_t log2_size, uint8_t log2_bytes, int unicode) {
    return sizeof(HsDictKeysObject) + ((size_t)1 << log2_bytes) +
           (size_t)USABLE_FRACTION((size_t)1 << log2_size) * entry_size(unicode);
}

/* ==== keys objects ==== */

static HsDictKeysObject *new_keys(uint8_t log2_size, int unicode) {
    uint8_t log2_bytes = log2_size < 8    ? log2_size
                         : log2_size < 16 ? (uint8_t)(log2_size + 1)
                         : log2_size < 32 ? (uint8_t)(log2_size + 2)
                                          : (uint8_t)(log2_size + 3);
    if (log2_size >= 8 * sizeof(Hs_ssize_t) - 4) {
        return (HsDictKeysObject *)HsErr_NoMemory();
    }
    HsDictKeysObject *dk;
    if (log2_size == LOG_MINSIZE && unicode && keys_numfree > 0) {
        dk = keys_free_list[--keys_numfree];
    } else {
        dk = hs_mem_malloc(keys_bytes(log2_size, log2_bytes, unicode));
        if (dk == NULL) {
            return (HsDictKeysObject *)HsErr_NoMemory();
        }
    }
    dk->dk_refcnt = 1;
    dk->dk_log2_size = log2_size;
    dk->dk_log2_index_bytes = log2_bytes;
    dk->dk_kind = unicode ? KEYS_UNICODE : KEYS_GENERAL;
    dk->dk_version = 0;
    dk->dk_usable = USABLE_FRACTION((Hs_ssize_t)1 << log2_size);
    dk->dk_nentries = 0;
    memset(dk->dk_indices, 0xff, (size_t)1 << log2_bytes);
    memset(DK_ENTRIES_START(dk), 0, (size_t)dk->dk_usable * entry_size(unicode));
    return dk;
}

/* Free a keys object whose references were already dropped or moved. */
static void free_keys_memory(HsDictKeysObject *dk) {
    if (dk == EMPTY_KEYS) {
        return;
    }
    if (dk->dk_log2_size == LOG_MINSIZE && DK_IS_UNICODE(dk) &&
        keys_numfree < HS_DICT_MAXFREELIST) {
        keys_free_list[keys_numfree++] = dk;
        return;
    }
    hs_mem_free(dk);
}

/* Drop every key and value reference of 'dk' and free it. */
static void free_keys(HsDictKeysObject *dk) {
    if (dk == EMPTY_KEYS) {
        return;
    }
    Hs_ssize_t n = dk->dk_nentries;
    for (Hs_ssize_t i = 0; i < n; i++) {
        if (DK_IS_UNICODE(dk)) {
            Hs_XDECREF(DK_UENTRIES(dk)[i].me_key);
            Hs_XDECREF(DK_UENTRIES(dk)[i].me_value);
        } else {
            Hs_XDECREF(DK_ENTRIES(dk)[i].me_key);
            Hs_XDECREF(DK_ENTRIES(dk)[i].me_value);
        }
    }
    free_keys_memory(dk);
}

/* Entry i's key, value and hash, whatever the kind. */
static inline HsObject *entry_key(HsDictKeysObject *dk, Hs_ssize_t i) {
    return DK_IS_UNICODE(dk) ? DK_UENTRIES(dk)[i].me_key : DK_ENTRIES(dk)[i].me_key;
}
static inline HsObject **entry_value_ptr(HsDictKeysObject *dk, Hs_ssize_t i) {
    return DK_IS_UNICODE(dk) ? &DK_UENTRIES(dk)[i].me_value : &DK_ENTRIES(dk)[i].me_value;
}
static inline Hs_ssize_t entry_hash(HsDictKeysObject *dk, Hs_ssize_t i) {
    return DK_IS_UNICODE(dk) ? HS_STR_ASCII(DK_UENTRIES(dk)[i].me_key)->hash
                             : DK_ENTRIES(dk)[i].me_hash;
}

/* ==== lookup ==== */

/* The slot of the index where entry 'ix' can go for 'hash' (an empty one). */
static size_t find_empty_slot(HsDictKeysObject *dk, Hs_ssize_t hash) {
    size_t mask = DK_MASK(dk), i = (size_t)hash & mask, perturb = (size_t)hash;
    while (get_index(dk, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
    return i;
}

/* Exact-str key in a unicode table: identity or equal str, no user code runs. */
static Hs_ssize_t lookup_unicode(HsDictKeysObject *dk, HsObject *key, Hs_ssize_t hash) {
    size_t mask = DK_MASK(dk), i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        Hs_ssize_t ix = get_index(dk, i);
        if (ix >= 0) {
            HsObject *k = DK_UENTRIES(dk)[ix].me_key;
            if (k == key || (HS_STR_ASCII(k)->hash == hash && hs_str_eq(k, key))) {
                return ix;
            }
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

/* k == key for two exact strs or two one-digit exact ints, without the comparison protocol
 * (their __eq__ cannot run code or change the table); -1 when another type is involved. */
static int exact_eq(HsObject *k, HsObject *key) {
    HsTypeObject *t = Hs_TYPE(k);
    if (t != Hs_TYPE(key)) {
        return -1;
    }
    if (t == &HsUnicode_Type) {
        return hs_str_eq(k, key);
    }
    if (t == &HsLong_Type && hs_int_is_compact(k) && hs_int_is_compact(key)) {
        return hs_int_compact_value(k) == hs_int_compact_value(key);
    }
    return -1;
}

/* Any key: identity, then equal hashes compared with ==, which may run code and change
 * the dict (then DKIX_CHANGED). */
static Hs_ssize_t lookup_generic(HsDictObject *mp, HsDictKeysObject *dk, HsObject *key,
                                 Hs_ssize_t hash) {
    size_t mask = DK_MASK(dk), i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        Hs_ssize_t ix = get_index(dk, i);
        if (ix >= 0) {
            HsObject *k = entry_key(dk, ix);
            if (k == key) {
                return ix;
            }
            if (entry_hash(dk, ix) == hash) {
                int eq = exact_eq(k, key);
                if (eq >= 0) {
                    if (eq) {
                        return ix;
                    }
                    goto next;
                }
                Hs_INCREF(k);
                int cmp = HsObject_RichCompareBool(k, key, HS_EQ);
                Hs_DECREF(k);
                if (cmp < 0) {
                    return DKIX_ERROR;
                }
                if (dk != mp->ma_keys || entry_key(dk, ix) != k) {
                    return DKIX_CHANGED;
                }
                if (cmp > 0) {
                    return ix;
                }
            }
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
    next:
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

/* Entry number of 'key', DKIX_EMPTY if absent, DKIX_ERROR with an exception. */
static Hs_ssize_t dict_lookup(HsDictObject *mp, HsObject *key, Hs_ssize_t hash) {
    for (;;) {
        HsDictKeysObject *dk = mp->ma_keys;
        Hs_ssize_t ix;
        if (DK_IS_UNICODE(dk) && HsUnicode_CheckExact(key)) {
            ix = lookup_unicode(dk, key, hash);
        } else {
            ix = lookup_generic(mp, dk, key, hash);
        }
        if (ix != DKIX_CHANGED) {
            return ix;
        }
    }
}

/* ==== resizing and insertion ==== */

/* Rebuild the index of 'dk' for its first 'n' (all live) entries. */
static void build_indices(HsDictKeysObject *dk, Hs_ssize_t n) {
    for (Hs_ssize_t ix = 0; ix < n; ix++) {
        set_index(dk, find_empty_slot(dk, entry_hash(dk, ix)), ix);
    }
}

/* Move the live entries into a new table of 2**log2_size slots, dropping deleted ones.
 * 'unicode' keeps the 16-byte entry form if the current table has it. CPython: dictresize */
static int dict_resize(HsDictObject *mp, uint8_t log2_size, int unicode) {
    HsDictKeysObject *old = mp->ma_keys;
    if (old == EMPTY_KEYS) { /* nothing to move: a fresh table as asked */
        HsDictKeysObject *dk = new_keys(log2_size, unicode);
        if (dk == NULL) {
            return -1;
        }
        mp->ma_keys = dk;
        return 0;
    }
    unicode = unicode && DK_IS_UNICODE(old);
    HsDictKeysObject *dk = new_keys(log2_size, unicode);
    if (dk == NULL) {
        return -1;
    }
    Hs_ssize_t n = 0;
    for (Hs_ssize_t i = 0; i < old->dk_nentries; i++) {
        HsObject *value = *entry_value_ptr(old, i);
        if (value == NULL) {
            continue;
        }
        HsObject *key = entry_key(old, i);
        if (unicode) {
            DK_UENTRIES(dk)[n] = (UnicodeEntry){key, value};
        } else {
            DK_ENTRIES(dk)[n] = (GeneralEntry){entry_hash(old, i), key, value};
        }
        n++;
    }
    build_indices(dk, n);
    dk->dk_usable -= n;
    dk->dk_nentries = n;
    mp->ma_keys = dk;
    free_keys_memory(old); /* references moved to 'dk' */
    return 0;
}

static int insertion_resize(HsDictObject *mp, int unicode) {
    return dict_resize(mp, log2_keysize(mp->ma_used * 3), unicode);
}

/* ==== split tables (a size model: see hs_obj_dict.h) ==== */

static inline HsSharedKeys *split_keys(HsDictObject *mp) {
    return (HsSharedKeys *)((uintptr_t)mp->ma_values & ~(uintptr_t)1);
}

HsSharedKeys *hs_shared_keys_new(void) {
    HsSharedKeys *sk = hs_mem_raw_malloc(sizeof *sk);
    if (sk == NULL) {
        HsErr_NoMemory();
        return NULL;
    }
    sk->refcnt = 1;
    sk->usable = HS_SHARED_KEYS_MAX; /* "max size + 1: shrinks by one before each object" */
    sk->nentries = 0;
    return sk;
}

void hs_shared_keys_decref(HsSharedKeys *sk) {
    if (--sk->refcnt > 0) {
        return;
    }
    for (Hs_ssize_t i = 0; i < sk->nentries; i++) {
        Hs_DECREF(sk->keys[i]);
    }
    hs_mem_raw_free(sk);
}

void hs_shared_keys_instance_made(HsSharedKeys *sk) {
    if (sk->usable > 1) {
        sk->usable--;
    }
}

static void materialize_tracking(HsDictObject *mp);

/* Become a combined table as CPython's dictresize of a split dict does: the embedded mark
 * goes too (CPython materializes the instance's dict first), then the table is rebuilt
 * with 2**log2 slots ('unicode': keep 16-byte entries). Returns 0 or -1. */
static int unsplit(HsDictObject *mp, uint8_t log2, int unicode) {
    HsSharedKeys *sk = split_keys(mp);
    if (HS_DICT_IS_EMBEDDED(mp)) {
        materialize_tracking(mp);
    }
    mp->ma_values = NULL;
    hs_shared_keys_decref(sk);
    return dict_resize(mp, log2, unicode);
}

/* 'key' (exact str) is new to the split dict 'mp': it joins the shared keys if they have
 * it or room for it, else the dict becomes combined (CPython: insertdict's
 * insertion_resize when dk_usable <= 0). Returns 0 or -1. */
static int split_add_key(HsDictObject *mp, HsObject *key) {
    HsSharedKeys *sk = split_keys(mp);
    for (Hs_ssize_t i = 0; i < sk->nentries; i++) {
        if (sk->keys[i] == key || hs_str_eq(sk->keys[i], key)) {
            return 0;
        }
    }
    if (sk->usable > 0 && sk->nentries < HS_SHARED_KEYS_MAX) {
        sk->keys[sk->nentries++] = Hs_NewRef(key);
        sk->usable--;
        return 0;
    }
    return unsplit(mp, log2_keysize(mp->ma_used * 3), 1);
}

HsObject *hs_dict_new_split(HsSharedKeys *sk, int embedded) {
    HsObject *d = HsDict_New();
    if (d != NULL && (sk != NULL || embedded)) {
        if (sk != NULL) {
            sk->refcnt++;
        }
        ((HsDictObject *)d)->ma_values = (void *)((uintptr_t)sk | (embedded ? 1u : 0u));
    }
    return d;
}

/* getsizeof's figure for a split dict: CPython's _PyDict_SizeOf. */
static Hs_ssize_t split_sizeof(HsDictObject *mp, HsSharedKeys *sk) {
    Hs_ssize_t size = Hs_TYPE(mp)->tp_basicsize +
                      (sk->nentries + sk->usable) * (Hs_ssize_t)sizeof(HsObject *);
    if (sk->refcnt == 1) { /* the class is gone: the dict alone holds the keys */
        size += (Hs_ssize_t)keys_bytes(6, 6, 1); /* NEXT_LOG2_SHARED_KEYS_MAX_SIZE */
    }
    return size;
}

/* Could 'op' be part of a reference cycle? CPython: _PyObject_GC_MAY_BE_TRACKED. */
static int may_be_tracked(HsObject *op) {
    if (!HsObject_IS_GC(op)) {
        return 0;
    }
    return HsTuple_CheckExact(op) ? hs_gc_is_tracked(op) : 1;
}

static void maintain_tracking(HsDictObject *mp, HsObject *key, HsObject *value) {
    if (!hs_gc_is_tracked((HsObject *)mp) && !HS_DICT_IS_EMBEDDED(mp) &&
        (may_be_tracked(key) || may_be_tracked(value))) {
        hs_gc_track((HsObject *)mp);
    }
}

/* Insert or replace; 'key' and 'value' are borrowed. CPython: insertdict. */
static int insert(HsDictObject *mp, HsObject *key, Hs_ssize_t hash, HsObject *value) {
    if (split_keys(mp) != NULL && !HsUnicode_CheckExact(key) &&
        unsplit(mp, log2_keysize(mp->ma_used * 3), 0) < 0) {
        return -1;
    }
    if (mp->ma_keys == EMPTY_KEYS) {
        HsDictKeysObject *dk = new_keys(LOG_MINSIZE, HsUnicode_CheckExact(key));
        if (dk == NULL) {
            return -1;
        }
        mp->ma_keys = dk;
    } else if (DK_IS_UNICODE(mp->ma_keys) && !HsUnicode_CheckExact(key)) {
        if (insertion_resize(mp, 0) < 0) {
            return -1;
        }
    }
    Hs_ssize_t ix = dict_lookup(mp, key, hash);
    if (ix == DKIX_ERROR) {
        return -1;
    }
    if (ix == DKIX_EMPTY && split_keys(mp) != NULL && split_add_key(mp, key) < 0) {
        return -1;
    }
    maintain_tracking(mp, key, value);
    if (ix == DKIX_EMPTY) {
        if (mp->ma_keys->dk_usable <= 0 && insertion_resize(mp, 1) < 0) {
            return -1;
        }
        HsDictKeysObject *dk = mp->ma_keys;
        Hs_ssize_t n = dk->dk_nentries;
        set_index(dk, find_empty_slot(dk, hash), n);
        if (DK_IS_UNICODE(dk)) {
            DK_UENTRIES(dk)[n] = (UnicodeEntry){Hs_NewRef(key), Hs_NewRef(value)};
        } else {
            DK_ENTRIES(dk)[n] = (GeneralEntry){hash, Hs_NewRef(key), Hs_NewRef(value)};
        }
        dk->dk_version = 0;
        dk->dk_usable--;
        dk->dk_nentries++;
        mp->ma_used++;
        mp->ma_version_tag = NEXT_VERSION();
        return 0;
    }
    HsObject **slot = entry_value_ptr(mp->ma_keys, ix);
    HsObject *old = *slot;
    if (old != value) {
        *slot = Hs_NewRef(value);
        mp->ma_version_tag = NEXT_VERSION();
        Hs_DECREF(old); /* last: may run code that touches the dict */
    }
    return 0;
}

/* Hash of 'key', using the cached str hash when there is one. */
static inline Hs_ssize_t key_hash(HsObject *key) {
    if (HsUnicode_CheckExact(key)) {
        return hs_str_hash(key);
    }
    return HsObject_Hash(key);
}

static void set_key_error(HsObject *key) {
    HsObject *args = HsTuple_Pack(1, key); /* a tuple key must not become the args */
    if (args != NULL) {
        HsErr_SetObject(HsExc_KeyError, args);
        Hs_DECREF(args);
    }
}

/* ==== type slots ==== */

static void dict_dealloc(HsObject *op) {
    HsDictObject *mp = (HsDictObject *)op;
    hs_gc_untrack(op);
    if (!hs_trashcan_begin(op)) {
        return;
    }
    free_keys(mp->ma_keys);
    if (split_keys(mp) != NULL) {
        hs_shared_keys_decref(split_keys(mp));
    }
    mp->ma_values = NULL;
    if (numfree < HS_DICT_MAXFREELIST && HsDict_CheckExact(op)) {
        free_list[numfree++] = mp;
    } else {
        hs_gc_free(op);
    }
    hs_trashcan_end();
}

static int dict_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsDictKeysObject *dk = ((HsDictObject *)op)->ma_keys;
    for (Hs_ssize_t i = 0; i < dk->dk_nentries; i++) {
        HsObject *value = *entry_value_ptr(dk, i);
        if (value == NULL) {
            continue;
        }
        if (visit(value, arg) != 0) {
            return 1;
        }
        if (!DK_IS_UNICODE(dk) && visit(entry_key(dk, i), arg) != 0) {
            return 1; /* str keys cannot be in cycles: CPython skips them too */
        }
    }
    return 0;
}

static int dict_clear_slot(HsObject *op) {
    HsDict_Clear(op);
    return 0;
}

static Hs_ssize_t dict_length(HsObject *op) {
    return ((HsDictObject *)op)->ma_used;
}

static HsMappingMethods dict_as_mapping = {
    .mp_length = dict_length,
    .mp_subscript = hs_dict_subscript,
    .mp_ass_subscript = hs_dict_ass_subscript,
};

static HsObject *dict_new(HsTypeObject *type, HsObject *args, HsObject *kwds);

/* dict(...) without an argument tuple or keyword dict (CPython: dict_vectorcall). */
static HsObject *dict_vectorcall(HsObject *type, HsObject *const *args, size_t nargsf,
                                 HsObject *kwnames) {
    Hs_ssize_t nargs = HsVectorcall_NARGS(nargsf);
    if (hs_arg_check_positional("dict", nargs, 0, 1) < 0) {
        return NULL;
    }
    HsObject *self = dict_new((HsTypeObject *)type, NULL, NULL);
    if (self == NULL) {
        return NULL;
    }
    if (nargs == 1) {
        if (hs_dict_update_arg(self, args[0]) < 0) {
            Hs_DECREF(self);
            return NULL;
        }
        args++;
    }
    for (Hs_ssize_t i = 0; kwnames != NULL && i < Hs_SIZE(kwnames); i++) {
        if (HsDict_SetItem(self, HS_TUPLE_GET(kwnames, i), args[i]) < 0) {
            Hs_DECREF(self);
            return NULL;
        }
    }
    return self;
}

static void dict_free(void *op) {
    hs_gc_free(op);
}

/* dict.__new__: an empty dict, untracked when exact (CPython: dict_new). */
static HsObject *dict_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)args;
    (void)kwds;
    HsDictObject *mp = (HsDictObject *)type->tp_alloc(type, 0);
    if (mp == NULL) {
        return NULL;
    }
    mp->ma_used = 0;
    mp->ma_version_tag = NEXT_VERSION();
    mp->ma_keys = EMPTY_KEYS;
    mp->ma_values = NULL;
    if (type == &HsDict_Type) {
        hs_gc_untrack((HsObject *)mp);
    } else if (!hs_gc_is_tracked((HsObject *)mp)) {
        hs_gc_track((HsObject *)mp);
    }
    return (HsObject *)mp;
}

HsTypeObject HsDict_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "dict",
    .tp_getattro = HsObject_GenericGetAttr, /* as CPython: its own __getattribute__ */
    .tp_basicsize = sizeof(HsDictObject),
    .tp_dealloc = dict_dealloc,
    .tp_repr = hs_dict_repr,
    .tp_as_number = &hs_dict_as_number,
    .tp_as_sequence = &hs_dict_as_sequence,
    .tp_as_mapping = &dict_as_mapping,
    .tp_hash = HsObject_HashNotImplemented,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE | HS_TPFLAGS_DICT_SUBCLASS |
                HS_TPFLAGS_MAPPING,
    .tp_traverse = dict_traverse,
    .tp_clear = dict_clear_slot,
    .tp_richcompare = hs_dict_richcompare,
    .tp_iter = hs_dict_iter,
    .tp_methods = hs_dict_methods,
    .tp_init = hs_dict_init_slot,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = dict_new,
    .tp_vectorcall = dict_vectorcall,
    .tp_free = dict_free,
};

/* ==== internal API ==== */

HsObject *hs_dict_getitem_known_hash(HsObject *d, HsObject *key, Hs_ssize_t hash) {
    Hs_ssize_t ix = dict_lookup((HsDictObject *)d, key, hash);
    if (ix < 0) {
        return NULL; /* DKIX_EMPTY: no exception; DKIX_ERROR: exception set */
    }
    return *entry_value_ptr(((HsDictObject *)d)->ma_keys, ix);
}

int hs_dict_setitem_known_hash(HsObject *d, HsObject *key, Hs_ssize_t hash, HsObject *value) {
    return insert((HsDictObject *)d, key, hash, value);
}

HsObject *hs_dict_pop(HsObject *d, HsObject *key) {
    HsDictObject *mp = (HsDictObject *)d;
    if (mp->ma_used == 0) {
        return NULL;
    }
    Hs_ssize_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    Hs_ssize_t ix = dict_lookup(mp, key, hash);
    if (ix < 0) {
        return NULL;
    }
    HsDictKeysObject *dk = mp->ma_keys;
    size_t mask = DK_MASK(dk), i = (size_t)hash & mask, perturb = (size_t)hash;
    while (get_index(dk, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
    set_index(dk, i, DKIX_DUMMY);
    HsObject **vslot = entry_value_ptr(dk, ix);
    HsObject *value = *vslot, *old_key = entry_key(dk, ix);
    *vslot = NULL;
    if (DK_IS_UNICODE(dk)) {
        DK_UENTRIES(dk)[ix].me_key = NULL;
    } else {
        DK_ENTRIES(dk)[ix].me_key = NULL;
    }
    dk->dk_version = 0;
    mp->ma_used--;
    mp->ma_version_tag = NEXT_VERSION();
    Hs_DECREF(old_key);
    return value;
}

int hs_dict_entry(HsObject *d, Hs_ssize_t i, HsObject **key, HsObject **value,
                  Hs_ssize_t *hash) {
    HsDictKeysObject *dk = ((HsDictObject *)d)->ma_keys;
    if (i < 0 || i >= dk->dk_nentries || *entry_value_ptr(dk, i) == NULL) {
        return 0;
    }
    *key = entry_key(dk, i);
    *value = *entry_value_ptr(dk, i);
    if (hash != NULL) {
        *hash = entry_hash(dk, i);
    }
    return 1;
}

Hs_ssize_t hs_dict_nentries(HsObject *d) {
    return ((HsDictObject *)d)->ma_keys->dk_nentries;
}

/* CPython: dict_popitem_impl. The last entry is removed and dk_nentries shrinks to it, so
 * its slot in the entries array is reused by the next insertion. */
int hs_dict_popitem(HsObject *d, HsObject **key, HsObject **value) {
    HsDictObject *mp = (HsDictObject *)d;
    if (mp->ma_used == 0) {
        return 0;
    }
    if (split_keys(mp) != NULL && unsplit(mp, 6, 1) < 0) { /* the shared keys' size */
        return -1;
    }
    HsDictKeysObject *dk = mp->ma_keys;
    Hs_ssize_t ix = dk->dk_nentries - 1;
    while (ix >= 0 && *entry_value_ptr(dk, ix) == NULL) {
        ix--;
    }
    Hs_ssize_t hash = entry_hash(dk, ix);
    size_t mask = DK_MASK(dk), i = (size_t)hash & mask, perturb = (size_t)hash;
    while (get_index(dk, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
    set_index(dk, i, DKIX_DUMMY);
    *key = entry_key(dk, ix);
    *value = *entry_value_ptr(dk, ix);
    if (DK_IS_UNICODE(dk)) {
        DK_UENTRIES(dk)[ix] = (UnicodeEntry){NULL, NULL};
    } else {
        DK_ENTRIES(dk)[ix] = (GeneralEntry){0, NULL, NULL};
    }
    dk->dk_nentries = ix;
    dk->dk_version = 0;
    mp->ma_used--;
    mp->ma_version_tag = NEXT_VERSION();
    return 1;
}

int hs_dict_presize(HsObject *d, Hs_ssize_t n, HsObject *like) {
    HsDictObject *mp = (HsDictObject *)d;
    int unicode = like != NULL && DK_IS_UNICODE(((HsDictObject *)like)->ma_keys);
    uint8_t log2 = log2_keysize((n * 3 + 1) / 2); /* CPython: estimate_log2_keysize */
    if (log2 <= mp->ma_keys->dk_log2_size && mp->ma_keys != EMPTY_KEYS) {
        return 0;
    }
    return dict_resize(mp, log2, unicode);
}

Hs_ssize_t hs_dict_sizeof(HsObject *d) {
    HsDictKeysObject *dk = ((HsDictObject *)d)->ma_keys;
    if (split_keys((HsDictObject *)d) != NULL) {
        return split_sizeof((HsDictObject *)d, split_keys((HsDictObject *)d));
    }
    Hs_ssize_t size = Hs_TYPE(d)->tp_basicsize; /* subtypes count their own fields */
    if (dk != EMPTY_KEYS && dk->dk_refcnt == 1) {
        size += (Hs_ssize_t)keys_bytes(dk->dk_log2_size, dk->dk_log2_index_bytes,
                                       DK_IS_UNICODE(dk));
    }
    return size;
}

Hs_ssize_t hs_dict_table_size(HsObject *d) {
    HsDictKeysObject *dk = ((HsDictObject *)d)->ma_keys;
    return dk == EMPTY_KEYS ? 0 : (Hs_ssize_t)1 << dk->dk_log2_size;
}

Hs_ssize_t hs_dict_freelist_count(void) {
    return numfree;
}

void hs_dict_freelist_clear(void) {
    while (numfree > 0) {
        hs_gc_free((HsObject *)free_list[--numfree]);
    }
    while (keys_numfree > 0) {
        hs_mem_free(keys_free_list[--keys_numfree]);
    }
}

void hs_dict_maybe_untrack(HsObject *d) {
    if (!HsDict_CheckExact(d) || !hs_gc_is_tracked(d)) {
        return;
    }
    HsDictKeysObject *dk = ((HsDictObject *)d)->ma_keys;
    for (Hs_ssize_t i = 0; i < dk->dk_nentries; i++) {
        HsObject *value = *entry_value_ptr(dk, i);
        if (value == NULL) {
            continue;
        }
        if (may_be_tracked(value) || may_be_tracked(entry_key(dk, i))) {
            return;
        }
    }
    hs_gc_untrack(d);
}

void hs_dict_materialize(HsObject *d) {
    HsDictObject *mp = (HsDictObject *)d;
    if (HS_DICT_IS_EMBEDDED(mp)) {
        materialize_tracking(mp); /* a split dict still, as make_dict_from_instance_values */
    }
}

/* Drop the embedded mark and track the dict if an item could be in a cycle. */
static void materialize_tracking(HsDictObject *mp) {
    HsObject *d = (HsObject *)mp;
    mp->ma_values = (void *)((uintptr_t)mp->ma_values & ~(uintptr_t)1);
    HsDictKeysObject *dk = mp->ma_keys;
    for (Hs_ssize_t i = 0; i < dk->dk_nentries; i++) {
        HsObject *value = *entry_value_ptr(dk, i);
        if (value != NULL && (may_be_tracked(value) || may_be_tracked(entry_key(dk, i)))) {
            hs_gc_track(d);
            return;
        }
    }
}

int hs_dict_init(void) {
    return hs_gc_set_untrack_hook(&HsDict_Type, hs_dict_maybe_untrack, 1);
}

/* ==== public API ==== */

HsObject *HsDict_New(void) {
    HsDictObject *mp;
    if (numfree > 0) {
        mp = free_list[--numfree];
        Hs_REFCNT(mp) = 1;
        HS_REF_TOTAL_INC();
        hs_mem_trace_new_reference(HS_GC_HEAD(mp)); // CPython: _Py_NewReference
        hs_obj_trace_alloc((HsObject *)mp);
    } else {
        mp = (HsDictObject *)hs_gc_alloc(&HsDict_Type, sizeof(HsDictObject));
        if (mp == NULL) {
            return HsErr_NoMemory();
        }
    }
    mp->ma_used = 0;
    mp->ma_version_tag = NEXT_VERSION();
    mp->ma_keys = EMPTY_KEYS;
    mp->ma_values = NULL;
    return (HsObject *)mp;
}

HsObject *HsDict_GetItemWithError(HsObject *d, HsObject *key) {
    Hs_ssize_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    return hs_dict_getitem_known_hash(d, key, hash);
}

int hs_dict_get_str_hint(HsObject *d, HsObject *key, uint32_t *hint, HsObject **value) {
    HsDictKeysObject *dk = ((HsDictObject *)d)->ma_keys;
    if (!DK_IS_UNICODE(dk)) {
        return -1;
    }
    Hs_ssize_t ix = *hint;
    if (ix < dk->dk_nentries && DK_UENTRIES(dk)[ix].me_key == key) {
        *value = DK_UENTRIES(dk)[ix].me_value; /* the key is unique: this is its entry */
        return 1;
    }
    Hs_ssize_t hash = HS_STR_ASCII(key)->hash;
    if (hash == -1) {
        return -1;
    }
    ix = lookup_unicode(dk, key, hash);
    if (ix < 0) {
        return 0;
    }
    *hint = (uint32_t)ix;
    *value = DK_UENTRIES(dk)[ix].me_value;
    return 1;
}

int hs_dict_set_str_hint(HsObject *d, HsObject *key, HsObject *value, uint32_t *hint) {
    HsDictObject *mp = (HsDictObject *)d;
    HsDictKeysObject *dk = mp->ma_keys;
    Hs_ssize_t ix = *hint;
    if (ix < dk->dk_nentries && DK_IS_UNICODE(dk) && DK_UENTRIES(dk)[ix].me_key == key) {
        /* insert()'s replacement path, without the probe */
        maintain_tracking(mp, key, value);
        HsObject **slot = &DK_UENTRIES(dk)[ix].me_value;
        HsObject *old = *slot;
        if (old != value) {
            *slot = Hs_NewRef(value);
            mp->ma_version_tag = NEXT_VERSION();
            Hs_DECREF(old); /* last: may run code that touches the dict */
        }
        return 0;
    }
    if (HsDict_SetItem(d, key, value) < 0) {
        return -1;
    }
    dk = mp->ma_keys;
    if (DK_IS_UNICODE(dk) && dk->dk_nentries > 0 &&
        DK_UENTRIES(dk)[dk->dk_nentries - 1].me_key == key) {
        *hint = (uint32_t)(dk->dk_nentries - 1); /* just appended: the usual case */
    }
    return 0;
}

HsObject *HsDict_GetItemString(HsObject *d, const char *key) {
    HsObject *k = HsUnicode_FromString(key);
    if (k == NULL) {
        HsErr_Clear();
        return NULL;
    }
    HsObject *v = HsDict_GetItemWithError(d, k);
    Hs_DECREF(k);
    if (v == NULL) {
        HsErr_Clear();
    }
    return v;
}

int HsDict_SetItem(HsObject *d, HsObject *key, HsObject *value) {
    Hs_ssize_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return insert((HsDictObject *)d, key, hash, value);
}

int HsDict_SetItemString(HsObject *d, const char *key, HsObject *value) {
    HsObject *k = HsUnicode_InternFromString(key);
    if (k == NULL) {
        return -1;
    }
    int r = HsDict_SetItem(d, k, value);
    Hs_DECREF(k);
    return r;
}

int HsDict_DelItem(HsObject *d, HsObject *key) {
    HsObject *value = hs_dict_pop(d, key);
    if (value == NULL) {
        if (!HsErr_Occurred()) {
            set_key_error(key);
        }
        return -1;
    }
    Hs_DECREF(value);
    return 0;
}

int HsDict_Next(HsObject *d, Hs_ssize_t *pos, HsObject **key, HsObject **value) {
    HsDictKeysObject *dk = ((HsDictObject *)d)->ma_keys;
    Hs_ssize_t i = *pos;
    while (i < dk->dk_nentries && *entry_value_ptr(dk, i) == NULL) {
        i++;
    }
    if (i >= dk->dk_nentries) {
        return 0;
    }
    *pos = i + 1;
    if (key != NULL) {
        *key = entry_key(dk, i);
    }
    if (value != NULL) {
        *value = *entry_value_ptr(dk, i);
    }
    return 1;
}

Hs_ssize_t HsDict_Size(HsObject *d) {
    return ((HsDictObject *)d)->ma_used;
}

void HsDict_Clear(HsObject *d) {
    HsDictObject *mp = (HsDictObject *)d;
    HsDictKeysObject *old = mp->ma_keys;
    HsSharedKeys *sk = split_keys(mp);
    if (old == EMPTY_KEYS && sk == NULL) {
        return;
    }
    mp->ma_values = (void *)((uintptr_t)mp->ma_values & 1); /* combined now: CPython too */
    mp->ma_keys = EMPTY_KEYS;
    mp->ma_used = 0;
    mp->ma_version_tag = NEXT_VERSION();
    if (sk != NULL) {
        hs_shared_keys_decref(sk);
    }
    free_keys(old); /* after the dict is consistent: destructors may look at it */
}

/* A copy of the clean, combined table of 'mb' with new references to its keys and values.
 * CPython: clone_combined_dict_keys. */
static HsDictKeysObject *clone_keys(HsDictObject *mb) {
    HsDictKeysObject *src = mb->ma_keys;
    size_t bytes = keys_bytes(src->dk_log2_size, src->dk_log2_index_bytes, DK_IS_UNICODE(src));
    HsDictKeysObject *dk = hs_mem_malloc(bytes);
    if (dk == NULL) {
        return (HsDictKeysObject *)HsErr_NoMemory();
    }
    memcpy(dk, src, bytes);
    dk->dk_refcnt = 1;
    for (Hs_ssize_t i = 0; i < dk->dk_nentries; i++) {
        Hs_XINCREF(entry_key(dk, i)); /* deleted entries hold NULL */
        Hs_XINCREF(*entry_value_ptr(dk, i));
    }
    return dk;
}

/* CPython: dict_merge for a dict source. An empty target takes a clone of a clean source
 * table (so a copy has the source's size); otherwise one resize up front, then inserts. */
int HsDict_Merge(HsObject *a, HsObject *b, int override) {
    HsDictObject *ma = (HsDictObject *)a, *mb = (HsDictObject *)b;
    HsDictKeysObject *dk = mb->ma_keys;
    if (mb->ma_used == 0 || a == b) {
        return 0;
    }
    if (ma->ma_used == 0) {
        override = 1;
        if (mb->ma_used == dk->dk_nentries && mb->ma_values == NULL &&
            (dk->dk_log2_size == LOG_MINSIZE ||
             USABLE_FRACTION((Hs_ssize_t)DK_SIZE(dk) / 2) < mb->ma_used)) {
            HsDictKeysObject *keys = clone_keys(mb);
            if (keys == NULL) {
                return -1;
            }
            free_keys(ma->ma_keys);
            ma->ma_keys = keys;
            ma->ma_used = mb->ma_used;
            ma->ma_version_tag = NEXT_VERSION();
            if (hs_gc_is_tracked(b) && !hs_gc_is_tracked(a) && !HS_DICT_IS_EMBEDDED(a)) {
                hs_gc_track(a);
            }
            return 0;
        }
    }
    if (USABLE_FRACTION((Hs_ssize_t)DK_SIZE(ma->ma_keys)) < mb->ma_used) {
        Hs_ssize_t n = ma->ma_used + mb->ma_used;
        if (dict_resize(ma, log2_keysize((n * 3 + 1) / 2), DK_IS_UNICODE(dk)) < 0) {
            return -1;
        }
    }
    for (Hs_ssize_t i = 0; i < dk->dk_nentries; i++) {
        HsObject *value = *entry_value_ptr(dk, i);
        if (value == NULL) {
            continue;
        }
        HsObject *key = entry_key(dk, i);
        Hs_ssize_t hash = entry_hash(dk, i);
        if (!override && hs_dict_getitem_known_hash(a, key, hash) != NULL) {
            continue;
        }
        if (HsErr_Occurred() || insert(ma, key, hash, value) < 0) {
            return -1;
        }
        if (mb->ma_keys != dk) {
            HsErr_SetString(HsExc_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

/* CPython: PyDict_Copy. A table with at most a third of its entries deleted is cloned as
 * it is (same size, dummies and all); a sparser one is compacted through a merge.
 * Return: new reference. */
static HsObject *copy_table(HsDictObject *mp) {
    HsObject *d = (HsObject *)mp;
    HsObject *copy = HsDict_New();
    if (copy == NULL || mp->ma_used == 0) {
        return copy;
    }
    if (mp->ma_used >= (mp->ma_keys->dk_nentries * 2) / 3) {
        HsDictKeysObject *keys = clone_keys(mp);
        if (keys == NULL) {
            Hs_DECREF(copy);
            return NULL;
        }
        HsDictObject *c = (HsDictObject *)copy;
        c->ma_keys = keys;
        c->ma_used = mp->ma_used;
        if (hs_gc_is_tracked(d)) {
            hs_gc_track(copy);
        }
        return copy;
    }
    if (HsDict_Merge(copy, d, 1) < 0) {
        Hs_CLEAR(copy);
    }
    return copy;
}

HsObject *HsDict_Copy(HsObject *d) {
    HsDictObject *mp = (HsDictObject *)d;
    HsObject *copy = copy_table(mp);
    HsSharedKeys *sk = split_keys(mp);
    if (copy != NULL && sk != NULL) { /* CPython copies a split dict as a split dict */
        sk->refcnt++;
        ((HsDictObject *)copy)->ma_values = sk;
    }
    return copy;
}

int HsDict_Contains(HsObject *d, HsObject *key) {
    Hs_ssize_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    Hs_ssize_t ix = dict_lookup((HsDictObject *)d, key, hash);
    return ix == DKIX_ERROR ? -1 : ix >= 0;
}
