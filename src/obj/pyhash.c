/* Hashing kernels, exactly CPython 3.11 on 64-bit: Python/pyhash.c (siphash13,
 * _Py_HashBytes, _Py_HashDouble, _Py_HashPointer), Python/bootstrap_hash.c (the hash secret:
 * zero, lcg_urandom(seed) or OS randomness), Objects/tupleobject.c (tuplehash) and
 * Objects/complexobject.c (complex_hash).
 * Invariants: the secret is written once, by hs_obj_hash_secret_init at start-up, and read
 * as two little-endian 64-bit keys (k0 = bytes 0..7, k1 = bytes 8..15); no function here
 * returns -1. See docs/internals/numbers-and-hashing.md. */
#include "internal/hs_obj_hash.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

/* ==== constants and state ==== */

#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)

/* _Py_HashSecret: 24 bytes; SipHash uses the first 16. All zero until initialised. */
static unsigned char hash_secret[HS_HASH_SECRET_SIZE];

/* ==== static helpers ==== */

static uint64_t rotl64(uint64_t x, int b) {
    return (x << b) | (x >> (64 - b));
}

static uint64_t load_le64(const unsigned char *p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) {
        v = (v << 8) | p[i];
    }
    return v;
}

#define HALF_ROUND(a, b, c, d, s, t)                                                               \
    a += b;                                                                                        \
    c += d;                                                                                        \
    b = rotl64(b, s) ^ a;                                                                          \
    d = rotl64(d, t) ^ c;                                                                          \
    a = rotl64(a, 32);

#define SINGLE_ROUND(v0, v1, v2, v3)                                                               \
    HALF_ROUND(v0, v1, v2, v3, 13, 16);                                                            \
    HALF_ROUND(v2, v1, v0, v3, 17, 21);

/* Fill 'buf' from the OS: getrandom, then /dev/urandom. */
static int os_random(unsigned char *buf, size_t n) {
    size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(buf + got, n - got, GRND_NONBLOCK);
        if (r < 0) {
            if (errno == EINTR) {
                continue;
            }
            break;
        }
        got += (size_t)r;
    }
    if (got == n) {
        return 0;
    }
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return -1;
    }
    got = 0;
    while (got < n) {
        ssize_t r = read(fd, buf + got, n - got);
        if (r <= 0) {
            if (r < 0 && errno == EINTR) {
                continue;
            }
            close(fd);
            return -1;
        }
        got += (size_t)r;
    }
    close(fd);
    return 0;
}

/* ==== internal API: the secret ==== */

int hs_obj_hash_parse_seed(const char *text, int *use_seed, uint32_t *seed) {
    *use_seed = 0;
    *seed = 0;
    if (text == NULL || text[0] == '\0' || strcmp(text, "random") == 0) {
        return 0;
    }
    char *end = NULL;
    errno = 0;
    unsigned long v = strtoul(text, &end, 10);
    if (*end != '\0' || v > 4294967295UL || (errno == ERANGE && v == ULONG_MAX)) {
        return -1;
    }
    *use_seed = 1;
    *seed = (uint32_t)v;
    return 0;
}

void hs_obj_hash_lcg(uint32_t x0, unsigned char *buf, size_t size) {
    uint32_t x = x0;
    for (size_t i = 0; i < size; i++) {
        x *= 214013u;
        x += 2531011u;
        buf[i] = (unsigned char)((x >> 16) & 0xff);
    }
}

int hs_obj_hash_secret_init(int use_seed, uint32_t seed) {
    if (use_seed) {
        if (seed == 0) {
            memset(hash_secret, 0, sizeof hash_secret);
        } else {
            hs_obj_hash_lcg(seed, hash_secret, sizeof hash_secret);
        }
        return 0;
    }
    return os_random(hash_secret, sizeof hash_secret);
}

void hs_obj_hash_secret_get(unsigned char out[HS_HASH_SECRET_SIZE]) {
    memcpy(out, hash_secret, sizeof hash_secret);
}

/* ==== internal API: buffers ==== */

uint64_t hs_obj_siphash13(uint64_t k0, uint64_t k1, const void *src, size_t n) {
    uint64_t b = (uint64_t)n << 56;
    const unsigned char *in = src;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    while (n >= 8) {
        uint64_t mi = load_le64(in);
        in += 8;
        n -= 8;
        v3 ^= mi;
        SINGLE_ROUND(v0, v1, v2, v3);
        v0 ^= mi;
    }
    uint64_t t = 0;
    for (size_t i = n; i > 0; i--) {
        t = (t << 8) | in[i - 1];
    }
    b |= t;
    v3 ^= b;
    SINGLE_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SINGLE_ROUND(v0, v1, v2, v3);
    SINGLE_ROUND(v0, v1, v2, v3);
    SINGLE_ROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

HsHash hs_obj_hash_bytes(const void *src, size_t n) {
    if (n == 0) {
        return 0;
    }
    uint64_t k0 = load_le64(hash_secret), k1 = load_le64(hash_secret + 8);
    HsHash x = (HsHash)hs_obj_siphash13(k0, k1, src, n);
    return x == -1 ? -2 : x;
}

/* ==== internal API: numbers ==== */

HsHash hs_obj_hash_pointer(const void *p) {
    uintptr_t y = (uintptr_t)p;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    HsHash x = (HsHash)y;
    return x == -1 ? -2 : x;
}

HsHash hs_obj_hash_double(double v, const void *inst) {
    if (!isfinite(v)) {
        if (isinf(v)) {
            return v > 0 ? HS_HASH_INF : -HS_HASH_INF;
        }
        return hs_obj_hash_pointer(inst);
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0, y;
    while (m) {
        x = ((x << 28) & HS_HASH_MODULUS) | x >> (HS_HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HS_HASH_MODULUS) {
            x -= HS_HASH_MODULUS;
        }
    }
    e = e >= 0 ? e % HS_HASH_BITS : HS_HASH_BITS - 1 - ((-1 - e) % HS_HASH_BITS);
    x = ((x << e) & HS_HASH_MODULUS) | x >> (HS_HASH_BITS - e);
    x = x * (uint64_t)(int64_t)sign;
    if (x == (uint64_t)-1) {
        x = (uint64_t)-2;
    }
    return (HsHash)x;
}

HsHash hs_obj_hash_complex(HsHash hreal, HsHash himag) {
    uint64_t combined = (uint64_t)hreal + (uint64_t)HS_HASH_IMAG * (uint64_t)himag;
    if (combined == (uint64_t)-1) {
        combined = (uint64_t)-2;
    }
    return (HsHash)combined;
}

/* ==== internal API: tuples ==== */

void hs_obj_hash_tuple_init(HsTupleHasher *h) {
    h->acc = XXPRIME_5;
}

void hs_obj_hash_tuple_add(HsTupleHasher *h, HsHash item) {
    h->acc += (uint64_t)item * XXPRIME_2;
    h->acc = rotl64(h->acc, 31);
    h->acc *= XXPRIME_1;
}

HsHash hs_obj_hash_tuple_finish(HsTupleHasher *h, size_t len) {
    uint64_t acc = h->acc + ((uint64_t)len ^ (XXPRIME_5 ^ 3527539UL));
    if (acc == (uint64_t)-1) {
        return 1546275796;
    }
    return (HsHash)acc;
}

HsHash hs_obj_hash_tuple(const HsHash *items, size_t n) {
    HsTupleHasher h;
    hs_obj_hash_tuple_init(&h);
    for (size_t i = 0; i < n; i++) {
        hs_obj_hash_tuple_add(&h, items[i]);
    }
    return hs_obj_hash_tuple_finish(&h, n);
}
