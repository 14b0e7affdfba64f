/* The set and frozenset objects (CPython 3.11: Objects/setobject.c). The code is ours; what
 * is carried over are the facts that make sizes, growth and iteration order match CPython's:
 * the probe sequence (runs of 1 + 9 slots, then the perturbed jump; see the constants
 * below), the growth and shrink thresholds, the table sizes, and which of two sets is walked
 * in the binary operations, so that user __eq__/__hash__ methods are called in the same
 * order and number. Also the frozenset hash, the operators and methods, comparisons and the
 * C API; the iterator and repr are in setiter.c.
 * Invariants: fill >= used; mask + 1 is a power of two >= 8; the table always has a never
 * used entry (fill < mask + 1) so failed searches end; a deleted entry holds the dummy key
 * with hash -1 and no reference; hash is -1 except on a frozenset whose hash was computed.
 * Every set and frozenset is tracked by the collector (CPython untracks none).
 * Reference contract throughout: arguments are borrowed; a function returning HsObject*
 * returns a new reference, or NULL with an exception set. See docs/internals/set.md. */
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_weakref.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

/* ==== constants and types ==== */

/* The probe sequence, a fact kept so that iteration order and sizes are CPython's: a search
 * for 'hash' starts at slot hash & mask and scans a run of that slot plus the
 * HS_SET_LINEAR_PROBES slots after it (only the one slot if the run would pass the end of
 * the table); the next run starts at (start * 5 + 1 + perturb) & mask, where perturb begins
 * as the hash and is shifted right by HS_SET_PERTURB_SHIFT before each jump. */
#define HS_SET_LINEAR_PROBES 9
#define HS_SET_PERTURB_SHIFT 5

/* Growth rule (also a fact): after an insert into a never-used slot the table is rebuilt
 * once fill * 5 >= mask * 3, to the smallest power of two above used * 4 (used * 2 past
 * 50000 elements). */
#define HS_SET_BIG_SET 50000

/* set_discard_entry's answers besides -1. */
#define DISCARD_NOTFOUND 0
#define DISCARD_FOUND 1

/* The placeholder of deleted entries (CPython: _PySet_Dummy). Never handed out. */
static HsTypeObject dummy_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "<dummy key> type",
    .tp_basicsize = sizeof(HsObject),
};
static HsObject dummy_struct = HsObject_HEAD_INIT(&dummy_type);
#define DUMMY (&dummy_struct)

static HsObject *set_richcompare(HsObject *v, HsObject *w, int op);

/* ==== table operations ==== */

static inline Hs_ssize_t key_hash(HsObject *key) {
    return HsUnicode_CheckExact(key) ? hs_str_hash(key) : HsObject_Hash(key);
}

/* An entry holding an element (neither never used nor deleted). */
static inline int entry_live(const HsSetEntry *entry) {
    return entry->key != NULL && entry->key != DUMMY;
}

/* How many slots the run starting at 'start' covers. */
static inline size_t run_length(size_t start, size_t mask) {
    return start + HS_SET_LINEAR_PROBES <= mask ? HS_SET_LINEAR_PROBES + 1 : 1;
}

/* The start of the run after the one at 'start'. */
static inline size_t next_run(size_t start, size_t *perturb, size_t mask) {
    *perturb >>= HS_SET_PERTURB_SHIFT;
    return (start * 5 + 1 + *perturb) & mask;
}

/* The size a table is rebuilt to for 'min_used' elements: a power of two above it. */
static size_t table_size_for(Hs_ssize_t min_used) {
    size_t slots = HS_SET_MINSIZE;
    while (slots <= (size_t)min_used) {
        slots *= 2;
    }
    return slots;
}

static inline Hs_ssize_t growth_target(const HsSetObject *so) {
    return so->used > HS_SET_BIG_SET ? so->used * 2 : so->used * 4;
}

/* Whether adding 'incoming' elements at once calls for a rebuild first (set_merge and the
 * dict update do this, sized for used + incoming). */
static inline int needs_room(const HsSetObject *so, Hs_ssize_t incoming) {
    return (so->fill + incoming) * 5 >= so->mask * 3;
}

/* How a search treats an __eq__ that says "equal" but changed the set meanwhile: a plain
 * lookup starts over, an insert takes the match (both as CPython). */
enum hs_set_search_mode { SEARCH_LOOKUP, SEARCH_INSERT };

#define SEARCH_AGAIN 2

/* One pass of the search for 'key' along its probe sequence. Returns 1 with '*slot' = the
 * entry holding an equal key; 0 with '*slot' = the never-used entry that ended the search
 * and '*reusable' = the last deleted entry passed on the way (or NULL); -1 if __eq__
 * failed; SEARCH_AGAIN if __eq__ changed the table under us. 'key' must be owned by the
 * caller (an __eq__ may drop every other reference). */
static int search_pass(HsSetObject *so, HsObject *key, Hs_ssize_t hash, int mode,
                       HsSetEntry **slot, HsSetEntry **reusable) {
    HsSetEntry *table = so->table;
    size_t mask = (size_t)so->mask, perturb = (size_t)hash;
    *reusable = NULL;
    for (size_t start = (size_t)hash & mask;; start = next_run(start, &perturb, mask)) {
        size_t span = run_length(start, mask);
        for (HsSetEntry *cand = &table[start]; span > 0; span--, cand++) {
            HsObject *resident = cand->key;
            if (resident == NULL) {
                *slot = cand;
                return 0;
            }
            if (cand->hash != hash) {
                if (cand->hash == -1) {
                    *reusable = cand; // deleted: hash -1 never belongs to a live key
                }
                continue;
            }
            int verdict = resident == key || (HsUnicode_CheckExact(resident) &&
                                               HsUnicode_CheckExact(key) &&
                                               hs_str_eq(resident, key));
            if (!verdict) {
                Hs_INCREF(resident); // __eq__ may remove it from the set
                verdict = HsObject_RichCompareBool(resident, key, HS_EQ);
                Hs_DECREF(resident);
                if (verdict < 0) {
                    return -1;
                }
                int disturbed = so->table != table || cand->key != resident;
                if (disturbed && !(verdict && mode == SEARCH_INSERT)) {
                    return SEARCH_AGAIN;
                }
                mask = (size_t)so->mask;
            }
            if (verdict) {
                *slot = cand;
                return 1;
            }
        }
    }
}

/* search_pass until the table holds still. CPython: set_lookkey and the probing half of
 * set_add_entry. */
static inline int search(HsSetObject *so, HsObject *key, Hs_ssize_t hash, int mode,
                         HsSetEntry **slot, HsSetEntry **reusable) {
    int outcome;
    do {
        outcome = search_pass(so, key, hash, mode, slot, reusable);
    } while (outcome == SEARCH_AGAIN);
    return outcome;
}

/* Store a key known to be absent into a table that has no deleted entries: the first
 * never-used slot of its probe sequence. CPython: set_insert_clean. */
static void place_fresh(HsSetEntry *table, size_t mask, HsObject *key, Hs_ssize_t hash) {
    size_t perturb = (size_t)hash;
    for (size_t start = (size_t)hash & mask;; start = next_run(start, &perturb, mask)) {
        HsSetEntry *run = &table[start];
        for (size_t k = 0, span = run_length(start, mask); k < span; k++) {
            if (run[k].key == NULL) {
                run[k].key = key;
                run[k].hash = hash;
                return;
            }
        }
    }
}

