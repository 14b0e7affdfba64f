/* Code objects (CPython 3.11: Objects/codeobject.c, Python/ceval.c get_exception_handler):
 * construction from the compiler's HsCodeSpec, the two table decoders the eval loop and
 * tracebacks need, and the Python-level views dis reads (co_code, co_linetable,
 * co_exceptiontable, co_lnotab, co_lines(), co_positions(), _varname_from_oparg, replace()).
 * Both tables use CPython 3.11's byte formats:
 *   location table (Objects/locations.md): entries of one start byte
 *     1 cccc lll   (c: code, l: code units covered - 1), then per code:
 *     0-9    short form: same line; one byte 0 ccc eeee: col = c*8 + ccc, end = col + eeee
 *     10-12  one-line form: line += code - 10; col byte; end-col byte
 *     13     no columns: line += svarint
 *     14     long form: line += svarint; end line = line + varint; col+1, end col+1 varints
 *     15     no location
 *     (varints: little-endian 6-bit chunks, 0x40 = more; svarint: zigzag on bit 0)
 *   exception table (Objects/exception_handling_notes.txt): entries of big-endian varints
 *     start, length, target, (depth << 1) | lasti; 0x80 marks an entry's first byte.
 * Invariant: tables are owned copies, freed with the code object. */
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_weakref.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ==== static helpers ==== */

static uint8_t *copy_bytes(const uint8_t *src, Hs_ssize_t n) {
    uint8_t *p = hs_mem_malloc((size_t)(n > 0 ? n : 1));
    if (p != NULL && n > 0) {
        memcpy(p, src, (size_t)n);
    }
    return p;
}

/* Little-endian 6-bit varint of the location table. */
static unsigned read_varint(const uint8_t **p) {
    unsigned b = *(*p)++, val = b & 63, shift = 0;
    while (b & 64) {
        b = *(*p)++;
        shift += 6;
        val |= (b & 63) << shift;
    }
    return val;
}

static int read_svarint(const uint8_t **p) {
    unsigned u = read_varint(p);
    return (u & 1) ? -(int)(u >> 1) : (int)(u >> 1);
}

/* Big-endian 6-bit varint of the exception table. */
static const uint8_t *parse_varint(const uint8_t *p, int *result) {
    int val = p[0] & 63;
    while (p[0] & 64) {
        p++;
        val = (val << 6) | (p[0] & 63);
    }
    *result = val;
    return p + 1;
}

/* ==== type slots ==== */

static void code_dealloc(HsObject *op) {
    HsCodeObject *co = (HsCodeObject *)op;
    if (co->co_weakreflist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    Hs_XDECREF(co->co_consts);
    Hs_XDECREF(co->co_names);
    Hs_XDECREF(co->co_localsplusnames);
    Hs_XDECREF(co->co_filename);
    Hs_XDECREF(co->co_name);
    Hs_XDECREF(co->co_qualname);
    hs_mem_free(co->co_localspluskinds);
    hs_mem_free(co->co_linetable);
    hs_mem_free(co->co_exceptiontable);
    if (co->co_extra != NULL && ((Hs_ssize_t *)co->co_extra)[0] != 0) {
        free(co->co_extra); /* the vm's cache table: libc, untraced (src/vm/specialize.c) */
    }
    hs_obj_free(op);
}

static HsObject *code_repr(HsObject *op) {
    HsCodeObject *co = (HsCodeObject *)op;
    return HsUnicode_FromFormat("<code object %U at %p, file \"%U\", line %d>", co->co_name,
                                (void *)co, co->co_filename, co->co_firstlineno);
}

/* The names in co_localsplusnames whose kind has any bit of 'mask' (CPython:
 * _PyCode_GetVarnames / GetCellvars / GetFreevars). Return: new reference. */
static HsObject *names_of_kind(HsCodeObject *co, int mask) {
    Hs_ssize_t n = 0;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        n += (co->co_localspluskinds[i] & mask) != 0;
    }
    HsObject *t = HsTuple_New(n);
    if (t == NULL) {
        return NULL;
    }
    for (int i = 0, k = 0; i < co->co_nlocalsplus; i++) {
        if (co->co_localspluskinds[i] & mask) {
            HS_TUPLE_SET(t, k++, Hs_NewRef(HS_TUPLE_GET(co->co_localsplusnames, i)));
        }
    }
    return t;
}

