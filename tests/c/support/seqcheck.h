/* Helpers shared by the sequence-object tests (test_list.c, test_list_sort.c, test_range.c,
 * test_slice.c): check the raised exception by type (subclasses match) and by its single
 * string argument, and check a repr. Unlike numcheck.h's checks these match the exception
 * with HsErr_GivenExceptionMatches and compare args[0], not str(exc); a file includes one of
 * the two headers, never both (they give the same short names).
 *
 *     HS_CHECK(raised(HsExc_TypeError, "sort() takes no positional arguments"));
 *     HS_CHECK(repr_is(l, "[None, True, [False, []]]"));    // 'l' stays the caller's
 */
#ifndef HS_TESTS_SUPPORT_SEQCHECK_H
#define HS_TESTS_SUPPORT_SEQCHECK_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

/* 1 if an exception is set, is an instance of 'type' (or a subclass), and its args are the
 * one string 'msg' ('msg' NULL: any message); else 0, printing what was raised. Clears the
 * exception either way. 'type' is borrowed. */
int hs_seqcheck_raised(HsObject *type, const char *msg);

/* 1 if repr('o') == 'want', else 0 (printing the repr; an error from repr is cleared).
 * 'o' is borrowed. */
int hs_seqcheck_repr_is(HsObject *o, const char *want);

/* Short names the test files call (kept so their checks read as before). */
static inline int raised(HsObject *type, const char *msg) {
    return hs_seqcheck_raised(type, msg);
}
static inline int repr_is(HsObject *o, const char *want) {
    return hs_seqcheck_repr_is(o, want);
}

#endif /* HS_TESTS_SUPPORT_SEQCHECK_H */
