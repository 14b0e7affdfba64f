/* Vector files for the numeric-formatting tests (see vectors.h): read a file from
 * tests/data/numfmt/ whole, split it into lines, and split a line into tab-separated fields,
 * undoing the generator's escapes (tools/gen_numfmt_vectors.py: \t \n \r \xHH, and a
 * backslash before any other character stands for that character). Shared by test_floatfmt,
 * test_formatspec and test_hash. Invariant: each line is split at most once, because the
 * unescaping is done in place and shortens the field. */
#include "vectors.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== internal API ==== */

int hs_vectors_open(HsVecFile *v, const char *name) {
    char path[256];
    snprintf(path, sizeof path, "tests/data/numfmt/%s", name);
    FILE *fp = fopen(path, "rb");
    memset(v, 0, sizeof *v);
    if (fp == NULL) {
        printf("cannot open %s (run from the repository root)\n", path);
        return -1;
    }
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    v->buf = malloc((size_t)n + 1);
    size_t got = fread(v->buf, 1, (size_t)n, fp);
    fclose(fp);
    v->buf[got] = '\0';
    size_t cap = 1024;
    v->lines = malloc(cap * sizeof *v->lines);
    for (char *p = v->buf; *p;) {
        char *nl = strchr(p, '\n');
        if (v->nlines == cap) {
            cap *= 2;
            v->lines = realloc(v->lines, cap * sizeof *v->lines);
        }
        v->lines[v->nlines++] = p;
        if (nl == NULL) {
            break;
        }
        *nl = '\0';
        p = nl + 1;
    }
    return 0;
}

void hs_vectors_close(HsVecFile *v) {
    free(v->buf);
    free(v->lines);
}

/* Split line 'i' at tabs and unescape each field in place. */
void hs_vectors_line(HsVecFile *v, size_t i) {
    char *p = v->lines[i];
    v->nf = 0;
    while (v->nf < HS_VEC_MAX_FIELDS) {
        char *tab = strchr(p, '\t');
        if (tab != NULL) {
            *tab = '\0';
        }
        char *w = p, *r = p;
        while (*r) {
            if (*r == '\\') {
                r++;
                char c = *r++;
                if (c == 't') {
                    *w++ = '\t';
                } else if (c == 'n') {
                    *w++ = '\n';
                } else if (c == 'r') {
                    *w++ = '\r';
                } else if (c == 'x') {
                    char hex[3] = {r[0], r[1], 0};
                    *w++ = (char)strtol(hex, NULL, 16);
                    r += 2;
                } else {
                    *w++ = c;
                }
            } else {
                *w++ = *r++;
            }
        }
        *w = '\0';
        v->f[v->nf] = p;
        v->flen[v->nf] = (size_t)(w - p);
        v->nf++;
        if (tab == NULL) {
            break;
        }
        p = tab + 1;
    }
}

/* 'hex' is a float64's bit pattern in hex digits (how the generator writes exact doubles). */
double hs_vectors_bits_to_double(const char *hex) {
    uint64_t b = strtoull(hex, NULL, 16);
    double x;
    memcpy(&x, &b, sizeof x);
    return x;
}
