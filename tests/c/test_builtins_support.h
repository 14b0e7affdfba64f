/* Helpers shared by tests/c/test_builtins*.c and test_sys.c: start the runtime with the
 * builtins and sys modules, call a module's functions the way Python code will (attribute
 * lookup on the module, then vectorcall), and compare results by repr and errors by type and
 * message. Expected values and messages come from tools/gen_builtins_messages.py (python3). */
#ifndef HS_TESTS_TEST_BUILTINS_SUPPORT_H
#define HS_TESTS_TEST_BUILTINS_SUPPORT_H

#include "hs_test.h"
#include "internal/hs_modules.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_vm.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdarg.h>
#include <string.h>

static HsObject *tb_builtins, *tb_sys;

/* Start once; every test calls this first. */
static inline void tb_init(void) {
    if (tb_builtins != NULL) {
        return;
    }
    static char arg0[] = "/tmp/dir/script.py", arg1[] = "-x";
    static char *argv[] = {arg0, arg1, NULL};
    if (hs_vm_init() < 0 || hs_builtins_init(&tb_builtins) < 0 ||
        hs_sys_init(tb_builtins, 2, argv, &tb_sys) < 0) {
        printf("runtime start failed\n");
        exit(1);
    }
}

/* Small constructors: each returns a new reference. */
static inline HsObject *I(long v) {
    return HsLong_FromLong(v);
}
static inline HsObject *F(double v) {
    return HsFloat_FromDouble(v);
}
static inline HsObject *S(const char *s) {
    return HsUnicode_FromString(s);
}
/* A list or tuple of 'n' items; steals the items. */
static inline HsObject *tb_seq(int tuple, int n, va_list va) {
    HsObject *r = tuple ? HsTuple_New(n) : HsList_New(n);
    for (int i = 0; i < n; i++) {
        HsObject *x = va_arg(va, HsObject *);
        if (tuple) {
            HS_TUPLE_SET(r, i, x);
        } else {
            HS_LIST_SET(r, i, x);
        }
    }
    return r;
}
static inline HsObject *L(int n, ...) {
    va_list va;
    va_start(va, n);
    HsObject *r = tb_seq(0, n, va);
    va_end(va);
    return r;
}
static inline HsObject *T(int n, ...) {
    va_list va;
    va_start(va, n);
    HsObject *r = tb_seq(1, n, va);
    va_end(va);
    return r;
}

/* module.name(*args, **kw): 'n' positional args then 'nkw' keyword values named by the
 * space-separated 'kwnames'. All argument objects are stolen. Return: new reference. */
static inline HsObject *tb_callv(HsObject *module, const char *name, int n, int nkw,
                                 const char *kwnames, va_list va) {
    HsObject *args[16], *kw = NULL;
    for (int i = 0; i < n + nkw; i++) {
        args[i] = va_arg(va, HsObject *);
    }
    if (nkw > 0) {
        kw = HsTuple_New(nkw);
        char buf[128];
        snprintf(buf, sizeof buf, "%s", kwnames);
        char *save = NULL, *tok = strtok_r(buf, " ", &save);
        for (int i = 0; i < nkw; i++, tok = strtok_r(NULL, " ", &save)) {
            HS_TUPLE_SET(kw, i, S(tok));
        }
    }
    HsObject *f = HsObject_GetAttrString(module, name);
    HsObject *r = f != NULL ? HsObject_Vectorcall(f, args, (size_t)n, kw) : NULL;
    Hs_XDECREF(f);
    Hs_XDECREF(kw);
    for (int i = 0; i < n + nkw; i++) {
        Hs_DECREF(args[i]);
    }
    return r;
}

static inline HsObject *B(const char *name, int n, ...) {
    va_list va;
    va_start(va, n);
    HsObject *r = tb_callv(tb_builtins, name, n, 0, NULL, va);
    va_end(va);
    return r;
}

static inline HsObject *BK(const char *name, int n, int nkw, const char *kwnames, ...) {
    va_list va;
    va_start(va, kwnames);
    HsObject *r = tb_callv(tb_builtins, name, n, nkw, kwnames, va);
    va_end(va);
    return r;
}

static inline HsObject *SYS(const char *name, int n, ...) {
    va_list va;
    va_start(va, n);
    HsObject *r = tb_callv(tb_sys, name, n, 0, NULL, va);
    va_end(va);
    return r;
}

/* Consume 'r': 1 if it is non-NULL and repr(r) == 'want' (else prints both). */
static inline int tb_repr_is(HsObject *r, const char *want) {
    if (r == NULL) {
        HsObject *exc = HsErr_GetRaisedException();
        HsObject *s = exc != NULL ? HsObject_Repr(exc) : NULL;
        printf("  expected %s, got exception %s\n", want, s ? HsUnicode_AsUTF8(s) : "?");
        Hs_XDECREF(s);
        Hs_XDECREF(exc);
        return 0;
    }
    HsObject *s = HsObject_Repr(r);
    Hs_DECREF(r);
    int ok = s != NULL && strcmp(HsUnicode_AsUTF8(s), want) == 0;
    if (!ok) {
        printf("  expected %s, got %s\n", want, s ? HsUnicode_AsUTF8(s) : "(repr failed)");
    }
    Hs_XDECREF(s);
    HsErr_Clear();
    return ok;
}

/* 'r' must be NULL with an exception of exactly type 'type' whose str() is 'msg'; the
 * exception is cleared. Consumes 'r' if non-NULL. */
static inline int tb_raises(HsObject *r, HsObject *type, const char *msg) {
    if (r != NULL) {
        HsObject *s = HsObject_Repr(r);
        printf("  expected %s, got %s\n", msg, s ? HsUnicode_AsUTF8(s) : "?");
        Hs_XDECREF(s);
        Hs_DECREF(r);
        return 0;
    }
    HsObject *exc = HsErr_GetRaisedException();
    if (exc == NULL) {
        printf("  expected %s, got NULL without exception\n", msg);
        return 0;
    }
    HsObject *s = HsObject_Str(exc);
    int ok = (HsObject *)Hs_TYPE(exc) == type && s != NULL && strcmp(HsUnicode_AsUTF8(s), msg) == 0;
    if (!ok) {
        printf("  expected %s: %s\n  got      %s: %s\n", ((HsTypeObject *)type)->tp_name, msg,
               Hs_TYPE(exc)->tp_name, s ? HsUnicode_AsUTF8(s) : "?");
    }
    Hs_XDECREF(s);
    Hs_DECREF(exc);
    HsErr_Clear();
    return ok;
}

#define CHECK_REPR(expr, want) HS_CHECK(tb_repr_is((expr), (want)))
#define CHECK_RAISES(expr, exc, msg) HS_CHECK(tb_raises((expr), HsExc_##exc, (msg)))

#endif /* HS_TESTS_TEST_BUILTINS_SUPPORT_H */
