/* float() and the float methods (CPython 3.11: Objects/floatobject.c, float_new_impl,
 * PyFloat_FromString, PyNumber_Float in Objects/abstract.c, float_* methods and
 * float_getset). Parsing, rounding, hex and formatting are the kernels' (hs_obj_fmt.h); this
 * file adds argument handling and CPython's messages. Every method has CPython's name and
 * calling convention. */
#include "internal/hs_obj_float.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <float.h>
#include <math.h>
#include <string.h>

/* ==== float() ==== */

/* float() of a bytes-like 's' holding buf[0:len]: its text when it is ASCII without NUL,
 * the error naming repr(s) otherwise (CPython: the buffer branch of PyFloat_FromString). */
static HsObject *float_from_bytes(HsObject *s, const char *buf, Hs_ssize_t len) {
    int ascii = memchr(buf, '\0', (size_t)len) == NULL;
    for (Hs_ssize_t i = 0; ascii && i < len; i++) {
        ascii = (unsigned char)buf[i] < 0x80;
    }
    if (ascii) {
        HsObject *text = HsUnicode_FromKindAndData(1, buf, len);
        HsObject *r = text != NULL ? HsFloat_FromString(text) : NULL;
        Hs_XDECREF(text);
        if (r != NULL || !HsErr_ExceptionMatches(HsExc_ValueError)) {
            return r;
        }
        HsErr_Clear();
    }
    return HsErr_Format(HsExc_ValueError, "could not convert string to float: %R", s);
}

HsObject *HsFloat_FromString(HsObject *s) {
    const char *buf;
    Hs_ssize_t blen;
    if (!HsUnicode_Check(s) && hs_bytes_view_check(s, &buf, &blen)) {
        return float_from_bytes(s, buf, blen);
    }
    if (!HsUnicode_Check(s)) {
        return HsErr_Format(HsExc_TypeError, "float() argument must be a string or a real "
                            "number, not '%.200s'", Hs_TYPE(s)->tp_name);
    }
    size_t len;
    char *ascii = hs_num_str_to_ascii(s, &len);
    if (ascii == NULL) {
        return NULL;
    }
    double x;
    HsFmtError err;
    int st = hs_obj_float_parse(ascii, len, &x, &err);
    hs_mem_raw_free(ascii);
    if (st == 0) {
        return HsFloat_FromDouble(x);
    }
    if (err.code != HS_FMT_E_FLOAT_PARSE) {
        return hs_float_fmt_raise(&err, "float", NULL, 0);
    }
    return HsErr_Format(HsExc_ValueError, "could not convert string to float: %R", s);
}

/* float(x) for a non-str (CPython: PyNumber_Float). */
static HsObject *number_float(HsObject *o) {
    if (HsFloat_CheckExact(o)) {
        return Hs_NewRef(o);
    }
    HsNumberMethods *m = Hs_TYPE(o)->tp_as_number;
    if (m != NULL && m->nb_float != NULL) {
        HsObject *r = m->nb_float(o);
        if (r == NULL || HsFloat_CheckExact(r)) {
            return r;
        }
        if (!HsFloat_Check(r)) {
            HsErr_Format(HsExc_TypeError, "%.50s.__float__ returned non-float (type %.50s)",
                         Hs_TYPE(o)->tp_name, Hs_TYPE(r)->tp_name);
            Hs_DECREF(r);
            return NULL;
        }
        double v = HS_FLOAT_AS_DOUBLE(r);
        Hs_DECREF(r);
        return HsFloat_FromDouble(v);
    }
    if (m != NULL && m->nb_index != NULL) {
        HsObject *i = HsNumber_Index(o);
        if (i == NULL) {
            return NULL;
        }
        double v = HsLong_AsDouble(i);
        Hs_DECREF(i);
        return v == -1.0 && HsErr_Occurred() ? NULL : HsFloat_FromDouble(v);
    }
    if (HsFloat_Check(o)) {
        return HsFloat_FromDouble(HS_FLOAT_AS_DOUBLE(o));
    }
    return HsFloat_FromString(o);
}

HsObject *HsNumber_Float(HsObject *o) {
    return number_float(o);
}

/* float(x=0.0, /). CPython: float_new_impl. */
/* float(x), or float() for NULL. Return: new reference. */
static HsObject *float_from_arg(HsObject *x) {
    if (x == NULL) {
        return HsFloat_FromDouble(0.0);
    }
    return HsUnicode_CheckExact(x) ? HsFloat_FromString(x) : number_float(x);
}

