import sys
print('tuples:', [sys.getsizeof(tuple(range(n))) for n in range(0, 12)], sys.getsizeof(tuple(range(100))))
print('nested tuple same as flat:', sys.getsizeof(((1, 2), (3, 4))) == sys.getsizeof((1, 2)))
print('ints:', [(k, sys.getsizeof(2 ** k)) for k in (0, 1, 29, 30, 31, 59, 60, 61, 89, 90, 100, 200, 1000)])
print('zero:', sys.getsizeof(0), 'neg:', [sys.getsizeof(-(2 ** k)) for k in (0, 30, 60)])
print('bool:', sys.getsizeof(True), sys.getsizeof(False))
print('floats:', [sys.getsizeof(x) for x in (0.0, 1.5, -1e308, float('inf'), float('nan'))])
print('complex:', sys.getsizeof(1 + 2j), 'bytearray growth:')
ba = bytearray()
prev = sys.getsizeof(ba)
for i in range(40):
    ba.append(i)
    if sys.getsizeof(ba) != prev:
        prev = sys.getsizeof(ba)
        print('  len', len(ba), 'size', prev)
print('range sizes:', sys.getsizeof(range(0)), sys.getsizeof(range(10 ** 20)))
