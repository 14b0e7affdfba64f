def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
print(f(**{'b': 1}, a=2))
def g(a, **kw):
    kw['added'] = True
    return kw
d = {'x': 1}
print(g(1, **d), d)
def h(*args):
    return args
t = (1, 2)
print(h(*t) is t, h(*t) == t)
print(dict(b=1, a=2), list(dict(b=1, a=2)))
