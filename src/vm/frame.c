/* Frames on the per-thread data stack (CPython 3.11: Python/pystate.c _PyThreadState_Push
 * Frame, Python/ceval.c _PyEvalFramePushAndInit and initialize_locals). A call takes its
 * frame from the current 16 KiB chunk (a new chunk when it does not fit) and gives it back
 * on return, so calls allocate no heap objects. Binding arguments to parameters follows
 * initialize_locals step by step, with CPython's error messages.
 * Invariants: frames are released in LIFO order; a chunk is freed when its last frame goes;
 * argument references passed to hs_vm_frame_push_call are owned by the frame afterwards. */
#include "internal/hs_vm.h"
#include "internal/hs_vm_frameobject.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_mem.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

#define CHUNK_SIZE ((size_t)16 * 1024)

/* ==== the data stack ==== */

static int push_chunk(HsThreadState *ts, size_t need) {
    size_t size = CHUNK_SIZE;
    while (size < need + sizeof(HsStackChunk)) {
        size *= 2;
    }
    HsStackChunk *c = hs_mem_raw_malloc(size);
    if (c == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    c->previous = ts->datastack_chunk;
    c->size = size;
    c->top = 0;
    if (ts->datastack_chunk != NULL) {
        ts->datastack_chunk->top =
            (size_t)((char *)ts->datastack_top - (char *)ts->datastack_chunk->data);
    }
    ts->datastack_chunk = c;
    ts->datastack_top = c->data;
    ts->datastack_limit = (HsObject **)((char *)c + size);
    return 0;
}

HsFrame *hs_vm_frame_alloc(HsThreadState *ts, size_t size) {
    size = (size + sizeof(HsObject *) - 1) & ~(sizeof(HsObject *) - 1);
    if (ts->datastack_top == NULL ||
        (char *)ts->datastack_top + size > (char *)ts->datastack_limit) {
        if (push_chunk(ts, size) < 0) {
            return NULL;
        }
    }
    HsFrame *f = (HsFrame *)ts->datastack_top;
    ts->datastack_top = (HsObject **)((char *)ts->datastack_top + size);
    return f;
}

void hs_vm_frame_release(HsThreadState *ts, HsFrame *frame) {
    HsStackChunk *c = ts->datastack_chunk;
    if ((HsObject **)frame == c->data && c->previous != NULL) {
        /* The chunk's first frame: drop back to the previous chunk. */
        ts->datastack_chunk = c->previous;
        ts->datastack_top = (HsObject **)((char *)c->previous->data + c->previous->top);
        ts->datastack_limit = (HsObject **)((char *)c->previous + c->previous->size);
        hs_mem_raw_free(c);
        return;
    }
    ts->datastack_top = (HsObject **)frame;
}

/* ==== argument errors (CPython: too_many_positional, missing_arguments) ==== */

static HsObject *param_name(HsCodeObject *co, Hs_ssize_t i) {
    return HS_TUPLE_GET(co->co_localsplusnames, i);
}

static void too_many_positional(HsFunctionObject *func, HsCodeObject *co, Hs_ssize_t given,
                                HsObject **locals) {
    Hs_ssize_t kwonly_given = 0, argc = co->co_argcount;
    for (Hs_ssize_t i = argc; i < argc + co->co_kwonlyargcount; i++) {
        kwonly_given += locals[i] != NULL;
    }
    Hs_ssize_t defcount = func->func_defaults != NULL ? Hs_SIZE(func->func_defaults) : 0;
    char sig[64], kwsig[96] = "";
    int plural = defcount ? 1 : argc != 1;
    if (defcount) {
        snprintf(sig, sizeof sig, "from %zd to %zd", (ssize_t)(argc - defcount), (ssize_t)argc);
    } else {
        snprintf(sig, sizeof sig, "%zd", (ssize_t)argc);
    }
    if (kwonly_given) {
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %zd keyword-only argument%s)",
                 given != 1 ? "s" : "", (ssize_t)kwonly_given, kwonly_given != 1 ? "s" : "");
    }
    HsErr_Format(HsExc_TypeError, "%U() takes %s positional argument%s but %zd%s %s given",
                 func->func_qualname, sig, plural ? "s" : "", given, kwsig,
                 given == 1 && !kwonly_given ? "was" : "were");
}

