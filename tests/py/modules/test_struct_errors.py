# struct: CPython's exceptions and messages for bad formats, values, argument counts and buffers.
import struct


def err(f, *a, **k):
    try:
        print("ok", f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(struct.error, struct.error.__mro__, issubclass(struct.error, Exception))
for fmt in ["z", "4", "i4", "<", "<<i", "i<", "4 i", "2 s", "@n=", "=n", "<N", ">P", "!P", "iX", " 3",
            "99999999999999999999i", "9223372036854775807x", "9223372036854775807xc", "4611686018427387904h",
            "9223372036854775807i", "i\0i", b"i\0", "\xe9", b"\xe9", "é", 1, None, ["i"], b"3", "-1i"]:
    err(struct.calcsize, fmt)
err(struct.calcsize)
err(struct.calcsize, "i", "i")
err(struct.Struct)
err(struct.Struct, 1)
err(struct.Struct, "i", "q")
err(struct.Struct, format="i", x=1)
err(struct.Struct, "i", format="i")
err(struct.Struct, fmt="i")
err(struct.pack)
err(struct.pack, "i", x=1)
err(struct.pack, [1])
err(struct.unpack, {}, b"")

values = [2**70, -2**70, 2**64, 2**63, -2**63 - 1, 2**32, 2**31, -2**31 - 1, 65536, 32768, -32769,
          256, 128, -129, -1, "x", 1.5, None, b"a", True]
for order in ["@", "=", "<", ">"]:
    for code in "bBhHiIlLqQnNP":
        for v in values:
            try:
                struct.pack(order + code, v)
            except struct.error as e:
                print(order + code, repr(v)[:12], "error:", e)
            except Exception as e:
                print(order + code, repr(v)[:12], type(e).__name__ + ":", e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class BadIdx:
    def __index__(self):
        return "no"
class BadBool:
    def __bool__(self):
        raise ValueError("no truth")
for code in ["i", ">q", "<Q", "P", "b", ">H", "<l", "q"]:
    for v in [Idx(5), Idx(2**70), Idx(-1), BadIdx()]:
        err(struct.pack, code, v)
err(struct.pack, "?", BadBool())
err(struct.pack, "c", b"ab")
err(struct.pack, "c", "a")
err(struct.pack, "c", 97)
err(struct.pack, "c", bytearray(b"a"))
err(struct.pack, "s", "abc")
err(struct.pack, "p", 1)
err(struct.pack, "s", memoryview(b"a"))
err(struct.pack, "f", "1.0")
err(struct.pack, "<d", None)
err(struct.pack, "i")
err(struct.pack, "i", 1, 2)
err(struct.pack, "2x")
err(struct.pack, "x", 1)
err(struct.pack, "3s2i", b"a", 1)

err(struct.unpack, "i")
err(struct.unpack, "i", b"abc")
err(struct.unpack, "i", b"abcde")
err(struct.unpack, "i", "abcd")
err(struct.unpack, "i", 5)
err(struct.unpack, "i", None)
err(struct.unpack, "i", b"abcd", b"")
err(struct.unpack, "i", b"abcd", x=1)
err(struct.unpack, "i", memoryview(b"abcdefgh")[::2])
err(struct.unpack, "0p", b"")
err(struct.unpack, "", b"x")

err(struct.unpack_from, "i")
err(struct.unpack_from, "i", b"abc")
err(struct.unpack_from, "i", b"abcd", 1)
err(struct.unpack_from, "i", b"abcd", -5)
err(struct.unpack_from, "i", b"abcd", -3)
err(struct.unpack_from, "i", b"abcd", 1.0)
err(struct.unpack_from, "i", b"abcd", "0")
err(struct.unpack_from, "i", b"abcd", 2**70)
err(struct.unpack_from, "i", b"abcd", 0, 1)
err(struct.unpack_from, "i", b"abcd", offset=0, x=1)
err(struct.unpack_from, "i", buffer=b"abcd")
err(struct.unpack_from, "i", buffer=b"abcdef", offset=2)
err(struct.unpack_from, "i", "abcd")
err(struct.unpack_from, buffer=b"", format="i")

err(struct.pack_into)
err(struct.pack_into, "i")
err(struct.pack_into, "i", bytearray(4))
err(struct.pack_into, "i", bytearray(4), 0)
err(struct.pack_into, "i", bytearray(4), 0, 1, 2)
err(struct.pack_into, "i", b"abcd", 0, 1)
err(struct.pack_into, "i", 1, 0, 1)
err(struct.pack_into, "i", memoryview(b"abcd"), 0, 1)
err(struct.pack_into, "i", memoryview(bytearray(8))[::2], 0, 1)
err(struct.pack_into, "i", bytearray(4), "a", 1)
err(struct.pack_into, "i", bytearray(4), 1.0, 1)
err(struct.pack_into, "i", bytearray(4), 2**70, 1)
err(struct.pack_into, "i", bytearray(4), -1, 1)
err(struct.pack_into, "i", bytearray(4), -5, 1)
err(struct.pack_into, "i", bytearray(4), 2, 1)
err(struct.pack_into, "i", bytearray(4), 4, 1)
err(struct.pack_into, "i", bytearray(4), 0, "x")
err(struct.pack_into, "i", bytearray(4), 0, 1, x=1)

err(struct.iter_unpack, "i")
err(struct.iter_unpack, "i", b"abc")
err(struct.iter_unpack, "", b"")
err(struct.iter_unpack, "0i", b"abc")
err(struct.iter_unpack, "i", 5)
err(struct.iter_unpack, "i", "abcd")
err(struct.iter_unpack, "i", b"", x=1)
err(struct._clearcache, 1)
err(type(struct.iter_unpack("i", b"")))
ba = bytearray(8)
it = struct.iter_unpack("i", ba)
err(ba.append, 1)
del it
ba.append(1)
print(len(ba))
for off in [-1, -2, -3, -4, -5, -8, 0, 3, 4, 5]:
    err(struct.unpack_from, "<h", b"abcd", off)
    err(struct.pack_into, "<h", bytearray(4), off, 1)
    err(struct.unpack_from, "", b"ab", off)
err(struct.pack_into, "i", None, 0, 1)
err(struct.pack_into, "i", [0, 0, 0, 0], 0, 1)
err(struct.unpack, "i", [0, 0, 0, 0])
