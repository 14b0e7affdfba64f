/* The tokenizer (CPython: Parser/tokenizer.c, tok_get and its helpers, 3.11 rules).
 * Source bytes are first decoded into one UTF-8 buffer: BOM dropped, PEP 263 cookie read on
 * lines 1-2 (utf-8 kept, latin-1 transcoded, anything else refused), CRLF/CR turned into LF,
 * a final LF added. Tokens then point into that buffer.
 * State machine per call: at the beginning of a line measure indentation (col with tab
 * stops of 8, altcol with tab stops of 1, compared on both to detect TabError), queue
 * INDENT/DEDENT, then skip blanks/comments/continuations and scan one token. Brackets are kept
 * on a stack (at most HS_TOK_MAXLEVEL) for the mismatch and "never closed" errors.
 * Error offsets follow CPython's _syntaxerror_range: characters from the line start. */
#include "internal/hs_compile.h"
#include "internal/hs_mem.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* ==== constants and types ==== */
#define TOK_MAXINDENT 100 /* CPython MAXINDENT */
#define TOK_MAXLEVEL 200  /* CPython MAXLEVEL */
#define TOK_TABSIZE 8

struct HsTokenizer {
    char *buf; /* decoded UTF-8 text, NUL-terminated, ends with '\n' (unless empty) */
    size_t len;
    const char *cur, *end;
    const char *line_start;
    int lineno;
    int line_base, col_base; /* fragment offsets: added to lineno / first-line cols */
    int *line_offsets;       /* start offset of each line (1-based index) */
    int nlines;
    int added_newline; /* the source's last line had no newline: one was added to buf */
    int atbol, pendin, indent, done, cont_line, blankline;
    int indstack[TOK_MAXINDENT], altindstack[TOK_MAXINDENT];
    int level;
    char parenstack[TOK_MAXLEVEL];
    int parenlineno[TOK_MAXLEVEL], parencol[TOK_MAXLEVEL];
    HsCompileError pending; /* error found while decoding, reported by the first next() */
    HsCompileError saved;   /* sticky error once 'done' */
    char filename[256];
};

static const char *const tok_names[HS_TOK_COUNT] = {"ENDMARKER",
                                                    "NAME",
                                                    "NUMBER",
                                                    "STRING",
                                                    "NEWLINE",
                                                    "INDENT",
                                                    "DEDENT",
                                                    "LPAR",
                                                    "RPAR",
                                                    "LSQB",
                                                    "RSQB",
                                                    "COLON",
                                                    "COMMA",
                                                    "SEMI",
                                                    "PLUS",
                                                    "MINUS",
                                                    "STAR",
                                                    "SLASH",
                                                    "VBAR",
                                                    "AMPER",
                                                    "LESS",
                                                    "GREATER",
                                                    "EQUAL",
                                                    "DOT",
                                                    "PERCENT",
                                                    "LBRACE",
                                                    "RBRACE",
                                                    "EQEQUAL",
                                                    "NOTEQUAL",
                                                    "LESSEQUAL",
                                                    "GREATEREQUAL",
                                                    "TILDE",
                                                    "CIRCUMFLEX",
                                                    "LEFTSHIFT",
                                                    "RIGHTSHIFT",
                                                    "DOUBLESTAR",
                                                    "PLUSEQUAL",
                                                    "MINEQUAL",
                                                    "STAREQUAL",
                                                    "SLASHEQUAL",
                                                    "PERCENTEQUAL",
                                                    "AMPEREQUAL",
                                                    "VBAREQUAL",
                                                    "CIRCUMFLEXEQUAL",
                                                    "LEFTSHIFTEQUAL",
                                                    "RIGHTSHIFTEQUAL",
                                                    "DOUBLESTAREQUAL",
                                                    "DOUBLESLASH",
                                                    "DOUBLESLASHEQUAL",
                                                    "AT",
                                                    "ATEQUAL",
                                                    "RARROW",
                                                    "ELLIPSIS",
                                                    "COLONEQUAL",
                                                    "ERRORTOKEN"};

/* ==== errors ==== */

void hs_comp_error_clear(HsCompileError *err) {
    if (err->text != NULL) {
        hs_mem_raw_free(err->text);
    }
    memset(err, 0, sizeof *err);
}

const char *hs_comp_error_type_name(HsCompileErrorKind kind) {
    switch (kind) {
    case HS_COMP_ERR_SYNTAX:
        return "SyntaxError";
    case HS_COMP_ERR_INDENT:
        return "IndentationError";
    case HS_COMP_ERR_TAB:
        return "TabError";
    case HS_COMP_ERR_MEMORY:
        return "MemoryError";
    case HS_COMP_ERR_RECURSION:
        return "RecursionError";
    default:
        return "None";
    }
}

const char *hs_comp_token_name(HsTokenType type) {
    return (unsigned)type < HS_TOK_COUNT ? tok_names[type] : "?";
}

/* Number of UTF-8 characters in 'n' bytes of 's'. */
static int utf8_chars(const char *s, size_t n) {
    int count = 0;
    for (size_t i = 0; i < n; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            count++;
        }
    }
    return count;
}

const char *hs_comp_tokenizer_line(const HsTokenizer *tz, int lineno, size_t *len) {
    int idx = lineno - tz->line_base;
    if (idx < 1 || idx > tz->nlines) {
        return NULL;
    }
    const char *s = tz->buf + tz->line_offsets[idx];
    const char *e = memchr(s, '\n', (size_t)(tz->buf + tz->len - s));
    *len = e != NULL ? (size_t)(e - s) : strlen(s);
    return s;
}

