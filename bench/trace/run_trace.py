#!/usr/bin/env python3
"""The step tracer's benchmark (make bench; docs/internals/trace.md): trace
bench/trace/steps200k.py with `heapscope --trace` (line steps) and print
    bench trace_200k steps N seconds S size_mib M  (targets: <= 10 s, <= 20 MiB)
best of 3 wall times. Numbers never fail the build.
Usage: bench/trace/run_trace.py HEAPSCOPE
"""
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    heapscope = sys.argv[1]
    prog = os.path.join(HERE, "steps200k.py")
    best = None
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "trace.json")
        for _ in range(3):
            t0 = time.perf_counter()
            proc = subprocess.run([heapscope, "--trace", out, prog], capture_output=True,
                                  timeout=600)
            dt = time.perf_counter() - t0
            if proc.returncode != 0:
                print("bench trace_200k failed: " + proc.stderr.decode(errors="replace")[-200:])
                return 0
            best = dt if best is None else min(best, dt)
        size = os.path.getsize(out)
        with open(out, encoding="utf-8") as f:
            steps = json.load(f)["summary"]["steps"]
    print(f"bench trace_200k steps {steps} seconds {best:.2f} size_mib {size / 2**20:.1f} "
          f"(targets: <= 10 s, <= 20 MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
