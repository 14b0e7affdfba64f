/* Statements of the code generator (CPython 3.11: compiler_visit_stmt and its helpers in
 * Python/compile.c): bodies with docstrings and SETUP_ANNOTATIONS, function and class
 * definitions (decorators, defaults, annotation tuples, the class body function with
 * __module__/__qualname__/__classcell__), assignments of every form, loops and if with the
 * 3.11 layouts (the while test duplicated at the bottom), try/except/else/finally with the
 * SETUP_FINALLY/SETUP_CLEANUP pseudo-instructions and the "frame block" stack that
 * return/break/continue unwind (running finally bodies, __exit__ calls and handler
 * cleanups inline), with, assert, raise, imports.
 * Invariant: every statement starts by setting the unit's location to its own node, so the
 * first instruction it emits carries its line. */
#include "internal/hs_compile_codegen.h"
#include "internal/hs_compile_opcode.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"

#include <string.h>

#define CHECK(x)                                                                                   \
    do {                                                                                           \
        if (!(x)) {                                                                                \
            return 0;                                                                              \
        }                                                                                          \
    } while (0)
#define ADDOP(c, op) CHECK(hs_cg_addop((c), (op), 0))
#define ADDOP_I(c, op, arg) CHECK(hs_cg_addop((c), (op), (arg)))
#define ADDOP_NOLINE(c, op) CHECK(hs_cg_addop_noline((c), (op), 0))
#define ADDOP_J(c, op, b) CHECK(hs_cg_addop_j((c), (op), (b)))
#define ADDOP_J_NOLINE(c, op, b) CHECK(hs_cg_addop_j_noline((c), (op), (b)))
#define VISIT(c, e) CHECK(hs_cg_visit_expr((c), (e)))
#define VISIT_STMTS(c, s) CHECK(visit_stmts((c), (s)))
#define NEW_BLOCK(c, v)                                                                            \
    HsBlock *v = hs_cg_new_block(c);                                                               \
    CHECK(v != NULL)

static int visit_stmts(HsCompiler *c, HsAstSeq *s) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s); i++) {
        CHECK(hs_cg_visit_stmt(c, HS_SEQ_GET(s, i)));
    }
    return 1;
}

static int load_none(HsCompiler *c) {
    return hs_cg_load_const(c, Hs_NewRef(Hs_None));
}

static int load_str(HsCompiler *c, const char *s) {
    HsObject *o = HsUnicode_FromString(s);
    if (o != NULL) {
        HsUnicode_InternInPlace(&o);
    }
    return hs_cg_load_const(c, o);
}

/* ==== frame blocks ==== */

static int push_fblock(HsCompiler *c, HsFBlockKind kind, HsBlock *b, HsBlock *exit,
                       const void *datum) {
    HsUnit *u = c->u;
    if (u->nfblocks >= HS_MAXBLOCKS) {
        return hs_cg_error(c, "too many statically nested blocks");
    }
    HsFBlock *f = &u->fblock[u->nfblocks++];
    f->kind = kind;
    f->block = b;
    f->exit = exit;
    f->datum = datum;
    return 1;
}

static void pop_fblock(HsCompiler *c) {
    c->u->nfblocks--;
}

static int call_exit_with_nones(HsCompiler *c) {
    CHECK(load_none(c));
    CHECK(load_none(c));
    CHECK(load_none(c));
    ADDOP_I(c, HS_OP_PRECALL, 2);
    ADDOP_I(c, HS_OP_CALL, 2);
    return 1;
}

static int unwind_fblock(HsCompiler *c, HsFBlock *info, int preserve_tos) {
    switch (info->kind) {
    case HS_FB_WHILE_LOOP:
    case HS_FB_EXCEPTION_HANDLER:
    case HS_FB_EXCEPTION_GROUP_HANDLER:
        return 1;
    case HS_FB_FOR_LOOP:
    case HS_FB_POP_VALUE:
        if (preserve_tos) {
            ADDOP_I(c, HS_OP_SWAP, 2);
        }
        ADDOP(c, HS_OP_POP_TOP);
        return 1;
    case HS_FB_TRY_EXCEPT:
        ADDOP(c, HS_PSEUDO_POP_BLOCK);
        return 1;
    case HS_FB_FINALLY_TRY:
        ADDOP(c, HS_PSEUDO_POP_BLOCK);
        if (preserve_tos) {
            CHECK(push_fblock(c, HS_FB_POP_VALUE, NULL, NULL, NULL));
        }
        VISIT_STMTS(c, (HsAstSeq *)info->datum);
        if (preserve_tos) {
            pop_fblock(c);
        }
        hs_cg_unset_loc(c);
        return 1;
    case HS_FB_FINALLY_END:
        if (preserve_tos) {
            ADDOP_I(c, HS_OP_SWAP, 2);
        }
        ADDOP(c, HS_OP_POP_TOP);
        if (preserve_tos) {
            ADDOP_I(c, HS_OP_SWAP, 2);
        }
        ADDOP(c, HS_PSEUDO_POP_BLOCK);
        ADDOP(c, HS_OP_POP_EXCEPT);
        return 1;
    case HS_FB_WITH:
        hs_cg_set_loc(c, &((const HsAstStmt *)info->datum)->pos);
        ADDOP(c, HS_PSEUDO_POP_BLOCK);
        if (preserve_tos) {
            ADDOP_I(c, HS_OP_SWAP, 2);
        }
        CHECK(call_exit_with_nones(c));
        ADDOP(c, HS_OP_POP_TOP);
        hs_cg_unset_loc(c);
        return 1;
    case HS_FB_HANDLER_CLEANUP:
        if (info->datum != NULL) {
            ADDOP(c, HS_PSEUDO_POP_BLOCK);
        }
        if (preserve_tos) {
            ADDOP_I(c, HS_OP_SWAP, 2);
        }
        ADDOP(c, HS_PSEUDO_POP_BLOCK);
        ADDOP(c, HS_OP_POP_EXCEPT);
        if (info->datum != NULL) {
            CHECK(load_none(c));
            CHECK(hs_cg_nameop(c, info->datum, HS_CTX_STORE));
            CHECK(hs_cg_nameop(c, info->datum, HS_CTX_DEL));
        }
        return 1;
    }
    return 1;
}

