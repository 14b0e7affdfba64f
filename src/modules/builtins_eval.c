/* eval(), exec() and compile() (CPython: Python/bltinmodule.c builtin_eval_impl,
 * builtin_exec_impl, builtin_compile_impl). Source text goes through the whole front end
 * (tokenizer, parser, symbol table, code generator) into a code object, which runs in the
 * given globals/locals, or the caller's when they are omitted. A globals dict without
 * '__builtins__' gets the caller's builtins, as in CPython. Not supported yet: compile()'s
 * ast flags (PyCF_ONLY_AST) and exec's closure argument. */
#include "internal/hs_modules.h"
#include "internal/hs_vm.h"
#include "internal/hs_compile_codegen.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <string.h>

/* ==== static helpers ==== */

/* The text of a str or bytes-like source, in 'src' and 'len' (borrowed from 'o'). 1, 0 when
 * 'o' is neither, or -1 with SyntaxError for embedded NUL bytes. */
static int source_text(HsObject *o, const char **src, Hs_ssize_t *len) {
    if (HsUnicode_Check(o)) {
        *src = HsUnicode_AsUTF8AndSize(o, len);
        if (*src == NULL) {
            return -1;
        }
    } else if (!hs_bytes_view_check(o, src, len)) {
        return 0;
    }
    if (memchr(*src, '\0', (size_t)*len) != NULL) {
        HsErr_SetString(HsExc_SyntaxError, "source code string cannot contain null bytes");
        return -1;
    }
    return 1;
}

/* Compile 'len' bytes at 'src'. Return: new reference to a code object, or NULL with the
 * SyntaxError (or other error) raised. */
static HsObject *compile_text(const char *src, Hs_ssize_t len, const char *filename,
                              HsParseMode mode) {
    HsCompileError err = {0};
    HsObject *co = hs_comp_compile(src, (size_t)len, filename, mode, &err);
    if (co == NULL) {
        hs_vm_raise_compile_error(&err);
        hs_comp_error_clear(&err);
    } else {
        hs_vm_issue_compile_warnings(&err, filename);
    }
    return co;
}

/* Resolve eval/exec's namespaces: the caller's when omitted, globals doubling as locals,
 * and '__builtins__' added when missing. Returns 0 with 'g' and 'l' borrowed, or -1. */
static int resolve_namespaces(HsObject **g, HsObject **l, HsObject **owned_locals) {
    HsFrame *f = hs_vm_tstate()->frame;
    *owned_locals = NULL;
    if (*g == NULL) {
        if (f == NULL) {
            HsErr_SetString(HsExc_SystemError, "globals and locals cannot be NULL");
            return -1;
        }
        *g = f->f_globals;
        if (*l == NULL) {
            *owned_locals = hs_builtins_frame_locals();
            if (*owned_locals == NULL) {
                return -1;
            }
            *l = *owned_locals;
        }
    } else if (*l == NULL) {
        *l = *g;
    }
    int has = HsDict_Contains(*g, hs_builtins_name("__builtins__"));
    if (has == 0 && f != NULL) {
        has = HsDict_SetItem(*g, hs_builtins_name("__builtins__"), f->f_builtins) < 0 ? -1 : 1;
    }
    if (has < 0) {
        Hs_CLEAR(*owned_locals);
        return -1;
    }
    return 0;
}

/* Run 'co' (a code object, borrowed) in the resolved namespaces. Return: new reference. */
static HsObject *run_code(HsObject *co, HsObject *g, HsObject *l) {
    HsObject *owned = NULL;
    if (resolve_namespaces(&g, &l, &owned) < 0) {
        return NULL;
    }
    HsObject *r = hs_vm_eval_code((HsCodeObject *)co, g, l);
    Hs_XDECREF(owned);
    return r;
}

/* CPython: PyMapping_Check. */
static int is_mapping(HsObject *o) {
    HsMappingMethods *mp = Hs_TYPE(o)->tp_as_mapping;
    return mp != NULL && mp->mp_subscript != NULL;
}

