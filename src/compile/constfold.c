/* Constant folding of the AST (CPython 3.11: Python/ast_opt.c): unary and binary operators
 * on constants with CPython's size limits (ints of at most 128 bits, strings of at most 4096
 * characters, collections of at most 256 items), `not` folded into is/in comparisons, tuples
 * of constants, constant subscripts, `__debug__` read as True, and list/set literals after
 * `in` / `not in` and in for-loops / comprehensions turned into tuples. Children are folded
 * before their parent, as astfold_expr does. Folded nodes are rewritten in place (kind
 * Constant with an HS_CONST_OBJECT value), so the node identities the symbol table keys on
 * never change.
 * Invariant: every object created here is owned by the compiler's 'folded' list; a failed
 * operation (division by zero, unsupported type) leaves the node unfolded, with no pending
 * exception. */
#include "internal/hs_compile_codegen.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_long.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"
#include "internal/hs_obj_fmt.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_complex.h"
#include "internal/hs_obj_float.h"

#include <errno.h>
#include <math.h>

#include <string.h>

#define MAX_INT_SIZE 128
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096
#define MAX_TOTAL_ITEMS 1024

static int fold_expr(HsCompiler *c, HsAstExpr *e);
static int fold_stmts(HsCompiler *c, HsAstSeq *s);

/* ==== helpers ==== */

static int keep(HsCompiler *c, HsObject *o) {
    HsObjVec *v = &c->folded;
    if (v->n == v->cap) {
        int ncap = v->cap ? v->cap * 2 : 16;
        HsObject **ni = hs_mem_raw_realloc(v->items, sizeof(HsObject *) * (size_t)ncap);
        if (ni == NULL) {
            return -1;
        }
        v->items = ni;
        v->cap = ncap;
    }
    v->items[v->n++] = o;
    return 0;
}

/* CPython make_const. Steals: 'o' (NULL: leave the node, clear the error). */
static int make_const(HsCompiler *c, HsAstExpr *e, HsObject *o) {
    if (o == NULL) {
        HsErr_Clear();
        return 0;
    }
    if (keep(c, o) < 0) {
        Hs_DECREF(o);
        return -1;
    }
    e->kind = HS_EXPR_CONSTANT;
    memset(&e->v.Constant, 0, sizeof e->v.Constant);
    e->v.Constant.value.kind = HS_CONST_OBJECT;
    e->v.Constant.value.s = (const char *)(void *)o;
    return 0;
}

/* Return: new reference to the value of a Constant node, or NULL (no exception). */
static HsObject *value_of(HsCompiler *c, HsAstExpr *e) {
    HsObject *o = hs_cg_const_object(c, &e->v.Constant.value);
    if (o == NULL) {
        HsErr_Clear();
    }
    return o;
}

static Hs_ssize_t num_bits(HsObject *v) {
    Hs_ssize_t n = Hs_SIZE(v) < 0 ? -Hs_SIZE(v) : Hs_SIZE(v);
    if (n == 0) {
        return 0;
    }
    hs_digit top = ((HsLongObject *)v)->ob_digit[n - 1];
    Hs_ssize_t bits = (n - 1) * HS_LONG_SHIFT;
    while (top) {
        bits++;
        top >>= 1;
    }
    return bits;
}

static long num_bits_i128(__int128 a) {
    unsigned __int128 m = a < 0 ? -(unsigned __int128)a : (unsigned __int128)a;
    long bits = 0;
    while (m) {
        bits++;
        m >>= 1;
    }
    return bits;
}

/* A non-negative int that fits a long, or -1. */
static long small_nonneg(HsObject *v) {
    int overflow = 0;
    long long x = hs_int_as_longlong_and_overflow(v, &overflow);
    return overflow || x < 0 || x > 0x7fffffff ? -1 : (long)x;
}

static int seq_items(HsObject *o, Hs_ssize_t *n) {
    if (HsTuple_CheckExact(o)) {
        *n = Hs_SIZE(o);
        return 1;
    }
    if (HsUnicode_CheckExact(o)) {
        *n = HS_STR_LEN(o);
        return 2;
    }
    if (HsBytes_CheckExact(o)) {
        *n = Hs_SIZE(o);
        return 3;
    }
    return 0;
}


/* ==== int arithmetic for folding ====
 * The int type does not expose number slots to the compiler layer yet, so ints are folded
 * here in 128-bit arithmetic: CPython's limits keep every foldable result within 128 bits
 * (a result that does not fit is left unfolded). Python semantics: floor division and
 * modulo round toward minus infinity; shifts by negative counts and division by zero are
 * errors (not folded). */

typedef __int128 i128;

static int int_to_i128(HsObject *v, i128 *out) {
    Hs_ssize_t size = Hs_SIZE(v), n = size < 0 ? -size : size;
    if (num_bits(v) > 126) {
        return 0;
    }
    unsigned __int128 m = 0;
    for (Hs_ssize_t i = n - 1; i >= 0; i--) {
        m = (m << HS_LONG_SHIFT) | ((HsLongObject *)v)->ob_digit[i];
    }
    *out = size < 0 ? -(i128)m : (i128)m;
    return 1;
}

typedef unsigned __int128 u128;

/* Return: new reference to (neg ? -m : m). */
static HsObject *int_from_mag(int neg, u128 m) {
    HsLongObject *v = hs_int_new(5);
    if (v == NULL) {
        return NULL;
    }
    Hs_ssize_t n = 0;
    while (m) {
        v->ob_digit[n++] = (hs_digit)(m & (HS_LONG_BASE - 1));
        m >>= HS_LONG_SHIFT;
    }
    Hs_SIZE(v) = neg ? -n : n;
    return hs_int_normalize(v);
}

