/* io.FileIO, raw unbuffered I/O on a file descriptor (CPython 3.11: Modules/_io/fileio.c).
 * Opening a path uses open(2) with the flags of the raw mode (r, w, x, a, each with an
 * optional '+'), O_CLOEXEC and 0o666; opening a directory for reading is refused with
 * IsADirectoryError as CPython's fstat check does; append mode starts at the end.
 * Errors are CPython's: OSError subclasses with the file name, UnsupportedOperation
 * "File not open for reading/writing", ValueError "I/O operation on closed file".
 * Invariant: fio_fd >= 0 while open, -1 once closed.
 * Every fio_* function: arguments borrowed; Return: new reference, or NULL with an exception.
 */
#include "internal/hs_modules.h"
#include "internal/hs_vm_gil.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ==== type ==== */

typedef struct FileIOObject {
    HsObject ob_base;
    int fio_fd;
    char fio_readable, fio_writable, fio_appending, fio_created, fio_closefd;
    HsObject *fio_name; /* the 'file' argument: a str, bytes or int */
} FileIOObject;

#define FIO(op) ((FileIOObject *)(op))

/* ==== static helpers ==== */

static int fio_check_open(FileIOObject *f) {
    if (f->fio_fd < 0) {
        hs_io_closed("I/O operation on closed file");
        return -1;
    }
    return 0;
}

static HsObject *fio_err(FileIOObject *f, int err) {
    (void)f;
    return hs_os_error(err, NULL, NULL);
}

/* Read up to 'n' bytes (n < 0: to end of file). Return: new reference. */
static HsObject *fio_read_n(FileIOObject *f, Hs_ssize_t n) {
    Hs_ssize_t cap = n >= 0 ? n : 8192, len = 0;
    char *buf = hs_mem_raw_malloc((size_t)cap + 1);
    if (buf == NULL) {
        return HsErr_NoMemory();
    }
    for (;;) {
        if (len == cap) {
            if (n >= 0) {
                break;
            }
            char *nb = hs_mem_raw_realloc(buf, (size_t)(cap *= 2) + 1);
            if (nb == NULL) {
                hs_mem_raw_free(buf);
                return HsErr_NoMemory();
            }
            buf = nb;
        }
        ssize_t r;
        int fd = f->fio_fd;
        int read_errno;
        HS_BEGIN_ALLOW_THREADS /* only the buffer is touched while other threads run */
        r = read(fd, buf + len, (size_t)(cap - len));
        read_errno = errno;
        HS_END_ALLOW_THREADS
        if (r < 0 && read_errno == EINTR) {
            continue;
        }
        if (r < 0) {
            int err = read_errno;
            hs_mem_raw_free(buf);
            return fio_err(f, err);
        }
        len += r;
        if (r == 0 || n >= 0) {
            break; /* a sized read is one read(2) call, as FileIO.read(n) */
        }
    }
    HsObject *b = HsBytes_FromStringAndSize(buf, len);
    hs_mem_raw_free(buf);
    return b;
}

/* ==== methods ==== */

static HsObject *fio_read(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    FileIOObject *f = FIO(self);
    Hs_ssize_t n = -1;
    if (hs_arg_check_positional("read", nargs, 0, 1) < 0 || fio_check_open(f) < 0) {
        return NULL;
    }
    if (!f->fio_readable) {
        return hs_io_unsupported("File not open for reading");
    }
    if (nargs == 1 && args[0] != Hs_None) {
        n = HsNumber_AsSsize_t(args[0], HsExc_OverflowError);
        if (n == -1 && HsErr_Occurred()) {
            return NULL;
        }
    }
    return fio_read_n(f, n);
}

static HsObject *fio_readall(HsObject *self, HsObject *unused) {
    (void)unused;
    if (fio_check_open(FIO(self)) < 0) {
        return NULL;
    }
    if (!FIO(self)->fio_readable) {
        return hs_io_unsupported("File not open for reading");
    }
    return fio_read_n(FIO(self), -1);
}