static int unwind_fblock_stack(HsCompiler *c, int preserve_tos, HsFBlock **loop) {
    HsUnit *u = c->u;
    if (u->nfblocks == 0) {
        return 1;
    }
    HsFBlock *top = &u->fblock[u->nfblocks - 1];
    if (top->kind == HS_FB_EXCEPTION_GROUP_HANDLER) {
        return hs_cg_error(c, "'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (loop != NULL && (top->kind == HS_FB_WHILE_LOOP || top->kind == HS_FB_FOR_LOOP)) {
        *loop = top;
        return 1;
    }
    HsFBlock copy = *top;
    u->nfblocks--;
    CHECK(unwind_fblock(c, &copy, preserve_tos));
    CHECK(unwind_fblock_stack(c, preserve_tos, loop));
    u->fblock[u->nfblocks++] = copy;
    return 1;
}

/* ==== bodies ==== */

int hs_cg_is_docstring(const HsAstSeq *body) {
    if (HS_SEQ_LEN(body) == 0) {
        return 0;
    }
    const HsAstStmt *s = HS_SEQ_GET(body, 0);
    if (s->kind != HS_STMT_EXPR || s->v.Expr.value->kind != HS_EXPR_CONSTANT) {
        return 0;
    }
    const HsAstConst *k = &s->v.Expr.value->v.Constant.value;
    return k->kind == HS_CONST_STR ||
           (k->kind == HS_CONST_OBJECT && HsUnicode_CheckExact((HsObject *)(void *)k->s));
}

int hs_cg_find_ann(const HsAstSeq *stmts) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(stmts); i++) {
        const HsAstStmt *st = HS_SEQ_GET(stmts, i);
        int res = 0;
        switch (st->kind) {
        case HS_STMT_ANNASSIGN:
            return 1;
        case HS_STMT_FOR:
            res = hs_cg_find_ann(st->v.For.body) || hs_cg_find_ann(st->v.For.orelse);
            break;
        case HS_STMT_WHILE:
        case HS_STMT_IF:
            res = hs_cg_find_ann(st->v.While.body) || hs_cg_find_ann(st->v.While.orelse);
            break;
        case HS_STMT_WITH:
            res = hs_cg_find_ann(st->v.With.body);
            break;
        case HS_STMT_TRY:
        case HS_STMT_TRYSTAR:
            for (Hs_ssize_t j = 0; j < HS_SEQ_LEN(st->v.Try.handlers); j++) {
                const HsAstExceptHandler *h = HS_SEQ_GET(st->v.Try.handlers, j);
                if (hs_cg_find_ann(h->body)) {
                    return 1;
                }
            }
            res = hs_cg_find_ann(st->v.Try.body) || hs_cg_find_ann(st->v.Try.finalbody) ||
                  hs_cg_find_ann(st->v.Try.orelse);
            break;
        default:
            break;
        }
        if (res) {
            return 1;
        }
    }
    return 0;
}

int hs_cg_body(HsCompiler *c, HsAstSeq *stmts) {
    Hs_ssize_t i = 0;
    if (c->u->kind == HS_SCOPE_KIND_MODULE && HS_SEQ_LEN(stmts) > 0) {
        hs_cg_set_loc(c, &((HsAstStmt *)HS_SEQ_GET(stmts, 0))->pos);
    }
    if (hs_cg_find_ann(stmts)) {
        ADDOP(c, HS_OP_SETUP_ANNOTATIONS);
    }
    if (HS_SEQ_LEN(stmts) == 0) {
        return 1;
    }
    if (hs_cg_is_docstring(stmts)) {
        i = 1;
        HsAstStmt *st = HS_SEQ_GET(stmts, 0);
        VISIT(c, st->v.Expr.value);
        hs_cg_unset_loc(c);
        CHECK(hs_cg_nameop(c, "__doc__", HS_CTX_STORE));
    }
    for (; i < HS_SEQ_LEN(stmts); i++) {
        CHECK(hs_cg_visit_stmt(c, HS_SEQ_GET(stmts, i)));
    }
    return 1;
}

/* ==== functions and classes ==== */

static int apply_decorators(HsCompiler *c, HsAstSeq *decos) {
    HsUnit *u = c->u;
    int l = u->lineno, el = u->end_lineno, co = u->col, ec = u->end_col;
    for (Hs_ssize_t i = HS_SEQ_LEN(decos) - 1; i >= 0; i--) {
        hs_cg_set_loc(c, &((HsAstExpr *)HS_SEQ_GET(decos, i))->pos);
        ADDOP_I(c, HS_OP_PRECALL, 0);
        ADDOP_I(c, HS_OP_CALL, 0);
    }
    u->lineno = l;
    u->end_lineno = el;
    u->col = co;
    u->end_col = ec;
    return 1;
}

static int decorators(HsCompiler *c, HsAstSeq *decos, int lineno) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(decos); i++) {
        VISIT(c, HS_SEQ_GET(decos, i));
    }
    return HS_SEQ_LEN(decos) ? ((HsAstExpr *)HS_SEQ_GET(decos, 0))->pos.lineno : lineno;
}

