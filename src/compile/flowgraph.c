/* The control-flow-graph passes of the code generator (CPython 3.11: the second half of
 * Python/compile.c): stack effects, the peephole pass over each basic block
 * (optimize_basic_block: LOAD_CONST + conditional jump folding, jump threading, constant
 * tuple folding, SWAP elimination with swaptimize/apply_static_swaps, PUSH_NULL merged into
 * LOAD_GLOBAL), NOP removal with CPython's line-number rules, unreachable block removal,
 * short exit blocks copied over jumps (extend_block), exit blocks without line number
 * duplicated, line numbers propagated, the stack depth computed and the SETUP_* / POP_BLOCK
 * pseudo-instructions turned into each instruction's handler (label_exception_targets).
 * Invariants: jumps and SETUP_* end a block or sit anywhere (SETUP_*); a jump is always its
 * block's last instruction; blocks are walked in layout order through 'next'. */
#include "internal/hs_compile_codegen.h"
#include "internal/hs_compile_opcode.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_complex.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_set.h"
#include <math.h>

#include <limits.h>
#include <stdbool.h>
#include <string.h>

#define MAX_COPY_SIZE 4

/* ==== instructions and blocks ==== */

int hs_cg_block_addinstr(HsBlock *b, const HsInstr *in) {
    if (b->iused == b->ialloc) {
        int ncap = b->ialloc ? b->ialloc * 2 : 16;
        HsInstr *ni = hs_mem_raw_realloc(b->instr, sizeof(HsInstr) * (size_t)ncap);
        if (ni == NULL) {
            return -1;
        }
        b->instr = ni;
        b->ialloc = ncap;
    }
    b->instr[b->iused++] = *in;
    return 0;
}

int hs_cg_insert_instr(HsBlock *b, int pos, const HsInstr *in) {
    if (hs_cg_block_addinstr(b, in) < 0) {
        return -1;
    }
    memmove(&b->instr[pos + 1], &b->instr[pos], sizeof(HsInstr) * (size_t)(b->iused - 1 - pos));
    b->instr[pos] = *in;
    return 0;
}

int hs_cg_is_jump(const HsInstr *in) {
    switch (in->op) {
    case HS_PSEUDO_JUMP:
    case HS_PSEUDO_JUMP_NO_INTERRUPT:
    case HS_PSEUDO_POP_JUMP_IF_FALSE:
    case HS_PSEUDO_POP_JUMP_IF_TRUE:
    case HS_PSEUDO_POP_JUMP_IF_NONE:
    case HS_PSEUDO_POP_JUMP_IF_NOT_NONE:
    case HS_OP_JUMP_FORWARD:
    case HS_OP_JUMP_BACKWARD:
    case HS_OP_JUMP_BACKWARD_NO_INTERRUPT:
    case HS_OP_JUMP_IF_FALSE_OR_POP:
    case HS_OP_JUMP_IF_TRUE_OR_POP:
    case HS_OP_POP_JUMP_FORWARD_IF_FALSE:
    case HS_OP_POP_JUMP_FORWARD_IF_TRUE:
    case HS_OP_POP_JUMP_FORWARD_IF_NONE:
    case HS_OP_POP_JUMP_FORWARD_IF_NOT_NONE:
    case HS_OP_POP_JUMP_BACKWARD_IF_FALSE:
    case HS_OP_POP_JUMP_BACKWARD_IF_TRUE:
    case HS_OP_POP_JUMP_BACKWARD_IF_NONE:
    case HS_OP_POP_JUMP_BACKWARD_IF_NOT_NONE:
    case HS_OP_FOR_ITER:
    case HS_OP_SEND:
        return 1;
    default:
        return 0;
    }
}

int hs_cg_is_block_push(const HsInstr *in) {
    return in->op == HS_PSEUDO_SETUP_FINALLY || in->op == HS_PSEUDO_SETUP_CLEANUP ||
           in->op == HS_PSEUDO_SETUP_WITH;
}

static int is_exit_op(int op) {
    return op == HS_OP_RETURN_VALUE || op == HS_OP_RAISE_VARARGS || op == HS_OP_RERAISE;
}

static int is_uncond_jump_op(int op) {
    return op == HS_PSEUDO_JUMP || op == HS_PSEUDO_JUMP_NO_INTERRUPT ||
           op == HS_OP_JUMP_FORWARD || op == HS_OP_JUMP_BACKWARD ||
           op == HS_OP_JUMP_BACKWARD_NO_INTERRUPT;
}

static int block_exits(const HsBlock *b) {
    return b->iused > 0 && is_exit_op(b->instr[b->iused - 1].op);
}

int hs_cg_nofallthrough(const HsBlock *b) {
    if (b->iused == 0) {
        return 0;
    }
    int op = b->instr[b->iused - 1].op;
    return is_exit_op(op) || is_uncond_jump_op(op);
}

/* Jumps and SETUP_* pseudo-instructions name a block in 'target'. */
static bool has_target(const HsInstr *in) {
    return hs_cg_is_jump(in) || hs_cg_is_block_push(in);
}

/* The first block from 'b' on along 'next' holding instructions. With 'keep_tail' the walk
 * stops on the chain's last block even when it is empty (NULL never comes back); without it
 * the caller knows a non-empty block follows (a jump target always has one). */
static HsBlock *first_nonempty(HsBlock *b, bool keep_tail) {
    while (b->iused == 0 && (b->next != NULL || !keep_tail)) {
        b = b->next;
    }
    return b;
}

static void copy_loc(const HsInstr *from, HsInstr *to) {
    to->lineno = from->lineno;
    to->end_lineno = from->end_lineno;
    to->col = from->col;
    to->end_col = from->end_col;
}

/* ==== stack effects (CPython 3.11 stack_effect) ==== */

