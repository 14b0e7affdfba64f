/* The `heapscope` module: what CPython cannot tell about an object's memory (no CPython
 * counterpart; docs/heapscope-module.md is the reference):
 *   location(obj)   where its block lives in the allocator (arena, pool, size class);
 *   holders(obj)    every reference to it, by holder, so that sys.getrefcount adds up;
 *   why_alive(obj)  a shortest chain of references from a root to it;
 *   gc_log()        one record per collection since start (the last HS_GC_LOG_CAPACITY);
 *   heap_summary()  objects and bytes per type, and the allocator's size classes.
 * The heap walk and the attribution of references live in heapscope_walk.c.
 * Invariants: every function here takes borrowed arguments and returns a new reference or NULL
 * with an exception; the records are named tuples (structseqs) whose field names are part of
 * the documented API. */
#include "internal/hs_modules_heapscope.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_modules.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_vm_frameobject.h"
#include "hs/errors.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ==== constants and types ==== */

/* The linker's marks around the executable's text and data (ELF): statically allocated
 * objects (small ints, None, built-in types, ...) lie in [etext, end). */
extern char etext, end;

#define SS_FIELD(name, i)                                                                          \
    { name, hs_structseq_get, NULL, NULL, (void *)(intptr_t)(i) }
#define SS_END                                                                                     \
    { NULL, NULL, NULL, NULL, NULL }
#define SS_TYPE(var, tpname, fields, doc)                                                          \
    static HsTypeObject var = {                                                                    \
        .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),                                         \
        .tp_name = tpname,                                                                         \
        .tp_basicsize = offsetof(HsTupleObject, ob_item),                                          \
        .tp_itemsize = sizeof(HsObject *),                                                         \
        .tp_dealloc = hs_structseq_dealloc,                                                        \
        .tp_repr = hs_structseq_repr,                                                              \
        .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_TUPLE_SUBCLASS,                                \
        .tp_doc = doc,                                                                             \
        .tp_traverse = hs_structseq_traverse,                                                      \
        .tp_getset = fields,                                                                       \
        .tp_base = &HsTuple_Type,                                                                  \
        .tp_new = hs_structseq_no_new,                                                             \
    }

static HsGetSetDef ref_fields[] = {
    SS_FIELD("holder", 0), SS_FIELD("kind", 1), SS_FIELD("key", 2), SS_END};
SS_TYPE(ref_type, "heapscope.Ref", ref_fields,
        "Ref(holder, kind, key): one reference to an object, by its holder");

static HsGetSetDef location_fields[] = {
    SS_FIELD("kind", 0),       SS_FIELD("address", 1),    SS_FIELD("arena", 2),
    SS_FIELD("arena_address", 3), SS_FIELD("pool", 4),    SS_FIELD("pool_index", 5),
    SS_FIELD("size_class", 6), SS_FIELD("block_size", 7), SS_FIELD("block_index", 8),
    SS_FIELD("offset", 9),     SS_FIELD("header", 10),    SS_END};
SS_TYPE(location_type, "heapscope.Location", location_fields,
        "Location(kind, address, arena, arena_address, pool, pool_index, size_class, "
        "block_size, block_index, offset, header): where an object's memory block lives");

static HsGetSetDef gcrecord_fields[] = {
    SS_FIELD("generation", 0),    SS_FIELD("candidates", 1), SS_FIELD("collected", 2),
    SS_FIELD("uncollectable", 3), SS_FIELD("pause_ns", 4),   SS_END};
SS_TYPE(gcrecord_type, "heapscope.GCRecord", gcrecord_fields,
        "GCRecord(generation, candidates, collected, uncollectable, pause_ns): one collection");

/* Per-type figures of heap_summary. */
typedef struct TypeStat {
    HsTypeObject *ts_type; /* owned */
    Hs_ssize_t ts_count;
    Hs_ssize_t ts_bytes;
    size_t ts_order; /* first seen */
} TypeStat;

/* ==== static helpers: values ==== */

/* Return: new reference to int(v). */
static HsObject *size_obj(size_t v) {
    return HsLong_FromUnsignedLongLong((unsigned long long)v);
}

