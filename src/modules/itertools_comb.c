/* itertools' combinatoric iterators (CPython 3.11: Modules/itertoolsmodule.c): product,
 * permutations, combinations, combinations_with_replacement. itertoolsmodule.c builds the
 * module and calls hs_itertools_add_combinatorics.
 * Invariants: 'pools' holds tuples (product: one per factor, repeats included; the others:
 * the single pool); 'indices' and 'cycles' are hs_mem_malloc'ed, freed in comb_dealloc; the
 * first call yields the initial arrangement, each later call advances as CPython does, and
 * 'stopped' is sticky. Slots return a new reference, or NULL (for _next possibly with no
 * exception: the end); arguments are borrowed.
 */
#include "internal/hs_modules.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>

/* ==== product, permutations, combinations, combinations_with_replacement ==== */

typedef struct CombObject {
    HsObject ob_base;
    HsObject *pools;     /* product: tuple of tuples; the others: the pool tuple */
    Hs_ssize_t *indices; /* hs_mem_malloc'ed; permutations: n of them, else r */
    Hs_ssize_t *cycles;  /* permutations only */
    Hs_ssize_t r;        /* result length */
    int first;           /* nothing yielded yet */
    int stopped;
} CombObject;

static int CombObject_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject *pools = ((CombObject *)op)->pools;
    return pools != NULL ? visit(pools, arg) : 0;
}

static int CombObject_clear(HsObject *op) {
    Hs_CLEAR(((CombObject *)op)->pools);
    return 0;
}

static void comb_dealloc(HsObject *op) {
    CombObject *co = (CombObject *)op;
    hs_mem_free(co->indices);
    hs_mem_free(co->cycles);
    hs_itertools_iter_dealloc(op);
}

/* A CombObject of 'type' over 'pools' (stolen) with room for 'nidx' indices (and 'ncyc'
 * cycles) all zero. Return: new reference. */
static HsObject *comb_alloc(HsTypeObject *type, HsObject *pools, Hs_ssize_t r, Hs_ssize_t nidx,
                            Hs_ssize_t ncyc) {
    HsObject *v[1] = {pools};
    CombObject *co = (CombObject *)hs_itertools_alloc_with(type, 1, 1, v);
    if (co == NULL) {
        return NULL;
    }
    co->indices = hs_mem_calloc((size_t)nidx + 1, sizeof(Hs_ssize_t));
    co->cycles = hs_mem_calloc((size_t)ncyc + 1, sizeof(Hs_ssize_t));
    if (co->indices == NULL || co->cycles == NULL) {
        Hs_DECREF(co);
        return HsErr_NoMemory();
    }
    co->r = r;
    co->first = 1;
    return (HsObject *)co;
}

/* The tuple (pool[indices[0]], ..., pool[indices[r-1]]); for product pool i is pools[i].
 * Return: new reference. */
static HsObject *comb_result(CombObject *co, int is_product) {
    HsObject *t = HsTuple_New(co->r);
    if (t == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < co->r; i++) {
        HsObject *pool = is_product ? HS_TUPLE_GET(co->pools, i) : co->pools;
        HS_TUPLE_SET(t, i, Hs_NewRef(HS_TUPLE_GET(pool, co->indices[i])));
    }
    return t;
}

/* Parse (iterable, r) for the combination types; r_required picks combinations' signature
 * over permutations'. Returns 0 with *pool a new tuple and *r, or -1. */
static int comb_args(const char *name, HsObject *args, HsObject *kwds, int r_required,
                     HsObject **pool, Hs_ssize_t *r) {
    static const char *const kw[] = {"iterable", "r", NULL};
    const HsArgParser parser = {name, kw};
    HsObject *a[2] = {NULL, NULL};
    if (hs_num_unpack_new_args(args, kwds, &parser, 0, 2, 0, a) < 0) {
        return -1;
    }
    for (int i = 0; i < 1 + r_required; i++) {
        if (a[i] == NULL) {
            HsErr_Format(HsExc_TypeError, "%s() missing required argument '%s' (pos %d)", name,
                         kw[i], i + 1);
            return -1;
        }
    }
    *pool = HsSequence_Tuple(a[0]);
    if (*pool == NULL) {
        return -1;
    }
    *r = Hs_SIZE(*pool);
    if (a[1] != NULL && (r_required || a[1] != Hs_None)) {
        if (!r_required && !HsLong_Check(a[1])) {
            Hs_CLEAR(*pool);
            HsErr_Format(HsExc_TypeError, "Expected int as r");
            return -1;
        }
        *r = HsNumber_AsSsize_t(a[1], HsExc_OverflowError);
        if (*r == -1 && HsErr_Occurred()) {
            Hs_CLEAR(*pool);
            return -1;
        }
        if (*r < 0) {
            Hs_CLEAR(*pool);
            HsErr_Format(HsExc_ValueError, "r must be non-negative");
            return -1;
        }
    }
    return 0;
}

