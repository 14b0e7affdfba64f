/* AST storage and the canonical dump (CPython: Python/pyarena.c for the arena,
 * Python/Python-ast.c for node construction; the dump mirrors ast.dump(include_attributes)
 * in the line format of tools/gen_parser_expected.py).
 * Invariants: every node, sequence and string of a tree lives in one HsAstArena; the arena
 * hands out zeroed 16-byte aligned memory from chunks taken with hs_mem_raw_malloc, and frees
 * them together. The dump recurses once per tree level; the parser bounds tree depth
 * (HS_COMP_MAX_DEPTH), so the recursion is bounded too. */
#include "internal/hs_compile_ast.h"
#include "internal/hs_mem.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ==== constants and types ==== */
#define ARENA_CHUNK 8192

typedef struct ArenaChunk {
    struct ArenaChunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} ArenaChunk;

struct HsAstArena {
    ArenaChunk *head; /* chunk being filled; older ones follow */
    size_t total;
};

/* ==== arena ==== */

HsAstArena *hs_comp_arena_new(void) {
    HsAstArena *a = hs_mem_raw_calloc(1, sizeof *a);
    return a;
}

void hs_comp_arena_free(HsAstArena *arena) {
    if (arena == NULL) {
        return;
    }
    ArenaChunk *c = arena->head;
    while (c != NULL) {
        ArenaChunk *next = c->next;
        hs_mem_raw_free(c);
        c = next;
    }
    hs_mem_raw_free(arena);
}

