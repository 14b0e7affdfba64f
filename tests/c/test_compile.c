/* The code generator against CPython 3.11: every compile case (tests/compile/NAME.py, the
 * parser's cases as p_NAME.py and the conformance scripts tests/py/DIR/test_X.py as
 * py_DIR_test_X.py, read in place; see tools/gen_compile_expected.py) is compiled by
 * hs_comp_compile and dumped (every code object, recursively: names, flags, counts, stack
 * size, tables, constants, every code unit, the location and exception tables in hex) in the
 * format tools/gen_compile_expected.py writes from python3's compile(); the dumps must be
 * equal byte for byte. Files listed in tests/compile/EXCLUDED are known differences (see
 * docs/internals/compiler.md) and only need to compile. Also checks the compiler's own
 * SyntaxErrors. */
#include "hs_test.h"
#include "support/textfile.h"

#include "internal/hs_compile_codegen.h"
#include "internal/hs_compile_opcode.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_complex.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_long.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"
#include "internal/hs_obj_fmt.h"
#include "internal/hs_obj_set.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#define CASES_DIR "tests/compile"

/* ==== helpers ==== */




/* A case: its name (the filename it is compiled under, and its .expected file's stem) and
 * where its source is. */
typedef struct {
    char *name, *path;
} Case;

static int cmp_cases(const void *a, const void *b) {
    return strcmp(((const Case *)a)->name, ((const Case *)b)->name);
}

/* Append the .py files of 'dir' (those starting with 'only', if given) as cases named
 * prefix + file name. */
static void add_cases(Case **cases, int *n, int *cap, const char *dir, const char *prefix,
                      const char *only) {
    char **files;
    int k = list_py(dir, &files);
    for (int i = 0; i < k; i++) {
        if (only == NULL || strncmp(files[i], only, strlen(only)) == 0) {
            if (*n == *cap) {
                *cap *= 2;
                *cases = realloc(*cases, sizeof(Case) * (size_t)*cap);
            }
            size_t nl = strlen(prefix) + strlen(files[i]) + 1, pl = strlen(dir) + nl + 1;
            Case *c = &(*cases)[(*n)++];
            c->name = malloc(nl);
            c->path = malloc(pl);
            snprintf(c->name, nl, "%s%s", prefix, files[i]);
            snprintf(c->path, pl, "%s/%s", dir, files[i]);
        }
        free(files[i]);
    }
    free(files);
}

/* Every case, sorted by name. */
static int collect_cases(Case **out) {
    int n = 0, cap = 1024;
    Case *cases = malloc(sizeof(Case) * (size_t)cap);
    add_cases(&cases, &n, &cap, CASES_DIR, "", NULL);
    add_cases(&cases, &n, &cap, "tests/parser/cases", "p_", NULL);
    DIR *d = opendir("tests/py");
    struct dirent *e;
    while (d != NULL && (e = readdir(d)) != NULL) {
        if (e->d_name[0] != '.') {
            char dir[512], prefix[512];
            snprintf(dir, sizeof dir, "tests/py/%s", e->d_name);
            snprintf(prefix, sizeof prefix, "py_%s_", e->d_name);
            add_cases(&cases, &n, &cap, dir, prefix, "test_");
        }
    }
    if (d != NULL) {
        closedir(d);
    }
    qsort(cases, (size_t)n, sizeof(Case), cmp_cases);
    *out = cases;
    return n;
}

static HsParseMode mode_of(const char *src) {
    if (strncmp(src, "# mode: eval", 12) == 0) {
        return HS_PARSE_EVAL;
    }
    if (strncmp(src, "# mode: single", 14) == 0) {
        return HS_PARSE_SINGLE;
    }
    return HS_PARSE_FILE;
}

/* ==== the dump ==== */

static void put_esc(FILE *out, HsObject *s) {
    Hs_ssize_t n = HS_STR_LEN(s);
    for (Hs_ssize_t i = 0; i < n; i++) {
        uint32_t ch = HS_STR_READ_CHAR(s, i);
        if (ch >= 0x20 && ch < 0x7f && ch != '\\') {
            fputc((int)ch, out);
        } else {
            fprintf(out, "\\u{%x}", (unsigned)ch);
        }
    }
}

static void put_canon(FILE *out, HsObject *k);

/* frozenset(items...) with the items' canonical forms sorted, as the generator writes. */
static void put_frozenset(FILE *out, HsObject *k) {
    Hs_ssize_t n = HsSet_Size(k), pos = 0, hash, i = 0;
    char **items = calloc((size_t)n + 1, sizeof(char *));
    HsObject *key;
    while (hs_set_next_entry(k, &pos, &key, &hash) && i < n) {
        size_t len = 0;
        FILE *f = open_memstream(&items[i], &len);
        put_canon(f, key);
        fclose(f);
        i++;
    }
    qsort(items, (size_t)i, sizeof(char *), cmp_names);
    fputs("frozenset(", out);
    for (Hs_ssize_t j = 0; j < i; j++) {
        fprintf(out, "%s%s", j ? ", " : "", items[j]);
        free(items[j]);
    }
    fputs(")", out);
    free(items);
}

