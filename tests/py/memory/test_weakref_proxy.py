# weakref.proxy: forwarding of attributes, operators, len/in/items, iteration, calls; reuse; ReferenceError once dead
import weakref


def norm(s):
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


s = {1, 2, 3}
p = weakref.proxy(s)
print(type(p).__name__, type(p) is weakref.ProxyType, isinstance(p, weakref.ProxyTypes))
print(weakref.proxy(s) is p, weakref.proxy(s, lambda w: None) is p, weakref.getweakrefcount(s))
print(norm(repr(p)), str(p), len(p), 2 in p, 7 in p, bool(p))
print(p | {4}, p & {1, 9}, p - {1}, p ^ {3, 4}, {0} | p, sorted(p))
print(p == s, p != s, p <= {1, 2, 3, 4}, p > {1}, p == p)
print(list(iter(p)), p.issubset({1, 2, 3, 5}), p.union([8]))
p.add(4)
print(s, len(p))
p |= {5}
print(s)
try:
    hash(p)
except TypeError as e:
    print(e)
try:
    p[0]
except TypeError as e:
    print(e)

# proxies to callables are CallableProxyType and forward calls and attributes
def f(a, b=2):
    return a + b


cp = weakref.proxy(f)
print(type(cp).__name__, cp(1), cp(1, b=10), cp.__name__, callable(cp), callable(p))
cp.extra = 7
print(f.extra, cp.extra)
del cp.extra
print(hasattr(f, "extra"))
print(norm(repr(cp)))

# proxies to a type forward calls too
tp = weakref.proxy(frozenset)
print(type(tp).__name__, tp([1, 1, 2]), tp.__name__)

# numbers and comparisons through proxies on both sides
fs = frozenset([1, 2])
pf = weakref.proxy(fs)
pf2 = weakref.proxy(frozenset([1, 2]))  # dies at once
print(norm(repr(pf2)))


def mkf():
    def z():
        pass
    return z


pz = weakref.proxy(mkf())  # a callable proxy, dead at once
print(type(pz).__name__, norm(repr(pz)))
print(pf == fs, pf | pf, pf < frozenset([1, 2, 3]))

# once the referent is gone every forwarded operation raises ReferenceError
log = []
t = {9}
pt = weakref.proxy(t, lambda w: log.append(norm(repr(w))))
del t
print(log)
for expr in ["len(pt)", "str(pt)", "pt.add", "9 in pt", "pt | {1}", "bool(pt)", "list(pt)",
             "pt == {9}", "pt.x", "pz()", "pf2 | pf"]:
    try:
        print(eval(expr))
    except ReferenceError as e:
        print(expr, "->", type(e).__name__, e)
try:
    pt.x = 1
except ReferenceError as e:
    print("setattr ->", e)
print(norm(repr(pt)))

# a generator through a proxy: next() forwards
def gen():
    yield 1
    yield 2


g = gen()
pg = weakref.proxy(g)
print(next(pg), next(pg), list(pg))
try:
    next(weakref.proxy(f))
except TypeError as e:
    print(e)