static HsObject *size_or_none(int has, size_t v) {
    return has ? size_obj(v) : Hs_NewRef(Hs_None);
}

/* Is 'op' statically allocated (in the executable's data, not a heap block)? */
static int is_static_object(const void *op) {
    return (uintptr_t)op >= (uintptr_t)&etext && (uintptr_t)op < (uintptr_t)&end;
}

/* Bytes of the block before 'op': its GC head, and the managed-dict pre-header. */
static size_t header_bytes(HsObject *op) {
    if (!HsObject_IS_GC(op)) {
        return 0;
    }
    size_t n = sizeof(HsGCHead);
    if (Hs_TYPE(op)->tp_flags & HS_TPFLAGS_MANAGED_DICT) {
        n += HS_MANAGED_DICT_PRESIZE;
    }
    return n;
}

/* Where 'op''s block is; returns the kind (HS_MEM_LOC_*, or -1 for a static object). */
static int locate_object(HsObject *op, HsMemLocation *loc) {
    memset(loc, 0, sizeof *loc);
    if (is_static_object(op)) {
        return -1;
    }
    return hs_mem_locate((const char *)op - header_bytes(op), loc);
}

/* ==== static helpers: records ==== */

/* Return: new reference to a Ref for record 'r' (its frame gets a frame object). */
static HsObject *ref_to_record(const HsHeapRef *r) {
    HsObject *items[3];
    if (r->hr_holder != NULL) {
        items[0] = Hs_NewRef(r->hr_holder);
    } else if (r->hr_frame != NULL) {
        items[0] = Hs_XNewRef(hs_vm_frame_object(r->hr_frame));
    } else {
        items[0] = Hs_NewRef(Hs_None);
    }
    items[1] = HsUnicode_FromString(hs_heapscope_ref_names[r->hr_kind]);
    if (r->hr_key != NULL) {
        items[2] = Hs_NewRef(r->hr_key);
    } else if (r->hr_name != NULL) {
        items[2] = HsUnicode_FromString(r->hr_name);
    } else if (r->hr_index >= 0) {
        items[2] = HsLong_FromSsize_t(r->hr_index);
    } else {
        items[2] = Hs_NewRef(Hs_None);
    }
    return hs_structseq_new(&ref_type, 3, items);
}

/* Return: new reference to a list of Refs for 'v'. */
static HsObject *refs_to_list(const HsRefVec *v) {
    HsObject *list = HsList_New(0);
    for (size_t i = 0; list != NULL && i < v->rv_len; i++) {
        HsObject *rec = ref_to_record(&v->rv_items[i]);
        if (rec == NULL || HsList_Append(list, rec) < 0) {
            Hs_XDECREF(rec);
            Hs_CLEAR(list);
            break;
        }
        Hs_DECREF(rec);
    }
    return list;
}

/* Append a Ref(None, 'unknown', n) to 'list'. Returns 0 or -1. */
static int append_unknown(HsObject *list, Hs_ssize_t n) {
    HsObject *items[3] = {Hs_NewRef(Hs_None), HsUnicode_FromString("unknown"),
                          HsLong_FromSsize_t(n)};
    HsObject *rec = hs_structseq_new(&ref_type, 3, items);
    int rc = rec == NULL ? -1 : HsList_Append(list, rec);
    Hs_XDECREF(rec);
    return rc;
}

/* ==== static helpers: heap_summary ==== */

static int cmp_typestat(const void *a, const void *b) {
    const TypeStat *x = a, *y = b;
    if (x->ts_bytes != y->ts_bytes) {
        return x->ts_bytes > y->ts_bytes ? -1 : 1;
    }
    return x->ts_order < y->ts_order ? -1 : x->ts_order > y->ts_order;
}

