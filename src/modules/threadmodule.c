/* The _thread module (CPython 3.11: Modules/_threadmodule.c, Python/thread_pthread.h):
 * start_new_thread, lock (allocate_lock), RLock, _local, get_ident, get_native_id, _count,
 * _set_sentinel, stack_size, exit, TIMEOUT_MAX, error; threading.py and queue.py (lib/) are
 * built on it. A lock is a mutex + condition variable + flag (CPython's semaphore-less
 * variant); a blocking acquire releases the GIL while it waits (in deterministic switching
 * mode it first polls, handing the GIL round the runnable threads, so the run replays).
 * A thread's state is made by the starting thread under the GIL (so thread numbers follow
 * creation order), and freed by the thread itself when its function returns.
 * Invariants: a lock's 'lk_locked' is read and written under its mutex only; an RLock's
 * owner and count only with the GIL held; _local keeps one dict per thread in that thread's
 * state ('ts_dict', keyed by the local's 'key') and swaps it into its dict slot around each
 * attribute access. See docs/internals/threads.md. */
#include "internal/hs_modules.h"
#include "internal/hs_vm.h"
#include "internal/hs_vm_gil.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_weakref.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <errno.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define TIMEOUT_MAX_SECONDS 9223372036.0 /* CPython on Linux: PY_TIMEOUT_MAX in seconds */

/* ==== the lock core ==== */

typedef struct LockCore {
    pthread_mutex_t lk_mutex;
    pthread_cond_t lk_cond;
    int lk_locked;
} LockCore;

static void core_init(LockCore *c) {
    pthread_mutex_init(&c->lk_mutex, NULL);
    pthread_cond_init(&c->lk_cond, NULL);
    c->lk_locked = 0;
}

static void core_fini(LockCore *c) {
    pthread_cond_destroy(&c->lk_cond);
    pthread_mutex_destroy(&c->lk_mutex);
}

static int core_try(LockCore *c) {
    pthread_mutex_lock(&c->lk_mutex);
    int got = !c->lk_locked;
    c->lk_locked = 1;
    pthread_mutex_unlock(&c->lk_mutex);
    return got;
}

static int core_is_locked(LockCore *c) {
    pthread_mutex_lock(&c->lk_mutex);
    int locked = c->lk_locked;
    pthread_mutex_unlock(&c->lk_mutex);
    return locked;
}

static void core_release(LockCore *c) {
    pthread_mutex_lock(&c->lk_mutex);
    c->lk_locked = 0;
    pthread_cond_signal(&c->lk_cond);
    pthread_mutex_unlock(&c->lk_mutex);
}

