# typing aliases: type variables collected once each, in order, from nested aliases, and substituted there too
import typing
from typing import List, Dict, Callable, TypeVar, Tuple
T = TypeVar('T'); S = TypeVar('S')
c = Callable[[T], T]
print(c.__parameters__, c.__args__, c[int])
a = List[Dict[T, S]]
print(a.__parameters__, a[int, str])
b = Tuple[T, List[T]]
print(b.__parameters__, b[int])
d = Dict[T, list[S]]
print(d.__parameters__, d[int, str])
print(typing.Callable[[int], str], typing.Callable[..., int], typing.Callable[[T], T][int])
