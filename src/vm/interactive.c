/* The eval loop's hooks for the interactive interpreter (CPython: the PRINT_EXPR case of
 * Python/ceval.c and the eval breaker's pending-signal check, Modules/signalmodule.c).
 * PRINT_EXPR: interactive code (compile mode 'single', the REPL) ends each expression
 * statement with PRINT_EXPR, which hands the value to sys.displayhook; the default hook
 * (src/modules/builtins_site.c) prints its repr and stores it in builtins._. The vm layer
 * cannot see the sys module's C code, so the hook is found by importing 'sys' (always in
 * sys.modules once the runtime is up) at each call, so that assigning sys.displayhook takes
 * effect at once, as in CPython.
 * Interrupts: a SIGINT handler (the REPL's, while a statement runs) sets
 * hs_vm_interrupt_pending; backward jumps test it and raise KeyboardInterrupt, so a running
 * loop stops at its next iteration. Invariant: the flag is only set by a signal handler and
 * only cleared here. */
#include "internal/hs_vm.h"
#include "internal/hs_obj_str.h"
#include "hs/abstract.h"
#include "hs/errors.h"

/* ==== internal API ==== */

int hs_vm_print_expr(HsObject *value) {
    HsObject *name = HsUnicode_FromString("sys");
    if (name == NULL) {
        return -1;
    }
    HsObject *sys = hs_vm_import_name(name, NULL, NULL, 0);
    Hs_DECREF(name);
    HsObject *hook = sys != NULL ? HsObject_GetAttrString(sys, "displayhook") : NULL;
    Hs_XDECREF(sys);
    if (hook == NULL) {
        HsErr_Clear();
        HsErr_SetString(HsExc_RuntimeError, "lost sys.displayhook");
        return -1;
    }
    HsObject *res = HsObject_CallOneArg(hook, value);
    Hs_DECREF(hook);
    if (res == NULL) {
        return -1;
    }
    Hs_DECREF(res);
    return 0;
}

volatile sig_atomic_t hs_vm_interrupt_pending;

int hs_vm_handle_interrupt(void) {
    hs_vm_interrupt_pending = 0;
    HsErr_SetObject(HsExc_KeyboardInterrupt, NULL);
    return -1;
}
