/* Float kernels (src/obj/floatfmt.c) against CPython 3.11 vectors in tests/data/numfmt/,
 * written by tools/gen_numfmt_vectors.py: repr/str/hex/round(x), format(x, spec),
 * '%...' % x, round(x, n), float.fromhex, float(str), and % // divmod /. One test per
 * vector family; a failure prints the first mismatching vector. Run from the repo root. */
#include "internal/hs_obj_fmt.h"

#include "hs_test.h"
#include "support/vectors.h"
#include "support/fmtcheck.h"

#include <math.h>
#include <stdint.h>

/* ==== helpers ==== */

static void double_to_bits(double x, char *out) {
    uint64_t b;
    memcpy(&b, &x, sizeof b);
    snprintf(out, 17, "%016llx", (unsigned long long)b);
}

static void render_double(int rc, double x, const HsFmtError *err, char *got, size_t n) {
    if (rc == 0) {
        got[0] = '=';
        double_to_bits(x, got + 1);
    } else {
        render_error(err, "float", NULL, 0, got, n);
    }
}

/* Doubles compare by bits, except that any NaN matches a NaN of the same sign. */
static int same_double(const char *want, const char *got) {
    if (want[0] == '=' && got[0] == '=') {
        double a = bits_to_double(want + 1), b = bits_to_double(got + 1);
        if (isnan(a) && isnan(b)) {
            return signbit(a) == signbit(b);
        }
    }
    return strcmp(want, got) == 0;
}

/* ==== test helpers ==== */

/* Python's repr() of an ASCII str. */
static void py_repr(const char *s, size_t n, char *out, size_t cap) {
    int has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    size_t k = 0;
    out[k++] = q;
    for (size_t i = 0; i < n && k + 6 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\' || c == (unsigned char)q) {
            k += (size_t)snprintf(out + k, cap - k, "\\%c", c);
        } else if (c == '\t') {
            k += (size_t)snprintf(out + k, cap - k, "\\t");
        } else if (c == '\n') {
            k += (size_t)snprintf(out + k, cap - k, "\\n");
        } else if (c == '\r') {
            k += (size_t)snprintf(out + k, cap - k, "\\r");
        } else if (c < 32 || c == 127) {
            k += (size_t)snprintf(out + k, cap - k, "\\x%02x", c);
        } else {
            out[k++] = (char)c;
        }
    }
    out[k++] = q;
    out[k] = '\0';
}

/* ==== tests ==== */

/* repr, str, float.hex() and round(x) (as the float of the rounded int). */
static void test_repr_hex_roundint(void) {
    HsVecFile v;
    HS_CHECK(vec_open(&v, "float_repr.txt") == 0);
    int ok = 1;
    for (size_t i = 0; i < v.nlines && ok; i++) {
        vec_line(&v, i);
        double x = bits_to_double(v.f[0]);
        char buf[HS_FLOAT_REPR_SIZE], hex[HS_FLOAT_HEX_SIZE], r[20] = "";
        hs_obj_float_repr(x, buf);
        hs_obj_float_hex(x, hex);
        // round(x) is an int: no negative zero, hence the + 0.0.
        double_to_bits(isfinite(x) ? hs_obj_float_round_int(x) + 0.0 : x, r);
        ok = same("repr", i, v.f[0], v.f[1], buf) && same("str", i, v.f[0], v.f[2], buf) &&
             same("hex", i, v.f[0], v.f[3], hex) &&
             (isnan(x) || same("round(x)", i, v.f[0], v.f[4], r));
    }
    printf("float_repr: %zu vectors\n", v.nlines);
    vec_close(&v);
    HS_CHECK(ok);
}

static void test_format(void) {
    HsVecFile v;
    HS_CHECK(vec_open(&v, "float_format.txt") == 0);
    int ok = 1;
    static char got[200000];
    for (size_t i = 0; i < v.nlines && ok; i++) {
        vec_line(&v, i);
        uint32_t spec[64];
        size_t n = spec_points(v.f[1], v.flen[1], spec);
        HsFmtOut out;
        HsFmtError err;
        int rc = hs_obj_float_format(bits_to_double(v.f[0]), spec, n, &out, &err);
        render_out(rc, &out, &err, "float", spec, n, got, sizeof got);
        char in[128];
        snprintf(in, sizeof in, "%s, '%s'", v.f[0], v.f[1]);
        ok = same("format", i, in, v.f[2], got);
    }
    printf("float_format: %zu vectors\n", v.nlines);
    vec_close(&v);
    HS_CHECK(ok);
}

