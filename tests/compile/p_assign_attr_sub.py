a.b = 1
a.b.c = 2
x[0] = 3
x[1:2] = y
x[i, j] = z
f().attr = 4
