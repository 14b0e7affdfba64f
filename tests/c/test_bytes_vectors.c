/* bytes, bytearray and codec behaviour against CPython 3.11, from the vectors that
 * tools/gen_bytes_vectors.py evaluated with python3 (tests/data/bytes/vectors.h): every
 * shared method on both types with edge cases and wrong arguments (so each calling
 * convention's messages), operators, constructors, bytearray mutation with __alloc__ after
 * each step (the resize policy), and str.encode / bytes.decode across the encodings and
 * error handlers. Methods are called through attribute lookup and vectorcall, as Python
 * code calls them. */
#include "hs_test.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_codecs.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include "../data/bytes/vectors.h"

#include <stdlib.h>
#include <string.h>

#define NVECTORS ((int)(sizeof bytes_vectors / sizeof bytes_vectors[0]))

/* ==== parsing the value notation ==== */

static int hexval(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c - 'a' + 10;
}

static int is_end(char c) {
    return c == '\0' || c == ' ' || c == ',' || c == ')' || c == '@';
}

/* Decode the hex digits at *p into 'buf' (room for 'cap'); returns the byte count. */
static Hs_ssize_t parse_hex(const char **p, char *buf, Hs_ssize_t cap) {
    Hs_ssize_t n = 0;
    while (!is_end(**p) && n < cap) {
        buf[n++] = (char)(hexval((*p)[0]) * 16 + hexval((*p)[1]));
        *p += 2;
    }
    return n;
}

static HsObject *parse_value(const char **p) {
    static char buf[4096];
    const char *s = *p;
    if (s[0] == '(') {
        HsObject *items[64] = {NULL};
        int n = 0;
        *p = s + 1;
        while (**p != ')') {
            items[n++] = parse_value(p);
            if (**p == ',') {
                (*p)++;
            }
        }
        (*p)++;
        HsObject *t = HsTuple_FromArray(items, n);
        for (int i = 0; i < n; i++) {
            Hs_DECREF(items[i]);
        }
        return t;
    }
    if (s[0] == 'n' || s[0] == 'T' || s[0] == 'F') {
        *p = s + 1;
        return Hs_NewRef(s[0] == 'n' ? Hs_None : s[0] == 'T' ? Hs_True : Hs_False);
    }
    if (s[0] == 'i') {
        char *end;
        long long v = strtoll(s + 2, &end, 10);
        *p = end;
        return HsLong_FromLongLong(v);
    }
    *p = s + 2;
    Hs_ssize_t n = parse_hex(p, buf, sizeof buf);
    if (s[0] == 'b') {
        return HsBytes_FromStringAndSize(buf, n);
    }
    if (s[0] == 'a') {
        return HsByteArray_FromStringAndSize(buf, n);
    }
    return hs_str_from_utf8_surrogatepass(buf, n);
}

/* ==== formatting results in the same notation ==== */

static void put_hex(char *out, size_t cap, const char *data, Hs_ssize_t n) {
    size_t at = strlen(out);
    for (Hs_ssize_t i = 0; i < n && at + 3 < cap; i++) {
        snprintf(out + at, cap - at, "%02x", (unsigned char)data[i]);
        at += 2;
    }
}

static void format_value(HsObject *v, char *out, size_t cap) {
    size_t at = strlen(out);
    if (v == Hs_None || v == Hs_True || v == Hs_False) {
        snprintf(out + at, cap - at, "%s", v == Hs_None ? "n" : v == Hs_True ? "T" : "F");
    } else if (HsLong_Check(v)) {
        snprintf(out + at, cap - at, "i:%ld", HsLong_AsLong(v));
    } else if (HsBytes_Check(v)) {
        snprintf(out + at, cap - at, "b:");
        put_hex(out, cap, HsBytes_AS_STRING(v), Hs_SIZE(v));
    } else if (HsByteArray_Check(v)) {
        snprintf(out + at, cap - at, "a:");
        put_hex(out, cap, HsByteArray_AS_STRING(v), Hs_SIZE(v));
    } else if (HsUnicode_Check(v)) {
        HsObject *b = hs_codecs_encode(v, "utf-8", "surrogatepass");
        snprintf(out + at, cap - at, "s:");
        put_hex(out, cap, HsBytes_AS_STRING(b), Hs_SIZE(b));
        Hs_DECREF(b);
    } else if (HsTuple_Check(v) || HsList_Check(v)) {
        /* the generator writes lists and tuples alike */
        snprintf(out + at, cap - at, "(");
        for (Hs_ssize_t i = 0; i < Hs_SIZE(v); i++) {
            if (i > 0) {
                snprintf(out + strlen(out), cap - strlen(out), ",");
            }
            format_value(HsTuple_Check(v) ? HS_TUPLE_GET(v, i) : HS_LIST_GET(v, i), out, cap);
        }
        snprintf(out + strlen(out), cap - strlen(out), ")");
    } else {
        snprintf(out + at, cap - at, "?%s", Hs_TYPE(v)->tp_name);
    }
}

