/* Sequence-test helpers (see seqcheck.h), shared by test_list.c, test_list_sort.c,
 * test_range.c and test_slice.c. The exception check reads the message from the exception's
 * args tuple (as CPython's BaseException.__str__ does for one argument), so it works for
 * every exception the sequence types raise. Both checks print what they got on a mismatch
 * and release every reference they take. */
#include "seqcheck.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdio.h>
#include <string.h>

/* ==== internal API ==== */

/* The current exception is of 'type' with message 'msg' (NULL: any); clears it. */
int hs_seqcheck_raised(HsObject *type, const char *msg) {
    HsObject *exc = HsErr_GetRaisedException();
    if (exc == NULL) {
        printf("  no exception (wanted %s)\n", msg ? msg : "?");
        return 0;
    }
    int ok = HsErr_GivenExceptionMatches(exc, type);
    HsObject *args = ((HsBaseExceptionObject *)exc)->args;
    const char *got = "";
    if (args != NULL && Hs_SIZE(args) == 1 && HsUnicode_Check(HS_TUPLE_GET(args, 0))) {
        got = HsUnicode_AsUTF8(HS_TUPLE_GET(args, 0));
    }
    if (msg != NULL && strcmp(got, msg) != 0) {
        ok = 0;
    }
    if (!ok) {
        printf("  got %s: %s (wanted %s)\n", Hs_TYPE(exc)->tp_name, got, msg ? msg : "?");
    }
    Hs_DECREF(exc);
    return ok;
}

/* repr(o) == want, 'o' borrowed; a failing repr is cleared. */
int hs_seqcheck_repr_is(HsObject *o, const char *want) {
    HsObject *r = HsObject_Repr(o);
    if (r == NULL) {
        HsErr_Clear();
        return 0;
    }
    int ok = strcmp(HsUnicode_AsUTF8(r), want) == 0;
    if (!ok) {
        printf("  repr %s (wanted %s)\n", HsUnicode_AsUTF8(r), want);
    }
    Hs_DECREF(r);
    return ok;
}
