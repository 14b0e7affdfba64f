# dataclasses: Field/field options and repr, InitVar, KW_ONLY, ClassVar, params, hashing rules, errors, asdict/astuple factories, make_dataclass options, replace errors, slots
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         make_dataclass, InitVar, KW_ONLY, MISSING, Field, FrozenInstanceError)
from typing import ClassVar
import collections, functools

def err(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)

@dataclass
class A:
    x: int
    y: list = field(default_factory=list, repr=False, metadata={'unit': 'm'})
    z: int = field(default=3, compare=False, hash=True, kw_only=True)
    cv: ClassVar[int] = 10
f = fields(A)
print([x.name for x in f], [x.type for x in f])
print(repr(f[0]).replace(repr(MISSING), 'MISSING'))
print(f[1].default is MISSING, f[1].default_factory, f[1].metadata, f[1].repr, dict(f[1].metadata))
print(f[2].kw_only, f[2].compare, f[2].hash, f[0].metadata, type(f[0].metadata).__name__)
print(A(1), A(1, [2], z=5), A.cv, A.__match_args__, A(1) == A(1, z=9), A(1) == A(2))
print(A.__dataclass_params__)
print(sorted(A.__dataclass_fields__), A.__dataclass_fields__['cv']._field_type)
print(A.__doc__)
err(lambda: A(1, [], 4))
err(lambda: field(default=1, default_factory=list))
print(Field[int], isinstance(f[0], Field))

@dataclass
class P:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
p = P(3)
print(p, P(3, 5), [x.name for x in fields(P)], sorted(P.__dataclass_fields__))
print(repr(P.__dataclass_fields__['scale'].type), InitVar(list), InitVar[str], InitVar('int'))
print(replace(p, a=4))
err(lambda: replace(p, b=1))
err(lambda: replace(P(1), a=2, scale=7))

@dataclass
class NoDefaultInitVar:
    a: int
    s: InitVar[int]
    def __post_init__(self, s):
        self.total = self.a + s
err(lambda: replace(NoDefaultInitVar(1, 2), a=3))
print(NoDefaultInitVar(1, 2).total)

@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 0
    c: str
print(K(1, c='x'), K.__match_args__, [x.kw_only for x in fields(K)])
err(lambda: K(1, 2, 'c'))

def kw_twice():
    @dataclass
    class K2:
        a: int
        _: KW_ONLY
        b: KW_ONLY
err(kw_twice)

# ordering and hashing
@dataclass(order=True)
class O:
    a: int
    b: str = 'x'
print(O(1) < O(2), O(1, 'a') <= O(1, 'b'), O(2) > O(1), O(1) >= O(1), O.__hash__)
err(lambda: O(1) < 3)
print(O(1).__lt__(3), O(1).__eq__('x'))
def total_order():
    @dataclass(order=True)
    class C:
        a: int
        def __lt__(self, other): return True
err(total_order)
err(lambda: dataclass(order=True, eq=False)(type('D', (), {'__annotations__': {'a': int}})))

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash(H(1, [1])), hash(H(1)) == hash((1,)))
@dataclass(frozen=True)
class FH:
    a: int
    b: int = field(default=0, compare=False)
print(hash(FH(1, 5)) == hash((1,)), FH(1, 5) == FH(1, 6))
@dataclass(eq=False)
class NE:
    a: int
n1 = NE(1)
print(n1 == NE(1), n1 == n1, NE.__hash__ is object.__hash__)
@dataclass
class ExplicitHash:
    a: int
    def __hash__(self): return 42
print(hash(ExplicitHash(1)))
def bad_hash():
    @dataclass(unsafe_hash=True)
    class C:
        a: int
        def __hash__(self): return 1
err(bad_hash)
@dataclass(frozen=True, eq=False)
class FNoEq:
    a: int
print(FNoEq.__hash__ is object.__hash__)

# frozen
@dataclass(frozen=True)
class Fr:
    a: int
    b: int = 2
fr = Fr(1)
err(lambda: setattr(fr, 'a', 5))
err(lambda: delattr(fr, 'b'))
err(lambda: setattr(fr, 'other', 1))
print(isinstance(FrozenInstanceError(), AttributeError), FrozenInstanceError.__mro__[1].__name__)
def inherit_frozen():
    @dataclass
    class C(Fr):
        c: int = 0
