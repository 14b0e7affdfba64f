/* The heapscope command (CPython: Programs/python.c, Modules/main.c, Python/pythonrun.c):
 * `heapscope script.py [args]`, `-c CODE`, `-` or piped stdin, `--version`, `--help`.
 * It starts the runtime (hash secret from PYTHONHASHSEED, types, builtins, sys), compiles
 * the source, runs it as __main__, and exits as CPython does: 0; 1 after printing an
 * uncaught exception (or a SyntaxError) in CPython's format; SystemExit's code; 2 for a
 * usage error or a file that cannot be opened. With no program and stdin a terminal, or
 * with -i (after the program), it runs the REPL (repl.c); -q drops the REPL's banner.
 * Tracing (issue #5, docs/trace-format.md): --trace FILE.json[.gz], --show[=changes], --dot FILE
 * [--dot-step N], --html FILE, --step=line|instruction, --max-steps N run the program under
 * the step tracer (src/trace); the program's own output is written as usual.
 * Invariant: stdout/stderr buffers are flushed on every exit path. */
#include "internal/hs_cli.h"
#include "internal/hs_vm.h"
#include "internal/hs_vm_gil.h"
#include "internal/hs_compile.h"
#include "internal/hs_compile_codegen.h"
#include "internal/hs_modules.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_hash.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_mem.h"
#include "internal/hs_trace.h"
#include "internal/hs_trace_gzip.h"
#include "internal/hs_trace_html.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define HS_VERSION "heapscope 0.1 (Python 3.11.7)"

/* ==== usage ==== */

static const char usage_text[] =
    "usage: heapscope [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-u     : force the stdout and stderr streams to be unbuffered;\n"
    "         this option has no effect on stdin; also PYTHONUNBUFFERED=x\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "--trace FILE.json : record the run step by step as JSON (docs/trace-format.md);\n"
    "         FILE.json.gz (any name ending in .gz): gzip-compressed JSON\n"
    "--show[=changes]  : after each line, print the frames and heap (or what changed)\n"
    "--all-objects     : trace also dunder globals and modules' contents (the builtins)\n"
    "--dot FILE.dot    : write the final object graph for Graphviz (--dot-step N: step N)\n"
    "--html FILE.html  : write the trace viewer page (self-contained; the trace inside\n"
    "         it gzip-compressed)\n"
    "--step=line|instruction : one step per line (default) or per bytecode instruction\n"
    "--max-steps N     : record at most N steps\n"
    "--switch=instructions:N : hand the GIL to the next thread every N instructions, in\n"
    "         thread-creation order, so that a threaded run replays identically\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n"
    "\n"
    "Environment variables:\n"
    "PYTHONHASHSEED: if this variable is set to 'random', a random value is used\n"
    "   to seed the hashes of str and bytes objects.  It can also be set to an\n"
    "   integer in the range [0,4294967295] to get hash values with a\n"
    "   predictable seed.\n";

/* ==== reading the program ==== */

static char *read_all(FILE *fp, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf != NULL) {
        n += fread(buf + n, 1, cap - n, fp);
        if (n < cap) {
            break;
        }
        char *grown = realloc(buf, cap *= 2);
        if (grown == NULL) {
            free(buf);
            return NULL;
        }
        buf = grown;
    }
    *len = n;
    return buf;
}

/* CPython's _Py_abspath: join the current directory and a relative path, as given. */
static char *absolute_path(const char *path) {
    if (path[0] == '/') {
        return strdup(path);
    }
    char cwd[4096];
    if (getcwd(cwd, sizeof cwd) == NULL) {
        return strdup(path);
    }
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *abs = malloc(n);
    if (abs != NULL) {
        snprintf(abs, n, "%s/%s", cwd, path);
    }
    return abs;
}

/* ==== running ==== */

/* Set by -i: the REPL follows the program, so its exceptions (SystemExit too) are printed
 * as tracebacks instead of ending the process (CPython: config->inspect). */
static int inspect;

/* The exit status for the exception being raised, or 1 after printing it under -i. */
static int program_failed(void) {
    if (inspect) {
        hs_cli_print_exception();
        return 1;
    }
    return hs_cli_handle_exception();
}

