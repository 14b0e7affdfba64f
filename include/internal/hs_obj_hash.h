/* Hash kernels, exactly CPython 3.11 on 64-bit (Python/pyhash.c, Python/bootstrap_hash.c,
 * Objects/tupleobject.c, Objects/complexobject.c): SipHash-1-3 of buffers keyed by the hash
 * secret (Py_HASH_ALGORITHM siphash13, Py_HASH_CUTOFF 0), the numeric hash of a double
 * (modulus 2**61 - 1), the xxHash-based tuple hash and the complex combination.
 * A str is hashed over its PEP 393 canonical bytes (1, 2 or 4 bytes per code point, native
 * little-endian), which the caller passes; bytes over its bytes. hash('') == hash(b'') == 0.
 * The secret must be set once at start-up with hs_obj_hash_secret_init (before any hash of
 * a str or bytes is taken); until then it is all zero, as PYTHONHASHSEED=0.
 * See docs/internals/numbers-and-hashing.md. */
#ifndef HS_INTERNAL_HS_OBJ_HASH_H
#define HS_INTERNAL_HS_OBJ_HASH_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "hs/config.h"

#include <stddef.h>
#include <stdint.h>

/* ==== constants (sys.hash_info) ==== */
typedef Hs_ssize_t HsHash; /* Py_hash_t; -1 is reserved for "error" and never returned */

#define HS_HASH_BITS 61
#define HS_HASH_MODULUS (((uint64_t)1 << HS_HASH_BITS) - 1)
#define HS_HASH_INF 314159
#define HS_HASH_IMAG 1000003
#define HS_HASH_SECRET_SIZE 24 /* sizeof(_Py_HashSecret_t) */

/* ==== the secret ==== */
/* Read a PYTHONHASHSEED value as config_init_hash_seed does: NULL, "" or "random" gives
 * *use_seed = 0; a decimal integer in [0, 4294967295] gives *use_seed = 1 and *seed.
 * Returns -1 for anything else; CPython then stops with the fatal error
 * 'PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]'. */
int hs_obj_hash_parse_seed(const char *text, int *use_seed, uint32_t *seed);

/* _Py_HashRandomization_Init: 'use_seed' with seed 0 zeroes the secret (randomization
 * disabled), with seed N fills it with lcg_urandom(N); without 'use_seed' it reads 24 random
 * bytes from getrandom(), falling back to /dev/urandom. Returns -1 if no randomness could
 * be had (CPython: "failed to get random numbers to initialize Python"). */
int hs_obj_hash_secret_init(int use_seed, uint32_t seed);

/* Copy the 24 bytes of the current secret to 'out'. */
void hs_obj_hash_secret_get(unsigned char out[HS_HASH_SECRET_SIZE]);

/* lcg_urandom(x0): the bytes PYTHONHASHSEED=x0 puts in the secret. */
void hs_obj_hash_lcg(uint32_t x0, unsigned char *buf, size_t size);

/* ==== buffers ==== */
/* SipHash-1-3 with CPython's final xor of all four lanes. */
uint64_t hs_obj_siphash13(uint64_t k0, uint64_t k1, const void *src, size_t n);

/* _Py_HashBytes: 0 for n == 0, else SipHash-1-3 keyed by the secret, -1 mapped to -2. */
HsHash hs_obj_hash_bytes(const void *src, size_t n);

/* ==== numbers ==== */
/* _Py_HashDouble(inst, v): the value mod 2**61 - 1 with the sign of v (so hash(2.0) == 2),
 * +-314159 for +-inf, and for a NaN the identity hash of 'inst' (hs_obj_hash_pointer). */
HsHash hs_obj_hash_double(double v, const void *inst);

/* _Py_HashPointer: the address rotated right by 4 bits, -1 mapped to -2. */
HsHash hs_obj_hash_pointer(const void *p);

/* complex_hash from the hashes of the real and imaginary parts. */
HsHash hs_obj_hash_complex(HsHash hreal, HsHash himag);

/* ==== tuples ==== */
/* tuplehash, incrementally: init, add each item's hash in order, finish with the length. */
typedef struct HsTupleHasher {
    uint64_t acc;
} HsTupleHasher;

void hs_obj_hash_tuple_init(HsTupleHasher *h);
void hs_obj_hash_tuple_add(HsTupleHasher *h, HsHash item);
HsHash hs_obj_hash_tuple_finish(HsTupleHasher *h, size_t len);

/* The hash of a tuple whose items hash to 'items[0..n)'. */
HsHash hs_obj_hash_tuple(const HsHash *items, size_t n);

#endif /* HS_INTERNAL_HS_OBJ_HASH_H */
