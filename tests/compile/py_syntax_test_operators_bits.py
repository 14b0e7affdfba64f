print(12 & 10, 12 | 10, 12 ^ 10, ~12, 1 << 10, 1024 >> 3)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 >> 5, -16 >> 2)
print(1 << 100, (1 << 100) >> 99)
print(0xFF & ~0x0F, 0b1100 | 0b0011)
print(True & False, True | False, True ^ True, type(True & True))
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4))
print(1 << 2 + 1, (1 << 2) + 1)
print(5 & 3 == 1)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
