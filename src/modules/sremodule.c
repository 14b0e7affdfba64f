/* The `_sre` module (CPython 3.11: Modules/_sre/sre.c): `_sre.compile(code, ngroups, nregs,
 * flags)` checks a word program made by lib/_re_compiler.py and wraps it in an `_sre.Program`,
 * whose match() runs the backtracking engine (sre_engine.c) over a str or a bytes-like
 * subject and returns the marks, and scan() collects every non-overlapping match as findall,
 * finditer, sub and split need. re.Pattern and re.Match are Python classes in lib/re.py
 * built on these.
 * Invariants: a Program is immutable; its code was validated once (hs_sre_validate) so the
 * engine never reads outside it; a bytes-like subject is held as an exported buffer for
 * the whole run, so it cannot be resized meanwhile. */
#include "internal/hs_modules.h"
#include "internal/hs_modules_sre.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_memory.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_unicode.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

/* ==== the Program type ==== */

/* 'pr_flags': PR_UNICODE_CASE (a str pattern without ASCII or LOCALE), PR_BYTES (a bytes
 * pattern). */
#define PR_UNICODE_CASE 1
#define PR_BYTES 2
typedef struct ProgramObject {
    HsObject ob_base;
    int pr_ngroups;
    int pr_nregs;
    int pr_flags;
    Hs_ssize_t pr_len;
    uint32_t pr_code[];
} ProgramObject;

static HsTypeObject program_type;

static void program_dealloc(HsObject *op) {
    hs_obj_free(op);
}

/* ==== validation ==== */

/* Words taken by the op at 'code[i]' (with operands), or 0 if it is malformed. */
static Hs_ssize_t op_len(const uint32_t *code, Hs_ssize_t i, Hs_ssize_t len) {
    static const unsigned char fixed[SRE_OP_COUNT] = {
        [SRE_OP_FAIL] = 1,      [SRE_OP_MATCH] = 1,       [SRE_OP_CHAR] = 2,
        [SRE_OP_CHAR_I] = 2,    [SRE_OP_NOT_CHAR] = 2,    [SRE_OP_NOT_CHAR_I] = 2,
        [SRE_OP_ANY] = 1,       [SRE_OP_ANY_ALL] = 1,     [SRE_OP_AT] = 2,
        [SRE_OP_SAVE] = 2,      [SRE_OP_JMP] = 2,         [SRE_OP_BRANCH] = 2,
        [SRE_OP_REPEAT_INIT] = 2, [SRE_OP_REPEAT] = 6,    [SRE_OP_REPEAT_NEXT] = 3,
        [SRE_OP_REPEAT1] = 5,   [SRE_OP_ATOMIC] = 1,      [SRE_OP_ATOMIC_END] = 1,
        [SRE_OP_LOOK] = 4,      [SRE_OP_LOOK_END] = 1,    [SRE_OP_GROUPREF] = 2,
        [SRE_OP_GROUPREF_I] = 2, [SRE_OP_GROUPREF_EXISTS] = 3, [SRE_OP_INFO] = 3,
    };
    uint32_t op = code[i];
    if (op == SRE_OP_SET) {
        if (i + 4 > len) {
            return 0;
        }
        uint32_t size = code[i + 1];
        if (size < 2 || size > (uint64_t)(len - i - 2) || code[i + 3] > (size - 2) / 2) {
            return 0;
        }
        return 2 + (Hs_ssize_t)size;
    }
    if (op >= SRE_OP_COUNT || i + fixed[op] > len) {
        return 0;
    }
    return fixed[op];
}

/* 1 if the one-character op at 'i' takes exactly 'n' words. */
static int is_one_char(const uint32_t *code, Hs_ssize_t i, Hs_ssize_t n, Hs_ssize_t len) {
    uint32_t op = code[i];
    return op >= SRE_OP_CHAR && op <= SRE_OP_SET && op_len(code, i, len) == n;
}

