/* The code generator's driver (CPython 3.11: Python/compile.c, first and last parts):
 * compiler units (one per scope: module, class, function, lambda, comprehension) with their
 * constant, name, local, cell and free variable tables; basic-block allocation and the
 * addop family that appends instructions with the current source location; name
 * resolution to LOAD_FAST / LOAD_DEREF / LOAD_GLOBAL / LOAD_NAME by the symbol table's
 * scopes; constants as objects; and assembly of a unit into a code object (prefix
 * instructions MAKE_CELL / COPY_FREE_VARS / RETURN_GENERATOR, cell offsets, CFG passes in
 * flowgraph.c, tables in assemble.c), then the entry points hs_comp_compile(_ast).
 * Invariants: c->u is the innermost unit; tables keep CPython's insertion orders (cells and
 * frees sorted by name, as dictbytype); every block of a unit is on its 'blocks' list and is
 * freed with the unit. */
#include "internal/hs_compile_codegen.h"
#include "internal/hs_compile_opcode.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_long.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/errors.h"
#include "internal/hs_obj_fmt.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_complex.h"
#include "internal/hs_obj_float.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ==== errors ==== */

void hs_cg_warn(HsCompiler *c, const char *fmt, ...) {
    HsCompileError *err = c->err;
    if (err->nwarnings >= HS_COMP_MAX_WARNINGS) {
        return;
    }
    int i = err->nwarnings++;
    err->warnings[i].lineno = c->u != NULL ? c->u->lineno : 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->warnings[i].msg, sizeof err->warnings[i].msg, fmt, ap);
    va_end(ap);
}

int hs_cg_error(HsCompiler *c, const char *fmt, ...) {
    if (c->failed) {
        return 0;
    }
    c->failed = 1;
    HsCompileError *err = c->err;
    hs_comp_error_clear(err);
    err->kind = HS_COMP_ERR_SYNTAX;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    snprintf(err->filename, sizeof err->filename, "%s", c->filename);
    HsUnit *u = c->u;
    err->lineno = u != NULL ? u->lineno : 0;
    err->offset = u != NULL ? u->col + 1 : 0;
    err->end_lineno = u != NULL ? u->end_lineno : 0;
    err->end_offset = u != NULL ? u->end_col + 1 : 0;
    return 0;
}

int hs_cg_nomem(HsCompiler *c) {
    if (!c->failed) {
        c->failed = 1;
        hs_comp_error_clear(c->err);
        c->err->kind = HS_COMP_ERR_MEMORY;
        snprintf(c->err->msg, sizeof c->err->msg, "out of memory");
        snprintf(c->err->filename, sizeof c->err->filename, "%s", c->filename);
    }
    HsErr_Clear();
    return 0;
}

/* A pending exception from an object operation becomes a compile failure. */
/* A SystemError (a constant whose type is not available yet) stays pending: the caller
 * sees NULL with err->kind == HS_COMP_ERR_NONE and raises it. */
static int object_failure(HsCompiler *c) {
    if (HsErr_Occurred() != NULL && HsErr_ExceptionMatches(HsExc_SystemError)) {
        if (!c->failed) {
            c->failed = 1;
            hs_comp_error_clear(c->err);
            c->err->kind = HS_COMP_ERR_NONE;
            snprintf(c->err->msg, sizeof c->err->msg,
                     "SystemError: float, complex, bytes and frozenset constants are not "
                     "supported yet");
            snprintf(c->err->filename, sizeof c->err->filename, "%s", c->filename);
            c->err->lineno = c->u != NULL ? c->u->lineno : 0;
        }
        return 0;
    }
    return hs_cg_nomem(c);
}

/* ==== locations ==== */

void hs_cg_set_loc(HsCompiler *c, const HsAstPos *p) {
    c->u->lineno = p->lineno;
    c->u->end_lineno = p->end_lineno;
    c->u->col = p->col_offset;
    c->u->end_col = p->end_col_offset;
}

void hs_cg_unset_loc(HsCompiler *c) {
    c->u->lineno = -1;
}

/* ==== blocks and instructions ==== */

HsBlock *hs_cg_new_block(HsCompiler *c) {
    HsBlock *b = hs_mem_raw_malloc(sizeof *b);
    if (b == NULL) {
        hs_cg_nomem(c);
        return NULL;
    }
    memset(b, 0, sizeof *b);
    b->list = c->u->blocks;
    c->u->blocks = b;
    return b;
}

void hs_cg_use_next_block(HsCompiler *c, HsBlock *b) {
    c->u->curblock->next = b;
    c->u->curblock = b;
}

int hs_cg_next_block(HsCompiler *c) {
    HsBlock *b = hs_cg_new_block(c);
    if (b == NULL) {
        return 0;
    }
    hs_cg_use_next_block(c, b);
    return 1;
}

