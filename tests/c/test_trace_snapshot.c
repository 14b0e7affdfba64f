/* The step tracer's snapshot API without a running program (src/trace/snapshot.c,
 * summary.c): summaries against CPython 3.11's repr() (tests/c/data/trace_summary.h, made
 * by tools/gen_trace_summary.py), and a snapshot of a globals dict: variables in order,
 * dunder names hidden, objects breadth first with exact refcounts, sizes, edges and labels,
 * GC state and allocator blocks, the object cap, and no reference taken. The traced runs
 * (frames, steps, events, JSON) are tested by tools/test_trace.py. */
#include "hs_test.h"

#include "internal/hs_trace.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_long.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_vm.h"

#include <math.h>

#include "data/trace_summary.h"

/* ==== helpers ==== */

static int summary_is(HsObject *op, const char *want, char *got, size_t cap) {
    hs_trace_summary(op, got, cap);
    if (strcmp(got, want) != 0) {
        printf("  summary %s, want %s\n", got, want);
        return 0;
    }
    return 1;
}

static HsObject *int_from_decimal(const char *dec) {
    HsObject *s = HsUnicode_FromString(dec);
    HsObject *v = s != NULL ? HsLong_FromUnicodeObject(s, 10) : NULL;
    Hs_XDECREF(s);
    return v;
}

/* ==== summaries ==== */

static void test_summary_scalars(void) {
    HS_CHECK(hs_vm_init() == 0);
    char got[4 * HS_TRACE_REPR_CHARS + 8];
    int ok = 1;
    for (size_t i = 0; i < sizeof trace_floats / sizeof trace_floats[0]; i++) {
        HsObject *f = HsFloat_FromDouble(trace_floats[i].v);
        ok &= summary_is(f, trace_floats[i].want, got, sizeof got);
        Hs_DECREF(f);
    }
    for (size_t i = 0; i < sizeof trace_ints / sizeof trace_ints[0]; i++) {
        HsObject *v = int_from_decimal(trace_ints[i].dec);
        HS_CHECK(v != NULL);
        ok &= summary_is(v, trace_ints[i].want, got, sizeof got);
        Hs_DECREF(v);
    }
    for (size_t i = 0; i < sizeof trace_strs / sizeof trace_strs[0]; i++) {
        HsObject *s = HsUnicode_FromString(trace_strs[i].utf8);
        HS_CHECK(s != NULL);
        ok &= summary_is(s, trace_strs[i].want, got, sizeof got);
        Hs_DECREF(s);
    }
    for (size_t i = 0; i < sizeof trace_bytes / sizeof trace_bytes[0]; i++) {
        HsObject *b = HsBytes_FromStringAndSize(trace_bytes[i].data, trace_bytes[i].len);
        ok &= summary_is(b, trace_bytes[i].want, got, sizeof got);
        Hs_DECREF(b);
    }
    HS_CHECK(ok);
    HS_CHECK(summary_is(Hs_None, "None", got, sizeof got));
    HS_CHECK(summary_is(Hs_True, "True", got, sizeof got));
}

static void test_summary_containers(void) {
    char got[4 * HS_TRACE_REPR_CHARS + 8];
    HsObject *inner = HsList_New(0), *f = HsFloat_FromDouble(3.0);
    HS_CHECK(HsList_Append(inner, f) == 0);
    HsObject *lst = HsList_New(0), *s = HsUnicode_FromString("it's"), *k = HsLong_FromLong(1000);
    HsObject *h = HsFloat_FromDouble(1.5), *empty_t = HsTuple_New(0), *empty_d = HsDict_New();
    HsObject *items[] = {h, s, k, inner, empty_t, empty_d};
    for (size_t i = 0; i < 6; i++) {
        HS_CHECK(HsList_Append(lst, items[i]) == 0);
    }
    HS_CHECK(summary_is(lst, trace_list_want, got, sizeof got));
    HsObject *tup = HsTuple_Pack(1, h);
    HS_CHECK(summary_is(tup, trace_tuple_want, got, sizeof got));
    HsObject *d = HsDict_New(), *v = HsUnicode_FromString("v"), *el = HsList_New(0);
    HS_CHECK(HsDict_SetItemString(d, "k", h) == 0 && HsDict_SetItem(d, k, v) == 0 &&
             HsDict_SetItem(d, empty_t, el) == 0);
    HS_CHECK(summary_is(d, trace_dict_want, got, sizeof got));
    HsObject *big = HsList_New(0);
    for (long i = 300; i < 330; i++) {
        HsObject *n = HsLong_FromLong(i);
        HS_CHECK(HsList_Append(big, n) == 0);
        Hs_DECREF(n);
    }
    HS_CHECK(summary_is(big, trace_long_list_want, got, sizeof got));
    HsObject *all[] = {inner, f, lst, s, k, h, empty_t, empty_d, tup, d, v, el, big};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        Hs_DECREF(all[i]);
    }
}

/* ==== snapshots ==== */

