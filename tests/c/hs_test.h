/* A minimal unit-test harness for tests/c. Each test is a void function; a failed check
 * prints 'FAIL name: file:line: what' and returns from the test. main() runs the tests in
 * order, printing 'PASS name' for each that did not fail, and exits 1 if any failed.
 *
 *     static void test_something(void) { HS_CHECK(1 + 1 == 2); HS_CHECK_EQ(x, 3); }
 *     HS_TEST_MAIN(test_something, test_other)
 */
#ifndef HS_TESTS_HS_TEST_H
#define HS_TESTS_HS_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *hs_test_current;
static int hs_test_failed_now;
static int hs_test_failures;

static inline void hs_test_fail(const char *file, int line, const char *what) {
    printf("FAIL %s: %s:%d: %s\n", hs_test_current, file, line, what);
    fflush(stdout);
    hs_test_failed_now = 1;
}

#define HS_CHECK(cond)                                                                             \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            hs_test_fail(__FILE__, __LINE__, #cond);                                               \
            return;                                                                                \
        }                                                                                          \
    } while (0)

/* Compare two integer values, printing both on failure. */
#define HS_CHECK_EQ(a, b)                                                                          \
    do {                                                                                           \
        long long hs_a_ = (long long)(a), hs_b_ = (long long)(b);                                  \
        if (hs_a_ != hs_b_) {                                                                      \
            char hs_msg_[512];                                                                     \
            snprintf(hs_msg_, sizeof hs_msg_, "%s == %s (%lld != %lld)", #a, #b, hs_a_, hs_b_);    \
            hs_test_fail(__FILE__, __LINE__, hs_msg_);                                             \
            return;                                                                                \
        }                                                                                          \
    } while (0)

typedef void (*hs_test_fn)(void);

static inline int hs_test_run(const char *names, hs_test_fn *fns, int n) {
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", names);
    char *save = NULL;
    char *tok = strtok_r(buf, ", \t\n", &save);
    for (int i = 0; i < n && tok != NULL; i++, tok = strtok_r(NULL, ", \t\n", &save)) {
        hs_test_current = tok;
        hs_test_failed_now = 0;
        fns[i]();
        if (hs_test_failed_now) {
            hs_test_failures++;
        } else {
            printf("PASS %s\n", tok);
        }
        fflush(stdout);
    }
    return hs_test_failures ? 1 : 0;
}

#define HS_TEST_MAIN(...)                                                                          \
    int main(void) {                                                                               \
        hs_test_fn hs_fns_[] = {__VA_ARGS__};                                                      \
        return hs_test_run(#__VA_ARGS__, hs_fns_, (int)(sizeof hs_fns_ / sizeof hs_fns_[0]));      \
    }

#endif /* HS_TESTS_HS_TEST_H */
