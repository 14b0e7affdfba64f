# array: sys.getsizeof as CPython 3.11 (64-byte header + GC head + allocated items) through append, extend, frombytes, deletes, *=, slices.
import gc
import sys
from array import array as A


def sizes(tc, n):
    a = A(tc)
    out = []
    for i in range(n):
        a.append(i % 100)
        out.append(sys.getsizeof(a))
    return out


print(sys.getsizeof(A("i")), A("i").__sizeof__(), A("d").__sizeof__())
print(gc.is_tracked(A("i")), gc.is_tracked(A("d", [1.0])), gc.is_tracked(iter(A("i"))))
print(sys.getsizeof(iter(A("b"))))
for tc in "bhidq":
    print(tc, sizes(tc, 70))
# the growth pattern as allocated item counts: 0, 4, 8, 16, 25, 34, 46, 56, 67, 79, ...
a = A("b")
seen = []
for i in range(2000):
    a.append(1)
    k = a.__sizeof__() - 64
    if not seen or seen[-1] != k:
        seen.append(k)
print(seen)
for n in (0, 1, 5, 8, 100, 1000):
    print(n, sys.getsizeof(A("i", range(n))), sys.getsizeof(A("i", [0] * n)),
          sys.getsizeof(A("i", bytes(4 * n))), sys.getsizeof(A("u", "x" * n)),
          sys.getsizeof(A("i", iter(range(n)))))
a = A("d", range(100))
print(sys.getsizeof(a))
for _ in range(40):
    a.pop()
    print(len(a), sys.getsizeof(a), end="; ")
print()
a = A("b", range(100))
del a[:90]
print(len(a), sys.getsizeof(a))
del a[:]
print(len(a), sys.getsizeof(a), a.buffer_info()[1])
a = A("h", [1, 2, 3])
a *= 10
print(len(a), sys.getsizeof(a))
a *= 0
print(len(a), sys.getsizeof(a), a.buffer_info())
a = A("i", [1])
for step in range(6):
    a.extend(a)
    print(len(a), sys.getsizeof(a), end="; ")
print()
a = A("i")
a.frombytes(b"\0" * 40)
print(sys.getsizeof(a))
a.frombytes(b"\0" * 4)
print(sys.getsizeof(a))
a.fromlist([1, 2, 3])
print(sys.getsizeof(a))
a = A("q", range(10))
print(sys.getsizeof(a[::2]), sys.getsizeof(a[:]), sys.getsizeof(a + a), sys.getsizeof(a * 3))
a[2:5] = A("q", range(20))
print(len(a), sys.getsizeof(a))
a[::2] = A("q", range(14))
print(len(a), sys.getsizeof(a))
del a[::3]
print(len(a), sys.getsizeof(a))
a.insert(0, 5)
print(len(a), sys.getsizeof(a))
u = A("u")
u.fromunicode("abc" * 5)
print(sys.getsizeof(u), sys.getsizeof(A("u", "abc" * 5)))
# the teaching point: a list holds pointers to int objects, an array the raw machine values
nums = list(range(1000))
arr = A("i", nums)
print(sys.getsizeof(nums), sys.getsizeof(arr))
print(sys.getsizeof(nums) + sum(sys.getsizeof(x) for x in nums))
