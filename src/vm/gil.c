/* The global interpreter lock (CPython 3.11: Python/ceval_gil.h with FORCE_SWITCHING).
 * A mutex and a condition variable guard 'gil_locked'. A thread wanting the GIL waits on the
 * condition for the switch interval (5 ms); when it times out and no switch happened
 * meanwhile it sets the drop request in the eval breaker. The holder sees it at its next
 * eval-breaker point, drops the GIL and (FORCE_SWITCHING) waits on 'switch_cond' until
 * another thread has taken it, so the requester does get it; then it queues for it again.
 * Deterministic mode (--switch=instructions:N): no timeouts; the holder hands the GIL over
 * every N instructions, and whenever it blocks, to the next runnable thread in creation
 * order ('det_next'), waking only that thread (on its own condition variable); a thread only
 * takes the GIL when it is the one designated (or when nobody is). Details and the hook for the tracer: docs/internals/threads.md.
 * Invariants: gil_locked, det_next, switch_number and every state's ts_runnable are read and
 * written under gil_mutex; last_holder under switch_mutex; exactly one thread has
 * gil_locked set by it between its take and its drop. */
#include "internal/hs_vm_gil.h"
#include "internal/hs_vm_trace.h"

#include <errno.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>

/* ==== state ==== */

static pthread_mutex_t gil_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gil_cond = PTHREAD_COND_INITIALIZER;
static pthread_mutex_t switch_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t switch_cond = PTHREAD_COND_INITIALIZER;
static int gil_locked = 1; /* the main thread holds the GIL from the start */
static unsigned long switch_number;
static HsThreadState *last_holder; /* NULL: the main thread before any switch */
static HsThreadState *det_next;    /* deterministic mode: who takes next (NULL: anyone) */
static atomic_long interval_us = 5000;

unsigned long hs_gil_holder = 1;
atomic_int hs_vm_eval_breaker;
long hs_gil_switch_every;
long hs_gil_countdown;

/* ==== static helpers ==== */

/* Wait on gil_cond for at most 'us' microseconds. Returns 1 on timeout. */
static int timed_wait(long us) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_sec += us / 1000000;
    ts.tv_nsec += (us % 1000000) * 1000;
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    return pthread_cond_clockwait(&gil_cond, &gil_mutex, CLOCK_MONOTONIC, &ts) == ETIMEDOUT;
}

/* The next runnable thread after 'from' in creation order, wrapping round, 'from' excluded;
 * NULL when there is none. Called with the GIL and gil_mutex held. */
static HsThreadState *next_runnable(HsThreadState *from) {
    HsThreadState *t = hs_vm_tstate_next(from);
    for (;;) {
        if (t == NULL) {
            t = hs_vm_tstate_first();
        }
        if (t == from) {
            return NULL;
        }
        if (t->ts_runnable) {
            return t;
        }
        t = hs_vm_tstate_next(t);
    }
}

/* Deterministic mode, gil_mutex held, the GIL still ours: wake the designated thread only,
 * or every waiting one when nobody is designated. */
static void wake_designated(void) {
    if (det_next != NULL) {
        pthread_cond_signal(&det_next->ts_gil_cond);
        return;
    }
    for (HsThreadState *t = hs_vm_tstate_first(); t != NULL; t = hs_vm_tstate_next(t)) {
        pthread_cond_signal(&t->ts_gil_cond);
    }
}

/* A daemon thread taking the GIL once the runtime finalizes: let go of the GIL and hang
 * for good, touching nothing (CPython hangs such threads on the GIL). Called with gil_mutex
 * held and the GIL just taken. */
static void hang_forever(HsThreadState *ts) {
    ts->ts_runnable = 0;
    det_next = NULL;
    if (hs_gil_switch_every > 0) {
        wake_designated();
    }
    gil_locked = 0;
    pthread_cond_signal(&gil_cond);
    pthread_mutex_unlock(&gil_mutex);
    for (;;) {
        pause();
    }
}

/* Wait (gil_mutex held) until the GIL is free for 'ts'. */
static void wait_for_gil(HsThreadState *ts) {
    if (hs_gil_switch_every > 0) {
        ts->ts_runnable = 1;
        while (gil_locked || (det_next != NULL && det_next != ts)) {
            pthread_cond_wait(&ts->ts_gil_cond, &gil_mutex);
        }
        det_next = NULL;
        return;
    }
    while (gil_locked) {
        unsigned long saved = switch_number;
        long us = atomic_load_explicit(&interval_us, memory_order_relaxed);
        if (timed_wait(us < 1 ? 1 : us) && gil_locked && switch_number == saved) {
            atomic_store_explicit(&hs_vm_eval_breaker, 1, memory_order_relaxed);
        }
    }
}

/* ==== taking and dropping ==== */

