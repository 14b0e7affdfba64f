# collections.Counter: construction, most_common ordering, multiset operators, comparisons, repr, getsizeof, errors.
import sys
from collections import Counter


def err(f, *a):
    try:
        print("ok", f(*a))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(Counter(a=1) | {'b': 2}, {'b': 2} | Counter(a=1), type(Counter(a=1) | {'b': 2}).__name__)
err(lambda: Counter(a=1) + {'b': 2})
err(lambda: {'b': 2} + Counter(a=1))
err(lambda: Counter(a=1) < {'a': 2})
err(lambda: Counter.fromkeys('ab'))
err(lambda: Counter(a='x').most_common())
err(lambda: list(Counter(a=1.5).elements()))
err(lambda: Counter(1, 2))
err(lambda: Counter(a=1).most_common('x'))
err(lambda: Counter(a=1).update(1, 2))
err(lambda: Counter(5))
c = Counter(a=1)
del c['zz']
print(c, c == {'a': 1}, {'a': 1} == c, Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2),
      Counter(a=1) < Counter(a=1), Counter(a=2) > Counter(a=1), Counter(a=1) >= Counter(), Counter(a=1) != Counter(a=1))
print(repr(Counter(a='x', b=1)), Counter(a=2, b=0, c=-1).total(), Counter('abc').most_common(0), Counter('aab').most_common(-1))
for n in (0, 1, 5, 6, 10):
    print(n, sys.getsizeof(Counter(range(n))))
c = Counter(a=3)
c += Counter(a=-5, b=2); print(c)
c -= Counter(b=1); print(c)
c |= Counter(z=1); print(c)
c &= Counter(z=3); print(c)
print(list(Counter('abracadabra').elements()), Counter(a=1).copy(), type(Counter(a=1).copy()).__name__)
print(Counter(['a', 'b']) | Counter(b=3), -Counter(a=-1, b=2), +Counter(a=-1, b=2))
t = Counter('mississippi')
print(t.most_common(), t.most_common(1), t.most_common(2), t.most_common(10), t)
print(Counter({'x': 1, 'y': 3, 'z': 3, 'w': 2}).most_common(), Counter([3, 1, 2, 1, 3]))
u = Counter()
u.update(['a', 'b'], b=5)
u.update({'a': 10})
u.update(Counter(c=2))
u.subtract('ab')
u.subtract({'c': 4}, d=1)
print(u, u.total(), len(u), sorted(u.elements()))
print(Counter(a=1, b=-2) - Counter(b=-5), Counter(a=3) & Counter(a=1, b=2), Counter() | Counter())
print(Counter('abc')['d'], 'd' in Counter('abc'), Counter('abc').get('d'), dict(Counter('aba')))
print(isinstance(Counter(), dict), Counter.__name__, Counter.__module__, Counter(a=2.5, b=1))
v = Counter(x=1)
v['y'] += 3
v['x'] -= 1
print(v, list(v.items()), list(v.keys()), list(v.values()))
print(Counter(Counter(a=2)), Counter({'a': 1}, a=5), Counter(a=1, b=2) == Counter(b=2, a=1))
w = Counter(a=1)
w.update(w)
print(w, Counter('hello') + Counter('world'))
print(Counter, type(Counter(a=1)), Counter.__module__, Counter.__qualname__)
e = Counter('abracadabra').elements()
print(type(e).__name__, sorted(e), list(Counter(a=2, b=-1, c=0).elements()))
lazy = Counter(a=1.5).elements()
err(list, lazy)
