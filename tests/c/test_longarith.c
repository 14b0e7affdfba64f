/* The integer kernel (src/obj/longarith.c, longdiv.c, longconv.c) against vectors computed
 * by CPython 3.11 (tools/gen_bigint_vectors.py -> tests/data/bigint/ files). Each line is
 * '<op> <inputs...> <expected...>'; operands are parsed with the kernel's own
 * hs_obj_long_from_string and results printed with its own formatting, then compared as text.
 * One PASS/FAIL line per operation family per file, with the first mismatch on failure.
 * Run from the repository root (the vectors are opened by relative path). */
#include "hs_test.h"
#include "internal/hs_obj_long.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== numbers and output ==== */

typedef struct Num {
    hs_digit *d;
    Hs_ssize_t n;
} Num;

static char *out_buf;
static size_t out_len, out_cap;
static int parse_failed;

static void out_reset(void) {
    out_len = 0;
    if (out_buf != NULL) {
        out_buf[0] = '\0';
    }
}

static void out_add(const char *s) {
    size_t n = strlen(s);
    if (out_len + n + 2 > out_cap) {
        out_cap = (out_len + n + 2) * 2;
        out_buf = realloc(out_buf, out_cap);
    }
    if (out_len > 0) {
        out_buf[out_len++] = ' ';
    }
    memcpy(out_buf + out_len, s, n + 1);
    out_len += n;
}

static void out_fmt(const char *fmt, long long v) {
    char tmp[64];
    snprintf(tmp, sizeof tmp, fmt, v);
    out_add(tmp);
}

static hs_digit *digits_alloc(Hs_ssize_t n) {
    return malloc((size_t)(n > 0 ? n : 1) * sizeof(hs_digit));
}

/* A result must be normalised with every digit below BASE. */
static int is_normal(const hs_digit *d, Hs_ssize_t n) {
    Hs_ssize_t m = hs_obj_long_ndigits(n);
    for (Hs_ssize_t i = 0; i < m; i++) {
        if (d[i] > HS_LONG_MASK) {
            return 0;
        }
    }
    return m == 0 || d[m - 1] != 0;
}

static void out_num(const hs_digit *d, Hs_ssize_t n) {
    if (!is_normal(d, n)) {
        out_add("DENORMALISED");
        return;
    }
    char *s = malloc(hs_obj_long_str_capacity(n, 16));
    hs_obj_long_to_base(d, n, 16, HS_LONG_FMT_PREFIX, s);
    out_add(s);
    free(s);
}

static void out_err(int rc) {
    static const char *names[] = {"OK",  "NOMEM", "OVERFLOW", "INVALID", "LIMIT", "NEGATIVE",
                                  "NAN", "INF",   "NOTINV",   "ZERODIV", "BASE"};
    out_add(rc <= 0 && rc >= -10 ? names[-rc] : "?");
}

static void out_double(double x) {
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    char tmp[32];
    snprintf(tmp, sizeof tmp, "d:%016llx", (unsigned long long)u);
    out_add(tmp);
}

static Num num(const char *tok) {
    size_t len = strlen(tok);
    Num x = {digits_alloc(hs_obj_long_from_string_capacity(len)), 0};
    if (hs_obj_long_from_string(tok, len, 0, 0, x.d, &x.n, NULL) != HS_LONG_OK) {
        parse_failed = 1;
        x.n = 0;
    }
    return x;
}

