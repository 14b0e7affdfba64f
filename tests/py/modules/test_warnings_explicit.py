# warnings.warn_explicit and warn argument errors (as CPython's C _warnings), broken filters/onceregistry/defaultaction, module_globals, source= with the tracemalloc hint, stacklevel through nested calls, module None, registries of once/module/default
import sys
import warnings

warnings.simplefilter("always")


def attempt(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


attempt(warnings.warn_explicit, "x", UserWarning, 5, 1)
attempt(warnings.warn_explicit, "x", UserWarning, "f.py", "1")
attempt(warnings.warn_explicit, "x", UserWarning, "f.py", 1.0)
attempt(warnings.warn_explicit, "x", UserWarning, "f.py", True)
attempt(warnings.warn_explicit, "x", UserWarning, "f.py", 1, registry=5)
attempt(warnings.warn_explicit, "x", UserWarning, "f.py", 1, registry=[])
attempt(warnings.warn_explicit, "x", UserWarning, "f.py", 1, module_globals=5)
attempt(warnings.warn_explicit, "x", UserWarning, "f.py", 1, None, None)
attempt(warnings.warn_explicit, "x", UserWarning, "f.py", 1, module_globals={"__name__": "m"})
attempt(warnings.warn_explicit, "x", UserWarning, "f.py", 1, module_globals={"__loader__": 3, "__name__": "m"})
attempt(warnings.warn_explicit, "x", int, "f.py", 1)
attempt(warnings.warn, "x", UserWarning, "2")
attempt(warnings.warn, "x", UserWarning, 1.5)
attempt(warnings.warn, "x", UserWarning, 0)
attempt(warnings.warn, "x", UserWarning, -3)


class Loader:
    def get_source(self, name):
        return "first\n   second line   \nthird"


class Short:
    def get_source(self, name):
        print("get_source", name)
        return "only\ntwo"


class NoSource:
    def get_source(self, name):
        return None


class Broken:
    def get_source(self, name):
        raise KeyError(name)


for loader, ln in ((Short(), 5), (Short(), 0), (Short(), 2), (NoSource(), 1), (Broken(), 1)):
    attempt(warnings.warn_explicit, "lg", UserWarning, "g.py", ln, module_globals={"__loader__": loader, "__name__": "mod"})
attempt(warnings.warn_explicit, "lg", UserWarning, "g.py", 1, module_globals={"__loader__": Short()})

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("loader", UserWarning, "f.py", 2, module_globals={"__loader__": Loader(), "__name__": "m"})
    warnings.warn("with source", UserWarning, source=[1])
    warnings.warn_explicit("explicit source", UserWarning, "f.py", 3, source="s")
    print([(str(w.message), w.line, w.file, w.source) for w in log])

with warnings.catch_warnings():
    for bad_filters in ((1,), [1], [(1, 2, 3, 4, 5)], [("always", None, Warning, None, "x")],
                        [("always", None, 5, None, 0)], [("always", 5, Warning, None, 0)]):
        warnings.filters = bad_filters
        attempt(warnings.warn_explicit, "o", UserWarning, "f.py", 1)
with warnings.catch_warnings():
    warnings.filters[:] = []
    saved = warnings.defaultaction
    warnings.defaultaction = 5
    attempt(warnings.warn_explicit, "o", UserWarning, "f.py", 1)
    warnings.defaultaction = "bogus"
    attempt(warnings.warn_explicit, "o", UserWarning, "f.py", 1)
    warnings.defaultaction = saved
with warnings.catch_warnings():
    warnings.simplefilter("once")
    saved = warnings.onceregistry
    warnings.onceregistry = 5
    attempt(warnings.warn_explicit, "o", UserWarning, "f.py", 1)
    warnings.onceregistry = saved

with warnings.catch_warnings(record=True) as log:
    for action in ("once", "module", "default", "always", "ignore"):
        warnings.simplefilter(action)
        reg = {}
        for ln in (1, 1, 2):
            warnings.warn_explicit("r", UserWarning, "m.py", ln, "m", reg)
        print(action, len(log), sorted(repr(k) for k in reg), [v for k, v in reg.items() if k != "version"])
        del log[:]
    warnings.simplefilter("once")
    for ln in (1, 1, 2):
        warnings.warn_explicit("no registry", UserWarning, "m.py", ln)
    print("once without registry", len(log), warnings.onceregistry.get(("no registry", UserWarning)),
          type(warnings.onceregistry.get("version")).__name__)
    warnings.simplefilter("module")
    for ln in (1, 1, 2):
        warnings.warn_explicit("no registry", UserWarning, "m.py", ln)
    print("module without registry", len(log))
    reg = {"version": True, ("stale", UserWarning, 1): True}
    warnings.warn_explicit("stale", UserWarning, "m.py", 1, "m", reg)
    print("stale registry cleared", len(log), sorted(repr(k) for k in reg))


def inner(level):
    warnings.warn("from inner", stacklevel=level)


def outer(level):
    inner(level)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for level in (1, 2, 3, 50):
        outer(level)
    print([(w.filename.rsplit("/", 1)[-1], w.lineno) for w in log])
    g = {"__name__": None}
    exec("import warnings\nwarnings.warn('name None')", g)
    g = {}
    exec("import warnings\nwarnings.warn('no name')", g)
    g = {"__name__": 7}
    exec("import warnings\nwarnings.warn('int name')", g)
    print([(str(w.message), w.filename) for w in log[4:]], sorted(k for k in g if k != "__builtins__"))
    warnings.filterwarnings("error", module="<string>")
    attempt(exec, "import warnings\nwarnings.warn('string module')", {})
print("sys registry:", "__warningregistry__" in sys.__dict__)

warnings.warn("resource", ResourceWarning, source=object())
warnings.warn_explicit("explicit resource", ResourceWarning, "r.py", 4, source=3)
warnings.warn_explicit("explicit resource", ResourceWarning, "r.py", 4, source=None)
attempt(warnings.warn, "x", UserWarning, 2 ** 70)
attempt(warnings.warn, "x", UserWarning, -2 ** 70)
attempt(warnings.warn_explicit, "x", UserWarning, "f.py", 2 ** 40)
attempt(warnings.warn_explicit, "x", UserWarning, "f.py", -2 ** 40)
attempt(warnings.warn_explicit, "x", UserWarning, "f.py", -5)
print(warnings.filters[-5:])
sys.stderr.flush()

# with tracemalloc on, the allocation place of source is shown
import tracemalloc
tracemalloc.start(2)


def make_block():
    return bytearray(5000)


block = make_block()
warnings.warn("traced", ResourceWarning, source=block)
warnings.warn("untraced", ResourceWarning, source=None)
warnings.warn("static", ResourceWarning, source=1)
out = []


class Sink:
    def write(self, text):
        out.append(text)


warnings.showwarning("given line", ResourceWarning, "z.py", 1, Sink(), "the line")
print(out)
print(warnings.formatwarning("fmt", ResourceWarning, "z.py", 1, "l"))
tracemalloc.stop()
sys.stderr.flush()
print("done")
