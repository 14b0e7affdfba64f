/* Inline caches for the eval loop's global and attribute instructions, and the direct call
 * of a class (CPython 3.11: Python/specialize.c and the LOAD_GLOBAL_MODULE/BUILTIN,
 * LOAD_ATTR_INSTANCE_VALUE, STORE_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES
 * specialisations; the class call is what 3.12's CALL_ALLOC_AND_ENTER_INIT does).
 * Instead of rewriting the bytecode, each code object gets a side table (co_extra) of
 * records, one per cacheable instruction, found through a per-code-unit index.
 * Invariants: a record is only trusted after checking the versions it was filled under, so
 * a stale record costs a normal lookup and never changes behaviour; records hold borrowed
 * references that those versions keep alive (a dict's value while its version is unchanged,
 * a type attribute while hs_type_epoch is unchanged). See docs/internals/vm.md. */
#include "internal/hs_vm_specialize.h"
#include "internal/hs_compile_opcode.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/ceval.h"
#include "hs/errors.h"

#include <stdlib.h>
#include <string.h>

/* ==== the side table ==== */

/* One instruction's cache. 'key' is the type (attributes) or NULL (globals). */
typedef struct OpCache {
    void *key;
    uint64_t version;  /* hs_type_epoch, or the globals' ma_version_tag */
    uint64_t version2; /* the builtins' ma_version_tag; LOAD_METHOD: see shared_keys_lack */
    HsObject *value;   /* borrowed: the type attribute (may be NULL) or the global */
    uint32_t hint;     /* entry number of the name in the last instance dict seen */
} OpCache;

/* co_extra: 'nrecs' records, then a record number + 1 (0: none) per code unit, indexed by
 * the position of an instruction's first cache unit. */
typedef struct CodeCaches {
    Hs_ssize_t nrecs;
    uint16_t *index;
    OpCache recs[];
} CodeCaches;

static CodeCaches no_caches = {0, NULL};

static int cacheable(int op) {
    return op == HS_OP_LOAD_GLOBAL || op == HS_OP_LOAD_ATTR || op == HS_OP_STORE_ATTR ||
           op == HS_OP_LOAD_METHOD || op == HS_OP_CALL;
}

/* Build co_extra: count the cacheable instructions, then number them. Out of memory (or
 * over 65535 of them) leaves the shared empty table, which caches nothing. */
static CodeCaches *caches_init(HsCodeObject *co) {
    Hs_ssize_t n = Hs_SIZE(co), count = 0;
    for (Hs_ssize_t i = 0; i < n; i += 1 + hs_op_cache_entries[HS_CU_OPCODE(co->co_code[i])]) {
        count += cacheable(HS_CU_OPCODE(co->co_code[i]));
    }
    CodeCaches *c = NULL;
    if (count > 0 && count < 65535) {
        size_t recs = sizeof(CodeCaches) + (size_t)count * sizeof(OpCache);
        /* libc, not the traced raw layer: in CPython the caches are part of the code object
         * made at compile time, so running code allocates nothing tracemalloc would see */
        c = calloc(1, recs + (size_t)(n + 1) * sizeof(uint16_t)); /* +1: see cache_of */
    }
    if (c == NULL) {
        co->co_extra = &no_caches;
        return &no_caches;
    }
    c->nrecs = count;
    c->index = (uint16_t *)((char *)c + sizeof(CodeCaches) + (size_t)count * sizeof(OpCache));
    uint16_t k = 0;
    for (Hs_ssize_t i = 0; i < n; i += 1 + hs_op_cache_entries[HS_CU_OPCODE(co->co_code[i])]) {
        if (cacheable(HS_CU_OPCODE(co->co_code[i])) && i + 1 < n) {
            c->index[i + 1] = ++k;
        }
    }
    co->co_extra = c;
    return c;
}

/* The record of the instruction whose first cache unit is 'cache', or NULL. 'cache' may be
 * one past the last unit (a cacheable opcode ending malformed bytecode): that index entry
 * exists and is 0. */
static inline OpCache *cache_of(HsCodeObject *co, const hs_codeunit *cache) {
    CodeCaches *c = co->co_extra != NULL ? co->co_extra : caches_init(co);
    if (c->index == NULL) {
        return NULL;
    }
    unsigned k = c->index[cache - co->co_code];
    return k != 0 ? &c->recs[k - 1] : NULL;
}

/* The attribute 'name' of type 'tp' through the record (refilled when stale).
 * Return: borrowed reference or NULL (not found). */
static inline HsObject *type_attr(OpCache *c, HsTypeObject *tp, HsObject *name) {
    if (c == NULL) {
        return hs_type_lookup(tp, name);
    }
    if (c->key != tp || c->version != hs_type_epoch) {
        c->key = tp;
        c->value = hs_type_lookup(tp, name);
        c->version = hs_type_epoch; /* read after: a lookup never changes it */
        c->version2 = 0;
    }
    return c->value;
}

