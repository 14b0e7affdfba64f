/* Shared state of the recursive-descent parser files (src/compile/parser*.c). Not used outside
 * src/compile. CPython: Parser/pegen.h. See docs/internals/parser.md. */
#ifndef HS_INTERNAL_HS_COMPILE_PARSER_H
#define HS_INTERNAL_HS_COMPILE_PARSER_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_compile.h"

/* ==== limits ==== */
/* Parser recursion: past this many nested rule levels CPython's parser gives MemoryError
 * (its MAXSTACK is 6000). */
#define HS_COMP_MAX_RECURSION 6000
/* Tree depth: past this CPython's AST construction gives RecursionError. */
#define HS_COMP_MAX_DEPTH 2975

/* ==== keywords ==== */
typedef enum {
    HS_KW_NONE_ = 0, /* not a keyword */
    HS_KW_FALSE,
    HS_KW_NONE,
    HS_KW_TRUE,
    HS_KW_AND,
    HS_KW_AS,
    HS_KW_ASSERT,
    HS_KW_ASYNC,
    HS_KW_AWAIT,
    HS_KW_BREAK,
    HS_KW_CLASS,
    HS_KW_CONTINUE,
    HS_KW_DEF,
    HS_KW_DEL,
    HS_KW_ELIF,
    HS_KW_ELSE,
    HS_KW_EXCEPT,
    HS_KW_FINALLY,
    HS_KW_FOR,
    HS_KW_FROM,
    HS_KW_GLOBAL,
    HS_KW_IF,
    HS_KW_IMPORT,
    HS_KW_IN,
    HS_KW_IS,
    HS_KW_LAMBDA,
    HS_KW_NONLOCAL,
    HS_KW_NOT,
    HS_KW_OR,
    HS_KW_PASS,
    HS_KW_RAISE,
    HS_KW_RETURN,
    HS_KW_TRY,
    HS_KW_WHILE,
    HS_KW_WITH,
    HS_KW_YIELD
} HsKeyword;

typedef struct HsPTok {
    HsToken t;
    HsKeyword kw; /* for NAME tokens that are keywords */
} HsPTok;

typedef struct HsParser {
    HsTokenizer *tz;
    HsTokenizer *line_tz; /* where error lines are looked up (the file's tokenizer) */
    HsAstArena *arena;
    HsCompileError *err;
    const char *filename;
    HsPTok **chunks; /* tokens fetched so far, HS_P_CHUNK per raw-malloc'ed chunk: a token
                        never moves, so pointers to it stay valid */
    int nchunks;
    int fill, pos;
    int failed;     /* err holds the first error */
    int tok_failed; /* ... and it came from the tokenizer */
    int depth;      /* current rule nesting (HS_COMP_MAX_RECURSION) */
    int too_deep;   /* tree deeper than HS_COMP_MAX_DEPTH seen */
    int fstring;    /* parsing an f-string expression: messages get "f-string: " */
    int fcol_base;  /* ... and error columns are shifted back by this much */
} HsParser;

/* A growable list kept in the arena, turned into an HsAstSeq at the end. */
typedef struct HsVec {
    void **items;
    int n, cap;
} HsVec;

/* ==== parser.c: tokens, errors, helpers ==== */
#define HS_P_CHUNK 512
#define HS_P_TOK(p, i) (&(p)->chunks[(i) / HS_P_CHUNK][(i) % HS_P_CHUNK])
void hs_comp_p_free_tokens(HsParser *p);
HsPTok *hs_comp_p_peek(HsParser *p, int ahead);
HsPTok *hs_comp_p_next(HsParser *p);
int hs_comp_p_at(HsParser *p, HsTokenType type);
int hs_comp_p_at_kw(HsParser *p, HsKeyword kw);
int hs_comp_p_accept(HsParser *p, HsTokenType type);
int hs_comp_p_accept_kw(HsParser *p, HsKeyword kw);
/* Consume a token of 'type' or fail with "invalid syntax" (NULL). */
HsPTok *hs_comp_p_expect(HsParser *p, HsTokenType type);
/* Consume 'type' or fail with "expected 'what'" at the previous token's end (CPython's
 * expect_forced_token). */
HsPTok *hs_comp_p_expect_forced(HsParser *p, HsTokenType type, const char *what);
HsPTok *hs_comp_p_prev(HsParser *p);

/* Errors: only the first one sticks. Columns are 0-based byte columns of the file; -1 as end
 * column means "none". Always return NULL. */
void *hs_comp_p_error(HsParser *p, HsCompileErrorKind kind, int lineno, int col, int end_lineno,
                      int end_col, const char *fmt, ...);
void *hs_comp_p_error_tok(HsParser *p, const HsPTok *t, const char *fmt, ...);
void *hs_comp_p_error_expr(HsParser *p, const HsAstExpr *e, const char *fmt, ...);
void *hs_comp_p_error_range(HsParser *p, const HsAstPos *a, const HsAstPos *b, const char *fmt,
                            ...);
