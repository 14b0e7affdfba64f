/* Classes made at run time (CPython 3.11: Objects/typeobject.c, type_new and the subtype_*
 * functions): type(name, bases, dict) and `class` statements. Covers the metaclass choice,
 * the best base and instance layout (__slots__ members, the instance __dict__ in CPython
 * 3.11's managed pre-header, the weakref list), the C3 method resolution order,
 * __classcell__, __set_name__ and __init_subclass__, and the life of instances: their
 * dealloc (with PEP 442 __del__), traversal and clearing for the collector.
 * Layout figures equal CPython 3.11's, so sys.getsizeof of instances matches: a plain class
 * instance has basicsize 24 (header + weakref list) plus 16 bytes of GC head and 16 of
 * pre-header = 56. */
#include "internal/hs_obj_type.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_strmeth.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_weakref.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdio.h>
#include <string.h>

static HsObject *(*current_globals_hook)(void);

void hs_type_set_globals_hook(HsObject *(*hook)(void)) {
    current_globals_hook = hook;
}

/* ==== instances: dealloc, traverse, clear (CPython: subtype_dealloc & co) ==== */

static void subtype_dealloc(HsObject *self);

/* The nearest base whose instances are not laid out by a class statement. */
static HsTypeObject *static_base_of(HsTypeObject *type) {
    HsTypeObject *base = type;
    while (base->tp_dealloc == subtype_dealloc) {
        base = base->tp_base;
    }
    return base;
}

/* Visit (or clear) the __slots__ members every class layer between 'type' and 'stop' added. */
static int visit_slots(HsObject *self, HsTypeObject *type, HsTypeObject *stop,
                       hs_visitproc visit, void *arg) {
    for (HsTypeObject *t = type; t != stop; t = t->tp_base) {
        HsMemberDef *m = ((HsHeapTypeObject *)t)->ht_members;
        for (; m != NULL && m->name != NULL; m++) {
            HsObject **slot = (HsObject **)((char *)self + m->offset);
            if (*slot != NULL) {
                if (visit == NULL) {
                    HsObject *v = *slot;
                    *slot = NULL;
                    Hs_DECREF(v);
                } else if (visit(*slot, arg) != 0) {
                    return 1;
                }
            }
        }
    }
    return 0;
}

/* Does 'type' (a class) own the instance dict, i.e. did no C base provide one? */
static HsObject **own_dict_ptr(HsObject *self, HsTypeObject *base) {
    HsTypeObject *type = Hs_TYPE(self);
    if (type->tp_dictoffset == 0 || base->tp_dictoffset != 0) {
        return NULL;
    }
    return hs_object_dict_ptr(self);
}

static int subtype_traverse(HsObject *self, hs_visitproc visit, void *arg) {
    HsTypeObject *type = Hs_TYPE(self), *base = static_base_of(type);
    if (visit_slots(self, type, base, visit, arg) != 0) {
        return 1;
    }
    HsObject **dictptr = own_dict_ptr(self, base);
    if (dictptr != NULL && *dictptr != NULL) {
        HsObject *d = *dictptr;
        int r = HS_DICT_IS_EMBEDDED(d) ? HsDict_Type.tp_traverse(d, visit, arg) : visit(d, arg);
        if (r != 0) {
            return 1;
        }
    }
    if (visit((HsObject *)type, arg) != 0) {
        return 1;
    }
    if (base->tp_traverse != NULL && HsType_IS_GC(base)) {
        return base->tp_traverse(self, visit, arg);
    }
    return 0;
}

static int subtype_clear(HsObject *self) {
    HsTypeObject *type = Hs_TYPE(self), *base = static_base_of(type);
    (void)visit_slots(self, type, base, NULL, NULL);
    HsObject **dictptr = own_dict_ptr(self, base);
    if (dictptr != NULL && *dictptr != NULL) {
        HsObject *d = *dictptr;
        *dictptr = NULL;
        Hs_DECREF(d);
    }
    if (base->tp_clear != NULL && HsType_IS_GC(base)) {
        return base->tp_clear(self);
    }
    return 0;
}

static void subtype_dealloc(HsObject *self) {
    HsTypeObject *type = Hs_TYPE(self), *base = static_base_of(type);
    hs_gc_untrack(self);
    if (!hs_trashcan_begin(self)) {
        return;
    }
    if (type->tp_finalize != NULL) {
        hs_gc_track(self);
        if (hs_obj_call_finalizer_from_dealloc(self) < 0) {
            hs_trashcan_end();
            return; /* resurrected */
        }
        hs_gc_untrack(self);
    }
    if (type->tp_weaklistoffset != 0 && base->tp_weaklistoffset == 0) {
        HsObject **wl = (HsObject **)((char *)self + type->tp_weaklistoffset);
        if (*wl != NULL) {
            HsObject_ClearWeakRefs(self);
        }
    }
    (void)visit_slots(self, type, base, NULL, NULL);
    HsObject **dictptr = own_dict_ptr(self, base);
    if (dictptr != NULL && *dictptr != NULL) {
        HsObject *d = *dictptr;
        *dictptr = NULL;
        Hs_DECREF(d);
    }
    if (HsType_IS_GC(base)) {
        hs_gc_track(self); /* the base's dealloc untracks */
    }
    base->tp_dealloc(self);
    Hs_DECREF(type);
    hs_trashcan_end();
}

