/* Argument checking with CPython 3.11's messages (CPython: Python/getargs.c:
 * _PyArg_CheckPositional, _PyArg_UnpackKeywords, vgetargs1's count check, _PyArg_BadArgument,
 * and the METH_O / METH_NOARGS checks of Objects/descrobject.c). The wording differs between
 * these families in CPython, and Python users see it, so each is kept as CPython has it.
 * Invariant: every function returns 0, or -1 with exactly one TypeError set. */
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

/* ==== internal API ==== */

int hs_arg_check_positional(const char *name, Hs_ssize_t nargs, Hs_ssize_t min, Hs_ssize_t max) {
    if (nargs >= min && nargs <= max) {
        return 0;
    }
    Hs_ssize_t bound = nargs < min ? min : max;
    const char *how = min == max ? "" : nargs < min ? "at least " : "at most ";
    HsErr_Format(HsExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", name, how, bound,
                 bound == 1 ? "" : "s", nargs);
    return -1;
}

int hs_arg_count_varargs(const char *name, Hs_ssize_t nargs, Hs_ssize_t min, Hs_ssize_t max) {
    if (nargs >= min && nargs <= max) {
        return 0;
    }
    Hs_ssize_t bound = nargs < min ? min : max;
    const char *how = min == max ? "exactly" : nargs < min ? "at least" : "at most";
    HsErr_Format(HsExc_TypeError, "%.150s() takes %s %zd argument%s (%zd given)", name, how,
                 bound, bound == 1 ? "" : "s", nargs);
    return -1;
}

int hs_arg_no_keywords(const char *name, HsObject *kwnames) {
    if (kwnames == NULL || Hs_SIZE(kwnames) == 0) {
        return 0;
    }
    HsErr_Format(HsExc_TypeError, "%.200s() takes no keyword arguments", name);
    return -1;
}

int hs_arg_no_kwargs_dict(const char *name, HsObject *kwargs) {
    if (kwargs == NULL || HsObject_IsTrue(kwargs) == 0) {
        return 0;
    }
    HsErr_Format(HsExc_TypeError, "%.200s() takes no keyword arguments", name);
    return -1;
}

int hs_arg_check_one(const char *qualname, Hs_ssize_t nargs) {
    if (nargs == 1) {
        return 0;
    }
    HsErr_Format(HsExc_TypeError, "%.200s() takes exactly one argument (%zd given)", qualname,
                 nargs);
    return -1;
}

int hs_arg_check_none(const char *qualname, Hs_ssize_t nargs) {
    if (nargs == 0) {
        return 0;
    }
    HsErr_Format(HsExc_TypeError, "%.200s() takes no arguments (%zd given)", qualname, nargs);
    return -1;
}

int hs_arg_bad_argument(const char *fname, int argnum, const char *param, const char *expected,
                        HsObject *arg) {
    const char *got = arg == Hs_None ? "None" : Hs_TYPE(arg)->tp_name;
    if (argnum > 0) {
        HsErr_Format(HsExc_TypeError, "%.200s() argument %d must be %.50s, not %.50s", fname,
                     argnum, expected, got);
    } else {
        HsErr_Format(HsExc_TypeError, "%.200s() argument '%s' must be %.50s, not %.50s", fname,
                     param, expected, got);
    }
    return -1;
}

/* ==== keyword unpacking ==== */

/* Index of the parameter named 'key' among the keyword-capable ones, or -1. */
static int find_keyword(const HsArgParser *p, HsObject *key) {
    for (int i = 0; p->keywords[i] != NULL; i++) {
        if (p->keywords[i][0] != '\0' && hs_str_eq_ascii(key, p->keywords[i])) {
            return i;
        }
    }
    return -1;
}

static int count_params(const HsArgParser *p, int *posonly) {
    int n = 0;
    *posonly = 0;
    while (p->keywords[n] != NULL) {
        if (p->keywords[n][0] == '\0') {
            (*posonly)++;
        }
        n++;
    }
    return n;
}

/* Too many arguments in all, or too many positional ones: CPython's two messages. */
static int check_counts(const HsArgParser *p, Hs_ssize_t nargs, Hs_ssize_t nkw, int maxargs,
                        int minpos, int maxpos) {
    if (nargs + nkw > maxargs) {
        HsErr_Format(HsExc_TypeError, "%.200s() takes at most %d %sargument%s (%zd given)",
                     p->fname, maxargs, nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s",
                     nargs + nkw);
        return -1;
    }
    if (nargs > maxpos) {
        if (maxpos == 0) {
            HsErr_Format(HsExc_TypeError, "%.200s() takes no positional arguments", p->fname);
        } else {
            HsErr_Format(HsExc_TypeError, "%.200s() takes %s %d positional argument%s (%zd given)",
                         p->fname, minpos < maxpos ? "at most" : "exactly", maxpos,
                         maxpos == 1 ? "" : "s", nargs);
        }
        return -1;
    }
    return 0;
}

static int missing_required(const HsArgParser *parser, Hs_ssize_t nargs, int nparams, int posonly,
                            int minpos, int maxpos, int minkw, HsObject **out);

int hs_arg_unpack_keywords(HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames,
                           const HsArgParser *parser, int minpos, int maxpos, int minkw,
                           HsObject **out) {
    int posonly, nparams = count_params(parser, &posonly);
    Hs_ssize_t nkw = kwnames != NULL ? Hs_SIZE(kwnames) : 0;
    if (check_counts(parser, nargs, nkw, nparams, minpos, maxpos) < 0) {
        return -1;
    }
    for (int i = 0; i < nparams; i++) {
        out[i] = i < nargs ? args[i] : NULL;
    }
    Hs_ssize_t bad = -1; // as CPython, a missing argument is reported before a bad keyword
    for (Hs_ssize_t k = 0; k < nkw; k++) {
        int i = find_keyword(parser, HS_TUPLE_GET(kwnames, k));
        if (i < 0 || i < nargs) {
            bad = bad < 0 ? k : bad;
            continue;
        }
        out[i] = args[nargs + k];
    }
    if (missing_required(parser, nargs, nparams, posonly, minpos, maxpos, minkw, out) < 0) {
        return -1;
    }
    if (bad >= 0) {
        HsObject *key = HS_TUPLE_GET(kwnames, bad);
        int i = find_keyword(parser, key);
        if (i < 0) {
            HsErr_Format(HsExc_TypeError, "'%U' is an invalid keyword argument for %.200s()", key,
                         parser->fname);
        } else {
            HsErr_Format(HsExc_TypeError,
                         "argument for %.200s() given by name ('%s') and position (%d)",
                         parser->fname, parser->keywords[i], i + 1);
        }
        return -1;
    }
    return 0;
}

/* The first required parameter with no argument, reported as CPython does: 0 or -1. */
static int missing_required(const HsArgParser *parser, Hs_ssize_t nargs, int nparams, int posonly,
                            int minpos, int maxpos, int minkw, HsObject **out) {
    for (int i = 0; i < minkw && i < nparams; i++) {
        if (out[i] != NULL) {
            continue;
        }
        if (i < posonly || i < minpos) {
            HsErr_Format(HsExc_TypeError, "%.200s() takes %s %d positional argument%s (%zd given)",
                         parser->fname, minpos < maxpos ? "at least" : "exactly", minpos,
                         minpos == 1 ? "" : "s", nargs);
        } else {
            HsErr_Format(HsExc_TypeError, "%.200s() missing required argument '%s' (pos %d)",
                         parser->fname, parser->keywords[i], i + 1);
        }
        return -1;
    }
    return 0;
}