static double dbl(const char *tok) {
    uint64_t u = strtoull(tok + 2, NULL, 16);
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

static unsigned char *hexbytes(const char *hex, size_t *n, unsigned char *p) {
    size_t m = strlen(hex) / 2;
    for (size_t i = 0; i < m; i++) {
        unsigned v;
        sscanf(hex + 2 * i, "%2x", &v);
        p[i] = (unsigned char)v;
    }
    *n = m;
    return p + m;
}

/* Decode 's:<hex>', 'b:<hex>' or 'sr:<count>*<hex>,...'; caller frees. */
static unsigned char *decode_str(const char *tok, size_t *len) {
    size_t cap = strlen(tok) + 16, n;
    if (strncmp(tok, "sr:", 3) == 0) {
        for (const char *p = tok + 3; *p; p = strchr(p, ',') ? strchr(p, ',') + 1 : "") {
            cap += strtoull(p, NULL, 10) * 4;
        }
    }
    unsigned char *buf = malloc(cap), *w = buf;
    if (strncmp(tok, "sr:", 3) != 0) {
        hexbytes(tok + 2, &n, buf);
        *len = n;
        return buf;
    }
    for (const char *p = tok + 3; *p;) {
        char *star;
        unsigned long long count = strtoull(p, &star, 10);
        char chunk[16] = {0};
        size_t cl = strcspn(star + 1, ",");
        memcpy(chunk, star + 1, cl < 15 ? cl : 15);
        unsigned char one[8];
        hexbytes(chunk, &n, one);
        for (unsigned long long i = 0; i < count; i++, w += n) {
            memcpy(w, one, n);
        }
        p = star + 1 + cl + (star[1 + cl] == ',' ? 1 : 0);
    }
    *len = (size_t)(w - buf);
    return buf;
}

/* ==== handlers: each reads its input fields and writes the result text ==== */

typedef void (*handler)(char **f);

static void op_addsub(char **f, int sub) {
    Num a = num(f[0]), b = num(f[1]);
    Hs_ssize_t na = hs_obj_long_ndigits(a.n), nb = hs_obj_long_ndigits(b.n);
    hs_digit *z = digits_alloc((na > nb ? na : nb) + 1);
    Hs_ssize_t nz =
        sub ? hs_obj_long_sub(a.d, a.n, b.d, b.n, z) : hs_obj_long_add(a.d, a.n, b.d, b.n, z);
    out_num(z, nz);
    free(z);
    free(a.d);
    free(b.d);
}

static void op_add(char **f) {
    op_addsub(f, 0);
}
static void op_sub(char **f) {
    op_addsub(f, 1);
}

static void op_mul(char **f) {
    Num a = num(f[0]), b = strcmp(f[0], f[1]) == 0 ? a : num(f[1]);
    hs_digit *z = digits_alloc(hs_obj_long_ndigits(a.n) + hs_obj_long_ndigits(b.n));
    Hs_ssize_t nz;
    int rc = hs_obj_long_mul(a.d, a.n, b.d, b.n, z, &nz);
    if (rc == 0) {
        out_num(z, nz);
    } else {
        out_err(rc);
    }
    free(z);
    if (b.d != a.d) {
        free(b.d);
    }
    free(a.d);
}

static void op_cmp(char **f) {
    Num a = num(f[0]), b = num(f[1]);
    out_fmt("%lld", hs_obj_long_compare(a.d, a.n, b.d, b.n));
    free(a.d);
    free(b.d);
}

/* divmod, and the quotient alone and the remainder alone (the NULL-buffer paths). */
static void op_divmod(char **f) {
    Num a = num(f[0]), b = num(f[1]);
    Hs_ssize_t qc = hs_obj_long_div_capacity(a.n, b.n), rcap = hs_obj_long_ndigits(b.n);
    hs_digit *q = digits_alloc(qc), *r = digits_alloc(rcap), *q2 = digits_alloc(qc);
    hs_digit *r2 = digits_alloc(rcap);
    Hs_ssize_t nq, nr, nq2 = 0, nr2 = 0;
    int rc = hs_obj_long_divmod(a.d, a.n, b.d, b.n, q, &nq, r, &nr);
    rc |= hs_obj_long_divmod(a.d, a.n, b.d, b.n, q2, &nq2, NULL, NULL);
    rc |= hs_obj_long_divmod(a.d, a.n, b.d, b.n, NULL, NULL, r2, &nr2);
    if (rc != 0) {
        out_err(rc);
    } else if (hs_obj_long_compare(q, nq, q2, nq2) != 0 || hs_obj_long_compare(r, nr, r2, nr2)) {
        out_add("DIVMOD-PARTS-DIFFER");
    } else {
        out_num(q, nq);
        out_num(r, nr);
    }
    free(q);
    free(r);
    free(q2);
    free(r2);
    free(a.d);
    free(b.d);
}

static void op_shift(char **f, int left) {
    Num a = num(f[0]);
    size_t s = strtoull(f[1], NULL, 10);
    Hs_ssize_t na = hs_obj_long_ndigits(a.n), w = (Hs_ssize_t)(s / HS_LONG_SHIFT);
    Hs_ssize_t cap = left ? hs_obj_long_lshift_capacity(a.n, s) : (na > w ? na - w : 0) + 1;
    hs_digit *z = digits_alloc(cap);
    out_num(z, left ? hs_obj_long_lshift(a.d, a.n, s, z) : hs_obj_long_rshift(a.d, a.n, s, z));
    free(z);
    free(a.d);
}

static void op_lshift(char **f) {
    op_shift(f, 1);
}
static void op_rshift(char **f) {
    op_shift(f, 0);
}

static void op_bitwise(char **f, int which) {
    Num a = num(f[0]), b = num(f[1]);
    Hs_ssize_t na = hs_obj_long_ndigits(a.n), nb = hs_obj_long_ndigits(b.n);
    hs_digit *z = digits_alloc((na > nb ? na : nb) + 1);
    Hs_ssize_t nz = which == 0   ? hs_obj_long_and(a.d, a.n, b.d, b.n, z)
                    : which == 1 ? hs_obj_long_or(a.d, a.n, b.d, b.n, z)
                                 : hs_obj_long_xor(a.d, a.n, b.d, b.n, z);
    out_num(z, nz);
    free(z);
    free(a.d);
    free(b.d);
}

static void op_and(char **f) {
    op_bitwise(f, 0);
}
static void op_or(char **f) {
    op_bitwise(f, 1);
}
static void op_xor(char **f) {
    op_bitwise(f, 2);
}

static void op_invert(char **f) {
    Num a = num(f[0]);
    hs_digit *z = digits_alloc(hs_obj_long_ndigits(a.n) + 1);
    out_num(z, hs_obj_long_invert(a.d, a.n, z));
    free(z);
    free(a.d);
}

static void op_bit_length(char **f) {
    Num a = num(f[0]);
    out_fmt("%lld", (long long)hs_obj_long_bit_length(a.d, a.n));
    free(a.d);
}

static void op_bit_count(char **f) {
    Num a = num(f[0]);
    out_fmt("%lld", (long long)hs_obj_long_bit_count(a.d, a.n));
    free(a.d);
}

static void op_pow(char **f) {
    Num a = num(f[0]), e = num(f[1]);
    Hs_ssize_t cap = hs_obj_long_pow_capacity(a.d, a.n, e.d, e.n), nz;
    hs_digit *z = digits_alloc(cap);
    int rc = cap < 0 ? HS_LONG_ERR_NOMEM : hs_obj_long_pow(a.d, a.n, e.d, e.n, z, &nz);
    if (rc == 0) {
        out_num(z, nz);
    } else {
        out_err(rc);
    }
    free(z);
    free(a.d);
    free(e.d);
}

static void op_powmod(char **f) {
    Num a = num(f[0]), e = num(f[1]), m = num(f[2]);
    hs_digit *z = digits_alloc(hs_obj_long_ndigits(m.n));
    Hs_ssize_t nz;
    int rc = hs_obj_long_powmod(a.d, a.n, e.d, e.n, m.d, m.n, z, &nz);
    if (rc == 0) {
        out_num(z, nz);
    } else {
        out_err(rc);
    }
    free(z);
    free(a.d);
    free(e.d);
    free(m.d);
}

static void op_gcd(char **f) {
    Num a = num(f[0]), b = num(f[1]);
    Hs_ssize_t na = hs_obj_long_ndigits(a.n), nb = hs_obj_long_ndigits(b.n), nz;
    hs_digit *z = digits_alloc(na > nb ? na : nb);
    int rc = hs_obj_long_gcd(a.d, a.n, b.d, b.n, z, &nz);
    if (rc == 0) {
        out_num(z, nz);
    } else {
        out_err(rc);
    }
    free(z);
    free(a.d);
    free(b.d);
}

static void op_isqrt(char **f) {
    Num a = num(f[0]);
    hs_digit *z = digits_alloc(hs_obj_long_ndigits(a.n) / 2 + 1);
    Hs_ssize_t nz;
    int rc = hs_obj_long_isqrt(a.d, a.n, z, &nz);
    if (rc == 0) {
        out_num(z, nz);
    } else {
        out_err(rc);
    }
    free(z);
    free(a.d);
}

/* parse <base> <limit> <string>: int(string, base) under sys.set_int_max_str_digits(limit). */
static void op_parse(char **f) {
    size_t len;
    unsigned char *s = decode_str(f[2], &len);
    hs_digit *z = digits_alloc(hs_obj_long_from_string_capacity(len));
    Hs_ssize_t nz, nd = -1;
    int rc = hs_obj_long_from_string((const char *)s, len, atoi(f[0]), atoi(f[1]), z, &nz, &nd);
    if (rc == 0) {
        out_num(z, nz);
    } else if (rc == HS_LONG_ERR_STR_LIMIT) {
        out_fmt("LIMIT:%lld", (long long)nd);
    } else {
        out_err(rc);
    }
    free(z);
    free(s);
}

static void op_dec(char **f) {
    Num a = num(f[1]);
    char *s = malloc(hs_obj_long_str_capacity(a.n, 10));
    size_t len;
    int rc = hs_obj_long_to_decimal(a.d, a.n, atoi(f[0]), s, &len);
    if (rc == 0) {
        out_add(len == strlen(s) ? s : "BAD-LENGTH");
    } else {
        out_err(rc);
    }
    free(s);
    free(a.d);
}

static void format_base(char **f, int base, int flags) {
    Num a = num(f[0]);
    size_t cap = hs_obj_long_str_capacity(a.n, base);
    char *s = malloc(cap);
    size_t len = hs_obj_long_to_base(a.d, a.n, base, flags, s);
    out_add(len == strlen(s) && len < cap ? s : "BAD-LENGTH");
    free(s);
    free(a.d);
}

static void op_bin(char **f) {
    format_base(f, 2, HS_LONG_FMT_PREFIX);
}
static void op_oct(char **f) {
    format_base(f, 8, HS_LONG_FMT_PREFIX);
}
static void op_hex(char **f) {
    format_base(f, 16, HS_LONG_FMT_PREFIX);
}
static void op_fmt_b(char **f) {
    format_base(f, 2, 0);
}
static void op_fmt_o(char **f) {
    format_base(f, 8, 0);
}
static void op_fmt_x(char **f) {
    format_base(f, 16, 0);
}
static void op_fmt_X(char **f) {
    format_base(f, 16, HS_LONG_FMT_UPPER);
}
static void op_fmt_altX(char **f) {
    format_base(f, 16, HS_LONG_FMT_UPPER | HS_LONG_FMT_PREFIX);
}

static void op_to_double(char **f) {
    Num a = num(f[0]);
    double x;
    int rc = hs_obj_long_to_double(a.d, a.n, &x);
    if (rc == 0) {
        out_double(x);
    } else {
        out_err(rc);
    }
    free(a.d);
}

static void op_frexp(char **f) {
    Num a = num(f[0]);
    double m;
    Hs_ssize_t e;
    int rc = hs_obj_long_frexp(a.d, a.n, &m, &e);
    if (rc == 0) {
        out_double(m);
        out_fmt("%lld", (long long)e);
    } else {
        out_err(rc);
    }
    free(a.d);
}

static void op_from_double(char **f) {
    hs_digit z[HS_LONG_DOUBLE_DIGITS];
    Hs_ssize_t nz;
    int rc = hs_obj_long_from_double(dbl(f[0]), z, &nz);
    if (rc == 0) {
        out_num(z, nz);
    } else {
        out_err(rc);
    }
}

static void op_truediv(char **f) {
    Num a = num(f[0]), b = num(f[1]);
    double x;
    int rc = hs_obj_long_true_divide(a.d, a.n, b.d, b.n, &x);
    if (rc == 0) {
        out_double(x);
    } else {
        out_err(rc);
    }
    free(a.d);
    free(b.d);
}

static void op_hash(char **f) {
    Num a = num(f[0]);
    out_fmt("%lld", (long long)hs_obj_long_hash(a.d, a.n));
    free(a.d);
}

/* to_int64 also checks the round trip through hs_obj_long_from_int64. */
static void op_to_int64(char **f) {
    Num a = num(f[0]);
    int64_t v;
    int rc = hs_obj_long_to_int64(a.d, a.n, &v);
    if (rc == 0) {
        hs_digit z[HS_LONG_INT64_DIGITS];
        Hs_ssize_t nz = hs_obj_long_from_int64(v, z);
        if (hs_obj_long_compare(z, nz, a.d, a.n) != 0) {
            out_add("ROUNDTRIP");
        } else {
            out_fmt("%lld", (long long)v);
        }
    } else {
        out_err(rc);
    }
    free(a.d);
}

static void op_to_uint64(char **f) {
    Num a = num(f[0]);
    uint64_t v;
    int rc = hs_obj_long_to_uint64(a.d, a.n, &v);
    if (rc == 0) {
        hs_digit z[HS_LONG_INT64_DIGITS];
        char tmp[32];
        snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v);
        out_add(hs_obj_long_compare(z, hs_obj_long_from_uint64(v, z), a.d, a.n) ? "RT" : tmp);
    } else {
        out_err(rc);
    }
    free(a.d);
}

