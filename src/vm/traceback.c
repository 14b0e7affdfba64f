/* Tracebacks (CPython 3.11: Python/traceback.c, Python/pythonrun.c): the traceback objects
 * that record where an exception passed, and printing an uncaught exception the way
 * CPython 3.11 does — "Traceback (most recent call last):", each frame's file, line, name
 * and source line, the 3.11 caret line under the failing expression (with '~'/'^' anchors
 * for binary operators and subscripts, found by re-parsing the segment as CPython does),
 * "[Previous line repeated N more times]", chained causes and contexts (each exception
 * printed once), notes, "module.Qualname: message", SyntaxError's own layout, and exception
 * groups in 3.11's boxes (pythonrun.c print_exception_group, docs/internals/exceptions.md).
 * Invariant: tb_frame is the frame object (frameobject.c) of the frame the entry was made
 * in; it outlives that frame by taking it over. */
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
#include "hs/ceval.h"
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

/* Call linecache.'fname'(*args). Return: new reference. */
static HsObject *call_linecache(HsObject *linecache, const char *fname, HsObject *const *args,
                                size_t nargs) {
    HsObject *f = HsObject_GetAttrString(linecache, fname);
    if (f == NULL) {
        return NULL;
    }
    HsObject *r = HsObject_Vectorcall(f, args, nargs, NULL);
    Hs_DECREF(f);
    return r;
}

/* Line 'lineno' of 'co''s file as the traceback module reads it when linecache is imported:
 * linecache.checkcache(filename), then linecache.getline(filename, lineno), so pseudo-files
 * registered in linecache.cache (timeit's "<timeit-src>") show their lines as in CPython's
 * StackSummary. 1 with the line (no newline) in 'buf', 0 when there is none, -1 when
 * linecache is not imported or failed (the caller reads the file itself). Leaves no error. */
