/* io.BufferedReader, io.BufferedWriter and io.BufferedRandom (CPython 3.11:
 * Modules/_io/bufferedio.c, reduced): one implementation, three types that differ in what
 * they allow. A buffer of b_size bytes holds either data read ahead from the raw stream
 * ([b_rpos, b_rlen)) or data written but not yet passed to it ([0, b_wlen)), never both:
 * switching from reading to writing seeks the raw stream back over the unread bytes, and
 * switching from writing to reading (or seeking, telling the position, closing) flushes.
 * The raw stream is any object with read/write/seek/tell/close (a FileIO from open()); it is
 * called through its methods. Messages are CPython's ("flush of closed file", "read" as
 * UnsupportedOperation, ...).
 * Data still buffered at exit is written by hs_io_flush_all (called with the std streams'
 * flush), as CPython's finalization closes files that are still open.
 * Invariant: b_wlen == 0 || b_rpos == b_rlen; 0 <= b_rpos <= b_rlen <= b_size.
 * Every buf_* function: arguments borrowed; Return: new reference, or NULL with an exception.
 */
#include "internal/hs_modules.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

/* ==== type ==== */

typedef struct BufferedObject {
    HsObject ob_base;
    HsObject *b_raw;
    char *b_buf;
    Hs_ssize_t b_size, b_rpos, b_rlen, b_wlen;
    char b_readable, b_writable;
    struct BufferedObject *b_next, **b_pprev; /* the 'live' list, for hs_io_flush_all */
} BufferedObject;

static BufferedObject *live; /* every buffered stream not yet deallocated */

#define BUF(op) ((BufferedObject *)(op))

/* ==== static helpers ==== */

/* 1 if the raw stream is closed, 0 if not, -1 on error. */
static int buf_closed(BufferedObject *b) {
    return hs_io_is_closed(b->b_raw);
}

/* Raise ValueError 'msg' if closed. Returns 0 or -1. */
static int check_open(BufferedObject *b, const char *msg) {
    int c = buf_closed(b);
    if (c > 0) {
        hs_io_closed(msg);
    }
    return c != 0 ? -1 : 0;
}

/* raw.read(n) as bytes (None, from a non-blocking stream, counts as empty). Return: new
 * reference. */
static HsObject *raw_read(BufferedObject *b, Hs_ssize_t n) {
    HsObject *arg = HsLong_FromSsize_t(n);
    HsObject *r = arg != NULL ? hs_io_call(b->b_raw, "read", arg) : NULL;
    Hs_XDECREF(arg);
    if (r == Hs_None) {
        Hs_DECREF(r);
        return HsBytes_FromStringAndSize("", 0);
    }
    if (r != NULL && !HsBytes_Check(r)) {
        HsErr_Format(HsExc_TypeError, "read() should return bytes");
        Hs_CLEAR(r);
    }
    return r;
}

/* Pass 'n' bytes at 'p' to raw.write until all are taken; *done counts those taken (also on
 * error). Returns 0 or -1. */
static int raw_write_all(BufferedObject *b, const char *p, Hs_ssize_t n, Hs_ssize_t *done) {
    *done = 0;
    while (*done < n) {
        HsObject *chunk = HsBytes_FromStringAndSize(p + *done, n - *done);
        HsObject *r = chunk != NULL ? hs_io_call(b->b_raw, "write", chunk) : NULL;
        Hs_XDECREF(chunk);
        if (r == NULL) {
            return -1;
        }
        Hs_ssize_t w = r == Hs_None ? 0 : HsNumber_AsSsize_t(r, HsExc_OverflowError);
        Hs_DECREF(r);
        if (w == -1 && HsErr_Occurred()) {
            return -1;
        }
        if (w <= 0 || w > n - *done) {
            HsErr_SetString(HsExc_BlockingIOError, "write could not complete without blocking");
            return -1;
        }
        *done += w;
    }
    return 0;
}

/* Pass the pending written bytes to the raw stream; on error the bytes not taken stay
 * pending. Returns 0 or -1. */
