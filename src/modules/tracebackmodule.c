/* `_traceback`: the C half of lib/traceback.py. CPython 3.11's traceback module formats
 * exceptions in Python; heapscope formats them with the interpreter's own printer
 * (src/vm/traceback.c) in the traceback module's variant (no "Did you mean", optional
 * limit), so carets, chains, groups and notes come out exactly as CPython prints them.
 * Each function writes into an in-memory FILE (open_memstream) and returns the text.
 * Invariants: arguments borrowed; Return: new reference to a str, or NULL with an
 * exception. */
#include "internal/hs_modules.h"
#include "internal/hs_vm.h"
#include "internal/hs_vm_frameobject.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdio.h>
#include <stdlib.h>

/* ==== capturing the printer's output ==== */

typedef struct Job {
    int kind; /* 0 exception, 1 exception only, 2 tb entries, 3 frame entry */
    HsObject *obj;
    int chain, has_limit;
    long limit;
    HsCodeObject *code;
    int lasti, lineno;
} Job;

static HsObject *run_job(const Job *job) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (f == NULL) {
        return HsErr_NoMemory();
    }
    switch (job->kind) {
    case 0:
    case 1:
        hs_vm_format_exception(job->obj, f, job->chain, job->kind == 1, job->has_limit,
                               job->limit);
        break;
    case 2:
        hs_vm_format_tb_entries(job->obj, f, job->has_limit, job->limit);
        break;
    default:
        hs_vm_format_frame_entry(f, job->code, job->lasti, job->lineno);
        break;
    }
    fclose(f);
    HsObject *s = HsUnicode_FromStringAndSize(buf != NULL ? buf : "", (Hs_ssize_t)len);
    free(buf);
    return s;
}

/* 'limit' argument: None (no limit) or an int. Returns 0 or -1. */
static int parse_limit(HsObject *arg, Job *job) {
    if (arg == NULL || arg == Hs_None) {
        return 0;
    }
    job->limit = HsLong_AsLong(arg);
    if (job->limit == -1 && HsErr_Occurred()) {
        return -1;
    }
    job->has_limit = 1;
    return 0;
}

/* ==== functions ==== */

/* format_exception(exc, chain=True, limit=None) -> str */
static HsObject *tb_format_exception(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                     HsObject *kwnames) {
    static const char *const kw[] = {"exc", "chain", "limit", NULL};
    static const HsArgParser parser = {"format_exception", kw};
    HsObject *a[3];
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 3, 1, a) < 0) {
        return NULL;
    }
    if (!HsExceptionInstance_Check(a[0])) {
        return HsErr_Format(HsExc_TypeError, "expected an exception, not %.100s",
                            Hs_TYPE(a[0])->tp_name);
    }
    Job job = {.kind = 0, .obj = a[0], .chain = 1};
    if (a[1] != NULL && (job.chain = HsObject_IsTrue(a[1])) < 0) {
        return NULL;
    }
    if (parse_limit(a[2], &job) < 0) {
        return NULL;
    }
    return run_job(&job);
}

/* format_exception_only(exc) -> str */
static HsObject *tb_format_exception_only(HsObject *self, HsObject *exc) {
    (void)self;
    if (!HsExceptionInstance_Check(exc)) {
        return HsErr_Format(HsExc_TypeError, "expected an exception, not %.100s",
                            Hs_TYPE(exc)->tp_name);
    }
    Job job = {.kind = 1, .obj = exc};
    return run_job(&job);
}

/* format_tb(tb, limit=None) -> str: the entries, without the header. */
static HsObject *tb_format_tb(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("format_tb", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (Hs_TYPE(args[0]) != &HsTraceback_Type) {
        return HsErr_Format(HsExc_TypeError, "expected a traceback, not %.100s",
                            Hs_TYPE(args[0])->tp_name);
    }
    Job job = {.kind = 2, .obj = args[0]};
    if (parse_limit(nargs > 1 ? args[1] : NULL, &job) < 0) {
        return NULL;
    }
    return run_job(&job);
}

/* format_frame_entry(code, lasti, lineno) -> str: one entry of a stack listing. */
static HsObject *tb_format_frame_entry(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("format_frame_entry", nargs, 3, 3) < 0) {
        return NULL;
    }
    if (!HsCode_Check(args[0])) {
        return HsErr_Format(HsExc_TypeError, "expected a code object, not %.100s",
                            Hs_TYPE(args[0])->tp_name);
    }
    long lasti = HsLong_AsLong(args[1]), lineno = HsLong_AsLong(args[2]);
    if (HsErr_Occurred()) {
        return NULL;
    }
    Job job = {.kind = 3, .code = (HsCodeObject *)args[0], .lasti = (int)lasti,
               .lineno = (int)lineno};
    return run_job(&job);
}

/* ==== module ==== */

static HsMethodDef traceback_methods[] = {
    {"format_exception", HS_CFUNC(tb_format_exception), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "format_exception(exc, chain=True, limit=None) -> str"},
    {"format_exception_only", HS_CFUNC(tb_format_exception_only), HS_METH_O,
     "format_exception_only(exc) -> str"},
    {"format_tb", HS_CFUNC(tb_format_tb), HS_METH_FASTCALL, "format_tb(tb, limit=None) -> str"},
    {"format_frame_entry", HS_CFUNC(tb_format_frame_entry), HS_METH_FASTCALL,
     "format_frame_entry(code, lasti, lineno) -> str"},
    {NULL, NULL, 0, NULL},
};

int hs_traceback_init(HsObject **module_out) {
    *module_out = NULL;
    HsObject *m = HsModule_New("_traceback");
    if (m == NULL) {
        return -1;
    }
    if (HsModule_AddFunctions(m, traceback_methods) < 0) {
        Hs_DECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}
