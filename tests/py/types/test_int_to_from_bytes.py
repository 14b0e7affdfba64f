# int.to_bytes / int.from_bytes: 3.11 defaults, byte orders, signed, errors, bytes-like and iterable sources, subclasses
vals = [0, 1, 127, 128, 255, 256, -1, -128, -129, -256, 2 ** 31, -(2 ** 31), 2 ** 64 - 1, -(2 ** 63), 10 ** 30]
for v in vals:
    n = (v.bit_length() + 8) // 8
    sb = v.to_bytes(n, 'big', signed=True)
    sl = v.to_bytes(n, 'little', signed=True)
    print(v, sb.hex(), sl.hex(), int.from_bytes(sb, 'big', signed=True) == v,
          int.from_bytes(sl, byteorder='little', signed=True) == v)
print((65).to_bytes(), (0).to_bytes(0), (-1).to_bytes(0, signed=True) if False else 'skip')
print((1).to_bytes(4, 'little'), (0x0102).to_bytes(length=2, byteorder='big'), True.to_bytes(2))
print((-2 ** 15).to_bytes(2, 'big', signed=True), (2 ** 15 - 1).to_bytes(2, 'big', signed=True))
print(type((5).to_bytes()), (5).to_bytes() is (5).to_bytes(1))
errors = [
    lambda: (256).to_bytes(1, 'big'),
    lambda: (-1).to_bytes(4, 'big'),
    lambda: (128).to_bytes(1, 'big', signed=True),
    lambda: (-129).to_bytes(1, 'big', signed=True),
    lambda: (1).to_bytes(0),
    lambda: (1).to_bytes(-1),
    lambda: (1).to_bytes(1, 'middle'),
    lambda: (1).to_bytes(1, 1),
    lambda: (1).to_bytes(1.0),
    lambda: (1).to_bytes(1, 'big', True),
    lambda: (1).to_bytes(1, 'big', sgned=True),
    lambda: (1).to_bytes(2 ** 63),
    lambda: int.from_bytes(b'', 'x'),
    lambda: int.from_bytes('ab'),
    lambda: int.from_bytes(5),
    lambda: int.from_bytes([256]),
    lambda: int.from_bytes([-1]),
    lambda: int.from_bytes(['a']),
    lambda: int.from_bytes(),
    lambda: int.from_bytes(b'', 'big', False),
    lambda: int.from_bytes(b'\x01', byteorder=b'big'),
]
for f in errors:
    try:
        print('no error', f())
    except Exception as e:
        print(type(e).__name__, e)
print(int.from_bytes(b'\x00\x01'), int.from_bytes(bytearray(b'\x01\x00'), 'little'))
print(int.from_bytes(memoryview(b'\x12\x34')), int.from_bytes(memoryview(b'\x12\x34\x56')[1:], 'little'))
print(int.from_bytes([1, 0, 0]), int.from_bytes((255, 255), signed=True), int.from_bytes(iter([7])))
print(int.from_bytes(range(1, 4), 'little'), int.from_bytes(b'\x80' + bytes(20), signed=True))
print(int.from_bytes(bytes(100)), int.from_bytes(b'\xff' * 40, 'little', signed=True))
class Bytesy:
    def __bytes__(self):
        return b'\x01\x02'
print(int.from_bytes(Bytesy()), int.from_bytes(Bytesy(), 'little'))
class MyInt(int):
    def __new__(cls, v):
        print('MyInt.__new__', v)
        return super().__new__(cls, v)
m = MyInt.from_bytes(b'\x00\x2a')
print(type(m).__name__, m, type(bool.from_bytes(b'\x00')), bool.from_bytes(b'\x05'))
class Plain(int):
    pass
p = Plain.from_bytes(b'\x10', 'little')
print(type(p).__name__, p, p.to_bytes(2))
big = 3 ** 200
print(int.from_bytes(big.to_bytes(40, 'big'), 'big') == big, len(big.to_bytes(40, 'little')))
print((255).to_bytes(2, 'little', signed=False), (-(2 ** 64)).to_bytes(9, 'big', signed=True).hex())
