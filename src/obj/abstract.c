/* The object protocols (CPython: Objects/object.c and Objects/abstract.c): generic
 * operations dispatched through type slots. This file grows with the interpreter (issue #3);
 * today it holds repr() and str().
 * Invariant: each function returns a new reference or NULL with an exception set. */
#include "hs/abstract.h"
#include "internal/hs_obj_str.h"
#include "hs/errors.h"

/* ==== public API ==== */

HsObject *HsObject_Repr(HsObject *o) {
    HsTypeObject *tp = Hs_TYPE(o);
    if (tp->tp_repr == NULL) {
        return HsUnicode_FromFormat("<%s object at %p>", tp->tp_name, (void *)o);
    }
    HsObject *r = tp->tp_repr(o);
    if (r != NULL && !HsUnicode_Check(r)) {
        HsErr_Format(HsExc_TypeError, "__repr__ returned non-string (type %.200s)",
                     Hs_TYPE(r)->tp_name);
        Hs_DECREF(r);
        return NULL;
    }
    return r;
}

HsObject *HsObject_Str(HsObject *o) {
    if (HsUnicode_CheckExact(o)) {
        return Hs_NewRef(o);
    }
    HsTypeObject *tp = Hs_TYPE(o);
    if (tp->tp_str == NULL) {
        return HsObject_Repr(o);
    }
    HsObject *r = tp->tp_str(o);
    if (r != NULL && !HsUnicode_Check(r)) {
        HsErr_Format(HsExc_TypeError, "__str__ returned non-string (type %.200s)",
                     Hs_TYPE(r)->tp_name);
        Hs_DECREF(r);
        return NULL;
    }
    return r;
}