/* Products, powers and left shifts of up to 128 bits (CPython's MAX_INT_SIZE), computed on
 * magnitudes. Return: new reference, or NULL (not folded). */
static HsObject *int_wide_op(HsAstOperator op, i128 a, i128 b) {
    int neg = a < 0;
    u128 ma = neg ? -(u128)a : (u128)a, r = 1;
    if (op == HS_OP_MULT) {
        u128 mb = b < 0 ? -(u128)b : (u128)b;
        return __builtin_mul_overflow(ma, mb, &r) ? NULL : int_from_mag(neg != (b < 0), r);
    }
    if (op == HS_OP_LSHIFT) {
        if (b < 0 || b > 128 || (ma != 0 && num_bits_i128(a) + b > 128)) {
            return NULL;
        }
        return int_from_mag(neg, b == 128 ? 0 : ma << b);
    }
    if (b < 0) {
        return NULL;
    }
    for (i128 e = b; e > 0; e--) {
        if (__builtin_mul_overflow(r, ma, &r)) {
            return NULL;
        }
    }
    return int_from_mag(neg && (b & 1), r);
}

/* Return: new reference. */
static HsObject *int_from_i128(i128 x) {
    unsigned __int128 m = x < 0 ? -(unsigned __int128)x : (unsigned __int128)x;
    HsLongObject *v = hs_int_new(5);
    if (v == NULL) {
        return NULL;
    }
    Hs_ssize_t n = 0;
    while (m) {
        v->ob_digit[n++] = (hs_digit)(m & (HS_LONG_BASE - 1));
        m >>= HS_LONG_SHIFT;
    }
    Hs_SIZE(v) = x < 0 ? -n : n;
    return hs_int_normalize(v);
}

static int i128_floordiv(i128 a, i128 b, i128 *q, i128 *r) {
    if (b == 0 || (b == -1 && a == -a && a != 0)) {
        return 0;
    }
    i128 qq = a / b, rr = a % b;
    if (rr != 0 && ((rr < 0) != (b < 0))) {
        qq -= 1;
        rr += b;
    }
    *q = qq;
    *r = rr;
    return 1;
}

static int i128_pow(i128 a, i128 e, i128 *out) {
    i128 r = 1;
    if (e < 0) {
        return 0;
    }
    while (e > 0) {
        if (e & 1) {
            if (__builtin_mul_overflow(r, a, &r)) {
                return 0;
            }
        }
        e >>= 1;
        if (e > 0 && __builtin_mul_overflow(a, a, &a)) {
            return 0;
        }
    }
    *out = r;
    return 1;
}

static int i128_binop(HsAstOperator op, i128 a, i128 b, i128 *r) {
    i128 q, m;
    switch (op) {
    case HS_OP_ADD:
        return !__builtin_add_overflow(a, b, r);
    case HS_OP_SUB:
        return !__builtin_sub_overflow(a, b, r);
    case HS_OP_MULT:
        return !__builtin_mul_overflow(a, b, r);
    case HS_OP_FLOORDIV:
        return i128_floordiv(a, b, r, &m);
    case HS_OP_MOD:
        if (!i128_floordiv(a, b, &q, &m)) {
            return 0;
        }
        *r = m;
        return 1;
    case HS_OP_POW:
        return i128_pow(a, b, r);
    case HS_OP_LSHIFT:
        if (b < 0 || b > 126 || (a != 0 && num_bits_i128(a) + b > 126)) {
            return 0;
        }
        *r = a * ((i128)1 << b);
        return 1;
    case HS_OP_RSHIFT:
        if (b < 0) {
            return 0;
        }
        *r = b > 126 ? (a < 0 ? -1 : 0) : a >> b;
        return 1;
    case HS_OP_BITOR:
        *r = a | b;
        return 1;
    case HS_OP_BITXOR:
        *r = a ^ b;
        return 1;
    case HS_OP_BITAND:
        *r = a & b;
        return 1;
    default:
        return 0;
    }
}

/* Return: new reference, or NULL (not folded). */
static HsObject *int_binop(HsAstOperator op, HsObject *lv, HsObject *rv) {
    i128 a, b, r;
    if (!int_to_i128(lv, &a) || !int_to_i128(rv, &b)) {
        return NULL;
    }
    if (!i128_binop(op, a, b, &r)) {
        if (op == HS_OP_MULT || op == HS_OP_LSHIFT || (op == HS_OP_POW && b <= 128)) {
            return int_wide_op(op, a, b);
        }
        return NULL;
    }
    return int_from_i128(r);
}

/* Return: new reference: s repeated n times (n >= 0), str or tuple. */
static HsObject *seq_repeat(HsObject *s, long n) {
    if (HsTuple_CheckExact(s)) {
        Hs_ssize_t len = Hs_SIZE(s);
        HsObject *t = HsTuple_New(len * n);
        if (t == NULL) {
            return NULL;
        }
        for (long i = 0; i < n; i++) {
            for (Hs_ssize_t j = 0; j < len; j++) {
                HsObject *it = HS_TUPLE_GET(s, j);
                Hs_INCREF(it);
                HS_TUPLE_SET(t, i * len + j, it);
            }
        }
        return t;
    }
    if (HsBytes_CheckExact(s)) {
        Hs_ssize_t len = Hs_SIZE(s);
        HsObject *b = HsBytes_FromStringAndSize(NULL, len * n);
        for (long i = 0; b != NULL && i < n; i++) {
            memcpy(HsBytes_AS_STRING(b) + i * len, HsBytes_AS_STRING(s), (size_t)len);
        }
        return b;
    }
    HsObject *r = hs_str_empty();
    for (long i = 0; i < n && r != NULL; i++) {
        HsObject *nr = HsUnicode_Concat(r, s);
        Hs_DECREF(r);
        r = nr;
    }
    return r;
}