static int addop_full(HsCompiler *c, int op, int arg, HsBlock *target, int noline) {
    HsUnit *u = c->u;
    HsInstr in = {.op = op, .arg = arg, .target = target, .except = NULL};
    in.lineno = noline ? -1 : u->lineno;
    in.end_lineno = u->end_lineno;
    in.col = u->col;
    in.end_col = u->end_col;
    if (hs_cg_block_addinstr(u->curblock, &in) < 0) {
        return hs_cg_nomem(c);
    }
    return 1;
}

int hs_cg_addop(HsCompiler *c, int op, int arg) {
    return addop_full(c, op, arg, NULL, 0);
}

int hs_cg_addop_noline(HsCompiler *c, int op, int arg) {
    return addop_full(c, op, arg, NULL, 1);
}

int hs_cg_addop_j(HsCompiler *c, int op, HsBlock *target) {
    return addop_full(c, op, 0, target, 0);
}

int hs_cg_addop_j_noline(HsCompiler *c, int op, HsBlock *target) {
    return addop_full(c, op, 0, target, 1);
}

/* ==== constants ==== */

static int objvec_push(HsObjVec *v, HsObject *o) {
    if (v->n == v->cap) {
        int ncap = v->cap ? v->cap * 2 : 8;
        HsObject **ni = hs_mem_raw_realloc(v->items, sizeof(HsObject *) * (size_t)ncap);
        if (ni == NULL) {
            return -1;
        }
        v->items = ni;
        v->cap = ncap;
    }
    v->items[v->n++] = o;
    return 0;
}

static void objvec_clear(HsObjVec *v) {
    for (int i = 0; i < v->n; i++) {
        Hs_DECREF(v->items[i]);
    }
    hs_mem_raw_free(v->items);
    memset(v, 0, sizeof *v);
}

/* The module-wide object for constant 'o' (CPython: merge_consts_recursive): the items of a
 * fresh tuple are merged first, so ('x' * 10, 'x' * 10) holds one string. Steals: 'o'.
 * Return: new reference, or NULL when memory ran out. */
static HsObject *merge_const(HsCompiler *c, HsObject *o) {
    if (HsTuple_CheckExact(o) && Hs_SIZE(o) > 0) {
        HsObject *t = HsTuple_New(Hs_SIZE(o)); /* the tuple may be shared: rebuild it */
        if (t == NULL) {
            Hs_DECREF(o);
            return NULL;
        }
        for (Hs_ssize_t i = 0; i < Hs_SIZE(o); i++) {
            HsObject *item = merge_const(c, Hs_NewRef(HS_TUPLE_GET(o, i)));
            if (item == NULL) {
                Hs_DECREF(t);
                Hs_DECREF(o);
                return NULL;
            }
            HS_TUPLE_SET(t, i, item);
        }
        Hs_SETREF(o, t);
    }
    HsObjVec *cache = &c->const_cache;
    for (int i = 0; i < cache->n; i++) {
        if (Hs_TYPE(cache->items[i]) == Hs_TYPE(o) && hs_cg_const_key_eq(cache->items[i], o)) {
            Hs_SETREF(o, Hs_NewRef(cache->items[i]));
            return o;
        }
    }
    if (objvec_push(cache, Hs_NewRef(o)) < 0) {
        Hs_DECREF(o); /* the reference objvec_push did not take */
        Hs_DECREF(o);
        return NULL;
    }
    return o;
}

int hs_cg_add_const(HsCompiler *c, HsObject *o) {
    if (o == NULL) {
        object_failure(c);
        return -1;
    }
    HsObjVec *v = &c->u->consts;
    for (int i = 0; i < v->n; i++) {
        if (hs_cg_const_key_eq(v->items[i], o)) {
            Hs_DECREF(o);
            return i;
        }
    }
    if ((o = merge_const(c, o)) == NULL) {
        hs_cg_nomem(c);
        return -1;
    }
    if (objvec_push(v, o) < 0) {
        Hs_DECREF(o);
        hs_cg_nomem(c);
        return -1;
    }
    return v->n - 1;
}

int hs_cg_load_const(HsCompiler *c, HsObject *o) {
    int i = hs_cg_add_const(c, o);
    return i < 0 ? 0 : hs_cg_addop(c, HS_OP_LOAD_CONST, i);
}

static int all_name_chars(HsObject *s) {
    Hs_ssize_t n = HS_STR_LEN(s);
    for (Hs_ssize_t i = 0; i < n; i++) {
        uint32_t ch = HS_STR_READ_CHAR(s, i);
        if (!(ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') ||
              (ch >= 'A' && ch <= 'Z'))) {
            return 0;
        }
    }
    return 1;
}