HsObject *hs_float_vectorcall(HsObject *type, HsObject *const *args, size_t nargsf,
                              HsObject *kwnames) {
    (void)type;
    Hs_ssize_t nargs = HsVectorcall_NARGS(nargsf);
    if (hs_arg_no_keywords("float", kwnames) < 0 ||
        hs_arg_check_positional("float", nargs, 0, 1) < 0) {
        return NULL;
    }
    return float_from_arg(nargs == 1 ? args[0] : NULL);
}

HsObject *hs_float_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    if (hs_arg_no_kwargs_dict("float", kwds) < 0) {
        return NULL;
    }
    Hs_ssize_t nargs = args != NULL ? Hs_SIZE(args) : 0;
    if (hs_arg_check_positional("float", nargs, 0, 1) < 0) {
        return NULL;
    }
    HsObject *r = float_from_arg(nargs == 1 ? HS_TUPLE_GET(args, 0) : NULL);
    if (r == NULL || type == &HsFloat_Type) {
        return r;
    }
    HsObject *obj = type->tp_alloc(type, 0);
    if (obj != NULL) {
        HS_FLOAT_AS_DOUBLE(obj) = HS_FLOAT_AS_DOUBLE(r);
    }
    Hs_DECREF(r);
    return obj;
}

/* ==== methods ====
 * 'self' and arguments are borrowed; each returns a new reference or NULL with an
 * exception set. */

static HsObject *float_conjugate(HsObject *self, HsObject *unused) {
    (void)unused;
    if (HsFloat_CheckExact(self)) {
        return Hs_NewRef(self);
    }
    return HsFloat_FromDouble(HS_FLOAT_AS_DOUBLE(self));
}

static HsObject *float_trunc_method(HsObject *self, HsObject *unused) {
    (void)unused;
    return hs_float_trunc(self);
}

static HsObject *float_floor(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsLong_FromDouble(floor(HS_FLOAT_AS_DOUBLE(self)));
}

static HsObject *float_ceil(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsLong_FromDouble(ceil(HS_FLOAT_AS_DOUBLE(self)));
}

#define NDIGITS_MAX ((int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103))
#define NDIGITS_MIN (-(int)((DBL_MAX_EXP + 1) * 0.30103))

/* __round__(ndigits=None, /): an int (ties to even) without ndigits, else a float correctly
 * rounded by the kernel. CPython: float___round___impl. */
static HsObject *float_round(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("__round__", nargs, 0, 1) < 0) {
        return NULL;
    }
    double x = HS_FLOAT_AS_DOUBLE(self);
    if (nargs == 0 || args[0] == Hs_None) {
        return HsLong_FromDouble(hs_obj_float_round_int(x));
    }
    Hs_ssize_t nd = HsNumber_AsSsize_t(args[0], NULL);
    if (nd == -1 && HsErr_Occurred()) {
        return NULL;
    }
    if (!isfinite(x) || nd > NDIGITS_MAX) {
        return HsFloat_FromDouble(x);
    }
    if (nd < NDIGITS_MIN) {
        return HsFloat_FromDouble(0.0 * x);
    }
    double r;
    HsFmtError err;
    if (hs_obj_float_round(x, nd, &r, &err) < 0) {
        return hs_float_fmt_raise(&err, "float", NULL, 0);
    }
    return HsFloat_FromDouble(r);
}