static inline int is_data_descr(HsObject *descr) {
    HsTypeObject *dt = Hs_TYPE(descr);
    return dt->tp_descr_get != NULL && dt->tp_descr_set != NULL;
}

/* ==== globals ==== */

HsObject *hs_vm_load_global(HsFrame *f, HsObject *name, const hs_codeunit *cache) {
    HsDictObject *g = (HsDictObject *)f->f_globals, *b = (HsDictObject *)f->f_builtins;
    OpCache *c = cache_of(f->f_code, cache);
    if (c != NULL && c->version == g->ma_version_tag && c->version2 == b->ma_version_tag &&
        c->value != NULL) {
        return Hs_NewRef(c->value);
    }
    HsObject *v = HsDict_GetItemWithError((HsObject *)g, name);
    if (v == NULL && !HsErr_Occurred()) {
        v = HsDict_GetItemWithError((HsObject *)b, name);
    }
    if (v == NULL) {
        return NULL;
    }
    if (c != NULL) {
        /* Versions are unique over all dicts and change on every mutation, so equal
         * versions later mean these very dicts, unchanged. */
        *c = (OpCache){NULL, g->ma_version_tag, b->ma_version_tag, v, 0};
    }
    return Hs_NewRef(v);
}

/* ==== attributes ==== */

/* The instance dict of 'obj' when its type keeps it in the pre-header, else NULL.
 * Return: borrowed reference (owned by the instance). */
static inline HsObject *managed_dict(HsTypeObject *tp, HsObject *obj) {
    return (tp->tp_flags & HS_TPFLAGS_MANAGED_DICT) ? *HS_MANAGED_DICT_PTR(obj) : NULL;
}

HsObject *hs_vm_load_attr(HsFrame *f, HsObject *owner, HsObject *name, const hs_codeunit *cache) {
    HsTypeObject *tp = Hs_TYPE(owner);
    if (tp->tp_getattro != HsObject_GenericGetAttr) {
        return HsObject_GetAttr(owner, name);
    }
    OpCache *c = cache_of(f->f_code, cache);
    HsObject *descr = type_attr(c, tp, name);
    HsObject *dict = managed_dict(tp, owner), *v;
    if (c != NULL && dict != NULL && (descr == NULL || !is_data_descr(descr))) {
        /* _PyObject_GenericGetAttrWithDict's instance-dict step, with the entry hint */
        int found = hs_dict_get_str_hint(dict, name, &c->hint, &v);
        if (found > 0) {
            return Hs_NewRef(v);
        }
        if (found == 0 && descr != NULL && Hs_TYPE(descr)->tp_descr_get == NULL) {
            return Hs_NewRef(descr); /* a plain class attribute */
        }
    }
    HsObject *r = hs_object_generic_getattr_descr(owner, name, descr);
    if (r == NULL) {
        hs_attribute_error_set_context(owner, name);
    }
    return r;
}

int hs_vm_store_attr(HsFrame *f, HsObject *owner, HsObject *name, HsObject *value,
                     const hs_codeunit *cache) {
    HsTypeObject *tp = Hs_TYPE(owner);
    if (tp->tp_setattro != HsObject_GenericSetAttr) {
        return HsObject_SetAttr(owner, name, value);
    }
    OpCache *c = cache_of(f->f_code, cache);
    HsObject *descr = type_attr(c, tp, name);
    HsObject *dict = managed_dict(tp, owner);
    if (c != NULL && dict != NULL && (descr == NULL || Hs_TYPE(descr)->tp_descr_set == NULL)) {
        Hs_INCREF(dict);
        int r = hs_dict_set_str_hint(dict, name, value, &c->hint);
        Hs_DECREF(dict);
        return r;
    }
    return hs_object_generic_setattr_descr(owner, name, value, descr);
}

/* Is 'name' missing from every split dict of 'tp' (CPython 3.11: LOAD_METHOD_WITH_VALUES's
 * keys-version check)? 'c->version2' is 1 + the shared keys' nentries at which the name was
 * seen to be absent from them, 0 when unknown; the record's (type, epoch) check keeps 'tp'
 * and so its ht_cached_keys alive, and keys are only appended (hs_dict_split_keys). */
static int shared_keys_lack(OpCache *c, HsTypeObject *tp, HsObject *dict, HsObject *name) {
    HsSharedKeys *sk = hs_dict_split_keys(dict);
    if (sk == NULL || !(tp->tp_flags & HS_TPFLAGS_HEAPTYPE) ||
        sk != ((HsHeapTypeObject *)tp)->ht_cached_keys) {
        return 0;
    }
    if (c->version2 == (uint64_t)sk->nentries + 1) {
        return 1;
    }
    for (Hs_ssize_t i = 0; i < sk->nentries; i++) {
        if (sk->keys[i] == name || hs_str_eq(sk->keys[i], name)) {
            return 0;
        }
    }
    c->version2 = (uint64_t)sk->nentries + 1;
    return 1;
}

