# MT19937 output after many kinds of seed: long keys (more 32-bit words than the 624-word
# state), refills of the state, getrandbits widths, state round trips. Bit-exact vs CPython.
import random

def digest(r, n=1500):
    # n > 624 outputs: the state is regenerated at least twice
    h = 0
    for _ in range(n):
        h = ((h * 1000003) ^ r.getrandbits(32)) & 0xFFFFFFFFFFFFFFFF
    return hex(h)

seeds = [0, 1, -1, 2**32 - 1, 2**32, 2**64 + 7, 12345678901234567890,
         2**(32 * 623) + 5, 2**(32 * 624) - 1, 2**(32 * 624) + 3, 3**4000, -(7**1500),
         'a', 'text seed', '', b'', b'\x00' * 100, bytearray(b'bytes seed'), 'é' * 50]
for s in seeds:
    r = random.Random(s)
    first = [r.getrandbits(32) for _ in range(3)]
    if isinstance(s, int):
        label = 'int(%d bits, %s)' % (s.bit_length(), 'neg' if s < 0 else 'pos')
    else:
        label = repr(s)[:20]
    print(label, first, r.random(), digest(r))

r = random.Random(99)
print([r.getrandbits(k) for k in (1, 7, 31, 32, 33, 63, 64, 65, 100, 257)])
print([round(r.random(), 17) for _ in range(5)])
st = r.getstate()
print(st[0], len(st[1]), st[1][-1], st[1][:3])
a = [r.random() for _ in range(700)]
r.setstate(st)
b = [r.random() for _ in range(700)]
print(a == b, a[-1])
for v in (1, 2):
    r.seed('version seed', version=v)
    print(v, r.getrandbits(48))
random.seed(2**1000 + 1)
print(random.random(), random.randrange(10**30), random.choice('abcdefg'))
