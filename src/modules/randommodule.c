/* The `_random` module and the core of `random` (CPython 3.11: Modules/_randommodule.c and
 * Lib/random.py): the MT19937 generator (Matsumoto and Nishimura's reference algorithm:
 * init_genrand, init_by_array, genrand_uint32, the 53-bit double of two outputs), seeding
 * from an int's 32-bit words / a hash / OS entropy, getrandbits, getstate/setstate in
 * CPython's format, SHA-512 for str/bytes seeds (version 2), the types _random.Random,
 * random.Random and random.SystemRandom, Python-style argument binding, and both modules
 * (the `random` functions are bound methods of a hidden instance, as Lib/random.py's _inst).
 * Invariants: a generator's rnd_index is in [0, HS_RANDOM_N] (a fresh, unseeded object is all
 * zero, as CPython's); gauss_next lives in the instance __dict__. Seeded sequences are
 * bit-for-bit CPython's. randrange and the sequence
 * functions are in randommodule_int.c, the distributions in randommodule_dist.c.
 * Every function taking or returning HsObject*: arguments borrowed; Return: new reference,
 * or NULL with an exception set, unless its comment says otherwise. */
#include "internal/hs_modules_random.h"
#include "internal/hs_modules.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_long.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <errno.h>
#include <math.h>
#include <fcntl.h>
#include <stddef.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

/* ==== MT19937 ====
 * The state is HS_RANDOM_N 32-bit words; each output tempers one word, and when all are used
 * the whole array is twisted in place (every word is recomputed from itself, its successor
 * and the word MT_SHIFT places ahead, cyclically; words past the end are the ones already
 * recomputed this round). Constants and seeding recurrences are Matsumoto and Nishimura's. */

#define MT_SHIFT 397
#define MT_TWIST_XOR 0x9908b0dfU
#define MT_TOP_BIT 0x80000000U
#define MT_LOW_BITS 0x7fffffffU

/* New value of one state word: its top bit joined to the low 31 bits of its successor,
 * shifted right once, xored with the twist constant when the shifted-out bit was 1, and
 * mixed into the word MT_SHIFT places ahead. */
static inline uint32_t mt_twist_word(uint32_t word, uint32_t successor, uint32_t ahead) {
    uint32_t joined = (word & MT_TOP_BIT) | (successor & MT_LOW_BITS);
    uint32_t twisted = joined >> 1;
    if (joined & 1U) {
        twisted ^= MT_TWIST_XOR;
    }
    return ahead ^ twisted;
}

/* Recomputes all HS_RANDOM_N words, in index order. */
static void mt_regenerate(uint32_t *words) {
    for (int at = 0; at < HS_RANDOM_N; at++) {
        int successor = at + 1 == HS_RANDOM_N ? 0 : at + 1;
        int ahead = at + MT_SHIFT < HS_RANDOM_N ? at + MT_SHIFT : at + MT_SHIFT - HS_RANDOM_N;
        words[at] = mt_twist_word(words[at], words[successor], words[ahead]);
    }
}

/* The output scrambling applied to a state word (improves equidistribution in the top bits). */
static inline uint32_t mt_temper(uint32_t v) {
    v ^= v >> 11;
    v ^= (v << 7) & 0x9d2c5680U;
    v ^= (v << 15) & 0xefc60000U;
    return v ^ (v >> 18);
}

/* Next 32-bit output (CPython genrand_uint32). */
uint32_t hs_random_genrand(HsRandomObject *r) {
    if (r->rnd_index >= HS_RANDOM_N) {
        mt_regenerate(r->rnd_state);
        r->rnd_index = 0;
    }
    uint32_t word = r->rnd_state[r->rnd_index];
    r->rnd_index++;
    return mt_temper(word);
}

