/* The arbitrary-precision integer kernel (CPython: Objects/longobject.c, 3.11): pure functions
 * over arrays of 30-bit digits, no objects. The int object (src/obj/longobject.c) stores
 * ob_size = sign * ndigits and the digits least significant first, normalised (no leading zero
 * digit; zero has size 0), and calls these functions on (digits, signed size) pairs.
 *
 * Conventions for every function below:
 *   - an operand is (const hs_digit *d, Hs_ssize_t size), size = sign * ndigits, normalised;
 *   - results go to a caller-provided buffer whose capacity (in digits) is documented per
 *     function; unless stated, the result buffer must not overlap an operand;
 *   - functions that cannot fail return the result's signed, normalised size;
 *   - functions that can fail return an HS_LONG_* status (0 = ok, negative = error) and
 *     store the signed size through 'nz'. Temporaries come from hs_mem_raw_malloc.
 *   - division or modulo by zero is the caller's check (it raises ZeroDivisionError); the
 *     functions return HS_LONG_ERR_ZERO_DIV as a safety net.
 * See docs/internals/int.md. */
#ifndef HS_INTERNAL_HS_OBJ_LONG_H
#define HS_INTERNAL_HS_OBJ_LONG_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "hs/config.h"

#include <stddef.h>
#include <stdint.h>

/* ==== digits ====
 *   hs_digit       one 30-bit digit in a uint32_t (top two bits always 0)
 *   hs_twodigits   product of two digits plus carries (fits 64 bits)
 *   hs_stwodigits  signed version, for Knuth D's subtract step */
typedef uint32_t hs_digit;
typedef int32_t hs_sdigit;
typedef uint64_t hs_twodigits;
typedef int64_t hs_stwodigits;

#define HS_LONG_SHIFT 30
#define HS_LONG_BASE ((hs_digit)1 << HS_LONG_SHIFT)
#define HS_LONG_MASK ((hs_digit)(HS_LONG_BASE - 1))
#define HS_LONG_DECIMAL_SHIFT 9 /* base-10**9 limbs in decimal conversion */
#define HS_LONG_DECIMAL_BASE ((hs_digit)1000000000)

#define HS_LONG_KARATSUBA_CUTOFF 70         /* CPython KARATSUBA_CUTOFF */
#define HS_LONG_KARATSUBA_SQUARE_CUTOFF 140 /* CPython KARATSUBA_SQUARE_CUTOFF */

/* CPython 3.11 int/str conversion limit (sys.set_int_max_str_digits): default and the
 * threshold under which the limit is never checked. 0 passed as a limit means "no limit". */
#define HS_LONG_MAX_STR_DIGITS 4300
#define HS_LONG_MAX_STR_DIGITS_THRESHOLD 640

#define HS_LONG_INT64_DIGITS 3   /* digits for any int64/uint64 value */
#define HS_LONG_DOUBLE_DIGITS 35 /* digits for int(x) of any finite double: 1024 bits */

/* ==== status codes ====
 * Errors and the Python exception (message) the caller raises for each. */
enum {
    HS_LONG_OK = 0,
    HS_LONG_ERR_NOMEM = -1,          /* MemoryError */
    HS_LONG_ERR_OVERFLOW = -2,       /* OverflowError: message depends on the function */
    HS_LONG_ERR_INVALID = -3,        /* ValueError: invalid literal for int() with base %d: %R */
    HS_LONG_ERR_STR_LIMIT = -4,      /* ValueError: HS_LONG_MSG_LIMIT_TO_INT / _TO_STR */
    HS_LONG_ERR_NEGATIVE = -5,       /* negative operand where not allowed (see function) */
    HS_LONG_ERR_NAN = -6,            /* ValueError: cannot convert float NaN to integer */
    HS_LONG_ERR_INFINITY = -7,       /* OverflowError: cannot convert float infinity to integer */
    HS_LONG_ERR_NOT_INVERTIBLE = -8, /* ValueError: base is not invertible for the given modulus */
    HS_LONG_ERR_ZERO_DIV = -9,       /* ZeroDivisionError / pow() 3rd argument cannot be 0 */
    HS_LONG_ERR_BASE = -10,          /* ValueError: int() base must be >= 2 and <= 36, or 0 */
};

/* CPython 3.11.7's messages, as printf formats (checked with python3). */
#define HS_LONG_MSG_LIMIT_TO_INT                                                                   \
    "Exceeds the limit (%d digits) for integer string conversion: value has %zd digits; use "      \
    "sys.set_int_max_str_digits() to increase the limit"
#define HS_LONG_MSG_LIMIT_TO_STR                                                                   \
    "Exceeds the limit (%d digits) for integer string conversion; use "                            \
    "sys.set_int_max_str_digits() to increase the limit"
