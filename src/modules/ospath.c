/* The `posixpath` module, which is os.path (CPython 3.11: Lib/posixpath.py and
 * Lib/genericpath.py), in C with the same semantics: join, split, splitext, basename,
 * dirname, splitdrive, isabs, normpath, abspath, realpath, relpath, commonprefix,
 * commonpath, expanduser, expandvars, and the stat-based exists, lexists, isfile, isdir, islink,
 * getsize, getmtime, getatime, getctime.
 * Paths are str or bytes (or os.PathLike, through os.fspath); the work is done on the
 * UTF-8 (or raw) bytes, which is exact because every separator is ASCII, and the result has
 * the argument's type. A path is held as a Seg: a pointer and a length into a buffer.
 * Every pp_* function: arguments borrowed; Return: new reference, or NULL with an exception.
 */
#include "internal/hs_modules.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ==== path values ==== */

/* A converted path argument: the str/bytes it became and its bytes. */
typedef struct PathArg {
    HsObject *conv; /* owned */
    const char *s;
    Hs_ssize_t n;
    int is_bytes;
} PathArg;

/* os.fspath(o) and its bytes. Returns 0 or -1. */
static int path_get(HsObject *o, PathArg *p) {
    p->conv = hs_os_fspath(o);
    if (p->conv == NULL) {
        return -1;
    }
    p->is_bytes = HsBytes_Check(p->conv);
    if (p->is_bytes) {
        p->s = HsBytes_AS_STRING(p->conv);
        p->n = Hs_SIZE(p->conv);
    } else if ((p->s = HsUnicode_AsUTF8AndSize(p->conv, &p->n)) == NULL) {
        Hs_CLEAR(p->conv);
        return -1;
    }
    return 0;
}

/* A str (UTF-8) or bytes from 'n' bytes. Return: new reference. */
static HsObject *mk(const char *s, Hs_ssize_t n, int is_bytes) {
    return is_bytes ? HsBytes_FromStringAndSize(s, n) : HsUnicode_FromStringAndSize(s, n);
}

/* A growable byte buffer for building results. */
typedef struct Buf {
    char *b;
    Hs_ssize_t n, cap;
} Buf;

static int buf_add(Buf *w, const char *s, Hs_ssize_t n) {
    if (w->n + n + 1 > w->cap) {
        Hs_ssize_t cap = (w->n + n + 1) * 2;
        char *nb = hs_mem_raw_realloc(w->b, (size_t)cap);
        if (nb == NULL) {
            HsErr_NoMemory();
            return -1;
        }
        w->b = nb;
        w->cap = cap;
    }
    memcpy(w->b + w->n, s, (size_t)n);
    w->n += n;
    w->b[w->n] = '\0';
    return 0;
}

static HsObject *buf_finish(Buf *w, int is_bytes) {
    HsObject *r = mk(w->b != NULL ? w->b : "", w->n, is_bytes);
    hs_mem_raw_free(w->b);
    return r;
}

static Hs_ssize_t rfind_sep(const char *s, Hs_ssize_t n) {
    for (Hs_ssize_t i = n - 1; i >= 0; i--) {
        if (s[i] == '/') {
            return i;
        }
    }
    return -1;
}

/* The head of split(): s[:i] without trailing slashes unless it is all slashes. */
static Hs_ssize_t head_len(const char *s, Hs_ssize_t i) {
    Hs_ssize_t h = i;
    while (h > 0 && s[h - 1] == '/') {
        h--;
    }
    return h == 0 ? i : h;
}

/* ==== pure string functions ==== */

/* join(a, *p) */
static HsObject *pp_join(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_check_positional("join", nargs, 1, HS_SSIZE_T_MAX) < 0) {
        return NULL;
    }
    Buf w = {NULL, 0, 0};
    int is_bytes = 0;
    for (Hs_ssize_t i = 0; i < nargs; i++) {
        PathArg p;
        if (path_get(args[i], &p) < 0) {
            if (HsErr_ExceptionMatches(HsExc_TypeError)) {
                HsErr_Format(HsExc_TypeError, "join() argument must be str, bytes, or "
                             "os.PathLike object, not '%.200s'", Hs_TYPE(args[i])->tp_name);
            }
            goto error;
        }
        if (i == 0) {
            is_bytes = p.is_bytes;
        } else if (p.is_bytes != is_bytes) {
            Hs_DECREF(p.conv);
            HsErr_SetString(HsExc_TypeError, "Can't mix strings and bytes in path components");
            goto error;
        }
        int rc = 0;
        if (p.n > 0 && p.s[0] == '/') {
            w.n = 0;
        } else if (w.n > 0 && w.b[w.n - 1] != '/') {
            rc = buf_add(&w, "/", 1);
        }
        rc = rc < 0 ? rc : buf_add(&w, p.s, p.n);
        Hs_DECREF(p.conv);
        if (rc < 0) {
            goto error;
        }
    }
    return buf_finish(&w, is_bytes);
