# collections.deque: getsizeof over CPython's 64-slot blocks, rotate/insert/del, iteration guards, errors, repr.
import sys
import gc
from collections import deque


def err(f, *a):
    try:
        print("ok", f(*a))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(sys.getsizeof(deque()), deque().__sizeof__())
for n in (1, 32, 33, 62, 63, 64, 65, 127, 128, 129, 200, 1000):
    print(n, sys.getsizeof(deque(range(n))))
d = deque()
sizes = []
for i in range(300):
    d.append(i)
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)))
d = deque()
for i in range(100):
    d.appendleft(i)
print(sys.getsizeof(d), d[0], d[-1], d[50])
e = deque()
e.extendleft(range(70))
print(sys.getsizeof(e), e[0], e[69])
while d:
    d.pop()
print(sys.getsizeof(d), len(d))
r = deque(range(10))
for k in (3, -7, 25, -25, 0, 5, 1, -1):
    r.rotate(k)
    print(k, list(r), sys.getsizeof(r))
big = deque(range(500))
big.rotate(130)
print(big[0], big[129], big[130], big[-1], sys.getsizeof(big))
big.rotate(-260)
print(big[0], big[-1], sys.getsizeof(big))
for i in (0, 1, 250, 498, 499, -1, -500):
    print(i, big[i])
err(lambda: big[500])
err(lambda: big[-501])
err(lambda: big['x'])
err(lambda: deque([1]).rotate('x'))
err(lambda: deque([1]).rotate(1, 2))
err(lambda: deque(maxlen=-1))
err(lambda: deque(maxlen='a'))
err(lambda: deque([1], 2, 3))
err(lambda: deque(1))
err(lambda: deque(iterable=[1], maxlen=2, x=1))
err(lambda: deque([1, 2], 2).insert(0, 5))
err(lambda: deque([1, 2]).index(1, 'a'))
err(lambda: deque() + [1])
err(lambda: deque().count())
x = deque('abcdefgh')
x.insert(3, 'X'); x.insert(-2, 'Y'); x.insert(100, 'Z'); x.insert(-100, 'A')
print(x, x.index('X'), x.index('b', 2) if False else x.index('Y', -5), x.index('c', 0, 5))
del x[0]; del x[-1]; del x[4]
print(x, len(x))
x[2] = 'two'; x[-2] = 'minus'
print(x)
it = iter(x)
next(it)
x.append('more')
err(next, it)
it = iter(x)
x.pop()
err(next, it)
rit = reversed(deque([1, 2, 3]))
print(list(rit), rit.__length_hint__())
it2 = iter(deque(range(5)))
next(it2)
print(it2.__length_hint__(), list(it2), list(reversed(deque(range(130))))[:3])
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
m = deque(range(5), maxlen=5)
m.extendleft([10, 11])
print(m)
m.extend(range(20, 30))
print(m, sys.getsizeof(m))
m0 = deque([1, 2], maxlen=0)
m0.append(1); m0.extend([1, 2])
print(m0, m0.maxlen, deque().maxlen)
s = deque([1])
s.append(s)
print(s, repr(deque([deque([1])])))
print(deque([1, 2]) < deque([1, 2, 3]), deque([1, 3]) > deque([1, 2, 9]), deque([1]) <= deque([1]),
      deque([2]) >= deque([1, 5]), deque([1]) == [1], deque() != deque(), deque('ab') == deque('ab'))
err(lambda: deque([1]) < [1])
err(lambda: deque([1]) < deque(['a']))
print(deque([1, 2]) * 0, 2 * deque([7]), deque('ab') * 3, deque([1, 2], maxlen=3) * 2)
q = deque([1, 2])
q += [3]; q *= 2
print(q, bool(deque()), bool(q))
q.extend(q)
print(q, q.count(1), q.count(9))
q.reverse()
print(q)
q.remove(2)
print(q, q.copy() == q, q.copy() is q, q.__copy__())
q.clear()
print(q, sys.getsizeof(q))
c = deque()
c.append(c)
del c
print(gc.collect() >= 1)
print(gc.is_tracked(deque()), deque.__name__, deque.__module__)
print(deque([1, 2, 3]).maxlen is None, hasattr(deque, 'appendleft'))
for f in (lambda: deque([1]).index(), lambda: deque([1]).index(1, 2, 3, 4), lambda: deque([1]).insert(1),
          lambda: deque([1]).insert('a', 1), lambda: deque([1]).rotate(2.5), lambda: deque([1]).rotate(10**30),
          lambda: deque([1]).index(1, 2.5), lambda: deque().pop(1), lambda: deque().append(),
          lambda: deque()[2**70]):
    err(f)
