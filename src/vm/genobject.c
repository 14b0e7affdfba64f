/* Generators (CPython 3.11: Objects/genobject.c). A generator owns its frame: the
 * RETURN_GENERATOR instruction copies the running frame into the generator object (which is
 * why a generator's locals outlive the call), and each next()/send()/throw() pushes that
 * frame as an entry frame and runs it until YIELD_VALUE or a return. Also: send on a
 * just-started generator, StopIteration turned into RuntimeError (PEP 479), close() via
 * GeneratorExit, and closing a suspended generator when it is finalized (PEP 442).
 * Invariants: gi_frame_state says whether the embedded frame holds live references
 * (CREATED / SUSPENDED / EXECUTING) or none (COMPLETED / CLEARED); only then is it
 * traversed or cleared. */
#include "internal/hs_vm.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_weakref.h"
#include "internal/hs_vm_frameobject.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_compile_opcode.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <string.h>

/* ==== layout ==== */

enum { GEN_CREATED = -2, GEN_SUSPENDED = -1, GEN_EXECUTING = 0, GEN_COMPLETED = 1,
       GEN_CLEARED = 4 };

typedef struct GenObject {
    HsObject ob_base;
    HsObject *gi_weakreflist;
    HsObject *gi_name;
    HsObject *gi_qualname;
    HsObject *gi_exc_state; /* the exception this generator is handling, or NULL */
    HsObject *gi_code;      /* owned: the frame's code outlives the frame */
    int8_t gi_frame_state;
    HsObject *gi_iframe[1]; /* an HsFrame of the code's frame size */
} GenObject;

#define GEN_FRAME(g) ((HsFrame *)((GenObject *)(g))->gi_iframe)

static int gen_live(GenObject *g) {
    return g->gi_frame_state < GEN_COMPLETED;
}

/* Drop the frame's references (once). */
static void gen_clear_frame(GenObject *g) {
    if (!gen_live(g)) {
        return;
    }
    HsFrame *f = GEN_FRAME(g);
    g->gi_frame_state = GEN_CLEARED;
    if (f->frame_obj != NULL && hs_vm_frame_detach_object(f)) {
        /* gi_frame is held elsewhere: it took the frame's references over. */
        memset(f->localsplus, 0, (size_t)(f->f_code->co_nlocalsplus + f->stacktop) *
                                     sizeof(HsObject *));
        f->stacktop = 0;
        f->f_locals = NULL;
        f->f_func = NULL;
        f->f_code = NULL;
        return;
    }
    for (int i = 0; i < f->f_code->co_nlocalsplus + f->stacktop; i++) {
        Hs_CLEAR(f->localsplus[i]);
    }
    f->stacktop = 0;
    Hs_CLEAR(f->f_locals);
    Hs_CLEAR(f->f_func);
    HsCodeObject *co = f->f_code;
    f->f_code = NULL;
    Hs_XDECREF(co);
}

/* ==== resuming ==== */

typedef enum { GEN_RETURN = 0, GEN_ERROR = -1, GEN_NEXT = 1 } GenResult;

/* CPython: gen_send_ex2. 'arg' (borrowed, may be NULL = None) is sent; with 'exc' set the
 * frame resumes by raising the current exception. */