error:
    hs_mem_raw_free(w.b);
    return NULL;
}

/* split(p) -> (head, tail) */
static HsObject *pp_split(HsObject *self, HsObject *arg) {
    PathArg p;
    (void)self;
    if (path_get(arg, &p) < 0) {
        return NULL;
    }
    Hs_ssize_t i = rfind_sep(p.s, p.n) + 1;
    HsObject *r = HsTuple_New(2);
    if (r != NULL) {
        HS_TUPLE_SET(r, 0, mk(p.s, head_len(p.s, i), p.is_bytes));
        HS_TUPLE_SET(r, 1, mk(p.s + i, p.n - i, p.is_bytes));
        if (HS_TUPLE_GET(r, 0) == NULL || HS_TUPLE_GET(r, 1) == NULL) {
            Hs_CLEAR(r);
        }
    }
    Hs_DECREF(p.conv);
    return r;
}

/* splitext(p) -> (root, ext) (CPython: genericpath._splitext) */
static HsObject *pp_splitext(HsObject *self, HsObject *arg) {
    PathArg p;
    (void)self;
    if (path_get(arg, &p) < 0) {
        return NULL;
    }
    Hs_ssize_t sep = rfind_sep(p.s, p.n), dot = -1, cut = p.n;
    for (Hs_ssize_t i = p.n - 1; i >= 0; i--) {
        if (p.s[i] == '.') {
            dot = i;
            break;
        }
    }
    if (dot > sep) {
        for (Hs_ssize_t i = sep + 1; i < dot; i++) {
            if (p.s[i] != '.') {
                cut = dot;
                break;
            }
        }
    }
    HsObject *a = mk(p.s, cut, p.is_bytes), *b = mk(p.s + cut, p.n - cut, p.is_bytes);
    HsObject *r = a != NULL && b != NULL ? HsTuple_Pack(2, a, b) : NULL;
    Hs_XDECREF(a);
    Hs_XDECREF(b);
    Hs_DECREF(p.conv);
    return r;
}

static HsObject *pp_basename(HsObject *self, HsObject *arg) {
    PathArg p;
    (void)self;
    if (path_get(arg, &p) < 0) {
        return NULL;
    }
    Hs_ssize_t i = rfind_sep(p.s, p.n) + 1;
    HsObject *r = mk(p.s + i, p.n - i, p.is_bytes);
    Hs_DECREF(p.conv);
    return r;
}

static HsObject *pp_dirname(HsObject *self, HsObject *arg) {
    PathArg p;
    (void)self;
    if (path_get(arg, &p) < 0) {
        return NULL;
    }
    Hs_ssize_t i = rfind_sep(p.s, p.n) + 1;
    HsObject *r = mk(p.s, head_len(p.s, i), p.is_bytes);
    Hs_DECREF(p.conv);
    return r;
}

static HsObject *pp_splitdrive(HsObject *self, HsObject *arg) {
    PathArg p;
    (void)self;
    if (path_get(arg, &p) < 0) {
        return NULL;
    }
    HsObject *e = mk("", 0, p.is_bytes);
    HsObject *r = e != NULL ? HsTuple_Pack(2, e, p.conv) : NULL;
    Hs_XDECREF(e);
    Hs_DECREF(p.conv);
    return r;
}

static HsObject *pp_isabs(HsObject *self, HsObject *arg) {
    PathArg p;
    (void)self;
    if (path_get(arg, &p) < 0) {
        return NULL;
    }
    int r = p.n > 0 && p.s[0] == '/';
    Hs_DECREF(p.conv);
    return HsBool_FromLong(r);
}

