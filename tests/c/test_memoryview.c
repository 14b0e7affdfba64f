/* memoryview and the buffer protocol, checked against python3 (3.11.7) facts: the layout
 * (sys.getsizeof(memoryview(b'')) == 184, a managed buffer 128), one reference and one
 * export per managed buffer however many views share it, bytearray's resize refusal while
 * exported, the exact errors of hs_buffer_get, what hs_bytes_view_check and
 * hs_buffer_to_bytes accept, GC tracking, and reference balance. */
#include "hs_test.h"
#include "support/bytescheck.h"
#include "internal/hs_obj_memory.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_gc.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

/* ==== helpers ==== */

static void setup(void) {
    init();
    if (HsType_Ready(&HsMemoryView_Type) < 0 || HsType_Ready(&HsManagedBuffer_Type) < 0 ||
        HsType_Ready(&HsMemoryIter_Type) < 0) {
        abort();
    }
}

static HsObject *BA(const char *s) {
    return HsByteArray_FromStringAndSize(s, (Hs_ssize_t)strlen(s));
}

/* o[a:b:c]. Return: new reference. */
static HsObject *slice_of(HsObject *o, long a, long b, long c) {
    HsObject *x = HsLong_FromLong(a), *y = HsLong_FromLong(b), *z = HsLong_FromLong(c);
    HsObject *s = HsSlice_New(x, y, z);
    HsObject *r = HsObject_GetItem(o, s);
    Hs_DECREF(x);
    Hs_DECREF(y);
    Hs_DECREF(z);
    Hs_DECREF(s);
    return r;
}

/* o.release() */
static int release(HsObject *o) {
    HsObject *m = HsObject_GetAttrString(o, "release");
    HsObject *r = m != NULL ? HsObject_CallNoArgs(m) : NULL;
    Hs_XDECREF(m);
    Hs_XDECREF(r);
    return r != NULL ? 0 : -1;
}

static Hs_ssize_t exports(HsObject *ba) {
    return ((HsByteArrayObject *)ba)->ob_exports;
}

/* ==== tests ==== */

static void test_layout(void) {
    setup();
    HS_CHECK_EQ(sizeof(HsBuffer), 80);
    HS_CHECK_EQ(HsMemoryView_Type.tp_basicsize, 144);
    HS_CHECK_EQ(HsMemoryView_Type.tp_itemsize, 8);
    HS_CHECK_EQ(HsManagedBuffer_Type.tp_basicsize, 112); /* + 16 GC head = 128 */
    HsObject *b = HsBytes_FromString("abc");
    HsObject *m = HsMemoryView_FromObject(b);
    HS_CHECK(m != NULL);
    HS_CHECK_EQ(Hs_SIZE(m), 3); /* shape, strides, suboffsets: 144 + 24 + 16 = 184 */
    HS_CHECK(HsObject_IS_GC(m) && hs_gc_is_tracked(m));
    Hs_DECREF(m);
    Hs_DECREF(b);
}

static void test_buffer_get_errors(void) {
    setup();
    char buf[256];
    HsBuffer v;
    HsObject *b = HsBytes_FromString("xy"), *i = HsLong_FromLong(7);
    HS_CHECK(hs_buffer_get(b, &v, HS_BUF_WRITABLE) < 0);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf), "BufferError: Object is not writable.") == 0);
    HS_CHECK(hs_buffer_get(i, &v, HS_BUF_SIMPLE) < 0);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf),
                    "TypeError: a bytes-like object is required, not 'int'") == 0);
    HS_CHECK(HsMemoryView_FromObject(i) == NULL);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf),
                    "TypeError: memoryview: a bytes-like object is required, not 'int'") == 0);
    HS_CHECK(hs_buffer_get(b, &v, HS_BUF_SIMPLE) == 0);
    HS_CHECK(v.obj == b && v.readonly == 1 && v.len == 2 && v.itemsize == 1 && v.ndim == 1);
    HS_CHECK(strcmp(v.format, "B") == 0 && v.buf == HsBytes_AS_STRING(b));
    hs_buffer_release(&v);
    HS_CHECK(v.obj == NULL);
    Hs_DECREF(b);
    Hs_DECREF(i);
}

static void test_bytearray_exports(void) {
    setup();
    char buf[256];
    HsObject *ba = BA("hello");
    HsBuffer v;
    HS_CHECK(hs_buffer_get(ba, &v, HS_BUF_WRITABLE) == 0);
    HS_CHECK(v.readonly == 0 && exports(ba) == 1 && Hs_REFCNT(ba) == 2);
    HS_CHECK(HsByteArray_Resize(ba, 10) < 0);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf),
                    "BufferError: Existing exports of data: object cannot be re-sized") == 0);
    HS_CHECK(HsByteArray_Resize(ba, 5) == 0); /* same size: allowed */
    hs_buffer_release(&v);
    HS_CHECK(exports(ba) == 0 && Hs_REFCNT(ba) == 1);
    HS_CHECK(HsByteArray_Resize(ba, 10) == 0);
    Hs_DECREF(ba);
}

/* memoryview(ba) adds one reference and one export; slices and memoryview(m) share them;
 * the last release gives both back (python3: sys.getrefcount deltas 1, 1, 1, 0). */