void *hs_comp_arena_alloc(HsAstArena *arena, size_t n) {
    n = (n + 15) & ~(size_t)15;
    if (n == 0) {
        n = 16;
    }
    ArenaChunk *c = arena->head;
    if (c == NULL || c->size - c->used < n) {
        size_t size = n > ARENA_CHUNK ? n : ARENA_CHUNK;
        c = hs_mem_raw_malloc(sizeof(ArenaChunk) + size);
        if (c == NULL) {
            return NULL;
        }
        c->size = size;
        c->used = 0;
        c->next = arena->head;
        arena->head = c;
        arena->total += size;
    }
    void *p = c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *hs_comp_arena_strndup(HsAstArena *arena, const char *s, size_t len) {
    char *p = hs_comp_arena_alloc(arena, len + 1);
    if (p != NULL) {
        memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

size_t hs_comp_arena_size(const HsAstArena *arena) {
    return arena->total;
}

HsAstSeq *hs_comp_seq_new(HsAstArena *arena, Hs_ssize_t n) {
    HsAstSeq *s = hs_comp_arena_alloc(arena, sizeof(HsAstSeq) + (size_t)n * sizeof(void *));
    if (s != NULL) {
        s->n = n;
    }
    return s;
}

HsAstExpr *hs_comp_expr_new(HsAstArena *arena, HsAstExprKind kind, HsAstPos pos) {
    HsAstExpr *e = hs_comp_arena_alloc(arena, sizeof *e);
    if (e != NULL) {
        e->kind = kind;
        e->pos = pos;
    }
    return e;
}

HsAstStmt *hs_comp_stmt_new(HsAstArena *arena, HsAstStmtKind kind, HsAstPos pos) {
    HsAstStmt *s = hs_comp_arena_alloc(arena, sizeof *s);
    if (s != NULL) {
        s->kind = kind;
        s->pos = pos;
    }
    return s;
}

/* ==== dump: scalars ==== */

static const char *const ctx_names[] = {"?", "Load", "Store", "Del"};
static const char *const boolop_names[] = {"?", "And", "Or"};
static const char *const op_names[] = {"?",     "Add",    "Sub",    "Mult",    "MatMult",
                                       "Div",   "Mod",    "Pow",    "LShift",  "RShift",
                                       "BitOr", "BitXor", "BitAnd", "FloorDiv"};
static const char *const uop_names[] = {"?", "Invert", "Not", "UAdd", "USub"};
static const char *const cmp_names[] = {"?",   "Eq", "NotEq", "Lt", "LtE",  "Gt",
                                        "GtE", "Is", "IsNot", "In", "NotIn"};

static void put_escaped(FILE *out, const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
            fputc(c, out);
        } else {
            fprintf(out, "\\x%02x", c);
        }
    }
}

static void indent(FILE *out, int n) {
    for (int i = 0; i < n; i++) {
        fputc(' ', out);
    }
}

/* Python's float.hex() (Objects/floatobject.c float_hex). */
static void put_float_hex(FILE *out, double x) {
    if (isinf(x)) {
        fputs(x > 0 ? "inf" : "-inf", out);
        return;
    }
    if (isnan(x)) {
        fputs("nan", out);
        return;
    }
    if (x == 0.0) {
        fputs(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0", out);
        return;
    }
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - ((DBL_MIN_EXP - e) > 0 ? (DBL_MIN_EXP - e) : 0);
    m = ldexp(m, shift);
    e -= shift;
    char s[32];
    int si = 0;
    s[si++] = "0123456789abcdef"[(int)m];
    m -= (int)m;
    s[si++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        s[si++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
    }
    s[si] = '\0';
    fprintf(out, "%s0x%sp%c%d", x < 0 ? "-" : "", s, e < 0 ? '-' : '+', abs(e));
}

/* Convert normalised int source text (decimal, 0x, 0o, 0b) to decimal, any size. */
static void put_int(FILE *out, const char *s) {
    int base = 10;
    if (s[0] == '0' && s[1] != '\0' && strchr("xXoObB", s[1]) != NULL) {
        base = (s[1] == 'x' || s[1] == 'X') ? 16 : (s[1] == 'o' || s[1] == 'O') ? 8 : 2;
        s += 2;
    }
    size_t n = strlen(s);
    uint32_t *limbs = hs_mem_raw_calloc(n / 2 + 2, sizeof(uint32_t)); /* base 1e9, LE */
    if (limbs == NULL) {
        fputs(s, out);
        return;
    }
    size_t used = 1;
    for (size_t i = 0; i < n; i++) {
        int d = s[i] <= '9' ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10;
        uint64_t carry = (uint64_t)d;
        for (size_t k = 0; k < used; k++) {
            uint64_t v = (uint64_t)limbs[k] * (uint64_t)base + carry;
            limbs[k] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry != 0) {
            limbs[used++] = (uint32_t)carry;
        }
    }
    fprintf(out, "%u", limbs[used - 1]);
    for (size_t k = used - 1; k-- > 0;) {
        fprintf(out, "%09u", limbs[k]);
    }
    hs_mem_raw_free(limbs);
}

static void put_const(FILE *out, const HsAstConst *c, const char *kind) {
    switch (c->kind) {
    case HS_CONST_NONE:
        fputs("None", out);
        break;
    case HS_CONST_TRUE:
        fputs("True", out);
        break;
    case HS_CONST_FALSE:
        fputs("False", out);
        break;
    case HS_CONST_ELLIPSIS:
        fputs("Ellipsis", out);
        break;
    case HS_CONST_INT:
        fputs("int ", out);
        put_int(out, c->s);
        break;
    case HS_CONST_FLOAT:
        fputs("float ", out);
        put_float_hex(out, strtod(c->s, NULL));
        break;
    case HS_CONST_COMPLEX:
        fputs("complex ", out);
        put_float_hex(out, strtod(c->s, NULL));
        break;
    case HS_CONST_STR:
        fputs(kind != NULL ? "str u\"" : "str \"", out);
        put_escaped(out, c->s, c->len);
        fputc('"', out);
        break;
    case HS_CONST_BYTES:
        fputs("bytes \"", out);
        put_escaped(out, c->s, c->len);
        fputc('"', out);
        break;
    }
}

/* ==== dump: nodes ==== */

typedef struct Dumper {
    FILE *out;
} Dumper;

static void dump_expr(Dumper *d, int ind, const HsAstExpr *e);
static void dump_stmt(Dumper *d, int ind, const HsAstStmt *s);

static void head(Dumper *d, int ind, const char *name, const HsAstPos *pos) {
    indent(d->out, ind);
    fputs(name, d->out);
    if (pos != NULL) {
        fprintf(d->out, " @%d:%d-%d:%d", pos->lineno, pos->col_offset, pos->end_lineno,
                pos->end_col_offset);
    }
    fputc('\n', d->out);
}

static void field(Dumper *d, int ind, const char *name) {
    indent(d->out, ind + 1);
    fprintf(d->out, "%s:", name);
}

static void f_str(Dumper *d, int ind, const char *name, const char *v) {
    field(d, ind, name);
    if (v == NULL) {
        fputs(" None\n", d->out);
        return;
    }
    fputs(" '", d->out);
    put_escaped(d->out, v, strlen(v));
    fputs("'\n", d->out);
}

static void f_text(Dumper *d, int ind, const char *name, const char *v) {
    field(d, ind, name);
    fprintf(d->out, " %s\n", v);
}

static void f_int(Dumper *d, int ind, const char *name, int v) {
    field(d, ind, name);
    fprintf(d->out, " %d\n", v);
}

static void f_expr(Dumper *d, int ind, const char *name, const HsAstExpr *e) {
    field(d, ind, name);
    if (e == NULL) {
        fputs(" None\n", d->out);
        return;
    }
    fputc('\n', d->out);
    dump_expr(d, ind + 2, e);
}

static void f_seqhead(Dumper *d, int ind, const char *name, const HsAstSeq *s) {
    field(d, ind, name);
    fprintf(d->out, " [%zd]\n", (ssize_t)HS_SEQ_LEN(s));
}

static void f_exprs(Dumper *d, int ind, const char *name, const HsAstSeq *s) {
    f_seqhead(d, ind, name, s);
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s); i++) {
        const HsAstExpr *e = HS_SEQ_GET(s, i);
        if (e == NULL) {
            head(d, ind + 2, "None", NULL);
        } else {
            dump_expr(d, ind + 2, e);
        }
    }
}

static void f_stmts(Dumper *d, int ind, const char *name, const HsAstSeq *s) {
    f_seqhead(d, ind, name, s);
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s); i++) {
        dump_stmt(d, ind + 2, HS_SEQ_GET(s, i));
    }
}

