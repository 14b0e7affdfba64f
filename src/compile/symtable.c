/* The symbol table (CPython 3.11: Python/symtable.c). Pass 1 walks the AST and records, per
 * block (module, class, function, lambda, comprehension), each name's HS_DEF_* flags in
 * order of first appearance; 'global'/'nonlocal' misuse is reported here. Pass 2
 * (analyze_block) resolves every name to LOCAL / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT / FREE /
 * CELL with CPython's rules: bound and global name sets flow down to child blocks, free
 * names flow back up, a function's locals that children use become cells, class scopes are
 * skipped by their children (and '__class__' is handed to methods), names free in children
 * but not bound here are added to this block as FREE. Private names are mangled inside
 * classes. Name sets are small arrays searched linearly: fine for source-sized scopes.
 * Invariant: every block, symbol array and string lives in the AST arena. */
#include "internal/hs_compile_symtable.h"
#include "internal/hs_mem.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ==== constants and types ==== */

typedef struct NameSet {
    const char **names;
    int n, cap;
} NameSet;

typedef struct Directive {
    const HsSymBlock *block;
    const char *name;
    HsAstPos pos;
} Directive;

typedef struct St {
    HsAstArena *arena;
    HsCompileError *err;
    const char *filename;
    HsSymBlock *top, *cur;
    const char *private_name; /* enclosing class name, for mangling */
    int comp_iter_target;     /* visiting a comprehension's target */
    int comp_iter_expr;       /* visiting a comprehension's iterable */
    int failed;
    Directive *dirs;
    int ndirs, dcap;
} St;

static void visit_expr(St *st, const HsAstExpr *e);
static void visit_stmts(St *st, const HsAstSeq *body);

/* ==== errors and small helpers ==== */

static void st_error(St *st, const HsAstPos *pos, const char *fmt, ...) {
    if (st->failed) {
        return;
    }
    st->failed = 1;
    hs_comp_error_clear(st->err);
    st->err->kind = HS_COMP_ERR_SYNTAX;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(st->err->msg, sizeof st->err->msg, fmt, ap);
    va_end(ap);
    snprintf(st->err->filename, sizeof st->err->filename, "%s", st->filename);
    st->err->lineno = pos->lineno;
    st->err->offset = pos->col_offset + 1;
    st->err->end_lineno = pos->end_lineno;
    st->err->end_offset = pos->end_col_offset + 1;
}

static void *st_alloc(St *st, size_t n) {
    void *p = hs_comp_arena_alloc(st->arena, n);
    if (p == NULL && !st->failed) {
        st->failed = 1;
        st->err->kind = HS_COMP_ERR_MEMORY;
        snprintf(st->err->msg, sizeof st->err->msg, "out of memory");
    }
    return p;
}

