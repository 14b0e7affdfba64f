/* str case mapping and the character-class predicates (CPython: Objects/unicodeobject.c,
 * do_upper/do_lower/do_casefold/do_swapcase/do_title/do_capitalize and unicode_is*).
 * Every mapping is the full one from the Unicode database (a code point may become up to
 * three), lower() applies the final-sigma rule through hs_uni_lower_at, and results are
 * built in a UCS4 buffer and narrowed, so they come out in the narrowest kind. An ASCII
 * string takes a table-free fast path for upper/lower/casefold (same length, still ASCII).
 * Invariant: methods read the receiver through hs_str_read, so all three kinds share code. */
#include "internal/hs_obj_strmeth.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_unicode.h"
#include "internal/hs_mem.h"
#include "hs/errors.h"

#include <string.h>

/* ==== static helpers ==== */

enum { MAP_LOWER, MAP_UPPER, MAP_FOLD, MAP_SWAP, MAP_TITLE, MAP_CAPITALIZE };

static HsObject *bool_obj(int v) {
    return Hs_NewRef(v ? Hs_True : Hs_False);
}

/* ASCII upper/lower: same length, still ASCII. Eight bytes at a time: every byte is below
 * 0x80, so adding 0x80 - lo (bit 7 set iff b >= lo) and 0x80 - hi - 1 (bit 7 set iff b > hi)
 * never carries into the next byte; the bytes with the first bit and not the second are the
 * letters to change, and 0x80 >> 2 is the 0x20 that changes their case. */
static HsObject *ascii_case(HsObject *self, int upper) {
    Hs_ssize_t n = HS_STR_LEN(self), i = 0;
    HsObject *r = HsUnicode_New(n, 0x7f);
    if (r == NULL) {
        return NULL;
    }
    const uint8_t *src = HS_STR_1BYTE(self);
    uint8_t *dst = HS_STR_1BYTE(r);
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    const uint64_t ge = ones * (uint64_t)(0x80 - (upper ? 'a' : 'A'));
    const uint64_t gt = ones * (uint64_t)(0x80 - (upper ? 'z' : 'Z') - 1);
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, src + i, 8);
        uint64_t flip = (((x + ge) & ~(x + gt)) & high) >> 2;
        x = upper ? x - flip : x + flip;
        memcpy(dst + i, &x, 8);
    }
    for (; i < n; i++) {
        uint8_t c = src[i];
        if (upper && c >= 'a' && c <= 'z') {
            c = (uint8_t)(c - 32);
        } else if (!upper && c >= 'A' && c <= 'Z') {
            c = (uint8_t)(c + 32);
        }
        dst[i] = c;
    }
    return r;
}

/* The mapping of the code point at 'i' under 'mode'; 'prev_cased' is title()'s state. */
static int map_at(HsObject *self, Hs_ssize_t i, int mode, int prev_cased, uint32_t *out) {
    int kind = HS_STR_KIND(self);
    const void *data = HS_STR_DATA(self);
    Hs_ssize_t n = HS_STR_LEN(self);
    uint32_t c = hs_str_read(kind, data, i);
    switch (mode) {
    case MAP_LOWER:
        return hs_uni_lower_at(kind, data, n, i, out);
    case MAP_UPPER:
        return hs_uni_upper_full(c, out);
    case MAP_FOLD:
        return hs_uni_fold_full(c, out);
    case MAP_SWAP:
        if (hs_uni_isupper(c)) {
            return hs_uni_lower_at(kind, data, n, i, out);
        }
        if (hs_uni_islower(c)) {
            return hs_uni_upper_full(c, out);
        }
        out[0] = c;
        return 1;
    case MAP_TITLE:
        return prev_cased ? hs_uni_lower_at(kind, data, n, i, out) : hs_uni_title_full(c, out);
    default: /* MAP_CAPITALIZE */
        return i == 0 ? hs_uni_title_full(c, out) : hs_uni_lower_at(kind, data, n, i, out);
    }
}

/* CPython: case_operation. Maps into a UCS4 buffer of 3 code points per input (the longest
 * full mapping), then narrows. */
static HsObject *case_map(HsObject *self, int mode) {
    if (HS_STR_IS_ASCII(self) && (mode == MAP_LOWER || mode == MAP_UPPER || mode == MAP_FOLD)) {
        return ascii_case(self, mode == MAP_UPPER);
    }
    Hs_ssize_t n = HS_STR_LEN(self);
    if (n > HS_SSIZE_T_MAX / (HS_UNI_MAX_CASE * (Hs_ssize_t)sizeof(uint32_t))) {
        return HsErr_NoMemory();
    }
    uint32_t *buf = hs_mem_raw_malloc((size_t)(n ? n : 1) * HS_UNI_MAX_CASE * sizeof(uint32_t));
    if (buf == NULL) {
        return HsErr_NoMemory();
    }
    Hs_ssize_t len = 0;
    int prev_cased = 0;
    for (Hs_ssize_t i = 0; i < n; i++) {
        len += map_at(self, i, mode, prev_cased, buf + len);
        if (mode == MAP_TITLE) {
            prev_cased = hs_uni_iscased(HS_STR_READ_CHAR(self, i));
        }
    }
    HsObject *r = HsUnicode_FromKindAndData(HS_STR_4BYTE_KIND, buf, len);
    hs_mem_raw_free(buf);
    return r;
}

