/* The `_random` and `random` modules (src/modules/randommodule*.c; CPython 3.11:
 * Modules/_randommodule.c and Lib/random.py). _random.Random is the Mersenne Twister
 * (MT19937) state; random.Random is its subclass with an instance dict (holding gauss_next),
 * with Lib/random.py's methods written in C. The split: randommodule.c (the generator,
 * seeding, SHA-512, state, the types and modules), randommodule_int.c (randrange, choice,
 * shuffle, sample, choices), randommodule_dist.c (the real-valued distributions). */
#ifndef HS_INTERNAL_HS_MODULES_RANDOM_H
#define HS_INTERNAL_HS_MODULES_RANDOM_H
#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif
#include "internal/hs_obj.h"

#include <stddef.h>
#include <stdint.h>

/* ==== the generator ==== */

#define HS_RANDOM_N 624 /* MT19937 state words */

/* _random.Random: 'rnd_index' in [0, HS_RANDOM_N]; HS_RANDOM_N means "regenerate before the
 * next output". */
typedef struct HsRandomObject {
    HsObject ob_base;
    int rnd_index;
    uint32_t rnd_state[HS_RANDOM_N];
} HsRandomObject;

/* random.Random (and SystemRandom): the generator plus an instance __dict__ (NULL until first
 * needed), which holds 'gauss_next' as in CPython. */
typedef struct HsRandomPyObject {
    HsRandomObject rnd_base;
    HsObject *rnd_dict;
} HsRandomPyObject;

extern HsTypeObject HsRandomCore_Type;   /* '_random.Random' */
extern HsTypeObject HsRandom_Type;       /* 'random.Random' */
extern HsTypeObject HsSystemRandom_Type; /* 'random.SystemRandom' */

/* The next 32 output bits (CPython: genrand_uint32). */
uint32_t hs_random_genrand(HsRandomObject *r);
/* A double in [0, 1) with 53 random bits (CPython: _random.Random.random). */
double hs_random_next_double(HsRandomObject *r);
/* SHA-512 of data[0:n] into out[0:64] (CPython: hashlib.sha512(data).digest()). */
void hs_random_sha512(const unsigned char *data, size_t n, unsigned char out[64]);

/* self.random() as a double: the generator directly for random.Random itself, else a call of
 * the 'random' method (so SystemRandom and overrides are honoured). Returns 0, or -1 with an
 * exception. */
int hs_random_float(HsObject *self, double *out);
/* self._randbelow(n) for an int 'n' > 0: getrandbits(n.bit_length()) until below n.
 * Return: new reference. */
HsObject *hs_random_randbelow(HsObject *self, HsObject *n);
/* The same for a C size 'n' > 0, the result in *out. Returns 0 or -1. */
int hs_random_randbelow_ssize(HsObject *self, Hs_ssize_t n, Hs_ssize_t *out);

/* ==== Python-style argument binding ==== */

/* A Lib/random.py method's signature, for messages exactly like a Python function's
 * ("Random.sample() missing 1 required positional argument: 'k'"); 'self' is implicit and
 * counted in "takes N positional arguments". 'names' lists the 'npos' positional parameters
 * (the first 'nreq' required) then 'nkwonly' keyword-only ones (all optional). */
typedef struct HsRandomSig {
    const char *qualname;
    const char *const *names;
    int npos, nreq, nkwonly;
} HsRandomSig;

/* Bind vectorcall arguments to 'sig': out[i] gets a borrowed reference or NULL (not given).
 * Returns 0, or -1 with CPython's TypeError. */
int hs_random_bind(const HsRandomSig *sig, HsObject *const *args, Hs_ssize_t nargs,
                   HsObject *kwnames, HsObject **out);

/* ==== the methods of random.Random in the other files ====
 * All take a random.Random (or subclass) 'self' and vectorcall arguments (borrowed).
 * Return: new reference, or NULL with an exception. */
#define HS_RANDOM_METHOD(name)                                                                     \
    HsObject *hs_random_##name(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,            \
                               HsObject *kwnames)
HS_RANDOM_METHOD(randrange);
HS_RANDOM_METHOD(randint);
HS_RANDOM_METHOD(choice);
HS_RANDOM_METHOD(shuffle);
HS_RANDOM_METHOD(sample);
HS_RANDOM_METHOD(choices);
HS_RANDOM_METHOD(uniform);
HS_RANDOM_METHOD(triangular);
HS_RANDOM_METHOD(normalvariate);
HS_RANDOM_METHOD(gauss);
HS_RANDOM_METHOD(lognormvariate);
HS_RANDOM_METHOD(expovariate);
HS_RANDOM_METHOD(vonmisesvariate);
HS_RANDOM_METHOD(gammavariate);
HS_RANDOM_METHOD(betavariate);
HS_RANDOM_METHOD(paretovariate);
HS_RANDOM_METHOD(weibullvariate);

#endif /* HS_INTERNAL_HS_MODULES_RANDOM_H */
