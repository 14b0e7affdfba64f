/* The Python-level `gc` module (CPython 3.11: the module half of Modules/gcmodule.c) over
 * the collector of src/gc: collect, enable/disable/isenabled, counts and thresholds, debug
 * flags (DEBUG_SAVEALL is honoured by the collector; DEBUG_STATS is printed here from the
 * start/stop hook), get_objects/get_referrers/get_referents, is_tracked/is_finalized,
 * freeze/unfreeze/get_freeze_count, get_stats, and the `garbage` and `callbacks` lists.
 * DEBUG_COLLECTABLE/DEBUG_UNCOLLECTABLE lines come from the collector's debug-cycle hook.
 * Invariants: 'gc_garbage' and 'gc_callbacks' are made once and live for the process, as
 * CPython's gcstate->garbage/callbacks: re-importing gc gives the same lists, and rebinding
 * gc.garbage does not change where the collector puts garbage. Once the module exists, the
 * collector's garbage sink appends to 'gc_garbage' and its hook runs 'gc_callbacks'.
 * Every gc_* function: arguments borrowed; Return: new reference, or NULL with an exception.
 */
#include "internal/hs_modules.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_vm.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <limits.h>
#include <stdio.h>

/* ==== state ==== */

static HsObject *gc_garbage;   /* list, owned until finalization */
static HsObject *gc_callbacks; /* list, owned until finalization */

/* ==== static helpers: argument conversion ==== */

/* A C int from 'arg' via __index__, as Argument Clinic's `int` converter (_PyLong_AsInt).
 * Returns 0 with *out set, or -1 with an exception. */
