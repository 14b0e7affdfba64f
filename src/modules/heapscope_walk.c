/* The machinery under the `heapscope` module (no CPython counterpart; the nearest are
 * gc.get_referrers and gc.get_referents of Modules/gcmodule.c): a walk over every object the
 * heap can reach, the attribution of one object's references to their holders (list index,
 * dict value, module global, frame local, ...), and a breadth-first search for a shortest
 * path from the roots to an object. See docs/heapscope-module.md.
 * Invariants: nothing here runs Python code or allocates objects while it holds borrowed
 * pointers from a walk (only raw memory: the maps and vectors below); every record that
 * leaves this file owns its holder and key. The running frames' value stacks are read only
 * where the eval loop saved their depth (a frame that called a Python function inline); the
 * innermost frame's stack (where the caller's argument sits) and stacks under a C call are not
 * read, and what they hold is left to the 'unknown' count. */
#include "internal/hs_modules_heapscope.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_modules.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_vm_frameobject.h"
#include "internal/hs_vm_gil.h"
#include "hs/errors.h"

#include <string.h>

/* ==== constants and types ==== */

const char *const hs_heapscope_ref_names[HS_REF_NKINDS] = {
    "frame local",        "frame stack",      "frame attribute",   "thread exception",
    "list index",         "tuple index",      "dict key",          "dict value",
    "set element",        "module global",    "class attribute",   "instance attribute",
    "slot",               "instance type",    "cell contents",     "closure variable",
    "function default",   "function kwdefault", "function attribute", "code constant",
    "code name",          "code varname",     "code attribute",    "module attribute",
    "type attribute",     "method attribute", "generator frame",   "reference",
    "unknown",
};

/* A part of an object (its module dict, defaults tuple, a closure cell, ...) and who owns it. */
typedef struct Owner {
    HsObject *ow_owner; /* borrowed from the walk */
    int ow_kind;        /* HS_REF_* the part's references become */
    HsObject *ow_name;  /* closure cells: the free variable's name (borrowed) */
} Owner;

typedef struct CountArg {
    HsObject *target;
    Hs_ssize_t n;
} CountArg;

/* ==== static helpers: maps and vectors ==== */

static size_t ptr_hash(uintptr_t k, size_t mask) {
    return (size_t)(((uint64_t)k * 0x9E3779B97F4A7C15ull) >> 29) & mask;
}

static void map_insert_raw(uintptr_t *keys, uintptr_t *vals, size_t mask, uintptr_t k,
                           uintptr_t v) {
    size_t j = ptr_hash(k, mask);
    while (keys[j] != 0) {
        j = (j + 1) & mask;
    }
    keys[j] = k;
    vals[j] = v;
}

static int map_grow(HsPtrMap *m) {
    size_t cap = m->pm_cap ? m->pm_cap * 2 : 256;
    uintptr_t *keys = hs_mem_raw_calloc(cap, sizeof(uintptr_t));
    uintptr_t *vals = hs_mem_raw_calloc(cap, sizeof(uintptr_t));
    if (keys == NULL || vals == NULL) {
        hs_mem_raw_free(keys);
        hs_mem_raw_free(vals);
        return -1;
    }
    for (size_t i = 0; i < m->pm_cap; i++) {
        if (m->pm_keys[i] != 0) {
            map_insert_raw(keys, vals, cap - 1, m->pm_keys[i], m->pm_vals[i]);
        }
    }
    hs_mem_raw_free(m->pm_keys);
    hs_mem_raw_free(m->pm_vals);
    m->pm_keys = keys;
    m->pm_vals = vals;
    m->pm_cap = cap;
    return 0;
}

/* Grow '*items' (of 'size'-byte elements) to hold one more. Returns 0 or -1. */
static int vec_reserve(void **items, size_t *cap, size_t len, size_t size) {
    if (len < *cap) {
        return 0;
    }
    size_t ncap = *cap ? *cap * 2 : 64;
    void *p = hs_mem_raw_realloc(*items, ncap * size);
    if (p == NULL) {
        return -1;
    }
    *items = p;
    *cap = ncap;
    return 0;
}

/* Append a record; takes new references to 'holder' and 'key'. Returns 0 or -1 (no memory,
 * no exception set). */
static int refs_push(HsRefVec *v, HsObject *holder, HsFrame *frame, int kind, Hs_ssize_t index,
                     HsObject *key, const char *name) {
    if (vec_reserve((void **)&v->rv_items, &v->rv_cap, v->rv_len, sizeof(HsHeapRef)) < 0) {
        return -1;
    }
    v->rv_items[v->rv_len++] =
        (HsHeapRef){Hs_XNewRef(holder), frame, kind, index, Hs_XNewRef(key), name};
    return 0;
}

/* Drop records from 'len' on. */
static void refs_truncate(HsRefVec *v, size_t len) {
    while (v->rv_len > len) {
        HsHeapRef *r = &v->rv_items[--v->rv_len];
        Hs_XDECREF(r->hr_holder);
        Hs_XDECREF(r->hr_key);
    }
}

/* ==== static helpers: children of an object ==== */

/* Is the value stack of running frame 'f' readable, i.e. did the eval loop save its depth?
 * Only when 'f' called the frame above it inline (that frame is not an entry frame). */