static HsObject *tuple_concat(HsObject *a, HsObject *b) {
    Hs_ssize_t na = Hs_SIZE(a), nb = Hs_SIZE(b);
    HsObject *t = HsTuple_New(na + nb);
    if (t == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < na + nb; i++) {
        HsObject *it = i < na ? HS_TUPLE_GET(a, i) : HS_TUPLE_GET(b, i - na);
        Hs_INCREF(it);
        HS_TUPLE_SET(t, i, it);
    }
    return t;
}


/* ==== float and complex arithmetic (float_add ... float_pow, complex add/sub) ==== */

/* An int or float operand as an exact double. */
static int as_double(HsObject *v, double *out) {
    if (HsFloat_CheckExact(v)) {
        *out = HsFloat_AsDouble(v);
        return 1;
    }
    i128 x;
    if (HsLong_Check(v) && int_to_i128(v, &x)) {
        *out = (double)x; /* correctly rounded, as PyLong_AsDouble */
        return 1;
    }
    return 0;
}

static HsObject *complex_pow(HsComplex a, HsComplex b);

static HsObject *float_pow(double x, double y) {
    if (x == 0.0 && y < 0.0) {
        return NULL; /* ZeroDivisionError */
    }
    if (x < 0.0 && y != floor(y)) {
        HsComplex a = {x, 0.0}, b = {y, 0.0}; /* float_pow hands over to complex */
        return complex_pow(a, b);
    }
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) {
        return NULL; /* OverflowError */
    }
    return HsFloat_FromDouble(r);
}

/* Return: new reference, or NULL (not folded). 'ints' is set when both operands are ints. */
static HsObject *float_binop(HsAstOperator op, HsObject *lv, HsObject *rv) {
    double x, y, r;
    HsFmtError err;
    int ints = HsLong_Check(lv) && HsLong_Check(rv);
    if (!as_double(lv, &x) || !as_double(rv, &y)) {
        return NULL;
    }
    if (ints && op != HS_OP_DIV && op != HS_OP_POW) {
        return NULL;
    }
    switch (op) {
    case HS_OP_ADD:
        return HsFloat_FromDouble(x + y);
    case HS_OP_SUB:
        return HsFloat_FromDouble(x - y);
    case HS_OP_MULT:
        return HsFloat_FromDouble(x * y);
    case HS_OP_DIV:
        return y == 0.0 ? NULL : HsFloat_FromDouble(x / y);
    case HS_OP_FLOORDIV:
        return hs_obj_float_floordiv(x, y, &r, &err) != 0 ? NULL : HsFloat_FromDouble(r);
    case HS_OP_MOD:
        return hs_obj_float_mod(x, y, &r, &err) != 0 ? NULL : HsFloat_FromDouble(r);
    case HS_OP_POW:
        return ints && y >= 0.0 ? NULL : float_pow(x, y);
    default:
        return NULL;
    }
}

/* CPython complex_pow: small integral exponents by repeated products (c_powi). */
static HsComplex c_powu(HsComplex x, long n) {
    HsComplex r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) {
            r = hs_complex_prod(r, p);
        }
        mask <<= 1;
        p = hs_complex_prod(p, p);
    }
    return r;
}

static HsObject *complex_pow(HsComplex a, HsComplex b) {
    HsComplex p, one = {1.0, 0.0};
    errno = 0;
    if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0) {
        long n = (long)b.real;
        p = n > 0 ? c_powu(a, n) : hs_complex_quot(one, c_powu(a, -n));
    } else {
        p = hs_complex_pow(a, b);
    }
    if (isinf(p.real) || isinf(p.imag)) {
        errno = ERANGE;
    }
    return errno != 0 ? NULL : HsComplex_FromCComplex(p);
}

static int as_complex(HsObject *v, HsComplex *out) {
    if (HsComplex_CheckExact(v)) {
        *out = ((HsComplexObject *)v)->cval;
        return 1;
    }
    out->imag = 0.0;
    return as_double(v, &out->real);
}

static HsObject *complex_binop(HsAstOperator op, HsObject *lv, HsObject *rv) {
    HsComplex a, b;
    if ((!HsComplex_CheckExact(lv) && !HsComplex_CheckExact(rv)) || !as_complex(lv, &a) ||
        !as_complex(rv, &b)) {
        return NULL;
    }
    if (op == HS_OP_ADD) {
        return HsComplex_FromDoubles(a.real + b.real, a.imag + b.imag);
    }
    if (op == HS_OP_SUB) {
        return HsComplex_FromDoubles(a.real - b.real, a.imag - b.imag);
    }
    if (op == HS_OP_MULT) {
        return HsComplex_FromCComplex(hs_complex_prod(a, b));
    }
    if (op == HS_OP_DIV && (b.real != 0.0 || b.imag != 0.0)) {
        return HsComplex_FromCComplex(hs_complex_quot(a, b));
    }
    if (op == HS_OP_POW) {
        return complex_pow(a, b);
    }
    return NULL;
}