/* normpath on bytes into 'w' (CPython 3.11 posixpath.normpath). Returns 0 or -1. */
static int normpath_into(const char *s, Hs_ssize_t n, Buf *w) {
    if (n == 0) {
        return buf_add(w, ".", 1);
    }
    int initial = s[0] == '/' ? 1 : 0;
    if (initial && n >= 2 && s[1] == '/' && !(n >= 3 && s[2] == '/')) {
        initial = 2;
    }
    /* Components kept so far, as (start, len) pairs into 's'. */
    Hs_ssize_t *comp = hs_mem_raw_malloc(sizeof(Hs_ssize_t) * 2 * (size_t)(n + 1));
    if (comp == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    Hs_ssize_t nc = 0;
    for (Hs_ssize_t i = 0; i <= n;) {
        Hs_ssize_t j = i;
        while (j < n && s[j] != '/') {
            j++;
        }
        Hs_ssize_t len = j - i;
        int dotdot = len == 2 && s[i] == '.' && s[i + 1] == '.';
        int prev_dotdot = nc > 0 && comp[2 * nc - 1] == 2 && s[comp[2 * nc - 2]] == '.' &&
                          s[comp[2 * nc - 2] + 1] == '.';
        if (len == 0 || (len == 1 && s[i] == '.')) {
            /* skip */
        } else if (!dotdot || (!initial && nc == 0) || prev_dotdot) {
            comp[2 * nc] = i;
            comp[2 * nc + 1] = len;
            nc++;
        } else if (nc > 0) {
            nc--;
        }
        i = j + 1;
    }
    int rc = buf_add(w, "//", initial);
    for (Hs_ssize_t k = 0; rc == 0 && k < nc; k++) {
        rc = (k > 0 ? buf_add(w, "/", 1) : 0) | buf_add(w, s + comp[2 * k], comp[2 * k + 1]);
    }
    hs_mem_raw_free(comp);
    if (rc == 0 && w->n == 0) {
        rc = buf_add(w, ".", 1);
    }
    return rc < 0 ? -1 : 0;
}

static HsObject *pp_normpath(HsObject *self, HsObject *arg) {
    PathArg p;
    Buf w = {NULL, 0, 0};
    (void)self;
    if (path_get(arg, &p) < 0) {
        return NULL;
    }
    int is_bytes = p.is_bytes, rc = normpath_into(p.s, p.n, &w);
    Hs_DECREF(p.conv);
    if (rc < 0) {
        hs_mem_raw_free(w.b);
        return NULL;
    }
    return buf_finish(&w, is_bytes);
}

/* abspath of 's' into 'w': normpath(join(getcwd(), s)). Returns 0 or -1. */
static int abspath_into(const char *s, Hs_ssize_t n, Buf *w) {
    Buf tmp = {NULL, 0, 0};
    int rc = 0;
    if (n == 0 || s[0] != '/') {
        char cwd[PATH_MAX];
        if (getcwd(cwd, sizeof cwd) == NULL) {
            hs_os_error(errno, NULL, NULL);
            return -1;
        }
        rc = buf_add(&tmp, cwd, (Hs_ssize_t)strlen(cwd));
        if (rc == 0 && n > 0 && tmp.b[tmp.n - 1] != '/') {
            rc = buf_add(&tmp, "/", 1);
        }
    }
    rc = rc < 0 ? -1 : buf_add(&tmp, s, n);
    rc = rc < 0 ? -1 : normpath_into(tmp.b, tmp.n, w);
    hs_mem_raw_free(tmp.b);
    return rc;
}

static HsObject *pp_abspath(HsObject *self, HsObject *arg) {
    PathArg p;
    Buf w = {NULL, 0, 0};
    (void)self;
    if (path_get(arg, &p) < 0) {
        return NULL;
    }
    int is_bytes = p.is_bytes, rc = abspath_into(p.s, p.n, &w);
    Hs_DECREF(p.conv);
    if (rc < 0) {
        hs_mem_raw_free(w.b);
        return NULL;
    }
    return buf_finish(&w, is_bytes);
}

/* realpath(path): the longest existing prefix of abspath(path) resolved by realpath(3),
 * then the rest (which does not exist, so holds no links) as it is. */
static HsObject *pp_realpath(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                             HsObject *kwnames) {
    static const char *const kw[] = {"filename", "strict", NULL};
    static const HsArgParser parser = {"realpath", kw};
    HsObject *a[2] = {NULL, NULL};
    PathArg p;
    Buf w = {NULL, 0, 0}, out = {NULL, 0, 0};
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 1, 1, a) < 0 ||
        path_get(a[0], &p) < 0) {
        return NULL;
    }
    int is_bytes = p.is_bytes, rc = abspath_into(p.s, p.n, &w);
    Hs_DECREF(p.conv);
    Hs_ssize_t cut = w.n;
    char resolved[PATH_MAX];
    while (rc == 0) {
        char save = w.b[cut];
        w.b[cut] = '\0';
        char *ok = realpath(cut == 0 ? "/" : w.b, resolved);
        w.b[cut] = save;
        if (ok != NULL) {
            rc = buf_add(&out, resolved, (Hs_ssize_t)strlen(resolved));
            if (rc == 0 && cut < w.n) {
                rc = (out.n > 0 && out.b[out.n - 1] == '/') ? buf_add(&out, w.b + cut + 1,
                                                                      w.n - cut - 1)
                                                            : buf_add(&out, w.b + cut, w.n - cut);
            }
            break;
        }
        cut = rfind_sep(w.b, cut);
        if (cut < 0) {
            rc = buf_add(&out, w.b, w.n);
            break;
        }
    }
    hs_mem_raw_free(w.b);
    if (rc < 0) {
        hs_mem_raw_free(out.b);
        return NULL;
    }
    return buf_finish(&out, is_bytes);
}

