def f(a, *, b=1, c): pass
def g(**): pass