/* CPython _Py_Mangle: __x inside class C is _C__x (not dunder names, not dotted names). */
static const char *mangle(St *st, const char *name) {
    size_t n = strlen(name);
    if (st->private_name == NULL || n < 3 || name[0] != '_' || name[1] != '_' ||
        (name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.') != NULL) {
        return name;
    }
    const char *cls = st->private_name;
    while (*cls == '_') {
        cls++;
    }
    if (*cls == '\0') {
        return name;
    }
    size_t cl = strlen(cls);
    char *m = st_alloc(st, 1 + cl + n + 1);
    if (m == NULL) {
        return name;
    }
    m[0] = '_';
    memcpy(m + 1, cls, cl);
    memcpy(m + 1 + cl, name, n + 1);
    return m;
}

static HsSymbol *lookup(const HsSymBlock *b, const char *name) {
    for (int i = 0; i < b->nsyms; i++) {
        if (strcmp(b->syms[i].name, name) == 0) {
            return &b->syms[i];
        }
    }
    return NULL;
}

static HsSymbol *add_symbol(St *st, HsSymBlock *b, const char *name) {
    if (b->nsyms == b->cap) {
        int ncap = b->cap ? b->cap * 2 : 8;
        HsSymbol *ns = st_alloc(st, sizeof(HsSymbol) * (size_t)ncap);
        if (ns == NULL) {
            return NULL;
        }
        if (b->nsyms > 0) {
            memcpy(ns, b->syms, sizeof(HsSymbol) * (size_t)b->nsyms);
        }
        b->syms = ns;
        b->cap = ncap;
    }
    HsSymbol *s = &b->syms[b->nsyms++];
    s->name = name;
    s->flags = 0;
    s->scope = HS_SCOPE_NONE;
    return s;
}

/* CPython symtable_add_def_helper. */
static void add_def_in(St *st, HsSymBlock *b, const char *name, int flag, const HsAstPos *pos) {
    const char *m = mangle(st, name);
    HsSymbol *s = lookup(b, m);
    if (s != NULL && (flag & HS_DEF_PARAM) && (s->flags & HS_DEF_PARAM)) {
        st_error(st, pos, "duplicate argument '%s' in function definition", m);
        return;
    }
    if (s == NULL && (s = add_symbol(st, b, m)) == NULL) {
        return;
    }
    int val = s->flags | flag;
    if (st->comp_iter_target && b == st->cur) {
        if (val & (HS_DEF_GLOBAL | HS_DEF_NONLOCAL)) {
            st_error(st, pos,
                     "comprehension inner loop cannot rebind assignment expression "
                     "target '%s'",
                     m);
            return;
        }
        val |= HS_DEF_COMP_ITER;
    }
    s->flags = val;
    if ((flag & HS_DEF_GLOBAL) && !(flag & HS_DEF_PARAM) && b != st->top) {
        HsSymbol *g = lookup(st->top, m);
        if (g == NULL && (g = add_symbol(st, st->top, m)) == NULL) {
            return;
        }
        g->flags |= flag;
    }
}

static void add_def(St *st, const char *name, int flag, const HsAstPos *pos) {
    add_def_in(st, st->cur, name, flag, pos);
}

static void record_directive(St *st, const char *name, const HsAstPos *pos) {
    if (st->ndirs == st->dcap) {
        int ncap = st->dcap ? st->dcap * 2 : 8;
        Directive *nd = st_alloc(st, sizeof(Directive) * (size_t)ncap);
        if (nd == NULL) {
            return;
        }
        if (st->ndirs > 0) {
            memcpy(nd, st->dirs, sizeof(Directive) * (size_t)st->ndirs);
        }
        st->dirs = nd;
        st->dcap = ncap;
    }
    st->dirs[st->ndirs++] = (Directive){st->cur, mangle(st, name), *pos};
}

static const HsAstPos *directive_pos(const St *st, const HsSymBlock *b, const char *name) {
    for (int i = 0; i < st->ndirs; i++) { // the first one, as error_at_directive
        if (st->dirs[i].block == b && strcmp(st->dirs[i].name, name) == 0) {
            return &st->dirs[i].pos;
        }
    }
    static const HsAstPos none = {0, -1, 0, -1};
    return &none;
}

static HsSymBlock *enter_block(St *st, const char *name, HsBlockType type, int lineno) {
    HsSymBlock *b = st_alloc(st, sizeof *b);
    if (b == NULL) {
        return NULL;
    }
    b->type = type;
    b->name = name;
    b->lineno = lineno;
    b->parent = st->cur;
    HsSymBlock *p = st->cur;
    b->nested = p != NULL && (p->nested || p->type == HS_BLOCK_FUNCTION);
    if (p != NULL) {
        if (p->nchildren == p->ccap) {
            int ncap = p->ccap ? p->ccap * 2 : 4;
            HsSymBlock **nc = st_alloc(st, sizeof(HsSymBlock *) * (size_t)ncap);
            if (nc == NULL) {
                return NULL;
            }
            if (p->nchildren > 0) {
                memcpy(nc, p->children, sizeof(HsSymBlock *) * (size_t)p->nchildren);
            }
            p->children = nc;
            p->ccap = ncap;
        }
        p->children[p->nchildren++] = b;
    }
    st->cur = b;
    return b;
}

static void exit_block(St *st) {
    st->cur = st->cur->parent;
}

/* ==== pass 1: visiting ==== */

static void visit_exprs(St *st, const HsAstSeq *s) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s) && !st->failed; i++) {
        if (HS_SEQ_GET(s, i) != NULL) {
            visit_expr(st, HS_SEQ_GET(s, i));
        }
    }
}

static void visit_params(St *st, const HsAstSeq *args) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(args); i++) {
        const HsAstArg *a = HS_SEQ_GET(args, i);
        add_def(st, a->arg, HS_DEF_PARAM, &a->pos);
    }
}

/* CPython symtable_visit_arguments (inside the new block). */
static void visit_arguments(St *st, const HsAstArguments *a) {
    visit_params(st, a->posonlyargs);
    visit_params(st, a->args);
    visit_params(st, a->kwonlyargs);
    if (a->vararg != NULL) {
        add_def(st, a->vararg->arg, HS_DEF_PARAM, &a->vararg->pos);
    }
    if (a->kwarg != NULL) {
        add_def(st, a->kwarg->arg, HS_DEF_PARAM, &a->kwarg->pos);
    }
}

static void visit_arg_annotations(St *st, const HsAstSeq *args) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(args); i++) {
        const HsAstArg *a = HS_SEQ_GET(args, i);
        if (a->annotation != NULL) {
            visit_expr(st, a->annotation);
        }
    }
}

