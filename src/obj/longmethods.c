/* int() and the int methods (CPython 3.11: Objects/longobject.c, long_new_impl,
 * PyNumber_Long in Objects/abstract.c, PyLong_FromUnicodeObject, int_* methods and the
 * long_getset table; Objects/unicodeobject.c, _PyUnicode_TransformDecimalAndSpaceToASCII),
 * bool's number slots and bool() (Objects/boolobject.c), and helpers the float and complex
 * constructors share: tp_new argument matching, ASCII translation of number strings and
 * "%.200R". Every method has CPython's name, calling convention and messages.
 * Invariant: ints handed out are normalised, small values are the cached objects. */
#include "internal/hs_obj_int.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_long.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_unicode.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <string.h>

/* ==== static helpers ==== */

#define DIGITS(op) (((HsLongObject *)(op))->ob_digit)

/* The int slot 'slot' of hs_int_as_number applied to two ints (never NotImplemented). */
#define INT_OP(slot, a, b) (hs_int_as_number.slot((a), (b)))

/* int(x) without a base (CPython: PyNumber_Long). */
static HsObject *long_from_bytes(const char *buf, Hs_ssize_t len, int base);

static HsObject *number_long(HsObject *o) {
    if (HsLong_CheckExact(o)) {
        return Hs_NewRef(o);
    }
    HsNumberMethods *m = Hs_TYPE(o)->tp_as_number;
    if (m != NULL && m->nb_int != NULL) {
        HsObject *r = m->nb_int(o);
        if (r == NULL || HsLong_CheckExact(r)) {
            return r;
        }
        if (!HsLong_Check(r)) {
            HsErr_Format(HsExc_TypeError, "__int__ returned non-int (type %.200s)",
                         Hs_TYPE(r)->tp_name);
            Hs_DECREF(r);
            return NULL;
        }
        Hs_SETREF(r, hs_int_copy(r));
        return r;
    }
    if (m != NULL && m->nb_index != NULL) {
        HsObject *r = HsNumber_Index(o);
        if (r != NULL && !HsLong_CheckExact(r)) {
            Hs_SETREF(r, hs_int_copy(r));
        }
        return r;
    }
    // TODO(lead): __trunc__ delegation (deprecated in 3.11) once classes exist.
    if (HsUnicode_Check(o)) {
        return HsLong_FromUnicodeObject(o, 10);
    }
    const char *buf;
    Hs_ssize_t len;
    if (hs_bytes_view_check(o, &buf, &len)) {
        return long_from_bytes(buf, len, 10);
    }
    return HsErr_Format(HsExc_TypeError, "int() argument must be a string, a bytes-like object "
                        "or a real number, not '%.200s'", Hs_TYPE(o)->tp_name);
}

/* int.__new__ for a subclass: the int value copied into an instance of 'type'. */
static HsObject *int_subtype_new(HsTypeObject *type, HsObject *value) {
    Hs_ssize_t n = Hs_SIZE(value) < 0 ? -Hs_SIZE(value) : Hs_SIZE(value);
    HsObject *obj = type->tp_alloc(type, n > 0 ? n : 1);
    if (obj != NULL) {
        Hs_SIZE(obj) = Hs_SIZE(value);
        memcpy(DIGITS(obj), DIGITS(value), (size_t)(n > 0 ? n : 1) * sizeof(uint32_t));
    }
    Hs_DECREF(value);
    return obj;
}

/* ==== helpers shared with float and complex ==== */

