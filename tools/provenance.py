#!/usr/bin/env python3
"""How much of each bundled Python module (lib/*.py) is line-for-line the same as CPython
3.11's own Lib/ source: lines inside identical runs of at least MIN lines (default 8),
found with difflib against the installed python3's standard library. The project writes its
own code (README, "How we work"); this report shows where lib/ still follows CPython's text
too closely and must be rewritten (docs/internals/python-modules.md, "Provenance").
Usage: tools/provenance.py [--min N]
"""
import argparse
import difflib
import os
import sysconfig

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# lib/ name -> the CPython file it corresponds to (relative to the stdlib directory)
SOURCES = {"_collections_py": "collections/__init__.py", "_functools_py": "functools.py",
           "collections.abc": "_collections_abc.py", "json": "json/__init__.py",
           "json.decoder": "json/decoder.py", "json.encoder": "json/encoder.py",
           "_os_py": "os.py", "re": "re/__init__.py", "_re_parser": "re/_parser.py",
           "_re_compiler": "re/_compiler.py"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min", type=int, default=8)
    args = ap.parse_args()
    stdlib = sysconfig.get_paths()["stdlib"]
    rows = []
    for name in sorted(os.listdir(os.path.join(ROOT, "lib"))):
        if not name.endswith(".py"):
            continue
        mod = name[:-3]
        ref = os.path.join(stdlib, SOURCES.get(mod, mod + ".py"))
        if not os.path.exists(ref):
            continue
        with open(os.path.join(ROOT, "lib", name), encoding="utf-8") as f:
            ours = [line.rstrip() for line in f]
        with open(ref, encoding="utf-8") as f:
            theirs = [line.rstrip() for line in f]
        sm = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
        runs = [b.size for b in sm.get_matching_blocks() if b.size >= args.min]
        rows.append((sum(runs) / max(1, len(ours)), name, sum(runs), len(ours),
                     max(runs, default=0)))
    for share, name, same, total, longest in sorted(rows, reverse=True):
        print(f"{name:22} {same:4}/{total:4} lines in identical runs ({share:4.0%}), "
              f"longest {longest}")


if __name__ == "__main__":
    main()