static int frame_stack_ok(HsFrame *f) {
    for (HsThreadState *t = hs_vm_tstate_first(); t != NULL; t = hs_vm_tstate_next(t)) {
        for (HsFrame *g = t->frame; g != NULL; g = g->previous) {
            if (g->previous == f) {
                return !g->is_entry;
            }
        }
    }
    return 0; /* some thread's innermost frame, or not running */
}


/* The frame of generator 'op' if it is running with an unsaved stack depth (its own
 * stacktop is stale: slots above the real top may point at freed objects), else NULL. */
static HsFrame *gen_stale_frame(HsObject *op) {
    HsFrame *f = hs_vm_gen_check(op) ? hs_vm_gen_frame(op) : NULL;
    for (HsThreadState *t = hs_vm_tstate_first(); f != NULL && t != NULL;
         t = hs_vm_tstate_next(t)) {
        for (HsFrame *g = t->frame; g != NULL; g = g->previous) {
            if (g == f) {
                return g == t->frame || !frame_stack_ok(g) ? f : NULL;
            }
        }
    }
    return NULL;
}

/* Visit what 'op' references: tp_traverse for GC objects (tracked or not), the constants and
 * names of code objects (which are not GC objects). Dead objects (refcount 0: on a free list,
 * reached through a stale pointer) are not looked into. Stops at the first nonzero result. */
