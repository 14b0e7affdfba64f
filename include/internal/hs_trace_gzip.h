/* gzip output for the step tracer (src/trace/gzip.c, issue #5): `--trace FILE.gz` writes the
 * JSON trace through a gzip stream, and the --html page embeds the trace gzip-compressed
 * (docs/trace-format.md, docs/viewer.md). zlib does the compressing. */
#ifndef HS_INTERNAL_HS_TRACE_GZIP_H
#define HS_INTERNAL_HS_TRACE_GZIP_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include <stddef.h>
#include <stdio.h>

/* The compression level of `--trace FILE.gz` (1 fastest .. 9 smallest): fast enough that the
 * 200,000-step bench stays well under its 10 s (docs/internals/trace.md). */
#define HS_TRACE_GZIP_FILE_LEVEL 1
/* The level of the --html page's embedded trace (written once, at the end). */
#define HS_TRACE_GZIP_PAGE_LEVEL 6

/* Create (or truncate) the file 'path' and return a stdio stream whose bytes are written to it
 * gzip-compressed at 'level' (a gzip member, as `gzip -c`); fclose finishes the stream and
 * returns EOF when any write or the close failed. NULL with errno set when the file cannot
 * be created (or ENOMEM). */
FILE *hs_trace_gzip_open(const char *path, int level);

/* Compress 'n' bytes of 'data' into one gzip member in a malloc'ed buffer the caller frees,
 * stored in '*out' with its length in '*out_len'. Returns 0, or -1 when out of memory (then
 * '*out' is NULL). */
int hs_trace_gzip_buffer(const char *data, size_t n, int level, unsigned char **out,
                         size_t *out_len);

#endif /* HS_INTERNAL_HS_TRACE_GZIP_H */
