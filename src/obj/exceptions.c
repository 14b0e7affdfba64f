/* The built-in exception types (CPython 3.11: Objects/exceptions.c): CPython's hierarchy,
 * its instance layouts (so sys.getsizeof matches), construction (args tuple plus each
 * family's extra fields) and str(). Python-level attributes (args, __traceback__,
 * with_traceback, add_note, ...) are attached when type readying exists (issue #3).
 * Invariants: every instance's 'args' is a tuple; the extra fields of a family are owned
 * references or NULL; all exception instances are GC-tracked once initialised. */
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>

/* ==== families: the C fields each layout adds to the common head ==== */

/* Visit or clear the family's extra object fields, listed by offset. */
typedef struct ExcFamily {
    size_t size;
    const size_t *fields; /* offsets of extra HsObject* fields, ended by 0 */
} ExcFamily;

#define F(type, field) offsetof(type, field)
static const size_t no_fields[] = {0};
static const size_t syntax_fields[] = {
    F(HsSyntaxErrorObject, msg),        F(HsSyntaxErrorObject, filename),
    F(HsSyntaxErrorObject, lineno),     F(HsSyntaxErrorObject, offset),
    F(HsSyntaxErrorObject, end_lineno), F(HsSyntaxErrorObject, end_offset),
    F(HsSyntaxErrorObject, text),       F(HsSyntaxErrorObject, print_file_and_line), 0};
static const size_t import_fields[] = {F(HsImportErrorObject, msg), F(HsImportErrorObject, name),
                                       F(HsImportErrorObject, path), 0};
static const size_t os_fields[] = {F(HsOSErrorObject, myerrno), F(HsOSErrorObject, strerror),
                                   F(HsOSErrorObject, filename), F(HsOSErrorObject, filename2),
                                   0};
static const size_t exit_fields[] = {F(HsSystemExitObject, code), 0};
static const size_t stop_fields[] = {F(HsStopIterationObject, value), 0};
static const size_t unicode_fields[] = {F(HsUnicodeErrorObject, encoding),
                                        F(HsUnicodeErrorObject, object),
                                        F(HsUnicodeErrorObject, reason), 0};
static const size_t attr_fields[] = {F(HsAttributeErrorObject, obj),
                                     F(HsAttributeErrorObject, name), 0};
static const size_t name_fields[] = {F(HsNameErrorObject, name), 0};
static const size_t group_fields[] = {F(HsBaseExceptionGroupObject, msg),
                                      F(HsBaseExceptionGroupObject, excs), 0};
#undef F

static const size_t *family_fields(HsTypeObject *tp);

/* Replace an owned field with a new reference to 'v'. */
#define Hs_XSETREF_FIELD(field, v)                                                                 \
    do {                                                                                           \
        HsObject *old_ = (field);                                                                  \
        (field) = Hs_NewRef(v);                                                                    \
        Hs_XDECREF(old_);                                                                          \
    } while (0)

#define FIELD(op, off) (*(HsObject **)((char *)(op) + (off)))

/* ==== common slots ==== */

static int exc_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsBaseExceptionObject *e = (HsBaseExceptionObject *)op;
    HsObject *common[] = {e->dict, e->args, e->notes, e->traceback, e->context, e->cause};
    for (size_t i = 0; i < sizeof common / sizeof common[0]; i++) {
        if (common[i] != NULL && visit(common[i], arg) != 0) {
            return 1;
        }
    }
    for (const size_t *f = family_fields(Hs_TYPE(op)); *f != 0; f++) {
        if (FIELD(op, *f) != NULL && visit(FIELD(op, *f), arg) != 0) {
            return 1;
        }
    }
    return 0;
}

static int exc_clear(HsObject *op) {
    HsBaseExceptionObject *e = (HsBaseExceptionObject *)op;
    Hs_CLEAR(e->dict);
    Hs_CLEAR(e->args);
    Hs_CLEAR(e->notes);
    Hs_CLEAR(e->traceback);
    Hs_CLEAR(e->context);
    Hs_CLEAR(e->cause);
    for (const size_t *f = family_fields(Hs_TYPE(op)); *f != 0; f++) {
        Hs_CLEAR(FIELD(op, *f));
    }
    return 0;
}

