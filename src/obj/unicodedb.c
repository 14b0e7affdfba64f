/* The Unicode character database: lookups over the tables that tools/gen_unicode_tables.py
 * generates from python3 (CPython 3.11, Unicode 14.0.0) into src/obj/unicodedb_*.inc.
 * Models CPython's Objects/unicodectype.c (str predicates, numeric values, full case
 * mappings), handle_capital_sigma/lower_ucs4 of Objects/unicodeobject.c, and the property,
 * name (_getucname/_getcode) and normalization (nfd_nfkd/nfc_nfkc) code of
 * Modules/unicodedata.c.
 * Invariants: every table index is in range for any uint32_t input (values above 0x10FFFF
 * are clamped to U+10FFFF, which is unassigned); a case record's EXT bit says whether its
 * field is a delta or an 'index | count << 24' into hs_uni_extended_case, count 2..3.
 * The generated files are never edited by hand; see docs/internals/unicode.md. */
#include "internal/hs_obj_unicode.h"

#include <stdio.h>
#include <string.h>

/* ==== constants and generated tables ==== */

/* Names (docs/internals/unicode.md): the generated strings use 92 printable symbols as
 * base-92 digits. name_book holds, in code point order, each name as word codes (1..3
 * symbols) ended by symbol 0; name_book_offsets gives the start of every 8th name,
 * name_lexicon the words (space-separated, most frequent first) with the start of every 16th
 * word in name_lexicon_offsets, name_sorted the name numbers in byte order of the names. */
#define NAME_BUF 256 /* longer queries match nothing */

/* Hangul syllables: L V T jamo, algorithmic (Unicode chapter 3.12). */
#define HANGUL_BASE 0xAC00u
#define HANGUL_COUNT 11172u
#define HANGUL_L 0x1100u
#define HANGUL_V 0x1161u
#define HANGUL_T 0x11A7u

#include "unicodedb_ctype.inc"
#include "unicodedb_db.inc"
#include "unicodedb_names.inc"
#include "unicodedb_norm.inc"

/* ==== static helpers: records ==== */

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

/* ==== static helpers: names ==== */

static uint32_t b92(char ch) {
    uint32_t v = (uint32_t)(unsigned char)ch - 0x20u;
    return v - (ch > '"') - (ch > '?') - (ch > '\\');
}

static uint32_t b92_fixed3(const char *p) {
    return (b92(p[0]) * 92u + b92(p[1])) * 92u + b92(p[2]);
}

/* Decode the word code at 'p' into '*k'; return the position after it, or NULL if 'p' is the
 * end-of-name symbol. */
static const char *next_word(const char *p, uint32_t *k) {
    uint32_t s = b92(p[0]);
    if (s == 0) {
        return NULL;
    }
    if (s <= NAME_ONE_SYMBOL) {
        *k = s - 1;
        return p + 1;
    }
    if (s <= NAME_ONE_SYMBOL + NAME_TWO_LEADS) {
        *k = NAME_ONE_SYMBOL + (s - 1 - NAME_ONE_SYMBOL) * 92u + b92(p[1]);
        return p + 2;
    }
    *k = NAME_ONE_SYMBOL + NAME_TWO_LEADS * 92u +
         (s - 1 - NAME_ONE_SYMBOL - NAME_TWO_LEADS) * 92u * 92u + b92(p[1]) * 92u + b92(p[2]);
    return p + 3;
}

/* Append word 'k' to 'buf' (length 'at', capacity 'size'); return the new length, or
 * 'size' if it did not fit. */
static size_t append_word(uint32_t k, char *buf, size_t at, size_t size) {
    const char *p = name_lexicon + b92_fixed3(name_lexicon_offsets + 3 * (k >> 4));
    for (uint32_t skip = k & 15; skip > 0; p++) {
        skip -= *p == ' ';
    }
    for (; *p != ' '; p++) {
        if (at + 1 >= size) {
            return size;
        }
        buf[at++] = *p;
    }
    return at;
}

/* Write phrasebook name number 'rank' into 'buf' NUL-terminated; return its length, or -1
 * if it does not fit in 'size'. */
static int decode_name(uint32_t rank, char *buf, size_t size) {
    const char *p = name_book + b92_fixed3(name_book_offsets + 3 * (rank >> 3));
    uint32_t k;
    for (uint32_t skip = rank & 7; skip > 0;) {
        const char *q = next_word(p, &k);
        skip -= q == NULL;
        p = q == NULL ? p + 1 : q;
    }
    size_t at = 0;
    for (const char *q; (q = next_word(p, &k)) != NULL; p = q) {
        if (at > 0 && at + 1 < size) {
            buf[at++] = ' ';
        }
        at = append_word(k, buf, at, size);
        if (at >= size) {
            return -1;
        }
    }
    buf[at] = '\0';
    return (int)at;
}

