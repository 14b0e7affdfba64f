/* Loading code objects that CPython 3.11 compiled (serialized by tools/gen_vm_cases.py's
 * emit_code) so tests can run CPython's own bytecode in heapscope's eval loop before, and
 * independently of, heapscope's compiler. */
#ifndef HS_TESTS_SUPPORT_VMLOAD_H
#define HS_TESTS_SUPPORT_VMLOAD_H

#include "internal/hs_obj.h"

#include <stdio.h>

/* Read the code block starting at the next line of 'fp' ("code ..."), giving every code
 * object the file name 'filename'. Return: new reference, or NULL at end of input. */
HsObject *hs_vmload_code(FILE *fp, const char *filename);

/* The next line of 'fp' after a code block (e.g. "expect ..."), without its newline, in a
 * buffer owned by the loader; NULL at the end. */
const char *hs_vmload_next_line(FILE *fp);

/* A builtins dict holding the built-in exception types (enough for the test programs).
 * Return: new reference. */
HsObject *hs_vmload_builtins(void);

/* Decode hex into 'out'; returns the byte count. */
size_t hs_vmload_unhex(const char *hex, uint8_t *out);

#endif /* HS_TESTS_SUPPORT_VMLOAD_H */