static HsObject *product_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"repeat", NULL};
    static const HsArgParser parser = {"product", kw};
    HsObject *a[1] = {NULL};
    Hs_ssize_t repeat = 1;
    HsObject *empty = HsTuple_New(0);
    int rc = empty != NULL ? hs_num_unpack_new_args(empty, kwds, &parser, 0, 0, 0, a) : -1;
    Hs_XDECREF(empty);
    if (rc < 0) {
        return NULL;
    }
    if (a[0] != NULL) {
        repeat = HsNumber_AsSsize_t(a[0], HsExc_OverflowError);
        if (repeat == -1 && HsErr_Occurred()) {
            return NULL;
        }
        if (repeat < 0) {
            return HsErr_Format(HsExc_ValueError, "repeat argument cannot be negative");
        }
    }
    Hs_ssize_t nargs = Hs_SIZE(args);
    if (repeat != 0 && nargs > HS_SSIZE_T_MAX / 8 / repeat) {
        return HsErr_Format(HsExc_OverflowError, "repeat argument too large");
    }
    HsObject *pools = HsTuple_New(nargs * repeat);
    for (Hs_ssize_t i = 0; pools != NULL && i < nargs; i++) {
        HsObject *pool = HsSequence_Tuple(HS_TUPLE_GET(args, i));
        if (pool == NULL) {
            Hs_CLEAR(pools);
            break;
        }
        for (Hs_ssize_t j = 0; j < repeat; j++) {
            HS_TUPLE_SET(pools, i + j * nargs, Hs_NewRef(pool));
        }
        Hs_DECREF(pool);
    }
    if (pools == NULL) {
        return NULL;
    }
    return comb_alloc(type, pools, Hs_SIZE(pools), Hs_SIZE(pools), 0);
}

static HsObject *product_next(HsObject *op) {
    CombObject *co = (CombObject *)op;
    if (co->stopped) {
        return NULL;
    }
    if (co->first) {
        co->first = 0;
        for (Hs_ssize_t i = 0; i < co->r; i++) {
            if (Hs_SIZE(HS_TUPLE_GET(co->pools, i)) == 0) {
                co->stopped = 1;
                return NULL;
            }
        }
        return comb_result(co, 1);
    }
    Hs_ssize_t i = co->r - 1;
    for (; i >= 0; i--) {
        if (++co->indices[i] < Hs_SIZE(HS_TUPLE_GET(co->pools, i))) {
            break;
        }
        co->indices[i] = 0;
    }
    if (i < 0) {
        co->stopped = 1;
        return NULL;
    }
    return comb_result(co, 1);
}

static HsObject *combinations_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    HsObject *pool;
    Hs_ssize_t r;
    if (comb_args("combinations", args, kwds, 1, &pool, &r) < 0) {
        return NULL;
    }
    CombObject *co = (CombObject *)comb_alloc(type, pool, r, r, 0);
    for (Hs_ssize_t i = 0; co != NULL && i < r; i++) {
        co->indices[i] = i;
    }
    return (HsObject *)co;
}

static HsObject *combinations_next(HsObject *op) {
    CombObject *co = (CombObject *)op;
    Hs_ssize_t n = Hs_SIZE(co->pools), r = co->r;
    if (co->stopped) {
        return NULL;
    }
    if (co->first) {
        co->first = 0;
        co->stopped = r > n;
        return co->stopped ? NULL : comb_result(co, 0);
    }
    Hs_ssize_t i = r - 1;
    while (i >= 0 && co->indices[i] == i + n - r) {
        i--;
    }
    if (i < 0) {
        co->stopped = 1;
        return NULL;
    }
    co->indices[i]++;
    for (Hs_ssize_t j = i + 1; j < r; j++) {
        co->indices[j] = co->indices[j - 1] + 1;
    }
    return comb_result(co, 0);
}

static HsObject *cwr_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    HsObject *pool;
    Hs_ssize_t r;
    if (comb_args("combinations_with_replacement", args, kwds, 1, &pool, &r) < 0) {
        return NULL;
    }
    return comb_alloc(type, pool, r, r, 0);
}

