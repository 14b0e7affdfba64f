/* Expressions of the code generator (CPython 3.11: compiler_visit_expr1 and its helpers in
 * Python/compile.c): operators, comparisons (chained with SWAP/COPY and a cleanup block),
 * short-circuit boolean ops, conditional jumps on expressions (compiler_jump_if), calls
 * (LOAD_METHOD/PRECALL/CALL, KW_NAMES, the CALL_FUNCTION_EX form for star arguments),
 * displays with star-unpacking, comprehensions as their own code objects, lambdas,
 * closures (LOAD_CLOSURE + MAKE_FUNCTION flags), yield / yield from (SEND loop), f-strings,
 * attributes, subscripts and slices, and names through hs_cg_nameop.
 * Invariant: every visit saves and restores the unit's current location, as CPython's
 * compiler_visit_expr does, so instructions emitted after a sub-expression carry the
 * enclosing node's position. */
#include "internal/hs_compile_codegen.h"
#include "internal/hs_compile_opcode.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/errors.h"
#include "internal/hs_obj_set.h"

#include <string.h>

#define STACK_USE_GUIDELINE 30

#define CHECK(x)                                                                                   \
    do {                                                                                           \
        if (!(x)) {                                                                                \
            return 0;                                                                              \
        }                                                                                          \
    } while (0)
#define ADDOP(c, op) CHECK(hs_cg_addop((c), (op), 0))
#define ADDOP_I(c, op, arg) CHECK(hs_cg_addop((c), (op), (arg)))
#define ADDOP_J(c, op, b) CHECK(hs_cg_addop_j((c), (op), (b)))
#define ADDOP_J_NOLINE(c, op, b) CHECK(hs_cg_addop_j_noline((c), (op), (b)))
#define VISIT(c, e) CHECK(hs_cg_visit_expr((c), (e)))
#define NEW_BLOCK(c, v)                                                                            \
    HsBlock *v = hs_cg_new_block(c);                                                               \
    CHECK(v != NULL)

typedef struct SavedLoc {
    int lineno, end_lineno, col, end_col;
} SavedLoc;

static SavedLoc save_loc(HsCompiler *c) {
    SavedLoc s = {c->u->lineno, c->u->end_lineno, c->u->col, c->u->end_col};
    return s;
}

static void restore_loc(HsCompiler *c, SavedLoc s) {
    c->u->lineno = s.lineno;
    c->u->end_lineno = s.end_lineno;
    c->u->col = s.col;
    c->u->end_col = s.end_col;
}

static int visit_seq(HsCompiler *c, HsAstSeq *s) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s); i++) {
        VISIT(c, HS_SEQ_GET(s, i));
    }
    return 1;
}

static HsObject *str_obj(const char *s) {
    HsObject *o = HsUnicode_FromString(s);
    if (o != NULL) {
        HsUnicode_InternInPlace(&o);
    }
    return o;
}

static int load_str(HsCompiler *c, const char *s) {
    return hs_cg_load_const(c, str_obj(s));
}

/* ==== operators ==== */

static int binop_arg(HsAstOperator op, int inplace) {
    static const int map[] = {0,
                              HS_NB_ADD,
                              HS_NB_SUBTRACT,
                              HS_NB_MULTIPLY,
                              HS_NB_MATRIX_MULTIPLY,
                              HS_NB_TRUE_DIVIDE,
                              HS_NB_REMAINDER,
                              HS_NB_POWER,
                              HS_NB_LSHIFT,
                              HS_NB_RSHIFT,
                              HS_NB_OR,
                              HS_NB_XOR,
                              HS_NB_AND,
                              HS_NB_FLOOR_DIVIDE};
    return map[op] + (inplace ? HS_NB_INPLACE_ADD : 0);
}

int hs_cg_binop_arg(HsAstOperator op, int inplace);
int hs_cg_binop_arg(HsAstOperator op, int inplace) {
    return binop_arg(op, inplace);
}

static int addop_compare(HsCompiler *c, HsAstCmpOp op) {
    switch (op) {
    case HS_CMP_IS:
        return hs_cg_addop(c, HS_OP_IS_OP, 0);
    case HS_CMP_ISNOT:
        return hs_cg_addop(c, HS_OP_IS_OP, 1);
    case HS_CMP_IN:
        return hs_cg_addop(c, HS_OP_CONTAINS_OP, 0);
    case HS_CMP_NOTIN:
        return hs_cg_addop(c, HS_OP_CONTAINS_OP, 1);
    case HS_CMP_LT:
        return hs_cg_addop(c, HS_OP_COMPARE_OP, 0);
    case HS_CMP_LTE:
        return hs_cg_addop(c, HS_OP_COMPARE_OP, 1);
    case HS_CMP_EQ:
        return hs_cg_addop(c, HS_OP_COMPARE_OP, 2);
    case HS_CMP_NOTEQ:
        return hs_cg_addop(c, HS_OP_COMPARE_OP, 3);
    case HS_CMP_GT:
        return hs_cg_addop(c, HS_OP_COMPARE_OP, 4);
    default:
        return hs_cg_addop(c, HS_OP_COMPARE_OP, 5);
    }
}

/* Is 'e' fine as an operand of `is` (not a literal other than None/True/False/...)?
 * CPython: check_is_arg. */
static int is_arg_ok(const HsAstExpr *e) {
    if (e->kind != HS_EXPR_CONSTANT) {
        return 1;
    }
    const HsAstConst *k = &e->v.Constant.value;
    if (k->kind == HS_CONST_NONE || k->kind == HS_CONST_TRUE || k->kind == HS_CONST_FALSE ||
        k->kind == HS_CONST_ELLIPSIS) {
        return 1;
    }
    if ((int)k->kind == (int)HS_CONST_OBJECT) {
        HsObject *o = (HsObject *)(void *)k->s;
        return o == Hs_None || o == Hs_True || o == Hs_False || o == Hs_Ellipsis;
    }
    return 0;
}

