# WeakValueDictionary and WeakKeyDictionary with functions as values/keys: entries vanish with their referents, pending removals while iterating, methods and errors
import weakref, gc, sys
def mk(n):
    def f(): pass
    f.__name__ = n
    return f
fa, fb, fc = mk("a"), mk("b"), mk("c")
d = weakref.WeakValueDictionary()
d["a"] = fa
d["b"] = fb
d[3] = fc
print(len(d), sorted(d.keys(), key=str), "a" in d, "z" in d, d["a"] is fa, d.get("q", 5))
print(repr(d)[:21], type(d).__name__, type(d).__module__)
del fb
print(len(d), sorted(map(str, d)), [v.__name__ for v in d.values()])
for k, v in d.items():
    print(k, v.__name__)
it = iter(d.items())
print(next(it)[0])
del fa
print(len(d), list(d.keys()))   # pending while iterating
del it
print(len(d), list(d.keys()))
try:
    d["a"]
except KeyError as e:
    print("KeyError", e)
print(d.pop(3).__name__, d.pop(3, "dflt"), len(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
g = mk("g")
print(d.setdefault("g", g) is g, d.setdefault("g", 1) is g)
d.update({"h": g}, i=g)
print(sorted(d.keys()), len(d.valuerefs()), type(d.valuerefs()[0]).__name__, d.valuerefs()[0].key in d)
c = d.copy()
print(type(c).__name__, sorted(c.keys()), c == d, d == {"g": g, "h": g, "i": g})
del g
print(len(d), len(c), d == {})
# WeakKeyDictionary
k1, k2 = mk("k1"), mk("k2")
wk = weakref.WeakKeyDictionary({k1: 1})
wk[k2] = 2
print(len(wk), wk[k1], k2 in wk, 5 in wk, wk.get(k2), sorted(wk.values()))
print([(k.__name__, v) for k, v in sorted(wk.items(), key=lambda p: p[1])])
try:
    wk[5] = 1
except TypeError as e:
    print(e)
del k1
print(len(wk), [k.__name__ for k in wk])
print(len(wk.keyrefs()), wk.pop(k2), len(wk))
try:
    wk.pop(k2)
except KeyError as e:
    print("KeyError")
# iteration keeps the value it last produced alive, like the generator's local
fx, fy = mk("x"), mk("y")
d2 = weakref.WeakValueDictionary(x=fx, y=fy)
it = d2.values()
first = next(it).__name__
del fx, fy
print(first, len(d2))
del it
print(len(d2))
# pending removals are committed when the last iterator finishes
fz1, fz2 = mk("z1"), mk("z2")
d3 = weakref.WeakKeyDictionary({fz1: 1, fz2: 2})
n = 0
for k in d3:
    n += 1
    del k
    if n == 1:
        del fz1, fz2
    print(len(d3))
print(len(d3), list(d3.items()))
print(gc.collect())
