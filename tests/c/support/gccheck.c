/* GC-list queries for the collector tests (see gccheck.h), shared by test_gc_collect.c and
 * test_gc_finalize.c: both are a walk of hs_gc_foreach (src/gc/gc.c, CPython's
 * gc.get_objects(generation)) with a callback that compares or counts. Nothing here
 * allocates, runs finalizers or changes a list, so a query never disturbs what it measures. */
#include "gccheck.h"

/* ==== static helpers ==== */

static int is_target(HsObject *op, void *arg) {
    return op == arg;
}

static int count_fn(HsObject *op, void *arg) {
    (void)op;
    (*(Hs_ssize_t *)arg)++;
    return 0;
}

/* ==== internal API ==== */

/* The generation (0..2, 3 = permanent) whose list holds 'op', or -1. */
int hs_gccheck_gen_of(HsObject *op) {
    for (int g = 0; g <= HS_GC_PERMANENT; g++) {
        if (hs_gc_foreach(g, is_target, op)) {
            return g;
        }
    }
    return -1;
}

/* Objects in generation 'gen'. */
Hs_ssize_t hs_gccheck_gen_size(int gen) {
    Hs_ssize_t n = 0;
    hs_gc_foreach(gen, count_fn, &n);
    return n;
}
