/* The code generator (CPython 3.11: Python/compile.c, Python/ast_opt.c): AST + symbol table
 * in, code objects out, emitting the bytecode CPython 3.11 emits for the same source. The
 * first half of this header is the entry point; the second half is the state shared by the
 * generator's files (compile*.c, flowgraph.c, assemble.c, constfold.c): compiler units per
 * scope, basic blocks of instructions with pseudo-ops (SETUP_*, POP_BLOCK, JUMP, ...) that the
 * flow-graph passes turn into real opcodes and the exception table.
 * See docs/internals/compiler.md. */
#ifndef HS_INTERNAL_HS_COMPILE_CODEGEN_H
#define HS_INTERNAL_HS_COMPILE_CODEGEN_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_compile.h"
#include "internal/hs_compile_symtable.h"
#include "internal/hs_obj.h"
#include "internal/hs_obj_code.h"


/* ==== entry points ==== */

/* Parse, analyse and compile 'len' bytes of 'src'. Returns the module (HS_PARSE_FILE),
 * expression (HS_PARSE_EVAL) or interactive (HS_PARSE_SINGLE) code object, or NULL with
 * 'err' filled (SyntaxError from any stage, HS_COMP_ERR_MEMORY with no exception pending
 * when an allocation failed). Return: new reference. */
HsObject *hs_comp_compile(const char *src, size_t len, const char *filename, HsParseMode mode,
                          HsCompileError *err);
/* Compile an already parsed tree (its arena also receives the symbol table). The tree is
 * constant-folded in place first (folded nodes become Constant nodes of kind
 * HS_CONST_OBJECT whose objects live only until this call returns), so dump it before, not
 * after. Return: new reference, or NULL with 'err' filled. */
HsObject *hs_comp_compile_ast(HsAstMod *mod, const char *filename, HsAstArena *arena,
                              HsCompileError *err);

/* ==== shared state (generator internals) ==== */

/* Pseudo-opcodes (CPython 3.11's virtual opcodes), resolved before assembly. */
#define HS_PSEUDO_SETUP_FINALLY 256
#define HS_PSEUDO_SETUP_CLEANUP 257
#define HS_PSEUDO_SETUP_WITH 258
#define HS_PSEUDO_POP_BLOCK 259
#define HS_PSEUDO_JUMP 260
#define HS_PSEUDO_JUMP_NO_INTERRUPT 261
#define HS_PSEUDO_POP_JUMP_IF_FALSE 262
#define HS_PSEUDO_POP_JUMP_IF_TRUE 263
#define HS_PSEUDO_POP_JUMP_IF_NONE 264
#define HS_PSEUDO_POP_JUMP_IF_NOT_NONE 265
/* A constant node whose value is an object made by constant folding: 's' holds the
 * HsObject* (owned by the compiler's list of folded constants). */
#define HS_CONST_OBJECT ((HsAstConstKind)64)

typedef struct HsBlock HsBlock;

typedef struct HsInstr {
    int op, arg;
    HsBlock *target;       /* jumps and SETUP_* */
    HsBlock *except;       /* handler covering this instruction (label_exception_targets) */
    int lineno, end_lineno, col, end_col; /* lineno -1: no location */
} HsInstr;

struct HsBlock {
    HsBlock *list;  /* every block of the unit, newest first (CPython b_list) */
    HsBlock *next;  /* layout order (CPython b_next) */
    HsInstr *instr;
    int iused, ialloc;
    int predecessors, startdepth, offset;
    int preserve_lasti, visited;
    void *exceptstack;
};

/* Growable vector of arena-independent C strings (names, varnames, cells, frees). */
typedef struct HsNameVec {
    char **items;
    int n, cap;
} HsNameVec;

/* Growable vector of owned object references (constants). */
typedef struct HsObjVec {
    HsObject **items;
    int n, cap;
} HsObjVec;

typedef enum {
    HS_SCOPE_KIND_MODULE,
    HS_SCOPE_KIND_CLASS,
    HS_SCOPE_KIND_FUNCTION,
    HS_SCOPE_KIND_LAMBDA,
    HS_SCOPE_KIND_COMPREHENSION
} HsScopeKind;

typedef enum {
    HS_FB_WHILE_LOOP,
    HS_FB_FOR_LOOP,
    HS_FB_TRY_EXCEPT,
    HS_FB_FINALLY_TRY,
    HS_FB_FINALLY_END,
    HS_FB_WITH,
    HS_FB_HANDLER_CLEANUP,
    HS_FB_POP_VALUE,
    HS_FB_EXCEPTION_HANDLER,
    HS_FB_EXCEPTION_GROUP_HANDLER
} HsFBlockKind;

typedef struct HsFBlock {
    HsFBlockKind kind;
    HsBlock *block, *exit;
    const void *datum; /* finally body (HsAstSeq*), with stmt, or handler name */
} HsFBlock;

#define HS_MAXBLOCKS 20

typedef struct HsUnit {
    struct HsUnit *parent;
    HsSymBlock *ste;
    HsScopeKind kind;
    char *name, *qualname;
    const char *private_name;
    HsObjVec consts;
    HsNameVec names, varnames, cellvars, freevars;
    int argcount, posonlyargcount, kwonlyargcount;
    HsBlock *blocks, *curblock;
    HsFBlock fblock[HS_MAXBLOCKS];
    int extra_flags; /* CO_VARARGS / CO_VARKEYWORDS of a function */
    int nfblocks;
    int firstlineno;
    int lineno, end_lineno, col, end_col;
} HsUnit;

