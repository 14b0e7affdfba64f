/* os.scandir and os.walk (CPython 3.11: Modules/posixmodule.c's ScandirIterator and DirEntry,
 * Lib/os.py's walk). scandir reads the whole directory when called and hands out
 * posix.DirEntry objects (name, path, is_dir/is_file/is_symlink from d_type, with stat(2) when
 * the type is unknown or a link is followed; stat(); inode(); __fspath__). walk is an
 * iterator object ('os.walk') with an explicit stack of directories instead of CPython's
 * recursive generator; it visits in the same order: top-down (the default) yields a
 * directory before descending into the names left in the yielded 'dirnames' list, so a
 * caller may prune it; bottom-up yields a directory after everything under it. A directory
 * that cannot be read is passed to 'onerror' (if given) and skipped. str paths only.
 * Every function taking or returning HsObject*: arguments borrowed; Return: new reference, or
 * NULL with an exception (iterators: NULL without one at the end).
 */
#include "internal/hs_modules.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

/* ==== DirEntry ==== */

typedef struct DirEntryObject {
    HsObject ob_base;
    HsObject *de_name, *de_path; /* str */
    unsigned char de_type;       /* DT_* from readdir */
    unsigned long long de_ino;
} DirEntryObject;

#define DE(op) ((DirEntryObject *)(op))

static void de_dealloc(HsObject *op) {
    Hs_XDECREF(DE(op)->de_name);
    Hs_XDECREF(DE(op)->de_path);
    hs_obj_free(op);
}

/* stat or lstat of the entry. Returns 1 with *st, 0 when the call failed (errno). */
static int de_stat_raw(DirEntryObject *e, int follow, struct stat *st) {
    const char *p = HsUnicode_AsUTF8(e->de_path);
    return p != NULL && (follow ? stat(p, st) : lstat(p, st)) == 0;
}

/* The follow_symlinks keyword (default True). Returns 1/0, or -1. */
static int follow_arg(const char *fname, HsObject *const *args, Hs_ssize_t nargs,
                      HsObject *kwnames) {
    static const char *const kw[] = {"follow_symlinks", NULL};
    HsArgParser parser = {fname, kw};
    HsObject *a[1] = {NULL};
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 0, 0, a) < 0) {
        return -1;
    }
    return a[0] != NULL ? HsObject_IsTrue(a[0]) : 1;
}

/* Whether the entry is of type 'mode' (S_IFDIR/S_IFREG), following links if asked. */
static int de_is(DirEntryObject *e, int follow, unsigned int mode) {
    unsigned char want = mode == S_IFDIR ? DT_DIR : DT_REG;
    if (e->de_type != DT_UNKNOWN && !(follow && e->de_type == DT_LNK)) {
        return e->de_type == want;
    }
    struct stat st;
    return de_stat_raw(e, follow, &st) && (st.st_mode & S_IFMT) == mode;
}

static HsObject *de_is_dir(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                           HsObject *kwnames) {
    int follow = follow_arg("is_dir", args, nargs, kwnames);
    return follow < 0 ? NULL : HsBool_FromLong(de_is(DE(self), follow, S_IFDIR));
}

static HsObject *de_is_file(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                            HsObject *kwnames) {
    int follow = follow_arg("is_file", args, nargs, kwnames);
    return follow < 0 ? NULL : HsBool_FromLong(de_is(DE(self), follow, S_IFREG));
}

static HsObject *de_is_symlink(HsObject *self, HsObject *unused) {
    (void)unused;
    DirEntryObject *e = DE(self);
    if (e->de_type != DT_UNKNOWN) {
        return HsBool_FromLong(e->de_type == DT_LNK);
    }
    struct stat st;
    return HsBool_FromLong(de_stat_raw(e, 0, &st) && S_ISLNK(st.st_mode));
}

static HsObject *de_stat(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                         HsObject *kwnames) {
    int follow = follow_arg("stat", args, nargs, kwnames);
    if (follow < 0) {
        return NULL;
    }
    struct stat st;
    if (!de_stat_raw(DE(self), follow, &st)) {
        return hs_os_error(errno, DE(self)->de_path, NULL);
    }
    return hs_os_stat_result(&st);
}

static HsObject *de_inode(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsLong_FromUnsignedLongLong(DE(self)->de_ino);
}

