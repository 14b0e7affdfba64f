/* Exception objects (CPython: Include/cpython/pyerrors.h, Objects/exceptions.c). Field
 * layouts are CPython 3.11's, so sys.getsizeof of an exception matches (BaseException 72
 * bytes + the GC head, SyntaxError 136, OSError 112, ...). All are GC objects. */
#ifndef HS_INTERNAL_HS_OBJ_EXC_H
#define HS_INTERNAL_HS_OBJ_EXC_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"
#include "internal/hs_obj_descr.h"
#include "hs/errors.h"

#define HS_EXC_HEAD                                                                                \
    HsObject ob_base;                                                                              \
    HsObject *dict;                                                                                \
    HsObject *args; /* always a tuple once created */                                              \
    HsObject *notes;                                                                               \
    HsObject *traceback;                                                                           \
    HsObject *context;                                                                             \
    HsObject *cause;                                                                               \
    char suppress_context

typedef struct HsBaseExceptionObject {
    HS_EXC_HEAD;
} HsBaseExceptionObject;

typedef struct HsSyntaxErrorObject {
    HS_EXC_HEAD;
    HsObject *msg, *filename, *lineno, *offset, *end_lineno, *end_offset, *text;
    HsObject *print_file_and_line;
} HsSyntaxErrorObject;

typedef struct HsImportErrorObject {
    HS_EXC_HEAD;
    HsObject *msg, *name, *path;
} HsImportErrorObject;

typedef struct HsOSErrorObject {
    HS_EXC_HEAD;
    HsObject *myerrno, *strerror, *filename, *filename2;
    Hs_ssize_t written;
} HsOSErrorObject;

typedef struct HsSystemExitObject {
    HS_EXC_HEAD;
    HsObject *code;
} HsSystemExitObject;

typedef struct HsStopIterationObject {
    HS_EXC_HEAD;
    HsObject *value;
} HsStopIterationObject;

typedef struct HsUnicodeErrorObject {
    HS_EXC_HEAD;
    HsObject *encoding, *object;
    Hs_ssize_t start, end;
    HsObject *reason;
} HsUnicodeErrorObject;

typedef struct HsAttributeErrorObject {
    HS_EXC_HEAD;
    HsObject *obj, *name;
} HsAttributeErrorObject;

typedef struct HsNameErrorObject {
    HS_EXC_HEAD;
    HsObject *name;
} HsNameErrorObject;

typedef struct HsBaseExceptionGroupObject {
    HS_EXC_HEAD;
    HsObject *msg, *excs;
} HsBaseExceptionGroupObject;

#define HsExceptionInstance_Check(op)                                                              \
    HsType_HasFeature(Hs_TYPE(op), HS_TPFLAGS_BASE_EXC_SUBCLASS)
#define HsExceptionClass_Check(op)                                                                 \
    (HsType_HasFeature(Hs_TYPE(op), HS_TPFLAGS_TYPE_SUBCLASS) &&                                   \
     HsType_HasFeature((HsTypeObject *)(op), HS_TPFLAGS_BASE_EXC_SUBCLASS))

/* Create an instance of exception type 'type' from the argument tuple 'args' (tp_new then
 * tp_init, as calling the type does). Return: new reference. */
HsObject *hs_exc_create(HsObject *type, HsObject *args);

/* BaseException.__new__'s part: a zeroed, GC-tracked instance of 'type' whose args are
 * 'args' (NULL: an empty tuple). Return: new reference. */
HsObject *hs_exc_alloc(HsTypeObject *type, HsObject *args);

/* Give ExceptionGroup its two bases (BaseExceptionGroup, Exception) and their C3 MRO; call
 * before readying the exception types. Returns 0, or -1 with an exception set. */
int hs_exc_init_types(void);

/* The interned name "__notes__" (CPython keeps exception notes in the instance dict under it).
 * Return: borrowed reference (kept for the process), or NULL with MemoryError set. */
HsObject *hs_exc_name_notes(void);

/* ==== exception groups (exceptiongroup.c) ==== */

/* BaseExceptionGroup.__new__(message, exceptions) with CPython 3.11's checks; a
 * BaseExceptionGroup of Exceptions only is made an ExceptionGroup. Return: new reference. */
HsObject *hs_excgroup_new(HsTypeObject *type, HsObject *args, HsObject *kwds);
/* str(eg): "msg (N sub-exceptions)". Return: new reference. */
HsObject *hs_excgroup_str(HsObject *op);
extern HsMethodDef hs_excgroup_methods[];
extern HsMemberDef hs_excgroup_members[];

/* BaseExceptionGroup(msg, excs) (CPython: _PyExc_CreateExceptionGroup). Return: new
 * reference. */
HsObject *hs_exc_group_create(const char *msg, HsObject *excs);

/* The type check of `except T`: T (or each member of a tuple T) must be an exception class
 * (CPython: check_except_type_valid). Returns 0, or -1 with TypeError set. */
int hs_exc_check_except_type(HsObject *right);

/* The type check of `except* T`: T (or each member of a tuple T) must be an exception class
 * and not an exception group class. Returns 0, or -1 with TypeError set. */
int hs_exc_check_except_star_type(HsObject *right);

/* One `except* T` clause against the exception 'exc' (or None) (CPython:
 * exception_group_match): *match is the matching part (a naked match is wrapped in a new
 * ExceptionGroup("", [exc])) or None, *rest what is left or None; both new references.
 * Returns 0, or -1 with an exception set and both NULL. */
int hs_exc_group_match(HsObject *exc, HsObject *match_type, HsObject **match, HsObject **rest);

/* What a try/except* statement raises at its end (CPython: _PyExc_PrepReraiseStar): 'orig'
 * is the exception caught, 'excs' a list of what each clause raised or re-raised (None for
 * nothing). Re-raised leaves keep orig's nesting; newly raised ones are siblings of it in a
 * new ExceptionGroup(""). Return: new reference (None when nothing is left). */
HsObject *hs_exc_prep_reraise_star(HsObject *orig, HsObject *excs);

#endif /* HS_INTERNAL_HS_OBJ_EXC_H */
