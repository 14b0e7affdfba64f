def f(a, b, /, c, d, *, e, f):
    pass
def g(a, /):
    pass
def h(a=1, /, b=2, *, c):
    pass
def k(a, /, *args, **kwargs): pass