/* Move the elements into a table of table_size_for('min_used') slots, leaving the deleted
 * entries behind; afterwards fill == used. A small table that would stay small and has no
 * deleted entries is left as it is. Returns 0, or -1 with MemoryError (the set is then
 * unchanged). CPython: set_table_resize. */
static int rebuild_table(HsSetObject *so, Hs_ssize_t min_used) {
    size_t slots = table_size_for(min_used);
    HsSetEntry *source = so->table, *target = so->smalltable;
    HsSetEntry *heap_source = source == so->smalltable ? NULL : source;
    size_t source_slots = (size_t)so->mask + 1;
    HsSetEntry small_snapshot[HS_SET_MINSIZE];
    if (slots > HS_SET_MINSIZE) {
        target = slots > (size_t)HS_SSIZE_T_MAX / sizeof(HsSetEntry)
                     ? NULL
                     : hs_mem_malloc(slots * sizeof(HsSetEntry));
        if (target == NULL) {
            HsErr_NoMemory();
            return -1;
        }
    } else if (heap_source == NULL) {
        if (so->fill == so->used) {
            return 0; // already the right size, nothing to drop
        }
        memcpy(small_snapshot, source, sizeof(small_snapshot)); // target overlaps source
        source = small_snapshot;
    }
    memset(target, 0, slots * sizeof(HsSetEntry));
    so->table = target;
    so->mask = (Hs_ssize_t)slots - 1;
    so->fill = so->used;
    for (size_t k = 0; k < source_slots; k++) {
        if (entry_live(&source[k])) {
            place_fresh(target, slots - 1, source[k].key, source[k].hash);
        }
    }
    if (heap_source != NULL) {
        hs_mem_free(heap_source);
    }
    return 0;
}

/* Add 'key' (borrowed; the set takes its own reference) unless an equal key is present.
 * A deleted entry met on the way is reused; only filling a never-used slot can trigger
 * growth. Returns 0 or -1. CPython: set_add_entry. */
static int set_add_entry(HsSetObject *so, HsObject *key, Hs_ssize_t hash) {
    HsSetEntry *slot, *reusable;
    Hs_INCREF(key); // ours while __eq__ runs, then the set's
    int present = search(so, key, hash, SEARCH_INSERT, &slot, &reusable);
    if (present != 0) {
        Hs_DECREF(key);
        return present < 0 ? -1 : 0;
    }
    so->used++;
    if (reusable != NULL) {
        reusable->key = key;
        reusable->hash = hash;
        return 0;
    }
    so->fill++;
    slot->key = key;
    slot->hash = hash;
    if ((size_t)so->fill * 5 < (size_t)so->mask * 3) {
        return 0;
    }
    return rebuild_table(so, growth_target(so));
}

static int set_add_key(HsSetObject *so, HsObject *key) {
    Hs_ssize_t hash = key_hash(key);
    return hash == -1 ? -1 : set_add_entry(so, key, hash);
}

/* The entry holding a key equal to 'key' (borrowed), NULL if none; -1 on error. */
static int find_entry(HsSetObject *so, HsObject *key, Hs_ssize_t hash, HsSetEntry **found) {
    HsSetEntry *slot, *unused; // 'key' is kept alive by the caller, as in CPython
    int present = search(so, key, hash, SEARCH_LOOKUP, &slot, &unused);
    *found = present > 0 ? slot : NULL;
    return present;
}

static int set_contains_entry(HsSetObject *so, HsObject *key, Hs_ssize_t hash) {
    HsSetEntry *found;
    return find_entry(so, key, hash, &found);
}

static int set_contains_key(HsSetObject *so, HsObject *key) {
    Hs_ssize_t hash = key_hash(key);
    return hash == -1 ? -1 : set_contains_entry(so, key, hash);
}

/* Turn the entry equal to 'key' into a deleted one. Returns DISCARD_FOUND,
 * DISCARD_NOTFOUND or -1. CPython: set_discard_entry. */
static int set_discard_entry(HsSetObject *so, HsObject *key, Hs_ssize_t hash) {
    HsSetEntry *found;
    int present = find_entry(so, key, hash, &found);
    if (present <= 0) {
        return present < 0 ? -1 : DISCARD_NOTFOUND;
    }
    HsObject *removed = found->key;
    so->used--;
    found->hash = -1;
    found->key = DUMMY;
    Hs_DECREF(removed); // last, once the set is consistent again
    return DISCARD_FOUND;
}

static int set_discard_key(HsSetObject *so, HsObject *key) {
    Hs_ssize_t hash = key_hash(key);
    return hash == -1 ? -1 : set_discard_entry(so, key, hash);
}

/* The state of a new empty set: the in-object table, all of it never used. */
static void set_empty_to_minsize(HsSetObject *so) {
    so->table = so->smalltable;
    so->mask = HS_SET_MINSIZE - 1;
    so->fill = so->used = 0;
    so->hash = -1;
    memset(so->table, 0, HS_SET_MINSIZE * sizeof(HsSetEntry));
}

/* Drop the references of the 'live' elements of 'entries', front to back. */
static void release_elements(HsSetEntry *entries, Hs_ssize_t live) {
    for (HsSetEntry *e = entries; live > 0; e++) {
        if (entry_live(e)) {
            live--;
            Hs_DECREF(e->key);
        }
    }
}

/* Empty the set. The set is reset to its empty small table first and the elements are
 * released afterwards, front to back, so a destructor that looks at the set sees it empty.
 * CPython: set_clear_internal. */
static int set_clear_internal(HsSetObject *so) {
    HsSetEntry *old_entries = so->table;
    int on_heap = old_entries != so->smalltable;
    HsSetEntry small_snapshot[HS_SET_MINSIZE];
    if (!on_heap) {
        if (so->fill == 0) {
            return 0; // nothing to release, nothing to reset
        }
        memcpy(small_snapshot, old_entries, sizeof(small_snapshot));
        old_entries = small_snapshot;
    }
    Hs_ssize_t live = so->used;
    set_empty_to_minsize(so);
    release_elements(old_entries, live);
    if (on_heap) {
        hs_mem_free(old_entries);
    }
    return 0;
}

/* The first live entry at index *pos or later; *pos moves past it. 0 when there is none.
 * CPython: set_next. */
static int set_next(HsSetObject *so, Hs_ssize_t *pos, HsSetEntry **entry_ptr) {
    Hs_ssize_t at = *pos;
    while (at <= so->mask && !entry_live(&so->table[at])) {
        at++;
    }
    *pos = at + 1;
    if (at > so->mask) {
        return 0;
    }
    *entry_ptr = &so->table[at];
    return 1;
}

/* ==== merging ==== */

/* 'other' into the empty 'so' whose table has the same size: slot for slot, which is
 * possible because 'other' has no deleted entries. */
static void copy_layout(HsSetObject *so, HsSetObject *other) {
    for (Hs_ssize_t k = 0; k <= other->mask; k++) {
        HsSetEntry *from = &other->table[k];
        if (from->key != NULL) {
            so->table[k].key = Hs_NewRef(from->key);
            so->table[k].hash = from->hash;
        }
    }
}