static void exc_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    if (!hs_trashcan_begin(op)) {
        return;
    }
    exc_clear(op);
    hs_gc_free(op);
    hs_trashcan_end();
}

/* OSError(errno, ...) makes the subclass for errno (CPython: oserror_use_init's errnomap,
 * Linux values). Return: borrowed reference to the type to create. */
static HsTypeObject *oserror_subtype(HsTypeObject *type, HsObject *args) {
    if (type != (HsTypeObject *)HsExc_OSError || args == NULL || Hs_SIZE(args) < 2 ||
        !HsLong_Check(HS_TUPLE_GET(args, 0))) {
        return type;
    }
    static const struct {
        long err;
        HsObject **exc;
    } map[] = {
        {EAGAIN, &HsExc_BlockingIOError},         {EALREADY, &HsExc_BlockingIOError},
        {EINPROGRESS, &HsExc_BlockingIOError},    {ECHILD, &HsExc_ChildProcessError},
        {EPIPE, &HsExc_BrokenPipeError},          {ESHUTDOWN, &HsExc_BrokenPipeError},
        {ECONNABORTED, &HsExc_ConnectionAbortedError},
        {ECONNREFUSED, &HsExc_ConnectionRefusedError},
        {ECONNRESET, &HsExc_ConnectionResetError}, {EEXIST, &HsExc_FileExistsError},
        {ENOENT, &HsExc_FileNotFoundError},       {EISDIR, &HsExc_IsADirectoryError},
        {ENOTDIR, &HsExc_NotADirectoryError},     {EINTR, &HsExc_InterruptedError},
        {EACCES, &HsExc_PermissionError},         {EPERM, &HsExc_PermissionError},
        {ESRCH, &HsExc_ProcessLookupError},       {ETIMEDOUT, &HsExc_TimeoutError},
    };
    long err = HsLong_AsLong(HS_TUPLE_GET(args, 0));
    if (err == -1 && HsErr_Occurred() != NULL) {
        HsErr_Clear(); /* too large: no subclass */
        return type;
    }
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
        if (map[i].err == err) {
            return (HsTypeObject *)*map[i].exc;
        }
    }
    return type;
}

/* OSError.__init__'s fields (CPython: oserror_init): for 2..5 arguments errno, strerror,
 * filename (3rd) and filename2 (5th); with a filename, args keeps only the first two. */
static int oserror_init(HsObject *op, HsObject *args) {
    HsOSErrorObject *e = (HsOSErrorObject *)op;
    Hs_ssize_t n = Hs_SIZE(args);
    if (n < 2 || n > 5) {
        return 0;
    }
    Hs_XSETREF_FIELD(e->myerrno, HS_TUPLE_GET(args, 0));
    Hs_XSETREF_FIELD(e->strerror, HS_TUPLE_GET(args, 1));
    HsObject *filename = n >= 3 ? HS_TUPLE_GET(args, 2) : Hs_None;
    if (filename == Hs_None) {
        return 0;
    }
    Hs_XSETREF_FIELD(e->filename, filename);
    if (n == 5 && HS_TUPLE_GET(args, 4) != Hs_None) {
        Hs_XSETREF_FIELD(e->filename2, HS_TUPLE_GET(args, 4));
    }
    HsObject *two = HsTuple_Pack(2, HS_TUPLE_GET(args, 0), HS_TUPLE_GET(args, 1));
    if (two == NULL) {
        return -1;
    }
    Hs_SETREF(e->args, two);
    return 0;
}

/* BaseException.__new__: every field NULL, args = the argument tuple. */
static HsObject *exc_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)kwds;
    type = oserror_subtype(type, args);
    HsObject *op = HsType_GenericAlloc(type, 0); /* zeroed, tracked; holds a class */
    if (op == NULL) {
        return NULL;
    }
    ((HsBaseExceptionObject *)op)->args = args != NULL ? Hs_NewRef(args) : HsTuple_New(0);
    return op;
}

/* Return: borrowed reference to args[i], or NULL (read as None) past the end. */
static HsObject *arg_or_null(HsObject *args, Hs_ssize_t i) {
    return Hs_SIZE(args) > i ? HS_TUPLE_GET(args, i) : NULL;
}

