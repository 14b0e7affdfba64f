/* Expressions (CPython: Grammar/python.gram, the expressions section, as generated into
 * Parser/parser.c). One function per precedence level, from expression (lambda, if-else)
 * down to atom; binary levels share one table-driven loop. Left-associative chains are built
 * in loops (the tree-depth guard counts them), right-nesting constructs recurse through
 * hs_comp_p_enter (the recursion guard). Positions follow CPython: a node spans the tokens
 * its rule consumed; parentheses around a group do not widen it. */
#include "internal/hs_compile_parser.h"

#include <string.h>

/* ==== constants and types ==== */
/* Binary levels, loosest first: | ^ & shifts arithmetic term. */
typedef struct BinLevel {
    HsTokenType tok[5];
    HsAstOperator op[5];
} BinLevel;

static const BinLevel bin_levels[] = {
    {{HS_TOK_VBAR}, {HS_OP_BITOR}},
    {{HS_TOK_CIRCUMFLEX}, {HS_OP_BITXOR}},
    {{HS_TOK_AMPER}, {HS_OP_BITAND}},
    {{HS_TOK_LEFTSHIFT, HS_TOK_RIGHTSHIFT}, {HS_OP_LSHIFT, HS_OP_RSHIFT}},
    {{HS_TOK_PLUS, HS_TOK_MINUS}, {HS_OP_ADD, HS_OP_SUB}},
    {{HS_TOK_STAR, HS_TOK_SLASH, HS_TOK_DOUBLESLASH, HS_TOK_PERCENT, HS_TOK_AT},
     {HS_OP_MULT, HS_OP_DIV, HS_OP_FLOORDIV, HS_OP_MOD, HS_OP_MATMULT}},
};
#define NLEVELS ((int)(sizeof bin_levels / sizeof bin_levels[0]))

static HsAstExpr *factor(HsParser *p);
static HsAstExpr *primary(HsParser *p);
static HsAstExpr *atom(HsParser *p);

/* ==== static helpers ==== */

static HsAstExpr *name_expr(HsParser *p, HsPTok *t, HsAstExprContext ctx) {
    HsAstExpr *e = hs_comp_p_expr(p, HS_EXPR_NAME, hs_comp_pos_tok(t, t));
    if (e != NULL) {
        e->v.Name.id = hs_comp_p_ident(p, t);
        e->v.Name.ctx = ctx;
    }
    return e;
}

static HsAstExpr *const_expr(HsParser *p, HsPTok *t, HsAstConstKind kind) {
    HsAstExpr *e = hs_comp_p_expr(p, HS_EXPR_CONSTANT, hs_comp_pos_tok(t, t));
    if (e != NULL) {
        e->v.Constant.value.kind = kind;
    }
    return e;
}

/* A NUMBER token as a Constant: underscores dropped; the kind decided by its shape. */
static HsAstExpr *number(HsParser *p, HsPTok *t) {
    char *s = hs_comp_p_alloc(p, t->t.len + 1);
    if (s == NULL) {
        return NULL;
    }
    size_t n = 0;
    for (size_t i = 0; i < t->t.len; i++) {
        if (t->t.start[i] != '_') {
            s[n++] = t->t.start[i];
        }
    }
    s[n] = '\0';
    HsAstConstKind kind = HS_CONST_INT;
    if (s[n - 1] == 'j' || s[n - 1] == 'J') {
        kind = HS_CONST_COMPLEX;
        s[--n] = '\0';
    } else if (n > 1 && s[0] == '0' && strchr("xXoObB", s[1]) != NULL) {
        kind = HS_CONST_INT;
    } else if (strpbrk(s, ".eE") != NULL) {
        kind = HS_CONST_FLOAT;
    }
    HsAstExpr *e = const_expr(p, t, kind);
    if (e != NULL) {
        e->v.Constant.value.s = s;
        e->v.Constant.value.len = n;
    }
    return e;
}

/* "invalid syntax. Perhaps you forgot a comma?" between 'a' and a following expression,
 * inside brackets (CPython invalid_expression); otherwise the generic error. */
void *hs_comp_p_forgot_comma(HsParser *p, HsAstExpr *a, int a_first) {
    if (!p->failed && hs_comp_p_at(p, HS_TOK_EQUAL)) {
        return hs_comp_p_stray_equal(p, a, a_first);
    }
    int fill = p->fill;
    HsPTok *first = HS_P_TOK(p, a_first);
    int legacy = first->t.type == HS_TOK_NAME && a_first + 1 < p->fill &&
                 HS_P_TOK(p, a_first + 1)->t.type == HS_TOK_STRING;
    int soft = first->t.type == HS_TOK_NAME &&
               ((first->t.len == 5 && memcmp(first->t.start, "match", 5) == 0) ||
                (first->t.len == 4 && memcmp(first->t.start, "case", 4) == 0) ||
                (first->t.len == 1 && first->t.start[0] == '_'));
    if (p->failed || legacy || soft || !hs_comp_p_starts_expr(p) || hs_comp_p_at_kw(p, HS_KW_NOT)) {
        return hs_comp_p_syntax_error_at(p, fill);
    }
    int mark = p->pos;
    HsAstExpr *b = hs_comp_p_expression(p);
    if (b == NULL && !p->tok_failed && p->err->kind == HS_COMP_ERR_SYNTAX) {
        /* CPython parses b with its error rules off: fall back to the simpler form */
        p->failed = 0;
        hs_comp_error_clear(p->err);
        p->pos = mark;
        b = hs_comp_p_disjunction(p);
    }
    if (b != NULL && (hs_comp_p_at(p, HS_TOK_EQUAL) || hs_comp_p_at(p, HS_TOK_COLONEQUAL))) {
        return hs_comp_p_syntax_error_at(p, fill); /* CPython: !('=' | ':=') after b */
    }
    if (b == NULL) {
        if (p->tok_failed) {
            return NULL;
        }
        p->failed = 0;
        hs_comp_error_clear(p->err);
        return hs_comp_p_syntax_error_at(p, fill);
    }
    return hs_comp_p_error_range(p, &a->pos, &b->pos,
                                 "invalid syntax. Perhaps you forgot a comma?");
}

