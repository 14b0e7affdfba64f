# pprint: CPython 3.11's layout for nested containers, widths, indents, depth, compact, sort_dicts, long strings and bytes, recursion, collections types, dataclasses and namespaces
import pprint, collections, types, dataclasses, io
data = {'name': 'heapscope', 'numbers': list(range(30)), 'nested': {'b': [1, 2, {'x': (1, 2, 3)}], 'a': {'deep': {'deeper': ['z'] * 12}}},
        'text': 'The quick brown fox jumps over the lazy dog. ' * 4, 'bytes': bytes(range(40)), 'tuple1': (5,), 'set': {3, 1, 2}, 'fs': frozenset({'b', 'a'}),
        'empty': [[], {}, (), set(), ''], 'mixed': {1: 'one', 'two': 2, (3,): [3]}, 3.5: None}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=100)
pprint.pp({'z': 1, 'a': [2] * 30})
print(pprint.pformat(list(range(100)), compact=True))
print(pprint.pformat(10**30, underscore_numbers=True), pprint.pformat([10**6], underscore_numbers=True))
l = [1, 2]; l.append(l)
print(pprint.pformat(l).replace(str(id(l)), 'ID'))
print(pprint.saferepr(l).replace(str(id(l)), 'ID'), pprint.isrecursive(l), pprint.isreadable(l), pprint.isreadable([1, 'a']), pprint.isreadable(object()))
d = {'a': 1}; d['self'] = d
print(pprint.pformat(d).replace(str(id(d)), 'ID'))
print(pprint.saferepr({'b': 2, 'a': [1, {'c': 3}]}))
od = collections.OrderedDict((str(i), i) for i in range(15))
pprint.pprint(od)
dd = collections.defaultdict(list, {k: list(range(k)) for k in range(8)})
pprint.pprint(dd, width=40)
pprint.pprint(collections.Counter('abracadabra' * 5 + 'xyz' * 7), width=30)
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(collections.deque(range(30), maxlen=40), width=40)
pprint.pprint(collections.ChainMap({'a': list(range(20))}, {'b': 2}), width=40)
pprint.pprint(collections.UserList(list(range(40))))
pprint.pprint(collections.UserDict({i: str(i) * 10 for i in range(6)}))
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta='b' * 50, gamma={'k': 'v'}))
pprint.pprint(types.MappingProxyType({'k%d' % i: i for i in range(12)}))
@dataclasses.dataclass
class Point:
    x: int
    y: list
    z: str = 'zed'
pprint.pprint(Point(1, list(range(30))))
pprint.pprint([Point(1, [2]), Point(3, [4])], width=20)
pprint.pprint('a' * 200)
pprint.pprint(['line one\nline two\n' * 5])
pprint.pprint(bytearray(range(60)))
pprint.pprint({'mixed keys': {1: 'a', 'b': 2, None: 3, (1, 2): 4}})
s = io.StringIO(); pprint.pprint([1, 2, 3], stream=s); print(repr(s.getvalue()))
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({'k': list(range(12))})
print(pp.pformat(('a', 'b')), pp.isrecursive([]), pp.isreadable([1]))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
pprint.pprint([[1, 2, [3, 4, [5, 6, [7, 8]]]]], depth=3)
pprint.pprint({'a': {'b': {'c': {}}}}, depth=2)
