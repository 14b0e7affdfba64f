# reprlib: Repr's limits on containers, strings, ints and other objects; recursive_repr
import reprlib
from array import array
from collections import deque
from reprlib import Repr, recursive_repr

print(reprlib.__all__)
r = reprlib.repr
print(r(list(range(5))), r(list(range(6))), r(list(range(7))), r(list(range(100))))
print(r(tuple(range(10))), r((1,)), r(()), r([]), r((1, 2)))
print(r(set(range(20))), r(set()), r(frozenset(range(3))), r(frozenset()), r(frozenset(range(10))))
print(r({i: str(i) for i in range(10)}), r({}), r({"b": 1, "a": 2}))
print(r({3, "a", (1, 2)}))  # unsortable: in iteration order (no None: its hash is its address)
print(r(deque(range(10))), r(deque()))
print(r(array("i", range(10))), r(array("d")), r(array("b", [1])))
print(r("x" * 10), r("x" * 100), r("a'b" * 20), r("ünï" * 20))
print(r(10 ** 100), r(-10 ** 50), r(12345))
print(r([[[[[[[1]]]]]]]), r([[[[[[[[]]]]]]]]), r({"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}))
print(r(3.14), r(None), r(True), r(b"bytes" * 20), r(1 + 2j))
print(r(range(1000)), r(object)[:14], r(ValueError("x" * 50)))


class BadRepr:
    def __repr__(self):
        raise RuntimeError("boom")


s = r(BadRepr())
print(s.startswith("<BadRepr instance at 0x"), s.endswith(">"))

a = Repr()
print(sorted(vars(a).items()))
a.maxlist = 2
a.maxstring = 10
a.maxlong = 8
a.maxother = 12
a.maxlevel = 2
a.fillvalue = "~"
print(a.repr(list(range(5))), a.repr("abcdefghijklmnop"), a.repr(2 ** 80))
print(a.repr([[1, [2, [3]]]]), a.repr({1: {2: {3: 4}}}), a.repr(ValueError("long message here")))
a.maxstring = 2
a.maxlong = 1
print(a.repr("abcdefgh"), a.repr(123456789), a.repr(""))


class MyRepr(Repr):
    def repr_MyThing(self, obj, level):
        return "<thing %d>" % obj.n

    def repr_str(self, obj, level):
        return "S" + super().repr_str(obj, level)


class MyThing:
    def __init__(self, n):
        self.n = n


print(MyRepr().repr([MyThing(1), MyThing(2), "str"]))
try:
    Repr(maxlist=3)
except TypeError as e:
    print("TypeError:", e)
try:
    r()
except TypeError as e:
    print("TypeError:", e)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @recursive_repr()
    def __repr__(self):
        """Node repr."""
        return "Node(%s, %r)" % (self.name, self.children)


n = Node("root")
n.children.append(n)
n.children.append(Node("leaf"))
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__,
      Node.__repr__.__module__, Node.__repr__.__annotations__)


class Other:
    @recursive_repr("<...>")
    def __repr__(self) -> str:
        return "Other(%r)" % (self.me,)


o = Other()
o.me = [o, o]
print(repr(o), Other.__repr__.__annotations__)


class Raises:
    @recursive_repr()
    def __repr__(self):
        raise ValueError("inside")


x = Raises()
for _ in range(2):
    try:
        repr(x)
    except ValueError as e:
        print("ValueError:", e)
