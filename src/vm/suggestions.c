/* "Did you mean: 'print'?" for NameError and AttributeError (CPython: Python/suggestions.c,
 * 3.11). The candidate closest to the missing name by a Levenshtein distance in which a
 * case-only change costs 1 and any other edit 2 wins, provided no more than a third of the
 * characters change; ties go to the first candidate in order. A NameError (exactly that type)
 * looks through the failing frame's local variable names, then its globals, then its builtins; AttributeError
 * through dir(obj). Lists of 750 names or more, and names over 40 characters, are skipped,
 * as in CPython. */
#include "internal/hs_vm.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdint.h>
#include <string.h>

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

/* ==== distance ==== */

static size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) {
        return MOVE_COST;
    }
    if (a == b) {
        return 0;
    }
    a = (char)(a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a);
    b = (char)(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
    return a == b ? CASE_COST : MOVE_COST;
}

/* Edit distance between a and b, or max_cost + 1 as soon as it must exceed max_cost. */
static size_t levenshtein(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
    size_t buffer[MAX_STRING_SIZE];
    while (na > 0 && nb > 0 && a[0] == b[0]) { /* trim the common prefix and suffix */
        a++, b++, na--, nb--;
    }
    while (na > 0 && nb > 0 && a[na - 1] == b[nb - 1]) {
        na--, nb--;
    }
    if (na == 0 || nb == 0) {
        return (na + nb) * MOVE_COST;
    }
    if (na > MAX_STRING_SIZE || nb > MAX_STRING_SIZE) {
        return max_cost + 1;
    }
    if (nb < na) { /* the shorter string indexes the row */
        const char *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost) {
        return max_cost + 1;
    }
    for (size_t i = 0; i < na; i++) {
        buffer[i] = (i + 1) * MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        size_t distance = result = bi * MOVE_COST, minimum = SIZE_MAX;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = distance + substitution_cost(b[bi], a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            minimum = result < minimum ? result : minimum;
        }
        if (minimum > max_cost) {
            return max_cost + 1;
        }
    }
    return result;
}

/* ==== candidates ==== */

/* The closest name in the list 'names' to 'name'. Return: new reference, or NULL. */
static HsObject *closest(HsObject *names, HsObject *name) {
    Hs_ssize_t n = Hs_SIZE(names), name_len;
    const char *name_s = HsUnicode_AsUTF8AndSize(name, &name_len);
    if (n >= MAX_CANDIDATE_ITEMS || name_s == NULL) {
        return NULL;
    }
    HsObject *best = NULL;
    size_t best_distance = SIZE_MAX;
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsObject *item = HS_LIST_GET(names, i);
        Hs_ssize_t item_len;
        const char *item_s = HsUnicode_Check(item) ? HsUnicode_AsUTF8AndSize(item, &item_len)
                                                   : NULL;
        if (item_s == NULL) {
            HsErr_Clear();
            continue;
        }
        if (item_len == name_len && memcmp(item_s, name_s, (size_t)name_len) == 0) {
            continue;
        }
        size_t max_distance = (size_t)(name_len + item_len + 3) * MOVE_COST / 6;
        if (best_distance - 1 < max_distance) {
            max_distance = best_distance - 1;
        }
        size_t d = levenshtein(name_s, (size_t)name_len, item_s, (size_t)item_len,
                               max_distance);
        if (d > max_distance) {
            continue;
        }
        if (best == NULL || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return Hs_XNewRef(best);
}

/* closest() over a list made from 'seq' (a tuple, or a dict's keys). Return: new reference. */
static HsObject *closest_in(HsObject *seq, HsObject *name) {
    if (seq == NULL) {
        return NULL;
    }
    HsObject *list = hs_list_from_iterable(seq);
    if (list == NULL) {
        HsErr_Clear();
        return NULL;
    }
    HsObject *r = closest(list, name);
    Hs_DECREF(list);
    return r;
}

/* The local variable names of 'co' (co_varnames: neither cells nor free variables). */
static HsObject *varnames(HsCodeObject *co) {
    HsObject *t = HsTuple_New(co->co_nlocals);
    if (t == NULL) {
        return NULL;
    }
    for (int i = 0, k = 0; i < co->co_nlocalsplus && k < co->co_nlocals; i++) {
        if (co->co_localspluskinds[i] & HS_CO_FAST_LOCAL) {
            HS_TUPLE_SET(t, k++, Hs_NewRef(HS_TUPLE_GET(co->co_localsplusnames, i)));
        }
    }
    return t;
}

static HsObject *name_error_suggestion(HsObject *name, HsCodeObject *co, HsObject *globals) {
    HsObject *vars = varnames(co);
    HsObject *r = closest_in(vars, name);
    Hs_XDECREF(vars);
    if (r == NULL && globals != NULL) {
        r = closest_in(globals, name);
    }
    if (r == NULL && globals != NULL && HsDict_Check(globals)) {
        HsObject *b = HsDict_GetItemString(globals, "__builtins__");
        if (b != NULL && HsModule_Check(b)) {
            b = HS_MODULE_DICT(b);
        }
        r = b != NULL && HsDict_Check(b) ? closest_in(b, name) : NULL;
    }
    return r;
}

/* ==== internal API ==== */

HsObject *hs_vm_offer_suggestions(HsObject *exc, HsCodeObject *co, HsObject *globals) {
    HsObject *saved = HsErr_GetRaisedException();
    HsObject *r = NULL;
    HsTypeObject *tp = Hs_TYPE(exc);
    if (tp == (HsTypeObject *)HsExc_NameError) { /* exact types only, as in CPython */
        HsObject *name = ((HsNameErrorObject *)exc)->name;
        if (name != NULL && HsUnicode_Check(name) && co != NULL) {
            r = name_error_suggestion(name, co, globals);
        }
    } else if (tp == (HsTypeObject *)HsExc_AttributeError) {
        HsAttributeErrorObject *ae = (HsAttributeErrorObject *)exc;
        if (ae->name != NULL && HsUnicode_Check(ae->name) && ae->obj != NULL) {
            HsObject *dir = HsObject_Dir(ae->obj);
            r = dir != NULL ? closest(dir, ae->name) : NULL;
            Hs_XDECREF(dir);
        }
    }
    HsErr_Clear();
    HsErr_SetRaisedException(saved);
    return r;
}
