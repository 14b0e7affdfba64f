first, *rest = [1, 2, 3]
a, b, *c, d, e = range(10)
for x, *y in pairs:
    print(x, y)
[p, q] = r
