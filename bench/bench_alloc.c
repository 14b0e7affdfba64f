/* Allocator benchmark: heapscope's small-object allocator (src/mem) against glibc
 * malloc/free on the same allocation patterns, timed in the same run with CLOCK_MONOTONIC.
 *   lifo    allocate a batch of blocks, free them in reverse order, repeat;
 *   random  a working set of slots; each step frees a random slot's block and allocates a
 *           block of random size in its place.
 * Sizes are 16..512 bytes, drawn from one fixed PRNG sequence (precomputed, so both
 * allocators see the same requests and the generator's cost is not timed). An operation is
 * one allocation plus one free; each pattern runs OPS of them, best of ROUNDS runs.
 * Prints 'bench alloc_lifo ratio R' and 'bench alloc_random ratio R' (R = heapscope time /
 * glibc time, below 1 is faster), a line of ns per operation for each, and the random
 * pattern again with a working set ten times larger, where both allocators wait mostly on
 * cache misses on the blocks themselves (see docs/internals/memory.md). */
#include "internal/hs_mem.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* ==== parameters ==== */
#define OPS 10000000L
#define ROUNDS 5
#define BATCH 2000
#define WORKING_SET 1000      /* live blocks in the random pattern: ~260 KB, fits in L2 */
#define WORKING_SET_BIG 10000 /* the same with ~2.6 MB: cache misses on blocks dominate */
#define TABLE (1u << 20)

static uint16_t sizes[TABLE];
static uint32_t slots[TABLE];
static void *held[WORKING_SET_BIG > BATCH ? WORKING_SET_BIG : BATCH];
static volatile unsigned sink;

/* ==== helpers ==== */

static void make_table(void) {
    uint64_t x = 0x243f6a8885a308d3u;
    for (uint32_t i = 0; i < TABLE; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        sizes[i] = (uint16_t)(16 + (x >> 8) % 497);
        slots[i] = (uint32_t)(x >> 32); /* scaled to the working set when used */
    }
}

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* The two patterns, written once and instantiated with direct calls for each allocator. */
#define DEFINE_PATTERNS(NAME, MALLOC, FREE)                                                        \
    static double NAME##_lifo(void) {                                                              \
        uint32_t k = 0;                                                                            \
        unsigned touch = 0;                                                                        \
        double t0 = now_ns();                                                                      \
        for (long done = 0; done < OPS; done += BATCH) {                                           \
            for (int i = 0; i < BATCH; i++) {                                                      \
                unsigned char *p = MALLOC(sizes[k++ & (TABLE - 1)]);                               \
                p[0] = (unsigned char)i;                                                           \
                held[i] = p;                                                                       \
            }                                                                                      \
            for (int i = BATCH - 1; i >= 0; i--) {                                                 \
                touch += *(unsigned char *)held[i];                                                \
                FREE(held[i]);                                                                     \
            }                                                                                      \
        }                                                                                          \
        double t = now_ns() - t0;                                                                  \
        sink = touch;                                                                              \
        return t;                                                                                  \
    }                                                                                              \
    static double NAME##_random_n(uint32_t ws) {                                                   \
        uint32_t k = 0;                                                                            \
        unsigned touch = 0;                                                                        \
        for (uint32_t i = 0; i < ws; i++) {                                                        \
            held[i] = MALLOC(sizes[k++ & (TABLE - 1)]);                                            \
            *(unsigned char *)held[i] = 1;                                                         \
        }                                                                                          \
        double t0 = now_ns();                                                                      \
        for (long done = 0; done < OPS; done++) {                                                  \
            uint32_t j = k++ & (TABLE - 1);                                                        \
            uint32_t s = (uint32_t)(((uint64_t)slots[j] * ws) >> 32);                              \
            touch += *(unsigned char *)held[s];                                                    \
            FREE(held[s]);                                                                         \
            unsigned char *p = MALLOC(sizes[j]);                                                   \
            p[0] = 1;                                                                              \
            held[s] = p;                                                                           \
        }                                                                                          \
        double t = now_ns() - t0;                                                                  \
        for (uint32_t i = 0; i < ws; i++) {                                                        \
            FREE(held[i]);                                                                         \
        }                                                                                          \
        sink = touch;                                                                              \
        return t;                                                                                  \
    }                                                                                              \
    static double NAME##_random(void) {                                                            \
        return NAME##_random_n(WORKING_SET);                                                       \
    }                                                                                              \
    static double NAME##_random_big(void) {                                                        \
        return NAME##_random_n(WORKING_SET_BIG);                                                   \
    }

DEFINE_PATTERNS(hs, hs_mem_malloc, hs_mem_free)
DEFINE_PATTERNS(libc, malloc, free)

/* Best of ROUNDS runs of each, the two allocators taking turns so that both see the same
 * machine (other processes, frequency changes). Results in t[0] (heapscope), t[1] (glibc). */
static void race(double (*hs_run)(void), double (*libc_run)(void), double t[2]) {
    for (int r = 0; r < ROUNDS; r++) {
        double a = libc_run();
        double b = hs_run();
        if (r == 0 || b < t[0]) {
            t[0] = b;
        }
        if (r == 0 || a < t[1]) {
            t[1] = a;
        }
    }
}

/* ==== main ==== */

int main(void) {
    make_table();
    double lifo[2], rnd[2], big[2];
    race(hs_lifo, libc_lifo, lifo);
    race(hs_random, libc_random, rnd);
    race(hs_random_big, libc_random_big, big);
    printf("bench alloc_lifo ratio %.2f\n", lifo[0] / lifo[1]);
    printf("bench alloc_random ratio %.2f\n", rnd[0] / rnd[1]);
    printf(
        "bench alloc_ns_per_op lifo heapscope %.2f glibc %.2f random heapscope %.2f glibc %.2f\n",
        lifo[0] / OPS, lifo[1] / OPS, rnd[0] / OPS, rnd[1] / OPS);
    printf("bench alloc_random_%d ratio %.2f (heapscope %.2f ns/op, glibc %.2f)\n", WORKING_SET_BIG,
           big[0] / big[1], big[0] / OPS, big[1] / OPS);
    HsMemStats s;
    hs_mem_get_stats(&s);
    return s.blocks_in_use == 0 ? 0 : 1;
}
