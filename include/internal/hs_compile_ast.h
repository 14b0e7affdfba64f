/* The abstract syntax tree of Python 3.11 as plain C structs (CPython: Include/internal/
 * pycore_ast.h, generated from Parser/Python.asdl). Node kinds and field names follow the
 * `ast` module exactly; every node lives in an HsAstArena and dies with it, so nodes never
 * need freeing one by one. Constants are kept as tagged C values (no objects): the compiler
 * turns them into objects later. Sequences are HsAstSeq (NULL means empty).
 * See docs/internals/parser.md. */
#ifndef HS_INTERNAL_HS_COMPILE_AST_H
#define HS_INTERNAL_HS_COMPILE_AST_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "hs/config.h"

#include <stdio.h>

/* ==== arena ==== */
/* A bump allocator over chunks from hs_mem_raw_malloc; freed all at once. */
typedef struct HsAstArena HsAstArena;

HsAstArena *hs_comp_arena_new(void);
void hs_comp_arena_free(HsAstArena *arena);
/* 16-byte aligned, zero-filled memory owned by 'arena'; NULL when out of memory. */
void *hs_comp_arena_alloc(HsAstArena *arena, size_t n);
/* Copy 'len' bytes plus a NUL terminator into the arena. */
char *hs_comp_arena_strndup(HsAstArena *arena, const char *s, size_t len);
/* Bytes currently held by the arena's chunks (for tests and tracing). */
size_t hs_comp_arena_size(const HsAstArena *arena);

/* ==== sequences ==== */
typedef struct HsAstSeq {
    Hs_ssize_t n;
    void *items[];
} HsAstSeq;

/* A sequence of 'n' NULL slots, or NULL when out of memory (n == 0 gives a valid seq). */
HsAstSeq *hs_comp_seq_new(HsAstArena *arena, Hs_ssize_t n);
#define HS_SEQ_LEN(s) ((s) == NULL ? 0 : (s)->n)
#define HS_SEQ_GET(s, i) ((s)->items[(i)])

/* ==== enumerations (values start at 1, as in CPython) ==== */
typedef enum { HS_CTX_LOAD = 1, HS_CTX_STORE, HS_CTX_DEL } HsAstExprContext;
typedef enum { HS_BOOL_AND = 1, HS_BOOL_OR } HsAstBoolOp;
typedef enum {
    HS_OP_ADD = 1,
    HS_OP_SUB,
    HS_OP_MULT,
    HS_OP_MATMULT,
    HS_OP_DIV,
    HS_OP_MOD,
    HS_OP_POW,
    HS_OP_LSHIFT,
    HS_OP_RSHIFT,
    HS_OP_BITOR,
    HS_OP_BITXOR,
    HS_OP_BITAND,
    HS_OP_FLOORDIV
} HsAstOperator;
typedef enum { HS_UOP_INVERT = 1, HS_UOP_NOT, HS_UOP_UADD, HS_UOP_USUB } HsAstUnaryOp;
typedef enum {
    HS_CMP_EQ = 1,
    HS_CMP_NOTEQ,
    HS_CMP_LT,
    HS_CMP_LTE,
    HS_CMP_GT,
    HS_CMP_GTE,
    HS_CMP_IS,
    HS_CMP_ISNOT,
    HS_CMP_IN,
    HS_CMP_NOTIN
} HsAstCmpOp;

/* ==== constants ==== */
typedef enum {
    HS_CONST_NONE = 1,
    HS_CONST_TRUE,
    HS_CONST_FALSE,
    HS_CONST_ELLIPSIS,
    HS_CONST_INT,     /* s: source digits, underscores removed, prefix kept ("0x1F", "12") */
    HS_CONST_FLOAT,   /* s: source text, underscores removed ("1.5e3") */
    HS_CONST_COMPLEX, /* s: source text of the imaginary part, without the 'j' */
    HS_CONST_STR,     /* s/len: UTF-8 (lone surrogates as 3-byte sequences; may hold NUL) */
    HS_CONST_BYTES    /* s/len: raw bytes */
} HsAstConstKind;

typedef struct HsAstConst {
    HsAstConstKind kind;
    const char *s; /* arena-owned, NUL-terminated; NULL for the singletons */
    size_t len;
} HsAstConst;

/* ==== nodes ==== */
typedef struct HsAstExpr HsAstExpr;
typedef struct HsAstStmt HsAstStmt;

typedef struct HsAstPos {
    int lineno, col_offset, end_lineno, end_col_offset; /* cols in UTF-8 bytes */
} HsAstPos;