static void test_percent(void) {
    HsVecFile v;
    HS_CHECK(vec_open(&v, "float_percent.txt") == 0);
    int ok = 1;
    static char got[4096];
    for (size_t i = 0; i < v.nlines && ok; i++) {
        vec_line(&v, i);
        HsPercentSpec ps;
        parse_percent(v.f[1], &ps);
        HsFmtOut out;
        HsFmtError err;
        int rc = hs_obj_float_percent(bits_to_double(v.f[0]), &ps, &out, &err);
        render_out(rc, &out, &err, "float", NULL, 0, got, sizeof got);
        char in[128];
        snprintf(in, sizeof in, "'%s' %% %s", v.f[1], v.f[0]);
        ok = same("percent", i, in, v.f[2], got);
    }
    printf("float_percent: %zu vectors\n", v.nlines);
    vec_close(&v);
    HS_CHECK(ok);
}

static void test_round(void) {
    HsVecFile v;
    HS_CHECK(vec_open(&v, "float_round.txt") == 0);
    int ok = 1;
    for (size_t i = 0; i < v.nlines && ok; i++) {
        vec_line(&v, i);
        double r = 0.0;
        HsFmtError err;
        char got[1024], in[64];
        int rc = hs_obj_float_round(bits_to_double(v.f[0]), strtol(v.f[1], NULL, 10), &r, &err);
        render_double(rc, r, &err, got, sizeof got);
        snprintf(in, sizeof in, "round(%s, %s)", v.f[0], v.f[1]);
        ok = same_double(v.f[2], got) || same("round", i, in, v.f[2], got);
    }
    printf("float_round: %zu vectors\n", v.nlines);
    vec_close(&v);
    HS_CHECK(ok);
}

static void test_fromhex(void) {
    HsVecFile v;
    HS_CHECK(vec_open(&v, "float_fromhex.txt") == 0);
    int ok = 1;
    for (size_t i = 0; i < v.nlines && ok; i++) {
        vec_line(&v, i);
        double r = 0.0;
        HsFmtError err;
        char got[1024];
        int rc = hs_obj_float_fromhex(v.f[0], v.flen[0], &r, &err);
        render_double(rc, r, &err, got, sizeof got);
        ok = same_double(v.f[1], got) || same("fromhex", i, v.f[0], v.f[1], got);
    }
    printf("float_fromhex: %zu vectors\n", v.nlines);
    vec_close(&v);
    HS_CHECK(ok);
}

static void test_parse(void) {
    HsVecFile v;
    HS_CHECK(vec_open(&v, "float_parse.txt") == 0);
    int ok = 1;
    static char got[4096], rep[4096];
    for (size_t i = 0; i < v.nlines && ok; i++) {
        vec_line(&v, i);
        double r = 0.0;
        HsFmtError err;
        int rc = hs_obj_float_parse(v.f[0], v.flen[0], &r, &err);
        render_double(rc, r, &err, got, sizeof got);
        if (rc < 0 && err.code == HS_FMT_E_FLOAT_PARSE) {
            py_repr(v.f[0], v.flen[0], rep, sizeof rep);
            strncat(got, rep, sizeof got - strlen(got) - 1);
        }
        ok = same_double(v.f[1], got) || same("float()", i, v.f[0], v.f[1], got);
    }
    printf("float_parse: %zu vectors\n", v.nlines);
    vec_close(&v);
    HS_CHECK(ok);
}

static void test_arith(void) {
    HsVecFile v;
    HS_CHECK(vec_open(&v, "float_arith.txt") == 0);
    int ok = 1;
    for (size_t i = 0; i < v.nlines && ok; i++) {
        vec_line(&v, i);
        double x = bits_to_double(v.f[0]), y = bits_to_double(v.f[1]), a = 0, b = 0;
        HsFmtError err;
        char got[5][1024], in[64];
        int rc = hs_obj_float_mod(x, y, &a, &err);
        render_double(rc, a, &err, got[0], sizeof got[0]);
        rc = hs_obj_float_floordiv(x, y, &a, &err);
        render_double(rc, a, &err, got[1], sizeof got[1]);
        rc = hs_obj_float_divmod(x, y, &a, &b, &err);
        render_double(rc, a, &err, got[2], sizeof got[2]);
        render_double(rc, b, &err, got[3], sizeof got[3]);
        rc = hs_obj_float_div(x, y, &a, &err);
        render_double(rc, a, &err, got[4], sizeof got[4]);
        snprintf(in, sizeof in, "%s op %s", v.f[0], v.f[1]);
        for (int k = 0; k < 5 && ok; k++) {
            ok = same_double(v.f[2 + k], got[k]) || same("arith", i, in, v.f[2 + k], got[k]);
        }
    }
    printf("float_arith: %zu vectors\n", v.nlines);
    vec_close(&v);
    HS_CHECK(ok);
}

