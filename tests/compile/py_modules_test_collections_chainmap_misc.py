from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple
base = {'a': 1, 'b': 2}
override = {'b': 20, 'c': 30}
cm = ChainMap(override, base)
print(cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), cm.get('z', 'none'))
cm['d'] = 4
print(override, base)
child = cm.new_child({'a': 100})
print(child['a'], child.parents['a'], list(child.maps[0].items()))
del cm['b']
print(cm['b'], override)
try:
    del cm['a']
except KeyError as e:
    print('KeyError', e)
print(repr(ChainMap({'x': 1})), dict(ChainMap({'p': 1}, {'p': 2, 'q': 3})))
print(isinstance(Counter(), dict), isinstance(OrderedDict(), dict), isinstance(defaultdict(), dict))
print(deque.__name__, namedtuple('T', 'a').__mro__[1].__name__)
