/* Integer kernel, part 3: conversions between digit arrays and strings (decimal through
 * base-10**9 limbs, bases 2/8/16 by bit groups, parsing in bases 2..36 with Python's prefix
 * and underscore rules and the 3.11 int/str digit limit) and floats (int(x), float(n),
 * frexp, correctly rounded true division).
 * Models CPython 3.11 Objects/longobject.c: long_to_decimal_string_internal,
 * long_format_binary, PyLong_FromString, long_from_binary_base, long_from_non_binary_base,
 * PyLong_FromDouble, PyLong_AsDouble, _PyLong_Frexp, long_true_divide.
 * Invariants: float results are bit-for-bit CPython's (same rounding steps, not just "a
 * correct rounding"); the string limit is checked at the same points as CPython so that the
 * same inputs fail. See docs/internals/int.md. */
#include "internal/hs_obj_long.h"

#include "internal/hs_mem.h"

#include <float.h>
#include <math.h>
#include <string.h>

/* ==== constants ==== */
#define EXP2_DBL_MANT_DIG 9007199254740992.0 /* 2.0 ** DBL_MANT_DIG */
#define MANT_DIG_DIGITS (DBL_MANT_DIG / HS_LONG_SHIFT)
#define MANT_DIG_BITS (DBL_MANT_DIG % HS_LONG_SHIFT)
#define FRAC_DIGITS (2 + (DBL_MANT_DIG + 1) / HS_LONG_SHIFT)
#define INVALID_DIGIT 37

/* ==== static helpers ==== */

/* Value of an ASCII digit character in bases up to 36, INVALID_DIGIT otherwise. */
static int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return INVALID_DIGIT;
}

/* Py_ISSPACE for ASCII: space, \t \n \v \f \r. */
static int is_space(unsigned char c) {
    return c == ' ' || (c >= 9 && c <= 13);
}

static int bits_per_char(int base) {
    return base == 2 ? 1 : base == 4 ? 2 : base == 8 ? 3 : base == 16 ? 4 : 5;
}

/* Parse the digits [p, end) (digits and single underscores, already validated) of a
 * power-of-two base into z. CPython: long_from_binary_base. */
static Hs_ssize_t parse_binary(const char *p, const char *end, int base, hs_digit *z) {
    int bpc = bits_per_char(base), accbits = 0;
    hs_twodigits acc = 0;
    Hs_ssize_t n = 0;
    while (end > p) {
        unsigned char c = (unsigned char)*--end;
        if (c == '_') {
            continue;
        }
        acc |= (hs_twodigits)digit_value(c) << accbits;
        accbits += bpc;
        if (accbits >= HS_LONG_SHIFT) {
            z[n++] = (hs_digit)(acc & HS_LONG_MASK);
            acc >>= HS_LONG_SHIFT;
            accbits -= HS_LONG_SHIFT;
        }
    }
    if (accbits) {
        z[n++] = (hs_digit)acc;
    }
    return hs_obj_long_mag_normalize(z, n);
}

/* Parse [p, end) in another base: groups of up to 'convwidth' characters (the most whose
 * value stays <= BASE) are folded in with z = z * base**k + group, in place.
 * CPython: long_from_non_binary_base. */
static Hs_ssize_t parse_other(const char *p, const char *end, int base, hs_digit *z) {
    hs_twodigits convmax = (hs_twodigits)base;
    int convwidth = 1;
    while (convmax * (hs_twodigits)base <= HS_LONG_BASE) {
        convmax *= (hs_twodigits)base;
        convwidth++;
    }
    Hs_ssize_t n = 0;
    while (p < end) {
        hs_twodigits c = 0, convmult = 1;
        for (int i = 0; i < convwidth && p < end; p++) {
            if (*p == '_') {
                continue;
            }
            c = c * (hs_twodigits)base + (hs_twodigits)digit_value((unsigned char)*p);
            convmult *= (hs_twodigits)base;
            i++;
        }
        for (Hs_ssize_t i = 0; i < n; i++) {
            c += (hs_twodigits)z[i] * convmult;
            z[i] = (hs_digit)(c & HS_LONG_MASK);
            c >>= HS_LONG_SHIFT;
        }
        if (c) {
            z[n++] = (hs_digit)c;
        }
    }
    return n;
}

