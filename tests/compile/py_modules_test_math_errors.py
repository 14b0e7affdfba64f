import math
cases = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2), lambda: math.asin(-1.5),
         lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.pow(0, -1),
         lambda: math.pow(-1, 0.5), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.perm(3, -1),
         lambda: math.log(10, 1), lambda: math.fmod(1, 0), lambda: math.gamma(0), lambda: math.ldexp(1.0, 10000),
         lambda: math.floor(math.inf), lambda: math.ceil(math.nan), lambda: math.sqrt('4'), lambda: math.gcd(1.5, 2),
         lambda: math.cosh(1000), lambda: math.atanh(1), lambda: math.log2(0), lambda: math.trunc('x'),
         lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]), lambda: math.lgamma(-2)]
for c in cases:
    try:
        print('ok', c())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(math.sqrt(math.inf), math.exp(-1000), math.log(math.inf), math.atan(math.inf), math.tanh(math.inf))
