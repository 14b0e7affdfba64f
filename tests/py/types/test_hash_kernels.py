# hash() of floats (the 28-bit-chunk reduction modulo 2**61 - 1), of str / bytes of every
# tail length (SipHash-1-3 with the run's fixed PYTHONHASHSEED), complex numbers and tuples.
import struct

seed = 4242
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (seed >> 20) % n

fl = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 1e-300, 5e-324, -5e-324, 1.7976931348623157e308,
      2.0 ** 61, 2.0 ** 61 - 2 ** 9, 2.0 ** 60, 2.0 ** -61, 2.0 ** -62, 2.0 ** 1000, 0.1, 1 / 3,
      float('inf'), float('-inf'), 2305843009213693951.0, 1e16, 12345.678]
for x in fl:
    print(x.hex(), hash(x))
acc = 0
for k in range(3000):
    bits = rnd(1 << 62) * 4 + rnd(4)
    x = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if x != x:
        continue
    h = hash(x)
    if k < 30:
        print(x.hex(), h)
    acc = (acc * 1000003 + h) % (1 << 64)
print('float digest', acc)
print(hash(-1.0), hash(-1), hash(float(2 ** 61 - 2)), hash(-float(2 ** 61 - 1)))
for n in range(0, 41):
    s = ''.join(chr(97 + (i * 7 + n) % 26) for i in range(n))
    print(n, hash(s), hash(s.encode()), hash(s + '\u20ac'), hash(s + '\U0001f600'))
acc = 0
for k in range(2000):
    n = rnd(70)
    b = bytes(rnd(256) for _ in range(n))
    acc = (acc * 1000003 + hash(b)) % (1 << 64)
print('bytes digest', acc, hash(b''), hash(''), hash(memoryview(b'abc')))
for z in [1j, 1 + 1j, -1j, complex(0.5, -0.5), complex(2.0 ** 61, 1), complex(-1, 0)]:
    print(z, hash(z))
for t in [(), (1,), (1, 2), ((1, 2), 3), ('a', 1.5, None is None, b'x'), (-1,), (-2,), (1, -1)]:
    print(repr(t)[:20], hash(t))
