/* A minimal text stream for sys.stdin/stdout/stderr (CPython 3.11: Modules/_io/textio.c
 * TextIOWrapper over a BufferedWriter/Reader over a FileIO; here one object does all three).
 * Writing: str only, encoded to UTF-8 (lone surrogates are an error: errors='strict'), kept
 * in an 8 KiB buffer. Buffering as CPython's: a stream on a terminal is line buffered (a
 * write containing '\n' flushes); otherwise the buffer is written when it would pass 8 KiB,
 * on flush(), and at exit through hs_stdio_flush_all(). stderr is always line buffered
 * (CPython 3.9+). Reading (stdin): readline() and read() on unbuffered read(2) calls.
 * Invariant: 0 <= tio_len <= HS_STDIO_BUFSIZE; every live stream is on the 'streams' list.
 * Every tio_* method: arguments borrowed; Return: new reference, or NULL with an exception.
 */
#include "internal/hs_modules.h"
#include "internal/hs_vm_gil.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

/* ==== types ==== */

#define HS_STDIO_BUFSIZE 8192

typedef struct TextIOObject {
    HsObject ob_base;
    int tio_fd;
    char tio_writable;
    char tio_line_buffering;
    char tio_write_through; /* -u: every write goes out at once */
    char tio_closed;
    HsObject *tio_name;                         /* "<stdout>" */
    struct TextIOObject *tio_next, **tio_pprev; /* the 'streams' list */
    Hs_ssize_t tio_len;
    char tio_buf[HS_STDIO_BUFSIZE];
} TextIOObject;

static TextIOObject *streams;

void (*hs_stdio_write_hook)(int fd, const char *data, Hs_ssize_t len);

/* ==== static helpers ==== */

/* Write all 'n' bytes of 'p' to the fd, retrying on EINTR. Returns 0 or -1 with OSError. */
static int write_all(int fd, const char *p, Hs_ssize_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, (size_t)n);
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            HsErr_Format(HsExc_OSError, "[Errno %d] %s", errno, strerror(errno));
            return -1;
        }
        p += w;
        n -= (Hs_ssize_t)w;
    }
    return 0;
}

static int tio_flush_buffer(TextIOObject *t) {
    Hs_ssize_t n = t->tio_len;
    t->tio_len = 0;
    return write_all(t->tio_fd, t->tio_buf, n);
}

/* Append 'n' bytes: through the buffer, or straight out when they would overflow it. */
static int tio_put(TextIOObject *t, const char *p, Hs_ssize_t n) {
    if (t->tio_len + n > HS_STDIO_BUFSIZE) {
        if (tio_flush_buffer(t) < 0) {
            return -1;
        }
        if (n > HS_STDIO_BUFSIZE) {
            return write_all(t->tio_fd, p, n);
        }
    }
    memcpy(t->tio_buf + t->tio_len, p, (size_t)n);
    t->tio_len += n;
    return 0;
}

