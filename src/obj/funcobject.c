/* Functions and cells (CPython 3.11: Objects/funcobject.c, Objects/cellobject.c). Creation,
 * the Python-visible attributes (__name__, __qualname__, __defaults__, __kwdefaults__,
 * __code__, __globals__, __closure__, __doc__, __dict__, __module__, __annotations__,
 * __builtins__), the descriptor protocol that turns a function into a bound method, repr,
 * and GC support. Calling goes through the vectorcall entry the vm installs.
 * Invariant: func_code is a code object and func_globals/func_builtins are dicts. */
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_weakref.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <string.h>

/* ==== state ==== */

static hs_vectorcallfunc function_call;
static HsObject *default_builtins;
static uint32_t next_func_version = 1;

/* ==== static helpers ==== */

#define FUNC(op) ((HsFunctionObject *)(op))

static HsObject *func_get_builtins_of(HsObject *globals) {
    HsObject *b = HsDict_GetItemString(globals, "__builtins__");
    if (b != NULL && HsDict_Check(b)) {
        return b;
    }
    if (b != NULL) {
        HsObject *d = HsObject_GetAttrString(b, "__dict__"); /* a module */
        if (d != NULL && HsDict_Check(d)) {
            Hs_DECREF(d); /* the module keeps its dict alive */
            return d;
        }
        Hs_XDECREF(d);
        HsErr_Clear();
    }
    return default_builtins;
}

/* ==== function slots ==== */

static void func_dealloc(HsObject *op) {
    HsFunctionObject *f = FUNC(op);
    hs_gc_untrack(op);
    if (f->func_weakreflist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    Hs_XDECREF(f->func_globals);
    Hs_XDECREF(f->func_builtins);
    Hs_XDECREF(f->func_name);
    Hs_XDECREF(f->func_qualname);
    Hs_XDECREF(f->func_code);
    Hs_XDECREF(f->func_defaults);
    Hs_XDECREF(f->func_kwdefaults);
    Hs_XDECREF(f->func_closure);
    Hs_XDECREF(f->func_doc);
    Hs_XDECREF(f->func_dict);
    Hs_XDECREF(f->func_module);
    Hs_XDECREF(f->func_annotations);
    hs_gc_free(op);
}

static int func_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsFunctionObject *f = FUNC(op);
    HsObject *fields[] = {f->func_code, f->func_globals, f->func_builtins, f->func_module,
                          f->func_defaults, f->func_kwdefaults, f->func_doc, f->func_name,
                          f->func_dict, f->func_closure, f->func_annotations, f->func_qualname};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (fields[i] != NULL && visit(fields[i], arg) != 0) {
            return 1;
        }
    }
    return 0;
}

static int func_clear(HsObject *op) {
    HsFunctionObject *f = FUNC(op);
    f->func_version = 0;
    Hs_CLEAR(f->func_globals);
    Hs_CLEAR(f->func_builtins);
    Hs_CLEAR(f->func_module);
    Hs_CLEAR(f->func_defaults);
    Hs_CLEAR(f->func_kwdefaults);
    Hs_CLEAR(f->func_doc);
    Hs_CLEAR(f->func_dict);
    Hs_CLEAR(f->func_closure);
    Hs_CLEAR(f->func_annotations);
    return 0;
}

static HsObject *func_repr(HsObject *op) {
    return HsUnicode_FromFormat("<function %U at %p>", FUNC(op)->func_qualname, (void *)op);
}

/* Binding: a function found on a class becomes a bound method of the instance. */
static HsObject *func_descr_get(HsObject *func, HsObject *obj, HsObject *type) {
    (void)type;
    if (obj == NULL || obj == Hs_None) {
        return Hs_NewRef(func);
    }
    return HsMethod_New(func, obj);
}

/* ==== attributes ==== */

#define OFF(field) offsetof(HsFunctionObject, field)