static int run_source(const char *src, size_t len, const char *filename, HsObject *main_dict) {
    HsCompileError err = {0};
    HsObject *co = hs_comp_compile(src, len, filename, HS_PARSE_FILE, &err);
    if (co == NULL) {
        hs_vm_raise_compile_error(&err);
        hs_comp_error_clear(&err);
        hs_trace_note_exception();
        return program_failed();
    }
    hs_vm_issue_compile_warnings(&err, filename);
    HsObject *r = hs_vm_eval_code((HsCodeObject *)co, main_dict, main_dict);
    Hs_DECREF(co);
    if (r == NULL) {
        hs_trace_note_exception();
        return program_failed();
    }
    Hs_DECREF(r);
    return 0;
}

/* Run 'script' ("-" or NULL: stdin read to its end) as __main__. Returns the exit status
 * (2 when the file cannot be opened). */
static int run_file(const char *script, const char *argv0, HsObject *main_dict) {
    int from_stdin = script == NULL || strcmp(script, "-") == 0;
    char *path = from_stdin ? strdup("<stdin>") : absolute_path(script);
    FILE *fp = from_stdin ? stdin : fopen(script, "rb");
    if (fp == NULL) {
        int e = errno;
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv0, path, e,
                strerror(e));
        free(path);
        return 2;
    }
    size_t len = 0;
    char *src = read_all(fp, &len);
    if (fp != stdin) {
        fclose(fp);
    }
    HsObject *file = HsUnicode_FromString(path);
    if (!from_stdin && file != NULL) {
        HsDict_SetItemString(main_dict, "__file__", file);
    }
    Hs_XDECREF(file);
    int status = src != NULL ? run_source(src, len, path, main_dict) : 1;
    free(src);
    free(path);
    return status;
}

static int init_hash_secret(void) {
    int use_seed = 0;
    uint32_t seed = 0;
    if (hs_obj_hash_parse_seed(getenv("PYTHONHASHSEED"), &use_seed, &seed) < 0) {
        fprintf(stderr, "Fatal Python error: PYTHONHASHSEED must be \"random\" or an integer "
                        "in range [0; 4294967295]\n");
        return -1;
    }
    return hs_obj_hash_secret_init(use_seed, seed);
}

/* ==== command line ==== */

/* The command line up to the program: -c CODE, a script or '-', and the options before it. */
typedef struct Options {
    const char *command, *script;
    int first_arg; /* index in argv of what becomes sys.argv[0], or argc */
    int quiet;     /* -q: no banner */
    const char *trace_json, *trace_dot, *trace_html;
    int trace_show, trace_instruction, trace_all_objects;
    long trace_max_steps, trace_dot_step;
} Options;

/* A tracing option at argv[*i] (its value may take the next argument). Returns 0, or 1
 * after printing a usage error. */
static int parse_trace_option(int argc, char **argv, int *i, Options *o) {
    const char *a = argv[*i];
    const char *names[] = {"--trace", "--dot", "--html", "--dot-step", "--max-steps"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        size_t n = strlen(names[k]);
        if (strncmp(a, names[k], n) != 0 || (a[n] != '\0' && a[n] != '=')) {
            continue;
        }
        const char *v = a[n] == '=' ? a + n + 1 : *i + 1 < argc ? argv[++*i] : NULL;
        if (v == NULL || *v == '\0') {
            fprintf(stderr, "heapscope: option %s needs a value\n", names[k]);
            return 1;
        }
        char *end = NULL;
        long num = k >= 3 ? strtol(v, &end, 10) : 0;
        if (k >= 3 && (*end != '\0' || num < 0)) {
            fprintf(stderr, "heapscope: option %s needs a number >= 0, not '%s'\n", names[k], v);
            return 1;
        }
        switch (k) {
        case 0: o->trace_json = v; break;
        case 1: o->trace_dot = v; break;
        case 2: o->trace_html = v; break;
        case 3: o->trace_dot_step = num; break;
        default: o->trace_max_steps = num; break;
        }
        return 0;
    }
    if (strcmp(a, "--all-objects") == 0) {
        o->trace_all_objects = 1;
        return 0;
    }
    if (strcmp(a, "--show") == 0 || strcmp(a, "--show=changes") == 0) {
        o->trace_show = a[6] == '\0' ? HS_TRACE_SHOW_FULL : HS_TRACE_SHOW_CHANGES;
        return 0;
    }
    if (strcmp(a, "--step=line") == 0 || strcmp(a, "--step=instruction") == 0) {
        o->trace_instruction = a[7] == 'i';
        return 0;
    }
    fprintf(stderr, "Unknown option: %s\nusage: heapscope [option] ... [-c cmd | file | -] "
                    "[arg] ...\nTry `heapscope -h' for more information.\n", a);
    return 1;
}

