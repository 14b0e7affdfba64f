/* bytes and bytearray facts read off python3 (3.11.7) that the vectors cannot show:
 * sys.getsizeof figures, the empty and one-byte singletons and the other `is` identities,
 * hash equal to str's, slicing, split() lists, bytearray's resize policy and logical
 * start, GC/hash flags, the method descriptors' kinds, and reference balance. */
#include "hs_test.h"
#include "support/bytescheck.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

/* ==== helpers ==== */

static HsObject *B(const char *s) {
    return HsBytes_FromString(s);
}

static HsObject *BA(const char *s) {
    return HsByteArray_FromStringAndSize(s, (Hs_ssize_t)strlen(s));
}

/* Call self.name(*args). Return: new reference. */
static HsObject *call(HsObject *self, const char *name, int nargs, HsObject *a0, HsObject *a1) {
    HsObject *m = HsObject_GetAttrString(self, name);
    if (m == NULL) {
        return NULL;
    }
    HsObject *args[2] = {a0, a1};
    HsObject *r = HsObject_Vectorcall(m, args, (size_t)nargs, NULL);
    Hs_DECREF(m);
    return r;
}

static int bytes_eq(HsObject *o, const char *s, Hs_ssize_t n) {
    const char *p;
    Hs_ssize_t len;
    return hs_bytes_view_check(o, &p, &len) && len == n && memcmp(p, s, (size_t)n) == 0;
}

/* slice(a, b, c) */
static HsObject *slice3(long a, long b, long c) {
    HsObject *x = HsLong_FromLong(a), *y = HsLong_FromLong(b), *z = HsLong_FromLong(c);
    HsObject *t = HsSlice_New(x, y, z);
    Hs_DECREF(x);
    Hs_DECREF(y);
    Hs_DECREF(z);
    return t;
}

/* ==== bytes: layout and singletons ==== */

static void test_bytes_sizes(void) {
    HS_CHECK_EQ(offsetof(HsBytesObject, ob_sval), 32);
    HS_CHECK_EQ(HsBytes_Type.tp_basicsize, 33);
    HS_CHECK_EQ(HsBytes_Type.tp_itemsize, 1);
    const char *samples[] = {"", "a", "ab", "hello world", "0123456789012345678901234567890"};
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        HsObject *b = B(samples[i]);
        HS_CHECK_EQ(hs_bytes_sizeof(b), 33 + (Hs_ssize_t)strlen(samples[i]));
        HS_CHECK_EQ(HsBytes_AS_STRING(b)[Hs_SIZE(b)], '\0');
        Hs_DECREF(b);
    }
}

static void test_bytes_empty_singleton(void) {
    init();
    HsObject *a = B(""), *b = HsBytes_FromStringAndSize(NULL, 0);
    HsObject *c = HsObject_CallNoArgs((HsObject *)&HsBytes_Type);
    HS_CHECK(a == b && b == c);
    Hs_DECREF(a);
    Hs_DECREF(b);
    Hs_DECREF(c);
}

static void test_bytes_char_singletons(void) {
    init();
    HsObject *a = B("a"), *b = HsBytes_FromStringAndSize("abc", 1);
    HS_CHECK(a == b); /* b'abc'[0:1] is b'a' */
    HsObject *abc = B("abc");
    HsObject *s = hs_bytes_get_slice(abc, 1, 1, 1); /* b'abc'[1:2] is b'b' */
    HsObject *bb = B("b");
    HS_CHECK(s == bb);
    HsObject *s2 = hs_bytes_get_slice(abc, 2, -1, 1); /* b'abc'[2:1:-1] is b'c' */
    HsObject *cc = B("c");
    HS_CHECK(s2 == cc);
    HsObject *list = HsTuple_Pack(1, HsLong_FromLong(97));
    Hs_DECREF(HS_TUPLE_GET(list, 0));          /* the pack took its own reference */
    HsObject *from = HsBytes_FromObject(list); /* bytes([97]) is b'a' */
    HS_CHECK(from == a);
    for (int i = 0; i < 256; i++) {
        char c = (char)i;
        HsObject *x = HsBytes_FromStringAndSize(&c, 1), *y = HsBytes_FromStringAndSize(&c, 1);
        HS_CHECK(x == y && Hs_SIZE(x) == 1 && HsBytes_AS_STRING(x)[0] == c);
        Hs_DECREF(x);
        Hs_DECREF(y);
    }
    Hs_DECREF(from);
    Hs_DECREF(list);
    Hs_DECREF(a);
    Hs_DECREF(b);
    Hs_DECREF(abc);
    Hs_DECREF(s);
    Hs_DECREF(bb);
    Hs_DECREF(s2);
    Hs_DECREF(cc);
}

