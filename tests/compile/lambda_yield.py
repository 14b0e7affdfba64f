g = lambda: (yield 1)
h = lambda xs: (yield from xs)
