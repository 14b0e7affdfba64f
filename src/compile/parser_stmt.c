/* Simple statements (CPython: Grammar/python.gram, simple_stmts and its invalid_* rules).
 * An expression statement is parsed as star_expressions first and then decided on by the
 * token after it ('=', ':', an augmented operator, or the end): targets are checked and
 * given their context afterwards (parser_args.c). Compound statements and blocks are in
 * parser_block.c. */
#include "internal/hs_compile_parser.h"

#include <string.h>

/* ==== constants and types ==== */
static const struct {
    HsTokenType t;
    HsAstOperator op;
} aug_ops[] = {{HS_TOK_PLUSEQUAL, HS_OP_ADD},
               {HS_TOK_MINEQUAL, HS_OP_SUB},
               {HS_TOK_STAREQUAL, HS_OP_MULT},
               {HS_TOK_ATEQUAL, HS_OP_MATMULT},
               {HS_TOK_SLASHEQUAL, HS_OP_DIV},
               {HS_TOK_PERCENTEQUAL, HS_OP_MOD},
               {HS_TOK_AMPEREQUAL, HS_OP_BITAND},
               {HS_TOK_VBAREQUAL, HS_OP_BITOR},
               {HS_TOK_CIRCUMFLEXEQUAL, HS_OP_BITXOR},
               {HS_TOK_LEFTSHIFTEQUAL, HS_OP_LSHIFT},
               {HS_TOK_RIGHTSHIFTEQUAL, HS_OP_RSHIFT},
               {HS_TOK_DOUBLESTAREQUAL, HS_OP_POW},
               {HS_TOK_DOUBLESLASHEQUAL, HS_OP_FLOORDIV}};

/* ==== static helpers ==== */

static HsAstStmt *stmt_to_prev(HsParser *p, HsAstStmtKind kind, const HsPTok *first) {
    return hs_comp_p_stmt(p, kind, hs_comp_pos_to_prev(p, first->t.lineno, first->t.col_offset));
}

static HsAstExpr *rhs(HsParser *p) {
    return hs_comp_p_at_kw(p, HS_KW_YIELD) ? hs_comp_p_yield_expr(p)
                                           : hs_comp_p_star_expressions(p);
}

/* 1 when CPython's invalid_named_expression would say "cannot assign to X here. Maybe you
 * meant '==' instead of '='?" for 'e' starting at token 'start': 'e' is a bitwise_or that
 * does not start with a list, tuple, generator or True/False/None. */
int hs_comp_p_here_applies(HsParser *p, const HsAstExpr *e, int start) {
    const HsPTok *t = start >= 0 ? HS_P_TOK(p, start) : NULL;
    if (t != NULL && t->t.type == HS_TOK_LPAR &&
        (t->t.lineno != e->pos.lineno || t->t.col_offset != e->pos.col_offset)) {
        return 1; /* a parenthesized group is an atom */
    }
    switch (e->kind) {
    case HS_EXPR_LIST:
    case HS_EXPR_TUPLE:
    case HS_EXPR_GENERATOREXP:
    case HS_EXPR_COMPARE:
    case HS_EXPR_BOOLOP:
    case HS_EXPR_IFEXP:
    case HS_EXPR_LAMBDA:
    case HS_EXPR_NAMEDEXPR:
    case HS_EXPR_STARRED:
        return 0;
    case HS_EXPR_UNARYOP:
        return e->v.UnaryOp.op != HS_UOP_NOT;
    case HS_EXPR_CONSTANT:
        return e->v.Constant.value.kind != HS_CONST_TRUE &&
               e->v.Constant.value.kind != HS_CONST_FALSE &&
               e->v.Constant.value.kind != HS_CONST_NONE;
    default:
        return 1;
    }
}