/* b.method(...) is b, as python3 shows, for each no-op case. */
static void test_bytes_identity_noops(void) {
    init();
    HsObject *b = B("abc"), *x = B("x"), *two = HsLong_FromLong(2), *one = HsLong_FromLong(1);
    struct {
        const char *name;
        int nargs;
        HsObject *a0;
        int same;
    } cases[] = {{"strip", 0, NULL, 1},        {"rstrip", 1, x, 1},   {"ljust", 1, two, 1},
                 {"center", 1, one, 1},        {"zfill", 1, one, 1},  {"removeprefix", 1, x, 1},
                 {"removesuffix", 1, x, 1},    {"lower", 0, NULL, 0}, {"expandtabs", 0, NULL, 0},
                 {"translate", 1, Hs_None, 1}, {"upper", 0, NULL, 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HsObject *r = call(b, cases[i].name, cases[i].nargs, cases[i].a0, NULL);
        HS_CHECK(r != NULL);
        HS_CHECK_EQ(r == b, cases[i].same);
        Hs_DECREF(r);
    }
    HsObject *y = B("y");
    HsObject *r = call(b, "replace", 2, x, y);
    HS_CHECK(r == b);
    Hs_DECREF(r);
    Hs_DECREF(y);
    Hs_DECREF(b);
    Hs_DECREF(x);
    Hs_DECREF(two);
    Hs_DECREF(one);
}

static void test_bytes_identity_containers(void) {
    init();
    HsObject *b = B("abc"), *x = B("x");
    HsObject *parts = call(b, "split", 0, NULL, NULL);
    HS_CHECK(parts != NULL && Hs_SIZE(parts) == 1 && HS_LIST_GET(parts, 0) == b);
    HsObject *p = call(b, "partition", 1, x, NULL);
    HS_CHECK(p != NULL && HS_TUPLE_GET(p, 0) == b);
    HsObject *rp = call(b, "rpartition", 1, x, NULL);
    HS_CHECK(rp != NULL && HS_TUPLE_GET(rp, 2) == b);
    HsObject *same = HsBytes_FromObject(b); /* bytes(b) is b */
    HS_CHECK(same == b);
    HsObject *once = HsBytes_Type.tp_as_sequence->sq_repeat(b, 1); /* b * 1 is b */
    HS_CHECK(once == b);
    HsObject *empty = B("");
    HsObject *plus = hs_bytes_concat(b, empty); /* b + b'' is b */
    HS_CHECK(plus == b);
    Hs_DECREF(parts);
    Hs_DECREF(p);
    Hs_DECREF(rp);
    Hs_DECREF(same);
    Hs_DECREF(once);
    Hs_DECREF(plus);
    Hs_DECREF(empty);
    Hs_DECREF(b);
    Hs_DECREF(x);
}

static void test_bytes_hash_is_str_hash(void) {
    const char *samples[] = {"", "a", "abc", "hello world", "\x7f"};
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        HsObject *b = B(samples[i]), *s = HsUnicode_FromString(samples[i]);
        HS_CHECK_EQ(hs_bytes_hash(b), hs_str_hash(s));
        HS_CHECK_EQ(HsObject_Hash(b), hs_str_hash(s));
        HS_CHECK_EQ(((HsBytesObject *)b)->ob_shash, hs_str_hash(s)); /* cached */
        Hs_DECREF(b);
        Hs_DECREF(s);
    }
    HsObject *e = B("");
    HS_CHECK_EQ(hs_bytes_hash(e), 0);
    Hs_DECREF(e);
}