static HsObject *code_get_names(HsObject *op, void *closure) {
    return names_of_kind((HsCodeObject *)op, (int)(intptr_t)closure);
}

/* ==== attributes and methods for dis ==== */

/* co_code: the code units as bytes, opcode then argument, with the inline caches (CPython
 * 3.11 shows the unspecialised form; this VM never rewrites its code). Return: new ref. */
static HsObject *code_get_code(HsObject *op, void *closure) {
    (void)closure;
    HsCodeObject *co = (HsCodeObject *)op;
    HsObject *b = HsBytes_FromStringAndSize(NULL, Hs_SIZE(co) * 2);
    if (b == NULL) {
        return NULL;
    }
    uint8_t *out = (uint8_t *)HsBytes_AS_STRING(b);
    for (Hs_ssize_t i = 0; i < Hs_SIZE(co); i++) {
        out[2 * i] = (uint8_t)HS_CU_OPCODE(co->co_code[i]);
        out[2 * i + 1] = (uint8_t)HS_CU_OPARG(co->co_code[i]);
    }
    return b;
}

/* co_linetable / co_exceptiontable as bytes. Return: new reference. */
static HsObject *code_get_linetable(HsObject *op, void *closure) {
    (void)closure;
    HsCodeObject *co = (HsCodeObject *)op;
    return HsBytes_FromStringAndSize((const char *)co->co_linetable, co->co_linetable_len);
}

static HsObject *code_get_exceptiontable(HsObject *op, void *closure) {
    (void)closure;
    HsCodeObject *co = (HsCodeObject *)op;
    return HsBytes_FromStringAndSize((const char *)co->co_exceptiontable,
                                     co->co_exceptiontable_len);
}

/* Append the byte pair (a, b) to 'buf' (the caller checked the room). CPython: emit_pair. */
static void lnotab_pair(uint8_t *buf, Hs_ssize_t *n, int a, int b) {
    buf[(*n)++] = (uint8_t)a;
    buf[(*n)++] = (uint8_t)(int8_t)b;
}

/* Emit one (byte delta, line delta) step split as CPython's emit_delta does. Returns the
 * number of bytes written (at most 'room'), or -1 if 'room' is too small. */
static int lnotab_delta(uint8_t *buf, Hs_ssize_t *n, Hs_ssize_t room, int bdelta, int ldelta) {
    Hs_ssize_t need = 2 * (1 + bdelta / 255 + (ldelta > 0 ? ldelta / 127 : -ldelta / 128));
    if (*n + need > room) {
        return -1;
    }
    for (; bdelta > 255; bdelta -= 255) {
        lnotab_pair(buf, n, 255, 0);
    }
    for (; ldelta > 127; ldelta -= 127, bdelta = 0) {
        lnotab_pair(buf, n, bdelta, 127);
    }
    for (; ldelta < -128; ldelta += 128, bdelta = 0) {
        lnotab_pair(buf, n, bdelta, -128);
    }
    lnotab_pair(buf, n, bdelta, ldelta);
    return 0;
}

/* co_lnotab, rebuilt from the location table (CPython 3.11: decode_linetable). The buffer
 * grows until it fits. Return: new reference. */