/* SyntaxWarning for `x is 5` (CPython: check_compare). */
static void check_compare(HsCompiler *c, const HsAstExpr *e) {
    int left = is_arg_ok(e->v.Compare.left);
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(e->v.Compare.comparators); i++) {
        HsAstCmpOp op = e->v.Compare.ops[i];
        int right = is_arg_ok(HS_SEQ_GET(e->v.Compare.comparators, i));
        if ((op == HS_CMP_IS || op == HS_CMP_ISNOT) && (!left || !right)) {
            hs_cg_warn(c, op == HS_CMP_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                          : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

static int compare(HsCompiler *c, HsAstExpr *e) {
    check_compare(c, e);
    VISIT(c, e->v.Compare.left);
    Hs_ssize_t n = HS_SEQ_LEN(e->v.Compare.comparators) - 1;
    if (n == 0) {
        VISIT(c, HS_SEQ_GET(e->v.Compare.comparators, 0));
        return addop_compare(c, e->v.Compare.ops[0]);
    }
    NEW_BLOCK(c, cleanup);
    for (Hs_ssize_t i = 0; i < n; i++) {
        VISIT(c, HS_SEQ_GET(e->v.Compare.comparators, i));
        ADDOP_I(c, HS_OP_SWAP, 2);
        ADDOP_I(c, HS_OP_COPY, 2);
        CHECK(addop_compare(c, e->v.Compare.ops[i]));
        ADDOP_J(c, HS_OP_JUMP_IF_FALSE_OR_POP, cleanup);
        CHECK(hs_cg_next_block(c));
    }
    VISIT(c, HS_SEQ_GET(e->v.Compare.comparators, n));
    CHECK(addop_compare(c, e->v.Compare.ops[n]));
    NEW_BLOCK(c, end);
    ADDOP_J_NOLINE(c, HS_PSEUDO_JUMP, end);
    hs_cg_use_next_block(c, cleanup);
    ADDOP_I(c, HS_OP_SWAP, 2);
    ADDOP(c, HS_OP_POP_TOP);
    hs_cg_use_next_block(c, end);
    return 1;
}

static int boolop(HsCompiler *c, HsAstExpr *e) {
    int jumpi = e->v.BoolOp.op == HS_BOOL_AND ? HS_OP_JUMP_IF_FALSE_OR_POP
                                              : HS_OP_JUMP_IF_TRUE_OR_POP;
    NEW_BLOCK(c, end);
    HsAstSeq *s = e->v.BoolOp.values;
    Hs_ssize_t n = HS_SEQ_LEN(s) - 1;
    for (Hs_ssize_t i = 0; i < n; i++) {
        VISIT(c, HS_SEQ_GET(s, i));
        ADDOP_J(c, jumpi, end);
        NEW_BLOCK(c, next);
        hs_cg_use_next_block(c, next);
    }
    VISIT(c, HS_SEQ_GET(s, n));
    hs_cg_use_next_block(c, end);
    return 1;
}

/* ==== conditional jumps (compiler_jump_if) ==== */

static int jump_if_compare(HsCompiler *c, HsAstExpr *e, HsBlock *next, int cond) {
    Hs_ssize_t n = HS_SEQ_LEN(e->v.Compare.comparators) - 1;
    NEW_BLOCK(c, cleanup);
    VISIT(c, e->v.Compare.left);
    for (Hs_ssize_t i = 0; i < n; i++) {
        VISIT(c, HS_SEQ_GET(e->v.Compare.comparators, i));
        ADDOP_I(c, HS_OP_SWAP, 2);
        ADDOP_I(c, HS_OP_COPY, 2);
        CHECK(addop_compare(c, e->v.Compare.ops[i]));
        ADDOP_J(c, HS_PSEUDO_POP_JUMP_IF_FALSE, cleanup);
        CHECK(hs_cg_next_block(c));
    }
    VISIT(c, HS_SEQ_GET(e->v.Compare.comparators, n));
    CHECK(addop_compare(c, e->v.Compare.ops[n]));
    ADDOP_J(c, cond ? HS_PSEUDO_POP_JUMP_IF_TRUE : HS_PSEUDO_POP_JUMP_IF_FALSE, next);
    CHECK(hs_cg_next_block(c));
    NEW_BLOCK(c, end);
    ADDOP_J_NOLINE(c, HS_PSEUDO_JUMP, end);
    hs_cg_use_next_block(c, cleanup);
    ADDOP(c, HS_OP_POP_TOP);
    if (!cond) {
        ADDOP_J_NOLINE(c, HS_PSEUDO_JUMP, next);
    }
    hs_cg_use_next_block(c, end);
    return 1;
}

int hs_cg_jump_if(HsCompiler *c, HsAstExpr *e, HsBlock *next, int cond) {
    switch (e->kind) {
    case HS_EXPR_UNARYOP:
        if (e->v.UnaryOp.op == HS_UOP_NOT) {
            return hs_cg_jump_if(c, e->v.UnaryOp.operand, next, !cond);
        }
        break;
    case HS_EXPR_BOOLOP: {
        HsAstSeq *s = e->v.BoolOp.values;
        Hs_ssize_t n = HS_SEQ_LEN(s) - 1;
        int cond2 = e->v.BoolOp.op == HS_BOOL_OR;
        HsBlock *next2 = next;
        if (!cond2 != !cond) {
            next2 = hs_cg_new_block(c);
            CHECK(next2 != NULL);
        }
        for (Hs_ssize_t i = 0; i < n; i++) {
            CHECK(hs_cg_jump_if(c, HS_SEQ_GET(s, i), next2, cond2));
        }
        CHECK(hs_cg_jump_if(c, HS_SEQ_GET(s, n), next, cond));
        if (next2 != next) {
            hs_cg_use_next_block(c, next2);
        }
        return 1;
    }
    case HS_EXPR_IFEXP: {
        NEW_BLOCK(c, end);
        NEW_BLOCK(c, next2);
        CHECK(hs_cg_jump_if(c, e->v.IfExp.test, next2, 0));
        CHECK(hs_cg_jump_if(c, e->v.IfExp.body, next, cond));
        ADDOP_J_NOLINE(c, HS_PSEUDO_JUMP, end);
        hs_cg_use_next_block(c, next2);
        CHECK(hs_cg_jump_if(c, e->v.IfExp.orelse, next, cond));
        hs_cg_use_next_block(c, end);
        return 1;
    }
    case HS_EXPR_COMPARE:
        hs_cg_set_loc(c, &e->pos); /* as 3.11: the jump carries the comparison's position */
        if (HS_SEQ_LEN(e->v.Compare.comparators) > 1) {
            check_compare(c, e);
            return jump_if_compare(c, e, next, cond);
        }
        break;
    default:
        break;
    }
    VISIT(c, e);
    ADDOP_J(c, cond ? HS_PSEUDO_POP_JUMP_IF_TRUE : HS_PSEUDO_POP_JUMP_IF_FALSE, next);
    return hs_cg_next_block(c);
}

static int ifexp(HsCompiler *c, HsAstExpr *e) {
    NEW_BLOCK(c, end);
    NEW_BLOCK(c, next);
    CHECK(hs_cg_jump_if(c, e->v.IfExp.test, next, 0));
    VISIT(c, e->v.IfExp.body);
    ADDOP_J_NOLINE(c, HS_PSEUDO_JUMP, end);
    hs_cg_use_next_block(c, next);
    VISIT(c, e->v.IfExp.orelse);
    hs_cg_use_next_block(c, end);
    return 1;
}

/* ==== displays ==== */

static int is_const(const HsAstExpr *e) {
    return e != NULL && e->kind == HS_EXPR_CONSTANT;
}

static int all_const(HsAstSeq *s, Hs_ssize_t begin, Hs_ssize_t end) {
    for (Hs_ssize_t i = begin; i < end; i++) {
        if (!is_const(HS_SEQ_GET(s, i))) {
            return 0;
        }
    }
    return 1;
}

/* Tuple of the constant values of s[begin:end]. Return: new reference. */
static HsObject *const_tuple(HsCompiler *c, HsAstSeq *s, Hs_ssize_t begin, Hs_ssize_t end) {
    HsObject *t = HsTuple_New(end - begin);
    if (t == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = begin; i < end; i++) {
        HsAstExpr *e = HS_SEQ_GET(s, i);
        HsObject *v = hs_cg_const_object(c, &e->v.Constant.value);
        if (v == NULL) {
            Hs_DECREF(t);
            return NULL;
        }
        HS_TUPLE_SET(t, i - begin, v);
    }
    return t;
}

static int starunpack_helper(HsCompiler *c, HsAstSeq *elts, int pushed, int build, int add,
                             int extend, int tuple) {
    Hs_ssize_t n = HS_SEQ_LEN(elts);
    if (n > 2 && all_const(elts, 0, n)) {
        HsObject *folded = const_tuple(c, elts, 0, n);
        if (add == HS_OP_SET_ADD) {
            HsObject *fs = folded != NULL ? HsFrozenSet_New(folded) : NULL;
            Hs_XDECREF(folded);
            folded = fs;
        }
        if (tuple && !pushed) {
            return hs_cg_load_const(c, folded);
        }
        ADDOP_I(c, build, pushed);
        CHECK(hs_cg_load_const(c, folded));
        ADDOP_I(c, extend, 1);
        if (tuple) {
            ADDOP(c, HS_OP_LIST_TO_TUPLE);
        }
        return 1;
    }
    int big = n + pushed > STACK_USE_GUIDELINE, seen_star = 0;
    for (Hs_ssize_t i = 0; i < n; i++) {
        if (((HsAstExpr *)HS_SEQ_GET(elts, i))->kind == HS_EXPR_STARRED) {
            seen_star = 1;
        }
    }
    if (!seen_star && !big) {
        CHECK(visit_seq(c, elts));
        ADDOP_I(c, tuple ? HS_OP_BUILD_TUPLE : build, (int)n + pushed);
        return 1;
    }
    int built = 0;
    if (big) {
        ADDOP_I(c, build, pushed);
        built = 1;
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsAstExpr *elt = HS_SEQ_GET(elts, i);
        if (elt->kind == HS_EXPR_STARRED) {
            if (!built) {
                ADDOP_I(c, build, (int)i + pushed);
                built = 1;
            }
            VISIT(c, elt->v.Starred.value);
            ADDOP_I(c, extend, 1);
        } else {
            VISIT(c, elt);
            if (built) {
                ADDOP_I(c, add, 1);
            }
        }
    }
    if (tuple) {
        ADDOP(c, HS_OP_LIST_TO_TUPLE);
    }
    return 1;
}

int hs_cg_unpack_helper(HsCompiler *c, HsAstSeq *elts) {
    Hs_ssize_t n = HS_SEQ_LEN(elts);
    int seen_star = 0;
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsAstExpr *elt = HS_SEQ_GET(elts, i);
        if (elt->kind == HS_EXPR_STARRED && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (0x7fffffff >> 8)) {
                return hs_cg_error(c, "too many expressions in star-unpacking assignment");
            }
            ADDOP_I(c, HS_OP_UNPACK_EX, (int)(i + ((n - i - 1) << 8)));
            seen_star = 1;
        } else if (elt->kind == HS_EXPR_STARRED) {
            return hs_cg_error(c, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star) {
        ADDOP_I(c, HS_OP_UNPACK_SEQUENCE, (int)n);
    }
    return 1;
}

static int assignment_helper(HsCompiler *c, HsAstSeq *elts) {
    CHECK(hs_cg_unpack_helper(c, elts));
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(elts); i++) {
        HsAstExpr *elt = HS_SEQ_GET(elts, i);
        VISIT(c, elt->kind != HS_EXPR_STARRED ? elt : elt->v.Starred.value);
    }
    return 1;
}

static int sequence(HsCompiler *c, HsAstExpr *e, int is_tuple) {
    HsAstSeq *elts = e->v.List.elts;
    if (e->v.List.ctx == HS_CTX_STORE) {
        return assignment_helper(c, elts);
    }
    if (e->v.List.ctx == HS_CTX_LOAD) {
        return starunpack_helper(c, elts, 0, HS_OP_BUILD_LIST, HS_OP_LIST_APPEND,
                                 HS_OP_LIST_EXTEND, is_tuple);
    }
    return visit_seq(c, elts);
}

static int subdict(HsCompiler *c, HsAstExpr *e, Hs_ssize_t begin, Hs_ssize_t end) {
    Hs_ssize_t n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big && all_const(e->v.Dict.keys, begin, end)) {
        for (Hs_ssize_t i = begin; i < end; i++) {
            VISIT(c, HS_SEQ_GET(e->v.Dict.values, i));
        }
        CHECK(hs_cg_load_const(c, const_tuple(c, e->v.Dict.keys, begin, end)));
        ADDOP_I(c, HS_OP_BUILD_CONST_KEY_MAP, (int)n);
        return 1;
    }
    if (big) {
        ADDOP_I(c, HS_OP_BUILD_MAP, 0);
    }
    for (Hs_ssize_t i = begin; i < end; i++) {
        VISIT(c, HS_SEQ_GET(e->v.Dict.keys, i));
        VISIT(c, HS_SEQ_GET(e->v.Dict.values, i));
        if (big) {
            ADDOP_I(c, HS_OP_MAP_ADD, 1);
        }
    }
    if (!big) {
        ADDOP_I(c, HS_OP_BUILD_MAP, (int)n);
    }
    return 1;
}

static int dict(HsCompiler *c, HsAstExpr *e) {
    Hs_ssize_t n = HS_SEQ_LEN(e->v.Dict.values), elements = 0;
    int have_dict = 0;
    for (Hs_ssize_t i = 0; i < n; i++) {
        if (HS_SEQ_GET(e->v.Dict.keys, i) == NULL) {
            if (elements) {
                CHECK(subdict(c, e, i - elements, i));
                if (have_dict) {
                    ADDOP_I(c, HS_OP_DICT_UPDATE, 1);
                }
                have_dict = 1;
                elements = 0;
            }
            if (!have_dict) {
                ADDOP_I(c, HS_OP_BUILD_MAP, 0);
                have_dict = 1;
            }
            VISIT(c, HS_SEQ_GET(e->v.Dict.values, i));
            ADDOP_I(c, HS_OP_DICT_UPDATE, 1);
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            CHECK(subdict(c, e, i - elements, i + 1));
            if (have_dict) {
                ADDOP_I(c, HS_OP_DICT_UPDATE, 1);
            }
            have_dict = 1;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        CHECK(subdict(c, e, n - elements, n));
        if (have_dict) {
            ADDOP_I(c, HS_OP_DICT_UPDATE, 1);
        }
        have_dict = 1;
    }
    if (!have_dict) {
        ADDOP_I(c, HS_OP_BUILD_MAP, 0);
    }
    return 1;
}

/* ==== calls ==== */

static int kw_names(HsCompiler *c, HsAstSeq *keywords, Hs_ssize_t begin, Hs_ssize_t end,
                    int op) {
    HsObject *t = HsTuple_New(end - begin);
    if (t == NULL) {
        return hs_cg_nomem(c);
    }
    for (Hs_ssize_t i = begin; i < end; i++) {
        HsAstKeyword *kw = HS_SEQ_GET(keywords, i);
        HsObject *s = str_obj(kw->arg);
        if (s == NULL) {
            Hs_DECREF(t);
            return hs_cg_nomem(c);
        }
        HS_TUPLE_SET(t, i - begin, s);
    }
    int idx = hs_cg_add_const(c, t);
    CHECK(idx >= 0);
    return hs_cg_addop(c, op, idx);
}

static int subkwargs(HsCompiler *c, HsAstSeq *keywords, Hs_ssize_t begin, Hs_ssize_t end) {
    Hs_ssize_t n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        for (Hs_ssize_t i = begin; i < end; i++) {
            VISIT(c, ((HsAstKeyword *)HS_SEQ_GET(keywords, i))->value);
        }
        CHECK(kw_names(c, keywords, begin, end, HS_OP_LOAD_CONST));
        ADDOP_I(c, HS_OP_BUILD_CONST_KEY_MAP, (int)n);
        return 1;
    }
    if (big) {
        CHECK(hs_cg_addop_noline(c, HS_OP_BUILD_MAP, 0));
    }
    for (Hs_ssize_t i = begin; i < end; i++) {
        HsAstKeyword *kw = HS_SEQ_GET(keywords, i);
        CHECK(load_str(c, kw->arg));
        VISIT(c, kw->value);
        if (big) {
            CHECK(hs_cg_addop_noline(c, HS_OP_MAP_ADD, 1));
        }
    }
    if (!big) {
        ADDOP_I(c, HS_OP_BUILD_MAP, (int)n);
    }
    return 1;
}

static int validate_keywords(HsCompiler *c, HsAstSeq *keywords) {
    Hs_ssize_t n = HS_SEQ_LEN(keywords);
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsAstKeyword *k = HS_SEQ_GET(keywords, i);
        if (k->arg == NULL) {
            continue;
        }
        for (Hs_ssize_t j = i + 1; j < n; j++) {
            HsAstKeyword *o = HS_SEQ_GET(keywords, j);
            if (o->arg != NULL && strcmp(k->arg, o->arg) == 0) {
                hs_cg_set_loc(c, &o->pos);
                return hs_cg_error(c, "keyword argument repeated: %s", k->arg);
            }
        }
    }
    return 1;
}

