/* Float <-> text kernels, byte for byte as CPython 3.11: PyOS_double_to_string and
 * format_float_short (Python/pystrtod.c), float_repr, float.__round__/double_round,
 * float.hex/fromhex, float_rem/float_floor_div/float_divmod (Objects/floatobject.c),
 * format_float_internal (Python/formatter_unicode.c), formatfloat (%-formatting) and
 * float(str) (PyFloat_FromString, _Py_string_to_number_with_underscores).
 * CPython gets its digits from David Gay's _Py_dg_dtoa; here glibc's correctly rounded
 * printf/strtod provide the same digits: mode 0 (shortest round-trip) by trying 1..17
 * significant digits, modes 2 and 3 (n significant / n after the point) by "%.*e"/"%.*f",
 * both rounding half to even on the exact binary value, as dtoa does. Invariants: digit
 * strings carry no trailing zeros and zero is "0" with decpt 1, as dtoa returns them.
 * See docs/internals/numbers-and-hashing.md. */
#include "internal/hs_obj_fmt.h"
#include "internal/hs_mem.h"

#include <errno.h>
#include <float.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== constants and types ==== */

/* dtoa's answer: 'digits' (no trailing zeros) and the decimal point position 'decpt', so
 * the value is 0.<digits> * 10**decpt; special is 'i' (infinity), 'n' (nan) or 0. */
typedef struct Dtoa {
    char *digits; /* hs_mem_raw_malloc'ed, NUL-terminated */
    int len;
    int decpt;
    int sign;
    char special;
} Dtoa;

#define EXACT_DIGITS 800 /* more than the 767 significant digits of any double */
#define FIXED_MAX_PLACES 1100 /* more than the 1074 fractional digits of any double */
#define NDIGITS_MAX 323  /* (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 */
#define NDIGITS_MIN (-308)

/* ==== static helpers: digits ==== */

/* printf and strtod follow LC_NUMERIC; dtoa does not. Each conversion here runs under the
 * "C" locale (a thread-local switch), so a program that sets LC_NUMERIC cannot change the
 * decimal point. Returns the locale to restore, or 0 if none could be made. */
static locale_t enter_c_locale(void) {
    static locale_t c_loc;
    if (c_loc == (locale_t)0) {
        c_loc = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    }
    return c_loc == (locale_t)0 ? (locale_t)0 : uselocale(c_loc);
}

static void leave_c_locale(locale_t old) {
    if (old != (locale_t)0) {
        uselocale(old);
    }
}

static int fail(HsFmtError *err, HsFmtCode code) {
    if (err != NULL) {
        err->code = code;
        err->ch = 0;
        err->sep = 0;
    }
    return -1;
}

static int is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Parse printf's "d.ddde+XX" into digits (trailing zeros stripped) and decpt. */
static void take_e_digits(const char *buf, Dtoa *d) {
    int k = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++) {
        if (*p != '.') {
            d->digits[k++] = *p;
        }
    }
    d->decpt = atoi(p + 1) + 1;
    while (k > 1 && d->digits[k - 1] == '0') {
        k--;
    }
    d->digits[k] = '\0';
    d->len = k;
}

/* Rewrite the p-digit decimal printed in 'buf' ("d.ddde+XX") as its neighbour among p-digit
 * decimals, above (dir > 0) or below. Below a power of ten the spacing shrinks, so the
 * neighbour below 1.00e5 is 9.99e4. */
static void step_last_digit(char *buf, int p, int dir) {
    char dig[24];
    int k = 0, i = p - 1;
    const char *q = buf;
    for (; *q != 'e'; q++) {
        if (*q != '.') {
            dig[k++] = *q;
        }
    }
    int exp = atoi(q + 1);
    if (dir > 0) {
        while (i >= 0 && dig[i] == '9') {
            dig[i--] = '0';
        }
        if (i < 0) {
            dig[0] = '1';
            exp++;
        } else {
            dig[i]++;
        }
    } else {
        while (i > 0 && dig[i] == '0') {
            dig[i--] = '9';
        }
        dig[i]--;
        if (dig[0] == '0') {
            memset(dig, '9', (size_t)p);
            exp--;
        }
    }
    int n = 0;
    buf[n++] = dig[0];
    if (p > 1) {
        buf[n++] = '.';
        memcpy(buf + n, dig + 1, (size_t)p - 1);
        n += p - 1;
    }
    snprintf(buf + n, 16, "e%+03d", exp);
}

