/* types.GenericAlias (`list[int]`) and types.UnionType (`int | str`) (CPython 3.11:
 * Objects/genericaliasobject.c and Objects/unionobject.c). An alias's __parameters__ are
 * the arguments with a __typing_subst__ method (typing.TypeVar) and those of nested aliases,
 * and alias[x] substitutes them; a union's __parameters__ is always (). Both are immutable
 * GC objects holding their origin/arguments.
 * Invariants: an alias's args is a tuple; a union's args is a flattened tuple without
 * duplicates and with at least two members (a union of one thing is that thing). */
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_weakref.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <string.h>

typedef struct HsGenericAliasObject {
    HsObject ob_base;
    HsObject *origin;
    HsObject *args;
    HsObject *parameters;
    HsObject *weakreflist;
    int starred;
} HsGenericAliasObject;

/* An alias, or an instance of a subclass of types.GenericAlias (CPython: _PyGenericAlias_Check). */
#define GA_CHECK(op) HsObject_TypeCheck((op), &HsGenericAlias_Type)

typedef struct HsUnionObject {
    HsObject ob_base;
    HsObject *args;
    HsObject *parameters;
} HsUnionObject;

/* ==== shared helpers ==== */

/* repr of one argument: '...', a class as module.qualname (no module for builtins), else
 * repr(). CPython: ga_repr_item. Returns 0 or -1. */
static int repr_item(HsObject *list, HsObject *p) {
    HsObject *s = NULL;
    if (p == Hs_Ellipsis) {
        s = HsUnicode_FromString("...");
    } else if (HsType_Check(p) && !GA_CHECK(p)) {
        HsObject *qual = HsObject_GetAttrString(p, "__qualname__");
        HsObject *mod = qual != NULL ? HsObject_GetAttrString(p, "__module__") : NULL;
        if (qual == NULL || mod == NULL) {
            HsErr_Clear();
            s = HsObject_Repr(p);
        } else if (HsUnicode_Check(mod) && strcmp(HsUnicode_AsUTF8(mod), "builtins") == 0) {
            s = Hs_NewRef(qual);
        } else {
            s = HsUnicode_FromFormat("%S.%S", mod, qual);
        }
        Hs_XDECREF(qual);
        Hs_XDECREF(mod);
    } else {
        s = HsObject_Repr(p);
    }
    if (s == NULL) {
        return -1;
    }
    int r = HsList_Append(list, s);
    Hs_DECREF(s);
    return r;
}

static HsObject *join(HsObject *list, const char *sep) {
    HsObject *sepo = HsUnicode_FromString(sep);
    if (sepo == NULL) {
        return NULL;
    }
    HsObject *r = HsUnicode_Join(sepo, list);
    Hs_DECREF(sepo);
    return r;
}

/* Can 'obj' be a member of a union? (None, a class, an alias, a union) */
static int unionable(HsObject *obj) {
    return obj == Hs_None || HsType_Check(obj) || GA_CHECK(obj) ||
           Hs_TYPE(obj) == &HsUnion_Type;
}

/* ==== GenericAlias ==== */

/* Fill a fresh alias's fields (CPython: setup_ga). Returns 0 or -1; on error the fields
 * stay NULL, so the alias can be released normally. */
static int setup_ga(HsGenericAliasObject *ga, HsObject *origin, HsObject *args) {
    ga->args = HsTuple_Check(args) ? Hs_NewRef(args) : HsTuple_Pack(1, args);
    if (ga->args == NULL) {
        return -1;
    }
    ga->origin = Hs_NewRef(origin);
    ga->parameters = NULL;
    ga->weakreflist = NULL;
    ga->starred = 0;
    return 0;
}

