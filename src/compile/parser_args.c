/* Parameter lists (def and lambda), call arguments, and assignment/del targets
 * (CPython: Grammar/python.gram 'parameters', 'lambda_params', 'args', 'kwargs', the
 * invalid_* rules for them, and Parser/pegen.c _PyPegen_get_expr_name /
 * _PyPegen_get_invalid_target for target errors). Targets are parsed as ordinary
 * expressions and then checked and given their Store/Del context here. */
#include "internal/hs_compile_parser.h"

#include <string.h>

/* ==== constants and types ==== */
typedef struct Params {
    HsVec posonly, args, kwonly, kw_defaults, defaults;
    HsAstArg *vararg, *kwarg;
    int seen_slash, seen_star, seen_default;
} Params;

/* ==== static helpers ==== */

/* NAME [':' expression] */
static HsAstArg *param(HsParser *p, int allow_annotations) {
    HsPTok *name = hs_comp_p_peek(p, 0);
    if (name->t.type != HS_TOK_NAME || name->kw != HS_KW_NONE_) {
        return hs_comp_p_syntax_error(p);
    }
    hs_comp_p_next(p);
    HsAstArg *a = hs_comp_p_alloc(p, sizeof *a);
    if (a == NULL || (a->arg = hs_comp_p_ident(p, name)) == NULL) {
        return NULL;
    }
    if (allow_annotations && hs_comp_p_accept(p, HS_TOK_COLON)) {
        /* PEP 646: '*args: *Ts' (CPython star_annotation); only meaningful for *args */
        a->annotation = allow_annotations == 2 && hs_comp_p_at(p, HS_TOK_STAR)
                            ? hs_comp_p_star_named_expression(p)
                            : hs_comp_p_expression(p);
        if (a->annotation == NULL) {
            return NULL;
        }
    }
    a->pos = hs_comp_pos_to_prev(p, name->t.lineno, name->t.col_offset);
    return a;
}

static int param_star(HsParser *p, Params *ps, HsTokenType close, int allow_ann) {
    HsPTok *star = hs_comp_p_next(p);
    if (ps->seen_star) {
        hs_comp_p_error_tok(p, star, "* argument may appear only once");
        return -1;
    }
    ps->seen_star = 1;
    if (hs_comp_p_at(p, HS_TOK_COMMA) || hs_comp_p_at(p, close)) {
        HsPTok *n1 = hs_comp_p_peek(p, 1);
        if (hs_comp_p_at(p, close) || n1->t.type == close || n1->t.type == HS_TOK_DOUBLESTAR) {
            hs_comp_p_error_tok(p, star, "named arguments must follow bare *");
            return -1;
        }
        return 0;
    }
    if ((ps->vararg = param(p, allow_ann ? 2 : 0)) == NULL) {
        return -1;
    }
    return 0;
}

static int param_plain(HsParser *p, Params *ps, int allow_ann) {
    HsAstArg *a = param(p, allow_ann);
    if (a == NULL) {
        return -1;
    }
    HsAstExpr *def = NULL;
    if (hs_comp_p_accept(p, HS_TOK_EQUAL) && (def = hs_comp_p_expression(p)) == NULL) {
        return -1;
    }
    if (ps->seen_star) {
        return hs_comp_vec_push(p, &ps->kwonly, a) < 0 ||
                       hs_comp_vec_push(p, &ps->kw_defaults, def) < 0
                   ? -1
                   : 0;
    }
    if (def != NULL) {
        ps->seen_default = 1;
        if (hs_comp_vec_push(p, &ps->defaults, def) < 0) {
            return -1;
        }
    } else if (ps->seen_default) {
        hs_comp_p_error(p, HS_COMP_ERR_SYNTAX, a->pos.lineno, a->pos.col_offset, a->pos.end_lineno,
                        a->pos.end_col_offset, "non-default argument follows default argument");
        return -1;
    }
    return hs_comp_vec_push(p, &ps->args, a);
}

static int param_slash(HsParser *p, Params *ps) {
    HsPTok *slash = hs_comp_p_next(p);
    if (ps->seen_slash) {
        hs_comp_p_error_tok(p, slash, "/ may appear only once");
        return -1;
    }
    if (ps->seen_star) {
        hs_comp_p_error_tok(p, slash, "/ must be ahead of *");
        return -1;
    }
    if (ps->args.n == 0) {
        hs_comp_p_error_tok(p, slash, "at least one argument must precede /");
        return -1;
    }
    ps->seen_slash = 1;
    ps->posonly = ps->args;
    memset(&ps->args, 0, sizeof ps->args);
    return 0;
}

/* ==== internal API: parameters ==== */

