/* Internals of the virtual machine layer shared between its files: the thread state
 * (CPython: PyThreadState), one per OS thread running Python code; the GIL and the list of
 * all states are in internal/hs_vm_gil.h (docs/internals/threads.md). */
#ifndef HS_INTERNAL_HS_VM_H
#define HS_INTERNAL_HS_VM_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_compile.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>

/* ==== frames (CPython 3.11: _PyInterpreterFrame, Include/internal/pycore_frame.h) ====
 * A call's working storage: fast locals, cells and free variables, then the value stack,
 * all in 'localsplus', carved from the thread's data stack (no heap object per call).
 * A frame *object* (sys._getframe, tracebacks) is made only when asked for
 * (internal/hs_vm_frameobject.h).
 * Invariants: localsplus[0 .. co_nlocalsplus) are the variables (NULL = unbound), then
 * 'stacktop' value-stack entries; every non-NULL slot is an owned reference. */
typedef struct HsFrame {
    HsObject *f_func;     /* the function, owned; NULL for module and class bodies */
    HsObject *f_globals;  /* borrowed from the function (or the module) */
    HsObject *f_builtins; /* borrowed */
    HsObject *f_locals;   /* owned namespace dict for module/class bodies, else NULL */
    HsCodeObject *f_code; /* owned */
    HsObject *frame_obj;  /* owned frame object, or NULL */
    struct HsFrame *previous;
    hs_codeunit *prev_instr; /* the instruction being executed (or last executed) */
    int stacktop;            /* value-stack depth above localsplus[co_nlocalsplus] */
    char is_entry;           /* first frame of a C-level call into the eval loop */
    char owner;              /* HS_FRAME_OWNED_BY_* */
    HsObject *localsplus[1];
} HsFrame;

enum {
    HS_FRAME_OWNED_BY_THREAD = 0,
    HS_FRAME_OWNED_BY_GENERATOR = 1,
    HS_FRAME_OWNED_BY_FRAME_OBJECT = 2 /* copied into its frame object (frameobject.c) */
};

/* Bytes a frame for 'co' needs. */
#define HS_FRAME_SIZE(co)                                                                          \
    (offsetof(HsFrame, localsplus) +                                                               \
     (size_t)((co)->co_nlocalsplus + (co)->co_stacksize) * sizeof(HsObject *))

/* A chunk of a thread's data stack (CPython: _PyStackChunk). */
typedef struct HsStackChunk {
    struct HsStackChunk *previous;
    size_t size;  /* bytes, including this header */
    size_t top;   /* bytes in use after the header, for a chunk that is not current */
    HsObject *data[1];
} HsStackChunk;

/* The exception states of the callers of running generators (CPython: _PyErr_StackItem's
 * previous_item chain): a generator runs with its own 'exc_info', and while that is empty the
 * exception being handled is its caller's. Items live on the C stack of gen_send; 'value'
 * is borrowed from it. */
typedef struct HsExcOuter {
    HsObject *value;
    struct HsExcOuter *prev;
} HsExcOuter;

/* Per-thread interpreter state. Invariant: 'curexc' is NULL or an exception instance
 * owned by this structure (one reference). A state is only read or written by its own
 * thread, or by another one holding the GIL while this one waits (introspection). */
typedef struct HsThreadState {
    HsObject *curexc;    /* the exception being raised, or NULL */
    HsObject *exc_info;  /* the exception being handled (sys.exc_info()), or NULL; owned */
    HsExcOuter *exc_outer; /* callers' exc_info while generators run, innermost first */
    int recursion_depth; /* Python calls + guarded C recursion, as 3.11's shared counter */
    HsFrame *frame;      /* the innermost running frame, or NULL */
    HsStackChunk *datastack_chunk;
    HsObject **datastack_top;
    HsObject **datastack_limit;
    /* threads (src/vm/state.c, gil.c) */
    struct HsThreadState *ts_prev, *ts_next; /* all states, in creation order */
    unsigned long ts_number;    /* 1 = main thread, then 2, 3, ... in creation order */
    unsigned long ts_ident;     /* pthread_self() of its thread (threading.get_ident) */
    unsigned long ts_native_id; /* the kernel's thread id (threading.get_native_id) */
    HsObject *ts_dict;          /* per-thread storage (_thread._local), owned, or NULL */
    int ts_runnable;            /* wants to run bytecode (deterministic switching) */
    pthread_cond_t ts_gil_cond; /* where it waits to be handed the GIL (deterministic mode) */
    void (*ts_on_delete)(void *); /* called when the state is deleted (_thread sentinel) */
    void *ts_on_delete_data;
} HsThreadState;

