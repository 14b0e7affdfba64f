# Last-bit agreement with CPython 3.11 on pseudo-random inputs: hypot/dist (the exact
# vector_norm, including the subnormal fallback), fsum, gamma/lgamma (Lanczos), log with base.
import math
seed = 2024
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648.0
for n in range(150):
    k = 2 + n % 6
    v = [(rnd() - 0.5) * 10 ** int(rnd() * 8 - 4) for _ in range(k)]
    g = max(-150.0, min(150.0, v[0] * 30)) + 0.25
    print(math.hypot(*v), math.dist(v, v[::-1]), math.hypot(*[x * 1e-310 for x in v]), math.fsum(v))
    print(math.gamma(g), math.lgamma(v[1] * 1000 + 0.5), math.log(abs(v[0]) + 1, 7),
          math.erfc(v[1]), math.atan2(v[0], v[1]), math.remainder(v[0], v[1]))
