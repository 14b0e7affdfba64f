/* Weak references: weakref.ReferenceType, the lists hanging off referents, clearing on
 * dealloc and by the collector (CPython 3.11: Objects/weakrefobject.c, the ref half; the
 * proxies are in weakrefproxy.c).
 * Invariants: a live weakref is on exactly one list, that of wr_object, which is
 * weakrefable; a cleared one has wr_object == Hs_None and no links. Each list is ordered as
 * CPython's: the callback-less exact ref (if any) first, then the callback-less proxy (if
 * any), then the others, newest first (each is inserted right after the basic ones). A
 * weakref holds no reference to its referent, and a strong one to its callback until it is
 * cleared (or, for the collector, until the callback has run). Every weakref is a tracked
 * GC object. Slots returning HsObject* return a new reference, or NULL with an exception;
 * arguments are borrowed. */
#include "internal/hs_obj_weakref.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <stdio.h>

/* ==== static helpers: the lists ==== */

#define WR(op) ((HsWeakReference *)(op))

static HsWeakReference **listptr(HsObject *ob) {
    return (HsWeakReference **)hs_weakref_listptr(ob);
}

/* The two entries a list may start with, both callback-less: the exact ReferenceType
 * instance shared by every ref(ob), then the proxy shared by every proxy(ob). Either may
 * be missing; a subclass instance or anything with a callback is never one of them. */
typedef struct {
    HsWeakReference *shared_ref;
    HsWeakReference *shared_proxy;
} HsSharedRefs;

static int is_plain(HsWeakReference *wr) {
    return wr != NULL && wr->wr_callback == NULL;
}

/* CPython: get_basic_refs. */
static HsSharedRefs find_shared(HsWeakReference *first) {
    HsSharedRefs found = {NULL, NULL};
    HsWeakReference *candidate = first;
    if (is_plain(candidate) && Hs_TYPE(candidate) == &HsWeakrefRef_Type) {
        found.shared_ref = candidate;
        candidate = candidate->wr_next;
    }
    if (is_plain(candidate) && HsWeakref_CheckProxy((HsObject *)candidate)) {
        found.shared_proxy = candidate;
    }
    return found;
}

/* Splice 'node' into the list headed by '*head', right behind 'anchor', or in front of
 * everything when 'anchor' is NULL. CPython: insert_after and insert_head. */
static void splice_after(HsWeakReference *node, HsWeakReference *anchor, HsWeakReference **head) {
    HsWeakReference *follower = anchor != NULL ? anchor->wr_next : *head;
    node->wr_prev = anchor;
    node->wr_next = follower;
    if (follower != NULL) {
        follower->wr_prev = node;
    }
    if (anchor != NULL) {
        anchor->wr_next = node;
    } else {
        *head = node;
    }
}

/* Where a new weakref goes: the shared ref heads the list, the shared proxy follows it, and
 * every other one is placed right behind those two (so the others run newest first). */
enum hs_wr_role { ROLE_SHARED_REF, ROLE_SHARED_PROXY, ROLE_OTHER };

static void link_new(HsWeakReference *node, HsWeakReference **head, enum hs_wr_role role) {
    HsSharedRefs shared = find_shared(*head);
    HsWeakReference *anchor = NULL;
    if (role == ROLE_SHARED_PROXY) {
        anchor = shared.shared_ref;
    } else if (role == ROLE_OTHER) {
        anchor = shared.shared_proxy != NULL ? shared.shared_proxy : shared.shared_ref;
    }
    splice_after(node, anchor, head);
}

/* Take 'wr' off its referent's list and mark it dead; its callback is left alone. A weakref
 * that was allocated but never linked (a lost race for the shared ref) still names its
 * referent, so the head is only moved when it really is 'wr'. */
static void unlink_ref(HsWeakReference *wr) {
    HsObject *referent = wr->wr_object;
    if (referent == Hs_None) {
        return;
    }
    HsWeakReference *before = wr->wr_prev, *after = wr->wr_next;
    HsWeakReference **head = listptr(referent);
    if (*head == wr) {
        *head = after;
    }
    if (before != NULL) {
        before->wr_next = after;
    }
    if (after != NULL) {
        after->wr_prev = before;
    }
    wr->wr_object = Hs_None;
    wr->wr_prev = wr->wr_next = NULL;
}

