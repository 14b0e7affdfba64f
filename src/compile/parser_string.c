/* String literals: prefixes, escape decoding, implicit concatenation and f-strings
 * (CPython 3.11: Parser/string_parser.c, Parser/action_helpers.c
 * _PyPegen_concatenate_strings). Adjacent STRING tokens form one Constant (str or bytes) or,
 * if any has an 'f' prefix, one JoinedStr whose literal parts are merged and whose
 * Constant/FormattedValue children all carry the whole group's position (3.11 behaviour).
 * f-string expressions are re-tokenized as "(expr)" with the line/column shift CPython's
 * fstring_find_expr_location computes, and parsed by a nested HsParser sharing the arena.
 * Strings are UTF-8; a lone surrogate from \ud800-style escapes is stored as its 3-byte
 * (CESU-like) sequence. \N{...} knows a small table of names (see docs/internals/parser.md). */
#include "internal/hs_compile_parser.h"
#include "internal/hs_mem.h"

#include <ctype.h>
#include <string.h>

/* ==== constants and types ==== */
typedef struct Buf {
    char *s;
    size_t n, cap;
    int oom;
} Buf;

/* A JoinedStr under construction: pending literal text plus finished values. */
typedef struct Builder {
    Buf lit;
    HsVec values;
} Builder;

typedef struct Group {
    HsParser *p;
    HsAstPos pos;    /* of the whole run of tokens */
    const HsPTok *t; /* token being decoded */
    int raw;
} Group;

static const struct {
    const char *name;
    unsigned cp;
} uni_names[] = {
    {"SPACE", 0x20},
    {"NO-BREAK SPACE", 0xA0},
    {"COPYRIGHT SIGN", 0xA9},
    {"DEGREE SIGN", 0xB0},
    {"PLUS-MINUS SIGN", 0xB1},
    {"MICRO SIGN", 0xB5},
    {"MIDDLE DOT", 0xB7},
    {"MULTIPLICATION SIGN", 0xD7},
    {"DIVISION SIGN", 0xF7},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9},
    {"GREEK SMALL LETTER ALPHA", 0x3B1},
    {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER PI", 0x3C0},
    {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
    {"EN DASH", 0x2013},
    {"EM DASH", 0x2014},
    {"LEFT SINGLE QUOTATION MARK", 0x2018},
    {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C},
    {"RIGHT DOUBLE QUOTATION MARK", 0x201D},
    {"BULLET", 0x2022},
    {"HORIZONTAL ELLIPSIS", 0x2026},
    {"EURO SIGN", 0x20AC},
    {"RIGHTWARDS ARROW", 0x2192},
    {"INFINITY", 0x221E},
    {"CHECK MARK", 0x2713},
    {"BLACK STAR", 0x2605},
    {"SNOWMAN", 0x2603},
    {"REPLACEMENT CHARACTER", 0xFFFD},
    {"SNAKE", 0x1F40D},
    {"GRINNING FACE", 0x1F600},
    {"LINE FEED", 0x0A},
    {"CHARACTER TABULATION", 0x09},
    {"NULL", 0x00},
    {"ZERO WIDTH SPACE", 0x200B},
};

/* ==== buffers ==== */

static void buf_add(Buf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        size_t ncap = (b->n + n + 1) * 2;
        char *ns = hs_mem_raw_realloc(b->s, ncap);
        if (ns == NULL) {
            b->oom = 1;
            return;
        }
        b->s = ns;
        b->cap = ncap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void buf_cp(Buf *b, unsigned cp) {
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp, n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18)), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    }
    buf_add(b, u, n);
}

/* ==== escapes ==== */

/* The generic-position error CPython raises for a failed decode. */
static int decode_error(Group *g, int is_bytes, int start, int end, const char *why) {
    HsParser *p = g->p;
    HsPTok *last = HS_P_TOK(p, p->fill - 1);
    int save = p->fstring;
    p->fstring = 0;
    if (is_bytes) {
        hs_comp_p_error_tok(p, last, "(value error) %s at position %d", why, start);
    } else {
        hs_comp_p_error_tok(p, last,
                            "(unicode error) 'unicodeescape' codec can't decode bytes "
                            "in position %d-%d: %s",
                            start, end - 1, why);
    }
    p->fstring = save;
    return -1;
}

