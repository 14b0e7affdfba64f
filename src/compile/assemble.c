/* The assembler (CPython 3.11: normalize_jumps, assemble_jump_offsets, write_instr,
 * write_location_info_entry and assemble_exception_table in Python/compile.c): virtual
 * jumps become forward or backward opcodes by block layout, jump arguments become code-unit
 * distances (relative to the unit after the jump's inline caches; EXTENDED_ARG prefixes are
 * added and offsets recomputed until stable), instructions become 16-bit code units with
 * their CACHE units, and the location table (PEP 657 format of 3.11) and exception table
 * (start/size/target/depth-lasti varints) are written byte for byte as CPython writes them.
 * Invariant: runs after the CFG passes; no instruction is added or removed here. */
#include "internal/hs_compile_codegen.h"
#include "internal/hs_compile_opcode.h"
#include "internal/hs_mem.h"

#include <string.h>

/* ==== jumps ==== */

static int backward_of(int op) {
    switch (op) {
    case HS_PSEUDO_JUMP:
        return HS_OP_JUMP_BACKWARD;
    case HS_PSEUDO_JUMP_NO_INTERRUPT:
        return HS_OP_JUMP_BACKWARD_NO_INTERRUPT;
    case HS_PSEUDO_POP_JUMP_IF_NOT_NONE:
        return HS_OP_POP_JUMP_BACKWARD_IF_NOT_NONE;
    case HS_PSEUDO_POP_JUMP_IF_NONE:
        return HS_OP_POP_JUMP_BACKWARD_IF_NONE;
    case HS_PSEUDO_POP_JUMP_IF_FALSE:
        return HS_OP_POP_JUMP_BACKWARD_IF_FALSE;
    case HS_PSEUDO_POP_JUMP_IF_TRUE:
        return HS_OP_POP_JUMP_BACKWARD_IF_TRUE;
    default:
        return op;
    }
}

static int forward_of(int op) {
    switch (op) {
    case HS_PSEUDO_JUMP:
    case HS_PSEUDO_JUMP_NO_INTERRUPT:
        return HS_OP_JUMP_FORWARD;
    case HS_PSEUDO_POP_JUMP_IF_NOT_NONE:
        return HS_OP_POP_JUMP_FORWARD_IF_NOT_NONE;
    case HS_PSEUDO_POP_JUMP_IF_NONE:
        return HS_OP_POP_JUMP_FORWARD_IF_NONE;
    case HS_PSEUDO_POP_JUMP_IF_FALSE:
        return HS_OP_POP_JUMP_FORWARD_IF_FALSE;
    case HS_PSEUDO_POP_JUMP_IF_TRUE:
        return HS_OP_POP_JUMP_FORWARD_IF_TRUE;
    default:
        return op;
    }
}

static int is_backward_op(int op) {
    return op == HS_OP_JUMP_BACKWARD || op == HS_OP_JUMP_BACKWARD_NO_INTERRUPT ||
           op == HS_OP_POP_JUMP_BACKWARD_IF_FALSE || op == HS_OP_POP_JUMP_BACKWARD_IF_TRUE ||
           op == HS_OP_POP_JUMP_BACKWARD_IF_NONE || op == HS_OP_POP_JUMP_BACKWARD_IF_NOT_NONE;
}

void hs_cg_normalize_jumps(HsBlock *entry) {
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        b->visited = 0;
    }
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        b->visited = 1;
        if (b->iused == 0) {
            continue;
        }
        HsInstr *last = &b->instr[b->iused - 1];
        if (hs_cg_is_jump(last)) {
            int fwd = last->target->visited == 0;
            last->op = fwd ? forward_of(last->op) : backward_of(last->op);
        }
    }
}

int hs_cg_instr_size(const HsInstr *in) {
    int arg = in->op >= HS_OP_HAVE_ARGUMENT ? in->arg : 0;
    int ext = (0xFFFFFF < arg) + (0xFFFF < arg) + (0xFF < arg);
    return ext + 1 + hs_op_cache_entries[in->op];
}