static HsObject *code_get_lnotab(HsObject *op, void *closure) {
    (void)closure;
    HsCodeObject *co = (HsCodeObject *)op;
    Hs_ssize_t room = 64;
    for (;;) {
        uint8_t *buf = hs_mem_malloc((size_t)room);
        if (buf == NULL) {
            return HsErr_NoMemory();
        }
        Hs_ssize_t n = 0, code_offset = 0;
        int line = co->co_firstlineno, ok = 1;
        HsCodeLocIter it;
        hs_code_loc_init(co, &it);
        while (ok && hs_code_loc_next(&it)) {
            if (it.computed != line) {
                ok = lnotab_delta(buf, &n, room, (int)(it.start * 2 - code_offset),
                                  it.computed - line) == 0;
                code_offset = it.start * 2;
                line = it.computed;
            }
        }
        HsObject *b = ok ? HsBytes_FromStringAndSize((const char *)buf, n) : NULL;
        hs_mem_free(buf);
        if (ok) {
            return b;
        }
        room *= 4;
    }
}

/* 'v' as an int, or None when negative (unknown). Return: new reference. */
static HsObject *int_or_none(int v) {
    return v < 0 ? Hs_NewRef(Hs_None) : HsLong_FromLong(v);
}

/* A tuple of 'n' new references (NULL items make it fail and release the rest).
 * Steals: every item. Return: new reference. */
static HsObject *tuple_steal(int n, HsObject **items) {
    HsObject *t = NULL;
    for (int i = 0; i < n; i++) {
        if (items[i] == NULL) {
            goto error;
        }
    }
    if ((t = HsTuple_New(n)) == NULL) {
        goto error;
    }
    for (int i = 0; i < n; i++) {
        HS_TUPLE_SET(t, i, items[i]);
    }
    return t;
error:
    for (int i = 0; i < n; i++) {
        Hs_XDECREF(items[i]);
    }
    return NULL;
}

/* Append the tuple of 'n' stolen items to 'list'. Returns 0 or -1. */
static int append_tuple(HsObject *list, int n, HsObject **items) {
    HsObject *t = tuple_steal(n, items);
    if (t == NULL) {
        return -1;
    }
    int rc = HsList_Append(list, t);
    Hs_DECREF(t);
    return rc;
}

/* co_lines() and co_positions(): iterators over (start, end, line) per location entry and
 * (line, end_line, col, end_col) per code unit, as CPython 3.11's line_iterator and
 * positions_iterator (here iterators over a list). 'positions' selects which.
 * Return: new reference. */
static HsObject *code_location_iter(HsCodeObject *co, int positions) {
    HsObject *list = HsList_New(0);
    if (list == NULL) {
        return NULL;
    }
    HsCodeLocIter it;
    hs_code_loc_init(co, &it);
    while (hs_code_loc_next(&it)) {
        if (!positions) {
            HsObject *items[3] = {HsLong_FromSsize_t(it.start * 2), HsLong_FromSsize_t(it.stop * 2),
                                  int_or_none(it.line)};
            if (append_tuple(list, 3, items) < 0) {
                goto error;
            }
            continue;
        }
        for (Hs_ssize_t i = it.start; i < it.stop; i++) {
            HsObject *items[4] = {int_or_none(it.line), int_or_none(it.end_line),
                                  int_or_none(it.col), int_or_none(it.end_col)};
            if (append_tuple(list, 4, items) < 0) {
                goto error;
            }
        }
    }
    HsObject *iter = HsObject_GetIter(list);
    Hs_DECREF(list);
    return iter;
error:
    Hs_DECREF(list);
    return NULL;
}

static HsObject *code_co_lines(HsObject *self, HsObject *unused) {
    (void)unused;
    return code_location_iter((HsCodeObject *)self, 0);
}

static HsObject *code_co_positions(HsObject *self, HsObject *unused) {
    (void)unused;
    return code_location_iter((HsCodeObject *)self, 1);
}

/* co._varname_from_oparg(i): the name of localsplus slot i (CPython: code__varname_from_oparg).
 * Return: new reference. */
