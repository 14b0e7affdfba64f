# The Python half of functools against CPython: total_ordering (all four roots, NotImplemented,
# the ValueError), cached_property (errors, __set_name__, class access), partialmethod (repr,
# nesting, descriptors, abstractness) and singledispatch / singledispatchmethod
import functools, abc


def show(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, type(e).__name__, e)


# ---- total_ordering
def make(root):
    class N:
        def __init__(self, v):
            self.v = v
        def __eq__(self, o):
            if not isinstance(o, N):
                return NotImplemented
            return self.v == o.v
        def __repr__(self):
            return 'N(%r)' % self.v
    def op(self, o, _name=root):
        if not isinstance(o, N):
            return NotImplemented
        return getattr(self.v, _name)(o.v)
    op.__name__ = root
    setattr(N, root, op)
    return functools.total_ordering(N)

for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    N = make(root)
    a, b, c = N(1), N(2), N(1)
    res = [a < b, a <= b, a > b, a >= b, b < a, b <= a, b > a, b >= a,
           a < c, a <= c, a > c, a >= c]
    print(root, res, [getattr(N, n).__name__ for n in ('__lt__', '__le__', '__gt__', '__ge__')])
    show('  vs int <', lambda: a < 5)
    show('  vs int >=', lambda: a >= 5)
    print('  direct', N.__lt__(a, 5), N.__le__(a, 5), N.__gt__(a, 5), N.__ge__(a, 5))

show('no ordering', lambda: functools.total_ordering(type('Empty', (), {})))

@functools.total_ordering
class Both:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __eq__(self, o): return self.v == o.v
print('both', Both(1) <= Both(2), Both(2) >= Both(2), Both.__le__.__name__, Both.__ge__.__name__)

class Base:
    def __lt__(self, o): return True
@functools.total_ordering
class Derived(Base):
    pass
print('inherited root', Derived() <= Derived(), Derived() > Derived())
print(functools.total_ordering(Derived) is Derived)

# ---- cached_property
class Circle:
    def __init__(self, r):
        self.r = r
        self.calls = 0
    @functools.cached_property
    def area(self):
        """The area."""
        self.calls += 1
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, c.calls, vars(c)['area'])
c.area = 99
print(c.area)
del c.area
print(c.area, c.calls)
cp = Circle.__dict__['area']
print(Circle.area is cp, cp.attrname, cp.__doc__, cp.func.__name__, type(cp).__name__)
print(cp.__set_name__(Circle, 'area'), cp.attrname)
show('two names', lambda: cp.__set_name__(Circle, 'other'))

def define_twice():
    class T:
        x = functools.cached_property(lambda self: 1)
        y = x
show('class twice', define_twice)

loose = functools.cached_property(lambda self: 5)
show('no set_name', lambda: loose.__get__(Circle(1), Circle))
print('class get', loose.__get__(None, Circle) is loose)

class Slotted:
    __slots__ = ('a',)
    @functools.cached_property
    def prop(self):
        return 1
show('slots', lambda: Slotted().prop)

class FrozenDict:
    __dict__ = property(lambda self: {'frozen': True}.items() and __import__('types').MappingProxyType({}))
    @functools.cached_property
    def prop(self):
        return 2
show('readonly dict', lambda: FrozenDict().prop)

class Boom:
    @functools.cached_property
    def bad(self):
        raise KeyError('inner')
show('raising getter', lambda: Boom().bad)
print(functools.cached_property[int])

# ---- partialmethod
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, state, *rest, **kw):
        self.state = (state, rest, sorted(kw.items()))
        return self.state
    set_alive = functools.partialmethod(set_state, True)
    set_both = functools.partialmethod(set_state, 1, 2, key='v')
    nested = functools.partialmethod(set_both, 3, more=4)
    @classmethod
    def cm(cls, *a, **kw):
        return (cls.__name__, a, sorted(kw.items()))
    cls_pm = functools.partialmethod(cm, 'x', k=1)
    @staticmethod
    def sm(*a, **kw):
        return (a, sorted(kw.items()))
    static_pm = functools.partialmethod(sm, 'y')
    lam = functools.partialmethod(lambda self, a, b: (type(self).__name__, a, b), 10)
    pm_of_partial = functools.partialmethod(functools.partial(lambda *a, **kw: (len(a), sorted(kw)), 1), z=1)

c = Cell()
print(c.set_alive(), c.set_alive(5, extra=6))
print(c.set_both(), c.nested(), c.nested(9, key='override'))
print(Cell.cls_pm(), c.cls_pm('more'), Cell.static_pm(1), c.static_pm(kw=2))
print(c.lam(20), Cell.lam(c, 30))
print(c.pm_of_partial())
pm = Cell.__dict__['set_both']
print(repr(pm).replace(hex(id(Cell.set_state)), 'ADDR').split(' at ')[0])
print(repr(functools.partialmethod(len)))
print(repr(functools.partialmethod(len, 1, 'a', key=[1])))
npm = Cell.__dict__['nested']
print(npm.func is Cell.set_state, npm.args, npm.keywords)
show('not callable', lambda: functools.partialmethod(5))
show('no func', lambda: functools.partialmethod())
bound = c.set_alive
print(type(bound).__name__, bound.func.__self__ is c, bound.args)
unbound = Cell.set_alive
print(type(unbound).__name__, unbound(c, 'u'))
print(Cell.__dict__['lam'].__isabstractmethod__, functools.partialmethod[int])

