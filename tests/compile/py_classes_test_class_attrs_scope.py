class C:
    a = 1
    b = a + 1
    lst = [a] * 3
    def m(self):
        try:
            return a
        except NameError as e:
            return 'NameError: ' + str(e)
print(C.b, C.lst, C().m())
print(sorted(k for k in C.__dict__ if not k.startswith('__')))
print(type(C.__dict__).__name__)
try:
    C.__dict__['x'] = 1
except TypeError as e:
    print(e)
class D:
    x = 10
    class Inner:
        try:
            y = x
        except NameError:
            y = 'no access to enclosing class'
print(D.Inner.y, D.Inner.__qualname__)
class Counter:
    n = 0
    def __init__(self):
        type(self).n += 1
Counter(); Counter()
print(Counter.n)
class Mut:
    shared = []
m1, m2 = Mut(), Mut()
m1.shared.append(1)
print(m2.shared, m1.shared is m2.shared)
print(C.__class__.__name__, C().__class__.__name__)