static HsObject *function_body(HsCompiler *c, HsAstStmt *s, int firstlineno) {
    HsAstArguments *args = s->v.FunctionDef.args;
    HsAstSeq *body = s->v.FunctionDef.body;
    HsObject *co = NULL;
    if (hs_cg_enter_scope(c, s->v.FunctionDef.name, HS_SCOPE_KIND_FUNCTION, s, firstlineno)) {
        int doc = hs_cg_is_docstring(body);
        HsObject *first = doc ? hs_cg_const_object(
                                    c, &((HsAstStmt *)HS_SEQ_GET(body, 0))
                                            ->v.Expr.value->v.Constant.value)
                              : Hs_NewRef(Hs_None);
        if (hs_cg_add_const(c, first) >= 0) {
            HsUnit *u = c->u;
            u->argcount = (int)HS_SEQ_LEN(args->args);
            u->posonlyargcount = (int)HS_SEQ_LEN(args->posonlyargs);
            u->kwonlyargcount = (int)HS_SEQ_LEN(args->kwonlyargs);
            u->extra_flags = (args->vararg != NULL ? HS_CO_VARARGS : 0) |
                             (args->kwarg != NULL ? HS_CO_VARKEYWORDS : 0);
            Hs_ssize_t i = doc ? 1 : 0;
            for (; i < HS_SEQ_LEN(body); i++) {
                if (!hs_cg_visit_stmt(c, HS_SEQ_GET(body, i))) {
                    break;
                }
            }
            if (i == HS_SEQ_LEN(body)) {
                co = hs_cg_assemble(c, 1);
            }
        }
    }
    hs_cg_exit_scope(c);
    return co;
}

static int function_def(HsCompiler *c, HsAstStmt *s) {
    HsAstArguments *args = s->v.FunctionDef.args;
    HsAstSeq *decos = s->v.FunctionDef.decorator_list;
    int firstlineno = decorators(c, decos, s->pos.lineno);
    CHECK(firstlineno > 0);
    int flags = hs_cg_default_arguments(c, args);
    CHECK(flags >= 0);
    int ann = hs_cg_visit_annotations(c, args, s->v.FunctionDef.returns);
    CHECK(ann >= 0);
    if (ann > 0) {
        flags |= 0x04;
    }
    HsObject *co = function_body(c, s, firstlineno);
    CHECK(co != NULL);
    CHECK(hs_cg_make_closure(c, co, flags, NULL));
    CHECK(apply_decorators(c, decos));
    return hs_cg_nameop(c, s->v.FunctionDef.name, HS_CTX_STORE);
}

static int class_body(HsCompiler *c, HsAstStmt *s) {
    HsUnit *u = c->u;
    u->private_name = s->v.ClassDef.name;
    CHECK(hs_cg_nameop(c, "__name__", HS_CTX_LOAD));
    CHECK(hs_cg_nameop(c, "__module__", HS_CTX_STORE));
    CHECK(load_str(c, u->qualname));
    CHECK(hs_cg_nameop(c, "__qualname__", HS_CTX_STORE));
    CHECK(hs_cg_body(c, s->v.ClassDef.body));
    hs_cg_unset_loc(c);
    if (u->ste->needs_class_closure) {
        ADDOP_I(c, HS_OP_LOAD_CLOSURE, hs_cg_name_find(&u->cellvars, "__class__"));
        ADDOP_I(c, HS_OP_COPY, 1);
        CHECK(hs_cg_nameop(c, "__classcell__", HS_CTX_STORE));
    } else {
        CHECK(load_none(c));
    }
    ADDOP(c, HS_OP_RETURN_VALUE);
    return 1;
}

static int class_def(HsCompiler *c, HsAstStmt *s) {
    HsAstSeq *decos = s->v.ClassDef.decorator_list;
    int firstlineno = decorators(c, decos, s->pos.lineno);
    CHECK(firstlineno > 0);
    HsObject *co = NULL;
    if (hs_cg_enter_scope(c, s->v.ClassDef.name, HS_SCOPE_KIND_CLASS, s, firstlineno) &&
        class_body(c, s)) {
        co = hs_cg_assemble(c, 1);
    }
    hs_cg_exit_scope(c);
    CHECK(co != NULL);
    ADDOP(c, HS_OP_PUSH_NULL);
    ADDOP(c, HS_OP_LOAD_BUILD_CLASS);
    CHECK(hs_cg_make_closure(c, co, 0, NULL));
    CHECK(load_str(c, s->v.ClassDef.name));
    CHECK(hs_cg_call_helper(c, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords));
    CHECK(apply_decorators(c, decos));
    return hs_cg_nameop(c, s->v.ClassDef.name, HS_CTX_STORE);
}

/* ==== simple statements ==== */

static int return_stmt(HsCompiler *c, HsAstStmt *s) {
    HsAstExpr *v = s->v.Return.value;
    int preserve_tos = v != NULL && v->kind != HS_EXPR_CONSTANT;
    if (c->u->ste->type != HS_BLOCK_FUNCTION) {
        return hs_cg_error(c, "'return' outside function");
    }
    if (preserve_tos) {
        VISIT(c, v);
    } else if (v != NULL) {
        hs_cg_set_loc(c, &v->pos);
        ADDOP(c, HS_OP_NOP);
    }
    if (v == NULL || v->pos.lineno != s->pos.lineno) {
        hs_cg_set_loc(c, &s->pos);
        ADDOP(c, HS_OP_NOP);
    }
    CHECK(unwind_fblock_stack(c, preserve_tos, NULL));
    if (v == NULL) {
        CHECK(load_none(c));
    } else if (!preserve_tos) {
        CHECK(hs_cg_load_const_ast(c, &v->v.Constant.value));
    }
    ADDOP(c, HS_OP_RETURN_VALUE);
    return 1; /* no new block: the implicit 'return None' is not added after it */
}

static int break_continue(HsCompiler *c, int is_break) {
    HsFBlock *loop = NULL;
    ADDOP(c, HS_OP_NOP);
    CHECK(unwind_fblock_stack(c, 0, &loop));
    if (loop == NULL) {
        return hs_cg_error(c, is_break ? "'break' outside loop"
                                       : "'continue' not properly in loop");
    }
    if (is_break) {
        CHECK(unwind_fblock(c, loop, 0));
        ADDOP_J(c, HS_PSEUDO_JUMP, loop->exit);
    } else {
        ADDOP_J(c, HS_PSEUDO_JUMP, loop->block);
    }
    return hs_cg_next_block(c);
}

