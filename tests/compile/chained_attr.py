x = a.b.c.d
a.b.c.d = 1
a.b.c()