/* Is some p-digit decimal inside the rounding interval of 'ax'? If so 'buf' holds the one
 * nearest to 'ax': the correctly rounded one, or, when the interval is lopsided (at a power
 * of two) and that one misses it, its neighbour on the far side of 'ax'. The answer is
 * monotonic in p (a p-digit decimal is also a (p+1)-digit one). */
static int probe(double ax, int p, char *buf, size_t n) {
    snprintf(buf, n, "%.*e", p - 1, ax);
    double back = strtod(buf, NULL);
    if (back == ax) {
        return 1;
    }
    step_last_digit(buf, p, back < ax ? 1 : -1);
    return strtod(buf, NULL) == ax;
}

/* Mode 0: the shortest digit string that strtod maps back to 'ax' (> 0, finite), the one
 * nearest to 'ax' among those, as _Py_dg_dtoa(mode 0). 17 digits always suffice; most
 * doubles need 16 or 17, so 15 is asked first, then a binary search below it. */
static void dtoa_shortest(double ax, Dtoa *d) {
    char buf[48], best[48];
    if (!probe(ax, 15, best, sizeof best)) {
        if (!probe(ax, 16, best, sizeof best)) {
            snprintf(best, sizeof best, "%.16e", ax);
        }
        take_e_digits(best, d);
        return;
    }
    int lo = 1, hi = 15;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (probe(ax, mid, buf, sizeof buf)) {
            hi = mid;
            memcpy(best, buf, sizeof best);
        } else {
            lo = mid + 1;
        }
    }
    take_e_digits(best, d);
}

/* Round the exact digits 'D' (0.D * 10**decpt) to 'keep' digits, half to even. */
static void round_exact(Dtoa *d, int keep, int ndigits) {
    char *D = d->digits;
    if (keep < 0 || (keep == 0 && !(D[0] > '5' || (D[0] == '5' && d->len > 1)))) {
        D[0] = '\0';
        d->len = 0;
        d->decpt = -ndigits;
        return;
    }
    if (keep >= d->len) {
        return;
    }
    int up = 0;
    if (keep == 0) {
        up = 1;
    } else if (D[keep] > '5' || (D[keep] == '5' && keep + 1 < d->len)) {
        up = 1;
    } else if (D[keep] == '5') {
        up = (D[keep - 1] - '0') & 1;
    }
    d->len = keep;
    if (up) {
        int i = keep - 1;
        while (i >= 0 && D[i] == '9') {
            D[i--] = '0';
        }
        if (i < 0) {
            D[0] = '1';
            d->len = 1;
            d->decpt++;
        } else {
            D[i]++;
        }
    }
    while (d->len > 1 && D[d->len - 1] == '0') {
        d->len--;
    }
    D[d->len] = '\0';
}

/* Mode 3 ('f' and round()): digits up to 'ndigits' places after the point. */
static int dtoa_fixed(double ax, int ndigits, Dtoa *d) {
    if (ndigits < 0) {
        snprintf(d->digits, EXACT_DIGITS + 16, "%.*e", EXACT_DIGITS, ax);
        take_e_digits(d->digits, d);
        round_exact(d, d->decpt + ndigits, ndigits);
        return 0;
    }
    /* A double has at most 1074 digits after the point: past that printf adds only zeros,
     * which dtoa would strip anyway. */
    int places = ndigits < FIXED_MAX_PLACES ? ndigits : FIXED_MAX_PLACES;
    size_t n = (size_t)places + 330;
    char *buf = hs_mem_raw_malloc(n);
    if (buf == NULL) {
        return -1;
    }
    snprintf(buf, n, "%.*f", places, ax);
    int k = 0, decpt = 0, seen_point = 0, leading = 1;
    for (const char *p = buf; *p; p++) {
        if (*p == '.') {
            seen_point = 1;
            continue;
        }
        if (!seen_point) {
            decpt++;
        }
        if (leading && *p == '0') {
            decpt--;
            continue;
        }
        leading = 0;
        d->digits[k++] = *p;
    }
    while (k > 0 && d->digits[k - 1] == '0') {
        k--;
    }
    d->digits[k] = '\0';
    d->len = k;
    d->decpt = k == 0 ? -ndigits : decpt;
    hs_mem_raw_free(buf);
    return 0;
}