/* The phrasebook name number of 'c', or -1 if it has none there (binary search of runs). */
static int32_t name_rank(uint32_t c) {
    uint32_t lo = 0, hi = NAME_RUNS;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (name_run_start[mid] <= c) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    if (c < name_run_start[lo]) {
        return -1;
    }
    uint32_t rank = name_run_rank[lo] + (c - name_run_start[lo]);
    uint32_t end = lo + 1 < NAME_RUNS ? name_run_rank[lo + 1] : NAME_COUNT;
    return rank < end ? (int32_t)rank : -1;
}

/* The code point of phrasebook name number 'rank' (binary search of the runs). */
static uint32_t rank_to_cp(uint32_t rank) {
    uint32_t lo = 0, hi = NAME_RUNS;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (name_run_rank[mid] <= rank) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return name_run_start[lo] + (rank - name_run_rank[lo]);
}

/* Longest jamo of 'table' (n entries) that 'str' starts with: its index in '*pos' (left alone
 * if none) and its length as the return value (0 if none). */
static size_t find_syllable(const char *str, const char *const *table, int n, int *pos) {
    int len = -1;
    for (int i = 0; i < n; i++) {
        int len1 = (int)strlen(table[i]);
        if (len1 > len && strncmp(str, table[i], (size_t)len1) == 0) {
            len = len1;
            *pos = i;
        }
    }
    return len < 0 ? 0 : (size_t)len;
}

/* "HANGUL SYLLABLE ..." after its prefix: 1 and '*cp' if it spells a syllable. */
static int lookup_hangul(const char *jamo, size_t len, uint32_t *cp) {
    int l = -1, v = -1, t = -1;
    const char *p = jamo;
    p += find_syllable(p, jamo_l, 19, &l);
    p += find_syllable(p, jamo_v, 21, &v);
    p += find_syllable(p, jamo_t, 28, &t);
    if (l < 0 || v < 0 || t < 0 || (size_t)(p - jamo) != len) {
        return 0;
    }
    *cp = HANGUL_BASE + ((uint32_t)l * 21u + (uint32_t)v) * 28u + (uint32_t)t;
    return 1;
}

/* Parse 'n' upper-case hex digits; return the value or UINT32_MAX. */
static uint32_t parse_hex_upper(const char *p, size_t n) {
    uint32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = p[i];
        if (ch >= '0' && ch <= '9') {
            v = v * 16 + (uint32_t)(ch - '0');
        } else if (ch >= 'A' && ch <= 'F') {
            v = v * 16 + (uint32_t)(ch - 'A' + 10);
        } else {
            return UINT32_MAX;
        }
    }
    return v;
}

/* The prefix-hex range holding 'c' ("CJK UNIFIED IDEOGRAPH-4E00"...), or -1. */
static int name_range_of(uint32_t c) {
    for (int i = 0; i < NAME_RANGES; i++) {
        if (c >= name_ranges[i].start && c <= name_ranges[i].end) {
            return i;
        }
    }
    return -1;
}

/* A prefix-hex name: 1 and '*cp' if it is one. Prefix 0 (CJK unified ideographs) follows
 * CPython 3.11's own rule: the prefix, then 4 or 5 upper-case hex digits ('name' as given).
 * The others are ordinary names to CPython: 'name' is upper-cased and must read exactly as
 * name() spells it. 'first'..'last' choose the prefixes. */
static int lookup_prefix_hex(const char *name, size_t len, int first, int last, uint32_t *cp) {
    for (int k = first; k <= last; k++) {
        size_t plen = strlen(name_prefixes[k]);
        if (len <= plen || memcmp(name, name_prefixes[k], plen) != 0 || len - plen > 6) {
            continue;
        }
        uint32_t v = parse_hex_upper(name + plen, len - plen);
        int r = v == UINT32_MAX ? -1 : name_range_of(v);
        char spelled[8];
        snprintf(spelled, sizeof spelled, "%04X", (unsigned)(v & 0xFFFFFF));
        if (r >= 0 && name_ranges[r].prefix == k &&
            (k == 0 ? len - plen >= 4 && len - plen <= 5 : strcmp(spelled, name + plen) == 0)) {
            *cp = v;
            return 1;
        }
    }
    return 0;
}

/* Copy 'name' NUL-terminated into 'out', upper-cased (ASCII, as Py_TOUPPER) if 'upper'; 0
 * if it is too long or holds a NUL, so that it can match nothing. */
static int copy_name(const char *name, size_t len, int upper, char out[NAME_BUF]) {
    if (len >= NAME_BUF || memchr(name, '\0', len) != NULL) {
        return 0;
    }
    for (size_t i = 0; i < len; i++) {
        char ch = name[i];
        out[i] = (upper && ch >= 'a' && ch <= 'z') ? (char)(ch - 'a' + 'A') : ch;
    }
    out[len] = '\0';
    return 1;
}

