/* Number and string formatting kernels, byte for byte CPython 3.11 (Python/pystrtod.c,
 * Python/formatter_unicode.c, Objects/floatobject.c, Objects/unicodeobject.c's %-formatting).
 * Pure C, no objects: the float, int and str types call these and build the objects.
 * See docs/internals/numbers-and-hashing.md.
 *
 * Results: fixed-size caller buffers where the size is bounded (repr, hex), otherwise an
 * HsFmtOut holding a NUL-terminated UTF-8 string allocated with hs_mem_raw_malloc and freed
 * by hs_obj_fmt_out_free (also after a failure: it is then empty). Every function that
 * produces an HsFmtOut initialises it first (so never pass one holding a string). 'nchars'
 * counts code points (what len() of the resulting str is) and 'maxchar' is the largest code
 * point, so the caller can pick the PEP 393 kind. A lone surrogate used as a fill character
 * is written as its 3-byte sequence (as PEP 393 strings may hold one); callers that want no
 * UTF-8 at all use hs_obj_fmt_str_layout.
 *
 * Errors: functions returning int return 0 on success and -1 on failure with 'err' filled;
 * hs_obj_fmt_error_message writes CPython's exact message, hs_obj_fmt_error_exc names the
 * exception class. The messages, as CPython 3.11 spells them (V = ValueError,
 * O = OverflowError, Z = ZeroDivisionError, M = MemoryError):
 *   NOMEM                M  (no message)
 *   INVALID_SPEC         V  Invalid format specifier '<spec>' for object of type '<type>'
 *   MISSING_PRECISION    V  Format specifier missing precision
 *   TOO_MANY_DIGITS      V  Too many decimal digits in format string
 *   COMMA_AND_UNDERSCORE V  Cannot specify both ',' and '_'.
 *   SEP_WITH_TYPE        V  Cannot specify '<sep>' with '<c>'.   ('\x<hex>' unless 33..127)
 *   UNKNOWN_CODE         V  Unknown format code '<c>' for object of type '<type>'   (idem)
 *   STR_SPACE            V  Space not allowed in string format specifier
 *   STR_SIGN             V  Sign not allowed in string format specifier
 *   STR_NEG_ZERO         V  Negative zero coercion (z) not allowed in string format specifier
 *   STR_ALT              V  Alternate form (#) not allowed in string format specifier
 *   STR_EQ_ALIGN         V  '=' alignment not allowed in string format specifier
 *   INT_PRECISION        V  Precision not allowed in integer format specifier
 *   INT_NEG_ZERO         V  Negative zero coercion (z) not allowed in integer format specifier
 *   CHAR_SIGN            V  Sign not allowed with integer format specifier 'c'
 *   CHAR_ALT             V  Alternate form (#) not allowed with integer format specifier 'c'
 *   CHAR_RANGE           O  %c arg not in range(0x110000)
 *   CHAR_LONG            O  Python int too large to convert to C long
 *   INT_TO_FLOAT         O  int too large to convert to float
 *   PRECISION_TOO_BIG    V  precision too big
 *   PRECISION_TOO_LARGE  O  precision too large   (%-formatting of ints)
 *   ROUND_OVERFLOW       O  rounded value too large to represent
 *   HEX_INVALID          V  invalid hexadecimal floating-point string
 *   HEX_OVERFLOW         O  hexadecimal value too large to represent as a float
 *   HEX_TOO_LONG         V  hexadecimal string too long to convert
 *   FLOAT_PARSE          V  could not convert string to float: <repr(input)>
 *                           (the message writer writes the prefix; the caller appends
 *                           repr() of the original str or bytes object)
 *   FLOAT_LITERAL        V  invalid float literal  (the tokenizer's job; valid tokens
 *                           never fail)
 *   MODULO               Z  float modulo
 *   FLOORDIV             Z  float floor division by zero
 *   DIVMOD               Z  float divmod()
 *   DIV                  Z  float division by zero
 * (each name is HS_FMT_E_<name>).
 */
#ifndef HS_INTERNAL_HS_OBJ_FMT_H
#define HS_INTERNAL_HS_OBJ_FMT_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "hs/config.h"

#include <stddef.h>
#include <stdint.h>