/* Dead and without a callback. CPython: clear_weakref. */
static void kill_ref(HsWeakReference *wr) {
    unlink_ref(wr);
    Hs_CLEAR(wr->wr_callback);
}

static Hs_ssize_t list_count(HsWeakReference *head) {
    Hs_ssize_t count = 0;
    for (; head != NULL; head = head->wr_next) {
        count++;
    }
    return count;
}

static HsObject *cannot_weakref(HsObject *ob) {
    return HsErr_Format(HsExc_TypeError, "cannot create weak reference to '%s' object",
                        Hs_TYPE(ob)->tp_name);
}

/* ==== static helpers: unraisable callbacks ==== */

static hs_weakref_unraisable_fn unraisable_hook;

/* The object layer's report: the header line, then the exception as an uncaught one. */
static void default_unraisable(HsObject *where) {
    HsObject *exc = HsErr_GetRaisedException();
    HsObject *r = HsObject_Repr(where);
    HsErr_Clear();
    fflush(stdout);
    fputs("Exception ignored in: ", stderr);
    fputs(r != NULL && HsUnicode_Check(r) ? HsUnicode_AsUTF8(r) : "<object repr() failed>",
          stderr);
    fputs("\n", stderr);
    Hs_XDECREF(r);
    HsErr_Clear();
    HsErr_SetRaisedException(exc);
    HsErr_Print();
}

/* Call 'callback'(wr); a failure is reported as unraisable and swallowed.
 * CPython: handle_callback. */
static void notify(HsWeakReference *wr, HsObject *callback) {
    HsObject *outcome = HsObject_CallOneArg(callback, (HsObject *)wr);
    if (outcome != NULL) {
        Hs_DECREF(outcome);
        return;
    }
    hs_weakref_write_unraisable(callback);
}

/* ==== static helpers: ReferenceType slots ==== */

static void fill_fresh(HsWeakReference *wr, HsObject *referent, HsObject *callback);

static void weakref_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    kill_ref(WR(op));
    Hs_TYPE(op)->tp_free(op);
}

static int weakref_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *cb = WR(op)->wr_callback;
    return cb != NULL ? visit(cb, arg) : 0;
}

static int weakref_clear(HsObject *op) {
    kill_ref(WR(op));
    return 0;
}

/* ref(): the referent, or None once dead. CPython: weakref_vectorcall. */
static HsObject *weakref_vectorcall(HsObject *op, HsObject *const *args, size_t nargsf,
                                    HsObject *kwnames) {
    (void)args;
    if (kwnames != NULL && Hs_SIZE(kwnames) > 0) {
        return HsErr_Format(HsExc_TypeError, "weakref() takes no keyword arguments");
    }
    Hs_ssize_t nargs = HsVectorcall_NARGS(nargsf);
    if (nargs != 0) {
        return HsErr_Format(HsExc_TypeError, "weakref expected 0 arguments, got %zd", nargs);
    }
    return Hs_NewRef(WR(op)->wr_object);
}

static HsObject *weakref_call(HsObject *op, HsObject *args, HsObject *kw) {
    if (kw != NULL && HsDict_Size(kw) > 0) {
        return HsErr_Format(HsExc_TypeError, "weakref() takes no keyword arguments");
    }
    return weakref_vectorcall(op, NULL, (size_t)Hs_SIZE(args), NULL);
}

/* hash(ref) is the referent's hash, asked for once and remembered, so that a ref keeps
 * working as a dict key after its referent dies. A ref that died before anyone asked has
 * no hash. CPython: weakref_hash. */