static void format_exception(char *out, size_t cap) {
    HsObject *exc = HsErr_GetRaisedException();
    HsTypeObject *tp = Hs_TYPE(exc);
    int unicode = HsErr_GivenExceptionMatches(exc, HsExc_UnicodeDecodeError) ||
                  HsErr_GivenExceptionMatches(exc, HsExc_UnicodeEncodeError);
    HsObject *s = unicode ? hs_codecs_unicode_error_str(exc) : HsObject_Str(exc);
    snprintf(out, cap, "E:%s:%s", tp->tp_name, s != NULL ? HsUnicode_AsUTF8(s) : "?");
    if (unicode) {
        HsUnicodeErrorObject *u = (HsUnicodeErrorObject *)exc;
        snprintf(out + strlen(out), cap - strlen(out), "|%zd|%zd|%s", u->start, u->end,
                 HsUnicode_AsUTF8(u->encoding));
    }
    Hs_XDECREF(s);
    Hs_DECREF(exc);
}

/* ==== running one vector ==== */

static HsObject *compare_op(const char *op) {
    static const char *const names[] = {"lt", "le", "eq", "ne", "gt", "ge"};
    for (int i = 0; i < 6; i++) {
        if (strcmp(op, names[i]) == 0) {
            return HsLong_FromLong(i);
        }
    }
    return NULL;
}

/* Perform 'op' on self; returns the result (new reference) or NULL with an exception. */
static HsObject *perform(HsObject *self, const char *op, HsObject **args, Hs_ssize_t nargs,
                         HsObject *kwnames) {
    if (strncmp(op, "op:", 3) != 0) {
        HsObject *meth = HsObject_GetAttrString(self, op);
        if (meth == NULL) {
            return NULL;
        }
        HsObject *r = HsObject_Vectorcall(meth, args, (size_t)nargs, kwnames);
        Hs_DECREF(meth);
        return r;
    }
    op += 3;
    HsSequenceMethods *sq = Hs_TYPE(self)->tp_as_sequence;
    HsObject *cmp = compare_op(op);
    if (cmp != NULL) {
        int which = (int)HsLong_AsLong(cmp);
        Hs_DECREF(cmp);
        return HsObject_RichCompare(self, args[0], which);
    }
    if (strcmp(op, "bytes") == 0 || strcmp(op, "bytearray") == 0) {
        HsObject *tp = (HsObject *)(op[5] == 0 ? &HsBytes_Type : &HsByteArray_Type);
        return HsObject_Vectorcall(tp, args, (size_t)nargs, kwnames);
    }
    if (strcmp(op, "concat") == 0) {
        return sq->sq_concat(self, args[0]);
    }
    if (strcmp(op, "repeat") == 0 || strcmp(op, "irepeat") == 0) {
        Hs_ssize_t n = HsLong_AsSsize_t(args[0]);
        return op[0] == 'r' ? sq->sq_repeat(self, n) : sq->sq_inplace_repeat(self, n);
    }
    if (strcmp(op, "iconcat") == 0) {
        return sq->sq_inplace_concat(self, args[0]);
    }
    if (strcmp(op, "getitem") == 0) {
        return HsObject_GetItem(self, args[0]);
    }
    if (strcmp(op, "setitem") == 0 || strcmp(op, "delitem") == 0) {
        HsMappingMethods *mp = Hs_TYPE(self)->tp_as_mapping;
        int r = mp->mp_ass_subscript(self, args[0], op[0] == 's' ? args[1] : NULL);
        return r < 0 ? NULL : Hs_NewRef(Hs_None);
    }
    if (strcmp(op, "contains") == 0) {
        int r = HsSequence_Contains(self, args[0]);
        return r < 0 ? NULL : HsBool_FromLong(r);
    }
    if (strcmp(op, "len") == 0) {
        return HsLong_FromSsize_t(HsObject_Size(self));
    }
    if (strcmp(op, "repr") == 0) {
        return HsObject_Repr(self);
    }
    /* iter: the items, as a tuple */
    HsObject *it = HsObject_GetIter(self), *items[300], *x;
    Hs_ssize_t n = 0;
    while (it != NULL && n < 300 && (x = HsIter_Next(it)) != NULL) {
        items[n++] = x;
    }
    Hs_XDECREF(it);
    HsObject *t = HsErr_Occurred() ? NULL : HsTuple_FromArray(items, n);
    for (Hs_ssize_t k = 0; k < n; k++) {
        Hs_DECREF(items[k]);
    }
    return t;
}