/* UnicodeDecodeError / UnicodeEncodeError(encoding, object, start, end, reason)
 * (CPython: UnicodeDecodeError_init's "UOnnU" shape). */
static int unicode_error_init(HsObject *op, HsObject *args) {
    HsUnicodeErrorObject *u = (HsUnicodeErrorObject *)op;
    if (Hs_SIZE(args) != 5) {
        HsErr_Format(HsExc_TypeError, "function takes exactly 5 arguments (%zd given)",
                     Hs_SIZE(args));
        return -1;
    }
    HsObject *enc = HS_TUPLE_GET(args, 0), *reason = HS_TUPLE_GET(args, 4);
    if (!HsUnicode_Check(enc) || !HsUnicode_Check(reason)) {
        HsErr_Format(HsExc_TypeError, "argument %d must be str, not %.50s",
                     HsUnicode_Check(enc) ? 5 : 1,
                     Hs_TYPE(HsUnicode_Check(enc) ? reason : enc)->tp_name);
        return -1;
    }
    Hs_ssize_t start = HsNumber_AsSsize_t(HS_TUPLE_GET(args, 2), NULL);
    Hs_ssize_t end = HsNumber_AsSsize_t(HS_TUPLE_GET(args, 3), NULL);
    if (HsErr_Occurred()) {
        return -1;
    }
    Hs_XSETREF_FIELD(u->encoding, enc);
    Hs_XSETREF_FIELD(u->object, HS_TUPLE_GET(args, 1));
    Hs_XSETREF_FIELD(u->reason, reason);
    u->start = start;
    u->end = end;
    return 0;
}

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
 * (CPython: SyntaxError_init). */
static int syntax_error_init(HsObject *op, HsObject *args) {
    HsSyntaxErrorObject *se = (HsSyntaxErrorObject *)op;
    Hs_ssize_t n = Hs_SIZE(args);
    if (n >= 1) {
        Hs_XSETREF_FIELD(se->msg, HS_TUPLE_GET(args, 0));
    }
    if (n != 2) {
        return 0;
    }
    HsObject *info = HsSequence_Tuple(HS_TUPLE_GET(args, 1));
    if (info == NULL) {
        return -1;
    }
    Hs_ssize_t k = Hs_SIZE(info);
    if (k < 4 || k > 6) {
        HsErr_Format(HsExc_TypeError, "function takes at %s %d arguments (%zd given)",
                     k < 4 ? "least" : "most", k < 4 ? 4 : 6, k);
        Hs_DECREF(info);
        return -1;
    }
    Hs_XSETREF_FIELD(se->filename, HS_TUPLE_GET(info, 0));
    Hs_XSETREF_FIELD(se->lineno, HS_TUPLE_GET(info, 1));
    Hs_XSETREF_FIELD(se->offset, HS_TUPLE_GET(info, 2));
    Hs_XSETREF_FIELD(se->text, HS_TUPLE_GET(info, 3));
    if (k > 4) {
        Hs_XSETREF_FIELD(se->end_lineno, HS_TUPLE_GET(info, 4));
    }
    if (k > 5) {
        Hs_XSETREF_FIELD(se->end_offset, HS_TUPLE_GET(info, 5));
    }
    Hs_DECREF(info);
    if (k == 5) {
        HsErr_SetString(HsExc_TypeError, "end_offset must be provided when end_lineno is "
                        "provided");
        return -1;
    }
    return 0;
}

/* The keyword-only arguments of NameError (name), AttributeError (name, obj) and
 * ImportError (name, path); every other exception takes none (CPython: their __init__s'
 * "|$O:NameError"-style formats, so messages name the family, not the subclass). */
