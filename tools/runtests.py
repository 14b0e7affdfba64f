#!/usr/bin/env python3
"""Run heapscope's tests and print the closing 'N passed, N failed' line.

C unit-test binaries print one line per test, 'PASS name' or 'FAIL name: why', and exit
non-zero if any failed. A binary that crashes, hangs past the timeout, or exits non-zero
without a FAIL line counts as one failed test of its own.
"""
import argparse
import os
import subprocess
import sys


def run_c_test(path, timeout):
    name = os.path.basename(path)
    try:
        proc = subprocess.run([path], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return 0, [f"{name}: timed out after {timeout}s"]
    passed, failed = 0, []
    for line in proc.stdout.splitlines():
        if line.startswith("PASS "):
            passed += 1
        elif line.startswith("FAIL "):
            failed.append(f"{name}: {line[5:]}")
    if proc.returncode != 0 and not failed:
        why = f"signal {-proc.returncode}" if proc.returncode < 0 else f"exit {proc.returncode}"
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        failed.append(f"{name}: crashed ({why})\n{tail}")
    elif proc.returncode == 0 and failed:
        failed.append(f"{name}: exit 0 despite failures")
    if failed and proc.stderr.strip():
        failed.append("stderr:\n" + "\n".join(proc.stderr.strip().splitlines()[-15:]))
    return passed, failed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="release")
    ap.add_argument("binaries", nargs="*")
    args = ap.parse_args()
    timeout = 600 if args.build == "asan" else 300
    total_pass, failures = 0, []
    for b in args.binaries:
        p, f = run_c_test(b, timeout)
        total_pass += p
        failures += f
        print(f"{os.path.basename(b)}: {p} passed, {len([x for x in f if not x.startswith('stderr')])} failed", flush=True)
    for f in failures:
        print("FAILED " + f)
    nfail = len([x for x in failures if not x.startswith("stderr")])
    print(f"{total_pass} passed, {nfail} failed")
    return 1 if nfail or total_pass == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