/* Run vector 'i'; on mismatch print it and return 0. */
static int run_vector(int i) {
    const char *p = bytes_vectors[i].self;
    HsObject *self = parse_value(&p);
    HsObject *args[16], *kwvals[8], *names[8];
    Hs_ssize_t nargs = 0, nkw = 0;
    for (p = bytes_vectors[i].args; *p != '\0';) {
        if (strncmp(p, "k:", 2) == 0) {
            const char *eq = strchr(p, '=');
            names[nkw] = HsUnicode_FromStringAndSize(p + 2, eq - p - 2);
            p = eq + 1;
            kwvals[nkw++] = parse_value(&p);
        } else {
            args[nargs++] = parse_value(&p);
        }
        while (*p == ' ') {
            p++;
        }
    }
    HsObject *kwnames = nkw > 0 ? HsTuple_FromArray(names, nkw) : NULL;
    for (Hs_ssize_t k = 0; k < nkw; k++) {
        args[nargs + k] = kwvals[k];
        Hs_DECREF(names[k]);
    }
    const char *op = bytes_vectors[i].op;
    HsObject *r = perform(self, op, args, nargs, kwnames);
    char got[8192] = "";
    if (r == NULL) {
        format_exception(got, sizeof got);
    } else {
        int inplace = strcmp(op, "op:iconcat") == 0 || strcmp(op, "op:irepeat") == 0;
        format_value(inplace || r == Hs_None ? Hs_None : r, got, sizeof got);
        Hs_DECREF(r);
    }
    char after[8192] = "";
    if (HsByteArray_Check(self)) {
        format_value(self, after, sizeof after);
        snprintf(after + strlen(after), sizeof after - strlen(after), "@%zd",
                 ((HsByteArrayObject *)self)->ob_alloc);
    }
    int ok =
        strcmp(got, bytes_vectors[i].expect) == 0 && strcmp(after, bytes_vectors[i].after) == 0;
    if (!ok) {
        printf("  vector %d: %s.%s(%s)\n    got      %s %s\n    expected %s %s\n", i,
               bytes_vectors[i].self, op, bytes_vectors[i].args, got, after,
               bytes_vectors[i].expect, bytes_vectors[i].after);
    }
    for (Hs_ssize_t k = 0; k < nargs + nkw; k++) {
        Hs_DECREF(args[k]);
    }
    Hs_XDECREF(kwnames);
    Hs_DECREF(self);
    return ok;
}

/* Run the vectors whose op matches 'ops' (a space-separated list; "*" = the rest). */
static int run_group(const char *ops, int *count) {
    static int printed;
    int failures = 0;
    *count = 0;
    if (hs_obj_init() < 0 || hs_bytes_init_types() < 0) {
        return -1;
    }
    for (int i = 0; i < NVECTORS; i++) {
        char key[64];
        snprintf(key, sizeof key, " %s ", bytes_vectors[i].op);
        char list[512];
        snprintf(list, sizeof list, " %s ", ops);
        if (strstr(list, key) == NULL) {
            continue;
        }
        (*count)++;
        if (!run_vector(i)) {
            failures++;
            if (++printed > 60) {
                return failures;
            }
        }
    }
    return failures;
}