int hs_num_unpack_new_args(HsObject *args, HsObject *kwds, const HsArgParser *parser,
                           int minpos, int maxpos, int minkw, HsObject **out) {
    Hs_ssize_t nargs = args != NULL ? Hs_SIZE(args) : 0;
    Hs_ssize_t nkw = kwds != NULL ? HsDict_Size(kwds) : 0;
    if (nkw == 0) {
        return hs_arg_unpack_keywords(args != NULL ? HS_TUPLE_ITEMS(args) : NULL, nargs, NULL,
                                      parser, minpos, maxpos, minkw, out);
    }
    HsObject **vec = hs_mem_raw_malloc((size_t)(nargs + nkw) * sizeof(HsObject *));
    HsObject *kwnames = HsTuple_New(nkw);
    if (vec == NULL || kwnames == NULL) {
        hs_mem_raw_free(vec);
        Hs_XDECREF(kwnames);
        return kwnames == NULL ? -1 : (HsErr_NoMemory(), -1);
    }
    for (Hs_ssize_t i = 0; i < nargs; i++) {
        vec[i] = HS_TUPLE_GET(args, i);
    }
    Hs_ssize_t pos = 0, i = 0;
    HsObject *key, *value;
    while (i < nkw && HsDict_Next(kwds, &pos, &key, &value)) {
        HS_TUPLE_SET(kwnames, i, Hs_NewRef(key));
        vec[nargs + i++] = value;
    }
    int r = hs_arg_unpack_keywords(vec, nargs, kwnames, parser, minpos, maxpos, minkw, out);
    hs_mem_raw_free(vec);
    Hs_DECREF(kwnames);
    return r;
}

char *hs_num_str_to_ascii(HsObject *s, size_t *len) {
    Hs_ssize_t n = HS_STR_LEN(s);
    char *out = hs_mem_raw_malloc((size_t)n + 1);
    if (out == NULL) {
        HsErr_NoMemory();
        return NULL;
    }
    int kind = HS_STR_KIND(s);
    const void *data = hs_str_data(s);
    Hs_ssize_t i = 0;
    for (; i < n; i++) {
        uint32_t c = hs_str_read(kind, data, i);
        if (c < 127) {
            out[i] = (char)c;
        } else if (hs_uni_isspace(c)) {
            out[i] = ' ';
        } else {
            int d = hs_uni_to_decimal(c);
            if (d < 0) {
                out[i++] = '?';
                break;
            }
            out[i] = (char)('0' + d);
        }
    }
    out[i] = '\0';
    *len = (size_t)i;
    return out;
}

HsObject *hs_num_repr_cut(HsObject *o, Hs_ssize_t maxchars) {
    HsObject *r = HsObject_Repr(o);
    if (r != NULL && HS_STR_LEN(r) > maxchars) {
        Hs_SETREF(r, HsUnicode_Substring(r, 0, maxchars));
    }
    return r;
}

/* ==== int() ==== */

/* int() of the ASCII text ascii[0:len]. NULL with an exception, or NULL without one when
 * the text is not a valid literal (the caller words that error). Return: new reference. */