/* Scan digits and underscores of 'base' from p; returns the end of the run, or NULL for a
 * doubled or trailing underscore. Counts the digits into *ndigits. */
static const char *scan_digits(const char *p, const char *end, int base, Hs_ssize_t *ndigits) {
    char prev = 0;
    Hs_ssize_t nd = 0;
    while (p < end && (digit_value((unsigned char)*p) < base || *p == '_')) {
        if (*p == '_') {
            if (prev == '_') {
                return NULL;
            }
        } else {
            nd++;
        }
        prev = *p++;
    }
    *ndigits = nd;
    return prev == '_' ? NULL : p;
}

/* Choose the base from a prefix when base == 0, then skip a matching "0x"/"0o"/"0b" and
 * one underscore after it. Sets *error_if_nonzero for base-0 literals starting with 0. */
static const char *parse_prefix(const char *p, const char *end, int *base, int *error_if_nonzero) {
    char c0 = p < end ? p[0] : 0, c1 = p + 1 < end ? p[1] : 0;
    if (*base == 0) {
        if (c0 != '0') {
            *base = 10;
        } else if (c1 == 'x' || c1 == 'X') {
            *base = 16;
        } else if (c1 == 'o' || c1 == 'O') {
            *base = 8;
        } else if (c1 == 'b' || c1 == 'B') {
            *base = 2;
        } else {
            *error_if_nonzero = 1; // old C-style octal: only zero is allowed
            *base = 10;
        }
    }
    if (c0 == '0' &&
        ((*base == 16 && (c1 == 'x' || c1 == 'X')) || (*base == 8 && (c1 == 'o' || c1 == 'O')) ||
         (*base == 2 && (c1 == 'b' || c1 == 'B')))) {
        p += 2;
        if (p < end && *p == '_') {
            p++;
        }
    }
    return p;
}

/* ==== public API: strings ==== */

size_t hs_obj_long_str_capacity(Hs_ssize_t na, int base) {
    size_t n = (size_t)hs_obj_long_ndigits(na);
    if (base == 10) {
        return n * 10 + 4;
    }
    return n * HS_LONG_SHIFT / (size_t)bits_per_char(base) + 6;
}

Hs_ssize_t hs_obj_long_from_string_capacity(size_t len) {
    return (Hs_ssize_t)(len / 5 + 2);
}

int hs_obj_long_from_string(const char *s, size_t len, int base, int max_str_digits, hs_digit *z,
                            Hs_ssize_t *nz, Hs_ssize_t *ndigits) {
    if ((base != 0 && base < 2) || base > 36) {
        return HS_LONG_ERR_BASE;
    }
    const char *p = s, *end = s + len;
    int neg = 0, error_if_nonzero = 0;
    while (p < end && is_space((unsigned char)*p)) {
        p++;
    }
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p++ == '-';
    }
    p = parse_prefix(p, end, &base, &error_if_nonzero);
    if (p < end && *p == '_') {
        return HS_LONG_ERR_INVALID; // may not start with an underscore
    }
    Hs_ssize_t nd;
    const char *start = p;
    p = scan_digits(start, end, base, &nd);
    if (p == NULL) {
        return HS_LONG_ERR_INVALID;
    }
    Hs_ssize_t n;
    if ((base & (base - 1)) == 0) {
        n = parse_binary(start, p, base, z); // binary bases are never limited
    } else {
        if (nd > HS_LONG_MAX_STR_DIGITS_THRESHOLD && max_str_digits > 0 && nd > max_str_digits) {
            if (ndigits != NULL) {
                *ndigits = nd;
            }
            return HS_LONG_ERR_STR_LIMIT;
        }
        n = parse_other(start, p, base, z);
    }
    if ((error_if_nonzero && n != 0) || p == start) {
        return HS_LONG_ERR_INVALID;
    }
    while (p < end && is_space((unsigned char)*p)) {
        p++;
    }
    if (p != end) {
        return HS_LONG_ERR_INVALID;
    }
    *nz = neg ? -n : n;
    return HS_LONG_OK;
}

