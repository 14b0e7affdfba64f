# random: randrange/randint/choice/shuffle/sample/choices draw the same values as CPython for a fixed seed
import random

random.seed(31337)
print([random.randrange(10) for i in range(20)])
print([random.randrange(1, 7) for i in range(20)])
print([random.randrange(0, 100, 7) for i in range(10)])
print([random.randrange(100, 0, -3) for i in range(10)])
print([random.randrange(-50, -10) for i in range(10)])
print([random.randrange(-5, 5, 2) for i in range(10)])
print([random.randrange(10, -10, -1) for i in range(10)])
print([random.randint(-3, 3) for i in range(20)])
print([random.randint(0, 2**40) for i in range(5)])
print([random.randrange(10**30) for i in range(3)])
print([random.randrange(-10**25, 10**25, 3) for i in range(3)])
print([random.randint(2**64 - 5, 2**64 + 5) for i in range(5)])
print(random.randrange(2**100, 2**101, 2**50))
print(random.randrange(1), random.randint(5, 5), random.randrange(7, 8))
print(random.randrange(True, 10), random.randrange(10, step=1), random.randrange(3, None))
print(random.randrange(5, 50, step=5), random.randrange(start=3, stop=9))

# ranges at the 32- and 64-bit word boundaries of getrandbits
r = random.Random(5)
print([r.randrange(2**32) for i in range(3)], [r.randrange(2**32 + 1) for i in range(3)])
print([r.randrange(2**63) for i in range(3)], [r.randrange(2**64 + 1) for i in range(3)])

# choice
r = random.Random(11)
print([r.choice("abcdefg") for i in range(15)])
print([r.choice([10, 20, 30]) for i in range(10)], r.choice((None,)), r.choice(range(5, 500, 3)))
print(r.choice(b"xyz"), r.choice(bytearray(b"pq")), r.choice({0: "zero", 1: "one"}))

# shuffle
r = random.Random(2)
x = list(range(20))
r.shuffle(x)
print(x)
y = ["a", "b", "c"]
r.shuffle(y)
print(y)
z = [1]
r.shuffle(z)
print(z)
e = []
r.shuffle(e)
print(e)
ba = bytearray(b"abcdefgh")
r.shuffle(ba)
print(ba)
d = {0: "a", 1: "b", 2: "c"}
r.shuffle(d)
print(d)

# sample: pool and set algorithms on both sides of the size heuristic
r = random.Random(8)
print(r.sample(range(10), 10))
print(r.sample(range(100), 5))
print(r.sample(range(21), 5), r.sample(range(22), 5))
print(r.sample(range(36), 6), r.sample(range(37), 6))
print(r.sample(range(85), 20), r.sample(range(86), 20))
print(r.sample(range(10**12), 4))
print(r.sample("abcdefghij", 4), r.sample(("x", "y", "z"), 0), r.sample([5, 6], 2))
print(r.sample(range(1000), 300)[:10])
print(r.sample(["red", "blue"], counts=[4, 2], k=5))
print(r.sample(range(5), 6, counts=[1, 1, 2, 1, 1]))
print(r.sample("abc", k=2, counts=[10**6, 1, 10**6]))
print(r.sample(b"hello", 3), r.sample(bytearray(b"qq"), 1))

# choices: uniform, weights, cumulative weights
r = random.Random(77)
print(r.choices("abc"), r.choices("abc", k=10))
print(r.choices(range(5), [5, 1, 1, 1, 1], k=10))
print(r.choices(["x", "y"], cum_weights=[1, 10], k=8))
print(r.choices([1, 2, 3], [0.5, 0.25, 0.25], k=6))
print(r.choices([1, 2, 3], weights=[1, 0, 0], k=4), r.choices("ab", k=0), r.choices("ab", k=-3))
print(r.choices([1, 2, 3], [1.5, 2, 3], k=3), r.choices("abc", cum_weights=[1, 2, 3.0], k=3))
print(r.choices(range(1000), k=5))

# randbytes
r = random.Random(1)
print(r.randbytes(0), r.randbytes(1), r.randbytes(3), r.randbytes(4), r.randbytes(5))
print(r.randbytes(9), len(r.randbytes(100)), r.randbytes(n=2))
random.seed(3)
print(random.randbytes(7))

# the same generator interleaved across functions
random.seed("mix")
out = []
for i in range(10):
    out.append((random.randrange(100), random.random(), random.choice("xyz"),
                random.getrandbits(12)))
print(out)