/* Check the operands of the well-sized op at 'i'. Returns 1 if they are valid. */
static int operands_ok(const uint32_t *code, Hs_ssize_t i, Hs_ssize_t len, int ngroups,
                       int nregs) {
    const uint32_t *op = code + i;
    uint64_t n = (uint64_t)len;
    switch (op[0]) {
    case SRE_OP_SAVE:
        return op[1] >= 2 && op[1] < 2 * (uint64_t)(ngroups + 1);
    case SRE_OP_JMP:
    case SRE_OP_BRANCH:
        return op[1] < n;
    case SRE_OP_REPEAT_INIT:
        return op[1] < (uint64_t)nregs;
    case SRE_OP_REPEAT:
        return op[1] < (uint64_t)nregs && op[5] < n && op[2] <= op[3];
    case SRE_OP_REPEAT_NEXT:
        return op[1] < (uint64_t)nregs && op[2] < n;
    case SRE_OP_REPEAT1:
        return op[1] <= op[2] && op[3] <= SRE_POSSESSIVE && i + 5 + (Hs_ssize_t)op[4] < len &&
               op[4] > 0 && is_one_char(code, i + 5, op[4], len);
    case SRE_OP_LOOK:
        return op[3] < n;
    case SRE_OP_GROUPREF:
    case SRE_OP_GROUPREF_I:
        return op[1] >= 1 && op[1] <= (uint64_t)ngroups;
    case SRE_OP_GROUPREF_EXISTS:
        return op[1] >= 1 && op[1] <= (uint64_t)ngroups && op[2] < n;
    case SRE_OP_INFO:
        return i == 0;
    case SRE_OP_AT:
        return op[1] <= SRE_AT_NON_BOUNDARY_A;
    default:
        return 1;
    }
}

/* The address operand of the op at 'code[i]' numbered 'k' (0 or 1), or -1 if none. */
static Hs_ssize_t address_operand(const uint32_t *code, Hs_ssize_t i, int k) {
    switch (code[i]) {
    case SRE_OP_JMP:
    case SRE_OP_BRANCH:
        return k == 0 ? (Hs_ssize_t)code[i + 1] : -1;
    case SRE_OP_REPEAT:
        return k == 0 ? (Hs_ssize_t)code[i + 5] : -1;
    case SRE_OP_REPEAT_NEXT:
    case SRE_OP_GROUPREF_EXISTS:
        return k == 0 ? (Hs_ssize_t)code[i + 2] : -1;
    case SRE_OP_LOOK:
        return k == 0 ? (Hs_ssize_t)code[i + 3] : -1;
    default:
        return -1;
    }
}

/* The checks that keep a run finite: every jump goes forward but REPEAT_NEXT's, which
 * closes the loop of the REPEAT it names (the only one using that counter, right after its
 * REPEAT_INIT, and exiting just after this REPEAT_NEXT). 'starts' marks the op starts. */
static int structure_ok(const uint32_t *code, Hs_ssize_t i, Hs_ssize_t len,
                        const unsigned char *starts) {
    Hs_ssize_t target = address_operand(code, i, 0);
    if (target >= 0 && (target >= len || !starts[target])) {
        return 0;
    }
    switch (code[i]) {
    case SRE_OP_REPEAT_NEXT:
        return target < i && code[target] == SRE_OP_REPEAT && code[target + 1] == code[i + 1] &&
               code[target + 5] == (uint64_t)i + 3;
    case SRE_OP_REPEAT:
        return target > i && i >= 2 && starts[i - 2] && code[i - 2] == SRE_OP_REPEAT_INIT &&
               code[i - 1] == code[i + 1];
    case SRE_OP_REPEAT_INIT:
        return i + 2 < len && starts[i + 2] && code[i + 2] == SRE_OP_REPEAT &&
               code[i + 3] == code[i + 1];
    default:
        return target < 0 || target > i;
    }
}

/* Walk the ops of 'code'; mark each op's start in 'starts' (if not NULL), or check that each
 * address operand is an op's start. Returns 0, or -1 if the code is malformed. */