/* Annotations are evaluated in the enclosing scope (3.11, no 'from __future__'). */
static void visit_annotations(St *st, const HsAstArguments *a, const HsAstExpr *returns) {
    visit_arg_annotations(st, a->posonlyargs);
    visit_arg_annotations(st, a->args);
    if (a->vararg != NULL && a->vararg->annotation != NULL) {
        visit_expr(st, a->vararg->annotation);
    }
    if (a->kwarg != NULL && a->kwarg->annotation != NULL) {
        visit_expr(st, a->kwarg->annotation);
    }
    visit_arg_annotations(st, a->kwonlyargs);
    if (returns != NULL) {
        visit_expr(st, returns);
    }
}

/* CPython symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the first
 * enclosing function (as nonlocal) or module (as global). */
static void extend_namedexpr_scope(St *st, const HsAstExpr *target) {
    const char *name = target->v.Name.id;
    for (HsSymBlock *b = st->cur; b != NULL; b = b->parent) {
        if (b->comprehension) {
            HsSymbol *s = lookup(b, name);
            if (s != NULL && (s->flags & HS_DEF_COMP_ITER)) {
                st_error(st, &target->pos,
                         "assignment expression cannot rebind comprehension "
                         "iteration variable '%s'",
                         name);
                return;
            }
            continue;
        }
        if (b->type == HS_BLOCK_FUNCTION) {
            HsSymbol *s = lookup(b, name);
            add_def(st, name,
                    s != NULL && (s->flags & HS_DEF_GLOBAL) ? HS_DEF_GLOBAL : HS_DEF_NONLOCAL,
                    &target->pos);
            record_directive(st, name, &target->pos);
            add_def_in(st, b, name, HS_DEF_LOCAL, &target->pos);
            return;
        }
        if (b->type == HS_BLOCK_MODULE) {
            add_def(st, name, HS_DEF_GLOBAL, &target->pos);
            record_directive(st, name, &target->pos);
            add_def_in(st, b, name, HS_DEF_GLOBAL, &target->pos);
            return;
        }
        st_error(st, &target->pos,
                 "assignment expression within a comprehension cannot be "
                 "used in a class body");
        return;
    }
}

static void visit_comprehension(St *st, const HsAstExpr *e, const char *name, const HsAstSeq *gens,
                                const HsAstExpr *elt, const HsAstExpr *value) {
    const HsAstComprehension *outer = HS_SEQ_GET(gens, 0);
    st->comp_iter_expr++;
    visit_expr(st, outer->iter);
    st->comp_iter_expr--;
    int save_target = st->comp_iter_target, save_expr = st->comp_iter_expr;
    st->comp_iter_expr = 0;
    HsSymBlock *b = enter_block(st, name, HS_BLOCK_FUNCTION, e->pos.lineno);
    if (b == NULL) {
        return;
    }
    b->comprehension = 1;
    b->node = e;
    b->generator = e->kind == HS_EXPR_GENERATOREXP;
    add_def(st, ".0", HS_DEF_PARAM, &e->pos);
    st->comp_iter_target = 1;
    visit_expr(st, outer->target);
    st->comp_iter_target = 0;
    visit_exprs(st, outer->ifs);
    for (Hs_ssize_t i = 1; i < HS_SEQ_LEN(gens) && !st->failed; i++) {
        const HsAstComprehension *c = HS_SEQ_GET(gens, i);
        st->comp_iter_target = 1;
        visit_expr(st, c->target);
        st->comp_iter_target = 0;
        st->comp_iter_expr++;
        visit_expr(st, c->iter);
        st->comp_iter_expr--;
        visit_exprs(st, c->ifs);
    }
    if (value != NULL) {
        visit_expr(st, value);
    }
    visit_expr(st, elt);
    exit_block(st);
    st->comp_iter_target = save_target;
    st->comp_iter_expr = save_expr;
}

static void visit_name(St *st, const HsAstExpr *e) {
    add_def(st, e->v.Name.id, e->v.Name.ctx == HS_CTX_LOAD ? HS_DEF_USE : HS_DEF_LOCAL, &e->pos);
    if (e->v.Name.ctx == HS_CTX_LOAD && st->cur->type == HS_BLOCK_FUNCTION &&
        strcmp(e->v.Name.id, "super") == 0) {
        add_def(st, "__class__", HS_DEF_USE, &e->pos);
    }
}

static void visit_lambda(St *st, const HsAstExpr *e) {
    const HsAstArguments *a = e->v.Lambda.args;
    visit_exprs(st, a->defaults);
    visit_exprs(st, a->kw_defaults);
    if (enter_block(st, "lambda", HS_BLOCK_FUNCTION, e->pos.lineno) == NULL) {
        return;
    }
    st->cur->node = e;
    visit_arguments(st, a);
    visit_expr(st, e->v.Lambda.body);
    exit_block(st);
}

