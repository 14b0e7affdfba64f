/* The eval loop (CPython 3.11: Python/ceval.c, _PyEval_EvalFrameDefault). It runs CPython
 * 3.11 bytecode: computed-goto dispatch, inline cache units skipped after the instructions
 * that have them, Python-to-Python calls pushed on the data stack and run by this same C
 * invocation (so deep Python recursion never deepens the C stack), and exceptions handled
 * through the code object's exception table ("zero-cost": no block setup at run time).
 * Opcodes that need objects not yet built (generators, classes, imports, slices, sets)
 * raise SystemError "unsupported opcode" until their issue lands.
 * Invariants: between instructions the value stack holds owned references from
 * stack_base to stack_pointer; frame->prev_instr points at the current instruction; an
 * error path reaches `error` with an exception set and the stack still consistent. */
#include "internal/hs_vm.h"
#include "internal/hs_vm_gil.h"
#include "internal/hs_vm_specialize.h"
#include "internal/hs_vm_trace.h"
#include "internal/hs_compile_opcode.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/ceval.h"
#include "hs/errors.h"

#include <string.h>

/* ==== helpers for the opcodes ==== */

typedef HsObject *(*hs_binop)(HsObject *, HsObject *);

/* BINARY_OP's argument -> operation, in CPython's NB_* order. */
static const hs_binop binary_ops[] = {
    HsNumber_Add, HsNumber_And, HsNumber_FloorDivide, HsNumber_Lshift,
    HsNumber_MatrixMultiply, HsNumber_Multiply, HsNumber_Remainder, HsNumber_Or,
    NULL /* power: ternary */, HsNumber_Rshift, HsNumber_Subtract, HsNumber_TrueDivide,
    HsNumber_Xor, HsNumber_InPlaceAdd, HsNumber_InPlaceAnd, HsNumber_InPlaceFloorDivide,
    HsNumber_InPlaceLshift, HsNumber_InPlaceMatrixMultiply, HsNumber_InPlaceMultiply,
    HsNumber_InPlaceRemainder, HsNumber_InPlaceOr, NULL /* in-place power */,
    HsNumber_InPlaceRshift, HsNumber_InPlaceSubtract, HsNumber_InPlaceTrueDivide,
    HsNumber_InPlaceXor,
};

static HsObject *binary_op(int oparg, HsObject *lhs, HsObject *rhs) {
    if (oparg == HS_NB_POWER) {
        return HsNumber_Power(lhs, rhs, Hs_None);
    }
    if (oparg == HS_NB_INPLACE_POWER) {
        return HsNumber_InPlacePower(lhs, rhs, Hs_None);
    }
    if (oparg < 0 || oparg > HS_NB_INPLACE_XOR) {
        return HsErr_Format(HsExc_SystemError, "bad BINARY_OP argument %d", oparg);
    }
    return binary_ops[oparg](lhs, rhs);
}

/* BINARY_OP on two one-digit exact ints, for the operators whose result needs no checks
 * (CPython 3.11: BINARY_OP_ADD_INT, _SUBTRACT_INT, _MULTIPLY_INT; the bitwise ones too, as
 * C's two's complement matches Python's). Returns 1 with *res (a new reference, or NULL on
 * MemoryError) when it applies, 0 otherwise. Larger exact ints go straight to int's own
 * + and - (CPython's BINARY_OP_ADD_INT calls _PyLong_Add for any size too). Always inlined:
 * once the loop grew by the eval-breaker checks GCC called it out of line, 9% more
 * instructions on bench/py/int_loop.py. */