static HsObject *number_binop(HsAstOperator op, HsObject *lv, HsObject *rv) {
    HsObject *r = float_binop(op, lv, rv);
    return r != NULL ? r : complex_binop(op, lv, rv);
}

static HsObject *number_unary(HsAstUnaryOp op, HsObject *v) {
    if (HsFloat_CheckExact(v)) {
        double d = HsFloat_AsDouble(v);
        return op == HS_UOP_USUB ? HsFloat_FromDouble(-d)
               : op == HS_UOP_UADD ? HsFloat_FromDouble(d)
                                   : NULL;
    }
    if (HsComplex_CheckExact(v)) {
        HsComplex cv = ((HsComplexObject *)v)->cval;
        return op == HS_UOP_USUB ? HsComplex_FromDoubles(-cv.real, -cv.imag)
               : op == HS_UOP_UADD ? HsComplex_FromDoubles(cv.real, cv.imag)
                                   : NULL;
    }
    return NULL;
}

/* ==== safe operations (CPython safe_multiply, safe_power, safe_lshift, safe_mod) ==== */

static HsObject *safe_multiply(HsObject *v, HsObject *w) {
    Hs_ssize_t size;
    int kind;
    if (HsLong_Check(v) && HsLong_Check(w) && Hs_SIZE(v) && Hs_SIZE(w)) {
        if (num_bits(v) + num_bits(w) > MAX_INT_SIZE) {
            return NULL;
        }
    } else if (HsLong_Check(v) && (kind = seq_items(w, &size)) != 0) {
        if (size) {
            long n = small_nonneg(v);
            long limit = kind == 1 ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
            if (n < 0 || n > limit / size || (kind == 1 && n && size > MAX_TOTAL_ITEMS / n)) {
                return NULL;
            }
        }
    } else if (HsLong_Check(w) && seq_items(v, &size)) {
        return safe_multiply(w, v);
    }
    if (HsLong_Check(v) && HsLong_Check(w)) {
        return int_binop(HS_OP_MULT, v, w);
    }
    if (HsLong_Check(v) && seq_items(w, &size)) {
        long n = small_nonneg(v);
        return n < 0 ? seq_repeat(w, 0) : seq_repeat(w, n);
    }
    return number_binop(HS_OP_MULT, v, w);
}

static HsObject *safe_power(HsObject *v, HsObject *w) {
    if (HsLong_Check(v) && HsLong_Check(w) && Hs_SIZE(v) && Hs_SIZE(w) > 0) {
        long wbits = small_nonneg(w);
        if (wbits < 0 || num_bits(v) > MAX_INT_SIZE / wbits) {
            return NULL;
        }
    }
    if (HsLong_Check(v) && HsLong_Check(w)) {
        HsObject *r = int_binop(HS_OP_POW, v, w);
        return r != NULL ? r : number_binop(HS_OP_POW, v, w);
    }
    return number_binop(HS_OP_POW, v, w);
}

static HsObject *safe_lshift(HsObject *v, HsObject *w) {
    if (HsLong_Check(v) && HsLong_Check(w) && Hs_SIZE(v) && Hs_SIZE(w)) {
        long wbits = small_nonneg(w);
        if (wbits < 0 || wbits > MAX_INT_SIZE || num_bits(v) > MAX_INT_SIZE - wbits) {
            return NULL;
        }
    }
    return HsLong_Check(v) && HsLong_Check(w) ? int_binop(HS_OP_LSHIFT, v, w) : NULL;
}

static HsObject *binop_value(HsAstOperator op, HsObject *lv, HsObject *rv) {
    switch (op) {
    case HS_OP_MULT:
        return safe_multiply(lv, rv);
    case HS_OP_POW:
        return safe_power(lv, rv);
    case HS_OP_LSHIFT:
        return safe_lshift(lv, rv);
    case HS_OP_ADD:
        if (HsUnicode_CheckExact(lv) && HsUnicode_CheckExact(rv)) {
            return HsUnicode_Concat(lv, rv);
        }
        if (HsTuple_CheckExact(lv) && HsTuple_CheckExact(rv)) {
            return tuple_concat(lv, rv);
        }
        if (HsBytes_CheckExact(lv) && HsBytes_CheckExact(rv)) {
            return hs_bytes_concat(lv, rv);
        }
        break;
    case HS_OP_DIV:
        return number_binop(op, lv, rv);
    case HS_OP_MATMULT:
        return NULL;
    default:
        break;
    }
    if (HsBool_Check(lv) && HsBool_Check(rv) &&
        (op == HS_OP_BITAND || op == HS_OP_BITOR || op == HS_OP_BITXOR)) {
        int a = lv == Hs_True, b = rv == Hs_True;
        return HsBool_FromLong(op == HS_OP_BITAND  ? (a & b)
                               : op == HS_OP_BITOR ? (a | b)
                                                   : (a ^ b));
    }
    if ((HsLong_Check(lv)) && (HsLong_Check(rv))) {
        HsObject *r = int_binop(op, lv, rv);
        return r != NULL || op != HS_OP_POW ? r : number_binop(op, lv, rv);
    }
    return number_binop(op, lv, rv);
}


/* ==== '%' formatting into f-strings (CPython 3.11 optimize_format) ==== */

