/* Frame objects (CPython 3.11: Objects/frameobject.c, Python/frame.c). Frames live on the
 * thread's data stack and get a `frame` object only when asked for (sys._getframe, a
 * traceback entry, generator.gi_frame). The object is allocated with room for a whole copy
 * of its frame; while the frame runs it merely points at it, and when the frame is popped
 * while the object is still referenced elsewhere it takes the frame over: the frame's bytes
 * and references move into the object (take_ownership), f_back becomes a real link to the
 * caller's frame object, and f_locals/f_lineno/f_code keep answering from the copy.
 * Invariants: an object that does not own its frame is untracked and owns no frame data (the
 * HsFrame holds the only reference to it in frame_obj); one that owns it is GC-tracked and
 * traverses the frame's references; f_code is never cleared before dealloc. */
#include "internal/hs_vm_frameobject.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <string.h>

#define FRAME_DATA(f) ((HsFrame *)(f)->f_frame_data)

/* ==== making and taking over ==== */

HsObject *hs_vm_frame_object(HsFrame *frame) {
    if (frame->frame_obj != NULL) {
        return frame->frame_obj;
    }
    HsObject *exc = HsErr_GetRaisedException();
    size_t size = offsetof(HsFrameObject, f_frame_data) + HS_FRAME_SIZE(frame->f_code);
    HsFrameObject *f = (HsFrameObject *)hs_gc_alloc(&HsFrame_Type, size);
    if (f == NULL) {
        Hs_XDECREF(exc);
        HsErr_NoMemory();
        return NULL;
    }
    HsErr_SetRaisedException(exc);
    f->f_back = NULL;
    f->f_frame = frame;
    f->f_trace = NULL;
    f->f_lineno = 0;
    f->f_trace_lines = 1;
    f->f_trace_opcodes = 0;
    f->f_fast_as_locals = 0;
    f->f_owns_globals = 0;
    if (frame->frame_obj != NULL) {
        /* An automatic collection ran code that made one meanwhile (CPython GH-97002). */
        hs_gc_free((HsObject *)f);
        return frame->frame_obj;
    }
    frame->frame_obj = (HsObject *)f;
    return (HsObject *)f;
}

/* Copy 'frame' and its references into 'f' and link f_back (CPython: take_ownership). */
static void take_ownership(HsFrameObject *f, HsFrame *frame) {
    size_t size = offsetof(HsFrame, localsplus) +
                  (size_t)(frame->f_code->co_nlocalsplus + frame->stacktop) * sizeof(HsObject *);
    memcpy(f->f_frame_data, frame, size);
    HsFrame *own = FRAME_DATA(f);
    f->f_frame = own;
    own->owner = HS_FRAME_OWNED_BY_FRAME_OBJECT;
    own->is_entry = 0;
    own->frame_obj = NULL;
    if (own->f_func == NULL) {
        /* Module and class bodies borrow their globals from the caller: keep them. */
        Hs_INCREF(own->f_globals);
        Hs_INCREF(own->f_builtins);
        f->f_owns_globals = 1;
    }
    HsFrame *prev = own->previous;
    own->previous = NULL;
    if (prev != NULL) {
        HsObject *back = hs_vm_frame_object(prev);
        if (back == NULL) {
            HsErr_Clear(); /* out of memory: no f_back (as CPython) */
        } else {
            f->f_back = (HsFrameObject *)Hs_NewRef(back);
        }
    }
    if (!hs_gc_is_tracked((HsObject *)f)) {
        hs_gc_track((HsObject *)f);
    }
}

int hs_vm_frame_detach_object(HsFrame *frame) {
    HsFrameObject *f = (HsFrameObject *)frame->frame_obj;
    frame->frame_obj = NULL;
    if (Hs_REFCNT(f) > 1) {
        take_ownership(f, frame);
        Hs_DECREF(f);
        return 1;
    }
    Hs_DECREF(f);
    return 0;
}

/* ==== locals and lines ==== */

/* Store or delete (value NULL) 'name' in the namespace 'ns'. Returns 0 or -1. */
static int set_or_del(HsObject *ns, HsObject *name, HsObject *value) {
    if (value != NULL) {
        return HsObject_SetItem(ns, name, value);
    }
    if (HsObject_DelItem(ns, name) == 0) {
        return 0;
    }
    if (HsErr_ExceptionMatches(HsExc_KeyError)) {
        HsErr_Clear();
        return 0;
    }
    return -1;
}

HsObject *hs_vm_frame_fast_to_locals(HsFrame *frame) {
    if (frame->f_locals == NULL) {
        frame->f_locals = HsDict_New();
        if (frame->f_locals == NULL) {
            return NULL;
        }
    }
    HsCodeObject *co = frame->f_code;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        int kind = co->co_localspluskinds[i];
        if ((kind & HS_CO_FAST_FREE) && !(co->co_flags & HS_CO_OPTIMIZED)) {
            continue; /* a class body's free variables are not its namespace's */
        }
        HsObject *value = frame->localsplus[i];
        if (value != NULL && (kind & (HS_CO_FAST_CELL | HS_CO_FAST_FREE)) &&
            HsCell_Check(value)) {
            value = ((HsCellObject *)value)->ob_ref;
        }
        if (set_or_del(frame->f_locals, HS_TUPLE_GET(co->co_localsplusnames, i), value) < 0) {
            return NULL;
        }
    }
    return frame->f_locals;
}