__attribute__((always_inline)) static inline int int_binop_fast(int oparg, HsObject *lhs,
                                                                 HsObject *rhs, HsObject **res) {
    if (!HsLong_CheckExact(lhs) || !HsLong_CheckExact(rhs)) {
        return 0;
    }
    if (!hs_int_is_compact(lhs) || !hs_int_is_compact(rhs)) {
        /* two exact ints: int's own slot, without the operator protocol's dispatch */
        HsNumberMethods *nb = HsLong_Type.tp_as_number;
        hs_binaryfunc fn = oparg == HS_NB_ADD || oparg == HS_NB_INPLACE_ADD ? nb->nb_add
                           : oparg == HS_NB_SUBTRACT || oparg == HS_NB_INPLACE_SUBTRACT
                               ? nb->nb_subtract
                               : NULL;
        if (fn == NULL) {
            return 0;
        }
        *res = fn(lhs, rhs);
        return 1;
    }
    long long a = hs_int_compact_value(lhs), b = hs_int_compact_value(rhs), v;
    switch (oparg) {
    case HS_NB_ADD: case HS_NB_INPLACE_ADD: v = a + b; break;
    case HS_NB_SUBTRACT: case HS_NB_INPLACE_SUBTRACT: v = a - b; break;
    case HS_NB_MULTIPLY: case HS_NB_INPLACE_MULTIPLY: v = a * b; break; /* < 2**60 */
    case HS_NB_AND: case HS_NB_INPLACE_AND: v = a & b; break;
    case HS_NB_OR: case HS_NB_INPLACE_OR: v = a | b; break;
    case HS_NB_XOR: case HS_NB_INPLACE_XOR: v = a ^ b; break;
    case HS_NB_REMAINDER: case HS_NB_INPLACE_REMAINDER:
        if (b == 0) {
            return 0; /* ZeroDivisionError from the slot */
        }
        v = a % b;
        v += (v != 0 && (v < 0) != (b < 0)) ? b : 0; /* the sign of the divisor */
        break;
    case HS_NB_FLOOR_DIVIDE: case HS_NB_INPLACE_FLOOR_DIVIDE:
        if (b == 0) {
            return 0;
        }
        v = a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0); /* rounded down */
        break;
    default: return 0;
    }
    *res = HsLong_FromLongLong(v);
    return 1;
}

/* COMPARE_OP on two one-digit exact ints (CPython 3.11: COMPARE_OP_INT_JUMP's test).
 * Returns 1 with *res (a new reference to a bool) when it applies, 0 otherwise. */
static inline int int_compare_fast(int op, HsObject *lhs, HsObject *rhs, HsObject **res) {
    if (!HsLong_CheckExact(lhs) || !HsLong_CheckExact(rhs) || !hs_int_is_compact(lhs) ||
        !hs_int_is_compact(rhs) || op < HS_LT || op > HS_GE) {
        return 0;
    }
    long a = hs_int_compact_value(lhs), b = hs_int_compact_value(rhs);
    int r = op == HS_LT ? a < b : op == HS_LE ? a <= b : op == HS_EQ ? a == b
          : op == HS_NE ? a != b : op == HS_GT ? a > b : a >= b;
    *res = Hs_NewRef(r ? Hs_True : Hs_False);
    return 1;
}

/* The name of local 'i', for error messages. */
static HsObject *local_name(HsCodeObject *co, int i) {
    return HS_TUPLE_GET(co->co_localsplusnames, i);
}

static void unbound_local(HsCodeObject *co, int i) {
    HsErr_Format(HsExc_UnboundLocalError, "cannot access local variable '%U' where it is "
                 "not associated with a value", local_name(co, i));
}

static void unbound_free(HsCodeObject *co, int i) {
    if (i < co->co_nlocalsplus - co->co_nfreevars) {
        unbound_local(co, i);
        return;
    }
    HsErr_Format(HsExc_NameError, "cannot access free variable '%U' where it is not "
                 "associated with a value in enclosing scope", local_name(co, i));
}

static void name_error(HsObject *name) {
    HsErr_Format(HsExc_NameError, "name '%U' is not defined", name);
    HsObject *exc = HsErr_GetRaisedException();
    if (exc != NULL && HsType_IsSubtype(Hs_TYPE(exc), (HsTypeObject *)HsExc_NameError)) {
        HsNameErrorObject *ne = (HsNameErrorObject *)exc;
        if (ne->name == NULL) {
            ne->name = Hs_NewRef(name);
        }
    }
    HsErr_SetRaisedException(exc);
}

/* Global lookup: globals, then builtins. Return: new reference, or NULL with NameError. */
static HsObject *load_global(HsFrame *f, HsObject *name) {
    HsObject *v = HsDict_GetItemWithError(f->f_globals, name);
    if (v == NULL && !HsErr_Occurred()) {
        v = HsDict_GetItemWithError(f->f_builtins, name);
    }
    if (v == NULL) {
        if (!HsErr_Occurred()) {
            name_error(name);
        }
        return NULL;
    }
    return Hs_NewRef(v);
}

