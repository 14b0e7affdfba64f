vals = [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e17, 1.5e-7, 123456789.123456789,
        1e22, 1e23, 9007199254740993.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        100.0, 1e15, 1.0e-5, 0.0001, 12345678912345678.0, -0.0, 3.141592653589793, 2.5, 1e300 * 10,
        float('nan'), float('-inf'), 1 / 7, 0.1 * 3, 4.35, 0.5e-323]
for v in vals:
    print(repr(v), str(v))
print(float('1e500'), float('-1e500'), float('  1.5  '), float('1_0.5'), float('.5'), float('5.'))
print(float('inf'), float('INF'), float('-Infinity'), float('nan'), float('-NaN'))
print(float(10 ** 20), float(2 ** 53 + 1), float(-(2 ** 63)))
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
for bad in ('', 'x', '1e', '1.2.3', '0x10', '1__0'):
    try:
        float(bad)
    except ValueError as e:
        print(e)
