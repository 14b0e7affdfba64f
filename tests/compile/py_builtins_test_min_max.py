print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max('hello'), min('b', 'a'), max((1, 2), (1, 3)))
print(min([], default='empty'), max([], default=None), min([1], default=0), max(iter([]), default=-1))
print(max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'cc'], key=len), max([1, -5, 3], key=abs))
print(max([1, 2, 2.0]), max([2.0, 2, 1]), min([3, 1, 1.0]), max('a', 'b', key=str.upper))
print(max([(1, 'b'), (1, 'a')]), min({3: 'x', 1: 'y'}), max({3: 'x', 1: 'y'}.values()))
print(max(range(10), key=lambda v: v % 4), min(range(10), key=lambda v: -v))
for bad in (lambda: min(), lambda: max([]), lambda: min(1), lambda: max(1, 2, default=0), lambda: max([1, 'a']),
            lambda: min([1], bogus=1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(max(1, 2, key=None), min([[1, 2], [0, 9]]))