int hs_vm_frame_lineno(HsFrame *frame) {
    Hs_ssize_t index = frame->prev_instr - frame->f_code->co_code;
    if (index < 0) {
        return frame->f_code->co_firstlineno;
    }
    return hs_code_addr2line(frame->f_code, index);
}

/* f_lineno: a line set by a tracer, else the current one. CPython: PyFrame_GetLineNumber. */
static int frame_lineno(HsFrameObject *f) {
    return f->f_lineno != 0 ? f->f_lineno : hs_vm_frame_lineno(f->f_frame);
}

/* ==== attributes ==== */

static HsObject *frame_get_lineno(HsObject *op, void *closure) {
    (void)closure;
    int line = frame_lineno((HsFrameObject *)op);
    if (line < 0) {
        Hs_RETURN_NONE;
    }
    return HsLong_FromLong(line);
}

/* Setting f_lineno jumps, which only a tracer may do; heapscope has no tracing, so this is
 * the error CPython gives outside one (its tracing_what is then the 'call' event). */
static int frame_set_lineno(HsObject *op, HsObject *value, void *closure) {
    (void)op;
    (void)closure;
    if (value == NULL) {
        HsErr_SetString(HsExc_AttributeError, "cannot delete attribute");
    } else if (!HsLong_CheckExact(value)) {
        HsErr_SetString(HsExc_ValueError, "lineno must be an integer");
    } else {
        HsErr_SetString(HsExc_ValueError, "can't jump from the 'call' trace event of a new "
                        "frame");
    }
    return -1;
}

static HsObject *frame_get_lasti(HsObject *op, void *closure) {
    (void)closure;
    HsFrame *fr = ((HsFrameObject *)op)->f_frame;
    Hs_ssize_t index = fr->prev_instr - fr->f_code->co_code;
    return HsLong_FromSsize_t(index < 0 ? -1 : index * (Hs_ssize_t)sizeof(hs_codeunit));
}

static HsObject *frame_get_code(HsObject *op, void *closure) {
    (void)closure;
    return Hs_NewRef((HsObject *)((HsFrameObject *)op)->f_frame->f_code);
}

static HsObject *frame_get_globals(HsObject *op, void *closure) {
    (void)closure;
    HsObject *g = ((HsFrameObject *)op)->f_frame->f_globals;
    return Hs_NewRef(g != NULL ? g : Hs_None);
}

static HsObject *frame_get_builtins(HsObject *op, void *closure) {
    (void)closure;
    HsObject *b = ((HsFrameObject *)op)->f_frame->f_builtins;
    return Hs_NewRef(b != NULL ? b : Hs_None);
}

static HsObject *frame_get_locals(HsObject *op, void *closure) {
    (void)closure;
    HsObject *locals = hs_vm_frame_fast_to_locals(((HsFrameObject *)op)->f_frame);
    return Hs_XNewRef(locals);
}

/* f_back: the link made at take-over, else the caller's frame object, made now.
 * CPython: PyFrame_GetBack. */
static HsObject *frame_get_back(HsObject *op, void *closure) {
    (void)closure;
    HsFrameObject *f = (HsFrameObject *)op;
    HsObject *back = (HsObject *)f->f_back;
    if (back == NULL && f->f_frame->previous != NULL) {
        back = hs_vm_frame_object(f->f_frame->previous);
        if (back == NULL) {
            return NULL;
        }
    }
    return Hs_NewRef(back != NULL ? back : Hs_None);
}

static HsObject *frame_get_trace(HsObject *op, void *closure) {
    (void)closure;
    HsObject *t = ((HsFrameObject *)op)->f_trace;
    return Hs_NewRef(t != NULL ? t : Hs_None);
}

static int frame_set_trace(HsObject *op, HsObject *value, void *closure) {
    (void)closure;
    HsFrameObject *f = (HsFrameObject *)op;
    HsObject *old = f->f_trace;
    f->f_trace = value == NULL || value == Hs_None ? NULL : Hs_NewRef(value);
    Hs_XDECREF(old);
    return 0;
}

