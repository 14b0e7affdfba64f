d = {'x': 1, 'y': 2, 'z': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), 'x' in k, 2 in v, ('y', 2) in i, ('y', 3) in i)
d['w'] = 4
print(list(k), list(v), list(i))
print(k & {'x', 'q'}, k | {'q'} == {'x', 'y', 'z', 'w', 'q'}, sorted(k - {'x'}), sorted(k ^ {'x', 'q'}))
print(i & {('x', 1)}, k == {'x', 'y', 'z', 'w'}, k.isdisjoint({'a'}))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__)
print(v == v, d.values() == d.values())
try:
    for key in d:
        d['new'] = 1
except RuntimeError as e:
    print(e)
d.pop('new')
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(e)
print(d)
print(k.mapping == d if hasattr(k, 'mapping') else 'n/a')
e = {}
print(list(e.keys()), e.items(), bool(e.values()))