/* Fill 'err': 'lineno' in file numbering, 'bcol'/'bend' byte columns (-1: none) made into
 * 1-based char offsets when 'plus1', as-is (chars from line start) otherwise. */
static void set_error(HsTokenizer *tz, HsCompileError *err, HsCompileErrorKind kind, int lineno,
                      int bcol, int bend, const char *fmt, ...) {
    hs_comp_error_clear(err);
    err->kind = kind;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    snprintf(err->filename, sizeof err->filename, "%s", tz->filename);
    size_t ll = 0;
    const char *line = hs_comp_tokenizer_line(tz, lineno, &ll);
    err->lineno = lineno;
    err->end_lineno = lineno;
    if (line != NULL) {
        /* a column past the text counts the newline as one more character */
        err->offset = bcol < 0 ? 0
                               : utf8_chars(line, (size_t)bcol > ll ? ll : (size_t)bcol) +
                                     ((size_t)bcol > ll);
        err->end_offset = bend < 0 ? bend
                                   : utf8_chars(line, (size_t)bend > ll ? ll : (size_t)bend) +
                                         ((size_t)bend > ll);
        err->text = hs_mem_raw_malloc(ll + 2);
        if (err->text != NULL) {
            /* the line as the source has it: no newline if the source ended without one */
            int nl = !(tz->added_newline && lineno - tz->line_base >= tz->nlines - 1);
            memcpy(err->text, line, ll);
            err->text[ll] = '\n';
            err->text[ll + nl] = '\0';
        }
    } else {
        err->offset = bcol < 0 ? 0 : bcol;
        err->end_offset = bend;
    }
}

/* A tokenizer error at the current position (CPython syntaxerror()): offset counts the
 * characters before 'cur'. */
static int tok_error(HsTokenizer *tz, HsCompileError *err, HsCompileErrorKind kind,
                     const char *msg) {
    int bcol = (int)(tz->cur - tz->line_start);
    set_error(tz, err, kind, tz->lineno + tz->line_base, bcol, bcol, "%s", msg);
    if (tz->lineno == 1) {
        err->offset += tz->col_base;
        err->end_offset += tz->col_base;
    }
    tz->done = 1;
    tz->saved = *err;
    tz->saved.text = NULL;
    return -1;
}

/* ==== decoding (CPython: Parser/tokenizer.c decoding_*, get_coding_spec) ==== */

/* Find a PEP 263 cookie in one line; copy the normalised name to 'out'. 1 if found. */
static int find_cookie(const char *s, size_t n, char *out, size_t outsz) {
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) {
        i++;
    }
    if (i >= n || s[i] != '#') {
        return 0;
    }
    for (; i + 6 < n; i++) {
        if (memcmp(s + i, "coding", 6) != 0 || (s[i + 6] != ':' && s[i + 6] != '=')) {
            continue;
        }
        size_t j = i + 7, k = 0;
        while (j < n && (s[j] == ' ' || s[j] == '\t')) {
            j++;
        }
        while (j < n && k + 1 < outsz && (isalnum((unsigned char)s[j]) || strchr("-_.", s[j]))) {
            char c = (char)tolower((unsigned char)s[j++]);
            out[k++] = c == '_' ? '-' : c;
        }
        out[k] = '\0';
        return k > 0;
    }
    return 0;
}

/* 0 = utf-8, 1 = latin-1, -1 = unsupported (CPython: get_normal_name). */
static int classify_encoding(const char *name) {
    if (strcmp(name, "utf-8") == 0 || strncmp(name, "utf-8-", 6) == 0 ||
        strcmp(name, "utf8") == 0 || strcmp(name, "ascii") == 0 || strcmp(name, "us-ascii") == 0) {
        return 0;
    }
    static const char *const latin[] = {"latin-1", "iso-8859-1", "iso-latin-1",
                                        "latin1",  "iso8859-1",  "l1"};
    for (size_t i = 0; i < sizeof latin / sizeof latin[0]; i++) {
        size_t ln = strlen(latin[i]);
        if (strcmp(name, latin[i]) == 0 || (strncmp(name, latin[i], ln) == 0 && name[ln] == '-')) {
            return 1;
        }
    }
    return -1;
}

/* Return the byte offset of the first invalid UTF-8 sequence, or -1; '*cont' tells whether
 * the bad byte is a lead byte followed by a bad continuation. */
static long utf8_invalid_at(const unsigned char *s, size_t n, int *cont) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t need = c < 0x80                   ? 0
                      : (c >= 0xC2 && c <= 0xDF) ? 1
                      : (c & 0xF0) == 0xE0       ? 2
                      : (c >= 0xF0 && c <= 0xF4) ? 3
                                                 : 9;
        *cont = 0;
        if (need == 9) {
            return (long)i;
        }
        for (size_t k = 1; k <= need; k++) {
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80) {
                *cont = 1;
                return (long)i;
            }
        }
        i += need + 1;
    }
    return -1;
}

