/* Compound statements and blocks (CPython: Grammar/python.gram compound_stmt, block and
 * the invalid_*_stmt rules that give "expected ':'" and "expected an indented block after
 * ..."). A compound statement spans from its keyword (the 'def'/'class', not a decorator)
 * to the end of the last statement of its last block. */
#include "internal/hs_compile_parser.h"

#include <string.h>

/* ==== static helpers ==== */

static int statement(HsParser *p, HsVec *out);

/* named_expression of if/elif/while, with CPython's invalid_named_expression checks for a
 * mistaken '='. */
static HsAstExpr *condition(HsParser *p) {
    int start = p->pos;
    HsAstExpr *e = hs_comp_p_named_expression(p);
    if (e == NULL || !hs_comp_p_at(p, HS_TOK_EQUAL)) {
        return e;
    }
    return hs_comp_p_stray_equal(p, e, start);
}

/* From 'lineno'/'col' to the end of the last token consumed that is not NEWLINE, INDENT or
 * DEDENT (CPython's _PyPegen_get_last_nonnwhitespace_token). */
static HsAstPos block_end(HsParser *p, int lineno, int col) {
    int i = p->pos - 1;
    while (i > 0 &&
           (HS_P_TOK(p, i)->t.type == HS_TOK_NEWLINE || HS_P_TOK(p, i)->t.type == HS_TOK_INDENT ||
            HS_P_TOK(p, i)->t.type == HS_TOK_DEDENT)) {
        i--;
    }
    HsAstPos r = {lineno, col, HS_P_TOK(p, i)->t.end_lineno, HS_P_TOK(p, i)->t.end_col_offset};
    return r;
}

/* ':' after a compound statement header. 'forced' rules say "expected ':'" at any token;
 * the others only at a NEWLINE (CPython's invalid_*_stmt) and "invalid syntax" otherwise. */
static int colon(HsParser *p, int forced) {
    if (hs_comp_p_accept(p, HS_TOK_COLON)) {
        return 0;
    }
    if (forced || hs_comp_p_at(p, HS_TOK_NEWLINE)) {
        hs_comp_p_expect_forced(p, HS_TOK_COLON, ":");
    } else {
        hs_comp_p_syntax_error(p);
    }
    return -1;
}

/* block: NEWLINE INDENT statements DEDENT | simple_stmts. 'what' names the statement for
 * "expected an indented block after %s on line %d". */
static HsAstSeq *block(HsParser *p, const char *what, int lineno) {
    HsVec body = {0};
    if (!hs_comp_p_accept(p, HS_TOK_NEWLINE)) {
        if (hs_comp_p_simple_stmts(p, &body) < 0) {
            return NULL;
        }
        return hs_comp_vec_seq(p, &body);
    }
    if (!hs_comp_p_at(p, HS_TOK_INDENT)) {
        HsPTok *t = hs_comp_p_peek(p, 0);
        if (p->failed) {
            return NULL;
        }
        int col = t->t.col_offset, end_col = col;
        size_t ll = 0;
        if (t->t.type == HS_TOK_ENDMARKER &&
            hs_comp_tokenizer_line(p->line_tz, t->t.lineno, &ll) != NULL) {
            col = (int)ll; /* CPython: the end of the last line, newline included */
            end_col = -2;  /* ENDMARKER has no end column: SyntaxError.end_offset -1 */
        }
        return hs_comp_p_error(p, HS_COMP_ERR_INDENT, t->t.lineno, col, t->t.end_lineno, end_col,
                               "expected an indented block after %s on line %d", what, lineno);
    }
    hs_comp_p_next(p);
    while (!hs_comp_p_at(p, HS_TOK_DEDENT)) {
        if (p->failed || hs_comp_p_at(p, HS_TOK_ENDMARKER)) {
            return hs_comp_p_syntax_error(p);
        }
        if (statement(p, &body) < 0) {
            return NULL;
        }
    }
    hs_comp_p_next(p);
    return hs_comp_vec_seq(p, &body);
}

static HsAstSeq *else_block(HsParser *p) {
    if (!hs_comp_p_at_kw(p, HS_KW_ELSE)) {
        return hs_comp_seq_new(p->arena, 0);
    }
    HsPTok *kw = hs_comp_p_next(p);
    if (colon(p, 1) < 0) {
        return NULL;
    }
    return block(p, "'else' statement", kw->t.lineno);
}