static GenResult gen_send_ex(GenObject *g, HsObject *arg, int exc, HsObject **result) {
    HsThreadState *ts = hs_vm_tstate();
    *result = NULL;
    if (g->gi_frame_state == GEN_CREATED && arg != NULL && arg != Hs_None && !exc) {
        HsErr_SetString(HsExc_TypeError, "can't send non-None value to a just-started "
                        "generator");
        return GEN_ERROR;
    }
    if (g->gi_frame_state == GEN_EXECUTING) {
        HsErr_SetString(HsExc_ValueError, "generator already executing");
        return GEN_ERROR;
    }
    if (!gen_live(g)) {
        if (exc) {
            return GEN_ERROR; /* throw() into a finished generator re-raises */
        }
        *result = Hs_NewRef(Hs_None);
        return GEN_RETURN;
    }
    HsFrame *f = GEN_FRAME(g);
    f->localsplus[f->f_code->co_nlocalsplus + f->stacktop++] =
        Hs_NewRef(arg != NULL ? arg : Hs_None);
    HsObject *saved_exc = ts->exc_info;
    HsExcOuter outer = {saved_exc, ts->exc_outer}; /* seen while the generator has none */
    ts->exc_outer = &outer;
    ts->exc_info = g->gi_exc_state;
    g->gi_exc_state = NULL;
    g->gi_frame_state = GEN_EXECUTING;
    HsObject *r = hs_vm_eval_frame_ex(ts, f, exc);
    ts->exc_outer = outer.prev;
    if (g->gi_frame_state == GEN_EXECUTING) {
        g->gi_frame_state = GEN_COMPLETED;
    }
    f->previous = NULL; /* a suspended frame links to no caller (its f_back is None) */
    g->gi_exc_state = ts->exc_info;
    ts->exc_info = saved_exc;
    if (r != NULL && g->gi_frame_state == GEN_SUSPENDED) {
        *result = r;
        return GEN_NEXT;
    }
    if (r == NULL && HsErr_ExceptionMatches(HsExc_StopIteration)) {
        /* PEP 479: a StopIteration escaping a generator becomes a RuntimeError. */
        HsObject *cause = HsErr_GetRaisedException();
        HsErr_SetString(HsExc_RuntimeError, "generator raised StopIteration");
        HsObject *rt = HsErr_GetRaisedException();
        if (rt != NULL) {
            HsBaseExceptionObject *e = (HsBaseExceptionObject *)rt;
            /* HsErr_SetString already set the context (to the exception being
             * handled, if any): replace it, and any cause, without losing references. */
            Hs_XSETREF(e->cause, Hs_NewRef(cause));
            Hs_XSETREF(e->context, cause);
            e->suppress_context = 1;
            HsErr_SetRaisedException(rt);
        } else {
            Hs_DECREF(cause);
        }
    }
    Hs_CLEAR(g->gi_exc_state);
    gen_clear_frame(g);
    *result = r;
    return r != NULL ? GEN_RETURN : GEN_ERROR;
}

/* Raise StopIteration(value) for a generator's return value (None: no argument). */
static HsObject *stop_iteration(HsObject *value) {
    if (value == Hs_None) {
        HsErr_SetObject(HsExc_StopIteration, NULL);
    } else {
        HsObject *args = HsTuple_Pack(1, value);
        if (args != NULL) {
            HsErr_SetObject(HsExc_StopIteration, args);
            Hs_DECREF(args);
        }
    }
    Hs_DECREF(value);
    return NULL;
}

/* ==== the generator's methods ==== */

/* next(gen): a return of None ends iteration without an exception; any other return
 * value travels in StopIteration (CPython: gen_iternext). */
static HsObject *gen_iternext(HsObject *op) {
    HsObject *r;
    GenResult st = gen_send_ex((GenObject *)op, NULL, 0, &r);
    if (st == GEN_RETURN) {
        if (r == Hs_None) {
            Hs_DECREF(r);
            return NULL;
        }
        return stop_iteration(r);
    }
    return r;
}

static HsObject *gen_send(HsObject *op, HsObject *arg) {
    HsObject *r;
    GenResult st = gen_send_ex((GenObject *)op, arg, 0, &r);
    return st == GEN_RETURN ? stop_iteration(r) : r;
}

/* The iterator a generator suspended in `yield from` delegates to: the top of its stack
 * when the next instruction is RESUME 2 (CPython: _PyGen_yf). Return: borrowed, or NULL. */
static HsObject *gen_yf(GenObject *g) {
    if (g->gi_frame_state != GEN_SUSPENDED) {
        return NULL;
    }
    HsFrame *f = GEN_FRAME(g);
    hs_codeunit next = f->prev_instr[1];
    if (HS_CU_OPCODE(next) != HS_OP_RESUME || HS_CU_OPARG(next) < 2 || f->stacktop < 1) {
        return NULL;
    }
    return f->localsplus[f->f_code->co_nlocalsplus + f->stacktop - 1];
}