/* Elements after the first of a list/tuple/set display, up to 'close' (not consumed). */
static int display_rest(HsParser *p, HsVec *v, HsTokenType close) {
    while (hs_comp_p_accept(p, HS_TOK_COMMA)) {
        if (hs_comp_p_at(p, close)) {
            return 0;
        }
        int first = p->pos;
        HsAstExpr *e = hs_comp_p_star_named_expression(p);
        if (e == NULL || hs_comp_vec_push(p, v, e) < 0) {
            return -1;
        }
        if (!hs_comp_p_at(p, HS_TOK_COMMA) && !hs_comp_p_at(p, close)) {
            hs_comp_p_forgot_comma(p, e, first);
            return -1;
        }
    }
    return 0;
}

/* The rest of '(' ... ')' after the first element 'e' (tuple, group or generator). */
static HsAstExpr *paren_rest(HsParser *p, HsPTok *open, HsAstExpr *e, int efirst) {
    if (hs_comp_p_at_kw(p, HS_KW_FOR) || hs_comp_p_at_kw(p, HS_KW_ASYNC)) {
        HsAstSeq *gens = hs_comp_p_comprehension_clauses(p);
        if (gens == NULL || hs_comp_p_expect(p, HS_TOK_RPAR) == NULL) {
            return NULL;
        }
        HsAstExpr *g =
            hs_comp_p_expr(p, HS_EXPR_GENERATOREXP, hs_comp_pos_tok(open, hs_comp_p_prev(p)));
        if (g != NULL) {
            g->v.Comp.elt = e;
            g->v.Comp.generators = gens;
        }
        return g;
    }
    if (hs_comp_p_accept(p, HS_TOK_RPAR)) {
        if (e->kind == HS_EXPR_STARRED) {
            return hs_comp_p_error_expr(p, e, "cannot use starred expression here");
        }
        return e; /* a group keeps the inner positions */
    }
    if (!hs_comp_p_at(p, HS_TOK_COMMA)) {
        return hs_comp_p_forgot_comma(p, e, efirst);
    }
    HsVec v = {0};
    if (hs_comp_vec_push(p, &v, e) < 0 || display_rest(p, &v, HS_TOK_RPAR) < 0 ||
        hs_comp_p_expect(p, HS_TOK_RPAR) == NULL) {
        return NULL;
    }
    HsAstExpr *t = hs_comp_p_expr(p, HS_EXPR_TUPLE, hs_comp_pos_tok(open, hs_comp_p_prev(p)));
    if (t != NULL && (t->v.Tuple.elts = hs_comp_vec_seq(p, &v)) != NULL) {
        t->v.Tuple.ctx = HS_CTX_LOAD;
    }
    return p->failed ? NULL : t;
}

static HsAstExpr *paren_atom(HsParser *p) {
    HsPTok *open = hs_comp_p_next(p);
    if (hs_comp_p_accept(p, HS_TOK_RPAR)) {
        HsAstExpr *t = hs_comp_p_expr(p, HS_EXPR_TUPLE, hs_comp_pos_tok(open, hs_comp_p_prev(p)));
        if (t != NULL) {
            t->v.Tuple.ctx = HS_CTX_LOAD;
        }
        return t;
    }
    if (hs_comp_p_at_kw(p, HS_KW_YIELD)) {
        HsAstExpr *y = hs_comp_p_yield_expr(p);
        if (y == NULL || hs_comp_p_expect(p, HS_TOK_RPAR) == NULL) {
            return NULL;
        }
        return y;
    }
    int first = p->pos;
    HsAstExpr *e = hs_comp_p_star_named_expression(p);
    if (e == NULL) {
        return NULL;
    }
    return paren_rest(p, open, e, first);
}

static HsAstExpr *list_atom(HsParser *p) {
    HsPTok *open = hs_comp_p_next(p);
    HsVec v = {0};
    if (!hs_comp_p_at(p, HS_TOK_RSQB)) {
        int first = p->pos;
        HsAstExpr *e = hs_comp_p_star_named_expression(p);
        if (e == NULL) {
            return NULL;
        }
        if (hs_comp_p_at_kw(p, HS_KW_FOR) || hs_comp_p_at_kw(p, HS_KW_ASYNC)) {
            HsAstSeq *gens = hs_comp_p_comprehension_clauses(p);
            if (gens == NULL || hs_comp_p_expect(p, HS_TOK_RSQB) == NULL) {
                return NULL;
            }
            HsAstExpr *c =
                hs_comp_p_expr(p, HS_EXPR_LISTCOMP, hs_comp_pos_tok(open, hs_comp_p_prev(p)));
            if (c != NULL) {
                c->v.Comp.elt = e;
                c->v.Comp.generators = gens;
            }
            return c;
        }
        if (!hs_comp_p_at(p, HS_TOK_COMMA) && !hs_comp_p_at(p, HS_TOK_RSQB)) {
            return hs_comp_p_forgot_comma(p, e, first);
        }
        if (hs_comp_vec_push(p, &v, e) < 0 || display_rest(p, &v, HS_TOK_RSQB) < 0) {
            return NULL;
        }
    }
    if (hs_comp_p_expect(p, HS_TOK_RSQB) == NULL) {
        return NULL;
    }
    HsAstExpr *l = hs_comp_p_expr(p, HS_EXPR_LIST, hs_comp_pos_tok(open, hs_comp_p_prev(p)));
    if (l != NULL && (l->v.List.elts = hs_comp_vec_seq(p, &v)) != NULL) {
        l->v.List.ctx = HS_CTX_LOAD;
    }
    return p->failed ? NULL : l;
}