static int augassign(HsCompiler *c, HsAstStmt *s) {
    HsAstExpr *e = s->v.AugAssign.target;
    HsUnit *u = c->u;
    int l = u->lineno, el = u->end_lineno, co = u->col, ec = u->end_col;
    hs_cg_set_loc(c, &e->pos);
    if (e->kind == HS_EXPR_ATTRIBUTE) {
        VISIT(c, e->v.Attribute.value);
        ADDOP_I(c, HS_OP_COPY, 1);
        hs_cg_attr_loc(c, e);
        CHECK(hs_cg_addop_name(c, HS_OP_LOAD_ATTR, e->v.Attribute.attr, &u->names));
    } else if (e->kind == HS_EXPR_SUBSCRIPT) {
        VISIT(c, e->v.Subscript.value);
        VISIT(c, e->v.Subscript.slice);
        ADDOP_I(c, HS_OP_COPY, 2);
        ADDOP_I(c, HS_OP_COPY, 2);
        ADDOP(c, HS_OP_BINARY_SUBSCR);
    } else {
        CHECK(hs_cg_nameop(c, e->v.Name.id, HS_CTX_LOAD));
    }
    u->lineno = l;
    u->end_lineno = el;
    u->col = co;
    u->end_col = ec;
    VISIT(c, s->v.AugAssign.value);
    ADDOP_I(c, HS_OP_BINARY_OP, hs_cg_binop_arg(s->v.AugAssign.op, 1));
    hs_cg_set_loc(c, &e->pos);
    if (e->kind == HS_EXPR_ATTRIBUTE) {
        hs_cg_attr_loc(c, e);
        ADDOP_I(c, HS_OP_SWAP, 2);
        return hs_cg_addop_name(c, HS_OP_STORE_ATTR, e->v.Attribute.attr, &u->names);
    }
    if (e->kind == HS_EXPR_SUBSCRIPT) {
        ADDOP_I(c, HS_OP_SWAP, 3);
        ADDOP_I(c, HS_OP_SWAP, 2);
        ADDOP(c, HS_OP_STORE_SUBSCR);
        return 1;
    }
    return hs_cg_nameop(c, e->v.Name.id, HS_CTX_STORE);
}

static int check_ann_expr(HsCompiler *c, HsAstExpr *e) {
    VISIT(c, e);
    ADDOP(c, HS_OP_POP_TOP);
    return 1;
}

static int check_ann_subscr(HsCompiler *c, HsAstExpr *e) {
    if (e->kind == HS_EXPR_SLICE) {
        HsAstExpr *parts[3] = {e->v.Slice.lower, e->v.Slice.upper, e->v.Slice.step};
        for (int i = 0; i < 3; i++) {
            if (parts[i] != NULL) {
                CHECK(check_ann_expr(c, parts[i]));
            }
        }
        return 1;
    }
    if (e->kind == HS_EXPR_TUPLE) {
        for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(e->v.Tuple.elts); i++) {
            CHECK(check_ann_subscr(c, HS_SEQ_GET(e->v.Tuple.elts, i)));
        }
        return 1;
    }
    return check_ann_expr(c, e);
}

static int annassign(HsCompiler *c, HsAstStmt *s) {
    HsAstExpr *targ = s->v.AnnAssign.target;
    int mod_or_class = c->u->kind == HS_SCOPE_KIND_MODULE || c->u->kind == HS_SCOPE_KIND_CLASS;
    if (s->v.AnnAssign.value != NULL) {
        VISIT(c, s->v.AnnAssign.value);
        VISIT(c, targ);
    }
    if (targ->kind == HS_EXPR_NAME) {
        if (s->v.AnnAssign.simple && mod_or_class) {
            VISIT(c, s->v.AnnAssign.annotation);
            CHECK(hs_cg_addop_name(c, HS_OP_LOAD_NAME, "__annotations__", &c->u->names));
            char *m = hs_cg_mangle(c, c->u->private_name, targ->v.Name.id);
            CHECK(m != NULL);
            CHECK(load_str(c, m));
            ADDOP(c, HS_OP_STORE_SUBSCR);
        }
    } else if (targ->kind == HS_EXPR_ATTRIBUTE) {
        if (s->v.AnnAssign.value == NULL) {
            CHECK(check_ann_expr(c, targ->v.Attribute.value));
        }
    } else if (targ->kind == HS_EXPR_SUBSCRIPT) {
        if (s->v.AnnAssign.value == NULL) {
            CHECK(check_ann_expr(c, targ->v.Subscript.value));
            CHECK(check_ann_subscr(c, targ->v.Subscript.slice));
        }
    }
    if (!s->v.AnnAssign.simple && mod_or_class) {
        CHECK(check_ann_expr(c, s->v.AnnAssign.annotation));
    }
    return 1;
}

static int assert_stmt(HsCompiler *c, HsAstStmt *s) {
    if (s->v.Assert.test->kind == HS_EXPR_TUPLE && HS_SEQ_LEN(s->v.Assert.test->v.Tuple.elts) > 0) {
        hs_cg_warn(c, "assertion is always true, perhaps remove parentheses?");
    }
    NEW_BLOCK(c, end);
    CHECK(hs_cg_jump_if(c, s->v.Assert.test, end, 1));
    ADDOP(c, HS_OP_LOAD_ASSERTION_ERROR);
    if (s->v.Assert.msg != NULL) {
        VISIT(c, s->v.Assert.msg);
        ADDOP_I(c, HS_OP_PRECALL, 0);
        ADDOP_I(c, HS_OP_CALL, 0);
    }
    ADDOP_I(c, HS_OP_RAISE_VARARGS, 1);
    hs_cg_use_next_block(c, end);
    return 1;
}

static int import_as(HsCompiler *c, const char *name, const char *asname) {
    const char *dot = strchr(name, '.');
    if (dot == NULL) {
        return hs_cg_nameop(c, asname, HS_CTX_STORE);
    }
    for (;;) {
        const char *pos = dot + 1;
        dot = strchr(pos, '.');
        size_t n = dot != NULL ? (size_t)(dot - pos) : strlen(pos);
        char *attr = hs_comp_arena_strndup(c->arena, pos, n);
        CHECK(attr != NULL || hs_cg_nomem(c));
        int i = hs_cg_name_index(&c->u->names, attr);
        CHECK(i >= 0 || hs_cg_nomem(c));
        ADDOP_I(c, HS_OP_IMPORT_FROM, i);
        if (dot == NULL) {
            break;
        }
        ADDOP_I(c, HS_OP_SWAP, 2);
        ADDOP(c, HS_OP_POP_TOP);
    }
    CHECK(hs_cg_nameop(c, asname, HS_CTX_STORE));
    ADDOP(c, HS_OP_POP_TOP);
    return 1;
}

