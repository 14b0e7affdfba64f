#!/usr/bin/env python3
"""Trace tests (issue #5): run `heapscope --trace` on the small programs of tests/trace and
check the JSON exactly: frames, objects, refcounts, edges, events; every trace is validated
against docs/trace-schema.json (with the jsonschema package when installed, else with the
small validator below, which knows the subset of JSON Schema the schema uses). Also checks
--max-steps, --step=instruction, --show (expected text in tests/trace/*.show), --dot, and
that programs which raise, call sys.exit or recurse too deep are traced without a crash.
Run by `make test` through tools/runtests.py (--driver); prints 'PASS name' / 'FAIL name:
why' lines. Usage: tools/test_trace.py HEAPSCOPE
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests", "trace")
SCHEMA = os.path.join(ROOT, "docs", "trace-schema.json")
ENV = {"PATH": os.environ.get("PATH", ""), "PYTHONHASHSEED": "0", "LC_ALL": "C.UTF-8"}
TIMEOUT = 120

# ==== a small JSON Schema validator (the subset docs/trace-schema.json uses) ====


def check_schema(value, schema, root, path="$"):
    """Raise ValueError naming the first place 'value' breaks 'schema'."""
    if "$ref" in schema:
        name = schema["$ref"].split("/")[-1]
        return check_schema(value, root["$defs"][name], root, path)
    if "const" in schema and value != schema["const"]:
        raise ValueError(f"{path}: {value!r} is not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        raise ValueError(f"{path}: {value!r} not in {schema['enum']}")
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        ok = {"object": isinstance(value, dict), "array": isinstance(value, list),
              "string": isinstance(value, str), "boolean": isinstance(value, bool),
              "null": value is None,
              "integer": isinstance(value, int) and not isinstance(value, bool)}
        if not any(ok[t] for t in types):
            raise ValueError(f"{path}: {value!r} is not {types}")
    if "oneOf" in schema:
        hits = 0
        for sub in schema["oneOf"]:
            try:
                check_schema(value, sub, root, path)
                hits += 1
            except ValueError:
                pass
        if hits != 1:
            raise ValueError(f"{path}: matches {hits} of oneOf")
    if isinstance(value, int) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            raise ValueError(f"{path}: {value} < {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            raise ValueError(f"{path}: {value} > {schema['maximum']}")
    if isinstance(value, str):
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise ValueError(f"{path}: longer than {schema['maxLength']}")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            raise ValueError(f"{path}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                raise ValueError(f"{path}: missing {key}")
        if len(value) < schema.get("minProperties", 0):
            raise ValueError(f"{path}: too few properties")
        props = schema.get("properties", {})
        for key, v in value.items():
            if "propertyNames" in schema:
                check_schema(key, schema["propertyNames"], root, f"{path}.{key}")
            if key in props:
                check_schema(v, props[key], root, f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                raise ValueError(f"{path}: unexpected {key}")
            elif isinstance(schema.get("additionalProperties"), dict):
                check_schema(v, schema["additionalProperties"], root, f"{path}.{key}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", 1 << 62):
            raise ValueError(f"{path}: wrong number of items")
        prefix = schema.get("prefixItems", [])
        for i, v in enumerate(value):
            sub = prefix[i] if i < len(prefix) else schema.get("items")
            if sub is not None:
                check_schema(v, sub, root, f"{path}[{i}]")


def validate(doc):
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    try:
        import jsonschema  # noqa: F401
    except ImportError:
        check_schema(doc, schema, schema)
        return
    jsonschema.Draft202012Validator(schema).validate(doc)
    check_schema(doc, schema, schema)  # the fallback stays honest too


# ==== replaying a trace ====


class State:
    """The full state after each step, rebuilt from the deltas as a viewer would."""

    def __init__(self):
        self.frames, self.globals, self.objects, self.stack = {}, {}, {}, []
        self.stacks, self.thread = {}, 1
        self.line = self.file = None

    def apply(self, step):
        self.line = step["line"]
        self.file = step.get("file", self.file)
        self.stack = step.get("stack", self.stack)
        self.stacks = step.get("stacks", self.stacks)
        self.thread = step.get("thread", self.thread)
        for fid, fd in step.get("frames", {}).items():
            frame = self.frames.setdefault(fid, {"locals": {}, "thread": 1})
            for k in ("function", "qualname", "file", "firstline", "thread", "line"):
                if k in fd:
                    frame[k] = fd[k]
            apply_vars(frame["locals"], fd.get("locals", {}))
        if self.stack:
            self.frames[self.stack[-1]]["line"] = self.line
        apply_vars(self.globals, step.get("globals", {}))
        objs = step.get("objects", {})
        for oid in objs.get("freed", []):
            del self.objects[oid]
        for key, o in objs.get("new", {}).items():
            self.objects[int(key)] = dict(o, edges=list(o.get("edges", [])))
        for key, ch in objs.get("changed", {}).items():
            o = self.objects[int(key)]
            for k, v in ch.items():
                if k == "edges_patch":
                    edges = o["edges"]
                    for label, target in v.get("set", []):
                        for e in edges:
                            if e[0] == label:
                                e[1] = target
                                break
                        else:
                            edges.append([label, target])
                    o["edges"] = [e for e in edges if e[0] not in v.get("del", [])]
                else:
                    o[k] = list(v) if k == "edges" else v

    def var(self, name, frame=None):
        scope = self.globals if frame is None else self.frames[frame]["locals"]
        return scope[name]["ref"]


def apply_vars(scope, delta):
    scope.update(delta.get("set", {}))
    for name in delta.get("del", []):
        scope.pop(name, None)


def states(doc):
    st, out = State(), []
    for step in doc["steps"]:
        st.apply(step)
        full = {"g": st.globals, "o": {str(k): v for k, v in st.objects.items()},
                "f": st.frames, "s": st.stack, "line": st.line, "ss": st.stacks,
                "t": st.thread}
        out.append((step, json.loads(json.dumps(full))))
    return out


# ==== running ====


def run(heapscope, script, *opts, stdin=None):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "t.json")
        proc = subprocess.run([heapscope, "--trace", out, *opts, script], cwd=ROOT, env=ENV,
                              capture_output=True, text=True, timeout=TIMEOUT)
        doc = None
        if os.path.exists(out):
            with open(out, encoding="utf-8") as f:
                doc = json.load(f)
    if doc is None:
        raise AssertionError(f"no trace (exit {proc.returncode}): {proc.stderr[-300:]}")
    validate(doc)
    return doc, proc


def at_line(sts, line, nth=0):
    """The state at the nth step whose line is 'line' (before that line runs)."""
    hits = [s for step, s in sts if s["line"] == line and not step.get("final")]
    return hits[nth]


def final(sts):
    return sts[-1][1]


def obj(s, ref):
    return s["o"][str(ref)]


def script(name):
    return os.path.join("tests", "trace", name)


# ==== the tests ====


def test_alias(hs):
    doc, _ = run(hs, script("alias.py"))
    sts = states(doc)
    before, after, gone = at_line(sts, 3), at_line(sts, 4), final(sts)
    a = before["g"]["a"]["ref"]
    lst = obj(before, a)
    assert lst["type"] == "list" and lst["repr"] == "[1.5, 2.5]", lst
    assert [e[0] for e in lst["edges"]] == ["[0]", "[1]"], lst["edges"]
    assert lst["mutable"] is True and lst["size"] == 72, lst
    assert lst["gc"] == {"tracked": True, "generation": 0, "finalized": False}, lst["gc"]
    assert lst["alloc"] is not None and lst["alloc"]["size_class"] == 64, lst["alloc"]
    assert after["g"]["b"]["ref"] == a == after["g"]["a"]["ref"]
    assert obj(after, a)["refcount"] == lst["refcount"] + 1 == 2, obj(after, a)
    assert "b" not in gone["g"] and obj(gone, a)["refcount"] == 1
    step = [st for st, s in sts if s["line"] == 4][0]
    assert step["objects"] == {"changed": {str(a): {"refcount": 2}}}, step["objects"]


def test_rebind(hs):
    doc, _ = run(hs, script("rebind.py"))
    sts = states(doc)
    s2, s3, end = at_line(sts, 3), at_line(sts, 4), final(sts)
    old = s2["g"]["x"]["ref"]
    assert obj(s2, old)["repr"] == "1000" and obj(s2, old)["mutable"] is False
    new = s3["g"]["x"]["ref"]
    assert new != old and obj(s3, new)["repr"] == "1001" and obj(s3, new)["type"] == "int"
    assert obj(s3, new)["refcount"] == 1 and obj(s3, new)["size"] == 28
    assert str(old) not in s3["o"], "1000 is no longer shown"
    step = [st for st, s in sts if s["line"] == 4][0]
    assert step["objects"]["new"].keys() == {str(new)} and step["objects"]["freed"] == [old]
    assert {"kind": "alloc", "count": 1, "by_type": {"int": 1}} in step["events"], step
    assert end["g"]["y"]["ref"] == new and obj(end, new)["refcount"] == 2


def test_call_frames(hs):
    doc, proc = run(hs, script("call.py"))
    assert proc.stdout == "42\n", proc.stdout
    sts = states(doc)
    lines = [s["line"] for _, s in sts]
    assert lines == [2, 7, 3, 4, 8, 8], lines
    inner = at_line(sts, 3)
    assert len(inner["s"]) == 2, inner["s"]
    top = inner["f"][inner["s"][-1]]
    assert (top["function"], top["firstline"], top["line"]) == ("double", 2, 3), top
    assert obj(inner, top["locals"]["n"]["ref"])["repr"] == "21"
    assert inner["f"][inner["s"][0]]["line"] == 7, "the caller waits at the call"
    call_step = [st for st, s in sts if s["line"] == 3][0]
    assert {"kind": "call", "frame": inner["s"][-1], "function": "double"} in call_step["events"]
    s4 = at_line(sts, 4)
    assert obj(s4, s4["f"][s4["s"][-1]]["locals"]["m"]["ref"])["repr"] == "42"
    back = [st for st, s in sts if s["line"] == 8][0]
    assert back["stack"] == [inner["s"][0]]
    assert {"kind": "return", "frame": inner["s"][-1]} in back["events"]
    assert {"kind": "stdout", "text": "42\n"} in doc["steps"][-1]["events"]
    assert doc["steps"][-1]["stack"] == [] and doc["steps"][-1]["final"] is True
    assert doc["exit"] == {"code": 0, "exception": None} and doc["truncated"] is False
    assert doc["sources"][script("call.py")][6] == "r = double(21)"


def test_cycle_gc(hs):
    doc, proc = run(hs, script("cycle.py"))
    sts = states(doc)
    linked = at_line(sts, 15)
    a, b = linked["g"]["a"]["ref"], linked["g"]["b"]["ref"]
    assert obj(linked, a)["type"] == "Node" and obj(linked, a)["repr"] == "<Node object>"
    assert obj(linked, a)["edges"][:2] == [[".name", obj(linked, a)["edges"][0][1]], [".other", b]]
    assert [".other", a] in obj(linked, b)["edges"]
    assert obj(linked, a)["refcount"] == 2 and obj(linked, b)["refcount"] == 2
    del_step = [st for st, s in sts if s["line"] == 16][0]
    assert set(del_step["objects"]["freed"]) >= {a, b}, del_step["objects"]
    assert del_step["globals"]["del"] == ["a", "b"]
    gc_step = [st for st, s in sts if s["line"] == 17][0]
    gcs = [e for e in gc_step["events"] if e["kind"] == "gc"]
    assert len(gcs) == 1 and gcs[0]["generation"] == 2 and gcs[0]["collected"] == 2, gcs
    assert gcs[0]["pause_ns"] > 0 and gcs[0]["uncollectable"] == 0
    frees = [e for e in gc_step["events"] if e["kind"] == "free"][0]
    assert frees["by_type"].get("Node") == 2, frees
    assert proc.stdout == "2\n" and doc["summary"]["collections"] >= 1


def test_containers(hs):
    doc, _ = run(hs, script("containers.py"))
    sts = states(doc)
    s = at_line(sts, 3)
    d = obj(s, s["g"]["d"]["ref"])
    labels = [e[0] for e in d["edges"]]
    assert labels == ["['k']", "[(1, 2)]", "key [1]"], labels
    assert obj(s, d["edges"][1][1])["repr"] == "'v'"
    key = obj(s, d["edges"][2][1])
    assert key["repr"] == "(1, 2)" and key["mutable"] is False
    end = final(sts)
    t = end["g"]["t"]["ref"]
    assert obj(end, t)["edges"] == [["[0]", end["g"]["d"]["ref"]], ["[1]", end["g"]["s"]["ref"]]]
    lst = obj(end, obj(end, end["g"]["d"]["ref"])["edges"][0][1])
    assert lst["repr"] == "[1.5, (…)]" and lst["edges"][1] == ["[1]", t], lst
    assert obj(end, end["g"]["s"]["ref"])["edges"][0][0] == "{0}"
    assert obj(end, t)["refcount"] == 2


def test_max_steps(hs):
    doc, proc = run(hs, script("call.py"), "--max-steps", "3")
    assert len(doc["steps"]) == 4 and doc["truncated"] is True, len(doc["steps"])
    assert doc["steps"][-1].get("final") is True and proc.stdout == "42\n"
    assert doc["summary"]["steps"] == 4


def test_instruction_mode(hs):
    line, _ = run(hs, script("call.py"))
    instr, _ = run(hs, script("call.py"), "--step=instruction")
    assert instr["step_mode"] == "instruction" and line["step_mode"] == "line"
    n_line, n_instr = len(line["steps"]), len(instr["steps"])
    assert n_instr > 2 * n_line, (n_line, n_instr)
    offsets = [s["offset"] for s in instr["steps"] if "offset" in s]
    assert len(offsets) == n_instr - 1 and all(o % 2 == 0 for o in offsets)


def test_uncaught_exception(hs):
    doc, proc = run(hs, script("raise.py"))
    assert proc.returncode == 1 and "ValueError: bad input" in proc.stderr
    assert doc["exit"] == {"code": 1, "exception": "ValueError: bad input"}, doc["exit"]
    excs = [e for st in doc["steps"] for e in st.get("events", []) if e["kind"] == "exception"]
    assert [(e["frame"], e["type"], e["message"]) for e in excs] == [
        ("f2", "ValueError", "bad input"), ("f1", "ValueError", "bad input")], excs


def test_sys_exit(hs):
    doc, proc = run(hs, script("sysexit.py"))
    assert proc.returncode == 3 and proc.stdout == "before\n", (proc.returncode, proc.stdout)
    assert doc["exit"] == {"code": 3, "exception": "SystemExit: 3"}, doc["exit"]
    outs = "".join(e["text"] for st in doc["steps"] for e in st.get("events", [])
                   if e["kind"] == "stdout")
    assert outs == "before\n"


def test_deep_recursion(hs):
    doc, proc = run(hs, script("deep.py"))
    assert proc.returncode == 0 and proc.stdout == "deep\n", proc.stderr[-300:]
    depth = max(len(st["stack"]) for st in doc["steps"] if "stack" in st)
    assert 990 <= depth <= 1000, depth
    assert doc["steps"][-1]["final"] is True


def test_threads(hs):
    """Under deterministic switching every step shows both threads' frames: the running
    one's in 'stack', the other's in 'stacks', each frame tagged with its thread."""
    doc, proc = run(hs, script("threads.py"), "--switch=instructions:5")
    assert proc.returncode == 0 and proc.stdout == "6\n", (proc.returncode, proc.stderr[-300:])
    sts = states(doc)
    both = {1: 0, 2: 0}
    worker = None
    for step, s in sts:
        last_switch = [e for e in step.get("events", []) if e["kind"] == "thread_switch"]
        if last_switch:
            assert s["t"] == last_switch[-1]["to"], (step, last_switch)
        assert str(s["t"]) not in s["ss"], s["ss"]
        for fid in s["s"]:
            assert s["f"][fid]["thread"] == s["t"], (fid, s["f"][fid], s["t"])
        for th, fids in s["ss"].items():
            for fid in fids:
                assert s["f"][fid]["thread"] == int(th), (fid, s["f"][fid], th)
        for fid in s["s"] + [f for fids in s["ss"].values() for f in fids]:
            for name, ref in s["f"][fid]["locals"].items():
                assert str(ref["ref"]) in s["o"], f"{name} of {fid} is not shown"
        if step.get("final") or not s["ss"]:
            continue
        main = s["s"] if s["t"] == 1 else s["ss"]["1"]
        work = s["s"] if s["t"] == 2 else s["ss"]["2"]
        assert [s["f"][f]["function"] for f in main] == ["<module>"], main
        assert [s["f"][f]["function"] for f in work] == ["worker"], work
        worker = worker or work[0]
        assert work == [worker], "one activation of worker"
        w = s["f"][worker]
        assert w["thread"] == 2 and w["firstline"] == 5 and 5 <= w["line"] <= 9, w
        assert obj(s, w["locals"]["n"]["ref"])["repr"] == "3", w["locals"]
        both[s["t"]] += 1
        if s["t"] == 2 and s["line"] == 8:  # before items.append(i * 10)
            i = int(obj(s, w["locals"]["i"]["ref"])["repr"])
            items = obj(s, w["locals"]["items"]["ref"])
            assert items["repr"] == repr([j * 10 for j in range(i)]), (i, items)
        if s["t"] == 1 and s["line"] == 17:  # before total += k
            k = int(obj(s, s["g"]["k"]["ref"])["repr"])
            assert obj(s, s["g"]["total"]["ref"])["repr"] == str(sum(range(k)))
    assert both[1] > 0 and both[2] > 0, both
    calls = [e for st, _ in sts for e in st.get("events", []) if e["kind"] in ("call", "return")]
    assert calls == [{"kind": "call", "frame": "f1", "function": "<module>"},
                     {"kind": "call", "frame": worker, "function": "worker"},
                     {"kind": "return", "frame": worker},
                     {"kind": "return", "frame": "f1"}], calls
    again, _ = run(hs, script("threads.py"), "--switch=instructions:5")
    assert [(s["line"], s["t"]) for _, s in states(again)] == [(s["line"], s["t"]) for _, s in sts]
    shown = subprocess.run([hs, "--switch=instructions:5", "--show", script("threads.py")],
                           cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=TIMEOUT)
    blocks = shown.stdout.split("── step ")
    grouped = [b for b in blocks if "\n  thread 1" in b and "\n  thread 2" in b]
    assert grouped and all(("  thread 1 (running)" in b) != ("  thread 2 (running)" in b)
                           for b in grouped), blocks[:12]
    assert all("\n  thread " not in b for b in blocks[:4]), "no thread lines while one has frames"
    changes = subprocess.run([hs, "--switch=instructions:5", "--show=changes",
                              script("threads.py")], cwd=ROOT, env=ENV, capture_output=True,
                             text=True, timeout=TIMEOUT)
    assert re.search(r"\n  thread 2( \(running\))?\n\+ worker  line \d+\n", changes.stdout)


def test_all_objects(hs):
    doc, _ = run(hs, script("hidden.py"))
    end = final(states(doc))
    assert set(end["g"]) == {"math", "x"}, end["g"]
    mod = obj(end, end["g"]["math"]["ref"])
    assert mod["type"] == "module" and mod["edges"] == [], "modules are leaves by default"
    fn = obj(end, obj(end, end["g"]["x"]["ref"])["edges"][0][1])
    assert fn["repr"] == "<built-in function len>", fn
    doc, _ = run(hs, script("hidden.py"), "--all-objects")
    end = final(states(doc))
    assert {"math", "x", "__name__", "__builtins__"} <= set(end["g"]), end["g"]
    assert obj(end, end["g"]["__name__"]["ref"])["repr"] == "'__main__'"
    builtins = obj(end, end["g"]["__builtins__"]["ref"])
    assert builtins["repr"] == "<module 'builtins'>", builtins
    labels = dict(builtins["edges"])
    assert labels[".len"] == obj(end, end["g"]["x"]["ref"])["edges"][0][1], "the same len"
    pi = obj(end, dict(obj(end, end["g"]["math"]["ref"])["edges"])[".pi"])
    assert pi["repr"] == "3.141592653589793" and pi["type"] == "float", pi


def test_show(hs):
    for mode, expected in (("--show", "show_tiny.show"), ("--show=changes", "show_tiny.changes")):
        proc = subprocess.run([hs, mode, script("show_tiny.py")], cwd=ROOT, env=ENV,
                              capture_output=True, text=True, timeout=TIMEOUT)
        with open(os.path.join(TESTS, expected), encoding="utf-8") as f:
            want = f.read()
        if proc.stdout != want:
            w, g = want.splitlines(), proc.stdout.splitlines()
            i = next((k for k in range(min(len(w), len(g))) if w[k] != g[k]), min(len(w), len(g)))
            raise AssertionError(f"{mode}: line {i + 1}: want {w[i] if i < len(w) else None!r}, "
                                 f"got {g[i] if i < len(g) else None!r}")
        assert "\x1b[" not in proc.stdout, "no colour when stdout is not a terminal"


def test_dot(hs):
    with tempfile.TemporaryDirectory() as tmp:
        dot = os.path.join(tmp, "g.dot")
        doc, _ = run(hs, script("alias.py"), "--dot", dot, "--dot-step", "2")
        with open(dot, encoding="utf-8") as f:
            text = f.read()
    sts = states(doc)
    a = sts[2][1]["g"]["a"]["ref"]
    assert text.startswith("// heapscope object graph, step 2\ndigraph heapscope {"), text[:80]
    assert f'globals -> o{a} [label="a"];' in text and f'globals -> o{a} [label="b"];' in text
    lst = obj(sts[2][1], a)
    assert f'o{a} -> o{lst["edges"][0][1]} [label="[0]"];' in text
    assert text.count(" -> ") == 4 and text.rstrip().endswith("}")


def comparable(doc):
    """'doc' as text that is the same for two runs of the same program: object IDs (addresses,
    which ASLR moves from run to run) renumbered in order of first appearance, collection
    pauses zeroed."""
    for step in doc["steps"]:
        for ev in step.get("events", []):
            if ev.get("kind") == "gc":
                ev["pause_ns"] = 0
    text = json.dumps(doc, sort_keys=True)
    ids = {}
    return re.sub(r"\b\d{9,}\b", lambda m: "#%d" % ids.setdefault(m.group(0), len(ids)), text)


def test_gzip_trace(hs):
    """--trace FILE.json.gz writes the same trace as --trace FILE.json, gzip-compressed, also
    when --html makes the JSON in memory first; errors as for a plain file."""
    import gzip
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("cycle.py", "containers.py"):
            plain, _ = run(hs, script(name))
            for extra in ([], ["--html", os.path.join(tmp, "t.html")]):
                gz = os.path.join(tmp, "t.json.gz")
                proc = subprocess.run([hs, "--trace", gz, *extra, script(name)], cwd=ROOT,
                                      env=ENV, capture_output=True, text=True, timeout=TIMEOUT)
                assert proc.returncode == 0, (name, extra, proc.stderr[-300:])
                with open(gz, "rb") as f:
                    assert f.read(2) == b"\x1f\x8b", (name, extra, "not gzip")
                with gzip.open(gz, "rt", encoding="utf-8") as f:
                    doc = json.load(f)
                validate(doc)
                assert len(doc["steps"]) == len(plain["steps"]), (name, extra)
                assert comparable(doc) == comparable(plain), (name, extra)
        # Errors: a file that cannot be created, and a write that fails (/dev/full).
        bad = os.path.join(tmp, "no-such-dir", "t.json.gz")
        proc = subprocess.run([hs, "--trace", bad, script("alias.py")], cwd=ROOT, env=ENV,
                              capture_output=True, text=True, timeout=TIMEOUT)
        assert proc.returncode == 2, proc.returncode
        assert f"heapscope: can't write '{bad}': No such file or directory" in proc.stderr, \
            proc.stderr
        full = os.path.join(tmp, "full.json.gz")
        os.symlink("/dev/full", full)
        proc = subprocess.run([hs, "--trace", full, script("alias.py")], cwd=ROOT, env=ENV,
                              capture_output=True, text=True, timeout=TIMEOUT)
        assert proc.returncode == 1, (proc.returncode, proc.stderr)
        assert "heapscope: the trace could not be written completely" in proc.stderr, \
            proc.stderr


def test_html_option(hs):
    """--html writes the page with the trace gzip-compressed and base64-encoded inside its
    <script id="trace" data-encoding="gzip-base64">: it decodes to a valid trace."""
    import base64
    import gzip
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "t.html")
        proc = subprocess.run([hs, "--html", page, script("alias.py")], cwd=ROOT, env=ENV,
                              capture_output=True, text=True, timeout=TIMEOUT)
        if "--html is not available in this build" in proc.stderr:
            assert proc.returncode == 2 and not os.path.exists(page)
            return
        assert proc.returncode == 0 and os.path.getsize(page) > 0, proc.stderr
        with open(page, encoding="utf-8") as f:
            html = f.read()
    found = re.search(r'<script type="text/plain" id="trace" data-encoding="gzip-base64">'
                      r'([A-Za-z0-9+/=]*)</script>', html)
    assert found, html[:200]
    doc = json.loads(gzip.decompress(base64.b64decode(found.group(1), validate=True)))
    validate(doc)
    assert doc["script"] == script("alias.py") and doc["steps"][-1].get("final"), doc["script"]


def final_check(hs, *args):
    env = dict(ENV, HEAPSCOPE_CHECK_FINAL="1")
    proc = subprocess.run([hs, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=TIMEOUT)
    found = re.search(r"\[heapscope final\] refs ([-+]\d+) blocks ([-+]\d+)", proc.stderr)
    assert found, proc.stderr[-300:]
    return found.groups()


def test_no_leftovers(hs):
    """Tracing takes no reference and leaves no block: the finalization check reads the same
    with and without --trace/--show (refcount totals exist in debug builds only)."""
    counted = "/debug/" in hs or "/asan/" in hs
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("alias.py", "call.py", "cycle.py", "containers.py", "raise.py", "threads.py"):
            plain = final_check(hs, script(name))
            traced = final_check(hs, "--trace", os.path.join(tmp, "t.json"), "--show",
                                 script(name))
            if counted:
                assert traced == plain, (name, plain, traced)
            else:
                assert traced[1] == plain[1], (name, plain, traced)


def test_schema_fallback(hs):
    doc, _ = run(hs, script("call.py"))
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    check_schema(doc, schema, schema)
    bad = json.loads(json.dumps(doc))
    bad["steps"][1]["objects"] = {"new": {"1": {"type": "int"}}}
    try:
        check_schema(bad, schema, schema)
    except ValueError:
        return
    raise AssertionError("an object without its fields passed the schema")


def main():
    hs = os.path.abspath(sys.argv[1])
    failed = 0
    for name, fn in sorted((k, v) for k, v in globals().items() if k.startswith("test_")):
        try:
            fn(hs)
            print("PASS " + name, flush=True)
        except Exception as e:  # noqa: BLE001 - every failure is reported
            failed += 1
            print(f"FAIL {name}: {type(e).__name__}: {str(e)[:500]}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