static HsObject *cwr_next(HsObject *op) {
    CombObject *co = (CombObject *)op;
    Hs_ssize_t n = Hs_SIZE(co->pools), r = co->r;
    if (co->stopped) {
        return NULL;
    }
    if (co->first) {
        co->first = 0;
        co->stopped = n == 0 && r > 0;
        return co->stopped ? NULL : comb_result(co, 0);
    }
    Hs_ssize_t i = r - 1;
    while (i >= 0 && co->indices[i] == n - 1) {
        i--;
    }
    if (i < 0) {
        co->stopped = 1;
        return NULL;
    }
    Hs_ssize_t index = co->indices[i] + 1;
    for (Hs_ssize_t j = i; j < r; j++) {
        co->indices[j] = index;
    }
    return comb_result(co, 0);
}

static HsObject *permutations_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    HsObject *pool;
    Hs_ssize_t r;
    if (comb_args("permutations", args, kwds, 0, &pool, &r) < 0) {
        return NULL;
    }
    Hs_ssize_t n = Hs_SIZE(pool);
    CombObject *co = (CombObject *)comb_alloc(type, pool, r, n, r);
    for (Hs_ssize_t i = 0; co != NULL && i < n; i++) {
        co->indices[i] = i;
    }
    for (Hs_ssize_t i = 0; co != NULL && i < r; i++) {
        co->cycles[i] = n - i;
    }
    return (HsObject *)co;
}

static HsObject *permutations_next(HsObject *op) {
    CombObject *co = (CombObject *)op;
    Hs_ssize_t n = Hs_SIZE(co->pools), r = co->r;
    if (co->stopped) {
        return NULL;
    }
    if (co->first) {
        co->first = 0;
        co->stopped = r > n;
        return co->stopped ? NULL : comb_result(co, 0);
    }
    for (Hs_ssize_t i = r - 1; n > 0 && i >= 0; i--) {
        if (--co->cycles[i] == 0) {
            Hs_ssize_t index = co->indices[i];
            for (Hs_ssize_t j = i; j < n - 1; j++) {
                co->indices[j] = co->indices[j + 1];
            }
            co->indices[n - 1] = index;
            co->cycles[i] = n - i;
        } else {
            Hs_ssize_t j = co->cycles[i], tmp = co->indices[i];
            co->indices[i] = co->indices[n - j];
            co->indices[n - j] = tmp;
            return comb_result(co, 0);
        }
    }
    co->stopped = 1;
    return NULL;
}

/* The four types share CombObject's layout and slots but for new/next. */
#define COMB_TYPE(var, name, newf, nextf, doc)                                                 \
    static HsTypeObject var = {                                                                \
        .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),                                     \
        .tp_name = "itertools." name,                                                          \
        .tp_basicsize = sizeof(CombObject),                                                    \
        .tp_dealloc = comb_dealloc,                                                            \
        .tp_getattro = HsObject_GenericGetAttr,                                                \
        .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,                                  \
        .tp_doc = doc,                                                                         \
        .tp_traverse = CombObject_traverse,                                                    \
        .tp_clear = CombObject_clear,                                                          \
        .tp_iter = hs_itertools_iter_self,                                                     \
        .tp_iternext = nextf,                                                                  \
        .tp_alloc = HsType_GenericAlloc,                                                       \
        .tp_new = newf,                                                                        \
    }
COMB_TYPE(ProductObject_type, "product", product_new, product_next,
          "Cartesian product of input iterables.  Equivalent to nested for-loops.");
COMB_TYPE(CombinationsObject_type, "combinations", combinations_new, combinations_next,
          "Return successive r-length combinations of elements in the iterable.");
COMB_TYPE(CwrObject_type, "combinations_with_replacement", cwr_new, cwr_next,
          "Return successive r-length combinations of elements in the iterable allowing "
          "individual elements to have successive repeats.");
COMB_TYPE(PermutationsObject_type, "permutations", permutations_new, permutations_next,
          "Return successive r-length permutations of elements in the iterable.");

/* ==== registration ==== */

int hs_itertools_add_combinatorics(HsObject *m) {
    HsTypeObject *types[] = {&ProductObject_type, &PermutationsObject_type,
                             &CombinationsObject_type, &CwrObject_type};
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        if (HsType_Ready(types[i]) < 0 ||
            HsModule_AddObjectRef(m, types[i]->tp_name + sizeof("itertools.") - 1,
                                  (HsObject *)types[i]) < 0) {
            return -1;
        }
    }
    return 0;
}
