print((3.0).is_integer(), (3.5).is_integer(), float('inf').is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.25).as_integer_ratio(), (0.0).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), float('inf').hex())
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), float.fromhex('0x1.999999999999ap-4'), float.fromhex('inf'))
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(e)
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(float('inf')), hash(float('-inf')))
print(hash(1.5) == hash(1.5), hash(1e300))
print(int(2.999), int(-2.999), int(1e18), int(1.5e30))
print(float.__name__, float(), float(True))