/* The digits of a finite ax > 0 for dtoa(). */
static int dtoa_digits(double ax, int mode, int ndigits, Dtoa *d) {
    if (mode == 0) {
        dtoa_shortest(ax, d);
    } else if (mode == 2) {
        /* Past EXACT_DIGITS significant digits a double's expansion is all zeros. */
        int n = ndigits < 1 ? 1 : ndigits > EXACT_DIGITS ? EXACT_DIGITS : ndigits;
        char *buf = hs_mem_raw_malloc((size_t)n + 32);
        if (buf == NULL) {
            return -1;
        }
        snprintf(buf, (size_t)n + 32, "%.*e", n - 1, ax);
        take_e_digits(buf, d);
        hs_mem_raw_free(buf);
    } else if (dtoa_fixed(ax, ndigits, d) < 0) {
        return -1;
    }
    return 0;
}

/* _Py_dg_dtoa(x, mode, ndigits): modes 0, 2 and 3. */
static int dtoa(double x, int mode, int ndigits, Dtoa *d) {
    size_t cap = EXACT_DIGITS + FIXED_MAX_PLACES + 350;
    memset(d, 0, sizeof *d);
    d->digits = hs_mem_raw_malloc(cap);
    if (d->digits == NULL) {
        return -1;
    }
    d->sign = signbit(x) != 0;
    double ax = fabs(x);
    if (isnan(x) || isinf(x)) {
        d->special = isnan(x) ? 'n' : 'i';
        strcpy(d->digits, isnan(x) ? "NaN" : "Infinity");
        d->len = (int)strlen(d->digits);
        return 0;
    }
    if (ax == 0.0) {
        strcpy(d->digits, "0");
        d->len = 1;
        d->decpt = 1;
        return 0;
    }
    locale_t old = enter_c_locale();
    int rc = dtoa_digits(ax, mode, ndigits, d);
    leave_c_locale(old);
    if (rc < 0) {
        hs_mem_raw_free(d->digits);
        d->digits = NULL;
    }
    return rc;
}

/* ==== static helpers: format_float_short ==== */

static void put_zeros(HsFmtOut *out, Hs_ssize_t n) {
    hs_obj_fmt_out_repeat(out, '0', n);
}

/* The finite part of format_float_short: [sign] zeros digits zeros [exponent]. */
static void format_digits(const Dtoa *d, char code, int precision, int add_dot_0, int alt,
                          int upper, HsFmtOut *out) {
    Hs_ssize_t decpt = d->decpt, len = d->len, vstart, vend = len;
    int use_exp = 0, exp = 0;
    switch (code) {
    case 'e': use_exp = 1; vend = precision; break;
    case 'f': vend = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) {
            use_exp = 1;
        }
        if (alt) {
            vend = precision;
        }
        break;
    default: /* 'r' */
        if (decpt <= -4 || decpt > 16) {
            use_exp = 1;
        }
        break;
    }
    if (use_exp) {
        exp = (int)decpt - 1;
        decpt = 1;
    }
    vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0) {
        vend = vend > decpt ? vend : decpt + 1;
    } else {
        vend = vend > decpt ? vend : decpt;
    }
    size_t start = out->len;
    if (decpt <= 0) {
        put_zeros(out, decpt - vstart);
        hs_obj_fmt_out_bytes(out, ".", 1);
        put_zeros(out, -decpt);
    } else {
        put_zeros(out, -vstart);
    }
    if (0 < decpt && decpt <= len) {
        hs_obj_fmt_out_bytes(out, d->digits, (size_t)decpt);
        hs_obj_fmt_out_bytes(out, ".", 1);
        hs_obj_fmt_out_bytes(out, d->digits + decpt, (size_t)(len - decpt));
    } else {
        hs_obj_fmt_out_bytes(out, d->digits, (size_t)len);
    }
    if (len < decpt) {
        put_zeros(out, decpt - len);
        hs_obj_fmt_out_bytes(out, ".", 1);
        put_zeros(out, vend - decpt);
    } else {
        put_zeros(out, vend - len);
    }
    if (!out->failed && out->len > start && out->utf8[out->len - 1] == '.' && !alt) {
        out->len--;
    }
    if (use_exp) {
        char e[16];
        int n = snprintf(e, sizeof e, "%c%+.02d", upper ? 'E' : 'e', exp);
        hs_obj_fmt_out_bytes(out, e, (size_t)n);
    }
}

/* ==== static helpers: parsing ==== */

static int match_ci(const char *s, const char *end, const char *word) {
    for (; *word; word++, s++) {
        if (s >= end || (*s | 0x20) != *word) {
            return 0;
        }
    }
    return 1;
}

