/* Helpers shared by the formatting-kernel tests (test_floatfmt.c, test_formatspec.c), which
 * compare heapscope's results with the outcomes tools/gen_numfmt_vectors.py recorded from
 * python3: an outcome is rendered as "=" + the value, or "!" + exception name + ":" +
 * CPython's message, and compared as a string. See vectors.h for reading the files.
 *
 *     render_out(rc, &out, &err, "int", spec, nspec, got, sizeof got);
 *     ok = same("int_format", i, v.f[0], v.f[3], got);   // prints the first mismatch
 */
#ifndef HS_TESTS_SUPPORT_FMTCHECK_H
#define HS_TESTS_SUPPORT_FMTCHECK_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj_fmt.h"

#include <stddef.h>
#include <stdint.h>

/* Render the failure 'err' (raised while formatting a 'type_name' with the 'spec_len' code
 * points of 'spec'; 'spec' may be NULL) as "!Exc:message" into 'got' (capacity 'n'). */
void hs_fmtcheck_render_error(const HsFmtError *err, const char *type_name, const uint32_t *spec,
                              size_t spec_len, char *got, size_t n);

/* Render a kernel's outcome: "=" + out->utf8 when 'rc' is 0, else as render_error. Frees
 * 'out' in both cases (it is then empty). */
void hs_fmtcheck_render_out(int rc, HsFmtOut *out, const HsFmtError *err, const char *type_name,
                            const uint32_t *spec, size_t spec_len, char *got, size_t n);

/* 1 if 'want' equals 'got'; else print the vector ('family', 0-based 'line', 'input', both
 * outcomes) and return 0. */
int hs_fmtcheck_same(const char *family, size_t line, const char *input, const char *want,
                     const char *got);

/* Decode the 'n' UTF-8 bytes of a format spec into code points in 'cp' (room for 'n');
 * returns how many, 0 for invalid UTF-8. */
size_t hs_fmtcheck_spec_points(const char *s, size_t n, uint32_t *cp);

/* Parse a printf-style spec "%<flags><width>.<prec><type>" into 'ps' (the generator never
 * uses '*' or a mapping key); absent width/precision are -1. */
void hs_fmtcheck_parse_percent(const char *s, HsPercentSpec *ps);

/* Short names the test files call (kept so their checks read as before). */
static inline void render_error(const HsFmtError *err, const char *type_name,
                                const uint32_t *spec, size_t spec_len, char *got, size_t n) {
    hs_fmtcheck_render_error(err, type_name, spec, spec_len, got, n);
}
static inline void render_out(int rc, HsFmtOut *out, const HsFmtError *err, const char *type_name,
                              const uint32_t *spec, size_t spec_len, char *got, size_t n) {
    hs_fmtcheck_render_out(rc, out, err, type_name, spec, spec_len, got, n);
}
static inline int same(const char *family, size_t line, const char *input, const char *want,
                       const char *got) {
    return hs_fmtcheck_same(family, line, input, want, got);
}
static inline size_t spec_points(const char *s, size_t n, uint32_t *cp) {
    return hs_fmtcheck_spec_points(s, n, cp);
}
static inline void parse_percent(const char *s, HsPercentSpec *ps) {
    hs_fmtcheck_parse_percent(s, ps);
}

#endif /* HS_TESTS_SUPPORT_FMTCHECK_H */