static int exc_init_keywords(HsObject *op, HsObject *kwds) {
    if (kwds == NULL || HsDict_Size(kwds) == 0) {
        return 0;
    }
    HsTypeObject *tp = Hs_TYPE(op);
    const char *family = NULL, *names[2] = {NULL, NULL};
    HsObject **slots[2] = {NULL, NULL};
    if (HsType_IsSubtype(tp, (HsTypeObject *)HsExc_NameError)) {
        family = "NameError";
        names[0] = "name";
        slots[0] = &((HsNameErrorObject *)op)->name;
    } else if (HsType_IsSubtype(tp, (HsTypeObject *)HsExc_AttributeError)) {
        family = "AttributeError";
        names[0] = "name", names[1] = "obj";
        slots[0] = &((HsAttributeErrorObject *)op)->name;
        slots[1] = &((HsAttributeErrorObject *)op)->obj;
    } else if (HsType_IsSubtype(tp, (HsTypeObject *)HsExc_ImportError)) {
        family = "ImportError";
        names[0] = "name", names[1] = "path";
        slots[0] = &((HsImportErrorObject *)op)->name;
        slots[1] = &((HsImportErrorObject *)op)->path;
    } else {
        HsErr_Format(HsExc_TypeError, "%s() takes no keyword arguments", tp->tp_name);
        return -1;
    }
    Hs_ssize_t pos = 0;
    HsObject *key, *value;
    while (HsDict_Next(kwds, &pos, &key, &value)) {
        int i = 0;
        while (i < 2 && !(names[i] != NULL && HsUnicode_Check(key) &&
                          hs_str_eq_ascii(key, names[i]))) {
            i++;
        }
        if (i == 2) {
            HsErr_Format(HsExc_TypeError, "'%U' is an invalid keyword argument for %s()", key,
                         family);
            return -1;
        }
        Hs_XSETREF_FIELD(*slots[i], value);
    }
    return 0;
}

/* BaseException.__init__ and the families' extra fields from the arguments. */
static int exc_init(HsObject *op, HsObject *args, HsObject *kwds) {
    HsBaseExceptionObject *e = (HsBaseExceptionObject *)op;
    if (exc_init_keywords(op, kwds) < 0) {
        return -1;
    }
    Hs_SETREF(e->args, Hs_NewRef(args));
    Hs_ssize_t n = Hs_SIZE(args);
    HsTypeObject *tp = Hs_TYPE(op);
    if (HsType_IsSubtype(tp, (HsTypeObject *)HsExc_SystemExit)) {
        HsObject *code = n == 0 ? NULL : n == 1 ? HS_TUPLE_GET(args, 0) : args;
        Hs_XINCREF(code);
        Hs_XDECREF(((HsSystemExitObject *)op)->code);
        ((HsSystemExitObject *)op)->code = code;
    } else if (HsType_IsSubtype(tp, (HsTypeObject *)HsExc_StopIteration)) {
        HsObject *v = arg_or_null(args, 0);
        Hs_XINCREF(v);
        Hs_XDECREF(((HsStopIterationObject *)op)->value);
        ((HsStopIterationObject *)op)->value = v;
    } else if (HsType_IsSubtype(tp, (HsTypeObject *)HsExc_ImportError) && n == 1) {
        HsObject *m = Hs_NewRef(HS_TUPLE_GET(args, 0));
        Hs_XDECREF(((HsImportErrorObject *)op)->msg);
        ((HsImportErrorObject *)op)->msg = m;
    } else if (HsType_IsSubtype(tp, (HsTypeObject *)HsExc_UnicodeDecodeError) ||
               HsType_IsSubtype(tp, (HsTypeObject *)HsExc_UnicodeEncodeError)) {
        return unicode_error_init(op, args);
    } else if (HsType_IsSubtype(tp, (HsTypeObject *)HsExc_SyntaxError)) {
        return syntax_error_init(op, args);
    } else if (HsType_IsSubtype(tp, (HsTypeObject *)HsExc_OSError)) {
        return oserror_init(op, args);
    }
    return 0;
}

static HsObject *exc_str(HsObject *op);

/* str(OSError): "[Errno 2] No such file or directory: 'x'" (CPython: OSError_str). */
static HsObject *oserror_str(HsObject *op) {
    HsOSErrorObject *e = (HsOSErrorObject *)op;
    HsObject *en = e->myerrno != NULL ? e->myerrno : Hs_None;
    HsObject *se = e->strerror != NULL ? e->strerror : Hs_None;
    if (e->filename != NULL && e->filename2 != NULL) {
        return HsUnicode_FromFormat("[Errno %S] %S: %R -> %R", en, se, e->filename, e->filename2);
    }
    if (e->filename != NULL) {
        return HsUnicode_FromFormat("[Errno %S] %S: %R", en, se, e->filename);
    }
    if (e->myerrno != NULL && e->strerror != NULL) {
        return HsUnicode_FromFormat("[Errno %S] %S", en, se);
    }
    return exc_str(op);
}