/* "expression expected after dictionary key and ':'" when '}' or ',' follows the ':'. */
static int dict_value_missing(HsParser *p) {
    if (hs_comp_p_at(p, HS_TOK_RBRACE) || hs_comp_p_at(p, HS_TOK_COMMA)) {
        hs_comp_p_error_tok(p, hs_comp_p_prev(p),
                            "expression expected after dictionary key and ':'");
        return 1;
    }
    return 0;
}

/* One dict item: '**' bitwise_or, or key ':' value. Pushes key (NULL for **) and value. */
static int dict_item(HsParser *p, HsVec *keys, HsVec *values) {
    HsAstExpr *k = NULL, *v;
    if (hs_comp_p_accept(p, HS_TOK_DOUBLESTAR)) {
        v = hs_comp_p_bitwise_or(p);
    } else {
        k = hs_comp_p_expression(p);
        if (k == NULL) {
            return -1;
        }
        if (!hs_comp_p_at(p, HS_TOK_COLON)) {
            hs_comp_p_error(p, HS_COMP_ERR_SYNTAX, k->pos.lineno, k->pos.end_col_offset - 1,
                            k->pos.end_lineno, -2, "':' expected after dictionary key");
            return -1;
        }
        if (hs_comp_p_expect(p, HS_TOK_COLON) == NULL || dict_value_missing(p)) {
            return -1;
        }
        int vfirst = p->pos;
        v = hs_comp_p_expression(p);
        if (v != NULL && !hs_comp_p_at(p, HS_TOK_COMMA) && !hs_comp_p_at(p, HS_TOK_RBRACE)) {
            hs_comp_p_forgot_comma(p, v, vfirst);
            return -1;
        }
    }
    if (v == NULL || hs_comp_vec_push(p, keys, k) < 0 || hs_comp_vec_push(p, values, v) < 0) {
        return -1;
    }
    return 0;
}

static HsAstExpr *dict_rest(HsParser *p, HsPTok *open, HsVec *keys, HsVec *values) {
    while (hs_comp_p_accept(p, HS_TOK_COMMA)) {
        if (hs_comp_p_at(p, HS_TOK_RBRACE)) {
            break;
        }
        if (dict_item(p, keys, values) < 0) {
            return NULL;
        }
    }
    if (hs_comp_p_expect(p, HS_TOK_RBRACE) == NULL) {
        return NULL;
    }
    HsAstExpr *d = hs_comp_p_expr(p, HS_EXPR_DICT, hs_comp_pos_tok(open, hs_comp_p_prev(p)));
    if (d != NULL) {
        d->v.Dict.keys = hs_comp_vec_seq(p, keys);
        d->v.Dict.values = hs_comp_vec_seq(p, values);
    }
    return p->failed ? NULL : d;
}

/* '{' ... '}' after the first key 'k' and ':' */
static HsAstExpr *dict_after_key(HsParser *p, HsPTok *open, HsAstExpr *k) {
    if (dict_value_missing(p)) {
        return NULL;
    }
    int vfirst = p->pos;
    HsAstExpr *v = hs_comp_p_expression(p);
    if (v == NULL) {
        return NULL;
    }
    if (!hs_comp_p_at(p, HS_TOK_COMMA) && !hs_comp_p_at(p, HS_TOK_RBRACE) &&
        !hs_comp_p_at_kw(p, HS_KW_FOR) && !hs_comp_p_at_kw(p, HS_KW_ASYNC)) {
        return hs_comp_p_forgot_comma(p, v, vfirst);
    }
    if (hs_comp_p_at_kw(p, HS_KW_FOR) || hs_comp_p_at_kw(p, HS_KW_ASYNC)) {
        HsAstSeq *gens = hs_comp_p_comprehension_clauses(p);
        if (gens == NULL || hs_comp_p_expect(p, HS_TOK_RBRACE) == NULL) {
            return NULL;
        }
        HsAstExpr *c =
            hs_comp_p_expr(p, HS_EXPR_DICTCOMP, hs_comp_pos_tok(open, hs_comp_p_prev(p)));
        if (c != NULL) {
            c->v.DictComp.key = k;
            c->v.DictComp.value = v;
            c->v.DictComp.generators = gens;
        }
        return c;
    }
    HsVec keys = {0}, values = {0};
    if (hs_comp_vec_push(p, &keys, k) < 0 || hs_comp_vec_push(p, &values, v) < 0) {
        return NULL;
    }
    return dict_rest(p, open, &keys, &values);
}