static HsObject *float_as_integer_ratio(HsObject *self, HsObject *unused) {
    (void)unused;
    double x = HS_FLOAT_AS_DOUBLE(self);
    if (isinf(x)) {
        return HsErr_Format(HsExc_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(x)) {
        return HsErr_Format(HsExc_ValueError, "cannot convert NaN to integer ratio");
    }
    int exponent;
    double part = frexp(x, &exponent);
    for (int i = 0; i < 300 && part != floor(part); i++) {
        part *= 2.0;
        exponent--;
    }
    HsObject *num = HsLong_FromDouble(part), *den = HsLong_FromLong(1);
    HsObject *e = HsLong_FromLong(exponent < 0 ? -exponent : exponent), *res = NULL;
    if (num == NULL || den == NULL || e == NULL) {
        goto done;
    }
    if (exponent > 0) {
        Hs_SETREF(num, HsNumber_Lshift(num, e));
    } else {
        Hs_SETREF(den, HsNumber_Lshift(den, e));
    }
    if (num != NULL && den != NULL) {
        res = HsTuple_Pack(2, num, den);
    }
done:
    Hs_XDECREF(num);
    Hs_XDECREF(den);
    Hs_XDECREF(e);
    return res;
}

static HsObject *float_is_integer(HsObject *self, HsObject *unused) {
    (void)unused;
    double x = HS_FLOAT_AS_DOUBLE(self);
    return HsBool_FromLong(isfinite(x) && floor(x) == x);
}

static HsObject *float_hex(HsObject *self, HsObject *unused) {
    (void)unused;
    char buf[HS_FLOAT_HEX_SIZE];
    size_t n = hs_obj_float_hex(HS_FLOAT_AS_DOUBLE(self), buf);
    return HsUnicode_FromStringAndSize(buf, (Hs_ssize_t)n);
}

/* float.fromhex(string, /), a class method; a subclass gets cls(result). */
static HsObject *float_fromhex(HsObject *cls, HsObject *string) {
    if (!HsUnicode_Check(string)) {
        HsErr_BadArgument();
        return NULL;
    }
    Hs_ssize_t len;
    const char *s = HsUnicode_AsUTF8AndSize(string, &len);
    if (s == NULL) {
        return NULL;
    }
    double x;
    HsFmtError err;
    if (hs_obj_float_fromhex(s, (size_t)len, &x, &err) < 0) {
        return hs_float_fmt_raise(&err, "float", NULL, 0);
    }
    HsObject *r = HsFloat_FromDouble(x);
    if (r != NULL && cls != (HsObject *)&HsFloat_Type) {
        Hs_SETREF(r, HsObject_CallOneArg(cls, r));
    }
    return r;
}

static HsObject *float_getnewargs(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *f = HsFloat_FromDouble(HS_FLOAT_AS_DOUBLE(self));
    if (f == NULL) {
        return NULL;
    }
    HsObject *t = HsTuple_Pack(1, f);
    Hs_DECREF(f);
    return t;
}

static HsObject *float_format(HsObject *self, HsObject *spec) {
    if (!HsUnicode_Check(spec)) {
        return HsErr_Format(HsExc_TypeError, "__format__() argument must be str, not %.50s",
                            spec == Hs_None ? "None" : Hs_TYPE(spec)->tp_name);
    }
    size_t n;
    uint32_t *cps = hs_float_str_codepoints(spec, &n);
    if (cps == NULL) {
        return NULL;
    }
    HsFmtOut out;
    HsFmtError err;
    HsObject *r;
    if (hs_obj_float_format(HS_FLOAT_AS_DOUBLE(self), cps, n, &out, &err) < 0) {
        r = hs_float_fmt_raise(&err, Hs_TYPE(self)->tp_name, cps, n);
    } else {
        r = hs_float_fmt_out_to_str(&out);
    }
    hs_mem_raw_free(cps);
    return r;
}

HsMethodDef hs_float_methods[] = {
    {"conjugate", HS_CFUNC(float_conjugate), HS_METH_NOARGS, NULL},
    {"__trunc__", HS_CFUNC(float_trunc_method), HS_METH_NOARGS, NULL},
    {"__floor__", HS_CFUNC(float_floor), HS_METH_NOARGS, NULL},
    {"__ceil__", HS_CFUNC(float_ceil), HS_METH_NOARGS, NULL},
    {"__round__", HS_CFUNC(float_round), HS_METH_FASTCALL, NULL},
    {"as_integer_ratio", HS_CFUNC(float_as_integer_ratio), HS_METH_NOARGS, NULL},
    {"fromhex", HS_CFUNC(float_fromhex), HS_METH_O | HS_METH_CLASS, NULL},
    {"hex", HS_CFUNC(float_hex), HS_METH_NOARGS, NULL},
    {"is_integer", HS_CFUNC(float_is_integer), HS_METH_NOARGS, NULL},
    {"__getnewargs__", HS_CFUNC(float_getnewargs), HS_METH_NOARGS, NULL},
    {"__format__", HS_CFUNC(float_format), HS_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static HsObject *float_get_real(HsObject *self, void *closure) {
    (void)closure;
    return float_conjugate(self, NULL);
}

static HsObject *float_get_imag(HsObject *self, void *closure) {
    (void)self;
    (void)closure;
    return HsFloat_FromDouble(0.0);
}

HsGetSetDef hs_float_getset[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};
