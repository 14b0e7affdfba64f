print(int(' 42\n'), int('+0'), int('-0b101', 0), int('0X1f', 16), int('0o777', 8), int('z' * 3, 36))
print(int(True), int(False), int(-0.9), int(0.9), int(1e300) > 0, int(-2.5e15))
print(float(7), float(-7), float(2 ** 53), float(2 ** 53 + 1), float('1e-1'), float(' 12 '))
print(str(-0), repr(-1), str(10 ** 25), str(-10 ** 25), str(0b1111), str(0o17))
class HasInt:
    def __int__(self):
        return 9
class HasIndex:
    def __index__(self):
        return 8
class HasTrunc:
    def __trunc__(self):
        return 7
print(int(HasInt()), int(HasIndex()), float(HasIndex()), complex(HasIndex()))