static HsObject *gen_close(HsObject *op, HsObject *unused);

/* "close" / "throw", interned once for the process lifetime. Return: borrowed. */
static HsObject *str_close(void) {
    static HsObject *s;
    return hs_obj_static_name(&s, "close");
}

static HsObject *str_throw(void) {
    static HsObject *s;
    return hs_obj_static_name(&s, "throw");
}

/* Close the delegated-to iterator: gen.close(), or its close method if it has one
 * (CPython: gen_close_iter). Returns 0 or -1. */
static int gen_close_iter(HsObject *yf) {
    HsObject *r;
    if (hs_vm_gen_check(yf)) {
        r = gen_close(yf, NULL);
    } else {
        HsObject *meth;
        if (HsObject_LookupAttr(yf, str_close(), &meth) < 0) {
            return -1;
        }
        if (meth == NULL) {
            return 0;
        }
        r = HsObject_CallNoArgs(meth);
        Hs_DECREF(meth);
    }
    Hs_XDECREF(r);
    return r != NULL ? 0 : -1;
}

static HsObject *gen_send(HsObject *op, HsObject *arg);

/* Raise typ/val at the generator's yield, or pass them to the iterator it delegates to;
 * when that iterator finishes, resume after the `yield from` with its value
 * (CPython: _gen_throw). Return: new reference. */
static HsObject *gen_throw_impl(GenObject *g, int close_on_genexit, HsObject *typ,
                                HsObject *val, HsObject *tb) {
    HsObject *yf = gen_yf(g), *ret = NULL;
    if (yf != NULL) {
        Hs_INCREF(yf);
        int8_t state = g->gi_frame_state;
        if (close_on_genexit && HsErr_GivenExceptionMatches(typ, HsExc_GeneratorExit)) {
            g->gi_frame_state = GEN_EXECUTING;
            int err = gen_close_iter(yf);
            g->gi_frame_state = state;
            Hs_DECREF(yf);
            if (err < 0) {
                GenResult st = gen_send_ex(g, NULL, 1, &ret);
                return st == GEN_RETURN ? stop_iteration(ret) : ret;
            }
            goto throw_here;
        }
        g->gi_frame_state = GEN_EXECUTING;
        if (hs_vm_gen_check(yf)) {
            ret = gen_throw_impl((GenObject *)yf, close_on_genexit, typ, val, tb);
        } else {
            HsObject *meth;
            if (HsObject_LookupAttr(yf, str_throw(), &meth) < 0) {
                g->gi_frame_state = state;
                Hs_DECREF(yf);
                return NULL;
            }
            if (meth == NULL) {
                g->gi_frame_state = state;
                Hs_DECREF(yf);
                goto throw_here;
            }
            HsObject *argv[3] = {typ, val, tb};
            size_t n = val == NULL ? 1 : tb == NULL ? 2 : 3;
            ret = HsObject_Vectorcall(meth, argv, n, NULL);
            Hs_DECREF(meth);
        }
        g->gi_frame_state = state;
        Hs_DECREF(yf);
        if (ret == NULL) {
            /* The subiterator ended: pop it and continue after the SEND loop. */
            HsFrame *f = GEN_FRAME(g);
            HsObject *top = f->localsplus[f->f_code->co_nlocalsplus + --f->stacktop];
            Hs_DECREF(top);
            hs_codeunit send = f->prev_instr[-1];
            f->prev_instr += HS_CU_OPARG(send) - 1; /* so the next instruction is its target */
            if (HsErr_ExceptionMatches(HsExc_StopIteration)) {
                HsObject *exc = HsErr_GetRaisedException();
                HsObject *args = ((HsBaseExceptionObject *)exc)->args;
                HsObject *v = args != NULL && Hs_SIZE(args) > 0 ? HS_TUPLE_GET(args, 0)
                                                                 : Hs_None;
                Hs_INCREF(v);
                Hs_DECREF(exc);
                ret = gen_send((HsObject *)g, v);
                Hs_DECREF(v);
            } else {
                GenResult st = gen_send_ex(g, NULL, 1, &ret);
                ret = st == GEN_RETURN ? stop_iteration(ret) : ret;
            }
        }
        return ret;
    }
throw_here:
    if (HsType_Check(typ) && HsExceptionClass_Check(typ)) {
        HsErr_SetObject(typ, val != NULL && val != Hs_None ? val : NULL);
    } else if (HsExceptionInstance_Check(typ)) {
        if (val != NULL && val != Hs_None) {
            return HsErr_Format(HsExc_TypeError, "instance exception may not have a separate "
                                "value");
        }
        HsErr_SetObject((HsObject *)Hs_TYPE(typ), typ);
    } else {
        return HsErr_Format(HsExc_TypeError, "exceptions must be classes or instances deriving "
                            "from BaseException, not %s", Hs_TYPE(typ)->tp_name);
    }
    GenResult st = gen_send_ex(g, NULL, 1, &ret);
    return st == GEN_RETURN ? stop_iteration(ret) : ret;
}

