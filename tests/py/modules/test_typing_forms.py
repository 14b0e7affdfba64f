# typing: special forms (repr, errors, isinstance), alias calls/mro, Union flattening and equality, Literal/Annotated/Callable, TypeVar, Generic, Protocol, NamedTuple/TypedDict errors, helpers
import typing
from typing import (Any, NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar, Final, Union,
                    Optional, Literal, Annotated, Callable, Tuple, List, Dict, Set, FrozenSet, Type,
                    Deque, DefaultDict, Counter, Sequence, Mapping, Iterable, Generator, Hashable,
                    TypeVar, Generic, Protocol, NamedTuple, TypedDict, runtime_checkable)
import collections

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

for form in (NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar, Final, Union, Optional):
    print(repr(form), form.__reduce__())
    show('call', lambda: form())
    show('isinstance', lambda: isinstance(1, form))
    show('issubclass', lambda: issubclass(int, form))
for form in (NoReturn, Never, Self, LiteralString, TypeAlias):
    show('getitem', lambda: form[int])
print(NoReturn | int, int | NoReturn)
print(repr(Any), Any.__doc__ is not None, issubclass(Any, object))
show('isinstance Any', lambda: isinstance(1, Any))
class Sub(Any): pass
print(isinstance(Sub(), Sub), repr(Sub).startswith("<class"))
print(ClassVar[int], Final[str], ClassVar[None], Final['X'])
show('empty union', lambda: Union[()])
print(Union[int], Union[int, int], Union[int, str, int], Union[Union[int, str], float])
print(Union[None, int], Union[int, str, None], Optional[None], Optional['Q'])
print(Union[int, str] == Union[str, int], Union[int, str] == int | str, Union[int, str] == 5)
print(hash(Union[int, str]) == hash(Union[str, int]))
print(isinstance('a', Union[int, str]), issubclass(bool, Union[int, str]), isinstance(1.0, Optional[int]))
print(Literal[1], Literal[1, 'x', None], Literal[(2, 3)], Annotated[int, 'meta', 3])
show('annotated', lambda: Annotated[int])
a = Annotated[List[int], 'm']
print(a.__metadata__, typing.get_origin(a) is Annotated, typing.get_args(a))
print(Callable[[], int], Callable[[int], List[str]], Callable[..., None])
show('callable', lambda: Callable[int])
print(typing.get_args(Callable[[int, str], bool]), typing.get_args(Callable[..., int]))
print(Tuple[int], Tuple[int, str], Tuple[()], Tuple[int, ...], typing.get_args(Tuple[()]))
print(List, Dict, Set, FrozenSet, Type, Deque, DefaultDict, Counter, Sequence, Mapping, Generator)
print(List[int], Dict[str, List[int]], Type[int], Deque[int], Sequence[int], Hashable)
show('too many', lambda: List[int, str])
show('too few', lambda: Dict[int])
show('hashable', lambda: Hashable[int])
for alias in (List, Dict, Set, Tuple, Type, FrozenSet):
    show('inst', lambda: alias())
print(Deque([1, 2]), DefaultDict(int), Counter('aab'))
dq = Deque[int]([3])
print(dq, type(dq).__name__)
show('List[int]()', lambda: List[int]())
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping))
show('sub generic', lambda: isinstance([], List[int]))
show('sub generic2', lambda: issubclass(list, List[int]))
print(List[int] == List[int], List[int] == List[str], List[int] == 3, hash(List[int]) == hash(List[int]))
print(List[int] | None, None | List[int], List | int, int | List)
print(List.__name__ if hasattr(List, '__name__') else '-', List.append is list.append)
print(Dict[str, int].__origin__, Dict[str, int].__args__, List[int].__parameters__)
T = TypeVar('T'); KT = TypeVar('KT', str, bytes); Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True); B = TypeVar('B', bound=int)
print(T, KT, Co, Contra, B, T.__name__, KT.__constraints__, B.__bound__, Co.__covariant__)
print(T.__module__, typing.AnyStr, typing.AnyStr.__constraints__)
show('bivariant', lambda: TypeVar('X', covariant=True, contravariant=True))
show('single', lambda: TypeVar('X', int))
show('bound+constraints', lambda: TypeVar('X', int, str, bound=int))
print(T | int, int | T, List[T], List[T].__parameters__, List[T][int], Dict[str, T][int])
show('generic nontv', lambda: Generic[int])
show('generic dup', lambda: Generic[T, T])
print(Generic[T], Generic[T, KT])
class Box(Generic[T]):
    pass
class Pair(Box[T], Generic[T, KT]):
    pass
print(Box.__parameters__, Pair.__parameters__, Box[int], Box[int]().__orig_class__, Box.__mro__)
print(Pair.__mro__)
class Closable(Protocol):
    def close(self): ...
@runtime_checkable
class Sized2(Protocol):
    def size(self): ...
class F:
    def close(self): pass
    def size(self): return 0
print(Closable._is_protocol, Sized2._is_runtime_protocol, isinstance(F(), Sized2), isinstance(1, Sized2))
class Impl(Closable):
    pass
print(Impl._is_protocol)
print(typing.cast(str, 1), typing.no_type_check(show) is show)
show('assert_never', lambda: typing.assert_never('x' * 200))
show('assert_never short', lambda: typing.assert_never(3))
@typing.overload
def ov(x: int) -> int: ...
show('overload', lambda: ov(1))
@typing.final
class Fin: pass
print(Fin.__final__, typing.final(3))
print(typing.get_origin(List[int]), typing.get_origin(List), typing.get_origin(int), typing.get_origin(Generic),
      typing.get_origin(int | str), typing.get_origin(Optional[int]) is Union, typing.get_origin(list[int]))
print(typing.get_args(int), typing.get_args(int | str), typing.get_args(list[int]), typing.get_args(Union[int, str]))
class Emp(NamedTuple):
    name: str
    id: int = 3
    def describe(self): return f'{self.name}#{self.id}'
print(Emp('a'), Emp('b', 4).describe(), Emp._fields, Emp._field_defaults, Emp.__module__)
def bad_nt():
    class Bad(NamedTuple):
        a: int = 1
        b: int
show('nt default', bad_nt)
def bad_nt2():
    class Bad(NamedTuple):
        a: int = 1
        b: int = 2
        c: str
show('nt defaults', bad_nt2)
E2 = NamedTuple('E2', x=int, y=str)
print(E2(1, 'a'), E2.__annotations__)
class Movie(TypedDict, total=False):
    title: str
class Film(Movie):
    year: int
print(Movie.__total__, Film.__annotations__, Film(title='a', year=1))
show('td isinstance', lambda: isinstance({}, Movie))
show('td issubclass', lambda: issubclass(dict, Movie))
TD = TypedDict('TD', {'a': int})
print(TD(a=1), TD.__annotations__, TD.__total__)
def g(x: 'int', y: None) -> 'List[int]': pass
print(typing.get_type_hints(g))
class HasAnn:
    a: int
    b: 'str'
class Child(HasAnn):
    c: None
print(typing.get_type_hints(Child))
print(typing.ForwardRef('x'), typing.ForwardRef('x') == typing.ForwardRef('x'), typing.TYPE_CHECKING, typing.Text)
