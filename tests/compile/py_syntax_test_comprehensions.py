print([x * x for x in range(5)])
print([x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(3)] for i in range(3)])
print({x: x ** 2 for x in range(4)})
print(sorted({c for c in 'mississippi'}))
print(list(x + 1 for x in range(3)))
print(sum(x for x in range(101)))
print([x for x in range(20) if x % 2 if x % 3])
x = 'outer'
print([x for x in 'abc'], x)
print({k: v for k, v in zip('abc', range(3))})
print([y for x in [[1, 2], [3]] for y in x])
print([i for i in range(3)] == list(range(3)))
g = (i for i in range(3))
print(next(g), next(g), list(g), list(g))
print(type(g).__name__)
print([(lambda: i)() for i in range(3)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
class C:
    n = 5
    items = [i * 2 for i in range(3)]
print(C.items)