static int flush_writes(BufferedObject *b) {
    Hs_ssize_t done;
    int rc = raw_write_all(b, b->b_buf, b->b_wlen, &done);
    memmove(b->b_buf, b->b_buf + done, (size_t)(b->b_wlen - done));
    b->b_wlen -= done;
    return rc;
}

/* Drop the read-ahead, seeking the raw stream back over it. Returns 0 or -1. */
static int drop_readahead(BufferedObject *b) {
    Hs_ssize_t unread = b->b_rlen - b->b_rpos;
    b->b_rpos = b->b_rlen = 0;
    if (unread == 0) {
        return 0;
    }
    HsObject *off = HsLong_FromSsize_t(-unread), *one = HsLong_FromLong(1);
    HsObject *seek = hs_builtins_name("seek");
    HsObject *r = NULL;
    if (off != NULL && one != NULL && seek != NULL) {
        HsObject *argv[3] = {b->b_raw, off, one};
        r = HsObject_VectorcallMethod(seek, argv, 3, NULL);
    }
    Hs_XDECREF(off);
    Hs_XDECREF(one);
    Hs_XDECREF(r);
    return r != NULL ? 0 : -1;
}

/* Refill the read buffer with one raw read. Returns the bytes read (0 at end), or -1. */
static Hs_ssize_t fill(BufferedObject *b) {
    HsObject *data = raw_read(b, b->b_size);
    if (data == NULL) {
        return -1;
    }
    Hs_ssize_t n = Hs_SIZE(data);
    memcpy(b->b_buf, HsBytes_AS_STRING(data), (size_t)n);
    Hs_DECREF(data);
    b->b_rpos = 0;
    b->b_rlen = n;
    return n;
}

/* Prepare to read: closed / readable checks, and flush pending writes. Returns 0 or -1. */
static int begin_read(BufferedObject *b) {
    if (!b->b_readable) {
        hs_io_unsupported("read");
        return -1;
    }
    if (check_open(b, "I/O operation on closed file") < 0) {
        return -1;
    }
    return b->b_wlen > 0 ? flush_writes(b) : 0;
}

/* A growable output of bytes. */
typedef struct Out {
    char *p;
    Hs_ssize_t n, cap;
} Out;

static int out_add(Out *o, const char *s, Hs_ssize_t n) {
    if (n == 0) {
        return 0;
    }
    if (o->n + n > o->cap) {
        Hs_ssize_t cap = (o->n + n) * 2 + 64;
        char *np = hs_mem_raw_realloc(o->p, (size_t)cap);
        if (np == NULL) {
            HsErr_NoMemory();
            return -1;
        }
        o->p = np;
        o->cap = cap;
    }
    memcpy(o->p + o->n, s, (size_t)n);
    o->n += n;
    return 0;
}

static HsObject *out_finish(Out *o, int ok) {
    HsObject *r = ok ? HsBytes_FromStringAndSize(o->p != NULL ? o->p : "", o->n) : NULL;
    hs_mem_raw_free(o->p);
    return r;
}

/* The optional size argument of read/read1/readline (None or missing: -1). */
static int size_arg(const char *name, HsObject *const *args, Hs_ssize_t nargs, Hs_ssize_t *n) {
    *n = -1;
    if (hs_arg_check_positional(name, nargs, 0, 1) < 0) {
        return -1;
    }
    if (nargs == 1 && args[0] != Hs_None) {
        *n = HsNumber_AsSsize_t(args[0], HsExc_OverflowError);
        if (*n == -1 && HsErr_Occurred()) {
            return -1;
        }
    }
    return 0;
}

/* ==== reading ==== */

