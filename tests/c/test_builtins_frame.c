/* The builtins that read the running frame (globals, locals, vars(), dir()) on frames built by
 * hand: a module-level frame (namespace dict) and a function frame (fast locals, an unbound
 * local, a cell); and, under BUILD=debug, that a batch of builtin calls leaves the total
 * reference count where it was (no leaks on success or error paths). */
#include "test_builtins_support.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_func.h"

#include <stdlib.h>

static Hs_ssize_t refs(void) {
#if HS_DEBUG_REFS
    return hs_ref_total;
#else
    return 0;
#endif
}

/* A code object for a function with locals a, b and cell c ('function' set), or for a
 * module body without fast locals. Return: new reference. */
static HsObject *make_code(int function) {
    static const hs_codeunit code[] = {0};
    static const uint8_t kinds[] = {HS_CO_FAST_LOCAL, HS_CO_FAST_LOCAL, HS_CO_FAST_CELL};
    HsObject *consts = T(0), *names = T(0);
    HsObject *lpn = function ? T(3, S("a"), S("b"), S("c")) : T(0);
    HsObject *fname = S("<test>"), *name = S("f");
    HsCodeSpec spec = {0};
    spec.code = code;
    spec.ncode = 1;
    spec.consts = consts;
    spec.names = names;
    spec.localsplusnames = lpn;
    spec.localspluskinds = kinds;
    spec.filename = fname;
    spec.name = spec.qualname = name;
    spec.stacksize = 1;
    spec.firstlineno = 1;
    spec.flags = function ? HS_CO_OPTIMIZED : 0;
    HsObject *co = hs_code_new(&spec);
    Hs_DECREF(consts);
    Hs_DECREF(names);
    Hs_DECREF(lpn);
    Hs_DECREF(fname);
    Hs_DECREF(name);
    return co;
}

static void test_no_frame(void) {
    tb_init();
    HS_CHECK(hs_vm_tstate()->frame == NULL);
    CHECK_REPR(B("globals", 0), "None");
    CHECK_RAISES(B("locals", 0), SystemError, "frame does not exist");
    CHECK_RAISES(B("globals", 1, I(1)), TypeError, "globals() takes no arguments (1 given)");
}

static void test_module_frame(void) {
    tb_init();
    HsObject *globals = HsDict_New();
    HsDict_SetItemString(globals, "zeta", I(1));
    HsDict_SetItemString(globals, "alpha", I(2));
    HsFrame *f = calloc(1, sizeof(HsFrame));
    HsCodeObject *co = (HsCodeObject *)make_code(0);
    f->f_code = co;
    f->f_globals = globals;
    f->f_locals = globals;
    HsThreadState *ts = hs_vm_tstate();
    ts->frame = f;
    HsObject *g = B("globals", 0), *l = B("locals", 0), *v = B("vars", 0);
    HsObject *d = B("dir", 0);
    ts->frame = NULL;
    HS_CHECK(g == globals && l == globals && v == globals);
    CHECK_REPR(d, "['alpha', 'zeta']");
    Hs_DECREF(g);
    Hs_DECREF(l);
    Hs_DECREF(v);
    free(f);
    Hs_DECREF(globals);
    Hs_DECREF(co);
}

static void test_function_frame(void) {
    tb_init();
    HsCodeObject *co = (HsCodeObject *)make_code(1);
    HS_CHECK(co != NULL && co->co_nlocalsplus == 3);
    HsFrame *f = calloc(1, sizeof(HsFrame) + 4 * sizeof(HsObject *));
    HsObject *globals = HsDict_New();
    f->f_globals = globals;
    f->f_code = co;
    f->localsplus[0] = I(10);
    f->localsplus[1] = NULL; /* b is unbound: left out */
    f->localsplus[2] = HsCell_New(S("c-value"));
    HsThreadState *ts = hs_vm_tstate();
    ts->frame = f;
    HsObject *l = B("locals", 0), *d = B("dir", 0), *g = B("globals", 0);
    CHECK_REPR(l, "{'a': 10, 'c': 'c-value'}");
    CHECK_REPR(d, "['a', 'c']");
    HS_CHECK(g == globals);
    /* As CPython 3.11: one dict per frame, refreshed by each locals() call. */
    Hs_SETREF(f->localsplus[0], NULL);
    HsObject *l2 = B("locals", 0);
    ts->frame = NULL;
    HS_CHECK(l2 == l && l == f->f_locals);
    CHECK_REPR(l2, "{'c': 'c-value'}");
    Hs_DECREF(f->f_locals);
    Hs_DECREF(g);
    HsObject *cell_value = ((HsCellObject *)f->localsplus[2])->ob_ref;
    Hs_DECREF(f->localsplus[2]);
    (void)cell_value;
    free(f);
    Hs_DECREF(globals);
    Hs_DECREF(co);
}