typedef struct HsAstArg {
    const char *arg;
    HsAstExpr *annotation; /* may be NULL */
    HsAstPos pos;
} HsAstArg;

typedef struct HsAstArguments {
    HsAstSeq *posonlyargs, *args; /* of HsAstArg* */
    HsAstArg *vararg;             /* may be NULL */
    HsAstSeq *kwonlyargs;         /* of HsAstArg* */
    HsAstSeq *kw_defaults;        /* of HsAstExpr*, NULL slot = no default */
    HsAstArg *kwarg;              /* may be NULL */
    HsAstSeq *defaults;           /* of HsAstExpr* */
} HsAstArguments;

typedef struct HsAstKeyword {
    const char *arg; /* NULL for **kwargs */
    HsAstExpr *value;
    HsAstPos pos;
} HsAstKeyword;

typedef struct HsAstAlias {
    const char *name, *asname; /* asname may be NULL */
    HsAstPos pos;
} HsAstAlias;

typedef struct HsAstWithItem {
    HsAstExpr *context_expr, *optional_vars; /* optional_vars may be NULL */
} HsAstWithItem;

typedef struct HsAstComprehension {
    HsAstExpr *target, *iter;
    HsAstSeq *ifs; /* of HsAstExpr* */
    int is_async;
} HsAstComprehension;

typedef struct HsAstExceptHandler {
    HsAstExpr *type;  /* may be NULL */
    const char *name; /* may be NULL */
    HsAstSeq *body;
    HsAstPos pos;
} HsAstExceptHandler;

typedef enum {
    HS_EXPR_BOOLOP = 1,
    HS_EXPR_NAMEDEXPR,
    HS_EXPR_BINOP,
    HS_EXPR_UNARYOP,
    HS_EXPR_LAMBDA,
    HS_EXPR_IFEXP,
    HS_EXPR_DICT,
    HS_EXPR_SET,
    HS_EXPR_LISTCOMP,
    HS_EXPR_SETCOMP,
    HS_EXPR_DICTCOMP,
    HS_EXPR_GENERATOREXP,
    HS_EXPR_AWAIT,
    HS_EXPR_YIELD,
    HS_EXPR_YIELDFROM,
    HS_EXPR_COMPARE,
    HS_EXPR_CALL,
    HS_EXPR_FORMATTEDVALUE,
    HS_EXPR_JOINEDSTR,
    HS_EXPR_CONSTANT,
    HS_EXPR_ATTRIBUTE,
    HS_EXPR_SUBSCRIPT,
    HS_EXPR_STARRED,
    HS_EXPR_NAME,
    HS_EXPR_LIST,
    HS_EXPR_TUPLE,
    HS_EXPR_SLICE
} HsAstExprKind;

struct HsAstExpr {
    HsAstExprKind kind;
    HsAstPos pos;
    union {
        struct {
            HsAstBoolOp op;
            HsAstSeq *values;
        } BoolOp;
        struct {
            HsAstExpr *target, *value;
        } NamedExpr;
        struct {
            HsAstExpr *left;
            HsAstOperator op;
            HsAstExpr *right;
        } BinOp;
        struct {
            HsAstUnaryOp op;
            HsAstExpr *operand;
        } UnaryOp;
        struct {
            HsAstArguments *args;
            HsAstExpr *body;
        } Lambda;
        struct {
            HsAstExpr *test, *body, *orelse;
        } IfExp;
        struct {
            HsAstSeq *keys, *values;
        } Dict; /* NULL key = `**value` */
        struct {
            HsAstSeq *elts;
        } Set;
        /* ListComp, SetComp, GeneratorExp */
        struct {
            HsAstExpr *elt;
            HsAstSeq *generators;
        } Comp;
        struct {
            HsAstExpr *key, *value;
            HsAstSeq *generators;
        } DictComp;
        struct {
            HsAstExpr *value;
        } Await, Yield, YieldFrom; /* Yield value may be NULL */
        struct {
            HsAstExpr *left;
            HsAstCmpOp *ops;
            HsAstSeq *comparators;
        } Compare;
        struct {
            HsAstExpr *func;
            HsAstSeq *args, *keywords;
        } Call;
        struct {
            HsAstExpr *value;
            int conversion;
            HsAstExpr *format_spec;
        } FormattedValue;
        struct {
            HsAstSeq *values;
        } JoinedStr;
        struct {
            HsAstConst value;
            const char *kind;
        } Constant; /* kind: "u" or NULL */
        struct {
            HsAstExpr *value;
            const char *attr;
            HsAstExprContext ctx;
        } Attribute;
        struct {
            HsAstExpr *value, *slice;
            HsAstExprContext ctx;
        } Subscript;
        struct {
            HsAstExpr *value;
            HsAstExprContext ctx;
        } Starred;
        struct {
            const char *id;
            HsAstExprContext ctx;
        } Name;
        struct {
            HsAstSeq *elts;
            HsAstExprContext ctx;
        } List, Tuple; /* same layout */
        struct {
            HsAstExpr *lower, *upper, *step;
        } Slice;
    } v;
};