static int import_stmt(HsCompiler *c, HsAstStmt *s) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s->v.Import.names); i++) {
        HsAstAlias *alias = HS_SEQ_GET(s->v.Import.names, i);
        CHECK(hs_cg_load_const(c, HsLong_FromLong(0)));
        CHECK(load_none(c));
        CHECK(hs_cg_addop_name(c, HS_OP_IMPORT_NAME, alias->name, &c->u->names));
        if (alias->asname != NULL) {
            CHECK(import_as(c, alias->name, alias->asname));
        } else {
            const char *dot = strchr(alias->name, '.');
            const char *store = alias->name;
            if (dot != NULL) {
                store = hs_comp_arena_strndup(c->arena, alias->name, (size_t)(dot - alias->name));
                CHECK(store != NULL || hs_cg_nomem(c));
            }
            CHECK(hs_cg_nameop(c, store, HS_CTX_STORE));
        }
    }
    return 1;
}

static int from_import(HsCompiler *c, HsAstStmt *s) {
    Hs_ssize_t n = HS_SEQ_LEN(s->v.ImportFrom.names);
    CHECK(hs_cg_load_const(c, HsLong_FromLong(s->v.ImportFrom.level)));
    HsObject *names = HsTuple_New(n);
    CHECK(names != NULL || hs_cg_nomem(c));
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsAstAlias *alias = HS_SEQ_GET(s->v.ImportFrom.names, i);
        HsObject *o = HsUnicode_FromString(alias->name);
        if (o == NULL) {
            Hs_DECREF(names);
            return hs_cg_nomem(c);
        }
        HsUnicode_InternInPlace(&o);
        HS_TUPLE_SET(names, i, o);
    }
    CHECK(hs_cg_load_const(c, names));
    const char *module = s->v.ImportFrom.module != NULL ? s->v.ImportFrom.module : "";
    CHECK(hs_cg_addop_name(c, HS_OP_IMPORT_NAME, module, &c->u->names));
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsAstAlias *alias = HS_SEQ_GET(s->v.ImportFrom.names, i);
        if (i == 0 && alias->name[0] == '*') {
            ADDOP(c, HS_OP_IMPORT_STAR);
            return 1;
        }
        CHECK(hs_cg_addop_name(c, HS_OP_IMPORT_FROM, alias->name, &c->u->names));
        CHECK(hs_cg_nameop(c, alias->asname != NULL ? alias->asname : alias->name,
                           HS_CTX_STORE));
    }
    ADDOP(c, HS_OP_POP_TOP);
    return 1;
}

/* ==== compound statements ==== */

static int if_stmt(HsCompiler *c, HsAstStmt *s) {
    NEW_BLOCK(c, end);
    HsBlock *next = end;
    if (HS_SEQ_LEN(s->v.If.orelse)) {
        next = hs_cg_new_block(c);
        CHECK(next != NULL);
    }
    CHECK(hs_cg_jump_if(c, s->v.If.test, next, 0));
    VISIT_STMTS(c, s->v.If.body);
    if (HS_SEQ_LEN(s->v.If.orelse)) {
        ADDOP_J_NOLINE(c, HS_PSEUDO_JUMP, end);
        hs_cg_use_next_block(c, next);
        VISIT_STMTS(c, s->v.If.orelse);
    }
    hs_cg_use_next_block(c, end);
    return 1;
}

static int for_stmt(HsCompiler *c, HsAstStmt *s) {
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, cleanup);
    NEW_BLOCK(c, end);
    CHECK(push_fblock(c, HS_FB_FOR_LOOP, start, end, NULL));
    VISIT(c, s->v.For.iter);
    ADDOP(c, HS_OP_GET_ITER);
    hs_cg_use_next_block(c, start);
    ADDOP_J(c, HS_OP_FOR_ITER, cleanup);
    hs_cg_use_next_block(c, body);
    VISIT(c, s->v.For.target);
    VISIT_STMTS(c, s->v.For.body);
    hs_cg_unset_loc(c);
    ADDOP_J(c, HS_PSEUDO_JUMP, start);
    hs_cg_use_next_block(c, cleanup);
    pop_fblock(c);
    VISIT_STMTS(c, s->v.For.orelse);
    hs_cg_use_next_block(c, end);
    return 1;
}

static int while_stmt(HsCompiler *c, HsAstStmt *s) {
    NEW_BLOCK(c, loop);
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, anchor);
    NEW_BLOCK(c, end);
    hs_cg_use_next_block(c, loop);
    CHECK(push_fblock(c, HS_FB_WHILE_LOOP, loop, end, NULL));
    CHECK(hs_cg_jump_if(c, s->v.While.test, anchor, 0));
    hs_cg_use_next_block(c, body);
    VISIT_STMTS(c, s->v.While.body);
    hs_cg_set_loc(c, &s->pos);
    CHECK(hs_cg_jump_if(c, s->v.While.test, body, 1));
    pop_fblock(c);
    hs_cg_use_next_block(c, anchor);
    VISIT_STMTS(c, s->v.While.orelse);
    hs_cg_use_next_block(c, end);
    return 1;
}

static int pop_except_and_reraise(HsCompiler *c) {
    ADDOP_I(c, HS_OP_COPY, 3);
    ADDOP(c, HS_OP_POP_EXCEPT);
    ADDOP_I(c, HS_OP_RERAISE, 1);
    return 1;
}

