/* Slots and dunders (CPython 3.11: Objects/typeobject.c, slotdefs and friends). Two
 * directions of one table:
 *   - a C type's slots show up in Python as slot wrappers in its dict (`int.__add__`,
 *     `list.__len__`, `object.__init__`), bound as method-wrappers (`(1).__add__`);
 *   - a class written in Python gets C slots that call its dunders (slot_nb_add looks up
 *     __add__/__radd__ with CPython's reflected-operand rules, slot_tp_init calls __init__).
 * fixup_slots decides per slot: when the MRO's dunder is an unchanged slot wrapper, the
 * wrapped C function itself is used (so a class that does not override __init__ keeps
 * object_init, with no Python-level call); otherwise the slot_* dispatcher.
 * Invariants: the table lists entries sharing a slot consecutively; names are interned once
 * and live for the process (the type lookup cache keys on name pointers). */
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <string.h>

typedef HsObject *(*wrapperfunc)(HsObject *self, HsObject *args, void *wrapped);
typedef HsObject *(*wrapperfunc_kw)(HsObject *self, HsObject *args, void *wrapped,
                                    HsObject *kwds);

typedef struct SlotDef {
    const char *name;
    Hs_ssize_t offset;   /* of the slot in HsHeapTypeObject */
    void *function;      /* slot_* dispatcher for classes, or NULL */
    wrapperfunc wrapper; /* calls the C slot for a slot wrapper, or NULL */
    int kw;              /* wrapper takes keywords (wrapperfunc_kw) */
    HsObject *name_str;  /* interned name, filled in by init_slotdefs */
} SlotDef;

typedef struct HsWrapperDescrObject {
    HS_DESCR_HEAD;
    SlotDef *d_base;
    void *d_wrapped;
} HsWrapperDescrObject;

typedef struct HsMethodWrapperObject {
    HsObject ob_base;
    HsWrapperDescrObject *descr; /* owned */
    HsObject *self;              /* owned */
} HsMethodWrapperObject;

/* ==== interned names ==== */

static HsObject *intern_name(const char *s, HsObject **cache) {
    if (*cache == NULL) {
        hs_obj_static_name(cache, s);
    }
    return *cache;
}
#define NAME(s)                                                                                    \
    ({                                                                                             \
        static HsObject *cache_;                                                                   \
        intern_name(s, &cache_);                                                                   \
    })

/* ==== calling dunders ==== */

/* The special method 'name' of type(self): *unbound is 1 when it is a plain function (call
 * it with self first), 0 when already bound. Return: new reference, or NULL (an exception
 * set only if binding failed). CPython: lookup_maybe_method. */
static HsObject *lookup_method(HsObject *self, HsObject *name, int *unbound) {
    HsObject *res = hs_type_lookup(Hs_TYPE(self), name);
    if (res == NULL) {
        return NULL;
    }
    if (HsType_HasFeature(Hs_TYPE(res), HS_TPFLAGS_METHOD_DESCRIPTOR)) {
        *unbound = 1;
        return Hs_NewRef(res);
    }
    *unbound = 0;
    hs_descrgetfunc f = Hs_TYPE(res)->tp_descr_get;
    if (f == NULL) {
        return Hs_NewRef(res);
    }
    return f(res, self, (HsObject *)Hs_TYPE(self));
}

HsObject *hs_call_special(HsObject *self, HsObject *name, HsObject *const *args,
                          Hs_ssize_t nargs, int *found) {
    int unbound;
    HsObject *func = lookup_method(self, name, &unbound);
    *found = func != NULL || HsErr_Occurred();
    if (func == NULL) {
        return NULL;
    }
    HsObject *stack[4];
    HS_ASSERT(nargs <= 3);
    stack[0] = self;
    for (Hs_ssize_t i = 0; i < nargs; i++) {
        stack[i + 1] = args[i];
    }
    HsObject *r = unbound ? HsObject_Vectorcall(func, stack, (size_t)nargs + 1, NULL)
                          : HsObject_Vectorcall(func, stack + 1, (size_t)nargs, NULL);
    Hs_DECREF(func);
    return r;
}

/* Call special method 'name' that the slot being run guarantees exists. */
static HsObject *call_method(HsObject *self, HsObject *name, HsObject *const *args,
                             Hs_ssize_t nargs) {
    int found;
    HsObject *r = hs_call_special(self, name, args, nargs, &found);
    if (!found) {
        HsErr_SetObject(HsExc_AttributeError, name);
    }
    return r;
}

/* As call_method, but NotImplemented when the method is missing. CPython: vectorcall_maybe */
static HsObject *call_maybe(HsObject *self, HsObject *name, HsObject *const *args,
                            Hs_ssize_t nargs) {
    int found;
    HsObject *r = hs_call_special(self, name, args, nargs, &found);
    if (!found) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    return r;
}

/* ==== slot functions for classes: type slots ==== */

static HsObject *slot_tp_repr(HsObject *self) {
    int found;
    HsObject *r = hs_call_special(self, NAME("__repr__"), NULL, 0, &found);
    if (!found) {
        return HsUnicode_FromFormat("<%s object at %p>", Hs_TYPE(self)->tp_name, (void *)self);
    }
    return r;
}

static HsObject *slot_tp_str(HsObject *self) {
    return call_method(self, NAME("__str__"), NULL, 0);
}

