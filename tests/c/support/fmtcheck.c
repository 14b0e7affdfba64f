/* Outcome rendering and spec parsing for the formatting-kernel tests (see fmtcheck.h),
 * shared by test_floatfmt.c and test_formatspec.c. The rendering must match
 * tools/gen_numfmt_vectors.py's byte for byte: "=" + the result, or "!" + the exception's
 * name + ":" + CPython's message, so that a vector compares as one string. Every HsFmtOut
 * passed in is freed here, on success and on failure alike. */
#include "fmtcheck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== internal API ==== */

/* The generator's rendering of an outcome: "=" value or "!Exc:message". */
void hs_fmtcheck_render_error(const HsFmtError *err, const char *type_name, const uint32_t *spec,
                              size_t spec_len, char *got, size_t n) {
    char msg[512];
    hs_obj_fmt_error_message(err, type_name, spec, spec_len, msg, sizeof msg);
    snprintf(got, n, "!%s:%s", hs_obj_fmt_error_exc_name(err->code), msg);
}

/* "=" + the result, or the failure as above; frees 'out' either way. */
void hs_fmtcheck_render_out(int rc, HsFmtOut *out, const HsFmtError *err, const char *type_name,
                            const uint32_t *spec, size_t spec_len, char *got, size_t n) {
    if (rc == 0) {
        snprintf(got, n, "=%s", out->utf8);
    } else {
        hs_fmtcheck_render_error(err, type_name, spec, spec_len, got, n);
    }
    hs_obj_fmt_out_free(out);
}

/* Compare; on the first mismatch print it. Returns 1 when equal. */
int hs_fmtcheck_same(const char *family, size_t line, const char *input, const char *want,
                     const char *got) {
    if (strcmp(want, got) == 0) {
        return 1;
    }
    printf("%s line %zu: input [%s]\n  want [%s]\n  got  [%s]\n", family, line + 1, input, want,
           got);
    return 0;
}

/* The spec's code points; 0 if it is not valid UTF-8. */
size_t hs_fmtcheck_spec_points(const char *s, size_t n, uint32_t *cp) {
    Hs_ssize_t k = hs_obj_fmt_utf8_decode(s, n, cp);
    return k < 0 ? 0 : (size_t)k;
}

/* Parse "%<flags><width>.<prec><type>" (the generator never uses '*' or a mapping key). */
void hs_fmtcheck_parse_percent(const char *s, HsPercentSpec *ps) {
    ps->flags = 0;
    ps->width = -1;
    ps->prec = -1;
    s++;
    for (;; s++) {
        int f = *s == '-' ? HS_PCT_LJUST : *s == '+' ? HS_PCT_SIGN : *s == ' ' ? HS_PCT_BLANK
              : *s == '#' ? HS_PCT_ALT : *s == '0' ? HS_PCT_ZERO : 0;
        if (!f) {
            break;
        }
        ps->flags |= f;
    }
    if (*s >= '0' && *s <= '9') {
        ps->width = strtol(s, (char **)&s, 10);
    }
    if (*s == '.') {
        s++;
        ps->prec = (int)strtol(s, (char **)&s, 10);
    }
    ps->type = *s;
}
