# Long division (Knuth's algorithm D) and math.isqrt on many multi-digit operands, including
# digit patterns (all ones, top digit equal to the divisor's) that make the trial quotient
# digit too large and force the add-back step; results are checked and hashed together.
import math

seed = 77
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (seed >> 20) % n

def digits_number(n):
    v = 0
    for _ in range(n):
        kind = rnd(5)
        d = [0, (1 << 30) - 1, 1 << 29, rnd(1 << 30), (1 << 30) - 2][kind]
        v = (v << 30) | d
    return v

acc = 0
bad = 0
for k in range(1500):
    a = digits_number(1 + rnd(12))
    b = digits_number(1 + rnd(7)) or 3
    if rnd(3) == 0:
        b = (b >> 30 << 30) | 1 if b >> 30 else b
    if rnd(4) == 0:
        a = b * digits_number(1 + rnd(4)) - rnd(3)
    for sa, sb in [(1, 1), (-1, 1), (1, -1), (-1, -1)]:
        x, y = sa * a, sb * b
        q, r = divmod(x, y)
        if q * y + r != x or (r != 0 and (r < 0) != (y < 0)) or abs(r) >= abs(y):
            bad += 1
        acc = (acc * 1000003 + q * 7 + r) % (1 << 127)
    if k < 40:
        print(hex(a), hex(b), hex(a // b), hex(a % b))
print('divmod digest', hex(acc), 'bad', bad)
# a classic add-back case and its neighbours
for a, b in [(0x7fffffff800000010000000000000000, 0x800000008000000200000005),
             ((1 << 180) - 1, (1 << 90) + 1), ((1 << 300) - (1 << 150), (1 << 150) - 1)]:
    for t in range(-2, 3):
        print(divmod(a + t, b))
acc = 0
for k in range(600):
    n = digits_number(1 + rnd(10)) + rnd(3)
    r = math.isqrt(n)
    if not (r * r <= n < (r + 1) * (r + 1)):
        bad += 1
    acc = (acc * 1000003 + r) % (1 << 127)
    if k < 20:
        print(hex(n), hex(r))
for e in [64, 65, 127, 128, 129, 200, 1000]:
    for t in [-1, 0, 1]:
        print(e, t, math.isqrt((1 << e) + t) if (1 << e) + t >= 0 else None, math.isqrt(((1 << e) + t) ** 2), math.isqrt(((1 << e) + t) ** 2 - 1))
print('isqrt digest', hex(acc), 'bad', bad)