static HsAstExpr *brace_atom(HsParser *p) {
    HsPTok *open = hs_comp_p_next(p);
    HsVec keys = {0}, values = {0};
    if (hs_comp_p_at(p, HS_TOK_RBRACE) || hs_comp_p_at(p, HS_TOK_DOUBLESTAR)) {
        if (!hs_comp_p_at(p, HS_TOK_RBRACE) && dict_item(p, &keys, &values) < 0) {
            return NULL;
        }
        return dict_rest(p, open, &keys, &values);
    }
    int first = p->pos;
    HsAstExpr *e = hs_comp_p_star_named_expression(p);
    if (e == NULL) {
        return NULL;
    }
    if (e->kind != HS_EXPR_STARRED &&
        (e->kind != HS_EXPR_NAMEDEXPR || HS_P_TOK(p, first)->t.type == HS_TOK_LPAR) &&
        hs_comp_p_accept(p, HS_TOK_COLON)) {
        return dict_after_key(p, open, e);
    }
    HsAstExpr *s;
    if (hs_comp_p_at_kw(p, HS_KW_FOR) || hs_comp_p_at_kw(p, HS_KW_ASYNC)) {
        HsAstSeq *gens = hs_comp_p_comprehension_clauses(p);
        if (gens == NULL || hs_comp_p_expect(p, HS_TOK_RBRACE) == NULL) {
            return NULL;
        }
        s = hs_comp_p_expr(p, HS_EXPR_SETCOMP, hs_comp_pos_tok(open, hs_comp_p_prev(p)));
        if (s != NULL) {
            s->v.Comp.elt = e;
            s->v.Comp.generators = gens;
        }
        return s;
    }
    if (!hs_comp_p_at(p, HS_TOK_COMMA) && !hs_comp_p_at(p, HS_TOK_RBRACE)) {
        return hs_comp_p_forgot_comma(p, e, first);
    }
    HsVec v = {0};
    if (hs_comp_vec_push(p, &v, e) < 0 || display_rest(p, &v, HS_TOK_RBRACE) < 0 ||
        hs_comp_p_expect(p, HS_TOK_RBRACE) == NULL) {
        return NULL;
    }
    s = hs_comp_p_expr(p, HS_EXPR_SET, hs_comp_pos_tok(open, hs_comp_p_prev(p)));
    if (s != NULL) {
        s->v.Set.elts = hs_comp_vec_seq(p, &v);
    }
    return p->failed ? NULL : s;
}

