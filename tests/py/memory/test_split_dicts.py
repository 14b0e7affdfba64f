# Instance __dict__ sizes follow CPython 3.11's shared-key (split) tables: per-class key sharing, conversions to combined tables, copies
import sys, gc
size = sys.getsizeof

class P:
    def __init__(self):
        self.x = 1
        self.y = 2

ps = [P() for _ in range(100)]
print('many instances share keys:', size(ps[0].__dict__), size(ps[-1].__dict__))
p = P()
d = p.__dict__
print('materialized:', size(d), len(d))
d['z'] = 3
print('str key added through the dict:', size(d), size(ps[1].__dict__))
d[1] = 2
print('non-str key makes it combined:', size(d), list(d))

class Q:
    pass

q = Q()
print('first instance of a class:', size(q.__dict__))
grow = []
for i in range(34):
    setattr(q, 'a%d' % i, i)
    grow.append(size(q.__dict__))
print('attributes added one by one:', grow)
q2 = Q()
print('next instance:', size(q2.__dict__))
q2.__dict__.clear()
print('cleared:', size(q2.__dict__))

class R:
    pass

r = R()
r.a, r.b, r.c = 1, 2, 3
rd = r.__dict__
print('copy keeps it split:', size(rd), size(rd.copy()), size(dict(rd)), size({**rd}))
del r.b
print('del keeps it split:', size(rd), list(rd))
print('popitem makes it combined:', rd.popitem(), size(rd))
r2 = R()
r2.k = 1
print('vars() is the same dict:', vars(r2) is r2.__dict__, size(vars(r2)))
r2.__dict__.update({'m': 1, 'n': 2})
print('update with str keys:', size(r2.__dict__), sorted(r2.__dict__))
r2.__dict__.setdefault('o', 5)
print('setdefault:', size(r2.__dict__))

class Sub(P):
    pass

print('a subclass has its own keys:', size(Sub().__dict__))

class L(list):
    pass

l1 = L()
l1.a = 1
l2 = L()
l2.__dict__
l2.a = 1
print('list subclass: attribute first / __dict__ first:', size(l1.__dict__), size(l2.__dict__))

class S(str):
    pass

s = S('abc')
s.tag = 1
print('str subclass:', size(s.__dict__))

class I(int):
    pass

i5 = I(5)
i5.tag = 1
print('int subclass (no shared keys):', size(i5.__dict__))

class E(Exception):
    pass

e = E()
e.tag = 1
print('exception subclass:', size(e.__dict__))

class Slots:
    __slots__ = ('a', '__dict__')

sl = Slots()
sl.b = 1
print('__slots__ with __dict__:', size(sl.__dict__))

class Gone:
    pass

g = Gone()
g.a = 1
kept = g.__dict__
del g, Gone
gc.collect()
print('dict outliving its class:', size(kept), kept)

o = P()
o.__dict__ = {'x': 1}
print('assigned __dict__:', size(o.__dict__))
print('plain dicts unchanged:', size({}), size({'a': 1}), size(dict(a=1, b=2)))