static HsObject *buf_read(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    BufferedObject *b = BUF(self);
    Hs_ssize_t n;
    Out o = {NULL, 0, 0};
    if (size_arg("read", args, nargs, &n) < 0 || begin_read(b) < 0) {
        return NULL;
    }
    if (n < -1) {
        HsErr_SetString(HsExc_ValueError, "read length must be non-negative or -1");
        return NULL;
    }
    int ok = 1;
    while (ok && (n < 0 || o.n < n)) {
        Hs_ssize_t avail = b->b_rlen - b->b_rpos, want = n < 0 ? avail : n - o.n;
        if (avail > 0) {
            Hs_ssize_t take = want < avail ? want : avail;
            ok = out_add(&o, b->b_buf + b->b_rpos, take) == 0;
            b->b_rpos += take;
            continue;
        }
        if (n >= 0 && want >= b->b_size) { /* large reads go straight to the raw stream */
            HsObject *data = raw_read(b, want);
            ok = data != NULL && out_add(&o, HsBytes_AS_STRING(data), Hs_SIZE(data)) == 0;
            Hs_ssize_t got = data != NULL ? Hs_SIZE(data) : 0;
            Hs_XDECREF(data);
            if (got == 0) {
                break;
            }
            continue;
        }
        Hs_ssize_t got = fill(b);
        ok = got >= 0;
        if (got == 0) {
            break;
        }
    }
    return out_finish(&o, ok);
}

/* read1(size=-1): at most one raw read. */
static HsObject *buf_read1(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    BufferedObject *b = BUF(self);
    Hs_ssize_t n;
    if (size_arg("read1", args, nargs, &n) < 0 || begin_read(b) < 0) {
        return NULL;
    }
    if (n < 0) {
        n = b->b_size;
    }
    if (b->b_rpos == b->b_rlen && n > 0 && fill(b) < 0) {
        return NULL;
    }
    Hs_ssize_t avail = b->b_rlen - b->b_rpos, take = n < avail ? n : avail;
    HsObject *r = HsBytes_FromStringAndSize(b->b_buf + b->b_rpos, take);
    b->b_rpos += r != NULL ? take : 0;
    return r;
}

/* peek(size=0): the buffered bytes (at least one when not at end), without consuming. */
static HsObject *buf_peek(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    BufferedObject *b = BUF(self);
    Hs_ssize_t n;
    if (size_arg("peek", args, nargs, &n) < 0 || begin_read(b) < 0) {
        return NULL;
    }
    if (b->b_rpos == b->b_rlen && fill(b) < 0) {
        return NULL;
    }
    return HsBytes_FromStringAndSize(b->b_buf + b->b_rpos, b->b_rlen - b->b_rpos);
}

static HsObject *buf_readline(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    BufferedObject *b = BUF(self);
    Hs_ssize_t limit;
    Out o = {NULL, 0, 0};
    if (size_arg("readline", args, nargs, &limit) < 0 || begin_read(b) < 0) {
        return NULL;
    }
    int ok = 1;
    while (ok && (limit < 0 || o.n < limit)) {
        if (b->b_rpos == b->b_rlen) {
            Hs_ssize_t got = fill(b);
            ok = got >= 0;
            if (got <= 0) {
                break;
            }
        }
        char *start = b->b_buf + b->b_rpos;
        Hs_ssize_t avail = b->b_rlen - b->b_rpos;
        if (limit >= 0 && avail > limit - o.n) {
            avail = limit - o.n;
        }
        char *nl = memchr(start, '\n', (size_t)avail);
        Hs_ssize_t take = nl != NULL ? nl - start + 1 : avail;
        ok = out_add(&o, start, take) == 0;
        b->b_rpos += take;
        if (nl != NULL) {
            break;
        }
    }
    return out_finish(&o, ok);
}

/* ==== writing ==== */

static HsObject *buf_write(HsObject *self, HsObject *arg) {
    BufferedObject *b = BUF(self);
    const char *p;
    Hs_ssize_t n;
    if (!b->b_writable) {
        return hs_io_unsupported("write");
    }
    if (check_open(b, "write to closed file") < 0 || hs_bytes_view(arg, &p, &n) < 0 ||
        drop_readahead(b) < 0) {
        return NULL;
    }
    if (b->b_wlen + n > b->b_size && flush_writes(b) < 0) {
        return NULL;
    }
    if (n >= b->b_size) { /* larger than the buffer: straight through */
        Hs_ssize_t done;
        if (raw_write_all(b, p, n, &done) < 0) {
            return NULL;
        }
    } else {
        memcpy(b->b_buf + b->b_wlen, p, (size_t)n);
        b->b_wlen += n;
    }
    return HsLong_FromSsize_t(n);
}

