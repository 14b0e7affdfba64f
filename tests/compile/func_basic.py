def f(a, b=2, *args, c, d=4, **kw):
    """doc"""
    x = a + b
    return x

def g():
    return 1