/* Generic "invalid syntax" at the furthest token read (CPython's last_token). */
void *hs_comp_p_syntax_error(HsParser *p);
/* The same, at the furthest token read when 'fill' tokens had been read. */
void *hs_comp_p_syntax_error_at(HsParser *p, int fill);
/* Note that a left-nested chain of 'n' nodes was built here (tree-depth guard). */
void hs_comp_p_chain(HsParser *p, int n);
/* 1 if the current token can start an expression. */
int hs_comp_p_starts_expr(HsParser *p);
int hs_comp_p_enter(HsParser *p); /* recursion guard: 0 ok, -1 error set */
void hs_comp_p_leave(HsParser *p);

void *hs_comp_p_alloc(HsParser *p, size_t n);
int hs_comp_vec_push(HsParser *p, HsVec *v, void *item);
HsAstSeq *hs_comp_vec_seq(HsParser *p, const HsVec *v);
const char *hs_comp_p_ident(HsParser *p, const HsPTok *t);
HsAstPos hs_comp_pos_tok(const HsPTok *a, const HsPTok *b);
HsAstPos hs_comp_pos_join(const HsAstPos *a, const HsAstPos *b);
HsAstPos hs_comp_pos_to_prev(HsParser *p, int lineno, int col);
/* From the start of token 'start' to the end of the last token consumed (CPython's EXTRA). */
HsAstPos hs_comp_pos_from(HsParser *p, int start);
HsAstExpr *hs_comp_p_expr(HsParser *p, HsAstExprKind kind, HsAstPos pos);
HsAstStmt *hs_comp_p_stmt(HsParser *p, HsAstStmtKind kind, HsAstPos pos);

/* ==== parser_expr.c ==== */
HsAstExpr *hs_comp_p_expression(HsParser *p);       /* expression */
HsAstExpr *hs_comp_p_named_expression(HsParser *p); /* named_expression */
HsAstExpr *hs_comp_p_star_expressions(HsParser *p); /* star_expressions (tuple) */
HsAstExpr *hs_comp_p_star_named_expression(HsParser *p);
HsAstExpr *hs_comp_p_bitwise_or(HsParser *p);
HsAstExpr *hs_comp_p_disjunction(HsParser *p);
HsAstExpr *hs_comp_p_yield_expr(HsParser *p);
HsAstExpr *hs_comp_p_target_list(HsParser *p, HsTokenType stop_kw_in); /* for-targets */
HsAstSeq *hs_comp_p_comprehension_clauses(HsParser *p);
/* 'a' (whose first token is toks[a_first]) is followed by something that is not a comma:
 * "Perhaps you forgot a comma?" when an expression follows, else "invalid syntax". */
void *hs_comp_p_forgot_comma(HsParser *p, HsAstExpr *a, int a_first);

/* ==== parser_args.c ==== */
/* Parameters up to 'close' (RPAR for def, COLON for lambda). */
HsAstArguments *hs_comp_p_parameters(HsParser *p, HsTokenType close, int allow_annotations);
/* Call arguments after '(' up to and including ')'; builds the Call. */
HsAstExpr *hs_comp_p_call(HsParser *p, HsAstExpr *func);
/* Turn an expression into an assignment/del target, or fail with CPython's message.
 * 'what' is the CPython context word for errors: "assign to" or "delete". */
int hs_comp_p_set_context(HsParser *p, HsAstExpr *e, HsAstExprContext ctx);
/* The invalid target inside 'e' for 'ctx', or NULL if 'e' is a valid target. */
const HsAstExpr *hs_comp_p_invalid_target(const HsAstExpr *e, HsAstExprContext ctx);
const char *hs_comp_p_expr_name(const HsAstExpr *e);

/* ==== parser_string.c ==== */
/* Concatenate the adjacent STRING tokens from 'first' to 'last' into a Constant or JoinedStr. */
HsAstExpr *hs_comp_p_strings(HsParser *p, int first, int last);

/* ==== parser_stmt.c ==== */
/* simple_stmts: one line of ';'-separated simple statements, appended to 'out'. */
int hs_comp_p_simple_stmts(HsParser *p, HsVec *out);
/* 1 when "cannot assign to X here. Maybe you meant '==' instead of '='?" applies to 'e'
 * (first token index 'start', or -1 when unknown). */
int hs_comp_p_here_applies(HsParser *p, const HsAstExpr *e, int start);
/* At a '=' after the named expression 'e' (first token 'start') where no assignment can be:
 * CPython's invalid_named_expression messages, else "invalid syntax". Returns NULL. */
void *hs_comp_p_stray_equal(HsParser *p, HsAstExpr *e, int start);

/* ==== parser_block.c ==== */
HsAstSeq *hs_comp_p_statements(HsParser *p); /* file_input body up to ENDMARKER */
HsAstSeq *hs_comp_p_interactive(HsParser *p);

#endif /* HS_INTERNAL_HS_COMPILE_PARSER_H */
