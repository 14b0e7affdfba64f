/* hs_trace_html_write (src/trace/html.c): the viewer page for a trace. The tests write a page
 * from tests/browser/fixtures/cycle.json (whose source and a string repr hold "</script><!--")
 * and check the page's shape, that the JSON is embedded with '<', '>' and '&' escaped and comes
 * back unchanged when those escapes are undone, that nothing in the data can close the script
 * element, the title's HTML escaping, the write-error result, and the gzip form: base64 of a
 * gzip stream (decoded here with zlib) that gives back the JSON byte for byte.
 *
 * Also a tool for the browser tests (tools/test_browser.py):
 *     test_trace_html --write [--gzip] TRACE.json PAGE.html [TITLE]
 * writes the page for any trace (the plain JSON form, or with --gzip the compressed one that
 * heapscope --html writes) and exits 0, or 1 with a message. */
#include "hs_test.h"
#include "internal/hs_trace_html.h"
#include "support/textfile.h"

#include <zlib.h>

#define FIXTURE "tests/browser/fixtures/cycle.json"

/* ==== helpers ==== */

/* The page for 'json' in 'form', in a malloc'ed NUL-terminated buffer (length in *len); NULL on
 * error. */
static char *page_form(const char *json, size_t json_len, const char *title,
                       HsTraceHtmlForm form, size_t *len) {
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    if (f == NULL) {
        return NULL;
    }
    int rc = hs_trace_html_write(f, json, json_len, title, form);
    fclose(f);
    if (rc != 0) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* The page for 'json' in the plain JSON form. */
static char *page_for(const char *json, size_t json_len, const char *title, size_t *len) {
    return page_form(json, json_len, title, HS_TRACE_HTML_JSON, len);
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

/* Decode the 'n' base64 characters at 's' into a malloc'ed buffer (length in *len); NULL when
 * 's' holds anything but the base64 alphabet with its '=' padding. */
static unsigned char *unbase64(const char *s, size_t n, size_t *len) {
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    if (n % 4 != 0) {
        return NULL;
    }
    unsigned char *out = malloc(n / 4 * 3 + 1);
    size_t w = 0;
    for (size_t i = 0; out != NULL && i < n; i += 4) {
        unsigned v = 0;
        int pad = 0;
        for (int k = 0; k < 4; k++) {
            const char *p = s[i + k] == '=' || s[i + k] == '\0' ? NULL : strchr(alphabet, s[i + k]);
            if (p == NULL && (s[i + k] != '=' || i + 4 != n || k < 2)) {
                free(out);
                return NULL;
            }
            pad += p == NULL;
            v = v << 6 | (p != NULL ? (unsigned)(p - alphabet) : 0);
        }
        out[w++] = (unsigned char)(v >> 16);
        if (pad < 2) {
            out[w++] = (unsigned char)(v >> 8);
        }
        if (pad < 1) {
            out[w++] = (unsigned char)v;
        }
    }
    *len = w;
    return out;
}

/* Inflate the gzip stream 'gz' ('n' bytes) into a malloc'ed buffer of at most 'cap' bytes
 * (length in *len); NULL when it is not one complete gzip stream that fits. */
static char *gunzip(const unsigned char *gz, size_t n, size_t cap, size_t *len) {
    char *out = malloc(cap + 1);
    z_stream zs = {0};
    if (out == NULL || inflateInit2(&zs, 16 + 15) != Z_OK) {
        free(out);
        return NULL;
    }
    zs.next_in = (unsigned char *)gz;
    zs.avail_in = (unsigned)n;
    zs.next_out = (unsigned char *)out;
    zs.avail_out = (unsigned)cap + 1;
    int rc = inflate(&zs, Z_FINISH);
    *len = cap + 1 - zs.avail_out;
    inflateEnd(&zs);
    if (rc != Z_STREAM_END || zs.avail_in != 0 || *len > cap) {
        free(out);
        return NULL;
    }
    return out;
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
    HS_CHECK(strstr(page, "@TRACE_ENCODING@") == NULL);
    HS_CHECK(strstr(page, "@TRACE@") == NULL);
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
    const char *open = "<script type=\"text/plain\" id=\"trace\" data-encoding=\"json\">";
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
    HS_CHECK(strstr(page, "data-encoding=\"json\"></script>") != NULL);
    HS_CHECK(strstr(page, "<title></title>") != NULL);
    free(page);
    FILE *ro = fopen("/dev/null", "r"); /* every write fails */
    HS_CHECK(ro != NULL);
    HS_CHECK_EQ(hs_trace_html_write(ro, "{}", 2, "t", HS_TRACE_HTML_JSON), -1);
    HS_CHECK_EQ(hs_trace_html_write(ro, "{}", 2, "t", HS_TRACE_HTML_GZIP), -1);
    fclose(ro);
}

/* The gzip form (what heapscope --html writes): the same page around the trace, held as base64
 * of a gzip stream that inflates to the JSON byte for byte; nothing but base64 in the element. */
static void test_gzip_form(void) {
    size_t jn = 0, pn = 0, gn = 0, back = 0;
    char *json = read_file(FIXTURE, &jn);
    HS_CHECK(json != NULL);
    char *page = page_form(json, jn, "cycle.py", HS_TRACE_HTML_GZIP, &pn);
    HS_CHECK(page != NULL);
    HS_CHECK(strstr(page, "<title>cycle.py</title>") != NULL);
    HS_CHECK_EQ(count(page, "<script"), 2);
    HS_CHECK_EQ(count(page, "</script>"), 2);
    HS_CHECK(strstr(page, "</script><!--") == NULL); /* the hostile string is compressed */
    const char *open = "<script type=\"text/plain\" id=\"trace\" data-encoding=\"gzip-base64\">";
    char *start = strstr(page, open);
    HS_CHECK(start != NULL);
    start += strlen(open);
    char *end = strstr(start, "</script>");
    HS_CHECK(end != NULL);
    HS_CHECK(strncmp(start, "H4sI", 4) == 0); /* base64 of the gzip magic 1f 8b 08 */
    unsigned char *gz = unbase64(start, (size_t)(end - start), &gn);
    HS_CHECK(gz != NULL);
    HS_CHECK(gn < jn); /* it did compress */
    char *plain = gunzip(gz, gn, jn, &back);
    HS_CHECK(plain != NULL);
    HS_CHECK_EQ(back, jn);
    HS_CHECK(memcmp(plain, json, jn) == 0);
    free(plain);
    free(gz);
    free(page);
    /* An empty trace still makes one valid (empty) gzip stream. */
    page = page_form("", 0, "e", HS_TRACE_HTML_GZIP, &pn);
    HS_CHECK(page != NULL);
    start = strstr(page, "data-encoding=\"gzip-base64\">");
    HS_CHECK(start != NULL);
    start += strlen("data-encoding=\"gzip-base64\">");
    end = strstr(start, "</script>");
    HS_CHECK(end != NULL && end > start);
    gz = unbase64(start, (size_t)(end - start), &gn);
    HS_CHECK(gz != NULL);
    plain = gunzip(gz, gn, 16, &back);
    HS_CHECK(plain != NULL);
    HS_CHECK_EQ(back, (size_t)0);
    free(plain);
    free(gz);
    free(page);
    free(json);
}

/* ==== main: the tests, or --write for the browser tests ==== */

static int write_page(const char *in, const char *out, const char *title, HsTraceHtmlForm form) {
    size_t n = 0;
    char *json = read_file(in, &n);
    if (json == NULL) {
        fprintf(stderr, "test_trace_html: cannot read %s\n", in);
        return 1;
    }
    FILE *f = fopen(out, "w");
    int rc = f == NULL ? -1 : hs_trace_html_write(f, json, n, title, form);
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
    if (argc >= 2 && strcmp(argv[1], "--write") == 0) {
        int gzip = argc >= 3 && strcmp(argv[2], "--gzip") == 0;
        char **a = argv + 2 + gzip; /* TRACE.json PAGE.html [TITLE] */
        if (argc - gzip >= 4) {
            return write_page(a[0], a[1], argc - gzip > 4 ? a[2] : NULL,
                              gzip ? HS_TRACE_HTML_GZIP : HS_TRACE_HTML_JSON);
        }
        fprintf(stderr, "usage: test_trace_html --write [--gzip] TRACE.json PAGE.html [TITLE]\n");
        return 1;
    }
    hs_test_fn fns[] = {test_page_shape, test_json_escaped, test_title_escaped,
                        test_empty_json_and_write_error, test_gzip_form};
    return hs_test_run("test_page_shape, test_json_escaped, test_title_escaped, "
                       "test_empty_json_and_write_error, test_gzip_form",
                       fns, (int)(sizeof fns / sizeof fns[0]));
}
