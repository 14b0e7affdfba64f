def f(a: int, b: str = 'x', *args: int, c: float, **kw: dict) -> None:
    pass
def g(a, /, b, *, c):
    return a, b, c
def h(a, /, b=1, *, c=2, d):
    pass