static HsObject *code_varname_from_oparg(HsObject *self, HsObject *arg) {
    HsCodeObject *co = (HsCodeObject *)self;
    Hs_ssize_t i = HsLong_AsSsize_t(arg);
    if (i == -1 && HsErr_Occurred()) {
        return NULL;
    }
    if (i < 0 || i >= co->co_nlocalsplus) {
        return HsErr_Format(HsExc_IndexError, "tuple index out of range");
    }
    return Hs_NewRef(HS_TUPLE_GET(co->co_localsplusnames, i));
}

/* ==== replace() ==== */

/* replace()'s parameters, in CPython's order: 7 ints, then co_code .. co_exceptiontable. */
enum {
    R_ARGCOUNT,
    R_POSONLY,
    R_KWONLY,
    R_NLOCALS,
    R_STACKSIZE,
    R_FLAGS,
    R_FIRSTLINENO,
    R_CODE,
    R_CONSTS,
    R_NAMES,
    R_VARNAMES,
    R_FREEVARS,
    R_CELLVARS,
    R_FILENAME,
    R_NAME,
    R_QUALNAME,
    R_LINETABLE,
    R_EXCEPTIONTABLE,
    R_COUNT
};

static const char *const replace_kw[] = {
    "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",  "co_stacksize",
    "co_flags",    "co_firstlineno",     "co_code",           "co_consts",   "co_names",
    "co_varnames", "co_freevars",        "co_cellvars",       "co_filename", "co_name",
    "co_qualname", "co_linetable",       "co_exceptiontable", NULL};

/* Type-check the given arguments (CPython's "replace() argument 'co_name' must be str, not
 * int") and read the ints into 'ints' (current values where not given). Returns 0 or -1. */
static int replace_check(HsCodeObject *co, HsObject **a, long *ints) {
    long cur[7] = {co->co_argcount,  co->co_posonlyargcount, co->co_kwonlyargcount, co->co_nlocals,
                   co->co_stacksize, co->co_flags,           co->co_firstlineno};
    for (int i = 0; i < R_COUNT; i++) {
        HsObject *v = a[i];
        const char *want = i < R_CODE                          ? "int"
                           : (i == R_CODE || i >= R_LINETABLE) ? "bytes"
                           : i >= R_FILENAME                   ? "str"
                                                               : "tuple";
        int ok = v == NULL || (i < R_CODE       ? HsLong_Check(v)
                               : want[0] == 'b' ? HsBytes_Check(v)
                               : want[0] == 's' ? HsUnicode_Check(v)
                                                : HsTuple_Check(v));
        if (!ok && i < R_CODE) {
            HsErr_Format(HsExc_TypeError, "'%s' object cannot be interpreted as an integer",
                         Hs_TYPE(v)->tp_name);
            return -1;
        }
        if (!ok) {
            return hs_arg_bad_argument("replace", 0, replace_kw[i], want, v);
        }
        if (i < R_CODE) {
            ints[i] = v != NULL ? HsLong_AsLong(v) : cur[i];
            if (ints[i] == -1 && HsErr_Occurred()) {
                return -1;
            }
        }
    }
    if (a[R_CODE] != NULL && (Hs_SIZE(a[R_CODE]) % 2 != 0 || Hs_SIZE(a[R_CODE]) == 0)) {
        HsErr_SetString(HsExc_ValueError, "code: co_code is malformed");
        return -1;
    }
    return 0;
}

/* localsplus names and kinds from varnames, cellvars and freevars as CPython's
 * _Py_set_localsplus_info lays them out (a cell that is also a local shares its slot).
 * Sets *names (new reference) and *kinds (owned buffer). Returns 0 or -1. */
