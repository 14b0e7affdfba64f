/* Build switches, each always defined to 0 or 1 and tested with #if (STYLE.md section 1).
 *   HS_DEBUG_ASSERT  HS_ASSERT checks invariants and aborts with a message.
 *   HS_DEBUG_REFS    a running total of all reference counts; abort on a negative count.
 *   HS_DEBUG_GC      the collector validates its lists before and after each phase.
 * `make BUILD=debug` turns all three on; `make BUILD=asan` turns on the first two. */
#ifndef HS_HS_CONFIG_H
#define HS_HS_CONFIG_H

#ifndef HS_DEBUG_ASSERT
#define HS_DEBUG_ASSERT 0
#endif
#ifndef HS_DEBUG_REFS
#define HS_DEBUG_REFS 0
#endif
#ifndef HS_DEBUG_GC
#define HS_DEBUG_GC 0
#endif

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Signed size type, as Py_ssize_t. */
typedef ssize_t Hs_ssize_t;
#define HS_SSIZE_T_MAX ((Hs_ssize_t)(SIZE_MAX >> 1))

/* Report a broken invariant and abort. Never returns. */
void hs_fatal(const char *file, int line, const char *what);

#define HS_FATAL(msg) hs_fatal(__FILE__, __LINE__, (msg))

#if HS_DEBUG_ASSERT
#define HS_ASSERT(cond) ((cond) ? (void)0 : hs_fatal(__FILE__, __LINE__, "assertion failed: " #cond))
#else
#define HS_ASSERT(cond) ((void)0)
#endif

#if defined(__GNUC__)
#define HS_LIKELY(x) __builtin_expect(!!(x), 1)
#define HS_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define HS_LIKELY(x) (x)
#define HS_UNLIKELY(x) (x)
#endif

#endif /* HS_HS_CONFIG_H */