/* Copy 'src' into tz->buf: drop BOM, honour the cookie, normalise newlines, add a final LF. */
static int decode_source(HsTokenizer *tz, const char *src, size_t len) {
    int bom = len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0;
    if (bom) {
        src += 3;
        len -= 3;
    }
    char name[64];
    int enc = 0;
    const char *nl = memchr(src, '\n', len);
    size_t l1 = nl != NULL ? (size_t)(nl - src) : len;
    int found = find_cookie(src, l1, name, sizeof name);
    if (!found && nl != NULL) {
        size_t k = 0;
        while (k < l1 && strchr(" \t\f\r", src[k]) != NULL) {
            k++;
        }
        if (k == l1 || src[k] == '#') {
            const char *s2 = nl + 1;
            const char *nl2 = memchr(s2, '\n', len - l1 - 1);
            found =
                find_cookie(s2, nl2 != NULL ? (size_t)(nl2 - s2) : len - l1 - 1, name, sizeof name);
        }
    }
    if (found) {
        enc = classify_encoding(name);
        if (enc < 0) {
            tz->pending.kind = HS_COMP_ERR_SYNTAX;
            snprintf(tz->pending.msg, sizeof tz->pending.msg, "unknown encoding: %s", name);
            tz->pending.offset = -1;
        } else if (enc == 1 && bom) {
            tz->pending.kind = HS_COMP_ERR_SYNTAX;
            snprintf(tz->pending.msg, sizeof tz->pending.msg,
                     "encoding problem: iso-8859-1 with BOM");
            tz->pending.offset = -1;
        }
    }
    tz->buf = hs_mem_raw_malloc(len * 2 + 2);
    if (tz->buf == NULL) {
        return -1;
    }
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\r') {
            tz->buf[o++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') {
                i++;
            }
        } else if (c >= 0x80 && enc == 1) {
            tz->buf[o++] = (char)(0xC0 | (c >> 6));
            tz->buf[o++] = (char)(0x80 | (c & 0x3F));
        } else {
            tz->buf[o++] = (char)c;
        }
    }
    if (o > 0 && tz->buf[o - 1] != '\n') {
        tz->buf[o++] = '\n';
        tz->added_newline = 1;
    }
    tz->buf[o] = '\0';
    tz->len = o;
    if (memchr(tz->buf, '\0', o) != NULL && tz->pending.kind == HS_COMP_ERR_NONE) {
        tz->pending.kind = HS_COMP_ERR_SYNTAX;
        snprintf(tz->pending.msg, sizeof tz->pending.msg,
                 "source code string cannot contain null bytes");
    }
    return 0;
}

static int index_lines(HsTokenizer *tz) {
    int n = 1;
    for (size_t i = 0; i < tz->len; i++) {
        n += tz->buf[i] == '\n';
    }
    tz->line_offsets = hs_mem_raw_malloc(sizeof(int) * (size_t)(n + 2));
    if (tz->line_offsets == NULL) {
        return -1;
    }
    int k = 1;
    tz->line_offsets[k++] = 0;
    for (size_t i = 0; i < tz->len; i++) {
        if (tz->buf[i] == '\n' && i + 1 < tz->len) {
            tz->line_offsets[k++] = (int)(i + 1);
        }
    }
    tz->nlines = k - 1;
    return 0;
}

static HsTokenizer *tokenizer_alloc(const char *filename) {
    HsTokenizer *tz = hs_mem_raw_calloc(1, sizeof *tz);
    if (tz == NULL) {
        return NULL;
    }
    snprintf(tz->filename, sizeof tz->filename, "%s", filename != NULL ? filename : "<string>");
    tz->lineno = 1;
    tz->atbol = 1;
    tz->line_base = 0;
    return tz;
}

static HsTokenizer *tokenizer_finish(HsTokenizer *tz) {
    if (index_lines(tz) < 0) {
        hs_comp_tokenizer_free(tz);
        return NULL;
    }
    tz->cur = tz->buf;
    tz->end = tz->buf + tz->len;
    tz->line_start = tz->buf;
    if (tz->pending.kind == HS_COMP_ERR_NONE) {
        int cont = 0;
        long bad = utf8_invalid_at((const unsigned char *)tz->buf, tz->len, &cont);
        if (bad >= 0) {
            int line = 1;
            const char *ls = tz->buf;
            for (long i = 0; i < bad; i++) {
                if (tz->buf[i] == '\n') {
                    line++;
                    ls = tz->buf + i + 1;
                }
            }
            const char *le = memchr(ls, '\n', (size_t)(tz->buf + tz->len - ls));
            (void)bad;
            set_error(tz, &tz->pending, HS_COMP_ERR_SYNTAX, line,
                      (int)((le != NULL ? le : tz->buf + tz->len) - ls) + 1, -1,
                      "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position "
                      "%d: %s",
                      (unsigned char)tz->buf[bad], 0,
                      cont ? "invalid continuation byte" : "invalid start byte");
        }
    }
    return tz;
}

HsTokenizer *hs_comp_tokenizer_new(const char *src, size_t len, const char *filename) {
    HsTokenizer *tz = tokenizer_alloc(filename);
    if (tz == NULL) {
        return NULL;
    }
    if (decode_source(tz, src, len) < 0) {
        hs_comp_tokenizer_free(tz);
        return NULL;
    }
    tz->line_base = 0;
    return tokenizer_finish(tz);
}

HsTokenizer *hs_comp_tokenizer_new_fragment(const char *src, size_t len, const char *filename,
                                            int lineno, int col_offset) {
    HsTokenizer *tz = tokenizer_alloc(filename);
    if (tz == NULL) {
        return NULL;
    }
    tz->buf = hs_mem_raw_malloc(len + 2);
    if (tz->buf == NULL) {
        hs_comp_tokenizer_free(tz);
        return NULL;
    }
    memcpy(tz->buf, src, len);
    tz->len = len;
    if (len == 0 || tz->buf[len - 1] != '\n') {
        tz->buf[tz->len++] = '\n';
    }
    tz->buf[tz->len] = '\0';
    tz->line_base = lineno - 1;
    tz->col_base = col_offset;
    return tokenizer_finish(tz);
}

