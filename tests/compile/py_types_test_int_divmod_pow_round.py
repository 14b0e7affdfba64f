for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(0, 0))
print(pow(3, 4, 5), pow(3, 200, 1000), pow(-3, 3, 7), pow(2, 100, 2 ** 61 - 1))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
print(round(5), round(15, -1), round(25, -1), round(-25, -1), round(1234567, -3), round(5, 2))
print(round(149, -2), round(150, -2), round(250, -2), round(-150, -2))
print(type(round(5)), type(round(5, 1)))
print(abs(-0), abs(-10 ** 30), (-5).__abs__())
print(10 ** -1, 2 ** 0.5)
print((-8) ** (1 / 3) == (-8) ** (1 / 3), type((-8) ** 0.5).__name__)
print(0 ** 0, 0.0 ** 0, 1 ** 10 ** 5)