/* throw(type[, value[, tb]]) or throw(instance): raise it at the suspended yield. */
static HsObject *gen_throw(HsObject *op, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("throw", nargs, 1, 3) < 0) {
        return NULL;
    }
    return gen_throw_impl((GenObject *)op, 1, args[0], nargs > 1 ? args[1] : NULL,
                          nargs > 2 ? args[2] : NULL);
}

/* close(): close what a `yield from` delegates to, then raise GeneratorExit at the yield;
 * yielding again is a RuntimeError. */
static HsObject *gen_close(HsObject *op, HsObject *unused) {
    (void)unused;
    GenObject *g = (GenObject *)op;
    if (g->gi_frame_state == GEN_CREATED) {
        gen_clear_frame(g);
        g->gi_frame_state = GEN_COMPLETED;
        Hs_RETURN_NONE;
    }
    if (!gen_live(g)) {
        Hs_RETURN_NONE;
    }
    int err = 0;
    HsObject *yf = gen_yf(g);
    if (yf != NULL) {
        Hs_INCREF(yf);
        int8_t state = g->gi_frame_state;
        g->gi_frame_state = GEN_EXECUTING;
        err = gen_close_iter(yf);
        g->gi_frame_state = state;
        Hs_DECREF(yf);
    }
    if (err == 0) {
        HsErr_SetObject(HsExc_GeneratorExit, NULL);
    }
    HsObject *r;
    GenResult st = gen_send_ex(g, NULL, 1, &r);
    if (st == GEN_NEXT) {
        Hs_DECREF(r);
        return HsErr_Format(HsExc_RuntimeError, "generator ignored GeneratorExit");
    }
    if (st == GEN_RETURN) {
        Hs_DECREF(r);
        Hs_RETURN_NONE;
    }
    if (HsErr_ExceptionMatches(HsExc_StopIteration) ||
        HsErr_ExceptionMatches(HsExc_GeneratorExit)) {
        HsErr_Clear();
        Hs_RETURN_NONE;
    }
    return NULL;
}

/* ==== type slots ==== */

static HsObject *gen_self(HsObject *op) {
    return Hs_NewRef(op);
}

static void gen_finalize(HsObject *op) {
    GenObject *g = (GenObject *)op;
    if (g->gi_frame_state != GEN_SUSPENDED) {
        return;
    }
    HsObject *saved = HsErr_GetRaisedException();
    HsObject *r = gen_close(op, NULL);
    if (r == NULL) {
        HsErr_WriteUnraisable(op); /* CPython: _PyGen_Finalize */
    }
    Hs_XDECREF(r);
    HsErr_SetRaisedException(saved);
}

