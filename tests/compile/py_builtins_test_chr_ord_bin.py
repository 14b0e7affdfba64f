for i in (0, 9, 10, 31, 32, 65, 126, 127, 128, 160, 255, 256, 0x4e2d, 0xffff, 0x10000, 0x10ffff):
    c = chr(i)
    print(i, repr(c), ascii(c), ord(c) == i, c.isprintable(), len(c.encode('utf-8', 'surrogatepass')))
print([bin(v) for v in (0, 1, -1, 7, 2 ** 40)], [oct(v) for v in (0, 7, 8, -9)], [hex(v) for v in (0, 15, 16, -16, 2 ** 64)])
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-255), 0))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()), chr(I()))