static int stack_effect_calls(int op, int arg, int jump, int *out) {
    switch (op) {
    case HS_OP_PRECALL:
        *out = -arg;
        return 1;
    case HS_OP_CALL:
        *out = -1;
        return 1;
    case HS_OP_CALL_FUNCTION_EX:
        *out = -2 - ((arg & 1) != 0);
        return 1;
    case HS_OP_MAKE_FUNCTION:
        *out = -((arg & 1) != 0) - ((arg & 2) != 0) - ((arg & 4) != 0) - ((arg & 8) != 0);
        return 1;
    case HS_OP_BUILD_SLICE:
        *out = arg == 3 ? -2 : -1;
        return 1;
    case HS_OP_FORMAT_VALUE:
        *out = (arg & 0x04) == 0x04 ? -1 : 0;
        return 1;
    case HS_OP_FOR_ITER:
        *out = jump > 0 ? -1 : 1;
        return 1;
    case HS_OP_SEND:
        *out = jump > 0 ? -1 : 0;
        return 1;
    case HS_PSEUDO_SETUP_FINALLY:
    case HS_PSEUDO_SETUP_WITH:
        *out = jump ? 1 : 0;
        return 1;
    case HS_PSEUDO_SETUP_CLEANUP:
        *out = jump ? 2 : 0;
        return 1;
    case HS_OP_JUMP_IF_TRUE_OR_POP:
    case HS_OP_JUMP_IF_FALSE_OR_POP:
        *out = jump ? 0 : -1;
        return 1;
    case HS_OP_UNPACK_SEQUENCE:
        *out = arg - 1;
        return 1;
    case HS_OP_UNPACK_EX:
        *out = (arg & 0xff) + (arg >> 8);
        return 1;
    case HS_OP_BUILD_TUPLE:
    case HS_OP_BUILD_LIST:
    case HS_OP_BUILD_SET:
    case HS_OP_BUILD_STRING:
        *out = 1 - arg;
        return 1;
    case HS_OP_BUILD_MAP:
        *out = 1 - 2 * arg;
        return 1;
    case HS_OP_BUILD_CONST_KEY_MAP:
    case HS_OP_RAISE_VARARGS:
        *out = -arg;
        return 1;
    case HS_OP_LOAD_GLOBAL:
        *out = (arg & 1) + 1;
        return 1;
    default:
        return 0;
    }
}

int hs_cg_stack_effect(int op, int arg, int jump) {
    int r;
    if (stack_effect_calls(op, arg, jump, &r)) {
        return r;
    }
    switch (op) {
    case HS_OP_POP_TOP:
    case HS_OP_SET_ADD:
    case HS_OP_LIST_APPEND:
    case HS_OP_BINARY_SUBSCR:
    case HS_OP_PRINT_EXPR:
    case HS_OP_RETURN_VALUE:
    case HS_OP_IMPORT_STAR:
    case HS_OP_POP_EXCEPT:
    case HS_OP_STORE_NAME:
    case HS_OP_DELETE_ATTR:
    case HS_OP_STORE_GLOBAL:
    case HS_OP_COMPARE_OP:
    case HS_OP_IS_OP:
    case HS_OP_CONTAINS_OP:
    case HS_OP_IMPORT_NAME:
    case HS_OP_PREP_RERAISE_STAR:
    case HS_OP_RERAISE:
    case HS_OP_STORE_FAST:
    case HS_OP_STORE_DEREF:
    case HS_OP_LIST_EXTEND:
    case HS_OP_SET_UPDATE:
    case HS_OP_DICT_MERGE:
    case HS_OP_DICT_UPDATE:
    case HS_OP_BINARY_OP:
    case HS_PSEUDO_POP_JUMP_IF_FALSE:
    case HS_PSEUDO_POP_JUMP_IF_TRUE:
    case HS_PSEUDO_POP_JUMP_IF_NONE:
    case HS_PSEUDO_POP_JUMP_IF_NOT_NONE:
    case HS_OP_POP_JUMP_FORWARD_IF_FALSE:
    case HS_OP_POP_JUMP_FORWARD_IF_TRUE:
    case HS_OP_POP_JUMP_FORWARD_IF_NONE:
    case HS_OP_POP_JUMP_FORWARD_IF_NOT_NONE:
    case HS_OP_POP_JUMP_BACKWARD_IF_FALSE:
    case HS_OP_POP_JUMP_BACKWARD_IF_TRUE:
    case HS_OP_POP_JUMP_BACKWARD_IF_NONE:
    case HS_OP_POP_JUMP_BACKWARD_IF_NOT_NONE:
        return -1;
    case HS_OP_MAP_ADD:
    case HS_OP_DELETE_SUBSCR:
    case HS_OP_STORE_ATTR:
    case HS_OP_END_ASYNC_FOR:
        return -2;
    case HS_OP_STORE_SUBSCR:
        return -3;
    case HS_OP_LOAD_BUILD_CLASS:
    case HS_OP_LOAD_CONST:
    case HS_OP_LOAD_NAME:
    case HS_OP_IMPORT_FROM:
    case HS_OP_PUSH_EXC_INFO:
    case HS_OP_WITH_EXCEPT_START:
    case HS_OP_LOAD_FAST:
    case HS_OP_LOAD_CLOSURE:
    case HS_OP_LOAD_DEREF:
    case HS_OP_LOAD_CLASSDEREF:
    case HS_OP_BEFORE_ASYNC_WITH:
    case HS_OP_BEFORE_WITH:
    case HS_OP_GET_ANEXT:
    case HS_OP_LOAD_METHOD:
    case HS_OP_LOAD_ASSERTION_ERROR:
    case HS_OP_COPY:
    case HS_OP_PUSH_NULL:
    case HS_OP_GET_LEN:
    case HS_OP_MATCH_MAPPING:
    case HS_OP_MATCH_SEQUENCE:
    case HS_OP_MATCH_KEYS:
        return 1;
    case HS_OP_MATCH_CLASS:
        return -2;
    default:
        return 0;
    }
}

/* ==== peephole (CPython optimize_basic_block) ==== */