static void gen_dealloc(HsObject *op) {
    GenObject *g = (GenObject *)op;
    hs_gc_untrack(op);
    if (g->gi_weakreflist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    if (hs_obj_call_finalizer_from_dealloc(op) < 0) {
        return; /* resurrected */
    }
    gen_clear_frame(g);
    Hs_XDECREF(g->gi_name);
    Hs_XDECREF(g->gi_qualname);
    Hs_XDECREF(g->gi_exc_state);
    Hs_XDECREF(g->gi_code);
    hs_gc_free(op);
}

static int gen_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    GenObject *g = (GenObject *)op;
    if (g->gi_exc_state != NULL && visit(g->gi_exc_state, arg) != 0) {
        return 1;
    }
    if (!gen_live(g)) {
        return 0;
    }
    HsFrame *f = GEN_FRAME(g);
    if (f->f_func != NULL && visit(f->f_func, arg) != 0) {
        return 1;
    }
    if (f->frame_obj != NULL && visit(f->frame_obj, arg) != 0) {
        return 1;
    }
    if (f->f_locals != NULL && visit(f->f_locals, arg) != 0) {
        return 1;
    }
    for (int i = 0; i < f->f_code->co_nlocalsplus + f->stacktop; i++) {
        if (f->localsplus[i] != NULL && visit(f->localsplus[i], arg) != 0) {
            return 1;
        }
    }
    return 0;
}

static HsObject *gen_repr(HsObject *op) {
    return HsUnicode_FromFormat("<generator object %U at %p>", ((GenObject *)op)->gi_qualname,
                                (void *)op);
}

static HsObject *gen_get_running(HsObject *op, void *closure) {
    (void)closure;
    return HsBool_FromLong(((GenObject *)op)->gi_frame_state == GEN_EXECUTING);
}

static HsObject *gen_get_suspended(HsObject *op, void *closure) {
    (void)closure;
    return HsBool_FromLong(((GenObject *)op)->gi_frame_state == GEN_SUSPENDED);
}

/* gi_frame: the frame object while the generator can still run, else None. */
static HsObject *gen_get_frame(HsObject *op, void *closure) {
    (void)closure;
    GenObject *g = (GenObject *)op;
    if (!gen_live(g)) {
        Hs_RETURN_NONE;
    }
    return Hs_XNewRef(hs_vm_frame_object(GEN_FRAME(g)));
}

static HsObject *gen_get_yieldfrom(HsObject *op, void *closure) {
    (void)closure;
    HsObject *yf = gen_yf((GenObject *)op);
    return Hs_NewRef(yf != NULL ? yf : Hs_None);
}

/* __sizeof__: CPython 3.11's generator header (80 bytes) plus a whole frame of its code. */
static HsObject *gen_sizeof(HsObject *op, HsObject *unused) {
    (void)unused;
    HsCodeObject *co = (HsCodeObject *)((GenObject *)op)->gi_code;
    return HsLong_FromSsize_t((Hs_ssize_t)(80 + HS_FRAME_SIZE(co)));
}

