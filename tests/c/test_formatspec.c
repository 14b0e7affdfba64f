/* Int and str formatting kernels (src/obj/formatspec.c) against CPython 3.11 vectors in
 * tests/data/numfmt/ (tools/gen_numfmt_vectors.py): format(int, spec) with the int given both
 * as decimal and as hex digits, '%...' % int, format(str, spec). One test per vector family;
 * a failure prints the first mismatching vector. Run from the repository root. */
#include "internal/hs_obj_fmt.h"
#include "internal/hs_mem.h"

#include "hs_test.h"
#include "support/vectors.h"
#include "support/fmtcheck.h"

#include <math.h>
#include <stdint.h>

/* ==== tests ==== */

/* Run one int vector (fields: decimal, hex magnitude, spec, want) in base 10 and base 16. */
static int int_case(HsVecFile *v, size_t i, int percent) {
    static char got[8192];
    const char *dec = v->f[0];
    int neg = dec[0] == '-';
    for (int pass = 0; pass < 2; pass++) {
        const char *digits = pass == 0 ? dec + neg : v->f[1];
        size_t nd = pass == 0 ? v->flen[0] - (size_t)neg : v->flen[1];
        int base = pass == 0 ? 10 : 16;
        HsFmtOut out;
        HsFmtError err;
        int rc;
        uint32_t spec[64];
        size_t n = 0;
        if (percent) {
            HsPercentSpec ps;
            parse_percent(v->f[2], &ps);
            rc = hs_obj_fmt_int_percent(digits, nd, base, neg, &ps, &out, &err);
        } else {
            n = spec_points(v->f[2], v->flen[2], spec);
            rc = hs_obj_fmt_int(digits, nd, base, neg, spec, n, &out, &err);
        }
        render_out(rc, &out, &err, "int", spec, n, got, sizeof got);
        char in[256];
        snprintf(in, sizeof in, "%.100s (base %d), '%s'", dec, base, v->f[2]);
        if (!same(percent ? "int %" : "int format", i, in, v->f[3], got)) {
            return 0;
        }
    }
    return 1;
}

static void run_int_file(const char *name, int percent) {
    HsVecFile v;
    HS_CHECK(vec_open(&v, name) == 0);
    int ok = 1;
    for (size_t i = 0; i < v.nlines && ok; i++) {
        vec_line(&v, i);
        ok = int_case(&v, i, percent);
    }
    printf("%s: %zu vectors (each in base 10 and 16)\n", name, v.nlines);
    vec_close(&v);
    HS_CHECK(ok);
}

static void test_int_format(void) {
    run_int_file("int_format.txt", 0);
}

static void test_int_percent(void) {
    run_int_file("int_percent.txt", 1);
}

static void test_str_format(void) {
    HsVecFile v;
    HS_CHECK(vec_open(&v, "str_format.txt") == 0);
    int ok = 1;
    static char got[8192];
    for (size_t i = 0; i < v.nlines && ok; i++) {
        vec_line(&v, i);
        uint32_t spec[64];
        size_t n = spec_points(v.f[1], v.flen[1], spec);
        HsFmtOut out;
        HsFmtError err;
        int rc = hs_obj_fmt_str(v.f[0], v.flen[0], spec, n, &out, &err);
        render_out(rc, &out, &err, "str", spec, n, got, sizeof got);
        char in[256];
        snprintf(in, sizeof in, "'%s', '%s'", v.f[0], v.f[1]);
        ok = same("str format", i, in, v.f[2], got);
    }
    printf("str_format: %zu vectors\n", v.nlines);
    vec_close(&v);
    HS_CHECK(ok);
}

