/* The `atexit` module (CPython 3.11: Modules/atexitmodule.c): functions registered with
 * atexit.register run when the interpreter exits, newest first, after the non-daemon threads
 * are joined and before the modules are torn down (src/cli/main.c `finalize`, as
 * Py_FinalizeEx calls _PyAtExit_Call after wait_for_thread_shutdown). An exception in one is
 * printed as "Exception ignored in atexit callback: <func>" with its traceback and the next
 * one runs; the exit status is unchanged. weakref.finalize registers its exit function here
 * too, on its first use (hs_atexit_register), as Lib/weakref.py does.
 * Invariants: 'ae_callbacks' is NULL or a list whose items are (func, args, kwargs-or-None)
 * tuples or None (an unregistered slot, as CPython's NULL slot: _ncallbacks still counts it);
 * it lives for the process (released by finalization) and is emptied after each run.
 * Every ae_* function: arguments borrowed; Return: new reference, or NULL with an exception.
 */
#include "internal/hs_modules.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_vm.h"
#include "hs/abstract.h"
#include "hs/errors.h"

/* ==== state ==== */

static HsObject *ae_callbacks; /* list of (func, args, kwargs|None) or None; see above */

/* ==== static helpers ==== */

/* The callback list, made on first use. Return: borrowed reference (owned by the module's
 * state), or NULL with an exception. */
static HsObject *callbacks(void) {
    if (ae_callbacks == NULL) {
        if ((ae_callbacks = HsList_New(0)) == NULL) {
            return NULL;
        }
        hs_obj_register_static(&ae_callbacks); // released by finalization
    }
    return ae_callbacks;
}

/* Append (func, args, kwargs|None). 'args' a tuple, 'kwargs' a dict or NULL. Returns 0/-1. */
static int add_callback(HsObject *func, HsObject *args, HsObject *kwargs) {
    HsObject *list = callbacks();
    if (list == NULL) {
        return -1;
    }
    HsObject *entry = HsTuple_Pack(3, func, args, kwargs != NULL ? kwargs : Hs_None);
    if (entry == NULL) {
        return -1;
    }
    int rc = HsList_Append(list, entry);
    Hs_DECREF(entry);
    return rc;
}

/* Call every registered function, the last registered first, reporting errors as
 * unraisable; then forget them all (CPython: atexit_callfuncs + atexit_cleanup). A callback
 * may register or unregister others: slots emptied meanwhile are skipped, and functions
 * registered during the run are dropped with the rest. */
static void call_funcs(void) {
    if (ae_callbacks == NULL) {
        return;
    }
    for (Hs_ssize_t i = HsList_Size(ae_callbacks) - 1; i >= 0; i--) {
        if (i >= HsList_Size(ae_callbacks) || HS_LIST_GET(ae_callbacks, i) == Hs_None) {
            continue;
        }
        HsObject *entry = Hs_NewRef(HS_LIST_GET(ae_callbacks, i)); // a callback may unregister it
        HsObject *func = HS_TUPLE_GET(entry, 0);
        HsObject *kwargs = HS_TUPLE_GET(entry, 2);
        HsObject *r = HsObject_Call(func, HS_TUPLE_GET(entry, 1), kwargs == Hs_None ? NULL : kwargs);
        if (r == NULL) {
            hs_vm_write_unraisable_msg("Exception ignored in atexit callback", func);
        }
        Hs_XDECREF(r);
        Hs_DECREF(entry);
    }
    if (HsList_SetSlice(ae_callbacks, 0, HsList_Size(ae_callbacks), NULL) < 0) {
        HsErr_Clear(); // deleting a slice of a list only fails on a broken list
    }
}

/* ==== module functions ==== */

/* register(func, *args, **kwargs) -> func. */
static HsObject *ae_register(HsObject *self, HsObject *args, HsObject *kwargs) {
    (void)self;
    if (Hs_SIZE(args) == 0) {
        return HsErr_Format(HsExc_TypeError, "register() takes at least 1 argument (0 given)");
    }
    HsObject *func = HS_TUPLE_GET(args, 0);
    if (!HsCallable_Check(func)) {
        return HsErr_Format(HsExc_TypeError, "the first argument must be callable");
    }
    HsObject *rest = HsTuple_FromArray(&HS_TUPLE_GET(args, 1), Hs_SIZE(args) - 1);
    HsObject *kw = kwargs != NULL && HsDict_Size(kwargs) > 0 ? HsDict_Copy(kwargs) : NULL;
    int rc = rest == NULL || (kw == NULL && HsErr_Occurred()) ? -1 : add_callback(func, rest, kw);
    Hs_XDECREF(rest);
    Hs_XDECREF(kw);
    return rc < 0 ? NULL : Hs_NewRef(func);
}