#define HS_LONG_MSG_TO_FLOAT "int too large to convert to float"
#define HS_LONG_MSG_TRUEDIV "integer division result too large for a float"
#define HS_LONG_MSG_TO_BYTES "int too big to convert"
#define HS_LONG_MSG_TO_UNSIGNED "can't convert negative int to unsigned"

/* ==== small helpers ==== */
static inline Hs_ssize_t hs_obj_long_ndigits(Hs_ssize_t size) {
    return size < 0 ? -size : size;
}

/* Number of significant bits of one digit (0 for 0). */
static inline int hs_obj_long_digit_bits(hs_digit d) {
    return d ? 32 - __builtin_clz(d) : 0;
}

/* ==== magnitude layer (unsigned digit arrays, used between the kernel's files) ==== */

/* Length of d[0:n] without its leading zero digits. */
Hs_ssize_t hs_obj_long_mag_normalize(const hs_digit *d, Hs_ssize_t n);

/* z[0:m] = a[0:m] << d (0 <= d < 30); returns the bits shifted out. z may equal a.
 * CPython: v_lshift. */
hs_digit hs_obj_long_mag_lshift(hs_digit *z, const hs_digit *a, Hs_ssize_t m, int d);

/* z[0:m] = a[0:m] >> d (0 <= d < 30); returns the bits shifted out. z may equal a.
 * CPython: v_rshift. */
hs_digit hs_obj_long_mag_rshift(hs_digit *z, const hs_digit *a, Hs_ssize_t m, int d);

/* q[0:n] = a[0:n] // b for one digit b != 0; returns a % b. q may equal a.
 * CPython: inplace_divrem1. */
hs_digit hs_obj_long_mag_divrem1(hs_digit *q, const hs_digit *a, Hs_ssize_t n, hs_digit b);

/* z[0:na+nb] = a * b (not normalised; na, nb >= 0). z must not overlap a or b. Uses
 * schoolbook (with a squaring path when a == b) below the Karatsuba cutoffs, CPython's k_mul
 * and k_lopsided_mul above. Returns HS_LONG_OK or HS_LONG_ERR_NOMEM. */
int hs_obj_long_mag_mul(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                        hs_digit *z);

/* Knuth's algorithm D (CPython: x_divrem) on magnitudes with na >= nb >= 2, both with a
 * nonzero top digit (the shift that makes b's top digit >= 2**29 is done here):
 * q (capacity na - nb + 1) gets a // b, r (capacity nb; also the working copy of the shifted
 * divisor) gets a % b, their normalised lengths go to 'nq' / 'nr'. q and r must not overlap
 * a, b or each other. 'scratch' holds na + 1 digits, or is NULL to allocate them.
 * Returns HS_LONG_OK or HS_LONG_ERR_NOMEM. */
int hs_obj_long_mag_divrem(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                           hs_digit *q, Hs_ssize_t *nq, hs_digit *r, Hs_ssize_t *nr,
                           hs_digit *scratch);

/* ==== arithmetic (src/obj/longarith.c) ==== */

/* -1, 0 or 1 as a <, ==, > b. CPython: long_compare. */
int hs_obj_long_compare(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb);

/* z = a + b / a - b. Capacity max(|na|, |nb|) + 1. z may be a or b (digit-wise in place). */
Hs_ssize_t hs_obj_long_add(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                           hs_digit *z);
Hs_ssize_t hs_obj_long_sub(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                           hs_digit *z);

/* z = a * b. Capacity |na| + |nb|. Returns HS_LONG_OK / HS_LONG_ERR_NOMEM (only above the
 * Karatsuba cutoff, where temporaries are needed). CPython: long_mul. */
int hs_obj_long_mul(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb, hs_digit *z,
                    Hs_ssize_t *nz);

/* Shifts with Python semantics: a >> s is floor(a / 2**s) (so -1 >> s == -1). Capacities:
 * lshift |na| + s / 30 + 1 (see hs_obj_long_lshift_capacity), rshift max(|na| - s/30, 0) + 1.
 * A negative shift count is the caller's ValueError("negative shift count"). */
Hs_ssize_t hs_obj_long_lshift(const hs_digit *a, Hs_ssize_t na, size_t s, hs_digit *z);
Hs_ssize_t hs_obj_long_rshift(const hs_digit *a, Hs_ssize_t na, size_t s, hs_digit *z);
/* Digits needed by a << s, or -1 if the object could not even be sized in a Hs_ssize_t.
 * Either way a huge shift ends in MemoryError, as CPython 3.11's 1 << (1 << 62). */
Hs_ssize_t hs_obj_long_lshift_capacity(Hs_ssize_t na, size_t s);

/* Bitwise operations on infinite two's complement (CPython: long_bitwise, long_invert).
 * Capacity max(|na|, |nb|) + 1; invert |na| + 1. */
