from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, repr(p), p.x, p[1], p._fields, len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
print(Point._make([3, 4]), p._asdict(), p._replace(x=10), p)
x, y = p
print(x, y, Point(y=5, x=6), hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__name__)
R = namedtuple('R', 'name, def, _x', rename=True)
print(R._fields)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print(e)
class Sub(Point):
    def norm1(self):
        return abs(self.x) + abs(self.y)
print(Sub(3, -4).norm1(), Sub(3, -4))
print(Point.x.__doc__ if Point.x.__doc__ else '', Point.__doc__)
