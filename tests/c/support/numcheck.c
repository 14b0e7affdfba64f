/* Number-test helpers (see numcheck.h), shared by test_int.c, test_float.c and
 * test_complex.c: the exception and repr checks print what they got on a mismatch, so a
 * failing HS_CHECK shows the figure CPython 3.11 would not have produced. They run the object
 * layer's public API only (str/repr, getattr, vectorcall), the same calls the tests make,
 * and release every reference they create on every path. */
#include "numcheck.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdio.h>
#include <string.h>

/* ==== internal API ==== */


/* The current exception is 'type' with message 'msg'; clears it. */
int hs_numcheck_raised(HsObject *type, const char *msg) {
    HsObject *exc = HsErr_GetRaisedException();
    if (exc == NULL) {
        printf("  no exception\n");
        return 0;
    }
    HsObject *s = HsObject_Str(exc);
    int ok = Hs_TYPE(exc) == (HsTypeObject *)type && s != NULL &&
             strcmp(HsUnicode_AsUTF8(s), msg) == 0;
    if (!ok) {
        printf("  got %s: %s\n", Hs_TYPE(exc)->tp_name, s ? HsUnicode_AsUTF8(s) : "?");
    }
    Hs_XDECREF(s);
    Hs_DECREF(exc);
    return ok;
}

/* repr(o) == expect; consumes 'o' (NULL fails, leaving the exception set). */
int hs_numcheck_repr_is(HsObject *o, const char *expect) {
    if (o == NULL) {
        return 0;
    }
    HsObject *r = HsObject_Repr(o);
    int ok = r != NULL && strcmp(HsUnicode_AsUTF8(r), expect) == 0;
    if (!ok) {
        printf("  repr: %s (expected %s)\n", r ? HsUnicode_AsUTF8(r) : "(error)", expect);
    }
    Hs_XDECREF(r);
    Hs_DECREF(o);
    return ok;
}

/* int(text) (base 10). Return: new reference. */
HsObject *hs_numcheck_big(const char *text) {
    HsObject *s = HsUnicode_FromString(text);
    HsObject *v = HsLong_FromUnicodeObject(s, 10);
    Hs_DECREF(s);
    return v;
}

/* o.name(*args). Return: new reference. */
HsObject *hs_numcheck_call(HsObject *o, const char *name, Hs_ssize_t nargs, HsObject **args) {
    HsObject *m = HsObject_GetAttrString(o, name);
    if (m == NULL) {
        return NULL;
    }
    HsObject *r = HsObject_Vectorcall(m, args, (size_t)nargs, NULL);
    Hs_DECREF(m);
    return r;
}

/* type(*args, **{kwname: kwvalue}) with at most one keyword. Return: new reference. */
HsObject *hs_numcheck_construct(HsTypeObject *tp, Hs_ssize_t nargs, HsObject **args,
                                const char *kw, HsObject *kwvalue) {
    HsObject *vec[4];
    for (Hs_ssize_t i = 0; i < nargs; i++) {
        vec[i] = args[i];
    }
    HsObject *kwnames = NULL;
    if (kw != NULL) {
        HsObject *name = HsUnicode_FromString(kw);
        kwnames = HsTuple_Pack(1, name);
        Hs_DECREF(name);
        vec[nargs] = kwvalue;
    }
    HsObject *r = HsObject_Vectorcall((HsObject *)tp, vec, (size_t)nargs, kwnames);
    Hs_XDECREF(kwnames);
    return r;
}
