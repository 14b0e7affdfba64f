for v in (0, 1, 2, 255, 256, -1, -2, -255, 2 ** 64, -2 ** 64, 2 ** 100 - 1):
    print(v, v.bit_length(), v.bit_count(), bin(v))
print((-5) & 3, (-5) | 3, (-5) ^ 3, ~(-5))
print((2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1, (2 ** 70) ^ (2 ** 69))
print(-(2 ** 70) & 0xFF, -(2 ** 70) >> 60, -(2 ** 70) >> 200)
print(1 << 0, 1 << 63, 1 << 64, 3 << 100)
print(2 ** 100 >> 98, (2 ** 100 + 12345) >> 1000)
print(0b1011 & 0b0110, 0o17 | 0o60, 0xF0 ^ 0xFF)
print(True << 3, 5 >> True)
try:
    1 >> -1
except ValueError as e:
    print(e)
print(int.bit_length(1024))
