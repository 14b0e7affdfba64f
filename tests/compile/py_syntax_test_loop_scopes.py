for i in range(3):
    pass
print(i)
try:
    for j in []:
        pass
    print(j)
except NameError as e:
    print(e)
def f():
    fns = []
    for k in range(3):
        fns.append(lambda k=k: k)
    return [g() for g in fns]
print(f())
def g():
    fns = []
    for k in range(3):
        fns.append(lambda: k)
    return [h() for h in fns]
print(g())
total = 0
for x in range(5):
    total += x
    x = 100
print(total, x)
n = 0
for n in range(1, 4):
    for n2 in range(n):
        pass
print(n, n2)