static void test_bytes_repr_escapes(void) {
    static const struct {
        const char *in;
        Hs_ssize_t n;
        const char *out;
    } cases[] = {
        {"", 0, "b''"},
        {"\x00\n\"'", 4, "b'\\x00\\n\"\\''"},
        {"a'b", 3, "b\"a'b\""},
        {"a\"b", 3, "b'a\"b'"},
        {"\t\r\\\x7f\x80\xff ~", 8, "b'\\t\\r\\\\\\x7f\\x80\\xff ~'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HsObject *b = HsBytes_FromStringAndSize(cases[i].in, cases[i].n);
        HsObject *r = HsObject_Repr(b);
        HS_CHECK(r != NULL && strcmp(HsUnicode_AsUTF8(r), cases[i].out) == 0);
        Hs_DECREF(r);
        Hs_DECREF(b);
    }
}

static void test_bytearray_repr(void) {
    HsObject *b = BA("a'b\"");
    HsObject *r = HsObject_Repr(b);
    HS_CHECK(r != NULL && strcmp(HsUnicode_AsUTF8(r), "bytearray(b'a\\'b\"')") == 0);
    Hs_DECREF(r);
    Hs_DECREF(b);
    b = BA("a'b");
    r = HsObject_Repr(b);
    HS_CHECK(r != NULL && strcmp(HsUnicode_AsUTF8(r), "bytearray(b\"a\\'b\")") == 0);
    Hs_DECREF(r);
    Hs_DECREF(b);
}

static void test_bytes_str_is_repr(void) {
    HsObject *b = B("x");
    HsObject *s = HsObject_Str(b);
    HS_CHECK(s != NULL && strcmp(HsUnicode_AsUTF8(s), "b'x'") == 0);
    Hs_DECREF(s);
    Hs_DECREF(b);
}

/* ==== slicing ==== */

static void test_non_slice_key(void) {
    init();
    HsObject *x = HsLong_FromLong(0);
    HsObject *b = B("abc"), *key = HsTuple_Pack(2, x, x);
    Hs_DECREF(x);
    char buf[200];
    HS_CHECK(HsObject_GetItem(b, key) == NULL);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf),
                    "TypeError: byte indices must be integers or slices, not tuple") == 0);
    Hs_DECREF(key);
    Hs_DECREF(b);
}

static void test_slice_bytes(void) {
    init();
    HsObject *b = B("abcdef");
    struct {
        long a, z, s;
        const char *want;
    } cases[] = {{1, 4, 1, "bcd"},   {0, 6, 2, "ace"}, {5, 0, -2, "fdb"},
                 {-2, 100, 1, "ef"}, {4, 1, 1, ""},    {0, 6, 1, "abcdef"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HsObject *key = slice3(cases[i].a, cases[i].z, cases[i].s);
        HsObject *r = HsObject_GetItem(b, key);
        HS_CHECK(r != NULL && HsBytes_CheckExact(r));
        HS_CHECK(bytes_eq(r, cases[i].want, (Hs_ssize_t)strlen(cases[i].want)));
        if (strlen(cases[i].want) == 6) {
            HS_CHECK(r == b); /* b[0:6] is b */
        }
        Hs_DECREF(r);
        Hs_DECREF(key);
    }
    Hs_DECREF(b);
}

static void test_slice_bytearray_get(void) {
    init();
    HsObject *b = BA("abcdef"), *key = slice3(0, 6, 1);
    HsObject *r = HsObject_GetItem(b, key);
    HS_CHECK(r != NULL && r != b && HsByteArray_CheckExact(r) && bytes_eq(r, "abcdef", 6));
    HS_CHECK_EQ(((HsByteArrayObject *)r)->ob_alloc, 7);
    Hs_DECREF(r);
    Hs_DECREF(key);
    Hs_DECREF(b);
}

static void test_slice_bytearray_assign(void) {
    init();
    HsMappingMethods *mp = HsByteArray_Type.tp_as_mapping;
    HsObject *b = BA("abcdef"), *key = slice3(1, 3, 1), *v = B("XYZ");
    HS_CHECK_EQ(mp->mp_ass_subscript(b, key, v), 0); /* b[1:3] = b'XYZ' */
    HS_CHECK(bytes_eq(b, "aXYZdef", 7));
    HS_CHECK_EQ(((HsByteArrayObject *)b)->ob_alloc, 10); /* python3: 10 */
    Hs_DECREF(key);
    key = slice3(0, 7, 2); /* del b[::2] */
    HS_CHECK_EQ(mp->mp_ass_subscript(b, key, NULL), 0);
    HS_CHECK(bytes_eq(b, "XZe", 3));
    Hs_DECREF(key);
    key = slice3(2, 0, -1); /* b[2:0:-1] = b'12' */
    HsObject *w = B("12");
    HS_CHECK_EQ(mp->mp_ass_subscript(b, key, w), 0);
    HS_CHECK(bytes_eq(b, "X21", 3));
    HsObject *bad = B("123");
    char buf[200];
    HS_CHECK_EQ(mp->mp_ass_subscript(b, key, bad), -1);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf),
                    "ValueError: attempt to assign bytes of size 3 to extended slice of size 2") ==
             0);
    HsObject *one = HsLong_FromLong(1);
    HS_CHECK_EQ(mp->mp_ass_subscript(b, key, one), -1);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf),
                    "TypeError: can assign only bytes, buffers, or iterables of ints in range(0, "
                    "256)") == 0);
    Hs_DECREF(one);
    Hs_DECREF(bad);
    Hs_DECREF(w);
    Hs_DECREF(key);
    Hs_DECREF(v);
    Hs_DECREF(b);
}

