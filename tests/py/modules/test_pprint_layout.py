# pprint: layout corner cases pinned against CPython 3.11: indent > 1, tiny widths, subclasses, format() overrides, bytes/str chunking at nested levels, compact packing, depth and recursion markers
import pprint, collections, types, dataclasses, io

nested = {'alpha': [1, 2, (3, 4, [5, 6, {'x': 'y' * 20}])], 'beta': (7,), 'gamma': {'k': frozenset({1, 2, 3})}, 'delta': b'\x00\x01' * 30}
for width in (1, 8, 20, 35, 60):
    for indent in (0, 1, 3):
        print('--- width', width, 'indent', indent)
        print(pprint.pformat(nested, width=width, indent=indent))
for width in (1, 2, 3):
    for indent in (1, 4):
        print(repr(pprint.pformat([], width=width, indent=indent)), repr(pprint.pformat({}, width=width, indent=indent)),
              repr(pprint.pformat((), width=width, indent=indent)), repr(pprint.pformat(set(), width=width, indent=indent)))
print(pprint.pformat([[1, 2, 3]] * 6, compact=True, width=30))
print(pprint.pformat([list(range(12)), 'x' * 30, list(range(5))], compact=True, width=25, indent=2))
print(pprint.pformat((('a' * 10,),) * 3, width=15))
print(pprint.pformat(('only one long element ' * 3,), width=30))
for n in (4, 5, 8, 12, 16, 17):
    print(pprint.pformat(bytes(range(n)), width=18))
    print(pprint.pformat([bytes(range(n))], width=18))
    print(pprint.pformat({'k': bytearray(range(n))}, width=22))
print(pprint.pformat(['word ' * 20, 'x' * 90, 'spaces    between     words ' * 3], width=30))
print(pprint.pformat({'key': 'lorem ipsum dolor sit amet ' * 4}, width=40))
print(pprint.pformat('a\n\nb c d e f g h i j k l m n o p\n' * 2, width=12))
print(pprint.pformat('  leading spaces then words and more words', width=15))
print(pprint.pformat('x' * 10, width=5), pprint.pformat('', width=1))

class D(dict): pass
class L(list): pass
class S(set): pass
class F(frozenset): pass
class T(tuple): pass
class R(list):
    def __repr__(self):
        return 'R<%d>' % len(self)
print(pprint.pformat(D(a=list(range(30)), b=2), width=30))
print(pprint.pformat(L(range(30)), width=30), pprint.pformat(T(range(30)), width=30))
print(pprint.pformat(S(range(15)), width=30))
print(pprint.pformat(F(range(15)), width=30))
print(pprint.pformat(frozenset(range(25)), width=30))
print(pprint.pformat([R(range(50))] * 3, width=10))
print(pprint.saferepr(D(a=1)), pprint.saferepr(L([1])), pprint.saferepr(T((1,))), pprint.saferepr(D()), pprint.saferepr(T()))

class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)
print(Upper(width=30).pformat({'ab': ['cd', 'ef'] * 5, 'gh': ('ij',)}))

print(pprint.pformat({2: 'b', 1: 'a', 'x': 0, None: 1, 1.5: 2, (0,): 3}, width=20))
print(pprint.pformat({3, 'a', 1, None, 2.5, 'b'}, width=10))
print(pprint.pformat({'z': 1, 'a': 2, 'm': [3] * 30}, sort_dicts=False, width=30))
print(pprint.pformat([[[[['deep']]]], {'a': {'b': {'c': 1}}}, ((((1,),),),)], depth=2))
print(pprint.pformat([[[[['deep']]]], {'a': {'b': {'c': 1}}}, ((((1,),),),)], depth=3, width=10))
print(pprint.pformat(collections.OrderedDict(a=[1] * 30), depth=1), pprint.pformat(collections.OrderedDict(a=[1] * 30), depth=2, width=30))
print(pprint.pformat([1, [2, [3]]], depth=1), pprint.saferepr([1, [2]]))
print(pprint.pformat([10**9, {10**12: 2**40}], underscore_numbers=True, width=10))
print(pprint.pformat(True), pprint.pformat(1.5), pprint.pformat(None), pprint.pformat(2 + 3j))