static HsMethodDef gen_methods[] = {
    {"__sizeof__", HS_CFUNC(gen_sizeof), HS_METH_NOARGS, NULL},
    {"send", HS_CFUNC(gen_send), HS_METH_O, NULL},
    {"throw", HS_CFUNC(gen_throw), HS_METH_FASTCALL, NULL},
    {"close", HS_CFUNC(gen_close), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static HsMemberDef gen_members[] = {
    {"__name__", HS_T_OBJECT, offsetof(GenObject, gi_name), HS_READONLY, NULL},
    {"__qualname__", HS_T_OBJECT, offsetof(GenObject, gi_qualname), HS_READONLY, NULL},
    {"gi_code", HS_T_OBJECT, offsetof(GenObject, gi_code), HS_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static HsGetSetDef gen_getset[] = {
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

HsTypeObject HsGen_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "generator",
    .tp_basicsize = offsetof(GenObject, gi_iframe),
    .tp_itemsize = sizeof(HsObject *),
    .tp_dealloc = gen_dealloc,
    .tp_repr = gen_repr,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = gen_traverse,
    .tp_weaklistoffset = offsetof(GenObject, gi_weakreflist),
    .tp_iter = gen_self,
    .tp_iternext = gen_iternext,
    .tp_methods = gen_methods,
    .tp_members = gen_members,
    .tp_getset = gen_getset,
    .tp_finalize = gen_finalize,
};

/* ==== internal API ==== */

HsObject *hs_vm_gen_from_frame(HsFrame *frame) {
    HsCodeObject *co = frame->f_code;
    size_t fsize = HS_FRAME_SIZE(co);
    size_t bytes = offsetof(GenObject, gi_iframe) + fsize;
    GenObject *g = (GenObject *)hs_gc_alloc(&HsGen_Type, bytes);
    if (g == NULL) {
        return HsErr_NoMemory();
    }
    HsFunctionObject *fn = (HsFunctionObject *)frame->f_func;
    g->gi_weakreflist = NULL;
    g->gi_name = Hs_NewRef(fn != NULL ? fn->func_name : co->co_name);
    g->gi_qualname = Hs_NewRef(fn != NULL ? fn->func_qualname : co->co_qualname);
    g->gi_exc_state = NULL;
    g->gi_code = Hs_NewRef((HsObject *)co);
    /* Move the frame (its owned references come along) into the generator. */
    memcpy(g->gi_iframe, frame, fsize);
    HsFrame *gf = GEN_FRAME(g);
    gf->owner = HS_FRAME_OWNED_BY_GENERATOR;
    gf->previous = NULL;
    gf->is_entry = 0;
    if (gf->frame_obj != NULL) {
        ((HsFrameObject *)gf->frame_obj)->f_frame = gf;
    }
    g->gi_frame_state = GEN_CREATED;
    hs_gc_track((HsObject *)g);
    return (HsObject *)g;
}

int hs_vm_gen_clear_from_frame(HsFrame *frame) {
    GenObject *g = (GenObject *)((char *)frame - offsetof(GenObject, gi_iframe));
    if (g->gi_frame_state == GEN_EXECUTING) {
        HsErr_SetString(HsExc_RuntimeError, "cannot clear an executing frame");
        return -1;
    }
    if (gen_live(g)) {
        HsObject *r = gen_close((HsObject *)g, NULL); /* CPython: _PyGen_Finalize */
        if (r == NULL) {
            HsErr_Clear(); /* CPython reports it as unraisable */
        }
        Hs_XDECREF(r);
    }
    return 0;
}

int hs_vm_gen_check(HsObject *op) {
    return Hs_TYPE(op) == &HsGen_Type;
}

HsFrame *hs_vm_gen_frame(HsObject *op) {
    return gen_live((GenObject *)op) ? GEN_FRAME(op) : NULL;
}

void hs_vm_gen_suspend(HsFrame *frame) {
    GenObject *g = (GenObject *)((char *)frame - offsetof(GenObject, gi_iframe));
    g->gi_frame_state = GEN_SUSPENDED;
}

int hs_vm_iter_send(HsObject *iter, HsObject *arg, HsObject **result) {
    if (Hs_TYPE(iter) == &HsGen_Type) {
        GenResult st = gen_send_ex((GenObject *)iter, arg, 0, result);
        return (int)st;
    }
    if (arg == Hs_None && Hs_TYPE(iter)->tp_iternext != NULL) {
        *result = Hs_TYPE(iter)->tp_iternext(iter);
    } else {
        HsObject *name = HsUnicode_InternFromString("send");
        *result = name != NULL ? HsObject_CallMethodOneArg(iter, name, arg) : NULL;
        Hs_XDECREF(name);
    }
    if (*result != NULL) {
        return GEN_NEXT;
    }
    /* StopIteration ends the delegation with its value (CPython:
     * _PyGen_FetchStopIterationValue); no exception at all means None. */
    if (!HsErr_Occurred()) {
        *result = Hs_NewRef(Hs_None);
        return GEN_RETURN;
    }
    if (!HsErr_ExceptionMatches(HsExc_StopIteration)) {
        return GEN_ERROR;
    }
    HsObject *exc = HsErr_GetRaisedException();
    HsObject *value = ((HsStopIterationObject *)exc)->value;
    *result = Hs_NewRef(value != NULL ? value : Hs_None);
    Hs_DECREF(exc);
    return GEN_RETURN;
}