void *hs_comp_p_stray_equal(HsParser *p, HsAstExpr *e, int start) {
    hs_comp_p_next(p); /* '=' */
    HsAstExpr *b = hs_comp_p_bitwise_or(p);
    if (b == NULL || hs_comp_p_at(p, HS_TOK_EQUAL) || hs_comp_p_at(p, HS_TOK_COLONEQUAL)) {
        return hs_comp_p_syntax_error(p);
    }
    if (e->kind == HS_EXPR_NAME && HS_P_TOK(p, start)->t.type == HS_TOK_NAME) {
        return hs_comp_p_error_range(p, &e->pos, &b->pos,
                                     "invalid syntax. Maybe you meant '==' "
                                     "or ':=' instead of '='?");
    }
    if (hs_comp_p_here_applies(p, e, start)) {
        return hs_comp_p_error_expr(p, e,
                                    "cannot assign to %s here. Maybe you meant '==' "
                                    "instead of '='?",
                                    hs_comp_p_expr_name(e));
    }
    return hs_comp_p_syntax_error(p);
}

/* Check one '=' target; 'single' when it is the only target of the statement, which then
 * starts at token 'start'. */
static int check_assign_target(HsParser *p, HsAstExpr *t, int single, int start) {
    if (t->kind == HS_EXPR_YIELD || t->kind == HS_EXPR_YIELDFROM) {
        hs_comp_p_error_expr(p, t, "assignment to yield expression not possible");
        return -1;
    }
    if (hs_comp_p_invalid_target(t, HS_CTX_STORE) == NULL) {
        return hs_comp_p_set_context(p, t, HS_CTX_STORE);
    }
    const HsAstExpr *here = NULL;
    if (single && hs_comp_p_here_applies(p, t, start)) {
        here = t;
    } else if (single && t->kind == HS_EXPR_TUPLE && HS_SEQ_LEN(t->v.Tuple.elts) > 0 &&
               HS_P_TOK(p, start)->t.type != HS_TOK_LPAR) {
        /* an unparenthesized tuple: only its last element is followed by '=' */
        const HsAstExpr *last = HS_SEQ_GET(t->v.Tuple.elts, HS_SEQ_LEN(t->v.Tuple.elts) - 1);
        if (hs_comp_p_invalid_target(last, HS_CTX_STORE) != NULL &&
            hs_comp_p_here_applies(p, last, -1) &&
            hs_comp_p_invalid_target(t, HS_CTX_STORE) == last) {
            here = last;
        }
    }
    if (here != NULL) {
        hs_comp_p_error_expr(p, here,
                             "cannot assign to %s here. Maybe you meant '==' instead of "
                             "'='?",
                             hs_comp_p_expr_name(here));
        return -1;
    }
    return hs_comp_p_set_context(p, t, HS_CTX_STORE);
}

static HsAstStmt *assignment(HsParser *p, int start, HsAstExpr *first) {
    HsVec items = {0};
    if (hs_comp_vec_push(p, &items, first) < 0) {
        return NULL;
    }
    while (hs_comp_p_accept(p, HS_TOK_EQUAL)) {
        HsAstExpr *e = rhs(p);
        if (e == NULL || hs_comp_vec_push(p, &items, e) < 0) {
            return NULL;
        }
    }
    for (int i = 0; i < items.n - 1; i++) {
        if (check_assign_target(p, items.items[i], items.n == 2, start) < 0) {
            return NULL;
        }
    }
    HsAstExpr *value = items.items[items.n - 1];
    items.n--;
    HsAstStmt *s = hs_comp_p_stmt(p, HS_STMT_ASSIGN, hs_comp_pos_from(p, start));
    if (s != NULL) {
        s->v.Assign.targets = hs_comp_vec_seq(p, &items);
        s->v.Assign.value = value;
    }
    return s;
}

