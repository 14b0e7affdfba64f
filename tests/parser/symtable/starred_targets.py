a, *b = c
[d, (e, f)] = g
for *h, i in j: pass
