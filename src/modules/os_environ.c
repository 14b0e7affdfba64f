/* os.environ (CPython 3.11: Lib/os.py's _Environ, a MutableMapping over a dict of the process
 * environment). Here a C type 'os._Environ' holding one dict of str -> str, filled once from
 * the C 'environ' (decoded as UTF-8 with surrogateescape, as CPython's filesystem encoding).
 * Setting an item calls setenv(3) then stores it; deleting calls unsetenv(3) then removes it;
 * os.putenv/unsetenv change the process environment only (as CPython). repr is
 * "environ({...})". Keys and values must be str ("str expected, not int").
 * Invariant: env_data is a dict whose keys and values are all str.
 * Every env_* function: arguments borrowed; Return: new reference, or NULL with an exception.
 */
#include "internal/hs_modules.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

/* ==== type ==== */

typedef struct EnvironObject {
    HsObject ob_base;
    HsObject *env_data; /* dict str -> str */
} EnvironObject;

#define ENV_DATA(op) (((EnvironObject *)(op))->env_data)

static HsObject *the_environ; /* os.environ, made once and kept for the process */

/* ==== static helpers ==== */

/* 'o' must be a str; returns its UTF-8, or NULL with TypeError "str expected, not T". */
static const char *env_str(HsObject *o) {
    if (!HsUnicode_Check(o)) {
        HsErr_Format(HsExc_TypeError, "str expected, not %.200s", Hs_TYPE(o)->tp_name);
        return NULL;
    }
    return HsUnicode_AsUTF8(o);
}

static HsObject *decode_os(const char *s, size_t n) {
    return hs_codecs_decode(s, (Hs_ssize_t)n, NULL, NULL, "surrogateescape");
}

/* The process environment as a dict. Return: new reference. */
static HsObject *load_environ(void) {
    HsObject *d = HsDict_New();
    for (char **e = environ; d != NULL && e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL || eq == *e) {
            continue;
        }
        HsObject *k = decode_os(*e, (size_t)(eq - *e));
        HsObject *v = k != NULL ? decode_os(eq + 1, strlen(eq + 1)) : NULL;
        /* As CPython's dict built from posix.environ: the first definition wins. */
        if (v == NULL || (HsDict_Contains(d, k) == 0 && HsDict_SetItem(d, k, v) < 0)) {
            Hs_CLEAR(d);
        }
        Hs_XDECREF(k);
        Hs_XDECREF(v);
    }
    return d;
}

/* ==== mapping slots ==== */

static Hs_ssize_t env_length(HsObject *self) {
    return HsDict_Size(ENV_DATA(self));
}

static HsObject *env_subscript(HsObject *self, HsObject *key) {
    if (env_str(key) == NULL) {
        return NULL;
    }
    HsObject *v = HsDict_GetItemWithError(ENV_DATA(self), key);
    if (v == NULL && !HsErr_Occurred()) {
        HsErr_SetObject(HsExc_KeyError, key);
    }
    return Hs_XNewRef(v);
}

static int env_ass_subscript(HsObject *self, HsObject *key, HsObject *value) {
    const char *k = env_str(key);
    if (k == NULL) {
        return -1;
    }
    if (value == NULL) {
        unsetenv(k);
        int has = HsDict_Contains(ENV_DATA(self), key);
        if (has == 0) {
            HsErr_SetObject(HsExc_KeyError, key);
        }
        return has <= 0 ? -1 : HsDict_DelItem(ENV_DATA(self), key);
    }
    const char *v = env_str(value);
    if (v == NULL) {
        return -1;
    }
    if (k[0] == '\0' || strchr(k, '=') != NULL) {
        HsErr_SetString(HsExc_ValueError, "illegal environment variable name");
        return -1;
    }
    if (setenv(k, v, 1) != 0) {
        hs_os_error(errno, NULL, NULL);
        return -1;
    }
    return HsDict_SetItem(ENV_DATA(self), key, value);
}

static int env_contains(HsObject *self, HsObject *key) {
    if (!HsUnicode_Check(key)) {
        return 0;
    }
    return HsDict_Contains(ENV_DATA(self), key);
}

static HsObject *env_iter(HsObject *self) {
    return HsObject_GetIter(ENV_DATA(self));
}

/* environ({'K': 'V', ...}) */
static HsObject *env_repr(HsObject *self) {
    HsObject *inner = HsObject_Repr(ENV_DATA(self));
    if (inner == NULL) {
        return NULL;
    }
    HsObject *r = HsUnicode_FromFormat("environ(%U)", inner);
    Hs_DECREF(inner);
    return r;
}

static HsObject *env_richcompare(HsObject *a, HsObject *b, int op) {
    HsObject *other = Hs_TYPE(b) == Hs_TYPE(a) ? ENV_DATA(b) : b;
    return HsObject_RichCompare(ENV_DATA(a), other, op);
}

/* ==== methods ==== */

static HsObject *env_get(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("get", nargs, 1, 2) < 0) {
        return NULL;
    }
    return hs_os_environ_get_from(self, args[0], nargs > 1 ? args[1] : Hs_None);
}

/* keys()/items()/values(): the dict's method's result (CPython: KeysView(environ)...). */
static HsObject *env_forward(HsObject *self, const char *name) {
    HsObject *meth = HsObject_GetAttrString(ENV_DATA(self), name);
    if (meth == NULL) {
        return NULL;
    }
    HsObject *r = HsObject_CallNoArgs(meth);
    Hs_DECREF(meth);
    return r;
}

