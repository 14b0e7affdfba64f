/* Reference counting on a plain (non-GC) object: counts change by one per reference, the
 * object is freed the moment the count reaches zero, and Hs_CLEAR/Hs_SETREF drop old
 * references exactly once. */
#include "hs_test.h"
#include "internal/hs_obj.h"

static int freed;

static void plain_dealloc(HsObject *op) {
    freed++;
    hs_obj_free(op);
}

static HsTypeObject Plain_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "plain",
    .tp_basicsize = sizeof(HsObject),
    .tp_dealloc = plain_dealloc,
};

static void test_header_is_16_bytes(void) {
    HS_CHECK_EQ(sizeof(HsObject), 16);
    HS_CHECK_EQ(sizeof(HsVarObject), 24);
}

static void test_incref_decref_frees_at_zero(void) {
    freed = 0;
    HsObject *op = hs_obj_new(&Plain_Type, sizeof(HsObject));
    HS_CHECK(op != NULL);
    HS_CHECK_EQ(Hs_REFCNT(op), 1);
    Hs_INCREF(op);
    HS_CHECK_EQ(Hs_REFCNT(op), 2);
    Hs_DECREF(op);
    HS_CHECK_EQ(Hs_REFCNT(op), 1);
    HS_CHECK_EQ(freed, 0);
    Hs_DECREF(op);
    HS_CHECK_EQ(freed, 1);
}

static void test_clear_and_setref(void) {
    freed = 0;
    HsObject *a = hs_obj_new(&Plain_Type, sizeof(HsObject));
    HsObject *b = hs_obj_new(&Plain_Type, sizeof(HsObject));
    HsObject *slot = a;
    Hs_SETREF(slot, b); // drops a
    HS_CHECK_EQ(freed, 1);
    HS_CHECK(slot == b);
    Hs_CLEAR(slot);
    HS_CHECK(slot == NULL);
    HS_CHECK_EQ(freed, 2);
    Hs_CLEAR(slot); // NULL: no-op
    HS_CHECK_EQ(freed, 2);
}

static void test_ref_total_balances(void) {
#if HS_DEBUG_REFS
    Hs_ssize_t before = hs_ref_total;
    HsObject *op = hs_obj_new(&Plain_Type, sizeof(HsObject));
    HS_CHECK_EQ(hs_ref_total, before + 1);
    HsObject *r = Hs_NewRef(op);
    HS_CHECK_EQ(hs_ref_total, before + 2);
    Hs_DECREF(r);
    Hs_DECREF(op);
    HS_CHECK_EQ(hs_ref_total, before);
#endif
}

HS_TEST_MAIN(test_header_is_16_bytes, test_incref_decref_frees_at_zero, test_clear_and_setref,
             test_ref_total_balances)
