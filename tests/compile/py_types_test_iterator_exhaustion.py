m = map(lambda x: x * 2, [1, 2, 3])
print(list(m), list(m))
f = filter(lambda x: x > 1, [1, 2, 3])
print(3 in f, list(f))
g = (i for i in range(5))
print(2 in g, list(g))
z = zip('abc', 'de')
print(next(z), list(z))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
it = iter(range(3))
a, *rest = it
print(a, rest, list(it))
d = dict.fromkeys('xyz')
ki = iter(d)
print(next(ki))
d['w'] = None
try:
    next(ki)
except RuntimeError as e:
    print(e)
s = {1, 2}
si = iter(s)
next(si)
s.add(5)
try:
    next(si)
except RuntimeError as e:
    print(e)
print(list(map(pow, [2, 3], [3, 2])), list(map(len, ['a', 'bb'])))
print(list(filter(str.isdigit, 'a1b2')), list(filter(None, [0, '', 'x', None, 3])))
