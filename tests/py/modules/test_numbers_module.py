# numbers: the ABC tower, registrations, abstract-method errors and the mixin methods
import numbers
from numbers import Number, Complex, Real, Rational, Integral

print(numbers.__all__)
kinds = [Number, Complex, Real, Rational, Integral]
for v in [1, True, 2.5, 3j, "x", None, [1], 10**30, float("nan")]:
    print(repr(v), [k.__name__ for k in kinds if isinstance(v, k)])
for t in [int, bool, float, complex, str, object]:
    print(t.__name__, [k.__name__ for k in kinds if issubclass(t, k)])
print(Integral.__mro__)
print(type(Number), Number.__hash__)
print(sorted(Complex.__abstractmethods__))
print(sorted(Real.__abstractmethods__))
print(sorted(Rational.__abstractmethods__))
print(sorted(Integral.__abstractmethods__))
for k in kinds:
    try:
        k()
    except TypeError as e:
        print("TypeError:", e)

class Partial(Real):
    def __float__(self):
        return 1.0
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)


class MyInt(Integral):
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "MyInt(%d)" % self.v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __rpow__(self, b): return b ** self.v
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return o << self.v
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return o >> self.v
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return o & self.v
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return o ^ self.v
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return o | self.v
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)

m = MyInt(7)
print(m, isinstance(m, Number), isinstance(m, Rational))
print(float(m), complex(m), m.real, m.imag, m.conjugate())
print(m.numerator, m.denominator, m.__index__(), [0, 1, 2, 3, 4, 5, 6, 7, 8][m])
print(m - 2, 10 - m, divmod(m, 3), divmod(20, m), bool(m), bool(MyInt(0)))
print(hex(m), bin(MyInt(5)))


class MyRat(Rational):
    numerator = 3
    denominator = 4
print(sorted(MyRat.__abstractmethods__)[:5], len(MyRat.__abstractmethods__))
print(Rational.__float__(MyRat.__new__(MyRat)) if False else Rational.__float__.__doc__.split("\n")[0])

class R2(float):
    pass
print(isinstance(R2(1.5), Real), issubclass(R2, Integral))
Integral.register(R2)
print(isinstance(R2(1.5), Integral), issubclass(R2, Rational))
print(Number.__slots__, Complex.__bool__.__doc__)
