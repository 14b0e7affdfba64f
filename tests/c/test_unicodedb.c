/* The Unicode character database against python3: for every code point 0..0x10FFFF, the
 * predicates, numeric values, full case mappings, category, east asian width and combining
 * class equal what tools/gen_unicode_tables.py read from CPython 3.11.7 and wrote as runs
 * into tests/data/unicode/ctype_runs.txt; the final-sigma rule matches python3's lower() on
 * every case in tests/data/unicode/sigma.txt. A mismatch names the first differing code
 * point and property. Run from the repository root. */
#include "hs_test.h"
#include "support/textfile.h"
#include "internal/hs_obj_unicode.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NCP 0x110000u
#define RUNS_PATH "tests/data/unicode/ctype_runs.txt"
#define SIGMA_PATH "tests/data/unicode/sigma.txt"
#define PRED_MASK ((1u << 14) - 1)

/* ==== reading the vectors ==== */

static char *runs_text;

/* Expand the section '# name' of the runs file into one token per code point: 'vals' gets
 * NCP pointers into a private copy of the text (tokens NUL-terminated). Return 0 if absent
 * or malformed. */
static int load_section(const char *name, char **copy_out, const char **vals) {
    if (runs_text == NULL && (runs_text = read_all(RUNS_PATH)) == NULL) {
        return 0;
    }
    char head[64];
    snprintf(head, sizeof head, "\n# %s ", name);
    const char *start = strstr(runs_text, head);
    if (start == NULL) {
        return 0;
    }
    start = strchr(start + 1, '\n') + 1;
    const char *end = strstr(start, "\n#");
    size_t len = end ? (size_t)(end - start) : strlen(start);
    char *copy = malloc(len + 1);
    memcpy(copy, start, len);
    copy[len] = '\0';
    uint32_t cp = 0;
    char *save = NULL;
    for (char *tok = strtok_r(copy, " \n", &save); tok; tok = strtok_r(NULL, " \n", &save)) {
        char *star = strchr(tok, '*');
        unsigned long count = 1;
        if (star != NULL) {
            *star = '\0';
            count = strtoul(star + 1, NULL, 10);
        }
        for (unsigned long k = 0; k < count && cp < NCP; k++) {
            vals[cp++] = tok;
        }
    }
    *copy_out = copy;
    return cp == NCP;
}

static const char **vals;
static char *section_copy;

static int open_section(const char *name) {
    if (vals == NULL) {
        vals = calloc(NCP, sizeof *vals);
    }
    free(section_copy);
    section_copy = NULL;
    return load_section(name, &section_copy, vals);
}

/* Report the first mismatch of a property. */
static void mismatch(const char *prop, uint32_t cp, const char *got, const char *want) {
    char msg[256];
    snprintf(msg, sizeof msg, "first difference at U+%04X, property %s: got %s, python3 %s",
             (unsigned)cp, prop, got, want);
    hs_test_fail(__FILE__, __LINE__, msg);
}

/* ==== predicates ==== */

typedef int (*pred_fn)(uint32_t);
static const struct {
    const char *name;
    pred_fn fn;
    uint32_t bit;
} preds[] = {
    {"isalpha", hs_uni_isalpha, HS_UNI_ALPHA},
    {"isdecimal", hs_uni_isdecimal, HS_UNI_DECIMAL},
    {"isdigit", hs_uni_isdigit, HS_UNI_DIGIT},
    {"isnumeric", hs_uni_isnumeric, HS_UNI_NUMERIC},
    {"isalnum", hs_uni_isalnum, HS_UNI_ALNUM},
    {"isspace", hs_uni_isspace, HS_UNI_SPACE},
    {"islower", hs_uni_islower, HS_UNI_LOWER},
    {"isupper", hs_uni_isupper, HS_UNI_UPPER},
    {"istitle", hs_uni_istitle, HS_UNI_TITLE},
    {"isprintable", hs_uni_isprintable, HS_UNI_PRINTABLE},
    {"islinebreak", hs_uni_islinebreak, HS_UNI_LINEBREAK},
    {"iscased", hs_uni_iscased, HS_UNI_CASED},
    {"iscaseignorable", hs_uni_iscaseignorable, HS_UNI_CASE_IGNORABLE},
    {"isxidstart", hs_uni_isxidstart, HS_UNI_XID_START},
    {"isxidcontinue", hs_uni_isxidcontinue, HS_UNI_XID_CONTINUE},
};

