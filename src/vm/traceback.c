/* Tracebacks (CPython 3.11: Python/traceback.c, Python/pythonrun.c): the traceback objects
 * that record where an exception passed, and printing an uncaught exception the way
 * CPython 3.11 does — "Traceback (most recent call last):", each frame's file, line, name
 * and source line, the 3.11 caret line under the failing expression (with '~'/'^' anchors
 * for binary operators and subscripts, found by re-parsing the segment as CPython does),
 * "[Previous line repeated N more times]", chained causes and contexts, and SyntaxError's
 * own layout. Invariant: tb_frame is the frame object (frameobject.c) of the frame the
 * entry was made in; it outlives that frame by taking it over. */
#include "internal/hs_vm.h"
#include "internal/hs_vm_frameobject.h"
#include "internal/hs_compile.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== traceback objects ==== */

typedef struct TracebackObject {
    HsObject ob_base;
    HsObject *tb_next;
    HsObject *tb_frame;
    int tb_lasti; /* byte offset, as CPython's tb_lasti */
    int tb_lineno;
} TracebackObject;

static void tb_dealloc(HsObject *op) {
    TracebackObject *tb = (TracebackObject *)op;
    hs_gc_untrack(op);
    if (!hs_trashcan_begin(op)) {
        return;
    }
    Hs_XDECREF(tb->tb_next);
    Hs_XDECREF(tb->tb_frame);
    hs_gc_free(op);
    hs_trashcan_end();
}

static int tb_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    TracebackObject *tb = (TracebackObject *)op;
    if (tb->tb_next != NULL && visit(tb->tb_next, arg) != 0) {
        return 1;
    }
    return tb->tb_frame != NULL ? visit(tb->tb_frame, arg) : 0;
}

