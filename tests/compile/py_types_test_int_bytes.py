print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((0).to_bytes(0, 'big'), (255).to_bytes(1, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((2 ** 64).to_bytes(9, 'big'))
print((65).to_bytes(), (1).to_bytes(3, byteorder='big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b'', 'big'), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b'\x01'))
print(int.from_bytes(bytes(range(20)), 'little'))
v = 123456789123456789
print(int.from_bytes(v.to_bytes(8, 'big'), 'big') == v)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print(e)
