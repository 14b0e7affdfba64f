/* Exception objects (CPython: Include/cpython/pyerrors.h, Objects/exceptions.c). Field
 * layouts are CPython 3.11's, so sys.getsizeof of an exception matches (BaseException 72
 * bytes + the GC head, SyntaxError 136, OSError 112, ...). All are GC objects. */
#ifndef HS_INTERNAL_HS_OBJ_EXC_H
#define HS_INTERNAL_HS_OBJ_EXC_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"
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

#endif /* HS_INTERNAL_HS_OBJ_EXC_H */