static HsObject *de_fspath(HsObject *self, HsObject *unused) {
    (void)unused;
    return Hs_NewRef(DE(self)->de_path);
}

static HsObject *de_repr(HsObject *self) {
    return HsUnicode_FromFormat("<DirEntry %R>", DE(self)->de_name);
}

static HsObject *de_get(HsObject *self, void *closure) {
    return Hs_NewRef(*(HsObject **)((char *)self + (size_t)closure));
}

static HsMethodDef de_methods[] = {
    {"is_dir", HS_CFUNC(de_is_dir), HS_METH_FASTCALL | HS_METH_KEYWORDS, NULL},
    {"is_file", HS_CFUNC(de_is_file), HS_METH_FASTCALL | HS_METH_KEYWORDS, NULL},
    {"is_symlink", HS_CFUNC(de_is_symlink), HS_METH_NOARGS, NULL},
    {"stat", HS_CFUNC(de_stat), HS_METH_FASTCALL | HS_METH_KEYWORDS, NULL},
    {"inode", HS_CFUNC(de_inode), HS_METH_NOARGS, NULL},
    {"__fspath__", HS_CFUNC(de_fspath), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static HsGetSetDef de_getset[] = {
    {"name", de_get, NULL, NULL, (void *)offsetof(DirEntryObject, de_name)},
    {"path", de_get, NULL, NULL, (void *)offsetof(DirEntryObject, de_path)},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsTypeObject direntry_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "posix.DirEntry",
    .tp_basicsize = sizeof(DirEntryObject),
    .tp_dealloc = de_dealloc,
    .tp_repr = de_repr,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_methods = de_methods,
    .tp_getset = de_getset,
    .tp_new = hs_structseq_no_new,
};

/* ==== reading a directory ==== */

/* join(dir, name) for str 'dir' and 'name'. Return: new reference. */
static HsObject *join2(HsObject *dir, HsObject *name) {
    Hs_ssize_t n = HS_STR_LEN(dir);
    int slash = n > 0 && hs_str_read(HS_STR_KIND(dir), hs_str_data(dir), n - 1) == '/';
    return HsUnicode_FromFormat(slash || n == 0 ? "%U%U" : "%U/%U", dir, name);
}

/* The entries of directory 'path' (a str) as a list of DirEntry. Return: new reference, or
 * NULL with the OSError of opendir. */
static HsObject *read_entries(HsObject *path) {
    const char *c = HsUnicode_AsUTF8(path);
    if (c == NULL || HsType_Ready(&direntry_type) < 0) {
        return NULL;
    }
    DIR *dir = opendir(HS_STR_LEN(path) > 0 ? c : ".");
    if (dir == NULL) {
        return hs_os_error(errno, path, NULL);
    }
    HsObject *list = HsList_New(0);
    struct dirent *d;
    while (list != NULL && (d = readdir(dir)) != NULL) {
        if (strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0) {
            continue;
        }
        DirEntryObject *e = (DirEntryObject *)hs_obj_new(&direntry_type, sizeof(DirEntryObject));
        if (e == NULL) {
            Hs_CLEAR(list);
            HsErr_NoMemory();
            break;
        }
        e->de_type = d->d_type;
        e->de_ino = (unsigned long long)d->d_ino;
        e->de_path = NULL;
        e->de_name = hs_codecs_decode(d->d_name, (Hs_ssize_t)strlen(d->d_name), NULL, NULL,
                                      "surrogateescape");
        if (e->de_name == NULL || (e->de_path = join2(path, e->de_name)) == NULL ||
            HsList_Append(list, (HsObject *)e) < 0) {
            Hs_CLEAR(list);
        }
        Hs_DECREF(e);
    }
    closedir(dir);
    return list;
}

/* ==== scandir ==== */

typedef struct ScandirObject {
    HsObject ob_base;
    HsObject *sd_entries; /* list of DirEntry, or NULL once closed */
    Hs_ssize_t sd_index;
} ScandirObject;

#define SD(op) ((ScandirObject *)(op))

static void sd_dealloc(HsObject *op) {
    Hs_XDECREF(SD(op)->sd_entries);
    hs_obj_free(op);
}

static HsObject *sd_iter(HsObject *op) {
    return Hs_NewRef(op);
}

static HsObject *sd_next(HsObject *op) {
    ScandirObject *s = SD(op);
    if (s->sd_entries == NULL || s->sd_index >= Hs_SIZE(s->sd_entries)) {
        Hs_CLEAR(s->sd_entries);
        return NULL;
    }
    return Hs_NewRef(HS_LIST_GET(s->sd_entries, s->sd_index++));
}

static HsObject *sd_close(HsObject *op, HsObject *unused) {
    (void)unused;
    Hs_CLEAR(SD(op)->sd_entries);
    Hs_RETURN_NONE;
}

static HsObject *sd_enter(HsObject *op, HsObject *unused) {
    (void)unused;
    return Hs_NewRef(op);
}

static HsObject *sd_exit(HsObject *op, HsObject *const *args, Hs_ssize_t nargs) {
    (void)args;
    (void)nargs;
    return sd_close(op, NULL);
}

static HsMethodDef sd_methods[] = {
    {"close", HS_CFUNC(sd_close), HS_METH_NOARGS, NULL},
    {"__enter__", HS_CFUNC(sd_enter), HS_METH_NOARGS, NULL},
    {"__exit__", HS_CFUNC(sd_exit), HS_METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static HsTypeObject scandir_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "posix.ScandirIterator",
    .tp_basicsize = sizeof(ScandirObject),
    .tp_dealloc = sd_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_iter = sd_iter,
    .tp_iternext = sd_next,
    .tp_methods = sd_methods,
    .tp_new = hs_structseq_no_new,
};

/* scandir(path='.') */
HsObject *hs_os_scandir(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                        HsObject *kwnames) {
    static const char *const kw[] = {"path", NULL};
    static const HsArgParser parser = {"scandir", kw};
    HsObject *a[1] = {NULL};
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 1, 0, a) < 0 ||
        HsType_Ready(&scandir_type) < 0) {
        return NULL;
    }
    HsObject *path = a[0] == NULL || a[0] == Hs_None ? HsUnicode_FromString(".")
                                                     : hs_os_fspath(a[0]);
    if (path != NULL && !HsUnicode_Check(path)) {
        HsErr_SetString(HsExc_TypeError, "scandir: only str paths are supported");
        Hs_CLEAR(path);
    }
    HsObject *entries = path != NULL ? read_entries(path) : NULL;
    Hs_XDECREF(path);
    if (entries == NULL) {
        return NULL;
    }
    ScandirObject *s = (ScandirObject *)hs_obj_new(&scandir_type, sizeof(ScandirObject));
    if (s == NULL) {
        Hs_DECREF(entries);
        return HsErr_NoMemory();
    }
    s->sd_entries = entries;
    s->sd_index = 0;
    return (HsObject *)s;
}

/* ==== walk ==== */

/* A frame of the walk is a list [path, dirnames, filenames, index, walk_dirs]: the next
 * subdirectory to visit is dirnames[index] (top-down) or walk_dirs[index] (bottom-up). */
enum { F_PATH, F_DIRS, F_FILES, F_INDEX, F_WALK, F_SIZE };

typedef struct WalkObject {
    HsObject ob_base;
    HsObject *w_top;     /* the root until the first next(), then NULL */
    HsObject *w_onerror; /* callable or None */
    HsObject *w_stack;   /* list of frames */
    char w_topdown, w_followlinks;
} WalkObject;

#define WK(op) ((WalkObject *)(op))

/* Read directory 'path' into a new frame. Returns 1 with *frame set (new reference), 0 when
 * the directory was skipped (onerror called), -1 on error. */
static int scan(WalkObject *w, HsObject *path, HsObject **frame) {
    HsObject *entries = read_entries(path);
    if (entries == NULL) {
        if (!HsErr_ExceptionMatches(HsExc_OSError)) {
            return -1;
        }
        HsObject *exc = HsErr_GetRaisedException();
        HsObject *r = w->w_onerror != Hs_None ? HsObject_CallOneArg(w->w_onerror, exc)
                                              : Hs_NewRef(Hs_None);
        Hs_DECREF(exc);
        Hs_XDECREF(r);
        return r == NULL ? -1 : 0;
    }
    HsObject *dirs = HsList_New(0), *files = HsList_New(0), *walk = HsList_New(0);
    HsObject *f = NULL, *zero = HsLong_FromLong(0);
    int rc = dirs != NULL && files != NULL && walk != NULL && zero != NULL ? 0 : -1;
    for (Hs_ssize_t i = 0; rc == 0 && i < Hs_SIZE(entries); i++) {
        DirEntryObject *e = DE(HS_LIST_GET(entries, i));
        int isdir = de_is(e, 1, S_IFDIR);
        rc = HsList_Append(isdir ? dirs : files, e->de_name);
        if (rc == 0 && isdir && !w->w_topdown &&
            (w->w_followlinks || !(e->de_type == DT_LNK || (e->de_type == DT_UNKNOWN &&
                                                             !de_is(e, 0, S_IFDIR))))) {
            rc = HsList_Append(walk, e->de_path);
        }
    }
    if (rc == 0 && (f = HsList_New(F_SIZE)) != NULL) {
        HsObject *items[F_SIZE] = {path, dirs, files, zero, walk};
        for (int k = 0; k < F_SIZE; k++) {
            HS_LIST_SET(f, k, Hs_NewRef(items[k]));
        }
    }
    Hs_DECREF(entries);
    Hs_XDECREF(dirs);
    Hs_XDECREF(files);
    Hs_XDECREF(walk);
    Hs_XDECREF(zero);
    *frame = f;
    return f != NULL ? 1 : -1;
}

/* Push the frame of 'path' (if readable). Returns 1 pushed, 0 skipped, -1 error. */
static int push(WalkObject *w, HsObject *path, HsObject **frame) {
    int r = scan(w, path, frame);
    if (r > 0 && HsList_Append(w->w_stack, *frame) < 0) {
        Hs_CLEAR(*frame);
        return -1;
    }
    if (r > 0) {
        Hs_DECREF(*frame); /* the stack holds it; *frame stays valid while it is there */
    }
    return r;
}

/* (path, dirnames, filenames) of 'frame'. Return: new reference. */
static HsObject *result(HsObject *frame) {
    return HsTuple_Pack(3, HS_LIST_GET(frame, F_PATH), HS_LIST_GET(frame, F_DIRS),
                        HS_LIST_GET(frame, F_FILES));
}

/* The index of 'frame', incremented in place. Returns the old value, or -1. */
static Hs_ssize_t take_index(HsObject *frame) {
    Hs_ssize_t i = HsLong_AsSsize_t(HS_LIST_GET(frame, F_INDEX));
    HsObject *next = HsLong_FromSsize_t(i + 1);
    if (next == NULL) {
        return -1;
    }
    Hs_SETREF(HS_LIST_ITEMS(frame)[F_INDEX], next);
    return i;
}

/* Top-down: the next directory to yield. */
static HsObject *walk_topdown(WalkObject *w) {
    HsObject *frame;
    while (Hs_SIZE(w->w_stack) > 0) {
        HsObject *top = HS_LIST_GET(w->w_stack, Hs_SIZE(w->w_stack) - 1);
        HsObject *dirs = HS_LIST_GET(top, F_DIRS);
        Hs_ssize_t i = HsList_Check(dirs) ? take_index(top) : -1;
        if (i < 0 && HsErr_Occurred()) {
            return NULL;
        }
        if (i < 0 || i >= Hs_SIZE(dirs)) {
            if (HsList_SetSlice(w->w_stack, Hs_SIZE(w->w_stack) - 1, Hs_SIZE(w->w_stack),
                                NULL) < 0) {
                return NULL;
            }
            continue;
        }
        HsObject *name = HS_LIST_GET(dirs, i);
        if (!HsUnicode_Check(name)) {
            return HsErr_Format(HsExc_TypeError, "join() argument must be str, bytes, or "
                                "os.PathLike object, not '%.200s'", Hs_TYPE(name)->tp_name);
        }
        HsObject *path = join2(HS_LIST_GET(top, F_PATH), name);
        struct stat st;
        const char *c = path != NULL ? HsUnicode_AsUTF8(path) : NULL;
        int r = c == NULL ? -1
                : (!w->w_followlinks && lstat(c, &st) == 0 && S_ISLNK(st.st_mode))
                    ? 0
                    : push(w, path, &frame);
        Hs_XDECREF(path);
        if (r < 0) {
            return NULL;
        }
        if (r > 0) {
            return result(frame);
        }
    }
    return NULL;
}

/* Bottom-up: descend as far as possible, then yield the deepest unfinished directory. */
static HsObject *walk_bottomup(WalkObject *w) {
    HsObject *frame;
    while (Hs_SIZE(w->w_stack) > 0) {
        HsObject *top = HS_LIST_GET(w->w_stack, Hs_SIZE(w->w_stack) - 1);
        Hs_ssize_t i = take_index(top);
        if (i < 0) {
            return NULL;
        }
        if (i < Hs_SIZE(HS_LIST_GET(top, F_WALK))) {
            if (push(w, HS_LIST_GET(HS_LIST_GET(top, F_WALK), i), &frame) < 0) {
                return NULL;
            }
            continue;
        }
        HsObject *r = result(top);
        if (r == NULL || HsList_SetSlice(w->w_stack, Hs_SIZE(w->w_stack) - 1,
                                         Hs_SIZE(w->w_stack), NULL) < 0) {
            Hs_XDECREF(r);
            return NULL;
        }
        return r;
    }
    return NULL;
}

static HsObject *walk_next(HsObject *op) {
    WalkObject *w = WK(op);
    if (w->w_top != NULL) {
        HsObject *top = w->w_top, *frame;
        w->w_top = NULL;
        int r = push(w, top, &frame);
        Hs_DECREF(top);
        if (r <= 0) {
            return NULL;
        }
        if (w->w_topdown) {
            return result(frame);
        }
    }
    return w->w_topdown ? walk_topdown(w) : walk_bottomup(w);
}

static int walk_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *fields[] = {WK(op)->w_top, WK(op)->w_onerror, WK(op)->w_stack};
    for (int i = 0; i < 3; i++) {
        if (fields[i] != NULL && visit(fields[i], arg) < 0) {
            return -1;
        }
    }
    return 0;
}