/* "f() missing 2 required positional arguments: 'a' and 'b'" (names quoted as repr does
 * for identifiers). 'kwonly' picks the keyword-only parameters. */
static void missing_arguments(HsFunctionObject *func, HsCodeObject *co, Hs_ssize_t missing,
                              Hs_ssize_t defcount, HsObject **locals, int kwonly) {
    Hs_ssize_t start = kwonly ? co->co_argcount : 0;
    Hs_ssize_t end = kwonly ? co->co_argcount + co->co_kwonlyargcount
                            : co->co_argcount - (defcount > 0 ? defcount : 0);
    HsStrWriter w;
    hs_str_writer_init(&w);
    Hs_ssize_t k = 0;
    for (Hs_ssize_t i = start; i < end; i++) {
        if (locals[i] != NULL) {
            continue;
        }
        const char *sep = k == 0 ? "" : missing == 2 ? " and " : k == missing - 1 ? ", and " : ", ";
        if (hs_str_writer_ascii(&w, sep) < 0 || hs_str_writer_char(&w, '\'') < 0 ||
            hs_str_writer_str(&w, param_name(co, i)) < 0 || hs_str_writer_char(&w, '\'') < 0) {
            hs_str_writer_discard(&w);
            return;
        }
        k++;
    }
    HsObject *names = hs_str_writer_finish(&w);
    if (names != NULL) {
        HsErr_Format(HsExc_TypeError, "%U() missing %zd required %s argument%s: %U",
                     func->func_qualname, missing, kwonly ? "keyword-only" : "positional",
                     missing == 1 ? "" : "s", names);
        Hs_DECREF(names);
    }
}

/* Positional-only parameters given by keyword, when there is no **kwargs to take them. */
static int posonly_as_keyword(HsFunctionObject *func, HsCodeObject *co, HsObject *kwnames) {
    HsStrWriter w;
    hs_str_writer_init(&w);
    int found = 0;
    for (Hs_ssize_t k = 0; k < Hs_SIZE(kwnames); k++) {
        HsObject *key = HS_TUPLE_GET(kwnames, k);
        for (int i = 0; i < co->co_posonlyargcount; i++) {
            if (hs_str_eq(param_name(co, i), key)) {
                if ((found && hs_str_writer_ascii(&w, ", ") < 0) ||
                    hs_str_writer_str(&w, key) < 0) {
                    hs_str_writer_discard(&w);
                    return -1;
                }
                found = 1;
            }
        }
    }
    if (!found) {
        hs_str_writer_discard(&w);
        return 0;
    }
    HsObject *names = hs_str_writer_finish(&w);
    if (names != NULL) {
        HsErr_Format(HsExc_TypeError, "%U() got some positional-only arguments passed as "
                     "keyword arguments: '%U'", func->func_qualname, names);
        Hs_DECREF(names);
    }
    return 1;
}

/* ==== binding arguments (CPython: initialize_locals) ==== */

/* The parameter index for keyword 'key' among the non-positional-only ones, or -1. */
static Hs_ssize_t find_param(HsCodeObject *co, HsObject *key, Hs_ssize_t total) {
    HsObject **names = HS_TUPLE_ITEMS(co->co_localsplusnames);
    for (Hs_ssize_t j = co->co_posonlyargcount; j < total; j++) {
        if (names[j] == key) {
            return j;
        }
    }
    for (Hs_ssize_t j = co->co_posonlyargcount; j < total; j++) {
        if (hs_str_eq(names[j], key)) {
            return j;
        }
    }
    return -1;
}

