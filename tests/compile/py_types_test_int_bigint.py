a = 2 ** 200
print(a)
print(a * a)
print(-a, a - 1, a + 1)
print(a // 3, a % 3, -a // 7, -a % 7)
print(3 ** 100 - 2 ** 150)
print(10 ** 50 // 10 ** 25, 10 ** 50 % 999999937)
f = 1
for i in range(1, 60):
    f *= i
print(f)
print(f // (2 ** 50), f % (10 ** 9 + 7))
print((1 << 64) - 1, (1 << 64) + 1, -(1 << 63))
print(0xFFFFFFFFFFFFFFFF + 1, 2 ** 64 - 2 ** 64)
print(12345678901234567890 * 98765432109876543210)
print(divmod(2 ** 100, 12345), divmod(-2 ** 100, 12345))
print(abs(-2 ** 100), -(2 ** 100) < 0)
print(2 ** 100 == 2.0 ** 100, 2 ** 100 > 2 ** 99)
print(int(2 ** 100 / 3))
print(2 ** 1000 % 1000007)
print(len(str(2 ** 10000)))
print(str(7 ** 77)[:20], str(7 ** 77)[-20:])
x = 1
for _ in range(10):
    x = x * 1000003 + 7
print(x)
print(x & 0xFFFF, x >> 100, x ^ (x >> 3))
