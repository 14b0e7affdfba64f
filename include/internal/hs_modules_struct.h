/* The `_struct` and `struct` modules (src/modules/structmodule.c, struct_codes.c; CPython 3.11:
 * Modules/_struct.c and Lib/struct.py). A format string is compiled once into an array of
 * format codes kept by a _struct.Struct object; each code points at the descriptor of its
 * format character in one of three tables (native '@', little-endian '<' / '=', big-endian
 * '>' / '!'). The split: struct_codes.c (the descriptor tables and the per-character packing
 * and unpacking, IEEE half/single/double encoding), structmodule.c (format parsing, the
 * Struct type, the unpack iterator, the format cache and the modules). See
 * docs/internals/struct.md.
 */
#ifndef HS_INTERNAL_HS_MODULES_STRUCT_H
#define HS_INTERNAL_HS_MODULES_STRUCT_H
#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif
#include "internal/hs_obj.h"
#include "internal/hs_obj_type.h"

/* ==== format descriptors (CPython: formatdef) ====
 * One format character of one table: its size and alignment in bytes (alignment 0 in the
 * standard tables), 'unpack' (a new reference to the value at 'p', or NULL) and 'pack' (store
 * 'v' at 'p': 0, or -1 with CPython's exception). Both are NULL for 'x', 's' and 'p', which
 * the Struct code handles itself. A table ends with format '\0'. */
typedef struct HsStructFormatDef {
    char format;
    Hs_ssize_t size;
    Hs_ssize_t alignment;
    HsObject *(*unpack)(const char *p, const struct HsStructFormatDef *f);
    int (*pack)(char *p, HsObject *v, const struct HsStructFormatDef *f);
} HsStructFormatDef;

/* The table for the byte-order character 'c' ('@', '=', '<', '>', '!'; anything else is the
 * native table, and '*consumed' says whether 'c' was used). Return: a static table. The
 * first call swaps the native functions into the host-order table where the sizes match, as
 * CPython's module init does. CPython: whichtable */
const HsStructFormatDef *hs_struct_table(char c, int *consumed);

/* struct.error (a subclass of Exception, readied by hs_struct_init). */
extern HsTypeObject HsStructError_Type;
#define HS_STRUCT_ERROR ((HsObject *)&HsStructError_Type)

extern HsTypeObject HsStruct_Type;           /* '_struct.Struct' (GC, 56 bytes) */
extern HsTypeObject HsStructUnpackIter_Type; /* '_struct.unpack_iterator' */

#endif /* HS_INTERNAL_HS_MODULES_STRUCT_H */
