/* The object protocols (CPython: Objects/object.c and Objects/abstract.c): generic
 * operations dispatched through type slots. This file grows with the interpreter (issue #3);
 * today it holds repr(), str(), hash(), rich comparison and truth.
 * Invariant: each function returns a new reference or NULL with an exception set. */
#include "hs/abstract.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "hs/ceval.h"
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

/* ==== hashing ==== */

Hs_ssize_t HsObject_HashNotImplemented(HsObject *o) {
    HsErr_Format(HsExc_TypeError, "unhashable type: '%.200s'", Hs_TYPE(o)->tp_name);
    return -1;
}

/* object.__hash__: derived from the address (CPython: _Py_HashPointer). */
static Hs_ssize_t pointer_hash(HsObject *o) {
    size_t y = (size_t)o;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    Hs_ssize_t h = (Hs_ssize_t)y;
    return h == -1 ? -2 : h;
}

Hs_ssize_t HsObject_Hash(HsObject *o) {
    hs_hashfunc f = Hs_TYPE(o)->tp_hash;
    if (f == NULL) {
        return pointer_hash(o); /* inherited object.__hash__ */
    }
    return f(o);
}

/* ==== rich comparison ==== */

static const int swapped_op[] = {HS_GT, HS_GE, HS_EQ, HS_NE, HS_LT, HS_LE};
static const char *const op_strings[] = {"<", "<=", "==", "!=", ">", ">="};

/* Try 'f' and hand back its result unless it is NotImplemented (then NULL, no error). */
static HsObject *try_compare(hs_richcmpfunc f, HsObject *a, HsObject *b, int op, int *err) {
    HsObject *res = f(a, b, op);
    if (res == NULL) {
        *err = 1;
        return NULL;
    }
    if (res == Hs_NotImplemented) {
        Hs_DECREF(res);
        return NULL;
    }
    return res;
}

/* CPython: do_richcompare. The right operand's reflected method goes first when its type
 * is a proper subtype of the left's; identity decides == and != when both decline. */
static HsObject *do_richcompare(HsObject *v, HsObject *w, int op) {
    HsTypeObject *tv = Hs_TYPE(v), *tw = Hs_TYPE(w);
    int checked_reverse = 0, err = 0;
    HsObject *res;
    if (tv != tw && tw->tp_richcompare != NULL && HsType_IsSubtype(tw, tv)) {
        checked_reverse = 1;
        if ((res = try_compare(tw->tp_richcompare, w, v, swapped_op[op], &err)) || err) {
            return res;
        }
    }
    if (tv->tp_richcompare != NULL) {
        if ((res = try_compare(tv->tp_richcompare, v, w, op, &err)) || err) {
            return res;
        }
    }
    if (!checked_reverse && tw->tp_richcompare != NULL) {
        if ((res = try_compare(tw->tp_richcompare, w, v, swapped_op[op], &err)) || err) {
            return res;
        }
    }
    if (op == HS_EQ) {
        return HsBool_FromLong(v == w);
    }
    if (op == HS_NE) {
        return HsBool_FromLong(v != w);
    }
    return HsErr_Format(HsExc_TypeError,
                        "'%s' not supported between instances of '%.100s' and '%.100s'",
                        op_strings[op], tv->tp_name, tw->tp_name);
}

HsObject *HsObject_RichCompare(HsObject *a, HsObject *b, int op) {
    if (HsEnter_RecursiveCall(" in comparison") < 0) {
        return NULL;
    }
    HsObject *res = do_richcompare(a, b, op);
    HsLeave_RecursiveCall();
    return res;
}

int HsObject_RichCompareBool(HsObject *a, HsObject *b, int op) {
    if (a == b) {
        if (op == HS_EQ) {
            return 1;
        }
        if (op == HS_NE) {
            return 0;
        }
    }
    HsObject *res = HsObject_RichCompare(a, b, op);
    if (res == NULL) {
        return -1;
    }
    int r = res == Hs_True ? 1 : res == Hs_False ? 0 : HsObject_IsTrue(res);
    Hs_DECREF(res);
    return r;
}

/* ==== truth ==== */

int HsObject_IsTrue(HsObject *o) {
    if (o == Hs_True) {
        return 1;
    }
    if (o == Hs_False || o == Hs_None) {
        return 0;
    }
    HsTypeObject *tp = Hs_TYPE(o);
    Hs_ssize_t r;
    if (tp->tp_as_number != NULL && tp->tp_as_number->nb_bool != NULL) {
        r = tp->tp_as_number->nb_bool(o);
    } else if (tp->tp_as_mapping != NULL && tp->tp_as_mapping->mp_length != NULL) {
        r = tp->tp_as_mapping->mp_length(o);
    } else if (tp->tp_as_sequence != NULL && tp->tp_as_sequence->sq_length != NULL) {
        r = tp->tp_as_sequence->sq_length(o);
    } else {
        return 1;
    }
    return r > 0 ? 1 : (int)r; /* r < 0: error */
}

int HsObject_Not(HsObject *o) {
    int r = HsObject_IsTrue(o);
    return r < 0 ? r : !r;
}
