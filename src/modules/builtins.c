/* The `builtins` module (CPython 3.11: Python/bltinmodule.c): the functions that take one
 * object or a fixed argument list (abs .. vars), the module table, and hs_builtins_init,
 * which also binds the built-in types, constants and exception classes by name.
 * min/max/sum/sorted/isinstance/dir/format live in builtins_minmax.c, the iterator types
 * in builtins_iter.c. Each function uses the calling convention CPython's uses, because that
 * decides the wording of its argument-count errors (include/internal/hs_obj_args.h).
 * Output (print, input) goes through sys.stdout's write(), as CPython's does.
 * Left out until their own issues: open compile exec eval __build_class__
 * property staticmethod classmethod super memoryview breakpoint aiter anext.
 * Reference contract of every builtin_* function here: arguments borrowed; Return: new
 * reference, or NULL with an exception set.
 */
#include "internal/hs_modules.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_complex.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_memory.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_range.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_strmeth.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_vm.h"
#include "internal/hs_vm_frameobject.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ==== static helpers ==== */

/* The names hs_builtins_name has handed out: owned until finalization releases them. */
static struct {
    const char *key;
    HsObject *name;
} kept_names[64];

/* o.name() or o.name(arg) ('arg' NULL: no argument). Return: new reference. */
static HsObject *call_method(HsObject *o, const char *name, HsObject *arg) {
    HsObject *n = hs_builtins_name(name);
    if (n == NULL) {
        return NULL;
    }
    return arg != NULL ? HsObject_CallMethodOneArg(o, n, arg) : HsObject_CallMethodNoArgs(o, n);
}

/* type(o)'s attribute 'name' along its MRO. Return: borrowed reference, or NULL (no error)
 * when missing. */
static HsObject *lookup_special(HsObject *o, const char *name) {
    HsObject *n = hs_builtins_name(name);
    if (n == NULL) {
        HsErr_Clear();
        return NULL;
    }
    return hs_type_lookup(Hs_TYPE(o), n);
}

/* HsObject_LookupAttr with a C string name. */
static int lookup_attr_string(HsObject *o, const char *name, HsObject **out) {
    *out = NULL;
    HsObject *n = hs_builtins_name(name);
    return n != NULL ? HsObject_LookupAttr(o, n, out) : -1;
}

/* Check that an attribute name is a str, with CPython's message. Returns 0 or -1. */
static int check_attr_name(HsObject *name) {
    if (!HsUnicode_Check(name)) {
        HsErr_Format(HsExc_TypeError, "attribute name must be string, not '%.200s'",
                     Hs_TYPE(name)->tp_name);
        return -1;
    }
    return 0;
}

/* ascii(o): repr(o) with every non-ASCII character escaped as \xNN, \uNNNN or \UNNNNNNNN.
 * Return: new reference. CPython: PyObject_ASCII. */
static HsObject *object_ascii(HsObject *o) {
    HsObject *r = HsObject_Repr(o);
    if (r == NULL || HS_STR_IS_ASCII(r)) {
        return r;
    }
    HsStrWriter w;
    hs_str_writer_init(&w);
    int kind = HS_STR_KIND(r);
    const void *data = hs_str_data(r);
    for (Hs_ssize_t i = 0; i < HS_STR_LEN(r); i++) {
        uint32_t c = hs_str_read(kind, data, i);
        char buf[16];
        if (c < 128) {
            buf[0] = (char)c;
            buf[1] = 0;
        } else if (c < 0x100) {
            snprintf(buf, sizeof buf, "\\x%02x", (unsigned)c);
        } else if (c < 0x10000) {
            snprintf(buf, sizeof buf, "\\u%04x", (unsigned)c);
        } else {
            snprintf(buf, sizeof buf, "\\U%08x", (unsigned)c);
        }
        if (hs_str_writer_ascii(&w, buf) < 0) {
            hs_str_writer_discard(&w);
            Hs_DECREF(r);
            return NULL;
        }
    }
    Hs_DECREF(r);
    return hs_str_writer_finish(&w);
}

/* bin/oct/hex: operator.index(x) formatted with '#b', '#o' or '#x' (CPython:
 * PyNumber_ToBase gives the same digits and prefixes). Return: new reference. */