/* --switch=instructions:N (docs/internals/threads.md, "Deterministic switching"). */
static int parse_switch(const char *spec) {
    char *end = NULL;
    long n = strncmp(spec, "instructions:", 13) == 0 ? strtol(spec + 13, &end, 10) : 0;
    if (end == NULL || *end != '\0' || n <= 0) {
        fprintf(stderr, "heapscope: --switch expects instructions:N with N > 0, not '%s'\n",
                spec);
        return -1;
    }
    hs_vm_gil_set_deterministic(n);
    return 0;
}

/* Parse 'argv' into 'o' (and the -i flag). Returns -1 to go on, or the exit status of
 * --version, --help or a usage error. */
static int parse_options(int argc, char **argv, Options *o) {
    memset(o, 0, sizeof *o);
    o->trace_dot_step = -1;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strncmp(a, "--switch=", 9) == 0) {
            if (parse_switch(a + 9) < 0) {
                return 2;
            }
            continue;
        }
        if (strncmp(a, "--", 2) == 0 && a[2] != '\0' && strcmp(a, "--version") != 0 &&
            strcmp(a, "--help") != 0) {
            int rc = parse_trace_option(argc, argv, &i, o);
            if (rc != 0) {
                return 2;
            }
            continue;
        }
        if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("%s\n", HS_VERSION);
            return 0;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0 || strcmp(a, "-?") == 0) {
            fputs(usage_text, stdout);
            return 0;
        }
        if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -c option\n%s",
                        "usage: heapscope [option] ... [-c cmd | file | -] [arg] ...\n"
                        "Try `heapscope -h' for more information.\n");
                return 2;
            }
            o->command = argv[++i];
            break;
        }
        if (strcmp(a, "-u") == 0) {
            hs_stdio_unbuffered = 1;
            continue;
        }
        if (strcmp(a, "-i") == 0 || strcmp(a, "-q") == 0) {
            inspect |= a[1] == 'i';
            o->quiet |= a[1] == 'q';
            continue;
        }
        if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "Unknown option: %s\nusage: heapscope [option] ... [-c cmd | file "
                            "| -] [arg] ...\nTry `heapscope -h' for more information.\n", a);
            return 2;
        }
        o->script = a;
        break;
    }
    o->first_arg = i;
    return -1;
}

/* ==== internal API (hs_cli.h) ==== */

void hs_cli_print_exception(void) {
    HsObject *exc = HsErr_GetRaisedException();
    if (exc == NULL) {
        return;
    }
    HsObject *sys = hs_sys_get_object("modules");
    sys = sys != NULL ? HsDict_GetItemString(sys, "sys") : NULL;
    HsObject *tb = ((HsBaseExceptionObject *)exc)->traceback;
    if (sys != NULL && (HsObject_SetAttrString(sys, "last_type", (HsObject *)Hs_TYPE(exc)) < 0 ||
                        HsObject_SetAttrString(sys, "last_value", exc) < 0 ||
                        HsObject_SetAttrString(sys, "last_traceback", tb ? tb : Hs_None) < 0)) {
        HsErr_Clear();
    }
    hs_stdio_flush_all();
    hs_vm_print_exception(exc, stderr);
    Hs_DECREF(exc);
}

int hs_cli_handle_exception(void) {
    HsObject *exc = HsErr_GetRaisedException();
    if (exc == NULL) {
        return 0;
    }
    int status = 1;
    if (HsType_IsSubtype(Hs_TYPE(exc), (HsTypeObject *)HsExc_SystemExit)) {
        HsObject *code = ((HsSystemExitObject *)exc)->code;
        if (code == NULL || code == Hs_None) {
            status = 0;
        } else if (HsLong_Check(code)) {
            status = (int)HsLong_AsLong(code);
            HsErr_Clear();
        } else {
            HsObject *s = HsObject_Str(code);
            hs_stdio_flush_all();
            if (s != NULL) {
                fprintf(stderr, "%s\n", HsUnicode_AsUTF8(s));
                Hs_DECREF(s);
            }
            HsErr_Clear();
            status = 1;
        }
    } else {
        hs_stdio_flush_all();
        hs_vm_print_exception(exc, stderr);
    }
    Hs_DECREF(exc);
    return status;
}

