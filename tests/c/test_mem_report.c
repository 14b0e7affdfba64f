/* src/mem's hs_mem_debug_stats(): the report of CPython 3.11's sys._debugmallocstats()
 * (allocator part). Its layout is checked line by line against one taken from CPython 3.11
 * itself (tests/c/test_mem_layout.inc, made by tools/gen_mem_layout.py), its numbers against
 * hs_mem_get_stats(), and, for a known heap, the whole report verbatim. */
#include "hs_test.h"
#include "internal/hs_mem.h"

#include <ctype.h>
#include <stdint.h>

#include "test_mem_layout.inc"

enum { MAXLINES = 200, LINELEN = 256 };
static char lines[MAXLINES][LINELEN];
static int nlines;

/* Run the report into a temporary file and split it into lines[]. */
static int capture(void) {
    FILE *f = tmpfile();
    if (f == NULL) {
        return 0;
    }
    hs_mem_debug_stats(f);
    rewind(f);
    nlines = 0;
    while (nlines < MAXLINES && fgets(lines[nlines], LINELEN, f) != NULL) {
        lines[nlines][strcspn(lines[nlines], "\n")] = '\0';
        nlines++;
    }
    fclose(f);
    return nlines > 0;
}

/* A value as CPython's printone() prints it: 21 columns, right-aligned, commas every 3. */
static void format_value(unsigned long long v, char out[48]) {
    char digits[32], grouped[40];
    int n = snprintf(digits, sizeof digits, "%llu", v), g = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0) {
            grouped[g++] = ',';
        }
        grouped[g++] = digits[i];
    }
    grouped[g] = '\0';
    snprintf(out, 48, "%21s", grouped);
}

static int is_row(const char *l) {
    unsigned a, b;
    size_t c, d, e;
    return sscanf(l, "%u %u %zu %zu %zu", &a, &b, &c, &d, &e) == 5 && isdigit((unsigned char)l[4]);
}

/* The label of a printone() line as the generator stores it: text up to '=', a leading
 * count replaced by N. */
static void label_of(const char *l, char out[64]) {
    const char *p = l;
    while (isdigit((unsigned char)*p)) {
        p++;
    }
    if (p != l && *p == ' ') {
        snprintf(out, 64, "N%.*s", (int)(36 - (p - l)), p);
    } else {
        snprintf(out, 64, "%.36s", l);
    }
}

/* The value of the printone() line whose label starts with 'label'; -1 if absent. */
static long long value_of(const char *label) {
    for (int i = 0; i < nlines; i++) {
        if (strncmp(lines[i], label, strlen(label)) == 0 && strlen(lines[i]) == 57) {
            long long v = 0;
            for (const char *p = lines[i] + 36; *p; p++) {
                if (isdigit((unsigned char)*p)) {
                    v = v * 10 + (*p - '0');
                }
            }
            return v;
        }
    }
    return -1;
}

/* ==== tests ==== */

static void test_report_of_known_heap_verbatim(void) {
    /* First test of the process: the heap is empty, so the report is known exactly. */
    void *small[10], *big[3];
    for (int i = 0; i < 10; i++) {
        small[i] = hs_mem_malloc(16);
    }
    for (int i = 0; i < 3; i++) {
        big[i] = hs_mem_malloc(500);
    }
    static const char *const expected[] = {
        "Small block threshold = 512, in 32 size classes.",
        "",
        "class   size   num pools   blocks in use  avail blocks",
        "-----   ----   ---------   -------------  ------------",
        "    0     16           1              10          1011",
        "   31    512           1               3            28",
        "",
        "# arenas allocated total           =                    1",
        "# arenas reclaimed                 =                    0",
        "# arenas highwater mark            =                    1",
        "# arenas allocated current         =                    1",
        "1 arenas * 1048576 bytes/arena     =            1,048,576",
        "",
        "# bytes in allocated blocks        =                1,696",
        "# bytes in available blocks        =               30,512",
        "62 unused pools * 16384 bytes      =            1,015,808",
        "# bytes lost to pool headers       =                   96",
        "# bytes lost to quantization       =                  464",
        "# bytes lost to arena alignment    =                    0",
        "Total                              =            1,048,576",
        "",
        "arena map counts",
        "# arena map mid nodes              =                    1",
        "# arena map bot nodes              =                    1",
        "",
        "# bytes lost to arena map root     =              262,144",
        "# bytes lost to arena map mid      =              262,144",
        "# bytes lost to arena map bot      =              131,072",
        "Total                              =              655,360",
    };
    HS_CHECK(capture());
    int n = (int)(sizeof expected / sizeof expected[0]);
    HS_CHECK_EQ(nlines, n);
    for (int i = 0; i < n; i++) {
        if (strcmp(lines[i], expected[i]) != 0) {
            printf("line %d: got '%s' want '%s'\n", i, lines[i], expected[i]);
        }
        HS_CHECK(strcmp(lines[i], expected[i]) == 0);
    }
    for (int i = 0; i < 10; i++) {
        hs_mem_free(small[i]);
    }
    for (int i = 0; i < 3; i++) {
        hs_mem_free(big[i]);
    }
}

