/* The `os` module (CPython 3.11: Lib/os.py over Modules/posixmodule.c, reduced): the POSIX
 * calls a teaching interpreter needs -- process ids, the working directory, directory and
 * file operations (mkdir, makedirs, listdir, remove, rename, chmod, symlink, ...), stat() as
 * os.stat_result, low-level fds, environ/getenv/putenv (the mapping lives in os_environ.c),
 * walk/scandir (os_walk.c) -- and os.path, which is the `posixpath` module of ospath.c (also
 * entered in sys.modules as 'os.path').
 * Errors are CPython's: a failed call raises OSError(errno, strerror(errno), filename[, None,
 * filename2]), which OSError's constructor turns into FileNotFoundError etc.
 * os.stat_result is a structseq of 10 visible items (int times) with 9 hidden ones after
 * them (float and _ns times, st_blksize, st_blocks, st_rdev): ob_size is 10, the object
 * holds 19 slots, and its own dealloc/traverse cover all 19.
 * Every os_* function: arguments borrowed; Return: new reference, or NULL with an exception.
 */
#include "internal/hs_modules.h"
#include "internal/hs_gc.h"
#include "internal/hs_vm_gil.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

/* ==== errors and path arguments (shared with ospath.c and the io files) ==== */

HsObject *hs_os_error(int err, HsObject *filename, HsObject *filename2) {
    HsObject *args;
    if (filename2 != NULL) {
        args = HsTuple_Pack(5, HsLong_FromLong(err), HsUnicode_FromString(strerror(err)),
                            filename, Hs_None, filename2);
    } else if (filename != NULL) {
        args = HsTuple_Pack(3, HsLong_FromLong(err), HsUnicode_FromString(strerror(err)),
                            filename);
    } else {
        args = HsTuple_Pack(2, HsLong_FromLong(err), HsUnicode_FromString(strerror(err)));
    }
    if (args == NULL) {
        return NULL;
    }
    /* HsTuple_Pack took references to the two new objects: drop ours. */
    Hs_DECREF(HS_TUPLE_GET(args, 0));
    Hs_DECREF(HS_TUPLE_GET(args, 1));
    HsErr_SetObject(HsExc_OSError, args);
    Hs_DECREF(args);
    return NULL;
}

HsObject *hs_os_fspath(HsObject *o) {
    if (HsUnicode_Check(o) || HsBytes_Check(o)) {
        return Hs_NewRef(o);
    }
    HsObject *name = hs_builtins_name("__fspath__");
    HsObject *meth = name != NULL ? hs_type_lookup(Hs_TYPE(o), name) : NULL;
    if (meth == NULL) {
        return HsErr_Format(HsExc_TypeError,
                            "expected str, bytes or os.PathLike object, not %.200s",
                            Hs_TYPE(o)->tp_name);
    }
    HsObject *r = HsObject_CallMethodNoArgs(o, name);
    if (r != NULL && !HsUnicode_Check(r) && !HsBytes_Check(r)) {
        HsErr_Format(HsExc_TypeError,
                     "expected %.200s.__fspath__() to return str or bytes, not %.200s",
                     Hs_TYPE(o)->tp_name, Hs_TYPE(r)->tp_name);
        Hs_CLEAR(r);
    }
    return r;
}

int hs_os_path_arg(const char *fname, HsObject *o, HsOsPath *p) {
    return hs_os_path_arg_ex(fname, NULL, 0, o, p);
}

int hs_os_path_arg_ex(const char *fname, const char *argname, int allow, HsObject *o,
                      HsOsPath *p) {
    static const char *const accepted[] = {"string, bytes or os.PathLike",
                                           "string, bytes, os.PathLike or integer",
                                           "string, bytes, os.PathLike, integer or None"};
    p->obj = o;
    p->conv = NULL;
    p->c = NULL;
    if (!HsUnicode_Check(o) && !HsBytes_Check(o) &&
        hs_type_lookup(Hs_TYPE(o), hs_builtins_name("__fspath__")) == NULL) {
        HsErr_Format(HsExc_TypeError, "%s: %s should be %s, not %.200s", fname,
                     argname != NULL ? argname : "path", accepted[allow], Hs_TYPE(o)->tp_name);
        return -1;
    }
    if ((p->conv = hs_os_fspath(o)) == NULL) {
        return -1;
    }
    Hs_ssize_t n;
    if (HsUnicode_Check(p->conv)) {
        p->c = HsUnicode_AsUTF8AndSize(p->conv, &n);
    } else {
        p->c = HsBytes_AS_STRING(p->conv);
        n = Hs_SIZE(p->conv);
    }
    if (p->c == NULL) {
        Hs_CLEAR(p->conv);
        return -1;
    }
    p->is_bytes = HsBytes_Check(p->conv);
    if ((Hs_ssize_t)strlen(p->c) != n) {
        HsErr_SetString(HsExc_ValueError, "embedded null byte");
        Hs_CLEAR(p->conv);
        return -1;
    }
    return 0;
}

