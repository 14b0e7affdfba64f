/* The `dis` and `opcode` modules (CPython 3.11: Lib/dis.py and Lib/opcode.py, written here in
 * C): dis.dis / disassemble / distb / get_instructions / code_info / show_code /
 * findlinestarts / findlabels / pretty_flags / stack_effect, the Instruction and Positions
 * named tuples, the Bytecode type and the opcode tables. Decoding and formatting live in
 * dis_engine.c; this file resolves what to disassemble and where the text goes.
 * Departures: get_instructions, findlinestarts and Bytecode iteration return iterators over
 * lists rather than generators; Instruction and Positions are structseqs (tuple subtypes with
 * the same fields and repr); only real code objects (not look-alikes) are disassembled.
 * Invariants: output is written with the file's write method, one call for the text and one
 * for "\n", as print() does; file=None means sys.stdout at call time. */
#include "internal/hs_modules_dis.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_compile_codegen.h"
#include "internal/hs_compile_opcode.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_modules.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_vm.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ==== static helpers: Python-style argument binding ====
 * dis's functions are Python functions in CPython, so their argument errors use the
 * interpreter's wording ("dis() takes from 0 to 1 positional arguments but 2 were given",
 * "missing 1 required positional argument: 'x'", "got an unexpected keyword argument"). */

typedef struct PySig {
    const char *name;          /* the qualname in messages */
    const char *const *params; /* positional-or-keyword names, then keyword-only ones */
    int npos, nreq, nparams;   /* counts: positional, required positional, all */
    int bound;                 /* 1 for methods: self/cls counts in the messages */
} PySig;

/* CPython's too_many_positional. Returns -1 with TypeError. */
static int too_many_positional(const PySig *sig, Hs_ssize_t given) {
    int lo = sig->nreq + sig->bound, hi = sig->npos + sig->bound;
    long g = (long)given + sig->bound;
    if (lo != hi) {
        HsErr_Format(HsExc_TypeError,
                     "%s() takes from %d to %d positional arguments but %ld %s given", sig->name,
                     lo, hi, g, g == 1 ? "was" : "were");
    } else {
        HsErr_Format(HsExc_TypeError, "%s() takes %d positional argument%s but %ld %s given",
                     sig->name, hi, hi == 1 ? "" : "s", g, g == 1 ? "was" : "were");
    }
    return -1;
}

/* Bind 'args'/'kwnames' (vectorcall shape) to sig's parameters: out[i] is a borrowed
 * reference, or NULL when not given. Returns 0, or -1 with CPython's TypeError. */
