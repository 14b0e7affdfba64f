from collections import defaultdict
d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, dict(d), d['missing'], len(d), d.default_factory)
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), c.get('z'), 'z' in c)
n = defaultdict(lambda: 'N/A')
print(n['x'], dict(n))
none = defaultdict()
try:
    none['k']
except KeyError as e:
    print('KeyError', e)
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t['a']))
s = defaultdict(set)
s['x'].add(1)
print(s, repr(defaultdict(int)))
copy = d.copy()
print(type(copy).__name__, copy == d)
print(d | {'z': [0]}, type(d | {'z': 0}).__name__)