static HsAstStmt *ann_assign(HsParser *p, int start, HsAstExpr *target, int parenthesized) {
    hs_comp_p_next(p); /* ':' */
    int fill = p->fill, bad = target->kind != HS_EXPR_NAME &&
                                   target->kind != HS_EXPR_ATTRIBUTE &&
                                   target->kind != HS_EXPR_SUBSCRIPT;
    HsAstExpr *ann = hs_comp_p_expression(p), *value = NULL;
    if (ann == NULL) {
        /* CPython's first pass stops at the ':' after a target that cannot be annotated; the
         * error pass only names the target when an annotation follows */
        if (bad && !p->tok_failed && p->err->kind == HS_COMP_ERR_SYNTAX) {
            p->failed = 0;
            hs_comp_error_clear(p->err);
            return hs_comp_p_syntax_error_at(p, fill);
        }
        return NULL;
    }
    if (target->kind == HS_EXPR_TUPLE || target->kind == HS_EXPR_LIST) {
        return hs_comp_p_error_expr(p, target, "only single target (not %s) can be annotated",
                                    target->kind == HS_EXPR_TUPLE ? "tuple" : "list");
    }
    if (target->kind != HS_EXPR_NAME && target->kind != HS_EXPR_ATTRIBUTE &&
        target->kind != HS_EXPR_SUBSCRIPT) {
        return hs_comp_p_error_expr(p, target, "illegal target for annotation");
    }
    hs_comp_p_set_context(p, target, HS_CTX_STORE);
    if (hs_comp_p_accept(p, HS_TOK_EQUAL) && (value = rhs(p)) == NULL) {
        return NULL;
    }
    HsAstExpr *last = value != NULL ? value : ann;
    HsAstStmt *s = hs_comp_p_stmt(p, HS_STMT_ANNASSIGN, hs_comp_pos_from(p, start));
    (void)last;
    if (s != NULL) {
        s->v.AnnAssign.target = target;
        s->v.AnnAssign.annotation = ann;
        s->v.AnnAssign.value = value;
        s->v.AnnAssign.simple = target->kind == HS_EXPR_NAME && !parenthesized;
    }
    return s;
}

static HsAstStmt *aug_assign(HsParser *p, int start, HsAstExpr *target, HsAstOperator op) {
    hs_comp_p_next(p);
    if (target->kind != HS_EXPR_NAME && target->kind != HS_EXPR_ATTRIBUTE &&
        target->kind != HS_EXPR_SUBSCRIPT) {
        return hs_comp_p_error_expr(p, target,
                                    "'%s' is an illegal expression for augmented "
                                    "assignment",
                                    hs_comp_p_expr_name(target));
    }
    hs_comp_p_set_context(p, target, HS_CTX_STORE);
    HsAstExpr *value = rhs(p);
    if (value == NULL) {
        return NULL;
    }
    HsAstStmt *s = hs_comp_p_stmt(p, HS_STMT_AUGASSIGN, hs_comp_pos_from(p, start));
    if (s != NULL) {
        s->v.AugAssign.target = target;
        s->v.AugAssign.op = op;
        s->v.AugAssign.value = value;
    }
    return s;
}

/* print "x" / exec "code": CPython's invalid_legacy_expression. */
static void *legacy_check(HsParser *p, HsAstExpr *e) {
    if (!hs_comp_p_starts_expr(p) || p->failed) {
        return hs_comp_p_syntax_error(p);
    }
    /* CPython's error pass parses an expression that follows another one (for the print
     * hint); a tokenizer error met there (an unclosed bracket) is what gets reported. */
    int fill = p->fill;
    int legacy = e->kind == HS_EXPR_NAME && !hs_comp_p_at(p, HS_TOK_LPAR) &&
                 (strcmp(e->v.Name.id, "print") == 0 || strcmp(e->v.Name.id, "exec") == 0);
    HsAstExpr *b = hs_comp_p_star_expressions(p);
    if (b == NULL && strcmp(p->err->msg, "invalid syntax. Perhaps you forgot a comma?") == 0) {
        return NULL; /* a comma hint inside b's brackets stands, as in CPython */
    }
    if (b != NULL && legacy) {
        return hs_comp_p_error_range(p, &e->pos, &b->pos,
                                     "Missing parentheses in call to "
                                     "'%s'. Did you mean %s(...)?",
                                     e->v.Name.id, e->v.Name.id);
    }
    if (p->tok_failed) {
        return NULL;
    }
    p->failed = 0;
    hs_comp_error_clear(p->err);
    return hs_comp_p_syntax_error_at(p, fill);
}