static int tio_check(TextIOObject *t, int want_write) {
    if (t->tio_closed) {
        HsErr_SetString(HsExc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    if (want_write != t->tio_writable) {
        HsErr_SetString(HsExc_OSError, want_write ? "not writable" : "not readable");
        return -1;
    }
    return 0;
}

/* Read one byte. Returns 1, 0 at end of file, -1 with OSError. */
static int read_byte(int fd, char *c) {
    for (;;) {
        ssize_t r;
        int err;
        HS_BEGIN_ALLOW_THREADS /* input() and sys.stdin reads let other threads run */
        r = read(fd, c, 1);
        err = errno;
        HS_END_ALLOW_THREADS
        errno = err;
        if (r >= 0) {
            return (int)r;
        }
        if (errno != EINTR) {
            HsErr_Format(HsExc_OSError, "[Errno %d] %s", errno, strerror(errno));
            return -1;
        }
    }
}

/* Read bytes up to and including '\n' (stop_at_newline) or to end of file; decode UTF-8.
 * Return: new reference. */
static HsObject *tio_read_impl(TextIOObject *t, int stop_at_newline) {
    Hs_ssize_t cap = 256, len = 0;
    char *buf = hs_mem_raw_malloc((size_t)cap);
    if (buf == NULL) {
        return HsErr_NoMemory();
    }
    for (;;) {
        char c;
        int r = read_byte(t->tio_fd, &c);
        if (r < 0) {
            hs_mem_raw_free(buf);
            return NULL;
        }
        if (r == 0) {
            break;
        }
        if (len == cap) {
            char *nb = hs_mem_raw_realloc(buf, (size_t)(cap *= 2));
            if (nb == NULL) {
                hs_mem_raw_free(buf);
                return HsErr_NoMemory();
            }
            buf = nb;
        }
        buf[len++] = c;
        if (stop_at_newline && c == '\n') {
            break;
        }
    }
    HsObject *s = HsUnicode_FromStringAndSize(buf, len);
    hs_mem_raw_free(buf);
    return s;
}

/* ==== methods ==== */

/* write(s): returns len(s) in characters, as TextIOWrapper.write. */
static HsObject *tio_write(HsObject *self, HsObject *s) {
    TextIOObject *t = (TextIOObject *)self;
    if (!HsUnicode_Check(s)) {
        return HsErr_Format(HsExc_TypeError, "write() argument must be str, not %.100s",
                            Hs_TYPE(s)->tp_name);
    }
    if (tio_check(t, 1) < 0) {
        return NULL;
    }
    Hs_ssize_t n;
    const char *p = HsUnicode_AsUTF8AndSize(s, &n);
    if (p == NULL) {
        return NULL;
    }
    if (HS_UNLIKELY(hs_stdio_write_hook != NULL) && (t->tio_fd == 1 || t->tio_fd == 2)) {
        hs_stdio_write_hook(t->tio_fd, p, n);
    }
    if (tio_put(t, p, n) < 0) {
        return NULL;
    }
    if ((t->tio_write_through || (t->tio_line_buffering && memchr(p, '\n', (size_t)n) != NULL)) &&
        tio_flush_buffer(t) < 0) {
        return NULL;
    }
    return HsLong_FromSsize_t(HS_STR_LEN(s));
}

static HsObject *tio_flush(HsObject *self, HsObject *unused) {
    (void)unused;
    TextIOObject *t = (TextIOObject *)self;
    if (t->tio_closed) {
        HsErr_SetString(HsExc_ValueError, "I/O operation on closed file.");
        return NULL;
    }
    if (t->tio_writable && tio_flush_buffer(t) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

static HsObject *tio_fileno(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsLong_FromLong(((TextIOObject *)self)->tio_fd);
}

static HsObject *tio_isatty(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsBool_FromLong(isatty(((TextIOObject *)self)->tio_fd));
}

static HsObject *tio_readable(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsBool_FromLong(!((TextIOObject *)self)->tio_writable);
}

static HsObject *tio_writable_meth(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsBool_FromLong(((TextIOObject *)self)->tio_writable);
}

/* readline(size=-1, /): the size limit is not supported yet (ignored). */
static HsObject *tio_readline(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)args;
    if (hs_arg_check_positional("readline", nargs, 0, 1) < 0 ||
        tio_check((TextIOObject *)self, 0) < 0) {
        return NULL;
    }
    return tio_read_impl((TextIOObject *)self, 1);
}

/* read(size=-1, /): everything up to end of file (size not supported yet). */
static HsObject *tio_read(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)args;
    if (hs_arg_check_positional("read", nargs, 0, 1) < 0 ||
        tio_check((TextIOObject *)self, 0) < 0) {
        return NULL;
    }
    return tio_read_impl((TextIOObject *)self, 0);
}

static HsObject *tio_repr(HsObject *self) {
    TextIOObject *t = (TextIOObject *)self;
    return HsUnicode_FromFormat("<_io.TextIOWrapper name='%U' mode='%s' encoding='utf-8'>",
                                t->tio_name, t->tio_writable ? "w" : "r");
}

static HsObject *tio_get_str(HsObject *self, void *closure) {
    (void)self;
    return HsUnicode_FromString((const char *)closure);
}

static HsObject *tio_get_name(HsObject *self, void *closure) {
    (void)closure;
    return Hs_NewRef(((TextIOObject *)self)->tio_name);
}

static HsObject *tio_get_mode(HsObject *self, void *closure) {
    (void)closure;
    return HsUnicode_FromString(((TextIOObject *)self)->tio_writable ? "w" : "r");
}

static HsObject *tio_get_closed(HsObject *self, void *closure) {
    (void)closure;
    return HsBool_FromLong(((TextIOObject *)self)->tio_closed);
}

static HsObject *tio_get_line_buffering(HsObject *self, void *closure) {
    (void)closure;
    return HsBool_FromLong(((TextIOObject *)self)->tio_line_buffering);
}

/* ==== the type ==== */

static void tio_dealloc(HsObject *op) {
    TextIOObject *t = (TextIOObject *)op;
    if (t->tio_writable && !t->tio_closed && t->tio_len > 0) {
        HsObject *exc = HsErr_GetRaisedException();
        if (tio_flush_buffer(t) < 0) {
            HsErr_Clear();
        }
        HsErr_SetRaisedException(exc);
    }
    *t->tio_pprev = t->tio_next;
    if (t->tio_next != NULL) {
        t->tio_next->tio_pprev = t->tio_pprev;
    }
    Hs_XDECREF(t->tio_name);
    hs_obj_free(op);
}

static HsMethodDef tio_methods[] = {
    {"write", HS_CFUNC(tio_write), HS_METH_O, NULL},
    {"flush", HS_CFUNC(tio_flush), HS_METH_NOARGS, NULL},
    {"fileno", HS_CFUNC(tio_fileno), HS_METH_NOARGS, NULL},
    {"isatty", HS_CFUNC(tio_isatty), HS_METH_NOARGS, NULL},
    {"readable", HS_CFUNC(tio_readable), HS_METH_NOARGS, NULL},
    {"writable", HS_CFUNC(tio_writable_meth), HS_METH_NOARGS, NULL},
    {"readline", HS_CFUNC(tio_readline), HS_METH_FASTCALL, NULL},
    {"read", HS_CFUNC(tio_read), HS_METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static HsGetSetDef tio_getset[] = {
    {"encoding", tio_get_str, NULL, NULL, "utf-8"},
    {"errors", tio_get_str, NULL, NULL, "strict"},
    {"name", tio_get_name, NULL, NULL, NULL},
    {"mode", tio_get_mode, NULL, NULL, NULL},
    {"closed", tio_get_closed, NULL, NULL, NULL},
    {"line_buffering", tio_get_line_buffering, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

HsTypeObject HsTextIO_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "_io.TextIOWrapper",
    .tp_basicsize = sizeof(TextIOObject),
    .tp_dealloc = tio_dealloc,
    .tp_repr = tio_repr,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_methods = tio_methods,
    .tp_getset = tio_getset,
};

/* ==== internal API ==== */

int hs_stdio_unbuffered;

HsObject *hs_stdio_new(int fd, const char *name, int writable) {
    if (HsType_Ready(&HsTextIO_Type) < 0) {
        return NULL;
    }
    TextIOObject *t = (TextIOObject *)hs_obj_new(&HsTextIO_Type, sizeof(TextIOObject));
    if (t == NULL) {
        return HsErr_NoMemory();
    }
    t->tio_fd = fd;
    t->tio_writable = (char)(writable != 0);
    t->tio_line_buffering = (char)(writable && (fd == 2 || isatty(fd)));
    t->tio_write_through = (char)(writable && hs_stdio_unbuffered);
    t->tio_closed = 0;
    t->tio_len = 0;
    t->tio_name = HsUnicode_FromString(name);
    t->tio_next = streams;
    t->tio_pprev = &streams;
    if (streams != NULL) {
        streams->tio_pprev = &t->tio_next;
    }
    streams = t;
    if (t->tio_name == NULL) {
        Hs_DECREF(t);
        return NULL;
    }
    return (HsObject *)t;
}

void hs_stdio_flush_all(void) {
    hs_io_flush_all(); /* files opened with open() first, as CPython closes them at exit */
    for (TextIOObject *t = streams; t != NULL; t = t->tio_next) {
        if (t->tio_writable && !t->tio_closed && t->tio_len > 0 && tio_flush_buffer(t) < 0) {
            HsErr_Clear();
        }
    }
}
