#!/usr/bin/env python3
"""The trace viewer's browser tests (docs/viewer.md), run by `make test` in the release build
(tools/runtests.py adds it as a --driver when --build release):

    python3 tools/test_browser.py build/heapscope

Writes the viewer pages into build/browser/ with build/tests/test_trace_html --write (the
library's hs_trace_html_write): the committed fixtures tests/browser/fixtures/*.json (the plain
JSON form), a synthetic 200,000-step / 10,000-object trace (tests/browser/make_fixtures.py
--large, regenerated only when that script changes; --write --gzip, the compressed form
heapscope --html writes), and, when this heapscope has --trace, a trace of
tests/browser/fixtures/cycle.py made by it, as a page by its --html when it has that (else a
'# skip' note), and a page of tests/trace/threads.py by its --switch=instructions:5 --html
(the frames grouped by thread). Then runs
tests/browser/run.mjs in headless Chromium and passes on its 'PASS'/'FAIL' lines.

When docs/trace-schema.json exists (the trace branch), the fixtures are first validated
against it (a PASS/FAIL line; with the jsonschema package, else tools/test_trace.py's validator).

Chromium (/usr/bin/chromium), node and tests/browser/node_modules (npm ci) must be there:
a missing one is a FAIL, never a skip. .ci/run installs them.
"""
import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTDIR = os.path.join(ROOT, "tests", "browser")


def fail(what):
    print(f"FAIL browser setup: {what}", flush=True)
    print("0 passed, 1 failed")
    sys.exit(1)


def run(argv, **kw):
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, **kw)


def write_page(writer, trace, page, title, gzip=False):
    """The page for 'trace' by the library's writer: the plain JSON form, or with 'gzip' the
    compressed one heapscope --html writes (data-encoding "gzip-base64")."""
    proc = run([writer, "--write"] + (["--gzip"] if gzip else []) + [trace, page, title],
               timeout=120)
    if proc.returncode != 0:
        fail(f"{writer} --write {trace}: {proc.stderr.strip()}")


def real_trace(heapscope, outdir):
    """A trace of fixtures/cycle.py by this heapscope (or by $HS_TRACE_HEAPSCOPE, another
    build's), or None (with a note) without --trace."""
    heapscope = os.environ.get("HS_TRACE_HEAPSCOPE") or heapscope
    trace = os.path.join(outdir, "real.json")
    if os.path.exists(trace):
        os.remove(trace)
    script = os.path.join("tests", "browser", "fixtures", "cycle.py")
    try:
        proc = run([heapscope, "--trace", trace, script], timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        print(f"# skip real trace: {heapscope} --trace failed: {e}", flush=True)
        return None
    if proc.returncode != 0 or not os.path.exists(trace):
        why = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"# skip real trace: {heapscope} has no working --trace yet ({why})", flush=True)
        return None
    return trace


def cli_page(heapscope, outdir):
    """The page 'heapscope --html' writes for fixtures/cycle.py, or None (with a note) when
    this build has no --html (the trace is then made into a page with --write)."""
    heapscope = os.environ.get("HS_TRACE_HEAPSCOPE") or heapscope
    page = os.path.join(outdir, "real-cli.html")
    if os.path.exists(page):
        os.remove(page)
    script = os.path.join("tests", "browser", "fixtures", "cycle.py")
    proc = run([heapscope, "--html", page, script], timeout=60)
    if proc.returncode != 0 or not os.path.exists(page):
        why = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"# no --html in {heapscope} ({why}): the real trace's page is made with --write",
              flush=True)
        return None
    return page


def threads_page(heapscope, outdir):
    """The page 'heapscope --switch=instructions:5 --html' writes for tests/trace/threads.py
    (two threads, deterministic switching), or None (with a note) when this build cannot."""
    heapscope = os.environ.get("HS_TRACE_HEAPSCOPE") or heapscope
    page = os.path.join(outdir, "threads.html")
    if os.path.exists(page):
        os.remove(page)
    script = os.path.join("tests", "trace", "threads.py")
    proc = run([heapscope, "--switch=instructions:5", "--html", page, script], timeout=120)
    if proc.returncode != 0 or not os.path.exists(page):
        why = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"# skip threads page: {heapscope} cannot make it ({why})", flush=True)
        return None
    return page