static HsObject *fio_write(HsObject *self, HsObject *arg) {
    FileIOObject *f = FIO(self);
    const char *buf;
    Hs_ssize_t len;
    if (fio_check_open(f) < 0) {
        return NULL;
    }
    if (!f->fio_writable) {
        return hs_io_unsupported("File not open for writing");
    }
    if (hs_bytes_view(arg, &buf, &len) < 0) {
        return NULL;
    }
    ssize_t w;
    do {
        w = write(f->fio_fd, buf, (size_t)len);
    } while (w < 0 && errno == EINTR);
    if (w < 0) {
        return fio_err(f, errno);
    }
    return HsLong_FromSsize_t(w);
}

static HsObject *fio_seek(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    FileIOObject *f = FIO(self);
    if (hs_arg_check_positional("seek", nargs, 1, 2) < 0 || fio_check_open(f) < 0) {
        return NULL;
    }
    Hs_ssize_t pos = HsNumber_AsSsize_t(args[0], HsExc_OverflowError);
    long whence = nargs == 2 ? HsLong_AsLong(args[1]) : 0;
    if (HsErr_Occurred()) {
        return NULL;
    }
    off_t r = lseek(f->fio_fd, (off_t)pos, (int)whence);
    if (r < 0) {
        return fio_err(f, errno);
    }
    return HsLong_FromLongLong((long long)r);
}

static HsObject *fio_tell(HsObject *self, HsObject *unused) {
    (void)unused;
    if (fio_check_open(FIO(self)) < 0) {
        return NULL;
    }
    off_t r = lseek(FIO(self)->fio_fd, 0, SEEK_CUR);
    if (r < 0) {
        return fio_err(FIO(self), errno);
    }
    return HsLong_FromLongLong((long long)r);
}

static HsObject *fio_truncate(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    FileIOObject *f = FIO(self);
    if (hs_arg_check_positional("truncate", nargs, 0, 1) < 0 || fio_check_open(f) < 0) {
        return NULL;
    }
    if (!f->fio_writable) {
        return hs_io_unsupported("File not open for writing");
    }
    off_t size;
    if (nargs == 1 && args[0] != Hs_None) {
        Hs_ssize_t v = HsNumber_AsSsize_t(args[0], HsExc_OverflowError);
        if (v == -1 && HsErr_Occurred()) {
            return NULL;
        }
        size = (off_t)v;
    } else if ((size = lseek(f->fio_fd, 0, SEEK_CUR)) < 0) {
        return fio_err(f, errno);
    }
    if (ftruncate(f->fio_fd, size) != 0) {
        return fio_err(f, errno);
    }
    return HsLong_FromLongLong((long long)size);
}

static HsObject *fio_close(HsObject *self, HsObject *unused) {
    (void)unused;
    FileIOObject *f = FIO(self);
    if (f->fio_fd >= 0) {
        int fd = f->fio_fd;
        f->fio_fd = -1;
        if (f->fio_closefd && close(fd) != 0) {
            return fio_err(f, errno);
        }
    }
    Hs_RETURN_NONE;
}

static HsObject *fio_fileno(HsObject *self, HsObject *unused) {
    (void)unused;
    if (fio_check_open(FIO(self)) < 0) {
        return NULL;
    }
    return HsLong_FromLong(FIO(self)->fio_fd);
}

static HsObject *fio_isatty(HsObject *self, HsObject *unused) {
    (void)unused;
    if (fio_check_open(FIO(self)) < 0) {
        return NULL;
    }
    return HsBool_FromLong(isatty(FIO(self)->fio_fd));
}

static HsObject *fio_flag(HsObject *self, int which) {
    if (fio_check_open(FIO(self)) < 0) {
        return NULL;
    }
    if (which == 2) {
        return HsBool_FromLong(lseek(FIO(self)->fio_fd, 0, SEEK_CUR) >= 0);
    }
    return HsBool_FromLong(which == 0 ? FIO(self)->fio_readable : FIO(self)->fio_writable);
}

static HsObject *fio_readable(HsObject *self, HsObject *unused) {
    (void)unused;
    return fio_flag(self, 0);
}

static HsObject *fio_writable(HsObject *self, HsObject *unused) {
    (void)unused;
    return fio_flag(self, 1);
}

static HsObject *fio_seekable(HsObject *self, HsObject *unused) {
    (void)unused;
    return fio_flag(self, 2);
}