static void test_predicates_every_code_point(void) {
    HS_CHECK(open_section("flags"));
    long checked = 0;
    for (uint32_t c = 0; c < NCP; c++) {
        uint32_t want = (uint32_t)strtoul(vals[c], NULL, 16);
        uint32_t fast = hs_uni_flags(c) & PRED_MASK;
        if (fast != want || (hs_uni_ctype(c)->ct_flags & PRED_MASK) != want) {
            for (size_t k = 0; k < sizeof preds / sizeof preds[0]; k++) {
                int w = (want & preds[k].bit) != 0, g = preds[k].fn(c);
                if (w != g) {
                    mismatch(preds[k].name, c, g ? "1" : "0", w ? "1" : "0");
                    return;
                }
            }
            mismatch("flags (table paths disagree)", c, "?", vals[c]);
            return;
        }
        for (size_t k = 0; k < sizeof preds / sizeof preds[0]; k++) {
            if (preds[k].fn(c) != ((want & preds[k].bit) != 0)) {
                mismatch(preds[k].name, c, preds[k].fn(c) ? "1" : "0", "the other");
                return;
            }
            checked++;
        }
    }
    HS_CHECK_EQ(checked, 15L * (long)NCP);
}

/* ==== numeric values ==== */

static void test_decimal_digit_numeric(void) {
    char got[64];
    HS_CHECK(open_section("decimal"));
    for (uint32_t c = 0; c < NCP; c++) {
        if (hs_uni_to_decimal(c) != atoi(vals[c])) {
            snprintf(got, sizeof got, "%d", hs_uni_to_decimal(c));
            mismatch("to_decimal", c, got, vals[c]);
            return;
        }
    }
    HS_CHECK(open_section("digit"));
    for (uint32_t c = 0; c < NCP; c++) {
        if (hs_uni_to_digit(c) != atoi(vals[c])) {
            snprintf(got, sizeof got, "%d", hs_uni_to_digit(c));
            mismatch("to_digit", c, got, vals[c]);
            return;
        }
    }
    HS_CHECK(open_section("numeric"));
    for (uint32_t c = 0; c < NCP; c++) {
        double want = vals[c][0] == 'x' ? -1.0 : strtod(vals[c], NULL);
        double g = hs_uni_to_numeric(c);
        if (memcmp(&g, &want, sizeof g) != 0) {
            snprintf(got, sizeof got, "%a", g);
            mismatch("to_numeric", c, got, vals[c]);
            return;
        }
    }
}

/* ==== case mappings ==== */

typedef int (*case_fn)(uint32_t, uint32_t *);

/* Format a mapping the way the generator does: "0", a hex delta mod 2**32, or "=a.b.c". */
static void case_token(uint32_t c, const uint32_t *m, int n, char *buf, size_t size) {
    if (n == 1) {
        snprintf(buf, size, "%x", (unsigned)(m[0] - c));
        return;
    }
    size_t at = (size_t)snprintf(buf, size, "=");
    for (int k = 0; k < n && at < size; k++) {
        at += (size_t)snprintf(buf + at, size - at, k ? ".%x" : "%x", (unsigned)m[k]);
    }
}

static void check_case(const char *section, case_fn fn) {
    char got[64];
    uint32_t out[HS_UNI_MAX_CASE];
    HS_CHECK(open_section(section));
    for (uint32_t c = 0; c < NCP; c++) {
        int n = fn(c, out);
        if (n < 1 || n > HS_UNI_MAX_CASE) {
            mismatch(section, c, "bad count", vals[c]);
            return;
        }
        case_token(c, out, n, got, sizeof got);
        if (strcmp(got, vals[c]) != 0) {
            mismatch(section, c, got, vals[c]);
            return;
        }
    }
}

static void test_lower_every_code_point(void) {
    check_case("lower", hs_uni_lower_full);
}
static void test_upper_every_code_point(void) {
    check_case("upper", hs_uni_upper_full);
}
static void test_title_every_code_point(void) {
    check_case("title", hs_uni_title_full);
}
static void test_fold_every_code_point(void) {
    check_case("fold", hs_uni_fold_full);
}

