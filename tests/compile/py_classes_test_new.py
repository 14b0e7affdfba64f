class Up(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Up('abc'), type(Up('x')).__name__, isinstance(Up('x'), str))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3) + 1).__name__)
class Tracker:
    def __new__(cls, *a):
        print('new', cls.__name__, a)
        inst = super().__new__(cls)
        return inst
    def __init__(self, *a):
        print('init', a)
Tracker(1, 2)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('init not called')
print(Other())
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
print(Cached(1) is Cached(1), Cached(1) is Cached(2))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(1, 2)
print(p, p.x, len(p), type(p).__name__)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
