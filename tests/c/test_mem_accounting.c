/* src/mem accounting: after long random mixes of malloc/calloc/realloc/free of small, large
 * and raw blocks the counters equal a shadow count kept here (small blocks count their class
 * size, large and raw blocks their requested bytes); the peak tracks the maximum; the heap
 * limit makes allocations fail with NULL, never abort, and leaves the counters exact; an OS
 * refusal (address-space limit) also gives NULL. Under ASan, free blocks are poisoned. */
#include "hs_test.h"
#include "internal/hs_mem.h"

#include <stdint.h>
#include <sys/resource.h>

#if defined(__SANITIZE_ADDRESS__)
#define WITH_ASAN 1
int __asan_address_is_poisoned(void const volatile *addr);
#else
#define WITH_ASAN 0
#endif

static HsMemStats snap(void) {
    HsMemStats s;
    hs_mem_get_stats(&s);
    return s;
}

static uint64_t rng_state;

static uint64_t rng(void) {
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return rng_state = x;
}

/* ==== the shadow heap ==== */

enum { SLOTS = 4000, K_SMALL = 1, K_LARGE = 2, K_RAW = 3 };
typedef struct {
    unsigned char *p;
    size_t n; /* bytes requested (and filled) */
    int kind; /* K_SMALL, K_LARGE or K_RAW, as the allocator should have it */
    int cls;  /* K_SMALL: size class */
    unsigned char tag;
} Slot;

static Slot slots[SLOTS];
static size_t sh_small, sh_large, sh_raw, sh_bytes, sh_large_bytes, sh_raw_bytes;
static size_t sh_class[HS_MEM_NB_CLASSES];

/* Add (sign +1) or remove (-1) the slot's block from the shadow counts. */
static void shadow(const Slot *s, int sign) {
    size_t d = (size_t)sign;
    if (s->kind == K_SMALL) {
        sh_small += d;
        sh_class[s->cls] += d;
        sh_bytes += d * 16 * (size_t)(s->cls + 1);
    } else if (s->kind == K_LARGE) {
        sh_large += d;
        sh_large_bytes += d * s->n;
        sh_bytes += d * s->n;
    } else {
        sh_raw += d;
        sh_raw_bytes += d * s->n;
        sh_bytes += d * s->n;
    }
}

/* What hs_mem_malloc(n) makes. */
static void model_malloc(Slot *s, size_t n) {
    s->n = n;
    if (n >= 1 && n <= 512) {
        s->kind = K_SMALL;
        s->cls = (int)((n - 1) / 16);
    } else {
        s->kind = K_LARGE;
        s->cls = -1;
    }
}

static size_t random_size(void) {
    uint64_t r = rng();
    switch (r % 16) {
    case 0:
        return 0;
    case 1:
    case 2:
        return 513 + (size_t)(r >> 8) % 6000;
    default:
        return 1 + (size_t)(r >> 8) % 512;
    }
}

static int slot_intact(const Slot *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s->p[i] != (unsigned char)(s->tag + i)) {
            return 0;
        }
    }
    return 1;
}

static void slot_fill(Slot *s) {
    for (size_t i = 0; i < s->n; i++) {
        s->p[i] = (unsigned char)(s->tag + i);
    }
}

/* The allocator classifies the slot's block as the model does. */
static int slot_located(const Slot *s) {
    HsMemLocation loc;
    int kind = hs_mem_locate(s->p, &loc);
    if (s->kind == K_SMALL) {
        return kind == HS_MEM_LOC_SMALL && loc.size_class == s->cls;
    }
    return kind == HS_MEM_LOC_LARGE && loc.block_size == s->n;
}

/* Realloc the slot's (non-raw) block as CPython's pymalloc_realloc would. 0 on a failure. */
static int slot_realloc(Slot *s) {
    size_t n = random_size();
    size_t keep = n < s->n ? n : s->n;
    unsigned char *q = hs_mem_realloc(s->p, n);
    if (q == NULL) {
        return 0;
    }
    shadow(s, -1);
    if (s->kind == K_SMALL) {
        size_t size = 16 * (size_t)(s->cls + 1);
        if (n <= size && 4 * n > 3 * size) {
            if (q != s->p) {
                return 0; /* must stay in place */
            }
            s->n = n;
        } else {
            model_malloc(s, n);
        }
    } else {
        s->n = n; /* large stays large whatever the size */
    }
    s->p = q;
    shadow(s, +1);
    if (!slot_intact(s, keep) || !slot_located(s)) {
        return 0;
    }
    slot_fill(s);
    return 1;
}