class AbstractThing(abc.ABC):
    @abc.abstractmethod
    def act(self, x):
        pass
    act_default = functools.partialmethod(act, 1)
print(sorted(AbstractThing.__abstractmethods__))

# ---- singledispatch
@functools.singledispatch
def kind(x, suffix=''):
    """Generic kind."""
    return 'object' + suffix

@kind.register
def _(x: int, suffix=''):
    return 'int' + suffix

@kind.register(float)
def _(x, suffix=''):
    return 'float' + suffix

def for_list(x, suffix=''):
    return 'list' + suffix
print(kind.register(list, for_list) is for_list)

class A: pass
class B(A): pass
class C(B): pass
kind.register(A, lambda x, suffix='': 'A' + suffix)
kind.register(C, lambda x, suffix='': 'C' + suffix)

print(kind(1), kind(True), kind(1.5, suffix='!'), kind([]), kind('s'), kind(None))
print(kind(A()), kind(B()), kind(C()), kind.__name__, kind.__doc__, kind.__wrapped__.__name__)
print(kind.dispatch(bool).__name__, kind.dispatch(B) is kind.dispatch(A), kind.dispatch(object).__name__)
print(type(kind.registry).__name__, sorted(t.__name__ for t in kind.registry))
print(kind.registry[object] is kind.__wrapped__)
show('registry readonly', lambda: kind.registry.__setitem__(str, None))
show('no args', lambda: kind())
show('no args kw', lambda: kind(suffix='x'))
show('register bad', lambda: kind.register(5))
show('register bad with func', lambda: kind.register(5, for_list))
try:
    kind.register(lambda x: x)
except TypeError as e:
    print('register unannotated', str(e).split(':')[0], str(e).split('. ')[-1])

def bad_ann(x: 'notatype'):
    pass
show('register bad annotation', lambda: kind.register(bad_ann))

# re-registering replaces and clears the dispatch cache
print(kind(B()))
kind.register(B, lambda x, suffix='': 'B' + suffix)
print(kind(B()), kind(C()))
kind._clear_cache()

@functools.singledispatch
def nameless_target(x):
    return 0
show('nameless', lambda: nameless_target())

# ---- singledispatchmethod
class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        """Format anything."""
        return 'generic %r' % (arg,)

    @fmt.register
    def _(self, arg: int):
        return 'int %d' % arg

    @fmt.register(list)
    def _(self, arg):
        return 'list %d' % len(arg)

    @functools.singledispatchmethod
    @classmethod
    def cfmt(cls, arg):
        return 'cls generic ' + cls.__name__

    @cfmt.register(str)
    @classmethod
    def _(cls, arg):
        return 'cls str ' + arg

f = Formatter()
print(f.fmt(3), f.fmt([1, 2]), f.fmt('s'), f.fmt.__name__, f.fmt.__doc__)
print(Formatter.cfmt(1), Formatter.cfmt('s'), f.cfmt('t'))
sdm = Formatter.__dict__['fmt']
print(type(sdm).__name__, sdm.__isabstractmethod__, sorted(t.__name__ for t in sdm.dispatcher.registry))
print(hasattr(f.fmt, 'register'))
show('sdm not callable', lambda: functools.singledispatchmethod(5))

# union types register every member; string annotations are resolved as typing does
@functools.singledispatch
def num(x):
    return 'other'

@num.register
def _(x: int | float):
    return 'number'

@num.register(str | bytes)
def _(x):
    return 'text'

@num.register
def _(x: 'list'):
    return 'list'

print(num(1), num(2.5), num('s'), num(b'b'), num([]), num(None))
print(sorted(t.__name__ for t in num.registry))
show('union with non-class', lambda: num.register(int | list[int], lambda x: x))

def bad_union(x: int | list[int]):
    pass
show('bad union annotation', lambda: num.register(bad_union))

# derived methods: shared between classes, CPython's qualnames, the order they are added,
# and exactly which comparisons run (results need not be bools)
calls = []
def odd(root):
    class O:
        def __eq__(self, o):
            calls.append('eq')
            return 'EQ'
        def __ne__(self, o):
            calls.append('ne')
            return 'NE'
    def op(self, o):
        calls.append(root)
        return o
    setattr(O, root, op)
    return functools.total_ordering(O)

for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    O = odd(root)
    added = [n for n in vars(O) if n in ('__lt__', '__le__', '__gt__', '__ge__') and n != root]
    print(root, added, [getattr(O, n).__qualname__ for n in added],
          getattr(O, added[0]) is getattr(make(root), added[0]))
    for name in added:
        for r in (0, 'yes'):
            calls.clear()
            print('  ', name, repr(r), repr(getattr(O, name)(O(), r)), calls)
