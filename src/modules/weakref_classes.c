/* The classes of Lib/weakref.py, written in C (CPython 3.11: Lib/weakref.py, Lib/_weakrefset.py).
 * Placeholder until the classes land. */
#include "internal/hs_modules.h"

int hs_weakref_add_classes(HsObject *m) {
    (void)m;
    return 0;
}
