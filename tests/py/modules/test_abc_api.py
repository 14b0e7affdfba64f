# abc: decorators, ABCMeta caches and registry, get_cache_token, update_abstractmethods, error cases
import abc
from abc import ABC, ABCMeta, abstractmethod

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

print(sorted(n for n in dir(abc) if not n.startswith('_') and n not in ('WeakSet',)))
def f(): pass
print(abstractmethod(f) is f, f.__isabstractmethod__)

class Deco(ABC):
    @abc.abstractclassmethod
    def cm(cls): return 'cm', cls.__name__
    @abc.abstractstaticmethod
    def sm(): return 'sm'
    @abc.abstractproperty
    def prop(self): return 'prop'
    @classmethod
    @abstractmethod
    def cm2(cls): pass
    @staticmethod
    @abstractmethod
    def sm2(): pass
print(sorted(Deco.__abstractmethods__))
print(Deco.cm(), Deco.sm(), isinstance(Deco.__dict__['cm'], classmethod), isinstance(Deco.__dict__['prop'], property))
print(abc.abstractclassmethod.__isabstractmethod__, abc.abstractstaticmethod.__isabstractmethod__,
      abc.abstractproperty.__isabstractmethod__, Deco.__dict__['cm'].__func__.__isabstractmethod__)
print(abc.abstractclassmethod.__mro__[1].__name__, abc.abstractstaticmethod.__mro__[1].__name__,
      abc.abstractproperty.__mro__[1].__name__)
show('Deco()', Deco)
class Impl(Deco):
    cm = classmethod(lambda cls: 1)
    sm = staticmethod(lambda: 2)
    prop = 3
    cm2 = sm2 = None
print(Impl.__abstractmethods__, Impl().prop)

# property with abstract getter/setter
class P(ABC):
    @property
    @abstractmethod
    def x(self): pass
class P2(P):
    @P.x.getter
    def x(self): return 5
print(sorted(P.__abstractmethods__), sorted(P2.__abstractmethods__), P2().x)
show('P()', P)

# plain metaclass use, kwargs to __init_subclass__, __abstractmethods__ type
class Meta(metaclass=ABCMeta):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Meta, tag='t'): pass
print(Sub.tag, type(Meta.__abstractmethods__).__name__, type(Sub) is ABCMeta, ABC.__slots__)
print(isinstance(ABC, ABCMeta), type(ABC).__name__, ABCMeta.__name__, ABCMeta.__module__)

# register and caching
class R(ABC): pass
class Other: pass
t0 = abc.get_cache_token()
print(isinstance(Other(), R), issubclass(Other, R))
print(R.register(Other) is Other, abc.get_cache_token() > t0, isinstance(Other(), R), issubclass(Other, R))
t1 = abc.get_cache_token()
print(R.register(Other) is Other, abc.get_cache_token() == t1)
@R.register
class Dec: pass
print(Dec.__name__, issubclass(Dec, R))
class SubOther(Other): pass
print(issubclass(SubOther, R), isinstance(SubOther(), R))
show('register non-class', lambda: R.register(3))
class RSub(R): pass
show('register cycle', lambda: RSub.register(R))
print(R.register(RSub) is RSub, issubclass(RSub, R))
class Q(ABC): pass
Q.register(R)
print(issubclass(Other, Q), issubclass(RSub, Q), issubclass(int, Q))
show('issubclass(1, R)', lambda: issubclass(1, R))
show('isinstance(1, R)', lambda: isinstance(1, R))
print(R.__subclasshook__(int), ABC.__subclasshook__(int))

# __instancecheck__ with a __class__ that lies
class Liar:
    @property
    def __class__(self): return Other
print(isinstance(Liar(), R), issubclass(Liar, R))
# subclasshook answers
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            if hasattr(C, 'yes'): return True
            if hasattr(C, 'no'): return False
        return NotImplemented
class Yes:
    yes = 1
class No:
    no = 1
Hook.register(No)
class HookSub(Hook): pass
print(issubclass(Yes, Hook), issubclass(No, Hook), issubclass(Yes, HookSub), issubclass(HookSub, Hook))
print(ABCMeta.__instancecheck__(Hook, Yes()), ABCMeta.__subclasscheck__(Hook, Yes))

# instantiation messages
class One(ABC):
    @abstractmethod
    def m(self): pass
class Two(One):
    @abstractmethod
    def n(self): pass
show('One()', One)
show('Two()', Two)
class Done(Two):
    def m(self): return 'm'
    def n(self): return 'n'
print(Done().m(), Done.__abstractmethods__)
class Reab(Done):
    m = abstractmethod(lambda self: 0)
print(sorted(Reab.__abstractmethods__))

# update_abstractmethods
class U(ABC):
    @abstractmethod
    def a(self): pass
    @abstractmethod
    def b(self): pass
class UC(U):
    def a(self): pass
UC.b = lambda self: 0
print(sorted(UC.__abstractmethods__), abc.update_abstractmethods(UC) is UC, sorted(UC.__abstractmethods__))
UC.c = abstractmethod(lambda self: 0)
abc.update_abstractmethods(UC); print(sorted(UC.__abstractmethods__))
class PlainC: pass
print(abc.update_abstractmethods(PlainC) is PlainC, hasattr(PlainC, '__abstractmethods__'))
show('update int', lambda: abc.update_abstractmethods(int) is int)
class V(U):
    a = b = lambda self: 0
U.z = abstractmethod(lambda self: 0)
print(sorted(abc.update_abstractmethods(U).__abstractmethods__), sorted(abc.update_abstractmethods(V).__abstractmethods__))

# private helpers on ABCMeta
class Cache(ABC): pass
Cache.register(int)
print(issubclass(int, Cache), issubclass(str, Cache))
Cache._abc_registry_clear(); Cache._abc_caches_clear()
print(issubclass(int, Cache), issubclass(str, Cache), hasattr(Cache, '_dump_registry'))

# a __subclasshook__ answer that is not a bool
class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C): return 1
show('bad hook', lambda: issubclass(int, BadHook))
