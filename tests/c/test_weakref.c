/* Weak references (src/obj/weakrefobject.c, weakrefproxy.c) against CPython 3.11's
 * Objects/weakrefobject.c: sizes (sys.getsizeof of a ref is 80 in python3 = 64 + the GC
 * head), exact refcounts (a weakref holds none on its referent, one on its callback), reuse of
 * the callback-less ref and proxy, the order of a referent's list, clearing and callback
 * order on dealloc (PyObject_ClearWeakRefs), a callback dropping another weakref while the
 * list is being called back, and clearing by the collector (handle_weakrefs): only weakrefs
 * outside the garbage call back, and gc.collect()'s count includes a weakref freed by its
 * own callback. */
#include "test_builtins_support.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_weakref.h"

/* ==== helpers ==== */

/* The callback log: "<tag>:<alive?>" per call, where alive says whether the ref still
 * pointed at something (it must not). */
static char events[256];
static HsObject *drop_on_call; /* a reference a callback drops (tag 9) */

static HsObject *cb_log(HsObject *self, HsObject *ref) {
    size_t n = strlen(events);
    long tag = HsLong_AsLong(self);
    snprintf(events + n, sizeof events - n, "%s%ld:%d", n ? " " : "", tag,
             HsWeakref_GetObject(ref) != Hs_None);
    if (tag == 9) {
        Hs_CLEAR(drop_on_call);
    }
    if (tag == 13) {
        return HsErr_Format(HsExc_ValueError, "callback 13 fails");
    }
    return Hs_NewRef(Hs_None);
}

static HsMethodDef cb_def = {"cb", HS_CFUNC(cb_log), HS_METH_O, NULL};

/* A callback logging 'tag'. Return: new reference. */
static HsObject *make_cb(long tag) {
    HsObject *t = I(tag);
    HsObject *f = HsCFunction_NewEx(&cb_def, t, NULL);
    Hs_DECREF(t);
    return f;
}

/* The unraisable report of the last failing callback: "<repr up to ' at'>: <message>". */
static char unraisable[256];

static void record_unraisable(HsObject *where) {
    HsObject *exc = HsErr_GetRaisedException();
    HsObject *r = HsObject_Repr(where), *msg = HsObject_Str(exc);
    const char *rs = HsUnicode_AsUTF8(r);
    const char *at = strstr(rs, " at 0x");
    snprintf(unraisable, sizeof unraisable, "%.*s>: %s", (int)(at - rs), rs,
             HsUnicode_AsUTF8(msg));
    Hs_DECREF(r);
    Hs_DECREF(msg);
    Hs_DECREF(exc);
}

static void start(void) {
    tb_init();
    hs_weakref_set_unraisable_hook(record_unraisable);
    hs_gc_collect(2);
    events[0] = '\0';
    unraisable[0] = '\0';
}

/* ==== sizes, refcounts, reuse ==== */

static void test_size_and_refcounts(void) {
    start();
    HS_CHECK_EQ(sizeof(HsWeakReference), 64);
    HS_CHECK_EQ(HsWeakrefRef_Type.tp_basicsize + (Hs_ssize_t)sizeof(HsGCHead), 80);
    HsObject *s = HsSet_New(NULL);
    HsObject *r = HsWeakref_NewRef(s, NULL);
    HS_CHECK(r != NULL);
    HS_CHECK_EQ(Hs_REFCNT(s), 1);
    HS_CHECK_EQ(Hs_REFCNT(r), 1);
    HS_CHECK(hs_gc_is_tracked(r));
    HsObject *r2 = HsWeakref_NewRef(s, Hs_None); // None is no callback: the same ref
    HS_CHECK(r2 == r);
    HS_CHECK_EQ(Hs_REFCNT(r), 2);
    Hs_DECREF(r2);
    HsObject *cb = make_cb(1);
    HsObject *rc = HsWeakref_NewRef(s, cb);
    HS_CHECK(rc != r);
    HS_CHECK_EQ(Hs_REFCNT(cb), 2);
    HS_CHECK_EQ(HsWeakref_GetCount(s), 2);
    HS_CHECK(HsWeakref_GetObject(rc) == s);
    Hs_DECREF(rc); // dropping a ref releases its callback, which is never called
    HS_CHECK_EQ(Hs_REFCNT(cb), 1);
    HS_CHECK_EQ(HsWeakref_GetCount(s), 1);
    Hs_DECREF(s);
    HS_CHECK(HsWeakref_GetObject(r) == Hs_None);
    HS_CHECK_EQ(events[0], '\0');
    Hs_DECREF(r);
    Hs_DECREF(cb);
}

