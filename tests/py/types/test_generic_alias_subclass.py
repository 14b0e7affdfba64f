# Regression: types.GenericAlias subclasses can be instantiated (ga_new allocates through
# the subclass's tp_alloc), so collections.abc.Callable[...] is a _CallableGenericAlias with
# CPython's repr and flattened __args__; aliases substitute typing.TypeVar parameters.
import collections.abc
import types
import typing
import weakref
from collections.abc import Callable


class A(types.GenericAlias):
    pass


class B(types.GenericAlias):
    __slots__ = ()

    def __repr__(self):
        return "B:" + super().__repr__()


a = A(list, (int,))
print(type(a).__name__, a, a.__args__, a.__origin__, a.__parameters__)
print(a == list[int], list[int] == a, hash(a) == hash(list[int]))
print(isinstance(a, types.GenericAlias), type(a) is A)
print(A(dict, str), repr(B(tuple, (int, ...))))
print(A(list, int) | None, int | A(set, str))
r = weakref.ref(B(list, int))
print(r())
try:
    A(list)
except TypeError as e:
    print("TypeError:", e)
try:
    A(list, int, x=1)
except TypeError as e:
    print("TypeError:", e)

# collections.abc.Callable
samples = [Callable[[int], str], Callable[..., int], Callable[[], None],
           Callable[[int, str], list[int]], Callable[[Callable[[int], str]], bytes]]
for c in samples:
    print(repr(c), type(c).__name__, c.__args__, c.__origin__ is Callable, c.__parameters__)
c = Callable[[int], str]
print(c == Callable[[int], str], hash(c) == hash(Callable[[int], str]))
print(c.__reduce__())
print(Callable[..., int].__reduce__())
for bad in (int, (int,), ("x", int)):
    try:
        Callable[bad]
    except TypeError as e:
        print("TypeError:", e)

# type variables
T = typing.TypeVar("T")
S = typing.TypeVar("S")
print(list[T], list[T].__parameters__, list[T][int], type(list[T][int]).__name__)
print(dict[str, T][bytes], dict[T, list[S]].__parameters__, dict[T, list[S]][int, str])
print(dict[T, list[T]][float], tuple[T, ...][int])
g = Callable[[T], T]
print(g, g.__parameters__, g.__args__)
print(g[int], type(g[int]).__name__, g[int].__args__)
h = Callable[[T, S], list[T]]
print(h.__parameters__, h[int, str], h[str, bytes].__args__)
print(Callable[..., T][int])
for alias, item in ((list[int], int), (dict[T, int], (int, str)), (dict[T, S], int)):
    try:
        alias[item]
    except TypeError as e:
        print("TypeError:", e)

# typing.Callable is typing's own alias and still works
print(typing.Callable[[int], str], typing.Callable[..., int], typing.Callable[[T], T][int])
print(typing.List[T][int], typing.Dict[str, int])