/* unregister(func): empty every slot whose function == func. */
static HsObject *ae_unregister(HsObject *self, HsObject *func) {
    (void)self;
    for (Hs_ssize_t i = 0; ae_callbacks != NULL && i < HsList_Size(ae_callbacks); i++) {
        HsObject *entry = HS_LIST_GET(ae_callbacks, i);
        if (entry == Hs_None) {
            continue;
        }
        Hs_INCREF(entry); // __eq__ can run code that changes the list
        int eq = HsObject_RichCompareBool(HS_TUPLE_GET(entry, 0), func, HS_EQ);
        int same = i < HsList_Size(ae_callbacks) && HS_LIST_GET(ae_callbacks, i) == entry;
        Hs_DECREF(entry);
        if (eq < 0) {
            return NULL;
        }
        if (eq && same && HsList_SetItem(ae_callbacks, i, Hs_NewRef(Hs_None)) < 0) {
            return NULL;
        }
    }
    return Hs_NewRef(Hs_None);
}

/* _run_exitfuncs(): run and forget the registered functions now. */
static HsObject *ae_run_exitfuncs(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    call_funcs();
    return Hs_NewRef(Hs_None);
}

/* _clear(): forget every registered function. */
static HsObject *ae_clear(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    if (ae_callbacks != NULL &&
        HsList_SetSlice(ae_callbacks, 0, HsList_Size(ae_callbacks), NULL) < 0) {
        return NULL;
    }
    return Hs_NewRef(Hs_None);
}

/* _ncallbacks(): the number of slots, unregistered ones included (as CPython). */
static HsObject *ae_ncallbacks(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    return HsLong_FromSsize_t(ae_callbacks != NULL ? HsList_Size(ae_callbacks) : 0);
}

static HsMethodDef atexit_methods[] = {
    {"register", HS_CFUNC(ae_register), HS_METH_VARARGS | HS_METH_KEYWORDS,
     "register(func, *args, **kwargs) -> func\n\n"
     "Register a function to be executed upon normal program termination\n\n"
     "    func - function to be called at exit\n"
     "    args - optional arguments to pass to func\n"
     "    kwargs - optional keyword arguments to pass to func\n\n"
     "    func is returned to facilitate usage as a decorator."},
    {"_clear", HS_CFUNC(ae_clear), HS_METH_NOARGS,
     "_clear() -> None\n\nClear the list of previously registered exit functions."},
    {"unregister", HS_CFUNC(ae_unregister), HS_METH_O,
     "unregister(func) -> None\n\n"
     "Unregister an exit function which was previously registered using\n"
     "atexit.register\n\n"
     "    func - function to be unregistered"},
    {"_run_exitfuncs", HS_CFUNC(ae_run_exitfuncs), HS_METH_NOARGS,
     "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\n"
     "If a callback raises an exception, it is logged with sys.unraisablehook."},
    {"_ncallbacks", HS_CFUNC(ae_ncallbacks), HS_METH_NOARGS,
     "_ncallbacks() -> int\n\nReturn the number of registered exit functions."},
    {NULL, NULL, 0, NULL},
};

static const char atexit_doc[] =
    "allow programmer to define multiple exit functions to be executed\n"
    "upon normal program termination.\n\n"
    "Two public functions, register and unregister, are defined.\n";

/* ==== internal API ==== */

int hs_atexit_register(HsObject *func) {
    HsObject *args = HsTuple_New(0);
    int rc = args != NULL ? add_callback(func, args, NULL) : -1;
    Hs_XDECREF(args);
    return rc;
}

void hs_atexit_run(void) {
    call_funcs();
}

int hs_atexit_init(HsObject **module_out) {
    *module_out = NULL;
    HsObject *m = HsModule_New("atexit");
    if (m == NULL) {
        return -1;
    }
    HsObject *doc = HsUnicode_FromString(atexit_doc);
    int rc = doc == NULL || HsModule_AddObjectRef(m, "__doc__", doc) < 0 ||
                     HsModule_AddFunctions(m, atexit_methods) < 0
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