/* bool(k) for a constant: 1, 0, or -1 with an exception. */
int hs_cg_const_truth(HsObject *k) {
    if (k == Hs_None || k == Hs_False) {
        return 0;
    }
    if (k == Hs_True || k == Hs_Ellipsis) {
        return 1;
    }
    if (HsLong_CheckExact(k) || HsTuple_CheckExact(k)) {
        return Hs_SIZE(k) != 0;
    }
    if (HsUnicode_CheckExact(k)) {
        return HS_STR_LEN(k) != 0;
    }
    if (HsFloat_CheckExact(k)) {
        return HsFloat_AsDouble(k) != 0.0;
    }
    if (HsBytes_CheckExact(k)) {
        return Hs_SIZE(k) != 0;
    }
    return HsObject_IsTrue(k);
}

static int jump_thread(HsInstr *inst, const HsInstr *target, int op) {
    if (inst->lineno == target->lineno && inst->target != target->target) {
        inst->target = target->target;
        inst->op = op;
        return 1;
    }
    return 0;
}

int hs_cg_const_key_eq(HsObject *a, HsObject *b) {
    if (a == b) {
        return 1;
    }
    if (Hs_TYPE(a) != Hs_TYPE(b)) {
        return 0;
    }
    if (HsUnicode_CheckExact(a)) {
        return hs_str_eq(a, b);
    }
    if (HsLong_CheckExact(a)) {
        return hs_int_compare(a, b) == 0;
    }
    if (HsFloat_CheckExact(a)) { /* CPython's const key: equal values, same sign of zero */
        double x = HsFloat_AsDouble(a), y = HsFloat_AsDouble(b);
        return x == y && signbit(x) == signbit(y);
    }
    if (HsComplex_CheckExact(a)) {
        HsComplex x = ((HsComplexObject *)a)->cval, y = ((HsComplexObject *)b)->cval;
        return x.real == y.real && x.imag == y.imag && signbit(x.real) == signbit(y.real) &&
               signbit(x.imag) == signbit(y.imag);
    }
    if (HsBytes_CheckExact(a)) {
        return Hs_SIZE(a) == Hs_SIZE(b) &&
               memcmp(HsBytes_AS_STRING(a), HsBytes_AS_STRING(b), (size_t)Hs_SIZE(a)) == 0;
    }
    if (HsFrozenSet_CheckExact(a)) { /* same size, every item key-equal to one of b's */
        if (HsSet_Size(a) != HsSet_Size(b)) {
            return 0;
        }
        Hs_ssize_t pa = 0, ha;
        HsObject *ka;
        while (hs_set_next_entry(a, &pa, &ka, &ha)) {
            Hs_ssize_t pb = 0, hb;
            HsObject *kb;
            int found = 0;
            while (!found && hs_set_next_entry(b, &pb, &kb, &hb)) {
                found = hs_cg_const_key_eq(ka, kb);
            }
            if (!found) {
                return 0;
            }
        }
        return 1;
    }
    if (HsTuple_CheckExact(a)) {
        Hs_ssize_t n = Hs_SIZE(a);
        if (n != Hs_SIZE(b)) {
            return 0;
        }
        for (Hs_ssize_t i = 0; i < n; i++) {
            if (!hs_cg_const_key_eq(HS_TUPLE_GET(a, i), HS_TUPLE_GET(b, i))) {
                return 0;
            }
        }
        return 1;
    }
    return 0;
}

static int fold_tuple_on_constants(HsInstr *inst, int n, HsObjVec *consts) {
    for (int i = 0; i < n; i++) {
        if (inst[i].op != HS_OP_LOAD_CONST) {
            return 0;
        }
    }
    HsObject *t = HsTuple_New(n);
    if (t == NULL) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        HsObject *k = consts->items[inst[i].arg];
        Hs_INCREF(k);
        HS_TUPLE_SET(t, i, k);
    }
    int index;
    for (index = 0; index < consts->n; index++) {
        if (hs_cg_const_key_eq(consts->items[index], t)) {
            break;
        }
    }
    if (index == consts->n) {
        if (consts->n == consts->cap) {
            int ncap = consts->cap ? consts->cap * 2 : 8;
            HsObject **ni = hs_mem_raw_realloc(consts->items, sizeof(HsObject *) * (size_t)ncap);
            if (ni == NULL) {
                Hs_DECREF(t);
                return -1;
            }
            consts->items = ni;
            consts->cap = ncap;
        }
        consts->items[consts->n++] = t;
    } else {
        Hs_DECREF(t);
    }
    for (int i = 0; i < n; i++) {
        inst[i].op = HS_OP_NOP;
    }
    inst[n].op = HS_OP_LOAD_CONST;
    inst[n].arg = index;
    return 0;
}

/* ==== SWAP runs (CPython swaptimize / apply_static_swaps) ====
 * A run of SWAPs (NOPs may sit in between) only permutes the top of the stack, so it can be
 * replaced by the shortest SWAP sequence giving the same permutation: one SWAP per element of
 * each cycle that is not slot 0, plus one to close the cycle. Written back-to-front into the
 * run's own slots (the minimal sequence never needs more), the unused slots become NOPs. */

/* Length of the SWAP/NOP run starting at the SWAP 'first' (at most 'avail' instructions), the
 * deepest slot it touches in '*deepest', and whether it holds a second SWAP. */
static bool measure_swap_run(const HsInstr *first, int avail, int *run_len, int *deepest) {
    bool several = false;
    int n = 1;
    *deepest = first->arg;
    for (; n < avail; n++) {
        const HsInstr *cur = &first[n];
        if (cur->op == HS_OP_NOP) {
            continue;
        }
        if (cur->op != HS_OP_SWAP) {
            break;
        }
        several = true;
        if (cur->arg > *deepest) {
            *deepest = cur->arg;
        }
    }
    *run_len = n;
    return several;
}

