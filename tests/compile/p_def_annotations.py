def f(a: int, b: str = "x", *args: tuple, c: float = 1.0, **kw: dict) -> bool:
    pass
def g() -> None: pass