static HsAstExpr *atom(HsParser *p) {
    HsPTok *t = hs_comp_p_peek(p, 0);
    switch (t->t.type) {
    case HS_TOK_NAME:
        switch (t->kw) {
        case HS_KW_NONE_:
            hs_comp_p_next(p);
            return name_expr(p, t, HS_CTX_LOAD);
        case HS_KW_NONE:
            hs_comp_p_next(p);
            return const_expr(p, t, HS_CONST_NONE);
        case HS_KW_TRUE:
            hs_comp_p_next(p);
            return const_expr(p, t, HS_CONST_TRUE);
        case HS_KW_FALSE:
            hs_comp_p_next(p);
            return const_expr(p, t, HS_CONST_FALSE);
        case HS_KW_AWAIT:
        case HS_KW_ASYNC:
            return hs_comp_p_error_tok(p, t,
                                       "'%s' is not supported (no async/await in "
                                       "heapscope)",
                                       t->kw == HS_KW_AWAIT ? "await" : "async");
        default:
            return hs_comp_p_syntax_error(p);
        }
    case HS_TOK_NUMBER:
        hs_comp_p_next(p);
        return number(p, t);
    case HS_TOK_STRING: {
        int first = p->pos;
        while (hs_comp_p_at(p, HS_TOK_STRING)) {
            hs_comp_p_next(p);
        }
        return hs_comp_p_strings(p, first, p->pos - 1);
    }
    case HS_TOK_ELLIPSIS:
        hs_comp_p_next(p);
        return const_expr(p, t, HS_CONST_ELLIPSIS);
    case HS_TOK_LPAR:
        return paren_atom(p);
    case HS_TOK_LSQB:
        return list_atom(p);
    case HS_TOK_LBRACE:
        return brace_atom(p);
    default:
        return hs_comp_p_syntax_error(p);
    }
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static HsAstExpr *slice(HsParser *p) {
    HsPTok *first = hs_comp_p_peek(p, 0);
    HsAstExpr *lower = NULL, *upper = NULL, *step = NULL;
    if (!hs_comp_p_at(p, HS_TOK_COLON)) {
        if (hs_comp_p_at(p, HS_TOK_STAR)) {
            return hs_comp_p_star_named_expression(p);
        }
        lower = hs_comp_p_named_expression(p);
        if (lower == NULL || !hs_comp_p_at(p, HS_TOK_COLON)) {
            return lower;
        }
    }
    hs_comp_p_next(p); /* ':' */
    if (!hs_comp_p_at(p, HS_TOK_COLON) && !hs_comp_p_at(p, HS_TOK_COMMA) &&
        !hs_comp_p_at(p, HS_TOK_RSQB) && (upper = hs_comp_p_expression(p)) == NULL) {
        return NULL;
    }
    if (hs_comp_p_accept(p, HS_TOK_COLON) && !hs_comp_p_at(p, HS_TOK_COMMA) &&
        !hs_comp_p_at(p, HS_TOK_RSQB) && (step = hs_comp_p_expression(p)) == NULL) {
        return NULL;
    }
    HsAstExpr *s = hs_comp_p_expr(p, HS_EXPR_SLICE, hs_comp_pos_tok(first, hs_comp_p_prev(p)));
    if (s != NULL) {
        s->v.Slice.lower = lower;
        s->v.Slice.upper = upper;
        s->v.Slice.step = step;
    }
    return s;
}

/* '[' slices ']' after 'value'. */
static HsAstExpr *subscript(HsParser *p, HsAstExpr *value) {
    hs_comp_p_next(p); /* '[' */
    HsPTok *first = hs_comp_p_peek(p, 0);
    int first_index = p->pos;
    HsAstExpr *s = slice(p);
    if (s == NULL) {
        return NULL;
    }
    if (!hs_comp_p_at(p, HS_TOK_COMMA) && !hs_comp_p_at(p, HS_TOK_RSQB)) {
        return hs_comp_p_forgot_comma(p, s, first_index);
    }
    if (hs_comp_p_at(p, HS_TOK_COMMA) || s->kind == HS_EXPR_STARRED) {
        HsVec v = {0};
        if (hs_comp_vec_push(p, &v, s) < 0) {
            return NULL;
        }
        while (hs_comp_p_accept(p, HS_TOK_COMMA) && !hs_comp_p_at(p, HS_TOK_RSQB)) {
            HsAstExpr *e = slice(p);
            if (e == NULL || hs_comp_vec_push(p, &v, e) < 0) {
                return NULL;
            }
        }
        s = hs_comp_p_expr(p, HS_EXPR_TUPLE, hs_comp_pos_tok(first, hs_comp_p_prev(p)));
        if (s == NULL || (s->v.Tuple.elts = hs_comp_vec_seq(p, &v)) == NULL) {
            return NULL;
        }
        s->v.Tuple.ctx = HS_CTX_LOAD;
    }
    if (hs_comp_p_expect(p, HS_TOK_RSQB) == NULL) {
        return NULL;
    }
    HsAstExpr *e = hs_comp_p_expr(p, HS_EXPR_SUBSCRIPT,
                                  hs_comp_pos_to_prev(p, value->pos.lineno, value->pos.col_offset));
    if (e != NULL) {
        e->v.Subscript.value = value;
        e->v.Subscript.slice = s;
        e->v.Subscript.ctx = HS_CTX_LOAD;
    }
    return e;
}

/* primary: atom followed by any number of '.' NAME, '(' args ')', '[' slices ']'. */
static HsAstExpr *primary(HsParser *p) {
    int start = p->pos;
    HsAstExpr *e = atom(p);
    int n = 0;
    while (e != NULL) {
        if (hs_comp_p_at(p, HS_TOK_DOT)) {
            hs_comp_p_next(p);
            HsPTok *name = hs_comp_p_peek(p, 0);
            if (name->t.type != HS_TOK_NAME || name->kw != HS_KW_NONE_) {
                return hs_comp_p_syntax_error(p);
            }
            hs_comp_p_next(p);
            HsAstExpr *a = hs_comp_p_expr(p, HS_EXPR_ATTRIBUTE,
                                          hs_comp_pos_to_prev(p, e->pos.lineno, e->pos.col_offset));
            if (a == NULL) {
                return NULL;
            }
            a->v.Attribute.value = e;
            a->v.Attribute.attr = hs_comp_p_ident(p, name);
            a->v.Attribute.ctx = HS_CTX_LOAD;
            e = a;
        } else if (hs_comp_p_at(p, HS_TOK_LPAR)) {
            e = hs_comp_p_call(p, e);
        } else if (hs_comp_p_at(p, HS_TOK_LSQB)) {
            e = subscript(p, e);
        } else {
            break;
        }
        if (e != NULL) {
            e->pos = hs_comp_pos_from(p, start);
        }
        hs_comp_p_chain(p, ++n);
    }
    return e;
}

static HsAstExpr *binop(HsParser *p, int start, HsAstExpr *l, HsAstOperator op, HsAstExpr *r) {
    HsAstExpr *e = hs_comp_p_expr(p, HS_EXPR_BINOP, hs_comp_pos_from(p, start));
    if (e != NULL) {
        e->v.BinOp.left = l;
        e->v.BinOp.op = op;
        e->v.BinOp.right = r;
    }
    return e;
}

/* power: primary ['**' factor] (right operand may be unary: 2**-1). */
static HsAstExpr *power(HsParser *p) {
    int start = p->pos;
    HsAstExpr *l = primary(p);
    if (l == NULL || !hs_comp_p_accept(p, HS_TOK_DOUBLESTAR)) {
        return l;
    }
    if (hs_comp_p_enter(p) < 0) {
        return NULL;
    }
    p->depth++; /* CPython spends two rule levels per '**' */
    HsAstExpr *r = factor(p);
    p->depth--;
    hs_comp_p_leave(p);
    return r == NULL ? NULL : binop(p, start, l, HS_OP_POW, r);
}

static HsAstExpr *factor(HsParser *p) {
    HsPTok *t = hs_comp_p_peek(p, 0);
    HsAstUnaryOp op = t->t.type == HS_TOK_PLUS    ? HS_UOP_UADD
                      : t->t.type == HS_TOK_MINUS ? HS_UOP_USUB
                      : t->t.type == HS_TOK_TILDE ? HS_UOP_INVERT
                                                  : 0;
    if (op == 0) {
        return power(p);
    }
    if (hs_comp_p_enter(p) < 0) {
        return NULL;
    }
    hs_comp_p_next(p);
    HsAstExpr *operand = factor(p), *e = NULL;
    hs_comp_p_leave(p);
    if (operand != NULL) {
        HsAstPos pos = hs_comp_pos_to_prev(p, t->t.lineno, t->t.col_offset);
        if ((e = hs_comp_p_expr(p, HS_EXPR_UNARYOP, pos)) != NULL) {
            e->v.UnaryOp.op = op;
            e->v.UnaryOp.operand = operand;
        }
    }
    return e;
}

static HsAstExpr *binary(HsParser *p, int level) {
    int start = p->pos;
    HsAstExpr *e = level + 1 < NLEVELS ? binary(p, level + 1) : factor(p);
    int n = 0;
    while (e != NULL) {
        HsTokenType tt = hs_comp_p_peek(p, 0)->t.type;
        int k = 0;
        while (k < 5 && bin_levels[level].op[k] != 0 && bin_levels[level].tok[k] != tt) {
            k++;
        }
        if (k == 5 || bin_levels[level].op[k] == 0) {
            break;
        }
        hs_comp_p_next(p);
        HsAstExpr *r = level + 1 < NLEVELS ? binary(p, level + 1) : factor(p);
        if (r == NULL) {
            return NULL;
        }
        e = binop(p, start, e, bin_levels[level].op[k], r);
        hs_comp_p_chain(p, ++n);
    }
    return e;
}

HsAstExpr *hs_comp_p_bitwise_or(HsParser *p) {
    return binary(p, 0);
}

/* The comparison operator at the current token (consumed), or 0. */
static HsAstCmpOp comp_op(HsParser *p) {
    HsPTok *t = hs_comp_p_peek(p, 0);
    static const struct {
        HsTokenType t;
        HsAstCmpOp op;
    } ops[] = {{HS_TOK_EQEQUAL, HS_CMP_EQ}, {HS_TOK_NOTEQUAL, HS_CMP_NOTEQ},
               {HS_TOK_LESS, HS_CMP_LT},    {HS_TOK_LESSEQUAL, HS_CMP_LTE},
               {HS_TOK_GREATER, HS_CMP_GT}, {HS_TOK_GREATEREQUAL, HS_CMP_GTE}};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        if (t->t.type == ops[i].t) {
            if (t->t.start[0] == '<' && t->t.type == HS_TOK_NOTEQUAL) {
                return 0; /* '<>' is only for barry_as_FLUFL: "invalid syntax" at it */
            }
            hs_comp_p_next(p);
            return ops[i].op;
        }
    }
    if (t->kw == HS_KW_IN) {
        hs_comp_p_next(p);
        return HS_CMP_IN;
    }
    if (t->kw == HS_KW_NOT && hs_comp_p_peek(p, 1)->kw == HS_KW_IN) {
        hs_comp_p_next(p);
        hs_comp_p_next(p);
        return HS_CMP_NOTIN;
    }
    if (t->kw == HS_KW_IS) {
        hs_comp_p_next(p);
        return hs_comp_p_accept_kw(p, HS_KW_NOT) ? HS_CMP_ISNOT : HS_CMP_IS;
    }
    return 0;
}

