/* Builtin functions and bound builtin methods (CPython: Objects/methodobject.c,
 * 'builtin_function_or_method'), and the one routine that calls a C function according to
 * its HsMethodDef calling convention, shared with method descriptors (descrobject.c).
 * Argument-count and keyword errors carry CPython 3.11's wording with the qualified name
 * ("list.clear() takes no arguments (1 given)", "len() takes exactly one argument (0 given)").
 * Invariant: m_ml outlives the object (method tables are static). */
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_weakref.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_hash.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "hs/ceval.h"
#include "hs/errors.h"

#include <stdio.h>
#include <string.h>

/* ==== calling a HsMethodDef ==== */

/* A dict of the keyword arguments, or NULL (no error) when there are none. */
static HsObject *kwargs_dict(HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames,
                             int *err) {
    *err = 0;
    if (kwnames == NULL || Hs_SIZE(kwnames) == 0) {
        return NULL;
    }
    HsObject *d = HsDict_New();
    for (Hs_ssize_t i = 0; d != NULL && i < Hs_SIZE(kwnames); i++) {
        if (HsDict_SetItem(d, HS_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
            Hs_CLEAR(d);
        }
    }
    *err = d == NULL;
    return d;
}

static HsObject *call_varargs(HsMethodDef *ml, HsObject *self, HsObject *const *args,
                              Hs_ssize_t nargs, HsObject *kwnames, const char *qualname) {
    int err;
    HsObject *kwargs = kwargs_dict(args, nargs, kwnames, &err);
    if (err) {
        return NULL;
    }
    if (kwargs != NULL && !(ml->ml_flags & HS_METH_KEYWORDS)) {
        Hs_DECREF(kwargs);
        return HsErr_Format(HsExc_TypeError, "%.200s() takes no keyword arguments", qualname);
    }
    HsObject *tuple = HsTuple_FromArray(args, nargs);
    if (tuple == NULL) {
        Hs_XDECREF(kwargs);
        return NULL;
    }
    HsObject *r = (ml->ml_flags & HS_METH_KEYWORDS)
                      ? ((hs_cfunction_kw)(void (*)(void))ml->ml_meth)(self, tuple, kwargs)
                      : ml->ml_meth(self, tuple);
    Hs_DECREF(tuple);
    Hs_XDECREF(kwargs);
    return r;
}

static HsObject *cfunction_call_unguarded(HsMethodDef *ml, const char *qualname,
                                          HsObject *self, HsObject *const *args,
                                          Hs_ssize_t nargs, HsObject *kwnames);

/* Every call of a builtin counts against the recursion limit, as CPython's
 * cfunction_vectorcall_* do. */
HsObject *hs_cfunction_call(HsMethodDef *ml, const char *qualname, HsObject *self,
                            HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames) {
    if (HsEnter_RecursiveCall(" while calling a Python object") < 0) {
        return NULL;
    }
    HsObject *r = cfunction_call_unguarded(ml, qualname, self, args, nargs, kwnames);
    HsLeave_RecursiveCall();
    return r;
}

static HsObject *cfunction_call_unguarded(HsMethodDef *ml, const char *qualname,
                                          HsObject *self, HsObject *const *args,
                                          Hs_ssize_t nargs, HsObject *kwnames) {
    int flags = ml->ml_flags & ~(HS_METH_CLASS | HS_METH_STATIC | HS_METH_COEXIST);
    int has_kw = kwnames != NULL && Hs_SIZE(kwnames) > 0;
    switch (flags) {
    case HS_METH_NOARGS:
    case HS_METH_O:
        if (has_kw) {
            return HsErr_Format(HsExc_TypeError, "%.200s() takes no keyword arguments",
                                qualname);
        }
        if (flags == HS_METH_NOARGS) {
            return hs_arg_check_none(qualname, nargs) < 0 ? NULL : ml->ml_meth(self, NULL);
        }
        return hs_arg_check_one(qualname, nargs) < 0 ? NULL : ml->ml_meth(self, args[0]);
    case HS_METH_FASTCALL:
        if (has_kw) {
            return HsErr_Format(HsExc_TypeError, "%.200s() takes no keyword arguments",
                                qualname);
        }
        return ((hs_cfunction_fast)(void (*)(void))ml->ml_meth)(self, args, nargs);
    case HS_METH_FASTCALL | HS_METH_KEYWORDS:
        return ((hs_cfunction_fast_kw)(void (*)(void))ml->ml_meth)(self, args, nargs,
                                                                    has_kw ? kwnames : NULL);
    case HS_METH_VARARGS:
    case HS_METH_VARARGS | HS_METH_KEYWORDS:
        return call_varargs(ml, self, args, nargs, kwnames, qualname);
    default:
        return HsErr_Format(HsExc_SystemError, "%s() method: bad call flags", ml->ml_name);
    }
}

int hs_cfunction_call_fast(HsMethodDef *ml, HsObject *self, HsObject *const *args,
                           Hs_ssize_t nargs, HsObject *kwnames, HsObject **res) {
    int flags = ml->ml_flags & ~(HS_METH_CLASS | HS_METH_STATIC | HS_METH_COEXIST);
    int has_kw = kwnames != NULL && Hs_SIZE(kwnames) > 0;
    if (!(flags == (HS_METH_FASTCALL | HS_METH_KEYWORDS) ||
          (!has_kw && (flags == HS_METH_FASTCALL || (flags == HS_METH_O && nargs == 1) ||
                       (flags == HS_METH_NOARGS && nargs == 0))))) {
        return 0;
    }
    /* the fast path still counts against the recursion limit, as hs_cfunction_call */
    if (HsEnter_RecursiveCall(" while calling a Python object") < 0) {
        *res = NULL;
        return 1;
    }
    if (flags == (HS_METH_FASTCALL | HS_METH_KEYWORDS)) {
        *res = ((hs_cfunction_fast_kw)(void (*)(void))ml->ml_meth)(self, args, nargs,
                                                                   has_kw ? kwnames : NULL);
    } else if (flags == HS_METH_FASTCALL) {
        *res = ((hs_cfunction_fast)(void (*)(void))ml->ml_meth)(self, args, nargs);
    } else if (flags == HS_METH_O && nargs == 1) {
        *res = ml->ml_meth(self, args[0]);
    } else if (flags == HS_METH_NOARGS && nargs == 0) {
        *res = ml->ml_meth(self, NULL);
    }
    HsLeave_RecursiveCall();
    return 1;
}

/* ==== builtin_function_or_method ==== */

/* "list.append" for a bound method, "len" for a builtin, "math.sqrt" for a module
 * function, into 'buf'. CPython: meth_get__qualname__ and _PyObject_FunctionStr. */
static const char *cfunction_qualname(HsCFunctionObject *f, char *buf, size_t n) {
    if (f->m_module != NULL) {
        const char *mod = HsUnicode_Check(f->m_module) ? HsUnicode_AsUTF8(f->m_module) : NULL;
        if (mod == NULL || strcmp(mod, "builtins") == 0) {
            HsErr_Clear();
            return f->m_ml->ml_name;
        }
        snprintf(buf, n, "%s.%s", mod, f->m_ml->ml_name);
        return buf;
    }
    if (f->m_self == NULL) {
        return f->m_ml->ml_name;
    }
    HsTypeObject *tp = HsType_HasFeature(Hs_TYPE(f->m_self), HS_TPFLAGS_TYPE_SUBCLASS)
                           ? (HsTypeObject *)f->m_self
                           : Hs_TYPE(f->m_self);
    const char *dot = strrchr(tp->tp_name, '.');
    snprintf(buf, n, "%s.%s", dot != NULL ? dot + 1 : tp->tp_name, f->m_ml->ml_name);
    return buf;
}

static HsObject *cfunction_vectorcall(HsObject *op, HsObject *const *args, size_t nargsf,
                                      HsObject *kwnames) {
    HsCFunctionObject *f = (HsCFunctionObject *)op;
    HsObject *res;
    if (hs_cfunction_call_fast(f->m_ml, f->m_self, args, HsVectorcall_NARGS(nargsf), kwnames,
                               &res)) {
        return res;
    }
    char buf[256];
    return hs_cfunction_call(f->m_ml, cfunction_qualname(f, buf, sizeof buf), f->m_self, args,
                             HsVectorcall_NARGS(nargsf), kwnames);
}

static void cfunction_dealloc(HsObject *op) {
    HsCFunctionObject *f = (HsCFunctionObject *)op;
    hs_gc_untrack(op);
    if (f->m_weakreflist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    Hs_XDECREF(f->m_self);
    Hs_XDECREF(f->m_module);
    hs_gc_free(op);
}

static int cfunction_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsCFunctionObject *f = (HsCFunctionObject *)op;
    if (f->m_self != NULL && visit(f->m_self, arg) != 0) {
        return 1;
    }
    return f->m_module != NULL ? visit(f->m_module, arg) : 0;
}

/* "<built-in function len>" or "<built-in method append of list object at 0x...>". */
static HsObject *cfunction_repr(HsObject *op) {
    HsCFunctionObject *f = (HsCFunctionObject *)op;
    if (f->m_self == NULL || f->m_module != NULL) {
        return HsUnicode_FromFormat("<built-in function %s>", f->m_ml->ml_name);
    }
    return HsUnicode_FromFormat("<built-in method %s of %s object at %p>", f->m_ml->ml_name,
                                Hs_TYPE(f->m_self)->tp_name, (void *)f->m_self);
}

static HsObject *cfunction_get_name(HsObject *op, void *closure) {
    (void)closure;
    return HsUnicode_FromString(((HsCFunctionObject *)op)->m_ml->ml_name);
}

static HsObject *cfunction_get_qualname(HsObject *op, void *closure) {
    (void)closure;
    HsCFunctionObject *f = (HsCFunctionObject *)op;
    if (f->m_self == NULL || f->m_module != NULL || HsModule_Check(f->m_self)) {
        return HsUnicode_FromString(f->m_ml->ml_name);
    }
    HsObject *owner = HsType_Check(f->m_self) ? f->m_self : (HsObject *)Hs_TYPE(f->m_self);
    HsObject *qual = HsObject_GetAttrString(owner, "__qualname__");
    if (qual == NULL) {
        return NULL;
    }
    HsObject *r = HsUnicode_FromFormat("%U.%s", qual, f->m_ml->ml_name);
    Hs_DECREF(qual);
    return r;
}

static HsObject *cfunction_get_self(HsObject *op, void *closure) {
    (void)closure;
    HsObject *self = ((HsCFunctionObject *)op)->m_self;
    return Hs_NewRef(self != NULL ? self : Hs_None);
}

static HsObject *cfunction_get_module(HsObject *op, void *closure) {
    (void)closure;
    HsCFunctionObject *f = (HsCFunctionObject *)op;
    if (f->m_module != NULL) {
        return Hs_NewRef(f->m_module);
    }
    if (f->m_self != NULL && HsModule_Check(f->m_self)) {
        return HsObject_GetAttrString(f->m_self, "__name__");
    }
    Hs_RETURN_NONE;
}

static HsObject *cfunction_get_doc(HsObject *op, void *closure) {
    (void)closure;
    const char *doc = ((HsCFunctionObject *)op)->m_ml->ml_doc;
    return doc != NULL ? HsUnicode_FromString(doc) : Hs_NewRef(Hs_None);
}

static HsGetSetDef cfunction_getset[] = {
    {"__name__", cfunction_get_name, NULL, NULL, NULL},
    {"__qualname__", cfunction_get_qualname, NULL, NULL, NULL},
    {"__self__", cfunction_get_self, NULL, NULL, NULL},
    {"__module__", cfunction_get_module, NULL, NULL, NULL},
    {"__doc__", cfunction_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* f.__reduce__(): the bare name for a function of a module (or none), else
 * (getattr, (f.__self__, name)) (CPython: meth_reduce). Return: new reference. */
static HsObject *cfunction_reduce(HsObject *op, HsObject *unused) {
    (void)unused;
    HsCFunctionObject *f = (HsCFunctionObject *)op;
    if (f->m_self == NULL || HsModule_Check(f->m_self)) {
        return HsUnicode_FromString(f->m_ml->ml_name);
    }
    HsObject *name = HsUnicode_FromString(f->m_ml->ml_name);
    HsObject *r = name != NULL ? hs_obj_reduce_getattr(f->m_self, name) : NULL;
    Hs_XDECREF(name);
    return r;
}

static HsMethodDef cfunction_methods[] = {
    {"__reduce__", HS_CFUNC(cfunction_reduce), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static HsObject *cfunction_richcompare(HsObject *a, HsObject *b, int op) {
    if ((op != HS_EQ && op != HS_NE) || !HsCFunction_Check(a) || !HsCFunction_Check(b)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    HsCFunctionObject *x = (HsCFunctionObject *)a, *y = (HsCFunctionObject *)b;
    int eq = x->m_self == y->m_self && x->m_ml->ml_meth == y->m_ml->ml_meth;
    return HsBool_FromLong(op == HS_EQ ? eq : !eq);
}

static Hs_ssize_t cfunction_hash(HsObject *op) {
    HsCFunctionObject *f = (HsCFunctionObject *)op;
    Hs_ssize_t x = hs_obj_hash_pointer(f->m_self != NULL ? f->m_self : op);
    Hs_ssize_t y = hs_obj_hash_pointer((void *)(uintptr_t)f->m_ml->ml_meth);
    x ^= y;
    return x == -1 ? -2 : x;
}

HsTypeObject HsCFunction_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "builtin_function_or_method",
    .tp_basicsize = sizeof(HsCFunctionObject),
    .tp_dealloc = cfunction_dealloc,
    .tp_vectorcall_offset = offsetof(HsCFunctionObject, vectorcall),
    .tp_repr = cfunction_repr,
    .tp_hash = cfunction_hash,
    .tp_call = HsVectorcall_Call,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_richcompare = cfunction_richcompare,
    .tp_methods = cfunction_methods,
    .tp_getset = cfunction_getset,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_HAVE_VECTORCALL,
    .tp_traverse = cfunction_traverse,
    .tp_weaklistoffset = offsetof(HsCFunctionObject, m_weakreflist),
};

HsObject *HsCFunction_NewEx(HsMethodDef *ml, HsObject *self, HsObject *module) {
    HsCFunctionObject *f =
        (HsCFunctionObject *)hs_gc_alloc(&HsCFunction_Type, sizeof(HsCFunctionObject));
    if (f == NULL) {
        return HsErr_NoMemory();
    }
    f->m_ml = ml;
    f->m_self = Hs_XNewRef(self);
    f->m_module = Hs_XNewRef(module);
    f->m_weakreflist = NULL;
    f->vectorcall = cfunction_vectorcall;
    hs_gc_track((HsObject *)f);
    return (HsObject *)f;
}
