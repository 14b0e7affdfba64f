# One-digit int arithmetic and comparisons (the eval loop's fast paths) against the general ones.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 255, 256, -256, -257, 2**30 - 1, -(2**30 - 1), 2**30, 12345, -12345, 99991]
out = []
for a in vals:
    for b in vals:
        out.append((a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a <= b, a == b, a != b, a > b, a >= b))
        if b:
            out.append((a % b, a // b))
            x = a; x %= b; y = a; y //= b
            out.append((x, y))
print(hash(tuple(out)), len(out))
print(out[:5], out[-5:])
big = 2**40
print(big + 1 - 1 == big, (2**30 - 1) * (2**30 - 1), -(2**30 - 1) * (2**30 - 1))
print(True + True, True & 1, 5 // True, type(True | False).__name__, type(1 + True).__name__)
class I(int):
    pass
print(type(I(3) + 1).__name__, I(3) < 4)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
