/* Start-up of the object layer (CPython: _PyTypes_InitTypes and friends in
 * Objects/object.c): every built-in type is readied, base before derived, so that its
 * methods, members and computed attributes are reachable from Python, and the collector's
 * per-type untracking hooks are registered. Idempotent. */
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_weakref.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_range.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_complex.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_strmeth.h"
#include "internal/hs_obj_tuple.h"
#include "hs/errors.h"

/* ==== internal API ==== */

int hs_obj_init(void) {
    HsTypeObject *types[] = {
        &HsBaseObject_Type, &HsType_Type,        &HsLong_Type,         &HsBool_Type,
        &HsUnicode_Type,    &HsTuple_Type,       &HsTupleIter_Type,       &HsDict_Type,         &HsNone_Type,
        &HsNotImplemented_Type, &HsEllipsis_Type, &HsSeqIter_Type,     &HsCFunction_Type,
        &HsMethodDescr_Type, &HsClassMethodDescr_Type, &HsMemberDescr_Type,
        &HsGetSetDescr_Type, &HsFunction_Type, &HsCell_Type, &HsMethod_Type, &HsCode_Type,
        &HsFloat_Type, &HsComplex_Type, &HsModule_Type, &HsList_Type, &HsListIter_Type,
        &HsListRevIter_Type, &HsUnicodeIter_Type, &HsUnicodeASCIIIter_Type, &HsSlice_Type, &HsRange_Type, &HsRangeIter_Type, &HsLongRangeIter_Type, &HsSet_Type, &HsFrozenSet_Type, &HsSetIter_Type,
        &HsDictKeys_Type, &HsDictValues_Type, &HsDictItems_Type, &HsDictIterKey_Type,
        &HsDictIterValue_Type, &HsDictIterItem_Type, &HsDictRevIterKey_Type,
        &HsDictRevIterValue_Type, &HsDictRevIterItem_Type, &HsWrapperDescr_Type,
        &HsMethodWrapper_Type, &HsProperty_Type, &HsClassMethod_Type, &HsStaticMethod_Type,
        &HsSuper_Type, &HsDictProxy_Type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (HsType_Ready(types[i]) < 0) {
            return -1;
        }
    }
    if (hs_exc_init_types() < 0) { /* ExceptionGroup's two bases, before readying it */
        return -1;
    }
#define READY_EXC(name)                                                                            \
    if (HsType_Ready((HsTypeObject *)HsExc_##name) < 0) {                                          \
        return -1;                                                                                 \
    }
    HS_EXC_FOREACH(READY_EXC)
#undef READY_EXC
    if (hs_bytes_init_types() < 0 || hs_tuple_init() < 0 || hs_dict_init() < 0 ||
        hs_weakref_init() < 0 || hs_generic_alias_init() < 0) {
        return -1;
    }
    return 0;
}
