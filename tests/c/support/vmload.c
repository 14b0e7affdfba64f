/* See vmload.h: rebuild CPython-compiled code objects from their serialized form. */
#include "vmload.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_set.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "hs/errors.h"

#include <stdlib.h>
#include <string.h>

static FILE *in;
static char line[1 << 16];
static const char *code_filename;

static int next_line(void) {
    if (fgets(line, sizeof line, in) == NULL) {
        return 0;
    }
    line[strcspn(line, "\n")] = '\0';
    return 1;
}

static size_t unhex(const char *hex, uint8_t *out) {
    size_t n = 0;
    for (; hex[0] && hex[1]; hex += 2) {
        unsigned v;
        sscanf(hex, "%2x", &v);
        out[n++] = (uint8_t)v;
    }
    return n;
}

static HsObject *read_code(void);

static HsObject *read_const(void) {
    if (!next_line()) {
        return NULL;
    }
    if (strcmp(line, "none") == 0) {
        return Hs_NewRef(Hs_None);
    }
    if (strcmp(line, "true") == 0 || strcmp(line, "false") == 0) {
        return HsBool_FromLong(line[0] == 't');
    }
    if (strcmp(line, "ellipsis") == 0) {
        return Hs_NewRef(Hs_Ellipsis);
    }
    if (strncmp(line, "float ", 6) == 0) {
        return HsFloat_FromDouble(strtod(line + 6, NULL)); /* C99 hex float, exact */
    }
    if (strncmp(line, "int ", 4) == 0) {
        return HsLong_FromLongLong(strtoll(line + 4, NULL, 10));
    }
    if (strncmp(line, "str ", 4) == 0) {
        static uint8_t buf[1 << 15];
        size_t n = unhex(line + 4, buf);
        HsObject *s = hs_str_from_utf8_surrogatepass((const char *)buf, (Hs_ssize_t)n);
        if (s != NULL) {
            HsUnicode_InternInPlace(&s);
        }
        return s;
    }
    if (strncmp(line, "tuple ", 6) == 0) {
        Hs_ssize_t n = atol(line + 6);
        HsObject *t = HsTuple_New(n);
        for (Hs_ssize_t i = 0; i < n; i++) {
            HS_TUPLE_SET(t, i, read_const());
        }
        return t;
    }
    if (strncmp(line, "frozenset ", 10) == 0) {
        Hs_ssize_t n = atol(line + 10);
        HsObject *t = HsTuple_New(n);
        for (Hs_ssize_t i = 0; i < n; i++) {
            HS_TUPLE_SET(t, i, read_const());
        }
        HsObject *fs = HsFrozenSet_New(t);
        Hs_DECREF(t);
        return fs;
    }
    if (strncmp(line, "code ", 5) == 0) {
        return read_code();
    }
    return NULL;
}

/* Reads the body of a code block whose "code ..." line is in 'line'. */
static HsObject *read_code(void) {
    char name[256], qualname[256];
    int first, flags, argc, posonly, kwonly, stack;
    sscanf(line, "code %255s %255s %d %d %d %d %d %d", name, qualname, &first, &flags, &argc,
           &posonly, &kwonly, &stack);
    static uint8_t bc[1 << 15], lt[1 << 15], et[1 << 15];
    next_line();
    size_t nbc = unhex(line + 9, bc);
    next_line();
    size_t nlt = unhex(line + 10, lt);
    next_line();
    size_t net = unhex(line + 9, et);
    hs_codeunit *code = malloc(nbc);
    memcpy(code, bc, nbc); /* little-endian: the bytes are the units */
    uint8_t *lt_copy = malloc(nlt + 1), *et_copy = malloc(net + 1);
    memcpy(lt_copy, lt, nlt);
    memcpy(et_copy, et, net);
    next_line();
    int nlocals = atoi(line + 11);
    HsObject *lnames = HsTuple_New(nlocals);
    uint8_t *kinds = malloc((size_t)nlocals + 1);
    for (int i = 0; i < nlocals; i++) {
        next_line();
        char *sp = strchr(line, ' ');
        kinds[i] = (uint8_t)atoi(line);
        HS_TUPLE_SET(lnames, i, HsUnicode_InternFromString(sp + 1));
    }
    next_line();
    int nnames = atoi(line + 6);
    HsObject *names = HsTuple_New(nnames);
    for (int i = 0; i < nnames; i++) {
        next_line();
        HS_TUPLE_SET(names, i, HsUnicode_InternFromString(line));
    }
    next_line();
    int nconsts = atoi(line + 7);
    HsObject *consts = HsTuple_New(nconsts);
    for (int i = 0; i < nconsts; i++) {
        HS_TUPLE_SET(consts, i, read_const());
    }
    next_line(); /* end */
    HsObject *fname = HsUnicode_FromString(code_filename);
    HsObject *n = HsUnicode_InternFromString(name), *q = HsUnicode_FromString(qualname);
    HsCodeSpec spec = {code, (Hs_ssize_t)(nbc / 2), consts, names, lnames, kinds, fname, n, q,
                       lt_copy, (Hs_ssize_t)nlt, et_copy, (Hs_ssize_t)net, flags, argc,
                       posonly, kwonly, stack, first};
    HsObject *co = hs_code_new(&spec);
    free(code);
    free(lt_copy);
    free(et_copy);
    free(kinds);
    HsObject *objs[] = {lnames, names, consts, fname, n, q};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
        Hs_DECREF(objs[i]);
    }
    return co;
}

HsObject *hs_vmload_builtins(void) {
    HsObject *b = HsDict_New();
#define ADD_EXC(name) HsDict_SetItemString(b, #name, HsExc_##name);
    HS_EXC_FOREACH(ADD_EXC)
#undef ADD_EXC
    return b;
}


HsObject *hs_vmload_code(FILE *fp, const char *filename) {
    in = fp;
    code_filename = filename;
    if (!next_line() || strncmp(line, "code ", 5) != 0) {
        return NULL;
    }
    return read_code();
}

const char *hs_vmload_next_line(FILE *fp) {
    in = fp;
    return next_line() ? line : NULL;
}

size_t hs_vmload_unhex(const char *hex, uint8_t *out) {
    return unhex(hex, out);
}