/* Writes SWAP(slot + 1) at '*out' and moves it one instruction back; slot 0 needs no SWAP. */
static void put_swap(HsInstr **out, int slot) {
    if (slot != 0) {
        (*out)->op = HS_OP_SWAP;
        (*out)->arg = slot + 1;
        (*out)--;
    }
}

/* 'b->instr[*ix]' is a SWAP: rewrites its run in place and leaves '*ix' on the run's last
 * instruction. -1 only when the scratch permutation cannot be allocated. */
static int swaptimize(HsBlock *b, int *ix) {
    HsInstr *run = &b->instr[*ix];
    int run_len, depth;
    if (!measure_swap_run(run, b->iused - *ix, &run_len, &depth)) {
        return 0; // a lone SWAP is already minimal
    }
    // where_from[slot] = the slot whose item ends up at 'slot' once the run has executed
    int *where_from = hs_mem_raw_malloc(sizeof(int) * (size_t)depth);
    if (where_from == NULL) {
        return -1;
    }
    for (int slot = 0; slot < depth; slot++) {
        where_from[slot] = slot;
    }
    for (const HsInstr *cur = run; cur < run + run_len; cur++) {
        if (cur->op == HS_OP_SWAP) {
            int saved = where_from[cur->arg - 1];
            where_from[cur->arg - 1] = where_from[0];
            where_from[0] = saved;
        }
    }
    HsInstr *out = run + run_len - 1;
    for (int start = 0; start < depth; start++) {
        // a finished cycle is reset to the identity, so 'start' is skipped on both counts
        if (where_from[start] == start) {
            continue;
        }
        int slot = start;
        do {
            put_swap(&out, slot);
            int following = where_from[slot];
            where_from[slot] = slot;
            slot = following;
        } while (slot != start);
        put_swap(&out, start); // closing the cycle goes back through its first slot
    }
    for (HsInstr *spare = run; spare <= out; spare++) {
        spare->op = HS_OP_NOP;
    }
    hs_mem_raw_free(where_from);
    *ix += run_len - 1;
    return 0;
}

/* Instructions a SWAP may be traded for: no jumps, no raising, no user code apart from
 * finalizers, and they consume exactly the top of the stack. */
static bool swappable_op(int op) {
    return op == HS_OP_STORE_FAST || op == HS_OP_POP_TOP;
}

/* Index of the first non-NOP after 'pos' if it is swappable, else -1. With 'same_line' >= 0
 * every instruction passed over must be on that line: reordering stores across a line event
 * would show the tracer a different set of bound names. */
static int swappable_after(const HsBlock *b, int pos, int same_line) {
    for (int k = pos + 1; k < b->iused; k++) {
        const HsInstr *cand = &b->instr[k];
        if (same_line >= 0 && cand->lineno != same_line) {
            break;
        }
        if (cand->op != HS_OP_NOP) {
            return swappable_op(cand->op) ? k : -1;
        }
    }
    return -1;
}

/* SWAP(n) followed by n swappable instructions: exchange the first and the n-th of them and
 * drop the SWAP. False when the instructions after it do not allow that. */
static bool trade_swap(HsBlock *b, int swap_pos) {
    HsInstr *swap = &b->instr[swap_pos];
    int first = swappable_after(b, swap_pos, -1);
    if (first < 0) {
        return false;
    }
    int line = b->instr[first].lineno, nth = first;
    for (int left = swap->arg - 1; left > 0; left--) {
        nth = swappable_after(b, nth, line);
        if (nth < 0) {
            return false;
        }
    }
    swap->op = HS_OP_NOP;
    HsInstr moved = b->instr[first];
    b->instr[first] = b->instr[nth];
    b->instr[nth] = moved;
    return true;
}

/* Walks back from 'pos' (the end of a SWAP run) turning SWAPs into instruction exchanges,
 * e.g. SWAP 2, POP_TOP, STORE_FAST x -> NOP, STORE_FAST x, POP_TOP. Stops at the first
 * instruction it cannot see through or the first SWAP it cannot trade. */
static void apply_static_swaps(HsBlock *b, int pos) {
    while (pos >= 0) {
        int op = b->instr[pos].op;
        if (op == HS_OP_SWAP) {
            if (!trade_swap(b, pos)) {
                return;
            }
        } else if (op != HS_OP_NOP && !swappable_op(op)) {
            return;
        }
        pos--;
    }
}

static int fold_const_jump(HsBlock *b, int i, HsObjVec *consts) {
    HsInstr *inst = &b->instr[i];
    int nextop = i + 1 < b->iused ? b->instr[i + 1].op : 0;
    HsObject *cnt = consts->items[inst->arg];
    if (nextop == HS_PSEUDO_POP_JUMP_IF_FALSE || nextop == HS_PSEUDO_POP_JUMP_IF_TRUE) {
        int is_true = hs_cg_const_truth(cnt);
        if (is_true < 0) {
            return -1;
        }
        inst->op = HS_OP_NOP;
        b->instr[i + 1].op =
            is_true == (nextop == HS_PSEUDO_POP_JUMP_IF_TRUE) ? HS_PSEUDO_JUMP : HS_OP_NOP;
    } else if (nextop == HS_OP_JUMP_IF_FALSE_OR_POP || nextop == HS_OP_JUMP_IF_TRUE_OR_POP) {
        int is_true = hs_cg_const_truth(cnt);
        if (is_true < 0) {
            return -1;
        }
        if (is_true == (nextop == HS_OP_JUMP_IF_TRUE_OR_POP)) {
            b->instr[i + 1].op = HS_PSEUDO_JUMP;
        } else {
            inst->op = HS_OP_NOP;
            b->instr[i + 1].op = HS_OP_NOP;
        }
    } else if (nextop == HS_OP_IS_OP) {
        // LOAD_CONST None; IS_OP; POP_JUMP_IF_x -> one POP_JUMP_IF_[NOT_]NONE
        HsInstr *jump = i + 2 < b->iused ? &b->instr[i + 2] : NULL;
        bool jumps_on_true = jump != NULL && jump->op == HS_PSEUDO_POP_JUMP_IF_TRUE;
        bool jumps_on_false = jump != NULL && jump->op == HS_PSEUDO_POP_JUMP_IF_FALSE;
        if (cnt != Hs_None || !(jumps_on_true || jumps_on_false)) {
            return 0;
        }
        bool is_not = b->instr[i + 1].arg != 0;
        jump->op = is_not == jumps_on_true ? HS_PSEUDO_POP_JUMP_IF_NOT_NONE
                                           : HS_PSEUDO_POP_JUMP_IF_NONE;
        b->instr[i + 1].op = HS_OP_NOP;
        inst->op = HS_OP_NOP;
    }
    return 0;
}