static HsAstStmt *expr_stmt(HsParser *p) {
    int parenthesized = hs_comp_p_at(p, HS_TOK_LPAR), start = p->pos;
    HsAstExpr *e = rhs(p);
    if (e == NULL) {
        return NULL;
    }
    HsPTok *t = hs_comp_p_peek(p, 0);
    if (t->t.type == HS_TOK_EQUAL) {
        return assignment(p, start, e);
    }
    if (t->t.type == HS_TOK_COLON) {
        return ann_assign(p, start, e, parenthesized);
    }
    for (size_t i = 0; i < sizeof aug_ops / sizeof aug_ops[0]; i++) {
        if (t->t.type == aug_ops[i].t) {
            return aug_assign(p, start, e, aug_ops[i].op);
        }
    }
    if (t->t.type != HS_TOK_NEWLINE && t->t.type != HS_TOK_SEMI) {
        return legacy_check(p, e);
    }
    HsAstStmt *s = hs_comp_p_stmt(p, HS_STMT_EXPR, hs_comp_pos_from(p, start));
    if (s != NULL) {
        s->v.Expr.value = e;
    }
    return s;
}

static HsAstStmt *del_stmt(HsParser *p, HsPTok *kw) {
    HsVec targets = {0};
    do {
        if (hs_comp_p_at(p, HS_TOK_NEWLINE) || hs_comp_p_at(p, HS_TOK_SEMI)) {
            if (targets.n > 0) {
                break;
            }
            return hs_comp_p_syntax_error(p);
        }
        HsAstExpr *e = hs_comp_p_at(p, HS_TOK_STAR) ? hs_comp_p_star_named_expression(p)
                                                    : hs_comp_p_expression(p);
        if (e == NULL || hs_comp_p_set_context(p, e, HS_CTX_DEL) < 0 ||
            hs_comp_vec_push(p, &targets, e) < 0) {
            return NULL;
        }
    } while (hs_comp_p_accept(p, HS_TOK_COMMA));
    HsAstStmt *s = stmt_to_prev(p, HS_STMT_DELETE, kw);
    if (s != NULL) {
        s->v.Delete.targets = hs_comp_vec_seq(p, &targets);
    }
    return s;
}

static HsAstStmt *names_stmt(HsParser *p, HsPTok *kw, HsAstStmtKind kind) {
    HsVec names = {0};
    do {
        HsPTok *t = hs_comp_p_peek(p, 0);
        if (t->t.type != HS_TOK_NAME || t->kw != HS_KW_NONE_) {
            return hs_comp_p_syntax_error(p);
        }
        hs_comp_p_next(p);
        if (hs_comp_vec_push(p, &names, (void *)hs_comp_p_ident(p, t)) < 0) {
            return NULL;
        }
    } while (hs_comp_p_accept(p, HS_TOK_COMMA));
    HsAstStmt *s = stmt_to_prev(p, kind, kw);
    if (s != NULL) {
        s->v.Global.names = hs_comp_vec_seq(p, &names);
    }
    return s;
}

/* dotted_name: NAME ('.' NAME)*, as one arena string. */
static const char *dotted_name(HsParser *p) {
    HsPTok *first = hs_comp_p_peek(p, 0);
    if (first->t.type != HS_TOK_NAME || first->kw != HS_KW_NONE_) {
        return hs_comp_p_syntax_error(p);
    }
    hs_comp_p_next(p);
    size_t len = first->t.len;
    char buf[1024];
    if (len >= sizeof buf) {
        len = sizeof buf - 1; /* absurdly long names are cut (CPython has no limit) */
    }
    memcpy(buf, first->t.start, len);
    while (hs_comp_p_at(p, HS_TOK_DOT)) {
        hs_comp_p_next(p);
        HsPTok *t = hs_comp_p_peek(p, 0);
        if (t->t.type != HS_TOK_NAME || t->kw != HS_KW_NONE_) {
            return hs_comp_p_syntax_error(p);
        }
        hs_comp_p_next(p);
        if (len + 1 + t->t.len < sizeof buf) {
            buf[len++] = '.';
            memcpy(buf + len, t->t.start, t->t.len);
            len += t->t.len;
        }
    }
    return hs_comp_arena_strndup(p->arena, buf, len);
}

