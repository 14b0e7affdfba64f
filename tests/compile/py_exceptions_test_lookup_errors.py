def probe(container, key):
    try:
        return container[key]
    except LookupError as e:
        return f'{type(e).__name__}: {e}'
print(probe([1, 2], 5), probe((1,), -2), probe('ab', 9), probe({'a': 1}, 'b'), probe(range(3), 3))
print(probe({1: 2}, 1.0), probe({(1, 2): 3}, (1, 2)), probe(b'xy', 2), probe(bytearray(b'z'), 1))
try:
    lst = [1, 2]
    lst[1.0]
except TypeError as e:
    print(e)
try:
    {}.__getitem__([])
except TypeError as e:
    print(e)
try:
    s = 'abc'
    s['a']
except TypeError as e:
    print(e)
try:
    t = (1, 2)
    t[None]
except TypeError as e:
    print(e)
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
