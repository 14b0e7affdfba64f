/* io.BytesIO and io.StringIO, in-memory streams (CPython 3.11: Modules/_io/bytesio.c and
 * stringio.c). BytesIO keeps bytes in a growable char buffer; StringIO keeps code points in
 * a growable uint32_t buffer (getvalue() builds the compact str). Both have a position that
 * may pass the end: writing there pads with zero bytes / NUL characters first, as CPython.
 * StringIO's 'newline' is CPython's: '\n' (default) stores text as written; None translates
 * '\r\n' and '\r' to '\n' on write; '\r' and '\r\n' translate '\n' on write and end lines
 * there; '' ends lines at any of the three without translating.
 * Invariant: 0 <= m_len <= m_cap; m_pos >= 0. The iteration, readlines and writelines
 * methods come from _io._IOBase.
 * Every mio_* function: arguments borrowed; Return: new reference, or NULL with an exception.
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

/* One layout for both: m_buf holds bytes (BytesIO) or uint32_t code points (StringIO);
 * m_len, m_cap and m_pos count units. */
typedef struct MemIOObject {
    HsObject ob_base;
    char *m_buf;
    Hs_ssize_t m_len, m_cap, m_pos;
    char m_closed, m_is_text;
    const char *m_readnl;  /* StringIO: NULL = universal ('' or None) */
    const char *m_writenl; /* StringIO: translate '\n' to this; NULL = no */
    char m_translate_in;   /* StringIO newline=None: '\r\n', '\r' -> '\n' on write */
} MemIOObject;

#define MIO(op) ((MemIOObject *)(op))
#define UNIT(m) ((m)->m_is_text ? (Hs_ssize_t)sizeof(uint32_t) : 1)

/* ==== static helpers ==== */

