# Pins CPython's set probing: the order and number of __eq__/__hash__ calls on user keys
# with colliding hashes, iteration order, sizes after growth/shrink, and frozenset hashes.
import sys

log = []

class K:
    def __init__(self, name, h, eqgroup=None):
        self.name = name
        self.h = h
        self.g = eqgroup if eqgroup is not None else name
    def __hash__(self):
        log.append("hash " + self.name)
        return self.h
    def __eq__(self, other):
        log.append("eq %s %s" % (self.name, getattr(other, "name", other)))
        return isinstance(other, K) and self.g == other.g
    def __repr__(self):
        return self.name

def show(title):
    print(title, log)
    log.clear()

a, b, c, d, e = K("a", 1), K("b", 1), K("c", 9), K("d", 1), K("e", 17)
a2 = K("a2", 1, "a")
s = set()
for k in (a, b, c, d, e):
    s.add(k)
show("add")
print(list(s))
s.add(a2)
show("add equal")
print(a2 in s, K("x", 1) in s, K("y", 2) in s)
show("contains")
s.discard(b)
show("discard b")
s.discard(K("z", 1))
show("discard missing")
s.add(K("f", 1))
show("add after discard")
print(list(s))
t = {K("b2", 1, "b"), K("q", 3)}
show("build t")
s.update(t)
show("update set")
s.update([K("r", 1), K("a3", 1, "a")])
show("update list")
s.update({K("dk", 1, "d"): 0, K("w", 25): 1})
show("update dict")
print(sorted(x.name for x in s))
u = {K("a4", 1, "a"), K("n", 5), K("e2", 17, "e")}
show("build u")
print(sorted(x.name for x in s.intersection(u)))
show("intersection set")
print(sorted(x.name for x in s.intersection([K("a5", 1, "a"), K("m", 33), K("c2", 9, "c")])))
show("intersection list")
print(sorted(x.name for x in s - u))
show("difference")
v = set(s)
show("copy")
v.symmetric_difference_update([K("a6", 1, "a"), K("new", 41)])
show("symmetric update")
print(sorted(x.name for x in v))
print(s.issubset(v), s.isdisjoint(u), s >= u)
show("compare")
p = set(s)
show("copy2")
while p:
    p.pop()
show("pop all")

# a __eq__ that mutates the set forces a restart of the lookup
class M:
    def __init__(self, name, h, target):
        self.name, self.h, self.target = name, h, target
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        log.append("meq %s" % self.name)
        if self.target is not None:
            t = self.target
            self.target = None
            for i in range(100):
                t.add(1000 + i)
        return False
ms = set()
m1 = M("m1", 7, ms)
ms.add(m1)
ms.add(M("m2", 7, None))
show("mutating eq")
print(len(ms))

# iteration order and sizes for ints
for n in (0, 1, 5, 8, 9, 17, 50, 100, 1000, 50001):
    z = set(range(n))
    print(n, sys.getsizeof(z), sys.getsizeof(frozenset(z)), list(z)[:5])
z = set([0, 8, 16, 24, 32, 1, 9])
print(list(z))
z.discard(8); z.add(40); z.add(8)
print(list(z))
big = set(range(0, 400, 3))
print(sys.getsizeof(big))
big -= set(range(0, 380, 3))
print(sys.getsizeof(big), sorted(big))
big.difference_update(range(1000))
print(sys.getsizeof(big))
w = set(range(100))
w.intersection_update({1, 2, 3})
print(w, sys.getsizeof(w))
w2 = {1, 2}
w2 &= set(range(200))
print(w2, sys.getsizeof(w2))
w3 = set(range(40))
w3 ^= set(range(20, 60))
print(list(w3), sys.getsizeof(w3))
for n in (0, 1, 2, 3, 10, 100):
    print(n, hash(frozenset(range(n))), hash(frozenset(str(i) for i in range(n))) == hash(frozenset(str(i) for i in range(n))))
fs = frozenset(range(20))
fs2 = frozenset(range(19, -1, -1))
print(hash(fs) == hash(fs2), fs == fs2)
r = set(range(30))
for i in range(0, 30, 2):
    r.remove(i)
print(list(r), sys.getsizeof(r))
r.clear()
print(sys.getsizeof(r), r)
q = set(range(10))
print([q.pop() for _ in range(3)], list(q))
q.add(0)
print(q.pop(), list(q))