static int bind_keywords(HsFunctionObject *func, HsCodeObject *co, HsObject **locals,
                         HsObject *const *kwvalues, HsObject *kwnames, HsObject *kwdict) {
    Hs_ssize_t total = co->co_argcount + co->co_kwonlyargcount;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(kwnames); i++) {
        HsObject *key = HS_TUPLE_GET(kwnames, i), *value = kwvalues[i];
        if (!HsUnicode_Check(key)) {
            (void)func;
            HsErr_SetString(HsExc_TypeError, "keywords must be strings");
            return -1;
        }
        Hs_ssize_t j = find_param(co, key, total);
        if (j < 0) {
            if (kwdict == NULL) {
                if (co->co_posonlyargcount && posonly_as_keyword(func, co, kwnames) != 0) {
                    return -1;
                }
                HsErr_Format(HsExc_TypeError, "%U() got an unexpected keyword argument '%U'",
                             func->func_qualname, key);
                return -1;
            }
            if (HsDict_SetItem(kwdict, key, value) < 0) {
                return -1;
            }
            continue;
        }
        if (locals[j] != NULL) {
            HsErr_Format(HsExc_TypeError, "%U() got multiple values for argument '%U'",
                         func->func_qualname, key);
            return -1;
        }
        locals[j] = Hs_NewRef(value);
    }
    return 0;
}

static int fill_defaults(HsFunctionObject *func, HsCodeObject *co, HsObject **locals,
                         Hs_ssize_t argcount) {
    Hs_ssize_t defcount = func->func_defaults != NULL ? Hs_SIZE(func->func_defaults) : 0;
    if (argcount < co->co_argcount) {
        Hs_ssize_t m = co->co_argcount - defcount, missing = 0;
        for (Hs_ssize_t i = argcount; i < m; i++) {
            missing += locals[i] == NULL;
        }
        if (missing) {
            missing_arguments(func, co, missing, defcount, locals, 0);
            return -1;
        }
        for (Hs_ssize_t i = 0; i < defcount; i++) {
            if (locals[m + i] == NULL) {
                locals[m + i] = Hs_NewRef(HS_TUPLE_GET(func->func_defaults, i));
            }
        }
    }
    Hs_ssize_t missing = 0;
    for (Hs_ssize_t i = co->co_argcount; i < co->co_argcount + co->co_kwonlyargcount; i++) {
        if (locals[i] != NULL) {
            continue;
        }
        HsObject *def = func->func_kwdefaults != NULL
                            ? HsDict_GetItemWithError(func->func_kwdefaults, param_name(co, i))
                            : NULL;
        if (def != NULL) {
            locals[i] = Hs_NewRef(def);
        } else if (HsErr_Occurred()) {
            return -1;
        } else {
            missing++;
        }
    }
    if (missing) {
        missing_arguments(func, co, missing, -1, locals, 1);
        return -1;
    }
    return 0;
}

/* Bind the (stolen) positional arguments and the (borrowed-by-position, stolen) keyword
 * values into 'locals'. CPython: initialize_locals. */