static int mio_check(MemIOObject *m) {
    if (m->m_closed) {
        hs_io_closed(m->m_is_text ? "I/O operation on closed file"
                                  : "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

static uint32_t cp_at(MemIOObject *m, Hs_ssize_t i) {
    return m->m_is_text ? ((uint32_t *)m->m_buf)[i] : (unsigned char)m->m_buf[i];
}

/* Make room for 'need' units. Returns 0 or -1. */
static int reserve(MemIOObject *m, Hs_ssize_t need) {
    if (need <= m->m_cap) {
        return 0;
    }
    Hs_ssize_t cap = need + need / 4 + 16;
    char *nb = hs_mem_raw_realloc(m->m_buf, (size_t)(cap * UNIT(m)));
    if (nb == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    m->m_buf = nb;
    m->m_cap = cap;
    return 0;
}

/* Write 'n' units from 'src' at the position (padding with zeros past the end). */
static int put_units(MemIOObject *m, const void *src, Hs_ssize_t n) {
    if (n == 0) {
        return 0; /* an empty write does not extend the stream */
    }
    Hs_ssize_t end = m->m_pos + n, u = UNIT(m);
    if (reserve(m, end) < 0) {
        return -1;
    }
    if (m->m_pos > m->m_len) {
        memset(m->m_buf + m->m_len * u, 0, (size_t)((m->m_pos - m->m_len) * u));
    }
    memcpy(m->m_buf + m->m_pos * u, src, (size_t)(n * u));
    m->m_pos = end;
    if (end > m->m_len) {
        m->m_len = end;
    }
    return 0;
}

/* Units [a, b) as bytes or str. Return: new reference. */
static HsObject *slice(MemIOObject *m, Hs_ssize_t a, Hs_ssize_t b) {
    if (b < a) {
        b = a;
    }
    if (m->m_is_text) {
        return HsUnicode_FromKindAndData(4, m->m_buf != NULL ? m->m_buf + a * 4 : "", b - a);
    }
    return HsBytes_FromStringAndSize(m->m_buf != NULL ? m->m_buf + a : "", b - a);
}

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

static HsObject *mio_read(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    MemIOObject *m = MIO(self);
    Hs_ssize_t n;
    if (size_arg("read", args, nargs, &n) < 0 || mio_check(m) < 0) {
        return NULL;
    }
    Hs_ssize_t start = m->m_pos < m->m_len ? m->m_pos : m->m_len;
    Hs_ssize_t end = n < 0 || start + n > m->m_len ? m->m_len : start + n;
    HsObject *r = slice(m, start, end);
    if (r != NULL && end > m->m_pos) {
        m->m_pos = end;
    }
    return r;
}

/* The end of the line at the position (exclusive). */
static Hs_ssize_t line_end(MemIOObject *m, Hs_ssize_t limit) {
    Hs_ssize_t i = m->m_pos, stop = m->m_len;
    if (limit >= 0 && i + limit < stop) {
        stop = i + limit;
    }
    const char *nl = m->m_is_text ? m->m_readnl : "\n";
    for (; i < stop; i++) {
        uint32_t c = cp_at(m, i);
        if (nl == NULL) {
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < stop && cp_at(m, i + 1) == '\n' ? i + 2 : i + 1;
            }
        } else if (c == (uint32_t)nl[0] &&
                   (nl[1] == '\0' || (i + 1 < stop && cp_at(m, i + 1) == '\n'))) {
            return i + 1 + (nl[1] != '\0');
        }
    }
    return stop;
}

static HsObject *mio_readline(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    MemIOObject *m = MIO(self);
    Hs_ssize_t limit;
    if (size_arg("readline", args, nargs, &limit) < 0 || mio_check(m) < 0) {
        return NULL;
    }
    if (m->m_pos >= m->m_len) {
        return slice(m, 0, 0);
    }
    Hs_ssize_t end = line_end(m, limit);
    HsObject *r = slice(m, m->m_pos, end);
    if (r != NULL) {
        m->m_pos = end;
    }
    return r;
}

static HsObject *mio_iternext(HsObject *self) {
    HsObject *line = mio_readline(self, NULL, 0);
    if (line != NULL && HsObject_Size(line) == 0) {
        Hs_CLEAR(line); /* end of iteration */
    }
    return line;
}

/* iter(BytesIO) does not check for closed; iter(StringIO) does (CPython's). */
static HsObject *mio_iter(HsObject *self) {
    if (MIO(self)->m_is_text && MIO(self)->m_closed) {
        return hs_io_closed("I/O operation on closed file.");
    }
    return Hs_NewRef(self);
}

static HsObject *mio_getvalue(HsObject *self, HsObject *unused) {
    (void)unused;
    if (mio_check(MIO(self)) < 0) {
        return NULL;
    }
    return slice(MIO(self), 0, MIO(self)->m_len);
}

/* ==== writing ==== */

/* StringIO.write: the text's code points, translated as 'newline' says. */
static int write_text(MemIOObject *m, HsObject *s) {
    Hs_ssize_t n = HS_STR_LEN(s), wl = m->m_writenl != NULL ? (Hs_ssize_t)strlen(m->m_writenl) : 0;
    uint32_t *tmp = hs_mem_raw_malloc(sizeof(uint32_t) * (size_t)(n * (wl > 1 ? wl : 1) + 1));
    if (tmp == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    int kind = HS_STR_KIND(s);
    const void *d = hs_str_data(s);
    Hs_ssize_t k = 0;
    for (Hs_ssize_t i = 0; i < n; i++) {
        uint32_t c = hs_str_read(kind, d, i);
        if (m->m_translate_in && c == '\r') {
            c = '\n';
            if (i + 1 < n && hs_str_read(kind, d, i + 1) == '\n') {
                i++;
            }
        } else if (c == '\n' && m->m_writenl != NULL) {
            for (Hs_ssize_t j = 0; j < wl; j++) {
                tmp[k++] = (unsigned char)m->m_writenl[j];
            }
            continue;
        }
        tmp[k++] = c;
    }
    int rc = put_units(m, tmp, k);
    hs_mem_raw_free(tmp);
    return rc;
}

static HsObject *mio_write(HsObject *self, HsObject *arg) {
    MemIOObject *m = MIO(self);
    if (mio_check(m) < 0) {
        return NULL;
    }
    if (m->m_is_text) {
        if (!HsUnicode_Check(arg)) {
            return HsErr_Format(HsExc_TypeError, "string argument expected, got '%.200s'",
                                Hs_TYPE(arg)->tp_name);
        }
        return write_text(m, arg) < 0 ? NULL : HsLong_FromSsize_t(HS_STR_LEN(arg));
    }
    const char *p;
    Hs_ssize_t n;
    if (hs_bytes_view(arg, &p, &n) < 0) {
        return NULL;
    }
    if (n > 0 && put_units(m, p, n) < 0) {
        return NULL;
    }
    return HsLong_FromSsize_t(n);
}

/* ==== position ==== */

static HsObject *mio_seek(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    MemIOObject *m = MIO(self);
    if (hs_arg_check_positional("seek", nargs, 1, 2) < 0 || mio_check(m) < 0) {
        return NULL;
    }
    Hs_ssize_t pos = HsNumber_AsSsize_t(args[0], HsExc_OverflowError);
    long whence = nargs == 2 ? HsLong_AsLong(args[1]) : 0;
    if (HsErr_Occurred()) {
        return NULL;
    }
    if (whence < 0 || whence > 2) {
        return HsErr_Format(HsExc_ValueError, "invalid whence (%ld, should be 0, 1 or 2)",
                            whence);
    }
    if (m->m_is_text) {
        if (whence == 0 && pos < 0) {
            return HsErr_Format(HsExc_ValueError, "Negative seek position %zd", pos);
        }
        if (whence != 0 && pos != 0) {
            return HsErr_Format(HsExc_OSError, "Can't do nonzero %s-relative seeks",
                                whence == 1 ? "cur" : "end");
        }
        m->m_pos = whence == 0 ? pos : whence == 1 ? m->m_pos : m->m_len;
        return HsLong_FromSsize_t(m->m_pos);
    }
    if (whence == 0 && pos < 0) {
        return HsErr_Format(HsExc_ValueError, "negative seek value %zd", pos);
    }
    pos += whence == 1 ? m->m_pos : whence == 2 ? m->m_len : 0;
    m->m_pos = pos < 0 ? 0 : pos;
    return HsLong_FromSsize_t(m->m_pos);
}

static HsObject *mio_tell(HsObject *self, HsObject *unused) {
    (void)unused;
    if (mio_check(MIO(self)) < 0) {
        return NULL;
    }
    return HsLong_FromSsize_t(MIO(self)->m_pos);
}

static HsObject *mio_truncate(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    MemIOObject *m = MIO(self);
    Hs_ssize_t size;
    if (size_arg("truncate", args, nargs, &size) < 0 || mio_check(m) < 0) {
        return NULL;
    }
    if (nargs == 0 || args[0] == Hs_None) {
        size = m->m_pos;
    } else if (size < 0) {
        return HsErr_Format(HsExc_ValueError, "Negative size value %zd", size);
    }
    if (size < m->m_len) {
        m->m_len = size;
    }
    return HsLong_FromSsize_t(size);
}

/* ==== close and queries ==== */

static HsObject *mio_close(HsObject *self, HsObject *unused) {
    (void)unused;
    MemIOObject *m = MIO(self);
    m->m_closed = 1;
    hs_mem_raw_free(m->m_buf);
    m->m_buf = NULL;
    m->m_len = m->m_cap = 0;
    Hs_RETURN_NONE;
}

static HsObject *mio_true(HsObject *self, HsObject *unused) {
    (void)unused;
    if (mio_check(MIO(self)) < 0) {
        return NULL;
    }
    Hs_RETURN_TRUE;
}

static HsObject *mio_flush(HsObject *self, HsObject *unused) {
    (void)unused;
    if (!MIO(self)->m_is_text && mio_check(MIO(self)) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

static HsObject *mio_get_closed(HsObject *self, void *closure) {
    (void)closure;
    return HsBool_FromLong(MIO(self)->m_closed);
}

static HsObject *mio_get_false(HsObject *self, void *closure) {
    (void)self;
    (void)closure;
    return Hs_NewRef(Hs_False);
}

static HsObject *mio_get_none(HsObject *self, void *closure) {
    (void)self;
    (void)closure;
    Hs_RETURN_NONE;
}

/* ==== the types ==== */

static void mio_dealloc(HsObject *op) {
    hs_mem_raw_free(MIO(op)->m_buf);
    hs_obj_free(op);
}

/* A new empty stream of 'type'. Return: new reference. */
static MemIOObject *mio_alloc(HsTypeObject *type) {
    MemIOObject *m = (MemIOObject *)hs_obj_new(type, sizeof(MemIOObject));
    if (m == NULL) {
        HsErr_NoMemory();
        return NULL;
    }
    m->m_buf = NULL;
    m->m_len = m->m_cap = m->m_pos = 0;
    m->m_closed = 0;
    m->m_is_text = (char)(type == &HsStringIO_Type);
    m->m_readnl = "\n";
    m->m_writenl = NULL;
    m->m_translate_in = 0;
    return m;
}

/* Parse tp_new's arguments for 'fname' with parameters 'kw' (at most 2). Returns 0/-1. */
static int parse_new(const char *fname, const char *const *kw, HsObject *args, HsObject *kwds,
                     HsObject **a) {
    HsArgParser parser = {fname, kw};
    HsObject *stack[2], *kwnames = NULL;
    if (hs_bytes_flatten_args(args, kwds, stack, 2, &kwnames) < 0) {
        return -1;
    }
    int rc = hs_arg_unpack_keywords(stack, Hs_SIZE(args), kwnames, &parser, 0, 2, 0, a);
    Hs_XDECREF(kwnames);
    return rc;
}

/* BytesIO(initial_bytes=b'') */
static HsObject *bytesio_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"initial_bytes", NULL};
    HsObject *a[2] = {NULL, NULL};
    const char *p;
    Hs_ssize_t n;
    if (parse_new("BytesIO", kw, args, kwds, a) < 0) {
        return NULL;
    }
    MemIOObject *m = mio_alloc(type);
    if (m == NULL) {
        return NULL;
    }
    if (a[0] != NULL && a[0] != Hs_None &&
        (hs_bytes_view(a[0], &p, &n) < 0 || put_units(m, p, n) < 0)) {
        Hs_DECREF(m);
        return NULL;
    }
    m->m_pos = 0;
    return (HsObject *)m;
}

/* StringIO(initial_value='', newline='\n') */
static HsObject *stringio_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"initial_value", "newline", NULL};
    HsObject *a[2] = {NULL, NULL};
    if (parse_new("StringIO", kw, args, kwds, a) < 0) {
        return NULL;
    }
    if (a[0] != NULL && a[0] != Hs_None && !HsUnicode_Check(a[0])) {
        return HsErr_Format(HsExc_TypeError, "initial_value must be str or None, not %.200s",
                            Hs_TYPE(a[0])->tp_name);
    }
    if (a[1] != NULL && a[1] != Hs_None && hs_io_check_newline(a[1]) < 0) {
        return NULL;
    }
    MemIOObject *m = mio_alloc(type);
    if (m == NULL) {
        return NULL;
    }
    if (a[1] == Hs_None) {
        m->m_readnl = NULL, m->m_translate_in = 1;
    } else if (a[1] != NULL) {
        const char *nl = HsUnicode_AsUTF8(a[1]);
        m->m_readnl = nl[0] == '\0' ? NULL : nl[0] == '\n' ? "\n" : nl[1] == '\0' ? "\r" : "\r\n";
        m->m_writenl = nl[0] == '\r' ? m->m_readnl : NULL;
    }
    if (a[0] != NULL && a[0] != Hs_None && write_text(m, a[0]) < 0) {
        Hs_DECREF(m);
        return NULL;
    }
    m->m_pos = 0;
    return (HsObject *)m;
}

static HsMethodDef mio_methods[] = {
    {"read", HS_CFUNC(mio_read), HS_METH_FASTCALL, NULL},
    {"read1", HS_CFUNC(mio_read), HS_METH_FASTCALL, NULL},
    {"readline", HS_CFUNC(mio_readline), HS_METH_FASTCALL, NULL},
    {"write", HS_CFUNC(mio_write), HS_METH_O, NULL},
    {"getvalue", HS_CFUNC(mio_getvalue), HS_METH_NOARGS, NULL},
    {"seek", HS_CFUNC(mio_seek), HS_METH_FASTCALL, NULL},
    {"tell", HS_CFUNC(mio_tell), HS_METH_NOARGS, NULL},
    {"truncate", HS_CFUNC(mio_truncate), HS_METH_FASTCALL, NULL},
    {"close", HS_CFUNC(mio_close), HS_METH_NOARGS, NULL},
    {"flush", HS_CFUNC(mio_flush), HS_METH_NOARGS, NULL},
    {"readable", HS_CFUNC(mio_true), HS_METH_NOARGS, NULL},
    {"writable", HS_CFUNC(mio_true), HS_METH_NOARGS, NULL},
    {"seekable", HS_CFUNC(mio_true), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static HsGetSetDef bytesio_getset[] = {
    {"closed", mio_get_closed, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsGetSetDef stringio_getset[] = {
    {"closed", mio_get_closed, NULL, NULL, NULL},
    {"line_buffering", mio_get_false, NULL, NULL, NULL},
    {"newlines", mio_get_none, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

#define MEMIO_TYPE(var, name, getset, newfunc, base)                                               \
    HsTypeObject var = {                                                                           \
        .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),                                         \
        .tp_name = name,                                                                           \
        .tp_basicsize = sizeof(MemIOObject),                                                       \
        .tp_dealloc = mio_dealloc,                                                                 \
        .tp_getattro = HsObject_GenericGetAttr,                                                    \
        .tp_flags = HS_TPFLAGS_BASETYPE,                                                           \
        .tp_iter = mio_iter,                                                                       \
        .tp_iternext = mio_iternext,                                                               \
        .tp_methods = mio_methods,                                                                 \
        .tp_getset = getset,                                                                       \
        .tp_base = base,                                                                           \
        .tp_new = newfunc,                                                                         \
    };

MEMIO_TYPE(HsBytesIO_Type, "_io.BytesIO", bytesio_getset, bytesio_new, &HsBufferedIOBase_Type)
MEMIO_TYPE(HsStringIO_Type, "_io.StringIO", stringio_getset, stringio_new, &HsTextIOBase_Type)
