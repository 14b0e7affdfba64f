/* The str methods against CPython 3.11: every vector in tests/data/strmeth/ (written by
 * tools/gen_strmeth_vectors.py from python3) is called through HsUnicode_Type's method
 * table with the calling convention its entry declares (the descriptor's own checks, "takes
 * no keyword arguments" and the METH_O/NOARGS counts, are done here as the method
 * descriptor will do them), or through the slots for the __x__ pseudo-methods. Results are
 * compared deeply, str by code points and kind; exceptions by type name and message. One
 * PASS/FAIL line per family file, with the first mismatch printed. Under HS_DEBUG_REFS each
 * family runs a second time and the total reference count must not move. */
#include "hs_test.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_strmeth.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_args.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define MAXTOK 4096

/* ==== parsing ==== */

static HsObject *parse_value(char **tok, int ntok, int *i);

static HsObject *parse_str(const char *t) {
    size_t n = strlen(t);
    uint32_t *buf = malloc((n + 1) * sizeof(uint32_t));
    Hs_ssize_t len = 0;
    for (size_t k = 0; k < n; k++) {
        if (t[k] == '\\' && t[k + 1] == '{') {
            char *end;
            buf[len++] = (uint32_t)strtoul(t + k + 2, &end, 16);
            k = (size_t)(end - t);
        } else {
            buf[len++] = (unsigned char)t[k];
        }
    }
    HsObject *s = HsUnicode_FromKindAndData(4, buf, len);
    free(buf);
    return s;
}

static HsObject *power_of_two(int k, int negative) {
    Hs_ssize_t nd = k / HS_INT_SHIFT + 1;
    HsLongObject *v = hs_int_new(nd);
    for (Hs_ssize_t d = 0; d < nd; d++) {
        v->ob_digit[d] = 0;
    }
    v->ob_digit[nd - 1] = 1u << (k % HS_INT_SHIFT);
    if (negative) {
        Hs_SIZE(v) = -nd;
    }
    return hs_int_normalize(v);
}

/* Items up to the closing token 'close', as a tuple or (for "]") a list. */
static HsObject *parse_seq(char **tok, int ntok, int *i, const char *close) {
    HsObject *items[256];
    int n = 0;
    while (*i < ntok && strcmp(tok[*i], close) != 0) {
        items[n++] = parse_value(tok, ntok, i);
    }
    (*i)++;
    int is_list = close[0] == ']';
    HsObject *t = is_list ? HsList_New(n) : HsTuple_New(n);
    for (int k = 0; k < n; k++) {
        if (is_list) {
            HS_LIST_SET(t, k, items[k]);
        } else {
            HS_TUPLE_SET(t, k, items[k]);
        }
    }
    return t;
}

static HsObject *parse_value(char **tok, int ntok, int *i) {
    const char *t = tok[(*i)++];
    switch (t[0]) {
    case '\'':
        return parse_str(t + 1);
    case 'i':
        return HsLong_FromLongLong(strtoll(t + 1, NULL, 10));
    case 'P':
    case 'M':
        return power_of_two(atoi(t + 1), t[0] == 'M');
    case 'N':
        return Hs_NewRef(Hs_None);
    case 'T':
        return Hs_NewRef(Hs_True);
    case 'F':
        return Hs_NewRef(Hs_False);
    case '(':
        return parse_seq(tok, ntok, i, ")");
    case '[':
        return parse_seq(tok, ntok, i, "]");
    case '{': {
        HsObject *d = HsDict_New();
        while (*i < ntok && strcmp(tok[*i], "}") != 0) {
            HsObject *k = parse_value(tok, ntok, i);
            HsObject *v = parse_value(tok, ntok, i);
            HsDict_SetItem(d, k, v);
            Hs_DECREF(k);
            Hs_DECREF(v);
        }
        (*i)++;
        return d;
    }
    default:
        fprintf(stderr, "bad token %s\n", t);
        abort();
    }
}

/* ==== calling ==== */

static const HsMethodDef *find_method(const char *name) {
    for (const HsMethodDef *m = hs_str_methods; m->ml_name != NULL; m++) {
        if (strcmp(m->ml_name, name) == 0) {
            return m;
        }
    }
    return NULL;
}

static HsObject *collect_iter(HsObject *self) {
    HsObject *it = HsObject_GetIter(self);
    if (it == NULL) {
        return NULL;
    }
    HsObject *items[4096];
    int n = 0;
    HsObject *x;
    while ((x = HsIter_Next(it)) != NULL) {
        items[n++] = x;
    }
    Hs_DECREF(it);
    HsObject *t = HsList_New(n); /* the generator writes list(iter(s)) */
    for (int k = 0; k < n; k++) {
        HS_LIST_SET(t, k, items[k]);
    }
    return t;
}