static int walk_ops(const uint32_t *code, Hs_ssize_t len, int ngroups, int nregs,
                    unsigned char *starts, const unsigned char *check) {
    Hs_ssize_t i = 0;
    while (i < len) {
        Hs_ssize_t n = op_len(code, i, len);
        if (n == 0 || !operands_ok(code, i, len, ngroups, nregs)) {
            return -1;
        }
        if (starts != NULL) {
            starts[i] = 1;
        }
        if (check != NULL && !structure_ok(code, i, len, check)) {
            return -1;
        }
        i += code[i] == SRE_OP_REPEAT1 ? n + (Hs_ssize_t)code[i + 4] : n;
    }
    return 0;
}

/* Each counter belongs to one REPEAT_INIT. Returns 0, or -1 if one is shared. */
static int counters_unique(const uint32_t *code, Hs_ssize_t len, int nregs) {
    unsigned char *seen = hs_mem_calloc((size_t)nregs + 1, 1);
    if (seen == NULL) {
        return -1;
    }
    int r = 0;
    for (Hs_ssize_t i = 0; i < len && r == 0;) {
        if (code[i] == SRE_OP_REPEAT_INIT) {
            r = seen[code[i + 1]]++ ? -1 : 0;
        }
        Hs_ssize_t n = op_len(code, i, len);
        i += code[i] == SRE_OP_REPEAT1 ? n + (Hs_ssize_t)code[i + 4] : n;
    }
    hs_mem_free(seen);
    return r;
}

