#!/usr/bin/env python3
"""Tests of `heapscope --switch=instructions:N` (deterministic GIL switching, src/vm/gil.c),
run by `make test` and `make test-threads` through tools/runtests.py (--driver), printing one
'PASS name' / 'FAIL name: why' line per test.

1. replay: examples/race.py run three times with --switch=instructions:5 prints the same
   lines every time, and the unsynchronised versions lose updates while the Lock one does not.
2. every: different N give different (but each repeatable) interleavings.
3. usage: a malformed --switch is a usage error (exit 2, CPython-style message on stderr).
4. default: without --switch the Lock version of race.py never loses an update.
5. scripts: every tests/py/threads/test_*.py run with --switch=instructions:7 prints CPython's
   recorded output (they are written not to depend on the interleaving).
Usage: tools/test_switch.py HEAPSCOPE
"""
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RACE = os.path.join(ROOT, "examples", "race.py")
ADDS = "3000"  # additions per thread: every handed-over turn costs two context switches
ENV = {"PATH": os.environ.get("PATH", ""), "PYTHONHASHSEED": "0",
       "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"}


def run(exe, *args):
    p = subprocess.run([exe, *args], capture_output=True, text=True, timeout=300, env=ENV,
                       cwd=ROOT)
    return p.returncode, p.stdout, p.stderr


def lost(out):
    """{'unsafe': n, 'plain': n, 'safe': n} from race.py's output."""
    r = {}
    for line in out.splitlines():
        name, _, rest = line.partition(":")
        r[name.strip()] = int(rest.rsplit("lost", 1)[1])
    return r


def test_replay(exe):
    outs = [run(exe, "--switch=instructions:5", RACE, ADDS) for _ in range(3)]
    if any(rc != 0 for rc, _, _ in outs):
        return f"exit status {[rc for rc, _, _ in outs]}: {outs[0][2][-300:]}"
    if len({out for _, out, _ in outs}) != 1:
        return "runs differ: " + " / ".join(repr(out) for _, out, _ in outs)
    counts = lost(outs[0][1])
    if counts.get("unsafe", 0) <= 0 or counts.get("plain", 0) <= 0:
        return f"no update lost without a lock: {counts}"
    if counts.get("safe") != 0:
        return f"the Lock version lost updates: {counts}"
    return None


def test_every(exe):
    a = run(exe, "--switch=instructions:3", RACE, ADDS)[1]
    b = run(exe, "--switch=instructions:11", RACE, ADDS)[1]
    a2 = run(exe, "--switch=instructions:3", RACE, ADDS)[1]
    if a != a2:
        return f"N=3 not repeatable: {a!r} / {a2!r}"
    if a == b:
        return f"N=3 and N=11 interleave identically: {a!r}"
    return None


def test_usage(exe):
    for bad in ("--switch=instructions:0", "--switch=instructions:x", "--switch=time:5"):
        rc, out, err = run(exe, bad, "-c", "pass")
        if rc != 2 or "--switch expects instructions:N" not in err:
            return f"{bad}: exit {rc}, stderr {err!r}"
    return None


def test_default(exe):
    rc, out, err = run(exe, RACE)
    if rc != 0:
        return f"exit {rc}: {err[-300:]}"
    counts = lost(out)
    if counts.get("safe") != 0 or counts.get("plain") != 0:
        return f"lost updates with a lock or in a plain += 1: {counts}"
    return None


def test_scripts(exe):
    bad = []
    for script in sorted(glob.glob(os.path.join(ROOT, "tests", "py", "threads", "test_*.py"))):
        rc, out, err = run(exe, "--switch=instructions:7", script)
        with open(script[:-3] + ".out", encoding="utf-8") as f:
            want = f.read()
        if rc != 0 or out.replace(ROOT + "/", "") != want:
            bad.append(os.path.basename(script) + f" (exit {rc})")
    return "differ: " + ", ".join(bad) if bad else None


def main():
    exe = sys.argv[1] if len(sys.argv) > 1 else "build/heapscope"
    failed = 0
    for name, fn in [("replay", test_replay), ("every", test_every), ("usage", test_usage),
                     ("default", test_default), ("scripts", test_scripts)]:
        why = fn(exe)
        failed += why is not None
        print(f"PASS {name}" if why is None else f"FAIL {name}: {why}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