static int hexval(int c) {
    return isdigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* \N{NAME} at s[i] == 'N'; returns chars consumed after the backslash, or -1. */
static int named_escape(Group *g, const char *s, size_t n, size_t i, Buf *out) {
    size_t bs = i - 1;
    if (i + 1 >= n || s[i + 1] != '{') {
        return decode_error(g, 0, (int)bs, (int)i + 1, "malformed \\N character escape");
    }
    size_t j = i + 2;
    while (j < n && s[j] != '}') {
        j++;
    }
    if (j >= n || j == i + 2) {
        return decode_error(g, 0, (int)bs, (int)(j < n ? j : n), "malformed \\N character escape");
    }
    size_t len = j - (i + 2);
    for (size_t k = 0; k < sizeof uni_names / sizeof uni_names[0]; k++) {
        if (strlen(uni_names[k].name) == len &&
            strncasecmp(uni_names[k].name, s + i + 2, len) == 0) {
            buf_cp(out, uni_names[k].cp);
            return (int)(j - i + 1);
        }
    }
    if (len == 20 && strncasecmp(s + i + 2, "LATIN SMALL LETTER ", 19) == 0 &&
        isalpha((unsigned char)s[i + 21])) {
        buf_cp(out, (unsigned)tolower((unsigned char)s[i + 21]));
        return (int)(j - i + 1);
    }
    if (len == 22 && strncasecmp(s + i + 2, "LATIN CAPITAL LETTER ", 21) == 0 &&
        isalpha((unsigned char)s[i + 23])) {
        buf_cp(out, (unsigned)toupper((unsigned char)s[i + 23]));
        return (int)(j - i + 1);
    }
    return decode_error(g, 0, (int)bs, (int)j + 1, "unknown Unicode character name");
}

/* \x, \u, \U with 'digits' hex digits at s[i+1...]; returns chars consumed after the
 * backslash, or -1. */
static int hex_escape(Group *g, const char *s, size_t n, size_t i, int digits, int is_bytes,
                      Buf *out) {
    unsigned cp = 0;
    int k = 0;
    while (k < digits && i + 1 + (size_t)k < n && isxdigit((unsigned char)s[i + 1 + k])) {
        cp = cp * 16 + (unsigned)hexval((unsigned char)s[i + 1 + k]);
        k++;
    }
    if (k < digits) {
        if (is_bytes) {
            return decode_error(g, 1, (int)i - 1, 0, "invalid \\x escape");
        }
        const char *why = digits == 2   ? "truncated \\xXX escape"
                          : digits == 4 ? "truncated \\uXXXX escape"
                                        : "truncated \\UXXXXXXXX escape";
        return decode_error(g, 0, (int)i - 1, (int)i + 1 + k, why);
    }
    if (cp > 0x10FFFF) {
        return decode_error(g, 0, (int)i - 1, (int)i + 1 + k, "illegal Unicode character");
    }
    if (is_bytes) {
        char c = (char)cp;
        buf_add(out, &c, 1);
    } else {
        buf_cp(out, cp);
    }
    return 1 + k;
}

/* Decode the escapes of 'n' bytes at 's' into 'out' (CPython decode_unicode_with_escapes /
 * decode_bytes_with_escapes). */
static int decode_escapes(Group *g, const char *s, size_t n, int is_bytes, Buf *out) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\\' || i + 1 >= n) {
            buf_add(out, s + i, 1);
            continue;
        }
        char c = s[++i];
        static const char simple_from[] = "\n\\'\"abfnrtv";
        static const char simple_to[] = "\0\\'\"\a\b\f\n\r\t\v";
        const char *hit = strchr(simple_from, c);
        if (c != '\0' && hit != NULL) {
            if (c != '\n') {
                buf_add(out, &simple_to[hit - simple_from], 1);
            }
            continue;
        }
        if (c >= '0' && c <= '7') {
            unsigned v = (unsigned)(c - '0');
            for (int k = 0; k < 2 && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '7'; k++) {
                v = v * 8 + (unsigned)(s[++i] - '0');
            }
            if (is_bytes) {
                char b = (char)(v & 0xFF);
                buf_add(out, &b, 1);
            } else {
                buf_cp(out, v);
            }
            continue;
        }
        int used = 0;
        if (c == 'x') {
            used = hex_escape(g, s, n, i, 2, is_bytes, out);
        } else if (!is_bytes && (c == 'u' || c == 'U')) {
            used = hex_escape(g, s, n, i, c == 'u' ? 4 : 8, 0, out);
        } else if (!is_bytes && c == 'N') {
            used = named_escape(g, s, n, i, out);
        } else {
            buf_add(out, "\\", 1);
            buf_add(out, &c, 1);
            continue;
        }
        if (used < 0) {
            return -1;
        }
        i += (size_t)used - 1;
    }
    return 0;
}

