# typing: aliases and special forms print as CPython's, Generic/TypeVar, NamedTuple, TypedDict, get_type_hints, get_origin/get_args
from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, NamedTuple, TypedDict, Iterable, Protocol, cast, get_type_hints, Literal, Set
import typing
print(List, List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None], Any, Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int])
print(Iterable[str], Literal['a', 1], Set[int], Optional[List[int]])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(Union[int, str]) is Union)
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
s = Stack[int](); s.push(1); print(s.items, T, Stack.__parameters__)
class P(NamedTuple):
    x: int
    y: int = 0
p = P(1); print(p, p._fields, P.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title='x', year=1); print(m, type(m))
def f(a: int, b: Optional[str] = None) -> List[int]: return [a]
print(get_type_hints(f), cast(int, 'x'), isinstance(3, Union[int, str]))
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2))
try: List()
except TypeError as e: print(e)
print(int | None, Optional[int] == Union[int, None])