typedef struct HsCompiler {
    const char *filename;
    HsObject *filename_obj;
    HsAstArena *arena;
    HsSymBlock *top;
    HsUnit *u;
    int interactive;
    int nestlevel;
    HsCompileError *err;
    int failed;
    HsObjVec folded; /* objects created by constant folding */
    HsObjVec const_cache; /* one object per distinct constant of the whole module, so equal
                           * constants of different functions are one object (CPython:
                           * c_const_cache) */
} HsCompiler;

/* compile.c */
int hs_cg_error(HsCompiler *c, const char *fmt, ...);
/* Record a SyntaxWarning at the current location (CPython: compiler_warn). */
void hs_cg_warn(HsCompiler *c, const char *fmt, ...);
int hs_cg_nomem(HsCompiler *c);
int hs_cg_addop(HsCompiler *c, int op, int arg);
int hs_cg_addop_noline(HsCompiler *c, int op, int arg);
int hs_cg_addop_j(HsCompiler *c, int op, HsBlock *target);
int hs_cg_addop_j_noline(HsCompiler *c, int op, HsBlock *target);
HsBlock *hs_cg_new_block(HsCompiler *c);
void hs_cg_use_next_block(HsCompiler *c, HsBlock *b);
int hs_cg_next_block(HsCompiler *c);
int hs_cg_add_const(HsCompiler *c, HsObject *o); /* Steals: 'o'. Returns index or -1. */
int hs_cg_load_const(HsCompiler *c, HsObject *o); /* Steals: 'o'. */
int hs_cg_load_const_ast(HsCompiler *c, const HsAstConst *k);
HsObject *hs_cg_const_object(HsCompiler *c, const HsAstConst *k); /* Return: new reference */
int hs_cg_name_index(HsNameVec *v, const char *name); /* add if missing; -1 on failure */
int hs_cg_name_find(const HsNameVec *v, const char *name);
int hs_cg_addop_name(HsCompiler *c, int op, const char *name, HsNameVec *v);
int hs_cg_nameop(HsCompiler *c, const char *name, HsAstExprContext ctx);
char *hs_cg_mangle(HsCompiler *c, const char *private_name, const char *name);
HsSymBlock *hs_cg_find_block(HsCompiler *c, const void *node);
int hs_cg_enter_scope(HsCompiler *c, const char *name, HsScopeKind kind, const void *node,
                      int lineno);
void hs_cg_exit_scope(HsCompiler *c);
HsObject *hs_cg_assemble(HsCompiler *c, int add_none); /* Return: new reference */
HsSymScope hs_cg_scope_of(HsSymBlock *b, const char *name);
void hs_cg_set_loc(HsCompiler *c, const HsAstPos *p);
void hs_cg_unset_loc(HsCompiler *c);
int hs_cg_is_docstring(const HsAstSeq *body);

/* compile_expr.c */
int hs_cg_visit_expr(HsCompiler *c, HsAstExpr *e);
int hs_cg_jump_if(HsCompiler *c, HsAstExpr *e, HsBlock *next, int cond);
int hs_cg_call_helper(HsCompiler *c, int n, HsAstSeq *args, HsAstSeq *keywords);
int hs_cg_make_closure(HsCompiler *c, HsObject *co, int flags, const char *qualname);
int hs_cg_unpack_helper(HsCompiler *c, HsAstSeq *elts);
int hs_cg_default_arguments(HsCompiler *c, HsAstArguments *args);
int hs_cg_visit_annotations(HsCompiler *c, HsAstArguments *args, HsAstExpr *returns);
void hs_cg_attr_loc(HsCompiler *c, HsAstExpr *attr);
int hs_cg_binop_arg(HsAstOperator op, int inplace);

/* compile_stmt.c */
int hs_cg_visit_stmt(HsCompiler *c, HsAstStmt *s);
int hs_cg_body(HsCompiler *c, HsAstSeq *stmts);
int hs_cg_find_ann(const HsAstSeq *stmts);

/* flowgraph.c: CPython 3.11's CFG passes on the current unit's blocks */
int hs_cg_normalize_and_optimize(HsCompiler *c, HsBlock *entry, HsObjVec *consts);
int hs_cg_optimize_rest(HsCompiler *c, HsBlock *entry, HsObjVec *consts);
int hs_cg_stackdepth(HsCompiler *c, HsBlock *entry);
int hs_cg_label_exception_targets(HsBlock *entry);
void hs_cg_finish_cfg(HsBlock *entry);
int hs_cg_block_addinstr(HsBlock *b, const HsInstr *in);
int hs_cg_insert_instr(HsBlock *b, int pos, const HsInstr *in);
int hs_cg_is_jump(const HsInstr *in);
int hs_cg_is_block_push(const HsInstr *in);
int hs_cg_stack_effect(int op, int arg, int jump);
int hs_cg_nofallthrough(const HsBlock *b);
int hs_cg_const_key_eq(HsObject *a, HsObject *b);
int hs_cg_const_truth(HsObject *k);

/* assemble.c: jump offsets, code units, location and exception tables */
void hs_cg_normalize_jumps(HsBlock *entry);
void hs_cg_jump_offsets(HsBlock *entry);
int hs_cg_instr_size(const HsInstr *in);
/* Each output is hs_mem_raw_malloc'ed; the caller frees it. Return 0, or -1 out of memory. */
int hs_cg_emit_code(HsBlock *entry, hs_codeunit **code, Hs_ssize_t *n);
int hs_cg_write_linetable(HsBlock *entry, int firstlineno, uint8_t **out, Hs_ssize_t *len);
int hs_cg_write_exctable(HsBlock *entry, uint8_t **out, Hs_ssize_t *len);

/* constfold.c: CPython's ast_opt.c for the common cases */
int hs_cg_fold_mod(HsCompiler *c, HsAstMod *mod);

#endif /* HS_INTERNAL_HS_COMPILE_CODEGEN_H */
