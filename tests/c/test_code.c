/* Code objects: construction and the two table decoders, checked against CPython 3.11's own
 * tables (tests/data/code/tables.txt, written by tools/gen_code_tables.py from python3):
 * every code unit's co_positions() entry and every exception-table handler must decode to
 * what CPython decodes. */
#include "hs_test.h"
#include "internal/hs_obj_code.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"

#include <stdlib.h>
#include <string.h>

static size_t unhex(const char *hex, uint8_t *out, size_t cap) {
    size_t n = 0;
    while (hex[0] && hex[1] && hex[0] != '\n' && n < cap) {
        unsigned v;
        sscanf(hex, "%2x", &v);
        out[n++] = (uint8_t)v;
        hex += 2;
    }
    return n;
}

/* A code object with the given tables and 'nunits' NOP units. */
static HsCodeObject *make_code(int firstlineno, Hs_ssize_t nunits, const uint8_t *lt,
                               size_t ltn, const uint8_t *et, size_t etn) {
    hs_codeunit *code = calloc((size_t)nunits, sizeof(hs_codeunit));
    HsObject *empty = HsTuple_New(0), *name = HsUnicode_FromString("f");
    HsCodeSpec spec = {code, nunits, empty, empty, empty, NULL, name, name, name,
                       lt, (Hs_ssize_t)ltn, et, (Hs_ssize_t)etn, 0, 0, 0, 0, 1, firstlineno};
    HsObject *co = hs_code_new(&spec);
    Hs_DECREF(empty);
    Hs_DECREF(name);
    free(code);
    return (HsCodeObject *)co;
}

static void test_tables_decode_like_cpython(void) {
    FILE *f = fopen("tests/data/code/tables.txt", "r");
    HS_CHECK(f != NULL);
    static char line[65536];
    static uint8_t lt[16384], et[16384];
    size_t ltn = 0, etn = 0;
    int first = 0, checked_pos = 0, checked_handlers = 0;
    Hs_ssize_t nunits = 0;
    HsCodeObject *co = NULL;
    char name[128];
    while (fgets(line, sizeof line, f) != NULL) {
        if (sscanf(line, "code %127s %d %zd", name, &first, &nunits) == 3) {
            Hs_XDECREF(co);
            co = NULL;
        } else if (strncmp(line, "linetable ", 10) == 0) {
            ltn = unhex(line + 10, lt, sizeof lt);
        } else if (strncmp(line, "exctable ", 9) == 0) {
            etn = unhex(line + 9, et, sizeof et);
            co = make_code(first, nunits, lt, ltn, et, etn);
            HS_CHECK(co != NULL);
        } else if (strncmp(line, "pos ", 4) == 0) {
            long i;
            int l, el, c, ec, gl, gel, gc, gec;
            sscanf(line + 4, "%ld %d %d %d %d", &i, &l, &el, &c, &ec);
            hs_code_addr2location(co, i, &gl, &gel, &gc, &gec);
            if (gl != l || gel != el || gc != c || gec != ec) {
                printf("  %s unit %ld: want %d %d %d %d got %d %d %d %d\n", name, i, l, el, c,
                       ec, gl, gel, gc, gec);
                HS_CHECK(0);
            }
            HS_CHECK_EQ(hs_code_addr2line(co, i), l);
            checked_pos++;
        } else if (strncmp(line, "handler ", 8) == 0) {
            long i, target;
            int depth, lasti, gdepth, glasti;
            Hs_ssize_t gtarget;
            sscanf(line + 8, "%ld %ld %d %d", &i, &target, &depth, &lasti);
            HS_CHECK(hs_code_find_handler(co, i, &gtarget, &gdepth, &glasti) == 1);
            HS_CHECK(gtarget == target && gdepth == depth && glasti == lasti);
            checked_handlers++;
        }
    }
    fclose(f);
    Hs_XDECREF(co);
    HS_CHECK(checked_pos > 250);
    HS_CHECK(checked_handlers > 50);
}

static void test_counts_from_kinds(void) {
    hs_codeunit code[1] = {0};
    uint8_t kinds[5] = {HS_CO_FAST_LOCAL, HS_CO_FAST_LOCAL | HS_CO_FAST_CELL, HS_CO_FAST_CELL,
                        HS_CO_FAST_FREE, HS_CO_FAST_LOCAL};
    HsObject *names = HsTuple_New(5);
    for (int i = 0; i < 5; i++) {
        char n[4] = {'v', (char)('0' + i), 0, 0};
        HS_TUPLE_SET(names, i, HsUnicode_FromString(n));
    }
    HsObject *empty = HsTuple_New(0), *nm = HsUnicode_FromString("g");
    HsCodeSpec spec = {code, 1, empty, empty, names, kinds, nm, nm, NULL,
                       (const uint8_t *)"", 0, (const uint8_t *)"", 0, 3, 2, 0, 0, 4, 7};
    HsCodeObject *co = (HsCodeObject *)hs_code_new(&spec);
    HS_CHECK(co != NULL);
    HS_CHECK_EQ(co->co_nlocalsplus, 5);
    HS_CHECK_EQ(co->co_nlocals, 3);
    HS_CHECK_EQ(co->co_ncellvars, 2);
    HS_CHECK_EQ(co->co_nplaincellvars, 1);
    HS_CHECK_EQ(co->co_nfreevars, 1);
    HS_CHECK(co->co_qualname == nm); /* defaults to the name */
    HS_CHECK(hs_code_find_handler(co, 0, &(Hs_ssize_t){0}, &(int){0}, &(int){0}) == 0);
    Hs_DECREF(co);
    Hs_DECREF(names);
    Hs_DECREF(empty);
    Hs_DECREF(nm);
}

HS_TEST_MAIN(test_tables_decode_like_cpython, test_counts_from_kinds)
