/* The GIL and thread states (src/vm/gil.c, src/vm/state.c, src/modules/threadmodule.c):
 * C threads taking and dropping the GIL exclude each other (a plain counter under the GIL
 * loses nothing; ThreadSanitizer checks the rest), states are numbered in creation order and
 * freed at thread end (block count back to where it was), the switch hook sees every change
 * of holder, a Python loop spinning on a flag set by another thread ends (the waiting thread's
 * drop request at the eval breaker), a blocking lock acquire lets the holder run, and under
 * deterministic switching a racy read-modify-write loses exactly the same updates, with the
 * same sequence of switches, on every run. */
#include "test_builtins_support.h"
#include "internal/hs_mem.h"
#include "internal/hs_vm_gil.h"
#include "internal/hs_vm_trace.h"

#include <pthread.h>
#include <unistd.h>

static HsObject *thread_mod; /* the _thread module */

static void gil_init(void) {
    tb_init();
    if (thread_mod == NULL && hs_thread_init(&thread_mod) < 0) {
        printf("_thread init failed\n");
        exit(1);
    }
}

/* Wait, without the GIL, until only the main thread's state is left. */
static void wait_threads_gone(void) {
    for (int i = 0; i < 5000 && hs_vm_tstate_count() > 1; i++) {
        HS_BEGIN_ALLOW_THREADS
        usleep(1000);
        HS_END_ALLOW_THREADS
    }
}

/* Run 'src' with _thread in its namespace. Return: new reference to the namespace. */
static HsObject *run(const char *src) {
    HsObject *compile = HsObject_GetAttrString(tb_builtins, "compile");
    HsObject *exec = HsObject_GetAttrString(tb_builtins, "exec");
    HsObject *args = T(3, S(src), S("<gil>"), S("exec"));
    HsObject *code = HsObject_Call(compile, args, NULL);
    HsObject *ns = HsDict_New();
    HsObject *bdict = HsObject_GetAttrString(tb_builtins, "__dict__");
    HsObject *r = NULL;
    if (code != NULL && ns != NULL && bdict != NULL &&
        HsDict_SetItemString(ns, "__builtins__", bdict) == 0 &&
        HsDict_SetItemString(ns, "_thread", thread_mod) == 0) {
        HsObject *a2 = T(2, Hs_NewRef(code), Hs_NewRef(ns));
        r = HsObject_Call(exec, a2, NULL);
        Hs_DECREF(a2);
    }
    Hs_XDECREF(bdict);
    Hs_XDECREF(code);
    Hs_DECREF(compile);
    Hs_DECREF(exec);
    Hs_DECREF(args);
    if (r == NULL) {
        HsErr_Print();
        Hs_XDECREF(ns);
        return NULL;
    }
    Hs_DECREF(r);
    return ns;
}

static long ns_long(HsObject *ns, const char *name) {
    HsObject *v = HsDict_GetItemString(ns, name);
    return v != NULL ? HsLong_AsLong(v) : -1;
}

/* ==== C threads under the GIL ==== */

static long shared_counter; /* only touched with the GIL held */
static unsigned long seen_numbers[2];

typedef struct {
    HsThreadState *ts;
    int slot;
} Worker;

static void *c_worker(void *arg) {
    Worker *w = arg;
    hs_vm_gil_take(w->ts);
    seen_numbers[w->slot] = hs_vm_tstate()->ts_number;
    for (int i = 0; i < 20000; i++) {
        if (i % 100 == 0) { /* give the GIL away between two updates */
            hs_vm_gil_drop(w->ts);
            hs_vm_gil_take(w->ts);
        }
        long v = shared_counter;
        shared_counter = v + 1;
    }
    hs_vm_tstate_delete_current(w->ts);
    return NULL;
}

static unsigned long switches;

/* The tracer's other hooks, doing nothing: the tests only watch the GIL's hand-overs. */
static void no_instruction(HsThreadState *ts, HsFrame *frame) {
    (void)ts;
    (void)frame;
}