static HsAstExpr *str_node(HsCompiler *c, const char *s, size_t len) {
    HsAstPos none = {-1, -1, -1, -1};
    HsAstExpr *e = hs_comp_expr_new(c->arena, HS_EXPR_CONSTANT, none);
    char *copy = hs_comp_arena_strndup(c->arena, s, len);
    if (e == NULL || copy == NULL) {
        return NULL;
    }
    e->v.Constant.value.kind = HS_CONST_STR;
    e->v.Constant.value.s = copy;
    e->v.Constant.value.len = len;
    return e;
}

/* Literal text up to the next lone '%' ('%%' becomes '%'); NULL node when empty. */
static int parse_literal(HsCompiler *c, const char *fmt, size_t n, size_t *ppos, HsAstExpr **out) {
    size_t start = *ppos, pos = start;
    char *buf = hs_comp_arena_alloc(c->arena, n - start + 1);
    size_t bl = 0;
    if (buf == NULL) {
        return -1;
    }
    while (pos < n) {
        if (fmt[pos] != '%') {
            buf[bl++] = fmt[pos++];
        } else if (pos + 1 < n && fmt[pos + 1] == '%') {
            buf[bl++] = '%';
            pos += 2;
        } else {
            break;
        }
    }
    *ppos = pos;
    *out = NULL;
    if (pos == start) {
        return 0;
    }
    *out = str_node(c, buf, bl);
    return *out == NULL ? -1 : 0;
}

/* CPython simple_format_arg_parse + parse_format: %s %r %a with flags, width, precision. */
static int parse_format(HsCompiler *c, const char *fmt, size_t n, size_t *ppos, HsAstExpr *arg,
                        HsAstExpr **out) {
    size_t pos = *ppos;
    int ljust = 0, width = -1, prec = -1;
    char ch;
    *out = NULL;
#define NEXTC                                                                                      \
    do {                                                                                           \
        if (pos >= n) {                                                                            \
            return 0;                                                                              \
        }                                                                                          \
        ch = fmt[pos++];                                                                           \
    } while (0)
    for (;;) {
        NEXTC;
        if (ch == '-') {
            ljust = 1;
        } else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0') {
            break;
        }
    }
    if (ch >= '0' && ch <= '9') {
        width = 0;
        while (ch >= '0' && ch <= '9') {
            width = width * 10 + (ch - '0');
            NEXTC;
            if (width > 100000000) {
                return 0;
            }
        }
    }
    if (ch == '.') {
        NEXTC;
        prec = 0;
        while (ch >= '0' && ch <= '9') {
            prec = prec * 10 + (ch - '0');
            NEXTC;
            if (prec > 100000000) {
                return 0;
            }
        }
    }
#undef NEXTC
    *ppos = pos;
    if (ch != 's' && ch != 'r' && ch != 'a') {
        return 0;
    }
    char spec[32];
    size_t sl = 0;
    if (!ljust && width > 0) {
        spec[sl++] = '>';
    }
    if (width >= 0) {
        sl += (size_t)snprintf(spec + sl, sizeof spec - sl, "%d", width);
    }
    if (prec >= 0) {
        sl += (size_t)snprintf(spec + sl, sizeof spec - sl, ".%d", prec);
    }
    HsAstExpr *fv = hs_comp_expr_new(c->arena, HS_EXPR_FORMATTEDVALUE, arg->pos);
    if (fv == NULL ||
        (sl > 0 && (fv->v.FormattedValue.format_spec = str_node(c, spec, sl)) == NULL)) {
        return -1;
    }
    fv->v.FormattedValue.value = arg;
    fv->v.FormattedValue.conversion = ch;
    *out = fv;
    return 0;
}

static int optimize_format(HsCompiler *c, HsAstExpr *node, const char *fmt, size_t n,
                           HsAstSeq *elts) {
    HsAstSeq *seq = hs_comp_seq_new(c->arena, HS_SEQ_LEN(elts) * 2 + 1);
    if (seq == NULL) {
        return -1;
    }
    Hs_ssize_t size = 0, cnt = 0;
    size_t pos = 0;
    for (;;) {
        HsAstExpr *lit;
        if (parse_literal(c, fmt, n, &pos, &lit) < 0) {
            return -1;
        }
        if (lit != NULL) {
            seq->items[size++] = lit;
        }
        if (pos >= n) {
            break;
        }
        if (cnt >= HS_SEQ_LEN(elts)) {
            return 0;
        }
        pos++;
        HsAstExpr *fv;
        if (parse_format(c, fmt, n, &pos, HS_SEQ_GET(elts, cnt), &fv) < 0) {
            return -1;
        }
        cnt++;
        if (fv == NULL) {
            return 0;
        }
        seq->items[size++] = fv;
    }
    if (cnt < HS_SEQ_LEN(elts)) {
        return 0;
    }
    seq->n = size;
    node->kind = HS_EXPR_JOINEDSTR;
    node->v.JoinedStr.values = seq;
    return 0;
}

static int try_format(HsCompiler *c, HsAstExpr *e) {
    HsAstExpr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
    if (e->v.BinOp.op != HS_OP_MOD || l->kind != HS_EXPR_CONSTANT || r->kind != HS_EXPR_TUPLE) {
        return 1;
    }
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(r->v.Tuple.elts); i++) {
        if (((HsAstExpr *)HS_SEQ_GET(r->v.Tuple.elts, i))->kind == HS_EXPR_STARRED) {
            return 1;
        }
    }
    const HsAstConst *k = &l->v.Constant.value;
    if (k->kind == HS_CONST_STR) {
        return optimize_format(c, e, k->s, k->len, r->v.Tuple.elts);
    }
    if (k->kind == HS_CONST_OBJECT && HsUnicode_CheckExact((HsObject *)(void *)k->s)) {
        Hs_ssize_t n;
        const char *u = HsUnicode_AsUTF8AndSize((HsObject *)(void *)k->s, &n);
        if (u == NULL) {
            HsErr_Clear();
            return 0;
        }
        return optimize_format(c, e, u, (size_t)n, r->v.Tuple.elts);
    }
    return 1;
}

