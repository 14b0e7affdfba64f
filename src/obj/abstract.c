/* The object protocols (CPython: Objects/object.c and Objects/abstract.c): generic
 * operations dispatched through type slots. This file grows with the interpreter (issue #3);
 * today it holds repr() (with its recursion guard), str(), hash(), rich comparison, truth,
 * iteration, len(), indexing, `in`, and __index__ conversion.
 * Invariant: each function returns a new reference or NULL with an exception set. */
#include "hs/abstract.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_hash.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_type.h"
#include "hs/ceval.h"
#include "hs/errors.h"

#include <stdio.h>

/* ==== public API ==== */

HsObject *HsObject_Repr(HsObject *o) {
    HsTypeObject *tp = Hs_TYPE(o);
    if (tp->tp_repr == NULL) {
        return HsUnicode_FromFormat("<%s object at %p>", tp->tp_name, (void *)o);
    }
    /* a tp_repr may loop forever (CPython: PyObject_Repr) */
    if (HsEnter_RecursiveCall(" while getting the repr of an object") < 0) {
        return NULL;
    }
    HsObject *r = tp->tp_repr(o);
    HsLeave_RecursiveCall();
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
    if (HsEnter_RecursiveCall(" while getting the str of an object") < 0) {
        return NULL;
    }
    HsObject *r = tp->tp_str(o);
    HsLeave_RecursiveCall();
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

/* The address, rotated: CPython's _Py_HashPointer. */
static Hs_ssize_t pointer_hash(HsObject *op) {
    return hs_obj_hash_pointer(op);
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

/* ==== repr recursion ==== */

/* Objects whose repr is in progress, innermost last; one stack per thread (CPython keeps it
 * in the thread state's dict), freed when it empties in a thread other than the main one. */
static _Thread_local HsObject **repr_stack;
static _Thread_local Hs_ssize_t repr_len, repr_cap;
static _Thread_local int repr_keep; /* the main thread keeps its buffer (released at exit) */

int hs_repr_enter(HsObject *op) {
    for (Hs_ssize_t i = repr_len - 1; i >= 0; i--) {
        if (repr_stack[i] == op) {
            return 1;
        }
    }
    if (repr_len == repr_cap) {
        Hs_ssize_t cap = repr_cap ? repr_cap * 2 : 16;
        HsObject **s = hs_mem_raw_realloc(repr_stack, (size_t)cap * sizeof(HsObject *));
        if (s == NULL) {
            HsErr_NoMemory();
            return -1;
        }
        repr_stack = s;
        repr_cap = cap;
    }
    repr_stack[repr_len++] = op;
    return 0;
}

void hs_repr_stack_clear(void) {
    repr_keep = 1;
    if (repr_len == 0) {
        hs_mem_raw_free(repr_stack);
        repr_stack = NULL;
        repr_cap = 0;
    }
}

void hs_repr_leave(HsObject *op) {
    for (Hs_ssize_t i = repr_len - 1; i >= 0; i--) {
        if (repr_stack[i] == op) {
            repr_stack[i] = repr_stack[--repr_len];
            break;
        }
    }
    if (repr_len == 0 && !repr_keep) { /* a thread's own stack must not outlive it */
        hs_mem_raw_free(repr_stack);
        repr_stack = NULL;
        repr_cap = 0;
    }
}

/* ==== iteration ==== */

static int has_sq_item(HsTypeObject *tp) {
    return tp->tp_as_sequence != NULL && tp->tp_as_sequence->sq_item != NULL;
}

HsObject *HsObject_GetIter(HsObject *o) {
    HsTypeObject *tp = Hs_TYPE(o);
    if (tp->tp_iter == NULL) {
        if (has_sq_item(tp)) {
            return HsSeqIter_New(o);
        }
        return HsErr_Format(HsExc_TypeError, "'%.200s' object is not iterable", tp->tp_name);
    }
    HsObject *it = tp->tp_iter(o);
    if (it != NULL && Hs_TYPE(it)->tp_iternext == NULL) {
        HsErr_Format(HsExc_TypeError, "iter() returned non-iterator of type '%.100s'",
                     Hs_TYPE(it)->tp_name);
        Hs_CLEAR(it);
    }
    return it;
}

HsObject *HsIter_Next(HsObject *it) {
    HsObject *item = Hs_TYPE(it)->tp_iternext(it);
    if (item == NULL && HsErr_ExceptionMatches(HsExc_StopIteration)) {
        HsErr_Clear();
    }
    return item;
}

/* ==== sequences and mappings ==== */

Hs_ssize_t HsObject_Size(HsObject *o) {
    HsTypeObject *tp = Hs_TYPE(o);
    if (tp->tp_as_sequence != NULL && tp->tp_as_sequence->sq_length != NULL) {
        return tp->tp_as_sequence->sq_length(o);
    }
    if (tp->tp_as_mapping != NULL && tp->tp_as_mapping->mp_length != NULL) {
        return tp->tp_as_mapping->mp_length(o);
    }
    HsErr_Format(HsExc_TypeError, "object of type '%.200s' has no len()", tp->tp_name);
    return -1;
}

HsObject *HsSequence_GetItem(HsObject *seq, Hs_ssize_t i) {
    HsTypeObject *tp = Hs_TYPE(seq);
    if (!has_sq_item(tp)) {
        return HsErr_Format(HsExc_TypeError, "'%.200s' object does not support indexing",
                            tp->tp_name);
    }
    if (i < 0 && tp->tp_as_sequence->sq_length != NULL) {
        Hs_ssize_t n = tp->tp_as_sequence->sq_length(seq);
        if (n < 0) {
            return NULL;
        }
        i += n;
    }
    return tp->tp_as_sequence->sq_item(seq, i);
}

HsObject *HsObject_GetItem(HsObject *o, HsObject *key) {
    HsTypeObject *tp = Hs_TYPE(o);
    if (tp->tp_as_mapping != NULL && tp->tp_as_mapping->mp_subscript != NULL) {
        return tp->tp_as_mapping->mp_subscript(o, key);
    }
    if (has_sq_item(tp)) {
        if (!HsLong_Check(key) && (Hs_TYPE(key)->tp_as_number == NULL ||
                                   Hs_TYPE(key)->tp_as_number->nb_index == NULL)) {
            return HsErr_Format(HsExc_TypeError, "sequence index must be integer, not '%.200s'",
                                Hs_TYPE(key)->tp_name);
        }
        Hs_ssize_t i = HsNumber_AsSsize_t(key, HsExc_IndexError);
        if (i == -1 && HsErr_Occurred()) {
            return NULL;
        }
        return HsSequence_GetItem(o, i);
    }
    if (o == (HsObject *)&HsType_Type) { /* type[int]: type has no __class_getitem__ */
        return Hs_GenericAlias(o, key);
    }
    if (HsType_Check(o)) { /* list[int]: __class_getitem__ (PEP 560) */
        static HsObject *name;
        if (name == NULL && hs_obj_static_name(&name, "__class_getitem__") == NULL) {
            return NULL;
        }
        HsObject *meth = NULL;
        if (HsObject_LookupAttr(o, name, &meth) < 0) {
            return NULL;
        }
        if (meth != NULL) {
            HsObject *r = HsObject_CallOneArg(meth, key);
            Hs_DECREF(meth);
            return r;
        }
        return HsErr_Format(HsExc_TypeError, "type '%.200s' is not subscriptable",
                            ((HsTypeObject *)o)->tp_name);
    }
    return HsErr_Format(HsExc_TypeError, "'%.200s' object is not subscriptable", tp->tp_name);
}

int HsSequence_Contains(HsObject *seq, HsObject *item) {
    HsTypeObject *tp = Hs_TYPE(seq);
    if (tp->tp_as_sequence != NULL && tp->tp_as_sequence->sq_contains != NULL) {
        return tp->tp_as_sequence->sq_contains(seq, item);
    }
    if (tp->tp_iter == NULL && !has_sq_item(tp)) {
        HsErr_Format(HsExc_TypeError, "argument of type '%.200s' is not iterable", tp->tp_name);
        return -1;
    }
    HsObject *it = HsObject_GetIter(seq);
    if (it == NULL) {
        return -1;
    }
    int found = 0;
    HsObject *x;
    while (!found && (x = HsIter_Next(it)) != NULL) {
        found = HsObject_RichCompareBool(x, item, HS_EQ);
        Hs_DECREF(x);
    }
    Hs_DECREF(it);
    return found != 0 ? found : (HsErr_Occurred() ? -1 : 0);
}

/* ==== index conversion ==== */

HsObject *HsNumber_Index(HsObject *o) {
    if (HsLong_Check(o)) {
        return Hs_NewRef(o);
    }
    HsNumberMethods *nb = Hs_TYPE(o)->tp_as_number;
    if (nb == NULL || nb->nb_index == NULL) {
        return HsErr_Format(HsExc_TypeError,
                            "'%.200s' object cannot be interpreted as an integer",
                            Hs_TYPE(o)->tp_name);
    }
    HsObject *r = nb->nb_index(o);
    if (r != NULL && !HsLong_Check(r)) {
        HsErr_Format(HsExc_TypeError, "__index__ returned non-int (type %.200s)",
                     Hs_TYPE(r)->tp_name);
        Hs_CLEAR(r);
    }
    return r;
}

Hs_ssize_t HsNumber_AsSsize_t(HsObject *o, HsObject *exc) {
    HsObject *v = HsNumber_Index(o);
    if (v == NULL) {
        return -1;
    }
    int overflow;
    long long r = hs_int_as_longlong_and_overflow(v, &overflow);
    Hs_DECREF(v);
    if (overflow == 0) {
        return (Hs_ssize_t)r;
    }
    if (exc == NULL) {
        return overflow < 0 ? -HS_SSIZE_T_MAX - 1 : HS_SSIZE_T_MAX;
    }
    HsErr_Format(exc, "cannot fit '%.200s' into an index-sized integer", Hs_TYPE(o)->tp_name);
    return -1;
}

/* ==== item assignment ==== */

int HsObject_SetItem(HsObject *o, HsObject *key, HsObject *value) {
    HsTypeObject *tp = Hs_TYPE(o);
    if (tp->tp_as_mapping != NULL && tp->tp_as_mapping->mp_ass_subscript != NULL) {
        return tp->tp_as_mapping->mp_ass_subscript(o, key, value);
    }
    if (tp->tp_as_sequence != NULL && tp->tp_as_sequence->sq_ass_item != NULL) {
        if (!HsLong_Check(key) && (Hs_TYPE(key)->tp_as_number == NULL ||
                                   Hs_TYPE(key)->tp_as_number->nb_index == NULL)) {
            HsErr_Format(HsExc_TypeError, "sequence index must be integer, not '%.200s'",
                         Hs_TYPE(key)->tp_name);
            return -1;
        }
        Hs_ssize_t i = HsNumber_AsSsize_t(key, HsExc_IndexError);
        if (i == -1 && HsErr_Occurred()) {
            return -1;
        }
        if (i < 0 && tp->tp_as_sequence->sq_length != NULL) {
            Hs_ssize_t n = tp->tp_as_sequence->sq_length(o);
            if (n < 0) {
                return -1;
            }
            i += n;
        }
        return tp->tp_as_sequence->sq_ass_item(o, i, value);
    }
    if (value == NULL) {
        HsErr_Format(HsExc_TypeError, "'%.200s' object does not support item deletion",
                     tp->tp_name);
    } else {
        HsErr_Format(HsExc_TypeError, "'%.200s' object does not support item assignment",
                     tp->tp_name);
    }
    return -1;
}

int HsObject_DelItem(HsObject *o, HsObject *key) {
    return HsObject_SetItem(o, key, NULL);
}

/* ==== ascii() and format() ==== */

HsObject *HsObject_ASCII(HsObject *o) {
    HsObject *r = HsObject_Repr(o);
    if (r == NULL || HS_STR_IS_ASCII(r)) {
        return r;
    }
    /* repr() with every non-ASCII character backslash-escaped (CPython: PyObject_ASCII). */
    HsStrWriter w;
    hs_str_writer_init(&w);
    int bad = 0;
    for (Hs_ssize_t i = 0; !bad && i < HS_STR_LEN(r); i++) {
        uint32_t c = HS_STR_READ_CHAR(r, i);
        char esc[16];
        if (c < 0x80) {
            bad = hs_str_writer_char(&w, c) < 0;
            continue;
        }
        snprintf(esc, sizeof esc, c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x",
                 (unsigned)c);
        bad = hs_str_writer_ascii(&w, esc) < 0;
    }
    Hs_DECREF(r);
    if (bad) {
        hs_str_writer_discard(&w);
        return NULL;
    }
    return hs_str_writer_finish(&w);
}

HsObject *HsObject_Format(HsObject *o, HsObject *format_spec) {
    int empty = format_spec == NULL || HS_STR_LEN(format_spec) == 0;
    if (empty && (HsUnicode_CheckExact(o) || HsLong_CheckExact(o))) {
        return HsObject_Str(o); /* CPython's fast path */
    }
    static HsObject *name;
    if (name == NULL && hs_obj_static_name(&name, "__format__") == NULL) {
        return NULL;
    }
    HsObject *spec = format_spec != NULL ? Hs_NewRef(format_spec) : hs_str_empty();
    HsObject *r = NULL;
    if (spec != NULL) {
        int found; /* type(o).__format__, as CPython's _PyObject_LookupSpecial */
        r = hs_call_special(o, name, &spec, 1, &found);
        if (!found) {
            HsErr_Format(HsExc_TypeError, "Type %.100s doesn't define __format__",
                         Hs_TYPE(o)->tp_name);
        }
    }
    Hs_XDECREF(spec);
    if (r != NULL && !HsUnicode_Check(r)) {
        HsErr_Format(HsExc_TypeError, "__format__ must return a str, not %.200s",
                     Hs_TYPE(r)->tp_name);
        Hs_CLEAR(r);
    }
    return r;
}

/* list(o) (CPython: PySequence_List). */
HsObject *HsSequence_List(HsObject *o) {
    HsObject *list = HsList_New(0);
    if (list != NULL && hs_list_extend(list, o) < 0) {
        Hs_CLEAR(list);
    }
    return list;
}