/* ==== unicodedata properties ==== */

static void test_category_eaw_combining(void) {
    char got[16];
    HS_CHECK(open_section("category"));
    for (uint32_t c = 0; c < NCP; c++) {
        if (strcmp(hs_uni_category(c), vals[c]) != 0) {
            mismatch("category", c, hs_uni_category(c), vals[c]);
            return;
        }
    }
    HS_CHECK(open_section("eaw"));
    for (uint32_t c = 0; c < NCP; c++) {
        if (strcmp(hs_uni_east_asian_width(c), vals[c]) != 0) {
            mismatch("east_asian_width", c, hs_uni_east_asian_width(c), vals[c]);
            return;
        }
    }
    HS_CHECK(open_section("combining"));
    for (uint32_t c = 0; c < NCP; c++) {
        if (hs_uni_combining(c) != atoi(vals[c])) {
            snprintf(got, sizeof got, "%d", hs_uni_combining(c));
            mismatch("combining", c, got, vals[c]);
            return;
        }
    }
}

/* ==== final sigma ==== */

/* Lower every code point of 'in' (n code points, stored with 'kind' bytes each) into 'out'
 * as str.lower() does; return the length. */
static int lower_string(int kind, const uint32_t *in, int n, uint32_t *out) {
    uint8_t b1[8];
    uint16_t b2[8];
    const void *data = in;
    for (int k = 0; k < n; k++) {
        b1[k] = (uint8_t)in[k];
        b2[k] = (uint16_t)in[k];
    }
    data = kind == 1 ? (const void *)b1 : kind == 2 ? (const void *)b2 : (const void *)in;
    int len = 0;
    for (int k = 0; k < n; k++) {
        len += hs_uni_lower_at(kind, data, n, k, out + len);
    }
    return len;
}

static void test_final_sigma_matches_python(void) {
    char *text = read_all(SIGMA_PATH);
    HS_CHECK(text != NULL);
    int cases = 0, bad = 0;
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (line[0] == '#') {
            continue;
        }
        uint32_t in[8], want[24], got[24];
        int n = 0, nw = 0, side = 0;
        for (char *p = line; *p;) {
            if (*p == ' ') {
                p++;
            } else if (*p == '>') {
                side = 1;
                p++;
            } else {
                uint32_t v = (uint32_t)strtoul(p, &p, 16);
                if (side) {
                    want[nw++] = v;
                } else {
                    in[n++] = v;
                }
            }
        }
        int kind = 2; // Σ is outside Latin-1; also try UCS-4
        for (int pass = 0; pass < 2; pass++, kind = 4) {
            int ng = lower_string(kind, in, n, got);
            if (ng != nw || memcmp(got, want, sizeof(uint32_t) * (size_t)nw) != 0) {
                if (bad++ == 0) {
                    printf("  sigma mismatch on: %s\n", line);
                }
            }
        }
        cases++;
    }
    free(text);
    HS_CHECK_EQ(bad, 0);
    HS_CHECK(cases > 1500);
}

/* ==== spot checks (the brief's examples) and edges ==== */

