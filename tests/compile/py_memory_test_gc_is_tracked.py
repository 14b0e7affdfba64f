import gc
class C:
    pass
class S:
    __slots__ = ()
cases = [('int 1', 1), ('big int', 10 ** 40), ('float', 1.5), ('str', 'text'), ('bytes', b'b'), ('None', None),
         ('True', True), ('empty tuple', ()), ('empty list', []), ('list of ints', [1, 2]), ('empty set', set()),
         ('frozenset', frozenset([1])), ('instance', C()), ('slotted instance no slots', S()), ('class', C),
         ('function', lambda: 0), ('range', range(3)), ('bytearray', bytearray()), ('complex', 1j)]
for name, obj in cases:
    print(f'{name:>26}: {gc.is_tracked(obj)}')