void hs_os_path_release(HsOsPath *p) {
    Hs_CLEAR(p->conv);
}

/* ==== stat_result ==== */

#define STAT_VISIBLE 10
#define STAT_ALL 19
#define SR_FIELD(name, i) {name, hs_structseq_get, NULL, NULL, (void *)(intptr_t)(i)}

/* The visible fields in order (their names label the repr), then the hidden ones; the
 * float times are the attributes st_atime/st_mtime/st_ctime (slots 10-12). */
static HsGetSetDef stat_fields[] = {
    SR_FIELD("st_mode", 0),       SR_FIELD("st_ino", 1),        SR_FIELD("st_dev", 2),
    SR_FIELD("st_nlink", 3),      SR_FIELD("st_uid", 4),        SR_FIELD("st_gid", 5),
    SR_FIELD("st_size", 6),       SR_FIELD("st_atime", 10),     SR_FIELD("st_mtime", 11),
    SR_FIELD("st_ctime", 12),     SR_FIELD("st_atime_ns", 13),  SR_FIELD("st_mtime_ns", 14),
    SR_FIELD("st_ctime_ns", 15),  SR_FIELD("st_blksize", 16),   SR_FIELD("st_blocks", 17),
    SR_FIELD("st_rdev", 18),      {NULL, NULL, NULL, NULL, NULL},
};

static void stat_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    for (Hs_ssize_t i = 0; i < STAT_ALL; i++) {
        Hs_XDECREF(HS_TUPLE_GET(op, i));
    }
    hs_gc_free(op);
}

static int stat_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    for (Hs_ssize_t i = 0; i < STAT_ALL; i++) {
        HsObject *v = HS_TUPLE_GET(op, i);
        if (v != NULL && visit(v, arg) < 0) {
            return -1;
        }
    }
    return 0;
}

static HsTypeObject stat_result_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "os.stat_result",
    .tp_basicsize = offsetof(HsTupleObject, ob_item),
    .tp_itemsize = sizeof(HsObject *),
    .tp_dealloc = stat_dealloc,
    .tp_repr = hs_structseq_repr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_TUPLE_SUBCLASS,
    .tp_traverse = stat_traverse,
    .tp_getset = stat_fields,
    .tp_base = &HsTuple_Type,
    .tp_new = hs_structseq_no_new,
};

static HsObject *time_float(const struct timespec *ts) {
    return HsFloat_FromDouble((double)ts->tv_sec + (double)ts->tv_nsec * 1e-9);
}

static HsObject *time_ns(const struct timespec *ts) {
    return HsLong_FromLongLong((long long)ts->tv_sec * 1000000000LL + ts->tv_nsec);
}

HsObject *hs_os_stat_result(const struct stat *st) {
    HsObject *v[STAT_ALL] = {
        HsLong_FromLong((long)st->st_mode),
        HsLong_FromUnsignedLongLong((unsigned long long)st->st_ino),
        HsLong_FromUnsignedLongLong((unsigned long long)st->st_dev),
        HsLong_FromLong((long)st->st_nlink),
        HsLong_FromLong((long)st->st_uid),
        HsLong_FromLong((long)st->st_gid),
        HsLong_FromLongLong((long long)st->st_size),
        HsLong_FromLongLong((long long)st->st_atim.tv_sec),
        HsLong_FromLongLong((long long)st->st_mtim.tv_sec),
        HsLong_FromLongLong((long long)st->st_ctim.tv_sec),
        time_float(&st->st_atim),
        time_float(&st->st_mtim),
        time_float(&st->st_ctim),
        time_ns(&st->st_atim),
        time_ns(&st->st_mtim),
        time_ns(&st->st_ctim),
        HsLong_FromLong((long)st->st_blksize),
        HsLong_FromLongLong((long long)st->st_blocks),
        HsLong_FromUnsignedLongLong((unsigned long long)st->st_rdev),
    };
    HsObject *op = NULL;
    for (int i = 0; i < STAT_ALL; i++) {
        if (v[i] == NULL) {
            goto error;
        }
    }
    if (HsType_Ready(&stat_result_type) < 0 ||
        (op = HsType_GenericAlloc(&stat_result_type, STAT_ALL)) == NULL) {
        goto error;
    }
    for (int i = 0; i < STAT_ALL; i++) {
        HS_TUPLE_SET(op, i, v[i]);
    }
    Hs_SIZE(op) = STAT_VISIBLE;
    return op;
error:
    for (int i = 0; i < STAT_ALL; i++) {
        Hs_XDECREF(v[i]);
    }
    return NULL;
}

