# linecache: getline/getlines from this script, out-of-range and missing files, pseudo-files, the cache dict's entries, clearcache, checkcache after a file changes or vanishes, updatecache, lazycache without a loader
import linecache
import os

ME = __file__
print(repr(linecache.getline(ME, 1)))
print(repr(linecache.getline(ME, 2)))
lines = linecache.getlines(ME)
print(type(lines).__name__, len(lines) > 20, lines[1] == linecache.getline(ME, 2))
print(repr(linecache.getline(ME, 0)), repr(linecache.getline(ME, -1)), repr(linecache.getline(ME, 10 ** 6)))
print(ME in linecache.cache, len(linecache.cache[ME]), linecache.cache[ME][2] is lines)
print(linecache.cache[ME][0] == os.stat(ME).st_size, linecache.cache[ME][3] == ME)
print(repr(linecache.getline("no/such/file.py", 1)), linecache.getlines("no/such/file.py"))
print("no/such/file.py" in linecache.cache)
print(linecache.getlines("<string>"), linecache.getlines("<stdin>"), linecache.getlines(""))
print(repr(linecache.getline("<frozen x>", 1)))
linecache.clearcache()
print(linecache.cache)

path = "/tmp/heapscope_linecache_%d.py" % os.getpid()
with open(path, "w") as f:
    f.write("first = 1\nsecond = 2\nlast = 'no newline'")
got = linecache.getlines(path)
print(got)
print(repr(linecache.getline(path, 3)))
linecache.checkcache(path)
print(path in linecache.cache)
with open(path, "w") as f:
    f.write("changed = True\n")
print(linecache.getline(path, 1), end="")  # still the cached text
linecache.checkcache("not/cached.py")
linecache.checkcache(path)
print(path in linecache.cache, repr(linecache.getline(path, 1)))
print(linecache.updatecache(path), linecache.updatecache(path, {}))
with open(path, "w") as f:
    f.write("x = 1\ny = 2\n")
linecache.checkcache()
print(path in linecache.cache, linecache.getlines(path))
os.remove(path)
linecache.checkcache()
print(path in linecache.cache, linecache.getlines(path), path in linecache.cache)
print(linecache.updatecache(path))

linecache.cache["fake.py"] = (3, None, ["a\n", "b\n"], "fake.py")
linecache.checkcache()
print(linecache.getline("fake.py", 2), end="")
print(linecache.getlines("fake.py"))
print(linecache.lazycache("<string>", {}), linecache.lazycache("x.py", None), linecache.lazycache("x.py", {}))
print(linecache.lazycache("", {"__name__": "m"}))
print(linecache.updatecache("<string>"), linecache.updatecache(""))
print(sorted(linecache.__all__))


class Loader:
    def __init__(self, text):
        self.text = text

    def get_source(self, name):
        print("get_source", name)
        if self.text == "raise":
            raise ImportError(name)
        return self.text


g = {"__name__": "fake_mod", "__loader__": Loader("a = 1\r\nb = 2\nlast")}
print(linecache.lazycache("virtual/fake_mod.py", g), len(linecache.cache["virtual/fake_mod.py"]))
print(linecache.lazycache("virtual/fake_mod.py", g), linecache.lazycache("virtual/fake_mod.py", None))
linecache.checkcache()
print(len(linecache.cache["virtual/fake_mod.py"]))
print(linecache.getlines("virtual/fake_mod.py"))
print(linecache.cache["virtual/fake_mod.py"][:2], linecache.lazycache("virtual/fake_mod.py", g))
print(repr(linecache.getline("virtual/fake_mod.py", 2)))
print(linecache.updatecache("virtual/fake_mod.py", g))
print(linecache.getlines("virtual/none.py", {"__name__": "n", "__loader__": Loader(None)}), "virtual/none.py" in linecache.cache)
print(linecache.getlines("virtual/err.py", {"__name__": "e", "__loader__": Loader("raise")}), len(linecache.cache["virtual/err.py"]))
print(linecache.getlines("virtual/nameless.py", {"__name__": "", "__loader__": Loader("x")}), "virtual/nameless.py" in linecache.cache)
print(linecache.getlines("/abs/virtual.py", {"__name__": "m", "__loader__": Loader("x = 1")}))


class Spec:
    loader = Loader("from spec")


print(linecache.getlines("virtual/spec.py", {"__name__": "s", "__spec__": Spec(), "__loader__": None}))
print(linecache.getlines("virtual/nospec.py", {"__name__": "s", "__spec__": object()}))
print(linecache.lazycache("<virtual>", g), linecache.lazycache("", g))

# a relative name not found as is is looked for in sys.path's directories
base = os.path.basename(ME)
print(repr(linecache.getline(base, 2)), base in linecache.cache)
print(repr(linecache.getline("no_such_file_anywhere.py", 1)))