/* to_bytes <x> <n> <order> <signed> */
static void op_to_bytes(char **f) {
    Num a = num(f[0]);
    size_t n = strtoull(f[1], NULL, 10);
    unsigned char *b = malloc(n + 1);
    int rc = hs_obj_long_to_bytes(a.d, a.n, b, n, strcmp(f[2], "little") == 0, atoi(f[3]));
    if (rc == 0) {
        char *s = malloc(2 * n + 3);
        strcpy(s, "b:");
        for (size_t i = 0; i < n; i++) {
            snprintf(s + 2 + 2 * i, 3, "%02x", b[i]);
        }
        out_add(s);
        free(s);
    } else {
        out_err(rc);
    }
    free(b);
    free(a.d);
}

static void op_from_bytes(char **f) {
    size_t n;
    unsigned char *b = decode_str(f[0], &n);
    hs_digit *z = digits_alloc(hs_obj_long_from_bytes_capacity(n));
    out_num(z, hs_obj_long_from_bytes(b, n, strcmp(f[1], "little") == 0, atoi(f[2]), z));
    free(z);
    free(b);
}

/* ==== driver ==== */

typedef struct Op {
    const char *name;
    int ninputs;
    handler fn;
} Op;

static const Op ops[] = {
    {"add", 2, op_add},
    {"sub", 2, op_sub},
    {"mul", 2, op_mul},
    {"cmp", 2, op_cmp},
    {"divmod", 2, op_divmod},
    {"lshift", 2, op_lshift},
    {"rshift", 2, op_rshift},
    {"and", 2, op_and},
    {"or", 2, op_or},
    {"xor", 2, op_xor},
    {"invert", 1, op_invert},
    {"bit_length", 1, op_bit_length},
    {"bit_count", 1, op_bit_count},
    {"pow", 2, op_pow},
    {"powmod", 3, op_powmod},
    {"gcd", 2, op_gcd},
    {"isqrt", 1, op_isqrt},
    {"parse", 3, op_parse},
    {"dec", 2, op_dec},
    {"bin", 1, op_bin},
    {"oct", 1, op_oct},
    {"hex", 1, op_hex},
    {"fmt_b", 1, op_fmt_b},
    {"fmt_o", 1, op_fmt_o},
    {"fmt_x", 1, op_fmt_x},
    {"fmt_X", 1, op_fmt_X},
    {"fmt_altX", 1, op_fmt_altX},
    {"to_double", 1, op_to_double},
    {"frexp", 1, op_frexp},
    {"from_double", 1, op_from_double},
    {"truediv", 2, op_truediv},
    {"hash", 1, op_hash},
    {"to_int64", 1, op_to_int64},
    {"to_uint64", 1, op_to_uint64},
    {"to_bytes", 4, op_to_bytes},
    {"from_bytes", 3, op_from_bytes},
};
#define NOPS ((int)(sizeof ops / sizeof ops[0]))

