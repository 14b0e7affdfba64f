/* Uncaught-exception tracebacks against CPython 3.11's: each tests/data/vm/tb/NAME.py was
 * compiled by python3 (NAME.code) and run by python3 (NAME.err holds its stderr). This test
 * runs the same bytecode in heapscope's eval loop, prints the uncaught exception, and
 * compares byte for byte: frames, source lines, 3.11's caret lines ('^' and '~' anchors,
 * elision), "[Previous line repeated N more times]", and cause/context chaining. */
#include "hs_test.h"
#include "support/vmload.h"
#include "internal/hs_vm.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_str.h"
#include "hs/errors.h"

#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path) {
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        return NULL;
    }
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* Run tests/data/vm/tb/NAME and compare the printed traceback with CPython's. */
static int traceback_matches(const char *name) {
    char path[256], codepath[256], errpath[256];
    snprintf(path, sizeof path, "tests/data/vm/tb/%s.py", name);
    snprintf(codepath, sizeof codepath, "tests/data/vm/tb/%s.code", name);
    snprintf(errpath, sizeof errpath, "tests/data/vm/tb/%s.err", name);
    FILE *in = fopen(codepath, "r");
    if (in == NULL) {
        return 0;
    }
    HsObject *co = hs_vmload_code(in, path);
    fclose(in);
    HsObject *globals = HsDict_New(), *b = hs_vmload_builtins();
    HsObject *main_name = HsUnicode_FromString("__main__");
    HsDict_SetItemString(globals, "__builtins__", b);
    HsDict_SetItemString(globals, "__name__", main_name);
    HsObject *r = hs_vm_eval_code((HsCodeObject *)co, globals, globals);
    int ok = 0;
    if (r == NULL) {
        HsObject *exc = HsErr_GetRaisedException();
        char *got = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&got, &len);
        hs_vm_print_exception(exc, mem);
        fclose(mem);
        const char *want = slurp(errpath);
        ok = want != NULL && strcmp(got, want) == 0;
        if (!ok) {
            printf("  --- want ---\n%s  --- got ---\n%s", want ? want : "(none)", got);
        }
        free(got);
        Hs_DECREF(exc);
    } else {
        Hs_DECREF(r);
    }
    HsDict_Clear(globals);
    Hs_DECREF(globals);
    Hs_DECREF(b);
    Hs_DECREF(main_name);
    Hs_DECREF(co);
    return ok;
}

static void test_calls_and_carets(void) {
    HS_CHECK(hs_vm_init() == 0);
    HS_CHECK(traceback_matches("tb_calls"));
}

static void test_subscript_anchors(void) {
    HS_CHECK(traceback_matches("tb_subscript"));
}

static void test_attribute_error(void) {
    HS_CHECK(traceback_matches("tb_attr"));
}

static void test_cause_chain(void) {
    HS_CHECK(traceback_matches("tb_chain"));
}

static void test_context_chain(void) {
    HS_CHECK(traceback_matches("tb_context"));
}

static void test_recursion_repeats(void) {
    HS_CHECK(traceback_matches("tb_recursion"));
}

HS_TEST_MAIN(test_calls_and_carets, test_subscript_anchors, test_attribute_error,
             test_cause_chain, test_context_chain, test_recursion_repeats)