static void f_names(Dumper *d, int ind, const char *name, const HsAstSeq *s) {
    f_seqhead(d, ind, name, s);
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s); i++) {
        indent(d->out, ind + 2);
        fputc('\'', d->out);
        const char *v = HS_SEQ_GET(s, i);
        put_escaped(d->out, v, strlen(v));
        fputs("'\n", d->out);
    }
}

static void dump_arg(Dumper *d, int ind, const HsAstArg *a) {
    head(d, ind, "arg", &a->pos);
    f_str(d, ind, "arg", a->arg);
    f_expr(d, ind, "annotation", a->annotation);
}

static void f_arg(Dumper *d, int ind, const char *name, const HsAstArg *a) {
    field(d, ind, name);
    if (a == NULL) {
        fputs(" None\n", d->out);
        return;
    }
    fputc('\n', d->out);
    dump_arg(d, ind + 2, a);
}

static void f_args(Dumper *d, int ind, const char *name, const HsAstSeq *s) {
    f_seqhead(d, ind, name, s);
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s); i++) {
        dump_arg(d, ind + 2, HS_SEQ_GET(s, i));
    }
}

static void f_arguments(Dumper *d, int ind, const HsAstArguments *a) {
    field(d, ind, "args");
    fputc('\n', d->out);
    ind += 2;
    head(d, ind, "arguments", NULL);
    f_args(d, ind, "posonlyargs", a->posonlyargs);
    f_args(d, ind, "args", a->args);
    f_arg(d, ind, "vararg", a->vararg);
    f_args(d, ind, "kwonlyargs", a->kwonlyargs);
    f_exprs(d, ind, "kw_defaults", a->kw_defaults);
    f_arg(d, ind, "kwarg", a->kwarg);
    f_exprs(d, ind, "defaults", a->defaults);
}

static void f_keywords(Dumper *d, int ind, const HsAstSeq *s) {
    f_seqhead(d, ind, "keywords", s);
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s); i++) {
        const HsAstKeyword *k = HS_SEQ_GET(s, i);
        head(d, ind + 2, "keyword", &k->pos);
        f_str(d, ind + 2, "arg", k->arg);
        f_expr(d, ind + 2, "value", k->value);
    }
}

static void f_aliases(Dumper *d, int ind, const HsAstSeq *s) {
    f_seqhead(d, ind, "names", s);
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s); i++) {
        const HsAstAlias *a = HS_SEQ_GET(s, i);
        head(d, ind + 2, "alias", &a->pos);
        f_str(d, ind + 2, "name", a->name);
        f_str(d, ind + 2, "asname", a->asname);
    }
}