int hs_sre_validate(const uint32_t *code, Hs_ssize_t len, int ngroups, int nregs) {
    if (len == 0 || code[len - 1] != SRE_OP_MATCH) {
        HsErr_SetString(HsExc_RuntimeError, "invalid SRE code");
        return -1;
    }
    unsigned char *starts = hs_mem_calloc((size_t)len, 1);
    if (starts == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    int r = walk_ops(code, len, ngroups, nregs, starts, NULL);
    if (r == 0) {
        r = walk_ops(code, len, ngroups, nregs, NULL, starts);
    }
    hs_mem_free(starts);
    if (r == 0) {
        r = counters_unique(code, len, nregs);
    }
    if (r < 0) {
        HsErr_SetString(HsExc_RuntimeError, "invalid SRE code");
    }
    return r;
}

/* ==== running ==== */

/* A subject: a str's code points or a bytes-like object's bytes. */
typedef struct Subject {
    int kind;
    const void *data;
    Hs_ssize_t len;
    HsBuffer view;
    int has_view;
} Subject;

/* Read 'obj' as a subject of program 'p' (a str pattern takes a str, a bytes pattern a
 * bytes-like object). Returns 0, or -1 with TypeError set (CPython's messages). */
static int subject_get(ProgramObject *p, HsObject *obj, Subject *s) {
    s->has_view = 0;
    int isbytes = (p->pr_flags & PR_BYTES) != 0;
    if (HsUnicode_Check(obj) && isbytes) {
        HsErr_SetString(HsExc_TypeError, "cannot use a bytes pattern on a string-like object");
        return -1;
    }
    if (!HsUnicode_Check(obj) && !isbytes && hs_buffer_check(obj)) {
        HsErr_SetString(HsExc_TypeError, "cannot use a string pattern on a bytes-like object");
        return -1;
    }
    if (HsUnicode_Check(obj)) {
        s->kind = HS_STR_KIND(obj);
        s->data = HS_STR_DATA(obj);
        s->len = Hs_SIZE(obj);
        return 0;
    }
    if (!hs_buffer_check(obj)) {
        HsErr_Format(HsExc_TypeError, "expected string or bytes-like object, got '%s'",
                     Hs_TYPE(obj)->tp_name);
        return -1;
    }
    if (hs_buffer_get(obj, &s->view, HS_BUF_SIMPLE) < 0) {
        return -1;
    }
    s->has_view = 1;
    s->kind = 1;
    s->data = s->view.buf;
    s->len = s->view.len;
    return 0;
}

static void subject_release(Subject *s) {
    if (s->has_view) {
        hs_buffer_release(&s->view);
    }
}

/* Clamp 'pos' and 'endpos' to [0, len] as CPython's state_init does. */
static void clamp(Hs_ssize_t len, Hs_ssize_t *pos, Hs_ssize_t *endpos) {
    if (*pos < 0) {
        *pos = 0;
    } else if (*pos > len) {
        *pos = len;
    }
    if (*endpos < 0) {
        *endpos = 0;
    } else if (*endpos > len) {
        *endpos = len;
    }
}

/* The marks of a successful run as (lastindex, pos, endpos, start0, end0, start1, end1,
 * ...), where pos is where the caller started ('pos0') and endpos the end of the subject
 * seen, both clamped. Return: new reference. */
static HsObject *marks_tuple(const SreRun *run, Hs_ssize_t pos0) {
    HsObject *t = HsTuple_New(3 + run->nmarks);
    if (t == NULL) {
        return NULL;
    }
    HS_TUPLE_SET(t, 0, HsLong_FromLong(run->lastindex));
    HS_TUPLE_SET(t, 1, HsLong_FromSsize_t(pos0));
    HS_TUPLE_SET(t, 2, HsLong_FromSsize_t(run->end));
    for (int i = 0; i < run->nmarks; i++) {
        Hs_ssize_t a = run->marks[i], b = run->marks[i ^ 1];
        if (a < 0 || b < 0) {
            a = -1; // a group whose other end is unset did not match
        }
        HS_TUPLE_SET(t, i + 3, HsLong_FromSsize_t(a));
    }
    for (int i = 0; i < 3 + run->nmarks; i++) {
        if (((HsTupleObject *)t)->ob_item[i] == NULL) {
            Hs_DECREF(t);
            return NULL;
        }
    }
    return t;
}

#define LOCAL_SLOTS 32

/* A run's buffers: in 'local' when small, else on the heap. */
typedef struct RunBuffers {
    Hs_ssize_t local[LOCAL_SLOTS];
    Hs_ssize_t *heap;
} RunBuffers;

/* Set up 'run' for program 'p' over 's'. Returns 0, or -1 with MemoryError set. */
static int run_init(SreRun *run, RunBuffers *rb, ProgramObject *p, Subject *s,
                    Hs_ssize_t endpos) {
    run->code = p->pr_code;
    run->codelen = p->pr_len;
    run->kind = s->kind;
    run->data = s->data;
    run->end = endpos;
    run->unicode_case = p->pr_flags & PR_UNICODE_CASE;
    run->nmarks = 2 * (p->pr_ngroups + 1);
    run->nregs = 2 * p->pr_nregs;
    run->must_advance = 0;
    rb->heap = NULL;
    size_t need = (size_t)run->nmarks + (size_t)run->nregs;
    Hs_ssize_t *buf = rb->local;
    if (need > LOCAL_SLOTS) {
        buf = rb->heap = hs_mem_malloc(need * sizeof(Hs_ssize_t));
        if (buf == NULL) {
            HsErr_NoMemory();
            return -1;
        }
    }
    run->marks = buf;
    run->regs = buf + run->nmarks;
    return 0;
}

/* Parse (string, pos, endpos) at 'args'. Returns 0, or -1 with an error set. */
static int parse_range(HsObject *const *args, Hs_ssize_t *pos, Hs_ssize_t *endpos) {
    *pos = HsLong_AsSsize_t(args[1]);
    if (*pos == -1 && HsErr_Occurred()) {
        return -1;
    }
    *endpos = HsLong_AsSsize_t(args[2]);
    if (*endpos == -1 && HsErr_Occurred()) {
        return -1;
    }
    return 0;
}

/* Program.match(string, pos, endpos, mode, must_advance): the marks tuple or None.
 * Return: new reference. */
static HsObject *program_match(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    ProgramObject *p = (ProgramObject *)self;
    Hs_ssize_t pos, endpos;
    if (hs_arg_check_positional("match", nargs, 5, 5) < 0 || parse_range(args, &pos, &endpos) < 0) {
        return NULL;
    }
    long mode = HsLong_AsLong(args[3]);
    int must = HsObject_IsTrue(args[4]);
    if ((mode == -1 && HsErr_Occurred()) || must < 0) {
        return NULL;
    }
    Subject s;
    if (subject_get(p, args[0], &s) < 0) {
        return NULL;
    }
    clamp(s.len, &pos, &endpos);
    SreRun run;
    RunBuffers rb;
    rb.heap = NULL;
    HsObject *res = NULL;
    if (run_init(&run, &rb, p, &s, endpos) == 0) {
        run.must_advance = must;
        int r = pos <= endpos ? hs_sre_run(&run, pos, (int)mode) : 0;
        res = r < 0 ? NULL : r == 0 ? Hs_NewRef(Hs_None) : marks_tuple(&run, pos);
    }
    if (rb.heap != NULL) {
        hs_mem_free(rb.heap);
    }
    subject_release(&s);
    return res;
}

/* Characters [a, b) of subject 'obj': a str, or bytes for any bytes-like subject.
 * Return: new reference. */
static HsObject *slice_of(const SreRun *run, HsObject *obj, Hs_ssize_t a, Hs_ssize_t b) {
    if (HsUnicode_Check(obj)) {
        return HsUnicode_Substring(obj, a, b);
    }
    return HsBytes_FromStringAndSize((const char *)run->data + a, b - a);
}

/* The text group 'g' matched, or 'unset' (a new reference to it) if it did not take part.
 * Return: new reference. */
static HsObject *group_text(const SreRun *run, HsObject *obj, int g, HsObject *unset) {
    Hs_ssize_t a = run->marks[2 * g], b = run->marks[2 * g + 1];
    if (a < 0 || b < 0) {
        return unset != NULL ? Hs_NewRef(unset) : slice_of(run, obj, 0, 0);
    }
    return slice_of(run, obj, a, b);
}

/* What findall() lists for the current match: the whole match without groups, the group
 * with one, else a tuple of them all. Return: new reference. */
static HsObject *findall_item(const SreRun *run, HsObject *obj) {
    int ngroups = run->nmarks / 2 - 1;
    if (ngroups <= 1) {
        return group_text(run, obj, ngroups, NULL);
    }
    HsObject *t = HsTuple_New(ngroups);
    for (int g = 1; t != NULL && g <= ngroups; g++) {
        HsObject *x = group_text(run, obj, g, NULL);
        if (x == NULL) {
            Hs_CLEAR(t);
        } else {
            HS_TUPLE_SET(t, g - 1, x);
        }
    }
    return t;
}

/* Append 'item' (stolen) to list 'out'. Returns 0 or -1. */
static int append_new(HsObject *out, HsObject *item) {
    int r = item != NULL ? HsList_Append(out, item) : -1;
    Hs_XDECREF(item);
    return r;
}

/* What one match adds to the list scan() builds, by 'kind' (SCAN_*): its marks tuple, its
 * findall item, split()'s pieces (the text before it, then its groups) or sub()'s pieces
 * (the text before it, then 'repl'). '*last' is where the previous match ended (split and
 * sub), or where the scan began (marks). */
enum { SCAN_MARKS, SCAN_FINDALL, SCAN_SPLIT, SCAN_SUB };

static int scan_emit(const SreRun *run, HsObject *obj, int kind, HsObject *repl,
                     Hs_ssize_t *last, HsObject *out) {
    if (kind == SCAN_MARKS) {
        return append_new(out, marks_tuple(run, *last));
    }
    if (kind == SCAN_FINDALL) {
        return append_new(out, findall_item(run, obj));
    }
    if (append_new(out, slice_of(run, obj, *last, run->marks[0])) < 0) {
        return -1;
    }
    *last = run->marks[1];
    if (kind == SCAN_SUB) {
        return HsList_Append(out, repl);
    }
    for (int g = 1; g < run->nmarks / 2; g++) {
        if (append_new(out, group_text(run, obj, g, Hs_None)) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Collect the matches of 'run' from 'pos' into list 'out' (CPython's scanner: after an
 * empty match the next one must not be empty at the same place), as scan_emit says; split
 * and sub lists end with the text after the last match. Returns 0 or -1. */
static int scan_into(SreRun *run, Hs_ssize_t pos, Hs_ssize_t limit, HsObject *out,
                     HsObject *obj, int kind, HsObject *repl) {
    Hs_ssize_t count = 0, last = pos; // SCAN_MARKS: Match.pos of every match
    while (pos <= run->end && (limit <= 0 || count < limit)) {
        int r = hs_sre_run(run, pos, SRE_MODE_SEARCH);
        if (r < 0) {
            return -1;
        }
        if (r == 0) {
            break;
        }
        if (scan_emit(run, obj, kind, repl, &last, out) < 0) {
            return -1;
        }
        count++;
        run->must_advance = run->marks[0] == run->marks[1];
        pos = run->marks[1];
    }
    if (kind == SCAN_SPLIT || kind == SCAN_SUB) {
        Hs_ssize_t len = HsUnicode_Check(obj) ? Hs_SIZE(obj) : run->end;
        return append_new(out, slice_of(run, obj, last, len));
    }
    return 0;
}

/* Program.scan(string, pos, endpos, limit[, kind[, repl]]): what scan_into collects for
 * every non-overlapping match (at most 'limit' of them if it is > 0).
 * Return: new reference (a list). */
static HsObject *program_scan(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    ProgramObject *p = (ProgramObject *)self;
    Hs_ssize_t pos, endpos;
    if (hs_arg_check_positional("scan", nargs, 4, 6) < 0 || parse_range(args, &pos, &endpos) < 0) {
        return NULL;
    }
    Hs_ssize_t limit = HsLong_AsSsize_t(args[3]);
    long kind = nargs >= 5 ? HsLong_AsLong(args[4]) : SCAN_MARKS;
    if (HsErr_Occurred()) {
        return NULL;
    }
    if (kind < SCAN_MARKS || kind > SCAN_SUB) {
        return HsErr_Format(HsExc_ValueError, "invalid scan kind");
    }
    HsObject *repl = nargs == 6 ? args[5] : Hs_None;
    Subject s;
    if (subject_get(p, args[0], &s) < 0) {
        return NULL;
    }
    clamp(s.len, &pos, &endpos);
    SreRun run;
    RunBuffers rb;
    rb.heap = NULL;
    HsObject *out = HsList_New(0);
    if (out != NULL && (run_init(&run, &rb, p, &s, endpos) < 0 ||
                        scan_into(&run, pos, limit, out, args[0], (int)kind, repl) < 0)) {
        Hs_CLEAR(out);
    }
    if (rb.heap != NULL) {
        hs_mem_free(rb.heap);
    }
    subject_release(&s);
    return out;
}

static HsMethodDef program_methods[] = {
    {"match", HS_CFUNC(program_match), HS_METH_FASTCALL,
     "match(string, pos, endpos, mode, must_advance) -> marks tuple or None"},
    {"scan", HS_CFUNC(program_scan), HS_METH_FASTCALL,
     "scan(string, pos, endpos, limit[, kind[, repl]]) -> list"},
    {NULL, NULL, 0, NULL},
};

static HsTypeObject program_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "_sre.Program",
    .tp_basicsize = sizeof(ProgramObject),
    .tp_itemsize = sizeof(uint32_t),
    .tp_dealloc = program_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_doc = "A compiled regular-expression program.",
    .tp_methods = program_methods,
};

/* ==== module functions ==== */

/* Copy the ints of list 'code' into program 'p'. Returns 0 or -1. */
static int copy_code(ProgramObject *p, HsObject *code) {
    for (Hs_ssize_t i = 0; i < p->pr_len; i++) {
        HsObject *w = HS_LIST_GET(code, i);
        if (!HsLong_Check(w)) {
            HsErr_SetString(HsExc_TypeError, "regular expression code must be integers");
            return -1;
        }
        int overflow = 0;
        long long v = hs_int_as_longlong_and_overflow(w, &overflow);
        if (v == -1 && HsErr_Occurred()) {
            return -1;
        }
        if (overflow != 0 || v < 0 || v > 0xFFFFFFFFll) {
            HsErr_SetString(HsExc_OverflowError, "regular expression code size limit exceeded");
            return -1;
        }
        p->pr_code[i] = (uint32_t)v;
    }
    return 0;
}

/* _sre.compile(code, ngroups, nregs, flags). Return: new reference (a Program). */
static HsObject *sre_compile(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("compile", nargs, 4, 4) < 0) {
        return NULL;
    }
    if (!HsList_Check(args[0])) {
        return HsErr_Format(HsExc_TypeError, "compile() argument 1 must be list");
    }
    long ngroups = HsLong_AsLong(args[1]), nregs = HsLong_AsLong(args[2]);
    long flags = HsLong_AsLong(args[3]);
    if (HsErr_Occurred()) {
        return NULL;
    }
    if (ngroups < 0 || ngroups > 0x3FFFFFFF || nregs < 0 || nregs > 0x3FFFFFFF) {
        return HsErr_Format(HsExc_ValueError, "invalid group or repeat count");
    }
    Hs_ssize_t len = Hs_SIZE(args[0]);
    ProgramObject *p =
        (ProgramObject *)hs_obj_new(&program_type, sizeof(ProgramObject) + (size_t)len * 4);
    if (p == NULL) {
        return NULL;
    }
    p->pr_len = len;
    p->pr_ngroups = (int)ngroups;
    p->pr_nregs = (int)nregs;
    p->pr_flags = (int)flags;
    if (copy_code(p, args[0]) < 0 ||
        hs_sre_validate(p->pr_code, len, (int)ngroups, (int)nregs) < 0) {
        Hs_DECREF(p);
        return NULL;
    }
    return (HsObject *)p;
}

/* _sre.lookup(name): the code point of the character named 'name' (as \N{...}), or None.
 * Return: new reference. */
static HsObject *sre_lookup(HsObject *self, HsObject *name) {
    (void)self;
    if (!HsUnicode_Check(name)) {
        return HsErr_Format(HsExc_TypeError, "lookup() argument must be str");
    }
    Hs_ssize_t len;
    const char *s = HsUnicode_AsUTF8AndSize(name, &len);
    if (s == NULL) {
        HsErr_Clear(); // a lone surrogate names nothing
        Hs_RETURN_NONE;
    }
    uint32_t cp;
    if (!hs_uni_lookup(s, (size_t)len, &cp)) {
        Hs_RETURN_NONE;
    }
    return HsLong_FromLong((long)cp);
}

static HsMethodDef sre_methods[] = {
    {"lookup", HS_CFUNC(sre_lookup), HS_METH_O, "lookup(name) -> code point or None"},
    {"compile", HS_CFUNC(sre_compile), HS_METH_FASTCALL,
     "compile(code, ngroups, nregs, flags) -> Program"},
    {NULL, NULL, 0, NULL},
};

/* ==== module init ==== */

static int add_int(HsObject *m, const char *name, long v) {
    HsObject *o = HsLong_FromLong(v);
    int r = o != NULL ? HsModule_AddObjectRef(m, name, o) : -1;
    Hs_XDECREF(o);
    return r;
}

int hs_sre_init(HsObject **module_out) {
    *module_out = NULL;
    if (HsType_Ready(&program_type) < 0) {
        return -1;
    }
    HsObject *m = HsModule_New("_sre");
    if (m == NULL) {
        return -1;
    }
    if (HsModule_AddFunctions(m, sre_methods) < 0 ||
        HsModule_AddObjectRef(m, "Program", (HsObject *)&program_type) < 0 ||
        add_int(m, "MAXREPEAT", (long)SRE_MAXREPEAT) < 0 || add_int(m, "MAXGROUPS", 0x3FFFFFFF) < 0) {
        Hs_DECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}
