# struct: Struct objects (format, size, methods, subclassing, re-init, weakrefs), iter_unpack, pack_into/unpack_from with offsets, buffers, the cache, sizeof.
import array
import struct
import sys

s = struct.Struct("<hi")
print(type(s), struct.Struct, struct.Struct.__module__, type(s).__name__, s.format, s.size)
print(s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00\x00\x00"), s.unpack_from(b"xx\x01\x00\x02\x00\x00\x00", 2))
print(s.unpack_from(b"\x01\x00\x02\x00\x00\x00xyz"), s.unpack_from(buffer=b"\x01\x00\x02\x00\x00\x00"))
print(s.unpack_from(b"zz\x01\x00\x02\x00\x00\x00", offset=-6))
print(repr(s).startswith("<_struct.Struct object at 0x"), str(s) == repr(s))
print(s == struct.Struct("<hi"), s != s, hash(s) == hash(s))
for fmt in ["i", "100i", "4s2x3i", "", "x", "3x", "c i q", "0i", "2s0i3p", "<qqqqq", "?e"]:
    o = struct.Struct(fmt)
    print(repr(fmt), o.size, o.__sizeof__(), sys.getsizeof(o))
print(sys.getsizeof(struct.iter_unpack("i", b"")))

# re-initialising changes the format
s2 = struct.Struct("i")
s2.__init__(">H")
print(s2.format, s2.size, s2.pack(513))
try:
    s2.__init__("z")
except struct.error as e:
    print("error:", e)

class S(struct.Struct):
    pass
x = S("2h")
print(type(x).__name__, x.pack(1, 2), x.size, x.format, isinstance(x, struct.Struct))
class S2(struct.Struct):
    def __init__(self):
        super().__init__("<Q")
        self.extra = 1
y = S2()
print(y.pack(2**64 - 1), y.extra, y.size)
import weakref
r = weakref.ref(s)
print(r() is s)
del s
print(r())

# iter_unpack
it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\xff\xff")
print(type(it).__name__, iter(it) is it, it.__length_hint__())
print(next(it), it.__length_hint__(), list(it), it.__length_hint__(), list(it))
print(list(struct.iter_unpack(">2sB", b"ab\x01cd\x02")))
print(list(struct.Struct("=e").iter_unpack(memoryview(b"\x00\x3c\x00\x40"))))
print(list(struct.iter_unpack("<i", array.array("i", [7, -8, 9]))), list(struct.iter_unpack("i", b"")))
print(list(struct.iter_unpack("B", bytearray(b"xyz"))))

# pack_into / unpack_from with offsets, negative too, on writable buffers
ba = bytearray(10)
struct.pack_into("<i", ba, 0, 1)
struct.pack_into("<h", ba, 4, -2)
struct.pack_into(">h", ba, -2, 0x1234)
struct.pack_into("2s", ba, -4, b"ZZ")
print(ba, struct.unpack_from("<ih", ba), struct.unpack_from(">h", ba, -2), struct.unpack_from("2s", ba, offset=-4))
mv = memoryview(bytearray(8))
struct.pack_into("<Q", mv, 0, 2**64 - 2)
print(mv.tobytes(), struct.unpack_from("<Q", mv), struct.unpack_from("<I", mv, 4))
a = array.array("h", [0, 0, 0])
struct.pack_into("<h", a, 2, 7)
struct.Struct(">h").pack_into(a, -2, 1)
print(a, struct.unpack("<3h", a), struct.unpack_from("<h", a, 2))
a2 = array.array("d", [1.5, -2.0])
print(struct.unpack("<2d", a2), struct.unpack_from("<d", a2, 8))
print(struct.unpack("<4B", memoryview(b"abcdefgh")[2:6]), struct.unpack("<I", memoryview(b"abcd").cast("I")))
print(struct.unpack("4s", bytearray(b"wxyz")), struct.unpack_from("<h", memoryview(b"\x00\x01\x02"), 1))
ba = bytearray(6)
struct.pack_into("<3h", ba, 0, 1, 2, 3)
print(ba, struct.unpack_from("<2h", ba, -4))
ba = bytearray(b"abcdef")
struct.pack_into("", ba, 6)
struct.pack_into("", ba, -6)
print(ba, struct.unpack_from("", ba, 6), struct.unpack_from("", ba, -6))

# module functions use a cache of Struct objects; _clearcache empties it
print(struct.pack("<I", 1), struct.calcsize("<I"), struct.unpack("<I", b"\x01\x00\x00\x00"))
for i in range(250):
    struct.calcsize("%di" % i)
struct._clearcache()
print(struct.calcsize("7i"), struct.pack("3B", 1, 2, 3))
print(sorted(n for n in dir(struct) if not n.startswith("__")), struct.__all__)
import _struct
print(_struct.Struct is struct.Struct, _struct.error is struct.error, _struct.pack is struct.pack)
print(struct.pack.__name__, struct.calcsize.__name__, struct.Struct.__name__, struct.error.__name__)
