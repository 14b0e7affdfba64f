/* How C types describe their methods, data members and computed attributes, and the
 * descriptor objects made from those descriptions (CPython: Include/methodobject.h,
 * Include/descrobject.h, Include/structmember.h). A type lists them in tp_methods,
 * tp_members and tp_getset; type readying turns each entry into a descriptor in tp_dict. */
#ifndef HS_INTERNAL_HS_OBJ_DESCR_H
#define HS_INTERNAL_HS_OBJ_DESCR_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

/* ==== methods ====
 * Calling conventions (ml_flags), as CPython's METH_*:
 *   HS_METH_NOARGS      HsObject *f(HsObject *self, HsObject *unused)
 *   HS_METH_O           HsObject *f(HsObject *self, HsObject *arg)
 *   HS_METH_VARARGS     HsObject *f(HsObject *self, HsObject *args_tuple)
 *   |HS_METH_KEYWORDS   HsObject *f(HsObject *self, HsObject *args_tuple, HsObject *kwargs)
 *   HS_METH_FASTCALL    HsObject *f(HsObject *self, HsObject *const *args, Hs_ssize_t nargs)
 *   |HS_METH_KEYWORDS   HsObject *f(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
 *                                   HsObject *kwnames)
 *   HS_METH_CLASS / HS_METH_STATIC: a classmethod / staticmethod in tp_methods.
 *   HS_METH_COEXIST: keep this entry even when a slot wrapper of the same name exists. */
#define HS_METH_VARARGS 0x0001
#define HS_METH_KEYWORDS 0x0002
#define HS_METH_NOARGS 0x0004
#define HS_METH_O 0x0008
#define HS_METH_CLASS 0x0010
#define HS_METH_STATIC 0x0020
#define HS_METH_COEXIST 0x0040
#define HS_METH_FASTCALL 0x0080

typedef HsObject *(*hs_cfunction)(HsObject *, HsObject *);
typedef HsObject *(*hs_cfunction_fast)(HsObject *, HsObject *const *, Hs_ssize_t);
typedef HsObject *(*hs_cfunction_fast_kw)(HsObject *, HsObject *const *, Hs_ssize_t,
                                          HsObject *);
typedef HsObject *(*hs_cfunction_kw)(HsObject *, HsObject *, HsObject *);

typedef struct HsMethodDef {
    const char *ml_name; /* NULL ends a table */
    hs_cfunction ml_meth; /* cast to the type its ml_flags say */
    int ml_flags;
    const char *ml_doc;
} HsMethodDef;

#define HS_CFUNC(f) ((hs_cfunction)(void (*)(void))(f))

/* ==== data members (CPython: PyMemberDef) ==== */
enum {
    HS_T_SHORT = 0, HS_T_INT = 1, HS_T_LONG = 2, HS_T_FLOAT = 3, HS_T_DOUBLE = 4,
    HS_T_STRING = 5, HS_T_OBJECT = 6, /* NULL reads as None */
    HS_T_CHAR = 7, HS_T_BYTE = 8, HS_T_UBYTE = 9, HS_T_UINT = 11, HS_T_USHORT = 10,
    HS_T_ULONG = 12, HS_T_STRING_INPLACE = 13, HS_T_BOOL = 14,
    HS_T_OBJECT_EX = 16, /* NULL raises AttributeError */
    HS_T_LONGLONG = 17, HS_T_ULONGLONG = 18, HS_T_PYSSIZET = 19, HS_T_NONE = 20
};
#define HS_READONLY 1

typedef struct HsMemberDef {
    const char *name; /* NULL ends a table */
    int type;         /* HS_T_* */
    Hs_ssize_t offset;
    int flags; /* HS_READONLY */
    const char *doc;
} HsMemberDef;

/* ==== computed attributes (CPython: PyGetSetDef) ==== */
typedef HsObject *(*hs_getter)(HsObject *, void *);
typedef int (*hs_setter)(HsObject *, HsObject *, void *); /* value NULL: delete */

