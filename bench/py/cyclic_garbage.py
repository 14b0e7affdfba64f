# Cyclic garbage: lists that reference each other, freed only by the cycle collector.
import gc

def make_cycles(n):
    for _ in range(n):
        a = []
        b = [a]
        a.append(b)

make_cycles(400_000)
print(gc.collect() >= 0)
