/* The compiler front end: tokenizer and parser (CPython: Parser/tokenizer.c, Parser/pegen.c,
 * Parser/parser.c, Parser/string_parser.c). Source bytes in, an AST (hs_compile_ast.h) or a
 * filled HsCompileError out. No Python objects are used at this stage.
 * See docs/internals/parser.md. */
#ifndef HS_INTERNAL_HS_COMPILE_H
#define HS_INTERNAL_HS_COMPILE_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_compile_ast.h"

/* ==== errors ==== */
typedef enum {
    HS_COMP_ERR_NONE = 0,
    HS_COMP_ERR_SYNTAX,   /* SyntaxError */
    HS_COMP_ERR_INDENT,   /* IndentationError */
    HS_COMP_ERR_TAB,      /* TabError */
    HS_COMP_ERR_MEMORY,   /* MemoryError (out of memory, or CPython's "too complex" nesting) */
    HS_COMP_ERR_RECURSION /* RecursionError (tree deeper than CPython's compiler allows) */
} HsCompileErrorKind;

#define HS_COMP_MAX_WARNINGS 16

typedef struct HsCompileError {
    HsCompileErrorKind kind;
    char msg[320];
    char filename[256];
    int lineno, offset;         /* offset: 1-based, in characters, as SyntaxError.offset */
    int end_lineno, end_offset; /* same convention; 0 when unknown */
    char *text;                 /* the source line (UTF-8, with its newline), or NULL;
                                   hs_mem_raw_malloc'ed, released by hs_comp_error_clear */
    /* SyntaxWarnings found by a successful compile ("is" with a literal, ...), for the
     * caller to issue through the warnings module (at most HS_COMP_MAX_WARNINGS kept) */
    int nwarnings;
    struct {
        int lineno;
        char msg[160];
    } warnings[HS_COMP_MAX_WARNINGS];
} HsCompileError;

/* Release 'err->text' and reset 'err' to no error. */
void hs_comp_error_clear(HsCompileError *err);
/* Name of the Python exception type for 'kind' ("SyntaxError", ...). */
const char *hs_comp_error_type_name(HsCompileErrorKind kind);

/* ==== tokens ==== */
typedef enum {
    HS_TOK_ENDMARKER = 0,
    HS_TOK_NAME,
    HS_TOK_NUMBER,
    HS_TOK_STRING,
    HS_TOK_NEWLINE,
    HS_TOK_INDENT,
    HS_TOK_DEDENT,
    /* operators and delimiters */
    HS_TOK_LPAR,
    HS_TOK_RPAR,
    HS_TOK_LSQB,
    HS_TOK_RSQB,
    HS_TOK_COLON,
    HS_TOK_COMMA,
    HS_TOK_SEMI,
    HS_TOK_PLUS,
    HS_TOK_MINUS,
    HS_TOK_STAR,
    HS_TOK_SLASH,
    HS_TOK_VBAR,
    HS_TOK_AMPER,
    HS_TOK_LESS,
    HS_TOK_GREATER,
    HS_TOK_EQUAL,
    HS_TOK_DOT,
    HS_TOK_PERCENT,
    HS_TOK_LBRACE,
    HS_TOK_RBRACE,
    HS_TOK_EQEQUAL,
    HS_TOK_NOTEQUAL,
    HS_TOK_LESSEQUAL,
    HS_TOK_GREATEREQUAL,
    HS_TOK_TILDE,
    HS_TOK_CIRCUMFLEX,
    HS_TOK_LEFTSHIFT,
    HS_TOK_RIGHTSHIFT,
    HS_TOK_DOUBLESTAR,
    HS_TOK_PLUSEQUAL,
    HS_TOK_MINEQUAL,
    HS_TOK_STAREQUAL,
    HS_TOK_SLASHEQUAL,
    HS_TOK_PERCENTEQUAL,
    HS_TOK_AMPEREQUAL,
    HS_TOK_VBAREQUAL,
    HS_TOK_CIRCUMFLEXEQUAL,
    HS_TOK_LEFTSHIFTEQUAL,
    HS_TOK_RIGHTSHIFTEQUAL,
    HS_TOK_DOUBLESTAREQUAL,
    HS_TOK_DOUBLESLASH,
    HS_TOK_DOUBLESLASHEQUAL,
    HS_TOK_AT,
    HS_TOK_ATEQUAL,
    HS_TOK_RARROW,
    HS_TOK_ELLIPSIS,
    HS_TOK_COLONEQUAL,
    HS_TOK_ERRORTOKEN, /* a character no token starts with ('!', '$', '?', ...) */
    HS_TOK_COUNT
} HsTokenType;

