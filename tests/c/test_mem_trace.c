/* src/mem/tracemalloc.c and its hooks in obmalloc.c, without the VM: a fake 'walk' hook
 * serves a stack of (filename, line) frames set by each test, and fake 'retain'/'release'
 * hooks count holds per filename. Checked: nothing is traced while off; every traced block
 * counts its requested bytes (small, large, zero-byte, calloc, realloc in place and moved,
 * the raw layer);
 * the peak and reset_peak; tracebacks are interned, cut at the limit with the total kept,
 * most recent frame first, "<unknown>" when no frame runs; holds balance (every retain is
 * released by clear/stop); stop and clear forget everything; the table survives growth and
 * thousands of random frees (every live block still found with its size); allocations made
 * inside a hook are not traced; renew gives a block the current traceback. */
#include "hs_test.h"
#include "internal/hs_mem_trace.h"

#include <stdint.h>

/* ==== the fake frame stack and filename holds ==== */

enum { NFILES = 4, MAXDEPTH = 64 };
static char files[NFILES][8] = {"a.py", "b.py", "c.py", "d.py"};
static long holds[NFILES];
static long retains_total, releases_total;
static HsMemTraceFrame stack[MAXDEPTH]; /* stack[0] is the most recent frame */
static int depth;
static int walk_allocates; /* the walk hook allocates (and frees at once) this many bytes */

static int file_index(void *f) {
    for (int i = 0; i < NFILES; i++) {
        if (f == files[i]) {
            return i;
        }
    }
    return -1;
}

static int fake_walk(HsMemTraceFrame *out, int max, int *total) {
    if (walk_allocates) {
        void *p = hs_mem_malloc((size_t)walk_allocates);
        HS_ASSERT(hs_mem_trace_lookup(p, NULL) == NULL);
        hs_mem_free(p);
    }
    int n = depth < max ? depth : max;
    for (int i = 0; i < n; i++) {
        out[i] = stack[i];
    }
    *total = depth;
    return n;
}

static void fake_retain(void *f) {
    holds[file_index(f)]++;
    retains_total++;
}

static void fake_release(void *f) {
    holds[file_index(f)]--;
    releases_total++;
}

static const HsMemTraceHooks hooks = {fake_walk, fake_retain, fake_release};

/* Set the stack to 'n' frames: file f[i], line l[i], most recent first. */
static void set_stack(int n, const int *f, const int *l) {
    depth = n;
    for (int i = 0; i < n; i++) {
        stack[i].tf_filename = files[f[i]];
        stack[i].tf_lineno = l[i];
    }
}

static void at(int file, int line) {
    set_stack(1, &file, &line);
}

static size_t cur(void) {
    size_t c, p;
    hs_mem_trace_get_memory(&c, &p);
    return c;
}

static size_t peak(void) {
    size_t c, p;
    hs_mem_trace_get_memory(&c, &p);
    return p;
}

static int holds_zero(void) {
    for (int i = 0; i < NFILES; i++) {
        if (holds[i] != 0) {
            return 0;
        }
    }
    return retains_total == releases_total;
}

/* ==== tests ==== */

static void test_off_traces_nothing(void) {
    HS_CHECK_EQ(hs_mem_trace_on, 0);
    HS_CHECK_EQ(hs_mem_trace_limit(), 1);
    void *p = hs_mem_malloc(40);
    HS_CHECK_EQ(hs_mem_trace_count(), 0);
    HS_CHECK(hs_mem_trace_lookup(p, NULL) == NULL);
    hs_mem_free(p);
    HS_CHECK_EQ(cur(), 0);
}