/* Convert |a| to base 10**9 limbs (least significant first) in 'out'; returns the count.
 * CPython's inner loop: for each digit from the top, pout = pout * 2**30 + digit. */
static Hs_ssize_t to_limbs(const hs_digit *a, Hs_ssize_t n, hs_digit *out) {
    Hs_ssize_t size = 0;
    for (Hs_ssize_t i = n - 1; i >= 0; i--) {
        hs_digit hi = a[i];
        for (Hs_ssize_t j = 0; j < size; j++) {
            hs_twodigits z = ((hs_twodigits)out[j] << HS_LONG_SHIFT) | hi;
            hi = (hs_digit)(z / HS_LONG_DECIMAL_BASE);
            out[j] = (hs_digit)(z - (hs_twodigits)hi * HS_LONG_DECIMAL_BASE);
        }
        while (hi) {
            out[size++] = hi % HS_LONG_DECIMAL_BASE;
            hi /= HS_LONG_DECIMAL_BASE;
        }
    }
    if (size == 0) {
        out[size++] = 0;
    }
    return size;
}

int hs_obj_long_to_decimal(const hs_digit *a, Hs_ssize_t na, int max_str_digits, char *out,
                           size_t *len) {
    Hs_ssize_t n = hs_obj_long_ndigits(na);
    int negative = na < 0;
    // CPython's early check, before doing the quadratic conversion
    if (n >= 10 * HS_LONG_MAX_STR_DIGITS_THRESHOLD / (3 * HS_LONG_SHIFT) + 2 &&
        max_str_digits > 0 && max_str_digits / (3 * HS_LONG_SHIFT) <= (n - 11) / 10) {
        return HS_LONG_ERR_STR_LIMIT;
    }
    Hs_ssize_t d = (33 * HS_LONG_DECIMAL_SHIFT) / (10 * HS_LONG_SHIFT - 33 * HS_LONG_DECIMAL_SHIFT);
    hs_digit *limbs = hs_mem_raw_malloc((size_t)(1 + n + n / d) * sizeof(hs_digit));
    if (limbs == NULL) {
        return HS_LONG_ERR_NOMEM;
    }
    Hs_ssize_t size = to_limbs(a, n, limbs);
    Hs_ssize_t strlen_ = negative + 1 + (size - 1) * HS_LONG_DECIMAL_SHIFT;
    // the top limb is < 10**9, so tenpow stops at 10**9 and never overflows
    for (hs_digit tenpow = 10, rem = limbs[size - 1]; rem >= tenpow; tenpow *= 10) {
        strlen_++;
    }
    if (strlen_ - negative > HS_LONG_MAX_STR_DIGITS_THRESHOLD && max_str_digits > 0 &&
        strlen_ - negative > max_str_digits) {
        hs_mem_raw_free(limbs);
        return HS_LONG_ERR_STR_LIMIT;
    }
    char *p = out + strlen_;
    *p = '\0';
    for (Hs_ssize_t i = 0; i < size - 1; i++) {
        hs_digit rem = limbs[i];
        for (int j = 0; j < HS_LONG_DECIMAL_SHIFT; j++) {
            *--p = (char)('0' + rem % 10);
            rem /= 10;
        }
    }
    hs_digit rem = limbs[size - 1];
    do {
        *--p = (char)('0' + rem % 10);
        rem /= 10;
    } while (rem != 0);
    if (negative) {
        *--p = '-';
    }
    hs_mem_raw_free(limbs);
    *len = (size_t)strlen_;
    return HS_LONG_OK;
}