static int ex_call_kwargs(HsCompiler *c, HsAstSeq *keywords) {
    Hs_ssize_t nkw = HS_SEQ_LEN(keywords), nseen = 0;
    int have_dict = 0;
    for (Hs_ssize_t i = 0; i < nkw; i++) {
        HsAstKeyword *kw = HS_SEQ_GET(keywords, i);
        if (kw->arg == NULL) {
            if (nseen) {
                CHECK(subkwargs(c, keywords, i - nseen, i));
                if (have_dict) {
                    ADDOP_I(c, HS_OP_DICT_MERGE, 1);
                }
                have_dict = 1;
                nseen = 0;
            }
            if (!have_dict) {
                ADDOP_I(c, HS_OP_BUILD_MAP, 0);
                have_dict = 1;
            }
            VISIT(c, kw->value);
            ADDOP_I(c, HS_OP_DICT_MERGE, 1);
        } else {
            nseen++;
        }
    }
    if (nseen) {
        CHECK(subkwargs(c, keywords, nkw - nseen, nkw));
        if (have_dict) {
            ADDOP_I(c, HS_OP_DICT_MERGE, 1);
        }
    }
    return 1;
}

int hs_cg_call_helper(HsCompiler *c, int n, HsAstSeq *args, HsAstSeq *keywords) {
    CHECK(validate_keywords(c, keywords));
    Hs_ssize_t nelts = HS_SEQ_LEN(args), nkw = HS_SEQ_LEN(keywords);
    int ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
    for (Hs_ssize_t i = 0; i < nelts && !ex; i++) {
        ex = ((HsAstExpr *)HS_SEQ_GET(args, i))->kind == HS_EXPR_STARRED;
    }
    for (Hs_ssize_t i = 0; i < nkw && !ex; i++) {
        ex = ((HsAstKeyword *)HS_SEQ_GET(keywords, i))->arg == NULL;
    }
    if (!ex) {
        CHECK(visit_seq(c, args));
        if (nkw) {
            for (Hs_ssize_t i = 0; i < nkw; i++) {
                VISIT(c, ((HsAstKeyword *)HS_SEQ_GET(keywords, i))->value);
            }
            CHECK(kw_names(c, keywords, 0, nkw, HS_OP_KW_NAMES));
        }
        ADDOP_I(c, HS_OP_PRECALL, n + (int)(nelts + nkw));
        ADDOP_I(c, HS_OP_CALL, n + (int)(nelts + nkw));
        return 1;
    }
    if (n == 0 && nelts == 1 && ((HsAstExpr *)HS_SEQ_GET(args, 0))->kind == HS_EXPR_STARRED) {
        VISIT(c, ((HsAstExpr *)HS_SEQ_GET(args, 0))->v.Starred.value);
    } else {
        CHECK(starunpack_helper(c, args, n, HS_OP_BUILD_LIST, HS_OP_LIST_APPEND,
                                HS_OP_LIST_EXTEND, 1));
    }
    if (nkw) {
        CHECK(ex_call_kwargs(c, keywords));
    }
    ADDOP_I(c, HS_OP_CALL_FUNCTION_EX, nkw > 0);
    return 1;
}