static int build_localsplus(HsObject *varnames, HsObject *cellvars, HsObject *freevars,
                            HsObject **names, uint8_t **kinds) {
    Hs_ssize_t nv = Hs_SIZE(varnames), nc = Hs_SIZE(cellvars), n = nv;
    Hs_ssize_t *slot = hs_mem_malloc(sizeof(Hs_ssize_t) * (size_t)(nc + 1));
    if (slot == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    for (Hs_ssize_t i = 0; i < nc; i++) { // each cell's slot: a local's, or a new one
        Hs_ssize_t j = 0;
        int eq = 0;
        while (j < nv && (eq = HsObject_RichCompareBool(HS_TUPLE_GET(varnames, j),
                                                        HS_TUPLE_GET(cellvars, i), HS_EQ)) == 0) {
            j++;
        }
        if (eq < 0) {
            hs_mem_free(slot);
            return -1;
        }
        slot[i] = j < nv ? j : n++;
    }
    Hs_ssize_t total = n + Hs_SIZE(freevars);
    HsObject *t = HsTuple_New(total);
    uint8_t *k = t != NULL ? hs_mem_malloc((size_t)(total > 0 ? total : 1)) : NULL;
    if (k == NULL) {
        hs_mem_free(slot);
        Hs_XDECREF(t);
        return t == NULL ? -1 : (HsErr_NoMemory(), -1);
    }
    for (Hs_ssize_t i = 0; i < nv; i++) {
        HS_TUPLE_SET(t, i, Hs_NewRef(HS_TUPLE_GET(varnames, i)));
        k[i] = HS_CO_FAST_LOCAL;
    }
    for (Hs_ssize_t i = 0; i < nc; i++) {
        if (slot[i] >= nv) {
            HS_TUPLE_SET(t, slot[i], Hs_NewRef(HS_TUPLE_GET(cellvars, i)));
            k[slot[i]] = 0;
        }
        k[slot[i]] |= HS_CO_FAST_CELL;
    }
    for (Hs_ssize_t i = 0; i < Hs_SIZE(freevars); i++) {
        HS_TUPLE_SET(t, n + i, Hs_NewRef(HS_TUPLE_GET(freevars, i)));
        k[n + i] = HS_CO_FAST_FREE;
    }
    hs_mem_free(slot);
    *names = t;
    *kinds = k;
    return 0;
}

/* The localsplus layout for replace(): the code's own unless a name tuple was given, after
 * CPython's checks of co_varnames against the arg counts ('ints') and co_nlocals.
 * Returns 0 with *names (new reference) and *kinds (owned), or -1. */
static int replace_localsplus(HsCodeObject *co, HsObject **a, const long *ints, HsObject **names,
                              uint8_t **kinds) {
    HsObject *v[3] = {a[R_VARNAMES], a[R_CELLVARS], a[R_FREEVARS]};
    static const int masks[3] = {HS_CO_FAST_LOCAL, HS_CO_FAST_CELL, HS_CO_FAST_FREE};
    for (int i = 0; i < 3; i++) {
        v[i] = v[i] != NULL ? Hs_NewRef(v[i]) : names_of_kind(co, masks[i]);
    }
    int rc = -1;
    if (v[0] != NULL && v[1] != NULL && v[2] != NULL) {
        long plain = Hs_SIZE(v[0]) - ints[R_ARGCOUNT] - ints[R_KWONLY] -
                     ((ints[R_FLAGS] & HS_CO_VARARGS) != 0) -
                     ((ints[R_FLAGS] & HS_CO_VARKEYWORDS) != 0);
        if (plain < 0) {
            HsErr_SetString(HsExc_ValueError, "code: co_varnames is too small");
        } else if (ints[R_NLOCALS] != Hs_SIZE(v[0])) {
            HsErr_SetString(HsExc_ValueError, "code: co_nlocals != len(co_varnames)");
        } else if (a[R_VARNAMES] == NULL && a[R_CELLVARS] == NULL && a[R_FREEVARS] == NULL) {
            *names = Hs_NewRef(co->co_localsplusnames);
            *kinds = copy_bytes(co->co_localspluskinds, co->co_nlocalsplus);
            rc = *kinds != NULL ? 0 : (Hs_DECREF(*names), HsErr_NoMemory(), -1);
        } else {
            rc = build_localsplus(v[0], v[1], v[2], names, kinds);
        }
    }
    for (int i = 0; i < 3; i++) {
        Hs_XDECREF(v[i]);
    }
    return rc;
}

/* co.replace(**changes): a copy with the given fields replaced (CPython: code_replace).
 * Return: new reference. */
static HsObject *code_replace(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                              HsObject *kwnames) {
    HsCodeObject *co = (HsCodeObject *)self;
    static const HsArgParser parser = {"replace", replace_kw};
    HsObject *a[R_COUNT] = {NULL}, *names = NULL;
    uint8_t *kinds = NULL;
    long v[7];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 0, 0, a) < 0 ||
        replace_check(co, a, v) < 0 || replace_localsplus(co, a, v, &names, &kinds) < 0) {
        return NULL;
    }
    HsObject *code = a[R_CODE] != NULL ? Hs_NewRef(a[R_CODE]) : code_get_code(self, NULL);
    Hs_ssize_t n = code != NULL ? Hs_SIZE(code) / 2 : 0;
    hs_codeunit *units = code != NULL ? hs_mem_malloc(sizeof(hs_codeunit) * (size_t)(n + 1)) : NULL;
    HsObject *lt = a[R_LINETABLE], *et = a[R_EXCEPTIONTABLE], *result = NULL;
    if (units != NULL) {
        const uint8_t *b = (const uint8_t *)HsBytes_AS_STRING(code);
        for (Hs_ssize_t i = 0; i < n; i++) {
            units[i] = HS_CU_MAKE(b[2 * i], b[2 * i + 1]);
        }
        HsCodeSpec spec = {
            .code = units,
            .ncode = n,
            .consts = a[R_CONSTS] != NULL ? a[R_CONSTS] : co->co_consts,
            .names = a[R_NAMES] != NULL ? a[R_NAMES] : co->co_names,
            .localsplusnames = names,
            .localspluskinds = kinds,
            .filename = a[R_FILENAME] != NULL ? a[R_FILENAME] : co->co_filename,
            .name = a[R_NAME] != NULL ? a[R_NAME] : co->co_name,
            .qualname = a[R_QUALNAME] != NULL ? a[R_QUALNAME] : co->co_qualname,
            .linetable = lt != NULL ? (const uint8_t *)HsBytes_AS_STRING(lt) : co->co_linetable,
            .linetable_len = lt != NULL ? Hs_SIZE(lt) : co->co_linetable_len,
            .exceptiontable =
                et != NULL ? (const uint8_t *)HsBytes_AS_STRING(et) : co->co_exceptiontable,
            .exceptiontable_len = et != NULL ? Hs_SIZE(et) : co->co_exceptiontable_len,
            .flags = (int)v[R_FLAGS],
            .argcount = (int)v[R_ARGCOUNT],
            .posonlyargcount = (int)v[R_POSONLY],
            .kwonlyargcount = (int)v[R_KWONLY],
            .stacksize = (int)v[R_STACKSIZE],
            .firstlineno = (int)v[R_FIRSTLINENO],
        };
        result = hs_code_new(&spec);
    } else if (code != NULL) {
        HsErr_NoMemory();
    }
    hs_mem_free(units);
    hs_mem_free(kinds);
    Hs_XDECREF(names);
    Hs_XDECREF(code);
    return result;
}