size_t hs_obj_long_to_base(const hs_digit *a, Hs_ssize_t na, int base, int flags, char *out) {
    const char *digits = (flags & HS_LONG_FMT_UPPER) ? "0123456789ABCDEF" : "0123456789abcdef";
    Hs_ssize_t n = hs_obj_long_ndigits(na);
    int bpc = bits_per_char(base);
    uint64_t bits = hs_obj_long_bit_length(a, n);
    size_t nchars = bits == 0 ? 1 : (size_t)((bits + (uint64_t)bpc - 1) / (uint64_t)bpc);
    size_t pre = (na < 0 ? 1 : 0) + ((flags & HS_LONG_FMT_PREFIX) ? 2 : 0), total = pre + nchars;
    char *p = out + total;
    *p = '\0';
    hs_twodigits acc = 0;
    int accbits = 0;
    Hs_ssize_t i = 0;
    for (size_t k = 0; k < nchars; k++) {
        if (accbits < bpc && i < n) {
            acc |= (hs_twodigits)a[i++] << accbits;
            accbits += HS_LONG_SHIFT;
        }
        *--p = digits[acc & (hs_twodigits)(base - 1)];
        acc >>= bpc;
        accbits -= bpc;
    }
    if (flags & HS_LONG_FMT_PREFIX) {
        char c = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
        *--p = (flags & HS_LONG_FMT_UPPER) ? (char)(c - 'a' + 'A') : c;
        *--p = '0';
    }
    if (na < 0) {
        *--p = '-';
    }
    return total;
}

/* ==== public API: floats ==== */

int hs_obj_long_from_double(double x, hs_digit *z, Hs_ssize_t *nz) {
    const double int_max = 9223372036854775808.0; // (unsigned long)LONG_MAX + 1
    if (-int_max < x && x < int_max) {
        *nz = hs_obj_long_from_int64((int64_t)x, z);
        return HS_LONG_OK;
    }
    if (isinf(x)) {
        return HS_LONG_ERR_INFINITY;
    }
    if (isnan(x)) {
        return HS_LONG_ERR_NAN;
    }
    int neg = x < 0.0, expo;
    double frac = frexp(neg ? -x : x, &expo); // |x| = frac * 2**expo, 0.5 <= frac < 1
    int ndig = (expo - 1) / HS_LONG_SHIFT + 1;
    frac = ldexp(frac, (expo - 1) % HS_LONG_SHIFT + 1);
    for (int i = ndig; --i >= 0;) {
        hs_digit bits = (hs_digit)frac;
        z[i] = bits;
        frac = frac - (double)bits;
        frac = ldexp(frac, HS_LONG_SHIFT);
    }
    *nz = neg ? -ndig : ndig;
    return HS_LONG_OK;
}

/* Keep the top DBL_MANT_DIG + 2 bits of |a| in x (the lowest bit sticky for anything lost),
 * round half to even to a multiple of 4 with a correction table, convert exactly and scale
 * to [0.5, 1). CPython: _PyLong_Frexp. */
