# weakref.ref: referents of every weakrefable kind, reuse of the plain ref, counts, hash, ==, callbacks, repr
import sys
import weakref
import _weakref


def norm(s):
    # replace each 0x... address by ADDR so the output does not depend on the allocator
    out = []
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            j = i + 2
            while j < len(s) and s[j] in "0123456789abcdef":
                j += 1
            out.append("ADDR")
            i = j
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def f():
    return 42


def gen():
    yield 1


s = {1, 2}
fs = frozenset("ab")
g = gen()
referents = [f, s, fs, int, len, [].append, f.__code__, sys, g, weakref.ref]
for ob in referents:
    r = weakref.ref(ob)
    print(type(ob).__name__, r() is ob, weakref.ref(ob) is r, weakref.getweakrefcount(ob))
    if type(ob) is not type(len):  # builtins: repr checked once their __name__ exists
        print("  ", norm(repr(r)))

for bad in [1, 1.5, "x", b"y", [], (), {}, None, object(), range(3), 2j, Exception()]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
    print(weakref.getweakrefcount(bad), weakref.getweakrefs(bad))

# sizes and refcounts: a weakref holds no reference to its referent
print(sys.getsizeof(weakref.ref(f)), sys.getsizeof(weakref.proxy(s)))
before = sys.getrefcount(s)
refs = [weakref.ref(s, lambda w: None) for i in range(3)]
print(sys.getrefcount(s) - before, weakref.getweakrefcount(s))
cb = lambda w: None
n = sys.getrefcount(cb)
r = weakref.ref(s, cb)
print(sys.getrefcount(cb) - n, r.__callback__ is cb, weakref.ref(s).__callback__)
del r
print(sys.getrefcount(cb) - n)

# the module functions and types
print(weakref.ref is weakref.ReferenceType, _weakref.ref is weakref.ref)
print(weakref.ReferenceType, weakref.ProxyType, weakref.CallableProxyType)
print(weakref.ProxyTypes)
print(type(weakref.ref(f)).__name__, weakref.ref.__name__, weakref.ref.__module__)
print(_weakref.getweakrefcount is weakref.getweakrefcount)
for call in ["weakref.ref()", "weakref.ref(f, None, 3)", "weakref.ref(f, callback=None)",
             "weakref.ref(f)(1)", "weakref.proxy()", "weakref.getweakrefs()"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)

# callbacks run when the referent goes, newest first, with the dead ref
log = []
t = {3}
r1 = weakref.ref(t, lambda w: log.append(("r1", w is r1, w())))
r2 = weakref.ref(t, lambda w: log.append(("r2", w is r2, w())))
r0 = weakref.ref(t)
print(weakref.getweakrefs(t) == [r0, r2, r1])
del t
print(log, r0(), r1(), weakref.getweakrefcount(r0))
print(norm(repr(r0)))

# a ref that dies first never calls back
u = {4}
r3 = weakref.ref(u, lambda w: log.append("r3"))
del r3
del u
print(log[2:])

# hash: the referent's, kept after death; equality: referents while alive, identity after
def h():
    pass
rh = weakref.ref(h)
print(hash(rh) == hash(h))
saved = hash(rh)
rh2 = weakref.ref(h, lambda w: None)
print(rh == rh2, rh != rh2, rh == weakref.ref(f), rh is rh2)
del h
print(hash(rh) == saved, rh == rh2, rh == rh, rh2 != rh)
v = frozenset([9])
rv = weakref.ref(v)
del v
try:
    hash(rv)
except TypeError as e:
    print(e)
print(rv == 1, rv != None)
try:
    rv < rv
except TypeError as e:
    print(e)

# sets and frozensets compare by value through refs
a = frozenset([1])
b = frozenset([1])
print(weakref.ref(a) == weakref.ref(b), {weakref.ref(a): 1}[weakref.ref(b)])

# functools.partial and itertools.tee objects are weakrefable too (itertools.count is not)
import functools
import itertools
pa = functools.partial(len)
te = itertools.tee([1, 2])[0]
gone = []
rpa = weakref.ref(pa, lambda w: gone.append("partial"))
rte = weakref.ref(te, lambda w: gone.append("tee"))
print(sys.getsizeof(te), rpa() is pa, rte() is te, weakref.getweakrefcount(te))
del pa, te
print(gone, rpa(), rte())
try:
    weakref.ref(itertools.count())
except TypeError as e:
    print(e)

# the module's public names
print(weakref.__all__)
print(sorted(n for n in dir(_weakref) if not n.startswith("__")))
