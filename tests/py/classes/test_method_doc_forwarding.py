# Regression: a bound method's __doc__ is its function's (CPython: method_get_doc), so
# Point._make.__doc__ is not None; other attributes the method type lacks come from __func__.
import collections


class C:
    def f(self):
        "doc of f"

    def g(self):
        pass

    @classmethod
    def k(cls):
        "doc of k"


Point = collections.namedtuple("Point", "x y")
print(Point._make.__doc__)
print(Point._make.__doc__ == Point._make.__func__.__doc__)
c = C()
print(c.f.__doc__, c.g.__doc__, C.k.__doc__)
C.f.__doc__ = "changed"
print(c.f.__doc__)
C.g.custom = 42
print(c.g.custom, c.f.__name__, c.f.__qualname__, c.f.__module__)
print(c.f.__defaults__, c.f.__code__.co_name, c.f.__annotations__, c.f.__kwdefaults__)
print(type(c.f).__doc__)
try:
    c.f.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.f.__doc__ = "x"
except AttributeError as e:
    print("AttributeError:", e)


class Callable:
    "callable instance doc"

    def __call__(self, obj):
        return obj


import types
m = types.MethodType(Callable(), 5)
print(m.__doc__, m())