/* _Py_parse_inf_or_nan: returns the bytes consumed (0: none). */
static size_t parse_inf_or_nan(const char *s, const char *end, double *x) {
    const char *p = s;
    int negate = 0;
    if (p < end && (*p == '-' || *p == '+')) {
        negate = *p == '-';
        p++;
    }
    if (match_ci(p, end, "inf")) {
        p += 3;
        if (match_ci(p, end, "inity")) {
            p += 5;
        }
        *x = negate ? -HUGE_VAL : HUGE_VAL;
    } else if (match_ci(p, end, "nan")) {
        p += 3;
        *x = negate ? -NAN : NAN;
    } else {
        return 0;
    }
    return (size_t)(p - s);
}

/* The decimal syntax _Py_dg_strtod accepts, as a prefix of s[0..end): returns its length
 * (0 when there is no digit). */
static size_t decimal_prefix(const char *s, const char *end) {
    const char *p = s;
    size_t ndig = 0;
    if (p < end && (*p == '-' || *p == '+')) {
        p++;
    }
    for (; p < end && *p >= '0' && *p <= '9'; p++) {
        ndig++;
    }
    if (p < end && *p == '.') {
        p++;
        for (; p < end && *p >= '0' && *p <= '9'; p++) {
            ndig++;
        }
    }
    if (ndig == 0) {
        return 0;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *q = p + 1;
        if (q < end && (*q == '-' || *q == '+')) {
            q++;
        }
        if (q < end && *q >= '0' && *q <= '9') {
            while (q < end && *q >= '0' && *q <= '9') {
                q++;
            }
            p = q;
        }
    }
    return (size_t)(p - s);
}

/* PyOS_string_to_double over s[0..len) (no white space): 0 and *x if all of it is a
 * number, -1 otherwise. */
static int string_to_double(const char *s, size_t len, double *x) {
    size_t n = decimal_prefix(s, s + len);
    if (n == 0) {
        return parse_inf_or_nan(s, s + len, x) == len && len > 0 ? 0 : -1;
    }
    if (n != len) {
        return -1;
    }
    char small[64];
    char *buf = len < sizeof small ? small : hs_mem_raw_malloc(len + 1);
    if (buf == NULL) {
        return -2;
    }
    memcpy(buf, s, len);
    buf[len] = '\0';
    locale_t old = enter_c_locale();
    *x = strtod(buf, NULL);
    leave_c_locale(old);
    if (buf != small) {
        hs_mem_raw_free(buf);
    }
    return 0;
}

/* _Py_string_to_number_with_underscores: copy without '_' into 'dup' (len+1 bytes), or -1
 * if an underscore is not between two digits or a NUL is embedded. */
static int strip_underscores(const char *s, size_t len, char *dup, size_t *outlen) {
    char prev = '\0';
    size_t k = 0, i = 0;
    for (; i < len && s[i]; i++) {
        char c = s[i];
        if (c == '_') {
            if (!(prev >= '0' && prev <= '9')) {
                return -1;
            }
        } else {
            dup[k++] = c;
            if (prev == '_' && !(c >= '0' && c <= '9')) {
                return -1;
            }
        }
        prev = c;
    }
    if (prev == '_' || i != len) {
        return -1;
    }
    dup[k] = '\0';
    *outlen = k;
    return 0;
}

/* ==== static helpers: fromhex ==== */

