# collections.namedtuple: validation, rename, defaults, module, generated methods and docs
import collections
from collections import namedtuple


def show(label, fn, *args, **kw):
    try:
        print(label, repr(fn(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, Point.__doc__, Point.__name__, Point.__qualname__, Point.__module__)
print(Point.__bases__, Point.__slots__, Point._fields, Point._field_defaults, Point.__match_args__)
print(Point.x.__doc__, Point.y.__doc__, type(Point.x).__name__)
print(Point.__new__.__doc__, Point.__new__.__name__, Point.__new__.__qualname__)
print(Point._make.__func__.__doc__, Point._make.__qualname__)
print(Point._replace.__doc__, Point._replace.__qualname__)
print(Point.__repr__.__doc__, Point.__repr__.__qualname__)
print(Point._asdict.__doc__, Point._asdict.__qualname__)
print(Point.__getnewargs__.__doc__, Point.__getnewargs__.__qualname__)
print(p._asdict(), type(p._asdict()).__name__, p.__getnewargs__(), p._replace(), p._replace(y=7))
print(Point._make(iter([5, 6])), Point._make(range(2)))
show('make-short', Point._make, [1])
show('make-long', Point._make, [1, 2, 3])
show('replace-bad', p._replace, z=3, w=4)
show('new-missing', Point, 1)
show('new-extra', Point, 1, 2, 3)
show('new-kw', Point, x=1, z=2)
show('set', setattr, p, 'x', 5)
show('del', delattr, p, 'x')
show('newattr', setattr, p, 'z', 5)
print(hasattr(p, '__dict__'), p.x is p[0], Point.x.__get__(None, Point) is Point.x)
print(p == (1, 2), p + (3,), p * 2, p[::-1], hash(p) == hash((1, 2)), p.count(1), p.index(2))
print(Point.__new__.__defaults__)

# field name forms
print(namedtuple('A', 'a, b,c')._fields, namedtuple('B', ['p', 'q'])._fields)
print(namedtuple('C', ('a',))('v'), namedtuple('C', 'a').__doc__, namedtuple('C', 'a').__new__.__doc__)
print(namedtuple('E', '')(), namedtuple('E', []).__doc__, namedtuple('E', [])._fields)
print(namedtuple('N', [1, 2], rename=True)._fields)
print(namedtuple('S', 'abc def ghi abc _x x2', rename=True)._fields)
print(namedtuple('S', ['a', 'class', 'a', '1', ''], rename=True)._fields)

# validation messages
for args, kw in [(('bad name', 'a'), {}), (('X', 'a b-c'), {}), (('class', 'a'), {}),
                 (('X', 'a for'), {}), (('X', '_a'), {}), (('X', 'a b a'), {}),
                 (('X', 'a 1b'), {}), (('X', 'a'), {'defaults': [1, 2]}),
                 (('1X', 'a'), {'rename': True}), ((123, 'a'), {}),
                 (('X', ['a', 'b']), {'defaults': 5})]:
    show('bad %r %r' % (args, kw), namedtuple, *args, **kw)

# defaults
D = namedtuple('D', 'a b c', defaults=(10, 20))
print(D(1), D(1, 2), D(1, 2, 3), D._field_defaults, D.__new__.__defaults__)
show('D-none', D)
D2 = namedtuple('D2', 'a b', defaults=iter([5]))
print(D2(0), D2._field_defaults)
D3 = namedtuple('D3', 'a b', defaults=[])
print(D3._field_defaults, D3.__new__.__defaults__)
D4 = namedtuple('D4', 'a b', defaults=None)
print(D4._field_defaults, D4.__new__.__defaults__)

# module
print(namedtuple('M', 'a', module='mymod').__module__)
print(namedtuple('M', 'a', module=None).__module__)


def make_in_function():
    return namedtuple('Inner', 'v')


print(make_in_function().__module__)

# subclasses and repr
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(3, 4)
print(v, v.norm2(), v._replace(x=0), type(v._replace(x=0)).__name__, Vec._make([1, 1]))
print(type(Vec._make([1, 1])).__name__, repr(v), v._asdict())


class Named(Point):
    pass


print(Named(1, 2), hasattr(Named(1, 2), '__dict__'))
Nested = namedtuple('Nested', 'inner items')
print(Nested(Point(1, 2), [Point(3, 4)]))
Big = namedtuple('Big', ['f%d' % i for i in range(12)])
print(Big(*range(12)), Big.__doc__)

# typename and fieldnames are str()-converted, interned
T = namedtuple(str('Tee'), 'a')
print(T.__name__, T.__doc__)
print(isinstance(p, tuple), issubclass(Point, tuple), Point.__mro__)
print(__import__('copy').copy(p) == p, __import__('copy').deepcopy(Nested(1, [2])))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
print(Point(*'ab'), dict(Point(1, 2)._asdict(), z=3))
show('tuplegetter-set-doc', lambda: setattr(Point.x, '__doc__', 'changed') or Point.x.__doc__)
print(Point._fields is Point.__match_args__)
print(list(vars(namedtuple('Order', 'b a'))))
print(Point.__new__.__module__, Point.x.__reduce__() == (type(Point.x), (0, 'changed')))
show('getter-on-int', Point.y.__get__, 5)
show('getter-none', lambda: Point.y.__get__(None) is Point.y)
show('getter-short', Point.y.__get__, (1,))


class Odd(namedtuple('Odd', 'a b')):
    def __getitem__(self, i):
        return 'overridden'


print(Odd(1, 2).a, Odd(1, 2)[0], Odd(1, 2))
print(isinstance(collections.deque(), collections.abc.MutableSequence), collections.abc.Mapping.__name__)
print(repr(Point(x='s', y=[1])), Point(1, 2)._replace(**{'x': 0}))
