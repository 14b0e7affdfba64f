fs = [lambda x, i=i: x + i for i in range(3)]
g = lambda *args, **kw: (args, kw)
h = lambda a, /, b, *, c=1: a