static HsObject *number_to_base(HsObject *x, const char *spec) {
    HsObject *idx = HsNumber_Index(x);
    if (idx == NULL) {
        return NULL;
    }
    HsObject *s = HsUnicode_FromString(spec);
    HsObject *r = s != NULL ? hs_builtins_format(idx, s) : NULL;
    Hs_XDECREF(s);
    Hs_DECREF(idx);
    return r;
}

/* The running frame's locals: the namespace of a module or class body, or for a function
 * the frame's own locals dict refreshed from its fast locals and cells (the same dict on
 * every call, as CPython 3.11's locals()). Return: new reference. */
HsObject *hs_builtins_frame_locals(void) {
    HsFrame *f = hs_vm_tstate()->frame;
    if (f == NULL) {
        return HsErr_Format(HsExc_SystemError, "frame does not exist");
    }
    return Hs_XNewRef(hs_vm_frame_fast_to_locals(f));
}

/* ==== functions of one object (METH_O) ==== */

static HsObject *builtin_abs(HsObject *self, HsObject *x) {
    (void)self;
    return HsNumber_Absolute(x);
}

/* all() and any(): 'want' is the truth value that ends the loop early. */
static HsObject *all_any(HsObject *iterable, int want) {
    HsObject *it = HsObject_GetIter(iterable);
    if (it == NULL) {
        return NULL;
    }
    HsObject *item;
    while ((item = HsIter_Next(it)) != NULL) {
        int t = HsObject_IsTrue(item);
        Hs_DECREF(item);
        if (t < 0) {
            Hs_DECREF(it);
            return NULL;
        }
        if (t == want) {
            Hs_DECREF(it);
            return HsBool_FromLong(want);
        }
    }
    Hs_DECREF(it);
    return HsErr_Occurred() ? NULL : HsBool_FromLong(!want);
}

static HsObject *builtin_all(HsObject *self, HsObject *x) {
    (void)self;
    return all_any(x, 0);
}

static HsObject *builtin_any(HsObject *self, HsObject *x) {
    (void)self;
    return all_any(x, 1);
}

static HsObject *builtin_ascii(HsObject *self, HsObject *x) {
    (void)self;
    return object_ascii(x);
}

static HsObject *builtin_bin(HsObject *self, HsObject *x) {
    (void)self;
    return number_to_base(x, "#b");
}

static HsObject *builtin_oct(HsObject *self, HsObject *x) {
    (void)self;
    return number_to_base(x, "#o");
}

static HsObject *builtin_hex(HsObject *self, HsObject *x) {
    (void)self;
    return number_to_base(x, "#x");
}

static HsObject *builtin_callable(HsObject *self, HsObject *x) {
    (void)self;
    return HsBool_FromLong(HsCallable_Check(x));
}

/* chr(i): i through __index__; out of range (or overflowing a C long) is ValueError. */
static HsObject *builtin_chr(HsObject *self, HsObject *x) {
    (void)self;
    HsObject *idx = HsNumber_Index(x);
    if (idx == NULL) {
        return NULL;
    }
    int overflow = 0;
    long long v = hs_int_as_longlong_and_overflow(idx, &overflow);
    Hs_DECREF(idx);
    if (v == -1 && HsErr_Occurred()) {
        return NULL;
    }
    if (overflow || v < 0 || v > 0x10ffff) {
        return HsErr_Format(HsExc_ValueError, "chr() arg not in range(0x110000)");
    }
    return HsUnicode_FromOrdinal((uint32_t)v);
}

static HsObject *builtin_hash(HsObject *self, HsObject *x) {
    (void)self;
    Hs_ssize_t h = HsObject_Hash(x);
    return h == -1 ? NULL : HsLong_FromSsize_t(h);
}

/* id(o): the object's address, as CPython's. */
static HsObject *builtin_id(HsObject *self, HsObject *x) {
    (void)self;
    return HsLong_FromUnsignedLongLong((unsigned long long)(uintptr_t)x);
}

static HsObject *builtin_len(HsObject *self, HsObject *x) {
    (void)self;
    Hs_ssize_t n = HsObject_Size(x);
    return n < 0 ? NULL : HsLong_FromSsize_t(n);
}

