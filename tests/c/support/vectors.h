/* Reading the CPython 3.11 vector files in tests/data/numfmt/ (written by
 * tools/gen_numfmt_vectors.py): one vector a line, fields separated by tabs, with \t \n \r
 * \xHH and \<char> escapes inside a field. The whole file is read once and split in place,
 * so every field pointer stays valid until hs_vectors_close.
 *
 *     HsVecFile v;
 *     HS_CHECK(vec_open(&v, "float_repr.txt") == 0);   // tests/data/numfmt/float_repr.txt
 *     for (size_t i = 0; i < v.nlines; i++) {
 *         vec_line(&v, i);                               // v.f[0..nf-1], v.flen[...]
 *     }
 *     vec_close(&v);
 *
 * Run the tests from the repository root (the path is relative). No HsObject is involved. */
#ifndef HS_TESTS_SUPPORT_VECTORS_H
#define HS_TESTS_SUPPORT_VECTORS_H

#include <stddef.h>

#define HS_VEC_MAX_FIELDS 8

/* One vector file. Owns 'buf' and 'lines' (freed by hs_vectors_close); the field pointers
 * point into 'buf' and describe the line last passed to hs_vectors_line. */
typedef struct HsVecFile {
    char *buf;                       /* the whole file, split in place */
    char **lines;                    /* line starts */
    size_t nlines;
    char *f[HS_VEC_MAX_FIELDS];      /* the current line's unescaped fields */
    size_t flen[HS_VEC_MAX_FIELDS];  /* their lengths (a field may hold NUL bytes) */
    int nf;                          /* how many fields the current line has */
} HsVecFile;

/* Read tests/data/numfmt/'name' into 'v' and split it into lines. Returns 0, or -1 (with a
 * message on stdout) if the file cannot be opened; 'v' is zeroed first, so closing it after a
 * failure is safe. */
int hs_vectors_open(HsVecFile *v, const char *name);

/* Free what hs_vectors_open allocated. */
void hs_vectors_close(HsVecFile *v);

/* Split line 'i' (< v->nlines) at tabs into v->f / v->flen / v->nf, unescaping each field in
 * place (so each line can be split once only). At most HS_VEC_MAX_FIELDS fields. */
void hs_vectors_line(HsVecFile *v, size_t i);

/* The double whose IEEE 754 bit pattern is the hex digits 'hex' (e.g. "3ff0000000000000"). */
double hs_vectors_bits_to_double(const char *hex);

/* Short names the test files call (kept so their checks read as before). */
static inline int vec_open(HsVecFile *v, const char *name) {
    return hs_vectors_open(v, name);
}
static inline void vec_close(HsVecFile *v) {
    hs_vectors_close(v);
}
static inline void vec_line(HsVecFile *v, size_t i) {
    hs_vectors_line(v, i);
}
static inline double bits_to_double(const char *hex) {
    return hs_vectors_bits_to_double(hex);
}

#endif /* HS_TESTS_SUPPORT_VECTORS_H */