/* stat/lstat(path, *, dir_fd=None, follow_symlinks=True). */
static HsObject *do_stat(const char *fname, HsObject *const *args, Hs_ssize_t nargs,
                         HsObject *kwnames, int follow) {
    static const char *const kw[] = {"path", "dir_fd", "follow_symlinks", NULL};
    HsArgParser parser = {fname, kw};
    HsObject *a[3] = {NULL, NULL, NULL};
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 1, 1, a) < 0) {
        return NULL;
    }
    if (a[2] != NULL) {
        int t = HsObject_IsTrue(a[2]);
        if (t < 0) {
            return NULL;
        }
        follow = follow && t;
    }
    struct stat st;
    int rc;
    HsOsPath p;
    if (HsLong_Check(a[0])) {
        rc = fstat((int)HsLong_AsLong(a[0]), &st);
        p.obj = NULL;
    } else {
        if (hs_os_path_arg_ex(fname, NULL, fname[0] == 's', a[0], &p) < 0) {
            return NULL;
        }
        rc = follow ? stat(p.c, &st) : lstat(p.c, &st);
        hs_os_path_release(&p);
    }
    if (rc != 0) {
        return hs_os_error(errno, p.obj, NULL);
    }
    return hs_os_stat_result(&st);
}

static HsObject *os_stat(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                         HsObject *kwnames) {
    (void)self;
    return do_stat("stat", args, nargs, kwnames, 1);
}

static HsObject *os_lstat(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                          HsObject *kwnames) {
    (void)self;
    return do_stat("lstat", args, nargs, kwnames, 0);
}

/* ==== one-path calls ==== */

enum { OP_REMOVE, OP_UNLINK, OP_RMDIR, OP_CHDIR };

/* remove/unlink/rmdir/chdir(path): one POSIX call on one path. */
static HsObject *one_path(int op, HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames) {
    static const char *const names[] = {"remove", "unlink", "rmdir", "chdir"};
    static const char *const kw[] = {"path", "dir_fd", NULL};
    HsArgParser parser = {names[op], kw};
    HsObject *a[2] = {NULL, NULL};
    HsOsPath p;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 1, 1, a) < 0 ||
        hs_os_path_arg_ex(names[op], NULL, op == OP_CHDIR, a[0], &p) < 0) {
        return NULL;
    }
    int rc = op == OP_RMDIR ? rmdir(p.c) : op == OP_CHDIR ? chdir(p.c) : unlink(p.c);
    hs_os_path_release(&p);
    if (rc != 0) {
        return hs_os_error(errno, a[0], NULL);
    }
    Hs_RETURN_NONE;
}

#define ONE_PATH(name, op)                                                                         \
    static HsObject *os_##name(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,            \
                               HsObject *kwnames) {                                                \
        (void)self;                                                                                \
        return one_path(op, args, nargs, kwnames);                                                 \
    }
ONE_PATH(remove, OP_REMOVE)
ONE_PATH(unlink, OP_UNLINK)
ONE_PATH(rmdir, OP_RMDIR)
ONE_PATH(chdir, OP_CHDIR)

/* mkdir(path, mode=0o777, *, dir_fd=None) */
static HsObject *os_mkdir(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                          HsObject *kwnames) {
    static const char *const kw[] = {"path", "mode", "dir_fd", NULL};
    static const HsArgParser parser = {"mkdir", kw};
    HsObject *a[3] = {NULL, NULL, NULL};
    HsOsPath p;
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 2, 1, a) < 0) {
        return NULL;
    }
    long mode = a[1] != NULL ? HsLong_AsLong(a[1]) : 0777;
    if ((mode == -1 && HsErr_Occurred()) || hs_os_path_arg("mkdir", a[0], &p) < 0) {
        return NULL;
    }
    int rc = mkdir(p.c, (mode_t)mode);
    hs_os_path_release(&p);
    if (rc != 0) {
        return hs_os_error(errno, a[0], NULL);
    }
    Hs_RETURN_NONE;
}

/* makedirs(name, mode=0o777, exist_ok=False) (CPython: os.makedirs): make each missing
 * parent, then the leaf; an existing leaf is an error unless exist_ok and a directory. */
static HsObject *os_makedirs(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                             HsObject *kwnames) {
    static const char *const kw[] = {"name", "mode", "exist_ok", NULL};
    static const HsArgParser parser = {"makedirs", kw};
    HsObject *a[3] = {NULL, NULL, NULL};
    HsOsPath p;
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 3, 1, a) < 0) {
        return NULL;
    }
    long mode = a[1] != NULL ? HsLong_AsLong(a[1]) : 0777;
    int exist_ok = a[2] != NULL ? HsObject_IsTrue(a[2]) : 0;
    HsObject *fs = mode == -1 && HsErr_Occurred() ? NULL : hs_os_fspath(a[0]);
    Hs_XDECREF(fs);
    if (fs == NULL || exist_ok < 0 || hs_os_path_arg("makedirs", a[0], &p) < 0) {
        return NULL;
    }
    size_t n = strlen(p.c);
    char *buf = hs_mem_raw_malloc(n + 1);
    if (buf == NULL) {
        hs_os_path_release(&p);
        return HsErr_NoMemory();
    }
    memcpy(buf, p.c, n + 1);
    hs_os_path_release(&p);
    while (n > 1 && buf[n - 1] == '/') {
        buf[--n] = '\0'; /* a trailing slash names the same directory */
    }
    for (size_t i = 1; i < n; i++) {
        if (buf[i] == '/' && buf[i - 1] != '/') {
            buf[i] = '\0';
            struct stat st;
            if (stat(buf, &st) != 0) {
                (void)mkdir(buf, (mode_t)0777);
            }
            buf[i] = '/';
        }
    }
    struct stat st;
    int rc = mkdir(buf, (mode_t)mode), err = errno;
    if (rc != 0 && err == EEXIST && exist_ok && stat(buf, &st) == 0 && S_ISDIR(st.st_mode)) {
        rc = 0;
    }
    hs_mem_raw_free(buf);
    if (rc != 0) {
        return hs_os_error(err, a[0], NULL);
    }
    Hs_RETURN_NONE;
}

