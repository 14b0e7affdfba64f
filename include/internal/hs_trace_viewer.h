/* The viewer page's template, generated at build time from web/ by tools/embed_viewer.py into
 * build/gen/viewer_assets.c: the page split at its three holes: the title, the trace's
 * encoding (the data-encoding attribute) and the trace.
 * Only src/trace/html.c uses it. See docs/viewer.md. */
#ifndef HS_INTERNAL_HS_TRACE_VIEWER_H
#define HS_INTERNAL_HS_TRACE_VIEWER_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include <stddef.h>

/* The page is hs_trace_viewer_part[0] + escaped title + part[1] + encoding name + part[2] +
 * the trace (escaped JSON or base64) + part[3]. */
#define HS_TRACE_VIEWER_NPARTS 4
extern const char *const hs_trace_viewer_part[HS_TRACE_VIEWER_NPARTS];
extern const size_t hs_trace_viewer_part_len[HS_TRACE_VIEWER_NPARTS];

#endif /* HS_INTERNAL_HS_TRACE_VIEWER_H */