static int py_bind(const PySig *sig, HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames,
                   HsObject **out) {
    if (nargs > sig->npos) {
        return too_many_positional(sig, nargs);
    }
    for (int i = 0; i < sig->nparams; i++) {
        out[i] = i < nargs ? args[i] : NULL;
    }
    for (Hs_ssize_t k = 0; kwnames != NULL && k < Hs_SIZE(kwnames); k++) {
        HsObject *key = HS_TUPLE_GET(kwnames, k);
        const char *s = HsUnicode_AsUTF8(key);
        int i = 0;
        while (s != NULL && i < sig->nparams && strcmp(sig->params[i], s) != 0) {
            i++;
        }
        if (s == NULL || i == sig->nparams) {
            HsErr_Format(HsExc_TypeError, "%s() got an unexpected keyword argument '%S'", sig->name,
                         key);
            return -1;
        }
        if (out[i] != NULL) {
            HsErr_Format(HsExc_TypeError, "%s() got multiple values for argument '%s'", sig->name,
                         sig->params[i]);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    for (int i = 0; i < sig->nreq; i++) {
        if (out[i] == NULL) { // every function here has at most one required parameter
            HsErr_Format(HsExc_TypeError, "%s() missing 1 required positional argument: '%s'",
                         sig->name, sig->params[i]);
            return -1;
        }
    }
    return 0;
}

/* ==== types: Instruction, Positions, UNKNOWN ==== */

/* The type's name without its module ("dis.Instruction" -> "Instruction"). */
static const char *short_name(HsTypeObject *tp) {
    const char *dot = strrchr(tp->tp_name, '.');
    return dot != NULL ? dot + 1 : tp->tp_name;
}

/* "Instruction(opname='NOP', ...)": a namedtuple's repr, fields named by tp_getset.
 * Return: new reference. */
static HsObject *named_tuple_repr(HsObject *op) {
    HsTypeObject *tp = Hs_TYPE(op);
    HsStrWriter w;
    hs_str_writer_init(&w);
    if (hs_str_writer_ascii(&w, short_name(tp)) < 0 || hs_str_writer_char(&w, '(') < 0) {
        goto error;
    }
    for (Hs_ssize_t i = 0; i < Hs_SIZE(op); i++) {
        HsObject *r = HsObject_Repr(HS_TUPLE_GET(op, i));
        int rc = r == NULL || (i > 0 && hs_str_writer_ascii(&w, ", ") < 0) ||
                 hs_str_writer_ascii(&w, tp->tp_getset[i].name) < 0 ||
                 hs_str_writer_char(&w, '=') < 0 || hs_str_writer_str(&w, r) < 0;
        Hs_XDECREF(r);
        if (rc) {
            goto error;
        }
    }
    if (hs_str_writer_char(&w, ')') < 0) {
        goto error;
    }
    return hs_str_writer_finish(&w);
error:
    hs_str_writer_discard(&w);
    return NULL;
}

#define SS_FIELD(name, i)                                                                          \
    { name, hs_structseq_get, NULL, NULL, (void *)(intptr_t)(i) }

static HsGetSetDef positions_fields[] = {
    SS_FIELD("lineno", 0),         SS_FIELD("end_lineno", 1),      SS_FIELD("col_offset", 2),
    SS_FIELD("end_col_offset", 3), {NULL, NULL, NULL, NULL, NULL},
};
static HsGetSetDef instruction_fields[] = {
    SS_FIELD("opname", 0),          SS_FIELD("opcode", 1),         SS_FIELD("arg", 2),
    SS_FIELD("argval", 3),          SS_FIELD("argrepr", 4),        SS_FIELD("offset", 5),
    SS_FIELD("starts_line", 6),     SS_FIELD("is_jump_target", 7), SS_FIELD("positions", 8),
    {NULL, NULL, NULL, NULL, NULL},
};

#define SS_TYPE(tpname, fields, methods)                                                           \
    {                                                                                              \
        .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0), .tp_name = tpname,                      \
        .tp_basicsize = offsetof(HsTupleObject, ob_item), .tp_itemsize = sizeof(HsObject *),       \
        .tp_dealloc = hs_structseq_dealloc, .tp_repr = named_tuple_repr,                           \
        .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_TUPLE_SUBCLASS,                                \
        .tp_traverse = hs_structseq_traverse, .tp_getset = fields, .tp_base = &HsTuple_Type,       \
        .tp_new = hs_structseq_no_new, .tp_methods = methods,                                      \
    }

/* Instruction._disassemble(lineno_width=3, mark_as_current=False, offset_width=4): the
 * instruction's line of a listing. Return: new reference. */
static HsObject *instruction_disassemble(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                         HsObject *kwnames) {
    static const char *const kw[] = {"lineno_width", "mark_as_current", "offset_width"};
    static const PySig sig = {"Instruction._disassemble", kw, 3, 0, 3, 1};
    HsObject *a[3];
    if (py_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    long lw = a[0] != NULL ? HsLong_AsLong(a[0]) : 3, ow = a[2] != NULL ? HsLong_AsLong(a[2]) : 4;
    int current = a[1] != NULL ? HsObject_IsTrue(a[1]) : 0;
    HsObject *arg = HS_TUPLE_GET(self, 2), *line = HS_TUPLE_GET(self, 6);
    HsDisInstr in = {
        .op = (int)HsLong_AsLong(HS_TUPLE_GET(self, 1)),
        .has_arg = arg != Hs_None,
        .arg = arg != Hs_None ? HsLong_AsLong(arg) : 0,
        .offset = HsLong_AsSsize_t(HS_TUPLE_GET(self, 5)),
        .has_line = line != Hs_None,
        .line = line != Hs_None ? (int)HsLong_AsLong(line) : 0,
        .is_jump_target = HsObject_IsTrue(HS_TUPLE_GET(self, 7)),
    };
    if (HsErr_Occurred() || current < 0 || in.is_jump_target < 0) {
        return NULL;
    }
    HsObject *argrepr = HS_TUPLE_GET(self, 4);
    return hs_dis_format_line((int)lw, (int)ow, &in, HsUnicode_Check(argrepr) ? argrepr : NULL,
                              current);
}

static HsMethodDef instruction_methods[] = {
    {"_disassemble", HS_CFUNC(instruction_disassemble), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Format instruction details for inclusion in disassembly output"},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsDisPositions_Type = SS_TYPE("dis.Positions", positions_fields, NULL);
HsTypeObject HsDisInstruction_Type =
    SS_TYPE("dis.Instruction", instruction_fields, instruction_methods);

static HsObject *unknown_repr(HsObject *op) {
    (void)op;
    return HsUnicode_FromString("<unknown>");
}

static void unknown_dealloc(HsObject *op) {
    (void)op; // a static singleton: never freed
}

static HsTypeObject unknown_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "dis._Unknown",
    .tp_basicsize = sizeof(HsObject),
    .tp_dealloc = unknown_dealloc,
    .tp_repr = unknown_repr,
};

static HsObject unknown_object = HsObject_HEAD_INIT(&unknown_type);

HsObject *hs_dis_unknown(void) {
    return &unknown_object;
}

HsObject *hs_dis_getattr(HsObject *o, const char *name) {
    static struct {
        const char *key;
        HsObject *name;
    } kept[64];
    size_t i = 0;
    while (i < sizeof kept / sizeof kept[0] && kept[i].key != NULL &&
           strcmp(kept[i].key, name) != 0) {
        i++;
    }
    if (i == sizeof kept / sizeof kept[0]) {
        return HsObject_GetAttrString(o, name); // never happens with the names used here
    }
    if (kept[i].key == NULL || kept[i].name == NULL) {
        HsObject *n = HsUnicode_InternFromString(name);
        if (n == NULL) {
            return NULL;
        }
        kept[i].key = name;
        kept[i].name = n; // kept until finalization
        hs_obj_register_static(&kept[i].name);
        hs_type_modified(NULL); // a dead name may have had this address: drop cached lookups
    }
    return HsObject_GetAttr(o, kept[i].name);
}

HsObject *hs_dis_builtin(const char *name) {
    static HsObject *builtins;
    if (builtins == NULL) {
        HsObject *n = HsUnicode_FromString("builtins");
        builtins = n != NULL ? hs_vm_import_name(n, NULL, NULL, 0) : NULL; // kept for good
        Hs_XDECREF(n);
        if (builtins == NULL) {
            return NULL;
        }
        hs_obj_register_static(&builtins); // until finalization
    }
    HsObject *f = hs_dis_getattr(builtins, name);
    Hs_XDECREF(f); // borrowed: the builtins module keeps it
    return f;
}

/* ==== static helpers: finding the code ==== */

/* o.name if it exists (*out, new reference; 1), 0 if not, -1 on other errors. */
static int lookup(HsObject *o, const char *name, HsObject **out) {
    *out = hs_dis_getattr(o, name);
    if (*out != NULL) {
        return 1;
    }
    if (HsErr_ExceptionMatches(HsExc_AttributeError)) {
        HsErr_Clear();
        return 0;
    }
    return -1;
}

/* Unwrap a method to its function, then a function / generator / coroutine to its code
 * (the first lines of dis.dis and _get_code_object). Return: new reference. */
static HsObject *unwrap(HsObject *x) {
    static const char *const attrs[] = {"__code__", "gi_code", "ag_code", "cr_code"};
    HsObject *v;
    int rc = lookup(x, "__func__", &v);
    if (rc < 0) {
        return NULL;
    }
    x = rc ? v : Hs_NewRef(x);
    for (int i = 0; i < 4; i++) {
        if ((rc = lookup(x, attrs[i], &v)) != 0) {
            Hs_DECREF(x);
            return rc > 0 ? v : NULL;
        }
    }
    return x;
}

/* _try_compile: compile 'source' as an expression, else as statements.
 * Return: new reference to a code object. */
static HsObject *try_compile(HsObject *source, const char *name) {
    HsObject *args[3] = {source, HsUnicode_FromString(name), HsUnicode_FromString("eval")};
    HsObject *co = NULL;
    if (args[1] != NULL && args[2] != NULL) {
        co = hs_builtins_compile(NULL, args, 3, NULL);
        if (co == NULL && HsErr_ExceptionMatches(HsExc_SyntaxError)) {
            HsErr_Clear();
            Hs_DECREF(args[2]);
            args[2] = HsUnicode_FromString("exec");
            co = args[2] != NULL ? hs_builtins_compile(NULL, args, 3, NULL) : NULL;
        }
    }
    Hs_XDECREF(args[1]);
    Hs_XDECREF(args[2]);
    return co;
}

static HsObject *cannot_disassemble(HsObject *x) {
    return HsErr_Format(HsExc_TypeError, "don't know how to disassemble %s objects",
                        Hs_TYPE(x)->tp_name);
}

/* _get_code_object(x). Return: new reference to a code object. */
static HsObject *get_code_object(HsObject *x) {
    HsObject *v = unwrap(x);
    if (v != NULL && HsUnicode_Check(v)) {
        HsObject *co = try_compile(v, "<disassembly>");
        Hs_DECREF(v);
        v = co;
    }
    if (v != NULL && !HsCode_Check(v)) {
        Hs_DECREF(v);
        return cannot_disassemble(x);
    }
    return v;
}

/* ==== static helpers: argument parsing ==== */

/* The output for 'file' (None or missing: sys.stdout now), holding its own reference to the
 * stream (writing may rebind sys.stdout). Returns 0, or 1 with out->file NULL when there is
 * no stdout (print() then writes nothing). Release with out_done. */
static int out_for(HsObject *file, HsDisOut *out) {
    out->w = NULL;
    out->file = file;
    if (file == NULL || file == Hs_None) {
        out->file = hs_sys_get_object("stdout");
    }
    if (out->file == Hs_None) {
        out->file = NULL;
    }
    Hs_XINCREF(out->file);
    return out->file == NULL;
}

/* Release what out_for took; None if 'rc' is 0, else NULL (the error is set).
 * Return: new reference. */
static HsObject *out_done(HsDisOut *out, int rc) {
    Hs_CLEAR(out->file);
    return rc < 0 ? NULL : Hs_NewRef(Hs_None);
}

/* 'o' as a C truth value (missing = false). Returns 0/1, or -1. */
static int truth(HsObject *o) {
    return o == NULL ? 0 : HsObject_IsTrue(o);
}

/* depth=None (-1) or an int >= ... as dis uses it. Returns 0, or -1 with TypeError. */
static int depth_arg(HsObject *o, long *depth) {
    *depth = -1;
    if (o == NULL || o == Hs_None) {
        return 0;
    }
    *depth = HsLong_AsLong(o);
    return *depth == -1 && HsErr_Occurred() ? -1 : 0;
}

/* ==== disassembling ==== */

/* disassemble(co, lasti): decode and print one code object. Returns 0 or -1. */
static int disassemble_one(HsObject *x, Hs_ssize_t lasti, HsDisOut *out, int show_caches) {
    HsDisCode d;
    if (hs_dis_decode(&d, x, 0, 1, show_caches) < 0) {
        return -1;
    }
    int rc = hs_dis_print_code(&d, out, lasti);
    hs_dis_release(&d);
    return rc;
}

/* _disassemble_recursive: 'co', then each code object in its constants ('depth' < 0 means
 * no limit). Returns 0 or -1. */
static int disassemble_recursive(HsObject *co, HsDisOut *out, long depth, int show_caches) {
    if (disassemble_one(co, -1, out, show_caches) < 0) {
        return -1;
    }
    if (depth == 0) {
        return 0;
    }
    HsObject *consts = ((HsCodeObject *)co)->co_consts;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(consts); i++) {
        HsObject *c = HS_TUPLE_GET(consts, i);
        if (!HsCode_Check(c)) {
            continue;
        }
        HsObject *head = HsUnicode_FromFormat("Disassembly of %R:", c);
        int rc = head == NULL || hs_dis_print(out, NULL) < 0 || hs_dis_print(out, head) < 0 ||
                 disassemble_recursive(c, out, depth < 0 ? -1 : depth - 1, show_caches) < 0;
        Hs_XDECREF(head);
        if (rc) {
            return -1;
        }
    }
    return 0;
}

static int dis_object(HsObject *x, HsDisOut *out, long depth, int show_caches);

/* isinstance(x, dis._have_code): method, function, code, classmethod, staticmethod, type. */
static int have_code(HsObject *x) {
    HsTypeObject *t = Hs_TYPE(x);
    return t == &HsMethod_Type || t == &HsFunction_Type || HsCode_Check(x) || HsType_Check(x) ||
           strcmp(t->tp_name, "classmethod") == 0 || strcmp(t->tp_name, "staticmethod") == 0;
}

/* One member of a class or module: "Disassembly of NAME:", its listing (or "Sorry: msg" for
 * a TypeError), an empty line. Returns 0 or -1. */
static int dis_member(HsObject *name, HsObject *value, HsDisOut *out, long depth, int show_caches) {
    HsObject *head = HsUnicode_FromFormat("Disassembly of %S:", name);
    if (head == NULL || hs_dis_print(out, head) < 0) {
        Hs_XDECREF(head);
        return -1;
    }
    Hs_DECREF(head);
    if (dis_object(value, out, depth, show_caches) < 0) {
        if (!HsErr_ExceptionMatches(HsExc_TypeError)) {
            return -1;
        }
        HsObject *exc = HsErr_GetRaisedException();
        HsObject *msg = HsUnicode_FromFormat("Sorry: %S", exc);
        Hs_DECREF(exc);
        int rc = msg != NULL ? hs_dis_print(out, msg) : -1;
        Hs_XDECREF(msg);
        if (rc < 0) {
            return -1;
        }
    }
    return hs_dis_print(out, NULL);
}

/* dis of a class or module: its __dict__'s code-bearing members in name order. */
static int dis_namespace(HsObject *ns, HsDisOut *out, long depth, int show_caches) {
    HsObject *keys = HsSequence_List(ns);
    if (keys == NULL || HsList_Sort(keys) < 0) {
        Hs_XDECREF(keys);
        return -1;
    }
    int rc = 0;
    for (Hs_ssize_t i = 0; rc == 0 && i < Hs_SIZE(keys); i++) {
        HsObject *value = HsObject_GetItem(ns, HS_LIST_GET(keys, i));
        if (value == NULL) {
            rc = -1;
        } else if (have_code(value)) {
            rc = dis_member(HS_LIST_GET(keys, i), value, out, depth, show_caches);
        }
        Hs_XDECREF(value);
    }
    Hs_DECREF(keys);
    return rc;
}

/* The body of dis.dis(x) for x not None. Returns 0 or -1. */
static int dis_object(HsObject *x, HsDisOut *out, long depth, int show_caches) {
    HsObject *v = unwrap(x), *ns = NULL;
    int rc = v != NULL ? lookup(v, "__dict__", &ns) : -1;
    if (rc > 0) {
        rc = dis_namespace(ns, out, depth, show_caches);
        Hs_DECREF(ns);
    } else if (rc == 0 && HsCode_Check(v)) {
        rc = disassemble_recursive(v, out, depth, show_caches);
    } else if (rc == 0 && (HsBytes_Check(v) || HsByteArray_CheckExact(v))) {
        rc = disassemble_one(v, -1, out, show_caches);
    } else if (rc == 0 && HsUnicode_Check(v)) {
        HsObject *co = try_compile(v, "<dis>");
        rc = co != NULL ? disassemble_recursive(co, out, depth, show_caches) : -1;
        Hs_XDECREF(co);
    } else if (rc == 0) {
        cannot_disassemble(v);
        rc = -1;
    }
    Hs_XDECREF(v);
    return rc;
}

/* distb(tb): the code of tb's frame, or with 'tb' NULL/None that of the innermost frame of
 * sys.last_traceback, with its last instruction marked. Returns 0 or -1. */
static int distb_impl(HsObject *tb, HsDisOut *out, int show_caches) {
    HsObject *t, *next = NULL, *frame = NULL, *code = NULL, *lasti = NULL;
    int innermost = tb == NULL || tb == Hs_None;
    if (innermost) {
        tb = hs_sys_get_object("last_traceback");
        if (tb == NULL) {
            HsErr_SetString(HsExc_RuntimeError, "no last traceback to disassemble");
            return -1;
        }
    }
    t = Hs_NewRef(tb);
    while (innermost && lookup(t, "tb_next", &next) > 0 && next != Hs_None) {
        Hs_DECREF(t);
        t = next;
        next = NULL;
    }
    Hs_XDECREF(next);
    int rc = -1;
    if (!HsErr_Occurred() && (frame = hs_dis_getattr(t, "tb_frame")) != NULL &&
        (code = hs_dis_getattr(frame, "f_code")) != NULL &&
        (lasti = hs_dis_getattr(t, "tb_lasti")) != NULL) {
        Hs_ssize_t li = HsLong_AsSsize_t(lasti);
        if (!HsCode_Check(code)) {
            cannot_disassemble(code);
        } else if (li != -1 || !HsErr_Occurred()) {
            rc = disassemble_one(code, li, out, show_caches);
        }
    }
    Hs_DECREF(t);
    Hs_XDECREF(frame);
    Hs_XDECREF(code);
    Hs_XDECREF(lasti);
    return rc;
}

/* ==== dis functions ==== */

/* dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False). */
static HsObject *dis_dis(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                         HsObject *kwnames) {
    (void)self;
    static const char *const kw[] = {"x", "file", "depth", "show_caches", "adaptive"};
    static const PySig sig = {"dis", kw, 1, 0, 5, 0};
    HsObject *a[5];
    long depth;
    HsDisOut out = {NULL, NULL};
    if (py_bind(&sig, args, nargs, kwnames, a) < 0 || depth_arg(a[2], &depth) < 0) {
        return NULL;
    }
    int caches = truth(a[3]);
    if (caches < 0 || out_for(a[1], &out)) {
        return out_done(&out, caches);
    }
    int rc = a[0] == NULL || a[0] == Hs_None ? distb_impl(NULL, &out, caches)
                                             : dis_object(a[0], &out, depth, caches);
    return out_done(&out, rc);
}

/* disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False). */
static HsObject *dis_disassemble(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                 HsObject *kwnames) {
    (void)self;
    static const char *const kw[] = {"co", "lasti", "file", "show_caches", "adaptive"};
    static const PySig sig = {"disassemble", kw, 2, 1, 5, 0};
    HsObject *a[5];
    HsDisOut out = {NULL, NULL};
    if (py_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    Hs_ssize_t lasti = a[1] != NULL ? HsLong_AsSsize_t(a[1]) : -1;
    int caches = truth(a[3]);
    if ((lasti == -1 && HsErr_Occurred()) || caches < 0) {
        return NULL;
    }
    if (!HsCode_Check(a[0])) {
        return HsErr_Format(HsExc_AttributeError, "'%s' object has no attribute 'co_lines'",
                            Hs_TYPE(a[0])->tp_name);
    }
    int rc = out_for(a[2], &out) ? 0 : disassemble_one(a[0], lasti, &out, caches);
    return out_done(&out, rc);
}

/* distb(tb=None, *, file=None, show_caches=False, adaptive=False). */
static HsObject *dis_distb(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                           HsObject *kwnames) {
    (void)self;
    static const char *const kw[] = {"tb", "file", "show_caches", "adaptive"};
    static const PySig sig = {"distb", kw, 1, 0, 4, 0};
    HsObject *a[4];
    HsDisOut out = {NULL, NULL};
    if (py_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    int caches = truth(a[2]);
    if (caches < 0) {
        return NULL;
    }
    int rc = out_for(a[1], &out) ? 0 : distb_impl(a[0], &out, caches);
    return out_done(&out, rc);
}

/* The Instructions of the code object 'co' as a list. Return: new reference. */
static HsObject *instruction_list(HsObject *co, int line_offset, int exc_labels, int caches) {
    HsDisCode d;
    if (hs_dis_decode(&d, co, line_offset, exc_labels, caches) < 0) {
        return NULL;
    }
    HsObject *list = HsList_New(0);
    for (Hs_ssize_t i = 0; list != NULL && i < d.nins; i++) {
        HsObject *ins = hs_dis_instruction(&d, &d.ins[i]);
        if (ins == NULL || HsList_Append(list, ins) < 0) {
            Hs_CLEAR(list);
        }
        Hs_XDECREF(ins);
    }
    hs_dis_release(&d);
    return list;
}

/* first_line - co.co_firstlineno, or 0 for None. Returns 0 or -1. */
static int line_offset_of(HsObject *first_line, HsObject *co, int *offset) {
    *offset = 0;
    if (first_line == NULL || first_line == Hs_None) {
        return 0;
    }
    long v = HsLong_AsLong(first_line);
    if (v == -1 && HsErr_Occurred()) {
        return -1;
    }
    *offset = (int)(v - ((HsCodeObject *)co)->co_firstlineno);
    return 0;
}

/* get_instructions(x, *, first_line=None, show_caches=False, adaptive=False). */
static HsObject *dis_get_instructions(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                      HsObject *kwnames) {
    (void)self;
    static const char *const kw[] = {"x", "first_line", "show_caches", "adaptive"};
    static const PySig sig = {"get_instructions", kw, 1, 1, 4, 0};
    HsObject *a[4];
    if (py_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    int caches = truth(a[2]), offset;
    HsObject *co = caches >= 0 ? get_code_object(a[0]) : NULL;
    HsObject *list = NULL, *it = NULL;
    if (co != NULL && line_offset_of(a[1], co, &offset) == 0 &&
        (list = instruction_list(co, offset, 0, caches)) != NULL) {
        it = HsObject_GetIter(list);
    }
    Hs_XDECREF(co);
    Hs_XDECREF(list);
    return it;
}

/* code_info(x). */
static HsObject *dis_code_info(HsObject *self, HsObject *x) {
    (void)self;
    HsObject *co = get_code_object(x);
    HsObject *r = co != NULL ? hs_dis_code_info((HsCodeObject *)co) : NULL;
    Hs_XDECREF(co);
    return r;
}

/* show_code(co, *, file=None). */
static HsObject *dis_show_code(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                               HsObject *kwnames) {
    static const char *const kw[] = {"co", "file"};
    static const PySig sig = {"show_code", kw, 1, 1, 2, 0};
    HsObject *a[2];
    HsDisOut out = {NULL, NULL};
    if (py_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    HsObject *info = dis_code_info(self, a[0]);
    if (info == NULL) {
        return NULL;
    }
    int rc = out_for(a[1], &out) ? 0 : hs_dis_print(&out, info);
    Hs_DECREF(info);
    return out_done(&out, rc);
}

/* findlinestarts(code): (offset, line) where each new line starts. */
static HsObject *dis_findlinestarts(HsObject *self, HsObject *code) {
    (void)self;
    if (!HsCode_Check(code)) {
        return HsErr_Format(HsExc_AttributeError, "'%s' object has no attribute 'co_lines'",
                            Hs_TYPE(code)->tp_name);
    }
    HsObject *list = HsList_New(0);
    HsCodeLocIter it;
    int lastline = -1, have = 0;
    hs_code_loc_init((HsCodeObject *)code, &it);
    while (list != NULL && hs_code_loc_next(&it)) {
        if (it.line < 0 || (have && it.line == lastline)) {
            continue;
        }
        have = 1;
        lastline = it.line;
        HsObject *a = HsLong_FromSsize_t(it.start * 2), *b = HsLong_FromLong(it.line);
        HsObject *t = a != NULL && b != NULL ? HsTuple_Pack(2, a, b) : NULL;
        if (t == NULL || HsList_Append(list, t) < 0) {
            Hs_CLEAR(list);
        }
        Hs_XDECREF(a);
        Hs_XDECREF(b);
        Hs_XDECREF(t);
    }
    HsObject *iter = list != NULL ? HsObject_GetIter(list) : NULL;
    Hs_XDECREF(list);
    return iter;
}

/* findlabels(code): the jump targets of raw bytecode, in first-seen order. */
static HsObject *dis_findlabels(HsObject *self, HsObject *code) {
    (void)self;
    HsDisCode d;
    HsObject *bytes = HsBytes_FromObject(code);
    if (bytes == NULL || hs_dis_decode(&d, bytes, 0, 0, 0) < 0) {
        Hs_XDECREF(bytes);
        return NULL;
    }
    Hs_DECREF(bytes);
    HsObject *list = HsList_New(0);
    for (Hs_ssize_t i = 0; list != NULL && i < d.nins; i++) {
        HsDisInstr *in = &d.ins[i];
        if (!in->has_arg || !(hs_op_flags[in->op] & HS_OPF_JREL)) {
            continue;
        }
        int back = strstr(hs_op_names[in->op], "JUMP_BACKWARD") != NULL;
        HsObject *label = HsLong_FromLong((long)in->offset + 2 + (back ? -in->arg : in->arg) * 2);
        int has = label != NULL ? HsSequence_Contains(list, label) : -1;
        if (has < 0 || (has == 0 && HsList_Append(list, label) < 0)) {
            Hs_CLEAR(list);
        }
        Hs_XDECREF(label);
    }
    hs_dis_release(&d);
    return list;
}

/* pretty_flags(flags). */
static HsObject *dis_pretty_flags(HsObject *self, HsObject *flags) {
    (void)self;
    long f = HsLong_AsLong(flags);
    if (f == -1 && HsErr_Occurred()) {
        return NULL;
    }
    return hs_dis_pretty_flags(f);
}

/* A Python-style one-parameter function 'fn'_py(...) around the METH_O function 'fn'. */
#define ONE_PARAM(fn, pyname, param)                                                               \
    static HsObject *fn##_py(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,              \
                             HsObject *kwnames) {                                                  \
        static const char *const kw[] = {param};                                                   \
        static const PySig sig = {pyname, kw, 1, 1, 1, 0};                                         \
        HsObject *a[1];                                                                            \
        return py_bind(&sig, args, nargs, kwnames, a) < 0 ? NULL : fn(self, a[0]);                 \
    }

ONE_PARAM(dis_code_info, "code_info", "x")
ONE_PARAM(dis_findlinestarts, "findlinestarts", "code")
ONE_PARAM(dis_findlabels, "findlabels", "code")
ONE_PARAM(dis_pretty_flags, "pretty_flags", "flags")

/* stack_effect(opcode, oparg=None, /, *, jump=None) (CPython: _opcode.stack_effect). */
static HsObject *opcode_stack_effect(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                     HsObject *kwnames) {
    (void)self;
    static const char *const kw[] = {"", "", "jump", NULL};
    static const HsArgParser parser = {"stack_effect", kw};
    HsObject *a[3];
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 2, 1, a) < 0) {
        return NULL;
    }
    long op = HsLong_AsLong(a[0]), arg = 0;
    if ((op == -1 && HsErr_Occurred()) || (a[1] != NULL && a[1] != Hs_None &&
                                           (arg = HsLong_AsLong(a[1])) == -1 && HsErr_Occurred())) {
        return NULL;
    }
    int has_arg = a[1] != NULL && a[1] != Hs_None;
    if (op >= HS_OP_HAVE_ARGUMENT && !has_arg) {
        return HsErr_Format(HsExc_ValueError,
                            "stack_effect: opcode requires oparg but oparg was not specified");
    }
    if (op < HS_OP_HAVE_ARGUMENT && has_arg) {
        return HsErr_Format(HsExc_ValueError,
                            "stack_effect: opcode does not permit oparg but oparg was specified");
    }
    int jump = -1;
    if (a[2] != NULL && a[2] != Hs_None) {
        if (!HsBool_Check(a[2])) {
            return HsErr_Format(HsExc_ValueError, "stack_effect: jump must be False, True or None");
        }
        jump = a[2] == Hs_True;
    }
    if (op < 0 || op > 255 || hs_op_names[op] == NULL) {
        return HsErr_Format(HsExc_ValueError, "invalid opcode or oparg");
    }
    return HsLong_FromLong(hs_cg_stack_effect((int)op, (int)arg, jump));
}

/* ==== Bytecode ==== */

/* dis.Bytecode: a code object with its first line and current offset (CPython: the class
 * Bytecode of Lib/dis.py). Object fields first (traverse/clear visit them in order). */
typedef struct BytecodeObject {
    HsObject ob_base;
    HsObject *codeobj, *original, *first_line, *current_offset, *show_caches, *adaptive;
    int line_offset;
} BytecodeObject;

#define BC_NFIELDS 6

static int bytecode_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsObject **f = &((BytecodeObject *)op)->codeobj;
    for (int i = 0; i < BC_NFIELDS; i++) {
        if (f[i] != NULL && visit(f[i], arg) < 0) {
            return -1;
        }
    }
    return 0;
}

static int bytecode_clear(HsObject *op) {
    HsObject **f = &((BytecodeObject *)op)->codeobj;
    for (int i = 0; i < BC_NFIELDS; i++) {
        Hs_CLEAR(f[i]);
    }
    return 0;
}

static void bytecode_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    bytecode_clear(op);
    hs_gc_free(op);
}

/* Bytecode(x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False).
 * Return: new reference. */
static HsObject *bytecode_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    static const char *const kw[] = {"x", "first_line", "current_offset", "show_caches",
                                     "adaptive"};
    static const PySig sig = {"Bytecode.__init__", kw, 1, 1, 5, 1};
    HsObject *a[5], *key, *value, *kwnames = NULL;
    Hs_ssize_t n = Hs_SIZE(args), nkw = kwds != NULL ? HsDict_Size(kwds) : 0;
    HsObject **stack = hs_mem_malloc(sizeof(HsObject *) * (size_t)(n + nkw + 1));
    if (stack == NULL || (nkw > 0 && (kwnames = HsTuple_New(nkw)) == NULL)) {
        hs_mem_free(stack);
        return stack == NULL ? HsErr_NoMemory() : NULL;
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        stack[i] = HS_TUPLE_GET(args, i);
    }
    for (Hs_ssize_t pos = 0, k = 0; nkw > 0 && HsDict_Next(kwds, &pos, &key, &value); k++) {
        HS_TUPLE_SET(kwnames, k, Hs_NewRef(key));
        stack[n + k] = value;
    }
    int rc = py_bind(&sig, stack, n, kwnames, a);
    hs_mem_free(stack);
    Hs_XDECREF(kwnames);
    if (rc < 0) {
        return NULL;
    }
    HsObject *kv[4] = {a[1] != NULL ? a[1] : Hs_None, a[2] != NULL ? a[2] : Hs_None,
                       a[3] != NULL ? a[3] : Hs_False, a[4] != NULL ? a[4] : Hs_False};
    HsObject *co = get_code_object(a[0]);
    int offset;
    if (co == NULL || line_offset_of(kv[0], co, &offset) < 0) {
        Hs_XDECREF(co);
        return NULL;
    }
    BytecodeObject *b = (BytecodeObject *)HsType_GenericAlloc(type, 0);
    if (b == NULL) {
        Hs_DECREF(co);
        return NULL;
    }
    b->codeobj = co;
    b->original = Hs_NewRef(a[0]);
    b->first_line =
        kv[0] != Hs_None ? Hs_NewRef(kv[0]) : HsLong_FromLong(((HsCodeObject *)co)->co_firstlineno);
    b->current_offset = Hs_NewRef(kv[1]);
    b->show_caches = Hs_NewRef(kv[2]);
    b->adaptive = Hs_NewRef(kv[3]);
    b->line_offset = offset;
    if (b->first_line == NULL) {
        Hs_DECREF(b);
        return NULL;
    }
    return (HsObject *)b;
}

