print(int('42'), int('-42'), int('  +7  '), int('1_000'), int('0'), int('-0'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0))
print(int('z', 36), int('10', 36), int('777', 8), int('1010', 2), int('12', 3))
print(int('0', 0), int('00', 0), int('1_0', 0))
print(int(3.9), int(-3.9), int(True), int(1e20), int('١٢٣'))
print(int(b'12'), int(bytearray(b'-3')))
for bad in ('', ' ', '1.5', '0x', '1__0', '_1', '1_', '12a', '0b2', '--1', '1 2'):
    try:
        int(bad)
    except ValueError as e:
        print(e)
for base_bad in (1, 37, -1):
    try:
        int('1', base_bad)
    except ValueError as e:
        print(e)
try:
    int('010', 0)
except ValueError as e:
    print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
try:
    int(float('inf'))
except OverflowError as e:
    print(e)
try:
    int(float('nan'))
except ValueError as e:
    print(e)
print(int('1' * 50), int('-' + '9' * 40, 16))