/* CPython update_start_location_to_match_attr. */
void hs_cg_attr_loc(HsCompiler *c, HsAstExpr *attr) {
    HsUnit *u = c->u;
    if (u->lineno != attr->pos.end_lineno) {
        u->lineno = attr->pos.end_lineno;
        int len = 0;
        for (const unsigned char *p = (const unsigned char *)attr->v.Attribute.attr; *p; p++) {
            len += (*p & 0xc0) != 0x80;
        }
        if (len <= attr->pos.end_col_offset) {
            u->col = attr->pos.end_col_offset - len;
        } else {
            u->col = -1;
            u->end_col = -1;
        }
        u->end_lineno = u->lineno > u->end_lineno ? u->lineno : u->end_lineno;
        if (u->lineno == u->end_lineno && u->col > u->end_col) {
            u->end_col = u->col;
        }
    }
}

static int is_import_originated(HsCompiler *c, HsAstExpr *e) {
    if (e->kind != HS_EXPR_NAME) {
        return 0;
    }
    for (int i = 0; i < c->top->nsyms; i++) {
        if (strcmp(c->top->syms[i].name, e->v.Name.id) == 0) {
            return (c->top->syms[i].flags & HS_DEF_IMPORT) != 0;
        }
    }
    return 0;
}

static int method_call(HsCompiler *c, HsAstExpr *e) {
    HsAstExpr *meth = e->v.Call.func;
    HsAstSeq *args = e->v.Call.args, *kwds = e->v.Call.keywords;
    if (meth->kind != HS_EXPR_ATTRIBUTE || meth->v.Attribute.ctx != HS_CTX_LOAD ||
        is_import_originated(c, meth->v.Attribute.value)) {
        return -1;
    }
    Hs_ssize_t argsl = HS_SEQ_LEN(args), kwdsl = HS_SEQ_LEN(kwds);
    if (argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUIDELINE) {
        return -1;
    }
    for (Hs_ssize_t i = 0; i < argsl; i++) {
        if (((HsAstExpr *)HS_SEQ_GET(args, i))->kind == HS_EXPR_STARRED) {
            return -1;
        }
    }
    for (Hs_ssize_t i = 0; i < kwdsl; i++) {
        if (((HsAstKeyword *)HS_SEQ_GET(kwds, i))->arg == NULL) {
            return -1;
        }
    }
    CHECK(validate_keywords(c, kwds));
    VISIT(c, meth->v.Attribute.value);
    SavedLoc saved = save_loc(c);
    hs_cg_set_loc(c, &meth->pos);
    hs_cg_attr_loc(c, meth);
    CHECK(hs_cg_addop_name(c, HS_OP_LOAD_METHOD, meth->v.Attribute.attr, &c->u->names));
    CHECK(visit_seq(c, args));
    if (kwdsl) {
        for (Hs_ssize_t i = 0; i < kwdsl; i++) {
            VISIT(c, ((HsAstKeyword *)HS_SEQ_GET(kwds, i))->value);
        }
        CHECK(kw_names(c, kwds, 0, kwdsl, HS_OP_KW_NAMES));
    }
    restore_loc(c, saved);
    hs_cg_attr_loc(c, meth);
    ADDOP_I(c, HS_OP_PRECALL, (int)(argsl + kwdsl));
    ADDOP_I(c, HS_OP_CALL, (int)(argsl + kwdsl));
    restore_loc(c, saved);
    return 1;
}