static int linecache_line(HsCodeObject *co, int lineno, char *buf, size_t cap) {
    HsObject *linecache = hs_vm_import_get_module("linecache");
    if (linecache == NULL) {
        return -1;
    }
    HsObject *saved = HsErr_GetRaisedException();
    HsObject *num = HsLong_FromLong(lineno);
    HsObject *args[2] = {co->co_filename, num};
    HsObject *r = num != NULL ? call_linecache(linecache, "checkcache", args, 1) : NULL;
    Hs_XDECREF(r);
    HsObject *line = r != NULL ? call_linecache(linecache, "getline", args, 2) : NULL;
    Hs_XDECREF(num);
    Hs_DECREF(linecache);
    int found = -1;
    const char *text = line != NULL && HsUnicode_Check(line) ? HsUnicode_AsUTF8(line) : NULL;
    if (text != NULL) {
        snprintf(buf, cap, "%s", text);
        buf[strcspn(buf, "\r\n")] = '\0';
        found = text[0] != '\0';
    }
    Hs_XDECREF(line);
    HsErr_Clear();
    HsErr_SetRaisedException(saved);
    return found;
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

/* The source line (stripped, 4-space margin) and, when it helps, the caret line; each line
 * starts with 'margin' (an exception group's "  | "). The traceback module's format
 * ('module_format') reads lines through linecache as CPython's traceback.py does; the
 * uncaught-exception report reads the file, as CPython's C printer (which skips "<...>"
 * names and never looks at linecache). */
static void print_source(FILE *out, HsCodeObject *co, int lasti_units, int lineno,
                         const char *margin, int module_format) {
    if (hs_vm_is_finalizing() > 1) {
        return; /* as CPython, whose source display cannot import io once modules are gone */
    }
    const char *filename = HsUnicode_AsUTF8(co->co_filename);
    char line[4096];
    if (filename == NULL || lineno < 1) {
        HsErr_Clear();
        return;
    }
    int found = module_format ? linecache_line(co, lineno, line, sizeof line) : -1;
    if (found == 0 || (found < 0 && !read_source_line(filename, lineno, line, sizeof line))) {
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
    fprintf(out, "%s    %s\n", margin, line + indent);
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
    fprintf(out, "%s    ", margin);
    for (int off = char_offset(line, indent) + 1; off <= end; off++) {
        const char *ch = off <= start ? " " : special && left < off && off <= right ? "^"
                                      : special                                     ? "~"
                                                                                    : "^";
        fputs(ch, out);
    }
    fputc('\n', out);
}

/* ==== printing: the context of one report ==== */

/* CPython 3.11's limits on printing nested exception groups (PyErr_MAX_GROUP_WIDTH/DEPTH). */
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

/* One uncaught-exception report (CPython: struct exception_print_context). Lines of an
 * exception inside a group start with 2*depth spaces and "| "; 'seen' holds the exceptions
 * already printed (borrowed: the reported exception keeps them alive), so chains that loop
 * print each exception once. */
typedef struct PrintCtx {
    FILE *out;
    int depth;      /* exception_group_depth */
    int need_close; /* the last member of a group still owes its closing line */
    HsObject **seen;
    Hs_ssize_t nseen, capseen;
    int module_format; /* the traceback module's format: no "Did you mean" (3.11) */
    int has_limit;     /* print at most 'limit' entries (the last -limit if negative) */
    long limit;
} PrintCtx;

static void write_indented_margin(PrintCtx *ctx) {
    fprintf(ctx->out, "%*s%s", 2 * ctx->depth, "", ctx->depth > 0 ? "| " : "");
}

/* The margin as a string, for the lines of source and carets. */
static const char *margin_text(PrintCtx *ctx, char *buf, size_t cap) {
    snprintf(buf, cap, "%*s%s", 2 * ctx->depth, "", ctx->depth > 0 ? "| " : "");
    return buf;
}

static int is_seen(PrintCtx *ctx, HsObject *exc);

/* Record 'exc' as printed; 0, or -1 when memory ran out (then chains are not followed). */
static int add_seen(PrintCtx *ctx, HsObject *exc) {
    if (is_seen(ctx, exc)) {
        return 0;
    }
    if (ctx->nseen == ctx->capseen) {
        Hs_ssize_t cap = ctx->capseen == 0 ? 16 : ctx->capseen * 2;
        HsObject **grown = realloc(ctx->seen, (size_t)cap * sizeof(HsObject *));
        if (grown == NULL) {
            return -1;
        }
        ctx->seen = grown;
        ctx->capseen = cap;
    }
    ctx->seen[ctx->nseen++] = exc;
    return 0;
}

/* 1 if 'exc' (borrowed) is in the seen list. */
static int is_seen(PrintCtx *ctx, HsObject *exc) {
    for (Hs_ssize_t i = 0; i < ctx->nseen; i++) {
        if (ctx->seen[i] == exc) {
            return 1;
        }
    }
    return 0;
}

static int is_group(HsObject *exc) {
    return HsType_IsSubtype(Hs_TYPE(exc), (HsTypeObject *)HsExc_BaseExceptionGroup);
}

/* ==== printing: frames ==== */

/* The code object of a traceback entry's frame. Return: borrowed. */
static HsCodeObject *tb_code(TracebackObject *tb) {
    return ((HsFrameObject *)tb->tb_frame)->f_frame->f_code;
}

static void print_entry(PrintCtx *ctx, TracebackObject *tb) {
    HsCodeObject *co = tb_code(tb);
    char margin[64];
    margin_text(ctx, margin, sizeof margin);
    fprintf(ctx->out, "%s  File \"%s\", line %d, in %s\n", margin,
            HsUnicode_AsUTF8(co->co_filename), tb->tb_lineno, HsUnicode_AsUTF8(co->co_name));
    print_source(ctx->out, co, tb->tb_lasti / (int)sizeof(hs_codeunit), tb->tb_lineno, margin,
                 ctx->module_format);
}

static int same_place(TracebackObject *a, TracebackObject *b) {
    HsCodeObject *ca = tb_code(a), *cb = tb_code(b);
    return a->tb_lineno == b->tb_lineno && hs_str_eq(ca->co_filename, cb->co_filename) &&
           hs_str_eq(ca->co_name, cb->co_name);
}

/* "[Previous line repeated N more times]"; 3.11 writes it without the group margin. */
static void print_repeated(FILE *out, long repeats) {
    long more = repeats - 3;
    fprintf(out, "  [Previous line repeated %ld more time%s]\n", more, more > 1 ? "s" : "");
}

/* The entries of 'tbo' to print: all, or as the traceback module's limit selects (walk_tb
 * then islice for limit >= 0, a deque of the last -limit otherwise). Sets *first and
 * returns how many. */
static long select_entries(PrintCtx *ctx, HsObject *tbo, TracebackObject **first) {
    long count = 0;
    for (TracebackObject *tb = (TracebackObject *)tbo; tb != NULL;
         tb = (TracebackObject *)tb->tb_next) {
        count++;
    }
    *first = (TracebackObject *)tbo;
    if (!ctx->has_limit) {
        return count;
    }
    long take = ctx->limit >= 0 ? ctx->limit : -ctx->limit;
    if (take > count) {
        take = count;
    }
    for (long skip = ctx->limit >= 0 ? 0 : count - take; skip > 0; skip--) {
        *first = (TracebackObject *)(*first)->tb_next;
    }
    return take;
}

/* 'n' entries from 'first'; repeated identical lines collapse after three
 * (tb_print_internal). */
static void print_entries(PrintCtx *ctx, TracebackObject *first, long n) {
    TracebackObject *prev = NULL;
    long repeats = 0;
    for (TracebackObject *tb = first; tb != NULL && n > 0;
         tb = (TracebackObject *)tb->tb_next, n--) {
        if (prev != NULL && same_place(prev, tb)) {
            repeats++;
        } else {
            if (repeats > 3) {
                print_repeated(ctx->out, repeats);
            }
            repeats = 1;
        }
        prev = tb;
        if (repeats <= 3) {
            print_entry(ctx, tb);
        }
    }
    if (repeats > 3) {
        print_repeated(ctx->out, repeats);
    }
}

/* CPython's _PyTraceBack_Print_Indented: the header, then the entries (none at all when a
 * limit leaves no entry, as the traceback module). */
static void print_tb(PrintCtx *ctx, HsObject *tbo, int group) {
    TracebackObject *first;
    long n = select_entries(ctx, tbo, &first);
    if (n == 0) {
        return;
    }
    const char *header_margin = ctx->depth == 0 ? "" : group && ctx->depth == 1 ? "+ " : "| ";
    fprintf(ctx->out, "%*s%s%s", 2 * ctx->depth, "", header_margin,
            group ? "Exception Group Traceback (most recent call last):\n"
                  : "Traceback (most recent call last):\n");
    print_entries(ctx, first, n);
}

/* ==== printing: the exception line and notes ==== */

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

/* Write str(attr 'name' of 'type'), or 'fallback' when it is missing or not a str. */
static void write_type_attr(FILE *out, HsTypeObject *type, const char *name,
                            const char *fallback) {
    HsObject *v = HsObject_GetAttrString((HsObject *)type, name);
    const char *text = v != NULL && HsUnicode_Check(v) ? HsUnicode_AsUTF8(v) : NULL;
    HsErr_Clear();
    fputs(text != NULL ? text : fallback, out);
    Hs_XDECREF(v);
}

/* "module.Qualname: message" (CPython 3.11: print_exception_message); the module is left
 * out for builtins and __main__, the colon for an empty message. 'value' is what str() is
 * taken of (a SyntaxError's msg). */
static void print_exception_message(PrintCtx *ctx, HsTypeObject *type, HsObject *value) {
    FILE *out = ctx->out;
    write_indented_margin(ctx);
    HsObject *mod = HsObject_GetAttrString((HsObject *)type, "__module__");
    if (mod == NULL || !HsUnicode_Check(mod)) {
        fputs("<unknown>.", out);
    } else if (!hs_str_eq_ascii(mod, "builtins") && !hs_str_eq_ascii(mod, "__main__")) {
        const char *m = HsUnicode_AsUTF8(mod);
        fprintf(out, "%s.", m != NULL ? m : "<unknown>");
    }
    HsErr_Clear();
    Hs_XDECREF(mod);
    write_type_attr(out, type, "__qualname__", "<unknown>");
    if (value == Hs_None) {
        return;
    }
    HsObject *s = HsObject_Str(value);
    if (s == NULL) {
        HsErr_Clear();
        fputs(": <exception str() failed>", out);
        return;
    }
    const char *text = HsUnicode_AsUTF8(s);
    if (text == NULL) {
        HsErr_Clear();
    } else if (text[0] != '\0') {
        fprintf(out, ": %s", text);
    }
    Hs_DECREF(s);
}

/* Write one note: str() of it, each of its lines behind the margin (CPython 3.11:
 * print_exception_notes). */
static void print_note(PrintCtx *ctx, HsObject *note) {
    HsObject *s = HsObject_Str(note);
    const char *text = s != NULL ? HsUnicode_AsUTF8(s) : NULL;
    if (text == NULL) {
        HsErr_Clear();
        fputs("<note str() failed>", ctx->out);
    } else {
        const char *p = text;
        do {
            const char *nl = strchr(p, '\n');
            size_t len = nl != NULL ? (size_t)(nl - p) + 1 : strlen(p);
            write_indented_margin(ctx);
            fwrite(p, 1, len, ctx->out);
            p += len;
        } while (*p != '\0');
    }
    Hs_XDECREF(s);
    fputc('\n', ctx->out);
}

/* CPython's PySequence_Check: indexable and not a dict. */
static int is_sequence(HsObject *o) {
    HsTypeObject *tp = Hs_TYPE(o);
    return !HsType_HasFeature(tp, HS_TPFLAGS_DICT_SUBCLASS) && tp->tp_as_sequence != NULL &&
           tp->tp_as_sequence->sq_item != NULL;
}

/* The notes of 'exc' (its __notes__), after the exception line: each item of a sequence
 * (even a str), or the repr of anything else with no newline after it, as 3.11 does. */
static void print_notes(PrintCtx *ctx, HsObject *exc) {
    HsObject *name = hs_exc_name_notes(), *notes = NULL;
    if (name == NULL || HsObject_LookupAttr(exc, name, &notes) <= 0) {
        HsErr_Clear();
        return;
    }
    if (!is_sequence(notes)) {
        write_indented_margin(ctx);
        HsObject *r = HsObject_Repr(notes);
        const char *text = r != NULL ? HsUnicode_AsUTF8(r) : NULL;
        HsErr_Clear();
        fputs(text != NULL ? text : "<__notes__ repr() failed>", ctx->out);
        Hs_XDECREF(r);
        Hs_DECREF(notes);
        return;
    }
    Hs_ssize_t n = HsObject_Size(notes);
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsObject *note = HsSequence_GetItem(notes, i);
        if (note == NULL) {
            break;
        }
        print_note(ctx, note);
        Hs_DECREF(note);
    }
    HsErr_Clear();
    Hs_DECREF(notes);
}

/* SyntaxError's "  File ..., line N", its source line and caret; 0 if it lacks them. */
static int print_syntax_location(PrintCtx *ctx, HsObject *exc) {
    FILE *out = ctx->out;
    HsSyntaxErrorObject *se = (HsSyntaxErrorObject *)exc;
    if (se->filename == NULL || !HsUnicode_Check(se->filename) || se->lineno == NULL) {
        return 0;
    }
    write_indented_margin(ctx);
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
            fprintf(out, "    %*s", (int)col, "");
            for (long i = 0; i < width; i++) {
                fputc('^', out);
            }
            fputc('\n', out);
        }
    }
    HsErr_Clear();
    return 1;
}