static HsMethodDef code_methods[] = {
    {"co_lines", HS_CFUNC(code_co_lines), HS_METH_NOARGS, NULL},
    {"co_positions", HS_CFUNC(code_co_positions), HS_METH_NOARGS, NULL},
    {"_varname_from_oparg", HS_CFUNC(code_varname_from_oparg), HS_METH_O, NULL},
    {"replace", HS_CFUNC(code_replace), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Return a copy of the code object with new values for the specified fields."},
    {NULL, NULL, 0, NULL},
};

static HsGetSetDef code_getset[] = {
    {"co_code", code_get_code, NULL, NULL, NULL},
    {"_co_code_adaptive", code_get_code, NULL, NULL, NULL},
    {"co_linetable", code_get_linetable, NULL, NULL, NULL},
    {"co_exceptiontable", code_get_exceptiontable, NULL, NULL, NULL},
    {"co_lnotab", code_get_lnotab, NULL, NULL, NULL},
    {"co_varnames", code_get_names, NULL, NULL, (void *)(intptr_t)HS_CO_FAST_LOCAL},
    {"co_cellvars", code_get_names, NULL, NULL, (void *)(intptr_t)HS_CO_FAST_CELL},
    {"co_freevars", code_get_names, NULL, NULL, (void *)(intptr_t)HS_CO_FAST_FREE},
    {NULL, NULL, NULL, NULL, NULL},
};

#define CO_MEMBER(name, kind)                                                                      \
    { #name, kind, offsetof(HsCodeObject, name), HS_READONLY, NULL }

static HsMemberDef code_members[] = {
    CO_MEMBER(co_argcount, HS_T_INT),
    CO_MEMBER(co_posonlyargcount, HS_T_INT),
    CO_MEMBER(co_kwonlyargcount, HS_T_INT),
    CO_MEMBER(co_stacksize, HS_T_INT),
    CO_MEMBER(co_flags, HS_T_INT),
    CO_MEMBER(co_nlocals, HS_T_INT),
    CO_MEMBER(co_firstlineno, HS_T_INT),
    CO_MEMBER(co_consts, HS_T_OBJECT),
    CO_MEMBER(co_names, HS_T_OBJECT),
    CO_MEMBER(co_filename, HS_T_OBJECT),
    CO_MEMBER(co_name, HS_T_OBJECT),
    CO_MEMBER(co_qualname, HS_T_OBJECT),
    {NULL, 0, 0, 0, NULL},
};

HsTypeObject HsCode_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "code",
    .tp_basicsize = sizeof(HsCodeObject) - sizeof(hs_codeunit),
    .tp_itemsize = sizeof(hs_codeunit),
    .tp_dealloc = code_dealloc,
    .tp_repr = code_repr,
    .tp_members = code_members,
    .tp_getset = code_getset,
    .tp_methods = code_methods,
    .tp_weaklistoffset = offsetof(HsCodeObject, co_weakreflist),
};

/* ==== internal API ==== */

HsObject *hs_code_new(const HsCodeSpec *s) {
    size_t bytes = sizeof(HsCodeObject) + (size_t)s->ncode * sizeof(hs_codeunit);
    HsCodeObject *co = (HsCodeObject *)hs_obj_new(&HsCode_Type, bytes);
    if (co == NULL) {
        return HsErr_NoMemory();
    }
    memset((char *)co + sizeof(HsObject), 0, sizeof(HsCodeObject) - sizeof(HsObject));
    Hs_SIZE(co) = s->ncode;
    memcpy(co->co_code, s->code, (size_t)s->ncode * sizeof(hs_codeunit));
    co->co_consts = Hs_NewRef(s->consts);
    co->co_names = Hs_NewRef(s->names);
    co->co_localsplusnames = Hs_NewRef(s->localsplusnames);
    co->co_filename = Hs_NewRef(s->filename);
    co->co_name = Hs_NewRef(s->name);
    co->co_qualname = Hs_NewRef(s->qualname != NULL ? s->qualname : s->name);
    co->co_nlocalsplus = (int)Hs_SIZE(s->localsplusnames);
    co->co_localspluskinds = copy_bytes(s->localspluskinds, co->co_nlocalsplus);
    co->co_linetable = copy_bytes(s->linetable, s->linetable_len);
    co->co_linetable_len = s->linetable_len;
    co->co_exceptiontable = copy_bytes(s->exceptiontable, s->exceptiontable_len);
    co->co_exceptiontable_len = s->exceptiontable_len;
    if (co->co_localspluskinds == NULL || co->co_linetable == NULL ||
        co->co_exceptiontable == NULL) {
        Hs_DECREF(co);
        return HsErr_NoMemory();
    }
    co->co_flags = s->flags;
    co->co_argcount = s->argcount;
    co->co_posonlyargcount = s->posonlyargcount;
    co->co_kwonlyargcount = s->kwonlyargcount;
    co->co_stacksize = s->stacksize;
    co->co_firstlineno = s->firstlineno;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        uint8_t k = co->co_localspluskinds[i];
        co->co_nlocals += (k & HS_CO_FAST_LOCAL) != 0;
        co->co_ncellvars += (k & HS_CO_FAST_CELL) != 0;
        co->co_nplaincellvars += k == HS_CO_FAST_CELL;
        co->co_nfreevars += (k & HS_CO_FAST_FREE) != 0;
    }
    return (HsObject *)co;
}