static int is_none_or_missing(HsObject *o) {
    return o == NULL || o == Hs_None;
}

/* ==== eval and exec ==== */

/* eval(source, globals=None, locals=None, /). Return: new reference. */
HsObject *hs_builtins_eval(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                           HsObject *kwnames) {
    (void)self;
    if (hs_arg_no_keywords("eval", kwnames) < 0 ||
        hs_arg_check_positional("eval", nargs, 1, 3) < 0) {
        return NULL;
    }
    HsObject *g = nargs > 1 && args[1] != Hs_None ? args[1] : NULL;
    HsObject *l = nargs > 2 && args[2] != Hs_None ? args[2] : NULL;
    if (g != NULL && !HsDict_Check(g)) {
        return HsErr_Format(HsExc_TypeError, is_mapping(g)
                                                 ? "globals must be a real dict; try eval(expr, "
                                                   "{}, mapping)"
                                                 : "globals must be a dict");
    }
    if (l != NULL && !is_mapping(l)) {
        return HsErr_Format(HsExc_TypeError, "locals must be a mapping");
    }
    if (HsCode_Check(args[0])) {
        return run_code(args[0], g, l);
    }
    const char *src;
    Hs_ssize_t len;
    int rc = source_text(args[0], &src, &len);
    if (rc <= 0) {
        return rc < 0 ? NULL : HsErr_Format(HsExc_TypeError, "eval() arg 1 must be a string, "
                                            "bytes or code object");
    }
    while (len > 0 && (*src == ' ' || *src == '\t')) {
        src++;
        len--;
    }
    HsObject *co = compile_text(src, len, "<string>", HS_PARSE_EVAL);
    if (co == NULL) {
        return NULL;
    }
    HsObject *r = run_code(co, g, l);
    Hs_DECREF(co);
    return r;
}

/* exec(source, globals=None, locals=None, /). Return: new reference (None). */
HsObject *hs_builtins_exec(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                           HsObject *kwnames) {
    (void)self;
    if (hs_arg_no_keywords("exec", kwnames) < 0 ||
        hs_arg_check_positional("exec", nargs, 1, 3) < 0) {
        return NULL;
    }
    HsObject *g = nargs > 1 && args[1] != Hs_None ? args[1] : NULL;
    HsObject *l = nargs > 2 && !is_none_or_missing(args[2]) ? args[2] : NULL;
    if (g != NULL && !HsDict_Check(g)) {
        return HsErr_Format(HsExc_TypeError, "exec() globals must be a dict, not %.100s",
                            Hs_TYPE(g)->tp_name);
    }
    if (l != NULL && !is_mapping(l)) {
        return HsErr_Format(HsExc_TypeError, "locals must be a mapping or None, not %.100s",
                            Hs_TYPE(l)->tp_name);
    }
    HsObject *co;
    if (HsCode_Check(args[0])) {
        co = Hs_NewRef(args[0]);
    } else {
        const char *src;
        Hs_ssize_t len;
        int rc = source_text(args[0], &src, &len);
        if (rc <= 0) {
            return rc < 0 ? NULL : HsErr_Format(HsExc_TypeError, "exec() arg 1 must be a "
                                                "string, bytes or code object");
        }
        co = compile_text(src, len, "<string>", HS_PARSE_FILE);
        if (co == NULL) {
            return NULL;
        }
    }
    HsObject *r = run_code(co, g, l);
    Hs_DECREF(co);
    if (r == NULL) {
        return NULL;
    }
    Hs_DECREF(r);
    Hs_RETURN_NONE;
}

/* ==== __import__ ==== */

/* __import__(name, globals=None, locals=None, fromlist=(), level=0): the import statement's
 * machinery (IMPORT_NAME), the top-level package unless fromlist is non-empty. CPython:
 * builtin___import___impl and PyImport_ImportModuleLevelObject's checks.
 * Return: new reference to the module. */
