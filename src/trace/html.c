/* The trace viewer page (heapscope --html FILE.html): one self-contained HTML file, with no
 * network access, that shows a trace step by step. The page's HTML, CSS and JS live in web/ and
 * are compiled into the library by tools/embed_viewer.py (build/gen/viewer_assets.c, generated
 * at build time); this file only fills the template's three holes:
 *   the title     HTML-escaped (& < > " ' become entities);
 *   the encoding  the data-encoding attribute of <script type="text/plain" id="trace">:
 *                 "json" or "gzip-base64";
 *   the trace     "json": the --trace JSON with every '<', '>' and '&' written as \u003c,
 *                 \u003e, \u0026 -- JSON string escapes that parse to the same text, so no
 *                 "</script>" or "<!--" in the data can end the element early (JSON has those
 *                 characters only inside strings); "gzip-base64": the JSON gzip-compressed
 *                 (src/trace/gzip.c) and base64-encoded, whose alphabet has none of them.
 * No CPython counterpart (Python Tutor's front end is the model). See docs/viewer.md. */
#include "internal/hs_trace_html.h"
#include "internal/hs_trace_gzip.h"
#include "internal/hs_trace_viewer.h"

#include <stdlib.h>
#include <string.h>

/* ==== static helpers ==== */

/* Write 'n' bytes; returns 0, or -1 on a short write. */
static int put(FILE *out, const char *s, size_t n) {
    if (n == 0) {
        return 0;
    }
    return fwrite(s, 1, n, out) == n ? 0 : -1;
}

/* Copy 'n' bytes of 's' to 'out', replacing each byte that 'replacement' maps to a non-NULL
 * string; runs of plain bytes go out in one fwrite. Returns 0, or -1 on a write error. */
static int put_escaped(FILE *out, const char *s, size_t n, const char *(*replacement)(char)) {
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        const char *rep = replacement(s[i]);
        if (rep == NULL) {
            continue;
        }
        if (put(out, s + start, i - start) < 0 || put(out, rep, strlen(rep)) < 0) {
            return -1;
        }
        start = i + 1;
    }
    return put(out, s + start, n - start);
}

/* The JSON escapes: inside a JSON string \u003c is '<', so the parsed text is unchanged. */
static const char *json_replacement(char c) {
    switch (c) {
    case '<':
        return "\\u003c";
    case '>':
        return "\\u003e";
    case '&':
        return "\\u0026";
    default:
        return NULL;
    }
}

static const char *html_replacement(char c) {
    switch (c) {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '"':
        return "&quot;";
    case '\'':
        return "&#39;";
    default:
        return NULL;
    }
}

/* Write 'n' bytes as base64 (RFC 4648, with '=' padding, no line breaks), a few KiB at a time.
 * Returns 0, or -1 on a write error. */
static int put_base64(FILE *out, const unsigned char *s, size_t n) {
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    char chunk[4096]; /* a multiple of 4 */
    size_t w = 0;
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)s[i] << 16;
        if (i + 1 < n) {
            v |= (unsigned)s[i + 1] << 8;
        }
        if (i + 2 < n) {
            v |= s[i + 2];
        }
        chunk[w++] = alphabet[v >> 18];
        chunk[w++] = alphabet[(v >> 12) & 63];
        chunk[w++] = i + 1 < n ? alphabet[(v >> 6) & 63] : '=';
        chunk[w++] = i + 2 < n ? alphabet[v & 63] : '=';
        if (w == sizeof chunk) {
            if (put(out, chunk, w) < 0) {
                return -1;
            }
            w = 0;
        }
    }
    return put(out, chunk, w);
}

/* The trace in 'form' (see the file comment). Returns 0, or -1 on a write error or when out of
 * memory for the compressed copy (freed before returning). */
static int put_trace(FILE *out, const char *json, size_t json_len, HsTraceHtmlForm form) {
    if (form == HS_TRACE_HTML_JSON) {
        return put_escaped(out, json, json_len, json_replacement);
    }
    unsigned char *gz = NULL;
    size_t gz_len = 0;
    if (hs_trace_gzip_buffer(json, json_len, HS_TRACE_GZIP_PAGE_LEVEL, &gz, &gz_len) < 0) {
        return -1;
    }
    int rc = put_base64(out, gz, gz_len);
    free(gz);
    return rc;
}

/* ==== internal API ==== */

/* See include/internal/hs_trace_html.h. The page is written in seven pieces: template part 0,
 * the title, part 1, the encoding's name, part 2, the trace, part 3. Post: on success
 * everything has reached 'out' (not flushed); on -1 the page is incomplete. */
int hs_trace_html_write(FILE *out, const char *json, size_t json_len, const char *title,
                        HsTraceHtmlForm form) {
    if (title == NULL) {
        title = "heapscope trace";
    }
    const char *encoding = form == HS_TRACE_HTML_JSON ? "json" : "gzip-base64";
    if (put(out, hs_trace_viewer_part[0], hs_trace_viewer_part_len[0]) < 0 ||
        put_escaped(out, title, strlen(title), html_replacement) < 0 ||
        put(out, hs_trace_viewer_part[1], hs_trace_viewer_part_len[1]) < 0 ||
        put(out, encoding, strlen(encoding)) < 0 ||
        put(out, hs_trace_viewer_part[2], hs_trace_viewer_part_len[2]) < 0 ||
        put_trace(out, json, json_len, form) < 0 ||
        put(out, hs_trace_viewer_part[3], hs_trace_viewer_part_len[3]) < 0) {
        return -1;
    }
    return ferror(out) ? -1 : 0;
}
