def f(*a, **k):
    return g(*a, 1, *k, x=1, **k)
h(1, 2, *xs, 3)
h(**a, b=1, **c)
h(x=1, **c, y=2)
o.m(*args)