static void test_managed_buffer_sharing(void) {
    setup();
    HsObject *ba = BA("abcdef");
    HsObject *m = HsMemoryView_FromObject(ba);
    HS_CHECK(m != NULL && Hs_REFCNT(ba) == 2 && exports(ba) == 1);
    HsObject *s = slice_of(m, 1, 5, 1), *mm = HsMemoryView_FromObject(m);
    HS_CHECK(s != NULL && mm != NULL);
    HS_CHECK(Hs_REFCNT(ba) == 2 && exports(ba) == 1);
    HS_CHECK(release(m) == 0 && exports(ba) == 1);
    HS_CHECK(release(s) == 0 && exports(ba) == 1);
    HS_CHECK(release(mm) == 0 && exports(ba) == 0 && Hs_REFCNT(ba) == 1);
    HS_CHECK(release(mm) == 0); /* twice is fine */
    Hs_DECREF(m);
    Hs_DECREF(s);
    Hs_DECREF(mm);
    HsObject *m2 = HsMemoryView_FromObject(ba); /* dropping the view also gives back */
    HS_CHECK(exports(ba) == 1);
    Hs_DECREF(m2);
    HS_CHECK(exports(ba) == 0 && Hs_REFCNT(ba) == 1);
    Hs_DECREF(ba);
}

static void test_bytes_like(void) {
    setup();
    char buf[256];
    HsObject *b = HsBytes_FromString("abcdef");
    HsObject *m = HsMemoryView_FromObject(b);
    HsObject *step = slice_of(m, 0, 6, 2), *tail = slice_of(m, 2, 6, 1);
    const char *p;
    Hs_ssize_t n;
    HS_CHECK(hs_bytes_view_check(m, &p, &n) && n == 6 && p == HsBytes_AS_STRING(b));
    HS_CHECK(hs_bytes_view_check(tail, &p, &n) && n == 4 && memcmp(p, "cdef", 4) == 0);
    HS_CHECK(!hs_bytes_view_check(step, &p, &n)); /* not C-contiguous */
    HsObject *copy = hs_buffer_to_bytes(step);
    HS_CHECK(copy != NULL && Hs_SIZE(copy) == 3 && memcmp(HsBytes_AS_STRING(copy), "ace", 3) == 0);
    HsObject *none = hs_buffer_to_bytes(Hs_None);
    HS_CHECK(none == NULL && HsErr_Occurred() == NULL);
    HS_CHECK(release(tail) == 0 && !hs_bytes_view_check(tail, &p, &n));
    HS_CHECK(hs_buffer_to_bytes(tail) == NULL);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf),
                    "ValueError: operation forbidden on released memoryview object") == 0);
    Hs_DECREF(copy);
    Hs_DECREF(step);
    Hs_DECREF(tail);
    Hs_DECREF(m);
    Hs_DECREF(b);
}

/* A memoryview exporting its own buffer cannot be released until it is given back. */
static void test_view_exports(void) {
    setup();
    char buf[256];
    HsObject *b = HsBytes_FromString("xyz");
    HsObject *m = HsMemoryView_FromObject(b);
    HsBuffer v;
    HS_CHECK(hs_buffer_get(m, &v, HS_BUF_WRITABLE) < 0);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf),
                    "BufferError: memoryview: underlying buffer is not writable") == 0);
    HS_CHECK(hs_buffer_get(m, &v, HS_BUF_SIMPLE) == 0 && v.obj == m && v.len == 3);
    HS_CHECK(release(m) < 0);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf), "BufferError: memoryview has 1 exported buffer") ==
             0);
    hs_buffer_release(&v);
    HS_CHECK(release(m) == 0);
    Hs_DECREF(m);
    Hs_DECREF(b);
}

/* One round of views, slices, copies and lists over a fresh bytearray: 0 or -1. */
static int view_round(HsObject *tolist) {
    HsObject *ba = BA("0123456789");
    HsObject *m = HsMemoryView_FromObject(ba);
    HsObject *s = slice_of(m, 9, 0, -3);
    HsObject *bytes = hs_buffer_to_bytes(s);
    HsObject *list = HsObject_CallMethodNoArgs(s, tolist);
    int ok = bytes != NULL && list != NULL && Hs_SIZE(bytes) == 3;
    Hs_XDECREF(list);
    Hs_XDECREF(bytes);
    Hs_DECREF(s);
    Hs_DECREF(m);
    Hs_DECREF(ba);
    return ok ? 0 : -1;
}

static void test_reference_balance(void) {
    setup();
    HsObject *name = HsUnicode_InternFromString("tolist");
    HS_CHECK(view_round(name) == 0); /* warm-up: fills one-time caches (slice, method) */
    Hs_ssize_t before = refs();
    for (int i = 0; i < 20; i++) {
        HS_CHECK(view_round(name) == 0);
    }
    HS_CHECK_EQ(refs() - before, 0);
    Hs_DECREF(name);
}

HS_TEST_MAIN(test_layout, test_buffer_get_errors, test_bytearray_exports,
             test_managed_buffer_sharing, test_bytes_like, test_view_exports,
             test_reference_balance)