/* rename/replace(src, dst): rename(2) replaces on POSIX either way. */
static HsObject *do_rename(const char *fname, HsObject *const *args, Hs_ssize_t nargs,
                           HsObject *kwnames) {
    static const char *const kw[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", NULL};
    HsArgParser parser = {fname, kw};
    HsObject *a[4] = {NULL, NULL, NULL, NULL};
    HsOsPath s, d;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 2, 2, 2, a) < 0 ||
        hs_os_path_arg_ex(fname, "src", 0, a[0], &s) < 0) {
        return NULL;
    }
    if (hs_os_path_arg_ex(fname, "dst", 0, a[1], &d) < 0) {
        hs_os_path_release(&s);
        return NULL;
    }
    int rc = rename(s.c, d.c);
    hs_os_path_release(&s);
    hs_os_path_release(&d);
    if (rc != 0) {
        return hs_os_error(errno, a[0], a[1]);
    }
    Hs_RETURN_NONE;
}

static HsObject *os_rename(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                           HsObject *kwnames) {
    (void)self;
    return do_rename("rename", args, nargs, kwnames);
}

static HsObject *os_replace(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                            HsObject *kwnames) {
    (void)self;
    return do_rename("replace", args, nargs, kwnames);
}

/* chmod(path, mode, *, dir_fd=None, follow_symlinks=True) */
static HsObject *os_chmod(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                          HsObject *kwnames) {
    static const char *const kw[] = {"path", "mode", "dir_fd", "follow_symlinks", NULL};
    static const HsArgParser parser = {"chmod", kw};
    HsObject *a[4] = {NULL, NULL, NULL, NULL};
    HsOsPath p;
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 2, 2, 2, a) < 0) {
        return NULL;
    }
    long mode = HsLong_AsLong(a[1]);
    if ((mode == -1 && HsErr_Occurred()) || hs_os_path_arg_ex("chmod", NULL, 1, a[0], &p) < 0) {
        return NULL;
    }
    int rc = chmod(p.c, (mode_t)mode);
    hs_os_path_release(&p);
    if (rc != 0) {
        return hs_os_error(errno, a[0], NULL);
    }
    Hs_RETURN_NONE;
}

/* symlink(src, dst, target_is_directory=False, *, dir_fd=None) */
static HsObject *os_symlink(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                            HsObject *kwnames) {
    static const char *const kw[] = {"src", "dst", "target_is_directory", "dir_fd", NULL};
    static const HsArgParser parser = {"symlink", kw};
    HsObject *a[4] = {NULL, NULL, NULL, NULL};
    HsOsPath s, d;
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 2, 3, 2, a) < 0 ||
        hs_os_path_arg_ex("symlink", "src", 0, a[0], &s) < 0) {
        return NULL;
    }
    if (hs_os_path_arg_ex("symlink", "dst", 0, a[1], &d) < 0) {
        hs_os_path_release(&s);
        return NULL;
    }
    int rc = symlink(s.c, d.c);
    hs_os_path_release(&s);
    hs_os_path_release(&d);
    if (rc != 0) {
        return hs_os_error(errno, a[0], a[1]);
    }
    Hs_RETURN_NONE;
}

/* readlink(path, *, dir_fd=None): the link's target, str or bytes as the path. */
static HsObject *os_readlink(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                             HsObject *kwnames) {
    static const char *const kw[] = {"path", "dir_fd", NULL};
    static const HsArgParser parser = {"readlink", kw};
    HsObject *a[2] = {NULL, NULL};
    HsOsPath p;
    char buf[4096];
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 1, 1, a) < 0 ||
        hs_os_path_arg("readlink", a[0], &p) < 0) {
        return NULL;
    }
    ssize_t n = readlink(p.c, buf, sizeof buf);
    int err = errno, is_bytes = p.is_bytes;
    hs_os_path_release(&p);
    if (n < 0) {
        return hs_os_error(err, a[0], NULL);
    }
    return is_bytes ? HsBytes_FromStringAndSize(buf, n)
                    : hs_codecs_decode(buf, n, NULL, NULL, "surrogateescape");
}

/* ==== directories ==== */

