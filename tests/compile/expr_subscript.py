a = b[0]
a = b[c:d]
a = b[:]
a = b[::2]
a = b[c, d]
b[0] = 1
del b[1]
b[1:2] = c
a = b.c.d
b.c = 1
del b.c
