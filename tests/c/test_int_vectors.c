/* int, bool, float and complex against CPython 3.11 vectors (tests/data/numbers/, written by
 * tools/gen_numbers_vectors.py): every binary operator between every pair of a pool of
 * ints (compact and multi-digit), bools, floats (signed zeros, subnormals, inf, nan) and
 * complexes, including the errors; unary operators, conversions, methods, hashes and
 * format specs; the constructors on valid and invalid strings; three-argument pow.
 * Each group is run twice: the second run must leave hs_ref_total where it found it. */
#include "hs_test.h"
#include "internal/hs_obj_complex.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdint.h>

/* ==== vector plumbing ==== */

static void unescape(const char *s, char *out, size_t *n) {
    size_t k = 0;
    while (*s) {
        if (s[0] == '\\' && s[1]) {
            char c = s[1];
            if (c == 'x') {
                unsigned v;
                sscanf(s + 2, "%2x", &v);
                out[k++] = (char)v;
                s += 4;
                continue;
            }
            out[k++] = c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
            s += 2;
        } else {
            out[k++] = *s++;
        }
    }
    out[k] = '\0';
    *n = k;
}

static double bits_to_double(const char *hex) {
    uint64_t u = strtoull(hex, NULL, 16);
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

/* An operand 'i:...', 'b:.', 'f:bits' or 'c:bits,bits'. Return: new reference. */
static HsObject *operand(const char *s) {
    switch (s[0]) {
    case 'b':
        return HsBool_FromLong(s[2] == '1');
    case 'f':
        return HsFloat_FromDouble(bits_to_double(s + 2));
    case 'c':
        return HsComplex_FromDoubles(bits_to_double(s + 2), bits_to_double(strchr(s, ',') + 1));
    default: {
        HsObject *str = HsUnicode_FromString(s + 2);
        HsObject *v = HsLong_FromUnicodeObject(str, 10);
        Hs_DECREF(str);
        return v;
    }
    }
}

/* Compare 'r' (new reference or NULL with an exception) with an expected field; consumes r. */
static int matches(HsObject *r, const char *expect_esc, char *got, size_t gotsz) {
    static char expect[1 << 16];
    size_t n;
    unescape(expect_esc, expect, &n);
    if (r == NULL) {
        HsObject *exc = HsErr_GetRaisedException();
        HsObject *s = exc != NULL ? HsObject_Str(exc) : NULL;
        snprintf(got, gotsz, "!%s:%s", exc ? Hs_TYPE(exc)->tp_name : "?",
                 s ? HsUnicode_AsUTF8(s) : "?");
        Hs_XDECREF(s);
        Hs_XDECREF(exc);
    } else {
        HsObject *s = HsObject_Repr(r);
        Hs_DECREF(r);
        if (s == NULL) {
            HsErr_Clear();
            snprintf(got, gotsz, "(repr failed)");
        } else {
            Hs_ssize_t len;
            const char *u = HsUnicode_AsUTF8AndSize(s, &len);
            got[0] = '=';
            size_t m = (size_t)len < gotsz - 2 ? (size_t)len : gotsz - 2;
            memcpy(got + 1, u, m);
            got[m + 1] = '\0';
            Hs_DECREF(s);
        }
    }
    return strcmp(got, expect) == 0;
}

static HsObject *binop(const char *op, HsObject *a, HsObject *b) {
    static const struct {
        const char *name;
        HsObject *(*fn)(HsObject *, HsObject *);
    } ops[] = {
        {"+", HsNumber_Add}, {"-", HsNumber_Subtract}, {"*", HsNumber_Multiply},
        {"/", HsNumber_TrueDivide}, {"//", HsNumber_FloorDivide}, {"%", HsNumber_Remainder},
        {"divmod", HsNumber_Divmod}, {"<<", HsNumber_Lshift}, {">>", HsNumber_Rshift},
        {"&", HsNumber_And}, {"|", HsNumber_Or}, {"^", HsNumber_Xor},
    };
    static const char *const cmps[] = {"<", "<=", "==", "!=", ">", ">="};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        if (strcmp(op, ops[i].name) == 0) {
            return ops[i].fn(a, b);
        }
    }
    for (int i = 0; i < 6; i++) {
        if (strcmp(op, cmps[i]) == 0) {
            return HsObject_RichCompare(a, b, i);
        }
    }
    return HsNumber_Power(a, b, Hs_None); // "**"
}