/* Finalize as CPython's Py_FinalizeEx (docs/internals/finalization.md): atexit functions,
 * flush, modules torn down, flush again, the runtime's caches emptied. With
 * HEAPSCOPE_CHECK_FINAL set, a debug build then reports the difference from the startup
 * baseline on stderr. Steals: 'main_mod', 'sys', 'builtins'. Returns 'status'. */
static int finalize(int status, HsObject *main_mod, HsObject *sys, HsObject *builtins) {
    hs_thread_shutdown(); /* wait for non-daemon threads (CPython: wait_for_thread_shutdown) */
    hs_atexit_run(); /* atexit functions, weakref.finalize's among them (_PyAtExit_Call) */
    hs_stdio_flush_all();
    fflush(stdout);
    fflush(stderr);
    Hs_DECREF(main_mod); /* sys.modules keeps __main__ until the modules are torn down */
    hs_vm_finalize_modules(sys, builtins);
    hs_stdio_flush_all();
    Hs_XDECREF(sys);
    Hs_XDECREF(builtins);
    hs_vm_finalize_runtime();
    hs_stdio_flush_all();
    fflush(stdout);
    fflush(stderr);
    if (getenv("HEAPSCOPE_CHECK_FINAL") != NULL) {
        hs_vm_finalize_check(stderr);
    }
    return status;
}

/* ==== tracing ==== */

/* Where the tracer's outputs go while the program runs. */
typedef struct Tracing {
    FILE *json;     /* the --trace file, or a memory stream when --html needs the JSON */
    char *mem;      /* the memory stream's buffer */
    size_t mem_len;
    FILE *dot;
} Tracing;

/* Has 'path' the gzip suffix ".gz" (then --trace writes it gzip-compressed)? */
static int is_gzip_path(const char *path) {
    size_t n = strlen(path);
    return n >= 3 && strcmp(path + n - 3, ".gz") == 0;
}

/* Create the output file 'path': a plain stdio stream, or for the --trace file ('trace')
 * named *.gz a gzip-compressing one (src/trace/gzip.c). NULL after printing why not. */
static FILE *open_output(const char *path, int trace) {
    FILE *f = trace && is_gzip_path(path) ? hs_trace_gzip_open(path, HS_TRACE_GZIP_FILE_LEVEL)
                                          : fopen(path, "w");
    if (f == NULL) {
        fprintf(stderr, "heapscope: can't write '%s': %s\n", path, strerror(errno));
    }
    return f;
}

/* Open the outputs and start the tracer. Returns 0, or -1 after printing why not. */
static int start_tracing(const Options *o, HsObject *main_dict, Tracing *t) {
    memset(t, 0, sizeof *t);
    if (o->trace_html != NULL) {
        t->json = open_memstream(&t->mem, &t->mem_len);
    } else if (o->trace_json != NULL) {
        t->json = open_output(o->trace_json, 1);
        if (t->json != NULL) {
            setvbuf(t->json, NULL, _IOFBF, 1 << 20);
        }
    }
    if ((o->trace_html != NULL || o->trace_json != NULL) && t->json == NULL) {
        return -1;
    }
    if (o->trace_dot != NULL && (t->dot = open_output(o->trace_dot, 0)) == NULL) {
        return -1;
    }
    HsTraceOptions to = {
        .script = o->script != NULL ? o->script : "<string>",
        .instruction = o->trace_instruction, .max_steps = o->trace_max_steps, .json = t->json,
        .show = o->trace_show, .color = o->trace_show && isatty(STDOUT_FILENO), .dot = t->dot,
        .dot_step = o->trace_dot_step, .all_objects = o->trace_all_objects,
    };
    if (hs_trace_start(&to, main_dict) < 0) {
        fprintf(stderr, "heapscope: could not start the tracer\n");
        return -1;
    }
    return 0;
}

/* Close the trace (its final step) and write the files. Returns 'status', or 1 when a
 * trace output could not be written. */