/* getcwd() / getcwdb(). */
static HsObject *cwd(int as_bytes) {
    for (size_t cap = 256;; cap *= 2) {
        char *buf = hs_mem_raw_malloc(cap);
        if (buf == NULL) {
            return HsErr_NoMemory();
        }
        if (getcwd(buf, cap) != NULL) {
            HsObject *r = as_bytes ? HsBytes_FromString(buf)
                                   : hs_codecs_decode(buf, (Hs_ssize_t)strlen(buf), NULL, NULL,
                                                      "surrogateescape");
            hs_mem_raw_free(buf);
            return r;
        }
        int err = errno;
        hs_mem_raw_free(buf);
        if (err != ERANGE) {
            return hs_os_error(err, NULL, NULL);
        }
    }
}

static HsObject *os_getcwd(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return cwd(0);
}

static HsObject *os_getcwdb(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return cwd(1);
}

/* listdir(path='.'): the names in readdir order without '.' and '..'; bytes for a bytes
 * path. */
static HsObject *os_listdir(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                            HsObject *kwnames) {
    static const char *const kw[] = {"path", NULL};
    static const HsArgParser parser = {"listdir", kw};
    HsObject *a[1] = {NULL};
    HsOsPath p = {NULL, NULL, ".", 0};
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 1, 0, a) < 0 ||
        (a[0] != NULL && a[0] != Hs_None && hs_os_path_arg_ex("listdir", NULL, 2, a[0], &p) < 0)) {
        return NULL;
    }
    DIR *dir = opendir(p.c);
    if (dir == NULL) {
        int err = errno;
        hs_os_path_release(&p);
        return hs_os_error(err, a[0] != NULL && a[0] != Hs_None ? a[0] : NULL, NULL);
    }
    HsObject *list = HsList_New(0);
    struct dirent *e;
    while (list != NULL && (e = readdir(dir)) != NULL) {
        const char *n = e->d_name;
        if (strcmp(n, ".") == 0 || strcmp(n, "..") == 0) {
            continue;
        }
        HsObject *name = p.is_bytes ? HsBytes_FromString(n)
                                    : hs_codecs_decode(n, (Hs_ssize_t)strlen(n), NULL, NULL,
                                                       "surrogateescape");
        if (name == NULL || HsList_Append(list, name) < 0) {
            Hs_CLEAR(list);
        }
        Hs_XDECREF(name);
    }
    closedir(dir);
    hs_os_path_release(&p);
    return list;
}

/* ==== process, environment and misc ==== */

static HsObject *os_getpid(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsLong_FromLong((long)getpid());
}

static HsObject *os_getppid(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsLong_FromLong((long)getppid());
}

static HsObject *os_getuid(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsLong_FromLong((long)getuid());
}

static HsObject *os_cpu_count(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) {
        Hs_RETURN_NONE;
    }
    return HsLong_FromLong(n);
}

static HsObject *os_strerror(HsObject *self, HsObject *arg) {
    (void)self;
    long code = HsLong_AsLong(arg);
    if (code == -1 && HsErr_Occurred()) {
        return NULL;
    }
    return HsUnicode_FromString(strerror((int)code));
}

static HsObject *os_fspath(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                           HsObject *kwnames) {
    static const char *const kw[] = {"path", NULL};
    static const HsArgParser parser = {"fspath", kw};
    HsObject *a[1] = {NULL};
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 1, 1, a) < 0) {
        return NULL;
    }
    return hs_os_fspath(a[0]);
}

static HsObject *os_urandom(HsObject *self, HsObject *arg) {
    (void)self;
    Hs_ssize_t n = HsNumber_AsSsize_t(arg, HsExc_OverflowError);
    if (n == -1 && HsErr_Occurred()) {
        return NULL;
    }
    if (n < 0) {
        HsErr_SetString(HsExc_ValueError, "negative argument not allowed");
        return NULL;
    }
    HsObject *b = HsBytes_FromStringAndSize(NULL, n);
    if (b == NULL) {
        return NULL;
    }
    for (Hs_ssize_t got = 0; got < n;) {
        ssize_t r = getrandom(HsBytes_AS_STRING(b) + got, (size_t)(n - got), 0);
        if (r < 0 && errno != EINTR) {
            Hs_DECREF(b);
            return hs_os_error(errno, NULL, NULL);
        }
        got += r > 0 ? r : 0;
    }
    return b;
}

/* putenv(name, value) / unsetenv(name), without touching os.environ (as CPython). */
static int env_name(HsObject *o, const char **out) {
    if (!HsUnicode_Check(o)) {
        HsErr_Format(HsExc_TypeError, "str expected, not %.200s", Hs_TYPE(o)->tp_name);
        return -1;
    }
    *out = HsUnicode_AsUTF8(o);
    if (*out == NULL) {
        return -1;
    }
    if ((*out)[0] == '\0' || strchr(*out, '=') != NULL) {
        HsErr_SetString(HsExc_ValueError, "illegal environment variable name");
        return -1;
    }
    return 0;
}

