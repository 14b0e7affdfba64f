f = lambda a, *b, c=1, **d: a + b + c + d + e
g = lambda: (lambda: f)