static void visit_named(St *st, const HsAstExpr *e) {
    if (st->comp_iter_expr > 0) {
        st_error(st, &e->pos,
                 "assignment expression cannot be used in a comprehension "
                 "iterable expression");
        return;
    }
    if (st->cur->comprehension) {
        extend_namedexpr_scope(st, e->v.NamedExpr.target);
    }
    visit_expr(st, e->v.NamedExpr.value);
    visit_expr(st, e->v.NamedExpr.target);
}

/* The expression kinds that only visit their children. */
static void visit_expr_rest(St *st, const HsAstExpr *e) {
    switch (e->kind) {
    case HS_EXPR_CALL:
        visit_expr(st, e->v.Call.func);
        visit_exprs(st, e->v.Call.args);
        for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(e->v.Call.keywords); i++) {
            visit_expr(st, ((const HsAstKeyword *)HS_SEQ_GET(e->v.Call.keywords, i))->value);
        }
        break;
    case HS_EXPR_FORMATTEDVALUE:
        visit_expr(st, e->v.FormattedValue.value);
        if (e->v.FormattedValue.format_spec != NULL) {
            visit_expr(st, e->v.FormattedValue.format_spec);
        }
        break;
    case HS_EXPR_JOINEDSTR:
        visit_exprs(st, e->v.JoinedStr.values);
        break;
    case HS_EXPR_ATTRIBUTE:
        visit_expr(st, e->v.Attribute.value);
        break;
    case HS_EXPR_SUBSCRIPT:
        visit_expr(st, e->v.Subscript.value);
        visit_expr(st, e->v.Subscript.slice);
        break;
    case HS_EXPR_STARRED:
        visit_expr(st, e->v.Starred.value);
        break;
    case HS_EXPR_LIST:
    case HS_EXPR_TUPLE:
        visit_exprs(st, e->v.List.elts);
        break;
    case HS_EXPR_SLICE:
        if (e->v.Slice.lower != NULL) {
            visit_expr(st, e->v.Slice.lower);
        }
        if (e->v.Slice.upper != NULL) {
            visit_expr(st, e->v.Slice.upper);
        }
        if (e->v.Slice.step != NULL) {
            visit_expr(st, e->v.Slice.step);
        }
        break;
    default:
        break;
    }
}

static void visit_expr(St *st, const HsAstExpr *e) {
    if (st->failed) {
        return;
    }
    switch (e->kind) {
    case HS_EXPR_NAME:
        visit_name(st, e);
        break;
    case HS_EXPR_NAMEDEXPR:
        visit_named(st, e);
        break;
    case HS_EXPR_LAMBDA:
        visit_lambda(st, e);
        break;
    case HS_EXPR_LISTCOMP:
        visit_comprehension(st, e, "listcomp", e->v.Comp.generators, e->v.Comp.elt, NULL);
        break;
    case HS_EXPR_SETCOMP:
        visit_comprehension(st, e, "setcomp", e->v.Comp.generators, e->v.Comp.elt, NULL);
        break;
    case HS_EXPR_GENERATOREXP:
        visit_comprehension(st, e, "genexpr", e->v.Comp.generators, e->v.Comp.elt, NULL);
        break;
    case HS_EXPR_DICTCOMP:
        visit_comprehension(st, e, "dictcomp", e->v.DictComp.generators, e->v.DictComp.key,
                            e->v.DictComp.value);
        break;
    case HS_EXPR_BOOLOP:
        visit_exprs(st, e->v.BoolOp.values);
        break;
    case HS_EXPR_BINOP:
        visit_expr(st, e->v.BinOp.left);
        visit_expr(st, e->v.BinOp.right);
        break;
    case HS_EXPR_UNARYOP:
        visit_expr(st, e->v.UnaryOp.operand);
        break;
    case HS_EXPR_IFEXP:
        visit_expr(st, e->v.IfExp.test);
        visit_expr(st, e->v.IfExp.body);
        visit_expr(st, e->v.IfExp.orelse);
        break;
    case HS_EXPR_DICT:
        visit_exprs(st, e->v.Dict.keys);
        visit_exprs(st, e->v.Dict.values);
        break;
    case HS_EXPR_SET:
        visit_exprs(st, e->v.Set.elts);
        break;
    case HS_EXPR_YIELD:
    case HS_EXPR_YIELDFROM:
    case HS_EXPR_AWAIT:
        if (e->v.Yield.value != NULL) {
            visit_expr(st, e->v.Yield.value);
        }
        if (e->kind != HS_EXPR_AWAIT) {
            st->cur->generator = 1;
        }
        if (e->kind != HS_EXPR_AWAIT && st->cur->comprehension) {
            const char *n = st->cur->name;
            st_error(st, &e->pos, "'yield' inside %s",
                     strcmp(n, "listcomp") == 0   ? "list comprehension"
                     : strcmp(n, "setcomp") == 0  ? "set comprehension"
                     : strcmp(n, "dictcomp") == 0 ? "dict comprehension"
                                                  : "generator expression");
        }
        break;
    case HS_EXPR_COMPARE:
        visit_expr(st, e->v.Compare.left);
        visit_exprs(st, e->v.Compare.comparators);
        break;
    default:
        visit_expr_rest(st, e);
        break;
    }
}