int hs_obj_long_frexp(const hs_digit *a, Hs_ssize_t na, double *m, Hs_ssize_t *e) {
    static const int half_even_correction[8] = {0, -1, -2, 1, 0, -1, 2, 1};
    hs_digit x[FRAC_DIGITS] = {0};
    Hs_ssize_t n = hs_obj_long_ndigits(na), xn, sd, sb;
    if (n == 0) {
        *m = 0.0;
        *e = 0;
        return HS_LONG_OK;
    }
    Hs_ssize_t top = hs_obj_long_digit_bits(a[n - 1]);
    if (n >= (HS_SSIZE_T_MAX - 1) / HS_LONG_SHIFT + 1 &&
        (n > (HS_SSIZE_T_MAX - 1) / HS_LONG_SHIFT + 1 ||
         top > (HS_SSIZE_T_MAX - 1) % HS_LONG_SHIFT + 1)) {
        return HS_LONG_ERR_OVERFLOW;
    }
    Hs_ssize_t abits = (n - 1) * HS_LONG_SHIFT + top;
    if (abits <= DBL_MANT_DIG + 2) {
        sd = (DBL_MANT_DIG + 2 - abits) / HS_LONG_SHIFT;
        sb = (DBL_MANT_DIG + 2 - abits) % HS_LONG_SHIFT;
        xn = sd;
        hs_digit rem = hs_obj_long_mag_lshift(x + xn, a, n, (int)sb);
        xn += n;
        x[xn++] = rem;
    } else {
        sd = (abits - DBL_MANT_DIG - 2) / HS_LONG_SHIFT;
        sb = (abits - DBL_MANT_DIG - 2) % HS_LONG_SHIFT;
        hs_digit rem = hs_obj_long_mag_rshift(x, a + sd, n - sd, (int)sb);
        xn = n - sd;
        if (rem) {
            x[0] |= 1;
        } else {
            while (sd > 0) {
                if (a[--sd]) {
                    x[0] |= 1;
                    break;
                }
            }
        }
    }
    x[0] = (hs_digit)((int)x[0] + half_even_correction[x[0] & 7]);
    double dx = x[--xn];
    while (xn > 0) {
        dx = dx * HS_LONG_BASE + x[--xn];
    }
    dx /= 4.0 * EXP2_DBL_MANT_DIG;
    if (dx == 1.0) {
        if (abits == HS_SSIZE_T_MAX) {
            return HS_LONG_ERR_OVERFLOW;
        }
        dx = 0.5;
        abits += 1;
    }
    *e = abits;
    *m = na < 0 ? -dx : dx;
    return HS_LONG_OK;
}

int hs_obj_long_to_double(const hs_digit *a, Hs_ssize_t na, double *out) {
    if (na >= -1 && na <= 1) {
        *out = na == 0 ? 0.0 : (na < 0 ? -(double)a[0] : (double)a[0]);
        return HS_LONG_OK;
    }
    double x;
    Hs_ssize_t e;
    if (hs_obj_long_frexp(a, na, &x, &e) < 0 || e > DBL_MAX_EXP) {
        return HS_LONG_ERR_OVERFLOW;
    }
    *out = ldexp(x, (int)e);
    return HS_LONG_OK;
}

/* Exact value of a small magnitude (at most DBL_MANT_DIG bits) as a double. */
static double small_to_double(const hs_digit *a, Hs_ssize_t n) {
    double d = a[--n];
    while (n > 0) {
        d = d * HS_LONG_BASE + a[--n];
    }
    return d;
}

static int is_small(const hs_digit *a, Hs_ssize_t n) {
    return n <= MANT_DIG_DIGITS ||
           (n == MANT_DIG_DIGITS + 1 && a[MANT_DIG_DIGITS] >> MANT_DIG_BITS == 0);
}

/* x = |a| * 2**-shift, truncated, into x (capacity returned by the caller's sizing);
 * returns its length and sets *inexact if bits were dropped. */
static Hs_ssize_t scale_numerator(const hs_digit *a, Hs_ssize_t n, Hs_ssize_t shift, hs_digit *x,
                                  int *inexact) {
    if (shift <= 0) {
        Hs_ssize_t sd = -shift / HS_LONG_SHIFT;
        memset(x, 0, (size_t)sd * sizeof(hs_digit));
        x[n + sd] = hs_obj_long_mag_lshift(x + sd, a, n, (int)(-shift % HS_LONG_SHIFT));
        return hs_obj_long_mag_normalize(x, n + sd + 1);
    }
    Hs_ssize_t sd = shift / HS_LONG_SHIFT;
    if (hs_obj_long_mag_rshift(x, a + sd, n - sd, (int)(shift % HS_LONG_SHIFT))) {
        *inexact = 1;
    }
    while (!*inexact && sd > 0) {
        if (a[--sd]) {
            *inexact = 1;
        }
    }
    return hs_obj_long_mag_normalize(x, n - shift / HS_LONG_SHIFT);
}

/* Round the quotient x (with the sticky 'inexact' bit) to DBL_MANT_DIG bits, or fewer for
 * subnormal results, half to even, and scale by 2**shift. CPython: long_true_divide's tail. */
