/* The interactive interpreter (CPython 3.11: Python/pythonrun.c PyRun_InteractiveLoopFlags
 * and PyRun_InteractiveOneObject, Parser/myreadline.c, Modules/readline.c).
 * Each statement is read line by line: sys.ps1 ('>>> ') before the first line, sys.ps2
 * ('... ') before the next ones, until hs_comp_input_incomplete says the lines form a whole
 * statement (a compound statement ends at a blank line). It is compiled in 'single' mode as
 * "<stdin>", line 1, and run in __main__; expression statements echo through PRINT_EXPR and
 * sys.displayhook. An exception prints its traceback and the loop goes on; SystemExit ends
 * it with its status; Ctrl-C while reading prints KeyboardInterrupt and drops the lines
 * typed; EOF (Ctrl-D) ends it with status 0 after a newline.
 * Lines come from libedit (line editing, history) when stdin and stdout are terminals and
 * HS_WITH_LIBEDIT is 1 (the Makefile sets it when <histedit.h> exists); otherwise from
 * getline with the prompt on stderr, as CPython's PyOS_StdioReadline does.
 * Ctrl-C while a statement runs sets hs_vm_interrupt_pending: the eval loop raises
 * KeyboardInterrupt at its next backward jump (a loop), printed as a traceback. Departure:
 * code that never jumps backward (one long C call, a blocking read) is not interrupted.
 * Invariant: from the first prompt to the end of the loop SIGINT is caught (reading: drop the
 * line; running: interrupt the code); the default action is restored when the loop ends. */
#include "internal/hs_cli.h"
#include "internal/hs_compile.h"
#include "internal/hs_compile_codegen.h"
#include "internal/hs_modules.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_exc.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_vm.h"
#include "internal/hs_vm_gil.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef HS_WITH_LIBEDIT
#define HS_WITH_LIBEDIT 0
#endif
#if HS_WITH_LIBEDIT
#include <histedit.h>
#endif

/* ==== constants and types ==== */

#define HS_REPL_HISTORY 1000 /* lines kept by libedit's history */

/* Where lines come from. 'el' is NULL when reading with getline. */
typedef struct Reader {
#if HS_WITH_LIBEDIT
    EditLine *el;
    History *hist;
#endif
    char *line; /* getline's buffer */
    size_t cap;
} Reader;

/* The lines of the statement being typed, each ending in '\n'. */
typedef struct Buffer {
    char *text;
    size_t len, cap;
} Buffer;

static volatile sig_atomic_t got_sigint;
#if HS_WITH_LIBEDIT
static char prompt_text[256]; /* the prompt libedit shows (its callback takes no argument) */
#endif

/* ==== reading lines ==== */

static void on_sigint(int sig) {
    (void)sig;
    got_sigint = 1;
}

/* While a statement runs: the eval loop raises KeyboardInterrupt at its next backward jump. */
static void on_sigint_running(int sig) {
    (void)sig;
    hs_vm_interrupt_pending = 1;
}

/* Catch SIGINT while reading (without SA_RESTART, so a blocked read returns EINTR), or
 * while running a statement. */
static void catch_sigint(int reading) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = reading ? on_sigint : on_sigint_running;
    sigaction(SIGINT, &sa, NULL);
}

#if HS_WITH_LIBEDIT
static char *edit_prompt(EditLine *el) {
    (void)el;
    return prompt_text;
}

/* Ctrl-D: EOF on an empty line, else delete the character under the cursor (libedit's own
 * em-delete-or-list echoes "^D" first, which GNU readline and so CPython do not). */
static unsigned char edit_ctrl_d(EditLine *el, int ch) {
    (void)ch;
    const LineInfo *li = el_line(el);
    if (li->buffer == li->lastchar) {
        return CC_EOF;
    }
    if (li->cursor < li->lastchar) {
        el_cursor(el, 1);
        el_deletestr(el, 1);
        return CC_REFRESH;
    }
    return CC_NORM;
}
#endif