void hs_comp_tokenizer_free(HsTokenizer *tz) {
    if (tz == NULL) {
        return;
    }
    hs_mem_raw_free(tz->buf);
    hs_mem_raw_free(tz->line_offsets);
    hs_comp_error_clear(&tz->pending);
    hs_mem_raw_free(tz);
}

int hs_comp_tokenizer_level(const HsTokenizer *tz) {
    return tz->level;
}

int hs_comp_tokenizer_unclosed(HsTokenizer *tz, HsCompileError *err) {
    if (tz->level == 0) {
        return 0;
    }
    int i = tz->level - 1;
    int line = tz->parenlineno[i] + tz->line_base;
    int added = tz->added_newline;
    tz->added_newline = 0; /* this error's text keeps the newline, as CPython's */
    set_error(tz, err, HS_COMP_ERR_SYNTAX, line, tz->parencol[i] + 1, 0, "'%c' was never closed",
              tz->parenstack[i]);
    tz->added_newline = added;
    if (tz->parenlineno[i] == 1) {
        err->offset += tz->col_base;
    }
    return 1;
}

/* ==== scanning helpers ==== */

static int peekc(const HsTokenizer *tz) {
    return tz->cur < tz->end ? (unsigned char)*tz->cur : -1;
}

static int nextc(HsTokenizer *tz) {
    return tz->cur < tz->end ? (unsigned char)*tz->cur++ : -1;
}

/* Step back over 'c' (never a newline) unless it was the end of input. */
static void backup(HsTokenizer *tz, int c) {
    if (c != -1) {
        tz->cur--;
    }
}

static void newline_consumed(HsTokenizer *tz) {
    tz->lineno++;
    tz->line_start = tz->cur;
}

static int is_id_start(int c) {
    return c == '_' || isalpha(c) || c >= 128;
}
static int is_id_char(int c) {
    return c == '_' || isalnum(c) || c >= 128;
}

/* Fill 'out' for a token from 'start' (on line 'sline' starting at 'sls') to 'cur'. */
static void make_token(HsTokenizer *tz, HsToken *out, HsTokenType type, const char *start,
                       int sline, const char *sls) {
    out->type = type;
    out->start = start;
    out->len = (size_t)(tz->cur - start);
    out->lineno = sline + tz->line_base;
    out->col_offset = (int)(start - sls) + (sline == 1 ? tz->col_base : 0);
    out->end_lineno = tz->lineno + tz->line_base;
    out->end_col_offset = (int)(tz->cur - tz->line_start) + (tz->lineno == 1 ? tz->col_base : 0);
}

/* Measure indentation at the start of a line and queue INDENT/DEDENTs (CPython tok_get,
 * the 'atbol' block). Returns 0 or -1 (error). */
static int indentation(HsTokenizer *tz, HsCompileError *err) {
    int col = 0, altcol = 0, c;
    for (;;) {
        c = peekc(tz);
        if (c == ' ') {
            col++, altcol++;
        } else if (c == '\t') {
            col = (col / TOK_TABSIZE + 1) * TOK_TABSIZE;
            altcol = altcol + 1;
        } else if (c == '\f') {
            col = altcol = 0;
        } else {
            break;
        }
        tz->cur++;
    }
    tz->blankline = c == '#' || c == '\n';
    if (tz->blankline || tz->level > 0) {
        return 0; /* blank line, or inside brackets: no indentation */
    }
    if (c == -1) {
        col = altcol = 0;
    }
    int top = tz->indent;
    if (col == tz->indstack[top]) {
        if (altcol != tz->altindstack[top]) {
            goto tab_error;
        }
    } else if (col > tz->indstack[top]) {
        if (top + 1 >= TOK_MAXINDENT) {
            set_error(tz, err, HS_COMP_ERR_INDENT, tz->lineno + tz->line_base, 1, 0,
                      "too many levels of indentation");
            tz->done = 1;
            return -1;
        }
        if (altcol <= tz->altindstack[top]) {
            goto tab_error;
        }
        top++; // one INDENT pending, and the new level goes on both stacks
        tz->indstack[top] = col;
        tz->altindstack[top] = altcol;
        tz->indent = top;
        tz->pendin++;
    } else {
        // pop every level deeper than 'col'; each one is a DEDENT token still to be sent
        int level = top;
        while (level > 0 && tz->indstack[level] > col) {
            level--;
        }
        tz->pendin -= top - level;
        tz->indent = level;
        if (col != tz->indstack[tz->indent]) {
            const char *e = memchr(tz->cur, '\n', (size_t)(tz->end - tz->cur));
            int bcol = (int)((e != NULL ? e + 1 : tz->end) - tz->line_start);
            set_error(tz, err, HS_COMP_ERR_INDENT, tz->lineno + tz->line_base, bcol, -1,
                      "unindent does not match any outer indentation level");
            tz->done = 1;
            return -1;
        }
        if (altcol != tz->altindstack[tz->indent]) {
            goto tab_error;
        }
    }
    return 0;
tab_error:
    set_error(tz, err, HS_COMP_ERR_TAB, tz->lineno + tz->line_base, 1, 0,
              "inconsistent use of tabs and spaces in indentation");
    tz->done = 1;
    return -1;
}

/* Digits with single underscores between them (CPython tok_decimal_tail). Returns the
 * first character after them (consumed), or -2 after an error. */
