# Regression: copying an object whose type cannot be rebuilt fails as CPython 3.11's
# object.__reduce_ex__ does: "cannot pickle 'generator' object" for types without tp_new
# (reduce_newobj), and for protocol 2+ without __getnewargs__ when the instance holds C data
# its dict and slots cannot carry (object_getstate_default(required=1)): module, RLock, ...
# Also: repr of a module made by module.__new__ alone is "<module '?'>" (it crashed).
import _thread
import collections
import copy
import sys
import types


def gen():
    yield 1


class P(property):
    pass


class Slotted:
    __slots__ = ("a", "b", "__weakref__")


class WithArgs:
    def __init__(self, x):
        self.x = x

    def __getnewargs__(self):
        return (self.x,)

    def __new__(cls, x):
        self = super().__new__(cls)
        self.x = x
        return self


class MyList(list):
    pass


class MyDict(dict):
    pass


class Plain:
    pass


try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__

cases = [("generator", gen()), ("frame", sys._getframe()), ("module", sys),
         ("lock", _thread.allocate_lock()), ("RLock", _thread.RLock()),
         ("dict_keys", {}.keys()), ("getset", int.__dict__["real"]), ("traceback", tb),
         ("mappingproxy", types.MappingProxyType({})), ("staticmethod", staticmethod(len)),
         ("memoryview", memoryview(b"ab")), ("property subclass", P())]
for name, obj in cases:
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(obj)
            print(name, fn.__name__, "copied")
        except TypeError as e:
            print(name, fn.__name__, "TypeError:", e)
    for proto in (2, 4):
        try:
            obj.__reduce_ex__(proto)
            print(name, proto, "reduced")
        except TypeError as e:
            print(name, proto, "TypeError:", e)

# what still copies
s = Slotted()
s.a = 1
p = Plain()
p.v = [1]
w = WithArgs(5)
ml = MyList([1, 2])
ml.tag = "t"
md = MyDict(a=1)
for obj in (s, p, w, ml, md, object(), types.SimpleNamespace(q=1), collections.OrderedDict(z=1)):
    c = copy.copy(obj)
    d = copy.deepcopy(obj)
    print(type(c).__name__, c is obj, getattr(c, "__dict__", None) == getattr(obj, "__dict__", None),
          type(d).__name__)
print(copy.copy(s).a, copy.copy(w).x, copy.deepcopy(p).v, copy.copy(ml), copy.copy(ml).tag,
      copy.copy(md))
print(Plain().__reduce_ex__(2)[2], s.__reduce_ex__(2)[2], w.__reduce_ex__(2)[1])

m = types.ModuleType.__new__(types.ModuleType)
print(repr(m), m.__dict__)
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
m.__dict__["__file__"] = "f.py"
print(repr(m))