static int hex_from_char(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

/* Longest significand (in hex digits) float.fromhex accepts: small enough that, with
 * LONG_MIN/2 <= exponent <= LONG_MAX/2, no exponent arithmetic below can overflow a long, an
 * exponent past LONG_MAX/2 always overflows a double and one below LONG_MIN/2 always
 * underflows to zero (CPython's bound: min(DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN/2,
 * LONG_MAX/2 + 1 - DBL_MAX_EXP) / 4). */
#define HEX_DIGITS_MAX                                                                           \
    ((DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN / 2 < LONG_MAX / 2 + 1 - DBL_MAX_EXP                  \
          ? DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN / 2                                            \
          : LONG_MAX / 2 + 1 - DBL_MAX_EXP) /                                                     \
     4)

/* A parsed hexadecimal significand: 'count' nibble values, most significant first, the
 * lowest bit of the last one weighing 2**'low_exp'. Leading zero nibbles are dropped, so
 * count == 0 means the value is zero; otherwise nibbles[0] != 0. */
typedef struct HexValue {
    unsigned char *nibbles;
    Hs_ssize_t count;
    long low_exp;
} HexValue;

static int bit_length(unsigned v) {
    int n = 0;
    for (; v != 0; v >>= 1) {
        n++;
    }
    return n;
}

/* The double nearest to 'v' (ties to even), by walking its bits from the top: bits at or
 * above 'keep_from' form the result's integer significand, the one just below is the
 * rounding bit and the rest only matter as "anything nonzero" (sticky). 'top' is one more
 * than the exponent of the leading bit. -1 when the rounded value reaches 2**DBL_MAX_EXP. */
static int hex_value_round(const HexValue *v, long top, double *out) {
    if (top < DBL_MIN_EXP - DBL_MANT_DIG) { // below half the smallest subnormal
        *out = 0.0;
        return 0;
    }
    if (top > DBL_MAX_EXP) {
        return -1;
    }
    // The result's last bit: DBL_MANT_DIG bits below the top, but never under the
    // subnormal limit, and never under the input's own last bit.
    long keep_from = (top > (long)DBL_MIN_EXP ? top : (long)DBL_MIN_EXP) - DBL_MANT_DIG;
    if (keep_from < v->low_exp) {
        keep_from = v->low_exp;
    }
    uint64_t kept = 0; // at most DBL_MANT_DIG bits
    int round_bit = 0, sticky = 0;
    long pos = v->low_exp + 4 * (long)v->count - 1; // weight of the bit being read
    for (Hs_ssize_t i = 0; i < v->count && !sticky; i++) {
        for (int b = 3; b >= 0; b--, pos--) {
            int bit = (v->nibbles[i] >> b) & 1;
            if (pos >= keep_from) {
                kept = 2 * kept + (uint64_t)bit;
            } else if (pos == keep_from - 1) {
                round_bit = bit;
            } else {
                sticky |= bit;
            }
        }
    }
    if (round_bit && (sticky || (kept & 1) != 0)) {
        kept++;
        if (top == DBL_MAX_EXP && kept == (uint64_t)1 << DBL_MANT_DIG) {
            return -1; // rounded up to 2**DBL_MAX_EXP
        }
    }
    *out = ldexp((double)kept, (int)keep_from);
    return 0;
}

/* float.fromhex's grammar after white space, infinities and NaNs:
 *     [sign] ['0x'] digits ['.' digits] ['p' [sign] decimal-digits]
 * with at least one hex digit. The digits' values are packed into the buffer at '*ps' (which
 * the caller owns and may be overwritten behind the cursor); '*ps' ends past the number. */
static HsFmtCode hex_parse(char **ps, double *result) {
    char *s = *ps;
    int negative = 0;
    if (*s == '-' || *s == '+') {
        negative = *s++ == '-';
    }
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        s += 2;
    }
    HexValue v = {(unsigned char *)s, 0, 0};
    Hs_ssize_t digits = 0, fraction_digits = 0;
    int in_fraction = 0;
    for (;; s++) {
        int d = hex_from_char(*s);
        if (d < 0) {
            if (*s == '.' && !in_fraction) {
                in_fraction = 1;
                continue;
            }
            break;
        }
        digits++;
        fraction_digits += in_fraction;
        if (d != 0 || v.count > 0) { // leading zeros carry no value
            v.nibbles[v.count++] = (unsigned char)d;
        }
    }
    if (digits == 0) {
        return HS_FMT_E_HEX_INVALID;
    }
    if (digits > HEX_DIGITS_MAX) {
        return HS_FMT_E_HEX_TOO_LONG;
    }
    long exponent = 0;
    if (*s == 'p' || *s == 'P') {
        char *exp_text = ++s;
        s += *s == '-' || *s == '+';
        if (!(*s >= '0' && *s <= '9')) {
            return HS_FMT_E_HEX_INVALID;
        }
        while (*s >= '0' && *s <= '9') {
            s++;
        }
        exponent = strtol(exp_text, NULL, 10); // saturates; only the LONG_MAX/2 tests care
    }
    *ps = s;
    double magnitude = 0.0;
    if (v.count > 0 && exponent >= LONG_MIN / 2) {
        if (exponent > LONG_MAX / 2) {
            return HS_FMT_E_HEX_OVERFLOW;
        }
        v.low_exp = exponent - 4 * (long)fraction_digits;
        long top = v.low_exp + 4 * ((long)v.count - 1) + bit_length(v.nibbles[0]);
        if (hex_value_round(&v, top, &magnitude) < 0) {
            return HS_FMT_E_HEX_OVERFLOW;
        }
    }
    *result = negative ? -magnitude : magnitude;
    return HS_FMT_OK;
}

/* ==== internal API: to string ==== */