typedef struct HsToken {
    HsTokenType type;
    const char *start; /* into the tokenizer's UTF-8 buffer; valid until it is freed */
    size_t len;
    int lineno, col_offset, end_lineno, end_col_offset; /* cols in UTF-8 bytes */
} HsToken;

/* Name of a token type as Lib/token.py spells it ("NAME", "LPAR", ...). */
const char *hs_comp_token_name(HsTokenType type);

/* ==== tokenizer ==== */
typedef struct HsTokenizer HsTokenizer;

/* Tokenize 'len' bytes of 'src' (a file: BOM and coding cookie honoured, latin-1 transcoded,
 * newlines normalised). Errors found here (bad encoding) are reported by the first
 * hs_comp_tokenizer_next. Returns NULL only when out of memory. */
HsTokenizer *hs_comp_tokenizer_new(const char *src, size_t len, const char *filename);
/* A tokenizer over a piece of already-decoded UTF-8 text whose first line starts at
 * 'lineno'/'col_offset' of the enclosing file (used for f-string expressions). */
HsTokenizer *hs_comp_tokenizer_new_fragment(const char *src, size_t len, const char *filename,
                                            int lineno, int col_offset);
void hs_comp_tokenizer_free(HsTokenizer *tz);
/* Produce the next token into 'out'. Returns 0, or -1 with 'err' filled. After
 * ENDMARKER it keeps returning ENDMARKER. */
int hs_comp_tokenizer_next(HsTokenizer *tz, HsToken *out, HsCompileError *err);
/* Current bracket nesting level (for "'(' was never closed"). */
int hs_comp_tokenizer_level(const HsTokenizer *tz);
/* Fill 'err' with "'X' was never closed" for the innermost open bracket; 0 if none open. */
int hs_comp_tokenizer_unclosed(HsTokenizer *tz, HsCompileError *err);
/* Text of source line 'lineno' (no newline), or NULL; sets '*len'. */
const char *hs_comp_tokenizer_line(const HsTokenizer *tz, int lineno, size_t *len);

/* ==== parser ==== */
typedef enum { HS_PARSE_FILE = 0, HS_PARSE_EVAL, HS_PARSE_SINGLE } HsParseMode;

/* Parse 'len' bytes of 'src' into a tree owned by 'arena'. Returns the module, or NULL with
 * 'err' filled (CPython's SyntaxError/IndentationError/TabError messages and positions, or
 * HS_COMP_ERR_MEMORY/HS_COMP_ERR_RECURSION). */
HsAstMod *hs_comp_parse(const char *src, size_t len, const char *filename, HsParseMode mode,
                        HsAstArena *arena, HsCompileError *err);

/* ==== interactive input ==== */
/* The REPL's question (CPython: the interactive tokenizer's ps2 prompts, and codeop with
 * PyCF_ALLOW_INCOMPLETE_INPUT): 1 when 'src', the lines typed so far each ending in '\n',
 * is the start of one statement that more lines could complete (open bracket, triple-quoted
 * string, backslash, a block header, or a compound statement not yet closed by a blank
 * line); 0 when it must be compiled now (it may still hold an error to report). */
int hs_comp_input_incomplete(const char *src, size_t len);

#endif /* HS_INTERNAL_HS_COMPILE_H */
