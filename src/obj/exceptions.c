/* The built-in exception types (CPython 3.11: Objects/exceptions.c): CPython's hierarchy,
 * its instance layouts (so sys.getsizeof matches), construction (args tuple plus each
 * family's extra fields), str() and repr(); BaseException's attributes and methods (args,
 * __traceback__, __cause__, __context__, __dict__, with_traceback, add_note, __reduce__);
 * OSError's errno subclasses. Exception groups' behaviour is in exceptiongroup.c; see
 * docs/internals/exceptions.md. Invariants: every instance's 'args' is a tuple; the extra
 * fields of a family are owned references or NULL; notes live in the instance dict under
 * '__notes__' (the 'notes' field stays NULL, as in 3.11); all exception instances are
 * GC-tracked once initialised. */
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_weakref.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
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
static HsTypeObject exc_type_ExceptionGroup;

/* ExceptionGroup's instances: CPython makes the type a class at start-up, so they also have
 * a weakref list (basicsize 96). */
typedef struct ExceptionGroupLayout {
    HsBaseExceptionGroupObject eg;
    HsObject *weakreflist;
} ExceptionGroupLayout;

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
    if (HsType_IsSubtype(Hs_TYPE(op), &exc_type_ExceptionGroup) &&
        ((ExceptionGroupLayout *)op)->weakreflist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    exc_clear(op);
    hs_gc_free(op);
    hs_trashcan_end();
}

/* BaseException.__new__: every field NULL, args = the argument tuple. */
static HsObject *exc_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)kwds;
    return hs_exc_alloc(type, args);
}

HsObject *hs_exc_alloc(HsTypeObject *type, HsObject *args) {
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
    }
    return 0;
}

static HsObject *exc_str(HsObject *op);

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

/* str(SyntaxError): "msg (file, line N)" with the file's last path component, or the parts
 * of it that are known (CPython: SyntaxError_str). */
static HsObject *syntax_str(HsObject *op) {
    HsSyntaxErrorObject *se = (HsSyntaxErrorObject *)op;
    HsObject *msg = se->msg != NULL ? se->msg : Hs_None, *filename = NULL;
    if (se->filename != NULL && HsUnicode_Check(se->filename)) {
        Hs_ssize_t n = HS_STR_LEN(se->filename), start = n;
        while (start > 0 && HS_STR_READ_CHAR(se->filename, start - 1) != '/') {
            start--;
        }
        filename = HsUnicode_Substring(se->filename, start, n);
        if (filename == NULL) {
            return NULL;
        }
    }
    int have_lineno = se->lineno != NULL && HsLong_CheckExact(se->lineno);
    long lineno = have_lineno ? HsLong_AsLong(se->lineno) : 0;
    if (have_lineno && lineno == -1 && HsErr_Occurred()) {
        HsErr_Clear(); /* CPython prints -1 on overflow */
    }
    HsObject *r;
    if (filename != NULL && have_lineno) {
        r = HsUnicode_FromFormat("%S (%U, line %ld)", msg, filename, lineno);
    } else if (filename != NULL) {
        r = HsUnicode_FromFormat("%S (%U)", msg, filename);
    } else if (have_lineno) {
        r = HsUnicode_FromFormat("%S (line %ld)", msg, lineno);
    } else {
        r = HsObject_Str(msg);
    }
    Hs_XDECREF(filename);
    return r;
}

/* ==== attributes ==== */

/* The traceback type lives in the vm layer (src/vm/traceback.c), which this layer may not
 * include. It is a static type that cannot be subclassed, so its name identifies it. */
static int is_traceback(HsObject *v) {
    HsTypeObject *tp = Hs_TYPE(v);
    return !(tp->tp_flags & HS_TPFLAGS_HEAPTYPE) && strcmp(tp->tp_name, "traceback") == 0;
}

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

/* __dict__: made on first use (CPython: PyObject_GenericGetDict / GenericSetDict). */
static HsObject *exc_get_dict(HsObject *op, void *closure) {
    (void)closure;
    HsBaseExceptionObject *e = (HsBaseExceptionObject *)op;
    if (e->dict == NULL && (e->dict = HsDict_New()) == NULL) {
        return NULL;
    }
    return Hs_NewRef(e->dict);
}