typedef struct Family {
    long count;
    long failed;
    char first[640];
} Family;

static void clip(char *dst, size_t cap, const char *src) {
    size_t n = strlen(src);
    if (n < cap) {
        memcpy(dst, src, n + 1);
    } else {
        snprintf(dst, cap, "%.*s...(%zu chars)", (int)(cap - 32), src, n);
    }
}

/* Run one line; on mismatch remember the first one for its family. */
static void run_line(char *line, long lineno, Family *fam) {
    char *fields[12];
    int nf = 0;
    for (char *save = NULL, *t = strtok_r(line, " \n", &save); t && nf < 12;
         t = strtok_r(NULL, " \n", &save)) {
        fields[nf++] = t;
    }
    int k = 0;
    while (nf > 0 && k < NOPS && strcmp(ops[k].name, fields[0]) != 0) {
        k++;
    }
    if (nf == 0 || k == NOPS) {
        return;
    }
    char expected[64 * 1024];
    expected[0] = '\0';
    for (int i = 1 + ops[k].ninputs; i < nf; i++) {
        strncat(expected, fields[i], sizeof expected - strlen(expected) - 2);
        if (i + 1 < nf) {
            strcat(expected, " ");
        }
    }
    out_reset();
    parse_failed = 0;
    ops[k].fn(fields + 1);
    fam[k].count++;
    if (parse_failed || out_buf == NULL || strcmp(out_buf, expected) != 0) {
        if (fam[k].failed++ == 0) {
            char got[160], want[160], in[160];
            clip(got, sizeof got, parse_failed ? "(operand did not parse)" : out_buf);
            clip(want, sizeof want, expected);
            clip(in, sizeof in, fields[1]);
            snprintf(fam[k].first, sizeof fam[k].first, "line %ld: %s %s: got %s, want %s", lineno,
                     ops[k].name, in, got, want);
        }
    }
}