/* x:JUMP_IF_FALSE_OR_POP y  y:... (and the TRUE mirror) as CPython. */
static int thread_or_pop(HsInstr *inst, const HsInstr *target, int same_pop, int same_or_pop,
                         int other_pop, int other_or_pop) {
    int t = target->op;
    if (t == same_pop) {
        return jump_thread(inst, target, same_pop);
    }
    if (t == HS_PSEUDO_JUMP || t == same_or_pop) {
        return jump_thread(inst, target, same_or_pop);
    }
    if ((t == other_or_pop || t == other_pop) && inst->lineno == target->lineno) {
        inst->op = same_pop;
        inst->target = inst->target->next;
        return 1;
    }
    return 0;
}

static int optimize_instr(HsBlock *b, int *pi, HsObjVec *consts) {
    int i = *pi;
    HsInstr *inst = &b->instr[i];
    int oparg = inst->arg, nextop = i + 1 < b->iused ? b->instr[i + 1].op : 0;
    static const HsInstr no_target = {.op = HS_OP_NOP};
    const HsInstr *target = &no_target; // first instruction the jump lands on
    if (has_target(inst)) {
        inst->target = first_nonempty(inst->target, false);
        target = &inst->target->instr[0];
    }
    switch (inst->op) {
    case HS_OP_LOAD_CONST:
        return fold_const_jump(b, i, consts);
    case HS_OP_BUILD_TUPLE:
        if (nextop == HS_OP_UNPACK_SEQUENCE && oparg == b->instr[i + 1].arg &&
            oparg >= 1 && oparg <= 3) {
            inst->op = HS_OP_NOP;
            b->instr[i + 1].op = oparg == 1 ? HS_OP_NOP : HS_OP_SWAP;
            return 0;
        }
        if (i >= oparg) {
            return fold_tuple_on_constants(inst - oparg, oparg, consts);
        }
        return 0;
    case HS_OP_JUMP_IF_FALSE_OR_POP:
        *pi -= thread_or_pop(inst, target, HS_PSEUDO_POP_JUMP_IF_FALSE,
                             HS_OP_JUMP_IF_FALSE_OR_POP, HS_PSEUDO_POP_JUMP_IF_TRUE,
                             HS_OP_JUMP_IF_TRUE_OR_POP);
        return 0;
    case HS_OP_JUMP_IF_TRUE_OR_POP:
        *pi -= thread_or_pop(inst, target, HS_PSEUDO_POP_JUMP_IF_TRUE, HS_OP_JUMP_IF_TRUE_OR_POP,
                             HS_PSEUDO_POP_JUMP_IF_FALSE, HS_OP_JUMP_IF_FALSE_OR_POP);
        return 0;
    case HS_PSEUDO_POP_JUMP_IF_NOT_NONE:
    case HS_PSEUDO_POP_JUMP_IF_NONE:
    case HS_PSEUDO_POP_JUMP_IF_FALSE:
    case HS_PSEUDO_POP_JUMP_IF_TRUE:
    case HS_PSEUDO_JUMP:
        if (target->op == HS_PSEUDO_JUMP) {
            *pi -= jump_thread(inst, target, inst->op);
        }
        return 0;
    case HS_OP_SWAP:
        if (oparg == 1) {
            inst->op = HS_OP_NOP;
            return 0;
        }
        if (swaptimize(b, pi) < 0) {
            return -1;
        }
        apply_static_swaps(b, *pi);
        return 0;
    case HS_OP_PUSH_NULL:
        if (nextop == HS_OP_LOAD_GLOBAL && (b->instr[i + 1].arg & 1) == 0) {
            inst->op = HS_OP_NOP;
            inst->arg = 0;
            b->instr[i + 1].arg |= 1;
        }
        return 0;
    default:
        return 0;
    }
}

static int optimize_basic_block(HsBlock *b, HsObjVec *consts) {
    for (int i = 0; i < b->iused; i++) {
        if (optimize_instr(b, &i, consts) < 0) {
            return -1;
        }
    }
    return 0;
}

/* ==== cleaning (CPython clean_basic_block, eliminate_empty_basic_blocks) ==== */

/* Line of the instruction that runs after the last one of 'bb' when it falls through, or -1
 * when no block with instructions follows. */
static int line_after_block(HsBlock *bb) {
    HsBlock *follower = bb->next == NULL ? NULL : first_nonempty(bb->next, true);
    if (follower == NULL || follower->iused == 0) {
        return -1;
    }
    return follower->instr[0].lineno;
}

/* A NOP only stays to carry a line event nobody else produces. It can go when it has no line,
 * repeats the line of the instruction kept before it ('kept_line'), or its line is also the
 * line of what runs next. A NOP before an instruction without a line hands its location on. */
static bool nop_is_redundant(HsBlock *bb, int pos, int kept_line) {
    HsInstr *nop = &bb->instr[pos];
    if (nop->lineno < 0 || nop->lineno == kept_line) {
        return true;
    }
    if (pos == bb->iused - 1) {
        return line_after_block(bb) == nop->lineno;
    }
    HsInstr *after = nop + 1;
    if (after->lineno < 0) {
        copy_loc(nop, after);
        return true;
    }
    return after->lineno == nop->lineno;
}

