x: int = 1
y: str
class C:
    a: int
    b: int = 2
def f():
    z: int = 3