/* LOAD_NAME: locals, then globals, then builtins. */
static HsObject *load_name(HsFrame *f, HsObject *name) {
    if (f->f_locals == NULL) {
        return HsErr_Format(HsExc_SystemError, "no locals when loading %R", name);
    }
    HsObject *v;
    if (HsDict_CheckExact(f->f_locals)) {
        v = HsDict_GetItemWithError(f->f_locals, name);
        if (v != NULL) {
            return Hs_NewRef(v);
        }
        if (HsErr_Occurred()) {
            return NULL;
        }
    } else {
        v = HsObject_GetItem(f->f_locals, name);
        if (v != NULL) {
            return v;
        }
        if (!HsErr_ExceptionMatches(HsExc_KeyError)) {
            return NULL;
        }
        HsErr_Clear();
    }
    return load_global(f, name);
}

/* UNPACK_SEQUENCE for anything iterable: exactly 'n' items, pushed right to left. */
static int unpack_iterable(HsObject *v, int n, HsObject **sp_top) {
    HsObject *it = HsObject_GetIter(v);
    if (it == NULL) {
        if (HsErr_ExceptionMatches(HsExc_TypeError) && Hs_TYPE(v)->tp_iter == NULL) {
            HsErr_Clear();
            HsErr_Format(HsExc_TypeError, "cannot unpack non-iterable %.200s object",
                         Hs_TYPE(v)->tp_name);
        }
        return -1;
    }
    int i = 0;
    for (; i < n; i++) {
        HsObject *x = HsIter_Next(it);
        if (x == NULL) {
            if (!HsErr_Occurred()) {
                HsErr_Format(HsExc_ValueError, "not enough values to unpack (expected %d, got %d)",
                             n, i);
            }
            goto fail;
        }
        sp_top[-1 - i] = x;
    }
    HsObject *extra = HsIter_Next(it);
    if (extra != NULL) {
        Hs_DECREF(extra);
        HsErr_Format(HsExc_ValueError, "too many values to unpack (expected %d)", n);
        goto fail;
    }
    if (HsErr_Occurred()) {
        goto fail;
    }
    Hs_DECREF(it);
    return 0;
fail:
    for (int k = 0; k < i; k++) {
        Hs_DECREF(sp_top[-1 - k]);
    }
    Hs_DECREF(it);
    return -1;
}

/* RAISE_VARARGS (CPython: do_raise). Returns 1 for a bare re-raise (no new traceback
 * entry), 0 after setting the exception otherwise. 'exc' and 'cause' are stolen. */
