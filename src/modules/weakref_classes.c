/* The small classes of Lib/weakref.py written in C (CPython 3.11): KeyedRef (a ref carrying
 * the key of its WeakValueDictionary entry), WeakMethod (a ref to a bound method, alive while
 * both the instance and the function are), and finalize (call a function when an object
 * dies, or at exit). hs_weakref_add_classes puts them and the containers into `weakref`.
 * finalize keeps CPython's registry semantics: a registered finalizer is kept alive by a
 * class-level registry until it is called, detached or its object dies; at exit the ones
 * still marked atexit run, newest first (hs_weakref_atexit, called by the CLI), and after
 * that no finalizer runs. Functions returning HsObject* return a new reference, or NULL
 * with an exception; arguments are borrowed. */
#include "internal/hs_modules_weakref.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_modules.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_weakref.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>

/* ==== KeyedRef ==== */

typedef struct KeyedRefObject {
    HsWeakReference kr_base;
    HsObject *key;
} KeyedRefObject;

/* KeyedRef(ob, callback, key). CPython: KeyedRef.__new__. */
static HsObject *keyedref_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const names[] = {"ob", "callback", "key", NULL};
    HsObject *a[3];
    if (hs_weakref_py_args("KeyedRef.__new__", &HS_TUPLE_GET(args, 0), Hs_SIZE(args), kwds,
                           names, 0, 3, 0, a) < 0) {
        return NULL;
    }
    HsObject *two = HsTuple_Pack(2, a[0], a[1]);
    HsObject *self = two != NULL ? HsWeakrefRef_Type.tp_new(type, two, NULL) : NULL;
    Hs_XDECREF(two);
    if (self != NULL) {
        ((KeyedRefObject *)self)->key = Hs_NewRef(a[2]);
    }
    return self;
}

static int keyedref_init(HsObject *self, HsObject *args, HsObject *kwds) {
    (void)self;
    (void)args;
    (void)kwds;
    return 0;
}

static int keyedref_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *key = ((KeyedRefObject *)op)->key;
    if (key != NULL && visit(key, arg) < 0) {
        return -1;
    }
    return HsWeakrefRef_Type.tp_traverse(op, visit, arg);
}

static int keyedref_clear(HsObject *op) {
    Hs_CLEAR(((KeyedRefObject *)op)->key);
    return HsWeakrefRef_Type.tp_clear(op);
}

static void keyedref_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    Hs_CLEAR(((KeyedRefObject *)op)->key);
    HsWeakrefRef_Type.tp_dealloc(op);
}

