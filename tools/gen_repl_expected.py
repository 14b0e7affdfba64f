#!/usr/bin/env python3
"""Record CPython 3.11's REPL transcripts for tests/repl/*.in (run by tools/test_repl.py).

Each NAME.in is fed as stdin to `python3 -i -q` (the REPL reading a pipe: prompts and
tracebacks on stderr, echoed values on stdout) from the repository root with the
conformance tests' environment; NAME.out, NAME.err and NAME.code keep what it printed and
its exit status. Usage: tools/gen_repl_expected.py [--python EXE] [NAME.in ...]
"""
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENV = {"PATH": os.environ.get("PATH", ""), "PYTHONHASHSEED": "0",
       "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1"}


def run(exe, path):
    """(stdout, stderr, exit code) of the REPL of 'exe' fed with the file 'path'."""
    with open(path, "rb") as f:
        proc = subprocess.run([exe, "-i", "-q"], stdin=f, capture_output=True, cwd=ROOT,
                              env=ENV, timeout=60)
    return (proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"),
            proc.returncode)


def main():
    args = sys.argv[1:]
    exe = "python3"
    if args[:1] == ["--python"]:
        exe, args = args[1], args[2:]
    check = subprocess.run([exe, "-c", "import sys; print(sys.version_info[:2])"],
                           capture_output=True, text=True)
    if check.stdout.strip() != "(3, 11)":
        sys.exit("gen_repl_expected: the oracle must be CPython 3.11")
    inputs = args or sorted(glob.glob(os.path.join(ROOT, "tests", "repl", "*.in")))
    for path in inputs:
        out, err, code = run(exe, path)
        base = path[:-3]
        with open(base + ".out", "w", encoding="utf-8") as f:
            f.write(out)
        with open(base + ".err", "w", encoding="utf-8") as f:
            f.write(err)
        with open(base + ".code", "w") as f:
            f.write(f"{code}\n")
        print(f"{os.path.relpath(path, ROOT)}: exit {code}")


if __name__ == "__main__":
    main()
