#!/usr/bin/env python3
"""Run heapscope's tests and print the closing 'N passed, N failed' line.

C unit-test binaries print one line per test, 'PASS name' or 'FAIL name: why', and exit
non-zero if any failed. A binary that crashes, hangs past the timeout, or exits non-zero
without a FAIL line counts as one failed test of its own.

Python conformance scripts (--heapscope EXE) are run as docs/testing.md describes and their
stdout, stderr and exit code compared byte for byte with CPython's recorded ones. In debug
builds (--build debug) each is also run with HEAPSCOPE_CHECK_FINAL=1 and must end with the
reference total and allocated blocks back at the startup baseline, unless listed in
tests/py/FINAL_LEAKS. Those
listed in tests/py/PASSING count as tests (each must match); --report runs every script
and prints which match, without failing.

In the release build (--build release) tools/test_browser.py, the trace viewer's browser tests
(docs/viewer.md), runs as one more --driver.
"""
import argparse
import os
import subprocess
import sys


def run_c_test(path, timeout, argv=None):
    name = os.path.basename(path)
    try:
        proc = subprocess.run(argv or [path], capture_output=True, text=True, timeout=timeout)
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


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BROWSER_DRIVER = os.path.join(ROOT, "tools", "test_browser.py")


def py_scripts():
    found = []
    for base, _dirs, files in os.walk(os.path.join(ROOT, "tests", "py")):
        found += [os.path.join(base, f) for f in files if f.startswith("test_") and f.endswith(".py")]
    seeds = os.path.join(ROOT, "examples", "seeds")
    if os.path.isdir(seeds):
        found += [os.path.join(seeds, f) for f in os.listdir(seeds) if f.endswith(".py")]
    return sorted(os.path.relpath(f, ROOT) for f in found)


def read_expected(path, ext, default):
    try:
        with open(os.path.join(ROOT, path[:-3] + ext), encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        return default


FINAL_PREFIX = "[heapscope final] "


def final_leaks():
    """Scripts allowed to end away from the startup baseline: tests/py/FINAL_LEAKS, one
    'path  # reason' a line (docs/internals/finalization.md)."""
    try:
        with open(os.path.join(ROOT, "tests", "py", "FINAL_LEAKS")) as f:
            return {l.split("#")[0].strip() for l in f if l.split("#")[0].strip()}
    except FileNotFoundError:
        return set()


def split_final_report(err):
    """Remove the finalization report line from stderr. Returns (stderr, report or None)."""
    lines = err.splitlines(keepends=True)
    if lines and lines[-1].startswith(FINAL_PREFIX):
        return "".join(lines[:-1]), lines[-1][len(FINAL_PREFIX):].strip()
    return err, None


def run_py_test(exe, script, timeout, check_final=False, allowed_leaks=()):
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONHASHSEED": "0",
           "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"}
    if check_final:
        env["HEAPSCOPE_CHECK_FINAL"] = "1"
    try:
        with open(os.devnull, "rb") as devnull:
            proc = subprocess.run([exe, script], cwd=ROOT, env=env, stdin=devnull,
                                  capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"timed out after {timeout}s"
    strip = ROOT + "/"
    out = proc.stdout.decode("utf-8", "replace").replace(strip, "")
    err = proc.stderr.decode("utf-8", "replace").replace(strip, "")
    err, final = split_final_report(err)
    want_out = read_expected(script, ".out", "")
    want_err = read_expected(script, ".err", "")
    want_code = int(read_expected(script, ".code", "0").strip() or 0)
    if proc.returncode < 0:
        return f"crashed (signal {-proc.returncode})"
    problems = []
    if out != want_out:
        problems.append("stdout differs" + first_difference(want_out, out))
    if err != want_err:
        problems.append("stderr differs" + first_difference(want_err, err))
    if proc.returncode != want_code:
        problems.append(f"exit code {proc.returncode}, expected {want_code}")
    if check_final and script not in allowed_leaks:
        if final is None:
            problems.append("no finalization report")
        elif final != "refs +0 blocks +0":
            problems.append(f"not back to the startup baseline at exit: {final}")
    return "; ".join(problems) or None


def first_difference(want, got):
    w, g = want.splitlines(), got.splitlines()
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else "<end>"
        b = g[i] if i < len(g) else "<end>"
        if a != b:
            return f" at line {i + 1}: expected {a!r}, got {b!r}"
    return ""


def passing_list():
    try:
        with open(os.path.join(ROOT, "tests", "py", "PASSING")) as f:
            return [l.strip() for l in f if l.strip() and not l.startswith("#")]
    except FileNotFoundError:
        return []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="release")
    ap.add_argument("--heapscope", help="the interpreter, to run the Python conformance scripts")
    ap.add_argument("--report", action="store_true", help="run every script; report only")
    ap.add_argument("--driver", action="append", default=[],
                    help="a Python test script run as 'python3 SCRIPT HEAPSCOPE' that prints "
                         "PASS/FAIL lines like the C tests (tools/test_repl.py)")
    ap.add_argument("--only", default="",
                    help="run only the conformance scripts whose path starts with this prefix")
    ap.add_argument("binaries", nargs="*")
    args = ap.parse_args()
    timeout = 600 if args.build in ("asan", "tsan") else 300
    if args.report:
        results = [(s, run_py_test(args.heapscope, s, 60)) for s in py_scripts()]
        for script, problem in results:
            print(("PASS " if problem is None else "FAIL ") + script + ("" if problem is None else ": " + problem))
        ok = sum(1 for _, p in results if p is None)
        print(f"conformance report: {ok} of {len(results)} scripts match CPython 3.11")
        return 0
    total_pass, failures = 0, []
    for b in args.binaries:
        p, f = run_c_test(b, timeout)
        total_pass += p
        failures += f
        print(f"{os.path.basename(b)}: {p} passed, {len([x for x in f if not x.startswith('stderr')])} failed", flush=True)
    drivers = list(args.driver)
    # The trace viewer's browser tests (headless Chromium; docs/viewer.md) run in the release
    # build only: the page does not depend on the build, so debug and asan do not repeat them.
    if args.build == "release" and os.path.exists(BROWSER_DRIVER):
        drivers.append(BROWSER_DRIVER)
    for d in drivers if args.heapscope else []:
        p, f = run_c_test(d, timeout, [sys.executable, d, args.heapscope])
        total_pass += p
        failures += f
        print(f"{os.path.basename(d)}: {p} passed, {len([x for x in f if not x.startswith('stderr')])} failed", flush=True)
    if args.heapscope:
        listed = [s for s in passing_list() if s.startswith(args.only)]
        py_pass, py_fail = 0, []
        # Debug builds also check that each script ends at the startup baseline.
        check_final = args.build == "debug"
        allowed = final_leaks()
        for script in listed:
            problem = run_py_test(args.heapscope, script, 120 if args.build in ("asan", "tsan") else 60,
                                  check_final, allowed)
            if problem is None:
                py_pass += 1
            else:
                py_fail.append(f"{script}: {problem}")
        print(f"python conformance: {py_pass} passed, {len(py_fail)} failed", flush=True)
        total_pass += py_pass
        failures += py_fail
    for f in failures:
        print("FAILED " + f)
    nfail = len([x for x in failures if not x.startswith("stderr")])
    print(f"{total_pass} passed, {nfail} failed")
    return 1 if nfail or total_pass == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