static HsObject *call_slot(const char *name, HsObject *self, HsObject **args) {
    if (strcmp(name, "__repr__") == 0) {
        return HsObject_Repr(self);
    }
    if (strcmp(name, "__ascii__") == 0) {
        return hs_str_ascii(self);
    }
    if (strcmp(name, "__len__") == 0) {
        return HsLong_FromSsize_t(HsObject_Size(self));
    }
    if (strcmp(name, "__getitem__") == 0) {
        return HsObject_GetItem(self, args[0]);
    }
    if (strcmp(name, "__add__") == 0) {
        return Hs_TYPE(self)->tp_as_sequence->sq_concat(self, args[0]);
    }
    if (strcmp(name, "__mul__") == 0) {
        Hs_ssize_t n = HsNumber_AsSsize_t(args[0], HsExc_OverflowError);
        if (n == -1 && HsErr_Occurred()) {
            return NULL;
        }
        return Hs_TYPE(self)->tp_as_sequence->sq_repeat(self, n);
    }
    if (strcmp(name, "__contains__") == 0) {
        int r = HsSequence_Contains(self, args[0]);
        return r < 0 ? NULL : HsBool_FromLong(r);
    }
    return collect_iter(self); /* __iter__ */
}

/* Call method 'name' as a method descriptor would. Return: new reference or NULL. */
static HsObject *call_method(const char *name, HsObject *self, HsObject **args, int nargs,
                             HsObject *kwnames) {
    const HsMethodDef *m = find_method(name);
    if (m == NULL) {
        return call_slot(name, self, args);
    }
    char qual[64];
    snprintf(qual, sizeof qual, "str.%s", name);
    int conv = m->ml_flags & ~(HS_METH_STATIC | HS_METH_CLASS | HS_METH_COEXIST);
    if (!(conv & HS_METH_KEYWORDS) && hs_arg_no_keywords(qual, kwnames) < 0) {
        return NULL;
    }
    if (m->ml_flags & HS_METH_STATIC) {
        self = NULL;
    }
    switch (conv) {
    case HS_METH_NOARGS:
        return hs_arg_check_none(qual, nargs) < 0 ? NULL : m->ml_meth(self, NULL);
    case HS_METH_O:
        return hs_arg_check_one(qual, nargs) < 0 ? NULL : m->ml_meth(self, args[0]);
    case HS_METH_VARARGS: {
        HsObject *t = HsTuple_FromArray(args, nargs);
        HsObject *r = m->ml_meth(self, t);
        Hs_DECREF(t);
        return r;
    }
    case HS_METH_FASTCALL:
        return ((hs_cfunction_fast)(void (*)(void))m->ml_meth)(self, args, nargs);
    case HS_METH_FASTCALL | HS_METH_KEYWORDS:
        return ((hs_cfunction_fast_kw)(void (*)(void))m->ml_meth)(self, args, nargs, kwnames);
    default:
        fprintf(stderr, "unexpected ml_flags for %s\n", name);
        abort();
    }
}

/* ==== comparing ==== */

static int deep_equal(HsObject *want, HsObject *got) {
    if (want == Hs_None || want == Hs_True || want == Hs_False) {
        return want == got;
    }
    if (HsUnicode_Check(want)) {
        return HsUnicode_CheckExact(got) && hs_str_eq(want, got) &&
               HS_STR_IS_ASCII(want) == HS_STR_IS_ASCII(got);
    }
    if (HsLong_Check(want)) {
        return HsLong_CheckExact(got) && hs_int_compare(want, got) == 0;
    }
    if (HsTuple_Check(want) || HsList_Check(want)) {
        int list = HsList_Check(want);
        if ((list ? !HsList_CheckExact(got) : !HsTuple_Check(got)) ||
            Hs_SIZE(got) != Hs_SIZE(want)) {
            return 0;
        }
        for (Hs_ssize_t k = 0; k < Hs_SIZE(want); k++) {
            HsObject *w = list ? HS_LIST_GET(want, k) : HS_TUPLE_GET(want, k);
            HsObject *g = list ? HS_LIST_GET(got, k) : HS_TUPLE_GET(got, k);
            if (!deep_equal(w, g)) {
                return 0;
            }
        }
        return 1;
    }
    if (!HsDict_Check(got) || HsDict_Size(got) != HsDict_Size(want)) {
        return 0;
    }
    Hs_ssize_t pos = 0;
    HsObject *k, *v;
    while (HsDict_Next(want, &pos, &k, &v)) {
        HsObject *g = HsDict_GetItemWithError(got, k);
        if (g == NULL || !deep_equal(v, g)) {
            return 0;
        }
    }
    return 1;
}

static void show(const char *what, HsObject *o) {
    if (o != NULL && !HsUnicode_Check(o) && Hs_TYPE(o)->tp_repr == NULL) {
        HsObject *m = HsObject_Str(o);
        printf("    %s: %s: %s\n", what, Hs_TYPE(o)->tp_name, m ? HsUnicode_AsUTF8(m) : "?");
        Hs_XDECREF(m);
        HsErr_Clear();
        return;
    }
    HsObject *r = o ? HsObject_Repr(o) : NULL;
    const char *u = r ? HsUnicode_AsUTF8(r) : NULL;
    printf("    %s: %s\n", what, u ? u : "(unprintable)");
    HsErr_Clear();
    Hs_XDECREF(r);
}

