/* Run a command and report its peak resident memory and wall time, for bench/run_py.py.
 * Prints "peak KIB SECONDS" as the last line on stderr and exits with the command's status.
 * A small C program does this rather than a python3 wrapper: the kernel counts a child's
 * resident size before exec into its peak, and a forked python3 is already ~10 MiB, which
 * would hide the figure of a small program. Not a benchmark itself (bench/tools, not a bench/NAME.c). */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: peak COMMAND [ARG]...\n");
        return 2;
    }
    double t0 = now();
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[1], argv + 1);
        perror(argv[1]);
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("wait4");
        return 2;
    }
    double dt = now() - t0;
    fprintf(stderr, "\npeak %ld %.6f\n", ru.ru_maxrss, dt);
    if (WIFSIGNALED(status)) {
        return 128 + WTERMSIG(status);
    }
    return WEXITSTATUS(status);
}
