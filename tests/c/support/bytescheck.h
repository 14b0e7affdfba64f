/* Helpers shared by the bytes and codecs tests (test_bytes.c, test_codecs.c): set up the
 * object layer with the bytes types, read the debug reference total, and turn the pending
 * exception into "Type: message" text that a check can compare with python3's.
 *
 *     char buf[256];
 *     HS_CHECK(hs_codecs_decode("a", 1, NULL, "Nope-9", NULL) == NULL);
 *     HS_CHECK(strcmp(exc_text(buf, sizeof buf), "LookupError: unknown encoding: Nope-9") == 0);
 */
#ifndef HS_TESTS_SUPPORT_BYTESCHECK_H
#define HS_TESTS_SUPPORT_BYTESCHECK_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

#include <stddef.h>

/* hs_obj_init and hs_bytes_init_types; aborts if either fails (no test can run then). */
void hs_bytescheck_init(void);

/* hs_ref_total in builds with HS_DEBUG_REFS, else 0 (so balance checks hold trivially). */
Hs_ssize_t hs_bytescheck_refs(void);

/* "TypeName: str(exc)" of the pending exception, written into 'buf' (capacity 'n') and
 * returned; the exception is cleared. "(none)" (a static string) if nothing is pending. */
const char *hs_bytescheck_exc_text(char *buf, size_t n);

/* Short names the test files call (kept so their checks read as before). */
static inline void init(void) {
    hs_bytescheck_init();
}
static inline Hs_ssize_t refs(void) {
    return hs_bytescheck_refs();
}
static inline const char *exc_text(char *buf, size_t n) {
    return hs_bytescheck_exc_text(buf, n);
}

#endif /* HS_TESTS_SUPPORT_BYTESCHECK_H */