typedef struct HsGetSetDef {
    const char *name; /* NULL ends a table */
    hs_getter get;
    hs_setter set; /* NULL: read-only */
    const char *doc;
    void *closure;
} HsGetSetDef;


/* ==== descriptor objects (CPython: Include/descrobject.h) ====
 * Made by type readying from the tables above and stored in the type's dict. All share the
 * common head (owner type, name, qualified name); GC objects, as in CPython, so
 * sys.getsizeof(list.__dict__['append']) == 72. */
#define HS_DESCR_HEAD                                                                              \
    HsObject ob_base;                                                                              \
    HsTypeObject *d_type; /* the owner type (owned) */         \
    HsObject *d_name;                                                                              \
    HsObject *d_qualname

typedef struct HsDescrObject {
    HS_DESCR_HEAD;
} HsDescrObject;

typedef struct HsMethodDescrObject {
    HS_DESCR_HEAD;
    HsMethodDef *d_method;
    hs_vectorcallfunc vectorcall;
} HsMethodDescrObject;

typedef struct HsMemberDescrObject {
    HS_DESCR_HEAD;
    HsMemberDef *d_member;
} HsMemberDescrObject;

typedef struct HsGetSetDescrObject {
    HS_DESCR_HEAD;
    HsGetSetDef *d_getset;
} HsGetSetDescrObject;

extern HsTypeObject HsMethodDescr_Type;      /* 'method_descriptor' */
extern HsTypeObject HsClassMethodDescr_Type; /* 'classmethod_descriptor' */
extern HsTypeObject HsMemberDescr_Type;      /* 'member_descriptor' */
extern HsTypeObject HsGetSetDescr_Type;      /* 'getset_descriptor' */

/* Return: new reference to a descriptor for 'def' owned by 'type'. */
HsObject *HsDescr_NewMethod(HsTypeObject *type, HsMethodDef *def);
HsObject *HsDescr_NewClassMethod(HsTypeObject *type, HsMethodDef *def);
HsObject *HsDescr_NewMember(HsTypeObject *type, HsMemberDef *def);
HsObject *HsDescr_NewGetSet(HsTypeObject *type, HsGetSetDef *def);

/* ==== builtin functions and methods (CPython: PyCFunctionObject) ====
 * 'builtin_function_or_method': a HsMethodDef bound to m_self (the instance for a method,
 * the module or NULL for a function). sys.getsizeof(len) == 72. */
typedef struct HsCFunctionObject {
    HsObject ob_base;
    HsMethodDef *m_ml;
    HsObject *m_self;   /* owned or NULL */
    HsObject *m_module; /* owned or NULL: the __module__ */
    HsObject *m_weakreflist;
    hs_vectorcallfunc vectorcall;
} HsCFunctionObject;

extern HsTypeObject HsCFunction_Type;
#define HsCFunction_Check(op) (Hs_TYPE(op) == &HsCFunction_Type)

/* Return: new reference. 'self' and 'module' are borrowed (may be NULL).
 * CPython: PyCFunction_NewEx. */
HsObject *HsCFunction_NewEx(HsMethodDef *ml, HsObject *self, HsObject *module);

/* Call the C function of 'ml' with 'self' and vectorcall arguments, after checking them as
 * its calling convention requires; 'qualname' names it in error messages. */
HsObject *hs_cfunction_call(HsMethodDef *ml, const char *qualname, HsObject *self,
                            HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames);
/* hs_cfunction_call for the calls whose errors cannot need the qualified name (a correct
 * METH_NOARGS / METH_O call, any METH_FASTCALL one), so callers need not format it first.
 * Returns 1 with *res (new reference, or NULL with an exception) when it made the call, 0
 * when the caller must use hs_cfunction_call. */
int hs_cfunction_call_fast(HsMethodDef *ml, HsObject *self, HsObject *const *args,
                           Hs_ssize_t nargs, HsObject *kwnames, HsObject **res);

#endif /* HS_INTERNAL_HS_OBJ_DESCR_H */
