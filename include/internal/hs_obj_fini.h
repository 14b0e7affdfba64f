/* What the object layer gives back at exit (src/obj/statics.c; CPython: the *_Fini and
 * *_ClearFreeList functions called by Python/pylifecycle.c finalize_interp_clear).
 * Process-lifetime objects made after bootstrap (interned-name caches in `static` slots,
 * static types readied on first use) are registered so finalization can release them; the
 * free lists and the method cache are emptied. See docs/internals/finalization.md. */
#ifndef HS_INTERNAL_HS_OBJ_FINI_H
#define HS_INTERNAL_HS_OBJ_FINI_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

/* ==== registry (src/obj/statics.c) ==== */

/* Note that the `static` slot '*slot' now owns a reference it keeps for the process; the
 * slot is cleared (Hs_CLEAR) by hs_obj_release_caches and filled again on next use.
 * Only for slots filled lazily (`if (slot == NULL) slot = ...`). */
void hs_obj_register_static(HsObject **slot);
/* Fill '*slot' with the interned 's' once and register it. Return: borrowed reference (owned
 * by the slot), or NULL with an exception. */
HsObject *hs_obj_static_name(HsObject **slot, const char *s);
/* HsType_Ready calls this for a static (not heap) type it has just readied. Its tp_bases,
 * tp_mro and tp_dict must be objects made at run time (never static initialisers). */
void hs_obj_note_static_type(HsTypeObject *type);

/* Empty the free lists (tuple, list, dict and keys, float), the slice cache, the repr stack,
 * the method cache, and every registered static slot; each is refilled on next use. Only
 * called where no C code holds a name borrowed from a slot: at the baseline and at exit. */
void hs_obj_release_caches(void);
/* Drop tp_dict, tp_mro and tp_bases of the static types readied since hs_obj_mark_types,
 * newest first, and clear their READY flag. Only at the very end: such a type is unusable
 * until HsType_Ready runs on it again. */
void hs_obj_unready_late_types(void);
/* Remember how many static types are readied now: hs_obj_unready_late_types keeps those. */
void hs_obj_mark_types(void);

/* hs_ref_total in debug builds (HS_DEBUG_REFS), 0 otherwise. */
Hs_ssize_t hs_obj_ref_total(void);

/* ==== the caches' own clear functions (each in its type's file) ==== */
void hs_tuple_freelist_clear(void);
void hs_dict_freelist_clear(void);
void hs_float_freelist_clear(void);
void hs_type_cache_clear(void);
void hs_slice_cache_clear(void);
void hs_repr_stack_clear(void); /* the repr recursion stack's array, when empty */
/* The immortal string singletons made so far ('' and the one-character latin-1 strings,
 * created on first use): returns how many (each cache holds one reference) and sets
 * '*blocks' to the blocks they own (themselves and any cached UTF-8 form). */
Hs_ssize_t hs_str_singleton_count(Hs_ssize_t *blocks);

#endif /* HS_INTERNAL_HS_OBJ_FINI_H */
