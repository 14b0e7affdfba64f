/* The disassembler shared by src/modules/dismodule.c (the `dis` and `opcode` modules) and
 * src/modules/dis_engine.c (decoding and formatting), modelled on CPython 3.11's Lib/dis.py:
 * an HsDisCode is the decoded form of one code object (or of raw bytecode): its instructions
 * with line starts, jump-target marks and positions, and its exception table. */
#ifndef HS_INTERNAL_HS_MODULES_DIS_H
#define HS_INTERNAL_HS_MODULES_DIS_H
#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif
#include "internal/hs_obj.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_str.h"

/* One instruction (or, with show_caches, one inline CACHE unit) as dis's Instruction. */
typedef struct HsDisInstr {
    Hs_ssize_t offset; /* in bytes */
    int op;
    int has_arg;
    long arg;
    int has_line, line; /* starts_line (line_offset applied) */
    int is_jump_target;
    int pos[4]; /* lineno, end_lineno, col_offset, end_col_offset; -1 = None */
} HsDisInstr;

/* One exception table entry in byte offsets ('end' exclusive), as _ExceptionTableEntry. */
typedef struct HsDisExc {
    Hs_ssize_t start, end, target;
    int depth, lasti;
} HsDisExc;

typedef struct HsDisCode {
    HsObject *code;   /* bytes of the instructions (owned) */
    HsCodeObject *co; /* borrowed; NULL for raw bytecode (no names, consts, lines) */
    HsDisInstr *ins;  /* owned array */
    Hs_ssize_t nins;
    HsDisExc *exc; /* owned array */
    Hs_ssize_t nexc;
    int show_lineno, lineno_width, offset_width;
} HsDisCode;

/* Decode 'x' (a code object, or bytes/bytearray of raw bytecode). 'line_offset' is added to
 * line numbers; 'exc_labels' marks exception handler targets as jump targets (disassemble
 * and Bytecode do, get_instructions does not); 'show_caches' lists the CACHE units.
 * Returns 0, or -1 with an exception (d is then empty). Release with hs_dis_release. */
int hs_dis_decode(HsDisCode *d, HsObject *x, int line_offset, int exc_labels, int show_caches);
void hs_dis_release(HsDisCode *d);

/* The argval and argrepr of 'in' as _get_instructions_bytes computes them.
 * Returns 0 with two new references, or -1. */
int hs_dis_arg_info(HsDisCode *d, const HsDisInstr *in, HsObject **argval, HsObject **argrepr);
/* One line of the listing for 'in' (Instruction._disassemble): widths of the line column (0:
 * none) and offset column, 'argrepr' (a str or NULL), 'current' for the --> mark.
 * Return: new reference. */
HsObject *hs_dis_format_line(int lineno_width, int offset_width, const HsDisInstr *in,
                             HsObject *argrepr, int current);
/* The Instruction object for 'in'. Return: new reference. */
HsObject *hs_dis_instruction(HsDisCode *d, const HsDisInstr *in);

/* Where printed text goes: a file-like object (its write method, as print() does), or when
 * 'file' is NULL the str writer 'w'. */
typedef struct HsDisOut {
    HsObject *file;
    HsStrWriter *w;
} HsDisOut;
/* print(s, file=...): s (a str, or NULL for an empty line) then "\n". Returns 0 or -1. */
int hs_dis_print(HsDisOut *out, HsObject *s);
/* print() of the C string 's'. Returns 0 or -1. */
int hs_dis_print_ascii(HsDisOut *out, const char *s);
/* _disassemble_bytes: every instruction line ('lasti' gets the --> mark), then the
 * exception table. Returns 0 or -1. */
int hs_dis_print_code(HsDisCode *d, HsDisOut *out, Hs_ssize_t lasti);
/* _format_code_info(co). Return: new reference. */
HsObject *hs_dis_code_info(HsCodeObject *co);
/* pretty_flags(flags). Return: new reference. */
HsObject *hs_dis_pretty_flags(long flags);

/* The Instruction and Positions structseq types and the dis.UNKNOWN sentinel (dismodule.c).
 * Return: borrowed reference (static). */
extern HsTypeObject HsDisInstruction_Type;
extern HsTypeObject HsDisPositions_Type;
HsObject *hs_dis_unknown(void);
/* o.name for a C string 'name' whose str is kept alive for the process (the type lookup
 * cache keys on name pointers, so lookup names must not die and be reused).
 * Return: new reference, or NULL with an exception (AttributeError when missing). */
HsObject *hs_dis_getattr(HsObject *o, const char *name);
/* The builtin functions repr and ascii, for FORMAT_VALUE's argval. Return: borrowed
 * reference (kept by the module), or NULL with an exception. */
HsObject *hs_dis_builtin(const char *name);

#endif /* HS_INTERNAL_HS_MODULES_DIS_H */