static void test_examples(void) {
    uint32_t out[HS_UNI_MAX_CASE];
    HS_CHECK_EQ(hs_uni_to_decimal(0x661), 1); // ARABIC-INDIC DIGIT ONE: int('١٢٣') == 123
    HS_CHECK_EQ(hs_uni_to_digit(0xB2), 2);
    HS_CHECK_EQ(hs_uni_to_decimal(0xB2), -1);
    HS_CHECK(hs_uni_to_numeric(0xBD) == 0.5);
    HS_CHECK(hs_uni_to_numeric('A') == -1.0);
    HS_CHECK_EQ(hs_uni_upper_full(0xDF, out), 2); // 'ß'.upper() == 'SS'
    HS_CHECK(out[0] == 'S' && out[1] == 'S');
    HS_CHECK_EQ(hs_uni_upper_full(0xFB01, out), 2); // 'ﬁ'.upper() == 'FI'
    HS_CHECK(out[0] == 'F' && out[1] == 'I');
    HS_CHECK_EQ(hs_uni_lower_full(0x130, out), 2); // 'İ'.lower() == 'i̇'
    HS_CHECK(out[0] == 'i' && out[1] == 0x307);
    HS_CHECK_EQ(hs_uni_fold_full(0xDF, out), 2);
    HS_CHECK(out[0] == 's' && out[1] == 's');
    HS_CHECK_EQ(hs_uni_upper_full(0x390, out), 3); // 'ΐ'.upper() is 3 code points
    HS_CHECK_EQ(hs_uni_title_full(0x1C6, out), 1); // 'ǆ'.title() == 'ǅ'
    HS_CHECK_EQ(out[0], 0x1C5);
    HS_CHECK(hs_uni_isspace(0x1C) && hs_uni_isspace(0x3000) && !hs_uni_isspace(0x200B));
    HS_CHECK(hs_uni_islinebreak(0x2028) && hs_uni_islinebreak(0x85) && !hs_uni_islinebreak(' '));
    HS_CHECK(!hs_uni_isprintable(0xAD) && hs_uni_isprintable(' ') && !hs_uni_isprintable('\n'));
    HS_CHECK(hs_uni_isxidstart(0x3B1) && !hs_uni_isxidstart('_') && hs_uni_isxidcontinue('_'));
    HS_CHECK_EQ(strcmp(hs_uni_category(0x1C5), "Lt"), 0);
    HS_CHECK_EQ(strcmp(hs_uni_east_asian_width(0x4E00), "W"), 0);
    HS_CHECK_EQ(hs_uni_combining(0x301), 230);
}

static void test_lower_at_kinds(void) {
    uint32_t out[HS_UNI_MAX_CASE];
    const uint8_t latin1[] = {'A', 0xC0, 0xDF}; // 'AÀß'.lower() == 'aàß'
    HS_CHECK_EQ(hs_uni_lower_at(1, latin1, 3, 1, out), 1);
    HS_CHECK_EQ(out[0], 0xE0);
    HS_CHECK_EQ(hs_uni_lower_at(1, latin1, 3, 2, out), 1);
    HS_CHECK_EQ(out[0], 0xDF);
    const uint32_t ucs4[] = {0x10400, 0x3A3, 0x1F600}; // DESERET CAPITAL LONG I, Σ, emoji
    HS_CHECK_EQ(hs_uni_lower_at(4, ucs4, 3, 0, out), 1);
    HS_CHECK_EQ(out[0], 0x10428);
    HS_CHECK_EQ(hs_uni_final_sigma(4, ucs4, 3, 1), 0x3C2);     // cased before, uncased after
    HS_CHECK_EQ(hs_uni_final_sigma(4, ucs4, 2, 1), 0x3C2);     // at the end
    HS_CHECK_EQ(hs_uni_final_sigma(4, ucs4 + 1, 2, 0), 0x3C3); // nothing cased before
}

static void test_out_of_range_is_unassigned(void) {
    uint32_t out[HS_UNI_MAX_CASE];
    const uint32_t big[] = {0x110000, 0x7FFFFFFF, 0xFFFFFFFF};
    for (size_t k = 0; k < sizeof big / sizeof big[0]; k++) {
        HS_CHECK_EQ(hs_uni_flags(big[k]) & PRED_MASK, 0);
        HS_CHECK_EQ(strcmp(hs_uni_category(big[k]), "Cn"), 0);
        HS_CHECK_EQ(hs_uni_to_decimal(big[k]), -1);
        HS_CHECK_EQ(hs_uni_lower_full(big[k], out), 1);
        HS_CHECK_EQ(out[0], big[k]);
    }
}

static void test_cleanup(void) {
    free(section_copy);
    free(vals);
    free(runs_text);
    section_copy = NULL;
    vals = NULL;
    runs_text = NULL;
    HS_CHECK(1);
}

HS_TEST_MAIN(test_predicates_every_code_point, test_decimal_digit_numeric,
             test_lower_every_code_point, test_upper_every_code_point, test_title_every_code_point,
             test_fold_every_code_point, test_category_eaw_combining,
             test_final_sigma_matches_python, test_examples, test_lower_at_kinds,
             test_out_of_range_is_unassigned, test_cleanup)
