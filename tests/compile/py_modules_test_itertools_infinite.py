import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 2), 4)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.islice(it.count(5, -1), 3)), next(it.count(2 ** 70)), repr(it.count(3)), repr(it.count(1, 2)))
print(list(it.islice(it.cycle('abc'), 8)), list(it.cycle([])))
print(list(it.repeat('x', 3)), list(it.repeat(1, 0)), list(it.islice(it.repeat(7), 4)), repr(it.repeat('a', 2)))
print(list(zip(range(3), it.repeat(None))), list(map(pow, range(4), it.repeat(2))))
c = it.count()
next(c); next(c)
print(next(c), repr(c))