static void f_generators(Dumper *d, int ind, const HsAstSeq *s) {
    f_seqhead(d, ind, "generators", s);
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s); i++) {
        const HsAstComprehension *c = HS_SEQ_GET(s, i);
        head(d, ind + 2, "comprehension", NULL);
        f_expr(d, ind + 2, "target", c->target);
        f_expr(d, ind + 2, "iter", c->iter);
        f_exprs(d, ind + 2, "ifs", c->ifs);
        f_int(d, ind + 2, "is_async", c->is_async);
    }
}

static void f_handlers(Dumper *d, int ind, const HsAstSeq *s) {
    f_seqhead(d, ind, "handlers", s);
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s); i++) {
        const HsAstExceptHandler *h = HS_SEQ_GET(s, i);
        head(d, ind + 2, "ExceptHandler", &h->pos);
        f_expr(d, ind + 2, "type", h->type);
        f_str(d, ind + 2, "name", h->name);
        f_stmts(d, ind + 2, "body", h->body);
    }
}

static void f_withitems(Dumper *d, int ind, const HsAstSeq *s) {
    f_seqhead(d, ind, "items", s);
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s); i++) {
        const HsAstWithItem *w = HS_SEQ_GET(s, i);
        head(d, ind + 2, "withitem", NULL);
        f_expr(d, ind + 2, "context_expr", w->context_expr);
        f_expr(d, ind + 2, "optional_vars", w->optional_vars);
    }
}

static const char *const expr_names[] = {
    "?",         "BoolOp",    "NamedExpr", "BinOp",   "UnaryOp",        "Lambda",       "IfExp",
    "Dict",      "Set",       "ListComp",  "SetComp", "DictComp",       "GeneratorExp", "Await",
    "Yield",     "YieldFrom", "Compare",   "Call",    "FormattedValue", "JoinedStr",    "Constant",
    "Attribute", "Subscript", "Starred",   "Name",    "List",           "Tuple",        "Slice"};

/* Fields of the expression kinds that hold other expressions only in simple shapes. */
static void dump_expr_rest(Dumper *d, int ind, const HsAstExpr *e) {
    switch (e->kind) {
    case HS_EXPR_CALL:
        f_expr(d, ind, "func", e->v.Call.func);
        f_exprs(d, ind, "args", e->v.Call.args);
        f_keywords(d, ind, e->v.Call.keywords);
        break;
    case HS_EXPR_FORMATTEDVALUE:
        f_expr(d, ind, "value", e->v.FormattedValue.value);
        f_int(d, ind, "conversion", e->v.FormattedValue.conversion);
        f_expr(d, ind, "format_spec", e->v.FormattedValue.format_spec);
        break;
    case HS_EXPR_JOINEDSTR:
        f_exprs(d, ind, "values", e->v.JoinedStr.values);
        break;
    case HS_EXPR_CONSTANT:
        field(d, ind, "value");
        fputc(' ', d->out);
        put_const(d->out, &e->v.Constant.value, e->v.Constant.kind);
        fputc('\n', d->out);
        break;
    case HS_EXPR_ATTRIBUTE:
        f_expr(d, ind, "value", e->v.Attribute.value);
        f_str(d, ind, "attr", e->v.Attribute.attr);
        f_text(d, ind, "ctx", ctx_names[e->v.Attribute.ctx]);
        break;
    case HS_EXPR_SUBSCRIPT:
        f_expr(d, ind, "value", e->v.Subscript.value);
        f_expr(d, ind, "slice", e->v.Subscript.slice);
        f_text(d, ind, "ctx", ctx_names[e->v.Subscript.ctx]);
        break;
    case HS_EXPR_STARRED:
        f_expr(d, ind, "value", e->v.Starred.value);
        f_text(d, ind, "ctx", ctx_names[e->v.Starred.ctx]);
        break;
    case HS_EXPR_NAME:
        f_str(d, ind, "id", e->v.Name.id);
        f_text(d, ind, "ctx", ctx_names[e->v.Name.ctx]);
        break;
    case HS_EXPR_LIST:
    case HS_EXPR_TUPLE:
        f_exprs(d, ind, "elts", e->v.List.elts);
        f_text(d, ind, "ctx", ctx_names[e->v.List.ctx]);
        break;
    case HS_EXPR_SLICE:
        f_expr(d, ind, "lower", e->v.Slice.lower);
        f_expr(d, ind, "upper", e->v.Slice.upper);
        f_expr(d, ind, "step", e->v.Slice.step);
        break;
    default:
        break;
    }
}

