/* The Unicode character database: lookups over the tables that tools/gen_unicode_tables.py
 * generates from python3 (CPython 3.11, Unicode 14.0.0) into src/obj/unicodedb_*.inc.
 * Models CPython's Objects/unicodectype.c (str predicates, numeric values, full case
 * mappings), handle_capital_sigma/lower_ucs4 of Objects/unicodeobject.c, and the property
 * lookups of Modules/unicodedata.c.
 * Invariants: every table index is in range for any uint32_t input (values above 0x10FFFF
 * are clamped to U+10FFFF, which is unassigned); a case record's EXT bit says whether its
 * field is a delta or an 'index | count << 24' into hs_uni_extended_case, count 2..3.
 * The generated files are never edited by hand; see docs/internals/unicode.md. */
#include "internal/hs_obj_unicode.h"

#include <string.h>

/* ==== generated tables ==== */
#include "unicodedb_ctype.inc"
#include "unicodedb_db.inc"

/* ==== static helpers ==== */

/* Expand one case field of a record: a delta from 'c', or an extended entry. */
static int expand_case(uint32_t c, int32_t field, int extended, uint32_t out[HS_UNI_MAX_CASE]) {
    if (!extended) {
        out[0] = (uint32_t)((int32_t)c + field);
        return 1;
    }
    uint32_t index = (uint32_t)field & 0xFFFFFFu;
    int n = (int)((uint32_t)field >> 24);
    for (int k = 0; k < n; k++) {
        out[k] = hs_uni_extended_case[index + (uint32_t)k];
    }
    return n;
}

static const HsUniDbRecord *db_record(uint32_t c) {
    c = c > HS_UNI_MAX ? HS_UNI_MAX : c;
    uint32_t mid = hs_uni_db_index1[c >> (HS_UNI_INDEX_LO + HS_UNI_INDEX_MID)];
    uint32_t leaf = hs_uni_db_index2[(mid << HS_UNI_INDEX_MID) +
                                     ((c >> HS_UNI_INDEX_LO) & ((1u << HS_UNI_INDEX_MID) - 1))];
    return &hs_uni_db_records[hs_uni_db_index3[(leaf << HS_UNI_INDEX_LO) +
                                               (c & ((1u << HS_UNI_INDEX_LO) - 1))]];
}

/* The code point at index 'i' of a PEP 393 buffer of 'kind' bytes per code point. */
static uint32_t read_cp(int kind, const void *data, Hs_ssize_t i) {
    if (kind == 1) {
        return ((const uint8_t *)data)[i];
    }
    if (kind == 2) {
        return ((const uint16_t *)data)[i];
    }
    return ((const uint32_t *)data)[i];
}

/* ==== numeric values ==== */

int hs_uni_to_decimal(uint32_t c) {
    const HsUniCtype *ct = hs_uni_ctype(c);
    return (ct->ct_flags & HS_UNI_DECIMAL) ? ct->ct_decimal : -1;
}

int hs_uni_to_digit(uint32_t c) {
    const HsUniCtype *ct = hs_uni_ctype(c);
    return (ct->ct_flags & HS_UNI_DIGIT) ? ct->ct_digit : -1;
}

double hs_uni_to_numeric(uint32_t c) {
    return hs_uni_numeric_values[hs_uni_ctype(c)->ct_numeric];
}

/* ==== full case mappings ==== */

int hs_uni_lower_full(uint32_t c, uint32_t out[HS_UNI_MAX_CASE]) {
    const HsUniCtype *ct = hs_uni_ctype(c);
    return expand_case(c, ct->ct_lower, (ct->ct_flags & HS_UNI_EXT_LOWER) != 0, out);
}

int hs_uni_upper_full(uint32_t c, uint32_t out[HS_UNI_MAX_CASE]) {
    const HsUniCtype *ct = hs_uni_ctype(c);
    return expand_case(c, ct->ct_upper, (ct->ct_flags & HS_UNI_EXT_UPPER) != 0, out);
}

int hs_uni_title_full(uint32_t c, uint32_t out[HS_UNI_MAX_CASE]) {
    const HsUniCtype *ct = hs_uni_ctype(c);
    return expand_case(c, ct->ct_title, (ct->ct_flags & HS_UNI_EXT_TITLE) != 0, out);
}

int hs_uni_fold_full(uint32_t c, uint32_t out[HS_UNI_MAX_CASE]) {
    const HsUniCtype *ct = hs_uni_ctype(c);
    return expand_case(c, ct->ct_fold, (ct->ct_flags & HS_UNI_EXT_FOLD) != 0, out);
}

/* As CPython's handle_capital_sigma: look back over case-ignorable code points for a cased
 * one, then forward over case-ignorable ones for anything but a cased one. */
uint32_t hs_uni_final_sigma(int kind, const void *data, Hs_ssize_t length, Hs_ssize_t i) {
    Hs_ssize_t j = i - 1;
    uint32_t c = 0;
    while (j >= 0) {
        c = read_cp(kind, data, j);
        if (!hs_uni_iscaseignorable(c)) {
            break;
        }
        j--;
    }
    int final_sigma = j >= 0 && hs_uni_iscased(c);
    if (final_sigma) {
        j = i + 1;
        while (j < length) {
            c = read_cp(kind, data, j);
            if (!hs_uni_iscaseignorable(c)) {
                break;
            }
            j++;
        }
        final_sigma = j == length || !hs_uni_iscased(c);
    }
    return final_sigma ? 0x3C2 : 0x3C3;
}

int hs_uni_lower_at(int kind, const void *data, Hs_ssize_t length, Hs_ssize_t i,
                    uint32_t out[HS_UNI_MAX_CASE]) {
    uint32_t c = read_cp(kind, data, i);
    if (c == 0x3A3) {
        out[0] = hs_uni_final_sigma(kind, data, length, i);
        return 1;
    }
    return hs_uni_lower_full(c, out);
}

/* ==== unicodedata properties ==== */

const char *hs_uni_category(uint32_t c) {
    return category_names[db_record(c)->db_category];
}

const char *hs_uni_east_asian_width(uint32_t c) {
    return eaw_names[db_record(c)->db_eaw];
}

int hs_uni_combining(uint32_t c) {
    return db_record(c)->db_combining;
}
