/* Raising and inspecting exceptions (CPython: Include/pyerrors.h, Python/errors.c).
 * The current exception is one normalised exception object held by the thread state
 * (docs/internals/interpreter-plan.md, "Errors"). Rule (STYLE.md section 4): a function
 * returning a pointer returns NULL exactly when an exception is set; one returning int
 * returns -1 on error. Each HsErr_* raising function below returns NULL (or -1 for the int
 * ones) so callers can write `return HsErr_SetString(...)`-style code. */
#ifndef HS_HS_ERRORS_H
#define HS_HS_ERRORS_H

#include "hs/object.h"

#include <stdarg.h>

/* ==== the built-in exception types (CPython: PyExc_*) ====
 * Each is a borrowed reference to a static type object, valid for the process lifetime.
 * The list follows CPython 3.11's hierarchy (see src/obj/exceptions.c). */
#define HS_EXC_FOREACH(X)                                                                          \
    X(BaseException) X(BaseExceptionGroup) X(GeneratorExit) X(KeyboardInterrupt) X(SystemExit)     \
    X(Exception) X(ArithmeticError) X(FloatingPointError) X(OverflowError)                         \
    X(ZeroDivisionError) X(AssertionError) X(AttributeError) X(BufferError) X(EOFError)            \
    X(ExceptionGroup) X(ImportError) X(ModuleNotFoundError) X(LookupError) X(IndexError)           \
    X(KeyError) X(MemoryError) X(NameError) X(UnboundLocalError) X(OSError)                        \
    X(BlockingIOError) X(ChildProcessError) X(ConnectionError) X(BrokenPipeError)                  \
    X(ConnectionAbortedError) X(ConnectionRefusedError) X(ConnectionResetError)                    \
    X(FileExistsError) X(FileNotFoundError) X(InterruptedError) X(IsADirectoryError)               \
    X(NotADirectoryError) X(PermissionError) X(ProcessLookupError) X(TimeoutError)                 \
    X(ReferenceError) X(RuntimeError) X(NotImplementedError) X(RecursionError)                     \
    X(StopAsyncIteration) X(StopIteration) X(SyntaxError) X(IndentationError) X(TabError)          \
    X(SystemError) X(TypeError) X(ValueError) X(UnicodeError) X(UnicodeDecodeError)                \
    X(UnicodeEncodeError) X(UnicodeTranslateError) X(Warning) X(BytesWarning)                      \
    X(DeprecationWarning) X(EncodingWarning) X(FutureWarning) X(ImportWarning)                     \
    X(PendingDeprecationWarning) X(ResourceWarning) X(RuntimeWarning) X(SyntaxWarning)             \
    X(UnicodeWarning) X(UserWarning)

#define HS_EXC_DECLARE(name) extern HsObject *HsExc_##name;
HS_EXC_FOREACH(HS_EXC_DECLARE)
#undef HS_EXC_DECLARE

/* ==== raising ==== */

/* Raise 'type' with 'value': an exception instance (used as is when it is an instance of
 * 'type'), or an argument (None: no args; a tuple: the args; else one arg).
 * Arguments are borrowed. CPython: PyErr_SetObject. */
void HsErr_SetObject(HsObject *type, HsObject *value);

/* Raise 'type' with the UTF-8 message 'msg'. CPython: PyErr_SetString. */
void HsErr_SetString(HsObject *type, const char *msg);

/* Raise 'type' with a message built as HsUnicode_FromFormat does (%s %d %zd %R %S %U ...).
 * Returns NULL always. CPython: PyErr_Format. */
HsObject *HsErr_Format(HsObject *type, const char *format, ...);
HsObject *HsErr_FormatV(HsObject *type, const char *format, va_list va);

/* Raise MemoryError (the preallocated instance when allocation is what failed).
 * Returns NULL always. CPython: PyErr_NoMemory. */
HsObject *HsErr_NoMemory(void);

/* Raise TypeError "bad argument type for built-in operation". CPython: PyErr_BadArgument. */
int HsErr_BadArgument(void);

/* Raise SystemError for a broken C-API contract found at run time (not an invariant of
 * the runtime itself: that is HS_ASSERT). CPython: PyErr_BadInternalCall. */
void HsErr_BadInternalCall(const char *file, int line);
#define HsErr_BAD_INTERNAL_CALL() HsErr_BadInternalCall(__FILE__, __LINE__)

/* ==== inspecting ==== */

/* Return: borrowed reference (owned by the thread state) to the type of the current
 * exception, or NULL if none is set. CPython: PyErr_Occurred. */
HsObject *HsErr_Occurred(void);

/* True if the current exception is an instance of 'exc' (a type or a tuple of types).
 * CPython: PyErr_ExceptionMatches. */
int HsErr_ExceptionMatches(HsObject *exc);

/* True if exception or type 'given' matches 'exc' (type or tuple). CPython:
 * PyErr_GivenExceptionMatches. */
int HsErr_GivenExceptionMatches(HsObject *given, HsObject *exc);

/* Take the current exception out of the thread state, leaving none set.
 * Return: new reference, or NULL if none was set. CPython 3.12: PyErr_GetRaisedException. */
HsObject *HsErr_GetRaisedException(void);

/* Make 'exc' (an exception instance, or NULL to clear) the current exception.
 * Steals: 'exc'. CPython 3.12: PyErr_SetRaisedException. */
void HsErr_SetRaisedException(HsObject *exc);

/* Drop the current exception, if any. CPython: PyErr_Clear. */
void HsErr_Clear(void);

/* Print the current exception with its traceback to sys.stderr, as an uncaught exception,
 * and clear it. CPython: PyErr_Print. */
void HsErr_Print(void);

/* Report the current exception as one that cannot be raised (an error in __del__, a weakref
 * or gc callback): "Exception ignored in: <repr of obj>" then the traceback, on stderr; the
 * exception is cleared. CPython: PyErr_WriteUnraisable. */
void HsErr_WriteUnraisable(HsObject *obj);

#endif /* HS_HS_ERRORS_H */
