/* hs_comp_input_incomplete, the REPL's "read another line?" question (src/compile/parser.c).
 * Each case is the text typed so far (lines ending in '\n'; a final "\n\n" is a blank line)
 * and the answer CPython 3.11's REPL gives: 1 = shows '... ' for another line, 0 = compiles
 * now (a statement, or an error to report). tests/repl/ checks whole sessions against CPython;
 * this pins the decision itself, case by case. */
#include "hs_test.h"

#include "internal/hs_compile.h"

#include <string.h>

typedef struct Case {
    const char *text;
    int incomplete;
} Case;

static int check_cases(const Case *cases, size_t n) {
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        int got = hs_comp_input_incomplete(cases[i].text, strlen(cases[i].text));
        if (got != cases[i].incomplete) {
            printf("  case %zu %s: got %d, want %d\n", i, cases[i].text, got,
                   cases[i].incomplete);
            bad++;
        }
    }
    return bad;
}

static void test_simple_statements(void) {
    static const Case cases[] = {
        {"1 + 1\n", 0},        {"x = 5\n", 0},     {"print('a')\n", 0}, {"import sys\n", 0},
        {"pass\n", 0},         {"# comment\n", 0}, {"x = 1; y = 2\n", 0}, {"del x\n", 0},
        {"return_ = 1\n", 0},  {"match = 3\n", 0},
    };
    HS_CHECK_EQ(check_cases(cases, sizeof cases / sizeof cases[0]), 0);
}

static void test_errors_compile_now(void) {
    static const Case cases[] = {
        {"x = )\n", 0},          // unmatched ')': reported at once
        {"x = 1 +\n", 0},        // the error is at the line's NEWLINE, not at the end
        {"print('abc)\n", 0},    // unterminated single-quoted string
        {"1 2\n", 0},            {"foo(1 2\n", 0},  // fails before reaching the end
        {"if True:\n\n", 0},     // blank line after a header: IndentationError now
        {"if 1:\n  x = )\n", 0}, {"@\n", 0},
    };
    HS_CHECK_EQ(check_cases(cases, sizeof cases / sizeof cases[0]), 0);
}

static void test_open_constructs(void) {
    static const Case cases[] = {
        {"x = (\n", 1},           {"x = (1,\n\n", 1},   // blank lines inside brackets go on
        {"[1,\n 2,\n", 1},        {"{'a': 1,\n", 1},
        {"s = \"\"\"abc\n", 1},   {"s = '''a\n\n", 1},  // triple-quoted string
        {"y = 1 + \\\n", 1},      {"y = 1 + \\\n\n", 0}, // backslash, then a blank line
        {"x = (1,\n 2)\n", 0},    {"s = \"\"\"a\nb\"\"\"\n", 0},
    };
    HS_CHECK_EQ(check_cases(cases, sizeof cases / sizeof cases[0]), 0);
}

static void test_blocks(void) {
    static const Case cases[] = {
        {"if True:\n", 1},
        {"if True:\n    x = 1\n", 1},
        {"if True:\n    x = 1\n\n", 0},
        {"def f(): pass\n", 1},  // a compound statement always waits for a blank line
        {"def f(): pass\n\n", 0},
        {"class A:\n    def m(self):\n", 1},  // the parser stopped at a DEDENT before the end
        {"class A:\n    def m(self):\n        return 1\n", 1},
        {"for i in x:\n    pass\n\n", 0},
        {"if x:\n    pass\nelse:\n", 1},
        {"try:\n    pass\n", 1},
        {"try:\n    pass\nexcept E:\n    pass\n", 1},
        {"@deco\n", 1},
        {"@deco\ndef f():\n    pass\n\n", 0},
        {"while x:\n    x -= 1\n", 1},
        {"with a:\n    pass\n\n", 0},
    };
    HS_CHECK_EQ(check_cases(cases, sizeof cases / sizeof cases[0]), 0);
}

HS_TEST_MAIN(test_simple_statements, test_errors_compile_now, test_open_constructs,
             test_blocks)