/* The non-empty '/'-separated components of s[0..n): (start, len) pairs into comp, which
 * must hold n + 1 pairs. Returns the count. */
static Hs_ssize_t components(const char *s, Hs_ssize_t n, Hs_ssize_t *comp) {
    Hs_ssize_t nc = 0;
    for (Hs_ssize_t i = 0; i < n;) {
        Hs_ssize_t j = i;
        while (j < n && s[j] != '/') {
            j++;
        }
        if (j > i) {
            comp[2 * nc] = i;
            comp[2 * nc + 1] = j - i;
            nc++;
        }
        i = j + 1;
    }
    return nc;
}

/* relpath(path, start=os.curdir) */
static HsObject *pp_relpath(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                            HsObject *kwnames) {
    static const char *const kw[] = {"path", "start", NULL};
    static const HsArgParser parser = {"relpath", kw};
    HsObject *a[2] = {NULL, NULL};
    PathArg p, s = {NULL, ".", 1, 0};
    Buf bp = {NULL, 0, 0}, bs = {NULL, 0, 0}, out = {NULL, 0, 0};
    HsObject *r = NULL;
    Hs_ssize_t *cp = NULL, *cs = NULL;
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 2, 1, a) < 0 ||
        path_get(a[0], &p) < 0) {
        return NULL;
    }
    if (p.n == 0) {
        Hs_DECREF(p.conv);
        HsErr_SetString(HsExc_ValueError, "no path specified");
        return NULL;
    }
    if (a[1] != NULL && a[1] != Hs_None && path_get(a[1], &s) < 0) {
        Hs_DECREF(p.conv);
        return NULL;
    }
    s.is_bytes = a[1] != NULL && a[1] != Hs_None ? s.is_bytes : p.is_bytes;
    if (s.is_bytes != p.is_bytes) {
        HsErr_SetString(HsExc_TypeError, "Can't mix strings and bytes in path components");
        goto done;
    }
    if (abspath_into(p.s, p.n, &bp) < 0 || abspath_into(s.s, s.n, &bs) < 0) {
        goto done;
    }
    cp = hs_mem_raw_malloc(sizeof(Hs_ssize_t) * 2 * (size_t)(bp.n + 1));
    cs = hs_mem_raw_malloc(sizeof(Hs_ssize_t) * 2 * (size_t)(bs.n + 1));
    if (cp == NULL || cs == NULL) {
        HsErr_NoMemory();
        goto done;
    }
    Hs_ssize_t np = components(bp.b, bp.n, cp), ns = components(bs.b, bs.n, cs), i = 0;
    while (i < np && i < ns && cp[2 * i + 1] == cs[2 * i + 1] &&
           memcmp(bp.b + cp[2 * i], bs.b + cs[2 * i], (size_t)cp[2 * i + 1]) == 0) {
        i++;
    }
    int rc = 0;
    for (Hs_ssize_t k = i; rc == 0 && k < ns; k++) {
        rc = buf_add(&out, out.n > 0 ? "/.." : "..", out.n > 0 ? 3 : 2);
    }
    for (Hs_ssize_t k = i; rc == 0 && k < np; k++) {
        rc = (out.n > 0 ? buf_add(&out, "/", 1) : 0) |
             buf_add(&out, bp.b + cp[2 * k], cp[2 * k + 1]);
    }
    if (rc == 0 && out.n == 0) {
        rc = buf_add(&out, ".", 1);
    }
    if (rc == 0) {
        r = buf_finish(&out, p.is_bytes);
        out.b = NULL;
    }