int hs_obj_float_to_string(double x, char code, int precision, int flags, HsFmtOut *out,
                           HsFmtError *err) {
    int mode = 0, upper = 0;
    hs_obj_fmt_out_init(out);
    if (code == 'E' || code == 'F' || code == 'G') {
        upper = 1;
        code = (char)(code - 'A' + 'a');
    }
    switch (code) {
    case 'e':
        /* CPython's precision++ wraps at INT_MAX (format(1.0, '.2147483647e') == '1e+00');
         * the unsigned detour gives the same INT_MIN without signed overflow. */
        mode = 2;
        precision = (int)((unsigned)precision + 1u);
        break;
    case 'f': mode = 3; break;
    case 'g': mode = 2; precision = precision == 0 ? 1 : precision; break;
    default: mode = 0; precision = 0; break;
    }
    Dtoa d;
    if (dtoa(x, mode, precision, &d) < 0) {
        return fail(err, HS_FMT_E_NOMEM);
    }
    int sign = d.sign;
    if ((flags & HS_DTSF_NO_NEG_0) && sign && !d.special &&
        (d.len == 0 || (d.len == 1 && d.digits[0] == '0'))) {
        sign = 0;
    }
    if (d.special == 'n') {
        sign = 0;
    }
    if (sign) {
        hs_obj_fmt_out_bytes(out, "-", 1);
    } else if (flags & HS_DTSF_SIGN) {
        hs_obj_fmt_out_bytes(out, "+", 1);
    }
    if (d.special) {
        const char *w = d.special == 'i' ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
        hs_obj_fmt_out_bytes(out, w, 3);
    } else {
        format_digits(&d, code, precision, (flags & HS_DTSF_ADD_DOT_0) != 0,
                      (flags & HS_DTSF_ALT) != 0, upper, out);
    }
    hs_mem_raw_free(d.digits);
    return hs_obj_fmt_out_finish(out, err);
}

size_t hs_obj_float_repr(double x, char *buf) {
    HsFmtOut out;
    hs_obj_fmt_out_init(&out);
    size_t n = 0;
    if (hs_obj_float_to_string(x, 'r', 0, HS_DTSF_ADD_DOT_0, &out, NULL) == 0) {
        n = out.len < HS_FLOAT_REPR_SIZE ? out.len : HS_FLOAT_REPR_SIZE - 1;
        memcpy(buf, out.utf8, n);
    }
    buf[n] = '\0';
    hs_obj_fmt_out_free(&out);
    return n;
}

/* ==== internal API: format() and % ==== */

int hs_obj_float_format_spec(double x, const HsFmtSpec *f, HsFmtOut *out, HsFmtError *err) {
    uint32_t type = f->type;
    int default_precision = 6, flags = 0, add_pct = 0;
    hs_obj_fmt_out_init(out);
    if (f->precision > INT_MAX) {
        return fail(err, HS_FMT_E_PRECISION_TOO_BIG);
    }
    int precision = (int)f->precision;
    flags |= f->alternate ? HS_DTSF_ALT : 0;
    flags |= f->no_neg_0 ? HS_DTSF_NO_NEG_0 : 0;
    if (type == 0) {
        flags |= HS_DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') {
        type = 'g';
    }
    if (type == '%') {
        type = 'f';
        x *= 100;
        add_pct = 1;
    }
    if (precision < 0) {
        precision = default_precision;
    } else if (type == 'r') {
        type = 'g';
    }
    HsFmtOut num;
    hs_obj_fmt_out_init(&num);
    if (hs_obj_float_to_string(x, (char)type, precision, flags, &num, err) < 0) {
        return -1;
    }
    if (add_pct) {
        hs_obj_fmt_out_bytes(&num, "%", 1);
    }
    const char *p = num.utf8;
    size_t n = num.len;
    char sign_char = 0;
    if (n > 0 && p[0] == '-') {
        sign_char = '-';
        p++;
        n--;
    }
    size_t i = 0;
    while (i < n && p[i] >= '0' && p[i] <= '9') {
        i++;
    }
    int has_decimal = i < n && p[i] == '.';
    size_t n_remainder = n - i - (has_decimal ? 1 : 0);
    hs_obj_fmt_number(f, sign_char, "", 0, p, n, n_remainder, has_decimal, 0, out);
    out->failed |= num.failed;
    hs_obj_fmt_out_free(&num);
    return hs_obj_fmt_out_finish(out, err);
}

