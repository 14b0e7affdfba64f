import functools
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(lambda a, b: a + b, [], 'init'), functools.reduce(lambda a, b: b + a, 'abc'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
p = functools.partial(int, base=2)
print(p('1010'), p('11', base=10), p.func is int, p.args, p.keywords)
def f(a, b, c=3, *rest, **kw):
    return (a, b, c, rest, kw)
g = functools.partial(f, 1, c=30)
print(g(2), g(b=9), g(2, x=1))
h = functools.partial(g, 2)
print(h(), h.func is f, h.args, h.keywords)
print(repr(functools.partial(max, 1)).startswith('functools.partial(<built-in function max>, 1'))
try:
    functools.partial(5)
except TypeError as e:
    print(e)
add3 = functools.partial(lambda *a: sum(a), 1, 2)
print(add3(3), add3())
