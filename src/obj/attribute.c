/* Attribute access (CPython 3.11: Objects/object.c, PyObject_GetAttr and
 * _PyObject_GenericGetAttrWithDict / _PyObject_GenericSetAttrWithDict). Lookup order:
 * a data descriptor found on the type, then the instance's __dict__, then a non-data
 * descriptor or plain class attribute. An AttributeError raised here records the object and
 * the name (3.10+), which the traceback printer uses for "Did you mean" suggestions.
 * Invariant: every path returns a new reference or NULL with an exception set. */
#include "hs/abstract.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/errors.h"

/* ==== static helpers ==== */

/* Where the instance dict pointer lives, or NULL if instances have none.
 * CPython: _PyObject_DictPointer (negative offsets count from the end of a var-object). */
HsObject **hs_object_dict_ptr(HsObject *obj) {
    HsTypeObject *tp = Hs_TYPE(obj);
    if (tp->tp_flags & HS_TPFLAGS_MANAGED_DICT) {
        return HS_MANAGED_DICT_PTR(obj);
    }
    Hs_ssize_t off = tp->tp_dictoffset;
    if (off == 0) {
        return NULL;
    }
    if (off < 0) {
        Hs_ssize_t n = Hs_SIZE(obj) < 0 ? -Hs_SIZE(obj) : Hs_SIZE(obj);
        off += tp->tp_basicsize + n * tp->tp_itemsize;
        off = (off + (Hs_ssize_t)sizeof(void *) - 1) & ~(Hs_ssize_t)(sizeof(void *) - 1);
    }
    return (HsObject **)((char *)obj + off);
}

/* Fill in name/obj of a just-raised AttributeError (CPython: set_attribute_error_context). */
void hs_attribute_error_set_context(HsObject *obj, HsObject *name) {
    HsObject *exc = HsErr_GetRaisedException();
    if (exc != NULL && Hs_TYPE(exc) == (HsTypeObject *)HsExc_AttributeError) {
        HsAttributeErrorObject *ae = (HsAttributeErrorObject *)exc;
        if (ae->name == NULL && ae->obj == NULL) {
            ae->name = Hs_NewRef(name);
            ae->obj = Hs_NewRef(obj);
        }
    }
    HsErr_SetRaisedException(exc);
}

static HsObject *no_attribute(HsObject *obj, HsObject *name) {
    HsErr_Format(HsExc_AttributeError, "'%.50s' object has no attribute '%U'",
                 Hs_TYPE(obj)->tp_name, name);
    hs_attribute_error_set_context(obj, name);
    return NULL;
}

static int check_name(HsObject *name) {
    if (HsUnicode_Check(name)) {
        return 0;
    }
    HsErr_Format(HsExc_TypeError, "attribute name must be string, not '%.200s'",
                 Hs_TYPE(name)->tp_name);
    return -1;
}

/* ==== public API ==== */

static HsObject *generic_getattr(HsObject *obj, HsObject *name, HsObject *descr, int suppress);

HsObject *HsObject_GenericGetAttr(HsObject *obj, HsObject *name) {
    if (check_name(name) < 0) { /* o.__getattribute__(0) */
        return NULL;
    }
    return hs_object_generic_getattr_descr(obj, name, hs_type_lookup(Hs_TYPE(obj), name));
}

HsObject *hs_object_generic_getattr_descr(HsObject *obj, HsObject *name, HsObject *descr) {
    return generic_getattr(obj, name, descr, 0);
}

/* The generic lookup; with 'suppress' a missing attribute returns NULL without raising
 * (CPython: _PyObject_GenericGetAttrWithDict's suppress). */
static HsObject *generic_getattr(HsObject *obj, HsObject *name, HsObject *descr, int suppress) {
    HsTypeObject *tp = Hs_TYPE(obj);
    hs_descrgetfunc get = NULL;
    HsObject *res = NULL;
    if (descr != NULL) {
        Hs_INCREF(descr); /* the descriptor may be replaced while it runs */
        get = Hs_TYPE(descr)->tp_descr_get;
        if (get != NULL && Hs_TYPE(descr)->tp_descr_set != NULL) {
            res = get(descr, obj, (HsObject *)tp);
            goto done;
        }
    }
    HsObject **dictptr = hs_object_dict_ptr(obj);
    if (dictptr != NULL && *dictptr != NULL) {
        HsObject *dict = Hs_NewRef(*dictptr);
        res = HsDict_GetItemWithError(dict, name);
        Hs_XINCREF(res);
        Hs_DECREF(dict);
        if (res != NULL || HsErr_Occurred()) {
            goto done;
        }
    }
    if (get != NULL) {
        res = get(descr, obj, (HsObject *)tp);
    } else if (descr != NULL) {
        res = Hs_NewRef(descr);
    } else if (!suppress) {
        no_attribute(obj, name);
    }
done:
    Hs_XDECREF(descr);
    return res;
}

