#!/usr/bin/env python3
"""Write tests/data/code/tables.txt: CPython 3.11's location and exception tables for a few
functions, with the positions and handlers they decode to, so the C decoders in
src/obj/codeobject.c are checked against the real format. Run: python3 tools/gen_code_tables.py
Format, per function:
  code NAME FIRSTLINENO NUNITS
  linetable HEX
  exctable HEX
  pos INDEX LINE ENDLINE COL ENDCOL      (one per code unit; -1 for None)
  handler INDEX TARGET DEPTH LASTI       (one per code unit covered by a handler)
"""
import dis
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_code_tables.py needs CPython 3.11")

SOURCE = '''
def simple(a, b):
    c = a + b
    return c * 2

def with_try(x):
    try:
        y = 1 / x
    except ZeroDivisionError as e:
        y = 0
    finally:
        x = None
    return y

def long_lines(items):
    total = 0
    for i, item in enumerate(items):
        if (item and
                i % 2 == 0 and
                item.startswith("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")):
            total += len(item)
    return total

def with_ctx(path):
    with open(path) as f:
        for line in f:
            try:
                yield int(line)
            except ValueError:
                continue

def nested_calls(o):
    return o.a.b(o.c[1], key=lambda v: v.d)(2, 3)
''' + "\n" * 300 + '''
def far_away():
    return 1
'''

ns = {}
exec(compile(SOURCE, "tables.py", "exec"), ns)


def dump(f, out):
    co = f.__code__
    n = len(co.co_code) // 2
    out.append(f"code {co.co_name} {co.co_firstlineno} {n}")
    out.append("linetable " + co.co_linetable.hex())
    out.append("exctable " + co.co_exceptiontable.hex())
    for i, p in enumerate(co.co_positions()):
        vals = [-1 if v is None else v for v in p]
        out.append(f"pos {i} {vals[0]} {vals[1]} {vals[2]} {vals[3]}")
    for e in dis._parse_exception_table(co):
        for off in range(e.start, e.end, 2):
            out.append(f"handler {off // 2} {e.target // 2} {e.depth} {int(e.lasti)}")


lines = []
for name in ["simple", "with_try", "long_lines", "with_ctx", "nested_calls", "far_away"]:
    dump(ns[name], lines)
with open("tests/data/code/tables.txt", "w") as fh:
    fh.write("\n".join(lines) + "\n")
print(f"wrote tests/data/code/tables.txt ({len(lines)} lines)")
