/* Module objects (CPython 3.11: Include/moduleobject.h, Objects/moduleobject.c): a namespace
 * dict with a name; sys.getsizeof(module) == 72. Built-in modules are made by
 * HsModule_FromDef from a method table; `import` of .py files fills a module's dict by
 * running its code. */
#ifndef HS_INTERNAL_HS_OBJ_MODULE_H
#define HS_INTERNAL_HS_OBJ_MODULE_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj_descr.h"

typedef struct HsModuleObject {
    HsObject ob_base;
    HsObject *md_dict;
    void *md_def;   /* the C definition of a built-in module, or NULL */
    void *md_state;
    HsObject *md_weaklist;
    HsObject *md_name; /* str */
} HsModuleObject;

extern HsTypeObject HsModule_Type;
#define HsModule_Check(op) (Hs_TYPE(op) == &HsModule_Type)
#define HS_MODULE_DICT(op) (((HsModuleObject *)(op))->md_dict)

/* A new module named 'name' with __name__, __doc__ (None), __package__ (None),
 * __loader__ (None) and __spec__ (None) set. Return: new reference. CPython: PyModule_New */
HsObject *HsModule_New(const char *name);

/* Add the functions of 'methods' (module-level: m_self = the module) to 'module'.
 * Returns 0 or -1. CPython: PyModule_AddFunctions. */
int HsModule_AddFunctions(HsObject *module, HsMethodDef *methods);

/* module.name = value (value borrowed). Returns 0 or -1. CPython: PyModule_AddObjectRef. */
int HsModule_AddObjectRef(HsObject *module, const char *name, HsObject *value);

#endif /* HS_INTERNAL_HS_OBJ_MODULE_H */
