print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(-10 ** 30), abs(False))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, -5), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(5, 3, 13), pow(-1, 0.5))
print(round(2.567, 2), round(-2.5), round(7, -1), round(1.23456789e10, -5))
print(bin(10), bin(-10), oct(64), oct(-8), hex(255), hex(-1), hex(0), bin(0), hex(2 ** 70))
print(chr(65), chr(0x4e2d), chr(0x1F40D), ord('A'), ord('中'), ord('🐍'), ord(b'a'), ord(bytearray(b'z')))
print(ascii('plain'), ascii('é中🐍'), ascii(['é']), ascii(b'\xff'), repr('é'))
print(format(255, 'x'), format(0.5, '%'), format('s', '>3'))
print(callable(len), callable(1), callable(int), callable(lambda: 0), callable(type), callable(None))
try:
    bin(1.5)
except TypeError as e:
    print(e)
try:
    ord('')
except TypeError as e:
    print(e)
try:
    abs('x')
except TypeError as e:
    print(e)
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print(e)