/* ==== errors ==== */
typedef enum HsFmtCode {
    HS_FMT_OK = 0,
    HS_FMT_E_NOMEM,
    HS_FMT_E_INVALID_SPEC,
    HS_FMT_E_MISSING_PRECISION,
    HS_FMT_E_TOO_MANY_DIGITS,
    HS_FMT_E_COMMA_AND_UNDERSCORE,
    HS_FMT_E_SEP_WITH_TYPE,
    HS_FMT_E_UNKNOWN_CODE,
    HS_FMT_E_STR_SPACE,
    HS_FMT_E_STR_SIGN,
    HS_FMT_E_STR_NEG_ZERO,
    HS_FMT_E_STR_ALT,
    HS_FMT_E_STR_EQ_ALIGN,
    HS_FMT_E_INT_PRECISION,
    HS_FMT_E_INT_NEG_ZERO,
    HS_FMT_E_CHAR_SIGN,
    HS_FMT_E_CHAR_ALT,
    HS_FMT_E_CHAR_RANGE,
    HS_FMT_E_CHAR_LONG,
    HS_FMT_E_INT_TO_FLOAT,
    HS_FMT_E_PRECISION_TOO_BIG,
    HS_FMT_E_PRECISION_TOO_LARGE,
    HS_FMT_E_ROUND_OVERFLOW,
    HS_FMT_E_HEX_INVALID,
    HS_FMT_E_HEX_OVERFLOW,
    HS_FMT_E_HEX_TOO_LONG,
    HS_FMT_E_FLOAT_PARSE,
    HS_FMT_E_FLOAT_LITERAL,
    HS_FMT_E_MODULO,
    HS_FMT_E_FLOORDIV,
    HS_FMT_E_DIVMOD,
    HS_FMT_E_DIV
} HsFmtCode;

typedef enum HsFmtExc {
    HS_FMT_EXC_NONE = 0,
    HS_FMT_EXC_MEMORY,
    HS_FMT_EXC_VALUE,
    HS_FMT_EXC_OVERFLOW,
    HS_FMT_EXC_ZERODIV
} HsFmtExc;

/* 'ch' is the offending type code (UNKNOWN_CODE, SEP_WITH_TYPE); 'sep' is ',' or '_' for
 * SEP_WITH_TYPE. */
typedef struct HsFmtError {
    HsFmtCode code;
    uint32_t ch;
    uint32_t sep;
} HsFmtError;

/* The exception class for 'code'. */
HsFmtExc hs_obj_fmt_error_exc(HsFmtCode code);

/* Name of that class ("ValueError", ...), "" for HS_FMT_OK. */
const char *hs_obj_fmt_error_exc_name(HsFmtCode code);

/* Write CPython's message for 'err' to 'out' (UTF-8, NUL-terminated, truncated to 'outsz').
 * 'type_name' is the tp_name of the formatted object (printed as %.200s); 'spec'/'spec_len'
 * the format spec as given (for INVALID_SPEC). Returns the full message length in bytes. */
size_t hs_obj_fmt_error_message(const HsFmtError *err, const char *type_name,
                                const uint32_t *spec, size_t spec_len, char *out, size_t outsz);

/* ==== output buffer ==== */
typedef struct HsFmtOut {
    char *utf8;        /* NUL-terminated, hs_mem_raw_malloc'ed; NULL when empty */
    size_t len;        /* bytes, without the NUL */
    size_t nchars;     /* code points */
    uint32_t maxchar;  /* largest code point, 0 when empty */
    size_t cap;        /* internal */
    int failed;        /* internal: an allocation failed */
} HsFmtOut;

void hs_obj_fmt_out_init(HsFmtOut *out);
void hs_obj_fmt_out_free(HsFmtOut *out);
/* Append helpers (used by the formatting files; set 'failed' on allocation failure). */
void hs_obj_fmt_out_bytes(HsFmtOut *out, const char *s, size_t n);
void hs_obj_fmt_out_repeat(HsFmtOut *out, uint32_t cp, Hs_ssize_t count);
/* Compute nchars/maxchar and NUL-terminate. Returns -1 (err = NOMEM) if anything failed. */
int hs_obj_fmt_out_finish(HsFmtOut *out, HsFmtError *err);

/* ==== the format-spec mini-language (formatter_unicode.c) ==== */
/* Grouping kinds, as CPython's LocaleType. */
enum {
    HS_FMT_SEP_NONE = 0,
    HS_FMT_SEP_COMMA = ',',
    HS_FMT_SEP_UNDERSCORE = '_',
    HS_FMT_SEP_UNDER_FOUR = 1, /* '_' every 4 digits (b, o, x, X) */
    HS_FMT_SEP_LOCALE = 2      /* 'n': the C locale, which has no grouping */
};

typedef struct HsFmtSpec {
    uint32_t fill;         /* ' ' unless given */
    uint32_t align;        /* '<', '>', '=', '^' */
    int alternate;         /* '#' */
    int no_neg_0;          /* 'z' */
    uint32_t sign;         /* 0, '+', '-', ' ' */
    Hs_ssize_t width;      /* -1 when not given */
    int thousands;         /* HS_FMT_SEP_* */
    Hs_ssize_t precision;  /* -1 when not given */
    uint32_t type;         /* the default type when not given */
} HsFmtSpec;