/* 'if'/'elif' named_expression ':' block (elif | else)? */
static HsAstStmt *if_stmt(HsParser *p) {
    HsPTok *kw = hs_comp_p_next(p);
    HsAstExpr *test = condition(p);
    if (test == NULL || colon(p, 0) < 0) {
        return NULL;
    }
    HsAstSeq *body =
        block(p, kw->kw == HS_KW_IF ? "'if' statement" : "'elif' statement", kw->t.lineno);
    if (body == NULL) {
        return NULL;
    }
    HsAstSeq *orelse;
    if (hs_comp_p_at_kw(p, HS_KW_ELIF)) {
        HsAstStmt *sub = if_stmt(p);
        if (sub == NULL || (orelse = hs_comp_seq_new(p->arena, 1)) == NULL) {
            return NULL;
        }
        orelse->items[0] = sub;
    } else if ((orelse = else_block(p)) == NULL) {
        return NULL;
    }
    HsAstStmt *s = hs_comp_p_stmt(p, HS_STMT_IF, block_end(p, kw->t.lineno, kw->t.col_offset));
    if (s != NULL) {
        s->v.If.test = test;
        s->v.If.body = body;
        s->v.If.orelse = orelse;
    }
    return s;
}

static HsAstStmt *while_stmt(HsParser *p) {
    HsPTok *kw = hs_comp_p_next(p);
    HsAstExpr *test = condition(p);
    HsAstSeq *body, *orelse;
    if (test == NULL || colon(p, 0) < 0 ||
        (body = block(p, "'while' statement", kw->t.lineno)) == NULL ||
        (orelse = else_block(p)) == NULL) {
        return NULL;
    }
    HsAstStmt *s = hs_comp_p_stmt(p, HS_STMT_WHILE, block_end(p, kw->t.lineno, kw->t.col_offset));
    if (s != NULL) {
        s->v.While.test = test;
        s->v.While.body = body;
        s->v.While.orelse = orelse;
    }
    return s;
}

static HsAstStmt *for_stmt(HsParser *p) {
    HsPTok *kw = hs_comp_p_next(p);
    HsAstExpr *target = hs_comp_p_target_list(p, HS_TOK_NAME), *iter;
    if (target == NULL) {
        return NULL;
    }
    if (!hs_comp_p_accept_kw(p, HS_KW_IN)) {
        return hs_comp_p_syntax_error(p);
    }
    HsAstSeq *body, *orelse;
    if ((iter = hs_comp_p_star_expressions(p)) == NULL || colon(p, 0) < 0 ||
        (body = block(p, "'for' statement", kw->t.lineno)) == NULL ||
        (orelse = else_block(p)) == NULL) {
        return NULL;
    }
    HsAstStmt *s = hs_comp_p_stmt(p, HS_STMT_FOR, block_end(p, kw->t.lineno, kw->t.col_offset));
    if (s != NULL) {
        s->v.For.target = target;
        s->v.For.iter = iter;
        s->v.For.body = body;
        s->v.For.orelse = orelse;
    }
    return s;
}

/* with_item: expression ['as' star_target] */
static HsAstWithItem *with_item(HsParser *p) {
    HsAstWithItem *w = hs_comp_p_alloc(p, sizeof *w);
    if (w == NULL || (w->context_expr = hs_comp_p_expression(p)) == NULL) {
        return NULL;
    }
    if (hs_comp_p_accept_kw(p, HS_KW_AS)) {
        w->optional_vars = hs_comp_p_at(p, HS_TOK_STAR) ? hs_comp_p_star_named_expression(p)
                                                        : hs_comp_p_bitwise_or(p);
        if (w->optional_vars == NULL ||
            hs_comp_p_set_context(p, w->optional_vars, HS_CTX_STORE) < 0) {
            return NULL;
        }
    }
    return w;
}

static int with_items(HsParser *p, HsVec *items, int paren) {
    do {
        if (paren && hs_comp_p_at(p, HS_TOK_RPAR) && items->n > 0) {
            break;
        }
        HsAstWithItem *w = with_item(p);
        if (w == NULL || hs_comp_vec_push(p, items, w) < 0) {
            return -1;
        }
    } while (hs_comp_p_accept(p, HS_TOK_COMMA));
    return 0;
}