static int walk_clear(HsObject *op) {
    Hs_CLEAR(WK(op)->w_top);
    Hs_CLEAR(WK(op)->w_onerror);
    Hs_CLEAR(WK(op)->w_stack);
    return 0;
}

static void walk_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    walk_clear(op);
    hs_gc_free(op);
}

static HsTypeObject walk_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "os.walk",
    .tp_basicsize = sizeof(WalkObject),
    .tp_dealloc = walk_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = walk_traverse,
    .tp_clear = walk_clear,
    .tp_iter = sd_iter,
    .tp_iternext = walk_next,
    .tp_new = hs_structseq_no_new,
};

/* walk(top, topdown=True, onerror=None, followlinks=False) */
HsObject *hs_os_walk(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                     HsObject *kwnames) {
    static const char *const kw[] = {"top", "topdown", "onerror", "followlinks", NULL};
    static const HsArgParser parser = {"walk", kw};
    HsObject *a[4] = {NULL, NULL, NULL, NULL};
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 4, 1, a) < 0 ||
        HsType_Ready(&walk_type) < 0) {
        return NULL;
    }
    int topdown = a[1] != NULL ? HsObject_IsTrue(a[1]) : 1;
    int follow = a[3] != NULL ? HsObject_IsTrue(a[3]) : 0;
    HsObject *top = topdown >= 0 && follow >= 0 ? hs_os_fspath(a[0]) : NULL;
    if (top != NULL && !HsUnicode_Check(top)) {
        HsErr_SetString(HsExc_TypeError, "walk: only str paths are supported");
        Hs_CLEAR(top);
    }
    HsObject *stack = top != NULL ? HsList_New(0) : NULL;
    WalkObject *w = stack != NULL ? (WalkObject *)hs_gc_alloc(&walk_type, sizeof(WalkObject))
                                  : NULL;
    if (w == NULL) {
        Hs_XDECREF(top);
        Hs_XDECREF(stack);
        return stack != NULL ? HsErr_NoMemory() : NULL;
    }
    w->w_top = top;
    w->w_onerror = Hs_NewRef(a[2] != NULL ? a[2] : Hs_None);
    w->w_stack = stack;
    w->w_topdown = (char)topdown;
    w->w_followlinks = (char)follow;
    hs_gc_track((HsObject *)w);
    return (HsObject *)w;
}
