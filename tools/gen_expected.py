#!/usr/bin/env python3
"""Record CPython 3.11's output for heapscope's Python conformance scripts.

Scripts are tests/py/<area>/test_*.py and examples/seeds/*.py. Each one is run from the
repository root as `python3 <relative path>` with PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8,
LC_ALL=C.UTF-8 and stdin from /dev/null -- exactly how heapscope will be run -- and its output
is stored next to it:

    <name>.out   stdout (always written)
    <name>.err   stderr         } only when the script exits non-zero or writes to stderr;
    <name>.code  exit code + \\n } stale ones are removed otherwise

A script whose first line starts with `# expected: hand-written` keeps its expected files
untouched (its expected output is deliberately not CPython's; none exists today).

Usage:
    tools/gen_expected.py [paths...]      regenerate all (or the given scripts / directories)
    tools/gen_expected.py --check [paths] run every script twice, report any whose output
                                          differs between runs or from the committed files
    --python EXE                          oracle to use (default: python3 on PATH); it must
                                          be CPython 3.11 or the tool refuses to run.
"""
import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEST_DIRS = ["tests/py", "examples/seeds"]
HAND_MARK = "# expected: hand-written"
TIMEOUT = 20


def is_script(rel):
    """True for a runnable script: test_*.py under tests/py, any *.py in examples/seeds."""
    if not rel.endswith(".py"):
        return False
    base = os.path.basename(rel)
    if rel.startswith("tests/py/"):
        return base.startswith("test_")
    if rel.startswith("examples/seeds/"):
        return os.path.dirname(rel) == "examples/seeds"
    return False


def find_scripts(paths):
    """Relative paths (to ROOT) of the scripts under `paths` (all test dirs if empty)."""
    out = []
    roots = paths or TEST_DIRS
    for p in roots:
        ap = os.path.abspath(p if os.path.isabs(p) else os.path.join(os.getcwd(), p))
        if not os.path.exists(ap):
            ap = os.path.join(ROOT, p)
        rel = os.path.relpath(ap, ROOT)
        if os.path.isdir(ap):
            for dirpath, dirnames, filenames in os.walk(ap):
                dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
                for f in sorted(filenames):
                    r = os.path.relpath(os.path.join(dirpath, f), ROOT)
                    if is_script(r):
                        out.append(r)
        elif is_script(rel):
            out.append(rel)
        elif not os.path.exists(ap):
            sys.exit(f"gen_expected: no such file or directory: {p}")
        else:
            sys.exit(f"gen_expected: not a test script (tests/py/**/test_*.py or"
                     f" examples/seeds/*.py): {p}")
    return sorted(set(out))


def oracle_version(python):
    r = subprocess.run([python, "-c", "import sys; print(sys.implementation.name,"
                        " *sys.version_info[:3])"], capture_output=True, text=True)
    return r.stdout.split()


def run(python, rel):
    """Run one script the way heapscope will be run. Return (stdout, stderr, code) as bytes."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONHASHSEED": "0",
           "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1"}
    try:
        with open(os.devnull, "rb") as devnull:
            p = subprocess.run([python, rel], cwd=ROOT, env=env, stdin=devnull,
                               capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return b"", b"TIMEOUT\n", -999
    return normalise(p.stdout), normalise(p.stderr), p.returncode


def normalise(data):
    """CPython 3.11 makes the script's path absolute (__file__, sys.path[0], traceback and
    warning lines); store it relative to the repository root so expected files do not depend
    on where the checkout lives. The heapscope runner applies the same replacement."""
    return data.replace(ROOT.encode() + b"/", b"")


def expected_paths(rel):
    stem = os.path.join(ROOT, rel[:-3])
    return stem + ".out", stem + ".err", stem + ".code"


def is_hand_written(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8", errors="replace") as f:
        return f.readline().startswith(HAND_MARK)


def write_expected(rel, result):
    out, err, code = result
    p_out, p_err, p_code = expected_paths(rel)
    with open(p_out, "wb") as f:
        f.write(out)
    if code != 0 or err:
        with open(p_err, "wb") as f:
            f.write(err)
        with open(p_code, "w") as f:
            f.write(f"{code}\n")
    else:
        for p in (p_err, p_code):
            if os.path.exists(p):
                os.remove(p)


def read_expected(rel):
    p_out, p_err, p_code = expected_paths(rel)
    def rd(p, default):
        if not os.path.exists(p):
            return default
        with open(p, "rb") as f:
            return f.read()
    code = rd(p_code, None)
    return rd(p_out, None), rd(p_err, b""), int(code) if code is not None else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="run twice; report non-deterministic or out-of-date scripts")
    ap.add_argument("--python", default=shutil.which("python3") or "python3")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()

    if sys.version_info[:2] != (3, 11):
        sys.exit(f"gen_expected: must run under CPython 3.11, not {sys.version.split()[0]}")
    ver = oracle_version(args.python)
    if len(ver) < 3 or ver[0] != "cpython" or ver[1:3] != ["3", "11"]:
        sys.exit(f"gen_expected: oracle {args.python} is {' '.join(ver) or 'unusable'},"
                 " not CPython 3.11")

    scripts = find_scripts(args.paths)
    if not scripts:
        sys.exit("gen_expected: no scripts found")

    def job(rel):
        first = run(args.python, rel)
        second = run(args.python, rel) if args.check else None
        return rel, first, second

    bad = 0
    written = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        for rel, first, second in ex.map(job, scripts):
            if first[2] == -999:
                print(f"TIMEOUT {rel}")
                bad += 1
                continue
            if args.check:
                if first != second:
                    which = [n for n, a, b in zip(("stdout", "stderr", "exit code"),
                                                  first, second) if a != b]
                    print(f"NONDETERMINISTIC {rel}: {', '.join(which)} differ between runs")
                    bad += 1
                elif read_expected(rel) != first and not is_hand_written(rel):
                    print(f"OUTDATED {rel}: expected files differ from python3's output")
                    bad += 1
            elif not is_hand_written(rel):
                write_expected(rel, first)
                written += 1
    if args.check:
        print(f"checked {len(scripts)} scripts: {len(scripts) - bad} ok, {bad} bad")
    else:
        print(f"wrote expected output for {written} scripts"
              + (f" ({bad} timed out)" if bad else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
