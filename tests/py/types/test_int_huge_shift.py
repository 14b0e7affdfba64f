# shifts too large to represent: OverflowError past what a size can count, MemoryError below
for a, b in ((1, 10**20), (-1, 10**20), (1, 2**63), (5, 2**64 + 3), (1, 2**62 * 31)):
    try:
        a << b
    except (OverflowError, MemoryError) as e:
        print(a, b, type(e).__name__, e)
print((1 << 100) >> 10**20, -1 >> 10**20, 0 << 10**20)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
