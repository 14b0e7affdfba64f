/* Parser against CPython 3.11: every tests/parser/cases/NAME.py must dump (ast.c's canonical
 * format) exactly as tools/gen_parser_expected.py dumped python3's ast.parse() into NAME.ast,
 * and every tests/parser/errors/NAME.py must fail with the type, message, line and offset
 * that python3's compile() gave (errors/expected.txt). One PASS/FAIL line per file; run from
 * the repository root. Also: the depth guards, the arena, and error-struct hygiene. */
#include "hs_test.h"
#include "support/textfile.h"
#include "internal/hs_compile.h"
#include "internal/hs_mem.h"

#include <stdlib.h>
#include <string.h>

#define CASES_DIR "tests/parser/cases"
#define ERRORS_DIR "tests/parser/errors"

/* ==== helpers ==== */


static HsParseMode mode_of(const char *src) {
    if (strncmp(src, "# mode: eval", 12) == 0) {
        return HS_PARSE_EVAL;
    }
    if (strncmp(src, "# mode: single", 14) == 0) {
        return HS_PARSE_SINGLE;
    }
    return HS_PARSE_FILE;
}

/* Print the first line where 'got' and 'exp' differ. */
static void report_diff(const char *name, const char *got, const char *exp) {
    int line = 1;
    while (*got != '\0' && *exp != '\0') {
        const char *ge = strchr(got, '\n'), *ee = strchr(exp, '\n');
        size_t gl = ge ? (size_t)(ge - got) : strlen(got),
               el = ee ? (size_t)(ee - exp) : strlen(exp);
        if (gl != el || memcmp(got, exp, gl) != 0) {
            break;
        }
        got += gl + (ge != NULL);
        exp += el + (ee != NULL);
        line++;
    }
    const char *ge = strchr(got, '\n'), *ee = strchr(exp, '\n');
    printf("FAIL case %s: line %d: expected '%.*s' got '%.*s'\n", name, line,
           (int)(ee ? ee - exp : (long)strlen(exp)), exp, (int)(ge ? ge - got : (long)strlen(got)),
           got);
}

/* ==== tests ==== */

static void test_case_files(void) {
    char **names;
    int n = list_py(CASES_DIR, &names), failures = 0;
    for (int i = 0; i < n; i++) {
        char path[512], apath[512];
        snprintf(path, sizeof path, "%s/%s", CASES_DIR, names[i]);
        snprintf(apath, sizeof apath, "%s/%.*s.ast", CASES_DIR, (int)strlen(names[i]) - 3,
                 names[i]);
        size_t len, alen;
        char *src = read_file(path, &len), *exp = read_file(apath, &alen);
        char *got = NULL;
        size_t glen = 0;
        HsAstArena *arena = hs_comp_arena_new();
        HsCompileError err;
        HsAstMod *mod = src ? hs_comp_parse(src, len, names[i], mode_of(src), arena, &err) : NULL;
        if (mod != NULL) {
            FILE *mem = open_memstream(&got, &glen);
            hs_comp_ast_dump(mod, mem);
            fclose(mem);
        }
        if (src == NULL || exp == NULL) {
            printf("FAIL case %s: cannot read source or .ast\n", names[i]);
            failures++;
        } else if (mod == NULL) {
            printf("FAIL case %s: %s at %d:%d: %s\n", names[i], hs_comp_error_type_name(err.kind),
                   err.lineno, err.offset, err.msg);
            failures++;
        } else if (strcmp(got, exp) != 0) {
            report_diff(names[i], got, exp);
            failures++;
        } else {
            printf("PASS case %s\n", names[i]);
        }
        if (src != NULL && mod == NULL) {
            hs_comp_error_clear(&err);
        }
        hs_comp_arena_free(arena);
        free(got);
        free(src);
        free(exp);
        free(names[i]);
    }
    free(names);
    HS_CHECK(n >= 100);
    HS_CHECK_EQ(failures, 0);
}

/* One line of errors/expected.txt: NAME TYPE LINENO OFFSET MSG (tab-separated). */
static int check_error_line(char *line) {
    char *f[5] = {0};
    int k = 0;
    for (char *s = line; k < 5; k++) {
        f[k] = s;
        char *t = k < 4 ? strchr(s, '\t') : NULL;
        if (t == NULL) {
            break;
        }
        *t = '\0';
        s = t + 1;
    }
    if (f[4] == NULL) {
        printf("FAIL error line malformed: %s\n", line);
        return 1;
    }
    char path[512];
    snprintf(path, sizeof path, "%s/%s", ERRORS_DIR, f[0]);
    size_t len;
    char *src = read_file(path, &len);
    HsAstArena *arena = hs_comp_arena_new();
    HsCompileError err;
    memset(&err, 0, sizeof err);
    HsAstMod *mod = src ? hs_comp_parse(src, len, f[0], mode_of(src), arena, &err) : NULL;
    int bad = 0;
    int lineno = atoi(f[2]), offset = atoi(f[3]);
    int deep = err.kind == HS_COMP_ERR_MEMORY || err.kind == HS_COMP_ERR_RECURSION;
    if (mod != NULL || src == NULL) {
        printf("FAIL error %s: parsed without error\n", f[0]);
        bad = 1;
    } else if (strcmp(hs_comp_error_type_name(err.kind), f[1]) != 0 ||
               (!deep &&
                (strcmp(err.msg, f[4]) != 0 || err.lineno != lineno || err.offset != offset))) {
        printf("FAIL error %s: expected %s %d:%d '%s' got %s %d:%d '%s'\n", f[0], f[1], lineno,
               offset, f[4], hs_comp_error_type_name(err.kind), err.lineno, err.offset, err.msg);
        bad = 1;
    } else {
        printf("PASS error %s\n", f[0]);
    }
    hs_comp_error_clear(&err);
    hs_comp_arena_free(arena);
    free(src);
    return bad;
}

