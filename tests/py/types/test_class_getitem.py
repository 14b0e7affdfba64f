# PEP 585: which classes are subscriptable (cls[int] -> types.GenericAlias) and which are not.
import collections, queue, contextlib, weakref, functools, itertools, collections.abc as cabc, dataclasses, io, types
names = """collections.deque collections.defaultdict collections.OrderedDict collections.Counter collections.ChainMap
queue.Queue queue.SimpleQueue queue.LifoQueue queue.PriorityQueue contextlib.AbstractContextManager
contextlib.nullcontext weakref.ref weakref.WeakValueDictionary weakref.WeakKeyDictionary weakref.WeakSet
functools.partial functools.cached_property cabc.Iterable cabc.Mapping cabc.Sequence cabc.Generator
cabc.Container cabc.KeysView cabc.Awaitable cabc.AsyncIterable cabc.MutableSet
dataclasses.Field enumerate type frozenset list tuple dict set memoryview slice range io.StringIO
types.MappingProxyType itertools.chain functools.partialmethod BaseExceptionGroup ExceptionGroup
int str object""".split()
for n in names:
    c = eval(n)
    try:
        a = c[int]
        print(n, repr(a), type(a) is types.GenericAlias, a.__origin__ is c, a.__args__)
    except TypeError as e:
        print(n, 'TypeError', e)
class A: pass
for bad in (A, object, int):
    try:
        bad[int]
    except TypeError as e:
        print(e)
print(type[int], type[int].__origin__ is type, dict[str, list[int]])
print(cabc.Callable[[int, str], float].__args__, cabc.Callable[..., int].__args__)
for bad in (int, (int,), ([int], str, float), (int, str)):
    try:
        cabc.Callable[bad]
    except TypeError as e:
        print('Callable', e)
print(queue.SimpleQueue, queue.Queue[int] == queue.Queue[int], list[int] | None)
