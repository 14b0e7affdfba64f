class C:
    def __init__(self, n):
        self.n = n
    def m(self, x=1):
        return self.n * x
c = C(3)
m = c.m
print(m(), m(4), C.m(c, 5))
print(m.__self__ is c, m.__func__ is C.m, m.__name__, m.__qualname__)
print(c.m == c.m, c.m == C(3).m, hash(c.m) == hash(c.m))
ms = [C(i).m for i in range(3)]
print([f(10) for f in ms])
print(type(m).__name__, type(C.m).__name__)
try:
    C.m()
except TypeError as e:
    print(e)
print(list(map(C(2).m, [1, 2, 3])))
print(str.upper('x'), 'x'.upper.__self__)
