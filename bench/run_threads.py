#!/usr/bin/env python3
"""Threads under the GIL, heapscope and python3 in the same run (make bench).

For bench/threads/cpu.py (CPU-bound) and io.py (sleeps) prints one line each:
    bench threads_NAME heapscope 1t S1 4t S4 (cpu C4) speedup X | python3 ...
where S1/S4 are the best-of-3 wall times (seconds) with 1 and with 4 threads doing the same
total work, C4 the CPU time (user + system) of that best 4-thread run, and X = S1 / S4.
Expected: X about 1 for cpu (no speed-up: one thread runs bytecode at a time, so C4 <= S4
even on an idle multi-core machine), about 4 for io. On a loaded machine the OS gives 4
threads a larger share than 1, which inflates X; C4 <= S4 still shows there was no
parallelism. Numbers never fail the build.
"""
import os
import resource
import subprocess
import sys
import time

RUNS = 3


def best(cmd):
    """Best wall time of RUNS runs, and the CPU time of that run."""
    runs = []
    for _ in range(RUNS):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, timeout=300)
        wall = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        if p.returncode != 0:
            return None, None
        cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        runs.append((wall, cpu))
    return min(runs)


def figures(exe, path):
    (one, _), (four, cpu4) = best([exe, path, "1"]), best([exe, path, "4"])
    if one is None or four is None:
        return "failed"
    return f"1t {one:.3f} 4t {four:.3f} (cpu {cpu4:.3f}) speedup {one / four:.2f}"


def main():
    heapscope = sys.argv[1] if len(sys.argv) > 1 else "build/heapscope"
    if not os.path.exists(heapscope):
        print(f"bench threads skipped: {heapscope} not built")
        return 0
    for name in ("cpu", "io"):
        path = os.path.join("bench", "threads", name + ".py")
        print(f"bench threads_{name} heapscope {figures(heapscope, path)} | "
              f"python3 {figures(sys.executable, path)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