static void reader_open(Reader *rd) {
    memset(rd, 0, sizeof *rd);
#if HS_WITH_LIBEDIT
    if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
        rd->el = el_init("heapscope", stdin, stdout, stderr);
        rd->hist = history_init();
    }
    if (rd->el != NULL && rd->hist != NULL) {
        HistEvent ev;
        history(rd->hist, &ev, H_SETSIZE, HS_REPL_HISTORY);
        history(rd->hist, &ev, H_SETUNIQUE, 1);
        el_set(rd->el, EL_EDITOR, "emacs");
        el_set(rd->el, EL_SIGNAL, 1);
        el_set(rd->el, EL_PROMPT, edit_prompt);
        el_set(rd->el, EL_HIST, history, rd->hist);
        // the wide call: el_set's narrow EL_ADDFN copies the strings and never frees them
        el_wset(rd->el, EL_ADDFN, L"hs-ctrl-d", L"EOF or delete", edit_ctrl_d);
        el_set(rd->el, EL_BIND, "^D", "hs-ctrl-d", NULL);
        el_source(rd->el, NULL); /* ~/.editrc, as other libedit programs */
    } else if (rd->el != NULL) {
        el_end(rd->el);
        rd->el = NULL;
    }
#endif
}

static void reader_close(Reader *rd) {
#if HS_WITH_LIBEDIT
    if (rd->hist != NULL) {
        history_end(rd->hist);
    }
    if (rd->el != NULL) {
        el_end(rd->el);
    }
#endif
    free(rd->line);
}

/* One line after showing 'prompt', without its newline, into *out (owned by 'rd').
 * Returns 1 for a line, 0 at EOF, -1 when Ctrl-C interrupted the reading. */
static int reader_get(Reader *rd, const char *prompt, const char **out) {
    got_sigint = 0;
    catch_sigint(1);
    ssize_t n;
#if HS_WITH_LIBEDIT
    if (rd->el != NULL) {
        snprintf(prompt_text, sizeof prompt_text, "%s", prompt);
        int count = 0;
        const char *s;
        HS_BEGIN_ALLOW_THREADS /* other threads run while the prompt waits */
        s = el_gets(rd->el, &count);
        HS_END_ALLOW_THREADS
        catch_sigint(0);
        if (got_sigint || count < 0) {
            el_reset(rd->el);
            return -1;
        }
        if (s == NULL || count == 0) {
            return 0;
        }
        size_t len = strlen(s);
        if (len + 1 > rd->cap && (rd->line = realloc(rd->line, rd->cap = len + 1)) == NULL) {
            return 0;
        }
        memcpy(rd->line, s, len + 1);
        rd->line[strcspn(rd->line, "\n")] = '\0';
        if (rd->line[strspn(rd->line, " \t")] != '\0') {
            HistEvent ev;
            history(rd->hist, &ev, H_ENTER, rd->line);
        }
        *out = rd->line;
        return 1;
    }
#endif
    fputs(prompt, stderr);
    fflush(stderr);
    int err;
    HS_BEGIN_ALLOW_THREADS
    n = getline(&rd->line, &rd->cap, stdin);
    err = errno;
    HS_END_ALLOW_THREADS
    errno = err;
    catch_sigint(0);
    if (n < 0 && (got_sigint || errno == EINTR)) {
        clearerr(stdin);
        return -1;
    }
    if (n < 0) {
        return 0;
    }
    rd->line[strcspn(rd->line, "\n")] = '\0';
    *out = rd->line;
    return 1;
}

/* ==== running statements ==== */

/* str(sys.<name>), or 'def' when it is missing or str() fails, into 'buf'. */
static void sys_prompt(const char *name, const char *def, char *buf, size_t size) {
    snprintf(buf, size, "%s", def);
    HsObject *v = hs_sys_get_object(name);
    HsObject *s = v != NULL ? HsObject_Str(v) : NULL;
    const char *u = s != NULL ? HsUnicode_AsUTF8(s) : NULL;
    if (u != NULL) {
        snprintf(buf, size, "%s", u);
    }
    Hs_XDECREF(s);
    HsErr_Clear();
}

