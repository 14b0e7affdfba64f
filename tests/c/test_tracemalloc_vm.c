/* The `_tracemalloc` module over the running VM: Python code run with tracing on is traced at
 * its file and line; the filename string gains exactly one reference per interned traceback
 * naming it, all dropped by stop() and by clear_traces(); _get_traces() reports every trace
 * at the moment of the call (its sizes add up to get_traced_memory's current figure read just
 * before); _get_object_traceback finds an int made on a given line and gives None once
 * tracing stops; the frame limit keeps the most recent frames, with the total. */
#include "test_builtins_support.h"
#include "internal/hs_mem_trace.h"

static HsObject *tm; /* the _tracemalloc module */

static void tm_init(void) {
    tb_init();
    if (tm == NULL && hs_tracemalloc_init(&tm) < 0) {
        printf("_tracemalloc init failed\n");
        exit(1);
    }
}

/* _tracemalloc.name(arg) ('arg' may be NULL for none). Return: new reference. */
static HsObject *tm_call(const char *name, HsObject *arg) {
    HsObject *f = HsObject_GetAttrString(tm, name);
    if (f == NULL) {
        return NULL;
    }
    HsObject *r = arg != NULL ? HsObject_CallOneArg(f, arg) : HsObject_CallNoArgs(f);
    Hs_DECREF(f);
    return r;
}

/* _tracemalloc.name(n). Return: new reference. */
static HsObject *tm_call_int(const char *name, long n) {
    HsObject *arg = I(n);
    HsObject *r = tm_call(name, arg);
    Hs_DECREF(arg);
    return r;
}

/* Compile 'src' as file 'filename' and run it in a fresh namespace.
 * Return: new reference to the namespace, or NULL. */
static HsObject *run(const char *src, const char *filename, HsObject **code_out) {
    HsObject *compile = HsObject_GetAttrString(tb_builtins, "compile");
    HsObject *exec = HsObject_GetAttrString(tb_builtins, "exec");
    HsObject *args = T(3, S(src), S(filename), S("exec"));
    HsObject *code = HsObject_Call(compile, args, NULL);
    HsObject *ns = HsDict_New();
    HsObject *r = NULL;
    HsObject *bdict = HsObject_GetAttrString(tb_builtins, "__dict__");
    if (code != NULL && ns != NULL && bdict != NULL &&
        HsDict_SetItemString(ns, "__builtins__", bdict) == 0) {
        HsObject *a2 = T(2, Hs_NewRef(code), Hs_NewRef(ns));
        r = HsObject_Call(exec, a2, NULL);
        Hs_DECREF(a2);
    }
    Hs_XDECREF(bdict);
    Hs_XDECREF(compile);
    Hs_XDECREF(exec);
    Hs_DECREF(args);
    if (r == NULL) {
        HsObject *exc = HsErr_GetRaisedException();
        HsObject *rep = exc != NULL ? HsObject_Repr(exc) : NULL;
        printf("  run failed: %s\n", rep != NULL ? HsUnicode_AsUTF8(rep) : "?");
        Hs_XDECREF(rep);
        Hs_XDECREF(exc);
        HsErr_Clear();
        Hs_XDECREF(code);
        Hs_XDECREF(ns);
        return NULL;
    }
    Hs_DECREF(r);
    *code_out = code;
    return ns;
}

static const char prog[] = "def leaf(n):\n"
                           "    return [1000 + i for i in range(n)]\n"
                           "def mid(n):\n"
                           "    return leaf(n)\n"
                           "data = mid(300)\n"
                           "big = int('12345678000')\n";

static HsObject *counted_name;

static void count_frames(void *arg, const HsMemTraceback *tb) {
    for (int i = 0; i < tb->tb_nframe; i++) {
        *(long *)arg += tb->tb_frames[i].tf_filename == (void *)counted_name;
    }
}

