/* The vm's part of classes (CPython 3.11: Python/bltinmodule.c builtin___build_class__,
 * Objects/typeobject.c super_init_without_args): running a `class` body in its namespace
 * and calling the metaclass; the running frame's view for zero-argument super() and for
 * the __module__ of type(name, bases, dict); special-method lookup for `with`.
 * Invariant: names used as type-lookup keys are interned and live for the process. */
#include "internal/hs_vm.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_list.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

/* ==== interned names ==== */

static HsObject *interned(const char *s, HsObject **cache) {
    if (*cache == NULL) {
        hs_obj_static_name(cache, s);
    }
    return *cache;
}

#define NAME_FN(fn, s)                                                                             \
    HsObject *fn(void) {                                                                           \
        static HsObject *cache;                                                                    \
        return interned(s, &cache);                                                                \
    }
NAME_FN(hs_vm_name___build_class__, "__build_class__")
NAME_FN(hs_vm_name___enter__, "__enter__")
NAME_FN(hs_vm_name___exit__, "__exit__")
static NAME_FN(name_mro_entries, "__mro_entries__")
static NAME_FN(name_prepare, "__prepare__")
static NAME_FN(name_class, "__class__")
static NAME_FN(name_orig_bases, "__orig_bases__")

HsObject *hs_vm_lookup_special(HsObject *obj, HsObject *name) {
    HsObject *res = hs_type_lookup(Hs_TYPE(obj), name);
    if (res == NULL) {
        return NULL;
    }
    hs_descrgetfunc f = Hs_TYPE(res)->tp_descr_get;
    if (f == NULL) {
        return Hs_NewRef(res);
    }
    Hs_INCREF(res);
    HsObject *r = f(res, obj, (HsObject *)Hs_TYPE(obj));
    Hs_DECREF(res);
    return r;
}

/* ==== hooks for the object layer ==== */

/* super() without arguments: __class__ from the method's cell, self from its first
 * argument. CPython: super_init_without_args. */
