/* Process-lifetime objects and what finalization gives back (CPython 3.11: the *_Fini and
 * *_ClearFreeList calls of Python/pylifecycle.c finalize_interp_clear, and the static types'
 * teardown that 3.12 adds as _PyStaticType_Dealloc).
 * Two registries: `static` slots filled lazily (interned names and other objects kept for the
 * process), cleared by hs_obj_release_caches; and static types in the order HsType_Ready
 * readied them, so that those readied after the baseline mark can be un-readied at exit.
 * Invariant: a registered slot owns one reference or holds NULL; registered types are static
 * (never heap types). The registries are fixed C arrays, not heap blocks, so they do not
 * count in the allocator's figures. See docs/internals/finalization.md. */
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"

#include <string.h>

/* ==== state ==== */

#define MAX_STATIC_SLOTS 2048
#define MAX_STATIC_TYPES 512

static HsObject **slots[MAX_STATIC_SLOTS];
static int n_slots;
static HsObject **clearing[MAX_STATIC_SLOTS]; /* the slots being cleared (may re-register) */

static HsTypeObject *types[MAX_STATIC_TYPES];
static int n_types;
static int n_types_marked;

/* ==== internal API ==== */

void hs_obj_register_static(HsObject **slot) {
    for (int i = 0; i < n_slots; i++) {
        if (slots[i] == slot) {
            return; /* already registered (a slot refilled after a release) */
        }
    }
    if (n_slots < MAX_STATIC_SLOTS) { /* past it the slot is kept: a reported leak */
        slots[n_slots++] = slot;
    }
}

HsObject *hs_obj_static_name(HsObject **slot, const char *s) {
    if (*slot == NULL) {
        *slot = HsUnicode_InternFromString(s);
        if (*slot != NULL) {
            hs_obj_register_static(slot);
        }
    }
    return *slot;
}

void hs_obj_note_static_type(HsTypeObject *type) {
    if (n_types < MAX_STATIC_TYPES) {
        types[n_types++] = type;
    }
}

void hs_obj_release_caches(void) {
    hs_type_cache_clear();
    /* Clearing a slot may run code that fills a slot again: clear until none is left. */
    for (int round = 0; round < 4 && n_slots > 0; round++) {
        int n = n_slots;
        memcpy(clearing, slots, (size_t)n * sizeof slots[0]);
        n_slots = 0;
        for (int i = n - 1; i >= 0; i--) {
            Hs_CLEAR(*clearing[i]);
        }
    }
    hs_type_cache_clear();
    hs_tuple_freelist_clear();
    hs_list_freelist_clear();
    hs_dict_freelist_clear();
    hs_float_freelist_clear();
    hs_repr_stack_clear();
    hs_slice_cache_clear();
}

void hs_obj_mark_types(void) {
    n_types_marked = n_types;
}

void hs_obj_unready_late_types(void) {
    while (n_types > n_types_marked) {
        n_types--;
        HsTypeObject *tp = types[n_types];
        Hs_CLEAR(tp->tp_dict);
        Hs_CLEAR(tp->tp_mro);
        Hs_CLEAR(tp->tp_bases); // made at run time: by HsType_Ready or its caller
        tp->tp_flags &= ~HS_TPFLAGS_READY;
    }
    hs_type_cache_clear();
    hs_tuple_freelist_clear();
    hs_dict_freelist_clear();
}

Hs_ssize_t hs_obj_ref_total(void) {
#if HS_DEBUG_REFS
    return hs_ref_total;
#else
    return 0;
#endif
}