/* NAME-or-dotted ['as' NAME] */
static HsAstAlias *alias(HsParser *p, int dotted) {
    HsPTok *first = hs_comp_p_peek(p, 0);
    HsAstAlias *a = hs_comp_p_alloc(p, sizeof *a);
    if (a == NULL) {
        return NULL;
    }
    if (dotted) {
        a->name = dotted_name(p);
    } else if (first->t.type == HS_TOK_NAME && first->kw == HS_KW_NONE_) {
        a->name = hs_comp_p_ident(p, hs_comp_p_next(p));
    } else {
        return hs_comp_p_syntax_error(p);
    }
    if (a->name == NULL) {
        return NULL;
    }
    if (hs_comp_p_accept_kw(p, HS_KW_AS)) {
        HsPTok *n = hs_comp_p_peek(p, 0);
        if (n->t.type != HS_TOK_NAME || n->kw != HS_KW_NONE_) {
            return hs_comp_p_syntax_error(p);
        }
        a->asname = hs_comp_p_ident(p, hs_comp_p_next(p));
    }
    a->pos = hs_comp_pos_to_prev(p, first->t.lineno, first->t.col_offset);
    return a;
}

static HsAstStmt *import_stmt(HsParser *p, HsPTok *kw) {
    HsVec names = {0};
    do {
        HsAstAlias *a = alias(p, 1);
        if (a == NULL || hs_comp_vec_push(p, &names, a) < 0) {
            return NULL;
        }
    } while (hs_comp_p_accept(p, HS_TOK_COMMA));
    HsAstStmt *s = stmt_to_prev(p, HS_STMT_IMPORT, kw);
    if (s != NULL) {
        s->v.Import.names = hs_comp_vec_seq(p, &names);
    }
    return s;
}

static int from_targets(HsParser *p, HsVec *names) {
    HsPTok *t = hs_comp_p_peek(p, 0);
    if (t->t.type == HS_TOK_STAR) {
        hs_comp_p_next(p);
        HsAstAlias *a = hs_comp_p_alloc(p, sizeof *a);
        if (a == NULL) {
            return -1;
        }
        a->name = "*";
        a->pos = hs_comp_pos_tok(t, t);
        return hs_comp_vec_push(p, names, a);
    }
    int paren = hs_comp_p_accept(p, HS_TOK_LPAR);
    do {
        if (paren && hs_comp_p_at(p, HS_TOK_RPAR) && names->n > 0) {
            break;
        }
        if (!paren && names->n > 0 && hs_comp_p_at(p, HS_TOK_NEWLINE)) {
            hs_comp_p_error_tok(p, HS_P_TOK(p, p->fill - 1),
                                "trailing comma not allowed without "
                                "surrounding parentheses");
            return -1;
        }
        HsAstAlias *a = alias(p, 0);
        if (a == NULL || hs_comp_vec_push(p, names, a) < 0) {
            return -1;
        }
    } while (hs_comp_p_accept(p, HS_TOK_COMMA));
    if (paren && hs_comp_p_expect(p, HS_TOK_RPAR) == NULL) {
        return -1;
    }
    return 0;
}