void hs_code_loc_init(HsCodeObject *co, HsCodeLocIter *it) {
    it->p = co->co_linetable;
    it->end = co->co_linetable + co->co_linetable_len;
    it->start = it->stop = 0;
    it->computed = co->co_firstlineno;
    it->line = it->end_line = it->col = it->end_col = -1;
}

int hs_code_loc_next(HsCodeLocIter *it) {
    if (it->p >= it->end) {
        return 0;
    }
    const uint8_t *p = it->p;
    uint8_t first = *p++;
    int code = (first >> 3) & 15;
    int c = -1, ec = -1, el;
    if (code == 15) {
        it->line = el = -1;
    } else if (code == 14) {
        it->computed += read_svarint(&p);
        el = it->computed + (int)read_varint(&p);
        c = (int)read_varint(&p) - 1;
        ec = (int)read_varint(&p) - 1;
    } else if (code == 13) {
        it->computed += read_svarint(&p);
        el = it->computed;
    } else if (code >= 10) {
        it->computed += code - 10;
        el = it->computed;
        c = *p++;
        ec = *p++;
    } else {
        uint8_t second = *p++;
        c = code * 8 + ((second >> 4) & 7);
        ec = c + (second & 15);
        el = it->computed;
    }
    if (code != 15) {
        it->line = it->computed;
    }
    it->end_line = el;
    it->col = c;
    it->end_col = ec;
    it->start = it->stop;
    it->stop += (first & 7) + 1;
    it->p = p;
    return 1;
}

