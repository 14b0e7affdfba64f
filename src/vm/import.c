/* The import system (CPython 3.11: Python/import.c and importlib._bootstrap, reduced to
 * what heapscope needs): `import a.b.c`, `from m import x`, relative imports, packages
 * (directories with __init__.py), modules found as NAME.py along sys.path, and modules
 * already in sys.modules (the built-in ones are put there at start-up). A module's code runs
 * once: it is entered in sys.modules before its body runs, and removed again if the body
 * fails, as importlib does. Messages are CPython's ("No module named 'x'",
 * "cannot import name 'y' from 'm' (path)", "...; 'm' is not a package").
 * Invariant: hs_vm_import_init() has been given sys.modules and sys.path before any import. */
#include "internal/hs_vm.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_compile.h"
#include "internal/hs_compile_codegen.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_func.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ==== state ==== */

static HsObject *modules;  /* sys.modules (borrowed: owned by sys) */
static HsObject *path;     /* sys.path (borrowed) */
static HsObject *builtins; /* the builtins module (borrowed) */

/* Modules written in C, registered by the layers above (sys.builtin_module_names). */
#define HS_MAX_BUILTIN_MODULES 64
static struct {
    const char *name;
    HsBuiltinModuleInit init;
} builtin_modules[HS_MAX_BUILTIN_MODULES];
static int n_builtin_modules;

int hs_vm_import_register_builtin(const char *name, HsBuiltinModuleInit init) {
    if (n_builtin_modules == HS_MAX_BUILTIN_MODULES) {
        HsErr_SetString(HsExc_SystemError, "too many builtin modules");
        return -1;
    }
    builtin_modules[n_builtin_modules].name = name;
    builtin_modules[n_builtin_modules].init = init;
    n_builtin_modules++;
    return 0;
}

/* ==== __spec__ (CPython: importlib._bootstrap.ModuleSpec, here in lib/_hs_bootstrap.py) ==== */

static HsObject *spec_class; /* ModuleSpec, kept for the process */
static int loading_bootstrap;

static HsObject *get_spec_class(void) {
    if (spec_class != NULL || loading_bootstrap) {
        return spec_class;
    }
    loading_bootstrap = 1;
    HsObject *d = HsDict_New();
    HsObject *name = HsUnicode_FromString("_hs_bootstrap");
    if (d != NULL && name != NULL && HsDict_SetItemString(d, "__name__", name) == 0 &&
        hs_vm_exec_frozen("_hs_bootstrap", d) == 0) {
        spec_class = Hs_XNewRef(HsDict_GetItemString(d, "ModuleSpec"));
        if (spec_class != NULL) {
            hs_obj_register_static(&spec_class); /* released at exit */
        }
    }
    Hs_XDECREF(name);
    Hs_XDECREF(d);
    loading_bootstrap = 0;
    return spec_class;
}

/* module.__spec__ = ModuleSpec(name, None, origin=...); errors are dropped (a module without
 * a spec still imports). */
static void set_spec(HsObject *mod, HsObject *name, const char *origin, int package,
                     int has_location) {
    HsObject *exc = HsErr_GetRaisedException();
    HsObject *cls = get_spec_class();
    HsObject *org = origin != NULL ? HsUnicode_FromString(origin) : NULL;
    HsObject *kwnames = HsTuple_New(2);
    HsObject *spec = NULL;
    if (cls != NULL && org != NULL && kwnames != NULL) {
        HS_TUPLE_SET(kwnames, 0, HsUnicode_FromString("origin"));
        HS_TUPLE_SET(kwnames, 1, HsUnicode_FromString("is_package"));
        if (HS_TUPLE_GET(kwnames, 0) != NULL && HS_TUPLE_GET(kwnames, 1) != NULL) {
            HsObject *args[4] = {name, Hs_None, org, package ? Hs_True : Hs_False};
            spec = HsObject_Vectorcall(cls, args, 2, kwnames);
        }
    }
    if (spec != NULL && has_location) {
        (void)HsObject_SetAttrString(spec, "has_location", Hs_True);
    }
    if (spec != NULL) {
        (void)HsDict_SetItemString(HS_MODULE_DICT(mod), "__spec__", spec);
    }
    Hs_XDECREF(spec);
    Hs_XDECREF(kwnames);
    Hs_XDECREF(org);
    HsErr_Clear();
    HsErr_SetRaisedException(exc);
}

