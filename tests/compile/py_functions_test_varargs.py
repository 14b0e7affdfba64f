def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, 3))
print(f(a=1, b=2))
print(f(1, *[2, 3], x=1, **{'y': 2}))
print(type(f()[0]), type(f()[1]))
def g(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(g(1, c=3))
print(g(1, 2, 3, 4, c=5, e=6))
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print(e)
try:
    g(1, 2, a=1, c=3)
except TypeError as e:
    print(e)
try:
    g(c=1)
except TypeError as e:
    print(e)
def h(a, b):
    return a * b
print(h(*(2, 3)), h(**{'b': 2, 'a': 5}))
try:
    h(1, 2, 3)
except TypeError as e:
    print(e)
try:
    h(1, c=3)
except TypeError as e:
    print(e)
try:
    h(**{1: 2})
except TypeError as e:
    print(e)
try:
    h(*5)
except TypeError as e:
    print(e)