HsObject *hs_builtins_import(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                             HsObject *kwnames) {
    static const char *const kwlist[] = {"name", "globals", "locals", "fromlist", "level",
                                         NULL};
    static const HsArgParser parser = {"__import__", kwlist};
    HsObject *out[5];
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 1, 5, 1, out) < 0) {
        return NULL;
    }
    int level = 0;
    if (out[4] != NULL) {
        long v = HsLong_AsLong(out[4]);
        if (v == -1 && HsErr_Occurred()) {
            return NULL;
        }
        level = (int)v;
    }
    HsObject *name = out[0];
    if (!HsUnicode_Check(name)) {
        HsErr_SetString(HsExc_TypeError, "module name must be a string");
        return NULL;
    }
    if (level < 0) {
        HsErr_SetString(HsExc_ValueError, "level must be >= 0");
        return NULL;
    }
    if (level == 0 && HS_STR_LEN(name) == 0) {
        HsErr_SetString(HsExc_ValueError, "Empty module name");
        return NULL;
    }
    HsObject *globals = out[1] != NULL && out[1] != Hs_None ? out[1] : NULL;
    if (globals != NULL && !HsDict_Check(globals)) {
        HsErr_SetString(HsExc_TypeError, "globals must be a dict");
        return NULL;
    }
    if (level > 0 && (globals == NULL || (HsDict_GetItemString(globals, "__package__") == NULL &&
                                          HsDict_GetItemString(globals, "__spec__") == NULL &&
                                          HsDict_GetItemString(globals, "__name__") == NULL))) {
        /* CPython: resolve_name, with nothing to resolve against */
        HsObject *key = HsUnicode_FromString("'__name__' not in globals");
        if (key != NULL) {
            HsErr_SetObject(HsExc_KeyError, key);
            Hs_DECREF(key);
        }
        return NULL;
    }
    HsObject *fromlist = out[3] != NULL && out[3] != Hs_None ? out[3] : NULL;
    return hs_vm_import_name(name, globals, fromlist, level);
}

/* ==== compile ==== */

/* compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1).
 * Return: new reference to a code object. */
HsObject *hs_builtins_compile(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                              HsObject *kwnames) {
    static const char *const kwlist[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                         "optimize", NULL};
    static const HsArgParser parser = {"compile", kwlist};
    HsObject *out[6];
    (void)self;
    if (hs_arg_unpack_keywords(args, nargs, kwnames, &parser, 3, 6, 3, out) < 0) {
        return NULL;
    }
    if (!HsUnicode_Check(out[1])) {
        return HsErr_Format(HsExc_TypeError, "compile() argument 'filename' must be str, not "
                            "%.50s", Hs_TYPE(out[1])->tp_name);
    }
    if (!HsUnicode_Check(out[2])) {
        return HsErr_Format(HsExc_TypeError, "compile() argument 'mode' must be str, not %.50s",
                            Hs_TYPE(out[2])->tp_name);
    }
    const char *mode = HsUnicode_AsUTF8(out[2]);
    HsParseMode pm;
    if (strcmp(mode, "exec") == 0) {
        pm = HS_PARSE_FILE;
    } else if (strcmp(mode, "eval") == 0) {
        pm = HS_PARSE_EVAL;
    } else if (strcmp(mode, "single") == 0) {
        pm = HS_PARSE_SINGLE;
    } else {
        return HsErr_Format(HsExc_ValueError, "compile() mode must be 'exec', 'eval' or "
                            "'single'");
    }
    if (out[3] != NULL) {
        long flags = HsLong_AsLong(out[3]);
        if (flags == -1 && HsErr_Occurred()) {
            return NULL;
        }
        if (flags & 0x400) {
            return HsErr_Format(HsExc_NotImplementedError, "compile() to an AST is not "
                                "supported by heapscope yet");
        }
    }
    const char *src;
    Hs_ssize_t len;
    int rc = source_text(out[0], &src, &len);
    if (rc <= 0) {
        return rc < 0 ? NULL : HsErr_Format(HsExc_TypeError, "compile() arg 1 must be a "
                                            "string, bytes or AST object");
    }
    return compile_text(src, len, HsUnicode_AsUTF8(out[1]), pm);
}