/* Create the builtin module 'fullname' and put it in sys.modules. Return: new reference;
 * NULL without an exception when no builtin module has that name. */
static HsObject *load_builtin(HsObject *fullname) {
    const char *full = HsUnicode_AsUTF8(fullname);
    for (int i = 0; i < n_builtin_modules; i++) {
        if (strcmp(builtin_modules[i].name, full) != 0) {
            continue;
        }
        HsObject *mod = NULL;
        if (builtin_modules[i].init(&mod) < 0) {
            return NULL;
        }
        if (HsDict_SetItem(modules, fullname, mod) < 0) {
            Hs_DECREF(mod);
            return NULL;
        }
        if (HsModule_Check(mod)) {
            set_spec(mod, fullname, "built-in", 0, 0);
        }
        return mod;
    }
    return NULL;
}

void hs_vm_import_init(HsObject *sys_modules, HsObject *sys_path, HsObject *builtins_module) {
    modules = sys_modules;
    path = sys_path;
    builtins = builtins_module;
    /* functions made with globals lacking __builtins__ (types.FunctionType(code, {})) use
     * the builtins module's dict; none once the import system is off */
    hs_func_set_default_builtins(builtins_module != NULL ? HS_MODULE_DICT(builtins_module)
                                                         : NULL);
    if (modules == NULL) {
        return; /* finalization: the import system is switched off */
    }
    HsObject *names[2] = {HsUnicode_FromString("sys"), HsUnicode_FromString("builtins")};
    for (int i = 0; i < 2; i++) {
        HsObject *m = names[i] != NULL ? HsDict_GetItemWithError(modules, names[i]) : NULL;
        if (m != NULL && HsModule_Check(m)) {
            set_spec(m, names[i], "built-in", 0, 0);
        }
        Hs_XDECREF(names[i]);
    }
    HsErr_Clear();
}

HsObject *hs_vm_import_get_module(const char *name) {
    if (modules == NULL) {
        return NULL;
    }
    HsObject *m = HsDict_GetItemString(modules, name);
    return m != NULL && m != Hs_None ? Hs_NewRef(m) : NULL;
}

/* ==== errors ==== */

static HsObject *hs_str_dunder_path(void) {
    static HsObject *s; /* kept until finalization */
    return hs_obj_static_name(&s, "__path__");
}

static HsObject *hs_str_dunder_all(void) {
    static HsObject *s; /* kept until finalization */
    return hs_obj_static_name(&s, "__all__");
}

/* Turn a compile error into the exception CPython raises (SyntaxError and its subclasses
 * with filename/lineno/offset/text/end positions, or MemoryError/RecursionError). */
void hs_vm_raise_compile_error(const HsCompileError *err) {
    if (err->kind == HS_COMP_ERR_MEMORY) {
        HsErr_NoMemory();
        return;
    }
    if (err->kind == HS_COMP_ERR_RECURSION) {
        HsErr_SetString(HsExc_RecursionError, err->msg);
        return;
    }
    HsObject *type = err->kind == HS_COMP_ERR_TAB      ? HsExc_TabError
                     : err->kind == HS_COMP_ERR_INDENT ? HsExc_IndentationError
                                                       : HsExc_SyntaxError;
    /* type(msg, (filename, lineno, offset, text, end_lineno, end_offset)), as CPython's
     * parser raises it, so args and the fields agree. */
    HsObject *text = err->text != NULL ? HsUnicode_FromString(err->text) : NULL;
    if (text == NULL) {
        HsErr_Clear(); /* undecodable or absent source text shows as None */
        text = Hs_NewRef(Hs_None);
    }
    HsObject *info = HsTuple_New(6);
    HsObject *msg = HsUnicode_FromString(err->msg);
    if (info == NULL || msg == NULL) {
        Hs_XDECREF(info);
        Hs_XDECREF(msg);
        Hs_DECREF(text);
        return;
    }
    HS_TUPLE_SET(info, 0, HsUnicode_FromString(err->filename));
    HS_TUPLE_SET(info, 1, HsLong_FromLong(err->lineno));
    HS_TUPLE_SET(info, 2, HsLong_FromLong(err->offset));
    HS_TUPLE_SET(info, 3, text);
    HS_TUPLE_SET(info, 4, HsLong_FromLong(err->end_lineno));
    HS_TUPLE_SET(info, 5, HsLong_FromLong(err->end_offset));
    for (int i = 0; i < 6; i++) {
        if (HS_TUPLE_GET(info, i) == NULL) {
            Hs_DECREF(info);
            Hs_DECREF(msg);
            return;
        }
    }
    HsObject *args = HsTuple_Pack(2, msg, info);
    Hs_DECREF(msg);
    Hs_DECREF(info);
    if (args != NULL) {
        HsErr_SetObject(type, args);
        Hs_DECREF(args);
    }
}