/* ord(c): a one-character str, or a one-byte bytes/bytearray. */
static HsObject *builtin_ord(HsObject *self, HsObject *c) {
    (void)self;
    Hs_ssize_t size;
    if (HsUnicode_Check(c)) {
        size = HS_STR_LEN(c);
        if (size == 1) {
            return HsLong_FromLong((long)hs_str_read(HS_STR_KIND(c), hs_str_data(c), 0));
        }
    } else if (HsBytes_Check(c) || HsByteArray_Check(c)) {
        size = Hs_SIZE(c);
        if (size == 1) {
            const char *p = HsBytes_Check(c) ? HsBytes_AS_STRING(c) : HsByteArray_AS_STRING(c);
            return HsLong_FromLong((unsigned char)p[0]);
        }
    } else {
        return HsErr_Format(HsExc_TypeError, "ord() expected string of length 1, but %.200s found",
                            Hs_TYPE(c)->tp_name);
    }
    return HsErr_Format(HsExc_TypeError,
                        "ord() expected a character, but string of length %zd found", size);
}

static HsObject *builtin_repr(HsObject *self, HsObject *x) {
    (void)self;
    return HsObject_Repr(x);
}

/* ==== functions with fixed positional arguments (FASTCALL) ==== */

static HsObject *builtin_divmod(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("divmod", nargs, 2, 2) < 0) {
        return NULL;
    }
    return HsNumber_Divmod(args[0], args[1]);
}

static HsObject *builtin_delattr(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("delattr", nargs, 2, 2) < 0 || check_attr_name(args[1]) < 0 ||
        HsObject_SetAttr(args[0], args[1], NULL) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

static HsObject *builtin_setattr(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("setattr", nargs, 3, 3) < 0 || check_attr_name(args[1]) < 0 ||
        HsObject_SetAttr(args[0], args[1], args[2]) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

static HsObject *builtin_getattr(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("getattr", nargs, 2, 3) < 0 || check_attr_name(args[1]) < 0) {
        return NULL;
    }
    if (nargs == 2) {
        return HsObject_GetAttr(args[0], args[1]);
    }
    HsObject *r;
    if (HsObject_LookupAttr(args[0], args[1], &r) == 0) {
        return Hs_NewRef(args[2]);
    }
    return r;
}

static HsObject *builtin_hasattr(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("hasattr", nargs, 2, 2) < 0 || check_attr_name(args[1]) < 0) {
        return NULL;
    }
    HsObject *r;
    int found = HsObject_LookupAttr(args[0], args[1], &r);
    if (found < 0) {
        return NULL;
    }
    Hs_XDECREF(r);
    return HsBool_FromLong(found);
}

/* format(value, format_spec='', /) */
static HsObject *builtin_format(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("format", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (nargs == 2 && !HsUnicode_Check(args[1])) {
        hs_arg_bad_argument("format", 2, "format_spec", "str", args[1]);
        return NULL;
    }
    if (nargs == 2) {
        return hs_builtins_format(args[0], args[1]);
    }
    HsObject *empty = hs_str_empty();
    HsObject *r = hs_builtins_format(args[0], empty);
    Hs_DECREF(empty);
    return r;
}

/* iter(o) / iter(callable, sentinel) */
static HsObject *builtin_iter(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("iter", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return HsObject_GetIter(args[0]);
    }
    if (!HsCallable_Check(args[0])) {
        return HsErr_Format(HsExc_TypeError, "iter(v, w): v must be callable");
    }
    return HsCallIter_New(args[0], args[1]);
}

/* next(iterator[, default]) */
static HsObject *builtin_next(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("next", nargs, 1, 2) < 0) {
        return NULL;
    }
    HsObject *it = args[0];
    if (Hs_TYPE(it)->tp_iternext == NULL) {
        return HsErr_Format(HsExc_TypeError, "'%.200s' object is not an iterator",
                            Hs_TYPE(it)->tp_name);
    }
    HsObject *r = Hs_TYPE(it)->tp_iternext(it);
    if (r != NULL) {
        return r;
    }
    if (HsErr_Occurred()) {
        if (nargs < 2 || !HsErr_ExceptionMatches(HsExc_StopIteration)) {
            return NULL;
        }
        HsErr_Clear();
    }
    if (nargs == 2) {
        return Hs_NewRef(args[1]);
    }
    HsObject *exc = HsObject_CallNoArgs(HsExc_StopIteration);
    if (exc != NULL) {
        HsErr_SetRaisedException(exc);
    }
    return NULL;
}

