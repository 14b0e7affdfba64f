for v in ([1], {'a': 1}, {1}, bytearray(b'x')):
    try:
        {v: 1}
    except TypeError as e:
        print(type(v).__name__, 'as dict key ->', e)
    try:
        {v}
    except TypeError as e:
        print(type(v).__name__, 'as set member ->', e)
    try:
        hash(v)
    except TypeError as e:
        print(type(v).__name__, 'hash ->', e)
try:
    {([1], 2): 'tuple containing a list'}
except TypeError as e:
    print('tuple containing list ->', e)
ok = {(1, 2): 'a', frozenset([1]): 'b', 'str': 'c', 10: 'd', 1.5: 'e', None: 'f', b'by': 'g', (): 'h'}
print('hashable keys work:', len(ok))
d = {}
try:
    d[[1, 2]] = 'x'
except TypeError as e:
    print('d[[1, 2]] = ... ->', e)
try:
    d.setdefault({}, 1)
except TypeError as e:
    print('setdefault ->', e)
try:
    [1] in {1: 2}
except TypeError as e:
    print('list in dict ->', e)
try:
    {1: 2}.get([1])
except TypeError as e:
    print('dict.get(list) ->', e)
print('list in set of tuples works via equality? ->', end=' ')
try:
    print([1] in {(1,)})
except TypeError as e:
    print(e)
