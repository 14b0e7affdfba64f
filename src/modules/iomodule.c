/* The `io` module and the builtin open() (CPython 3.11: Modules/_io/_iomodule.c and
 * iobase.c). open() checks the mode and arguments with CPython's messages, then stacks the
 * layers as CPython does: a FileIO (io_fileio.c), a BufferedReader/Writer/Random over it
 * (io_buffered.c) unless buffering=0, and for text modes a TextIOWrapper (io_textio.c).
 * BytesIO and StringIO live in io_memio.c. This file also holds _io._IOBase, the base type
 * of all of them, with the methods CPython's IOBase provides in terms of the others
 * (__enter__/__exit__, iteration by readline, readlines, writelines), and
 * io.UnsupportedOperation (bases OSError and ValueError, as CPython's).
 * Every io_* function: arguments borrowed; Return: new reference, or NULL with an exception.
 */
#include "internal/hs_modules.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ==== io.UnsupportedOperation ==== */

static HsTypeObject unsupported_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "io.UnsupportedOperation",
    .tp_basicsize = sizeof(HsOSErrorObject),
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE | HS_TPFLAGS_BASE_EXC_SUBCLASS,
};

/* Ready UnsupportedOperation with CPython's bases (OSError, ValueError) and MRO. */
static int ready_unsupported(void) {
    if (unsupported_type.tp_flags & HS_TPFLAGS_READY) {
        return 0;
    }
    HsTypeObject *os = (HsTypeObject *)HsExc_OSError;
    if (HsType_Ready(os) < 0 || HsType_Ready((HsTypeObject *)HsExc_ValueError) < 0) {
        return -1;
    }
    unsupported_type.tp_base = os;
    unsupported_type.tp_bases = HsTuple_Pack(2, HsExc_OSError, HsExc_ValueError);
    unsupported_type.tp_mro =
        HsTuple_Pack(6, (HsObject *)&unsupported_type, HsExc_OSError, HsExc_ValueError,
                     HsExc_Exception, HsExc_BaseException, (HsObject *)&HsBaseObject_Type);
    if (unsupported_type.tp_bases == NULL || unsupported_type.tp_mro == NULL ||
        HsType_Ready(&unsupported_type) < 0) {
        return -1;
    }
    HsObject *mod = HsUnicode_FromString("io");
    int rc = mod == NULL ? -1 : HsDict_SetItemString(unsupported_type.tp_dict, "__module__", mod);
    Hs_XDECREF(mod);
    return rc;
}

HsObject *hs_io_unsupported(const char *msg) {
    if (ready_unsupported() < 0) {
        return NULL;
    }
    HsErr_SetString((HsObject *)&unsupported_type, msg);
    return NULL;
}

HsObject *hs_io_closed(const char *msg) {
    HsErr_SetString(HsExc_ValueError, msg);
    return NULL;
}

/* ==== calling methods by name ==== */

HsObject *hs_io_call(HsObject *o, const char *name, HsObject *arg) {
    HsObject *n = hs_builtins_name(name);
    if (n == NULL) {
        return NULL;
    }
    return arg != NULL ? HsObject_CallMethodOneArg(o, n, arg) : HsObject_CallMethodNoArgs(o, n);
}

int hs_io_is_closed(HsObject *o) {
    HsObject *c = HsObject_GetAttrString(o, "closed");
    if (c == NULL) {
        return -1;
    }
    int r = HsObject_IsTrue(c);
    Hs_DECREF(c);
    return r;
}

/* ==== _io._IOBase ==== */

static HsObject *iobase_enter(HsObject *self, HsObject *unused) {
    (void)unused;
    int closed = hs_io_is_closed(self);
    if (closed < 0) {
        return NULL;
    }
    if (closed) {
        return hs_io_closed("I/O operation on closed file.");
    }
    return Hs_NewRef(self);
}

static HsObject *iobase_exit(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)args;
    (void)nargs;
    return hs_io_call(self, "close", NULL);
}

static HsObject *iobase_iter(HsObject *self) {
    return iobase_enter(self, NULL);
}

/* next(f): f.readline(), StopIteration at an empty line. */
static HsObject *iobase_iternext(HsObject *self) {
    HsObject *line = hs_io_call(self, "readline", NULL);
    if (line == NULL) {
        return NULL;
    }
    Hs_ssize_t n = HsObject_Size(line);
    if (n <= 0) {
        Hs_DECREF(line);
        return NULL; /* end of iteration (or the error of len()) */
    }
    return line;
}

