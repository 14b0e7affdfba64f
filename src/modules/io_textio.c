/* io.TextIOWrapper, text over a binary stream (CPython 3.11: Modules/_io/textio.c, reduced).
 * Reading: chunks from buffer.read1(8192) are decoded (an incomplete UTF-8 sequence at the
 * end of a chunk waits in t_tail for the next one; the UTF-16/32 codecs read the rest of
 * the stream at once) into t_dec, the decoded but not yet returned text, kept untranslated.
 * Newlines follow the 'newline' argument: None reads '\n', '\r' and '\r\n' as line ends and
 * translates them to '\n'; '' splits the same way but returns them as they are; '\n', '\r'
 * and '\r\n' split on that string only. Writing encodes at once and passes the bytes to
 * buffer.write, translating '\n' to the 'newline' given ('\r' or '\r\n'), at the buffer's
 * position (after reads, past the read-ahead, as CPython). tell() is the byte
 * position: the buffer's minus the bytes of the text not yet returned, which is exact
 * because t_dec is untranslated; seek() takes such positions (whence 0) or 0 with whence
 * 1/2. Invariant: t_dec is NULL or a str and 0 <= t_dpos <= len(t_dec).
 * Every tw_* function: arguments borrowed; Return: new reference, or NULL with an exception.
 */
#include "internal/hs_modules.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <string.h>

/* ==== type ==== */

#define TW_CHUNK 8192

typedef struct TextIOWrapperObject {
    HsObject ob_base;
    HsObject *t_buffer;
    HsObject *t_encoding, *t_errors; /* str */
    HsObject *t_mode;                /* str set by open(), or NULL */
    HsObject *t_dec;                 /* decoded text not yet returned, or NULL */
    Hs_ssize_t t_dpos;
    HsCodec t_codec;
    const char *t_readnl;  /* NULL: universal newlines */
    const char *t_writenl; /* NULL: no translation on write */
    char t_readtranslate, t_line_buffering, t_readable, t_writable, t_eof;
    int t_tail_len;
    char t_tail[8];
} TextIOWrapperObject;

#define TW(op) ((TextIOWrapperObject *)(op))

/* ==== static helpers ==== */

/* Replace the owned (possibly NULL) field 'var' with 'val' (a new reference or NULL). */
#define TW_XSETREF(var, val)                                                                       \
    do {                                                                                           \
        HsObject *tw_old_ = (var);                                                                 \
        (var) = (val);                                                                             \
        Hs_XDECREF(tw_old_);                                                                       \
    } while (0)

static int tw_check_closed(TextIOWrapperObject *t) {
    int c = hs_io_is_closed(t->t_buffer);
    if (c > 0) {
        hs_io_closed("I/O operation on closed file.");
    }
    return c != 0 ? -1 : 0;
}

static void tw_reset(TextIOWrapperObject *t) {
    Hs_CLEAR(t->t_dec);
    t->t_dpos = 0;
    t->t_tail_len = 0;
    t->t_eof = 0;
}

static Hs_ssize_t dec_len(TextIOWrapperObject *t) {
    return t->t_dec != NULL ? HS_STR_LEN(t->t_dec) : 0;
}

static uint32_t dec_at(TextIOWrapperObject *t, Hs_ssize_t i) {
    return hs_str_read(HS_STR_KIND(t->t_dec), hs_str_data(t->t_dec), i);
}

/* Where an incomplete UTF-8 sequence starts at the end of s[0..n), or n if none. */
static Hs_ssize_t utf8_split(const unsigned char *s, Hs_ssize_t n) {
    Hs_ssize_t i = n - 1;
    while (i >= 0 && n - i <= 3 && (s[i] & 0xC0) == 0x80) {
        i--;
    }
    if (i < 0 || s[i] < 0xC0) {
        return n;
    }
    Hs_ssize_t need = s[i] >= 0xF0 ? 4 : s[i] >= 0xE0 ? 3 : 2;
    return n - i < need ? i : n;
}

/* Decode the tail plus 'n' new bytes (final: no more will come) and append to t_dec.
 * Returns 0 or -1. */
