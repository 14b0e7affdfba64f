/* The weak containers of the weakref module (CPython 3.11: Lib/weakref.py WeakValueDictionary
 * and WeakKeyDictionary, Lib/_weakrefset.py WeakSet), written in C: shared layout, removal
 * callback, iteration guard and iterator (src/modules/weakref_containers.c), used by
 * weakref_dicts.c and weakref_set.c.
 * Model (as the Python originals): 'wc_data' holds the entries (a dict of key -> KeyedRef
 * for WeakValueDictionary, of ref(key) -> value for WeakKeyDictionary, a set of refs for
 * WeakSet), each weakref with 'wc_remove' as callback. 'wc_remove' holds only a weakref to
 * the container, so it makes no cycle. While an iterator runs (CPython: _IterationGuard)
 * removals wait in 'wc_pending' and are committed when the last iterator ends. */
#ifndef HS_INTERNAL_HS_MODULES_WEAKREF_H
#define HS_INTERNAL_HS_MODULES_WEAKREF_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

typedef struct HsWeakContainer {
    HsObject ob_base;
    HsObject *wc_data;       /* dict or set, never NULL while alive */
    HsObject *wc_remove;     /* the weakref callback (a builtin bound to a weakref to self) */
    HsObject *wc_pending;    /* list of keys (dicts) or refs (set) to remove */
    Hs_ssize_t wc_iterating; /* iterators started and not finished (CPython: _iterating) */
    int wc_dirty_len;        /* WeakKeyDictionary: 'wc_pending' may hold stale keys */
    HsObject *wc_weakreflist;
} HsWeakContainer;

#define HS_WC(op) ((HsWeakContainer *)(op))

extern HsTypeObject HsWeakValueDictionary_Type; /* weakref.WeakValueDictionary */
extern HsTypeObject HsWeakKeyDictionary_Type;   /* weakref.WeakKeyDictionary */
extern HsTypeObject HsWeakSet_Type;             /* _weakrefset.WeakSet */
extern HsTypeObject HsKeyedRef_Type;            /* weakref.KeyedRef */

/* Which container 'op' is: 0 WeakValueDictionary, 1 WeakKeyDictionary, 2 WeakSet. */
enum { HS_WC_VALUEDICT = 0, HS_WC_KEYDICT = 1, HS_WC_SET = 2 };
int hs_weakc_kind(HsObject *op);

/* tp_new of the three: empty data (a set for WeakSet, else a dict), empty pending list and
 * the remove callback. Return: new reference. */
HsObject *hs_weakc_new(HsTypeObject *type, HsObject *args, HsObject *kwds);
void hs_weakc_dealloc(HsObject *op);
int hs_weakc_traverse(HsObject *op, hs_visitproc visit, void *arg);
int hs_weakc_clear(HsObject *op);

/* Apply the pending removals (each kind its own way: WeakValueDictionary deletes a key only
 * if its ref is dead, the others delete the ref). Returns 0 or -1. CPython: _commit_removals.
 */
int hs_weakc_commit(HsObject *op);
/* Commit only if removals are pending. Returns 0 or -1. */
int hs_weakc_commit_if_pending(HsObject *op);

/* What an iterator yields. REFS: the weakrefs themselves (itervaluerefs), dead ones too. */
enum { HS_WI_KEYS, HS_WI_VALUES, HS_WI_ITEMS, HS_WI_REFS };
/* A lazy iterator over the live entries of container 'op' (CPython: the generator methods
 * keys/values/items/__iter__ under _IterationGuard). Return: new reference. */
HsObject *hs_weakc_iter(HsObject *op, int what);

/* "<ClassName at 0x...>" (the dictionaries' __repr__). Return: new reference. */
HsObject *hs_weakc_repr(HsObject *op);

/* KeyedRef(ob, callback, key): a ref subtype carrying 'key'. Return: new reference. */
HsObject *hs_keyedref_new(HsObject *ob, HsObject *callback, HsObject *key);

/* Match the arguments of a method written in Python in CPython (self not included) with
 * the messages of a Python function: "Q() missing 1 required positional argument: 'key'",
 * "Q() takes from 1 to 2 positional arguments but 3 were given", "Q() got an unexpected
 * keyword argument 'x'". 'names' lists the parameters after self (NULL-terminated); the
 * first 'nposonly' cannot be given by keyword, the first 'nreq' are required. 'kwargs' is a
 * dict or NULL; when 'extra_kw' is nonzero unknown keywords are left for the caller instead
 * of refused. out[i] gets a borrowed reference or NULL. Returns 0 or -1. */
int hs_weakref_py_args(const char *qualname, HsObject *const *args, Hs_ssize_t nargs,
                       HsObject *kwargs, const char *const *names, int nposonly, int nreq,
                       int extra_kw, HsObject **out);

/* Ready the container types (and their iterator). Returns 0 or -1. */
int hs_weakc_ready(void);

#endif /* HS_INTERNAL_HS_MODULES_WEAKREF_H */