/* Binary search of the phrasebook names in byte order. */
static int lookup_book(const char *upper, uint32_t *cp) {
    char buf[NAME_BUF];
    uint32_t lo = 0, hi = NAME_COUNT;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        uint32_t rank = b92_fixed3(name_sorted + 3 * mid);
        int cmp = decode_name(rank, buf, sizeof buf) < 0 ? 1 : strcmp(upper, buf);
        if (cmp == 0) {
            *cp = rank_to_cp(rank);
            return 1;
        }
        if (cmp < 0) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return 0;
}

/* Binary search of a sorted table of 'n' entries of 'stride' bytes, each starting with a
 * 'const char *' name; return the entry or NULL. */
static const void *search_named(const void *table, size_t n, size_t stride, const char *upper) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *const *entry = (const char *const *)((const char *)table + mid * stride);
        int cmp = strcmp(upper, *entry);
        if (cmp == 0) {
            return entry;
        }
        if (cmp < 0) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return NULL;
}

/* ==== static helpers: normalization ==== */
/* Decomposition is the raw unicodedata.decomposition() applied recursively (canonical only
 * for NFD/NFC, every tag for NFKD/NFKC) plus algorithmic Hangul, then canonical ordering;
 * composition is the standard algorithm over the pairs NFC composes (exclusions left out
 * by the generator) plus Hangul L+V and LV+T. */

/* The decomp_data entry of 'c' (0 = none). */
static uint32_t decomp_entry(uint32_t c) {
    if (c > HS_UNI_MAX) {
        return 0;
    }
    uint32_t mid = decomp_index1[c >> (HS_UNI_INDEX_LO + HS_UNI_INDEX_MID)];
    uint32_t leaf = decomp_index2[(mid << HS_UNI_INDEX_MID) +
                                  ((c >> HS_UNI_INDEX_LO) & ((1u << HS_UNI_INDEX_MID) - 1))];
    return decomp_index3[(leaf << HS_UNI_INDEX_LO) + (c & ((1u << HS_UNI_INDEX_LO) - 1))];
}

/* Fully decompose 'c' into 'out' (room for HS_UNI_NORM_MAX_EXPANSION); return the count. */
static int decompose_cp(uint32_t c, int compat, uint32_t *out) {
    if (c >= HANGUL_BASE && c < HANGUL_BASE + HANGUL_COUNT) {
        uint32_t s = c - HANGUL_BASE;
        out[0] = HANGUL_L + s / 588;
        out[1] = HANGUL_V + s % 588 / 28;
        out[2] = HANGUL_T + s % 28;
        return s % 28 ? 3 : 2;
    }
    uint32_t e = decomp_entry(c);
    if (e == 0 || ((decomp_data[e] >> 8) != 0 && !compat)) {
        out[0] = c;
        return 1;
    }
    int n = 0;
    uint32_t count = decomp_data[e] & 0xFF;
    for (uint32_t k = 1; k <= count; k++) {
        n += decompose_cp(decomp_data[e + k], compat, out + n);
    }
    return n;
}

/* Canonical ordering: stable sort of each run of non-starters by combining class. */
static void canonical_order(uint32_t *s, Hs_ssize_t n) {
    for (Hs_ssize_t i = 1; i < n; i++) {
        uint32_t c = s[i];
        int ccc = hs_uni_combining(c);
        Hs_ssize_t j = i;
        while (ccc != 0 && j > 0 && hs_uni_combining(s[j - 1]) > ccc) {
            s[j] = s[j - 1];
            j--;
        }
        s[j] = c;
    }
}

/* The primary composite of 'a' + 'b', or 0 if there is none. */
static uint32_t compose_pair(uint32_t a, uint32_t b) {
    if (a >= HANGUL_L && a < HANGUL_L + 19 && b >= HANGUL_V && b < HANGUL_V + 21) {
        return HANGUL_BASE + ((a - HANGUL_L) * 21 + (b - HANGUL_V)) * 28;
    }
    if (a >= HANGUL_BASE && a < HANGUL_BASE + HANGUL_COUNT && (a - HANGUL_BASE) % 28 == 0 &&
        b > HANGUL_T && b < HANGUL_T + 28) {
        return a + (b - HANGUL_T);
    }
    uint64_t key = (uint64_t)a << 21 | b;
    size_t lo = 0, hi = NORM_PAIRS;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (comp_pairs[mid] == key) {
            return comp_result[mid];
        }
        if (comp_pairs[mid] < key) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return 0;
}

/* Canonical composition of 's' in place; return the new length. A character combines with
 * the last starter unless something between is a starter or has a class >= its own. */