static void dump_expr(Dumper *d, int ind, const HsAstExpr *e) {
    head(d, ind, expr_names[e->kind], &e->pos);
    switch (e->kind) {
    case HS_EXPR_BOOLOP:
        f_text(d, ind, "op", boolop_names[e->v.BoolOp.op]);
        f_exprs(d, ind, "values", e->v.BoolOp.values);
        break;
    case HS_EXPR_NAMEDEXPR:
        f_expr(d, ind, "target", e->v.NamedExpr.target);
        f_expr(d, ind, "value", e->v.NamedExpr.value);
        break;
    case HS_EXPR_BINOP:
        f_expr(d, ind, "left", e->v.BinOp.left);
        f_text(d, ind, "op", op_names[e->v.BinOp.op]);
        f_expr(d, ind, "right", e->v.BinOp.right);
        break;
    case HS_EXPR_UNARYOP:
        f_text(d, ind, "op", uop_names[e->v.UnaryOp.op]);
        f_expr(d, ind, "operand", e->v.UnaryOp.operand);
        break;
    case HS_EXPR_LAMBDA:
        f_arguments(d, ind, e->v.Lambda.args);
        f_expr(d, ind, "body", e->v.Lambda.body);
        break;
    case HS_EXPR_IFEXP:
        f_expr(d, ind, "test", e->v.IfExp.test);
        f_expr(d, ind, "body", e->v.IfExp.body);
        f_expr(d, ind, "orelse", e->v.IfExp.orelse);
        break;
    case HS_EXPR_DICT:
        f_exprs(d, ind, "keys", e->v.Dict.keys);
        f_exprs(d, ind, "values", e->v.Dict.values);
        break;
    case HS_EXPR_SET:
        f_exprs(d, ind, "elts", e->v.Set.elts);
        break;
    case HS_EXPR_LISTCOMP:
    case HS_EXPR_SETCOMP:
    case HS_EXPR_GENERATOREXP:
        f_expr(d, ind, "elt", e->v.Comp.elt);
        f_generators(d, ind, e->v.Comp.generators);
        break;
    case HS_EXPR_DICTCOMP:
        f_expr(d, ind, "key", e->v.DictComp.key);
        f_expr(d, ind, "value", e->v.DictComp.value);
        f_generators(d, ind, e->v.DictComp.generators);
        break;
    case HS_EXPR_AWAIT:
    case HS_EXPR_YIELD:
    case HS_EXPR_YIELDFROM:
        f_expr(d, ind, "value", e->v.Yield.value);
        break;
    case HS_EXPR_COMPARE:
        f_expr(d, ind, "left", e->v.Compare.left);
        f_seqhead(d, ind, "ops", e->v.Compare.comparators);
        for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(e->v.Compare.comparators); i++) {
            head(d, ind + 2, cmp_names[e->v.Compare.ops[i]], NULL);
        }
        f_exprs(d, ind, "comparators", e->v.Compare.comparators);
        break;
    default:
        dump_expr_rest(d, ind, e);
        break;
    }
}

static const char *const stmt_names[] = {"?",          "FunctionDef", "AsyncFunctionDef",
                                         "ClassDef",   "Return",      "Delete",
                                         "Assign",     "AugAssign",   "AnnAssign",
                                         "For",        "AsyncFor",    "While",
                                         "If",         "With",        "AsyncWith",
                                         "Match",      "Raise",       "Try",
                                         "TryStar",    "Assert",      "Import",
                                         "ImportFrom", "Global",      "Nonlocal",
                                         "Expr",       "Pass",        "Break",
                                         "Continue"};

