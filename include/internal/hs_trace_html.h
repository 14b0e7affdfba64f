/* The --html page of the step tracer (src/trace/html.c, written by the viewer work of
 * issue #5): one self-contained HTML file (no network) that shows a trace. The command
 * (src/cli/main.c) calls it with the whole JSON trace (docs/trace-format.md) in memory and
 * embeds it gzip-compressed; the browser tests' writer (tests/c/test_trace_html.c) can also
 * embed the plain JSON. See docs/viewer.md. */
#ifndef HS_INTERNAL_HS_TRACE_HTML_H
#define HS_INTERNAL_HS_TRACE_HTML_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include <stddef.h>
#include <stdio.h>

/* How the page holds the trace: the <script id="trace"> element's data-encoding attribute. */
typedef enum HsTraceHtmlForm {
    HS_TRACE_HTML_JSON = 0, /* "json": the JSON text, '<' '>' '&' written as \u003c escapes */
    HS_TRACE_HTML_GZIP = 1, /* "gzip-base64": the JSON gzip-compressed, then base64 */
} HsTraceHtmlForm;

/* Write the viewer page for the trace 'json' ('json_len' bytes of UTF-8, a complete trace
 * document) to 'out', titled 'title' (e.g. the script's name), the trace embedded in 'form'.
 * Returns 0, or -1 when the page could not be written (a write error, or no memory to
 * compress the trace). */
int hs_trace_html_write(FILE *out, const char *json, size_t json_len, const char *title,
                        HsTraceHtmlForm form);

#endif /* HS_INTERNAL_HS_TRACE_HTML_H */
