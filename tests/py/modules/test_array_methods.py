# array: append/extend/insert/pop/remove/index/count/reverse/byteswap, conversions (bytes, list, str), copies, __reduce_ex__.
import copy
from array import array as A


def err(f, *a):
    try:
        print("ok", f(*a))
    except Exception as e:
        print(type(e).__name__ + ":", e)


a = A("i")
for i in range(5):
    a.append(i * 10)
print(a, a.buffer_info()[1], len(a.buffer_info()), a.buffer_info()[0] != 0, A("i").buffer_info())
a.extend([7, 8])
a.extend(A("i", [9]))
a.extend(x for x in (1, 2))
a.extend(a)
print(a)
a.insert(0, -1)
a.insert(100, 99)
a.insert(-1, 98)
a.insert(-100, -100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
a.remove(10)
print(a, a.count(1), a.count(2), a.count(1000), a.count(1.0), a.count("x"))
print(a.index(7), a.index(1), a.index(1, 6), a.index(1, -5), a.index(8, 0, 8))
err(a.index, 1, 0, 2)
err(a.index, 1, -2)
print(a.index(2, -100), a.index(20, None is None), a.index(9, 2, -1))
a.reverse()
print(a)
A("i").reverse()
b = A("h", [1, 256, -2])
b.byteswap()
print(b)
for tc in "bBuhHiIlLqQfd":
    x = A(tc, "ab" if tc == "u" else [1, 2])
    y = A(tc, x.tobytes())
    y.byteswap()
    y.byteswap()
    print(tc, x == y, x.tobytes()[:3], y.tolist())
d = A("d", [1.5, -2.0])
d.byteswap()
print(d.tobytes())
d.byteswap()
print(d)
c = A("b")
c.frombytes(b"\x01\x02")
c.frombytes(bytearray(b"\x03"))
c.frombytes(memoryview(b"\x04\x05"))
c.frombytes(A("b", [6]))
c.frombytes(b"")
print(c, c.tobytes(), c.tolist(), type(c.tolist()))
f = A("f")
f.fromlist([1, 2.5])
f.fromlist([])
print(f)
err(f.fromlist, [3.0, "x"])
print(f)
u = A("u", "ab")
u.fromunicode("cd😀")
u.fromunicode("")
print(u, u.tounicode(), len(u), u[4], u.tolist())
u.append("z")
u.extend("xy")
u.insert(0, "!")
print(u, u.index("z"), u.count("x"), u.pop(), u)
e = A("I", [1, 2, 3])
print(copy.copy(e), copy.deepcopy(e), copy.copy(e) is e, e.__copy__() == e, e.__deepcopy__({}))
print(e.__reduce_ex__(2), A("u", "hi").__reduce_ex__(1))


class S(A):
    pass


s = S("i", [1])
s.x = 1
print(s.__reduce_ex__(2)[0].__name__, s.__reduce_ex__(2)[1:])
# items appended while comparing
k = A("i", [1, 2, 3, 2])


class Eq:
    def __eq__(self, other):
        return other == 3


print(k.index(Eq()), k.count(Eq()), Eq() in k, 3 in k, 4 in k, 2.0 in k, "2" in k)
k.remove(Eq())
print(k)
print(A("d", [0.0, -0.0]).count(0), A("d", [float("nan")]).count(float("nan")))
n = float("nan")
print(A("d", [n]).tolist()[0] != n, A("d", [1.0, 2.0]).index(2))