/* 'other' into the empty 'so' of another size: no key can be present twice and 'so' has no
 * deleted entries, so each goes straight to its first free slot without comparisons. */
static void place_all(HsSetObject *so, HsSetObject *other) {
    for (Hs_ssize_t k = 0; k <= other->mask; k++) {
        HsSetEntry *from = &other->table[k];
        if (entry_live(from)) {
            place_fresh(so->table, (size_t)so->mask, Hs_NewRef(from->key), from->hash);
        }
    }
}

/* Add every element of the set 'other', walking its table in slot order. An __eq__ may
 * change 'other' meanwhile, so its table and size are read again at every step. */
static int add_each(HsSetObject *so, HsSetObject *other) {
    for (Hs_ssize_t k = 0; k <= other->mask; k++) {
        HsSetEntry *from = &other->table[k];
        if (entry_live(from) && set_add_entry(so, from->key, from->hash) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Add every element of the set 'other', room being made for all of them first. The copy
 * shortcuts apply only while 'so' has never held anything in its current table (fill 0);
 * the resulting layout is CPython's in each case. CPython: set_merge. */
static int set_merge(HsSetObject *so, HsSetObject *other) {
    if (other == so || other->used == 0) {
        return 0;
    }
    if (needs_room(so, other->used) && rebuild_table(so, (so->used + other->used) * 2) < 0) {
        return -1;
    }
    if (so->fill > 0) {
        return add_each(so, other);
    }
    if (so->mask == other->mask && other->fill == other->used) {
        copy_layout(so, other);
    } else {
        place_all(so, other);
    }
    so->fill = so->used = other->used;
    return 0;
}

/* An exact dict's keys with their stored hashes (no __hash__ calls), after making room for
 * all of them at once, as CPython does. */
static int set_update_dict(HsSetObject *so, HsObject *dict) {
    Hs_ssize_t incoming = HsDict_Size(dict);
    if (needs_room(so, incoming) && rebuild_table(so, (so->used + incoming) * 2) < 0) {
        return -1;
    }
    for (Hs_ssize_t k = 0; k < hs_dict_nentries(dict); k++) {
        HsObject *key, *value;
        Hs_ssize_t stored_hash;
        if (hs_dict_entry(dict, k, &key, &value, &stored_hash) &&
            set_add_entry(so, key, stored_hash) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Add the elements of any iterable: sets and exact dicts by their tables, anything else
 * through the iterator protocol. Returns 0 or -1. CPython: set_update_internal. */
static int set_update_internal(HsSetObject *so, HsObject *other) {
    if (HsAnySet_Check(other)) {
        return set_merge(so, (HsSetObject *)other);
    }
    if (HsDict_CheckExact(other)) {
        return set_update_dict(so, other);
    }
    HsObject *iterator = HsObject_GetIter(other);
    if (iterator == NULL) {
        return -1;
    }
    int status = 0;
    for (HsObject *item; status == 0 && (item = HsIter_Next(iterator)) != NULL;) {
        status = set_add_key(so, item);
        Hs_DECREF(item);
    }
    Hs_DECREF(iterator);
    return status < 0 || HsErr_Occurred() ? -1 : 0;
}

/* ==== construction ==== */

/* Return: new reference to an empty set of 'type', filled from 'iterable' if not NULL.
 * CPython: make_new_set. */
static HsObject *make_new_set(HsTypeObject *type, HsObject *iterable) {
    HsObject *made = type->tp_alloc(type, 0);
    if (made == NULL) {
        return NULL;
    }
    HsSetObject *fresh = (HsSetObject *)made;
    set_empty_to_minsize(fresh);
    fresh->weakreflist = NULL;
    fresh->finger = 0;
    if (iterable == NULL || set_update_internal(fresh, iterable) == 0) {
        return made;
    }
    Hs_DECREF(made);
    return NULL;
}

/* A new set or frozenset: subclasses of set give set, of frozenset give frozenset.
 * CPython: make_new_set_basetype. */
static HsObject *make_new_set_basetype(HsTypeObject *type, HsObject *iterable) {
    if (type != &HsSet_Type && type != &HsFrozenSet_Type) {
        type = HsType_IsSubtype(type, &HsSet_Type) ? &HsSet_Type : &HsFrozenSet_Type;
    }
    return make_new_set(type, iterable);
}

static HsObject *set_copy(HsObject *so, HsObject *unused) {
    (void)unused;
    return make_new_set_basetype(Hs_TYPE(so), so);
}

static HsObject *frozenset_copy(HsObject *so, HsObject *unused) {
    if (HsFrozenSet_CheckExact(so)) {
        return Hs_NewRef(so);
    }
    return set_copy(so, unused);
}

/* Everything that makes up a set's contents, detached from the object: the table (its
 * small-table entries copied out, since those live inside the object) and the counters. */
typedef struct {
    Hs_ssize_t fill, used, mask;
    HsSetEntry *heap_table; // NULL when the contents were in the small table
    HsSetEntry small_entries[HS_SET_MINSIZE];
} HsSetBody;

static void body_save(const HsSetObject *so, HsSetBody *body) {
    body->fill = so->fill;
    body->used = so->used;
    body->mask = so->mask;
    body->heap_table = so->table == so->smalltable ? NULL : so->table;
    memcpy(body->small_entries, so->smalltable, sizeof(body->small_entries));
}

static void body_install(HsSetObject *so, const HsSetBody *body) {
    so->fill = body->fill;
    so->used = body->used;
    so->mask = body->mask;
    memcpy(so->smalltable, body->small_entries, sizeof(so->smalltable));
    so->table = body->heap_table != NULL ? body->heap_table : so->smalltable;
}

/* Exchange the contents of two sets (the _update methods compute into a new set and swap
 * it in). A frozenset hash cache moves along only between two frozensets; otherwise both
 * caches are dropped. CPython: set_swap_bodies. */
static void set_swap_bodies(HsSetObject *a, HsSetObject *b) {
    HsSetBody from_a, from_b;
    body_save(a, &from_a);
    body_save(b, &from_b);
    body_install(a, &from_b);
    body_install(b, &from_a);
    int both_frozen = HsFrozenSet_Check((HsObject *)a) && HsFrozenSet_Check((HsObject *)b);
    Hs_ssize_t hash_of_a = a->hash;
    a->hash = both_frozen ? b->hash : -1;
    b->hash = both_frozen ? hash_of_a : -1;
}

/* ==== set algebra ==== */

/* Elements of the set 'probe' that are also in 'so', added to 'result'; each element of
 * 'probe' is looked up once, in 'probe''s slot order. Returns 0 or -1. */
static int keep_common(HsSetObject *result, HsSetObject *so, HsSetObject *probe) {
    Hs_ssize_t pos = 0;
    HsSetEntry *entry;
    while (set_next(probe, &pos, &entry)) {
        HsObject *key = Hs_NewRef(entry->key); // the entry may vanish during __eq__
        Hs_ssize_t hash = entry->hash;
        int status = set_contains_entry(so, key, hash);
        if (status > 0) {
            status = set_add_entry(result, key, hash);
        }
        Hs_DECREF(key);
        if (status < 0) {
            return -1;
        }
    }
    return 0;
}

/* The same for an arbitrary iterable, in iteration order; stops early once 'result' is as
 * large as 'so' (nothing more can be common). Returns 0 or -1. */
static int keep_common_iter(HsSetObject *result, HsSetObject *so, HsObject *iterable) {
    HsObject *iterator = HsObject_GetIter(iterable);
    if (iterator == NULL) {
        return -1;
    }
    int status = 0, full = 0;
    for (HsObject *item; status == 0 && !full && (item = HsIter_Next(iterator)) != NULL;) {
        Hs_ssize_t hash = key_hash(item);
        status = hash == -1 ? -1 : set_contains_entry(so, item, hash);
        if (status > 0) {
            status = set_add_entry(result, item, hash);
            full = status == 0 && result->used >= so->used;
        }
        Hs_DECREF(item);
    }
    Hs_DECREF(iterator);
    return status < 0 || HsErr_Occurred() ? -1 : 0;
}

/* Return: new reference to so & other (a set or frozenset, as 'so'). Between two sets the
 * smaller one is walked (on a tie, 'other'). CPython: set_intersection. */
static HsObject *set_intersection(HsSetObject *so, HsObject *other) {
    if ((HsObject *)so == other) {
        return set_copy((HsObject *)so, NULL);
    }
    HsSetObject *result = (HsSetObject *)make_new_set_basetype(Hs_TYPE(so), NULL);
    if (result == NULL) {
        return NULL;
    }
    int status;
    if (!HsAnySet_Check(other)) {
        status = keep_common_iter(result, so, other);
    } else if (HS_SET_SIZE(other) > so->used) {
        status = keep_common(result, (HsSetObject *)other, so);
    } else {
        status = keep_common(result, so, (HsSetObject *)other);
    }
    if (status < 0) {
        Hs_DECREF(result);
        return NULL;
    }
    return (HsObject *)result;
}

/* Discard from 'so' every element of the set 'other', walked in slot order. */
static int discard_all_of_set(HsSetObject *so, HsSetObject *other) {
    Hs_ssize_t pos = 0;
    HsSetEntry *entry;
    while (set_next(other, &pos, &entry)) {
        HsObject *key = Hs_NewRef(entry->key);
        int status = set_discard_entry(so, key, entry->hash);
        Hs_DECREF(key);
        if (status < 0) {
            return -1;
        }
    }
    return 0;
}

static int discard_all_of_iter(HsSetObject *so, HsObject *iterable) {
    HsObject *iterator = HsObject_GetIter(iterable);
    if (iterator == NULL) {
        return -1;
    }
    int status = 0;
    for (HsObject *item; status >= 0 && (item = HsIter_Next(iterator)) != NULL;) {
        status = set_discard_key(so, item);
        Hs_DECREF(item);
    }
    Hs_DECREF(iterator);
    return status < 0 || HsErr_Occurred() ? -1 : 0;
}

/* so -= other. A set 'other' more than eight times larger is first cut down to so & other.
 * Afterwards a table with more than a quarter of its slots deleted is rebuilt.
 * CPython: set_difference_update_internal. */
static int set_difference_update_internal(HsSetObject *so, HsObject *other) {
    if ((HsObject *)so == other) {
        return set_clear_internal(so);
    }
    int status;
    if (!HsAnySet_Check(other)) {
        status = discard_all_of_iter(so, other);
    } else {
        HsObject *removals = (HS_SET_SIZE(other) >> 3) > so->used ? set_intersection(so, other)
                                                                   : Hs_NewRef(other);
        if (removals == NULL) {
            return -1;
        }
        status = discard_all_of_set(so, (HsSetObject *)removals);
        Hs_DECREF(removals);
    }
    if (status < 0) {
        return -1;
    }
    size_t deleted = (size_t)(so->fill - so->used);
    return deleted > (size_t)so->mask / 4 ? rebuild_table(so, growth_target(so)) : 0;
}

static HsObject *set_copy_and_difference(HsSetObject *so, HsObject *other) {
    HsObject *result = set_copy((HsObject *)so, NULL);
    if (result != NULL && set_difference_update_internal((HsSetObject *)result, other) < 0) {
        Hs_CLEAR(result);
    }
    return result;
}

/* Whether 'key' with 'hash' is in 'container', an exact dict or a set. 1, 0 or -1. */
static int in_dict_or_set(HsObject *container, HsObject *key, Hs_ssize_t hash) {
    if (!HsDict_CheckExact(container)) {
        return set_contains_entry((HsSetObject *)container, key, hash);
    }
    if (hs_dict_getitem_known_hash(container, key, hash) != NULL) {
        return 1;
    }
    return HsErr_Occurred() ? -1 : 0;
}

/* Return: new reference to so - other. Against a set or exact dict that is not much
 * smaller than 'so' (size >= used / 4), the elements of 'so' are tested one by one;
 * otherwise 'so' is copied and the elements of 'other' discarded. CPython: set_difference. */
static HsObject *set_difference(HsSetObject *so, HsObject *other) {
    int walk_so = 0; // test so's elements against 'other' one by one
    if (HsAnySet_Check(other)) {
        walk_so = HS_SET_SIZE(other) >= (so->used >> 2);
    } else if (HsDict_CheckExact(other)) {
        walk_so = HsDict_Size(other) >= (so->used >> 2);
    }
    if (!walk_so) {
        return set_copy_and_difference(so, other);
    }
    HsSetObject *result = (HsSetObject *)make_new_set_basetype(Hs_TYPE(so), NULL);
    if (result == NULL) {
        return NULL;
    }
    Hs_ssize_t pos = 0;
    HsSetEntry *entry;
    while (set_next(so, &pos, &entry)) {
        HsObject *key = Hs_NewRef(entry->key);
        Hs_ssize_t hash = entry->hash;
        int status = in_dict_or_set(other, key, hash);
        if (status == 0) {
            status = set_add_entry(result, key, hash);
        }
        Hs_DECREF(key);
        if (status < 0) {
            Hs_DECREF(result);
            return NULL;
        }
    }
    return (HsObject *)result;
}

/* Remove 'key' if present, else add it. Returns 0 or -1. */
static int toggle(HsSetObject *so, HsObject *key, Hs_ssize_t hash) {
    Hs_INCREF(key);
    int status = set_discard_entry(so, key, hash);
    if (status == DISCARD_NOTFOUND) {
        status = set_add_entry(so, key, hash);
    }
    Hs_DECREF(key);
    return status < 0 ? -1 : 0;
}

/* so ^= other: each element of 'other' toggled in. An exact dict's keys go with their
 * stored hashes; any other non-set is first made into a set (so its duplicates count
 * once). Returns 0 or -1. CPython: set_symmetric_difference_update. */
static int set_symmetric_update_internal(HsSetObject *so, HsObject *other) {
    if ((HsObject *)so == other) {
        return set_clear_internal(so);
    }
    if (HsDict_CheckExact(other)) {
        for (Hs_ssize_t k = 0; k < hs_dict_nentries(other); k++) {
            HsObject *key, *value;
            Hs_ssize_t stored_hash;
            if (hs_dict_entry(other, k, &key, &value, &stored_hash) &&
                toggle(so, key, stored_hash) < 0) {
                return -1;
            }
        }
        return 0;
    }
    HsObject *toggles = HsAnySet_Check(other) ? Hs_NewRef(other)
                                              : make_new_set_basetype(Hs_TYPE(so), other);
    if (toggles == NULL) {
        return -1;
    }
    Hs_ssize_t pos = 0;
    HsSetEntry *entry;
    int status = 0;
    while (status == 0 && set_next((HsSetObject *)toggles, &pos, &entry)) {
        status = toggle(so, entry->key, entry->hash);
    }
    Hs_DECREF(toggles);
    return status;
}

static HsObject *set_symmetric_difference(HsSetObject *so, HsObject *other) {
    HsObject *result = make_new_set_basetype(Hs_TYPE(so), other);
    if (result != NULL &&
        set_symmetric_update_internal((HsSetObject *)result, (HsObject *)so) < 0) {
        Hs_CLEAR(result);
    }
    return result;
}

/* The subset/superset/disjoint tests share one walk: look each element of 'members' (a set,
 * in slot order, or any iterable, in iteration order) up in 'container' and stop at the
 * first whose presence equals 'stop_on'. Returns 1 if it stopped early, 0 if it got to the
 * end, -1 on error. */
static int scan_set(HsSetObject *container, HsSetObject *members, int stop_on) {
    Hs_ssize_t pos = 0;
    HsSetEntry *entry;
    while (set_next(members, &pos, &entry)) {
        HsObject *key = Hs_NewRef(entry->key);
        int present = set_contains_entry(container, key, entry->hash);
        Hs_DECREF(key);
        if (present < 0) {
            return -1;
        }
        if (present == stop_on) {
            return 1;
        }
    }
    return 0;
}

static int scan_iter(HsSetObject *container, HsObject *members, int stop_on) {
    HsObject *iterator = HsObject_GetIter(members);
    if (iterator == NULL) {
        return -1;
    }
    int outcome = 0;
    for (HsObject *item; outcome == 0 && (item = HsIter_Next(iterator)) != NULL;) {
        int present = set_contains_key(container, item);
        Hs_DECREF(item);
        outcome = present < 0 ? -1 : present == stop_on;
    }
    Hs_DECREF(iterator);
    return outcome == 0 && HsErr_Occurred() ? -1 : outcome;
}

/* 0 -> 1 and 1 -> 0 for a scan that stops at a counter-example; -1 stays. */
static int none_stopped(int scan_outcome) {
    return scan_outcome < 0 ? -1 : !scan_outcome;
}

/* so <= other: 1, 0 or -1. A non-set 'other' is intersected with 'so' first. CPython:
 * set_issubset. */
static int set_issubset_int(HsSetObject *so, HsObject *other) {
    if (HsAnySet_Check(other)) {
        if (so->used > HS_SET_SIZE(other)) {
            return 0;
        }
        return none_stopped(scan_set((HsSetObject *)other, so, 0));
    }
    HsObject *common = set_intersection(so, other);
    if (common == NULL) {
        return -1;
    }
    int whole = HS_SET_SIZE(common) == so->used;
    Hs_DECREF(common);
    return whole;
}

/* so >= other: 1, 0 or -1. CPython: set_issuperset. */
static int set_issuperset_int(HsSetObject *so, HsObject *other) {
    if (HsAnySet_Check(other)) {
        return set_issubset_int((HsSetObject *)other, (HsObject *)so);
    }
    return none_stopped(scan_iter(so, other, 0));
}

/* No common element: 1, 0 or -1. Between exact sets the smaller one is walked (on a tie,
 * 'other'). CPython: set_isdisjoint. */
static int set_isdisjoint_int(HsSetObject *so, HsObject *other) {
    if ((HsObject *)so == other) {
        return so->used == 0;
    }
    if (!HsAnySet_CheckExact(other)) {
        return none_stopped(scan_iter(so, other, 1));
    }
    HsSetObject *them = (HsSetObject *)other;
    if (them->used > so->used) {
        return none_stopped(scan_set(them, so, 1));
    }
    return none_stopped(scan_set(so, them, 1));
}

static HsObject *bool_or_null(int r) {
    return r < 0 ? NULL : HsBool_FromLong(r);
}

/* ==== methods ==== */

static HsObject *set_add_meth(HsObject *so, HsObject *key) {
    if (set_add_key((HsSetObject *)so, key) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

static HsObject *set_clear_meth(HsObject *so, HsObject *unused) {
    (void)unused;
    set_clear_internal((HsSetObject *)so);
    Hs_RETURN_NONE;
}

/* `key in so`; an unhashable set argument is looked up as a frozenset. CPython:
 * set_contains, set_discard, set_remove share this shape. Returns 1, 0 or -1. */
static int with_frozen_key(HsSetObject *so, HsObject *key, int (*op)(HsSetObject *, HsObject *)) {
    int outcome = op(so, key);
    int retry = outcome < 0 && HsSet_Check(key) && HsErr_ExceptionMatches(HsExc_TypeError);
    if (!retry) {
        return outcome;
    }
    HsErr_Clear();
    HsObject *frozen = make_new_set(&HsFrozenSet_Type, key);
    if (frozen != NULL) {
        outcome = op(so, frozen);
        Hs_DECREF(frozen);
    }
    return frozen == NULL ? -1 : outcome;
}

static int set_contains(HsObject *so, HsObject *key) {
    return with_frozen_key((HsSetObject *)so, key, set_contains_key);
}

static HsObject *set_direct_contains(HsObject *so, HsObject *key) {
    return bool_or_null(set_contains(so, key));
}

static HsObject *set_discard_meth(HsObject *so, HsObject *key) {
    if (with_frozen_key((HsSetObject *)so, key, set_discard_key) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

static HsObject *set_remove_meth(HsObject *so, HsObject *key) {
    int rv = with_frozen_key((HsSetObject *)so, key, set_discard_key);
    if (rv < 0) {
        return NULL;
    }
    if (rv == DISCARD_NOTFOUND) {
        HsObject *args = HsTuple_Pack(1, key); /* CPython: _PyErr_SetKeyError */
        if (args != NULL) {
            HsErr_SetObject(HsExc_KeyError, args);
            Hs_DECREF(args);
        }
        return NULL;
    }
    Hs_RETURN_NONE;
}

/* set.pop(): the first live entry at or after the finger, wrapping around; the finger is
 * left just past it so that repeated pops walk the table once instead of rescanning from
 * the start. Return: the removed element (the set's reference passes to the caller).
 * CPython: set_pop. */
static HsObject *set_pop_meth(HsObject *op, HsObject *unused) {
    (void)unused;
    HsSetObject *so = (HsSetObject *)op;
    if (so->used == 0) {
        HsErr_SetString(HsExc_KeyError, "pop from an empty set");
        return NULL;
    }
    size_t last = (size_t)so->mask;
    size_t at = (size_t)so->finger & last;
    for (; !entry_live(&so->table[at]); at = at == last ? 0 : at + 1) {
    }
    HsSetEntry *victim = &so->table[at];
    HsObject *element = victim->key;
    victim->key = DUMMY;
    victim->hash = -1;
    so->used--;
    so->finger = (Hs_ssize_t)at + 1;
    return element;
}

static HsObject *set_update_meth(HsObject *so, HsObject *args) {
    for (Hs_ssize_t i = 0; i < Hs_SIZE(args); i++) {
        if (set_update_internal((HsSetObject *)so, HS_TUPLE_GET(args, i)) < 0) {
            return NULL;
        }
    }
    Hs_RETURN_NONE;
}

static HsObject *set_union_meth(HsObject *so, HsObject *args) {
    HsObject *result = set_copy(so, NULL);
    if (result == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < Hs_SIZE(args); i++) {
        HsObject *other = HS_TUPLE_GET(args, i);
        if (other != so && set_update_internal((HsSetObject *)result, other) < 0) {
            Hs_DECREF(result);
            return NULL;
        }
    }
    return result;
}

/* CPython: set_intersection_multi. */
static HsObject *set_intersection_multi(HsObject *so, HsObject *args) {
    if (Hs_SIZE(args) == 0) {
        return set_copy(so, NULL);
    }
    HsObject *result = Hs_NewRef(so);
    for (Hs_ssize_t i = 0; i < Hs_SIZE(args); i++) {
        HsObject *next = set_intersection((HsSetObject *)result, HS_TUPLE_GET(args, i));
        Hs_DECREF(result);
        if (next == NULL) {
            return NULL;
        }
        result = next;
    }
    return result;
}

/* Replace the contents of 'so' by those of 'tmp' (stolen). */
static HsObject *swap_and_none(HsObject *so, HsObject *tmp) {
    if (tmp == NULL) {
        return NULL;
    }
    set_swap_bodies((HsSetObject *)so, (HsSetObject *)tmp);
    Hs_DECREF(tmp);
    Hs_RETURN_NONE;
}

static HsObject *set_intersection_update_multi(HsObject *so, HsObject *args) {
    return swap_and_none(so, set_intersection_multi(so, args));
}

/* CPython: set_difference_multi. */
static HsObject *set_difference_multi(HsObject *so, HsObject *args) {
    if (Hs_SIZE(args) == 0) {
        return set_copy(so, NULL);
    }
    HsObject *result = set_difference((HsSetObject *)so, HS_TUPLE_GET(args, 0));
    for (Hs_ssize_t i = 1; result != NULL && i < Hs_SIZE(args); i++) {
        if (set_difference_update_internal((HsSetObject *)result, HS_TUPLE_GET(args, i)) < 0) {
            Hs_CLEAR(result);
        }
    }
    return result;
}

static HsObject *set_difference_update_meth(HsObject *so, HsObject *args) {
    for (Hs_ssize_t i = 0; i < Hs_SIZE(args); i++) {
        if (set_difference_update_internal((HsSetObject *)so, HS_TUPLE_GET(args, i)) < 0) {
            return NULL;
        }
    }
    Hs_RETURN_NONE;
}

static HsObject *set_symmetric_difference_meth(HsObject *so, HsObject *other) {
    return set_symmetric_difference((HsSetObject *)so, other);
}

static HsObject *set_symmetric_difference_update_meth(HsObject *so, HsObject *other) {
    if (set_symmetric_update_internal((HsSetObject *)so, other) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

static HsObject *set_issubset_meth(HsObject *so, HsObject *other) {
    return bool_or_null(set_issubset_int((HsSetObject *)so, other));
}

static HsObject *set_issuperset_meth(HsObject *so, HsObject *other) {
    return bool_or_null(set_issuperset_int((HsSetObject *)so, other));
}

static HsObject *set_isdisjoint_meth(HsObject *so, HsObject *other) {
    return bool_or_null(set_isdisjoint_int((HsSetObject *)so, other));
}

static HsObject *set_sizeof_meth(HsObject *so, HsObject *unused) {
    (void)unused;
    return HsLong_FromSsize_t(hs_set_sizeof(so));
}

/* ==== number slots (operators) ==== */

/* The binary operators take only sets on both sides (else NotImplemented). */
#define BOTH_SETS_OR_NOTIMPL(a, b)                                                                 \
    if (!HsAnySet_Check(a) || !HsAnySet_Check(b)) {                                                \
        Hs_RETURN_NOTIMPLEMENTED;                                                                  \
    }

static HsObject *set_or(HsObject *so, HsObject *other) {
    BOTH_SETS_OR_NOTIMPL(so, other);
    HsObject *result = set_copy(so, NULL);
    if (result == NULL || so == other) {
        return result;
    }
    if (set_update_internal((HsSetObject *)result, other) < 0) {
        Hs_CLEAR(result);
    }
    return result;
}

static HsObject *set_and(HsObject *so, HsObject *other) {
    BOTH_SETS_OR_NOTIMPL(so, other);
    return set_intersection((HsSetObject *)so, other);
}

static HsObject *set_sub(HsObject *so, HsObject *other) {
    BOTH_SETS_OR_NOTIMPL(so, other);
    return set_difference((HsSetObject *)so, other);
}

static HsObject *set_xor(HsObject *so, HsObject *other) {
    BOTH_SETS_OR_NOTIMPL(so, other);
    return set_symmetric_difference((HsSetObject *)so, other);
}

static HsObject *set_ior(HsObject *so, HsObject *other) {
    if (!HsAnySet_Check(other)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    if (set_update_internal((HsSetObject *)so, other) < 0) {
        return NULL;
    }
    return Hs_NewRef(so);
}

static HsObject *set_iand(HsObject *so, HsObject *other) {
    if (!HsAnySet_Check(other)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    HsObject *r = swap_and_none(so, set_intersection((HsSetObject *)so, other));
    if (r == NULL) {
        return NULL;
    }
    Hs_DECREF(r);
    return Hs_NewRef(so);
}

static HsObject *set_isub(HsObject *so, HsObject *other) {
    if (!HsAnySet_Check(other)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    if (set_difference_update_internal((HsSetObject *)so, other) < 0) {
        return NULL;
    }
    return Hs_NewRef(so);
}

static HsObject *set_ixor(HsObject *so, HsObject *other) {
    if (!HsAnySet_Check(other)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    if (set_symmetric_update_internal((HsSetObject *)so, other) < 0) {
        return NULL;
    }
    return Hs_NewRef(so);
}

/* ==== type slots ==== */

/* CPython: set_richcompare. Equal sizes and (for frozensets) hashes short-cut ==. */
static HsObject *set_richcompare(HsObject *v, HsObject *w, int op) {
    if (!HsAnySet_Check(w)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    HsSetObject *a = (HsSetObject *)v, *b = (HsSetObject *)w;
    switch (op) {
    case HS_EQ:
        if (a->used != b->used) {
            Hs_RETURN_FALSE;
        }
        if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) {
            Hs_RETURN_FALSE;
        }
        return bool_or_null(set_issubset_int(a, w));
    case HS_NE: {
        HsObject *r1 = set_richcompare(v, w, HS_EQ);
        if (r1 == NULL) {
            return NULL;
        }
        int t = HsObject_Not(r1);
        Hs_DECREF(r1);
        return bool_or_null(t);
    }
    case HS_LE:
        return bool_or_null(set_issubset_int(a, w));
    case HS_GE:
        return bool_or_null(set_issuperset_int(a, w));
    case HS_LT:
        if (a->used >= b->used) {
            Hs_RETURN_FALSE;
        }
        return bool_or_null(set_issubset_int(a, w));
    case HS_GT:
        if (a->used <= b->used) {
            Hs_RETURN_FALSE;
        }
        return bool_or_null(set_issuperset_int(a, w));
    default:
        Hs_RETURN_NOTIMPLEMENTED;
    }
}

/* Spread the bits of one element hash before they are combined (constants are CPython's,
 * from _shuffle_bits). */
static size_t scramble(size_t h) {
    size_t spread = h ^ (h << 16) ^ 89869747UL;
    return spread * 3644798167UL;
}

/* hash(frozenset): the xor of the scrambled hashes of the elements (so independent of
 * order and of the table's layout), mixed with the size and then dispersed; the same
 * figures as CPython's frozenset_hash, which xors every slot and cancels the empty and
 * deleted ones. Cached in so->hash. */
static Hs_ssize_t frozenset_hash(HsObject *self) {
    HsSetObject *so = (HsSetObject *)self;
    if (so->hash != -1) {
        return so->hash;
    }
    size_t mixed = 0;
    for (Hs_ssize_t k = 0; k <= so->mask; k++) {
        if (entry_live(&so->table[k])) {
            mixed ^= scramble((size_t)so->table[k].hash);
        }
    }
    size_t size_term = 1927868237UL * ((size_t)so->used + 1);
    mixed ^= size_term;
    mixed = mixed ^ (mixed >> 11) ^ (mixed >> 25); // disperse nested-frozenset patterns
    mixed = 907133923UL + 69069U * mixed;
    so->hash = mixed == (size_t)-1 ? (Hs_ssize_t)590923713UL : (Hs_ssize_t)mixed;
    return so->hash;
}

static Hs_ssize_t set_len(HsObject *so) {
    return ((HsSetObject *)so)->used;
}

static int set_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    Hs_ssize_t pos = 0;
    HsSetEntry *entry;
    while (set_next((HsSetObject *)op, &pos, &entry)) {
        if (visit(entry->key, arg) != 0) {
            return 1;
        }
    }
    return 0;
}

static int set_tp_clear(HsObject *op) {
    return set_clear_internal((HsSetObject *)op);
}

static void set_free(void *op) {
    hs_gc_free(op);
}

/* Weakrefs are cleared first, then the elements released in slot order. */
static void set_dealloc(HsObject *op) {
    HsSetObject *so = (HsSetObject *)op;
    hs_gc_untrack(op);
    if (!hs_trashcan_begin(op)) {
        return;
    }
    if (so->weakreflist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    release_elements(so->table, so->used);
    HsSetEntry *heap_table = so->table == so->smalltable ? NULL : so->table;
    if (heap_table != NULL) {
        hs_mem_free(heap_table);
    }
    Hs_TYPE(op)->tp_free(op);
    hs_trashcan_end();
}

/* set.__init__(iterable=()): empties the set, then fills it. CPython: set_init. */
static int set_init(HsObject *self, HsObject *args, HsObject *kwds) {
    if (hs_arg_no_kwargs_dict("set", kwds) < 0 ||
        hs_arg_check_positional(Hs_TYPE(self)->tp_name, Hs_SIZE(args), 0, 1) < 0) {
        return -1;
    }
    HsSetObject *so = (HsSetObject *)self;
    if (so->fill) {
        set_clear_internal(so);
    }
    so->hash = -1;
    if (Hs_SIZE(args) == 0) {
        return 0;
    }
    return set_update_internal(so, HS_TUPLE_GET(args, 0));
}

static HsObject *set_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)args;
    if (type == &HsSet_Type && hs_arg_no_kwargs_dict("set", kwds) < 0) {
        return NULL;
    }
    return make_new_set(type, NULL);
}

/* set(...) without an argument tuple (CPython: set_vectorcall). */
static HsObject *set_vectorcall(HsObject *type, HsObject *const *args, size_t nargsf,
                                HsObject *kwnames) {
    Hs_ssize_t nargs = HsVectorcall_NARGS(nargsf);
    if (hs_arg_no_keywords("set", kwnames) < 0 ||
        hs_arg_check_positional("set", nargs, 0, 1) < 0) {
        return NULL;
    }
    return make_new_set((HsTypeObject *)type, nargs == 1 ? args[0] : NULL);
}

/* frozenset(...) without an argument tuple (CPython: frozenset_vectorcall). */
static HsObject *frozenset_vectorcall(HsObject *type, HsObject *const *args, size_t nargsf,
                                      HsObject *kwnames) {
    Hs_ssize_t nargs = HsVectorcall_NARGS(nargsf);
    if (hs_arg_no_keywords("frozenset", kwnames) < 0 ||
        hs_arg_check_positional("frozenset", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1 && HsFrozenSet_CheckExact(args[0])) {
        return Hs_NewRef(args[0]);
    }
    return make_new_set((HsTypeObject *)type, nargs == 1 ? args[0] : NULL);
}

/* frozenset(iterable): an exact frozenset argument is returned as it is. */
static HsObject *frozenset_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    if (type == &HsFrozenSet_Type && hs_arg_no_kwargs_dict("frozenset", kwds) < 0) {
        return NULL;
    }
    if (hs_arg_check_positional(type->tp_name, Hs_SIZE(args), 0, 1) < 0) {
        return NULL;
    }
    HsObject *iterable = Hs_SIZE(args) > 0 ? HS_TUPLE_GET(args, 0) : NULL;
    if (type == &HsFrozenSet_Type && iterable != NULL && HsFrozenSet_CheckExact(iterable)) {
        return Hs_NewRef(iterable);
    }
    return make_new_set(type, iterable);
}

static HsNumberMethods set_as_number = {
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
    .nb_inplace_subtract = set_isub,
    .nb_inplace_and = set_iand,
    .nb_inplace_xor = set_ixor,
    .nb_inplace_or = set_ior,
};

static HsNumberMethods frozenset_as_number = {
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
};

static HsSequenceMethods set_as_sequence = {
    .sq_length = set_len,
    .sq_contains = set_contains,
};

#define M(name, fn, flags, doc)                                                                    \
    { name, HS_CFUNC(fn), flags, doc }
/* (type(self), (list(self),), self.__dict__ or None), as CPython's set_reduce. */
static HsObject *set_reduce(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *items = HsSequence_List(self);
    if (items == NULL) {
        return NULL;
    }
    HsObject *args = HsTuple_Pack(1, items);
    Hs_DECREF(items);
    if (args == NULL) {
        return NULL;
    }
    HsObject *state = HsObject_GetAttrString(self, "__dict__");
    if (state == NULL) {
        HsErr_Clear();
        state = Hs_NewRef(Hs_None);
    }
    HsObject *r = HsTuple_Pack(3, (HsObject *)Hs_TYPE(self), args, state);
    Hs_DECREF(args);
    Hs_DECREF(state);
    return r;
}

static HsMethodDef set_methods[] = {
    M("__reduce__", set_reduce, HS_METH_NOARGS, "Return state information for pickling."),
    M("add", set_add_meth, HS_METH_O, "Add an element to a set."),
    M("clear", set_clear_meth, HS_METH_NOARGS, "Remove all elements from this set."),
    M("__contains__", set_direct_contains, HS_METH_O | HS_METH_COEXIST,
      "x.__contains__(y) <==> y in x."),
    M("copy", set_copy, HS_METH_NOARGS, "Return a shallow copy of a set."),
    M("discard", set_discard_meth, HS_METH_O, "Remove an element from a set if it is a member."),
    M("difference", set_difference_multi, HS_METH_VARARGS,
      "Return the difference of two or more sets as a new set."),
    M("difference_update", set_difference_update_meth, HS_METH_VARARGS,
      "Remove all elements of another set from this set."),
    M("intersection", set_intersection_multi, HS_METH_VARARGS,
      "Return the intersection of two sets as a new set."),
    M("intersection_update", set_intersection_update_multi, HS_METH_VARARGS,
      "Update a set with the intersection of itself and another."),
    M("isdisjoint", set_isdisjoint_meth, HS_METH_O,
      "Return True if two sets have a null intersection."),
    M("issubset", set_issubset_meth, HS_METH_O, "Report whether another set contains this set."),
    M("issuperset", set_issuperset_meth, HS_METH_O,
      "Report whether this set contains another set."),
    M("pop", set_pop_meth, HS_METH_NOARGS, "Remove and return an arbitrary set element."),
    M("remove", set_remove_meth, HS_METH_O, "Remove an element from a set; it must be a member."),
    M("__sizeof__", set_sizeof_meth, HS_METH_NOARGS, "S.__sizeof__() -> size of S in memory"),
    M("symmetric_difference", set_symmetric_difference_meth, HS_METH_O,
      "Return the symmetric difference of two sets as a new set."),
    M("symmetric_difference_update", set_symmetric_difference_update_meth, HS_METH_O,
      "Update a set with the symmetric difference of itself and another."),
    M("union", set_union_meth, HS_METH_VARARGS, "Return the union of sets as a new set."),
    M("update", set_update_meth, HS_METH_VARARGS,
      "Update a set with the union of itself and others."),
    {NULL, NULL, 0, NULL},
};

static HsMethodDef frozenset_methods[] = {
    M("__reduce__", set_reduce, HS_METH_NOARGS, "Return state information for pickling."),
    M("__contains__", set_direct_contains, HS_METH_O | HS_METH_COEXIST,
      "x.__contains__(y) <==> y in x."),
    M("copy", frozenset_copy, HS_METH_NOARGS, "Return a shallow copy of a set."),
    M("difference", set_difference_multi, HS_METH_VARARGS,
      "Return the difference of two or more sets as a new set."),
    M("intersection", set_intersection_multi, HS_METH_VARARGS,
      "Return the intersection of two sets as a new set."),
    M("isdisjoint", set_isdisjoint_meth, HS_METH_O,
      "Return True if two sets have a null intersection."),
    M("issubset", set_issubset_meth, HS_METH_O, "Report whether another set contains this set."),
    M("issuperset", set_issuperset_meth, HS_METH_O,
      "Report whether this set contains another set."),
    M("__sizeof__", set_sizeof_meth, HS_METH_NOARGS, "S.__sizeof__() -> size of S in memory"),
    M("symmetric_difference", set_symmetric_difference_meth, HS_METH_O,
      "Return the symmetric difference of two sets as a new set."),
    M("union", set_union_meth, HS_METH_VARARGS, "Return the union of sets as a new set."),
    {NULL, NULL, 0, NULL},
};
#undef M

HsTypeObject HsSet_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "set",
    .tp_getattro = HsObject_GenericGetAttr, /* as CPython: its own __getattribute__ */
    .tp_basicsize = sizeof(HsSetObject),
    .tp_dealloc = set_dealloc,
    .tp_repr = hs_set_repr,
    .tp_as_number = &set_as_number,
    .tp_as_sequence = &set_as_sequence,
    .tp_hash = HsObject_HashNotImplemented,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "set() -> new empty set object\nset(iterable) -> new set object",
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_richcompare = set_richcompare,
    .tp_weaklistoffset = offsetof(HsSetObject, weakreflist),
    .tp_iter = hs_set_iter,
    .tp_methods = set_methods,
    .tp_init = set_init,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = set_new,
    .tp_vectorcall = set_vectorcall,
    .tp_free = set_free,
};

HsTypeObject HsFrozenSet_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "frozenset",
    .tp_getattro = HsObject_GenericGetAttr, /* as CPython: its own __getattribute__ */
    .tp_basicsize = sizeof(HsSetObject),
    .tp_dealloc = set_dealloc,
    .tp_repr = hs_set_repr,
    .tp_as_number = &frozenset_as_number,
    .tp_as_sequence = &set_as_sequence,
    .tp_hash = frozenset_hash,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object",
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_richcompare = set_richcompare,
    .tp_weaklistoffset = offsetof(HsSetObject, weakreflist),
    .tp_iter = hs_set_iter,
    .tp_methods = frozenset_methods,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = frozenset_new,
    .tp_vectorcall = frozenset_vectorcall,
    .tp_free = set_free,
};

/* ==== internal API ==== */

int hs_set_next_entry(HsObject *set, Hs_ssize_t *pos, HsObject **key, Hs_ssize_t *hash) {
    HsSetEntry *entry;
    if (!set_next((HsSetObject *)set, pos, &entry)) {
        return 0;
    }
    *key = entry->key;
    *hash = entry->hash;
    return 1;
}

Hs_ssize_t hs_set_sizeof(HsObject *set) {
    HsSetObject *so = (HsSetObject *)set;
    Hs_ssize_t res = Hs_TYPE(set)->tp_basicsize;
    if (so->table != so->smalltable) {
        res += (so->mask + 1) * (Hs_ssize_t)sizeof(HsSetEntry);
    }
    return res;
}

int hs_set_update(HsObject *set, HsObject *iterable) {
    if (!HsSet_Check(set)) {
        HsErr_BAD_INTERNAL_CALL();
        return -1;
    }
    return set_update_internal((HsSetObject *)set, iterable);
}

/* ==== public API ==== */

HsObject *HsSet_New(HsObject *iterable) {
    return make_new_set(&HsSet_Type, iterable);
}

HsObject *HsFrozenSet_New(HsObject *iterable) {
    return make_new_set(&HsFrozenSet_Type, iterable);
}

int HsSet_Add(HsObject *set, HsObject *key) {
    if (!HsSet_Check(set) && (!HsFrozenSet_Check(set) || Hs_REFCNT(set) != 1)) {
        HsErr_BAD_INTERNAL_CALL();
        return -1;
    }
    return set_add_key((HsSetObject *)set, key);
}

int HsSet_Discard(HsObject *set, HsObject *key) {
    if (!HsSet_Check(set)) {
        HsErr_BAD_INTERNAL_CALL();
        return -1;
    }
    return set_discard_key((HsSetObject *)set, key);
}

int HsSet_Contains(HsObject *set, HsObject *key) {
    if (!HsAnySet_Check(set)) {
        HsErr_BAD_INTERNAL_CALL();
        return -1;
    }
    return set_contains_key((HsSetObject *)set, key);
}

Hs_ssize_t HsSet_Size(HsObject *set) {
    if (!HsAnySet_Check(set)) {
        HsErr_BAD_INTERNAL_CALL();
        return -1;
    }
    return HS_SET_SIZE(set);
}

int HsSet_Clear(HsObject *set) {
    if (!HsSet_Check(set)) {
        HsErr_BAD_INTERNAL_CALL();
        return -1;
    }
    return set_clear_internal((HsSetObject *)set);
}

HsObject *HsSet_Pop(HsObject *set) {
    if (!HsSet_Check(set)) {
        HsErr_BAD_INTERNAL_CALL();
        return NULL;
    }
    return set_pop_meth(set, NULL);
}