static int tw_decode(TextIOWrapperObject *t, const char *s, Hs_ssize_t n, int final) {
    Hs_ssize_t total = t->t_tail_len + n;
    char *all = hs_mem_raw_malloc((size_t)total + 1);
    if (all == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    memcpy(all, t->t_tail, (size_t)t->t_tail_len);
    memcpy(all + t->t_tail_len, s, (size_t)n);
    Hs_ssize_t cut = total;
    if (!final && t->t_codec == HS_CODEC_UTF8) {
        cut = utf8_split((const unsigned char *)all, total);
    }
    t->t_tail_len = (int)(total - cut);
    memcpy(t->t_tail, all + cut, (size_t)t->t_tail_len);
    HsObject *text = hs_codecs_decode(all, cut, NULL, HsUnicode_AsUTF8(t->t_encoding),
                                      HsUnicode_AsUTF8(t->t_errors));
    hs_mem_raw_free(all);
    if (text == NULL) {
        return -1;
    }
    HsObject *rest = t->t_dec != NULL && t->t_dpos < dec_len(t)
                         ? HsUnicode_Substring(t->t_dec, t->t_dpos, dec_len(t))
                         : NULL;
    HsObject *joined = rest != NULL ? HsUnicode_Concat(rest, text) : Hs_NewRef(text);
    Hs_XDECREF(rest);
    Hs_DECREF(text);
    if (joined == NULL) {
        return -1;
    }
    TW_XSETREF(t->t_dec, joined);
    t->t_dpos = 0;
    return 0;
}

/* Read and decode one more chunk (the whole rest for the UTF-16/32 codecs). Returns 1 when
 * text may have been added, 0 at end of file, -1 on error. */
static int tw_fill(TextIOWrapperObject *t) {
    if (t->t_eof) {
        return 0;
    }
    int whole = t->t_codec >= HS_CODEC_UTF16;
    HsObject *size = HsLong_FromLong(whole ? -1 : TW_CHUNK);
    HsObject *chunk = size != NULL ? hs_io_call(t->t_buffer, whole ? "read" : "read1", size)
                                   : NULL;
    Hs_XDECREF(size);
    if (chunk == NULL) {
        return -1;
    }
    if (!HsBytes_Check(chunk)) {
        HsErr_Format(HsExc_TypeError, "underlying read1() should have returned a bytes object, "
                     "not '%.200s'", Hs_TYPE(chunk)->tp_name);
        Hs_DECREF(chunk);
        return -1;
    }
    Hs_ssize_t n = Hs_SIZE(chunk);
    int rc = tw_decode(t, HsBytes_AS_STRING(chunk), n, n == 0 || whole);
    Hs_DECREF(chunk);
    if (n == 0 || whole) {
        t->t_eof = 1;
    }
    return rc < 0 ? -1 : n > 0;
}

/* Checks before reading: open, readable, no pending writes in the buffer's way. */
static int tw_begin_read(TextIOWrapperObject *t) {
    if (tw_check_closed(t) < 0) {
        return -1;
    }
    if (!t->t_readable) {
        hs_io_unsupported("not readable");
        return -1;
    }
    return 0;
}

/* The end (exclusive) of the line starting at t_dpos, reading more as needed; at end of
 * file the end of the text. Returns 0 with *end set, or -1. */
static int find_line_end(TextIOWrapperObject *t, Hs_ssize_t *end) {
    Hs_ssize_t i = t->t_dpos;
    for (;;) {
        Hs_ssize_t n = dec_len(t);
        for (; i < n; i++) {
            uint32_t c = dec_at(t, i);
            if (t->t_readnl == NULL) {
                if (c == '\n') {
                    *end = i + 1;
                    return 0;
                }
                if (c == '\r') {
                    if (i + 1 < n) {
                        *end = i + 1 + (dec_at(t, i + 1) == '\n');
                        return 0;
                    }
                    if (t->t_eof) {
                        *end = i + 1;
                        return 0;
                    }
                    break; /* need the next char to know */
                }
            } else if (c == (uint32_t)t->t_readnl[0]) {
                if (t->t_readnl[1] == '\0' || (i + 1 < n && dec_at(t, i + 1) == '\n')) {
                    *end = i + 1 + (t->t_readnl[1] != '\0');
                    return 0;
                }
                if (i + 1 >= n && !t->t_eof) {
                    break;
                }
            }
        }
        Hs_ssize_t done = i - t->t_dpos;
        int r = tw_fill(t);
        if (r < 0) {
            return -1;
        }
        i = t->t_dpos + done; /* tw_fill rebased t_dec to start at the old t_dpos */
        if (r == 0 && i >= dec_len(t)) {
            *end = dec_len(t);
            return 0;
        }
    }
}

/* t_dec[t_dpos:end] with its line end translated to '\n' when reading translates; advances
 * t_dpos. Return: new reference. */
static HsObject *take_line(TextIOWrapperObject *t, Hs_ssize_t end) {
    Hs_ssize_t start = t->t_dpos, stop = end;
    int translate = 0;
    if (t->t_readtranslate && stop > start && dec_at(t, stop - 1) == '\n' && stop - 1 > start &&
        dec_at(t, stop - 2) == '\r') {
        stop -= 1, translate = 1; /* "\r\n" -> "\n" */
    } else if (t->t_readtranslate && stop > start && dec_at(t, stop - 1) == '\r') {
        translate = 1;
    }
    t->t_dpos = end;
    if (t->t_dec == NULL) {
        return hs_str_empty();
    }
    if (!translate) {
        return HsUnicode_Substring(t->t_dec, start, stop);
    }
    HsObject *head = HsUnicode_Substring(t->t_dec, start, stop - 1);
    HsObject *nl = head != NULL ? HsUnicode_FromString("\n") : NULL;
    HsObject *r = nl != NULL ? HsUnicode_Concat(head, nl) : NULL;
    Hs_XDECREF(head);
    Hs_XDECREF(nl);
    return r;
}

/* 'text' with '\r\n' and '\r' as '\n'. Return: new reference. */
static HsObject *translate_all(HsObject *text) {
    HsStrWriter w;
    hs_str_writer_init(&w);
    Hs_ssize_t n = HS_STR_LEN(text);
    int kind = HS_STR_KIND(text);
    const void *d = hs_str_data(text);
    for (Hs_ssize_t i = 0; i < n; i++) {
        uint32_t c = hs_str_read(kind, d, i);
        if (c == '\r') {
            c = '\n';
            if (i + 1 < n && hs_str_read(kind, d, i + 1) == '\n') {
                i++;
            }
        }
        if (hs_str_writer_char(&w, c) < 0) {
            hs_str_writer_discard(&w);
            return NULL;
        }
    }
    return hs_str_writer_finish(&w);
}

/* The number of bytes t_dec[t_dpos:] takes in the stream's encoding. Returns -1 on error. */
static Hs_ssize_t pending_bytes(TextIOWrapperObject *t) {
    Hs_ssize_t n = dec_len(t), total = 0;
    if (t->t_codec == HS_CODEC_UTF8) {
        for (Hs_ssize_t i = t->t_dpos; i < n; i++) {
            uint32_t c = dec_at(t, i);
            total += c < 0x80 ? 1 : c < 0x800 ? 2 : (c >= 0xDC80 && c <= 0xDCFF) ? 1
                                                : c < 0x10000 ? 3 : 4;
        }
        return total;
    }
    if (t->t_codec == HS_CODEC_ASCII || t->t_codec == HS_CODEC_LATIN1 || n == t->t_dpos) {
        return n - t->t_dpos;
    }
    HsObject *rest = HsUnicode_Substring(t->t_dec, t->t_dpos, n);
    HsObject *b = rest != NULL ? hs_codecs_encode(rest, HsUnicode_AsUTF8(t->t_encoding),
                                                  "surrogatepass")
                               : NULL;
    Hs_XDECREF(rest);
    total = b != NULL ? Hs_SIZE(b) : -1;
    Hs_XDECREF(b);
    return total;
}

/* ==== reading ==== */

static HsObject *tw_readline(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    TextIOWrapperObject *t = TW(self);
    Hs_ssize_t limit = -1, end;
    if (hs_arg_check_positional("readline", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1 && args[0] != Hs_None) {
        limit = HsNumber_AsSsize_t(args[0], HsExc_OverflowError);
        if (limit == -1 && HsErr_Occurred()) {
            return NULL;
        }
    }
    if (tw_begin_read(t) < 0 || find_line_end(t, &end) < 0) {
        return NULL;
    }
    if (limit >= 0 && end - t->t_dpos > limit) {
        end = t->t_dpos + limit;
    }
    return take_line(t, end);
}

/* read(size=-1) */
static HsObject *tw_read(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    TextIOWrapperObject *t = TW(self);
    Hs_ssize_t n = -1;
    if (hs_arg_check_positional("read", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1 && args[0] != Hs_None) {
        n = HsNumber_AsSsize_t(args[0], HsExc_OverflowError);
        if (n == -1 && HsErr_Occurred()) {
            return NULL;
        }
    }
    if (tw_begin_read(t) < 0) {
        return NULL;
    }
    if (n < 0) {
        HsObject *all = hs_io_call(t->t_buffer, "read", NULL);
        int rc = all == NULL ? -1 : tw_decode(t, HsBytes_AS_STRING(all), Hs_SIZE(all), 1);
        Hs_XDECREF(all);
        if (rc < 0) {
            return NULL;
        }
        t->t_eof = 1;
        HsObject *rest = t->t_dec != NULL ? HsUnicode_Substring(t->t_dec, t->t_dpos,
                                                                dec_len(t))
                                          : hs_str_empty();
        Hs_CLEAR(t->t_dec);
        t->t_dpos = 0;
        if (rest == NULL || !t->t_readtranslate) {
            return rest;
        }
        HsObject *r = translate_all(rest);
        Hs_DECREF(rest);
        return r;
    }
    HsStrWriter w;
    hs_str_writer_init(&w);
    for (Hs_ssize_t count = 0; count < n;) {
        if (t->t_dpos >= dec_len(t) ||
            (t->t_readtranslate && t->t_dpos + 1 == dec_len(t) && !t->t_eof &&
             dec_at(t, t->t_dpos) == '\r')) {
            int r = tw_fill(t);
            if (r < 0) {
                goto error;
            }
            if (r == 0 && t->t_dpos >= dec_len(t)) {
                break;
            }
            continue;
        }
        uint32_t c = dec_at(t, t->t_dpos++);
        if (c == '\r' && t->t_readtranslate) {
            c = '\n';
            if (t->t_dpos < dec_len(t) && dec_at(t, t->t_dpos) == '\n') {
                t->t_dpos++;
            }
        }
        if (hs_str_writer_char(&w, c) < 0) {
            goto error;
        }
        count++;
    }
    return hs_str_writer_finish(&w);
error:
    hs_str_writer_discard(&w);
    return NULL;
}

static HsObject *tw_iternext(HsObject *self) {
    HsObject *line = tw_readline(self, NULL, 0);
    if (line != NULL && HS_STR_LEN(line) == 0) {
        Hs_CLEAR(line); /* end of iteration */
    }
    return line;
}

/* ==== position ==== */

/* UnsupportedOperation unless the buffer is seekable. Returns 0 or -1. */
static int check_seekable(TextIOWrapperObject *t) {
    HsObject *seekable = hs_io_call(t->t_buffer, "seekable", NULL);
    if (seekable == NULL) {
        return -1;
    }
    int ok = HsObject_IsTrue(seekable);
    Hs_DECREF(seekable);
    if (ok == 0) {
        hs_io_unsupported("underlying stream is not seekable");
    }
    return ok > 0 ? 0 : -1;
}

static HsObject *tw_tell(HsObject *self, HsObject *unused) {
    (void)unused;
    TextIOWrapperObject *t = TW(self);
    if (tw_check_closed(t) < 0) {
        return NULL;
    }
    if (check_seekable(t) < 0) {
        return NULL;
    }
    HsObject *r = t->t_writable ? hs_io_call(t->t_buffer, "flush", NULL) : Hs_NewRef(Hs_None);
    Hs_XDECREF(r);
    HsObject *pos = r != NULL ? hs_io_call(t->t_buffer, "tell", NULL) : NULL;
    if (pos == NULL) {
        return NULL;
    }
    Hs_ssize_t p = HsNumber_AsSsize_t(pos, HsExc_OverflowError), pend = pending_bytes(t);
    Hs_DECREF(pos);
    if ((p == -1 && HsErr_Occurred()) || pend < 0) {
        return NULL;
    }
    return HsLong_FromSsize_t(p - pend - t->t_tail_len);
}

/* Seek the buffer to (pos, whence) after flushing and dropping decoded text. Return: new
 * reference to the buffer's new position. */
static HsObject *seek_buffer(TextIOWrapperObject *t, Hs_ssize_t pos, int whence) {
    HsObject *r = t->t_writable ? hs_io_call(t->t_buffer, "flush", NULL) : Hs_NewRef(Hs_None);
    if (r == NULL) {
        return NULL;
    }
    Hs_DECREF(r);
    tw_reset(t);
    HsObject *p = HsLong_FromSsize_t(pos), *w = HsLong_FromLong(whence);
    HsObject *name = hs_builtins_name("seek");
    HsObject *argv[3] = {t->t_buffer, p, w};
    r = p != NULL && w != NULL && name != NULL ? HsObject_VectorcallMethod(name, argv, 3, NULL)
                                               : NULL;
    Hs_XDECREF(p);
    Hs_XDECREF(w);
    return r;
}

static HsObject *tw_seek(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    TextIOWrapperObject *t = TW(self);
    if (hs_arg_check_positional("seek", nargs, 1, 2) < 0 || tw_check_closed(t) < 0 ||
        check_seekable(t) < 0) {
        return NULL;
    }
    Hs_ssize_t cookie = HsNumber_AsSsize_t(args[0], HsExc_OverflowError);
    long whence = nargs == 2 ? HsLong_AsLong(args[1]) : 0;
    if (HsErr_Occurred()) {
        return NULL;
    }
    if (whence == 1) {
        if (cookie != 0) {
            return hs_io_unsupported("can't do nonzero cur-relative seeks");
        }
        return tw_tell(self, NULL);
    }
    if (whence == 2) {
        if (cookie != 0) {
            return hs_io_unsupported("can't do nonzero end-relative seeks");
        }
        return seek_buffer(t, 0, 2);
    }
    if (whence != 0) {
        return HsErr_Format(HsExc_ValueError, "invalid whence (%ld, should be 0, 1 or 2)",
                            whence);
    }
    if (cookie < 0) {
        return HsErr_Format(HsExc_ValueError, "negative seek position %zd", cookie);
    }
    HsObject *r = seek_buffer(t, cookie, 0);
    if (r == NULL) {
        return NULL;
    }
    Hs_DECREF(r);
    return HsLong_FromSsize_t(cookie);
}

/* ==== writing ==== */

static HsObject *tw_write(HsObject *self, HsObject *s) {
    TextIOWrapperObject *t = TW(self);
    if (tw_check_closed(t) < 0) {
        return NULL;
    }
    if (!HsUnicode_Check(s)) {
        return HsErr_Format(HsExc_TypeError, "write() argument must be str, not %.100s",
                            Hs_TYPE(s)->tp_name);
    }
    if (!t->t_writable) {
        return hs_io_unsupported("not writable");
    }
    /* Drop the decoded text read ahead, as CPython does: the bytes go where the buffer
     * stands, which after a read is past the text returned so far. */
    tw_reset(t);
    Hs_ssize_t len;
    const char *u = HsUnicode_AsUTF8AndSize(s, &len);
    HsObject *text = Hs_NewRef(s);
    if (u != NULL && t->t_writenl != NULL && strcmp(t->t_writenl, "\n") != 0 &&
        memchr(u, '\n', (size_t)len) != NULL) {
        HsObject *from = HsUnicode_FromString("\n"), *to = HsUnicode_FromString(t->t_writenl);
        HsObject *rep = hs_builtins_name("replace");
        HsObject *argv[3] = {s, from, to};
        Hs_SETREF(text, from != NULL && to != NULL && rep != NULL
                            ? HsObject_VectorcallMethod(rep, argv, 3, NULL)
                            : NULL);
        Hs_XDECREF(from);
        Hs_XDECREF(to);
    }
    HsObject *b = text != NULL ? hs_codecs_encode(text, HsUnicode_AsUTF8(t->t_encoding),
                                                  HsUnicode_AsUTF8(t->t_errors))
                               : NULL;
    Hs_XDECREF(text);
    HsObject *r = b != NULL ? hs_io_call(t->t_buffer, "write", b) : NULL;
    Hs_XDECREF(b);
    if (r == NULL) {
        return NULL;
    }
    Hs_DECREF(r);
    if (t->t_line_buffering && u != NULL &&
        (memchr(u, '\n', (size_t)len) != NULL || memchr(u, '\r', (size_t)len) != NULL)) {
        r = hs_io_call(t->t_buffer, "flush", NULL);
        if (r == NULL) {
            return NULL;
        }
        Hs_DECREF(r);
    }
    return HsLong_FromSsize_t(HS_STR_LEN(s));
}

static HsObject *tw_flush(HsObject *self, HsObject *unused) {
    (void)unused;
    if (tw_check_closed(TW(self)) < 0) {
        return NULL;
    }
    return hs_io_call(TW(self)->t_buffer, "flush", NULL);
}

static HsObject *tw_close(HsObject *self, HsObject *unused) {
    (void)unused;
    TextIOWrapperObject *t = TW(self);
    int c = hs_io_is_closed(t->t_buffer);
    if (c != 0) {
        return c < 0 ? NULL : Hs_NewRef(Hs_None);
    }
    HsObject *r = hs_io_call(t->t_buffer, "flush", NULL);
    HsObject *exc = r == NULL ? HsErr_GetRaisedException() : NULL;
    Hs_XDECREF(r);
    r = hs_io_call(t->t_buffer, "close", NULL);
    if (exc != NULL) {
        Hs_XDECREF(r);
        HsErr_SetRaisedException(exc);
        return NULL;
    }
    return r;
}

/* fileno/isatty/readable/writable/seekable: the buffer's. */
static HsObject *tw_forward(HsObject *self, const char *name) {
    return hs_io_call(TW(self)->t_buffer, name, NULL);
}

#define FORWARD(name)                                                                              \
    static HsObject *tw_##name(HsObject *self, HsObject *unused) {                                 \
        (void)unused;                                                                              \
        return tw_forward(self, #name);                                                            \
    }
FORWARD(fileno)
FORWARD(isatty)
FORWARD(readable)
FORWARD(writable)
FORWARD(seekable)

/* ==== attributes ==== */

/* Fields: closure = offsetof the HsObject* field. */
static HsObject *tw_get_field(HsObject *self, void *closure) {
    HsObject *v = *(HsObject **)((char *)self + (size_t)closure);
    return Hs_NewRef(v != NULL ? v : Hs_None);
}

static HsObject *tw_get_none(HsObject *self, void *closure) {
    (void)self;
    (void)closure;
    Hs_RETURN_NONE;
}

static HsObject *tw_get_buffer_attr(HsObject *self, void *closure) {
    return HsObject_GetAttrString(TW(self)->t_buffer, (const char *)closure);
}

static HsObject *tw_get_line_buffering(HsObject *self, void *closure) {
    (void)closure;
    return HsBool_FromLong(TW(self)->t_line_buffering);
}

static HsObject *tw_get_mode(HsObject *self, void *closure) {
    (void)closure;
    if (TW(self)->t_mode == NULL) {
        return HsErr_Format(HsExc_AttributeError,
                            "'_io.TextIOWrapper' object has no attribute 'mode'");
    }
    return Hs_NewRef(TW(self)->t_mode);
}

static int tw_set_mode(HsObject *self, HsObject *value, void *closure) {
    (void)closure;
    Hs_XINCREF(value);
    TW_XSETREF(TW(self)->t_mode, value);
    return 0;
}

/* <_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>, as textiowrapper_repr. */
static HsObject *tw_repr(HsObject *self) {
    HsStrWriter w;
    hs_str_writer_init(&w);
    if (hs_str_writer_ascii(&w, "<_io.TextIOWrapper") < 0) {
        goto error;
    }
    HsObject *name = HsObject_GetAttrString(TW(self)->t_buffer, "name");
    if (name == NULL) {
        if (!HsErr_ExceptionMatches(HsExc_Exception)) {
            goto error;
        }
        HsErr_Clear();
    }
    HsObject *parts[2] = {name, TW(self)->t_mode};
    const char *labels[2] = {" name=", " mode="};
    for (int i = 0; i < 2; i++) {
        HsObject *r = parts[i] != NULL ? HsObject_Repr(parts[i]) : NULL;
        int bad = parts[i] != NULL && (r == NULL || hs_str_writer_ascii(&w, labels[i]) < 0 ||
                                       hs_str_writer_str(&w, r) < 0);
        Hs_XDECREF(r);
        if (bad) {
            Hs_XDECREF(name);
            goto error;
        }
    }
    Hs_XDECREF(name);
    HsObject *enc = HsObject_Repr(TW(self)->t_encoding);
    int bad = enc == NULL || hs_str_writer_ascii(&w, " encoding=") < 0 ||
              hs_str_writer_str(&w, enc) < 0 || hs_str_writer_char(&w, '>') < 0;
    Hs_XDECREF(enc);
    if (bad) {
        goto error;
    }
    return hs_str_writer_finish(&w);
error:
    hs_str_writer_discard(&w);
    return NULL;
}

/* ==== the type ==== */

static void tw_dealloc(HsObject *op) {
    TextIOWrapperObject *t = TW(op);
    if (t->t_buffer != NULL) {
        HsObject *exc = HsErr_GetRaisedException();
        HsObject *r = tw_close(op, NULL);
        if (r == NULL) {
            HsErr_Clear();
        }
        Hs_XDECREF(r);
        HsErr_SetRaisedException(exc);
    }
    Hs_XDECREF(t->t_buffer);
    Hs_XDECREF(t->t_encoding);
    Hs_XDECREF(t->t_errors);
    Hs_XDECREF(t->t_mode);
    Hs_XDECREF(t->t_dec);
    hs_obj_free(op);
}

/* TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
 * write_through=False) */
static HsObject *tw_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"buffer",         "encoding",      "errors", "newline",
                                     "line_buffering", "write_through", NULL};
    static const HsArgParser parser = {"TextIOWrapper", kw};
    HsObject *stack[6], *a[6] = {NULL}, *kwnames = NULL;
    (void)type;
    if (hs_bytes_flatten_args(args, kwds, stack, 6, &kwnames) < 0) {
        return NULL;
    }
    int rc = hs_arg_unpack_keywords(stack, Hs_SIZE(args), kwnames, &parser, 1, 6, 1, a);
    Hs_XDECREF(kwnames);
    int lb = rc == 0 && a[4] != NULL ? HsObject_IsTrue(a[4]) : 0;
    if (rc < 0 || lb < 0 || (a[3] != NULL && a[3] != Hs_None && hs_io_check_newline(a[3]) < 0)) {
        return NULL;
    }
    return hs_io_textio_new(a[0], a[1], a[2], a[3], lb);
}

static HsMethodDef tw_methods[] = {
    {"read", HS_CFUNC(tw_read), HS_METH_FASTCALL, NULL},
    {"readline", HS_CFUNC(tw_readline), HS_METH_FASTCALL, NULL},
    {"write", HS_CFUNC(tw_write), HS_METH_O, NULL},
    {"flush", HS_CFUNC(tw_flush), HS_METH_NOARGS, NULL},
    {"close", HS_CFUNC(tw_close), HS_METH_NOARGS, NULL},
    {"tell", HS_CFUNC(tw_tell), HS_METH_NOARGS, NULL},
    {"seek", HS_CFUNC(tw_seek), HS_METH_FASTCALL, NULL},
    {"fileno", HS_CFUNC(tw_fileno), HS_METH_NOARGS, NULL},
    {"isatty", HS_CFUNC(tw_isatty), HS_METH_NOARGS, NULL},
    {"readable", HS_CFUNC(tw_readable), HS_METH_NOARGS, NULL},
    {"writable", HS_CFUNC(tw_writable), HS_METH_NOARGS, NULL},
    {"seekable", HS_CFUNC(tw_seekable), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

#define TW_FIELD(name, field)                                                                      \
    {name, tw_get_field, NULL, NULL, (void *)offsetof(TextIOWrapperObject, field)}

static HsGetSetDef tw_getset[] = {
    TW_FIELD("buffer", t_buffer),
    TW_FIELD("encoding", t_encoding),
    TW_FIELD("errors", t_errors),
    {"name", tw_get_buffer_attr, NULL, NULL, "name"},
    {"closed", tw_get_buffer_attr, NULL, NULL, "closed"},
    {"mode", tw_get_mode, tw_set_mode, NULL, NULL},
    {"line_buffering", tw_get_line_buffering, NULL, NULL, NULL},
    {"newlines", tw_get_none, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

HsTypeObject HsTextIOWrapper_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "_io.TextIOWrapper",
    .tp_basicsize = sizeof(TextIOWrapperObject),
    .tp_dealloc = tw_dealloc,
    .tp_repr = tw_repr,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_BASETYPE,
    .tp_iternext = tw_iternext,
    .tp_methods = tw_methods,
    .tp_getset = tw_getset,
    .tp_base = &HsTextIOBase_Type,
    .tp_new = tw_new,
};

/* ==== internal API ==== */

int hs_io_check_newline(HsObject *newline) {
    if (!HsUnicode_Check(newline)) {
        HsErr_Format(HsExc_TypeError, "TextIOWrapper() argument 'newline' must be str or None, "
                     "not %.200s", Hs_TYPE(newline)->tp_name);
        return -1;
    }
    const char *s = HsUnicode_AsUTF8(newline);
    if (s == NULL) {
        return -1;
    }
    if (strcmp(s, "") != 0 && strcmp(s, "\n") != 0 && strcmp(s, "\r") != 0 &&
        strcmp(s, "\r\n") != 0) {
        HsErr_Format(HsExc_ValueError, "illegal newline value: %U", newline);
        return -1;
    }
    return 0;
}

/* The buffer's answer to readable()/writable(). Returns 1, 0 or -1. */
static int ask(HsObject *buffer, const char *name) {
    HsObject *r = hs_io_call(buffer, name, NULL);
    int v = r != NULL ? HsObject_IsTrue(r) : -1;
    Hs_XDECREF(r);
    return v;
}

/* Set the newline fields from 'newline' (None or a valid str). */
static void set_newline(TextIOWrapperObject *t, HsObject *newline) {
    const char *nl = newline == NULL || newline == Hs_None ? NULL : HsUnicode_AsUTF8(newline);
    static const char *const known[] = {"", "\n", "\r", "\r\n"};
    for (int i = 0; nl != NULL && i < 4; i++) {
        if (strcmp(nl, known[i]) == 0) {
            nl = known[i]; /* a static string: no reference to keep */
        }
    }
    t->t_readtranslate = nl == NULL;
    t->t_readnl = nl == NULL || nl[0] == '\0' ? NULL : nl;
    t->t_writenl = nl == NULL ? "\n" : nl[0] == '\0' ? NULL : nl;
}

HsObject *hs_io_textio_new(HsObject *buffer, HsObject *encoding, HsObject *errors,
                           HsObject *newline, int line_buffering) {
    if (HsType_Ready(&HsTextIOWrapper_Type) < 0) {
        return NULL;
    }
    HsCodec codec = HS_CODEC_UTF8;
    if (encoding != NULL && encoding != Hs_None) {
        if (!HsUnicode_Check(encoding)) {
            return HsErr_Format(HsExc_TypeError, "TextIOWrapper() argument 'encoding' must be "
                                "str or None, not %.200s", Hs_TYPE(encoding)->tp_name);
        }
        const char *e = HsUnicode_AsUTF8(encoding);
        if (e == NULL) {
            return NULL;
        }
        if ((codec = hs_codecs_lookup(e)) == HS_CODEC_UNKNOWN) {
            return HsErr_Format(HsExc_LookupError, "unknown encoding: %s", e);
        }
    }
    if (errors != NULL && errors != Hs_None && !HsUnicode_Check(errors)) {
        return HsErr_Format(HsExc_TypeError, "TextIOWrapper() argument 'errors' must be str or "
                            "None, not %.200s", Hs_TYPE(errors)->tp_name);
    }
    int readable = ask(buffer, "readable"), writable = readable < 0 ? -1 : ask(buffer, "writable");
    if (writable < 0) {
        return NULL;
    }
    TextIOWrapperObject *t =
        (TextIOWrapperObject *)hs_obj_new(&HsTextIOWrapper_Type, sizeof(TextIOWrapperObject));
    if (t == NULL) {
        return HsErr_NoMemory();
    }
    t->t_buffer = Hs_NewRef(buffer);
    t->t_encoding = encoding != NULL && encoding != Hs_None ? Hs_NewRef(encoding)
                                                            : HsUnicode_FromString("UTF-8");
    t->t_errors = errors != NULL && errors != Hs_None ? Hs_NewRef(errors)
                                                      : HsUnicode_FromString("strict");
    t->t_mode = NULL;
    t->t_dec = NULL;
    t->t_dpos = 0;
    t->t_codec = codec;
    set_newline(t, newline);
    t->t_line_buffering = (char)line_buffering;
    t->t_readable = (char)readable;
    t->t_writable = (char)writable;
    t->t_eof = 0;
    t->t_tail_len = 0;
    if (t->t_encoding == NULL || t->t_errors == NULL) {
        Hs_DECREF(t);
        return NULL;
    }
    return (HsObject *)t;
}

int hs_io_textio_set_mode(HsObject *text, HsObject *mode) {
    HsObject *m = mode != NULL ? Hs_NewRef(mode) : HsUnicode_FromString("r");
    if (m == NULL) {
        return -1;
    }
    TW_XSETREF(TW(text)->t_mode, m);
    return 0;
}