static Hs_ssize_t slot_tp_hash(HsObject *self) {
    int unbound;
    HsObject *func = lookup_method(self, NAME("__hash__"), &unbound);
    if (func == Hs_None) {
        Hs_DECREF(func);
        func = NULL;
    }
    if (func == NULL) {
        return HsErr_Occurred() ? -1 : HsObject_HashNotImplemented(self);
    }
    HsObject *r = unbound ? HsObject_CallOneArg(func, self) : HsObject_CallNoArgs(func);
    Hs_DECREF(func);
    if (r == NULL) {
        return -1;
    }
    if (!HsLong_Check(r)) {
        Hs_DECREF(r);
        HsErr_SetString(HsExc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    Hs_ssize_t h = HsLong_AsSsize_t(r);
    if (h == -1 && HsErr_Occurred()) {
        HsErr_Clear();
        h = Hs_TYPE(r)->tp_hash(r); /* a big int: hash it as int does */
    }
    Hs_DECREF(r);
    return h == -1 ? -2 : h;
}

static HsObject *slot_tp_call(HsObject *self, HsObject *args, HsObject *kwds) {
    int unbound;
    HsObject *meth = lookup_method(self, NAME("__call__"), &unbound);
    if (meth == NULL) {
        return HsErr_Occurred() ? NULL
                                : HsErr_Format(HsExc_TypeError, "'%.200s' object is not callable",
                                               Hs_TYPE(self)->tp_name);
    }
    HsObject *r;
    if (unbound) {
        Hs_ssize_t n = Hs_SIZE(args);
        HsObject *full = HsTuple_New(n + 1);
        if (full == NULL) {
            Hs_DECREF(meth);
            return NULL;
        }
        HS_TUPLE_SET(full, 0, Hs_NewRef(self));
        for (Hs_ssize_t i = 0; i < n; i++) {
            HS_TUPLE_SET(full, i + 1, Hs_NewRef(HS_TUPLE_GET(args, i)));
        }
        r = HsObject_Call(meth, full, kwds);
        Hs_DECREF(full);
    } else {
        r = HsObject_Call(meth, args, kwds);
    }
    Hs_DECREF(meth);
    return r;
}

static HsObject *wrap_binaryfunc(HsObject *self, HsObject *args, void *wrapped);

/* tp_getattro for a class defining __getattr__ and/or __getattribute__: call
 * __getattribute__ (object's directly), and __getattr__ on AttributeError.
 * CPython: slot_tp_getattr_hook. */
static HsObject *slot_tp_getattr_hook(HsObject *self, HsObject *name) {
    HsTypeObject *tp = Hs_TYPE(self);
    HsObject *getattr = hs_type_lookup(tp, NAME("__getattr__"));
    HsObject *getattribute = hs_type_lookup(tp, NAME("__getattribute__"));
    HsObject *res;
    if (getattribute == NULL ||
        (Hs_TYPE(getattribute) == &HsWrapperDescr_Type &&
         ((HsWrapperDescrObject *)getattribute)->d_wrapped == (void *)HsObject_GenericGetAttr)) {
        res = HsObject_GenericGetAttr(self, name);
    } else {
        Hs_INCREF(getattribute);
        HsObject *stack[2] = {self, name};
        hs_descrgetfunc f = Hs_TYPE(getattribute)->tp_descr_get;
        if (f == NULL || HsType_HasFeature(Hs_TYPE(getattribute), HS_TPFLAGS_METHOD_DESCRIPTOR)) {
            res = HsObject_Vectorcall(getattribute, stack, 2, NULL);
        } else {
            HsObject *bound = f(getattribute, self, (HsObject *)tp);
            res = bound != NULL ? HsObject_Vectorcall(bound, stack + 1, 1, NULL) : NULL;
            Hs_XDECREF(bound);
        }
        Hs_DECREF(getattribute);
    }
    if (res == NULL && getattr != NULL && HsErr_ExceptionMatches(HsExc_AttributeError)) {
        HsErr_Clear();
        Hs_INCREF(getattr);
        HsObject *stack[2] = {self, name};
        hs_descrgetfunc f = Hs_TYPE(getattr)->tp_descr_get;
        if (f == NULL || HsType_HasFeature(Hs_TYPE(getattr), HS_TPFLAGS_METHOD_DESCRIPTOR)) {
            res = HsObject_Vectorcall(getattr, stack, 2, NULL);
        } else {
            HsObject *bound = f(getattr, self, (HsObject *)tp);
            res = bound != NULL ? HsObject_Vectorcall(bound, stack + 1, 1, NULL) : NULL;
            Hs_XDECREF(bound);
        }
        Hs_DECREF(getattr);
    }
    return res;
}

static int slot_tp_setattro(HsObject *self, HsObject *name, HsObject *value) {
    HsObject *args[2] = {name, value};
    HsObject *r = value == NULL ? call_method(self, NAME("__delattr__"), args, 1)
                                : call_method(self, NAME("__setattr__"), args, 2);
    if (r == NULL) {
        return -1;
    }
    Hs_DECREF(r);
    return 0;
}

static const char *const richcmp_names[] = {"__lt__", "__le__", "__eq__",
                                            "__ne__", "__gt__", "__ge__"};

static HsObject *slot_tp_richcompare(HsObject *self, HsObject *other, int op) {
    static HsObject *names[6];
    HsObject *name = intern_name(richcmp_names[op], &names[op]);
    return call_maybe(self, name, &other, 1);
}

static HsObject *slot_tp_iter(HsObject *self) {
    int unbound;
    HsObject *func = lookup_method(self, NAME("__iter__"), &unbound);
    if (func == Hs_None) {
        Hs_DECREF(func);
        return HsErr_Format(HsExc_TypeError, "'%.200s' object is not iterable",
                            Hs_TYPE(self)->tp_name);
    }
    if (func != NULL) {
        HsObject *r = unbound ? HsObject_CallOneArg(func, self) : HsObject_CallNoArgs(func);
        Hs_DECREF(func);
        return r;
    }
    if (HsErr_Occurred()) {
        return NULL;
    }
    if (hs_type_lookup(Hs_TYPE(self), NAME("__getitem__")) == NULL) {
        return HsErr_Format(HsExc_TypeError, "'%.200s' object is not iterable",
                            Hs_TYPE(self)->tp_name);
    }
    return HsSeqIter_New(self);
}

static HsObject *slot_tp_iternext(HsObject *self) {
    return call_method(self, NAME("__next__"), NULL, 0);
}

static HsObject *slot_tp_descr_get(HsObject *self, HsObject *obj, HsObject *type) {
    HsObject *get = hs_type_lookup(Hs_TYPE(self), NAME("__get__"));
    if (get == NULL) {
        return Hs_NewRef(self);
    }
    HsObject *args[2] = {obj != NULL ? obj : Hs_None, type != NULL ? type : Hs_None};
    return call_method(self, NAME("__get__"), args, 2);
}

static int slot_tp_descr_set(HsObject *self, HsObject *target, HsObject *value) {
    HsObject *args[2] = {target, value};
    HsObject *r = value == NULL ? call_method(self, NAME("__delete__"), args, 1)
                                : call_method(self, NAME("__set__"), args, 2);
    if (r == NULL) {
        return -1;
    }
    Hs_DECREF(r);
    return 0;
}

static int slot_tp_init(HsObject *self, HsObject *args, HsObject *kwds) {
    int unbound;
    HsObject *meth = lookup_method(self, NAME("__init__"), &unbound);
    if (meth == NULL) {
        if (!HsErr_Occurred()) {
            HsErr_SetObject(HsExc_AttributeError, NAME("__init__"));
        }
        return -1;
    }
    HsObject *r;
    Hs_ssize_t n = Hs_SIZE(args);
    if (unbound) {
        HsObject *small[8];
        HsObject **stack = small;
        Hs_ssize_t nk = kwds != NULL ? HsDict_Size(kwds) : 0;
        if (n + 1 + nk > 8) {
            HsObject *full = HsTuple_New(n + 1);
            if (full == NULL) {
                Hs_DECREF(meth);
                return -1;
            }
            HS_TUPLE_SET(full, 0, Hs_NewRef(self));
            for (Hs_ssize_t i = 0; i < n; i++) {
                HS_TUPLE_SET(full, i + 1, Hs_NewRef(HS_TUPLE_GET(args, i)));
            }
            r = HsObject_Call(meth, full, kwds);
            Hs_DECREF(full);
        } else {
            stack[0] = self;
            for (Hs_ssize_t i = 0; i < n; i++) {
                stack[i + 1] = HS_TUPLE_GET(args, i);
            }
            HsObject *kwnames = NULL;
            if (nk > 0) {
                kwnames = HsTuple_New(nk);
                if (kwnames == NULL) {
                    Hs_DECREF(meth);
                    return -1;
                }
                Hs_ssize_t pos = 0, i = 0;
                HsObject *k, *v;
                while (HsDict_Next(kwds, &pos, &k, &v)) {
                    HS_TUPLE_SET(kwnames, i, Hs_NewRef(k));
                    stack[n + 1 + i] = v;
                    i++;
                }
            }
            r = HsObject_Vectorcall(meth, stack, (size_t)n + 1, kwnames);
            Hs_XDECREF(kwnames);
        }
    } else {
        r = HsObject_Call(meth, args, kwds);
    }
    Hs_DECREF(meth);
    if (r == NULL) {
        return -1;
    }
    if (r != Hs_None) {
        HsErr_Format(HsExc_TypeError, "__init__() should return None, not '%.200s'",
                     Hs_TYPE(r)->tp_name);
        Hs_DECREF(r);
        return -1;
    }
    Hs_DECREF(r);
    return 0;
}

static HsObject *slot_tp_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    HsObject *func = HsObject_GetAttr((HsObject *)type, NAME("__new__"));
    if (func == NULL) {
        return NULL;
    }
    Hs_ssize_t n = Hs_SIZE(args);
    HsObject *full = HsTuple_New(n + 1);
    HsObject *r = NULL;
    if (full != NULL) {
        HS_TUPLE_SET(full, 0, Hs_NewRef((HsObject *)type));
        for (Hs_ssize_t i = 0; i < n; i++) {
            HS_TUPLE_SET(full, i + 1, Hs_NewRef(HS_TUPLE_GET(args, i)));
        }
        r = HsObject_Call(func, full, kwds);
        Hs_DECREF(full);
    }
    Hs_DECREF(func);
    return r;
}

/* __del__: errors are reported as unraisable, the current exception is kept. */
static void slot_tp_finalize(HsObject *self) {
    HsObject *saved = HsErr_GetRaisedException();
    int unbound;
    HsObject *del = lookup_method(self, NAME("__del__"), &unbound);
    if (del != NULL) {
        HsObject *r = unbound ? HsObject_CallOneArg(del, self) : HsObject_CallNoArgs(del);
        if (r == NULL) {
            HsErr_WriteUnraisable(del);
        }
        Hs_XDECREF(r);
        Hs_DECREF(del);
    } else {
        HsErr_Clear();
    }
    HsErr_SetRaisedException(saved);
}

/* ==== slot functions for classes: sequences and mappings ==== */

static Hs_ssize_t slot_sq_length(HsObject *self) {
    HsObject *r = call_method(self, NAME("__len__"), NULL, 0);
    if (r == NULL) {
        return -1;
    }
    HsObject *idx = HsNumber_Index(r);
    Hs_DECREF(r);
    if (idx == NULL) {
        return -1;
    }
    Hs_ssize_t n = HsLong_AsSsize_t(idx);
    int negative = HsLong_Check(idx) && Hs_SIZE(idx) < 0;
    Hs_DECREF(idx);
    if (negative) {
        if (n == -1 && HsErr_Occurred()) {
            HsErr_Clear();
        }
        HsErr_SetString(HsExc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    if (n == -1 && HsErr_Occurred()) {
        HsErr_Clear();
        HsErr_SetString(HsExc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return n;
}

static HsObject *slot_sq_item(HsObject *self, Hs_ssize_t i) {
    HsObject *idx = HsLong_FromSsize_t(i);
    if (idx == NULL) {
        return NULL;
    }
    HsObject *r = call_method(self, NAME("__getitem__"), &idx, 1);
    Hs_DECREF(idx);
    return r;
}

static int slot_sq_ass_item(HsObject *self, Hs_ssize_t i, HsObject *value) {
    HsObject *idx = HsLong_FromSsize_t(i);
    if (idx == NULL) {
        return -1;
    }
    HsObject *args[2] = {idx, value};
    HsObject *r = value == NULL ? call_method(self, NAME("__delitem__"), args, 1)
                                : call_method(self, NAME("__setitem__"), args, 2);
    Hs_DECREF(idx);
    if (r == NULL) {
        return -1;
    }
    Hs_DECREF(r);
    return 0;
}

/* `in` by iteration, for a class with __iter__ but no __contains__. */
static int iter_search(HsObject *self, HsObject *value) {
    HsObject *it = HsObject_GetIter(self);
    if (it == NULL) {
        return -1;
    }
    for (;;) {
        HsObject *item = HsIter_Next(it);
        if (item == NULL) {
            Hs_DECREF(it);
            return HsErr_Occurred() ? -1 : 0;
        }
        int eq = item == value ? 1 : HsObject_RichCompareBool(item, value, HS_EQ);
        Hs_DECREF(item);
        if (eq != 0) {
            Hs_DECREF(it);
            return eq;
        }
    }
}

static int slot_sq_contains(HsObject *self, HsObject *value) {
    int unbound;
    HsObject *func = lookup_method(self, NAME("__contains__"), &unbound);
    if (func == Hs_None) {
        Hs_DECREF(func);
        HsErr_Format(HsExc_TypeError, "'%.200s' object is not a container",
                     Hs_TYPE(self)->tp_name);
        return -1;
    }
    if (func == NULL) {
        return HsErr_Occurred() ? -1 : iter_search(self, value);
    }
    HsObject *stack[2] = {self, value};
    HsObject *r = unbound ? HsObject_Vectorcall(func, stack, 2, NULL)
                          : HsObject_Vectorcall(func, stack + 1, 1, NULL);
    Hs_DECREF(func);
    if (r == NULL) {
        return -1;
    }
    int t = HsObject_IsTrue(r);
    Hs_DECREF(r);
    return t;
}

static HsObject *slot_mp_subscript(HsObject *self, HsObject *key) {
    return call_method(self, NAME("__getitem__"), &key, 1);
}

static int slot_mp_ass_subscript(HsObject *self, HsObject *key, HsObject *value) {
    HsObject *args[2] = {key, value};
    HsObject *r = value == NULL ? call_method(self, NAME("__delitem__"), args, 1)
                                : call_method(self, NAME("__setitem__"), args, 2);
    if (r == NULL) {
        return -1;
    }
    Hs_DECREF(r);
    return 0;
}

/* ==== slot functions for classes: numbers ==== */

/* Does type(right) define 'name' differently from type(left)? CPython: method_is_overloaded */
static int method_is_overloaded(HsObject *left, HsObject *right, HsObject *name) {
    HsObject *b = hs_type_lookup(Hs_TYPE(right), name);
    if (b == NULL) {
        return 0;
    }
    HsObject *a = hs_type_lookup(Hs_TYPE(left), name);
    return a != b;
}

#define NB_SLOT_PTR(tp, slot) ((tp)->tp_as_number != NULL ? (void *)(tp)->tp_as_number->slot : NULL)

/* A binary operator: __op__ of the left operand, __rop__ of the right one, the right one
 * first when its type is a proper subclass overriding __rop__. CPython: SLOT1BINFULL. */
#define BINARY_SLOT(FUNC, SLOT, OP, ROP) BINARY_SLOT_T(FUNC, FUNC, SLOT, OP, ROP)
#define BINARY_SLOT_T(FUNC, TEST, SLOT, OP, ROP)                                                   \
    static HsObject *FUNC(HsObject *self, HsObject *other) {                                       \
        HsObject *stack[2];                                                                        \
        int do_other = Hs_TYPE(self) != Hs_TYPE(other) &&                                          \
                       NB_SLOT_PTR(Hs_TYPE(other), SLOT) == (void *)TEST;                          \
        if (NB_SLOT_PTR(Hs_TYPE(self), SLOT) == (void *)TEST) {                                    \
            HsObject *r;                                                                           \
            if (do_other && HsType_IsSubtype(Hs_TYPE(other), Hs_TYPE(self)) &&                     \
                method_is_overloaded(self, other, NAME(ROP))) {                                    \
                stack[0] = self;                                                                   \
                r = call_maybe(other, NAME(ROP), stack, 1);                                        \
                if (r != Hs_NotImplemented) {                                                      \
                    return r;                                                                      \
                }                                                                                  \
                Hs_DECREF(r);                                                                      \
                do_other = 0;                                                                      \
            }                                                                                      \
            stack[0] = other;                                                                      \
            r = call_maybe(self, NAME(OP), stack, 1);                                              \
            if (r != Hs_NotImplemented || Hs_TYPE(other) == Hs_TYPE(self)) {                       \
                return r;                                                                          \
            }                                                                                      \
            Hs_DECREF(r);                                                                          \
        }                                                                                          \
        if (do_other) {                                                                            \
            stack[0] = self;                                                                       \
            return call_maybe(other, NAME(ROP), stack, 1);                                         \
        }                                                                                          \
        Hs_RETURN_NOTIMPLEMENTED;                                                                  \
    }

BINARY_SLOT(slot_nb_add, nb_add, "__add__", "__radd__")
BINARY_SLOT(slot_nb_subtract, nb_subtract, "__sub__", "__rsub__")
BINARY_SLOT(slot_nb_multiply, nb_multiply, "__mul__", "__rmul__")
BINARY_SLOT(slot_nb_remainder, nb_remainder, "__mod__", "__rmod__")
BINARY_SLOT(slot_nb_divmod, nb_divmod, "__divmod__", "__rdivmod__")
BINARY_SLOT(slot_nb_lshift, nb_lshift, "__lshift__", "__rlshift__")
BINARY_SLOT(slot_nb_rshift, nb_rshift, "__rshift__", "__rrshift__")
BINARY_SLOT(slot_nb_and, nb_and, "__and__", "__rand__")
BINARY_SLOT(slot_nb_xor, nb_xor, "__xor__", "__rxor__")
BINARY_SLOT(slot_nb_or, nb_or, "__or__", "__ror__")
BINARY_SLOT(slot_nb_floor_divide, nb_floor_divide, "__floordiv__", "__rfloordiv__")
BINARY_SLOT(slot_nb_true_divide, nb_true_divide, "__truediv__", "__rtruediv__")
BINARY_SLOT(slot_nb_matrix_multiply, nb_matrix_multiply, "__matmul__", "__rmatmul__")
static HsObject *slot_nb_power(HsObject *self, HsObject *other, HsObject *modulus);
BINARY_SLOT_T(slot_nb_power_binary, slot_nb_power, nb_power, "__pow__", "__rpow__")

static HsObject *slot_nb_power(HsObject *self, HsObject *other, HsObject *modulus) {
    if (modulus == Hs_None) {
        return slot_nb_power_binary(self, other);
    }
    /* Three-argument pow: only __pow__ of the first operand is tried. */
    if (NB_SLOT_PTR(Hs_TYPE(self), nb_power) == (void *)slot_nb_power) {
        HsObject *args[2] = {other, modulus};
        return call_maybe(self, NAME("__pow__"), args, 2);
    }
    Hs_RETURN_NOTIMPLEMENTED;
}

#define UNARY_SLOT(FUNC, NAMESTR)                                                                  \
    static HsObject *FUNC(HsObject *self) { return call_method(self, NAME(NAMESTR), NULL, 0); }

UNARY_SLOT(slot_nb_negative, "__neg__")
UNARY_SLOT(slot_nb_positive, "__pos__")
UNARY_SLOT(slot_nb_absolute, "__abs__")
UNARY_SLOT(slot_nb_invert, "__invert__")
UNARY_SLOT(slot_nb_int, "__int__")
UNARY_SLOT(slot_nb_float, "__float__")
UNARY_SLOT(slot_nb_index, "__index__")

#define INPLACE_SLOT(FUNC, NAMESTR)                                                                \
    static HsObject *FUNC(HsObject *self, HsObject *other) {                                       \
        return call_maybe(self, NAME(NAMESTR), &other, 1);                                         \
    }

INPLACE_SLOT(slot_nb_inplace_add, "__iadd__")
INPLACE_SLOT(slot_nb_inplace_subtract, "__isub__")
INPLACE_SLOT(slot_nb_inplace_multiply, "__imul__")
INPLACE_SLOT(slot_nb_inplace_remainder, "__imod__")
INPLACE_SLOT(slot_nb_inplace_lshift, "__ilshift__")
INPLACE_SLOT(slot_nb_inplace_rshift, "__irshift__")
INPLACE_SLOT(slot_nb_inplace_and, "__iand__")
INPLACE_SLOT(slot_nb_inplace_xor, "__ixor__")
INPLACE_SLOT(slot_nb_inplace_or, "__ior__")
INPLACE_SLOT(slot_nb_inplace_floor_divide, "__ifloordiv__")
INPLACE_SLOT(slot_nb_inplace_true_divide, "__itruediv__")
INPLACE_SLOT(slot_nb_inplace_matrix_multiply, "__imatmul__")

static HsObject *slot_nb_inplace_power(HsObject *self, HsObject *other, HsObject *modulus) {
    (void)modulus;
    return call_maybe(self, NAME("__ipow__"), &other, 1);
}

static int slot_nb_bool(HsObject *self) {
    int unbound;
    HsObject *func = lookup_method(self, NAME("__bool__"), &unbound);
    if (func == NULL) {
        if (HsErr_Occurred()) {
            return -1;
        }
        if (hs_type_lookup(Hs_TYPE(self), NAME("__len__")) == NULL) {
            return 1;
        }
        Hs_ssize_t n = slot_sq_length(self);
        return n < 0 ? -1 : n > 0;
    }
    HsObject *r = unbound ? HsObject_CallOneArg(func, self) : HsObject_CallNoArgs(func);
    Hs_DECREF(func);
    if (r == NULL) {
        return -1;
    }
    int t;
    if (!HsBool_Check(r)) {
        HsErr_Format(HsExc_TypeError, "__bool__ should return bool, returned %.200s",
                     Hs_TYPE(r)->tp_name);
        t = -1;
    } else {
        t = r == Hs_True;
    }
    Hs_DECREF(r);
    return t;
}

/* ==== wrappers: a C slot called from Python ==== */

static int check_num_args(HsObject *args, Hs_ssize_t n) {
    if (Hs_SIZE(args) == n) {
        return 1;
    }
    HsErr_Format(HsExc_TypeError, "expected %zd argument%s, got %zd", n, n == 1 ? "" : "s",
                 Hs_SIZE(args));
    return 0;
}

/* The wrappers CPython unpacks with PyArg_UnpackTuple(args, "", min, max): its messages,
 * with the empty name's leading space (" expected 2 arguments, got 1"). */
static int unpack_args(HsObject *args, Hs_ssize_t min, Hs_ssize_t max) {
    Hs_ssize_t n = Hs_SIZE(args);
    if (n >= min && n <= max) {
        return 1;
    }
    Hs_ssize_t lim = n < min ? min : max;
    HsErr_Format(HsExc_TypeError, " expected %s%zd argument%s, got %zd",
                 min == max ? "" : n < min ? "at least " : "at most ", lim, lim == 1 ? "" : "s", n);
    return 0;
}

static HsObject *wrap_unaryfunc(HsObject *self, HsObject *args, void *wrapped) {
    return check_num_args(args, 0) ? ((hs_unaryfunc)wrapped)(self) : NULL;
}

static HsObject *wrap_binaryfunc(HsObject *self, HsObject *args, void *wrapped) {
    return check_num_args(args, 1) ? ((hs_binaryfunc)wrapped)(self, HS_TUPLE_GET(args, 0))
                                   : NULL;
}

/* The left form of a number slot (__add__ for nb_add). It does what wrap_binaryfunc does,
 * but is a function of its own: slot inheritance recognises a wrapper as a slot's own by
 * its wrapper function, and list.__add__ (sq_concat) must not pass for nb_add, or a
 * subclass of list would get list's concatenation as its nb_add and `1 + L()` would call it
 * with an int. CPython: wrap_binaryfunc_l. */
static HsObject *wrap_binaryfunc_l(HsObject *self, HsObject *args, void *wrapped) {
    if (!check_num_args(args, 1)) {
        return NULL;
    }
    return ((hs_binaryfunc)wrapped)(self, HS_TUPLE_GET(args, 0));
}

static HsObject *wrap_binaryfunc_r(HsObject *self, HsObject *args, void *wrapped) {
    return check_num_args(args, 1) ? ((hs_binaryfunc)wrapped)(HS_TUPLE_GET(args, 0), self)
                                   : NULL;
}

static int unpack_pow_args(HsObject *args, HsObject **third) {
    Hs_ssize_t n = Hs_SIZE(args);
    if (!unpack_args(args, 1, 2)) {
        return 0;
    }
    *third = n == 2 ? HS_TUPLE_GET(args, 1) : Hs_None;
    return 1;
}

static HsObject *wrap_ternaryfunc(HsObject *self, HsObject *args, void *wrapped) {
    HsObject *third;
    return unpack_pow_args(args, &third)
               ? ((hs_ternaryfunc)wrapped)(self, HS_TUPLE_GET(args, 0), third)
               : NULL;
}

static HsObject *wrap_ternaryfunc_r(HsObject *self, HsObject *args, void *wrapped) {
    HsObject *third;
    return unpack_pow_args(args, &third)
               ? ((hs_ternaryfunc)wrapped)(HS_TUPLE_GET(args, 0), self, third)
               : NULL;
}

static HsObject *wrap_inquirypred(HsObject *self, HsObject *args, void *wrapped) {
    if (!check_num_args(args, 0)) {
        return NULL;
    }
    int r = ((hs_inquiry)wrapped)(self);
    return r < 0 ? NULL : HsBool_FromLong(r);
}

static HsObject *wrap_lenfunc(HsObject *self, HsObject *args, void *wrapped) {
    if (!check_num_args(args, 0)) {
        return NULL;
    }
    Hs_ssize_t n = ((hs_lenfunc)wrapped)(self);
    return n < 0 && HsErr_Occurred() ? NULL : HsLong_FromSsize_t(n);
}

static HsObject *wrap_indexargfunc(HsObject *self, HsObject *args, void *wrapped) {
    if (!unpack_args(args, 1, 1)) {
        return NULL;
    }
    Hs_ssize_t i = HsNumber_AsSsize_t(HS_TUPLE_GET(args, 0), HsExc_OverflowError);
    if (i == -1 && HsErr_Occurred()) {
        return NULL;
    }
    return ((hs_ssizeargfunc)wrapped)(self, i);
}

/* An index argument, negative ones counted from the end. CPython: getindex */
static Hs_ssize_t get_index(HsObject *self, HsObject *arg) {
    Hs_ssize_t i = HsNumber_AsSsize_t(arg, HsExc_OverflowError);
    if (i == -1 && HsErr_Occurred()) {
        return -1;
    }
    HsSequenceMethods *sq = Hs_TYPE(self)->tp_as_sequence;
    if (i < 0 && sq != NULL && sq->sq_length != NULL) {
        Hs_ssize_t n = sq->sq_length(self);
        if (n < 0) {
            return -1;
        }
        i += n;
    }
    return i;
}

static HsObject *wrap_sq_item(HsObject *self, HsObject *args, void *wrapped) {
    if (!check_num_args(args, 1)) {
        return NULL;
    }
    Hs_ssize_t i = get_index(self, HS_TUPLE_GET(args, 0));
    if (i == -1 && HsErr_Occurred()) {
        return NULL;
    }
    return ((hs_ssizeargfunc)wrapped)(self, i);
}

static HsObject *none_or_null(int r) {
    return r < 0 ? NULL : Hs_NewRef(Hs_None);
}

static HsObject *wrap_sq_setitem(HsObject *self, HsObject *args, void *wrapped) {
    if (!unpack_args(args, 2, 2)) {
        return NULL;
    }
    Hs_ssize_t i = get_index(self, HS_TUPLE_GET(args, 0));
    if (i == -1 && HsErr_Occurred()) {
        return NULL;
    }
    return none_or_null(((hs_ssizeobjargproc)wrapped)(self, i, HS_TUPLE_GET(args, 1)));
}

static HsObject *wrap_sq_delitem(HsObject *self, HsObject *args, void *wrapped) {
    if (!check_num_args(args, 1)) {
        return NULL;
    }
    Hs_ssize_t i = get_index(self, HS_TUPLE_GET(args, 0));
    if (i == -1 && HsErr_Occurred()) {
        return NULL;
    }
    return none_or_null(((hs_ssizeobjargproc)wrapped)(self, i, NULL));
}

static HsObject *wrap_objobjproc(HsObject *self, HsObject *args, void *wrapped) {
    if (!check_num_args(args, 1)) {
        return NULL;
    }
    int r = ((hs_objobjproc)wrapped)(self, HS_TUPLE_GET(args, 0));
    return r < 0 ? NULL : HsBool_FromLong(r);
}

static HsObject *wrap_objobjargproc(HsObject *self, HsObject *args, void *wrapped) {
    if (!unpack_args(args, 2, 2)) {
        return NULL;
    }
    return none_or_null(
        ((hs_objobjargproc)wrapped)(self, HS_TUPLE_GET(args, 0), HS_TUPLE_GET(args, 1)));
}

static HsObject *wrap_delitem(HsObject *self, HsObject *args, void *wrapped) {
    if (!check_num_args(args, 1)) {
        return NULL;
    }
    return none_or_null(((hs_objobjargproc)wrapped)(self, HS_TUPLE_GET(args, 0), NULL));
}

/* object.__setattr__(C_instance, ...) must not bypass a C type's own tp_setattro.
 * CPython: hackcheck. */
static int hackcheck(HsObject *self, void *func, const char *what) {
    HsTypeObject *type = Hs_TYPE(self);
    while (type != NULL && (type->tp_flags & HS_TPFLAGS_HEAPTYPE)) {
        type = type->tp_base;
    }
    if (type != NULL && (void *)type->tp_setattro != func) {
        HsErr_Format(HsExc_TypeError, "can't apply this %s to %s object", what, type->tp_name);
        return 0;
    }
    return 1;
}

static HsObject *wrap_setattr(HsObject *self, HsObject *args, void *wrapped) {
    if (!unpack_args(args, 2, 2) || !hackcheck(self, wrapped, "__setattr__")) {
        return NULL;
    }
    return none_or_null(
        ((hs_setattrofunc)wrapped)(self, HS_TUPLE_GET(args, 0), HS_TUPLE_GET(args, 1)));
}

static HsObject *wrap_delattr(HsObject *self, HsObject *args, void *wrapped) {
    if (!check_num_args(args, 1) || !hackcheck(self, wrapped, "__delattr__")) {
        return NULL;
    }
    return none_or_null(((hs_setattrofunc)wrapped)(self, HS_TUPLE_GET(args, 0), NULL));
}

static HsObject *wrap_hashfunc(HsObject *self, HsObject *args, void *wrapped) {
    if (!check_num_args(args, 0)) {
        return NULL;
    }
    Hs_ssize_t h = ((hs_hashfunc)wrapped)(self);
    return h == -1 && HsErr_Occurred() ? NULL : HsLong_FromSsize_t(h);
}

static HsObject *wrap_call(HsObject *self, HsObject *args, void *wrapped, HsObject *kwds) {
    return ((hs_ternaryfunc)wrapped)(self, args, kwds);
}

static HsObject *wrap_del(HsObject *self, HsObject *args, void *wrapped) {
    if (!check_num_args(args, 0)) {
        return NULL;
    }
    ((hs_destructor)wrapped)(self);
    return HsErr_Occurred() ? NULL : Hs_NewRef(Hs_None);
}

#define RICHCMP_WRAPPER(NAME_, OP)                                                                 \
    static HsObject *NAME_(HsObject *self, HsObject *args, void *wrapped) {                        \
        return check_num_args(args, 1)                                                             \
                   ? ((hs_richcmpfunc)wrapped)(self, HS_TUPLE_GET(args, 0), OP)                    \
                   : NULL;                                                                         \
    }
RICHCMP_WRAPPER(richcmp_lt, HS_LT)
RICHCMP_WRAPPER(richcmp_le, HS_LE)
RICHCMP_WRAPPER(richcmp_eq, HS_EQ)
RICHCMP_WRAPPER(richcmp_ne, HS_NE)
RICHCMP_WRAPPER(richcmp_gt, HS_GT)
RICHCMP_WRAPPER(richcmp_ge, HS_GE)

static HsObject *wrap_next(HsObject *self, HsObject *args, void *wrapped) {
    if (!check_num_args(args, 0)) {
        return NULL;
    }
    HsObject *r = ((hs_iternextfunc)wrapped)(self);
    if (r == NULL && !HsErr_Occurred()) {
        HsErr_SetObject(HsExc_StopIteration, Hs_None);
    }
    return r;
}

static HsObject *wrap_descr_get(HsObject *self, HsObject *args, void *wrapped) {
    Hs_ssize_t n = Hs_SIZE(args);
    if (!unpack_args(args, 1, 2)) {
        return NULL;
    }
    HsObject *obj = HS_TUPLE_GET(args, 0), *type = n == 2 ? HS_TUPLE_GET(args, 1) : Hs_None;
    if (obj == Hs_None) {
        obj = NULL;
    }
    if (type == Hs_None) {
        type = NULL;
    }
    if (type == NULL && obj == NULL) {
        return HsErr_Format(HsExc_TypeError, "__get__(None, None) is invalid");
    }
    return ((hs_descrgetfunc)wrapped)(self, obj, type);
}

static HsObject *wrap_descr_set(HsObject *self, HsObject *args, void *wrapped) {
    if (!unpack_args(args, 2, 2)) {
        return NULL;
    }
    return none_or_null(
        ((hs_descrsetfunc)wrapped)(self, HS_TUPLE_GET(args, 0), HS_TUPLE_GET(args, 1)));
}

static HsObject *wrap_descr_delete(HsObject *self, HsObject *args, void *wrapped) {
    if (!check_num_args(args, 1)) {
        return NULL;
    }
    return none_or_null(((hs_descrsetfunc)wrapped)(self, HS_TUPLE_GET(args, 0), NULL));
}

static HsObject *wrap_init(HsObject *self, HsObject *args, void *wrapped, HsObject *kwds) {
    return none_or_null(((hs_initproc)wrapped)(self, args, kwds));
}

/* ==== __new__ of a C type: a builtin bound to the type (CPython: tp_new_wrapper) ==== */

static HsObject *tp_new_wrapper(HsObject *self, HsObject *args, HsObject *kwds) {
    HsTypeObject *type = (HsTypeObject *)self;
    if (Hs_SIZE(args) < 1) {
        return HsErr_Format(HsExc_TypeError, "%s.__new__(): not enough arguments",
                            type->tp_name);
    }
    HsObject *arg0 = HS_TUPLE_GET(args, 0);
    if (!HsType_Check(arg0)) {
        return HsErr_Format(HsExc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                            type->tp_name, Hs_TYPE(arg0)->tp_name);
    }
    HsTypeObject *subtype = (HsTypeObject *)arg0;
    if (!HsType_IsSubtype(subtype, type)) {
        return HsErr_Format(HsExc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                            type->tp_name, subtype->tp_name, subtype->tp_name, type->tp_name);
    }
    /* The most derived base that is not a class with a Python __new__ must be 'type'
     * itself, or object.__new__ could skip a C base's initialisation. */
    HsTypeObject *staticbase = subtype;
    while (staticbase != NULL && staticbase->tp_new == slot_tp_new) {
        staticbase = staticbase->tp_base;
    }
    if (staticbase != NULL && staticbase->tp_new != type->tp_new) {
        return HsErr_Format(HsExc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                            type->tp_name, subtype->tp_name, staticbase->tp_name);
    }
    HsObject *rest = HsTuple_FromArray(&HS_TUPLE_GET(args, 1), Hs_SIZE(args) - 1);
    if (rest == NULL) {
        return NULL;
    }
    HsObject *r = type->tp_new(subtype, rest, kwds);
    Hs_DECREF(rest);
    return r;
}

static HsMethodDef tp_new_methoddef = {
    "__new__", HS_CFUNC(tp_new_wrapper), HS_METH_VARARGS | HS_METH_KEYWORDS,
    "Create and return a new object.  See help(type) for accurate signature."};

/* ==== the table (CPython: slotdefs) ==== */

#define HT(field) ((Hs_ssize_t)offsetof(HsHeapTypeObject, field))
#define TP(n, f, fn, w) {n, HT(ht_type.f), (void *)(fn), (wrapperfunc)(w), 0, NULL}
#define TPKW(n, f, fn, w) {n, HT(ht_type.f), (void *)(fn), (wrapperfunc)(void (*)(void))(w), 1, NULL}
#define NB(n, f, fn, w) {n, HT(as_number.f), (void *)(fn), (wrapperfunc)(w), 0, NULL}
#define MP(n, f, fn, w) {n, HT(as_mapping.f), (void *)(fn), (wrapperfunc)(w), 0, NULL}
#define SQ(n, f, fn, w) {n, HT(as_sequence.f), (void *)(fn), (wrapperfunc)(w), 0, NULL}
#define BIN(n, rn, f, fn) NB(n, f, fn, wrap_binaryfunc_l), NB(rn, f, fn, wrap_binaryfunc_r)

static SlotDef slotdefs[] = {
    TP("__repr__", tp_repr, slot_tp_repr, wrap_unaryfunc),
    TP("__hash__", tp_hash, slot_tp_hash, wrap_hashfunc),
    TPKW("__call__", tp_call, slot_tp_call, wrap_call),
    TP("__str__", tp_str, slot_tp_str, wrap_unaryfunc),
    TP("__getattribute__", tp_getattro, slot_tp_getattr_hook, wrap_binaryfunc),
    TP("__getattr__", tp_getattro, slot_tp_getattr_hook, NULL),
    TP("__setattr__", tp_setattro, slot_tp_setattro, wrap_setattr),
    TP("__delattr__", tp_setattro, slot_tp_setattro, wrap_delattr),
    TP("__lt__", tp_richcompare, slot_tp_richcompare, richcmp_lt),
    TP("__le__", tp_richcompare, slot_tp_richcompare, richcmp_le),
    TP("__eq__", tp_richcompare, slot_tp_richcompare, richcmp_eq),
    TP("__ne__", tp_richcompare, slot_tp_richcompare, richcmp_ne),
    TP("__gt__", tp_richcompare, slot_tp_richcompare, richcmp_gt),
    TP("__ge__", tp_richcompare, slot_tp_richcompare, richcmp_ge),
    TP("__iter__", tp_iter, slot_tp_iter, wrap_unaryfunc),
    TP("__next__", tp_iternext, slot_tp_iternext, wrap_next),
    TP("__get__", tp_descr_get, slot_tp_descr_get, wrap_descr_get),
    TP("__set__", tp_descr_set, slot_tp_descr_set, wrap_descr_set),
    TP("__delete__", tp_descr_set, slot_tp_descr_set, wrap_descr_delete),
    TPKW("__init__", tp_init, slot_tp_init, wrap_init),
    TP("__new__", tp_new, slot_tp_new, NULL),
    TP("__del__", tp_finalize, slot_tp_finalize, wrap_del),
    BIN("__add__", "__radd__", nb_add, slot_nb_add),
    BIN("__sub__", "__rsub__", nb_subtract, slot_nb_subtract),
    BIN("__mul__", "__rmul__", nb_multiply, slot_nb_multiply),
    BIN("__mod__", "__rmod__", nb_remainder, slot_nb_remainder),
    BIN("__divmod__", "__rdivmod__", nb_divmod, slot_nb_divmod),
    NB("__pow__", nb_power, slot_nb_power, wrap_ternaryfunc),
    NB("__rpow__", nb_power, slot_nb_power, wrap_ternaryfunc_r),
    NB("__neg__", nb_negative, slot_nb_negative, wrap_unaryfunc),
    NB("__pos__", nb_positive, slot_nb_positive, wrap_unaryfunc),
    NB("__abs__", nb_absolute, slot_nb_absolute, wrap_unaryfunc),
    NB("__bool__", nb_bool, slot_nb_bool, wrap_inquirypred),
    NB("__invert__", nb_invert, slot_nb_invert, wrap_unaryfunc),
    BIN("__lshift__", "__rlshift__", nb_lshift, slot_nb_lshift),
    BIN("__rshift__", "__rrshift__", nb_rshift, slot_nb_rshift),
    BIN("__and__", "__rand__", nb_and, slot_nb_and),
    BIN("__xor__", "__rxor__", nb_xor, slot_nb_xor),
    BIN("__or__", "__ror__", nb_or, slot_nb_or),
    NB("__int__", nb_int, slot_nb_int, wrap_unaryfunc),
    NB("__float__", nb_float, slot_nb_float, wrap_unaryfunc),
    NB("__iadd__", nb_inplace_add, slot_nb_inplace_add, wrap_binaryfunc),
    NB("__isub__", nb_inplace_subtract, slot_nb_inplace_subtract, wrap_binaryfunc),
    NB("__imul__", nb_inplace_multiply, slot_nb_inplace_multiply, wrap_binaryfunc),
    NB("__imod__", nb_inplace_remainder, slot_nb_inplace_remainder, wrap_binaryfunc),
    NB("__ipow__", nb_inplace_power, slot_nb_inplace_power, wrap_ternaryfunc),
    NB("__ilshift__", nb_inplace_lshift, slot_nb_inplace_lshift, wrap_binaryfunc),
    NB("__irshift__", nb_inplace_rshift, slot_nb_inplace_rshift, wrap_binaryfunc),
    NB("__iand__", nb_inplace_and, slot_nb_inplace_and, wrap_binaryfunc),
    NB("__ixor__", nb_inplace_xor, slot_nb_inplace_xor, wrap_binaryfunc),
    NB("__ior__", nb_inplace_or, slot_nb_inplace_or, wrap_binaryfunc),
    BIN("__floordiv__", "__rfloordiv__", nb_floor_divide, slot_nb_floor_divide),
    BIN("__truediv__", "__rtruediv__", nb_true_divide, slot_nb_true_divide),
    NB("__ifloordiv__", nb_inplace_floor_divide, slot_nb_inplace_floor_divide,
       wrap_binaryfunc),
    NB("__itruediv__", nb_inplace_true_divide, slot_nb_inplace_true_divide, wrap_binaryfunc),
    NB("__index__", nb_index, slot_nb_index, wrap_unaryfunc),
    BIN("__matmul__", "__rmatmul__", nb_matrix_multiply, slot_nb_matrix_multiply),
    NB("__imatmul__", nb_inplace_matrix_multiply, slot_nb_inplace_matrix_multiply,
       wrap_binaryfunc),
    MP("__len__", mp_length, slot_sq_length, wrap_lenfunc),
    MP("__getitem__", mp_subscript, slot_mp_subscript, wrap_binaryfunc),
    MP("__setitem__", mp_ass_subscript, slot_mp_ass_subscript, wrap_objobjargproc),
    MP("__delitem__", mp_ass_subscript, slot_mp_ass_subscript, wrap_delitem),
    SQ("__len__", sq_length, slot_sq_length, wrap_lenfunc),
    SQ("__add__", sq_concat, NULL, wrap_binaryfunc),
    SQ("__mul__", sq_repeat, NULL, wrap_indexargfunc),
    SQ("__rmul__", sq_repeat, NULL, wrap_indexargfunc),
    SQ("__getitem__", sq_item, slot_sq_item, wrap_sq_item),
    SQ("__setitem__", sq_ass_item, slot_sq_ass_item, wrap_sq_setitem),
    SQ("__delitem__", sq_ass_item, slot_sq_ass_item, wrap_sq_delitem),
    SQ("__contains__", sq_contains, slot_sq_contains, wrap_objobjproc),
    SQ("__iadd__", sq_inplace_concat, NULL, wrap_binaryfunc),
    SQ("__imul__", sq_inplace_repeat, NULL, wrap_indexargfunc),
    {NULL, 0, NULL, NULL, 0, NULL},
};

static int slotdefs_ready;

static int init_slotdefs(void) {
    if (slotdefs_ready) {
        return 0;
    }
    for (SlotDef *p = slotdefs; p->name != NULL; p++) {
        if ((p->name_str = HsUnicode_InternFromString(p->name)) == NULL) {
            return -1;
        }
    }
    slotdefs_ready = 1;
    return 0;
}

/* Where the slot at 'offset' (into HsHeapTypeObject) lives in 'type', or NULL when the
 * type has no table for it. CPython: slotptr */
static void **slotptr(HsTypeObject *type, Hs_ssize_t offset) {
    char *base;
    if (offset >= HT(as_sequence)) {
        base = (char *)type->tp_as_sequence;
        offset -= HT(as_sequence);
    } else if (offset >= HT(as_mapping)) {
        base = (char *)type->tp_as_mapping;
        offset -= HT(as_mapping);
    } else if (offset >= HT(as_number)) {
        base = (char *)type->tp_as_number;
        offset -= HT(as_number);
    } else {
        base = (char *)type;
    }
    return base != NULL ? (void **)(base + offset) : NULL;
}

/* ==== wrapper_descriptor and method-wrapper ==== */

static void wrapperdescr_dealloc(HsObject *op) {
    HsWrapperDescrObject *d = (HsWrapperDescrObject *)op;
    hs_gc_untrack(op);
    Hs_XDECREF(d->d_type);
    Hs_XDECREF(d->d_name);
    Hs_XDECREF(d->d_qualname);
    hs_gc_free(op);
}

static int wrapperdescr_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *t = (HsObject *)((HsWrapperDescrObject *)op)->d_type;
    return t != NULL ? visit(t, arg) : 0;
}

static HsObject *wrapperdescr_repr(HsObject *op) {
    HsWrapperDescrObject *d = (HsWrapperDescrObject *)op;
    return HsUnicode_FromFormat("<slot wrapper '%U' of '%s' objects>", d->d_name,
                                d->d_type->tp_name);
}

static HsObject *call_wrapped(HsWrapperDescrObject *d, HsObject *self, HsObject *args,
                              HsObject *kwds) {
    if (d->d_base->kw) {
        return ((wrapperfunc_kw)(void (*)(void))d->d_base->wrapper)(self, args, d->d_wrapped,
                                                                    kwds);
    }
    if (kwds != NULL && HsDict_Size(kwds) > 0) {
        return HsErr_Format(HsExc_TypeError, "wrapper %U() takes no keyword arguments",
                            d->d_name);
    }
    return d->d_base->wrapper(self, args, d->d_wrapped);
}

static HsObject *wrapperdescr_call(HsObject *op, HsObject *args, HsObject *kwds) {
    HsWrapperDescrObject *d = (HsWrapperDescrObject *)op;
    if (Hs_SIZE(args) < 1) {
        return HsErr_Format(HsExc_TypeError,
                            "descriptor '%U' of '%s' object needs an argument", d->d_name,
                            d->d_type->tp_name);
    }
    HsObject *self = HS_TUPLE_GET(args, 0);
    if (!HsObject_TypeCheck(self, d->d_type)) {
        return HsErr_Format(HsExc_TypeError,
                            "descriptor '%U' requires a '%s' object but received a '%s'",
                            d->d_name, d->d_type->tp_name, Hs_TYPE(self)->tp_name);
    }
    HsObject *rest = HsTuple_FromArray(&HS_TUPLE_GET(args, 1), Hs_SIZE(args) - 1);
    if (rest == NULL) {
        return NULL;
    }
    HsObject *r = call_wrapped(d, self, rest, kwds);
    Hs_DECREF(rest);
    return r;
}

static HsObject *wrapperdescr_get(HsObject *op, HsObject *obj, HsObject *type) {
    (void)type;
    HsWrapperDescrObject *d = (HsWrapperDescrObject *)op;
    if (obj == NULL) {
        return Hs_NewRef(op);
    }
    if (!HsObject_TypeCheck(obj, d->d_type)) {
        return HsErr_Format(HsExc_TypeError,
                            "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                            d->d_name, d->d_type->tp_name, Hs_TYPE(obj)->tp_name);
    }
    HsMethodWrapperObject *w =
        (HsMethodWrapperObject *)hs_gc_alloc(&HsMethodWrapper_Type, sizeof *w);
    if (w == NULL) {
        return HsErr_NoMemory();
    }
    w->descr = (HsWrapperDescrObject *)Hs_NewRef(op);
    w->self = Hs_NewRef(obj);
    hs_gc_track((HsObject *)w);
    return (HsObject *)w;
}

static HsObject *descr_get_name(HsObject *op, void *closure) {
    (void)closure;
    return Hs_NewRef(((HsWrapperDescrObject *)op)->d_name);
}

static HsObject *descr_get_qualname(HsObject *op, void *closure) {
    (void)closure;
    HsWrapperDescrObject *d = (HsWrapperDescrObject *)op;
    const char *dot = strrchr(d->d_type->tp_name, '.');
    return HsUnicode_FromFormat("%s.%U", dot != NULL ? dot + 1 : d->d_type->tp_name,
                                d->d_name);
}

static HsObject *descr_get_objclass(HsObject *op, void *closure) {
    (void)closure;
    return Hs_NewRef((HsObject *)((HsWrapperDescrObject *)op)->d_type);
}

static HsGetSetDef wrapperdescr_getset[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* list.__len__.__reduce__() -> (getattr, (list, '__len__')) (CPython: descr_reduce). */
static HsObject *wrapperdescr_reduce(HsObject *op, HsObject *unused) {
    (void)unused;
    HsWrapperDescrObject *d = (HsWrapperDescrObject *)op;
    return hs_obj_reduce_getattr((HsObject *)d->d_type, d->d_name);
}

static HsMethodDef wrapperdescr_methods[] = {
    {"__reduce__", HS_CFUNC(wrapperdescr_reduce), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsWrapperDescr_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "wrapper_descriptor",
    .tp_basicsize = sizeof(HsWrapperDescrObject),
    .tp_dealloc = wrapperdescr_dealloc,
    .tp_repr = wrapperdescr_repr,
    .tp_call = wrapperdescr_call,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = wrapperdescr_traverse,
    .tp_methods = wrapperdescr_methods,
    .tp_getset = wrapperdescr_getset,
    .tp_descr_get = wrapperdescr_get,
};

static void methodwrapper_dealloc(HsObject *op) {
    HsMethodWrapperObject *w = (HsMethodWrapperObject *)op;
    hs_gc_untrack(op);
    Hs_DECREF(w->descr);
    Hs_DECREF(w->self);
    hs_gc_free(op);
}

static int methodwrapper_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsMethodWrapperObject *w = (HsMethodWrapperObject *)op;
    if (visit((HsObject *)w->descr, arg) != 0) {
        return 1;
    }
    return visit(w->self, arg);
}

static HsObject *methodwrapper_repr(HsObject *op) {
    HsMethodWrapperObject *w = (HsMethodWrapperObject *)op;
    return HsUnicode_FromFormat("<method-wrapper '%U' of %s object at %p>", w->descr->d_name,
                                Hs_TYPE(w->self)->tp_name, (void *)w->self);
}

static HsObject *methodwrapper_call(HsObject *op, HsObject *args, HsObject *kwds) {
    HsMethodWrapperObject *w = (HsMethodWrapperObject *)op;
    return call_wrapped(w->descr, w->self, args, kwds);
}

static HsObject *methodwrapper_richcompare(HsObject *a, HsObject *b, int op) {
    if ((op != HS_EQ && op != HS_NE) || Hs_TYPE(b) != &HsMethodWrapper_Type) {
        Hs_RETURN_NOTIMPLEMENTED;
    }
    HsMethodWrapperObject *x = (HsMethodWrapperObject *)a, *y = (HsMethodWrapperObject *)b;
    int eq = x->descr == y->descr && x->self == y->self;
    return HsBool_FromLong(op == HS_EQ ? eq : !eq);
}

static HsObject *mw_get_name(HsObject *op, void *closure) {
    return descr_get_name((HsObject *)((HsMethodWrapperObject *)op)->descr, closure);
}

static HsObject *mw_get_qualname(HsObject *op, void *closure) {
    return descr_get_qualname((HsObject *)((HsMethodWrapperObject *)op)->descr, closure);
}

static HsObject *mw_get_self(HsObject *op, void *closure) {
    (void)closure;
    return Hs_NewRef(((HsMethodWrapperObject *)op)->self);
}

static HsGetSetDef methodwrapper_getset[] = {
    {"__name__", mw_get_name, NULL, NULL, NULL},
    {"__qualname__", mw_get_qualname, NULL, NULL, NULL},
    {"__self__", mw_get_self, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* [].__len__.__reduce__() -> (getattr, ([], '__len__')) (CPython: wrapper_reduce). */
static HsObject *methodwrapper_reduce(HsObject *op, HsObject *unused) {
    (void)unused;
    HsMethodWrapperObject *w = (HsMethodWrapperObject *)op;
    return hs_obj_reduce_getattr(w->self, w->descr->d_name);
}

static HsMethodDef methodwrapper_methods[] = {
    {"__reduce__", HS_CFUNC(methodwrapper_reduce), HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsMethodWrapper_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "method-wrapper",
    .tp_basicsize = sizeof(HsMethodWrapperObject),
    .tp_dealloc = methodwrapper_dealloc,
    .tp_repr = methodwrapper_repr,
    .tp_call = methodwrapper_call,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = methodwrapper_traverse,
    .tp_richcompare = methodwrapper_richcompare,
    .tp_methods = methodwrapper_methods,
    .tp_getset = methodwrapper_getset,
};

/* ==== C types: slot wrappers in the dict (CPython: add_operators) ==== */

static HsObject *new_wrapper(HsTypeObject *type, SlotDef *p, void *wrapped) {
    HsWrapperDescrObject *d =
        (HsWrapperDescrObject *)hs_gc_alloc(&HsWrapperDescr_Type, sizeof *d);
    if (d == NULL) {
        return HsErr_NoMemory();
    }
    d->d_type = (HsTypeObject *)Hs_NewRef((HsObject *)type);
    d->d_name = Hs_NewRef(p->name_str);
    d->d_qualname = NULL;
    d->d_base = p;
    d->d_wrapped = wrapped;
    hs_gc_track((HsObject *)d);
    return (HsObject *)d;
}

int hs_type_add_operators(HsTypeObject *type) {
    if (init_slotdefs() < 0) {
        return -1;
    }
    HsObject *dict = type->tp_dict;
    for (SlotDef *p = slotdefs; p->name != NULL; p++) {
        if (p->wrapper == NULL && p->offset != HT(ht_type.tp_new)) {
            continue;
        }
        void **ptr = slotptr(type, p->offset);
        if (ptr == NULL || *ptr == NULL) {
            continue;
        }
        int has = HsDict_Contains(dict, p->name_str);
        if (has != 0) {
            if (has < 0) {
                return -1;
            }
            continue;
        }
        HsObject *v;
        if (p->offset == HT(ht_type.tp_hash) && *ptr == (void *)HsObject_HashNotImplemented) {
            v = Hs_NewRef(Hs_None);
        } else if (p->offset == HT(ht_type.tp_new)) {
            v = HsCFunction_NewEx(&tp_new_methoddef, (HsObject *)type, NULL);
        } else {
            v = new_wrapper(type, p, *ptr);
        }
        if (v == NULL) {
            return -1;
        }
        int r = HsDict_SetItem(dict, p->name_str, v);
        Hs_DECREF(v);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

/* ==== classes: pointing the slots at the dunders (CPython: update_one_slot) ==== */

/* The one filled slot of 'type' among all those a dunder named 'name' can serve (__mul__
 * serves nb_multiply and sq_repeat), or NULL when none or several are filled. A wrapper
 * found under that name makes the generic dispatcher the answer only for that slot, so a
 * list subclass keeps nb_multiply empty and `'a' * L()` fails as in CPython.
 * CPython: resolve_slotdups. */
static void **only_filled_slot(HsTypeObject *type, HsObject *name) {
    void **found = NULL;
    for (SlotDef *q = slotdefs; q->name != NULL; q++) {
        if (q->name_str != name) {
            continue;
        }
        void **where = slotptr(type, q->offset);
        if (where == NULL || *where == NULL || where == found) {
            continue;
        }
        if (found != NULL) {
            return NULL;
        }
        found = where;
    }
    return found;
}

/* Set the slot of 'type' that the run of table entries starting at 'p' shares. Returns the
 * first entry after the run. */
static SlotDef *update_one_slot(HsTypeObject *type, SlotDef *p) {
    void *generic = NULL, *specific = NULL;
    int use_generic = 0;
    Hs_ssize_t offset = p->offset;
    void **ptr = slotptr(type, offset);
    if (ptr == NULL) {
        do {
            p++;
        } while (p->offset == offset);
        return p;
    }
    do {
        HsObject *descr = hs_type_lookup(type, p->name_str);
        if (descr == NULL) {
            continue;
        }
        if (Hs_TYPE(descr) == &HsWrapperDescr_Type &&
            ((HsWrapperDescrObject *)descr)->d_base->name_str == p->name_str) {
            HsWrapperDescrObject *d = (HsWrapperDescrObject *)descr;
            void **only = only_filled_slot(type, p->name_str);
            if (only == NULL || only == ptr) {
                generic = p->function;
            }
            if ((specific == NULL || specific == d->d_wrapped) &&
                d->d_base->wrapper == p->wrapper && HsType_IsSubtype(type, d->d_type)) {
                specific = d->d_wrapped;
            } else {
                use_generic = 1;
            }
        } else if (HsCFunction_Check(descr) &&
                   ((HsCFunctionObject *)descr)->m_ml->ml_meth == HS_CFUNC(tp_new_wrapper) &&
                   offset == HT(ht_type.tp_new)) {
            specific = (void *)type->tp_new;
        } else if (descr == Hs_None && offset == HT(ht_type.tp_hash)) {
            specific = (void *)HsObject_HashNotImplemented;
        } else {
            use_generic = 1;
            generic = p->function;
        }
    } while ((++p)->offset == offset);
    if (offset == HT(ht_type.tp_new) && specific == NULL && !use_generic) {
        return p; /* keep the inherited tp_new */
    }
    *ptr = specific != NULL && !use_generic ? specific : generic;
    return p;
}

int hs_type_fixup_slots(HsTypeObject *type) {
    if (init_slotdefs() < 0) {
        return -1;
    }
    for (SlotDef *p = slotdefs; p->name != NULL;) {
        p = update_one_slot(type, p);
    }
    return 0;
}

int hs_type_is_slot_name(HsObject *name) {
    if (init_slotdefs() < 0) {
        HsErr_Clear();
        return 0;
    }
    for (SlotDef *p = slotdefs; p->name != NULL; p++) {
        if (p->name_str == name) {
            return 1;
        }
    }
    return 0;
}

static void update_subtree(HsTypeObject *type, HsObject *name) {
    for (SlotDef *p = slotdefs; p->name != NULL; p++) {
        if (p->name_str != name) {
            continue;
        }
        /* rewind to the start of this slot's run, then recompute it */
        SlotDef *q = p;
        while (q > slotdefs && (q - 1)->offset == p->offset) {
            q--;
        }
        (void)update_one_slot(type, q);
    }
    if (type->tp_flags & HS_TPFLAGS_HEAPTYPE) {
        HsHeapTypeObject *ht = (HsHeapTypeObject *)type;
        for (Hs_ssize_t i = 0; i < ht->ht_nsubclasses; i++) {
            update_subtree(ht->ht_subclasses[i], name);
        }
    }
}

int hs_type_update_slot(HsTypeObject *type, HsObject *name) {
    if (init_slotdefs() < 0) {
        return -1;
    }
    if (!HsUnicode_CheckExact(name) || !HS_STR_ASCII(name)->state.interned) {
        return 0; /* slot names are interned; a non-interned str is no slot name */
    }
    hs_type_modified(type);
    update_subtree(type, name);
    return 0;
}