static void test_sizes_are_requested_bytes(void) {
    at(0, 10);
    HS_CHECK_EQ(hs_mem_trace_start(&hooks, 5), 0);
    HS_CHECK_EQ(hs_mem_trace_limit(), 5);
    void *a = hs_mem_malloc(28);      /* small: class 32, counted 28 */
    void *b = hs_mem_calloc(100, 10); /* large: 1000 */
    void *c = hs_mem_malloc(0);       /* 0 bytes, still a traced block */
    at(1, 20);
    void *d = hs_mem_malloc(513);
    HS_CHECK_EQ(hs_mem_trace_count(), 4);
    HS_CHECK_EQ(cur(), 28 + 1000 + 0 + 513);
    size_t sz = 0;
    const HsMemTraceback *tb = hs_mem_trace_lookup(b, &sz);
    HS_CHECK(tb != NULL);
    HS_CHECK_EQ(sz, 1000);
    HS_CHECK_EQ(tb->tb_nframe, 1);
    HS_CHECK(tb->tb_frames[0].tf_filename == files[0]);
    HS_CHECK_EQ(tb->tb_frames[0].tf_lineno, 10);
    HS_CHECK(hs_mem_trace_lookup(a, NULL) == tb); /* interned: same frames, same traceback */
    HS_CHECK(hs_mem_trace_lookup(d, NULL) != tb);
    HS_CHECK_EQ(hs_mem_trace_ntracebacks(), 2);
    HS_CHECK_EQ(holds[0], 1);
    HS_CHECK_EQ(holds[1], 1);
    hs_mem_free(b);
    HS_CHECK_EQ(cur(), 28 + 513);
    HS_CHECK_EQ(peak(), 28 + 1000 + 513);
    hs_mem_trace_reset_peak();
    HS_CHECK_EQ(peak(), 28 + 513);
    HS_CHECK(hs_mem_trace_overhead() > 0);
    hs_mem_free(a);
    hs_mem_free(c);
    hs_mem_free(d);
    HS_CHECK_EQ(hs_mem_trace_count(), 0);
    HS_CHECK_EQ(cur(), 0);
    hs_mem_trace_stop();
    HS_CHECK(holds_zero());
    HS_CHECK_EQ(hs_mem_trace_limit(), 5); /* kept after stop, as CPython */
}

static void test_realloc(void) {
    void *old = hs_mem_malloc(100); /* allocated before tracing: untraced */
    at(2, 7);
    HS_CHECK_EQ(hs_mem_trace_start(&hooks, 1), 0);
    HS_CHECK(hs_mem_trace_lookup(old, NULL) == NULL);
    void *p = hs_mem_realloc(old, 110); /* same class (112): stays, now traced */
    HS_CHECK(p == old);
    size_t sz = 0;
    HS_CHECK(hs_mem_trace_lookup(p, &sz) != NULL);
    HS_CHECK_EQ(sz, 110);
    HS_CHECK_EQ(cur(), 110);
    at(2, 8);
    void *q = hs_mem_realloc(p, 400); /* moves */
    HS_CHECK(q != p);
    HS_CHECK(hs_mem_trace_lookup(p, NULL) == NULL);
    const HsMemTraceback *tb = hs_mem_trace_lookup(q, &sz);
    HS_CHECK(tb != NULL);
    HS_CHECK_EQ(sz, 400);
    HS_CHECK_EQ(tb->tb_frames[0].tf_lineno, 8);
    HS_CHECK_EQ(cur(), 400);
    HS_CHECK_EQ(hs_mem_trace_count(), 1);
    void *r = hs_mem_realloc(NULL, 3000); /* realloc(NULL) = malloc */
    HS_CHECK_EQ(cur(), 3400);
    r = hs_mem_realloc(r, 5000); /* large grows in the C library */
    HS_CHECK_EQ(cur(), 5400);
    HS_CHECK_EQ(hs_mem_trace_count(), 2);
    hs_mem_free(q);
    hs_mem_free(r);
    HS_CHECK_EQ(cur(), 0);
    HS_CHECK_EQ(peak(), 5400);
    hs_mem_trace_stop();
    HS_CHECK(holds_zero());
}

