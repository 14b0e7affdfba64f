class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
s = S()
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
s.b = 2
print(s.b, hasattr(s, '__dict__'), S.__slots__)
print(type(S.a).__name__)
del s.a
print(hasattr(s, 'a'))
class T(S):
    pass
t = T()
t.c = 5
print(t.c, hasattr(t, '__dict__'))
class U(S):
    __slots__ = ('c',)
u = U()
u.a, u.b, u.c = 1, 2, 3
print(u.a, u.b, u.c, hasattr(u, '__dict__'))
class WithDict:
    __slots__ = ('x', '__dict__')
w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.__dict__)
class Str:
    __slots__ = 'only'
o = Str()
o.only = 'v'
print(o.only, Str.__slots__)
try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print(e)
class WR:
    __slots__ = ('__weakref__',)
import weakref
print(weakref.ref(WR())() is None)
try:
    weakref.ref(s)
except TypeError as e:
    print(e)
