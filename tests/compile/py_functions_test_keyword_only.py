def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=5, b=2), f(a=0, b=0))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
def g(*args, key='k', **rest):
    return args, key, rest
print(g(1, 2), g(key='z'), g(1, other=2))
print(f.__kwdefaults__, g.__kwdefaults__)
def h(*, x, y):
    return x - y
print(h(y=1, x=10))
try:
    h(x=1)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
