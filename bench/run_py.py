#!/usr/bin/env python3
"""Time bench/py/*.py under python3 and heapscope in the same run.

For each program prints one line:
    bench NAME ratio R peak_kib H/C
where R is heapscope's best-of-3 wall time divided by python3's, and H/C the peak resident
memory (KiB) of each. A program whose output differs from python3's, or that fails, is
reported as such instead of timed: a ratio is only printed for a correct run. Numbers never
fail the build (docs/internals/vm.md, "Benchmarks").
"""
import glob
import os
import subprocess
import sys

RUNS = 3


# bench/tools/peak.c runs the program and prints its peak resident size and wall time as
# stderr's last line (a C wrapper: a forked python3 would count its own ~10 MiB).
PEAK = None


def run(cmd, path):
    best, peak, out = None, 0, None
    for _ in range(RUNS):
        proc = subprocess.run([PEAK] + cmd + [path],
                              capture_output=True, timeout=600,
                              env={**os.environ, "PYTHONHASHSEED": "0"})
        err = proc.stderr.decode(errors="replace").strip().splitlines()
        if proc.returncode != 0:
            return None, 0, err[-2:-1] or err
        _, kib, secs = err[-1].split()
        peak, dt = max(peak, int(kib)), float(secs)
        best = dt if best is None else min(best, dt)
        out = proc.stdout
    return best, peak, out


def main():
    global PEAK
    heapscope = sys.argv[1] if len(sys.argv) > 1 else "build/heapscope"
    PEAK = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(heapscope),
                                                               "bench", "peak")
    if not os.path.exists(heapscope):
        print(f"bench python programs skipped: {heapscope} not built")
        return 0
    for path in sorted(glob.glob("bench/py/*.py")):
        name = os.path.basename(path)[:-3]
        ct, cpeak, cout = run([sys.executable], path)
        ht, hpeak, hout = run([heapscope], path)
        if ct is None:
            print(f"bench {name} failed under python3: {cout}")
        elif ht is None:
            print(f"bench {name} failed under heapscope: {hout}")
        elif hout != cout:
            print(f"bench {name} wrong output under heapscope")
        else:
            print(f"bench {name} ratio {ht / ct:.2f} peak_kib {hpeak}/{cpeak}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
