print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 2, 3], [2] > [1, 100], [] < [0], [[1]] < [[2]])
print([1, 2.0] == [1.0, 2], [float('nan')] == [float('nan')])
nan = float('nan')
print([nan] == [nan], nan in [nan])
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a), a[2] is a)
b = [[]]
b[0].append(b)
print(b)
c = [1]
d = [c, c]
print(d, d[0] is d[1])
e = {'k': None}
e['k'] = [e]
print(e)
f = [1, 'two', 3.0, None, True, [], {}, (), {1}, b'x', 1j, ...]
print(f)
print(repr([]), repr([[]]), str(['a\n']))
x = []
x.append(x)
x.append(x)
print(x)
try:
    [1] < ['a']
except TypeError as e:
    print(e)
try:
    a == a
    print('self compare ok', a == a)
except RecursionError as e:
    print('RecursionError', e)
