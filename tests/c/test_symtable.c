/* Symbol table against CPython 3.11: each tests/parser/symtable/NAME.py is parsed, its
 * symbol table built and dumped, and the dump must equal NAME.st, written by
 * tools/gen_parser_expected.py from python3's symtable module (scopes and DEF_* flags of every
 * name in every block), or the SyntaxError line python3 gave. One PASS/FAIL line per file. */
#include "hs_test.h"
#include "support/textfile.h"
#include "internal/hs_compile_symtable.h"

#include <stdlib.h>
#include <string.h>

#define SYM_DIR "tests/parser/symtable"

/* ==== helpers ==== */

/* Dump (or error line) of the symbol table of 'src' into a malloc'ed string. */
static char *symtable_text(const char *src, size_t len, const char *name) {
    char *out = NULL;
    size_t olen = 0;
    FILE *mem = open_memstream(&out, &olen);
    HsAstArena *arena = hs_comp_arena_new();
    HsCompileError err;
    HsAstMod *mod = hs_comp_parse(src, len, name, HS_PARSE_FILE, arena, &err);
    if (mod == NULL) {
        fprintf(mem, "parse error: %s\n", err.msg);
    } else {
        HsSymBlock *top = hs_comp_symtable_build(mod, name, arena, &err);
        if (top == NULL) {
            fprintf(mem, "%s\t%d\t%d\t%s\n", hs_comp_error_type_name(err.kind), err.lineno,
                    err.offset, err.msg);
        } else {
            hs_comp_symtable_dump(top, mem);
        }
    }
    hs_comp_error_clear(&err);
    fclose(mem);
    hs_comp_arena_free(arena);
    return out;
}

/* ==== tests ==== */

static void test_symtable_files(void) {
    char **names;
    int n = list_py(SYM_DIR, &names), failures = 0;
    HS_CHECK(n > 0);
    for (int i = 0; i < n; i++) {
        char path[512], spath[512];
        snprintf(path, sizeof path, "%s/%s", SYM_DIR, names[i]);
        snprintf(spath, sizeof spath, "%s/%.*s.st", SYM_DIR, (int)strlen(names[i]) - 3, names[i]);
        size_t len, slen;
        char *src = read_file(path, &len), *exp = read_file(spath, &slen);
        char *got = src != NULL ? symtable_text(src, len, names[i]) : NULL;
        if (got == NULL || exp == NULL || strcmp(got, exp) != 0) {
            const char *g = got ? got : "", *x = exp ? exp : "";
            while (*g != '\0' && *g == *x) {
                g++, x++;
            }
            printf("FAIL symtable %s: expected '%.60s' got '%.60s'\n", names[i], x, g);
            failures++;
        } else {
            printf("PASS symtable %s\n", names[i]);
        }
        free(src);
        free(exp);
        free(got);
        free(names[i]);
    }
    free(names);
    HS_CHECK(n >= 50);
    HS_CHECK_EQ(failures, 0);
}

/* The scopes of a closure, checked field by field. */
static void test_closure_scopes(void) {
    const char *src =
        "def f(a):\n    b = 1\n    def g():\n        return a + b + c\n    return g\n";
    HsAstArena *arena = hs_comp_arena_new();
    HsCompileError err;
    HsAstMod *mod = hs_comp_parse(src, strlen(src), "<t>", HS_PARSE_FILE, arena, &err);
    HS_CHECK(mod != NULL);
    HsSymBlock *top = hs_comp_symtable_build(mod, "<t>", arena, &err);
    HS_CHECK(top != NULL);
    HS_CHECK_EQ(top->nchildren, 1);
    HsSymBlock *f = top->children[0];
    HS_CHECK(strcmp(f->name, "f") == 0 && f->type == HS_BLOCK_FUNCTION);
    HS_CHECK_EQ(f->nchildren, 1);
    HsSymBlock *g = f->children[0];
    int seen = 0;
    for (int i = 0; i < f->nsyms; i++) {
        if (strcmp(f->syms[i].name, "a") == 0) {
            HS_CHECK_EQ(f->syms[i].scope, HS_SCOPE_CELL);
            HS_CHECK_EQ(f->syms[i].flags, HS_DEF_PARAM);
            seen++;
        }
    }
    for (int i = 0; i < g->nsyms; i++) {
        const HsSymbol *s = &g->syms[i];
        if (strcmp(s->name, "b") == 0) {
            HS_CHECK_EQ(s->scope, HS_SCOPE_FREE);
            seen++;
        } else if (strcmp(s->name, "c") == 0) {
            HS_CHECK_EQ(s->scope, HS_SCOPE_GLOBAL_IMPLICIT);
            seen++;
        }
    }
    HS_CHECK_EQ(seen, 3);
    hs_comp_arena_free(arena);
}

HS_TEST_MAIN(test_symtable_files, test_closure_scopes)