static void put_canon(FILE *out, HsObject *k) {
    if (k == Hs_None) {
        fputs("None", out);
    } else if (k == Hs_True) {
        fputs("True", out);
    } else if (k == Hs_False) {
        fputs("False", out);
    } else if (k == Hs_Ellipsis) {
        fputs("Ellipsis", out);
    } else if (HsLong_CheckExact(k)) {
        Hs_ssize_t nd = Hs_SIZE(k) < 0 ? -Hs_SIZE(k) : Hs_SIZE(k);
        size_t cap = hs_obj_long_str_capacity(nd, 10), len = 0;
        char *buf = malloc(cap + 1);
        hs_obj_long_to_decimal(((HsLongObject *)k)->ob_digit, nd, 0, buf, &len);
        fprintf(out, "int:%s%s", Hs_SIZE(k) < 0 ? "-" : "", buf);
        free(buf);
    } else if (HsUnicode_CheckExact(k)) {
        fputs("str:", out);
        put_esc(out, k);
    } else if (HsTuple_CheckExact(k)) {
        fputs("tuple(", out);
        for (Hs_ssize_t i = 0; i < Hs_SIZE(k); i++) {
            if (i) {
                fputs(", ", out);
            }
            put_canon(out, HS_TUPLE_GET(k, i));
        }
        fputs(")", out);
    } else if (HsFloat_CheckExact(k)) {
        char buf[HS_FLOAT_REPR_SIZE];
        hs_obj_float_repr(HsFloat_AsDouble(k), buf);
        fprintf(out, "float:%s", buf);
    } else if (HsComplex_CheckExact(k)) {
        HsObject *r = HsObject_Repr(k);
        fprintf(out, "complex:%s", r != NULL ? HsUnicode_AsUTF8(r) : "?");
        Hs_XDECREF(r);
    } else if (HsBytes_CheckExact(k)) {
        fputs("bytes:", out);
        for (Hs_ssize_t i = 0; i < Hs_SIZE(k); i++) {
            fprintf(out, "%02x", (unsigned char)HsBytes_AS_STRING(k)[i]);
        }
    } else if (HsFrozenSet_CheckExact(k)) {
        put_frozenset(out, k);
    } else if (HsCode_Check(k)) {
        fputs("code:", out);
        put_esc(out, ((HsCodeObject *)k)->co_qualname);
    } else {
        fputs("?", out);
    }
}

static void put_hex(FILE *out, const char *label, const uint8_t *p, Hs_ssize_t n) {
    fprintf(out, "%s ", label);
    for (Hs_ssize_t i = 0; i < n; i++) {
        fprintf(out, "%02x", p[i]);
    }
    fputc('\n', out);
}

static void put_names(FILE *out, const char *label, HsCodeObject *co, int kind_mask) {
    int n = 0;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        n += (co->co_localspluskinds[i] & kind_mask) != 0;
    }
    fprintf(out, "%s %d: ", label, n);
    int first = 1;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        if (co->co_localspluskinds[i] & kind_mask) {
            if (!first) {
                fputc(' ', out);
            }
            first = 0;
            put_esc(out, HS_TUPLE_GET(co->co_localsplusnames, i));
        }
    }
    fputc('\n', out);
}

static void dump_code(FILE *out, HsCodeObject *co) {
    fputs("code ", out);
    put_esc(out, co->co_qualname);
    fputs("\nname ", out);
    put_esc(out, co->co_name);
    fprintf(out, "\nflags %d\nargs %d %d %d\nstacksize %d\nfirstlineno %d\n", co->co_flags,
            co->co_argcount, co->co_posonlyargcount, co->co_kwonlyargcount, co->co_stacksize,
            co->co_firstlineno);
    put_names(out, "varnames", co, HS_CO_FAST_LOCAL);
    put_names(out, "cellvars", co, HS_CO_FAST_CELL);
    put_names(out, "freevars", co, HS_CO_FAST_FREE);
    Hs_ssize_t nn = Hs_SIZE(co->co_names);
    fprintf(out, "names %d: ", (int)nn);
    for (Hs_ssize_t i = 0; i < nn; i++) {
        if (i) {
            fputc(' ', out);
        }
        put_esc(out, HS_TUPLE_GET(co->co_names, i));
    }
    fputc('\n', out);
    for (Hs_ssize_t i = 0; i < Hs_SIZE(co->co_consts); i++) {
        fprintf(out, "const %d: ", (int)i);
        put_canon(out, HS_TUPLE_GET(co->co_consts, i));
        fputc('\n', out);
    }
    for (Hs_ssize_t i = 0; i < Hs_SIZE(co); i++) {
        hs_codeunit cu = co->co_code[i];
        const char *nm = hs_op_names[HS_CU_OPCODE(cu)];
        if (nm != NULL) {
            fprintf(out, "%s %d\n", nm, HS_CU_OPARG(cu));
        } else {
            fprintf(out, "<%d> %d\n", HS_CU_OPCODE(cu), HS_CU_OPARG(cu));
        }
    }
    put_hex(out, "linetable", co->co_linetable, co->co_linetable_len);
    put_hex(out, "exctable", co->co_exceptiontable, co->co_exceptiontable_len);
    for (Hs_ssize_t i = 0; i < Hs_SIZE(co->co_consts); i++) {
        HsObject *k = HS_TUPLE_GET(co->co_consts, i);
        if (HsCode_Check(k)) {
            dump_code(out, (HsCodeObject *)k);
        }
    }
}

