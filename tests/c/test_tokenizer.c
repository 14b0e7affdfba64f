/* Tokenizer unit tests: token kinds and positions for each literal and operator form, the
 * INDENT/DEDENT/NEWLINE layout, source decoding (BOM, coding cookie, CRLF/CR) and the
 * tokenizer's own errors. Expected positions are those of Lib/tokenize.py for the same text,
 * except ENDMARKER/DEDENT at the end, which sit on the last line as in CPython's C tokenizer
 * (that is where its "expected an indented block" errors point). */
#include "hs_test.h"
#include "internal/hs_compile.h"

#include <string.h>

/* ==== helpers ==== */

/* Tokenize 'src' into "TYPE text@line:col-eline:ecol" words joined by spaces. */
static int tokens_of(const char *src, size_t len, char *out, size_t outsz, HsCompileError *err) {
    HsTokenizer *tz = hs_comp_tokenizer_new(src, len, "<t>");
    HsToken t;
    size_t o = 0;
    out[0] = '\0';
    int rc = 0;
    for (int guard = 0; guard < 1000; guard++) {
        if (hs_comp_tokenizer_next(tz, &t, err) < 0) {
            rc = -1;
            break;
        }
        o += (size_t)snprintf(out + o, outsz - o, "%s%s %.*s@%d:%d-%d:%d", o ? " " : "",
                              hs_comp_token_name(t.type), (int)t.len, t.start, t.lineno,
                              t.col_offset, t.end_lineno, t.end_col_offset);
        if (t.type == HS_TOK_ENDMARKER || o >= outsz - 1) {
            break;
        }
    }
    hs_comp_tokenizer_free(tz);
    return rc;
}

static int same(const char *src, const char *expect) {
    char buf[4096];
    HsCompileError err = {0};
    int rc = tokens_of(src, strlen(src), buf, sizeof buf, &err);
    hs_comp_error_clear(&err);
    if (rc != 0 || strcmp(buf, expect) != 0) {
        printf("  got:    %s\n  wanted: %s\n", buf, expect);
        return 0;
    }
    return 1;
}

/* The first error for 'src': message, line and offset. */
static int fails(const char *src, const char *msg, int lineno, int offset) {
    char buf[4096];
    HsCompileError err = {0};
    int rc = tokens_of(src, strlen(src), buf, sizeof buf, &err);
    int ok = rc == -1 && strcmp(err.msg, msg) == 0 && err.lineno == lineno && err.offset == offset;
    if (!ok) {
        printf("  got: rc=%d '%s' %d:%d\n", rc, err.msg, err.lineno, err.offset);
    }
    hs_comp_error_clear(&err);
    return ok;
}

/* ==== tests ==== */

static void test_simple_statement(void) {
    HS_CHECK(same("x = 1\n", "NAME x@1:0-1:1 EQUAL =@1:2-1:3 NUMBER 1@1:4-1:5 NEWLINE \n@1:5-1:6 "
                             "ENDMARKER @1:0-1:0"));
}

static void test_indent_dedent(void) {
    HS_CHECK(same("if a:\n  b\nc\n",
                  "NAME if@1:0-1:2 NAME a@1:3-1:4 COLON :@1:4-1:5 NEWLINE \n@1:5-1:6 "
                  "INDENT @2:2-2:2 NAME b@2:2-2:3 NEWLINE \n@2:3-2:4 DEDENT @3:0-3:0 "
                  "NAME c@3:0-3:1 NEWLINE \n@3:1-3:2 ENDMARKER @3:0-3:0"));
    /* blank lines and comment lines produce nothing; dedents at EOF */
    HS_CHECK(same("if a:\n\n  # c\n    b\n",
                  "NAME if@1:0-1:2 NAME a@1:3-1:4 COLON :@1:4-1:5 NEWLINE \n@1:5-1:6 "
                  "INDENT @4:4-4:4 NAME b@4:4-4:5 NEWLINE \n@4:5-4:6 DEDENT @4:0-4:0 "
                  "ENDMARKER @4:0-4:0"));
}

static void test_operators(void) {
    HS_CHECK(same("a**=b//=c>>=d<<=e...:=->@=!=",
                  "NAME a@1:0-1:1 DOUBLESTAREQUAL **=@1:1-1:4 NAME b@1:4-1:5 "
                  "DOUBLESLASHEQUAL //=@1:5-1:8 NAME c@1:8-1:9 RIGHTSHIFTEQUAL >>=@1:9-1:12 "
                  "NAME d@1:12-1:13 LEFTSHIFTEQUAL <<=@1:13-1:16 NAME e@1:16-1:17 "
                  "ELLIPSIS ...@1:17-1:20 COLONEQUAL :=@1:20-1:22 RARROW ->@1:22-1:24 "
                  "ATEQUAL @=@1:24-1:26 NOTEQUAL !=@1:26-1:28 NEWLINE \n@1:28-1:29 "
                  "ENDMARKER @1:0-1:0"));
}

static void test_numbers(void) {
    HS_CHECK(same("0 1_000 0x_1F 0o17 0b1 1.5 .5 5. 1e10 1E-5 1j 1.5J 00 1if",
                  "NUMBER 0@1:0-1:1 NUMBER 1_000@1:2-1:7 NUMBER 0x_1F@1:8-1:13 "
                  "NUMBER 0o17@1:14-1:18 NUMBER 0b1@1:19-1:22 NUMBER 1.5@1:23-1:26 "
                  "NUMBER .5@1:27-1:29 NUMBER 5.@1:30-1:32 NUMBER 1e10@1:33-1:37 "
                  "NUMBER 1E-5@1:38-1:42 NUMBER 1j@1:43-1:45 NUMBER 1.5J@1:46-1:50 "
                  "NUMBER 00@1:51-1:53 NUMBER 1@1:54-1:55 NAME if@1:55-1:57 "
                  "NEWLINE \n@1:57-1:58 ENDMARKER @1:0-1:0"));
}