static HsObject *env_keys(HsObject *self, HsObject *unused) {
    (void)unused;
    return env_forward(self, "keys");
}

static HsObject *env_items(HsObject *self, HsObject *unused) {
    (void)unused;
    return env_forward(self, "items");
}

static HsObject *env_values(HsObject *self, HsObject *unused) {
    (void)unused;
    return env_forward(self, "values");
}

static HsObject *env_copy(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsDict_Copy(ENV_DATA(self));
}

/* pop(key[, default]) */
static HsObject *env_pop(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("pop", nargs, 1, 2) < 0) {
        return NULL;
    }
    HsObject *v = env_subscript(self, args[0]);
    if (v == NULL) {
        if (nargs == 2 && HsErr_ExceptionMatches(HsExc_KeyError)) {
            HsErr_Clear();
            return Hs_NewRef(args[1]);
        }
        return NULL;
    }
    if (env_ass_subscript(self, args[0], NULL) < 0) {
        Hs_DECREF(v);
        return NULL;
    }
    return v;
}

/* setdefault(key, default=None) */
static HsObject *env_setdefault(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("setdefault", nargs, 1, 2) < 0) {
        return NULL;
    }
    HsObject *v = env_subscript(self, args[0]);
    if (v != NULL || !HsErr_ExceptionMatches(HsExc_KeyError)) {
        return v;
    }
    HsErr_Clear();
    HsObject *dflt = nargs == 2 ? args[1] : Hs_None;
    if (env_ass_subscript(self, args[0], dflt) < 0) {
        return NULL;
    }
    return Hs_NewRef(dflt);
}

/* update(mapping): each key, value through __setitem__. */
static HsObject *env_update(HsObject *self, HsObject *arg) {
    HsObject *d = HsDict_New();
    if (d == NULL || hs_dict_update_arg(d, arg) < 0) {
        Hs_XDECREF(d);
        return NULL;
    }
    Hs_ssize_t pos = 0;
    HsObject *k, *v;
    while (HsDict_Next(d, &pos, &k, &v)) {
        if (env_ass_subscript(self, k, v) < 0) {
            Hs_DECREF(d);
            return NULL;
        }
    }
    Hs_DECREF(d);
    Hs_RETURN_NONE;
}

/* ==== the type ==== */

static int env_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    return ENV_DATA(op) != NULL ? visit(ENV_DATA(op), arg) : 0;
}

static int env_clear(HsObject *op) {
    Hs_CLEAR(ENV_DATA(op));
    return 0;
}

static void env_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    env_clear(op);
    hs_gc_free(op);
}

static HsMappingMethods env_as_mapping = {env_length, env_subscript, env_ass_subscript};
static HsSequenceMethods env_as_sequence = {.sq_contains = env_contains};

static HsMethodDef env_methods[] = {
    {"get", HS_CFUNC(env_get), HS_METH_FASTCALL, NULL},
    {"keys", HS_CFUNC(env_keys), HS_METH_NOARGS, NULL},
    {"items", HS_CFUNC(env_items), HS_METH_NOARGS, NULL},
    {"values", HS_CFUNC(env_values), HS_METH_NOARGS, NULL},
    {"copy", HS_CFUNC(env_copy), HS_METH_NOARGS, NULL},
    {"pop", HS_CFUNC(env_pop), HS_METH_FASTCALL, NULL},
    {"setdefault", HS_CFUNC(env_setdefault), HS_METH_FASTCALL, NULL},
    {"update", HS_CFUNC(env_update), HS_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static HsTypeObject environ_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "os._Environ",
    .tp_basicsize = sizeof(EnvironObject),
    .tp_dealloc = env_dealloc,
    .tp_repr = env_repr,
    .tp_as_sequence = &env_as_sequence,
    .tp_as_mapping = &env_as_mapping,
    .tp_hash = HsObject_HashNotImplemented,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_MAPPING,
    .tp_traverse = env_traverse,
    .tp_clear = env_clear,
    .tp_richcompare = env_richcompare,
    .tp_iter = env_iter,
    .tp_methods = env_methods,
};

/* ==== internal API ==== */

HsObject *hs_os_environ_object(void) {
    if (the_environ != NULL) {
        return Hs_NewRef(the_environ);
    }
    if (HsType_Ready(&environ_type) < 0) {
        return NULL;
    }
    HsObject *data = load_environ();
    if (data == NULL) {
        return NULL;
    }
    HsObject *op = hs_gc_alloc(&environ_type, sizeof(EnvironObject));
    if (op == NULL) {
        Hs_DECREF(data);
        return HsErr_NoMemory();
    }
    ENV_DATA(op) = data;
    hs_gc_track(op);
    the_environ = op;
    hs_obj_register_static(&the_environ); // released by finalization
    return Hs_NewRef(op);
}

HsObject *hs_os_environ_get_from(HsObject *env, HsObject *key, HsObject *dflt) {
    HsObject *v = env_subscript(env, key);
    if (v == NULL && HsErr_ExceptionMatches(HsExc_KeyError)) {
        HsErr_Clear();
        return Hs_NewRef(dflt);
    }
    return v;
}

HsObject *hs_os_environ_get(HsObject *key, HsObject *dflt) {
    HsObject *env = hs_os_environ_object();
    if (env == NULL) {
        return NULL;
    }
    HsObject *r = hs_os_environ_get_from(env, key, dflt);
    Hs_DECREF(env);
    return r;
}
