/* The eval loop against CPython 3.11's own bytecode: tests/data/vm/cases.txt (written by
 * tools/gen_vm_cases.py) holds code objects python3 compiled and the result python3 got
 * from each test_* function. This test rebuilds the code objects, runs the module body in
 * heapscope's eval loop, calls every test_* function and compares the result (a str, or the
 * exception type and message) with CPython's. One PASS/FAIL line per test function. */
#include "hs_test.h"
#include "support/vmload.h"
#include "internal/hs_vm.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdlib.h>
#include <string.h>

static HsObject *globals;

static FILE *in;

static void run_expectations(void) {
    int failures = 0, passes = 0;
    const char *line;
    while ((line = hs_vmload_next_line(in)) != NULL) {
        char fname[128], kind[16], rest[8192] = "";
        if (sscanf(line, "expect %127s %15s %8191[^\n]", fname, kind, rest) < 2) {
            continue;
        }
        HsObject *f = HsDict_GetItemString(globals, fname);
        HsObject *r = f != NULL ? HsObject_CallNoArgs(f) : NULL;
        char got[16384];
        if (r != NULL) {
            const char *u = HsUnicode_Check(r) ? HsUnicode_AsUTF8(r) : "(not a str)";
            snprintf(got, sizeof got, "value %s", u);
            Hs_DECREF(r);
        } else {
            HsObject *exc = HsErr_GetRaisedException();
            HsObject *s = exc != NULL ? HsObject_Str(exc) : NULL;
            snprintf(got, sizeof got, "raises %s %s", exc ? Hs_TYPE(exc)->tp_name : "(nothing)",
                     s ? HsUnicode_AsUTF8(s) : "?");
            HsErr_Clear();
            Hs_XDECREF(s);
            Hs_XDECREF(exc);
        }
        char want[16384];
        if (strcmp(kind, "value") == 0) {
            static uint8_t b[4096];
            size_t n = hs_vmload_unhex(rest, b);
            b[n] = 0;
            snprintf(want, sizeof want, "value %s", (char *)b);
        } else {
            char *sp = strchr(rest, ' ');
            static uint8_t b[4096];
            size_t n = sp ? hs_vmload_unhex(sp + 1, b) : 0;
            b[n] = 0;
            if (sp) {
                *sp = 0;
            }
            snprintf(want, sizeof want, "raises %s %s", rest, (char *)b);
        }
        if (strcmp(got, want) == 0) {
            printf("PASS %s\n", fname);
            fflush(stdout);
            passes++;
        } else {
            printf("FAIL %s: want [%s] got [%s]\n", fname, want, got);
            fflush(stdout);
            failures++;
        }
    }
    hs_test_failures += failures;
    (void)passes;
}

static void test_module_runs(void) {
    HS_CHECK(hs_vm_init() == 0);
    in = fopen("tests/data/vm/cases.txt", "r");
    HS_CHECK(in != NULL);
    HsObject *co = hs_vmload_code(in, "vm_cases.py");
    HS_CHECK(co != NULL);
    globals = HsDict_New();
    HsObject *b = hs_vmload_builtins();
    HsDict_SetItemString(globals, "__builtins__", b);
    HsObject *name = HsUnicode_FromString("vm_cases");
    HsDict_SetItemString(globals, "__name__", name);
    HsObject *r = hs_vm_eval_code((HsCodeObject *)co, globals, globals);
    if (r == NULL) {
        HsErr_Print();
    }
    HS_CHECK(r == Hs_None);
    Hs_DECREF(r);
    Hs_DECREF(name);
    Hs_DECREF(b);
    Hs_DECREF(co);
}

static void test_functions_match_cpython(void) {
    HS_CHECK(globals != NULL);
    run_expectations();
    fclose(in);
    HsDict_Clear(globals);
    Hs_DECREF(globals);
}

HS_TEST_MAIN(test_module_runs, test_functions_match_cpython)
