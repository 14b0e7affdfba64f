print(len('abc'), len([1, 2]), len((1,)), len({}), len({1, 2}), len(range(10)), len(b'xy'), len(bytearray(3)))
print(len('é'), len('😀'), len({'a': 1, 'b': 2}.keys()), len(range(0, 100, 7)), len(frozenset('aab')))
print(repr(1), repr('1'), repr([1, '1']), repr(None), repr(1.0), repr(b'1'), repr(1j), repr(range(1)))
print(str(1), str('1'), str([1, '1']), str(None), str(1.0), str(b'1'), str(1j), str(range(1)))
print(repr(print), repr(len), repr(int), repr(list), repr(type), repr(object), repr(Exception))
print(repr(str.upper), repr(list.append), repr([].append)[:35])
import sys
print(repr(sys))
print(repr(ValueError), repr(KeyError('x')), repr(StopIteration()))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    len(iter([]))
except TypeError as e:
    print(e)