/* iter(Bytecode): its Instructions, exception handlers marked as jump targets. */
static HsObject *bytecode_iter(HsObject *op) {
    BytecodeObject *b = (BytecodeObject *)op;
    int caches = truth(b->show_caches);
    HsObject *list = caches >= 0 ? instruction_list(b->codeobj, b->line_offset, 1, caches) : NULL;
    HsObject *it = list != NULL ? HsObject_GetIter(list) : NULL;
    Hs_XDECREF(list);
    return it;
}

static HsObject *bytecode_repr(HsObject *op) {
    return HsUnicode_FromFormat("%s(%R)", short_name(Hs_TYPE(op)),
                                ((BytecodeObject *)op)->original);
}

/* Bytecode.dis(): the listing as a str (current_offset marked). */
static HsObject *bytecode_dis(HsObject *op, HsObject *unused) {
    (void)unused;
    BytecodeObject *b = (BytecodeObject *)op;
    Hs_ssize_t lasti = -1;
    if (b->current_offset != Hs_None) {
        lasti = HsLong_AsSsize_t(b->current_offset);
        if (lasti == -1 && HsErr_Occurred()) {
            return NULL;
        }
    }
    int caches = truth(b->show_caches);
    HsDisCode d;
    if (caches < 0 || hs_dis_decode(&d, b->codeobj, b->line_offset, 1, caches) < 0) {
        return NULL;
    }
    HsStrWriter w;
    hs_str_writer_init(&w);
    HsDisOut out = {NULL, &w};
    int rc = hs_dis_print_code(&d, &out, lasti);
    hs_dis_release(&d);
    if (rc < 0) {
        hs_str_writer_discard(&w);
        return NULL;
    }
    return hs_str_writer_finish(&w);
}