/* str(exc): '' for no args, str(arg) for one, str(args) otherwise. CPython:
 * BaseException_str; KeyError shows repr(arg) for one argument. */
static HsObject *exc_str(HsObject *op) {
    HsObject *args = ((HsBaseExceptionObject *)op)->args;
    switch (Hs_SIZE(args)) {
    case 0:
        return hs_str_empty();
    case 1:
        if (HsType_IsSubtype(Hs_TYPE(op), (HsTypeObject *)HsExc_KeyError)) {
            return HsObject_Repr(HS_TUPLE_GET(args, 0));
        }
        return HsObject_Str(HS_TUPLE_GET(args, 0));
    default:
        return HsObject_Str(args);
    }
}

/* ==== attributes ==== */

static HsObject *exc_get_args(HsObject *op, void *closure) {
    (void)closure;
    return Hs_NewRef(((HsBaseExceptionObject *)op)->args);
}

static int exc_set_args(HsObject *op, HsObject *value, void *closure) {
    (void)closure;
    if (value == NULL) {
        HsErr_SetString(HsExc_TypeError, "args may not be deleted");
        return -1;
    }
    HsObject *t = HsSequence_Tuple(value);
    if (t == NULL) {
        return -1;
    }
    Hs_SETREF(((HsBaseExceptionObject *)op)->args, t);
    return 0;
}

/* __cause__ / __context__: an exception or None (CPython: exception_set_cause). */
static int exc_set_chain(HsObject *op, HsObject *value, void *closure) {
    size_t off = (size_t)closure;
    if (value == NULL) {
        HsErr_SetString(HsExc_TypeError, off == offsetof(HsBaseExceptionObject, cause)
                                             ? "__cause__ may not be deleted"
                                             : "__context__ may not be deleted");
        return -1;
    }
    if (value != Hs_None && !HsExceptionInstance_Check(value)) {
        HsErr_SetString(HsExc_TypeError, off == offsetof(HsBaseExceptionObject, cause)
                                             ? "exception cause must be None or derive from "
                                               "BaseException"
                                             : "exception context must be None or derive from "
                                               "BaseException");
        return -1;
    }
    HsObject **slot = (HsObject **)((char *)op + off);
    HsObject *old = *slot;
    *slot = value == Hs_None ? NULL : Hs_NewRef(value);
    Hs_XDECREF(old);
    if (off == offsetof(HsBaseExceptionObject, cause)) {
        ((HsBaseExceptionObject *)op)->suppress_context = 1;
    }
    return 0;
}

static HsObject *exc_get_chain(HsObject *op, void *closure) {
    HsObject *v = *(HsObject **)((char *)op + (size_t)closure);
    return Hs_NewRef(v != NULL ? v : Hs_None);
}

