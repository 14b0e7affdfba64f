/* str.format and str.format_map (CPython 3.11: Objects/stringlib/unicode_format.h).
 * The format string is walked as code points: literal text (with '{{' and '}}' escapes) is
 * copied, each replacement field '{name!conv:spec}' is parsed with CPython's rules, its object
 * looked up (positional index or keyword, then '.attr' / '[key]' steps), converted (!r !s !a),
 * and formatted with HsObject_Format; a spec holding nested fields is expanded recursively
 * (depth 2, as CPython). Error messages are CPython's.
 * Invariant: every helper returns 0/-1 (or a new reference / NULL) with the exception set on
 * failure; the writer is discarded by the caller on failure. */
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_strmeth.h"
#include "internal/hs_obj_tuple.h"
#include "hs/abstract.h"
#include "hs/errors.h"
#include "hs/refcount.h"

/* ==== substrings of the format string ==== */

typedef struct Sub {
    HsObject *str;
    Hs_ssize_t start, end;
} Sub;

enum { ANS_INIT, ANS_AUTO, ANS_MANUAL };

typedef struct AutoNumber {
    int state;
    Hs_ssize_t next;
} AutoNumber;

static uint32_t rd(const Sub *s, Hs_ssize_t i) {
    return HS_STR_READ_CHAR(s->str, i);
}

/* Return: new reference to the text of 's'. */
static HsObject *sub_object(const Sub *s) {
    return HsUnicode_Substring(s->str, s->start, s->end);
}

/* The decimal value of 's', or -1 if it is empty or holds a non-digit; -1 with ValueError
 * on overflow (CPython: get_integer). */