static int do_raise(HsThreadState *ts, HsObject *exc, HsObject *cause) {
    if (exc == NULL) {
        HsObject *handled = hs_vm_handled_exception(ts);
        if (handled == NULL) {
            HsErr_SetString(HsExc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        HsErr_SetRaisedException(Hs_NewRef(handled));
        return 1;
    }
    HsObject *value = NULL;
    if (HsType_Check(exc) && HsExceptionClass_Check(exc)) {
        value = HsObject_CallNoArgs(exc);
        if (value == NULL) {
            goto done;
        }
        if (!HsExceptionInstance_Check(value)) {
            HsErr_Format(HsExc_TypeError, "calling %R should have returned an instance of "
                         "BaseException, not %R", exc, Hs_TYPE(value));
            goto done;
        }
    } else if (HsExceptionInstance_Check(exc)) {
        value = Hs_NewRef(exc);
    } else {
        HsErr_SetString(HsExc_TypeError, "exceptions must derive from BaseException");
        goto done;
    }
    if (cause != NULL) {
        HsObject *fixed;
        if (HsType_Check(cause) && HsExceptionClass_Check(cause)) {
            fixed = HsObject_CallNoArgs(cause);
            if (fixed == NULL) {
                goto done;
            }
        } else if (HsExceptionInstance_Check(cause)) {
            fixed = Hs_NewRef(cause);
        } else if (cause == Hs_None) {
            fixed = NULL;
        } else {
            HsErr_SetString(HsExc_TypeError, "exception causes must derive from BaseException");
            goto done;
        }
        HsBaseExceptionObject *e = (HsBaseExceptionObject *)value;
        Hs_XDECREF(e->cause);
        e->cause = fixed;
        e->suppress_context = 1;
    }
    HsErr_SetObject((HsObject *)Hs_TYPE(value), value);
done:
    Hs_XDECREF(value);
    Hs_XDECREF(exc);
    Hs_XDECREF(cause);
    return 0;
}

/* MAKE_FUNCTION: the code object on top, then (per flag bit) closure, annotations,
 * keyword defaults and defaults below it. Steals them all. */
static HsObject *make_function(HsFrame *f, int flags, HsObject **sp) {
    HsObject *code = *--sp;
    HsObject *func = HsFunction_New(code, f->f_globals, NULL);
    Hs_DECREF(code);
    HsFunctionObject *fn = (HsFunctionObject *)func;
    HsObject *closure = (flags & 0x08) ? *--sp : NULL;
    HsObject *annotations = (flags & 0x04) ? *--sp : NULL;
    HsObject *kwdefaults = (flags & 0x02) ? *--sp : NULL;
    HsObject *defaults = (flags & 0x01) ? *--sp : NULL;
    if (func == NULL) {
        Hs_XDECREF(closure);
        Hs_XDECREF(annotations);
        Hs_XDECREF(kwdefaults);
        Hs_XDECREF(defaults);
        return NULL;
    }
    fn->func_closure = closure;
    fn->func_kwdefaults = kwdefaults;
    fn->func_defaults = defaults;
    if (annotations != NULL) {
        /* A flat tuple (name, value, ...) in 3.11: turn it into the dict. */
        HsObject *d = HsDict_New();
        for (Hs_ssize_t i = 0; d != NULL && i + 1 < Hs_SIZE(annotations); i += 2) {
            if (HsDict_SetItem(d, HS_TUPLE_GET(annotations, i),
                               HS_TUPLE_GET(annotations, i + 1)) < 0) {
                Hs_CLEAR(d);
            }
        }
        Hs_DECREF(annotations);
        if (d == NULL) {
            Hs_DECREF(func);
            return NULL;
        }
        fn->func_annotations = d;
    }
    return func;
}

/* Stack effect of CALL: [NULL|meth, callable|self, args...]. Unpack a bound method in
 * place, as PRECALL/CALL do, and report whether the slot below holds 'self'. */
static int unpack_bound_method(HsObject **callable_slot) {
    HsObject *fn = callable_slot[1];
    if (callable_slot[0] == NULL && HsMethod_Check(fn)) {
        HsMethodObject *m = (HsMethodObject *)fn;
        callable_slot[0] = Hs_NewRef(m->im_func);
        callable_slot[1] = Hs_NewRef(m->im_self);
        Hs_DECREF(fn);
        return 1;
    }
    return callable_slot[0] != NULL;
}

/* "__main__.f()" for error messages about a callable (CPython: _PyObject_FunctionStr):
 * module-qualified unless it comes from builtins. Return: new reference (never NULL unless
 * out of memory). */
static HsObject *function_str(HsObject *func) {
    HsObject *qual = HsObject_GetAttrString(func, "__qualname__");
    if (qual == NULL || !HsUnicode_Check(qual)) {
        HsErr_Clear();
        Hs_XDECREF(qual);
        return HsUnicode_FromFormat("%s object", Hs_TYPE(func)->tp_name);
    }
    HsObject *mod = HsObject_GetAttrString(func, "__module__");
    HsErr_Clear();
    HsObject *r;
    if (mod != NULL && HsUnicode_Check(mod) && !hs_str_eq_ascii(mod, "builtins")) {
        r = HsUnicode_FromFormat("%U.%U()", mod, qual);
    } else {
        r = HsUnicode_FromFormat("%U()", qual);
    }
    Hs_XDECREF(mod);
    Hs_DECREF(qual);
    return r;
}

/* Prefix the current TypeError's message with the callable's name, as CPython's
 * format_kwargs_error does for "argument after ** must be a mapping" and duplicates. */
static void kwargs_error(HsObject *func, const char *what, HsObject *arg) {
    HsObject *fs = function_str(func);
    if (fs == NULL) {
        return;
    }
    if (arg != NULL) {
        HsErr_Format(HsExc_TypeError, what, fs, arg);
    } else {
        HsErr_Format(HsExc_TypeError, what, fs);
    }
    Hs_DECREF(fs);
}

/* Whether every instruction must pass through DO_TRACING: a tracer is installed or the GIL
 * is handed over every N instructions. */
static inline int slow_dispatch(void) {
    return hs_vm_trace_mask != 0 || hs_gil_switch_every > 0;
}

/* Fill the eval loop's dispatch table 't' for the mode now in
 * force (slow_dispatch): the opcodes' own targets, or 'trace_label' for all. Kept out of the
 * loop so that the loop stays small enough for its helpers to be inlined. */
__attribute__((noinline)) static void retarget(void **t, void *const *plain, void *trace_label,
                                               int *mode) {
    *mode = slow_dispatch();
    for (int i = 0; i < 256; i++) {
        t[i] = *mode ? trace_label : plain[i];
    }
}

/* ==== the loop ==== */

#define STACK_BASE(f) ((f)->localsplus + (f)->f_code->co_nlocalsplus)
#define PUSH(v) (*stack_pointer++ = (v))
#define POP() (*--stack_pointer)
#define TOP() (stack_pointer[-1])
#define SECOND() (stack_pointer[-2])
#define PEEK(n) (stack_pointer[-(n)])
#define SET_TOP(v) (stack_pointer[-1] = (v))
#define SET_SECOND(v) (stack_pointer[-2] = (v))
#define STACK_SHRINK(n) (stack_pointer -= (n))
#define GETLOCAL(i) (frame->localsplus[i])
#define SETLOCAL(i, v)                                                                             \
    do {                                                                                           \
        HsObject *tmp_ = GETLOCAL(i);                                                              \
        GETLOCAL(i) = (v);                                                                         \
        Hs_XDECREF(tmp_);                                                                          \
    } while (0)
#define SKIP_CACHES(op) (next_instr += hs_op_cache_entries[op])
#define JUMPBY(n) (next_instr += (n))
#define SAVE_STACK() (frame->stacktop = (int)(stack_pointer - STACK_BASE(frame)))
#define LOAD_STACK() (stack_pointer = STACK_BASE(frame) + frame->stacktop)

#define DISPATCH()                                                                                 \
    do {                                                                                           \
        frame->prev_instr = next_instr;                                                            \
        hs_codeunit word_ = *next_instr++;                                                         \
        opcode = HS_CU_OPCODE(word_);                                                              \
        oparg = HS_CU_OPARG(word_);                                                                \
        goto *targets[opcode];                                                                     \
    } while (0)
#define TARGET(op) TARGET_##op:
/* The eval-breaker points (backward jumps, function entry, return from a C call): a pending
 * SIGINT raises; a thread waiting for the GIL gets it (src/vm/gil.c). */
#define CHECK_EVAL_BREAKER()                                                                       \
    do {                                                                                           \
        if (HS_EVAL_BREAKER()) {                                                                   \
            SAVE_STACK();                                                                          \
            if (hs_vm_eval_breaker_handle() < 0) {                                                 \
                goto error;                                                                        \
            }                                                                                      \
        }                                                                                          \
    } while (0)

#include "ceval_targets.inc"

HsObject *hs_vm_eval_frame(HsThreadState *ts, HsFrame *frame) {
    return hs_vm_eval_frame_ex(ts, frame, 0);
}

HsObject *hs_vm_eval_frame_ex(HsThreadState *ts, HsFrame *frame, int throwflag) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init" /* the [0 ... 255] default is overridden */
    DECLARE_TARGETS(opcode_targets);
#pragma GCC diagnostic pop
    /* What DISPATCH jumps through: opcode_targets, or with a tracer installed (hs_vm_trace.h)
     * or --switch=instructions:N (hs_vm_gil.h) DO_TRACING for every opcode. Switched when
     * the mode changes, here at entry or in DO_TRACING, so the loop itself never tests
     * whether it is tracing or counting. */
    static void *targets[256];
    static int targets_slow = -1; /* -1: not filled yet */
    if (HS_UNLIKELY(targets_slow != slow_dispatch())) {
        retarget(targets, opcode_targets, &&TARGET_DO_TRACING, &targets_slow);
    }
    hs_codeunit *next_instr;
    HsObject **stack_pointer;
    HsObject *consts, *names;
    HsObject *kwnames = NULL; /* set by KW_NAMES for the next CALL (borrowed const) */
    int opcode, oparg;
    HsObject *retval = NULL;

    frame->is_entry = 1;
    frame->previous = ts->frame;
    ts->frame = frame;

start_frame:
    if (HsEnter_RecursiveCall("") < 0) {
        LOAD_STACK();
        goto exit_unwind_no_leave;
    }
    consts = frame->f_code->co_consts;
    names = frame->f_code->co_names;
    next_instr = frame->prev_instr + 1;
    LOAD_STACK();
    if (throwflag) {
        throwflag = 0;
        goto error; /* generator.throw(): raise at the suspended instruction */
    }
    DISPATCH();

#include "ceval_ops.inc"

/* Tracing on (hs_vm_trace.h) or deterministic switching (hs_vm_gil.h): count the
 * instruction towards the next GIL hand-over, report it to the tracer, then run it. */
TARGET(DO_TRACING) {
    if (hs_gil_switch_every > 0 && --hs_gil_countdown <= 0) {
        SAVE_STACK();
        hs_vm_gil_instruction_switch();
    }
    if (hs_vm_trace_mask) {
        SAVE_STACK();
        hs_vm_trace_hooks.instruction(ts, frame);
    } else if (hs_gil_switch_every <= 0) {
        retarget(targets, opcode_targets, &&TARGET_DO_TRACING, &targets_slow); /* ended */
    }
    goto *opcode_targets[opcode];
}

error:
    hs_vm_traceback_here(frame);
    if (HS_UNLIKELY(hs_vm_trace_mask)) {
        hs_vm_trace_hooks.exception(ts, frame);
    }
exception_unwind: {
    /* The handler is looked up for the instruction being executed (CPython: INSTR_OFFSET()-1);
     * the pushed lasti is prev_instr, which RERAISE may have moved back to the original
     * faulting instruction. Using prev_instr for the lookup would find the same cleanup
     * handler again after a RERAISE, forever. */
    Hs_ssize_t offset = (next_instr - 1) - frame->f_code->co_code;
    Hs_ssize_t handler;
    int level, lasti;
    if (!hs_code_find_handler(frame->f_code, offset, &handler, &level, &lasti)) {
        while (stack_pointer > STACK_BASE(frame)) {
            HsObject *o = POP();
            Hs_XDECREF(o);
        }
        SAVE_STACK();
        goto exit_unwind;
    }
    HsObject **new_top = STACK_BASE(frame) + level;
    while (stack_pointer > new_top) {
        HsObject *o = POP();
        Hs_XDECREF(o);
    }
    if (lasti) {
        HsObject *l = HsLong_FromSsize_t(frame->prev_instr - frame->f_code->co_code);
        if (l == NULL) {
            goto exception_unwind;
        }
        PUSH(l);
    }
    PUSH(HsErr_GetRaisedException());
    next_instr = frame->f_code->co_code + handler;
    DISPATCH();
}

exit_unwind:
    HsLeave_RecursiveCall();
exit_unwind_no_leave:
    {
        HsFrame *dying = frame;
        int entry = dying->is_entry;
        ts->frame = frame = dying->previous;
        hs_vm_frame_clear_and_pop(ts, dying);
        if (entry) {
            return NULL;
        }
    }
    consts = frame->f_code->co_consts;
    names = frame->f_code->co_names;
    next_instr = frame->prev_instr + 1;
    LOAD_STACK();
    goto error;

return_value: {
    HsLeave_RecursiveCall();
    HsFrame *dying = frame;
    int entry = dying->is_entry;
    ts->frame = frame = dying->previous;
    dying->stacktop = 0;
    hs_vm_frame_clear_and_pop(ts, dying);
    if (entry) {
        return retval;
    }
    consts = frame->f_code->co_consts;
    names = frame->f_code->co_names;
    next_instr = frame->prev_instr + 1;
    LOAD_STACK();
    PUSH(retval);
    SKIP_CACHES(HS_OP_CALL);
    DISPATCH();
}
}

/* ==== entry points ==== */

HsObject *hs_vm_function_vectorcall(HsObject *func, HsObject *const *args, size_t nargsf,
                                    HsObject *kwnames) {
    HsThreadState *ts = hs_vm_tstate();
    Hs_ssize_t nargs = HsVectorcall_NARGS(nargsf);
    Hs_ssize_t total = nargs + (kwnames != NULL ? Hs_SIZE(kwnames) : 0);
    for (Hs_ssize_t i = 0; i < total; i++) {
        Hs_INCREF(args[i]); /* the frame steals them */
    }
    HsFrame *frame = hs_vm_frame_push_call(ts, func, args, nargs, kwnames);
    if (frame == NULL) {
        return NULL;
    }
    return hs_vm_eval_frame(ts, frame);
}

HsObject *hs_vm_eval_code(HsCodeObject *co, HsObject *globals, HsObject *locals) {
    HsThreadState *ts = hs_vm_tstate();
    HsObject *builtins = HsDict_GetItemString(globals, "__builtins__");
    if (builtins != NULL && HsModule_Check(builtins)) {
        builtins = HS_MODULE_DICT(builtins); /* the module keeps its dict alive */
    }
    if (builtins == NULL || !HsDict_Check(builtins)) {
        return HsErr_Format(HsExc_SystemError, "globals have no __builtins__ dict");
    }
    HsFrame *frame = hs_vm_frame_push_code(ts, co, globals, builtins, locals);
    if (frame == NULL) {
        return NULL;
    }
    return hs_vm_eval_frame(ts, frame);
}