/* Start the runtime's lower layers: ready the built-in types and install the Python
 * function call into function objects. Idempotent. Returns 0 or -1. */
int hs_vm_init(void);

/* The calling OS thread's state: set when the thread takes the GIL; the main thread's from
 * the start. */
extern _Thread_local HsThreadState *hs_vm_tstate_current;
/* Return: the running thread's state (never NULL for a thread holding the GIL). */
static inline HsThreadState *hs_vm_tstate(void) {
    return hs_vm_tstate_current;
}

/* The exception being handled, as sys.exception() sees it (CPython:
 * _PyErr_GetTopmostException): this frame's, else that of the nearest caller of a running
 * generator that has one (src/vm/errors.c). Borrowed; NULL when none. */
HsObject *hs_vm_handled_exception(HsThreadState *ts);

/* Drop what the calling thread's state owns (the handled and the raised exception, its
 * per-thread dict, the first data-stack chunk when no frame runs). */
void hs_vm_tstate_clear(void);

/* ==== finalization (src/vm/finalize.c; docs/internals/finalization.md) ==== */

/* 0 while running; 1 once hs_vm_finalize_modules has started (sys.is_finalizing()); 2 once
 * sys.modules is being emptied (tracebacks then print no source lines, as CPython's). */
int hs_vm_is_finalizing(void);
/* Take the baseline right after bootstrap (empties the object layer's caches first). */
void hs_vm_finalize_baseline(void);
/* Keep a copy of the 'builtins' module's dict as made, for hs_vm_finalize_modules to restore
 * before wiping it (CPython: interp->builtins_copy). */
void hs_vm_finalize_keep_builtins(HsObject *builtins);
/* Tear the modules down as CPython's finalize_modules, 'sys' and 'builtins' last (both
 * borrowed; the caller drops its references afterwards). Never raises. */
void hs_vm_finalize_modules(HsObject *sys, HsObject *builtins);
/* After the last module reference is gone: collect, clear the thread state, empty the
 * object layer's caches and un-ready the static types readied after the baseline. */
void hs_vm_finalize_runtime(void);
/* Write "[heapscope final] refs +N blocks +M" (differences from the baseline) to 'out'.
 * Returns 1 when either differs, 0 when both match or no baseline was taken. */
int hs_vm_finalize_check(FILE *out);

/* ==== frames (src/vm/frame.c) ==== */

/* Room for a frame of 'size' bytes on the thread's data stack. Return: the frame memory
 * (uninitialised), or NULL with MemoryError. */
HsFrame *hs_vm_frame_alloc(HsThreadState *ts, size_t size);
/* Give the topmost frame's memory back (frames are freed in LIFO order). */
void hs_vm_frame_release(HsThreadState *ts, HsFrame *frame);

/* A frame for calling 'func' with vectorcall arguments: locals bound as Python binds
 * arguments (defaults, keyword arguments, *args, **kwargs), cells made, free variables
 * copied. The arguments are borrowed. Return: the frame, or NULL with TypeError (CPython's
 * messages) or MemoryError. CPython: _PyEvalFramePushAndInit + initialize_locals. */
HsFrame *hs_vm_frame_push_call(HsThreadState *ts, HsObject *func, HsObject *const *args,
                               Hs_ssize_t nargs, HsObject *kwnames);
/* A frame running 'co' with 'globals', 'builtins' and the namespace 'locals' (module or
 * class body). All borrowed. */
HsFrame *hs_vm_frame_push_code(HsThreadState *ts, HsCodeObject *co, HsObject *globals,
                               HsObject *builtins, HsObject *locals);
/* Drop every reference the frame holds and release it. */
void hs_vm_frame_clear_and_pop(HsThreadState *ts, HsFrame *frame);