/* Install the hooks with 'on_switch' as the thread-switch hook, or with NULL remove them. */
static void watch_switches(void (*on_switch)(long from, long to)) {
    if (on_switch == NULL) {
        hs_vm_trace_set_hooks(NULL);
        return;
    }
    HsVmTraceHooks hooks = {no_instruction, no_instruction, on_switch};
    hs_vm_trace_set_hooks(&hooks);
}
static unsigned long last_to;

static void count_switch(long from, long to) {
    (void)from;
    switches++;
    last_to = to;
}

static void test_c_threads_exclude_each_other(void) {
    gil_init();
    size_t blocks = hs_mem_allocated_blocks();
    Worker w[2];
    pthread_t tid[2];
    unsigned long first = 0;
    shared_counter = 0;
    watch_switches(count_switch);
    switches = 0;
    for (int i = 0; i < 2; i++) {
        w[i].ts = hs_vm_tstate_new();
        w[i].slot = i;
        first = i == 0 ? w[i].ts->ts_number : first;
        HS_CHECK(pthread_create(&tid[i], NULL, c_worker, &w[i]) == 0);
    }
    HS_CHECK_EQ(hs_vm_tstate_count(), 3);
    HsThreadState *save = hs_vm_gil_release();
    for (int i = 0; i < 2; i++) {
        pthread_join(tid[i], NULL);
    }
    hs_vm_gil_acquire(save);
    watch_switches(NULL);
    HS_CHECK_EQ(shared_counter, 40000); /* the GIL made each update atomic */
    HS_CHECK_EQ(seen_numbers[0], first);
    HS_CHECK_EQ(seen_numbers[1], first + 1);
    HS_CHECK(switches >= 2);
    HS_CHECK_EQ(last_to, 1); /* the main thread took it back last */
    HS_CHECK_EQ(hs_gil_holder, 1);
    HS_CHECK_EQ(hs_vm_tstate_count(), 1);
    HS_CHECK(hs_vm_tstate() == hs_vm_tstate_first());
    HS_CHECK_EQ(hs_mem_allocated_blocks(), blocks); /* both states freed */
}

/* ==== the switch interval and the drop request ==== */

static void test_switch_interval(void) {
    gil_init();
    HS_CHECK(hs_vm_gil_get_interval() == 0.005);
    hs_vm_gil_set_interval(1e-6);
    HS_CHECK(hs_vm_gil_get_interval() == 1e-6);
    hs_vm_gil_set_interval(0.0001);
    HS_CHECK(hs_vm_gil_get_interval() == 1e-6 * 100);
    hs_vm_gil_set_interval(0.005);
}

static void test_spinning_holder_hands_over(void) {
    gil_init();
    /* Without the drop request at the loop's backward jump the main thread would spin
     * forever: the new thread could never run to set the flag. */
    HsObject *ns = run("done = []\n"
                       "def f(x):\n"
                       "    done.append(x)\n"
                       "_thread.start_new_thread(f, (7,))\n"
                       "spins = 0\n"
                       "while not done:\n"
                       "    spins += 1\n"
                       "value = done[0]\n");
    HS_CHECK(ns != NULL);
    HS_CHECK_EQ(ns_long(ns, "value"), 7);
    HS_CHECK(ns_long(ns, "spins") > 0);
    Hs_DECREF(ns);
    wait_threads_gone();
    HS_CHECK_EQ(hs_vm_tstate_count(), 1);
}

static void test_blocking_acquire_releases_gil(void) {
    gil_init();
    /* The thread blocks on a lock the main thread holds; the main thread (holding the GIL
     * while it counts) must still run, and release it. */
    HsObject *ns = run("lock = _thread.allocate_lock()\n"
                       "lock.acquire()\n"
                       "got = []\n"
                       "started = []\n"
                       "def f():\n"
                       "    started.append(1)\n"
                       "    got.append(lock.acquire(timeout=5))\n"
                       "    lock.release()\n"
                       "_thread.start_new_thread(f, ())\n"
                       "while not started:\n"
                       "    pass\n"
                       "n = 0\n"
                       "for i in range(20000):\n"
                       "    n += 1\n"
                       "lock.release()\n"
                       "while not got:\n"
                       "    pass\n"
                       "ok = got[0]\n");
    HS_CHECK(ns != NULL);
    HS_CHECK_EQ(ns_long(ns, "n"), 20000);
    HS_CHECK_EQ(ns_long(ns, "ok"), 1);
    Hs_DECREF(ns);
    wait_threads_gone();
}