static void test_strings(void) {
    HS_CHECK(same("rb'a' F\"b\" '''c\nd''' u'e'",
                  "STRING rb'a'@1:0-1:5 STRING F\"b\"@1:6-1:10 STRING '''c\nd'''@1:11-2:4 "
                  "STRING u'e'@2:5-2:9 NEWLINE \n@2:9-2:10 ENDMARKER @2:0-2:0"));
    /* a backslash-newline inside a single-quoted string continues it */
    HS_CHECK(same("'a\\\nb'", "STRING 'a\\\nb'@1:0-2:2 NEWLINE \n@2:2-2:3 ENDMARKER @2:0-2:0"));
}

static void test_brackets_join_lines(void) {
    HS_CHECK(same("(a,\n b)\n",
                  "LPAR (@1:0-1:1 NAME a@1:1-1:2 COMMA ,@1:2-1:3 NAME b@2:1-2:2 RPAR )@2:2-2:3 "
                  "NEWLINE \n@2:3-2:4 ENDMARKER @2:0-2:0"));
    HS_CHECK(same("a = \\\n  1\n", "NAME a@1:0-1:1 EQUAL =@1:2-1:3 NUMBER 1@2:2-2:3 "
                                   "NEWLINE \n@2:3-2:4 ENDMARKER @2:0-2:0"));
}

static void test_decoding(void) {
    /* BOM dropped, CRLF and CR become LF */
    HS_CHECK(same("\xEF\xBB\xBFx\r\ny\rz", "NAME x@1:0-1:1 NEWLINE \n@1:1-1:2 NAME y@2:0-2:1 "
                                           "NEWLINE \n@2:1-2:2 NAME z@3:0-3:1 "
                                           "NEWLINE \n@3:1-3:2 ENDMARKER @3:0-3:0"));
    /* latin-1 cookie: the e-acute byte becomes two UTF-8 bytes, so columns shift */
    HS_CHECK(same("# coding: latin-1\n'\xE9' x\n", "STRING '\xC3\xA9'@2:0-2:4 NAME x@2:5-2:6 "
                                                   "NEWLINE \n@2:6-2:7 ENDMARKER @2:0-2:0"));
    HS_CHECK(fails("# -*- coding: koi8-r -*-\n", "unknown encoding: koi8-r", 0, -1));
}

static void test_errors(void) {
    HS_CHECK(fails("x = 1a\n", "invalid decimal literal", 1, 5));
    HS_CHECK(fails("0b102\n", "invalid digit '2' in binary literal", 1, 5));
    HS_CHECK(fails("'abc\n", "unterminated string literal (detected at line 1)", 1, 1));
    HS_CHECK(fails("x\n'''abc\n\n",
                   "unterminated triple-quoted string literal (detected at "
                   "line 3)",
                   2, 1));
    HS_CHECK(fails("(]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2));
    HS_CHECK(fails(")\n", "unmatched ')'", 1, 1));
    HS_CHECK(fails("(\n", "'(' was never closed", 1, 1));
    HS_CHECK(
        fails("if a:\n    b\n  c\n", "unindent does not match any outer indentation level", 3, 4));
    HS_CHECK(fails("if a:\n\tb\n        c\n", "inconsistent use of tabs and spaces in indentation",
                   3, 1));
    HS_CHECK(fails("a \\ b\n", "unexpected character after line continuation character", 1, 4));
    /* errors are sticky */
    HsTokenizer *tz = hs_comp_tokenizer_new(")", 1, "<t>");
    HsToken t;
    HsCompileError err = {0};
    HS_CHECK_EQ(hs_comp_tokenizer_next(tz, &t, &err), -1);
    hs_comp_error_clear(&err);
    HS_CHECK_EQ(hs_comp_tokenizer_next(tz, &t, &err), -1);
    HS_CHECK(strcmp(err.msg, "unmatched ')'") == 0);
    hs_comp_error_clear(&err);
    hs_comp_tokenizer_free(tz);
}

static void test_level_limit(void) {
    char src[512];
    memset(src, '(', 201);
    src[201] = '\0';
    HS_CHECK(fails(src, "too many nested parentheses", 1, 201));
    memset(src, '[', 200);
    src[200] = '\0';
    HS_CHECK(fails(src, "'[' was never closed", 1, 200));
}

/* f-string expressions are tokenized as fragments placed at their file position. */
static void test_fragment(void) {
    HsTokenizer *tz = hs_comp_tokenizer_new_fragment("(a+b)", 5, "<t>", 3, 7);
    HsToken t;
    HsCompileError err = {0};
    HS_CHECK_EQ(hs_comp_tokenizer_next(tz, &t, &err), 0);
    HS_CHECK_EQ(t.type, HS_TOK_LPAR);
    HS_CHECK_EQ(t.lineno, 3);
    HS_CHECK_EQ(t.col_offset, 7);
    HS_CHECK_EQ(hs_comp_tokenizer_next(tz, &t, &err), 0);
    HS_CHECK_EQ(t.type, HS_TOK_NAME);
    HS_CHECK_EQ(t.col_offset, 8);
    HS_CHECK_EQ(t.end_col_offset, 9);
    hs_comp_tokenizer_free(tz);
}

HS_TEST_MAIN(test_simple_statement, test_indent_dedent, test_operators, test_numbers, test_strings,
             test_brackets_join_lines, test_decoding, test_errors, test_level_limit, test_fragment)
