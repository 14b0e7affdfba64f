/* Named tuples written in C (CPython: Objects/structseq.c, reduced): tuple subtypes whose
 * items are also attributes (one getset per field, closure = index) and whose repr names
 * them, as sys.version_info, sys.float_info and time.struct_time are. A type is a static
 * HsTypeObject (tuple base, HAVE_GC) whose tp_getset lists the fields in order and whose
 * dealloc/traverse/repr are the functions here; the tuple slots (indexing, len, comparison,
 * hash, iteration) are inherited. Instances are GC-tracked
 * like tuples and made with hs_structseq_new. */
#include "internal/hs_modules.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdint.h>

/* ==== internal API ==== */

HsObject *hs_structseq_get(HsObject *self, void *closure) {
    return Hs_NewRef(HS_TUPLE_GET(self, (Hs_ssize_t)(intptr_t)closure));
}

HsObject *hs_structseq_no_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)args;
    (void)kwds;
    return HsErr_Format(HsExc_TypeError, "cannot create '%s' instances", type->tp_name);
}

void hs_structseq_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    for (Hs_ssize_t i = 0; i < Hs_SIZE(op); i++) {
        Hs_XDECREF(HS_TUPLE_GET(op, i));
    }
    hs_gc_free(op);
}

int hs_structseq_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    for (Hs_ssize_t i = 0; i < Hs_SIZE(op); i++) {
        HsObject *v = HS_TUPLE_GET(op, i);
        if (v != NULL && visit(v, arg) < 0) {
            return -1;
        }
    }
    return 0;
}

HsObject *hs_structseq_repr(HsObject *op) {
    HsTypeObject *tp = Hs_TYPE(op);
    HsStrWriter w;
    hs_str_writer_init(&w);
    if (hs_str_writer_ascii(&w, tp->tp_name) < 0 || hs_str_writer_char(&w, '(') < 0) {
        goto error;
    }
    for (Hs_ssize_t i = 0; i < Hs_SIZE(op); i++) {
        HsObject *r = HsObject_Repr(HS_TUPLE_GET(op, i));
        int rc = r == NULL || (i > 0 && hs_str_writer_ascii(&w, ", ") < 0) ||
                 hs_str_writer_ascii(&w, tp->tp_getset[i].name) < 0 ||
                 hs_str_writer_char(&w, '=') < 0 || hs_str_writer_str(&w, r) < 0;
        Hs_XDECREF(r);
        if (rc) {
            goto error;
        }
    }
    if (hs_str_writer_char(&w, ')') < 0) {
        goto error;
    }
    return hs_str_writer_finish(&w);
error:
    hs_str_writer_discard(&w);
    return NULL;
}

HsObject *hs_structseq_new(HsTypeObject *type, int n, HsObject **items) {
    HsObject *op = NULL;
    for (int i = 0; i < n; i++) {
        if (items[i] == NULL) {
            goto error;
        }
    }
    if (HsType_Ready(type) < 0 || (op = HsType_GenericAlloc(type, n)) == NULL) {
        goto error;
    }
    for (int i = 0; i < n; i++) {
        HS_TUPLE_SET(op, i, items[i]);
    }
    return op;
error:
    for (int i = 0; i < n; i++) {
        Hs_XDECREF(items[i]);
    }
    return NULL;
}