/* input(prompt='', /): prompt to sys.stdout, one line from sys.stdin without its '\n'. */
static HsObject *builtin_input(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("input", nargs, 0, 1) < 0) {
        return NULL;
    }
    HsObject *fin = hs_sys_get_object("stdin"), *fout = hs_sys_get_object("stdout");
    if (fin == NULL || fin == Hs_None) {
        return HsErr_Format(HsExc_RuntimeError, "input(): lost sys.stdin");
    }
    if (fout == NULL || fout == Hs_None) {
        return HsErr_Format(HsExc_RuntimeError, "input(): lost sys.stdout");
    }
    if (nargs == 1) {
        HsObject *s = HsObject_Str(args[0]);
        HsObject *r = s != NULL ? call_method(fout, "write", s) : NULL;
        Hs_XDECREF(s);
        if (r == NULL) {
            return NULL;
        }
        Hs_DECREF(r);
    }
    HsObject *r = call_method(fout, "flush", NULL);
    if (r == NULL) {
        return NULL;
    }
    Hs_DECREF(r);
    HsObject *line = call_method(fin, "readline", NULL);
    if (line == NULL) {
        return NULL;
    }
    if (!HsUnicode_Check(line)) {
        Hs_DECREF(line);
        return HsErr_Format(HsExc_TypeError, "object.readline() returned non-string");
    }
    Hs_ssize_t n = HS_STR_LEN(line);
    if (n == 0) {
        Hs_DECREF(line);
        return HsErr_Format(HsExc_EOFError, "EOF when reading a line");
    }
    if (hs_str_read(HS_STR_KIND(line), hs_str_data(line), n - 1) == '\n') {
        Hs_SETREF(line, HsUnicode_Substring(line, 0, n - 1));
    }
    return line;
}

/* ==== functions with keywords or optional arguments ==== */

/* pow(base, exp, mod=None) */
static HsObject *builtin_pow(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                             HsObject *kwnames) {
    (void)self;
    static const char *const kw[] = {"base", "exp", "mod", NULL};
    static const HsArgParser parser = {"pow", kw};
    HsObject *a[3];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 3, 2, a) < 0) {
        return NULL;
    }
    return HsNumber_Power(a[0], a[1], a[2] != NULL ? a[2] : Hs_None);
}

/* round(number, ndigits=None): type(number).__round__(number[, ndigits]). */
static HsObject *builtin_round(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                               HsObject *kwnames) {
    (void)self;
    static const char *const kw[] = {"number", "ndigits", NULL};
    static const HsArgParser parser = {"round", kw};
    HsObject *a[2];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 2, 1, a) < 0) {
        return NULL;
    }
    HsObject *meth = lookup_special(a[0], "__round__");
    if (meth == NULL) {
        return HsErr_Format(HsExc_TypeError, "type %.100s doesn't define __round__ method",
                            Hs_TYPE(a[0])->tp_name);
    }
    HsObject *callargs[2] = {a[0], a[1]};
    Hs_INCREF(meth);
    Hs_ssize_t n = (a[1] == NULL || a[1] == Hs_None) ? 1 : 2;
    HsObject *r = HsObject_Vectorcall(meth, callargs, (size_t)n, NULL);
    Hs_DECREF(meth);
    return r;
}

/* dir([object]) */
static HsObject *builtin_dir(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("dir", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return hs_builtins_dir_of(args[0]);
    }
    HsObject *loc = hs_builtins_frame_locals();
    if (loc == NULL) {
        return NULL;
    }
    HsObject *keys = hs_list_from_iterable(loc);
    Hs_DECREF(loc);
    if (keys != NULL && HsList_Sort(keys) < 0) {
        Hs_CLEAR(keys);
    }
    return keys;
}