static HsAstStmt *with_stmt(HsParser *p) {
    HsPTok *kw = hs_comp_p_next(p);
    HsVec items = {0};
    int ok = 0;
    if (hs_comp_p_at(p, HS_TOK_LPAR)) {
        /* 'with' '(' items ','? ')' ':' — else back off to the plain form */
        int mark = p->pos;
        hs_comp_p_next(p);
        ok = with_items(p, &items, 1) == 0 && hs_comp_p_accept(p, HS_TOK_RPAR) &&
             hs_comp_p_at(p, HS_TOK_COLON);
        if (!ok) {
            if (p->tok_failed || p->err->kind == HS_COMP_ERR_MEMORY) {
                return NULL;
            }
            p->failed = 0;
            hs_comp_error_clear(p->err);
            p->pos = mark;
            memset(&items, 0, sizeof items);
        }
    }
    if (!ok && with_items(p, &items, 0) < 0) {
        return NULL;
    }
    HsAstSeq *body;
    if (colon(p, 0) < 0 || (body = block(p, "'with' statement", kw->t.lineno)) == NULL) {
        return NULL;
    }
    HsAstStmt *s = hs_comp_p_stmt(p, HS_STMT_WITH, block_end(p, kw->t.lineno, kw->t.col_offset));
    if (s != NULL) {
        s->v.With.items = hs_comp_vec_seq(p, &items);
        s->v.With.body = body;
    }
    return s;
}

/* 'except' ['*'] [expression ['as' NAME]] ':' block; sets '*star' to 0/1. */
static HsAstExceptHandler *except_clause(HsParser *p, int *star) {
    HsPTok *kw = hs_comp_p_next(p);
    *star = hs_comp_p_accept(p, HS_TOK_STAR);
    HsAstExceptHandler *h = hs_comp_p_alloc(p, sizeof *h);
    if (h == NULL) {
        return NULL;
    }
    if (!hs_comp_p_at(p, HS_TOK_COLON) && !hs_comp_p_at(p, HS_TOK_NEWLINE)) {
        if ((h->type = hs_comp_p_expression(p)) == NULL) {
            return NULL;
        }
        if (hs_comp_p_at(p, HS_TOK_COMMA)) {
            return hs_comp_p_error(p, HS_COMP_ERR_SYNTAX, h->type->pos.lineno,
                                   h->type->pos.col_offset, h->type->pos.end_lineno, -2,
                                   "multiple exception types must be parenthesized");
        }
        if (hs_comp_p_accept_kw(p, HS_KW_AS)) {
            HsPTok *n = hs_comp_p_peek(p, 0);
            if (n->t.type != HS_TOK_NAME || n->kw != HS_KW_NONE_) {
                return hs_comp_p_syntax_error(p);
            }
            h->name = hs_comp_p_ident(p, hs_comp_p_next(p));
        }
    } else if (*star) {
        return hs_comp_p_error_tok(p, hs_comp_p_peek(p, 0),
                                   "expected one or more exception "
                                   "types");
    }
    if (colon(p, 0) < 0 || (h->body = block(p, *star ? "'except*' statement" : "'except' statement",
                                            kw->t.lineno)) == NULL) {
        return NULL;
    }
    h->pos = block_end(p, kw->t.lineno, kw->t.col_offset);
    return h;
}