static int with_stmt(HsCompiler *c, HsAstStmt *s, Hs_ssize_t pos) {
    HsAstWithItem *item = HS_SEQ_GET(s->v.With.items, pos);
    NEW_BLOCK(c, block);
    NEW_BLOCK(c, final);
    NEW_BLOCK(c, exit);
    NEW_BLOCK(c, cleanup);
    VISIT(c, item->context_expr);
    ADDOP(c, HS_OP_BEFORE_WITH);
    ADDOP_J(c, HS_PSEUDO_SETUP_WITH, final);
    hs_cg_use_next_block(c, block);
    CHECK(push_fblock(c, HS_FB_WITH, block, final, s));
    if (item->optional_vars != NULL) {
        VISIT(c, item->optional_vars);
    } else {
        ADDOP(c, HS_OP_POP_TOP);
    }
    pos++;
    if (pos == HS_SEQ_LEN(s->v.With.items)) {
        VISIT_STMTS(c, s->v.With.body);
    } else {
        CHECK(with_stmt(c, s, pos));
    }
    hs_cg_unset_loc(c);
    ADDOP(c, HS_PSEUDO_POP_BLOCK);
    pop_fblock(c);
    hs_cg_set_loc(c, &s->pos);
    CHECK(call_exit_with_nones(c));
    ADDOP(c, HS_OP_POP_TOP);
    ADDOP_J(c, HS_PSEUDO_JUMP, exit);
    hs_cg_use_next_block(c, final);
    ADDOP_J(c, HS_PSEUDO_SETUP_CLEANUP, cleanup);
    ADDOP(c, HS_OP_PUSH_EXC_INFO);
    ADDOP(c, HS_OP_WITH_EXCEPT_START);
    hs_cg_unset_loc(c);
    NEW_BLOCK(c, exit2);
    ADDOP_J(c, HS_PSEUDO_POP_JUMP_IF_TRUE, exit2);
    CHECK(hs_cg_next_block(c));
    ADDOP_I(c, HS_OP_RERAISE, 2);
    hs_cg_use_next_block(c, cleanup);
    CHECK(pop_except_and_reraise(c));
    hs_cg_use_next_block(c, exit2);
    ADDOP(c, HS_OP_POP_TOP);
    ADDOP(c, HS_PSEUDO_POP_BLOCK);
    ADDOP(c, HS_OP_POP_EXCEPT);
    ADDOP(c, HS_OP_POP_TOP);
    ADDOP(c, HS_OP_POP_TOP);
    hs_cg_use_next_block(c, exit);
    return 1;
}

static int except_handler_named(HsCompiler *c, HsAstExceptHandler *h, HsBlock *end) {
    NEW_BLOCK(c, cleanup_end);
    NEW_BLOCK(c, cleanup_body);
    CHECK(hs_cg_nameop(c, h->name, HS_CTX_STORE));
    ADDOP_J(c, HS_PSEUDO_SETUP_CLEANUP, cleanup_end);
    hs_cg_use_next_block(c, cleanup_body);
    CHECK(push_fblock(c, HS_FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name));
    VISIT_STMTS(c, h->body);
    pop_fblock(c);
    hs_cg_unset_loc(c);
    ADDOP(c, HS_PSEUDO_POP_BLOCK);
    ADDOP(c, HS_PSEUDO_POP_BLOCK);
    ADDOP(c, HS_OP_POP_EXCEPT);
    CHECK(load_none(c));
    CHECK(hs_cg_nameop(c, h->name, HS_CTX_STORE));
    CHECK(hs_cg_nameop(c, h->name, HS_CTX_DEL));
    ADDOP_J(c, HS_PSEUDO_JUMP, end);
    hs_cg_use_next_block(c, cleanup_end);
    hs_cg_unset_loc(c);
    CHECK(load_none(c));
    CHECK(hs_cg_nameop(c, h->name, HS_CTX_STORE));
    CHECK(hs_cg_nameop(c, h->name, HS_CTX_DEL));
    ADDOP_I(c, HS_OP_RERAISE, 1);
    return 1;
}

static int except_handler_plain(HsCompiler *c, HsAstExceptHandler *h, HsBlock *end) {
    NEW_BLOCK(c, cleanup_body);
    ADDOP(c, HS_OP_POP_TOP);
    hs_cg_use_next_block(c, cleanup_body);
    CHECK(push_fblock(c, HS_FB_HANDLER_CLEANUP, cleanup_body, NULL, NULL));
    VISIT_STMTS(c, h->body);
    pop_fblock(c);
    hs_cg_unset_loc(c);
    ADDOP(c, HS_PSEUDO_POP_BLOCK);
    ADDOP(c, HS_OP_POP_EXCEPT);
    ADDOP_J(c, HS_PSEUDO_JUMP, end);
    return 1;
}

static int try_except(HsCompiler *c, HsAstStmt *s) {
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, except);
    NEW_BLOCK(c, end);
    NEW_BLOCK(c, cleanup);
    ADDOP_J(c, HS_PSEUDO_SETUP_FINALLY, except);
    hs_cg_use_next_block(c, body);
    CHECK(push_fblock(c, HS_FB_TRY_EXCEPT, body, NULL, NULL));
    VISIT_STMTS(c, s->v.Try.body);
    pop_fblock(c);
    ADDOP_NOLINE(c, HS_PSEUDO_POP_BLOCK);
    VISIT_STMTS(c, s->v.Try.orelse);
    ADDOP_J_NOLINE(c, HS_PSEUDO_JUMP, end);
    Hs_ssize_t n = HS_SEQ_LEN(s->v.Try.handlers);
    hs_cg_use_next_block(c, except);
    hs_cg_unset_loc(c);
    ADDOP_J(c, HS_PSEUDO_SETUP_CLEANUP, cleanup);
    ADDOP(c, HS_OP_PUSH_EXC_INFO);
    CHECK(push_fblock(c, HS_FB_EXCEPTION_HANDLER, NULL, NULL, NULL));
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsAstExceptHandler *h = HS_SEQ_GET(s->v.Try.handlers, i);
        hs_cg_set_loc(c, &h->pos);
        if (h->type == NULL && i < n - 1) {
            return hs_cg_error(c, "default 'except:' must be last");
        }
        except = hs_cg_new_block(c);
        CHECK(except != NULL);
        if (h->type != NULL) {
            VISIT(c, h->type);
            ADDOP(c, HS_OP_CHECK_EXC_MATCH);
            ADDOP_J(c, HS_PSEUDO_POP_JUMP_IF_FALSE, except);
            CHECK(hs_cg_next_block(c));
        }
        if (h->name != NULL) {
            CHECK(except_handler_named(c, h, end));
        } else {
            CHECK(except_handler_plain(c, h, end));
        }
        hs_cg_use_next_block(c, except);
    }
    hs_cg_unset_loc(c);
    pop_fblock(c);
    ADDOP_I(c, HS_OP_RERAISE, 0);
    hs_cg_use_next_block(c, cleanup);
    CHECK(pop_except_and_reraise(c));
    hs_cg_use_next_block(c, end);
    return 1;
}

