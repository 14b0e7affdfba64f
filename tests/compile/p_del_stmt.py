del x
del x, y
del (a, b)
del [c, d]
del a.b, c[0], d[1:2]
del (x)