static int decimal_tail(HsTokenizer *tz, HsCompileError *err) {
    int c;
    for (;;) {
        do {
            c = nextc(tz);
        } while (isdigit(c));
        if (c != '_') {
            return c;
        }
        c = nextc(tz);
        if (!isdigit(c)) {
            backup(tz, c);
            tok_error(tz, err, HS_COMP_ERR_SYNTAX, "invalid decimal literal");
            return -2;
        }
    }
}

static int lookahead(HsTokenizer *tz, const char *s) {
    size_t n = strlen(s);
    return (size_t)(tz->end - tz->cur) >= n && memcmp(tz->cur, s, n) == 0;
}

/* 'c' (consumed) follows a number: an identifier character there is an error, except the
 * keywords CPython only warns about (CPython verify_end_of_number). */
static int end_of_number(HsTokenizer *tz, int c, const char *kind, HsCompileError *err) {
    int r = 0;
#define KEYWORD_AHEAD(rest)                                                                        \
    (lookahead(tz, rest) &&                                                                        \
     !(tz->cur + strlen(rest) < tz->end && is_id_char((unsigned char)tz->cur[strlen(rest)])))
    if (c == 'a') {
        r = KEYWORD_AHEAD("nd");
    } else if (c == 'e') {
        r = KEYWORD_AHEAD("lse");
    } else if (c == 'f') {
        r = KEYWORD_AHEAD("or");
    } else if (c == 'i') {
        int c2 = peekc(tz);
        r = c2 == 'f' || c2 == 'n' || c2 == 's';
    } else if (c == 'o') {
        r = KEYWORD_AHEAD("r");
    } else if (c == 'n') {
        r = KEYWORD_AHEAD("ot");
    }
#undef KEYWORD_AHEAD
    if (!r && is_id_char(c)) {
        backup(tz, c);
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        tok_error(tz, err, HS_COMP_ERR_SYNTAX, msg);
        return -1;
    }
    return 0;
}

/* Hex/octal/binary digits after the prefix. 'base' 16, 8 or 2. */
static int radix_number(HsTokenizer *tz, int base, HsCompileError *err) {
    static const char *const kinds[] = {"binary", "octal", "hexadecimal"};
    const char *kind = kinds[base == 2 ? 0 : base == 8 ? 1 : 2];
    char msg[64];
    int c = nextc(tz);
#define IN_BASE(ch) (base == 16 ? isxdigit(ch) : ((ch) >= '0' && (ch) < '0' + base))
    do {
        if (c == '_') {
            c = nextc(tz);
        }
        if (!IN_BASE(c)) {
            if (base != 16 && isdigit(c)) {
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
                return tok_error(tz, err, HS_COMP_ERR_SYNTAX, msg);
            }
            backup(tz, c);
            snprintf(msg, sizeof msg, "invalid %s literal", kind);
            return tok_error(tz, err, HS_COMP_ERR_SYNTAX, msg);
        }
        do {
            c = nextc(tz);
        } while (IN_BASE(c));
    } while (c == '_');
    if (base != 16 && isdigit(c)) {
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
        return tok_error(tz, err, HS_COMP_ERR_SYNTAX, msg);
    }
#undef IN_BASE
    if (end_of_number(tz, c, kind, err) < 0) {
        return -1;
    }
    backup(tz, c);
    return 0;
}

/* Fraction, exponent and imaginary suffix; 'c' is the consumed char after the integer part.
 * 'at' says where to start: 0 = check for '.', 1 = just after '.', 2 = at 'e', 3 = at 'j'. */
static int float_tail(HsTokenizer *tz, int c, int at, HsCompileError *err) {
    if (at == 0 && c == '.') {
        c = nextc(tz);
        at = 1;
    }
    if (at == 1 && isdigit(c)) {
        if ((c = decimal_tail(tz, err)) == -2) {
            return -1;
        }
    }
    if (at <= 2 && (c == 'e' || c == 'E')) {
        int e = c;
        c = nextc(tz);
        if (c == '+' || c == '-') {
            c = nextc(tz);
            if (!isdigit(c)) {
                backup(tz, c);
                return tok_error(tz, err, HS_COMP_ERR_SYNTAX, "invalid decimal literal");
            }
        } else if (!isdigit(c)) {
            backup(tz, c);
            if (end_of_number(tz, e, "decimal", err) < 0) {
                return -1;
            }
            tz->cur--; /* give back the 'e' */
            return 0;
        }
        if ((c = decimal_tail(tz, err)) == -2) {
            return -1;
        }
    }
    if (c == 'j' || c == 'J') {
        c = nextc(tz);
        if (end_of_number(tz, c, "imaginary", err) < 0) {
            return -1;
        }
    } else if (end_of_number(tz, c, "decimal", err) < 0) {
        return -1;
    }
    backup(tz, c);
    return 0;
}

