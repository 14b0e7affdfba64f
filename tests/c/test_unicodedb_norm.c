/* Normalization against python3: for every code point, NFC/NFD/NFKC/NFKD of the one-character
 * string and unicodedata.decomposition() give the CRC-32 per block of 16 that
 * tools/gen_unicode_tables.py wrote (tests/data/unicode/norm_crc.txt; blocks not listed are
 * their own normal forms with no decomposition); mixed strings (Hangul jamo, reordering,
 * exclusions, singletons, starter+starter pairs) equal python3's forms exactly
 * (tests/data/unicode/norm_strings.txt). Run from the repository root. */
#include "hs_test.h"
#include "support/crc32.h"
#include "internal/hs_obj_unicode.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NCP 0x110000u
#define REC_MAX 8192

static const int forms[4] = {HS_UNI_NFC, HS_UNI_NFD, HS_UNI_NFKC, HS_UNI_NFKD};

/* ==== helpers ==== */

/* The generator's record for 'in': the four forms as dotted hex, '|'-separated, then (for
 * one code point) '|' and decomposition(). Return its length. */
static size_t norm_record(const uint32_t *in, int n, char *rec) {
    uint32_t out[8 * HS_UNI_NORM_MAX_EXPANSION];
    size_t at = 0;
    for (int f = 0; f < 4; f++) {
        Hs_ssize_t len = hs_uni_normalize(forms[f], in, n, out);
        for (Hs_ssize_t k = 0; k < len; k++) {
            at += (size_t)snprintf(rec + at, REC_MAX - at, k ? ".%x" : "%x", (unsigned)out[k]);
        }
        if (f < 3) {
            rec[at++] = '|';
        }
    }
    if (n == 1) {
        rec[at++] = '|';
        int d = hs_uni_decomposition(in[0], rec + at, REC_MAX - at);
        at += d > 0 ? (size_t)d : 0;
    }
    rec[at] = '\0';
    return at;
}

/* ==== every code point ==== */

static void test_single_code_points_match_python_crc(void) {
    FILE *f = fopen("tests/data/unicode/norm_crc.txt", "r");
    HS_CHECK(f != NULL);
    crc_init();
    char line[128], rec[REC_MAX], plain[REC_MAX];
    uint32_t next = 0;
    long blocks = 0;
    int ok = 1;
    while (ok && fgets(line, sizeof line, f) != NULL) {
        unsigned start = 0, want = 0;
        if (line[0] == '#' || sscanf(line, "%x %x", &start, &want) != 2) {
            continue;
        }
        for (; next < start && ok; next++) { // unlisted: every form is the code point itself
            snprintf(plain, sizeof plain, "%x|%x|%x|%x|", next, next, next, next);
            norm_record(&next, 1, rec);
            ok = strcmp(rec, plain) == 0;
            if (!ok) {
                printf("  U+%04X: got %s, python3 %s\n", (unsigned)next, rec, plain);
            }
        }
        uint32_t crc = 0xFFFFFFFFu;
        for (uint32_t c = start; c < start + 16; c++) {
            crc = crc_update(crc, rec, norm_record(&c, 1, rec));
            crc = c + 1 < start + 16 ? crc_update(crc, "\n", 1) : crc;
        }
        if (ok && (crc ^ 0xFFFFFFFFu) != want) {
            printf("  normal forms of U+%04X..U+%04X differ from python3\n", start, start + 15);
            ok = 0;
        }
        next = start + 16;
        blocks++;
    }
    fclose(f);
    HS_CHECK(ok);
    HS_CHECK_EQ(blocks, 1183);
}

/* ==== strings ==== */

static void test_strings_match_python(void) {
    FILE *f = fopen("tests/data/unicode/norm_strings.txt", "r");
    HS_CHECK(f != NULL);
    char line[REC_MAX], rec[REC_MAX];
    int cases = 0, bad = 0;
    while (fgets(line, sizeof line, f) != NULL) {
        char *gt = strstr(line, " > ");
        if (line[0] == '#' || gt == NULL) {
            continue;
        }
        *gt = '\0';
        char *want = gt + 3;
        want[strcspn(want, "\n")] = '\0';
        uint32_t in[8];
        int n = 0;
        for (char *p = line; *p != '\0' && n < 8; p += *p == '.') {
            in[n++] = (uint32_t)strtoul(p, &p, 16);
        }
        norm_record(in, n, rec);
        if (strcmp(rec, want) != 0 && bad++ < 5) {
            printf("  %s: got %s, python3 %s\n", line, rec, want);
        }
        cases++;
    }
    fclose(f);
    HS_CHECK_EQ(bad, 0);
    HS_CHECK_EQ(cases, 819);
}

static void test_examples(void) {
    uint32_t out[4 * HS_UNI_NORM_MAX_EXPANSION];
    const uint32_t a_ring[] = {'A', 0x30A};
    HS_CHECK_EQ(hs_uni_normalize(HS_UNI_NFC, a_ring, 2, out), 1);
    HS_CHECK_EQ(out[0], 0xC5);
    const uint32_t angstrom[] = {0x212B}; // singleton: NFC is U+00C5, not itself
    HS_CHECK_EQ(hs_uni_normalize(HS_UNI_NFC, angstrom, 1, out), 1);
    HS_CHECK_EQ(out[0], 0xC5);
    const uint32_t fdfa[] = {0xFDFA};
    HS_CHECK_EQ(hs_uni_normalize(HS_UNI_NFKD, fdfa, 1, out), HS_UNI_NORM_MAX_EXPANSION);
    const uint32_t jamo[] = {0x1100, 0x1161, 0x11A8}; // L V T -> U+AC01
    HS_CHECK_EQ(hs_uni_normalize(HS_UNI_NFC, jamo, 3, out), 1);
    HS_CHECK_EQ(out[0], 0xAC01);
    char buf[HS_UNI_DECOMP_MAX];
    HS_CHECK_EQ(hs_uni_decomposition(0xBD, buf, sizeof buf), 25);
    HS_CHECK_EQ(strcmp(buf, "<fraction> 0031 2044 0032"), 0);
    HS_CHECK_EQ(hs_uni_decomposition(0xAC00, buf, sizeof buf), 0);
    HS_CHECK_EQ(hs_uni_decomposition(0xBD, buf, 8), -1);
}

HS_TEST_MAIN(test_single_code_points_match_python_crc, test_strings_match_python, test_examples)
