r = range(10)
print(r, range(1, 5), range(0, 10, 2), range(5, 0, -1), range(0), range(-3, 3))
print(len(range(10)), len(range(1, 10, 3)), len(range(10, 0)), len(range(10, 0, -3)), len(range(0, -10, -1)))
print(list(range(5, 0, -2)), list(range(-5)), list(range(2, 2)), list(range(0, 1, 100)))
print(r[0], r[-1], r[3], r[2:5], r[::-1], r[::3], r[1:8:2][1:], range(0, 20, 2)[::-2])
print(5 in r, 10 in r, -1 in r, 4.0 in r, 4.5 in r, 'x' in r, 6 in range(0, 10, 3), 6 in range(0, 10, 2))
print(r.index(7), range(0, 20, 5).index(15), r.count(3), r.count(11))
print(list(reversed(range(1, 10, 3))), reversed(range(3)).__class__.__name__)
print(range(0) == range(1, 1), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), range(2) == [0, 1])
print(hash(range(3)) == hash(range(0, 3, 1)), r.start, r.stop, r.step, range(1, 2, 3).step)
print(range(10 ** 20)[10 ** 19], range(0, 10 ** 20, 7)[-1], 10 ** 19 in range(10 ** 20))
for bad in (lambda: range(1, 2, 0), lambda: r[10], lambda: r.index(10), lambda: range(1.5), lambda: range(10 ** 20).__len__()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(bool(range(0)), bool(range(1)), sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(range(3)) == [0, 1, 2], tuple(range(-2, 2)), sorted(range(3), reverse=True))