/* ModuleNotFoundError "No module named 'x'[; 'p' is not a package]" with .name set. */
static HsObject *not_found(HsObject *name, HsObject *parent_not_pkg) {
    if (parent_not_pkg != NULL) {
        HsErr_Format(HsExc_ModuleNotFoundError, "No module named '%U'; '%U' is not a package",
                     name, parent_not_pkg);
    } else {
        HsErr_Format(HsExc_ModuleNotFoundError, "No module named '%U'", name);
    }
    HsObject *exc = HsErr_GetRaisedException();
    if (exc != NULL) {
        HsImportErrorObject *ie = (HsImportErrorObject *)exc;
        ie->name = Hs_NewRef(name);
    }
    HsErr_SetRaisedException(exc);
    return NULL;
}

/* ==== finding and loading ==== */

static int is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* The file for 'last' (the name's final part) in directory 'dir': dir/last/__init__.py
 * (a package) or dir/last.py, into 'out'. Returns 1 for a package, 0 for a module, -1 if
 * neither exists. */
static int find_in_dir(const char *dir, const char *last, char *out, size_t cap) {
    const char *sep = dir[0] == '\0' ? "" : "/";
    snprintf(out, cap, "%s%s%s/__init__.py", dir, sep, last);
    if (is_file(out)) {
        return 1;
    }
    snprintf(out, cap, "%s%s%s.py", dir, sep, last);
    return is_file(out) ? 0 : -1;
}

static char *read_file(const char *filename, size_t *len) {
    FILE *fp = fopen(filename, "rb");
    if (fp == NULL) {
        return NULL;
    }
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *buf = malloc(n > 0 ? (size_t)n : 1);
    *len = buf != NULL ? fread(buf, 1, (size_t)(n > 0 ? n : 0), fp) : 0;
    fclose(fp);
    return buf;
}

/* Compile and run the source 'src' as module 'fullname' (entered in sys.modules first);
 * 'frozen' modules get no __file__. Return: new reference to the module. */
static HsObject *load_code(HsObject *fullname, const char *src, size_t len,
                           const char *filename, int frozen, int package, const char *pkgdir) {
    HsCompileError err = {0};
    HsObject *co = hs_comp_compile(src, len, filename, HS_PARSE_FILE, &err);
    if (co == NULL) {
        hs_vm_raise_compile_error(&err);
        hs_comp_error_clear(&err);
        return NULL;
    }
    if (!frozen) {
        hs_vm_issue_compile_warnings(&err, filename);
    }
    HsObject *mod = HsModule_New(HsUnicode_AsUTF8(fullname));
    HsObject *d = mod != NULL ? HS_MODULE_DICT(mod) : NULL, *file = HsUnicode_FromString(filename);
    const char *full = HsUnicode_AsUTF8(fullname), *dot = strrchr(full, '.');
    HsObject *pkg = package ? Hs_NewRef(fullname)
                            : HsUnicode_FromKindAndData(1, full, dot != NULL ? dot - full : 0);
    int bad = d == NULL || file == NULL || pkg == NULL ||
              (!frozen && HsDict_SetItemString(d, "__file__", file) < 0) ||
              (!frozen && HsDict_SetItemString(d, "__cached__", Hs_None) < 0) ||
              HsDict_SetItemString(d, "__package__", pkg) < 0 ||
              HsDict_SetItemString(d, "__builtins__", builtins) < 0;
    if (!bad && package) {
        HsObject *dir = HsUnicode_FromString(pkgdir), *p = dir ? HsList_New(1) : NULL;
        if (p != NULL) {
            HS_LIST_SET(p, 0, dir);
            bad = HsDict_SetItemString(d, "__path__", p) < 0;
            Hs_DECREF(p);
        } else {
            Hs_XDECREF(dir);
            bad = 1;
        }
    }
    bad = bad || HsDict_SetItem(modules, fullname, mod) < 0;
    if (!bad) {
        set_spec(mod, fullname, frozen ? "frozen" : filename, package, !frozen);
    }
    HsObject *r = bad ? NULL : hs_vm_eval_code((HsCodeObject *)co, d, d);
    Hs_XDECREF(file);
    Hs_XDECREF(pkg);
    Hs_DECREF(co);
    if (r == NULL) {
        HsObject *exc = HsErr_GetRaisedException();
        if (HsDict_Contains(modules, fullname) > 0 && HsDict_DelItem(modules, fullname) < 0) {
            HsErr_Clear();
        }
        HsErr_SetRaisedException(exc);
        Hs_XDECREF(mod);
        return NULL;
    }
    Hs_DECREF(r);
    /* Return what sys.modules holds (the body may have replaced itself there), moved to the
     * end of sys.modules as CPython's _load_unlocked does once the body has run. */
    Hs_DECREF(mod);
    HsObject *m = HsDict_GetItemWithError(modules, fullname);
    if (m == NULL) {
        return not_found(fullname, NULL);
    }
    Hs_INCREF(m);
    if (HsDict_DelItem(modules, fullname) < 0 || HsDict_SetItem(modules, fullname, m) < 0) {
        Hs_DECREF(m);
        return NULL;
    }
    return m;
}

static HsObject *load_source(HsObject *fullname, const char *filename, int package,
                             const char *pkgdir) {
    size_t len;
    char *src = read_file(filename, &len);
    if (src == NULL) {
        return HsErr_Format(HsExc_ImportError, "could not read %s", filename);
    }
    HsObject *m = load_code(fullname, src, len, filename, 0, package, pkgdir);
    free(src);
    return m;
}

static const HsFrozenModule *find_frozen(const char *name) {
    for (const HsFrozenModule *f = hs_frozen_modules; f->name != NULL; f++) {
        if (strcmp(f->name, name) == 0) {
            return f;
        }
    }
    return NULL;
}

/* A module bundled into the binary, or NULL without an exception when there is none. */
static HsObject *load_frozen(HsObject *fullname) {
    const HsFrozenModule *f = find_frozen(HsUnicode_AsUTF8(fullname));
    if (f == NULL) {
        return NULL;
    }
    char filename[256];
    snprintf(filename, sizeof filename, "<frozen %s>", f->name);
    return load_code(fullname, f->source, f->size, filename, 1, 0, "");
}

int hs_vm_exec_frozen_in_module(const char *name, HsObject *module) {
    HsObject *dict = HS_MODULE_DICT(module);
    HsObject *modname = HsDict_GetItemString(dict, "__name__");
    if (modname == NULL || modules == NULL) {
        return hs_vm_exec_frozen(name, dict);
    }
    Hs_INCREF(modname);
    HsObject *previous = Hs_XNewRef(HsDict_GetItemWithError(modules, modname));
    int rc = HsErr_Occurred() ? -1 : HsDict_SetItem(modules, modname, module);
    if (rc == 0 && (rc = hs_vm_exec_frozen(name, dict)) < 0) {
        /* as a failed import: the half-made module leaves sys.modules */
        HsObject *exc = HsErr_GetRaisedException();
        if (previous != NULL) {
            (void)HsDict_SetItem(modules, modname, previous);
        } else if (HsDict_GetItemWithError(modules, modname) == module) {
            (void)HsDict_DelItem(modules, modname);
        }
        HsErr_Clear();
        HsErr_SetRaisedException(exc);
    }
    Hs_XDECREF(previous);
    Hs_DECREF(modname);
    return rc;
}

int hs_vm_exec_frozen(const char *name, HsObject *dict) {
    const HsFrozenModule *f = find_frozen(name);
    if (f == NULL) {
        HsErr_Format(HsExc_SystemError, "no bundled module %s", name);
        return -1;
    }
    char filename[256];
    snprintf(filename, sizeof filename, "<frozen %s>", f->name);
    HsCompileError err = {0};
    HsObject *co = hs_comp_compile(f->source, f->size, filename, HS_PARSE_FILE, &err);
    if (co == NULL) {
        hs_vm_raise_compile_error(&err);
        hs_comp_error_clear(&err);
        return -1;
    }
    if (HsDict_GetItemString(dict, "__builtins__") == NULL &&
        HsDict_SetItemString(dict, "__builtins__", builtins) < 0) {
        Hs_DECREF(co);
        return -1;
    }
    HsObject *r = hs_vm_eval_code((HsCodeObject *)co, dict, dict);
    Hs_DECREF(co);
    Hs_XDECREF(r);
    return r != NULL ? 0 : -1;
}

/* Import one dotted name 'fullname' whose parent (if any) is already imported.
 * Return: new reference to the module. */
static HsObject *import_one(HsObject *fullname, HsObject *parent) {
    HsObject *m = HsDict_GetItemWithError(modules, fullname);
    if (m != NULL || HsErr_Occurred()) {
        return Hs_XNewRef(m);
    }
    const char *full = HsUnicode_AsUTF8(fullname), *dot = strrchr(full, '.');
    const char *last = dot != NULL ? dot + 1 : full;
    if (parent == NULL) {
        m = load_builtin(fullname);
        if (m != NULL || HsErr_Occurred()) {
            return m;
        }
        m = load_frozen(fullname);
        if (m != NULL || HsErr_Occurred()) {
            return m;
        }
    }
    HsObject *dirs;
    if (parent != NULL) {
        m = load_frozen(fullname); /* a bundled submodule (collections.abc) */
        if (m != NULL || HsErr_Occurred()) {
            if (m != NULL && HsObject_SetAttrString(parent, last, m) < 0) {
                Hs_CLEAR(m);
            }
            return m;
        }
        dirs = HsObject_GetAttrString(parent, "__path__");
        if (dirs == NULL) {
            HsErr_Clear();
            HsObject *pname = HsUnicode_FromKindAndData(1, full, dot - full);
            not_found(fullname, pname);
            Hs_XDECREF(pname);
            return NULL;
        }
    } else {
        dirs = Hs_NewRef(path);
    }
    char file[4096];
    HsObject *result = NULL;
    for (Hs_ssize_t i = 0; HsList_Check(dirs) && i < Hs_SIZE(dirs); i++) {
        HsObject *dir = HS_LIST_GET(dirs, i);
        if (!HsUnicode_Check(dir)) {
            continue;
        }
        int kind = find_in_dir(HsUnicode_AsUTF8(dir), last, file, sizeof file);
        if (kind >= 0) {
            char pkgdir[4096];
            snprintf(pkgdir, sizeof pkgdir, "%s%s%s", HsUnicode_AsUTF8(dir),
                     HS_STR_LEN(dir) > 0 ? "/" : "", last);
            result = load_source(fullname, file, kind == 1, pkgdir);
            Hs_DECREF(dirs);
            if (result != NULL && parent != NULL &&
                HsObject_SetAttrString(parent, last, result) < 0) {
                Hs_CLEAR(result);
            }
            return result;
        }
    }
    Hs_DECREF(dirs);
    return not_found(fullname, NULL);
}

/* The absolute name for a relative import of 'name' at 'level' from 'globals'
 * (CPython: resolve_name). Return: new reference. */
static HsObject *resolve_name(HsObject *name, HsObject *globals, int level) {
    HsObject *package = HsDict_GetItemString(globals, "__package__");
    if (package == NULL || package == Hs_None) {
        return HsErr_Format(HsExc_ImportError, "attempted relative import with no known parent "
                            "package");
    }
    const char *base = HsUnicode_AsUTF8(package);
    Hs_ssize_t cut = (Hs_ssize_t)strlen(base);
    for (int i = 1; i < level; i++) {
        while (cut > 0 && base[cut - 1] != '.') {
            cut--;
        }
        if (cut == 0) {
            return HsErr_Format(HsExc_ImportError, "attempted relative import beyond top-level "
                                "package");
        }
        cut--;
    }
    HsObject *prefix = HsUnicode_FromKindAndData(1, base, cut);
    if (prefix == NULL || HS_STR_LEN(name) == 0) {
        return prefix;
    }
    HsObject *r = HsUnicode_FromFormat("%U.%U", prefix, name);
    Hs_DECREF(prefix);
    return r;
}

/* `from package import name`: import package.name as a submodule when the package has no
 * such attribute yet (CPython: importlib._bootstrap._handle_fromlist). A submodule that does
 * not exist is not an error here: IMPORT_FROM reports the missing name. */
static int handle_fromlist(HsObject *mod, HsObject *fromlist) {
    HsObject *pkgpath;
    if (HsObject_LookupAttr(mod, hs_str_dunder_path(), &pkgpath) <= 0) {
        HsErr_Clear();
        return 0; /* not a package */
    }
    Hs_DECREF(pkgpath);
    HsObject *modname = HsObject_GetAttrString(mod, "__name__");
    for (Hs_ssize_t i = 0; modname != NULL && i < Hs_SIZE(fromlist); i++) {
        HsObject *item = HS_TUPLE_GET(fromlist, i), *attr;
        if (!HsUnicode_Check(item) || hs_str_eq_ascii(item, "*")) {
            continue;
        }
        int has = HsObject_LookupAttr(mod, item, &attr);
        Hs_XDECREF(attr);
        if (has != 0) {
            if (has < 0) {
                Hs_DECREF(modname);
                return -1;
            }
            continue;
        }
        HsObject *full = HsUnicode_FromFormat("%U.%U", modname, item);
        HsObject *sub = full != NULL ? import_one(full, mod) : NULL;
        Hs_XDECREF(full);
        if (sub == NULL) {
            if (!HsErr_ExceptionMatches(HsExc_ModuleNotFoundError)) {
                Hs_DECREF(modname);
                return -1;
            }
            HsErr_Clear();
        }
        Hs_XDECREF(sub);
    }
    Hs_XDECREF(modname);
    return 0;
}

/* ==== internal API ==== */

HsObject *hs_vm_import_name(HsObject *name, HsObject *globals, HsObject *fromlist, int level) {
    if (modules == NULL && hs_vm_is_finalizing()) { /* torn down by finalize.c */
        HsErr_SetString(HsExc_ImportError, "sys.meta_path is None, Python is likely shutting "
                                           "down");
        return NULL;
    }
    if (modules == NULL) {
        return HsErr_Format(HsExc_ImportError, "import of %U halted; the import system is not "
                            "set up", name);
    }
    HsObject *abs = level > 0 ? resolve_name(name, globals, level) : Hs_NewRef(name);
    if (abs == NULL) {
        return NULL;
    }
    /* Import every prefix: a, a.b, a.b.c. */
    const char *full = HsUnicode_AsUTF8(abs);
    HsObject *top = NULL, *mod = NULL;
    for (const char *p = full;; p++) {
        if (*p == '.' || *p == '\0') {
            HsObject *part = HsUnicode_FromKindAndData(1, full, p - full);
            HsObject *next = part != NULL ? import_one(part, mod) : NULL;
            Hs_XDECREF(part);
            if (next == NULL) {
                Hs_XDECREF(top);
                Hs_XDECREF(mod);
                Hs_DECREF(abs);
                return NULL;
            }
            if (top == NULL) {
                top = Hs_NewRef(next);
            }
            Hs_XDECREF(mod);
            mod = next;
            if (*p == '\0') {
                break;
            }
        }
    }
    Hs_DECREF(abs);
    /* `import a.b` binds a; `from a.b import x` (a fromlist) and relative forms get a.b. */
    int has_fromlist = fromlist != NULL && fromlist != Hs_None && HsObject_IsTrue(fromlist) > 0;
    if (has_fromlist && handle_fromlist(mod, fromlist) < 0) {
        Hs_DECREF(top);
        Hs_DECREF(mod);
        return NULL;
    }
    if (has_fromlist || level > 0) {
        Hs_DECREF(top);
        return mod;
    }
    Hs_DECREF(mod);
    return top;
}

HsObject *hs_vm_import_from(HsObject *module, HsObject *name) {
    HsObject *v;
    if (HsObject_LookupAttr(module, name, &v) != 0) {
        return v;
    }
    /* A submodule not yet imported: try importing module.name (CPython: import_from). */
    /* A submodule imported meanwhile under its full name (CPython: import_from). */
    HsObject *pkgname = HsObject_GetAttrString(module, "__name__");
    if (pkgname != NULL && HsUnicode_Check(pkgname)) {
        HsObject *full = HsUnicode_FromFormat("%U.%U", pkgname, name);
        HsObject *sub = full != NULL ? HsDict_GetItemWithError(modules, full) : NULL;
        Hs_XDECREF(full);
        if (sub != NULL) {
            Hs_DECREF(pkgname);
            return Hs_NewRef(sub);
        }
    }
    HsErr_Clear();
    HsObject *file = HsObject_GetAttrString(module, "__file__");
    HsErr_Clear();
    if (file != NULL && HsUnicode_Check(file)) {
        HsErr_Format(HsExc_ImportError, "cannot import name '%U' from '%U' (%U)", name,
                     pkgname != NULL ? pkgname : name, file);
    } else {
        HsErr_Format(HsExc_ImportError, "cannot import name '%U' from '%U' (unknown location)",
                     name, pkgname != NULL ? pkgname : name);
    }
    /* the error names the module and its path (CPython: PyErr_SetImportError) */
    HsObject *exc = HsErr_GetRaisedException();
    if (exc != NULL && HsObject_TypeCheck(exc, (HsTypeObject *)HsExc_ImportError)) {
        HsImportErrorObject *ie = (HsImportErrorObject *)exc;
        if (pkgname != NULL && HsUnicode_Check(pkgname)) {
            Hs_XSETREF(ie->name, Hs_NewRef(pkgname));
        }
        if (file != NULL && HsUnicode_Check(file)) {
            Hs_XSETREF(ie->path, Hs_NewRef(file));
        }
    }
    HsErr_SetRaisedException(exc);
    Hs_XDECREF(file);
    Hs_XDECREF(pkgname);
    return NULL;
}

/* `from m import *` into the namespace 'ns' (CPython: import_all_from). */
int hs_vm_import_all_from(HsObject *ns, HsObject *module) {
    HsObject *all;
    int has_all = HsObject_LookupAttr(module, hs_str_dunder_all(), &all);
    if (has_all < 0) {
        return -1;
    }
    int skip_private = has_all == 0;
    if (!has_all) {
        all = HsObject_GetAttrString(module, "__dict__");
        if (all == NULL) {
            HsErr_Clear();
            HsErr_SetString(HsExc_ImportError, "from-import-* object has no __dict__ and no "
                            "__all__");
            return -1;
        }
    }
    HsObject *it = HsObject_GetIter(all), *name;
    int err = it == NULL ? -1 : 0;
    while (err == 0 && (name = HsIter_Next(it)) != NULL) {
        if (skip_private && HsUnicode_Check(name) && HS_STR_LEN(name) > 0 &&
            HS_STR_READ_CHAR(name, 0) == '_') {
            Hs_DECREF(name);
            continue;
        }
        HsObject *value = HsObject_GetAttr(module, name);
        err = value == NULL ? -1
              : HsDict_CheckExact(ns) ? HsDict_SetItem(ns, name, value)
                                      : HsObject_SetItem(ns, name, value);
        Hs_XDECREF(value);
        Hs_DECREF(name);
    }
    if (err == 0 && HsErr_Occurred()) {
        err = -1;
    }
    Hs_XDECREF(it);
    Hs_DECREF(all);
    return err;
}
