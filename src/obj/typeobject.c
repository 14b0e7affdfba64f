/* Type objects (CPython: Objects/typeobject.c). This file grows into type readying (slot
 * inheritance, MRO, tp_dict), attribute lookup and class creation (issue #3); for now it
 * holds the subtype test that exceptions and the error machinery need.
 * Invariant: once a type is readied its tp_mro is a tuple starting with the type itself. */
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_tuple.h"

/* ==== public API ==== */

int HsType_IsSubtype(HsTypeObject *sub, HsTypeObject *base) {
    HsObject *mro = sub->tp_mro;
    if (mro != NULL) {
        for (Hs_ssize_t i = 0; i < Hs_SIZE(mro); i++) {
            if (HS_TUPLE_GET(mro, i) == (HsObject *)base) {
                return 1;
            }
        }
        return 0;
    }
    for (HsTypeObject *t = sub; t != NULL; t = t->tp_base) {
        if (t == base) {
            return 1;
        }
    }
    return base == NULL; /* as CPython: every type derives from object */
}
