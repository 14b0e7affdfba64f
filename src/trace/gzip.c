/* gzip output for the step tracer (issue #5): the trace of a long run is mostly repeated
 * keys and small numbers, ~390 bytes of JSON per step, which gzip shrinks 10-20 times
 * (docs/internals/trace.md, "Costs, measured"). Two uses:
 *   hs_trace_gzip_open    a stdio FILE (glibc fopencookie) over a zlib gzFile, so the JSON
 *                         writer, which writes to a FILE *, is the same for FILE.json and
 *                         FILE.json.gz;
 *   hs_trace_gzip_buffer  one buffer compressed in memory (deflate with a gzip header,
 *                         windowBits 16 + 15), for the --html page (src/trace/html.c).
 * No CPython counterpart (CPython's gzip module wraps the same zlib calls).
 * Invariant: a stream that failed once reports the failure at fclose, even when later
 * writes went through. */
#include "internal/hs_trace_gzip.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>
#include <zlib.h>

/* ==== the FILE over a gzFile ==== */

/* The cookie of a stream from hs_trace_gzip_open. */
typedef struct GzCookie {
    gzFile gz_file;
    int gz_failed; /* a gzwrite failed: fclose returns EOF */
} GzCookie;

/* fopencookie's write: every byte or a failure. glibc wants the count written, 0 on error. */
static ssize_t gz_cookie_write(void *cookie, const char *buf, size_t n) {
    GzCookie *c = cookie;
    size_t done = 0;
    while (done < n && !c->gz_failed) {
        size_t chunk = n - done > (size_t)INT_MAX ? (size_t)INT_MAX : n - done;
        int w = gzwrite(c->gz_file, buf + done, (unsigned)chunk);
        if (w <= 0) {
            c->gz_failed = 1;
            errno = EIO;
            break;
        }
        done += (size_t)w;
    }
    return c->gz_failed ? 0 : (ssize_t)done;
}

/* fopencookie's close: finish the gzip member and close the file; frees the cookie. */
static int gz_cookie_close(void *cookie) {
    GzCookie *c = cookie;
    int failed = c->gz_failed;
    failed |= gzclose(c->gz_file) != Z_OK;
    free(c);
    return failed ? EOF : 0;
}

/* ==== internal API ==== */

/* See include/internal/hs_trace_gzip.h. The file is opened with open(2) first, so the caller's
 * message ("can't write 'x': No such file or directory") has the real errno. */
FILE *hs_trace_gzip_open(const char *path, int level) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) {
        return NULL;
    }
    char mode[4] = {'w', 'b', (char)('0' + (level < 0 ? 1 : level > 9 ? 9 : level)), '\0'};
    GzCookie *c = calloc(1, sizeof *c);
    if (c == NULL || (c->gz_file = gzdopen(fd, mode)) == NULL) {
        free(c);
        close(fd);
        errno = ENOMEM;
        return NULL;
    }
    gzbuffer(c->gz_file, 1 << 17); /* before the first write: fewer, larger write(2)s */
    cookie_io_functions_t io = {.read = NULL, .write = gz_cookie_write, .seek = NULL,
                                .close = gz_cookie_close};
    FILE *f = fopencookie(c, "w", io);
    if (f == NULL) {
        gzclose(c->gz_file);
        free(c);
        errno = ENOMEM;
    }
    return f;
}

/* See include/internal/hs_trace_gzip.h. The output buffer is deflateBound's worst case, so
 * deflate never runs out of room (a Z_BUF_ERROR ends the loop as a failure); the buffers are
 * fed in pieces of at most UINT_MAX bytes (zlib's counts are unsigned int). */
int hs_trace_gzip_buffer(const char *data, size_t n, int level, unsigned char **out,
                         size_t *out_len) {
    *out = NULL;
    *out_len = 0;
    z_stream zs = {0};
    if (deflateInit2(&zs, level, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return -1;
    }
    size_t cap = deflateBound(&zs, (uLong)n); /* uLong: 64 bits here, as size_t */
    unsigned char *buf = malloc(cap);
    if (buf == NULL) {
        deflateEnd(&zs);
        return -1;
    }
    size_t in_done = 0, out_done = 0;
    int rc = Z_OK;
    while (rc == Z_OK) {
        size_t in_piece = n - in_done > UINT_MAX ? UINT_MAX : n - in_done;
        size_t out_piece = cap - out_done > UINT_MAX ? UINT_MAX : cap - out_done;
        zs.next_in = (unsigned char *)(data + in_done);
        zs.avail_in = (unsigned)in_piece;
        zs.next_out = buf + out_done;
        zs.avail_out = (unsigned)out_piece;
        rc = deflate(&zs, in_done + in_piece == n ? Z_FINISH : Z_NO_FLUSH);
        in_done += in_piece - zs.avail_in;
        out_done += out_piece - zs.avail_out;
    }
    deflateEnd(&zs);
    if (rc != Z_STREAM_END) {
        free(buf);
        return -1;
    }
    *out = buf;
    *out_len = out_done;
    return 0;
}