static int decode_piece(Group *g, const char *s, size_t n, int is_bytes, Buf *out) {
    if (g->raw) {
        buf_add(out, s, n);
        return 0;
    }
    return decode_escapes(g, s, n, is_bytes, out);
}

/* ==== f-strings ==== */

static HsAstExpr *str_const(Group *g, const char *s, size_t n, HsAstPos pos) {
    HsAstExpr *e = hs_comp_p_expr(g->p, HS_EXPR_CONSTANT, pos);
    char *copy = hs_comp_arena_strndup(g->p->arena, s, n);
    if (e == NULL || copy == NULL) {
        return hs_comp_p_error(g->p, HS_COMP_ERR_MEMORY, 0, 0, 0, 0, "out of memory");
    }
    e->v.Constant.value.kind = HS_CONST_STR;
    e->v.Constant.value.s = copy;
    e->v.Constant.value.len = n;
    return e;
}

static int builder_flush(Group *g, Builder *b, HsAstPos pos) {
    if (b->lit.n == 0) {
        return 0;
    }
    HsAstExpr *e = str_const(g, b->lit.s, b->lit.n, pos);
    b->lit.n = 0;
    return e == NULL ? -1 : hs_comp_vec_push(g->p, &b->values, e);
}

/* The JoinedStr and its trailing literal take 'pos': the group's for the whole string, the
 * current token's for a format spec (CPython's FstringParser_Finish(p, state, t, t)). */
static HsAstExpr *builder_finish(Group *g, Builder *b, HsAstPos pos) {
    if (builder_flush(g, b, pos) < 0) {
        return NULL;
    }
    HsAstExpr *j = hs_comp_p_expr(g->p, HS_EXPR_JOINEDSTR, pos);
    if (j != NULL) {
        j->v.JoinedStr.values = hs_comp_vec_seq(g->p, &b->values);
    }
    return g->p->failed ? NULL : j;
}

/* An error raised by the string parser itself: at the last token read, "f-string: ..." */
static void *fstring_error(Group *g, const char *msg) {
    HsParser *p = g->p;
    int save = p->fstring;
    p->fstring = 0;
    hs_comp_p_error_tok(p, HS_P_TOK(p, p->fill - 1), "%s", msg);
    p->fstring = save;
    return NULL;
}

/* Parse expr_start..expr_end as "(expr)" placed where CPython's fstring_find_expr_location
 * puts it: lines counted in the token before the brace, columns from the last newline. */