static int visit_children(HsObject *op, hs_visitproc visit, void *arg) {
    HsTypeObject *tp = Hs_TYPE(op);
    if (Hs_REFCNT(op) <= 0) {
        return 0;
    }
    HsFrame *stale = gen_stale_frame(op);
    if (stale != NULL) {
        // Traverse without the stale stack: the eval loop keeps the running frame's depth in
        // a local and overwrites stacktop at its next save, and nothing runs meanwhile.
        int saved = stale->stacktop;
        stale->stacktop = 0;
        int r = tp->tp_traverse(op, visit, arg);
        stale->stacktop = saved;
        return r;
    }
    if (tp->tp_traverse != NULL && HsObject_IS_GC(op)) {
        return tp->tp_traverse(op, visit, arg);
    }
    if (HsCode_Check(op)) {
        HsCodeObject *co = (HsCodeObject *)op;
        HsObject *fields[] = {co->co_consts,   co->co_names, co->co_localsplusnames,
                              co->co_filename, co->co_name,  co->co_qualname};
        for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
            int r = fields[i] != NULL ? visit(fields[i], arg) : 0;
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

static int count_visit(HsObject *op, void *arg) {
    CountArg *c = arg;
    if (op == c->target) {
        c->n++;
    }
    return 0;
}

/* Keys of dict 'd' that are 't' (str keys, which dict traversal skips as CPython's does). */
static Hs_ssize_t dict_key_hits(HsObject *d, HsObject *t) {
    Hs_ssize_t pos = 0, n = 0;
    HsObject *k, *v;
    while (HsDict_Next(d, &pos, &k, &v)) {
        n += k == t;
    }
    return n;
}

/* How many references 'op' holds to 't': what its traversal visits, plus the str keys of its
 * dict (exact dicts and instances' embedded dicts), which traversal skips. */
static Hs_ssize_t count_refs(HsObject *op, HsObject *t) {
    if (HsDict_CheckExact(op)) {
        Hs_ssize_t pos = 0, n = 0;
        HsObject *k, *v;
        while (HsDict_Next(op, &pos, &k, &v)) {
            n += (k == t) + (v == t);
        }
        return n;
    }
    CountArg c = {t, 0};
    (void)visit_children(op, count_visit, &c);
    if (HsUnicode_CheckExact(t) && (Hs_TYPE(op)->tp_flags & HS_TPFLAGS_HEAPTYPE)) {
        HsObject **dictptr = hs_object_dict_ptr(op);
        if (dictptr != NULL && *dictptr != NULL && HS_DICT_IS_EMBEDDED(*dictptr)) {
            c.n += dict_key_hits(*dictptr, t);
        }
    }
    return c.n;
}

/* ==== internal API: maps ==== */

int hs_heapscope_map_put(HsPtrMap *m, uintptr_t key, uintptr_t val) {
    if ((m->pm_len + 1) * 2 > m->pm_cap && map_grow(m) < 0) {
        return -1;
    }
    size_t mask = m->pm_cap - 1, j = ptr_hash(key, mask);
    while (m->pm_keys[j] != 0) {
        if (m->pm_keys[j] == key) {
            return 0;
        }
        j = (j + 1) & mask;
    }
    m->pm_keys[j] = key;
    m->pm_vals[j] = val;
    m->pm_len++;
    return 1;
}

int hs_heapscope_map_get(const HsPtrMap *m, uintptr_t key, uintptr_t *val) {
    if (m->pm_cap == 0) {
        return 0;
    }
    size_t mask = m->pm_cap - 1, j = ptr_hash(key, mask);
    while (m->pm_keys[j] != 0) {
        if (m->pm_keys[j] == key) {
            if (val != NULL) {
                *val = m->pm_vals[j];
            }
            return 1;
        }
        j = (j + 1) & mask;
    }
    return 0;
}

void hs_heapscope_map_free(HsPtrMap *m) {
    hs_mem_raw_free(m->pm_keys);
    hs_mem_raw_free(m->pm_vals);
    memset(m, 0, sizeof *m);
}

void hs_heapscope_refs_free(HsRefVec *v) {
    refs_truncate(v, 0);
    hs_mem_raw_free(v->rv_items);
    memset(v, 0, sizeof *v);
}

/* ==== internal API: the heap walk ==== */

static int walk_add(HsObject *op, void *arg) {
    HsHeapWalk *w = arg;
    if (Hs_REFCNT(op) <= 0) {
        return 0; // a stale pointer to a dead object
    }
    int r = hs_heapscope_map_put(&w->hw_seen, (uintptr_t)op, 0);
    if (r <= 0) {
        return r;
    }
    if (vec_reserve((void **)&w->hw_objs, &w->hw_cap, w->hw_len, sizeof(HsObject *)) < 0) {
        return -1;
    }
    w->hw_objs[w->hw_len++] = op;
    return 0;
}

/* The variables and owned fields of a running frame (not its value stack). */
static int walk_frame(HsFrame *f, hs_visitproc visit, void *arg) {
    for (int i = 0; i < f->f_code->co_nlocalsplus; i++) {
        if (f->localsplus[i] != NULL && visit(f->localsplus[i], arg) != 0) {
            return -1;
        }
    }
    HsObject *fields[] = {f->f_func, (HsObject *)f->f_code, f->f_locals, f->frame_obj};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (fields[i] != NULL && visit(fields[i], arg) != 0) {
            return -1;
        }
    }
    return 0;
}

int hs_heapscope_walk(HsHeapWalk *w) {
    int r = hs_gc_foreach(-1, walk_add, w);
    if (r == 0) {
        r = hs_gc_foreach(HS_GC_PERMANENT, walk_add, w);
    }
    for (HsThreadState *t = hs_vm_tstate_first(); r == 0 && t != NULL;
         t = hs_vm_tstate_next(t)) {
        for (HsFrame *f = t->frame; r == 0 && f != NULL; f = f->previous) {
            r = walk_frame(f, walk_add, w); /* each thread's frames are roots */
        }
    }
    for (size_t i = 0; r == 0 && i < w->hw_len; i++) {
        HsObject *op = w->hw_objs[i];
        r = visit_children(op, walk_add, w);
        Hs_ssize_t pos = 0;
        HsObject *k, *v;
        while (r == 0 && HsDict_Check(op) && HsDict_Next(op, &pos, &k, &v)) {
            r = walk_add(k, w); // str keys, which dict traversal skips
        }
    }
    if (r != 0) {
        hs_heapscope_walk_free(w);
        HsErr_NoMemory();
        return -1;
    }
    return 0;
}

void hs_heapscope_walk_free(HsHeapWalk *w) {
    hs_mem_raw_free(w->hw_objs);
    hs_heapscope_map_free(&w->hw_seen);
    memset(w, 0, sizeof *w);
}

/* ==== static helpers: attributing a holder's references ==== */

/* Items of a list or tuple equal to 't'. */
static int refs_in_items(HsRefVec *out, HsObject *h, HsObject *t, int kind) {
    HsObject **items = kind == HS_REF_LIST_INDEX ? ((HsListObject *)h)->ob_item
                                                 : ((HsTupleObject *)h)->ob_item;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(h); i++) {
        if (items[i] == t && refs_push(out, h, NULL, kind, i, NULL, NULL) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Keys and values of dict 'd' equal to 't', recorded with holder 'h' (the dict itself, or the
 * instance whose embedded dict it is, as 'value_kind'). */
static int refs_in_dict(HsRefVec *out, HsObject *h, HsObject *d, HsObject *t, int value_kind) {
    Hs_ssize_t pos = 0;
    HsObject *k, *v;
    while (HsDict_Next(d, &pos, &k, &v)) {
        if (k == t && refs_push(out, h, NULL, HS_REF_DICT_KEY, -1, NULL, NULL) < 0) {
            return -1;
        }
        if (v == t && refs_push(out, h, NULL, value_kind, -1, k, NULL) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Named fields: fields[i] == 't' gives a 'kind' record named names[i]. */
static int refs_in_fields(HsRefVec *out, HsObject *h, HsObject *t, int kind,
                          HsObject *const *fields, const char *const *names, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (fields[i] == t && refs_push(out, h, NULL, kind, -1, NULL, names[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int refs_in_function(HsRefVec *out, HsObject *h, HsObject *t) {
    HsFunctionObject *f = (HsFunctionObject *)h;
    static const char *const names[] = {"__code__",    "__globals__",  "__builtins__",
                                        "__module__",  "__defaults__", "__kwdefaults__",
                                        "__doc__",     "__name__",     "__dict__",
                                        "__closure__", "__annotations__", "__qualname__"};
    HsObject *fields[] = {f->func_code, f->func_globals, f->func_builtins, f->func_module,
                          f->func_defaults, f->func_kwdefaults, f->func_doc, f->func_name,
                          f->func_dict, f->func_closure, f->func_annotations, f->func_qualname};
    return refs_in_fields(out, h, t, HS_REF_FUNC_ATTR, fields, names, 12);
}

static int refs_in_code(HsRefVec *out, HsObject *h, HsObject *t) {
    HsCodeObject *co = (HsCodeObject *)h;
    static const char *const names[] = {"co_consts",   "co_names", "co_localsplusnames",
                                        "co_filename", "co_name",  "co_qualname"};
    HsObject *fields[] = {co->co_consts,   co->co_names, co->co_localsplusnames,
                          co->co_filename, co->co_name,  co->co_qualname};
    return refs_in_fields(out, h, t, HS_REF_CODE_ATTR, fields, names, 6);
}

/* Objects, modules, types and methods with a few named fields. */
static int refs_in_small(HsRefVec *out, HsObject *h, HsObject *t) {
    if (HsModule_Check(h)) {
        static const char *const names[] = {"__dict__", "__name__"};
        HsModuleObject *m = (HsModuleObject *)h;
        HsObject *fields[] = {m->md_dict, m->md_name};
        return refs_in_fields(out, h, t, HS_REF_MODULE_ATTR, fields, names, 2);
    }
    if (HsType_Check(h) && (((HsTypeObject *)h)->tp_flags & HS_TPFLAGS_HEAPTYPE)) {
        static const char *const names[] = {"__dict__", "__mro__", "__bases__", "__base__"};
        HsTypeObject *tp = (HsTypeObject *)h;
        HsObject *fields[] = {tp->tp_dict, tp->tp_mro, tp->tp_bases, (HsObject *)tp->tp_base};
        return refs_in_fields(out, h, t, HS_REF_TYPE_ATTR, fields, names, 4);
    }
    if (HsMethod_Check(h)) {
        static const char *const names[] = {"__func__", "__self__"};
        HsMethodObject *m = (HsMethodObject *)h;
        HsObject *fields[] = {m->im_func, m->im_self};
        return refs_in_fields(out, h, t, HS_REF_METHOD_ATTR, fields, names, 2);
    }
    if (HsCell_Check(h) && ((HsCellObject *)h)->ob_ref == t) {
        return refs_push(out, h, NULL, HS_REF_CELL, -1, NULL, NULL);
    }
    return 0;
}

/* What an instance of a class adds: __slots__ members, its embedded __dict__, its class. */
static int refs_in_instance(HsRefVec *out, HsObject *h, HsObject *t) {
    HsTypeObject *type = Hs_TYPE(h);
    for (HsTypeObject *tp = type; tp != NULL && (tp->tp_flags & HS_TPFLAGS_HEAPTYPE);
         tp = tp->tp_base) {
        HsMemberDef *m = ((HsHeapTypeObject *)tp)->ht_members;
        for (; m != NULL && m->name != NULL; m++) {
            if ((m->type == HS_T_OBJECT_EX || m->type == HS_T_OBJECT) &&
                *(HsObject **)((char *)h + m->offset) == t &&
                refs_push(out, h, NULL, HS_REF_SLOT, -1, NULL, m->name) < 0) {
                return -1;
            }
        }
    }
    HsObject **dictptr = hs_object_dict_ptr(h);
    if (dictptr != NULL && *dictptr != NULL && HS_DICT_IS_EMBEDDED(*dictptr) &&
        refs_in_dict(out, h, *dictptr, t, HS_REF_INSTANCE_ATTR) < 0) {
        return -1;
    }
    if ((HsObject *)type == t) {
        return refs_push(out, h, NULL, HS_REF_INSTANCE_TYPE, -1, NULL, NULL);
    }
    return 0;
}

/* References held by frame 'f': a running frame of the thread ('holder' NULL; not a
 * generator's, those are the generator's references), or the frame a frame object took over
 * when its frame ended ('holder' the frame object). */
static int refs_in_frame(HsRefVec *out, HsObject *holder, HsFrame *f, HsObject *t, int stack_ok) {
    HsFrame *rf = holder == NULL ? f : NULL;
    HsCodeObject *co = f->f_code;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        if (f->localsplus[i] == t &&
            refs_push(out, holder, rf, HS_REF_FRAME_LOCAL, i,
                      HS_TUPLE_GET(co->co_localsplusnames, i), NULL) < 0) {
            return -1;
        }
    }
    for (int i = 0; stack_ok && i < f->stacktop; i++) {
        if (f->localsplus[co->co_nlocalsplus + i] == t &&
            refs_push(out, holder, rf, HS_REF_FRAME_STACK, i, NULL, NULL) < 0) {
            return -1;
        }
    }
    static const char *const names[] = {"f_func", "f_code", "f_locals", "frame object"};
    HsObject *fields[] = {f->f_func, (HsObject *)f->f_code, f->f_locals, f->frame_obj};
    for (size_t i = 0; i < 4; i++) {
        if (fields[i] == t &&
            refs_push(out, holder, rf, HS_REF_FRAME_ATTR, -1, NULL, names[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

/* The references of 'h' to 't' this file can name. */
static int refs_known(HsRefVec *out, HsObject *h, HsObject *t) {
    int r = 0;
    if (HsList_Check(h)) {
        r = refs_in_items(out, h, t, HS_REF_LIST_INDEX);
    } else if (HsTuple_Check(h)) {
        r = refs_in_items(out, h, t, HS_REF_TUPLE_INDEX);
    } else if (HsDict_Check(h)) {
        r = refs_in_dict(out, h, h, t, HS_REF_DICT_VALUE);
    } else if (HsFunction_Check(h)) {
        r = refs_in_function(out, h, t);
    } else if (HsCode_Check(h)) {
        r = refs_in_code(out, h, t);
    } else if (HsFrame_Check(h) && ((HsFrameObject *)h)->f_frame->owner ==
                                       HS_FRAME_OWNED_BY_FRAME_OBJECT) {
        r = refs_in_frame(out, h, ((HsFrameObject *)h)->f_frame, t, 1);
    } else if (hs_vm_gen_check(h) && hs_vm_gen_frame(h) != NULL) {
        size_t start = out->rv_len;
        r = refs_in_frame(out, h, hs_vm_gen_frame(h), t, 1);
        for (size_t i = start; i < out->rv_len; i++) {
            out->rv_items[i].hr_kind = HS_REF_GENERATOR; // keyed by variable or stack slot
        }
    } else {
        r = refs_in_small(out, h, t);
    }
    if (r == 0 && (Hs_TYPE(h)->tp_flags & HS_TPFLAGS_HEAPTYPE)) {
        r = refs_in_instance(out, h, t);
    }
    return r;
}

/* Exactly 'n' records for the 'n' references of 'h' to 't' (counted by traversal): the ones
 * refs_known names, the rest by the holder's kind (set element, generator frame, reference). */
static int attribute_holder(HsRefVec *out, HsObject *h, HsObject *t, Hs_ssize_t n) {
    size_t start = out->rv_len;
    if (refs_known(out, h, t) < 0) {
        return -1;
    }
    if (out->rv_len - start > (size_t)n) {
        refs_truncate(out, start + (size_t)n);
    }
    int kind = HsAnySet_Check(h) ? HS_REF_SET_ELEMENT
               : hs_vm_gen_check(h) ? HS_REF_GENERATOR
                                    : HS_REF_OTHER;
    while (out->rv_len - start < (size_t)n) {
        if (refs_push(out, h, NULL, kind, -1, NULL, NULL) < 0) {
            return -1;
        }
    }
    return 0;
}

/* ==== static helpers: owners of dicts, tuples and cells ==== */

static int claim(HsPtrMap *holders, HsPtrMap *owned, Owner **owners, size_t *n, size_t *cap,
                 HsObject *part, HsObject *owner, int kind, HsObject *name) {
    if (part == NULL || !hs_heapscope_map_get(holders, (uintptr_t)part, NULL) ||
        hs_heapscope_map_get(owned, (uintptr_t)part, NULL)) {
        return 0;
    }
    if (vec_reserve((void **)owners, cap, *n, sizeof(Owner)) < 0 ||
        hs_heapscope_map_put(owned, (uintptr_t)part, (uintptr_t)*n) < 0) {
        return -1;
    }
    (*owners)[(*n)++] = (Owner){owner, kind, name};
    return 0;
}

typedef struct OwnerScan {
    HsPtrMap holders; /* the direct holders found */
    HsPtrMap owned;   /* part -> index into 'owners' */
    Owner *owners;
    size_t n, cap;
} OwnerScan;

#define CLAIM(part, owner, kind, name)                                                        \
    if (claim(&s->holders, &s->owned, &s->owners, &s->n, &s->cap, (part), (owner), (kind),     \
              (name)) < 0) {                                                                   \
        return -1;                                                                             \
    }

/* Record which of the direct holders object 'o' owns. */
static int claim_parts(OwnerScan *s, HsObject *o) {
    if (HsModule_Check(o)) {
        CLAIM(HS_MODULE_DICT(o), o, HS_REF_MODULE_GLOBAL, NULL);
    } else if (HsType_Check(o)) {
        CLAIM(((HsTypeObject *)o)->tp_dict, o, HS_REF_CLASS_ATTR, NULL);
    } else if (HsFunction_Check(o)) {
        HsFunctionObject *f = (HsFunctionObject *)o;
        CLAIM(f->func_defaults, o, HS_REF_FUNC_DEFAULT, NULL);
        CLAIM(f->func_kwdefaults, o, HS_REF_FUNC_KWDEFAULT, NULL);
        CLAIM(f->func_dict, o, HS_REF_FUNC_ATTR, NULL);
        HsCodeObject *co = (HsCodeObject *)f->func_code;
        if (f->func_closure != NULL && HsTuple_Check(f->func_closure) && HsCode_Check(co)) {
            Hs_ssize_t first = co->co_nlocalsplus - co->co_nfreevars;
            for (Hs_ssize_t i = 0; i < Hs_SIZE(f->func_closure) && i < co->co_nfreevars; i++) {
                HsObject *name = HS_TUPLE_GET(co->co_localsplusnames, first + i);
                CLAIM(HS_TUPLE_GET(f->func_closure, i), o, HS_REF_CLOSURE_CELL, name);
            }
        }
    } else if (HsCode_Check(o)) {
        HsCodeObject *co = (HsCodeObject *)o;
        CLAIM(co->co_consts, o, HS_REF_CODE_CONST, NULL);
        CLAIM(co->co_names, o, HS_REF_CODE_NAME, NULL);
        CLAIM(co->co_localsplusnames, o, HS_REF_CODE_VARNAME, NULL);
    }
    HsObject **dictptr = hs_object_dict_ptr(o);
    if (dictptr != NULL) {
        CLAIM(*dictptr, o, HS_REF_INSTANCE_ATTR, NULL);
    }
    return 0;
}

/* Rewrite record 'r' (held by a part) as held by the part's owner. */
static void apply_owner(HsHeapRef *r, const Owner *ow) {
    if (ow->ow_kind == HS_REF_CLOSURE_CELL) {
        if (r->hr_kind == HS_REF_CELL && r->hr_key == NULL) {
            r->hr_key = Hs_NewRef(ow->ow_name); // the cell stays the holder; name the variable
        }
        return;
    }
    int is_dict_owner = ow->ow_kind == HS_REF_MODULE_GLOBAL || ow->ow_kind == HS_REF_CLASS_ATTR ||
                        ow->ow_kind == HS_REF_INSTANCE_ATTR ||
                        ow->ow_kind == HS_REF_FUNC_KWDEFAULT || ow->ow_kind == HS_REF_FUNC_ATTR;
    if ((r->hr_kind == HS_REF_DICT_VALUE && is_dict_owner) ||
        (r->hr_kind == HS_REF_TUPLE_INDEX && !is_dict_owner)) {
        Hs_SETREF(r->hr_holder, Hs_NewRef(ow->ow_owner));
        r->hr_kind = ow->ow_kind;
    }
}

/* Replace dict/tuple/cell holders in out[start..] by their owners, found in one pass over the
 * walk. Returns 0 or -1 (no memory). */
static int resolve_owners(HsRefVec *out, size_t start, const HsHeapWalk *w) {
    OwnerScan s;
    memset(&s, 0, sizeof s);
    int rc = 0;
    for (size_t i = start; rc == 0 && i < out->rv_len; i++) {
        HsObject *h = out->rv_items[i].hr_holder;
        if (h != NULL && (HsDict_Check(h) || HsTuple_Check(h) || HsCell_Check(h))) {
            rc = hs_heapscope_map_put(&s.holders, (uintptr_t)h, 0) < 0 ? -1 : 0;
        }
    }
    for (size_t i = 0; rc == 0 && s.holders.pm_len > 0 && i < w->hw_len; i++) {
        rc = claim_parts(&s, w->hw_objs[i]);
    }
    for (size_t i = start; rc == 0 && i < out->rv_len; i++) {
        uintptr_t idx;
        HsHeapRef *r = &out->rv_items[i];
        if (r->hr_holder != NULL && hs_heapscope_map_get(&s.owned, (uintptr_t)r->hr_holder, &idx)) {
            apply_owner(r, &s.owners[idx]);
        }
    }
    hs_heapscope_map_free(&s.holders);
    hs_heapscope_map_free(&s.owned);
    hs_mem_raw_free(s.owners);
    return rc;
}

/* ==== internal API: holders ==== */

/* The running frames' and the threads' references to 't'. */
static int holders_in_thread(HsRefVec *out, HsObject *t) {
    for (HsThreadState *o = hs_vm_tstate_next(hs_vm_tstate_first()); o != NULL;
         o = hs_vm_tstate_next(o)) { /* the other threads' frames first */
        for (HsFrame *f = o != hs_vm_tstate() ? o->frame : NULL; f != NULL; f = f->previous) {
            if (f->owner == HS_FRAME_OWNED_BY_THREAD &&
                refs_in_frame(out, NULL, f, t, f != o->frame && frame_stack_ok(f)) < 0) {
                return -1;
            }
        }
    }
    HsThreadState *ts = hs_vm_tstate();
    for (HsFrame *f = ts->frame; f != NULL; f = f->previous) {
        if (f->owner == HS_FRAME_OWNED_BY_THREAD &&
            refs_in_frame(out, NULL, f, t, f != ts->frame && frame_stack_ok(f)) < 0) {
            return -1;
        }
    }
    if (ts->curexc == t && refs_push(out, NULL, NULL, HS_REF_THREAD, -1, NULL, "curexc") < 0) {
        return -1;
    }
    if (ts->exc_info == t &&
        refs_push(out, NULL, NULL, HS_REF_THREAD, -1, NULL, "exc_info") < 0) {
        return -1;
    }
    return 0;
}

int hs_heapscope_holders(HsObject *target, HsRefVec *out, Hs_ssize_t *unknown) {
    Hs_ssize_t refcnt = Hs_REFCNT(target); // read before the records take references
    HsHeapWalk w;
    memset(&w, 0, sizeof w);
    if (hs_heapscope_walk(&w) < 0) {
        return -1;
    }
    int rc = holders_in_thread(out, target);
    size_t heap_start = out->rv_len;
    for (size_t i = 0; rc == 0 && i < w.hw_len; i++) {
        Hs_ssize_t n = count_refs(w.hw_objs[i], target);
        if (n > 0) {
            rc = attribute_holder(out, w.hw_objs[i], target, n);
        }
    }
    if (rc == 0) {
        rc = resolve_owners(out, heap_start, &w);
    }
    hs_heapscope_walk_free(&w);
    if (rc < 0) {
        hs_heapscope_refs_free(out);
        HsErr_NoMemory();
        return -1;
    }
    Hs_ssize_t left = refcnt - 1 - (Hs_ssize_t)out->rv_len;
    *unknown = left > 0 ? left : 0;
    return 0;
}

/* ==== internal API: why_alive ====
 * Nodes are objects, or running frames tagged with bit 0 (frames are not objects). The map
 * sends each node found to the node it was found from (0 for a root). */

#define FRAME_NODE(f) ((uintptr_t)(f) | 1u)
#define NODE_IS_FRAME(n) (((n) & 1u) != 0)
#define NODE_FRAME(n) ((HsFrame *)((n) & ~(uintptr_t)1u))

typedef struct Bfs {
    HsPtrMap parent;
    uintptr_t *queue;
    size_t qlen, qcap;
    uintptr_t cur; /* the node being expanded */
    HsObject *target;
    int found; /* the target was reached */
    int error; /* out of memory */
} Bfs;

/* Add 'node' (found from b->cur, or a root when 'root') unless seen. Nonzero stops the
 * search: the target was found, or memory ran out (b->error). */
static int bfs_add(Bfs *b, uintptr_t node, int root) {
    if (!NODE_IS_FRAME(node) && Hs_REFCNT((HsObject *)node) <= 0) {
        return 0; // a stale pointer to a dead object
    }
    int r = hs_heapscope_map_put(&b->parent, node, root ? 0 : b->cur);
    if (r <= 0) {
        b->error = r < 0;
        return -r;
    }
    if (node == (uintptr_t)b->target) {
        b->found = 1;
        return 1;
    }
    if (vec_reserve((void **)&b->queue, &b->qcap, b->qlen, sizeof(uintptr_t)) < 0) {
        b->error = 1;
        return 1;
    }
    b->queue[b->qlen++] = node;
    return 0;
}

static int bfs_visit(HsObject *op, void *arg) {
    return bfs_add(arg, (uintptr_t)op, 0);
}

/* Expand a frame node: its variables, owned fields and (where readable) value stack. */
static int bfs_frame(Bfs *b, HsFrame *f) {
    int r = walk_frame(f, bfs_visit, b);
    if (r != 0) {
        return 1;
    }
    HsObject **stack = f->localsplus + f->f_code->co_nlocalsplus;
    for (int i = 0; f != hs_vm_tstate()->frame && frame_stack_ok(f) && i < f->stacktop; i++) {
        if (stack[i] != NULL && (r = bfs_add(b, (uintptr_t)stack[i], 0)) != 0) {
            return r;
        }
    }
    return 0;
}

/* Search from the roots; returns 1 (found), 0 (not) or -1 (no memory). Roots, in order:
 * the running frames (innermost first), sys.modules, the thread's exceptions. */
static int bfs_run(Bfs *b) {
    HsThreadState *ts = hs_vm_tstate();
    HsObject *modules = hs_sys_get_object("modules");
    int r = 0;
    for (HsFrame *f = ts->frame; r == 0 && f != NULL; f = f->previous) {
        r = bfs_add(b, FRAME_NODE(f), 1);
    }
    for (HsThreadState *o = hs_vm_tstate_first(); r == 0 && o != NULL;
         o = hs_vm_tstate_next(o)) { /* then the other threads' frames */
        for (HsFrame *f = o != ts ? o->frame : NULL; r == 0 && f != NULL; f = f->previous) {
            r = bfs_add(b, FRAME_NODE(f), 1);
        }
    }
    HsObject *objroots[] = {modules, ts->curexc, ts->exc_info};
    for (size_t i = 0; r == 0 && i < 3; i++) {
        r = objroots[i] != NULL ? bfs_add(b, (uintptr_t)objroots[i], 1) : 0;
    }
    for (size_t head = 0; r == 0 && head < b->qlen; head++) {
        b->cur = b->queue[head];
        if (NODE_IS_FRAME(b->cur)) {
            r = bfs_frame(b, NODE_FRAME(b->cur));
        } else {
            HsObject *op = (HsObject *)b->cur;
            r = visit_children(op, bfs_visit, b);
            Hs_ssize_t pos = 0;
            HsObject *k, *v;
            while (r == 0 && HsDict_Check(op) && HsDict_Next(op, &pos, &k, &v)) {
                r = bfs_visit(k, b); // str keys, which dict traversal skips
            }
        }
    }
    return b->error ? -1 : b->found;
}

/* The dict 'd' that node 'n' keeps its names in (module, class, instance, frame), or NULL. */
static HsObject *node_namespace(uintptr_t n, int *kind) {
    if (NODE_IS_FRAME(n)) {
        *kind = HS_REF_FRAME_LOCAL;
        return NODE_FRAME(n)->f_locals;
    }
    HsObject *o = (HsObject *)n;
    if (HsModule_Check(o)) {
        *kind = HS_REF_MODULE_GLOBAL;
        return HS_MODULE_DICT(o);
    }
    if (HsType_Check(o)) {
        *kind = HS_REF_CLASS_ATTR;
        return ((HsTypeObject *)o)->tp_dict;
    }
    HsObject **dictptr = hs_object_dict_ptr(o);
    *kind = HS_REF_INSTANCE_ATTR;
    return dictptr != NULL ? *dictptr : NULL;
}

/* One record for the step from node 'p' to object 'c'. */
static int describe_step(HsRefVec *out, uintptr_t p, HsObject *c) {
    size_t start = out->rv_len;
    if (NODE_IS_FRAME(p)) {
        HsFrame *f = NODE_FRAME(p);
        int ok = f != hs_vm_tstate()->frame && frame_stack_ok(f);
        if (refs_in_frame(out, NULL, f, c, ok) < 0) {
            return -1;
        }
    } else if (attribute_holder(out, (HsObject *)p, c, 1) < 0) {
        return -1;
    }
    if (out->rv_len == start) { // cannot happen: the step was found by traversal
        return refs_push(out, NULL, NULL, HS_REF_OTHER, -1, NULL, NULL);
    }
    refs_truncate(out, start + 1);
    return 0;
}

/* If nodes[i] is a function, nodes[i+1] its closure tuple and nodes[i+2] a cell of it, the
 * free variable's name (borrowed), else NULL. */
static HsObject *closure_step(const uintptr_t *nodes, size_t i, size_t n) {
    if (i + 3 >= n || NODE_IS_FRAME(nodes[i]) || !HsFunction_Check((HsObject *)nodes[i])) {
        return NULL;
    }
    HsFunctionObject *f = (HsFunctionObject *)nodes[i];
    HsCodeObject *co = (HsCodeObject *)f->func_code;
    if (f->func_closure == NULL || (uintptr_t)f->func_closure != nodes[i + 1] ||
        !HsTuple_Check(f->func_closure) || !HsCode_Check(co)) {
        return NULL;
    }
    for (Hs_ssize_t j = 0; j < Hs_SIZE(f->func_closure) && j < co->co_nfreevars; j++) {
        if ((uintptr_t)HS_TUPLE_GET(f->func_closure, j) == nodes[i + 2]) {
            return HS_TUPLE_GET(co->co_localsplusnames, co->co_nlocalsplus - co->co_nfreevars + j);
        }
    }
    return NULL;
}

/* Turn the node path 'nodes[0..n)' (root first, target last) into records, merging
 * "owner -> its namespace dict -> value" and "function -> __closure__ -> cell -> value" into
 * one step each. */
static int render_path(HsRefVec *out, const uintptr_t *nodes, size_t n) {
    HsThreadState *ts = hs_vm_tstate();
    if (n > 0 && !NODE_IS_FRAME(nodes[0]) &&
        ((HsObject *)nodes[0] == ts->curexc || (HsObject *)nodes[0] == ts->exc_info)) {
        const char *name = (HsObject *)nodes[0] == ts->curexc ? "curexc" : "exc_info";
        if (refs_push(out, NULL, NULL, HS_REF_THREAD, -1, NULL, name) < 0) {
            return -1;
        }
    }
    for (size_t i = 0; i + 1 < n; i++) {
        HsObject *freevar = closure_step(nodes, i, n);
        if (freevar != NULL) {
            if (refs_push(out, (HsObject *)nodes[i], NULL, HS_REF_CLOSURE_CELL, -1, freevar,
                          NULL) < 0) {
                return -1;
            }
            i += 2;
            continue;
        }
        int kind;
        HsObject *ns = node_namespace(nodes[i], &kind);
        if (ns != NULL && (uintptr_t)ns == nodes[i + 1] && i + 2 < n && HsDict_Check(ns)) {
            size_t at = out->rv_len;
            if (describe_step(out, nodes[i + 1], (HsObject *)nodes[i + 2]) < 0) {
                return -1;
            }
            HsHeapRef *r = &out->rv_items[at];
            if (r->hr_kind == HS_REF_DICT_VALUE) {
                Hs_CLEAR(r->hr_holder);
                r->hr_holder = NODE_IS_FRAME(nodes[i]) ? NULL : Hs_NewRef((HsObject *)nodes[i]);
                r->hr_frame = NODE_IS_FRAME(nodes[i]) ? NODE_FRAME(nodes[i]) : NULL;
                r->hr_kind = kind;
            }
            i++;
            continue;
        }
        if (describe_step(out, nodes[i], (HsObject *)nodes[i + 1]) < 0) {
            return -1;
        }
    }
    return 0;
}

int hs_heapscope_why_alive(HsObject *target, HsRefVec *out) {
    Bfs b;
    memset(&b, 0, sizeof b);
    b.target = target;
    int found = bfs_run(&b);
    uintptr_t *nodes = NULL;
    size_t n = 0, cap = 0;
    for (uintptr_t node = (uintptr_t)target; found == 1 && node != 0;) {
        if (vec_reserve((void **)&nodes, &cap, n, sizeof(uintptr_t)) < 0) {
            found = -1;
            break;
        }
        nodes[n++] = node;
        (void)hs_heapscope_map_get(&b.parent, node, &node);
    }
    for (size_t i = 0; i < n / 2; i++) { // root first
        uintptr_t tmp = nodes[i];
        nodes[i] = nodes[n - 1 - i];
        nodes[n - 1 - i] = tmp;
    }
    if (found == 1 && render_path(out, nodes, n) < 0) {
        found = -1;
    }
    hs_mem_raw_free(nodes);
    hs_heapscope_map_free(&b.parent);
    hs_mem_raw_free(b.queue);
    if (found < 0) {
        hs_heapscope_refs_free(out);
        HsErr_NoMemory();
    }
    return found;
}
