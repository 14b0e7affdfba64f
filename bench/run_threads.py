#!/usr/bin/env python3
"""Threads under the GIL, heapscope and python3 in the same run (make bench).

For bench/threads/cpu.py (CPU-bound) and io.py (sleeps) prints one line each:
    bench threads_NAME heapscope 1t S1 4t S4 speedup X | python3 1t S1 4t S4 speedup X
where S1/S4 are the best-of-3 wall times (seconds) with 1 and with 4 threads doing the same
total work, and X = S1 / S4. Expected: about 1 (no speed-up) for cpu, about 4 for io.
Numbers never fail the build.
"""
import os
import subprocess
import sys
import time

RUNS = 3


def best(cmd):
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, timeout=300)
        if p.returncode != 0:
            return None
        times.append(time.perf_counter() - t0)
    return min(times)


def figures(exe, path):
    one, four = best([exe, path, "1"]), best([exe, path, "4"])
    if one is None or four is None:
        return "failed"
    return f"1t {one:.3f} 4t {four:.3f} speedup {one / four:.2f}"


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
