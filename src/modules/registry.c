/* The table of modules written in C that `import` can create (CPython: the inittab,
 * Modules/config.c). builtins and sys are made at startup and are not listed here. */
#include "internal/hs_modules.h"
#include "internal/hs_vm.h"

int hs_modules_register_builtins(void) {
    static const struct {
        const char *name;
        HsBuiltinModuleInit init;
    } table[] = {
        {"gc", hs_gcmodule_init},
        {"math", hs_mathmodule_init},
        {"time", hs_timemodule_init},
        {"itertools", hs_itertools_init},
        {"functools", hs_functools_init},
        {"_random", hs_random_core_init},
        {"random", hs_random_init},
        {"collections", hs_collections_init},
        {"_collections", hs_collections_c_init},
        {"io", hs_io_init},
        {"os", hs_osmodule_init},
        {"posixpath", hs_posixpath_init},
        {"opcode", hs_opcode_init},
        {"dis", hs_dis_init},
        {"_weakref", hs_weakref_module_init},
        {"weakref", hs_weakref_py_module_init},
        {"_tracemalloc", hs_tracemalloc_init},
        {"heapscope", hs_heapscope_init},
        {"_json", hs_json_init},
        {"_traceback", hs_traceback_init},
        {"_thread", hs_thread_init},
        {"_sre", hs_sre_init},
        {"array", hs_array_init},
        {"_struct", hs_struct_core_init},
        {"struct", hs_struct_init},
        {"atexit", hs_atexit_init},
        {NULL, NULL},
    };
    for (size_t i = 0; table[i].name != NULL; i++) {
        if (hs_vm_import_register_builtin(table[i].name, table[i].init) < 0) {
            return -1;
        }
    }
    return 0;
}