static HsObject *int_from_text(const char *s, size_t len) {
    Hs_ssize_t cap = hs_obj_long_from_string_capacity(len);
    HsLongObject *v = hs_int_new(cap > 0 ? cap : 1);
    if (v == NULL) {
        return NULL;
    }
    Hs_ssize_t nz = 0;
    if (hs_obj_long_from_string(s, len, 0, 0, v->ob_digit, &nz, NULL) != 0) {
        Hs_DECREF(v);
        HsErr_SetString(HsExc_SystemError, "invalid integer literal");
        return NULL;
    }
    Hs_SIZE(v) = nz;
    return hs_int_normalize(v);
}

HsObject *hs_cg_const_object(HsCompiler *c, const HsAstConst *k) {
    (void)c;
    switch ((int)k->kind) {
    case HS_CONST_NONE:
        return Hs_NewRef(Hs_None);
    case HS_CONST_TRUE:
        return Hs_NewRef(Hs_True);
    case HS_CONST_FALSE:
        return Hs_NewRef(Hs_False);
    case HS_CONST_ELLIPSIS:
        return Hs_NewRef(Hs_Ellipsis);
    case HS_CONST_INT:
        return int_from_text(k->s, strlen(k->s));
    case HS_CONST_STR: {
        HsObject *s = hs_str_from_utf8_surrogatepass(k->s, (Hs_ssize_t)k->len);
        if (s != NULL && all_name_chars(s)) {
            HsUnicode_InternInPlace(&s);
        }
        return s;
    }
    case (int)HS_CONST_OBJECT:
        return Hs_NewRef((HsObject *)(void *)k->s);
    case HS_CONST_FLOAT:
    case HS_CONST_COMPLEX: {
        double d;
        HsFmtError ferr;
        if (hs_obj_float_parse_literal(k->s, strlen(k->s), &d, &ferr) != 0) {
            HsErr_SetString(HsExc_SystemError, "invalid float literal");
            return NULL;
        }
        return k->kind == HS_CONST_FLOAT ? HsFloat_FromDouble(d) : HsComplex_FromDoubles(0.0, d);
    }
    case HS_CONST_BYTES:
        return HsBytes_FromStringAndSize(k->s, (Hs_ssize_t)k->len);
    default:
        HsErr_SetString(HsExc_SystemError, "unknown constant kind");
        return NULL;
    }
}

int hs_cg_load_const_ast(HsCompiler *c, const HsAstConst *k) {
    HsObject *o = hs_cg_const_object(c, k);
    if (o == NULL) {
        return object_failure(c);
    }
    return hs_cg_load_const(c, o);
}

/* ==== names ==== */

int hs_cg_name_find(const HsNameVec *v, const char *name) {
    for (int i = 0; i < v->n; i++) {
        if (strcmp(v->items[i], name) == 0) {
            return i;
        }
    }
    return -1;
}

int hs_cg_name_index(HsNameVec *v, const char *name) {
    int i = hs_cg_name_find(v, name);
    if (i >= 0) {
        return i;
    }
    if (v->n == v->cap) {
        int ncap = v->cap ? v->cap * 2 : 8;
        char **ni = hs_mem_raw_realloc(v->items, sizeof(char *) * (size_t)ncap);
        if (ni == NULL) {
            return -1;
        }
        v->items = ni;
        v->cap = ncap;
    }
    size_t n = strlen(name);
    char *copy = hs_mem_raw_malloc(n + 1);
    if (copy == NULL) {
        return -1;
    }
    memcpy(copy, name, n + 1);
    v->items[v->n++] = copy;
    return v->n - 1;
}

static void namevec_clear(HsNameVec *v) {
    for (int i = 0; i < v->n; i++) {
        hs_mem_raw_free(v->items[i]);
    }
    hs_mem_raw_free(v->items);
    memset(v, 0, sizeof *v);
}

/* CPython _Py_Mangle. Returns an arena string (or 'name' itself). */
char *hs_cg_mangle(HsCompiler *c, const char *private_name, const char *name) {
    size_t nlen = strlen(name);
    if (private_name == NULL || nlen < 2 || name[0] != '_' || name[1] != '_' ||
        (name[nlen - 1] == '_' && name[nlen - 2] == '_') || strchr(name, '.') != NULL) {
        return (char *)name;
    }
    while (*private_name == '_') {
        private_name++;
    }
    if (*private_name == '\0') {
        return (char *)name;
    }
    size_t plen = strlen(private_name);
    char *r = hs_comp_arena_alloc(c->arena, plen + nlen + 2);
    if (r == NULL) {
        return NULL;
    }
    r[0] = '_';
    memcpy(r + 1, private_name, plen);
    memcpy(r + 1 + plen, name, nlen + 1);
    return r;
}

int hs_cg_addop_name(HsCompiler *c, int op, const char *name, HsNameVec *v) {
    char *m = hs_cg_mangle(c, c->u->private_name, name);
    if (m == NULL) {
        return hs_cg_nomem(c);
    }
    int i = hs_cg_name_index(v, m);
    if (i < 0) {
        return hs_cg_nomem(c);
    }
    if (op == HS_OP_LOAD_METHOD) {
        /* 3.11 LOAD_METHOD takes the plain index */
    }
    return hs_cg_addop(c, op, i);
}