/* Bytecode.info(): code_info of its code object. */
static HsObject *bytecode_info(HsObject *op, HsObject *unused) {
    (void)unused;
    return hs_dis_code_info((HsCodeObject *)((BytecodeObject *)op)->codeobj);
}

/* Bytecode.from_traceback(tb, *, show_caches=False, adaptive=False): the innermost frame's
 * code with its last instruction as current_offset. Return: new reference. */
static HsObject *bytecode_from_traceback(HsObject *cls, HsObject *const *args, Hs_ssize_t nargs,
                                         HsObject *kwnames) {
    static const char *const kw[] = {"tb", "show_caches", "adaptive"};
    static const PySig sig = {"Bytecode.from_traceback", kw, 1, 1, 3, 1};
    HsObject *a[3], *next = NULL, *frame = NULL, *code = NULL, *lasti = NULL, *r = NULL;
    if (py_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    HsObject *t = Hs_NewRef(a[0]);
    while (lookup(t, "tb_next", &next) > 0 && next != Hs_None) {
        Hs_DECREF(t);
        t = next;
        next = NULL;
    }
    Hs_XDECREF(next);
    if (!HsErr_Occurred() && (frame = hs_dis_getattr(t, "tb_frame")) != NULL &&
        (code = hs_dis_getattr(frame, "f_code")) != NULL &&
        (lasti = hs_dis_getattr(t, "tb_lasti")) != NULL) {
        HsObject *pos = HsTuple_Pack(1, code), *kwd = HsDict_New();
        if (pos != NULL && kwd != NULL && HsDict_SetItemString(kwd, "current_offset", lasti) == 0 &&
            HsDict_SetItemString(kwd, "show_caches", a[1] != NULL ? a[1] : Hs_False) == 0 &&
            HsDict_SetItemString(kwd, "adaptive", a[2] != NULL ? a[2] : Hs_False) == 0) {
            r = HsObject_Call(cls, pos, kwd);
        }
        Hs_XDECREF(pos);
        Hs_XDECREF(kwd);
    }
    Hs_DECREF(t);
    Hs_XDECREF(frame);
    Hs_XDECREF(code);
    Hs_XDECREF(lasti);
    return r;
}

static HsMethodDef bytecode_methods[] = {
    {"from_traceback", HS_CFUNC(bytecode_from_traceback),
     HS_METH_FASTCALL | HS_METH_KEYWORDS | HS_METH_CLASS,
     "Construct a Bytecode from the given traceback"},
    {"dis", HS_CFUNC(bytecode_dis), HS_METH_NOARGS,
     "Return a formatted view of the bytecode operations."},
    {"info", HS_CFUNC(bytecode_info), HS_METH_NOARGS,
     "Return formatted information about the code object."},
    {NULL, NULL, 0, NULL},
};

#define BC_MEMBER(name, field)                                                                     \
    { name, HS_T_OBJECT, offsetof(BytecodeObject, field), 0, NULL }

static HsMemberDef bytecode_members[] = {
    BC_MEMBER("codeobj", codeobj),
    BC_MEMBER("first_line", first_line),
    BC_MEMBER("current_offset", current_offset),
    BC_MEMBER("show_caches", show_caches),
    BC_MEMBER("adaptive", adaptive),
    BC_MEMBER("_original_object", original),
    {NULL, 0, 0, 0, NULL},
};

static HsTypeObject bytecode_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "dis.Bytecode",
    .tp_basicsize = sizeof(BytecodeObject),
    .tp_dealloc = bytecode_dealloc,
    .tp_repr = bytecode_repr,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "The bytecode operations of a piece of code",
    .tp_traverse = bytecode_traverse,
    .tp_clear = bytecode_clear,
    .tp_iter = bytecode_iter,
    .tp_methods = bytecode_methods,
    .tp_members = bytecode_members,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = bytecode_new,
};