Hs_ssize_t hs_obj_long_and(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                           hs_digit *z);
Hs_ssize_t hs_obj_long_or(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                          hs_digit *z);
Hs_ssize_t hs_obj_long_xor(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                           hs_digit *z);
Hs_ssize_t hs_obj_long_invert(const hs_digit *a, Hs_ssize_t na, hs_digit *z);

/* int.bit_length() and int.bit_count() of |a|. */
uint64_t hs_obj_long_bit_length(const hs_digit *a, Hs_ssize_t na);
uint64_t hs_obj_long_bit_count(const hs_digit *a, Hs_ssize_t na);

/* hash(a), exactly CPython's long_hash: sign * (|a| mod 2**61 - 1), with -1 mapped to -2. */
Hs_ssize_t hs_obj_long_hash(const hs_digit *a, Hs_ssize_t na);

/* C integers. from_*: capacity HS_LONG_INT64_DIGITS. to_int64: HS_LONG_ERR_OVERFLOW when out
 * of range ("Python int too large to convert to C long"); to_uint64: HS_LONG_ERR_NEGATIVE
 * ("can't convert negative int to unsigned") or HS_LONG_ERR_OVERFLOW. */
Hs_ssize_t hs_obj_long_from_int64(int64_t v, hs_digit *z);
Hs_ssize_t hs_obj_long_from_uint64(uint64_t v, hs_digit *z);
int hs_obj_long_to_int64(const hs_digit *a, Hs_ssize_t na, int64_t *out);
int hs_obj_long_to_uint64(const hs_digit *a, Hs_ssize_t na, uint64_t *out);

/* int.to_bytes(n, 'little' if little else 'big', signed=is_signed) into out[0:n].
 * HS_LONG_ERR_OVERFLOW -> OverflowError(HS_LONG_MSG_TO_BYTES); HS_LONG_ERR_NEGATIVE (negative
 * and not signed) -> OverflowError(HS_LONG_MSG_TO_UNSIGNED). CPython: _PyLong_AsByteArray. */
int hs_obj_long_to_bytes(const hs_digit *a, Hs_ssize_t na, unsigned char *out, size_t n, int little,
                         int is_signed);
/* int.from_bytes(b[0:n], ...). Capacity hs_obj_long_from_bytes_capacity(n). */
Hs_ssize_t hs_obj_long_from_bytes(const unsigned char *b, size_t n, int little, int is_signed,
                                  hs_digit *z);
Hs_ssize_t hs_obj_long_from_bytes_capacity(size_t n);

/* ==== division, powers, number theory (src/obj/longdiv.c) ==== */

/* Capacity of a floor quotient a // b: max(|na| - |nb|, 0) + 2. */
static inline Hs_ssize_t hs_obj_long_div_capacity(Hs_ssize_t na, Hs_ssize_t nb) {
    Hs_ssize_t d = hs_obj_long_ndigits(na) - hs_obj_long_ndigits(nb);
    return (d > 0 ? d : 0) + 2;
}

/* Floor division with Python's signs: q = a // b (capacity hs_obj_long_div_capacity),
 * r = a % b (sign of b, capacity |nb|). Either q or r may be NULL (then nq/nr ignored).
 * Returns HS_LONG_OK, HS_LONG_ERR_ZERO_DIV or HS_LONG_ERR_NOMEM. CPython: l_divmod. */
int hs_obj_long_divmod(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                       hs_digit *q, Hs_ssize_t *nq, hs_digit *r, Hs_ssize_t *nr);

/* z = a ** e for e >= 0 (the caller handles e < 0, which gives a float). Capacity
 * hs_obj_long_pow_capacity(...), which is -1 when the result could never fit in memory
 * (the caller raises MemoryError). Left-to-right binary exponentiation. */
int hs_obj_long_pow(const hs_digit *a, Hs_ssize_t na, const hs_digit *e, Hs_ssize_t ne, hs_digit *z,
                    Hs_ssize_t *nz);
Hs_ssize_t hs_obj_long_pow_capacity(const hs_digit *a, Hs_ssize_t na, const hs_digit *e,
                                    Hs_ssize_t ne);

/* z = pow(a, e, m), 3.8+ semantics: the result has the sign of m (or is 0); e < 0 uses the
 * inverse of a modulo m. Capacity |nm|. HS_LONG_ERR_ZERO_DIV when m == 0 (ValueError "pow()
 * 3rd argument cannot be 0"), HS_LONG_ERR_NOT_INVERTIBLE, HS_LONG_ERR_NOMEM. */
int hs_obj_long_powmod(const hs_digit *a, Hs_ssize_t na, const hs_digit *e, Hs_ssize_t ne,
                       const hs_digit *m, Hs_ssize_t nm, hs_digit *z, Hs_ssize_t *nz);