static HsMemberDef tb_members[] = {
    {"tb_next", HS_T_OBJECT, offsetof(TracebackObject, tb_next), HS_READONLY, NULL},
    {"tb_frame", HS_T_OBJECT, offsetof(TracebackObject, tb_frame), HS_READONLY, NULL},
    {"tb_lasti", HS_T_INT, offsetof(TracebackObject, tb_lasti), HS_READONLY, NULL},
    {"tb_lineno", HS_T_INT, offsetof(TracebackObject, tb_lineno), HS_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

HsTypeObject HsTraceback_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "traceback",
    .tp_basicsize = sizeof(TracebackObject),
    .tp_dealloc = tb_dealloc,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = tb_traverse,
    .tp_members = tb_members,
};

int hs_vm_traceback_here(HsFrame *frame) {
    HsObject *exc = HsErr_GetRaisedException();
    if (exc == NULL) {
        return 0;
    }
    Hs_ssize_t index = frame->prev_instr - frame->f_code->co_code;
    HsObject *f = hs_vm_frame_object(frame);
    TracebackObject *tb =
        f != NULL ? (TracebackObject *)hs_gc_alloc(&HsTraceback_Type, sizeof(TracebackObject))
                  : NULL;
    if (tb == NULL) {
        HsErr_SetRaisedException(exc); /* keep the original error; no entry */
        return -1;
    }
    HsBaseExceptionObject *e = (HsBaseExceptionObject *)exc;
    tb->tb_next = e->traceback; /* the older entries (callees) come after this one */
    tb->tb_frame = Hs_NewRef(f);
    tb->tb_lasti = (int)(index * (Hs_ssize_t)sizeof(hs_codeunit));
    tb->tb_lineno = hs_code_addr2line(frame->f_code, index);
    hs_gc_track((HsObject *)tb);
    e->traceback = (HsObject *)tb;
    HsErr_SetRaisedException(exc);
    return 0;
}

/* ==== printing: source lines and carets ==== */

/* Line 'lineno' of 'filename' (without its newline) into 'buf'; 0 if unavailable. */
static int read_source_line(const char *filename, int lineno, char *buf, size_t cap) {
    FILE *fp = fopen(filename, "r");
    if (fp == NULL) {
        return 0;
    }
    int n = 0, ok = 0;
    while (fgets(buf, (int)cap, fp) != NULL) {
        if (++n == lineno) {
            buf[strcspn(buf, "\r\n")] = '\0';
            ok = 1;
            break;
        }
    }
    fclose(fp);
    return ok;
}

/* Characters (not bytes) in the first 'bytes' bytes of UTF-8 's'. */
static int char_offset(const char *s, int bytes) {
    int n = 0;
    for (int i = 0; i < bytes && s[i] != '\0'; i++) {
        n += ((unsigned char)s[i] & 0xc0) != 0x80;
    }
    return n;
}

/* CPython's extract_anchors_from_line: re-parse the segment; for a BinOp mark the operator,
 * for a Subscript the brackets. Offsets are bytes into 'seg'; -1 when there are none. */
static void find_anchors(const char *seg, int *left, int *right) {
    *left = *right = -1;
    HsAstArena *arena = hs_comp_arena_new();
    HsCompileError err = {0};
    HsAstMod *mod = arena ? hs_comp_parse(seg, strlen(seg), "<segment>", HS_PARSE_FILE, arena,
                                          &err)
                          : NULL;
    hs_comp_error_clear(&err);
    if (mod != NULL && HS_SEQ_LEN(mod->body) == 1) {
        HsAstStmt *st = HS_SEQ_GET(mod->body, 0);
        HsAstExpr *e = st->kind == HS_STMT_EXPR ? st->v.Expr.value : NULL;
        if (e != NULL && e->kind == HS_EXPR_BINOP) {
            int end = e->v.BinOp.left->pos.end_col_offset, start = e->v.BinOp.right->pos.col_offset;
            for (int i = end; i < start; i++) {
                if (seg[i] == ' ' || seg[i] == '\t' || seg[i] == '\f' || seg[i] == '\n' ||
                    seg[i] == '\\' || seg[i] == '(' || seg[i] == ')') {
                    continue;
                }
                *left = i;
                *right = i + 1;
                if (i + 1 < start && !(seg[i + 1] == ' ' || seg[i + 1] == '\t')) {
                    (*right)++;
                }
                break;
            }
        } else if (e != NULL && e->kind == HS_EXPR_SUBSCRIPT) {
            *left = e->v.Subscript.value->pos.end_col_offset;
            *right = e->v.Subscript.slice->pos.end_col_offset + 1;
        }
    }
    hs_comp_arena_free(arena);
}

/* The source line (stripped, 4-space margin) and, when it helps, the caret line. */
static void print_source(FILE *out, HsCodeObject *co, int lasti_units, int lineno) {
    const char *filename = HsUnicode_AsUTF8(co->co_filename);
    char line[4096];
    if (filename == NULL || lineno < 1 || !read_source_line(filename, lineno, line, sizeof line)) {
        HsErr_Clear();
        return;
    }
    int indent = 0;
    while (line[indent] == ' ' || line[indent] == '\t' || line[indent] == '\f') {
        indent++;
    }
    if (line[indent] == '\0') {
        return;
    }
    size_t len = strlen(line);
    while (len > (size_t)indent && (line[len - 1] == ' ' || line[len - 1] == '\t')) {
        line[--len] = '\0';
    }
    fprintf(out, "    %s\n", line + indent);
    int l, el, c, ec;
    if (!hs_code_addr2location(co, lasti_units, &l, &el, &c, &ec) || l < 0 || c < 0 ||
        ec < 0 || l != lineno || el < l) {
        return;
    }
    int multiline = el != l;
    if (multiline) {
        ec = (int)len; /* an expression over several lines: underline to the end of the first */
    }
    if ((size_t)ec > len || c >= ec) {
        return;
    }
    int start = char_offset(line, c), end = char_offset(line, ec);
    int stripped_len = char_offset(line, (int)len) - char_offset(line, indent);
    char seg[4096];
    snprintf(seg, sizeof seg, "%.*s", ec - c, line + c);
    int left, right;
    left = right = -1;
    if (!multiline) {
        find_anchors(seg, &left, &right);
    }
    int special = left != -1 || right != -1;
    if (end - start == stripped_len && !special) {
        return; /* carets would underline the whole line: CPython elides them */
    }
    if (special) {
        left = char_offset(seg, left) + start;
        right = char_offset(seg, right) + start;
    }
    fputs("    ", out);
    for (int off = char_offset(line, indent) + 1; off <= end; off++) {
        const char *ch = off <= start ? " " : special && left < off && off <= right ? "^"
                                      : special                                     ? "~"
                                                                                    : "^";
        fputs(ch, out);
    }
    fputc('\n', out);
}

/* ==== printing: frames, the exception line, chains ==== */

/* The code object of a traceback entry's frame. Return: borrowed. */
static HsCodeObject *tb_code(TracebackObject *tb) {
    return ((HsFrameObject *)tb->tb_frame)->f_frame->f_code;
}

static void print_entry(FILE *out, TracebackObject *tb) {
    HsCodeObject *co = tb_code(tb);
    fprintf(out, "  File \"%s\", line %d, in %s\n", HsUnicode_AsUTF8(co->co_filename),
            tb->tb_lineno, HsUnicode_AsUTF8(co->co_name));
    print_source(out, co, tb->tb_lasti / (int)sizeof(hs_codeunit), tb->tb_lineno);
}

static int same_place(TracebackObject *a, TracebackObject *b) {
    HsCodeObject *ca = tb_code(a), *cb = tb_code(b);
    return a->tb_lineno == b->tb_lineno && hs_str_eq(ca->co_filename, cb->co_filename) &&
           hs_str_eq(ca->co_name, cb->co_name);
}

/* CPython's tb_print_internal: repeated identical lines collapse after three. */
static void print_tb(FILE *out, HsObject *tbo) {
    TracebackObject *prev = NULL;
    long repeats = 0;
    fputs("Traceback (most recent call last):\n", out);
    for (TracebackObject *tb = (TracebackObject *)tbo; tb != NULL;
         tb = (TracebackObject *)tb->tb_next) {
        if (prev != NULL && same_place(prev, tb)) {
            repeats++;
        } else {
            if (repeats > 3) {
                fprintf(out, "  [Previous line repeated %ld more times]\n", repeats - 3);
            }
            repeats = 1;
        }
        prev = tb;
        if (repeats <= 3) {
            print_entry(out, tb);
        }
    }
    if (repeats > 3) {
        fprintf(out, "  [Previous line repeated %ld more times]\n", repeats - 3);
    }
}

/* ". Did you mean: 'x'?" after a NameError's or AttributeError's message. */
static void print_suggestion(FILE *out, HsObject *exc) {
    HsObject *tb = ((HsBaseExceptionObject *)exc)->traceback;
    HsCodeObject *co = NULL;
    HsObject *globals = NULL;
    if (tb != NULL && tb != Hs_None && Hs_TYPE(tb) == &HsTraceback_Type) {
        while (((TracebackObject *)tb)->tb_next != NULL &&
               ((TracebackObject *)tb)->tb_next != Hs_None) {
            tb = ((TracebackObject *)tb)->tb_next;
        }
        HsFrame *f = ((HsFrameObject *)((TracebackObject *)tb)->tb_frame)->f_frame;
        co = f->f_code;
        globals = f->f_globals;
    }
    HsObject *suggestion = hs_vm_offer_suggestions(exc, co, globals);
    if (suggestion != NULL) {
        const char *text = HsUnicode_AsUTF8(suggestion);
        if (text != NULL) {
            fprintf(out, ". Did you mean: '%s'?", text);
        }
        HsErr_Clear();
        Hs_DECREF(suggestion);
    }
}

static void print_exception_line(FILE *out, HsObject *exc) {
    HsTypeObject *tp = Hs_TYPE(exc);
    const char *name = tp->tp_name, *dot = strrchr(name, '.');
    HsObject *mod = HsObject_GetAttrString((HsObject *)tp, "__module__");
    HsErr_Clear();
    const char *m = mod != NULL && HsUnicode_Check(mod) ? HsUnicode_AsUTF8(mod) : NULL;
    if (m != NULL && strcmp(m, "builtins") != 0 && strcmp(m, "__main__") != 0) {
        fprintf(out, "%s.", m); /* "io.UnsupportedOperation": module, then the name */
    } else if (m != NULL && strcmp(m, "__main__") == 0) {
        fputs("__main__.", out);
    }
    fputs(dot != NULL ? dot + 1 : name, out);
    Hs_XDECREF(mod);
    HsObject *s = HsObject_Str(exc);
    if (s == NULL) {
        HsErr_Clear();
        fputs(": <exception str() failed>\n", out);
        return;
    }
    const char *text = HsUnicode_AsUTF8(s);
    if (text != NULL && text[0] != '\0') {
        fprintf(out, ": %s", text);
    }
    Hs_DECREF(s);
    print_suggestion(out, exc);
    fputc('\n', out);
}

/* SyntaxError: file and line, the source line, a caret at the offset, then the message. */
static int print_syntax_error(FILE *out, HsObject *exc) {
    HsSyntaxErrorObject *se = (HsSyntaxErrorObject *)exc;
    if (se->filename == NULL || !HsUnicode_Check(se->filename) || se->lineno == NULL) {
        return 0;
    }
    fprintf(out, "  File \"%s\", line %ld\n", HsUnicode_AsUTF8(se->filename),
            HsLong_AsLong(se->lineno));
    if (se->text != NULL && HsUnicode_Check(se->text)) {
        const char *t = HsUnicode_AsUTF8(se->text);
        int indent = 0;
        while (t[indent] == ' ' || t[indent] == '\t' || t[indent] == '\f') {
            indent++;
        }
        int tlen = (int)strcspn(t + indent, "\r\n");
        fprintf(out, "    %.*s\n", tlen, t + indent);
        long off = se->offset != NULL ? HsLong_AsLong(se->offset) : -1;
        long end = se->end_offset != NULL && se->end_offset != Hs_None
                       ? HsLong_AsLong(se->end_offset) : off;
        HsErr_Clear();
        long col = off - 1 - char_offset(t, indent), width = end > off ? end - off : 1;
        if (off >= 1 && col >= 0) { /* no caret left of the stripped text (CPython) */
            fputs("    ", out);
            for (long i = 0; i < col; i++) {
                fputc(' ', out);
            }
            for (long i = 0; i < width; i++) {
                fputc('^', out);
            }
            fputc('\n', out);
        }
    }
    HsObject *msg = se->msg != NULL ? se->msg : NULL;
    fprintf(out, "%s: %s\n", Hs_TYPE(exc)->tp_name,
            msg != NULL && HsUnicode_Check(msg) ? HsUnicode_AsUTF8(msg) : "invalid syntax");
    return 1;
}

static void print_one(FILE *out, HsObject *exc, int depth) {
    HsBaseExceptionObject *e = (HsBaseExceptionObject *)exc;
    if (depth < 32) {
        if (e->cause != NULL) {
            print_one(out, e->cause, depth + 1);
            fputs("\nThe above exception was the direct cause of the following exception:\n\n",
                  out);
        } else if (e->context != NULL && !e->suppress_context) {
            print_one(out, e->context, depth + 1);
            fputs("\nDuring handling of the above exception, another exception occurred:\n\n",
                  out);
        }
    }
    if (e->traceback != NULL && e->traceback != Hs_None) {
        print_tb(out, e->traceback);
    }
    if (HsType_IsSubtype(Hs_TYPE(exc), (HsTypeObject *)HsExc_SyntaxError) &&
        print_syntax_error(out, exc)) {
        return;
    }
    print_exception_line(out, exc);
}

void hs_vm_print_exception(HsObject *exc, FILE *out) {
    fflush(stdout);
    print_one(out, exc, 0);
    fflush(out);
}
