# singledispatch with abstract base classes against CPython: implicit ABCs (by special
# methods or ABC.register) join the MRO where cls introduces them, ambiguous implicit ABCs
# raise RuntimeError, and registering a virtual subclass later invalidates the cache
import functools, abc
import collections.abc as cabc


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


@functools.singledispatch
def what(x):
    return 'object'

what.register(cabc.Sized, lambda x: 'sized')
what.register(cabc.Sequence, lambda x: 'sequence')
what.register(cabc.Mapping, lambda x: 'mapping')
what.register(cabc.MutableMapping, lambda x: 'mutable mapping')

class OnlyLen:
    def __len__(self):
        return 0

class LenIter:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())

class Seq(cabc.Sequence):
    def __getitem__(self, i):
        raise IndexError
    def __len__(self):
        return 0

class SubList(list):
    pass

for value in ([], (), 'text', b'b', {}, {1}, frozenset(), range(3), OnlyLen(), LenIter(), Seq(),
              SubList(), 5, None, {}.keys(), {}.items()):
    show(type(value).__name__, lambda: what(value))

# two unrelated implicit ABCs tie
@functools.singledispatch
def tie(x):
    return 'object'
tie.register(cabc.Sized, lambda x: 'sized')
tie.register(cabc.Iterable, lambda x: 'iterable')
tie.register(cabc.Container, lambda x: 'container')
show('LenIter tie', lambda: tie(LenIter()))
show('OnlyLen', lambda: tie(OnlyLen()))
show('list', lambda: tie([]))
show('set', lambda: tie({1}))
show('dict', lambda: tie({}))

class Coll:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
show('Collection-shaped', lambda: tie(Coll()))

# an explicit ABC base wins over an implicit one
class ExplicitIter(cabc.Iterable):
    def __iter__(self): return iter(())
    def __len__(self): return 0
show('explicit base', lambda: tie(ExplicitIter()))

# virtual subclasses registered after the first dispatch
class Plain:
    pass

class Marker(abc.ABC):
    pass

@functools.singledispatch
def mark(x):
    return 'plain'
mark.register(Marker, lambda x: 'marked')
print(mark(Plain()))
Marker.register(Plain)
print(mark(Plain()), mark.dispatch(Plain)(None))

class Other(abc.ABC):
    pass
Other.register(Plain)
mark.register(Other, lambda x: 'other')
show('two virtual', lambda: mark(Plain()))

# a subclass of a registered concrete class still prefers its own MRO
class Base: pass
class Child(Base): pass
Marker.register(Child)
@functools.singledispatch
def pick(x):
    return 'object'
pick.register(Base, lambda x: 'base')
pick.register(Marker, lambda x: 'marker')
show('child', lambda: pick(Child()))
show('base', lambda: pick(Base()))

# dispatch() and registry with ABCs
print(what.dispatch(dict) is what.registry[cabc.MutableMapping], what.dispatch(int) is what.registry[object])
print(sorted(t.__name__ for t in what.registry))

# singledispatchmethod with an ABC
class Formatter:
    @functools.singledispatchmethod
    def fmt(self, x):
        return 'generic'
    @fmt.register
    def _(self, x: cabc.Mapping):
        return 'mapping of %d' % len(x)
print(Formatter().fmt({1: 2}), Formatter().fmt(3))