static int try_star_except(HsCompiler *c, HsAstStmt *s);

static int try_finally(HsCompiler *c, HsAstStmt *s, int star) {
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, end);
    NEW_BLOCK(c, exit);
    NEW_BLOCK(c, cleanup);
    ADDOP_J(c, HS_PSEUDO_SETUP_FINALLY, end);
    hs_cg_use_next_block(c, body);
    CHECK(push_fblock(c, HS_FB_FINALLY_TRY, body, end, s->v.Try.finalbody));
    if (HS_SEQ_LEN(s->v.Try.handlers)) {
        CHECK(star ? try_star_except(c, s) : try_except(c, s));
    } else {
        VISIT_STMTS(c, s->v.Try.body);
    }
    ADDOP_NOLINE(c, HS_PSEUDO_POP_BLOCK);
    pop_fblock(c);
    VISIT_STMTS(c, s->v.Try.finalbody);
    ADDOP_J_NOLINE(c, HS_PSEUDO_JUMP, exit);
    hs_cg_use_next_block(c, end);
    hs_cg_unset_loc(c);
    ADDOP_J(c, HS_PSEUDO_SETUP_CLEANUP, cleanup);
    ADDOP(c, HS_OP_PUSH_EXC_INFO);
    CHECK(push_fblock(c, HS_FB_FINALLY_END, end, NULL, NULL));
    VISIT_STMTS(c, s->v.Try.finalbody);
    pop_fblock(c);
    ADDOP_I(c, HS_OP_RERAISE, 0);
    hs_cg_use_next_block(c, cleanup);
    CHECK(pop_except_and_reraise(c));
    hs_cg_use_next_block(c, exit);
    return 1;
}


/* ==== except* (CPython 3.11 compiler_try_star_except) ==== */

static int star_handler(HsCompiler *c, HsAstExceptHandler *h, Hs_ssize_t i, Hs_ssize_t n,
                        HsBlock *reraise_star) {
    hs_cg_set_loc(c, &h->pos);
    NEW_BLOCK(c, except);
    NEW_BLOCK(c, except_with_error);
    NEW_BLOCK(c, no_match);
    if (i == 0) {
        ADDOP_I(c, HS_OP_COPY, 1);
        ADDOP_I(c, HS_OP_BUILD_LIST, 0);
        ADDOP_I(c, HS_OP_SWAP, 2);
    }
    if (h->type != NULL) {
        VISIT(c, h->type);
        ADDOP(c, HS_OP_CHECK_EG_MATCH);
        ADDOP_I(c, HS_OP_COPY, 1);
        ADDOP_J(c, HS_PSEUDO_POP_JUMP_IF_NONE, no_match);
        CHECK(hs_cg_next_block(c));
    }
    NEW_BLOCK(c, cleanup_end);
    NEW_BLOCK(c, cleanup_body);
    if (h->name != NULL) {
        CHECK(hs_cg_nameop(c, h->name, HS_CTX_STORE));
    } else {
        ADDOP(c, HS_OP_POP_TOP);
    }
    ADDOP_J(c, HS_PSEUDO_SETUP_CLEANUP, cleanup_end);
    hs_cg_use_next_block(c, cleanup_body);
    CHECK(push_fblock(c, HS_FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name));
    VISIT_STMTS(c, h->body);
    pop_fblock(c);
    ADDOP(c, HS_PSEUDO_POP_BLOCK);
    if (h->name != NULL) {
        CHECK(load_none(c));
        CHECK(hs_cg_nameop(c, h->name, HS_CTX_STORE));
        CHECK(hs_cg_nameop(c, h->name, HS_CTX_DEL));
    }
    ADDOP_J(c, HS_PSEUDO_JUMP, except);
    hs_cg_use_next_block(c, cleanup_end);
    hs_cg_unset_loc(c);
    if (h->name != NULL) {
        CHECK(load_none(c));
        CHECK(hs_cg_nameop(c, h->name, HS_CTX_STORE));
        CHECK(hs_cg_nameop(c, h->name, HS_CTX_DEL));
    }
    ADDOP_I(c, HS_OP_LIST_APPEND, 3);
    ADDOP(c, HS_OP_POP_TOP);
    ADDOP_J(c, HS_PSEUDO_JUMP, except_with_error);
    hs_cg_use_next_block(c, except);
    ADDOP(c, HS_OP_NOP);
    ADDOP_J(c, HS_PSEUDO_JUMP, except_with_error);
    hs_cg_use_next_block(c, no_match);
    ADDOP(c, HS_OP_POP_TOP);
    hs_cg_use_next_block(c, except_with_error);
    if (i == n - 1) {
        ADDOP_I(c, HS_OP_LIST_APPEND, 1);
        ADDOP_J(c, HS_PSEUDO_JUMP, reraise_star);
    }
    return 1;
}

