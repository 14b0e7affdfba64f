/* Calling objects (CPython 3.11: Objects/call.c). Everything funnels into vectorcall:
 * positional arguments in a C array, keyword values after them named by a tuple. A type
 * without a vectorcall entry is called through tp_call with a tuple and a dict.
 * Invariant: arguments are borrowed; results are new references or NULL with an exception. */
#include "hs/abstract.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_mem.h"
#include "hs/ceval.h"
#include "hs/errors.h"

/* ==== static helpers ==== */

static hs_vectorcallfunc vectorcall_of(HsObject *callable) {
    HsTypeObject *tp = Hs_TYPE(callable);
    if (!(tp->tp_flags & HS_TPFLAGS_HAVE_VECTORCALL) || tp->tp_vectorcall_offset <= 0) {
        return NULL;
    }
    return *(hs_vectorcallfunc *)((char *)callable + tp->tp_vectorcall_offset);
}

/* tp_call with a tuple and a dict built from the vector. CPython: _PyObject_MakeTpCall. */
HsObject *hs_object_make_tp_call(HsObject *callable, HsObject *const *args, Hs_ssize_t nargs,
                              HsObject *kwnames) {
    hs_ternaryfunc call = Hs_TYPE(callable)->tp_call;
    if (call == NULL) {
        return HsErr_Format(HsExc_TypeError, "'%.200s' object is not callable",
                            Hs_TYPE(callable)->tp_name);
    }
    HsObject *tuple = HsTuple_FromArray(args, nargs), *kwargs = NULL;
    if (tuple == NULL) {
        return NULL;
    }
    if (kwnames != NULL && Hs_SIZE(kwnames) > 0) {
        kwargs = HsDict_New();
        for (Hs_ssize_t i = 0; kwargs != NULL && i < Hs_SIZE(kwnames); i++) {
            if (HsDict_SetItem(kwargs, HS_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                Hs_CLEAR(kwargs);
            }
        }
        if (kwargs == NULL) {
            Hs_DECREF(tuple);
            return NULL;
        }
    }
    HsObject *r = NULL;
    if (HsEnter_RecursiveCall(" while calling a Python object") == 0) {
        r = call(callable, tuple, kwargs);
        HsLeave_RecursiveCall();
    }
    Hs_DECREF(tuple);
    Hs_XDECREF(kwargs);
    return r;
}

/* ==== public API ==== */

HsObject *HsObject_Vectorcall(HsObject *callable, HsObject *const *args, size_t nargsf,
                              HsObject *kwnames) {
    hs_vectorcallfunc f = vectorcall_of(callable);
    if (f != NULL) {
        return f(callable, args, nargsf, kwnames);
    }
    return hs_object_make_tp_call(callable, args, HsVectorcall_NARGS(nargsf), kwnames);
}

HsObject *HsVectorcall_Call(HsObject *callable, HsObject *args, HsObject *kwargs) {
    return HsObject_Call(callable, args, kwargs); /* takes the vectorcall path */
}

HsObject *HsObject_Call(HsObject *callable, HsObject *args, HsObject *kwargs) {
    hs_vectorcallfunc f = vectorcall_of(callable);
    if (f == NULL) {
        hs_ternaryfunc call = Hs_TYPE(callable)->tp_call;
        if (call == NULL) {
            return HsErr_Format(HsExc_TypeError, "'%.200s' object is not callable",
                                Hs_TYPE(callable)->tp_name);
        }
        HsObject *empty = args == NULL ? HsTuple_New(0) : NULL;
        HsObject *r = call(callable, args != NULL ? args : empty, kwargs);
        Hs_XDECREF(empty);
        return r;
    }
    Hs_ssize_t nargs = args != NULL ? Hs_SIZE(args) : 0;
    Hs_ssize_t nkw = kwargs != NULL ? HsDict_Size(kwargs) : 0;
    HsObject **vec = hs_mem_malloc((size_t)(nargs + nkw + 1) * sizeof(HsObject *));
    HsObject *kwnames = nkw > 0 ? HsTuple_New(nkw) : NULL;
    HsObject *r = NULL;
    if (vec == NULL || (nkw > 0 && kwnames == NULL)) {
        HsErr_NoMemory();
        goto done;
    }
    for (Hs_ssize_t i = 0; i < nargs; i++) {
        vec[i] = HS_TUPLE_GET(args, i);
    }
    Hs_ssize_t pos = 0, k = 0;
    HsObject *key, *value;
    while (nkw > 0 && HsDict_Next(kwargs, &pos, &key, &value)) {
        HS_TUPLE_SET(kwnames, k, Hs_NewRef(key));
        vec[nargs + k++] = value;
    }
    r = f(callable, vec, (size_t)nargs, kwnames);
done:
    hs_mem_free(vec);
    Hs_XDECREF(kwnames);
    return r;
}

HsObject *HsObject_CallNoArgs(HsObject *callable) {
    return HsObject_Vectorcall(callable, NULL, 0, NULL);
}

HsObject *HsObject_CallOneArg(HsObject *callable, HsObject *arg) {
    HsObject *args[1] = {arg};
    return HsObject_Vectorcall(callable, args, 1, NULL);
}

/* o.name(*args) with args[0] = o: an unbound method descriptor found on the type is called
 * with self directly, without making a bound method (CPython: _PyObject_GetMethod). */
HsObject *HsObject_VectorcallMethod(HsObject *name, HsObject *const *args, size_t nargsf,
                                    HsObject *kwnames) {
    HsObject *self = args[0];
    HsTypeObject *tp = Hs_TYPE(self);
    if (tp->tp_getattro == HsObject_GenericGetAttr) {
        HsObject *descr = hs_type_lookup(tp, name);
        if (descr != NULL && (Hs_TYPE(descr)->tp_flags & HS_TPFLAGS_METHOD_DESCRIPTOR)) {
            Hs_INCREF(descr);
            HsObject *r = HsObject_Vectorcall(descr, args, nargsf, kwnames);
            Hs_DECREF(descr);
            return r;
        }
    }
    HsObject *bound = HsObject_GetAttr(self, name);
    if (bound == NULL) {
        return NULL;
    }
    HsObject *r = HsObject_Vectorcall(bound, args + 1, HsVectorcall_NARGS(nargsf) - 1, kwnames);
    Hs_DECREF(bound);
    return r;
}

HsObject *HsObject_CallMethodNoArgs(HsObject *o, HsObject *name) {
    HsObject *args[1] = {o};
    return HsObject_VectorcallMethod(name, args, 1, NULL);
}

HsObject *HsObject_CallMethodOneArg(HsObject *o, HsObject *name, HsObject *arg) {
    HsObject *args[2] = {o, arg};
    return HsObject_VectorcallMethod(name, args, 2, NULL);
}

int HsCallable_Check(HsObject *o) {
    return Hs_TYPE(o)->tp_call != NULL || vectorcall_of(o) != NULL;
}
