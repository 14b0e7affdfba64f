/* The trace viewer page: one self-contained HTML file (inline CSS and JS, no network) with a
 * trace's JSON embedded, written by src/trace/html.c from the web/ template. See docs/viewer.md. */
#ifndef HS_INTERNAL_HS_TRACE_HTML_H
#define HS_INTERNAL_HS_TRACE_HTML_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include <stddef.h>
#include <stdio.h>

/* Write the viewer page to 'out' with the trace 'json' ('json_len' bytes, the --trace format)
 * embedded and 'title' (NULL: "heapscope trace") as the page title. Returns 0, or -1 on a
 * write error. */
int hs_trace_html_write(FILE *out, const char *json, size_t json_len, const char *title);

#endif /* HS_INTERNAL_HS_TRACE_HTML_H */