static void test_slice_assign_self(void) {
    init();
    HsObject *b = BA("abc"), *key = slice3(3, 3, 1); /* b[3:3] = b */
    HS_CHECK_EQ(HsByteArray_Type.tp_as_mapping->mp_ass_subscript(b, key, b), 0);
    HS_CHECK(bytes_eq(b, "abcabc", 6));
    Hs_DECREF(key);
    Hs_DECREF(b);
}

/* ==== split results are lists ==== */

static void test_split_returns_lists(void) {
    init();
    HsObject *b = B("a b c");
    HsObject *r = call(b, "split", 0, NULL, NULL);
    HS_CHECK(r != NULL && HsList_CheckExact(r) && Hs_SIZE(r) == 3);
    Hs_DECREF(r);
    r = call(b, "rsplit", 0, NULL, NULL);
    HS_CHECK(r != NULL && HsList_CheckExact(r) && Hs_SIZE(r) == 3);
    HS_CHECK(bytes_eq(HS_LIST_GET(r, 0), "a", 1)); /* rsplit's parts come in order */
    Hs_DECREF(r);
    r = call(b, "splitlines", 0, NULL, NULL);
    HS_CHECK(r != NULL && HsList_CheckExact(r) && Hs_SIZE(r) == 1);
    Hs_DECREF(r);
    Hs_DECREF(b);
}

/* ==== bytearray: sizes and the resize policy ==== */

static void test_bytearray_layout(void) {
    HS_CHECK_EQ(sizeof(HsByteArrayObject), 56);
    HS_CHECK_EQ(HsByteArray_Type.tp_basicsize, 56);
    HsObject *b = BA("");
    HS_CHECK_EQ(hs_bytearray_sizeof(b), 56);
    HS_CHECK(((HsByteArrayObject *)b)->ob_bytes == NULL);
    HS_CHECK_EQ(HsByteArray_AS_STRING(b)[0], '\0');
    Hs_DECREF(b);
}

static void test_bytearray_append_growth(void) {
    static const Hs_ssize_t want[] = {58, 61, 61, 61, 64, 64, 64, 68, 68, 68,
                                      68, 75, 75, 75, 75, 75, 75, 75, 83, 83};
    init();
    HsObject *b = BA("");
    for (int i = 0; i < 20; i++) {
        HsObject *v = HsLong_FromLong(i);
        HsObject *r = call(b, "append", 1, v, NULL);
        HS_CHECK(r == Hs_None);
        Hs_DECREF(r);
        Hs_DECREF(v);
        HS_CHECK_EQ(hs_bytearray_sizeof(b), want[i]);
    }
    Hs_DECREF(b);
}

static void test_bytearray_constructor_sizes(void) {
    init();
    HsObject *ten = HsLong_FromLong(10);
    HsObject *b = HsObject_CallOneArg((HsObject *)&HsByteArray_Type, ten);
    HS_CHECK(b != NULL && Hs_SIZE(b) == 10 && hs_bytearray_sizeof(b) == 67);
    Hs_DECREF(b);
    HsObject *abc = B("abc");
    b = HsObject_CallOneArg((HsObject *)&HsByteArray_Type, abc);
    HS_CHECK(b != NULL && hs_bytearray_sizeof(b) == 60);
    HsObject *cp = call(b, "copy", 0, NULL, NULL);
    HS_CHECK(cp != NULL && cp != b && hs_bytearray_sizeof(cp) == 60);
    Hs_DECREF(cp);
    Hs_DECREF(b);
    Hs_DECREF(abc);
    HsObject *items[3] = {HsLong_FromLong(1), HsLong_FromLong(2), HsLong_FromLong(3)};
    HsObject *t = HsTuple_FromArray(items, 3);
    b = HsObject_CallOneArg((HsObject *)&HsByteArray_Type, t); /* tuple fast path: exact */
    HS_CHECK(b != NULL && hs_bytearray_sizeof(b) == 60);
    Hs_DECREF(b);
    Hs_DECREF(t);
    for (int i = 0; i < 3; i++) {
        Hs_DECREF(items[i]);
    }
    Hs_DECREF(ten);
}