/* 'global' / 'nonlocal' statement (CPython symtable_visit_stmt, Global_kind/Nonlocal_kind). */
static void visit_declaration(St *st, const HsAstStmt *s, int global) {
    const char *what = global ? "global" : "nonlocal";
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s->v.Global.names) && !st->failed; i++) {
        const char *name = HS_SEQ_GET(s->v.Global.names, i);
        const HsSymbol *cur = lookup(st->cur, mangle(st, name));
        int flags = cur != NULL ? cur->flags : 0;
        if (flags & (HS_DEF_PARAM | HS_DEF_LOCAL | HS_DEF_USE | HS_DEF_ANNOT)) {
            if (flags & HS_DEF_PARAM) {
                st_error(st, &s->pos, "name '%s' is parameter and %s", name, what);
            } else if (flags & HS_DEF_USE) {
                st_error(st, &s->pos, "name '%s' is used prior to %s declaration", name, what);
            } else if (flags & HS_DEF_ANNOT) {
                st_error(st, &s->pos, "annotated name '%s' can't be %s", name, what);
            } else {
                st_error(st, &s->pos, "name '%s' is assigned to before %s declaration", name, what);
            }
            return;
        }
        add_def(st, name, global ? HS_DEF_GLOBAL : HS_DEF_NONLOCAL, &s->pos);
        record_directive(st, name, &s->pos);
    }
}

static void visit_alias(St *st, const HsAstAlias *a) {
    const char *name = a->asname != NULL ? a->asname : a->name;
    if (strcmp(name, "*") == 0) {
        if (st->cur->type != HS_BLOCK_MODULE) {
            st_error(st, &a->pos, "import * only allowed at module level");
        }
        return;
    }
    const char *dot = strchr(name, '.');
    if (dot != NULL) {
        name = hs_comp_arena_strndup(st->arena, name, (size_t)(dot - name));
    }
    add_def(st, name, HS_DEF_IMPORT, &a->pos);
}

static void visit_annassign(St *st, const HsAstStmt *s) {
    const HsAstExpr *t = s->v.AnnAssign.target;
    if (t->kind == HS_EXPR_NAME) {
        const HsSymbol *cur = lookup(st->cur, mangle(st, t->v.Name.id));
        int flags = cur != NULL ? cur->flags : 0;
        if ((flags & (HS_DEF_GLOBAL | HS_DEF_NONLOCAL)) && st->cur != st->top &&
            s->v.AnnAssign.simple) {
            st_error(st, &s->pos, "annotated name '%s' can't be %s", t->v.Name.id,
                     (flags & HS_DEF_GLOBAL) ? "global" : "nonlocal");
            return;
        }
        if (s->v.AnnAssign.simple) {
            add_def(st, t->v.Name.id, HS_DEF_ANNOT | HS_DEF_LOCAL, &t->pos);
        } else if (s->v.AnnAssign.value != NULL) {
            add_def(st, t->v.Name.id, HS_DEF_LOCAL, &t->pos);
        }
    } else {
        visit_expr(st, t);
    }
    visit_expr(st, s->v.AnnAssign.annotation);
    if (s->v.AnnAssign.value != NULL) {
        visit_expr(st, s->v.AnnAssign.value);
    }
}

static void visit_funcdef(St *st, const HsAstStmt *s) {
    const HsAstArguments *a = s->v.FunctionDef.args;
    add_def(st, s->v.FunctionDef.name, HS_DEF_LOCAL, &s->pos);
    visit_exprs(st, a->defaults);
    visit_exprs(st, a->kw_defaults);
    visit_annotations(st, a, s->v.FunctionDef.returns);
    visit_exprs(st, s->v.FunctionDef.decorator_list);
    if (st->failed ||
        enter_block(st, s->v.FunctionDef.name, HS_BLOCK_FUNCTION, s->pos.lineno) == NULL) {
        return;
    }
    st->cur->node = s;
    visit_arguments(st, a);
    visit_stmts(st, s->v.FunctionDef.body);
    exit_block(st);
}