static HsMemberDef keyedref_members[] = {
    {"key", HS_T_OBJECT, offsetof(KeyedRefObject, key), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

HsTypeObject HsKeyedRef_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "weakref.KeyedRef",
    .tp_basicsize = sizeof(KeyedRefObject),
    .tp_dealloc = keyedref_dealloc,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "Specialized reference that includes a key corresponding to the value.",
    .tp_traverse = keyedref_traverse,
    .tp_clear = keyedref_clear,
    .tp_members = keyedref_members,
    .tp_base = &HsWeakrefRef_Type,
    .tp_init = keyedref_init,
    .tp_new = keyedref_new,
};

HsObject *hs_keyedref_new(HsObject *ob, HsObject *callback, HsObject *key) {
    HsObject *args = HsTuple_Pack(3, ob, callback, key);
    HsObject *r = args != NULL ? keyedref_new(&HsKeyedRef_Type, args, NULL) : NULL;
    Hs_XDECREF(args);
    return r;
}

/* ==== WeakMethod ==== */

typedef struct WeakMethodObject {
    HsWeakReference wm_base;
    HsObject *func_ref;  /* ref(meth.__func__, cb) */
    HsObject *meth_type; /* type(meth) */
    int alive;
    HsObject *weakreflist;
} WeakMethodObject;

static HsTypeObject weakmethod_type;

/* The callback on both refs: once, mark dead and call the user's callback with the
 * WeakMethod. 'state' is [weakref to the WeakMethod, callback or None]. CPython: _cb. */
static HsObject *weakmethod_cb(HsObject *state, HsObject *arg) {
    (void)arg;
    HsObject *self = HsWeakref_GetObject(HS_LIST_GET(state, 0));
    if (self == Hs_None || !((WeakMethodObject *)self)->alive) {
        return Hs_NewRef(Hs_None);
    }
    ((WeakMethodObject *)self)->alive = 0;
    HsObject *callback = HS_LIST_GET(state, 1);
    if (callback == Hs_None) {
        return Hs_NewRef(Hs_None);
    }
    return HsObject_CallOneArg(callback, self);
}

static HsMethodDef weakmethod_cb_def = {"_cb", HS_CFUNC(weakmethod_cb), HS_METH_O, NULL};

/* WeakMethod(meth, callback=None). CPython: WeakMethod.__new__. */
static HsObject *weakmethod_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const names[] = {"meth", "callback", NULL};
    HsObject *a[2];
    if (hs_weakref_py_args("WeakMethod.__new__", &HS_TUPLE_GET(args, 0), Hs_SIZE(args), kwds,
                           names, 0, 1, 0, a) < 0) {
        return NULL;
    }
    HsObject *obj = HsObject_GetAttrString(a[0], "__self__");
    HsObject *func = obj != NULL ? HsObject_GetAttrString(a[0], "__func__") : NULL;
    if (func == NULL) {
        Hs_XDECREF(obj);
        if (HsErr_ExceptionMatches(HsExc_AttributeError)) {
            HsErr_Clear();
            HsErr_Format(HsExc_TypeError, "argument should be a bound method, not %R",
                         (HsObject *)Hs_TYPE(a[0]));
        }
        return NULL;
    }
    HsObject *state = HsList_New(2);
    HsObject *cb = NULL, *self = NULL;
    if (state != NULL) {
        HS_LIST_SET(state, 0, Hs_NewRef(Hs_None));
        HS_LIST_SET(state, 1, Hs_NewRef(a[1] != NULL ? a[1] : Hs_None));
        cb = HsCFunction_NewEx(&weakmethod_cb_def, state, NULL);
    }
    HsObject *two = cb != NULL ? HsTuple_Pack(2, obj, cb) : NULL;
    self = two != NULL ? HsWeakrefRef_Type.tp_new(type, two, NULL) : NULL;
    Hs_XDECREF(two);
    if (self != NULL) {
        WeakMethodObject *wm = (WeakMethodObject *)self;
        wm->func_ref = HsWeakref_NewRef(func, cb);
        wm->meth_type = Hs_NewRef((HsObject *)Hs_TYPE(a[0]));
        wm->alive = 1;
        HsObject *self_wr = wm->func_ref != NULL ? HsWeakref_NewRef(self, NULL) : NULL;
        if (self_wr == NULL || HsList_SetItem(state, 0, self_wr) < 0) {
            Hs_CLEAR(self);
        }
    }
    Hs_XDECREF(state);
    Hs_XDECREF(cb);
    Hs_DECREF(obj);
    Hs_DECREF(func);
    return self;
}

static int weakmethod_init(HsObject *self, HsObject *args, HsObject *kwds) {
    (void)self;
    (void)args;
    (void)kwds;
    return 0;
}

/* wm(): the bound method again, or None once the instance or the function is gone. */
static HsObject *weakmethod_call(HsObject *op, HsObject *args, HsObject *kw) {
    HsObject *obj = HsWeakrefRef_Type.tp_call(op, args, kw);
    if (obj == NULL) {
        return NULL;
    }
    HsObject *func = HsWeakref_GetObject(((WeakMethodObject *)op)->func_ref);
    if (obj == Hs_None || func == Hs_None) {
        Hs_DECREF(obj);
        return Hs_NewRef(Hs_None);
    }
    HsObject *mtype = ((WeakMethodObject *)op)->meth_type, *pair[2] = {func, obj};
    // types.MethodType(func, obj); the method type has no tp_new here, so build it directly
    HsObject *r = mtype == (HsObject *)&HsMethod_Type ? HsMethod_New(func, obj)
                                                      : HsObject_Vectorcall(mtype, pair, 2, NULL);
    Hs_DECREF(obj);
    return r;
}

/* == / != : identity once either is dead, else both referents and both functions. */
static HsObject *weakmethod_richcompare(HsObject *self, HsObject *other, int op) {
    if ((op != HS_EQ && op != HS_NE) || !HsObject_TypeCheck(other, &weakmethod_type)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    WeakMethodObject *a = (WeakMethodObject *)self, *b = (WeakMethodObject *)other;
    int eq;
    if (!a->alive || !b->alive) {
        eq = self == other;
    } else {
        HsObject *r = HsWeakrefRef_Type.tp_richcompare(self, other, HS_EQ);
        int t = r != NULL ? HsObject_IsTrue(r) : -1;
        Hs_XDECREF(r);
        if (t == 1) {
            t = HsObject_RichCompareBool(a->func_ref, b->func_ref, HS_EQ);
        }
        if (t < 0) {
            return NULL;
        }
        eq = t;
    }
    return Hs_NewRef((eq == (op == HS_EQ)) ? Hs_True : Hs_False);
}

static int weakmethod_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    WeakMethodObject *wm = (WeakMethodObject *)op;
    if ((wm->func_ref != NULL && visit(wm->func_ref, arg) < 0) ||
        (wm->meth_type != NULL && visit(wm->meth_type, arg) < 0)) {
        return -1;
    }
    return HsWeakrefRef_Type.tp_traverse(op, visit, arg);
}

