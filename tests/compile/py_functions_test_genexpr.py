g = (x * 2 for x in range(5))
print(type(g).__name__, g.__name__)
print(list(g), list(g))
print(sum(x for x in range(10) if x % 2))
print(max(len(w) for w in ['a', 'abc', 'ab']))
print(list((x, y) for x in range(2) for y in 'ab'))
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(e)
it = iter([1, 2, 3])
g = (v for v in it)
print(next(g), next(it), list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(e)
n = 3
g = (n * i for i in range(2))
n = 10
print(list(g))
print(', '.join(str(i) for i in range(4)))
print(tuple(c.upper() for c in 'abc'))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in []))