/* One random operation on slot 'i'. Returns 0 if a check failed. */
static int random_op(int i) {
    Slot *s = &slots[i];
    if (s->p != NULL) {
        if (!slot_intact(s, s->n) || !slot_located(s)) {
            return 0;
        }
        if (s->kind != K_RAW && rng() % 3 == 0) {
            return slot_realloc(s);
        }
        if (s->kind == K_RAW) {
            hs_mem_raw_free(s->p);
        } else {
            hs_mem_free(s->p);
        }
        shadow(s, -1);
        s->p = NULL;
        return 1;
    }
    size_t n = random_size();
    s->tag = (unsigned char)rng();
    if (rng() % 8 == 0) {
        s->kind = K_RAW;
        s->n = n;
        s->p = rng() % 2 ? hs_mem_raw_malloc(n) : hs_mem_raw_calloc(1, n);
    } else {
        model_malloc(s, n);
        s->p = rng() % 2 ? hs_mem_malloc(n) : hs_mem_calloc(n, 1);
    }
    if (s->p == NULL || (uintptr_t)s->p % 16 != 0) {
        return 0;
    }
    shadow(s, +1);
    slot_fill(s);
    return 1;
}

/* Counters now minus counters at 'base' equal the shadow counts. */
static int matches_shadow(const HsMemStats *base) {
    HsMemStats s = snap();
    if (s.blocks_in_use - base->blocks_in_use != sh_small ||
        s.large_in_use - base->large_in_use != sh_large ||
        s.raw_in_use - base->raw_in_use != sh_raw ||
        s.bytes_in_use - base->bytes_in_use != sh_bytes ||
        s.large_bytes - base->large_bytes != sh_large_bytes ||
        s.raw_bytes - base->raw_bytes != sh_raw_bytes ||
        hs_mem_allocated_blocks() != base->blocks_in_use + base->large_in_use + base->raw_in_use +
                                         sh_small + sh_large + sh_raw ||
        s.bytes_peak < s.bytes_in_use) {
        return 0;
    }
    for (int c = 0; c < HS_MEM_NB_CLASSES; c++) {
        if (s.classes[c].blocks_in_use - base->classes[c].blocks_in_use != sh_class[c]) {
            return 0;
        }
    }
    return 1;
}

/* ==== tests ==== */

static void test_random_mix_matches_shadow(void) {
    HsMemStats base = snap();
    rng_state = 0x9e3779b97f4a7c15u;
    for (int round = 0; round < 40; round++) {
        for (int k = 0; k < 5000; k++) {
            HS_CHECK(random_op((int)(rng() % SLOTS)));
        }
        HS_CHECK(matches_shadow(&base));
    }
    for (int i = 0; i < SLOTS; i++) {
        if (slots[i].p != NULL) {
            HS_CHECK(slot_intact(&slots[i], slots[i].n));
            HS_CHECK(random_op(i)); /* a realloc or a free */
            if (slots[i].p != NULL) {
                HS_CHECK(random_op(i) || slots[i].p == NULL);
            }
        }
    }
    for (int i = 0; i < SLOTS; i++) {
        while (slots[i].p != NULL) {
            HS_CHECK(random_op(i));
        }
    }
    HS_CHECK_EQ(sh_small + sh_large + sh_raw, 0);
    HS_CHECK(matches_shadow(&base));
    HsMemStats end = snap();
    HS_CHECK_EQ(end.bytes_in_use, base.bytes_in_use);
    HS_CHECK_EQ(end.pools_used, base.pools_used);
}

static void test_peak_and_reset(void) {
    hs_mem_reset_peak();
    HsMemStats a = snap();
    HS_CHECK_EQ(a.bytes_peak, a.bytes_in_use);
    void *p = hs_mem_malloc(100000);
    void *q = hs_mem_malloc(500);
    hs_mem_free(p);
    HsMemStats b = snap();
    HS_CHECK_EQ(b.bytes_peak, a.bytes_in_use + 100000 + 512);
    HS_CHECK_EQ(b.bytes_in_use, a.bytes_in_use + 512);
    hs_mem_reset_peak();
    HS_CHECK_EQ(snap().bytes_peak, b.bytes_in_use);
    hs_mem_free(q);
    HS_CHECK_EQ(snap().bytes_peak, b.bytes_in_use);
}

static void test_heap_limit(void) {
    enum { ROOM = 100000, MAXN = 400 };
    static void *b[MAXN];
    HsMemStats a = snap();
    HS_CHECK_EQ(hs_mem_get_limit(), 0);
    hs_mem_set_limit(a.bytes_in_use + ROOM);
    HS_CHECK_EQ(hs_mem_get_limit(), a.bytes_in_use + ROOM);
    int n = 0;
    while (n < MAXN && (b[n] = hs_mem_malloc(500)) != NULL) {
        n++;
    }
    HS_CHECK_EQ(n, ROOM / 512); /* 195 blocks of 512: the 196th would pass the limit */
    HsMemStats s = snap();
    HS_CHECK_EQ(s.bytes_in_use - a.bytes_in_use, 195 * 512);
    size_t left = ROOM - 195 * 512; /* 160 */
    HS_CHECK(hs_mem_malloc(161) == NULL);
    HS_CHECK(hs_mem_malloc(600) == NULL);
    HS_CHECK(hs_mem_raw_malloc(left + 1) == NULL);
    HS_CHECK(hs_mem_calloc(1, 200) == NULL);
    unsigned char *r = hs_mem_malloc(150); /* class 160: exactly up to the limit */
    HS_CHECK(r != NULL);
    HS_CHECK(hs_mem_malloc(1) == NULL);
    memset(r, 7, 150);
    HS_CHECK(hs_mem_realloc(r, 300) == NULL); /* can't grow: r is kept */
    HS_CHECK_EQ(r[149], 7);
    HsMemStats t = snap();
    HS_CHECK_EQ(t.bytes_in_use, a.bytes_in_use + ROOM);
    HS_CHECK_EQ(t.blocks_in_use - a.blocks_in_use, 196);
    hs_mem_free(r);
    for (int i = 0; i < n; i++) {
        hs_mem_free(b[i]);
    }
    HS_CHECK_EQ(snap().blocks_in_use, a.blocks_in_use);
    hs_mem_set_limit(1); /* below what is in use: every allocation fails, frees work */
    HS_CHECK(hs_mem_malloc(16) == NULL);
    HS_CHECK(hs_mem_raw_malloc(16) == NULL);
    hs_mem_set_limit(0);
    HS_CHECK_EQ(hs_mem_get_limit(), 0);
    void *p = hs_mem_malloc(1 << 20);
    HS_CHECK(p != NULL);
    hs_mem_free(p);
}

