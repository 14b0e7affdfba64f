/* Exception groups (CPython 3.11: Objects/exceptions.c, the BaseExceptionGroup section, and
 * Python/ceval.c's exception_group_match / check_except_star_type_valid): construction with
 * CPython's checks and its BaseExceptionGroup -> ExceptionGroup promotion, str(), derive(),
 * split() and subgroup() by type, tuple of types or predicate, and the two helpers behind
 * `except*` (matching one clause; computing what the whole try statement re-raises).
 * The type objects themselves are defined with the other exceptions in exceptions.c.
 * Invariants: a group's 'msg' is a str and 'excs' a non-empty tuple of exceptions, both set
 * once by __new__; split results keep the original's traceback, cause, context and notes. */
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/ceval.h"

#include <stddef.h>

/* ==== types ==== */

/* How split() decides which leaves match (CPython: _exceptiongroup_split_matcher_type). */
typedef enum MatcherKind {
    MATCH_BY_TYPE,      /* an exception type or a tuple of them */
    MATCH_BY_PREDICATE, /* a callable (not a class) returning truth */
    MATCH_LEAF_IDS      /* a list of leaf exceptions, compared by identity (for except*) */
} MatcherKind;

typedef struct SplitResult {
    HsObject *match; /* owned or NULL */
    HsObject *rest;  /* owned or NULL */
} SplitResult;

#define GROUP(op) ((HsBaseExceptionGroupObject *)(op))
#define IS_GROUP(op) HsType_IsSubtype(Hs_TYPE(op), (HsTypeObject *)HsExc_BaseExceptionGroup)

/* ==== static helpers ==== */

/* CPython's PySequence_Check: not a dict, and the type can be indexed. */
static int is_sequence(HsObject *o) {
    HsTypeObject *tp = Hs_TYPE(o);
    if (HsType_HasFeature(tp, HS_TPFLAGS_DICT_SUBCLASS)) {
        return 0;
    }
    return tp->tp_as_sequence != NULL && tp->tp_as_sequence->sq_item != NULL;
}

/* Check the items of 'excs' (a tuple); *nested_base = some item is not an Exception. */
static int check_items(HsObject *excs, int *nested_base) {
    *nested_base = 0;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(excs); i++) {
        HsObject *exc = HS_TUPLE_GET(excs, i);
        if (!HsExceptionInstance_Check(exc)) {
            HsErr_Format(HsExc_ValueError,
                         "Item %d of second argument (exceptions) is not an exception", (int)i);
            return -1;
        }
        if (!HsType_IsSubtype(Hs_TYPE(exc), (HsTypeObject *)HsExc_Exception)) {
            *nested_base = 1;
        }
    }
    return 0;
}

/* The class a group of 'type' really gets, given whether it nests BaseExceptions; NULL with
 * TypeError for a forbidden nesting. Return: borrowed reference. */