err(inherit_frozen)
@dataclass
class Plain:
    a: int
def inherit_plain():
    @dataclass(frozen=True)
    class C(Plain):
        c: int = 0
err(inherit_plain)
def frozen_setattr():
    @dataclass(frozen=True)
    class C:
        a: int
        def __setattr__(self, n, v): pass
err(frozen_setattr)

# field errors
def mutable(tp):
    def f():
        @dataclass
        class C:
            x: tp = tp()
    return f
err(mutable(list)); err(mutable(dict)); err(mutable(set))
def no_annotation():
    @dataclass
    class C:
        x = field(default=1)
err(no_annotation)
def classvar_factory():
    @dataclass
    class C:
        x: ClassVar[list] = field(default_factory=list)
err(classvar_factory)
def order_defaults():
    @dataclass
    class C:
        x: int = 0
        y: int
err(order_defaults)

# options
@dataclass(init=False, repr=False, eq=False, match_args=False)
class Opt:
    a: int = 1
o = Opt()
print(o.a, '__match_args__' in Opt.__dict__, repr(o).startswith('<'), '__init__' in Opt.__dict__)
@dataclass
class SelfField:
    self: int
    other: int = 2
print(SelfField(self=5), SelfField(1, 3))
@dataclass
class Rec:
    a: object = None
r = Rec(); r.a = r
print(r)
@dataclass
class Custom:
    a: int
    def __repr__(self): return 'custom'
    def __eq__(self, o): return True
print(Custom(1), Custom(1) == 5)

# slots
@dataclass(slots=True, frozen=True)
class SF:
    a: int
    b: int = 2
sf = SF(1)
print(sf, hash(sf) == hash((1, 2)), SF.__slots__)
err(lambda: setattr(sf, 'a', 3))

# asdict / astuple
Pt = collections.namedtuple('Pt', 'x y')
@dataclass
class Deep:
    items: list
    mapping: dict
    pt: Pt
    nested: A
    tup: tuple = (1, 2)
d = Deep([A(1), 2], {'k': A(2)}, Pt(1, A(3)), A(4))
print(asdict(d))
print(astuple(d))
print(asdict(A(1), dict_factory=lambda kv: list(kv)))
print(astuple(A(1, [5]), tuple_factory=list))
od = asdict(A(1), dict_factory=collections.OrderedDict)
print(type(od).__name__, list(od))
lst = [1, [2]]
cp = asdict(Deep(lst, {}, Pt(0, 0), A(0)))
print(cp['items'] is lst, cp['items'] == lst)
err(lambda: asdict(A)); err(lambda: astuple(5)); err(lambda: replace(5))
err(lambda: fields(5)); err(lambda: fields(object))
print(fields(A(1)) == fields(A), is_dataclass(A(1)), is_dataclass(int))

# make_dataclass
M = make_dataclass('M', ['a', ('b', int), ('c', list, field(default_factory=list))],
                   bases=(object,), namespace={'double': lambda self: self.b * 2},
                   frozen=True, order=True)
m = M(1, 2)
print(m, m.double(), M.__name__, M.__qualname__, [x.type for x in fields(M)], M(1, 2) < M(1, 3))
err(lambda: setattr(m, 'a', 0))
err(lambda: make_dataclass('X', [('a', int, 1, 2)]))
err(lambda: make_dataclass('X', ['a', 'a']))
err(lambda: make_dataclass('X', ['not valid']))
err(lambda: make_dataclass('X', [(1, int)]))
KM = make_dataclass('KM', [('a', int)], kw_only=True, repr=False)
print(KM(a=1).a, repr(KM(a=1)).startswith('<'))
err(lambda: KM(1))
SM = make_dataclass('SM', [('a', int)], slots=True)
print(SM.__slots__, SM(4))

# descriptors and inheritance
@dataclass
class Base:
    a: int
    b: int = 1
@dataclass
class Derived(Base):
    a: int = 5
    c: int = 2
print(Derived(), [x.name for x in fields(Derived)], Derived.__match_args__)
class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
    def __get__(self, obj, tp):
        return 99
    def __set__(self, obj, v):
        pass
@dataclass
class WithDesc:
    d: int = Desc()
print(WithDesc().d, WithDesc(1).d)
print(dataclasses.__all__ if hasattr(dataclasses, '__all__') else None)