/* Parse 'spec' (code points; width/precision digits may be any Unicode decimal digit, as
 * Py_UNICODE_TODECIMAL) as parse_internal_render_format_spec with 'default_type' and
 * 'default_align'. Errors: INVALID_SPEC, MISSING_PRECISION, TOO_MANY_DIGITS,
 * COMMA_AND_UNDERSCORE, SEP_WITH_TYPE. */
int hs_obj_fmt_parse_spec(const uint32_t *spec, size_t n, uint32_t default_type,
                          uint32_t default_align, HsFmtSpec *out, HsFmtError *err);

/* Decode UTF-8 into code points: 'out' needs 'n' slots. Returns the count, or -1 if invalid. */
Hs_ssize_t hs_obj_fmt_utf8_decode(const char *s, size_t n, uint32_t *out);

/* Lay out a number as calc_number_widths + fill_number do: sign, 'prefix' (ASCII, e.g. "0x"),
 * then 'body' = digits [ '.' ] remainder (UTF-8; 'n_remainder' bytes after the digits and the
 * optional point are copied as they are). 'sign_char' is '-' or 0. 'upper' upper-cases prefix
 * and digits (type 'X'). Appends to 'out'. */
void hs_obj_fmt_number(const HsFmtSpec *spec, char sign_char, const char *prefix,
                       size_t n_prefix, const char *body, size_t n_body, size_t n_remainder,
                       int has_decimal, int upper, HsFmtOut *out);

/* ==== str.__format__ ==== */
/* What format(s, spec) produces for a str of 'nchars' code points: 'lpad' fill characters,
 * then the first 'keep' code points of s, then 'rpad' fill characters. An empty spec is
 * {0, nchars, 0}. Errors: the parse errors (type_name 'str'), STR_SPACE, STR_SIGN,
 * STR_NEG_ZERO, STR_ALT, STR_EQ_ALIGN, UNKNOWN_CODE. CPython: format_string_internal. */
typedef struct HsStrLayout {
    Hs_ssize_t lpad, keep, rpad;
    uint32_t fill;
} HsStrLayout;

int hs_obj_fmt_str_layout(const uint32_t *spec, size_t spec_len, Hs_ssize_t nchars,
                          HsStrLayout *layout, HsFmtError *err);

/* format(s, spec) on UTF-8 's'; the convenience form of hs_obj_fmt_str_layout. */
int hs_obj_fmt_str(const char *s, size_t len, const uint32_t *spec, size_t spec_len,
                   HsFmtOut *out, HsFmtError *err);

/* ==== int.__format__ and %-formatting of ints ==== */
/* The int is '-' if 'negative', then the magnitude as 'ndigits' digits of 'digits' in 'base'
 * (2, 8, 10 or 16; '0'-'9', 'a'-'f' or 'A'-'F'; no prefix, no sign; "0" for zero). When the
 * presentation base differs the digits are converted here (quadratic time: for huge ints
 * pass the digits in the base that will be shown). An empty spec gives str(int).
 * Types b c d o x X n and none; e E f F g G % convert the value to a float (correctly
 * rounded; OverflowError INT_TO_FLOAT past DBL_MAX) and format it as float.__format__ does.
 * Errors: the parse errors, INT_PRECISION, INT_NEG_ZERO, CHAR_SIGN, CHAR_ALT, CHAR_RANGE,
 * CHAR_LONG, INT_TO_FLOAT, PRECISION_TOO_BIG, UNKNOWN_CODE. CPython: format_long_internal. */
int hs_obj_fmt_int(const char *digits, size_t ndigits, int base, int negative,
                   const uint32_t *spec, size_t spec_len, HsFmtOut *out, HsFmtError *err);

/* One parsed %-conversion: flags, width (-1: none), precision (-1: none), type. */
enum { HS_PCT_LJUST = 1, HS_PCT_SIGN = 2, HS_PCT_BLANK = 4, HS_PCT_ALT = 8, HS_PCT_ZERO = 16 };

typedef struct HsPercentSpec {
    int flags;
    Hs_ssize_t width;
    int prec;
    char type; /* d i u o x X for ints; e E f F g G for floats */
} HsPercentSpec;

/* '%<flags><width>.<prec><type>' % int, as _PyUnicode_FormatLong + unicode_format_arg_output.
 * Errors: PRECISION_TOO_LARGE, NOMEM. */
int hs_obj_fmt_int_percent(const char *digits, size_t ndigits, int base, int negative,
                           const HsPercentSpec *ps, HsFmtOut *out, HsFmtError *err);

/* Lay out a %-conversion result 'body' (ASCII, may start with '-' or '+', then "0x"/"0o"
 * when alt applies) with flags and width. CPython: unicode_format_arg_output. */
void hs_obj_fmt_percent_output(const HsPercentSpec *ps, const char *body, size_t n,
                               HsFmtOut *out);

