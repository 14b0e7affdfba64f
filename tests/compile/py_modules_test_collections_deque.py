from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([4, 5]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
print(d.count(2), d.index(3), d.index(3, 1) if 3 in list(d)[1:] else 'n/a')
d.remove(3); print(d)
d.insert(1, 'ins'); print(d)
d.reverse(); print(d)
c = d.copy(); c.clear(); print(c, d)
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
    print(m)
m.appendleft('L'); print(m, m.maxlen)
m.extend('xyz'); print(m)
print(deque('abc', 2), deque(), repr(deque([1], maxlen=5)))
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2), lambda: deque([1])[5],
            lambda: deque([1]).index(9), lambda: hash(deque())):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
e = deque(range(5))
e[0] = 'first'; del e[1]
print(e, 2 in e, list(reversed(e)), deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
print(deque([1, 2]) + deque([3]), deque([1]) * 3)
z = deque([1, 2, 3], maxlen=3)
z.rotate(1)
print(z, z.maxlen)
