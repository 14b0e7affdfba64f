print(1 == 1.0, 1 == 1.0 + 0j, True == 1, False == 0)
print('1' == 1, [1] == (1,), (1,) == (1,), [1, 2] == [1, 2])
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], (1, 'a') < (1, 'b'))
print('abc' < 'abd', 'Z' < 'a', '' < 'a', 'a' < 'aa')
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), {1, 2} == {2, 1})
print({'a': 1} == {'a': 1}, {'a': 1} != {'a': 2})
print(None == None, None == 0, None != False)
print(float('nan') == float('nan'), float('inf') > 10 ** 400)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
for op in ('<', '<=', '>', '>='):
    for a, b in ((1, 'x'), ([], ()), (None, 0), ({}, {})):
        try:
            eval(f'a {op} b')
        except TypeError as e:
            print(e)
print(b'a' == 'a', b'a' < b'b', bytearray(b'x') == b'x')
print(range(3) == range(0, 3), range(0) == range(5, 5))