static int blocksize(const HsBlock *b) {
    int size = 0;
    for (int i = 0; i < b->iused; i++) {
        size += hs_cg_instr_size(&b->instr[i]);
    }
    return size;
}

void hs_cg_jump_offsets(HsBlock *entry) {
    int again;
    do {
        int totsize = 0;
        for (HsBlock *b = entry; b != NULL; b = b->next) {
            b->offset = totsize;
            totsize += blocksize(b);
        }
        again = 0;
        for (HsBlock *b = entry; b != NULL; b = b->next) {
            int bsize = b->offset;
            for (int i = 0; i < b->iused; i++) {
                HsInstr *in = &b->instr[i];
                int isize = hs_cg_instr_size(in);
                bsize += isize;
                if (hs_cg_is_jump(in)) {
                    int t = in->target->offset;
                    in->arg = is_backward_op(in->op) ? bsize - t : t - bsize;
                    if (hs_cg_instr_size(in) != isize) {
                        again = 1;
                    }
                }
            }
        }
    } while (again);
}

int hs_cg_emit_code(HsBlock *entry, hs_codeunit **code, Hs_ssize_t *n) {
    Hs_ssize_t total = 0;
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        total += blocksize(b);
    }
    hs_codeunit *out = hs_mem_raw_malloc(sizeof(hs_codeunit) * (size_t)(total + 1));
    if (out == NULL) {
        return -1;
    }
    hs_codeunit *p = out;
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        for (int i = 0; i < b->iused; i++) {
            const HsInstr *in = &b->instr[i];
            int op = in->op, arg = op >= HS_OP_HAVE_ARGUMENT ? in->arg : 0;
            int caches = hs_op_cache_entries[op];
            int len = hs_cg_instr_size(in) - caches;
            for (int k = len - 1; k >= 1; k--) {
                *p++ = HS_CU_MAKE(HS_OP_EXTENDED_ARG, (arg >> (8 * k)) & 0xff);
            }
            *p++ = HS_CU_MAKE(op, arg & 0xff);
            while (caches--) {
                *p++ = HS_CU_MAKE(HS_OP_CACHE, 0);
            }
        }
    }
    *code = out;
    *n = total;
    return 0;
}

/* ==== byte buffers ==== */

typedef struct Buf {
    uint8_t *p;
    Hs_ssize_t n, cap;
    int failed;
} Buf;

static void put(Buf *b, int byte) {
    if (b->n == b->cap) {
        Hs_ssize_t ncap = b->cap ? b->cap * 2 : 64;
        uint8_t *np = hs_mem_raw_realloc(b->p, (size_t)ncap);
        if (np == NULL) {
            b->failed = 1;
            return;
        }
        b->p = np;
        b->cap = ncap;
    }
    b->p[b->n++] = (uint8_t)byte;
}

static int finish(Buf *b, uint8_t **out, Hs_ssize_t *len) {
    if (b->failed) {
        hs_mem_raw_free(b->p);
        return -1;
    }
    if (b->p == NULL) {
        b->p = hs_mem_raw_malloc(1);
        if (b->p == NULL) {
            return -1;
        }
    }
    *out = b->p;
    *len = b->n;
    return 0;
}

/* ==== location table ==== */

enum { LOC_SHORT0 = 0, LOC_ONE_LINE0 = 10, LOC_NO_COLUMNS = 13, LOC_LONG = 14, LOC_NONE = 15 };

static void put_varint(Buf *b, unsigned int val) {
    while (val >= 64) {
        put(b, 64 | (val & 63));
        val >>= 6;
    }
    put(b, (int)val);
}

static void put_svarint(Buf *b, int val) {
    put_varint(b, val < 0 ? ((unsigned int)(-val) << 1) | 1 : (unsigned int)val << 1);
}

static void first_byte(Buf *b, int code, int length) {
    put(b, 128 | (code << 3) | (length - 1));
}