/* CPython 3.11's print_exception: traceback, exception line, suggestion, notes. */
static void print_exception(PrintCtx *ctx, HsObject *exc) {
    HsObject *tb = ((HsBaseExceptionObject *)exc)->traceback;
    if (tb != NULL && tb != Hs_None) {
        print_tb(ctx, tb, is_group(exc));
    }
    HsObject *value = exc;
    if (HsType_IsSubtype(Hs_TYPE(exc), (HsTypeObject *)HsExc_SyntaxError) &&
        print_syntax_location(ctx, exc)) {
        HsObject *msg = ((HsSyntaxErrorObject *)exc)->msg;
        value = msg != NULL ? msg : Hs_None;
    }
    print_exception_message(ctx, Hs_TYPE(exc), value);
    if (value == exc && !ctx->module_format) {
        print_suggestion(ctx->out, exc);
    }
    fputc('\n', ctx->out);
    print_notes(ctx, exc);
}

/* ==== printing: chains and groups ==== */

static void print_recursive(PrintCtx *ctx, HsObject *exc);

/* The cause or context, then the sentence linking it to what follows (print_chained). */
static void print_chained(PrintCtx *ctx, HsObject *exc, const char *message) {
    int need_close = ctx->need_close;
    print_recursive(ctx, exc);
    ctx->need_close = need_close;
    write_indented_margin(ctx);
    fputc('\n', ctx->out);
    write_indented_margin(ctx);
    fputs(message, ctx->out);
    write_indented_margin(ctx);
    fputc('\n', ctx->out);
}

