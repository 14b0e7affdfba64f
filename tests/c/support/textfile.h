/* Reading whole test-input files, shared by the compiler tests (test_parser.c,
 * test_symtable.c), which compare each tests/parser/.../NAME.py against an expected-output
 * file that tools/gen_parser_expected.py wrote from python3, and walk those folders in a
 * fixed (sorted) order. Paths are relative: run the tests from the repository root. */
#ifndef HS_TESTS_SUPPORT_TEXTFILE_H
#define HS_TESTS_SUPPORT_TEXTFILE_H

#include <stddef.h>

/* The whole file at 'path' in a malloc'ed, NUL-terminated buffer the caller frees, with its
 * length (without the NUL) in '*len'; NULL if it cannot be opened or read (no message). */
char *hs_textfile_read(const char *path, size_t *len);

/* qsort comparator for an array of C strings (char *): strcmp order. */
int hs_textfile_cmp_names(const void *a, const void *b);

/* Short names the test files call (kept so their checks read as before). */
static inline char *read_file(const char *path, size_t *len) {
    return hs_textfile_read(path, len);
}
static inline int cmp_names(const void *a, const void *b) {
    return hs_textfile_cmp_names(a, b);
}

#endif /* HS_TESTS_SUPPORT_TEXTFILE_H */