static int weakmethod_clear(HsObject *op) {
    Hs_CLEAR(((WeakMethodObject *)op)->func_ref);
    Hs_CLEAR(((WeakMethodObject *)op)->meth_type);
    return HsWeakrefRef_Type.tp_clear(op);
}

static void weakmethod_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    if (((WeakMethodObject *)op)->weakreflist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    Hs_CLEAR(((WeakMethodObject *)op)->func_ref);
    Hs_CLEAR(((WeakMethodObject *)op)->meth_type);
    HsWeakrefRef_Type.tp_dealloc(op);
}

static HsTypeObject weakmethod_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "weakref.WeakMethod",
    .tp_basicsize = sizeof(WeakMethodObject),
    .tp_dealloc = weakmethod_dealloc,
    .tp_call = weakmethod_call,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_traverse = weakmethod_traverse,
    .tp_clear = weakmethod_clear,
    .tp_richcompare = weakmethod_richcompare,
    .tp_weaklistoffset = offsetof(WeakMethodObject, weakreflist),
    .tp_base = &HsWeakrefRef_Type,
    .tp_init = weakmethod_init,
    .tp_new = weakmethod_new,
};

/* ==== finalize ==== */

/* A finalizer has no fields (CPython: __slots__ = (), so sys.getsizeof is 32 in both); what
 * it does lives in its _Info record, the value of its registry entry. */
typedef struct InfoObject {
    HsObject ob_base;
    HsObject *in_weakref; /* ref(obj, finalizer) */
    HsObject *in_func;
    HsObject *in_args;   /* tuple */
    HsObject *in_kwargs; /* dict, or NULL for none */
    int in_atexit;
    long long in_index;
} InfoObject;

#define INFO(op) ((InfoObject *)(op))

static HsTypeObject info_type;
static HsTypeObject finalize_type;

/* The registry: {finalizer: its _Info} for every finalizer not yet called or detached (it
 * keeps them alive, as finalize._registry). */
static HsObject *fin_registry;
static long long fin_next_index;
static int fin_shutdown;

/* self's _Info while registered, else NULL (no exception).
 * Return: borrowed reference (owned by the registry). */
static HsObject *fin_info_of(HsObject *self) {
    if (fin_registry == NULL) {
        return NULL;
    }
    HsObject *info = HsDict_GetItemWithError(fin_registry, self);
    HsErr_Clear();
    return info;
}

/* Take self's _Info out of the registry. Return: new reference, or NULL (no exception). */
static HsObject *fin_pop(HsObject *self) {
    HsObject *info = fin_registry != NULL ? hs_dict_pop(fin_registry, self) : NULL;
    HsErr_Clear();
    return info;
}

static int info_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    InfoObject *in = INFO(op);
    HsObject *fields[4] = {in->in_weakref, in->in_func, in->in_args, in->in_kwargs};
    for (int i = 0; i < 4; i++) {
        if (fields[i] != NULL && visit(fields[i], arg) < 0) {
            return -1;
        }
    }
    return 0;
}

static int info_clear(HsObject *op) {
    InfoObject *in = INFO(op);
    Hs_CLEAR(in->in_weakref);
    Hs_CLEAR(in->in_func);
    Hs_CLEAR(in->in_args);
    Hs_CLEAR(in->in_kwargs);
    return 0;
}

static void plain_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    if (Hs_TYPE(op)->tp_clear != NULL) {
        Hs_TYPE(op)->tp_clear(op);
    }
    hs_gc_free(op);
}

static HsTypeObject info_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "weakref._Info",
    .tp_basicsize = sizeof(InfoObject),
    .tp_dealloc = plain_dealloc,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = info_traverse,
    .tp_clear = info_clear,
};

static HsObject *finalize_exitfunc(HsObject *cls, HsObject *unused) {
    (void)cls;
    (void)unused;
    hs_weakref_atexit();
    return Hs_NewRef(Hs_None);
}

static HsMethodDef exitfunc_def = {"_exitfunc", HS_CFUNC(finalize_exitfunc), HS_METH_NOARGS,
                                   NULL};

/* On the first finalizer, register finalize._exitfunc with atexit, as Lib/weakref.py does,
 * so it runs among the atexit functions in registration order. Returns 0/-1. */