/* ==== opcode tables ==== */

/* Add 'value' (stolen; NULL = failed) to 'm' as 'name'. Returns 0 or -1. */
static int add_new(HsObject *m, const char *name, HsObject *value) {
    if (value == NULL) {
        return -1;
    }
    int rc = HsModule_AddObjectRef(m, name, value);
    Hs_DECREF(value);
    return rc;
}

/* A list of the opcodes whose hs_op_flags have 'flag' (or, flag 0, that equal 'only').
 * Return: new reference. */
static HsObject *op_list(int flag, int only) {
    HsObject *list = HsList_New(0);
    for (int op = 0; list != NULL && op < 256; op++) {
        if (hs_op_names[op] == NULL || (flag ? !(hs_op_flags[op] & flag) : op != only)) {
            continue;
        }
        HsObject *v = HsLong_FromLong(op);
        if (v == NULL || HsList_Append(list, v) < 0) {
            Hs_CLEAR(list);
        }
        Hs_XDECREF(v);
    }
    return list;
}

/* opname (a list of 256, "<N>" for unused numbers) and opmap. Returns 0 or -1. */
static int add_names(HsObject *m) {
    HsObject *names = HsList_New(256), *map = HsDict_New();
    for (int op = 0; names != NULL && map != NULL && op < 256; op++) {
        HsObject *s = hs_op_names[op] != NULL ? HsUnicode_FromString(hs_op_names[op])
                                              : HsUnicode_FromFormat("<%d>", op);
        HsObject *v = HsLong_FromLong(op);
        if (s == NULL || v == NULL ||
            (hs_op_names[op] != NULL && HsDict_SetItemString(map, hs_op_names[op], v) < 0)) {
            Hs_XDECREF(s);
            Hs_CLEAR(names);
        } else {
            HS_LIST_SET(names, op, s);
        }
        Hs_XDECREF(v);
    }
    if (names == NULL || map == NULL) {
        Hs_XDECREF(names);
        Hs_XDECREF(map);
        return -1;
    }
    return add_new(m, "opname", names) < 0 || add_new(m, "opmap", map) < 0 ? -1 : 0;
}