static char *dump_to_string(HsCodeObject *co) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    dump_code(f, co);
    fclose(f);
    return buf;
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
    printf("FAIL compile %s: line %d: expected '%.*s' got '%.*s'\n", name, line,
           (int)(ee ? ee - exp : (long)strlen(exp)), exp, (int)(ge ? ge - got : (long)strlen(got)),
           got);
}

/* A file listed in EXCLUDED (each with its reason). */
static int is_excluded(const char *excluded, const char *name) {
    if (excluded == NULL) {
        return 0;
    }
    size_t n = strlen(name);
    for (const char *p = excluded; (p = strstr(p, name)) != NULL; p += n) {
        if ((p == excluded || p[-1] == '\n') && (p[n] == '\n' || p[n] == '\0' || p[n] == ' ')) {
            return 1;
        }
    }
    return 0;
}

/* ==== tests ==== */

/* HS_COMPILE_DUMP=file.py prints that file's dump (a debugging aid). */
static void dump_env_file(void) {
    const char *path = getenv("HS_COMPILE_DUMP");
    size_t len;
    char *src = path != NULL ? read_file(path, &len) : NULL;
    if (src == NULL) {
        return;
    }
    HsCompileError err;
    const char *base = strrchr(path, '/');
    HsObject *co = hs_comp_compile(src, len, base ? base + 1 : path, mode_of(src), &err);
    if (co != NULL) {
        char *got = dump_to_string((HsCodeObject *)co);
        fputs(got, stderr);
        free(got);
        Hs_DECREF(co);
    } else {
        fprintf(stderr, "error: %s line %d\n", err.msg, err.lineno);
        hs_comp_error_clear(&err);
    }
    free(src);
}

static void test_case_files(void) {
    dump_env_file();
    Case *cases;
    int n = collect_cases(&cases), matched = 0, excluded_n = 0, failed = 0, skipped = 0;
    size_t xlen;
    char *excluded = read_file(CASES_DIR "/EXCLUDED", &xlen);
    for (int i = 0; i < n; i++) {
        char epath[512];
        const char *name = cases[i].name;
        snprintf(epath, sizeof epath, "%s/%.*s.expected", CASES_DIR, (int)strlen(name) - 3,
                 name);
        size_t len, elen;
        char *src = read_file(cases[i].path, &len), *exp = read_file(epath, &elen);
        free(cases[i].path);
        if (src == NULL || exp == NULL) {
            skipped += src != NULL; /* python3 cannot compile it: no expected dump */
            if (src == NULL) {
                printf("FAIL compile %s: unreadable source\n", name);
                failed++;
            }
            free(src);
            free(exp);
            free(cases[i].name);
            continue;
        }
        HsCompileError err;
        HsObject *co = hs_comp_compile(src, len, name, mode_of(src), &err);
        int excl = is_excluded(excluded, name);
        excluded_n += excl;
        if (co == NULL) {
            if (!excl) {
                printf("FAIL compile %s: %s (line %d)\n", name, err.msg, err.lineno);
                failed++;
            }
            hs_comp_error_clear(&err);
            HsErr_Clear();
        } else {
            char *got = dump_to_string((HsCodeObject *)co);
            if (strcmp(got, exp) == 0) {
                matched++;
            } else if (!excl) {
                report_diff(name, got, exp);
                failed++;
            }
            free(got);
            Hs_DECREF(co);
        }
        free(src);
        free(exp);
        free(cases[i].name);
    }
    printf("compile cases: %d of %d match CPython exactly (%d listed in EXCLUDED, %d that "
           "python3 rejects skipped)\n", matched, n - skipped, excluded_n, skipped);
    free(cases);
    free(excluded);
    HS_CHECK(matched >= 630);
    HS_CHECK_EQ(failed, 0);
}

