#!/usr/bin/env python3
"""Tests of the heapscope command line (src/cli/main.c) that a conformance script cannot make,
because they depend on how the process is started: stdout and stderr sharing one file with
and without -u / PYTHONUNBUFFERED, and the exit status and message of usage errors. Each
expectation is what CPython 3.11 does (checked by hand against python3 when written; the
interleavings are the documented -u semantics). Run by `make test` through tools/runtests.py
(--driver), printing one 'PASS name' / 'FAIL name: why' line per test.
Usage: tools/test_cli.py HEAPSCOPE
"""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE_ENV = {"PATH": os.environ.get("PATH", ""), "LC_ALL": "C.UTF-8"}

SCRIPT = "import sys\nprint(1)\nsys.stderr.write('x\\n')\nprint(2)\n"


def run_merged(exe, args, extra_env):
    """Run with stdout and stderr on the same pipe; return (status, text)."""
    env = dict(BASE_ENV, **extra_env)
    proc = subprocess.run([exe] + args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          env=env, cwd=ROOT, timeout=60)
    return proc.returncode, proc.stdout.decode("utf-8", "replace")


def main():
    exe = sys.argv[1]
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(SCRIPT)
        path = f.name
    cases = [
        # a pipe is not a terminal: stdout is block-buffered, stderr line-buffered
        ("buffered stdout comes out at exit", [path], {}, 0, "x\n1\n2\n"),
        ("-u writes through", ["-u", path], {}, 0, "1\nx\n2\n"),
        ("PYTHONUNBUFFERED writes through", [path], {"PYTHONUNBUFFERED": "1"}, 0, "1\nx\n2\n"),
        ("empty PYTHONUNBUFFERED is unset", [path], {"PYTHONUNBUFFERED": ""}, 0, "x\n1\n2\n"),
        ("-u before -c", ["-u", "-c", "print(3)"], {}, 0, "3\n"),
        ("unknown option", ["-Z"], {}, 2,
         "Unknown option: -Z\nusage: heapscope [option] ... [-c cmd | file | -] [arg] ...\n"
         "Try `heapscope -h' for more information.\n"),
    ]
    failed = 0
    try:
        for name, args, env, want_status, want_text in cases:
            status, text = run_merged(exe, args, env)
            if status == want_status and text == want_text:
                print(f"PASS {name}")
            else:
                failed += 1
                print(f"FAIL {name}: status {status}, output {text!r}; "
                      f"expected {want_status}, {want_text!r}")
    finally:
        os.unlink(path)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