/* Count the walked objects per type into 'stats' (types owned). Returns 0 or -1. */
static int collect_type_stats(const HsHeapWalk *w, TypeStat **stats, size_t *n,
                              Hs_ssize_t *nstatic) {
    HsPtrMap index;
    memset(&index, 0, sizeof index);
    size_t cap = 0;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < w->hw_len; i++) {
        HsObject *op = w->hw_objs[i];
        HsMemLocation loc;
        int kind = locate_object(op, &loc);
        if (kind < 0) {
            (*nstatic)++;
            continue;
        }
        uintptr_t at;
        if (!hs_heapscope_map_get(&index, (uintptr_t)Hs_TYPE(op), &at)) {
            if (*n == cap) {
                cap = cap ? cap * 2 : 64;
                TypeStat *p = hs_mem_raw_realloc(*stats, cap * sizeof(TypeStat));
                if (p == NULL) {
                    rc = -1;
                    break;
                }
                *stats = p;
            }
            at = *n;
            (*stats)[(*n)++] = (TypeStat){(HsTypeObject *)Hs_NewRef((HsObject *)Hs_TYPE(op)), 0,
                                          0, at};
            rc = hs_heapscope_map_put(&index, (uintptr_t)Hs_TYPE(op), at) < 0 ? -1 : 0;
        }
        (*stats)[at].ts_count++;
        (*stats)[at].ts_bytes += kind == HS_MEM_LOC_UNKNOWN ? 0 : (Hs_ssize_t)loc.block_size;
    }
    hs_heapscope_map_free(&index);
    return rc;
}

/* Return: new reference to {type: (count, bytes)} for 'stats'. */
static HsObject *type_stats_dict(const TypeStat *stats, size_t n) {
    HsObject *d = HsDict_New();
    for (size_t i = 0; d != NULL && i < n; i++) {
        HsObject *v = HsTuple_New(2);
        HsObject *c = HsLong_FromSsize_t(stats[i].ts_count);
        HsObject *b = HsLong_FromSsize_t(stats[i].ts_bytes);
        int ok = v != NULL && c != NULL && b != NULL;
        if (ok) {
            HS_TUPLE_SET(v, 0, c);
            HS_TUPLE_SET(v, 1, b);
            c = b = NULL;
            ok = HsDict_SetItem(d, (HsObject *)stats[i].ts_type, v) == 0;
        }
        Hs_XDECREF(v);
        Hs_XDECREF(c);
        Hs_XDECREF(b);
        if (!ok) {
            Hs_CLEAR(d);
        }
    }
    return d;
}

/* Set d[name] = v (a new reference, stolen; NULL fails). Returns 0 or -1. */
static int set_new(HsObject *d, const char *name, HsObject *v) {
    int rc = v == NULL ? -1 : HsDict_SetItemString(d, name, v);
    Hs_XDECREF(v);
    return rc;
}

/* Return: new reference to the list of per-size-class dicts of the allocator's stats. */
static HsObject *size_class_list(const HsMemStats *st) {
    HsObject *list = HsList_New(0);
    for (int i = 0; list != NULL && i < HS_MEM_NB_CLASSES; i++) {
        const HsMemClassStats *c = &st->classes[i];
        HsObject *d = HsDict_New();
        int rc = d == NULL || set_new(d, "size_class", HsLong_FromLong(i)) < 0 ||
                 set_new(d, "block_size", size_obj(c->block_size)) < 0 ||
                 set_new(d, "pools", size_obj(c->pools_in_use)) < 0 ||
                 set_new(d, "blocks_in_use", size_obj(c->blocks_in_use)) < 0 ||
                 set_new(d, "blocks_free", size_obj(c->blocks_free)) < 0 ||
                 set_new(d, "bytes_in_use",
                         size_obj(c->blocks_in_use * c->block_size)) < 0 ||
                 HsList_Append(list, d) < 0;
        Hs_XDECREF(d);
        if (rc) {
            Hs_CLEAR(list);
        }
    }
    return list;
}

/* ==== public API: the module functions ==== */

