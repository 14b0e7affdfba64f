/* hs_fatal: the one place a broken invariant ends the process (CPython: Py_FatalError).
 * It lives in the lowest layer so that every layer can use HS_ASSERT. It prints where and
 * what, flushes stdio, and aborts, so a debugger or sanitizer shows the stack. */
#include "hs/config.h"

#include <stdio.h>
#include <stdlib.h>

void hs_fatal(const char *file, int line, const char *what) {
    fflush(stdout);
    fprintf(stderr, "heapscope: fatal error at %s:%d: %s\n", file, line, what);
    fflush(stderr);
    abort();
}