static HsObject *os_putenv(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    const char *name, *value;
    (void)self;
    if (hs_arg_check_positional("putenv", nargs, 2, 2) < 0 || env_name(args[0], &name) < 0) {
        return NULL;
    }
    if (!HsUnicode_Check(args[1])) {
        return HsErr_Format(HsExc_TypeError, "str expected, not %.200s",
                            Hs_TYPE(args[1])->tp_name);
    }
    if ((value = HsUnicode_AsUTF8(args[1])) == NULL) {
        return NULL;
    }
    if (setenv(name, value, 1) != 0) {
        return hs_os_error(errno, NULL, NULL);
    }
    Hs_RETURN_NONE;
}

static HsObject *os_unsetenv(HsObject *self, HsObject *arg) {
    const char *name;
    (void)self;
    if (env_name(arg, &name) < 0) {
        return NULL;
    }
    if (unsetenv(name) != 0) {
        return hs_os_error(errno, NULL, NULL);
    }
    Hs_RETURN_NONE;
}

/* getenv(key, default=None): os.environ.get(key, default). */
static HsObject *os_getenv(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                           HsObject *kwnames) {
    static const char *const kw[] = {"key", "default", NULL};
    static const HsArgParser parser = {"getenv", kw};
    HsObject *a[2] = {NULL, NULL};
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 2, 1, a) < 0) {
        return NULL;
    }
    return hs_os_environ_get(a[0], a[1] != NULL ? a[1] : Hs_None);
}

/* ==== file descriptors ==== */

/* open(path, flags, mode=0o777, *, dir_fd=None): the fd. */
static HsObject *os_open(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                         HsObject *kwnames) {
    static const char *const kw[] = {"path", "flags", "mode", "dir_fd", NULL};
    static const HsArgParser parser = {"open", kw};
    HsObject *a[4] = {NULL, NULL, NULL, NULL};
    HsOsPath p;
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 2, 3, 2, a) < 0) {
        return NULL;
    }
    long flags = HsLong_AsLong(a[1]);
    long mode = a[2] != NULL ? HsLong_AsLong(a[2]) : 0777;
    if (HsErr_Occurred() || hs_os_path_arg("open", a[0], &p) < 0) {
        return NULL;
    }
    int fd;
    do {
        fd = open(p.c, (int)flags | O_CLOEXEC, (mode_t)mode);
    } while (fd < 0 && errno == EINTR);
    hs_os_path_release(&p);
    if (fd < 0) {
        return hs_os_error(errno, a[0], NULL);
    }
    return HsLong_FromLong(fd);
}

/* The int fd of argument 'o'. Returns 0 or -1. */
static int fd_arg(HsObject *o, int *fd) {
    long v = HsLong_AsLong(o);
    if (v == -1 && HsErr_Occurred()) {
        return -1;
    }
    *fd = (int)v;
    return 0;
}

static HsObject *os_close(HsObject *self, HsObject *arg) {
    int fd;
    (void)self;
    if (fd_arg(arg, &fd) < 0) {
        return NULL;
    }
    if (close(fd) != 0) {
        return hs_os_error(errno, NULL, NULL);
    }
    Hs_RETURN_NONE;
}

static HsObject *os_read(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    int fd;
    (void)self;
    if (hs_arg_check_positional("read", nargs, 2, 2) < 0 || fd_arg(args[0], &fd) < 0) {
        return NULL;
    }
    Hs_ssize_t n = HsNumber_AsSsize_t(args[1], HsExc_OverflowError);
    if (n == -1 && HsErr_Occurred()) {
        return NULL;
    }
    if (n < 0) {
        return hs_os_error(EINVAL, NULL, NULL);
    }
    HsObject *b = HsBytes_FromStringAndSize(NULL, n);
    if (b == NULL) {
        return NULL;
    }
    ssize_t r;
    char *dst = HsBytes_AS_STRING(b); /* not shared yet: filled without the GIL */
    int err;
    HS_BEGIN_ALLOW_THREADS
    do {
        r = read(fd, dst, (size_t)n);
    } while (r < 0 && errno == EINTR);
    err = errno;
    HS_END_ALLOW_THREADS
    errno = err;
    if (r < 0) {
        Hs_DECREF(b);
        return hs_os_error(errno, NULL, NULL);
    }
    if (r == n) {
        return b;
    }
    HsObject *s = HsBytes_FromStringAndSize(HsBytes_AS_STRING(b), r);
    Hs_DECREF(b);
    return s;
}

static HsObject *os_write(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    int fd;
    const char *buf;
    Hs_ssize_t len;
    (void)self;
    if (hs_arg_check_positional("write", nargs, 2, 2) < 0 || fd_arg(args[0], &fd) < 0 ||
        hs_bytes_view(args[1], &buf, &len) < 0) {
        return NULL;
    }
    ssize_t w;
    do {
        w = write(fd, buf, (size_t)len);
    } while (w < 0 && errno == EINTR);
    if (w < 0) {
        return hs_os_error(errno, NULL, NULL);
    }
    return HsLong_FromSsize_t(w);
}