static int exc_set_dict(HsObject *op, HsObject *value, void *closure) {
    (void)closure;
    if (value == NULL) {
        HsErr_SetString(HsExc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!HsDict_Check(value)) {
        HsErr_Format(HsExc_TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                     Hs_TYPE(value)->tp_name);
        return -1;
    }
    Hs_XSETREF_FIELD(((HsBaseExceptionObject *)op)->dict, value);
    return 0;
}

/* __cause__ / __context__: an exception or None (CPython: BaseException_set_cause /
 * BaseException_set_context); setting the cause also sets __suppress_context__. */
static int exc_set_chain(HsObject *op, HsObject *value, void *closure) {
    size_t off = (size_t)closure;
    int is_cause = off == offsetof(HsBaseExceptionObject, cause);
    if (value == NULL) {
        HsErr_SetString(HsExc_TypeError, is_cause ? "__cause__ may not be deleted"
                                                  : "__context__ may not be deleted");
        return -1;
    }
    if (value != Hs_None && !HsExceptionInstance_Check(value)) {
        HsErr_SetString(HsExc_TypeError, is_cause ? "exception cause must be None or derive "
                                                    "from BaseException"
                                                  : "exception context must be None or derive "
                                                    "from BaseException");
        return -1;
    }
    HsObject **slot = (HsObject **)((char *)op + off);
    HsObject *old = *slot;
    *slot = value == Hs_None ? NULL : Hs_NewRef(value);
    Hs_XDECREF(old);
    if (is_cause) {
        ((HsBaseExceptionObject *)op)->suppress_context = 1;
    }
    return 0;
}

static HsObject *exc_get_chain(HsObject *op, void *closure) {
    HsObject *v = *(HsObject **)((char *)op + (size_t)closure);
    return Hs_NewRef(v != NULL ? v : Hs_None);
}

/* CPython: BaseException_set_tb. */
static int exc_set_tb(HsObject *op, HsObject *value, void *closure) {
    (void)closure;
    HsBaseExceptionObject *e = (HsBaseExceptionObject *)op;
    if (value == NULL) {
        HsErr_SetString(HsExc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (value == Hs_None) {
        Hs_CLEAR(e->traceback);
        return 0;
    }
    if (!is_traceback(value)) {
        HsErr_SetString(HsExc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    Hs_XSETREF_FIELD(e->traceback, value);
    return 0;
}

static HsGetSetDef exc_getset[] = {
    {"__dict__", exc_get_dict, exc_set_dict, NULL, NULL},
    {"args", exc_get_args, exc_set_args, NULL, NULL},
    {"__traceback__", exc_get_chain, exc_set_tb, NULL,
     (void *)offsetof(HsBaseExceptionObject, traceback)},
    {"__context__", exc_get_chain, exc_set_chain, "exception context",
     (void *)offsetof(HsBaseExceptionObject, context)},
    {"__cause__", exc_get_chain, exc_set_chain, "exception cause",
     (void *)offsetof(HsBaseExceptionObject, cause)},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsMemberDef exc_members[] = {
    {"__suppress_context__", HS_T_BOOL, offsetof(HsBaseExceptionObject, suppress_context), 0,
     NULL},
    {NULL, 0, 0, 0, NULL},
};

/* ==== methods ==== */

/* exc.__reduce__(): (type, args) or (type, args, __dict__). Return: new reference. */
static HsObject *exc_reduce(HsObject *op, HsObject *unused) {
    (void)unused;
    HsBaseExceptionObject *e = (HsBaseExceptionObject *)op;
    if (e->dict != NULL) {
        return HsTuple_Pack(3, (HsObject *)Hs_TYPE(op), e->args, e->dict);
    }
    return HsTuple_Pack(2, (HsObject *)Hs_TYPE(op), e->args);
}

/* exc.__setstate__(state): setattr for each item of the dict 'state' (or nothing for None). */
static HsObject *exc_setstate(HsObject *op, HsObject *state) {
    if (state == Hs_None) {
        return Hs_NewRef(Hs_None);
    }
    if (!HsDict_Check(state)) {
        HsErr_SetString(HsExc_TypeError, "state is not a dictionary");
        return NULL;
    }
    Hs_ssize_t pos = 0;
    HsObject *key, *value;
    while (HsDict_Next(state, &pos, &key, &value)) {
        Hs_INCREF(key);
        Hs_INCREF(value);
        int r = HsObject_SetAttr(op, key, value);
        Hs_DECREF(key);
        Hs_DECREF(value);
        if (r < 0) {
            return NULL;
        }
    }
    return Hs_NewRef(Hs_None);
}

/* exc.with_traceback(tb): set __traceback__, return exc. Return: new reference. */
static HsObject *exc_with_traceback(HsObject *op, HsObject *tb) {
    if (exc_set_tb(op, tb, NULL) < 0) {
        return NULL;
    }
    return Hs_NewRef(op);
}

/* exc.add_note(note): append to the list __notes__ in the instance dict, made on first use
 * (CPython 3.11: BaseException_add_note). */
static HsObject *exc_add_note(HsObject *op, HsObject *note) {
    if (!HsUnicode_Check(note)) {
        return HsErr_Format(HsExc_TypeError, "note must be a str, not '%s'",
                            Hs_TYPE(note)->tp_name);
    }
    HsObject *name = hs_exc_name_notes();
    if (name == NULL) {
        return NULL;
    }
    HsObject *notes = NULL;
    if (HsObject_LookupAttr(op, name, &notes) < 0) {
        return NULL;
    }
    if (notes == NULL) {
        notes = HsList_New(0);
        if (notes == NULL || HsObject_SetAttr(op, name, notes) < 0) {
            Hs_XDECREF(notes);
            return NULL;
        }
    }
    if (!HsList_Check(notes)) {
        Hs_DECREF(notes);
        HsErr_SetString(HsExc_TypeError, "Cannot add note: __notes__ is not a list");
        return NULL;
    }
    int r = HsList_Append(notes, note);
    Hs_DECREF(notes);
    return r < 0 ? NULL : Hs_NewRef(Hs_None);
}

static HsMethodDef exc_methods[] = {
    {"__reduce__", HS_CFUNC(exc_reduce), HS_METH_NOARGS, NULL},
    {"__setstate__", HS_CFUNC(exc_setstate), HS_METH_O, NULL},
    {"with_traceback", HS_CFUNC(exc_with_traceback), HS_METH_O,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", HS_CFUNC(exc_add_note), HS_METH_O,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {NULL, NULL, 0, NULL},
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

/* ==== OSError: errno subclasses, the args it keeps, str (CPython: OSError_new & co) ==== */

static HsTypeObject exc_type_OSError;
static HsObject *oserror_new(HsTypeObject *type, HsObject *args, HsObject *kwds);
static int oserror_init(HsObject *op, HsObject *args, HsObject *kwds);

/* The subclass OSError(errno, ...) makes for each errno (CPython: the errnomap). */
static HsTypeObject *errno_subclass(long long code);

/* A class that overrides __init__ but not __new__ parses its arguments in __init__
 * (CPython: oserror_use_init). */
static int oserror_use_init(HsTypeObject *type) {
    return type->tp_init != oserror_init && type->tp_new == oserror_new;
}

/* CPython's PyNumber_Check. */
static int is_number(HsObject *o) {
    HsNumberMethods *nb = Hs_TYPE(o)->tp_as_number;
    return nb != NULL && (nb->nb_index != NULL || nb->nb_int != NULL || nb->nb_float != NULL);
}

/* Fill errno, strerror, filename(s) and args from 'args' ("OO|OOO": errno, strerror,
 * filename, winerror (ignored), filename2). Steals: 'args'. */
static int oserror_fill(HsOSErrorObject *self, HsObject *args) {
    Hs_ssize_t n = Hs_SIZE(args);
    HsObject *myerrno = NULL, *strerror = NULL, *filename = NULL, *filename2 = NULL;
    if (n >= 2 && n <= 5) {
        myerrno = HS_TUPLE_GET(args, 0);
        strerror = HS_TUPLE_GET(args, 1);
        filename = n > 2 ? HS_TUPLE_GET(args, 2) : NULL;
        filename2 = n > 4 ? HS_TUPLE_GET(args, 4) : NULL;
    }
    if (filename != NULL && filename != Hs_None) {
        if (Hs_TYPE(self) == (HsTypeObject *)HsExc_BlockingIOError && is_number(filename)) {
            self->written = HsNumber_AsSsize_t(filename, HsExc_ValueError);
            if (self->written == -1 && HsErr_Occurred()) {
                Hs_DECREF(args);
                return -1;
            }
        } else {
            Hs_XSETREF_FIELD(self->filename, filename);
            if (filename2 != NULL && filename2 != Hs_None) {
                Hs_XSETREF_FIELD(self->filename2, filename2);
            }
            HsObject *first_two = HsTuple_FromArray(HS_TUPLE_ITEMS(args), 2); /* names leave args */
            Hs_DECREF(args);
            if (first_two == NULL) {
                return -1;
            }
            args = first_two;
        }
    }
    if (myerrno != NULL) {
        Hs_XSETREF_FIELD(self->myerrno, myerrno);
        Hs_XSETREF_FIELD(self->strerror, strerror);
    }
    Hs_SETREF(self->args, args);
    return 0;
}

/* OSError(errno, strerror, ...) of exactly OSError becomes the errno's subclass. */
static HsObject *oserror_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    int use_init = oserror_use_init(type);
    if (!use_init) {
        if (hs_arg_no_kwargs_dict(type->tp_name, kwds) < 0) {
            return NULL;
        }
        if (type == &exc_type_OSError && Hs_SIZE(args) >= 2 && Hs_SIZE(args) <= 5 &&
            HsLong_Check(HS_TUPLE_GET(args, 0))) {
            int overflow;
            long long code = hs_int_as_longlong_and_overflow(HS_TUPLE_GET(args, 0), &overflow);
            HsTypeObject *sub = overflow == 0 ? errno_subclass(code) : NULL;
            type = sub != NULL ? sub : type;
        }
    }
    HsObject *op = hs_exc_alloc(type, NULL);
    if (op == NULL) {
        return NULL;
    }
    ((HsOSErrorObject *)op)->written = -1;
    if (!use_init && oserror_fill((HsOSErrorObject *)op, Hs_NewRef(args)) < 0) {
        Hs_DECREF(op);
        return NULL;
    }
    return op;
}

/* OSError.__init__: only a class that overrides __init__ (not __new__) parses here. */
static int oserror_init(HsObject *op, HsObject *args, HsObject *kwds) {
    if (!oserror_use_init(Hs_TYPE(op))) {
        return 0; /* __new__ did it all */
    }
    if (hs_arg_no_kwargs_dict(Hs_TYPE(op)->tp_name, kwds) < 0) {
        return -1;
    }
    return oserror_fill((HsOSErrorObject *)op, Hs_NewRef(args));
}

/* "[Errno 2] No such file: 'f' -> 'g'", or BaseException's str without errno/strerror. */
static HsObject *oserror_str(HsObject *op) {
    HsOSErrorObject *e = (HsOSErrorObject *)op;
    HsObject *no = e->myerrno != NULL ? e->myerrno : Hs_None;
    HsObject *se = e->strerror != NULL ? e->strerror : Hs_None;
    if (e->filename != NULL && e->filename2 != NULL) {
        return HsUnicode_FromFormat("[Errno %S] %S: %R -> %R", no, se, e->filename,
                                    e->filename2);
    }
    if (e->filename != NULL) {
        return HsUnicode_FromFormat("[Errno %S] %S: %R", no, se, e->filename);
    }
    if (e->myerrno != NULL && e->strerror != NULL) {
        return HsUnicode_FromFormat("[Errno %S] %S", e->myerrno, e->strerror);
    }
    return exc_str(op);
}

/* __reduce__: the file names go back into args (CPython: OSError_reduce). */
static HsObject *oserror_reduce(HsObject *op, HsObject *unused) {
    (void)unused;
    HsOSErrorObject *e = (HsOSErrorObject *)op;
    HsObject *args = Hs_NewRef(e->args);
    if (Hs_SIZE(args) == 2 && e->filename != NULL) {
        Hs_SETREF(args, e->filename2 != NULL
                            ? HsTuple_Pack(5, HS_TUPLE_GET(e->args, 0), HS_TUPLE_GET(e->args, 1),
                                           e->filename, Hs_None, e->filename2)
                            : HsTuple_Pack(3, HS_TUPLE_GET(e->args, 0), HS_TUPLE_GET(e->args, 1),
                                           e->filename));
        if (args == NULL) {
            return NULL;
        }
    }
    HsObject *res = e->dict != NULL ? HsTuple_Pack(3, (HsObject *)Hs_TYPE(op), args, e->dict)
                                    : HsTuple_Pack(2, (HsObject *)Hs_TYPE(op), args);
    Hs_DECREF(args);
    return res;
}

/* characters_written: BlockingIOError's count; AttributeError while unset (-1). */
static HsObject *oserror_get_written(HsObject *op, void *closure) {
    (void)closure;
    Hs_ssize_t w = ((HsOSErrorObject *)op)->written;
    if (w == -1) {
        HsErr_SetString(HsExc_AttributeError, "characters_written");
        return NULL;
    }
    return HsLong_FromSsize_t(w);
}

static int oserror_set_written(HsObject *op, HsObject *value, void *closure) {
    (void)closure;
    HsOSErrorObject *e = (HsOSErrorObject *)op;
    if (value == NULL) {
        if (e->written == -1) {
            HsErr_SetString(HsExc_AttributeError, "characters_written");
            return -1;
        }
        e->written = -1;
        return 0;
    }
    Hs_ssize_t n = HsNumber_AsSsize_t(value, HsExc_ValueError);
    if (n == -1 && HsErr_Occurred()) {
        return -1;
    }
    e->written = n;
    return 0;
}

static HsGetSetDef oserror_getset[] = {
    {"characters_written", oserror_get_written, oserror_set_written, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsMethodDef oserror_methods[] = {
    {"__reduce__", HS_CFUNC(oserror_reduce), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* ==== the type objects ==== */

#define EXC_FLAGS (HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE | HS_TPFLAGS_BASE_EXC_SUBCLASS)

/* Methods, getsets and members are BaseException's only (found along the MRO); str and
 * repr are set on every type so that exceptions print before the types are readied. */
#define EXC_TYPE(name, base, layout) EXC_TYPE_FULL(name, base, layout, exc_str, NULL)
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
        .tp_members = members,                                                                     \
    };                                                                                             \
    HsObject *HsExc_##name = (HsObject *)&exc_type_##name;

#define B(name) (&exc_type_##name)

/* OSError and its errno subclasses share its __new__, __init__ and str. */
#define OS_TYPE(name, base)                                                                        \
    static HsTypeObject exc_type_##name = {                                                        \
        .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),                                         \
        .tp_name = #name,                                                                          \
        .tp_basicsize = sizeof(HsOSErrorObject),                                                   \
        .tp_dealloc = exc_dealloc,                                                                 \
        .tp_str = oserror_str,                                                                     \
        .tp_repr = exc_repr,                                                                       \
        .tp_flags = EXC_FLAGS,                                                                     \
        .tp_traverse = exc_traverse,                                                               \
        .tp_clear = exc_clear,                                                                     \
        .tp_base = base,                                                                           \
        .tp_dictoffset = offsetof(HsBaseExceptionObject, dict),                                    \
        .tp_init = oserror_init,                                                                   \
        .tp_new = oserror_new,                                                                     \
    };                                                                                             \
    HsObject *HsExc_##name = (HsObject *)&exc_type_##name;

static HsTypeObject exc_type_BaseException = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "BaseException",
    .tp_basicsize = sizeof(HsBaseExceptionObject),
    .tp_dealloc = exc_dealloc,
    .tp_str = exc_str,
    .tp_repr = exc_repr,
    .tp_flags = EXC_FLAGS,
    .tp_doc = "Common base class for all exceptions",
    .tp_traverse = exc_traverse,
    .tp_clear = exc_clear,
    .tp_dictoffset = offsetof(HsBaseExceptionObject, dict),
    .tp_init = exc_init,
    .tp_new = exc_new,
    .tp_methods = exc_methods,
    .tp_getset = exc_getset,
    .tp_members = exc_members,
};
HsObject *HsExc_BaseException = (HsObject *)&exc_type_BaseException;

static HsTypeObject exc_type_BaseExceptionGroup = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "BaseExceptionGroup",
    .tp_basicsize = sizeof(HsBaseExceptionGroupObject),
    .tp_dealloc = exc_dealloc,
    .tp_str = hs_excgroup_str,
    .tp_repr = exc_repr,
    .tp_flags = EXC_FLAGS,
    .tp_doc = "A combination of multiple unrelated exceptions.",
    .tp_traverse = exc_traverse,
    .tp_clear = exc_clear,
    .tp_base = B(BaseException),
    .tp_dictoffset = offsetof(HsBaseExceptionObject, dict),
    .tp_init = exc_init,
    .tp_new = hs_excgroup_new,
    .tp_methods = hs_excgroup_methods,
    .tp_members = hs_excgroup_members,
};
HsObject *HsExc_BaseExceptionGroup = (HsObject *)&exc_type_BaseExceptionGroup;

/* Parents are defined before children, in CPython 3.11's hierarchy. */
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

/* ExceptionGroup(BaseExceptionGroup, Exception): hs_exc_init_types gives it its bases. */
static HsObject *eg_get_weakref(HsObject *op, void *closure) {
    (void)closure;
    HsObject *first = ((ExceptionGroupLayout *)op)->weakreflist;
    return Hs_NewRef(first != NULL ? first : Hs_None);
}

static HsGetSetDef eg_getset[] = {
    {"__weakref__", eg_get_weakref, NULL, "list of weak references to the object (if defined)",
     NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsTypeObject exc_type_ExceptionGroup = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "ExceptionGroup",
    .tp_basicsize = sizeof(ExceptionGroupLayout),
    .tp_dealloc = exc_dealloc,
    .tp_str = hs_excgroup_str,
    .tp_repr = exc_repr,
    .tp_flags = EXC_FLAGS,
    .tp_traverse = exc_traverse,
    .tp_clear = exc_clear,
    .tp_base = B(BaseExceptionGroup),
    .tp_dictoffset = offsetof(HsBaseExceptionObject, dict),
    .tp_weaklistoffset = offsetof(ExceptionGroupLayout, weakreflist),
    .tp_init = exc_init,
    .tp_new = hs_excgroup_new,
    .tp_getset = eg_getset,
};
HsObject *HsExc_ExceptionGroup = (HsObject *)&exc_type_ExceptionGroup;

EXC_TYPE_M(ImportError, B(Exception), HsImportErrorObject, import_members)
EXC_TYPE(ModuleNotFoundError, B(ImportError), HsImportErrorObject)
EXC_TYPE(LookupError, B(Exception), HsBaseExceptionObject)
EXC_TYPE(IndexError, B(LookupError), HsBaseExceptionObject)
EXC_TYPE_FULL(KeyError, B(LookupError), HsBaseExceptionObject, exc_str, NULL)
EXC_TYPE(MemoryError, B(Exception), HsBaseExceptionObject)
EXC_TYPE_M(NameError, B(Exception), HsNameErrorObject, name_members)
EXC_TYPE(UnboundLocalError, B(NameError), HsNameErrorObject)
static HsTypeObject exc_type_OSError = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "OSError",
    .tp_basicsize = sizeof(HsOSErrorObject),
    .tp_dealloc = exc_dealloc,
    .tp_str = oserror_str,
    .tp_repr = exc_repr,
    .tp_flags = EXC_FLAGS,
    .tp_doc = "Base class for I/O related errors.",
    .tp_traverse = exc_traverse,
    .tp_clear = exc_clear,
    .tp_base = B(Exception),
    .tp_dictoffset = offsetof(HsBaseExceptionObject, dict),
    .tp_init = oserror_init,
    .tp_new = oserror_new,
    .tp_methods = oserror_methods,
    .tp_members = os_members,
    .tp_getset = oserror_getset,
};
HsObject *HsExc_OSError = (HsObject *)&exc_type_OSError;
OS_TYPE(BlockingIOError, B(OSError))
OS_TYPE(ChildProcessError, B(OSError))
OS_TYPE(ConnectionError, B(OSError))
OS_TYPE(BrokenPipeError, B(ConnectionError))
OS_TYPE(ConnectionAbortedError, B(ConnectionError))
OS_TYPE(ConnectionRefusedError, B(ConnectionError))
OS_TYPE(ConnectionResetError, B(ConnectionError))
OS_TYPE(FileExistsError, B(OSError))
OS_TYPE(FileNotFoundError, B(OSError))
OS_TYPE(InterruptedError, B(OSError))
OS_TYPE(IsADirectoryError, B(OSError))
OS_TYPE(NotADirectoryError, B(OSError))
OS_TYPE(PermissionError, B(OSError))
OS_TYPE(ProcessLookupError, B(OSError))
OS_TYPE(TimeoutError, B(OSError))
EXC_TYPE(ReferenceError, B(Exception), HsBaseExceptionObject)
EXC_TYPE(RuntimeError, B(Exception), HsBaseExceptionObject)
EXC_TYPE(NotImplementedError, B(RuntimeError), HsBaseExceptionObject)
EXC_TYPE(RecursionError, B(RuntimeError), HsBaseExceptionObject)
EXC_TYPE(StopAsyncIteration, B(Exception), HsBaseExceptionObject)
EXC_TYPE_M(StopIteration, B(Exception), HsStopIterationObject, stop_members)
EXC_TYPE_FULL(SyntaxError, B(Exception), HsSyntaxErrorObject, syntax_str, syntax_members)
EXC_TYPE_FULL(IndentationError, B(SyntaxError), HsSyntaxErrorObject, syntax_str, NULL)
EXC_TYPE_FULL(TabError, B(IndentationError), HsSyntaxErrorObject, syntax_str, NULL)
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
/* CPython 3.11's errnomap (Objects/exceptions.c, _PyExc_InitState). */
static HsTypeObject *errno_subclass(long long code) {
    static const struct {
        int code;
        HsTypeObject *type;
    } map[] = {
        {EAGAIN, B(BlockingIOError)},        {EALREADY, B(BlockingIOError)},
        {EINPROGRESS, B(BlockingIOError)},   {EWOULDBLOCK, B(BlockingIOError)},
        {EPIPE, B(BrokenPipeError)},         {ESHUTDOWN, B(BrokenPipeError)},
        {ECHILD, B(ChildProcessError)},      {ECONNABORTED, B(ConnectionAbortedError)},
        {ECONNREFUSED, B(ConnectionRefusedError)}, {ECONNRESET, B(ConnectionResetError)},
        {EEXIST, B(FileExistsError)},        {ENOENT, B(FileNotFoundError)},
        {EISDIR, B(IsADirectoryError)},      {ENOTDIR, B(NotADirectoryError)},
        {EINTR, B(InterruptedError)},        {EACCES, B(PermissionError)},
        {EPERM, B(PermissionError)},         {ESRCH, B(ProcessLookupError)},
        {ETIMEDOUT, B(TimeoutError)},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
        if (map[i].code == code) {
            return map[i].type;
        }
    }
    return NULL;
}
#undef B

/* ==== internal API ==== */

int hs_exc_init_types(void) {
    HsTypeObject *eg = &exc_type_ExceptionGroup;
    if (eg->tp_bases != NULL) {
        return 0;
    }
    HsTypeObject *beg = &exc_type_BaseExceptionGroup, *exc = &exc_type_Exception;
    if (HsType_Ready(beg) < 0 || HsType_Ready(exc) < 0) {
        return -1;
    }
    eg->tp_bases = HsTuple_Pack(2, (HsObject *)beg, (HsObject *)exc);
    if (eg->tp_bases == NULL) {
        return -1;
    }
    eg->tp_mro = hs_type_compute_mro(eg); /* C3, as for a class: HsType_Ready keeps it */
    return eg->tp_mro != NULL ? 0 : -1;
}

HsObject *hs_exc_name_notes(void) {
    static HsObject *name; /* interned, kept until finalization */
    if (name == NULL) {
        hs_obj_static_name(&name, "__notes__");
    }
    return name;
}

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
