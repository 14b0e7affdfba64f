a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
(a, b), (c, d) = (1, 2), [3, 4]
print(a, b, c, d)
[a, (b, [c])] = 1, (2, [3])
print(a, b, c)
s = {}
s['x'] = s['y'] = 5
print(s)
class O: pass
o = O()
o.p = o.q = 'v'
print(o.p, o.q)
n1, n2 = n2, n1 = 'ab'
print(n1, n2)
