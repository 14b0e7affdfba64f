#!/usr/bin/env python3
"""Trace fixtures for the viewer's browser tests, written to the trace format (version 1,
docs/trace-format.md) by hand rather than by the tracer, so the viewer can be tested on its own.

    python3 tests/browser/make_fixtures.py            rewrite fixtures/*.json (committed)
    python3 tests/browser/make_fixtures.py --large OUT [STEPS [OBJECTS]]
        write a synthetic trace of STEPS steps (200000) with OBJECTS live objects (10000)

cycle.json is fixtures/cycle.py step by step: a list and an alias, a call that builds a
two-list cycle (the list's append as an edges_patch), the cycle leaving the trace when the call
returns, gc.collect() collecting it (a generation-2 collection that collects 2), stdout, and a
string holding "</script><!--" (the page must embed it without breaking out of its script
element).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = 0x7F3A_1000_0000  # fake addresses, 16-byte aligned like CPython's


def addr(k):
    return BASE + 16 * k


def obj(type_, repr_, size, rc, mutable, edges=(), gen=0, gc=None, alloc=None):
    """An OBJECT; gc: True/False (a GC type, tracked or not) or None (default: mutable)."""
    gc = mutable if gc is None else gc
    o = {"type": type_, "repr": repr_, "size": size, "refcount": rc, "mutable": mutable,
         "gc": None if gc is False else {"tracked": True, "generation": gen, "finalized": False},
         "alloc": alloc}
    if edges:
        o["edges"] = [list(e) for e in edges]
    return o


def pool(arena, p, sc):
    return {"arena": arena, "pool": p, "size_class": sc}


def cycle_trace():
    """fixtures/cycle.py as heapscope traces it (docs/trace-format.md): objects are 'shown'
    while reachable from a frame or the globals, so the cycle leaves the trace when make_pair
    returns (step 8, with the str it holds) and gc.collect() at step 12 collects it unseen."""
    src_path = os.path.join(HERE, "fixtures", "cycle.py")
    with open(src_path) as f:
        lines = f.read().split("\n")[:-1]
    script = "cycle.py"
    F, L, I1, I2, I3, S, A, B, M, T = (addr(k) for k in range(1, 11))
    steps = []
    last = {}

    def step(line, stack, **kw):
        s = {"line": line}
        for key, val in (("file", script), ("thread", 1), ("stack", stack)):
            if last.get(key) != val:
                s[key] = val
                last[key] = val
        s.update(kw)
        steps.append(s)

    def small(v):
        return obj("int", str(v), 28, 1000000000 + v, False, gc=False)

    def allocs(**by_type):
        return {"kind": "alloc", "count": sum(by_type.values()), "by_type": by_type}

    step(1, ["f1"], frames={"f1": {"function": "<module>", "qualname": "<module>", "file": script,
                                  "firstline": 1, "line": 1}},
         allocator={"arenas": 1, "pools_used": 6, "blocks_used": 210,
                    "size_classes": {"16": 20, "32": 90, "48": 60, "64": 40}})
    step(7, ["f1"], frames={"f1": {"line": 7}}, globals={"set": {"make_pair": {"ref": F}}},
         objects={"new": {str(F): obj("function", "<function make_pair>", 144, 2, True,
                                      alloc=pool(0, 5, 144))}},
         events=[allocs(function=1)],
         allocator={"blocks_used": 211, "size_classes": {"144": 1}})
    step(8, ["f1"], frames={"f1": {"line": 8}}, globals={"set": {"nums": {"ref": L}}},
         objects={"new": {str(L): obj("list", "[1, 2, 3]", 88, 1, True,
                                      [("[0]", I1), ("[1]", I2), ("[2]", I3)], alloc=pool(0, 4, 64)),
                          str(I1): small(1), str(I2): small(2), str(I3): small(3)}},
         events=[allocs(list=1)],
         allocator={"blocks_used": 212, "size_classes": {"64": 41}})
    step(9, ["f1"], frames={"f1": {"line": 9}}, globals={"set": {"alias": {"ref": L}}},
         objects={"changed": {str(L): {"refcount": 2}}})
    step(2, ["f1", "f2"], frames={"f2": {
        "function": "make_pair", "qualname": "make_pair", "file": script, "firstline": 1,
        "line": 2, "locals": {"set": {"tag": {"ref": S}}}}},
         objects={"new": {str(S): obj("str", "'x'", 50, 3, False, gc=False, alloc=pool(0, 3, 64))}},
         events=[{"kind": "call", "frame": "f2", "function": "make_pair"}])
    step(3, ["f1", "f2"], frames={"f2": {"line": 3, "locals": {"set": {"a": {"ref": A}}}}},
         objects={"new": {str(A): obj("list", "['x']", 64, 1, True, [("[0]", S)], alloc=pool(0, 4, 64))},
                  "changed": {str(S): {"refcount": 4}}},
         events=[allocs(list=1)],
         allocator={"blocks_used": 213, "size_classes": {"64": 42}})
    step(4, ["f1", "f2"], frames={"f2": {"line": 4, "locals": {"set": {"b": {"ref": B}}}}},
         objects={"new": {str(B): obj("list", "[[…]]", 64, 1, True, [("[0]", A)], alloc=pool(0, 4, 64))},
                  "changed": {str(A): {"refcount": 2}}},
         events=[allocs(list=1)],
         allocator={"blocks_used": 214, "size_classes": {"64": 43}})
    step(5, ["f1", "f2"], frames={"f2": {"line": 5}},
         objects={"changed": {str(A): {"repr": "['x', […]]", "size": 88,
                                       "edges_patch": {"set": [["[1]", B]]}},
                              str(B): {"refcount": 2}}})
    step(10, ["f1"], frames={"f1": {"line": 10}}, globals={"set": {"n": {"ref": I2}}},
         objects={"freed": [A, B, S], "changed": {str(I2): {"refcount": 1000000003}}},
         events=[{"kind": "return", "frame": "f2"}])
    step(11, ["f1"], frames={"f1": {"line": 11}}, events=[{"kind": "stdout", "text": "pair 2\n"}])
    step(12, ["f1"], frames={"f1": {"line": 12}}, globals={"del": ["alias"]},
         objects={"changed": {str(L): {"refcount": 1}}})
    step(13, ["f1"], frames={"f1": {"line": 13}}, globals={"set": {"gc": {"ref": M}}},
         objects={"new": {str(M): obj("module", "<module 'gc'>", 72, 2, True, gc=True)}})
    step(14, ["f1"], frames={"f1": {"line": 14}},
         events=[{"kind": "free", "count": 2, "by_type": {"list": 2}},
                 {"kind": "gc", "generation": 2, "candidates": 9, "collected": 2,
                  "uncollectable": 0, "pause_ns": 15300}],
         allocator={"blocks_used": 212, "size_classes": {"64": 41}})
    step(15, ["f1"], frames={"f1": {"line": 15}}, globals={"set": {"s": {"ref": T}}},
         objects={"new": {str(T): obj("str", "'</script><!-- <b>'", 66, 1, False, gc=False,
                                      alloc=pool(0, 6, 80))}},
         events=[allocs(str=1)],
         allocator={"blocks_used": 213, "size_classes": {"80": 1}})
    step(15, [], final=True, events=[{"kind": "stdout", "text": "done\n"},
                                     {"kind": "return", "frame": "f1"}])
    return {"format": "heapscope-trace", "version": 1, "python": "3.11", "script": script,
            "step_mode": "line", "steps": steps, "sources": {script: lines}, "truncated": False,
            "exit": {"code": 0, "exception": None},
            "summary": {"steps": len(steps), "max_live_objects": 9, "collections": 1,
                        "allocations": 5, "frees": 2}}


def gen_trace():
    """fixtures/gen.py: a generator's frame 'f2' leaves the stack at each yield and comes back
    described only by what changed (a generator's frame keeps its id and is described once),
    so the viewer must remember its function and locals while it is suspended. The innermost
    frame's line is the step's line (written in the frame only on first sight)."""
    with open(os.path.join(HERE, "fixtures", "gen.py")) as f:
        lines = f.read().split("\n")[:-1]
    script = "gen.py"
    G, F = addr(1), addr(2)
    ints = {v: addr(20 + v) for v in range(7)}
    steps = []
    last = {}

    def step(line, stack, **kw):
        s = {"line": line}
        for key, val in (("file", script), ("thread", 1), ("stack", stack)):
            if last.get(key) != val:
                s[key] = val
                last[key] = val
        s.update(kw)
        # As the tracer writes it: the innermost frame's line only on first sight.
        fr = s.get("frames", {})
        top = fr.get(stack[-1]) if stack else None
        if top is not None and "function" not in top:
            top.pop("line", None)
            if not top:
                del fr[stack[-1]]
            if not fr:
                del s["frames"]
        steps.append(s)

    def intobj(v):
        return obj("int", str(v), 28 if v else 24, 1000000000, False, gc=False)

    def ref(v):
        return {"ref": ints[v]}

    step(1, ["f1"], frames={"f1": {"function": "<module>", "qualname": "<module>", "file": script,
                                  "firstline": 1, "line": 1}})
    step(7, ["f1"], frames={"f1": {"line": 7}}, globals={"set": {"countdown": {"ref": F}}},
         objects={"new": {str(F): obj("function", "<function countdown>", 152, 1, True)}})
    step(8, ["f1"], frames={"f1": {"line": 8}}, globals={"set": {"g": {"ref": G}}},
         objects={"new": {str(G): obj("generator", "<generator object countdown>", 208, 1, True)}})
    step(9, ["f1"], frames={"f1": {"line": 9}}, globals={"set": {"total": ref(0)}},
         objects={"new": {str(ints[0]): intobj(0)}})
    step(2, ["f1", "f2"], frames={"f2": {"function": "countdown", "qualname": "countdown",
                                        "file": script, "firstline": 1, "line": 2,
                                        "locals": {"set": {"n": ref(3)}}}},
         objects={"new": {str(ints[3]): intobj(3)}},
         events=[{"kind": "call", "frame": "f2", "function": "countdown"}])
    step(3, ["f1", "f2"], frames={"f2": {"line": 3}})
    total, n = 0, 3
    shown = {0, 3}
    while True:
        # the yield: back in the loop body
        step(10, ["f1"], frames={"f1": {"line": 10}}, globals={"set": {"v": ref(n)}},
             events=[{"kind": "return", "frame": "f2"}])
        total += n
        new = {}
        if total not in shown:
            shown.add(total)
            new[str(ints[total])] = intobj(total)
        step(9, ["f1"], frames={"f1": {"line": 9}}, globals={"set": {"total": ref(total)}},
             **({"objects": {"new": new}} if new else {}))
        # resumed: only the line changes
        step(4, ["f1", "f2"], frames={"f2": {"line": 4}},
             events=[{"kind": "call", "frame": "f2", "function": "countdown"}])
        n -= 1
        new = {}
        if n not in shown:
            shown.add(n)
            new[str(ints[n])] = intobj(n)
        step(2, ["f1", "f2"], frames={"f2": {"line": 2, "locals": {"set": {"n": ref(n)}}}},
             **({"objects": {"new": new}} if new else {}))
        if n == 0:
            break
        step(3, ["f1", "f2"], frames={"f2": {"line": 3}})
    step(11, ["f1"], frames={"f1": {"line": 11}}, events=[{"kind": "return", "frame": "f2"}])
    step(11, [], final=True, events=[{"kind": "stdout", "text": "6\n"},
                                     {"kind": "return", "frame": "f1"}])
    return {"format": "heapscope-trace", "version": 1, "python": "3.11", "script": script,
            "step_mode": "line", "steps": steps, "sources": {script: lines}, "truncated": False,
            "exit": {"code": 0, "exception": None},
            "summary": {"steps": len(steps), "max_live_objects": 8, "collections": 0,
                        "allocations": 2, "frees": 0}}


LARGE_SRC = [
    "objs = [make(i) for i in range(N)]",
    "def work(k):",
    "    t = objs[k % N]",
    "    t.value += 1",
    "    return t",
    "for k in range(STEPS):",
    "    x = work(k)",
    "    if k % 1000 == 0:",
    "        print('step', k)",
]


def large_trace(nsteps, nobjs):
    """A synthetic trace: 'objs', a list of nobjs-1 objects, stays live; every step changes one
    object's refcount or repr, every 20th step a temporary replaces the previous one (one new, one
    freed), a call every 4 steps, a collection every 700 steps (older generations more rarely),
    stdout every 1000 steps."""
    script = "big.py"
    L = addr(1)
    items = [addr(10 + k) for k in range(nobjs - 1)]
    kinds = [("dict", True, 232, 64), ("list", True, 72, 80), ("tuple", False, 56, 64),
             ("float", False, 24, 32), ("str", False, 60, 64)]
    new = {str(L): obj("list", "[<%d items>]" % len(items), 8 * len(items) + 56, 1, True,
                       [("[%d]" % k, a) for k, a in enumerate(items)], gen=2, alloc=None)}
    for k, a in enumerate(items):
        t, mut, size, sc = kinds[k % len(kinds)]
        new[str(a)] = obj(t, "%s#%d" % (t, k), size, 1, mut, gen=2,
                          alloc=pool(k // 4000, (k // 60) % 64, sc))
    steps = [{"file": script, "line": 1, "thread": 1, "stack": ["f1"],
              "frames": {"f1": {"function": "<module>", "qualname": "<module>", "file": script,
                                "firstline": 1, "line": 1}},
              "globals": {"set": {"objs": {"ref": L}}},
              "objects": {"new": new},
              "allocator": {"arenas": 3, "pools_used": 170, "blocks_used": nobjs,
                            "size_classes": {"32": 2000, "64": 6000, "80": 2000}},
              "events": [{"kind": "alloc", "count": nobjs, "by_type": {"list": 1}}]}]
    temp = None
    next_addr = 10 + nobjs
    frame_no = 1
    in_call = False
    gc_n = 0
    for i in range(1, nsteps):
        s = {}
        ev = []
        if i % 4 == 1:
            frame_no += 1
            fid = "f%d" % frame_no
            s["line"] = 3
            s["stack"] = ["f1", fid]
            s["frames"] = {fid: {"function": "work", "qualname": "work", "file": script,
                                 "firstline": 2, "line": 3,
                                 "locals": {"set": {"k": {"ref": items[i % len(items)]}}}}}
            ev.append({"kind": "call", "frame": fid, "function": "work"})
            in_call = True
        elif i % 4 == 2:
            s["line"] = 4
            s["stack"] = ["f1", "f%d" % frame_no]
            s["frames"] = {"f%d" % frame_no: {"line": 4, "locals": {"set": {"t": {"ref": items[i % len(items)]}}}}}
        elif i % 4 == 3:
            s["line"] = 5
            s["stack"] = ["f1", "f%d" % frame_no]
            s["frames"] = {"f%d" % frame_no: {"line": 5}}
        else:
            s["line"] = 7
            s["stack"] = ["f1"]
            s["frames"] = {"f1": {"line": 7}}
            if in_call:
                ev.append({"kind": "return", "frame": "f%d" % frame_no})
                in_call = False
        od = {"changed": {str(items[i % len(items)]): {"refcount": 1 + i % 3}}}
        if i % 20 == 0:
            a = addr(next_addr)
            next_addr += 1
            od["new"] = {str(a): obj("float", "%d.5" % i, 24, 1, False, alloc=pool(2, 60, 32))}
            ev.append({"kind": "alloc", "count": 1, "by_type": {"float": 1}})
            if temp is not None:
                od["freed"] = [temp]
                ev.insert(1, {"kind": "free", "count": 1, "by_type": {"float": 1}})
            temp = a
            s["globals"] = {"set": {"x": {"ref": a}}}
        s["objects"] = od
        if i % 700 == 0:
            gen = 2 if i % 49000 == 0 else 1 if i % 7000 == 0 else 0
            gc_n += 1
            ev.append({"kind": "gc", "generation": gen, "candidates": 100 + i % 13,
                       "collected": i % 13,
                       "uncollectable": 0, "pause_ns": 2000 + (i % 97) * 100 + gen * 40000})
        if i % 1000 == 0:
            ev.append({"kind": "stdout", "text": "step %d\n" % i})
        if i % 50 == 0:
            s["allocator"] = {"blocks_used": nobjs + i % 7}
        if ev:
            s["events"] = ev
        steps.append(s)
    return {"format": "heapscope-trace", "version": 1, "python": "3.11", "script": script,
            "step_mode": "line", "sources": {script: LARGE_SRC}, "truncated": False,
            "steps": steps, "exit": {"code": 0, "exception": None},
            "summary": {"steps": nsteps, "max_live_objects": nobjs + 1, "collections": gc_n,
                        "allocations": nobjs + nsteps // 20, "frees": nsteps // 20 - 1}}


def main():
    args = sys.argv[1:]
    if args and args[0] == "--large":
        out = args[1]
        nsteps = int(args[2]) if len(args) > 2 else 200000
        nobjs = int(args[3]) if len(args) > 3 else 10000
        with open(out, "w") as f:
            f.write(json.dumps(large_trace(nsteps, nobjs), separators=(",", ":")))
        return
    for name, trace in (("cycle", cycle_trace()), ("gen", gen_trace())):
        with open(os.path.join(HERE, "fixtures", name + ".json"), "w") as f:
            json.dump(trace, f, indent=1, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
