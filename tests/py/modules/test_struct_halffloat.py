# struct: 'e' half floats -- IEEE 754 binary16 round-half-even rounding, subnormals, inf, nan, overflow.
import math
import struct

cases = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.0, 65504.0, 65519.99, -65504.0, 0.333333333,
         1.0009765625, 1.00048828125, 1.00146484375, 1.0004882812500001, 2049.0, 2051.0, 2050.0,
         6.103515625e-05, 6.0975551605224609e-05, 5.960464477539063e-08, 2.9802322387695312e-08,
         2.9802322387695313e-08, 4.4703483581542969e-08, 8.940696716308594e-08, 1e-08, 1e-10,
         -5.960464477539063e-08, 0.1, 100.5, 1000.25, 3.140625, math.pi, math.e, 12345.0,
         float("inf"), float("-inf"), 1e-300, 5e-324, 32768.0, 4096.5, 2048.5]
for order in "<>=@":
    for x in cases:
        b = struct.pack(order + "e", x)
        y = struct.unpack(order + "e", b)[0]
        print(order, repr(x), b.hex(), repr(y))
for x in [65520.0, 65536.0, 1e6, -65520.0, 1e300, float("1e309")]:
    for order in "<>":
        try:
            print(struct.pack(order + "e", x))
        except OverflowError as e:
            print(order, x, "OverflowError:", e)
# an int that overflows is reported as struct.error, a float as OverflowError
for v in [10**6, -70000, 10**400, 70000.0, "1.0", None, 3]:
    try:
        print(struct.pack("e", v))
    except (OverflowError, struct.error) as e:
        print(repr(v)[:20], type(e).__name__, e)
# nan keeps its sign; every bit pattern decodes
n = struct.pack("<e", float("nan"))
print(n.hex(), struct.pack("<e", -float("nan")).hex(), struct.pack(">e", float("nan")).hex())
print([math.isnan(v) for v in struct.unpack("<4e", bytes.fromhex("007e01fc00fe007c"))])
allv = struct.unpack("<65536e", bytes(b for i in range(65536) for b in (i & 0xff, i >> 8)))
finite = [v for v in allv if not math.isnan(v)]
print(len(finite), max(finite), min(finite), min(v for v in finite if v > 0), sum(1 for v in allv if math.isnan(v)))
ok = all(struct.unpack("<e", struct.pack("<e", v))[0] == v for v in finite)
print("round trip", ok)
# floats, ints and objects with __float__ / __index__
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(struct.pack("<e", F()), struct.pack("<e", 7), struct.pack("<e", True), struct.pack("<e", I()))
# 'f' and 'd': overflow, rounding to float
for order in ["", "<", ">", "="]:
    for v in [1e300, -1e300, 3.4028235e38, 3.4028236e38, 3.40282357e38, 1e-50, 10**39, float("inf"), float("nan")]:
        try:
            b = struct.pack(order + "f", v)
            print(repr(order), "f", repr(v), b.hex(), struct.unpack(order + "f", b))
        except (OverflowError, struct.error) as e:
            print(repr(order), "f", repr(v), type(e).__name__, e)
for order in ["", ">"]:
    for v in [1e308, 5e-324, -0.0, 10**308, 10**309, "x", F(), I()]:
        try:
            b = struct.pack(order + "d", v)
            print(repr(order), "d", b.hex(), struct.unpack(order + "d", b))
        except (OverflowError, struct.error, TypeError) as e:
            print(repr(order), "d", type(e).__name__, e)