int hs_code_addr2location(HsCodeObject *co, Hs_ssize_t index, int *line, int *end_line, int *col,
                          int *end_col) {
    HsCodeLocIter it;
    hs_code_loc_init(co, &it);
    while (hs_code_loc_next(&it)) {
        if (index < it.stop) {
            *line = it.line;
            *end_line = it.end_line;
            *col = it.col;
            *end_col = it.end_col;
            return 1;
        }
    }
    *line = *end_line = *col = *end_col = -1;
    return 0;
}

int hs_code_addr2line(HsCodeObject *co, Hs_ssize_t index) {
    int line, end_line, col, end_col;
    hs_code_addr2location(co, index, &line, &end_line, &col, &end_col);
    return line;
}

int hs_code_find_handler(HsCodeObject *co, Hs_ssize_t index, Hs_ssize_t *target, int *depth,
                         int *lasti) {
    const uint8_t *p = co->co_exceptiontable, *end = p + co->co_exceptiontable_len;
    while (p < end) {
        int start, size, handler, dl;
        p = parse_varint(p, &start);
        if (start > index) {
            return 0; /* entries are sorted by start */
        }
        p = parse_varint(p, &size);
        p = parse_varint(p, &handler);
        p = parse_varint(p, &dl);
        if (index < (Hs_ssize_t)start + size) {
            *target = handler;
            *depth = dl >> 1;
            *lasti = dl & 1;
            return 1;
        }
    }
    return 0;
}
