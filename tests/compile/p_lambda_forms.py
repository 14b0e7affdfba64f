f = lambda: 0
g = lambda x: x
h = lambda x, y=1, *a, z, **k: x
i = lambda a, /, b: a
j = lambda *, k: k
k = lambda *args, **kwargs: (args, kwargs)
l = lambda: (yield)