/* True if every code point has a flag of 'mask' (and the string is not empty). */
static HsObject *all_flags(HsObject *self, uint32_t mask) {
    Hs_ssize_t n = HS_STR_LEN(self);
    if (n == 0) {
        return bool_obj(0);
    }
    int kind = HS_STR_KIND(self);
    const void *data = HS_STR_DATA(self);
    for (Hs_ssize_t i = 0; i < n; i++) {
        if ((hs_uni_flags(hs_str_read(kind, data, i)) & mask) == 0) {
            return bool_obj(0);
        }
    }
    return bool_obj(1);
}

/* ==== public API: mappings ==== */

HsObject *hs_strmeth_lower(HsObject *self, HsObject *unused) {
    (void)unused;
    return case_map(self, MAP_LOWER);
}

HsObject *hs_strmeth_upper(HsObject *self, HsObject *unused) {
    (void)unused;
    return case_map(self, MAP_UPPER);
}

HsObject *hs_strmeth_casefold(HsObject *self, HsObject *unused) {
    (void)unused;
    return case_map(self, MAP_FOLD);
}

HsObject *hs_strmeth_swapcase(HsObject *self, HsObject *unused) {
    (void)unused;
    return case_map(self, MAP_SWAP);
}

HsObject *hs_strmeth_title(HsObject *self, HsObject *unused) {
    (void)unused;
    return case_map(self, MAP_TITLE);
}

HsObject *hs_strmeth_capitalize(HsObject *self, HsObject *unused) {
    (void)unused;
    return case_map(self, MAP_CAPITALIZE);
}

/* ==== public API: predicates ==== */

/* CPython: unicode_islower_impl. */
HsObject *hs_strmeth_islower(HsObject *self, HsObject *unused) {
    (void)unused;
    int cased = 0;
    for (Hs_ssize_t i = 0; i < HS_STR_LEN(self); i++) {
        uint32_t c = HS_STR_READ_CHAR(self, i);
        if (hs_uni_isupper(c) || hs_uni_istitle(c)) {
            return bool_obj(0);
        }
        cased |= hs_uni_islower(c);
    }
    return bool_obj(cased);
}

/* CPython: unicode_isupper_impl. */
HsObject *hs_strmeth_isupper(HsObject *self, HsObject *unused) {
    (void)unused;
    int cased = 0;
    for (Hs_ssize_t i = 0; i < HS_STR_LEN(self); i++) {
        uint32_t c = HS_STR_READ_CHAR(self, i);
        if (hs_uni_islower(c) || hs_uni_istitle(c)) {
            return bool_obj(0);
        }
        cased |= hs_uni_isupper(c);
    }
    return bool_obj(cased);
}

/* CPython: unicode_istitle_impl. */
HsObject *hs_strmeth_istitle(HsObject *self, HsObject *unused) {
    (void)unused;
    int cased = 0, prev_cased = 0;
    for (Hs_ssize_t i = 0; i < HS_STR_LEN(self); i++) {
        uint32_t c = HS_STR_READ_CHAR(self, i);
        if (hs_uni_isupper(c) || hs_uni_istitle(c)) {
            if (prev_cased) {
                return bool_obj(0);
            }
            prev_cased = cased = 1;
        } else if (hs_uni_islower(c)) {
            if (!prev_cased) {
                return bool_obj(0);
            }
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return bool_obj(cased);
}

HsObject *hs_strmeth_isspace(HsObject *self, HsObject *unused) {
    (void)unused;
    return all_flags(self, HS_UNI_SPACE);
}

HsObject *hs_strmeth_isalpha(HsObject *self, HsObject *unused) {
    (void)unused;
    return all_flags(self, HS_UNI_ALPHA);
}

HsObject *hs_strmeth_isalnum(HsObject *self, HsObject *unused) {
    (void)unused;
    return all_flags(self, HS_UNI_ALNUM);
}

HsObject *hs_strmeth_isdecimal(HsObject *self, HsObject *unused) {
    (void)unused;
    return all_flags(self, HS_UNI_DECIMAL);
}

HsObject *hs_strmeth_isdigit(HsObject *self, HsObject *unused) {
    (void)unused;
    return all_flags(self, HS_UNI_DIGIT);
}

HsObject *hs_strmeth_isnumeric(HsObject *self, HsObject *unused) {
    (void)unused;
    return all_flags(self, HS_UNI_NUMERIC);
}

/* The empty string is printable (CPython: unicode_isprintable_impl). */
HsObject *hs_strmeth_isprintable(HsObject *self, HsObject *unused) {
    (void)unused;
    for (Hs_ssize_t i = 0; i < HS_STR_LEN(self); i++) {
        if (!hs_uni_isprintable(HS_STR_READ_CHAR(self, i))) {
            return bool_obj(0);
        }
    }
    return bool_obj(1);
}

HsObject *hs_strmeth_isascii(HsObject *self, HsObject *unused) {
    (void)unused;
    return bool_obj(HS_STR_IS_ASCII(self));
}

/* XID_Start or '_' first, XID_Continue after, on the raw code points (no NFKC), as
 * CPython's PyUnicode_IsIdentifier. */
HsObject *hs_strmeth_isidentifier(HsObject *self, HsObject *unused) {
    (void)unused;
    Hs_ssize_t n = HS_STR_LEN(self);
    if (n == 0) {
        return bool_obj(0);
    }
    uint32_t c = HS_STR_READ_CHAR(self, 0);
    if (!hs_uni_isxidstart(c) && c != '_') {
        return bool_obj(0);
    }
    for (Hs_ssize_t i = 1; i < n; i++) {
        if (!hs_uni_isxidcontinue(HS_STR_READ_CHAR(self, i))) {
            return bool_obj(0);
        }
    }
    return bool_obj(1);
}