/* z = inverse of a modulo m (m > 0), in [0, m). Capacity nm. CPython: long_invmod. */
int hs_obj_long_invmod(const hs_digit *a, Hs_ssize_t na, const hs_digit *m, Hs_ssize_t nm,
                       hs_digit *z, Hs_ssize_t *nz);

/* z = gcd(|a|, |b|) (math.gcd). Capacity max(|na|, |nb|). */
int hs_obj_long_gcd(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb, hs_digit *z,
                    Hs_ssize_t *nz);

/* z = math.isqrt(a). Capacity |na| / 2 + 1. HS_LONG_ERR_NEGATIVE for a < 0 (ValueError
 * "isqrt() argument must be nonnegative"). */
int hs_obj_long_isqrt(const hs_digit *a, Hs_ssize_t na, hs_digit *z, Hs_ssize_t *nz);

/* ==== strings and floats (src/obj/longconv.c) ==== */

/* Bytes needed (including a terminating NUL) to format a with hs_obj_long_to_decimal or
 * hs_obj_long_to_base in 'base' (2, 8, 10 or 16), sign and prefix included. */
size_t hs_obj_long_str_capacity(Hs_ssize_t na, int base);

/* str(a) into out (NUL-terminated), its length in 'len'. 'max_str_digits' is
 * sys.get_int_max_str_digits() (0 = no limit); HS_LONG_ERR_STR_LIMIT when passed
 * (ValueError HS_LONG_MSG_LIMIT_TO_STR). CPython: long_to_decimal_string_internal. */
int hs_obj_long_to_decimal(const hs_digit *a, Hs_ssize_t na, int max_str_digits, char *out,
                           size_t *len);

/* Flags for hs_obj_long_to_base. */
#define HS_LONG_FMT_PREFIX 1 /* "0b" / "0o" / "0x" after the sign, as bin(), oct(), hex() */
#define HS_LONG_FMT_UPPER 2  /* "ABCDEF" (and "0X" with the prefix), as format 'X' */

/* a in base 2, 8 or 16 into out (NUL-terminated); returns the length. Never limited.
 * CPython: long_format_binary. */
size_t hs_obj_long_to_base(const hs_digit *a, Hs_ssize_t na, int base, int flags, char *out);

/* Digits needed to parse a string of 'len' bytes in any base. */
Hs_ssize_t hs_obj_long_from_string_capacity(size_t len);

/* int(s[0:len], base): base 0 or 2..36, ASCII whitespace around, sign, base prefix (0x/0o/0b,
 * required to match the base when given), single underscores between digits and after the
 * prefix, as CPython's PyLong_FromString (non-ASCII digits and spaces must be translated by
 * the caller). Errors: HS_LONG_ERR_BASE, HS_LONG_ERR_INVALID, HS_LONG_ERR_STR_LIMIT (the
 * number of digits goes to 'ndigits' for HS_LONG_MSG_LIMIT_TO_INT; the limit applies to
 * non-power-of-two bases only), HS_LONG_ERR_NOMEM. 'ndigits' may be NULL. */
int hs_obj_long_from_string(const char *s, size_t len, int base, int max_str_digits, hs_digit *z,
                            Hs_ssize_t *nz, Hs_ssize_t *ndigits);

/* int(x) for a double (truncation). Capacity HS_LONG_DOUBLE_DIGITS. HS_LONG_ERR_NAN,
 * HS_LONG_ERR_INFINITY. CPython: PyLong_FromDouble. */
int hs_obj_long_from_double(double x, hs_digit *z, Hs_ssize_t *nz);

/* float(a), correctly rounded (half to even). HS_LONG_ERR_OVERFLOW ->
 * OverflowError(HS_LONG_MSG_TO_FLOAT). CPython: PyLong_AsDouble. */
int hs_obj_long_to_double(const hs_digit *a, Hs_ssize_t na, double *out);

/* a = m * 2**e with 0.5 <= |m| < 1 rounded to 53 bits (m = 0, e = 0 for a = 0).
 * HS_LONG_ERR_OVERFLOW if e would not fit Hs_ssize_t. CPython: _PyLong_Frexp. */
int hs_obj_long_frexp(const hs_digit *a, Hs_ssize_t na, double *m, Hs_ssize_t *e);

/* a / b correctly rounded, as CPython's long_true_divide. HS_LONG_ERR_ZERO_DIV,
 * HS_LONG_ERR_OVERFLOW (OverflowError(HS_LONG_MSG_TRUEDIV)), HS_LONG_ERR_NOMEM. */
int hs_obj_long_true_divide(const hs_digit *a, Hs_ssize_t na, const hs_digit *b, Hs_ssize_t nb,
                            double *out);

#endif /* HS_INTERNAL_HS_OBJ_LONG_H */