HsObject *Hs_GenericAlias(HsObject *origin, HsObject *args) {
    HsGenericAliasObject *ga = (HsGenericAliasObject *)hs_gc_alloc(&HsGenericAlias_Type,
                                                                   sizeof *ga);
    if (ga == NULL) {
        return HsErr_NoMemory();
    }
    if (setup_ga(ga, origin, args) < 0) {
        hs_gc_free((HsObject *)ga);
        return NULL;
    }
    hs_gc_track((HsObject *)ga);
    return (HsObject *)ga;
}

/* __class_getitem__ of list, dict, tuple, ...: cls[args] -> GenericAlias(cls, args). */
HsObject *hs_generic_class_getitem(HsObject *cls, HsObject *args) {
    return Hs_GenericAlias(cls, args);
}

static void ga_dealloc(HsObject *op) {
    HsGenericAliasObject *ga = (HsGenericAliasObject *)op;
    hs_gc_untrack(op);
    if (ga->weakreflist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    Hs_XDECREF(ga->origin);
    Hs_XDECREF(ga->args);
    Hs_XDECREF(ga->parameters);
    Hs_TYPE(op)->tp_free(op);
}

static int ga_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsGenericAliasObject *ga = (HsGenericAliasObject *)op;
    HsObject *f[] = {ga->origin, ga->args, ga->parameters};
    for (size_t i = 0; i < 3; i++) {
        if (f[i] != NULL && visit(f[i], arg) != 0) {
            return 1;
        }
    }
    return 0;
}

static HsObject *ga_repr(HsObject *op) {
    HsGenericAliasObject *ga = (HsGenericAliasObject *)op;
    HsObject *parts = HsList_New(0);
    if (parts == NULL || repr_item(parts, ga->origin) < 0) {
        Hs_XDECREF(parts);
        return NULL;
    }
    HsObject *head = HS_LIST_GET(parts, 0);
    HsObject *items = HsList_New(0);
    for (Hs_ssize_t i = 0; items != NULL && i < Hs_SIZE(ga->args); i++) {
        HsObject *a = HS_TUPLE_GET(ga->args, i);
        if (HsList_Check(a)) { /* Callable[[int], str] style */
            HsObject *inner = HsList_New(0);
            for (Hs_ssize_t j = 0; inner != NULL && j < Hs_SIZE(a); j++) {
                if (repr_item(inner, HS_LIST_GET(a, j)) < 0) {
                    Hs_CLEAR(inner);
                }
            }
            HsObject *joined = inner != NULL ? join(inner, ", ") : NULL;
            HsObject *s = joined != NULL ? HsUnicode_FromFormat("[%U]", joined) : NULL;
            Hs_XDECREF(inner);
            Hs_XDECREF(joined);
            if (s == NULL || HsList_Append(items, s) < 0) {
                Hs_CLEAR(items);
            }
            Hs_XDECREF(s);
        } else if (repr_item(items, a) < 0) {
            Hs_CLEAR(items);
        }
    }
    HsObject *r = NULL;
    if (items != NULL) {
        HsObject *joined = Hs_SIZE(ga->args) == 0 ? HsUnicode_FromString("()") : join(items, ", ");
        if (joined != NULL) {
            r = HsUnicode_FromFormat("%s%U[%U]", ga->starred ? "*" : "", head, joined);
            Hs_DECREF(joined);
        }
        Hs_DECREF(items);
    }
    Hs_DECREF(parts);
    return r;
}

static const char *const attr_exceptions[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", NULL,
};

static HsObject *ga_getattro(HsObject *self, HsObject *name) {
    if (HsUnicode_Check(name)) {
        const char *n = HsUnicode_AsUTF8(name);
        const char *const *p = attr_exceptions;
        while (*p != NULL && strcmp(*p, n) != 0) {
            p++;
        }
        if (*p == NULL) {
            return HsObject_GetAttr(((HsGenericAliasObject *)self)->origin, name);
        }
    }
    return HsObject_GenericGetAttr(self, name);
}

