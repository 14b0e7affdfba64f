# array: the buffer protocol (memoryview, bytes, bytearray, exports block resizing) and tofile/fromfile on io files.
import io
import os
import sys
from array import array as A


def err(f, *a):
    try:
        print("ok", f(*a))
    except Exception as e:
        print(type(e).__name__ + ":", e)


a = A("i", [1, -2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.readonly, m.shape, m.strides, m.ndim)
print(m.tolist(), m[1], m[-1], m[::2].tolist(), bytes(m[:1]), m.obj is a, m.c_contiguous)
m[0] = 100
print(a, m.tobytes() == a.tobytes(), m.hex())
err(a.append, 4)
err(a.extend, [4])
err(a.pop)
err(a.remove, 3)
err(a.insert, 0, 1)
err(a.__delitem__, 0)
err(a.__delitem__, slice(0, 1))
err(a.__setitem__, slice(0, 1), A("i", [7, 8]))
err(a.frombytes, b"\0\0\0\0")
err(a.fromlist, [1])
def imul(x):
    x *= 2
    return x
err(imul, a)
a[0:1] = A("i", [9])
a[::2] = A("i", [5, 6])
a.reverse()
a.byteswap()
a.byteswap()
print(a, m.tolist())
m2 = m[1:]
m.release()
err(a.append, 4)
m2.release()
a.append(4)
print(a)
with memoryview(a) as mv:
    print(mv.tolist(), sys.getrefcount(a) > 2)
a.append(5)
print(a, len(memoryview(a)))
print(bytes(A("h", [1, 2])), bytearray(A("b", [-1, 2])), bytes(A("d", [1.0])), bytes(A("u", "ab")))
print(b"x" + A("b", [65]), b"abc".startswith(A("b", [97])), A("B", b"xyz").tobytes() == b"xyz")
print(int.from_bytes(A("B", [1, 2]), "big"), b"-".join([A("b", [65]), b"B"]), A("b", [66]) in [b"B"])
print(memoryview(A("d", [1.5, 2.5])).tolist(), memoryview(A("f", [0.5])).tolist())
for tc in "bBhHiIlLqQfd":
    mv = memoryview(A(tc, [1, 2]))
    print(tc, mv.format, mv.itemsize, mv.tolist(), mv.cast("B").tolist()[:3], bytes(mv)[:2])
mu = memoryview(A("u", "hi"))
print(mu.format, mu.itemsize, mu.nbytes, bytes(mu))
err(mu.tolist)
err(mu.__getitem__, 0)
mu.release()
mb = memoryview(A("b", [1, 2, 3]))
err(mb.__setitem__, slice(1, 3), b"\x09\x08")
mB = memoryview(A("B", [1, 2, 3]))
mB[1:3] = b"\x09\x08"
print(mb.tolist(), mB.tolist(), mB.obj)
e = A("q")
print(bytes(memoryview(e)), memoryview(e).tolist(), memoryview(e).nbytes)
print(A("b", [1, 2]) == memoryview(b"\x01\x02"), memoryview(A("B", [1, 2])) == b"\x01\x02")
c = A("b")
c.frombytes(memoryview(A("b", [7, 8])))
print(c)
# files
path = "_test_array_buffer.tmp"
try:
    with open(path, "wb") as f:
        A("i", range(5)).tofile(f)
        A("i").tofile(f)
        A("d", [0.5]).tofile(f)
    print(os.path.getsize(path))
    r = A("i")
    with open(path, "rb") as f:
        r.fromfile(f, 3)
        r.fromfile(f, 0)
        print(r)
        r.fromfile(f, 2)
        d = A("d")
        d.fromfile(f, 1)
        print(r, d)
        err(d.fromfile, f, 1)
        print(d)
    big = A("H", range(40000))
    with open(path, "wb") as f:
        big.tofile(f)
    back = A("H")
    with open(path, "rb") as f:
        back.fromfile(f, 40000)
    print(back == big, len(back), os.path.getsize(path))
    s = A("b")
    with open(path, "rb") as f:
        f.read(3)
        err(A("i").fromfile, f, 100000)
        f.seek(0)
        err(s.fromfile, f, 10)
        print(len(s))
finally:
    os.remove(path)
bio = io.BytesIO()
A("h", [1, 2, 3]).tofile(bio)
print(bio.getvalue())
bio.seek(0)
h = A("h")
h.fromfile(bio, 2)
print(h)
h.fromfile(bio, 1)
err(h.fromfile, bio, 1)
print(h)


class W:
    def __init__(self):
        self.chunks = []

    def write(self, b):
        self.chunks.append(b)


w = W()
A("b", range(10)).tofile(w)
print(w.chunks)


class R:
    def read(self, n):
        return "no"


err(A("b").fromfile, R(), 1)