/* ==== folds ==== */

static int fold_binop(HsCompiler *c, HsAstExpr *e) {
    int r0 = try_format(c, e);
    if (r0 <= 0) {
        return r0;
    }
    HsAstExpr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
    if (l->kind != HS_EXPR_CONSTANT || r->kind != HS_EXPR_CONSTANT ||
        e->v.BinOp.op == HS_OP_MATMULT) {
        return 0;
    }
    HsObject *lv = value_of(c, l), *rv = value_of(c, r), *res = NULL;
    if (lv != NULL && rv != NULL) {
        res = binop_value(e->v.BinOp.op, lv, rv);
    }
    Hs_XDECREF(lv);
    Hs_XDECREF(rv);
    return make_const(c, e, res);
}

static int fold_not_compare(HsAstExpr *e) {
    HsAstExpr *arg = e->v.UnaryOp.operand;
    if (arg->kind != HS_EXPR_COMPARE || HS_SEQ_LEN(arg->v.Compare.comparators) != 1) {
        return 0;
    }
    HsAstCmpOp op = arg->v.Compare.ops[0];
    HsAstCmpOp nop = op == HS_CMP_IS      ? HS_CMP_ISNOT
                     : op == HS_CMP_ISNOT ? HS_CMP_IS
                     : op == HS_CMP_IN    ? HS_CMP_NOTIN
                     : op == HS_CMP_NOTIN ? HS_CMP_IN
                                          : (HsAstCmpOp)0;
    if (nop) {
        arg->v.Compare.ops[0] = nop;
        *e = *arg; /* COPY_NODE: the comparison's position too */
    }
    return 0;
}

static int fold_unaryop(HsCompiler *c, HsAstExpr *e) {
    HsAstExpr *arg = e->v.UnaryOp.operand;
    if (arg->kind != HS_EXPR_CONSTANT) {
        return e->v.UnaryOp.op == HS_UOP_NOT ? fold_not_compare(e) : 0;
    }
    HsObject *v = value_of(c, arg), *res = NULL;
    if (v != NULL) {
        i128 x = 0;
        int isint = (HsLong_Check(v)) && int_to_i128(v, &x);
        switch (e->v.UnaryOp.op) {
        case HS_UOP_INVERT:
            res = isint ? int_from_i128(~x) : NULL;
            break;
        case HS_UOP_NOT: {
            int t = hs_cg_const_truth(v);
            res = t < 0 ? NULL : HsBool_FromLong(!t);
            break;
        }
        case HS_UOP_UADD:
            res = isint ? int_from_i128(x) : number_unary(HS_UOP_UADD, v);
            break;
        default:
            res = isint ? int_from_i128(-x) : number_unary(HS_UOP_USUB, v);
            break;
        }
        Hs_DECREF(v);
    }
    return make_const(c, e, res);
}

/* Return: new reference to a tuple of the constant elements, or NULL if one is not. */
static HsObject *const_tuple(HsCompiler *c, HsAstSeq *elts) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(elts); i++) {
        if (((HsAstExpr *)HS_SEQ_GET(elts, i))->kind != HS_EXPR_CONSTANT) {
            return NULL;
        }
    }
    HsObject *t = HsTuple_New(HS_SEQ_LEN(elts));
    if (t == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(elts); i++) {
        HsObject *v = value_of(c, HS_SEQ_GET(elts, i));
        if (v == NULL) {
            Hs_DECREF(t);
            return NULL;
        }
        HS_TUPLE_SET(t, i, v);
    }
    return t;
}

static int fold_iter(HsCompiler *c, HsAstExpr *arg) {
    if (arg->kind == HS_EXPR_SET) {
        HsObject *t = const_tuple(c, arg->v.Set.elts), *fs = NULL;
        if (t != NULL) {
            fs = HsFrozenSet_New(t);
            Hs_DECREF(t);
        }
        return make_const(c, arg, fs);
    }
    if (arg->kind != HS_EXPR_LIST) {
        return 0;
    }
    HsAstSeq *elts = arg->v.List.elts;
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(elts); i++) {
        if (((HsAstExpr *)HS_SEQ_GET(elts, i))->kind == HS_EXPR_STARRED) {
            return 0;
        }
    }
    arg->kind = HS_EXPR_TUPLE;
    return make_const(c, arg, const_tuple(c, elts));
}

static int fold_subscr(HsCompiler *c, HsAstExpr *e) {
    HsAstExpr *v = e->v.Subscript.value, *s = e->v.Subscript.slice;
    if (e->v.Subscript.ctx != HS_CTX_LOAD || v->kind != HS_EXPR_CONSTANT ||
        s->kind != HS_EXPR_CONSTANT) {
        return 0;
    }
    HsObject *vo = value_of(c, v), *so = value_of(c, s), *res = NULL;
    if (vo != NULL && so != NULL) {
        res = HsObject_GetItem(vo, so);
    }
    Hs_XDECREF(vo);
    Hs_XDECREF(so);
    return make_const(c, e, res);
}

/* ==== traversal (astfold_expr / astfold_stmt) ==== */

