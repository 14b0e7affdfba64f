import math
# big ints
print(math.isqrt(10 ** 100), math.isqrt(2 ** 200 - 1), math.isqrt(3 ** 333))
print(math.factorial(100))
print(math.comb(1000, 500) % 10 ** 20, math.comb(10 ** 20, 2), math.perm(10 ** 20, 2))
print(math.gcd(2 ** 200 * 3, 2 ** 150 * 9), math.gcd(-(10 ** 40), 0), math.gcd(7), math.gcd(-7))
print(math.lcm(2 ** 70, 3 ** 40), math.lcm(0, 5), math.lcm(-4), math.lcm(-4, 6))
print(math.perm(5, None), math.perm(10, 0), math.comb(10, 0), math.comb(0, 0), math.comb(True, True))
print(math.log(2 ** 2000), math.log2(2 ** 2000), math.log10(10 ** 400), math.log(10 ** 400, 10))
print(math.prod(range(1, 30)), math.prod([], start=5), math.prod([1, 2], start=1.5))
# inf / nan
inf, nan = math.inf, math.nan
print(math.exp(-inf), math.exp(inf), math.atan2(inf, inf), math.atan2(-0.0, -1.0), math.hypot(inf, nan), math.hypot(nan, 1))
print(math.fmod(5.0, inf), math.fmod(-0.0, 1), math.modf(-inf), math.modf(nan), math.frexp(inf), math.frexp(0.0), math.frexp(-3))
print(math.copysign(inf, -1), math.copysign(nan, 1), math.fabs(-inf), math.sqrt(-0.0), math.ldexp(-0.0, 5), math.ldexp(1.0, -2000))
print(math.isclose(inf, inf), math.isclose(inf, -inf), math.isclose(1e308, inf), math.isclose(0.0, -0.0))
print(math.pow(inf, -1), math.pow(-inf, 3), math.pow(-0.0, -1) if False else 'skip', math.pow(2, -1074), math.pow(-1, inf), math.pow(0.5, -inf))
print(math.ulp(0.0), math.ulp(-2.0), math.ulp(1e308), math.ulp(inf), math.nextafter(inf, 0), math.nextafter(1.0, 1.0))
print(math.gamma(1), math.gamma(171), math.gamma(-1.5), math.gamma(1e-30), math.lgamma(1), math.lgamma(0.5), math.lgamma(-0.5), math.lgamma(inf))
print(math.fsum([1, 1e-16, 1e-16]), math.fsum([1e16, 1.0, 1e-16]), math.fsum([inf, 1]), math.fsum(iter([0.1, 0.2, 0.3])), math.fsum([-0.0]))
print(math.hypot(), math.hypot(-5), math.hypot(1, 1, 1, 1), math.dist([1, 2], (4, 6)), math.dist((), ()))
print(math.floor(True), math.ceil(-0.5), math.trunc(True), math.floor(10 ** 30), type(math.ceil(2.0)).__name__)
print(math.degrees(1), math.radians(1), math.erf(0), math.erfc(inf), math.expm1(0), math.log1p(-0.5))
print(math.cbrt(-8), math.exp2(-1), math.remainder(5, 2), math.remainder(-5, 2), math.remainder(5.5, inf))
errs = [lambda: math.sqrt(-inf), lambda: math.log(-(10 ** 400)), lambda: math.log(0, 2), lambda: math.log(2, 0),
        lambda: math.gamma(-inf), lambda: math.gamma(-3), lambda: math.gamma(200), lambda: math.lgamma(0),
        lambda: math.remainder(inf, 1), lambda: math.remainder(1, 0), lambda: math.fmod(inf, 1),
        lambda: math.comb(5, -1), lambda: math.comb(-5, 1), lambda: math.perm(-1), lambda: math.factorial(10 ** 30),
        lambda: math.comb(10 ** 30, 10 ** 20), lambda: math.perm(10 ** 30, 10 ** 20), lambda: math.isqrt(-(10 ** 30)),
        lambda: math.isqrt(1.0), lambda: math.lcm(2, 1.0), lambda: math.ldexp(1.0, 1.0), lambda: math.ldexp(1e308, 2),
        lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.isclose(1, 2, abs_tol=-0.5), lambda: math.dist((1,), (1, 2)),
        lambda: math.pow(-2, 0.5), lambda: math.pow(10, 400), lambda: math.pow(0.0, -inf), lambda: math.sinh(1000),
        lambda: math.exp2(2000), lambda: math.expm1(1000), lambda: math.sin(inf), lambda: math.cos(-inf),
        lambda: math.tan(inf), lambda: math.acosh(0.5), lambda: math.log1p(-1), lambda: math.log1p(-2),
        lambda: math.sqrt(None), lambda: math.floor(None), lambda: math.ceil('1'), lambda: math.fsum([1, 'a']),
        lambda: math.fsum(5), lambda: math.prod(5), lambda: math.hypot(1, 'x'), lambda: math.gcd('a'),
        lambda: math.log(2 ** 2000, 1), lambda: math.floor(-inf), lambda: math.trunc(nan), lambda: math.trunc(inf)]
for i, c in enumerate(errs):
    try:
        print(i, 'ok', c())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(i, type(e).__name__, e)