static HsGetSetDef frame_getset[] = {
    {"f_back", frame_get_back, NULL, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL, NULL},
    {"f_lineno", frame_get_lineno, frame_set_lineno, NULL, NULL},
    {"f_trace", frame_get_trace, frame_set_trace, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL, NULL},
    {"f_code", frame_get_code, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsMemberDef frame_members[] = {
    {"f_trace_lines", HS_T_BOOL, offsetof(HsFrameObject, f_trace_lines), 0, NULL},
    {"f_trace_opcodes", HS_T_BOOL, offsetof(HsFrameObject, f_trace_opcodes), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

/* ==== methods ==== */

/* Drop the owned frame's locals and stack (not its code, function or namespace).
 * CPython: frame_tp_clear. */
static int frame_tp_clear(HsObject *op) {
    HsFrameObject *f = (HsFrameObject *)op;
    Hs_CLEAR(f->f_trace);
    if (f->f_frame->owner != HS_FRAME_OWNED_BY_FRAME_OBJECT) {
        return 0;
    }
    HsFrame *fr = f->f_frame;
    for (int i = 0; i < fr->f_code->co_nlocalsplus + fr->stacktop; i++) {
        Hs_CLEAR(fr->localsplus[i]);
    }
    fr->stacktop = 0;
    return 0;
}

/* clear(): a finished frame drops its variables; a suspended generator's is closed; a
 * running frame cannot be cleared. CPython: frame_clear. */
static HsObject *frame_clear(HsObject *op, HsObject *unused) {
    (void)unused;
    HsFrameObject *f = (HsFrameObject *)op;
    if (f->f_frame->owner == HS_FRAME_OWNED_BY_GENERATOR) {
        if (hs_vm_gen_clear_from_frame(f->f_frame) < 0) {
            return NULL;
        }
    } else if (f->f_frame->owner == HS_FRAME_OWNED_BY_THREAD) {
        return HsErr_Format(HsExc_RuntimeError, "cannot clear an executing frame");
    } else {
        frame_tp_clear(op);
    }
    Hs_RETURN_NONE;
}

/* __sizeof__: the object's header plus a whole frame of this code. CPython: frame_sizeof. */
static HsObject *frame_sizeof(HsObject *op, HsObject *unused) {
    (void)unused;
    HsCodeObject *co = ((HsFrameObject *)op)->f_frame->f_code;
    size_t size = offsetof(HsFrameObject, f_frame_data) + HS_FRAME_SIZE(co);
    return HsLong_FromSsize_t((Hs_ssize_t)size);
}

static HsMethodDef frame_methods[] = {
    {"clear", HS_CFUNC(frame_clear), HS_METH_NOARGS,
     "F.clear(): clear most references held by the frame"},
    {"__sizeof__", HS_CFUNC(frame_sizeof), HS_METH_NOARGS,
     "F.__sizeof__() -> size of F in memory, in bytes"},
    {NULL, NULL, 0, NULL},
};

/* ==== type slots ==== */

static HsObject *frame_repr(HsObject *op) {
    HsFrameObject *f = (HsFrameObject *)op;
    HsCodeObject *co = f->f_frame->f_code;
    return HsUnicode_FromFormat("<frame at %p, file %R, line %d, code %S>", (void *)op,
                                co->co_filename, frame_lineno(f), co->co_name);
}

static void frame_dealloc(HsObject *op) {
    HsFrameObject *f = (HsFrameObject *)op;
    hs_gc_untrack(op);
    if (!hs_trashcan_begin(op)) {
        return;
    }
    HsCodeObject *co = NULL;
    if (f->f_frame->owner == HS_FRAME_OWNED_BY_FRAME_OBJECT) {
        HsFrame *fr = FRAME_DATA(f);
        co = fr->f_code; /* dropped last */
        Hs_CLEAR(fr->f_func);
        Hs_CLEAR(fr->f_locals);
        for (int i = 0; i < co->co_nlocalsplus + fr->stacktop; i++) {
            Hs_CLEAR(fr->localsplus[i]);
        }
        if (f->f_owns_globals) {
            Hs_CLEAR(fr->f_globals);
            Hs_CLEAR(fr->f_builtins);
        }
    }
    Hs_CLEAR(f->f_back);
    Hs_CLEAR(f->f_trace);
    hs_gc_free(op);
    Hs_XDECREF((HsObject *)co);
    hs_trashcan_end();
}

#define VISIT(o)                                                                               \
    do {                                                                                       \
        if ((o) != NULL && visit((HsObject *)(o), arg) != 0) {                                 \
            return 1;                                                                          \
        }                                                                                      \
    } while (0)

static int frame_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsFrameObject *f = (HsFrameObject *)op;
    VISIT(f->f_back);
    VISIT(f->f_trace);
    if (f->f_frame->owner != HS_FRAME_OWNED_BY_FRAME_OBJECT) {
        return 0;
    }
    HsFrame *fr = f->f_frame;
    VISIT(fr->f_locals);
    VISIT(fr->f_func);
    if (f->f_owns_globals) {
        VISIT(fr->f_globals);
        VISIT(fr->f_builtins);
    }
    for (int i = 0; i < fr->f_code->co_nlocalsplus + fr->stacktop; i++) {
        VISIT(fr->localsplus[i]);
    }
    return 0;
}

HsTypeObject HsFrame_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "frame",
    .tp_basicsize = offsetof(HsFrameObject, f_frame_data) + offsetof(HsFrame, localsplus),
    .tp_itemsize = sizeof(HsObject *),
    .tp_dealloc = frame_dealloc,
    .tp_repr = frame_repr,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = frame_traverse,
    .tp_clear = frame_tp_clear,
    .tp_methods = frame_methods,
    .tp_members = frame_members,
    .tp_getset = frame_getset,
};
