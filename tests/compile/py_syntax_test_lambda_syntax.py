f = lambda: 'no args'
print(f())
print((lambda x, y=2: x + y)(1), (lambda x, y=2: x + y)(1, 5))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda a, /, b, *, c: (a, b, c))(1, 2, c=3))
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print((lambda: lambda: 'inner')()())
g = lambda x: (x, lambda y: x + y)
print(g(1)[1](2))
print(f.__name__, (lambda: 0).__qualname__)
