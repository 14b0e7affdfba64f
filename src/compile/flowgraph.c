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

#define VISITED (-1)

static int swaptimize(HsBlock *b, int *ix) {
    HsInstr *ins = &b->instr[*ix];
    int depth = ins[0].arg, len = 0, more = 0, limit = b->iused - *ix;
    while (++len < limit) {
        int op = ins[len].op;
        if (op == HS_OP_SWAP) {
            depth = depth > ins[len].arg ? depth : ins[len].arg;
            more = 1;
        } else if (op != HS_OP_NOP) {
            break;
        }
    }
    if (!more) {
        return 0;
    }
    int *stack = hs_mem_raw_malloc(sizeof(int) * (size_t)depth);
    if (stack == NULL) {
        return -1;
    }
    for (int i = 0; i < depth; i++) {
        stack[i] = i;
    }
    for (int i = 0; i < len; i++) {
        if (ins[i].op == HS_OP_SWAP) {
            int a = ins[i].arg, top = stack[0];
            stack[0] = stack[a - 1];
            stack[a - 1] = top;
        }
    }
    int current = len - 1;
    for (int i = 0; i < depth; i++) {
        if (stack[i] == VISITED || stack[i] == i) {
            continue;
        }
        int j = i;
        for (;;) {
            if (j) {
                ins[current].op = HS_OP_SWAP;
                ins[current--].arg = j + 1;
            }
            if (stack[j] == VISITED) {
                break;
            }
            int next_j = stack[j];
            stack[j] = VISITED;
            j = next_j;
        }
    }
    while (0 <= current) {
        ins[current--].op = HS_OP_NOP;
    }
    hs_mem_raw_free(stack);
    *ix += len - 1;
    return 0;
}

#define SWAPPABLE(op) ((op) == HS_OP_STORE_FAST || (op) == HS_OP_POP_TOP)

static int next_swappable(HsBlock *b, int i, int lineno) {
    while (++i < b->iused) {
        HsInstr *in = &b->instr[i];
        if (0 <= lineno && in->lineno != lineno) {
            return -1;
        }
        if (in->op == HS_OP_NOP) {
            continue;
        }
        if (SWAPPABLE(in->op)) {
            return i;
        }
        return -1;
    }
    return -1;
}