static HsObject *ga_call(HsObject *self, HsObject *args, HsObject *kwds) {
    HsGenericAliasObject *ga = (HsGenericAliasObject *)self;
    HsObject *obj = HsObject_Call(ga->origin, args, kwds);
    if (obj != NULL && HsObject_SetAttrString(obj, "__orig_class__", self) < 0) {
        if (!HsErr_ExceptionMatches(HsExc_AttributeError) &&
            !HsErr_ExceptionMatches(HsExc_TypeError)) {
            Hs_DECREF(obj);
            return NULL;
        }
        HsErr_Clear();
    }
    return obj;
}

static HsObject *ga_richcompare(HsObject *a, HsObject *b, int op) {
    if (!GA_CHECK(b) || (op != HS_EQ && op != HS_NE)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    HsGenericAliasObject *x = (HsGenericAliasObject *)a, *y = (HsGenericAliasObject *)b;
    if (x->starred != y->starred) {
        return HsBool_FromLong(op == HS_NE);
    }
    int eq = HsObject_RichCompareBool(x->origin, y->origin, HS_EQ);
    if (eq < 0) {
        return NULL;
    }
    if (eq) {
        eq = HsObject_RichCompareBool(x->args, y->args, HS_EQ);
        if (eq < 0) {
            return NULL;
        }
    }
    return HsBool_FromLong(op == HS_EQ ? eq : !eq);
}

static Hs_ssize_t ga_hash(HsObject *op) {
    HsGenericAliasObject *ga = (HsGenericAliasObject *)op;
    Hs_ssize_t h0 = HsObject_Hash(ga->origin);
    if (h0 == -1) {
        return -1;
    }
    Hs_ssize_t h1 = HsObject_Hash(ga->args);
    if (h1 == -1) {
        return -1;
    }
    Hs_ssize_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static HsObject *ga_mro_entries(HsObject *self, HsObject *bases) {
    (void)bases;
    return HsTuple_Pack(1, ((HsGenericAliasObject *)self)->origin);
}

static HsObject *ga_instancecheck(HsObject *self, HsObject *obj) {
    (void)self;
    (void)obj;
    return HsErr_Format(HsExc_TypeError,
                        "isinstance() argument 2 cannot be a parameterized generic");
}

static HsObject *ga_subclasscheck(HsObject *self, HsObject *obj) {
    (void)self;
    (void)obj;
    return HsErr_Format(HsExc_TypeError,
                        "issubclass() argument 2 cannot be a parameterized generic");
}

/* Look up attribute 'name' of 'o': 1 with a new reference in *res, 0 (no exception) when
 * missing, -1 on error. */
static int lookup(HsObject *o, const char *name, HsObject **res) {
    HsObject *n = HsUnicode_FromString(name);
    if (n == NULL) {
        *res = NULL;
        return -1;
    }
    int r = HsObject_LookupAttr(o, n, res);
    Hs_DECREF(n);
    return r;
}

/* Append 'p' to 'list' unless it is already there (by identity). Returns 0 or -1. */
static int add_unique(HsObject *list, HsObject *p) {
    for (Hs_ssize_t i = 0; i < Hs_SIZE(list); i++) {
        if (HS_LIST_GET(list, i) == p) {
            return 0;
        }
    }
    return HsList_Append(list, p);
}

/* The type variables in 'args', in order of first appearance: each argument with a
 * __typing_subst__ method, and the __parameters__ of the others (classes excluded).
 * CPython 3.11: _Py_make_parameters. Return: new reference (a tuple). */
static HsObject *make_parameters(HsObject *args) {
    HsObject *list = HsList_New(0);
    for (Hs_ssize_t i = 0; list != NULL && i < Hs_SIZE(args); i++) {
        HsObject *t = HS_TUPLE_GET(args, i), *found = NULL;
        if (HsType_Check(t)) {
            continue;
        }
        int r = lookup(t, "__typing_subst__", &found);
        if (r > 0) {
            r = add_unique(list, t);
        } else if (r == 0 && (r = lookup(t, "__parameters__", &found)) > 0 &&
                   HsTuple_Check(found)) {
            for (Hs_ssize_t j = 0; r >= 0 && j < Hs_SIZE(found); j++) {
                r = add_unique(list, HS_TUPLE_GET(found, j));
            }
        }
        Hs_XDECREF(found);
        if (r < 0) {
            Hs_CLEAR(list);
        }
    }
    HsObject *params = list != NULL ? HsSequence_Tuple(list) : NULL;
    Hs_XDECREF(list);
    return params;
}

/* Index of 'p' in the tuple 'params' (by identity), or -1. */
static Hs_ssize_t param_index(HsObject *params, HsObject *p) {
    for (Hs_ssize_t i = 0; i < Hs_SIZE(params); i++) {
        if (HS_TUPLE_GET(params, i) == p) {
            return i;
        }
    }
    return -1;
}

/* 'arg' with its own type variables replaced: arg[values of arg.__parameters__], or arg
 * itself when it has none. CPython: subs_tvars. Return: new reference. */
static HsObject *subs_tvars(HsObject *arg, HsObject *params, HsObject *items) {
    HsObject *sub = NULL;
    if (lookup(arg, "__parameters__", &sub) < 0) {
        return NULL;
    }
    if (sub == NULL || !HsTuple_Check(sub) || Hs_SIZE(sub) == 0) {
        Hs_XDECREF(sub);
        return Hs_NewRef(arg);
    }
    HsObject *subargs = HsTuple_New(Hs_SIZE(sub));
    for (Hs_ssize_t i = 0; subargs != NULL && i < Hs_SIZE(sub); i++) {
        Hs_ssize_t k = param_index(params, HS_TUPLE_GET(sub, i));
        HsObject *v = k >= 0 ? HS_TUPLE_GET(items, k) : HS_TUPLE_GET(sub, i);
        HS_TUPLE_SET(subargs, i, Hs_NewRef(v));
    }
    Hs_DECREF(sub);
    if (subargs == NULL) {
        return NULL;
    }
    HsObject *r = HsObject_GetItem(arg, subargs);
    Hs_DECREF(subargs);
    return r;
}

/* The arguments of 'self' (a generic with 'args' and type variables 'params') after
 * substituting 'item' (one value or a tuple of them) for its parameters, each through
 * the parameter's __typing_subst__. CPython 3.11: _Py_subs_parameters, without
 * TypeVarTuple unpacking. Return: new reference (a tuple). */
static HsObject *subs_parameters(HsObject *self, HsObject *args, HsObject *params,
                                 HsObject *item) {
    Hs_ssize_t nparams = Hs_SIZE(params);
    if (nparams == 0) {
        return HsErr_Format(HsExc_TypeError, "%R is not a generic class", self);
    }
    HsObject *items = HsTuple_Check(item) ? Hs_NewRef(item) : HsTuple_Pack(1, item);
    if (items == NULL) {
        return NULL;
    }
    if (Hs_SIZE(items) != nparams) {
        HsErr_Format(HsExc_TypeError, "Too %s arguments for %R; actual %zd, expected %zd",
                     Hs_SIZE(items) > nparams ? "many" : "few", self, Hs_SIZE(items), nparams);
        Hs_DECREF(items);
        return NULL;
    }
    HsObject *newargs = HsTuple_New(Hs_SIZE(args));
    for (Hs_ssize_t i = 0; newargs != NULL && i < Hs_SIZE(args); i++) {
        HsObject *arg = HS_TUPLE_GET(args, i), *subst = NULL, *v = NULL;
        if (HsType_Check(arg)) {
            v = Hs_NewRef(arg);
        } else if (lookup(arg, "__typing_subst__", &subst) > 0) {
            Hs_ssize_t k = param_index(params, arg);
            v = k >= 0 ? HsObject_CallOneArg(subst, HS_TUPLE_GET(items, k)) : Hs_NewRef(arg);
        } else if (!HsErr_Occurred()) {
            v = subs_tvars(arg, params, items);
        }
        Hs_XDECREF(subst);
        if (v == NULL) {
            Hs_CLEAR(newargs);
        } else {
            HS_TUPLE_SET(newargs, i, v);
        }
    }
    Hs_DECREF(items);
    return newargs;
}

static HsObject *ga_get_parameters(HsObject *self, void *closure) {
    (void)closure;
    HsGenericAliasObject *ga = (HsGenericAliasObject *)self;
    if (ga->parameters == NULL && (ga->parameters = make_parameters(ga->args)) == NULL) {
        return NULL;
    }
    return Hs_NewRef(ga->parameters);
}

/* alias[item]: a new plain alias (even for a subclass) with the type variables replaced.
 * CPython 3.11: ga_getitem. Return: new reference. */
static HsObject *ga_getitem(HsObject *self, HsObject *item) {
    HsGenericAliasObject *ga = (HsGenericAliasObject *)self;
    if (ga->parameters == NULL && (ga->parameters = make_parameters(ga->args)) == NULL) {
        return NULL;
    }
    HsObject *newargs = subs_parameters(self, ga->args, ga->parameters, item);
    if (newargs == NULL) {
        return NULL;
    }
    HsObject *res = Hs_GenericAlias(ga->origin, newargs);
    Hs_DECREF(newargs);
    if (res != NULL) {
        ((HsGenericAliasObject *)res)->starred = ga->starred;
    }
    return res;
}

/* alias.__reduce__() -> (type(alias), (origin, args)) (CPython: ga_reduce, whose starred
 * form heapscope cannot create). Return: new reference. */
static HsObject *ga_reduce(HsObject *self, HsObject *unused) {
    (void)unused;
    HsGenericAliasObject *ga = (HsGenericAliasObject *)self;
    HsObject *args = HsTuple_Pack(2, ga->origin, ga->args);
    HsObject *r = args != NULL ? HsTuple_Pack(2, (HsObject *)Hs_TYPE(self), args) : NULL;
    Hs_XDECREF(args);
    return r;
}

static HsObject *ga_or(HsObject *a, HsObject *b);

static HsMethodDef ga_methods[] = {
    {"__reduce__", HS_CFUNC(ga_reduce), HS_METH_NOARGS, NULL},
    {"__mro_entries__", HS_CFUNC(ga_mro_entries), HS_METH_O, NULL},
    {"__instancecheck__", HS_CFUNC(ga_instancecheck), HS_METH_O, NULL},
    {"__subclasscheck__", HS_CFUNC(ga_subclasscheck), HS_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static HsMemberDef ga_members[] = {
    {"__origin__", HS_T_OBJECT, offsetof(HsGenericAliasObject, origin), HS_READONLY, NULL},
    {"__args__", HS_T_OBJECT, offsetof(HsGenericAliasObject, args), HS_READONLY, NULL},
    {"__unpacked__", HS_T_BOOL, offsetof(HsGenericAliasObject, starred), HS_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static HsGetSetDef ga_getset[] = {
    {"__parameters__", ga_get_parameters, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* types.GenericAlias(origin, args), or a subclass's instance allocated by its tp_alloc
 * (CPython: ga_new). Return: new reference. */
static HsObject *ga_tp_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    if (hs_arg_no_kwargs_dict("GenericAlias", kwds) < 0 ||
        hs_arg_check_positional("GenericAlias", Hs_SIZE(args), 2, 2) < 0) {
        return NULL;
    }
    if (type == &HsGenericAlias_Type) {
        return Hs_GenericAlias(HS_TUPLE_GET(args, 0), HS_TUPLE_GET(args, 1));
    }
    HsGenericAliasObject *ga = (HsGenericAliasObject *)type->tp_alloc(type, 0);
    if (ga == NULL) {
        return NULL;
    }
    if (setup_ga(ga, HS_TUPLE_GET(args, 0), HS_TUPLE_GET(args, 1)) < 0) {
        Hs_DECREF(ga);
        return NULL;
    }
    return (HsObject *)ga;
}

static HsNumberMethods ga_as_number = {.nb_or = ga_or};
static HsMappingMethods ga_as_mapping = {.mp_subscript = ga_getitem};

HsTypeObject HsGenericAlias_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "types.GenericAlias",
    .tp_basicsize = sizeof(HsGenericAliasObject),
    .tp_dealloc = ga_dealloc,
    .tp_as_number = &ga_as_number,
    .tp_as_mapping = &ga_as_mapping,
    .tp_repr = ga_repr,
    .tp_hash = ga_hash,
    .tp_call = ga_call,
    .tp_getattro = ga_getattro,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is "
              "list and t.__args__ is (int,).",
    .tp_traverse = ga_traverse,
    .tp_richcompare = ga_richcompare,
    .tp_weaklistoffset = offsetof(HsGenericAliasObject, weakreflist),
    .tp_methods = ga_methods,
    .tp_members = ga_members,
    .tp_getset = ga_getset,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = ga_tp_new,
};

/* ==== UnionType ==== */

/* Append the members of 'obj' (a union's args, or obj itself) to 'list', skipping ones
 * already there; None stands for NoneType. */
static int union_collect(HsObject *list, HsObject *obj) {
    if (Hs_TYPE(obj) == &HsUnion_Type) {
        HsObject *args = ((HsUnionObject *)obj)->args;
        for (Hs_ssize_t i = 0; i < Hs_SIZE(args); i++) {
            if (union_collect(list, HS_TUPLE_GET(args, i)) < 0) {
                return -1;
            }
        }
        return 0;
    }
    if (obj == Hs_None) {
        obj = (HsObject *)Hs_TYPE(Hs_None);
    }
    for (Hs_ssize_t i = 0; i < Hs_SIZE(list); i++) {
        int eq = HsObject_RichCompareBool(HS_LIST_GET(list, i), obj, HS_EQ);
        if (eq != 0) {
            return eq < 0 ? -1 : 0;
        }
    }
    return HsList_Append(list, obj);
}

HsObject *hs_union_or(HsObject *a, HsObject *b) {
    if (!unionable(a) || !unionable(b)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    HsObject *list = HsList_New(0);
    if (list == NULL || union_collect(list, a) < 0 || union_collect(list, b) < 0) {
        Hs_XDECREF(list);
        return NULL;
    }
    if (Hs_SIZE(list) == 1) {
        HsObject *only = Hs_NewRef(HS_LIST_GET(list, 0));
        Hs_DECREF(list);
        return only;
    }
    HsObject *args = HsSequence_Tuple(list);
    Hs_DECREF(list);
    if (args == NULL) {
        return NULL;
    }
    HsUnionObject *u = (HsUnionObject *)hs_gc_alloc(&HsUnion_Type, sizeof *u);
    if (u == NULL) {
        Hs_DECREF(args);
        return HsErr_NoMemory();
    }
    u->args = args;
    u->parameters = NULL;
    hs_gc_track((HsObject *)u);
    return (HsObject *)u;
}

static HsObject *ga_or(HsObject *a, HsObject *b) {
    return hs_union_or(a, b);
}

HsObject *hs_union_args(HsObject *op) {
    return Hs_TYPE(op) == &HsUnion_Type ? ((HsUnionObject *)op)->args : NULL;
}

static void union_dealloc(HsObject *op) {
    HsUnionObject *u = (HsUnionObject *)op;
    hs_gc_untrack(op);
    Hs_XDECREF(u->args);
    Hs_XDECREF(u->parameters);
    hs_gc_free(op);
}

static int union_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsUnionObject *u = (HsUnionObject *)op;
    if (u->args != NULL && visit(u->args, arg) != 0) {
        return 1;
    }
    return u->parameters != NULL ? visit(u->parameters, arg) : 0;
}

static HsObject *union_repr(HsObject *op) {
    HsObject *args = ((HsUnionObject *)op)->args;
    HsObject *items = HsList_New(0);
    for (Hs_ssize_t i = 0; items != NULL && i < Hs_SIZE(args); i++) {
        HsObject *a = HS_TUPLE_GET(args, i);
        if (a == (HsObject *)Hs_TYPE(Hs_None)) {
            HsObject *s = HsUnicode_FromString("None");
            if (s == NULL || HsList_Append(items, s) < 0) {
                Hs_CLEAR(items);
            }
            Hs_XDECREF(s);
        } else if (repr_item(items, a) < 0) {
            Hs_CLEAR(items);
        }
    }
    HsObject *r = items != NULL ? join(items, " | ") : NULL;
    Hs_XDECREF(items);
    return r;
}

static HsObject *union_richcompare(HsObject *a, HsObject *b, int op) {
    if (Hs_TYPE(b) != &HsUnion_Type || (op != HS_EQ && op != HS_NE)) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    HsObject *sa = HsFrozenSet_New(((HsUnionObject *)a)->args);
    HsObject *sb = sa != NULL ? HsFrozenSet_New(((HsUnionObject *)b)->args) : NULL;
    HsObject *r = sb != NULL ? HsObject_RichCompare(sa, sb, op) : NULL;
    Hs_XDECREF(sa);
    Hs_XDECREF(sb);
    return r;
}

static Hs_ssize_t union_hash(HsObject *op) {
    HsObject *s = HsFrozenSet_New(((HsUnionObject *)op)->args);
    if (s == NULL) {
        return -1;
    }
    Hs_ssize_t h = HsObject_Hash(s);
    Hs_DECREF(s);
    return h;
}

static HsObject *union_get_parameters(HsObject *self, void *closure) {
    (void)closure;
    HsUnionObject *u = (HsUnionObject *)self;
    if (u->parameters == NULL && (u->parameters = HsTuple_New(0)) == NULL) {
        return NULL;
    }
    return Hs_NewRef(u->parameters);
}

static HsMemberDef union_members[] = {
    {"__args__", HS_T_OBJECT, offsetof(HsUnionObject, args), HS_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static HsGetSetDef union_getset[] = {
    {"__parameters__", union_get_parameters, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsNumberMethods union_as_number = {.nb_or = ga_or};

HsTypeObject HsUnion_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "types.UnionType",
    .tp_basicsize = sizeof(HsUnionObject),
    .tp_dealloc = union_dealloc,
    .tp_as_number = &union_as_number,
    .tp_repr = union_repr,
    .tp_hash = union_hash,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .tp_traverse = union_traverse,
    .tp_richcompare = union_richcompare,
    .tp_members = union_members,
    .tp_getset = union_getset,
};

/* ==== start-up ==== */

static HsMethodDef class_getitem_def = {
    "__class_getitem__", HS_CFUNC(hs_generic_class_getitem), HS_METH_O | HS_METH_CLASS,
    "See PEP 585"};

int hs_generic_alias_enable(HsTypeObject *tp) {
    HsObject *d = HsDescr_NewClassMethod(tp, &class_getitem_def);
    if (d == NULL || HsDict_SetItemString(tp->tp_dict, "__class_getitem__", d) < 0) {
        Hs_XDECREF(d);
        return -1;
    }
    Hs_DECREF(d);
    hs_type_modified(tp);
    return 0;
}

int hs_generic_alias_init(void) {
    HsTypeObject *types[] = {&HsList_Type,      &HsDict_Type,      &HsTuple_Type,
                             &HsSet_Type,       &HsFrozenSet_Type, &HsDictProxy_Type,
                             (HsTypeObject *)HsExc_BaseExceptionGroup};
    if (HsType_Ready(&HsGenericAlias_Type) < 0 || HsType_Ready(&HsUnion_Type) < 0) {
        return -1;
    }
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (HsType_Ready(types[i]) < 0 || hs_generic_alias_enable(types[i]) < 0) {
            return -1;
        }
    }
    return 0;
}
