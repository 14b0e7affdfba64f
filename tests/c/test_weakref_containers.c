/* The weak containers of the weakref module (src/modules/weakref_containers.c, weakref_dicts.c,
 * weakref_set.c) at the level of references: a WeakValueDictionary entry holds its key twice
 * (dict key and KeyedRef.key) and its value not at all, and goes when the value dies; while an
 * iterator runs, removals wait in the pending list and are committed when it ends, and the
 * iterator keeps the value it last produced alive (as the generator's local does in CPython);
 * a WeakKeyDictionary and a WeakSet lose entries whose referents the collector frees, and
 * the container itself is not part of that garbage; a WeakMethod lives while both the
 * instance and the function do and calls back once. */
#include "test_builtins_support.h"
#include "internal/hs_gc.h"
#include "internal/hs_modules_weakref.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_weakref.h"

/* ==== helpers ==== */

static void start(void) {
    tb_init();
    static int ready;
    if (!ready) {
        HsObject *m = HsModule_New("weakref_test");
        if (m == NULL || hs_weakref_add_classes(m) < 0) {
            printf("weakref classes failed\n");
            exit(1);
        }
        Hs_DECREF(m);
        ready = 1;
    }
    hs_gc_collect(2);
}

/* A new empty container of 'type'. Return: new reference. */
static HsObject *make(HsTypeObject *type) {
    return HsObject_CallNoArgs((HsObject *)type);
}

static Hs_ssize_t pending(HsObject *c) {
    return HsList_Size(HS_WC(c)->wc_pending);
}

/* ==== WeakValueDictionary ==== */

static void test_value_dict_refcounts(void) {
    start();
    HsObject *d = make(&HsWeakValueDictionary_Type);
    HS_CHECK(d != NULL);
    HsObject *key = S("some key");
    HsObject *val = HsSet_New(NULL);
    Hs_ssize_t key_before = Hs_REFCNT(key);
    HS_CHECK_EQ(HsObject_SetItem(d, key, val), 0);
    HS_CHECK_EQ(Hs_REFCNT(val), 1);              // not held by the dictionary
    HS_CHECK_EQ(Hs_REFCNT(key), key_before + 2); // dict key and KeyedRef.key
    HsObject *kr = HsDict_GetItemWithError(HS_WC(d)->wc_data, key);
    HS_CHECK(kr != NULL && Hs_TYPE(kr) == &HsKeyedRef_Type);
    HS_CHECK(HsWeakref_GetObject(kr) == val);
    HS_CHECK_EQ(HsObject_Size(d), 1);
    HsObject *got = HsObject_GetItem(d, key);
    HS_CHECK(got == val);
    Hs_DECREF(got);
    Hs_DECREF(val); // the entry goes with the value
    HS_CHECK_EQ(HsDict_Size(HS_WC(d)->wc_data), 0);
    HS_CHECK_EQ(Hs_REFCNT(key), key_before);
    Hs_DECREF(key);
    Hs_DECREF(d);
}

static void test_value_dict_pending_while_iterating(void) {
    start();
    HsObject *d = make(&HsWeakValueDictionary_Type);
    HsObject *a = HsSet_New(NULL), *b = HsSet_New(NULL);
    HsObject *ka = S("a"), *kb = S("b");
    HS_CHECK_EQ(HsObject_SetItem(d, ka, a), 0);
    HS_CHECK_EQ(HsObject_SetItem(d, kb, b), 0);
    HsObject *values = HsObject_CallMethodNoArgs(d, hs_builtins_name("values"));
    HS_CHECK(values != NULL);
    HsObject *first = HsIter_Next(values); // 'a': the iterator now holds it too
    HS_CHECK(first == a);
    HS_CHECK_EQ(Hs_REFCNT(a), 3);
    HS_CHECK_EQ(HS_WC(d)->wc_iterating, 1);
    Hs_DECREF(first);
    Hs_DECREF(a);
    Hs_DECREF(b); // dies now, but its removal waits
    HS_CHECK_EQ(pending(d), 1);
    HS_CHECK_EQ(HsDict_Size(HS_WC(d)->wc_data), 2);
    Hs_DECREF(values); // ends the guard (commit), then lets 'a' go: removed at once
    HS_CHECK_EQ(HS_WC(d)->wc_iterating, 0);
    HS_CHECK_EQ(pending(d), 0);
    HS_CHECK_EQ(HsDict_Size(HS_WC(d)->wc_data), 0);
    Hs_DECREF(ka);
    Hs_DECREF(kb);
    Hs_DECREF(d);
}

/* ==== WeakKeyDictionary and WeakSet under the collector ==== */