/* The type a literal callee would have, for "'tuple' object is not callable; perhaps you
 * missed a comma?" (CPython: check_caller / infer_type), or NULL. */
static const char *literal_type_name(const HsAstExpr *e) {
    switch (e->kind) {
    case HS_EXPR_TUPLE:
        return "tuple";
    case HS_EXPR_LIST:
    case HS_EXPR_LISTCOMP:
        return "list";
    case HS_EXPR_DICT:
    case HS_EXPR_DICTCOMP:
        return "dict";
    case HS_EXPR_SET:
    case HS_EXPR_SETCOMP:
        return "set";
    case HS_EXPR_GENERATOREXP:
        return "generator";
    case HS_EXPR_JOINEDSTR:
    case HS_EXPR_FORMATTEDVALUE:
        return "str";
    case HS_EXPR_CONSTANT:
        switch ((int)e->v.Constant.value.kind) {
        case HS_CONST_NONE:
            return "NoneType";
        case HS_CONST_TRUE:
        case HS_CONST_FALSE:
            return "bool";
        case HS_CONST_ELLIPSIS:
            return "ellipsis";
        case HS_CONST_INT:
            return "int";
        case HS_CONST_FLOAT:
            return "float";
        case HS_CONST_COMPLEX:
            return "complex";
        case HS_CONST_STR:
            return "str";
        case HS_CONST_BYTES:
            return "bytes";
        case (int)HS_CONST_OBJECT:
            return Hs_TYPE((HsObject *)(void *)e->v.Constant.value.s)->tp_name;
        default:
            return NULL;
        }
    default:
        return NULL;
    }
}

static int call(HsCompiler *c, HsAstExpr *e) {
    const char *lit = literal_type_name(e->v.Call.func);
    if (lit != NULL) {
        hs_cg_set_loc(c, &e->pos);
        hs_cg_warn(c, "'%.200s' object is not callable; perhaps you missed a comma?", lit);
    }
    int r = method_call(c, e);
    if (r >= 0) {
        return r;
    }
    hs_cg_set_loc(c, &e->v.Call.func->pos);
    ADDOP(c, HS_OP_PUSH_NULL);
    hs_cg_set_loc(c, &e->pos);
    VISIT(c, e->v.Call.func);
    return hs_cg_call_helper(c, 0, e->v.Call.args, e->v.Call.keywords);
}

/* ==== functions, lambdas, closures ==== */

