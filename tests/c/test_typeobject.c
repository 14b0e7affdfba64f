/* Type readying, attribute lookup, descriptors and calls, on a small C type 'Point' with
 * every calling convention, and on the built-in types: MROs, inherited slots, bound
 * builtin methods, unbound calls through method descriptors, class methods, members and
 * computed attributes, and CPython 3.11's error messages for each misuse. */
#include "hs_test.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"

#include <stddef.h>
#include <string.h>

typedef struct PointObject {
    HsObject ob_base;
    Hs_ssize_t x, y;
    Hs_ssize_t id; /* read-only member */
} PointObject;

static HsObject *point_reset(HsObject *self, HsObject *unused) {
    (void)unused;
    ((PointObject *)self)->x = ((PointObject *)self)->y = 0;
    Hs_RETURN_NONE;
}

static HsObject *point_scale(HsObject *self, HsObject *k) {
    Hs_ssize_t f = HsNumber_AsSsize_t(k, HsExc_OverflowError);
    if (f == -1 && HsErr_Occurred()) {
        return NULL;
    }
    ((PointObject *)self)->x *= f;
    ((PointObject *)self)->y *= f;
    Hs_RETURN_NONE;
}

/* move(dx, dy=0): FASTCALL|KEYWORDS through hs_arg_unpack_keywords. */
static HsObject *point_move(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                            HsObject *kwnames) {
    static const char *const kw[] = {"dx", "dy", NULL};
    static const HsArgParser parser = {"move", kw};
    HsObject *a[2];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 2, 1, a) < 0) {
        return NULL;
    }
    ((PointObject *)self)->x += HsLong_AsLong(a[0]);
    ((PointObject *)self)->y += a[1] != NULL ? HsLong_AsLong(a[1]) : 0;
    Hs_RETURN_NONE;
}

static HsObject *point_origin(HsObject *cls, HsObject *unused) {
    (void)unused;
    return HsObject_CallNoArgs(cls);
}

static HsObject *point_get_norm1(HsObject *self, void *closure) {
    (void)closure;
    PointObject *p = (PointObject *)self;
    return HsLong_FromSsize_t((p->x < 0 ? -p->x : p->x) + (p->y < 0 ? -p->y : p->y));
}

