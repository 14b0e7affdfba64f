/* Raising and inspecting exceptions (CPython: Python/errors.c). The current exception is
 * one normalised instance in the thread state (docs/internals/interpreter-plan.md). Raising
 * builds the instance at once; MemoryError reuses one preallocated instance so that running
 * out of memory never needs memory to report it.
 * Invariant: tstate->curexc is NULL or an owned reference to an exception instance. */
#include "internal/hs_vm.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"

#include <stdio.h>

/* ==== state ==== */

static HsObject *memory_error_instance; /* made on first use, kept for good */

/* ==== static helpers ==== */

static void set_current(HsObject *exc) {
    HsThreadState *ts = hs_vm_tstate();
    HsObject *old = ts->curexc;
    ts->curexc = exc;
    Hs_XDECREF(old);
}

/* Make the instance for raising 'type' with 'value' (see HsErr_SetObject).
 * Return: new reference. */
static HsObject *make_instance(HsObject *type, HsObject *value) {
    if (value != NULL && HsExceptionInstance_Check(value) &&
        HsType_IsSubtype(Hs_TYPE(value), (HsTypeObject *)type)) {
        return Hs_NewRef(value);
    }
    HsObject *args;
    if (value == NULL || value == Hs_None) {
        args = HsTuple_New(0); /* CPython: None means "no arguments" */
    } else if (HsTuple_Check(value)) {
        args = Hs_NewRef(value);
    } else {
        args = HsTuple_Pack(1, value);
    }
    if (args == NULL) {
        return NULL;
    }
    HsObject *exc = hs_exc_create(type, args);
    Hs_DECREF(args);
    return exc;
}

/* ==== public API ==== */

/* sys.exception()'s answer; see hs_vm.h. */
HsObject *hs_vm_handled_exception(HsThreadState *ts) {
    if (ts->exc_info != NULL && ts->exc_info != Hs_None) {
        return ts->exc_info;
    }
    for (HsExcOuter *o = ts->exc_outer; o != NULL; o = o->prev) {
        if (o->value != NULL && o->value != Hs_None) {
            return o->value;
        }
    }
    return NULL;
}

/* Implicit chaining (CPython: _PyErr_SetObject): an exception raised while another is
 * being handled gets that one as __context__, unless that would make a cycle, which is cut
 * where it would close. */
static void chain_context(HsObject *exc) {
    HsObject *handled = hs_vm_handled_exception(hs_vm_tstate());
    if (handled == NULL || handled == exc) {
        return;
    }
    HsObject *o = handled;
    while (o != NULL) {
        HsBaseExceptionObject *e = (HsBaseExceptionObject *)o;
        if (e->context == exc) {
            Hs_CLEAR(e->context); /* would close a cycle */
            break;
        }
        o = e->context;
    }
    HsBaseExceptionObject *x = (HsBaseExceptionObject *)exc;
    Hs_XDECREF(x->context);
    x->context = Hs_NewRef(handled);
}

void HsErr_SetObject(HsObject *type, HsObject *value) {
    if (!HsExceptionClass_Check(type)) {
        HsErr_Format(HsExc_SystemError,
                     "HsErr_SetObject: exception %R is not a BaseException subclass", type);
        return;
    }
    HsObject *exc = make_instance(type, value);
    if (exc == NULL) {
        return; /* making it raised something else, which is now current */
    }
    chain_context(exc);
    set_current(exc);
}

void HsErr_SetString(HsObject *type, const char *msg) {
    HsObject *s = HsUnicode_FromString(msg);
    if (s == NULL) {
        return;
    }
    HsErr_SetObject(type, s);
    Hs_DECREF(s);
}

HsObject *HsErr_FormatV(HsObject *type, const char *format, va_list va) {
    HsErr_Clear(); /* as CPython: formatting must not see a pending exception */
    HsObject *s = HsUnicode_FromFormatV(format, va);
    if (s != NULL) {
        HsErr_SetObject(type, s);
        Hs_DECREF(s);
    }
    return NULL;
}

HsObject *HsErr_Format(HsObject *type, const char *format, ...) {
    va_list va;
    va_start(va, format);
    HsErr_FormatV(type, format, va);
    va_end(va);
    return NULL;
}

HsObject *HsErr_NoMemory(void) {
    if (memory_error_instance == NULL) {
        HsObject *args = HsTuple_New(0);
        memory_error_instance = args != NULL ? hs_exc_create(HsExc_MemoryError, args) : NULL;
        Hs_XDECREF(args);
        if (memory_error_instance == NULL) {
            HS_FATAL("out of memory while creating the MemoryError instance");
        }
        hs_obj_register_static(&memory_error_instance); // released by finalization
    }
    set_current(Hs_NewRef(memory_error_instance));
    return NULL;
}