static HsMemberDef func_members[] = {
    {"__closure__", HS_T_OBJECT, OFF(func_closure), HS_READONLY, NULL},
    {"__doc__", HS_T_OBJECT, OFF(func_doc), 0, NULL},
    {"__globals__", HS_T_OBJECT, OFF(func_globals), HS_READONLY, NULL},
    {"__module__", HS_T_OBJECT, OFF(func_module), 0, NULL},
    {"__builtins__", HS_T_OBJECT, OFF(func_builtins), HS_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static HsObject *get_field(HsObject *op, void *off) {
    HsObject *v = *(HsObject **)((char *)op + (size_t)off);
    return Hs_NewRef(v != NULL ? v : Hs_None);
}

/* Setter for __name__/__qualname__: a str is required. */
static int set_str_field(HsObject *op, HsObject *value, void *off) {
    if (value == NULL || !HsUnicode_Check(value)) {
        HsErr_Format(HsExc_TypeError, "%s must be set to a string object",
                     (size_t)off == OFF(func_name) ? "__name__" : "__qualname__");
        return -1;
    }
    HsObject **slot = (HsObject **)((char *)op + (size_t)off);
    Hs_SETREF(*slot, Hs_NewRef(value));
    return 0;
}

/* Setter for __defaults__ (tuple or None) and __kwdefaults__ (dict or None). */
static int set_defaults_field(HsObject *op, HsObject *value, void *off) {
    int is_kw = (size_t)off == OFF(func_kwdefaults);
    if (value == Hs_None) {
        value = NULL;
    }
    if (value != NULL && (is_kw ? !HsDict_Check(value) : !HsTuple_Check(value))) {
        HsErr_SetString(HsExc_TypeError, is_kw ? "__kwdefaults__ must be set to a dict object"
                                               : "__defaults__ must be set to a tuple object");
        return -1;
    }
    HsObject **slot = (HsObject **)((char *)op + (size_t)off);
    HsObject *old = *slot;
    *slot = Hs_XNewRef(value);
    Hs_XDECREF(old);
    FUNC(op)->func_version = 0;
    return 0;
}

static HsObject *get_dict_field(HsObject *op, void *off) {
    HsObject **slot = (HsObject **)((char *)op + (size_t)off);
    if (*slot == NULL && (*slot = HsDict_New()) == NULL) {
        return NULL;
    }
    return Hs_NewRef(*slot);
}

/* Setter for __annotations__ (a dict; deleting empties it) and __dict__ (a dict; not
 * deletable), as CPython's func_set_annotations / PyObject_GenericSetDict. */
static int set_dict_field(HsObject *op, HsObject *value, void *off) {
    int is_dict = (size_t)off == OFF(func_dict);
    if (value == NULL && is_dict) {
        HsErr_SetString(HsExc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (value == Hs_None && !is_dict) {
        value = NULL;
    }
    if (value != NULL && !HsDict_Check(value)) {
        if (is_dict) {
            HsErr_Format(HsExc_TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                         Hs_TYPE(value)->tp_name);
        } else {
            HsErr_SetString(HsExc_TypeError, "__annotations__ must be set to a dict object");
        }
        return -1;
    }
    HsObject **slot = (HsObject **)((char *)op + (size_t)off);
    HsObject *old = *slot;
    *slot = Hs_XNewRef(value);
    Hs_XDECREF(old);
    return 0;
}

static HsGetSetDef func_getset[] = {
    {"__code__", get_field, NULL, NULL, (void *)OFF(func_code)},
    {"__defaults__", get_field, set_defaults_field, NULL, (void *)OFF(func_defaults)},
    {"__kwdefaults__", get_field, set_defaults_field, NULL, (void *)OFF(func_kwdefaults)},
    {"__annotations__", get_dict_field, set_dict_field, NULL, (void *)OFF(func_annotations)},
    {"__dict__", get_dict_field, set_dict_field, NULL, (void *)OFF(func_dict)},
    {"__name__", get_field, set_str_field, NULL, (void *)OFF(func_name)},
    {"__qualname__", get_field, set_str_field, NULL, (void *)OFF(func_qualname)},
    {NULL, NULL, NULL, NULL, NULL},
};

/* types.FunctionType(code, globals, name=None, argdefs=None, closure=None) (CPython:
 * func_new_impl). Return: new reference. */
static HsObject *func_tp_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"code", "globals", "name", "argdefs", "closure", NULL};
    static const HsArgParser parser = {"function", kw};
    HsObject *a[5];
    (void)type;
    if (hs_num_unpack_new_args(args, kwds, &parser, 0, 5, 2, a) < 0) {
        return NULL;
    }
    HsObject *code = a[0], *globals = a[1], *name = a[2], *defaults = a[3], *closure = a[4];
    if (!HsCode_Check(code)) {
        hs_arg_bad_argument("function", 0, "code", "code", code);
        return NULL;
    }
    if (!HsDict_Check(globals)) {
        hs_arg_bad_argument("function", 0, "globals", "dict", globals);
        return NULL;
    }
    name = name == Hs_None ? NULL : name;
    defaults = defaults == Hs_None ? NULL : defaults;
    closure = closure == Hs_None ? NULL : closure;
    if (name != NULL && !HsUnicode_Check(name)) {
        HsErr_SetString(HsExc_TypeError, "arg 3 (name) must be None or string");
        return NULL;
    }
    if (defaults != NULL && !HsTuple_Check(defaults)) {
        HsErr_SetString(HsExc_TypeError, "arg 4 (defaults) must be None or tuple");
        return NULL;
    }
    Hs_ssize_t nfree = ((HsCodeObject *)code)->co_nfreevars;
    if (closure == NULL && nfree > 0) {
        HsErr_SetString(HsExc_TypeError, "arg 5 (closure) must be tuple");
        return NULL;
    }
    if (closure != NULL && !HsTuple_Check(closure)) {
        HsErr_SetString(HsExc_TypeError, "arg 5 (closure) must be None or tuple");
        return NULL;
    }
    Hs_ssize_t nclosure = closure != NULL ? Hs_SIZE(closure) : 0;
    if (nfree != nclosure) {
        return HsErr_Format(HsExc_ValueError, "%U requires closure of length %zd, not %zd",
                            ((HsCodeObject *)code)->co_name, nfree, nclosure);
    }
    for (Hs_ssize_t i = 0; i < nclosure; i++) {
        if (!HsCell_Check(HS_TUPLE_GET(closure, i))) {
            return HsErr_Format(HsExc_TypeError, "arg 5 (closure) expected cell, found %s",
                                Hs_TYPE(HS_TUPLE_GET(closure, i))->tp_name);
        }
    }
    HsFunctionObject *f = (HsFunctionObject *)HsFunction_New(code, globals, NULL);
    if (f == NULL) {
        return NULL;
    }
    if (name != NULL) {
        Hs_XSETREF(f->func_name, Hs_NewRef(name));
    }
    f->func_defaults = Hs_XNewRef(defaults);
    f->func_closure = Hs_XNewRef(closure);
    return (HsObject *)f;
}

/* cell([contents]) (CPython: cell_new). Return: new reference. */
static HsObject *cell_tp_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)type;
    if (hs_arg_no_kwargs_dict("cell", kwds) < 0 ||
        hs_arg_check_positional("cell", Hs_SIZE(args), 0, 1) < 0) {
        return NULL;
    }
    return HsCell_New(Hs_SIZE(args) == 1 ? HS_TUPLE_GET(args, 0) : NULL);
}

