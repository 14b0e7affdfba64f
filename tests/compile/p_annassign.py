x: int
y: int = 1
(z): str = "s"
a.b: float = 1.0
c[0]: list
d: list[int] = []