static int super_from_frame(HsTypeObject **type_out, HsObject **obj_out) {
    HsFrame *frame = hs_vm_tstate()->frame;
    if (frame == NULL) {
        HsErr_SetString(HsExc_RuntimeError, "super(): no current frame");
        return -1;
    }
    HsCodeObject *co = frame->f_code;
    if (co->co_argcount == 0) {
        HsErr_SetString(HsExc_RuntimeError, "super(): no arguments");
        return -1;
    }
    HsObject *obj = frame->localsplus[0];
    if (obj != NULL && (co->co_localspluskinds[0] & HS_CO_FAST_CELL) && HsCell_Check(obj)) {
        obj = ((HsCellObject *)obj)->ob_ref;
    }
    if (obj == NULL) {
        HsErr_SetString(HsExc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = co->co_nlocalsplus - co->co_nfreevars; i < co->co_nlocalsplus; i++) {
        if (HS_TUPLE_GET(co->co_localsplusnames, i) != name_class()) {
            continue;
        }
        HsObject *cell = frame->localsplus[i];
        HsObject *type = cell != NULL ? ((HsCellObject *)cell)->ob_ref : NULL;
        if (type == NULL) {
            HsErr_SetString(HsExc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!HsType_Check(type)) {
            HsErr_Format(HsExc_RuntimeError, "super(): __class__ is not a type (%s)",
                         Hs_TYPE(type)->tp_name);
            return -1;
        }
        *type_out = (HsTypeObject *)type;
        *obj_out = obj;
        return 0;
    }
    HsErr_SetString(HsExc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static HsObject *current_globals(void) {
    HsFrame *frame = hs_vm_tstate()->frame;
    return frame != NULL ? frame->f_globals : NULL;
}

static HsObject *import_module(const char *name) {
    HsObject *n = HsUnicode_FromString(name);
    if (n == NULL) {
        return NULL;
    }
    HsObject *m = hs_vm_import_name(n, NULL, NULL, 0);
    Hs_DECREF(n);
    return m;
}

void hs_vm_classes_init(void) {
    hs_obj_set_import_hook(import_module);
    hs_super_set_frame_hook(super_from_frame);
    hs_type_set_globals_hook(current_globals);
}

/* ==== __build_class__ ==== */

/* Replace bases that are not classes by what their __mro_entries__ gives (PEP 560).
 * Return: new reference (orig_bases itself when nothing changed). */
static HsObject *update_bases(HsObject *orig_bases) {
    HsObject *list = NULL;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(orig_bases); i++) {
        HsObject *base = HS_TUPLE_GET(orig_bases, i);
        HsObject *meth = NULL;
        if (HsType_Check(base)) {
            if (list != NULL && HsList_Append(list, base) < 0) {
                goto error;
            }
            continue;
        }
        if (HsObject_LookupAttr(base, name_mro_entries(), &meth) < 0) {
            goto error;
        }
        if (meth == NULL) {
            if (list != NULL && HsList_Append(list, base) < 0) {
                goto error;
            }
            continue;
        }
        HsObject *entries = HsObject_CallOneArg(meth, orig_bases);
        Hs_DECREF(meth);
        if (entries == NULL) {
            goto error;
        }
        if (!HsTuple_Check(entries)) {
            Hs_DECREF(entries);
            HsErr_SetString(HsExc_TypeError, "__mro_entries__ must return a tuple");
            goto error;
        }
        if (list == NULL) {
            list = HsList_New(0);
            for (Hs_ssize_t j = 0; list != NULL && j < i; j++) {
                if (HsList_Append(list, HS_TUPLE_GET(orig_bases, j)) < 0) {
                    Hs_CLEAR(list);
                }
            }
            if (list == NULL) {
                Hs_DECREF(entries);
                goto error;
            }
        }
        for (Hs_ssize_t j = 0; j < Hs_SIZE(entries); j++) {
            if (HsList_Append(list, HS_TUPLE_GET(entries, j)) < 0) {
                Hs_DECREF(entries);
                goto error;
            }
        }
        Hs_DECREF(entries);
    }
    if (list == NULL) {
        return Hs_NewRef(orig_bases);
    }
    HsObject *t = HsSequence_Tuple(list);
    Hs_DECREF(list);
    return t;
error:
    Hs_XDECREF(list);
    return NULL;
}

/* Run the class body 'func' with 'ns' as its locals. Return: new reference (the
 * __classcell__ cell or None). */
static HsObject *run_body(HsObject *func, HsObject *ns) {
    HsThreadState *ts = hs_vm_tstate();
    HsFrame *frame = hs_vm_frame_push_call(ts, func, NULL, 0, NULL);
    if (frame == NULL) {
        return NULL;
    }
    Hs_XSETREF(frame->f_locals, Hs_NewRef(ns)); /* push_call gave it the globals */
    return hs_vm_eval_frame(ts, frame);
}

/* Call the metaclass and check that __class__ was propagated. */
static HsObject *make_class(HsObject *meta, HsObject *name, HsObject *bases, HsObject *ns,
                            HsObject *kwds, HsObject *cell) {
    HsObject *margs = HsTuple_Pack(3, name, bases, ns);
    if (margs == NULL) {
        return NULL;
    }
    HsObject *cls = HsObject_Call(meta, margs, kwds);
    Hs_DECREF(margs);
    if (cls != NULL && HsType_Check(cls) && HsCell_Check(cell)) {
        HsObject *cell_cls = ((HsCellObject *)cell)->ob_ref;
        if (cell_cls != cls) {
            if (cell_cls == NULL) {
                HsErr_Format(HsExc_RuntimeError,
                             "__class__ not set defining %.200R as %.200R. Was __classcell__ "
                             "propagated to type.__new__?",
                             name, cls);
            } else {
                HsErr_Format(HsExc_TypeError, "__class__ set to %.200R defining %.200R as %.200R",
                             cell_cls, name, cls);
            }
            Hs_CLEAR(cls);
        }
    }
    return cls;
}

/* The namespace from meta.__prepare__(name, bases, **kwds), or a new dict. */
static HsObject *prepare_namespace(HsObject *meta, int isclass, HsObject *name,
                                   HsObject *bases, HsObject *kwds) {
    HsObject *prep = NULL;
    if (HsObject_LookupAttr(meta, name_prepare(), &prep) < 0) {
        return NULL;
    }
    if (prep == NULL) {
        return HsDict_New();
    }
    HsObject *pargs = HsTuple_Pack(2, name, bases);
    HsObject *ns = pargs != NULL ? HsObject_Call(prep, pargs, kwds) : NULL;
    Hs_XDECREF(pargs);
    Hs_DECREF(prep);
    if (ns != NULL && Hs_TYPE(ns)->tp_as_mapping == NULL) {
        HsErr_Format(HsExc_TypeError, "%.200s.__prepare__() must return a mapping, not %.200s",
                     isclass ? ((HsTypeObject *)meta)->tp_name : "<metaclass>",
                     Hs_TYPE(ns)->tp_name);
        Hs_CLEAR(ns);
    }
    return ns;
}

HsObject *hs_vm_build_class(HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames) {
    if (nargs < 2) {
        return HsErr_Format(HsExc_TypeError, "__build_class__: not enough arguments");
    }
    HsObject *func = args[0], *name = args[1];
    if (!HsFunction_Check(func)) {
        return HsErr_Format(HsExc_TypeError, "__build_class__: func must be a function");
    }
    if (!HsUnicode_Check(name)) {
        return HsErr_Format(HsExc_TypeError, "__build_class__: name is not a string");
    }
    HsObject *orig_bases = HsTuple_FromArray(args + 2, nargs - 2);
    HsObject *bases = NULL, *kwds = NULL, *meta = NULL, *ns = NULL, *cell = NULL, *cls = NULL;
    if (orig_bases == NULL || (bases = update_bases(orig_bases)) == NULL) {
        goto done;
    }
    Hs_ssize_t nk = kwnames != NULL ? Hs_SIZE(kwnames) : 0;
    if (nk > 0) {
        if ((kwds = HsDict_New()) == NULL) {
            goto done;
        }
        for (Hs_ssize_t i = 0; i < nk; i++) {
            HsObject *k = HS_TUPLE_GET(kwnames, i);
            if (strcmp(HsUnicode_AsUTF8(k), "metaclass") == 0) {
                Hs_XSETREF(meta, Hs_NewRef(args[nargs + i]));
            } else if (HsDict_SetItem(kwds, k, args[nargs + i]) < 0) {
                goto done;
            }
        }
    }
    int isclass = 1;
    if (meta == NULL) {
        meta = Hs_NewRef(Hs_SIZE(bases) > 0 ? (HsObject *)Hs_TYPE(HS_TUPLE_GET(bases, 0))
                                            : (HsObject *)&HsType_Type);
    } else {
        isclass = HsType_Check(meta);
    }
    if (isclass) {
        HsTypeObject *winner = hs_type_calculate_metaclass((HsTypeObject *)meta, bases);
        if (winner == NULL) {
            goto done;
        }
        Hs_SETREF(meta, Hs_NewRef((HsObject *)winner));
    }
    if ((ns = prepare_namespace(meta, isclass, name, bases, kwds)) == NULL ||
        (cell = run_body(func, ns)) == NULL) {
        goto done;
    }
    if (bases != orig_bases && HsObject_SetItem(ns, name_orig_bases(), orig_bases) < 0) {
        goto done;
    }
    cls = make_class(meta, name, bases, ns, kwds, cell);
done:
    Hs_XDECREF(orig_bases);
    Hs_XDECREF(bases);
    Hs_XDECREF(kwds);
    Hs_XDECREF(meta);
    Hs_XDECREF(ns);
    Hs_XDECREF(cell);
    return cls;
}