static double now_monotonic(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Wait for the lock without the GIL until 'deadline' (monotonic seconds; < 0: forever).
 * Returns 1 when taken, 0 on timeout. Touches no object. */
static int core_wait(LockCore *c, double deadline) {
    struct timespec ts;
    if (deadline >= 0) {
        ts.tv_sec = (time_t)deadline;
        ts.tv_nsec = (long)((deadline - (double)ts.tv_sec) * 1e9);
    }
    pthread_mutex_lock(&c->lk_mutex);
    while (c->lk_locked) {
        if (deadline < 0) {
            pthread_cond_wait(&c->lk_cond, &c->lk_mutex);
        } else if (pthread_cond_clockwait(&c->lk_cond, &c->lk_mutex, CLOCK_MONOTONIC, &ts) ==
                   ETIMEDOUT) {
            break;
        }
    }
    int got = !c->lk_locked;
    c->lk_locked = 1;
    pthread_mutex_unlock(&c->lk_mutex);
    return got;
}

/* Take the lock, waiting at most 'timeout' seconds (< 0: forever; 0: do not wait), the GIL
 * released while waiting. Returns 1 when taken, 0 otherwise. CPython: acquire_timed. */
static int core_acquire(LockCore *c, double timeout) {
    if (core_try(c)) {
        return 1;
    }
    if (timeout == 0) {
        return 0;
    }
    double deadline = timeout > 0 ? now_monotonic() + timeout : -1.0;
    /* deterministic switching: let the other runnable threads run (one of them will release
     * the lock) before blocking for real */
    while (hs_vm_gil_yield()) {
        if (core_try(c)) {
            return 1;
        }
        if (deadline >= 0 && now_monotonic() >= deadline) {
            return 0;
        }
    }
    int got;
    HS_BEGIN_ALLOW_THREADS
    got = core_wait(c, deadline);
    HS_END_ALLOW_THREADS
    return got;
}

/* acquire(blocking=True, timeout=-1)'s arguments as CPython's lock_acquire_parse_args.
 * Sets *timeout (< 0 forever, 0 non-blocking). Returns 0 or -1. */
static int parse_acquire(HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames,
                         double *timeout) {
    static const char *const kw[] = {"blocking", "timeout", NULL};
    static const HsArgParser parser = {"acquire", kw};
    HsObject *a[2] = {NULL, NULL};
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 2, 0, a) < 0) {
        return -1;
    }
    int blocking = 1;
    if (a[0] != NULL && (blocking = HsObject_IsTrue(a[0])) < 0) {
        return -1;
    }
    double t = -1.0;
    if (a[1] != NULL) {
        if (HsFloat_Check(a[1])) {
            t = HsFloat_AsDouble(a[1]);
        } else {
            HsObject *i = HsNumber_Index(a[1]);
            if (i == NULL) {
                return -1;
            }
            t = HsLong_AsDouble(i);
            Hs_DECREF(i);
            if (t == -1.0 && HsErr_Occurred()) {
                return -1;
            }
        }
        if (!(t * 1e9 < 9.2233720368547758e18) || !(t * 1e9 >= -9.2233720368547758e18)) {
            HsErr_SetString(HsExc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
    }
    if (!blocking && t != -1.0) {
        HsErr_SetString(HsExc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (t < 0 && t != -1.0) {
        HsErr_SetString(HsExc_ValueError, "timeout value must be positive");
        return -1;
    }
    if (t > TIMEOUT_MAX_SECONDS) {
        HsErr_SetString(HsExc_OverflowError, "timeout value is too large");
        return -1;
    }
    *timeout = !blocking ? 0.0 : t;
    return 0;
}

/* ==== lock ==== */

typedef struct LockObject {
    HsObject ob_base;
    HsObject *lock_weakreflist;
    LockCore lock_core;
} LockObject;

#define LOCK(op) ((LockObject *)(op))

static HsTypeObject lock_type;

static HsObject *lock_new_object(void) {
    LockObject *l = (LockObject *)lock_type.tp_alloc(&lock_type, 0);
    if (l != NULL) {
        core_init(&l->lock_core);
    }
    return (HsObject *)l;
}

static void lock_dealloc(HsObject *op) {
    if (LOCK(op)->lock_weakreflist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    core_fini(&LOCK(op)->lock_core);
    Hs_TYPE(op)->tp_free(op);
}

static HsObject *lock_acquire(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                              HsObject *kwnames) {
    double timeout;
    if (parse_acquire(args, nargs, kwnames, &timeout) < 0) {
        return NULL;
    }
    return HsBool_FromLong(core_acquire(&LOCK(self)->lock_core, timeout));
}

static HsObject *lock_enter(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsBool_FromLong(core_acquire(&LOCK(self)->lock_core, -1.0));
}

static HsObject *lock_release(HsObject *self, HsObject *unused) {
    (void)unused;
    LockCore *c = &LOCK(self)->lock_core;
    if (!core_is_locked(c)) {
        HsErr_SetString(HsExc_RuntimeError, "release unlocked lock");
        return NULL;
    }
    core_release(c);
    Hs_RETURN_NONE;
}

static HsObject *lock_exit(HsObject *self, HsObject *args) {
    (void)args;
    return lock_release(self, NULL);
}

static HsObject *lock_locked(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsBool_FromLong(core_is_locked(&LOCK(self)->lock_core));
}

static HsObject *lock_repr(HsObject *self) {
    return HsUnicode_FromFormat("<%s %s object at %p>",
                                core_is_locked(&LOCK(self)->lock_core) ? "locked" : "unlocked",
                                Hs_TYPE(self)->tp_name, (void *)self);
}

static HsMethodDef lock_methods[] = {
    {"acquire_lock", HS_CFUNC(lock_acquire), HS_METH_FASTCALL | HS_METH_KEYWORDS, NULL},
    {"acquire", HS_CFUNC(lock_acquire), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Lock the lock; with blocking=False or a timeout, wait at most that long."},
    {"release_lock", HS_CFUNC(lock_release), HS_METH_NOARGS, NULL},
    {"release", HS_CFUNC(lock_release), HS_METH_NOARGS, "Release the lock."},
    {"locked_lock", HS_CFUNC(lock_locked), HS_METH_NOARGS, NULL},
    {"locked", HS_CFUNC(lock_locked), HS_METH_NOARGS, "Test whether the lock is locked."},
    {"__enter__", HS_CFUNC(lock_enter), HS_METH_NOARGS, NULL},
    {"__exit__", HS_CFUNC(lock_exit), HS_METH_VARARGS, "Release the lock."},
    {NULL, NULL, 0, NULL},
};

static HsTypeObject lock_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "_thread.lock",
    .tp_basicsize = sizeof(LockObject),
    .tp_dealloc = lock_dealloc,
    .tp_repr = lock_repr,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_methods = lock_methods,
    .tp_weaklistoffset = offsetof(LockObject, lock_weakreflist),
    .tp_alloc = HsType_GenericAlloc,
};

/* ==== RLock ==== */

typedef struct RLockObject {
    HsObject ob_base;
    HsObject *rlock_weakreflist;
    unsigned long rlock_owner; /* get_ident() of the owner, 0 when free */
    unsigned long rlock_count;
    LockCore rlock_core;
} RLockObject;

#define RLOCK(op) ((RLockObject *)(op))

static HsObject *rlock_new(HsTypeObject *type, HsObject *args, HsObject *kw) {
    (void)args;
    (void)kw;
    RLockObject *r = (RLockObject *)type->tp_alloc(type, 0);
    if (r != NULL) {
        core_init(&r->rlock_core);
    }
    return (HsObject *)r;
}

static void rlock_dealloc(HsObject *op) {
    if (RLOCK(op)->rlock_weakreflist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    core_fini(&RLOCK(op)->rlock_core);
    Hs_TYPE(op)->tp_free(op);
}

/* Take 'r' for the calling thread (timeout as core_acquire). Returns 1, 0, or -1. */
static int rlock_take(RLockObject *r, double timeout) {
    unsigned long me = hs_vm_tstate()->ts_ident;
    if (r->rlock_count > 0 && r->rlock_owner == me) {
        if (r->rlock_count == (unsigned long)-1) {
            HsErr_SetString(HsExc_OverflowError, "Internal lock count overflowed");
            return -1;
        }
        r->rlock_count++;
        return 1;
    }
    if (!core_acquire(&r->rlock_core, timeout)) {
        return 0;
    }
    r->rlock_owner = me;
    r->rlock_count = 1;
    return 1;
}

static HsObject *rlock_acquire(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                               HsObject *kwnames) {
    double timeout;
    if (parse_acquire(args, nargs, kwnames, &timeout) < 0) {
        return NULL;
    }
    int r = rlock_take(RLOCK(self), timeout);
    return r < 0 ? NULL : HsBool_FromLong(r);
}

static HsObject *rlock_enter(HsObject *self, HsObject *unused) {
    (void)unused;
    int r = rlock_take(RLOCK(self), -1.0);
    return r < 0 ? NULL : HsBool_FromLong(r);
}

static HsObject *rlock_release(HsObject *self, HsObject *unused) {
    (void)unused;
    RLockObject *r = RLOCK(self);
    if (r->rlock_count == 0 || r->rlock_owner != hs_vm_tstate()->ts_ident) {
        HsErr_SetString(HsExc_RuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    if (--r->rlock_count == 0) {
        r->rlock_owner = 0;
        core_release(&r->rlock_core);
    }
    Hs_RETURN_NONE;
}

static HsObject *rlock_exit(HsObject *self, HsObject *args) {
    (void)args;
    return rlock_release(self, NULL);
}

/* _release_save(): release completely; Return: new reference to (count, owner). */
static HsObject *rlock_release_save(HsObject *self, HsObject *unused) {
    (void)unused;
    RLockObject *r = RLOCK(self);
    if (r->rlock_count == 0) {
        HsErr_SetString(HsExc_RuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    HsObject *count = HsLong_FromUnsignedLongLong(r->rlock_count);
    HsObject *owner = HsLong_FromUnsignedLongLong(r->rlock_owner);
    HsObject *t = count != NULL && owner != NULL ? HsTuple_Pack(2, count, owner) : NULL;
    Hs_XDECREF(count);
    Hs_XDECREF(owner);
    if (t != NULL) {
        r->rlock_count = 0;
        r->rlock_owner = 0;
        core_release(&r->rlock_core);
    }
    return t;
}

/* _acquire_restore((count, owner)): take it back as _release_save left it. */
static HsObject *rlock_acquire_restore(HsObject *self, HsObject *state) {
    RLockObject *r = RLOCK(self);
    if (!HsTuple_Check(state) || Hs_SIZE(state) != 2) {
        return HsErr_Format(HsExc_TypeError, "_acquire_restore() argument must be a 2-tuple");
    }
    Hs_ssize_t count = HsLong_AsSsize_t(HS_TUPLE_GET(state, 0));
    Hs_ssize_t owner = HsLong_AsSsize_t(HS_TUPLE_GET(state, 1)); /* idents are < 2**63 */
    if (HsErr_Occurred()) {
        return NULL;
    }
    core_acquire(&r->rlock_core, -1.0);
    r->rlock_owner = (unsigned long)owner;
    r->rlock_count = (unsigned long)count;
    Hs_RETURN_NONE;
}

static HsObject *rlock_is_owned(HsObject *self, HsObject *unused) {
    (void)unused;
    RLockObject *r = RLOCK(self);
    return HsBool_FromLong(r->rlock_count > 0 && r->rlock_owner == hs_vm_tstate()->ts_ident);
}

static HsObject *rlock_recursion_count(HsObject *self, HsObject *unused) {
    (void)unused;
    RLockObject *r = RLOCK(self);
    int mine = r->rlock_owner == hs_vm_tstate()->ts_ident;
    return HsLong_FromUnsignedLongLong(mine ? r->rlock_count : 0);
}

static HsObject *rlock_repr(HsObject *self) {
    RLockObject *r = RLOCK(self);
    return HsUnicode_FromFormat("<%s %s object owner=%lu count=%lu at %p>",
                                r->rlock_count ? "locked" : "unlocked", Hs_TYPE(self)->tp_name,
                                r->rlock_owner, r->rlock_count, (void *)self);
}

static HsMethodDef rlock_methods[] = {
    {"acquire", HS_CFUNC(rlock_acquire), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Lock the lock; a thread that owns it may lock it again."},
    {"release", HS_CFUNC(rlock_release), HS_METH_NOARGS, "Release the lock once."},
    {"_is_owned", HS_CFUNC(rlock_is_owned), HS_METH_NOARGS, NULL},
    {"_release_save", HS_CFUNC(rlock_release_save), HS_METH_NOARGS, NULL},
    {"_acquire_restore", HS_CFUNC(rlock_acquire_restore), HS_METH_O, NULL},
    {"_recursion_count", HS_CFUNC(rlock_recursion_count), HS_METH_NOARGS, NULL},
    {"__enter__", HS_CFUNC(rlock_enter), HS_METH_NOARGS, NULL},
    {"__exit__", HS_CFUNC(rlock_exit), HS_METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static HsTypeObject rlock_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "_thread.RLock",
    .tp_basicsize = sizeof(RLockObject),
    .tp_dealloc = rlock_dealloc,
    .tp_repr = rlock_repr,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_BASETYPE,
    .tp_methods = rlock_methods,
    .tp_weaklistoffset = offsetof(RLockObject, rlock_weakreflist),
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = rlock_new,
};

/* ==== _local ==== */

typedef struct LocalObject {
    HsObject ob_base;
    HsObject *local_args; /* arguments for __init__ in each new thread */
    HsObject *local_kw;
    HsObject *local_dict; /* the accessing thread's dict while an access runs, else NULL */
    HsObject *local_key;  /* the key of this local's dict in each ts_dict */
    HsObject *local_weakreflist;
} LocalObject;

#define LOCAL(op) ((LocalObject *)(op))

static HsTypeObject local_type;

/* The calling thread's dict for 'self', made (and __init__ run again, for a subclass) on
 * the thread's first access. Return: borrowed (owned by the thread state), or NULL. */
static HsObject *local_thread_dict(LocalObject *self) {
    HsThreadState *ts = hs_vm_tstate();
    if (ts->ts_dict == NULL && (ts->ts_dict = HsDict_New()) == NULL) {
        return NULL;
    }
    HsObject *d = HsDict_GetItemWithError(ts->ts_dict, self->local_key);
    if (d != NULL || HsErr_Occurred()) {
        return d;
    }
    d = HsDict_New();
    if (d == NULL || HsDict_SetItem(ts->ts_dict, self->local_key, d) < 0) {
        Hs_XDECREF(d);
        return NULL;
    }
    Hs_DECREF(d); /* ts_dict holds it */
    HsTypeObject *tp = Hs_TYPE(self);
    if (tp->tp_init != HsBaseObject_Type.tp_init) {
        Hs_XSETREF(self->local_dict, Hs_NewRef(d));
        if (tp->tp_init((HsObject *)self, self->local_args, self->local_kw) < 0) {
            HsDict_DelItem(ts->ts_dict, self->local_key);
            return NULL;
        }
    }
    return HsDict_GetItemWithError(ts->ts_dict, self->local_key);
}

static HsObject *local_new(HsTypeObject *type, HsObject *args, HsObject *kw) {
    if (type->tp_init == HsBaseObject_Type.tp_init &&
        ((args != NULL && Hs_SIZE(args) > 0) || (kw != NULL && HsDict_Size(kw) > 0))) {
        return HsErr_Format(HsExc_TypeError, "Initialization arguments are not supported");
    }
    LocalObject *self = (LocalObject *)type->tp_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    self->local_args = args != NULL ? Hs_NewRef(args) : HsTuple_New(0);
    self->local_kw = kw != NULL ? Hs_NewRef(kw) : NULL;
    self->local_key = HsUnicode_FromFormat("_thread._local.%p", (void *)self);
    HsThreadState *ts = hs_vm_tstate();
    HsObject *d = self->local_key != NULL ? HsDict_New() : NULL;
    if (d != NULL && ts->ts_dict == NULL) {
        ts->ts_dict = HsDict_New();
    }
    if (d == NULL || ts->ts_dict == NULL || HsDict_SetItem(ts->ts_dict, self->local_key, d) < 0) {
        Hs_XDECREF(d);
        Hs_DECREF(self);
        return NULL;
    }
    Hs_DECREF(d);
    return (HsObject *)self;
}

static int local_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    LocalObject *l = LOCAL(op);
    HsObject *fields[] = {l->local_args, l->local_kw, l->local_dict};
    for (int i = 0; i < 3; i++) {
        if (fields[i] != NULL && visit(fields[i], arg) < 0) {
            return -1;
        }
    }
    return 0;
}

static int local_clear(HsObject *op) {
    LocalObject *l = LOCAL(op);
    Hs_CLEAR(l->local_args);
    Hs_CLEAR(l->local_kw);
    Hs_CLEAR(l->local_dict);
    return 0;
}

static void local_dealloc(HsObject *op) {
    LocalObject *l = LOCAL(op);
    hs_gc_untrack(op);
    if (l->local_weakreflist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    HsObject *exc = HsErr_GetRaisedException();
    for (HsThreadState *t = hs_vm_tstate_first(); l->local_key != NULL && t != NULL;
         t = hs_vm_tstate_next(t)) {
        if (t->ts_dict != NULL && HsDict_DelItem(t->ts_dict, l->local_key) < 0) {
            HsErr_Clear(); /* that thread never used it */
        }
    }
    HsErr_SetRaisedException(exc);
    local_clear(op);
    Hs_CLEAR(l->local_key);
    Hs_TYPE(op)->tp_free(op);
}

static HsObject *local_getattro(HsObject *op, HsObject *name) {
    LocalObject *l = LOCAL(op);
    HsObject *d = local_thread_dict(l);
    if (d == NULL) {
        return NULL;
    }
    if (HsUnicode_Check(name) && hs_str_eq_ascii(name, "__dict__")) {
        return Hs_NewRef(d);
    }
    Hs_XSETREF(l->local_dict, Hs_NewRef(d));
    HsObject *r = HsObject_GenericGetAttr(op, name);
    Hs_CLEAR(l->local_dict);
    return r;
}

static int local_setattro(HsObject *op, HsObject *name, HsObject *value) {
    LocalObject *l = LOCAL(op);
    HsObject *d = local_thread_dict(l);
    if (d == NULL) {
        return -1;
    }
    if (HsUnicode_Check(name) && hs_str_eq_ascii(name, "__dict__")) {
        HsErr_Format(HsExc_AttributeError, "'%.100s' object attribute '__dict__' is read-only",
                     Hs_TYPE(op)->tp_name);
        return -1;
    }
    Hs_XSETREF(l->local_dict, Hs_NewRef(d));
    int r = HsObject_GenericSetAttr(op, name, value);
    Hs_CLEAR(l->local_dict);
    return r;
}

static HsTypeObject local_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "_thread._local",
    .tp_basicsize = sizeof(LocalObject),
    .tp_dealloc = local_dealloc,
    .tp_getattro = local_getattro,
    .tp_setattro = local_setattro,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "Thread-local data",
    .tp_traverse = local_traverse,
    .tp_clear = local_clear,
    .tp_dictoffset = offsetof(LocalObject, local_dict),
    .tp_weaklistoffset = offsetof(LocalObject, local_weakreflist),
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = local_new,
};

/* ==== starting threads ==== */

typedef struct Boot {
    HsThreadState *boot_ts;
    HsObject *boot_func, *boot_args, *boot_kwargs; /* owned */
} Boot;

static size_t stack_size_bytes; /* 0: the system's default */

/* "Exception ignored in thread started by: <func>" and the traceback (CPython's
 * thread_run: _PyErr_WriteUnraisableMsg). */
static void report_thread_error(HsObject *func) {
    HsObject *exc = HsErr_GetRaisedException();
    HsObject *r = HsObject_Repr(func);
    HsErr_Clear();
    hs_stdio_flush_all();
    fprintf(stderr, "Exception ignored in thread started by: %s\n",
            r != NULL ? HsUnicode_AsUTF8(r) : "<object repr() failed>");
    Hs_XDECREF(r);
    hs_vm_print_exception(exc, stderr);
    fflush(stderr);
    Hs_DECREF(exc);
}

static void *thread_run(void *arg) {
    Boot *b = arg;
    HsThreadState *ts = b->boot_ts;
    hs_vm_gil_take(ts);
    ts->ts_native_id = hs_vm_thread_native_id();
    HsObject *res = HsObject_Call(b->boot_func, b->boot_args, b->boot_kwargs);
    if (res == NULL) {
        if (HsErr_ExceptionMatches(HsExc_SystemExit)) {
            HsErr_Clear();
        } else {
            report_thread_error(b->boot_func);
        }
    }
    Hs_XDECREF(res);
    Hs_DECREF(b->boot_func);
    Hs_DECREF(b->boot_args);
    Hs_XDECREF(b->boot_kwargs);
    hs_mem_raw_free(b);
    hs_vm_tstate_delete_current(ts); /* frees the state and drops the GIL */
    return NULL;
}

/* start_new_thread(function, args, kwargs=None) -> ident. */
static HsObject *thread_start_new(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("start_new_thread", nargs, 2, 3) < 0) {
        return NULL;
    }
    if (!HsCallable_Check(args[0])) {
        return HsErr_Format(HsExc_TypeError, "first arg must be callable");
    }
    if (!HsTuple_Check(args[1])) {
        return HsErr_Format(HsExc_TypeError, "2nd arg must be a tuple");
    }
    HsObject *kwargs = nargs > 2 ? args[2] : NULL;
    if (kwargs != NULL && !HsDict_Check(kwargs)) {
        return HsErr_Format(HsExc_TypeError, "optional 3rd arg must be a dictionary");
    }
    if (hs_vm_is_finalizing()) {
        return HsErr_Format(HsExc_RuntimeError, "can't create new thread at interpreter "
                                                "shutdown");
    }
    Boot *b = hs_mem_raw_malloc(sizeof *b);
    HsThreadState *ts = b != NULL ? hs_vm_tstate_new() : NULL;
    if (ts == NULL) {
        hs_mem_raw_free(b);
        return HsErr_NoMemory();
    }
    b->boot_ts = ts;
    b->boot_func = Hs_NewRef(args[0]);
    b->boot_args = Hs_NewRef(args[1]);
    b->boot_kwargs = kwargs != NULL ? Hs_NewRef(kwargs) : NULL;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (stack_size_bytes != 0) {
        pthread_attr_setstacksize(&attr, stack_size_bytes);
    }
    pthread_t tid;
    int err = pthread_create(&tid, &attr, thread_run, b);
    pthread_attr_destroy(&attr);
    if (err != 0) {
        Hs_DECREF(b->boot_func);
        Hs_DECREF(b->boot_args);
        Hs_XDECREF(b->boot_kwargs);
        hs_mem_raw_free(b);
        hs_vm_tstate_unlink(ts);
        return HsErr_Format(HsExc_RuntimeError, "can't start new thread");
    }
    ts->ts_ident = (unsigned long)tid; /* the new thread waits for the GIL: not read yet */
    return HsLong_FromUnsignedLongLong(ts->ts_ident);
}

/* ==== module functions ==== */

static HsObject *thread_allocate_lock(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return lock_new_object();
}

static HsObject *thread_get_ident(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsLong_FromUnsignedLongLong(hs_vm_thread_ident());
}

static HsObject *thread_get_native_id(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsLong_FromUnsignedLongLong(hs_vm_thread_native_id());
}

static HsObject *thread_count(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsLong_FromLong(hs_vm_tstate_count() - 1);
}

static HsObject *thread_exit(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    HsErr_SetObject(HsExc_SystemExit, NULL);
    return NULL;
}

/* The sentinel's end: the thread state is going (GIL held). */
static void sentinel_release(void *data) {
    HsObject *lock = data;
    LockCore *c = &LOCK(lock)->lock_core;
    if (core_is_locked(c)) {
        core_release(c);
    }
    Hs_DECREF(lock);
}

/* _set_sentinel(): a new lock, released (if the thread has acquired it) when this thread's
 * state is deleted; threading's join waits on it. Return: new reference. */
static HsObject *thread_set_sentinel(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    HsThreadState *ts = hs_vm_tstate();
    HsObject *lock = lock_new_object();
    if (lock == NULL) {
        return NULL;
    }
    if (ts->ts_on_delete != NULL) {
        ts->ts_on_delete(ts->ts_on_delete_data); /* an older sentinel: released */
    }
    ts->ts_on_delete = sentinel_release;
    ts->ts_on_delete_data = Hs_NewRef(lock);
    return lock;
}

static HsObject *thread_stack_size(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("stack_size", nargs, 0, 1) < 0) {
        return NULL;
    }
    size_t old = stack_size_bytes;
    if (nargs == 1) {
        Hs_ssize_t n = HsNumber_AsSsize_t(args[0], HsExc_OverflowError);
        if (n == -1 && HsErr_Occurred()) {
            return NULL;
        }
        if (n != 0 && n < 32768) {
            return HsErr_Format(HsExc_ValueError, "size not valid: %zd bytes", n);
        }
        stack_size_bytes = (size_t)n;
    }
    return HsLong_FromSsize_t((Hs_ssize_t)old);
}

/* _format_exception(exc) -> str: 'exc' as an uncaught exception's report (traceback and
 * all), for threading.excepthook to write to sys.stderr. */
static HsObject *thread_format_exception(HsObject *self, HsObject *exc) {
    (void)self;
    if (!HsObject_TypeCheck(exc, (HsTypeObject *)HsExc_BaseException)) {
        return HsErr_Format(HsExc_TypeError, "an exception is required");
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    if (out == NULL) {
        return HsErr_NoMemory();
    }
    hs_vm_print_exception(exc, out);
    fclose(out);
    HsObject *s = HsUnicode_FromStringAndSize(buf, (Hs_ssize_t)len);
    free(buf);
    return s;
}

static HsObject *thread_daemon_allowed(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    Hs_RETURN_TRUE;
}

static HsMethodDef thread_methods[] = {
    {"start_new_thread", HS_CFUNC(thread_start_new), HS_METH_FASTCALL,
     "Start a new thread running function(*args, **kwargs); return its identifier."},
    {"start_new", HS_CFUNC(thread_start_new), HS_METH_FASTCALL, NULL},
    {"allocate_lock", HS_CFUNC(thread_allocate_lock), HS_METH_NOARGS,
     "Create a new lock object."},
    {"allocate", HS_CFUNC(thread_allocate_lock), HS_METH_NOARGS, NULL},
    {"get_ident", HS_CFUNC(thread_get_ident), HS_METH_NOARGS,
     "Return a non-zero integer identifying the current thread."},
    {"get_native_id", HS_CFUNC(thread_get_native_id), HS_METH_NOARGS,
     "Return the kernel's id of the current thread."},
    {"_count", HS_CFUNC(thread_count), HS_METH_NOARGS, NULL},
    {"exit", HS_CFUNC(thread_exit), HS_METH_NOARGS, "Raise SystemExit."},
    {"exit_thread", HS_CFUNC(thread_exit), HS_METH_NOARGS, NULL},
    {"_set_sentinel", HS_CFUNC(thread_set_sentinel), HS_METH_NOARGS, NULL},
    {"stack_size", HS_CFUNC(thread_stack_size), HS_METH_FASTCALL, NULL},
    {"_format_exception", HS_CFUNC(thread_format_exception), HS_METH_O, NULL},
    {"daemon_threads_allowed", HS_CFUNC(thread_daemon_allowed), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* ==== internal API ==== */

void hs_thread_shutdown(void) {
    HsObject *modules = hs_sys_get_object("modules");
    HsObject *threading = modules != NULL ? HsDict_GetItemString(modules, "threading") : NULL;
    if (threading == NULL) {
        return; /* no thread was started through threading: nothing to wait for */
    }
    Hs_INCREF(threading);
    HsObject *fn = HsObject_GetAttrString(threading, "_shutdown");
    HsObject *r = fn != NULL ? HsObject_CallNoArgs(fn) : NULL;
    Hs_XDECREF(fn);
    if (r == NULL) {
        HsErr_WriteUnraisable(NULL);
    }
    Hs_XDECREF(r);
    Hs_DECREF(threading);
}

int hs_thread_init(HsObject **module_out) {
    *module_out = NULL;
    if (HsType_Ready(&lock_type) < 0 || HsType_Ready(&rlock_type) < 0 ||
        HsType_Ready(&local_type) < 0) {
        return -1;
    }
    HsObject *m = HsModule_New("_thread");
    if (m == NULL) {
        return -1;
    }
    HsObject *tmax = HsFloat_FromDouble(TIMEOUT_MAX_SECONDS);
    if (tmax == NULL || HsModule_AddFunctions(m, thread_methods) < 0 ||
        HsModule_AddObjectRef(m, "LockType", (HsObject *)&lock_type) < 0 ||
        HsModule_AddObjectRef(m, "RLock", (HsObject *)&rlock_type) < 0 ||
        HsModule_AddObjectRef(m, "_local", (HsObject *)&local_type) < 0 ||
        HsModule_AddObjectRef(m, "error", HsExc_RuntimeError) < 0 ||
        HsModule_AddObjectRef(m, "TIMEOUT_MAX", tmax) < 0) {
        Hs_XDECREF(tmax);
        Hs_DECREF(m);
        return -1;
    }
    Hs_DECREF(tmax);
    *module_out = m;
    return 0;
}
