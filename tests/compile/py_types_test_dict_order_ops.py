d = {}
for ch in 'python':
    d[ch] = ord(ch)
print(d)
del d['y']
d['y'] = 0
print(list(d))
a = {'a': 1, 'b': 2}
b = {'b': 3, 'c': 4}
print(a | b, b | a, a, b)
a |= b
print(a)
a |= [('z', 26)]
print(a)
try:
    a | [('q', 1)]
except TypeError as e:
    print(e)
print({1: 'a'} == {1: 'a'}, {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 1} != {1: 2})
try:
    {1: 1} < {2: 2}
except TypeError as e:
    print(e)
x = {1: 'int'}
x[1.0] = 'float'
x[True] = 'bool'
print(x)
print({(1, 2): 'tuple', frozenset({1}): 'fs', None: 'none', 'k': 'str', 2.5: 'float'})
m = {'k': [1]}
m2 = dict(m)
m2['k'].append(2)
print(m)
print(sorted({'b': 2, 'a': 1}.items()), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get))
print(dict(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1])))
