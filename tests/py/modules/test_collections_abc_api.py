# collections.abc: mixin methods of every ABC, registrations, __subclasshook__, abstract method sets,
# __class_getitem__ and the Callable alias, error cases
import collections.abc as cabc
from collections.abc import *

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

print(sorted(cabc.__all__))
for name in sorted(cabc.__all__):
    cls = getattr(cabc, name)
    print(name, cls.__module__, type(cls).__name__, sorted(cls.__abstractmethods__),
          [b.__name__ for b in cls.__bases__])

# registrations of built-in types and their iterators
samples = [1, 1.5, "s", b"b", bytearray(b"x"), [], (), {}, set(), frozenset(), range(3),
           memoryview(b"m"), iter([]), iter(()), iter(""), iter(b""), iter(bytearray()),
           iter({}), iter({}.values()), iter({}.items()), iter(set()), iter(range(3)),
           reversed([]), zip(), {}.keys(), {}.values(), {}.items(), len, None]
abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Collection, Callable,
        Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView,
        Sequence, MutableSequence, ByteString, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
        AsyncGenerator]
for s in samples:
    print(type(s).__name__, ''.join('1' if isinstance(s, a) else '0' for a in abcs))
def gen():
    x = yield 1
    print('gen got', x)
    yield 2
g = gen()
print(isinstance(g, Generator), isinstance(g, Iterator), issubclass(type(g), Iterable))

# __subclasshook__: structural checks and None-blocking
class H:
    __hash__ = None
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class OnlyNext:
    def __next__(self): return 1
class Rev:
    def __iter__(self): return iter([])
    def __reversed__(self): return iter([])
class Coll:
    def __len__(self): return 0
    def __iter__(self): return iter([])
    def __contains__(self, x): return False
class NoIter(Coll):
    __iter__ = None
class Aw:
    def __await__(self): return iter([])
class AIt:
    def __aiter__(self): return self
    def __anext__(self): return None
print(issubclass(H, Hashable), issubclass(It, Iterator), issubclass(OnlyNext, Iterator),
      issubclass(It, Iterable), issubclass(Rev, Reversible), issubclass(Coll, Collection),
      issubclass(NoIter, Collection), issubclass(NoIter, Sized), issubclass(Aw, Awaitable),
      issubclass(AIt, AsyncIterator), issubclass(AIt, AsyncIterable), issubclass(Coll, Container))
print(issubclass(list, Hashable), issubclass(tuple, Hashable), issubclass(Coll, Sequence),
      issubclass(dict, Reversible), issubclass(It, Generator))

