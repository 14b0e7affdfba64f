/* Character names against python3: hs_uni_name for every code point, checked by the CRC-32
 * of each block of 16 names that tools/gen_unicode_tables.py wrote from unicodedata.name
 * (tests/data/unicode/names_crc.txt); hs_uni_lookup inverts hs_uni_name for every named
 * code point; and hs_uni_lookup / hs_uni_lookup_sequence answer as unicodedata.lookup on the
 * cases of tests/data/unicode/lookup.txt (case rules, Hangul, CJK, aliases, sequences).
 * Run from the repository root. */
#include "hs_test.h"
#include "support/crc32.h"
#include "internal/hs_obj_unicode.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NCP 0x110000u

/* ==== name() for every code point ==== */

static void test_names_match_python_crc(void) {
    FILE *f = fopen("tests/data/unicode/names_crc.txt", "r");
    HS_CHECK(f != NULL);
    crc_init();
    char line[128], name[HS_UNI_NAME_MAX];
    uint32_t next = 0; // first code point not yet checked
    long blocks = 0, named = 0;
    int ok = 1;
    while (ok && fgets(line, sizeof line, f) != NULL) {
        unsigned start = 0, want = 0;
        if (line[0] == '#' || sscanf(line, "%x %x", &start, &want) != 2) {
            continue;
        }
        for (; next < start && ok; next++) { // blocks not listed have no names
            ok = hs_uni_name(next, name, sizeof name) == 0;
        }
        uint32_t crc = 0xFFFFFFFFu;
        for (uint32_t c = start; c < start + 16; c++) {
            int n = hs_uni_name(c, name, sizeof name);
            named += n > 0;
            crc = crc_update(crc, name, n > 0 ? (size_t)n : 0);
            if (c + 1 < start + 16) {
                crc = crc_update(crc, "\n", 1);
            }
        }
        if ((crc ^ 0xFFFFFFFFu) != want) {
            printf("  names of U+%04X..U+%04X differ from python3\n", start, start + 15);
            ok = 0;
        }
        next = start + 16;
        blocks++;
    }
    fclose(f);
    HS_CHECK(ok);
    for (; next < NCP; next++) {
        HS_CHECK_EQ(hs_uni_name(next, name, sizeof name), 0);
    }
    HS_CHECK_EQ(blocks, 8829);
    HS_CHECK_EQ(named, 138552); // len([c for c in range(0x110000) if unicodedata.name(chr(c), '')])
}

static void test_lookup_inverts_name(void) {
    char name[HS_UNI_NAME_MAX];
    long checked = 0;
    for (uint32_t c = 0; c < NCP; c++) {
        int n = hs_uni_name(c, name, sizeof name);
        if (n <= 0) {
            continue;
        }
        uint32_t cp = 0;
        if (!hs_uni_lookup(name, (size_t)n, &cp) || cp != c) {
            printf("  lookup(\"%s\") gave U+%04X, want U+%04X\n", name, (unsigned)cp, (unsigned)c);
            HS_CHECK(0);
        }
        checked++;
    }
    HS_CHECK_EQ(checked, 138552);
}

static void test_name_buffer_too_small(void) {
    char small[8];
    HS_CHECK_EQ(hs_uni_name(0x41, small, sizeof small), -1); // LATIN CAPITAL LETTER A
    HS_CHECK_EQ(hs_uni_name(0xAC00, small, sizeof small), -1);
    HS_CHECK_EQ(hs_uni_name(0x4E00, small, sizeof small), -1);
    HS_CHECK_EQ(hs_uni_name(0x20, small, sizeof small), 5);
    HS_CHECK_EQ(strcmp(small, "SPACE"), 0);
    HS_CHECK_EQ(hs_uni_name(0x0A, small, sizeof small), 0); // controls have no name
    HS_CHECK_EQ(hs_uni_name(0x110000, small, sizeof small), 0);
}

/* ==== lookup() on python3's cases ==== */

static void test_lookup_cases_match_python(void) {
    FILE *f = fopen("tests/data/unicode/lookup.txt", "r");
    HS_CHECK(f != NULL);
    char line[512];
    int cases = 0, bad = 0, aliases = 0, sequences = 0;
    while (fgets(line, sizeof line, f) != NULL) {
        char *bar = strchr(line, '|');
        if (line[0] == '#' || bar == NULL) {
            continue;
        }
        *bar = '\0';
        char *name = bar + 1;
        size_t len = strcspn(name, "\n");
        uint32_t want[8];
        int nwant = 0;
        for (char *p = line; strcmp(line, "-1") != 0 && *p != '\0'; p += *p == '.') {
            want[nwant++] = (uint32_t)strtoul(p, &p, 16);
        }
        uint32_t cp = 0, seq[HS_UNI_MAX_SEQUENCE];
        int single = hs_uni_lookup(name, len, &cp);
        int nseq = single ? 0 : hs_uni_lookup_sequence(name, len, seq);
        size_t nbytes = sizeof(uint32_t) * (size_t)nseq;
        int good = nwant == 0   ? !single && nseq == 0
                   : nwant == 1 ? single && cp == want[0]
                                : nseq == nwant && memcmp(seq, want, nbytes) == 0;
        if (!good && bad++ < 5) {
            printf("  lookup(\"%.*s\"): got %s U+%04X, python3 %s\n", (int)len, name,
                   single ? "1" : "0", (unsigned)cp, line);
        }
        char check[HS_UNI_NAME_MAX];
        int n = single ? hs_uni_name(cp, check, sizeof check) : 0;
        aliases += single && ((size_t)n != len || strncmp(check, name, len) != 0);
        sequences += nseq > 0;
        cases++;
    }
    fclose(f);
    HS_CHECK_EQ(bad, 0);
    HS_CHECK(cases > 900);
    HS_CHECK(aliases >= 470);
    HS_CHECK(sequences > 400);
}

static void test_lookup_edges(void) {
    uint32_t cp = 0;
    HS_CHECK(hs_uni_lookup("SNOWMAN", 7, &cp) && cp == 0x2603);
    HS_CHECK(hs_uni_lookup("snowman!", 7, &cp) && cp == 0x2603); // only 'len' bytes count
    HS_CHECK(!hs_uni_lookup("SNOW\0MAN", 8, &cp));               // an embedded NUL never matches
    HS_CHECK(!hs_uni_lookup("", 0, &cp));
    char longname[400];
    memset(longname, 'A', sizeof longname);
    HS_CHECK(!hs_uni_lookup(longname, sizeof longname, &cp));
}

HS_TEST_MAIN(test_names_match_python_crc, test_lookup_inverts_name, test_name_buffer_too_small,
             test_lookup_cases_match_python, test_lookup_edges)