static void test_not_weakrefable(void) {
    start();
    HsObject *l = HsList_New(0);
    HS_CHECK(HsWeakref_NewRef(l, NULL) == NULL);
    HsObject *exc = HsErr_GetRaisedException();
    HsObject *msg = HsObject_Str(exc);
    HS_CHECK(strcmp(HsUnicode_AsUTF8(msg), "cannot create weak reference to 'list' object") == 0);
    HS_CHECK_EQ(HsWeakref_GetCount(l), 0);
    Hs_DECREF(msg);
    Hs_DECREF(exc);
    Hs_DECREF(l);
}

/* Type objects and the other weakrefable built-ins; the rest refuse. */
static void test_weakrefable_types(void) {
    start();
    HS_CHECK(HsType_SupportsWeakrefs(&HsType_Type));
    HS_CHECK(HsType_SupportsWeakrefs(&HsSet_Type) && HsType_SupportsWeakrefs(&HsFrozenSet_Type));
    HS_CHECK(!HsType_SupportsWeakrefs(&HsList_Type) && !HsType_SupportsWeakrefs(&HsLong_Type));
    HsObject *r = HsWeakref_NewRef((HsObject *)&HsLong_Type, NULL);
    HS_CHECK(r != NULL && HsWeakref_GetObject(r) == (HsObject *)&HsLong_Type);
    HS_CHECK(HsLong_Type.tp_weaklist == r);
    HS_CHECK_EQ(HsWeakref_GetCount((HsObject *)&HsLong_Type), 1);
    HsObject *p = HsWeakref_NewProxy((HsObject *)&HsLong_Type, NULL);
    HS_CHECK(Hs_TYPE(p) == &HsWeakrefCallableProxy_Type); // a type is callable
    HS_CHECK_EQ(HsWeakref_GetCount((HsObject *)&HsLong_Type), 2);
    Hs_DECREF(p);
    Hs_DECREF(r);
    HS_CHECK(HsLong_Type.tp_weaklist == NULL);
}

/* CPython's list order: basic ref, basic proxy, then the rest newest first. */
static void test_list_order(void) {
    start();
    HsObject *s = HsSet_New(NULL);
    HsObject *c1 = make_cb(1), *c2 = make_cb(2), *c3 = make_cb(3);
    HsObject *w1 = HsWeakref_NewRef(s, c1);
    HsObject *p = HsWeakref_NewProxy(s, NULL);
    HsObject *w2 = HsWeakref_NewRef(s, c2);
    HsObject *r = HsWeakref_NewRef(s, NULL);
    HsObject *p3 = HsWeakref_NewProxy(s, c3);
    HS_CHECK(Hs_TYPE(p) == &HsWeakrefProxy_Type); // a set is not callable
    HS_CHECK(HsWeakref_NewProxy(s, NULL) == p);
    Hs_DECREF(p);
    HsObject *want[5] = {r, p, p3, w2, w1}; // python3: ['r', 'p', 'p3', 'w2', 'w1']
    HsWeakReference *cur = (HsWeakReference *)*hs_weakref_listptr(s);
    for (int i = 0; i < 5; i++, cur = cur->wr_next) {
        HS_CHECK(cur == (HsWeakReference *)want[i]);
    }
    HS_CHECK(cur == NULL);
    HS_CHECK_EQ(HsWeakref_GetCount(s), 5);
    Hs_DECREF(s); // cleared in list order; callbacks in that order after all are cleared
    HS_CHECK(strcmp(events, "3:0 2:0 1:0") == 0);
    HS_CHECK_EQ(Hs_REFCNT(c1), 1); // the callbacks were dropped
    HS_CHECK_EQ(Hs_REFCNT(c3), 1);
    for (int i = 0; i < 5; i++) {
        HS_CHECK(HsWeakref_GetObject(want[i]) == Hs_None);
        Hs_DECREF(want[i]);
    }
    Hs_DECREF(c1);
    Hs_DECREF(c2);
    Hs_DECREF(c3);
}

/* ==== clearing on dealloc ==== */

/* A callback that drops the last outside reference to a later weakref of the same list:
 * that weakref's callback still runs (the clearing holds a reference to it), then it goes. */
static void test_callback_drops_other_weakref(void) {
    start();
    HsObject *s = HsFrozenSet_New(NULL);
    HsObject *c9 = make_cb(9), *c2 = make_cb(2);
    drop_on_call = HsWeakref_NewRef(s, c2);
    HsObject *w9 = HsWeakref_NewRef(s, c9); // newer: called back first
    HsObject *w2 = Hs_NewRef(drop_on_call);
    HS_CHECK_EQ(Hs_REFCNT(w2), 2);
    Hs_DECREF(s);
    HS_CHECK(strcmp(events, "9:0 2:0") == 0);
    HS_CHECK(drop_on_call == NULL);
    HS_CHECK_EQ(Hs_REFCNT(w2), 1);
    HS_CHECK_EQ(Hs_REFCNT(c2), 1);
    Hs_DECREF(w2);
    Hs_DECREF(w9);
    Hs_DECREF(c9);
    Hs_DECREF(c2);
}