int hs_cg_make_closure(HsCompiler *c, HsObject *co_obj, int flags, const char *qualname) {
    (void)qualname;
    HsCodeObject *co = (HsCodeObject *)co_obj;
    if (co->co_nfreevars) {
        for (int i = co->co_nlocals + co->co_nplaincellvars; i < co->co_nlocalsplus; i++) {
            HsObject *nameo = HS_TUPLE_GET(co->co_localsplusnames, i);
            const char *name = HsUnicode_AsUTF8(nameo);
            if (name == NULL) {
                Hs_DECREF(co_obj);
                return hs_cg_nomem(c);
            }
            int arg;
            HsSymScope scope = hs_cg_scope_of(c->u->ste, name);
            if (c->u->kind == HS_SCOPE_KIND_CLASS && strcmp(name, "__class__") == 0) {
                scope = HS_SCOPE_CELL;
            }
            if (scope == HS_SCOPE_CELL) {
                arg = hs_cg_name_find(&c->u->cellvars, name);
            } else {
                arg = hs_cg_name_find(&c->u->freevars, name);
                arg = arg < 0 ? -1 : arg + c->u->cellvars.n;
            }
            if (arg < 0) {
                Hs_DECREF(co_obj);
                return hs_cg_error(c, "internal error: no closure variable '%s'", name);
            }
            if (!hs_cg_addop(c, HS_OP_LOAD_CLOSURE, arg)) {
                Hs_DECREF(co_obj);
                return 0;
            }
        }
        flags |= 0x08;
        if (!hs_cg_addop(c, HS_OP_BUILD_TUPLE, co->co_nfreevars)) {
            Hs_DECREF(co_obj);
            return 0;
        }
    }
    CHECK(hs_cg_load_const(c, co_obj));
    ADDOP_I(c, HS_OP_MAKE_FUNCTION, flags);
    return 1;
}

static int kwonly_defaults(HsCompiler *c, HsAstArguments *args) {
    HsObject *keys[256];
    int nkeys = 0;
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(args->kwonlyargs); i++) {
        HsAstArg *arg = HS_SEQ_GET(args->kwonlyargs, i);
        HsAstExpr *def = HS_SEQ_GET(args->kw_defaults, i);
        if (def == NULL) {
            continue;
        }
        char *m = hs_cg_mangle(c, c->u->private_name, arg->arg);
        if (m == NULL || nkeys == 256 || (keys[nkeys] = str_obj(m)) == NULL) {
            for (int k = 0; k < nkeys; k++) {
                Hs_DECREF(keys[k]);
            }
            return hs_cg_nomem(c) - 1;
        }
        nkeys++;
        if (!hs_cg_visit_expr(c, def)) {
            for (int k = 0; k < nkeys; k++) {
                Hs_DECREF(keys[k]);
            }
            return -1;
        }
    }
    if (nkeys == 0) {
        return 0;
    }
    HsObject *t = HsTuple_FromArray(keys, nkeys);
    for (int k = 0; k < nkeys; k++) {
        Hs_DECREF(keys[k]);
    }
    if (!hs_cg_load_const(c, t) || !hs_cg_addop(c, HS_OP_BUILD_CONST_KEY_MAP, nkeys)) {
        return -1;
    }
    return 1;
}

/* Returns the MAKE_FUNCTION flags for defaults, or -1 on failure. */
int hs_cg_default_arguments(HsCompiler *c, HsAstArguments *args) {
    int flags = 0;
    if (HS_SEQ_LEN(args->defaults) > 0) {
        if (!visit_seq(c, args->defaults) ||
            !hs_cg_addop(c, HS_OP_BUILD_TUPLE, (int)HS_SEQ_LEN(args->defaults))) {
            return -1;
        }
        flags |= 0x01;
    }
    if (HS_SEQ_LEN(args->kwonlyargs) > 0) {
        int r = kwonly_defaults(c, args);
        if (r < 0) {
            return -1;
        }
        if (r > 0) {
            flags |= 0x02;
        }
    }
    return flags;
}

static int argannotation(HsCompiler *c, const char *id, HsAstExpr *ann, int *len) {
    if (ann == NULL) {
        return 1;
    }
    char *m = hs_cg_mangle(c, c->u->private_name, id);
    if (m == NULL) {
        return hs_cg_nomem(c);
    }
    CHECK(load_str(c, m));
    if (ann->kind == HS_EXPR_STARRED) {
        VISIT(c, ann->v.Starred.value);
        ADDOP_I(c, HS_OP_UNPACK_SEQUENCE, 1);
    } else {
        VISIT(c, ann);
    }
    *len += 2;
    return 1;
}

static int argannotations(HsCompiler *c, HsAstSeq *args, int *len) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(args); i++) {
        HsAstArg *a = HS_SEQ_GET(args, i);
        CHECK(argannotation(c, a->arg, a->annotation, len));
    }
    return 1;
}

/* Returns 1 if a tuple was pushed, 0 if none, -1 on failure. */
int hs_cg_visit_annotations(HsCompiler *c, HsAstArguments *args, HsAstExpr *returns) {
    int len = 0;
    if (!argannotations(c, args->args, &len) || !argannotations(c, args->posonlyargs, &len) ||
        (args->vararg != NULL &&
         !argannotation(c, args->vararg->arg, args->vararg->annotation, &len)) ||
        !argannotations(c, args->kwonlyargs, &len) ||
        (args->kwarg != NULL &&
         !argannotation(c, args->kwarg->arg, args->kwarg->annotation, &len)) ||
        !argannotation(c, "return", returns, &len)) {
        return -1;
    }
    if (len) {
        return hs_cg_addop(c, HS_OP_BUILD_TUPLE, len) ? 1 : -1;
    }
    return 0;
}

static int lambda(HsCompiler *c, HsAstExpr *e) {
    HsAstArguments *args = e->v.Lambda.args;
    int flags = hs_cg_default_arguments(c, args);
    CHECK(flags >= 0);
    if (!hs_cg_enter_scope(c, "<lambda>", HS_SCOPE_KIND_LAMBDA, e, e->pos.lineno)) {
        hs_cg_exit_scope(c);
        return 0;
    }
    HsObject *co = NULL;
    if (hs_cg_add_const(c, Hs_NewRef(Hs_None)) >= 0) {
        c->u->argcount = (int)HS_SEQ_LEN(args->args);
        c->u->posonlyargcount = (int)HS_SEQ_LEN(args->posonlyargs);
        c->u->kwonlyargcount = (int)HS_SEQ_LEN(args->kwonlyargs);
        c->u->extra_flags = (args->vararg != NULL ? HS_CO_VARARGS : 0) |
                            (args->kwarg != NULL ? HS_CO_VARKEYWORDS : 0);
        if (hs_cg_visit_expr(c, e->v.Lambda.body)) {
            if (c->u->ste->generator) {
                co = hs_cg_assemble(c, 0);
            } else if (hs_cg_addop(c, HS_OP_RETURN_VALUE, 0)) {
                co = hs_cg_assemble(c, 1);
            }
        }
    }
    hs_cg_exit_scope(c);
    CHECK(co != NULL);
    return hs_cg_make_closure(c, co, flags, NULL);
}

/* ==== comprehensions ==== */

enum { COMP_GENEXP, COMP_LISTCOMP, COMP_SETCOMP, COMP_DICTCOMP };