static int finish_tracing(const Options *o, Tracing *t, int status) {
    int failed = hs_trace_finish(status) < 0;
    if (t->dot != NULL) {
        failed |= fclose(t->dot) != 0;
    }
    if (t->json != NULL) {
        failed |= fclose(t->json) != 0;
    }
    if (t->mem != NULL && o->trace_json != NULL) {
        FILE *f = open_output(o->trace_json, 1);
        failed |= f == NULL || fwrite(t->mem, 1, t->mem_len, f) != t->mem_len;
        failed |= f != NULL && fclose(f) != 0;
    }
    if (t->mem != NULL && o->trace_html != NULL) {
        FILE *f = open_output(o->trace_html, 0);
        failed |= f == NULL || hs_trace_html_write(f, t->mem, t->mem_len,
                                                   o->script != NULL ? o->script : "<string>",
                                                   HS_TRACE_HTML_GZIP) < 0;
        failed |= f != NULL && fclose(f) != 0;
    }
    free(t->mem);
    if (failed) {
        fprintf(stderr, "heapscope: the trace could not be written completely\n");
        return status != 0 ? status : 1;
    }
    return status;
}

/* ==== main ==== */

int main(int argc, char **argv) {
    Options opt;
    int rc = parse_options(argc, argv, &opt);
    if (rc >= 0) {
        return rc;
    }
    const char *command = opt.command, *script = opt.script;
    int i = opt.first_arg;
    const char *unbuffered = getenv("PYTHONUNBUFFERED");
    if (unbuffered != NULL && unbuffered[0] != '\0') {
        hs_stdio_unbuffered = 1;
    }
    if (init_hash_secret() < 0 || hs_vm_init() < 0) {
        fprintf(stderr, "heapscope: could not start the runtime\n");
        return 1;
    }
    hs_vm_finalize_baseline();
    /* sys.argv: the script and what follows it; ['-c', ...] for -c; [''] for stdin. */
    int sys_argc = i < argc ? argc - i : 1;
    char **sys_argv = i < argc ? argv + i : (char *[]){"", NULL};
    if (command != NULL) {
        sys_argv[0] = "-c";
    }
    HsObject *builtins = NULL, *sys = NULL;
    if (hs_builtins_init(&builtins) < 0 || hs_sys_init(builtins, sys_argc, sys_argv, &sys) < 0) {
        HsErr_Print();
        return 1;
    }
    hs_vm_finalize_keep_builtins(builtins); /* restored before builtins are wiped at exit */
    HsObject *sys_modules = HsObject_GetAttrString(sys, "modules");
    HsObject *sys_path = HsObject_GetAttrString(sys, "path");
    if (sys_modules == NULL || sys_path == NULL) {
        HsErr_Print();
        return 1;
    }
    hs_vm_import_init(sys_modules, sys_path, builtins);
    if (hs_modules_register_builtins() < 0) {
        HsErr_Print();
        return 1;
    }
    Hs_DECREF(sys_modules); /* sys keeps both alive; the import system borrows them */
    Hs_DECREF(sys_path);
    HsObject *main_mod = HsModule_New("__main__");
    HsObject *main_dict = HS_MODULE_DICT(main_mod);
    HsDict_SetItemString(sys_modules, "__main__", main_mod);
    HsDict_SetItemString(main_dict, "__builtins__", builtins);
    int status = 0;
    int from_stdin = command == NULL && (script == NULL || strcmp(script, "-") == 0);
    int tracing = opt.trace_json || opt.trace_show || opt.trace_dot || opt.trace_html;
    Tracing tr;
    if (tracing && (from_stdin || inspect)) {
        fprintf(stderr, "heapscope: tracing needs a script file or -c\n");
        return finalize(2, main_mod, sys, builtins);
    }
    if (tracing && start_tracing(&opt, main_dict, &tr) < 0) {
        return finalize(2, main_mod, sys, builtins);
    }
    if (from_stdin && (inspect || isatty(STDIN_FILENO))) {
        status = hs_cli_repl(main_dict, !opt.quiet); /* CPython: pymain_repl */
    } else if (command != NULL) {
        status = run_source(command, strlen(command), "<string>", main_dict);
    } else {
        status = run_file(script, argv[0], main_dict);
    }
    if (tracing) {
        hs_thread_shutdown(); /* the threads' steps are part of the run (finalize's is a no-op) */
        status = finish_tracing(&opt, &tr, status);
    }
    if (inspect && !from_stdin) {
        status = hs_cli_repl(main_dict, 0);
    }
    return finalize(status, main_mod, sys, builtins);
}