/* A number starting at tz->cur (CPython tok_get, the number block). */
static int scan_number(HsTokenizer *tz, HsCompileError *err) {
    const char *start = tz->cur;
    int c = nextc(tz);
    if (c == '.') {
        return float_tail(tz, nextc(tz), 1, err);
    }
    if (c != '0') {
        if ((c = decimal_tail(tz, err)) == -2) {
            return -1;
        }
        return float_tail(tz, c, 0, err);
    }
    c = nextc(tz);
    if (c == 'x' || c == 'X') {
        return radix_number(tz, 16, err);
    }
    if (c == 'o' || c == 'O') {
        return radix_number(tz, 8, err);
    }
    if (c == 'b' || c == 'B') {
        return radix_number(tz, 2, err);
    }
    int nonzero = 0;
    for (;;) {
        if (c == '_') {
            c = nextc(tz);
            if (!isdigit(c)) {
                backup(tz, c);
                return tok_error(tz, err, HS_COMP_ERR_SYNTAX, "invalid decimal literal");
            }
        }
        if (c != '0') {
            break;
        }
        c = nextc(tz);
    }
    const char *zeros_end = tz->cur;
    if (isdigit(c)) {
        nonzero = 1;
        if ((c = decimal_tail(tz, err)) == -2) {
            return -1;
        }
    }
    if (c == '.') {
        return float_tail(tz, nextc(tz), 1, err);
    }
    if (c == 'e' || c == 'E') {
        return float_tail(tz, c, 2, err);
    }
    if (c == 'j' || c == 'J') {
        return float_tail(tz, c, 3, err);
    }
    if (nonzero) {
        backup(tz, c);
        set_error(tz, err, HS_COMP_ERR_SYNTAX, tz->lineno + tz->line_base,
                  (int)(start - tz->line_start) + 1, (int)(zeros_end - tz->line_start),
                  "leading zeros in decimal integer literals are not permitted; use an 0o "
                  "prefix for octal integers");
        tz->done = 1;
        return -1;
    }
    if (end_of_number(tz, c, "decimal", err) < 0) {
        return -1;
    }
    backup(tz, c);
    return 0;
}

/* The body of a string whose opening quote is at tz->cur; 'start' is the token start (the
 * prefix). Multi-line strings advance the line counters (CPython tok_get, letter_quote). */
static int scan_string(HsTokenizer *tz, const char *start, HsCompileError *err) {
    int sline = tz->lineno;
    const char *sls = tz->line_start;
    int quote = nextc(tz), opening = 1;
    while (opening < 3 && peekc(tz) == quote) {
        tz->cur++;
        opening++;
    }
    // 3 quotes open a triple-quoted string; 2 are the empty string, already closed
    int quote_size = opening == 3 ? 3 : 1;
    int end_quote_size = opening == 2 ? 1 : 0;
    while (end_quote_size != quote_size) {
        int c = nextc(tz);
        if (c == -1 || (quote_size == 1 && c == '\n')) {
            int detected = c == -1 ? tz->lineno - 1 : tz->lineno;
            set_error(tz, err, HS_COMP_ERR_SYNTAX, sline + tz->line_base, (int)(start - sls) + 1,
                      (int)(start - sls) + 1,
                      quote_size == 3 ? "unterminated triple-quoted string literal (detected at"
                                        " line %d)"
                                      : "unterminated string literal (detected at line %d)",
                      detected + tz->line_base);
            if (sline == 1) {
                err->offset += tz->col_base;
                err->end_offset += tz->col_base;
            }
            tz->done = 1;
            return -1;
        }
        if (c == '\n') {
            newline_consumed(tz);
        }
        if (c == quote) {
            end_quote_size += 1;
        } else {
            end_quote_size = 0;
            if (c == '\\') {
                c = nextc(tz);
                if (c == '\n') {
                    newline_consumed(tz);
                }
            }
        }
    }
    return 0;
}

/* Operators of two or three characters, longest match (CPython PyToken_TwoChars/ThreeChars). */
static HsTokenType scan_op(HsTokenizer *tz) {
    static const struct {
        const char *s;
        HsTokenType t;
    } ops[] = {
        {"**=", HS_TOK_DOUBLESTAREQUAL},
        {"//=", HS_TOK_DOUBLESLASHEQUAL},
        {">>=", HS_TOK_RIGHTSHIFTEQUAL},
        {"<<=", HS_TOK_LEFTSHIFTEQUAL},
        {"...", HS_TOK_ELLIPSIS},
        {"!=", HS_TOK_NOTEQUAL}, {"<>", HS_TOK_NOTEQUAL},
        {"%=", HS_TOK_PERCENTEQUAL},
        {"&=", HS_TOK_AMPEREQUAL},
        {"**", HS_TOK_DOUBLESTAR},
        {"*=", HS_TOK_STAREQUAL},
        {"+=", HS_TOK_PLUSEQUAL},
        {"-=", HS_TOK_MINEQUAL},
        {"->", HS_TOK_RARROW},
        {"//", HS_TOK_DOUBLESLASH},
        {"/=", HS_TOK_SLASHEQUAL},
        {":=", HS_TOK_COLONEQUAL},
        {"<<", HS_TOK_LEFTSHIFT},
        {"<=", HS_TOK_LESSEQUAL},
        {"==", HS_TOK_EQEQUAL},
        {">=", HS_TOK_GREATEREQUAL},
        {">>", HS_TOK_RIGHTSHIFT},
        {"@=", HS_TOK_ATEQUAL},
        {"^=", HS_TOK_CIRCUMFLEXEQUAL},
        {"|=", HS_TOK_VBAREQUAL},
        {"(", HS_TOK_LPAR},
        {")", HS_TOK_RPAR},
        {"[", HS_TOK_LSQB},
        {"]", HS_TOK_RSQB},
        {":", HS_TOK_COLON},
        {",", HS_TOK_COMMA},
        {";", HS_TOK_SEMI},
        {"+", HS_TOK_PLUS},
        {"-", HS_TOK_MINUS},
        {"*", HS_TOK_STAR},
        {"/", HS_TOK_SLASH},
        {"|", HS_TOK_VBAR},
        {"&", HS_TOK_AMPER},
        {"<", HS_TOK_LESS},
        {">", HS_TOK_GREATER},
        {"=", HS_TOK_EQUAL},
        {".", HS_TOK_DOT},
        {"%", HS_TOK_PERCENT},
        {"{", HS_TOK_LBRACE},
        {"}", HS_TOK_RBRACE},
        {"~", HS_TOK_TILDE},
        {"^", HS_TOK_CIRCUMFLEX},
        {"@", HS_TOK_AT},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        if (lookahead(tz, ops[i].s)) {
            tz->cur += strlen(ops[i].s);
            return ops[i].t;
        }
    }
    tz->cur++;
    return HS_TOK_ERRORTOKEN;
}

