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