static int fold_seq(HsCompiler *c, HsAstSeq *s) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s); i++) {
        HsAstExpr *e = HS_SEQ_GET(s, i);
        if (e != NULL && fold_expr(c, e) < 0) {
            return -1;
        }
    }
    return 0;
}

static int fold_opt(HsCompiler *c, HsAstExpr *e) {
    return e != NULL ? fold_expr(c, e) : 0;
}

static int fold_comprehensions(HsCompiler *c, HsAstSeq *gens) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(gens); i++) {
        HsAstComprehension *g = HS_SEQ_GET(gens, i);
        if (fold_expr(c, g->target) < 0 || fold_expr(c, g->iter) < 0 || fold_seq(c, g->ifs) < 0 ||
            fold_iter(c, g->iter) < 0) {
            return -1;
        }
    }
    return 0;
}

static int fold_args_list(HsCompiler *c, HsAstSeq *args) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(args); i++) {
        HsAstArg *a = HS_SEQ_GET(args, i);
        if (fold_opt(c, a->annotation) < 0) {
            return -1;
        }
    }
    return 0;
}

static int fold_arguments(HsCompiler *c, HsAstArguments *a) {
    if (fold_args_list(c, a->posonlyargs) < 0 || fold_args_list(c, a->args) < 0 ||
        (a->vararg != NULL && fold_opt(c, a->vararg->annotation) < 0) ||
        fold_args_list(c, a->kwonlyargs) < 0 || fold_seq(c, a->kw_defaults) < 0 ||
        (a->kwarg != NULL && fold_opt(c, a->kwarg->annotation) < 0) ||
        fold_seq(c, a->defaults) < 0) {
        return -1;
    }
    return 0;
}

static int fold_keywords(HsCompiler *c, HsAstSeq *kws) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(kws); i++) {
        if (fold_expr(c, ((HsAstKeyword *)HS_SEQ_GET(kws, i))->value) < 0) {
            return -1;
        }
    }
    return 0;
}

static int fold_expr_children(HsCompiler *c, HsAstExpr *e) {
    switch (e->kind) {
    case HS_EXPR_BOOLOP:
        return fold_seq(c, e->v.BoolOp.values);
    case HS_EXPR_NAMEDEXPR:
        return fold_expr(c, e->v.NamedExpr.value);
    case HS_EXPR_LAMBDA:
        return fold_arguments(c, e->v.Lambda.args) < 0 ? -1 : fold_expr(c, e->v.Lambda.body);
    case HS_EXPR_IFEXP:
        return fold_expr(c, e->v.IfExp.test) < 0 || fold_expr(c, e->v.IfExp.body) < 0
                   ? -1
                   : fold_expr(c, e->v.IfExp.orelse);
    case HS_EXPR_DICT:
        return fold_seq(c, e->v.Dict.keys) < 0 ? -1 : fold_seq(c, e->v.Dict.values);
    case HS_EXPR_SET:
        return fold_seq(c, e->v.Set.elts);
    case HS_EXPR_LISTCOMP:
    case HS_EXPR_SETCOMP:
    case HS_EXPR_GENERATOREXP:
        return fold_expr(c, e->v.Comp.elt) < 0 ? -1 : fold_comprehensions(c, e->v.Comp.generators);
    case HS_EXPR_DICTCOMP:
        return fold_expr(c, e->v.DictComp.key) < 0 || fold_expr(c, e->v.DictComp.value) < 0
                   ? -1
                   : fold_comprehensions(c, e->v.DictComp.generators);
    case HS_EXPR_AWAIT:
    case HS_EXPR_YIELD:
    case HS_EXPR_YIELDFROM:
        return fold_opt(c, e->v.Yield.value);
    case HS_EXPR_CALL:
        return fold_expr(c, e->v.Call.func) < 0 || fold_seq(c, e->v.Call.args) < 0
                   ? -1
                   : fold_keywords(c, e->v.Call.keywords);
    case HS_EXPR_FORMATTEDVALUE:
        return fold_expr(c, e->v.FormattedValue.value) < 0
                   ? -1
                   : fold_opt(c, e->v.FormattedValue.format_spec);
    case HS_EXPR_JOINEDSTR:
        return fold_seq(c, e->v.JoinedStr.values);
    case HS_EXPR_ATTRIBUTE:
        return fold_expr(c, e->v.Attribute.value);
    case HS_EXPR_STARRED:
        return fold_expr(c, e->v.Starred.value);
    case HS_EXPR_SLICE:
        return fold_opt(c, e->v.Slice.lower) < 0 || fold_opt(c, e->v.Slice.upper) < 0
                   ? -1
                   : fold_opt(c, e->v.Slice.step);
    default:
        return 0;
    }
}