int hs_obj_float_format(double x, const uint32_t *spec, size_t spec_len, HsFmtOut *out,
                        HsFmtError *err) {
    HsFmtSpec f;
    hs_obj_fmt_out_init(out);
    if (spec_len == 0) {
        char buf[HS_FLOAT_REPR_SIZE];
        size_t n = hs_obj_float_repr(x, buf);
        hs_obj_fmt_out_bytes(out, buf, n);
        return hs_obj_fmt_out_finish(out, err);
    }
    if (hs_obj_fmt_parse_spec(spec, spec_len, 0, '>', &f, err) < 0) {
        return -1;
    }
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return hs_obj_float_format_spec(x, &f, out, err);
    default:
        if (err != NULL) {
            err->code = HS_FMT_E_UNKNOWN_CODE;
            err->ch = f.type;
            err->sep = 0;
        }
        return -1;
    }
}

int hs_obj_float_percent(double x, const HsPercentSpec *ps, HsFmtOut *out, HsFmtError *err) {
    HsFmtOut num;
    hs_obj_fmt_out_init(out);
    hs_obj_fmt_out_init(&num);
    int prec = ps->prec < 0 ? 6 : ps->prec;
    int flags = (ps->flags & HS_PCT_ALT) ? HS_DTSF_ALT : 0;
    if (hs_obj_float_to_string(x, ps->type, prec, flags, &num, err) < 0) {
        return -1;
    }
    hs_obj_fmt_percent_output(ps, num.utf8, num.len, out);
    hs_obj_fmt_out_free(&num);
    return hs_obj_fmt_out_finish(out, err);
}

/* ==== internal API: round, hex ==== */

int hs_obj_float_round(double x, Hs_ssize_t ndigits, double *result, HsFmtError *err) {
    if (!isfinite(x) || ndigits > NDIGITS_MAX) {
        *result = x;
        return 0;
    }
    if (ndigits < NDIGITS_MIN) {
        *result = 0.0 * x;
        return 0;
    }
    Dtoa d;
    if (dtoa(x, 3, (int)ndigits, &d) < 0) {
        return fail(err, HS_FMT_E_NOMEM);
    }
    size_t n = (size_t)d.len + 32;
    char *buf = hs_mem_raw_malloc(n);
    if (buf == NULL) {
        hs_mem_raw_free(d.digits);
        return fail(err, HS_FMT_E_NOMEM);
    }
    snprintf(buf, n, "%s0%se%d", d.sign ? "-" : "", d.digits, d.decpt - d.len);
    errno = 0;
    double rounded = strtod(buf, NULL);
    int range = errno == ERANGE;
    hs_mem_raw_free(buf);
    hs_mem_raw_free(d.digits);
    if (range && fabs(rounded) >= 1.0) {
        return fail(err, HS_FMT_E_ROUND_OVERFLOW);
    }
    *result = rounded;
    return 0;
}

double hs_obj_float_round_int(double x) {
    double rounded = round(x);
    if (fabs(x - rounded) == 0.5) {
        rounded = 2.0 * round(x / 2.0);
    }
    return rounded;
}

size_t hs_obj_float_hex(double x, char *buf) {
    if (isnan(x) || isinf(x)) {
        return hs_obj_float_repr(x, buf);
    }
    if (x == 0.0) {
        strcpy(buf, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
        return strlen(buf);
    }
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char s[20];
    int si = 0;
    s[si++] = "0123456789abcdef"[(int)m];
    m -= (int)m;
    s[si++] = '.';
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        s[si++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
    }
    s[si] = '\0';
    int n = snprintf(buf, HS_FLOAT_HEX_SIZE, "%s0x%sp%c%d", x < 0.0 ? "-" : "", s,
                     e < 0 ? '-' : '+', e < 0 ? -e : e);
    return (size_t)n;
}

int hs_obj_float_fromhex(const char *str, size_t len, double *result, HsFmtError *err) {
    char *copy = hs_mem_raw_malloc(len + 1);
    if (copy == NULL) {
        return fail(err, HS_FMT_E_NOMEM);
    }
    memcpy(copy, str, len);
    copy[len] = '\0';
    char *s = copy;
    const char *end = copy + len;
    HsFmtCode code = HS_FMT_OK;
    double x = 0.0;
    while (is_space(*s)) {
        s++;
    }
    size_t used = parse_inf_or_nan(s, end, &x);
    if (used > 0) {
        s += used;
    } else {
        code = hex_parse(&s, &x);
    }
    if (code == HS_FMT_OK) {
        while (is_space(*s)) {
            s++;
        }
        if (s != end) {
            code = HS_FMT_E_HEX_INVALID;
        }
    }
    hs_mem_raw_free(copy);
    if (code != HS_FMT_OK) {
        return fail(err, code);
    }
    *result = x;
    return 0;
}

/* ==== internal API: parsing ==== */

int hs_obj_float_parse(const char *s, size_t len, double *result, HsFmtError *err) {
    char *dup = hs_mem_raw_malloc(len + 1);
    if (dup == NULL) {
        return fail(err, HS_FMT_E_NOMEM);
    }
    size_t n = 0;
    int rc = -1;
    if (memchr(s, '_', strnlen(s, len)) == NULL) {
        memcpy(dup, s, len);
        n = len;
        rc = 0;
    } else {
        rc = strip_underscores(s, len, dup, &n);
    }
    if (rc == 0) {
        const char *p = dup, *last = dup + n;
        while (p < last && is_space(*p)) {
            p++;
        }
        while (p < last - 1 && is_space(last[-1])) {
            last--;
        }
        rc = p == last ? -1 : string_to_double(p, (size_t)(last - p), result);
    }
    hs_mem_raw_free(dup);
    if (rc == -2) {
        return fail(err, HS_FMT_E_NOMEM);
    }
    return rc < 0 ? fail(err, HS_FMT_E_FLOAT_PARSE) : 0;
}

int hs_obj_float_parse_literal(const char *s, size_t len, double *result, HsFmtError *err) {
    char *dup = hs_mem_raw_malloc(len + 1);
    if (dup == NULL) {
        return fail(err, HS_FMT_E_NOMEM);
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '_') {
            dup[n++] = s[i];
        }
    }
    int rc = (n > 0 && dup[0] != '-' && dup[0] != '+') ? string_to_double(dup, n, result) : -1;
    hs_mem_raw_free(dup);
    if (rc == -2) {
        return fail(err, HS_FMT_E_NOMEM);
    }
    return rc < 0 ? fail(err, HS_FMT_E_FLOAT_LITERAL) : 0;
}

