s = slice(2, 8, 2)
data = list(range(10))
print(data[s], 'abcdefghij'[s], tuple(data)[s], bytes(range(10))[s], range(10)[s])
print(slice(3), slice(1, 2), slice(1, 2, 3), slice(None, None, None))
print(data[slice(-3, None)], data[slice(None, None, -3)])
data[slice(0, 2)] = ['a', 'b']
print(data)
del data[slice(0, 10, 3)]
print(data)
print(s.indices(6), slice(-1, -10, -1).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2, None) == slice(1, 2))
