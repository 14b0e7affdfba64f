# reprlib: every Repr limit at small and edge values, fillvalue everywhere, dispatch by type name (with spaces), unsortable sets and dicts, recursive_repr details
import reprlib
from array import array
from collections import deque
from reprlib import Repr

data = {
    'tuple': tuple(range(8)), 'one': (1,), 'list': list(range(8)), 'array': array('i', range(8)),
    'set': set(range(8)), 'fs': frozenset(range(8)), 'deque': deque(range(8)), 'dict': {i: str(i) for i in range(8)},
    'str': 'abcdefghijklmnopqrstuvwxyz' * 2, 'quote': "it's \"q\" \u00e9\n" * 4, 'int': 7 ** 60, 'neg': -(7 ** 60),
    'other': range(100000, 100100), 'nested': [[[[[[[[1]]]]]]]],
}
for attr, values in [('maxtuple', (0, 1, 2)), ('maxlist', (0, 1, 8)), ('maxarray', (0, 1)), ('maxset', (0, 2)),
                     ('maxfrozenset', (0, 3)), ('maxdeque', (0, 1)), ('maxdict', (0, 1, 9)),
                     ('maxstring', (-1, 0, 1, 2, 3, 4, 5, 6, 10, 31)), ('maxlong', (-2, 0, 3, 4, 5, 20)),
                     ('maxother', (0, 3, 4, 9)), ('maxlevel', (0, 1, 2, 3))]:
    for v in values:
        r = Repr()
        setattr(r, attr, v)
        print(attr, v, [r.repr(x) for x in data.values()])
r = Repr()
r.fillvalue = '<+>'
r.maxlevel = 2
print([r.repr(x) for x in data.values()])
r.fillvalue = ''
print([r.repr(x) for x in data.values()])
print(list(vars(Repr())))
print(reprlib.repr(()), reprlib.repr((5,)), reprlib.repr([(1,)]), Repr().repr1((1,), 0), Repr().repr1([1], 0), Repr().repr1([], 0),
      Repr().repr1({}, 0), Repr().repr1({1: 2}, 0), Repr().repr1(set(), 0), Repr().repr1({1}, 0), Repr().repr1(array('b'), 0), Repr().repr1(array('b', [1]), 0))
print(reprlib.repr({'b': 1, 2: 'a', None: 0}) in ("{'b': 1, 2: 'a', None: 0}",), reprlib.repr({(1, 'a'), (1, 2)}) in ("{(1, 'a'), (1, 2)}", "{(1, 2), (1, 'a')}"))
print(reprlib.repr({'x': [1, 2, {'y': {'z': [1, [2, [3]]]}}]}))
print(reprlib.repr(True), reprlib.repr(2.5e300), reprlib.repr(b'x' * 50), reprlib.repr(bytearray(50)), reprlib.repr(Ellipsis))

class Spaced: pass
Weird = type('weird  type\tname', (), {'__repr__': lambda self: 'W' * 40})
class MyRepr(Repr):
    def repr_weird_type_name(self, x, level):
        return '<weird at level %d>' % level
    def repr_int(self, x, level):
        return 'int:' + super().repr_int(x, level)
    repr_float = None
print(MyRepr().repr([Weird(), 5, [Weird()]]), Repr().repr(Weird()))
try:
    MyRepr().repr(1.5)
except TypeError as e:
    print('TypeError')
class Plain(Repr):
    pass
print(Plain().repr({'k': (1, 2, 3, 4, 5, 6, 7)}), Plain().repr_list([1] * 9, 3), Plain()._repr_iterable([1, 2, 3], 2, '<', '>', 2), Plain()._repr_iterable((4,), 2, '<', '>', 2, ';'))

class Raiser:
    def __repr__(self):
        raise KeyError('bad')
s = reprlib.repr([Raiser()])
print(s.startswith('[<Raiser instance at 0x'), s.endswith('>]'))
class ExitRepr:
    def __repr__(self):
        raise SystemExit(3)
try:
    reprlib.repr(ExitRepr())
except SystemExit as e:
    print('SystemExit', e.code)

calls = []
class Tree:
    def __init__(self):
        self.kids = []
    @reprlib.recursive_repr(fillvalue='<loop>')
    def __repr__(self):
        calls.append(1)
        return 'Tree%r' % (self.kids,)
t = Tree(); u = Tree(); t.kids += [u, t]; u.kids.append(t)
print(repr(t), repr(u), len(calls))
def plain(self):
    return 'plain'
w = reprlib.recursive_repr()(plain)
print(w(1), w.__name__, w.__qualname__, w.__doc__, w.__module__, w.__annotations__, hasattr(w, '__wrapped__'))
class NoAnn:
    def __call__(self, obj):
        return 'called'
na = NoAnn()
na.__module__, na.__doc__, na.__name__, na.__qualname__ = 'm', 'd', 'n', 'q'
wna = reprlib.recursive_repr()(na)
print(wna.__annotations__, wna.__name__, wna.__qualname__, wna.__doc__, wna.__module__, wna(3))
try:
    reprlib.recursive_repr()(NoAnn())
except AttributeError as e:
    print('AttributeError:', e)
try:
    reprlib.recursive_repr()(print.__call__)
except AttributeError as e:
    print('AttributeError')
print(reprlib.__all__, reprlib.aRepr.repr is not None, type(reprlib.aRepr).__name__)