static int round_quotient(hs_digit *x, Hs_ssize_t xn, Hs_ssize_t shift, int inexact, double *out) {
    Hs_ssize_t x_bits = (xn - 1) * HS_LONG_SHIFT + hs_obj_long_digit_bits(x[xn - 1]);
    Hs_ssize_t extra_bits =
        (x_bits > DBL_MIN_EXP - shift ? x_bits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    hs_digit mask = (hs_digit)1 << (extra_bits - 1);
    hs_digit low = x[0] | (hs_digit)inexact;
    if ((low & mask) && (low & (3U * mask - 1U))) {
        low += mask;
    }
    x[0] = low & ~(2U * mask - 1U);
    double dx = small_to_double(x, xn);
    if (shift + x_bits >= DBL_MAX_EXP &&
        (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, (int)x_bits))) {
        return HS_LONG_ERR_OVERFLOW;
    }
    *out = ldexp(dx, (int)shift);
    return HS_LONG_OK;
}

/* a / b: pick 'shift' so that |a| * 2**-shift // |b| has DBL_MANT_DIG + 2 or + 3 bits (or
 * enough for the subnormal range), divide exactly, and round once. CPython: long_true_divide. */
int hs_obj_long_true_divide(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                            double *out) {
    Hs_ssize_t ua = hs_obj_long_ndigits(na), ub = hs_obj_long_ndigits(nb);
    int negate = (na < 0) != (nb < 0);
    double result = 0.0;
    if (ub == 0) {
        return HS_LONG_ERR_ZERO_DIV;
    }
    if (ua == 0) {
        *out = negate ? -0.0 : 0.0;
        return HS_LONG_OK;
    }
    if (is_small(a, ua) && is_small(b, ub)) {
        result = small_to_double(a, ua) / small_to_double(b, ub);
        *out = negate ? -result : result;
        return HS_LONG_OK;
    }
    Hs_ssize_t diff = ua - ub;
    if (diff > HS_SSIZE_T_MAX / HS_LONG_SHIFT - 1) {
        return HS_LONG_ERR_OVERFLOW;
    }
    if (diff < 1 - HS_SSIZE_T_MAX / HS_LONG_SHIFT) {
        *out = negate ? -0.0 : 0.0;
        return HS_LONG_OK;
    }
    diff = diff * HS_LONG_SHIFT + hs_obj_long_digit_bits(a[ua - 1]) -
           hs_obj_long_digit_bits(b[ub - 1]);
    if (diff > DBL_MAX_EXP) {
        return HS_LONG_ERR_OVERFLOW;
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        *out = negate ? -0.0 : 0.0;
        return HS_LONG_OK;
    }
    Hs_ssize_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    Hs_ssize_t xcap = shift <= 0 ? ua + (-shift) / HS_LONG_SHIFT + 1 : ua - shift / HS_LONG_SHIFT;
    hs_digit *ws = hs_mem_raw_malloc((size_t)(3 * xcap + ub + 3) * sizeof(hs_digit));
    if (ws == NULL) {
        return HS_LONG_ERR_NOMEM;
    }
    hs_digit *x = ws, *q = ws + xcap, *r = q + xcap + 1, *scratch = r + ub;
    int inexact = 0, rc = HS_LONG_OK;
    Hs_ssize_t xn = scale_numerator(a, ua, shift, x, &inexact);
    if (ub == 1) {
        if (hs_obj_long_mag_divrem1(x, x, xn, b[0])) {
            inexact = 1;
        }
        xn = hs_obj_long_mag_normalize(x, xn);
    } else {
        Hs_ssize_t nq, nr;
        rc = hs_obj_long_mag_divrem(x, xn, b, ub, q, &nq, r, &nr, scratch);
        if (nr != 0) {
            inexact = 1;
        }
        x = q;
        xn = nq;
    }
    if (rc == 0) {
        rc = round_quotient(x, xn, shift, inexact, &result);
    }
    hs_mem_raw_free(ws);
    if (rc == 0) {
        *out = negate ? -result : result;
    }
    return rc;
}