static HsAstStmt *try_stmt(HsParser *p) {
    HsPTok *kw = hs_comp_p_next(p);
    HsAstSeq *body, *orelse = NULL, *final = NULL;
    if (colon(p, 1) < 0 || (body = block(p, "'try' statement", kw->t.lineno)) == NULL) {
        return NULL;
    }
    HsVec handlers = {0};
    int kind = -1;
    while (hs_comp_p_at_kw(p, HS_KW_EXCEPT)) {
        int star;
        HsAstExceptHandler *h = except_clause(p, &star);
        if (h == NULL) {
            return NULL;
        }
        if (kind >= 0 && kind != star) {
            return hs_comp_p_error(p, HS_COMP_ERR_SYNTAX, h->pos.lineno, h->pos.col_offset,
                                   h->pos.end_lineno, h->pos.end_col_offset,
                                   "cannot have both "
                                   "'except' and 'except*' on the same 'try'");
        }
        kind = star;
        if (hs_comp_vec_push(p, &handlers, h) < 0) {
            return NULL;
        }
    }
    if (handlers.n > 0 && (orelse = else_block(p)) == NULL) {
        return NULL;
    }
    if (hs_comp_p_at_kw(p, HS_KW_FINALLY)) {
        HsPTok *fk = hs_comp_p_next(p);
        if (colon(p, 1) < 0 || (final = block(p, "'finally' statement", fk->t.lineno)) == NULL) {
            return NULL;
        }
    } else if (handlers.n == 0) {
        return hs_comp_p_error_tok(p, hs_comp_p_peek(p, 0), "expected 'except' or 'finally' block");
    }
    HsAstPos pos = block_end(p, kw->t.lineno, kw->t.col_offset);
    HsAstStmt *s = hs_comp_p_stmt(p, kind == 1 ? HS_STMT_TRYSTAR : HS_STMT_TRY, pos);
    if (s != NULL) {
        s->v.Try.body = body;
        s->v.Try.handlers = hs_comp_vec_seq(p, &handlers);
        s->v.Try.orelse = orelse != NULL ? orelse : hs_comp_seq_new(p->arena, 0);
        s->v.Try.finalbody = final != NULL ? final : hs_comp_seq_new(p->arena, 0);
    }
    return s;
}

static HsPTok *name_tok(HsParser *p) {
    HsPTok *t = hs_comp_p_peek(p, 0);
    if (t->t.type != HS_TOK_NAME || t->kw != HS_KW_NONE_) {
        return hs_comp_p_syntax_error(p);
    }
    return hs_comp_p_next(p);
}

static HsAstStmt *funcdef(HsParser *p, HsAstSeq *decorators) {
    HsPTok *kw = hs_comp_p_next(p);
    HsPTok *name = name_tok(p);
    if (name == NULL || hs_comp_p_expect_forced(p, HS_TOK_LPAR, "(") == NULL) {
        return NULL;
    }
    HsAstArguments *args = hs_comp_p_parameters(p, HS_TOK_RPAR, 1);
    HsAstExpr *returns = NULL;
    if (args == NULL || hs_comp_p_expect(p, HS_TOK_RPAR) == NULL) {
        return NULL;
    }
    if (hs_comp_p_accept(p, HS_TOK_RARROW) && (returns = hs_comp_p_expression(p)) == NULL) {
        return NULL;
    }
    HsAstSeq *body;
    if (colon(p, 1) < 0 || (body = block(p, "function definition", kw->t.lineno)) == NULL) {
        return NULL;
    }
    HsAstStmt *s =
        hs_comp_p_stmt(p, HS_STMT_FUNCTIONDEF, block_end(p, kw->t.lineno, kw->t.col_offset));
    if (s != NULL) {
        s->v.FunctionDef.name = hs_comp_p_ident(p, name);
        s->v.FunctionDef.args = args;
        s->v.FunctionDef.body = body;
        s->v.FunctionDef.decorator_list = decorators;
        s->v.FunctionDef.returns = returns;
    }
    return s;
}

static HsAstStmt *classdef(HsParser *p, HsAstSeq *decorators) {
    HsPTok *kw = hs_comp_p_next(p);
    HsPTok *name = name_tok(p);
    if (name == NULL) {
        return NULL;
    }
    HsAstExpr *call = NULL;
    if (hs_comp_p_at(p, HS_TOK_LPAR)) {
        HsAstExpr *dummy = hs_comp_p_expr(p, HS_EXPR_NAME, hs_comp_pos_tok(name, name));
        if (dummy == NULL || (call = hs_comp_p_call(p, dummy)) == NULL) {
            return NULL;
        }
    }
    HsAstSeq *body;
    if (colon(p, 0) < 0 || (body = block(p, "class definition", kw->t.lineno)) == NULL) {
        return NULL;
    }
    HsAstStmt *s =
        hs_comp_p_stmt(p, HS_STMT_CLASSDEF, block_end(p, kw->t.lineno, kw->t.col_offset));
    if (s != NULL) {
        s->v.ClassDef.name = hs_comp_p_ident(p, name);
        s->v.ClassDef.bases = call != NULL ? call->v.Call.args : hs_comp_seq_new(p->arena, 0);
        s->v.ClassDef.keywords =
            call != NULL ? call->v.Call.keywords : hs_comp_seq_new(p->arena, 0);
        s->v.ClassDef.body = body;
        s->v.ClassDef.decorator_list = decorators;
    }
    return s;
}