/* Does CPython 3.11 keep this class's instance attributes as inline values? Only when
 * object.__new__ made the instance: the class's C base is object itself (a list or
 * Exception subclass gets a real dict from the start). */
int hs_object_uses_inline_values(HsTypeObject *tp) {
    if (!(tp->tp_flags & HS_TPFLAGS_MANAGED_DICT)) {
        return 0;
    }
    while (tp->tp_flags & HS_TPFLAGS_HEAPTYPE) {
        tp = tp->tp_base;
    }
    return tp == &HsBaseObject_Type;
}

void hs_object_inline_values_made(HsObject *obj) {
    HsTypeObject *tp = Hs_TYPE(obj);
    if ((tp->tp_flags & HS_TPFLAGS_MANAGED_DICT) && (tp->tp_flags & HS_TPFLAGS_HEAPTYPE) &&
        ((HsHeapTypeObject *)tp)->ht_cached_keys != NULL) {
        hs_shared_keys_instance_made(((HsHeapTypeObject *)tp)->ht_cached_keys);
    }
}

int HsObject_GenericSetAttr(HsObject *obj, HsObject *name, HsObject *value) {
    if (check_name(name) < 0) {
        return -1;
    }
    return hs_object_generic_setattr_descr(obj, name, value, hs_type_lookup(Hs_TYPE(obj), name));
}

int hs_object_generic_setattr_descr(HsObject *obj, HsObject *name, HsObject *value,
                                    HsObject *descr) {
    HsTypeObject *tp = Hs_TYPE(obj);
    if (descr != NULL && Hs_TYPE(descr)->tp_descr_set != NULL) {
        Hs_INCREF(descr);
        int r = Hs_TYPE(descr)->tp_descr_set(descr, obj, value);
        Hs_DECREF(descr);
        return r;
    }
    HsObject **dictptr = hs_object_dict_ptr(obj);
    if (dictptr == NULL) {
        if (descr == NULL) {
            no_attribute(obj, name);
        } else {
            HsErr_Format(HsExc_AttributeError, "'%.50s' object attribute '%U' is read-only",
                         tp->tp_name, name);
        }
        return -1;
    }
    if (*dictptr == NULL) {
        if (value == NULL) {
            no_attribute(obj, name);
            return -1;
        }
        /* CPython: inline values, or for a managed dict without them a split dict on the
         * class's shared keys (_PyObjectDict_SetItem) */
        HsSharedKeys *sk = (tp->tp_flags & HS_TPFLAGS_MANAGED_DICT) &&
                                   (tp->tp_flags & HS_TPFLAGS_HEAPTYPE)
                               ? ((HsHeapTypeObject *)tp)->ht_cached_keys : NULL;
        if ((*dictptr = hs_dict_new_split(sk, hs_object_uses_inline_values(tp))) == NULL) {
            return -1;
        }
    }
    HsObject *dict = Hs_NewRef(*dictptr);
    int r = value != NULL ? HsDict_SetItem(dict, name, value) : HsDict_DelItem(dict, name);
    Hs_DECREF(dict);
    if (r < 0 && value == NULL && HsErr_ExceptionMatches(HsExc_KeyError)) {
        HsErr_Clear();
        no_attribute(obj, name);
    }
    return r;
}

HsObject *HsObject_GetAttr(HsObject *o, HsObject *name) {
    if (check_name(name) < 0) {
        return NULL;
    }
    hs_getattrofunc f = Hs_TYPE(o)->tp_getattro;
    HsObject *r = f != NULL ? f(o, name) : no_attribute(o, name);
    if (r == NULL) {
        hs_attribute_error_set_context(o, name);
    }
    return r;
}

HsObject *HsObject_GetAttrString(HsObject *o, const char *name) {
    HsObject *n = HsUnicode_InternFromString(name);
    if (n == NULL) {
        return NULL;
    }
    HsObject *r = HsObject_GetAttr(o, n);
    Hs_DECREF(n);
    return r;
}

int HsObject_LookupAttr(HsObject *o, HsObject *name, HsObject **result) {
    if (Hs_TYPE(o)->tp_getattro == HsObject_GenericGetAttr && HsUnicode_Check(name)) {
        /* no AttributeError made just to be cleared (CPython: _PyObject_LookupAttr) */
        *result = generic_getattr(o, name, hs_type_lookup(Hs_TYPE(o), name), 1);
        if (*result != NULL) {
            return 1;
        }
        if (!HsErr_Occurred()) {
            return 0;
        }
    } else {
        *result = HsObject_GetAttr(o, name);
    }
    if (*result != NULL) {
        return 1;
    }
    if (HsErr_ExceptionMatches(HsExc_AttributeError)) {
        HsErr_Clear();
        return 0;
    }
    return -1;
}