static void visit_classdef(St *st, const HsAstStmt *s) {
    add_def(st, s->v.ClassDef.name, HS_DEF_LOCAL, &s->pos);
    visit_exprs(st, s->v.ClassDef.bases);
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s->v.ClassDef.keywords); i++) {
        visit_expr(st, ((const HsAstKeyword *)HS_SEQ_GET(s->v.ClassDef.keywords, i))->value);
    }
    visit_exprs(st, s->v.ClassDef.decorator_list);
    if (st->failed || enter_block(st, s->v.ClassDef.name, HS_BLOCK_CLASS, s->pos.lineno) == NULL) {
        return;
    }
    st->cur->node = s;
    const char *save = st->private_name;
    st->private_name = s->v.ClassDef.name;
    visit_stmts(st, s->v.ClassDef.body);
    st->private_name = save;
    exit_block(st);
}

/* Order as CPython: body, else, handlers, finally. */
static void visit_try(St *st, const HsAstStmt *s) {
    visit_stmts(st, s->v.Try.body);
    visit_stmts(st, s->v.Try.orelse);
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s->v.Try.handlers); i++) {
        const HsAstExceptHandler *h = HS_SEQ_GET(s->v.Try.handlers, i);
        if (h->type != NULL) {
            visit_expr(st, h->type);
        }
        if (h->name != NULL) {
            add_def(st, h->name, HS_DEF_LOCAL, &h->pos);
        }
        visit_stmts(st, h->body);
    }
    visit_stmts(st, s->v.Try.finalbody);
}

/* Statements whose children are visited in order. */
static void visit_stmt_rest(St *st, const HsAstStmt *s) {
    switch (s->kind) {
    case HS_STMT_RAISE:
        if (s->v.Raise.exc != NULL) {
            visit_expr(st, s->v.Raise.exc);
        }
        if (s->v.Raise.cause != NULL) {
            visit_expr(st, s->v.Raise.cause);
        }
        break;
    case HS_STMT_TRY:
    case HS_STMT_TRYSTAR:
        visit_try(st, s);
        break;
    case HS_STMT_ASSERT:
        visit_expr(st, s->v.Assert.test);
        if (s->v.Assert.msg != NULL) {
            visit_expr(st, s->v.Assert.msg);
        }
        break;
    case HS_STMT_IMPORT:
    case HS_STMT_IMPORTFROM: {
        const HsAstSeq *names =
            s->kind == HS_STMT_IMPORT ? s->v.Import.names : s->v.ImportFrom.names;
        for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(names) && !st->failed; i++) {
            visit_alias(st, HS_SEQ_GET(names, i));
        }
        break;
    }
    default:
        break;
    }
}

static void visit_stmt(St *st, const HsAstStmt *s) {
    switch (s->kind) {
    case HS_STMT_FUNCTIONDEF:
    case HS_STMT_ASYNCFUNCTIONDEF:
        visit_funcdef(st, s);
        break;
    case HS_STMT_CLASSDEF:
        visit_classdef(st, s);
        break;
    case HS_STMT_RETURN:
        if (s->v.Return.value != NULL) {
            visit_expr(st, s->v.Return.value);
        }
        break;
    case HS_STMT_DELETE:
        visit_exprs(st, s->v.Delete.targets);
        break;
    case HS_STMT_ASSIGN:
        visit_exprs(st, s->v.Assign.targets);
        visit_expr(st, s->v.Assign.value);
        break;
    case HS_STMT_AUGASSIGN:
        visit_expr(st, s->v.AugAssign.target);
        visit_expr(st, s->v.AugAssign.value);
        break;
    case HS_STMT_ANNASSIGN:
        visit_annassign(st, s);
        break;
    case HS_STMT_FOR:
    case HS_STMT_ASYNCFOR:
        visit_expr(st, s->v.For.target);
        visit_expr(st, s->v.For.iter);
        visit_stmts(st, s->v.For.body);
        visit_stmts(st, s->v.For.orelse);
        break;
    case HS_STMT_WHILE:
    case HS_STMT_IF:
        visit_expr(st, s->v.If.test);
        visit_stmts(st, s->v.If.body);
        visit_stmts(st, s->v.If.orelse);
        break;
    case HS_STMT_WITH:
    case HS_STMT_ASYNCWITH:
        for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s->v.With.items); i++) {
            const HsAstWithItem *w = HS_SEQ_GET(s->v.With.items, i);
            visit_expr(st, w->context_expr);
            if (w->optional_vars != NULL) {
                visit_expr(st, w->optional_vars);
            }
        }
        visit_stmts(st, s->v.With.body);
        break;
    case HS_STMT_GLOBAL:
        visit_declaration(st, s, 1);
        break;
    case HS_STMT_NONLOCAL:
        visit_declaration(st, s, 0);
        break;
    case HS_STMT_EXPR:
        visit_expr(st, s->v.Expr.value);
        break;
    default:
        visit_stmt_rest(st, s);
        break;
    }
}