/* The bracket that closes 'opener' ('(', '[' or '{'). */
static int closer_of(int opener) {
    switch (opener) {
    case '(':
        return ')';
    case '[':
        return ']';
    default:
        return '}';
    }
}

/* Track brackets (CPython tok_get, the parentheses block). */
static int brackets(HsTokenizer *tz, int c, const char *start, HsCompileError *err) {
    char msg[128];
    if (c == '(' || c == '[' || c == '{') {
        if (tz->level >= TOK_MAXLEVEL) {
            return tok_error(tz, err, HS_COMP_ERR_SYNTAX, "too many nested parentheses");
        }
        tz->parenstack[tz->level] = (char)c;
        tz->parenlineno[tz->level] = tz->lineno;
        tz->parencol[tz->level] = (int)(start - tz->line_start);
        tz->level++;
        return 0;
    }
    if (tz->level == 0) {
        snprintf(msg, sizeof msg, "unmatched '%c'", c);
        return tok_error(tz, err, HS_COMP_ERR_SYNTAX, msg);
    }
    tz->level--;
    int opener = tz->parenstack[tz->level];
    if (closer_of(opener) == c) {
        return 0;
    }
    int opener_line = tz->parenlineno[tz->level];
    if (opener_line == tz->lineno) {
        snprintf(msg, sizeof msg,
                 "closing parenthesis '%c' does not match opening parenthesis '%c'", c, opener);
    } else {
        snprintf(msg, sizeof msg,
                 "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c,
                 opener, opener_line + tz->line_base);
    }
    return tok_error(tz, err, HS_COMP_ERR_SYNTAX, msg);
}

/* Non-ASCII identifier characters: CPython checks XID_Continue with unicodedata; we accept
 * letters from any script and refuse only the common non-letters it names in errors. */
static int check_identifier(HsTokenizer *tz, const char *start, HsCompileError *err) {
    for (const unsigned char *p = (const unsigned char *)start; p < (const unsigned char *)tz->cur;
         p++) {
        if (p[0] == 0xC2 && p[1] == 0xA0) {
            tz->cur = (const char *)p + 2;
            return tok_error(tz, err, HS_COMP_ERR_SYNTAX, "invalid non-printable character U+00A0");
        }
        if (p[0] == 0xE2 && p[1] == 0x82 && p[2] == 0xAC) {
            tz->cur = (const char *)p;
            int r =
                tok_error(tz, err, HS_COMP_ERR_SYNTAX, "invalid character '\xE2\x82\xAC' (U+20AC)");
            err->offset++;
            err->end_offset = err->offset;
            return r;
        }
    }
    return 0;
}

/* String prefix letters. A prefix is a set of them (any case, any order) where no letter
 * appears after one it clashes with: that admits b, r, u, f, br, rb, fr, rf and nothing else
 * (u only alone, as a compatibility leftover; bytes are never formatted). */
enum { PREFIX_B = 1, PREFIX_R = 2, PREFIX_U = 4, PREFIX_F = 8 };

static const struct {
    char letter;
    unsigned bit, clashes;
} string_prefixes[] = {
    {'b', PREFIX_B, PREFIX_B | PREFIX_U | PREFIX_F},
    {'r', PREFIX_R, PREFIX_R | PREFIX_U},
    {'u', PREFIX_U, PREFIX_B | PREFIX_R | PREFIX_U | PREFIX_F},
    {'f', PREFIX_F, PREFIX_F | PREFIX_B | PREFIX_U},
};

/* Adds 'c' to the prefix letters in '*seen'; false when 'c' cannot extend that prefix. */
static bool extend_string_prefix(unsigned *seen, int c) {
    int lower = c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
    for (size_t k = 0; k < sizeof string_prefixes / sizeof string_prefixes[0]; k++) {
        if (string_prefixes[k].letter == lower) {
            if (*seen & string_prefixes[k].clashes) {
                return false;
            }
            *seen |= string_prefixes[k].bit;
            return true;
        }
    }
    return false;
}

/* A NAME, or a string literal with its prefix letters (CPython: the identifier part of
 * tok_get). The name is read letter by letter while it can still be a prefix; a quote right
 * after a valid prefix makes it a string. */
static int scan_name_or_string(HsTokenizer *tz, HsToken *out, const char *start,
                               HsCompileError *err) {
    int first_line = tz->lineno;
    const char *first_line_start = tz->line_start;
    unsigned prefix = 0;
    int c = nextc(tz);
    while (extend_string_prefix(&prefix, c)) {
        int following = peekc(tz);
        if (following == '"' || following == '\'') {
            if (scan_string(tz, start, err) < 0) {
                return -1;
            }
            make_token(tz, out, HS_TOK_STRING, start, first_line, first_line_start);
            return 0;
        }
        c = nextc(tz);
    }
    while (is_id_char(c)) {
        c = nextc(tz);
    }
    backup(tz, c);
    if (check_identifier(tz, start, err) < 0) {
        return -1;
    }
    make_token(tz, out, HS_TOK_NAME, start, first_line, first_line_start);
    return 0;
}

