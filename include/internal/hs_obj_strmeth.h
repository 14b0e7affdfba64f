/* The str type's methods, slots and iterator (CPython: Objects/unicodeobject.c's methods,
 * Objects/stringlib/). The method table and slots are wired into HsUnicode_Type by
 * src/obj/unicodeobject.c; the files implementing them share the helpers declared here:
 * searching (unicodesearch.c), case mapping (unicodecase.c), repr and iteration
 * (unicoderepr.c), the other methods and the table (unicodemethods.c).
 * See docs/internals/str.md. */
#ifndef HS_INTERNAL_HS_OBJ_STRMETH_H
#define HS_INTERNAL_HS_OBJ_STRMETH_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_str.h"

/* ==== what HsUnicode_Type points at ==== */
extern HsMethodDef hs_str_methods[];
extern HsSequenceMethods hs_str_as_sequence;
extern HsMappingMethods hs_str_as_mapping;   /* len and s[i] */
extern HsTypeObject HsUnicodeIter_Type;      /* "str_iterator" */
extern HsTypeObject HsUnicodeASCIIIter_Type; /* "str_ascii_iterator" */

/* repr(s) / ascii(s) of a str (CPython: unicode_repr). Return: new reference. */
HsObject *hs_str_repr(HsObject *s);
HsObject *hs_str_ascii(HsObject *s);
/* str(s): 's' itself for an exact str (CPython: unicode_str). Return: new reference. */
HsObject *hs_str_str(HsObject *s);
/* iter(s): a str_ascii_iterator or str_iterator. Return: new reference. */
HsObject *hs_str_iter(HsObject *s);


/* ==== result lists ====
 * split(), rsplit() and splitlines() collect their parts here and return them as a list. */
typedef struct HsStrParts {
    HsObject **items;
    Hs_ssize_t len, cap;
} HsStrParts;
void hs_strmeth_parts_init(HsStrParts *p);
/* Append 'item' (Steals: item; NULL means the caller failed: returns -1). 0 or -1. */
int hs_strmeth_parts_push(HsStrParts *p, HsObject *item);
/* Reverse the parts in place (rsplit collects from the right). */
void hs_strmeth_parts_reverse(HsStrParts *p);
/* Return: new reference to the sequence of parts; 'p' is emptied either way. */
HsObject *hs_strmeth_parts_finish(HsStrParts *p);
void hs_strmeth_parts_discard(HsStrParts *p);

/* ==== searching (unicodesearch.c) ====
 * A prepared search for 'needle' in 'hay', forward (dir > 0) or backward (dir < 0). Linear
 * time: memchr/memrchr for one code point, CPython's Horspool/bloom default_find for needles
 * of up to 32, memmem on 1-byte strings, Knuth-Morris-Pratt otherwise. */
typedef struct HsStrSearch {
    int kind; /* the haystack's kind; the needle is converted to it */
    const void *hay;
    const void *nd;
    Hs_ssize_t m; /* needle length */
    int dir;
    void *nd_owned;   /* converted needle, if one was made */
    Hs_ssize_t *fail; /* KMP table, made on first need */
    int impossible;   /* the needle holds a code point the haystack's kind cannot */
    uint64_t bloom;   /* Horspool (2 <= m <= 32): bit c & 63 set for each needle code point */
    Hs_ssize_t gap;   /* Horspool: the shift after a failed candidate */
} HsStrSearch;
/* 0, or -1 with MemoryError. */
int hs_strmeth_search_init(HsStrSearch *s, HsObject *hay, HsObject *needle, int dir);
/* The match wholly inside hay[lo:hi] that is leftmost (dir > 0) or rightmost (dir < 0), or
 * -1 if none; -2 with MemoryError. The needle must not be empty. */
Hs_ssize_t hs_strmeth_search(HsStrSearch *s, Hs_ssize_t lo, Hs_ssize_t hi);
void hs_strmeth_search_free(HsStrSearch *s);
/* Non-overlapping matches of 'needle' in hay[lo:hi], at most 'maxcount'; -1 on MemoryError.
 * An empty needle counts hi - lo + 1 positions (capped). */
Hs_ssize_t hs_strmeth_count(HsObject *hay, HsObject *needle, Hs_ssize_t lo, Hs_ssize_t hi,
                            Hs_ssize_t maxcount);

/* ==== argument helpers (unicodesearch.c) ==== */
/* CPython's ADJUST_INDICES: clamp a slice [*start:*end] of a sequence of 'len' items. */
void hs_strmeth_adjust_indices(Hs_ssize_t *start, Hs_ssize_t *end, Hs_ssize_t len);
/* _PyEval_SliceIndex: None leaves '*out' as it is; an int (clamped) sets it. 0 or -1. */
int hs_strmeth_slice_index(HsObject *o, Hs_ssize_t *out);
/* A Py_ssize_t / C int argument as Argument Clinic converts it (__index__, then
 * "Python int too large to convert to C ssize_t" / "... C int"). 0 or -1. */
int hs_strmeth_as_ssize(HsObject *o, Hs_ssize_t *out);
int hs_strmeth_as_int(HsObject *o, int *out);
/* A str built from code points of 'kind' at 'data' (narrowed). Return: new reference. */
HsObject *hs_strmeth_slice(HsObject *s, Hs_ssize_t start, Hs_ssize_t end);

/* ==== method implementations shared with the table (unicodemethods.c) ==== */
HsObject *hs_strmeth_find(HsObject *self, HsObject *args);
HsObject *hs_strmeth_rfind(HsObject *self, HsObject *args);
HsObject *hs_strmeth_index(HsObject *self, HsObject *args);
HsObject *hs_strmeth_rindex(HsObject *self, HsObject *args);
HsObject *hs_strmeth_count_meth(HsObject *self, HsObject *args);
HsObject *hs_strmeth_startswith(HsObject *self, HsObject *args);
HsObject *hs_strmeth_endswith(HsObject *self, HsObject *args);
HsObject *hs_strmeth_replace(HsObject *self, HsObject *const *args, Hs_ssize_t nargs);
HsObject *hs_strmeth_partition(HsObject *self, HsObject *sep);
HsObject *hs_strmeth_rpartition(HsObject *self, HsObject *sep);
int hs_strmeth_contains(HsObject *self, HsObject *sub);

HsObject *hs_strmeth_lower(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_upper(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_casefold(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_swapcase(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_title(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_capitalize(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_islower(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_isupper(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_istitle(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_isspace(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_isalpha(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_isalnum(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_isdecimal(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_isdigit(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_isnumeric(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_isprintable(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_isascii(HsObject *self, HsObject *unused);
HsObject *hs_strmeth_isidentifier(HsObject *self, HsObject *unused);

/* ==== formatting (unicodeformat.c, unicodepercent.c) ==== */
/* str.format / str.format_map (CPython: unicode_format.h). Return: new reference. */
HsObject *hs_strmeth_format(HsObject *self, HsObject *args, HsObject *kwargs);
HsObject *hs_strmeth_format_map(HsObject *self, HsObject *mapping);
/* str % args (CPython: PyUnicode_Format), wired as str's nb_remainder. Return: new ref. */
extern HsNumberMethods hs_str_as_number;

/* ==== sequence slots (unicoderepr.c) ==== */
Hs_ssize_t hs_strmeth_length(HsObject *self);
HsObject *hs_strmeth_item(HsObject *self, Hs_ssize_t i);
HsObject *hs_strmeth_concat(HsObject *a, HsObject *b);
HsObject *hs_strmeth_repeat(HsObject *self, Hs_ssize_t n);

#endif /* HS_INTERNAL_HS_OBJ_STRMETH_H */