static void apply_static_swaps(HsBlock *b, int i) {
    for (; 0 <= i; i--) {
        HsInstr *swap = &b->instr[i];
        if (swap->op != HS_OP_SWAP) {
            if (swap->op == HS_OP_NOP || SWAPPABLE(swap->op)) {
                continue;
            }
            return;
        }
        int j = next_swappable(b, i, -1);
        if (j < 0) {
            return;
        }
        int k = j, lineno = b->instr[j].lineno;
        for (int count = swap->arg - 1; 0 < count; count--) {
            k = next_swappable(b, k, lineno);
            if (k < 0) {
                return;
            }
        }
        swap->op = HS_OP_NOP;
        HsInstr tmp = b->instr[j];
        b->instr[j] = b->instr[k];
        b->instr[k] = tmp;
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
        int jump_op = i + 2 < b->iused ? b->instr[i + 2].op : 0;
        if (cnt == Hs_None &&
            (jump_op == HS_PSEUDO_POP_JUMP_IF_FALSE || jump_op == HS_PSEUDO_POP_JUMP_IF_TRUE)) {
            int nextarg = b->instr[i + 1].arg;
            inst->op = HS_OP_NOP;
            b->instr[i + 1].op = HS_OP_NOP;
            b->instr[i + 2].op = (nextarg ^ (jump_op == HS_PSEUDO_POP_JUMP_IF_FALSE))
                                     ? HS_PSEUDO_POP_JUMP_IF_NOT_NONE
                                     : HS_PSEUDO_POP_JUMP_IF_NONE;
        }
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
    HsInstr nop = {.op = HS_OP_NOP};
    const HsInstr *target = &nop;
    if (hs_cg_is_jump(inst) || hs_cg_is_block_push(inst)) {
        while (inst->target->iused == 0) {
            inst->target = inst->target->next;
        }
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

static void clean_basic_block(HsBlock *bb) {
    int dest = 0, prev_lineno = -1;
    for (int src = 0; src < bb->iused; src++) {
        int lineno = bb->instr[src].lineno;
        if (bb->instr[src].op == HS_OP_NOP) {
            if (lineno < 0 || prev_lineno == lineno) {
                continue;
            }
            if (src < bb->iused - 1) {
                int next_lineno = bb->instr[src + 1].lineno;
                if (next_lineno == lineno) {
                    continue;
                }
                if (next_lineno < 0) {
                    copy_loc(&bb->instr[src], &bb->instr[src + 1]);
                    continue;
                }
            } else {
                HsBlock *next = bb->next;
                while (next && next->iused == 0) {
                    next = next->next;
                }
                if (next && lineno == next->instr[0].lineno) {
                    continue;
                }
            }
        }
        if (dest != src) {
            bb->instr[dest] = bb->instr[src];
        }
        dest++;
        prev_lineno = lineno;
    }
    bb->iused = dest;
}

static void eliminate_empty_basic_blocks(HsBlock *entry) {
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        HsBlock *next = b->next;
        if (next) {
            while (next->iused == 0 && next->next) {
                next = next->next;
            }
            b->next = next;
        }
    }
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        for (int i = 0; i < b->iused; i++) {
            HsInstr *in = &b->instr[i];
            if (hs_cg_is_jump(in) || hs_cg_is_block_push(in)) {
                HsBlock *t = in->target;
                while (t->iused == 0) {
                    t = t->next;
                }
                in->target = t;
            }
        }
    }
}

static int extend_block(HsBlock *bb) {
    if (bb->iused == 0) {
        return 0;
    }
    HsInstr *last = &bb->instr[bb->iused - 1];
    if (last->op != HS_PSEUDO_JUMP && last->op != HS_OP_JUMP_FORWARD &&
        last->op != HS_OP_JUMP_BACKWARD) {
        return 0;
    }
    HsBlock *to_copy = last->target;
    if (block_exits(to_copy) && to_copy->iused <= MAX_COPY_SIZE) {
        for (int i = 0; i < to_copy->iused; i++) {
            if (to_copy->instr[i].lineno >= 0) {
                return 0; /* only blocks without line numbers (implicit returns) are copied */
            }
        }
        last->op = HS_OP_NOP;
        for (int i = 0; i < to_copy->iused; i++) {
            if (hs_cg_block_addinstr(bb, &to_copy->instr[i]) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static int mark_reachable(HsBlock *entry) {
    int n = 0;
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        n++;
    }
    HsBlock **stack = hs_mem_raw_malloc(sizeof(HsBlock *) * (size_t)(n + 1) * 2);
    if (stack == NULL) {
        return -1;
    }
    HsBlock **sp = stack;
    entry->predecessors = 1;
    *sp++ = entry;
    while (sp > stack) {
        HsBlock *b = *(--sp);
        if (b->next && !hs_cg_nofallthrough(b)) {
            if (b->next->predecessors == 0) {
                *sp++ = b->next;
            }
            b->next->predecessors++;
        }
        for (int i = 0; i < b->iused; i++) {
            HsInstr *in = &b->instr[i];
            if (hs_cg_is_jump(in) || hs_cg_is_block_push(in)) {
                if (in->target->predecessors == 0) {
                    *sp++ = in->target;
                }
                in->target->predecessors++;
            }
        }
    }
    hs_mem_raw_free(stack);
    return 0;
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
            b->iused = 0;
        }
    }
    eliminate_empty_basic_blocks(entry);
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        clean_basic_block(b);
    }
    int maybe_empty = 0;
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        if (b->iused > 0) {
            HsInstr *last = &b->instr[b->iused - 1];
            if ((last->op == HS_PSEUDO_JUMP || last->op == HS_PSEUDO_JUMP_NO_INTERRUPT) &&
                last->target == b->next) {
                last->op = HS_OP_NOP;
                maybe_empty = 1;
            }
        }
    }
    if (maybe_empty) {
        eliminate_empty_basic_blocks(entry);
    }
    return 0;
}

/* ==== exits and line numbers ==== */

static int is_exit_without_lineno(const HsBlock *b) {
    if (!block_exits(b)) {
        return 0;
    }
    for (int i = 0; i < b->iused; i++) {
        if (b->instr[i].lineno >= 0) {
            return 0;
        }
    }
    return 1;
}

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