static const HsTraceVar *find_var(const HsTraceSnapshot *s, const char *name) {
    for (int i = 0; i < s->ts_nglobals; i++) {
        if (strcmp(s->ts_globals[i].tv_name, name) == 0) {
            return &s->ts_globals[i];
        }
    }
    return NULL;
}

static void test_snapshot_globals(void) {
    HsObject *g = HsDict_New(), *lst = HsList_New(0), *x = HsFloat_FromDouble(1.5);
    HsObject *w = HsUnicode_FromString("two words"), *t = HsTuple_Pack(2, lst, x);
    HS_CHECK(HsList_Append(lst, x) == 0 && HsList_Append(lst, w) == 0);
    HS_CHECK(HsDict_SetItemString(g, "__name__", w) == 0);
    HS_CHECK(HsDict_SetItemString(g, "a", lst) == 0 && HsDict_SetItemString(g, "b", lst) == 0);
    HS_CHECK(HsDict_SetItemString(g, "t", t) == 0);
    Hs_ssize_t list_refs = Hs_REFCNT(lst), float_refs = Hs_REFCNT(x);
    HsTraceSnapshot snap;
    HS_CHECK(hs_trace_snapshot_take(&snap, hs_vm_tstate(), g, NULL) == 0);
    HS_CHECK_EQ(Hs_REFCNT(lst), list_refs); // no reference taken
    HS_CHECK_EQ(Hs_REFCNT(x), float_refs);
    HS_CHECK_EQ(snap.ts_nframes, 0);
    HS_CHECK_EQ(snap.ts_nglobals, 3); // __name__ hidden
    HS_CHECK(strcmp(snap.ts_globals[0].tv_name, "a") == 0);
    HS_CHECK(find_var(&snap, "b")->tv_id == (uintptr_t)lst);
    HS_CHECK_EQ((long long)snap.ts_nobjects, 4); // list, tuple, then 1.5 and the str
    const HsTraceObject *o = &snap.ts_objects[0];
    HS_CHECK(o->to_id == (uintptr_t)lst && strcmp(o->to_type, "list") == 0);
    HS_CHECK(strcmp(o->to_repr, "[1.5, 'two words']") == 0);
    HS_CHECK_EQ(o->to_refcnt, list_refs);
    HS_CHECK_EQ(o->to_size, 88); // two appends to []: capacity 4, as CPython
    HS_CHECK(o->to_mutable && o->to_is_gc && o->to_tracked && !o->to_finalized);
    HS_CHECK(o->to_has_alloc && o->to_size_class == 64);
    HS_CHECK_EQ(o->to_nedges, 2);
    HS_CHECK(strcmp(o->to_edges[0].te_label, "[0]") == 0 && o->to_edges[0].te_id == (uintptr_t)x);
    const HsTraceObject *ot = hs_trace_snapshot_find(&snap, (uintptr_t)t);
    HS_CHECK(ot == &snap.ts_objects[1] && !ot->to_mutable && ot->to_size == 56);
    HS_CHECK(ot->to_edges[0].te_id == (uintptr_t)lst);
    const HsTraceObject *of = hs_trace_snapshot_find(&snap, (uintptr_t)x);
    HS_CHECK(of != NULL && of->to_size == 24 && !of->to_is_gc && of->to_refcnt == float_refs);
    HS_CHECK(hs_trace_snapshot_find(&snap, (uintptr_t)g) == NULL); // the globals dict itself
    hs_trace_snapshot_free(&snap);
    HS_CHECK(snap.ts_objects == NULL && snap.ts_nobjects == 0);
    Hs_DECREF(t);
    Hs_DECREF(w);
    Hs_DECREF(x);
    Hs_DECREF(lst);
    Hs_DECREF(g);
}

static void test_snapshot_cap_and_edges(void) {
    HsObject *g = HsDict_New(), *big = HsList_New(0);
    for (long i = 0; i < 12000; i++) {
        HsObject *n = HsFloat_FromDouble((double)i + 0.5);
        HS_CHECK(HsList_Append(big, n) == 0);
        Hs_DECREF(n);
    }
    HS_CHECK(HsDict_SetItemString(g, "big", big) == 0);
    HsTraceSnapshot snap;
    HS_CHECK(hs_trace_snapshot_take(&snap, hs_vm_tstate(), g, NULL) == 0);
    HS_CHECK_EQ(snap.ts_objects[0].to_nedges, HS_TRACE_MAX_EDGES);
    HS_CHECK_EQ(snap.ts_objects[0].to_omitted, 12000 - HS_TRACE_MAX_EDGES);
    HS_CHECK_EQ((long long)snap.ts_nobjects, 1 + HS_TRACE_MAX_EDGES);
    HS_CHECK(!snap.ts_capped);
    HS_CHECK(strcmp(snap.ts_objects[0].to_edges[999].te_label, "[999]") == 0);
    hs_trace_snapshot_free(&snap);
    Hs_DECREF(big);
    Hs_DECREF(g);
}

HS_TEST_MAIN(test_summary_scalars, test_summary_containers, test_snapshot_globals,
             test_snapshot_cap_and_edges)