/* A weakref that dies before its referent calls nothing; a failing callback does not stop
 * the others, and an exception set before the clearing is still set after it. */
static void test_dead_ref_and_failing_callback(void) {
    start();
    HsObject *s = HsSet_New(NULL);
    HsObject *c1 = make_cb(1), *c13 = make_cb(13), *c3 = make_cb(3);
    HsObject *w1 = HsWeakref_NewRef(s, c1);
    HsObject *w13 = HsWeakref_NewRef(s, c13);
    HsObject *w3 = HsWeakref_NewRef(s, c3);
    Hs_DECREF(w1);
    HS_CHECK_EQ(HsWeakref_GetCount(s), 2);
    HsErr_SetString(HsExc_KeyError, "pending");
    Hs_DECREF(s);
    HS_CHECK(HsErr_Occurred() == HsExc_KeyError);
    HsErr_Clear();
    HS_CHECK(strcmp(events, "3:0 13:0") == 0);
    HS_CHECK(strcmp(unraisable, "<built-in method cb of int object>: callback 13 fails") == 0);
    Hs_DECREF(w13);
    Hs_DECREF(w3);
    Hs_DECREF(c1);
    Hs_DECREF(c13);
    Hs_DECREF(c3);
}

/* ==== clearing by the collector ==== */

/* Garbage: module m <-> its dict, which also holds wg (a weakref to m with a callback).
 * Outside: wb (basic), w1, w2 (callbacks), and w9 whose only owner (drop_on_call) is
 * dropped by its own callback, so the collector frees it right after and counts it. */
static void test_collector_clears_and_calls_back(void) {
    start();
    HsObject *m = HsModule_New("victim");
    HsObject *cg = make_cb(7), *c1 = make_cb(1), *c2 = make_cb(2), *c9 = make_cb(9);
    HsObject *wb = HsWeakref_NewRef(m, NULL);
    HsObject *w1 = HsWeakref_NewRef(m, c1);
    drop_on_call = HsWeakref_NewRef(m, c9);
    HsObject *w2 = HsWeakref_NewRef(m, c2);
    HsObject *wg = HsWeakref_NewRef(m, cg);
    Hs_DECREF(cg); // owned by wg only: part of the garbage
    HS_CHECK(HsModule_AddObjectRef(m, "self", m) == 0);
    HS_CHECK(HsModule_AddObjectRef(m, "wg", wg) == 0);
    Hs_DECREF(wg);
    Hs_DECREF(m);
    HS_CHECK_EQ(HsWeakref_GetObject(wb), m); // still alive: only the collector can free it
    // unreachable: module, its dict, wg, cg = 4; plus w9, freed after its callback = 5
    HS_CHECK_EQ(hs_gc_collect(2), 5);
    HS_CHECK(strcmp(events, "2:0 9:0 1:0") == 0); // never 7: wg was garbage itself
    HS_CHECK(HsWeakref_GetObject(wb) == Hs_None);
    HS_CHECK(HsWeakref_GetObject(w1) == Hs_None);
    HS_CHECK(drop_on_call == NULL);
    HS_CHECK_EQ(Hs_REFCNT(w1), 1);
    HS_CHECK_EQ(Hs_REFCNT(c1), 2); // the collector keeps the callback on a reachable ref
    Hs_DECREF(w1);
    HS_CHECK_EQ(Hs_REFCNT(c1), 1);
    Hs_DECREF(w2);
    Hs_DECREF(wb);
    Hs_DECREF(c1);
    Hs_DECREF(c2);
    Hs_DECREF(c9);
}

/* A weakref in a cycle with its own callback, both garbage, to a live referent: the
 * collector frees it without calling back and the referent's list loses it. */
static void test_garbage_weakref_to_live_object(void) {
    start();
    HsObject *s = HsSet_New(NULL);
    HsObject *l = HsList_New(0);
    HsObject *cb = make_cb(5);
    HsObject *w = HsWeakref_NewRef(s, cb);
    HsList_Append(l, w);
    HsList_Append(l, l);
    HsList_Append(l, cb);
    Hs_DECREF(w);
    Hs_DECREF(cb);
    Hs_DECREF(l);
    HS_CHECK_EQ(HsWeakref_GetCount(s), 1);
    HS_CHECK_EQ(hs_gc_collect(2), 3); // list, weakref, cfunction
    HS_CHECK_EQ(HsWeakref_GetCount(s), 0);
    HS_CHECK_EQ(events[0], '\0');
    Hs_DECREF(s);
    HS_CHECK_EQ(events[0], '\0');
}

HS_TEST_MAIN(test_size_and_refcounts, test_not_weakrefable, test_weakrefable_types,
             test_list_order,
             test_callback_drops_other_weakref, test_dead_ref_and_failing_callback,
             test_collector_clears_and_calls_back, test_garbage_weakref_to_live_object)