static HsObject *call_method(HsObject *a, const char *name, HsObject *arg) {
    HsObject *m = HsObject_GetAttrString(a, name);
    if (m == NULL) {
        return NULL;
    }
    HsObject *r = arg != NULL ? HsObject_CallOneArg(m, arg) : HsObject_CallNoArgs(m);
    Hs_DECREF(m);
    return r;
}

static HsObject *unop(const char *op, HsObject *a) {
    if (strcmp(op, "neg") == 0) return HsNumber_Negative(a);
    if (strcmp(op, "pos") == 0) return HsNumber_Positive(a);
    if (strcmp(op, "abs") == 0) return HsNumber_Absolute(a);
    if (strcmp(op, "invert") == 0) return HsNumber_Invert(a);
    if (strcmp(op, "bool") == 0) {
        int t = HsObject_IsTrue(a);
        return t < 0 ? NULL : HsBool_FromLong(t);
    }
    if (strcmp(op, "int") == 0) return HsObject_CallOneArg((HsObject *)&HsLong_Type, a);
    if (strcmp(op, "float") == 0) return HsObject_CallOneArg((HsObject *)&HsFloat_Type, a);
    if (strcmp(op, "repr") == 0) return HsObject_Repr(a);
    if (strcmp(op, "str") == 0) return HsObject_Str(a);
    if (strcmp(op, "hash") == 0) {
        Hs_ssize_t h = HsObject_Hash(a);
        return h == -1 ? NULL : HsLong_FromSsize_t(h);
    }
    if (strncmp(op, "round:", 6) == 0) {
        HsObject *n = HsLong_FromLong(atol(op + 6));
        HsObject *r = call_method(a, "__round__", n);
        Hs_DECREF(n);
        return r;
    }
    if (strncmp(op, "format:", 7) == 0) {
        char spec[256];
        size_t n;
        unescape(op + 7, spec, &n);
        HsObject *s = HsUnicode_FromStringAndSize(spec, (Hs_ssize_t)n);
        HsObject *r = call_method(a, "__format__", s);
        Hs_DECREF(s);
        return r;
    }
    static const char *const attrs[] = {"real", "imag", "numerator", "denominator"};
    for (int i = 0; i < 4; i++) {
        if (strcmp(op, attrs[i]) == 0) {
            return HsObject_GetAttrString(a, op);
        }
    }
    char name[64];
    const char *dunder[] = {"trunc", "floor", "ceil", "round", "sizeof"};
    for (int i = 0; i < 5; i++) {
        if (strcmp(op, dunder[i]) == 0) {
            snprintf(name, sizeof name, "__%s__", op);
            return call_method(a, name, NULL);
        }
    }
    return call_method(a, op, NULL);
}

/* The constructor vector: type, base ('-' = none), text. */
static HsObject *construct(const char *type, const char *base, const char *text_esc) {
    static char text[4096];
    size_t n;
    unescape(text_esc, text, &n);
    HsObject *s = HsUnicode_FromStringAndSize(text, (Hs_ssize_t)n);
    HsTypeObject *tp = strcmp(type, "int") == 0 ? &HsLong_Type
                       : strcmp(type, "float") == 0 ? &HsFloat_Type : &HsComplex_Type;
    HsObject *r;
    if (strcmp(base, "-") == 0) {
        r = HsObject_CallOneArg((HsObject *)tp, s);
    } else {
        HsObject *b = HsLong_FromLong(atol(base));
        HsObject *args[2] = {s, b};
        r = HsObject_Vectorcall((HsObject *)tp, args, 2, NULL);
        Hs_DECREF(b);
    }
    Hs_DECREF(s);
    return r;
}

/* Run every line of 'file' whose first field is 'op' (or any line when op is NULL; for
 * pow3.txt and ctor.txt the filter is the first field too). Returns the failure count. */
