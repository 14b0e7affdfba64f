/* CRC-32 as zlib.crc32 computes it (see crc32.h), shared by test_unicodedb_names.c and
 * test_unicodedb_norm.c: a byte-at-a-time table for the reflected polynomial 0xEDB88320.
 * Invariant: the table is fully built by hs_crc32_init before hs_crc32_update reads it;
 * building it again writes the same values. */
#include "crc32.h"

/* ==== constants and types ==== */

static uint32_t crc_table[256];

/* ==== internal API ==== */

void hs_crc32_init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) {
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        crc_table[i] = c;
    }
}

/* zlib.crc32 continued over 'n' bytes from state 'crc' (pass and get back ~crc). */
uint32_t hs_crc32_update(uint32_t crc, const char *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        crc = crc_table[(crc ^ (unsigned char)p[i]) & 0xFF] ^ (crc >> 8);
    }
    return crc;
}
