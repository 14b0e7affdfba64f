/* The bool type and its two instances (CPython: Objects/boolobject.c). bool is an int
 * subtype: True is the int 1 and False the int 0 in layout (False has ob_size 0, as in
 * CPython 3.11), so every int operation accepts them. They are static and never freed. */
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_args.h"
#include "hs/abstract.h"
#include "internal/hs_obj_str.h"
#include "hs/errors.h"

/* ==== type slots ==== */

static HsObject *bool_repr(HsObject *op) {
    return HsUnicode_FromString(op == Hs_True ? "True" : "False");
}

/* bool(...) without an argument tuple (CPython: bool_vectorcall). */
static HsObject *bool_vectorcall(HsObject *type, HsObject *const *args, size_t nargsf,
                                 HsObject *kwnames) {
    (void)type;
    Hs_ssize_t nargs = HsVectorcall_NARGS(nargsf);
    if (hs_arg_no_keywords("bool", kwnames) < 0 ||
        hs_arg_check_positional("bool", nargs, 0, 1) < 0) {
        return NULL;
    }
    int ok = nargs == 1 ? HsObject_IsTrue(args[0]) : 0;
    return ok < 0 ? NULL : HsBool_FromLong(ok);
}

static void bool_dealloc(HsObject *op) {
    (void)op;
    HS_FATAL("deallocating True or False");
}

HsTypeObject HsBool_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "bool",
    .tp_basicsize = sizeof(HsLongObject) - sizeof(uint32_t),
    .tp_itemsize = sizeof(uint32_t),
    .tp_dealloc = bool_dealloc,
    .tp_repr = bool_repr,
    .tp_as_number = &hs_bool_as_number,
    .tp_hash = hs_int_hash,
    .tp_richcompare = hs_int_richcompare,
    .tp_flags = HS_TPFLAGS_LONG_SUBCLASS,
    .tp_base = &HsLong_Type,
    .tp_new = hs_bool_new,
    .tp_vectorcall = bool_vectorcall,
};

HsLongObject hs_true_struct = {{{1, &HsBool_Type}, 1}, {1}};
HsLongObject hs_false_struct = {{{1, &HsBool_Type}, 0}, {0}};

/* ==== public API ==== */

HsObject *HsBool_FromLong(long v) {
    return Hs_NewRef(v ? Hs_True : Hs_False);
}