static void visit_stmts(St *st, const HsAstSeq *body) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(body) && !st->failed; i++) {
        visit_stmt(st, HS_SEQ_GET(body, i));
    }
}

/* ==== pass 2: analysis ==== */

static int set_has(const NameSet *s, const char *n) {
    for (int i = 0; s != NULL && i < s->n; i++) {
        if (strcmp(s->names[i], n) == 0) {
            return 1;
        }
    }
    return 0;
}

static int set_add(NameSet *s, const char *n) {
    if (set_has(s, n)) {
        return 0;
    }
    if (s->n == s->cap) {
        int ncap = s->cap ? s->cap * 2 : 8;
        const char **nn = hs_mem_raw_realloc(s->names, sizeof(char *) * (size_t)ncap);
        if (nn == NULL) {
            return -1;
        }
        s->names = nn;
        s->cap = ncap;
    }
    s->names[s->n++] = n;
    return 0;
}

static void set_discard(NameSet *s, const char *n) {
    for (int i = 0; s != NULL && i < s->n; i++) {
        if (strcmp(s->names[i], n) == 0) {
            s->names[i] = s->names[--s->n];
            return;
        }
    }
}

static int set_update(NameSet *dst, const NameSet *src) {
    for (int i = 0; src != NULL && i < src->n; i++) {
        if (set_add(dst, src->names[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static void set_free(NameSet *s) {
    hs_mem_raw_free(s->names);
    memset(s, 0, sizeof *s);
}

/* CPython analyze_name: decide one symbol's scope. */
static int analyze_name(St *st, HsSymBlock *b, HsSymbol *sym, NameSet *bound, NameSet *local,
                        NameSet *free, NameSet *global) {
    const char *name = sym->name;
    int flags = sym->flags;
    if (flags & HS_DEF_GLOBAL) {
        if (flags & HS_DEF_NONLOCAL) {
            st_error(st, directive_pos(st, b, name), "name '%s' is nonlocal and global", name);
            return -1;
        }
        sym->scope = HS_SCOPE_GLOBAL_EXPLICIT;
        set_discard(bound, name);
        return set_add(global, name);
    }
    if (flags & HS_DEF_NONLOCAL) {
        if (bound == NULL) {
            st_error(st, directive_pos(st, b, name),
                     "nonlocal declaration not allowed at module level");
            return -1;
        }
        if (!set_has(bound, name)) {
            st_error(st, directive_pos(st, b, name), "no binding for nonlocal '%s' found", name);
            return -1;
        }
        sym->scope = HS_SCOPE_FREE;
        return set_add(free, name);
    }
    if (flags & HS_DEF_BOUND) {
        sym->scope = HS_SCOPE_LOCAL;
        set_discard(global, name);
        return set_add(local, name);
    }
    if (bound != NULL && set_has(bound, name)) {
        sym->scope = HS_SCOPE_FREE;
        return set_add(free, name);
    }
    sym->scope = HS_SCOPE_GLOBAL_IMPLICIT;
    return 0;
}

/* CPython update_symbols: names free in children but unknown here become FREE here (unless
 * bound by no enclosing function); class names get DEF_FREE_CLASS. */
static int update_symbols(St *st, HsSymBlock *b, const NameSet *bound, const NameSet *free) {
    for (int i = 0; i < free->n; i++) {
        HsSymbol *s = lookup(b, free->names[i]);
        if (s != NULL) {
            if (b->type == HS_BLOCK_CLASS && (s->flags & (HS_DEF_BOUND | HS_DEF_GLOBAL))) {
                s->flags |= HS_DEF_FREE_CLASS;
            }
            continue;
        }
        if (bound != NULL && !set_has(bound, free->names[i])) {
            continue;
        }
        if ((s = add_symbol(st, b, free->names[i])) == NULL) {
            return -1;
        }
        s->scope = HS_SCOPE_FREE;
    }
    return 0;
}

static int analyze_block(St *st, HsSymBlock *b, NameSet *bound, NameSet *free, NameSet *global);

/* Analyse every child with its own copies of the sets; collect their free names. */
static int analyze_children(St *st, HsSymBlock *b, NameSet *newbound, NameSet *newglobal,
                            NameSet *allfree) {
    for (int i = 0; i < b->nchildren; i++) {
        NameSet tb = {0}, tf = {0}, tg = {0};
        int r = set_update(&tb, newbound) < 0 || set_update(&tg, newglobal) < 0 ||
                        analyze_block(st, b->children[i], &tb, &tf, &tg) < 0 ||
                        set_update(allfree, &tf) < 0
                    ? -1
                    : 0;
        set_free(&tb);
        set_free(&tf);
        set_free(&tg);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

/* CPython analyze_block. 'bound' is NULL for the module. */
static int analyze_block(St *st, HsSymBlock *b, NameSet *bound, NameSet *free, NameSet *global) {
    NameSet local = {0}, newbound = {0}, newfree = {0}, newglobal = {0};
    int r = -1, n0 = b->nsyms;
    if (b->type == HS_BLOCK_CLASS &&
        (set_update(&newglobal, global) < 0 || set_update(&newbound, bound) < 0)) {
        goto done;
    }
    for (int i = 0; i < n0; i++) {
        if (analyze_name(st, b, &b->syms[i], bound, &local, free, global) < 0) {
            goto done;
        }
    }
    if (b->type != HS_BLOCK_CLASS) {
        if ((b->type == HS_BLOCK_FUNCTION && set_update(&newbound, &local) < 0) ||
            set_update(&newbound, bound) < 0 || set_update(&newglobal, global) < 0) {
            goto done;
        }
    } else if (set_add(&newbound, "__class__") < 0) {
        goto done;
    }
    if (analyze_children(st, b, &newbound, &newglobal, &newfree) < 0) {
        goto done;
    }
    if (b->type == HS_BLOCK_FUNCTION) {
        for (int i = 0; i < n0; i++) { /* analyze_cells */
            if (b->syms[i].scope == HS_SCOPE_LOCAL && set_has(&newfree, b->syms[i].name)) {
                b->syms[i].scope = HS_SCOPE_CELL;
                set_discard(&newfree, b->syms[i].name);
            }
        }
    } else if (b->type == HS_BLOCK_CLASS) {
        b->needs_class_closure = set_has(&newfree, "__class__");
        set_discard(&newfree, "__class__"); /* drop_class_free */
    }
    r = update_symbols(st, b, bound, &newfree) < 0 || set_update(free, &newfree) < 0 ? -1 : 0;
done:
    set_free(&local);
    set_free(&newbound);
    set_free(&newfree);
    set_free(&newglobal);
    return st->failed ? -1 : r;
}

/* ==== internal API ==== */

HsSymBlock *hs_comp_symtable_build(const HsAstMod *mod, const char *filename, HsAstArena *arena,
                                   HsCompileError *err) {
    St st;
    memset(&st, 0, sizeof st);
    memset(err, 0, sizeof *err);
    st.arena = arena;
    st.err = err;
    st.filename = filename != NULL ? filename : "<string>";
    st.top = enter_block(&st, "top", HS_BLOCK_MODULE, 0);
    if (st.top == NULL) {
        return NULL;
    }
    st.top->node = mod;
    if (mod->kind == HS_MOD_EXPRESSION) {
        visit_expr(&st, mod->expr);
    } else {
        visit_stmts(&st, mod->body);
    }
    NameSet free = {0}, global = {0};
    int r = st.failed ? -1 : analyze_block(&st, st.top, NULL, &free, &global);
    set_free(&free);
    set_free(&global);
    if (r < 0 && !st.failed) {
        err->kind = HS_COMP_ERR_MEMORY;
        snprintf(err->msg, sizeof err->msg, "out of memory");
    }
    return r < 0 || st.failed ? NULL : st.top;
}

static int cmp_syms(const void *a, const void *b) {
    return strcmp(((const HsSymbol *)a)->name, ((const HsSymbol *)b)->name);
}

static void dump_block(const HsSymBlock *b, FILE *out) {
    static const char *const types[] = {"function", "class", "module"};
    fprintf(out, "%s %s %d\n", types[b->type], b->name, b->lineno);
    HsSymbol *sorted = hs_mem_raw_malloc(sizeof(HsSymbol) * (size_t)(b->nsyms + 1));
    if (sorted != NULL && b->nsyms > 0) {
        memcpy(sorted, b->syms, sizeof(HsSymbol) * (size_t)b->nsyms);
        qsort(sorted, (size_t)b->nsyms, sizeof(HsSymbol), cmp_syms);
        for (int i = 0; i < b->nsyms; i++) {
            fprintf(out, "  %s scope=%d flags=%d\n", sorted[i].name, (int)sorted[i].scope,
                    sorted[i].flags);
        }
    }
    hs_mem_raw_free(sorted);
    for (int i = 0; i < b->nchildren; i++) {
        dump_block(b->children[i], out);
    }
}

void hs_comp_symtable_dump(const HsSymBlock *top, FILE *out) {
    dump_block(top, out);
}