HsObject *hs_vm_method_descr(HsFrame *f, HsObject **owner_io, HsObject *name,
                             const hs_codeunit *cache) {
    HsObject *owner = *owner_io;
    HsTypeObject *tp = Hs_TYPE(owner);
    if (tp->tp_getattro != HsObject_GenericGetAttr) {
        HsObject *self, *meth = NULL;
        if (tp == &HsSuper_Type && (meth = hs_super_lookup_method(owner, name, &self)) != NULL) {
            *owner_io = Hs_NewRef(self); /* super().m(...): m unbound, then the instance */
            Hs_DECREF(owner);
        }
        return meth;
    }
    OpCache *c = cache_of(f->f_code, cache);
    HsObject *descr = type_attr(c, tp, name);
    if (descr == NULL || !(Hs_TYPE(descr)->tp_flags & HS_TPFLAGS_METHOD_DESCRIPTOR)) {
        return NULL;
    }
    HsObject *dict = managed_dict(tp, owner);
    if (dict == NULL && tp->tp_dictoffset != 0 && !(tp->tp_flags & HS_TPFLAGS_MANAGED_DICT)) {
        HsObject **dictptr = hs_object_dict_ptr(owner);
        dict = dictptr != NULL ? *dictptr : NULL;
    }
    if (dict == NULL) {
        return Hs_NewRef(descr);
    }
    /* An instance attribute of the same name hides the method. */
    if (c != NULL && shared_keys_lack(c, tp, dict, name)) {
        return Hs_NewRef(descr);
    }
    uint32_t spare = 0;
    HsObject *v;
    int found = hs_dict_get_str_hint(dict, name, c != NULL ? &c->hint : &spare, &v);
    return found == 0 ? Hs_NewRef(descr) : NULL; /* else the ordinary lookup decides */
}

/* ==== calling a class ==== */

/* type_call -> object_new (no argument check: __init__ is overridden) -> slot_tp_init,
 * with the recursion depth that dispatching to type_call through tp_call counts.
 * Return: new reference. */
static HsObject *call_init(HsTypeObject *tp, HsObject *init, HsObject **args, Hs_ssize_t nargs,
                           HsObject *kwnames) {
    if (HsEnter_RecursiveCall(" while calling a Python object") < 0) {
        return NULL;
    }
    HsObject *self = tp->tp_alloc(tp, 0);
    HsObject *r = NULL;
    if (self != NULL) {
        hs_object_inline_values_made(self); /* what object_new does */
        Hs_INCREF(init); /* __init__ may replace itself on the class */
        HsObject *saved = args[-1];
        args[-1] = self;
        r = hs_vm_function_vectorcall(init, args - 1, (size_t)nargs + 1, kwnames);
        args[-1] = saved;
        Hs_DECREF(init);
    }
    HsLeave_RecursiveCall();
    if (r == NULL) {
        Hs_XDECREF(self);
        return NULL;
    }
    if (r != Hs_None) {
        HsErr_Format(HsExc_TypeError, "__init__() should return None, not '%.200s'",
                     Hs_TYPE(r)->tp_name);
        Hs_DECREF(r);
        Hs_DECREF(self);
        return NULL;
    }
    Hs_DECREF(r);
    return self;
}

static HsObject *name_init;

int hs_vm_call_class(HsFrame *f, HsObject *type, HsObject **args, Hs_ssize_t nargs,
                     HsObject *kwnames, HsObject **result, const hs_codeunit *cache) {
    HsTypeObject *tp = (HsTypeObject *)type;
    if (kwnames == NULL && !(tp->tp_flags & HS_TPFLAGS_HEAPTYPE)) {
        /* CPython 3.11: PRECALL_NO_KW_STR_1, PRECALL_NO_KW_TYPE_1, super_vectorcall */
        if (tp == &HsUnicode_Type && nargs == 1) {
            *result = HsObject_Str(args[0]);
            return 1;
        }
        if (tp == &HsType_Type && nargs == 1) {
            *result = Hs_NewRef((HsObject *)Hs_TYPE(args[0]));
            return 1;
        }
        if (tp == &HsSuper_Type && nargs == 0) {
            *result = hs_super_new_noargs();
            return 1;
        }
        return 0;
    }
    if (Hs_TYPE(type) != &HsType_Type || !(tp->tp_flags & HS_TPFLAGS_HEAPTYPE) ||
        (tp->tp_flags & HS_TPFLAGS_IS_ABSTRACT) || tp->tp_new != HsBaseObject_Type.tp_new) {
        return 0;
    }
    if (name_init == NULL && hs_obj_static_name(&name_init, "__init__") == NULL) {
        HsErr_Clear(); /* registered: released at exit (docs/internals/finalization.md) */
        return 0;
    }
    HsObject *init = type_attr(cache_of(f->f_code, cache), tp, name_init);
    if (init == NULL || !HsFunction_Check(init)) {
        return 0; /* a C __init__, or a callable object: type_call does it */
    }
    *result = call_init(tp, init, args, nargs, kwnames);
    return 1;
}
