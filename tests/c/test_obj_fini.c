/* What the object layer gives back at exit (src/obj/statics.c, issue #3): registered static
 * slots are cleared and refilled on next use, the free lists and the slice cache are emptied
 * (their blocks go back to the allocator), a static type readied after the mark is un-readied
 * with its dict, MRO and bases freed, and the string singletons are counted with their own
 * blocks. Figures are exact: blocks from hs_mem_allocated_blocks, references from the debug
 * total when the build keeps one. */
#include "hs_test.h"
#include "internal/hs_obj_fini.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_mem.h"

static void init(void) {
    static int done;
    if (!done) {
        hs_obj_init();
        done = 1;
    }
    hs_obj_release_caches();
}

static long blocks(void) {
    return (long)hs_mem_allocated_blocks();
}

static HsObject *slot_a, *slot_b, *name_slot;

static void test_register_static_clears_slots(void) {
    init();
    long b0 = blocks();
    Hs_ssize_t r0 = hs_obj_ref_total();
    slot_a = HsList_New(0);
    slot_b = HsDict_New();
    HS_CHECK(slot_a != NULL && slot_b != NULL);
    hs_obj_register_static(&slot_a);
    hs_obj_register_static(&slot_b);
    HS_CHECK(blocks() > b0);
    hs_obj_release_caches();
    HS_CHECK(slot_a == NULL);
    HS_CHECK(slot_b == NULL);
    HS_CHECK_EQ(blocks(), b0);
    HS_CHECK_EQ(hs_obj_ref_total(), r0);
}

static void test_static_name_refills(void) {
    init();
    long b0 = blocks();
    HsObject *n = hs_obj_static_name(&name_slot, "a_name_for_the_finalization_test");
    HS_CHECK(n != NULL && n == name_slot);
    HS_CHECK(hs_obj_static_name(&name_slot, "a_name_for_the_finalization_test") == n);
    HS_CHECK(HS_STR_ASCII(n)->state.interned != 0);
    HS_CHECK_EQ(Hs_REFCNT(n), 1); /* the slot's reference only */
    HS_CHECK_EQ(blocks(), b0 + 1);
    hs_obj_release_caches();
    HS_CHECK(name_slot == NULL);
    HS_CHECK_EQ(blocks(), b0);
    n = hs_obj_static_name(&name_slot, "a_name_for_the_finalization_test");
    HS_CHECK(n != NULL && strcmp(HsUnicode_AsUTF8(n), "a_name_for_the_finalization_test") == 0);
    hs_obj_release_caches();
    HS_CHECK(name_slot == NULL);
}

static void test_free_lists_emptied(void) {
    init();
    long b0 = blocks();
    HsObject *d[3], *f[3], *t[3], *l[3];
    for (int i = 0; i < 3; i++) {
        d[i] = HsDict_New();
        f[i] = HsFloat_FromDouble(i + 0.5);
        t[i] = HsTuple_New(2);
        l[i] = HsList_New(0);
    }
    for (int i = 0; i < 3; i++) {
        Hs_DECREF(d[i]);
        Hs_DECREF(f[i]);
        Hs_DECREF(t[i]);
        Hs_DECREF(l[i]);
    }
    HS_CHECK_EQ(hs_dict_freelist_count(), 3);
    HS_CHECK_EQ(hs_float_freelist_count(), 3);
    HS_CHECK_EQ(hs_tuple_freelist_count(2), 3);
    HS_CHECK_EQ(hs_list_freelist_count(), 3);
    HS_CHECK_EQ(blocks(), b0 + 12); /* free-listed objects keep their blocks */
    hs_obj_release_caches();
    HS_CHECK_EQ(hs_dict_freelist_count(), 0);
    HS_CHECK_EQ(hs_float_freelist_count(), 0);
    HS_CHECK_EQ(hs_tuple_freelist_count(2), 0);
    HS_CHECK_EQ(hs_list_freelist_count(), 0);
    HS_CHECK_EQ(blocks(), b0);
}

static void test_slice_cache_emptied(void) {
    init();
    long b0 = blocks();
    HsObject *s = HsSlice_New(NULL, NULL, NULL);
    HS_CHECK(s != NULL);
    Hs_DECREF(s); /* kept as the one cached slice */
    HS_CHECK_EQ(blocks(), b0 + 1);
    hs_obj_release_caches();
    HS_CHECK_EQ(blocks(), b0);
}

static HsTypeObject Late_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "finitest.Late",
    .tp_basicsize = sizeof(HsObject),
};

static void test_late_static_type_unreadied(void) {
    init();
    hs_obj_mark_types();
    long b0 = blocks();
    Hs_ssize_t r0 = hs_obj_ref_total();
    HS_CHECK_EQ(HsType_Ready(&Late_Type), 0);
    HS_CHECK((Late_Type.tp_flags & HS_TPFLAGS_READY) != 0);
    HS_CHECK(Late_Type.tp_dict != NULL && Late_Type.tp_mro != NULL && Late_Type.tp_bases != NULL);
    HS_CHECK(blocks() > b0);
    hs_obj_release_caches();
    hs_obj_unready_late_types();
    HS_CHECK((Late_Type.tp_flags & HS_TPFLAGS_READY) == 0);
    HS_CHECK(Late_Type.tp_dict == NULL && Late_Type.tp_mro == NULL && Late_Type.tp_bases == NULL);
    HS_CHECK_EQ(blocks(), b0);
    HS_CHECK_EQ(hs_obj_ref_total(), r0);
    HsTypeObject *before = &HsList_Type; /* readied before the mark: kept */
    HS_CHECK((before->tp_flags & HS_TPFLAGS_READY) != 0 && before->tp_dict != NULL);
}

static void test_string_singletons_counted(void) {
    init();
    Hs_ssize_t nb0;
    Hs_ssize_t n0 = hs_str_singleton_count(&nb0);
    HsObject *e = HsUnicode_FromOrdinal(0xe9); /* 'é': made on first use, then cached */
    HS_CHECK(e != NULL);
    Hs_ssize_t nb1, n1 = hs_str_singleton_count(&nb1);
    int fresh = n1 == n0 + 1;
    HS_CHECK(fresh || n1 == n0);
    HS_CHECK(HsUnicode_AsUTF8(e) != NULL); /* caches the 2-byte UTF-8 form: a block of its own */
    Hs_ssize_t nb2, n2 = hs_str_singleton_count(&nb2);
    HS_CHECK_EQ(n2, n1);
    HS_CHECK_EQ(nb2, fresh ? nb0 + 2 : nb1);
    Hs_DECREF(e);
}

HS_TEST_MAIN(test_register_static_clears_slots, test_static_name_refills, test_free_lists_emptied,
             test_slice_cache_emptied, test_late_static_type_unreadied,
             test_string_singletons_counted)
