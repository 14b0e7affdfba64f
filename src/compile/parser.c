/* Parser core: token buffer, error reporting, small AST helpers and the entry point
 * hs_comp_parse (CPython: Parser/pegen.c, Parser/pegen_errors.c, Parser/action_helpers.c).
 * The parser is hand-written recursive descent over a token array filled lazily from the
 * tokenizer; 'fill' is how far it has read, which is where CPython reports a generic
 * "invalid syntax". Only the first error is kept. After a parser error the rest of the
 * source is tokenized so that a tokenizer error later in the file wins, as in CPython's
 * _PyPegen_tokenize_full_source_to_check_for_errors. See docs/internals/parser.md. */
#include "internal/hs_compile_parser.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_unicode.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ==== constants and types ==== */
static const char *const keywords[] = {
    "",      "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",
    "break", "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",
    "for",   "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal",
    "not",   "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

/* ==== tokens ==== */

static HsKeyword keyword_of(const HsToken *t) {
    if (t->len < 2 || t->len > 8) {
        return HS_KW_NONE_;
    }
    for (size_t i = 1; i < sizeof keywords / sizeof keywords[0]; i++) {
        if (strlen(keywords[i]) == t->len && memcmp(keywords[i], t->start, t->len) == 0) {
            return (HsKeyword)i;
        }
    }
    return HS_KW_NONE_;
}

/* Read one more token into p->toks. On a tokenizer error record it and store an
 * ERRORTOKEN, so every later peek sees the same failure. */
static int fill_one(HsParser *p) {
    if (p->fill == p->nchunks * HS_P_CHUNK) {
        HsPTok **nc = hs_mem_raw_realloc(p->chunks, sizeof(HsPTok *) * (size_t)(p->nchunks + 1));
        if (nc == NULL) {
            return -1;
        }
        p->chunks = nc;
        if ((nc[p->nchunks] = hs_mem_raw_malloc(sizeof(HsPTok) * HS_P_CHUNK)) == NULL) {
            return -1;
        }
        p->nchunks++;
    }
    HsPTok *t = HS_P_TOK(p, p->fill);
    memset(t, 0, sizeof *t);
    if (p->fill > 0 && (HS_P_TOK(p, p->fill - 1)->t.type == HS_TOK_ENDMARKER ||
                        HS_P_TOK(p, p->fill - 1)->t.type == HS_TOK_ERRORTOKEN)) {
        *t = *HS_P_TOK(p, p->fill - 1);
        p->fill++;
        return 0;
    }
    HsCompileError e = {0};
    if (hs_comp_tokenizer_next(p->tz, &t->t, &e) < 0) {
        if (!p->failed) {
            hs_comp_error_clear(p->err);
            *p->err = e;
            if (p->fstring) {
                memcpy(p->err->msg, "f-string: ", 10);
                snprintf(p->err->msg + 10, sizeof p->err->msg - 10, "%.300s", e.msg);
            }
            if (p->err->text == NULL && p->err->lineno > 0) {
                size_t ll;
                const char *line = hs_comp_tokenizer_line(p->line_tz, p->err->lineno, &ll);
                if (line != NULL && (p->err->text = hs_mem_raw_malloc(ll + 2)) != NULL) {
                    memcpy(p->err->text, line, ll);
                    memcpy(p->err->text + ll, "\n", 2);
                }
            }
            p->failed = 1;
            p->tok_failed = 1;
        } else {
            hs_comp_error_clear(&e);
        }
        t->t.type = HS_TOK_ERRORTOKEN;
        t->t.start = "";
        t->t.len = 0;
        t->kw = HS_KW_NONE_;
        t->t.lineno = -1; /* marks a tokenizer failure, never a real '$' */
    } else {
        t->kw = t->t.type == HS_TOK_NAME ? keyword_of(&t->t) : HS_KW_NONE_;
    }
    p->fill++;
    return 0;
}

HsPTok *hs_comp_p_peek(HsParser *p, int ahead) {
    while (p->pos + ahead >= p->fill) {
        if (fill_one(p) < 0) {
            hs_comp_p_error(p, HS_COMP_ERR_MEMORY, 0, 0, 0, 0, "out of memory");
            p->fill = p->fill > 0 ? p->fill : 0;
            static HsPTok oom;
            oom.t.type = HS_TOK_ERRORTOKEN;
            oom.t.start = "";
            oom.t.lineno = -1;
            return &oom;
        }
    }
    return HS_P_TOK(p, p->pos + ahead);
}

void hs_comp_p_free_tokens(HsParser *p) {
    for (int i = 0; i < p->nchunks; i++) {
        hs_mem_raw_free(p->chunks[i]);
    }
    hs_mem_raw_free(p->chunks);
    p->chunks = NULL;
    p->nchunks = 0;
}

HsPTok *hs_comp_p_next(HsParser *p) {
    HsPTok *t = hs_comp_p_peek(p, 0);
    if (t->t.type != HS_TOK_ENDMARKER && t->t.type != HS_TOK_ERRORTOKEN) {
        p->pos++;
    } else if (t->t.type == HS_TOK_ERRORTOKEN && t->t.lineno != -1) {
        p->pos++;
    }
    return t;
}

HsPTok *hs_comp_p_prev(HsParser *p) {
    return HS_P_TOK(p, p->pos > 0 ? p->pos - 1 : 0);
}

int hs_comp_p_at(HsParser *p, HsTokenType type) {
    HsPTok *t = hs_comp_p_peek(p, 0);
    return t->t.type == type && t->kw == HS_KW_NONE_;
}

int hs_comp_p_at_kw(HsParser *p, HsKeyword kw) {
    return hs_comp_p_peek(p, 0)->kw == kw;
}

int hs_comp_p_accept(HsParser *p, HsTokenType type) {
    if (hs_comp_p_at(p, type)) {
        hs_comp_p_next(p);
        return 1;
    }
    return 0;
}

int hs_comp_p_accept_kw(HsParser *p, HsKeyword kw) {
    if (hs_comp_p_at_kw(p, kw)) {
        hs_comp_p_next(p);
        return 1;
    }
    return 0;
}

HsPTok *hs_comp_p_expect(HsParser *p, HsTokenType type) {
    if (hs_comp_p_at(p, type)) {
        return hs_comp_p_next(p);
    }
    return hs_comp_p_syntax_error(p);
}

HsPTok *hs_comp_p_expect_forced(HsParser *p, HsTokenType type, const char *what) {
    if (hs_comp_p_at(p, type)) {
        return hs_comp_p_next(p);
    }
    if (p->failed) {
        return NULL;
    }
    HsPTok *t = hs_comp_p_peek(p, 0);
    return hs_comp_p_error(p, HS_COMP_ERR_SYNTAX, t->t.lineno, t->t.col_offset, t->t.lineno,
                           t->t.col_offset, "expected '%s'", what);
}

/* ==== errors ==== */

static int chars_upto(const char *line, size_t ll, int bytes) {
    if (bytes < 0) {
        return bytes;
    }
    if ((size_t)bytes > ll + 1) {
        bytes = (int)ll + 1;
    }
    int n = 0;
    for (int i = 0; i < bytes; i++) {
        if (i >= (int)ll || ((unsigned char)line[i] & 0xC0) != 0x80) {
            n++;
        }
    }
    return n;
}

static void verror(HsParser *p, HsCompileErrorKind kind, int lineno, int col, int end_lineno,
                   int end_col, const char *fmt, va_list ap) {
    if (p->failed) {
        return;
    }
    p->failed = 1;
    HsCompileError *err = p->err;
    hs_comp_error_clear(err);
    err->kind = kind;
    int n = 0;
    if (p->fstring && kind != HS_COMP_ERR_MEMORY && kind != HS_COMP_ERR_RECURSION) {
        n = snprintf(err->msg, sizeof err->msg, "f-string: ");
    }
    vsnprintf(err->msg + n, sizeof err->msg - (size_t)n, fmt, ap);
    snprintf(err->filename, sizeof err->filename, "%s", p->filename);
    if (kind == HS_COMP_ERR_MEMORY || kind == HS_COMP_ERR_RECURSION) {
        return;
    }
    err->lineno = lineno;
    err->end_lineno = end_lineno;
    if (p->fstring) {
        col -= p->fcol_base;
        end_col -= p->fcol_base;
    }
    size_t ll = 0;
    const char *line = hs_comp_tokenizer_line(p->line_tz, lineno, &ll);
    if (line == NULL) {
        err->offset = col + 1;
        err->end_offset = end_col + 1;
        return;
    }
    err->offset = chars_upto(line, ll, col + 1);
    size_t el = 0;
    const char *eline = hs_comp_tokenizer_line(p->line_tz, end_lineno, &el);
    err->end_offset = eline != NULL ? chars_upto(eline, el, end_col + 1) : end_col + 1;
    if (end_col == -2) {
        err->end_offset = -1; /* no end column (CPython's -1) */
    }
    err->text = hs_mem_raw_malloc(ll + 2);
    if (err->text != NULL) {
        memcpy(err->text, line, ll);
        memcpy(err->text + ll, "\n", 2);
    }
}

void *hs_comp_p_error(HsParser *p, HsCompileErrorKind kind, int lineno, int col, int end_lineno,
                      int end_col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(p, kind, lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *hs_comp_p_error_tok(HsParser *p, const HsPTok *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    /* CPython's ENDMARKER has no column: errors located at it report offset 0 */
    int end = t->t.type == HS_TOK_ENDMARKER;
    verror(p, HS_COMP_ERR_SYNTAX, t->t.lineno, end ? -1 : t->t.col_offset, t->t.end_lineno,
           end ? -1 : t->t.end_col_offset, fmt, ap);
    va_end(ap);
    return NULL;
}

void *hs_comp_p_error_expr(HsParser *p, const HsAstExpr *e, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(p, HS_COMP_ERR_SYNTAX, e->pos.lineno, e->pos.col_offset, e->pos.end_lineno,
           e->pos.end_col_offset, fmt, ap);
    va_end(ap);
    return NULL;
}

void *hs_comp_p_error_range(HsParser *p, const HsAstPos *a, const HsAstPos *b, const char *fmt,
                            ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(p, HS_COMP_ERR_SYNTAX, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset, fmt,
           ap);
    va_end(ap);
    return NULL;
}

void *hs_comp_p_syntax_error(HsParser *p) {
    if (p->fill == 0) {
        hs_comp_p_peek(p, 0);
    }
    return hs_comp_p_syntax_error_at(p, p->fill);
}

void hs_comp_p_chain(HsParser *p, int n) {
    if (p->depth + n > HS_COMP_MAX_DEPTH) {
        p->too_deep = 1;
    }
}

int hs_comp_p_starts_expr(HsParser *p) {
    HsPTok *t = hs_comp_p_peek(p, 0);
    switch (t->t.type) {
    case HS_TOK_NAME:
        return t->kw == HS_KW_NONE_ || t->kw == HS_KW_NONE || t->kw == HS_KW_TRUE ||
               t->kw == HS_KW_FALSE || t->kw == HS_KW_NOT || t->kw == HS_KW_LAMBDA ||
               t->kw == HS_KW_AWAIT;
    case HS_TOK_NUMBER:
    case HS_TOK_STRING:
    case HS_TOK_LPAR:
    case HS_TOK_LSQB:
    case HS_TOK_LBRACE:
    case HS_TOK_MINUS:
    case HS_TOK_PLUS:
    case HS_TOK_TILDE:
    case HS_TOK_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

void *hs_comp_p_syntax_error_at(HsParser *p, int fill) {
    if (p->failed) {
        return NULL;
    }
    HsPTok *t = HS_P_TOK(p, fill > 0 ? fill - 1 : 0);
    if (t->t.type == HS_TOK_INDENT || t->t.type == HS_TOK_DEDENT) {
        return hs_comp_p_error(
            p, HS_COMP_ERR_INDENT, t->t.lineno, t->t.col_offset - 1, t->t.lineno, -2,
            t->t.type == HS_TOK_INDENT ? "unexpected indent" : "unexpected unindent");
    }
    return hs_comp_p_error_tok(p, t, "invalid syntax");
}

int hs_comp_p_enter(HsParser *p) {
    if (++p->depth > HS_COMP_MAX_RECURSION) {
        if (!p->failed || p->err->kind != HS_COMP_ERR_MEMORY) {
            p->failed = 0; /* CPython's MemoryError wins over anything found so far */
            hs_comp_p_error(p, HS_COMP_ERR_MEMORY, 0, 0, 0, 0, "too complex");
        }
        return -1;
    }
    if (p->depth > HS_COMP_MAX_DEPTH) {
        p->too_deep = 1; /* RecursionError, unless a SyntaxError or MemoryError comes */
    }
    return 0;
}

void hs_comp_p_leave(HsParser *p) {
    p->depth--;
}

/* ==== AST helpers ==== */

void *hs_comp_p_alloc(HsParser *p, size_t n) {
    void *r = hs_comp_arena_alloc(p->arena, n);
    if (r == NULL) {
        hs_comp_p_error(p, HS_COMP_ERR_MEMORY, 0, 0, 0, 0, "out of memory");
    }
    return r;
}

int hs_comp_vec_push(HsParser *p, HsVec *v, void *item) {
    if (v->n == v->cap) {
        int ncap = v->cap ? v->cap * 2 : 4;
        void **ni = hs_comp_p_alloc(p, sizeof(void *) * (size_t)ncap);
        if (ni == NULL) {
            return -1;
        }
        if (v->n > 0) {
            memcpy(ni, v->items, sizeof(void *) * (size_t)v->n);
        }
        v->items = ni;
        v->cap = ncap;
    }
    v->items[v->n++] = item;
    return 0;
}

HsAstSeq *hs_comp_vec_seq(HsParser *p, const HsVec *v) {
    HsAstSeq *s = hs_comp_seq_new(p->arena, v->n);
    if (s == NULL) {
        return hs_comp_p_error(p, HS_COMP_ERR_MEMORY, 0, 0, 0, 0, "out of memory");
    }
    for (int i = 0; i < v->n; i++) {
        s->items[i] = v->items[i];
    }
    return s;
}

/* A non-ASCII identifier in NFKC form, as CPython's parser normalises it (PEP 3131): 'ﬁ'
 * is 'fi'. Return: arena string, or NULL when out of memory. */
static char *nfkc_ident(HsParser *p, const char *src, size_t len) {
    uint32_t *cps = hs_mem_raw_malloc((len + 1) * sizeof(uint32_t));
    uint32_t *norm = hs_mem_raw_malloc((len + 1) * HS_UNI_NORM_MAX_EXPANSION * sizeof(uint32_t));
    char *out = NULL;
    if (cps != NULL && norm != NULL) {
        Hs_ssize_t n = 0;
        for (size_t i = 0; i < len;) { /* the tokenizer checked the UTF-8 */
            unsigned char c = (unsigned char)src[i];
            int k = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
            uint32_t v = k == 1 ? c : k == 2 ? c & 0x1f : k == 3 ? c & 0x0f : c & 0x07;
            for (int j = 1; j < k && i + (size_t)j < len; j++) {
                v = (v << 6) | ((unsigned char)src[i + (size_t)j] & 0x3f);
            }
            cps[n++] = v;
            i += (size_t)k;
        }
        Hs_ssize_t m = hs_uni_normalize(HS_UNI_NFKC, cps, n, norm);
        char *buf = hs_mem_raw_malloc((size_t)m * 4 + 1);
        if (buf != NULL) {
            size_t o = 0;
            for (Hs_ssize_t i = 0; i < m; i++) {
                uint32_t c = norm[i];
                if (c < 0x80) {
                    buf[o++] = (char)c;
                } else if (c < 0x800) {
                    buf[o++] = (char)(0xc0 | (c >> 6));
                    buf[o++] = (char)(0x80 | (c & 0x3f));
                } else if (c < 0x10000) {
                    buf[o++] = (char)(0xe0 | (c >> 12));
                    buf[o++] = (char)(0x80 | ((c >> 6) & 0x3f));
                    buf[o++] = (char)(0x80 | (c & 0x3f));
                } else {
                    buf[o++] = (char)(0xf0 | (c >> 18));
                    buf[o++] = (char)(0x80 | ((c >> 12) & 0x3f));
                    buf[o++] = (char)(0x80 | ((c >> 6) & 0x3f));
                    buf[o++] = (char)(0x80 | (c & 0x3f));
                }
            }
            out = hs_comp_arena_strndup(p->arena, buf, o);
            hs_mem_raw_free(buf);
        }
    }
    hs_mem_raw_free(cps);
    hs_mem_raw_free(norm);
    return out;
}

const char *hs_comp_p_ident(HsParser *p, const HsPTok *t) {
    int ascii = 1;
    for (size_t i = 0; i < t->t.len && ascii; i++) {
        ascii = (unsigned char)t->t.start[i] < 0x80;
    }
    char *s = ascii ? hs_comp_arena_strndup(p->arena, t->t.start, t->t.len)
                    : nfkc_ident(p, t->t.start, t->t.len);
    if (s == NULL) {
        hs_comp_p_error(p, HS_COMP_ERR_MEMORY, 0, 0, 0, 0, "out of memory");
    }
    return s;
}

HsAstPos hs_comp_pos_tok(const HsPTok *a, const HsPTok *b) {
    HsAstPos r = {a->t.lineno, a->t.col_offset, b->t.end_lineno, b->t.end_col_offset};
    return r;
}

HsAstPos hs_comp_pos_join(const HsAstPos *a, const HsAstPos *b) {
    HsAstPos r = {a->lineno, a->col_offset, b->end_lineno, b->end_col_offset};
    return r;
}

HsAstPos hs_comp_pos_to_prev(HsParser *p, int lineno, int col) {
    HsPTok *t = hs_comp_p_prev(p);
    HsAstPos r = {lineno, col, t->t.end_lineno, t->t.end_col_offset};
    return r;
}

HsAstPos hs_comp_pos_from(HsParser *p, int start) {
    HsPTok *t = HS_P_TOK(p, start);
    return hs_comp_pos_to_prev(p, t->t.lineno, t->t.col_offset);
}

HsAstExpr *hs_comp_p_expr(HsParser *p, HsAstExprKind kind, HsAstPos pos) {
    HsAstExpr *e = hs_comp_expr_new(p->arena, kind, pos);
    if (e == NULL) {
        hs_comp_p_error(p, HS_COMP_ERR_MEMORY, 0, 0, 0, 0, "out of memory");
    }
    return e;
}

HsAstStmt *hs_comp_p_stmt(HsParser *p, HsAstStmtKind kind, HsAstPos pos) {
    HsAstStmt *s = hs_comp_stmt_new(p->arena, kind, pos);
    if (s == NULL) {
        hs_comp_p_error(p, HS_COMP_ERR_MEMORY, 0, 0, 0, 0, "out of memory");
    }
    return s;
}

/* ==== entry point ==== */

/* After a parser error, read the rest of the file: a tokenizer error there replaces it
 * (an unclosed bracket only when it opened before the error's line). */
static void check_rest(HsParser *p) {
    HsCompileError e = {0};
    HsToken t;
    for (int guard = 0; guard < 10000000; guard++) {
        if (p->fill > 0 && (HS_P_TOK(p, p->fill - 1)->t.type == HS_TOK_ENDMARKER)) {
            return;
        }
        if (hs_comp_tokenizer_next(p->tz, &t, &e) < 0) {
            break;
        }
        if (t.type == HS_TOK_ENDMARKER) {
            return;
        }
    }
    size_t ml = strlen(e.msg), sl = strlen("was never closed");
    int unclosed = ml > sl && strcmp(e.msg + ml - sl, "was never closed") == 0;
    if (!unclosed || p->err->lineno > e.lineno) {
        hs_comp_error_clear(p->err);
        *p->err = e;
        size_t ll;
        const char *line = hs_comp_tokenizer_line(p->line_tz, e.lineno, &ll);
        if (p->err->text == NULL && line != NULL &&
            (p->err->text = hs_mem_raw_malloc(ll + 2)) != NULL) {
            memcpy(p->err->text, line, ll);
            memcpy(p->err->text + ll, "\n", 2);
        }
    } else {
        hs_comp_error_clear(&e);
    }
}

static HsAstMod *parse_mode(HsParser *p, HsParseMode mode) {
    HsAstMod *mod = hs_comp_p_alloc(p, sizeof *mod);
    if (mod == NULL) {
        return NULL;
    }
    if (mode == HS_PARSE_FILE) {
        mod->kind = HS_MOD_MODULE;
        mod->body = hs_comp_p_statements(p);
    } else if (mode == HS_PARSE_SINGLE) {
        mod->kind = HS_MOD_INTERACTIVE;
        mod->body = hs_comp_p_interactive(p);
    } else {
        mod->kind = HS_MOD_EXPRESSION;
        mod->expr = hs_comp_p_star_expressions(p);
        while (mod->expr != NULL && hs_comp_p_accept(p, HS_TOK_NEWLINE)) {
        }
        if (mod->expr != NULL && !hs_comp_p_at(p, HS_TOK_ENDMARKER)) {
            hs_comp_p_syntax_error(p);
        }
    }
    return p->failed ? NULL : mod;
}

/* eval() and 'single' input is not given a final newline by CPython's string tokenizer (only
 * file input is): an error at the end of such input points at no column (offset 0), and the
 * error's text has no newline. heapscope's tokenizer always ends the text with one; undo what
 * it shows. */
static void eval_mode_error_position(const char *src, size_t len, HsCompileError *err) {
    if (len > 0 && (src[len - 1] == '\n' || src[len - 1] == '\r')) {
        return;
    }
    if (err->text == NULL) {
        return;
    }
    size_t tl = strlen(err->text);
    if (tl == 0 || err->text[tl - 1] != '\n') {
        return;
    }
    int nlines = 1;
    for (size_t i = 0; i < len; i++) {
        nlines += src[i] == '\n';
    }
    if (err->lineno != nlines) {
        return; /* an earlier line: its text keeps its newline */
    }
    err->text[tl - 1] = '\0';
    /* characters of the text, i.e. the column just past its end (1-based) */
    Hs_ssize_t chars = 0;
    for (size_t i = 0; i + 1 < tl; i++) {
        chars += ((unsigned char)err->text[i] & 0xC0) != 0x80;
    }
    if (err->offset > chars) {
        if (err->kind == HS_COMP_ERR_SYNTAX) {
            err->offset = 0;
            err->end_offset = 0;
        } else {
            err->offset = (int)chars;
        }
    }
}

HsAstMod *hs_comp_parse(const char *src, size_t len, const char *filename, HsParseMode mode,
                        HsAstArena *arena, HsCompileError *err) {
    HsParser p;
    memset(&p, 0, sizeof p);
    memset(err, 0, sizeof *err);
    p.tz = hs_comp_tokenizer_new(src, len, filename);
    if (p.tz == NULL) {
        err->kind = HS_COMP_ERR_MEMORY;
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    p.line_tz = p.tz;
    p.arena = arena;
    p.err = err;
    p.filename = filename != NULL ? filename : "<string>";
    HsAstMod *mod = parse_mode(&p, mode);
    if (mod != NULL && p.too_deep) {
        hs_comp_p_error(&p, HS_COMP_ERR_RECURSION, 0, 0, 0, 0,
                        "maximum recursion depth exceeded during compilation");
        mod = NULL;
    }
    if (mod == NULL && !p.tok_failed &&
        (err->kind == HS_COMP_ERR_SYNTAX || err->kind == HS_COMP_ERR_INDENT ||
         err->kind == HS_COMP_ERR_TAB)) {
        check_rest(&p);
    }
    hs_comp_p_free_tokens(&p);
    hs_comp_tokenizer_free(p.tz);
    if (mod == NULL && mode != HS_PARSE_FILE && err->kind != HS_COMP_ERR_NONE) {
        eval_mode_error_position(src, len, err);
    }
    return mod;
}

/* ==== interactive input ==== */

/* 1 for the statements the REPL reads up to a blank line (CPython's interactive grammar
 * wants a NEWLINE after a compound_stmt, so `def f(): pass` still gets a `... ` prompt). */
static int is_compound(const HsAstStmt *s) {
    switch (s->kind) {
    case HS_STMT_FUNCTIONDEF:
    case HS_STMT_ASYNCFUNCTIONDEF:
    case HS_STMT_CLASSDEF:
    case HS_STMT_FOR:
    case HS_STMT_ASYNCFOR:
    case HS_STMT_WHILE:
    case HS_STMT_IF:
    case HS_STMT_WITH:
    case HS_STMT_ASYNCWITH:
    case HS_STMT_MATCH:
    case HS_STMT_TRY:
    case HS_STMT_TRYSTAR:
        return 1;
    default:
        return 0;
    }
}

/* The tokenizer errors that only mean "the input stopped too early" (CPython's E_EOF inside
 * brackets, E_EOFS inside a triple-quoted string, and EOF after a backslash). */
static int tokenizer_hit_eof(const HsCompileError *err) {
    return strstr(err->msg, "was never closed") != NULL ||
           strncmp(err->msg, "unterminated triple-quoted string literal", 41) == 0 ||
           strcmp(err->msg, "unexpected EOF while parsing") == 0;
}

/* Parse 'src' in single mode and return what 'judge' makes of the result. */
typedef int (*JudgeFn)(HsParser *p, const HsAstMod *mod, const char *src, size_t len, void *arg);

static int parse_and_judge(const char *src, size_t len, JudgeFn judge, void *arg) {
    HsAstArena *arena = hs_comp_arena_new();
    if (arena == NULL) {
        return 0;
    }
    HsCompileError err;
    memset(&err, 0, sizeof err);
    HsParser p;
    memset(&p, 0, sizeof p);
    p.tz = hs_comp_tokenizer_new(src, len, "<stdin>");
    int r = 0;
    if (p.tz != NULL) {
        p.line_tz = p.tz;
        p.arena = arena;
        p.err = &err;
        p.filename = "<stdin>";
        HsAstMod *mod = parse_mode(&p, HS_PARSE_SINGLE);
        r = judge(&p, mod, src, len, arg);
        hs_comp_p_free_tokens(&p);
        hs_comp_tokenizer_free(p.tz);
    }
    hs_comp_error_clear(&err);
    hs_comp_arena_free(arena);
    return r;
}

/* For the text with closing brackets added: 2 and *closer when one more is needed, 1 when
 * the parser fails inside the lines typed (the first 'lines' lines), else 0. */
typedef struct ClosedProbe {
    int lines;
    char closer;
} ClosedProbe;

static int judge_closed(HsParser *p, const HsAstMod *mod, const char *src, size_t len,
                        void *arg) {
    (void)src, (void)len;
    ClosedProbe *probe = arg;
    if (mod != NULL) {
        return 0;
    }
    if (p->tok_failed) {
        const char *m = p->err->msg;
        if (strstr(m, "was never closed") != NULL && m[0] == '\'') {
            probe->closer = m[1] == '(' ? ')' : m[1] == '[' ? ']' : '}';
            return 2;
        }
        return 0;
    }
    return p->err->lineno >= 1 && p->err->lineno <= probe->lines;
}

/* Inside open brackets, CPython's parser (reading a line at a time, without look-ahead on
 * its first pass) reports an error in the lines typed at once, and asks for more lines only
 * when it reached their end. Ours may look past the error while choosing its message, so
 * close the brackets and see whether the parser still fails within the typed lines. */
static int error_before_end(const char *src, size_t len) {
    enum { MAX_CLOSERS = 256 };
    ClosedProbe probe = {0, 0};
    for (size_t i = 0; i < len; i++) {
        probe.lines += src[i] == '\n';
    }
    char *buf = hs_mem_raw_malloc(len + 2 * MAX_CLOSERS + 1);
    if (buf == NULL) {
        return 0;
    }
    memcpy(buf, src, len);
    size_t n = len;
    int r = 2;
    for (int i = 0; i < MAX_CLOSERS && r == 2; i++) {
        r = parse_and_judge(buf, n, judge_closed, &probe);
        buf[n++] = probe.closer;
        buf[n++] = '\n';
    }
    hs_mem_raw_free(buf);
    return r == 1;
}

/* Decide from the parse of the lines typed so far whether the REPL must read more. */
static int judge_input(HsParser *p, const HsAstMod *mod, const char *src, size_t len,
                       void *arg) {
    (void)arg;
    int ends_blank = len == 1 || (len >= 2 && src[len - 1] == '\n' && src[len - 2] == '\n');
    if (mod == NULL) {
        if (p->tok_failed) {
            if (strstr(p->err->msg, "was never closed") != NULL) {
                return !error_before_end(src, len);
            }
            return tokenizer_hit_eof(p->err);
        }
        if (ends_blank || p->err->kind == HS_COMP_ERR_MEMORY || p->fill == 0) {
            return 0;
        }
        /* the parser read up to the end before failing (CPython's _is_end_of_source): the
         * last token it looked at is ENDMARKER, or one of the DEDENTs just before it */
        p->pos = p->fill - 1;
        while (hs_comp_p_peek(p, 0)->t.type == HS_TOK_DEDENT) {
            p->pos++;
        }
        return hs_comp_p_peek(p, 0)->t.type == HS_TOK_ENDMARKER;
    }
    if (ends_blank) {
        return 0;
    }
    return mod->body != NULL && mod->body->n > 0 &&
           is_compound((const HsAstStmt *)mod->body->items[0]);
}

int hs_comp_input_incomplete(const char *src, size_t len) {
    return parse_and_judge(src, len, judge_input, NULL);
}