static void test_error_files(void) {
    size_t len;
    char *exp = read_file(ERRORS_DIR "/expected.txt", &len);
    HS_CHECK(exp != NULL);
    int n = 0, failures = 0;
    char *save = NULL;
    for (char *line = strtok_r(exp, "\n", &save); line != NULL;
         line = strtok_r(NULL, "\n", &save)) {
        failures += check_error_line(line);
        n++;
    }
    free(exp);
    HS_CHECK(n >= 100);
    HS_CHECK_EQ(failures, 0);
}

static int parse_error_kind(const char *src, HsParseMode mode, HsCompileError *err) {
    HsAstArena *arena = hs_comp_arena_new();
    HsAstMod *mod = hs_comp_parse(src, strlen(src), "<t>", mode, arena, err);
    hs_comp_arena_free(arena);
    return mod == NULL ? (int)err->kind : 0;
}

/* Generated deep sources (CPython 3.11.7: -*100000 and not*20000 give MemoryError; an
 * attribute chain of 100000 gives RecursionError; 1000 '(' give "too many nested
 * parentheses"). None may overflow the C stack. */
static void test_depth_guards(void) {
    size_t n = 100000;
    char *s = malloc(n * 4 + 16);
    HsCompileError err;
    memset(s, '-', n);
    strcpy(s + n, "1\n");
    HS_CHECK_EQ(parse_error_kind(s, HS_PARSE_FILE, &err), HS_COMP_ERR_MEMORY);
    hs_comp_error_clear(&err);
    s[0] = 'a';
    for (size_t i = 0; i < n; i++) {
        memcpy(s + 1 + 2 * i, ".b", 2);
    }
    strcpy(s + 1 + 2 * n, "\n");
    HS_CHECK_EQ(parse_error_kind(s, HS_PARSE_FILE, &err), HS_COMP_ERR_RECURSION);
    hs_comp_error_clear(&err);
    memset(s, '(', 1000);
    memset(s + 1000, ')', 1000);
    strcpy(s + 2000, "\n");
    HS_CHECK_EQ(parse_error_kind(s, HS_PARSE_FILE, &err), HS_COMP_ERR_SYNTAX);
    HS_CHECK(strcmp(err.msg, "too many nested parentheses") == 0);
    HS_CHECK_EQ(err.offset, 201);
    hs_comp_error_clear(&err);
    /* 2900 unary minus signs are fine for CPython (2990 are not) */
    memset(s, '-', 2900);
    strcpy(s + 2900, "1\n");
    HS_CHECK_EQ(parse_error_kind(s, HS_PARSE_FILE, &err), 0);
    free(s);
}

/* The error struct carries the source line and the file name. */
static void test_error_struct(void) {
    HsCompileError err;
    HS_CHECK_EQ(parse_error_kind("x = 1\ny = (]\n", HS_PARSE_FILE, &err), HS_COMP_ERR_SYNTAX);
    HS_CHECK(strcmp(err.filename, "<t>") == 0);
    HS_CHECK(err.text != NULL && strcmp(err.text, "y = (]\n") == 0);
    HS_CHECK_EQ(err.lineno, 2);
    HS_CHECK_EQ(err.offset, 6);
    hs_comp_error_clear(&err);
    HS_CHECK(err.text == NULL && err.kind == HS_COMP_ERR_NONE);
}

/* A tree lives in its arena: chunks grow with the source and are all released. */
static void test_arena(void) {
    HsMemStats before, after;
    hs_mem_get_stats(&before);
    HsAstArena *arena = hs_comp_arena_new();
    HsCompileError err;
    const char *src = "def f(a, b=1):\n    return [x * a for x in range(b)]\n";
    HsAstMod *mod = hs_comp_parse(src, strlen(src), "<t>", HS_PARSE_FILE, arena, &err);
    HS_CHECK(mod != NULL);
    HS_CHECK_EQ(HS_SEQ_LEN(mod->body), 1);
    HsAstStmt *def = HS_SEQ_GET(mod->body, 0);
    HS_CHECK_EQ(def->kind, HS_STMT_FUNCTIONDEF);
    HS_CHECK(strcmp(def->v.FunctionDef.name, "f") == 0);
    HS_CHECK_EQ(HS_SEQ_LEN(def->v.FunctionDef.args->args), 2);
    HS_CHECK(hs_comp_arena_size(arena) >= 8192);
    hs_comp_arena_free(arena);
    hs_mem_get_stats(&after);
    HS_CHECK_EQ(after.raw_in_use, before.raw_in_use);
}

/* Constants keep their decoded bytes: NUL inside str, surrogates as 3-byte sequences. */
static void test_constants(void) {
    HsAstArena *arena = hs_comp_arena_new();
    HsCompileError err;
    const char *src = "'a\\0b' '\\ud800'\n";
    HsAstMod *mod = hs_comp_parse(src, strlen(src), "<t>", HS_PARSE_FILE, arena, &err);
    HS_CHECK(mod != NULL);
    HsAstStmt *s = HS_SEQ_GET(mod->body, 0);
    HsAstExpr *c = s->v.Expr.value;
    HS_CHECK_EQ(c->kind, HS_EXPR_CONSTANT);
    HS_CHECK_EQ(c->v.Constant.value.kind, HS_CONST_STR);
    HS_CHECK_EQ(c->v.Constant.value.len, 6);
    HS_CHECK(memcmp(c->v.Constant.value.s, "a\0b\xED\xA0\x80", 6) == 0);
    hs_comp_arena_free(arena);
}

HS_TEST_MAIN(test_case_files, test_error_files, test_depth_guards, test_error_struct, test_arena,
             test_constants)