/* ==== internal API: division ==== */

/* fmod's remainder 'rem' of x / 'divisor' turned into Python's: C's carries the dividend's
 * sign, Python's the divisor's. A nonzero remainder of the wrong sign moves by one divisor
 * ('*moved' = 1: the floor quotient is one less than the truncated one); a zero remainder
 * (either sign) becomes a zero with the divisor's sign. A NaN passes through unchanged
 * except that it moves when the divisor is negative, as in CPython. */
static double python_remainder(double rem, double divisor, int *moved) {
    *moved = 0;
    if (rem == 0.0) {
        return copysign(0.0, divisor);
    }
    if ((rem < 0) != (divisor < 0)) {
        *moved = 1;
        rem += divisor;
    }
    return rem;
}

/* A floor quotient computed as (x - rem) / divisor is an integer up to rounding error in
 * the division: snap it to the nearest integer (ties go down). */
static double snap_to_integer(double q) {
    double below = floor(q);
    return q - below > 0.5 ? below + 1.0 : below;
}

int hs_obj_float_mod(double vx, double wx, double *result, HsFmtError *err) {
    if (wx == 0.0) {
        return fail(err, HS_FMT_E_MODULO);
    }
    int moved;
    *result = python_remainder(fmod(vx, wx), wx, &moved);
    return 0;
}

/* x // y and x % y together (CPython: _float_div_mod), for y != 0. The quotient comes from
 * subtracting C's remainder first, so it is (nearly) an exact integer before snapping; a
 * zero quotient keeps the sign of the true quotient x / y. */
static void float_div_mod(double vx, double wx, double *floordiv, double *mod) {
    double c_rem = fmod(vx, wx);
    double quotient = (vx - c_rem) / wx;
    int moved;
    *mod = python_remainder(c_rem, wx, &moved);
    if (moved) {
        quotient -= 1.0;
    }
    *floordiv = quotient == 0.0 ? copysign(0.0, vx / wx) : snap_to_integer(quotient);
}

int hs_obj_float_floordiv(double vx, double wx, double *result, HsFmtError *err) {
    double mod;
    if (wx == 0.0) {
        return fail(err, HS_FMT_E_FLOORDIV);
    }
    float_div_mod(vx, wx, result, &mod);
    return 0;
}

int hs_obj_float_divmod(double vx, double wx, double *floordiv, double *mod, HsFmtError *err) {
    if (wx == 0.0) {
        return fail(err, HS_FMT_E_DIVMOD);
    }
    float_div_mod(vx, wx, floordiv, mod);
    return 0;
}

int hs_obj_float_div(double vx, double wx, double *result, HsFmtError *err) {
    if (wx == 0.0) {
        return fail(err, HS_FMT_E_DIV);
    }
    *result = vx / wx;
    return 0;
}