/* Removes the redundant NOPs of 'bb', keeping the others in order. */
static void clean_basic_block(HsBlock *bb) {
    int kept = 0, kept_line = -1;
    for (int pos = 0; pos < bb->iused; pos++) {
        HsInstr *cur = &bb->instr[pos];
        if (cur->op == HS_OP_NOP && nop_is_redundant(bb, pos, kept_line)) {
            continue;
        }
        kept_line = cur->lineno;
        if (kept < pos) {
            bb->instr[kept] = *cur;
        }
        kept++;
    }
    bb->iused = kept;
}

/* Unlinks empty blocks from the layout chain (the chain's last block stays even when empty)
 * and points every jump and handler at the first block holding code. One walk is enough:
 * skipping empty blocks reaches the same block whether or not their links were fixed yet. */
static void eliminate_empty_basic_blocks(HsBlock *entry) {
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        if (b->next != NULL) {
            b->next = first_nonempty(b->next, true);
        }
        for (HsInstr *in = b->instr; in < b->instr + b->iused; in++) {
            if (has_target(in)) {
                in->target = first_nonempty(in->target, false);
            }
        }
    }
}

/* Exit blocks (return/raise) whose instructions carry no line: the implicit 'return None' and
 * friends. They may be copied freely since nothing in them reports a line. */
static bool is_exit_without_lineno(const HsBlock *b) {
    if (!block_exits(b)) {
        return false;
    }
    for (int i = 0; i < b->iused; i++) {
        if (b->instr[i].lineno >= 0) {
            return false;
        }
    }
    return true;
}

/* An unconditional jump to a short line-less exit block is replaced by a copy of that block,
 * which saves the jump at run time. */
static int extend_block(HsBlock *bb) {
    if (bb->iused == 0) {
        return 0;
    }
    HsInstr *jump = &bb->instr[bb->iused - 1];
    bool plain_jump = jump->op == HS_PSEUDO_JUMP || jump->op == HS_OP_JUMP_FORWARD ||
                      jump->op == HS_OP_JUMP_BACKWARD;
    if (!plain_jump) {
        return 0;
    }
    HsBlock *exit_block = jump->target;
    if (exit_block->iused > MAX_COPY_SIZE || !is_exit_without_lineno(exit_block)) {
        return 0;
    }
    jump->op = HS_OP_NOP;
    int count = exit_block->iused;
    for (int i = 0; i < count; i++) {
        if (hs_cg_block_addinstr(bb, &exit_block->instr[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

/* One more edge into 'b'; a block seen for the first time goes on the worklist. */
static void count_edge(HsBlock *b, HsBlock ***top) {
    if (b->predecessors == 0) {
        *(*top)++ = b;
    }
    b->predecessors++;
}

/* Sets 'predecessors' of every block reachable from 'entry' to its number of incoming edges
 * (entry counts one extra); unreachable blocks keep 0. Depth-first, fall-through edge first. */
static int mark_reachable(HsBlock *entry) {
    size_t nblocks = 0;
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        nblocks++;
    }
    // each block is pushed once, when its count leaves 0
    HsBlock **worklist = hs_mem_raw_malloc(sizeof(HsBlock *) * (nblocks + 1) * 2);
    if (worklist == NULL) {
        return -1;
    }
    HsBlock **top = worklist;
    count_edge(entry, &top);
    while (top != worklist) {
        HsBlock *b = *--top;
        if (b->next != NULL && !hs_cg_nofallthrough(b)) {
            count_edge(b->next, &top);
        }
        for (HsInstr *in = b->instr; in < b->instr + b->iused; in++) {
            if (has_target(in)) {
                count_edge(in->target, &top);
            }
        }
    }
    hs_mem_raw_free(worklist);
    return 0;
}

/* A JUMP to the very next block in layout is a NOP; true when one was removed. */
static bool drop_jumps_to_next(HsBlock *entry) {
    bool dropped = false;
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        HsInstr *last = b->iused > 0 ? &b->instr[b->iused - 1] : NULL;
        bool plain_jump = last != NULL && (last->op == HS_PSEUDO_JUMP ||
                                           last->op == HS_PSEUDO_JUMP_NO_INTERRUPT);
        if (plain_jump && last->target == b->next) {
            last->op = HS_OP_NOP;
            dropped = true;
        }
    }
    return dropped;
}

static int optimize_cfg(HsCompiler *c, HsBlock *entry, HsObjVec *consts) {
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        if (optimize_basic_block(b, consts) < 0) {
            return -1;
        }
        clean_basic_block(b);
    }
    for (HsBlock *b = c->u->blocks; b != NULL; b = b->list) {
        if (extend_block(b) < 0) {
            return -1;
        }
    }
    if (mark_reachable(entry) < 0) {
        return -1;
    }
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        if (b->predecessors == 0) {
            b->iused = 0; // unreachable: emptied, then unlinked below
        }
    }
    eliminate_empty_basic_blocks(entry);
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        clean_basic_block(b);
    }
    if (drop_jumps_to_next(entry)) {
        eliminate_empty_basic_blocks(entry);
    }
    return 0;
}

/* ==== exits and line numbers ==== */

static HsBlock *copy_block(HsCompiler *c, HsBlock *b) {
    HsBlock *r = hs_cg_new_block(c);
    if (r == NULL) {
        return NULL;
    }
    for (int i = 0; i < b->iused; i++) {
        if (hs_cg_block_addinstr(r, &b->instr[i]) < 0) {
            return NULL;
        }
    }
    return r;
}

/* 'from' ends with a jump to a shared line-less exit block: gives it a private copy, placed
 * right after the original in layout, that takes the jump's location. */
static int give_private_exit(HsCompiler *c, HsInstr *jump) {
    HsBlock *shared = jump->target;
    HsBlock *own = copy_block(c, shared);
    if (own == NULL) {
        return -1;
    }
    copy_loc(jump, &own->instr[0]);
    jump->target = own;
    own->predecessors = 1;
    shared->predecessors--;
    own->next = shared->next;
    shared->next = own;
    return 0;
}