/* A tuple or list of C strings ('n' of them; list when 'as_list'). Return: new reference. */
static HsObject *str_seq(const char *const *items, int n, int as_list) {
    HsObject *seq = as_list ? HsList_New(n) : HsTuple_New(n);
    for (int i = 0; seq != NULL && i < n; i++) {
        HsObject *s = HsUnicode_FromString(items[i]);
        if (s == NULL) {
            Hs_CLEAR(seq);
        } else if (as_list) {
            HS_LIST_SET(seq, i, s);
        } else {
            HS_TUPLE_SET(seq, i, s);
        }
    }
    return seq;
}

/* _nb_ops: (name, symbol) for each BINARY_OP argument. Return: new reference. */
static HsObject *nb_ops_list(void) {
    static const char *const nb[26][2] = {
        {"NB_ADD", "+"},
        {"NB_AND", "&"},
        {"NB_FLOOR_DIVIDE", "//"},
        {"NB_LSHIFT", "<<"},
        {"NB_MATRIX_MULTIPLY", "@"},
        {"NB_MULTIPLY", "*"},
        {"NB_REMAINDER", "%"},
        {"NB_OR", "|"},
        {"NB_POWER", "**"},
        {"NB_RSHIFT", ">>"},
        {"NB_SUBTRACT", "-"},
        {"NB_TRUE_DIVIDE", "/"},
        {"NB_XOR", "^"},
        {"NB_INPLACE_ADD", "+="},
        {"NB_INPLACE_AND", "&="},
        {"NB_INPLACE_FLOOR_DIVIDE", "//="},
        {"NB_INPLACE_LSHIFT", "<<="},
        {"NB_INPLACE_MATRIX_MULTIPLY", "@="},
        {"NB_INPLACE_MULTIPLY", "*="},
        {"NB_INPLACE_REMAINDER", "%="},
        {"NB_INPLACE_OR", "|="},
        {"NB_INPLACE_POWER", "**="},
        {"NB_INPLACE_RSHIFT", ">>="},
        {"NB_INPLACE_SUBTRACT", "-="},
        {"NB_INPLACE_TRUE_DIVIDE", "/="},
        {"NB_INPLACE_XOR", "^="},
    };
    HsObject *list = HsList_New(26);
    for (int i = 0; list != NULL && i < 26; i++) {
        HsObject *t = str_seq(nb[i], 2, 0);
        if (t == NULL) {
            Hs_CLEAR(list);
        } else {
            HS_LIST_SET(list, i, t);
        }
    }
    return list;
}

