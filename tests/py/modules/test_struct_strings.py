# struct: 's' and 'p' strings, repeat counts, whitespace, mixed formats and round trips.
import struct

for fmt, args in [
    ("4s", [b"ab"]), ("4s", [b"abcdef"]), ("0s", [b"abc"]), ("s", [b""]), ("s", [b"xyz"]),
    ("3s", [bytearray(b"qq")]), ("5p", [b"ab"]), ("5p", [b"abcdefgh"]), ("p", [b"abc"]),
    ("1p", [b"abc"]), ("2p", [b""]), ("300p", [b"x" * 299]), ("300p", [b"y" * 260]),
    ("2s3s", [b"a", b"bcd"]), (" 2s  3s ", [b"a", b"bcd"]), ("3i", [1, 2, 3]), ("0i", []),
    ("2c", [b"a", b"b"]), ("<2h2x2H", [1, -1, 2, 65535]), (">?3xi", [True, 7]),
    ("\t2i\n", [4, 5]), ("10x", []), ("<4se2?", [b"ab", 1.5, 0, 3]),
]:
    b = struct.pack(fmt, *args)
    u = struct.unpack(fmt, b)
    print(repr(fmt), struct.calcsize(fmt), len(b), b[:20], len(u), u if len(repr(u)) < 200 else len(u[0]))

# the length byte of 'p' is capped at 255 and at the field size when unpacking
b = bytearray(struct.pack("300p", b"z" * 299))
print(b[0], struct.unpack("300p", b)[0][:5], len(struct.unpack("300p", b)[0]))
print(struct.unpack("4p", b"\x09abc"), struct.unpack("4p", b"\x02abc"), struct.unpack("1p", b"\x05"))
print(struct.unpack("4s", b"\x00\x01\x02\x03"), struct.unpack("0s", b""), struct.unpack("2s2s", b"abcd"))

# big repeat counts and many items
s = struct.Struct("100i")
vals = list(range(-50, 50))
print(s.size, s.unpack(s.pack(*vals)) == tuple(vals))
s = struct.Struct("<1000B")
print(s.size, sum(s.unpack(bytes(range(256)) * 3 + bytes(232))))
print(struct.calcsize("1000000x"), struct.calcsize("12345678s"), struct.calcsize("0c"), struct.calcsize(""))
print(struct.pack(""), struct.unpack("", b""), struct.pack("0s0i", b""), struct.unpack("0s", b""))
# str and bytes formats, both cached separately
print(struct.pack(b"<h", 1), struct.unpack(b"<h", b"\x01\x00"), struct.calcsize(b"2i"))
print(struct.Struct(b">I").format, struct.Struct("<H ").format, repr(struct.Struct("").format))