done:
    hs_mem_raw_free(cp);
    hs_mem_raw_free(cs);
    hs_mem_raw_free(bp.b);
    hs_mem_raw_free(bs.b);
    hs_mem_raw_free(out.b);
    Hs_DECREF(p.conv);
    Hs_XDECREF(s.conv);
    return r;
}

/* commonprefix(m): the longest common leading part of min(m) and max(m) (a str, bytes,
 * list or tuple prefix, as genericpath.commonprefix). */
static HsObject *pp_commonprefix(HsObject *self, HsObject *arg) {
    (void)self;
    HsObject *seq = HsSequence_List(arg), *lo = NULL, *hi = NULL, *r = NULL;
    if (seq == NULL) {
        return NULL;
    }
    if (Hs_SIZE(seq) == 0) {
        Hs_DECREF(seq);
        return HsUnicode_FromString("");
    }
    for (Hs_ssize_t i = 0; i < Hs_SIZE(seq); i++) {
        HsObject *it = HS_LIST_GET(seq, i);
        HsObject *v = HsList_Check(it) || HsTuple_Check(it) ? Hs_NewRef(it) : hs_os_fspath(it);
        if (v == NULL) {
            goto done;
        }
        Hs_SETREF(HS_LIST_ITEMS(seq)[i], v);
    }
    lo = HS_LIST_GET(seq, 0);
    hi = lo;
    for (Hs_ssize_t i = 1; i < Hs_SIZE(seq); i++) {
        HsObject *it = HS_LIST_GET(seq, i);
        int lt = HsObject_RichCompareBool(it, lo, HS_LT), gt;
        if (lt < 0 || (gt = HsObject_RichCompareBool(it, hi, HS_GT)) < 0) {
            goto done;
        }
        lo = lt ? it : lo;
        hi = gt ? it : hi;
    }
    Hs_ssize_t n = HsObject_Size(lo), i = 0;
    for (; n >= 0 && i < n; i++) {
        HsObject *a = HsSequence_GetItem(lo, i), *b = a ? HsSequence_GetItem(hi, i) : NULL;
        int eq = b != NULL ? HsObject_RichCompareBool(a, b, HS_EQ) : -1;
        Hs_XDECREF(a);
        Hs_XDECREF(b);
        if (eq < 0) {
            goto done;
        }
        if (!eq) {
            break;
        }
    }
    HsObject *stop = HsLong_FromSsize_t(i), *sl = stop ? HsSlice_New(Hs_None, stop, Hs_None) : NULL;
    r = sl != NULL ? HsObject_GetItem(lo, sl) : NULL;
    Hs_XDECREF(stop);
    Hs_XDECREF(sl);
done:
    Hs_DECREF(seq);
    return r;
}

/* Append to 'out' ('/' first when 'isabs') the components, other than '' and '.', that all
 * 'm' paths share at their start. Returns 0 or -1. */
