/* Code objects (CPython 3.11: Objects/codeobject.c, Python/ceval.c get_exception_handler):
 * construction from the compiler's HsCodeSpec, and the two table decoders the eval loop and
 * tracebacks need. Both tables use CPython 3.11's byte formats:
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
#include "internal/hs_obj_weakref.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "hs/errors.h"

#include <stddef.h>
#include <stdint.h>
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

static HsGetSetDef code_getset[] = {
    {"co_varnames", code_get_names, NULL, NULL, (void *)(intptr_t)HS_CO_FAST_LOCAL},
    {"co_cellvars", code_get_names, NULL, NULL, (void *)(intptr_t)HS_CO_FAST_CELL},
    {"co_freevars", code_get_names, NULL, NULL, (void *)(intptr_t)HS_CO_FAST_FREE},
    {NULL, NULL, NULL, NULL, NULL},
};

#define CO_MEMBER(name, kind) {#name, kind, offsetof(HsCodeObject, name), HS_READONLY, NULL}

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

int hs_code_addr2location(HsCodeObject *co, Hs_ssize_t index, int *line, int *end_line,
                          int *col, int *end_col) {
    const uint8_t *p = co->co_linetable, *end = p + co->co_linetable_len;
    int cur = co->co_firstlineno;
    Hs_ssize_t addr = 0;
    while (p < end) {
        uint8_t first = *p++;
        int code = (first >> 3) & 15, len = (first & 7) + 1;
        int l = cur, el = cur, c = -1, ec = -1;
        if (code == 15) {
            l = el = -1;
        } else if (code == 14) {
            cur += read_svarint(&p);
            l = cur;
            el = cur + (int)read_varint(&p);
            c = (int)read_varint(&p) - 1;
            ec = (int)read_varint(&p) - 1;
        } else if (code == 13) {
            cur += read_svarint(&p);
            l = el = cur;
        } else if (code >= 10) {
            cur += code - 10;
            l = el = cur;
            c = *p++;
            ec = *p++;
        } else {
            uint8_t second = *p++;
            c = code * 8 + ((second >> 4) & 7);
            ec = c + (second & 15);
        }
        if (index < addr + len) {
            *line = l;
            *end_line = el;
            *col = c;
            *end_col = ec;
            return 1;
        }
        addr += len;
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