static int as_c_int(HsObject *arg, int *out) {
    HsObject *idx = HsNumber_Index(arg);
    if (idx == NULL) {
        return -1;
    }
    int overflow = 0;
    long long v = hs_int_as_longlong_and_overflow(idx, &overflow);
    Hs_DECREF(idx);
    if (v == -1 && HsErr_Occurred()) {
        return -1;
    }
    if (overflow || v > INT_MAX || v < INT_MIN) {
        HsErr_Format(HsExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* A C int as PyArg_ParseTuple's "i" format (its own overflow messages). */
static int as_c_int_format_i(HsObject *arg, int *out) {
    HsObject *idx = HsNumber_Index(arg);
    if (idx == NULL) {
        return -1;
    }
    int overflow = 0;
    long long v = hs_int_as_longlong_and_overflow(idx, &overflow);
    Hs_DECREF(idx);
    if (v == -1 && HsErr_Occurred()) {
        return -1;
    }
    if (overflow) {
        HsErr_Format(HsExc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    if (v > INT_MAX) {
        HsErr_Format(HsExc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    if (v < INT_MIN) {
        HsErr_Format(HsExc_OverflowError, "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* ==== static helpers: the collector's hooks ==== */

/* sys.stderr.write(text); errors are dropped (as PySys_WriteStderr). */
static void write_stderr(const char *text) {
    HsObject *exc = HsErr_GetRaisedException();
    HsObject *err = hs_sys_get_object("stderr");
    HsObject *s = HsUnicode_FromString(text);
    HsObject *name = hs_builtins_name("write");
    if (err != NULL && err != Hs_None && s != NULL && name != NULL) {
        HsObject *r = HsObject_CallMethodOneArg(err, name, s);
        Hs_XDECREF(r);
    }
    Hs_XDECREF(s);
    HsErr_Clear();
    HsErr_SetRaisedException(exc);
}

/* "gc: collectable <A 0x7f...>" on sys.stderr (CPython: debug_cycle). */
static void debug_cycle(const char *msg, HsObject *op) {
    char buf[200];
    snprintf(buf, sizeof buf, "gc: %s <%s %p>\n", msg, Hs_TYPE(op)->tp_name, (void *)op);
    write_stderr(buf);
}

/* The garbage sink: append 'op' to gc.garbage. Returns 0 or -1 (no memory). */
static int garbage_sink(HsObject *op, void *arg) {
    (void)arg;
    if (gc_garbage == NULL || HsList_Append(gc_garbage, op) < 0) { // NULL: after finalization
        HsErr_Clear();
        return -1;
    }
    return 0;
}

static int count_object(HsObject *op, void *arg) {
    (void)op;
    (*(Hs_ssize_t *)arg)++;
    return 0;
}

static Hs_ssize_t generation_size(int gen) {
    Hs_ssize_t n = 0;
    (void)hs_gc_foreach(gen, count_object, &n);
    return n;
}

/* DEBUG_STATS lines, CPython's wording (gc_collect_main). */
static void print_stats(int phase, const HsGCCollectionInfo *info) {
    char buf[160];
    if (phase == HS_GC_PHASE_START) {
        snprintf(buf, sizeof buf, "gc: collecting generation %d...\n", info->generation);
        write_stderr(buf);
        snprintf(buf, sizeof buf, "gc: objects in each generation: %zd %zd %zd\n",
                 generation_size(0), generation_size(1), generation_size(2));
        write_stderr(buf);
        snprintf(buf, sizeof buf, "gc: objects in permanent generation: %zd\n",
                 hs_gc_get_freeze_count());
        write_stderr(buf);
    } else {
        snprintf(buf, sizeof buf, "gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n",
                 info->collected + info->uncollectable, info->uncollectable,
                 (double)info->pause_ns / 1e9);
        write_stderr(buf);
    }
}

/* Report an exception raised by callback 'cb' and clear it (as PyErr_WriteUnraisable:
 * an exception without a traceback gets the current frame's line). */
static void report_unraisable(HsObject *cb) {
    HsObject *exc = HsErr_GetRaisedException();
    HsFrame *frame = hs_vm_tstate()->frame;
    if (exc != NULL && ((HsBaseExceptionObject *)exc)->traceback == NULL && frame != NULL) {
        HsErr_SetRaisedException(exc);
        (void)hs_vm_traceback_here(frame);
        exc = HsErr_GetRaisedException();
    }
    HsObject *r = HsObject_Repr(cb);
    HsErr_Clear();
    write_stderr("Exception ignored in: ");
    write_stderr(r != NULL && HsUnicode_Check(r) ? HsUnicode_AsUTF8(r) : "<object>");
    write_stderr("\n");
    Hs_XDECREF(r);
    HsErr_Clear();
    HsErr_SetRaisedException(exc);
    HsErr_Print();
}

/* Call each of gc.callbacks with (phase, info). CPython: invoke_gc_callback. */
static void invoke_callbacks(const char *phase, const HsGCCollectionInfo *info) {
    if (gc_callbacks == NULL || Hs_SIZE(gc_callbacks) == 0) { // NULL: after finalization
        return;
    }
    HsObject *saved = HsErr_GetRaisedException();
    HsObject *d = HsDict_New();
    HsObject *g = HsLong_FromLong(info->generation);
    HsObject *c = HsLong_FromSsize_t(info->collected);
    HsObject *u = HsLong_FromSsize_t(info->uncollectable);
    HsObject *ph = HsUnicode_FromString(phase);
    int ok = d != NULL && g != NULL && c != NULL && u != NULL && ph != NULL &&
             HsDict_SetItemString(d, "generation", g) == 0 &&
             HsDict_SetItemString(d, "collected", c) == 0 &&
             HsDict_SetItemString(d, "uncollectable", u) == 0;
    Hs_XDECREF(g);
    Hs_XDECREF(c);
    Hs_XDECREF(u);
    if (!ok) {
        HsErr_Clear();
    }
    for (Hs_ssize_t i = 0; ok && i < Hs_SIZE(gc_callbacks); i++) {
        HsObject *cb = Hs_NewRef(HS_LIST_GET(gc_callbacks, i));
        HsObject *args[2] = {ph, d};
        HsObject *r = HsObject_Vectorcall(cb, args, 2, NULL);
        if (r == NULL) {
            report_unraisable(cb);
        }
        Hs_XDECREF(r);
        Hs_DECREF(cb);
    }
    Hs_XDECREF(ph);
    Hs_XDECREF(d);
    HsErr_SetRaisedException(saved);
}

/* The collector's start/stop hook: callbacks first at the start, last at the stop, with
 * the DEBUG_STATS lines between (CPython's order). */
static void collection_hook(int phase, const HsGCCollectionInfo *info, void *arg) {
    (void)arg;
    if (phase == HS_GC_PHASE_START) {
        invoke_callbacks("start", info);
    }
    if (hs_gc_get_debug() & HS_GC_DEBUG_STATS) {
        print_stats(phase, info);
    }
    if (phase == HS_GC_PHASE_STOP) {
        invoke_callbacks("stop", info);
    }
}

/* ==== functions: collecting and settings ==== */

/* collect(generation=2): the number of unreachable objects found. */
static HsObject *gc_collect(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                            HsObject *kwnames) {
    (void)self;
    static const char *const kw[] = {"generation", NULL};
    static const HsArgParser parser = {"collect", kw};
    HsObject *a[1];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 1, 0, a) < 0) {
        return NULL;
    }
    int gen = HS_GC_NUM_GENERATIONS - 1;
    if (a[0] != NULL && as_c_int(a[0], &gen) < 0) {
        return NULL;
    }
    if (gen < 0 || gen >= HS_GC_NUM_GENERATIONS) {
        return HsErr_Format(HsExc_ValueError, "invalid generation");
    }
    return HsLong_FromSsize_t(hs_gc_collect(gen));
}

static HsObject *gc_enable(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    (void)hs_gc_enable(1);
    Hs_RETURN_NONE;
}

static HsObject *gc_disable(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    (void)hs_gc_enable(0);
    Hs_RETURN_NONE;
}

static HsObject *gc_isenabled(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsBool_FromLong(hs_gc_is_enabled());
}

static HsObject *gc_get_count(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    HsObject *v[HS_GC_NUM_GENERATIONS];
    for (int i = 0; i < HS_GC_NUM_GENERATIONS; i++) {
        v[i] = HsLong_FromLong(hs_gc_get_count(i));
    }
    HsObject *t = NULL;
    if (v[0] != NULL && v[1] != NULL && v[2] != NULL) {
        t = HsTuple_Pack(3, v[0], v[1], v[2]);
    }
    for (int i = 0; i < HS_GC_NUM_GENERATIONS; i++) {
        Hs_XDECREF(v[i]);
    }
    return t;
}

static HsObject *gc_get_threshold(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    HsObject *v[HS_GC_NUM_GENERATIONS];
    for (int i = 0; i < HS_GC_NUM_GENERATIONS; i++) {
        v[i] = HsLong_FromLong(hs_gc_get_threshold(i));
    }
    HsObject *t = NULL;
    if (v[0] != NULL && v[1] != NULL && v[2] != NULL) {
        t = HsTuple_Pack(3, v[0], v[1], v[2]);
    }
    for (int i = 0; i < HS_GC_NUM_GENERATIONS; i++) {
        Hs_XDECREF(v[i]);
    }
    return t;
}

/* set_threshold(threshold0[, threshold1[, threshold2]]): "i|ii"; as CPython, the
 * thresholds before a bad argument are already set. */
static HsObject *gc_set_threshold(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                  HsObject *kwnames) {
    (void)self;
    if (hs_arg_no_keywords("set_threshold", kwnames) < 0 ||
        hs_arg_count_varargs("set_threshold", nargs, 1, 3) < 0) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < nargs; i++) {
        int t;
        if (as_c_int_format_i(args[i], &t) < 0) {
            return NULL;
        }
        hs_gc_set_threshold((int)i, t);
    }
    Hs_RETURN_NONE;
}

static HsObject *gc_set_debug(HsObject *self, HsObject *arg) {
    (void)self;
    int flags;
    if (as_c_int(arg, &flags) < 0) {
        return NULL;
    }
    hs_gc_set_debug(flags);
    Hs_RETURN_NONE;
}

static HsObject *gc_get_debug(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsLong_FromLong(hs_gc_get_debug());
}

/* get_stats(): one dict per generation. */
static HsObject *gc_get_stats(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    HsObject *result = HsList_New(0);
    for (int i = 0; result != NULL && i < HS_GC_NUM_GENERATIONS; i++) {
        HsGCGenStats st;
        hs_gc_get_stats(i, &st);
        HsObject *d = HsDict_New();
        HsObject *a = HsLong_FromSsize_t(st.collections);
        HsObject *b = HsLong_FromSsize_t(st.collected);
        HsObject *c = HsLong_FromSsize_t(st.uncollectable);
        int ok = d != NULL && a != NULL && b != NULL && c != NULL &&
                 HsDict_SetItemString(d, "collections", a) == 0 &&
                 HsDict_SetItemString(d, "collected", b) == 0 &&
                 HsDict_SetItemString(d, "uncollectable", c) == 0 && HsList_Append(result, d) == 0;
        Hs_XDECREF(a);
        Hs_XDECREF(b);
        Hs_XDECREF(c);
        Hs_XDECREF(d);
        if (!ok) {
            Hs_CLEAR(result);
        }
    }
    return result;
}

/* ==== functions: looking at objects ==== */

static HsObject *gc_is_tracked(HsObject *self, HsObject *obj) {
    (void)self;
    return HsBool_FromLong(HsObject_IS_GC(obj) && hs_gc_is_tracked(obj));
}

static HsObject *gc_is_finalized(HsObject *self, HsObject *obj) {
    (void)self;
    return HsBool_FromLong(HsObject_IS_GC(obj) && hs_gc_is_finalized(obj));
}

typedef struct ListScan {
    HsObject *result; /* the list being built (skipped when met) */
    HsObject *objs;   /* get_referrers: the argument tuple */
} ListScan;

static int append_object(HsObject *op, void *arg) {
    ListScan *scan = arg;
    if (op == scan->result) {
        return 0;
    }
    return HsList_Append(scan->result, op) < 0 ? -1 : 0;
}

/* The generation argument of get_objects: Py_ssize_t accepting int or None (None: -1).
 * CPython: _Py_convert_optional_to_ssize_t. Returns 0 or -1. */
static int optional_generation(HsObject *arg, Hs_ssize_t *out) {
    *out = -1;
    if (arg == NULL || arg == Hs_None) {
        return 0;
    }
    HsNumberMethods *nb = Hs_TYPE(arg)->tp_as_number;
    if (nb == NULL || nb->nb_index == NULL) {
        HsErr_Format(HsExc_TypeError, "argument should be integer or None, not '%.200s'",
                     Hs_TYPE(arg)->tp_name);
        return -1;
    }
    Hs_ssize_t v = HsNumber_AsSsize_t(arg, HsExc_OverflowError);
    if (v == -1 && HsErr_Occurred()) {
        return -1;
    }
    *out = v;
    return 0;
}

/* get_objects(generation=None): the tracked objects (of one generation, or all). */
static HsObject *gc_get_objects(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                HsObject *kwnames) {
    (void)self;
    static const char *const kw[] = {"generation", NULL};
    static const HsArgParser parser = {"get_objects", kw};
    HsObject *a[1];
    Hs_ssize_t gen;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 0, 1, 0, a) < 0 ||
        optional_generation(a[0], &gen) < 0) {
        return NULL;
    }
    if (gen >= HS_GC_NUM_GENERATIONS) {
        return HsErr_Format(HsExc_ValueError,
                            "generation parameter must be less than the number of available "
                            "generations (%i)",
                            HS_GC_NUM_GENERATIONS);
    }
    if (gen != -1 && gen < 0) {
        return HsErr_Format(HsExc_ValueError, "generation parameter cannot be negative");
    }
    ListScan scan = {HsList_New(0), NULL};
    if (scan.result == NULL) {
        return NULL;
    }
    if (hs_gc_foreach((int)gen, append_object, &scan) != 0) {
        Hs_DECREF(scan.result);
        return NULL;
    }
    return scan.result;
}

/* Traverse visitor: 1 (stop, a match) when 'op' is one of the objects in the tuple 'objs'. */
static int visit_is_arg(HsObject *op, void *objs) {
    Hs_ssize_t left = Hs_SIZE(objs);
    while (left > 0) {
        left--;
        if (op == HS_TUPLE_GET(objs, left)) {
            return 1;
        }
    }
    return 0;
}

static int append_referrer(HsObject *op, void *arg) {
    ListScan *scan = arg;
    if (op == scan->objs || op == scan->result) {
        return 0;
    }
    if (Hs_TYPE(op)->tp_traverse(op, visit_is_arg, scan->objs)) {
        return HsList_Append(scan->result, op) < 0 ? -1 : 0;
    }
    return 0;
}

/* get_referrers(*objs): the tracked objects whose tp_traverse visits any of objs.
 * METH_VARARGS in CPython; taken as FASTCALL here so the keyword error names the function
 * as CPython's cfunction_call does ("get_referrers() takes no keyword arguments"). */
static HsObject *gc_get_referrers(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                  HsObject *kwnames) {
    (void)self;
    if (hs_arg_no_keywords("get_referrers", kwnames) < 0) {
        return NULL;
    }
    HsObject *objs = HsTuple_FromArray(args, nargs);
    if (objs == NULL) {
        return NULL;
    }
    ListScan scan = {HsList_New(0), objs};
    if (scan.result != NULL && hs_gc_foreach(-1, append_referrer, &scan) != 0) {
        Hs_CLEAR(scan.result);
    }
    Hs_DECREF(objs);
    return scan.result;
}

static int visit_append(HsObject *op, void *result) {
    return HsList_Append(result, op) < 0 ? -1 : 0;
}

/* get_referents(*objs): what tp_traverse of each GC object among objs visits (FASTCALL
 * for the same reason as get_referrers). */
static HsObject *gc_get_referents(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                  HsObject *kwnames) {
    (void)self;
    if (hs_arg_no_keywords("get_referents", kwnames) < 0) {
        return NULL;
    }
    HsObject *result = HsList_New(0);
    if (result == NULL) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < nargs; i++) {
        HsObject *obj = args[i];
        if (!HsObject_IS_GC(obj) || Hs_TYPE(obj)->tp_traverse == NULL) {
            continue;
        }
        if (Hs_TYPE(obj)->tp_traverse(obj, visit_append, result) != 0) {
            Hs_DECREF(result);
            return NULL;
        }
    }
    return result;
}

/* ==== functions: freeze ==== */

static HsObject *gc_freeze(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    hs_gc_freeze();
    Hs_RETURN_NONE;
}

static HsObject *gc_unfreeze(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    hs_gc_unfreeze();
    Hs_RETURN_NONE;
}

static HsObject *gc_get_freeze_count(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsLong_FromSsize_t(hs_gc_get_freeze_count());
}

/* ==== the module ==== */

static HsMethodDef gc_methods[] = {
    {"enable", HS_CFUNC(gc_enable), HS_METH_NOARGS, "Enable automatic garbage collection."},
    {"disable", HS_CFUNC(gc_disable), HS_METH_NOARGS, "Disable automatic garbage collection."},
    {"isenabled", HS_CFUNC(gc_isenabled), HS_METH_NOARGS,
     "Returns true if automatic garbage collection is enabled."},
    {"set_debug", HS_CFUNC(gc_set_debug), HS_METH_O, "Set the garbage collection debugging flags."},
    {"get_debug", HS_CFUNC(gc_get_debug), HS_METH_NOARGS,
     "Get the garbage collection debugging flags."},
    {"get_count", HS_CFUNC(gc_get_count), HS_METH_NOARGS,
     "Return a three-tuple of the current collection counts."},
    {"set_threshold", HS_CFUNC(gc_set_threshold), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Sets the collection thresholds.  Setting threshold0 to zero disables collection."},
    {"get_threshold", HS_CFUNC(gc_get_threshold), HS_METH_NOARGS,
     "Return the current collection thresholds."},
    {"collect", HS_CFUNC(gc_collect), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Run the garbage collector."},
    {"get_objects", HS_CFUNC(gc_get_objects), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_stats", HS_CFUNC(gc_get_stats), HS_METH_NOARGS,
     "Return a list of dictionaries containing per-generation statistics."},
    {"is_tracked", HS_CFUNC(gc_is_tracked), HS_METH_O,
     "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", HS_CFUNC(gc_is_finalized), HS_METH_O,
     "Returns true if the object has been already finalized by the GC."},
    {"get_referrers", HS_CFUNC(gc_get_referrers), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Return the list of objects that directly refer to any of objs."},
    {"get_referents", HS_CFUNC(gc_get_referents), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Return the list of objects that are directly referred to by objs."},
    {"freeze", HS_CFUNC(gc_freeze), HS_METH_NOARGS,
     "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", HS_CFUNC(gc_unfreeze), HS_METH_NOARGS,
     "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", HS_CFUNC(gc_get_freeze_count), HS_METH_NOARGS,
     "Return the number of objects in the permanent generation."},
    {NULL, NULL, 0, NULL},
};

/* Our own wording (CPython's gc.__doc__ is a different text; no test compares it). */
static const char gc_doc[] =
    "Control of the cycle collector, which finds groups of objects that only reference\n"
    "each other and frees them (reference counting alone never reclaims such groups).\n"
    "\n"
    "Switching it on and off: enable(), disable(), isenabled().\n"
    "Running it: collect([generation]) runs a collection now and returns the number of\n"
    "unreachable objects it found.\n"
    "Scheduling: get_count() and get_threshold() / set_threshold() for the per-generation\n"
    "allocation counters and limits that start automatic collections; get_stats() for\n"
    "what each generation's collections did so far.\n"
    "Debugging: set_debug() / get_debug() with the DEBUG_* flags; gc.garbage holds what\n"
    "could not be freed, gc.callbacks is called around each collection.\n"
    "Looking at objects: get_objects([generation]), is_tracked(), is_finalized(),\n"
    "get_referrers(*objs), get_referents(*objs).\n"
    "Long-lived data: freeze() moves every tracked object to a permanent generation that\n"
    "is never collected, unfreeze() puts them back, get_freeze_count() counts them.\n";

/* Make the process-wide garbage/callbacks lists once, moving what the collector kept on its
 * internal list into gc.garbage, and install the sink and hook. Returns 0 or -1. */
static int gc_state_init(void) {
    if (gc_garbage != NULL) {
        return 0;
    }
    HsObject *garbage = HsList_New(0);
    HsObject *callbacks = HsList_New(0);
    if (garbage == NULL || callbacks == NULL) {
        Hs_XDECREF(garbage);
        Hs_XDECREF(callbacks);
        return -1;
    }
    for (Hs_ssize_t i = 0; i < hs_gc_internal_garbage_count(); i++) {
        if (HsList_Append(garbage, hs_gc_internal_garbage_get(i)) < 0) {
            Hs_DECREF(garbage);
            Hs_DECREF(callbacks);
            return -1;
        }
    }
    hs_gc_internal_garbage_clear();
    gc_garbage = garbage;
    gc_callbacks = callbacks;
    hs_obj_register_static(&gc_garbage); // both released by finalization
    hs_obj_register_static(&gc_callbacks);
    hs_gc_set_garbage_sink(garbage_sink, NULL);
    hs_gc_set_hook(collection_hook, NULL);
    hs_gc_set_debug_cycle_hook(debug_cycle);
    return 0;
}

static int add_int(HsObject *m, const char *name, long v) {
    HsObject *o = HsLong_FromLong(v);
    if (o == NULL) {
        return -1;
    }
    int r = HsModule_AddObjectRef(m, name, o);
    Hs_DECREF(o);
    return r;
}

int hs_gcmodule_init(HsObject **module_out) {
    *module_out = NULL;
    if (gc_state_init() < 0) {
        return -1;
    }
    HsObject *m = HsModule_New("gc");
    if (m == NULL) {
        return -1;
    }
    HsObject *doc = HsUnicode_FromString(gc_doc);
    int leak = HS_GC_DEBUG_COLLECTABLE | HS_GC_DEBUG_UNCOLLECTABLE | HS_GC_DEBUG_SAVEALL;
    int rc = (doc == NULL || HsModule_AddObjectRef(m, "__doc__", doc) < 0 ||
              HsModule_AddFunctions(m, gc_methods) < 0 ||
              HsModule_AddObjectRef(m, "garbage", gc_garbage) < 0 ||
              HsModule_AddObjectRef(m, "callbacks", gc_callbacks) < 0 ||
              add_int(m, "DEBUG_STATS", HS_GC_DEBUG_STATS) < 0 ||
              add_int(m, "DEBUG_COLLECTABLE", HS_GC_DEBUG_COLLECTABLE) < 0 ||
              add_int(m, "DEBUG_UNCOLLECTABLE", HS_GC_DEBUG_UNCOLLECTABLE) < 0 ||
              add_int(m, "DEBUG_SAVEALL", HS_GC_DEBUG_SAVEALL) < 0 ||
              add_int(m, "DEBUG_LEAK", leak) < 0)
                 ? -1
                 : 0;
    Hs_XDECREF(doc);
    if (rc < 0) {
        Hs_DECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}
