/* The heapscope command's own parts shared between src/cli files (CPython: Modules/main.c,
 * Python/pythonrun.c): exit-status handling and the interactive loop. */
#ifndef HS_INTERNAL_HS_CLI_H
#define HS_INTERNAL_HS_CLI_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "hs/object.h"

/* The process exit status for the exception being raised, which is printed unless it is a
 * SystemExit, and cleared (CPython: _Py_HandleSystemExit and PyErr_Print). 0 when no
 * exception is set. */
int hs_cli_handle_exception(void);

/* Print the exception being raised as a traceback (SystemExit too), store it in
 * sys.last_type/last_value/last_traceback and clear it (CPython: PyErr_Print). */
void hs_cli_print_exception(void);

/* The read-eval-print loop on stdin, running statements in 'main_dict' (borrowed) (CPython:
 * PyRun_InteractiveLoopFlags). Sets sys.ps1/ps2 when missing; prints the banner when
 * 'banner'. Line editing and history come from libedit when stdin and stdout are terminals
 * and it was built in (HS_WITH_LIBEDIT); otherwise lines are read from stdin as they come,
 * prompts going to stderr. Returns the exit status: 0 at EOF, SystemExit's code. */
int hs_cli_repl(HsObject *main_dict, int banner);

#endif /* HS_INTERNAL_HS_CLI_H */