HsAstArguments *hs_comp_p_parameters(HsParser *p, HsTokenType close, int allow_annotations) {
    Params ps;
    memset(&ps, 0, sizeof ps);
    while (!hs_comp_p_at(p, close) && !p->failed) {
        int r;
        if (ps.kwarg != NULL) {
            return hs_comp_p_error_tok(p, hs_comp_p_peek(p, 0),
                                       "arguments cannot follow var-keyword argument");
        }
        if (hs_comp_p_at(p, HS_TOK_SLASH)) {
            r = param_slash(p, &ps);
        } else if (hs_comp_p_at(p, HS_TOK_STAR)) {
            r = param_star(p, &ps, close, allow_annotations);
        } else if (hs_comp_p_accept(p, HS_TOK_DOUBLESTAR)) {
            r = (ps.kwarg = param(p, allow_annotations)) == NULL ? -1 : 0;
            if (r == 0 && hs_comp_p_at(p, HS_TOK_EQUAL)) {
                return hs_comp_p_error_tok(p, hs_comp_p_peek(p, 0),
                                           "var-keyword argument cannot have default value");
            }
        } else {
            r = param_plain(p, &ps, allow_annotations);
        }
        if (r < 0) {
            return NULL;
        }
        if (!hs_comp_p_accept(p, HS_TOK_COMMA)) {
            break;
        }
    }
    if (p->failed) {
        return NULL;
    }
    HsAstArguments *a = hs_comp_p_alloc(p, sizeof *a);
    if (a == NULL) {
        return NULL;
    }
    a->posonlyargs = hs_comp_vec_seq(p, &ps.posonly);
    a->args = hs_comp_vec_seq(p, &ps.args);
    a->vararg = ps.vararg;
    a->kwonlyargs = hs_comp_vec_seq(p, &ps.kwonly);
    a->kw_defaults = hs_comp_vec_seq(p, &ps.kw_defaults);
    a->kwarg = ps.kwarg;
    a->defaults = hs_comp_vec_seq(p, &ps.defaults);
    return p->failed ? NULL : a;
}

/* ==== internal API: calls ==== */

typedef struct CallState {
    HsVec args, keywords;
    int seen_kw, seen_dstar;
    HsAstExpr *last; /* the expression that ended the last argument (for the comma hint) */
    int last_first;  /* index of its first token */
} CallState;

static HsAstKeyword *keyword(HsParser *p, HsPTok *first, const char *arg, HsAstExpr *value) {
    HsAstKeyword *k = hs_comp_p_alloc(p, sizeof *k);
    if (k != NULL) {
        k->arg = arg;
        k->value = value;
        k->pos = hs_comp_pos_to_prev(p, first->t.lineno, first->t.col_offset);
    }
    return k;
}