static int register_exitfunc(void) {
    static int registered;
    if (registered) {
        return 0;
    }
    HsObject *fn = HsCFunction_NewEx(&exitfunc_def, (HsObject *)&finalize_type, NULL);
    int rc = fn != NULL ? hs_atexit_register(fn) : -1;
    Hs_XDECREF(fn);
    registered = rc == 0;
    return rc;
}

/* finalize(obj, func, /, *args, **kwargs). CPython: finalize.__init__. */
static HsObject *finalize_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    Hs_ssize_t n = Hs_SIZE(args);
    if (n < 2) {
        return HsErr_Format(HsExc_TypeError,
                            "finalize.__init__() missing %zd required positional argument%s: %s",
                            2 - n, n == 1 ? "" : "s", n == 1 ? "'func'" : "'obj' and 'func'");
    }
    if (register_exitfunc() < 0) {
        return NULL;
    }
    if (fin_registry == NULL) {
        if ((fin_registry = HsDict_New()) == NULL) {
            return NULL;
        }
        hs_obj_register_static(&fin_registry); // released by finalization
    }
    HsObject *self = type->tp_alloc(type, 0);
    InfoObject *in = self != NULL ? (InfoObject *)HsType_GenericAlloc(&info_type, 0) : NULL;
    if (in == NULL) {
        Hs_XDECREF(self);
        return NULL;
    }
    in->in_weakref = HsWeakref_NewRef(HS_TUPLE_GET(args, 0), self);
    in->in_func = Hs_NewRef(HS_TUPLE_GET(args, 1));
    in->in_args = HsTuple_FromArray(&HS_TUPLE_GET(args, 2), n - 2);
    in->in_kwargs = kwds != NULL && HsDict_Size(kwds) > 0 ? HsDict_Copy(kwds) : NULL;
    in->in_atexit = 1;
    in->in_index = fin_next_index++;
    if (in->in_weakref == NULL || in->in_args == NULL ||
        HsDict_SetItem(fin_registry, self, (HsObject *)in) < 0) {
        Hs_DECREF(in);
        Hs_DECREF(self);
        return NULL;
    }
    Hs_DECREF(in);
    return self;
}

static int finalize_init(HsObject *self, HsObject *args, HsObject *kwds) {
    (void)self;
    (void)args;
    (void)kwds;
    return 0;
}

/* f(_=None): if still registered, unregister and return func(*args, **kwargs); else None. */
static HsObject *finalize_call(HsObject *self, HsObject *args, HsObject *kw) {
    (void)args;
    (void)kw;
    HsObject *info = fin_pop(self);
    if (info == NULL || fin_shutdown) {
        Hs_XDECREF(info);
        return Hs_NewRef(Hs_None);
    }
    InfoObject *in = INFO(info);
    HsObject *r = HsObject_Call(in->in_func, in->in_args, in->in_kwargs);
    Hs_DECREF(info);
    return r;
}

/* (obj, func, args, kwargs) while registered and obj alive, else None.
 * Return: new reference. */
static HsObject *fin_peek(HsObject *self) {
    HsObject *info = fin_info_of(self);
    HsObject *obj = info != NULL ? HsWeakref_GetObject(INFO(info)->in_weakref) : Hs_None;
    if (obj == Hs_None) {
        return Hs_NewRef(Hs_None);
    }
    InfoObject *in = INFO(info);
    HsObject *kw = in->in_kwargs != NULL ? Hs_NewRef(in->in_kwargs) : HsDict_New();
    HsObject *r = kw != NULL ? HsTuple_Pack(4, obj, in->in_func, in->in_args, kw) : NULL;
    Hs_XDECREF(kw);
    return r;
}

static HsObject *finalize_peek(HsObject *self, HsObject *unused) {
    (void)unused;
    return fin_peek(self);
}

static HsObject *finalize_detach(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *r = fin_peek(self);
    if (r != NULL && r != Hs_None) {
        Hs_XDECREF(fin_pop(self));
    }
    return r;
}

static HsObject *finalize_get_alive(HsObject *self, void *closure) {
    (void)closure;
    return Hs_NewRef(fin_info_of(self) != NULL ? Hs_True : Hs_False);
}

static HsObject *finalize_get_atexit(HsObject *self, void *closure) {
    (void)closure;
    HsObject *info = fin_info_of(self);
    return Hs_NewRef(info != NULL && INFO(info)->in_atexit ? Hs_True : Hs_False);
}

static int finalize_set_atexit(HsObject *self, HsObject *value, void *closure) {
    (void)closure;
    int t = value != NULL ? HsObject_IsTrue(value) : 0;
    if (t < 0) {
        return -1;
    }
    HsObject *info = fin_info_of(self);
    if (info != NULL) {
        INFO(info)->in_atexit = t;
    }
    return 0;
}

