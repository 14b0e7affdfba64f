a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
first, *_ = [9]
print(first, _)
print(*[1, 2], *(3,), *'ab')
print([*[1, 2], *{3: 'x'}])
print((*range(3), 10))
print({*[1, 1, 2]})
print({**{'a': 1}, **{'b': 2, 'a': 3}})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), x=1, **{'y': 2}))
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
[p, q] = 'pq'
print(p, q)
x = y = z = 0
print(x, y, z)
a, b = b, a = 1, 2
print(a, b)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
