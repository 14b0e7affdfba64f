# math.gamma / math.lgamma / math.fsum bit for bit over many arguments (every float printed
# with .hex()), including special values, the reflection region, the 140 and 200 cutoffs,
# and the error messages.
import math

seed = 2024
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (seed >> 20) % n

def call(f, *a):
    try:
        return f(*a).hex()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

INF = float('inf')
NAN = float('nan')
xs = [0.0, -0.0, 1.0, 2.0, 3.0, -1.0, -2.0, 0.5, -0.5, 1.5, -1.5, 1e-20, 9.99e-21, -1e-21, 1e-300,
      5e-324, -5e-324, 22.0, 23.0, 24.0, 23.5, 139.9, 140.0, 140.1, 171.0, 171.6, 171.7, 200.0,
      200.1, -200.1, -199.9, -139.5, -140.5, -170.5, -171.5, -180.5, -0.9999999999, 5.0, 4.999,
      6.02468, 6.024680040776729583740234375, 6.0246800407767296, 1e308, -1e308, INF, -INF, NAN,
      2.5e305, -3.3, 100.0001, 0.1, 1e-10, -1e-10, 1.0000000001, 2.0000000001, 1.9999999999]
for k in range(400):
    xs.append((rnd(4000001) - 2000000) / (1 + rnd(10000)))
for k in range(100):
    xs.append(rnd(200000) / 997.0 - 1.0)
for x in xs:
    print(x.hex(), call(math.gamma, x), call(math.lgamma, x))
print(call(math.gamma, 10 ** 400), call(math.lgamma, -(10 ** 400)), call(math.gamma, True))

def fs(seq):
    try:
        return math.fsum(seq).hex()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

cases = [[], [0.0], [-0.0], [-0.0, -0.0], [1e-16, 1, 1e16], [1, 1e100, 1, -1e100] * 100,
         [1.7e308, 1.7e308], [1.7e308, 1.7e308, -1.7e308], [INF, 1.0], [INF, -INF], [NAN, 1.0],
         [INF, INF, NAN], [-INF, 1e308, 1e308], [1e308, 1e308, INF], [0.1] * 10, [0.1] * 1000,
         [2.0 ** 53, 1.0, 2.0 ** -60], [2.0 ** 53, -1.0, -2.0 ** -60], [2.0 ** 53, 1.0, -2.0 ** -60],
         [1.0, 2.0 ** -53, 2.0 ** -106], [1.0, -2.0 ** -54, -2.0 ** -108], [5e-324] * 7,
         [1, 2, 3], [True, 2 ** 60, 3], range(1000), [1e16, 1.0, 1e-16], [-1e16, -1.0, -1e-16]]
for c in cases:
    print(len(c), fs(c))
for k in range(300):
    n = 1 + rnd(60)
    seq = []
    for _ in range(n):
        m = (rnd(1 << 53) - (1 << 52)) * 1.0
        seq.append(math.ldexp(m, rnd(200) - 100 if rnd(3) else rnd(1900) - 1000))
    print(n, fs(seq), fs(seq[::-1]), fs(seq + [-v for v in seq[:n // 2]]))
print(fs(['a']), fs(5), fs([1, 10 ** 400]))
try:
    math.fsum(x for x in [1.0, 2.0, None])
except TypeError as e:
    print('TypeError', e)