/* "<finalize object at 0x..; for 'T' at 0x..>" or "<finalize object at 0x..; dead>". */
static HsObject *finalize_repr(HsObject *self) {
    HsObject *info = fin_info_of(self);
    HsObject *obj = info != NULL ? HsWeakref_GetObject(INFO(info)->in_weakref) : Hs_None;
    if (obj == Hs_None) {
        return HsUnicode_FromFormat("<finalize object at %p; dead>", (void *)self);
    }
    return HsUnicode_FromFormat("<finalize object at %p; for '%s' at %p>", (void *)self,
                                Hs_TYPE(obj)->tp_name, (void *)obj);
}

/* A finalizer owns nothing (its _Info is the registry's). */
static int finalize_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    (void)op;
    (void)visit;
    (void)arg;
    return 0;
}

static HsMethodDef finalize_methods[] = {
    {"peek", HS_CFUNC(finalize_peek), HS_METH_NOARGS,
     "If alive then return (obj, func, args, kwargs); otherwise return None"},
    {"detach", HS_CFUNC(finalize_detach), HS_METH_NOARGS,
     "If alive then mark as dead and return (obj, func, args, kwargs); otherwise return None"},
    {NULL, NULL, 0, NULL},
};

static HsGetSetDef finalize_getset[] = {
    {"alive", finalize_get_alive, NULL, "Whether finalizer is alive", NULL},
    {"atexit", finalize_get_atexit, finalize_set_atexit,
     "Whether finalizer should be called at exit", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsTypeObject finalize_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "weakref.finalize",
    .tp_basicsize = sizeof(HsObject),
    .tp_dealloc = plain_dealloc,
    .tp_call = finalize_call,
    .tp_repr = finalize_repr,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "Class for finalization of weakrefable objects",
    .tp_traverse = finalize_traverse,
    .tp_methods = finalize_methods,
    .tp_getset = finalize_getset,
    .tp_init = finalize_init,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = finalize_new,
};

/* The registered finalizer marked atexit with the highest index, or NULL.
 * Return: borrowed reference (owned by the registry). */
static HsObject *fin_newest_for_exit(void) {
    Hs_ssize_t pos = 0;
    HsObject *k, *v, *best = NULL;
    long long best_index = -1;
    while (HsDict_Next(fin_registry, &pos, &k, &v)) {
        if (INFO(v)->in_atexit && INFO(v)->in_index > best_index) {
            best = k;
            best_index = INFO(v)->in_index;
        }
    }
    return best;
}

/* ==== internal API ==== */

/* Run the finalizers still marked atexit, newest first, with the collector off; an error is
 * printed as sys.excepthook would. Afterwards no finalizer runs. CPython: finalize._exitfunc
 * (registered with atexit). */
void hs_weakref_atexit(void) {
    if (fin_registry == NULL || fin_shutdown) {
        fin_shutdown = 1;
        return;
    }
    int was_enabled = hs_gc_enable(0);
    HsObject *f;
    while ((f = fin_newest_for_exit()) != NULL) {
        Hs_INCREF(f);
        HsObject *r = finalize_call(f, NULL, NULL);
        if (r == NULL) {
            HsErr_Print();
        }
        Hs_XDECREF(r);
        Hs_XDECREF(fin_pop(f)); // already gone unless the call failed early
        Hs_DECREF(f);
    }
    fin_shutdown = 1;
    hs_gc_enable(was_enabled);
}

int hs_weakref_add_classes(HsObject *m) {
    weakmethod_type.tp_hash = HsWeakrefRef_Type.tp_hash;
    if (hs_weakc_ready() < 0 || HsType_Ready(&weakmethod_type) < 0 ||
        HsType_Ready(&info_type) < 0 || HsType_Ready(&finalize_type) < 0) {
        return -1;
    }
    struct {
        const char *name;
        HsTypeObject *type;
    } entries[] = {
        {"KeyedRef", &HsKeyedRef_Type},
        {"WeakMethod", &weakmethod_type},
        {"finalize", &finalize_type},
        {"WeakValueDictionary", &HsWeakValueDictionary_Type},
        {"WeakKeyDictionary", &HsWeakKeyDictionary_Type},
        {"WeakSet", &HsWeakSet_Type},
    };
    for (size_t i = 0; i < sizeof entries / sizeof entries[0]; i++) {
        if (HsModule_AddObjectRef(m, entries[i].name, (HsObject *)entries[i].type) < 0) {
            return -1;
        }
    }
    return 0;
}