static void test_filename_holds_balance(void) {
    tm_init();
    HsObject *code = NULL;
    HsObject *warm = run("x = 1\n", "warm.py", &code); /* anything lazily made, made now */
    HS_CHECK(warm != NULL);
    Hs_DECREF(warm);
    Hs_DECREF(code);
    Hs_XDECREF(tm_call_int("start", 4));
    HS_CHECK(hs_mem_trace_on);
    HsObject *ns = run(prog, "tm_vm_prog.py", &code);
    HS_CHECK(ns != NULL);
    HsObject *fname = ((HsCodeObject *)code)->co_filename;
    Hs_ssize_t during = Hs_REFCNT(fname);
    HS_CHECK(hs_mem_trace_count() > 300);
    long naming = 0;
    counted_name = fname;
    hs_mem_trace_foreach_traceback(count_frames, &naming);
    HS_CHECK(naming >= 3); /* lines 2 (twice: listcomp and leaf), 4, 5 at least */
    Hs_XDECREF(tm_call("clear_traces", NULL));
    HS_CHECK_EQ(hs_mem_trace_count(), 0);
    Hs_ssize_t cleared = Hs_REFCNT(fname);
    HS_CHECK_EQ(during - cleared, naming); /* one hold per frame naming it */
    HsObject *data = HsDict_GetItemString(ns, "data");
    HsObject *more = HsSequence_List(data); /* traced again after the clear */
    HS_CHECK(more != NULL);
    Hs_XDECREF(tm_call("stop", NULL));
    HS_CHECK(!hs_mem_trace_on);
    HS_CHECK_EQ(Hs_REFCNT(fname), cleared);
    Hs_DECREF(more);
    Hs_DECREF(ns);
    Hs_DECREF(code);
}

/* Sum of the sizes in a _get_traces() list; -1 if malformed. */
static long long traces_total(HsObject *list, int *all_domain0) {
    long long sum = 0;
    *all_domain0 = 1;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(list); i++) {
        HsObject *t = HS_LIST_GET(list, i);
        if (!HsTuple_Check(t) || Hs_SIZE(t) != 4) {
            return -1;
        }
        *all_domain0 &= HsLong_AsLong(HS_TUPLE_GET(t, 0)) == 0;
        sum += HsLong_AsLong(HS_TUPLE_GET(t, 1));
    }
    return sum;
}

static void test_get_traces_and_object_traceback(void) {
    tm_init();
    Hs_XDECREF(tm_call_int("start", 2));
    HsObject *code = NULL;
    HsObject *ns = run(prog, "tm_vm_prog.py", &code);
    HS_CHECK(ns != NULL);
    size_t cur = 0, peak = 0;
    hs_mem_trace_get_memory(&cur, &peak);
    size_t ntraces = hs_mem_trace_count();
    HsObject *list = tm_call("_get_traces", NULL);
    HS_CHECK(list != NULL && HsList_Check(list));
    HS_CHECK_EQ(Hs_SIZE(list), (Hs_ssize_t)ntraces);
    int dom0 = 0;
    HS_CHECK_EQ(traces_total(list, &dom0), (long long)cur);
    HS_CHECK(dom0);
    Hs_DECREF(list);

    /* 'big' was made on line 6; the items of 'data' in leaf's list comprehension */
    CHECK_REPR(tm_call("_get_object_traceback", HsDict_GetItemString(ns, "big")),
               "(('tm_vm_prog.py', 6),)");
    HsObject *data = HsDict_GetItemString(ns, "data");
    CHECK_REPR(tm_call("_get_object_traceback", HS_LIST_GET(data, 100)),
               "(('tm_vm_prog.py', 2), ('tm_vm_prog.py', 2))");
    Hs_XDECREF(tm_call("stop", NULL));
    Hs_XDECREF(tm_call_int("start", 3));
    HsObject *mid = HsDict_GetItemString(ns, "mid"), *five = I(5);
    HsObject *again = HsObject_CallOneArg(mid, five);
    Hs_DECREF(five);
    HS_CHECK(again != NULL);
    CHECK_REPR(tm_call("_get_object_traceback", HS_LIST_GET(again, 4)),
               "(('tm_vm_prog.py', 2), ('tm_vm_prog.py', 2), ('tm_vm_prog.py', 4))");
    size_t sz = 0;
    const HsMemTraceback *tb = hs_mem_trace_lookup(HS_LIST_GET(again, 4), &sz);
    HS_CHECK(tb != NULL);
    HS_CHECK_EQ(tb->tb_total_nframe, 3); /* called from C: no frame below mid's */
    HS_CHECK_EQ(sz, 28);
    Hs_XDECREF(tm_call("stop", NULL));
    CHECK_REPR(tm_call("_get_object_traceback", HS_LIST_GET(again, 4)), "None");
    CHECK_REPR(tm_call("get_traced_memory", NULL), "(0, 0)");
    CHECK_REPR(tm_call("get_traceback_limit", NULL), "3");
    Hs_DECREF(again);
    Hs_DECREF(ns);
    Hs_DECREF(code);
}

HS_TEST_MAIN(test_filename_holds_balance, test_get_traces_and_object_traceback)
