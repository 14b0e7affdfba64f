a, *b = c
*d, e = f
[*g] = h
first, *rest, last = seq