/* ==== deterministic switching ==== */

#define MAX_SEEN 64
static unsigned long seen_from[MAX_SEEN], seen_to[MAX_SEEN];
static int nseen;

static void record_switch(long from, long to) {
    if (nseen < MAX_SEEN) {
        seen_from[nseen] = from;
        seen_to[nseen] = to;
    }
    nseen++;
}

static const char race_src[] = "counter = 0\n"
                               "finished = []\n"
                               "def worker(n):\n"
                               "    global counter\n"
                               "    for _ in range(n):\n"
                               "        counter += 1\n"
                               "    finished.append(1)\n"
                               "for _ in range(3):\n"
                               "    _thread.start_new_thread(worker, (3000,))\n"
                               "while len(finished) < 3:\n"
                               "    pass\n";

/* One deterministic run: the final counter and the switches (thread numbers made relative
 * to the first thread started). */
static long race_once(unsigned long *from, unsigned long *to, int *n) {
    nseen = 0;
    watch_switches(record_switch);
    hs_vm_gil_set_deterministic(5); /* the loop body is 7 instructions */
    HsObject *ns = run(race_src);
    long counter = ns != NULL ? ns_long(ns, "counter") : -1;
    Hs_XDECREF(ns);
    wait_threads_gone();
    hs_vm_gil_set_deterministic(0);
    watch_switches(NULL);
    unsigned long base = 0;
    for (int i = 0; i < nseen && i < MAX_SEEN; i++) {
        base = base == 0 && seen_to[i] != 1 ? seen_to[i] : base;
    }
    for (int i = 0; i < nseen && i < MAX_SEEN; i++) {
        from[i] = seen_from[i] == 1 ? 0 : seen_from[i] - base + 1;
        to[i] = seen_to[i] == 1 ? 0 : seen_to[i] - base + 1;
    }
    *n = nseen;
    return counter;
}

static void test_deterministic_race_replays(void) {
    gil_init();
    unsigned long f1[MAX_SEEN], t1[MAX_SEEN], f2[MAX_SEEN], t2[MAX_SEEN];
    int n1 = 0, n2 = 0;
    long c1 = race_once(f1, t1, &n1);
    long c2 = race_once(f2, t2, &n2);
    HS_CHECK(c1 > 0);
    HS_CHECK(c1 < 9000); /* updates were lost: a switch fell between read and write */
    HS_CHECK_EQ(c1, c2); /* ... and exactly the same ones both times */
    HS_CHECK_EQ(n1, n2);
    HS_CHECK(n1 > 100);
    for (int i = 0; i < MAX_SEEN && i < n1; i++) {
        HS_CHECK_EQ(f1[i], f2[i]);
        HS_CHECK_EQ(t1[i], t2[i]);
    }
    /* round robin over the runnable threads in creation order (0 = main, 1.. = the threads
     * in the order started; a thread joins the round once it exists) */
    static const unsigned long want_from[12] = {0, 1, 0, 1, 0, 1, 2, 0, 1, 2, 0, 1};
    static const unsigned long want_to[12] = {1, 0, 1, 0, 1, 2, 0, 1, 2, 0, 1, 2};
    for (int i = 0; i < 12; i++) {
        HS_CHECK_EQ(f1[i], want_from[i]);
        HS_CHECK_EQ(t1[i], want_to[i]);
    }
}

HS_TEST_MAIN(test_c_threads_exclude_each_other, test_switch_interval,
             test_spinning_holder_hands_over, test_blocking_acquire_releases_gil,
             test_deterministic_race_replays)