static void check_error_at(const char *src, const char *msg, int lineno, int offset,
                           int end_lineno, int end_offset) {
    HsCompileError err;
    HsObject *co = hs_comp_compile(src, strlen(src), "<err>", HS_PARSE_FILE, &err);
    HS_CHECK(co == NULL);
    if (strcmp(err.msg, msg) != 0) {
        printf("error for %s: got '%s'\n", src, err.msg);
    }
    HS_CHECK(strcmp(err.msg, msg) == 0);
    HS_CHECK_EQ(err.lineno, lineno);
    HS_CHECK_EQ(err.offset, offset);
    HS_CHECK_EQ(err.end_lineno, end_lineno);
    HS_CHECK_EQ(err.end_offset, end_offset);
    HS_CHECK(err.text != NULL);
    hs_comp_error_clear(&err);
}

/* Positions as python3's SyntaxError (lineno, offset, end_lineno, end_offset). */
static void test_error_positions(void) {
    check_error_at("x = 1\nreturn x\n", "'return' outside function", 2, 1, 2, 9);
    check_error_at("break\n", "'break' outside loop", 1, 1, 1, 6);
    check_error_at("def f():\n    continue\n", "'continue' not properly in loop", 2, 5, 2, 13);
    check_error_at("class C:\n    yield 1\n", "'yield' outside function", 2, 5, 2, 12);
    check_error_at("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
                   "default 'except:' must be last", 3, 1, 4, 9);
    check_error_at("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8, 1, 11);
    check_error_at("a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1, 1, 10);
    check_error_at("*a = b\n", "starred assignment target must be in a list or tuple", 1, 1, 1,
                   3);
    check_error_at("x = yield\n", "'yield' outside function", 1, 5, 1, 10);
    check_error_at("for x in y:\n  def f():\n    break\n", "'break' outside loop", 3, 5, 3, 10);
}

static void check_error(const char *src, const char *msg, int lineno) {
    HsCompileError err;
    HsObject *co = hs_comp_compile(src, strlen(src), "<err>", HS_PARSE_FILE, &err);
    HS_CHECK(co == NULL);
    Hs_XDECREF(co);
    if (co == NULL) {
        if (strcmp(err.msg, msg) != 0 || err.lineno != lineno) {
            printf("error for %s: got '%s' line %d\n", src, err.msg, err.lineno);
        }
        HS_CHECK(strcmp(err.msg, msg) == 0);
        HS_CHECK_EQ(err.lineno, lineno);
        HS_CHECK_EQ(err.kind, HS_COMP_ERR_SYNTAX);
        hs_comp_error_clear(&err);
    }
}

static void test_compile_errors(void) {
    check_error("x = 1\nreturn x\n", "'return' outside function", 2);
    check_error("break\n", "'break' outside loop", 1);
    check_error("def f():\n    continue\n", "'continue' not properly in loop", 2);
    check_error("class C:\n    yield 1\n", "'yield' outside function", 2);
    check_error("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
                "default 'except:' must be last", 3);
    check_error("f(a=1, a=2)\n", "keyword argument repeated: a", 1);
    check_error("a, *b, *c = d\n", "multiple starred expressions in assignment", 1);
    check_error("*a = b\n", "starred assignment target must be in a list or tuple", 1);
    check_error("for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
                "'break', 'continue' and 'return' cannot appear in an except* block", 5);
}

/* float, complex and bytes literals become constants of their types. */
static void test_number_constants(void) {
    HsCompileError err;
    const char *src = "x = 1.5\ny = 2j\nz = b'ab'\n";
    HsObject *co = hs_comp_compile(src, strlen(src), "<f>", HS_PARSE_FILE, &err);
    HS_CHECK(co != NULL);
    if (co == NULL) {
        hs_comp_error_clear(&err);
        return;
    }
    HsObject *consts = ((HsCodeObject *)co)->co_consts;
    HS_CHECK(HsFloat_CheckExact(HS_TUPLE_GET(consts, 0)));
    HS_CHECK(HsComplex_CheckExact(HS_TUPLE_GET(consts, 1)));
    HS_CHECK(HsBytes_CheckExact(HS_TUPLE_GET(consts, 2)));
    Hs_DECREF(co);
}

static void test_nested_blocks(void) {
    char src[2048];
    size_t p = 0;
    for (int i = 0; i < 21; i++) {
        p += (size_t)snprintf(src + p, sizeof src - p, "%*sfor x%d in y:\n", i, "", i);
    }
    snprintf(src + p, sizeof src - p, "%*spass\n", 21, "");
    check_error(src, "too many statically nested blocks", 21);
}

HS_TEST_MAIN(test_case_files, test_compile_errors, test_error_positions, test_number_constants,
             test_nested_blocks)
