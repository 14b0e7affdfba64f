/* None, NotImplemented and Ellipsis (CPython: Objects/object.c, Objects/sliceobject.c):
 * three static objects of their own types, never freed. None is falsy; the hash of None is
 * derived from its address in 3.11 (_Py_HashPointer), so it is stable within a run only. */
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_hash.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/errors.h"

/* ==== static helpers ==== */

static void singleton_dealloc(HsObject *op) {
    (void)op;
    HS_FATAL("deallocating a singleton (None, NotImplemented or Ellipsis)");
}

static HsObject *none_repr(HsObject *op) {
    (void)op;
    return HsUnicode_FromString("None");
}

static HsObject *notimplemented_repr(HsObject *op) {
    (void)op;
    return HsUnicode_FromString("NotImplemented");
}

static HsObject *ellipsis_repr(HsObject *op) {
    (void)op;
    return HsUnicode_FromString("Ellipsis");
}

/* The address, rotated: CPython's _Py_HashPointer. */
static Hs_ssize_t pointer_hash(HsObject *op) {
    return hs_obj_hash_pointer(op);
}

static int none_bool(HsObject *op) {
    (void)op;
    return 0;
}

/* NoneType(), type(NotImplemented)() and type(...)() return the singleton itself. */
static HsObject *singleton_new_checked(HsTypeObject *type, HsObject *args, HsObject *kwds,
                                       HsObject *singleton) {
    if ((args != NULL && Hs_SIZE(args) != 0) ||
        (kwds != NULL && HsDict_Size(kwds) != 0)) {
        return HsErr_Format(HsExc_TypeError, "%s takes no arguments", type->tp_name);
    }
    return Hs_NewRef(singleton);
}

static HsObject *none_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    return singleton_new_checked(type, args, kwds, Hs_None);
}

static HsObject *notimplemented_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    return singleton_new_checked(type, args, kwds, Hs_NotImplemented);
}

static HsObject *ellipsis_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    return singleton_new_checked(type, args, kwds, Hs_Ellipsis);
}

static HsNumberMethods none_as_number = {.nb_bool = none_bool};

/* ==== the types and objects ==== */

HsTypeObject HsNone_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "NoneType",
    .tp_basicsize = sizeof(HsObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = none_repr,
    .tp_new = none_new,
    .tp_as_number = &none_as_number,
    .tp_hash = pointer_hash,
};

HsTypeObject HsNotImplemented_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "NotImplementedType",
    .tp_basicsize = sizeof(HsObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = notimplemented_repr,
    .tp_new = notimplemented_new,
    .tp_hash = pointer_hash,
};

HsTypeObject HsEllipsis_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "ellipsis",
    .tp_basicsize = sizeof(HsObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = ellipsis_repr,
    .tp_new = ellipsis_new,
    .tp_hash = pointer_hash,
};

HsObject hs_none_struct = HsObject_HEAD_INIT(&HsNone_Type);
HsObject hs_notimplemented_struct = HsObject_HEAD_INIT(&HsNotImplemented_Type);
HsObject hs_ellipsis_struct = HsObject_HEAD_INIT(&HsEllipsis_Type);