static Hs_ssize_t weakref_hash(HsObject *op) {
    HsWeakReference *wr = WR(op);
    if (wr->hash == -1) {
        HsObject *referent = wr->wr_object;
        if (referent == Hs_None) {
            HsErr_SetString(HsExc_TypeError, "weak object has gone away");
            return -1;
        }
        Hs_INCREF(referent); // __hash__ may drop the last other reference
        Hs_ssize_t computed = HsObject_Hash(referent);
        Hs_DECREF(referent);
        wr->hash = computed; // -1 (with an exception) leaves the cache empty
    }
    return wr->hash;
}

/* type(obj).__name__ bound to obj, as _PyObject_LookupSpecial (a module's __name__ lives in
 * its dict, not its type, so a ref to a module shows no name). NULL (no exception) if
 * missing or failing. Return: new reference. */
static HsObject *lookup_special_name(HsObject *obj) {
    HsObject *key = HsUnicode_FromString("__name__");
    HsObject *res = key != NULL ? hs_type_lookup(Hs_TYPE(obj), key) : NULL;
    Hs_XDECREF(key);
    if (res != NULL) {
        hs_descrgetfunc get = Hs_TYPE(res)->tp_descr_get;
        res = get != NULL ? get(res, obj, (HsObject *)Hs_TYPE(obj)) : Hs_NewRef(res);
    }
    HsErr_Clear();
    return res;
}

/* "<weakref at 0x..; to 'T' at 0x.. (name)>" or "<weakref at 0x..; dead>".
 * CPython: weakref_repr. */
static HsObject *weakref_repr(HsObject *op) {
    HsObject *obj = WR(op)->wr_object;
    if (obj == Hs_None) {
        return HsUnicode_FromFormat("<weakref at %p; dead>", (void *)op);
    }
    Hs_INCREF(obj);
    HsObject *name = lookup_special_name(obj);
    HsObject *repr;
    if (name == NULL || !HsUnicode_Check(name)) {
        repr = HsUnicode_FromFormat("<weakref at %p; to '%s' at %p>", (void *)op,
                                    Hs_TYPE(obj)->tp_name, (void *)obj);
    } else {
        repr = HsUnicode_FromFormat("<weakref at %p; to '%s' at %p (%U)>", (void *)op,
                                    Hs_TYPE(obj)->tp_name, (void *)obj, name);
    }
    Hs_DECREF(obj);
    Hs_XDECREF(name);
    return repr;
}

static HsObject *bool_result(int truth) {
    return Hs_NewRef(truth ? Hs_True : Hs_False);
}

/* Only == and != are defined between weakrefs: while both referents live, the referents are
 * compared; once either is dead, a ref equals only itself. CPython: weakref_richcompare. */
static HsObject *weakref_richcompare(HsObject *self, HsObject *other, int op) {
    int equality = op == HS_EQ || op == HS_NE;
    if (!equality || !HsWeakref_Check(self) || !HsWeakref_Check(other)) {
        return Hs_NewRef(Hs_NotImplemented);
    }
    HsObject *mine = WR(self)->wr_object, *theirs = WR(other)->wr_object;
    if (mine == Hs_None || theirs == Hs_None) {
        int same = self == other;
        return bool_result(op == HS_EQ ? same : !same);
    }
    // hold both referents: the comparison runs user code
    HsObject *pair[2] = {Hs_NewRef(mine), Hs_NewRef(theirs)};
    HsObject *verdict = HsObject_RichCompare(pair[0], pair[1], op);
    Hs_DECREF(pair[0]);
    Hs_DECREF(pair[1]);
    return verdict;
}

/* Unpack (ob[, callback]) for ref.__new__/__init__, with PyArg_UnpackTuple's messages.
 * Returns 0 or -1. CPython: parse_weakref_init_args. */
static int parse_init_args(const char *fname, HsObject *args, HsObject **ob,
                           HsObject **callback) {
    Hs_ssize_t given = Hs_SIZE(args);
    const char *bound = given < 1 ? "least 1 argument" : given > 2 ? "most 2 arguments" : NULL;
    if (bound != NULL) {
        HsErr_Format(HsExc_TypeError, "%s expected at %s, got %zd", fname, bound, given);
        return -1;
    }
    *ob = HS_TUPLE_GET(args, 0);
    *callback = given > 1 ? HS_TUPLE_GET(args, 1) : NULL;
    return 0;
}

