class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object))
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(sorted(p.__dict__.items()))
p.z = 5
print(sorted(vars(p)))
Point.dims = 3
print(p.dims)
p.dims = 'own'
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(Point.norm2(p))
print(type(Point), type(type))
print(Point.__bases__, object.__bases__)
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    Point.missing
except AttributeError as e:
    print(e)
try:
    Point(1)
except TypeError as e:
    print(e)
class Empty:
    pass
e = Empty()
print(e.__dict__, Empty.__name__)
print(str(e).startswith('<__main__.Empty object at 0x'))