HsTypeObject HsFunction_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "function",
    .tp_basicsize = sizeof(HsFunctionObject),
    .tp_dealloc = func_dealloc,
    .tp_vectorcall_offset = OFF(vectorcall),
    .tp_repr = func_repr,
    .tp_call = HsVectorcall_Call,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_HAVE_VECTORCALL | HS_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = func_traverse,
    .tp_clear = func_clear,
    .tp_weaklistoffset = OFF(func_weakreflist),
    .tp_members = func_members,
    .tp_getset = func_getset,
    .tp_descr_get = func_descr_get,
    .tp_dictoffset = OFF(func_dict),
    .tp_new = func_tp_new,
};

/* ==== cells ==== */

static void cell_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    Hs_XDECREF(((HsCellObject *)op)->ob_ref);
    hs_gc_free(op);
}

static int cell_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *v = ((HsCellObject *)op)->ob_ref;
    return v != NULL ? visit(v, arg) : 0;
}

static int cell_clear(HsObject *op) {
    Hs_CLEAR(((HsCellObject *)op)->ob_ref);
    return 0;
}

static HsObject *cell_repr(HsObject *op) {
    HsObject *v = ((HsCellObject *)op)->ob_ref;
    if (v == NULL) {
        return HsUnicode_FromFormat("<cell at %p: empty>", (void *)op);
    }
    return HsUnicode_FromFormat("<cell at %p: %s object at %p>", (void *)op,
                                Hs_TYPE(v)->tp_name, (void *)v);
}

