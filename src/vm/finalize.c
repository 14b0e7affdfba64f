/* Interpreter finalization at exit (CPython 3.11: Python/pylifecycle.c Py_FinalizeEx,
 * finalize_modules and its helpers; Objects/moduleobject.c _PyModule_ClearDict).
 * The command line calls, in this order: atexit functions and a flush of the std streams
 * (modules layer), then hs_vm_finalize_modules (sys.is_finalizing() turns true, a collection,
 * every module removed from sys.modules and the survivors' globals set to None in reverse
 * import order, sys and builtins wiped last), a second flush, and hs_vm_finalize_runtime
 * (collections, then the object layer's caches, free lists and late-readied static types).
 * In debug builds hs_vm_finalize_check compares the reference total and the allocated blocks
 * with the baseline taken right after bootstrap (hs_vm_finalize_baseline); the order and the
 * baseline are described in docs/internals/finalization.md.
 * Invariant: nothing here raises: an error while tearing down is printed as CPython's
 * "Exception ignored in: ..." and finalization goes on. */
#include "internal/hs_vm.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_weakref.h"
#include "hs/errors.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== state ==== */

static int finalizing; /* 0 running; 1 finalizing (sys.is_finalizing()); 2 modules removed */
static HsObject *builtins_copy; /* builtins' dict as bootstrap left it (owned), or NULL */

/* The baseline: what is alive after bootstrap once the caches that finalization empties are
 * emptied (see docs/internals/finalization.md). */
static Hs_ssize_t base_refs;
static size_t base_blocks;
static int have_baseline;

/* ==== static helpers ==== */

/* Store 'value' under 'key' in 'dict', printing (not raising) an error. */
static void set_item_quiet(HsObject *dict, HsObject *key, HsObject *value) {
    if (HsDict_SetItem(dict, key, value) < 0) {
        HsErr_WriteUnraisable(NULL);
    }
}

static void set_string_quiet(HsObject *dict, const char *key, HsObject *value) {
    if (HsDict_SetItemString(dict, key, value) < 0) {
        HsErr_WriteUnraisable(NULL);
    }
}

/* Module globals to None: names starting with one underscore first, then every name but
 * __builtins__. CPython: _PyModule_ClearDict. */
static void clear_module_dict(HsObject *d) {
    for (int pass = 0; pass < 2; pass++) {
        Hs_ssize_t pos = 0;
        HsObject *key, *value;
        while (HsDict_Next(d, &pos, &key, &value)) {
            if (value == Hs_None || !HsUnicode_Check(key)) {
                continue;
            }
            const char *s = HsUnicode_AsUTF8(key);
            if (s == NULL) {
                HsErr_Clear();
                continue;
            }
            int underscore = s[0] == '_' && s[1] != '_';
            if (pass == 0 ? underscore : strcmp(s, "__builtins__") != 0) {
                set_item_quiet(d, key, Hs_None);
            }
        }
    }
}

/* sys.path & co. to None, sys.stdout & co. back to sys.__stdout__ & co., builtins._ to None.
 * CPython: finalize_modules_delete_special. */
static void delete_special(HsObject *sysdict, HsObject *builtins_dict) {
    static const char *const sys_deletes[] = {
        "path",          "argv",       "ps1",        "ps2",   "last_type", "last_value",
        "last_traceback", "path_hooks", "path_importer_cache", "meta_path",
        "__interactivehook__", NULL};
    static const char *const sys_files[] = {"stdin",  "__stdin__",  "stdout", "__stdout__",
                                            "stderr", "__stderr__", NULL};
    if (builtins_dict != NULL) {
        set_string_quiet(builtins_dict, "_", Hs_None);
    }
    if (sysdict == NULL) {
        return;
    }
    for (const char *const *p = sys_deletes; *p != NULL; p++) {
        set_string_quiet(sysdict, *p, Hs_None);
    }
    for (const char *const *p = sys_files; *p != NULL; p += 2) {
        HsObject *value = HsDict_GetItemString(sysdict, p[1]);
        value = Hs_NewRef(value != NULL ? value : Hs_None);
        set_string_quiet(sysdict, p[0], value);
        Hs_DECREF(value);
    }
}

/* Set every module in sys.modules to None, keeping (name, weakref) pairs in import order.
 * CPython: finalize_remove_modules. Return: new reference (the list), or NULL. */
static HsObject *remove_modules(HsObject *modules) {
    HsObject *weaklist = HsList_New(0);
    Hs_ssize_t pos = 0;
    HsObject *key, *value;
    while (HsDict_Next(modules, &pos, &key, &value)) {
        if (!HsModule_Check(value)) {
            continue;
        }
        if (weaklist != NULL) {
            HsObject *wr = HsWeakref_NewRef(value, NULL);
            HsObject *tup = wr != NULL ? HsTuple_Pack(2, key, wr) : NULL;
            if (tup == NULL || HsList_Append(weaklist, tup) < 0) {
                HsErr_WriteUnraisable(NULL);
            }
            Hs_XDECREF(tup);
            Hs_XDECREF(wr);
        }
        set_item_quiet(modules, key, Hs_None);
    }
    return weaklist;
}