# Set mixins
class LSet(Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def __repr__(self): return 'LSet(%r)' % sorted(self.items)
    __hash__ = Set._hash
a, b = LSet([1, 2, 3]), LSet([2, 3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, a & [3, 9], [3, 9] & a, a | [7], [7] | a)
print(a - [1], [1, 2, 5] - a, a ^ [1, 9], [1, 9] ^ a)
print(a <= b, a < b, a >= LSet([1]), a > LSet([1]), a == LSet([3, 2, 1]), a != b, a == {1, 2, 3},
      a <= {1, 2, 3, 4}, a < {1, 2, 3}, LSet([1]) < a)
print(a.isdisjoint([5, 6]), a.isdisjoint(iter([3])), a == [1, 2, 3], a.__le__([1]), a.__and__(5))
show('a & 5', lambda: a & 5)
show('a - 5', lambda: a - 5)
show('a ^ 5', lambda: a ^ 5)
show('a < 5', lambda: a < 5)
print(hash(LSet()) == hash(frozenset()), hash(a) == hash(frozenset([1, 2, 3])),
      hash(LSet(['x', 'y'])) == hash(frozenset(['y', 'x'])), hash(LSet([-1])) == hash(frozenset([-1])))
print(Set._hash(LSet(range(50))) == hash(frozenset(range(50))))
show('Set()', lambda: Set())

# MutableSet mixins
class MSet(LSet, MutableSet):
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)
m = MSet([1, 2, 3])
m.remove(2); print(m)
show('remove missing', lambda: m.remove(9))
print(m.pop(), m)
m |= [5, 6]; print(m)
m &= [5, 6, 7, 3]; print(m)
m ^= [6, 8]; print(m)
m -= [8]; print(m)
m ^= m; print(m)
m.add(1); m -= m; print(m)
show('pop empty', lambda: m.pop())
m.add(4); m.add(5); m.clear(); print(m, len(m))
m = MSet([1]); r = m.__ior__([2]); print(r is m, m)

# Mapping mixins
class DMap(Mapping):
    def __init__(self, **kw): self.d = dict(kw)
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __repr__(self): return 'DMap(%r)' % self.d
d = DMap(a=1, b=2)
print(d.get('a'), d.get('z'), d.get('z', 5), 'a' in d, 'z' in d, d == {'a': 1, 'b': 2}, d == DMap(b=2, a=1),
      d != {'a': 1}, d == [('a', 1)], d.__eq__(3))
print(d.keys(), type(d.items()).__name__, list(d.items()), list(d.values()), len(d.keys()))
print('a' in d.keys(), ('a', 1) in d.items(), ('a', 2) in d.items(), ('z', 1) in d.items(), 2 in d.values(), 7 in d.values())
print(d.keys() & {'a', 'q'}, d.keys() | {'c'} == {'a', 'b', 'c'}, d.items() - {('a', 1)}, d.keys() == {'a', 'b'})
print(d.keys() == {'a', 'b'}, d.items() <= {('a', 1), ('b', 2), ('c', 3)}, type(d.keys() - {'a'}).__name__)
print(Mapping.__reversed__, d.keys()._mapping is d, repr(d.values())[:11])
show('reversed(d)', lambda: reversed(d))
show('hash(d)', lambda: hash(d))
nan = float('nan')
dn = DMap(x=nan)
print(('x', nan) in dn.items(), nan in dn.values())

# MutableMapping mixins
class MMap(DMap, MutableMapping):
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
mm = MMap(a=1, b=2, c=3)
print(mm.pop('a'), mm.pop('zz', 'dflt'), mm.pop('zz', None), sorted(mm.d.items()))
show('pop missing', lambda: mm.pop('zz'))
print(mm.popitem(), mm.d)
print(mm.setdefault('b'), mm.setdefault('q', 7), mm.setdefault('q', 8), mm.d)
mm.update({'x': 1}); mm.update([('y', 2)]); mm.update(DMap(z=3)); mm.update(w=4); mm.update(); print(mm.d)
class KeysOnly:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
mm.update(KeysOnly(), other=0); print(mm.d)
mm.update(other=1, self=2); print(mm.d['other'], mm.d['self'])
show('update 2 args', lambda: mm.update({}, {}))
show('update bad', lambda: mm.update([1]))
mm.clear(); print(mm.d)
show('popitem empty', lambda: mm.popitem())
show('MutableMapping()', lambda: MutableMapping())

# Sequence mixins
class Seq(Sequence):
    def __init__(self, *v): self.v = list(v)
    def __getitem__(self, i): return self.v[i]
    def __len__(self): return len(self.v)
s = Seq(1, 2, 3, 2, 1)
print(list(s), list(reversed(s)), 2 in s, 9 in s, s.count(2), s.count(9), s.index(2), s.index(2, 2),
      s.index(1, -2), s.index(2, -4, -1), s.index(3, 0, None))
show('index missing', lambda: s.index(9))
show('index stop', lambda: s.index(3, 0, 2))
show('index start big', lambda: s.index(1, 10))
print(s.index(1, -100), nan in Seq(nan), Seq(nan).count(nan), iter(s).__class__.__name__)

# MutableSequence mixins
class MSeq(Seq, MutableSequence):
    def __setitem__(self, i, x): self.v[i] = x
    def __delitem__(self, i): del self.v[i]
    def insert(self, i, x): self.v.insert(i, x)
ms = MSeq(1, 2, 3)
ms.append(4); ms.extend([5, 6]); ms.extend(ms); print(ms.v)
ms.reverse(); print(ms.v)
print(ms.pop(), ms.pop(0), ms.pop(-2), ms.v)
ms.remove(3); print(ms.v)
show('remove missing', lambda: ms.remove(99))
r = ms.__iadd__((7, 8)); print(r is ms, ms.v)
ms += iter([9]); print(ms.v)
ms.clear(); print(ms.v)
show('pop empty', lambda: ms.pop())
MSeq(1, 2).reverse()

# Iterator / Generator / Coroutine / async mixins on plain classes
class Count(Iterator):
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
c = Count(); print(iter(c) is c, list(c))
class Gen(Generator):
    def __init__(self): self.log = []
    def send(self, v):
        self.log.append(v)
        if len(self.log) > 2: raise StopIteration
        return len(self.log)
    def throw(self, typ, val=None, tb=None):
        self.log.append(typ.__name__)
        raise StopIteration
gg = Gen(); print(next(gg), list(gg), gg.log)
gg.close(); print(gg.log)
class BadGen(Gen):
    def throw(self, typ, val=None, tb=None): return 1
show('close ignoring', lambda: BadGen().close())
class Gen2(Generator):
    def send(self, v): raise StopIteration
    def throw(self, *a): return super().throw(*a)
show('throw type', lambda: Gen2().throw(KeyError))
show('throw type val', lambda: Gen2().throw(KeyError, KeyError('kk')))
show('throw inst', lambda: Gen2().throw(ValueError('vv')))
show('throw None val', lambda: Gen2().throw(ValueError, None))
class Coro(Coroutine):
    def __await__(self): return iter([])
    def send(self, v): raise StopIteration
    def throw(self, *a): return super().throw(*a)
co = Coro(); co.close(); print('coro closed')
class BadCoro(Coro):
    def throw(self, *a): return 5
show('coro close', lambda: BadCoro().close())
show('coro throw', lambda: Coro().throw(IndexError, IndexError(3)))
class AI(AsyncIterator):
    def __anext__(self): return 'next'
ai = AI(); print(ai.__aiter__() is ai, ai.__anext__())
class AG(AsyncGenerator):
    def asend(self, v): return ('asend', v)
    def athrow(self, typ, val=None, tb=None): return 'athrow'
print(AG().__aiter__().__class__.__name__, sorted(AG.__abstractmethods__))
mp = type.__dict__
print(isinstance(mp, Mapping), isinstance(mp, MutableMapping), isinstance(mp, Collection))
show('Iterator()', lambda: Iterator())
show('Generator()', lambda: Generator())
show('Gen half', lambda: type('Half', (Generator,), {'send': lambda s, v: 1})())

# __class_getitem__ and Callable
print(Iterable[int], Mapping[str, int], MutableSequence[bytes], Set[int], KeysView[str], ItemsView[str, int])
print(Awaitable[int], Coroutine[int, str, float], AsyncGenerator[int, None], Generator[int, None, None])
print(type(Iterable[int]).__name__, Iterable[int].__origin__ is Iterable, Sequence[int].__args__)
for alias in (Callable[[int], str], Callable[[int, str], float], Callable[..., str], Callable[[], None]):
    # (the repr is left out: heapscope shows Callable[[int], str] as Callable[int, str])
    print(alias.__origin__ is Callable, alias.__args__, isinstance(alias, type(list[int])))
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str] == Callable[[str], str])
for bad in (int, (int,), (int, str, float), [int]):
    show('Callable bad', lambda: Callable[bad])
show('Callable[int, str]', lambda: Callable[int, str])
show('Callable[None, str]', lambda: Callable[None, str])
print(callable(Callable.__class_getitem__), MappingView[int], ValuesView[str], KeysView[int].__origin__ is KeysView)

# MappingView
mv = MappingView({1: 2}); print(len(mv), repr(mv), mv._mapping)
kv = KeysView({'k': 1}); print(list(kv), 'k' in kv, kv, kv == {'k'}, kv._from_iterable([1]))
iv = ItemsView({'k': 1}); print(list(iv), iv, ItemsView._from_iterable([1]))
vv = ValuesView({'k': 1}); print(list(vv), 1 in vv, vv)
show('MappingView slots', lambda: setattr(mv, 'other', 1))
print(MappingView.__slots__, KeysView.__slots__, Hashable.__slots__, Set.__slots__)