/* NAME '=' expression */
static int call_kwarg(HsParser *p, CallState *cs) {
    HsPTok *name = hs_comp_p_next(p);
    HsPTok *eq = hs_comp_p_next(p);
    if (name->kw != HS_KW_NONE_) {
        hs_comp_p_error(p, HS_COMP_ERR_SYNTAX, name->t.lineno, name->t.col_offset, eq->t.end_lineno,
                        eq->t.end_col_offset, "cannot assign to %.*s", (int)name->t.len,
                        name->t.start);
        return -1;
    }
    int vfirst = p->pos;
    HsAstExpr *v = hs_comp_p_expression(p);
    cs->last = v;
    cs->last_first = vfirst;
    if (v == NULL) {
        return -1;
    }
    if (hs_comp_p_at_kw(p, HS_KW_FOR)) {
        hs_comp_p_error(p, HS_COMP_ERR_SYNTAX, name->t.lineno, name->t.col_offset, eq->t.end_lineno,
                        eq->t.end_col_offset,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return -1;
    }
    cs->seen_kw = 1;
    HsAstKeyword *k = keyword(p, name, hs_comp_p_ident(p, name), v);
    return k == NULL ? -1 : hs_comp_vec_push(p, &cs->keywords, k);
}

static int call_positional(HsParser *p, CallState *cs, HsPTok *open, HsAstExpr **genexp) {
    int first = p->pos;
    HsAstExpr *e = hs_comp_p_named_expression(p);
    if (e == NULL) {
        return -1;
    }
    if (hs_comp_p_at_kw(p, HS_KW_FOR)) {
        HsAstSeq *gens = hs_comp_p_comprehension_clauses(p);
        if (gens == NULL) {
            return -1;
        }
        if (!hs_comp_p_at(p, HS_TOK_RPAR) && !hs_comp_p_at(p, HS_TOK_COMMA)) {
            return hs_comp_p_syntax_error(p) == NULL ? -1 : -1;
        }
        if (cs->args.n + cs->keywords.n > 0 || !hs_comp_p_at(p, HS_TOK_RPAR)) {
            HsAstComprehension *last = HS_SEQ_GET(gens, HS_SEQ_LEN(gens) - 1);
            HsAstExpr *end = HS_SEQ_LEN(last->ifs)
                                 ? HS_SEQ_GET(last->ifs, HS_SEQ_LEN(last->ifs) - 1)
                                 : last->iter;
            hs_comp_p_error_range(p, &e->pos, &end->pos,
                                  "Generator expression must be parenthesized");
            return -1;
        }
        HsPTok *close = hs_comp_p_peek(p, 0);
        HsAstExpr *g = hs_comp_p_expr(p, HS_EXPR_GENERATOREXP, hs_comp_pos_tok(open, close));
        if (g == NULL) {
            return -1;
        }
        g->v.Comp.elt = e;
        g->v.Comp.generators = gens;
        *genexp = g;
        return hs_comp_vec_push(p, &cs->args, g);
    }
    if (hs_comp_p_at(p, HS_TOK_EQUAL)) {
        HsPTok *eq = hs_comp_p_peek(p, 0);
        hs_comp_p_error(p, HS_COMP_ERR_SYNTAX, e->pos.lineno, e->pos.col_offset, eq->t.end_lineno,
                        eq->t.end_col_offset,
                        "expression cannot contain assignment, perhaps you meant \"==\"?");
        return -1;
    }
    if (cs->seen_kw || cs->seen_dstar) {
        hs_comp_p_peek(p, 0);
        HsPTok *last = HS_P_TOK(p, p->fill - 1);
        hs_comp_p_error_tok(p, last,
                            cs->seen_dstar ? "positional argument follows keyword "
                                             "argument unpacking"
                                           : "positional argument follows keyword "
                                             "argument");
        return -1;
    }
    cs->last = e;
    cs->last_first = first;
    return hs_comp_vec_push(p, &cs->args, e);
}

static int call_star(HsParser *p, CallState *cs) {
    HsPTok *star = hs_comp_p_next(p);
    if (cs->seen_dstar) {
        hs_comp_p_error_tok(p, star,
                            "iterable argument unpacking follows keyword argument "
                            "unpacking");
        return -1;
    }
    int vfirst = p->pos;
    HsAstExpr *v = hs_comp_p_expression(p);
    cs->last = v;
    cs->last_first = vfirst;
    if (v == NULL) {
        return -1;
    }
    HsAstExpr *s = hs_comp_p_expr(p, HS_EXPR_STARRED,
                                  hs_comp_pos_to_prev(p, star->t.lineno, star->t.col_offset));
    if (s == NULL) {
        return -1;
    }
    s->v.Starred.value = v;
    s->v.Starred.ctx = HS_CTX_LOAD;
    return hs_comp_vec_push(p, &cs->args, s);
}

HsAstExpr *hs_comp_p_call(HsParser *p, HsAstExpr *func) {
    HsPTok *open = hs_comp_p_next(p);
    CallState cs;
    memset(&cs, 0, sizeof cs);
    while (!hs_comp_p_at(p, HS_TOK_RPAR)) {
        int r;
        HsAstExpr *genexp = NULL;
        HsPTok *t = hs_comp_p_peek(p, 0);
        if (t->t.type == HS_TOK_STAR) {
            r = call_star(p, &cs);
        } else if (t->t.type == HS_TOK_DOUBLESTAR) {
            hs_comp_p_next(p);
            int vfirst = p->pos;
            HsAstExpr *v = hs_comp_p_expression(p);
            cs.last = v;
            cs.last_first = vfirst;
            HsAstKeyword *k = v == NULL ? NULL : keyword(p, t, NULL, v);
            r = k == NULL ? -1 : hs_comp_vec_push(p, &cs.keywords, k);
            cs.seen_dstar = 1;
        } else if (t->t.type == HS_TOK_NAME &&
                   (t->kw == HS_KW_NONE_ || t->kw == HS_KW_TRUE || t->kw == HS_KW_FALSE ||
                    t->kw == HS_KW_NONE) &&
                   hs_comp_p_peek(p, 1)->t.type == HS_TOK_EQUAL) {
            r = call_kwarg(p, &cs);
        } else {
            r = call_positional(p, &cs, open, &genexp);
        }
        if (r < 0) {
            return NULL;
        }
        if (!hs_comp_p_accept(p, HS_TOK_COMMA)) {
            if (!hs_comp_p_at(p, HS_TOK_RPAR)) {
                if (cs.last != NULL && genexp == NULL) {
                    return hs_comp_p_forgot_comma(p, cs.last, cs.last_first);
                }
                return hs_comp_p_syntax_error(p);
            }
            break;
        }
    }
    if (hs_comp_p_expect(p, HS_TOK_RPAR) == NULL) {
        return NULL;
    }
    HsAstExpr *c = hs_comp_p_expr(p, HS_EXPR_CALL,
                                  hs_comp_pos_to_prev(p, func->pos.lineno, func->pos.col_offset));
    if (c != NULL) {
        c->v.Call.func = func;
        c->v.Call.args = hs_comp_vec_seq(p, &cs.args);
        c->v.Call.keywords = hs_comp_vec_seq(p, &cs.keywords);
    }
    return p->failed ? NULL : c;
}

/* ==== internal API: targets ==== */

const char *hs_comp_p_expr_name(const HsAstExpr *e) {
    switch (e->kind) {
    case HS_EXPR_ATTRIBUTE:
        return "attribute";
    case HS_EXPR_SUBSCRIPT:
        return "subscript";
    case HS_EXPR_STARRED:
        return "starred";
    case HS_EXPR_NAME:
        return "name";
    case HS_EXPR_LIST:
        return "list";
    case HS_EXPR_TUPLE:
        return "tuple";
    case HS_EXPR_LAMBDA:
        return "lambda";
    case HS_EXPR_CALL:
        return "function call";
    case HS_EXPR_BOOLOP:
    case HS_EXPR_BINOP:
    case HS_EXPR_UNARYOP:
        return "expression";
    case HS_EXPR_GENERATOREXP:
        return "generator expression";
    case HS_EXPR_YIELD:
    case HS_EXPR_YIELDFROM:
        return "yield expression";
    case HS_EXPR_AWAIT:
        return "await expression";
    case HS_EXPR_LISTCOMP:
        return "list comprehension";
    case HS_EXPR_SETCOMP:
        return "set comprehension";
    case HS_EXPR_DICTCOMP:
        return "dict comprehension";
    case HS_EXPR_DICT:
        return "dict literal";
    case HS_EXPR_SET:
        return "set display";
    case HS_EXPR_JOINEDSTR:
    case HS_EXPR_FORMATTEDVALUE:
        return "f-string expression";
    case HS_EXPR_CONSTANT:
        switch (e->v.Constant.value.kind) {
        case HS_CONST_NONE:
            return "None";
        case HS_CONST_FALSE:
            return "False";
        case HS_CONST_TRUE:
            return "True";
        case HS_CONST_ELLIPSIS:
            return "ellipsis";
        default:
            return "literal";
        }
    case HS_EXPR_COMPARE:
        return "comparison";
    case HS_EXPR_IFEXP:
        return "conditional expression";
    case HS_EXPR_NAMEDEXPR:
        return "named expression";
    default:
        return "expression";
    }
}

const HsAstExpr *hs_comp_p_invalid_target(const HsAstExpr *e, HsAstExprContext ctx) {
    switch (e->kind) {
    case HS_EXPR_LIST:
    case HS_EXPR_TUPLE:
        for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(e->v.List.elts); i++) {
            const HsAstExpr *bad = hs_comp_p_invalid_target(HS_SEQ_GET(e->v.List.elts, i), ctx);
            if (bad != NULL) {
                return bad;
            }
        }
        return NULL;
    case HS_EXPR_STARRED:
        return ctx == HS_CTX_DEL ? e : hs_comp_p_invalid_target(e->v.Starred.value, ctx);
    case HS_EXPR_NAME:
    case HS_EXPR_SUBSCRIPT:
    case HS_EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static void apply_context(HsAstExpr *e, HsAstExprContext ctx) {
    switch (e->kind) {
    case HS_EXPR_LIST:
    case HS_EXPR_TUPLE:
        e->v.List.ctx = ctx;
        for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(e->v.List.elts); i++) {
            apply_context(HS_SEQ_GET(e->v.List.elts, i), ctx);
        }
        break;
    case HS_EXPR_STARRED:
        e->v.Starred.ctx = ctx;
        apply_context(e->v.Starred.value, ctx);
        break;
    case HS_EXPR_NAME:
        e->v.Name.ctx = ctx;
        break;
    case HS_EXPR_SUBSCRIPT:
        e->v.Subscript.ctx = ctx;
        break;
    case HS_EXPR_ATTRIBUTE:
        e->v.Attribute.ctx = ctx;
        break;
    default:
        break;
    }
}

int hs_comp_p_set_context(HsParser *p, HsAstExpr *e, HsAstExprContext ctx) {
    const HsAstExpr *bad = hs_comp_p_invalid_target(e, ctx);
    if (bad != NULL) {
        hs_comp_p_error_expr(p, bad, ctx == HS_CTX_DEL ? "cannot delete %s" : "cannot assign to %s",
                             hs_comp_p_expr_name(bad));
        return -1;
    }
    apply_context(e, ctx);
    return 0;
}
