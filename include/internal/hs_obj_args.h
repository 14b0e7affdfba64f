/* Argument checking for C functions and methods, with CPython 3.11's exact error messages
 * (CPython: Python/getargs.c, the code Argument Clinic generates). Arguments arrive in the
 * vectorcall shape: 'args[0..nargs)' positional, then values named by the tuple 'kwnames'.
 * Every function returns 0 on success, -1 with TypeError set. Which family a CPython method
 * uses decides its wording, so pick the one CPython uses for that method (check python3):
 *   hs_arg_check_positional  "center expected at least 1 argument, got 0"
 *   hs_arg_unpack_keywords   "split() takes at most 2 arguments (3 given)",
 *                            "'x' is an invalid keyword argument for split()", ...
 *   hs_arg_count_varargs     "find() takes at least 1 argument (0 given)"
 *   hs_arg_no_keywords       "append() takes no keyword arguments"
 *   hs_arg_check_one / hs_arg_check_none  METH_O / METH_NOARGS checks on the qualified name:
 *                            "list.append() takes exactly one argument (0 given)" */
#ifndef HS_INTERNAL_HS_OBJ_ARGS_H
#define HS_INTERNAL_HS_OBJ_ARGS_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

/* CPython: _PyArg_CheckPositional. */
int hs_arg_check_positional(const char *name, Hs_ssize_t nargs, Hs_ssize_t min, Hs_ssize_t max);

/* A function's parameters for hs_arg_unpack_keywords (CPython: _PyArg_Parser).
 * 'keywords' lists every parameter name in order, "" for positional-only ones, and ends
 * with NULL. 'fname' is the name shown in messages, without "()". */
typedef struct HsArgParser {
    const char *fname;
    const char *const *keywords;
} HsArgParser;

/* Match positional and keyword arguments to parameters (CPython: _PyArg_UnpackKeywords).
 * 'minpos'/'maxpos' bound the positional count; 'minkw' is how many leading parameters are
 * required. On success out[i] is a borrowed reference to parameter i's argument, or NULL if
 * it was not given. 'out' must hold one slot per parameter. */
int hs_arg_unpack_keywords(HsObject *const *args, Hs_ssize_t nargs, HsObject *kwnames,
                           const HsArgParser *parser, int minpos, int maxpos, int minkw,
                           HsObject **out);

/* getargs.c's count check for "O|OO:name"-style parsing. */
int hs_arg_count_varargs(const char *name, Hs_ssize_t nargs, Hs_ssize_t min, Hs_ssize_t max);

/* "NAME() takes no keyword arguments" if 'kwnames' (a tuple or NULL) is not empty. */
int hs_arg_no_keywords(const char *name, HsObject *kwnames);
/* Same check for a kwargs dict (or NULL). */
int hs_arg_no_kwargs_dict(const char *name, HsObject *kwargs);

/* METH_O and METH_NOARGS checks; 'qualname' is "type.method" or a function's name. */
int hs_arg_check_one(const char *qualname, Hs_ssize_t nargs);
int hs_arg_check_none(const char *qualname, Hs_ssize_t nargs);

/* Raise "NAME() ARGDESC must be EXPECTED, not TYPE" (CPython: _PyArg_BadArgument), where
 * 'argnum' > 0 gives "argument N" and 0 gives "argument 'PARAM'". Returns -1. */
int hs_arg_bad_argument(const char *fname, int argnum, const char *param, const char *expected,
                        HsObject *arg);

#endif /* HS_INTERNAL_HS_OBJ_ARGS_H */
