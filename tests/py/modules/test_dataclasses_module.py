# dataclasses: generated __init__/__repr__/__eq__/ordering/hash, frozen, field options, post-init, kw_only, slots, make_dataclass, asdict/astuple/replace, errors
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, make_dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(0), repr(p), Point.__doc__)
try: Point()
except TypeError as e: print(e)
print(fields(p)[0].name, [f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print(Point.__hash__, Point.__match_args__)
@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)
v1, v2 = Ver(1, 2), Ver(1, 10)
print(v1 < v2, sorted([v2, v1]), hash(v1) == hash(Ver(1, 2)), v1)
try: v1.major = 3
except FrozenInstanceError as e: print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e: print(e)
@dataclass
class Inv:
    qty: int
    price: float
    total: float = field(init=False)
    def __post_init__(self):
        self.total = self.qty * self.price
print(Inv(3, 2.5))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3)])
print(n, asdict(n))
@dataclass(kw_only=True)
class K:
    a: int
    b: str = 'x'
print(K(a=1), K(b='y', a=2))
try: K(1)
except TypeError as e: print(e)
C = make_dataclass('C', [('x', int), ('y', int, field(default=5))])
print(C(1), C(1, 2).y)
@dataclass
class Base:
    a: int
@dataclass
class Derived(Base):
    b: int = 2
print(Derived(1), Derived(1, 3).b)
@dataclass(slots=True)
class Sl:
    a: int
    b: int = 1
s = Sl(5); print(s, hasattr(s, '__dict__'), Sl.__slots__)
print(format(list, ''), f'{int}')
