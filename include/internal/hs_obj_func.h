/* Function and cell objects (CPython 3.11: Include/cpython/funcobject.h, cellobject.h).
 * A function is code + globals + defaults + closure; sys.getsizeof(lambda: 0) == 152 as in
 * 3.11. Calling one runs the eval loop, which lives in the vm layer above: the vm installs
 * the vectorcall entry with hs_func_set_vectorcall() at start-up, so this layer stays below
 * it. A cell holds one reference for a variable shared with inner functions. */
#ifndef HS_INTERNAL_HS_OBJ_FUNC_H
#define HS_INTERNAL_HS_OBJ_FUNC_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

typedef struct HsFunctionObject {
    HsObject ob_base;
    HsObject *func_globals;   /* dict */
    HsObject *func_builtins;  /* dict */
    HsObject *func_name;      /* str */
    HsObject *func_qualname;  /* str */
    HsObject *func_code;      /* code object */
    HsObject *func_defaults;  /* tuple or NULL */
    HsObject *func_kwdefaults; /* dict or NULL */
    HsObject *func_closure;   /* tuple of cells or NULL */
    HsObject *func_doc;
    HsObject *func_dict;      /* __dict__ or NULL */
    HsObject *func_weakreflist;
    HsObject *func_module;    /* __module__ */
    HsObject *func_annotations; /* dict or NULL */
    hs_vectorcallfunc vectorcall;
    uint32_t func_version;
} HsFunctionObject;

typedef struct HsCellObject {
    HsObject ob_base;
    HsObject *ob_ref; /* NULL when empty */
} HsCellObject;

extern HsTypeObject HsFunction_Type;
extern HsTypeObject HsCell_Type;
#define HsFunction_Check(op) (Hs_TYPE(op) == &HsFunction_Type)
#define HsCell_Check(op) (Hs_TYPE(op) == &HsCell_Type)

/* A function for 'code' (a code object) with 'globals' and 'qualname' (NULL: the code's).
 * Its builtins are globals['__builtins__'] (a module's dict or a dict), else the default
 * builtins set with hs_func_set_default_builtins. Return: new reference.
 * CPython: PyFunction_NewWithQualName. */
HsObject *HsFunction_New(HsObject *code, HsObject *globals, HsObject *qualname);

/* The call entry every new function gets (installed by the vm at start-up). */
void hs_func_set_vectorcall(hs_vectorcallfunc call);
/* The builtins dict used when globals have no '__builtins__'. Borrowed; kept alive by the
 * caller (the runtime) for as long as functions may be created. */
void hs_func_set_default_builtins(HsObject *builtins);

/* Bound methods ('method'): a function bound to an instance (CPython: PyMethodObject).
 * sys.getsizeof(a.f) == 64. */
typedef struct HsMethodObject {
    HsObject ob_base;
    HsObject *im_func; /* the function (any callable) */
    HsObject *im_self; /* the instance */
    HsObject *im_weakreflist;
    hs_vectorcallfunc vectorcall;
} HsMethodObject;

extern HsTypeObject HsMethod_Type;
#define HsMethod_Check(op) (Hs_TYPE(op) == &HsMethod_Type)

/* Return: new reference to 'func' bound to 'self'. CPython: PyMethod_New. */
HsObject *HsMethod_New(HsObject *func, HsObject *self);

/* Return: new reference to a cell holding 'value' (may be NULL). CPython: PyCell_New. */
HsObject *HsCell_New(HsObject *value);

#endif /* HS_INTERNAL_HS_OBJ_FUNC_H */