HsSymScope hs_cg_scope_of(HsSymBlock *b, const char *name) {
    for (int i = 0; i < b->nsyms; i++) {
        if (strcmp(b->syms[i].name, name) == 0) {
            return b->syms[i].scope;
        }
    }
    return HS_SCOPE_NONE;
}

static int pick_op(HsAstExprContext ctx, int load, int store, int del) {
    return ctx == HS_CTX_LOAD ? load : ctx == HS_CTX_STORE ? store : del;
}

int hs_cg_nameop(HsCompiler *c, const char *name, HsAstExprContext ctx) {
    HsUnit *u = c->u;
    char *m = hs_cg_mangle(c, u->private_name, name);
    if (m == NULL) {
        return hs_cg_nomem(c);
    }
    HsSymScope scope = hs_cg_scope_of(u->ste, m);
    int is_func = u->ste->type == HS_BLOCK_FUNCTION;
    HsNameVec *dict = &u->names;
    int op, idx;
    if (scope == HS_SCOPE_FREE || scope == HS_SCOPE_CELL) {
        if (scope == HS_SCOPE_CELL) {
            idx = hs_cg_name_index(&u->cellvars, m);
        } else {
            idx = hs_cg_name_find(&u->freevars, m);
            idx = idx < 0 ? -1 : idx + u->cellvars.n;
        }
        op = pick_op(ctx, u->ste->type == HS_BLOCK_CLASS ? HS_OP_LOAD_CLASSDEREF : HS_OP_LOAD_DEREF,
                     HS_OP_STORE_DEREF, HS_OP_DELETE_DEREF);
        if (idx < 0) {
            return hs_cg_nomem(c);
        }
        return hs_cg_addop(c, op, idx);
    }
    if (scope == HS_SCOPE_LOCAL && is_func) {
        idx = hs_cg_name_index(&u->varnames, m);
        if (idx < 0) {
            return hs_cg_nomem(c);
        }
        return hs_cg_addop(c, pick_op(ctx, HS_OP_LOAD_FAST, HS_OP_STORE_FAST, HS_OP_DELETE_FAST),
                           idx);
    }
    if (scope == HS_SCOPE_GLOBAL_EXPLICIT || (scope == HS_SCOPE_GLOBAL_IMPLICIT && is_func)) {
        op = pick_op(ctx, HS_OP_LOAD_GLOBAL, HS_OP_STORE_GLOBAL, HS_OP_DELETE_GLOBAL);
    } else {
        op = pick_op(ctx, HS_OP_LOAD_NAME, HS_OP_STORE_NAME, HS_OP_DELETE_NAME);
    }
    idx = hs_cg_name_index(dict, m);
    if (idx < 0) {
        return hs_cg_nomem(c);
    }
    return hs_cg_addop(c, op, op == HS_OP_LOAD_GLOBAL ? idx << 1 : idx);
}

/* ==== scopes ==== */

static HsSymBlock *find_block_in(HsSymBlock *b, const void *node) {
    if (b->node == node) {
        return b;
    }
    for (int i = 0; i < b->nchildren; i++) {
        HsSymBlock *r = find_block_in(b->children[i], node);
        if (r != NULL) {
            return r;
        }
    }
    return NULL;
}