/* Compile and run one statement. Returns 0 to go on, or 1 with '*status' for SystemExit. */
static int run_statement(const Buffer *buf, HsObject *main_dict, int *status) {
    HsCompileError err = {0};
    HsObject *co = hs_comp_compile(buf->text, buf->len, "<stdin>", HS_PARSE_SINGLE, &err);
    if (co == NULL) {
        hs_vm_raise_compile_error(&err);
        hs_comp_error_clear(&err);
        hs_cli_print_exception();
        return 0;
    }
    hs_vm_issue_compile_warnings(&err, "<stdin>");
    hs_vm_interrupt_pending = 0;
    HsObject *r = hs_vm_eval_code((HsCodeObject *)co, main_dict, main_dict);
    hs_vm_interrupt_pending = 0; // a Ctrl-C the code never noticed is dropped
    Hs_DECREF(co);
    if (r != NULL) {
        Hs_DECREF(r);
        return 0;
    }
    if (HsErr_ExceptionMatches(HsExc_SystemExit)) {
        *status = hs_cli_handle_exception();
        return 1;
    }
    hs_cli_print_exception();
    return 0;
}

static int buffer_add(Buffer *b, const char *line) {
    size_t n = strlen(line);
    if (line[strspn(line, " \t\f")] == '\0') {
        n = 0; // a line of blanks ends a block like an empty one
    }
    if (b->len + n + 2 > b->cap) {
        size_t cap = (b->len + n + 2) * 2;
        char *t = realloc(b->text, cap);
        if (t == NULL) {
            return -1;
        }
        b->text = t;
        b->cap = cap;
    }
    memcpy(b->text + b->len, line, n);
    b->len += n;
    b->text[b->len++] = '\n';
    b->text[b->len] = '\0';
    return 0;
}

/* sys.ps1 = '>>> ' and sys.ps2 = '... ' unless already set (CPython: pymain_repl). */
static void set_prompts(void) {
    HsObject *sys = hs_sys_get_object("modules");
    HsObject *mod = sys != NULL ? HsDict_GetItemString(sys, "sys") : NULL;
    if (mod == NULL) {
        return;
    }
    static const char *const names[2][2] = {{"ps1", ">>> "}, {"ps2", "... "}};
    for (int i = 0; i < 2; i++) {
        if (hs_sys_get_object(names[i][0]) == NULL) {
            HsObject *v = HsUnicode_FromString(names[i][1]);
            if (v == NULL || HsObject_SetAttrString(mod, names[i][0], v) < 0) {
                HsErr_Clear();
            }
            Hs_XDECREF(v);
        }
    }
}

static void print_banner(void) {
    HsObject *v = hs_sys_get_object("version");
    HsObject *p = hs_sys_get_object("platform");
    const char *vs = v != NULL && HsUnicode_Check(v) ? HsUnicode_AsUTF8(v) : "3.11";
    const char *ps = p != NULL && HsUnicode_Check(p) ? HsUnicode_AsUTF8(p) : "unknown";
    fprintf(stderr, "Python %s on %s\nType \"help\", \"copyright\", \"credits\" or \"license\" "
                    "for more information.\n", vs, ps);
}

/* ==== internal API ==== */

int hs_cli_repl(HsObject *main_dict, int banner) {
    set_prompts();
    if (banner) {
        print_banner();
    }
    Reader rd;
    reader_open(&rd);
    Buffer buf = {0};
    int status = 0;
    for (;;) {
        hs_stdio_flush_all();
        fflush(stdout);
        char prompt[256];
        sys_prompt(buf.len == 0 ? "ps1" : "ps2", buf.len == 0 ? ">>> " : "... ", prompt,
                   sizeof prompt);
        const char *line = NULL;
        int got = reader_get(&rd, prompt, &line);
        if (got < 0) {
            fputs("\nKeyboardInterrupt\n", stderr);
            buf.len = 0;
            continue;
        }
        if (got == 0) {
#if HS_WITH_LIBEDIT
            fputs("\n", rd.el != NULL ? stdout : stderr);
#else
            fputs("\n", stderr);
#endif
            if (buf.len == 0) {
                break;
            }
            // EOF inside a statement ends it: run what was typed, then read EOF again
        } else if (buf.len == 0 && line[strspn(line, " \t\f")] == '\0') {
            continue;
        } else if (buffer_add(&buf, line) < 0) {
            fputs("heapscope: out of memory\n", stderr);
            status = 1;
            break;
        } else if (hs_comp_input_incomplete(buf.text, buf.len)) {
            continue;
        }
        int done = run_statement(&buf, main_dict, &status);
        buf.len = 0;
        if (done) {
            break;
        }
    }
    free(buf.text);
    reader_close(&rd);
    signal(SIGINT, SIG_DFL);
    return status;
}