static HsObject *heapscope_location(HsObject *self, HsObject *obj) {
    (void)self;
    HsMemLocation loc;
    int kind = locate_object(obj, &loc);
    int small = kind == HS_MEM_LOC_SMALL, large = kind == HS_MEM_LOC_LARGE;
    const char *kname = kind < 0 ? "static" : small ? "small" : large ? "large" : "unknown";
    uintptr_t block = (uintptr_t)obj - (kind < 0 ? 0 : header_bytes(obj));
    size_t offset = small ? block - loc.pool_base : 0;
    HsObject *items[11] = {
        HsUnicode_FromString(kname),
        size_obj((size_t)block),
        size_or_none(small, loc.arena_index),
        size_or_none(small, (size_t)loc.arena_base),
        size_or_none(small, (size_t)loc.pool_base),
        size_or_none(small, loc.pool_index),
        size_or_none(small, (size_t)loc.size_class),
        size_or_none(small || large, loc.block_size),
        size_or_none(small, loc.block_index),
        size_or_none(small, offset),
        size_or_none(kind >= 0, header_bytes(obj)),
    };
    return hs_structseq_new(&location_type, 11, items);
}

static HsObject *heapscope_holders(HsObject *self, HsObject *obj) {
    (void)self;
    HsRefVec refs;
    memset(&refs, 0, sizeof refs);
    Hs_ssize_t unknown = 0;
    if (hs_heapscope_holders(obj, &refs, &unknown) < 0) {
        return NULL;
    }
    HsObject *list = refs_to_list(&refs);
    hs_heapscope_refs_free(&refs);
    if (list != NULL && unknown > 0 && append_unknown(list, unknown) < 0) {
        Hs_CLEAR(list);
    }
    return list;
}

static HsObject *heapscope_why_alive(HsObject *self, HsObject *obj) {
    (void)self;
    HsRefVec refs;
    memset(&refs, 0, sizeof refs);
    int found = hs_heapscope_why_alive(obj, &refs);
    if (found < 0) {
        return NULL;
    }
    HsObject *res = found ? refs_to_list(&refs) : Hs_NewRef(Hs_None);
    hs_heapscope_refs_free(&refs);
    return res;
}

static HsObject *heapscope_gc_log(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    HsObject *list = HsList_New(0);
    Hs_ssize_t n = hs_gc_log_size();
    for (Hs_ssize_t i = 0; list != NULL && i < n; i++) {
        HsGCCollectionInfo info;
        (void)hs_gc_log_get(i, &info);
        HsObject *items[5] = {
            HsLong_FromLong(info.generation),
            HsLong_FromSsize_t(info.candidates),
            HsLong_FromSsize_t(info.collected),
            HsLong_FromSsize_t(info.uncollectable),
            HsLong_FromUnsignedLongLong((unsigned long long)info.pause_ns),
        };
        HsObject *rec = hs_structseq_new(&gcrecord_type, 5, items);
        if (rec == NULL || HsList_Append(list, rec) < 0) {
            Hs_CLEAR(list);
        }
        Hs_XDECREF(rec);
    }
    return list;
}

static HsObject *heapscope_heap_summary(HsObject *self, HsObject *unused) {
    (void)self;
    (void)unused;
    HsHeapWalk w;
    memset(&w, 0, sizeof w);
    if (hs_heapscope_walk(&w) < 0) {
        return NULL;
    }
    TypeStat *stats = NULL;
    size_t n = 0;
    Hs_ssize_t nstatic = 0, nobjects = (Hs_ssize_t)w.hw_len;
    int rc = collect_type_stats(&w, &stats, &n, &nstatic);
    hs_heapscope_walk_free(&w);
    HsObject *res = NULL;
    if (rc < 0) {
        HsErr_NoMemory();
        goto done;
    }
    qsort(stats, n, sizeof(TypeStat), cmp_typestat);
    HsMemStats st;
    hs_mem_get_stats(&st);
    res = HsDict_New();
    if (res == NULL || set_new(res, "by_type", type_stats_dict(stats, n)) < 0 ||
        set_new(res, "by_size_class", size_class_list(&st)) < 0 ||
        set_new(res, "objects", HsLong_FromSsize_t(nobjects)) < 0 ||
        set_new(res, "static_objects", HsLong_FromSsize_t(nstatic)) < 0 ||
        set_new(res, "large_blocks", size_obj(st.large_in_use)) < 0 ||
        set_new(res, "large_bytes", size_obj(st.large_bytes)) < 0 ||
        set_new(res, "bytes_in_use", size_obj(st.bytes_in_use)) < 0) {
        Hs_CLEAR(res);
    }
done:
    for (size_t i = 0; i < n; i++) {
        Hs_DECREF((HsObject *)stats[i].ts_type);
    }
    hs_mem_raw_free(stats);
    return res;
}

