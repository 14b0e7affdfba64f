/* Snapshots of the running program for the step tracer (no CPython counterpart: Python
 * Tutor's pg_logger.py does this in Python with repr() and id()). A snapshot records the
 * running thread's user frames (hs_trace_code_is_user) with their variables, the main
 * module's globals, and every object reachable from those roots, breadth first, each with
 * type, summary, sys.getsizeof size, refcount, mutability, GC state and allocator block,
 * and its edges labelled by index, key or attribute.
 * Invariants: taking a snapshot runs no Python code, takes no reference and frees nothing
 * (it calls only built-in C __sizeof__ methods, whose int results are freed at once); every
 * record lives in C-library memory owned by the snapshot (a string arena), so a snapshot
 * stays readable after its objects die. Modules, classes, functions and code objects are
 * leaves; the builtins are never reached; instance __dict__s are folded into their instance.
 * The format these records become is docs/trace-format.md. */
#include "trace_internal.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_modules.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_complex.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_range.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdlib.h>
#include <string.h>

/* ==== types ==== */

/* Strings of a snapshot: bump-allocated in chunks freed together. */
typedef struct Chunk {
    struct Chunk *next;
    size_t used, cap;
    char data[];
} Chunk;

typedef struct Priv {
    Chunk *chunks;
    HsTraceMap index; /* id -> record index + 1 */
    HsObject **objs; /* the live object of each record, during the walk only */
    size_t cap;
} Priv;

/* ==== memory and the pointer map ==== */

static void *arena_alloc(Priv *p, size_t n) {
    n = (n + 7) & ~(size_t)7;
    if (p->chunks == NULL || p->chunks->cap - p->chunks->used < n) {
        size_t cap = n > 65536 ? n : 65536;
        Chunk *c = malloc(sizeof(Chunk) + cap);
        if (c == NULL) {
            return NULL;
        }
        c->next = p->chunks;
        c->used = 0;
        c->cap = cap;
        p->chunks = c;
    }
    void *r = p->chunks->data + p->chunks->used;
    p->chunks->used += n;
    return r;
}

static const char *arena_strdup(Priv *p, const char *s) {
    size_t n = strlen(s) + 1;
    char *r = arena_alloc(p, n);
    if (r != NULL) {
        memcpy(r, s, n);
    }
    return r;
}

static size_t id_hash(uintptr_t k, size_t mask) {
    k ^= k >> 17;
    k *= (uintptr_t)0x9E3779B97F4A7C15ULL;
    return (size_t)(k >> 16) & mask;
}

int hs_trace_map_put(HsTraceMap *m, uintptr_t key, size_t val) {
    if ((m->len + 1) * 2 > m->cap) {
        size_t ncap = m->cap ? m->cap * 2 : 256;
        uintptr_t *nk = calloc(ncap, sizeof *nk);
        size_t *nv = malloc(ncap * sizeof *nv);
        if (nk == NULL || nv == NULL) {
            free(nk);
            free(nv);
            return -1;
        }
        for (size_t i = 0; i < m->cap; i++) {
            if (m->keys[i] != 0) {
                size_t j = id_hash(m->keys[i], ncap - 1);
                while (nk[j] != 0) {
                    j = (j + 1) & (ncap - 1);
                }
                nk[j] = m->keys[i];
                nv[j] = m->vals[i];
            }
        }
        free(m->keys);
        free(m->vals);
        m->keys = nk;
        m->vals = nv;
        m->cap = ncap;
    }
    size_t j = id_hash(key, m->cap - 1);
    while (m->keys[j] != 0 && m->keys[j] != key) {
        j = (j + 1) & (m->cap - 1);
    }
    if (m->keys[j] == 0) {
        m->len++;
    }
    m->keys[j] = key;
    m->vals[j] = val;
    return 0;
}

size_t hs_trace_map_get(const HsTraceMap *m, uintptr_t key) {
    if (m->cap == 0) {
        return 0;
    }
    size_t j = id_hash(key, m->cap - 1);
    while (m->keys[j] != 0) {
        if (m->keys[j] == key) {
            return m->vals[j];
        }
        j = (j + 1) & (m->cap - 1);
    }
    return 0;
}

void hs_trace_map_clear(HsTraceMap *m) {
    if (m->cap != 0) {
        memset(m->keys, 0, m->cap * sizeof *m->keys);
    }
    m->len = 0;
}

