l = list(range(10))
l[2:5] = ['a']
print(l)
l[1:1] = ['ins1', 'ins2']
print(l)
l[-2:] = []
print(l)
l[::2] = ['E'] * len(l[::2])
print(l)
l[:] = 'xyz'
print(l)
l[5:10] = [1]
print(l)
l[-100:1] = [0]
print(l)
del l[1:]
print(l)
m = list(range(10))
del m[::3]
print(m)
del m[::-2]
print(m)
m = list(range(6))
m[::-2] = ['a', 'b', 'c']
print(m)
try:
    m[::2] = [1, 2]
except ValueError as e:
    print(e)
try:
    m[1:2] = 5
except TypeError as e:
    print(e)
m[1:3] = range(3)
print(m)
n = [1, 2, 3]
n[0:2] = n
print(n)
try:
    n[10]
except IndexError as e:
    print(e)
try:
    n[10] = 1
except IndexError as e:
    print(e)
try:
    del n[10]
except IndexError as e:
    print(e)
print(n[-1], n[-len(n)], n[1:100], n[100:], n[::-1][::-1] == n)