HsSymBlock *hs_cg_find_block(HsCompiler *c, const void *node) {
    if (c->u != NULL) {
        for (int i = 0; i < c->u->ste->nchildren; i++) {
            if (c->u->ste->children[i]->node == node) {
                return c->u->ste->children[i];
            }
        }
    }
    return find_block_in(c->top, node);
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Names of 'b' with scope 'scope' (or flag 'flag'), sorted as CPython's dictbytype. */
static int names_by_scope(HsNameVec *out, HsSymBlock *b, HsSymScope scope, int flag) {
    int start = out->n;
    for (int i = 0; i < b->nsyms; i++) {
        if (b->syms[i].scope == scope || (b->syms[i].flags & flag)) {
            if (hs_cg_name_index(out, b->syms[i].name) < 0) {
                return -1;
            }
        }
    }
    if (out->n - start > 1) {
        qsort(out->items + start, (size_t)(out->n - start), sizeof(char *), cmp_str);
    }
    return 0;
}

static char *dup_cstr(const char *s) {
    size_t n = strlen(s);
    char *r = hs_mem_raw_malloc(n + 1);
    if (r != NULL) {
        memcpy(r, s, n + 1);
    }
    return r;
}

/* CPython compiler_set_qualname. */
static int set_qualname(HsCompiler *c, HsUnit *u) {
    HsUnit *parent = u->parent;
    const char *base = NULL;
    char *tmp = NULL;
    if (parent != NULL && parent->kind != HS_SCOPE_KIND_MODULE) {
        int force_global = 0;
        if (u->kind == HS_SCOPE_KIND_FUNCTION || u->kind == HS_SCOPE_KIND_CLASS) {
            char *m = hs_cg_mangle(c, parent->private_name, u->name);
            if (m != NULL && hs_cg_scope_of(parent->ste, m) == HS_SCOPE_GLOBAL_EXPLICIT) {
                force_global = 1;
            }
        }
        if (!force_global) {
            if (parent->kind == HS_SCOPE_KIND_FUNCTION || parent->kind == HS_SCOPE_KIND_LAMBDA) {
                size_t n = strlen(parent->qualname);
                tmp = hs_mem_raw_malloc(n + 10);
                if (tmp == NULL) {
                    return hs_cg_nomem(c);
                }
                memcpy(tmp, parent->qualname, n);
                memcpy(tmp + n, ".<locals>", 10);
                base = tmp;
            } else {
                base = parent->qualname;
            }
        }
    }
    if (base != NULL) {
        size_t bn = strlen(base), nn = strlen(u->name);
        u->qualname = hs_mem_raw_malloc(bn + nn + 2);
        if (u->qualname != NULL) {
            memcpy(u->qualname, base, bn);
            u->qualname[bn] = '.';
            memcpy(u->qualname + bn + 1, u->name, nn + 1);
        }
    } else {
        u->qualname = dup_cstr(u->name);
    }
    hs_mem_raw_free(tmp);
    return u->qualname == NULL ? hs_cg_nomem(c) : 1;
}

static int init_unit_tables(HsCompiler *c, HsUnit *u) {
    HsSymBlock *b = u->ste;
    for (int i = 0; i < b->nsyms; i++) {
        if ((b->syms[i].flags & HS_DEF_PARAM) &&
            hs_cg_name_index(&u->varnames, b->syms[i].name) < 0) {
            return hs_cg_nomem(c);
        }
    }
    if (names_by_scope(&u->cellvars, b, HS_SCOPE_CELL, 0) < 0) {
        return hs_cg_nomem(c);
    }
    if (b->needs_class_closure && hs_cg_name_index(&u->cellvars, "__class__") < 0) {
        return hs_cg_nomem(c);
    }
    if (names_by_scope(&u->freevars, b, HS_SCOPE_FREE, HS_DEF_FREE_CLASS) < 0) {
        return hs_cg_nomem(c);
    }
    return 1;
}

int hs_cg_enter_scope(HsCompiler *c, const char *name, HsScopeKind kind, const void *node,
                      int lineno) {
    HsUnit *u = hs_mem_raw_malloc(sizeof *u);
    if (u == NULL) {
        return hs_cg_nomem(c);
    }
    memset(u, 0, sizeof *u);
    u->kind = kind;
    u->ste = hs_cg_find_block(c, node);
    u->name = dup_cstr(name);
    u->parent = c->u;
    u->private_name = c->u != NULL ? c->u->private_name : NULL;
    u->firstlineno = lineno;
    u->lineno = u->end_lineno = lineno;
    c->u = u;
    if (u->ste == NULL || u->name == NULL) {
        if (u->ste == NULL) {
            return hs_cg_error(c, "internal error: no symbol table entry for '%s'", name);
        }
        return hs_cg_nomem(c);
    }
    if (!init_unit_tables(c, u)) {
        return 0;
    }
    c->nestlevel++;
    HsBlock *b = hs_cg_new_block(c);
    if (b == NULL) {
        return 0;
    }
    u->curblock = b;
    if (kind == HS_SCOPE_KIND_MODULE) {
        u->lineno = 0;
        u->qualname = dup_cstr(name);
        if (u->qualname == NULL) {
            return hs_cg_nomem(c);
        }
    } else if (!set_qualname(c, u)) {
        return 0;
    }
    if (!hs_cg_addop(c, HS_OP_RESUME, 0)) {
        return 0;
    }
    if (kind == HS_SCOPE_KIND_MODULE) {
        u->lineno = -1;
    }
    return 1;
}

void hs_cg_exit_scope(HsCompiler *c) {
    HsUnit *u = c->u;
    if (u == NULL) {
        return;
    }
    c->u = u->parent;
    c->nestlevel--;
    HsBlock *b = u->blocks;
    while (b != NULL) {
        HsBlock *next = b->list;
        hs_mem_raw_free(b->instr);
        hs_mem_raw_free(b->exceptstack);
        hs_mem_raw_free(b);
        b = next;
    }
    objvec_clear(&u->consts);
    namevec_clear(&u->names);
    namevec_clear(&u->varnames);
    namevec_clear(&u->cellvars);
    namevec_clear(&u->freevars);
    hs_mem_raw_free(u->name);
    hs_mem_raw_free(u->qualname);
    hs_mem_raw_free(u);
}

/* ==== assembly ==== */

static int insert_prefix(HsCompiler *c, HsBlock *entry, const int *fixed, int flags) {
    HsUnit *u = c->u;
    if (flags & HS_CO_GENERATOR) {
        HsInstr mg = {.op = HS_OP_RETURN_GENERATOR, .lineno = u->firstlineno,
                      .end_lineno = u->firstlineno, .col = -1, .end_col = -1};
        HsInstr pt = {.op = HS_OP_POP_TOP, .lineno = -1, .end_lineno = -1, .col = -1,
                      .end_col = -1};
        if (hs_cg_insert_instr(entry, 0, &mg) < 0 || hs_cg_insert_instr(entry, 1, &pt) < 0) {
            return hs_cg_nomem(c);
        }
    }
    int ncells = u->cellvars.n, nvars = ncells + u->varnames.n;
    if (ncells) {
        int *sorted = hs_mem_raw_malloc(sizeof(int) * (size_t)(nvars + 1));
        if (sorted == NULL) {
            return hs_cg_nomem(c);
        }
        memset(sorted, 0, sizeof(int) * (size_t)(nvars + 1));
        for (int i = 0; i < ncells; i++) {
            sorted[fixed[i]] = i + 1;
        }
        for (int i = 0, used = 0; used < ncells; i++) {
            int old = sorted[i] - 1;
            if (old == -1) {
                continue;
            }
            HsInstr mc = {.op = HS_OP_MAKE_CELL, .arg = old, .lineno = -1, .end_lineno = -1,
                          .col = -1, .end_col = -1};
            if (hs_cg_insert_instr(entry, used, &mc) < 0) {
                hs_mem_raw_free(sorted);
                return hs_cg_nomem(c);
            }
            used++;
        }
        hs_mem_raw_free(sorted);
    }
    if (u->freevars.n) {
        HsInstr cf = {.op = HS_OP_COPY_FREE_VARS, .arg = u->freevars.n, .lineno = -1,
                      .end_lineno = -1, .col = -1, .end_col = -1};
        if (hs_cg_insert_instr(entry, 0, &cf) < 0) {
            return hs_cg_nomem(c);
        }
    }
    return 1;
}

/* CPython fix_cell_offsets: returns the number of cells that are also arguments. */
static int fix_cell_offsets(HsCompiler *c, HsBlock *entry, int *fixed) {
    HsUnit *u = c->u;
    int nlocals = u->varnames.n, noffsets = u->cellvars.n + u->freevars.n, dropped = 0;
    for (int i = 0; i < noffsets; i++) {
        if (fixed[i] == i + nlocals) {
            fixed[i] -= dropped;
        } else {
            dropped++;
        }
    }
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        for (int i = 0; i < b->iused; i++) {
            HsInstr *in = &b->instr[i];
            switch (in->op) {
            case HS_OP_MAKE_CELL:
            case HS_OP_LOAD_CLOSURE:
            case HS_OP_LOAD_DEREF:
            case HS_OP_STORE_DEREF:
            case HS_OP_DELETE_DEREF:
            case HS_OP_LOAD_CLASSDEREF:
                in->arg = fixed[in->arg];
                break;
            default:
                break;
            }
        }
    }
    return dropped;
}

