/* hs_trace_html_write (src/trace/html.c): the viewer page for a trace. The tests write a page
 * from tests/browser/fixtures/cycle.json (whose source and a string repr hold "</script><!--")
 * and check the page's shape, that the JSON is embedded with '<', '>' and '&' escaped and comes
 * back unchanged when those escapes are undone, that nothing in the data can close the script
 * element, the title's HTML escaping, and the write-error result.
 *
 * Also a tool for the browser tests (tools/test_browser.py):
 *     test_trace_html --write TRACE.json PAGE.html [TITLE]
 * writes the page for any trace and exits 0, or 1 with a message. */
#include "hs_test.h"
#include "internal/hs_trace_html.h"
#include "support/textfile.h"

#define FIXTURE "tests/browser/fixtures/cycle.json"

/* ==== helpers ==== */

/* The page for 'json' in a malloc'ed NUL-terminated buffer (length in *len); NULL on error. */
static char *page_for(const char *json, size_t json_len, const char *title, size_t *len) {
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    if (f == NULL) {
        return NULL;
    }
    int rc = hs_trace_html_write(f, json, json_len, title);
    fclose(f);
    if (rc != 0) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

static int count(const char *hay, const char *needle) {
    int k = 0;
    for (const char *p = strstr(hay, needle); p != NULL; p = strstr(p + 1, needle)) {
        k++;
    }
    return k;
}

/* Undo the page's JSON escapes in place (\u003c \u003e \u0026 -> < > &); returns the length. */
static size_t unescape_json(char *s, size_t n) {
    size_t w = 0;
    for (size_t r = 0; r < n; r++) {
        if (r + 6 <= n && strncmp(s + r, "\\u003c", 6) == 0) {
            s[w++] = '<';
            r += 5;
        } else if (r + 6 <= n && strncmp(s + r, "\\u003e", 6) == 0) {
            s[w++] = '>';
            r += 5;
        } else if (r + 6 <= n && strncmp(s + r, "\\u0026", 6) == 0) {
            s[w++] = '&';
            r += 5;
        } else {
            s[w++] = s[r];
        }
    }
    return w;
}

/* ==== tests ==== */

static void test_page_shape(void) {
    size_t jn = 0, pn = 0;
    char *json = read_file(FIXTURE, &jn);
    HS_CHECK(json != NULL);
    char *page = page_for(json, jn, "cycle.py", &pn);
    HS_CHECK(page != NULL);
    HS_CHECK_EQ(strlen(page), pn);
    HS_CHECK(strncmp(page, "<!DOCTYPE html>", 15) == 0);
    HS_CHECK(strcmp(page + pn - 8, "</html>\n") == 0);
    HS_CHECK(strstr(page, "<title>cycle.py</title>") != NULL);
    HS_CHECK(strstr(page, "@TITLE@") == NULL);
    HS_CHECK(strstr(page, "@TRACE_JSON@") == NULL);
    HS_CHECK(strstr(page, "@INLINE") == NULL);
    /* Self-contained: exactly the two inline scripts, one style, nothing fetched. */
    HS_CHECK_EQ(count(page, "<script"), 2);
    HS_CHECK_EQ(count(page, "</script>"), 2);
    HS_CHECK_EQ(count(page, "<style>"), 1);
    HS_CHECK_EQ(count(page, "src="), 0);
    HS_CHECK_EQ(count(page, "http://"), 1); /* the SVG namespace, not a fetch */
    HS_CHECK_EQ(count(page, "https://"), 0);
    HS_CHECK(strstr(page, "<link") == NULL);
    free(page);
    free(json);
}

static void test_json_escaped(void) {
    size_t jn = 0, pn = 0;
    char *json = read_file(FIXTURE, &jn);
    HS_CHECK(json != NULL);
    HS_CHECK(strstr(json, "</script><!-- <b>") != NULL); /* the fixture's hostile string */
    char *page = page_for(json, jn, NULL, &pn);
    HS_CHECK(page != NULL);
    const char *open = "<script type=\"application/json\" id=\"trace\">";
    char *start = strstr(page, open);
    HS_CHECK(start != NULL);
    start += strlen(open);
    char *end = strstr(start, "</script>");
    HS_CHECK(end != NULL);
    size_t n = (size_t)(end - start);
    HS_CHECK(memchr(start, '<', n) == NULL);
    HS_CHECK(memchr(start, '>', n) == NULL);
    HS_CHECK(memchr(start, '&', n) == NULL);
    HS_CHECK(strstr(page, "\\u003c/script\\u003e\\u003c!-- \\u003cb\\u003e") != NULL);
    /* Twice in the JSON: the source line and the string's repr. */
    HS_CHECK_EQ(count(page, "\\u003c/script\\u003e"), 2);
    size_t back = unescape_json(start, n);
    HS_CHECK_EQ(back, jn);
    HS_CHECK(memcmp(start, json, jn) == 0);
    HS_CHECK(strstr(page, "<title>heapscope trace</title>") != NULL);
    free(page);
    free(json);
}

static void test_title_escaped(void) {
    size_t pn = 0;
    const char *json = "{\"steps\": [], \"note\": \"a&b>c\"}";
    char *page = page_for(json, strlen(json), "x</title><script>'\"&", &pn);
    HS_CHECK(page != NULL);
    HS_CHECK(strstr(page, "<title>x&lt;/title&gt;&lt;script&gt;&#39;&quot;&amp;</title>") != NULL);
    HS_CHECK(strstr(page, "{\"steps\": [], \"note\": \"a\\u0026b\\u003ec\"}</script>") != NULL);
    HS_CHECK_EQ(count(page, "<script"), 2);
    free(page);
}

static void test_empty_json_and_write_error(void) {
    size_t pn = 0;
    char *page = page_for("", 0, "", &pn);
    HS_CHECK(page != NULL);
    HS_CHECK(strstr(page, "id=\"trace\"></script>") != NULL);
    HS_CHECK(strstr(page, "<title></title>") != NULL);
    free(page);
    FILE *ro = fopen("/dev/null", "r"); /* every write fails */
    HS_CHECK(ro != NULL);
    HS_CHECK_EQ(hs_trace_html_write(ro, "{}", 2, "t"), -1);
    fclose(ro);
}

/* ==== main: the tests, or --write for the browser tests ==== */

static int write_page(const char *in, const char *out, const char *title) {
    size_t n = 0;
    char *json = read_file(in, &n);
    if (json == NULL) {
        fprintf(stderr, "test_trace_html: cannot read %s\n", in);
        return 1;
    }
    FILE *f = fopen(out, "w");
    int rc = f == NULL ? -1 : hs_trace_html_write(f, json, n, title);
    if (f != NULL && fclose(f) != 0) {
        rc = -1;
    }
    free(json);
    if (rc != 0) {
        fprintf(stderr, "test_trace_html: cannot write %s\n", out);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc >= 4 && strcmp(argv[1], "--write") == 0) {
        return write_page(argv[2], argv[3], argc > 4 ? argv[4] : NULL);
    }
    hs_test_fn fns[] = {test_page_shape, test_json_escaped, test_title_escaped,
                        test_empty_json_and_write_error};
    return hs_test_run("test_page_shape, test_json_escaped, test_title_escaped, "
                       "test_empty_json_and_write_error",
                       fns, (int)(sizeof fns / sizeof fns[0]));
}
