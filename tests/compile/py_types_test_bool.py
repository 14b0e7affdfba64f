print(True, False, repr(True), str(False), int(True), float(False))
print(True + True, True - False, True * 7, True / 2, True // 2, -True, ~True, ~False)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True + 0).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool('False'), bool(''), bool([]), bool(None))
print(isinstance(True, int), issubclass(bool, int), True == 1, False == 0, True is not False)
print(hash(True), hash(False), {True: 'a', 1: 'b'}, {0, False})
print(sum([True, True, False]), [1, 2, 3][True], 'ab'[False])
print(True > False, max(False, True), sorted([True, False, 0, 1]))
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
print(bool.__name__, type(True) is bool, True.__class__.__name__)
print(format(True), f'{True:d}', f'{True:>6}', '%d %s' % (True, True))
print(True.real, True.numerator, True.bit_length())