static HsObject *os_lseek(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    int fd, how;
    (void)self;
    if (hs_arg_check_positional("lseek", nargs, 3, 3) < 0 || fd_arg(args[0], &fd) < 0 ||
        fd_arg(args[2], &how) < 0) {
        return NULL;
    }
    long long pos = (long long)HsNumber_AsSsize_t(args[1], HsExc_OverflowError);
    if (pos == -1 && HsErr_Occurred()) {
        return NULL;
    }
    off_t r = lseek(fd, (off_t)pos, how);
    if (r < 0) {
        return hs_os_error(errno, NULL, NULL);
    }
    return HsLong_FromLongLong((long long)r);
}

static HsObject *os_isatty(HsObject *self, HsObject *arg) {
    int fd;
    (void)self;
    if (fd_arg(arg, &fd) < 0) {
        return NULL;
    }
    return HsBool_FromLong(isatty(fd));
}

/* access(path, mode): True when the real user may. */
static HsObject *os_access(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                           HsObject *kwnames) {
    static const char *const kw[] = {"path", "mode", "dir_fd", "effective_ids",
                                     "follow_symlinks", NULL};
    static const HsArgParser parser = {"access", kw};
    HsObject *a[5] = {NULL, NULL, NULL, NULL, NULL};
    HsOsPath p;
    int mode;
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 2, 2, 2, a) < 0 ||
        fd_arg(a[1], &mode) < 0 || hs_os_path_arg("access", a[0], &p) < 0) {
        return NULL;
    }
    int ok = access(p.c, mode) == 0;
    hs_os_path_release(&p);
    return HsBool_FromLong(ok);
}

static HsObject *os_getgid(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsLong_FromLong((long)getgid());
}

/* fstat(fd) */
static HsObject *os_fstat(HsObject *self, HsObject *arg) {
    int fd;
    struct stat st;
    (void)self;
    if (fd_arg(arg, &fd) < 0) {
        return NULL;
    }
    if (fstat(fd, &st) != 0) {
        return hs_os_error(errno, NULL, NULL);
    }
    return hs_os_stat_result(&st);
}

/* system(command): the wait status of `/bin/sh -c command`, as system(3). */
static HsObject *os_system(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                           HsObject *kwnames) {
    static const char *const kw[] = {"command", NULL};
    static const HsArgParser parser = {"system", kw};
    HsObject *a[1] = {NULL};
    HsOsPath p;
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 1, 1, a) < 0 ||
        hs_os_path_arg("system", a[0], &p) < 0) {
        return NULL;
    }
    int status;
    HS_BEGIN_ALLOW_THREADS /* other threads run while the command does */
    status = system(p.c);
    HS_END_ALLOW_THREADS
    hs_os_path_release(&p);
    return HsLong_FromLong(status);
}

/* pipe(): (read_fd, write_fd), both non-inheritable. */
static HsObject *os_pipe(HsObject *self, HsObject *unused) {
    int fds[2];
    (void)self;
    (void)unused;
    if (pipe2(fds, O_CLOEXEC) != 0) {
        return hs_os_error(errno, NULL, NULL);
    }
    HsObject *r = HsLong_FromLong(fds[0]), *w = HsLong_FromLong(fds[1]);
    HsObject *t = r != NULL && w != NULL ? HsTuple_Pack(2, r, w) : NULL;
    Hs_XDECREF(r);
    Hs_XDECREF(w);
    return t;
}

/* ==== terminal size ==== */

static HsGetSetDef termsize_fields[] = {
    SR_FIELD("columns", 0), SR_FIELD("lines", 1), {NULL, NULL, NULL, NULL, NULL},
};

static HsTypeObject terminal_size_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "os.terminal_size",
    .tp_basicsize = offsetof(HsTupleObject, ob_item),
    .tp_itemsize = sizeof(HsObject *),
    .tp_dealloc = hs_structseq_dealloc,
    .tp_repr = hs_structseq_repr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_TUPLE_SUBCLASS,
    .tp_traverse = hs_structseq_traverse,
    .tp_getset = termsize_fields,
    .tp_base = &HsTuple_Type,
    .tp_new = hs_structseq_no_new,
};

/* get_terminal_size(fd=1): os.terminal_size(columns, lines) from TIOCGWINSZ. */
static HsObject *os_get_terminal_size(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    int fd = 1;
    (void)self;
    if (hs_arg_check_positional("get_terminal_size", nargs, 0, 1) < 0 ||
        (nargs == 1 && fd_arg(args[0], &fd) < 0)) {
        return NULL;
    }
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) != 0) {
        return hs_os_error(errno, NULL, NULL);
    }
    HsObject *items[2] = {HsLong_FromLong(w.ws_col), HsLong_FromLong(w.ws_row)};
    return hs_structseq_new(&terminal_size_type, 2, items);
}

/* ==== module ==== */

#define KW_ENTRY(name) {#name, HS_CFUNC(os_##name), HS_METH_FASTCALL | HS_METH_KEYWORDS, NULL}
#define NOARGS_ENTRY(name) {#name, HS_CFUNC(os_##name), HS_METH_NOARGS, NULL}
#define O_ENTRY(name) {#name, HS_CFUNC(os_##name), HS_METH_O, NULL}
#define FAST_ENTRY(name) {#name, HS_CFUNC(os_##name), HS_METH_FASTCALL, NULL}