/* Run one vector line; 1 if it matched. Prints the mismatch when 'report'. */
static int run_line(char *line, int lineno, int report) {
    char *tok[MAXTOK];
    int ntok = 0;
    for (char *save = NULL, *t = strtok_r(line, "\t\n", &save); t != NULL && ntok < MAXTOK;
         t = strtok_r(NULL, "\t\n", &save)) {
        tok[ntok++] = t;
    }
    const char *name = tok[0];
    HsObject *self = strcmp(tok[1], "-") == 0 ? NULL : parse_str(tok[1] + 1);
    HsObject *args[64], *kwn[8];
    int nargs = 0, nkw = 0, i = 2;
    while (strcmp(tok[i], "=") != 0 && strcmp(tok[i], "!") != 0) {
        if (strncmp(tok[i], "k:", 2) == 0) {
            kwn[nkw] = HsUnicode_FromString(tok[i++] + 2);
            args[nargs + nkw++] = parse_value(tok, ntok, &i);
        } else {
            args[nargs++] = parse_value(tok, ntok, &i);
        }
    }
    HsObject *kwnames = nkw ? HsTuple_FromArray(kwn, nkw) : NULL;
    HsObject *got = call_method(name, self, args, nargs, kwnames);
    HsObject *exc = got == NULL ? HsErr_GetRaisedException() : NULL;
    int ok;
    HsObject *want = NULL;
    if (strcmp(tok[i], "=") == 0) {
        i++;
        want = parse_value(tok, ntok, &i);
        ok = got != NULL && deep_equal(want, got);
    } else {
        HsObject *msg = exc ? HsObject_Str(exc) : NULL;
        want = parse_str(tok[i + 2] + 1);
        ok = exc != NULL && strcmp(Hs_TYPE(exc)->tp_name, tok[i + 1]) == 0 && msg != NULL &&
             hs_str_eq(msg, want);
        Hs_XDECREF(msg);
    }
    if (!ok && report) {
        printf("  mismatch at line %d (%s)\n", lineno, name);
        show("want", want);
        show(got ? "got" : "raised", got ? got : exc);
    }
    Hs_XDECREF(want);
    Hs_XDECREF(got);
    Hs_XDECREF(exc);
    Hs_XDECREF(kwnames);
    for (int k = 0; k < nargs + nkw; k++) {
        Hs_DECREF(args[k]);
    }
    for (int k = 0; k < nkw; k++) {
        Hs_DECREF(kwn[k]);
    }
    Hs_XDECREF(self);
    return ok;
}

/* Run every vector of a family file; returns the number of failures, sets *count. */
static int run_file(const char *family, int *count) {
    char path[256];
    snprintf(path, sizeof path, "tests/data/strmeth/%s.txt", family);
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        printf("  cannot open %s\n", path);
        *count = 0;
        return 1;
    }
    char *line = NULL;
    size_t cap = 0;
    int lineno = 0, failures = 0;
    *count = 0;
    while (getline(&line, &cap, f) > 0) {
        lineno++;
        if (line[0] == '#') {
            continue;
        }
        (*count)++;
        if (!run_line(line, lineno, failures == 0)) {
            failures++;
        }
    }
    free(line);
    fclose(f);
    if (failures) {
        printf("  %s: %d of %d vectors failed\n", family, failures, *count);
    }
    return failures;
}

static int run_family(const char *family, int min_count) {
    int count;
    int failures = run_file(family, &count);
    if (failures == 0 && count < min_count) {
        printf("  %s: only %d vectors\n", family, count);
        return 1;
    }
#if HS_DEBUG_REFS
    if (failures == 0) {
        Hs_ssize_t before = hs_ref_total;
        failures = run_file(family, &count);
        if (hs_ref_total != before) {
            printf("  %s: reference total moved by %zd\n", family, hs_ref_total - before);
            return 1;
        }
    }
#endif
    return failures;
}

/* ==== tests ==== */

static void test_search(void) {
    HS_CHECK_EQ(run_family("search", 10000), 0);
}

static void test_startswith(void) {
    HS_CHECK_EQ(run_family("startswith", 5000), 0);
}

static void test_split(void) {
    HS_CHECK_EQ(run_family("split", 5000), 0);
}

static void test_join_replace_partition(void) {
    HS_CHECK_EQ(run_family("join", 5000), 0);
}

static void test_strip_pad(void) {
    HS_CHECK_EQ(run_family("strip", 5000), 0);
}

static void test_case(void) {
    HS_CHECK_EQ(run_family("case", 3000), 0);
}

static void test_predicates(void) {
    HS_CHECK_EQ(run_family("predicates", 10000), 0);
}

static void test_translate(void) {
    HS_CHECK_EQ(run_family("translate", 500), 0);
}

static void test_slots(void) {
    HS_CHECK_EQ(run_family("slots", 3000), 0);
}

HS_TEST_MAIN(test_search, test_startswith, test_split, test_join_replace_partition, test_strip_pad,
             test_case, test_predicates, test_translate, test_slots)
