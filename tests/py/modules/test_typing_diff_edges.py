# typing details found by differential testing against CPython 3.11
import typing

T = typing.TypeVar('T')
S = typing.TypeVar('S')

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class G(typing.Generic[T]): pass
class G2(typing.Generic[T, S]): pass
class Proto(typing.Protocol):
    def meth(self) -> int: ...
class Impl(Proto):
    def __init__(self, x=0):
        self.x = x
class Impl2(Proto): pass

show('Any()', lambda: typing.Any())
class SubAny(typing.Any): pass
show('SubAny()', lambda: type(SubAny()).__name__)
show('Proto()', lambda: Proto())
show('Impl(3)', lambda: Impl(3).x)
show('Impl2()', lambda: type(Impl2()).__name__)
show('Impl2(1)', lambda: Impl2(1))
show('Optional[int, str]', lambda: typing.Optional[int, str])
show('Optional[()]', lambda: typing.Optional[()])
show('ClassVar[int, str]', lambda: typing.ClassVar[int, str])
show('Final[()]', lambda: typing.Final[()])
show('ClassVar[1]', lambda: typing.ClassVar[1])
show('Union[ClassVar[int], str]', lambda: typing.Union[typing.ClassVar[int], str])
show('Union[int, ()]', lambda: typing.Union[int, ()])
show('Union[1]', lambda: typing.Union[1])
show('Union[typing.Union]', lambda: typing.Union[typing.Union, int])
show('Union[[int], int]', lambda: typing.Union[[int], int])
show('Literal[1, 1]', lambda: typing.Literal[1, 1].__args__)
show('Literal[1, True]', lambda: typing.Literal[1, True].__args__)
show('Literal[int, str]', lambda: typing.Literal[int, str])
show('Literal nested', lambda: typing.Literal[typing.Literal[1, 2], 3])
show('Literal[[1], [1]]', lambda: typing.Literal[[1], [1]].__args__)
show('G[int, str]', lambda: G[int, str])
show('G[()]', lambda: G[()])
show('G2[int]', lambda: G2[int])
show('G2[int, str]', lambda: G2[int, str])
show('Dict[str, T][int, int]', lambda: typing.Dict[str, T][int, int])
show('Union[T, int][int]', lambda: typing.Union[T, int][int])
show('Union[T, int][int, str]', lambda: typing.Union[T, int][int, str])
show('Union[T, int][[int]]', lambda: typing.Union[T, int][[int]])
show('Union[T, str][int]', lambda: typing.Union[T, str][int])
show('Protocol[int]', lambda: typing.Protocol[int])
show('Protocol[()]', lambda: typing.Protocol[()])
show('Protocol[T, T]', lambda: typing.Protocol[T, T])
show('Protocol[T]', lambda: typing.Protocol[T])
show('runtime_checkable(int)', lambda: typing.runtime_checkable(int))
show('runtime_checkable(G)', lambda: typing.runtime_checkable(G))
show('runtime_checkable(Proto)', lambda: typing.runtime_checkable(Proto).__name__)

class TD(typing.TypedDict):
    a: int
    b: str
class TD2(TD, total=False):
    c: int
class TD3(TD2):
    d: int
for td in (TD, TD2, TD3, typing.TypedDict('X', {'a': int}, total=False), typing.TypedDict('Y', {'q': int})):
    print(td.__name__, sorted(td.__required_keys__), sorted(td.__optional_keys__), td.__total__)

# Literal equality compares values with their types, ignoring order
L = typing.Literal
for a, b in [(L[1], L[True]), (L[1, 2], L[2, 1]), (L[1], L[1]), (L['a'], L[b'a']), (L[0], L[False]), (L[1, 2], L[1])]:
    print(a, b, a == b, hash(a) == hash(b) if a == b else '-')
show('Literal == int', lambda: L[1] == 1)
show('Literal == Union', lambda: L[1] == typing.Union[int, str])
