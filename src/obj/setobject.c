/* The set and frozenset objects (CPython 3.11: Objects/setobject.c), carried over
 * function for function so that sizes, growth and iteration order match CPython's:
 * set_add_entry / set_lookkey probe LINEAR_PROBES (9) neighbouring entries before
 * perturbing, set_table_resize picks the smallest power of two above its argument, and a
 * table grows when fill*5 >= mask*3. Also the frozenset hash (_shuffle_bits), the
 * operators and methods, comparisons and the C API; the iterator and repr are in setiter.c.
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

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
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

/* The entry holding 'key', or an unused entry (key NULL) when absent; NULL with an
 * exception when a comparison failed. CPython: set_lookkey. */
static HsSetEntry *set_lookkey(HsSetObject *so, HsObject *key, Hs_ssize_t hash) {
    size_t perturb = (size_t)hash, mask = (size_t)so->mask, i = (size_t)hash & mask;
    for (;;) {
        HsSetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) {
                return entry;
            }
            if (entry->hash == hash) {
                HsObject *startkey = entry->key;
                if (startkey == key) {
                    return entry;
                }
                if (HsUnicode_CheckExact(startkey) && HsUnicode_CheckExact(key) &&
                    hs_str_eq(startkey, key)) {
                    return entry;
                }
                HsSetEntry *table = so->table;
                Hs_INCREF(startkey);
                int cmp = HsObject_RichCompareBool(startkey, key, HS_EQ);
                Hs_DECREF(startkey);
                if (cmp < 0) {
                    return NULL;
                }
                if (table != so->table || entry->key != startkey) {
                    return set_lookkey(so, key, hash);
                }
                if (cmp > 0) {
                    return entry;
                }
                mask = (size_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Put a key known to be absent into a table without dummies. CPython: set_insert_clean. */
static void set_insert_clean(HsSetEntry *table, size_t mask, HsObject *key, Hs_ssize_t hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    HsSetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL) {
            goto found_null;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) {
                    goto found_null;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_null:
    entry->key = key;
    entry->hash = hash;
}

/* Rebuild the table with the smallest power-of-two size above 'minused', dropping dummies.
 * CPython: set_table_resize. */
static int set_table_resize(HsSetObject *so, Hs_ssize_t minused) {
    HsSetEntry small_copy[HS_SET_MINSIZE];
    HsSetEntry *oldtable = so->table, *newtable;
    Hs_ssize_t oldmask = so->mask;
    size_t newsize = HS_SET_MINSIZE;
    while (newsize <= (size_t)minused) {
        newsize <<= 1;
    }
    int old_malloced = oldtable != so->smalltable;
    if (newsize == HS_SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) {
                return 0;
            }
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        if (newsize > (size_t)HS_SSIZE_T_MAX / sizeof(HsSetEntry)) {
            HsErr_NoMemory();
            return -1;
        }
        newtable = hs_mem_malloc(newsize * sizeof(HsSetEntry));
        if (newtable == NULL) {
            HsErr_NoMemory();
            return -1;
        }
    }
    memset(newtable, 0, sizeof(HsSetEntry) * newsize);
    so->mask = (Hs_ssize_t)newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (HsSetEntry *e = oldtable; e <= oldtable + oldmask; e++) {
        if (e->key != NULL && e->key != DUMMY) {
            set_insert_clean(newtable, newsize - 1, e->key, e->hash);
        }
    }
    if (old_malloced) {
        hs_mem_free(oldtable);
    }
    return 0;
}

/* Add 'key' (borrowed) with its hash. CPython: set_add_entry. */
static int set_add_entry(HsSetObject *so, HsObject *key, Hs_ssize_t hash) {
    Hs_INCREF(key); /* a comparison could otherwise free it before the insert */
restart:;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    HsSetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) {
                goto found_unused_or_dummy;
            }
            if (entry->hash == hash) {
                HsObject *startkey = entry->key;
                if (startkey == key) {
                    goto found_active;
                }
                if (HsUnicode_CheckExact(startkey) && HsUnicode_CheckExact(key) &&
                    hs_str_eq(startkey, key)) {
                    goto found_active;
                }
                HsSetEntry *table = so->table;
                Hs_INCREF(startkey);
                int cmp = HsObject_RichCompareBool(startkey, key, HS_EQ);
                Hs_DECREF(startkey);
                if (cmp > 0) {
                    goto found_active;
                }
                if (cmp < 0) {
                    Hs_DECREF(key);
                    return -1;
                }
                if (table != so->table || entry->key != startkey) {
                    goto restart;
                }
                mask = (size_t)so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry; /* the last dummy before an unused entry, as CPython */
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot != NULL) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) {
        return 0;
    }
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    Hs_DECREF(key);
    return 0;
}