static HsAstStmt *from_stmt(HsParser *p, HsPTok *kw) {
    int level = 0;
    for (;;) {
        if (hs_comp_p_accept(p, HS_TOK_DOT)) {
            level++;
        } else if (hs_comp_p_accept(p, HS_TOK_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    const char *module = NULL;
    if ((level == 0 || !hs_comp_p_at_kw(p, HS_KW_IMPORT)) && (module = dotted_name(p)) == NULL) {
        return NULL;
    }
    if (!hs_comp_p_accept_kw(p, HS_KW_IMPORT)) {
        return hs_comp_p_syntax_error(p);
    }
    HsVec names = {0};
    if (from_targets(p, &names) < 0) {
        return NULL;
    }
    HsAstStmt *s = stmt_to_prev(p, HS_STMT_IMPORTFROM, kw);
    if (s != NULL) {
        s->v.ImportFrom.module = module;
        s->v.ImportFrom.names = hs_comp_vec_seq(p, &names);
        s->v.ImportFrom.level = level;
    }
    return s;
}

static HsAstStmt *keyword_stmt(HsParser *p, HsPTok *kw) {
    HsAstStmt *s;
    hs_comp_p_next(p);
    switch (kw->kw) {
    case HS_KW_PASS:
        return stmt_to_prev(p, HS_STMT_PASS, kw);
    case HS_KW_BREAK:
        return stmt_to_prev(p, HS_STMT_BREAK, kw);
    case HS_KW_CONTINUE:
        return stmt_to_prev(p, HS_STMT_CONTINUE, kw);
    case HS_KW_DEL:
        return del_stmt(p, kw);
    case HS_KW_GLOBAL:
        return names_stmt(p, kw, HS_STMT_GLOBAL);
    case HS_KW_NONLOCAL:
        return names_stmt(p, kw, HS_STMT_NONLOCAL);
    case HS_KW_IMPORT:
        return import_stmt(p, kw);
    case HS_KW_FROM:
        return from_stmt(p, kw);
    case HS_KW_RETURN: {
        HsAstExpr *v = NULL;
        if ((hs_comp_p_starts_expr(p) || hs_comp_p_at(p, HS_TOK_STAR)) &&
            (v = hs_comp_p_star_expressions(p)) == NULL) {
            return NULL;
        }
        if ((s = stmt_to_prev(p, HS_STMT_RETURN, kw)) != NULL) {
            s->v.Return.value = v;
        }
        return s;
    }
    case HS_KW_RAISE: {
        HsAstExpr *exc = NULL, *cause = NULL;
        if (hs_comp_p_starts_expr(p)) {
            if ((exc = hs_comp_p_expression(p)) == NULL ||
                (hs_comp_p_accept_kw(p, HS_KW_FROM) && (cause = hs_comp_p_expression(p)) == NULL)) {
                return NULL;
            }
        }
        if ((s = stmt_to_prev(p, HS_STMT_RAISE, kw)) != NULL) {
            s->v.Raise.exc = exc;
            s->v.Raise.cause = cause;
        }
        return s;
    }
    case HS_KW_ASSERT: {
        HsAstExpr *test = hs_comp_p_expression(p), *msg = NULL;
        if (test == NULL ||
            (hs_comp_p_accept(p, HS_TOK_COMMA) && (msg = hs_comp_p_expression(p)) == NULL)) {
            return NULL;
        }
        if ((s = stmt_to_prev(p, HS_STMT_ASSERT, kw)) != NULL) {
            s->v.Assert.test = test;
            s->v.Assert.msg = msg;
        }
        return s;
    }
    default:
        return hs_comp_p_syntax_error(p);
    }
}

/* ==== internal API ==== */

/* simple_stmt (';' simple_stmt)* [';'] NEWLINE, appended to 'out'. */
int hs_comp_p_simple_stmts(HsParser *p, HsVec *out) {
    for (;;) {
        HsPTok *t = hs_comp_p_peek(p, 0);
        HsAstStmt *s;
        switch (t->kw) {
        case HS_KW_PASS:
        case HS_KW_BREAK:
        case HS_KW_CONTINUE:
        case HS_KW_DEL:
        case HS_KW_GLOBAL:
        case HS_KW_NONLOCAL:
        case HS_KW_IMPORT:
        case HS_KW_FROM:
        case HS_KW_RETURN:
        case HS_KW_RAISE:
        case HS_KW_ASSERT:
            s = keyword_stmt(p, t);
            break;
        default:
            s = expr_stmt(p);
            break;
        }
        if (s == NULL || hs_comp_vec_push(p, out, s) < 0) {
            return -1;
        }
        if (hs_comp_p_accept(p, HS_TOK_NEWLINE)) {
            return 0;
        }
        if (!hs_comp_p_accept(p, HS_TOK_SEMI)) {
            HsAstExpr *last = s->kind == HS_STMT_ASSIGN   ? s->v.Assign.value
                              : s->kind == HS_STMT_EXPR ? s->v.Expr.value
                                                        : NULL;
            if (last != NULL) {
                legacy_check(p, last); /* an expression right after one */
            } else {
                hs_comp_p_syntax_error(p);
            }
            return -1;
        }
        if (hs_comp_p_accept(p, HS_TOK_NEWLINE)) {
            return 0;
        }
    }
}