void hs_trace_map_free(HsTraceMap *m) {
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ==== static helpers: generations ==== */

/* Tracked objects of generations 1, 2 and the permanent one -> generation; rebuilt when the
 * collector's log grows (objects move between generations only in collections). */
static HsTraceMap gen_map;
static Hs_ssize_t gen_map_total = -1;

static int gen_add(HsObject *op, void *arg) {
    (void)hs_trace_map_put(&gen_map, (uintptr_t)op, (size_t)(uintptr_t)arg);
    return 0;
}

void hs_trace_generations_refresh(void) {
    Hs_ssize_t total = hs_gc_log_total();
    if (total == gen_map_total) {
        return;
    }
    gen_map_total = total;
    hs_trace_map_clear(&gen_map);
    (void)hs_gc_foreach(1, gen_add, (void *)(uintptr_t)1);
    (void)hs_gc_foreach(2, gen_add, (void *)(uintptr_t)2);
    (void)hs_gc_foreach(HS_GC_PERMANENT, gen_add, (void *)(uintptr_t)3);
}

void hs_trace_generations_clear(void) {
    hs_trace_map_free(&gen_map);
    gen_map_total = -1;
}

/* ==== static helpers: records ==== */

extern char etext, end; /* the program's text and data end (as heapscope.location) */

static int is_static_object(const void *op) {
    return (uintptr_t)op >= (uintptr_t)&etext && (uintptr_t)op < (uintptr_t)&end;
}

/* The allocator block of 'op' (CPython's layout: GC head and managed-dict pre-header). */
static void fill_alloc(HsTraceObject *r, HsObject *op) {
    r->to_has_alloc = 0;
    if (is_static_object(op)) {
        return;
    }
    size_t pre = 0;
    if (HsObject_IS_GC(op)) {
        pre = sizeof(HsGCHead);
        if (Hs_TYPE(op)->tp_flags & HS_TPFLAGS_MANAGED_DICT) {
            pre += HS_MANAGED_DICT_PRESIZE;
        }
    }
    HsMemLocation loc;
    if (hs_mem_locate((const char *)op - pre, &loc) == HS_MEM_LOC_SMALL) {
        r->to_has_alloc = 1;
        r->to_arena = (int)loc.arena_index;
        r->to_pool = (int)loc.pool_index;
        r->to_size_class = (int)loc.block_size;
    }
}

/* sys.getsizeof without running Python code: the type's built-in __sizeof__, else the
 * basic size (a Python-level __sizeof__ is not called). The exception state is kept. */
static Hs_ssize_t object_size(HsObject *op) {
    HsTypeObject *tp = Hs_TYPE(op);
    Hs_ssize_t n = tp->tp_itemsize != 0 ? Hs_SIZE(op) : 0;
    Hs_ssize_t size = tp->tp_basicsize + (n < 0 ? -n : n) * tp->tp_itemsize;
    HsObject *name = hs_builtins_name("__sizeof__");
    HsObject *meth = name != NULL ? hs_type_lookup(tp, name) : NULL;
    if (meth != NULL && !HsFunction_Check(meth)) {
        HsObject *saved = HsErr_GetRaisedException();
        Hs_INCREF(meth);
        HsObject *r = HsObject_Vectorcall(meth, &op, 1, NULL);
        Hs_DECREF(meth);
        if (r != NULL && HsLong_Check(r)) {
            Hs_ssize_t v = HsLong_AsSsize_t(r);
            if (v >= 0) {
                size = v;
            }
        }
        Hs_XDECREF(r);
        HsErr_Clear();
        HsErr_SetRaisedException(saved);
    }
    if (HsObject_IS_GC(op)) {
        size += 16;
    }
    if (tp->tp_flags & HS_TPFLAGS_MANAGED_DICT) {
        size += 16;
    }
    return size;
}

static int is_immutable_type(HsTypeObject *tp) {
    return tp == &HsLong_Type || tp == &HsBool_Type || tp == &HsFloat_Type ||
           tp == &HsUnicode_Type || tp == &HsBytes_Type || tp == &HsTuple_Type ||
           tp == &HsFrozenSet_Type || tp == &HsNone_Type || tp == &HsRange_Type ||
           tp == &HsComplex_Type || tp == &HsCode_Type || tp == &HsNotImplemented_Type ||
           tp == &HsEllipsis_Type || tp == &HsSlice_Type;
}

/* type(op).__name__ (the part of tp_name after the last dot). */
static const char *type_name(HsTypeObject *tp) {
    const char *dot = strrchr(tp->tp_name, '.');
    return dot != NULL ? dot + 1 : tp->tp_name;
}

/* ==== static helpers: the walk ==== */

typedef struct Walk {
    HsTraceSnapshot *s;
    Priv *p;
    size_t cap; /* of s->ts_objects */
} Walk;

/* The record index of 'op', adding it (fields filled later) if new. Returns -1 when out
 * of memory, -2 when the cap is reached. */
static Hs_ssize_t walk_add(Walk *w, HsObject *op) {
    size_t at = hs_trace_map_get(&w->p->index, (uintptr_t)op);
    if (at != 0) {
        return (Hs_ssize_t)at - 1;
    }
    HsTraceSnapshot *s = w->s;
    if (s->ts_nobjects >= HS_TRACE_MAX_OBJECTS) {
        s->ts_capped = 1;
        return -2;
    }
    if (s->ts_nobjects == w->cap) {
        size_t ncap = w->cap ? w->cap * 2 : 64;
        HsTraceObject *no = realloc(s->ts_objects, ncap * sizeof *no);
        if (no == NULL) {
            return -1;
        }
        s->ts_objects = no;
        HsObject **nobjs = realloc(w->p->objs, ncap * sizeof *nobjs);
        if (nobjs == NULL) {
            return -1;
        }
        w->p->objs = nobjs;
        w->cap = ncap;
    }
    size_t i = s->ts_nobjects++;
    memset(&s->ts_objects[i], 0, sizeof s->ts_objects[i]);
    s->ts_objects[i].to_id = (uintptr_t)op;
    w->p->objs[i] = op;
    if (hs_trace_map_put(&w->p->index, (uintptr_t)op, i + 1) < 0) {
        return -1;
    }
    return (Hs_ssize_t)i;
}

/* Edge storage while one object's edges are gathered. */
typedef struct EdgeBuf {
    HsTraceEdge *items;
    int len, cap, omitted;
} EdgeBuf;

static int edge_push(Walk *w, EdgeBuf *e, const char *label, HsObject *target) {
    if (target == NULL) {
        return 0;
    }
    if (e->len >= HS_TRACE_MAX_EDGES) {
        e->omitted++;
        return 0;
    }
    Hs_ssize_t r = walk_add(w, target);
    if (r == -1) {
        return -1;
    }
    if (r == -2) {
        return 0; /* capped: the edge would point at an object not shown */
    }
    if (e->len == e->cap) {
        int ncap = e->cap ? e->cap * 2 : 8;
        HsTraceEdge *n = realloc(e->items, (size_t)ncap * sizeof *n);
        if (n == NULL) {
            return -1;
        }
        e->items = n;
        e->cap = ncap;
    }
    const char *l = arena_strdup(w->p, label);
    if (l == NULL) {
        return -1;
    }
    e->items[e->len].te_label = l;
    e->items[e->len].te_id = (uintptr_t)target;
    e->len++;
    return 0;
}

/* A key whose summary is the whole story (no "key [i]" edge). */
static int inline_key(HsObject *k) {
    HsTypeObject *tp = Hs_TYPE(k);
    return tp == &HsUnicode_Type || tp == &HsLong_Type || tp == &HsFloat_Type ||
           tp == &HsBool_Type || tp == &HsNone_Type;
}

static int dict_edges(Walk *w, EdgeBuf *e, HsObject *d, int attrs) {
    Hs_ssize_t pos = 0, i = 0;
    HsObject *k, *v;
    char label[4 * HS_TRACE_REPR_CHARS + 32];
    while (HsDict_Next(d, &pos, &k, &v)) {
        if (attrs && HsUnicode_Check(k)) {
            label[0] = '.';
            hs_trace_str_utf8(k, label + 1, sizeof label - 1);
        } else {
            label[0] = '[';
            hs_trace_summary(k, label + 1, sizeof label - 2);
            strcat(label, "]");
        }
        if (edge_push(w, e, label, v) < 0) {
            return -1;
        }
        if (!inline_key(k)) {
            snprintf(label, sizeof label, "key [%zd]", (ssize_t)i);
            if (edge_push(w, e, label, k) < 0) {
                return -1;
            }
        }
        i++;
    }
    return 0;
}

static int instance_edges(Walk *w, EdgeBuf *e, HsObject *op) {
    HsTypeObject *type = Hs_TYPE(op);
    char label[128];
    for (HsTypeObject *tp = type; tp != NULL && (tp->tp_flags & HS_TPFLAGS_HEAPTYPE);
         tp = tp->tp_base) {
        HsMemberDef *m = ((HsHeapTypeObject *)tp)->ht_members;
        for (; m != NULL && m->name != NULL; m++) {
            if (m->type == HS_T_OBJECT_EX || m->type == HS_T_OBJECT) {
                snprintf(label, sizeof label, ".%s", m->name);
                if (edge_push(w, e, label, *(HsObject **)((char *)op + m->offset)) < 0) {
                    return -1;
                }
            }
        }
    }
    HsObject **dictptr = hs_object_dict_ptr(op);
    if (dictptr != NULL && *dictptr != NULL && HsDict_Check(*dictptr)) {
        return dict_edges(w, e, *dictptr, 1);
    }
    return 0;
}

/* The labelled references of 'op' to show. */
static int object_edges(Walk *w, EdgeBuf *e, HsObject *op) {
    HsTypeObject *tp = Hs_TYPE(op);
    char label[48];
    if (HsList_Check(op) || HsTuple_Check(op)) {
        HsObject **items = HsList_Check(op) ? HS_LIST_ITEMS(op) : ((HsTupleObject *)op)->ob_item;
        for (Hs_ssize_t i = 0; i < Hs_SIZE(op); i++) {
            snprintf(label, sizeof label, "[%zd]", (ssize_t)i);
            if (edge_push(w, e, label, items[i]) < 0) {
                return -1;
            }
        }
    } else if (HsDict_Check(op)) {
        if (dict_edges(w, e, op, 0) < 0) {
            return -1;
        }
    } else if (HsAnySet_Check(op)) {
        Hs_ssize_t pos = 0, hash, i = 0;
        HsObject *k;
        while (hs_set_next_entry(op, &pos, &k, &hash)) {
            snprintf(label, sizeof label, "{%zd}", (ssize_t)i++);
            if (edge_push(w, e, label, k) < 0) {
                return -1;
            }
        }
    } else if (HsCell_Check(op)) {
        return edge_push(w, e, "cell", ((HsCellObject *)op)->ob_ref);
    }
    if ((tp->tp_flags & HS_TPFLAGS_HEAPTYPE) && !HsType_Check(op)) {
        return instance_edges(w, e, op);
    }
    return 0;
}

/* Fill record 'i' (its object is w->p->objs[i]) and add what it reaches. */
static int fill_object(Walk *w, size_t i) {
    HsObject *op = w->p->objs[i];
    HsTypeObject *tp = Hs_TYPE(op);
    char buf[4 * HS_TRACE_REPR_CHARS + 8];
    hs_trace_summary(op, buf, sizeof buf);
    const char *repr = arena_strdup(w->p, buf), *tname = arena_strdup(w->p, type_name(tp));
    if (repr == NULL || tname == NULL) {
        return -1;
    }
    Hs_ssize_t size = object_size(op);
    EdgeBuf e = {0};
    int leaf = HsModule_Check(op) || HsType_Check(op) || HsFunction_Check(op) ||
               tp == &HsCode_Type;
    if (!leaf && object_edges(w, &e, op) < 0) {
        free(e.items);
        return -1;
    }
    HsTraceObject *r = &w->s->ts_objects[i]; /* after the walk_adds that may move it */
    r->to_type = tname;
    r->to_repr = repr;
    r->to_typeptr = tp;
    r->to_size = size;
    r->to_refcnt = Hs_REFCNT(op);
    r->to_mutable = !is_immutable_type(tp);
    r->to_is_gc = (char)HsObject_IS_GC(op);
    r->to_generation = -1;
    if (r->to_is_gc) {
        r->to_tracked = (char)hs_gc_is_tracked(op);
        r->to_finalized = (char)hs_gc_is_finalized(op);
        if (r->to_tracked) {
            r->to_generation = (signed char)hs_trace_map_get(&gen_map, (uintptr_t)op);
        }
    }
    fill_alloc(r, op);
    r->to_omitted = e.omitted;
    r->to_nedges = e.len;
    r->to_edges = NULL;
    if (e.len > 0) {
        r->to_edges = arena_alloc(w->p, (size_t)e.len * sizeof(HsTraceEdge));
        if (r->to_edges == NULL) {
            free(e.items);
            return -1;
        }
        memcpy(r->to_edges, e.items, (size_t)e.len * sizeof(HsTraceEdge));
    }
    free(e.items);
    return 0;
}

/* ==== static helpers: roots ==== */

/* A name (str) as UTF-8, cut at about 250 bytes. */
static const char *str_utf8(Priv *p, HsObject *s) {
    char buf[256];
    if (!HsUnicode_Check(s)) {
        return arena_strdup(p, "?");
    }
    hs_trace_str_utf8(s, buf, sizeof buf);
    return arena_strdup(p, buf);
}

static int is_dunder(HsObject *name) {
    if (!HsUnicode_Check(name) || HS_STR_LEN(name) < 4) {
        return 0;
    }
    Hs_ssize_t n = HS_STR_LEN(name);
    return HS_STR_READ_CHAR(name, 0) == '_' && HS_STR_READ_CHAR(name, 1) == '_' &&
           HS_STR_READ_CHAR(name, n - 1) == '_' && HS_STR_READ_CHAR(name, n - 2) == '_';
}

/* Append variable 'name' -> 'v' to a variable array, adding 'v' to the walk. */
static int add_var(Walk *w, HsTraceVar **vars, int *n, int *cap, HsObject *name, HsObject *v) {
    if (*n == *cap) {
        int ncap = *cap ? *cap * 2 : 8;
        HsTraceVar *nv = realloc(*vars, (size_t)ncap * sizeof *nv);
        if (nv == NULL) {
            return -1;
        }
        *vars = nv;
        *cap = ncap;
    }
    const char *s = str_utf8(w->p, name);
    Hs_ssize_t r = walk_add(w, v);
    if (s == NULL || r == -1) {
        return -1;
    }
    if (r == -2) {
        return 0;
    }
    (*vars)[*n].tv_name = s;
    (*vars)[*n].tv_id = (uintptr_t)v;
    (*n)++;
    return 0;
}

/* Variables of a namespace dict (no dunder names), into an arena copy. */
static int dict_vars(Walk *w, HsObject *d, HsTraceVar **out, int *nout) {
    HsTraceVar *vars = NULL;
    int n = 0, cap = 0;
    Hs_ssize_t pos = 0;
    HsObject *k, *v;
    while (d != NULL && HsDict_Next(d, &pos, &k, &v)) {
        if (!is_dunder(k) && add_var(w, &vars, &n, &cap, k, v) < 0) {
            free(vars);
            return -1;
        }
    }
    *out = n ? arena_alloc(w->p, (size_t)n * sizeof *vars) : NULL;
    if (n && *out == NULL) {
        free(vars);
        return -1;
    }
    if (n) {
        memcpy(*out, vars, (size_t)n * sizeof *vars);
    }
    *nout = n;
    free(vars);
    return 0;
}

/* A function frame's fast locals, cells shown by their content. */
static int fast_vars(Walk *w, HsFrame *f, HsTraceFrame *tf) {
    HsCodeObject *co = f->f_code;
    HsTraceVar *vars = NULL;
    int n = 0, cap = 0;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        HsObject *v = f->localsplus[i];
        if (v != NULL && (co->co_localspluskinds[i] & (HS_CO_FAST_CELL | HS_CO_FAST_FREE)) &&
            HsCell_Check(v)) {
            v = ((HsCellObject *)v)->ob_ref;
        }
        if (v != NULL &&
            add_var(w, &vars, &n, &cap, HS_TUPLE_GET(co->co_localsplusnames, i), v) < 0) {
            free(vars);
            return -1;
        }
    }
    tf->tf_vars = n ? arena_alloc(w->p, (size_t)n * sizeof *vars) : NULL;
    if (n && tf->tf_vars != NULL) {
        memcpy(tf->tf_vars, vars, (size_t)n * sizeof *vars);
    }
    tf->tf_nvars = n;
    free(vars);
    return n && tf->tf_vars == NULL ? -1 : 0;
}