static void heap_free(void *p) {
    hs_gc_free((HsObject *)p);
}

/* ==== instance attributes __dict__ and __weakref__ ==== */

static HsObject *subtype_get_dict(HsObject *self, void *closure) {
    (void)closure;
    HsObject **dictptr = hs_object_dict_ptr(self);
    if (dictptr == NULL) {
        return HsErr_Format(HsExc_AttributeError, "This object has no __dict__");
    }
    if (*dictptr == NULL) {
        /* CPython: an instance made by object.__new__ has inline values, which become a
         * split dict; any other gets a combined one (PyObject_GenericGetDict) */
        HsTypeObject *tp = Hs_TYPE(self);
        HsSharedKeys *sk = hs_object_uses_inline_values(tp)
                               ? ((HsHeapTypeObject *)tp)->ht_cached_keys : NULL;
        if ((*dictptr = hs_dict_new_split(sk, 0)) == NULL) {
            return NULL;
        }
    }
    hs_dict_materialize(*dictptr);
    return Hs_NewRef(*dictptr);
}

static int subtype_set_dict(HsObject *self, HsObject *value, void *closure) {
    (void)closure;
    HsObject **dictptr = hs_object_dict_ptr(self);
    if (dictptr == NULL) {
        HsErr_SetString(HsExc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (value != NULL && !HsDict_Check(value)) {
        HsErr_Format(HsExc_TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                     Hs_TYPE(value)->tp_name);
        return -1;
    }
    HsObject *old = *dictptr;
    *dictptr = Hs_XNewRef(value);
    Hs_XDECREF(old);
    return 0;
}

static HsObject *subtype_get_weakref(HsObject *self, void *closure) {
    (void)closure;
    Hs_ssize_t off = Hs_TYPE(self)->tp_weaklistoffset;
    HsObject *first = off != 0 ? *(HsObject **)((char *)self + off) : NULL;
    return Hs_NewRef(first != NULL ? first : Hs_None);
}

static HsGetSetDef getsets_full[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables (if defined)", NULL},
    {"__weakref__", subtype_get_weakref, NULL, "list of weak references to the object (if defined)", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};
static HsGetSetDef *const getsets_dict_only = &getsets_full[0];
static HsGetSetDef getsets_weakref_only[] = {
    {"__weakref__", subtype_get_weakref, NULL, "list of weak references to the object (if defined)", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};
static HsGetSetDef getsets_dict_alone[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables (if defined)", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ==== the method resolution order (C3; CPython: mro_implementation) ==== */

/* Does any list in seqs[0..n) other than at position 'skip' have 'o' in its tail? */
static int tail_contains(HsObject **seqs, Hs_ssize_t *pos, Hs_ssize_t n, HsObject *o) {
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsObject *s = seqs[i];
        for (Hs_ssize_t j = pos[i] + 1; j < Hs_SIZE(s); j++) {
            if (HS_LIST_GET(s, j) == o) {
                return 1;
            }
        }
    }
    return 0;
}

static void mro_error(HsObject **seqs, Hs_ssize_t *pos, Hs_ssize_t n) {
    HsObject *names = HsList_New(0);
    if (names == NULL) {
        return;
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        if (pos[i] < Hs_SIZE(seqs[i])) {
            HsTypeObject *t = (HsTypeObject *)HS_LIST_GET(seqs[i], pos[i]);
            int seen = 0;
            for (Hs_ssize_t k = 0; k < Hs_SIZE(names); k++) {
                seen |= HS_LIST_GET(names, k) == (HsObject *)t;
            }
            if (!seen && HsList_Append(names, (HsObject *)t) < 0) {
                Hs_DECREF(names);
                return;
            }
        }
    }
    char buf[1024];
    size_t len = 0;
    buf[0] = '\0';
    for (Hs_ssize_t k = 0; k < Hs_SIZE(names); k++) {
        const char *nm = ((HsTypeObject *)HS_LIST_GET(names, k))->tp_name;
        const char *dot = strrchr(nm, '.');
        nm = dot != NULL ? dot + 1 : nm;
        int w = snprintf(buf + len, sizeof buf - len, "%s%s", k > 0 ? ", " : "", nm);
        if (w < 0 || (size_t)w >= sizeof buf - len) {
            break;
        }
        len += (size_t)w;
    }
    Hs_DECREF(names);
    HsErr_Format(HsExc_TypeError,
                 "Cannot create a consistent method resolution\norder (MRO) for bases %s", buf);
}

static HsObject *mro_c3(HsTypeObject *type) {
    HsObject *bases = type->tp_bases;
    Hs_ssize_t nb = Hs_SIZE(bases), n = nb + 1;
    for (Hs_ssize_t i = 0; i < nb; i++) {
        for (Hs_ssize_t j = i + 1; j < nb; j++) {
            if (HS_TUPLE_GET(bases, i) == HS_TUPLE_GET(bases, j)) {
                HsTypeObject *t = (HsTypeObject *)HS_TUPLE_GET(bases, i);
                HsObject *nm = HsObject_GetAttrString((HsObject *)t, "__name__");
                if (nm != NULL) {
                    HsErr_Format(HsExc_TypeError, "duplicate base class %U", nm);
                    Hs_DECREF(nm);
                }
                return NULL;
            }
        }
    }
    HsObject **seqs = hs_mem_malloc((size_t)n * sizeof(HsObject *));
    Hs_ssize_t *pos = hs_mem_malloc((size_t)n * sizeof(Hs_ssize_t));
    HsObject *result = HsList_New(0);
    int ok = seqs != NULL && pos != NULL && result != NULL &&
             HsList_Append(result, (HsObject *)type) == 0;
    Hs_ssize_t built = 0;
    for (Hs_ssize_t i = 0; ok && i < n; i++) {
        HsObject *src = i < nb ? ((HsTypeObject *)HS_TUPLE_GET(bases, i))->tp_mro : bases;
        seqs[i] = src != NULL ? HsSequence_List(src) : NULL;
        pos[i] = 0;
        ok = seqs[i] != NULL;
        built = i + 1;
    }
    while (ok) {
        HsObject *cand = NULL;
        int empty = 1;
        for (Hs_ssize_t i = 0; i < n; i++) {
            if (pos[i] >= Hs_SIZE(seqs[i])) {
                continue;
            }
            empty = 0;
            HsObject *c = HS_LIST_GET(seqs[i], pos[i]);
            if (!tail_contains(seqs, pos, n, c)) {
                cand = c;
                break;
            }
        }
        if (empty) {
            break;
        }
        if (cand == NULL) {
            mro_error(seqs, pos, n);
            ok = 0;
            break;
        }
        ok = HsList_Append(result, cand) == 0;
        for (Hs_ssize_t i = 0; i < n; i++) {
            if (pos[i] < Hs_SIZE(seqs[i]) && HS_LIST_GET(seqs[i], pos[i]) == cand) {
                pos[i]++;
            }
        }
    }
    for (Hs_ssize_t i = 0; i < built; i++) {
        Hs_XDECREF(seqs[i]);
    }
    hs_mem_free(seqs);
    hs_mem_free(pos);
    HsObject *tuple = ok ? HsSequence_Tuple(result) : NULL;
    Hs_XDECREF(result);
    return tuple;
}

HsObject *hs_type_compute_mro(HsTypeObject *type) {
    HsTypeObject *meta = Hs_TYPE(type);
    if (meta != &HsType_Type && (meta->tp_flags & HS_TPFLAGS_HEAPTYPE)) {
        /* a metaclass may override mro() */
        static HsObject *name;
        if (name == NULL) {
            hs_obj_static_name(&name, "mro"); /* kept until finalization */
        }
        HsObject *m = name != NULL ? hs_type_lookup(meta, name) : NULL;
        if (m != NULL && HsFunction_Check(m)) {
            HsObject *arg = (HsObject *)type;
            HsObject *r = HsObject_Vectorcall(m, &arg, 1, NULL);
            if (r == NULL) {
                return NULL;
            }
            HsObject *t = HsSequence_Tuple(r);
            Hs_DECREF(r);
            return t;
        }
    }
    return mro_c3(type);
}

/* ==== choosing the base (CPython: best_base, solid_base) ==== */

static int extra_ivars(HsTypeObject *type, HsTypeObject *base) {
    Hs_ssize_t t_size = type->tp_basicsize, b_size = base->tp_basicsize;
    if (type->tp_itemsize != 0 || base->tp_itemsize != 0) {
        return t_size != b_size || type->tp_itemsize != base->tp_itemsize;
    }
    if (type->tp_weaklistoffset != 0 && base->tp_weaklistoffset == 0 &&
        type->tp_weaklistoffset + (Hs_ssize_t)sizeof(HsObject *) == t_size &&
        (type->tp_flags & HS_TPFLAGS_HEAPTYPE)) {
        t_size -= (Hs_ssize_t)sizeof(HsObject *);
    }
    return t_size != b_size;
}

static HsTypeObject *solid_base(HsTypeObject *type) {
    HsTypeObject *base = type->tp_base != NULL ? solid_base(type->tp_base) : &HsBaseObject_Type;
    return extra_ivars(type, base) ? type : base;
}

static HsTypeObject *best_base(HsObject *bases) {
    HsTypeObject *base = NULL, *winner = NULL;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(bases); i++) {
        HsObject *b = HS_TUPLE_GET(bases, i);
        if (!HsType_Check(b)) {
            HsErr_SetString(HsExc_TypeError, "bases must be types");
            return NULL;
        }
        HsTypeObject *bt = (HsTypeObject *)b;
        if (HsType_Ready(bt) < 0) {
            return NULL;
        }
        if (!(bt->tp_flags & HS_TPFLAGS_BASETYPE)) {
            HsErr_Format(HsExc_TypeError, "type '%.100s' is not an acceptable base type",
                         bt->tp_name);
            return NULL;
        }
        HsTypeObject *cand = solid_base(bt);
        if (winner == NULL) {
            winner = cand;
            base = bt;
        } else if (HsType_IsSubtype(winner, cand)) {
            ;
        } else if (HsType_IsSubtype(cand, winner)) {
            winner = cand;
            base = bt;
        } else {
            HsErr_SetString(HsExc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

HsTypeObject *hs_type_calculate_metaclass(HsTypeObject *metatype, HsObject *bases) {
    HsTypeObject *winner = metatype;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(bases); i++) {
        HsTypeObject *t = Hs_TYPE(HS_TUPLE_GET(bases, i));
        if (HsType_IsSubtype(winner, t)) {
            continue;
        }
        if (HsType_IsSubtype(t, winner)) {
            winner = t;
            continue;
        }
        HsErr_SetString(HsExc_TypeError,
                        "metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* ==== __slots__ (CPython: type_new_slots & co) ==== */

/* _Cls__name for a private name, as the compiler mangles. Return: new reference. */
static HsObject *mangle(HsObject *clsname, HsObject *name) {
    const char *n = HsUnicode_AsUTF8(name);
    size_t len = n != NULL ? strlen(n) : 0;
    if (n == NULL || len < 2 || n[0] != '_' || n[1] != '_' ||
        (n[len - 1] == '_' && n[len - 2] == '_') || strchr(n, '.') != NULL) {
        return n == NULL ? NULL : Hs_NewRef(name);
    }
    const char *c = HsUnicode_AsUTF8(clsname);
    if (c == NULL) {
        return NULL;
    }
    while (*c == '_') {
        c++;
    }
    if (*c == '\0') {
        return Hs_NewRef(name);
    }
    return HsUnicode_FromFormat("_%s%s", c, n);
}

typedef struct TypeNewCtx {
    HsTypeObject *metatype, *base;
    HsObject *name, *bases, *dict, *slots; /* slots: sorted tuple of member names or NULL */
    int add_dict, add_weak;
} TypeNewCtx;

static int dict_del_string(HsObject *dict, const char *key) {
    HsObject *k = HsUnicode_FromString(key);
    if (k == NULL) {
        return -1;
    }
    int r = HsDict_DelItem(dict, k);
    Hs_DECREF(k);
    return r;
}

static int str_eq(HsObject *s, const char *c) {
    const char *u = HsUnicode_AsUTF8(s);
    return u != NULL && strcmp(u, c) == 0;
}

/* Read __slots__ into ctx->slots and the add_dict / add_weak decisions. */
static int prepare_slots(TypeNewCtx *ctx) {
    HsTypeObject *base = ctx->base;
    int may_add_dict = base->tp_dictoffset == 0;
    /* str keeps its characters inline after the header: no slot can follow it (CPython
     * makes str-subclass instances non-compact instead; heapscope has no such strings) */
    int inline_data = (base->tp_flags & HS_TPFLAGS_UNICODE_SUBCLASS) != 0;
    int may_add_weak = base->tp_weaklistoffset == 0 && base->tp_itemsize == 0 && !inline_data;
    HsObject *raw = HsDict_GetItemString(ctx->dict, "__slots__");
    if (raw == NULL) {
        ctx->add_dict = may_add_dict;
        ctx->add_weak = may_add_weak;
        return 0;
    }
    HsObject *seq = HsUnicode_Check(raw) ? HsTuple_Pack(1, raw) : HsSequence_Tuple(raw);
    if (seq == NULL) {
        return -1;
    }
    HsObject *names = HsList_New(0);
    if (names == NULL) {
        Hs_DECREF(seq);
        return -1;
    }
    for (Hs_ssize_t i = 0; i < Hs_SIZE(seq); i++) {
        HsObject *s = HS_TUPLE_GET(seq, i);
        if (!HsUnicode_Check(s)) {
            HsErr_Format(HsExc_TypeError, "__slots__ items must be strings, not '%.200s'",
                         Hs_TYPE(s)->tp_name);
            goto error;
        }
        HsObject *ok = hs_strmeth_isidentifier(s, NULL);
        if (ok != Hs_True) {
            Hs_XDECREF(ok);
            HsErr_SetString(HsExc_TypeError, "__slots__ must be identifiers");
            goto error;
        }
        Hs_DECREF(ok);
        if (str_eq(s, "__dict__")) {
            if (!may_add_dict || ctx->add_dict) {
                HsErr_SetString(HsExc_TypeError,
                                "__dict__ slot disallowed: we already got one");
                goto error;
            }
            ctx->add_dict = 1;
            continue;
        }
        if (str_eq(s, "__weakref__")) {
            if (!may_add_weak || ctx->add_weak) {
                HsErr_SetString(HsExc_TypeError,
                                "__weakref__ slot disallowed: either we already got one, or "
                                "the base type has a nonzero itemsize");
                goto error;
            }
            ctx->add_weak = 1;
            continue;
        }
        HsObject *m = mangle(ctx->name, s);
        if (m == NULL) {
            goto error;
        }
        int has = HsDict_Contains(ctx->dict, m);
        if (has != 0) {
            if (has > 0) {
                HsErr_Format(HsExc_ValueError, "%R in __slots__ conflicts with class variable",
                             s);
            }
            Hs_DECREF(m);
            goto error;
        }
        int r = HsList_Append(names, m);
        Hs_DECREF(m);
        if (r < 0) {
            goto error;
        }
    }
    if (Hs_SIZE(names) > 0 && (base->tp_itemsize != 0 || inline_data)) {
        HsErr_Format(HsExc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                     base->tp_name);
        goto error;
    }
    if (HsList_Sort(names) < 0) {
        goto error;
    }
    ctx->slots = HsSequence_Tuple(names);
    Hs_DECREF(names);
    Hs_DECREF(seq);
    return ctx->slots != NULL ? 0 : -1;
error:
    Hs_DECREF(names);
    Hs_DECREF(seq);
    return -1;
}

/* basicsize, member offsets, dict and weaklist offsets (CPython: type_new_descriptors). */
static int layout(HsHeapTypeObject *et, TypeNewCtx *ctx) {
    HsTypeObject *type = &et->ht_type, *base = ctx->base;
    Hs_ssize_t off = base->tp_basicsize;
    Hs_ssize_t nslots = ctx->slots != NULL ? Hs_SIZE(ctx->slots) : 0;
    if (nslots > 0) {
        et->ht_members = hs_mem_malloc((size_t)(nslots + 1) * sizeof(HsMemberDef));
        if (et->ht_members == NULL) {
            HsErr_NoMemory();
            return -1;
        }
        for (Hs_ssize_t i = 0; i < nslots; i++) {
            const char *nm = HsUnicode_AsUTF8(HS_TUPLE_GET(ctx->slots, i));
            if (nm == NULL) {
                return -1;
            }
            et->ht_members[i] = (HsMemberDef){nm, HS_T_OBJECT_EX, off, 0, NULL};
            off += (Hs_ssize_t)sizeof(HsObject *);
        }
        et->ht_members[nslots] = (HsMemberDef){NULL, 0, 0, 0, NULL};
        type->tp_members = et->ht_members;
    }
    if (ctx->add_dict && base->tp_itemsize != 0) {
        type->tp_dictoffset = -(Hs_ssize_t)sizeof(HsObject *);
        off += (Hs_ssize_t)sizeof(HsObject *);
    }
    if (ctx->add_weak) {
        type->tp_weaklistoffset = off;
        off += (Hs_ssize_t)sizeof(HsObject *);
    }
    if (ctx->add_dict && base->tp_itemsize == 0) {
        type->tp_flags |= HS_TPFLAGS_MANAGED_DICT;
        type->tp_dictoffset = -off - 3 * (Hs_ssize_t)sizeof(HsObject *);
    }
    type->tp_basicsize = off;
    type->tp_itemsize = base->tp_itemsize;
    if (ctx->add_dict && ctx->add_weak) {
        type->tp_getset = getsets_full;
    } else if (ctx->add_weak) {
        type->tp_getset = getsets_weakref_only;
    } else if (ctx->add_dict) {
        type->tp_getset = getsets_dict_alone;
    }
    (void)getsets_dict_only;
    return 0;
}

/* ==== type_new ==== */

static int parse_type_args(HsObject *args, HsObject **name, HsObject **bases,
                           HsObject **dict) {
    if (Hs_SIZE(args) != 3) {
        HsErr_Format(HsExc_TypeError, "type.__new__() takes exactly 3 arguments (%zd given)",
                     Hs_SIZE(args));
        return -1;
    }
    *name = HS_TUPLE_GET(args, 0);
    *bases = HS_TUPLE_GET(args, 1);
    *dict = HS_TUPLE_GET(args, 2);
    static const char *const what[] = {"str", "tuple", "dict"};
    HsObject *vals[3] = {*name, *bases, *dict};
    int ok[3] = {HsUnicode_Check(*name), HsTuple_Check(*bases), HsDict_Check(*dict)};
    for (int i = 0; i < 3; i++) {
        if (!ok[i]) {
            HsErr_Format(HsExc_TypeError, "type.__new__() argument %d must be %s, not %.200s",
                         i + 1, what[i], Hs_TYPE(vals[i])->tp_name);
            return -1;
        }
    }
    return 0;
}

/* Wrap the plain function stored under 'name' with 'wrap' (staticmethod/classmethod). */
static int wrap_special(HsObject *dict, const char *name, HsObject *(*wrap)(HsObject *)) {
    HsObject *f = HsDict_GetItemString(dict, name);
    if (f == NULL || !HsFunction_Check(f)) {
        return 0;
    }
    HsObject *w = wrap(f);
    if (w == NULL) {
        return -1;
    }
    int r = HsDict_SetItemString(dict, name, w);
    Hs_DECREF(w);
    return r;
}

static int add_subclass(HsTypeObject *base, HsTypeObject *sub) {
    if (!(base->tp_flags & HS_TPFLAGS_HEAPTYPE)) {
        return 0;
    }
    HsHeapTypeObject *ht = (HsHeapTypeObject *)base;
    if (ht->ht_nsubclasses == ht->ht_subclasses_cap) {
        Hs_ssize_t cap = ht->ht_subclasses_cap * 2 + 4;
        HsTypeObject **a = hs_mem_realloc(ht->ht_subclasses, (size_t)cap * sizeof(*a));
        if (a == NULL) {
            HsErr_NoMemory();
            return -1;
        }
        ht->ht_subclasses = a;
        ht->ht_subclasses_cap = cap;
    }
    ht->ht_subclasses[ht->ht_nsubclasses++] = sub;
    return 0;
}

static void remove_subclass(HsTypeObject *base, HsTypeObject *sub) {
    if (!(base->tp_flags & HS_TPFLAGS_HEAPTYPE)) {
        return;
    }
    HsHeapTypeObject *ht = (HsHeapTypeObject *)base;
    for (Hs_ssize_t i = 0; i < ht->ht_nsubclasses; i++) {
        if (ht->ht_subclasses[i] == sub) {
            memmove(&ht->ht_subclasses[i], &ht->ht_subclasses[i + 1],
                    (size_t)(ht->ht_nsubclasses - i - 1) * sizeof(HsTypeObject *));
            ht->ht_nsubclasses--;
            return;
        }
    }
}

/* Call __set_name__(type, key) on each attribute that has one. CPython: type_new_set_names */
static int set_names(HsTypeObject *type) {
    HsObject *copy = HsDict_Copy(type->tp_dict);
    if (copy == NULL) {
        return -1;
    }
    static HsObject *name;
    if (name == NULL) {
        hs_obj_static_name(&name, "__set_name__"); /* kept until finalization */
    }
    Hs_ssize_t pos = 0;
    HsObject *key, *value;
    int r = name != NULL ? 0 : -1;
    while (r == 0 && HsDict_Next(copy, &pos, &key, &value)) {
        int found;
        HsObject *args[2] = {(HsObject *)type, key};
        HsObject *res = hs_call_special(value, name, args, 2, &found);
        if (!found) {
            continue;
        }
        if (res == NULL) {
            HsObject *cause = HsErr_GetRaisedException();
            HsErr_Format(HsExc_RuntimeError,
                         "Error calling __set_name__ on '%.100s' instance %R in '%.100s'",
                         Hs_TYPE(value)->tp_name, key, type->tp_name);
            HsObject *exc = HsErr_GetRaisedException();
            HsBaseExceptionObject *e = (HsBaseExceptionObject *)exc;
            Hs_XSETREF(e->cause, Hs_XNewRef(cause));
            Hs_XSETREF(e->context, cause);
            e->suppress_context = 1;
            HsErr_SetRaisedException(exc);
            r = -1;
        }
        Hs_XDECREF(res);
    }
    Hs_DECREF(copy);
    return r;
}

/* super(type, type).__init_subclass__(**kwds). CPython: type_new_init_subclass */
static int init_subclass(HsTypeObject *type, HsObject *kwds) {
    static HsObject *name;
    if (name == NULL) {
        hs_obj_static_name(&name, "__init_subclass__"); /* kept until finalization */
    }
    HsObject *mro = type->tp_mro;
    HsObject *func = NULL;
    for (Hs_ssize_t i = 1; name != NULL && i < Hs_SIZE(mro); i++) {
        HsObject *d = ((HsTypeObject *)HS_TUPLE_GET(mro, i))->tp_dict;
        if (d != NULL && (func = HsDict_GetItemWithError(d, name)) != NULL) {
            break;
        }
    }
    if (func == NULL) {
        return HsErr_Occurred() ? -1 : 0;
    }
    hs_descrgetfunc get = Hs_TYPE(func)->tp_descr_get;
    HsObject *bound = get != NULL ? get(func, NULL, (HsObject *)type) : Hs_NewRef(func);
    if (bound == NULL) {
        return -1;
    }
    HsObject *empty = HsTuple_New(0);
    HsObject *r = empty != NULL ? HsObject_Call(bound, empty, kwds) : NULL;
    Hs_XDECREF(empty);
    Hs_DECREF(bound);
    if (r == NULL) {
        return -1;
    }
    Hs_DECREF(r);
    return 0;
}

/* Fill in a freshly allocated class from the context; the dict is already ctx->dict. */
static int fill_type(HsHeapTypeObject *et, TypeNewCtx *ctx) {
    HsTypeObject *type = &et->ht_type;
    type->tp_flags = HS_TPFLAGS_HEAPTYPE | HS_TPFLAGS_BASETYPE | HS_TPFLAGS_HAVE_GC;
    type->tp_as_number = &et->as_number;
    type->tp_as_sequence = &et->as_sequence;
    type->tp_as_mapping = &et->as_mapping;
    Hs_ssize_t len;
    const char *utf8 = HsUnicode_AsUTF8AndSize(ctx->name, &len);
    if (utf8 == NULL) {
        return -1;
    }
    if ((Hs_ssize_t)strlen(utf8) != len) {
        HsErr_SetString(HsExc_ValueError, "type name must not contain null characters");
        return -1;
    }
    if ((et->ht_tpname = hs_mem_malloc((size_t)len + 1)) == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    memcpy(et->ht_tpname, utf8, (size_t)len + 1);
    type->tp_name = et->ht_tpname;
    et->ht_name = Hs_NewRef(ctx->name);
    HsObject *qualname = HsDict_GetItemString(ctx->dict, "__qualname__");
    if (qualname != NULL) {
        if (!HsUnicode_Check(qualname)) {
            HsErr_Format(HsExc_TypeError, "type __qualname__ must be a str, not %s",
                         Hs_TYPE(qualname)->tp_name);
            return -1;
        }
        et->ht_qualname = Hs_NewRef(qualname);
        if (dict_del_string(ctx->dict, "__qualname__") < 0) {
            return -1;
        }
    } else {
        et->ht_qualname = Hs_NewRef(ctx->name);
    }
    type->tp_base = (HsTypeObject *)Hs_NewRef((HsObject *)ctx->base);
    type->tp_bases = Hs_NewRef(ctx->bases);
    type->tp_dict = Hs_NewRef(ctx->dict);
    et->ht_slots = Hs_XNewRef(ctx->slots);
    if (HsDict_GetItemString(ctx->dict, "__module__") == NULL && current_globals_hook != NULL) {
        HsObject *g = current_globals_hook();
        HsObject *mod = g != NULL ? HsDict_GetItemString(g, "__name__") : NULL;
        if (mod != NULL && HsDict_SetItemString(ctx->dict, "__module__", mod) < 0) {
            return -1;
        }
    }
    if (wrap_special(ctx->dict, "__new__", HsStaticMethod_New) < 0 ||
        wrap_special(ctx->dict, "__init_subclass__", HsClassMethod_New) < 0 ||
        wrap_special(ctx->dict, "__class_getitem__", HsClassMethod_New) < 0) {
        return -1;
    }
    if (layout(et, ctx) < 0) {
        return -1;
    }
    type->tp_dealloc = subtype_dealloc;
    type->tp_traverse = subtype_traverse;
    type->tp_clear = subtype_clear;
    type->tp_alloc = HsType_GenericAlloc;
    type->tp_free = heap_free;
    return 0;
}

static int set_classcell(HsTypeObject *type) {
    HsObject *cell = HsDict_GetItemString(type->tp_dict, "__classcell__");
    if (cell == NULL) {
        return 0;
    }
    if (!HsCell_Check(cell)) {
        HsErr_Format(HsExc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                     (HsObject *)Hs_TYPE(cell));
        return -1;
    }
    HsObject *old = ((HsCellObject *)cell)->ob_ref;
    ((HsCellObject *)cell)->ob_ref = Hs_NewRef((HsObject *)type);
    Hs_XDECREF(old);
    return dict_del_string(type->tp_dict, "__classcell__");
}

HsObject *hs_type_new(HsTypeObject *metatype, HsObject *args, HsObject *kwds) {
    TypeNewCtx ctx = {0};
    HsObject *orig_dict;
    if (parse_type_args(args, &ctx.name, &ctx.bases, &orig_dict) < 0) {
        return NULL;
    }
    HsTypeObject *winner = hs_type_calculate_metaclass(metatype, ctx.bases);
    if (winner == NULL) {
        return NULL;
    }
    if (winner != metatype && winner->tp_new != hs_type_new) {
        return winner->tp_new(winner, args, kwds);
    }
    ctx.metatype = winner;
    if (Hs_SIZE(ctx.bases) == 0) {
        ctx.bases = HsTuple_Pack(1, (HsObject *)&HsBaseObject_Type);
    } else {
        Hs_INCREF(ctx.bases);
    }
    HsHeapTypeObject *et = NULL;
    if (ctx.bases == NULL || (ctx.base = best_base(ctx.bases)) == NULL ||
        (ctx.dict = HsDict_Copy(orig_dict)) == NULL || prepare_slots(&ctx) < 0) {
        goto error;
    }
    et = (HsHeapTypeObject *)ctx.metatype->tp_alloc(ctx.metatype, 0);
    if (et == NULL || fill_type(et, &ctx) < 0) {
        goto error;
    }
    HsTypeObject *type = &et->ht_type;
    if (HsType_Ready(type) < 0 || set_classcell(type) < 0 || hs_type_fixup_slots(type) < 0) {
        goto error;
    }
    if ((type->tp_flags & HS_TPFLAGS_MANAGED_DICT) &&
        (et->ht_cached_keys = hs_shared_keys_new()) == NULL) {
        goto error;
    }
    type->tp_flags &= ~HS_TPFLAGS_HAVE_VECTORCALL;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(ctx.bases); i++) {
        if (add_subclass((HsTypeObject *)HS_TUPLE_GET(ctx.bases, i), type) < 0) {
            goto error;
        }
    }
    Hs_CLEAR(ctx.dict);
    Hs_CLEAR(ctx.bases);
    Hs_CLEAR(ctx.slots);
    if (set_names(type) < 0 || init_subclass(type, kwds) < 0) {
        Hs_DECREF(type);
        return NULL;
    }
    return (HsObject *)type;
error:
    Hs_XDECREF(et);
    Hs_XDECREF(ctx.dict);
    Hs_XDECREF(ctx.bases);
    Hs_XDECREF(ctx.slots);
    return NULL;
}

/* ==== the class object's own life ==== */

void hs_heaptype_dealloc(HsObject *op) {
    HsHeapTypeObject *et = (HsHeapTypeObject *)op;
    HsTypeObject *type = &et->ht_type;
    hs_gc_untrack(op);
    if (type->tp_weaklist != NULL) {
        HsObject_ClearWeakRefs(op);
    }
    if (type->tp_bases != NULL) {
        for (Hs_ssize_t i = 0; i < Hs_SIZE(type->tp_bases); i++) {
            remove_subclass((HsTypeObject *)HS_TUPLE_GET(type->tp_bases, i), type);
        }
    }
    hs_type_modified(type);
    for (Hs_ssize_t i = 0; i < et->ht_nsubclasses; i++) {
        HsTypeObject *sub = et->ht_subclasses[i];
        (void)sub; /* subclasses hold a reference to us through tp_bases: none can remain */
    }
    Hs_XDECREF(type->tp_base);
    Hs_XDECREF(type->tp_dict);
    Hs_XDECREF(type->tp_bases);
    Hs_XDECREF(type->tp_mro);
    Hs_XDECREF(type->tp_cache);
    Hs_XDECREF(type->tp_subclasses);
    Hs_XDECREF(et->ht_name);
    Hs_XDECREF(et->ht_qualname);
    Hs_XDECREF(et->ht_slots);
    if (et->ht_cached_keys != NULL) {
        hs_shared_keys_decref(et->ht_cached_keys);
    }
    hs_mem_free(et->ht_tpname);
    hs_mem_free(et->ht_members);
    hs_mem_free(et->ht_subclasses);
    hs_gc_free(op); /* a metaclass written in Python drops its reference in subtype_dealloc */
}

int hs_heaptype_clear(HsObject *op) {
    HsTypeObject *type = (HsTypeObject *)op;
    hs_type_modified(type);
    if (type->tp_dict != NULL) {
        HsDict_Clear(type->tp_dict);
    }
    Hs_CLEAR(type->tp_mro);
    return 0;
}
