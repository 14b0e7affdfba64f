# fractions: arithmetic with ints, floats, complex numbers and Fractions, comparisons,
# rounding, powers, and the errors of bad operands
import math
import operator
from fractions import Fraction as F

a, b = F(3, 4), F(-5, 6)
ops = [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv,
       operator.mod, divmod, operator.pow]
others = [b, 2, -3, True, 0.5, -1.25, 2j, 1 + 1j, F(7)]
for op in ops:
    for o in others:
        for x, y in ((a, o), (o, a)):
            try:
                r = op(x, y)
                print(op.__name__, repr(x), repr(y), "->", repr(r), type(r).__name__)
            except Exception as e:
                print(op.__name__, repr(x), repr(y), "->", type(e).__name__, e)
print(-a, +a, abs(b), repr(-F(0)), F(1, 3) + F(1, 6), F(1, 3) - F(1, 3), F(2, 3) * F(3, 2))
print(sum(F(1, n) for n in range(1, 11)), math.prod(F(n, n + 1) for n in range(1, 10)))

# zero division
for expr in ["F(1, 2) / 0", "F(3, 4) / F(0)", "F(1, 2) // 0", "F(1, 2) % 0", "divmod(F(1), 0)",
             "1 / F(0)", "F(0) ** -1", "F(0) ** -2", "2 // F(0)", "F(1, 2) / 0.0", "0.5 % F(0)"]:
    try:
        print(expr, eval(expr))
    except ZeroDivisionError as e:
        print(expr, "ZeroDivisionError:", e)
# unsupported operands
for expr in ["F(1) + 'a'", "'a' * F(2)", "F(1) < 'a'", "F(1) @ F(2)", "F(1) << 1", "~F(1)",
             "F(1) < 1j", "F(1) & 1", "[] + F(1)", "F(1, 2)[0]", "len(F(1))"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)

# powers
for base in [F(2, 3), F(-2, 3), F(0), F(4)]:
    for e in [0, 1, 2, 3, -1, -2, F(1, 2), F(-3), 0.5, 2.0]:
        try:
            r = base ** e
            print(repr(base), "**", repr(e), "=", repr(r))
        except Exception as exc:
            print(repr(base), "**", repr(e), type(exc).__name__, exc)
for base in [2, -2, 0, 2.0, 1j, 4]:
    for e in [F(2), F(1, 2), F(-1), F(-1, 2), F(0)]:
        try:
            print(repr(base), "**", repr(e), "=", repr(base ** e))
        except Exception as exc:
            print(repr(base), "**", repr(e), type(exc).__name__, exc)
print(pow(F(2, 3), 3), F(9, 4) ** F(1, 2))
try:
    pow(F(2), 3, 5)
except TypeError as e:
    print("TypeError:", e)

# comparisons
vals = [F(1, 2), F(-1, 3), 0, 1, 0.5, -0.3333, float("inf"), float("-inf"), float("nan"), True,
        0.5 + 0j, 1j]
for v in vals:
    print(repr(v), [op(F(1, 2), v) for op in (operator.eq, operator.ne)],
          end=" ")
    try:
        print([op(F(1, 2), v) for op in (operator.lt, operator.le, operator.gt, operator.ge)],
              [op(v, F(1, 2)) for op in (operator.lt, operator.ge)])
    except TypeError as e:
        print("TypeError:", e)
print(sorted([F(1, 2), 0.25, 1, F(-3, 2), 0, 2.5, F(7, 3)]))
print(max(F(1, 3), 0.3), min(F(1, 3), F(2, 7)), F(1, 2) == F(2, 4), F(1, 2) != 0.5)
print(F(1, 2) in [0.5], F(2) in {2}, bool(F(0)), bool(F(1, 100)), not F(0, 5))

# conversions and rounding
for x in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(1, 3), F(-1, 3), F(2), F(10 ** 400, 3)]:
    print(repr(x), int(x), math.trunc(x), math.floor(x), math.ceil(x), round(x),
          repr(round(x, 2)), repr(round(x, -1)), repr(round(x, 0)))
print(float(F(1, 3)), float(F(10 ** 400, 10 ** 399)), complex(F(1, 4)), float(F(-1, 10 ** 400)))
print(math.isclose(F(1, 3), 0.3333333333), math.sqrt(F(1, 4)), f"{F(3, 8)}", str(F(3, 8)).rjust(6))
print(format(F(1, 3)), "%s" % F(1, 3), "{!r}".format(F(2, 6)))
try:
    format(F(1, 3), ".2f")
except TypeError as e:
    print("TypeError:", e)
try:
    float(F(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
try:
    [1, 2, 3][F(1)]
except TypeError as e:
    print("TypeError:", e)
print(operator.index(5), hex(int(F(255))))
