#!/usr/bin/env python3
"""Write tests/data/vm/tb/*.code and *.err: for each tests/data/vm/tb/*.py, the code objects
CPython 3.11 compiles from it (same serialization as tools/gen_vm_cases.py) and the exact
traceback CPython prints when running the script (repository root stripped from paths). tests/c/test_vm_traceback.c runs the code in
heapscope's eval loop and compares its printed traceback byte for byte.
Run from the repository root: python3 tools/gen_vm_tracebacks.py
"""
import glob
import os
import subprocess
import sys

sys.path.insert(0, "tools")
from gen_vm_cases import emit_code  # noqa: E402

for path in sorted(glob.glob("tests/data/vm/tb/*.py")):
    src = open(path).read()
    code = compile(src, path, "exec")
    out = []
    emit_code(code, out)
    with open(path[:-3] + ".code", "w") as f:
        f.write("\n".join(out) + "\n")
    # Run the script itself, so the frame count (and "[Previous line repeated N more
    # times]") is what a direct run shows; CPython prints the script path absolute, so the
    # repository root is stripped, as tools/gen_expected.py does.
    run = subprocess.run([sys.executable, path], capture_output=True, text=True,
                         env={**os.environ, "PYTHONHASHSEED": "0"})
    err = run.stderr.replace(os.getcwd() + "/", "")
    with open(path[:-3] + ".err", "w") as f:
        f.write(err)
    print(f"{path}: {len(out)} lines of code, {err.count(chr(10))} of traceback")