/* readlines(hint=-1): lines until end of file or until their total size reaches 'hint'. */
static HsObject *iobase_readlines(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    Hs_ssize_t hint = -1, total = 0;
    if (hs_arg_check_positional("readlines", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1 && args[0] != Hs_None) {
        hint = HsNumber_AsSsize_t(args[0], HsExc_OverflowError);
        if (hint == -1 && HsErr_Occurred()) {
            return NULL;
        }
    }
    HsObject *list = HsList_New(0);
    while (list != NULL) {
        HsObject *line = iobase_iternext(self);
        if (line == NULL) {
            if (HsErr_Occurred()) {
                Hs_CLEAR(list);
            }
            break;
        }
        total += HsObject_Size(line);
        int rc = HsList_Append(list, line);
        Hs_DECREF(line);
        if (rc < 0) {
            Hs_CLEAR(list);
        } else if (hint > 0 && total >= hint) {
            break;
        }
    }
    return list;
}

static HsObject *iobase_writelines(HsObject *self, HsObject *lines) {
    int closed = hs_io_is_closed(self);
    if (closed != 0) {
        return closed < 0 ? NULL : hs_io_closed("I/O operation on closed file.");
    }
    HsObject *it = HsObject_GetIter(lines), *line;
    if (it == NULL) {
        return NULL;
    }
    while ((line = HsIter_Next(it)) != NULL) {
        HsObject *r = hs_io_call(self, "write", line);
        Hs_DECREF(line);
        if (r == NULL) {
            Hs_DECREF(it);
            return NULL;
        }
        Hs_DECREF(r);
    }
    Hs_DECREF(it);
    if (HsErr_Occurred()) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

static HsObject *iobase_false(HsObject *self, HsObject *unused) {
    (void)unused;
    int closed = hs_io_is_closed(self);
    if (closed != 0) {
        return closed < 0 ? NULL : hs_io_closed("I/O operation on closed file.");
    }
    return Hs_NewRef(Hs_False);
}

static HsObject *iobase_fileno(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return hs_io_unsupported("fileno");
}

/* __iter__ / __next__ as methods (the slots are not exposed by name for C types). */
static HsObject *iobase_iter_meth(HsObject *self, HsObject *unused) {
    (void)unused;
    return Hs_TYPE(self)->tp_iter(self);
}

static HsObject *iobase_next_meth(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *r = Hs_TYPE(self)->tp_iternext(self);
    if (r == NULL && !HsErr_Occurred()) {
        HsErr_SetObject(HsExc_StopIteration, Hs_None);
    }
    return r;
}

static HsMethodDef iobase_methods[] = {
    {"__iter__", HS_CFUNC(iobase_iter_meth), HS_METH_NOARGS, NULL},
    {"__next__", HS_CFUNC(iobase_next_meth), HS_METH_NOARGS, NULL},
    {"__enter__", HS_CFUNC(iobase_enter), HS_METH_NOARGS, NULL},
    {"__exit__", HS_CFUNC(iobase_exit), HS_METH_FASTCALL, NULL},
    {"readlines", HS_CFUNC(iobase_readlines), HS_METH_FASTCALL, NULL},
    {"writelines", HS_CFUNC(iobase_writelines), HS_METH_O, NULL},
    {"isatty", HS_CFUNC(iobase_false), HS_METH_NOARGS, NULL},
    {"readable", HS_CFUNC(iobase_false), HS_METH_NOARGS, NULL},
    {"writable", HS_CFUNC(iobase_false), HS_METH_NOARGS, NULL},
    {"seekable", HS_CFUNC(iobase_false), HS_METH_NOARGS, NULL},
    {"fileno", HS_CFUNC(iobase_fileno), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsIOBase_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "_io._IOBase",
    .tp_basicsize = sizeof(HsObject),
    .tp_flags = HS_TPFLAGS_BASETYPE,
    .tp_iter = iobase_iter,
    .tp_iternext = iobase_iternext,
    .tp_methods = iobase_methods,
    .tp_new = HsType_GenericNew, /* _io._IOBase() works, as CPython's */
};

/* The three abstract layers under _IOBase (CPython: _RawIOBase, _BufferedIOBase,
 * _TextIOBase), for isinstance checks against io.RawIOBase etc. */
#define IO_LAYER_TYPE(var, name)                                                                   \
    HsTypeObject var = {                                                                           \
        .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),                                         \
        .tp_name = name,                                                                           \
        .tp_basicsize = sizeof(HsObject),                                                          \
        .tp_flags = HS_TPFLAGS_BASETYPE,                                                           \
        .tp_base = &HsIOBase_Type,                                                                 \
    };
IO_LAYER_TYPE(HsRawIOBase_Type, "_io._RawIOBase")
IO_LAYER_TYPE(HsBufferedIOBase_Type, "_io._BufferedIOBase")
IO_LAYER_TYPE(HsTextIOBase_Type, "_io._TextIOBase")

/* ==== open() ==== */

/* The parsed mode of open(). */
typedef struct OpenMode {
    int creating, reading, writing, appending, updating, text, binary;
    char rawmode[4];
} OpenMode;

/* Parse 'mode' as _io.open does. Returns 0 or -1 with ValueError. */
static int parse_mode(HsObject *modeobj, const char *mode, OpenMode *m) {
    memset(m, 0, sizeof *m);
    for (const char *p = mode; *p != '\0'; p++) {
        int *flag = *p == 'x' ? &m->creating : *p == 'r' ? &m->reading : *p == 'w' ? &m->writing
                  : *p == 'a' ? &m->appending : *p == '+' ? &m->updating : *p == 't' ? &m->text
                  : *p == 'b' ? &m->binary : NULL;
        if (flag == NULL || *flag) {
            HsErr_Format(HsExc_ValueError, "invalid mode: %R", modeobj);
            return -1;
        }
        *flag = 1;
    }
    if (m->text && m->binary) {
        HsErr_SetString(HsExc_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    int n = m->creating + m->reading + m->writing + m->appending;
    if (n > 1) {
        HsErr_SetString(HsExc_ValueError, "must have exactly one of create/read/write/append "
                                          "mode");
        return -1;
    }
    if (n == 0) {
        HsErr_SetString(HsExc_ValueError, "Must have exactly one of create/read/write/append "
                                          "mode and at most one plus");
        return -1;
    }
    char *r = m->rawmode;
    *r++ = m->creating ? 'x' : m->reading ? 'r' : m->writing ? 'w' : 'a';
    if (m->updating) {
        *r++ = '+';
    }
    *r = '\0';
    return 0;
}

/* The checks of _io.open on encoding/errors/newline/buffering. Returns 0 or -1. */
static int check_open_args(const OpenMode *m, HsObject *const *a, long buffering) {
    const char *which[] = {NULL, NULL, NULL, "an encoding", "an errors", "a newline"};
    for (int i = 3; i <= 5; i++) {
        if (m->binary && a[i] != NULL && a[i] != Hs_None) {
            HsErr_Format(HsExc_ValueError, "binary mode doesn't take %s argument", which[i]);
            return -1;
        }
    }
    if (m->binary == 0 && buffering == 0) {
        HsErr_SetString(HsExc_ValueError, "can't have unbuffered text I/O");
        return -1;
    }
    return 0;
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
 * closefd=True, opener=None) */
HsObject *hs_io_open(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                     HsObject *kwnames) {
    static const char *const kw[] = {"file",    "mode",    "buffering", "encoding", "errors",
                                     "newline", "closefd", "opener",    NULL};
    static const HsArgParser parser = {"open", kw};
    HsObject *a[8] = {NULL};
    OpenMode m;
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 8, 1, a) < 0) {
        return NULL;
    }
    const char *mode = "r";
    if (a[1] != NULL && (!HsUnicode_Check(a[1]) || (mode = HsUnicode_AsUTF8(a[1])) == NULL)) {
        return HsErr_Format(HsExc_TypeError, "open() argument 'mode' must be str, not %.200s",
                            Hs_TYPE(a[1])->tp_name);
    }
    long buffering = a[2] != NULL ? HsLong_AsLong(a[2]) : -1;
    int closefd = a[6] != NULL ? HsObject_IsTrue(a[6]) : 1;
    if ((buffering == -1 && HsErr_Occurred()) || closefd < 0) {
        return NULL;
    }
    for (int i = 3; i <= 5; i++) {
        if (a[i] != NULL && a[i] != Hs_None && !HsUnicode_Check(a[i])) {
            return HsErr_Format(HsExc_TypeError, "open() argument '%s' must be str or None, "
                                "not %.200s", kw[i], Hs_TYPE(a[i])->tp_name);
        }
    }
    if (!HsLong_Check(a[0])) {
        HsObject *p = hs_os_fspath(a[0]);
        if (p == NULL) {
            return NULL;
        }
        Hs_DECREF(p);
    }
    if (parse_mode(a[1] != NULL ? a[1] : NULL, mode, &m) < 0 ||
        check_open_args(&m, a, buffering) < 0) {
        return NULL;
    }
    if (m.text == 0 && m.binary == 0) {
        m.text = 1;
    }
    if (!m.binary && a[5] != NULL && a[5] != Hs_None &&
        hs_io_check_newline(a[5]) < 0) {
        return NULL;
    }
    HsObject *raw = hs_io_fileio_new(a[0], m.rawmode, closefd);
    if (raw == NULL) {
        return NULL;
    }
    int tty = 0;
    if (buffering == 1 || buffering < 0) {
        HsObject *r = hs_io_call(raw, "isatty", NULL);
        tty = r != NULL && r == Hs_True;
        Hs_XDECREF(r);
        if (r == NULL) {
            Hs_DECREF(raw);
            return NULL;
        }
    }
    if (buffering == 0) {
        return raw;
    }
    HsTypeObject *bt = m.updating ? &HsBufferedRandom_Type
                       : m.reading ? &HsBufferedReader_Type
                                   : &HsBufferedWriter_Type;
    HsObject *buffer = hs_io_buffered_new(bt, raw, buffering > 1 ? buffering : 8192);
    Hs_DECREF(raw);
    if (buffer == NULL || m.binary) {
        return buffer;
    }
    HsObject *text = hs_io_textio_new(buffer, a[3], a[4], a[5], buffering == 1 || tty);
    Hs_DECREF(buffer);
    if (text != NULL && hs_io_textio_set_mode(text, a[1]) < 0) {
        Hs_CLEAR(text);
    }
    return text;
}

/* ==== module ==== */

static HsMethodDef io_methods[] = {
    {"open", HS_CFUNC(hs_io_open), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Open file and return a stream."},
    {NULL, NULL, 0, NULL},
};

int hs_io_init(HsObject **module_out) {
    *module_out = NULL;
    static const struct {
        const char *name;
        HsTypeObject *type;
    } types[] = {
        {"IOBase", &HsIOBase_Type},
        {"RawIOBase", &HsRawIOBase_Type},
        {"BufferedIOBase", &HsBufferedIOBase_Type},
        {"TextIOBase", &HsTextIOBase_Type},
        {"FileIO", &HsFileIO_Type},
        {"BufferedReader", &HsBufferedReader_Type},
        {"BufferedWriter", &HsBufferedWriter_Type},
        {"BufferedRandom", &HsBufferedRandom_Type},
        {"TextIOWrapper", &HsTextIOWrapper_Type},
        {"BytesIO", &HsBytesIO_Type},
        {"StringIO", &HsStringIO_Type},
        {"UnsupportedOperation", &unsupported_type},
    };
    if (ready_unsupported() < 0) {
        return -1;
    }
    HsObject *m = HsModule_New("io");
    if (m == NULL || HsModule_AddFunctions(m, io_methods) < 0) {
        goto error;
    }
    /* io.open is builtins.open, one object as in CPython. */
    HsObject *modules = hs_sys_get_object("modules");
    HsObject *bi = modules != NULL ? HsDict_GetItemString(modules, "builtins") : NULL;
    HsObject *bopen = bi != NULL ? HsObject_GetAttrString(bi, "open") : NULL;
    if (bopen == NULL) {
        HsErr_Clear();
    } else {
        int rc = HsModule_AddObjectRef(m, "open", bopen);
        Hs_DECREF(bopen);
        if (rc < 0) {
            goto error;
        }
    }
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (HsType_Ready(types[i].type) < 0 ||
            HsModule_AddObjectRef(m, types[i].name, (HsObject *)types[i].type) < 0) {
            goto error;
        }
    }
    HsObject *bufsize = HsLong_FromLong(8192);
    int rc = bufsize == NULL ? -1 : HsModule_AddObjectRef(m, "DEFAULT_BUFFER_SIZE", bufsize);
    Hs_XDECREF(bufsize);
    static const char *const seeks[] = {"SEEK_SET", "SEEK_CUR", "SEEK_END"};
    for (long i = 0; rc == 0 && i < 3; i++) {
        HsObject *v = HsLong_FromLong(i);
        rc = v == NULL ? -1 : HsModule_AddObjectRef(m, seeks[i], v);
        Hs_XDECREF(v);
    }
    if (rc < 0) {
        goto error;
    }
    *module_out = m;
    return 0;
error:
    Hs_XDECREF(m);
    return -1;
}
