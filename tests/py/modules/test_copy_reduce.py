# copy: the reduce protocol (copyreg.dispatch_table, __reduce_ex__, __reduce__, string results), reconstruction with state/slot state/list and dict items/__setstate__, memo use, atomic types, methods, weak references and the errors
import copy
import copyreg
import types
import weakref

print(copy.Error is copy.error, issubclass(copy.Error, Exception), sorted(copy.__all__))

class Plain:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return 'Plain(%s)' % ', '.join('%s=%r' % kv for kv in sorted(self.__dict__.items()))

p = Plain(a=[1, 2], b={'k': (3, [4])})
s = copy.copy(p)
d = copy.deepcopy(p)
print(s, s.a is p.a, d, d.a is p.a, d.b['k'][1] is p.b['k'][1])

# atomic types come back as themselves from both copies
def func():
    pass
atoms = [None, 1, 2.5, True, 3j, 'str', b'by', range(3), func, len, Ellipsis, NotImplemented,
         int, Plain, property(), func.__code__, slice(1, 2), frozenset(), ()]
print([copy.copy(x) is x for x in atoms])
print([copy.deepcopy(x) is x for x in atoms])
print(copy.deepcopy((1, 'a', (2,))) is not None, copy.deepcopy((1, [2]))[1] == [2])
sl = slice(1, [2])
print(copy.deepcopy(sl) == sl, copy.deepcopy(sl) is sl, copy.deepcopy(sl).stop is sl.stop)

# weak references are atomic
r = weakref.ref(p)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy([r])[0] is r)

# bound methods: deepcopy copies the instance
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        return self.n
c = Counter()
m = copy.deepcopy(c.bump)
print(type(m).__name__, m.__self__ is c, m(), m(), c.n)

# __reduce_ex__ returning a string: the object itself
class Single:
    def __reduce_ex__(self, proto):
        print('reduce_ex', proto)
        return 'Single'
one = Single()
print(copy.copy(one) is one, copy.deepcopy(one) is one)

# __reduce__ only is reached through object.__reduce_ex__
class ByReduce:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        print('reduce called')
        return (ByReduce, (self.v,), {'extra': [self.v]})
br = copy.deepcopy(ByReduce([1]))
print(br.v, br.extra)

# full five-tuple: state, list items and dict items
class Bag(list):
    pass
class Table(dict):
    pass
class Full:
    def __init__(self, tag=None):
        self.tag = tag
        self.items = []
        self.map = {}
    def append(self, x):
        self.items.append(x)
    def __setitem__(self, k, v):
        self.map[k] = v
    def __reduce_ex__(self, proto):
        return (Full, ('T',), {'note': ['n']}, iter([[1], [2]]), iter([('a', [3]), ('b', [4])]))
f = Full()
for fn in (copy.copy, copy.deepcopy):
    g = fn(f)
    print(g.tag, g.note, g.items, sorted(g.map.items()))
bag = Bag([[1], [2]])
bag.attr = 'x'
for fn in (copy.copy, copy.deepcopy):
    b2 = fn(bag)
    print(type(b2).__name__, b2, b2.attr, b2[0] is bag[0])
tb = Table(a=[1])
tb.extra = {'e': 1}
for fn in (copy.copy, copy.deepcopy):
    t2 = fn(tb)
    print(type(t2).__name__, t2, t2.extra, t2['a'] is tb['a'], t2.extra is tb.extra)

# state as (dict, slotstate) with and without __setstate__
class Mixed:
    __slots__ = ('x', 'y', '__dict__')
m = Mixed()
m.x = [1]
m.z = 'dict'
for fn in (copy.copy, copy.deepcopy):
    m3 = fn(m)
    print(m3.x, m3.z, hasattr(m3, 'y'), m3.x is m.x)
class SlotState:
    def __init__(self):
        self.a = 1
    def __reduce_ex__(self, proto):
        return (SlotState.__new__, (SlotState,), (None, {'s': [5]}))
ss = copy.deepcopy(SlotState())
print(ss.s, hasattr(ss, 'a'))
class WithSet:
    def __reduce_ex__(self, proto):
        return (WithSet, (), ('packed', [1]))
    def __setstate__(self, state):
        print('setstate got', state)
        self.state = state
print(copy.copy(WithSet()).state, copy.deepcopy(WithSet()).state)
class FalseState:
    def __reduce_ex__(self, proto):
        return (FalseState, (), {})
    def __setstate__(self, state):
        print('never for empty dict? ', state)
copy.copy(FalseState())

# copyreg.dispatch_table takes precedence over __reduce_ex__
class Reg:
    def __init__(self, v):
        self.v = v
    def __reduce_ex__(self, proto):
        raise AssertionError('not used')
def reduce_reg(obj):
    print('dispatch_table reducer')
    return (Reg, (obj.v * 10,))
copyreg.pickle(Reg, reduce_reg)
print(copy.copy(Reg(1)).v, copy.deepcopy(Reg(2)).v)
del copyreg.dispatch_table[Reg]

# __copy__ is looked up on the class, __deepcopy__ on the instance
class Hooks:
    pass
h = Hooks()
h.__copy__ = lambda: 'instance copy'
h.__deepcopy__ = lambda memo: 'instance deepcopy'
print(type(copy.copy(h)).__name__, copy.deepcopy(h))

# memo: a supplied memo is filled and consulted
memo = {}
inner = [1]
outer = [inner, inner]
dc = copy.deepcopy(outer, memo)
print(dc[0] is dc[1], memo[id(inner)] is dc[0], memo[id(outer)] is dc, any(v is outer for v in memo.get(id(memo), [])))
pre = {id(inner): 'replaced'}
print(copy.deepcopy(outer, pre))
print(copy.deepcopy(5, memo) == 5)

# recursive structures through dicts, tuples and reduce
rd = {}
rd['self'] = rd
rt = ([],)
rt[0].append(rt)
cd, ct = copy.deepcopy(rd), copy.deepcopy(rt)
print(cd['self'] is cd, cd is not rd, ct[0][0] is ct, ct is not rt)
bag2 = Bag()
bag2.append(bag2)
bag2.me = bag2
cb = copy.deepcopy(bag2)
print(cb[0] is cb, cb.me is cb, cb is not bag2)

# types that cannot be copied
class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(NoReduce())
    except copy.Error as e:
        print(type(e).__name__, e)
class Refuses:
    def __reduce_ex__(self, proto):
        raise TypeError('cannot pickle %r object' % type(self).__name__)
for fn in (copy.copy, copy.deepcopy):
    try:
        fn([Refuses()])
    except TypeError as e:
        print(type(e).__name__, e)
print(copy.copy([1, 2]) == [1, 2], copy.copy({1: 2}), copy.copy({3}), copy.copy(bytearray(b'ab')))
print(copy.deepcopy(types.SimpleNamespace(a=[1])), copy.copy(types.SimpleNamespace(b=2)))
