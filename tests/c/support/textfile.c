/* Whole-file reading for tests (see textfile.h): test_parser.c and test_symtable.c read each
 * case and its expected dump with one call and list their case folders in strcmp order, so
 * the PASS/FAIL lines come out in the same order on every machine; test_unicodedb.c reads
 * its vector files. A short read is a failure (the file changed under us), never a truncated
 * text. */
#include "textfile.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== internal API ==== */

/* The whole file, NUL-terminated; NULL on any failure. */
char *hs_textfile_read(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf == NULL || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        fclose(f);
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    fclose(f);
    if (len != NULL) {
        *len = (size_t)n;
    }
    return buf;
}

int hs_textfile_cmp_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names of the files in 'dir' ending in 'suffix', sorted; an unreadable folder gives
 * none. */
int hs_textfile_list(const char *dir, const char *suffix, char ***out) {
    DIR *d = opendir(dir);
    int n = 0, cap = 64;
    size_t sl = strlen(suffix);
    char **names = malloc(sizeof(char *) * (size_t)cap);
    struct dirent *e;
    while (d != NULL && names != NULL && (e = readdir(d)) != NULL) {
        size_t l = strlen(e->d_name);
        if (l > sl && strcmp(e->d_name + l - sl, suffix) == 0) {
            if (n == cap) {
                cap *= 2;
                names = realloc(names, sizeof(char *) * (size_t)cap);
                if (names == NULL) {
                    break;
                }
            }
            names[n++] = strdup(e->d_name);
        }
    }
    if (d != NULL) {
        closedir(d);
    }
    if (names != NULL) {
        qsort(names, (size_t)n, sizeof(char *), hs_textfile_cmp_names);
    }
    *out = names;
    return names != NULL ? n : 0;
}