static int try_star_except(HsCompiler *c, HsAstStmt *s) {
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, except);
    NEW_BLOCK(c, orelse);
    NEW_BLOCK(c, end);
    NEW_BLOCK(c, cleanup);
    NEW_BLOCK(c, reraise_star);
    ADDOP_J(c, HS_PSEUDO_SETUP_FINALLY, except);
    hs_cg_use_next_block(c, body);
    CHECK(push_fblock(c, HS_FB_TRY_EXCEPT, body, NULL, NULL));
    VISIT_STMTS(c, s->v.Try.body);
    pop_fblock(c);
    ADDOP_NOLINE(c, HS_PSEUDO_POP_BLOCK);
    ADDOP_J_NOLINE(c, HS_PSEUDO_JUMP, orelse);
    Hs_ssize_t n = HS_SEQ_LEN(s->v.Try.handlers);
    hs_cg_use_next_block(c, except);
    hs_cg_unset_loc(c);
    ADDOP_J(c, HS_PSEUDO_SETUP_CLEANUP, cleanup);
    ADDOP(c, HS_OP_PUSH_EXC_INFO);
    CHECK(push_fblock(c, HS_FB_EXCEPTION_GROUP_HANDLER, NULL, NULL, NULL));
    for (Hs_ssize_t i = 0; i < n; i++) {
        CHECK(star_handler(c, HS_SEQ_GET(s->v.Try.handlers, i), i, n, reraise_star));
    }
    hs_cg_unset_loc(c);
    pop_fblock(c);
    NEW_BLOCK(c, reraise);
    hs_cg_use_next_block(c, reraise_star);
    ADDOP(c, HS_OP_PREP_RERAISE_STAR);
    ADDOP_I(c, HS_OP_COPY, 1);
    ADDOP_J(c, HS_PSEUDO_POP_JUMP_IF_NOT_NONE, reraise);
    CHECK(hs_cg_next_block(c));
    ADDOP(c, HS_OP_POP_TOP);
    ADDOP(c, HS_PSEUDO_POP_BLOCK);
    ADDOP(c, HS_OP_POP_EXCEPT);
    ADDOP_J(c, HS_PSEUDO_JUMP, end);
    hs_cg_use_next_block(c, reraise);
    ADDOP(c, HS_PSEUDO_POP_BLOCK);
    ADDOP_I(c, HS_OP_SWAP, 2);
    ADDOP(c, HS_OP_POP_EXCEPT);
    ADDOP_I(c, HS_OP_RERAISE, 0);
    hs_cg_use_next_block(c, cleanup);
    CHECK(pop_except_and_reraise(c));
    hs_cg_use_next_block(c, orelse);
    VISIT_STMTS(c, s->v.Try.orelse);
    hs_cg_use_next_block(c, end);
    return 1;
}

/* ==== the dispatcher ==== */

static int expr_stmt(HsCompiler *c, HsAstExpr *value) {
    if (c->interactive && c->nestlevel <= 1) {
        VISIT(c, value);
        ADDOP(c, HS_OP_PRINT_EXPR);
        return 1;
    }
    if (value->kind == HS_EXPR_CONSTANT) {
        ADDOP(c, HS_OP_NOP);
        return 1;
    }
    VISIT(c, value);
    hs_cg_unset_loc(c);
    ADDOP(c, HS_OP_POP_TOP);
    return 1;
}

static int raise_stmt(HsCompiler *c, HsAstStmt *s) {
    int n = 0;
    if (s->v.Raise.exc != NULL) {
        VISIT(c, s->v.Raise.exc);
        n++;
        if (s->v.Raise.cause != NULL) {
            VISIT(c, s->v.Raise.cause);
            n++;
        }
    }
    ADDOP_I(c, HS_OP_RAISE_VARARGS, n);
    return hs_cg_next_block(c);
}

static int assign(HsCompiler *c, HsAstStmt *s) {
    Hs_ssize_t n = HS_SEQ_LEN(s->v.Assign.targets);
    VISIT(c, s->v.Assign.value);
    for (Hs_ssize_t i = 0; i < n; i++) {
        if (i < n - 1) {
            ADDOP_I(c, HS_OP_COPY, 1);
        }
        VISIT(c, HS_SEQ_GET(s->v.Assign.targets, i));
    }
    return 1;
}

int hs_cg_visit_stmt(HsCompiler *c, HsAstStmt *s) {
    hs_cg_set_loc(c, &s->pos);
    switch (s->kind) {
    case HS_STMT_FUNCTIONDEF:
        return function_def(c, s);
    case HS_STMT_CLASSDEF:
        return class_def(c, s);
    case HS_STMT_RETURN:
        return return_stmt(c, s);
    case HS_STMT_DELETE:
        for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s->v.Delete.targets); i++) {
            VISIT(c, HS_SEQ_GET(s->v.Delete.targets, i));
        }
        return 1;
    case HS_STMT_ASSIGN:
        return assign(c, s);
    case HS_STMT_AUGASSIGN:
        return augassign(c, s);
    case HS_STMT_ANNASSIGN:
        return annassign(c, s);
    case HS_STMT_FOR:
        return for_stmt(c, s);
    case HS_STMT_WHILE:
        return while_stmt(c, s);
    case HS_STMT_IF:
        return if_stmt(c, s);
    case HS_STMT_RAISE:
        return raise_stmt(c, s);
    case HS_STMT_TRY:
        return HS_SEQ_LEN(s->v.Try.finalbody) ? try_finally(c, s, 0) : try_except(c, s);
    case HS_STMT_TRYSTAR:
        return HS_SEQ_LEN(s->v.Try.finalbody) ? try_finally(c, s, 1) : try_star_except(c, s);
    case HS_STMT_ASSERT:
        return assert_stmt(c, s);
    case HS_STMT_IMPORT:
        return import_stmt(c, s);
    case HS_STMT_IMPORTFROM:
        return from_import(c, s);
    case HS_STMT_GLOBAL:
    case HS_STMT_NONLOCAL:
        return 1;
    case HS_STMT_EXPR:
        return expr_stmt(c, s->v.Expr.value);
    case HS_STMT_PASS:
        ADDOP(c, HS_OP_NOP);
        return 1;
    case HS_STMT_BREAK:
        return break_continue(c, 1);
    case HS_STMT_CONTINUE:
        return break_continue(c, 0);
    case HS_STMT_WITH:
        return with_stmt(c, s, 0);
    default:
        return hs_cg_error(c, "this statement is not supported by the compiler yet");
    }
}
