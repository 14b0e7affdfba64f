/* Frame objects (CPython 3.11: Include/internal/pycore_frame.h, Objects/frameobject.c): the
 * Python-visible `frame` made on demand for an HsFrame (sys._getframe, tracebacks,
 * generator.gi_frame). While the frame runs the object points at it; when the frame is
 * popped while someone else still holds the object, the object takes a copy of the frame
 * (and its references) into its own trailing storage, as CPython's take_ownership does. */
#ifndef HS_INTERNAL_HS_VM_FRAMEOBJECT_H
#define HS_INTERNAL_HS_VM_FRAMEOBJECT_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_vm.h"

/* CPython 3.11's struct _frame, field for field (so sizes match), plus one flag in the
 * padding. Invariants: f_frame points at the data stack, into a generator, or at
 * f_frame_data (owner HS_FRAME_OWNED_BY_FRAME_OBJECT); only in the last case does the
 * object own the frame's references. The object is GC-tracked from then on only. */
typedef struct HsFrameObject {
    HsObject ob_base;
    struct HsFrameObject *f_back; /* owned; set when the object took the frame over */
    HsFrame *f_frame;
    HsObject *f_trace;        /* owned, or NULL */
    int f_lineno;             /* 0: computed from the location table */
    char f_trace_lines;
    char f_trace_opcodes;
    char f_fast_as_locals;
    char f_owns_globals; /* heapscope: holds f_globals/f_builtins itself (no f_func) */
    HsObject *f_frame_data[1];
} HsFrameObject;

extern HsTypeObject HsFrame_Type;

#define HsFrame_Check(op) (Hs_TYPE(op) == &HsFrame_Type)

/* The frame object of 'frame', made and cached in frame->frame_obj on first use. Keeps a
 * pending exception as it was. Return: borrowed reference, or NULL with MemoryError.
 * CPython: _PyFrame_GetFrameObject. */
HsObject *hs_vm_frame_object(HsFrame *frame);

/* Before dropping the references of a frame that has a frame object: if others still hold
 * the object it takes the frame's data and references over (returns 1: the caller must
 * forget them, not release them); otherwise the object is dropped (returns 0).
 * frame->frame_obj is NULL afterwards. CPython: the frame_obj part of _PyFrame_Clear. */
int hs_vm_frame_detach_object(HsFrame *frame);

/* Merge the frame's fast locals and cells into frame->f_locals (a dict made on first use
 * for a function frame; the namespace itself for module and class bodies).
 * Return: borrowed reference, or NULL with an exception. CPython: _PyFrame_FastToLocals. */
HsObject *hs_vm_frame_fast_to_locals(HsFrame *frame);

/* The line the frame is at (its first line before it starts). CPython:
 * _PyInterpreterFrame_GetLine. */
int hs_vm_frame_lineno(HsFrame *frame);

/* Frame objects whose frame is a generator's: close it for frame.clear() (RuntimeError if
 * it is running). Returns 0 or -1. Defined in genobject.c. */
int hs_vm_gen_clear_from_frame(HsFrame *frame);

#endif /* HS_INTERNAL_HS_VM_FRAMEOBJECT_H */