/* ref.__new__(type, ob, callback=None). An exact ref without a callback is the shared one:
 * reused if present, else put at the head. Anything else (a callback, a subclass) gets a
 * new object placed behind the shared ones. CPython: weakref___new__. */
static HsObject *weakref_new(HsTypeObject *type, HsObject *args, HsObject *kwargs) {
    (void)kwargs;
    HsObject *ob, *callback;
    if (parse_init_args("__new__", args, &ob, &callback) < 0) {
        return NULL;
    }
    if (!HsType_SupportsWeakrefs(Hs_TYPE(ob))) {
        return cannot_weakref(ob);
    }
    if (callback == Hs_None) {
        callback = NULL;
    }
    HsWeakReference **head = listptr(ob);
    int shared = callback == NULL && type == &HsWeakrefRef_Type;
    if (shared) {
        HsWeakReference *existing = find_shared(*head).shared_ref;
        if (existing != NULL) {
            return Hs_NewRef((HsObject *)existing);
        }
    }
    HsWeakReference *fresh = WR(type->tp_alloc(type, 0));
    if (fresh == NULL) {
        return NULL;
    }
    fill_fresh(fresh, ob, callback);
    // placed after the allocation, which may have run a collection that changed the list
    link_new(fresh, head, shared ? ROLE_SHARED_REF : ROLE_OTHER);
    return (HsObject *)fresh;
}

/* ref.__init__: checks the arguments again, rejecting keywords. CPython: weakref___init__ */
static int weakref_init(HsObject *self, HsObject *args, HsObject *kwargs) {
    (void)self;
    HsObject *ob, *callback;
    if (kwargs != NULL && HsDict_Size(kwargs) > 0) {
        HsErr_Format(HsExc_TypeError, "ref() takes no keyword arguments");
        return -1;
    }
    return parse_init_args("__init__", args, &ob, &callback);
}


