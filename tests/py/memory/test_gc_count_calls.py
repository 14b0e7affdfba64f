# gc.get_count() counts container allocations as CPython 3.11 does: calling range, list, dict, set, enumerate, map... makes no argument tuple (vectorcall), comprehensions, closures and free lists
import gc
c = gc.get_count

def probe(fn):
    gc.collect()
    b = c()[0]
    q = fn()
    a = c()[0]
    return a - b

tests = [
    ('range', lambda: range(5)), ('list', lambda: list('ab')), ('tuple', lambda: tuple('ab')),
    ('dict', lambda: dict(a=1)), ('dict from pairs', lambda: dict([(1, 2)])),
    ('set', lambda: set('ab')), ('frozenset', lambda: frozenset('ab')),
    ('float', lambda: float(1)), ('bool', lambda: bool(1)), ('int', lambda: int('5')),
    ('bytes', lambda: bytes(3)), ('enumerate', lambda: enumerate('ab')),
    ('enumerate start', lambda: enumerate('ab', 1)), ('reversed', lambda: reversed('ab')),
    ('map', lambda: map(str, 'ab')), ('filter', lambda: filter(None, 'ab')),
    ('zip', lambda: zip('a', 'b')), ('type of', lambda: type(5)), ('object', lambda: object()),
    ('complex', lambda: complex(1, 2)), ('bytearray', lambda: bytearray(2)),
    ('super', lambda: super(int, 5)), ('property', lambda: property(None)),
    ('exception', lambda: ValueError('x')), ('iter', lambda: iter('ab')),
    ('len', lambda: len('ab')), ('isinstance', lambda: isinstance(1, int)),
    ('memoryview', lambda: memoryview(b'ab')), ('list of lists', lambda: [[] for _ in range(10)]),
    ('dict display', lambda: {'a': []}), ('lambda', lambda: (lambda: 0)),
    ('generator', lambda: (i for i in ())),
]
print([(name, probe(fn)) for name, fn in tests])

gc.collect()
counts = [c()]
x = [[] for _ in range(10)]
counts.append(c())
y = []
counts.append(c())
t = (1, [])
counts.append(c())
def fn():
    pass
counts.append(c())
fn()
counts.append(c())
del x
counts.append(c())
print(counts)
