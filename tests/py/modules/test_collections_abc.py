# collections.abc: isinstance/issubclass against the ABCs for built-in types, and mixin methods of Mapping and Sequence subclasses
import collections.abc
from collections.abc import Iterable, Mapping, MutableMapping, Sequence, Callable, Hashable, Sized, Iterator, Generator, Set, MutableSequence
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance((), Sequence), isinstance("s", Sequence))
print(isinstance(len, Callable), isinstance([], Hashable), isinstance(1, Hashable), isinstance(iter([]), Iterator))
def g(): yield 1
print(isinstance(g(), Generator), issubclass(list, MutableSequence), issubclass(dict, MutableMapping), isinstance(frozenset(), Set))
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m['a'], m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), m == {'a': 1, 'b': 2}, isinstance(m, Sized))
class Seq(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
s = Seq(); print(list(s), s.index(20), s.count(10), list(reversed(s)), 20 in s)
try: Sequence()
except TypeError as e: print(e)
print(collections.abc.Mapping.__module__, collections.abc.__name__)
import collections
print(collections.abc is collections.abc)