static void test_zero_byte_under_limit_is_free(void) {
    void *keep = hs_mem_malloc(32); /* so that bytes_in_use > 0 (a limit of 0 means none) */
    HsMemStats a = snap();
    hs_mem_set_limit(a.bytes_in_use);
    void *z = hs_mem_malloc(0);
    HS_CHECK(z != NULL);
    HS_CHECK(hs_mem_malloc(1) == NULL);
    hs_mem_set_limit(0);
    hs_mem_free(z);
    hs_mem_free(keep);
    HS_CHECK_EQ(snap().large_in_use, a.large_in_use);
}

static void test_huge_requests_fail_cleanly(void) {
    HsMemStats a = snap();
    HS_CHECK(hs_mem_malloc(SIZE_MAX) == NULL);
    HS_CHECK(hs_mem_malloc(SIZE_MAX / 2) == NULL);
    HS_CHECK(hs_mem_raw_malloc(SIZE_MAX - 8) == NULL);
    void *p = hs_mem_malloc(1000);
    HS_CHECK(hs_mem_realloc(p, SIZE_MAX - 4) == NULL);
    hs_mem_free(p);
    HsMemStats b = snap();
    HS_CHECK_EQ(b.bytes_in_use, a.bytes_in_use);
    HS_CHECK_EQ(b.large_in_use, a.large_in_use);
}

static void test_os_refusal_gives_null(void) {
#if WITH_ASAN
    /* ASan reserves its shadow memory up front: an address-space limit would break it. */
    HS_CHECK(1);
#else
    enum { MAXN = 1 << 16 };
    static void *b[MAXN];
    struct rlimit old, lim;
    HS_CHECK(getrlimit(RLIMIT_AS, &old) == 0);
    HsMemStats a = snap();
    /* Room for a few more arenas at most: VmSize now plus 16 MiB. */
    FILE *f = fopen("/proc/self/statm", "r");
    HS_CHECK(f != NULL);
    unsigned long pages = 0;
    HS_CHECK(fscanf(f, "%lu", &pages) == 1);
    fclose(f);
    lim = old;
    lim.rlim_cur = (rlim_t)pages * 4096 + (16u << 20);
    HS_CHECK(setrlimit(RLIMIT_AS, &lim) == 0);
    int n = 0;
    while (n < MAXN && (b[n] = hs_mem_malloc(512)) != NULL) {
        n++;
    }
    HS_CHECK(setrlimit(RLIMIT_AS, &old) == 0);
    HS_CHECK(n > 0 && n < MAXN); /* it ran out before MAXN * 512 = 32 MiB */
    HsMemStats s = snap();
    HS_CHECK_EQ(s.blocks_in_use - a.blocks_in_use, (size_t)n);
    HS_CHECK_EQ(s.bytes_in_use - a.bytes_in_use, (size_t)n * 512);
    for (int i = 0; i < n; i++) {
        hs_mem_free(b[i]);
    }
    HS_CHECK_EQ(snap().blocks_in_use, a.blocks_in_use);
#endif
}

static void test_free_blocks_are_poisoned_under_asan(void) {
#if WITH_ASAN
    char *p = hs_mem_malloc(100);
    char *q = hs_mem_malloc(100);
    HS_CHECK(!__asan_address_is_poisoned(p) && !__asan_address_is_poisoned(p + 111));
    hs_mem_free(p);
    HS_CHECK(__asan_address_is_poisoned(p));
    HS_CHECK(__asan_address_is_poisoned(p + 111));
    HS_CHECK(!__asan_address_is_poisoned(q));
    char *r = hs_mem_malloc(100);
    HS_CHECK(r == p && !__asan_address_is_poisoned(r + 111));
    hs_mem_free(q);
    hs_mem_free(r);
#else
    HS_CHECK(1);
#endif
}

HS_TEST_MAIN(test_random_mix_matches_shadow, test_peak_and_reset, test_heap_limit,
             test_zero_byte_under_limit_is_free, test_huge_requests_fail_cleanly,
             test_os_refusal_gives_null, test_free_blocks_are_poisoned_under_asan)
