# abc: ABCMeta, abstractmethod (also under property), instantiation errors, __subclasshook__, register
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def g(self): pass
try: A()
except TypeError as e: print(e)
print(sorted(A.__abstractmethods__), type(A).__name__)
class B(A):
    def f(self): return 1
try: B()
except TypeError as e: print(e)
class C(B):
    def g(self): return 2
c = C(); print(c.f(), c.g(), isinstance(c, A), issubclass(C, A))
class Proto(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'quack') else NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Proto), isinstance(1, Proto))
class Reg(abc.ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg))
class P(abc.ABC):
    @property
    @abc.abstractmethod
    def v(self): ...
try: P()
except TypeError as e: print(e)
print(abc.ABCMeta, abc.ABC.__abstractmethods__)
try: object.__new__(A)
except TypeError as e: print(e)
