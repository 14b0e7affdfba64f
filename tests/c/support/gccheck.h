/* Questions the collector tests (test_gc_collect.c, test_gc_finalize.c) ask about the GC
 * lists: which generation holds an object, and how many objects a generation holds. Both
 * walk the lists with hs_gc_foreach, so they run no Python code and change nothing.
 *
 *     HS_CHECK_EQ(gen_of(a), 1);     // promoted once
 */
#ifndef HS_TESTS_SUPPORT_GCCHECK_H
#define HS_TESTS_SUPPORT_GCCHECK_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_gc.h"

/* The generation (0..2, HS_GC_PERMANENT = 3 for frozen) whose list holds 'op', or -1 if
 * 'op' is not tracked. 'op' is borrowed and only compared, never dereferenced. */
int hs_gccheck_gen_of(HsObject *op);

/* How many objects the list of generation 'gen' (0..HS_GC_PERMANENT) holds. */
Hs_ssize_t hs_gccheck_gen_size(int gen);

/* Short names the test files call (kept so their checks read as before). */
static inline int gen_of(HsObject *op) {
    return hs_gccheck_gen_of(op);
}
static inline Hs_ssize_t gen_size(int gen) {
    return hs_gccheck_gen_size(gen);
}

#endif /* HS_TESTS_SUPPORT_GCCHECK_H */
