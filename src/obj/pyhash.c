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

/* SipHash state: the four 64-bit lanes of the specification (Aumasson and Bernstein). */
typedef struct SipState {
    uint64_t v0, v1, v2, v3;
} SipState;

/* One SipRound, written as in the specification: two add-rotate-xor halves. */
static inline void sip_round(SipState *s) {
    s->v0 += s->v1;
    s->v1 = rotl64(s->v1, 13) ^ s->v0;
    s->v0 = rotl64(s->v0, 32);
    s->v2 += s->v3;
    s->v3 = rotl64(s->v3, 16) ^ s->v2;
    s->v0 += s->v3;
    s->v3 = rotl64(s->v3, 21) ^ s->v0;
    s->v2 += s->v1;
    s->v1 = rotl64(s->v1, 17) ^ s->v2;
    s->v2 = rotl64(s->v2, 32);
}

/* Absorb one 64-bit message word with 'c' = 1 compression round (the "1" of SipHash-1-3). */
static inline void sip_absorb(SipState *s, uint64_t word) {
    s->v3 ^= word;
    sip_round(s);
    s->v0 ^= word;
}

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

/* SipHash-1-3 of src[0..n) under the key (k0, k1): full little-endian words first, then a
 * last word holding the 0..7 leftover bytes with n's low byte in its top byte, then three
 * finalisation rounds. CPython: siphash13 in Python/pyhash.c. */
uint64_t hs_obj_siphash13(uint64_t k0, uint64_t k1, const void *src, size_t n) {
    const unsigned char *bytes = src;
    SipState s = {
        k0 ^ 0x736f6d6570736575ULL, // "somepseu"
        k1 ^ 0x646f72616e646f6dULL, // "dorandom"
        k0 ^ 0x6c7967656e657261ULL, // "lygenera"
        k1 ^ 0x7465646279746573ULL, // "tedbytes"
    };
    size_t full_words = n / 8, left = n % 8;
    for (size_t w = 0; w < full_words; w++) {
        sip_absorb(&s, load_le64(bytes + 8 * w));
    }
    uint64_t last = (uint64_t)n << 56;
    const unsigned char *tail = bytes + 8 * full_words;
    for (size_t i = 0; i < left; i++) {
        last |= (uint64_t)tail[i] << (8 * i);
    }
    sip_absorb(&s, last);
    s.v2 ^= 0xff;
    for (int r = 0; r < 3; r++) { // d = 3 finalisation rounds
        sip_round(&s);
    }
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
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

/* x * 2**k modulo P = 2**61 - 1 for 0 <= x < P, 0 <= k < 61: since 2**61 == 1 (mod P),
 * multiplying by a power of two just rotates x's 61 bits. */
static uint64_t mod_p_times_pow2(uint64_t x, int k) {
    return ((x << k) & HS_HASH_MODULUS) | (x >> (HS_HASH_BITS - k));
}

/* hash(float), consistent with hash of an equal int or Fraction: |v| reduced modulo
 * P = 2**61 - 1, with the sign applied afterwards. The significand is read 28 bits at a
 * time (exact in a double) into a residue modulo P; the binary exponent then becomes a
 * rotation by the exponent reduced modulo 61. Infinities have fixed hashes; a NaN hashes
 * by identity (CPython: _Py_HashDouble). */
HsHash hs_obj_hash_double(double v, const void *inst) {
    if (isnan(v)) {
        return hs_obj_hash_pointer(inst);
    }
    if (isinf(v)) {
        return v > 0 ? HS_HASH_INF : -HS_HASH_INF;
    }
    int exponent;
    double frac = frexp(fabs(v), &exponent); // |v| = frac * 2**exponent, 0.5 <= frac < 1
    uint64_t residue = 0;
    while (frac != 0.0) {
        frac *= 268435456.0; // 2**28: the next 28 bits move above the binary point
        uint64_t chunk = (uint64_t)frac;
        frac -= (double)chunk;
        exponent -= 28;
        residue = mod_p_times_pow2(residue, 28) + chunk;
        if (residue >= HS_HASH_MODULUS) {
            residue -= HS_HASH_MODULUS;
        }
    }
    int rotate = exponent % HS_HASH_BITS; // C's % keeps the sign: bring it into [0, 61)
    if (rotate < 0) {
        rotate += HS_HASH_BITS;
    }
    residue = mod_p_times_pow2(residue, rotate);
    if (v < 0) {
        residue = (uint64_t)0 - residue;
    }
    return residue == (uint64_t)-1 ? -2 : (HsHash)residue;
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