/* After this pass every line-less exit block has one predecessor, so it can take that
 * predecessor's line and f_lineno stays computable from the location table alone. */
static int duplicate_exits_without_lineno(HsCompiler *c, HsBlock *entry) {
    // creation order, newest first, as CPython's u_blocks: decides which jump keeps the original
    for (HsBlock *b = c->u->blocks; b != NULL; b = b->list) {
        HsInstr *last = b->iused > 0 ? &b->instr[b->iused - 1] : NULL;
        if (last == NULL || !hs_cg_is_jump(last)) {
            continue;
        }
        if (last->target->predecessors > 1 && is_exit_without_lineno(last->target) &&
            give_private_exit(c, last) < 0) {
            return -1;
        }
    }
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        while (b->next != NULL && b->next->iused == 0) {
            b->next = b->next->next;
        }
    }
    // the exit blocks still without line are only reached by falling into them
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        if (b->iused == 0 || b->next == NULL || hs_cg_nofallthrough(b)) {
            continue;
        }
        if (is_exit_without_lineno(b->next)) {
            copy_loc(&b->instr[b->iused - 1], &b->next->instr[0]);
        }
    }
    return 0;
}

/* Drops constants past the highest index any instruction uses (index 0, a possible docstring,
 * always stays). */
static void trim_unused_consts(HsBlock *entry, HsObjVec *consts) {
    int highest_used = 0;
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        for (const HsInstr *in = b->instr; in < b->instr + b->iused; in++) {
            bool reads_const = in->op == HS_OP_LOAD_CONST || in->op == HS_OP_KW_NAMES;
            if (reads_const && in->arg > highest_used) {
                highest_used = in->arg;
            }
        }
    }
    while (consts->n - 1 > highest_used) {
        consts->n--;
        Hs_DECREF(consts->items[consts->n]);
    }
}

/* A successor reached only from one place and starting without a line takes 'loc'. */
static void lend_location(HsBlock *succ, const HsInstr *loc) {
    if (succ->predecessors == 1 && succ->iused > 0 && succ->instr[0].lineno < 0) {
        copy_loc(loc, &succ->instr[0]);
    }
}

/* Line-less instructions inherit the location of the instruction before them, also across a
 * fall-through or jump edge into a block with a single predecessor. */
static void propagate_line_numbers(HsBlock *entry) {
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        if (b->iused == 0) {
            continue;
        }
        HsInstr carried = {.lineno = -1, .end_lineno = -1, .col = -1, .end_col = -1};
        for (HsInstr *in = b->instr; in < b->instr + b->iused; in++) {
            if (in->lineno >= 0) {
                copy_loc(in, &carried);
            } else {
                copy_loc(&carried, in);
            }
        }
        if (b->next != NULL && !hs_cg_nofallthrough(b)) {
            lend_location(b->next, &carried);
        }
        HsInstr *last = &b->instr[b->iused - 1];
        if (hs_cg_is_jump(last)) {
            lend_location(last->target, &carried);
        }
    }
}

/* A RETURN_VALUE block still without line gets the last line seen before it in layout
 * (the code object's first line at the start) on all its instructions. */
static void guarantee_lineno_for_exits(HsBlock *entry, int firstlineno) {
    int line_so_far = firstlineno;
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        HsInstr *last = b->iused > 0 ? &b->instr[b->iused - 1] : NULL;
        if (last == NULL) {
            continue;
        }
        if (last->lineno >= 0) {
            line_so_far = last->lineno;
            continue;
        }
        if (last->op != HS_OP_RETURN_VALUE) {
            continue;
        }
        for (HsInstr *in = b->instr; in <= last; in++) {
            in->lineno = line_so_far;
        }
    }
}

/* Cuts each block after its first return/raise/unconditional jump (the rest is dead), points
 * jumps past empty blocks (CPython normalize_basic_block), then copies small exit blocks. */
int hs_cg_normalize_and_optimize(HsCompiler *c, HsBlock *entry, HsObjVec *consts) {
    (void)entry;
    (void)consts;
    for (HsBlock *b = c->u->blocks; b != NULL; b = b->list) {
        int pos = 0;
        while (pos < b->iused) {
            HsInstr *in = &b->instr[pos];
            if (hs_cg_is_jump(in)) {
                in->target = first_nonempty(in->target, false);
            }
            pos++;
            if (is_exit_op(in->op) || is_uncond_jump_op(in->op)) {
                b->iused = pos;
            }
        }
    }
    for (HsBlock *b = c->u->blocks; b != NULL; b = b->list) {
        if (extend_block(b) < 0) {
            return -1;
        }
    }
    return 0;
}

int hs_cg_optimize_rest(HsCompiler *c, HsBlock *entry, HsObjVec *consts) {
    if (optimize_cfg(c, entry, consts) < 0 || duplicate_exits_without_lineno(c, entry) < 0) {
        return -1;
    }
    trim_unused_consts(entry, consts);
    propagate_line_numbers(entry);
    guarantee_lineno_for_exits(entry, c->u->firstlineno);
    return 0;
}

/* ==== stack depth ==== */

/* Each block is pushed once for valid code (its start depth is set once); 'end' guards the
 * worklist against a bug in the stack effects. */
static void depth_push(HsBlock ***sp, HsBlock **end, HsBlock *b, int depth) {
    if (b->startdepth < depth && b->startdepth < 100 && *sp < end) {
        b->startdepth = depth;
        *(*sp)++ = b;
    }
}