/* _inline_cache_entries: the cache units after each opcode. Return: new reference. */
static HsObject *cache_entries_list(void) {
    HsObject *list = HsList_New(256);
    for (int op = 0; list != NULL && op < 256; op++) {
        HsObject *v = HsLong_FromLong(hs_op_cache_entries[op]);
        if (v == NULL) {
            Hs_CLEAR(list);
        } else {
            HS_LIST_SET(list, op, v);
        }
    }
    return list;
}

static const char *const opcode_all[] = {
    "cmp_op",  "hasconst", "hasname", "hasjrel",       "hasjabs",      "haslocal", "hascompare",
    "hasfree", "opname",   "opmap",   "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect",
};
#define OPCODE_NALL 14

static HsMethodDef opcode_methods[] = {
    {"stack_effect", HS_CFUNC(opcode_stack_effect), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Compute the stack effect of the opcode."},
    {NULL, NULL, 0, NULL},
};

/* Create the `opcode` module. Returns 0 with *module_out a new reference, or -1. */
int hs_opcode_init(HsObject **module_out) {
    static const char *const cmp[6] = {"<", "<=", "==", "!=", ">", ">="};
    *module_out = NULL;
    HsObject *m = HsModule_New("opcode");
    if (m == NULL) {
        return -1;
    }
    if (HsModule_AddFunctions(m, opcode_methods) < 0 || add_names(m) < 0 ||
        add_new(m, "cmp_op", str_seq(cmp, 6, 0)) < 0 ||
        add_new(m, "hasconst", op_list(HS_OPF_CONST, 0)) < 0 ||
        add_new(m, "hasname", op_list(HS_OPF_NAME, 0)) < 0 ||
        add_new(m, "hasjrel", op_list(HS_OPF_JREL, 0)) < 0 ||
        add_new(m, "hasjabs", HsList_New(0)) < 0 ||
        add_new(m, "haslocal", op_list(HS_OPF_LOCAL, 0)) < 0 ||
        add_new(m, "hascompare", op_list(0, HS_OP_COMPARE_OP)) < 0 ||
        add_new(m, "hasfree", op_list(HS_OPF_FREE, 0)) < 0 ||
        add_new(m, "hasnargs", HsList_New(0)) < 0 ||
        add_new(m, "HAVE_ARGUMENT", HsLong_FromLong(HS_OP_HAVE_ARGUMENT)) < 0 ||
        add_new(m, "EXTENDED_ARG", HsLong_FromLong(HS_OP_EXTENDED_ARG)) < 0 ||
        add_new(m, "_nb_ops", nb_ops_list()) < 0 ||
        add_new(m, "_inline_cache_entries", cache_entries_list()) < 0 ||
        add_new(m, "__all__", str_seq(opcode_all, OPCODE_NALL, 1)) < 0) {
        Hs_DECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}

/* ==== the dis module ==== */

static HsMethodDef dis_methods[] = {
    {"dis", HS_CFUNC(dis_dis), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Disassemble classes, methods, functions, and other compiled objects."},
    {"disassemble", HS_CFUNC(dis_disassemble), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Disassemble a code object."},
    {"disco", HS_CFUNC(dis_disassemble), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Disassemble a code object."},
    {"distb", HS_CFUNC(dis_distb), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Disassemble a traceback (default: last traceback)."},
    {"get_instructions", HS_CFUNC(dis_get_instructions), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Iterator for the opcodes in methods, functions or code"},
    {"code_info", HS_CFUNC(dis_code_info_py), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Formatted details of methods, functions, or code."},
    {"show_code", HS_CFUNC(dis_show_code), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Print details of methods, functions, or code to *file*."},
    {"findlinestarts", HS_CFUNC(dis_findlinestarts_py), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Find the offsets in a byte code which are start of lines in the source."},
    {"findlabels", HS_CFUNC(dis_findlabels_py), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Detect all offsets in a byte code which are jump targets."},
    {"pretty_flags", HS_CFUNC(dis_pretty_flags_py), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Return pretty representation of code flags."},
    {NULL, NULL, 0, NULL},
};

/* Copy the opcode module's tables into 'm' (dis does `from opcode import *`). */
static int add_opcode_names(HsObject *m) {
    static const char *const extra[] = {"_nb_ops", "_inline_cache_entries"};
    HsObject *n = HsUnicode_FromString("opcode");
    HsObject *op = n != NULL ? hs_vm_import_name(n, NULL, NULL, 0) : NULL;
    Hs_XDECREF(n);
    int rc = op != NULL ? 0 : -1;
    for (int i = 0; rc == 0 && i < OPCODE_NALL + 2; i++) {
        const char *name = i < OPCODE_NALL ? opcode_all[i] : extra[i - OPCODE_NALL];
        rc = add_new(m, name, hs_dis_getattr(op, name));
    }
    Hs_XDECREF(op);
    return rc;
}

/* COMPILER_FLAG_NAMES. Return: new reference. */
static HsObject *flag_names_dict(void) {
    static const char *const names[10] = {
        "OPTIMIZED", "NEWLOCALS", "VARARGS",   "VARKEYWORDS",        "NESTED",
        "GENERATOR", "NOFREE",    "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR",
    };
    HsObject *d = HsDict_New();
    for (int i = 0; d != NULL && i < 10; i++) {
        HsObject *k = HsLong_FromLong(1L << i), *v = HsUnicode_FromString(names[i]);
        if (k == NULL || v == NULL || HsDict_SetItem(d, k, v) < 0) {
            Hs_CLEAR(d);
        }
        Hs_XDECREF(k);
        Hs_XDECREF(v);
    }
    return d;
}

/* FORMAT_VALUE_CONVERTERS: ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii')).
 * Return: new reference. */
static HsObject *converters_tuple(void) {
    static const char *const names[4] = {"", "str", "repr", "ascii"};
    HsObject *t = HsTuple_New(4);
    for (int i = 0; t != NULL && i < 4; i++) {
        HsObject *f = i == 0   ? Hs_None
                      : i == 1 ? (HsObject *)&HsUnicode_Type
                               : hs_dis_builtin(names[i]);
        HsObject *s = HsUnicode_FromString(names[i]);
        HsObject *pair = f != NULL && s != NULL ? HsTuple_Pack(2, f, s) : NULL;
        Hs_XDECREF(s);
        if (pair == NULL) {
            Hs_CLEAR(t);
        } else {
            HS_TUPLE_SET(t, i, pair);
        }
    }
    return t;
}

static const char *const dis_all[] = {
    "code_info",     "dis",          "disassemble",
    "distb",         "disco",        "findlinestarts",
    "findlabels",    "show_code",    "get_instructions",
    "Instruction",   "Bytecode",     "cmp_op",
    "hasconst",      "hasname",      "hasjrel",
    "hasjabs",       "haslocal",     "hascompare",
    "hasfree",       "opname",       "opmap",
    "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs",
    "stack_effect",
};

/* The int constants of Lib/dis.py. Returns 0 or -1. */
static int add_int_constants(HsObject *m) {
    static const struct {
        const char *name;
        long value;
    } ints[] = {
        {"FORMAT_VALUE", HS_OP_FORMAT_VALUE},
        {"MAKE_FUNCTION", HS_OP_MAKE_FUNCTION},
        {"LOAD_CONST", HS_OP_LOAD_CONST},
        {"LOAD_GLOBAL", HS_OP_LOAD_GLOBAL},
        {"BINARY_OP", HS_OP_BINARY_OP},
        {"JUMP_BACKWARD", HS_OP_JUMP_BACKWARD},
        {"CACHE", HS_OP_CACHE},
        {"_OPNAME_WIDTH", 20},
        {"_OPARG_WIDTH", 5},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        if (add_new(m, ints[i].name, HsLong_FromLong(ints[i].value)) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Ready a named tuple type and give it namedtuple's _fields (its getset names). */
static int ready_named_tuple(HsTypeObject *tp) {
    if (HsType_Ready(tp) < 0) {
        return -1;
    }
    const char *names[9];
    int n = 0;
    while (n < 9 && tp->tp_getset[n].name != NULL) {
        names[n] = tp->tp_getset[n].name;
        n++;
    }
    HsObject *fields = str_seq(names, n, 0);
    int rc = fields != NULL ? HsDict_SetItemString(tp->tp_dict, "_fields", fields) : -1;
    Hs_XDECREF(fields);
    hs_type_modified(tp);
    return rc;
}

/* Create the `dis` module. Returns 0 with *module_out a new reference, or -1. */
int hs_dis_init(HsObject **module_out) {
    static const char *const mf_flags[4] = {"defaults", "kwdefaults", "annotations", "closure"};
    *module_out = NULL;
    if (ready_named_tuple(&HsDisPositions_Type) < 0 ||
        ready_named_tuple(&HsDisInstruction_Type) < 0 || HsType_Ready(&unknown_type) < 0 ||
        HsType_Ready(&bytecode_type) < 0) {
        return -1;
    }
    HsObject *m = HsModule_New("dis");
    if (m == NULL) {
        return -1;
    }
    if (HsModule_AddFunctions(m, dis_methods) < 0 || add_opcode_names(m) < 0 ||
        add_int_constants(m) < 0 ||
        HsModule_AddObjectRef(m, "Instruction", (HsObject *)&HsDisInstruction_Type) < 0 ||
        HsModule_AddObjectRef(m, "Positions", (HsObject *)&HsDisPositions_Type) < 0 ||
        HsModule_AddObjectRef(m, "Bytecode", (HsObject *)&bytecode_type) < 0 ||
        HsModule_AddObjectRef(m, "UNKNOWN", &unknown_object) < 0 ||
        add_new(m, "MAKE_FUNCTION_FLAGS", str_seq(mf_flags, 4, 0)) < 0 ||
        add_new(m, "FORMAT_VALUE_CONVERTERS", converters_tuple()) < 0 ||
        add_new(m, "COMPILER_FLAG_NAMES", flag_names_dict()) < 0 ||
        add_new(m, "__all__", str_seq(dis_all, (int)(sizeof dis_all / sizeof dis_all[0]), 1)) < 0) {
        Hs_DECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}
