# enum: _missing_ outcomes, functional API forms, auto/member/nonmember, dir/format/hash/reduce/copy, StrEnum checks, Flag arithmetic and auto values, unique, class-body errors
import copy
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, member, nonmember, EnumMeta, EnumType

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e, type(e.__context__).__name__)

class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        if value == 99:
            return 'nope'
        if value == 98:
            raise KeyError('boom')
        return None
show('str', lambda: Shape('circle'))
show('none', lambda: Shape(7))
show('wrong', lambda: Shape(99))
show('raises', lambda: Shape(98))
show('member', lambda: Shape(Shape.SQUARE))
print(repr(auto(5)))
class Mixed(Enum):
    A = auto()
    D = auto()
    B = member(lambda: 1)
    C = nonmember(3)
    def helper(self): return self.name
print(list(Mixed.__members__), Mixed.C, Mixed.D.value, Mixed.A.helper(), Mixed.B.value())
print(sorted(dir(Shape.SQUARE)), dir(Shape)[:5])
print(format(Shape.SQUARE), format(Shape.SQUARE, '>15'), f'{Shape.CIRCLE!r}')
print(hash(Shape.SQUARE) == hash('SQUARE'), Shape.SQUARE.__reduce_ex__(2))
print(copy.copy(Shape.SQUARE) is Shape.SQUARE, copy.deepcopy(Shape.CIRCLE) is Shape.CIRCLE)
print(Shape.SQUARE.name, Shape.SQUARE.value)
E1 = Enum('E1', 'a, b,c')
E2 = Enum('E2', ['x', 'y'], start=10)
E3 = Enum('E3', [('p', 5), ('q', 7)])
E4 = Enum('E4', {'m': 'mm', 'n': 'nn'})
E5 = IntEnum('E5', 'u v')
print(list(E1), list(E2), [m.value for m in E2], list(E3), list(E4), E4.n.value, E5.v + 1)
print(E1.__module__, E2.__qualname__, repr(E5.u))
class G(Enum):
    X = 1
    Y = auto()
    Z = 5
    W = auto()
print([m.value for m in G])
def sunder():
    class K(Enum):
        _foo_ = 1
show('sunder', sunder)
def dup_name():
    class K(Enum):
        A = 1
        A = 2
show('dup', dup_name)
def extend():
    class K(Shape):
        EXTRA = 9
show('extend', extend)
class Ordered(Enum):
    __order__ = 'ONE TWO'
    ONE = 1
    TWO = 2
print(list(Ordered))
show('delattr', lambda: delattr(Shape, 'SQUARE'))
class Label(StrEnum):
    A = 'a'
    B = 'b'
    C = auto()
print(Label.A, Label.B, repr(Label.C), Label.C == 'c', format(Label.A, '>3'), str(Label.B))
def bad_str():
    class L(StrEnum):
        A = 1
show('bad str', bad_str)
def many_str():
    class L(StrEnum):
        A = ('a', 'b', 'c', 'd')
show('many str', many_str)
class Bits(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
print([m.value for m in Bits], repr(Bits.AB), str(Bits.A | Bits.C), repr(Bits(0)), str(Bits(0)), bool(Bits(0)), bool(Bits.A))
print(repr(Bits.A ^ Bits.AB), repr(Bits.AB & Bits.B), repr(~Bits.A), len(Bits.AB), list(Bits.A | Bits.C))
show('flag or int', lambda: Bits.A | 1)
show('flag in', lambda: 1 in Bits.A)
show('flag bad', lambda: Bits('x'))
print(Bits(3), Bits(5), Bits.A in Bits.AB)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | 1, repr(Perm.R | Perm.X), Perm.W & 2, repr(Perm.W ^ 6), 3 | Perm.R, repr(~Perm.R), Perm.R + 1, format(Perm.W, '03d'))
def bad_flag():
    class F(Flag):
        A = 'x'
        B = auto()
show('bad flag', bad_flag)
class Aliased(Enum):
    ONE = 1
    UNO = 1
    TWO = 2
    DOS = 2
show('unique', lambda: unique(Aliased))
print(unique(Shape) is Shape, EnumMeta is EnumType, Shape in (Shape,), Shape.SQUARE in Shape)
print(list(reversed(Shape)), bool(Shape), Shape.__members__['SQUARE'])
