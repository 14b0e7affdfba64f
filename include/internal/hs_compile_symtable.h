/* The symbol table pass (CPython: Python/symtable.c, 3.11): which names each scope binds,
 * uses and declares, and whether each is LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or
 * CELL. Works on the AST of hs_compile_ast.h; everything lives in the AST's arena.
 * See docs/internals/parser.md. */
#ifndef HS_INTERNAL_HS_COMPILE_SYMTABLE_H
#define HS_INTERNAL_HS_COMPILE_SYMTABLE_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_compile.h"

/* ==== flags (values as CPython's symtable.h, so dumps compare with the symtable module) ==== */
#define HS_DEF_GLOBAL 1
#define HS_DEF_LOCAL 2
#define HS_DEF_PARAM 4
#define HS_DEF_NONLOCAL 8
#define HS_DEF_USE 16
#define HS_DEF_FREE_CLASS 64
#define HS_DEF_IMPORT 128
#define HS_DEF_ANNOT 256
#define HS_DEF_COMP_ITER 512
#define HS_DEF_BOUND (HS_DEF_LOCAL | HS_DEF_PARAM | HS_DEF_IMPORT)

typedef enum {
    HS_SCOPE_NONE = 0,
    HS_SCOPE_LOCAL = 1,
    HS_SCOPE_GLOBAL_EXPLICIT,
    HS_SCOPE_GLOBAL_IMPLICIT,
    HS_SCOPE_FREE,
    HS_SCOPE_CELL
} HsSymScope;

typedef enum { HS_BLOCK_FUNCTION = 0, HS_BLOCK_CLASS, HS_BLOCK_MODULE } HsBlockType;

typedef struct HsSymbol {
    const char *name; /* mangled for private names in classes (_C__x) */
    int flags;        /* HS_DEF_* */
    HsSymScope scope; /* set by the analysis */
} HsSymbol;

typedef struct HsSymBlock HsSymBlock;
struct HsSymBlock {
    HsBlockType type;
    const char *name; /* "top", function/class name, "lambda", "listcomp", "genexpr", ... */
    int lineno;
    int comprehension; /* a comprehension's scope */
    HsSymbol *syms;    /* in order of first appearance */
    int nsyms, cap;
    HsSymBlock **children; /* in source order */
    int nchildren, ccap;
    HsSymBlock *parent;
    const void *node;        /* the AST node that opened the block (HsAstStmt*, HsAstExpr* or
                                the HsAstMod for the top block): the compiler's lookup key */
    int generator;           /* contains yield / yield from (or is a genexpr) */
    int nested;              /* some enclosing block is a function (CPython ste_nested) */
    int needs_class_closure; /* class whose methods use __class__ / super() */
};

/* Build and analyse the symbol table of 'mod' (a Module). Returns the top block, or NULL
 * with 'err' filled with CPython's SyntaxError ("name 'x' is parameter and global", "no
 * binding for nonlocal 'x' found", ...). */
HsSymBlock *hs_comp_symtable_build(const HsAstMod *mod, const char *filename, HsAstArena *arena,
                                   HsCompileError *err);
/* Write the line dump tools/gen_parser_expected.py writes from python3's symtable module. */
void hs_comp_symtable_dump(const HsSymBlock *top, FILE *out);

#endif /* HS_INTERNAL_HS_COMPILE_SYMTABLE_H */
