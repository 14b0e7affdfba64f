def f(a, b=1):
    pass
def g(*, k):
    pass
def h(x, /):
    pass
tests = [
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, c=2),
    lambda: f(1, a=2),
    lambda: g(1),
    lambda: g(),
    lambda: h(x=1),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: str('x')(),
    lambda: type(None)()(),
    lambda: [].append(),
    lambda: int('1', base=2, x=1),
    lambda: f(1, **{'b': 2}, b=3),
]
for t in tests:
    try:
        t()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)