/* vars([object]) */
static HsObject *builtin_vars(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("vars", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return hs_builtins_frame_locals();
    }
    HsObject *d;
    int found = lookup_attr_string(args[0], "__dict__", &d);
    if (found == 0) {
        return HsErr_Format(HsExc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return found < 0 ? NULL : d;
}

static HsObject *builtin_globals(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    HsFrame *f = hs_vm_tstate()->frame;
    if (f == NULL) {
        Hs_RETURN_NONE;
    }
    return Hs_NewRef(f->f_globals);
}

static HsObject *builtin_locals(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return hs_builtins_frame_locals();
}

/* ==== print ==== */

/* Check print()'s sep/end: None or a str. Returns 0 or -1. */
static int check_sep_end(const char *what, HsObject *v) {
    if (v != NULL && v != Hs_None && !HsUnicode_Check(v)) {
        HsErr_Format(HsExc_TypeError, "%s must be None or a string, not %.200s", what,
                     Hs_TYPE(v)->tp_name);
        return -1;
    }
    return 0;
}

/* file.write(s) for a str 's' (or the text of 'def' when 's' is NULL/None). Returns 0/-1. */
static int write_str(HsObject *file, HsObject *s, const char *def) {
    HsObject *owned = NULL;
    if (s == NULL || s == Hs_None) {
        s = owned = HsUnicode_FromString(def);
        if (s == NULL) {
            return -1;
        }
    }
    HsObject *r = call_method(file, "write", s);
    Hs_XDECREF(owned);
    if (r == NULL) {
        return -1;
    }
    Hs_DECREF(r);
    return 0;
}

/* Match print()'s keyword arguments into kw[0..3] = sep, end, file, flush. Returns 0/-1. */
static int print_keywords(HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames,
                          HsObject **kw) {
    static const char *const names[] = {"sep", "end", "file", "flush"};
    Hs_ssize_t nkw = kwnames != NULL ? Hs_SIZE(kwnames) : 0;
    for (Hs_ssize_t i = 0; i < nkw; i++) {
        HsObject *name = HS_TUPLE_GET(kwnames, i);
        int j = 0;
        while (j < 4 && !hs_str_eq_ascii(name, names[j])) {
            j++;
        }
        if (j == 4) {
            HsErr_Format(HsExc_TypeError, "'%U' is an invalid keyword argument for print()", name);
            return -1;
        }
        kw[j] = args[nargs + i];
    }
    return 0;
}

/* print(*objects, sep=' ', end='\n', file=None, flush=False) */
static HsObject *builtin_print(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                               HsObject *kwnames) {
    (void)self;
    HsObject *kw[4] = {NULL, NULL, NULL, NULL};
    if (print_keywords(args, nargs, kwnames, kw) < 0) {
        return NULL;
    }
    HsObject *file = kw[2];
    if (file == NULL || file == Hs_None) {
        file = hs_sys_get_object("stdout");
        if (file == NULL || file == Hs_None) {
            Hs_RETURN_NONE; // CPython: sys.stdout is None, e.g. under pythonw
        }
    }
    if (check_sep_end("sep", kw[0]) < 0 || check_sep_end("end", kw[1]) < 0) {
        return NULL;
    }
    Hs_INCREF(file);
    for (Hs_ssize_t i = 0; i < nargs; i++) {
        if (i > 0 && write_str(file, kw[0], " ") < 0) {
            goto error;
        }
        HsObject *s = HsObject_Str(args[i]);
        int rc = s != NULL ? write_str(file, s, "") : -1;
        Hs_XDECREF(s);
        if (rc < 0) {
            goto error;
        }
    }
    if (write_str(file, kw[1], "\n") < 0) {
        goto error;
    }
    int flush = kw[3] != NULL ? HsObject_IsTrue(kw[3]) : 0;
    if (flush < 0) {
        goto error;
    }
    if (flush) {
        HsObject *r = call_method(file, "flush", NULL);
        if (r == NULL) {
            goto error;
        }
        Hs_DECREF(r);
    }
    Hs_DECREF(file);
    Hs_RETURN_NONE;
error:
    Hs_DECREF(file);
    return NULL;
}

/* ==== the module ==== */

#define FAST(f) HS_CFUNC(f), HS_METH_FASTCALL
#define FASTKW(f) HS_CFUNC(f), HS_METH_FASTCALL | HS_METH_KEYWORDS

static HsObject *builtin_build_class(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                     HsObject *kwnames) {
    (void)self;
    return hs_vm_build_class(args, nargs, kwnames);
}

static HsMethodDef builtin_methods[] = {
    {"__build_class__", HS_CFUNC(builtin_build_class), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"},
    {"abs", HS_CFUNC(builtin_abs), HS_METH_O, "Return the absolute value of the argument."},
    {"all", HS_CFUNC(builtin_all), HS_METH_O,
     "Return True if bool(x) is True for all values x in the iterable."},
    {"any", HS_CFUNC(builtin_any), HS_METH_O,
     "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", HS_CFUNC(builtin_ascii), HS_METH_O,
     "Return an ASCII-only representation of an object."},
    {"bin", HS_CFUNC(builtin_bin), HS_METH_O, "Return the binary representation of an integer."},
    {"callable", HS_CFUNC(builtin_callable), HS_METH_O, "Return whether the object is callable."},
    {"chr", HS_CFUNC(builtin_chr), HS_METH_O, "Return a Unicode string of one character."},
    {"compile", FASTKW(hs_builtins_compile), "Compile source into a code object."},
    {"__import__", FASTKW(hs_builtins_import), "Import a module."},
    {"delattr", FAST(builtin_delattr), "Deletes the named attribute from the given object."},
    {"dir", FAST(builtin_dir), "Show attributes of an object."},
    {"divmod", FAST(builtin_divmod), "Return the tuple (x//y, x%y)."},
    {"eval", FASTKW(hs_builtins_eval), "Evaluate the given source in the context of globals "
     "and locals."},
    {"exec", FASTKW(hs_builtins_exec), "Execute the given source in the context of globals "
     "and locals."},
    {"format", FAST(builtin_format), "Return value.__format__(format_spec)"},
    {"getattr", FAST(builtin_getattr), "Get a named attribute from an object."},
    {"globals", HS_CFUNC(builtin_globals), HS_METH_NOARGS,
     "Return the dictionary containing the current scope's global variables."},
    {"hasattr", FAST(builtin_hasattr),
     "Return whether the object has an attribute with the given name."},
    {"hash", HS_CFUNC(builtin_hash), HS_METH_O, "Return the hash value for the given object."},
    {"hex", HS_CFUNC(builtin_hex), HS_METH_O,
     "Return the hexadecimal representation of an integer."},
    {"id", HS_CFUNC(builtin_id), HS_METH_O, "Return the identity of an object."},
    {"input", FAST(builtin_input), "Read a string from standard input."},
    {"isinstance", FAST(hs_builtins_isinstance),
     "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", FAST(hs_builtins_issubclass),
     "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", FAST(builtin_iter), "Get an iterator from an object."},
    {"len", HS_CFUNC(builtin_len), HS_METH_O, "Return the number of items in a container."},
    {"locals", HS_CFUNC(builtin_locals), HS_METH_NOARGS,
     "Return a dictionary containing the current scope's local variables."},
    {"max", FASTKW(hs_builtins_max), "With a single iterable argument, return its biggest item."},
    {"min", FASTKW(hs_builtins_min), "With a single iterable argument, return its smallest item."},
    {"next", FAST(builtin_next), "Return the next item from the iterator."},
    {"oct", HS_CFUNC(builtin_oct), HS_METH_O, "Return the octal representation of an integer."},
    {"open", FASTKW(hs_io_open), "Open file and return a stream."},
    {"ord", HS_CFUNC(builtin_ord), HS_METH_O,
     "Return the Unicode code point for a one-character string."},
    {"pow", FASTKW(builtin_pow),
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3."},
    {"print", FASTKW(builtin_print), "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", HS_CFUNC(builtin_repr), HS_METH_O,
     "Return the canonical string representation of the object."},
    {"round", FASTKW(builtin_round), "Round a number to a given precision in decimal digits."},
    {"setattr", FAST(builtin_setattr),
     "Sets the named attribute on the given object to the specified value."},
    {"sorted", FASTKW(hs_builtins_sorted),
     "Return a new list containing all items from the iterable in ascending order."},
    {"sum", FASTKW(hs_builtins_sum),
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"vars", FAST(builtin_vars), "Show vars."},
    {NULL, NULL, 0, NULL},
};

/* Bind the types, constants and exception classes by name. Returns 0 or -1. */
static int add_names(HsObject *m) {
    static const struct {
        const char *name;
        HsTypeObject *type;
    } types[] = {
        {"bool", &HsBool_Type},
        {"bytearray", &HsByteArray_Type},
        {"bytes", &HsBytes_Type},
        {"complex", &HsComplex_Type},
        {"dict", &HsDict_Type},
        {"float", &HsFloat_Type},
        {"frozenset", &HsFrozenSet_Type},
        {"int", &HsLong_Type},
        {"list", &HsList_Type},
        {"object", &HsBaseObject_Type},
        {"range", &HsRange_Type},
        {"set", &HsSet_Type},
        {"slice", &HsSlice_Type},
        {"str", &HsUnicode_Type},
        {"tuple", &HsTuple_Type},
        {"type", &HsType_Type},
        {"enumerate", &HsEnum_Type},
        {"zip", &HsZip_Type},
        {"map", &HsMap_Type},
        {"memoryview", &HsMemoryView_Type},
        {"filter", &HsFilter_Type},
        {"reversed", &HsReversed_Type},
        {"property", &HsProperty_Type},
        {"classmethod", &HsClassMethod_Type},
        {"staticmethod", &HsStaticMethod_Type},
        {"super", &HsSuper_Type},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (HsModule_AddObjectRef(m, types[i].name, (HsObject *)types[i].type) < 0) {
            return -1;
        }
    }
#define HS_ADD_EXC(name)                                                                           \
    if (HsModule_AddObjectRef(m, #name, HsExc_##name) < 0) {                                       \
        return -1;                                                                                 \
    }
    HS_EXC_FOREACH(HS_ADD_EXC)
#undef HS_ADD_EXC
    if (HsModule_AddObjectRef(m, "EnvironmentError", HsExc_OSError) < 0 || /* 3.3 aliases */
        HsModule_AddObjectRef(m, "IOError", HsExc_OSError) < 0) {
        return -1;
    }
    if (HsModule_AddObjectRef(m, "None", Hs_None) < 0 ||
        HsModule_AddObjectRef(m, "Ellipsis", Hs_Ellipsis) < 0 ||
        HsModule_AddObjectRef(m, "NotImplemented", Hs_NotImplemented) < 0 ||
        HsModule_AddObjectRef(m, "False", Hs_False) < 0 ||
        HsModule_AddObjectRef(m, "True", Hs_True) < 0 ||
        HsModule_AddObjectRef(m, "__debug__", Hs_True) < 0) {
        return -1;
    }
    return 0;
}

/* ==== internal API ==== */

HsObject *hs_builtins_name(const char *s) {
    size_t i = 0;
    for (; i < sizeof kept_names / sizeof kept_names[0] && kept_names[i].key != NULL; i++) {
        if (strcmp(kept_names[i].key, s) == 0) {
            if (kept_names[i].name != NULL) {
                return kept_names[i].name;
            }
            break; // released by finalization (hs_obj_release_caches): make it again
        }
    }
    HsObject *n = HsUnicode_InternFromString(s);
    if (n != NULL && i < sizeof kept_names / sizeof kept_names[0]) {
        kept_names[i].key = s;
        kept_names[i].name = n; // kept for the process (released at exit)
        hs_obj_register_static(&kept_names[i].name);
    }
    // a dead interned name may have had this address: forget lookups cached under it
    hs_type_modified(NULL);
    return n; // past the table's end: leaked on purpose (never happens with our names)
}

int hs_builtins_init(HsObject **module_out) {
    *module_out = NULL;
    /* ours, and the core types hs_obj_init does not ready yet (HsType_Ready is idempotent) */
    HsTypeObject *types[] = {&HsEnum_Type,
                             &HsZip_Type,
                             &HsMap_Type,
                             &HsFilter_Type,
                             &HsReversed_Type,
                             &HsCallIter_Type,
                             &HsByteArray_Type,
                             &HsBytes_Type,
                             &HsList_Type,
                             &HsListIter_Type,
                             &HsListRevIter_Type,
                             &HsRange_Type,
                             &HsRangeIter_Type,
                             &HsLongRangeIter_Type,
                             &HsSlice_Type,
                             &HsUnicodeIter_Type,
                             &HsUnicodeASCIIIter_Type,
                             &HsMemoryView_Type,
                             &HsManagedBuffer_Type,
                             &HsMemoryIter_Type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (HsType_Ready(types[i]) < 0) {
            return -1;
        }
    }
    if (hs_generic_alias_enable(&HsEnum_Type) < 0) {
        return -1;
    }
    HsObject *m = HsModule_New("builtins");
    if (m == NULL) {
        return -1;
    }
    HsObject *doc = HsUnicode_FromString(
        "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' "
        "object; Ellipsis represents `...' in slices.");
    int rc = doc != NULL ? HsModule_AddObjectRef(m, "__doc__", doc) : -1;
    Hs_XDECREF(doc);
    if (rc < 0 || HsModule_AddFunctions(m, builtin_methods) < 0 || add_names(m) < 0 ||
        hs_builtins_add_site(m) < 0) {
        Hs_DECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}
