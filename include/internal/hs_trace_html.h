/* The --html page of the step tracer (src/trace/html.c, written by the viewer work of
 * issue #5): one self-contained HTML file (no network) that shows a trace. The command
 * (src/cli/main.c) calls it with the whole JSON trace (docs/trace-format.md) in memory;
 * it declares the function weak, so a build without src/trace/html.c still links and says
 * "--html is not available in this build". */
#ifndef HS_INTERNAL_HS_TRACE_HTML_H
#define HS_INTERNAL_HS_TRACE_HTML_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include <stddef.h>
#include <stdio.h>

/* Write the viewer page for the trace 'json' ('json_len' bytes of UTF-8, a complete trace
 * document) to 'out', titled 'title' (e.g. the script's name). Returns 0, or -1 when the
 * page could not be written. */
int hs_trace_html_write(FILE *out, const char *json, size_t json_len, const char *title);

#endif /* HS_INTERNAL_HS_TRACE_HTML_H */