static HsAstExpr *comparison(HsParser *p) {
    int start = p->pos;
    HsAstExpr *left = hs_comp_p_bitwise_or(p);
    if (left == NULL) {
        return NULL;
    }
    HsVec ops = {0}, comps = {0};
    HsAstCmpOp op;
    while ((op = comp_op(p)) != 0) {
        HsAstExpr *r = hs_comp_p_bitwise_or(p);
        if (r == NULL || hs_comp_vec_push(p, &ops, (void *)(intptr_t)op) < 0 ||
            hs_comp_vec_push(p, &comps, r) < 0) {
            return NULL;
        }
    }
    if (comps.n == 0) {
        return left;
    }
    HsAstExpr *last = comps.items[comps.n - 1];
    HsAstExpr *e = hs_comp_p_expr(p, HS_EXPR_COMPARE, hs_comp_pos_from(p, start));
    (void)last;
    HsAstCmpOp *opv = hs_comp_p_alloc(p, sizeof(HsAstCmpOp) * (size_t)ops.n);
    if (e == NULL || opv == NULL) {
        return NULL;
    }
    for (int i = 0; i < ops.n; i++) {
        opv[i] = (HsAstCmpOp)(intptr_t)ops.items[i];
    }
    e->v.Compare.left = left;
    e->v.Compare.ops = opv;
    e->v.Compare.comparators = hs_comp_vec_seq(p, &comps);
    return e;
}

static HsAstExpr *inversion(HsParser *p) {
    if (!hs_comp_p_at_kw(p, HS_KW_NOT)) {
        return comparison(p);
    }
    if (hs_comp_p_enter(p) < 0) {
        return NULL;
    }
    HsPTok *t = hs_comp_p_next(p);
    HsAstExpr *operand = inversion(p), *e = NULL;
    hs_comp_p_leave(p);
    if (operand != NULL) {
        HsAstPos pos = hs_comp_pos_to_prev(p, t->t.lineno, t->t.col_offset);
        if ((e = hs_comp_p_expr(p, HS_EXPR_UNARYOP, pos)) != NULL) {
            e->v.UnaryOp.op = HS_UOP_NOT;
            e->v.UnaryOp.operand = operand;
        }
    }
    return e;
}