static void test_value_format_is_cpythons(void) {
    char buf[48];
    for (size_t i = 0; i < sizeof cpython_values / sizeof cpython_values[0]; i++) {
        format_value(cpython_values[i].value, buf);
        HS_CHECK(strcmp(buf, cpython_values[i].text) == 0);
    }
    format_value(0, buf);
    HS_CHECK(strcmp(buf, "                    0") == 0);
    format_value(999, buf);
    HS_CHECK(strcmp(buf, "                  999") == 0);
    format_value(1000, buf);
    HS_CHECK(strcmp(buf, "                1,000") == 0);
    format_value(123456789012ULL, buf);
    HS_CHECK(strcmp(buf, "      123,456,789,012") == 0);
}

static void test_layout_matches_cpython(void) {
    enum { N = 5000 };
    static void *b[N];
    for (int i = 0; i < N; i++) {
        b[i] = hs_mem_malloc(1 + (size_t)(i * 97) % 512);
    }
    for (int i = 0; i < N; i += 3) {
        hs_mem_free(b[i]);
    }
    HS_CHECK(capture());
    int li = 0;
    for (int k = 0; cpython_layout[k] != NULL; k++) {
        const char *want = cpython_layout[k];
        HS_CHECK(li < nlines);
        if (strcmp(want, "<ROWS>") == 0) {
            int rows = 0;
            while (li < nlines && is_row(lines[li])) {
                HS_CHECK_EQ(strlen(lines[li]), cpython_row_len);
                li++, rows++;
            }
            HS_CHECK_EQ(rows, 32); /* every class is in use here */
        } else if (strlen(want) > 0 && want[strlen(want) - 1] == '=') { /* printone line */
            char label[64], value[48];
            label_of(lines[li], label);
            HS_CHECK(strcmp(label, want) == 0);
            HS_CHECK_EQ(strlen(lines[li]), 57);
            format_value((unsigned long long)value_of(lines[li]), value);
            HS_CHECK(strcmp(lines[li] + 36, value) == 0);
            li++;
        } else {
            HS_CHECK(strcmp(lines[li], want) == 0);
            li++;
        }
    }
    for (int i = 0; i < N; i++) {
        if (i % 3 != 0) {
            hs_mem_free(b[i]);
        }
    }
}

static void test_report_numbers_match_stats(void) {
    enum { N = 7000 };
    static void *b[N];
    for (int i = 0; i < N; i++) {
        b[i] = hs_mem_malloc(1 + (size_t)(i * 131) % 512);
    }
    for (int i = 0; i < N; i += 2) {
        hs_mem_free(b[i]);
    }
    HsMemStats s;
    hs_mem_get_stats(&s);
    HS_CHECK(capture());
    int row = 4;
    size_t alloc = 0, avail = 0;
    for (int c = 0; c < HS_MEM_NB_CLASSES; c++) {
        const HsMemClassStats *k = &s.classes[c];
        if (k->pools_in_use == 0) {
            continue;
        }
        char want[80];
        snprintf(want, sizeof want, "%5d %6zu %11zu %15zu %13zu", c, k->block_size, k->pools_in_use,
                 k->blocks_in_use, k->blocks_free);
        HS_CHECK(strcmp(lines[row++], want) == 0);
        alloc += k->blocks_in_use * k->block_size;
        avail += k->blocks_free * k->block_size;
    }
    HS_CHECK_EQ(value_of("# arenas allocated total"), s.arenas_allocated);
    HS_CHECK_EQ(value_of("# arenas reclaimed"), s.arenas_reclaimed);
    HS_CHECK_EQ(value_of("# arenas highwater mark"), s.arenas_highwater);
    HS_CHECK_EQ(value_of("# arenas allocated current"), s.arenas_current);
    HS_CHECK_EQ(value_of("# bytes in allocated blocks"), alloc);
    HS_CHECK_EQ(value_of("# bytes in available blocks"), avail);
    HS_CHECK_EQ(value_of("# bytes lost to pool headers"), s.pools_used * 48);
    char label[64];
    snprintf(label, sizeof label, "%zu unused pools * 16384 bytes",
             64 * s.arenas_current - s.pools_used);
    HS_CHECK_EQ(value_of(label), (64 * s.arenas_current - s.pools_used) * 16384);
    snprintf(label, sizeof label, "%zu arenas * 1048576 bytes/arena", s.arenas_current);
    HS_CHECK_EQ(value_of(label), s.arenas_current * 1048576);
    HS_CHECK_EQ(value_of("Total"), s.arenas_current * 1048576); /* the first Total */
    for (int i = 1; i < N; i += 2) {
        hs_mem_free(b[i]);
    }
}

HS_TEST_MAIN(test_report_of_known_heap_verbatim, test_value_format_is_cpythons,
             test_layout_matches_cpython, test_report_numbers_match_stats)