static HsMethodDef point_methods[] = {
    {"reset", HS_CFUNC(point_reset), HS_METH_NOARGS, NULL},
    {"scale", HS_CFUNC(point_scale), HS_METH_O, NULL},
    {"move", HS_CFUNC(point_move), HS_METH_FASTCALL | HS_METH_KEYWORDS, NULL},
    {"origin", HS_CFUNC(point_origin), HS_METH_CLASS | HS_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static HsMemberDef point_members[] = {
    {"x", HS_T_PYSSIZET, offsetof(PointObject, x), 0, NULL},
    {"y", HS_T_PYSSIZET, offsetof(PointObject, y), 0, NULL},
    {"id", HS_T_PYSSIZET, offsetof(PointObject, id), HS_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static HsGetSetDef point_getset[] = {
    {"norm1", point_get_norm1, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static HsTypeObject Point_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "Point",
    .tp_basicsize = sizeof(PointObject),
    .tp_doc = "a point",
    .tp_methods = point_methods,
    .tp_members = point_members,
    .tp_getset = point_getset,
    .tp_new = HsType_GenericNew,
};

/* The current exception is 'type' with message 'msg'; clears it. */
static int raised(HsObject *type, const char *msg) {
    HsObject *exc = HsErr_GetRaisedException();
    if (exc == NULL) {
        return 0;
    }
    HsObject *s = HsObject_Str(exc);
    int ok = Hs_TYPE(exc) == (HsTypeObject *)type && s != NULL &&
             strcmp(HsUnicode_AsUTF8(s), msg) == 0;
    if (!ok) {
        printf("  got %s: %s\n", Hs_TYPE(exc)->tp_name, s ? HsUnicode_AsUTF8(s) : "?");
    }
    Hs_XDECREF(s);
    Hs_DECREF(exc);
    return ok;
}

static int repr_is(HsObject *o, const char *expect) {
    HsObject *r = HsObject_Repr(o);
    int ok = r != NULL && strcmp(HsUnicode_AsUTF8(r), expect) == 0;
    if (!ok) {
        printf("  repr: %s\n", r ? HsUnicode_AsUTF8(r) : "(error)");
    }
    Hs_XDECREF(r);
    return ok;
}

static HsObject *attr(HsObject *o, const char *name) {
    return HsObject_GetAttrString(o, name);
}

static void test_bootstrap_mros(void) {
    HS_CHECK(hs_obj_init() == 0);
    HS_CHECK(hs_obj_init() == 0); /* idempotent */
    HsObject *mro = HsBool_Type.tp_mro;
    HS_CHECK(Hs_SIZE(mro) == 3 && HS_TUPLE_GET(mro, 1) == (HsObject *)&HsLong_Type &&
             HS_TUPLE_GET(mro, 2) == (HsObject *)&HsBaseObject_Type);
    mro = ((HsTypeObject *)HsExc_KeyError)->tp_mro;
    HS_CHECK_EQ(Hs_SIZE(mro), 5); /* KeyError, LookupError, Exception, BaseException, object */
    HS_CHECK(HS_TUPLE_GET(mro, 1) == HsExc_LookupError);
    HS_CHECK(HsType_Type.tp_base == &HsBaseObject_Type);
    HS_CHECK(Hs_TYPE(&HsType_Type) == &HsType_Type);
    HS_CHECK(HsBool_Type.tp_getattro == HsObject_GenericGetAttr); /* inherited */
    HS_CHECK(repr_is((HsObject *)&HsLong_Type, "<class 'int'>"));
    HsObject *h = attr((HsObject *)&HsDict_Type, "__hash__");
    HS_CHECK(h == Hs_None); /* dict.__hash__ is None */
    Hs_DECREF(h);
    HsObject *cls = attr(Hs_True, "__class__");
    HS_CHECK(cls == (HsObject *)&HsBool_Type);
    Hs_DECREF(cls);
}

static void test_point_methods_and_members(void) {
    HS_CHECK(HsType_Ready(&Point_Type) == 0);
    HsObject *p = HsObject_CallNoArgs((HsObject *)&Point_Type);
    HS_CHECK(p != NULL && Hs_TYPE(p) == &Point_Type);
    HsObject *three = HsLong_FromLong(3), *x = HsUnicode_InternFromString("x");
    HS_CHECK(HsObject_SetAttr(p, x, three) == 0);
    HsObject *v = HsObject_GetAttr(p, x);
    HS_CHECK(v != NULL && hs_int_compact_value(v) == 3);
    Hs_DECREF(v);
    HsObject *m = attr(p, "scale");
    HS_CHECK(m != NULL && HsCFunction_Check(m));
    HsObject *mr = HsObject_Repr(m);
    HS_CHECK(mr != NULL && strncmp(HsUnicode_AsUTF8(mr), "<built-in method scale of Point object "
                                   "at 0x", 39) == 0);
    Hs_DECREF(mr);
    HsObject *r = HsObject_CallOneArg(m, three);
    HS_CHECK(r == Hs_None);
    Hs_DECREF(r);
    HS_CHECK_EQ(((PointObject *)p)->x, 9);
    HsObject *n = attr(p, "norm1");
    HS_CHECK(n != NULL && hs_int_compact_value(n) == 9);
    Hs_DECREF(n);
    HsObject *mv = attr(p, "move");
    HsObject *dy = HsUnicode_InternFromString("dy");
    HsObject *kwn = HsTuple_Pack(1, dy);
    HsObject *args[2] = {three, three};
    r = HsObject_Vectorcall(mv, args, 1, kwn); /* p.move(3, dy=3) */
    HS_CHECK(r == Hs_None);
    Hs_DECREF(r);
    HS_CHECK(((PointObject *)p)->x == 12 && ((PointObject *)p)->y == 3);
    HsObject *objs[] = {mv, kwn, dy, m, x, three, p};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_calling_errors_match_cpython(void) {
    HsObject *p = HsObject_CallNoArgs((HsObject *)&Point_Type);
    HsObject *one = HsLong_FromLong(1);
    HsObject *reset = attr(p, "reset"), *scale = attr(p, "scale"), *move = attr(p, "move");
    HsObject *args[3] = {one, one, one};
    HS_CHECK(HsObject_Vectorcall(reset, args, 1, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "Point.reset() takes no arguments (1 given)"));
    HS_CHECK(HsObject_Vectorcall(scale, args, 0, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "Point.scale() takes exactly one argument (0 given)"));
    HsObject *xk = HsUnicode_InternFromString("x"), *kw = HsTuple_Pack(1, xk);
    HS_CHECK(HsObject_Vectorcall(scale, args, 0, kw) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "Point.scale() takes no keyword arguments"));
    HS_CHECK(HsObject_Vectorcall(move, args, 3, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "move() takes at most 2 arguments (3 given)"));
    HS_CHECK(HsObject_Vectorcall(move, args, 1, kw) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "'x' is an invalid keyword argument for move()"));
    HsObject *dxk = HsUnicode_InternFromString("dx"), *kw2 = HsTuple_Pack(1, dxk);
    HS_CHECK(HsObject_Vectorcall(move, args, 1, kw2) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "argument for move() given by name ('dx') and position (1)"));
    /* Unbound: Point.scale(1, 2) and Point.scale() */
    HsObject *descr = attr((HsObject *)&Point_Type, "scale");
    HS_CHECK(descr != NULL && Hs_TYPE(descr) == &HsMethodDescr_Type);
    HS_CHECK(repr_is(descr, "<method 'scale' of 'Point' objects>"));
    HS_CHECK(HsObject_Vectorcall(descr, args, 2, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError,
                    "descriptor 'scale' for 'Point' objects doesn't apply to a 'int' object"));
    HS_CHECK(HsObject_Vectorcall(descr, args, 0, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "unbound method Point.scale() needs an argument"));
    HsObject *pargs[2] = {p, one};
    HsObject *r = HsObject_Vectorcall(descr, pargs, 2, NULL); /* Point.scale(p, 1) works */
    HS_CHECK(r == Hs_None);
    Hs_DECREF(r);
    HsObject *objs[] = {descr, kw2, dxk, kw, xk, reset, scale, move, one, p};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
        Hs_DECREF(objs[i]);
    }
}

static void test_attribute_errors_match_cpython(void) {
    HsObject *p = HsObject_CallNoArgs((HsObject *)&Point_Type);
    HsObject *one = HsLong_FromLong(1);
    HS_CHECK(attr(p, "zz") == NULL);
    HS_CHECK(raised(HsExc_AttributeError, "'Point' object has no attribute 'zz'"));
    HS_CHECK(HsObject_SetAttrString(p, "zz", one) == -1);
    HS_CHECK(raised(HsExc_AttributeError, "'Point' object has no attribute 'zz'"));
    HS_CHECK(HsObject_SetAttrString(p, "norm1", one) == -1);
    HS_CHECK(raised(HsExc_AttributeError, "attribute 'norm1' of 'Point' objects is not writable"));
    HS_CHECK(HsObject_SetAttrString(p, "id", one) == -1);
    HS_CHECK(raised(HsExc_AttributeError, "readonly attribute"));
    HS_CHECK(HsObject_SetAttrString(p, "reset", one) == -1);
    HS_CHECK(raised(HsExc_AttributeError, "'Point' object attribute 'reset' is read-only"));
    HS_CHECK(attr((HsObject *)&Point_Type, "zz") == NULL);
    HS_CHECK(raised(HsExc_AttributeError, "type object 'Point' has no attribute 'zz'"));
    HS_CHECK(HsObject_SetAttrString((HsObject *)&HsLong_Type, "zz", one) == -1);
    HS_CHECK(raised(HsExc_TypeError, "cannot set 'zz' attribute of immutable type 'int'"));
    HS_CHECK(attr(one, "zz") == NULL);
    HsObject *exc = HsErr_GetRaisedException(); /* name and obj recorded (3.10+) */
    HS_CHECK(exc != NULL && ((HsAttributeErrorObject *)exc)->obj == one);
    HS_CHECK(hs_str_eq_ascii(((HsAttributeErrorObject *)exc)->name, "zz"));
    Hs_DECREF(exc);
    HsObject *n = HsLong_FromLong(5);
    HS_CHECK(HsObject_GetAttr(p, n) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "attribute name must be string, not 'int'"));
    Hs_DECREF(n);
    Hs_DECREF(one);
    Hs_DECREF(p);
}

static void test_classmethod_and_object(void) {
    HsObject *origin = attr((HsObject *)&Point_Type, "origin");
    HS_CHECK(origin != NULL && HsCFunction_Check(origin));
    HsObject *q = HsObject_CallNoArgs(origin);
    HS_CHECK(q != NULL && Hs_TYPE(q) == &Point_Type);
    Hs_DECREF(q);
    Hs_DECREF(origin);
    HsObject *one = HsLong_FromLong(1);
    HsObject *args[1] = {one};
    HS_CHECK(HsObject_Vectorcall((HsObject *)&HsBaseObject_Type, args, 1, NULL) == NULL);
    HS_CHECK(raised(HsExc_TypeError, "object() takes no arguments"));
    HsObject *o = HsObject_CallNoArgs((HsObject *)&HsBaseObject_Type);
    HS_CHECK(o != NULL && Hs_TYPE(o) == &HsBaseObject_Type);
    HsObject *name = HsUnicode_InternFromString("__sizeof__");
    HsObject *sz = HsObject_CallMethodNoArgs(o, name);
    Hs_DECREF(name);
    HS_CHECK(sz != NULL && hs_int_compact_value(sz) == 16); /* object().__sizeof__() */
    HS_CHECK(HsObject_RichCompareBool(o, o, HS_EQ) == 1);
    HS_CHECK(HsObject_RichCompareBool(o, one, HS_EQ) == 0);
    HS_CHECK(HsObject_RichCompareBool(o, one, HS_NE) == 1);
    HS_CHECK(HsObject_RichCompareBool(o, one, HS_LT) == -1);
    HS_CHECK(raised(HsExc_TypeError, "'<' not supported between instances of 'object' and 'int'"));
    Hs_DECREF(sz);
    Hs_DECREF(o);
    Hs_DECREF(one);
}

HS_TEST_MAIN(test_bootstrap_mros, test_point_methods_and_members,
             test_calling_errors_match_cpython, test_attribute_errors_match_cpython,
             test_classmethod_and_object)
