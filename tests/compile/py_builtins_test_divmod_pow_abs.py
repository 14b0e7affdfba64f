for a, b in ((7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (7.5, 2), (-7.5, 2), (7, 2.5), (1e300, 1e-300), (2 ** 70, 12345)):
    print(a, b, divmod(a, b))
print(pow(2, 3), pow(2, 3, 5), pow(2.5, 2), pow(4, 0.5), pow(-2, 2), pow(2, -1), pow(-2, -2), pow(10, 20, 7), pow(7, -1, 10))
print(abs(-1), abs(1), abs(-1.5), abs(-0.0), abs(-(2 ** 100)), abs(complex(-3, 4)), abs(True), abs(-False))
try:
    divmod('a', 1)
except TypeError as e:
    print(e)
try:
    pow(1, 2, 3.0)
except TypeError as e:
    print(e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
class A:
    def __abs__(self):
        return 'abs called'
print(abs(A()))