/* ==== tracebacks (src/vm/traceback.c) ==== */

extern HsTypeObject HsTraceback_Type;
/* Add an entry for 'frame' (at its current instruction) to the current exception's
 * __traceback__. CPython: PyTraceBack_Here. Returns 0, or -1 if no entry could be made. */
int hs_vm_traceback_here(HsFrame *frame);
/* HsErr_WriteUnraisable with the heading 'msg' in place of "Exception ignored in":
 * "<msg>: <repr of obj>" then the exception and its traceback on stderr; the exception is
 * cleared. CPython: _PyErr_WriteUnraisableMsg. */
void hs_vm_write_unraisable_msg(const char *msg, HsObject *obj);
/* Print 'exc' as an uncaught exception, CPython 3.11's format, to 'out'. */
void hs_vm_print_exception(HsObject *exc, FILE *out);
/* The same report as CPython 3.11's traceback module writes it (src/modules: _traceback):
 * no "Did you mean" suggestion; 'chain': follow causes and contexts; 'only': just the
 * exception line(s) and notes; with 'has_limit', at most 'limit' traceback entries per
 * exception (the last -limit when negative), and no header when none are left. */
void hs_vm_format_exception(HsObject *exc, FILE *out, int chain, int only, int has_limit,
                            long limit);
/* The entries of traceback 'tb' without the header (traceback.format_tb). */
void hs_vm_format_tb_entries(HsObject *tb, FILE *out, int has_limit, long limit);
/* One stack entry for 'co' at instruction byte offset 'lasti' and line 'lineno': the
 * "  File ..." line, the source line and carets (traceback.format_stack). */
void hs_vm_format_frame_entry(FILE *out, HsCodeObject *co, int lasti, int lineno);

/* ==== the eval loop (src/vm/ceval.c) ==== */

/* Run 'frame' (already pushed) to completion. Return: new reference to its return value, or
 * NULL with an exception set; the frame is popped either way. */
HsObject *hs_vm_eval_frame(HsThreadState *ts, HsFrame *frame);
/* The same, entering with the current exception raised at the frame's current instruction
 * when 'throwflag' is set (generator.throw). A generator frame that yields is left alive. */
HsObject *hs_vm_eval_frame_ex(HsThreadState *ts, HsFrame *frame, int throwflag);

/* ==== generators (src/vm/genobject.c) ==== */

extern HsTypeObject HsGen_Type;
/* A generator taking over 'frame' (RETURN_GENERATOR); the frame's references move into it
 * and the caller releases the frame's memory without clearing it. Return: new reference. */
HsObject *hs_vm_gen_from_frame(HsFrame *frame);
int hs_vm_gen_check(HsObject *op);
/* The frame of generator 'op' while it is not finished (the one its traverse visits), else
 * NULL. */
HsFrame *hs_vm_gen_frame(HsObject *op);
/* Mark the generator owning 'frame' suspended (YIELD_VALUE). */
void hs_vm_gen_suspend(HsFrame *frame);
/* Send 'arg' into an iterator for `yield from` (CPython: PyIter_Send): 1 and *result for a
 * yielded value, 0 and *result for the final return value, -1 with an exception. */
int hs_vm_iter_send(HsObject *iter, HsObject *arg, HsObject **result);

/* vectorcall for Python functions (installed into HsFunction_Type's instances). */
HsObject *hs_vm_function_vectorcall(HsObject *func, HsObject *const *args, size_t nargsf,
                                    HsObject *kwnames);

/* Run a module-level code object in 'globals' (also its locals). Return: new reference. */
HsObject *hs_vm_eval_code(HsCodeObject *co, HsObject *globals, HsObject *locals);
/* PRINT_EXPR (src/vm/interactive.c): pass 'value' to sys.displayhook (RuntimeError "lost
 * sys.displayhook" without one). Returns 0, or -1 with an exception. */
int hs_vm_print_expr(HsObject *value);
/* Set by a SIGINT handler (async-signal-safe: a store); backward jumps then call
 * hs_vm_handle_interrupt, which clears it and raises KeyboardInterrupt (returns -1). */