static int add_frame(Walk *w, HsFrame *f, HsTraceFrame *tf,
                     const char *(*file_of)(HsObject *)) {
    HsCodeObject *co = f->f_code;
    memset(tf, 0, sizeof *tf);
    tf->tf_frame = f;
    tf->tf_function = str_utf8(w->p, co->co_name);
    tf->tf_qualname = str_utf8(w->p, co->co_qualname);
    tf->tf_file = file_of != NULL ? file_of(co->co_filename) : str_utf8(w->p, co->co_filename);
    tf->tf_firstline = co->co_firstlineno;
    tf->tf_line = hs_code_addr2line(co, f->prev_instr - co->co_code);
    if (tf->tf_function == NULL || tf->tf_qualname == NULL || tf->tf_file == NULL) {
        return -1;
    }
    tf->tf_is_module = f->f_func == NULL && f->f_locals == f->f_globals;
    if (tf->tf_is_module) {
        return 0;
    }
    if (f->f_locals != NULL && HsDict_Check(f->f_locals)) {
        return dict_vars(w, f->f_locals, &tf->tf_vars, &tf->tf_nvars);
    }
    return fast_vars(w, f, tf);
}

static int take_roots(Walk *w, HsThreadState *ts, HsObject *globals,
                      const char *(*file_of)(HsObject *)) {
    HsTraceSnapshot *s = w->s;
    int n = 0;
    for (HsFrame *f = ts->frame; f != NULL; f = f->previous) {
        n += hs_trace_code_is_user(f->f_code);
    }
    s->ts_frames = n ? arena_alloc(w->p, (size_t)n * sizeof(HsTraceFrame)) : NULL;
    if (n && s->ts_frames == NULL) {
        return -1;
    }
    s->ts_nframes = n;
    HsFrame **order = n ? malloc((size_t)n * sizeof *order) : NULL;
    if (n && order == NULL) {
        return -1;
    }
    int k = n;
    for (HsFrame *f = ts->frame; f != NULL; f = f->previous) {
        if (hs_trace_code_is_user(f->f_code)) {
            order[--k] = f;
        }
    }
    int rc = 0;
    for (int i = 0; i < n && rc == 0; i++) {
        rc = add_frame(w, order[i], &s->ts_frames[i], file_of);
    }
    free(order);
    if (rc == 0 && globals != NULL) {
        rc = dict_vars(w, globals, &s->ts_globals, &s->ts_nglobals);
    }
    return rc;
}