static HsObject *cell_get_contents(HsObject *op, void *closure) {
    (void)closure;
    HsObject *v = ((HsCellObject *)op)->ob_ref;
    if (v == NULL) {
        return HsErr_Format(HsExc_ValueError, "Cell is empty");
    }
    return Hs_NewRef(v);
}

static int cell_set_contents(HsObject *op, HsObject *value, void *closure) {
    (void)closure;
    HsObject **slot = &((HsCellObject *)op)->ob_ref;
    HsObject *old = *slot;
    *slot = Hs_XNewRef(value);
    Hs_XDECREF(old);
    return 0;
}

static HsGetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

HsTypeObject HsCell_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "cell",
    .tp_basicsize = sizeof(HsCellObject),
    .tp_dealloc = cell_dealloc,
    .tp_repr = cell_repr,
    .tp_flags = HS_TPFLAGS_HAVE_GC,
    .tp_traverse = cell_traverse,
    .tp_clear = cell_clear,
    .tp_getset = cell_getset,
    .tp_new = cell_tp_new,
};

/* ==== internal API ==== */

void hs_func_set_vectorcall(hs_vectorcallfunc call) {
    function_call = call;
}

void hs_func_set_default_builtins(HsObject *builtins) {
    default_builtins = builtins;
}

/* ==== public API ==== */

HsObject *HsFunction_New(HsObject *code, HsObject *globals, HsObject *qualname) {
    HsCodeObject *co = (HsCodeObject *)code;
    HsObject *builtins = func_get_builtins_of(globals);
    if (builtins == NULL) {
        return HsErr_Format(HsExc_SystemError, "no builtins for a new function");
    }
    HsFunctionObject *f = (HsFunctionObject *)hs_gc_alloc(&HsFunction_Type,
                                                          sizeof(HsFunctionObject));
    if (f == NULL) {
        return HsErr_NoMemory();
    }
    memset((char *)f + sizeof(HsObject), 0, sizeof(HsFunctionObject) - sizeof(HsObject));
    f->func_globals = Hs_NewRef(globals);
    f->func_builtins = Hs_NewRef(builtins);
    f->func_code = Hs_NewRef(code);
    f->func_name = Hs_NewRef(co->co_name);
    f->func_qualname = Hs_NewRef(qualname != NULL ? qualname : co->co_qualname);
    HsObject *consts = co->co_consts;
    HsObject *doc = Hs_SIZE(consts) > 0 && HsUnicode_Check(HS_TUPLE_GET(consts, 0))
                        ? HS_TUPLE_GET(consts, 0)
                        : Hs_None;
    f->func_doc = Hs_NewRef(doc);
    HsObject *module = HsDict_GetItemString(globals, "__name__");
    f->func_module = Hs_XNewRef(module);
    f->vectorcall = function_call;
    f->func_version = next_func_version++;
    hs_gc_track((HsObject *)f);
    return (HsObject *)f;
}

HsObject *HsCell_New(HsObject *value) {
    HsCellObject *c = (HsCellObject *)hs_gc_alloc(&HsCell_Type, sizeof(HsCellObject));
    if (c == NULL) {
        return HsErr_NoMemory();
    }
    c->ob_ref = Hs_XNewRef(value);
    hs_gc_track((HsObject *)c);
    return (HsObject *)c;
}
