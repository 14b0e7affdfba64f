/* The PRINT_EXPR instruction's slow path (CPython: the PRINT_EXPR case of Python/ceval.c).
 * Interactive code (compile mode 'single', the REPL) ends each expression statement with
 * PRINT_EXPR, which hands the value to sys.displayhook; the default hook (sys_hooks.c in
 * src/modules) prints its repr and stores it in builtins._.
 * The vm layer cannot see the sys module's C code, so the hook is found by importing 'sys'
 * (always in sys.modules once the runtime is up) and reading its attribute, at each call,
 * so that assigning sys.displayhook takes effect at once, as in CPython.
 * Invariant: 'value' is borrowed; nothing is kept after the call. */
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