typedef enum {
    HS_STMT_FUNCTIONDEF = 1,
    HS_STMT_ASYNCFUNCTIONDEF,
    HS_STMT_CLASSDEF,
    HS_STMT_RETURN,
    HS_STMT_DELETE,
    HS_STMT_ASSIGN,
    HS_STMT_AUGASSIGN,
    HS_STMT_ANNASSIGN,
    HS_STMT_FOR,
    HS_STMT_ASYNCFOR,
    HS_STMT_WHILE,
    HS_STMT_IF,
    HS_STMT_WITH,
    HS_STMT_ASYNCWITH,
    HS_STMT_MATCH,
    HS_STMT_RAISE,
    HS_STMT_TRY,
    HS_STMT_TRYSTAR,
    HS_STMT_ASSERT,
    HS_STMT_IMPORT,
    HS_STMT_IMPORTFROM,
    HS_STMT_GLOBAL,
    HS_STMT_NONLOCAL,
    HS_STMT_EXPR,
    HS_STMT_PASS,
    HS_STMT_BREAK,
    HS_STMT_CONTINUE
} HsAstStmtKind;

struct HsAstStmt {
    HsAstStmtKind kind;
    HsAstPos pos;
    union {
        struct {
            const char *name;
            HsAstArguments *args;
            HsAstSeq *body, *decorator_list;
            HsAstExpr *returns;
        } FunctionDef;
        struct {
            const char *name;
            HsAstSeq *bases, *keywords, *body, *decorator_list;
        } ClassDef;
        struct {
            HsAstExpr *value;
        } Return; /* value may be NULL */
        struct {
            HsAstSeq *targets;
        } Delete;
        struct {
            HsAstSeq *targets;
            HsAstExpr *value;
        } Assign;
        struct {
            HsAstExpr *target;
            HsAstOperator op;
            HsAstExpr *value;
        } AugAssign;
        struct {
            HsAstExpr *target, *annotation, *value;
            int simple;
        } AnnAssign;
        struct {
            HsAstExpr *target, *iter;
            HsAstSeq *body, *orelse;
        } For;
        struct {
            HsAstExpr *test;
            HsAstSeq *body, *orelse;
        } While, If;
        struct {
            HsAstSeq *items, *body;
        } With; /* items of HsAstWithItem* */
        struct {
            HsAstExpr *exc, *cause;
        } Raise;
        struct {
            HsAstSeq *body, *handlers, *orelse, *finalbody;
        } Try; /* Try and TryStar */
        struct {
            HsAstExpr *test, *msg;
        } Assert;
        struct {
            HsAstSeq *names;
        } Import;
        struct {
            const char *module;
            HsAstSeq *names;
            int level;
        } ImportFrom;
        struct {
            HsAstSeq *names;
        } Global, Nonlocal; /* of const char* */
        struct {
            HsAstExpr *value;
        } Expr;
    } v;
};

typedef enum { HS_MOD_MODULE = 1, HS_MOD_INTERACTIVE, HS_MOD_EXPRESSION } HsAstModKind;

typedef struct HsAstMod {
    HsAstModKind kind;
    HsAstSeq *body;  /* Module, Interactive */
    HsAstExpr *expr; /* Expression */
} HsAstMod;

/* ==== construction helpers ==== */
HsAstExpr *hs_comp_expr_new(HsAstArena *arena, HsAstExprKind kind, HsAstPos pos);
HsAstStmt *hs_comp_stmt_new(HsAstArena *arena, HsAstStmtKind kind, HsAstPos pos);

/* ==== dump ====
 * Write the canonical line-oriented dump of 'mod' (the format tools/gen_parser_expected.py
 * writes from python3's ast; described in docs/internals/parser.md). Iterative enough for
 * any tree the parser accepts. Returns 0, or -1 on a write error. */
int hs_comp_ast_dump(const HsAstMod *mod, FILE *out);

#endif /* HS_INTERNAL_HS_COMPILE_AST_H */