static void test_bytearray_logical_start(void) {
    init();
    HsObject *b = BA("abcdef"), *zero = HsLong_FromLong(0);
    HsByteArrayObject *ba = (HsByteArrayObject *)b;
    HS_CHECK_EQ(HsByteArray_Type.tp_as_mapping->mp_ass_subscript(b, zero, NULL), 0);
    HS_CHECK(bytes_eq(b, "bcdef", 5));
    HS_CHECK(ba->ob_start == ba->ob_bytes + 1); /* deleting at the front moves the start */
    HS_CHECK_EQ(ba->ob_alloc, 7);               /* sys.getsizeof: 63 */
    HsObject *r = call(b, "pop", 1, zero, NULL);
    HS_CHECK(r != NULL && HsLong_AsLong(r) == 'b');
    Hs_DECREF(r);
    HS_CHECK(bytes_eq(b, "cdef", 4));
    HS_CHECK_EQ(HsByteArray_AS_STRING(b)[4], '\0');
    Hs_DECREF(zero);
    Hs_DECREF(b);
}

static void test_bytearray_clear_shrinks(void) {
    init();
    HsObject *b = BA("abcdefghijkl");
    HsObject *r = call(b, "pop", 0, NULL, NULL);
    HS_CHECK(r != NULL && HsLong_AsLong(r) == 'l');
    HS_CHECK_EQ(hs_bytearray_sizeof(b), 69); /* minor downsize keeps the buffer */
    Hs_DECREF(r);
    r = call(b, "clear", 0, NULL, NULL);
    HS_CHECK_EQ(hs_bytearray_sizeof(b), 57);
    Hs_DECREF(r);
    Hs_DECREF(b);
}

static void test_bytearray_inplace_sizes(void) {
    init();
    HsObject *b = BA("ab"), *cde = B("cde");
    HsObject *r = HsByteArray_Type.tp_as_sequence->sq_inplace_concat(b, cde);
    HS_CHECK(r == b && hs_bytearray_sizeof(b) == 62);
    Hs_DECREF(r);
    r = HsByteArray_Type.tp_as_sequence->sq_inplace_repeat(b, 3);
    HS_CHECK(r == b && hs_bytearray_sizeof(b) == 72 && bytes_eq(b, "abcdeabcdeabcde", 15));
    Hs_DECREF(r);
    r = HsByteArray_Type.tp_as_sequence->sq_inplace_concat(b, b); /* b += b */
    HS_CHECK(r == b && Hs_SIZE(b) == 30 && bytes_eq(b, "abcdeabcdeabcdeabcdeabcdeabcde", 30));
    Hs_DECREF(r);
    Hs_DECREF(cde);
    Hs_DECREF(b);
}

static void test_bytearray_extend_self(void) {
    init();
    HsObject *b = BA("xy");
    HsObject *r = call(b, "extend", 1, b, NULL);
    HS_CHECK(r == Hs_None && bytes_eq(b, "xyxy", 4));
    Hs_DECREF(r);
    Hs_DECREF(b);
}

static void test_bytearray_unhashable_not_gc(void) {
    init();
    HsObject *b = BA("x");
    char buf[200];
    HS_CHECK_EQ(HsObject_Hash(b), -1);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf), "TypeError: unhashable type: 'bytearray'") == 0);
    HS_CHECK(!HsType_IS_GC(&HsByteArray_Type));
    HS_CHECK(!HsType_IS_GC(&HsBytes_Type));
    HsObject *hash = HsObject_GetAttrString((HsObject *)&HsByteArray_Type, "__hash__");
    HS_CHECK(hash == Hs_None); /* bytearray.__hash__ is None */
    Hs_XDECREF(hash);
    Hs_DECREF(b);
}

static void test_bytearray_exports_block_resize(void) {
    HsObject *b = BA("abc");
    ((HsByteArrayObject *)b)->ob_exports = 1;
    char buf[200];
    HS_CHECK_EQ(HsByteArray_Resize(b, 10), -1);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf),
                    "BufferError: Existing exports of data: object cannot be re-sized") == 0);
    ((HsByteArrayObject *)b)->ob_exports = 0;
    Hs_DECREF(b);
}

/* ==== protocols ==== */