static int fold_expr(HsCompiler *c, HsAstExpr *e) {
    switch (e->kind) {
    case HS_EXPR_BINOP:
        if (fold_expr(c, e->v.BinOp.left) < 0 || fold_expr(c, e->v.BinOp.right) < 0) {
            return -1;
        }
        return fold_binop(c, e);
    case HS_EXPR_UNARYOP:
        return fold_expr(c, e->v.UnaryOp.operand) < 0 ? -1 : fold_unaryop(c, e);
    case HS_EXPR_COMPARE: {
        if (fold_expr(c, e->v.Compare.left) < 0 || fold_seq(c, e->v.Compare.comparators) < 0) {
            return -1;
        }
        Hs_ssize_t last = HS_SEQ_LEN(e->v.Compare.comparators) - 1;
        HsAstCmpOp op = e->v.Compare.ops[last];
        if (op == HS_CMP_IN || op == HS_CMP_NOTIN) {
            return fold_iter(c, HS_SEQ_GET(e->v.Compare.comparators, last));
        }
        return 0;
    }
    case HS_EXPR_SUBSCRIPT:
        if (fold_expr(c, e->v.Subscript.value) < 0 || fold_expr(c, e->v.Subscript.slice) < 0) {
            return -1;
        }
        return fold_subscr(c, e);
    case HS_EXPR_LIST:
        return fold_seq(c, e->v.List.elts);
    case HS_EXPR_TUPLE:
        if (fold_seq(c, e->v.Tuple.elts) < 0) {
            return -1;
        }
        return e->v.Tuple.ctx == HS_CTX_LOAD ? make_const(c, e, const_tuple(c, e->v.Tuple.elts))
                                             : 0;
    case HS_EXPR_NAME:
        if (e->v.Name.ctx == HS_CTX_LOAD && strcmp(e->v.Name.id, "__debug__") == 0) {
            return make_const(c, e, Hs_NewRef(Hs_True));
        }
        return 0;
    default:
        return fold_expr_children(c, e);
    }
}

static int fold_handlers(HsCompiler *c, HsAstSeq *hs) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(hs); i++) {
        HsAstExceptHandler *h = HS_SEQ_GET(hs, i);
        if (fold_opt(c, h->type) < 0 || fold_stmts(c, h->body) < 0) {
            return -1;
        }
    }
    return 0;
}

static int fold_stmt(HsCompiler *c, HsAstStmt *s) {
    switch (s->kind) {
    case HS_STMT_FUNCTIONDEF:
        return fold_arguments(c, s->v.FunctionDef.args) < 0 ||
                       fold_stmts(c, s->v.FunctionDef.body) < 0 ||
                       fold_seq(c, s->v.FunctionDef.decorator_list) < 0
                   ? -1
                   : fold_opt(c, s->v.FunctionDef.returns);
    case HS_STMT_CLASSDEF:
        return fold_seq(c, s->v.ClassDef.bases) < 0 ||
                       fold_keywords(c, s->v.ClassDef.keywords) < 0 ||
                       fold_stmts(c, s->v.ClassDef.body) < 0
                   ? -1
                   : fold_seq(c, s->v.ClassDef.decorator_list);
    case HS_STMT_RETURN:
        return fold_opt(c, s->v.Return.value);
    case HS_STMT_DELETE:
        return fold_seq(c, s->v.Delete.targets);
    case HS_STMT_ASSIGN:
        return fold_seq(c, s->v.Assign.targets) < 0 ? -1 : fold_expr(c, s->v.Assign.value);
    case HS_STMT_AUGASSIGN:
        return fold_expr(c, s->v.AugAssign.target) < 0 ? -1 : fold_expr(c, s->v.AugAssign.value);
    case HS_STMT_ANNASSIGN:
        return fold_expr(c, s->v.AnnAssign.target) < 0 ||
                       fold_expr(c, s->v.AnnAssign.annotation) < 0
                   ? -1
                   : fold_opt(c, s->v.AnnAssign.value);
    case HS_STMT_FOR:
        return fold_expr(c, s->v.For.target) < 0 || fold_expr(c, s->v.For.iter) < 0 ||
                       fold_stmts(c, s->v.For.body) < 0 || fold_stmts(c, s->v.For.orelse) < 0
                   ? -1
                   : fold_iter(c, s->v.For.iter);
    case HS_STMT_WHILE:
    case HS_STMT_IF:
        return fold_expr(c, s->v.While.test) < 0 || fold_stmts(c, s->v.While.body) < 0
                   ? -1
                   : fold_stmts(c, s->v.While.orelse);
    case HS_STMT_WITH:
        for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s->v.With.items); i++) {
            HsAstWithItem *it = HS_SEQ_GET(s->v.With.items, i);
            if (fold_expr(c, it->context_expr) < 0 || fold_opt(c, it->optional_vars) < 0) {
                return -1;
            }
        }
        return fold_stmts(c, s->v.With.body);
    case HS_STMT_RAISE:
        return fold_opt(c, s->v.Raise.exc) < 0 ? -1 : fold_opt(c, s->v.Raise.cause);
    case HS_STMT_TRY:
    case HS_STMT_TRYSTAR:
        return fold_stmts(c, s->v.Try.body) < 0 || fold_handlers(c, s->v.Try.handlers) < 0 ||
                       fold_stmts(c, s->v.Try.orelse) < 0
                   ? -1
                   : fold_stmts(c, s->v.Try.finalbody);
    case HS_STMT_ASSERT:
        return fold_expr(c, s->v.Assert.test) < 0 ? -1 : fold_opt(c, s->v.Assert.msg);
    case HS_STMT_EXPR:
        return fold_expr(c, s->v.Expr.value);
    default:
        return 0;
    }
}

static int fold_stmts(HsCompiler *c, HsAstSeq *s) {
    for (Hs_ssize_t i = 0; i < HS_SEQ_LEN(s); i++) {
        if (fold_stmt(c, HS_SEQ_GET(s, i)) < 0) {
            return -1;
        }
    }
    return 0;
}

int hs_cg_fold_mod(HsCompiler *c, HsAstMod *mod) {
    if (mod->kind == HS_MOD_EXPRESSION) {
        return fold_expr(c, mod->expr);
    }
    return fold_stmts(c, mod->body);
}