static HsObject *fio_flush(HsObject *self, HsObject *unused) {
    (void)unused;
    if (FIO(self)->fio_fd < 0) {
        return hs_io_closed("I/O operation on closed file.");
    }
    Hs_RETURN_NONE;
}

/* ==== attributes ==== */

/* CPython's mode_string: xb / ab / rb / wb, with '+' when both readable and writable. */
static const char *fio_mode(FileIOObject *f) {
    if (f->fio_created) {
        return f->fio_readable ? "xb+" : "xb";
    }
    if (f->fio_appending) {
        return f->fio_readable ? "ab+" : "ab";
    }
    if (f->fio_readable) {
        return f->fio_writable ? "rb+" : "rb";
    }
    return "wb";
}

static HsObject *fio_get_mode(HsObject *self, void *closure) {
    (void)closure;
    return HsUnicode_FromString(fio_mode(FIO(self)));
}

static HsObject *fio_get_closed(HsObject *self, void *closure) {
    (void)closure;
    return HsBool_FromLong(FIO(self)->fio_fd < 0);
}

static HsObject *fio_get_closefd(HsObject *self, void *closure) {
    (void)closure;
    return HsBool_FromLong(FIO(self)->fio_closefd);
}

static HsObject *fio_get_name(HsObject *self, void *closure) {
    (void)closure;
    return Hs_NewRef(FIO(self)->fio_name);
}

static HsObject *fio_repr(HsObject *self) {
    FileIOObject *f = FIO(self);
    if (f->fio_fd < 0) {
        return HsUnicode_FromString("<_io.FileIO [closed]>");
    }
    return HsUnicode_FromFormat("<_io.FileIO name=%R mode='%s' closefd=%s>", f->fio_name,
                                fio_mode(f), f->fio_closefd ? "True" : "False");
}

/* ==== the type ==== */

static void fio_dealloc(HsObject *op) {
    FileIOObject *f = FIO(op);
    if (f->fio_fd >= 0 && f->fio_closefd) {
        close(f->fio_fd);
    }
    Hs_XDECREF(f->fio_name);
    hs_obj_free(op);
}

/* FileIO(file, mode='r', closefd=True, opener=None) */
static HsObject *fio_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"file", "mode", "closefd", "opener", NULL};
    static const HsArgParser parser = {"FileIO", kw};
    HsObject *stack[4], *a[4] = {NULL, NULL, NULL, NULL}, *kwnames = NULL;
    (void)type;
    if (hs_bytes_flatten_args(args, kwds, stack, 4, &kwnames) < 0) {
        return NULL;
    }
    int rc = hs_arg_unpack_keywords(stack, Hs_SIZE(args), kwnames, &parser, 1, 4, 1, a);
    Hs_XDECREF(kwnames);
    if (rc < 0) {
        return NULL;
    }
    const char *mode = "r";
    if (a[1] != NULL && (mode = HsUnicode_AsUTF8(a[1])) == NULL) {
        return NULL;
    }
    int closefd = a[2] != NULL ? HsObject_IsTrue(a[2]) : 1;
    return closefd < 0 ? NULL : hs_io_fileio_new(a[0], mode, closefd);
}