static int common_components(PathArg *ps, Hs_ssize_t m, int isabs, Buf *out) {
    int rc = isabs ? buf_add(out, "/", 1) : 0;
    Hs_ssize_t *pos = hs_mem_raw_calloc((size_t)m, sizeof(Hs_ssize_t));
    if (pos == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    for (int first = 1; rc == 0; first = 0) {
        const char *c0 = NULL;
        Hs_ssize_t l0 = 0, k;
        for (k = 0; k < m; k++) {
            const char *s = ps[k].s;
            Hs_ssize_t n = ps[k].n, i = pos[k];
            for (;;) { /* the next component that is not '' or '.' */
                while (i < n && s[i] == '/') {
                    i++;
                }
                Hs_ssize_t j = i;
                while (j < n && s[j] != '/') {
                    j++;
                }
                if (j - i == 1 && s[i] == '.') {
                    i = j;
                    continue;
                }
                pos[k] = j;
                if (k == 0) {
                    c0 = s + i;
                    l0 = j - i;
                } else if (j - i != l0 || memcmp(s + i, c0, (size_t)l0) != 0) {
                    l0 = 0;
                }
                break;
            }
            if (l0 == 0) {
                break;
            }
        }
        if (k < m || l0 == 0) {
            break;
        }
        rc = (!first ? buf_add(out, "/", 1) : 0) | buf_add(out, c0, l0);
    }
    hs_mem_raw_free(pos);
    if (rc < 0) {
        hs_mem_raw_free(out->b);
        out->b = NULL;
    }
    return rc;
}

/* commonpath(paths): the longest common sub-path (CPython: posixpath.commonpath). */
static HsObject *pp_commonpath(HsObject *self, HsObject *arg) {
    (void)self;
    HsObject *seq = HsSequence_List(arg), *r = NULL;
    if (seq == NULL) {
        return NULL;
    }
    Hs_ssize_t m = Hs_SIZE(seq);
    PathArg *ps = m > 0 ? hs_mem_raw_malloc(sizeof(PathArg) * (size_t)m) : NULL;
    Hs_ssize_t got = 0;
    if (m == 0) {
        HsErr_SetString(HsExc_ValueError, "commonpath() arg is an empty sequence");
        goto done;
    }
    if (ps == NULL) {
        HsErr_NoMemory();
        goto done;
    }
    int isabs = -1;
    for (; got < m; got++) {
        if (path_get(HS_LIST_GET(seq, got), &ps[got]) < 0) {
            goto done;
        }
        if (ps[got].is_bytes != ps[0].is_bytes) {
            got++;
            HsErr_SetString(HsExc_TypeError, "Can't mix strings and bytes in path components");
            goto done;
        }
        int a = ps[got].n > 0 && ps[got].s[0] == '/';
        if (isabs >= 0 && a != isabs) {
            got++;
            HsErr_SetString(HsExc_ValueError, "Can't mix absolute and relative paths");
            goto done;
        }
        isabs = a;
    }
    Buf out = {NULL, 0, 0};
    if (common_components(ps, m, isabs, &out) < 0) {
        goto done;
    }
    r = buf_finish(&out, ps[0].is_bytes);
done:
    for (Hs_ssize_t k = 0; k < got; k++) {
        Hs_DECREF(ps[k].conv);
    }
    hs_mem_raw_free(ps);
    Hs_DECREF(seq);
    return r;
}

/* expanduser(path): ~ and ~user from $HOME and the password database. */
static HsObject *pp_expanduser(HsObject *self, HsObject *arg) {
    PathArg p;
    (void)self;
    if (path_get(arg, &p) < 0) {
        return NULL;
    }
    if (p.n == 0 || p.s[0] != '~') {
        return p.conv;
    }
    Hs_ssize_t i = 1;
    while (i < p.n && p.s[i] != '/') {
        i++;
    }
    const char *home = NULL;
    if (i == 1) {
        home = getenv("HOME");
        if (home == NULL) {
            struct passwd *pw = getpwuid(getuid());
            home = pw != NULL ? pw->pw_dir : NULL;
        }
    } else {
        char name[256];
        if (i - 1 < (Hs_ssize_t)sizeof name) {
            memcpy(name, p.s + 1, (size_t)(i - 1));
            name[i - 1] = '\0';
            struct passwd *pw = getpwnam(name);
            home = pw != NULL ? pw->pw_dir : NULL;
        }
    }
    if (home == NULL) {
        return p.conv;
    }
    Hs_ssize_t hn = (Hs_ssize_t)strlen(home);
    while (hn > 0 && home[hn - 1] == '/') {
        hn--;
    }
    Buf w = {NULL, 0, 0};
    if (buf_add(&w, home, hn) < 0 || buf_add(&w, p.s + i, p.n - i) < 0 ||
        (w.n == 0 && buf_add(&w, "/", 1) < 0)) {
        hs_mem_raw_free(w.b);
        Hs_DECREF(p.conv);
        return NULL;
    }
    int is_bytes = p.is_bytes;
    Hs_DECREF(p.conv);
    return buf_finish(&w, is_bytes);
}

/* expandvars(path): $name and ${name} replaced by os.environ's value when set (CPython:
 * posixpath.expandvars with its ASCII \w+ names); bytes paths read the C environment. */
static HsObject *pp_expandvars(HsObject *self, HsObject *arg) {
    PathArg p;
    Buf w = {NULL, 0, 0};
    (void)self;
    if (path_get(arg, &p) < 0) {
        return NULL;
    }
    if (memchr(p.s, '$', (size_t)p.n) == NULL) {
        return p.conv;
    }
    int rc = 0;
    for (Hs_ssize_t i = 0; rc == 0 && i < p.n;) {
        Hs_ssize_t start = -1, end = -1, j = i + 1;
        if (p.s[i] == '$' && j < p.n && p.s[j] == '{') {
            const char *close = memchr(p.s + j, '}', (size_t)(p.n - j));
            if (close != NULL) {
                start = j + 1, end = close - p.s;
            }
        } else if (p.s[i] == '$') {
            while (j < p.n && (p.s[j] == '_' || (p.s[j] >= '0' && p.s[j] <= '9') ||
                               ((p.s[j] | 0x20) >= 'a' && (p.s[j] | 0x20) <= 'z'))) {
                j++;
            }
            start = i + 1, end = j;
        }
        if (start < 0 || end == i + 1) {
            rc = buf_add(&w, p.s + i, 1);
            i++;
            continue;
        }
        Hs_ssize_t next = p.s[i + 1] == '{' ? end + 1 : end;
        HsObject *val = NULL;
        if (p.is_bytes) {
            char name[256];
            const char *v = NULL;
            if (end - start < (Hs_ssize_t)sizeof name) {
                memcpy(name, p.s + start, (size_t)(end - start));
                name[end - start] = '\0';
                v = getenv(name);
            }
            val = v != NULL ? HsBytes_FromString(v) : Hs_NewRef(Hs_None);
        } else {
            HsObject *key = HsUnicode_FromStringAndSize(p.s + start, end - start);
            val = key != NULL ? hs_os_environ_get(key, Hs_None) : NULL;
            Hs_XDECREF(key);
        }
        if (val == NULL) {
            rc = -1;
            break;
        }
        Hs_ssize_t vn = 0;
        const char *vs = val == Hs_None ? NULL
                         : p.is_bytes   ? HsBytes_AS_STRING(val)
                                        : HsUnicode_AsUTF8AndSize(val, &vn);
        if (vs != NULL && p.is_bytes) {
            vn = Hs_SIZE(val);
        }
        rc = vs != NULL ? buf_add(&w, vs, vn) : buf_add(&w, p.s + i, next - i);
        Hs_DECREF(val);
        i = next;
    }
    int is_bytes = p.is_bytes;
    Hs_DECREF(p.conv);
    if (rc < 0) {
        hs_mem_raw_free(w.b);
        return NULL;
    }
    return buf_finish(&w, is_bytes);
}

/* ==== stat-based functions ==== */

/* stat or lstat of 'arg': 1 with *st filled, 0 when the call failed (errno set) or the path
 * is unusable (embedded NUL), -1 with an exception for a bad argument type. */
static int try_stat(HsObject *arg, struct stat *st, int follow) {
    HsOsPath p;
    if (HsLong_Check(arg)) {
        long fd = HsLong_AsLong(arg);
        return fd == -1 && HsErr_Occurred() ? -1 : fstat((int)fd, st) == 0;
    }
    if (hs_os_path_arg_ex(follow ? "stat" : "lstat", NULL, follow, arg, &p) < 0) {
        if (!HsErr_ExceptionMatches(HsExc_ValueError)) {
            return -1;
        }
        HsErr_Clear(); /* embedded NUL: no such file */
        errno = EINVAL;
        return 0;
    }
    int ok = (follow ? stat(p.c, st) : lstat(p.c, st)) == 0;
    hs_os_path_release(&p);
    return ok;
}

enum { Q_EXISTS, Q_LEXISTS, Q_ISFILE, Q_ISDIR, Q_ISLINK };

static HsObject *query(HsObject *arg, int q) {
    struct stat st;
    int ok = try_stat(arg, &st, q != Q_LEXISTS && q != Q_ISLINK);
    if (ok < 0) {
        return NULL;
    }
    int r = ok && (q == Q_ISFILE ? S_ISREG(st.st_mode)
                   : q == Q_ISDIR ? S_ISDIR(st.st_mode)
                   : q == Q_ISLINK ? S_ISLNK(st.st_mode)
                                   : 1);
    return HsBool_FromLong(r);
}

#define QUERY(name, q)                                                                             \
    static HsObject *pp_##name(HsObject *self, HsObject *arg) {                                    \
        (void)self;                                                                                \
        return query(arg, q);                                                                      \
    }
