class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, **kw):
        return self.n + x + sum(rest) + sum(kw.values())
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, z=100), callable(a), callable(Adder), callable(5))
print(list(map(Adder(1), [1, 2])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
print(callable(print), callable(len), callable(lambda: 0), callable('s'.upper))
m = 'abc'.upper
print(m(), m.__self__, m.__name__)
class K:
    def meth(self, v):
        return ('meth', v)
k = K()
bm = k.meth
print(bm(1), bm.__self__ is k, bm.__func__ is K.meth, K.meth(k, 2))
print(bm == k.meth, bm is k.meth)