int HsObject_HasAttr(HsObject *o, HsObject *name) {
    HsObject *r;
    int found = HsObject_LookupAttr(o, name, &r);
    Hs_XDECREF(r);
    return found;
}

int HsObject_SetAttr(HsObject *o, HsObject *name, HsObject *value) {
    if (check_name(name) < 0) {
        return -1;
    }
    hs_setattrofunc f = Hs_TYPE(o)->tp_setattro;
    if (f == NULL) {
        HsErr_Format(HsExc_AttributeError, "'%.100s' object has no attributes (%s .%U)",
                     Hs_TYPE(o)->tp_name, value == NULL ? "del" : "assign to", name);
        return -1;
    }
    HsObject *n = Hs_NewRef(name);
    HsUnicode_InternInPlace(&n);
    int r = f(o, n, value);
    Hs_DECREF(n);
    return r;
}

int HsObject_SetAttrString(HsObject *o, const char *name, HsObject *value) {
    HsObject *n = HsUnicode_InternFromString(name);
    if (n == NULL) {
        return -1;
    }
    int r = HsObject_SetAttr(o, n, value);
    Hs_DECREF(n);
    return r;
}

int HsObject_DelAttr(HsObject *o, HsObject *name) {
    return HsObject_SetAttr(o, name, NULL);
}

/* ==== dir ==== */

/* Add the keys of every dict along 'type''s MRO to the set 's'. Returns 0 or -1. */
static int dir_add_mro(HsObject *s, HsTypeObject *type) {
    HsObject *mro = type->tp_mro;
    Hs_ssize_t n = mro != NULL ? Hs_SIZE(mro) : 0;
    for (Hs_ssize_t i = 0; i < n; i++) {
        HsObject *d = ((HsTypeObject *)HS_TUPLE_GET(mro, i))->tp_dict;
        if (d != NULL && hs_set_update(s, d) < 0) {
            return -1;
        }
    }
    return 0;
}

/* dir(o): the names in o's __dict__ and, unless o is a module, along its type's MRO; for a
 * class, along its own MRO. Sorted. (CPython: object.__dir__ / type.__dir__ /
 * module.__dir__; user-defined __dir__ arrives with classes.) Return: new reference. */
HsObject *hs_object_dir_default(HsObject *o) {
    static HsObject *dict_name;
    if (dict_name == NULL && hs_obj_static_name(&dict_name, "__dict__") == NULL) {
        return NULL;
    }
    HsObject *s = HsSet_New(NULL);
    if (s == NULL) {
        return NULL;
    }
    int rc = 0;
    if (HsType_Check(o)) {
        rc = dir_add_mro(s, (HsTypeObject *)o);
    } else {
        HsObject *d = NULL;
        rc = HsObject_LookupAttr(o, dict_name, &d);
        if (rc > 0 && HsDict_Check(d)) {
            rc = hs_set_update(s, d);
        }
        Hs_XDECREF(d);
        if (rc >= 0 && !HsModule_Check(o)) {
            rc = dir_add_mro(s, Hs_TYPE(o));
        }
    }
    HsObject *list = rc >= 0 ? hs_list_from_iterable(s) : NULL;
    Hs_DECREF(s);
    if (list != NULL && HsList_Sort(list) < 0) {
        Hs_CLEAR(list);
    }
    return list;
}

/* dir(o): type(o).__dir__(o) as a sorted list; object's and type's own __dir__ are the
 * default above. CPython: _dir_object. */
HsObject *HsObject_Dir(HsObject *o) {
    static HsObject *name;
    if (name == NULL && hs_obj_static_name(&name, "__dir__") == NULL) {
        return NULL;
    }
    HsObject *meth = hs_type_lookup(Hs_TYPE(o), name);
    if (meth == NULL || Hs_TYPE(meth) == &HsMethodDescr_Type) {
        return hs_object_dir_default(o); /* object.__dir__ / type.__dir__ */
    }
    Hs_INCREF(meth);
    hs_descrgetfunc get = Hs_TYPE(meth)->tp_descr_get;
    HsObject *bound = get != NULL ? get(meth, o, (HsObject *)Hs_TYPE(o)) : Hs_NewRef(meth);
    Hs_DECREF(meth);
    if (bound == NULL) {
        return NULL;
    }
    HsObject *r = HsObject_CallNoArgs(bound);
    Hs_DECREF(bound);
    if (r == NULL) {
        return NULL;
    }
    HsObject *list = HsSequence_List(r);
    Hs_DECREF(r);
    if (list != NULL && HsList_Sort(list) < 0) {
        Hs_CLEAR(list);
    }
    return list;
}