static Hs_ssize_t get_integer(const Sub *s) {
    Hs_ssize_t acc = 0;
    if (s->start >= s->end) {
        return -1;
    }
    for (Hs_ssize_t i = s->start; i < s->end; i++) {
        uint32_t c = rd(s, i);
        if (c < '0' || c > '9') {
            return -1;
        }
        if (acc > (HS_SSIZE_T_MAX - (Hs_ssize_t)(c - '0')) / 10) {
            HsErr_SetString(HsExc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + (Hs_ssize_t)(c - '0');
    }
    return acc;
}

/* ==== field names ==== */

/* One '.attr' or '[key]' step of 'rest': 1 at the end, 2 with a step, 0 on error
 * (CPython: FieldNameIterator_next). */
static int field_next(Sub *rest, int *is_attr, Hs_ssize_t *idx, Sub *name) {
    if (rest->start >= rest->end) {
        return 1;
    }
    uint32_t c = rd(rest, rest->start++);
    name->str = rest->str;
    name->start = rest->start;
    if (c == '.') {
        *is_attr = 1;
        while (rest->start < rest->end) {
            uint32_t d = rd(rest, rest->start);
            if (d == '.' || d == '[') {
                break;
            }
            rest->start++;
        }
        name->end = rest->start;
        *idx = -1;
    } else if (c == '[') {
        *is_attr = 0;
        while (rest->start < rest->end && rd(rest, rest->start) != ']') {
            rest->start++;
        }
        if (rest->start >= rest->end) {
            HsErr_SetString(HsExc_ValueError, "Missing ']' in format string");
            return 0;
        }
        name->end = rest->start++;
        *idx = get_integer(name);
        if (*idx == -1 && HsErr_Occurred()) {
            return 0;
        }
    } else {
        HsErr_SetString(HsExc_ValueError,
                        "Only '.' or '[' may follow ']' in format field specifier");
        return 0;
    }
    if (name->start == name->end) {
        HsErr_SetString(HsExc_ValueError, "Empty attribute in format string");
        return 0;
    }
    return 2;
}

/* Split 'in' into its first part (index or name) and the rest; applies auto-numbering
 * (CPython: field_name_split). 0 or -1. */
static int field_split(const Sub *in, Sub *first, Hs_ssize_t *idx, Sub *rest, AutoNumber *an) {
    Hs_ssize_t i = in->start;
    while (i < in->end) {
        uint32_t c = rd(in, i);
        if (c == '.' || c == '[') {
            break;
        }
        i++;
    }
    *first = (Sub){in->str, in->start, i};
    *rest = (Sub){in->str, i, in->end};
    *idx = get_integer(first);
    if (*idx == -1 && HsErr_Occurred()) {
        return -1;
    }
    int empty = first->start >= first->end;
    if (an != NULL && (empty || *idx != -1)) {
        if (an->state == ANS_INIT) {
            an->state = empty ? ANS_AUTO : ANS_MANUAL;
        }
        if (an->state == ANS_MANUAL && empty) {
            HsErr_SetString(HsExc_ValueError, "cannot switch from manual field specification "
                                              "to automatic field numbering");
            return -1;
        }
        if (an->state == ANS_AUTO && !empty) {
            HsErr_SetString(HsExc_ValueError, "cannot switch from automatic field numbering "
                                              "to manual field specification");
            return -1;
        }
        if (empty) {
            *idx = an->next++;
        }
    }
    return 0;
}

/* Return: new reference to obj[step] or obj.step. */
static HsObject *field_step(HsObject *obj, int is_attr, Hs_ssize_t idx, const Sub *name) {
    if (idx != -1 && !is_attr) {
        HsSequenceMethods *sq = Hs_TYPE(obj)->tp_as_sequence;
        if (sq != NULL && sq->sq_item != NULL && !HsDict_Check(obj)) {
            return HsSequence_GetItem(obj, idx);
        }
        HsObject *key = HsLong_FromSsize_t(idx);
        if (key == NULL) {
            return NULL;
        }
        HsObject *r = HsObject_GetItem(obj, key);
        Hs_DECREF(key);
        return r;
    }
    HsObject *key = sub_object(name);
    if (key == NULL) {
        return NULL;
    }
    HsObject *r = is_attr ? HsObject_GetAttr(obj, key) : HsObject_GetItem(obj, key);
    Hs_DECREF(key);
    return r;
}

/* Return: new reference to the object a field name designates (CPython: get_field_object). */
static HsObject *get_field_object(const Sub *in, HsObject *args, HsObject *kwargs,
                                  AutoNumber *an) {
    Sub first, rest, name;
    Hs_ssize_t idx;
    HsObject *obj;
    if (field_split(in, &first, &idx, &rest, an) < 0) {
        return NULL;
    }
    if (idx == -1) {
        HsObject *key = sub_object(&first);
        if (key == NULL) {
            return NULL;
        }
        if (kwargs == NULL) {
            HsErr_SetObject(HsExc_KeyError, key);
            Hs_DECREF(key);
            return NULL;
        }
        obj = HsObject_GetItem(kwargs, key);
        Hs_DECREF(key);
    } else {
        if (args == NULL) {
            return HsErr_Format(HsExc_ValueError, "Format string contains positional fields");
        }
        if (idx >= Hs_SIZE(args)) {
            return HsErr_Format(HsExc_IndexError,
                                "Replacement index %zd out of range for positional args tuple",
                                idx);
        }
        obj = Hs_NewRef(HS_TUPLE_GET(args, idx));
    }
    int is_attr, ok;
    while (obj != NULL && (ok = field_next(&rest, &is_attr, &idx, &name)) != 1) {
        HsObject *next = ok == 2 ? field_step(obj, is_attr, idx, &name) : NULL;
        Hs_DECREF(obj);
        obj = next;
    }
    return obj;
}

/* ==== parsing and rendering ==== */

typedef struct Field {
    Sub name, spec;
    uint32_t conversion;
    int expand;
} Field;

/* Parse a field starting after its '{' (CPython: parse_field). 0 or -1. */
static int parse_field(Sub *s, Field *f) {
    uint32_t c = 0;
    f->name = (Sub){s->str, s->start, s->start};
    f->spec = (Sub){s->str, 0, 0};
    while (s->start < s->end) {
        c = rd(s, s->start++);
        if (c == '{') {
            HsErr_SetString(HsExc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (s->start < s->end && rd(s, s->start) != ']') {
                s->start++;
            }
            continue;
        }
        if (c == '}' || c == ':' || c == '!') {
            break;
        }
    }
    f->name.end = s->start - 1;
    if (c != '!' && c != ':') {
        if (c != '}') {
            HsErr_SetString(HsExc_ValueError, "expected '}' before end of string");
            return -1;
        }
        return 0;
    }
    if (c == '!') {
        if (s->start >= s->end) {
            HsErr_SetString(HsExc_ValueError,
                            "end of string while looking for conversion specifier");
            return -1;
        }
        f->conversion = rd(s, s->start++);
        if (s->start < s->end) {
            c = rd(s, s->start++);
            if (c == '}') {
                return 0;
            }
            if (c != ':') {
                HsErr_SetString(HsExc_ValueError, "expected ':' after conversion specifier");
                return -1;
            }
        }
    }
    f->spec.start = s->start;
    int count = 1;
    while (s->start < s->end) {
        c = rd(s, s->start++);
        if (c == '{') {
            f->expand = 1;
            count++;
        } else if (c == '}' && --count == 0) {
            f->spec.end = s->start - 1;
            return 0;
        }
    }
    HsErr_SetString(HsExc_ValueError, "unmatched '{' in format spec");
    return -1;
}

static HsObject *build_string(Sub *s, HsObject *args, HsObject *kwargs, int depth,
                              AutoNumber *an);

/* Return: new reference to the converted object (CPython: do_conversion). */
static HsObject *do_conversion(HsObject *obj, uint32_t conv) {
    switch (conv) {
    case 'r':
        return HsObject_Repr(obj);
    case 's':
        return HsObject_Str(obj);
    case 'a':
        return HsObject_ASCII(obj);
    default:
        if (conv > 32 && conv < 127) {
            return HsErr_Format(HsExc_ValueError, "Unknown conversion specifier %c", (int)conv);
        }
        return HsErr_Format(HsExc_ValueError, "Unknown conversion specifier \\x%x",
                            (unsigned int)conv);
    }
}

/* Look up, convert, format and append one field (CPython: output_markup). 0 or -1. */
static int output_markup(HsStrWriter *w, Field *f, HsObject *args, HsObject *kwargs,
                         int depth, AutoNumber *an) {
    HsObject *obj = get_field_object(&f->name, args, kwargs, an);
    if (obj == NULL) {
        return -1;
    }
    if (f->conversion != 0) {
        HsObject *tmp = do_conversion(obj, f->conversion);
        Hs_DECREF(obj);
        if ((obj = tmp) == NULL) {
            return -1;
        }
    }
    HsObject *spec = f->expand ? build_string(&f->spec, args, kwargs, depth - 1, an)
                               : sub_object(&f->spec);
    if (spec == NULL) {
        Hs_DECREF(obj);
        return -1;
    }
    HsObject *out = HsObject_Format(obj, spec);
    Hs_DECREF(obj);
    Hs_DECREF(spec);
    if (out == NULL) {
        return -1;
    }
    int r = hs_str_writer_str(w, out);
    Hs_DECREF(out);
    return r;
}

/* Literal text up to the next field (CPython: MarkupIterator_next). 1 if a field follows
 * (parsed into 'f'), 0 otherwise, -1 on error. */
static int markup_next(HsStrWriter *w, Sub *s, Field *f) {
    Hs_ssize_t start = s->start;
    uint32_t c = 0;
    int markup = 0;
    while (s->start < s->end) {
        c = rd(s, s->start++);
        if (c == '{' || c == '}') {
            markup = 1;
            break;
        }
    }
    int at_end = s->start >= s->end;
    Hs_ssize_t len = s->start - start;
    if (markup && c == '}' && (at_end || rd(s, s->start) != c)) {
        HsErr_SetString(HsExc_ValueError, "Single '}' encountered in format string");
        return -1;
    }
    if (markup && at_end && c == '{') {
        HsErr_SetString(HsExc_ValueError, "Single '{' encountered in format string");
        return -1;
    }
    if (markup && !at_end) {
        if (rd(s, s->start) == c) {
            s->start++;
            markup = 0;
        } else {
            len--;
        }
    }
    for (Hs_ssize_t i = start; i < start + len; i++) {
        if (hs_str_writer_char(w, rd(s, i)) < 0) {
            return -1;
        }
    }
    if (!markup) {
        return 0;
    }
    *f = (Field){{NULL, 0, 0}, {NULL, 0, 0}, 0, 0};
    return parse_field(s, f) < 0 ? -1 : 1;
}

/* Return: new reference to the expansion of 's' (CPython: build_string). */
static HsObject *build_string(Sub *s, HsObject *args, HsObject *kwargs, int depth,
                              AutoNumber *an) {
    if (depth <= 0) {
        return HsErr_Format(HsExc_ValueError, "Max string recursion exceeded");
    }
    HsStrWriter w;
    hs_str_writer_init(&w);
    Sub it = *s;
    Field f;
    while (it.start < it.end) {
        int r = markup_next(&w, &it, &f);
        if (r < 0 || (r == 1 && output_markup(&w, &f, args, kwargs, depth, an) < 0)) {
            hs_str_writer_discard(&w);
            return NULL;
        }
    }
    return hs_str_writer_finish(&w);
}

/* ==== methods ==== */

/* str.format(*args, **kwargs). Return: new reference. */
HsObject *hs_strmeth_format(HsObject *self, HsObject *args, HsObject *kwargs) {
    Sub s = {self, 0, HS_STR_LEN(self)};
    AutoNumber an = {ANS_INIT, 0};
    return build_string(&s, args, kwargs, 2, &an);
}

/* str.format_map(mapping). Return: new reference. */
HsObject *hs_strmeth_format_map(HsObject *self, HsObject *mapping) {
    Sub s = {self, 0, HS_STR_LEN(self)};
    AutoNumber an = {ANS_INIT, 0};
    return build_string(&s, NULL, mapping, 2, &an);
}