static int set_add_key(HsSetObject *so, HsObject *key) {
    Hs_ssize_t hash = key_hash(key);
    return hash == -1 ? -1 : set_add_entry(so, key, hash);
}

static int set_contains_entry(HsSetObject *so, HsObject *key, Hs_ssize_t hash) {
    HsSetEntry *entry = set_lookkey(so, key, hash);
    return entry == NULL ? -1 : entry->key != NULL;
}

static int set_contains_key(HsSetObject *so, HsObject *key) {
    Hs_ssize_t hash = key_hash(key);
    return hash == -1 ? -1 : set_contains_entry(so, key, hash);
}

/* CPython: set_discard_entry. Returns DISCARD_FOUND, DISCARD_NOTFOUND or -1. */
static int set_discard_entry(HsSetObject *so, HsObject *key, Hs_ssize_t hash) {
    HsSetEntry *entry = set_lookkey(so, key, hash);
    if (entry == NULL) {
        return -1;
    }
    if (entry->key == NULL) {
        return DISCARD_NOTFOUND;
    }
    HsObject *old_key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    Hs_DECREF(old_key);
    return DISCARD_FOUND;
}

static int set_discard_key(HsSetObject *so, HsObject *key) {
    Hs_ssize_t hash = key_hash(key);
    return hash == -1 ? -1 : set_discard_entry(so, key, hash);
}

static void set_empty_to_minsize(HsSetObject *so) {
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = HS_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

/* Empty the set, dropping the references only once it is consistent (a destructor may
 * look at it). CPython: set_clear_internal. */
static int set_clear_internal(HsSetObject *so) {
    HsSetEntry small_copy[HS_SET_MINSIZE];
    HsSetEntry *table = so->table;
    Hs_ssize_t fill = so->fill;
    int malloced = table != so->smalltable;
    if (malloced) {
        set_empty_to_minsize(so);
    } else if (fill > 0) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (HsSetEntry *e = table; fill > 0; e++) {
        if (e->key != NULL) {
            --fill;
            if (e->key != DUMMY) {
                Hs_DECREF(e->key);
            }
        }
    }
    if (malloced) {
        hs_mem_free(table);
    }
    return 0;
}

/* Next active entry at or after *pos. CPython: set_next. */
static int set_next(HsSetObject *so, Hs_ssize_t *pos, HsSetEntry **entry_ptr) {
    Hs_ssize_t i = *pos;
    HsSetEntry *entry = &so->table[i];
    while (i <= so->mask && (entry->key == NULL || entry->key == DUMMY)) {
        i++;
        entry++;
    }
    *pos = i + 1;
    if (i > so->mask) {
        return 0;
    }
    *entry_ptr = entry;
    return 1;
}

/* ==== merging ==== */

/* Add every element of the set 'other'. CPython: set_merge. */
static int set_merge(HsSetObject *so, HsSetObject *other) {
    if (other == so || other->used == 0) {
        return 0;
    }
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (so->used + other->used) * 2) != 0) {
            return -1;
        }
    }
    HsSetEntry *so_entry = so->table, *other_entry = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (Hs_ssize_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            if (other_entry->key != NULL) {
                so_entry->key = Hs_NewRef(other_entry->key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (Hs_ssize_t i = other->mask + 1; i > 0; i--, other_entry++) {
            HsObject *key = other_entry->key;
            if (key != NULL && key != DUMMY) {
                set_insert_clean(so->table, (size_t)so->mask, Hs_NewRef(key), other_entry->hash);
            }
        }
        return 0;
    }
    for (Hs_ssize_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        HsObject *key = other_entry->key;
        if (key != NULL && key != DUMMY && set_add_entry(so, key, other_entry->hash) < 0) {
            return -1;
        }
    }
    return 0;
}

/* A dict's keys, after one resize up front as CPython does for an exact dict. */
static int set_update_dict(HsSetObject *so, HsObject *dict) {
    Hs_ssize_t dictsize = HsDict_Size(dict);
    if ((so->fill + dictsize) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (so->used + dictsize) * 2) != 0) {
            return -1;
        }
    }
    for (Hs_ssize_t i = 0; i < hs_dict_nentries(dict); i++) {
        HsObject *key, *value;
        Hs_ssize_t hash; /* the dict's stored hash: no __hash__ call, as CPython */
        if (hs_dict_entry(dict, i, &key, &value, &hash) && set_add_entry(so, key, hash) < 0) {
            return -1;
        }
    }
    return 0;
}

