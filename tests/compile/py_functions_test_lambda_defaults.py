fs = [lambda x=i: x for i in range(3)]
print([f() for f in fs])
fs2 = [lambda: i for i in range(3)]
print([f() for f in fs2])
def make():
    return [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in make()])
k = lambda *, key=1: key
print(k(), k(key=2), k.__kwdefaults__)
p = lambda a, /, b: (a, b)
print(p(1, b=2))
