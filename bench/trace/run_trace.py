#!/usr/bin/env python3
"""The step tracer's benchmark (make bench; docs/internals/trace.md): trace
bench/trace/steps200k.py with `heapscope --trace FILE.json.gz` (line steps, gzip-compressed
JSON) and print
    bench trace_200k steps N seconds S size_mib M (gzip; plain json P MiB) (targets: ...)
S is the best of 3 wall times of the .json.gz run and M its file's size, the figures the
issue's targets (<= 10 s, <= 20 MiB) are about; P is the size of the same trace as plain
JSON (`--trace FILE.json`, one run), for reference. Numbers never fail the build.
Usage: bench/trace/run_trace.py HEAPSCOPE
"""
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def trace(heapscope, prog, out):
    """Wall time of one `heapscope --trace out prog`, or None after printing why it failed."""
    t0 = time.perf_counter()
    proc = subprocess.run([heapscope, "--trace", out, prog], capture_output=True, timeout=600)
    dt = time.perf_counter() - t0
    if proc.returncode != 0:
        print("bench trace_200k failed: " + proc.stderr.decode(errors="replace")[-200:])
        return None
    return dt


def main():
    heapscope = sys.argv[1]
    prog = os.path.join(HERE, "steps200k.py")
    best = None
    with tempfile.TemporaryDirectory() as tmp:
        gz = os.path.join(tmp, "trace.json.gz")
        for _ in range(3):
            dt = trace(heapscope, prog, gz)
            if dt is None:
                return 0
            best = dt if best is None else min(best, dt)
        size = os.path.getsize(gz)
        with gzip.open(gz, "rt", encoding="utf-8") as f:
            steps = json.load(f)["summary"]["steps"]
        plain = os.path.join(tmp, "trace.json")
        if trace(heapscope, prog, plain) is None:
            return 0
        plain_size = os.path.getsize(plain)
    print(f"bench trace_200k steps {steps} seconds {best:.2f} size_mib {size / 2**20:.1f} "
          f"(gzip; plain json {plain_size / 2**20:.1f} MiB) (targets: <= 10 s, <= 20 MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