/* Convert a digit string between bases 2, 8, 10, 16 (lowercase output, no leading zeros).
 * Returns a hs_mem_raw_malloc'ed NUL-terminated string, NULL on allocation failure. */
char *hs_obj_fmt_convert_base(const char *digits, size_t n, int from, int to, size_t *outlen);

/* ==== floats (floatfmt.c) ==== */
/* Flags of hs_obj_float_to_string, as Py_DTSF_*. */
enum { HS_DTSF_SIGN = 1, HS_DTSF_ADD_DOT_0 = 2, HS_DTSF_ALT = 4, HS_DTSF_NO_NEG_0 = 8 };

/* repr(x) == str(x): shortest round-trip digits, exponent form when the decimal exponent is
 * < -4 or >= 16 ("1e+16", "1e-05", "0.0001", "123.0", "inf", "-inf", "nan", "-0.0").
 * 'buf' needs HS_FLOAT_REPR_SIZE bytes; returns the length. CPython: float_repr. */
#define HS_FLOAT_REPR_SIZE 32
size_t hs_obj_float_repr(double x, char *buf);

/* PyOS_double_to_string(x, code, precision, flags): code 'e' 'E' 'f' 'F' 'g' 'G' 'r' (with
 * precision 0). Result ASCII in 'out'. Errors: NOMEM. */
int hs_obj_float_to_string(double x, char code, int precision, int flags, HsFmtOut *out,
                           HsFmtError *err);

/* format(x, spec) (float.__format__): '' gives repr; types e E f F g G n % and none.
 * Errors: the parse errors (type 'float'), PRECISION_TOO_BIG, UNKNOWN_CODE, NOMEM. */
int hs_obj_float_format(double x, const uint32_t *spec, size_t spec_len, HsFmtOut *out,
                        HsFmtError *err);

/* float.__format__ with an already parsed spec (also used for ints shown as floats). */
int hs_obj_float_format_spec(double x, const HsFmtSpec *spec, HsFmtOut *out, HsFmtError *err);

/* '%<flags><width>.<prec><type>' % x for type e E f F g G (default precision 6).
 * CPython: formatfloat + unicode_format_arg_output. Errors: NOMEM. */
int hs_obj_float_percent(double x, const HsPercentSpec *ps, HsFmtOut *out, HsFmtError *err);

/* round(x, ndigits) for a float x (float.__round__ with an int ndigits, already clipped to
 * Hs_ssize_t as PyNumber_AsSsize_t does). Errors: ROUND_OVERFLOW, NOMEM. */
int hs_obj_float_round(double x, Hs_ssize_t ndigits, double *result, HsFmtError *err);

/* round(x) (no ndigits): the nearest integral double, ties to even. The caller converts it
 * to an int (and raises for inf/nan as PyLong_FromDouble does). */
double hs_obj_float_round_int(double x);

/* float.hex(): "0x1.8000000000000p+1", "-0x0.0p+0", "inf", "nan". 'buf' needs
 * HS_FLOAT_HEX_SIZE bytes; returns the length. */
#define HS_FLOAT_HEX_SIZE 32
size_t hs_obj_float_hex(double x, char *buf);

/* float.fromhex(s) on the UTF-8 bytes of s. Errors: HEX_INVALID, HEX_OVERFLOW,
 * HEX_TOO_LONG. */
int hs_obj_float_fromhex(const char *s, size_t len, double *result, HsFmtError *err);

/* float(s): 's' is the ASCII text after CPython's _PyUnicode_TransformDecimalAndSpaceToASCII
 * (the caller maps Unicode white space to ' ', Unicode decimal digits to '0'..'9' and any
 * other non-ASCII code point to '?'), or the bytes of a bytes object. Leading and trailing
 * white space, '_' between digits, inf/infinity/nan in any case with a sign.
 * Errors: FLOAT_PARSE (the caller appends repr() of the original object). */
int hs_obj_float_parse(const char *s, size_t len, double *result, HsFmtError *err);

/* A float literal from source text as the tokenizer delimited it ("1_000.5e-3", no 'j'):
 * removes the underscores and converts, correctly rounded. Errors: FLOAT_LITERAL, NOMEM. */
int hs_obj_float_parse_literal(const char *s, size_t len, double *result, HsFmtError *err);

/* x % y, x // y, divmod(x, y) with Python's sign rules (float_rem, float_floor_div,
 * float_divmod) and x / y. Errors: MODULO, FLOORDIV, DIVMOD, DIV for y == 0. */
int hs_obj_float_mod(double x, double y, double *mod, HsFmtError *err);
int hs_obj_float_floordiv(double x, double y, double *floordiv, HsFmtError *err);
int hs_obj_float_divmod(double x, double y, double *floordiv, double *mod, HsFmtError *err);
int hs_obj_float_div(double x, double y, double *quot, HsFmtError *err);

#endif /* HS_INTERNAL_HS_OBJ_FMT_H */
