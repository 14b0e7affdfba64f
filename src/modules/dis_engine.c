/* The disassembler's engine (CPython 3.11: Lib/dis.py, _unpack_opargs, findlabels,
 * findlinestarts, _parse_exception_table, _get_instructions_bytes, _disassemble_bytes,
 * Instruction._disassemble, _format_code_info): decodes a code object's co_code into an
 * HsDisCode and prints it in dis's exact column layout.
 * heapscope never specialises instructions, so every opcode is its own "deopt" form and the
 * CACHE units never carry a fancy argrepr.
 * Invariants: an HsDisCode holds its own reference to the bytes it decoded and borrows the
 * code object (the caller keeps it alive); ins[] is in offset order; a CACHE entry is the
 * only instruction with op == CACHE and has_arg set. See docs/internals/dis.md. */
#include "internal/hs_modules_dis.h"
#include "internal/hs_compile_opcode.h"
#include "internal/hs_mem.h"
#include "internal/hs_modules.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ==== constants ==== */

static const char *const cmp_ops[6] = {"<", "<=", "==", "!=", ">", ">="};
static const char *const nb_symbols[26] = {
    "+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",  ">>",  "-",  "/",  "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};
static const char *const make_function_flags[4] = {"defaults", "kwdefaults", "annotations",
                                                   "closure"};
static const char *const flag_names[10] = {
    "OPTIMIZED", "NEWLOCALS", "VARARGS",   "VARKEYWORDS",        "NESTED",
    "GENERATOR", "NOFREE",    "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR",
};

#define OPNAME_WIDTH 20
#define OPARG_WIDTH 5

/* ==== static helpers: decoding ==== */

/* opname[op] into 'buf' ("<N>" for unused numbers). Returns buf. */
static const char *op_name(int op, char *buf, size_t size) {
    if (op >= 0 && op < 256 && hs_op_names[op] != NULL) {
        return hs_op_names[op];
    }
    snprintf(buf, size, "<%d>", op);
    return buf;
}

static int is_backward_jump(int op) {
    return hs_op_names[op] != NULL && strstr(hs_op_names[op], "JUMP_BACKWARD") != NULL;
}

/* Big-endian 6-bit varint of the exception table (dis._parse_varint); -1 past the end. */
static long parse_varint(const uint8_t *p, Hs_ssize_t n, Hs_ssize_t *i) {
    if (*i >= n) {
        return -1;
    }
    long b = p[(*i)++], val = b & 63;
    while (b & 64) {
        if (*i >= n) {
            return -1;
        }
        b = p[(*i)++];
        val = (val << 6) | (b & 63);
    }
    return val;
}

/* d->exc from the code object's exception table (dis._parse_exception_table). */
static int parse_exception_table(HsDisCode *d) {
    const uint8_t *p = d->co->co_exceptiontable;
    Hs_ssize_t n = d->co->co_exceptiontable_len, i = 0;
    d->exc = hs_mem_malloc(sizeof(HsDisExc) * (size_t)(n / 4 + 1));
    if (d->exc == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    for (;;) {
        long start = parse_varint(p, n, &i), len = parse_varint(p, n, &i);
        long target = parse_varint(p, n, &i), dl = parse_varint(p, n, &i);
        if (start < 0 || len < 0 || target < 0 || dl < 0) {
            return 0;
        }
        HsDisExc *e = &d->exc[d->nexc++];
        e->start = start * 2;
        e->end = e->start + len * 2;
        e->target = target * 2;
        e->depth = (int)(dl >> 1);
        e->lasti = (int)(dl & 1);
    }
}

/* One step of _unpack_opargs at code unit 'i': the op, and its arg (has_arg) with the
 * EXTENDED_ARG prefix '*ext' folded in (as a signed 32-bit C int, as CPython). */
static void unpack_oparg(const uint8_t *code, Hs_ssize_t i, int64_t *ext, int *op, int *has_arg,
                         long *arg) {
    *op = code[2 * i];
    if (*op >= HS_OP_HAVE_ARGUMENT) {
        int64_t a = (int64_t)code[2 * i + 1] | *ext;
        *ext = *op == HS_OP_EXTENDED_ARG ? a * 256 : 0;
        if (*ext >= ((int64_t)1 << 31)) {
            *ext -= (int64_t)1 << 32;
        }
        *has_arg = 1;
        *arg = (long)a;
    } else {
        *ext = 0;
        *has_arg = 0;
        *arg = 0;
    }
}

/* Mark every jump target (findlabels) and, with 'exc_labels', every handler in 'labels'
 * (one flag per code unit). */
static void find_labels(HsDisCode *d, const uint8_t *code, Hs_ssize_t nunits, uint8_t *labels,
                        int exc_labels) {
    int64_t ext = 0;
    int caches = 0;
    for (Hs_ssize_t i = 0; i < nunits; i++) {
        if (caches) {
            caches--;
            continue;
        }
        int op, has_arg;
        long arg;
        unpack_oparg(code, i, &ext, &op, &has_arg, &arg);
        caches = hs_op_cache_entries[op];
        if (has_arg && (hs_op_flags[op] & HS_OPF_JREL)) {
            int64_t label = 2 * i + 2 + (is_backward_jump(op) ? -(int64_t)arg : arg) * 2;
            if (label >= 0 && label < 2 * nunits) {
                labels[label / 2] = 1;
            }
        }
    }
    for (Hs_ssize_t k = 0; exc_labels && k < d->nexc; k++) {
        HsDisExc *e = &d->exc[k];
        if (e->start < e->end && e->target >= 0 && e->target < 2 * nunits) {
            labels[e->target / 2] = 1;
        }
    }
}

/* Per code unit: the line it starts (findlinestarts) in 'starts' (INT32_MIN for none) and its
 * positions in 'pos'; sets show_lineno and lineno_width. */
static void find_lines(HsDisCode *d, Hs_ssize_t nunits, int32_t *starts, int (*pos)[4],
                       int line_offset) {
    HsCodeLocIter it;
    int lastline = -1, have_last = 0, maxline = 0;
    hs_code_loc_init(d->co, &it);
    while (hs_code_loc_next(&it)) {
        for (Hs_ssize_t u = it.start; u < it.stop && u < nunits; u++) {
            pos[u][0] = it.line;
            pos[u][1] = it.end_line;
            pos[u][2] = it.col;
            pos[u][3] = it.end_col;
        }
        if (it.line >= 0 && (!have_last || it.line != lastline) && it.start < nunits) {
            lastline = it.line;
            starts[it.start] = it.line + line_offset;
            maxline = d->show_lineno && maxline > starts[it.start] ? maxline : starts[it.start];
            have_last = d->show_lineno = 1;
        }
    }
    if (d->show_lineno) {
        char buf[32];
        d->lineno_width = maxline >= 1000 ? snprintf(buf, sizeof buf, "%d", maxline) : 3;
    }
}

/* Fill d->ins from the code units (_get_instructions_bytes without argval/argrepr). */
static void build_instructions(HsDisCode *d, const uint8_t *code, Hs_ssize_t nunits,
                               const uint8_t *labels, const int32_t *starts, int (*pos)[4],
                               int show_caches) {
    int64_t ext = 0;
    int caches = 0;
    for (Hs_ssize_t i = 0; i < nunits; i++) {
        HsDisInstr *in = &d->ins[d->nins];
        memset(in, 0, sizeof *in);
        in->offset = 2 * i;
        memcpy(in->pos, pos[i], sizeof in->pos);
        if (caches) {
            caches--;
            if (show_caches) {
                in->op = HS_OP_CACHE;
                in->has_arg = 1; // arg 0, the CACHE marker
                d->nins++;
            }
            continue;
        }
        unpack_oparg(code, i, &ext, &in->op, &in->has_arg, &in->arg);
        caches = hs_op_cache_entries[in->op];
        in->has_line = starts[i] != INT32_MIN;
        in->line = starts[i];
        in->is_jump_target = labels[i];
        d->nins++;
    }
}

/* ==== static helpers: argument details ==== */

/* 'tuple'[i] or IndexError. Return: new reference. */
static HsObject *tuple_item(HsObject *tuple, long i) {
    if (i < 0 || i >= Hs_SIZE(tuple)) {
        return HsErr_Format(HsExc_IndexError, "tuple index out of range");
    }
    return Hs_NewRef(HS_TUPLE_GET(tuple, i));
}

/* FORMAT_VALUE's (converter, has_format) and its argrepr. Returns 0 or -1. */
static int format_value_info(long arg, HsObject **argval, HsObject **argrepr) {
    static const char *const conv[4] = {NULL, "str", "repr", "ascii"};
    HsObject *fn = Hs_None;
    if ((arg & 3) == 1) {
        fn = (HsObject *)&HsUnicode_Type;
    } else if ((arg & 3) >= 2 && (fn = hs_dis_builtin(conv[arg & 3])) == NULL) {
        return -1;
    }
    char buf[32] = "";
    if (conv[arg & 3] != NULL) {
        strcpy(buf, conv[arg & 3]);
    }
    if (arg & 4) {
        strcat(buf, buf[0] ? ", with format" : "with format");
    }
    *argval = HsTuple_Pack(2, fn, (arg & 4) ? Hs_True : Hs_False);
    *argrepr = HsUnicode_FromString(buf);
    return *argval != NULL && *argrepr != NULL ? 0 : -1;
}

/* argval and argrepr of an instruction whose operand names a const, name or variable. */
static int named_arg_info(HsDisCode *d, const HsDisInstr *in, HsObject **argval,
                          HsObject **argrepr) {
    HsCodeObject *co = d->co;
    int flags = hs_op_flags[in->op];
    if (co == NULL || ((flags & HS_OPF_CONST) && in->op != HS_OP_LOAD_CONST)) {
        *argval = Hs_NewRef(hs_dis_unknown());
        *argrepr = HsUnicode_FromString("");
        return *argrepr != NULL ? 0 : -1;
    }
    if (flags & HS_OPF_CONST) {
        *argval = tuple_item(co->co_consts, in->arg);
        *argrepr = *argval != NULL ? HsObject_Repr(*argval) : NULL;
    } else if (flags & HS_OPF_NAME) {
        int global = in->op == HS_OP_LOAD_GLOBAL;
        *argval = tuple_item(co->co_names, global ? in->arg >> 1 : in->arg);
        if (*argval != NULL && global && (in->arg & 1)) {
            *argrepr = HsUnicode_FromFormat("NULL + %U", *argval);
        } else {
            *argrepr = Hs_XNewRef(*argval);
        }
    } else {
        *argval = tuple_item(co->co_localsplusnames, in->arg);
        *argrepr = Hs_XNewRef(*argval);
    }
    return *argrepr != NULL ? 0 : -1;
}

/* argrepr for the remaining kinds (jumps, compare, MAKE_FUNCTION, BINARY_OP) into 'buf'. */
static void plain_argrepr(const HsDisInstr *in, long *val, char *buf, size_t size) {
    buf[0] = '\0';
    if (hs_op_flags[in->op] & HS_OPF_JREL) {
        long a = is_backward_jump(in->op) ? -in->arg : in->arg;
        *val = (long)in->offset + 2 + a * 2;
        snprintf(buf, size, "to %ld", *val);
    } else if (in->op == HS_OP_MAKE_FUNCTION) {
        for (int i = 0; i < 4; i++) {
            if (in->arg & (1L << i)) {
                strcat(buf, buf[0] ? ", " : "");
                strcat(buf, make_function_flags[i]);
            }
        }
    } else if (in->op == HS_OP_BINARY_OP && in->arg >= 0 && in->arg < 26) {
        snprintf(buf, size, "%s", nb_symbols[in->arg]);
    }
}

/* ==== internal API ==== */

HsObject *hs_dis_format_line(int lineno_width, int offset_width, const HsDisInstr *in,
                             HsObject *argrepr, int current) {
    char buf[256], namebuf[16];
    int n = 0;
    lineno_width = lineno_width < 0 ? 0 : lineno_width > 64 ? 64 : lineno_width;
    offset_width = offset_width < 0 ? 0 : offset_width > 64 ? 64 : offset_width;
    if (lineno_width) {
        n += in->has_line ? snprintf(buf, sizeof buf, "%*d ", lineno_width, in->line)
                          : snprintf(buf, sizeof buf, "%*s ", lineno_width, "");
    }
    n += snprintf(buf + n, sizeof buf - (size_t)n, "%s %s %*ld %-*s", current ? "-->" : "   ",
                  in->is_jump_target ? ">>" : "  ", offset_width, (long)in->offset, OPNAME_WIDTH,
                  op_name(in->op, namebuf, sizeof namebuf));
    if (in->has_arg) {
        n += snprintf(buf + n, sizeof buf - (size_t)n, " %*ld", OPARG_WIDTH, in->arg);
    }
    int with_repr = in->has_arg && argrepr != NULL && Hs_SIZE(argrepr) > 0;
    while (!with_repr && n > 0 && buf[n - 1] == ' ') {
        n--;
    }
    buf[n] = '\0';
    if (!with_repr) {
        return HsUnicode_FromString(buf);
    }
    return HsUnicode_FromFormat("%s (%U)", buf, argrepr);
}

int hs_dis_decode(HsDisCode *d, HsObject *x, int line_offset, int exc_labels, int show_caches) {
    memset(d, 0, sizeof *d);
    if (HsCode_Check(x)) {
        d->co = (HsCodeObject *)x;
        d->code = hs_dis_getattr(x, "co_code");
    } else {
        d->code = HsBytes_FromObject(x);
    }
    if (d->code == NULL || (d->co != NULL && parse_exception_table(d) < 0)) {
        hs_dis_release(d);
        return -1;
    }
    const uint8_t *code = (const uint8_t *)HsBytes_AS_STRING(d->code);
    Hs_ssize_t nunits = Hs_SIZE(d->code) / 2;
    size_t nu = (size_t)nunits + 1;
    uint8_t *labels = hs_mem_malloc(nu);
    int32_t *starts = hs_mem_malloc(nu * sizeof(int32_t));
    int(*pos)[4] = hs_mem_malloc(nu * sizeof *pos);
    d->ins = hs_mem_malloc(nu * sizeof(HsDisInstr));
    if (labels == NULL || starts == NULL || pos == NULL || d->ins == NULL) {
        hs_mem_free(labels);
        hs_mem_free(starts);
        hs_mem_free(pos);
        hs_dis_release(d);
        HsErr_NoMemory();
        return -1;
    }
    memset(labels, 0, nu);
    for (size_t i = 0; i < nu; i++) {
        starts[i] = INT32_MIN;
        pos[i][0] = pos[i][1] = pos[i][2] = pos[i][3] = -1;
    }
    find_labels(d, code, nunits, labels, exc_labels);
    if (d->co != NULL) {
        find_lines(d, nunits, starts, pos, line_offset);
    }
    long maxoffset = (long)Hs_SIZE(d->code) - 2;
    char tmp[32];
    d->offset_width = maxoffset >= 10000 ? snprintf(tmp, sizeof tmp, "%ld", maxoffset) : 4;
    build_instructions(d, code, nunits, labels, starts, pos, show_caches);
    hs_mem_free(labels);
    hs_mem_free(starts);
    hs_mem_free(pos);
    return 0;
}

void hs_dis_release(HsDisCode *d) {
    Hs_CLEAR(d->code);
    hs_mem_free(d->ins);
    hs_mem_free(d->exc);
    d->ins = NULL;
    d->exc = NULL;
    d->nins = d->nexc = 0;
}

int hs_dis_arg_info(HsDisCode *d, const HsDisInstr *in, HsObject **argval, HsObject **argrepr) {
    *argval = *argrepr = NULL;
    if (!in->has_arg || in->op == HS_OP_CACHE) {
        *argval = Hs_NewRef(Hs_None);
        *argrepr = HsUnicode_FromString("");
    } else if (hs_op_flags[in->op] & (HS_OPF_CONST | HS_OPF_NAME | HS_OPF_LOCAL | HS_OPF_FREE)) {
        if (named_arg_info(d, in, argval, argrepr) < 0) {
            goto error;
        }
    } else if (in->op == HS_OP_COMPARE_OP && in->arg >= 0 && in->arg < 6) {
        *argval = HsUnicode_FromString(cmp_ops[in->arg]);
        *argrepr = Hs_XNewRef(*argval);
    } else if (in->op == HS_OP_COMPARE_OP) {
        HsErr_Format(HsExc_IndexError, "tuple index out of range");
        goto error;
    } else if (in->op == HS_OP_FORMAT_VALUE) {
        if (format_value_info(in->arg, argval, argrepr) < 0) {
            goto error;
        }
    } else {
        char buf[64];
        long val = in->arg;
        plain_argrepr(in, &val, buf, sizeof buf);
        *argval = HsLong_FromLong(val);
        *argrepr = HsUnicode_FromString(buf);
    }
    if (*argval != NULL && *argrepr != NULL) {
        return 0;
    }
error:
    Hs_CLEAR(*argval);
    Hs_CLEAR(*argrepr);
    return -1;
}

HsObject *hs_dis_instruction(HsDisCode *d, const HsDisInstr *in) {
    HsObject *argval, *argrepr;
    if (hs_dis_arg_info(d, in, &argval, &argrepr) < 0) {
        return NULL;
    }
    HsObject *p[4];
    for (int i = 0; i < 4; i++) {
        p[i] = in->pos[i] < 0 ? Hs_NewRef(Hs_None) : HsLong_FromLong(in->pos[i]);
    }
    char namebuf[16];
    HsObject *items[9] = {
        HsUnicode_FromString(op_name(in->op, namebuf, sizeof namebuf)),
        HsLong_FromLong(in->op),
        in->has_arg ? HsLong_FromLong(in->arg) : Hs_NewRef(Hs_None),
        argval,
        argrepr,
        HsLong_FromSsize_t(in->offset),
        in->has_line ? HsLong_FromLong(in->line) : Hs_NewRef(Hs_None),
        HsBool_FromLong(in->is_jump_target),
        hs_structseq_new(&HsDisPositions_Type, 4, p),
    };
    return hs_structseq_new(&HsDisInstruction_Type, 9, items);
}

int hs_dis_print(HsDisOut *out, HsObject *s) {
    if (out->file == NULL) {
        if (s != NULL && hs_str_writer_str(out->w, s) < 0) {
            return -1;
        }
        return hs_str_writer_char(out->w, '\n');
    }
    HsObject *write = hs_dis_getattr(out->file, "write");
    if (write == NULL) {
        return -1;
    }
    HsObject *r = s != NULL ? HsObject_CallOneArg(write, s) : Hs_NewRef(Hs_None);
    if (r != NULL) {
        Hs_DECREF(r);
        HsObject *nl = HsUnicode_FromString("\n");
        r = nl != NULL ? HsObject_CallOneArg(write, nl) : NULL;
        Hs_XDECREF(nl);
    }
    Hs_DECREF(write);
    Hs_XDECREF(r);
    return r != NULL ? 0 : -1;
}

int hs_dis_print_ascii(HsDisOut *out, const char *s) {
    HsObject *o = HsUnicode_FromString(s);
    if (o == NULL) {
        return -1;
    }
    int rc = hs_dis_print(out, o);
    Hs_DECREF(o);
    return rc;
}

int hs_dis_print_code(HsDisCode *d, HsDisOut *out, Hs_ssize_t lasti) {
    for (Hs_ssize_t i = 0; i < d->nins; i++) {
        const HsDisInstr *in = &d->ins[i];
        if (d->show_lineno && in->has_line && in->offset > 0 && hs_dis_print(out, NULL) < 0) {
            return -1;
        }
        HsObject *argval, *argrepr;
        if (hs_dis_arg_info(d, in, &argval, &argrepr) < 0) {
            return -1;
        }
        HsObject *line =
            hs_dis_format_line(d->lineno_width, d->offset_width, in, argrepr, in->offset == lasti);
        Hs_DECREF(argval);
        Hs_DECREF(argrepr);
        int rc = line != NULL ? hs_dis_print(out, line) : -1;
        Hs_XDECREF(line);
        if (rc < 0) {
            return -1;
        }
    }
    if (d->nexc > 0 && hs_dis_print_ascii(out, "ExceptionTable:") < 0) {
        return -1;
    }
    for (Hs_ssize_t i = 0; i < d->nexc; i++) {
        HsDisExc *e = &d->exc[i];
        char buf[128];
        snprintf(buf, sizeof buf, "  %ld to %ld -> %ld [%d]%s", (long)e->start, (long)e->end - 2,
                 (long)e->target, e->depth, e->lasti ? " lasti" : "");
        if (hs_dis_print_ascii(out, buf) < 0) {
            return -1;
        }
    }
    return 0;
}

HsObject *hs_dis_pretty_flags(long flags) {
    char buf[512] = "";
    unsigned long long f = (unsigned long long)flags;
    int done = 0;
    for (int i = 0; i < 32 && !done; i++) {
        unsigned long long flag = 1ULL << i;
        if (f & flag) {
            char hex[24];
            snprintf(hex, sizeof hex, "0x%llx", flag);
            strcat(buf, buf[0] ? ", " : "");
            strcat(buf, i < 10 ? flag_names[i] : hex);
            f ^= flag;
            done = f == 0;
        }
    }
    if (!done) {
        char hex[24];
        snprintf(hex, sizeof hex, "0x%llx", f);
        strcat(buf, buf[0] ? ", " : "");
        strcat(buf, hex);
    }
    return HsUnicode_FromString(buf);
}

/* Append "Title:" and then "%4d: item" lines (repr'd when 'use_repr') to list 'lines' if
 * 'items' (a tuple, owned) is not empty. Steals: items. Returns 0 or -1. */
static int info_section(HsObject *lines, const char *title, HsObject *items, int use_repr) {
    if (items == NULL) {
        return -1;
    }
    int rc = 0;
    if (Hs_SIZE(items) > 0) {
        HsObject *t = HsUnicode_FromString(title);
        rc = t != NULL ? HsList_Append(lines, t) : -1;
        Hs_XDECREF(t);
    }
    for (Hs_ssize_t i = 0; rc == 0 && i < Hs_SIZE(items); i++) {
        HsObject *s =
            HsUnicode_FromFormat(use_repr ? "%4zd: %R" : "%4zd: %S", i, HS_TUPLE_GET(items, i));
        rc = s != NULL ? HsList_Append(lines, s) : -1;
        Hs_XDECREF(s);
    }
    Hs_DECREF(items);
    return rc;
}

HsObject *hs_dis_code_info(HsCodeObject *co) {
    HsObject *lines = HsList_New(0), *flags = hs_dis_pretty_flags(co->co_flags);
    HsObject *head = NULL, *result = NULL;
    if (lines == NULL || flags == NULL) {
        goto done;
    }
    head = HsUnicode_FromFormat(
        "Name:              %S\nFilename:          %S\nArgument count:    %d\n"
        "Positional-only arguments: %d\nKw-only arguments: %d\nNumber of locals:  %d\n"
        "Stack size:        %d\nFlags:             %U",
        co->co_name, co->co_filename, co->co_argcount, co->co_posonlyargcount,
        co->co_kwonlyargcount, co->co_nlocals, co->co_stacksize, flags);
    if (head == NULL || HsList_Append(lines, head) < 0 ||
        info_section(lines, "Constants:", Hs_NewRef(co->co_consts), 1) < 0 ||
        info_section(lines, "Names:", Hs_NewRef(co->co_names), 0) < 0) {
        goto done;
    }
    static const char *const vars[3][2] = {{"Variable names:", "co_varnames"},
                                           {"Free variables:", "co_freevars"},
                                           {"Cell variables:", "co_cellvars"}};
    for (int i = 0; i < 3; i++) {
        if (info_section(lines, vars[i][0], hs_dis_getattr((HsObject *)co, vars[i][1]), 0) < 0) {
            goto done;
        }
    }
    HsStrWriter w;
    hs_str_writer_init(&w);
    for (Hs_ssize_t i = 0; i < Hs_SIZE(lines); i++) {
        if ((i > 0 && hs_str_writer_char(&w, '\n') < 0) ||
            hs_str_writer_str(&w, HS_LIST_GET(lines, i)) < 0) {
            hs_str_writer_discard(&w);
            goto done;
        }
    }
    result = hs_str_writer_finish(&w);
done:
    Hs_XDECREF(lines);
    Hs_XDECREF(flags);
    Hs_XDECREF(head);
    return result;
}