static HsGetSetDef exc_getset[] = {
    {"args", exc_get_args, exc_set_args, NULL, NULL},
    {"__cause__", exc_get_chain, exc_set_chain, "exception cause",
     (void *)offsetof(HsBaseExceptionObject, cause)},
    {"__context__", exc_get_chain, exc_set_chain, "exception context",
     (void *)offsetof(HsBaseExceptionObject, context)},
    {"__traceback__", exc_get_chain, NULL, NULL,
     (void *)offsetof(HsBaseExceptionObject, traceback)},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsMemberDef exc_members[] = {
    {"__suppress_context__", HS_T_BOOL, offsetof(HsBaseExceptionObject, suppress_context), 0,
     NULL},
    {NULL, 0, 0, 0, NULL},
};

/* repr(exc): "ValueError('x')", "ValueError()", "ValueError('a', 2)" (CPython:
 * BaseException_repr). */
static HsObject *exc_repr(HsObject *op) {
    HsObject *args = ((HsBaseExceptionObject *)op)->args;
    const char *name = Hs_TYPE(op)->tp_name, *dot = strrchr(name, '.');
    if (dot != NULL) {
        name = dot + 1;
    }
    if (Hs_SIZE(args) == 1) {
        return HsUnicode_FromFormat("%s(%R)", name, HS_TUPLE_GET(args, 0));
    }
    return HsUnicode_FromFormat("%s%R", name, args);
}

/* The fields of the families, readable as CPython names them. */
#define M(name, type, field) {name, HS_T_OBJECT, offsetof(type, field), 0, NULL}
static HsMemberDef exit_members[] = {M("code", HsSystemExitObject, code), {NULL, 0, 0, 0, NULL}};
static HsMemberDef stop_members[] = {M("value", HsStopIterationObject, value),
                                     {NULL, 0, 0, 0, NULL}};
static HsMemberDef import_members[] = {M("msg", HsImportErrorObject, msg),
                                       M("name", HsImportErrorObject, name),
                                       M("path", HsImportErrorObject, path),
                                       {NULL, 0, 0, 0, NULL}};
static HsMemberDef os_members[] = {M("errno", HsOSErrorObject, myerrno),
                                   M("strerror", HsOSErrorObject, strerror),
                                   M("filename", HsOSErrorObject, filename),
                                   M("filename2", HsOSErrorObject, filename2),
                                   {NULL, 0, 0, 0, NULL}};
static HsMemberDef syntax_members[] = {
    M("msg", HsSyntaxErrorObject, msg),          M("filename", HsSyntaxErrorObject, filename),
    M("lineno", HsSyntaxErrorObject, lineno),    M("offset", HsSyntaxErrorObject, offset),
    M("text", HsSyntaxErrorObject, text),        M("end_lineno", HsSyntaxErrorObject, end_lineno),
    M("end_offset", HsSyntaxErrorObject, end_offset),
    M("print_file_and_line", HsSyntaxErrorObject, print_file_and_line), {NULL, 0, 0, 0, NULL}};
static HsMemberDef attr_members[] = {M("name", HsAttributeErrorObject, name),
                                     M("obj", HsAttributeErrorObject, obj),
                                     {NULL, 0, 0, 0, NULL}};
static HsMemberDef name_members[] = {M("name", HsNameErrorObject, name), {NULL, 0, 0, 0, NULL}};
static HsMemberDef unicode_members[] = {
    M("encoding", HsUnicodeErrorObject, encoding), M("object", HsUnicodeErrorObject, object),
    M("reason", HsUnicodeErrorObject, reason),
    {"start", HS_T_PYSSIZET, offsetof(HsUnicodeErrorObject, start), 0, NULL},
    {"end", HS_T_PYSSIZET, offsetof(HsUnicodeErrorObject, end), 0, NULL},
    {NULL, 0, 0, 0, NULL}};
#undef M

/* ==== the type objects ==== */

#define EXC_FLAGS (HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE | HS_TPFLAGS_BASE_EXC_SUBCLASS)

#define EXC_TYPE(name, base, layout) EXC_TYPE_FULL(name, base, layout, exc_str, exc_members)
#define EXC_TYPE_STR(name, base, layout, strfunc)                                                  \
    EXC_TYPE_FULL(name, base, layout, strfunc, exc_members)
#define EXC_TYPE_M(name, base, layout, members) EXC_TYPE_FULL(name, base, layout, exc_str, members)

#define EXC_TYPE_FULL(name, base, layout, strfunc, members)                                        \
    static HsTypeObject exc_type_##name = {                                                        \
        .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),                                         \
        .tp_name = #name,                                                                          \
        .tp_basicsize = sizeof(layout),                                                            \
        .tp_dealloc = exc_dealloc,                                                                 \
        .tp_str = strfunc,                                                                         \
        .tp_repr = exc_repr,                                                                       \
        .tp_flags = EXC_FLAGS,                                                                     \
        .tp_traverse = exc_traverse,                                                               \
        .tp_clear = exc_clear,                                                                     \
        .tp_base = base,                                                                           \
        .tp_dictoffset = offsetof(HsBaseExceptionObject, dict),                                    \
        .tp_init = exc_init,                                                                       \
        .tp_new = exc_new,                                                                         \
        .tp_getset = exc_getset,                                                                   \
        .tp_members = members,                                                                     \
    };                                                                                             \
    HsObject *HsExc_##name = (HsObject *)&exc_type_##name;