int hs_cg_stackdepth(HsCompiler *c, HsBlock *entry) {
    int nblocks = 0, maxdepth = 0;
    for (HsBlock *b = c->u->blocks; b != NULL; b = b->list) {
        b->startdepth = INT_MIN;
        nblocks++;
    }
    HsBlock **stack = hs_mem_raw_malloc(sizeof(HsBlock *) * (size_t)(nblocks + 1) * 2);
    if (stack == NULL) {
        return -1;
    }
    HsBlock **sp = stack, **end = stack + (nblocks + 1) * 2;
    depth_push(&sp, end, entry, c->u->ste->generator ? 1 : 0);
    while (sp != stack) {
        HsBlock *b = *--sp;
        int depth = b->startdepth;
        HsBlock *next = b->next;
        for (int i = 0; i < b->iused; i++) {
            HsInstr *in = &b->instr[i];
            int nd = depth + hs_cg_stack_effect(in->op, in->arg, 0);
            if (nd > maxdepth) {
                maxdepth = nd;
            }
            if (hs_cg_is_jump(in) || hs_cg_is_block_push(in)) {
                int td = depth + hs_cg_stack_effect(in->op, in->arg, 1);
                if (td > maxdepth) {
                    maxdepth = td;
                }
                depth_push(&sp, end, in->target, td);
            }
            depth = nd;
            if (is_exit_op(in->op) || is_uncond_jump_op(in->op)) {
                next = NULL;
                break;
            }
        }
        if (next != NULL) {
            depth_push(&sp, end, next, depth);
        }
    }
    hs_mem_raw_free(stack);
    return maxdepth;
}

/* ==== exception targets (CPython label_exception_targets) ==== */

#define EXCEPT_STACK_SIZE (HS_MAXBLOCKS * 2 + 4)

typedef struct ExceptStack {
    HsBlock *handlers[EXCEPT_STACK_SIZE];
    int depth;
} ExceptStack;

static ExceptStack *copy_except_stack(const ExceptStack *s) {
    ExceptStack *r = hs_mem_raw_malloc(sizeof *r);
    if (r != NULL) {
        *r = *s;
    }
    return r;
}

static int label_block(HsBlock *b, HsBlock ***ptodo) {
    ExceptStack *es = b->exceptstack;
    b->exceptstack = NULL;
    HsBlock *handler = es->handlers[es->depth];
    for (int i = 0; i < b->iused; i++) {
        HsInstr *in = &b->instr[i];
        if (es == NULL) {
            return -1; /* a jump that is not its block's last instruction */
        }
        if (hs_cg_is_block_push(in)) {
            if (!in->target->visited) {
                ExceptStack *copy = copy_except_stack(es);
                if (copy == NULL) {
                    return -1;
                }
                *(*ptodo)++ = in->target;
                in->target->visited = 1;
                in->target->exceptstack = copy;
            }
            if (in->op == HS_PSEUDO_SETUP_WITH || in->op == HS_PSEUDO_SETUP_CLEANUP) {
                in->target->preserve_lasti = 1;
            }
            if (es->depth + 1 >= EXCEPT_STACK_SIZE) {
                hs_mem_raw_free(es);
                return -1;
            }
            es->handlers[++es->depth] = in->target;
            handler = in->target;
        } else if (in->op == HS_PSEUDO_POP_BLOCK) {
            if (es->depth == 0) {
                hs_mem_raw_free(es);
                return -1;
            }
            handler = es->handlers[--es->depth];
        } else if (hs_cg_is_jump(in)) {
            in->except = handler;
            if (!in->target->visited) {
                if (!hs_cg_nofallthrough(b)) {
                    ExceptStack *copy = copy_except_stack(es);
                    if (copy == NULL) {
                        return -1;
                    }
                    in->target->exceptstack = copy;
                } else {
                    in->target->exceptstack = es;
                    es = NULL;
                }
                *(*ptodo)++ = in->target;
                in->target->visited = 1;
            }
        } else {
            if (in->op == HS_OP_YIELD_VALUE) {
                in->arg = es->depth;
            }
            in->except = handler;
        }
    }
    if (!hs_cg_nofallthrough(b) && b->next != NULL && !b->next->visited) {
        b->next->exceptstack = es;
        *(*ptodo)++ = b->next;
        b->next->visited = 1;
    } else if (es != NULL) {
        hs_mem_raw_free(es);
    }
    return 0;
}

/* Number of blocks in layout order, each marked not yet visited. */
static size_t reset_visited(HsBlock *entry) {
    size_t count = 0;
    for (HsBlock *b = entry; b != NULL; b = b->next, count++) {
        b->visited = 0;
    }
    return count;
}

int hs_cg_label_exception_targets(HsBlock *entry) {
    // every block is queued at most once (when first visited), so count + 1 slots suffice
    size_t slots = reset_visited(entry) + 1;
    HsBlock **todo_stack = hs_mem_raw_malloc(sizeof(HsBlock *) * slots);
    ExceptStack *es = hs_mem_raw_calloc(1, sizeof *es); // empty: no handler at depth 0
    if (es == NULL || todo_stack == NULL) {
        hs_mem_raw_free(es);
        hs_mem_raw_free(todo_stack);
        return -1;
    }
    HsBlock **todo = todo_stack;
    *todo++ = entry;
    entry->visited = 1;
    entry->exceptstack = es;
    int r = 0;
    while (todo > todo_stack) {
        HsBlock *b = *--todo;
        if (label_block(b, &todo) < 0) {
            r = -1;
            break;
        }
    }
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        if (b->exceptstack != NULL) {
            hs_mem_raw_free(b->exceptstack);
            b->exceptstack = NULL;
        }
    }
    hs_mem_raw_free(todo_stack);
    return r;
}

/* SETUP_* / POP_BLOCK become NOPs, then NOPs go where CPython drops them. */
void hs_cg_finish_cfg(HsBlock *entry) {
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        for (int i = 0; i < b->iused; i++) {
            HsInstr *in = &b->instr[i];
            if (hs_cg_is_block_push(in) || in->op == HS_PSEUDO_POP_BLOCK) {
                in->op = HS_OP_NOP;
            }
        }
    }
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        clean_basic_block(b);
    }
}
