print(1 + 1.5, 2 * 2.5, 3 - 0.5, 4 / 2, 7 // 2.0, 7 % 2.5)
print(1 + 2j + 3.0, (1 + 2j) * 2, (1 + 2j) / 2)
print(True + 1.5, False * 2j)
print(2 ** 0.5 * 2 ** 0.5, 10 ** -2, 2 ** 100, 2.0 ** 100)
print(int(3.99), int(-3.99), float(3), complex(2), complex(1, -1))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2))
print(abs(-3), abs(-3.5), abs(3 - 4j), abs(True))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(-8, 1 / 3))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1e300 * 1e300, -1e300 * 1e300)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