static HsAstStmt *decorated(HsParser *p) {
    HsVec decs = {0};
    while (hs_comp_p_accept(p, HS_TOK_AT)) {
        HsAstExpr *d = hs_comp_p_named_expression(p);
        if (d == NULL || hs_comp_vec_push(p, &decs, d) < 0) {
            return NULL;
        }
        if (hs_comp_p_expect(p, HS_TOK_NEWLINE) == NULL) {
            return NULL;
        }
    }
    HsAstSeq *seq = hs_comp_vec_seq(p, &decs);
    if (seq == NULL) {
        return NULL;
    }
    if (hs_comp_p_at_kw(p, HS_KW_DEF)) {
        return funcdef(p, seq);
    }
    if (hs_comp_p_at_kw(p, HS_KW_CLASS)) {
        return classdef(p, seq);
    }
    return hs_comp_p_syntax_error(p);
}

/* compound_stmt | simple_stmts, appended to 'out'. */
static int statement(HsParser *p, HsVec *out) {
    HsPTok *t = hs_comp_p_peek(p, 0);
    HsAstStmt *s;
    if (hs_comp_p_enter(p) < 0) {
        return -1;
    }
    switch (t->kw) {
    case HS_KW_IF:
        s = if_stmt(p);
        break;
    case HS_KW_WHILE:
        s = while_stmt(p);
        break;
    case HS_KW_FOR:
        s = for_stmt(p);
        break;
    case HS_KW_WITH:
        s = with_stmt(p);
        break;
    case HS_KW_TRY:
        s = try_stmt(p);
        break;
    case HS_KW_DEF:
        s = funcdef(p, hs_comp_seq_new(p->arena, 0));
        break;
    case HS_KW_CLASS:
        s = classdef(p, hs_comp_seq_new(p->arena, 0));
        break;
    case HS_KW_ASYNC:
        s = hs_comp_p_error_tok(p, t, "'async' is not supported (no async/await in heapscope)");
        break;
    default:
        if (t->t.type == HS_TOK_AT) {
            s = decorated(p);
            break;
        }
        hs_comp_p_leave(p);
        return hs_comp_p_simple_stmts(p, out);
    }
    hs_comp_p_leave(p);
    if (s == NULL || hs_comp_vec_push(p, out, s) < 0) {
        return -1;
    }
    return 0;
}

/* ==== internal API ==== */

HsAstSeq *hs_comp_p_statements(HsParser *p) {
    HsVec body = {0};
    while (!hs_comp_p_at(p, HS_TOK_ENDMARKER)) {
        if (p->failed || statement(p, &body) < 0) {
            return NULL;
        }
    }
    return hs_comp_vec_seq(p, &body);
}

HsAstSeq *hs_comp_p_interactive(HsParser *p) {
    HsVec body = {0};
    if (!hs_comp_p_accept(p, HS_TOK_NEWLINE) && !hs_comp_p_at(p, HS_TOK_ENDMARKER)) {
        if (statement(p, &body) < 0) {
            return NULL;
        }
    }
    while (hs_comp_p_accept(p, HS_TOK_NEWLINE)) {
    }
    if (!hs_comp_p_at(p, HS_TOK_ENDMARKER)) {
        /* CPython reports it at the NEWLINE that ended the first statement */
        HsPTok *t = p->pos > 0 && hs_comp_p_prev(p)->t.type == HS_TOK_NEWLINE
                        ? hs_comp_p_prev(p)
                        : hs_comp_p_peek(p, 0);
        if (!p->failed) {
            return hs_comp_p_error_tok(p, t,
                                       "multiple statements found while compiling a "
                                       "single statement");
        }
        return NULL;
    }
    return hs_comp_vec_seq(p, &body);
}