static int comp_generator(HsCompiler *c, HsAstSeq *gens, Hs_ssize_t gen_index, int depth,
                          HsAstExpr *elt, HsAstExpr *val, int type);

static int comp_element(HsCompiler *c, HsAstExpr *elt, HsAstExpr *val, int type, int depth) {
    switch (type) {
    case COMP_GENEXP:
        VISIT(c, elt);
        ADDOP(c, HS_OP_YIELD_VALUE);
        ADDOP_I(c, HS_OP_RESUME, 1);
        ADDOP(c, HS_OP_POP_TOP);
        return 1;
    case COMP_LISTCOMP:
        VISIT(c, elt);
        ADDOP_I(c, HS_OP_LIST_APPEND, depth + 1);
        return 1;
    case COMP_SETCOMP:
        VISIT(c, elt);
        ADDOP_I(c, HS_OP_SET_ADD, depth + 1);
        return 1;
    default:
        VISIT(c, elt);
        VISIT(c, val);
        ADDOP_I(c, HS_OP_MAP_ADD, depth + 1);
        return 1;
    }
}

static int comp_generator(HsCompiler *c, HsAstSeq *gens, Hs_ssize_t gen_index, int depth,
                          HsAstExpr *elt, HsAstExpr *val, int type) {
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, if_cleanup);
    NEW_BLOCK(c, anchor);
    HsBlock *startp = start;
    HsAstComprehension *gen = HS_SEQ_GET(gens, gen_index);
    if (gen_index == 0) {
        c->u->argcount = 1;
        ADDOP_I(c, HS_OP_LOAD_FAST, 0);
    } else {
        HsAstSeq *elts = NULL;
        if (gen->iter->kind == HS_EXPR_LIST || gen->iter->kind == HS_EXPR_TUPLE) {
            elts = gen->iter->v.List.elts;
        }
        if (HS_SEQ_LEN(elts) == 1 &&
            ((HsAstExpr *)HS_SEQ_GET(elts, 0))->kind != HS_EXPR_STARRED) {
            VISIT(c, HS_SEQ_GET(elts, 0));
            startp = NULL;
        }
        if (startp != NULL) {
            VISIT(c, gen->iter);
            ADDOP(c, HS_OP_GET_ITER);
        }
    }
    if (startp != NULL) {
        depth++;
        hs_cg_use_next_block(c, startp);
        ADDOP_J(c, HS_OP_FOR_ITER, anchor);
        CHECK(hs_cg_next_block(c));
    }
    VISIT(c, gen->target);
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(gen->ifs); i++) {
        CHECK(hs_cg_jump_if(c, HS_SEQ_GET(gen->ifs, i), if_cleanup, 0));
        CHECK(hs_cg_next_block(c));
    }
    if (++gen_index < HS_SEQ_LEN(gens)) {
        CHECK(comp_generator(c, gens, gen_index, depth, elt, val, type));
    }
    if (gen_index >= HS_SEQ_LEN(gens)) {
        CHECK(comp_element(c, elt, val, type, depth));
    }
    hs_cg_use_next_block(c, if_cleanup);
    if (startp != NULL) {
        ADDOP_J(c, HS_PSEUDO_JUMP, startp);
        hs_cg_use_next_block(c, anchor);
    }
    return 1;
}

static int comprehension(HsCompiler *c, HsAstExpr *e, int type, const char *name,
                         HsAstSeq *gens, HsAstExpr *elt, HsAstExpr *val) {
    HsAstComprehension *outer = HS_SEQ_GET(gens, 0);
    HsObject *co = NULL;
    if (hs_cg_enter_scope(c, name, HS_SCOPE_KIND_COMPREHENSION, e, e->pos.lineno)) {
        hs_cg_set_loc(c, &e->pos);
        static const int build[] = {0, HS_OP_BUILD_LIST, HS_OP_BUILD_SET, HS_OP_BUILD_MAP};
        if ((type == COMP_GENEXP || hs_cg_addop(c, build[type], 0)) &&
            comp_generator(c, gens, 0, 0, elt, val, type) &&
            (type == COMP_GENEXP || hs_cg_addop(c, HS_OP_RETURN_VALUE, 0))) {
            co = hs_cg_assemble(c, 1);
        }
    }
    hs_cg_exit_scope(c);
    CHECK(co != NULL);
    CHECK(hs_cg_make_closure(c, co, 0, NULL));
    VISIT(c, outer->iter);
    ADDOP(c, HS_OP_GET_ITER);
    ADDOP_I(c, HS_OP_PRECALL, 0);
    ADDOP_I(c, HS_OP_CALL, 0);
    return 1;
}

/* ==== the dispatcher ==== */

static int yield_expr(HsCompiler *c, HsAstExpr *e) {
    if (c->u->ste->type != HS_BLOCK_FUNCTION) {
        return hs_cg_error(c, "'yield' outside function");
    }
    if (e->kind == HS_EXPR_YIELD) {
        if (e->v.Yield.value != NULL) {
            VISIT(c, e->v.Yield.value);
        } else {
            CHECK(hs_cg_load_const(c, Hs_NewRef(Hs_None)));
        }
        ADDOP(c, HS_OP_YIELD_VALUE);
        ADDOP_I(c, HS_OP_RESUME, 1);
        return 1;
    }
    VISIT(c, e->v.YieldFrom.value);
    ADDOP(c, HS_OP_GET_YIELD_FROM_ITER);
    CHECK(hs_cg_load_const(c, Hs_NewRef(Hs_None)));
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, resume);
    NEW_BLOCK(c, exit);
    hs_cg_use_next_block(c, start);
    ADDOP_J(c, HS_OP_SEND, exit);
    hs_cg_use_next_block(c, resume);
    ADDOP(c, HS_OP_YIELD_VALUE);
    ADDOP_I(c, HS_OP_RESUME, 2);
    ADDOP_J(c, HS_PSEUDO_JUMP_NO_INTERRUPT, start);
    hs_cg_use_next_block(c, exit);
    return 1;
}

static int formatted_value(HsCompiler *c, HsAstExpr *e) {
    VISIT(c, e->v.FormattedValue.value);
    int conv = e->v.FormattedValue.conversion;
    int oparg = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->v.FormattedValue.format_spec != NULL) {
        VISIT(c, e->v.FormattedValue.format_spec);
        oparg |= 0x04;
    }
    ADDOP_I(c, HS_OP_FORMAT_VALUE, oparg);
    return 1;
}