static HsObject *buf_flush(HsObject *self, HsObject *unused) {
    (void)unused;
    BufferedObject *b = BUF(self);
    if (check_open(b, "flush of closed file") < 0 || flush_writes(b) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

/* ==== positioning ==== */

static HsObject *buf_seek(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    BufferedObject *b = BUF(self);
    if (hs_arg_check_positional("seek", nargs, 1, 2) < 0) {
        return NULL;
    }
    long whence = nargs == 2 ? HsLong_AsLong(args[1]) : 0;
    if (whence == -1 && HsErr_Occurred()) {
        return NULL;
    }
    if (whence < 0 || whence > 2) {
        return HsErr_Format(HsExc_ValueError, "whence value %ld unsupported", whence);
    }
    if (check_open(b, "seek of closed file") < 0 || flush_writes(b) < 0 ||
        drop_readahead(b) < 0) {
        return NULL;
    }
    HsObject *w = HsLong_FromLong(whence), *seek = hs_builtins_name("seek");
    HsObject *argv[3] = {b->b_raw, args[0], w};
    HsObject *r = w != NULL && seek != NULL ? HsObject_VectorcallMethod(seek, argv, 3, NULL) : NULL;
    Hs_XDECREF(w);
    return r;
}

static HsObject *buf_tell(HsObject *self, HsObject *unused) {
    (void)unused;
    BufferedObject *b = BUF(self);
    if (check_open(b, "I/O operation on closed file") < 0) {
        return NULL;
    }
    HsObject *r = hs_io_call(b->b_raw, "tell", NULL);
    if (r == NULL) {
        return NULL;
    }
    Hs_ssize_t pos = HsNumber_AsSsize_t(r, HsExc_OverflowError);
    Hs_DECREF(r);
    if (pos == -1 && HsErr_Occurred()) {
        return NULL;
    }
    return HsLong_FromSsize_t(pos - (b->b_rlen - b->b_rpos) + b->b_wlen);
}

static HsObject *buf_truncate(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    BufferedObject *b = BUF(self);
    if (hs_arg_check_positional("truncate", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (!b->b_writable) {
        return hs_io_unsupported("truncate");
    }
    HsObject *pos = nargs == 1 && args[0] != Hs_None ? Hs_NewRef(args[0]) : buf_tell(self, NULL);
    if (pos == NULL || flush_writes(b) < 0 || drop_readahead(b) < 0) {
        Hs_XDECREF(pos);
        return NULL;
    }
    HsObject *r = hs_io_call(b->b_raw, "truncate", pos);
    Hs_DECREF(pos);
    return r;
}

/* ==== close and queries ==== */

static HsObject *buf_close(HsObject *self, HsObject *unused) {
    (void)unused;
    BufferedObject *b = BUF(self);
    int c = buf_closed(b);
    if (c != 0) {
        return c < 0 ? NULL : Hs_NewRef(Hs_None);
    }
    int rc = flush_writes(b);
    HsObject *exc = rc < 0 ? HsErr_GetRaisedException() : NULL;
    HsObject *r = hs_io_call(b->b_raw, "close", NULL);
    b->b_rpos = b->b_rlen = b->b_wlen = 0;
    if (exc != NULL) {
        Hs_XDECREF(r);
        HsErr_SetRaisedException(exc);
        return NULL;
    }
    return r;
}

/* fileno/isatty/seekable: the raw stream's. */
static HsObject *forward(HsObject *self, const char *name) {
    BufferedObject *b = BUF(self);
    if (check_open(b, "I/O operation on closed file") < 0) {
        return NULL;
    }
    return hs_io_call(b->b_raw, name, NULL);
}

static HsObject *buf_fileno(HsObject *self, HsObject *unused) {
    (void)unused;
    return forward(self, "fileno");
}

static HsObject *buf_isatty(HsObject *self, HsObject *unused) {
    (void)unused;
    return forward(self, "isatty");
}

static HsObject *buf_seekable(HsObject *self, HsObject *unused) {
    (void)unused;
    return forward(self, "seekable");
}

static HsObject *buf_readable(HsObject *self, HsObject *unused) {
    (void)unused;
    if (check_open(BUF(self), "I/O operation on closed file.") < 0) {
        return NULL;
    }
    return HsBool_FromLong(BUF(self)->b_readable);
}

static HsObject *buf_writable(HsObject *self, HsObject *unused) {
    (void)unused;
    if (check_open(BUF(self), "I/O operation on closed file.") < 0) {
        return NULL;
    }
    return HsBool_FromLong(BUF(self)->b_writable);
}

static HsObject *buf_get_raw(HsObject *self, void *closure) {
    (void)closure;
    return Hs_NewRef(BUF(self)->b_raw);
}

/* closed / name / mode: the raw stream's attribute 'closure'. */
static HsObject *buf_get_forward(HsObject *self, void *closure) {
    return HsObject_GetAttrString(BUF(self)->b_raw, (const char *)closure);
}

static HsObject *buf_repr(HsObject *self) {
    HsObject *name = HsObject_GetAttrString(BUF(self)->b_raw, "name");
    if (name == NULL) {
        if (!HsErr_ExceptionMatches(HsExc_Exception)) {
            return NULL;
        }
        HsErr_Clear();
        return HsUnicode_FromFormat("<%s>", Hs_TYPE(self)->tp_name);
    }
    HsObject *r = HsUnicode_FromFormat("<%s name=%R>", Hs_TYPE(self)->tp_name, name);
    Hs_DECREF(name);
    return r;
}

/* ==== the types ==== */

static void buf_dealloc(HsObject *op) {
    BufferedObject *b = BUF(op);
    if (b->b_raw != NULL) {
        HsObject *exc = HsErr_GetRaisedException();
        HsObject *r = buf_close(op, NULL);
        if (r == NULL) {
            HsErr_Clear();
        }
        Hs_XDECREF(r);
        HsErr_SetRaisedException(exc);
    }
    if (b->b_pprev != NULL) {
        *b->b_pprev = b->b_next;
        if (b->b_next != NULL) {
            b->b_next->b_pprev = b->b_pprev;
        }
    }
    Hs_XDECREF(b->b_raw);
    hs_mem_raw_free(b->b_buf);
    hs_obj_free(op);
}

static HsObject *buf_new(HsTypeObject *type, HsObject *args, HsObject *kwds);

static HsMethodDef buf_methods[] = {
    {"read", HS_CFUNC(buf_read), HS_METH_FASTCALL, NULL},
    {"read1", HS_CFUNC(buf_read1), HS_METH_FASTCALL, NULL},
    {"peek", HS_CFUNC(buf_peek), HS_METH_FASTCALL, NULL},
    {"readline", HS_CFUNC(buf_readline), HS_METH_FASTCALL, NULL},
    {"write", HS_CFUNC(buf_write), HS_METH_O, NULL},
    {"flush", HS_CFUNC(buf_flush), HS_METH_NOARGS, NULL},
    {"seek", HS_CFUNC(buf_seek), HS_METH_FASTCALL, NULL},
    {"tell", HS_CFUNC(buf_tell), HS_METH_NOARGS, NULL},
    {"truncate", HS_CFUNC(buf_truncate), HS_METH_FASTCALL, NULL},
    {"close", HS_CFUNC(buf_close), HS_METH_NOARGS, NULL},
    {"fileno", HS_CFUNC(buf_fileno), HS_METH_NOARGS, NULL},
    {"isatty", HS_CFUNC(buf_isatty), HS_METH_NOARGS, NULL},
    {"seekable", HS_CFUNC(buf_seekable), HS_METH_NOARGS, NULL},
    {"readable", HS_CFUNC(buf_readable), HS_METH_NOARGS, NULL},
    {"writable", HS_CFUNC(buf_writable), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static HsGetSetDef buf_getset[] = {
    {"raw", buf_get_raw, NULL, NULL, NULL},
    {"closed", buf_get_forward, NULL, NULL, "closed"},
    {"name", buf_get_forward, NULL, NULL, "name"},
    {"mode", buf_get_forward, NULL, NULL, "mode"},
    {NULL, NULL, NULL, NULL, NULL},
};

#define BUFFERED_TYPE(var, name)                                                                   \
    HsTypeObject var = {                                                                           \
        .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),                                         \
        .tp_name = name,                                                                           \
        .tp_basicsize = sizeof(BufferedObject),                                                    \
        .tp_dealloc = buf_dealloc,                                                                 \
        .tp_repr = buf_repr,                                                                       \
        .tp_getattro = HsObject_GenericGetAttr,                                                    \
        .tp_flags = HS_TPFLAGS_BASETYPE,                                                           \
        .tp_methods = buf_methods,                                                                 \
        .tp_getset = buf_getset,                                                                   \
        .tp_base = &HsBufferedIOBase_Type,                                                         \
        .tp_new = buf_new,                                                                         \
    };

BUFFERED_TYPE(HsBufferedReader_Type, "_io.BufferedReader")
BUFFERED_TYPE(HsBufferedWriter_Type, "_io.BufferedWriter")
BUFFERED_TYPE(HsBufferedRandom_Type, "_io.BufferedRandom")

/* BufferedX(raw, buffer_size=8192) */
static HsObject *buf_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"raw", "buffer_size", NULL};
    HsArgParser parser = {strchr(type->tp_name, '.') + 1, kw};
    HsObject *stack[2], *a[2] = {NULL, NULL}, *kwnames = NULL;
    if (hs_bytes_flatten_args(args, kwds, stack, 2, &kwnames) < 0) {
        return NULL;
    }
    int rc = hs_arg_unpack_keywords(stack, Hs_SIZE(args), kwnames, &parser, 1, 2, 1, a);
    Hs_XDECREF(kwnames);
    if (rc < 0) {
        return NULL;
    }
    Hs_ssize_t size = a[1] != NULL ? HsNumber_AsSsize_t(a[1], HsExc_OverflowError) : 8192;
    if (size == -1 && HsErr_Occurred()) {
        return NULL;
    }
    if (size <= 0) {
        HsErr_SetString(HsExc_ValueError, "buffer size must be strictly positive");
        return NULL;
    }
    return hs_io_buffered_new(type, a[0], size);
}

/* ==== internal API ==== */

HsObject *hs_io_buffered_new(HsTypeObject *type, HsObject *raw, Hs_ssize_t size) {
    if (HsType_Ready(type) < 0) {
        return NULL;
    }
    BufferedObject *b = (BufferedObject *)hs_obj_new(type, sizeof(BufferedObject));
    if (b == NULL) {
        return HsErr_NoMemory();
    }
    b->b_raw = NULL;
    b->b_next = NULL;
    b->b_pprev = NULL;
    b->b_size = size;
    b->b_rpos = b->b_rlen = b->b_wlen = 0;
    b->b_readable = (char)(type != &HsBufferedWriter_Type);
    b->b_writable = (char)(type != &HsBufferedReader_Type);
    b->b_buf = hs_mem_raw_malloc((size_t)size);
    if (b->b_buf == NULL) {
        Hs_DECREF(b);
        return HsErr_NoMemory();
    }
    b->b_raw = Hs_NewRef(raw);
    b->b_next = live;
    b->b_pprev = &live;
    if (live != NULL) {
        live->b_pprev = &b->b_next;
    }
    live = b;
    return (HsObject *)b;
}

void hs_io_flush_all(void) {
    for (BufferedObject *b = live; b != NULL; b = b->b_next) {
        if (b->b_wlen > 0 && (buf_closed(b) != 0 || flush_writes(b) < 0)) {
            HsErr_Clear();
        }
    }
}