int HsErr_BadArgument(void) {
    HsErr_SetString(HsExc_TypeError, "bad argument type for built-in operation");
    return 0;
}

void HsErr_BadInternalCall(const char *file, int line) {
    HsErr_Format(HsExc_SystemError, "%s:%d: bad argument to internal function", file, line);
}

HsObject *HsErr_Occurred(void) {
    HsObject *exc = hs_vm_tstate()->curexc;
    return exc == NULL ? NULL : (HsObject *)Hs_TYPE(exc);
}

int HsErr_GivenExceptionMatches(HsObject *given, HsObject *exc) {
    if (given == NULL || exc == NULL) {
        return 0;
    }
    if (HsTuple_Check(exc)) {
        for (Hs_ssize_t i = 0; i < Hs_SIZE(exc); i++) {
            if (HsErr_GivenExceptionMatches(given, HS_TUPLE_GET(exc, i))) {
                return 1;
            }
        }
        return 0;
    }
    if (HsExceptionInstance_Check(given)) {
        given = (HsObject *)Hs_TYPE(given);
    }
    if (HsExceptionClass_Check(given) && HsExceptionClass_Check(exc)) {
        return HsType_IsSubtype((HsTypeObject *)given, (HsTypeObject *)exc);
    }
    return given == exc;
}

int HsErr_ExceptionMatches(HsObject *exc) {
    return HsErr_GivenExceptionMatches(HsErr_Occurred(), exc);
}

HsObject *HsErr_GetRaisedException(void) {
    HsThreadState *ts = hs_vm_tstate();
    HsObject *exc = ts->curexc;
    ts->curexc = NULL;
    return exc;
}

void HsErr_SetRaisedException(HsObject *exc) {
    set_current(exc);
}

void HsErr_Clear(void) {
    set_current(NULL);
}

void HsErr_Print(void) {
    HsObject *exc = HsErr_GetRaisedException();
    if (exc == NULL) {
        return;
    }
    hs_vm_print_exception(exc, stderr);
    HsErr_Clear();
    Hs_DECREF(exc);
}

void HsErr_WriteUnraisable(HsObject *obj) {
    hs_vm_write_unraisable_msg("Exception ignored in", obj);
}

void hs_vm_write_unraisable_msg(const char *msg, HsObject *obj) {
    HsObject *exc = HsErr_GetRaisedException();
    if (exc == NULL) {
        return;
    }
    HsFrame *frame = hs_vm_tstate()->frame;
    if (((HsBaseExceptionObject *)exc)->traceback == NULL && frame != NULL) {
        HsErr_SetRaisedException(exc);
        (void)hs_vm_traceback_here(frame);
        exc = HsErr_GetRaisedException();
    }
    HsObject *r = obj != NULL ? HsObject_Repr(obj) : NULL;
    HsErr_Clear();
    fflush(stdout);
    fprintf(stderr, "%s: %s\n", msg,
            r != NULL && HsUnicode_Check(r) ? HsUnicode_AsUTF8(r) : "<object repr() failed>");
    Hs_XDECREF(r);
    hs_vm_print_exception(exc, stderr);
    Hs_DECREF(exc);
}

void hs_vm_issue_compile_warnings(const HsCompileError *err, const char *filename) {
    if (err->nwarnings == 0) {
        return;
    }
    HsObject *exc = HsErr_GetRaisedException();
    HsObject *name = HsUnicode_FromString("warnings");
    HsObject *mod = name != NULL ? hs_vm_import_name(name, NULL, NULL, 0) : NULL;
    HsObject *fn = mod != NULL ? HsObject_GetAttrString(mod, "warn_explicit") : NULL;
    HsObject *fname = HsUnicode_FromString(filename != NULL ? filename : "<string>");
    for (int i = 0; fn != NULL && fname != NULL && i < err->nwarnings; i++) {
        HsObject *msg = HsUnicode_FromString(err->warnings[i].msg);
        HsObject *lineno = HsLong_FromLong(err->warnings[i].lineno);
        if (msg != NULL && lineno != NULL) {
            HsObject *args[4] = {msg, HsExc_SyntaxWarning, fname, lineno};
            HsObject *r = HsObject_Vectorcall(fn, args, 4, NULL);
            Hs_XDECREF(r);
        }
        Hs_XDECREF(msg);
        Hs_XDECREF(lineno);
        HsErr_Clear(); /* a warning turned into an error is dropped here */
    }
    HsErr_Clear();
    Hs_XDECREF(fname);
    Hs_XDECREF(fn);
    Hs_XDECREF(mod);
    Hs_XDECREF(name);
    HsErr_SetRaisedException(exc);
}
