/* Code objects (CPython 3.11: Include/cpython/code.h, Objects/codeobject.c): what the
 * compiler produces and the eval loop runs. The layout follows PyCodeObject of 3.11:
 * bytecode is an array of 16-bit code units (opcode in the low byte, argument in the high
 * byte; opcodes from include/internal/hs_compile_opcode.h) with inline cache units after
 * the instructions that have them; locals, cell and free variables share one "localsplus"
 * array described by names and kinds; line/column positions and exception handlers are
 * encoded in CPython 3.11's own formats (the location table of PEP 657 and the exception
 * table of Objects/exception_handling_notes.txt), so dis, co_positions() and tracebacks can
 * be written as CPython's are.
 * Invariants: a code object is immutable except for its inline caches and co_extra state;
 * co_localspluskinds has co_nlocalsplus entries; the bytecode ends with RETURN_VALUE or a
 * raise. */
#ifndef HS_INTERNAL_HS_OBJ_CODE_H
#define HS_INTERNAL_HS_OBJ_CODE_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

#include <stdint.h>

/* ==== co_flags (CPython's CO_* values) ==== */
#define HS_CO_OPTIMIZED 0x0001
#define HS_CO_NEWLOCALS 0x0002
#define HS_CO_VARARGS 0x0004
#define HS_CO_VARKEYWORDS 0x0008
#define HS_CO_NESTED 0x0010
#define HS_CO_GENERATOR 0x0020
#define HS_CO_NOFREE 0x0040
#define HS_CO_COROUTINE 0x0080
#define HS_CO_ITERABLE_COROUTINE 0x0100
#define HS_CO_ASYNC_GENERATOR 0x0200

/* ==== localsplus kinds (CPython 3.11's CO_FAST_*) ==== */
#define HS_CO_FAST_LOCAL 0x20
#define HS_CO_FAST_CELL 0x40
#define HS_CO_FAST_FREE 0x80

typedef uint16_t hs_codeunit;
#define HS_CU_OPCODE(cu) ((cu) & 0xff)
#define HS_CU_OPARG(cu) ((cu) >> 8)
#define HS_CU_MAKE(op, arg) ((hs_codeunit)((op) | ((arg) << 8)))

typedef struct HsCodeObject {
    HsVarObject ob_base;       /* ob_size: number of code units in co_code */
    HsObject *co_consts;       /* tuple */
    HsObject *co_names;        /* tuple of str: globals, attributes, imports */
    HsObject *co_localsplusnames; /* tuple of str: locals, then cells, then frees */
    uint8_t *co_localspluskinds;  /* co_nlocalsplus HS_CO_FAST_* bytes (owned) */
    HsObject *co_filename;     /* str */
    HsObject *co_name;         /* str */
    HsObject *co_qualname;     /* str */
    uint8_t *co_linetable;     /* CPython 3.11 location table (owned) */
    Hs_ssize_t co_linetable_len;
    uint8_t *co_exceptiontable; /* CPython 3.11 exception table (owned) */
    Hs_ssize_t co_exceptiontable_len;
    int co_flags;
    int co_argcount, co_posonlyargcount, co_kwonlyargcount;
    int co_stacksize;
    int co_firstlineno;
    int co_nlocalsplus, co_nlocals, co_nplaincellvars, co_ncellvars, co_nfreevars;
    HsObject *co_weakreflist;
    void *co_extra; /* the vm's inline-cache table: NULL, static (first word 0), or an
                     * hs_mem_raw block (first word nonzero) freed with the code */
    hs_codeunit co_code[1];    /* ob_size code units */
} HsCodeObject;

extern HsTypeObject HsCode_Type;
#define HsCode_Check(op) (Hs_TYPE(op) == &HsCode_Type)
#define HS_CODE_UNITS(co) (((HsCodeObject *)(co))->co_code)

/* Everything the compiler hands over to make a code object; the tables are copied. */
typedef struct HsCodeSpec {
    const hs_codeunit *code;
    Hs_ssize_t ncode;
    HsObject *consts, *names, *localsplusnames; /* borrowed tuples */
    const uint8_t *localspluskinds;
    HsObject *filename, *name, *qualname;       /* borrowed str */
    const uint8_t *linetable;
    Hs_ssize_t linetable_len;
    const uint8_t *exceptiontable;
    Hs_ssize_t exceptiontable_len;
    int flags, argcount, posonlyargcount, kwonlyargcount, stacksize, firstlineno;
} HsCodeSpec;

/* Build a code object; counts co_nlocals/co_ncellvars/... from the kinds.
 * Return: new reference, or NULL with an exception. CPython: _PyCode_New. */
HsObject *hs_code_new(const HsCodeSpec *spec);

/* A walk over the location table, one entry at a time (CPython: PyCodeAddressRange with
 * advance_with_locations). After hs_code_loc_next returns 1, units [start, stop) share the
 * positions line/end_line/col/end_col (-1 = unknown) and 'computed' is the running line
 * (which a no-location entry leaves unchanged; co_lnotab is built from it). */
typedef struct HsCodeLocIter {
    const uint8_t *p, *end;
    Hs_ssize_t start, stop;
    int computed;
    int line, end_line, col, end_col;
} HsCodeLocIter;
void hs_code_loc_init(HsCodeObject *co, HsCodeLocIter *it);
/* Returns 1 with the next entry in 'it', 0 at the end of the table. */
int hs_code_loc_next(HsCodeLocIter *it);

/* The source positions of the instruction at code unit 'index' (an instruction's first
 * unit), decoded from the location table: 1-based lines, 0-based UTF-8 byte columns, -1
 * where unknown. CPython: PyCode_Addr2Location. Returns 1 if found, 0 if not. */
int hs_code_addr2location(HsCodeObject *co, Hs_ssize_t index, int *line, int *end_line,
                          int *col, int *end_col);
/* Just the line (CPython: PyCode_Addr2Line); -1 when unknown. */
int hs_code_addr2line(HsCodeObject *co, Hs_ssize_t index);

/* The handler covering code unit 'index', from the exception table: sets the handler's
 * code-unit index, the value-stack depth to unwind to, and whether the offending
 * instruction's offset must be pushed (lasti). Returns 1 if found, 0 if none.
 * CPython: get_exception_handler. */
int hs_code_find_handler(HsCodeObject *co, Hs_ssize_t index, Hs_ssize_t *target, int *depth,
                         int *lasti);

#endif /* HS_INTERNAL_HS_OBJ_CODE_H */
