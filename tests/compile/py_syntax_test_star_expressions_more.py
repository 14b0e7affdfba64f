def f(*a, **k):
    return a, k
print(f(*range(2), *'xy', **{'a': 1}, **{'b': 2}))
print([*'ab', *[1], *()], (*'a',), {*(), *[1, 1]}, {**{}, **{'k': 0}})
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1]
print(init, tail)
for a, *rest in ['abc', 'x']:
    print(a, rest)
print(*[1, 2], sep='-')
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]], [x for sub in nested for x in sub])
d1 = {'a': 1}
d2 = {'a': 2, 'b': 3}
print({**d1, **d2}, {**d2, **d1}, dict(**d1, b=9))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
t = 1, *[2, 3]
print(t)
