/* Reading whole test-input files: test_unicodedb.c reads its vector files with it, and the
 * compiler tests (test_parser.c, test_symtable.c) read each tests/parser/.../NAME.py and the
 * expected output tools/gen_parser_expected.py wrote from python3, and walk those folders in
 * a fixed (sorted) order. Paths are relative: run the tests from the repository root. */
#ifndef HS_TESTS_SUPPORT_TEXTFILE_H
#define HS_TESTS_SUPPORT_TEXTFILE_H

#include <stddef.h>

/* The whole file at 'path' in a malloc'ed, NUL-terminated buffer the caller frees, with its
 * length (without the NUL) in '*len' unless 'len' is NULL; NULL if it cannot be opened or
 * read (no message). */
char *hs_textfile_read(const char *path, size_t *len);

/* The names (malloc'ed, as is the array; the caller frees both) of the files in 'dir' whose
 * name ends in 'suffix', in strcmp order, in '*out'; returns the count. */
int hs_textfile_list(const char *dir, const char *suffix, char ***out);
/* qsort comparator for an array of C strings (char *): strcmp order. */
int hs_textfile_cmp_names(const void *a, const void *b);

/* Short names the test files call (kept so their checks read as before). */
static inline char *read_file(const char *path, size_t *len) {
    return hs_textfile_read(path, len);
}
static inline char *read_all(const char *path) {
    return hs_textfile_read(path, NULL);
}
static inline int list_py(const char *dir, char ***out) {
    return hs_textfile_list(dir, ".py", out);
}
static inline int cmp_names(const void *a, const void *b) {
    return hs_textfile_cmp_names(a, b);
}

#endif /* HS_TESTS_SUPPORT_TEXTFILE_H */