static HsObject *long_from_ascii(const char *ascii, size_t len, int base) {
    HsLongObject *z = hs_int_new(hs_obj_long_from_string_capacity(len));
    if (z == NULL) {
        return NULL;
    }
    Hs_ssize_t nz, ndigits = 0;
    int limit = hs_int_get_max_str_digits();
    int st = hs_obj_long_from_string(ascii, len, base, limit, z->ob_digit, &nz, &ndigits);
    if (st == HS_LONG_OK) {
        Hs_SIZE(z) = nz;
        return hs_int_normalize(z);
    }
    Hs_DECREF(z);
    if (st == HS_LONG_ERR_STR_LIMIT) {
        return HsErr_Format(HsExc_ValueError, HS_LONG_MSG_LIMIT_TO_INT, limit, ndigits);
    }
    if (st == HS_LONG_ERR_BASE) {
        return HsErr_Format(HsExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    return st == HS_LONG_ERR_INVALID ? NULL : HsErr_NoMemory();
}

HsObject *HsLong_FromUnicodeObject(HsObject *s, int base) {
    size_t len;
    char *ascii = hs_num_str_to_ascii(s, &len);
    if (ascii == NULL) {
        return NULL;
    }
    HsObject *v = long_from_ascii(ascii, len, base);
    hs_mem_raw_free(ascii);
    if (v != NULL || HsErr_Occurred()) {
        return v;
    }
    HsObject *r = hs_num_repr_cut(s, 200);
    if (r != NULL) {
        HsErr_Format(HsExc_ValueError, "invalid literal for int() with base %d: %U", base, r);
        Hs_DECREF(r);
    }
    return NULL;
}

/* int() of a bytes-like object's text (CPython: _PyLong_FromBytes): parsed as the ASCII
 * string it spells; the error shows the bytes' repr (first 200 bytes), except for the
 * digit-limit error, which passes through. Return: new reference. */
static HsObject *long_from_bytes(const char *buf, Hs_ssize_t len, int base) {
    int ascii = memchr(buf, '\0', (size_t)len) == NULL;
    for (Hs_ssize_t i = 0; ascii && i < len; i++) {
        ascii = (unsigned char)buf[i] < 0x80;
    }
    if (ascii) {
        char *copy = hs_mem_raw_malloc((size_t)len + 1);
        if (copy == NULL) {
            return HsErr_NoMemory();
        }
        memcpy(copy, buf, (size_t)len);
        copy[len] = '\0';
        HsObject *r = long_from_ascii(copy, (size_t)len, base);
        hs_mem_raw_free(copy);
        if (r != NULL || HsErr_Occurred()) {
            return r;
        }
    }
    HsObject *b = HsBytes_FromStringAndSize(buf, len < 200 ? len : 200);
    if (b != NULL) {
        HsErr_Format(HsExc_ValueError, "invalid literal for int() with base %d: %R", base, b);
        Hs_DECREF(b);
    }
    return NULL;
}

/* int(x=0, /, base=10). CPython: long_new_impl. */
HsObject *hs_int_new_obj(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"", "base", NULL};
    static const HsArgParser parser = {"int", kw};
    HsObject *a[2];
    if (hs_num_unpack_new_args(args, kwds, &parser, 0, 2, 0, a) < 0) {
        return NULL;
    }
    HsObject *x = a[0], *obase = a[1], *value;
    if (x == NULL) {
        if (obase != NULL) {
            return HsErr_Format(HsExc_TypeError, "int() missing string argument");
        }
        value = HsLong_FromLong(0);
    } else if (obase == NULL) {
        value = number_long(x);
    } else {
        Hs_ssize_t base = HsNumber_AsSsize_t(obase, NULL);
        if (base == -1 && HsErr_Occurred()) {
            return NULL;
        }
        if ((base != 0 && base < 2) || base > 36) {
            return HsErr_Format(HsExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        const char *buf;
        Hs_ssize_t len;
        if (HsUnicode_Check(x)) {
            value = HsLong_FromUnicodeObject(x, (int)base);
        } else if ((HsBytes_Check(x) || HsByteArray_Check(x)) &&
                   hs_bytes_view_check(x, &buf, &len)) {
            value = long_from_bytes(buf, len, (int)base);
        } else {
            return HsErr_Format(HsExc_TypeError,
                                "int() can't convert non-string with explicit base");
        }
    }
    if (value == NULL || type == &HsLong_Type) {
        return value;
    }
    return int_subtype_new(type, value);
}

HsObject *HsNumber_Long(HsObject *o) {
    return number_long(o);
}

/* ==== methods ====
 * 'self' and arguments are borrowed; each returns a new reference or NULL with an
 * exception set. */

static HsObject *int_bit_length(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsLong_FromUnsignedLongLong(hs_obj_long_bit_length(DIGITS(self), Hs_SIZE(self)));
}

static HsObject *int_bit_count(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsLong_FromUnsignedLongLong(hs_obj_long_bit_count(DIGITS(self), Hs_SIZE(self)));
}

/* conjugate, __trunc__, __floor__, __ceil__, and the real / numerator getters: int(self). */
static HsObject *int_self(HsObject *self, HsObject *unused) {
    (void)unused;
    return hs_int_copy(self);
}

static HsObject *int_as_integer_ratio(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *n = hs_int_copy(self);
    if (n == NULL) {
        return NULL;
    }
    HsObject *one = HsLong_FromLong(1);
    HsObject *t = HsTuple_Pack(2, n, one);
    Hs_DECREF(n);
    Hs_DECREF(one);
    return t;
}

static HsObject *int_getnewargs(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *n = hs_int_copy(self);
    if (n == NULL) {
        return NULL;
    }
    HsObject *t = HsTuple_Pack(1, n);
    Hs_DECREF(n);
    return t;
}

static HsObject *int_sizeof(HsObject *self, HsObject *unused) {
    (void)unused;
    Hs_ssize_t n = Hs_SIZE(self) < 0 ? -Hs_SIZE(self) : Hs_SIZE(self);
    return HsLong_FromSsize_t((Hs_ssize_t)offsetof(HsLongObject, ob_digit) +
                              (n > 0 ? n : 1) * (Hs_ssize_t)sizeof(uint32_t));
}

/* The byteorder argument of to_bytes / from_bytes: 1 for 'little', 0 for 'big' (the
 * default when 'o' is NULL), -1 with ValueError or TypeError. */
static int byteorder_arg(const char *fname, HsObject *o) {
    if (o == NULL) {
        return 0;
    }
    if (!HsUnicode_Check(o)) {
        return hs_arg_bad_argument(fname, 0, "byteorder", "str", o);
    }
    const char *s = HsUnicode_AsUTF8(o);
    if (s == NULL) {
        return -1;
    }
    if (strcmp(s, "little") == 0 || strcmp(s, "big") == 0) {
        return s[0] == 'l';
    }
    HsErr_SetString(HsExc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* int.to_bytes(length=1, byteorder='big', *, signed=False). CPython: int_to_bytes_impl. */
static HsObject *int_to_bytes(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                              HsObject *kwnames) {
    static const char *const kw[] = {"length", "byteorder", "signed", NULL};
    static const HsArgParser parser = {"to_bytes", kw};
    HsObject *a[3];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 2, 0, a) < 0) {
        return NULL;
    }
    Hs_ssize_t length = 1;
    if (a[0] != NULL) {
        HsObject *idx = HsNumber_Index(a[0]);
        if (idx == NULL) {
            return NULL;
        }
        length = HsLong_AsSsize_t(idx);
        Hs_DECREF(idx);
        if (length == -1 && HsErr_Occurred()) {
            return NULL;
        }
    }
    int little = byteorder_arg("to_bytes", a[1]);
    int is_signed = a[2] != NULL ? HsObject_IsTrue(a[2]) : 0;
    if (little < 0 || is_signed < 0) {
        return NULL;
    }
    if (length < 0) {
        return HsErr_Format(HsExc_ValueError, "length argument must be non-negative");
    }
    HsObject *r = HsBytes_FromStringAndSize(NULL, length);
    if (r == NULL) {
        return NULL;
    }
    int st =
        hs_obj_long_to_bytes(DIGITS(self), Hs_SIZE(self), (unsigned char *)HsBytes_AS_STRING(r),
                             (size_t)length, little, is_signed);
    if (st != HS_LONG_OK) {
        Hs_DECREF(r);
        return HsErr_Format(HsExc_OverflowError, st == HS_LONG_ERR_NEGATIVE
                                                     ? HS_LONG_MSG_TO_UNSIGNED
                                                     : HS_LONG_MSG_TO_BYTES);
    }
    return r;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod: 'bytes' goes
 * through bytes() (so bytes-like objects and iterables of ints work); a subclass 'cls'
 * gets cls(value). CPython: int_from_bytes_impl. */
static HsObject *int_from_bytes(HsObject *cls, HsObject *const *args, Hs_ssize_t nargs,
                                HsObject *kwnames) {
    static const char *const kw[] = {"bytes", "byteorder", "signed", NULL};
    static const HsArgParser parser = {"from_bytes", kw};
    HsObject *a[3];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 2, 1, a) < 0) {
        return NULL;
    }
    int little = byteorder_arg("from_bytes", a[1]);
    int is_signed = a[2] != NULL ? HsObject_IsTrue(a[2]) : 0;
    if (little < 0 || is_signed < 0) {
        return NULL;
    }
    HsObject *b = HsObject_Bytes(a[0]);
    if (b == NULL) {
        return NULL;
    }
    size_t n = (size_t)Hs_SIZE(b);
    HsLongObject *z = hs_int_new(hs_obj_long_from_bytes_capacity(n));
    if (z == NULL) {
        Hs_DECREF(b);
        return NULL;
    }
    Hs_SIZE(z) = hs_obj_long_from_bytes((const unsigned char *)HsBytes_AS_STRING(b), n, little,
                                        is_signed, z->ob_digit);
    Hs_DECREF(b);
    HsObject *r = hs_int_normalize(z);
    if (r != NULL && cls != (HsObject *)&HsLong_Type) {
        Hs_SETREF(r, HsObject_CallOneArg(cls, r));
    }
    return r;
}

/* self - divmod_near(self, 10 ** -ndigits)[1], the nearest multiple of 10**-ndigits (ties to
 * the even multiple). CPython: int___round___impl and _PyLong_DivmodNear. */
static HsObject *round_to_power_of_ten(HsObject *self, HsObject *negexp) {
    HsObject *ten = HsLong_FromLong(10), *q = NULL, *r = NULL, *twice = NULL, *res = NULL;
    HsObject *one = HsLong_FromLong(1);
    HsObject *p = hs_int_as_number.nb_power(ten, negexp, Hs_None);
    if (p == NULL) {
        goto done;
    }
    HsObject *qr = INT_OP(nb_divmod, self, p);
    if (qr == NULL) {
        goto done;
    }
    q = Hs_NewRef(HS_TUPLE_GET(qr, 0));
    r = Hs_NewRef(HS_TUPLE_GET(qr, 1));
    Hs_DECREF(qr);
    if ((twice = INT_OP(nb_lshift, r, one)) == NULL) {
        goto done;
    }
    int cmp = hs_int_compare(twice, p);
    int q_odd = Hs_SIZE(q) != 0 && (DIGITS(q)[0] & 1) != 0;
    if (cmp > 0 || (cmp == 0 && q_odd)) {
        Hs_SETREF(r, INT_OP(nb_subtract, r, p));
        if (r == NULL) {
            goto done;
        }
    }
    res = INT_OP(nb_subtract, self, r);
done:
    Hs_DECREF(ten);
    Hs_DECREF(one);
    Hs_XDECREF(p);
    Hs_XDECREF(q);
    Hs_XDECREF(r);
    Hs_XDECREF(twice);
    return res;
}

static HsObject *int_round(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("__round__", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return hs_int_copy(self);
    }
    HsObject *nd = HsNumber_Index(args[0]);
    if (nd == NULL) {
        return NULL;
    }
    if (Hs_SIZE(nd) >= 0) {
        Hs_DECREF(nd);
        return hs_int_copy(self);
    }
    HsObject *neg = hs_int_as_number.nb_negative(nd);
    Hs_DECREF(nd);
    if (neg == NULL) {
        return NULL;
    }
    HsObject *r = round_to_power_of_ten(self, neg);
    Hs_DECREF(neg);
    return r;
}

/* The presentation base a format spec asks for (its last character, if a type code). */
static int spec_base(const uint32_t *spec, size_t n) {
    uint32_t t = n > 0 ? spec[n - 1] : 0;
    switch (t) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': case 'c': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
    case '%': return 16;
    default: return 10;
    }
}

/* format(self, spec): str(self) for '', else the kernel's int formatter fed with the digits
 * in the base the spec shows (decimal digits obey the int/str limit, as CPython). */
static HsObject *int_format(HsObject *self, HsObject *spec) {
    if (!HsUnicode_Check(spec)) {
        return HsErr_Format(HsExc_TypeError, "__format__() argument must be str, not %.50s",
                            spec == Hs_None ? "None" : Hs_TYPE(spec)->tp_name);
    }
    if (HS_STR_LEN(spec) == 0) {
        return HsObject_Str(self);
    }
    size_t n;
    uint32_t *cps = hs_float_str_codepoints(spec, &n);
    if (cps == NULL) {
        return NULL;
    }
    int base = spec_base(cps, n);
    char *buf = hs_mem_raw_malloc(hs_obj_long_str_capacity(Hs_SIZE(self), base));
    HsObject *res = NULL;
    if (buf == NULL) {
        HsErr_NoMemory();
        goto done;
    }
    size_t len;
    if (base == 10) {
        int st = hs_obj_long_to_decimal(DIGITS(self), Hs_SIZE(self),
                                        hs_int_get_max_str_digits(), buf, &len);
        if (st != HS_LONG_OK) {
            if (st == HS_LONG_ERR_STR_LIMIT) {
                HsErr_Format(HsExc_ValueError, HS_LONG_MSG_LIMIT_TO_STR,
                             hs_int_get_max_str_digits());
            } else {
                HsErr_NoMemory();
            }
            goto done;
        }
    } else {
        len = hs_obj_long_to_base(DIGITS(self), Hs_SIZE(self), base, 0, buf);
    }
    int neg = buf[0] == '-';
    HsFmtOut out;
    HsFmtError err;
    if (hs_obj_fmt_int(buf + neg, len - (size_t)neg, base, neg, cps, n, &out, &err) < 0) {
        hs_float_fmt_raise(&err, Hs_TYPE(self)->tp_name, cps, n);
    } else {
        res = hs_float_fmt_out_to_str(&out);
    }
done:
    hs_mem_raw_free(buf);
    hs_mem_raw_free(cps);
    return res;
}

HsMethodDef hs_int_methods[] = {
    {"conjugate", HS_CFUNC(int_self), HS_METH_NOARGS,
     "Returns self, the complex conjugate of any int."},
    {"bit_length", HS_CFUNC(int_bit_length), HS_METH_NOARGS, NULL},
    {"bit_count", HS_CFUNC(int_bit_count), HS_METH_NOARGS, NULL},
    {"to_bytes", HS_CFUNC(int_to_bytes), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Return an array of bytes representing an integer."},
    {"from_bytes", HS_CFUNC(int_from_bytes), HS_METH_FASTCALL | HS_METH_KEYWORDS | HS_METH_CLASS,
     "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", HS_CFUNC(int_as_integer_ratio), HS_METH_NOARGS, NULL},
    {"__trunc__", HS_CFUNC(int_self), HS_METH_NOARGS, "Truncating an Integral returns itself."},
    {"__floor__", HS_CFUNC(int_self), HS_METH_NOARGS, "Flooring an Integral returns itself."},
    {"__ceil__", HS_CFUNC(int_self), HS_METH_NOARGS, "Ceiling of an Integral returns itself."},
    {"__round__", HS_CFUNC(int_round), HS_METH_FASTCALL, NULL},
    {"__getnewargs__", HS_CFUNC(int_getnewargs), HS_METH_NOARGS, NULL},
    {"__format__", HS_CFUNC(int_format), HS_METH_O, NULL},
    {"__sizeof__", HS_CFUNC(int_sizeof), HS_METH_NOARGS, "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

static HsObject *int_get_self(HsObject *self, void *closure) {
    (void)closure;
    return hs_int_copy(self);
}

static HsObject *int_get_zero(HsObject *self, void *closure) {
    (void)self;
    (void)closure;
    return HsLong_FromLong(0);
}

static HsObject *int_get_one(HsObject *self, void *closure) {
    (void)self;
    (void)closure;
    return HsLong_FromLong(1);
}

HsGetSetDef hs_int_getset[] = {
    {"real", int_get_self, NULL, "the real part of a complex number", NULL},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms",
     NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ==== bool ==== */

/* &, |, ^: a bool for two bools, else int's answer. CPython: bool_and, bool_or, bool_xor. */
static HsObject *bool_bitop(HsObject *a, HsObject *b, char op) {
    if (!HsBool_Check(a) || !HsBool_Check(b)) {
        hs_binaryfunc f = op == '&' ? hs_int_as_number.nb_and
                          : op == '|' ? hs_int_as_number.nb_or : hs_int_as_number.nb_xor;
        return f(a, b);
    }
    int x = a == Hs_True, y = b == Hs_True;
    return HsBool_FromLong(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
}

static HsObject *bool_and(HsObject *a, HsObject *b) {
    return bool_bitop(a, b, '&');
}

static HsObject *bool_or(HsObject *a, HsObject *b) {
    return bool_bitop(a, b, '|');
}

static HsObject *bool_xor(HsObject *a, HsObject *b) {
    return bool_bitop(a, b, '^');
}

HsNumberMethods hs_bool_as_number = {
    .nb_and = bool_and,
    .nb_xor = bool_xor,
    .nb_or = bool_or,
};

/* bool(x=False, /): the truth of x. CPython: bool_new. */
HsObject *hs_bool_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)type;
    if (hs_arg_no_kwargs_dict("bool", kwds) < 0) {
        return NULL;
    }
    Hs_ssize_t nargs = args != NULL ? Hs_SIZE(args) : 0;
    if (hs_arg_check_positional("bool", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return HsBool_FromLong(0);
    }
    int t = HsObject_IsTrue(HS_TUPLE_GET(args, 0));
    return t < 0 ? NULL : HsBool_FromLong(t);
}
