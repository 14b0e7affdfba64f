def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x, y):
    pass
print(g.__annotations__)
class C:
    x: int
    y: str = 'default'
    z = 3
print(C.__annotations__)
print(hasattr(C, 'x'), C.y)
def h() -> None:
    pass
print(h.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
v: int = 5
print(__annotations__)
def local_ann():
    q: int = 1
    return q
print(local_ann(), local_ann.__annotations__)
def ev(a: 1 + 2):
    pass
print(ev.__annotations__)
