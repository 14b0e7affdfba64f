/* zlib.crc32 in C, for tests that compare a digest of a very long output (a name or a
 * normalization for each of the 0x110000 code points) with the digest python3 computed
 * (tools/gen_unicodedb*.py), instead of committing the whole text:
 *
 *     crc_init();
 *     uint32_t crc = 0xFFFFFFFFu;
 *     crc = crc_update(crc, text, len);           // as many times as needed
 *     HS_CHECK((crc ^ 0xFFFFFFFFu) == expected);  // zlib.crc32 of all the text
 */
#ifndef HS_TESTS_SUPPORT_CRC32_H
#define HS_TESTS_SUPPORT_CRC32_H

#include <stddef.h>
#include <stdint.h>

/* Fill the table (reflected polynomial 0xEDB88320); idempotent, call before any update. */
void hs_crc32_init(void);

/* The CRC state 'crc' continued over the 'n' bytes at 'p' (start from ~0 and complement
 * the end result, as zlib does). */
uint32_t hs_crc32_update(uint32_t crc, const char *p, size_t n);

/* Short names the test files call (kept so their checks read as before). */
static inline void crc_init(void) {
    hs_crc32_init();
}
static inline uint32_t crc_update(uint32_t crc, const char *p, size_t n) {
    return hs_crc32_update(crc, p, n);
}

#endif /* HS_TESTS_SUPPORT_CRC32_H */
