/* Set-up and exception text for the bytes and codecs tests (see bytescheck.h), shared by
 * test_bytes.c and test_codecs.c. The text is built as CPython's traceback line shows an
 * exception ("UnicodeDecodeError: 'utf-8' codec can't decode ..."), so the expected strings
 * can be pasted from python3. Every reference taken here is released before returning. */
#include "bytescheck.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdio.h>
#include <stdlib.h>

/* ==== internal API ==== */

void hs_bytescheck_init(void) {
    if (hs_obj_init() < 0 || hs_bytes_init_types() < 0) {
        abort();
    }
}

Hs_ssize_t hs_bytescheck_refs(void) {
#if HS_DEBUG_REFS
    return hs_ref_total;
#else
    return 0;
#endif
}

/* The current exception's str(), into 'buf'; clears it. */
const char *hs_bytescheck_exc_text(char *buf, size_t n) {
    HsObject *exc = HsErr_GetRaisedException();
    if (exc == NULL) {
        return "(none)";
    }
    HsObject *s = HsObject_Str(exc);
    snprintf(buf, n, "%s: %s", Hs_TYPE(exc)->tp_name, s ? HsUnicode_AsUTF8(s) : "?");
    Hs_XDECREF(s);
    Hs_DECREF(exc);
    return buf;
}
