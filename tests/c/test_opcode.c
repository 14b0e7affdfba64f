/* The generated opcode tables agree with CPython 3.11's facts they were made from. */
#include "hs_test.h"
#include "internal/hs_compile_opcode.h"

#include <string.h>

static void test_numbers_and_names(void) {
    HS_CHECK_EQ(HS_OP_LOAD_FAST, 124);
    HS_CHECK_EQ(HS_OP_HAVE_ARGUMENT, 90);
    HS_CHECK(strcmp(hs_op_names[HS_OP_BINARY_OP], "BINARY_OP") == 0);
    HS_CHECK(hs_op_names[3] == NULL);
    HS_CHECK_EQ(HS_NB_INPLACE_ADD, 13);
}

static void test_cache_entries_and_flags(void) {
    HS_CHECK_EQ(hs_op_cache_entries[HS_OP_LOAD_GLOBAL], 5);
    HS_CHECK_EQ(hs_op_cache_entries[HS_OP_LOAD_METHOD], 10);
    HS_CHECK_EQ(hs_op_cache_entries[HS_OP_CALL], 4);
    HS_CHECK_EQ(hs_op_cache_entries[HS_OP_LOAD_FAST], 0);
    HS_CHECK(hs_op_flags[HS_OP_JUMP_FORWARD] & HS_OPF_JREL);
    HS_CHECK(hs_op_flags[HS_OP_LOAD_CONST] & HS_OPF_CONST);
    HS_CHECK(hs_op_flags[HS_OP_LOAD_ATTR] & HS_OPF_NAME);
    HS_CHECK(hs_op_flags[HS_OP_STORE_FAST] & HS_OPF_LOCAL);
    HS_CHECK(hs_op_flags[HS_OP_LOAD_DEREF] & HS_OPF_FREE);
}

HS_TEST_MAIN(test_numbers_and_names, test_cache_entries_and_flags)