static int code_flags(HsUnit *u) {
    int flags = 0;
    if (u->ste->type == HS_BLOCK_FUNCTION) {
        flags |= HS_CO_NEWLOCALS | HS_CO_OPTIMIZED;
        if (u->ste->nested) {
            flags |= HS_CO_NESTED;
        }
        if (u->ste->generator) {
            flags |= HS_CO_GENERATOR;
        }
        flags |= u->extra_flags;
    }
    return flags;
}

static HsObject *names_tuple(const HsNameVec *v) {
    HsObject *t = HsTuple_New(v->n);
    if (t == NULL) {
        return NULL;
    }
    for (int i = 0; i < v->n; i++) {
        HsObject *s = HsUnicode_FromString(v->items[i]);
        if (s == NULL) {
            Hs_DECREF(t);
            return NULL;
        }
        HsUnicode_InternInPlace(&s);
        HS_TUPLE_SET(t, i, s);
    }
    return t;
}

/* CPython compute_localsplus_info: names and kinds, locals then cells then frees. */
static int localsplus(HsUnit *u, int nlocalsplus, HsNameVec *out, uint8_t *kinds) {
    int nlocals = u->varnames.n, dropped = 0;
    for (int i = 0; i < nlocals; i++) {
        out->items[i] = u->varnames.items[i];
        kinds[i] = HS_CO_FAST_LOCAL |
                   (hs_cg_name_find(&u->cellvars, u->varnames.items[i]) >= 0 ? HS_CO_FAST_CELL : 0);
    }
    for (int i = 0; i < u->cellvars.n; i++) {
        if (hs_cg_name_find(&u->varnames, u->cellvars.items[i]) >= 0) {
            dropped++;
            continue;
        }
        out->items[i + nlocals - dropped] = u->cellvars.items[i];
        kinds[i + nlocals - dropped] = HS_CO_FAST_CELL;
    }
    for (int i = 0; i < u->freevars.n; i++) {
        int off = u->cellvars.n + i + nlocals - dropped;
        out->items[off] = u->freevars.items[i];
        kinds[off] = HS_CO_FAST_FREE;
    }
    out->n = nlocalsplus;
    return 0;
}