/* End of input: ENDMARKER, or the "never closed" error inside brackets. */
static int end_of_input(HsTokenizer *tz, HsToken *out, HsCompileError *err) {
    if (tz->level > 0) {
        hs_comp_tokenizer_unclosed(tz, err);
        tz->done = 1;
        tz->saved = *err;
        tz->saved.text = NULL;
        return -1;
    }
    int line = tz->lineno > 1 ? tz->lineno - 1 : 1;
    out->type = HS_TOK_ENDMARKER;
    out->start = tz->cur;
    out->len = 0;
    out->lineno = out->end_lineno = line + tz->line_base;
    out->col_offset = out->end_col_offset = 0;
    return 0;
}

/* INDENT or DEDENT: zero length at the current position. */
static void indent_token(HsTokenizer *tz, HsToken *out) {
    if (tz->pendin < 0) {
        tz->pendin++;
        out->type = HS_TOK_DEDENT;
    } else {
        tz->pendin--;
        out->type = HS_TOK_INDENT;
    }
    out->start = tz->cur;
    out->len = 0;
    int line = tz->lineno, col = (int)(tz->cur - tz->line_start);
    if (tz->cur >= tz->end && line > 1) {
        line--, col = 0;
    }
    out->lineno = out->end_lineno = line + tz->line_base;
    out->col_offset = out->end_col_offset = col;
}

/* Backslash-newline: join lines. */
static int continuation(HsTokenizer *tz, HsCompileError *err) {
    tz->cur++;
    int c = nextc(tz);
    if (c != '\n') {
        return tok_error(tz, err, HS_COMP_ERR_SYNTAX,
                         "unexpected character after line continuation character");
    }
    int bcol = (int)(tz->cur - tz->line_start);
    newline_consumed(tz);
    if (peekc(tz) == -1) {
        set_error(tz, err, HS_COMP_ERR_SYNTAX, tz->lineno - 1 + tz->line_base, bcol, -1,
                  "unexpected EOF while parsing");
        tz->done = 1;
        return -1;
    }
    tz->cont_line = 1;
    return 0;
}

/* Report again the error that stopped the tokenizer (or the decoding error). */
static int sticky_error(HsTokenizer *tz, HsCompileError *err) {
    hs_comp_error_clear(err);
    *err = tz->pending.kind != HS_COMP_ERR_NONE ? tz->pending : tz->saved;
    err->text = NULL;
    if (tz->pending.kind != HS_COMP_ERR_NONE) {
        snprintf(err->filename, sizeof err->filename, "%s", tz->filename);
    }
    return -1;
}

/* Skip blanks and a comment; return the next character (not consumed). */
static int skip_blanks(HsTokenizer *tz) {
    int c = peekc(tz);
    while (c == ' ' || c == '\t' || c == '\f') {
        tz->cur++;
        c = peekc(tz);
    }
    if (c == '#') {
        while (tz->cur < tz->end && *tz->cur != '\n') {
            tz->cur++;
        }
        c = peekc(tz);
    }
    return c;
}

int hs_comp_tokenizer_next(HsTokenizer *tz, HsToken *out, HsCompileError *err) {
    if (tz->pending.kind != HS_COMP_ERR_NONE || tz->done) {
        return sticky_error(tz, err);
    }
    for (;;) {
        if (tz->atbol) {
            tz->atbol = 0;
            if (indentation(tz, err) < 0) {
                return -1;
            }
        }
        if (tz->pendin != 0) {
            indent_token(tz, out);
            return 0;
        }
        int c = skip_blanks(tz);
        const char *start = tz->cur;
        if (c == -1) {
            return end_of_input(tz, out, err);
        }
        if (c == '\n') {
            tz->cur++;
            if (tz->blankline || tz->level > 0) {
                newline_consumed(tz);
                tz->atbol = tz->level == 0;
                continue;
            }
            make_token(tz, out, HS_TOK_NEWLINE, start, tz->lineno, tz->line_start);
            newline_consumed(tz);
            tz->atbol = 1;
            tz->cont_line = 0;
            return 0;
        }
        if (c == '\\') {
            if (continuation(tz, err) < 0) {
                return -1;
            }
            continue;
        }
        tz->blankline = 0;
        if (is_id_start(c)) {
            return scan_name_or_string(tz, out, start, err);
        }
        if (isdigit(c) ||
            (c == '.' && tz->cur + 1 < tz->end && isdigit((unsigned char)tz->cur[1]))) {
            if (scan_number(tz, err) < 0) {
                return -1;
            }
            make_token(tz, out, HS_TOK_NUMBER, start, tz->lineno, tz->line_start);
            return 0;
        }
        if (c == '"' || c == '\'') {
            int sline = tz->lineno;
            const char *sls = tz->line_start;
            if (scan_string(tz, start, err) < 0) {
                return -1;
            }
            make_token(tz, out, HS_TOK_STRING, start, sline, sls);
            return 0;
        }
        HsTokenType t = scan_op(tz);
        if (strchr("()[]{}", c) != NULL && brackets(tz, c, start, err) < 0) {
            return -1;
        }
        make_token(tz, out, t, start, tz->lineno, tz->line_start);
        return 0;
    }
}