/* CPython: set_update_internal. */
static int set_update_internal(HsSetObject *so, HsObject *other) {
    if (HsAnySet_Check(other)) {
        return set_merge(so, (HsSetObject *)other);
    }
    if (HsDict_CheckExact(other)) {
        return set_update_dict(so, other);
    }
    HsObject *it = HsObject_GetIter(other);
    if (it == NULL) {
        return -1;
    }
    HsObject *key;
    while ((key = HsIter_Next(it)) != NULL) {
        int r = set_add_key(so, key);
        Hs_DECREF(key);
        if (r < 0) {
            Hs_DECREF(it);
            return -1;
        }
    }
    Hs_DECREF(it);
    return HsErr_Occurred() ? -1 : 0;
}

/* ==== construction ==== */

/* Return: new reference to an empty set of 'type', filled from 'iterable' if not NULL.
 * CPython: make_new_set. */
static HsObject *make_new_set(HsTypeObject *type, HsObject *iterable) {
    HsSetObject *so = (HsSetObject *)type->tp_alloc(type, 0);
    if (so == NULL) {
        return NULL;
    }
    set_empty_to_minsize(so);
    so->finger = 0;
    so->weakreflist = NULL;
    if (iterable != NULL && set_update_internal(so, iterable) < 0) {
        Hs_DECREF(so);
        return NULL;
    }
    return (HsObject *)so;
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

/* Exchange the contents of two sets (for the _update forms). CPython: set_swap_bodies. */
static void set_swap_bodies(HsSetObject *a, HsSetObject *b) {
    HsSetEntry tab[HS_SET_MINSIZE];
    Hs_ssize_t t;
    t = a->fill, a->fill = b->fill, b->fill = t;
    t = a->used, a->used = b->used, b->used = t;
    t = a->mask, a->mask = b->mask, b->mask = t;
    HsSetEntry *u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        memcpy(tab, a->smalltable, sizeof(tab));
        memcpy(a->smalltable, b->smalltable, sizeof(tab));
        memcpy(b->smalltable, tab, sizeof(tab));
    }
    if (HsFrozenSet_Check((HsObject *)a) && HsFrozenSet_Check((HsObject *)b)) {
        t = a->hash, a->hash = b->hash, b->hash = t;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

/* ==== set algebra ==== */

/* Return: new reference to so & other. CPython: set_intersection. */
static HsObject *set_intersection(HsSetObject *so, HsObject *other) {
    if ((HsObject *)so == other) {
        return set_copy((HsObject *)so, NULL);
    }
    HsSetObject *result = (HsSetObject *)make_new_set_basetype(Hs_TYPE(so), NULL);
    if (result == NULL) {
        return NULL;
    }
    if (HsAnySet_Check(other)) {
        Hs_ssize_t pos = 0;
        HsSetEntry *entry;
        HsSetObject *small = (HsSetObject *)other;
        if (small->used > so->used) {
            small = so;
            so = (HsSetObject *)other;
        }
        while (set_next(small, &pos, &entry)) {
            HsObject *key = Hs_NewRef(entry->key);
            Hs_ssize_t hash = entry->hash;
            int rv = set_contains_entry(so, key, hash);
            if (rv > 0) {
                rv = set_add_entry(result, key, hash);
            }
            Hs_DECREF(key);
            if (rv < 0) {
                Hs_DECREF(result);
                return NULL;
            }
        }
        return (HsObject *)result;
    }
    HsObject *it = HsObject_GetIter(other), *key;
    if (it == NULL) {
        Hs_DECREF(result);
        return NULL;
    }
    while ((key = HsIter_Next(it)) != NULL) {
        Hs_ssize_t hash = key_hash(key);
        int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
        if (rv > 0) {
            rv = set_add_entry(result, key, hash);
            if (rv == 0 && result->used >= so->used) {
                Hs_DECREF(key);
                break;
            }
        }
        Hs_DECREF(key);
        if (rv < 0) {
            break;
        }
    }
    Hs_DECREF(it);
    if (HsErr_Occurred()) {
        Hs_DECREF(result);
        return NULL;
    }
    return (HsObject *)result;
}

/* CPython: set_difference_update_internal. */
static int set_difference_update_internal(HsSetObject *so, HsObject *other) {
    if ((HsObject *)so == other) {
        return set_clear_internal(so);
    }
    if (HsAnySet_Check(other)) {
        if ((HS_SET_SIZE(other) >> 3) > so->used) {
            other = set_intersection(so, other);
            if (other == NULL) {
                return -1;
            }
        } else {
            Hs_INCREF(other);
        }
        Hs_ssize_t pos = 0;
        HsSetEntry *entry;
        while (set_next((HsSetObject *)other, &pos, &entry)) {
            HsObject *key = Hs_NewRef(entry->key);
            int rv = set_discard_entry(so, key, entry->hash);
            Hs_DECREF(key);
            if (rv < 0) {
                Hs_DECREF(other);
                return -1;
            }
        }
        Hs_DECREF(other);
    } else {
        HsObject *it = HsObject_GetIter(other), *key;
        if (it == NULL) {
            return -1;
        }
        while ((key = HsIter_Next(it)) != NULL) {
            int rv = set_discard_key(so, key);
            Hs_DECREF(key);
            if (rv < 0) {
                Hs_DECREF(it);
                return -1;
            }
        }
        Hs_DECREF(it);
        if (HsErr_Occurred()) {
            return -1;
        }
    }
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) {
        return 0; /* at most a quarter dummies: keep the table */
    }
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static HsObject *set_copy_and_difference(HsSetObject *so, HsObject *other) {
    HsObject *result = set_copy((HsObject *)so, NULL);
    if (result != NULL && set_difference_update_internal((HsSetObject *)result, other) < 0) {
        Hs_CLEAR(result);
    }
    return result;
}

/* Return: new reference to so - other. CPython: set_difference. */
static HsObject *set_difference(HsSetObject *so, HsObject *other) {
    Hs_ssize_t other_size;
    int other_is_dict = HsDict_CheckExact(other);
    if (HsAnySet_Check(other)) {
        other_size = HS_SET_SIZE(other);
    } else if (other_is_dict) {
        other_size = HsDict_Size(other);
    } else {
        return set_copy_and_difference(so, other);
    }
    if ((so->used >> 2) > other_size) {
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
        int rv;
        if (other_is_dict) {
            rv = hs_dict_getitem_known_hash(other, key, hash) != NULL;
            if (!rv && HsErr_Occurred()) {
                rv = -1;
            }
        } else {
            rv = set_contains_entry((HsSetObject *)other, key, hash);
        }
        if (rv == 0) {
            rv = set_add_entry(result, key, hash);
        }
        Hs_DECREF(key);
        if (rv < 0) {
            Hs_DECREF(result);
            return NULL;
        }
    }
    return (HsObject *)result;
}

/* Toggle each key of the set 'other' in 'so'. */
static int symmetric_update_from_set(HsSetObject *so, HsSetObject *other) {
    Hs_ssize_t pos = 0;
    HsSetEntry *entry;
    while (set_next(other, &pos, &entry)) {
        HsObject *key = Hs_NewRef(entry->key);
        Hs_ssize_t hash = entry->hash;
        int rv = set_discard_entry(so, key, hash);
        if (rv == DISCARD_NOTFOUND) {
            rv = set_add_entry(so, key, hash);
        }
        Hs_DECREF(key);
        if (rv < 0) {
            return -1;
        }
    }
    return 0;
}

/* CPython: set_symmetric_difference_update. Returns 0 or -1. */
static int set_symmetric_update_internal(HsSetObject *so, HsObject *other) {
    if ((HsObject *)so == other) {
        return set_clear_internal(so);
    }
    if (HsDict_CheckExact(other)) {
        for (Hs_ssize_t i = 0; i < hs_dict_nentries(other); i++) {
            HsObject *key, *value;
            Hs_ssize_t hash;
            if (!hs_dict_entry(other, i, &key, &value, &hash)) {
                continue;
            }
            Hs_INCREF(key);
            int rv = set_discard_entry(so, key, hash);
            if (rv == DISCARD_NOTFOUND) {
                rv = set_add_entry(so, key, hash);
            }
            Hs_DECREF(key);
            if (rv < 0) {
                return -1;
            }
        }
        return 0;
    }
    HsObject *otherset;
    if (HsAnySet_Check(other)) {
        otherset = Hs_NewRef(other);
    } else {
        otherset = make_new_set_basetype(Hs_TYPE(so), other);
        if (otherset == NULL) {
            return -1;
        }
    }
    int r = symmetric_update_from_set(so, (HsSetObject *)otherset);
    Hs_DECREF(otherset);
    return r;
}

static HsObject *set_symmetric_difference(HsSetObject *so, HsObject *other) {
    HsObject *result = make_new_set_basetype(Hs_TYPE(so), other);
    if (result != NULL &&
        set_symmetric_update_internal((HsSetObject *)result, (HsObject *)so) < 0) {
        Hs_CLEAR(result);
    }
    return result;
}

/* 1 if every element of 'so' is in 'other', 0 if not, -1 on error. CPython: set_issubset */
static int set_issubset_int(HsSetObject *so, HsObject *other) {
    if (!HsAnySet_Check(other)) {
        HsObject *tmp = set_intersection(so, other);
        if (tmp == NULL) {
            return -1;
        }
        int result = HS_SET_SIZE(tmp) == so->used;
        Hs_DECREF(tmp);
        return result;
    }
    if (so->used > HS_SET_SIZE(other)) {
        return 0;
    }
    Hs_ssize_t pos = 0;
    HsSetEntry *entry;
    while (set_next(so, &pos, &entry)) {
        HsObject *key = Hs_NewRef(entry->key);
        int rv = set_contains_entry((HsSetObject *)other, key, entry->hash);
        Hs_DECREF(key);
        if (rv <= 0) {
            return rv;
        }
    }
    return 1;
}

/* CPython: set_issuperset. */
static int set_issuperset_int(HsSetObject *so, HsObject *other) {
    if (HsAnySet_Check(other)) {
        return set_issubset_int((HsSetObject *)other, (HsObject *)so);
    }
    HsObject *it = HsObject_GetIter(other), *key;
    if (it == NULL) {
        return -1;
    }
    while ((key = HsIter_Next(it)) != NULL) {
        int rv = set_contains_key(so, key);
        Hs_DECREF(key);
        if (rv <= 0) {
            Hs_DECREF(it);
            return rv;
        }
    }
    Hs_DECREF(it);
    return HsErr_Occurred() ? -1 : 1;
}

/* CPython: set_isdisjoint. */
static int set_isdisjoint_int(HsSetObject *so, HsObject *other) {
    if ((HsObject *)so == other) {
        return so->used == 0;
    }
    if (HsAnySet_CheckExact(other)) {
        HsSetObject *small = (HsSetObject *)other;
        if (small->used > so->used) {
            small = so;
            so = (HsSetObject *)other;
        }
        Hs_ssize_t pos = 0;
        HsSetEntry *entry;
        while (set_next(small, &pos, &entry)) {
            HsObject *key = Hs_NewRef(entry->key);
            int rv = set_contains_entry(so, key, entry->hash);
            Hs_DECREF(key);
            if (rv != 0) {
                return rv < 0 ? -1 : 0;
            }
        }
        return 1;
    }
    HsObject *it = HsObject_GetIter(other), *key;
    if (it == NULL) {
        return -1;
    }
    while ((key = HsIter_Next(it)) != NULL) {
        int rv = set_contains_key(so, key);
        Hs_DECREF(key);
        if (rv != 0) {
            Hs_DECREF(it);
            return rv < 0 ? -1 : 0;
        }
    }
    Hs_DECREF(it);
    return HsErr_Occurred() ? -1 : 1;
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
    int rv = op(so, key);
    if (rv < 0) {
        if (!HsSet_Check(key) || !HsErr_ExceptionMatches(HsExc_TypeError)) {
            return -1;
        }
        HsErr_Clear();
        HsObject *tmpkey = make_new_set(&HsFrozenSet_Type, key);
        if (tmpkey == NULL) {
            return -1;
        }
        rv = op(so, tmpkey);
        Hs_DECREF(tmpkey);
    }
    return rv;
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

/* CPython: set_pop; the finger makes repeated pops walk the table instead of rescanning. */
static HsObject *set_pop_meth(HsObject *op, HsObject *unused) {
    (void)unused;
    HsSetObject *so = (HsSetObject *)op;
    HsSetEntry *entry = so->table + (so->finger & so->mask);
    HsSetEntry *limit = so->table + so->mask;
    if (so->used == 0) {
        HsErr_SetString(HsExc_KeyError, "pop from an empty set");
        return NULL;
    }
    while (entry->key == NULL || entry->key == DUMMY) {
        entry++;
        if (entry > limit) {
            entry = so->table;
        }
    }
    HsObject *key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
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

static size_t shuffle_bits(size_t h) {
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

/* CPython: frozenset_hash. Xor of shuffled entry hashes (empty entries included, then
 * cancelled), mixed with the size; cached in so->hash. */
static Hs_ssize_t frozenset_hash(HsObject *self) {
    HsSetObject *so = (HsSetObject *)self;
    if (so->hash != -1) {
        return so->hash;
    }
    size_t hash = 0;
    for (HsSetEntry *e = so->table; e <= &so->table[so->mask]; e++) {
        hash ^= shuffle_bits((size_t)e->hash);
    }
    if ((so->mask + 1 - so->fill) & 1) {
        hash ^= shuffle_bits(0);
    }
    if ((so->fill - so->used) & 1) {
        hash ^= shuffle_bits((size_t)-1);
    }
    hash ^= ((size_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (size_t)-1) {
        hash = 590923713UL;
    }
    so->hash = (Hs_ssize_t)hash;
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

static void set_dealloc(HsObject *op) {
    HsSetObject *so = (HsSetObject *)op;
    hs_gc_untrack(op);
    if (!hs_trashcan_begin(op)) {
        return;
    }
    if (so->weakreflist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    Hs_ssize_t used = so->used;
    for (HsSetEntry *e = so->table; used > 0; e++) {
        if (e->key != NULL && e->key != DUMMY) {
            used--;
            Hs_DECREF(e->key);
        }
    }
    if (so->table != so->smalltable) {
        hs_mem_free(so->table);
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