/* 27 bits then 26 bits: (a * 2**26 + b) / 2**53, as CPython (genrand_res53). */
double hs_random_next_double(HsRandomObject *r) {
    uint32_t a = hs_random_genrand(r) >> 5, b = hs_random_genrand(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* The seeding recurrences all mix a word with its own top two bits folded down. */
static inline uint32_t mt_fold(uint32_t w) {
    return w ^ (w >> 30);
}

/* State from one 32-bit seed (reference init_genrand); the next output regenerates. */
static void init_genrand(HsRandomObject *r, uint32_t seed) {
    uint32_t word = seed;
    r->rnd_state[0] = word;
    for (uint32_t at = 1; at < HS_RANDOM_N; at++) {
        word = 1812433253U * mt_fold(word) + at;
        r->rnd_state[at] = word;
    }
    r->rnd_index = HS_RANDOM_N;
}

/* Position in the state while a key is mixed in: it runs over 1..N-1, and each time it wraps
 * the last word is copied to word 0 so that word 0 keeps feeding the next round. */
typedef struct MtMixer {
    uint32_t *words;
    uint32_t at;
} MtMixer;

static void mixer_advance(MtMixer *m) {
    m->at++;
    if (m->at == HS_RANDOM_N) {
        m->words[0] = m->words[HS_RANDOM_N - 1];
        m->at = 1;
    }
}

/* State from a key of 'key_length' >= 1 words (reference init_by_array): start from the fixed
 * seed 19650218, add the key (cycled, each word plus its index) over max(N, key_length) steps,
 * then a second pass of N - 1 steps subtracts the position, and word 0 gets only its top bit
 * set so the state can never be all zero. */
static void init_by_array(HsRandomObject *r, const uint32_t *key, size_t key_length) {
    init_genrand(r, 19650218U);
    MtMixer mix = {r->rnd_state, 1};
    size_t steps = key_length > HS_RANDOM_N ? key_length : HS_RANDOM_N;
    size_t key_at = 0;
    for (size_t step = 0; step < steps; step++) {
        uint32_t *w = &mix.words[mix.at];
        *w = (*w ^ (mt_fold(w[-1]) * 1664525U)) + key[key_at] + (uint32_t)key_at;
        key_at = key_at + 1 == key_length ? 0 : key_at + 1;
        mixer_advance(&mix);
    }
    for (int step = 1; step < HS_RANDOM_N; step++) {
        uint32_t *w = &mix.words[mix.at];
        *w = (*w ^ (mt_fold(w[-1]) * 1566083941U)) - mix.at;
        mixer_advance(&mix);
    }
    mix.words[0] = MT_TOP_BIT;
}

/* ==== SHA-512 (FIPS 180-4) ==== */

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static uint64_t rotr64(uint64_t x, int n) {
    return (x >> n) | (x << (64 - n));
}

/* One 128-byte block into the running hash 'h'. */
static void sha512_block(uint64_t h[8], const unsigned char *p) {
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
        uint64_t v = 0;
        for (int b = 0; b < 8; b++) {
            v = (v << 8) | p[t * 8 + b];
        }
        w[t] = v;
    }
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = rotr64(w[t - 15], 1) ^ rotr64(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = rotr64(w[t - 2], 19) ^ rotr64(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
        uint64_t t1 = hh + (rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41)) + ((e & f) ^ (~e & g)) +
                      sha512_k[t] + w[t];
        uint64_t t2 =
            (rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

void hs_random_sha512(const unsigned char *data, size_t n, unsigned char out[64]) {
    uint64_t h[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
        0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
    };
    size_t full = n / 128;
    for (size_t i = 0; i < full; i++) {
        sha512_block(h, data + i * 128);
    }
    /* The tail, 0x80, zeros, and the 128-bit big-endian bit length (high half 0 here unless
     * n >= 2**61, which no caller reaches). */
    unsigned char tail[256];
    size_t rest = n - full * 128;
    memset(tail, 0, sizeof tail);
    memcpy(tail, data + full * 128, rest);
    tail[rest] = 0x80;
    size_t tlen = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits_lo = (uint64_t)n << 3, bits_hi = (uint64_t)n >> 61;
    for (int b = 0; b < 8; b++) {
        tail[tlen - 1 - b] = (unsigned char)(bits_lo >> (8 * b));
        tail[tlen - 9 - b] = (unsigned char)(bits_hi >> (8 * b));
    }
    sha512_block(h, tail);
    if (tlen == 256) {
        sha512_block(h, tail + 128);
    }
    for (int i = 0; i < 8; i++) {
        for (int b = 0; b < 8; b++) {
            out[i * 8 + b] = (unsigned char)(h[i] >> (56 - 8 * b));
        }
    }
}

/* ==== seeding ==== */

/* Fill buf[0:n] from the OS (getrandom, then /dev/urandom). Returns 0, or -1 (no
 * exception set) when neither works. */
static int os_urandom(void *buf, size_t n) {
    unsigned char *p = buf;
    size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(p + got, n - got, GRND_NONBLOCK);
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
    while (got < n) {
        ssize_t r = read(fd, p + got, n - got);
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

/* seed(None): 624 words of OS entropy, else the time and the process id. */
static void seed_entropy(HsRandomObject *r) {
    uint32_t key[HS_RANDOM_N];
    if (os_urandom(key, sizeof key) == 0) {
        init_by_array(r, key, HS_RANDOM_N);
        return;
    }
    struct timespec now, mono;
    clock_gettime(CLOCK_REALTIME, &now);
    clock_gettime(CLOCK_MONOTONIC, &mono);
    uint64_t t = (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
    uint64_t m = (uint64_t)mono.tv_sec * 1000000000u + (uint64_t)mono.tv_nsec;
    uint32_t small[5] = {(uint32_t)t, (uint32_t)(t >> 32), (uint32_t)getpid(), (uint32_t)m,
                         (uint32_t)(m >> 32)};
    init_by_array(r, small, 5);
}

/* Seed from |v| (an int, maybe a subclass) split into 32-bit words from the right.
 * Returns 0 or -1. */
static int seed_from_int(HsRandomObject *r, HsObject *v) {
    const hs_digit *d = ((HsLongObject *)v)->ob_digit;
    Hs_ssize_t nd = hs_obj_long_ndigits(Hs_SIZE(v));
    uint64_t bits = hs_obj_long_bit_length(d, nd);
    size_t keyused = bits == 0 ? 1 : (size_t)((bits - 1) / 32 + 1);
    unsigned char *buf = hs_mem_raw_malloc(keyused * 8);
    if (buf == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    uint32_t *key = (uint32_t *)(void *)(buf + keyused * 4);
    (void)hs_obj_long_to_bytes(d, nd, buf, keyused * 4, 1, 0);
    for (size_t i = 0; i < keyused; i++) {
        const unsigned char *q = buf + 4 * i;
        key[i] = (uint32_t)q[0] | (uint32_t)q[1] << 8 | (uint32_t)q[2] << 16 | (uint32_t)q[3] << 24;
    }
    init_by_array(r, key, keyused);
    hs_mem_raw_free(buf);
    return 0;
}

/* _random.Random.seed's rule: None -> entropy; an int -> its absolute value; anything else
 * -> hash(arg) as an unsigned 64-bit number. Returns 0 or -1. CPython: random_seed. */
static int core_seed(HsRandomObject *r, HsObject *arg) {
    if (arg == NULL || arg == Hs_None) {
        seed_entropy(r);
        return 0;
    }
    if (HsLong_Check(arg)) {
        return seed_from_int(r, arg);
    }
    Hs_ssize_t h = HsObject_Hash(arg);
    if (h == -1 && HsErr_Occurred()) {
        return -1;
    }
    uint64_t u = (uint64_t)h;
    uint32_t key[2] = {(uint32_t)u, (uint32_t)(u >> 32)};
    init_by_array(r, key, key[1] != 0 ? 2 : 1);
    return 0;
}

/* int(bytes) of 'n' little-endian 32-bit words. */
static HsObject *int_from_words(const uint32_t *w, size_t n) {
    unsigned char *buf = hs_mem_raw_malloc(n * 4 + 1);
    if (buf == NULL) {
        return HsErr_NoMemory();
    }
    for (size_t i = 0; i < n; i++) {
        for (int b = 0; b < 4; b++) {
            buf[4 * i + (size_t)b] = (unsigned char)(w[i] >> (8 * b));
        }
    }
    HsLongObject *v = hs_int_new(hs_obj_long_from_bytes_capacity(n * 4));
    if (v != NULL) {
        Hs_SIZE(v) = hs_obj_long_from_bytes(buf, n * 4, 1, 0, v->ob_digit);
    }
    hs_mem_raw_free(buf);
    return v != NULL ? hs_int_normalize(v) : NULL;
}

/* getrandbits(k) for k >= 0: 32-bit words least significant first, the last one cut to its
 * top bits. */
static HsObject *getrandbits_k(HsRandomObject *r, int k) {
    if (k <= 32) {
        return HsLong_FromUnsignedLongLong(k == 0 ? 0 : hs_random_genrand(r) >> (32 - k));
    }
    size_t words = (size_t)(k - 1) / 32 + 1;
    uint32_t *w = hs_mem_raw_malloc(words * 4);
    if (w == NULL) {
        return HsErr_NoMemory();
    }
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = hs_random_genrand(r);
        w[i] = k < 32 ? x >> (32 - k) : x;
    }
    HsObject *res = int_from_words(w, words);
    hs_mem_raw_free(w);
    return res;
}

/* 'o' as a C int via __index__ ("Python int too large to convert to C int"). Returns 0 or
 * -1. */
static int as_c_int(HsObject *o, int *out) {
    HsObject *i = HsNumber_Index(o);
    if (i == NULL) {
        return -1;
    }
    int overflow = 0;
    long long v = hs_int_as_longlong_and_overflow(i, &overflow);
    Hs_DECREF(i);
    if (overflow || v > INT32_MAX || v < INT32_MIN) {
        HsErr_SetString(HsExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* ==== Python-style argument binding ==== */

/* "Random.f() takes 2 positional arguments but 3 were given" and its variants. */
static void too_many_positional(const HsRandomSig *sig, Hs_ssize_t nargs, int kwonly_given) {
    char takes[64], kwsig[96] = "";
    Hs_ssize_t given = nargs + 1;
    if (sig->nreq < sig->npos) {
        snprintf(takes, sizeof takes, "from %d to %d", sig->nreq + 1, sig->npos + 1);
    } else {
        snprintf(takes, sizeof takes, "%d", sig->npos + 1);
    }
    int plural = sig->nreq < sig->npos || sig->npos + 1 != 1;
    if (kwonly_given) {
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    }
    HsErr_Format(HsExc_TypeError, "%s() takes %s positional argument%s but %zd%s %s given",
                 sig->qualname, takes, plural ? "s" : "", given, kwsig,
                 given == 1 && !kwonly_given ? "was" : "were");
}

/* "Random.f() missing 2 required positional arguments: 'a' and 'b'". */
static void missing_positional(const HsRandomSig *sig, HsObject **out, int missing) {
    char names[256] = "";
    size_t len = 0;
    int k = 0;
    for (int i = 0; i < sig->nreq; i++) {
        if (out[i] != NULL) {
            continue;
        }
        const char *sep = k == 0 ? "" : missing == 2 ? " and " : k == missing - 1 ? ", and " : ", ";
        len += (size_t)snprintf(names + len, sizeof names - len, "%s'%s'", sep, sig->names[i]);
        k++;
    }
    HsErr_Format(HsExc_TypeError, "%s() missing %d required positional argument%s: %s",
                 sig->qualname, missing, missing == 1 ? "" : "s", names);
}

int hs_random_bind(const HsRandomSig *sig, HsObject *const *args, Hs_ssize_t nargs,
                   HsObject *kwnames, HsObject **out) {
    int total = sig->npos + sig->nkwonly;
    for (int i = 0; i < total; i++) {
        out[i] = i < nargs && i < sig->npos ? args[i] : NULL;
    }
    Hs_ssize_t nkw = kwnames != NULL ? Hs_SIZE(kwnames) : 0;
    for (Hs_ssize_t k = 0; k < nkw; k++) {
        HsObject *key = HS_TUPLE_GET(kwnames, k);
        int j = -1;
        for (int i = 0; i < total && j < 0; i++) {
            if (hs_str_eq_ascii(key, sig->names[i])) {
                j = i;
            }
        }
        if (j < 0) {
            HsErr_Format(HsExc_TypeError, "%s() got an unexpected keyword argument '%U'",
                         sig->qualname, key);
            return -1;
        }
        if (out[j] != NULL) {
            HsErr_Format(HsExc_TypeError, "%s() got multiple values for argument '%U'",
                         sig->qualname, key);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    if (nargs > sig->npos) {
        int kwonly_given = 0;
        for (int i = sig->npos; i < total; i++) {
            kwonly_given += out[i] != NULL;
        }
        too_many_positional(sig, nargs, kwonly_given);
        return -1;
    }
    int missing = 0;
    for (int i = 0; i < sig->nreq; i++) {
        missing += out[i] == NULL;
    }
    if (missing) {
        missing_positional(sig, out, missing);
        return -1;
    }
    return 0;
}

/* ==== _random.Random ==== */

static HsObject *core_random(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsFloat_FromDouble(hs_random_next_double((HsRandomObject *)self));
}

static HsObject *core_seed_meth(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("seed", nargs, 0, 1) < 0 ||
        core_seed((HsRandomObject *)self, nargs ? args[0] : NULL) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

static HsObject *core_getstate(HsObject *self, HsObject *unused) {
    (void)unused;
    HsRandomObject *r = (HsRandomObject *)self;
    HsObject *t = HsTuple_New(HS_RANDOM_N + 1);
    for (int i = 0; t != NULL && i <= HS_RANDOM_N; i++) {
        HsObject *v = i < HS_RANDOM_N ? HsLong_FromUnsignedLongLong(r->rnd_state[i])
                                      : HsLong_FromLong(r->rnd_index);
        if (v == NULL) {
            Hs_CLEAR(t);
            break;
        }
        HS_TUPLE_SET(t, i, v);
    }
    return t;
}

/* One state word as CPython's PyLong_AsUnsignedLong then a cut to 32 bits. Returns 0/-1. */
static int state_word(HsObject *o, uint32_t *out) {
    if (!HsLong_Check(o)) {
        HsErr_SetString(HsExc_TypeError, "an integer is required");
        return -1;
    }
    if (Hs_SIZE(o) < 0) {
        HsErr_SetString(HsExc_OverflowError, "can't convert negative value to unsigned int");
        return -1;
    }
    uint64_t u;
    if (hs_obj_long_to_uint64(((HsLongObject *)o)->ob_digit, Hs_SIZE(o), &u) < 0) {
        HsErr_SetString(HsExc_OverflowError, "Python int too large to convert to C unsigned long");
        return -1;
    }
    *out = (uint32_t)u;
    return 0;
}

static HsObject *core_setstate(HsObject *self, HsObject *state) {
    HsRandomObject *r = (HsRandomObject *)self;
    uint32_t words[HS_RANDOM_N];
    if (!HsTuple_Check(state)) {
        return HsErr_Format(HsExc_TypeError, "state vector must be a tuple");
    }
    if (Hs_SIZE(state) != HS_RANDOM_N + 1) {
        return HsErr_Format(HsExc_ValueError, "state vector is the wrong size");
    }
    for (int i = 0; i < HS_RANDOM_N; i++) {
        if (state_word(HS_TUPLE_GET(state, i), &words[i]) < 0) {
            return NULL;
        }
    }
    HsObject *iobj = HsNumber_Index(HS_TUPLE_GET(state, HS_RANDOM_N));
    long index = iobj != NULL ? HsLong_AsLong(iobj) : -1;
    Hs_XDECREF(iobj);
    if (index == -1 && HsErr_Occurred()) {
        return NULL;
    }
    if (index < 0 || index > HS_RANDOM_N) {
        return HsErr_Format(HsExc_ValueError, "invalid state");
    }
    r->rnd_index = (int)index;
    memcpy(r->rnd_state, words, sizeof words);
    Hs_RETURN_NONE;
}

static HsObject *core_getrandbits(HsObject *self, HsObject *arg) {
    int k;
    if (as_c_int(arg, &k) < 0) {
        return NULL;
    }
    if (k < 0) {
        return HsErr_Format(HsExc_ValueError, "number of bits must be non-negative");
    }
    return getrandbits_k((HsRandomObject *)self, k);
}

/* Random(x=None): "Random() requires 0 or 1 argument"; no keywords for the exact type. */
static int core_init(HsObject *self, HsObject *args, HsObject *kwds) {
    if (Hs_TYPE(self)->tp_init == core_init && hs_arg_no_kwargs_dict("Random", kwds) < 0) {
        return -1;
    }
    if (Hs_SIZE(args) > 1) {
        HsErr_SetString(HsExc_TypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    return core_seed((HsRandomObject *)self, Hs_SIZE(args) ? HS_TUPLE_GET(args, 0) : NULL);
}

static HsMethodDef core_methods[] = {
    {"random", HS_CFUNC(core_random), HS_METH_NOARGS, "random() -> x in the interval [0, 1)."},
    {"seed", HS_CFUNC(core_seed_meth), HS_METH_FASTCALL, "seed([n]) -> None."},
    {"getstate", HS_CFUNC(core_getstate), HS_METH_NOARGS,
     "getstate() -> tuple containing the current state."},
    {"setstate", HS_CFUNC(core_setstate), HS_METH_O,
     "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", HS_CFUNC(core_getrandbits), HS_METH_O,
     "getrandbits(k) -> x.  Generates an int with k random bits."},
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsRandomCore_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "_random.Random",
    .tp_basicsize = sizeof(HsRandomObject),
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_BASETYPE,
    .tp_doc = "Random() -> create a random number generator with its own internal state.",
    .tp_methods = core_methods,
    .tp_init = core_init,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = HsType_GenericNew,
};

/* ==== shared helpers for the random.Random methods ==== */

int hs_random_float(HsObject *self, double *out) {
    HsTypeObject *tp = Hs_TYPE(self);
    if (tp == &HsRandom_Type || tp == &HsRandomCore_Type) {
        *out = hs_random_next_double((HsRandomObject *)self);
        return 0;
    }
    HsObject *r = HsObject_CallMethodNoArgs(self, hs_builtins_name("random"));
    if (r == NULL) {
        return -1;
    }
    *out = HsFloat_AsDouble(r);
    Hs_DECREF(r);
    return *out == -1.0 && HsErr_Occurred() ? -1 : 0;
}

/* self.getrandbits(k): the generator directly for random.Random itself, else a method call.
 * Return: new reference. */
static HsObject *call_getrandbits(HsObject *self, int k) {
    HsTypeObject *tp = Hs_TYPE(self);
    if (tp == &HsRandom_Type || tp == &HsRandomCore_Type) {
        return getrandbits_k((HsRandomObject *)self, k);
    }
    HsObject *kobj = HsLong_FromLong(k);
    if (kobj == NULL) {
        return NULL;
    }
    HsObject *r = HsObject_CallMethodOneArg(self, hs_builtins_name("getrandbits"), kobj);
    Hs_DECREF(kobj);
    return r;
}

/* getrandbits(k) for k <= 64 as a C number (the words as getrandbits_k orders them). */
static uint64_t bits64(HsRandomObject *r, int k) {
    if (k <= 32) {
        return k == 0 ? 0 : hs_random_genrand(r) >> (32 - k);
    }
    uint64_t lo = hs_random_genrand(r);
    uint64_t hi = hs_random_genrand(r) >> (64 - k);
    return lo | hi << 32;
}

int hs_random_randbelow_ssize(HsObject *self, Hs_ssize_t n, Hs_ssize_t *out) {
    HsTypeObject *tp = Hs_TYPE(self);
    if (tp == &HsRandom_Type || tp == &HsRandomCore_Type) {
        uint64_t un = (uint64_t)n;
        int k = 64 - __builtin_clzll(un); /* n.bit_length() */
        uint64_t r;
        do {
            r = bits64((HsRandomObject *)self, k);
        } while (r >= un);
        *out = (Hs_ssize_t)r;
        return 0;
    }
    HsObject *nobj = HsLong_FromSsize_t(n);
    HsObject *r = nobj != NULL ? hs_random_randbelow(self, nobj) : NULL;
    Hs_XDECREF(nobj);
    if (r == NULL) {
        return -1;
    }
    *out = HsLong_AsSsize_t(r);
    Hs_DECREF(r);
    return *out == -1 && HsErr_Occurred() ? -1 : 0;
}

/* How a type draws below n, as Lib/random.py's __init_subclass__ decides: along the MRO the
 * first class defining _randbelow keeps it (a method call), one defining getrandbits (or
 * reaching random.Random) uses getrandbits, one defining only random uses random(). */
enum { BELOW_BITS, BELOW_FLOAT, BELOW_METHOD };

static int randbelow_kind(HsTypeObject *tp) {
    HsObject *mro = tp->tp_mro;
    for (Hs_ssize_t i = 0; mro != NULL && i < Hs_SIZE(mro); i++) {
        HsTypeObject *c = (HsTypeObject *)HS_TUPLE_GET(mro, i);
        if (c == &HsRandom_Type || c == &HsRandomCore_Type) {
            return BELOW_BITS;
        }
        if (c->tp_dict == NULL) {
            continue;
        }
        if (HsDict_GetItemString(c->tp_dict, "_randbelow") != NULL) {
            return BELOW_METHOD;
        }
        if (HsDict_GetItemString(c->tp_dict, "getrandbits") != NULL) {
            return BELOW_BITS;
        }
        if (HsDict_GetItemString(c->tp_dict, "random") != NULL) {
            return BELOW_FLOAT;
        }
    }
    return BELOW_BITS;
}

/* _randbelow_without_getrandbits: floor(r * 2**53) % n for r below the largest multiple of
 * n, or floor(random() * n) when n >= 2**53 (CPython also warns then). */
static HsObject *randbelow_from_float(HsObject *self, HsObject *n) {
    double r, nf = HsLong_AsDouble(n);
    if (nf == -1.0 && HsErr_Occurred()) {
        return NULL;
    }
    if (nf >= 9007199254740992.0) {
        return hs_random_float(self, &r) < 0 ? NULL : HsLong_FromDouble(floor(r * nf));
    }
    uint64_t un = (uint64_t)nf, maxsize = (uint64_t)1 << 53;
    double limit = (double)(maxsize - maxsize % un) / (double)maxsize;
    do {
        if (hs_random_float(self, &r) < 0) {
            return NULL;
        }
    } while (r >= limit);
    return HsLong_FromUnsignedLongLong((uint64_t)floor(r * (double)maxsize) % un);
}

/* _randbelow_with_getrandbits through calls of self.getrandbits(k). */
static HsObject *randbelow_from_bits(HsObject *self, HsObject *n, int k) {
    for (;;) {
        HsObject *r = call_getrandbits(self, k);
        if (r == NULL) {
            return NULL;
        }
        int ge = HsObject_RichCompareBool(r, n, HS_GE);
        if (ge == 0) {
            return r;
        }
        Hs_DECREF(r);
        if (ge < 0) {
            return NULL;
        }
    }
}

HsObject *hs_random_randbelow(HsObject *self, HsObject *n) {
    const hs_digit *d = ((HsLongObject *)n)->ob_digit;
    Hs_ssize_t nd = hs_obj_long_ndigits(Hs_SIZE(n));
    uint64_t k = hs_obj_long_bit_length(d, nd), un;
    HsTypeObject *tp = Hs_TYPE(self);
    int exact = tp == &HsRandom_Type || tp == &HsRandomCore_Type;
    int kind = exact ? BELOW_BITS : randbelow_kind(tp);
    if (kind == BELOW_METHOD) {
        return HsObject_CallMethodOneArg(self, hs_builtins_name("_randbelow"), n);
    }
    if (kind == BELOW_FLOAT) {
        return randbelow_from_float(self, n);
    }
    if (k > INT32_MAX) {
        return HsErr_Format(HsExc_OverflowError, "Python int too large to convert to C int");
    }
    if (exact && k <= 64 && hs_obj_long_to_uint64(d, nd, &un) == 0) {
        uint64_t r;
        do {
            r = bits64((HsRandomObject *)self, (int)k);
        } while (r >= un);
        return HsLong_FromUnsignedLongLong(r);
    }
    return randbelow_from_bits(self, n, (int)k);
}

/* ==== random.Random: seed, state, randbytes ==== */

/* Convert (args tuple, kwargs dict) to the vectorcall shape and bind them to 'sig'. The
 * references in 'out' are borrowed from 'args' and 'kwds'. Returns 0 or -1. */
static int bind_tuple_dict(const HsRandomSig *sig, HsObject *args, HsObject *kwds, HsObject **out) {
    Hs_ssize_t na = Hs_SIZE(args), nk = kwds != NULL ? HsDict_Size(kwds) : 0;
    HsObject *stack[8] = {NULL};
    if (na + nk > 8) {
        if (nk == 0) {
            return hs_random_bind(sig, HS_TUPLE_ITEMS(args), na, NULL, out);
        }
        HsErr_Format(HsExc_TypeError, "%s() got too many arguments", sig->qualname);
        return -1;
    }
    HsObject *kwnames = nk ? HsTuple_New(nk) : NULL;
    if (nk && kwnames == NULL) {
        return -1;
    }
    for (Hs_ssize_t i = 0; i < na; i++) {
        stack[i] = HS_TUPLE_GET(args, i);
    }
    Hs_ssize_t pos = 0, i = 0;
    HsObject *key, *value;
    while (nk && HsDict_Next(kwds, &pos, &key, &value)) {
        HS_TUPLE_SET(kwnames, i, Hs_NewRef(key));
        stack[na + i++] = value;
    }
    int rc = hs_random_bind(sig, stack, na, kwnames, out);
    Hs_XDECREF(kwnames);
    return rc;
}

/* Version 1 of seeding a str or bytes (Python 2's hash-like fold to 64 bits). */
static HsObject *seed_v1_value(HsObject *a) {
    Hs_ssize_t n;
    const unsigned char *bytes = NULL;
    if (HsUnicode_Check(a)) {
        n = HS_STR_LEN(a);
    } else {
        n = HsBytes_GET_SIZE(a);
        bytes = (const unsigned char *)HsBytes_AS_STRING(a);
    }
    uint64_t x = 0;
    for (Hs_ssize_t i = 0; i < n; i++) {
        uint64_t c = bytes != NULL ? bytes[i] : HS_STR_READ_CHAR(a, i);
        if (i == 0) {
            x = c << 7;
        }
        x = (1000003 * x) ^ c;
    }
    x ^= (uint64_t)n;
    return HsLong_FromUnsignedLongLong(x);
}

/* Version 2: int.from_bytes(a + sha512(a).digest()) for str (UTF-8), bytes, bytearray. */
static HsObject *seed_v2_value(HsObject *a) {
    const char *p;
    Hs_ssize_t n;
    if (HsUnicode_Check(a)) {
        p = HsUnicode_AsUTF8AndSize(a, &n);
        if (p == NULL) {
            return NULL;
        }
    } else if (hs_bytes_view(a, &p, &n) < 0) {
        return NULL;
    }
    unsigned char *buf = hs_mem_raw_malloc((size_t)n + 64);
    if (buf == NULL) {
        return HsErr_NoMemory();
    }
    memcpy(buf, p, (size_t)n);
    hs_random_sha512(buf, (size_t)n, buf + n);
    HsLongObject *v = hs_int_new(hs_obj_long_from_bytes_capacity((size_t)n + 64));
    if (v != NULL) {
        Hs_SIZE(v) = hs_obj_long_from_bytes(buf, (size_t)n + 64, 0, 0, v->ob_digit);
    }
    hs_mem_raw_free(buf);
    return v != NULL ? hs_int_normalize(v) : NULL;
}

/* 'version' == v, by Python's ==. Returns 1, 0 or -1. */
static int version_is(HsObject *version, long v) {
    if (version == NULL) {
        return v == 2;
    }
    HsObject *o = HsLong_FromLong(v);
    int r = o != NULL ? HsObject_RichCompareBool(version, o, HS_EQ) : -1;
    Hs_XDECREF(o);
    return r;
}

/* self.gauss_next = value. Returns 0 or -1. */
static int set_gauss_next(HsObject *self, HsObject *value) {
    return HsObject_SetAttr(self, hs_builtins_name("gauss_next"), value);
}

/* Lib/random.py's Random.seed(a, version). Returns 0 or -1. */
static int py_seed(HsObject *self, HsObject *a, HsObject *version) {
    a = a != NULL ? a : Hs_None;
    int strlike = HsUnicode_Check(a) || HsBytes_Check(a);
    HsObject *value = NULL;
    int v1 = version_is(version, 1);
    if (v1 < 0) {
        return -1;
    }
    if (v1 && strlike) {
        value = seed_v1_value(a);
    } else {
        int v2 = version_is(version, 2);
        if (v2 < 0) {
            return -1;
        }
        if (v2 && (strlike || HsByteArray_Check(a))) {
            value = seed_v2_value(a);
        } else if (!(a == Hs_None || HsLong_Check(a) || HsFloat_Check(a) || strlike ||
                     HsByteArray_Check(a))) {
            HsErr_SetString(HsExc_TypeError, "The only supported seed types are: None,\n"
                                             "int, float, str, bytes, and bytearray.");
            return -1;
        } else {
            value = Hs_NewRef(a);
        }
    }
    if (value == NULL) {
        return -1;
    }
    int rc = core_seed((HsRandomObject *)self, value);
    Hs_DECREF(value);
    return rc < 0 ? -1 : set_gauss_next(self, Hs_None);
}

static HsObject *py_seed_meth(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                              HsObject *kwnames) {
    static const char *const names[] = {"a", "version"};
    static const HsRandomSig sig = {"Random.seed", names, 2, 0, 0};
    HsObject *a[2];
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0 || py_seed(self, a[0], a[1]) < 0) {
        return NULL;
    }
    Hs_RETURN_NONE;
}

static int py_init(HsObject *self, HsObject *args, HsObject *kwds) {
    static const char *const names[] = {"x"};
    static const HsRandomSig sig = {"Random.__init__", names, 1, 0, 0};
    HsObject *x[1];
    if (bind_tuple_dict(&sig, args, kwds, x) < 0) {
        return -1;
    }
    if (Hs_TYPE(self) == &HsRandom_Type) {
        if (py_seed(self, x[0], NULL) < 0) {
            return -1;
        }
    } else {
        HsObject *r = HsObject_CallMethodOneArg(self, hs_builtins_name("seed"),
                                                x[0] != NULL ? x[0] : Hs_None);
        if (r == NULL) {
            return -1;
        }
        Hs_DECREF(r);
    }
    return set_gauss_next(self, Hs_None);
}

static HsObject *py_getstate(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                             HsObject *kwnames) {
    static const HsRandomSig sig = {"Random.getstate", NULL, 0, 0, 0};
    if (hs_random_bind(&sig, args, nargs, kwnames, NULL) < 0) {
        return NULL;
    }
    HsObject *inner = core_getstate(self, NULL);
    HsObject *gn = inner != NULL ? HsObject_GetAttr(self, hs_builtins_name("gauss_next")) : NULL;
    HsObject *version = HsLong_FromLong(3);
    HsObject *t = gn != NULL && version != NULL ? HsTuple_Pack(3, version, inner, gn) : NULL;
    Hs_XDECREF(inner);
    Hs_XDECREF(gn);
    Hs_XDECREF(version);
    return t;
}

/* a, b, c = seq (Python's unpacking messages). Returns 0 with new references, or -1. */
static int unpack3(HsObject *seq, HsObject **items) {
    HsObject *it = HsObject_GetIter(seq);
    if (it == NULL) {
        return -1;
    }
    int got = 0;
    for (; got < 3; got++) {
        items[got] = HsIter_Next(it);
        if (items[got] == NULL) {
            break;
        }
    }
    HsObject *extra = got == 3 && !HsErr_Occurred() ? HsIter_Next(it) : NULL;
    Hs_DECREF(it);
    if (got == 3 && extra == NULL && !HsErr_Occurred()) {
        return 0;
    }
    if (!HsErr_Occurred()) {
        if (extra != NULL) {
            HsErr_Format(HsExc_ValueError, "too many values to unpack (expected 3)");
        } else {
            HsErr_Format(HsExc_ValueError, "not enough values to unpack (expected 3, got %d)", got);
        }
    }
    Hs_XDECREF(extra);
    for (int i = 0; i < got; i++) {
        Hs_DECREF(items[i]);
    }
    return -1;
}

/* tuple(x % 2**32 for x in inner), for version 2 states. */
static HsObject *state_mod32(HsObject *inner) {
    HsObject *list = HsSequence_List(inner), *mod = HsLong_FromLongLong(1LL << 32);
    for (Hs_ssize_t i = 0; list != NULL && mod != NULL && i < Hs_SIZE(list); i++) {
        HsObject **slot = &HS_LIST_ITEMS(list)[i];
        HsObject *v = HsNumber_Remainder(*slot, mod);
        if (v == NULL) {
            Hs_CLEAR(list);
            break;
        }
        Hs_SETREF(*slot, v);
    }
    Hs_XDECREF(mod);
    HsObject *t = list != NULL ? HsList_AsTuple(list) : NULL;
    Hs_XDECREF(list);
    return t;
}

static HsObject *py_setstate_impl(HsObject *self, HsObject *state) {
    HsObject *zero = HsLong_FromLong(0);
    HsObject *version = zero != NULL ? HsObject_GetItem(state, zero) : NULL;
    Hs_XDECREF(zero);
    if (version == NULL) {
        return NULL;
    }
    int v3 = version_is(version, 3), v2 = v3 == 0 ? version_is(version, 2) : 0;
    HsObject *items[3], *res = NULL;
    if (v3 < 0 || v2 < 0) {
        goto done;
    }
    if (!v3 && !v2) {
        HsErr_Format(HsExc_ValueError,
                     "state with version %S passed to Random.setstate() of version 3", version);
        goto done;
    }
    if (unpack3(state, items) < 0) {
        goto done;
    }
    HsObject *inner = NULL;
    if (set_gauss_next(self, items[2]) == 0) {
        inner = v3 ? Hs_NewRef(items[1]) : state_mod32(items[1]);
    }
    if (inner != NULL) {
        res = core_setstate(self, inner);
        Hs_DECREF(inner);
    }
    for (int i = 0; i < 3; i++) {
        Hs_DECREF(items[i]);
    }
done:
    Hs_DECREF(version);
    return res;
}

static HsObject *py_setstate(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                             HsObject *kwnames) {
    static const char *const names[] = {"state"};
    static const HsRandomSig sig = {"Random.setstate", names, 1, 1, 0};
    HsObject *a[1];
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    return py_setstate_impl(self, a[0]);
}

/* __reduce__: (type(self), (), self.getstate()), for copy and pickle. */
static HsObject *py_reduce(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                           HsObject *kwnames) {
    static const HsRandomSig sig = {"Random.__reduce__", NULL, 0, 0, 0};
    if (hs_random_bind(&sig, args, nargs, kwnames, NULL) < 0) {
        return NULL;
    }
    HsObject *state = HsObject_CallMethodNoArgs(self, hs_builtins_name("getstate"));
    HsObject *empty = state != NULL ? HsTuple_New(0) : NULL;
    HsObject *r = empty != NULL ? HsTuple_Pack(3, (HsObject *)Hs_TYPE(self), empty, state) : NULL;
    Hs_XDECREF(state);
    Hs_XDECREF(empty);
    return r;
}

/* _randbelow(n): a random int in [0, n) for n > 0 (Lib/random.py's private helper). */
static HsObject *py_randbelow(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                              HsObject *kwnames) {
    static const char *const names[] = {"n"};
    static const HsRandomSig sig = {"Random._randbelow_with_getrandbits", names, 1, 1, 0};
    HsObject *a[1];
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    HsObject *n = HsNumber_Index(a[0]);
    if (n == NULL) {
        return NULL;
    }
    HsObject *r = NULL;
    if (Hs_SIZE(n) <= 0) { /* CPython loops forever for n <= 0; refuse instead */
        HsErr_SetString(HsExc_ValueError, "_randbelow() needs a positive bound");
    } else {
        r = hs_random_randbelow(self, n);
    }
    Hs_DECREF(n);
    return r;
}

/* randbytes(n): self.getrandbits(n * 8).to_bytes(n, 'little'). */
static HsObject *py_randbytes(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                              HsObject *kwnames) {
    static const char *const names[] = {"n"};
    static const HsRandomSig sig = {"Random.randbytes", names, 1, 1, 0};
    HsObject *a[1];
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    HsObject *eight = HsLong_FromLong(8);
    HsObject *kobj = eight != NULL ? HsNumber_Multiply(a[0], eight) : NULL;
    Hs_XDECREF(eight);
    int k;
    int rc = kobj != NULL ? as_c_int(kobj, &k) : -1;
    Hs_XDECREF(kobj);
    if (rc < 0) {
        return NULL;
    }
    if (k < 0) {
        return HsErr_Format(HsExc_ValueError, "number of bits must be non-negative");
    }
    HsObject *bits = call_getrandbits(self, k);
    if (bits == NULL) {
        return NULL;
    }
    HsObject *out = HsBytes_FromStringAndSize(NULL, k / 8);
    if (out != NULL &&
        hs_obj_long_to_bytes(((HsLongObject *)bits)->ob_digit, Hs_SIZE(bits),
                             (unsigned char *)HsBytes_AS_STRING(out), (size_t)(k / 8), 1, 0) < 0) {
        Hs_CLEAR(out);
        HsErr_SetString(HsExc_OverflowError, HS_LONG_MSG_TO_BYTES);
    }
    Hs_DECREF(bits);
    return out;
}

/* ==== random.Random: the type ==== */

static int py_traverse(HsObject *op, hs_visitproc visit, void *arg) {
    HsRandomPyObject *p = (HsRandomPyObject *)op;
    return p->rnd_dict != NULL ? visit(p->rnd_dict, arg) : 0;
}

static int py_clear(HsObject *op) {
    Hs_CLEAR(((HsRandomPyObject *)op)->rnd_dict);
    return 0;
}

static void py_dealloc(HsObject *op) {
    hs_gc_untrack(op);
    py_clear(op);
    hs_gc_free(op);
}

/* The instance __dict__, made on first use. Return: new reference. */
static HsObject *py_get_dict(HsObject *op, void *closure) {
    (void)closure;
    HsRandomPyObject *p = (HsRandomPyObject *)op;
    if (p->rnd_dict == NULL && (p->rnd_dict = HsDict_New()) == NULL) {
        return NULL;
    }
    return Hs_NewRef(p->rnd_dict);
}

#define PY_METHOD(name, cfunc, doc)                                                                \
    { name, HS_CFUNC(cfunc), HS_METH_FASTCALL | HS_METH_KEYWORDS, doc }

static HsMethodDef py_methods[] = {
    PY_METHOD("seed", py_seed_meth, "Initialize internal state from a seed."),
    PY_METHOD("getstate", py_getstate, "Return internal state; can be passed to setstate()."),
    PY_METHOD("setstate", py_setstate,
              "Restore internal state from object returned by getstate()."),
    PY_METHOD("randbytes", py_randbytes, "Generate n random bytes."),
    PY_METHOD("__getstate__", py_getstate, "The state, for pickle."),
    PY_METHOD("__setstate__", py_setstate, "Restore the state, for pickle."),
    PY_METHOD("__reduce__", py_reduce, "Return state information for pickling."),
    PY_METHOD("_randbelow", py_randbelow, "Return a random int in the range [0,n)."),
    PY_METHOD("randrange", hs_random_randrange,
              "Choose a random item from range(stop) or range(start, stop[, step])."),
    PY_METHOD("randint", hs_random_randint,
              "Return random integer in range [a, b], including both end points."),
    PY_METHOD("choice", hs_random_choice, "Choose a random element from a non-empty sequence."),
    PY_METHOD("shuffle", hs_random_shuffle, "Shuffle list x in place, and return None."),
    PY_METHOD("sample", hs_random_sample,
              "Chooses k unique random elements from a population sequence."),
    PY_METHOD("choices", hs_random_choices,
              "Return a k sized list of population elements chosen with replacement."),
    PY_METHOD("uniform", hs_random_uniform, "Get a random number in the range [a, b)."),
    PY_METHOD("triangular", hs_random_triangular, "Triangular distribution."),
    PY_METHOD("normalvariate", hs_random_normalvariate, "Normal distribution."),
    PY_METHOD("gauss", hs_random_gauss, "Gaussian distribution."),
    PY_METHOD("lognormvariate", hs_random_lognormvariate, "Log normal distribution."),
    PY_METHOD("expovariate", hs_random_expovariate, "Exponential distribution."),
    PY_METHOD("vonmisesvariate", hs_random_vonmisesvariate, "Circular data distribution."),
    PY_METHOD("gammavariate", hs_random_gammavariate, "Gamma distribution."),
    PY_METHOD("betavariate", hs_random_betavariate, "Beta distribution."),
    PY_METHOD("paretovariate", hs_random_paretovariate, "Pareto distribution."),
    PY_METHOD("weibullvariate", hs_random_weibullvariate, "Weibull distribution."),
    {NULL, NULL, 0, NULL},
};

static HsGetSetDef py_getset[] = {
    {"__dict__", py_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

HsTypeObject HsRandom_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "random.Random",
    .tp_basicsize = sizeof(HsRandomPyObject),
    .tp_dealloc = py_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "Random number generator base class used by bound module functions.",
    .tp_traverse = py_traverse,
    .tp_clear = py_clear,
    .tp_methods = py_methods,
    .tp_getset = py_getset,
    .tp_base = &HsRandomCore_Type,
    .tp_dictoffset = offsetof(HsRandomPyObject, rnd_dict),
    .tp_init = py_init,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = HsType_GenericNew,
};

/* ==== random.SystemRandom ==== */

static HsObject *urandom_bytes(Hs_ssize_t n) {
    HsObject *b = HsBytes_FromStringAndSize(NULL, n);
    if (b != NULL && os_urandom(HsBytes_AS_STRING(b), (size_t)n) < 0) {
        Hs_CLEAR(b);
        HsErr_SetString(HsExc_OSError, "[Errno 5] Input/output error");
    }
    return b;
}

/* (int.from_bytes(urandom(7)) >> 3) * 2**-53. */
static HsObject *sys_random(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                            HsObject *kwnames) {
    static const HsRandomSig sig = {"SystemRandom.random", NULL, 0, 0, 0};
    unsigned char b[7];
    (void)self;
    if (hs_random_bind(&sig, args, nargs, kwnames, NULL) < 0) {
        return NULL;
    }
    if (os_urandom(b, sizeof b) < 0) {
        return HsErr_Format(HsExc_OSError, "[Errno 5] Input/output error");
    }
    uint64_t x = 0;
    for (int i = 0; i < 7; i++) {
        x = x << 8 | b[i];
    }
    return HsFloat_FromDouble((double)(x >> 3) * (1.0 / 9007199254740992.0));
}

static HsObject *sys_getrandbits(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                 HsObject *kwnames) {
    static const char *const names[] = {"k"};
    static const HsRandomSig sig = {"SystemRandom.getrandbits", names, 1, 1, 0};
    HsObject *a[1];
    int k;
    (void)self;
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0 || as_c_int(a[0], &k) < 0) {
        return NULL;
    }
    if (k < 0) {
        return HsErr_Format(HsExc_ValueError, "number of bits must be non-negative");
    }
    size_t numbytes = ((size_t)k + 7) / 8;
    uint32_t *w = hs_mem_raw_malloc((numbytes + 3) / 4 * 4 + 4);
    if (w == NULL) {
        return HsErr_NoMemory();
    }
    memset(w, 0, (numbytes + 3) / 4 * 4 + 4);
    if (os_urandom(w, (size_t)k / 32 * 4 + 4) < 0) {
        hs_mem_raw_free(w);
        return HsErr_Format(HsExc_OSError, "[Errno 5] Input/output error");
    }
    if (k % 32 != 0) {
        w[k / 32] &= (1u << (k % 32)) - 1; /* exactly k uniform bits */
    } else {
        w[k / 32] = 0;
    }
    HsObject *r = int_from_words(w, (size_t)k / 32 + 1);
    hs_mem_raw_free(w);
    return r;
}

static HsObject *sys_randbytes(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                               HsObject *kwnames) {
    static const char *const names[] = {"n"};
    static const HsRandomSig sig = {"SystemRandom.randbytes", names, 1, 1, 0};
    HsObject *a[1];
    (void)self;
    if (hs_random_bind(&sig, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    Hs_ssize_t n = HsNumber_AsSsize_t(a[0], HsExc_OverflowError);
    if (n == -1 && HsErr_Occurred()) {
        return NULL;
    }
    if (n < 0) {
        return HsErr_Format(HsExc_ValueError, "negative argument not allowed");
    }
    return urandom_bytes(n);
}

static HsObject *sys_seed(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                          HsObject *kwnames) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    Hs_RETURN_NONE;
}

static HsObject *sys_notimplemented(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                    HsObject *kwnames) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return HsErr_Format(HsExc_NotImplementedError, "System entropy source does not have state.");
}

static HsMethodDef sys_methods[] = {
    PY_METHOD("random", sys_random, "Get the next random number in the range 0.0 <= X < 1.0."),
    PY_METHOD("getrandbits", sys_getrandbits,
              "getrandbits(k) -> x.  Generates an int with k random bits."),
    PY_METHOD("randbytes", sys_randbytes, "Generate n random bytes."),
    PY_METHOD("seed", sys_seed, "Stub method.  Not used for a system random number generator."),
    PY_METHOD("getstate", sys_notimplemented,
              "Method should not be called for a system random number generator."),
    PY_METHOD("setstate", sys_notimplemented,
              "Method should not be called for a system random number generator."),
    {NULL, NULL, 0, NULL},
};

HsTypeObject HsSystemRandom_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "random.SystemRandom",
    .tp_basicsize = sizeof(HsRandomPyObject),
    .tp_dealloc = py_dealloc,
    .tp_getattro = HsObject_GenericGetAttr,
    .tp_setattro = HsObject_GenericSetAttr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_BASETYPE,
    .tp_doc = "Alternate random number generator using sources provided by the operating "
              "system.",
    .tp_traverse = py_traverse,
    .tp_clear = py_clear,
    .tp_methods = sys_methods,
    .tp_base = &HsRandom_Type,
    .tp_alloc = HsType_GenericAlloc,
    .tp_new = HsType_GenericNew,
};

/* ==== the modules ==== */

int hs_random_core_init(HsObject **module_out) {
    *module_out = NULL;
    if (HsType_Ready(&HsRandomCore_Type) < 0) {
        return -1;
    }
    HsObject *m = HsModule_New("_random");
    if (m == NULL) {
        return -1;
    }
    if (HsModule_AddObjectRef(m, "Random", (HsObject *)&HsRandomCore_Type) < 0) {
        Hs_DECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}

/* The names Lib/random.py binds to methods of its hidden instance _inst. */
static const char *const bound_names[] = {
    "seed",        "random",          "uniform",        "triangular",
    "randint",     "choice",          "randrange",      "sample",
    "shuffle",     "choices",         "normalvariate",  "lognormvariate",
    "expovariate", "vonmisesvariate", "gammavariate",   "gauss",
    "betavariate", "paretovariate",   "weibullvariate", "getstate",
    "setstate",    "getrandbits",     "randbytes",      NULL,
};

/* random.__all__, Lib/random.py's list of public names. Returns 0 or -1. */
static int add_all(HsObject *m) {
    static const char *const names[] = {
        "Random",         "SystemRandom", "betavariate",    "choice",
        "choices",        "expovariate",  "gammavariate",   "gauss",
        "getrandbits",    "getstate",     "lognormvariate", "normalvariate",
        "paretovariate",  "randbytes",    "randint",        "random",
        "randrange",      "sample",       "seed",           "setstate",
        "shuffle",        "triangular",   "uniform",        "vonmisesvariate",
        "weibullvariate",
    };
    Hs_ssize_t n = (Hs_ssize_t)(sizeof names / sizeof names[0]);
    HsObject *list = HsList_New(n);
    for (Hs_ssize_t i = 0; list != NULL && i < n; i++) {
        HsObject *s = HsUnicode_FromString(names[i]);
        if (s == NULL) {
            Hs_CLEAR(list);
            break;
        }
        HS_LIST_SET(list, i, s);
    }
    int rc = list != NULL ? HsModule_AddObjectRef(m, "__all__", list) : -1;
    Hs_XDECREF(list);
    return rc;
}

/* Module constants of Lib/random.py. Returns 0 or -1. */
static int add_constants(HsObject *m) {
    const struct {
        const char *name;
        double value;
    } consts[] = {
        {"NV_MAGICCONST", 4 * exp(-0.5) / sqrt(2.0)},
        {"LOG4", log(4.0)},
        {"SG_MAGICCONST", 1.0 + log(4.5)},
        {"RECIP_BPF", 1.0 / 9007199254740992.0},
        {"TWOPI", 2.0 * 3.141592653589793},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        HsObject *v = HsFloat_FromDouble(consts[i].value);
        int rc = v != NULL ? HsModule_AddObjectRef(m, consts[i].name, v) : -1;
        Hs_XDECREF(v);
        if (rc < 0) {
            return -1;
        }
    }
    HsObject *bpf = HsLong_FromLong(53);
    int rc = bpf != NULL ? HsModule_AddObjectRef(m, "BPF", bpf) : -1;
    Hs_XDECREF(bpf);
    return rc;
}

/* Random.VERSION = 3 (the class attribute getstate/setstate name). Returns 0 or -1. */
static int add_version(void) {
    HsObject *version = HsLong_FromLong(3);
    int rc = version != NULL ? HsDict_SetItemString(HsRandom_Type.tp_dict, "VERSION", version) : -1;
    Hs_XDECREF(version);
    hs_type_modified(&HsRandom_Type);
    return rc;
}

int hs_random_init(HsObject **module_out) {
    *module_out = NULL;
    if (HsType_Ready(&HsRandom_Type) < 0 || HsType_Ready(&HsSystemRandom_Type) < 0 ||
        add_version() < 0) {
        return -1;
    }
    HsObject *m = HsModule_New("random");
    HsObject *inst = m != NULL ? HsObject_CallNoArgs((HsObject *)&HsRandom_Type) : NULL;
    if (inst == NULL || HsModule_AddObjectRef(m, "Random", (HsObject *)&HsRandom_Type) < 0 ||
        HsModule_AddObjectRef(m, "SystemRandom", (HsObject *)&HsSystemRandom_Type) < 0 ||
        HsModule_AddObjectRef(m, "_inst", inst) < 0 || add_constants(m) < 0 || add_all(m) < 0) {
        goto error;
    }
    for (int i = 0; bound_names[i] != NULL; i++) {
        HsObject *f = HsObject_GetAttrString(inst, bound_names[i]);
        int rc = f != NULL ? HsModule_AddObjectRef(m, bound_names[i], f) : -1;
        Hs_XDECREF(f);
        if (rc < 0) {
            goto error;
        }
    }
    Hs_DECREF(inst);
    *module_out = m;
    return 0;
error:
    Hs_XDECREF(inst);
    Hs_XDECREF(m);
    return -1;
}