/* ==== public API: the module ==== */

static const char heapscope_doc[] =
    "What CPython cannot tell: where an object lives in the allocator, who holds each\n"
    "reference to it, why it is alive, what the collector did, and what the heap holds.\n"
    "See docs/heapscope-module.md.";

static HsMethodDef heapscope_methods[] = {
    {"location", HS_CFUNC(heapscope_location), HS_METH_O,
     "location(obj) -> Location\n\nThe allocator block holding obj: kind ('small': a pool "
     "block, 'large': from the C library, 'static': not a heap block), address, arena, "
     "arena_address, pool (address), pool_index, size_class, block_size, block_index, offset "
     "(of the block in its pool) and header (bytes before the object: GC head, managed dict)."},
    {"holders", HS_CFUNC(heapscope_holders), HS_METH_O,
     "holders(obj) -> list of Ref(holder, kind, key)\n\nEvery reference to obj that can be "
     "attributed, running frames first, then the heap; a last Ref(None, 'unknown', n) counts "
     "the rest, so that the references add up to sys.getrefcount(obj) - 1."},
    {"why_alive", HS_CFUNC(heapscope_why_alive), HS_METH_O,
     "why_alive(obj) -> list of Ref or None\n\nA shortest chain of references from a root "
     "(a running frame, sys.modules, the thread's exception) to obj, or None if none exists "
     "(obj is kept alive by cycles or unknown references)."},
    {"gc_log", HS_CFUNC(heapscope_gc_log), HS_METH_NOARGS,
     "gc_log() -> list of GCRecord(generation, candidates, collected, uncollectable, "
     "pause_ns)\n\nOne record per collection since start, oldest first; only the last "
     "GC_LOG_CAPACITY (10000) collections are kept."},
    {"heap_summary", HS_CFUNC(heapscope_heap_summary), HS_METH_NOARGS,
     "heap_summary() -> dict\n\n'by_type': {type: (count, bytes)} over the objects the "
     "collector tracks and what they reach (largest first); 'by_size_class': the allocator's "
     "32 classes; 'objects', 'static_objects', 'large_blocks', 'large_bytes', 'bytes_in_use'."},
    {NULL, NULL, 0, NULL},
};

int hs_heapscope_init(HsObject **module_out) {
    *module_out = NULL;
    HsTypeObject *types[] = {&ref_type, &location_type, &gcrecord_type};
    for (size_t i = 0; i < 3; i++) {
        if (HsType_Ready(types[i]) < 0) {
            return -1;
        }
    }
    HsObject *m = HsModule_New("heapscope");
    if (m == NULL) {
        return -1;
    }
    HsObject *doc = HsUnicode_FromString(heapscope_doc);
    HsObject *cap = HsLong_FromLong(HS_GC_LOG_CAPACITY);
    int rc = doc == NULL || cap == NULL || HsModule_AddObjectRef(m, "__doc__", doc) < 0 ||
             HsModule_AddFunctions(m, heapscope_methods) < 0 ||
             HsModule_AddObjectRef(m, "GC_LOG_CAPACITY", cap) < 0 ||
             HsModule_AddObjectRef(m, "Ref", (HsObject *)&ref_type) < 0 ||
             HsModule_AddObjectRef(m, "Location", (HsObject *)&location_type) < 0 ||
             HsModule_AddObjectRef(m, "GCRecord", (HsObject *)&gcrecord_type) < 0;
    Hs_XDECREF(doc);
    Hs_XDECREF(cap);
    if (rc) {
        Hs_DECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}
