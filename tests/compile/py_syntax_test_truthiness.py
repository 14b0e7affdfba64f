class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class N:
    pass
for v in [0, 1, -1, 0.0, 0.1, 0j, 1j, '', ' ', b'', b'\x00', [], [[]], (), (0,), {}, {0: 0},
          set(), frozenset(), range(0), range(1), None, True, False, T(), L(), N(), ...,
          2]:
    name = type(v).__name__
    print(name, bool(v), 'yes' if v else 'no')