static void test_iteration_yields_ints(void) {
    init();
    HsObject *b = B("\x01\xff");
    HsObject *it = HsObject_GetIter(b);
    HS_CHECK(it != NULL);
    HsObject *x = HsIter_Next(it), *y = HsIter_Next(it), *z = HsIter_Next(it);
    HS_CHECK(x != NULL && HsLong_AsLong(x) == 1 && y != NULL && HsLong_AsLong(y) == 255);
    HS_CHECK(z == NULL && !HsErr_Occurred());
    Hs_DECREF(x);
    Hs_DECREF(y);
    Hs_DECREF(it);
    Hs_DECREF(b);
}

static void test_iterator_types(void) {
    init();
    HsObject *b = B("ab"), *ba = BA("ab");
    HsObject *i1 = HsObject_GetIter(b), *i2 = HsObject_GetIter(ba);
    HS_CHECK(i1 != NULL && strcmp(Hs_TYPE(i1)->tp_name, "bytes_iterator") == 0);
    HS_CHECK(i2 != NULL && strcmp(Hs_TYPE(i2)->tp_name, "bytearray_iterator") == 0);
    /* sys.getsizeof(iter(b'')) == 48: 32 bytes plus the 16-byte GC head; tracked */
    HS_CHECK_EQ(Hs_TYPE(i1)->tp_basicsize + (Hs_ssize_t)sizeof(HsGCHead), 48);
    HS_CHECK(HsType_IS_GC(Hs_TYPE(i1)) && hs_gc_is_tracked(i1) && hs_gc_is_tracked(i2));
    HsObject *hint = call(i1, "__length_hint__", 0, NULL, NULL);
    HS_CHECK(hint != NULL && HsLong_AsLong(hint) == 2);
    Hs_DECREF(hint);
    Hs_DECREF(i1);
    Hs_DECREF(i2);
    Hs_DECREF(b);
    Hs_DECREF(ba);
}

static void test_bytearray_iterator_sees_mutation(void) {
    init();
    HsObject *ba = BA("a"), *it = HsObject_GetIter(ba), *v = HsLong_FromLong('z');
    HsObject *x = HsIter_Next(it);
    HS_CHECK(x != NULL && HsLong_AsLong(x) == 'a');
    Hs_DECREF(x);
    HsObject *r = call(ba, "append", 1, v, NULL); /* appended while iterating: seen */
    Hs_DECREF(r);
    x = HsIter_Next(it);
    HS_CHECK(x != NULL && HsLong_AsLong(x) == 'z');
    Hs_DECREF(x);
    HS_CHECK(HsIter_Next(it) == NULL && !HsErr_Occurred());
    r = call(ba, "append", 1, v, NULL); /* exhausted iterators stay exhausted */
    Hs_DECREF(r);
    HS_CHECK(HsIter_Next(it) == NULL && !HsErr_Occurred());
    Hs_DECREF(v);
    Hs_DECREF(it);
    Hs_DECREF(ba);
}

static void test_len_and_index(void) {
    init();
    HsObject *b = B("abc"), *m1 = HsLong_FromLong(-1);
    HS_CHECK_EQ(HsObject_Size(b), 3);
    HsObject *r = HsObject_GetItem(b, m1);
    HS_CHECK(r != NULL && HsLong_AsLong(r) == 'c');
    Hs_DECREF(r);
    HsObject *big = HsLong_FromLongLong(1LL << 62);
    char buf[200];
    HS_CHECK(HsObject_GetItem(b, big) == NULL);
    HS_CHECK(strcmp(exc_text(buf, sizeof buf), "IndexError: index out of range") == 0);
    Hs_DECREF(big);
    Hs_DECREF(m1);
    Hs_DECREF(b);
}

static void test_ordering(void) {
    HsObject *a = B("ab"), *b = B("abc"), *c = BA("abc");
    HS_CHECK_EQ(HsObject_RichCompareBool(a, b, HS_LT), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(b, c, HS_EQ), 1); /* b'abc' == bytearray(b'abc') */
    HS_CHECK_EQ(HsObject_RichCompareBool(c, a, HS_GT), 1);
    HS_CHECK_EQ(HsObject_RichCompareBool(a, a, HS_LE), 1);
    Hs_DECREF(a);
    Hs_DECREF(b);
    Hs_DECREF(c);
}