/* Run every line of one vector file; one PASS/FAIL line per family. Returns failures. */
static int run_file(const char *name) {
    char path[256];
    snprintf(path, sizeof path, "tests/data/bigint/%s", name);
    FILE *fp = fopen(path, "r");
    if (fp == NULL) {
        printf("FAIL %s: cannot open %s (run from the repository root)\n", name, path);
        return 1;
    }
    Family fam[NOPS];
    memset(fam, 0, sizeof fam);
    char *line = NULL;
    size_t cap = 0;
    long lineno = 0;
    while (getline(&line, &cap, fp) > 0) {
        run_line(line, ++lineno, fam);
    }
    free(line);
    fclose(fp);
    int failures = 0;
    for (int k = 0; k < NOPS; k++) {
        if (fam[k].count == 0) {
            continue;
        }
        if (fam[k].failed) {
            printf("FAIL %s/%s: %ld of %ld vectors; first: %s\n", name, ops[k].name, fam[k].failed,
                   fam[k].count, fam[k].first);
            failures++;
        } else {
            printf("PASS %s/%s (%ld vectors)\n", name, ops[k].name, fam[k].count);
        }
    }
    return failures + (lineno == 0);
}

#define VECTOR_TEST(fn, file)                                                                      \
    static void fn(void) {                                                                         \
        int failures = run_file(file);                                                             \
        HS_CHECK_EQ(failures, 0);                                                                  \
    }

VECTOR_TEST(test_arith_vectors, "arith.txt")
VECTOR_TEST(test_bits_vectors, "bits.txt")
VECTOR_TEST(test_pow_vectors, "pow.txt")
VECTOR_TEST(test_str_vectors, "str.txt")
VECTOR_TEST(test_float_vectors, "float.txt")
VECTOR_TEST(test_misc_vectors, "misc.txt")

static void test_cleanup(void) {
    free(out_buf);
    out_buf = NULL;
    out_cap = out_len = 0;
}

HS_TEST_MAIN(test_arith_vectors, test_bits_vectors, test_pow_vectors, test_str_vectors,
             test_float_vectors, test_misc_vectors, test_cleanup)
