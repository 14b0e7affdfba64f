/* Recursion guards for C code that recurses through objects: repr, comparison, hashing
 * of nested containers (CPython: Py_EnterRecursiveCall). As in CPython 3.11 the depth is
 * shared with Python calls and limited by sys.getrecursionlimit() (1000 by default), so a
 * 100,000-deep nested list gives RecursionError instead of exhausting the C stack. */
#ifndef HS_HS_CEVAL_H
#define HS_HS_CEVAL_H

#include "hs/object.h"

/* Enter one level; on passing the limit raise RecursionError "maximum recursion depth
 * exceeded<where>" and return -1. Every 0 return is paired with HsLeave_RecursiveCall. */
int HsEnter_RecursiveCall(const char *where);
void HsLeave_RecursiveCall(void);

int HsSys_GetRecursionLimit(void);
/* Returns -1 with ValueError/RecursionError as sys.setrecursionlimit does. */
int HsSys_SetRecursionLimit(int limit);

#endif /* HS_HS_CEVAL_H */