/* Record 'exc', then print its cause, or else its unsuppressed context, unless that was
 * printed already (CPython: print_exception_cause_and_context). */
static void print_cause_and_context(PrintCtx *ctx, HsObject *exc) {
    HsBaseExceptionObject *e = (HsBaseExceptionObject *)exc;
    if (add_seen(ctx, exc) < 0) {
        return;
    }
    if (e->cause != NULL) {
        if (!is_seen(ctx, e->cause)) {
            print_chained(ctx, e->cause, "The above exception was the direct cause of the "
                                         "following exception:\n");
        }
    } else if (e->context != NULL && !e->suppress_context && !is_seen(ctx, e->context)) {
        print_chained(ctx, e->context, "During handling of the above exception, another "
                                       "exception occurred:\n");
    }
}

/* One member line of a group box: "+-+---- 1 ----" for the first, "  +---- 2 ----" after. */
static void print_group_member(PrintCtx *ctx, HsObject *excs, Hs_ssize_t i, Hs_ssize_t n) {
    int truncated = i >= MAX_GROUP_WIDTH;
    fprintf(ctx->out, "%*s", 2 * ctx->depth, "");
    if (truncated) {
        fprintf(ctx->out, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
    } else {
        fprintf(ctx->out, "%s+---------------- %zd ----------------\n", i == 0 ? "+-" : "  ",
                i + 1);
    }
    ctx->depth++;
    if (!truncated) {
        print_recursive(ctx, HS_TUPLE_GET(excs, i));
    } else {
        Hs_ssize_t remaining = Hs_SIZE(excs) - MAX_GROUP_WIDTH;
        write_indented_margin(ctx);
        fprintf(ctx->out, "and %zd more exception%s\n", remaining, remaining > 1 ? "s" : "");
    }
    if (i == n - 1 && ctx->need_close) {
        fprintf(ctx->out, "%*s+------------------------------------\n", 2 * ctx->depth, "");
        ctx->need_close = 0;
    }
    ctx->depth--;
}

/* CPython 3.11's print_exception_group: the group itself, then each member in its box. */
static void print_group(PrintCtx *ctx, HsObject *exc) {
    if (ctx->depth > MAX_GROUP_DEPTH) {
        write_indented_margin(ctx);
        fprintf(ctx->out, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    if (ctx->depth == 0) {
        ctx->depth = 1;
    }
    print_exception(ctx, exc);
    HsObject *excs = ((HsBaseExceptionGroupObject *)exc)->excs;
    Hs_ssize_t num = Hs_SIZE(excs), n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    ctx->need_close = 0;
    for (Hs_ssize_t i = 0; i < n; i++) {
        if (i == n - 1) {
            ctx->need_close = 1; /* a nested group may draw the closing line instead */
        }
        print_group_member(ctx, excs, i, n);
    }
    if (ctx->depth == 1) {
        ctx->depth = 0;
    }
}

/* Chain first, then the exception or group itself (print_exception_recursive). */
static void print_recursive(PrintCtx *ctx, HsObject *exc) {
    if (HsEnter_RecursiveCall(" in print_exception_recursive") < 0) {
        HsErr_Clear();
        return;
    }
    print_cause_and_context(ctx, exc);
    if (is_group(exc) && ((HsBaseExceptionGroupObject *)exc)->excs != NULL) {
        print_group(ctx, exc);
    } else {
        print_exception(ctx, exc);
    }
    HsLeave_RecursiveCall();
}

void hs_vm_format_exception(HsObject *exc, FILE *out, int chain, int only, int has_limit,
                            long limit) {
    PrintCtx ctx = {.out = out, .module_format = 1, .has_limit = has_limit, .limit = limit};
    HsObject *saved = HsErr_GetRaisedException();
    if (only) {
        HsObject *tb = ((HsBaseExceptionObject *)exc)->traceback;
        ((HsBaseExceptionObject *)exc)->traceback = NULL; /* borrowed back below */
        print_exception(&ctx, exc);
        ((HsBaseExceptionObject *)exc)->traceback = tb;
    } else if (chain) {
        print_recursive(&ctx, exc);
    } else if (is_group(exc) && ((HsBaseExceptionGroupObject *)exc)->excs != NULL) {
        (void)add_seen(&ctx, exc);
        print_group(&ctx, exc);
    } else {
        print_exception(&ctx, exc);
    }
    free(ctx.seen);
    HsErr_SetRaisedException(saved);
}

void hs_vm_format_tb_entries(HsObject *tb, FILE *out, int has_limit, long limit) {
    PrintCtx ctx = {.out = out, .module_format = 1, .has_limit = has_limit, .limit = limit};
    TracebackObject *first;
    long n = select_entries(&ctx, tb, &first);
    print_entries(&ctx, first, n);
}

void hs_vm_format_frame_entry(FILE *out, HsCodeObject *co, int lasti, int lineno) {
    fprintf(out, "  File \"%s\", line %d, in %s\n", HsUnicode_AsUTF8(co->co_filename), lineno,
            HsUnicode_AsUTF8(co->co_name));
    print_source(out, co, lasti / (int)sizeof(hs_codeunit), lineno, "", 1);
}

void hs_vm_print_exception(HsObject *exc, FILE *out) {
    fflush(stdout);
    PrintCtx ctx = {.out = out};
    HsObject *saved = HsErr_GetRaisedException();
    print_recursive(&ctx, exc);
    free(ctx.seen);
    HsErr_SetRaisedException(saved);
    fflush(out);
}
