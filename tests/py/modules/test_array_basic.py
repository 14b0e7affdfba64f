# array: constructors for every typecode (iterables, bytes, str, arrays), repr, typecode/itemsize, module attributes.
import array
import sys
from array import array as A


def err(f, *a):
    try:
        print("ok", f(*a))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(array.typecodes, array.ArrayType is array.array, A)
print(sorted(n for n in dir(array) if not n.startswith("_")))
print(A.__name__, A.__module__, A.__qualname__)
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.typecode, a.itemsize, repr(a), len(a), a.tolist())
for tc in "bBhHiIlLqQ":
    print(repr(A(tc, [0, 1, 2, 100])), A(tc, (5, 6)), A(tc, range(4)), A(tc, iter([7, 8])))
for tc in "fd":
    print(A(tc, [1, 2.5, -0.0, 1e10, float("inf")]), A(tc, (0.1, 1 / 3)))
print(A("u", "hello"), A("u", ["a", "b"]), A("u", "é€😀"), A("u"), A("u", ""))
print(A("b", b"\x01\xff"), A("B", bytearray(b"\x01\xff")), A("h", b"\x01\x00\xff\xff"))
print(A("i", b"abcd"), A("d", b"\x00" * 8), A("u", "xy".encode("utf-32-le")))
print(A("i", A("i", [1, 2])), A("d", A("i", [1, 2])), A("q", A("b", [-1])))
print(A("i", {3: 0}), A("i", (x * x for x in range(4))), A("l", b""), A("f", []))
print(A("I", [2**32 - 1]), A("L", [2**64 - 1]), A("Q", [2**64 - 1]), A("q", [-2**63]))
print(A("b", [-128, 127]), A("B", [0, 255]), A("h", [-32768, 32767]), A("H", [65535]))
print(A("i", [-2**31, 2**31 - 1]), A("l", [2**63 - 1]), A("b", [True, False]))
print(A("f", [0.1]), A("f", [3.4e38]), A("f", [1e300]), A("f", [-1e300]), A("d", [1e300]))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Flt:
    def __float__(self):
        return 2.5


print(A("i", [Idx(7)]), A("B", [Idx(200)]), A("Q", [Idx(5)]), A("d", [Flt(), Idx(3)]))


class Sub(A):
    pass


class Sub2(A):
    def __init__(self, tc, init=(), extra=None):
        self.extra = extra


s = Sub("i", [1, 2])
print(repr(s), type(s).__name__, isinstance(s, A), s.typecode, Sub("d"), len(s))
s2 = Sub2("h", [3], extra="x")
print(repr(s2), s2.extra, type(s2[0:1]).__name__, type(s + s).__name__, type(s * 2).__name__)
s.attr = 5
print(s.attr, type(s.__copy__()).__name__)
a = A("i", [1, 2, 3])
print(str(a), a == eval(repr(a), {"array": A}), bool(A("i")), bool(a))
print(A("u", "ab'\"c"), repr(A("u", "\n\t")), A("u", "x" * 3).tounicode())
err(hash, a)
print(type(iter(a)).__name__, type(iter(a)), list(iter(a)), list(reversed(a)))
it = iter(A("h", [4, 5]))
print(next(it), next(it), next(it, "end"), next(it, "end"))
print(array.array.__doc__.splitlines()[0])