static int run_file(const char *file, const char *op, int *count) {
    char path[256];
    snprintf(path, sizeof path, "tests/data/numbers/%s", file);
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        printf("  cannot open %s\n", path);
        return 1;
    }
    static char line[1 << 16], got[1 << 16];
    int failures = 0;
    *count = 0;
    while (fgets(line, sizeof line, fp) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        char *f[5] = {0};
        int nf = 0;
        for (char *p = line; nf < 5; nf++) {
            f[nf] = p;
            p = strchr(p, '\t');
            if (p == NULL) {
                nf++;
                break;
            }
            *p++ = '\0';
        }
        if (op != NULL && strcmp(f[0], op) != 0) {
            continue;
        }
        HsObject *r;
        const char *expect;
        if (strcmp(file, "binops.txt") == 0) {
            HsObject *a = operand(f[1]), *b = operand(f[2]);
            r = binop(f[0], a, b);
            Hs_DECREF(a);
            Hs_DECREF(b);
            expect = f[3];
        } else if (strcmp(file, "unary.txt") == 0) {
            HsObject *a = operand(f[1]);
            r = unop(f[0], a);
            Hs_DECREF(a);
            expect = f[2];
        } else if (strcmp(file, "ctor.txt") == 0) {
            r = construct(f[0], f[1], f[2]);
            expect = f[3];
        } else {
            HsObject *a = operand(f[0]), *b = operand(f[1]), *m = operand(f[2]);
            r = HsNumber_Power(a, b, m);
            Hs_DECREF(a);
            Hs_DECREF(b);
            Hs_DECREF(m);
            expect = f[3];
        }
        (*count)++;
        if (!matches(r, expect, got, sizeof got) && ++failures <= 5) {
            printf("  %s %s %s: expected %.300s, got %.300s\n", f[0], f[1], nf > 3 ? f[2] : "",
                   expect, got);
        }
    }
    fclose(fp);
    return failures;
}

/* Run twice; the second run must not change hs_ref_total (debug builds). */
static int run_group(const char *file, const char *op, int *count) {
    hs_obj_init();
    int failures = run_file(file, op, count);
#if HS_DEBUG_REFS
    Hs_ssize_t before = hs_ref_total;
    failures += run_file(file, op, count);
    if (hs_ref_total != before) {
        printf("  hs_ref_total moved by %zd\n", hs_ref_total - before);
        failures++;
    }
#endif
    return failures;
}

#define GROUP(fn, file, op, min)                                                                   \
    static void fn(void) {                                                                         \
        int count;                                                                                 \
        HS_CHECK_EQ(run_group(file, op, &count), 0);                                               \
        HS_CHECK(count >= (min));                                                                  \
    }

/* ==== tests ==== */

GROUP(test_vec_add, "binops.txt", "+", 1000)
GROUP(test_vec_sub, "binops.txt", "-", 1000)
GROUP(test_vec_mul, "binops.txt", "*", 1000)
GROUP(test_vec_truediv, "binops.txt", "/", 1000)
GROUP(test_vec_floordiv, "binops.txt", "//", 1000)
GROUP(test_vec_mod, "binops.txt", "%", 1000)
GROUP(test_vec_divmod, "binops.txt", "divmod", 1000)
GROUP(test_vec_pow, "binops.txt", "**", 500)
GROUP(test_vec_lshift, "binops.txt", "<<", 300)
GROUP(test_vec_rshift, "binops.txt", ">>", 300)
GROUP(test_vec_and, "binops.txt", "&", 1000)
GROUP(test_vec_or, "binops.txt", "|", 1000)
GROUP(test_vec_xor, "binops.txt", "^", 1000)
GROUP(test_vec_eq, "binops.txt", "==", 1000)
GROUP(test_vec_ne, "binops.txt", "!=", 1000)
GROUP(test_vec_lt, "binops.txt", "<", 1000)
GROUP(test_vec_le, "binops.txt", "<=", 1000)
GROUP(test_vec_gt, "binops.txt", ">", 1000)
GROUP(test_vec_ge, "binops.txt", ">=", 1000)
GROUP(test_vec_unary, "unary.txt", NULL, 3000)
GROUP(test_vec_int_ctor, "ctor.txt", "int", 300)
GROUP(test_vec_float_ctor, "ctor.txt", "float", 30)
GROUP(test_vec_complex_ctor, "ctor.txt", "complex", 30)
GROUP(test_vec_pow3, "pow3.txt", NULL, 800)

HS_TEST_MAIN(test_vec_add, test_vec_sub, test_vec_mul, test_vec_truediv, test_vec_floordiv,
             test_vec_mod, test_vec_divmod, test_vec_pow, test_vec_lshift, test_vec_rshift,
             test_vec_and, test_vec_or, test_vec_xor, test_vec_eq, test_vec_ne, test_vec_lt,
             test_vec_le, test_vec_gt, test_vec_ge, test_vec_unary, test_vec_int_ctor,
             test_vec_float_ctor, test_vec_complex_ctor, test_vec_pow3)