/* Drop a call's result and any exception it raised. */
static void drop(HsObject *r) {
    Hs_XDECREF(r);
    HsErr_Clear();
}

/* Run a batch of successful and failing calls. */
static void leak_batch(void) {
    HsObject *absf = HsObject_GetAttrString(tb_builtins, "abs");
    drop(B("abs", 1, I(-5)));
    drop(B("ascii", 1, S("é")));
    drop(B("bin", 1, I(5)));
    drop(B("chr", 1, I(955)));
    drop(B("ord", 1, S("x")));
    drop(B("divmod", 2, I(7), I(2)));
    drop(B("format", 2, F(1.5), S(".3f")));
    drop(B("format", 2, S("ab"), S(">4")));
    drop(B("getattr", 3, I(1), S("nope"), I(0)));
    drop(B("hasattr", 2, I(1), S("real")));
    drop(B("isinstance", 2, I(1), T(1, Hs_NewRef((HsObject *)&HsLong_Type))));
    drop(BK("max", 1, 1, "key", L(3, I(1), I(-3), I(2)), Hs_NewRef(absf)));
    drop(BK("min", 1, 1, "default", L(0), I(0)));
    drop(B("sum", 1, L(3, I(1), F(0.5), I(2))));
    drop(B("sum", 2, L(2, L(1, I(1)), L(0)), L(0)));
    drop(B("sorted", 1, S("bca")));
    drop(B("round", 2, F(2.675), I(2)));
    drop(B("pow", 3, I(3), I(4), I(5)));
    drop(B("dir", 1, I(1)));
    drop(B("repr", 1, L(1, S("x"))));
    drop(B("hash", 1, S("abc")));
    drop(B("len", 1, I(1)));
    drop(B("max", 1, L(0)));
    drop(B("sum", 2, L(0), S("")));
    drop(B("ord", 1, S("ab")));
    drop(B("next", 1, B("iter", 1, L(0))));
    drop(B("isinstance", 2, I(1), I(1)));
    drop(B("list", 1, B("enumerate", 2, S("ab"), I(3))));
    drop(B("list", 1, B("zip", 2, S("ab"), L(1, I(1)))));
    drop(B("list", 1, BK("zip", 2, 1, "strict", S("ab"), L(1, I(1)), HsBool_FromLong(1))));
    drop(B("list", 1, B("map", 2, Hs_NewRef(absf), L(2, I(-1), I(2)))));
    drop(B("list", 1, B("filter", 2, Hs_NewRef(Hs_None), L(2, I(0), I(2)))));
    drop(B("list", 1, B("reversed", 1, T(2, I(1), I(2)))));
    drop(SYS("getsizeof", 1, L(0)));
    drop(SYS("exit", 1, I(3)));
    drop(SYS("intern", 1, S("leak_batch")));
    HsErr_Clear();
    Hs_DECREF(absf);
}

static void test_no_leaks(void) {
    tb_init();
    leak_batch(); /* warm up caches (interned names, free lists) */
    HsErr_Clear();
    Hs_ssize_t before = refs();
    leak_batch();
    leak_batch();
    HS_CHECK_EQ(refs(), before);
}

HS_TEST_MAIN(test_no_frame, test_module_frame, test_function_frame, test_no_leaks)