static void test_raw_layer_traced(void) {
    at(1, 4);
    HS_CHECK_EQ(hs_mem_trace_start(&hooks, 1), 0);
    void *r = hs_mem_raw_malloc(70);
    void *z = hs_mem_raw_calloc(3, 5);
    HS_CHECK_EQ(cur(), 85);
    size_t sz = 0;
    HS_CHECK(hs_mem_trace_lookup(z, &sz) != NULL);
    HS_CHECK_EQ(sz, 15);
    r = hs_mem_raw_realloc(r, 9000);
    HS_CHECK(hs_mem_trace_lookup(r, &sz) != NULL);
    HS_CHECK_EQ(sz, 9000);
    HS_CHECK_EQ(cur(), 9015);
    HS_CHECK_EQ(hs_mem_trace_count(), 2);
    hs_mem_raw_free(r);
    hs_mem_raw_free(z);
    HS_CHECK_EQ(cur(), 0);
    HS_CHECK_EQ(hs_mem_trace_count(), 0);
    hs_mem_trace_stop();
    HS_CHECK(holds_zero());
}

static void test_limit_order_and_total(void) {
    int f[10], l[10];
    for (int i = 0; i < 10; i++) {
        f[i] = i % NFILES;
        l[i] = 100 + i;
    }
    set_stack(10, f, l);
    HS_CHECK_EQ(hs_mem_trace_start(&hooks, 3), 0);
    HS_CHECK_EQ(hs_mem_trace_start(&hooks, 7), 0); /* already tracing: no change */
    HS_CHECK_EQ(hs_mem_trace_limit(), 3);
    void *p = hs_mem_malloc(64);
    const HsMemTraceback *tb = hs_mem_trace_lookup(p, NULL);
    HS_CHECK(tb != NULL);
    HS_CHECK_EQ(tb->tb_nframe, 3);
    HS_CHECK_EQ(tb->tb_total_nframe, 10);
    HS_CHECK_EQ(tb->tb_frames[0].tf_lineno, 100); /* most recent first */
    HS_CHECK_EQ(tb->tb_frames[2].tf_lineno, 102);
    HS_CHECK(tb->tb_frames[1].tf_filename == files[1]);
    HS_CHECK_EQ(holds[0] + holds[1] + holds[2] + holds[3], 3);
    depth = 0; /* no running frame: ("<unknown>", 0) */
    void *u = hs_mem_malloc(16);
    tb = hs_mem_trace_lookup(u, NULL);
    HS_CHECK(tb != NULL);
    HS_CHECK_EQ(tb->tb_nframe, 1);
    HS_CHECK_EQ(tb->tb_total_nframe, 1);
    HS_CHECK(tb->tb_frames[0].tf_filename == NULL);
    HS_CHECK_EQ(tb->tb_frames[0].tf_lineno, 0);
    hs_mem_trace_stop();
    HS_CHECK_EQ(hs_mem_trace_count(), 0);
    HS_CHECK_EQ(hs_mem_trace_ntracebacks(), 0);
    HS_CHECK(holds_zero());
    hs_mem_free(p); /* freed after stop: nothing to forget */
    hs_mem_free(u);
}

static void test_clear_keeps_tracing(void) {
    at(3, 1);
    HS_CHECK_EQ(hs_mem_trace_start(&hooks, 1), 0);
    void *a = hs_mem_malloc(200);
    HS_CHECK_EQ(cur(), 200);
    hs_mem_trace_clear();
    HS_CHECK_EQ(hs_mem_trace_on, 1);
    HS_CHECK_EQ(cur(), 0);
    HS_CHECK_EQ(peak(), 0);
    HS_CHECK_EQ(hs_mem_trace_count(), 0);
    HS_CHECK(holds_zero());
    hs_mem_free(a); /* forgotten already: no change */
    HS_CHECK_EQ(cur(), 0);
    void *b = hs_mem_malloc(30);
    HS_CHECK_EQ(cur(), 30);
    HS_CHECK_EQ(holds[3], 1);
    hs_mem_free(b);
    hs_mem_trace_stop();
    HS_CHECK(holds_zero());
}

