# dataclasses: string annotations (ClassVar/InitVar/KW_ONLY recognised by name), abstract methods recomputed, slots inheritance and errors, weakref_slot
import abc
import dataclasses
import typing
import collections
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar

def err(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)

@dataclass
class S:
    a: 'int'
    b: 'ClassVar[int]' = 5
    c: 'typing.ClassVar' = 6
    d: 'InitVar[int]' = 1
    e: 'dataclasses.InitVar[str]' = 'z'
    _: 'KW_ONLY'
    f: 'str' = 'f'
    def __post_init__(self, d, e):
        self.extra = (d, e)
s = S(1, 2, 'y', f='g')
print(s, s.extra, [x.name for x in fields(S)], [x.type for x in fields(S)])
print({k: v._field_type for k, v in S.__dataclass_fields__.items()})
print(S.__match_args__, S.__doc__)

@dataclass
class T:
    a: 'list[int]' = field(default_factory=list)
    b: 'ClassVarish' = 0
print(T(), [x.name for x in fields(T)], fields(T)[1].type)

@dataclass
class T2:
    x: 'dataclasses.KW_ONLY'
    y: int = 1
print(T2(y=3), [x.kw_only for x in fields(T2)])
@dataclass
class T3:
    a: 'ClassVar' = 1
    b: 'notamodule.ClassVar' = 2
    c: 'InitVar' = 3
print(T3(), {k: v._field_type for k, v in T3.__dataclass_fields__.items()})

# abstract methods are recomputed after the methods are added
class AbstractBase(abc.ABC):
    @abc.abstractmethod
    def __repr__(self): ...
    @abc.abstractmethod
    def other(self): ...
@dataclass
class Concrete(AbstractBase):
    a: int
    def other(self): return 1
print(sorted(Concrete.__abstractmethods__), Concrete(2))
@dataclass
class StillAbstract(AbstractBase):
    a: int
print(sorted(StillAbstract.__abstractmethods__))
err(lambda: StillAbstract(1))

# slots: inherited slots are not repeated, already-specified __slots__ is an error
@dataclass(slots=True)
class B1:
    a: int
@dataclass(slots=True)
class B2(B1):
    b: int = 0
print(B2.__slots__, B2(1, 2), B1.__slots__)
def twice():
    @dataclass(slots=True)
    class C:
        __slots__ = ('a',)
        a: int
err(twice)
@dataclass(slots=True)
class WithInitFalse:
    a: int
    b: int = field(default=7, init=False)
print(WithInitFalse(1), WithInitFalse.__slots__)
@dataclass(slots=True)
class Doc:
    """doc text"""
    a: int
print(Doc.__doc__, Doc.__qualname__, Doc.__module__)
class Outer:
    @dataclass(slots=True)
    class Inner:
        a: int = 0
print(Outer.Inner.__qualname__, Outer.Inner())

# weakref_slot
import weakref
@dataclass(slots=True, weakref_slot=True)
class WS:
    a: int
w = WS(1)
print(WS.__slots__, weakref.ref(w)() is w, hasattr(w, '__dict__'))
err(lambda: dataclass(weakref_slot=True)(type('E', (), {'__annotations__': {'a': int}})))
@dataclass(slots=True)
class NoWeak:
    a: int
err(lambda: weakref.ref(NoWeak(1)))
print(dataclass(slots=True)(type('F', (), {'__annotations__': {}})).__slots__)
WM = dataclasses.make_dataclass('WM', ['a'], slots=True, weakref_slot=True)
wm = WM(1)
print(WM.__slots__, weakref.ref(wm)() is wm)

# ClassVar fields and kw_only; keywords as field names
@dataclass
class CV:
    a: int
    b: ClassVar[int] = 3
print(CV.__dataclass_fields__['b'].kw_only is dataclasses.MISSING, CV.__dataclass_fields__['a'].kw_only)
def classvar_kw():
    @dataclass
    class C:
        b: ClassVar[int] = field(default=3, kw_only=True)
err(classvar_kw)
err(lambda: dataclasses.make_dataclass('X', ['class']))
err(lambda: dataclasses.make_dataclass('X', [('def', int)]))

# equality compares field tuples (identical objects are equal even when == says no)
nan = float('nan')
@dataclass(order=True)
class N:
    v: float
print(N(nan) == N(nan), N(nan) == N(float('nan')), N(1) == N(1.0), N(1) <= N(1.0))

# generated __doc__ and method names
@dataclass(init=False)
class NoInit:
    a: int = 1
class WithInit:
    def __init__(self, q, r: 'str' = 'x'): pass
@dataclass(init=False)
class Inherited(WithInit):
    a: int
@dataclass
class Own:
    a: int
    def __init__(self, x, /, y: 'int' = 3, *args, z, w=2, **kw): pass
@dataclass
class Typed:
    a: typing.List[int]
    b: 'typing.Dict'
    c: list[int] = None
    d: typing.Optional[str] = None
    e: InitVar[int] = 0
    f: collections.OrderedDict = field(default_factory=collections.OrderedDict)
@dataclass
class Empty:
    pass
for k in (NoInit, Inherited, Own, Typed, Empty, Outer.Inner):
    print(k.__doc__)
print(Typed.__init__.__annotations__, Typed.__init__.__defaults__, Empty.__init__.__annotations__)
print(Typed.__init__.__qualname__, Typed.__repr__.__qualname__, Typed.__eq__.__qualname__, Typed.__repr__.__wrapped__.__qualname__)
@dataclass(frozen=True, order=True)
class FQ:
    a: int
print(FQ.__hash__.__qualname__, FQ.__setattr__.__qualname__, FQ.__delattr__.__qualname__, FQ.__lt__.__qualname__, FQ.__match_args__)

# frozen slots classes get __getstate__/__setstate__
@dataclass(frozen=True, slots=True)
class FS:
    a: int
    b: str = 'b'
fs = FS(1)
print(fs.__getstate__(), FS.__getstate__.__name__)
fs2 = FS.__new__(FS); fs2.__setstate__([5, 'q']); print(fs2)

# __doc__ follows the first Python __new__/__init__ along the MRO
class NewBase:
    def __new__(cls, token, *, flag=False):
        return super().__new__(cls)
@dataclass(init=False)
class FromNew(NewBase):
    a: int = 0
@dataclass
class InitWins(NewBase):
    a: int = 0
@dataclass(init=False)
class FromInt(int):
    a: int = 0
def ann_init(self, a: typing.Optional[int], b: 'x' = None, *rest: int, c: list[int], **more) -> int: pass
@dataclass
class Annotated:
    a: int
    __init__ = ann_init
for k in (FromNew, InitWins, FromInt, Annotated):
    print(repr(k.__doc__))
