# Pins the order of a referent's weakref list (basic ref, then basic proxy, then the others,
# newest first), reuse of the basic ref/proxy, callback order on clearing, hash caching,
# and the operations a proxy forwards.
import gc
import weakref

class C:
    def __init__(self, n=0):
        self.n = n
    def __repr__(self):
        return "C(%d)" % self.n
    def __hash__(self):
        print("hash called", self.n)
        return self.n * 7
    def __call__(self, *a):
        return ("called", a)

def kind(r):
    t = type(r).__name__
    cb = getattr(r, "__callback__", None) if isinstance(r, weakref.ref) else None
    return t + ("+cb" if cb is not None else "")

order = []
def cb(name):
    def f(r):
        order.append(name)
    return f

o = C(1)
r_cb1 = weakref.ref(o, cb("cb1"))
p_cb = weakref.proxy(o, cb("pcb"))
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print(r1 is r2, weakref.getweakrefcount(o))
p1 = weakref.proxy(o)
p2 = weakref.proxy(o)
print(p1 is p2, weakref.getweakrefcount(o))
r_cb2 = weakref.ref(o, cb("cb2"))
r_cb3 = weakref.ref(o, cb("cb3"))
class R(weakref.ref):
    pass
rs = R(o)
rs_cb = R(o, cb("sub"))
print([kind(x) for x in weakref.getweakrefs(o)])
print(weakref.ref(o, None) is r1)
del r1, r2
print([kind(x) for x in weakref.getweakrefs(o)])
r3 = weakref.ref(o)
print([kind(x) for x in weakref.getweakrefs(o)])
print(hash(r3) == hash(o))
print(hash(r3))
del o
print(order)
print(r3(), r_cb1(), hash(r3))
try:
    hash(weakref.ref(C(5)))
except TypeError as e:
    print("TypeError", e)

# only a proxy first
o = C(2)
p = weakref.proxy(o)
r = weakref.ref(o)
rc = weakref.ref(o, cb("x"))
print([kind(x) for x in weakref.getweakrefs(o)])
del r
print([kind(x) for x in weakref.getweakrefs(o)])
order.clear()
o2 = C(3)
cbs = [weakref.ref(o2, cb("k%d" % i)) for i in range(5)]
cbs.append(weakref.ref(o2))
print([kind(x) for x in weakref.getweakrefs(o2)])
del cbs[2]
del o2
print(order)

# a callback whose weakref dies first is not called
order.clear()
o3 = C(4)
w1 = weakref.ref(o3, cb("keep"))
w2 = weakref.ref(o3, cb("lost"))
del w2
del o3
print(order)

# clearing by the collector: cycles
order.clear()
class Node:
    pass
a = Node(); b = Node(); a.b = b; b.a = a
wa = weakref.ref(a, cb("a1")); wa2 = weakref.ref(a, cb("a2")); wb = weakref.ref(b, cb("b"))
del a, b
gc.collect()
print(sorted(order), wa(), wb())

# proxy forwarding
o = C(6)
cp = weakref.proxy(o)
print(type(cp).__name__, cp(1, 2), cp.n)
cp.n = 9
print(o.n, str(cp), bool(cp))
L = [3, 1, 2]
class L2(list):
    pass
l2 = L2([3, 1, 2])
pl = weakref.proxy(l2)
print(len(pl), 1 in pl, pl[0], pl + [4], list(reversed(pl)), sorted(pl))
pl[0] = 10
del pl[1]
print(l2, pl == [10, 2], pl < [11], pl != l2)
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return ("add", o)
    def __radd__(self, o): return ("radd", o)
    def __iadd__(self, o): return ("iadd", o)
    def __mul__(self, o): return ("mul", o)
    def __matmul__(self, o): return ("matmul", o)
    def __imatmul__(self, o): return ("imatmul", o)
    def __truediv__(self, o): return ("truediv", o)
    def __floordiv__(self, o): return ("floordiv", o)
    def __mod__(self, o): return ("mod", o)
    def __divmod__(self, o): return ("divmod", o)
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __ipow__(self, o): return ("ipow", o)
    def __lshift__(self, o): return ("lshift", o)
    def __rshift__(self, o): return ("rshift", o)
    def __and__(self, o): return ("and", o)
    def __or__(self, o): return ("or", o)
    def __xor__(self, o): return ("xor", o)
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "invert"
    def __int__(self): return 42
    def __float__(self): return 4.5
    def __index__(self): return 7
    def __bytes__(self): return b"bytes"
    def __iter__(self): return iter([1, 2])
    def __str__(self): return "N-str"
n = N(1)
pn = weakref.proxy(n)
print(pn + 1, 1 + pn, pn * 2, pn @ 3, pn / 4, pn // 5, pn % 6, divmod(pn, 7), pow(pn, 8, 9), pn ** 2)
print(pn << 1, pn >> 1, pn & 1, pn | 1, pn ^ 1, -pn, +pn, abs(pn), ~pn, int(pn), float(pn))
print([10, 20, 30, 40, 50, 60, 70, 80][pn], bytes(pn), list(pn), str(pn))
q = pn
q += 1
print(q)
q = pn
q @= 2
print(q)
q = pn
q **= 3
print(q)
try:
    q = pn
    q -= 1
except TypeError as e:
    print("TypeError", e)
class It:
    def __init__(self): self.i = 4
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        return self.i
it = It()
pit = weakref.proxy(it)
print(next(pit), next(pit))
try:
    next(weakref.proxy(n))
except TypeError as e:
    print("TypeError", e)
try:
    hash(pn)
except TypeError as e:
    print("TypeError", e)
del n
for op in (lambda: pn + 1, lambda: str(pn), lambda: pn.v, lambda: len(pn), lambda: bool(pn), lambda: -pn):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError", e)
print(repr(pn).split(" to ")[1].split(" at ")[0])