/* The current total of references (debug builds), else 0. */
static Hs_ssize_t ref_total(void) {
#if HS_DEBUG_REFS
    return hs_ref_total;
#else
    return 0;
#endif
}

/* Each group runs twice: the first run warms caches (method cache, interned names); the
 * second must leave the reference total where it found it. */
#define GROUP_TEST(name, ops, minimum)                                                             \
    static void name(void) {                                                                       \
        int count;                                                                                 \
        int failures = run_group(ops, &count);                                                     \
        HS_CHECK_EQ(failures, 0);                                                                  \
        HS_CHECK(count >= (minimum));                                                              \
        Hs_ssize_t before = ref_total();                                                           \
        HS_CHECK_EQ(run_group(ops, &count), 0);                                                    \
        HS_CHECK_EQ(ref_total(), before);                                                          \
    }

#define OPS_SEARCH "find rfind index rindex count startswith endswith"
#define OPS_SPLIT "split rsplit splitlines"
#define OPS_JOIN "join strip lstrip rstrip replace partition rpartition removeprefix removesuffix"
#define OPS_CASE                                                                                   \
    "upper lower swapcase title capitalize isalnum isalpha isascii isdigit islower isspace "       \
    "istitle isupper"
#define OPS_PAD "center ljust rjust zfill expandtabs"
#define OPS_HEX "translate maketrans hex fromhex"
#define OPS_OPERATORS                                                                              \
    "op:concat op:repeat op:getitem op:contains op:repr op:len op:iter op:lt op:le op:eq op:ne "   \
    "op:gt op:ge"
#define OPS_CTOR "op:bytes op:bytearray"
#define OPS_MUTATION                                                                               \
    "append extend insert pop remove clear copy reverse __alloc__ op:iconcat op:irepeat "          \
    "op:setitem op:delitem __sizeof__ __bytes__ __getnewargs__"

GROUP_TEST(test_vectors_search, OPS_SEARCH, 400)
GROUP_TEST(test_vectors_split, OPS_SPLIT, 150)
GROUP_TEST(test_vectors_join_strip_replace, OPS_JOIN, 150)
GROUP_TEST(test_vectors_case_and_predicates, OPS_CASE, 300)
GROUP_TEST(test_vectors_padding, OPS_PAD, 100)
GROUP_TEST(test_vectors_translate_hex, OPS_HEX, 60)
GROUP_TEST(test_vectors_operators, OPS_OPERATORS, 60)
GROUP_TEST(test_vectors_constructors, OPS_CTOR, 50)
GROUP_TEST(test_vectors_mutation, OPS_MUTATION, 150)
GROUP_TEST(test_vectors_encode, "encode", 1000)
GROUP_TEST(test_vectors_decode, "decode", 1000)

/* Every vector belongs to one of the groups above (none is silently skipped). */
static void test_vectors_all_grouped(void) {
    static const char all[] =
        " " OPS_SEARCH " " OPS_SPLIT " " OPS_JOIN " " OPS_CASE " " OPS_PAD " " OPS_HEX
        " " OPS_OPERATORS " " OPS_CTOR " " OPS_MUTATION " encode decode ";
    for (int i = 0; i < NVECTORS; i++) {
        char key[64];
        snprintf(key, sizeof key, " %s ", bytes_vectors[i].op);
        if (strstr(all, key) == NULL) {
            printf("  vector %d: op %s is in no group\n", i, bytes_vectors[i].op);
        }
        HS_CHECK(strstr(all, key) != NULL);
    }
    HS_CHECK(NVECTORS > 7000);
}

HS_TEST_MAIN(test_vectors_search, test_vectors_split, test_vectors_join_strip_replace,
             test_vectors_case_and_predicates, test_vectors_padding, test_vectors_translate_hex,
             test_vectors_operators, test_vectors_constructors, test_vectors_mutation,
             test_vectors_encode, test_vectors_decode, test_vectors_all_grouped)