void hs_vm_gil_take(HsThreadState *ts) {
    pthread_mutex_lock(&gil_mutex);
    wait_for_gil(ts);
    pthread_mutex_lock(&switch_mutex);
    gil_locked = 1;
    if (last_holder != ts) {
        last_holder = ts;
        switch_number++;
    }
    pthread_cond_signal(&switch_cond);
    pthread_mutex_unlock(&switch_mutex);
    atomic_store_explicit(&hs_vm_eval_breaker, 0, memory_order_relaxed);
    if (ts != hs_vm_tstate_first() && hs_vm_is_finalizing()) {
        hang_forever(ts);
    }
    pthread_mutex_unlock(&gil_mutex);
    hs_vm_tstate_current = ts;
    hs_gil_countdown = hs_gil_switch_every;
    unsigned long from = hs_gil_holder;
    if (from != ts->ts_number) {
        hs_gil_holder = ts->ts_number;
        hs_vm_trace_thread_switch((long)from, (long)ts->ts_number);
    }
}

void hs_vm_gil_drop(HsThreadState *ts) {
    pthread_mutex_lock(&gil_mutex);
    if (hs_gil_switch_every > 0) {
        wake_designated(); /* before letting go: the list may change once another holds it */
    } else {
        pthread_cond_signal(&gil_cond);
    }
    gil_locked = 0;
    pthread_mutex_unlock(&gil_mutex);
    if (ts != NULL && atomic_load_explicit(&hs_vm_eval_breaker, memory_order_relaxed)) {
        pthread_mutex_lock(&switch_mutex);
        if (last_holder == ts) { /* not switched yet: wait until the requester has it */
            atomic_store_explicit(&hs_vm_eval_breaker, 0, memory_order_relaxed);
            pthread_cond_wait(&switch_cond, &switch_mutex);
        }
        pthread_mutex_unlock(&switch_mutex);
    }
}

HsThreadState *hs_vm_gil_release(void) {
    HsThreadState *ts = hs_vm_tstate_current;
    if (hs_gil_switch_every > 0) {
        pthread_mutex_lock(&gil_mutex);
        ts->ts_runnable = 0; /* blocked: out of the round until it comes back */
        det_next = next_runnable(ts);
        pthread_mutex_unlock(&gil_mutex);
    }
    hs_vm_gil_drop(ts);
    return ts;
}

void hs_vm_gil_acquire(HsThreadState *ts) {
    hs_vm_gil_take(ts);
}

/* Hand the GIL to the next runnable thread and queue for it again. Returns 0 when there is
 * none (the GIL stays held). */
static int hand_over(HsThreadState *ts) {
    pthread_mutex_lock(&gil_mutex);
    HsThreadState *next = next_runnable(ts);
    if (next == NULL) {
        pthread_mutex_unlock(&gil_mutex);
        return 0;
    }
    det_next = next;
    pthread_mutex_unlock(&gil_mutex);
    hs_vm_gil_drop(ts);
    hs_vm_gil_take(ts);
    return 1;
}

int hs_vm_gil_yield(void) {
    if (hs_gil_switch_every <= 0) {
        return 0;
    }
    return hand_over(hs_vm_tstate_current);
}

void hs_vm_gil_instruction_switch(void) {
    hs_gil_countdown = hs_gil_switch_every;
    hand_over(hs_vm_tstate_current);
}

/* In deterministic mode designate the next runnable thread (the state's drop passes NULL). */
void hs_vm_gil_thread_exiting(HsThreadState *ts) {
    if (hs_gil_switch_every > 0) {
        pthread_mutex_lock(&gil_mutex);
        ts->ts_runnable = 0;
        det_next = next_runnable(ts);
        pthread_mutex_unlock(&gil_mutex);
    }
}

/* ==== the eval breaker ==== */

int hs_vm_eval_breaker_handle(void) {
    if (hs_vm_interrupt_pending && hs_vm_tstate_current == hs_vm_tstate_first()) {
        return hs_vm_handle_interrupt(); /* as CPython: signals are the main thread's */
    }
    if (atomic_load_explicit(&hs_vm_eval_breaker, memory_order_relaxed)) {
        HsThreadState *ts = hs_vm_tstate_current;
        hs_vm_gil_drop(ts); /* give the waiting thread its turn */
        hs_vm_gil_take(ts);
    }
    return 0;
}

/* ==== configuration ==== */

void hs_vm_gil_set_interval(double seconds) {
    double us = seconds * 1e6;
    atomic_store(&interval_us, us < 1.0 ? 1 : us > 1e12 ? (long)1e12 : (long)us);
}

double hs_vm_gil_get_interval(void) {
    return 1e-6 * (double)atomic_load(&interval_us); /* CPython's arithmetic */
}

void hs_vm_gil_set_deterministic(long n) {
    hs_gil_switch_every = n > 0 ? n : 0;
    hs_gil_countdown = hs_gil_switch_every;
}

/* ==== ThreadSanitizer builds ==== */

#if defined(__SANITIZE_THREAD__)
/* Tests check that a huge allocation fails with MemoryError: let TSan's malloc return NULL
 * as glibc's does instead of aborting (ASan builds behave so by default). The name is the
 * sanitizer runtime's interface. */
const char *__tsan_default_options(void);
const char *__tsan_default_options(void) {
    return "allocator_may_return_null=1";
}
#endif