QUERY(exists, Q_EXISTS)
QUERY(lexists, Q_LEXISTS)
QUERY(isfile, Q_ISFILE)
QUERY(isdir, Q_ISDIR)
QUERY(islink, Q_ISLINK)

enum { G_SIZE, G_MTIME, G_ATIME, G_CTIME };

/* getsize/getmtime/...: os.stat(path)'s field; errors raise as os.stat's. */
static HsObject *getter(HsObject *arg, int g) {
    struct stat st;
    int ok = try_stat(arg, &st, 1);
    if (ok < 0) {
        return NULL;
    }
    if (!ok) {
        return hs_os_error(errno, arg, NULL);
    }
    const struct timespec *t = g == G_MTIME   ? &st.st_mtim
                               : g == G_ATIME ? &st.st_atim
                                              : &st.st_ctim;
    if (g == G_SIZE) {
        return HsLong_FromLongLong((long long)st.st_size);
    }
    return HsFloat_FromDouble((double)t->tv_sec + (double)t->tv_nsec * 1e-9);
}

#define GETTER(name, g)                                                                            \
    static HsObject *pp_##name(HsObject *self, HsObject *arg) {                                    \
        (void)self;                                                                                \
        return getter(arg, g);                                                                     \
    }
GETTER(getsize, G_SIZE)
GETTER(getmtime, G_MTIME)
GETTER(getatime, G_ATIME)
GETTER(getctime, G_CTIME)