typedef struct Tables {
    hs_codeunit *code;
    Hs_ssize_t ncode;
    uint8_t *lt, *et;
    Hs_ssize_t ltn, etn;
} Tables;

static HsObject *makecode(HsCompiler *c, Tables *t, int maxdepth, int nlocalsplus, int flags) {
    HsUnit *u = c->u;
    HsObject *consts = HsTuple_FromArray(u->consts.items, u->consts.n);
    HsObject *names = names_tuple(&u->names);
    HsNameVec lp = {0};
    lp.items = hs_mem_raw_malloc(sizeof(char *) * (size_t)(nlocalsplus + 1));
    uint8_t *kinds = hs_mem_raw_malloc((size_t)nlocalsplus + 1);
    HsObject *lpnames = NULL, *name = HsUnicode_FromString(u->name);
    HsObject *qualname = HsUnicode_FromString(u->qualname), *co = NULL;
    if (lp.items != NULL && kinds != NULL) {
        localsplus(u, nlocalsplus, &lp, kinds);
        lpnames = names_tuple(&lp);
    }
    if (consts != NULL && names != NULL && lpnames != NULL && name != NULL && qualname != NULL) {
        HsCodeSpec spec = {.code = t->code, .ncode = t->ncode, .consts = consts,
                           .names = names, .localsplusnames = lpnames,
                           .localspluskinds = kinds, .filename = c->filename_obj,
                           .name = name, .qualname = qualname, .linetable = t->lt,
                           .linetable_len = t->ltn, .exceptiontable = t->et,
                           .exceptiontable_len = t->etn, .flags = flags,
                           .argcount = u->argcount + u->posonlyargcount,
                           .posonlyargcount = u->posonlyargcount,
                           .kwonlyargcount = u->kwonlyargcount, .stacksize = maxdepth,
                           .firstlineno = u->firstlineno};
        co = hs_code_new(&spec);
    }
    if (co == NULL) {
        object_failure(c);
    }
    Hs_XDECREF(consts);
    Hs_XDECREF(names);
    Hs_XDECREF(lpnames);
    Hs_XDECREF(name);
    Hs_XDECREF(qualname);
    hs_mem_raw_free(lp.items);
    hs_mem_raw_free(kinds);
    return co;
}

static int build_tables(HsCompiler *c, HsBlock *entry, Tables *t) {
    hs_cg_normalize_jumps(entry);
    hs_cg_jump_offsets(entry);
    if (hs_cg_emit_code(entry, &t->code, &t->ncode) < 0 ||
        hs_cg_write_linetable(entry, c->u->firstlineno, &t->lt, &t->ltn) < 0 ||
        hs_cg_write_exctable(entry, &t->et, &t->etn) < 0) {
        return hs_cg_nomem(c);
    }
    return 1;
}

static HsObject *assemble_cfg(HsCompiler *c, HsBlock *entry, int *fixed) {
    HsUnit *u = c->u;
    int flags = code_flags(u);
    int nlocalsplus = u->varnames.n + u->cellvars.n + u->freevars.n;
    if (!insert_prefix(c, entry, fixed, flags)) {
        return NULL;
    }
    nlocalsplus -= fix_cell_offsets(c, entry, fixed);
    if (hs_cg_optimize_rest(c, entry, &u->consts) < 0) {
        object_failure(c);
        return NULL;
    }
    int maxdepth = hs_cg_stackdepth(c, entry);
    if (maxdepth < 0 || hs_cg_label_exception_targets(entry) < 0) {
        hs_cg_nomem(c);
        return NULL;
    }
    hs_cg_finish_cfg(entry);
    Tables t = {0};
    HsObject *co = NULL;
    if (build_tables(c, entry, &t)) {
        co = makecode(c, &t, maxdepth, nlocalsplus, flags);
    }
    hs_mem_raw_free(t.code);
    hs_mem_raw_free(t.lt);
    hs_mem_raw_free(t.et);
    return co;
}

