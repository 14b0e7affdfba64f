# struct: every format character in every byte order -- calcsize, pack bytes, unpack round trips, alignment tables.
import struct

ORDERS = ["", "@", "=", "<", ">", "!"]
INTS = {
    "b": [-128, -1, 0, 1, 127],
    "B": [0, 1, 128, 255],
    "h": [-32768, -1, 0, 1, 258, 32767],
    "H": [0, 1, 258, 65535],
    "i": [-2**31, -1, 0, 1, 0x01020304, 2**31 - 1],
    "I": [0, 1, 0x01020304, 2**32 - 1],
    "l": [-2**31, -1, 0, 0x01020304, 2**31 - 1],
    "L": [0, 0x01020304, 2**32 - 1],
    "q": [-2**63, -1, 0, 0x0102030405060708, 2**63 - 1],
    "Q": [0, 0x0102030405060708, 2**64 - 1],
}
NATIVE_ONLY = {"n": [-2**63, -1, 0, 2**63 - 1], "N": [0, 2**64 - 1], "P": [0, 1, 2**64 - 1]}

for order in ORDERS:
    print("order", repr(order))
    print(" sizes", [(c, struct.calcsize(order + c)) for c in "xcbB?hHiIlLqQefd"])
    for code, vals in INTS.items():
        for v in vals:
            b = struct.pack(order + code, v)
            print(" ", order + code, v, b.hex(), struct.unpack(order + code, b)[0] == v)
    for code, vals in NATIVE_ONLY.items():
        if order in ("", "@"):
            for v in vals:
                b = struct.pack(order + code, v)
                print(" ", order + code, v, b.hex(), struct.unpack(order + code, b)[0])
        else:
            try:
                struct.calcsize(order + code)
            except struct.error as e:
                print(" ", order + code, "error:", e)
    for v in [0.0, -0.0, 1.5, -2.25, 1e10, 3.141592653589793, float("inf"), float("-inf")]:
        for code in "efd":
            try:
                b = struct.pack(order + code, v)
                print(" ", order + code, v, b.hex(), struct.unpack(order + code, b)[0])
            except (OverflowError, struct.error) as e:
                print(" ", order + code, v, type(e).__name__, e)
    for v in [True, False, 0, 5, "", "x", [], [0], None]:
        b = struct.pack(order + "?", v)
        print(" ", order + "?", repr(v), b.hex(), struct.unpack(order + "?", b))
    for b in [b"\x00", b"\x01", b"\x02", b"\xff"]:
        print(" ", order + "? unpack", b, struct.unpack(order + "?", b))
    print(" ", struct.pack(order + "c", b"z"), struct.unpack(order + "c", b"\xff"))
    print(" ", struct.pack(order + "3x"), struct.unpack(order + "3x", b"abc"))

# native alignment
for fmt in ["ci", "bh", "bq", "cd", "hi", "ic", "cP", "cn", "ce", "cf", "c?", "bl", "xq", "3sd", "5pI",
            "ciq", "qc", "hq0i", "c0q", "bbbbi", "b0h", "c@"[:1] + "N"]:
    print(fmt, struct.calcsize(fmt), struct.calcsize("=" + fmt.replace("P", "q").replace("n", "q").replace("N", "Q")))
s = struct.Struct("c i c q c h")
print(s.size, s.pack(b"a", 1, b"b", 2, b"c", 3).hex())
print(s.unpack(s.pack(b"a", -1, b"b", -2, b"c", -3)))
print(struct.calcsize(">ci"), struct.calcsize("<ci"), struct.calcsize("!ci"), struct.calcsize("=ci"))

# unpacking signed / unsigned of every width from the same bytes
raw = bytes(range(0xf0, 0xf8))
for order in "<>":
    for code in "bBhHiIlLqQ":
        n = struct.calcsize(order + code)
        print(order + code, struct.unpack(order + code, raw[:n]))
    print(order, struct.unpack(order + "8B", raw), struct.unpack(order + "4h", raw), struct.unpack(order + "2f", raw), struct.unpack(order + "d", raw))
print(struct.unpack("@4h", raw), struct.unpack("@2i", raw), struct.unpack("@q", raw), struct.unpack("@Q", raw), struct.unpack("@P", raw))
print(struct.unpack("@n", raw), struct.unpack("@N", raw), struct.unpack("@e", raw[:2]), struct.unpack("@f", raw[:4]))