static void test_constructor_keywords(void) {
    init();
    HsObject *kw = HsDict_New(), *s = HsUnicode_FromString("h\xc3\xa9");
    HsObject *enc = HsUnicode_FromString("latin-1");
    HsDict_SetItemString(kw, "source", s);
    HsDict_SetItemString(kw, "encoding", enc);
    HsObject *args = HsTuple_New(0);
    HsObject *b = HsObject_Call((HsObject *)&HsBytes_Type, args, kw);
    HS_CHECK(b != NULL && bytes_eq(b, "h\xe9", 2));
    HsObject *ba = HsObject_Call((HsObject *)&HsByteArray_Type, args, kw);
    HS_CHECK(ba != NULL && HsByteArray_CheckExact(ba) && bytes_eq(ba, "h\xe9", 2));
    Hs_XDECREF(b);
    Hs_XDECREF(ba);
    Hs_DECREF(args);
    Hs_DECREF(kw);
    Hs_DECREF(s);
    Hs_DECREF(enc);
}

static void test_bytearray_reinit(void) {
    init();
    HsObject *b = BA("old contents"), *x = B("new");
    HsObject *args = HsTuple_Pack(1, x);
    HS_CHECK_EQ(HsByteArray_Type.tp_init(b, args, NULL), 0); /* b.__init__(b'new') */
    HS_CHECK(bytes_eq(b, "new", 3));
    Hs_DECREF(args);
    Hs_DECREF(x);
    Hs_DECREF(b);
}

/* ==== descriptors ==== */

static void test_descriptor_kinds(void) {
    init();
    HsObject *f = HsObject_GetAttrString((HsObject *)&HsByteArray_Type, "fromhex");
    HS_CHECK(f != NULL); /* bound to the class */
    HsObject *hex = HsUnicode_FromString("00 ff");
    HsObject *r = HsObject_CallOneArg(f, hex);
    HS_CHECK(r != NULL && HsByteArray_CheckExact(r) && bytes_eq(r, "\x00\xff", 2));
    Hs_XDECREF(r);
    Hs_DECREF(f);
    f = HsObject_GetAttrString((HsObject *)&HsBytes_Type, "maketrans");
    HS_CHECK(f != NULL);
    HsObject *ab = B("ab"), *xy = B("xy");
    HsObject *args[2] = {ab, xy};
    r = HsObject_Vectorcall(f, args, 2, NULL);
    HS_CHECK(r != NULL && Hs_SIZE(r) == 256 && HsBytes_AS_STRING(r)['a'] == 'x');
    Hs_XDECREF(r);
    Hs_DECREF(f);
    Hs_DECREF(ab);
    Hs_DECREF(xy);
    Hs_DECREF(hex);
    HsObject *d = HsDict_GetItemString(HsBytes_Type.tp_dict, "decode");
    HS_CHECK(d != NULL && Hs_TYPE(d) == &HsMethodDescr_Type);
    d = HsDict_GetItemString(HsBytes_Type.tp_dict, "fromhex");
    HS_CHECK(d != NULL && Hs_TYPE(d) == &HsClassMethodDescr_Type);
}

/* Every method CPython's bytes/bytearray define in C except __getitem__, __reduce__,
 * __reduce_ex__, __setstate__ and __buffer__-related ones, by the tables alone (so readying
 * the types from any list finds them). */
static int table_has(const HsMethodDef *t, const char *name) {
    for (; t->ml_name != NULL; t++) {
        if (strcmp(t->ml_name, name) == 0) {
            return 1;
        }
    }
    return 0;
}

static void test_method_tables(void) {
    static const char *const shared[] = {
        "capitalize",   "center",       "count",   "decode",    "endswith",   "expandtabs",
        "find",         "fromhex",      "hex",     "index",     "isalnum",    "isalpha",
        "isascii",      "isdigit",      "islower", "isspace",   "istitle",    "isupper",
        "join",         "ljust",        "lower",   "lstrip",    "maketrans",  "partition",
        "removeprefix", "removesuffix", "replace", "rfind",     "rindex",     "rjust",
        "rpartition",   "rsplit",       "rstrip",  "split",     "splitlines", "startswith",
        "strip",        "swapcase",     "title",   "translate", "upper",      "zfill"};
    static const char *const ba_only[] = {"__alloc__", "append", "clear",  "copy",    "extend",
                                          "insert",    "pop",    "remove", "reverse", "__sizeof__"};
    HS_CHECK(HsBytes_Type.tp_methods == hs_bytes_methods);
    HS_CHECK(HsByteArray_Type.tp_methods == hs_bytearray_methods);
    for (size_t i = 0; i < sizeof shared / sizeof shared[0]; i++) {
        HS_CHECK(table_has(hs_bytes_methods, shared[i]));
        HS_CHECK(table_has(hs_bytearray_methods, shared[i]));
    }
    for (size_t i = 0; i < sizeof ba_only / sizeof ba_only[0]; i++) {
        HS_CHECK(table_has(hs_bytearray_methods, ba_only[i]));
        HS_CHECK(!table_has(hs_bytes_methods, ba_only[i]));
    }
    HS_CHECK(table_has(hs_bytes_methods, "__bytes__"));
    HS_CHECK(table_has(hs_bytes_methods, "__getnewargs__"));
    HS_CHECK(!table_has(hs_bytearray_methods, "__bytes__"));
}