HsObject *hs_cg_assemble(HsCompiler *c, int add_none) {
    HsUnit *u = c->u;
    HsBlock *cur = u->curblock;
    if (cur->iused == 0 || cur->instr[cur->iused - 1].op != HS_OP_RETURN_VALUE) {
        hs_cg_unset_loc(c);
        if ((add_none && !hs_cg_load_const(c, Hs_NewRef(Hs_None))) ||
            !hs_cg_addop(c, HS_OP_RETURN_VALUE, 0)) {
            return NULL;
        }
    }
    HsBlock *entry = NULL;
    for (HsBlock *b = u->blocks; b != NULL; b = b->list) {
        entry = b;
    }
    if (hs_cg_normalize_and_optimize(c, entry, &u->consts) < 0) {
        hs_cg_nomem(c);
        return NULL;
    }
    int noffsets = u->cellvars.n + u->freevars.n;
    int *fixed = hs_mem_raw_malloc(sizeof(int) * (size_t)(noffsets + 1));
    if (fixed == NULL) {
        hs_cg_nomem(c);
        return NULL;
    }
    for (int i = 0; i < noffsets; i++) {
        fixed[i] = u->varnames.n + i;
    }
    for (int i = 0; i < u->cellvars.n; i++) {
        int vi = hs_cg_name_find(&u->varnames, u->cellvars.items[i]);
        if (vi >= 0) {
            fixed[i] = vi;
        }
    }
    HsObject *co = assemble_cfg(c, entry, fixed);
    hs_mem_raw_free(fixed);
    return co;
}

/* ==== entry points ==== */

static HsObject *compile_mod(HsCompiler *c, HsAstMod *mod) {
    int add_none = 1;
    HsObject *co = NULL;
    if (!hs_cg_enter_scope(c, "<module>", HS_SCOPE_KIND_MODULE, mod, 1)) {
        hs_cg_exit_scope(c);
        return NULL;
    }
    int ok;
    if (mod->kind == HS_MOD_MODULE) {
        ok = hs_cg_body(c, mod->body);
    } else if (mod->kind == HS_MOD_INTERACTIVE) {
        c->interactive = 1;
        ok = !hs_cg_find_ann(mod->body) || hs_cg_addop(c, HS_OP_SETUP_ANNOTATIONS, 0);
        for (Hs_ssize_t i = 0; ok && i < HS_SEQ_LEN(mod->body); i++) {
            ok = hs_cg_visit_stmt(c, HS_SEQ_GET(mod->body, i));
        }
    } else {
        ok = hs_cg_visit_expr(c, mod->expr);
        add_none = 0;
    }
    if (ok) {
        co = hs_cg_assemble(c, add_none);
    }
    hs_cg_exit_scope(c);
    return co;
}

HsObject *hs_comp_compile_ast(HsAstMod *mod, const char *filename, HsAstArena *arena,
                              HsCompileError *err) {
    HsCompiler c;
    memset(&c, 0, sizeof c);
    c.filename = filename != NULL ? filename : "<string>";
    c.arena = arena;
    c.err = err;
    memset(err, 0, sizeof *err);
    if (hs_cg_fold_mod(&c, mod) < 0) {
        objvec_clear(&c.folded);
        objvec_clear(&c.const_cache);
        if (!c.failed) {
            hs_cg_nomem(&c);
        }
        return NULL;
    }
    c.top = hs_comp_symtable_build(mod, c.filename, arena, err);
    HsObject *co = NULL;
    if (c.top != NULL) {
        c.filename_obj = HsUnicode_FromString(c.filename);
        if (c.filename_obj == NULL) {
            hs_cg_nomem(&c);
        } else {
            co = compile_mod(&c, mod);
        }
    }
    while (c.u != NULL) {
        hs_cg_exit_scope(&c);
    }
    Hs_XDECREF(c.filename_obj);
    objvec_clear(&c.folded);
    objvec_clear(&c.const_cache);
    if (co == NULL && err->kind == HS_COMP_ERR_NONE && HsErr_Occurred() == NULL) {
        hs_cg_nomem(&c);
    }
    return co;
}

/* The source line of a compiler SyntaxError (with its newline), as the parser fills it. */
static void fill_error_text(const char *src, size_t len, HsCompileError *err) {
    if (err->kind != HS_COMP_ERR_SYNTAX || err->text != NULL || err->lineno < 1) {
        return;
    }
    size_t pos = 0;
    for (int line = 1; line < err->lineno && pos < len; pos++) {
        line += src[pos] == '\n';
    }
    size_t end = pos;
    while (end < len && src[end] != '\n' && src[end] != '\r') {
        end++;
    }
    if (pos > len || (err->text = hs_mem_raw_malloc(end - pos + 2)) == NULL) {
        return;
    }
    memcpy(err->text, src + pos, end - pos);
    memcpy(err->text + (end - pos), "\n", 2);
}

HsObject *hs_comp_compile(const char *src, size_t len, const char *filename, HsParseMode mode,
                          HsCompileError *err) {
    HsAstArena *arena = hs_comp_arena_new();
    if (arena == NULL) {
        memset(err, 0, sizeof *err);
        err->kind = HS_COMP_ERR_MEMORY;
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    HsObject *co = NULL;
    HsAstMod *mod = hs_comp_parse(src, len, filename, mode, arena, err);
    if (mod != NULL) {
        co = hs_comp_compile_ast(mod, filename, arena, err);
        if (co == NULL) {
            fill_error_text(src, len, err);
        }
    }
    hs_comp_arena_free(arena);
    return co;
}
