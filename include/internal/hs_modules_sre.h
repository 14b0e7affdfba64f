/* The `_sre` regular-expression engine (src/modules/sre_engine.c, sremodule.c; CPython 3.11:
 * Modules/_sre/sre.c, sre_lib.h). lib/_re_compiler.py turns a parsed pattern into a flat
 * program of 32-bit words; the engine runs it with backtracking whose choice points and undo
 * records live on a heap stack, never on the C stack. The opcode set is heapscope's own (it
 * does not match CPython's sre_constants numbers); docs/internals/re.md describes it.
 * Invariant: lib/_re_compiler.py's OPCODES table repeats these numbers in the same order. */
#ifndef HS_INTERNAL_HS_MODULES_SRE_H
#define HS_INTERNAL_HS_MODULES_SRE_H
#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif
#include "hs/config.h"

#include <stddef.h>
#include <stdint.h>

/* ==== opcodes ==== */
/*  op               operands                        meaning
 *  FAIL             -                               backtrack
 *  MATCH            -                               success (fullmatch: only at the end)
 *  CHAR             c                               the code point c
 *  CHAR_I           c                               c, ignoring case
 *  NOT_CHAR(_I)     c                               any code point but c
 *  ANY              -                               any but '\n'
 *  ANY_ALL          -                               any code point
 *  SET              size flags nranges lo hi.. cat.. a class; 'size' counts the words after
 *                                                   it; flags: 1 negated, 2 ignore case
 *  AT               kind                            an anchor (SRE_AT_*)
 *  SAVE             i                               mark i := position (group i/2)
 *  JMP              addr                            go to addr
 *  BRANCH           addr                            go on; on failure try addr
 *  REPEAT_INIT      r                               counter r := 0
 *  REPEAT           r min max lazy exit             loop head of a general repeat
 *  REPEAT_NEXT      r loop                          count one iteration, go to loop
 *  REPEAT1          min max mode skip <op>          repeat a one-character op (skip words)
 *  ATOMIC / ATOMIC_END                              (?>...): drop the body's choices
 *  LOOK             neg width end                   look-around; width > 0 looks behind
 *  LOOK_END         -                               end of a look-around body
 *  GROUPREF(_I)     g                               the text group g matched
 *  GROUPREF_EXISTS  g else                          (?(g)...): go to else if g unset
 *  INFO             prefix anchored                 first op: a literal first char or -1 */
enum {
    SRE_OP_FAIL,
    SRE_OP_MATCH,
    SRE_OP_CHAR,
    SRE_OP_CHAR_I,
    SRE_OP_NOT_CHAR,
    SRE_OP_NOT_CHAR_I,
    SRE_OP_ANY,
    SRE_OP_ANY_ALL,
    SRE_OP_SET,
    SRE_OP_AT,
    SRE_OP_SAVE,
    SRE_OP_JMP,
    SRE_OP_BRANCH,
    SRE_OP_REPEAT_INIT,
    SRE_OP_REPEAT,
    SRE_OP_REPEAT_NEXT,
    SRE_OP_REPEAT1,
    SRE_OP_ATOMIC,
    SRE_OP_ATOMIC_END,
    SRE_OP_LOOK,
    SRE_OP_LOOK_END,
    SRE_OP_GROUPREF,
    SRE_OP_GROUPREF_I,
    SRE_OP_GROUPREF_EXISTS,
    SRE_OP_INFO,
    SRE_OP_COUNT
};

/* AT kinds. */
enum {
    SRE_AT_BEGINNING,      /* \A, ^ */
    SRE_AT_BEGINNING_LINE, /* ^ with MULTILINE */
    SRE_AT_END,            /* $: the end, or before a final '\n' */
    SRE_AT_END_LINE,       /* $ with MULTILINE */
    SRE_AT_END_STRING,     /* \Z */
    SRE_AT_BOUNDARY,       /* \b (Unicode word characters) */
    SRE_AT_NON_BOUNDARY,   /* \B */
    SRE_AT_BOUNDARY_A,     /* \b with ASCII or for bytes */
    SRE_AT_NON_BOUNDARY_A
};

/* SET categories; add SRE_CAT_ASCII for the ASCII definitions. */
enum {
    SRE_CAT_DIGIT,
    SRE_CAT_NOT_DIGIT,
    SRE_CAT_SPACE,
    SRE_CAT_NOT_SPACE,
    SRE_CAT_WORD,
    SRE_CAT_NOT_WORD,
    SRE_CAT_ASCII = 8
};

#define SRE_SET_NEGATE 1u
#define SRE_SET_IGNORE 2u
#define SRE_MAXREPEAT 0xFFFFFFFFu
/* REPEAT1 modes. */
enum { SRE_GREEDY, SRE_LAZY, SRE_POSSESSIVE };
/* Match modes. */
enum { SRE_MODE_MATCH, SRE_MODE_FULLMATCH, SRE_MODE_SEARCH };

/* ==== running a program ==== */

/* One program run over one subject. 'data' holds 'end' code points 'kind' bytes wide (bytes
 * subjects are kind 1). 'marks' has 2 * (ngroups + 1) slots and 'regs' 2 * nrepeats; the
 * caller owns all three buffers. On a match marks[0]/[1] are the span, marks[2g]/[2g+1]
 * group g's (-1 when unset) and 'lastindex' the last group closed (0: none). */
typedef struct SreRun {
    const uint32_t *code;
    Hs_ssize_t codelen;
    int kind;
    const void *data;
    Hs_ssize_t end;
    int unicode_case; /* 1: Unicode case folding; 0: ASCII only */
    int nmarks, nregs;
    Hs_ssize_t *marks, *regs;
    int lastindex;
    int must_advance; /* 1: no empty match at the start position (after an empty match) */
} SreRun;

/* Try 'run' from 'pos' in 'mode' (SRE_MODE_*). Returns 1 on a match, 0 if none, -1 with
 * MemoryError set if the backtracking stack could not grow. */
int hs_sre_run(SreRun *run, Hs_ssize_t pos, int mode);

/* Check that 'code' is well formed: every operand count and jump target stays inside it.
 * Returns 0, or -1 with RuntimeError set ("invalid SRE code"). */
int hs_sre_validate(const uint32_t *code, Hs_ssize_t len, int ngroups, int nregs);

#endif /* HS_INTERNAL_HS_MODULES_SRE_H */
