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

static void init_weakref(HsWeakReference *self, HsObject *ob, HsObject *callback);

/* Unlink 'self' from its referent's list and make it dead; drop its callback.
 * CPython: clear_weakref. */
static void clear_weakref(HsWeakReference *self) {
    HsObject *callback = self->wr_callback;
    if (self->wr_object != Hs_None) {
        HsWeakReference **list = listptr(self->wr_object);
        if (*list == self) {
            *list = self->wr_next;
        }
        self->wr_object = Hs_None;
        if (self->wr_prev != NULL) {
            self->wr_prev->wr_next = self->wr_next;
        }
        if (self->wr_next != NULL) {
            self->wr_next->wr_prev = self->wr_prev;
        }
        self->wr_prev = NULL;
        self->wr_next = NULL;
    }
    if (callback != NULL) {
        self->wr_callback = NULL;
        Hs_DECREF(callback);
    }
}

/* Clear 'self' but keep its callback (the collector calls it later).
 * CPython: _PyWeakref_ClearRef. */
static void clear_ref_keep_callback(HsWeakReference *self) {
    HsObject *callback = self->wr_callback;
    self->wr_callback = NULL;
    clear_weakref(self);
    self->wr_callback = callback;
}

/* The callback-less exact ref and callback-less proxy at the head of a list, if present.
 * CPython: get_basic_refs. */
static void get_basic_refs(HsWeakReference *head, HsWeakReference **refp,
                           HsWeakReference **proxyp) {
    *refp = NULL;
    *proxyp = NULL;
    if (head != NULL && head->wr_callback == NULL) {
        if (Hs_TYPE(head) == &HsWeakrefRef_Type) {
            *refp = head;
            head = head->wr_next;
        }
        if (head != NULL && head->wr_callback == NULL && HsWeakref_CheckProxy((HsObject *)head)) {
            *proxyp = head;
        }
    }
}

/* Link 'newref' right after 'prev'. CPython: insert_after. */
static void insert_after(HsWeakReference *newref, HsWeakReference *prev) {
    newref->wr_prev = prev;
    newref->wr_next = prev->wr_next;
    if (prev->wr_next != NULL) {
        prev->wr_next->wr_prev = newref;
    }
    prev->wr_next = newref;
}

/* Link 'newref' at the head of '*list'. CPython: insert_head. */
static void insert_head(HsWeakReference *newref, HsWeakReference **list) {
    HsWeakReference *next = *list;
    newref->wr_prev = NULL;
    newref->wr_next = next;
    if (next != NULL) {
        next->wr_prev = newref;
    }
    *list = newref;
}

/* Link a new weakref that is not the callback-less basic ref of its kind: after the basic
 * proxy, else after the basic ref, else at the head. */
static void insert_other(HsWeakReference *self, HsWeakReference **list) {
    HsWeakReference *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    HsWeakReference *prev = proxy == NULL ? ref : proxy;
    if (prev == NULL) {
        insert_head(self, list);
    } else {
        insert_after(self, prev);
    }
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

/* callback(ref), reporting an exception as unraisable. CPython: handle_callback. */
static void handle_callback(HsWeakReference *ref, HsObject *callback) {
    HsObject *res = HsObject_CallOneArg(callback, (HsObject *)ref);
    if (res == NULL) {
        hs_weakref_write_unraisable(callback);
    } else {
        Hs_DECREF(res);
    }
}

/* ==== static helpers: ReferenceType slots ==== */

static void init_weakref(HsWeakReference *self, HsObject *ob, HsObject *callback);

static void weakref_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    clear_weakref(WR(op));
    Hs_TYPE(op)->tp_free(op);
}

static int weakref_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *cb = WR(op)->wr_callback;
    return cb != NULL ? visit(cb, arg) : 0;
}

