vals = [0, 1, -1, 0.0, -0.0, 1e-300, float('nan'), '', '0', 'False', [], [0], (), ((),), {}, {'': ''}, set(), {0}, b'', b'\x00',
        bytearray(), range(0), range(2), None, 0j, 1j, frozenset(), object()]
print([bool(v) for v in vals])
print(int(True), float(True), str(True), complex(True), repr(bool(2)))
print(bool.__base__.__name__, True.__class__ is bool, bool(0) is False, bool('x') is True)
print(True and 'x', False or 'y', not 'z', 0 or [] or {} or 'last')
