# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, the functional API, reprs and errors
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f"{self.name}={self.value}"
    @property
    def lower(self): return self.name.lower()
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, len(Color), list(Color))
print(Color.RED.name, Color.RED.value, Color.RED.describe(), Color.GREEN.lower, isinstance(Color.RED, Color), type(Color.RED))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED in Color, hash(Color.RED) == hash(Color.RED), {Color.RED: 'r'}[Color.CRIMSON])
print(list(Color.__members__), Color.__members__['CRIMSON'])
try: Color(7)
except ValueError as e: print(e)
try: Color['PINK']
except KeyError as e: print('KeyError', e)
try: Color.RED = 5
except AttributeError as e: print(e)
print(repr(Color), f"{Color.BLUE}", f"{Color.BLUE:>12}|")
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [m.value for m in Auto])
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num(1) is Num.ONE, f"{Num.TWO}", Num.ONE < Num.TWO, int(Num.TWO), isinstance(Num.ONE, int))
class S(StrEnum):
    X = auto()
    Y = 'why'
print(S.X, repr(S.Y), S.X.upper(), S('why'), f"[{S.X}]")
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), str(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.R & Perm.X), list(rw), repr(~Perm.R))
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 4 == 5)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