def schema_validator():
    """A function(doc) raising on a document that breaks docs/trace-schema.json, or None with
    the reason: the jsonschema package, else tools/test_trace.py's small validator."""
    path = os.path.join(ROOT, "docs", "trace-schema.json")
    if not os.path.exists(path):
        return None, "no docs/trace-schema.json in this tree"
    with open(path) as f:
        schema = json.load(f)
    try:
        import jsonschema
        validator = jsonschema.Draft202012Validator(schema)

        def check(doc):
            err = jsonschema.exceptions.best_match(validator.iter_errors(doc))
            if err is not None:
                raise ValueError(f"{list(err.absolute_path)}: {err.message[:200]}")
        return check, None
    except ImportError:
        pass
    try:
        sys.path.insert(0, os.path.join(ROOT, "tools"))
        from test_trace import check_schema
        return (lambda doc: check_schema(doc, schema, schema)), None
    except ImportError:
        return None, "neither jsonschema nor tools/test_trace.py's validator"


def check_fixtures(outdir):
    """The fixtures follow the trace format: PASS/FAIL, or a note when there is no schema."""
    check, why = schema_validator()
    if check is None:
        print(f"# skip schema check of the fixtures: {why}", flush=True)
        return
    docs = [(name, os.path.join(TESTDIR, "fixtures", name)) for name in ("cycle.json", "gen.json")]
    small = os.path.join(outdir, "schema-large.json")
    proc = run([sys.executable, os.path.join(TESTDIR, "make_fixtures.py"), "--large", small,
                "3000", "200"], timeout=60)
    docs.append(("make_fixtures.py --large (3000 steps)", small))
    bad = []
    for name, path in docs:
        try:
            with open(path) as f:
                check(json.load(f))
        except (OSError, ValueError) as e:
            bad.append(f"{name}: {e}")
    if proc.returncode != 0:
        bad.append("make_fixtures.py --large failed")
    if bad:
        print("FAIL fixtures: the trace-schema: " + "; ".join(bad), flush=True)
    else:
        print("PASS fixtures: cycle.json, gen.json and the large generator match docs/trace-schema.json",
              flush=True)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: test_browser.py HEAPSCOPE")
    heapscope = os.path.abspath(sys.argv[1])
    out = os.path.dirname(heapscope)
    outdir = os.path.join(out, "browser")
    os.makedirs(outdir, exist_ok=True)
    if not os.path.exists("/usr/bin/chromium"):
        fail("/usr/bin/chromium is missing (apt-get install chromium; .ci/run does it)")
    node = shutil.which("node")
    if node is None:
        fail("node is missing (apt-get install nodejs npm; .ci/run does it)")
    if not os.path.isdir(os.path.join(TESTDIR, "node_modules", "playwright-core")):
        fail("tests/browser/node_modules is missing (cd tests/browser && npm ci; .ci/run does it)")
    writer = os.path.join(out, "tests", "test_trace_html")
    if not os.path.exists(writer):
        fail(f"{writer} is missing (make test builds it)")

    check_fixtures(outdir)
    cycle = os.path.join(outdir, "cycle.html")
    write_page(writer, os.path.join(TESTDIR, "fixtures", "cycle.json"), cycle, "cycle.py")
    gen = os.path.join(outdir, "gen.html")
    write_page(writer, os.path.join(TESTDIR, "fixtures", "gen.json"), gen, "gen.py")
    maker = os.path.join(TESTDIR, "make_fixtures.py")
    large_json = os.path.join(outdir, "large.json")
    if not os.path.exists(large_json) or os.path.getmtime(large_json) < os.path.getmtime(maker):
        proc = run([sys.executable, maker, "--large", large_json + ".tmp"], timeout=120)
        if proc.returncode != 0:
            fail(f"make_fixtures.py --large: {proc.stderr.strip()}")
        os.replace(large_json + ".tmp", large_json)
    large = os.path.join(outdir, "large.html")
    write_page(writer, large_json, large, "big.py", gzip=True)
    argv = [node, "run.mjs", "--cycle", cycle, "--gen", gen, "--large", large, "--shots", outdir]
    real = real_trace(heapscope, outdir)
    if real is not None:
        page = cli_page(heapscope, outdir)
        if page is None:
            page = os.path.join(outdir, "real.html")
            write_page(writer, real, page, "cycle.py", gzip=True)
        argv += ["--real", page]
    threads = threads_page(heapscope, outdir)
    if threads is not None:
        argv += ["--threads", threads]
    proc = subprocess.run(argv, cwd=TESTDIR, timeout=240)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