/* Clear the globals of the modules still alive, the last imported first, leaving sys and
 * builtins. CPython: finalize_modules_clear_weaklist. */
static void clear_weaklist(HsObject *weaklist, HsObject *sysdict, HsObject *builtins_dict) {
    for (Hs_ssize_t i = Hs_SIZE(weaklist) - 1; i >= 0; i--) {
        HsObject *tup = HS_LIST_GET(weaklist, i);
        HsObject *mod = HsWeakref_GetObject(HS_TUPLE_GET(tup, 1));
        if (mod == NULL || mod == Hs_None || !HsModule_Check(mod)) {
            HsErr_Clear();
            continue;
        }
        HsObject *dict = HS_MODULE_DICT(mod);
        if (dict == NULL || dict == sysdict || dict == builtins_dict) {
            continue;
        }
        Hs_INCREF(mod);
        clear_module_dict(dict);
        Hs_DECREF(mod);
    }
}

/* Put builtins back as they were made, dropping what the program added or replaced.
 * CPython: finalize_restore_builtins. */
static void restore_builtins(HsObject *builtins_dict) {
    if (builtins_dict == NULL || builtins_copy == NULL) {
        return;
    }
    HsObject *old = HsDict_Copy(builtins_dict); /* what is dropped dies after the update */
    if (old == NULL) {
        HsErr_WriteUnraisable(NULL);
    }
    HsDict_Clear(builtins_dict);
    if (HsDict_Merge(builtins_dict, builtins_copy, 1) < 0) {
        HsErr_Clear();
    }
    Hs_XDECREF(old);
}

static void collect(void) {
    HsObject *exc = HsErr_GetRaisedException();
    hs_gc_collect(2);
    HsErr_SetRaisedException(exc);
}

/* ==== internal API ==== */

int hs_vm_is_finalizing(void) {
    return finalizing;
}

void hs_vm_finalize_baseline(void) {
    hs_obj_release_caches();
    hs_obj_mark_types();
    hs_vm_tstate_clear();
    Hs_ssize_t singleton_blocks;
    base_refs = hs_obj_ref_total() - hs_str_singleton_count(&singleton_blocks);
    base_blocks = hs_mem_allocated_blocks() - (size_t)singleton_blocks;
    have_baseline = 1;
}

void hs_vm_finalize_keep_builtins(HsObject *builtins) {
    Hs_XSETREF(builtins_copy, HsDict_Copy(HS_MODULE_DICT(builtins)));
    if (builtins_copy == NULL) {
        HsErr_Clear(); /* then builtins are wiped as the program left them */
    }
}

void hs_vm_finalize_modules(HsObject *sys, HsObject *builtins) {
    finalizing = 1;
    if (hs_gc_is_enabled()) { /* CPython: _PyGC_CollectIfEnabled */
        collect();
    }
    HsObject *sysdict = sys != NULL ? HS_MODULE_DICT(sys) : NULL;
    HsObject *builtins_dict = builtins != NULL ? HS_MODULE_DICT(builtins) : NULL;
    HsObject *modules = sysdict != NULL ? HsDict_GetItemString(sysdict, "modules") : NULL;
    Hs_XINCREF(modules);
    hs_vm_import_init(NULL, NULL, NULL); /* imports fail from here on */
    delete_special(sysdict, builtins_dict);
    HsObject *weaklist = NULL;
    finalizing = 2;
    if (modules != NULL && HsDict_Check(modules)) {
        weaklist = remove_modules(modules);
        HsDict_Clear(modules);
    }
    restore_builtins(builtins_dict);
    collect();
    if (weaklist != NULL) {
        clear_weaklist(weaklist, sysdict, builtins_dict);
        Hs_DECREF(weaklist);
    }
    if (sysdict != NULL) { /* CPython: finalize_clear_sys_builtins_dict */
        clear_module_dict(sysdict);
    }
    if (builtins_dict != NULL) {
        clear_module_dict(builtins_dict);
    }
    Hs_CLEAR(builtins_copy);
    Hs_XDECREF(modules);
    collect();
}

void hs_vm_finalize_runtime(void) {
    collect();
    hs_vm_tstate_clear();
    collect();
    /* Releasing the static slots can orphan cycles (a registry of objects that refer to
     * themselves): collect once more, then empty what that collection refilled. */
    hs_obj_release_caches();
    collect();
    hs_obj_release_caches();
    hs_obj_unready_late_types();
}

int hs_vm_finalize_check(FILE *out) {
    if (!have_baseline) {
        return 0;
    }
    /* the string singletons are immortal: their own reference and block are not counted */
    Hs_ssize_t singleton_blocks;
    Hs_ssize_t refs = hs_obj_ref_total() - hs_str_singleton_count(&singleton_blocks) - base_refs;
    long blocks = (long)hs_mem_allocated_blocks() - (long)singleton_blocks - (long)base_blocks;
    fprintf(out, "[heapscope final] refs %+ld blocks %+ld\n", (long)refs, blocks);
    return refs != 0 || blocks != 0;
}