l = [1]; l.append([l, {'me': l}])
print(pprint.pformat(l, width=10).replace(str(id(l)), 'ID'))
print(pprint.pformat([l, l], width=100).replace(str(id(l)), 'ID'))
t = ([],); t[0].append(t)
print(pprint.pformat(t).replace(str(id(t)), 'ID'), pprint.isrecursive(t), pprint.isreadable(t))
ns = types.SimpleNamespace(a=1); ns.me = ns; ns.lst = [ns] * 3
print(pprint.pformat(ns, width=20).replace(str(id(ns)), 'ID'))

class Blank:
    def __repr__(self):
        return ''
class Angle:
    def __repr__(self):
        return '<angle>'
print(repr(pprint.isreadable(Blank())), pprint.isreadable(Angle()), repr(pprint.isreadable({'k': Blank()})), pprint.isreadable([Blank()]))
pr = pprint.PrettyPrinter()
print(pr.isreadable([1, (2,)]), pr.isrecursive(l), pr.isreadable(l), pr.format([1, 'a'], {}, 0, 0), pr.format([[1]], {}, 1, 0))
print(pr.format({'a': {'b': 1}}, {}, 1, 0), pr.format(({'a': 1},), {}, 1, 1), pr.format(((1, 2),), {}, 2, 1))

print(pprint.pformat(collections.Counter({'a': 5, 'b': 3, 'c': 9, 'd': 1}), width=15, indent=3))
print(pprint.pformat(collections.Counter()), pprint.pformat(collections.OrderedDict()), pprint.pformat(collections.deque()),
      pprint.pformat(collections.defaultdict(int)), pprint.pformat(collections.ChainMap()), pprint.pformat(collections.ChainMap({})))
print(pprint.pformat(collections.defaultdict(list, a=list(range(20))), indent=4, width=30))
print(pprint.pformat(collections.deque(['x' * 10] * 5, maxlen=7), width=20, indent=2))
print(pprint.pformat(collections.ChainMap({'a': 1}, {'b': [2] * 20}, {}), width=30))
print(pprint.pformat(collections.UserString('hello world ' * 10), width=40))
print(pprint.pformat([collections.UserString('hello world ' * 10)], width=40))
print(pprint.pformat(collections.UserList([collections.UserDict({'k': list(range(20))})]), width=30))
print(pprint.pformat(types.MappingProxyType({'a': list(range(20))}), width=30))
class MyNS(types.SimpleNamespace): pass
print(pprint.pformat(MyNS(first=list(range(15)), second='s' * 30), width=30))

@dataclasses.dataclass
class Node:
    name: str
    children: list = dataclasses.field(default_factory=list)
    hidden: int = dataclasses.field(default=0, repr=False)
@dataclasses.dataclass(repr=False)
class NoRepr:
    a: list
@dataclasses.dataclass
class Custom:
    a: list
    def __repr__(self):
        return 'Custom!' * 20
root = Node('root', [Node('child%d' % i, [Node('leaf')]) for i in range(3)])
print(pprint.pformat(root, width=40))
print(pprint.pformat(root, width=40, depth=2))
root.children.append(root)
print(pprint.pformat(root, width=40).replace(str(id(root)), 'ID'))
print(pprint.pformat(NoRepr(list(range(40))), width=40)[:30], pprint.pformat(Custom(list(range(40))), width=40))
print(pprint.pformat(Node, width=10))

s = io.StringIO(); pprint.PrettyPrinter(stream=s, width=20).pprint(list(range(10))); print(repr(s.getvalue()))
s = io.StringIO(); pprint.pprint({'b': 1, 'a': 2}, s); pprint.pp({'b': 1, 'a': 2}, s); print(repr(s.getvalue()))
for bad in [dict(indent='x'), dict(width='w'), dict(width=-3), dict(indent=1.9, width=20.5), dict(depth=-1)]:
    try:
        p = pprint.PrettyPrinter(**bad)
        print(p.pformat(list(range(10))))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pprint.pformat(list(range(10)), width=-5))
print(sorted(pprint.__all__))