/* Hand-checked cases: the layout API, spec fields, base conversion, messages. */
static void test_units(void) {
    HsStrLayout lay;
    HsFmtError err;
    static const uint32_t s1[] = {0x20AC, '^', '8', '.', '3'};
    HS_CHECK(hs_obj_fmt_str_layout(s1, 5, 5, &lay, &err) == 0);
    HS_CHECK(lay.lpad == 2 && lay.keep == 3 && lay.rpad == 3 && lay.fill == 0x20AC);
    HS_CHECK(hs_obj_fmt_str_layout(NULL, 0, 7, &lay, &err) == 0 && lay.keep == 7);
    static const uint32_t s2[] = {'+', '1', '0'};
    HS_CHECK(hs_obj_fmt_str_layout(s2, 3, 5, &lay, &err) < 0);
    HS_CHECK_EQ(err.code, HS_FMT_E_STR_SIGN);
    HsFmtSpec f;
    /* Width in Arabic-Indic digits, as Py_UNICODE_TODECIMAL reads it. */
    static const uint32_t s3[] = {'*', '^', 0x663, 0x660, ',', '.', 0x665, 'f'};
    HS_CHECK(hs_obj_fmt_parse_spec(s3, 8, 0, '>', &f, &err) == 0);
    HS_CHECK(f.fill == '*' && f.align == '^' && f.width == 30 && f.precision == 5);
    HS_CHECK(f.thousands == HS_FMT_SEP_COMMA && f.type == 'f');
    size_t n = 0;
    char *h = hs_obj_fmt_convert_base("18446744073709551616", 20, 10, 16, &n);
    HS_CHECK(h != NULL && n == 17 && strcmp(h, "10000000000000000") == 0);
    hs_mem_raw_free(h);
    h = hs_obj_fmt_convert_base("000", 3, 10, 2, &n);
    HS_CHECK(h != NULL && n == 1 && strcmp(h, "0") == 0);
    hs_mem_raw_free(h);
    HsFmtOut out;
    static const uint32_t s4[] = {'>', '3', 'c'};
    HS_CHECK(hs_obj_fmt_int("128512", 6, 10, 0, s4, 3, &out, &err) == 0);
    HS_CHECK(strcmp(out.utf8, "  \xF0\x9F\x98\x80") == 0 && out.nchars == 3);
    HS_CHECK_EQ(out.maxchar, 0x1F600);
    hs_obj_fmt_out_free(&out);
    char msg[300];
    err.code = HS_FMT_E_UNKNOWN_CODE;
    err.ch = 0x20AC;
    hs_obj_fmt_error_message(&err, "int", NULL, 0, msg, sizeof msg);
    HS_CHECK(strcmp(msg, "Unknown format code '\\x20ac' for object of type 'int'") == 0);
    HS_CHECK(hs_obj_fmt_error_exc(HS_FMT_E_CHAR_RANGE) == HS_FMT_EXC_OVERFLOW);
}

/* Widths no memory can hold fail with MemoryError, as CPython's format(1, '099999999999999')
 * does. (Not under ASan, whose allocator aborts on such requests instead of returning NULL.) */
static void test_huge_widths(void) {
#if !defined(__SANITIZE_ADDRESS__)
    HsFmtOut out;
    HsFmtError err;
    uint32_t spec[32];
    const char *specs[] = {"099999999999999", "99999999999999", "0999999999999999,",
                           "9223372036854775807", "x<9223372036854775807", "09223372036854775807_"};
    for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++) {
        size_t n = spec_points(specs[i], strlen(specs[i]), spec);
        HS_CHECK(hs_obj_fmt_int("1", 1, 10, 0, spec, n, &out, &err) < 0);
        HS_CHECK_EQ(err.code, HS_FMT_E_NOMEM);
        HS_CHECK(out.utf8 == NULL);
        HS_CHECK(hs_obj_float_format(1.5, spec, n, &out, &err) < 0);
        HS_CHECK_EQ(err.code, HS_FMT_E_NOMEM);
    }
    size_t n = spec_points("9223372036854775807", 19, spec);
    HS_CHECK(hs_obj_fmt_str("a", 1, spec, n, &out, &err) < 0);
    HS_CHECK_EQ(err.code, HS_FMT_E_NOMEM);
    HsStrLayout lay;
    HS_CHECK(hs_obj_fmt_str_layout(spec, n, 1, &lay, &err) == 0);
    HS_CHECK(lay.rpad == HS_SSIZE_T_MAX - 1 && lay.keep == 1 && lay.lpad == 0);
    HsPercentSpec ps = {0, (Hs_ssize_t)1 << 60, -1, 'd'};
    HS_CHECK(hs_obj_fmt_int_percent("7", 1, 10, 1, &ps, &out, &err) < 0);
    HS_CHECK_EQ(err.code, HS_FMT_E_NOMEM);
#endif
}

HS_TEST_MAIN(test_units, test_huge_widths, test_int_format, test_int_percent, test_str_format)