/* Hand-checked cases: buffer bounds, literals, errors without a vector file. */
static void test_units(void) {
    char buf[HS_FLOAT_REPR_SIZE];
    HS_CHECK_EQ(hs_obj_float_repr(-2.2250738585072014e-308, buf), 24);
    HS_CHECK(strcmp(buf, "-2.2250738585072014e-308") == 0);
    HS_CHECK_EQ(hs_obj_float_repr(1e16, buf), 5);
    HS_CHECK(strcmp(buf, "1e+16") == 0);
    HS_CHECK(hs_obj_float_repr(-0.0, buf) == 4 && strcmp(buf, "-0.0") == 0);
    HS_CHECK_EQ(hs_obj_float_hex(-4.9406564584124654e-324, buf), 24);
    HS_CHECK(strcmp(buf, "-0x0.0000000000001p-1022") == 0);
    double x = 0;
    HsFmtError err;
    HS_CHECK(hs_obj_float_parse_literal("1_000.5e-1_0", 12, &x, &err) == 0);
    HS_CHECK(x == 1000.5e-10);
    HS_CHECK(hs_obj_float_parse_literal("0.1", 3, &x, &err) == 0 && x == 0.1);
    HS_CHECK(hs_obj_float_parse_literal("1e", 2, &x, &err) < 0);
    HS_CHECK_EQ(err.code, HS_FMT_E_FLOAT_LITERAL);
    HsFmtOut out;
    HS_CHECK(hs_obj_float_to_string(2.5, 'f', 0, HS_DTSF_SIGN, &out, &err) == 0);
    HS_CHECK(strcmp(out.utf8, "+2") == 0 && out.nchars == 2 && out.maxchar == '2');
    hs_obj_fmt_out_free(&out);
    static const uint32_t spec[] = {0x1F600, '^', '9', '.', '2', 'f'};
    HS_CHECK(hs_obj_float_format(1.005, spec, 6, &out, &err) == 0);
    HS_CHECK(strcmp(out.utf8, "\xF0\x9F\x98\x80\xF0\x9F\x98\x80" "1.00\xF0\x9F\x98\x80\xF0\x9F"
                              "\x98\x80\xF0\x9F\x98\x80") == 0);
    HS_CHECK_EQ(out.nchars, 9);
    HS_CHECK_EQ(out.maxchar, 0x1F600);
    hs_obj_fmt_out_free(&out);
    static const uint32_t big[] = {'.', '4', '0', '0', 'f'};
    HS_CHECK(hs_obj_float_format(1e308, big, 5, &out, &err) == 0);
    HS_CHECK_EQ(out.len, 309 + 1 + 400);
    hs_obj_fmt_out_free(&out);
    /* CPython 3.11: format(1.0, '.2147483647e') == '1e+00' (its precision + 1 wraps). */
    static const uint32_t huge_e[] = {'.', '2', '1', '4', '7', '4', '8', '3', '6', '4', '7', 'e'};
    HS_CHECK(hs_obj_float_format(1.0, huge_e, 12, &out, &err) == 0);
    HS_CHECK(strcmp(out.utf8, "1e+00") == 0);
    hs_obj_fmt_out_free(&out);
    static const uint32_t huge_g[] = {'.', '2', '1', '4', '7', '4', '8', '3', '6', '4', '7', 'g'};
    HS_CHECK(hs_obj_float_format(0.1, huge_g, 12, &out, &err) == 0);
    HS_CHECK(strcmp(out.utf8, "0.1000000000000000055511151231257827021181583404541015625") == 0);
    hs_obj_fmt_out_free(&out);
    static const uint32_t p2k[] = {'.', '2', '0', '0', '0', 'f'};
    HS_CHECK(hs_obj_float_format(5e-324, p2k, 6, &out, &err) == 0);
    HS_CHECK_EQ(out.len, 2002);
    HS_CHECK(strncmp(out.utf8 + 325, "4940656458412465441765687928682213723650", 40) == 0);
    hs_obj_fmt_out_free(&out);
    /* The 'f' of huge precisions needs only the buffers of its output. */
    static const uint32_t too_big[] = {'.', '2', '1', '4', '7', '4', '8', '3', '6', '4', '8', 'f'};
    HS_CHECK(hs_obj_float_format(1.0, too_big, 12, &out, &err) < 0);
    HS_CHECK_EQ(err.code, HS_FMT_E_PRECISION_TOO_BIG);
}

HS_TEST_MAIN(test_units, test_repr_hex_roundint, test_format, test_percent, test_round,
             test_fromhex, test_parse, test_arith)