static int weakref_clear(HsObject *op) {
    clear_weakref(WR(op));
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

/* The referent's hash, computed once and kept after death. CPython: weakref_hash. */
static Hs_ssize_t weakref_hash(HsObject *op) {
    HsWeakReference *self = WR(op);
    if (self->hash != -1) {
        return self->hash;
    }
    HsObject *obj = self->wr_object;
    if (obj == Hs_None) {
        HsErr_SetString(HsExc_TypeError, "weak object has gone away");
        return -1;
    }
    Hs_INCREF(obj);
    self->hash = HsObject_Hash(obj);
    Hs_DECREF(obj);
    return self->hash;
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

/* == and != only: the referents while both are alive, identity otherwise.
 * CPython: weakref_richcompare. */
static HsObject *weakref_richcompare(HsObject *self, HsObject *other, int op) {
    if ((op != HS_EQ && op != HS_NE) || !HsWeakref_Check(self) || !HsWeakref_Check(other)) {
        return Hs_NewRef(Hs_NotImplemented);
    }
    HsObject *a = WR(self)->wr_object, *b = WR(other)->wr_object;
    if (a == Hs_None || b == Hs_None) {
        int res = (self == other) == (op == HS_EQ);
        return Hs_NewRef(res ? Hs_True : Hs_False);
    }
    Hs_INCREF(a);
    Hs_INCREF(b);
    HsObject *res = HsObject_RichCompare(a, b, op);
    Hs_DECREF(a);
    Hs_DECREF(b);
    return res;
}

/* The (ob[, callback]) arguments of ref.__new__/__init__. Returns 0 or -1.
 * CPython: parse_weakref_init_args (PyArg_UnpackTuple). */
static int parse_init_args(const char *fname, HsObject *args, HsObject **ob,
                           HsObject **callback) {
    Hs_ssize_t n = Hs_SIZE(args);
    if (n < 1) {
        HsErr_Format(HsExc_TypeError, "%s expected at least 1 argument, got %zd", fname, n);
        return -1;
    }
    if (n > 2) {
        HsErr_Format(HsExc_TypeError, "%s expected at most 2 arguments, got %zd", fname, n);
        return -1;
    }
    *ob = HS_TUPLE_GET(args, 0);
    *callback = n == 2 ? HS_TUPLE_GET(args, 1) : NULL;
    return 0;
}

/* ref.__new__(type, ob, callback=None). CPython: weakref___new__. */
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
    HsWeakReference **list = listptr(ob), *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (callback == NULL && type == &HsWeakrefRef_Type && ref != NULL) {
        return Hs_NewRef((HsObject *)ref); // reuse the basic ref
    }
    // the allocation can collect, which can change the list: look at it again after
    HsWeakReference *self = WR(type->tp_alloc(type, 0));
    if (self == NULL) {
        return NULL;
    }
    init_weakref(self, ob, callback);
    if (callback == NULL && type == &HsWeakrefRef_Type) {
        insert_head(self, list);
    } else {
        insert_other(self, list);
    }
    return (HsObject *)self;
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
    clear_ref_keep_callback(WR(wr));
}

static int gc_has_weakrefs(HsObject *op) {
    return HsType_SupportsWeakrefs(Hs_TYPE(op)) && *listptr(op) != NULL;
}

/* Clear every weakref to 'op' keeping callbacks; hand those with one to 'add'.
 * CPython: the inner loop of handle_weakrefs. */
static void gc_clear_all(HsObject *op, int (*add)(HsObject *wr, void *arg), void *arg) {
    HsWeakReference **list = listptr(op);
    for (HsWeakReference *wr = *list; wr != NULL; wr = *list) {
        clear_ref_keep_callback(wr);
        if (wr->wr_callback != NULL) {
            add((HsObject *)wr, arg);
        }
    }
}

/* Run the callback kept on 'wr' by gc_clear_all. */
static void gc_call(HsObject *wr) {
    HsObject *callback = WR(wr)->wr_callback;
    HS_ASSERT(callback != NULL);
    handle_callback(WR(wr), callback);
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

/* Fill a fresh weakref's fields (it is not linked yet). CPython: init_weakref. */
static void init_weakref(HsWeakReference *self, HsObject *ob, HsObject *callback) {
    self->hash = -1;
    self->wr_object = ob;
    self->wr_prev = NULL;
    self->wr_next = NULL;
    self->wr_callback = callback != NULL ? Hs_NewRef(callback) : NULL;
    self->vectorcall = weakref_vectorcall;
}

HsObject *hs_weakref_alloc(HsTypeObject *type, HsObject *ob, HsObject *callback) {
    HsWeakReference *self = WR(hs_gc_alloc(type, sizeof(HsWeakReference)));
    if (self == NULL) {
        return HsErr_NoMemory();
    }
    init_weakref(self, ob, callback);
    hs_gc_track((HsObject *)self);
    return (HsObject *)self;
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
    if (!HsType_SupportsWeakrefs(Hs_TYPE(ob))) {
        return cannot_weakref(ob);
    }
    if (callback == Hs_None) {
        callback = NULL;
    }
    HsWeakReference **list = listptr(ob), *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (callback == NULL && ref != NULL) {
        return Hs_NewRef((HsObject *)ref);
    }
    HsObject *result = hs_weakref_alloc(&HsWeakrefRef_Type, ob, callback);
    if (result == NULL) {
        return NULL;
    }
    if (callback == NULL) {
        get_basic_refs(*list, &ref, &proxy);
        if (ref != NULL) {
            // another basic ref appeared while we allocated (a collection ran code)
            Hs_DECREF(result);
            return Hs_NewRef((HsObject *)ref);
        }
        insert_head(WR(result), list);
    } else {
        insert_other(WR(result), list);
    }
    return result;
}

HsObject *HsWeakref_NewProxy(HsObject *ob, HsObject *callback) {
    if (!HsType_SupportsWeakrefs(Hs_TYPE(ob))) {
        return cannot_weakref(ob);
    }
    if (callback == Hs_None) {
        callback = NULL;
    }
    HsWeakReference **list = listptr(ob), *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (callback == NULL && proxy != NULL) {
        return Hs_NewRef((HsObject *)proxy);
    }
    HsTypeObject *type =
        HsCallable_Check(ob) ? &HsWeakrefCallableProxy_Type : &HsWeakrefProxy_Type;
    HsObject *result = hs_weakref_alloc(type, ob, callback);
    if (result == NULL) {
        return NULL;
    }
    get_basic_refs(*list, &ref, &proxy);
    if (callback == NULL) {
        if (proxy != NULL) {
            Hs_DECREF(result);
            return Hs_NewRef((HsObject *)proxy);
        }
        if (ref == NULL) {
            insert_head(WR(result), list);
        } else {
            insert_after(WR(result), ref);
        }
    } else {
        insert_other(WR(result), list);
    }
    return result;
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

/* Clear all, then call back. See the header; CPython: PyObject_ClearWeakRefs. */
void HsObject_ClearWeakRefs(HsObject *op) {
    HS_ASSERT(op != NULL && HsType_SupportsWeakrefs(Hs_TYPE(op)) && Hs_REFCNT(op) == 0);
    HsWeakReference **list = listptr(op);
    // the callback-less basic ref and proxy go first, without calls
    if (*list != NULL && (*list)->wr_callback == NULL) {
        clear_weakref(*list);
        if (*list != NULL && (*list)->wr_callback == NULL) {
            clear_weakref(*list);
        }
    }
    if (*list == NULL) {
        return;
    }
    HsWeakReference *current = *list;
    Hs_ssize_t count = list_count(current);
    HsObject *saved = HsErr_GetRaisedException();
    if (count == 1) {
        HsObject *callback = current->wr_callback;
        current->wr_callback = NULL;
        clear_weakref(current);
        if (callback != NULL) {
            if (Hs_REFCNT(current) > 0) {
                handle_callback(current, callback);
            }
            Hs_DECREF(callback);
        }
        HsErr_SetRaisedException(saved);
        return;
    }
    HsObject *tuple = HsTuple_New(count * 2);
    if (tuple == NULL) {
        HsErr_Clear(); // CPython chains it onto the saved one; we keep the saved one
        HsErr_SetRaisedException(saved);
        return;
    }
    for (Hs_ssize_t i = 0; i < count; i++) {
        HsWeakReference *next = current->wr_next;
        if (Hs_REFCNT(current) > 0) {
            HS_TUPLE_SET(tuple, i * 2, Hs_NewRef((HsObject *)current));
            HS_TUPLE_SET(tuple, i * 2 + 1, current->wr_callback);
        } else {
            Hs_XDECREF(current->wr_callback);
        }
        current->wr_callback = NULL;
        clear_weakref(current);
        current = next;
    }
    for (Hs_ssize_t i = 0; i < count; i++) {
        HsObject *callback = HS_TUPLE_GET(tuple, i * 2 + 1);
        if (callback != NULL) {
            handle_callback(WR(HS_TUPLE_GET(tuple, i * 2)), callback);
        }
    }
    Hs_DECREF(tuple);
    HsErr_SetRaisedException(saved);
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