static HsTypeObject *group_class(HsTypeObject *type, int nested_base) {
    HsTypeObject *eg = (HsTypeObject *)HsExc_ExceptionGroup;
    if (type == eg) {
        if (nested_base) {
            HsErr_SetString(HsExc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            return NULL;
        }
    } else if (type == (HsTypeObject *)HsExc_BaseExceptionGroup) {
        if (!nested_base) {
            return eg; /* only Exceptions inside: promote to ExceptionGroup */
        }
    } else if (nested_base && HsType_IsSubtype(type, (HsTypeObject *)HsExc_Exception)) {
        HsErr_Format(HsExc_TypeError, "Cannot nest BaseExceptions in '%.200s'", type->tp_name);
        return NULL;
    }
    return type;
}

/* ==== construction and str ==== */

HsObject *hs_excgroup_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)kwds;
    const char *fname = "BaseExceptionGroup.__new__";
    if (hs_arg_count_varargs(fname, Hs_SIZE(args), 2, 2) < 0) {
        return NULL;
    }
    HsObject *message = HS_TUPLE_GET(args, 0), *seq = HS_TUPLE_GET(args, 1);
    if (!HsUnicode_Check(message)) {
        hs_arg_bad_argument(fname, 1, NULL, "str", message);
        return NULL;
    }
    if (!is_sequence(seq)) {
        HsErr_SetString(HsExc_TypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    HsObject *excs = HsSequence_Tuple(seq);
    if (excs == NULL) {
        return NULL;
    }
    int nested_base;
    HsTypeObject *cls = NULL;
    if (Hs_SIZE(excs) == 0) {
        HsErr_SetString(HsExc_ValueError,
                        "second argument (exceptions) must be a non-empty sequence");
    } else if (check_items(excs, &nested_base) == 0) {
        cls = group_class(type, nested_base);
    }
    HsObject *self = cls != NULL ? hs_exc_alloc(cls, args) : NULL;
    if (self == NULL) {
        Hs_DECREF(excs);
        return NULL;
    }
    GROUP(self)->msg = Hs_NewRef(message);
    GROUP(self)->excs = excs;
    return self;
}

HsObject *hs_excgroup_str(HsObject *op) {
    Hs_ssize_t n = Hs_SIZE(GROUP(op)->excs);
    return HsUnicode_FromFormat("%S (%zd sub-exception%s)", GROUP(op)->msg, n, n > 1 ? "s" : "");
}

HsObject *hs_exc_group_create(const char *msg, HsObject *excs) {
    HsObject *m = HsUnicode_FromString(msg);
    if (m == NULL) {
        return NULL;
    }
    HsObject *args = HsTuple_Pack(2, m, excs);
    Hs_DECREF(m);
    if (args == NULL) {
        return NULL;
    }
    HsObject *eg = HsObject_Call(HsExc_BaseExceptionGroup, args, NULL);
    Hs_DECREF(args);
    return eg;
}

/* ==== derive, split, subgroup ==== */

/* eg.derive(excs): a group with the same message (CPython: BaseExceptionGroup_derive).
 * Return: new reference. */
static HsObject *excgroup_derive(HsObject *op, HsObject *excs) {
    HsObject *args = HsTuple_Pack(2, GROUP(op)->msg, excs);
    if (args == NULL) {
        return NULL;
    }
    HsObject *eg = HsObject_Call(HsExc_BaseExceptionGroup, args, NULL);
    Hs_DECREF(args);
    return eg;
}

/* Copy the notes of 'orig' (a new list, so the parts do not share one) to 'eg'. */
static int copy_notes(HsObject *orig, HsObject *eg) {
    HsObject *name = hs_exc_name_notes(), *notes = NULL;
    if (name == NULL || HsObject_LookupAttr(orig, name, &notes) < 0) {
        return -1;
    }
    if (notes == NULL) {
        return 0;
    }
    int r = 0;
    if (is_sequence(notes)) { /* anything else is ignored, as CPython does */
        HsObject *copy = HsSequence_List(notes);
        r = copy != NULL ? HsObject_SetAttr(eg, name, copy) : -1;
        Hs_XDECREF(copy);
    }
    Hs_DECREF(notes);
    return r;
}

/* *result = orig.derive(excs) carrying orig's traceback, context, cause and notes, or NULL
 * when 'excs' is empty (CPython: exceptiongroup_subset). Returns 0 or -1. */
static int group_subset(HsObject *orig, HsObject *excs, HsObject **result) {
    *result = NULL;
    if (Hs_SIZE(excs) == 0) {
        return 0;
    }
    HsObject *name = HsUnicode_InternFromString("derive");
    HsObject *eg = name != NULL ? HsObject_CallMethodOneArg(orig, name, excs) : NULL;
    Hs_XDECREF(name);
    if (eg == NULL) {
        return -1;
    }
    if (!IS_GROUP(eg)) {
        HsErr_SetString(HsExc_TypeError, "derive must return an instance of BaseExceptionGroup");
        Hs_DECREF(eg);
        return -1;
    }
    HsBaseExceptionObject *o = (HsBaseExceptionObject *)orig, *e = (HsBaseExceptionObject *)eg;
    if (o->traceback != NULL) {
        Hs_XSETREF(e->traceback, Hs_NewRef(o->traceback));
    }
    Hs_XSETREF(e->context, Hs_XNewRef(o->context));
    Hs_XSETREF(e->cause, Hs_XNewRef(o->cause));
    e->suppress_context = 1; /* PyException_SetCause sets it, whatever the cause */
    if (copy_notes(orig, eg) < 0) {
        Hs_DECREF(eg);
        return -1;
    }
    *result = eg;
    return 0;
}

/* 1 if the leaf or group 'exc' matches as a whole, 0 if not, -1 on error. */
static int check_match(HsObject *exc, MatcherKind kind, HsObject *value) {
    switch (kind) {
    case MATCH_BY_TYPE:
        return HsErr_GivenExceptionMatches(exc, value);
    case MATCH_BY_PREDICATE: {
        HsObject *r = HsObject_CallOneArg(value, exc);
        if (r == NULL) {
            return -1;
        }
        int t = HsObject_IsTrue(r);
        Hs_DECREF(r);
        return t;
    }
    case MATCH_LEAF_IDS:
        if (IS_GROUP(exc)) {
            return 0;
        }
        for (Hs_ssize_t i = 0; i < Hs_SIZE(value); i++) {
            if (HS_LIST_GET(value, i) == exc) {
                return 1;
            }
        }
        return 0;
    }
    return 0;
}

static int split_recursive(HsObject *exc, MatcherKind kind, HsObject *value, int with_rest,
                           SplitResult *result);

/* Split each member of the group 'exc' and rebuild the matching and the other parts. */
static int split_members(HsObject *exc, MatcherKind kind, HsObject *value, int with_rest,
                         SplitResult *result) {
    HsObject *excs = GROUP(exc)->excs;
    HsObject *match_list = HsList_New(0), *rest_list = with_rest ? HsList_New(0) : NULL;
    int ok = match_list != NULL && (!with_rest || rest_list != NULL);
    for (Hs_ssize_t i = 0; ok && i < Hs_SIZE(excs); i++) {
        SplitResult rec;
        if (HsEnter_RecursiveCall(" in exceptiongroup_split_recursive") < 0) {
            ok = 0;
            break;
        }
        ok = split_recursive(HS_TUPLE_GET(excs, i), kind, value, with_rest, &rec) == 0;
        HsLeave_RecursiveCall();
        if (!ok) {
            break;
        }
        ok = (rec.match == NULL || HsList_Append(match_list, rec.match) == 0) &&
             (rec.rest == NULL || HsList_Append(rest_list, rec.rest) == 0);
        Hs_XDECREF(rec.match);
        Hs_XDECREF(rec.rest);
    }
    ok = ok && group_subset(exc, match_list, &result->match) == 0;
    ok = ok && (!with_rest || group_subset(exc, rest_list, &result->rest) == 0);
    Hs_XDECREF(match_list);
    Hs_XDECREF(rest_list);
    if (!ok) {
        Hs_CLEAR(result->match);
        Hs_CLEAR(result->rest);
        return -1;
    }
    return 0;
}

/* CPython: exceptiongroup_split_recursive. Returns 0 or -1; the parts are new or NULL. */
static int split_recursive(HsObject *exc, MatcherKind kind, HsObject *value, int with_rest,
                           SplitResult *result) {
    result->match = result->rest = NULL;
    int is_match = check_match(exc, kind, value);
    if (is_match < 0) {
        return -1;
    }
    if (is_match) {
        result->match = Hs_NewRef(exc);
        return 0;
    }
    if (!IS_GROUP(exc)) {
        if (with_rest) {
            result->rest = Hs_NewRef(exc);
        }
        return 0;
    }
    return split_members(exc, kind, value, with_rest, result);
}

/* CPython: get_matcher_type. */
static int matcher_kind(HsObject *value, MatcherKind *kind) {
    if (HsCallable_Check(value) && !HsType_Check(value)) {
        *kind = MATCH_BY_PREDICATE;
        return 0;
    }
    *kind = MATCH_BY_TYPE;
    if (HsExceptionClass_Check(value)) {
        return 0;
    }
    if (HsTuple_CheckExact(value)) {
        Hs_ssize_t i = 0;
        while (i < Hs_SIZE(value) && HsExceptionClass_Check(HS_TUPLE_GET(value, i))) {
            i++;
        }
        if (i == Hs_SIZE(value)) {
            return 0;
        }
    }
    HsErr_SetString(HsExc_TypeError,
                    "expected a function, exception type or tuple of exception types");
    return -1;
}

/* eg.split(matcher) -> (match, rest), each a group or None. Return: new reference. */
static HsObject *excgroup_split(HsObject *op, HsObject *matcher) {
    MatcherKind kind;
    SplitResult r;
    if (matcher_kind(matcher, &kind) < 0 || split_recursive(op, kind, matcher, 1, &r) < 0) {
        return NULL;
    }
    HsObject *res =
        HsTuple_Pack(2, r.match != NULL ? r.match : Hs_None, r.rest != NULL ? r.rest : Hs_None);
    Hs_XDECREF(r.match);
    Hs_XDECREF(r.rest);
    return res;
}

/* eg.subgroup(matcher) -> the matching part or None. Return: new reference. */
static HsObject *excgroup_subgroup(HsObject *op, HsObject *matcher) {
    MatcherKind kind;
    SplitResult r;
    if (matcher_kind(matcher, &kind) < 0 || split_recursive(op, kind, matcher, 0, &r) < 0) {
        return NULL;
    }
    return r.match != NULL ? r.match : Hs_NewRef(Hs_None);
}

HsMethodDef hs_excgroup_methods[] = {
    {"derive", HS_CFUNC(excgroup_derive), HS_METH_O, NULL},
    {"split", HS_CFUNC(excgroup_split), HS_METH_O, NULL},
    {"subgroup", HS_CFUNC(excgroup_subgroup), HS_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

HsMemberDef hs_excgroup_members[] = {
    {"message", HS_T_OBJECT, offsetof(HsBaseExceptionGroupObject, msg), HS_READONLY,
     "exception message"},
    {"exceptions", HS_T_OBJECT, offsetof(HsBaseExceptionGroupObject, excs), HS_READONLY,
     "nested exceptions"},
    {NULL, 0, 0, 0, NULL},
};

/* ==== except* support ==== */

int hs_exc_check_except_type(HsObject *right) {
    Hs_ssize_t n = HsTuple_Check(right) ? Hs_SIZE(right) : 1;
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsObject *t = HsTuple_Check(right) ? HS_TUPLE_GET(right, i) : right;
        if (!HsExceptionClass_Check(t)) {
            HsErr_SetString(HsExc_TypeError, "catching classes that do not inherit from "
                                             "BaseException is not allowed");
            return -1;
        }
    }
    return 0;
}

int hs_exc_check_except_star_type(HsObject *right) {
    if (hs_exc_check_except_type(right) < 0) {
        return -1;
    }
    Hs_ssize_t n = HsTuple_Check(right) ? Hs_SIZE(right) : 1;
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsObject *t = HsTuple_Check(right) ? HS_TUPLE_GET(right, i) : right;
        if (HsType_IsSubtype((HsTypeObject *)t, (HsTypeObject *)HsExc_BaseExceptionGroup)) {
            HsErr_SetString(HsExc_TypeError, "catching ExceptionGroup with except* is not "
                                             "allowed. Use except instead.");
            return -1;
        }
    }
    return 0;
}

int hs_exc_group_match(HsObject *exc, HsObject *match_type, HsObject **match, HsObject **rest) {
    *match = *rest = NULL;
    if (exc == Hs_None || exc == NULL) {
        *match = Hs_NewRef(Hs_None);
        *rest = Hs_NewRef(Hs_None);
        return 0;
    }
    if (HsErr_GivenExceptionMatches(exc, match_type)) {
        if (IS_GROUP(exc)) {
            *match = Hs_NewRef(exc);
        } else { /* a naked exception: wrap it (3.11 gives the wrapper no traceback) */
            HsObject *excs = HsTuple_Pack(1, exc);
            *match = excs != NULL ? hs_exc_group_create("", excs) : NULL;
            Hs_XDECREF(excs);
            if (*match == NULL) {
                return -1;
            }
        }
        *rest = Hs_NewRef(Hs_None);
        return 0;
    }
    if (IS_GROUP(exc)) {
        HsObject *pair = excgroup_split(exc, match_type);
        if (pair == NULL) {
            return -1;
        }
        *match = Hs_NewRef(HS_TUPLE_GET(pair, 0));
        *rest = Hs_NewRef(HS_TUPLE_GET(pair, 1));
        Hs_DECREF(pair);
        return 0;
    }
    *match = Hs_NewRef(Hs_None);
    *rest = Hs_NewRef(Hs_None);
    return 0;
}

/* Append the leaves of 'exc' (None: none) to the list 'leaves'. */
static int collect_leaves(HsObject *exc, HsObject *leaves) {
    if (exc == Hs_None) {
        return 0;
    }
    if (!IS_GROUP(exc)) {
        return HsList_Append(leaves, exc);
    }
    HsObject *excs = GROUP(exc)->excs;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(excs); i++) {
        if (HsEnter_RecursiveCall(" in collect_exception_group_leaf_ids") < 0) {
            return -1;
        }
        int r = collect_leaves(HS_TUPLE_GET(excs, i), leaves);
        HsLeave_RecursiveCall();
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

/* The part of 'eg' whose leaves appear in the groups of 'keep', with eg's nesting, or None
 * (CPython: exception_group_projection). Return: new reference. */
static HsObject *projection(HsObject *eg, HsObject *keep) {
    HsObject *leaves = HsList_New(0);
    if (leaves == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < Hs_SIZE(keep); i++) {
        if (collect_leaves(HS_LIST_GET(keep, i), leaves) < 0) {
            Hs_DECREF(leaves);
            return NULL;
        }
    }
    SplitResult r;
    int err = split_recursive(eg, MATCH_LEAF_IDS, leaves, 0, &r);
    Hs_DECREF(leaves);
    if (err < 0) {
        return NULL;
    }
    return r.match != NULL ? r.match : Hs_NewRef(Hs_None);
}

/* Was 'a' re-raised from 'b' (same traceback, cause, context and notes field)? CPython:
 * is_same_exception_metadata. */
static int same_metadata(HsObject *a, HsObject *b) {
    HsBaseExceptionObject *e1 = (HsBaseExceptionObject *)a, *e2 = (HsBaseExceptionObject *)b;
    return e1->notes == e2->notes && e1->traceback == e2->traceback && e1->cause == e2->cause &&
           e1->context == e2->context;
}

/* The re-raised ones keep orig's nesting; newly raised ones become siblings in a new group.
 * Appends to 'raised'. Return: new reference (None when nothing is left). */
static HsObject *combine_raised(HsObject *orig, HsObject *raised, HsObject *reraised) {
    HsObject *reraised_eg = projection(orig, reraised);
    if (reraised_eg == NULL) {
        return NULL;
    }
    if (Hs_SIZE(raised) == 0) {
        return reraised_eg;
    }
    int r = reraised_eg != Hs_None ? HsList_Append(raised, reraised_eg) : 0;
    Hs_DECREF(reraised_eg);
    if (r < 0) {
        return NULL;
    }
    if (Hs_SIZE(raised) > 1) {
        return hs_exc_group_create("", raised);
    }
    return Hs_NewRef(HS_LIST_GET(raised, 0));
}

HsObject *hs_exc_prep_reraise_star(HsObject *orig, HsObject *excs) {
    Hs_ssize_t n = Hs_SIZE(excs);
    if (n == 0) {
        return Hs_NewRef(Hs_None);
    }
    if (!IS_GROUP(orig)) {
        /* a naked exception was caught and wrapped: at most one clause ran */
        return Hs_NewRef(HS_LIST_GET(excs, 0));
    }
    HsObject *raised = HsList_New(0), *reraised = HsList_New(0), *result = NULL;
    int ok = raised != NULL && reraised != NULL;
    for (Hs_ssize_t i = 0; ok && i < n; i++) {
        HsObject *e = HS_LIST_GET(excs, i);
        if (e != Hs_None) {
            ok = HsList_Append(same_metadata(e, orig) ? reraised : raised, e) == 0;
        }
    }
    if (ok) {
        result = combine_raised(orig, raised, reraised);
    }
    Hs_XDECREF(raised);
    Hs_XDECREF(reraised);
    return result;
}