static void test_sizeof_methods(void) {
    init();
    HsObject *ba = BA("abcd");
    HsObject *r = call(ba, "__sizeof__", 0, NULL, NULL);
    HS_CHECK(r != NULL && HsLong_AsLong(r) == 61);
    Hs_DECREF(r);
    r = call(ba, "__alloc__", 0, NULL, NULL);
    HS_CHECK(r != NULL && HsLong_AsLong(r) == 5);
    Hs_DECREF(r);
    Hs_DECREF(ba);
}

/* ==== reference balance ==== */

/* The method cache keeps a reference to each name it has looked up (as
 * CPython's does), so each body runs once to warm the cache before the
 * reference total is measured around a second run. */
static void bytes_method_round(void) {
    HsObject *b = B("  Hello, World  "), *sep = B(",");
    const char *noargs[] = {"strip", "upper",   "title",  "split",      "splitlines",
                            "hex",   "isalpha", "decode", "capitalize", "swapcase"};
    for (size_t i = 0; i < sizeof noargs / sizeof noargs[0]; i++) {
        HsObject *r = call(b, noargs[i], 0, NULL, NULL);
        HS_CHECK(r != NULL);
        Hs_DECREF(r);
    }
    HsObject *r = call(b, "partition", 1, sep, NULL);
    Hs_XDECREF(r);
    r = call(b, "join", 1, b, NULL); /* error: ints are not bytes-like */
    HS_CHECK(r == NULL);
    HsErr_Clear();
    Hs_DECREF(sep);
    Hs_DECREF(b);
}

static void test_refs_balance_methods(void) {
    init();
    bytes_method_round();
    Hs_ssize_t before = refs();
    bytes_method_round();
    HS_CHECK_EQ(refs(), before);
}

static void bytearray_method_round(void) {
    HsObject *b = BA("abc"), *v = HsLong_FromLong(7), *big = HsLong_FromLong(300);
    for (int i = 0; i < 50; i++) {
        HsObject *r = call(b, "append", 1, v, NULL);
        Hs_DECREF(r);
    }
    HsObject *r = call(b, "append", 1, big, NULL);
    HS_CHECK(r == NULL);
    HsErr_Clear();
    r = call(b, "reverse", 0, NULL, NULL);
    Hs_DECREF(r);
    HS_CHECK_EQ(Hs_SIZE(b), 53);
    Hs_DECREF(v);
    Hs_DECREF(big);
    Hs_DECREF(b);
}

static void test_refs_balance_bytearray(void) {
    init();
    bytearray_method_round();
    Hs_ssize_t before = refs();
    bytearray_method_round();
    HS_CHECK_EQ(refs(), before);
}

HS_TEST_MAIN(test_bytes_sizes, test_bytes_empty_singleton, test_bytes_char_singletons,
             test_bytes_identity_noops, test_bytes_identity_containers, test_bytes_hash_is_str_hash,
             test_bytes_repr_escapes, test_bytearray_repr, test_bytes_str_is_repr,
             test_non_slice_key, test_slice_bytes, test_slice_bytearray_get,
             test_slice_bytearray_assign, test_slice_assign_self, test_split_returns_lists,
             test_bytearray_layout, test_bytearray_append_growth, test_bytearray_constructor_sizes,
             test_bytearray_logical_start, test_bytearray_clear_shrinks,
             test_bytearray_inplace_sizes, test_bytearray_extend_self,
             test_bytearray_unhashable_not_gc, test_bytearray_exports_block_resize,
             test_iteration_yields_ints, test_iterator_types, test_bytearray_iterator_sees_mutation,
             test_len_and_index, test_ordering, test_constructor_keywords, test_bytearray_reinit,
             test_descriptor_kinds, test_method_tables, test_sizeof_methods,
             test_refs_balance_methods, test_refs_balance_bytearray)
