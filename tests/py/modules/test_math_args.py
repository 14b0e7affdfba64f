# Argument checking of math and time functions (CPython's messages), bool/int inputs, gmtime edges.
import math, time
for f in [lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.atan2(1), lambda: math.comb(1), lambda: math.perm(1, 2, 3),
          lambda: math.isclose(1), lambda: math.isclose(1, 2, 3), lambda: math.isclose(1, 2, tol=3), lambda: math.prod(),
          lambda: math.prod([1], 2), lambda: math.ldexp(1), lambda: math.hypot(1, 2, 'a'), lambda: math.dist(1, 2),
          lambda: math.fsum(), lambda: time.sleep(), lambda: time.time(1), lambda: time.gmtime(1, 2), lambda: time.strftime(1),
          lambda: math.floor(1, 2), lambda: math.nextafter(1), lambda: math.gcd(1, 'a'), lambda: math.lcm(1.5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(math.floor(-3), math.ceil(True), math.trunc(False), math.factorial(True), math.isqrt(True), math.gcd(True, 4))
print(math.sqrt(True), math.log(True), math.log10(10 ** 22), math.log2(2 ** 1023 * 3), math.exp(True))
print(time.gmtime(-1), time.gmtime(1.99)[5], time.gmtime(0).tm_isdst)
print(math.__name__, sorted(k for k in dir(math) if not k.startswith('_'))[:8])
for f in [lambda: time.strftime(), lambda: time.strftime('a', (1,) * 9, 3), lambda: time.localtime(1, 2), lambda: math.isclose(), lambda: math.isclose(b=1), lambda: math.isclose(1, 2, rel_tol=1, abs_tol=2, x=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