static void dump_stmt_rest(Dumper *d, int ind, const HsAstStmt *s) {
    switch (s->kind) {
    case HS_STMT_WITH:
    case HS_STMT_ASYNCWITH:
        f_withitems(d, ind, s->v.With.items);
        f_stmts(d, ind, "body", s->v.With.body);
        break;
    case HS_STMT_RAISE:
        f_expr(d, ind, "exc", s->v.Raise.exc);
        f_expr(d, ind, "cause", s->v.Raise.cause);
        break;
    case HS_STMT_TRY:
    case HS_STMT_TRYSTAR:
        f_stmts(d, ind, "body", s->v.Try.body);
        f_handlers(d, ind, s->v.Try.handlers);
        f_stmts(d, ind, "orelse", s->v.Try.orelse);
        f_stmts(d, ind, "finalbody", s->v.Try.finalbody);
        break;
    case HS_STMT_ASSERT:
        f_expr(d, ind, "test", s->v.Assert.test);
        f_expr(d, ind, "msg", s->v.Assert.msg);
        break;
    case HS_STMT_IMPORT:
        f_aliases(d, ind, s->v.Import.names);
        break;
    case HS_STMT_IMPORTFROM:
        f_str(d, ind, "module", s->v.ImportFrom.module);
        f_aliases(d, ind, s->v.ImportFrom.names);
        f_int(d, ind, "level", s->v.ImportFrom.level);
        break;
    case HS_STMT_GLOBAL:
    case HS_STMT_NONLOCAL:
        f_names(d, ind, "names", s->v.Global.names);
        break;
    case HS_STMT_EXPR:
        f_expr(d, ind, "value", s->v.Expr.value);
        break;
    default:
        break;
    }
}

static void dump_stmt(Dumper *d, int ind, const HsAstStmt *s) {
    head(d, ind, stmt_names[s->kind], &s->pos);
    switch (s->kind) {
    case HS_STMT_FUNCTIONDEF:
    case HS_STMT_ASYNCFUNCTIONDEF:
        f_str(d, ind, "name", s->v.FunctionDef.name);
        f_arguments(d, ind, s->v.FunctionDef.args);
        f_stmts(d, ind, "body", s->v.FunctionDef.body);
        f_exprs(d, ind, "decorator_list", s->v.FunctionDef.decorator_list);
        f_expr(d, ind, "returns", s->v.FunctionDef.returns);
        break;
    case HS_STMT_CLASSDEF:
        f_str(d, ind, "name", s->v.ClassDef.name);
        f_exprs(d, ind, "bases", s->v.ClassDef.bases);
        f_keywords(d, ind, s->v.ClassDef.keywords);
        f_stmts(d, ind, "body", s->v.ClassDef.body);
        f_exprs(d, ind, "decorator_list", s->v.ClassDef.decorator_list);
        break;
    case HS_STMT_RETURN:
        f_expr(d, ind, "value", s->v.Return.value);
        break;
    case HS_STMT_DELETE:
        f_exprs(d, ind, "targets", s->v.Delete.targets);
        break;
    case HS_STMT_ASSIGN:
        f_exprs(d, ind, "targets", s->v.Assign.targets);
        f_expr(d, ind, "value", s->v.Assign.value);
        break;
    case HS_STMT_AUGASSIGN:
        f_expr(d, ind, "target", s->v.AugAssign.target);
        f_text(d, ind, "op", op_names[s->v.AugAssign.op]);
        f_expr(d, ind, "value", s->v.AugAssign.value);
        break;
    case HS_STMT_ANNASSIGN:
        f_expr(d, ind, "target", s->v.AnnAssign.target);
        f_expr(d, ind, "annotation", s->v.AnnAssign.annotation);
        f_expr(d, ind, "value", s->v.AnnAssign.value);
        f_int(d, ind, "simple", s->v.AnnAssign.simple);
        break;
    case HS_STMT_FOR:
    case HS_STMT_ASYNCFOR:
        f_expr(d, ind, "target", s->v.For.target);
        f_expr(d, ind, "iter", s->v.For.iter);
        f_stmts(d, ind, "body", s->v.For.body);
        f_stmts(d, ind, "orelse", s->v.For.orelse);
        break;
    case HS_STMT_WHILE:
    case HS_STMT_IF:
        f_expr(d, ind, "test", s->v.If.test);
        f_stmts(d, ind, "body", s->v.If.body);
        f_stmts(d, ind, "orelse", s->v.If.orelse);
        break;
    default:
        dump_stmt_rest(d, ind, s);
        break;
    }
}

int hs_comp_ast_dump(const HsAstMod *mod, FILE *out) {
    Dumper d = {out};
    switch (mod->kind) {
    case HS_MOD_MODULE:
        head(&d, 0, "Module", NULL);
        f_stmts(&d, 0, "body", mod->body);
        break;
    case HS_MOD_INTERACTIVE:
        head(&d, 0, "Interactive", NULL);
        f_stmts(&d, 0, "body", mod->body);
        break;
    case HS_MOD_EXPRESSION:
        head(&d, 0, "Expression", NULL);
        f_expr(&d, 0, "body", mod->expr);
        break;
    }
    return ferror(out) ? -1 : 0;
}