static int duplicate_exits_without_lineno(HsCompiler *c, HsBlock *entry) {
    /* newest block first (CPython walks u_blocks here): decides which jump keeps the original */
    for (HsBlock *b = c->u->blocks; b != NULL; b = b->list) {
        if (b->iused > 0 && hs_cg_is_jump(&b->instr[b->iused - 1])) {
            HsBlock *target = b->instr[b->iused - 1].target;
            if (is_exit_without_lineno(target) && target->predecessors > 1) {
                HsBlock *nt = copy_block(c, target);
                if (nt == NULL) {
                    return -1;
                }
                copy_loc(&b->instr[b->iused - 1], &nt->instr[0]);
                b->instr[b->iused - 1].target = nt;
                target->predecessors--;
                nt->predecessors = 1;
                nt->next = target->next;
                target->next = nt;
            }
        }
    }
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        while (b->next && b->next->iused == 0) {
            b->next = b->next->next;
        }
    }
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        if (!hs_cg_nofallthrough(b) && b->next && b->iused > 0 &&
            is_exit_without_lineno(b->next)) {
            copy_loc(&b->instr[b->iused - 1], &b->next->instr[0]);
        }
    }
    return 0;
}

static void trim_unused_consts(HsBlock *entry, HsObjVec *consts) {
    int max = 0;
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        for (int i = 0; i < b->iused; i++) {
            if ((b->instr[i].op == HS_OP_LOAD_CONST || b->instr[i].op == HS_OP_KW_NAMES) &&
                b->instr[i].arg > max) {
                max = b->instr[i].arg;
            }
        }
    }
    while (consts->n > max + 1) {
        Hs_DECREF(consts->items[--consts->n]);
    }
}

static void propagate_line_numbers(HsBlock *entry) {
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        if (b->iused == 0) {
            continue;
        }
        HsInstr prev = {.lineno = -1, .end_lineno = -1, .col = -1, .end_col = -1};
        for (int i = 0; i < b->iused; i++) {
            if (b->instr[i].lineno < 0) {
                copy_loc(&prev, &b->instr[i]);
            } else {
                prev = b->instr[i];
            }
        }
        if (!hs_cg_nofallthrough(b) && b->next != NULL && b->next->predecessors == 1 &&
            b->next->iused > 0 && b->next->instr[0].lineno < 0) {
            copy_loc(&prev, &b->next->instr[0]);
        }
        if (hs_cg_is_jump(&b->instr[b->iused - 1])) {
            HsBlock *t = b->instr[b->iused - 1].target;
            if (t->predecessors == 1 && t->instr[0].lineno < 0) {
                copy_loc(&prev, &t->instr[0]);
            }
        }
    }
}

static void guarantee_lineno_for_exits(HsBlock *entry, int firstlineno) {
    int lineno = firstlineno;
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        if (b->iused == 0) {
            continue;
        }
        HsInstr *last = &b->instr[b->iused - 1];
        if (last->lineno < 0) {
            if (last->op == HS_OP_RETURN_VALUE) {
                for (int i = 0; i < b->iused; i++) {
                    b->instr[i].lineno = lineno;
                }
            }
        } else {
            lineno = last->lineno;
        }
    }
}

/* Every jump skips empty blocks (CPython normalize_basic_block), then the CFG passes. */
int hs_cg_normalize_and_optimize(HsCompiler *c, HsBlock *entry, HsObjVec *consts) {
    for (HsBlock *b = c->u->blocks; b != NULL; b = b->list) {
        for (int i = 0; i < b->iused; i++) {
            HsInstr *in = &b->instr[i];
            if (is_exit_op(in->op) || is_uncond_jump_op(in->op)) {
                b->iused = i + 1; /* code after a return in the same block is dead */
            }
            if (hs_cg_is_jump(in)) {
                while (in->target->iused == 0) {
                    in->target = in->target->next;
                }
            }
        }
    }
    for (HsBlock *b = c->u->blocks; b != NULL; b = b->list) {
        if (extend_block(b) < 0) {
            return -1;
        }
    }
    (void)entry;
    (void)consts;
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

int hs_cg_label_exception_targets(HsBlock *entry) {
    int nblocks = 0;
    for (HsBlock *b = entry; b != NULL; b = b->next) {
        b->visited = 0;
        nblocks++;
    }
    HsBlock **todo_stack = hs_mem_raw_malloc(sizeof(HsBlock *) * (size_t)(nblocks + 1));
    ExceptStack *es = hs_mem_raw_malloc(sizeof *es);
    if (todo_stack == NULL || es == NULL) {
        hs_mem_raw_free(todo_stack);
        hs_mem_raw_free(es);
        return -1;
    }
    memset(es, 0, sizeof *es);
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
