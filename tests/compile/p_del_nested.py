del a[0], (b.c, [d[1]])