/* ==== internal API ==== */

int hs_trace_code_is_user(HsCodeObject *co) {
    HsObject *fn = co->co_filename;
    if (fn == NULL || !HsUnicode_Check(fn) || HS_STR_LEN(fn) < 7 || HS_STR_KIND(fn) != 1) {
        return 1;
    }
    return memcmp(HS_STR_1BYTE(fn), "<frozen", 7) != 0;
}

int hs_trace_snapshot_take(HsTraceSnapshot *s, HsThreadState *ts, HsObject *globals,
                           const char *(*file_of)(HsObject *)) {
    memset(s, 0, sizeof *s);
    Priv *p = calloc(1, sizeof *p);
    if (p == NULL) {
        return -1;
    }
    s->ts_priv = p;
    s->ts_thread = 1;
    Walk w = {s, p, 0};
    int rc = take_roots(&w, ts, globals, file_of);
    for (size_t i = 0; rc == 0 && i < s->ts_nobjects; i++) {
        rc = fill_object(&w, i);
    }
    free(p->objs);
    p->objs = NULL;
    if (rc < 0) {
        hs_trace_snapshot_free(s);
        return -1;
    }
    return 0;
}

void hs_trace_snapshot_free(HsTraceSnapshot *s) {
    Priv *p = s->ts_priv;
    if (p != NULL) {
        for (Chunk *c = p->chunks, *next; c != NULL; c = next) {
            next = c->next;
            free(c);
        }
        free(p->index.keys);
        free(p->index.vals);
        free(p->objs);
        free(p);
    }
    free(s->ts_objects);
    memset(s, 0, sizeof *s);
}

const HsTraceObject *hs_trace_snapshot_find(const HsTraceSnapshot *s, uintptr_t id) {
    const Priv *p = s->ts_priv;
    if (p == NULL) {
        return NULL;
    }
    size_t at = hs_trace_map_get(&p->index, id);
    return at != 0 ? &s->ts_objects[at - 1] : NULL;
}
