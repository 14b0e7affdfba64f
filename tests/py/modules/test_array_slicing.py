# array: indexing, slices with steps, slice assignment and deletion, +, *, +=, *=, in, and element-wise comparisons.
from array import array as A


def err(f, *a):
    try:
        print("ok", f(*a))
    except Exception as e:
        print(type(e).__name__ + ":", e)


a = A("i", range(10))
print(a[0], a[-1], a[3], a[True], a[2:5], a[::2], a[::-1], a[1:8:3], a[-3:], a[8:2:-2])
print(a[100:], a[5:2], a[::100], a[-100:2], a[:: -3], type(a[1:2]))
b = A("i", range(10))
b[0] = 100
b[-1] = -100
print(b)
b[2:4] = A("i", [7, 7, 7, 7])
print(b)
b[1:9] = A("i")
print(b)
b[1:1] = A("i", [1, 2])
b[len(b):] = A("i", [3])
b[:0] = A("i", [0])
print(b)
b[5:2] = A("i", [55])
print(b)
b = A("d", range(10))
b[::2] = A("d", [0.5] * 5)
b[1::3] = A("d", [-1, -2, -3])
b[::-4] = A("d", [9, 9, 9])
print(b)
b = A("b", range(20))
del b[::3]
print(b)
del b[::-2]
print(b)
del b[1:3]
del b[-1]
del b[100:]
del b[5:1]
print(b)
c = A("h", range(12))
del c[10:2:-3]
print(c)
c = A("h", range(6))
c[:] = c
print(c)
c[1:3] = c
print(c)
c[::2] = c[1::2]
print(c)
print(A("i", [1, 2]) + A("i", [3]), A("i", [1, 2]) * 3, 2 * A("u", "ab"), A("i", [1]) * -1, A("i") * 5)
x = A("q", [1])
y = x
x += A("q", [2, 3])
x *= 2
print(x, y is x)
x *= -3
print(x, len(y))
print(1 in A("i", [1]), 2 in A("i", [1]), 1.0 in A("d", [1]), "a" in A("u", "abc"), A("i", [1]) in [A("i", [1])])
for p, q in [(A("i", [1, 2]), A("i", [1, 3])), (A("i", [1, 2]), A("i", [1, 2])),
             (A("i", [1, 2]), A("i", [1])), (A("i", []), A("i", [])),
             (A("i", [1, 2]), A("d", [1.0, 2.0])), (A("b", [5]), A("Q", [4, 1])),
             (A("B", [200]), A("b", [-56])), (A("d", [float("nan")]), A("d", [float("nan")])),
             (A("u", "abc"), A("u", "abd")), (A("I", [2**32 - 1]), A("I", [0])),
             (A("Q", [2**64 - 1]), A("Q", [1])), (A("q", [-1]), A("q", [1]))]:
    print(p == q, p != q, p < q, p <= q, p > q, p >= q)
print(A("i", [1, 2]) == [1, 2], A("i") == (), A("i") != None)
err(lambda: A("i") < [1])
err(lambda: A("d", [1.0]) < A("u", "a"))
print(A("d", [1, float("nan")]) < A("d", [1, 2]), A("d", [float("nan")]) == A("d", [float("nan")]))
a = A("l", range(5))
print(list(a), sum(a), max(a), sorted(A("l", [3, 1, 2])), list(enumerate(A("u", "hi"))))
print(a[-5], a[4])
err(a.__getitem__, 5)
err(a.__getitem__, -6)
err(a.__getitem__, "1")
err(a.__getitem__, 1.0)
err(a.__getitem__, 2**100)
err(a.__setitem__, 5, 1)
err(a.__setitem__, -6, 1)
err(a.__setitem__, "x", 1)
err(a.__delitem__, 5)
err(a.__delitem__, 1.5)
err(a.__setitem__, slice(0, 2), [1, 2])
err(a.__setitem__, slice(0, 2), A("i", [1, 2]))
err(a.__setitem__, slice(0, 4, 2), A("l", [1, 2, 3]))
err(a.__setitem__, slice(0, 4, 2), A("l"))
err(a.__setitem__, slice(None, None, 0), A("l"))
err(a.__getitem__, slice(None, None, 0))
err(a.__setitem__, 0, 1.5)
err(lambda: A("i") + [1])
err(lambda: A("i") + A("d"))
err(lambda: A("i") * "a")
err(lambda: A("i") * 1.5)
def iadd(x, y):
    x += y
    return x
err(iadd, A("i"), [1])
err(iadd, A("i"), A("h"))
err(iadd, A("i"), (1,))
print(a)
