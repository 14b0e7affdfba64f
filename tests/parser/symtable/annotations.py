x: int
y: list = []
def f(a: A, *b: B, c: C = 1, **d: D) -> R:
    z: Z = 1
    w.attr: T