static HsAstExpr *compile_expr(Group *g, const char *brace, const char *expr_end) {
    HsParser *p = g->p;
    const char *expr_start = brace + 1;
    const char *q = expr_start;
    while (q < expr_end && strchr(" \t\n\r\f\v", *q) != NULL) {
        q++;
    }
    if (q == expr_end) {
        return fstring_error(g, "f-string: empty expression not allowed");
    }
    const char *tok = g->t->t.start;
    int lines = 0, cols = 0, newline_after_brace = 1;
    for (q = expr_start; q < expr_end && *q != '}' && *q != '\n'; q++) {
        if (*q != ' ' && *q != '\t' && *q != '\f') {
            newline_after_brace = 0;
            break;
        }
    }
    if (!newline_after_brace) {
        const char *st = brace;
        while (st > tok && *st != '\n') {
            st--;
        }
        cols = (int)(brace - st) - (*st == '\n');
    }
    for (q = tok; q < brace; q++) {
        lines += *q == '\n';
    }
    size_t len = (size_t)(expr_end - expr_start);
    char *frag = hs_mem_raw_malloc(len + 3);
    if (frag == NULL) {
        return hs_comp_p_error(p, HS_COMP_ERR_MEMORY, 0, 0, 0, 0, "out of memory");
    }
    frag[0] = '(';
    memcpy(frag + 1, expr_start, len);
    frag[len + 1] = ')';
    frag[len + 2] = '\0';
    HsParser sub;
    memset(&sub, 0, sizeof sub);
    int col_base = (lines == 0 ? g->t->t.col_offset : 0) + cols;
    sub.tz = hs_comp_tokenizer_new_fragment(frag, len + 2, p->filename, g->t->t.lineno + lines,
                                            col_base);
    hs_mem_raw_free(frag);
    if (sub.tz == NULL) {
        return hs_comp_p_error(p, HS_COMP_ERR_MEMORY, 0, 0, 0, 0, "out of memory");
    }
    sub.line_tz = sub.tz;
    sub.arena = p->arena;
    sub.err = p->err;
    sub.filename = p->filename;
    sub.fstring = 1;
    sub.fcol_base = col_base;
    sub.depth = p->depth;
    HsAstExpr *e = hs_comp_p_star_expressions(&sub);
    if (e != NULL) {
        hs_comp_p_accept(&sub, HS_TOK_NEWLINE);
        if (!hs_comp_p_at(&sub, HS_TOK_ENDMARKER)) {
            e = hs_comp_p_syntax_error(&sub);
        }
    }
    p->too_deep |= sub.too_deep;
    if (sub.failed) {
        p->failed = 1;
        p->tok_failed |= sub.tok_failed;
        e = NULL;
    }
    hs_comp_p_free_tokens(&sub);
    hs_comp_tokenizer_free(sub.tz);
    return e;
}

/* Scan an f-string expression's text starting after '{' (CPython fstring_find_expr's loop).
 * Leaves '*s' at the '!', ':', '=' or '}' ending it. */
