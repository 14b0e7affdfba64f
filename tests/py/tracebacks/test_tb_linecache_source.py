# Regression: the traceback module's output reads source lines through linecache, so
# pseudo-files registered in linecache.cache ("<mine>", timeit's "<timeit-src>") show their
# lines and carets; the uncaught-exception report does not (CPython's C printer never
# consults linecache and skips "<...>" names), which the final uncaught error checks.
import linecache
import sys
import timeit
import traceback

src = "def f(d):\n    return d['k'] + 1\n\ndef g():\n    return f({'k': 'x'})\n\ng()\n"
linecache.cache["<mine>"] = (len(src), None, src.splitlines(True), "<mine>")
code = compile(src, "<mine>", "exec")
try:
    exec(code, {})
except TypeError:
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    print([line for line in text.splitlines() if "<mine>" in line or "return" in line])
    tb = sys.exc_info()[2]
    print("".join(traceback.format_tb(tb.tb_next)), end="")

# a stack printed from inside the registered source
src2 = "import traceback, sys\ndef h():\n    traceback.print_stack(file=sys.stdout, limit=2)\nh()\n"
linecache.cache["<stack>"] = (len(src2), None, src2.splitlines(True), "<stack>")
exec(compile(src2, "<stack>", "exec"), {})

# a name that is not in the cache shows no line, a registered real-looking path does
src3 = "x = [1]\nx[5]\n"
linecache.cache["/nonexistent/fake_mod.py"] = (len(src3), None, src3.splitlines(True),
                                               "/nonexistent/fake_mod.py")
for name in ("<unregistered>", "/nonexistent/fake_mod.py"):
    try:
        exec(compile(src3, name, "exec"), {})
    except IndexError:
        print(traceback.format_exc().split("\n", 1)[1].split("IndexError")[0]
              .replace(__file__, "THIS"), end="")

# timeit registers its generated source for Timer.print_exc
t = timeit.Timer("1 / 0")
try:
    t.timeit(1)
except ZeroDivisionError:
    lines = traceback.format_exc().splitlines()
    i = [n for n, line in enumerate(lines) if "<timeit-src>" in line][0]
    print("\n".join(lines[i:]))

sys.stdout.flush()
exec(code, {})