static void test_key_dict_and_set_lose_collected_referents(void) {
    start();
    HsObject *wk = make(&HsWeakKeyDictionary_Type);
    HsObject *ws = make(&HsWeakSet_Type);
    HsObject *m = HsModule_New("cyclic");
    HS_CHECK(HsModule_AddObjectRef(m, "self", m) == 0);
    HsObject *one = I(1);
    HS_CHECK_EQ(HsObject_SetItem(wk, m, one), 0);
    HsObject *r = HsObject_CallMethodOneArg(ws, hs_builtins_name("add"), m);
    HS_CHECK(r == Hs_None);
    Hs_DECREF(r);
    HS_CHECK_EQ(HsObject_Size(wk), 1);
    HS_CHECK_EQ(HsObject_Size(ws), 1);
    HS_CHECK_EQ(HsWeakref_GetCount(m), 2);
    Hs_DECREF(m);
    // the module and its dict, plus the two entry weakrefs that the removal callbacks drop
    // (the collector counts a weakref freed right after its callback, as CPython 3.11)
    HS_CHECK_EQ(hs_gc_collect(2), 4);
    HS_CHECK_EQ(HsObject_Size(wk), 0);
    HS_CHECK_EQ(HsObject_Size(ws), 0);
    HS_CHECK_EQ(HsDict_Size(HS_WC(wk)->wc_data), 0);
    HS_CHECK_EQ(HsSet_Size(HS_WC(ws)->wc_data), 0);
    Hs_DECREF(one);
    Hs_DECREF(wk);
    Hs_DECREF(ws);
}

/* A container that dies first: its entries' weakrefs go with its data, and the referents
 * dying later call nothing. */
static void test_container_dies_first(void) {
    start();
    HsObject *ws = make(&HsWeakSet_Type);
    HsObject *item = HsFrozenSet_New(NULL);
    HsObject *r = HsObject_CallMethodOneArg(ws, hs_builtins_name("add"), item);
    Hs_XDECREF(r);
    HS_CHECK_EQ(HsWeakref_GetCount(item), 1);
    Hs_DECREF(ws);
    HS_CHECK_EQ(HsWeakref_GetCount(item), 0);
    Hs_DECREF(item);
    HS_CHECK(!HsErr_Occurred());
}

/* ==== WeakMethod ==== */

static HsObject *meth_impl(HsObject *self, HsObject *arg) {
    (void)self;
    return Hs_NewRef(arg);
}

static HsMethodDef meth_def = {"impl", HS_CFUNC(meth_impl), HS_METH_O, NULL};

static int wm_calls;

static HsObject *wm_callback(HsObject *self, HsObject *wm) {
    (void)self;
    (void)wm;
    wm_calls++;
    return Hs_NewRef(Hs_None);
}

static HsMethodDef wm_cb_def = {"cb", HS_CFUNC(wm_callback), HS_METH_O, NULL};

/* A WeakMethod of a bound method (here of a builtin as function, bound to a set): alive while
 * both are; calling it rebuilds an equal bound method; the callback runs once, when the first
 * of the two dies. */
static void test_weak_method(void) {
    start();
    HsObject *func = HsCFunction_NewEx(&meth_def, NULL, NULL);
    HsObject *obj = HsSet_New(NULL);
    HsObject *meth = HsMethod_New(func, obj);
    HsObject *cb = HsCFunction_NewEx(&wm_cb_def, NULL, NULL);
    HsObject *m = HsModule_New("weakref_test2");
    HS_CHECK(hs_weakref_add_classes(m) == 0);
    HsObject *WM = HsObject_GetAttrString(m, "WeakMethod");
    HsObject *args[2] = {meth, cb};
    HsObject *wm = HsObject_Vectorcall(WM, args, 2, NULL);
    HS_CHECK(wm != NULL && HsWeakref_CheckRef(wm));
    HS_CHECK_EQ(Hs_REFCNT(obj), 2); // meth only
    HS_CHECK_EQ(Hs_REFCNT(func), 2);
    Hs_DECREF(meth);
    HsObject *again = HsObject_CallNoArgs(wm);
    HS_CHECK(again != NULL && HsMethod_Check(again));
    HsMethodObject *bound = (HsMethodObject *)again;
    HS_CHECK(bound->im_self == obj && bound->im_func == func);
    Hs_DECREF(again);
    wm_calls = 0;
    Hs_DECREF(obj);
    HS_CHECK_EQ(wm_calls, 1);
    HsObject *dead = HsObject_CallNoArgs(wm);
    HS_CHECK(dead == Hs_None);
    Hs_DECREF(dead);
    Hs_DECREF(func); // the second death calls nothing more
    HS_CHECK_EQ(wm_calls, 1);
    Hs_DECREF(wm);
    Hs_DECREF(WM);
    Hs_DECREF(m);
    Hs_DECREF(cb);
}

HS_TEST_MAIN(test_value_dict_refcounts, test_value_dict_pending_while_iterating,
             test_key_dict_and_set_lose_collected_referents, test_container_dies_first,
             test_weak_method)