/* disjunction / conjunction: a flat BoolOp over 'and' / 'or'. */
static HsAstExpr *boolop(HsParser *p, HsKeyword kw) {
    int start = p->pos;
    HsAstExpr *e = kw == HS_KW_OR ? boolop(p, HS_KW_AND) : inversion(p);
    if (e == NULL || !hs_comp_p_at_kw(p, kw)) {
        return e;
    }
    HsVec v = {0};
    if (hs_comp_vec_push(p, &v, e) < 0) {
        return NULL;
    }
    while (hs_comp_p_accept_kw(p, kw)) {
        HsAstExpr *r = kw == HS_KW_OR ? boolop(p, HS_KW_AND) : inversion(p);
        if (r == NULL || hs_comp_vec_push(p, &v, r) < 0) {
            return NULL;
        }
    }
    HsAstExpr *last = v.items[v.n - 1];
    HsAstExpr *b = hs_comp_p_expr(p, HS_EXPR_BOOLOP, hs_comp_pos_from(p, start));
    (void)last;
    if (b != NULL) {
        b->v.BoolOp.op = kw == HS_KW_OR ? HS_BOOL_OR : HS_BOOL_AND;
        b->v.BoolOp.values = hs_comp_vec_seq(p, &v);
    }
    return b;
}

HsAstExpr *hs_comp_p_disjunction(HsParser *p) {
    return boolop(p, HS_KW_OR);
}

static HsAstExpr *lambdef(HsParser *p) {
    HsPTok *kw = hs_comp_p_next(p);
    HsAstArguments *args = hs_comp_p_parameters(p, HS_TOK_COLON, 0);
    if (args == NULL || hs_comp_p_expect(p, HS_TOK_COLON) == NULL) {
        return NULL;
    }
    p->depth++; /* CPython spends two rule levels per lambda */
    HsAstExpr *body = hs_comp_p_expression(p);
    p->depth--;
    if (body == NULL) {
        return NULL;
    }
    HsAstExpr *e =
        hs_comp_p_expr(p, HS_EXPR_LAMBDA, hs_comp_pos_to_prev(p, kw->t.lineno, kw->t.col_offset));
    if (e != NULL) {
        e->v.Lambda.args = args;
        e->v.Lambda.body = body;
    }
    return e;
}

/* expression: lambdef | disjunction ['if' disjunction 'else' expression] */
static HsAstExpr *expression_inner(HsParser *p) {
    if (hs_comp_p_at_kw(p, HS_KW_LAMBDA)) {
        return lambdef(p);
    }
    int start = p->pos;
    HsAstExpr *body = hs_comp_p_disjunction(p);
    if (body == NULL || !hs_comp_p_at_kw(p, HS_KW_IF)) {
        return body;
    }
    hs_comp_p_next(p);
    HsAstExpr *test = hs_comp_p_disjunction(p);
    if (test == NULL) {
        return NULL;
    }
    if (!hs_comp_p_accept_kw(p, HS_KW_ELSE)) {
        if (hs_comp_p_at(p, HS_TOK_COLON)) {
            return hs_comp_p_syntax_error(p);
        }
        return hs_comp_p_error_range(p, &body->pos, &test->pos,
                                     "expected 'else' after 'if' expression");
    }
    HsAstExpr *orelse = hs_comp_p_expression(p);
    if (orelse == NULL) {
        return NULL;
    }
    HsAstExpr *e = hs_comp_p_expr(p, HS_EXPR_IFEXP, hs_comp_pos_from(p, start));
    if (e != NULL) {
        e->v.IfExp.test = test;
        e->v.IfExp.body = body;
        e->v.IfExp.orelse = orelse;
    }
    return e;
}

HsAstExpr *hs_comp_p_expression(HsParser *p) {
    if (hs_comp_p_enter(p) < 0) {
        return NULL;
    }
    HsAstExpr *e = expression_inner(p);
    hs_comp_p_leave(p);
    return e;
}

HsAstExpr *hs_comp_p_named_expression(HsParser *p) {
    HsPTok *t = hs_comp_p_peek(p, 0);
    if (t->t.type == HS_TOK_NAME && t->kw == HS_KW_NONE_ &&
        hs_comp_p_peek(p, 1)->t.type == HS_TOK_COLONEQUAL) {
        hs_comp_p_next(p);
        hs_comp_p_next(p);
        HsAstExpr *target = name_expr(p, t, HS_CTX_STORE);
        HsAstExpr *value = hs_comp_p_expression(p);
        if (target == NULL || value == NULL) {
            return NULL;
        }
        HsAstExpr *e = hs_comp_p_expr(p, HS_EXPR_NAMEDEXPR,
                                      hs_comp_pos_to_prev(p, t->t.lineno, t->t.col_offset));
        if (e != NULL) {
            e->v.NamedExpr.target = target;
            e->v.NamedExpr.value = value;
        }
        return e;
    }
    HsAstExpr *e = hs_comp_p_expression(p);
    if (e != NULL && hs_comp_p_at(p, HS_TOK_COLONEQUAL)) {
        return hs_comp_p_error_expr(p, e, "cannot use assignment expressions with %s",
                                    hs_comp_p_expr_name(e));
    }
    return e;
}

static HsAstExpr *starred(HsParser *p) {
    HsPTok *star = hs_comp_p_next(p);
    HsAstExpr *v = hs_comp_p_bitwise_or(p);
    if (v == NULL) {
        return NULL;
    }
    HsAstExpr *e = hs_comp_p_expr(p, HS_EXPR_STARRED,
                                  hs_comp_pos_to_prev(p, star->t.lineno, star->t.col_offset));
    if (e != NULL) {
        e->v.Starred.value = v;
        e->v.Starred.ctx = HS_CTX_LOAD;
    }
    return e;
}

HsAstExpr *hs_comp_p_star_named_expression(HsParser *p) {
    if (hs_comp_p_at(p, HS_TOK_STAR)) {
        return starred(p);
    }
    return hs_comp_p_named_expression(p);
}