static int joined_str(HsCompiler *c, HsAstExpr *e) {
    Hs_ssize_t n = HS_SEQ_LEN(e->v.JoinedStr.values);
    if (n > STACK_USE_GUIDELINE) {
        CHECK(load_str(c, ""));
        CHECK(hs_cg_addop_name(c, HS_OP_LOAD_METHOD, "join", &c->u->names));
        ADDOP_I(c, HS_OP_BUILD_LIST, 0);
        for (Hs_ssize_t i = 0; i < n; i++) {
            VISIT(c, HS_SEQ_GET(e->v.JoinedStr.values, i));
            ADDOP_I(c, HS_OP_LIST_APPEND, 1);
        }
        ADDOP_I(c, HS_OP_PRECALL, 1);
        ADDOP_I(c, HS_OP_CALL, 1);
        return 1;
    }
    CHECK(visit_seq(c, e->v.JoinedStr.values));
    if (n != 1) {
        ADDOP_I(c, HS_OP_BUILD_STRING, (int)n);
    }
    return 1;
}

static int attribute(HsCompiler *c, HsAstExpr *e) {
    VISIT(c, e->v.Attribute.value);
    hs_cg_attr_loc(c, e);
    int op = e->v.Attribute.ctx == HS_CTX_LOAD    ? HS_OP_LOAD_ATTR
             : e->v.Attribute.ctx == HS_CTX_STORE ? HS_OP_STORE_ATTR
                                                  : HS_OP_DELETE_ATTR;
    return hs_cg_addop_name(c, op, e->v.Attribute.attr, &c->u->names);
}

static int subscript(HsCompiler *c, HsAstExpr *e) {
    int op = e->v.Subscript.ctx == HS_CTX_LOAD    ? HS_OP_BINARY_SUBSCR
             : e->v.Subscript.ctx == HS_CTX_STORE ? HS_OP_STORE_SUBSCR
                                                  : HS_OP_DELETE_SUBSCR;
    VISIT(c, e->v.Subscript.value);
    VISIT(c, e->v.Subscript.slice);
    ADDOP(c, op);
    return 1;
}

static int slice(HsCompiler *c, HsAstExpr *e) {
    int n = 2;
    HsAstExpr *parts[2] = {e->v.Slice.lower, e->v.Slice.upper};
    for (int i = 0; i < 2; i++) {
        if (parts[i] != NULL) {
            VISIT(c, parts[i]);
        } else {
            CHECK(hs_cg_load_const(c, Hs_NewRef(Hs_None)));
        }
    }
    if (e->v.Slice.step != NULL) {
        n++;
        VISIT(c, e->v.Slice.step);
    }
    ADDOP_I(c, HS_OP_BUILD_SLICE, n);
    return 1;
}

static int visit_expr1(HsCompiler *c, HsAstExpr *e) {
    static const int unary[] = {0, HS_OP_UNARY_INVERT, HS_OP_UNARY_NOT, HS_OP_UNARY_POSITIVE,
                                HS_OP_UNARY_NEGATIVE};
    switch (e->kind) {
    case HS_EXPR_NAMEDEXPR:
        VISIT(c, e->v.NamedExpr.value);
        ADDOP_I(c, HS_OP_COPY, 1);
        VISIT(c, e->v.NamedExpr.target);
        return 1;
    case HS_EXPR_BOOLOP:
        return boolop(c, e);
    case HS_EXPR_BINOP:
        VISIT(c, e->v.BinOp.left);
        VISIT(c, e->v.BinOp.right);
        ADDOP_I(c, HS_OP_BINARY_OP, binop_arg(e->v.BinOp.op, 0));
        return 1;
    case HS_EXPR_UNARYOP:
        VISIT(c, e->v.UnaryOp.operand);
        ADDOP(c, unary[e->v.UnaryOp.op]);
        return 1;
    case HS_EXPR_LAMBDA:
        return lambda(c, e);
    case HS_EXPR_IFEXP:
        return ifexp(c, e);
    case HS_EXPR_DICT:
        return dict(c, e);
    case HS_EXPR_SET:
        return starunpack_helper(c, e->v.Set.elts, 0, HS_OP_BUILD_SET, HS_OP_SET_ADD,
                                 HS_OP_SET_UPDATE, 0);
    case HS_EXPR_GENERATOREXP:
        return comprehension(c, e, COMP_GENEXP, "<genexpr>", e->v.Comp.generators,
                             e->v.Comp.elt, NULL);
    case HS_EXPR_LISTCOMP:
        return comprehension(c, e, COMP_LISTCOMP, "<listcomp>", e->v.Comp.generators,
                             e->v.Comp.elt, NULL);
    case HS_EXPR_SETCOMP:
        return comprehension(c, e, COMP_SETCOMP, "<setcomp>", e->v.Comp.generators,
                             e->v.Comp.elt, NULL);
    case HS_EXPR_DICTCOMP:
        return comprehension(c, e, COMP_DICTCOMP, "<dictcomp>", e->v.DictComp.generators,
                             e->v.DictComp.key, e->v.DictComp.value);
    case HS_EXPR_YIELD:
    case HS_EXPR_YIELDFROM:
        return yield_expr(c, e);
    case HS_EXPR_AWAIT:
        return hs_cg_error(c, "'await' outside function");
    case HS_EXPR_COMPARE:
        return compare(c, e);
    case HS_EXPR_CALL:
        return call(c, e);
    case HS_EXPR_CONSTANT:
        return hs_cg_load_const_ast(c, &e->v.Constant.value);
    case HS_EXPR_JOINEDSTR:
        return joined_str(c, e);
    case HS_EXPR_FORMATTEDVALUE:
        return formatted_value(c, e);
    case HS_EXPR_ATTRIBUTE:
        return attribute(c, e);
    case HS_EXPR_SUBSCRIPT:
        return subscript(c, e);
    case HS_EXPR_STARRED:
        if (e->v.Starred.ctx == HS_CTX_STORE) {
            return hs_cg_error(c, "starred assignment target must be in a list or tuple");
        }
        return hs_cg_error(c, "can't use starred expression here");
    case HS_EXPR_SLICE:
        return slice(c, e);
    case HS_EXPR_NAME:
        return hs_cg_nameop(c, e->v.Name.id, e->v.Name.ctx);
    case HS_EXPR_LIST:
        return sequence(c, e, 0);
    case HS_EXPR_TUPLE:
        return sequence(c, e, 1);
    default:
        return hs_cg_error(c, "internal error: unknown expression kind %d", (int)e->kind);
    }
}

int hs_cg_visit_expr(HsCompiler *c, HsAstExpr *e) {
    SavedLoc saved = save_loc(c);
    hs_cg_set_loc(c, &e->pos);
    int r = visit_expr1(c, e);
    restore_loc(c, saved);
    return r;
}
