s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None), slice(1, 2))
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
print(slice(-100, 100).indices(7), slice(None, None, -2).indices(6), slice(10, -10, -3).indices(8))
print(slice(0, 5, 2) == slice(0, 5, 2), slice(1) == slice(None, 1), slice(1, 2) < slice(1, 3))
print(list(range(10))[s], 'abcdefghij'[s], (1, 2, 3)[slice(None, None, -1)])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(e)
try:
    hash(slice(1))
except TypeError as e:
    print(e)
print(type(s).__name__, slice('a', 'b').start, slice(1.5, 2.5).stop)