static void location_entry(Buf *b, const HsInstr *in, int isize, int *a_lineno) {
    if (in->lineno < 0) {
        first_byte(b, LOC_NONE, isize);
        return;
    }
    int line_delta = in->lineno - *a_lineno;
    int column = in->col, end_column = in->end_col;
    if (column < 0 || end_column < 0) {
        if (in->end_lineno == in->lineno || in->end_lineno == -1) {
            first_byte(b, LOC_NO_COLUMNS, isize);
            put_svarint(b, line_delta);
            *a_lineno = in->lineno;
            return;
        }
    } else if (in->end_lineno == in->lineno) {
        if (line_delta == 0 && column < 80 && end_column - column < 16 && end_column >= column) {
            first_byte(b, LOC_SHORT0 + (column >> 3), isize);
            put(b, ((column & 7) << 4) | (end_column - column));
            return;
        }
        if (line_delta >= 0 && line_delta < 3 && column < 128 && end_column < 128) {
            first_byte(b, LOC_ONE_LINE0 + line_delta, isize);
            put(b, column);
            put(b, end_column);
            *a_lineno = in->lineno;
            return;
        }
    }
    first_byte(b, LOC_LONG, isize);
    put_svarint(b, line_delta);
    put_varint(b, (unsigned int)(in->end_lineno - in->lineno));
    put_varint(b, (unsigned int)(in->col + 1));
    put_varint(b, (unsigned int)(in->end_col + 1));
    *a_lineno = in->lineno;
}

int hs_cg_write_linetable(HsBlock *entry, int firstlineno, uint8_t **out, Hs_ssize_t *len) {
    Buf b = {0};
    int a_lineno = firstlineno;
    for (HsBlock *bb = entry; bb != NULL; bb = bb->next) {
        for (int i = 0; i < bb->iused; i++) {
            int isize = hs_cg_instr_size(&bb->instr[i]);
            while (isize > 8) {
                location_entry(&b, &bb->instr[i], 8, &a_lineno);
                isize -= 8;
            }
            location_entry(&b, &bb->instr[i], isize, &a_lineno);
        }
    }
    return finish(&b, out, len);
}

/* ==== exception table ==== */

static void except_item(Buf *b, int value, int msb) {
    if (value >= 1 << 24) {
        put(b, (value >> 24) | 64 | msb);
        msb = 0;
    }
    if (value >= 1 << 18) {
        put(b, ((value >> 18) & 0x3f) | 64 | msb);
        msb = 0;
    }
    if (value >= 1 << 12) {
        put(b, ((value >> 12) & 0x3f) | 64 | msb);
        msb = 0;
    }
    if (value >= 1 << 6) {
        put(b, ((value >> 6) & 0x3f) | 64 | msb);
        msb = 0;
    }
    put(b, (value & 0x3f) | msb);
}

static void except_entry(Buf *b, int start, int end, const HsBlock *handler) {
    int depth = handler->startdepth - 1;
    if (handler->preserve_lasti) {
        depth -= 1;
    }
    except_item(b, start, 1 << 7);
    except_item(b, end - start, 0);
    except_item(b, handler->offset, 0);
    except_item(b, (depth << 1) | (handler->preserve_lasti ? 1 : 0), 0);
}

int hs_cg_write_exctable(HsBlock *entry, uint8_t **out, Hs_ssize_t *len) {
    Buf b = {0};
    HsBlock *handler = NULL;
    int start = -1, ioffset = 0;
    for (HsBlock *bb = entry; bb != NULL; bb = bb->next) {
        ioffset = bb->offset;
        for (int i = 0; i < bb->iused; i++) {
            const HsInstr *in = &bb->instr[i];
            if (in->except != handler) {
                if (handler != NULL) {
                    except_entry(&b, start, ioffset, handler);
                }
                start = ioffset;
                handler = in->except;
            }
            ioffset += hs_cg_instr_size(in);
        }
    }
    if (handler != NULL) {
        except_entry(&b, start, ioffset, handler);
    }
    return finish(&b, out, len);
}
