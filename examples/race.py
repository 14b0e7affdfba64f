# A race condition, live: several threads add 1 to a shared counter. Without a lock some
# additions are lost; with threading.Lock none ever is. (docs/internals/threads.md)
#
#     heapscope examples/race.py                           the GIL switches every 1 us: the
#                                                          lost count changes from run to run
#     heapscope --switch=instructions:5 examples/race.py   the GIL changes hands every 5
#                                                          instructions, in a fixed order: the
#                                                          same updates are lost on every run
#     python3 examples/race.py                             CPython 3.11 loses updates too
#     heapscope examples/race.py 2000                      2000 additions per thread
#
# Why `counter += step()` and not `counter += 1`: `counter += x` is four instructions -- read
# the global, compute, add, write the global back. A thread only gives up the GIL at an
# eval-breaker point (a backward jump, entering a function, returning from a C call). In
# `counter += 1` there is none between the read and the write, so under CPython 3.11's switch
# rules (and heapscope's by default) it happens not to lose updates; calling step() puts one
# right in the middle. --switch=instructions:N switches at any instruction, so there even the
# plain `counter += 1` loses updates.
import sys
import threading

THREADS = 4
ADDS = int(sys.argv[1]) if len(sys.argv) > 1 else 20000  # additions per thread

counter = 0
lock = threading.Lock()


def step():
    return 1


def unsafe():
    global counter
    for _ in range(ADDS):
        counter += step()  # read counter ... call step() (the GIL may move here) ... write


def plain():
    global counter
    for _ in range(ADDS):
        counter += 1


def safe():
    global counter
    for _ in range(ADDS):
        with lock:  # only one thread at a time between acquire and release
            counter += step()


def run(worker):
    global counter
    counter = 0
    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = THREADS * ADDS
    print(f"{worker.__name__:>6}: counter = {counter:6d} of {expected}, "
          f"lost {expected - counter}")


sys.setswitchinterval(1e-6)  # ask for a switch as often as possible (default 0.005 s)
run(unsafe)
run(plain)
run(safe)
