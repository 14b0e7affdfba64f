a, b = c
a, b = b, a
a, b, c = c, b, a
a, *b = c
*a, b = c
a, *b, c = d
[a, b] = c
a = b = c
(a, b), c = d
x, = y