#define B(name) (&exc_type_##name)
/* Parents are defined before children, in CPython 3.11's hierarchy. */
EXC_TYPE(BaseException, NULL, HsBaseExceptionObject)
EXC_TYPE(BaseExceptionGroup, B(BaseException), HsBaseExceptionGroupObject)
EXC_TYPE(GeneratorExit, B(BaseException), HsBaseExceptionObject)
EXC_TYPE(KeyboardInterrupt, B(BaseException), HsBaseExceptionObject)
EXC_TYPE_M(SystemExit, B(BaseException), HsSystemExitObject, exit_members)
EXC_TYPE(Exception, B(BaseException), HsBaseExceptionObject)
EXC_TYPE(ArithmeticError, B(Exception), HsBaseExceptionObject)
EXC_TYPE(FloatingPointError, B(ArithmeticError), HsBaseExceptionObject)
EXC_TYPE(OverflowError, B(ArithmeticError), HsBaseExceptionObject)
EXC_TYPE(ZeroDivisionError, B(ArithmeticError), HsBaseExceptionObject)
EXC_TYPE(AssertionError, B(Exception), HsBaseExceptionObject)
EXC_TYPE_M(AttributeError, B(Exception), HsAttributeErrorObject, attr_members)
EXC_TYPE(BufferError, B(Exception), HsBaseExceptionObject)
EXC_TYPE(EOFError, B(Exception), HsBaseExceptionObject)
EXC_TYPE(ExceptionGroup, B(BaseExceptionGroup), HsBaseExceptionGroupObject)
EXC_TYPE_M(ImportError, B(Exception), HsImportErrorObject, import_members)
EXC_TYPE(ModuleNotFoundError, B(ImportError), HsImportErrorObject)
EXC_TYPE(LookupError, B(Exception), HsBaseExceptionObject)
EXC_TYPE(IndexError, B(LookupError), HsBaseExceptionObject)
EXC_TYPE(KeyError, B(LookupError), HsBaseExceptionObject)
EXC_TYPE(MemoryError, B(Exception), HsBaseExceptionObject)
EXC_TYPE_M(NameError, B(Exception), HsNameErrorObject, name_members)
EXC_TYPE(UnboundLocalError, B(NameError), HsNameErrorObject)
EXC_TYPE_FULL(OSError, B(Exception), HsOSErrorObject, oserror_str, os_members)
EXC_TYPE_STR(BlockingIOError, B(OSError), HsOSErrorObject, oserror_str)
EXC_TYPE_STR(ChildProcessError, B(OSError), HsOSErrorObject, oserror_str)
EXC_TYPE_STR(ConnectionError, B(OSError), HsOSErrorObject, oserror_str)
EXC_TYPE_STR(BrokenPipeError, B(ConnectionError), HsOSErrorObject, oserror_str)
EXC_TYPE_STR(ConnectionAbortedError, B(ConnectionError), HsOSErrorObject, oserror_str)
EXC_TYPE_STR(ConnectionRefusedError, B(ConnectionError), HsOSErrorObject, oserror_str)
EXC_TYPE_STR(ConnectionResetError, B(ConnectionError), HsOSErrorObject, oserror_str)
EXC_TYPE_STR(FileExistsError, B(OSError), HsOSErrorObject, oserror_str)
EXC_TYPE_STR(FileNotFoundError, B(OSError), HsOSErrorObject, oserror_str)
EXC_TYPE_STR(InterruptedError, B(OSError), HsOSErrorObject, oserror_str)
EXC_TYPE_STR(IsADirectoryError, B(OSError), HsOSErrorObject, oserror_str)
EXC_TYPE_STR(NotADirectoryError, B(OSError), HsOSErrorObject, oserror_str)
EXC_TYPE_STR(PermissionError, B(OSError), HsOSErrorObject, oserror_str)
EXC_TYPE_STR(ProcessLookupError, B(OSError), HsOSErrorObject, oserror_str)
EXC_TYPE_STR(TimeoutError, B(OSError), HsOSErrorObject, oserror_str)
EXC_TYPE(ReferenceError, B(Exception), HsBaseExceptionObject)
EXC_TYPE(RuntimeError, B(Exception), HsBaseExceptionObject)
EXC_TYPE(NotImplementedError, B(RuntimeError), HsBaseExceptionObject)
EXC_TYPE(RecursionError, B(RuntimeError), HsBaseExceptionObject)
EXC_TYPE(StopAsyncIteration, B(Exception), HsBaseExceptionObject)
EXC_TYPE_M(StopIteration, B(Exception), HsStopIterationObject, stop_members)
EXC_TYPE_M(SyntaxError, B(Exception), HsSyntaxErrorObject, syntax_members)
EXC_TYPE(IndentationError, B(SyntaxError), HsSyntaxErrorObject)
EXC_TYPE(TabError, B(IndentationError), HsSyntaxErrorObject)
EXC_TYPE(SystemError, B(Exception), HsBaseExceptionObject)
EXC_TYPE(TypeError, B(Exception), HsBaseExceptionObject)
EXC_TYPE(ValueError, B(Exception), HsBaseExceptionObject)
EXC_TYPE(UnicodeError, B(ValueError), HsBaseExceptionObject)
EXC_TYPE_FULL(UnicodeDecodeError, B(UnicodeError), HsUnicodeErrorObject,
              hs_codecs_unicode_error_str, unicode_members)