static HsMemberDef weakref_members[] = {
    {"__callback__", HS_T_OBJECT, offsetof(HsWeakReference, wr_callback), HS_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static HsMethodDef weakref_methods[] = {
    {"__class_getitem__", HS_CFUNC(hs_generic_class_getitem), HS_METH_O | HS_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

/* ==== static helpers: collector hooks ==== */

static int gc_is_weakref(HsObject *op) {
    return HsWeakref_Check(op);
}

static void gc_clear_ref(HsObject *wr) {
    unlink_ref(WR(wr));
}

static int gc_has_weakrefs(HsObject *op) {
    return HsType_SupportsWeakrefs(Hs_TYPE(op)) && *listptr(op) != NULL;
}

/* Clear every weakref to 'op' keeping callbacks; hand those with one to 'add'.
 * CPython: the inner loop of handle_weakrefs. */
static void gc_clear_all(HsObject *op, int (*add)(HsObject *wr, void *arg), void *arg) {
    HsWeakReference **list = listptr(op);
    for (HsWeakReference *wr = *list; wr != NULL; wr = *list) {
        unlink_ref(wr);
        if (wr->wr_callback != NULL) {
            add((HsObject *)wr, arg);
        }
    }
}

/* Run the callback kept on 'wr' by gc_clear_all. */
static void gc_call(HsObject *wr) {
    HsObject *callback = WR(wr)->wr_callback;
    HS_ASSERT(callback != NULL);
    notify(WR(wr), callback);
}

/* ==== internal API ==== */

void hs_weakref_set_unraisable_hook(hs_weakref_unraisable_fn fn) {
    unraisable_hook = fn;
}

void hs_weakref_write_unraisable(HsObject *where) {
    if (unraisable_hook != NULL) {
        unraisable_hook(where);
    } else {
        default_unraisable(where);
    }
    HsErr_Clear();
}

int hs_weakref_init(void) {
    if (HsType_Ready(&HsWeakrefRef_Type) < 0 || HsType_Ready(&HsWeakrefProxy_Type) < 0 ||
        HsType_Ready(&HsWeakrefCallableProxy_Type) < 0) {
        return -1;
    }
    static const HsGCWeakrefHooks hooks = {
        .is_weakref = gc_is_weakref,
        .clear_ref = gc_clear_ref,
        .has_weakrefs = gc_has_weakrefs,
        .clear = gc_clear_all,
        .call = gc_call,
    };
    hs_gc_set_weakref_hooks(&hooks);
    return 0;
}

/* Give a just-allocated weakref its fields; it is not on any list yet and has no hash.
 * CPython: init_weakref. */
static void fill_fresh(HsWeakReference *wr, HsObject *referent, HsObject *callback) {
    wr->wr_object = referent;
    wr->wr_callback = callback == NULL ? NULL : Hs_NewRef(callback);
    wr->wr_prev = wr->wr_next = NULL;
    wr->vectorcall = weakref_vectorcall;
    wr->hash = -1;
}

HsObject *hs_weakref_alloc(HsTypeObject *type, HsObject *ob, HsObject *callback) {
    HsWeakReference *fresh = WR(hs_gc_alloc(type, sizeof(HsWeakReference)));
    if (fresh == NULL) {
        return HsErr_NoMemory();
    }
    fill_fresh(fresh, ob, callback);
    hs_gc_track((HsObject *)fresh);
    return (HsObject *)fresh;
}

/* The shared entry of the wanted kind, if the list has one. */
static HsWeakReference *shared_of_kind(HsWeakReference *first, int want_proxy) {
    HsSharedRefs shared = find_shared(first);
    return want_proxy ? shared.shared_proxy : shared.shared_ref;
}

/* Both public constructors. Without a callback the shared ref (or proxy) is handed out,
 * made first if needed; the list is looked at again after allocating, since a collection
 * run by the allocation may have made one meanwhile. Return: new reference. */
static HsObject *make_ref(HsObject *ob, HsObject *callback, int want_proxy) {
    if (!HsType_SupportsWeakrefs(Hs_TYPE(ob))) {
        return cannot_weakref(ob);
    }
    if (callback == Hs_None) {
        callback = NULL;
    }
    HsWeakReference **head = listptr(ob);
    int shared = callback == NULL;
    HsWeakReference *existing = shared ? shared_of_kind(*head, want_proxy) : NULL;
    if (existing != NULL) {
        return Hs_NewRef((HsObject *)existing);
    }
    HsTypeObject *type = &HsWeakrefRef_Type;
    if (want_proxy) {
        type = HsCallable_Check(ob) ? &HsWeakrefCallableProxy_Type : &HsWeakrefProxy_Type;
    }
    HsObject *made = hs_weakref_alloc(type, ob, callback);
    if (made == NULL) {
        return NULL;
    }
    existing = shared ? shared_of_kind(*head, want_proxy) : NULL;
    if (existing != NULL) {
        Hs_DECREF(made); // never linked: its dealloc leaves the list alone
        return Hs_NewRef((HsObject *)existing);
    }
    enum hs_wr_role role = !shared ? ROLE_OTHER : want_proxy ? ROLE_SHARED_PROXY : ROLE_SHARED_REF;
    link_new(WR(made), head, role);
    return made;
}

/* ==== public API ==== */

int HsWeakref_CheckRef(HsObject *op) {
    return Hs_TYPE(op) == &HsWeakrefRef_Type || HsType_IsSubtype(Hs_TYPE(op), &HsWeakrefRef_Type);
}

int HsWeakref_CheckProxy(HsObject *op) {
    return Hs_TYPE(op) == &HsWeakrefProxy_Type || Hs_TYPE(op) == &HsWeakrefCallableProxy_Type;
}

int HsWeakref_Check(HsObject *op) {
    return HsWeakref_CheckRef(op) || HsWeakref_CheckProxy(op);
}

HsObject *HsWeakref_NewRef(HsObject *ob, HsObject *callback) {
    return make_ref(ob, callback, 0);
}

HsObject *HsWeakref_NewProxy(HsObject *ob, HsObject *callback) {
    return make_ref(ob, callback, 1);
}

HsObject *HsWeakref_GetObject(HsObject *ref) {
    if (ref == NULL || !HsWeakref_Check(ref)) {
        HsErr_BAD_INTERNAL_CALL();
        return NULL;
    }
    return WR(ref)->wr_object;
}

Hs_ssize_t HsWeakref_GetCount(HsObject *ob) {
    if (!HsType_SupportsWeakrefs(Hs_TYPE(ob))) {
        return 0;
    }
    return list_count(*listptr(ob));
}

/* The clearing half of HsObject_ClearWeakRefs for two or more remaining weakrefs: every one
 * is made dead first, and only then are the callbacks run, in list order, so that no
 * callback sees a half-cleared list. A weakref that is itself being destroyed (refcount 0)
 * gets no call. 'batch' receives (ref, callback) pairs; it owns both. */
static void clear_then_notify(HsWeakReference *first, Hs_ssize_t how_many) {
    HsObject *batch = HsTuple_New(how_many * 2);
    if (batch == NULL) {
        HsErr_Clear(); // CPython chains it onto the saved exception; we keep the saved one
        return;
    }
    HsWeakReference *walk = first;
    for (Hs_ssize_t slot = 0; slot < how_many * 2; slot += 2) {
        HsWeakReference *following = walk->wr_next;
        HsObject *callback = walk->wr_callback;
        walk->wr_callback = NULL; // ownership moves to 'batch', or is dropped
        if (Hs_REFCNT(walk) == 0) {
            Hs_XDECREF(callback);
        } else {
            HS_TUPLE_SET(batch, slot, Hs_NewRef((HsObject *)walk));
            HS_TUPLE_SET(batch, slot + 1, callback);
        }
        unlink_ref(walk);
        walk = following;
    }
    for (Hs_ssize_t slot = 0; slot < how_many * 2; slot += 2) {
        HsObject *callback = HS_TUPLE_GET(batch, slot + 1);
        if (callback != NULL) {
            notify(WR(HS_TUPLE_GET(batch, slot)), callback);
        }
    }
    Hs_DECREF(batch);
}

/* Dead 'op' (refcount 0): see the header. The shared ref and proxy, having no callbacks,
 * are dropped quietly first; a single remaining weakref is handled without the batch
 * tuple. Any exception pending on entry is set again on return. CPython:
 * PyObject_ClearWeakRefs. */
void HsObject_ClearWeakRefs(HsObject *op) {
    HS_ASSERT(op != NULL && HsType_SupportsWeakrefs(Hs_TYPE(op)) && Hs_REFCNT(op) == 0);
    HsWeakReference **head = listptr(op);
    for (int quiet = 0; quiet < 2 && is_plain(*head); quiet++) {
        kill_ref(*head);
    }
    HsWeakReference *first = *head;
    if (first == NULL) {
        return;
    }
    Hs_ssize_t remaining = list_count(first);
    HsObject *pending = HsErr_GetRaisedException();
    if (remaining > 1) {
        clear_then_notify(first, remaining);
    } else {
        HsObject *callback = first->wr_callback;
        first->wr_callback = NULL;
        unlink_ref(first);
        if (callback != NULL && Hs_REFCNT(first) > 0) {
            notify(first, callback);
        }
        Hs_XDECREF(callback);
    }
    HsErr_SetRaisedException(pending);
}

/* ==== the type ==== */

HsTypeObject HsWeakrefRef_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "weakref.ReferenceType",
    .tp_basicsize = sizeof(HsWeakReference),
    .tp_dealloc = weakref_dealloc,
    .tp_vectorcall_offset = offsetof(HsWeakReference, vectorcall),
    .tp_call = weakref_call,
    .tp_repr = weakref_repr,
    .tp_hash = weakref_hash,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_HAVE_VECTORCALL | HS_TPFLAGS_BASETYPE,
    .tp_traverse = weakref_traverse,
    .tp_clear = weakref_clear,
    .tp_richcompare = weakref_richcompare,
    .tp_methods = weakref_methods,
    .tp_members = weakref_members,
    .tp_init = weakref_init,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = weakref_new,
};
