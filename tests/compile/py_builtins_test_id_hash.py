a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), isinstance(id(a), int), id(a) > 0)
print(hash(1) == hash(1.0) == hash(True), hash('x') == hash('x'), hash((1, 'a')) == hash((1, 'a')))
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 100) == hash(10 ** 100), hash(0.0), hash(1.5))
print(type(hash('s')).__name__, hash(()) == hash(()), hash(frozenset()) == hash(frozenset()))
for x in ([], {}, set(), bytearray()):
    try:
        hash(x)
    except TypeError as e:
        print(e)
o = object()
print(hash(o) == hash(o), id(o) == id(o))
def f():
    pass
print(hash(f) == hash(f))
print(hash('abc') == hash('abc'), hash(b'abc') == hash('abc'.encode()))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61 - 1)), hash(1e100) == hash(int(1e100)))