static int scan_expr(Group *g, const char **s, const char *end) {
    char parens[200];
    int depth = 0, quote = 0, qsize = 0;
    for (; *s < end; (*s)++) {
        char ch = **s;
        if (ch == '\\') {
            fstring_error(g, "f-string expression part cannot include a backslash");
            return -1;
        }
        if (quote) {
            if (ch == quote) {
                if (qsize == 3) {
                    if (*s + 2 < end && (*s)[1] == ch && (*s)[2] == ch) {
                        *s += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            qsize = (*s + 2 < end && (*s)[1] == ch && (*s)[2] == ch) ? 3 : 1;
            *s += qsize - 1;
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= 200) {
                fstring_error(g, "f-string: too many nested parenthesis");
                return -1;
            }
            parens[depth++] = ch;
        } else if (ch == '#') {
            fstring_error(g, "f-string expression part cannot include '#'");
            return -1;
        } else if (depth == 0 && strchr("!:}=<>", ch) != NULL) {
            if (*s + 1 < end && (*s)[1] == '=' && strchr("!=<>", ch) != NULL) {
                (*s)++;
                continue;
            }
            if (ch == '<' || ch == '>') {
                continue;
            }
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            char msg[128];
            if (depth == 0) {
                snprintf(msg, sizeof msg, "f-string: unmatched '%c'", ch);
                fstring_error(g, msg);
                return -1;
            }
            char open = parens[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                snprintf(msg, sizeof msg,
                         "f-string: closing parenthesis '%c' does not match "
                         "opening parenthesis '%c'",
                         ch, open);
                fstring_error(g, msg);
                return -1;
            }
        }
    }
    if (quote) {
        fstring_error(g, "f-string: unterminated string");
        return -1;
    }
    if (depth) {
        char msg[64];
        snprintf(msg, sizeof msg, "f-string: unmatched '%c'", parens[depth - 1]);
        fstring_error(g, msg);
        return -1;
    }
    return 0;
}

static int parse_into(Group *g, const char **s, const char *end, int lvl, Builder *b);

/* One replacement field at '{' (CPython fstring_find_expr): adds any '=' text to the
 * literal, then a FormattedValue. */
static int fstring_expr(Group *g, const char **s, const char *end, int lvl, Builder *b) {
    if (lvl >= 2) {
        fstring_error(g, "f-string: expressions nested too deeply");
        return -1;
    }
    const char *brace = (*s)++;
    if (scan_expr(g, s, end) < 0) {
        return -1;
    }
    if (*s >= end) {
        fstring_error(g, "f-string: expecting '}'");
        return -1;
    }
    HsAstExpr *value = compile_expr(g, brace, *s);
    if (value == NULL) {
        return -1;
    }
    int has_text = 0, conversion = -1;
    if (**s == '=') {
        (*s)++;
        while (*s < end && strchr(" \t\n\r\f\v", **s) != NULL) {
            (*s)++;
        }
        buf_add(&b->lit, brace + 1, (size_t)(*s - brace - 1));
        has_text = 1;
    }
    if (*s < end && **s == '!') {
        (*s)++;
        if (*s >= end) {
            fstring_error(g, "f-string: expecting '}'");
            return -1;
        }
        conversion = (unsigned char)*(*s)++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            fstring_error(g, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return -1;
        }
    }
    HsAstExpr *spec = NULL;
    if (*s < end && **s == ':') {
        (*s)++;
        Builder sb;
        memset(&sb, 0, sizeof sb);
        int r = *s >= end ? -1 : parse_into(g, s, end, lvl + 1, &sb);
        spec = r < 0 ? NULL : builder_finish(g, &sb, hs_comp_pos_tok(g->t, g->t));
        hs_mem_raw_free(sb.lit.s);
        if (r < 0 && !g->p->failed) {
            fstring_error(g, "f-string: expecting '}'");
        }
        if (spec == NULL) {
            return -1;
        }
    }
    if (*s >= end || **s != '}') {
        fstring_error(g, "f-string: expecting '}'");
        return -1;
    }
    (*s)++;
    if (has_text && spec == NULL && conversion == -1) {
        conversion = 'r';
    }
    if (builder_flush(g, b, g->pos) < 0) {
        return -1;
    }
    HsAstExpr *fv = hs_comp_p_expr(g->p, HS_EXPR_FORMATTEDVALUE, g->pos);
    if (fv == NULL) {
        return -1;
    }
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    return hs_comp_vec_push(g->p, &b->values, fv);
}

/* Literal text up to the next '{' or '}' (CPython fstring_find_literal). Returns 1 when a
 * doubled brace was taken (scan again), 0 at a brace or the end, -1 on error. */
static int find_literal(Group *g, const char **s, const char *end, int lvl, Builder *b) {
    const char *start = *s, *q = *s;
    int result = 0;
    while (q < end) {
        char ch = *q++;
        if (!g->raw && ch == '\\' && q < end) {
            ch = *q++;
            if (ch == 'N') {
                if (q < end && *q++ == '{') {
                    while (q < end && *q++ != '}') {
                    }
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (lvl == 0) {
                if (q < end && *q == ch) {
                    *s = q + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *s = q - 1;
                    fstring_error(g, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            q--;
            break;
        }
    }
    *s = q;
done:
    if (decode_piece(g, start, (size_t)(q - start), 0, &b->lit) < 0) {
        return -1;
    }
    return result;
}

/* The body of one f-string (or of a format spec when 'lvl' > 0, stopping at its '}'). */
static int parse_into(Group *g, const char **s, const char *end, int lvl, Builder *b) {
    while (*s < end) {
        int r = find_literal(g, s, end, lvl, b);
        if (r < 0) {
            return -1;
        }
        if (r == 1) {
            continue;
        }
        if (*s >= end || **s == '}') {
            break;
        }
        if (fstring_expr(g, s, end, lvl, b) < 0) {
            return -1;
        }
    }
    return 0;
}

/* ==== internal API ==== */

typedef struct StrTok {
    const char *body;
    size_t len;
    int bytes, raw, fstr;
} StrTok;

static void split_token(const HsPTok *t, StrTok *st) {
    const char *s = t->t.start;
    size_t i = 0;
    memset(st, 0, sizeof *st);
    while (s[i] != '\'' && s[i] != '"') {
        char c = (char)tolower((unsigned char)s[i++]);
        st->bytes |= c == 'b';
        st->raw |= c == 'r';
        st->fstr |= c == 'f';
    }
    size_t q = (t->t.len >= i + 6 && s[i + 1] == s[i] && s[i + 2] == s[i]) ? 3 : 1;
    st->body = s + i + q;
    st->len = t->t.len - i - 2 * q;
}

static HsAstExpr *strings_body(Group *g, int first, int last, Builder *b, int *bytesmode) {
    HsParser *p = g->p;
    int fmode = 0;
    for (int i = first; i <= last; i++) {
        StrTok st;
        split_token(HS_P_TOK(p, i), &st);
        fmode |= st.fstr;
        if (*bytesmode == -1) {
            *bytesmode = st.bytes;
        } else if (*bytesmode != st.bytes) {
            return hs_comp_p_error_tok(p, HS_P_TOK(p, p->fill - 1),
                                       "cannot mix bytes and nonbytes literals");
        }
    }
    for (int i = first; i <= last; i++) {
        StrTok st;
        split_token(HS_P_TOK(p, i), &st);
        g->t = HS_P_TOK(p, i);
        g->raw = st.raw;
        if (st.bytes) {
            for (size_t k = 0; k < st.len; k++) {
                if ((unsigned char)st.body[k] >= 0x80) {
                    return hs_comp_p_error_tok(p, g->t,
                                               "bytes can only contain ASCII literal characters");
                }
            }
        }
        const char *s = st.body;
        if (st.fstr ? parse_into(g, &s, st.body + st.len, 0, b) < 0
                    : decode_piece(g, st.body, st.len, st.bytes, &b->lit) < 0) {
            return NULL;
        }
    }
    if (b->lit.oom) {
        return hs_comp_p_error(p, HS_COMP_ERR_MEMORY, 0, 0, 0, 0, "out of memory");
    }
    if (fmode) {
        return builder_finish(g, b, g->pos);
    }
    HsAstExpr *e = hs_comp_p_expr(p, HS_EXPR_CONSTANT, g->pos);
    char *copy = hs_comp_arena_strndup(p->arena, b->lit.s != NULL ? b->lit.s : "", b->lit.n);
    if (e == NULL || copy == NULL) {
        return hs_comp_p_error(p, HS_COMP_ERR_MEMORY, 0, 0, 0, 0, "out of memory");
    }
    e->v.Constant.value.kind = *bytesmode ? HS_CONST_BYTES : HS_CONST_STR;
    e->v.Constant.value.s = copy;
    e->v.Constant.value.len = b->lit.n;
    if (!*bytesmode && HS_P_TOK(p, first)->t.start[0] == 'u') {
        e->v.Constant.kind = "u";
    }
    return e;
}

HsAstExpr *hs_comp_p_strings(HsParser *p, int first, int last) {
    Group g;
    memset(&g, 0, sizeof g);
    g.p = p;
    g.pos = hs_comp_pos_tok(HS_P_TOK(p, first), HS_P_TOK(p, last));
    hs_comp_p_peek(p, 0); /* CPython has read the token after the strings */
    Builder b;
    memset(&b, 0, sizeof b);
    int bytesmode = -1;
    HsAstExpr *e = strings_body(&g, first, last, &b, &bytesmode);
    hs_mem_raw_free(b.lit.s);
    return p->failed ? NULL : e;
}