static uint64_t rng_state = 88172645463325252ull;

static uint64_t rng(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

enum { NB = 20000 };
static void *blocks[NB];
static size_t sizes[NB];
static int lines[NB];

static void test_random_mix_and_growth(void) {
    HS_CHECK_EQ(hs_mem_trace_start(&hooks, 2), 0);
    size_t shadow = 0, live = 0;
    for (int round = 0; round < 200000; round++) {
        int i = (int)(rng() % NB);
        if (blocks[i] != NULL && rng() % 3 == 0) {
            shadow -= sizes[i];
            live--;
            hs_mem_free(blocks[i]);
            blocks[i] = NULL;
        } else if (blocks[i] == NULL) {
            int f[2] = {i % NFILES, 0};
            int l[2] = {i % 97, 5};
            set_stack(2, f, l);
            size_t n = (size_t)(rng() % 700);
            blocks[i] = hs_mem_malloc(n);
            HS_CHECK(blocks[i] != NULL);
            sizes[i] = n;
            lines[i] = i % 97;
            shadow += n;
            live++;
        }
    }
    HS_CHECK_EQ(cur(), shadow);
    HS_CHECK_EQ(hs_mem_trace_count(), live);
    HS_CHECK(hs_mem_trace_ntracebacks() <= NFILES * 97);
    for (int i = 0; i < NB; i++) {
        if (blocks[i] != NULL) {
            size_t sz = 0;
            const HsMemTraceback *tb = hs_mem_trace_lookup(blocks[i], &sz);
            HS_CHECK(tb != NULL);
            HS_CHECK_EQ(sz, sizes[i]);
            HS_CHECK_EQ(tb->tb_frames[0].tf_lineno, lines[i]);
            HS_CHECK_EQ(tb->tb_nframe, 2);
            hs_mem_free(blocks[i]);
            blocks[i] = NULL;
        }
    }
    HS_CHECK_EQ(cur(), 0);
    HS_CHECK_EQ(hs_mem_trace_count(), 0);
    hs_mem_trace_stop();
    HS_CHECK(holds_zero());
}

static void test_hook_allocations_untraced(void) {
    at(0, 3);
    HS_CHECK_EQ(hs_mem_trace_start(&hooks, 1), 0);
    walk_allocates = 48;
    void *p = hs_mem_malloc(24);
    walk_allocates = 0;
    HS_CHECK_EQ(hs_mem_trace_count(), 1);
    HS_CHECK_EQ(cur(), 24);
    hs_mem_free(p);
    hs_mem_trace_stop();
    HS_CHECK(holds_zero());
}

static void test_renew(void) {
    at(1, 1);
    HS_CHECK_EQ(hs_mem_trace_start(&hooks, 1), 0);
    void *p = hs_mem_malloc(56);
    at(2, 9);
    hs_mem_trace_new_reference(p);
    const HsMemTraceback *tb = hs_mem_trace_lookup(p, NULL);
    HS_CHECK(tb != NULL);
    HS_CHECK(tb->tb_frames[0].tf_filename == files[2]);
    HS_CHECK_EQ(tb->tb_frames[0].tf_lineno, 9);
    HS_CHECK_EQ(cur(), 56);
    int x = 0;
    HS_CHECK_EQ(hs_mem_trace_renew(&x), -1); /* not traced */
    hs_mem_free(p);
    hs_mem_trace_stop();
    HS_CHECK_EQ(hs_mem_trace_renew(p), -1); /* not tracing */
    HS_CHECK(holds_zero());
}

HS_TEST_MAIN(test_off_traces_nothing, test_sizes_are_requested_bytes, test_realloc,
             test_raw_layer_traced, test_limit_order_and_total, test_clear_keeps_tracing,
             test_random_mix_and_growth, test_hook_allocations_untraced, test_renew)