static HsMethodDef os_methods[] = {
    KW_ENTRY(stat),        KW_ENTRY(lstat),     KW_ENTRY(remove),     KW_ENTRY(unlink),
    KW_ENTRY(rmdir),       KW_ENTRY(chdir),     KW_ENTRY(mkdir),      KW_ENTRY(makedirs),
    KW_ENTRY(rename),      KW_ENTRY(replace),   KW_ENTRY(listdir),    KW_ENTRY(fspath),
    KW_ENTRY(getenv),      KW_ENTRY(open),      KW_ENTRY(access),     NOARGS_ENTRY(getcwd),
    KW_ENTRY(chmod),       KW_ENTRY(symlink),   KW_ENTRY(readlink),   KW_ENTRY(system),
    NOARGS_ENTRY(getgid),  O_ENTRY(fstat),      NOARGS_ENTRY(pipe),
    NOARGS_ENTRY(getcwdb), NOARGS_ENTRY(getpid), NOARGS_ENTRY(getppid), NOARGS_ENTRY(getuid),
    NOARGS_ENTRY(cpu_count), O_ENTRY(strerror), O_ENTRY(urandom),     O_ENTRY(unsetenv),
    O_ENTRY(close),        O_ENTRY(isatty),     FAST_ENTRY(putenv),   FAST_ENTRY(read),
    FAST_ENTRY(write),     FAST_ENTRY(lseek),   FAST_ENTRY(get_terminal_size),
    {"scandir", HS_CFUNC(hs_os_scandir), HS_METH_FASTCALL | HS_METH_KEYWORDS, NULL},
    {"walk", HS_CFUNC(hs_os_walk), HS_METH_FASTCALL | HS_METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

/* Add the str constants, the int constants and the types to 'm'. Returns 0 or -1. */
static int add_constants(HsObject *m) {
    static const char *const strs[][2] = {
        {"name", "posix"}, {"sep", "/"},     {"extsep", "."},     {"pathsep", ":"},
        {"linesep", "\n"}, {"curdir", "."},  {"pardir", ".."},    {"devnull", "/dev/null"},
        {"defpath", "/bin:/usr/bin"},
    };
    static const struct {
        const char *name;
        long value;
    } ints[] = {
        {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
        {"O_APPEND", O_APPEND}, {"O_CREAT", O_CREAT},   {"O_EXCL", O_EXCL},
        {"O_TRUNC", O_TRUNC},   {"O_CLOEXEC", O_CLOEXEC}, {"SEEK_SET", SEEK_SET},
        {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END}, {"F_OK", F_OK},
        {"R_OK", R_OK},         {"W_OK", W_OK},         {"X_OK", X_OK},
    };
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        HsObject *s = HsUnicode_FromString(strs[i][1]);
        int rc = s == NULL ? -1 : HsModule_AddObjectRef(m, strs[i][0], s);
        Hs_XDECREF(s);
        if (rc < 0) {
            return -1;
        }
    }
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        HsObject *v = HsLong_FromLong(ints[i].value);
        int rc = v == NULL ? -1 : HsModule_AddObjectRef(m, ints[i].name, v);
        Hs_XDECREF(v);
        if (rc < 0) {
            return -1;
        }
    }
    return HsModule_AddObjectRef(m, "altsep", Hs_None) < 0 ||
                   HsModule_AddObjectRef(m, "error", HsExc_OSError) < 0 ||
                   HsModule_AddObjectRef(m, "stat_result", (HsObject *)&stat_result_type) < 0 ||
                   HsModule_AddObjectRef(m, "terminal_size",
                                         (HsObject *)&terminal_size_type) < 0
               ? -1
               : 0;
}

int hs_osmodule_init(HsObject **module_out) {
    *module_out = NULL;
    if (HsType_Ready(&stat_result_type) < 0 || HsType_Ready(&terminal_size_type) < 0) {
        return -1;
    }
    HsObject *m = HsModule_New("os");
    HsObject *path = NULL, *env = NULL;
    if (m == NULL || HsModule_AddFunctions(m, os_methods) < 0 || add_constants(m) < 0 ||
        (env = hs_os_environ_object()) == NULL || HsModule_AddObjectRef(m, "environ", env) < 0 ||
        hs_posixpath_init(&path) < 0 || HsModule_AddObjectRef(m, "path", path) < 0) {
        goto error;
    }
    HsObject *modules = hs_sys_get_object("modules");
    if (modules != NULL && HsDict_SetItemString(modules, "os.path", path) < 0) {
        goto error;
    }
    if (hs_vm_exec_frozen("_os_py", HS_MODULE_DICT(m)) < 0) { /* PathLike */
        goto error;
    }
    Hs_DECREF(path);
    Hs_DECREF(env);
    *module_out = m;
    return 0;
error:
    Hs_XDECREF(path);
    Hs_XDECREF(env);
    Hs_XDECREF(m);
    return -1;
}