extern volatile sig_atomic_t hs_vm_interrupt_pending;
int hs_vm_handle_interrupt(void);

/* ==== classes (src/vm/classes.c) ==== */

/* Install the object layer's hooks for zero-argument super() and type()'s __module__. */
void hs_vm_classes_init(void);
/* builtins.__build_class__(func, name, *bases, metaclass=..., **kwds) with vectorcall
 * arguments. Return: new reference (the class). */
HsObject *hs_vm_build_class(HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames);
/* type(obj).<name> bound to obj, or NULL (no exception) when the type has none.
 * Return: new reference. CPython: _PyObject_LookupSpecial. */
HsObject *hs_vm_lookup_special(HsObject *obj, HsObject *name);
/* Interned names (borrowed, immortal). */
HsObject *hs_vm_name___build_class__(void);
HsObject *hs_vm_name___enter__(void);
HsObject *hs_vm_name___exit__(void);

/* Issue the SyntaxWarnings a successful compile recorded in 'err' through the warnings
 * module (src/vm/errors.c); errors while warning are dropped. */
void hs_vm_issue_compile_warnings(const HsCompileError *err, const char *filename);

/* ==== imports (src/vm/import.c) ==== */

/* A module written in Python and bundled into the binary (lib/NAME.py; the table is made by
 * tools/freeze.py at build time and ends with a NULL name). */
typedef struct HsFrozenModule {
    const char *name;
    const char *source;
    size_t size;
} HsFrozenModule;
extern const HsFrozenModule hs_frozen_modules[];
/* Run the bundled module 'name''s source in 'dict' (a C module's init uses this to add the
 * parts written in Python to its namespace). Returns 0, or -1 with an exception. */
int hs_vm_exec_frozen(const char *name, HsObject *dict);
/* The same for the Python half of the C module 'module', which is sys.modules[its __name__]
 * while the code runs (as CPython's import registers a package before running its
 * __init__), so that code can import the module's submodules (collections.abc); on error
 * the entry is taken out again. Returns 0, or -1 with an exception. */
int hs_vm_exec_frozen_in_module(const char *name, HsObject *module);

/* Give the import system sys.modules, sys.path and the builtins module (all borrowed;
 * they live as long as the runtime). */
/* A module written in C: fills *module_out with a new module (new reference), 0 or -1. */
typedef int (*HsBuiltinModuleInit)(HsObject **module_out);
/* Make 'import name' create the module with 'init' (before sys.path is searched); 'name' must
 * be a static string. Returns 0, or -1 with SystemError when the table is full. */
int hs_vm_import_register_builtin(const char *name, HsBuiltinModuleInit init);
void hs_vm_import_init(HsObject *sys_modules, HsObject *sys_path, HsObject *builtins_module);
/* sys.modules[name] if that module is already imported (no import is attempted). Return:
 * new reference, or NULL without an exception when it is not there. */
HsObject *hs_vm_import_get_module(const char *name);
/* IMPORT_NAME: import 'name' (relative to globals' __package__ when level > 0). Returns the
 * top package, or with a fromlist the named module. Return: new reference. */
HsObject *hs_vm_import_name(HsObject *name, HsObject *globals, HsObject *fromlist, int level);
/* IMPORT_FROM: module.name, or the submodule module.name. Return: new reference. */
HsObject *hs_vm_import_from(HsObject *module, HsObject *name);
/* IMPORT_STAR into the namespace 'ns'. Returns 0 or -1. */
int hs_vm_import_all_from(HsObject *ns, HsObject *module);
/* Raise the exception a compile error stands for (SyntaxError with its fields, ...). */
void hs_vm_raise_compile_error(const HsCompileError *err);

/* ==== suggestions (src/vm/suggestions.c) ==== */

/* The name to offer after "Did you mean: " for an exactly-NameError or AttributeError 'exc'
 * (for NameError, 'co' and 'globals' are the innermost traceback frame's). Leaves the error
 * state as it was. Return: new reference, or NULL when there is nothing to offer. */
HsObject *hs_vm_offer_suggestions(HsObject *exc, HsCodeObject *co, HsObject *globals);

#endif /* HS_INTERNAL_HS_VM_H */
