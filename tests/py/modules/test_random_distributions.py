import random
random.seed(12345)
print(random.normalvariate(0, 1), random.expovariate(1.5), random.triangular(0, 10, 3))
print(random.betavariate(2, 3), random.gammavariate(2, 2), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(8))
print(sorted(random.sample(range(1000), 20)))
for bad in (lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randrange(0)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
rng = random.Random(7)
deck = [f'{r}{s}' for s in 'SHDC' for r in 'A23456789TJQK']
rng.shuffle(deck)
print(deck[:13])
counts = [0] * 6
for _ in range(600):
    counts[rng.randrange(6)] += 1
print(counts, sum(counts))