EXC_TYPE_FULL(UnicodeEncodeError, B(UnicodeError), HsUnicodeErrorObject,
              hs_codecs_unicode_error_str, unicode_members)
EXC_TYPE(UnicodeTranslateError, B(UnicodeError), HsUnicodeErrorObject)
EXC_TYPE(Warning, B(Exception), HsBaseExceptionObject)
EXC_TYPE(BytesWarning, B(Warning), HsBaseExceptionObject)
EXC_TYPE(DeprecationWarning, B(Warning), HsBaseExceptionObject)
EXC_TYPE(EncodingWarning, B(Warning), HsBaseExceptionObject)
EXC_TYPE(FutureWarning, B(Warning), HsBaseExceptionObject)
EXC_TYPE(ImportWarning, B(Warning), HsBaseExceptionObject)
EXC_TYPE(PendingDeprecationWarning, B(Warning), HsBaseExceptionObject)
EXC_TYPE(ResourceWarning, B(Warning), HsBaseExceptionObject)
EXC_TYPE(RuntimeWarning, B(Warning), HsBaseExceptionObject)
EXC_TYPE(SyntaxWarning, B(Warning), HsBaseExceptionObject)
EXC_TYPE(UnicodeWarning, B(Warning), HsBaseExceptionObject)
EXC_TYPE(UserWarning, B(Warning), HsBaseExceptionObject)

/* The extra fields of the family 'tp' belongs to, found by its instance size and lineage. */
static const size_t *family_fields(HsTypeObject *tp) {
    static const struct {
        HsTypeObject *root;
        const size_t *fields;
    } roots[] = {
        {B(SyntaxError), syntax_fields},   {B(ImportError), import_fields},
        {B(OSError), os_fields},           {B(SystemExit), exit_fields},
        {B(StopIteration), stop_fields},   {B(UnicodeDecodeError), unicode_fields},
        {B(UnicodeEncodeError), unicode_fields}, {B(UnicodeTranslateError), unicode_fields},
        {B(AttributeError), attr_fields},  {B(NameError), name_fields},
        {B(BaseExceptionGroup), group_fields},
    };
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++) {
        if (HsType_IsSubtype(tp, roots[i].root)) {
            return roots[i].fields;
        }
    }
    return no_fields;
}
#undef B

/* ==== internal API ==== */

HsObject *hs_exc_create(HsObject *type, HsObject *args) {
    HsTypeObject *tp = (HsTypeObject *)type;
    HsObject *exc = tp->tp_new(tp, args, NULL);
    if (exc == NULL) {
        return NULL;
    }
    if (tp->tp_init(exc, args, NULL) < 0) {
        Hs_DECREF(exc);
        return NULL;
    }
    return exc;
}