/* star_expressions: one star_expression, or a Tuple of them (trailing comma included). */
HsAstExpr *hs_comp_p_star_expressions(HsParser *p) {
    int start = p->pos;
    HsAstExpr *e = hs_comp_p_at(p, HS_TOK_STAR) ? starred(p) : hs_comp_p_expression(p);
    if (e == NULL || !hs_comp_p_at(p, HS_TOK_COMMA)) {
        return e;
    }
    HsVec v = {0};
    if (hs_comp_vec_push(p, &v, e) < 0) {
        return NULL;
    }
    while (hs_comp_p_accept(p, HS_TOK_COMMA)) {
        if (!hs_comp_p_starts_expr(p) && !hs_comp_p_at(p, HS_TOK_STAR)) {
            break;
        }
        HsAstExpr *x = hs_comp_p_at(p, HS_TOK_STAR) ? starred(p) : hs_comp_p_expression(p);
        if (x == NULL || hs_comp_vec_push(p, &v, x) < 0) {
            return NULL;
        }
    }
    HsAstExpr *t = hs_comp_p_expr(p, HS_EXPR_TUPLE, hs_comp_pos_from(p, start));
    if (t != NULL) {
        t->v.Tuple.elts = hs_comp_vec_seq(p, &v);
        t->v.Tuple.ctx = HS_CTX_LOAD;
    }
    return t;
}

HsAstExpr *hs_comp_p_yield_expr(HsParser *p) {
    HsPTok *kw = hs_comp_p_next(p);
    HsAstExpr *e;
    if (hs_comp_p_accept_kw(p, HS_KW_FROM)) {
        HsAstExpr *v = hs_comp_p_expression(p);
        if (v == NULL) {
            return NULL;
        }
        e = hs_comp_p_expr(p, HS_EXPR_YIELDFROM,
                           hs_comp_pos_to_prev(p, kw->t.lineno, kw->t.col_offset));
        if (e != NULL) {
            e->v.YieldFrom.value = v;
        }
        return e;
    }
    HsAstExpr *v = NULL;
    if ((hs_comp_p_starts_expr(p) || hs_comp_p_at(p, HS_TOK_STAR)) &&
        (v = hs_comp_p_star_expressions(p)) == NULL) {
        return NULL;
    }
    e = hs_comp_p_expr(p, HS_EXPR_YIELD, hs_comp_pos_to_prev(p, kw->t.lineno, kw->t.col_offset));
    if (e != NULL) {
        e->v.Yield.value = v;
    }
    return e;
}

/* star_targets for 'for' loops and comprehensions: stops before 'in'. */
HsAstExpr *hs_comp_p_target_list(HsParser *p, HsTokenType unused) {
    (void)unused;
    int start = p->pos;
    HsAstExpr *e = hs_comp_p_at(p, HS_TOK_STAR) ? starred(p) : hs_comp_p_bitwise_or(p);
    if (e == NULL) {
        return NULL;
    }
    if (hs_comp_p_at(p, HS_TOK_COMMA)) {
        HsVec v = {0};
        if (hs_comp_vec_push(p, &v, e) < 0) {
            return NULL;
        }
        while (hs_comp_p_accept(p, HS_TOK_COMMA)) {
            if (!hs_comp_p_starts_expr(p) && !hs_comp_p_at(p, HS_TOK_STAR)) {
                break;
            }
            HsAstExpr *x = hs_comp_p_at(p, HS_TOK_STAR) ? starred(p) : hs_comp_p_bitwise_or(p);
            if (x == NULL || hs_comp_vec_push(p, &v, x) < 0) {
                return NULL;
            }
        }
        HsAstExpr *t = hs_comp_p_expr(p, HS_EXPR_TUPLE, hs_comp_pos_from(p, start));
        if (t == NULL) {
            return NULL;
        }
        t->v.Tuple.elts = hs_comp_vec_seq(p, &v);
        e = t;
    }
    if (hs_comp_p_set_context(p, e, HS_CTX_STORE) < 0) {
        return NULL;
    }
    return e;
}

/* ('for' targets 'in' disjunction ('if' disjunction)*)+ */
HsAstSeq *hs_comp_p_comprehension_clauses(HsParser *p) {
    HsVec gens = {0};
    while (hs_comp_p_at_kw(p, HS_KW_FOR) || hs_comp_p_at_kw(p, HS_KW_ASYNC)) {
        if (hs_comp_p_at_kw(p, HS_KW_ASYNC)) {
            return hs_comp_p_error_tok(p, hs_comp_p_peek(p, 0),
                                       "'async' is not supported "
                                       "(no async/await in heapscope)");
        }
        hs_comp_p_next(p);
        int target_first = p->pos;
        HsAstComprehension *c = hs_comp_p_alloc(p, sizeof *c);
        if (c == NULL || (c->target = hs_comp_p_target_list(p, HS_TOK_NAME)) == NULL) {
            return NULL;
        }
        if (!hs_comp_p_accept_kw(p, HS_KW_IN)) {
            return hs_comp_p_forgot_comma(p, c->target, target_first);
        }
        if ((c->iter = hs_comp_p_disjunction(p)) == NULL) {
            return NULL;
        }
        HsVec ifs = {0};
        while (hs_comp_p_accept_kw(p, HS_KW_IF)) {
            HsAstExpr *cond = hs_comp_p_disjunction(p);
            if (cond == NULL || hs_comp_vec_push(p, &ifs, cond) < 0) {
                return NULL;
            }
        }
        c->ifs = hs_comp_vec_seq(p, &ifs);
        if (hs_comp_vec_push(p, &gens, c) < 0) {
            return NULL;
        }
    }
    return hs_comp_vec_seq(p, &gens);
}