/* ==== module ==== */

#define O_ENTRY(name) {#name, HS_CFUNC(pp_##name), HS_METH_O, NULL}

static HsMethodDef posixpath_methods[] = {
    {"join", HS_CFUNC(pp_join), HS_METH_FASTCALL, NULL},
    {"realpath", HS_CFUNC(pp_realpath), HS_METH_FASTCALL | HS_METH_KEYWORDS, NULL},
    {"relpath", HS_CFUNC(pp_relpath), HS_METH_FASTCALL | HS_METH_KEYWORDS, NULL},
    O_ENTRY(split),        O_ENTRY(splitext),     O_ENTRY(basename),  O_ENTRY(dirname),
    O_ENTRY(splitdrive),   O_ENTRY(isabs),        O_ENTRY(normpath),  O_ENTRY(abspath),
    O_ENTRY(commonprefix), O_ENTRY(commonpath),   O_ENTRY(expanduser), O_ENTRY(exists),
    O_ENTRY(lexists),      O_ENTRY(isfile),       O_ENTRY(isdir),     O_ENTRY(islink),
    O_ENTRY(getsize),      O_ENTRY(getmtime),     O_ENTRY(getatime),  O_ENTRY(getctime),
    O_ENTRY(expandvars),
    {NULL, NULL, 0, NULL},
};

int hs_posixpath_init(HsObject **module_out) {
    HsObject *modules = hs_sys_get_object("modules");
    HsObject *m = modules != NULL ? HsDict_GetItemString(modules, "posixpath") : NULL;
    if (m != NULL) {
        *module_out = Hs_NewRef(m);
        return 0;
    }
    *module_out = NULL;
    static const char *const strs[][2] = {
        {"sep", "/"},    {"extsep", "."},     {"pathsep", ":"},  {"curdir", "."},
        {"pardir", ".."}, {"devnull", "/dev/null"}, {"defpath", "/bin:/usr/bin"},
    };
    m = HsModule_New("posixpath");
    if (m == NULL || HsModule_AddFunctions(m, posixpath_methods) < 0 ||
        HsModule_AddObjectRef(m, "altsep", Hs_None) < 0) {
        goto error;
    }
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        HsObject *s = HsUnicode_FromString(strs[i][1]);
        int rc = s == NULL ? -1 : HsModule_AddObjectRef(m, strs[i][0], s);
        Hs_XDECREF(s);
        if (rc < 0) {
            goto error;
        }
    }
    if (modules != NULL && HsDict_SetItemString(modules, "posixpath", m) < 0) {
        goto error;
    }
    *module_out = m;
    return 0;
error:
    Hs_XDECREF(m);
    return -1;
}