static int initialize_locals(HsFunctionObject *func, HsCodeObject *co, HsObject **locals,
                             HsObject *const *args, Hs_ssize_t argcount, HsObject *kwnames) {
    Hs_ssize_t total = co->co_argcount + co->co_kwonlyargcount;
    Hs_ssize_t nkw = kwnames != NULL ? Hs_SIZE(kwnames) : 0;
    HsObject *kwdict = NULL;
    int r = 0;
    if (co->co_flags & HS_CO_VARKEYWORDS) {
        kwdict = HsDict_New();
        if (kwdict == NULL) {
            r = -1;
        }
        locals[total + ((co->co_flags & HS_CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    Hs_ssize_t n = argcount > co->co_argcount ? co->co_argcount : argcount;
    for (Hs_ssize_t j = 0; j < n; j++) {
        locals[j] = args[j]; /* stolen */
    }
    if (co->co_flags & HS_CO_VARARGS) {
        HsObject *rest = HsTuple_New(argcount - n);
        for (Hs_ssize_t j = n; rest != NULL && j < argcount; j++) {
            HS_TUPLE_SET(rest, j - n, args[j]);
        }
        if (rest == NULL) {
            r = -1;
        }
        locals[total] = rest;
    } else {
        for (Hs_ssize_t j = n; j < argcount; j++) {
            Hs_DECREF(args[j]);
        }
    }
    if (r == 0 && nkw > 0) {
        r = bind_keywords(func, co, locals, args + argcount, kwnames, kwdict);
    }
    for (Hs_ssize_t k = 0; k < nkw; k++) {
        Hs_DECREF(args[argcount + k]); /* bound ones were increfed */
    }
    if (r == 0 && argcount > co->co_argcount && !(co->co_flags & HS_CO_VARARGS)) {
        too_many_positional(func, co, argcount, locals);
        return -1;
    }
    return r == 0 ? fill_defaults(func, co, locals, argcount) : -1;
}

/* ==== frames ==== */

static void frame_init(HsFrame *f, HsCodeObject *co, HsObject *func, HsObject *globals,
                       HsObject *builtins, HsObject *locals) {
    f->f_func = func;
    f->f_code = (HsCodeObject *)Hs_NewRef((HsObject *)co);
    f->f_globals = globals;
    f->f_builtins = builtins;
    f->f_locals = locals;
    f->frame_obj = NULL;
    f->previous = NULL;
    f->prev_instr = co->co_code - 1;
    f->stacktop = 0;
    f->is_entry = 0;
    f->owner = HS_FRAME_OWNED_BY_THREAD;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        f->localsplus[i] = NULL;
    }
}

HsFrame *hs_vm_frame_push_call(HsThreadState *ts, HsObject *func, HsObject *const *args,
                               Hs_ssize_t nargs, HsObject *kwnames) {
    HsFunctionObject *fn = (HsFunctionObject *)func;
    HsCodeObject *co = (HsCodeObject *)fn->func_code;
    HsFrame *f = hs_vm_frame_alloc(ts, HS_FRAME_SIZE(co));
    if (f == NULL) {
        for (Hs_ssize_t i = 0; i < nargs + (kwnames ? Hs_SIZE(kwnames) : 0); i++) {
            Hs_DECREF(args[i]);
        }
        return NULL;
    }
    HsObject *locals = (co->co_flags & HS_CO_OPTIMIZED) ? NULL : Hs_NewRef(fn->func_globals);
    frame_init(f, co, Hs_NewRef(func), fn->func_globals, fn->func_builtins, locals);
    if (kwnames == NULL && nargs == co->co_argcount && co->co_kwonlyargcount == 0 &&
        !(co->co_flags & (HS_CO_VARARGS | HS_CO_VARKEYWORDS))) {
        /* exactly the positional parameters: what initialize_locals would do, directly
         * (CPython 3.11: CALL_PY_EXACT_ARGS) */
        for (Hs_ssize_t i = 0; i < nargs; i++) {
            f->localsplus[i] = args[i];
        }
        return f;
    }
    if (initialize_locals(fn, co, f->localsplus, args, nargs, kwnames) < 0) {
        hs_vm_frame_clear_and_pop(ts, f);
        return NULL;
    }
    return f;
}

HsFrame *hs_vm_frame_push_code(HsThreadState *ts, HsCodeObject *co, HsObject *globals,
                               HsObject *builtins, HsObject *locals) {
    HsFrame *f = hs_vm_frame_alloc(ts, HS_FRAME_SIZE(co));
    if (f != NULL) {
        frame_init(f, co, NULL, globals, builtins, Hs_XNewRef(locals));
    }
    return f;
}

void hs_vm_frame_clear_and_pop(HsThreadState *ts, HsFrame *frame) {
    HsCodeObject *co = frame->f_code;
    if (frame->owner == HS_FRAME_OWNED_BY_GENERATOR) {
        frame->previous = NULL; /* CPython clears it in gen_send_ex2: no f_back afterwards */
    }
    /* A frame object still referenced elsewhere takes the references over. */
    if (frame->frame_obj == NULL || !hs_vm_frame_detach_object(frame)) {
        for (int i = 0; i < co->co_nlocalsplus + frame->stacktop; i++) {
            Hs_XDECREF(frame->localsplus[i]);
        }
        Hs_XDECREF(frame->f_locals);
        Hs_XDECREF(frame->f_func);
        Hs_DECREF(co);
    }
    if (frame->owner == HS_FRAME_OWNED_BY_GENERATOR) {
        /* The memory belongs to the generator object; mark it empty for it. */
        frame->f_func = NULL;
        frame->f_locals = NULL;
        frame->frame_obj = NULL;
        frame->stacktop = 0;
        for (int i = 0; i < co->co_nlocalsplus; i++) {
            frame->localsplus[i] = NULL;
        }
        return;
    }
    hs_vm_frame_release(ts, frame);
}
