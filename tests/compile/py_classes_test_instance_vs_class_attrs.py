class C:
    lst = []
    n = 0
    def add(self, x):
        self.lst.append(x)
        self.n += 1
a, b = C(), C()
a.add(1)
b.add(2)
print(C.lst, a.lst, b.lst, a.n, b.n, C.n)
print('n' in vars(a), 'lst' in vars(a))
def f(self):
    return 'added to class'
C.f = f
print(a.f())
a.g = lambda: 'instance function (not bound)'
print(a.g())
try:
    b.g()
except AttributeError as e:
    print(e)
del C.f
print(hasattr(a, 'f'))