static Hs_ssize_t compose(uint32_t *s, Hs_ssize_t n) {
    Hs_ssize_t len = 0, starter = -1;
    int last_ccc = -1; // class of the last character kept after the starter; -1 = none
    for (Hs_ssize_t i = 0; i < n; i++) {
        uint32_t c = s[i];
        int ccc = hs_uni_combining(c);
        if (starter >= 0 && (last_ccc == -1 || (last_ccc < ccc))) {
            uint32_t composite = compose_pair(s[starter], c);
            if (composite != 0) {
                s[starter] = composite;
                continue;
            }
        }
        if (ccc == 0) {
            starter = len;
            last_ccc = -1;
        } else {
            last_ccc = ccc;
        }
        s[len++] = c;
    }
    return len;
}

/* ==== internal API: numeric values and case mapping ==== */

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

/* ==== internal API: unicodedata properties, names, normalization ==== */

const char *hs_uni_category(uint32_t c) {
    return category_names[db_record(c)->db_category];
}

const char *hs_uni_east_asian_width(uint32_t c) {
    return eaw_names[db_record(c)->db_eaw];
}

int hs_uni_combining(uint32_t c) {
    return db_record(c)->db_combining;
}

int hs_uni_name(uint32_t c, char *buf, size_t size) {
    if (size == 0) {
        return -1;
    }
    buf[0] = '\0';
    if (c >= HANGUL_BASE && c < HANGUL_BASE + HANGUL_COUNT) {
        uint32_t s = c - HANGUL_BASE;
        int n = snprintf(buf, size, "HANGUL SYLLABLE %s%s%s", jamo_l[s / 588], jamo_v[s % 588 / 28],
                         jamo_t[s % 28]);
        return (size_t)n < size ? n : -1;
    }
    int r = name_range_of(c);
    if (r >= 0) {
        int n = snprintf(buf, size, "%s%04X", name_prefixes[name_ranges[r].prefix], (unsigned)c);
        return (size_t)n < size ? n : -1;
    }
    int32_t rank = name_rank(c);
    return rank < 0 ? 0 : decode_name((uint32_t)rank, buf, size);
}

int hs_uni_lookup(const char *name, size_t len, uint32_t *cp) {
    char buf[NAME_BUF];
    if (len >= 16 && memcmp(name, "HANGUL SYLLABLE ", 16) == 0) {
        return copy_name(name + 16, len - 16, 0, buf) && lookup_hangul(buf, len - 16, cp);
    }
    if (len >= 22 && memcmp(name, name_prefixes[0], 22) == 0) {
        return lookup_prefix_hex(name, len, 0, 0, cp);
    }
    if (!copy_name(name, len, 1, buf)) {
        return 0;
    }
    int nprefixes = (int)(sizeof name_prefixes / sizeof name_prefixes[0]);
    if (lookup_prefix_hex(buf, len, 1, nprefixes - 1, cp) || lookup_book(buf, cp)) {
        return 1;
    }
    const struct name_alias *al =
        search_named(name_aliases, NAME_ALIASES, sizeof name_aliases[0], buf);
    if (al != NULL) {
        *cp = al->cp;
        return 1;
    }
    return 0;
}

int hs_uni_lookup_sequence(const char *name, size_t len, uint32_t out[HS_UNI_MAX_SEQUENCE]) {
    char buf[NAME_BUF];
    if (!copy_name(name, len, 1, buf)) {
        return 0;
    }
    const struct name_sequence *seq =
        search_named(name_sequences, NAME_SEQUENCES, sizeof name_sequences[0], buf);
    int n = 0;
    while (seq != NULL && n < HS_UNI_MAX_SEQUENCE && seq->cps[n] != 0) {
        out[n] = seq->cps[n];
        n++;
    }
    return n;
}

Hs_ssize_t hs_uni_normalize(int form, const uint32_t *in, Hs_ssize_t n, uint32_t *out) {
    int compat = form == HS_UNI_NFKC || form == HS_UNI_NFKD;
    Hs_ssize_t len = 0;
    for (Hs_ssize_t i = 0; i < n; i++) {
        len += decompose_cp(in[i], compat, out + len);
    }
    canonical_order(out, len);
    if (form == HS_UNI_NFC || form == HS_UNI_NFKC) {
        len = compose(out, len);
    }
    return len;
}

int hs_uni_decomposition(uint32_t c, char *buf, size_t size) {
    uint32_t e = decomp_entry(c);
    if (size == 0) {
        return -1;
    }
    buf[0] = '\0';
    if (e == 0) {
        return 0;
    }
    const char *tag = decomp_tags[decomp_data[e] >> 8];
    size_t at = (size_t)snprintf(buf, size, "%s", tag);
    for (uint32_t k = 1; k <= (decomp_data[e] & 0xFF) && at < size; k++) {
        at += (size_t)snprintf(buf + at, size - at, at ? " %04X" : "%04X",
                               (unsigned)decomp_data[e + k]);
    }
    return at < size ? (int)at : -1;
}
