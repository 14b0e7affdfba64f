d = {'b': 1, 'a': 2}
d['c'] = 3
print(d, len(d), d['a'], 'a' in d, 'z' in d, list(d))
d['b'] = 10
print(d)
del d['b']
d['b'] = 20
print(d)
print(dict(), dict(a=1), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=1), dict(zip('ab', [1, 2])))
print(d.get('a'), d.get('zz'), d.get('zz', 'dflt'), d.setdefault('a', 99), d.setdefault('n', []), d)
d['n'].append(1)
print(d.pop('n'), d.pop('zz', 'none'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
print(d.popitem(), d)
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys([]))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
d2 = {'a': 1}
d2.update({'b': 2}, c=3)
d2.update([('d', 4)])
d2.update(e=5)
print(d2)
c = d2.copy()
c['a'] = 'changed'
print(d2['a'], c['a'])
d2.clear()
print(d2)
for bad in (lambda: {}['missing'], lambda: {}[('t', 1)], lambda: {}.popitem(), lambda: {}[[1]],
            lambda: dict(1), lambda: {'a': 1}.update(1), lambda: {1: 2}[1.5]):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
