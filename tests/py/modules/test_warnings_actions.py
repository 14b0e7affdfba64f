# warnings: every filter action (once/module/default/always/error/ignore), the per-module registry and onceregistry, warn_explicit, message/category/module/lineno matching, Warning instances, category errors, showwarning/formatwarning hooks, catch_warnings repr/errors/record, WarningMessage, stderr format with the source line
import sys
import warnings


def emit(text, cat=UserWarning):
    warnings.warn(text, cat)  # the line shown under each printed warning


def run(action, n=3, **kw):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action, **kw)
        for i in range(n):
            emit("same")
        emit("same", RuntimeWarning)
        warnings.warn("elsewhere")
        warnings.warn("elsewhere")
    return [(w.category.__name__, str(w.message), w.lineno) for w in log]


for action in ("always", "default", "module", "once", "ignore"):
    print(action, run(action))
print("once again", run("once"))
print([k for k in warnings.onceregistry if k[0] == "same"], warnings.onceregistry.get(("same", UserWarning)))
reg = globals().get("__warningregistry__", {})
print("registry has version:", "version" in reg)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for cat in (UserWarning, DeprecationWarning, RuntimeWarning):
        try:
            emit("boom", cat)
        except Warning as e:
            print(type(e).__name__, e, e.args)
    w = RuntimeWarning("instance", 2)
    try:
        warnings.warn(w, DeprecationWarning)
    except Warning as e:
        print(type(e).__name__, e is w, e.args)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", category=DeprecationWarning)
    warnings.filterwarnings("error", message="fatal", category=UserWarning)
    warnings.filterwarnings("always", message="^keep", module="__main__")
    warnings.filterwarnings("always", module="other")
    warnings.simplefilter("always", lineno=9999)
    warnings.warn("dep", DeprecationWarning)
    warnings.warn("pending dep", PendingDeprecationWarning)
    warnings.warn("keep me")
    warnings.warn("KEEP case-insensitive")
    warnings.warn("not kept")
    try:
        warnings.warn("FATAL problem")
    except UserWarning as e:
        print("error filter:", e)
    warnings.warn("dep fatal", DeprecationWarning)
    warnings.warn_explicit("explicit", UserWarning, "other.py", 5)
    warnings.warn_explicit("explicit 2", UserWarning, "other", 5, module="nope")
    warnings.warn_explicit("at 9999", UserWarning, "q.py", 9999)
    print([str(w.message) for w in log])
    print([(w.filename, w.lineno) for w in log[-3:]])
    print(len(warnings.filters), [f[0] for f in warnings.filters])
    print([(f[0], f[1] and f[1].pattern, f[2].__name__, getattr(f[3], "pattern", f[3]), f[4]) for f in warnings.filters])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    reg = {}
    for i in range(2):
        warnings.warn_explicit("r", UserWarning, "m.py", 1, "m", reg)
    warnings.warn_explicit("r", UserWarning, "m.py", 2, "m", reg)
    print(len(log), sorted((k[0], k[1].__name__, k[2]) for k in reg if k != "version"), reg[("r", UserWarning, 1)])
    warnings.simplefilter("module")
    reg = {}
    for ln in (1, 2, 3):
        warnings.warn_explicit("r", UserWarning, "m.py", ln, "m", reg)
    print(len(log), sorted((k[0], k[1].__name__) + k[2:] for k in reg if k != "version"))
    warnings.simplefilter("always")
    warnings.warn_explicit(UserWarning("inst"), RuntimeWarning, "m.py", 7)
    print(log[-1].category.__name__, repr(log[-1].message), log[-1].lineno, repr(log[-1].filename))
    warnings.warn_explicit("nomod", UserWarning, "pkg/mod.PY", 1)
    warnings.warn_explicit("empty", UserWarning, "", 1)
    print(str(log[-1]))
    print(str(log[-2]))

for bad in (int, "x", 5, Exception, None.__class__):
    try:
        warnings.warn("m", bad)
    except TypeError as e:
        print(type(e).__name__, e)

for args, kw in ((("bogus",), {}), (("error", 5), {}), (("error", "", int), {}),
                 (("error", "", Warning, 3), {}), (("error",), {"lineno": -1}), (("error",), {"lineno": "1"})):
    try:
        warnings.filterwarnings(*args, **kw)
    except AssertionError as e:
        print("AssertionError", e)
for args in (("nope",), ("error", Warning, -2)):
    try:
        warnings.simplefilter(*args)
    except AssertionError as e:
        print("AssertionError", e)

with warnings.catch_warnings():
    warnings.filters.insert(0, ("weird", None, Warning, None, 0))
    try:
        warnings.warn("x")
    except RuntimeError as e:
        print("RuntimeError", e)

saved_default = warnings.defaultaction
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.defaultaction = "always"
    for i in range(2):
        warnings.warn("defaultaction")
    print(len(log))
warnings.defaultaction = saved_default

calls = []


def my_show(message, category, filename, lineno, file=None, line=None):
    calls.append((str(message), category.__name__, filename, lineno, file, line))


def my_format(message, category, filename, lineno, line=None):
    return "FMT %s|%s|%s|%s\n" % (message, category.__name__, filename, lineno)


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    warnings.warn_explicit("hooked", UserWarning, "h.py", 3)
    warnings.showwarning = 42
    try:
        warnings.warn_explicit("hooked", UserWarning, "h.py", 3)
    except TypeError as e:
        print(type(e).__name__, e)
print(calls, warnings.showwarning is not my_show)

class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


out = Out()
warnings.showwarning("shown", UserWarning, "s.py", 4, out, "  code()  ")
warnings.showwarning("shown", UserWarning, "s.py", 4, out, "")
warnings.showwarning(RuntimeWarning("inst"), RuntimeWarning, "s.py", 5, out)
print(out.parts)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.formatwarning = my_format
    warnings.warn_explicit("formatted", DeprecationWarning, "f.py", 8)
    sys.stderr.flush()
print(warnings.formatwarning is my_format)
warnings.formatwarning = warnings._formatwarning_orig
print(warnings.formatwarning("m", UserWarning, "a.py", 1))
print(repr(warnings.formatwarning("m", UserWarning, "a.py", 1, "")))
print(repr(warnings.formatwarning("m", UserWarning, "a.py", 1, "  spaced  \n")))
print(repr(warnings.formatwarning(ValueError("v"), FutureWarning, "a.py", "9", None)))
print(repr(warnings.formatwarning("m", UserWarning, __file__, 3)))

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()), repr(warnings.catch_warnings(module=None)))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)
with cw as log:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(type(log).__name__, log)
with warnings.catch_warnings() as nothing:
    print(nothing)
before = list(warnings.filters)
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    print(warnings.filters[0][0], warnings.filters[0][2].__name__)
    try:
        warnings.warn("in action", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
print(warnings.filters == before)

m = warnings.WarningMessage("msg", UserWarning, "w.py", 2)
print(str(m), m.file, m.line, m.source)
m = warnings.WarningMessage(UserWarning("x"), None, "w.py", 2, None, "l", "src")
print(str(m), m.source)
print(sorted(warnings.__all__))
print(warnings.filters[:1])

# to stderr: filename:lineno: Category: message and the source line
warnings.simplefilter("always")
emit("to stderr")
warnings.warn("level 2", stacklevel=2)
warnings.warn("level 99", stacklevel=99)
warnings.warn_explicit("no source", SyntaxWarning, "<input>", 1)
warnings.warn_explicit("with module globals", UserWarning, "q.py", 1, module_globals={})
warnings.warn(DeprecationWarning("as instance"))
sys.stderr.flush()
print("done")
