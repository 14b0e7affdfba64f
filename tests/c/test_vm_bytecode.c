/* The eval loop against CPython 3.11's own bytecode: tests/data/vm/cases.txt (written by
 * tools/gen_vm_cases.py) holds code objects python3 compiled and the result python3 got
 * from each test_* function. This test rebuilds the code objects, runs the module body in
 * heapscope's eval loop, calls every test_* function and compares the result (a str, or the
 * exception type and message) with CPython's. One PASS/FAIL line per test function. */
#include "hs_test.h"
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

static FILE *in;
static char line[1 << 16];

static int next_line(void) {
    if (fgets(line, sizeof line, in) == NULL) {
        return 0;
    }
    line[strcspn(line, "\n")] = '\0';
    return 1;
}

static size_t unhex(const char *hex, uint8_t *out) {
    size_t n = 0;
    for (; hex[0] && hex[1]; hex += 2) {
        unsigned v;
        sscanf(hex, "%2x", &v);
        out[n++] = (uint8_t)v;
    }
    return n;
}

static HsObject *read_code(void);

static HsObject *read_const(void) {
    if (!next_line()) {
        return NULL;
    }
    if (strcmp(line, "none") == 0) {
        return Hs_NewRef(Hs_None);
    }
    if (strcmp(line, "true") == 0 || strcmp(line, "false") == 0) {
        return HsBool_FromLong(line[0] == 't');
    }
    if (strcmp(line, "ellipsis") == 0) {
        return Hs_NewRef(Hs_Ellipsis);
    }
    if (strncmp(line, "int ", 4) == 0) {
        return HsLong_FromLongLong(strtoll(line + 4, NULL, 10));
    }
    if (strncmp(line, "str ", 4) == 0) {
        static uint8_t buf[1 << 15];
        size_t n = unhex(line + 4, buf);
        HsObject *s = hs_str_from_utf8_surrogatepass((const char *)buf, (Hs_ssize_t)n);
        if (s != NULL) {
            HsUnicode_InternInPlace(&s);
        }
        return s;
    }
    if (strncmp(line, "tuple ", 6) == 0) {
        Hs_ssize_t n = atol(line + 6);
        HsObject *t = HsTuple_New(n);
        for (Hs_ssize_t i = 0; i < n; i++) {
            HS_TUPLE_SET(t, i, read_const());
        }
        return t;
    }
    if (strncmp(line, "code ", 5) == 0) {
        return read_code();
    }
    return NULL;
}

/* Reads the body of a code block whose "code ..." line is in 'line'. */
static HsObject *read_code(void) {
    char name[256], qualname[256];
    int first, flags, argc, posonly, kwonly, stack;
    sscanf(line, "code %255s %255s %d %d %d %d %d %d", name, qualname, &first, &flags, &argc,
           &posonly, &kwonly, &stack);
    static uint8_t bc[1 << 15], lt[1 << 15], et[1 << 15];
    next_line();
    size_t nbc = unhex(line + 9, bc);
    next_line();
    size_t nlt = unhex(line + 10, lt);
    next_line();
    size_t net = unhex(line + 9, et);
    hs_codeunit *code = malloc(nbc);
    memcpy(code, bc, nbc); /* little-endian: the bytes are the units */
    uint8_t *lt_copy = malloc(nlt + 1), *et_copy = malloc(net + 1);
    memcpy(lt_copy, lt, nlt);
    memcpy(et_copy, et, net);
    next_line();
    int nlocals = atoi(line + 11);
    HsObject *lnames = HsTuple_New(nlocals);
    uint8_t *kinds = malloc((size_t)nlocals + 1);
    for (int i = 0; i < nlocals; i++) {
        next_line();
        char *sp = strchr(line, ' ');
        kinds[i] = (uint8_t)atoi(line);
        HS_TUPLE_SET(lnames, i, HsUnicode_InternFromString(sp + 1));
    }
    next_line();
    int nnames = atoi(line + 6);
    HsObject *names = HsTuple_New(nnames);
    for (int i = 0; i < nnames; i++) {
        next_line();
        HS_TUPLE_SET(names, i, HsUnicode_InternFromString(line));
    }
    next_line();
    int nconsts = atoi(line + 7);
    HsObject *consts = HsTuple_New(nconsts);
    for (int i = 0; i < nconsts; i++) {
        HS_TUPLE_SET(consts, i, read_const());
    }
    next_line(); /* end */
    HsObject *fname = HsUnicode_FromString("vm_cases.py");
    HsObject *n = HsUnicode_InternFromString(name), *q = HsUnicode_FromString(qualname);
    HsCodeSpec spec = {code, (Hs_ssize_t)(nbc / 2), consts, names, lnames, kinds, fname, n, q,
                       lt_copy, (Hs_ssize_t)nlt, et_copy, (Hs_ssize_t)net, flags, argc,
                       posonly, kwonly, stack, first};
    HsObject *co = hs_code_new(&spec);
    free(code);
    free(lt_copy);
    free(et_copy);
    free(kinds);
    HsObject *objs[] = {lnames, names, consts, fname, n, q};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
        Hs_DECREF(objs[i]);
    }
    return co;
}

static HsObject *make_builtins(void) {
    HsObject *b = HsDict_New();
#define ADD_EXC(name) HsDict_SetItemString(b, #name, HsExc_##name);
    HS_EXC_FOREACH(ADD_EXC)
#undef ADD_EXC
    return b;
}

static HsObject *globals;

static void run_expectations(void) {
    int failures = 0, passes = 0;
    while (next_line()) {
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
            size_t n = unhex(rest, b);
            b[n] = 0;
            snprintf(want, sizeof want, "value %s", (char *)b);
        } else {
            char *sp = strchr(rest, ' ');
            static uint8_t b[4096];
            size_t n = sp ? unhex(sp + 1, b) : 0;
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
    HS_CHECK(next_line() && strncmp(line, "code ", 5) == 0);
    HsObject *co = read_code();
    HS_CHECK(co != NULL);
    globals = HsDict_New();
    HsObject *b = make_builtins();
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
