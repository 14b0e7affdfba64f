#!/usr/bin/env python3
"""Keep the examples of docs/memory-model.md identical to the test scripts they come from.

Each example in the guide sits between two markers:

    <!-- example: tests/py/guide/test_guide_<name>.py -->
    ... a link to the script, the whole script (so `dis` line numbers match) and its .out ...
    <!-- /example -->

Usage:
    tools/guide_examples.py           check: exit 1 if any example differs from its script/.out
    tools/guide_examples.py --write   rewrite every example block from the scripts

The .out files are CPython 3.11's output (tools/gen_expected.py), which heapscope must match
(the scripts are listed in tests/py/PASSING), so the output printed in the guide is both.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GUIDE = os.path.join(ROOT, "docs", "memory-model.md")
BLOCK = re.compile(r"<!-- example: (\S+) -->\n.*?<!-- /example -->", re.S)


def render(script):
    with open(os.path.join(ROOT, script), encoding="utf-8") as f:
        code = f.read()
    with open(os.path.join(ROOT, script[:-3] + ".out"), encoding="utf-8") as f:
        out = f.read()
    return (f"<!-- example: {script} -->\n"
            f"[`{script}`](../{script}):\n"
            f"```python\n{code}```\n"
            f"Output (python3 and build/heapscope, byte for byte):\n"
            f"```text\n{out}```\n"
            f"<!-- /example -->")


def main():
    write = "--write" in sys.argv[1:]
    with open(GUIDE, encoding="utf-8") as f:
        text = f.read()
    stale = []

    def fill(m):
        fresh = render(m.group(1))
        if fresh != m.group(0):
            stale.append(m.group(1))
        return fresh

    new = BLOCK.sub(fill, text)
    count = len(BLOCK.findall(text))
    if write:
        with open(GUIDE, "w", encoding="utf-8") as f:
            f.write(new)
        print(f"guide_examples: {count} examples, {len(stale)} rewritten")
        return 0
    for s in stale:
        print(f"STALE {s}: the guide's copy differs from the script or its .out")
    print(f"guide_examples: {count} examples, {len(stale)} stale")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
