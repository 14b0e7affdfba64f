d = {'a': 1, 'a': 2, 'b': 3}
print(d)
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d)
d = {'x': 1, **{'x': 2}, 'y': 3}
print(d)
print({(1, 2): 'tuple key', None: 'none', frozenset([1]): 'fs'}[frozenset([1])])
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {{}: 2}
except TypeError as e:
    print(e)
try:
    {{1}}
except TypeError as e:
    print(e)
print({0: 'a', -0.0: 'b'})
print(list({3: 0, 1: 0, 2: 0}))
