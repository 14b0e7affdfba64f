# fractions: constructing Fractions (ints, strings, floats, Rationals, pairs), str/repr,
# hashing as CPython's numeric hash, from_float, as_integer_ratio, limit_denominator, errors
import copy
import fractions
import math
import numbers
from fractions import Fraction

print(fractions.__all__)
print(Fraction(), Fraction(7), Fraction(-6, 4), Fraction(6, -4), Fraction(-6, -4), Fraction(0, -5))
print(repr(Fraction(3, 9)), str(Fraction(3, 9)), str(Fraction(10, 5)), repr(Fraction(10, 5)))
for s in ["3/4", "-3/4", " +10/4 ", "1.25", "-.5", "5.", "1e3", "1.5E-2", "2_000/4_000",
          "1_2.3_4e1_0", "0", "-0.0", "  42  ", "3.14159265358979323846264338327950288",
          "\t-7\n"]:
    print(repr(s), Fraction(s))
for f in [0.5, -0.1, 1e100, 5e-324, 0.0, -0.0, 3.0, 1 / 3]:
    print(f, Fraction(f), Fraction.from_float(f))
print(Fraction(True), Fraction(Fraction(3, 4)), Fraction(Fraction(1, 2), Fraction(3, 4)))
print(Fraction(3, Fraction(3, 4)), Fraction(Fraction(2, 3), 4), Fraction(10 ** 30, 10 ** 28))
print(Fraction(numerator=3, denominator=6), Fraction(3, 6, _normalize=False))
print(Fraction.from_float(5), Fraction.from_float(True), Fraction.from_decimal(3))
print(Fraction(3, 4).numerator, Fraction(3, 4).denominator, Fraction(-3, 4).as_integer_ratio())
print(Fraction(5).as_integer_ratio(), Fraction(2, 8).real, Fraction(2, 8).imag,
      Fraction(2, 8).conjugate())

# errors
bad = ["", " ", "abc", "1/", "/2", "1 /2", "1/ 2", "1/2.0", "1.2/3", "1e", "e5", "1__0",
       "_1", "1_", "0x10", "nan", "inf", "--1", "1/-2", "1.d", "٣"]
for s in bad:
    try:
        print(repr(s), Fraction(s))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__ + ":", e)
for args in [(1, 0), (0, 0), ("1/0",), (Fraction(1, 2), 0), (5, Fraction(0))]:
    try:
        Fraction(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for args in [([],), (None,), (1j,), (1.5, 2), (1, 2.0), ("1", 2), (1, "2"), (b"1",)]:
    try:
        Fraction(*args)
    except TypeError as e:
        print("TypeError:", e)
for f in [float("inf"), float("-inf"), float("nan")]:
    for conv in (Fraction, Fraction.from_float):
        try:
            conv(f)
        except (OverflowError, ValueError) as e:
            print(type(e).__name__ + ":", e)
for bad_f in ["1.5", 1j, None]:
    try:
        Fraction.from_float(bad_f)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Fraction.from_decimal(bad_f)
    except TypeError as e:
        print("TypeError:", e)
try:
    Fraction(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Fraction(1).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
try:
    Fraction(1, 2).numerator = 5
except AttributeError as e:
    print("AttributeError:", e)

# hashing agrees with ints and floats
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(5)) == hash(5), hash(Fraction(-1)))
print(hash(Fraction(1, 3)), hash(Fraction(-1, 3)), hash(Fraction(2 ** 70, 3 ** 40)))
print(hash(Fraction(1, 2 ** 61 - 1)), hash(Fraction(-7, 2 ** 61 - 1)), hash(Fraction(0)))
print({0.5: "half", 2: "two"}[Fraction(1, 2)], {Fraction(4, 2): "x"}[2], len({Fraction(1, 4), 0.25}))

# limit_denominator
pi = Fraction(math.pi)
for n in [1, 2, 7, 10, 100, 1000, 10 ** 6, 10 ** 20]:
    print(n, pi.limit_denominator(n), Fraction(-math.pi).limit_denominator(n))
print(Fraction("0.333333").limit_denominator(10), Fraction(4321, 8765).limit_denominator(10000))
print(Fraction(1, 2).limit_denominator(1), Fraction(3, 2).limit_denominator(1))
print(Fraction(2 ** 60 + 1, 2 ** 60).limit_denominator())

# numbers tower, copying, subclasses
f = Fraction(22, 7)
print(isinstance(f, numbers.Rational), isinstance(f, numbers.Integral), issubclass(Fraction, numbers.Real))
print(copy.copy(f) is f, copy.deepcopy(f) is f, f.__reduce__())
print(Fraction.__slots__, hasattr(f, "__dict__"))


class MyFrac(Fraction):
    pass


m = MyFrac(3, 6)
print(repr(m), type(m).__name__, type(m + 1).__name__, type(-m).__name__, type(+m).__name__)
print(repr(copy.copy(m)), copy.copy(m) is m, repr(MyFrac.from_float(0.25)))
print(repr(MyFrac("1/3").limit_denominator(2)))
