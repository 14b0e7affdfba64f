# Regression: bound methods, built-in methods, method descriptors and slot wrappers have
# __reduce__ -> (getattr, (owner, name)) (CPython: method___reduce__, meth_reduce,
# descr_reduce, wrapper_reduce), so copy.copy / copy.deepcopy of them work.
import collections
import copy
import sys


class C:
    __slots__ = ("a",)

    def f(self, x=1):
        return ("f", x)

    @classmethod
    def k(cls):
        return cls.__name__

    def __eq__(self, other):
        return isinstance(other, C)

    def __hash__(self):
        return 7

    def __repr__(self):
        return "C()"


c = C()
m = c.f
print(m.__reduce__())
print(m.__reduce_ex__(2), m.__reduce_ex__(4))
m2 = copy.copy(m)
print(m2 == m, m2 is m, m2.__self__ is c, m2())
m3 = copy.deepcopy(m)
print(m3.__func__ is C.f, m3.__self__ is c, m3 == m, m3(2))
print(C.k.__reduce__(), copy.copy(C.k)(), copy.copy(C.k) == C.k)
Point = collections.namedtuple("Point", "x y")
print(copy.copy(Point._make)([1, 2]))

lst = [1, 2]
print([].append.__reduce__(), lst.append.__reduce__())
a = copy.copy(lst.append)
a(3)
print(lst, a.__self__ is lst, copy.deepcopy(lst.append).__self__ is lst)
print(len.__reduce__(), sys.exit.__reduce__(), copy.copy(len) is len)
print(dict.fromkeys.__reduce__(), str.maketrans.__reduce__())
print(list.append.__reduce__(), list.__len__.__reduce__(), [].__len__.__reduce__())
print(C.a.__reduce__(), copy.copy(list.append) is list.append)
print(copy.copy([5, 6].__len__)())
for obj in (int.__dict__["real"], dict.__dict__["fromkeys"]):
    try:
        obj.__reduce__()
    except TypeError as e:
        print("TypeError:", e)