static HsMethodDef fio_methods[] = {
    {"read", HS_CFUNC(fio_read), HS_METH_FASTCALL, NULL},
    {"readall", HS_CFUNC(fio_readall), HS_METH_NOARGS, NULL},
    {"write", HS_CFUNC(fio_write), HS_METH_O, NULL},
    {"seek", HS_CFUNC(fio_seek), HS_METH_FASTCALL, NULL},
    {"tell", HS_CFUNC(fio_tell), HS_METH_NOARGS, NULL},
    {"truncate", HS_CFUNC(fio_truncate), HS_METH_FASTCALL, NULL},
    {"close", HS_CFUNC(fio_close), HS_METH_NOARGS, NULL},
    {"flush", HS_CFUNC(fio_flush), HS_METH_NOARGS, NULL},
    {"fileno", HS_CFUNC(fio_fileno), HS_METH_NOARGS, NULL},
    {"isatty", HS_CFUNC(fio_isatty), HS_METH_NOARGS, NULL},
    {"readable", HS_CFUNC(fio_readable), HS_METH_NOARGS, NULL},
    {"writable", HS_CFUNC(fio_writable), HS_METH_NOARGS, NULL},
    {"seekable", HS_CFUNC(fio_seekable), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static HsGetSetDef fio_getset[] = {
    {"mode", fio_get_mode, NULL, NULL, NULL},
    {"closed", fio_get_closed, NULL, NULL, NULL},
    {"closefd", fio_get_closefd, NULL, NULL, NULL},
    {"name", fio_get_name, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

HsTypeObject HsFileIO_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "_io.FileIO",
    .tp_basicsize = sizeof(FileIOObject),
    .tp_dealloc = fio_dealloc,
    .tp_repr = fio_repr,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_BASETYPE,
    .tp_methods = fio_methods,
    .tp_getset = fio_getset,
    .tp_base = &HsRawIOBase_Type,
    .tp_new = fio_new,
};

/* ==== internal API ==== */

/* The open(2) flags of raw mode 'mode'. Returns 0, or -1 with ValueError. */
static int mode_flags(const char *mode, FileIOObject *f, int *flags) {
    int rw = 0, plus = 0;
    for (const char *p = mode; *p != '\0'; p++) {
        switch (*p) {
        case 'x': rw++, f->fio_created = 1, f->fio_writable = 1; *flags |= O_EXCL | O_CREAT; break;
        case 'r': rw++, f->fio_readable = 1; break;
        case 'w': rw++, f->fio_writable = 1; *flags |= O_CREAT | O_TRUNC; break;
        case 'a': rw++, f->fio_writable = 1, f->fio_appending = 1; *flags |= O_APPEND | O_CREAT;
            break;
        case '+': plus++, f->fio_readable = 1, f->fio_writable = 1; break;
        case 'b': break;
        default:
            HsErr_Format(HsExc_ValueError, "invalid mode: %s", mode);
            return -1;
        }
    }
    if (rw != 1 || plus > 1) {
        HsErr_SetString(HsExc_ValueError, "Must have exactly one of create/read/write/append "
                                          "mode and at most one plus");
        return -1;
    }
    *flags |= f->fio_readable && f->fio_writable ? O_RDWR : f->fio_readable ? O_RDONLY : O_WRONLY;
    return 0;
}

HsObject *hs_io_fileio_new(HsObject *file, const char *mode, int closefd) {
    if (HsType_Ready(&HsFileIO_Type) < 0) {
        return NULL;
    }
    FileIOObject *f = (FileIOObject *)hs_obj_new(&HsFileIO_Type, sizeof(FileIOObject));
    if (f == NULL) {
        return HsErr_NoMemory();
    }
    f->fio_fd = -1;
    f->fio_readable = f->fio_writable = f->fio_appending = f->fio_created = 0;
    f->fio_closefd = (char)closefd;
    f->fio_name = Hs_NewRef(file);
    int flags = O_CLOEXEC;
    if (mode_flags(mode, f, &flags) < 0) {
        goto error;
    }
    if (HsLong_Check(file)) {
        long fd = HsLong_AsLong(file);
        if (fd == -1 && HsErr_Occurred()) {
            goto error;
        }
        if (fd < 0) {
            HsErr_SetString(HsExc_ValueError, "negative file descriptor");
            goto error;
        }
        f->fio_fd = (int)fd;
    } else {
        if (!closefd) {
            HsErr_SetString(HsExc_ValueError, "Cannot use closefd=False with file name");
            goto error;
        }
        HsOsPath p;
        if (hs_os_path_arg("open", file, &p) < 0) {
            goto error;
        }
        do {
            f->fio_fd = open(p.c, flags, 0666);
        } while (f->fio_fd < 0 && errno == EINTR);
        hs_os_path_release(&p);
        if (f->fio_fd < 0) {
            hs_os_error(errno, file, NULL);
            goto error;
        }
        struct stat st;
        if (fstat(f->fio_fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            hs_os_error(EISDIR, file, NULL);
            goto error;
        }
    }
    if (f->fio_appending && lseek(f->fio_fd, 0, SEEK_END) < 0 && errno != ESPIPE) {
        hs_os_error(errno, NULL, NULL);
        goto error;
    }
    return (HsObject *)f;
error:
    Hs_DECREF(f);
    return NULL;
}
