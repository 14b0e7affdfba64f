x = 'global x'
res = [x for x in range(3)]
print(x, res)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
class C:
    a = 5
    try:
        b = [a for _ in range(2)]
    except NameError as e:
        b = str(e)
    c = [i for i in range(a)]
print(C.b, C.c)
def g():
    return [[j for j in range(i)] for i in range(4)]
print(g())
print({i: [i * k for k in range(2)] for i in range(3)})
def h():
    funcs = [lambda: i for i in range(3)]
    return [fn() for fn in funcs]
print(h())
i = 'unchanged'
print({i for i in range(2)}, i)
print([i for i in range(2) for i in 'ab'])
