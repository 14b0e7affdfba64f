# random/_random: seeding (ints of every size and sign, floats, str/bytes/bytearray versions 1 and 2), random(), getrandbits, getstate/setstate
import random
import _random

def show(label, r):
    print(label, r.random(), r.getrandbits(32), r.getrandbits(70))

for seed in [0, 1, 2, -1, -2, 42, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**64 - 1, 2**64,
             -(2**64), 10**50, -10**50, 3**200, 2**1000 + 7, True, False]:
    show(repr(seed)[:30], random.Random(seed))

for seed in [0.0, 1.5, -1.5, 0.1, 1e300, -2.5e-10, float('inf'), 2.0]:
    show(repr(seed), random.Random(seed))

# str, bytes and bytearray seeds (version 2 hashes with SHA-512); lengths cross the block edges
texts = ["", "a", "hello", "h\u00e9llo w\u00f6rld", "\u2603\U0001f600", "x" * 111, "y" * 112,
         "z" * 127, "q" * 128, "w" * 129, "abc" * 100, "0123456789" * 50]
for s in texts:
    show(repr(s)[:24], random.Random(s))
    show("b" + repr(s)[:24], random.Random(s.encode()))
show("bytearray", random.Random(bytearray(b"spam and eggs")))

# version 1 seeding of str and bytes
r = random.Random()
for s in ["", "a", "hello", "\u00ff\u00fe", "\u2603x"]:
    r.seed(s, version=1)
    print("v1", repr(s), r.random())
r.seed(b"bytes!", version=1)
print("v1 bytes", r.random())
r.seed(2.5, version=3)  # neither version: a float is hashed as always
print("v3 float", r.random())
r.seed(-77, version=0)
print("v0 int", r.random())
r.seed("hello", version=3)  # str hashed (PYTHONHASHSEED=0 in the runner)
print("v3 str", r.random())
r.seed(12345, version=1)
print("v1 int", r.random())

# the module-level functions share one instance
random.seed(2024)
a = [random.random() for i in range(5)]
random.seed(2024)
b = [random.random() for i in range(5)]
print(a == b, a)

# getrandbits widths
r = random.Random(7)
for k in [0, 1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 95, 96, 97, 128, 200, 1000]:
    print(k, r.getrandbits(k))
print(r.getrandbits(k=5) if False else r.getrandbits(3))

# a long run crosses several regenerations of the 624-word state
r = random.Random(99)
total = 0
for i in range(5000):
    total = (total * 31 + r.getrandbits(32)) % (2**61 - 1)
print("run", total, r.random())

# getstate / setstate round trip
r = random.Random(12345)
r.random()
st = r.getstate()
print(type(st), len(st), st[0], len(st[1]), st[1][-1], st[2])
x = [r.random() for i in range(3)]
r.setstate(st)
y = [r.random() for i in range(3)]
print(x == y)
print(st[1][:4])
g = r.gauss(1, 2)
st2 = r.getstate()
print(st2[2])
print(r.gauss(1, 2), r.gauss(1, 2))
r.setstate(st2)
print(r.gauss(1, 2), r.gauss(1, 2))

# a version 2 state: words reduced modulo 2**32
r2 = random.Random()
words = tuple(w + 2**32 for w in st[1][:-1]) + (st[1][-1],)
r2.setstate((2, words, None))
r.setstate(st)
print(r2.random() == r.random())

# _random.Random directly: no gauss_next, state is the bare tuple
c = _random.Random(5)
print(type(c).__name__, type(c).__module__, c.random(), c.getrandbits(40))
cs = c.getstate()
print(len(cs), cs[-1])
c.seed(5)
print(c.random())
c.seed("abc")
c.seed(b"abc")
c.seed(1.25)
print(c.random())
c.setstate(cs)
print(c.random())
print(random.Random.__mro__)
print(random.Random.VERSION, random.Random(3).__dict__)
print(issubclass(random.SystemRandom, random.Random), isinstance(random._inst, random.Random))

# module constants
print(random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST, random.TWOPI, random.BPF,
      random.RECIP_BPF)

# pickle support and the private _randbelow
r = random.Random(5)
red = r.__reduce__()
print(red[0], red[1], red[2][0], red[2][2], len(red[2][1]))
s = r.__getstate__()
x = r.random()
r.__setstate__(s)
print(x == r.random())
print([r._randbelow(10) for i in range(10)], r._randbelow(2**70), r._randbelow(1))

# the module's public names
print(len(random.__all__), all(hasattr(random, n) for n in random.__all__))
